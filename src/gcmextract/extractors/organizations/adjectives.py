"""Names inside an adjective made of names: "African Union-led" names the African Union,
"Security Council- and African Union-authorized" both bodies."""

from __future__ import annotations

import re

# a suspended hyphen between two names of one adjective: "Security Council- and African Union-"
SUSPENDED = re.compile(r"-[^\S\n]+(?:and|or|&)[^\S\n]+")
# a participle glued to a name by a hyphen: "-led", "-authorized", "-driven" (not a name's own
# lower-case word, as French "ouest-africaine")
_ADJECTIVE_TAIL = re.compile(r"-(?:[a-z]{1,14}(?:ed|en)|run)$")


def adjective_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names inside an adjective made of names, each without its hyphenated tail; a run with
    neither a suspended hyphen nor such a tail is returned whole."""
    parts: list[tuple[int, int]] = []
    at = start
    for m in SUSPENDED.finditer(text, start, end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    out = []
    for a, b in parts:
        tail = _ADJECTIVE_TAIL.search(text, a, b)
        out.append((a, tail.start() if tail else b))
    return out

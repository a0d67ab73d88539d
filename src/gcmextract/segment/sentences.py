"""Rule-based sentence spans with offsets (for mentions' sentences and the classifier)."""

from __future__ import annotations

import re

_SENT = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Ý¿¡])")
_ABBREV = re.compile(
    r"\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|U\.S|U\.K|vs|Inc|Ltd|Co|approx)\.$", re.I
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Rule-based sentence spans inside text[start:end] (for mentions' sentences and the classifier)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _SENT.finditer(text, start, end):
        if _ABBREV.search(text[max(cur, m.start() - 8) : m.start()]):
            continue
        spans.append((cur, m.start()))
        cur = m.end()
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]

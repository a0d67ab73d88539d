"""Faster, exact equivalents of `finditer` for gazetteer patterns (long alternations of names): the
regex engine skips straight to the names' first letters when the alternation stands first in the
pattern, and looks for a name before a cue word only where that word stands."""

from __future__ import annotations

import re
from collections.abc import Iterator

# the guard in front of a name: not inside a word or a hyphenated compound
GUARD = r"(?<![\w-])"
_GUARDED = re.compile(GUARD)


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, which starts with GUARD, compiled without it (for `guarded_finditer`)."""
    if not pattern.pattern.startswith(GUARD):
        raise ValueError(f"pattern does not start with {GUARD}")
    return re.compile(pattern.pattern[len(GUARD) :], pattern.flags)


def guarded_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of GUARD followed by `pattern` in `text`, the ones `finditer` finds: the guard
    depends on where a match starts only, so a match it rejects is looked for again one character
    on, as `finditer` would."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if not _GUARDED.match(text, start):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


def finditer_before(
    pattern: re.Pattern[str], text: str, cue: re.Pattern[str], reach: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text`, the ones `finditer` finds, for a pattern whose every
    match is a name of at most `reach` characters, a run of white space and a word that `cue`
    (white space, then that word) matches: a match can only start within `reach` characters before
    such a run, so only those positions are tried, in order, each after the end of the last match."""
    pos = 0
    for run in cue.finditer(text):
        for start in range(max(pos, run.start() - reach), run.end()):
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break

"""The faster gazetteer scans find exactly what `finditer` finds with the full patterns."""

from __future__ import annotations

import re

from gcmextract.resources.scan import GUARD, finditer_before, guarded_finditer, unguarded

TEXTS = [
    "France and the French Government met Franceville officials; non-France, xFrance, France-based.",
    "The Lao   \n Government and the Lao Parliament; the South Sudanese Government; Laos Government.",
    "",
    "France",
    "-France France_ France",
]


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


def test_guarded_finditer_finds_what_the_guarded_pattern_finds() -> None:
    full = re.compile(GUARD + r"(France|French|Franceville)(?![\w-])")
    for text in TEXTS:
        assert _spans(guarded_finditer(unguarded(full), text)) == _spans(full.finditer(text))


def test_unguarded_refuses_a_pattern_without_the_guard() -> None:
    import pytest

    with pytest.raises(ValueError):
        unguarded(re.compile(r"France"))


def test_finditer_before_finds_what_finditer_finds() -> None:
    names = ["south sudanese", "sudanese", "lao", "french"]
    pattern = re.compile(
        r"\b((?i:south sudanese|sudanese|lao|french))\s+(?:Government|Parliament)\b"
    )
    cue = re.compile(r"\s+(?=(?:Government|Parliament)\b)")
    reach = max(map(len, names))
    for text in TEXTS:
        found = _spans(finditer_before(pattern, text, cue, reach))
        assert found == _spans(pattern.finditer(text))
    assert _spans(finditer_before(pattern, TEXTS[1], cue, reach))  # the test text has matches

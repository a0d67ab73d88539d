"""Organisation back-references on hand-made NER spans: "National Government" is no name."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import find_organizations


def _ner(text: str, *names: str, label: str = "ORG") -> list[tuple[int, int, str]]:
    """NER spans as the statistical model would give them, for the first occurrence of each name."""
    return [(text.index(n), text.index(n) + len(n), label) for n in names]


@pytest.mark.parametrize("adjective", ["National", "Federal", "Regional", "Local"])
def test_organizations_national_generic_word_is_no_name(adjective: str) -> None:
    text = (
        f"The {adjective} Government worked with the Mauritius Red Cross Society "
        "and the Federal Office for Migration and Refugees."
    )
    ner = _ner(text, f"{adjective} Government", "Mauritius Red Cross Society")
    found = {o.text for o in find_organizations(text, ner)}
    assert f"{adjective} Government" not in found
    assert "Mauritius Red Cross Society" in found
    assert "Federal Office for Migration and Refugees" in found


def test_organizations_generic_word_with_a_name_is_kept() -> None:
    text = "The National Migration Council met the Federal Statistics Agency of Nepal."
    ner = _ner(text, "National Migration Council", "Federal Statistics Agency of Nepal")
    found = {o.text for o in find_organizations(text, ner)}
    assert {"National Migration Council", "Federal Statistics Agency of Nepal"} <= found

"""The real-text gold sets (corpus/gold-real): each file matches its text in ../shared (sha256 and
offsets), every language has a dev and a test half, the README names each page under its split,
and the second passes label pages of the first pass. Skips with the reason when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from gcmextract.evaluate.gold import load_gold
from gcmextract.evaluate.sources import check, locate

REAL = ROOT / "corpus" / "gold-real"
FIRST = sorted(p for lang in ("en", "es", "fr") for p in (REAL / lang).glob("*.gold.json"))
SECOND = sorted((REAL / "second").glob("*/*.gold.json"))


def _text(path: Path):  # type: ignore[no-untyped-def]
    gold = load_gold(path)
    source = locate(path, gold.document.source)
    if source is None:
        pytest.skip(f"{gold.document.source} is not here: the real pages live in ../shared")
    return gold, source


@pytest.mark.parametrize("path", FIRST + SECOND, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_real_matches_its_text(path: Path) -> None:
    gold, source = _text(path)
    check(path, gold, source, source.read_text(encoding="utf-8"))
    assert gold.document.sha256 and gold.document.language == path.parent.name


def test_gold_real_split_in_halves_named_in_readme() -> None:
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    for lang in ("en", "es", "fr"):
        golds = [load_gold(p) for p in FIRST if p.parent.name == lang]
        splits = {s: [g for g in golds if g.document.split == s] for s in ("dev", "test")}
        assert len(splits["dev"]) >= 10 and len(splits["test"]) >= 10, lang
        for split, chosen in splits.items():
            line = next(x for x in readme.splitlines() if x.startswith(f"- {lang} {split}:"))
            for g in chosen:
                assert f"`{Path(g.document.source).stem}`" in line


def test_gold_real_second_passes_pair_with_first() -> None:
    firsts = {load_gold(p).document.source for p in FIRST}
    assert SECOND and all(load_gold(p).document.source in firsts for p in SECOND)

"""The Bangladesh 2021 gold set is well-formed, matches its source text and is reproduced by its build
script."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from gcmextract.gold import GOLD_FIELDS, load_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "bgd-2021-ungd.gold.json"
SOURCE_PATH = ROOT / "corpus" / "bgd-2021-ungd.txt"
SOURCE = SOURCE_PATH.read_text(encoding="utf-8")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-(SP|SU|FA|WI))?$")


@pytest.fixture(scope="module")
def gold():  # type: ignore[no-untyped-def]
    return load_gold(GOLD)


def test_gold_corpus_is_the_shared_file() -> None:
    shared = ROOT.parent / "shared" / "ungd" / "2021" / "BGD_76_2021.txt"
    if shared.exists():
        assert shared.read_bytes() == SOURCE_PATH.read_bytes()


@pytest.mark.parametrize("field", GOLD_FIELDS)
def test_gold_offsets_match_source(gold, field: str) -> None:  # type: ignore[no-untyped-def]
    for m in getattr(gold, field):
        assert SOURCE[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        assert not m.text.lower().startswith("the ")
        assert not re.search(r"[.,;:]$", m.text)


@pytest.mark.parametrize("field", GOLD_FIELDS)
def test_gold_sorted_without_duplicates(gold, field: str) -> None:  # type: ignore[no-untyped-def]
    spans = [(m.start, m.end) for m in getattr(gold, field)]
    assert spans == sorted(spans)
    assert len(spans) == len(set(spans))


def test_gold_values_well_formed(gold) -> None:  # type: ignore[no-untyped-def]
    assert gold.organizations and gold.amounts and gold.dates
    for d in gold.dates:
        parts = d.value.split("/")
        assert (d.kind == "range") == (len(parts) == 2)
        assert all(ISO.match(p) for p in parts), d.value
    for a in gold.amounts:
        assert a.value > 0
        assert (a.kind == "money") == (a.currency is not None)
        if a.currency:
            assert a.currency == "USD"
    for o in gold.organizations:
        assert o.canonical.strip() == o.canonical
    assert gold.sections == []
    assert gold.objective_refs == []


def test_gold_build_script_reproduces_file() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_gold", ROOT / "corpus" / "gold" / "build_gold.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # puts corpus/gold on sys.path
    labels = importlib.import_module("labels_bgd_2021")
    assert module.out_path(labels) == GOLD
    assert module.render(module.build(labels)) == GOLD.read_text(encoding="utf-8")
    assert json.loads(GOLD.read_text())["document"]["country"] == "Bangladesh"

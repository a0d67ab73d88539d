"""With every explicit objective list removed from the Canada text, the six thematic sections are still
found (with their sub-sections inside) and classified from their text alone: `gcmextract eval
--mask-objective-lists` scores their classified objectives against the declared lists."""

from __future__ import annotations

import json

import pytest

from conftest import CANADA_TXT, GOLD, run_cli
from gcmextract.classify.predict import MODELS_DIR
from gcmextract.evaluate.gold import load_gold
from gcmextract.evaluate.masked import mask_objective_lists
from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.ingest import read_document
from gcmextract.segment import segment

MIN_F1 = 0.70


def test_extract_masked_sections_tree() -> None:
    document = mask_objective_lists(read_document(CANADA_TXT))
    assert not find_objective_refs(document.clean)
    assert len(document.text) == len(read_document(CANADA_TXT).text)
    sections, _ = segment(document)
    by_heading = {s.heading: (k, s) for k, s in enumerate(sections)}
    gold = load_gold(GOLD)
    children = 0
    thematic = []
    for g in gold.sections:
        heading = g.heading.replace("*", "")
        (k, section) = next(v for h, v in by_heading.items() if h.replace("*", "") == heading)
        inside = [s for s in sections if s.parent == k]
        assert all(section.start <= s.heading_start and s.end <= section.end for s in inside)
        children += bool(inside)
        thematic.append(section)
    assert children >= 4  # the thematic sections that have sub-headings hold them
    # the six are peers: none is nested in another (one parent, one level)
    assert len({(s.parent, s.level) for s in thematic}) == 1, [
        (s.heading, s.parent) for s in thematic
    ]


def test_extract_masked_sections_classified_objectives_f1() -> None:
    proc = run_cli("eval", str(GOLD), str(CANADA_TXT), "--mask-objective-lists", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    scores = report["sections"]["classifier"]
    assert len(scores["sections"]) == 6
    assert all(row["predicted"] for row in scores["sections"])
    assert scores["f1"] >= MIN_F1, scores
    # the model card's figure (metrics.json, written by `gcmextract train objectives`) is this one
    card = json.loads((MODELS_DIR / "metrics.json").read_text("utf-8"))["canada_sections_masked"]
    assert card["f1"] == pytest.approx(scores["f1"], abs=1e-3)

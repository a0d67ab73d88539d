"""Annotator agreement: identical gold files agree fully; a constructed disagreement gives the figures
worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.evaluate.agree import agree
from gcmextract.evaluate.gold import GoldSet

TEXT = (
    "In May 2022 the Ministry of Foreign Affairs of Ghana, IOM and the African Union spent "
    "EUR 3.5 million on 400 returnees."
)


def _org(text: str, canonical: str | None = None, **kw: object) -> dict:
    start = TEXT.index(text)
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "canonical": canonical or text,
        **kw,
    }


def _gold(orgs: list[dict]) -> GoldSet:
    amount = "EUR 3.5 million"
    a = TEXT.index(amount)
    return GoldSet.model_validate(
        {
            "document": {"source": "gha.txt"},
            "organizations": orgs,
            "amounts": [
                {
                    "text": amount,
                    "start": a,
                    "end": a + len(amount),
                    "kind": "money",
                    "value": 3.5e6,
                    "currency": "EUR",
                }
            ],
        }
    )


A = [
    _org("Ministry of Foreign Affairs of Ghana"),
    _org("IOM", "International Organization for Migration"),
    _org("African Union"),
]


def test_evaluate_agree_identical_files_agree_fully() -> None:
    result = agree(_gold(A), _gold(A))
    for field in ("organizations", "amounts", "dates", "objective_refs"):
        assert result[field]["strict_f1"] == result[field]["lenient_f1"] == 1.0
    assert result["organizations"]["attributes"]["canonical"]["agreement"] == 1.0
    assert not result["organizations"]["only_a"] and not result["organizations"]["span_differs"]


def test_evaluate_agree_constructed_disagreement() -> None:
    b = [
        _org("Ministry of Foreign Affairs"),  # shorter span: lenient match only
        _org("IOM", "IOM"),  # same span, other canonical
        _org("Ghana", optional=True),  # only in B
    ]  # "African Union" only in A
    org = agree(_gold(A), _gold(b))["organizations"]
    # strict: 1 exact pair (IOM) of 3 and 3 -> P = R = F1 = 1/3
    assert org["strict_f1"] == pytest.approx(1 / 3, abs=1e-4)
    # lenient: Ministry and IOM pair up; "Ghana" overlaps the Ministry span but it is already taken
    assert org["lenient_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert org["attributes"]["canonical"] == {"agree": 0, "total": 2, "agreement": 0.0}
    assert org["attributes"]["optional"]["agreement"] == 1.0
    assert [m["text"] for m in org["only_a"]] == ["African Union"]
    assert [m["text"] for m in org["only_b"]] == ["Ghana"]
    assert len(org["span_differs"]) == 1


def test_evaluate_agree_cli_prints_table_and_json(tmp_path: Path) -> None:
    a, b = tmp_path / "a.gold.json", tmp_path / "b.gold.json"
    a.write_text(_gold(A).model_dump_json(), encoding="utf-8")
    b.write_text(_gold(A[:2]).model_dump_json(), encoding="utf-8")
    done = run_cli("gold", "agree", str(a), str(b), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["organizations"]["lenient_f1"] == pytest.approx(0.8, abs=1e-4)
    table = run_cli("gold", "agree", str(a), str(b))
    assert "only_a" in table.stdout and "African Union" in table.stdout
    bad = run_cli("gold", "agree", str(a), str(tmp_path / "missing.json"))
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1

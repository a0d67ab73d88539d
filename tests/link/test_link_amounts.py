"""Amounts are linked to objectives once (explicit sentence reference, else paragraph, else section), and
corpus totals count each amount once: copies of a document once, shared amounts split, never multiplied."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gcmextract.export.totals import money_totals
from gcmextract.pipeline import extract_path
from gcmextract.schema import Extraction

EIGHT = [2, 5, 7, 10, 14, 19, 21, 23]
TEXT = (
    "Zambia: GCM review\n\n"
    "Return and reintegration (Objectives 2, 5, 7, 10, 14, 19, 21, 23)\n\n"
    "The budget was ZMW 40 million.\n\n"
    "The ministry and IOM trained 250 labour inspectors with USD 250,000 from the EU "
    "(Objectives 6, 23).\n\n"
    "The central bank cut the fees that migrant workers pay to send remittances home through "
    "mobile wallets, with a grant of USD 1.5 million for the new digital platform.\n"
)


@pytest.fixture(scope="module")
def extraction(nlp, tmp_path_factory: pytest.TempPathFactory) -> Extraction:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("zm") / "zambia.txt"
    path.write_text(TEXT, encoding="utf-8")
    return extract_path(path, nlp=nlp)


def money(extraction: Extraction, text: str):  # type: ignore[no-untyped-def]
    (amount,) = [a for a in extraction.amounts if a.kind == "money" and a.text == text]
    return amount


def test_link_amounts_section_basis(extraction: Extraction) -> None:
    amount = money(extraction, "ZMW 40 million")
    assert (amount.objectives, amount.objective_basis) == (EIGHT, "section")


def test_link_amounts_explicit_basis_wins(extraction: Extraction) -> None:
    amount = money(extraction, "USD 250,000")
    assert (amount.objectives, amount.objective_basis) == ([6, 23], "explicit")


def test_link_amounts_paragraph_basis(extraction: Extraction) -> None:
    amount = money(extraction, "USD 1.5 million")
    assert amount.objective_basis == "paragraph"
    assert 20 in amount.objectives


def test_link_amounts_objective_summary_lists_an_amount_under_its_own_objectives(
    extraction: Extraction,
) -> None:
    by_objective = {o.objective: {r.text for r in o.amounts} for o in extraction.objectives}
    assert "USD 250,000" in by_objective[6]
    assert "USD 250,000" not in by_objective.get(21, set())


def test_link_amounts_three_copies_counted_once(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One amount under a section declaring 8 objectives, in three identical files: the corpus totals
    (report and export) hold it once, split between its 8 objectives."""
    from gcmextract.export.tables import rows as tables
    from gcmextract.report import build_report

    text = (
        "Zambia: GCM review\n\nReturn and reintegration (Objectives 2, 5, 7, 10, 14, 19, 21, 23)\n\n"
        "The budget was ZMW 40 million.\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    for name in ("zambia.txt", "zambia-copy.txt", "zambia-again.txt"):
        src = tmp_path / name
        src.write_text(text, encoding="utf-8")
        ex = extract_path(src, nlp=nlp, country="ZMB")
        (out / f"{ex.document.id}.json").write_text(ex.model_dump_json(), encoding="utf-8")
        (amount,) = [a for a in ex.amounts if a.kind == "money"]
        assert (amount.objectives, amount.objective_basis) == (EIGHT, "section")

    from gcmextract.export.formats import load_outputs

    outputs = load_outputs(out)
    totals = money_totals(outputs)
    assert totals.amounts == 1 and totals.duplicates == 2
    assert totals.by_country[("Zambia", "ZMW")] == pytest.approx(40e6)
    assert sum(v for (cur, _n), v in totals.by_objective.items() if cur == "ZMW") == pytest.approx(
        40e6
    )
    assert {n for (_c, n) in totals.by_objective} == set(EIGHT)
    assert all(totals.shared_by_objective[("ZMW", n)] == 1 for n in EIGHT)

    # the export: one amount row, and money_by_objective splits it between its 8 objectives
    from gcmextract.export.formats import export

    (path,) = [p for p in export(out, "jsonl", tmp_path / "tables") if p.stem == "amounts"]
    assert len([r for r in map(json.loads, path.read_text("utf-8").splitlines())]) == 1
    rows = tables(outputs)
    assert sorted(r["duplicate_of"] is None for r in rows["documents"]) == [False, False, True]
    by_objective = [
        json.loads(line)
        for line in (tmp_path / "tables" / "money_by_objective.jsonl").read_text().splitlines()
    ]
    assert sorted(r["objective"] for r in by_objective) == EIGHT
    for r in by_objective:
        assert r["currency"] == "ZMW" and r["amounts"] == 1 and r["shared_amounts"] == 1
        assert r["total"] == pytest.approx(40e6 / 8)

    # the report: the country total once; the money table shows the same 8 shares, nothing more
    html = build_report(out)
    assert "40,000,000" in html
    assert "120,000,000" not in html and "320,000,000" not in html
    money = html[html.index('<table id="money">') :]
    money = money[: money.index("</table>")]
    cells = re.findall(
        r"<tr><td>ZMW</td><td>(\d+)</td><td>([\d,]+)</td><td>1</td><td>1</td></tr>", money
    )
    assert sorted(int(n) for n, _ in cells) == EIGHT
    assert {total for _, total in cells} == {"5,000,000"}
    assert money.count("<tr><td>") == 8

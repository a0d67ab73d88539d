"""Export round-trips (rows match the JSON files one for one) and the HTML report renders in
headless Chromium, offline, with its heatmap, highlights and SVG bar charts."""

from __future__ import annotations

import csv
import io
import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from conftest import CORPUS, dump_dom, run_cli
from gcmextract.export.formats import TABLES, columns, load_outputs


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("export")
    src = root / "in"
    src.mkdir()
    shutil.copy(CORPUS / "canada-2021-annex.txt", src)
    shutil.copy(CORPUS / "canada-2021-annex.pdf", src / "canada-2021-annex-print.pdf")
    (src / "KEN_77_2022.md").write_text(
        "# Kenya\n\nIn 2022 the State Department for Immigration and IOM assisted over 1,200 returnees "
        "with KES 15 million (Objectives 21, 23).\n",
        encoding="utf-8",
    )
    out = root / "out"
    assert (
        run_cli("batch", str(src), "-o", str(out), "-w", "1", "--country-from-filename").returncode
        == 0
    )
    return out


def _expected(out: Path) -> dict[str, list[tuple]]:
    """(doc_id, start, end) per mention, or (doc_id, objective) per objective, from the JSON files."""
    exp: dict[str, list[tuple]] = {t: [] for t in TABLES}
    for ex in load_outputs(out):
        exp["documents"].append((ex.document.id,))
        for f in ("organizations", "amounts", "dates", "objective_refs"):
            exp[f] += [(ex.document.id, m.start, m.end, m.text) for m in getattr(ex, f)]
        exp["objectives"] += [(ex.document.id, o.objective, o.explicit) for o in ex.objectives]
        exp["sections"] += [(ex.document.id, i, s.heading) for i, s in enumerate(ex.sections)]
        exp["paragraphs"] += [(ex.document.id, i, p.start) for i, p in enumerate(ex.paragraphs)]
        exp["principles"] += [(ex.document.id, p.principle) for p in ex.principles]
        exp["money_by_objective"] += sorted(
            {
                (a.currency, n)
                for a in ex.amounts
                if a.kind == "money" and a.currency
                for n in (a.objectives or [None])
            }
            - set(exp["money_by_objective"])
        )
    return exp


def _key(table: str, row: dict) -> tuple:
    if table == "money_by_objective":
        n = row["objective"]
        return (row["currency"], int(n) if n not in (None, "") else None)
    if table == "documents":
        return (row["doc_id"],)
    if table == "objectives":
        return (row["doc_id"], int(row["objective"]), row["explicit"] in (True, "True", "true"))
    if table == "sections":
        return (row["doc_id"], int(row["section_index"]), row["heading"])
    if table == "paragraphs":
        return (row["doc_id"], int(row["paragraph_index"]), int(row["start"]))
    if table == "principles":
        return (row["doc_id"], row["principle"])
    return (row["doc_id"], int(row["start"]), int(row["end"]), row["text"])


def _read(fmt: str, dest: Path) -> dict[str, list[dict]]:
    if fmt == "csv":
        return {
            t: list(
                csv.DictReader(io.StringIO((dest / f"{t}.csv").read_text("utf-8-sig"), newline=""))
            )
            for t in TABLES
        }
    if fmt == "jsonl":
        return {
            t: [json.loads(x) for x in (dest / f"{t}.jsonl").read_text().splitlines()]
            for t in TABLES
        }
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return {t: pq.read_table(dest / f"{t}.parquet").to_pylist() for t in TABLES}
    from openpyxl import load_workbook

    wb = load_workbook(dest / "gcmextract.xlsx")
    out = {}
    for t in TABLES:
        rows = list(wb[t].iter_rows(values_only=True))
        out[t] = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    return out


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "jsonl"])
def test_export_round_trip(out_dir: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / fmt
    proc = run_cli("export", str(out_dir), "--format", fmt, "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    tables = _read(fmt, dest)
    expected = _expected(out_dir)
    for t in TABLES:
        assert sorted((_key(t, r) for r in tables[t]), key=str) == sorted(expected[t], key=str), t
        if tables[t]:
            assert list(tables[t][0]) == columns(t)
            assert t == "money_by_objective" or all(r["doc_id"] for r in tables[t])
    # money by objective splits shared amounts: per currency, the objectives' totals add up to the
    # money the documents name (each amount once), never more
    named: dict[str, float] = {}
    texts = {ex.document.text_sha256: ex for ex in load_outputs(out_dir)}  # identical texts once
    for ex in texts.values():
        for a in ex.amounts:
            if a.kind == "money" and a.currency:
                named[a.currency] = named.get(a.currency, 0.0) + a.value
    by_currency: dict[str, float] = {}
    for r in tables["money_by_objective"]:
        by_currency[r["currency"]] = by_currency.get(r["currency"], 0.0) + float(r["total"])
    assert by_currency.keys() == named.keys()
    for currency, total in named.items():
        assert by_currency[currency] == pytest.approx(total, rel=1e-6), currency
    kenya = [
        r for r in tables["amounts"] if r["doc_id"] == "KEN_77_2022.md" and r["kind"] == "money"
    ]
    assert kenya and kenya[0]["currency"] == "KES" and kenya[0]["country"] == "Kenya"
    assert kenya[0]["country_iso3"] == "KEN"
    assert any(r["section"] == "Supporting regular migration pathways" for r in tables["dates"])


def test_export_bad_folder_and_format(tmp_path: Path) -> None:
    proc = run_cli("export", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "x"))
    assert proc.returncode == 1 and "no extraction JSON" in proc.stderr
    proc = run_cli("export", str(tmp_path), "--format", "dbf", "-o", str(tmp_path / "x"))
    assert proc.returncode in (1, 2) and "Traceback" not in proc.stderr


def test_report_renders_in_headless_chromium(out_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    assert run_cli("report", str(out_dir), "-o", str(report)).returncode == 0
    html = report.read_text(encoding="utf-8")
    library = resources.files("gcmextract.report").joinpath("charts.js").read_text("utf-8")
    assert html.count(library) == 1 and len(library) < 20_000  # the charting code, once
    page = html.replace(library, "")
    assert "http://" not in page and "https://" not in page  # self-contained
    assert "<script src" not in page and "<link" not in page
    dom = dump_dom(report, tmp_path / "profile")
    # the heatmap is built by the page's script: present only if the JavaScript ran
    assert dom.count('class="cell explicit"') >= 8
    assert dom.count('<td class="cell') == 23 * 2  # a full row of objectives per country
    assert "<th>Canada</th>" in dom and "<th>Kenya</th>" in dom
    assert dom.count('<mark class="m-amounts"') >= 22
    assert (
        '<mark class="m-organizations" title="organization: canonical: International Organization for Migration'
        in dom
    )
    assert 'id="doc-canada-2021-annex.txt"' in dom and 'href="#doc-KEN_77_2022.md"' in dom
    assert "5 documents" not in dom and "3 documents from 2 countries." in dom
    # objective titles head the columns; cells lead to the evidence passages
    assert '<a href="#objective-21">21 Return and reintegration</a>' in dom
    assert dom.count('<td class="cell explicit"') >= 8 and '<a href="#objective-23">E</a>' in dom
    evidence = dom.split('id="objective-21"')[1].split("</section>")[0]
    assert 'href="#doc-KEN_77_2022.md"' in evidence and "named explicitly" in evidence
    # money per country and currency, each amount once, explicit apart from inferred
    assert (
        "<tr><td>Kenya</td><td>KES</td><td>explicit</td><td>15,000,000</td><td>1</td></tr>" in dom
    )
    assert '<table id="timeline">' in dom and "<td>2022</td>" in dom
    assert "mentions and their attributes" in dom and "currency: KES" in dom
    # the charts are drawn by the page's script, offline: SVG bars where the page left containers
    for chart in ("chart-objectives", "chart-money", "chart-timeline"):
        assert f'<div id="{chart}" class="chart"></div>' in html
        assert f'<div id="{chart}" class="chart"><svg' in dom, chart
    money = dom.split('id="chart-money"')[1].split("<h2>")[0]
    totals = dom.split('<table id="totals">')[1].split("</table>")[0]
    assert money.count('<rect class="bar"') == totals.count("<tr><td>") >= 3  # one bar a row
    assert ">Kenya · KES</text>" in money
    # objectives: one bar per country for those named and one for those only classified (if any)
    named: dict[str, set[int]] = {}
    found: dict[str, set[int]] = {}
    for ex in load_outputs(out_dir):
        country = ex.document.country or "(unknown)"
        named.setdefault(country, set()).update(o.objective for o in ex.objectives if o.explicit)
        found.setdefault(country, set()).update(o.objective for o in ex.objectives)
    bars = sum(bool(named[c]) + bool(found[c] - named[c]) for c in found)
    objectives = dom.split('id="chart-objectives"')[1].split("<h2>")[0]
    assert objectives.count('<rect class="bar"') == bars >= 2
    timeline = dom.split('id="chart-timeline"')[1].split('<table id="timeline">')[0]
    assert "<title>2022: " in timeline and '<rect class="bar"' in timeline
    assert ">chart not drawn" not in dom

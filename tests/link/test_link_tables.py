"""Amounts in a funding table are linked from their own row: an amount in a row naming "Objective 6"
is linked to objective 6 alone, an amount in a row naming none gets none from the other rows, in
every table form the readers give (tab- and pipe-separated text, Markdown, HTML, DOCX); prose
outside tables keeps its sentence rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcmextract.ingest import read_data, read_document
from gcmextract.pipeline import extract_document
from gcmextract.schema import Extraction

HEADER = ("Organisation", "Year", "Amount", "GCM objective")
# (organisation, year, amount, objective cell, the objectives the row names)
ROWS = [
    (
        "Ministry of Labour and Social Protection (MLSP)",
        "2022",
        "EUR 3.5 million",
        "Objective 6",
        [6],
    ),
    ("Secretaría de Relaciones Exteriores", "2021", "MXN 12 million", "Objective 5", [5]),
    ("Office national de l'emploi", "2020", "XOF 40 million", "", []),
    ("Department of Home Affairs", "2023", "AUD 2.1 million", "Objectives 2 and 23", [2, 23]),
    ("Bundesamt für Migration", "2019", "CHF 800,000", "Objective 16", [16]),
]
INTRO = "Funding by partner in the reporting period."
PROSE = "In 2023 the government also gave USD 900,000 for consular assistance (Objective 14)."


def _lines(sep: str, edge: str = "") -> list[str]:
    cells = [HEADER, *[row[:4] for row in ROWS]]
    return [edge + sep.join(c) + edge for c in cells]


def _markdown() -> str:
    head, *body = _lines(" | ", "| ")
    rule = "|" + "---|" * len(HEADER)
    return "\n".join([f"# Funding\n\n{INTRO}\n", head, rule, *body, "", PROSE]) + "\n"


def _html() -> str:
    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    rows = [row(HEADER, "th"), *[row(r[:4], "td") for r in ROWS]]
    return f"<html><body><p>{INTRO}</p><table>{''.join(rows)}</table><p>{PROSE}</p></body></html>"


TEXTS = {
    "tab": ("txt", "\n".join([INTRO, *_lines("\t"), "", PROSE]) + "\n"),
    "pipe": ("txt", "\n".join([INTRO, *_lines(" | "), "", PROSE]) + "\n"),
    "markdown": ("md", _markdown()),
    "html": ("html", _html()),
}


def _extract(nlp, fmt: str, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    document = read_data(text.encode("utf-8"), source=f"funding.{fmt}", suffix=f".{fmt}")
    return extract_document(document, nlp=nlp, country="ZAF")


def _by_text(ex: Extraction) -> dict[str, tuple[list[int], str | None]]:
    return {a.text: (a.objectives, a.objective_basis) for a in ex.amounts if a.kind == "money"}


def _check_rows(ex: Extraction) -> None:
    got = _by_text(ex)
    for _org, _year, amount, _cell, objectives in ROWS:
        assert amount in got, f"{amount} not extracted: {sorted(got)}"
        assert got[amount][0] == objectives, amount
        assert got[amount][1] == ("explicit" if objectives else None), amount
    assert got["USD 900,000"] == ([14], "explicit")


@pytest.mark.parametrize("style", sorted(TEXTS))
def test_link_tables_each_amount_takes_its_own_rows_objectives(nlp, style: str) -> None:  # type: ignore[no-untyped-def]
    fmt, text = TEXTS[style]
    _check_rows(_extract(nlp, fmt, text))


def test_link_tables_docx_table(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph(INTRO)
    table = doc.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for r, cells in enumerate([HEADER, *[row[:4] for row in ROWS]]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    doc.add_paragraph(PROSE)
    path = tmp_path / "funding.docx"
    doc.save(str(path))
    _check_rows(extract_document(read_document(path), nlp=nlp, country="ZAF"))


def test_link_tables_column_header_names_the_objective(nlp) -> None:  # type: ignore[no-untyped-def]
    """A header cell naming an objective links the amounts of its column, not the other column's."""
    text = (
        "Budget of the migration plan\n"
        "Programme\tObjective 8 budget\tYear\tObjective 19 budget\n"
        "Consular network\tUSD 1.2 million\t2022\tUSD 300,000\n"
        "Diaspora desk\tGBP 450,000\t2023\tGBP 75,000\n"
    )
    got = _by_text(_extract(nlp, "txt", text))
    assert got["USD 1.2 million"][0] == [8]
    assert got["GBP 450,000"][0] == [8]
    assert got["USD 300,000"][0] == [19]
    assert got["GBP 75,000"][0] == [19]


def test_link_tables_prose_over_lines_keeps_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    """Outside tables the context is the sentence, even across line breaks and with a lone '|'."""
    text = (
        "Kenya | national report\n\n"
        "The State Department for Diaspora Affairs spent KES 150 million\n"
        "on welfare attachés in the Gulf states | under Objectives 6 and 14\n"
        "and on the reintegration of returnees.\n"
    )
    got = _by_text(_extract(nlp, "txt", text))
    assert got["KES 150 million"] == ([6, 14], "explicit")

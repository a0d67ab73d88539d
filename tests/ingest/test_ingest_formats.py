"""Ingestion: the corpus text, PDF and DOCX give the same paragraphs; markup is blanked in place;
PDF layout (headers, footers, page numbers, footnotes, hyphenation, page breaks) is undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from gcmextract.ingest import read_document
from gcmextract.ingest.markup import clean_markup
from gcmextract.segment import segment, sentences

FORMATS = ["txt", "pdf", "docx"]


def paragraphs(path: Path) -> list[str]:
    """Paragraph texts; the cells of a table row are read as one paragraph, left to right."""
    doc = read_document(path)
    out: list[str] = []
    row = None
    for b in doc.blocks:
        if b.kind == "footnote":
            continue
        text = " ".join(doc.clean[b.start : b.end].split())
        if b.kind == "table" and (b.table, b.row) == row:
            out[-1] += " " + text
        else:
            out.append(text)
        row = (b.table, b.row) if b.kind == "table" else None
    return out


@pytest.fixture(scope="module")
def by_format() -> dict[str, list[str]]:
    return {f: paragraphs(CORPUS / f"canada-2021-annex.{f}") for f in FORMATS}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_ingest_same_paragraphs_as_text(by_format: dict[str, list[str]], fmt: str) -> None:
    text_paras = [
        p for p in by_format["txt"] if not p.startswith("¹")
    ]  # the txt keeps its footnote inline
    assert by_format[fmt] == text_paras


@pytest.mark.parametrize("fmt", FORMATS)
def test_ingest_six_thematic_sections_with_objectives(fmt: str) -> None:
    doc = read_document(CORPUS / f"canada-2021-annex.{fmt}")
    sections, paragraphs = segment(doc)
    declared = [s for s in sections if s.declared_objectives]
    assert len(declared) == 6
    assert declared[0].heading == "Pandemic response"
    assert declared[0].declared_objectives == [1, 5, 6, 7, 15, 17, 23]
    assert declared[-1].declared_objectives == [7, 10, 15, 16, 17, 18, 19, 23]
    assert all(s.end > s.start for s in declared)
    assert paragraphs and all(p.section is not None for p in paragraphs[5:])


def test_ingest_pdf_has_no_running_header_footer_or_page_numbers() -> None:
    doc = read_document(CORPUS / "canada-2021-annex.pdf")
    assert len(doc.pages) > 5
    assert "Global Compact for Migration: voluntary inputs" not in doc.text
    assert "Page " not in doc.text
    for p in doc.pages:
        assert doc.page_of(p.start) == p.number


def test_ingest_pdf_footnote_kept_apart_and_linked() -> None:
    doc = read_document(CORPUS / "canada-2021-annex.pdf")
    assert len(doc.footnotes) == 1
    note = doc.footnotes[0]
    assert doc.text[note.start : note.end].startswith("¹ Ontario's Ministry of Health")
    assert note.anchor is not None and doc.text[note.anchor] == "¹"
    assert doc.text[note.anchor - 8 : note.anchor] == "COVID-19"
    assert note.page == doc.page_of(note.anchor)


def test_ingest_pdf_hyphenation_and_page_break_rejoined(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        c.setFont("Helvetica", 8)
        c.drawString(72, A4[1] - 30, "Ministry of Labour - Annual report")
        c.drawString(A4[0] / 2, 30, f"{page}")
        c.setFont("Helvetica", 10)
        if page == 1:
            lines = [
                "The Ministry of Labour and Social Protection supports inter-",
                "national cooperation with partners in the region and",
            ]
            y = 120
            for line in lines:
                c.drawString(72, y, line)
                y -= 13
        else:
            c.drawString(72, A4[1] - 80, "beyond, with EUR 3.5 million in 2022.")
        c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.text == (
        "The Ministry of Labour and Social Protection supports international cooperation with "
        "partners in the region and beyond, with EUR 3.5 million in 2022."
    )
    assert doc.page_of(doc.text.index("beyond")) == 2
    assert doc.page_of(0) == 1


@pytest.mark.parametrize(
    ("source", "clean"),
    [
        ("raised EUR \\$3.5 million", "raised EUR  $3.5 million"),
        (
            "<b>Ministry of Labour and Social Protection (MLSP)</b>",
            "   Ministry of Labour and Social Protection (MLSP)    ",
        ),
        ("see [the plan](https://example.org) now", "see  the plan                       now"),
        ("the *Safe Return* project", "the  Safe Return  project"),
        ("Fish &amp; chips", "Fish &     chips"),
    ],
)
def test_ingest_markup_blanked_without_moving_offsets(source: str, clean: str) -> None:
    out = clean_markup(source)
    assert out == clean
    assert len(out) == len(source)


def test_ingest_html_blocks_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "ghana.html"
    path.write_text(
        "<html><body><h1>Ghana voluntary review</h1><p>In March 2022 the Ghana Immigration Service "
        "(GIS) trained 250 officers.</p><ul><li>Objective 11</li></ul></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    kinds = [(b.kind, doc.clean[b.start : b.end]) for b in doc.blocks]
    assert kinds[0] == ("heading", "Ghana voluntary review")
    assert ("list_item", "Objective 11") in kinds
    assert doc.text == path.read_text(encoding="utf-8")


def test_ingest_txt_that_is_really_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "report.txt"
    fake.write_bytes((CORPUS / "canada-2021-annex.pdf").read_bytes())
    assert read_document(fake).format == "pdf"


def test_segment_sentences_split_on_sentence_ends() -> None:
    text = "The fund grew by 5 per cent, e.g. in 2021. It reached USD 2 million. Next steps follow."
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "The fund grew by 5 per cent, e.g. in 2021.",
        "It reached USD 2 million.",
        "Next steps follow.",
    ]

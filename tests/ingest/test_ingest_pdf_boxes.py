"""Mentions located in their file: every organisation, amount and date from a PDF has a page and boxes
whose characters (read back with pdfplumber) spell it, on the corpus PDF and the rendered layouts, on
rotated pages and shifted crop boxes (checked against the page as a renderer draws it), across a
page break and on OCR'd pages; DOCX mentions carry their paragraph or cell, text mentions their line
and column."""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from gcmextract.ingest import read_document
from gcmextract.pipeline import extract_document
from layout_texts import LABELLED, REVIEW, STATEMENT
from pdf_boxes import across_pages, ink, rotated, shift_boxes, spelling
from pdf_layouts import LAYOUTS, image_only, render

sys.path.insert(0, str(ROOT / "scripts"))

FIELDS = ("organizations", "amounts", "dates")
MIN_SPELT = 0.98


def _mentions(ex) -> list:  # type: ignore[no-untyped-def]
    return [m for f in FIELDS for m in getattr(ex, f)]


def _check_spelling(pdf: Path, nlp) -> tuple[list, object]:  # type: ignore[no-untyped-def]
    document = read_document(pdf)
    assert document.layout is not None and len(document.layout) == len(document.text)
    mentions = _mentions(extract_document(document, nlp=nlp))
    assert mentions, "no mention to locate"
    assert all(m.page is not None and m.boxes for m in mentions), [
        m.text for m in mentions if not m.boxes
    ]
    good, bad = spelling(pdf, mentions)
    assert good / len(mentions) >= MIN_SPELT, bad[:10]
    return mentions, document.layout


@pytest.fixture(scope="module")
def canada_blocks() -> list:
    from render_corpus import blocks

    return [("paragraph" if k == "overview" else k, t) for k, t in blocks()]


def test_boxes_spell_mentions_in_corpus_pdf(nlp) -> None:  # type: ignore[no-untyped-def]
    pdf = CORPUS / "canada-2021-annex.pdf"
    mentions, layout = _check_spelling(pdf, nlp)
    shares = ink(pdf, layout, mentions)
    assert all(s > 0.05 for s in shares), "a box drawn off the text"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_boxes_spell_mentions_in_layouts(
    layout: str, canada_blocks: list, nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    items = {
        "two_columns": canada_blocks + STATEMENT,
        "table": STATEMENT[:-1] + LABELLED,
        "hyphenated": canada_blocks + STATEMENT,
        "landscape": REVIEW + STATEMENT,
        "headings": REVIEW,
    }.get(layout, STATEMENT + REVIEW)
    pdf = tmp_path / f"{layout}.pdf"
    render(items, layout, pdf)
    _check_spelling(pdf, nlp)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_boxes_on_rotated_pages_land_on_the_text(rotation: int, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "rotated.pdf"
    rotated(pdf, rotation)
    mentions, layout = _check_spelling(pdf, nlp)
    assert {b[0] for m in mentions for b in m.boxes} == {1, 2}
    shares = ink(pdf, layout, mentions)
    assert all(s > 0.05 for s in shares), shares


def test_boxes_with_shifted_media_and_crop_boxes(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain, shifted = tmp_path / "plain.pdf", tmp_path / "shifted.pdf"
    render(STATEMENT + REVIEW, "alternating", plain)
    shift_boxes(plain, shifted)
    mentions, layout = _check_spelling(shifted, nlp)
    frame = layout.frame(1)
    assert frame.crop[0] != 0 and frame.crop[1] != 0  # the crop box is off the media box's corner
    shares = ink(shifted, layout, mentions)
    inside = [s for s in shares if s >= 0]
    assert len(inside) >= 0.9 * len(shares) and all(s > 0.05 for s in inside)


def test_boxes_across_a_page_break(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "across.pdf"
    across_pages(pdf)
    mentions, _ = _check_spelling(pdf, nlp)
    (iom,) = [m for m in mentions if m.text.startswith("International Organization")]
    assert iom.page == 1 and [b[0] for b in iom.boxes] == [1, 2]


def _occurrences(mentions: list) -> dict:
    """Mentions keyed by (text, how many times the text came before): the same mention in two
    readings of a document."""
    seen: Counter[str] = Counter()
    out = {}
    for m in sorted(mentions, key=lambda m: m.start):
        out[(m.text, seen[m.text])] = m
        seen[m.text] += 1
    return out


def _overlap(a: tuple, b: tuple) -> float:
    """Share of box a that box b covers (0 on different pages)."""
    w = min(a[3], b[3]) - max(a[1], b[1])
    h = min(a[4], b[4]) - max(a[2], b[2])
    area = (a[3] - a[1]) * (a[4] - a[2])
    return max(w, 0) * max(h, 0) / area if a[0] == b[0] and area > 0 else 0.0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_boxes_from_ocr_word_boxes(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text, scan = tmp_path / "text.pdf", tmp_path / "scan.pdf"
    render(STATEMENT + REVIEW, "alternating", text)  # two pages
    image_only(text, scan)
    document = read_document(scan)
    assert document.ocr_pages == [1, 2]
    layer = _occurrences(_mentions(extract_document(read_document(text), nlp=nlp)))
    read = _occurrences(_mentions(extract_document(document, nlp=nlp)))
    both = [k for k in read if k in layer]
    assert len(both) >= 0.9 * len(layer) and all(read[k].boxes for k in read)
    # each box read by OCR covers mostly the place of the text layer's
    shares = [_overlap(read[k].boxes[0], layer[k].boxes[0]) for k in both]
    assert sum(1 for s in shares if s > 0.5) >= 0.95 * len(shares), shares


def test_docx_mentions_carry_paragraph_or_cell(nlp) -> None:  # type: ignore[no-untyped-def]
    import docx

    path = CORPUS / "canada-2021-annex.docx"
    word = docx.Document(str(path))
    mentions = _mentions(extract_document(read_document(path), nlp=nlp))
    placed = 0
    for m in mentions:
        if m.cell is not None:
            table, row, column = m.cell
            holder = word.tables[table].rows[row].cells[column].text
        elif m.paragraph is not None:
            holder = word.paragraphs[m.paragraph].text
        else:
            continue
        assert " ".join(m.text.split()) in " ".join(holder.split()), (m.text, holder)
        placed += 1
    assert placed >= 0.95 * len(mentions)


def test_text_mentions_carry_line_and_column(nlp) -> None:  # type: ignore[no-untyped-def]
    path = CORPUS / "ken-2024-ungd-acronyms.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    mentions = _mentions(extract_document(read_document(path), nlp=nlp))
    assert mentions
    for m in mentions:
        first = m.text.split("\n")[0]
        assert lines[m.line - 1][m.column - 1 :].startswith(first), (m.text, m.line, m.column)


def test_text_layer_words_keep_their_characters_edges() -> None:
    """Every word of a text layer carries its characters' own edges (not spread over the word), so
    a mention inside a word ("GFMD" in "(GFMD).") gets a box of its own letters."""
    import pdfplumber

    from gcmextract.ingest.pdf.lines import page_words

    with pdfplumber.open(CORPUS / "canada-2021-annex.pdf") as pdf:
        words = [w for page in pdf.pages for w in page_words(page)]
    assert words and all(w.edges is not None and len(w.edges) == len(w.text) + 1 for w in words)
    glued = [w for w in words if w.text.startswith("(") and len(w.text) > 3]
    assert glued
    for w in glued:  # the opening parenthesis is narrower than the word's mean letter
        assert w.edges[1] - w.edges[0] < (w.x1 - w.x0) / len(w.text)

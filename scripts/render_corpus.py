"""Render corpus/canada-2021-annex.txt as a realistic PDF and DOCX (same paragraphs, for tests).

PDF (reportlab): A4, running header, "Page N" footer, justified body text, bold headings, the
footnote at the bottom of the page where its marker appears. DOCX (python-docx): Heading styles, body
paragraphs, the overview as a table, the footnote as a "Footnote Text" paragraph. Output is
deterministic. Run: .venv/bin/python scripts/render_corpus.py (or `make corpus`).
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "corpus" / "canada-2021-annex.txt"
HEADER = "Global Compact for Migration: voluntary inputs (2021 update)"


def blocks() -> list[tuple[str, str]]:
    """(kind, text) per block of the text file: heading, overview, footnote or paragraph."""
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    doc = read_document(SRC)
    sections, _ = segment(doc)
    heading_starts = {s.heading_start for s in sections}
    out = []
    for b in doc.blocks:
        text = " ".join(doc.clean[b.start : b.end].split())
        raw = doc.text[b.start : b.end]
        if text.startswith("¹"):
            kind = "footnote"
        elif b.start in heading_starts:
            kind = "heading"
        elif raw.lstrip().startswith("<p>"):
            kind = "overview"
        else:
            kind = "paragraph"
        out.append((kind, text))
    return out


def render_pdf(items: list[tuple[str, str]], dest: Path) -> None:
    from xml.sax.saxutils import escape

    import reportlab
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    body = ParagraphStyle(
        "body", fontName="Vera", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=9
    )
    head = ParagraphStyle(
        "head", fontName="VeraBd", fontSize=11, leading=14, spaceBefore=6, spaceAfter=9
    )
    note = ParagraphStyle("note", fontName="Vera", fontSize=7.5, leading=9.5, alignment=TA_JUSTIFY)
    footnote = next((t for k, t in items if k == "footnote"), None)
    marker = footnote[0] if footnote else None

    def story() -> list:
        flow = []
        for kind, text in items:
            if kind == "footnote":
                continue
            p = Paragraph(escape(text), head if kind == "heading" else body)
            p.has_marker = bool(marker and marker in text)  # type: ignore[attr-defined]
            flow.append(p)
        return flow

    class Doc(SimpleDocTemplate):
        marker_page: int | None = None

        def afterFlowable(self, flowable) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            if getattr(flowable, "has_marker", False) and self.marker_page is None:
                self.marker_page = self.page

    def decorate(canvas, doc, note_page: int | None) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Vera", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, HEADER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Page {doc.page}")
        if footnote and doc.page == note_page:
            p = Paragraph(escape(footnote), note)
            _, h = p.wrap(A4[0] - 4 * cm, 3 * cm)
            canvas.line(2 * cm, 1.8 * cm + h + 4, 6 * cm, 1.8 * cm + h + 4)
            p.drawOn(canvas, 2 * cm, 1.8 * cm)
        canvas.restoreState()

    def build(note_page: int | None) -> tuple[bytes, int | None]:
        buf = io.BytesIO()
        doc = Doc(
            buf,
            pagesize=A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=4.2 * cm,
            title="Annex: 2021 Updates",
            author="gcmextract corpus",
            invariant=1,
        )
        cb = lambda c, d: decorate(c, d, note_page)  # noqa: E731
        doc.build(story(), onFirstPage=cb, onLaterPages=cb)
        return buf.getvalue(), doc.marker_page

    _, page = build(None)
    data, _ = build(page)
    dest.write_bytes(data)


def render_docx(items: list[tuple[str, str]], dest: Path) -> None:
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.author = "gcmextract corpus"
    d.core_properties.created = datetime.datetime(2021, 12, 1)
    d.core_properties.modified = datetime.datetime(2021, 12, 1)
    d.core_properties.last_modified_by = "gcmextract"
    d.core_properties.revision = 1
    table = None
    for i, (kind, text) in enumerate(items):
        if kind == "heading":
            level = 1 if i == 0 or text.startswith("Update to Section") else 2
            d.add_heading(text, level=level)
            table = None
        elif kind == "overview":
            m = re.match(r"(.*?Objectives: [\d, ]+\d)\s*(.*)", text)
            left, right = (m.group(1), m.group(2)) if m else (text, "")
            if table is None:
                table = d.add_table(rows=0, cols=2)
            cells = table.add_row().cells
            cells[0].text, cells[1].text = left, right
        elif kind == "footnote":
            continue
        else:
            d.add_paragraph(text)
            table = None
    for kind, text in items:
        if kind == "footnote":
            style = d.styles.add_style("Footnote Text", 1)
            style.font.size = docx.shared.Pt(8)
            d.add_paragraph(text, style=style)
    buf = io.BytesIO()
    d.save(buf)
    dest.write_bytes(_deterministic_zip(buf.getvalue()))


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that the same input gives the same bytes."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2021, 12, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    items = blocks()
    render_pdf(items, ROOT / "corpus" / "canada-2021-annex.pdf")
    render_docx(items, ROOT / "corpus" / "canada-2021-annex.docx")
    print("wrote corpus/canada-2021-annex.pdf and corpus/canada-2021-annex.docx", file=sys.stderr)


if __name__ == "__main__":
    main()

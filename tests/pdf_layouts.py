"""Render (kind, text) items as PDFs in the layouts ministries use (reportlab), for the layout tests.

Layouts: two_columns (a full-width title, then two justified columns), alternating (document symbol
and date swapping sides on odd and even pages, "N/M" and job-number footers), table (label|text table
over a page break), hyphenated (narrow justified column, words broken at line ends), bold_italic
(emphasis runs beside punctuation, raised footnote markers, footnotes at the foot of their page),
landscape (an annex page turned sideways), headings (front matter of one-line headings, list items,
no paragraph spacing). `plain_text` is the same items as the text file the PDF must give back.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

LAYOUTS = [
    "two_columns",
    "alternating",
    "table",
    "hyphenated",
    "bold_italic",
    "landscape",
    "headings",
]
SYMBOL, DATE, JOB = "A/79/PV.7", "24/09/2024", "24-27113"
HEADER_TEXT = "Voluntary review of the Global Compact"
_SUPER = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_VOWEL = re.compile(r"[aeiouy]", re.I)


def plain_text(items: list) -> str:
    """The items as a plain text file: one paragraph per block, table cells one per line."""
    out = []
    for kind, text in items:
        if kind == "table":
            out.extend(cell for row in text for cell in row)
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


def _fonts() -> None:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = Path(reportlab.__file__).parent / "fonts"
    for name, file in (
        ("Vera", "Vera.ttf"),
        ("VeraBd", "VeraBd.ttf"),
        ("VeraIt", "VeraIt.ttf"),
        ("VeraBI", "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    pdfmetrics.registerFontFamily(
        "Vera", normal="Vera", bold="VeraBd", italic="VeraIt", boldItalic="VeraBI"
    )


def _markup(text: str, emphasis: bool) -> str:
    """Paragraph markup: raised footnote markers; with `emphasis`, bold and italic runs that end
    right before punctuation (quotes, commas, full stops)."""
    s = escape(text)
    if emphasis:
        s = re.sub(r"“([^”]+)”", r"“<i>\1</i>”", s)
        s = re.sub(r"\b((?:[A-Z][\w’']+ )*(?:of the |for )?[A-Z][\w’']+)(?=[,;])", r"<b>\1</b>", s)
        s = re.sub(r"(\b\w+)\.(?=\s|$)", r"<i>\1</i>.", s, count=2)
    return re.sub(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)", lambda m: f"<super>{m.group(1).translate(_SUPER)}</super>", s)


def _hyphenate(text: str, width: float, size: float) -> list[str]:
    """Break `text` into lines of at most `width` points, splitting long words with an inserted
    hyphen and compounds at their own hyphen, as a typesetter does."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def w(s: str) -> float:
        return stringWidth(s, "Vera", size)

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if w(trial) <= width:
            line = trial
            continue
        head = None
        if "-" in word:
            parts = word.split("-")
            for k in range(len(parts) - 1, 0, -1):
                cand = "-".join(parts[:k]) + "-"
                if w(f"{line} {cand}") <= width:
                    head, word = cand, "-".join(parts[k:])
                    break
        elif len(word) >= 9 and word.isalpha():
            for k in range(len(word) - 4, 3, -1):
                cand = word[:k] + "-"
                if (
                    _VOWEL.match(word[k - 1])
                    and not _VOWEL.match(word[k])
                    and w(f"{line} {cand}") <= width
                ):
                    head, word = cand, word[k:]
                    break
        if head:
            lines.append(f"{line} {head}" if line else head)
            line = word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def render(items: list, layout: str, dest: Path) -> None:
    """Write `items` as a PDF in `layout` to `dest` (deterministic)."""
    if layout == "hyphenated":
        dest.write_bytes(_render_hyphenated(items))
        return
    first = _build(items, layout, None)
    pages = first[1]
    data, _ = _build(items, layout, pages)
    dest.write_bytes(data)


def _decorator(
    layout: str, total: int | None, footnotes: dict, note_pages: dict | None, note, margin: float
):  # type: ignore[no-untyped-def]
    """The onPage callback drawing running headers, footers and footnotes of a layout."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph

    def decorate(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Vera", 8)
        pw, ph = canvas._pagesize
        n = doc.page
        if layout == "alternating":
            left, right = (SYMBOL, DATE) if n % 2 else (DATE, SYMBOL)
            canvas.drawString(margin, ph - 1.2 * cm, left)
            canvas.drawRightString(pw - margin, ph - 1.2 * cm, right)
            if n == 1:
                canvas.drawString(margin, 1.0 * cm, f"GE.{JOB}")
                canvas.drawRightString(pw - margin, 1.0 * cm, f"{n}/{total or 9}")
            elif n % 2:
                canvas.drawString(margin, 1.0 * cm, JOB)
                canvas.drawRightString(pw - margin, 1.0 * cm, f"{n}/{total or 9}")
            else:
                canvas.drawString(margin, 1.0 * cm, f"{n}/{total or 9}")
                canvas.drawRightString(pw - margin, 1.0 * cm, JOB)
        else:
            canvas.drawString(margin, ph - 1.2 * cm, HEADER_TEXT)
            canvas.drawCentredString(pw / 2, 1.0 * cm, f"- {n} -")
        for marker, text in footnotes.items():
            if note_pages and note_pages.get(marker) == n:
                p = Paragraph(_markup(text, False), note)
                _, h = p.wrap(pw - 2 * margin, 3 * cm)
                canvas.line(margin, 2.2 * cm + h + 4, margin + 4 * cm, 2.2 * cm + h + 4)
                p.drawOn(canvas, margin, 2.2 * cm)
        canvas.restoreState()

    return decorate


def _table(text: list, cell, avail: float):  # type: ignore[no-untyped-def]
    """A gridded table flowable; a label|text table gets a narrow label column."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [[Paragraph(_markup(c, False), cell) for c in row] for row in text]
    ncol = len(text[0])
    widths = [avail * 0.2, avail * 0.8] if ncol == 2 and len(text[0][1]) > 40 else None
    t = Table(rows, colWidths=widths, splitInRow=1, repeatRows=0)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _build(items: list, layout: str, total: int | None, note_pages: dict | None = None):  # type: ignore[no-untyped-def]
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    _fonts()
    spacing = 0 if layout == "headings" else 8
    body = ParagraphStyle(
        "body", fontName="Vera", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=spacing
    )
    item_style = ParagraphStyle("li", parent=body, leftIndent=18)
    head = ParagraphStyle(
        "head",
        fontName="VeraBd",
        fontSize=11,
        leading=14,
        spaceBefore=4,
        spaceAfter=max(spacing, 2),
    )
    title = ParagraphStyle(
        "title",
        fontName="VeraBd",
        fontSize=15,
        leading=19,
        spaceAfter=2 if layout == "headings" else 10,
    )
    cell = ParagraphStyle("cell", fontName="Vera", fontSize=9.5, leading=12)
    note = ParagraphStyle("note", fontName="Vera", fontSize=7.5, leading=9.5)
    toc = ParagraphStyle("toc", fontName="Vera", fontSize=10, leading=14)
    emphasis = layout == "bold_italic"
    footnotes = {t[0]: t for k, t in items if k == "footnote"}
    W, H = A4
    margin = 2 * cm

    decorate = _decorator(layout, total, footnotes, note_pages, note, margin)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            for marker in getattr(flowable, "markers", ()):
                self.found.setdefault(marker, self.page)

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, invariant=1, title="layout test", author="gcmextract tests")
    doc.found = {}
    bottom = 3.6 * cm if footnotes else 2.2 * cm
    full = Frame(margin, bottom, W - 2 * margin, H - margin - bottom, id="full")
    if layout == "two_columns":
        gap = 0.8 * cm
        colw = (W - 2 * margin - gap) / 2
        top_h = 5 * cm
        first = [
            Frame(margin, H - margin - top_h, W - 2 * margin, top_h, id="top"),
            Frame(margin, bottom, colw, H - margin - bottom - top_h, id="l1"),
            Frame(margin + colw + gap, bottom, colw, H - margin - bottom - top_h, id="r1"),
        ]
        later = [
            Frame(margin, bottom, colw, H - margin - bottom, id="l"),
            Frame(margin + colw + gap, bottom, colw, H - margin - bottom, id="r"),
        ]
        doc.addPageTemplates(
            [
                PageTemplate("first", first, onPage=decorate, autoNextPageTemplate="later"),
                PageTemplate("later", later, onPage=decorate),
            ]
        )
    else:
        LW, LH = landscape(A4)
        doc.addPageTemplates(
            [
                PageTemplate("portrait", [full], onPage=decorate),
                PageTemplate(
                    "landscape",
                    [Frame(margin, bottom, LW - 2 * margin, LH - margin - bottom, id="land")],
                    onPage=decorate,
                    pagesize=(LW, LH),
                ),
            ]
        )
    story: list = []
    body_items = [(k, t) for k, t in items if k != "footnote"]
    titles = 0
    for i, (kind, text) in enumerate(body_items):
        if layout == "landscape" and i == len(body_items) // 2:
            story += [NextPageTemplate("landscape"), PageBreak()]
        if kind == "table":
            story.append(_table(text, cell, W - 2 * margin))
            continue
        style = {"title": title, "heading": head, "list_item": item_style, "toc": toc}.get(
            kind, body
        )
        p = Paragraph(_markup(text, emphasis and kind == "paragraph"), style)
        p.markers = re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", text)
        story.append(p)
        if kind == "title":
            titles += 1
        if (
            layout == "two_columns"
            and kind == "title"
            and (i + 1 >= len(body_items) or body_items[i + 1][0] != "title")
        ):
            story.append(FrameBreak())
    doc.build(story)
    pages = doc.page
    if footnotes and note_pages is None:
        return _build(items, layout, total, dict(doc.found))[0], pages
    return buf.getvalue(), pages


def _render_hyphenated(items: list) -> bytes:
    """A narrow justified column drawn line by line, with words broken at line ends."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    x0, width, size, leading = 72, 250, 10, 13
    y = A4[1] - 80
    page = 1

    def furniture() -> None:
        c.setFont("Vera", 8)
        c.drawString(x0, A4[1] - 40, HEADER_TEXT)
        c.drawString(A4[0] - 100, 30, f"Page {page}")

    furniture()
    for kind, text in items:
        if kind == "table":
            continue
        bold = kind in ("title", "heading")
        lines = _hyphenate(text, width, size)
        if y - leading * len(lines) < 60 and len(lines) < 4:
            c.showPage()
            page += 1
            furniture()
            y = A4[1] - 80
        for k, line in enumerate(lines):
            if y < 60:
                c.showPage()
                page += 1
                furniture()
                y = A4[1] - 80
            c.setFont("VeraBd" if bold else "Vera", size)
            words = line.split()
            last = k == len(lines) - 1
            if last or bold or len(words) < 2:
                c.drawString(x0, y, line.translate(_SUPER) if False else line)
            else:
                from reportlab.pdfbase.pdfmetrics import stringWidth

                natural = sum(stringWidth(wd, "Vera", size) for wd in words)
                gap = (width - natural) / (len(words) - 1)
                x = x0
                for wd in words:
                    c.drawString(x, y, wd)
                    x += stringWidth(wd, "Vera", size) + gap
            y -= leading
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only(src: Path, dest: Path, resolution: int = 300) -> None:
    """Rasterise every page of `src` and write them as an image-only PDF (a scan) to `dest`."""
    import pdfplumber
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    with pdfplumber.open(src) as pdf:
        c = canvas.Canvas(str(dest), invariant=1)
        for page in pdf.pages:
            image = page.to_image(resolution=resolution).original
            c.setPageSize((float(page.width), float(page.height)))
            c.drawImage(ImageReader(image), 0, 0, float(page.width), float(page.height))
            c.showPage()
        c.save()

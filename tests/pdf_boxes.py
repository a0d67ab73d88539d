"""Checks of mention boxes against the PDF itself, for the box tests: the characters pdfplumber finds
inside a mention's boxes, the ink a renderer draws inside them, and PDFs with rotated pages, shifted
crop boxes and a name broken over a page break."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SENTENCES = [
    "The International Organization for Migration (IOM) received USD 2.5 million in March 2022.",
    "The Ministry of Labour of Ghana spent EUR 400,000 between 2019 and 2021 on reintegration.",
    "UNHCR and the European Union funded 1,200 places for returnees in June 2023.",
]


def spelt(chars: list[dict[str, Any]], box: list[float], tolerance: float = 0.5) -> str:
    """The characters whose centre lies inside `box` ([page, x0, top, x1, bottom]), left to right."""
    from pdfplumber.utils.text import LIGATURES

    _, x0, top, x1, bottom = box
    inside = [
        c
        for c in chars
        if x0 - tolerance <= (c["x0"] + c["x1"]) / 2 <= x1 + tolerance
        and top - tolerance <= (c["top"] + c["bottom"]) / 2 <= bottom + tolerance
    ]
    inside.sort(key=lambda c: c["x0"])
    return "".join(LIGATURES.get(c["text"], c["text"]) for c in inside)


def _bare(text: str) -> str:
    return "".join(text.translate(SUPERSCRIPTS).split())


def spelling(pdf_path: Path, mentions: list[Any]) -> tuple[int, list[tuple[str, str]]]:
    """How many mentions have boxes whose characters spell them (spaces and a hyphen dropped at a
    line break aside), and the (mention, spelt) of the others."""
    import pdfplumber

    good, bad = 0, []
    with pdfplumber.open(pdf_path) as pdf:
        chars = [p.chars for p in pdf.pages]
        for m in mentions:
            text = "".join(spelt(chars[b[0] - 1], b) for b in m.boxes or [])
            if m.boxes and _bare(text) == _bare(m.text):
                good += 1
            else:
                bad.append((m.text, text))
    return good, bad


def ink(pdf_path: Path, frames: Any, mentions: list[Any], scale: float = 2.0) -> list[float]:
    """Share of dark pixels inside each box drawn where a viewer shows it (the page rendered by
    pypdfium2, which applies rotation and shows the crop box); -1 for a box outside the crop box."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    images: dict[int, Any] = {}
    out = []
    for m in mentions:
        for page, x0, top, x1, bottom in m.boxes or []:
            if page not in images:
                images[page] = pdf[page - 1].render(scale=scale).to_pil().convert("L")
            image = images[page]
            cx, ct = frames.frame(page).crop[:2]
            box = [round((x0 - cx) * scale), round((top - ct) * scale)]
            box += [round((x1 - cx) * scale) + 1, round((bottom - ct) * scale) + 1]
            if box[0] < 0 or box[1] < 0 or box[2] > image.width or box[3] > image.height:
                out.append(-1.0)
                continue
            region = image.crop(tuple(box))
            histogram = region.histogram()
            out.append(sum(histogram[:128]) / max(sum(histogram), 1))
    pdf.close()
    return out


def rotated(dest: Path, rotation: int) -> None:
    """Two pages: an upright one, then one turned by `rotation` degrees (the page's /Rotate) whose
    content is drawn turned the other way, so that it reads upright in a viewer (an annex page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    for turn in (0, rotation):
        c.setPageRotation(turn)
        c.saveState()
        shown = (height, width) if turn in (90, 270) else (width, height)
        if turn == 90:  # reportlab writes the media box of a 90/270 page landscape
            c.translate(height, 0)
            c.rotate(90)
        elif turn == 270:
            c.translate(0, width)
            c.rotate(-90)
        elif turn == 180:
            c.translate(width, height)
            c.rotate(180)
        c.setFont("Helvetica", 11)
        y = shown[1] - 72
        for text in SENTENCES * 3:
            c.drawString(60, y, text)
            y -= 16
        c.restoreState()
        c.showPage()
    c.save()


def shift_boxes(src: Path, dest: Path) -> None:
    """`src` with every page's media box moved off the origin and a crop box inside it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    for page in pdf:
        x0, y0, x1, y1 = page.get_mediabox()
        page.set_mediabox(x0 - 20, y0 - 10, x1 + 5, y1 + 8)
        page.set_cropbox(x0 + 40, y0 + 60, x1 - 55, y1 - 42)
    pdf.save(str(dest))
    pdf.close()


def across_pages(dest: Path) -> None:
    """A paragraph that runs from the foot of page 1 onto page 2, an organisation's name broken
    between them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    y = height - 72
    lines = [
        "Returnees were received at the border and given shelter, food and medical care",
        "by the authorities and by the partners of the programme, in particular the",
    ] * 22
    for text in lines:
        c.drawString(72, y, text)
        y -= 15
    c.drawString(72, y, "partners of the programme, in particular the International Organization")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(
        72, height - 72, "for Migration, which paid USD 1.2 million for the transport in 2022."
    )
    c.drawString(72, height - 87, "The programme continues until December 2025.")
    c.showPage()
    c.save()

"""OCR of a PDF page without a text layer: the page rasterised (pdfplumber/pypdfium2) and read by
Tesseract through pytesseract, as words with boxes in PDF points, like a text layer's words."""

from __future__ import annotations

import shutil
from functools import cache

from gcmextract.ingest.pdf.lines import Word

INSTALL = (
    "install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng "
    "tesseract-ocr-spa tesseract-ocr-fra; macOS: brew install tesseract)"
)
RESOLUTION = 300
_PREFERRED = ("eng", "spa", "fra")


@cache
def available() -> bool:
    """True when the tesseract program and the pytesseract wrapper are both installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def languages() -> str:
    """Tesseract languages to use: English, Spanish and French where installed."""
    import pytesseract

    have = set(pytesseract.get_languages(config=""))
    return "+".join(lang for lang in _PREFERRED if lang in have) or "eng"


def image_words(image, scale: float = 72 / RESOLUTION) -> list[Word]:
    """Words Tesseract reads in a PIL image, boxes scaled to PDF points; the size of a word is the
    height of its Tesseract line, so lines and paragraphs are found as for a text layer."""
    import pytesseract

    data = pytesseract.image_to_data(
        image, lang=languages(), output_type=pytesseract.Output.DICT, config="--psm 3"
    )
    by_line: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text.strip() and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            by_line.setdefault(key, []).append(i)
    words: list[Word] = []
    for idx in by_line.values():
        heights = sorted(data["height"][i] for i in idx)
        size = round(heights[len(heights) // 2] * scale, 1)
        bottom = max(data["top"][i] + data["height"][i] for i in idx) * scale
        for i in idx:
            x0 = data["left"][i] * scale
            words.append(
                Word(
                    data["text"][i].strip(),
                    x0,
                    x0 + data["width"][i] * scale,
                    bottom - size,
                    bottom,
                    size,
                    False,
                )
            )
    return words


def page_words(page) -> list[Word]:
    """OCR one pdfplumber page into words, in the page's coordinates: the image shows the crop box,
    so its top-left corner is added."""
    from gcmextract.ingest.pdf.textmap import page_frame

    image = page.to_image(resolution=RESOLUTION).original
    words = image_words(image)
    x0, top = page_frame(page).crop[:2]
    if x0 or top:
        for w in words:
            w.x0, w.x1, w.top, w.bottom = w.x0 + x0, w.x1 + x0, w.top + top, w.bottom + top
    return words

"""The pages of a PDF as images for the review view (pypdfium2, the renderer pdfplumber uses), and
boxes placed on them: a box in pdfplumber's coordinates as shares of the shown page (its crop box)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from typing import Any

# about 100 dpi: text stays legible; each page is kept as the smaller of a 16-colour PNG (sharp and
# small for text) and a JPEG (small for photographs), so a 100-page PDF stays about 10 MB
SCALE = 1.4
QUALITY = 60
COLOURS = 16


def _encoded(image: Any, quality: int) -> tuple[str, bytes]:
    """(MIME type, bytes) of the smaller encoding of a page image."""
    png, jpeg = io.BytesIO(), io.BytesIO()
    image.quantize(COLOURS).save(png, format="PNG")
    image.save(jpeg, format="JPEG", quality=quality, optimize=True)
    if len(png.getvalue()) <= len(jpeg.getvalue()):
        return "image/png", png.getvalue()
    return "image/jpeg", jpeg.getvalue()


def page_images(data: bytes, scale: float = SCALE, quality: int = QUALITY) -> Iterator[str]:
    """Each page of the PDF `data` as a data URI, one page rendered at a time."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    pdf = pdfium.PdfDocument(data)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            image = page.render(scale=scale).to_pil().convert("RGB")
            page.close()
            mime, encoded = _encoded(image, quality)
            yield f"data:{mime};base64," + base64.b64encode(encoded).decode("ascii")
    finally:
        pdf.close()


def placed(box: Any, frame: Any) -> list[float]:
    """[page, left, top, width, height] of a [page, x0, top, x1, bottom] box, the last four as
    percentages of the page as shown (its crop box, rotation applied)."""
    page, x0, top, x1, bottom = box
    cx0, ctop, cx1, cbottom = frame.crop
    width, height = (cx1 - cx0) or 1.0, (cbottom - ctop) or 1.0
    return [
        page,
        round(100 * (x0 - cx0) / width, 3),
        round(100 * (top - ctop) / height, 3),
        round(100 * (x1 - x0) / width, 3),
        round(100 * (bottom - top) / height, 3),
    ]

"""PDF ingestion cost: gcmextract's reader vs raw pdfplumber `extract_text()` on the same pages.

Run: .venv/bin/python bench/pdf.py [--pages 100]
Measures the corpus PDF and a ~100-page PDF made by repeating its pages (pypdf, bench extra).
Target ratio (ours / raw) <= 1.3. OCR is reported apart: pages per second of `gcmextract` reading an
image-only PDF (`--ocr auto`) against the plain `tesseract` program on the same page images (300 dpi).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import CORPUS_PDF, best_of, machine


def repeat_pdf(src: Path, pages: int, dest: Path) -> None:
    """Write a PDF of at least `pages` pages by repeating the pages of `src`."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(src))
    writer = PdfWriter()
    while len(writer.pages) < pages:
        for page in reader.pages:
            writer.add_page(page)
    with dest.open("wb") as fh:
        writer.write(fh)


def raw_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def ocr_bench(src: Path, pages: int, tmp: Path) -> None:
    """Pages/s of gcmextract OCR on an image-only PDF vs plain `tesseract` on the same images."""
    import shutil
    import subprocess
    import time

    import pdfplumber
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from gcmextract.ingest import read_document
    from gcmextract.ingest.pdf.ocr import RESOLUTION, languages

    if shutil.which("tesseract") is None:
        print("OCR: tesseract not installed (make tesseract); skipped")
        return
    images = []
    scan = tmp / "scan.pdf"
    c = canvas.Canvas(str(scan), invariant=1)
    with pdfplumber.open(src) as pdf:
        for i, page in enumerate(pdf.pages[:pages]):
            image = page.to_image(resolution=RESOLUTION).original
            png = tmp / f"page{i}.png"
            image.save(png)
            images.append(png)
            c.setPageSize((float(page.width), float(page.height)))
            c.drawImage(ImageReader(image), 0, 0, float(page.width), float(page.height))
            c.showPage()
    c.save()
    t0 = time.perf_counter()
    for png in images:
        subprocess.run(
            ["tesseract", str(png), str(tmp / "out"), "-l", languages()],
            check=True,
            capture_output=True,
        )
    t_plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = read_document(scan, max_bytes=1 << 31)
    t_ours = time.perf_counter() - t0
    n = len(images)
    print(
        f"OCR ({n} image-only pages, {RESOLUTION} dpi, lang {languages()}): plain tesseract "
        f"{n / t_plain:.2f} pages/s, gcmextract {n / t_ours:.2f} pages/s "
        f"(ratio time {t_ours / t_plain:.2f}; OCR'd pages {len(doc.ocr_pages)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ocr-pages", type=int, default=4)
    args = parser.parse_args()

    from gcmextract.ingest import read_document

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.pdf"
        repeat_pdf(CORPUS_PDF, args.pages, big)
        for label, path in (("corpus PDF", CORPUS_PDF), (f"{args.pages}+ page PDF", big)):
            t_raw = best_of(lambda p=path: raw_pdfplumber(p), args.repeat)
            t_ours = best_of(lambda p=path: read_document(p, max_bytes=1 << 31), args.repeat)
            pages = len(read_document(path, max_bytes=1 << 31).pages)
            print(
                f"{label} ({pages} pages): raw pdfplumber {t_raw:.2f}s, gcmextract {t_ours:.2f}s, "
                f"ratio {t_ours / t_raw:.2f} (target <= 1.3)"
            )
        ocr_bench(CORPUS_PDF, args.ocr_pages, Path(tmp))


if __name__ == "__main__":
    main()

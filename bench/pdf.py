"""PDF ingestion cost: gcmextract's reader vs raw pdfplumber `extract_text()` on the same pages.

Run: .venv/bin/python bench/pdf.py [--pages 100]
Measures the corpus PDF and a ~100-page PDF made by repeating its pages (pypdf, bench extra).
Target ratio (ours / raw) <= 1.3.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
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


if __name__ == "__main__":
    main()

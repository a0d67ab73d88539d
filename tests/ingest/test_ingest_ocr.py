"""OCR: an image-only PDF (a rendered document saved as page images) gives back its mentions through
Tesseract; pages with a text layer are not OCR'd; without Tesseract a clear one-line error."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.errors import InputError
from gcmextract.ingest import read_document
from gcmextract.ingest.pdf import ocr as ocr_module
from gcmextract.pipeline import extract_document
from gcmextract.schema import MENTION_FIELDS
from layout_texts import REVIEW, STATEMENT
from pdf_layouts import SYMBOL, image_only, plain_text, render
from test_ingest_pdf_layouts import _key, f1

SCANNED = STATEMENT + REVIEW  # two pages
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (`make tesseract`)"
)


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scan")
    render(SCANNED, "alternating", tmp / "text.pdf")
    image_only(tmp / "text.pdf", tmp / "scan.pdf")
    return tmp / "scan.pdf"


@pytest.mark.slow
@needs_tesseract
def test_ingest_ocr_image_only_pdf_gives_back_mentions(scan: Path, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    txt = tmp_path / "statement.txt"
    txt.write_text(plain_text(SCANNED), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    doc = read_document(scan, progress=lambda page, pages: seen.append((page, pages)))
    assert doc.ocr_pages == [1, 2] and seen == [(1, 2), (2, 2)]
    assert SYMBOL not in doc.text  # running headers go from OCR'd pages too
    ex_txt, ex_pdf = extract_document(read_document(txt), nlp=nlp), extract_document(doc, nlp=nlp)
    assert ex_pdf.document.ocr_pages == [1, 2]
    for field in MENTION_FIELDS:
        gold = Counter(_key(field, m) for m in getattr(ex_txt, field))
        pred = Counter(_key(field, m) for m in getattr(ex_pdf, field))
        assert f1(gold, pred) >= 0.97, (field, list(gold - pred)[:5], list(pred - gold)[:5])


@needs_tesseract
def test_ingest_ocr_never_and_force(scan: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text layer"):
        read_document(scan, ocr="never")
    text_pdf = tmp_path / "text.pdf"
    render(STATEMENT[:3], "alternating", text_pdf)
    assert read_document(text_pdf).ocr_pages == []
    forced = read_document(text_pdf, ocr="force")
    assert forced.ocr_pages == [1]
    assert "Secretary-General" in forced.text


def test_ingest_ocr_without_tesseract_says_how_to_install(
    scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_module, "available", lambda: False)
    with pytest.raises(InputError, match="install Tesseract.*apt-get install tesseract-ocr"):
        read_document(scan)


def test_ingest_ocr_cli_error_is_one_line_without_tesseract(scan: Path) -> None:
    exe_dir = str(Path(run_cli.__globals__["EXE"]).parent)
    proc = run_cli("text", str(scan), env={"PATH": exe_dir})
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "install Tesseract" in lines[0], proc.stderr

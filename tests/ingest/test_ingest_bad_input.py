"""Bad input: one-line error naming the file and the problem, exit 1 (2 for usage), no traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, run_cli


def _encrypted_pdf(path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption("secret-user", ownerPassword="secret-owner", strength=128)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.drawString(72, 720, "Confidential report of the Ministry of Interior")
    c.save()


def _scanned_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for y in range(100, 700, 20):
        c.rect(72, y, 400, 8, fill=1)  # only drawings: no text layer
    c.save()


def _make(case: str, tmp: Path) -> Path:
    if case == "missing":
        return tmp / "nowhere.txt"
    if case == "directory":
        (tmp / "folder").mkdir()
        return tmp / "folder"
    if case == "empty":
        (tmp / "empty.txt").write_bytes(b"")
        return tmp / "empty.txt"
    if case == "unsupported":
        (tmp / "table.xlsx").write_bytes(b"not really a spreadsheet")
        return tmp / "table.xlsx"
    if case == "truncated_pdf":
        data = (CORPUS / "canada-2021-annex.pdf").read_bytes()
        (tmp / "cut.pdf").write_bytes(data[:1500])
        return tmp / "cut.pdf"
    if case == "corrupt_pdf":
        (tmp / "bad.pdf").write_bytes(b"%PDF-1.4\n%garbage that is not a pdf\n")
        return tmp / "bad.pdf"
    if case == "encrypted_pdf":
        _encrypted_pdf(tmp / "locked.pdf")
        return tmp / "locked.pdf"
    if case == "scanned_pdf":
        _scanned_pdf(tmp / "scan.pdf")
        return tmp / "scan.pdf"
    if case == "corrupt_docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("word/document.xml", "<not-xml")
        (tmp / "broken.docx").write_bytes(buf.getvalue())
        return tmp / "broken.docx"
    if case == "binary_txt":
        (tmp / "data.txt").write_bytes(bytes(range(256)) * 20)
        return tmp / "data.txt"
    if case == "too_large":
        (tmp / "big.txt").write_text("Objective 7. " * 200, encoding="utf-8")
        return tmp / "big.txt"
    raise AssertionError(case)


CASES = {
    "missing": "no such file",
    "directory": "is a directory",
    "empty": "empty file",
    "unsupported": "unsupported file type",
    "truncated_pdf": "PDF",
    "corrupt_pdf": "corrupt",
    "encrypted_pdf": "encrypted PDF",
    "scanned_pdf": "no text layer (scanned?)",
    "corrupt_docx": "corrupt Word file",
    "binary_txt": "binary data",
    "too_large": "file too large",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_ingest_bad_input_one_line_error(case: str, tmp_path: Path) -> None:
    path = _make(case, tmp_path)
    env = {"GCMEXTRACT_MAX_BYTES": "1000"} if case == "too_large" else None
    proc = run_cli("text", str(path), env=env)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0]
    assert CASES[case] in lines[0]


def test_ingest_non_utf8_text_decoded_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "mexico.txt"
    path.write_bytes(
        "La Secretaría de Gobernación destinó 5 millones de pesos en 2021.".encode("cp1252")
    )
    proc = run_cli("text", str(path))
    assert proc.returncode == 0
    assert "Secretaría de Gobernación" in proc.stdout
    assert "warning" in proc.stderr and "cp1252" in proc.stderr


def test_ingest_max_bytes_option(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("Objective 7 " * 50, encoding="utf-8")
    assert run_cli("text", str(path), "--max-bytes", "10").returncode == 1
    assert run_cli("text", str(path), "--max-bytes", "100000").returncode == 0


def test_ingest_usage_error_exit_2() -> None:
    proc = run_cli("text")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr

"""Turn any supported file (.txt, .md, .html, .pdf, .docx) into a `Document`, or fail with one clear line."""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gcmextract.errors import InputError, UsageError
from gcmextract.ingest.document import Document
from gcmextract.settings import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES

SUPPORTED = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
_IMAGE = "an image; put it in a PDF (e.g. with img2pdf) to have it read by OCR"
UNREADABLE = {
    ".doc": "old Word format (.doc); save it as .docx or PDF",
    ".rtf": "Rich Text Format (.rtf); save it as .docx or PDF",
    ".odt": "OpenDocument text (.odt); save it as .docx or PDF",
    ".pages": "Apple Pages file; export it as .docx or PDF",
    ".wpd": "WordPerfect file; save it as .docx or PDF",
    **{ext: _IMAGE for ext in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp")},
}


def max_bytes_default() -> int:
    """The size limit: GCMEXTRACT_MAX_BYTES when set (validated, units accepted), else 50 MB."""
    from gcmextract.settings import max_bytes

    return max_bytes()


def sniff_format(data: bytes, suffix: str) -> str | None:
    """The format by content first (PDF magic, Word zip, HTML), then by extension."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        return "docx" if suffix == ".docx" else None
    fmt = SUPPORTED.get(suffix)
    if fmt == "pdf" or fmt == "docx":
        return fmt  # claims to be, but content is not: the reader reports it corrupt
    if fmt in ("txt", "md") and re.search(rb"<(html|body)\b", head, re.I):
        return "html"
    return fmt


def doc_id(path: Path) -> str:
    """A file-name-safe id from the file stem."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-") or "document"


def read_document(
    path: str | os.PathLike[str],
    max_bytes: int | None = None,
    ocr: str = "auto",
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read `path` into a `Document`; raise InputError with a one-line reason when it cannot.

    `ocr` (PDF only): auto (OCR pages without a text layer), never, or force (OCR every page);
    `progress(page, pages)` is called before each page is OCR'd."""
    p = Path(path)
    where = str(path)
    if not p.exists():
        raise InputError("no such file", where)
    if p.is_dir():
        raise InputError("is a directory, not a file (use `gcmextract batch` for folders)", where)
    if max_bytes is not None and max_bytes <= 0:
        raise UsageError(f"invalid size limit {max_bytes} (must be positive)")
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    size = p.stat().st_size
    if size == 0:
        raise InputError("empty file", where)
    if size > limit:
        raise InputError(
            f"file too large ({size:,} bytes > limit {limit:,}; see --max-bytes)", where
        )
    return read_data(p.read_bytes(), where, p.suffix.lower(), doc_id(p), limit, ocr, progress)


def read_data(
    data: bytes,
    source: str,
    suffix: str = ".txt",
    id: str | None = None,
    max_bytes: int | None = None,
    ocr: str = "auto",
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """A `Document` from bytes already in memory (standard input, a string), with the same checks and
    readers as a file; `suffix` is the format to assume when the content does not tell (text);
    `ocr` and `progress` as for `read_document`."""
    where = source
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if not data:
        raise InputError("empty input", where)
    if len(data) > limit:
        raise InputError(
            f"input too large ({len(data):,} bytes > limit {limit:,}; see --max-bytes)", where
        )
    fmt = sniff_format(data, suffix)
    if fmt is None:
        raise InputError(
            f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(sorted(SUPPORTED))})",
            where,
        )
    digest = hashlib.sha256(data).hexdigest()
    common: dict[str, Any] = {
        "id": id or doc_id(Path(source)),
        "source": where,
        "sha256": digest,
        "format": fmt,
    }
    if fmt == "pdf":
        from gcmextract.ingest.pdf import read_pdf

        if not data.lstrip().startswith(b"%PDF"):
            raise InputError("corrupt PDF (no PDF header)", where)
        pdf = read_pdf(data, where, ocr=ocr, progress=progress)
        return Document(
            text=pdf.text,
            clean=pdf.text,
            blocks=pdf.blocks,
            pages=pdf.pages,
            footnotes=pdf.footnotes,
            ocr_pages=pdf.ocr_pages,
            warnings=pdf.warnings,
            layout=pdf.layout,
            **common,
        )
    if fmt == "docx":
        from gcmextract.ingest.docx import read_docx

        text, blocks, footnotes = read_docx(data, where)
        return Document(text=text, clean=text, blocks=blocks, footnotes=footnotes, **common)
    from gcmextract.ingest.text import html_blocks, read_text

    text, clean, blocks, warnings = read_text(data, where, html=fmt == "html")
    if fmt == "html":
        blocks = html_blocks(text, clean)
    return Document(text=text, clean=clean, blocks=blocks, warnings=warnings, **common)

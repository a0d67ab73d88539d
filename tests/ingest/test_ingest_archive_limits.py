"""Word files: zip bombs refused before decompression, XML read without entities, failing parts named."""

from __future__ import annotations

import io
import resource
import zipfile
from pathlib import Path

import pytest

from gcmextract.errors import InputError
from gcmextract.ingest import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word file made with python-docx, its main part (and others) replaced."""
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("placeholder")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = document_xml.encode("utf-8")
            zf.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def _body(inner: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>'
    )


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_ingest_archive_zip_bomb_refused_in_bounded_memory(tmp_path: Path) -> None:
    # 200 MB of one character compress to about 200 KB: a ratio no real Word part has.
    bomb = _docx(
        _body(_para("Ecuador funded 12 shelters in 2022.")),
        {"word/media/pad.xml": b"<" * 200_000_000},
    )
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError, match=r"zip bomb") as info:
        read_document(path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "bomb.docx" in str(info.value)
    assert grown_mb < 100  # the part was never decompressed (it would take 200 MB)


def test_ingest_archive_total_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(_docx(_body(_para("Mexico received 300 applications.") * 200)))
    monkeypatch.setenv("GCMEXTRACT_MAX_UNZIPPED", "10KB")
    with pytest.raises(InputError, match=r"expands to more than 10,000 bytes"):
        read_document(path)
    monkeypatch.delenv("GCMEXTRACT_MAX_UNZIPPED")
    assert "Mexico received 300" in read_document(path).text


def test_ingest_archive_external_entity_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETMARKER", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = tmp_path / "xxe.docx"
    path.write_bytes(
        _docx(
            _body(
                _para("Peru reported &xxe; in 2020.") + _para("Chile hosted 40 families."), doctype
            )
        )
    )
    try:
        text = read_document(path).text
    except InputError as exc:  # refusing the file is as safe as ignoring the entity
        text = str(exc)
    assert "TOPSECRETMARKER" not in text


def test_ingest_archive_bad_footnotes_part_named(tmp_path: Path) -> None:
    data = _docx(_body(_para("Nepal opened 3 migrant resource centres.")))
    # declare a footnotes part and make it malformed
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    rel = (
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/>'
    )
    ctype = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/>'
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", ctype.encode() + b"</Types>")
            zf.writestr(info.filename, body)
        zf.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{W}"><w:footnote w:id="1">')
    path = tmp_path / "notes.docx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputError, match=r"footnotes part is not valid XML"):
        read_document(path)

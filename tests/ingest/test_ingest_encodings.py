"""Text encodings: byte-order marks honoured (UTF-8/16/32), legacy encodings detected and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.errors import InputError
from gcmextract.ingest.text import decode

SPANISH = "La Secretaría de Gobernación destinó 5 millones de pesos en 2021 a 1.200 repatriados."
RUSSIAN = (
    "Министерство иностранных дел выделило 5 миллионов рублей в 2021 году на помощь мигрантам."
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_ingest_encodings_byte_order_mark(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    data = bom + SPANISH.encode(encoding)
    text, warnings = decode(data, "x.txt")
    assert text == SPANISH
    assert warnings == []


def test_ingest_encodings_bad_utf16_after_mark_is_named() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "x.txt")


def test_ingest_encodings_cyrillic_detected_not_cp1252() -> None:
    text, warnings = decode(RUSSIAN.encode("cp1251"), "x.txt")
    assert text == RUSSIAN
    assert warnings and "cp1251" in warnings[0]


def test_ingest_encodings_western_legacy_named_cp1252() -> None:
    text, warnings = decode(SPANISH.encode("cp1252"), "x.txt")
    assert text == SPANISH
    assert warnings and "cp1252" in warnings[0]


def test_ingest_encodings_utf16_file_extracts(tmp_path: Path) -> None:
    path = tmp_path / "mexico.txt"
    path.write_bytes(("Mexico " + SPANISH).encode("utf-16"))
    proc = run_cli("text", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "Secretaría de Gobernación" in proc.stdout

"""Settings: sizes with units and timeouts are validated; a bad value is a usage error (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.errors import UsageError
from gcmextract.settings import parse_seconds, parse_size


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1000", 1000),
        ("50MB", 50_000_000),
        ("64 MiB", 64 * 1024**2),
        ("1.5GB", 1_500_000_000),
        (7, 7),
    ],
)
def test_settings_size_units(value: str | int, expected: int) -> None:
    assert parse_size(value) == expected


@pytest.mark.parametrize("value", ["-5", "0", "abc", "5XB", "", "1e9", "-1MB"])
def test_settings_size_rejected(value: str) -> None:
    with pytest.raises(UsageError):
        parse_size(value, "$GCMEXTRACT_MAX_BYTES")


@pytest.mark.parametrize(
    ("value", "expected"), [("300", 300.0), ("90s", 90.0), ("5m", 300.0), ("2.5", 2.5)]
)
def test_settings_seconds(value: str, expected: float) -> None:
    assert parse_seconds(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["0", "-3", "soon", "5d"])
def test_settings_seconds_rejected(value: str) -> None:
    with pytest.raises(UsageError):
        parse_seconds(value)


def test_settings_bad_environment_is_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Objective 7 in 2021.", encoding="utf-8")
    proc = run_cli("text", str(path), env={"GCMEXTRACT_MAX_BYTES": "-5"})
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "GCMEXTRACT_MAX_BYTES" in proc.stderr and "Traceback" not in proc.stderr
    assert run_cli("text", str(path), env={"GCMEXTRACT_MAX_BYTES": "1KB"}).returncode == 0
    assert run_cli("text", str(path), "--max-bytes", "10").returncode == 1


def test_settings_bad_timeout_option_is_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Objective 7 in 2021.", encoding="utf-8")
    proc = run_cli("extract", str(path), "--timeout", "-1")
    assert proc.returncode == 2 and "--timeout" in proc.stderr

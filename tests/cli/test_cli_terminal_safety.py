"""Document text printed to a terminal is escaped: rich markup is shown literally and control
sequences (ESC, OSC) are removed."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli


def test_cli_heading_with_markup_and_escape_prints_safely(tmp_path: Path) -> None:
    doc = tmp_path / "GHA_77_2022.md"
    doc.write_text(
        "# Plan [/bold] of [bold]Action\x1b]0;pwned\x07 for 2022\n\n"
        "In 2022 the Ghana Immigration Service [red]registered\x1b[2J 1,200 returnees.\n",
        encoding="utf-8",
    )
    proc = run_cli("extract", str(doc), "-o", str(tmp_path / "out.json"))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "MarkupError" not in proc.stderr
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr
    assert "[/bold] of [bold]Action" in proc.stderr.replace("\n", " ")
    proc = run_cli("text", str(doc))
    assert proc.returncode == 0 and "\x1b" not in proc.stdout and "[red]registered" in proc.stdout

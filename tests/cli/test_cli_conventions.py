"""The same command-line conventions on every command: -o/--output, --quiet/--verbose, one-line usage
errors, `-` for standard input, several files or a glob on extract, `extract -o DIR`, environment
variables in --help, --version, and the old option spellings still accepted."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from gcmextract import __version__
from gcmextract.cli import main
from gcmextract.cli.app import ENVIRONMENT
from gcmextract.schema import Extraction


def _leaf_commands() -> list[list[str]]:
    """Every command of the CLI, found in the command tree (so a new command is checked too)."""
    from typer.main import get_command

    from gcmextract.cli import app

    out: list[list[str]] = []

    def walk(command, path: list[str]) -> None:  # type: ignore[no-untyped-def]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in sorted(subcommands.items()):
                walk(sub, [*path, name])
        else:
            out.append(path)

    walk(get_command(app), [])
    return out


COMMANDS = _leaf_commands()
REVIEW = (
    "Philippines: GCM review\n\n"
    "In 2022 the Department of Migrant Workers and IOM helped 3,400 returning workers with PHP 80 "
    "million, and remittance fees fell below 3 per cent.\n"
)


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_cli_every_command_has_output_quiet_verbose(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _main([*command, "--help"], capsys)
    assert code == 0
    for flag in ("-o", "--output", "-q", "--quiet", "-v", "--verbose"):
        assert re.search(rf"(^|[\s,]){re.escape(flag)}\b", out), (
            f"`gcmextract {' '.join(command)}` lacks {flag} (CONTRIBUTING.md, command-line conventions)"
        )


def test_cli_command_tree_is_complete() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {"text", "extract", "schema", "eval", "batch", "export", "report"} <= names
    assert {"train objectives", "gold draft", "gold import", "gold agree"} <= names


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--no-such-flag", "x.txt"],
        ["extract"],
        ["batch", "folder"],
        ["text", "a.txt", "--max-bytes", "many"],
        ["frobnicate"],
    ],
)
def test_cli_usage_errors_are_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(args, capsys)
    assert code == 2 and not out
    assert len(err.strip().splitlines()) == 1 and err.startswith("gcmextract: error: ")


def test_cli_help_documents_environment_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _main(["--help"], capsys)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert code == 0
    for name in ("GCMEXTRACT_MODELS", "GCMEXTRACT_MAX_BYTES"):
        assert name in ENVIRONMENT and name in out and name in readme
    assert _main(["--version"], capsys)[1].split() == ["gcmextract", __version__]


def test_cli_old_spellings_are_hidden_aliases(capsys: pytest.CaptureFixture[str]) -> None:
    for command, old in (
        (["batch"], "--out"),
        (["train", "objectives"], "--out"),
    ):
        out = _main([*command, "--help"], capsys)[1]
        assert not re.search(rf"{old}\b", out), (command, old)
    code, _, err = _main(["batch", "/nonexistent-folder", "--out", "x"], capsys)
    assert code == 1 and "not a folder" in err  # --out was accepted as the output folder


def test_cli_text_reads_standard_input_and_writes_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REVIEW.encode())))
    code, out, _ = _main(["text", "-"], capsys)
    assert code == 0 and out.startswith("Philippines: GCM review\n\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = _main(["text", "-", "-o", str(tmp_path / "t.txt")], capsys)
    assert code == 1 and err == "gcmextract: error: <stdin>: empty input\n"
    assert not (tmp_path / "t.txt").exists()


def test_cli_extract_stdin_several_files_and_output_folder(tmp_path: Path) -> None:
    (tmp_path / "phl-2022.txt").write_text(REVIEW, encoding="utf-8")
    (tmp_path / "phl-2023.txt").write_text(REVIEW.replace("2022", "2023"), encoding="utf-8")
    (tmp_path / "phl-2023.md").write_text(REVIEW, encoding="utf-8")

    piped = run_cli("extract", "-", input=REVIEW, cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    data = Extraction.model_validate_json(piped.stdout)
    assert data.document.source == "<stdin>" and data.document.country == "Philippines"
    assert any(a.currency == "PHP" for a in data.amounts)

    out = tmp_path / "out"
    out.mkdir()
    proc = run_cli("extract", "phl-*.txt", "phl-2023.md", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == [  # named as batch names them
        "phl-2022.txt.json",
        "phl-2023.md.json",
        "phl-2023.txt.json",
    ]
    assert (
        Extraction.model_validate_json((out / "phl-2023.txt.json").read_bytes()).dates[0].value
        == "2023"
    )

    lines = run_cli("extract", "phl-2022.txt", "missing.txt", cwd=tmp_path)
    assert lines.returncode == 1
    assert lines.stderr.strip() == "gcmextract: error: missing.txt: no such file"
    assert [json.loads(line)["document"]["id"] for line in lines.stdout.splitlines()] == [
        "phl-2022"
    ]

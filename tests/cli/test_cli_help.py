"""Every command's --help reads like a CLI (FILE..., plain flags, listed choices), never like Python
(no type names, no `[default: None]`), and an option used in several commands means the same."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from gcmextract.cli import app
from gcmextract.cli.options import OUTPUT_RULE

PYTHON_LOOK = re.compile(
    r"<(?:str|int|float|bool|path|list\[[^\]]*\])>|list\[|\{[a-z_]+\}|\[default: None\]|"
    r"\bNoneType\b|\bOptional\["
)


def _commands() -> list[tuple[list[str], Any]]:
    # typer may bring its own copy of click: commands and parameters are read by duck typing
    root = typer.main.get_command(app)
    found: list[tuple[list[str], Any]] = []

    def walk(cmd: Any, path: list[str]) -> None:
        found.append((path, cmd))
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])

    walk(root, [])
    return found


COMMANDS = _commands()
COMMANDS_BY_NAME = [(" ".join(p), c) for p, c in COMMANDS]


def _option(param: Any) -> bool:
    return bool(param.param_type_name == "option")


def test_every_command_is_found() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"extract", "batch", "export", "query", "report", "eval", "gold agree"} <= names


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "root")
def test_help_has_no_python_type_names(path: list[str]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert not PYTHON_LOOK.findall(result.output), result.output


def test_flags_take_no_value_and_choices_are_listed() -> None:
    for path, cmd in COMMANDS:
        for param in cmd.params:
            if _option(param) and param.is_flag:
                assert not param.metavar, (path, param.name)
            if _option(param) and param.name in ("ocr", "fmt"):
                assert getattr(param.type, "choices", None), (path, param.name)
    out = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).output
    assert "[auto|never|force]" in out and "FILE..." in out


def test_an_option_means_the_same_in_every_command() -> None:
    meaning: dict[str, set[str]] = {}
    for _, cmd in COMMANDS:
        for param in cmd.params:
            if _option(param) and not param.hidden:
                for opt in param.opts:
                    meaning.setdefault(opt, set()).add(" ".join((param.help or "").split()))
    # -o/--output says where the one output goes; its help names what is written, so only the
    # rule for reading it must be common
    shared = {
        o: h
        for o, h in meaning.items()
        if len(h) > 1 and o not in ("-o", "--output", "-f", "--format")
    }
    assert not shared, shared
    rule = " ".join(OUTPUT_RULE.split())
    outputs = {h for o, hs in meaning.items() if o == "--output" for h in hs}
    assert len(outputs) > 3
    for h in outputs:  # every -o is read by the same rule, stated in its help
        assert rule in h, h


README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_rows() -> dict[str, str]:
    """The CLI reference table of the README: command path -> its row."""
    rows: dict[str, str] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        for usage in re.findall(
            r"`gcmextract ((?:[a-z]+ ?)+)[^`]*`", line if line.startswith("| `") else ""
        ):
            rows[usage.strip()] = line
    return rows


@pytest.mark.parametrize(
    "path", [p for p, c in COMMANDS if p and not hasattr(c, "commands")], ids=" ".join
)
def test_readme_cli_reference_matches_help(path: list[str]) -> None:
    rows = _readme_rows()
    name = " ".join(path)
    key = next((k for k in rows if k == name or k.startswith(name + " ")), None)
    assert key is not None, f"README's CLI reference has no row for `gcmextract {name}`"
    row = rows[key]
    usage = next(u for u in re.findall(r"`gcmextract ([^`]*)`", row) if u.startswith(name))
    cmd = dict(COMMANDS_BY_NAME)[name]
    options = {
        o for p in cmd.params if _option(p) and not p.hidden for o in p.opts if o.startswith("--")
    }
    options.discard("--help")
    written = set(re.findall(r"(--[a-z][a-z0-9-]*)", usage))
    assert written <= options, f"README names options `{name}` does not have: {written - options}"
    long_forms = {o for o in options if o not in ("--quiet", "--verbose", "--output")}
    assert long_forms <= written | {"--output"}, f"README misses {long_forms - written}"

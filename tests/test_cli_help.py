"""Every command's --help reads like a CLI (FILE..., plain flags, listed choices), never like Python
(no type names, no `[default: None]`), and an option used in several commands means the same."""

from __future__ import annotations

import re
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

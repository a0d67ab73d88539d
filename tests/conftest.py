"""Shared fixtures: repository paths and one loaded pipeline per test session."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CANADA_TXT = CORPUS / "canada-2021-annex.txt"
GOLD = CORPUS / "gold" / "canada-2021-annex.gold.json"
EXE = str(Path(sys.executable).parent / "gcmextract")
PLUGINS = Path(__file__).resolve().parent / "plugins"  # sitecustomize: test hooks for subprocesses
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: a test of many seconds (a process, a browser, OCR or training); run first"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the slow tests first (order otherwise kept), so that with two workers no long test
    starts last while the other worker has nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from gcmextract.pipeline import build_nlp

    return build_nlp()


# Commands run inside the test process by `run_cli` (their pipeline and models loaded once per test
# worker, not once per call); `batch` (worker processes, signal handlers) always runs in a process.
IN_PROCESS = frozenset({"extract", "export", "query", "eval", "report", "review", "text", "gold"})


def run_cli(
    *args: str,
    cwd: Path = ROOT,
    env: dict | None = None,
    input: str | None = None,
    process: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run `gcmextract ARGS` (`input`: its standard input) and return its exit code and output.

    Commands of IN_PROCESS run in this process through the console script's own entry point
    (`gcmextract.cli.main`, with its error handling), standard streams and working folder swapped
    for the call; the installed console script runs in a new process for the others, with `env`,
    with `process=True`, or for every call when GCMEXTRACT_TEST_PROCESS=1."""
    here = args and args[0] in IN_PROCESS and not process and env is None
    if here and os.environ.get("GCMEXTRACT_TEST_PROCESS") != "1":
        return _run_here(list(args), cwd, input)
    return subprocess.run(
        [EXE, *args],
        capture_output=True,
        text=True,
        input=input,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    """A text stream over bytes, with `.buffer` as a real standard stream has."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    """What was written to `stream`, read as `subprocess.run(text=True)` reads a pipe."""
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _run_here(args: list[str], cwd: Path, input: str | None) -> subprocess.CompletedProcess[str]:
    """`gcmextract ARGS` run by its entry point in this process (see run_cli)."""
    import importlib
    import warnings

    from gcmextract.cli import main

    # as a new process starts (the module, not the typer app of the same name in gcmextract.cli)
    importlib.import_module("gcmextract.cli.app").VERBOSITY = 1
    out, err = _stream(), _stream()
    saved, folder = (sys.stdin, sys.stdout, sys.stderr), os.getcwd()
    code = 0
    try:
        os.chdir(cwd)
        sys.stdin, sys.stdout, sys.stderr = _stream((input or "").encode("utf-8")), out, err
        with warnings.catch_warnings():
            warnings.simplefilter("default")  # as in a new process: warnings printed, not raised
            main(args)
    except SystemExit as exc:
        if isinstance(exc.code, str):  # sys.exit("message"): printed, exit 1
            print(exc.code, file=sys.stderr)
        code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        os.chdir(folder)
    return subprocess.CompletedProcess([EXE, *args], code, _text(out), _text(err))


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM of `page` after its scripts ran, from headless Chromium (offline, network cut)."""
    assert Path(CHROMIUM).exists(), (
        "Chromium is required: `make test` installs Debian's chromium package"
    )
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            # no network: every host name fails to resolve and every request goes to a dead proxy
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout

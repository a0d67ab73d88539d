"""Shared fixtures: repository paths and one loaded pipeline per test session."""

from __future__ import annotations

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


def run_cli(
    *args: str, cwd: Path = ROOT, env: dict | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed `gcmextract` console script (`input`: its standard input)."""
    return subprocess.run(
        [EXE, *args],
        capture_output=True,
        text=True,
        input=input,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


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

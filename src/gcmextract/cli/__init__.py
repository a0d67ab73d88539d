"""Command-line interface: thin typer commands over the library functions (spaCy is imported lazily)."""

from __future__ import annotations

from gcmextract.cli import (  # noqa: F401  (each module registers its commands)
    batch,
    evaluate,
    export,
    extract,
    report,
    text,
    train,
)
from gcmextract.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app()

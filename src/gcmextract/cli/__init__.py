"""Command-line interface: thin typer commands over the library functions (spaCy is imported lazily)."""

from __future__ import annotations

from gcmextract.cli import (  # noqa: F401  (each module registers its commands)
    batch,
    evaluate,
    export,
    extract,
    gold,
    report,
    text,
    train,
)
from gcmextract.cli.app import app


def main() -> None:
    """Console-script entry point: a closed pipe ends quietly, an interrupt exits 130, and an
    unexpected failure is still one line on stderr, never a traceback."""
    import os
    import sys

    try:
        app()
    except BrokenPipeError:  # `gcmextract text FILE | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        print("gcmextract: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # a bug must still not print a traceback
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(
            f"gcmextract: error: internal error: {type(exc).__name__}: {message}", file=sys.stderr
        )
        sys.exit(1)

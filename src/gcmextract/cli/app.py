"""The typer application object shared by the command modules, and the one-line error handler."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer

from gcmextract.errors import GcmError
from gcmextract.version import __version__

# Environment variables every command honours (also listed in the README).
ENVIRONMENT = {
    "GCMEXTRACT_MODELS": "folder of trained classifiers to use instead of the packaged ones",
    "GCMEXTRACT_MAX_BYTES": "size limit of an input in bytes (default 50 MB; --max-bytes overrides)",
    "NO_COLOR": "no colour in tables and progress bars",
}

app = typer.Typer(
    name="gcmextract",
    help=(
        "Extract GCM objectives, amounts, dates and organisations from country submissions "
        "on the Global Compact for Migration (txt, md, html, pdf, docx) into JSON."
    ),
    epilog="Environment: "
    + "; ".join(f"{name}: {what}" for name, what in ENVIRONMENT.items())
    + ".",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gcmextract {__version__}")
        raise typer.Exit()


@app.callback()
def root(  # noqa: D103 (a docstring here would replace the CLI's help text)
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_version,
        is_eager=True,
        help="Print the version and exit.",
    ),
) -> None:
    pass


# How much a command says on stderr: 0 errors only (--quiet), 1 warnings and summaries, 2 progress
# and timings too (--verbose). Errors are always printed.
VERBOSITY = 1


def set_verbosity(quiet: bool, verbose: bool) -> None:
    """Set what this command prints on stderr from its --quiet/--verbose flags."""
    global VERBOSITY
    if quiet and verbose:
        from gcmextract.errors import UsageError

        raise UsageError("--quiet and --verbose exclude each other")
    VERBOSITY = 0 if quiet else 2 if verbose else 1


def loud() -> bool:
    """Whether summaries and warnings are wanted (not --quiet)."""
    return VERBOSITY >= 1


def warn(message: str) -> None:
    """A warning line on stderr (silenced by --quiet)."""
    if VERBOSITY >= 1:
        print(f"gcmextract: warning: {message}", file=sys.stderr)


def info(message: str) -> None:
    """A progress line on stderr (only with --verbose)."""
    if VERBOSITY >= 2:
        print(f"gcmextract: {message}", file=sys.stderr, flush=True)


F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> None:
    """Print one error line to stderr (control characters from file names removed) and exit."""
    from gcmextract.sanitize import strip_controls

    print(f"gcmextract: error: {strip_controls(message)}", file=sys.stderr)
    raise typer.Exit(code)


def friendly(func: F) -> F:
    """Turn GcmError (and OS errors) raised by a command into one error line and an exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GcmError as exc:
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            raise
        except OSError as exc:
            fail(f"{exc.filename or ''}: {exc.strerror or exc}".strip(": "), 1)

    return wrapper  # type: ignore[return-value]

"""The typer application object shared by the command modules, and the one-line error handler."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer

from gcmextract.errors import GcmError

app = typer.Typer(
    name="gcmextract",
    help=(
        "Extract GCM objectives, amounts, dates and organisations from country submissions "
        "on the Global Compact for Migration (txt, md, html, pdf, docx) into JSON."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

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

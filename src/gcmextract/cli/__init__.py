"""Command-line interface: thin typer commands over the library functions (spaCy is imported lazily)."""

from __future__ import annotations

from gcmextract.cli import (  # noqa: F401  (each module registers its commands)
    batch,
    evaluate,
    export,
    extract,
    gold,
    query,
    report,
    review,
    text,
    train,
)
from gcmextract.cli.app import app


def main(args: list[str] | None = None) -> None:
    """Console-script entry point: a usage error is one line (exit 2), a closed pipe ends quietly, an
    interrupt exits 130, and an unexpected failure is still one line on stderr, never a traceback."""
    import os
    import sys

    import typer
    from typer.main import get_command

    command = get_command(app)
    try:
        code = command.main(args=args, prog_name="gcmextract", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except BrokenPipeError:  # `gcmextract text FILE | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except (KeyboardInterrupt, typer.Abort):
        print("gcmextract: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `gcmextract` or `gcmextract train` alone
            typer.echo(exc.ctx.get_help())  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click usage errors
            message = " ".join(exc.format_message().split())
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx and exc.exit_code == 2 else ""
            print(f"gcmextract: error: {message}{hint}", file=sys.stderr)
            sys.exit(exc.exit_code)
        # a bug must still not print a traceback
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(
            f"gcmextract: error: internal error: {type(exc).__name__}: {message}", file=sys.stderr
        )
        sys.exit(1)

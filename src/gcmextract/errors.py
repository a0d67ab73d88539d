"""User-facing errors: one exception type whose message is the one-line error the CLI prints."""

from __future__ import annotations


class GcmError(Exception):
    """An error caused by the input or the usage, reported as one line without a traceback."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(GcmError):
    """The input file cannot be read as a submission (missing, empty, corrupt, encrypted, ...)."""


class UsageError(GcmError):
    """The command was called wrongly."""

    exit_code = 2

"""Limits read from options and the environment (sizes with units, timeouts), validated once: a bad
value is a usage error, never silently ignored or turned into an impossible limit."""

from __future__ import annotations

import os
import re

from gcmextract.errors import UsageError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 300.0
# Uncompressed size of all the parts of a Word file together, and the largest compression ratio
# of one part (XML compresses ~5-20x; a zip bomb 1000x and more).
DEFAULT_MAX_UNZIPPED = 500 * 1024 * 1024
MAX_ZIP_RATIO = 200

_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1000,
    "m": 1000**2,
    "mb": 1000**2,
    "g": 1000**3,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", re.I)
_SECONDS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*", re.I)


def parse_size(value: str | int, what: str = "size") -> int:
    """Bytes from `50000000`, `50MB`, `50 MiB`, `1.5GB`; a positive whole number of bytes or a
    UsageError naming `what`."""
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    else:
        m = _SIZE.fullmatch(str(value))
        unit = m.group(2).lower() if m else ""
        if not m or unit not in _UNITS:
            raise UsageError(
                f"invalid {what} {str(value)!r} (expected a positive size such as 50000000, 50MB or 64MiB)"
            )
        n = int(float(m.group(1)) * _UNITS[unit])
    if n <= 0:
        raise UsageError(f"invalid {what} {str(value)!r} (must be positive)")
    return n


def parse_seconds(value: str | float, what: str = "timeout") -> float:
    """Seconds from `300`, `2.5`, `90s`, `5m`, `1h`; positive, or a UsageError naming `what`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        n = float(value)
    else:
        m = _SECONDS.fullmatch(str(value))
        if not m:
            raise UsageError(
                f"invalid {what} {str(value)!r} (expected positive seconds such as 300, 90s or 5m)"
            )
        scale = {"m": 60, "min": 60, "h": 3600}.get((m.group(2) or "s").lower(), 1)
        n = float(m.group(1)) * scale
    if not n > 0:
        raise UsageError(f"invalid {what} {str(value)!r} (must be positive)")
    return n


def env_size(name: str, default: int) -> int:
    """A size from environment variable `name` (validated), else `default`."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return parse_size(value, f"${name}")


def env_seconds(name: str, default: float) -> float:
    """Seconds from environment variable `name` (validated), else `default`."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return parse_seconds(value, f"${name}")


def max_bytes() -> int:
    """The input size limit: $GCMEXTRACT_MAX_BYTES, else 50 MB."""
    return env_size("GCMEXTRACT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_unzipped() -> int:
    """The limit on a Word file's uncompressed parts: $GCMEXTRACT_MAX_UNZIPPED, else 500 MB."""
    return env_size("GCMEXTRACT_MAX_UNZIPPED", DEFAULT_MAX_UNZIPPED)


def timeout() -> float:
    """The per-document time budget: $GCMEXTRACT_TIMEOUT, else 300 s."""
    return env_seconds("GCMEXTRACT_TIMEOUT", DEFAULT_TIMEOUT)

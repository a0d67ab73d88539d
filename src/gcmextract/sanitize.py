"""Make hostile document text harmless where it leaves gcmextract: spreadsheet cells (no formulas),
XLSX (no characters the format forbids) and terminals (no markup, no control sequences)."""

from __future__ import annotations

import re
from typing import Any

# OWASP CSV injection guidance: cells starting with these are read as formulas by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# C0 controls except tab and newline, DEL and the C1 controls (ESC/CSI/OSC sequences start here).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters XML 1.0 (hence XLSX) cannot hold: C0 controls except tab, newline and carriage
# return, lone surrogates and the two non-characters U+FFFE and U+FFFF.
_XLSX_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def neutralise_formula(value: Any) -> Any:
    """`value` with a `'` in front when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def xlsx_text(value: str) -> str:
    """`value` without the characters an XLSX file cannot store."""
    return _XLSX_FORBIDDEN.sub("", value)


def strip_controls(text: str) -> str:
    """`text` without control characters (tab and newline kept) and with lone surrogates (from
    undecodable file names) shown as `?`, so that it can be printed to any terminal."""
    text = _CONTROLS.sub("", text)
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text


def terminal_text(text: str) -> str:
    """Document text made safe to print through rich: controls stripped, markup escaped."""
    from rich.markup import escape

    return escape(strip_controls(text))


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)

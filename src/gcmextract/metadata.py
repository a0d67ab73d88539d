"""STUB: document language and reporting period (to be implemented)."""

from __future__ import annotations

from gcmextract.schema import DateMention


def detect_language(text: str) -> str | None:
    return "en"


def detect_period(text: str, dates: list[DateMention]) -> str | None:
    return None

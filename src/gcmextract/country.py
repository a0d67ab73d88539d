"""STUB: country detection and names (to be implemented)."""

from __future__ import annotations


def detect_country(text: str) -> str | None:
    return None


def country_name(iso3: str) -> str:
    return iso3


def resolve_country(value: str) -> str:
    return value.upper()

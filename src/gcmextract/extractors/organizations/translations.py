"""Spanish and French names and acronyms of gazetteer organisations (gazetteer_translations.json),
added as aliases so that a mention in any of the three languages gets the one English canonical."""

from __future__ import annotations

import json
from importlib import resources


def with_translations(rows: list) -> list:
    """Gazetteer rows with their Spanish and French names and acronyms added, plus the
    organisations only the translations file lists, in the same row format."""
    data = json.loads(
        resources.files(__package__).joinpath("gazetteer_translations.json").read_text("utf-8")
    )
    extra = data["translations"]
    out = []
    for canonical, acrs, typ, aliases in rows:
        more = extra.get(canonical, {})
        names = [*aliases, *more.get("es", []), *more.get("fr", [])]
        out.append([canonical, [*acrs, *more.get("acronyms", [])], typ, names])
    return out + data["new"]

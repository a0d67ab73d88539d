"""Countries: names and ISO codes (data/countries.json), found in a text or a file name (the
submitting state is told apart by `gcmextract.resources.submitter`; currencies are read through
`gcmextract.resources.currency`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from gcmextract.errors import UsageError
from gcmextract.resources.lexicon import load_json
from gcmextract.resources.scan import guarded_finditer, unguarded


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    return load_json("gcmextract.resources.data", "countries.json")


def _unaccented(name: str) -> str:
    """`name` without its accents (Türkiye -> Turkiye, São Tomé -> Sao Tome)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _variants(name: str) -> set[str]:
    """A name with its common spellings: "Saint"/"St."/"St", "and"/"&", straight/curly apostrophe,
    without accents."""
    out = {name, _unaccented(name)}
    out |= {n.replace("'", "’") for n in out} | {n.replace("’", "'") for n in out}
    if name.startswith("Saint "):
        out |= {"St. " + name[6:], "St " + name[6:]}
    for n in list(out):
        if " and " in n:
            out.add(n.replace(" and ", " & "))
        if " & " in n:
            out.add(n.replace(" & ", " and "))
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for row in _rows():
        for key in (row["alpha2"], row["alpha3"], row["name"]):
            index.setdefault(key.lower(), row)
        for name in (row["name"], *row["names"], *row.get("names_other", [])):
            for key in _variants(name):
                index.setdefault(key.lower(), row)
    return index


def _findable(name: str, ignore_case: bool) -> bool:
    """Whether a name is looked for in running text: not an inverted form ("Korea, Republic of"),
    and an abbreviation (UAE, DPRK, UK) only where case tells it from a word."""
    if "," in name:
        return False
    if name.upper() == name:
        return not ignore_case and len(name) >= 2
    return len(name) > 3


@lru_cache(maxsize=2)
def _name_pattern(ignore_case: bool = False) -> re.Pattern[str]:
    names = {
        v
        for r in _rows()
        for n in (r["name"], *r["names"], *r.get("names_other", []))
        if _findable(n, ignore_case)
        for v in _variants(n)
    }
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alt})(?![\w-])", re.I if ignore_case else 0)


@lru_cache(maxsize=1)
def _names_first() -> re.Pattern[str]:
    """The case-sensitive name pattern without its guard: `guarded_finditer` finds its matches."""
    return unguarded(_name_pattern())


def find_countries(text: str, ignore_case: bool = False) -> Iterator[tuple[str, int, int]]:
    """Every country name in `text`: (ISO alpha-3, start, end), in order; `ignore_case` for a text
    written in capitals (abbreviations such as UAE are then not looked for)."""
    index = _index()
    found = (
        _name_pattern(True).finditer(text)
        if ignore_case
        else guarded_finditer(_names_first(), text)
    )
    for m in found:
        yield index[m.group(1).lower()]["alpha3"], m.start(), m.end()


def country_name(iso3: str) -> str:
    """English short name of an ISO alpha-3 code (the code itself when unknown)."""
    row = _index().get(iso3.lower())
    return row["name"] if row else iso3


def record(code: str) -> dict | None:
    """The data row of a country by name or ISO code (case-insensitive), or None when unknown."""
    return _index().get(code.lower())


def iso3_of(name: str) -> str | None:
    """ISO alpha-3 of a country name or code (case-insensitive), or None when unknown."""
    row = _index().get(name.strip().lower())
    return row["alpha3"] if row else None


def resolve_country(value: str) -> str:
    """ISO alpha-3 for a country name, alpha-2 or alpha-3 (case-insensitive); UsageError if unknown."""
    row = _index().get(value.strip().lower())
    if row is None:
        raise UsageError(f"unknown country '{value}' (use a name or an ISO 3166 code)")
    return row["alpha3"]


def country_from_filename(path: str | Path) -> str | None:
    """ISO alpha-3 read from a file name such as CAN_76_2021.txt or mexico-2022-review.pdf."""
    stem = Path(path).stem
    index = _index()
    parts = [p for p in re.split(r"[_\-\s.]+", stem) if p]
    for part in parts:  # codes first: CAN_76_2021
        if len(part) == 3 and part.isupper() and part.lower() in index:
            return index[part.lower()]["alpha3"]
    spaced = " ".join(parts)
    m = _name_pattern().search(spaced.title()) or _name_pattern().search(spaced)
    if m:
        return index[m.group(1).lower()]["alpha3"]
    for part in parts:
        if part.lower() in index and len(part) > 3:
            return index[part.lower()]["alpha3"]
    return None


_INVERTED = re.compile(r"(?P<short>[^,]+),\s+(?:The\s+)?(?P<formal>.+\s(?:of|of the))")


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every name of every country, English, Spanish and French (places are not organisations);
    a name listed inverted ("Micronesia, Federated States of") in its written order too."""
    names = [n for r in _rows() for n in (*r["names"], *r.get("names_other", []))]
    written = (_INVERTED.fullmatch(n) for n in names if "," in n)
    return frozenset(
        [n for n in names if "," not in n]
        + [f"{m.group('formal')} {m.group('short')}" for m in written if m]
    )

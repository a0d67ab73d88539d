"""Canonicalisation: one full name, acronym and type per organisation mention."""

from __future__ import annotations

import re

from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.lexicon import (
    Entry,
    lookup,
    name_key,
    norm_space,
    org_type,
)
from gcmextract.schema import Organization

_POSSESSIVE_PLACE = re.compile(r"([A-Z][\w]+(?:\s+[A-Z][\w]+)?)['’]s\s+$")
_OFFICE_PLACE = re.compile(r"\s+(?:in|en|au|aux|à)\s+(.+)$")


def _entry(name: str, ctx: Context) -> Entry | None:
    """The gazetteer entry of a name, or of the body whose country office or network it names
    ("Sistema de las Naciones Unidas en Paraguay" -> United Nations System), as "IOM Egypt"."""
    entry = lookup(name)
    office = _OFFICE_PLACE.search(name)
    if entry is None and office and office.group(1).lower() in ctx.places:
        entry = lookup(name[: office.start()])
    return entry


def to_organization(c: Candidate, ctx: Context) -> Organization:
    """The output mention of a chosen candidate: canonical from the candidate, the gazetteer or the
    name itself; a possessive place before it qualifies it ("Ontario's Ministry of Health")."""
    text = ctx.text
    name = norm_space(text[c.start : c.end])
    entry = _entry(name, ctx)
    canonical = c.canonical or (entry[0] if entry else name)
    typ = c.type or (entry[2] if entry else None)
    acronym = c.acronym or ctx.acronyms.acronym_of(canonical)
    pm = _POSSESSIVE_PLACE.search(text[max(0, c.start - 40) : c.start])
    if pm and pm.group(1).lower() in ctx.places and canonical == name:
        canonical = f"{pm.group(1)} {name}"
    return Organization(
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        canonical=canonical,
        acronym=acronym,
        type=org_type(canonical, typ),  # type: ignore[arg-type]
    )


def unify_variants(orgs: list[Organization]) -> None:
    """One canonical name per organisation in a document: canonicals that differ only in case,
    spacing, apostrophes or British/American spelling take the first one's form."""
    first: dict[str, str] = {}
    for o in orgs:
        o.canonical = first.setdefault(name_key(o.canonical), o.canonical)

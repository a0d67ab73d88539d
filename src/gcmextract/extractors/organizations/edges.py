"""Boundary fixes at a candidate's edges: an adjective made of a name ("African Union-led",
"Security Council- and African Union-authorized"), a preposition left before it ("President in
Office of ..."), and the pronoun "I" after it ("whose Authority ... I have the honour to chair")."""

from __future__ import annotations

import re

from gcmextract.extractors.organizations.adjectives import adjective_parts
from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.lexicon import lookup, vocab

_LEADING_PREPOSITION = re.compile(r"(?:in|of|for|on|at|by|to|and)[^\S\n]+(?=[A-Z])")
_TRAILING_PRONOUN = re.compile(r"[^\S\n]+I$")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def fix_edges(c: Candidate, ctx: Context) -> str | None:
    """Keep the first name of an adjective made of names, and drop a trailing pronoun "I" before a
    verb ("... Government I have the honour"; "Working Group I report" keeps its numeral)."""
    c.start, c.end = adjective_parts(ctx.text, c.start, c.end)[0]
    pronoun = _TRAILING_PRONOUN.search(ctx.text, c.start, c.end)
    after = re.match(r"[^\S\n]+([a-z]+)", ctx.text[c.end : c.end + 20])
    if pronoun and after and after.group(1) in set(vocab()["pronoun_verbs"]):
        c.end = pronoun.start()
    return None


def fix_leading_preposition(c: Candidate, ctx: Context) -> str | None:
    """Drop a preposition left at the start once a title before it is cut ("President in Office
    of the Organisation of ..." -> "Office of the Organisation of ...")."""
    lead = _LEADING_PREPOSITION.match(ctx.text, c.start, c.end)
    if lead:
        c.start = lead.end()
    return None


def reject_region(c: Candidate, ctx: Context) -> str | None:
    """A region named by compass words and places ("Central and Southern Africa", "West Africa")."""
    v = vocab()
    compass = set(v["compass_words"])
    words = ctx.text[c.start : c.end].split()
    known = compass | set(v["region_words"])
    regional = all(w in known or w.lower() in ctx.places for w in words)
    return "region" if regional and any(w in compass for w in words) else None


def reject_known_list(c: Candidate, ctx: Context) -> str | None:
    """A list of names the gazetteer knows is no one name ("United Nations, African Union,
    European Union"): each is its own mention."""
    parts = [p for p in _LIST_SPLIT.split(ctx.text[c.start : c.end]) if p.strip()]
    return "list-of-names" if len(parts) > 1 and all(lookup(p.strip()) for p in parts) else None

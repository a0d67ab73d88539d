"""Acronym linking after overlap resolution: a name that ends in its own acronym is split in two,
and a name restated in brackets (a translation, the other language) shares the first one's canonical."""

from __future__ import annotations

import re

from gcmextract.extractors.organizations.candidates import Candidate
from gcmextract.extractors.organizations.filters import trim
from gcmextract.extractors.organizations.lexicon import lookup, norm_space, words_of

_TRAILING_ACRONYM = re.compile(r"\s+([A-Z]{3,12})$")
_JOINED = re.compile(r"\s+(?:and|&|y|et|or)$|,$")  # "X and NATO", "X, ONUSIDA": two bodies
# a name ending "of the ACRONYM" / "de la CEDEAO" holds the acronym's body inside it, one ending
# "in the DRC" / "en RDC" the acronym's place: one mention
_NESTED = re.compile(
    r"\s(?:of|for|of the|de|de la|del|des|du|de l['’]|of the|in|in the|en|en la|en el|au|aux)$",
    re.I,
)
_RESTATED = re.compile(r"\s*(?:[A-Z]{2,12}\s*)?\(\s*(?:or\s+|i\.e\.\s+|in English,?\s+)?")


def split_trailing_acronyms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A name ending in its acronym is two mentions ("Ministry of Labour MOL"); "Ministry of Labour
    and NATO" names two bodies."""
    out: list[Candidate] = []
    for c in chosen:
        tm = _TRAILING_ACRONYM.search(text[c.start : c.end])
        nested = tm is not None and bool(_NESTED.search(text[c.start : c.start + tm.start()]))
        if nested or not (
            c.source in ("pattern", "ner") and tm and len(words_of(text[c.start : c.end])) > 2
        ):
            out.append(c)
            continue
        cut = c.start + tm.start()
        short = tm.group(1)
        if _JOINED.search(text[c.start : cut]):
            a, b = trim(text, c.start, cut)
            entry = lookup(short)
            out.append(Candidate(a, b, c.source))
            out.append(
                Candidate(
                    c.start + tm.start(1),
                    c.end,
                    "gazetteer",
                    entry[0] if entry else None,
                    short,
                    entry[2] if entry else None,
                )
            )
            continue
        base = norm_space(text[c.start : cut])
        out.append(Candidate(c.start, cut, c.source, None, short, None))
        out.append(Candidate(c.start + tm.start(1), c.end, "acronym", base, short, None))
    return out


def link_restatements(text: str, chosen: list[Candidate]) -> None:
    """A name restated in brackets right after another keeps the first one's canonical."""
    for a, b in zip(chosen, chosen[1:], strict=False):
        if _RESTATED.fullmatch(text[a.end : b.start]):
            b.canonical = a.canonical or norm_space(text[a.start : a.end])

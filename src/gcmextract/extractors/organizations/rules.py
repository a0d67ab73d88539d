"""Named rejection rules for people, titles, places, dates and page furniture (vocabulary in
rejection.json): a capitalised run that any of them matches is not an organisation."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.lexicon import alternation, patterns

# the words before the first connector carry a name's head: "Office" in "Office of the Special
# Representative of the Secretary-General"
_CONNECTOR = re.compile(
    r"\s+(?:of|for|on|against|to|in|para|pour|de|del|des|du|sur|chargé)\b(?:\s+(?:the|la|las|los|el|les|l['’]))?",
)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """rejection.json: honorifics, titles per language, geographic heads, dates, furniture."""
    return json.loads(resources.files(__package__).joinpath("rejection.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern[str]]:
    """The vocabulary as whole-word patterns."""
    v = vocabulary()
    titles = [t for words in v["titles"].values() for t in words]
    word = r"(?![\w-])"
    return {
        "honorific_inside": re.compile(
            rf"(?<![\w.])(?:{alternation(h for h in v['honorifics'] if ' ' in h or '.' in h)})(?![\w])"
        ),
        "honorific_end": re.compile(rf"(?<![\w.])(?:{alternation(v['honorifics'])})\.?$"),
        "honorific_before": re.compile(rf"(?<![\w.])(?:{alternation(v['honorifics'])})\.?\s+$"),
        "title_start": re.compile(
            rf"^(?:(?:Acting|Deputy|Assistant|Former|Interim|Vice|Senior)\s+)?(?:{alternation(titles)}){word}",
            re.I,
        ),
        "geo_end": re.compile(rf"(?<![\w-])(?:{alternation(v['geographic_heads'])})$"),
        "date_word": re.compile(
            rf"(?<![\w-])(?:{alternation(v['weekdays'])}|(?:{alternation(v['months'])})\.?\s+\d){word}"
        ),
        # a run that went on into a time phrase: "Council in November", "Comité en mars 2021"
        "time_tail": re.compile(
            rf"\s+(?:in|on|at|since|until|by|from|during|en|au|depuis|desde|hasta|durante)\s+"
            rf"(?:{alternation(v['months'])})\.?(?:\s+\d{{1,4}})*$",
            re.I,
        ),
        "furniture": re.compile(rf"(?<![\w-])(?:{alternation(v['furniture'])}){word}"),
        # a sentence's end inside a statistical span: "the Organization. Incidentally, ..."
        "sentence_end": re.compile(r"[a-zà-ÿ]{5,}[.!?]\s+[A-ZÀ-Ý]"),
        # "and the" before a capitalised word, in the languages read: two bodies joined
        "and_the": re.compile(r"\s+(?:and|y|et)\s+(?:the|el|la|los|las|le|les)\s+(?=[A-ZÀ-Ý])"),
        "number_abbr": re.compile(rf"(?<![\w-])(?:{alternation(v['number_abbreviations'])})\.?$"),
    }


def head_phrase(name: str) -> str:
    """The part of a name before its first connector ("Statistics Division" of "Statistics
    Division of the Department of ...")."""
    m = _CONNECTOR.search(name)
    return name[: m.start()] if m else name


_GOVERNMENT = re.compile(r"\b(?:Government|Gobierno|Gouvernement)\b")


def has_org_head(name: str) -> bool:
    """Whether the head phrase of a name holds an organisation head word (or "Government"), or the
    name is an agency's field and country ("Immigration New Zealand")."""
    head = head_phrase(name)
    pats = patterns()
    return bool(
        pats["heads"].search(head)
        or _GOVERNMENT.search(head)
        or pats["country_agency"].fullmatch(name)
    )


def _name(c: Candidate, ctx: Context) -> str:
    return ctx.text[c.start : c.end]


def reject_person(c: Candidate, ctx: Context) -> str | None:
    """A person: a run after an honorific ("Mr.", "Ms.", "H.E.", "Sra."), a run holding one ("...
    of His Excellency"), or a statistical PERSON span without an organisation head word."""
    name = _name(c, ctx)
    if compiled()["honorific_inside"].search(name) or compiled()["honorific_end"].search(name):
        return "person"
    before = ctx.text[max(0, c.start - 25) : c.start]
    if compiled()["honorific_before"].search(before) and not has_org_head(name):
        return "person"
    overlapping = ctx.ner_index.overlapping(c.start, c.end)
    if any(label == "PERSON" for _s, _e, label in overlapping) and not has_org_head(name):
        return "person"
    return None


def reject_title(c: Candidate, ctx: Context) -> str | None:
    """A title or role, in English, Spanish or French: "High Representative for ...",
    "Ministro de Relaciones Exteriores", "Directrice générale de ..."."""
    return "title" if compiled()["title_start"].match(_name(c, ctx)) else None


def reject_place(c: Candidate, ctx: Context) -> str | None:
    """A place: a statistical GPE/LOC/FAC span of the same extent, or a name whose head is a
    geographic noun ("Yasuni National Park", "Sundarbans Forest")."""
    name = _name(c, ctx)
    if ctx.ner_index.labels_of(c.start, c.end) & {"GPE", "LOC", "FAC"} and not has_org_head(name):
        return "place"
    if name in set(vocabulary()["places_with_org_heads"]):
        return "place"  # "West Bank", "Soviet Union": a place whose last word is a body's
    # an English name's head is its last word: a geographic one names a place ("Red Sea",
    # "Assembly Hall"), even when an earlier word is also a head in another language ("Red")
    geo = compiled()["geo_end"].search(head_phrase(name))
    if geo and not patterns()["heads"].fullmatch(geo.group(0)):
        return "place"
    return None


def reject_date(c: Candidate, ctx: Context) -> str | None:
    """A dateline or date: a weekday or a month before a number ("News Thu", "Geneva, Mon")."""
    return "date" if compiled()["date_word"].search(_name(c, ctx)) else None


def reject_furniture(c: Candidate, ctx: Context) -> str | None:
    """Page furniture: release labels, web-page links, numbering ("Joint Press Release",
    "Read More", "Trust Fund No")."""
    name = _name(c, ctx)
    pats = compiled()
    return (
        "furniture" if pats["furniture"].search(name) or pats["number_abbr"].search(name) else None
    )


def reject_members(c: Candidate, ctx: Context) -> str | None:
    """The members or participants of a body, not the body: "State Member of the Organization",
    "Participants in the Assembly" (the head word, last before any connector, names them)."""
    words = head_phrase(_name(c, ctx)).split()
    return "members" if words and words[-1] in set(vocabulary()["member_words"]) else None


RULES = (reject_person, reject_title, reject_place, reject_date, reject_furniture, reject_members)

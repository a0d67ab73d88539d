"""Rules on a name's grammatical head (vocabulary in head_words.json): a long form headed by an
activity or a class of people ("Integrated Border Management (IBM)", "Private Employment Agencies
(PEAs)") defines no organisation, a plural English name without a connector is a class ("Migrant
Resource Centres"), and an English statistical guess without a head word, a definition or a
confirming cue is not kept ("Recognised Seasonal Employers")."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.extractors.organizations.acronyms import Definition
from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.lexicon import alternation, gazetteer, name_key, patterns
from gcmextract.extractors.organizations.rules import has_org_head, head_phrase
from gcmextract.resources.country import country_names
from gcmextract.resources.lexicon import load_json

# an acronym with a plural "s" names a class of bodies or people: "PEAs", "MRCs", "NSOs"
PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
# an English function word: a phrase holding one is English whatever the text's language
_ENGLISH_WORD = re.compile(r"\s(?:the|of|and|for|with|to)\s")
# a plural class name has at least this many words unless its last one ends in "ies"
PLURAL_MIN_WORDS = 3
# how far before a statistical name a confirming cue is looked for
CUE_BEFORE = 40
CUE_AFTER = 25
_CONNECTOR_WORD = re.compile(
    r"\s(?:of|for|on|against|to|in|at|de|del|des|du|la|pour|para|sur|sans|without)\s", re.I
)


@lru_cache(maxsize=1)
def head_words() -> dict:
    """head_words.json."""
    data: dict = load_json(__package__, "head_words.json")
    return data


@lru_cache(maxsize=1)
def compiled() -> dict[str, re.Pattern[str]]:
    """The cue vocabularies as patterns."""
    w = head_words()
    return {
        "cue_before": re.compile(
            rf"(?<![\w-])(?:{alternation(w['confirming_cues_before'])})(?![\w-])[^.;:\n]*$", re.I
        ),
        "cue_after": re.compile(rf"^\s*,?\s*(?:{alternation(w['confirming_cues_after'])})\b"),
    }


@lru_cache(maxsize=1)
def non_organisations() -> frozenset[str]:
    """Keys of well-known names of events, processes and documents that are no bodies."""
    return frozenset(name_key(n) for n in head_words()["known_non_organisations"])


def _known(name: str) -> bool:
    names, acronyms = gazetteer()
    return name_key(name) in names or name in acronyms


def grammatical_head(name: str, language: str | None) -> str:
    """The head word of a name: the last word of its part before the first connector in English
    ("Management" of "Integrated Border Management"), the first word in Spanish and French."""
    part = head_phrase(name).split()
    if not part:
        return ""
    return part[0] if language in ("es", "fr") else part[-1]


def concept_headed(name: str, language: str | None) -> bool:
    """Whether a name without an organisation head word is headed by an activity, a service, a
    status or an event ("Universal Health Coverage", "Retorno Asistido Voluntario")."""
    heads = head_words()["concept_heads"]
    vocab = set(heads.get(language or "en", [])) | set(heads["en"])
    return grammatical_head(name, language) in vocab


# a document or programme word and its connector right before a long form: the long form is
# that thing's subject, not a body ("Treaty on the Non-Proliferation of Nuclear Weapons")
_THING_BEFORE = re.compile(
    r"\b(?:Treaty|Convention|Protocol|Agreement|Covenant|Programme|Program|Plan|Strategy|"
    r"Tratado|Convención|Protocolo|Acuerdo|Programa|Traité|Protocole|Accord|Programme)"
    r"\s+(?:on|of|for|to|against|sobre|de|del|contra|para|sur|de|du|des|contre|pour)"
    r"(?:\s+(?:the|la|el|los|las|les|le))?\s+$"
)


def defines_class(d: Definition, text: str) -> bool:
    """Whether a definition names a class or an activity rather than one body: a plural acronym
    ("Mobile Network Operators (MNOs)"), a long form headed by a concept noun without an
    organisation head ("Pre-Departure Orientation Seminar (PDOS)"), a long form a treaty or
    programme word leads into ("Treaty on the Non-Proliferation ..."), or a long form the same text
    also writes in lower case ("Integrated Border Management" beside "integrated border
    management"); a name the gazetteer knows never does."""
    if _known(d.long) or _known(d.short):
        return False
    if PLURAL_ACRONYM.fullmatch(d.short):
        return True
    if has_org_head(d.long):
        return False
    if patterns()["thing_after"].match(text[d.long_end : d.long_end + 40]):
        return True  # "Remittance Prices Worldwide (RPW) database"
    if _THING_BEFORE.search(text[max(0, d.long_start - 40) : d.long_start]):
        return True  # "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)"
    if concept_headed(d.long, None) or concept_headed(d.long, "es") or concept_headed(d.long, "fr"):
        return True
    low = d.long.lower()
    return low != d.long and bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))


def _name(c: Candidate, ctx: Context) -> str:
    return ctx.text[c.start : c.end]


def reject_concept_head(c: Candidate, ctx: Context) -> str | None:
    """A candidate without an organisation head word whose own head is an activity, a scheme or a
    status ("Gestion intégrée des frontières", "Dispositif national d'accueil")."""
    name = _name(c, ctx)
    if c.source not in ("pattern", "ner") or has_org_head(name) or _known(name):
        return None
    if _place_named(name, ctx):
        return None  # "Statistics Norway", "Ontario Works" are left to the other rules
    return "not-organisation-word" if concept_headed(name, ctx.language) else None


def reject_known_non_organisation(c: Candidate, ctx: Context) -> str | None:
    """A well-known event, process or document with a head word, alone or with a place after it:
    "International Migration Review Forum" (the annotation guide's own example of an event)."""
    key = name_key(_name(c, ctx))
    known = any(key == n or key.startswith(f"{n} ") for n in non_organisations())
    return "not-organisation-word" if known else None


def _plural_last(name: str) -> bool:
    """Whether a name ends in a plural common noun that does not name one body."""
    words = name.split()
    last = words[-1] if words else ""
    if last in set(head_words()["plural_org_heads"]) or not last[:1].isupper():
        return False
    if last.endswith("ies"):
        return True
    # two words ending in s are as often a person ("Berta Caceres"): left to the name rules
    return len(words) >= PLURAL_MIN_WORDS and bool(re.fullmatch(r"[A-Za-zÀ-ÿ'’\-]+[^su']s", last))


def reject_plural_class(c: Candidate, ctx: Context) -> str | None:
    """In English, a capitalised name ending in a plural noun, without a connector, is a class of
    bodies or people ("Migrant Resource Centres", "Forum Island Countries")."""
    if ctx.language not in (None, "en") or c.source not in ("pattern", "ner"):
        return None
    name = _name(c, ctx)
    if len(name.split()) < 2 or _CONNECTOR_WORD.search(f" {name} ") or _known(name):
        return None
    if name.split()[0] in country_names():
        return None  # a country's body or slogan-named secretariat: "Ecuador Grows"
    if patterns()["thing_after"].match(ctx.text[c.end : c.end + 30]):
        return None  # "X Key Indicators database" names a thing: left to that rule
    return "group-of-people" if _plural_last(name) else None


def confirmed_by_cue(c: Candidate, ctx: Context) -> bool:
    """Whether the words around a name say it is a body ("remittance companies such as X",
    "X, an NGO working in ...")."""
    pats = compiled()
    before = ctx.text[max(0, c.start - CUE_BEFORE) : c.start]
    after = ctx.text[c.end : c.end + CUE_AFTER]
    return bool(pats["cue_before"].search(before) or pats["cue_after"].match(after))


def reject_unconfirmed_guess(c: Candidate, ctx: Context) -> str | None:
    """In English (or an English phrase in another language's text), a statistical guess of
    several words with no organisation head word, no gazetteer entry, no acronym defined for it
    and no confirming cue is not kept: such guesses are mostly titles, slogans, programmes and
    classes ("Telling the Real Story")."""
    name = _name(c, ctx)
    english = ctx.language in (None, "en") or _ENGLISH_WORD.search(name) is not None
    if not english or c.source != "ner":
        return None
    if len(name.split()) < 2 or has_org_head(name) or _known(name):
        return None
    if name_key(name) in _defined_longs(ctx) or _place_named(name, ctx) or _people_for(name):
        return None
    return None if confirmed_by_cue(c, ctx) else "unconfirmed"


def _people_for(name: str) -> bool:
    """Whether a name is a profession joined to a cause, as NGOs are named ("Lawyers for Human
    Rights", "Doctors of the World", "Reporters Without Borders")."""
    words = name.split()
    return (
        len(words) > 2
        and words[0] in set(head_words()["plural_org_heads"])
        and _CONNECTOR_WORD.match(f" {words[1]} ") is not None
    )


def _place_named(name: str, ctx: Context) -> bool:
    """Whether a name begins or ends with a place, the way national bodies are named ("Statistics
    Norway", "Ontario Health", "Immigration, Refugees and Citizenship Canada")."""
    words = name.split()
    countries = country_names()
    return any(
        " ".join(part).lower() in ctx.places or " ".join(part) in countries
        for n in (1, 2)
        if len(words) > n
        for part in (words[:n], words[-n:])
    )


def _defined_longs(ctx: Context) -> set[str]:
    return {name_key(canon) for canon, _t in ctx.acronyms.canon.values()}


def reject_defined_non_body(c: Candidate, ctx: Context) -> str | None:
    """An acronym the text defines only for something other than a body ("Pre-Departure
    Orientation Seminar (PDOS)")."""
    name = _name(c, ctx)
    table = ctx.acronyms
    if name in table.not_bodies and name not in table.canon and not _known(name):
        return "not-organisation-acronym"
    return None


HEAD_RULES = (
    reject_defined_non_body,
    reject_concept_head,
    reject_known_non_organisation,
    reject_plural_class,
)
# after the person rules: a person's name is rejected as a person, not as an unconfirmed guess
LAST_RULES = (reject_unconfirmed_guess,)

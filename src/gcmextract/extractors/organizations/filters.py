"""Boundary fixes and named rejection rules for organisation candidates.

Each step takes a candidate and the document context; a fix moves the candidate's span, a rule
returns the reason the candidate is not an organisation (or None). Steps run in the order of
`STEPS`; knowledge-backed candidates (definitions, gazetteer) are only trimmed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gcmextract.extractors.organizations.acronyms import Definition
from gcmextract.extractors.organizations.candidates import Candidate, Context
from gcmextract.extractors.organizations.context_rules import CONTEXT_RULES
from gcmextract.extractors.organizations.edges import (
    fix_edges,
    fix_leading_preposition,
    reject_known_list,
    reject_region,
)
from gcmextract.extractors.organizations.head_rules import head_words, non_organisations
from gcmextract.extractors.organizations.lexicon import (
    CAP,
    LIST_JOIN,
    gazetteer,
    lookup,
    name_key,
    patterns,
    vocab,
    words_of,
)
from gcmextract.extractors.organizations.rules import (  # noqa: E402
    RULES,
    compiled,
    has_org_head,
    head_phrase,
)

# a step: a boundary fix (returns None) or a rule (returns its reason when it rejects)
Step = Callable[[Candidate, Context], str | None]

CHECKED_SOURCES = ("pattern", "ner")


@dataclass
class Rejection:
    """A candidate left out, with the rule that left it out."""

    candidate: Candidate
    reason: str


_ELIDED_ARTICLE = re.compile(r"[LD]['’](?=[A-ZÀ-Ý])")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners, possessive 's and trailing punctuation or connectors."""
    v = vocab()
    lead = set(v["leading_drop"])
    conns = set(v["connectors"]) | {"of", "and"}
    changed = True
    while changed and start < end:
        changed = False
        seg = text[start:end]
        m = re.match(r"[\s\"“”'‘’(*]+", seg)
        if m:
            start += m.end()
            changed = True
            continue
        first = re.match(r"(\S+)\s+", seg)
        elided = _ELIDED_ARTICLE.match(seg)
        if elided:  # "L'Agence nationale" at a sentence start: the article is outside the name
            start += elided.end()
            changed = True
            continue
        if first and first.group(1) in lead:
            start += first.end()
            changed = True
            continue
        m = re.search(r"(?:['’]s|['’])$", seg)
        if m and seg[-2:] not in ("ss",):
            end -= len(m.group())
            changed = True
            continue
        m = re.search(r"[\s,.;:\"“”'‘’)*\-–]+$", seg)
        if m:
            end -= len(m.group())
            changed = True
            continue
        last = re.search(r"\s+(\S+)$", seg)
        if last and last.group(1).lower() in conns:
            end -= len(last.group())
            changed = True
    return start, end


_CONTINUES = re.compile(r"\s+(?:de|des|du|del|de la|de las|de los|d['’])(?:\s|(?<=['’]))")


def narrow(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut words a capitalised run picked up around a name: a leading phrase ("According to the
    World Bank" -> "World Bank") and a tail after a comma that does not end a list of the name's own
    words ("Security Council, Mexico")."""
    pats = patterns()
    m = pats["leading_phrase"].match(text[start:end])
    if m and pats["heads"].search(text[start + m.end() : end]):
        start += m.end()
    name = text[start:end]
    comma = name.rfind(",")
    if comma > 0 and not lookup(name):
        tail = name[comma + 1 :]
        # "..., des Affaires étrangères": a Spanish or French name goes on after a connector
        if not LIST_JOIN.search(tail) and not _CONTINUES.match(tail):
            end = start + comma
        elif _names_list(name):
            end = start + name.find(",")
    return trim(text, start, end)


_CONNECTS = re.compile(r"\s(?:of|for|on|to|against|de|del|des|du|pour|para|sur)\s", re.I)


def _names_list(name: str) -> bool:
    """Whether a run with a comma and "and" lists names ("Western Union, MoneyGram and
    WorldRemit") rather than holding a list inside one name ("Bureau of Manpower, Employment and
    Training", "Immigration, Refugees and Citizenship Canada"): its first item has two words or
    more and no connector."""
    first = name[: name.find(",")]
    return len(first.split()) >= 2 and not _CONNECTS.search(f" {first} ")


def _name(c: Candidate, ctx: Context) -> str:
    return ctx.text[c.start : c.end]


# ---- boundary fixes -------------------------------------------------------------------------


def fix_unclosed_bracket(c: Candidate, ctx: Context) -> str | None:
    """An unclosed bracket ends the name: "International Labour Organization (ILO"."""
    name = _name(c, ctx)
    bracket = name.find("(")
    if bracket > 0 and ")" not in name[bracket:]:
        c.start, c.end = trim(ctx.text, c.start, c.start + bracket)
        if not _name(c, ctx):
            return "empty"
    return None


_CONTINUATION = re.compile(
    rf"[^\S\n]*\n[^\S\n]*(?P<words>(?:(?:(?:of|for|on|de|del|des|du)(?:[^\S\n]+the)?|and|y|et)[^\S\n]+)?{CAP}(?:[^\S\n]+(?:(?:of|for|on|and|the|de|del|des|du|la|et|y)[^\S\n]+)*{CAP})*)"
    r"(?=[^\S\n]*[,.;:)(]|[^\S\n]+[a-z(])"
)


def fix_line_continuation(c: Candidate, ctx: Context) -> str | None:
    """A name cut by a line break inside its "of" chain continues on the next line ("Ministry of
    Foreign\nAffairs and Trade"), when the next line goes on with running text (not a heading)."""
    if c.source != "pattern" or not has_org_head(ctx.text[c.start : c.end]):
        return None
    if head_phrase(ctx.text[c.start : c.end]) == ctx.text[c.start : c.end]:
        return None
    m = _CONTINUATION.match(ctx.text, c.end)
    if m:
        c.end = m.end("words")
    return None


def fix_inner_possessive(c: Candidate, ctx: Context) -> str | None:
    """A possessive inside: "Ontario's Ministry of Health" keeps the part after it, "Government of
    Canada's Budget" the organisation before it, "Colombian Ombudsman's Office" is one name."""
    heads = patterns()["heads"]
    name = _name(c, ctx)
    pm = re.search(r"^(.*?)['’]s\s+(?=[A-Z])", name)
    if pm and heads.fullmatch(name[pm.end() :]):
        pass
    elif pm and (heads.search(pm.group(1)) or pm.group(1).startswith("Government of")):
        c.end = c.start + len(pm.group(1))
    elif pm:
        c.start += pm.end()
    return None


def fix_narrow(c: Candidate, ctx: Context) -> str | None:
    """Drop a leading phrase and a tail after a comma (see `narrow`)."""
    c.start, c.end = narrow(ctx.text, c.start, c.end)
    return None


def fix_place_prefix(c: Candidate, ctx: Context) -> str | None:
    """A place prefix is not part of the name: "Canada-European Union"."""
    hm = re.match(r"([A-Z][\w.]+)-(?=[A-Z])", _name(c, ctx))
    if hm and hm.group(1).lower() in ctx.places and hm.group(1) not in vocab()["compass_words"]:
        c.start += hm.end()
    return None


def fix_and_title(c: Candidate, ctx: Context) -> str | None:
    """A run that went on through "and" into a title or a person is cut there: "University of
    Auckland and Associate Professor Tim Lee"."""
    pats = compiled()
    for m in re.finditer(r"\s+(?:and|y|et)\s+", _name(c, ctx)):
        rest = ctx.text[c.start + m.end() : c.start + m.end() + 60]
        first = rest.split()[0] if rest.split() else ""
        if pats["title_start"].match(rest) or pats["honorific_end"].fullmatch(first):
            c.end = c.start + m.start()
            break
    return None


def fix_country_tail(c: Candidate, ctx: Context) -> str | None:
    """A body named by its country keeps the country's whole name: "Government of Côte d'Ivoire"."""
    from gcmextract.extractors.organizations.country_tail import country_end

    c.end = country_end(ctx.text, c.start, c.end)
    return None


def fix_trailing_time(c: Candidate, ctx: Context) -> str | None:
    """A trailing time phrase is not part of the name: "Security Council in November"."""
    tm = compiled()["time_tail"].search(_name(c, ctx))
    if tm:
        c.end = c.start + tm.start()
    return None


def fix_trailing_place(c: Candidate, ctx: Context) -> str | None:
    """A trailing place is not part of the name: "X Society in Central America"."""
    name = _name(c, ctx)
    tm = re.search(r"\s+in\s+(.+)$", name)
    if (
        tm
        and not patterns()["heads"].search(tm.group(1))
        and any(tm.group(1).lower().startswith(p) for p in ctx.places if len(p) > 3)
    ):
        c.end = c.start + tm.start()
    return None


_ON_OTHER = re.compile(r"\s+(?:on|against|upon)\s+(?:the\s+)?(?=[A-Z])")


def _names_other(right: str) -> bool:
    """Whether the words after "on the" name a country or another body of their own (a place the
    statistical model found is not trusted: it takes topics such as "Migration" for places)."""
    from gcmextract.resources.country import country_names

    if right in country_names() or lookup(right):
        return True
    return bool(patterns()["heads"].search(head_phrase(right)))


# English only: Spanish and French names put a capitalised word and an adjective before "de"
# ("Equipo Argentino de ...", "Mesa Interinstitucional de ...")
_PERSON_OF = re.compile(r"(?P<person>.+?)\s+(?:of|from|at)\s+(?:the\s+)?(?=[A-Z])")


def fix_person_before(c: Candidate, ctx: Context) -> str | None:
    """A person named before the body they belong to is outside its name: "Ana Lopez of the
    University of Nairobi" -> "University of Nairobi" (a person the statistical model saw, or two
    to four capitalised words shaped as a name)."""
    from gcmextract.extractors.organizations.context_rules import (
        _name_shaped,
        _named_by_person_span,
    )
    from gcmextract.extractors.organizations.language_names import languages

    m = _PERSON_OF.match(_name(c, ctx))
    if ctx.language in languages() or m is None:
        return None
    person = m.group("person")
    if has_org_head(person) or lookup(person):
        return None
    if _named_by_person_span(person, ctx) or _name_shaped(person, ctx):
        c.start += m.end()
    return None


def fix_on_other(c: Candidate, ctx: Context) -> str | None:
    """A body acting "on" or "against" a country or another body ends before it: "European Union
    on the Russian Federation", "Government of Cuba on the State Department" (a topic after "on"
    stays: "Committee on the Rights of the Child")."""
    name = _name(c, ctx)
    for m in _ON_OTHER.finditer(name):
        left = name[: m.start()]
        if (lookup(left) or has_org_head(left)) and _names_other(name[m.end() :]):
            c.end = c.start + m.start()
            break
    return None


def fix_verb_tail(c: Candidate, ctx: Context) -> str | None:
    """A sentence-case name that ran on into its verb ends before it: "Office national de l'emploi
    recrute des jeunes" -> "Office national de l'emploi"."""
    from gcmextract.extractors.organizations.language_names import verb_start

    at = verb_start(ctx.language, _name(c, ctx))
    if at is not None:
        c.start, c.end = trim(ctx.text, c.start, c.start + at)
    return None


# ---- rejection rules ------------------------------------------------------------------------


def reject_line_break_in_ner(c: Candidate, ctx: Context) -> str | None:
    """A statistical span across a line break joins a heading to the text below it."""
    return "ner-line-break" if c.source == "ner" and "\n" in _name(c, ctx) else None


def reject_sentence_end_in_ner(c: Candidate, ctx: Context) -> str | None:
    """A statistical span across a sentence's end joins a name to the next sentence's first word."""
    found = c.source == "ner" and compiled()["sentence_end"].search(_name(c, ctx))
    return "ner-sentence-end" if found else None


def reject_two_bodies_in_ner(c: Candidate, ctx: Context) -> str | None:
    """A statistical span joining two bodies ("the Government of X and the Government of Y"):
    each is found on its own."""
    if c.source != "ner":
        return None
    name = _name(c, ctx)
    for m in compiled()["and_the"].finditer(name):
        words = name[m.end() :].split()
        if words and has_org_head(words[0]) and has_org_head(name[: m.start()]):
            return "ner-two-bodies"
    return None


def reject_nationality_group(c: Candidate, ctx: Context) -> str | None:
    """People named by a nationality: "Venezuelan Migrants", "Uyghur Turks"."""
    name = _name(c, ctx)
    words = words_of(name)
    if (
        words
        and (words[0] in ctx.groups or words[-1] in ctx.groups)
        and not patterns()["heads"].search(name)
    ):
        return "nationality-group"
    return None


def reject_lowercase(c: Candidate, ctx: Context) -> str | None:
    """A name starts with a capital letter or a digit."""
    from gcmextract.extractors.organizations.language_names import lower_head

    name = _name(c, ctx)
    if lower_head(ctx.language, name):
        return None  # "ministère de l'Intérieur": French writes the head in lower case
    return None if name[:1].isupper() or name[:1].isdigit() else "lowercase"


def reject_person_title(c: Candidate, ctx: Context) -> str | None:
    """A person: "Prince Moulay Rachid", "H.E. Mr. X"."""
    first = _name(c, ctx).split()[0].rstrip(".")
    return "person-title" if first in set(vocab()["person_titles"]) else None


def reject_not_org_word(c: Candidate, ctx: Context) -> str | None:
    """Programmes, events, documents, laws and job titles ("Settlement Program", "Minister of X");
    a rejected pattern run is remembered so statistical guesses inside it are dropped too."""
    name = _name(c, ctx)
    names, _ = gazetteer()
    if patterns()["not_org"].search(name) and name_key(name) not in names:
        if c.source == "pattern" and headed_chain(name) and not _thing_first(name, ctx.language):
            return None
        if c.source == "pattern":
            ctx.named_things.append((c.start, c.end))
        return "not-organisation-word"
    return None


def _thing_first(name: str, language: str | None) -> bool:
    """A Spanish or French name whose first word is a programme, event or document word: these
    languages put the head first, so "Rapport national au Forum" is a report, not a forum."""
    from gcmextract.extractors.organizations.language_names import languages

    return language in languages() and bool(patterns()["not_org"].match(name))


def headed_chain(name: str) -> bool:
    """A body named through an "of" chain or after a programme: the head phrase is an
    organisation's (or ends in an organisation head: "Joint Programme Steering Committee") and the
    words after it end in a name or a title, not a programme or document ("Office of the Special
    Representative of the Secretary-General for Migration", "Office of the Prime Minister")."""
    not_org = patterns()["not_org"]
    head = head_phrase(name)
    if not has_org_head(name):
        return False
    # a committee or unit named after a programme: "Joint Programme Steering Committee"
    ends_in_head = bool(re.search(rf"(?:{patterns()['heads'].pattern})$", head)) and not (
        LIST_JOIN.search(head) or "," in head
    )
    if head == name:
        return ends_in_head and not re.search(r"['’]s\b", name)
    # the head with its connector: "Trust Fund for ..." is a fund, whatever follows
    if not_org.search(name[: len(head) + 5]) and not ends_in_head:
        return False
    titles = compiled()["title_start"]
    neutral = chain_neutral() if ends_in_head else frozenset()
    for m in not_org.finditer(name[len(head) :]):
        # a title, or a word heading its own "of" phrase ("Law of the Sea", "Status of Women"),
        # or a field of work after a body's head ("Executive Office for Immigration Review")
        rest = name[len(head) :]
        if not (
            m.group() in neutral
            or titles.match(rest[m.start() :])
            or re.search(r"\s(?:of|for)$", m.group())
            or re.match(r"\s+(?:of|for)\s", rest[m.end() :])
        ):
            return False
    return True


def chain_neutral() -> frozenset[str]:
    """Programme-like words that may end the "of"/"for" chain of a body (head_words.json)."""
    return frozenset(head_words()["chain_neutral"])


def names_body(d: Definition) -> bool:
    """Whether a long form is a body's head with a field of work in its "for"/"of" chain
    ("Executive Office for Immigration Review (EOIR)") or a body named after a programme word
    ("Senior Policy Operating Group (SPOG)"), not a well-known event."""
    if name_key(d.long) in non_organisations() or d.short in set(vocab()["not_org_acronyms"]):
        return False
    return headed_chain(d.long)


def reject_heads_only(c: Candidate, ctx: Context) -> str | None:
    """Only generic head words: "Ministry", "Working Group" (a head that alone names one body of
    its country, "Cancillería", is no generic word)."""
    heads = patterns()["heads"]
    name = _name(c, ctx)
    if name in set(vocab()["named_heads"]):
        return None
    return "generic" if all(heads.fullmatch(w) for w in words_of(name)) else None


_AND = re.compile(r"\s+(?:and|y|e|et)\s+(?=[A-ZÀ-Ý])")


def fix_named_head_join(c: Candidate, ctx: Context) -> str | None:
    """A head that alone names a body, joined to another name, is a name of its own: "Cancillería y
    Migración Colombia" ends before "y"."""
    name = _name(c, ctx)
    m = _AND.search(name)
    if m and name[: m.start()] in set(vocab()["named_heads"]):
        c.end = c.start + m.start()
    return None


def reject_title_before(c: Candidate, ctx: Context) -> str | None:
    """A body named inside a job title: "Minister of Foreign Affairs of ..." ."""
    before = ctx.text[max(0, c.start - 90) : c.start]
    return "inside-title" if patterns()["title_before"].search(before) else None


def reject_single_word(c: Candidate, ctx: Context) -> str | None:
    """A single word that is a back-reference, a short or non-organisation acronym, or a word
    without a head that the gazetteer does not know."""
    name = _name(c, ctx)
    v = vocab()
    names, _ = gazetteer()
    if len(name.split()) != 1:
        return None
    backref = {b.lower() for b in v["backref_single"]}
    if name.lower() in backref or (
        name.isupper() and (name in set(v["not_org_acronyms"]) or len(name) < 3)
    ):
        return "single-word"
    if not name.isupper() and not patterns()["heads"].search(name) and name_key(name) not in names:
        return "single-word"
    return None


def reject_place_or_number(c: Candidate, ctx: Context) -> str | None:
    """Places, and numbered names (events and documents: "COP31"; G20 is in the gazetteer)."""
    from gcmextract.resources.country import country_names

    name = _name(c, ctx)
    if name in country_names():
        return "place"  # a country's own name, even with a head word: "Russian Federation"
    if name.lower() in ctx.places and not (c.source == "pattern" and has_org_head(name)):
        return "place"  # a statistical place with an organisation head is a body: "Université X"
    return "number" if any(ch.isdigit() for ch in name) else None


def reject_brackets(c: Candidate, ctx: Context) -> str | None:
    """Square brackets mark an editorial insertion, not a name."""
    name = _name(c, ctx)
    return "bracket" if "[" in name or "]" in name else None


def reject_group_word(c: Candidate, ctx: Context) -> str | None:
    """People, not bodies: "First Nations", "Venezuelan Migrants"."""
    name = _name(c, ctx)
    pats = patterns()
    return (
        "group-of-people" if pats["group"].search(name) and not pats["heads"].search(name) else None
    )


def reject_acronym(c: Candidate, ctx: Context) -> str | None:
    """A capitalised word that is a non-organisation acronym, a place, or an unknown 2-3 letter code."""
    name = _name(c, ctx)
    _, acronyms = gazetteer()
    if name.isupper() and (name in set(vocab()["not_org_acronyms"]) or name.lower() in ctx.places):
        return "not-organisation-acronym"
    if (
        re.fullmatch(r"[A-Z]{2,3}", name)
        and name not in acronyms
        and name not in ctx.acronyms.canon
    ):
        return "unknown-acronym"
    return None


def reject_back_reference(c: Candidate, ctx: Context) -> str | None:
    """A generic back-reference: "the Network", "National Committee"."""
    name = _name(c, ctx)
    backref = {b.lower() for b in vocab()["backref_single"]}
    words = name.split()
    if name.lower() in backref or (
        len(words) == 2
        and words[0].lower() in ("national", "federal", "local", "regional")
        and words[1].lower() in backref
    ):
        return "back-reference"
    return None


STEPS: tuple[Step, ...] = (
    reject_line_break_in_ner,
    reject_sentence_end_in_ner,
    reject_two_bodies_in_ner,
    fix_unclosed_bracket,
    fix_line_continuation,
    fix_inner_possessive,
    fix_narrow,
    fix_edges,
    fix_place_prefix,
    reject_nationality_group,
    fix_trailing_place,
    fix_person_before,
    fix_named_head_join,
    fix_on_other,
    fix_verb_tail,
    fix_country_tail,
    fix_trailing_time,
    fix_and_title,
    reject_lowercase,
    reject_person_title,
    *RULES,
    *CONTEXT_RULES,
    fix_leading_preposition,
    reject_region,
    reject_known_list,
    reject_not_org_word,
    reject_heads_only,
    reject_title_before,
    reject_single_word,
    reject_place_or_number,
    reject_brackets,
    reject_group_word,
    reject_acronym,
    reject_back_reference,
)


def glossary_row(c: Candidate, ctx: Context) -> str | None:
    """Inside a glossary row only the row's own short and long forms are mentions: a candidate
    across its columns ("BIBureau of Immigration") is not."""
    if c.source in ("long", "acronym", "glossary"):
        return None
    own = {
        span
        for d in ctx.acronyms.glossary
        for span in ((d.short_start, d.short_start + len(d.short)), (d.long_start, d.long_end))
    }
    for a, b in ctx.acronyms.rows:
        if c.start < b and a < c.end and (c.start, c.end) not in own:
            return "glossary-row"
    return None


def check(c: Candidate, ctx: Context, steps: tuple[Step, ...] = STEPS) -> str | None:
    """Trim a candidate and run the steps on it; the reason it is rejected, or None."""
    if ctx.acronyms.rows and (reason := glossary_row(c, ctx)):
        return reason
    c.start, c.end = trim(ctx.text, c.start, c.end)
    if c.end <= c.start:
        return "empty"
    if c.source not in CHECKED_SOURCES:
        return None
    for step in steps:
        reason = step(c, ctx)
        if reason:
            return reason
    return None


def inside_named_thing(c: Candidate, ctx: Context) -> bool:
    """A statistical guess inside the name of an event or programme is part of that name."""
    return c.source == "ner" and any(a <= c.start and c.end <= b for a, b in ctx.named_things)


def followed_by_thing(c: Candidate, ctx: Context) -> bool:
    """A name followed by a programme or document word ("X Pilot") names that thing."""
    return c.source in CHECKED_SOURCES and bool(
        patterns()["thing_after"].match(ctx.text[c.end : c.end + 30])
    )


def select(cands: list[Candidate], ctx: Context) -> tuple[list[Candidate], list[Rejection]]:
    """The candidates that pass every step, and the others with their reasons."""
    kept: list[Candidate] = []
    rejected: list[Rejection] = []
    for c in cands:
        reason = check(c, ctx)
        if reason:
            rejected.append(Rejection(c, reason))
        else:
            kept.append(c)
    final: list[Candidate] = []
    for c in kept:
        if inside_named_thing(c, ctx):
            rejected.append(Rejection(c, "inside-named-thing"))
        elif followed_by_thing(c, ctx):
            rejected.append(Rejection(c, "names-a-thing"))
        else:
            final.append(c)
    return final, rejected

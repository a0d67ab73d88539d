"""Candidate generators: each turns one kind of evidence (acronym definitions, gazetteer, name
patterns, media cues, statistical NER) into organisation candidates that say where they came from."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from gcmextract.extractors.organizations.acronyms import Definition, find_definitions
from gcmextract.extractors.organizations.adjectives import adjective_parts
from gcmextract.extractors.organizations.glossary import GlossaryEntry
from gcmextract.extractors.organizations.lexicon import (
    gazetteer,
    lower_end_keys,
    name_key,
    norm_space,
    patterns,
    surface_regex,
    vocab,
)
from gcmextract.extractors.organizations.span_index import SpanIndex

# NER labels whose spans become candidates when they contain an organisation head word
_HEADED_LABELS = ("PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "GPE")


@dataclass
class Candidate:
    """A possible organisation mention; `source` says which generator proposed it."""

    start: int
    end: int
    source: str  # long | acronym | glossary | gazetteer | pattern | ner
    canonical: str | None = None
    acronym: str | None = None
    type: str | None = None


@dataclass
class AcronymTable:
    """Acronyms defined in the document whose long form names an organisation."""

    definitions: list[Definition] = field(default_factory=list)  # every accepted definition
    glossary: list[Definition] = field(default_factory=list)  # accepted glossary rows
    rows: list[tuple[int, int]] = field(default_factory=list)  # spans of every glossary row
    first: dict[str, Definition] = field(default_factory=dict)  # first definition per acronym
    canon: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # -> (canonical, type)
    earlier: set[str] = field(default_factory=set)  # acronyms defined before this text
    not_bodies: set[str] = field(default_factory=set)  # acronyms defined for anything but a body

    def acronym_of(self, canonical: str) -> str | None:
        """The last acronym defined for an organisation's canonical name."""
        found = None
        for short, (canon, _t) in self.canon.items():
            if canon == canonical:
                found = short
        return found


@dataclass
class Context:
    """What every stage may consult about one document."""

    text: str
    ner_spans: list[tuple[int, int, str]]
    places: set[str]  # lower case
    groups: set[str]  # NORP words: nationalities and groups of people
    acronyms: AcronymTable
    named_things: list[tuple[int, int]] = field(default_factory=list)  # programmes, events, laws
    language: str | None = None  # ISO 639-1 of the document (None: English rules only)

    @cached_property
    def ner_index(self) -> SpanIndex:
        """`ner_spans` indexed for overlap and exact-extent look-ups."""
        return SpanIndex(self.ner_spans)

    @cached_property
    def person_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The statistical PERSON spans' texts, and their last words."""
        people = [self.text[s:e] for s, e, lab in self.ner_spans if lab == "PERSON"]
        return frozenset(people), frozenset(p.split()[-1] for p in people if p.split())


def names_organisation(d: Definition, org_ends: set[int]) -> bool:
    """Whether a definition's long form names an organisation (a head word, the gazetteer, or the
    end of a statistical ORG span) and not a programme, event, document or title."""
    v = vocab()
    pats = patterns()
    names, acronyms = gazetteer()
    long_ok = (
        bool(pats["heads"].search(d.long))
        or name_key(d.long) in names
        or d.short in acronyms
        or (d.long_end in org_ends and len(d.long.split()) > 1)
    )
    if (
        pats["not_org"].search(d.long)
        and name_key(d.long) not in names
        and not re.search(r"Conference on|Forum on", d.long)
    ):
        long_ok = False
    if d.long.split()[0] in v["not_org_words"]:
        long_ok = False
    return long_ok and d.short not in set(v["not_org_acronyms"])


def acronym_table(
    text: str,
    ner_spans: list[tuple[int, int, str]],
    glossary: list[GlossaryEntry] | None = None,
    known: dict[str, tuple[str, str | None]] | None = None,
    is_class: Callable[[Definition], bool] | None = None,
    is_body: Callable[[Definition], bool] | None = None,
) -> AcronymTable:
    """The document's organisation acronyms, each with the canonical name of its first definition
    (a glossary row before any definition in the text); `known` are acronyms (-> canonical, type)
    defined earlier in the document than `text` (a long document read in pieces): their earlier
    definition wins, as the first one would in the whole text. A definition `is_class` holds for
    names a class or an activity, not a body, and is left out; one `is_body` holds for names a
    body even with a programme-like word in its "of" chain."""
    names, acronyms = gazetteer()
    # ends of the statistical model's ORG spans: a long form ending there names an organisation
    org_ends = {e for s, e, lab in ner_spans if lab == "ORG"}
    table = AcronymTable()

    def accepted(d: Definition) -> bool:
        named = names_organisation(d, org_ends) or bool(is_body and is_body(d))
        if named and not (is_class and is_class(d)):
            return True
        table.not_bodies.add(d.short)
        return False

    for g in glossary or []:
        table.rows.append((min(g.short_start, g.long_start), max(g.short_end, g.long_end)))
        d = Definition(g.short, g.short_start, g.long, g.long_start, g.long_end)
        if accepted(d):
            table.first.setdefault(d.short, d)
            table.glossary.append(d)
    for d in find_definitions(text):
        if accepted(d):
            table.first.setdefault(d.short, d)
            table.definitions.append(d)
    for short, d in table.first.items():
        entry = names.get(name_key(d.long)) or acronyms.get(short)
        canonical = entry[0] if entry and entry[0].lower() == d.long.lower() else norm_space(d.long)
        if entry and name_key(d.long) in names:
            canonical = entry[0]
        table.canon[short] = (canonical, entry[2] if entry else None)
    for short, (canonical, typ) in (known or {}).items():
        table.canon[short] = (canonical, typ)
        table.earlier.add(short)
    return table


def from_definitions(ctx: Context) -> list[Candidate]:
    """Long forms of defined acronyms, then every use of those acronyms."""
    pats = patterns()
    text = ctx.text
    out: list[Candidate] = []
    for d in ctx.acronyms.definitions:
        short = d.short
        canonical, typ = ctx.acronyms.canon[short]
        ls, le = d.long_start, d.long_end
        # a name continuing after the acronym: "X (ACR) Integration Working Group"
        tail = re.match(
            r"\s*\(\s*" + re.escape(short) + r"\s*\)((?:\s+[A-Z][\w’'\-]*)+)", text[le:]
        )
        if (
            tail
            and pats["heads"].search(tail.group(1))
            and not pats["not_org"].search(tail.group(1))
        ):
            end = le + tail.end()
            out.append(Candidate(ls, end, "long", norm_space(text[ls:end])))
        else:
            out.append(Candidate(ls, le, "long", canonical, short, typ))
    for short, (canonical, typ) in ctx.acronyms.canon.items():
        for m in re.finditer(rf"(?<![\w])(?:{re.escape(short)})(?![\w]|-[A-Z0-9])", text):
            out.append(Candidate(m.start(), m.end(), "acronym", canonical, short, typ))
    return out


def from_glossary(ctx: Context) -> list[Candidate]:
    """Glossary rows naming organisations (the long form, the acronym) and every other use of
    their long forms in the document (their acronyms are found with the definitions')."""
    out: list[Candidate] = []
    for d in ctx.acronyms.glossary:
        canonical, typ = ctx.acronyms.canon[d.short]
        out.append(
            Candidate(
                d.short_start, d.short_start + len(d.short), "glossary", canonical, d.short, typ
            )
        )
        out.append(Candidate(d.long_start, d.long_end, "glossary", canonical, d.short, typ))
        if ctx.acronyms.first[d.short] is not d or d.short in ctx.acronyms.earlier:
            continue  # a second row for the same acronym
        pattern = re.compile(rf"(?<![\w-]){surface_regex(name_key(d.long))}(?![\w-])", re.I)
        for m in pattern.finditer(ctx.text):
            if m.group()[:1].isupper():
                out.append(Candidate(m.start(), m.end(), "glossary", canonical, d.short, typ))
    return out


def _written_as_name(found: str) -> bool:
    """A gazetteer match written as a name: capitalised, and its last word lower case only where
    the gazetteer's own spelling has it so ("United Nations system" is no "United Nations System")."""
    last = found.split()[-1]
    return found[0].isupper() and (last[:1].isupper() or name_key(found) in lower_end_keys())


def gazetteer_names(text: str) -> Iterator[re.Match[str]]:
    """Gazetteer names written as names; a match that is not one gives way to a shorter one
    inside it ("sistema de las Naciones Unidas" holds "Naciones Unidas")."""
    pat = patterns()["gaz_name"]
    pos = 0
    while (m := pat.search(text, pos)) is not None:
        pos = m.start() + 1
        while m is not None and not _written_as_name(m.group()):
            words = m.group().split()
            # a capitalised match tries again without its last word, else from the next word
            m = (
                pat.match(text, m.start(), m.end() - len(words[-1]) - 1)
                if len(words) > 1 and m.group()[0].isupper()
                else None
            )
        if m is not None:
            yield m
            pos = m.end()


def from_gazetteer(ctx: Context) -> list[Candidate]:
    """Known names and acronyms (undefined acronyms resolve here); "IOM Egypt" is a country office."""
    pats = patterns()
    names, acronyms = gazetteer()
    text = ctx.text
    out: list[Candidate] = []
    for m in gazetteer_names(text):
        end = m.end() + _office_after(ctx, m.end())
        out.append(Candidate(m.start(), end, "gazetteer", *names[name_key(m.group())]))
    for m in pats["gaz_acr"].finditer(text):
        if m.group() in ctx.acronyms.canon:
            continue
        entry = acronyms[m.group()]
        end = m.end() + _office_after(ctx, m.end())
        out.append(Candidate(m.start(), end, "gazetteer", entry[0], m.group(), entry[2]))
    return out


_OFFICE = re.compile(r"[^\S\n]+([A-ZÀ-Ý][a-zà-ÿ]+(?:[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ]+)?)")


def _office_after(ctx: Context, end: int) -> int:
    """The length of a country office's place right after a known name ("IOM Egypt", "UNICEF
    México", "Caritas Mali"), or of "International" naming its international body; 0 when the
    words after it are no place (a group of places such as "Member States" is none)."""
    from gcmextract.resources.country import country_names

    office = _OFFICE.match(ctx.text, end, end + 40)
    if office is None:
        return 0
    for words in (office.group(1), office.group(1).split()[0]):
        if words == "International" or (
            (words.lower() in ctx.places or words in country_names())
            and not patterns()["group"].search(words)
        ):
            return len(office.group()) - len(office.group(1)) + len(words)
    return 0


def named_thing_span(run: str, offset: int, at: int) -> tuple[int, int]:
    """The span of the name of a programme, event or document found at `at` in a capitalised run:
    its comma-separated part, extended to the run's end when the run ends in "and X" (one name
    with a list in it: "Global Compact for Safe, Orderly and Regular Migration")."""
    from gcmextract.extractors.organizations.lexicon import LIST_JOIN

    first = run.rfind(",", 0, at) + 1
    last = run.find(",", at)
    if last < 0 or LIST_JOIN.search(run[run.rfind(",") :]):
        last = len(run)
    return offset + first, offset + last


def from_patterns(ctx: Context) -> list[Candidate]:
    """Capitalised runs with an organisation head word, "Government of X", "X sans frontières",
    an agency named by its field and country ("Migración Colombia").
    Runs naming a programme, event or document are recorded in `ctx.named_things` instead."""
    pats = patterns()
    out: list[Candidate] = []
    for key in ("chunk", "gov_of", "sans", "country_agency"):
        for m in pats[key].finditer(ctx.text):
            if key == "chunk" and not pats["heads"].search(m.group()):
                bad = pats["not_org"].search(m.group())
                if bad:
                    ctx.named_things.append(named_thing_span(m.group(), m.start(), bad.start()))
                continue
            if key != "chunk":
                out.append(Candidate(m.start(), m.end(), "pattern"))
                continue
            parts = [
                p
                for a, b in adjective_parts(ctx.text, m.start(), m.end())
                for p in split_possessive_pair(ctx.text, a, b)
            ]
            for part in parts:
                for start, end in split_named_pair(ctx, *part):
                    if pats["heads"].search(ctx.text, start, end):
                        out.append(Candidate(start, end, "pattern"))
    return out


_POSSESSIVE = re.compile(r"['’]s[^\S\n]+(?=[A-Z])")


def split_possessive_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run naming a body and, after its possessive, a body of it, split in two ("the State
    Department's Bureau of Population, Refugees, and Migration"); "Ontario's Ministry of Health"
    (a place before) and "Ombudsman's Office" (a lone head after) stay one run for the filters."""
    heads = patterns()["heads"]
    m = _POSSESSIVE.search(text, start, end)
    if m is None:
        return [(start, end)]
    left, right = text[start : m.start()], text[m.end() : end]
    if heads.search(left) and heads.search(right) and not heads.fullmatch(right):
        return [(start, m.start()), (m.end(), end)]
    return [(start, end)]


_AND = re.compile(r"\s+(?:and|&)\s+(?=[A-Z])")


def split_named_pair(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """A run naming two bodies joined by "and" split in two: where the long form of a defined
    acronym starts ("Department of Homeland Security and Immigration and Customs Enforcement
    (ICE)"), where a name ending in a head word meets another with a head word ("Refugee
    Council and Legal Aid Board"), or where a body meets a name the gazetteer knows; "Ministry of
    Labour and Social Affairs" stays whole."""
    heads = patterns()["heads"]
    longs = {d.long_start for d in ctx.acronyms.definitions}
    out = []
    for m in _AND.finditer(ctx.text, start, end):
        left = ctx.text[start : m.start()]
        last = left.split()[-1] if left.split() else ""
        right = ctx.text[m.end() : end]
        paired = bool(heads.fullmatch(last)) and len(left.split()) > 1 and heads.search(right)
        if m.end() in longs or paired or _known_after_body(left, right):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, end))
    return out


def _known_after_body(left: str, right: str) -> bool:
    """Whether "and" joins a body to a name the gazetteer knows ("Office of Inspector General and
    Human Rights Watch"): the left part is a name the gazetteer knows or ends a body, its head
    word last (English) or first (Spanish, French) before any connector; "African Union Peace
    and Security Council" is one name."""
    from gcmextract.extractors.organizations.lexicon import lookup

    if lookup(right.strip()) is None:
        return False
    words = _BEFORE_CONNECTOR.split(left, maxsplit=1)[0].split()
    heads = patterns()["heads"]
    ends_body = bool(words) and bool(heads.fullmatch(words[-1]) or heads.fullmatch(words[0]))
    return ends_body or lookup(left.strip()) is not None


# the words of a name before its first connector ("Office" of "Office of Inspector General")
_BEFORE_CONNECTOR = re.compile(r"\s+(?:of|for|on|against|to|in|para|pour|de|del|des|du|sur)\b")


def from_media_cues(ctx: Context) -> list[Candidate]:
    """Media outlets named after a cue ("media outlets X and Y")."""
    out: list[Candidate] = []
    for m in patterns()["media"].finditer(ctx.text):
        for name in re.finditer(
            r"[A-ZÀ-Ý][\w’'\-]*(?:\s+(?:de|del|la|el|of|the)?\s*[A-ZÀ-Ý][\w’'\-]*)*",
            m.group("names"),
        ):
            s0 = m.start("names") + name.start()
            out.append(Candidate(s0, s0 + len(name.group()), "gazetteer", None, None, "media"))
    return out


def from_ner(ctx: Context) -> list[Candidate]:
    """Statistical ORG spans, and other entity spans that contain an organisation head word (a
    span joining two bodies by "and" split as pattern runs are)."""
    heads = patterns()["heads"]
    return [
        Candidate(a, b, "ner")
        for start, end, label in ctx.ner_spans
        if label == "ORG" or (label in _HEADED_LABELS and heads.search(ctx.text[start:end]))
        for a, b in split_named_pair(ctx, start, end)
    ]


def from_language_names(ctx: Context) -> list[Candidate]:
    """Spanish and French official names with their connectors and elisions, and French heads
    written in lower case ("ministère de l'Intérieur"); only for documents in that language."""
    from gcmextract.extractors.organizations.language_names import (
        find_names,
        has_name_head,
        lower_head,
        split_joined,
    )

    heads = patterns()["heads"]

    def is_head(word: str) -> bool:
        return bool(heads.fullmatch(word)) or has_name_head(ctx.language, word)

    out: list[Candidate] = []
    for found in find_names(ctx.text, ctx.language):
        for start, end in split_joined(ctx.text, *found, is_head):
            name = ctx.text[start:end]
            if (
                heads.search(name)
                or lower_head(ctx.language, name)
                or has_name_head(ctx.language, name)
            ):
                out.append(Candidate(start, end, "pattern"))
    return out


GENERATORS = (
    from_definitions,
    from_glossary,
    from_gazetteer,
    from_patterns,
    from_language_names,
    from_media_cues,
    from_ner,
)


def generate(ctx: Context) -> list[Candidate]:
    """Every generator's candidates, in a fixed order (the order breaks ties between overlaps)."""
    return [c for gen in GENERATORS for c in gen(ctx)]

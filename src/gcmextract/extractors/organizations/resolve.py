"""Organisation candidates from NER, name patterns, the gazetteer and acronym definitions, cleaned,
filtered (no programmes, events, documents, job titles, places) and resolved to one canonical name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gcmextract.extractors.organizations.acronyms import Definition, find_definitions
from gcmextract.schema import Organization


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads(resources.files(__package__).joinpath("vocabulary.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def gazetteer() -> tuple[
    dict[str, tuple[str, str | None, str]], dict[str, tuple[str, str | None, str]]
]:
    """(names -> entry, acronyms -> entry), entry = (canonical, main acronym, type)."""
    rows = json.loads(resources.files(__package__).joinpath("gazetteer.json").read_text("utf-8"))
    rows = _with_translations(rows)
    names: dict[str, tuple[str, str | None, str]] = {}
    acronyms: dict[str, tuple[str, str | None, str]] = {}
    for canonical, acrs, typ, aliases in rows:
        entry = (canonical, acrs[0] if acrs else None, typ)
        # "United Nations X" is also written "UN X"
        short_un = [
            f"UN {n[15:]}" for n in [canonical, *aliases] if n.startswith("United Nations ")
        ]
        for n in [canonical, *aliases, *short_un]:
            # a leading "the" is not part of a name (ANNOTATION.md): "the United Nations"
            names.setdefault(name_key(re.sub(r"^the\s+", "", n, flags=re.I)), entry)
        for a in acrs:
            acronyms[a] = entry
    return names, acronyms


def _with_translations(rows: list) -> list:
    """Gazetteer rows with their Spanish and French names and acronyms added as aliases
    (gazetteer_translations.json): one English canonical across languages."""
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


@lru_cache(maxsize=1)
def _spellings() -> list[tuple[str, re.Pattern[str]]]:
    """(key spelling, pattern of every spelling) from vocabulary.json: American and British
    spellings of one name ("Organization"/"Organisation") share a key and match its surface regex."""
    return [(key, re.compile(rx)) for key, rx in vocab()["spelling_variants"].items()]


def _surface_regex(key: str) -> str:
    """A regex matching every written form of a gazetteer key (spellings, apostrophes, spacing)."""
    out = re.escape(key).replace("'", "['’]").replace(r"\ ", r"\s+")
    for word, pattern in _spellings():
        out = out.replace(word, f"(?:{pattern.pattern})")
    return out


def name_key(name: str) -> str:
    """A name's lookup key: lower case, one space between words, straight apostrophes, one spelling."""
    key = " ".join(name.replace("’", "'").split()).lower()
    for word, pattern in _spellings():
        key = pattern.sub(word, key)
    return key


def _alt(words) -> str:  # type: ignore[no-untyped-def]
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    names, acronyms = gazetteer()
    # a capitalised word; a dot stays only inside an abbreviation ("U.S."), never a sentence end
    cap = r"[A-ZÀ-Ý](?:[\w’'\-]|\.(?=\w))*(?:(?<=\.\w)\.)?"
    conn = (
        r"(?:(?:of|for|on|against|to|in|para|pour|de|sur)(?:\s+(?:the|la|las|los|el|les))?"
        r"|and|&|\+|y|et|del|des|du|sans)"
    )
    # words of one name never cross a line break, except after a connector ("Ministry of\nLabour")
    sp = r"[^\S\n]"
    chunk = rf"{cap}(?:(?:,{sp}+|{sp}+(?:{conn}(?:{sp}+|{sp}*\n{sp}*))?){cap})*"
    gaz_names = "|".join(_surface_regex(n) for n in sorted(names, key=len, reverse=True))
    gaz_acr = _alt(acronyms)
    return {
        "chunk": re.compile(rf"(?<![\w’'])(?:{chunk})"),
        "sans": re.compile(rf"\b{cap}\s+(?:sans|Sans)\s+(?:frontières|Frontières)(?:\s+{cap})?"),
        "heads": re.compile(rf"\b(?:{_alt(v['org_heads'])})\b"),
        "not_org": re.compile(rf"\b(?:{_alt(v['not_org_words'])})\b"),
        "gaz_name": re.compile(rf"(?<![\w-])(?:{gaz_names})(?![\w])", re.I),
        # "EU-IOM" names two bodies; "UNHCR-1" or "G20-X" glued to other letters names neither
        "gaz_acr": re.compile(
            rf"(?<![\w])(?:{gaz_acr})(?![\w]|-(?!(?:{gaz_acr})(?![\w]))[A-Z0-9])"
        ),
        "title_before": re.compile(
            rf"\b(?:{_alt(v['title_before'])})\b[^.]{{0,60}}\b(?:of|for|at)\s+(?:the\s+)?$"
        ),
        "leading_phrase": re.compile(
            rf"(?:{_alt(v['leading_phrases'])})\s+(?:the\s+)?(?=[A-ZÀ-Ý])", re.I
        ),
        **{
            f"type_{key}": re.compile(rf"\b(?:{_alt(v[key])})\b")
            for key in (
                "academic_words",
                "government_words",
                "ngo_words",
                "media_words",
                "private_words",
            )
        },
        "group": re.compile(rf"\b(?:{_alt(v['group_words'])})$"),
        "thing_after": re.compile(rf"^[\s\"”’']+(?:{_alt(v['thing_after'])})\b", re.I),
        "media": re.compile(
            rf"\b(?:{_alt(v['media_cues'])})\s+(?P<names>[A-ZÀ-Ý][^,.;:()]*?(?:\s+and\s+[A-ZÀ-Ý][^,.;:()]*?)?)(?=,|\.|;|\s+(?:an?|the|which|that|who)\b)",
            re.I,
        ),
        "gov_of": re.compile(rf"\bGovernment of (?:the\s+)?{cap}(?:\s+{cap})*"),
    }


@dataclass
class Candidate:
    start: int
    end: int
    source: str  # gazetteer | acronym | long | pattern | ner
    canonical: str | None = None
    acronym: str | None = None
    type: str | None = None


def lookup(name: str) -> tuple[str, str | None, str] | None:
    """The gazetteer entry of a name or acronym, also when written "UN X" for "United Nations X"."""
    names, acronyms = gazetteer()
    entry = names.get(name_key(name)) or acronyms.get(name)
    if entry is None:
        m = re.match(r"(?:UN|U\.N\.)[\s-]+(?=[A-Z])", name)
        if m:
            entry = names.get(name_key("United Nations " + name[m.end() :]))
    return entry


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
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


# the last item of a list inside a name: "Migration, Asylum and Refugees"
_LIST_JOIN = re.compile(r"\s(?:and|&|y|et)\s")


def _narrow(text: str, start: int, end: int) -> tuple[int, int]:
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
        if not _LIST_JOIN.search(tail):
            end = start + comma
    return _trim(text, start, end)


def _named_thing(run: str, offset: int, at: int) -> tuple[int, int]:
    """The span of the name of a programme, event or document found at `at` in a capitalised run:
    its comma-separated part, extended to the run's end when the run ends in "and X" (one name
    with a list in it: "Global Compact for Safe, Orderly and Regular Migration")."""
    first = run.rfind(",", 0, at) + 1
    last = run.find(",", at)
    if last < 0 or _LIST_JOIN.search(run[run.rfind(",") :]):
        last = len(run)
    return offset + first, offset + last


def _type(name: str, known: str | None) -> str:
    if known:
        return known
    for key, typ in (
        ("academic_words", "academic"),
        ("government_words", "government"),
        ("ngo_words", "ngo"),
        ("media_words", "media"),
        ("private_words", "private"),
    ):
        if patterns()[f"type_{key}"].search(name):
            return typ
    return "other"


def words_of(name: str) -> list[str]:
    return re.findall(r"[\w’'\-]+", name)


def _norm(name: str) -> str:
    return " ".join(name.split())


def find_organizations(
    text: str,
    ner_spans: list[tuple[int, int, str]],
    place_names: set[str] | None = None,
    exclude: list[tuple[int, int]] | None = None,
) -> list[Organization]:
    """Organisations in `text` given NER (start, end, label) spans and names of places to reject."""
    v = vocab()
    pats = patterns()
    names, acronyms = gazetteer()
    places = {p.lower() for p in (place_names or set())}
    groups = {t for s, e, lab in ner_spans if lab == "NORP" for t in [text[s:e]]}
    not_acr = set(v["not_org_acronyms"])
    backref = {b.lower() for b in v["backref_single"]}
    cands: list[Candidate] = []

    # 1. acronym definitions whose long form is an organisation
    defs: dict[str, Definition] = {}
    all_defs: list[Definition] = []
    # ends of the statistical model's ORG spans: a long form ending there names an organisation
    org_ends = {e for s, e, lab in ner_spans if lab == "ORG"}
    for d in find_definitions(text):
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
        if long_ok and d.short not in not_acr:
            defs.setdefault(d.short, d)
            all_defs.append(d)
    long_canon = {}
    for short, d in defs.items():
        entry = names.get(name_key(d.long)) or acronyms.get(short)
        canonical = entry[0] if entry and entry[0].lower() == d.long.lower() else _norm(d.long)
        if entry and name_key(d.long) in names:
            canonical = entry[0]
        long_canon[short] = (canonical, entry[2] if entry else None)
    for d in all_defs:
        short = d.short
        canonical, typ0 = long_canon[short]
        entry = names.get(name_key(d.long)) or acronyms.get(short)
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
            cands.append(
                Candidate(
                    ls, le + tail.end(), "long", _norm(text[ls : le + tail.end()]), None, None
                )
            )
        else:
            cands.append(Candidate(ls, le, "long", canonical, short, typ0))
    for short in defs:
        for m in re.finditer(rf"(?<![\w])(?:{re.escape(short)})(?![\w]|-[A-Z0-9])", text):
            canonical, typ = long_canon[short]
            cands.append(Candidate(m.start(), m.end(), "acronym", canonical, short, typ))

    # 2. gazetteer names and acronyms (undefined acronyms resolve here)
    for m in pats["gaz_name"].finditer(text):
        entry = names[name_key(m.group())]
        if m.group()[0].islower():
            continue
        cands.append(Candidate(m.start(), m.end(), "gazetteer", entry[0], entry[1], entry[2]))
    for m in pats["gaz_acr"].finditer(text):
        if m.group() in defs:
            continue
        entry = acronyms[m.group()]
        end = m.end()
        office = re.match(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", text[end : end + 40])
        if office and office.group(1).lower() in places:
            end += office.end()  # country office: "IOM Egypt"
        cands.append(Candidate(m.start(), end, "gazetteer", entry[0], m.group(), entry[2]))

    # 3. name patterns with an organisation head word; "Government of X"; "X sans frontières"
    rejected: list[tuple[int, int]] = []  # names of programmes, events, documents
    for key in ("chunk", "gov_of", "sans"):
        for m in pats[key].finditer(text):
            if key == "chunk" and not pats["heads"].search(m.group()):
                bad = pats["not_org"].search(m.group())
                if bad:
                    rejected.append(_named_thing(m.group(), m.start(), bad.start()))
                continue
            cands.append(Candidate(m.start(), m.end(), "pattern"))

    # media outlets named after a cue ("media outlets X and Y")
    for m in pats["media"].finditer(text):
        for name in re.finditer(
            r"[A-ZÀ-Ý][\w’'\-]*(?:\s+(?:de|del|la|el|of|the)?\s*[A-ZÀ-Ý][\w’'\-]*)*",
            m.group("names"),
        ):
            s0 = m.start("names") + name.start()
            cands.append(Candidate(s0, s0 + len(name.group()), "gazetteer", None, None, "media"))

    # 4. statistical NER
    for start, end, label in ner_spans:
        seg = text[start:end]
        if label == "ORG" or (
            label in ("PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "GPE")
            and pats["heads"].search(seg)
        ):
            cands.append(Candidate(start, end, "ner"))

    # clean, filter
    kept: list[Candidate] = []
    person_titles = set(v["person_titles"])
    for c in cands:
        c.start, c.end = _trim(text, c.start, c.end)
        if c.end <= c.start:
            continue
        name = text[c.start : c.end]
        if c.source in ("pattern", "ner"):
            if c.source == "ner" and "\n" in name:
                continue
            # an unclosed bracket ends the name: "International Labour Organization (ILO"
            bracket = name.find("(")
            if bracket > 0 and ")" not in name[bracket:]:
                c.start, c.end = _trim(text, c.start, c.start + bracket)
                name = text[c.start : c.end]
                if not name:
                    continue
            # a possessive inside: "Ontario's Ministry of Health" keeps the part after it,
            # "Government of Canada's Budget" the organisation before it
            pm = re.search(r"^(.*?)['’]s\s+(?=[A-Z])", name)
            if pm and pats["heads"].fullmatch(name[pm.end() :]):
                pass  # "Colombian Ombudsman's Office": one name
            elif pm and (
                pats["heads"].search(pm.group(1)) or pm.group(1).startswith("Government of")
            ):
                c.end = c.start + len(pm.group(1))
            elif pm:
                c.start += pm.end()
            name = text[c.start : c.end]
            c.start, c.end = _narrow(text, c.start, c.end)
            name = text[c.start : c.end]
            hm = re.match(r"([A-Z][\w.]+)-(?=[A-Z])", name)
            if hm and hm.group(1).lower() in places:
                c.start += hm.end()  # "Canada-European Union": the place prefix is not part of it
                name = text[c.start : c.end]
            if (
                words_of(name)
                and (words_of(name)[0] in groups or words_of(name)[-1] in groups)
                and not pats["heads"].search(name)
            ):
                continue  # people named by a nationality: "Venezuelan Migrants", "Uyghur Turks"
            # "X Society in Central America": a trailing place is not part of the name
            tm = re.search(r"\s+in\s+(.+)$", name)
            if (
                tm
                and not pats["heads"].search(tm.group(1))
                and any(tm.group(1).lower().startswith(p) for p in places if len(p) > 3)
            ):
                c.end = c.start + tm.start()
                name = text[c.start : c.end]
            if not name[:1].isupper() and not name[:1].isdigit():
                continue
            if name.split()[0].rstrip(".") in person_titles:
                continue  # a person: "Prince Moulay Rachid", "H.E. Mr. X"
            if pats["not_org"].search(name) and name_key(name) not in names:
                if c.source == "pattern":
                    rejected.append((c.start, c.end))
                continue
            heads_only = all(pats["heads"].fullmatch(w) for w in words_of(name))
            if heads_only:
                continue
            if pats["title_before"].search(text[max(0, c.start - 90) : c.start]):
                continue
            words = name.split()
            if len(words) == 1 and (
                name.lower() in backref or name.isupper() and (name in not_acr or len(name) < 3)
            ):
                continue
            if (
                len(words) == 1
                and not name.isupper()
                and not pats["heads"].search(name)
                and name_key(name) not in names
            ):
                continue
            if name.lower() in places or any(ch.isdigit() for ch in name):
                continue  # numbered names are events and documents ("COP31"); G20 is in the gazetteer
            if "[" in name or "]" in name:
                continue
            if pats["group"].search(name) and not pats["heads"].search(name):
                continue  # people, not bodies: "First Nations", "Venezuelan Migrants"
            if name.isupper() and (name in not_acr or name.lower() in places):
                continue
            if re.fullmatch(r"[A-Z]{2,3}", name) and name not in acronyms and name not in defs:
                continue
            if name.lower() in backref or (
                len(words) == 2
                and words[0].lower() in ("national", "federal", "local", "regional")
                and words[1].lower() in backref
            ):
                continue
        kept.append(c)

    # a statistical guess inside the name of an event or programme is part of that name
    kept = [
        c
        for c in kept
        if c.source != "ner" or not any(a <= c.start and c.end <= b for a, b in rejected)
    ]
    kept = [
        c
        for c in kept
        if c.source in ("long", "acronym", "gazetteer")
        or not pats["thing_after"].match(text[c.end : c.end + 30])
    ]
    # overlaps: longer spans win; at equal length prefer gazetteer/acronym knowledge
    rank = {"long": 0, "acronym": 0, "gazetteer": 1, "pattern": 2, "ner": 3}
    kept.sort(key=lambda c: (-(c.end - c.start), rank[c.source], c.start))
    chosen: list[Candidate] = []
    for c in kept:
        if any(not (c.end <= o.start or c.start >= o.end) for o in chosen):
            continue
        if exclude and any(not (c.end <= a or c.start >= b) for a, b in exclude):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)

    split: list[Candidate] = []
    for c in chosen:
        tm = re.search(r"\s+([A-Z]{3,12})$", text[c.start : c.end])
        if c.source in ("pattern", "ner") and tm and len(words_of(text[c.start : c.end])) > 2:
            cut = c.start + tm.start()
            joined = re.search(r"\s+(?:and|&|y|et|or)$", text[c.start : cut])
            if joined:  # "Ministry of Labour and NATO": two bodies, not a name and its acronym
                a, b = _trim(text, c.start, cut)
                entry = lookup(tm.group(1))
                split.append(Candidate(a, b, c.source))
                split.append(
                    Candidate(
                        c.start + tm.start(1),
                        c.end,
                        "gazetteer",
                        entry[0] if entry else None,
                        tm.group(1),
                        entry[2] if entry else None,
                    )
                )
                continue
            base = _norm(text[c.start : cut])
            split.append(Candidate(c.start, cut, c.source, None, tm.group(1), None))
            split.append(
                Candidate(c.start + tm.start(1), c.end, "acronym", base, tm.group(1), None)
            )
        else:
            split.append(c)
    chosen = split
    # a name restated in brackets (a translation or the other language) keeps the first one's canonical
    for a, b in zip(chosen, chosen[1:], strict=False):
        if re.fullmatch(
            r"\s*(?:[A-Z]{2,12}\s*)?\(\s*(?:or\s+|i\.e\.\s+|in English,?\s+)?",
            text[a.end : b.start],
        ):
            b.canonical = a.canonical or _norm(text[a.start : a.end])
    out: list[Organization] = []
    for c in chosen:
        name = _norm(text[c.start : c.end])
        entry = lookup(name)
        canonical = c.canonical or (entry[0] if entry else name)
        typ = c.type or (entry[2] if entry else None)
        acr = c.acronym
        if acr is None:
            for short, (canon, _t) in long_canon.items():
                if canon == canonical:
                    acr = short
        # a possessive place before the name qualifies it: "Ontario's Ministry of Health"
        pm = re.search(
            r"([A-Z][\w]+(?:\s+[A-Z][\w]+)?)['’]s\s+$", text[max(0, c.start - 40) : c.start]
        )
        if pm and pm.group(1).lower() in places and canonical == name:
            canonical = f"{pm.group(1)} {name}"
        out.append(
            Organization(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                canonical=canonical,
                acronym=acr,
                type=_type(canonical, typ),
            )
        )  # type: ignore[arg-type]
    return out

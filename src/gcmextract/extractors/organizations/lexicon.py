"""Organisation vocabularies (vocabulary.json, gazetteer.json) loaded once, with the name keys,
gazetteer lookup and compiled patterns every stage shares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from gcmextract.resources.lexicon import load_json

# a gazetteer entry: (canonical name, main acronym, type)
Entry = tuple[str, str | None, str]

# a capitalised word; a dot stays only inside an abbreviation ("U.S."), never a sentence end
CAP = r"[A-ZÀ-Ý](?:[\w’'\-]|\.(?=\w))*(?:(?<=\.\w)\.)?"
# the last item of a list inside a name: "Migration, Asylum and Refugees"
LIST_JOIN = re.compile(r"\s(?:and|&|y|e|et)\s")


@lru_cache(maxsize=1)
def vocab() -> dict:
    """vocabulary.json: head words, type cues, words that mark a non-organisation, connectors."""
    from gcmextract.resources.vocabularies import vocabulary

    return vocabulary("gcmextract.extractors.organizations")


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Entry], dict[str, Entry]]:
    """(names -> entry, acronyms -> entry), entry = (canonical, main acronym, type)."""
    from gcmextract.extractors.organizations.translations import with_translations

    rows = with_translations(load_json(__package__, "gazetteer.json"))
    names: dict[str, Entry] = {}
    acronyms: dict[str, Entry] = {}
    for canonical, acrs, typ, aliases in rows:
        entry = (canonical, acrs[0] if acrs else None, typ)
        # "United Nations X" is also written "UN X"
        short_un = [
            f"UN {n[15:]}" for n in [canonical, *aliases] if n.startswith("United Nations ")
        ]
        for n in [canonical, *aliases, *short_un]:
            # a leading "the" is not part of a name (docs/annotation.md): "the United Nations"
            names.setdefault(name_key(re.sub(r"^the\s+", "", n, flags=re.I)), entry)
        for a in acrs:
            acronyms[a] = entry
    return names, acronyms


@lru_cache(maxsize=1)
def lower_end_keys() -> frozenset[str]:
    """Keys of gazetteer names written with a lower-case last word ("Système des Nations unies"):
    any other name matched with a lower-case last word ("United Nations system") is no match."""
    from gcmextract.extractors.organizations.translations import with_translations

    rows = with_translations(load_json(__package__, "gazetteer.json"))
    return frozenset(
        name_key(n)
        for canonical, _acrs, _typ, aliases in rows
        for n in [canonical, *aliases]
        if n.split() and n.split()[-1][:1].islower()
    )


@lru_cache(maxsize=1)
def _spellings() -> list[tuple[str, re.Pattern[str]]]:
    """(key spelling, pattern of every spelling) from vocabulary.json: American and British
    spellings of one name ("Organization"/"Organisation") share a key and match its surface regex."""
    return [(key, re.compile(rx)) for key, rx in vocab()["spelling_variants"].items()]


# Spanish writes "de las Naciones Unidas" and "de Naciones Unidas", "de los Estados" and "de
# Estados": a key drops the plural article after "de", a surface form may have it
_DE_ARTICLE = re.compile(r"(?<![\w'])de (?:las|los) ")
_DE_IN_REGEX = re.compile(r"(?<![\w\\'])de\\s\+")


def surface_regex(key: str) -> str:
    """A regex matching every written form of a gazetteer key (spellings, apostrophes, spacing,
    a plural article after "de" written or not)."""
    out = re.escape(key).replace("'", "['’]").replace(r"\ ", r"\s+")
    out = _DE_IN_REGEX.sub(lambda _m: r"de\s+(?:(?:las|los)\s+)?", out)
    for word, pattern in _spellings():
        out = out.replace(word, f"(?:{pattern.pattern})")
    return out


def name_key(name: str) -> str:
    """A name's lookup key: lower case, one space between words, straight apostrophes, one spelling."""
    key = _DE_ARTICLE.sub("de ", " ".join(name.replace("’", "'").split()).lower())
    for word, pattern in _spellings():
        key = pattern.sub(word, key)
    return key


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def by_first_letter(keys: list[str]) -> str:
    """The alternation of the keys' surface regexes, in the order given, grouped by first letter
    behind a look-ahead for it: a case-insensitive search then tries one group at a word, not every
    name. The same matches: a group holds every key whose first letter could match the same
    character (upper-cased after lower-casing: s and ſ, k and K), so one group at most can match at
    a place, its keys in their order."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[:1].lower().upper(), []).append(key)
    return "|".join(
        f"(?=[{''.join(re.escape(c) for c in sorted({k[:1] for k in group}))}])"
        f"(?:{'|'.join(surface_regex(k) for k in group)})"
        for group in groups.values()
    )


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled patterns of the vocabulary: name chunks, head words, gazetteer names and acronyms."""
    v = vocab()
    names, acronyms = gazetteer()
    cap = CAP
    conn = (
        r"(?:(?:of|for|on|against|to|in|para|pour|de|sur)(?:\s+(?:the|la|las|los|el|les))?"
        r"|and|&|\+|y|et|del|des|du|sans)"
    )
    # words of one name never cross a line break, except after a connector ("Ministry of\nLabour")
    sp = r"[^\S\n]"
    # a serial comma before the last item: "Bureau of Population, Refugees, and Migration"
    chunk = (
        rf"{cap}(?:(?:,{sp}+(?:(?:and|&|y|et){sp}+)?|{sp}+(?:{conn}(?:{sp}+|{sp}*\n{sp}*))?){cap})*"
    )
    gaz_names = by_first_letter(sorted(names, key=len, reverse=True))
    gaz_acr = alternation(acronyms)
    return {
        "chunk": re.compile(rf"(?<![\w’'])(?:{chunk})"),
        "sans": re.compile(rf"\b{cap}\s+(?:sans|Sans)\s+(?:frontières|Frontières)(?:\s+{cap})?"),
        "heads": re.compile(rf"\b(?:{alternation(v['org_heads'])})\b"),
        "not_org": re.compile(rf"\b(?:{alternation(v['not_org_words'])})\b"),
        "gaz_name": re.compile(rf"(?<![\w-])(?:{gaz_names})(?![\w])", re.I),
        # "EU-IOM" names two bodies; "UNHCR-1" or "G20-X" glued to other letters names neither
        "gaz_acr": re.compile(
            rf"(?<![\w])(?:{gaz_acr})(?![\w]|-(?!(?:{gaz_acr})(?![\w]))[A-Z0-9])"
        ),
        "title_before": re.compile(
            rf"\b(?:{alternation(v['title_before'])})\b[^.]{{0,60}}\b(?:of|for|at)\s+(?:the\s+)?$"
        ),
        "leading_phrase": re.compile(
            rf"(?:{alternation(v['leading_phrases'])})\s+"
            r"(?:(?:the|el|la|los|las|le|les)\s+|l['’])?(?=[A-ZÀ-Ý])",
            re.I,
        ),
        **{
            f"type_{key}": re.compile(rf"\b(?:{alternation(v[key])})\b")
            for key in (
                "academic_words",
                "government_words",
                "ngo_words",
                "media_words",
                "private_words",
            )
        },
        "group": re.compile(rf"\b(?:{alternation(v['group_words'])})$"),
        "thing_after": re.compile(
            rf"^(?:\s*\(\s*[A-Z][\w&\-]{{1,11}}\s*\)|\))?[\s\"”’']+(?:{alternation(v['thing_after'])})\b",
            re.I,
        ),
        "media": re.compile(
            rf"\b(?:{alternation(v['media_cues'])})\s+(?P<names>[A-ZÀ-Ý][^,.;:()]*?(?:\s+and\s+[A-ZÀ-Ý][^,.;:()]*?)?)(?=,|\.|;|\s+(?:an?|the|which|that|who)\b)",
            re.I,
        ),
        "gov_of": re.compile(rf"\bGovernment of (?:the\s+)?{cap}(?:\s+{cap})*"),
        # an agency named by its field and its country: "Migración Colombia", "Statistics Canada"
        "country_agency": re.compile(
            rf"(?<![\w’'])(?:{alternation(v['country_agency_words'])})[^\S\n]+"
            rf"(?:{alternation(_country_names())})(?![\w’'])"
        ),
    }


def _country_names() -> list[str]:
    """Country names of one word or more, capitalised (for names that end in one)."""
    from gcmextract.resources.country import country_names

    return [n for n in country_names() if n[:1].isupper() and len(n) > 3]


def lookup(name: str) -> Entry | None:
    """The gazetteer entry of a name or acronym, also when written "UN X" for "United Nations X"."""
    names, acronyms = gazetteer()
    entry = names.get(name_key(name)) or acronyms.get(name)
    if entry is None:
        m = re.match(r"(?:UN|U\.N\.)[\s-]+(?=[A-Z])", name)
        if m:
            entry = names.get(name_key("United Nations " + name[m.end() :]))
    return entry


def words_of(name: str) -> list[str]:
    """The words of a name (letters, digits, apostrophes and hyphens)."""
    return re.findall(r"[\w’'\-]+", name)


def norm_space(name: str) -> str:
    """A name with one space between its words (line breaks inside names become spaces)."""
    return " ".join(name.split())


_TYPE_KEYS = (
    ("academic_words", "academic"),
    ("government_words", "government"),
    ("ngo_words", "ngo"),
    ("media_words", "media"),
    ("private_words", "private"),
)


def org_type(name: str, known: str | None) -> str:
    """The organisation type: the known one, else the first type whose cue words the name contains."""
    if known:
        return known
    for key, typ in _TYPE_KEYS:
        if patterns()[f"type_{key}"].search(name):
            return typ
    return "other"

"""Spanish and French official names: capitalised runs joined by the language's connectors and
elided articles ("Direction générale d'Appui aux Sénégalais de l'Extérieur"), and French heads
written in lower case ("ministère de l'Intérieur et de la Sécurité publique"). Data in
language_names.json; used only for documents identified as that language."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from gcmextract.extractors.organizations.lexicon import CAP, alternation


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(
        resources.files(__package__).joinpath("language_names.json").read_text("utf-8")
    )


def languages() -> set[str]:
    """Languages with name patterns of their own."""
    return {k for k in _data() if not k.startswith("_")}


# a lower-case adjective ("générale", "démographique", "publique")
_ADJECTIVE = (
    r"(?:[a-zà-ÿ]{2,}(?:ale|aux|al|ique|ien|ienne|ain|aine|ais|aise|ère|ier|ière|if|ive|"
    r"el|elle|é|ée|itime|eure|eur|ile|aire)s?)(?![\w’'])"
    # a verb ends the name: "la Banque mondiale estime que", "le Conseil rappelle les"
    r"(?![^\S\n]+(?:que|qu['’]|le|la|les|l['’]|un|une|ce|cette|ces|son|sa|ses|leur|leurs)\b)"
)


@lru_cache(maxsize=4)
def name_pattern(language: str) -> re.Pattern[str]:
    """A name: a capitalised word or lower-case head, then capitalised words joined by spaces,
    commas, connectors or elided articles; lower-case adjectives right after a head stay in it
    ("Direction générale", "Agence nationale")."""
    d = _data()[language]
    sp = r"[^\S\n]"
    conn = alternation(d["connectors"])
    elided = alternation(d["elisions"]) if d["elisions"] else None
    lower = alternation(d["lower_heads"]) if d["lower_heads"] else None
    adj = _ADJECTIVE
    head = rf"(?:{CAP}(?:{sp}+{adj})?" + (rf"|(?:{lower})(?:{sp}+{adj})?" if lower else "") + ")"
    glue = rf"(?:{sp}+(?:{conn}){sp}+" + (rf"|{sp}+(?:{elided})" if elided else "") + ")"
    word = rf"{CAP}(?:{sp}+{adj})?"
    # after a comma a name goes on only with a connector ("africaine, des Affaires étrangères"):
    # "l'Union européenne, l'Espagne" or "Banque mondiale, Union africaine" are lists of names
    of = alternation([e for e in d["elisions"] if e[0] in "dD"])
    after_comma = rf"(?:{conn}){sp}+" + (rf"|(?:{of})" if of else "")
    # ... or when the words after it close a list inside the name with "y", "e" or "et" and a
    # capitalised word ("Ministerio de Educación, Ciencia e Innovación"; a list of names is cut
    # again later, where its first item is a name of its own)
    closes = rf"(?=[^.;:()\n]{{0,80}}?{sp}(?:y|e|et){sp}+[A-ZÀ-Ý])"
    sep = rf"(?:,{sp}+(?:{after_comma}|{closes})|{glue}|{sp}+)"
    # an article opens no name ("Le ministère" is "ministère", never "Le" + adjective)
    article = r"(?!(?:Le|La|Les|El|Los|Las|Un|Une|Una|Uno|Des|Del|Du)\b)"
    # a name starts after a space or punctuation, or right after an elided article ("l'Université")
    start = r"(?:(?<![\w’'])|(?<=(?<!\w)[lLdD]['’]))"
    return re.compile(rf"{start}(?:{article}{head})(?:{sep}{word})*")


def lower_head(language: str | None, name: str) -> bool:
    """True when `name` starts with a head its language writes in lower case ("ministère")."""
    if language not in languages():
        return False
    heads = _data()[language]["lower_heads"]
    low = name.lower()
    return any(low.startswith(h.lower() + " ") for h in heads)


def has_name_head(language: str | None, name: str) -> bool:
    """True when `name` starts with a head word of its language ("Gouvernement", "Fiscalía")."""
    if language not in languages():
        return False
    first = name.split()[0] if name.split() else ""
    return first in set(_data()[language].get("name_heads", []))


_JOINED = re.compile(
    r"\s+(?:y|et|e)\s+(?:del|de la|de los|de las|du|de l['’]|des|al|a la|au|aux|la|le|el|les)\s+"
    r"(?=[A-ZÀ-Ý])"
)


def split_joined(
    text: str, start: int, end: int, is_head: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """A run naming two bodies joined by "y del" / "et du" ("Ejecutivo Federal y del Senado de la
    República") split where the word after the article is an organisation head."""
    out = []
    for m in _JOINED.finditer(text, start, end):
        word = re.match(r"[\w’'\-]+", text[m.end() : end])
        if word and is_head(word.group()):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, end))
    return out


@lru_cache(maxsize=4)
def lower_tail(language: str) -> re.Pattern[str] | None:
    """A sentence-case tail: connector and lower-case words ("de l'emploi", "des droits de
    l'homme"), ending right before punctuation, a bracket or "et la" and another name, or with a
    capitalised place after a connector (a verb it ran into is cut later: `verb_start`); None when
    the language has none."""
    conns = _data()[language].get("lower_tail_connectors", [])
    if not conns:
        return None
    sp = r"[^\S\n]"
    elided = alternation(c for c in conns if c[-1] in "'’")
    joined = alternation(c for c in conns if c[-1] not in "'’")
    glue = rf"(?:{sp}+(?:{joined}){sp}+|{sp}+(?:{elided}))"
    # "et ..." joins a tail's later words, never its first: "ministères et les associations"
    first = rf"(?!{sp}+(?:et|y|e){sp}){glue}"
    # a head written in lower case starts another body: "et le ministère de l'Intérieur"
    heads = _data()[language].get("lower_heads", [])
    other = rf"(?!(?:{alternation(h.split()[0] for h in heads)})(?![\w’']))" if heads else ""
    word = rf"{other}[a-zà-ÿ][a-zà-ÿ\-]{{2,}}"
    # the name ends at punctuation, before "et la ..." joining another body, or with the country
    # or place it belongs to ("... de la statistique du Burkina Faso")
    place = rf"{glue}{CAP}(?:{sp}+{CAP})*"
    end = rf"(?={sp}*[,.;:()]|{sp}*$|{sp}+(?:et|ou){sp}+(?:la|le|les|l['’]|du|des){sp}*[A-ZÀ-Ý])"
    return re.compile(
        rf"{first}{word}(?:{sp}+{word})?(?:{glue}{word}(?:{sp}+{word})?)*(?:{place}|{end})"
    )


def find_names(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of name-shaped runs in a document of `language` ([] for other languages), each
    with its sentence-case tail when one ends at punctuation."""
    if language not in languages():
        return []
    tail = lower_tail(language)
    out = []
    for m in name_pattern(language).finditer(text):
        t = tail.match(text, m.end()) if tail else None
        out.append((m.start(), t.end() if t else m.end()))
    return out


# a whole lower-case word ("recrute"), not an elided article glued to a name ("d'Appui")
_LOWER_WORD = re.compile(r"(?<=[a-zà-ÿ])[^\S\n]+([a-zà-ÿ][a-zà-ÿ\-]*)(?![\w’'])")


def verb_start(language: str | None, name: str) -> int | None:
    """Where a verb starts inside a run in sentence case ("Office national de l'emploi recrute des
    jeunes": at "recrute"): a lower-case word right after a lower-case noun, not joined by a
    connector and no adjective, that an auxiliary is or a determiner follows; None when none."""
    d = _data().get(language or "", {})
    aux, after = set(d.get("auxiliaries", [])), d.get("verb_after", [])
    if not (aux or after):
        return None
    joins = {c.split()[-1] for c in d["connectors"]} | {e.strip("'’") for e in d["elisions"]}
    follows = re.compile(rf"[^\S\n]+(?:{alternation(after)})(?![\w])")
    adjective = re.compile(_ADJECTIVE)
    for m in _LOWER_WORD.finditer(name):
        prev = re.search(r"([\w’'\-]+)$", name[: m.start()])
        word = m.group(1)
        if prev is None or prev.group(1).lower() in joins or word in joins:
            continue
        if word in aux or (not adjective.fullmatch(word) and follows.match(name, m.end())):
            return m.start(1)
    return None

"""Features of an organisation mention for its confidence model: what the extractors already know
of it (rule, language, head word, acronym, gazetteer, shape, position, repetition in the document).

Each feature is a number computed from the mention, the other organisations of its document and
the document text; `confidence_rules.json` names the features the model uses, in order."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from gcmextract.schema import Organization

QUOTES = "\"'«»“”‘’„"
_ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9&.\-]*[A-Z0-9.]$")
_LINE_WORDS = (
    3  # a mention with at most this many other words on its line stands alone (title, byline)
)


@dataclass(frozen=True)
class DocumentContext:
    """What a feature may read beyond the mention: the document text and its organisations."""

    text: str = ""
    canonicals: Counter[str] = field(default_factory=Counter)
    rules: dict[int, str] = field(default_factory=dict)  # id(mention) -> its confidence rule

    @classmethod
    def of(
        cls, text: str, mentions: Sequence[Organization], rule: Callable[[Organization], str]
    ) -> DocumentContext:
        """The context of a document with text `text` and organisation mentions `mentions`, each
        on the confidence rule `rule` gives it."""
        return cls(text, Counter(m.canonical for m in mentions), {id(m): rule(m) for m in mentions})


Feature = Callable[[Organization, DocumentContext], float]


def _words(m: Organization) -> list[str]:
    return m.text.split()


def _head_word(m: Organization) -> bool:
    from gcmextract.extractors.organizations.lexicon import patterns

    heads = patterns()["heads"]
    # French and Spanish write a ministry's head word in lower case: "ministère de l'Intérieur"
    return any(heads.search(name[:1].upper() + name[1:]) for name in (m.text, m.canonical))


@cache
def _known() -> frozenset[str]:
    """Name keys of every gazetteer organisation: canonical names, aliases and their Spanish and
    French names (gazetteer_translations.json), so a name scores the same in any of the three."""
    from gcmextract.extractors.organizations.lexicon import gazetteer, name_key

    names, _ = gazetteer()
    return frozenset(names) | frozenset(name_key(entry[0]) for entry in names.values())


def is_gazetteer(m: Organization) -> bool:
    """Whether the canonical name of `m` is a gazetteer organisation (in any of its languages)."""
    from gcmextract.extractors.organizations.lexicon import name_key

    return name_key(m.canonical) in _known()


def _caps_undefined(m: Organization) -> bool:
    """Written in capitals only, with no acronym definition and no gazetteer entry."""
    return bool(_ALL_CAPS.match(m.text)) and not m.acronym and not is_gazetteer(m)


def _quoted(m: Organization, ctx: DocumentContext) -> bool:
    """Opened and closed by quotation marks (a title or slogan more often than a body)."""
    text = ctx.text
    i = m.start - 1
    while i >= 0 and text[i].isspace():  # the mention's neighbours, read in place: no copy
        i -= 1
    j = m.end
    while j < len(text) and text[j].isspace():
        j += 1
    return i >= 0 and j < len(text) and text[i] in QUOTES and text[j] in QUOTES


def _words_beside(text: str, i: int, step: int, most: int) -> int:
    """Words on the line from position `i` away from the mention (`step` -1: leftwards, +1:
    rightwards), counted up to `most + 1` (enough to tell more than `most`)."""
    n, inside = 0, False
    while 0 <= i < len(text) and text[i] != "\n" and n <= most:
        if text[i].isspace():
            inside = False
        elif not inside:
            inside, n = True, n + 1
        i += step
    return n


def _own_line(m: Organization, ctx: DocumentContext) -> bool:
    """Alone on its line but for a few words: a title, byline, heading or list item. The line is
    read outwards from the mention and no further than its words need (a text of one long line
    costs no more than a short one)."""
    text = ctx.text
    if not text:
        return False
    most = _LINE_WORDS + 2  # the two words a mention may share with its neighbours
    left = _words_beside(text, m.start - 1, -1, most)
    right = _words_beside(text, m.end, 1, most)
    glued = sum(
        0 < k < len(text) and not text[k - 1].isspace() and not text[k].isspace()
        for k in (m.start, m.end)
    )
    return left + right - glued <= _LINE_WORDS


def _rule(name: str) -> Feature:
    return lambda m, ctx: float(ctx.rules.get(id(m)) == name)


def _language(code: str) -> Feature:
    return lambda m, ctx: float(m.language == code)


FEATURES: dict[str, Feature] = {
    "rule_gazetteer": _rule("gazetteer"),
    "rule_acronym": _rule("acronym"),
    "rule_typed": _rule("typed"),
    "rule_multiword": _rule("multiword"),
    "language_en": _language("en"),
    "language_es": _language("es"),
    "language_fr": _language("fr"),
    "head_word": lambda m, ctx: float(_head_word(m)),
    "typed": lambda m, ctx: float(m.type != "other"),
    "acronym_defined": lambda m, ctx: float(bool(m.acronym)),
    "gazetteer": lambda m, ctx: float(is_gazetteer(m)),
    "log_words": lambda m, ctx: math.log(max(len(_words(m)), 1)),
    "caps_undefined": lambda m, ctx: float(_caps_undefined(m)),
    "last_word_plural": lambda m, ctx: float(_words(m)[-1].endswith("s") if _words(m) else 0),
    "quoted": lambda m, ctx: float(_quoted(m, ctx)),
    "own_line": lambda m, ctx: float(_own_line(m, ctx)),
    "log_occurrences": lambda m, ctx: math.log(max(ctx.canonicals[m.canonical], 1)),
}


def vector(names: Sequence[str], m: Organization, ctx: DocumentContext) -> list[float]:
    """The values of the features `names` for `m` in its document."""
    return [FEATURES[n](m, ctx) for n in names]

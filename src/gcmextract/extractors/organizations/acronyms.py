"""Acronym definitions ("Long Form (LF)" and "LF (Long Form)"), found with the Schwartz-Hearst algorithm.

A plain function (no spaCy) so it can be tested directly; the organisations component decides which
long forms name organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SHORT = r"[A-Z][A-Za-z0-9&\-]{1,11}"
# "(ACR)", "("ACR")", "(ACR, por sus siglas en inglés)", "(ACR, 2020)"
_PAREN = re.compile(rf"\(\s*[\"“']?(?P<short>{_SHORT})[\"”']?\s*(?:[,;][^()\n]{{0,40}})?\)")
_SHORT_FIRST = re.compile(rf"\b(?P<short>{_SHORT})\s*\((?P<long>[^()]{{4,120}})\)")


@dataclass(frozen=True)
class Definition:
    """An acronym and its long form, with both spans."""

    short: str
    short_start: int
    long: str
    long_start: int
    long_end: int


def best_long_form(short: str, long: str) -> int | None:
    """Start index in `long` of the shortest suffix that spells `short` (Schwartz & Hearst 2003)."""
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1


def capitalised_start(short: str, seg: str, idx: int) -> int:
    """A long form that starts with a lower-case word ("de la Surveillance du Territoire" for
    DST) starts instead at the nearest capitalised word before it with the acronym's initial
    ("Direction de la Surveillance du Territoire"), when lower-case words alone lie between."""
    if not seg[idx : idx + 1].islower():
        return idx
    for m in reversed(list(re.finditer(r"(?<![\w'’])\w", seg[:idx]))):
        ch = seg[m.start()]
        if ch.isupper():
            return m.start() if ch.lower() == short[0].lower() else idx
    return idx


_ELIDED = re.compile(r"^[dlDL]['’](?=\w)")


def _capitalised(long: str) -> bool:
    """A proper name: its first word capitalised, and half its content words (connectors and
    elided articles aside: "Conseil national des droits de l'Homme"), or its first word an
    organisation head, as Spanish and French write official names in sentence case ("Office
    français de l'immigration et de l'intégration")."""
    from gcmextract.extractors.organizations.lexicon import patterns, vocab

    function = {w.lower() for w in vocab()["lowercase_in_names"]}
    words = [_ELIDED.sub("", w) for w in re.findall(r"[^\W\d_][\w'’\-]*", long)]
    if not words or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in function]
    caps = [w for w in content if w[0].isupper()]
    return len(caps) * 2 >= len(content) or bool(patterns()["heads"].fullmatch(words[0]))


def _window_start(words: list[re.Match[str]], limit: int) -> int:
    """Index of the first of the last `limit` words that are not connectors ("de", "à la")."""
    from gcmextract.extractors.organizations.lexicon import vocab

    function = {w.lower() for w in vocab()["lowercase_in_names"]}
    counted = 0
    for i in range(len(words) - 1, -1, -1):
        counted += words[i].group().lower() not in function
        if counted >= limit:
            return i
    return 0


# a sentence end (after a word of two lower-case letters or more: "U.S. Immigration" goes on) or
# a blank line
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s+(?=[A-Z])|\n[^\S\n]*\n")
_HEAD_BEFORE = re.compile(r"([A-Z][\w\-]*)[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?$")


def head_before(text: str, start: int, long: str) -> int:
    """The start of a long form, moved back over an organisation head and its connector the
    acronym's letters leave out ("Department of Health and Human Services (HHS)")."""
    from gcmextract.extractors.organizations.lexicon import patterns

    heads = patterns()["heads"]
    if heads.search(long):
        return start
    m = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    return m.start() if m and heads.fullmatch(m.group(1)) else start


# an acronym Spanish and French write as a word with one capital ("Segob", "Acnur", "Conapred")
_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{3,11}")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _fold(word: str) -> str:
    """A word in lower case without accents."""
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def _spelled(short: str, words: list[str]) -> bool:
    """Whether `short` is the words' beginnings in order, one piece of each ("Conapred": COnsejo
    NAcional PREvenir Discriminación)."""
    if not short or not words:
        return not short and not words
    return any(
        words[0].startswith(short[:k]) and _spelled(short[k:], words[1:])
        for k in range(len(short), 0, -1)
    )


def word_acronym_start(short: str, seg: str) -> int | None:
    """Where in `seg` the long form of a word-like acronym starts: the content words up to the
    end of `seg` that spell it by their beginnings (connectors aside); None when none do."""
    from gcmextract.extractors.organizations.lexicon import vocab

    function = {w.lower() for w in vocab()["lowercase_in_names"]}
    found = [
        m for m in _NAME_WORD.finditer(seg) if _ELIDED.sub("", m.group()).lower() not in function
    ]
    target = _fold(short)
    for i in range(len(found) - 1, -1, -1):
        words = [_fold(_ELIDED.sub("", m.group())) for m in found[i:]]
        if len(words) >= 2 and _spelled(target, words):
            return found[i].start()
    return None


def _long_start(short: str, seg: str) -> int | None:
    """Where the long form of `short` starts in `seg`, or None."""
    if sum(ch.isupper() for ch in short) >= 2:
        idx = best_long_form(short, seg)
        return None if idx is None else capitalised_start(short, seg, idx)
    if _WORD_ACRONYM.fullmatch(short):
        return word_acronym_start(short, seg)
    return None


def find_definitions(text: str) -> list[Definition]:
    """All acronym definitions in `text` whose long form is capitalised (a proper name)."""
    out: list[Definition] = []
    for m in _PAREN.finditer(text):
        short = m.group("short")
        if sum(ch.isupper() for ch in short) < 2 and not _WORD_ACRONYM.fullmatch(short):
            continue
        window_start = max(0, m.start() - 12 * (len(short) + 4))
        before = text[window_start : m.start()].rstrip()
        # at most |A|+5 words before the parenthesis, connectors aside
        words = list(re.finditer(r"\S+", before))
        if not words:
            continue
        seg_start = words[_window_start(words, len(short) + 5)].start()
        # a long form never runs back over a sentence end or a blank line
        ends = list(_SENTENCE_END.finditer(before, seg_start))
        seg_start = ends[-1].end() if ends else seg_start
        seg = before[seg_start:]
        idx = _long_start(short, seg)
        if idx is None:
            continue
        long = seg[idx:]
        if not _capitalised(long) or len(long) <= len(short):
            continue
        start = window_start + seg_start + idx
        head = head_before(text, start, long)
        out.append(
            Definition(
                short, m.start("short"), text[head : start + len(long)], head, start + len(long)
            )
        )
    for m in _SHORT_FIRST.finditer(text):
        short, long = m.group("short"), m.group("long").strip()
        if sum(ch.isupper() for ch in short) < 2 or not _capitalised(long):
            continue
        idx = best_long_form(short, long)
        if idx != 0:
            continue
        start = m.start("long") + (len(m.group("long")) - len(m.group("long").lstrip()))
        out.append(Definition(short, m.start("short"), long, start, start + len(long)))
    return out

"""Short forms of a network's name: after "Strong Cities Network", a later "Strong Cities" names the
same body and shares its canonical (heads and too-common words in vocabulary.json)."""

from __future__ import annotations

import re

from gcmextract.extractors.organizations.candidates import Candidate
from gcmextract.extractors.organizations.lexicon import norm_space, vocab


def _short_words(name: str) -> list[str] | None:
    """The words before a short-form head ("Strong Cities" of "Strong Cities Network"), when they
    are at least two capitalised words not all too common to name one body alone."""
    v = vocab()
    words = name.split()
    if len(words) < 3 or words[-1] not in set(v["short_form_heads"]):
        return None
    short = words[:-1]
    generic = set(v["short_form_generic"])
    if not all(w[:1].isupper() for w in short) or all(w in generic for w in short):
        return None
    return short


def _pattern(short: list[str]) -> re.Pattern[str]:
    """The short form alone: not inside a longer capitalised name, not followed by a capitalised word."""
    body = r"\s+".join(re.escape(w) for w in short)
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-])(?!\s+[A-Z])")


_PREVIOUS = re.compile(r"([A-Z][\w'’-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _inside_name(text: str, start: int) -> bool:
    """A capitalised word other than an article or a sentence's first word right before: the words
    belong to a longer name."""
    m = _PREVIOUS.search(text[max(0, start - 40) : start])
    if m is None or m.group(1) in set(vocab()["leading_drop"]):
        return False
    before = text[: start - len(m.group(0))]
    return not _SENTENCE_START.search(before)


def short_forms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Mentions of chosen network names by their short form, outside every chosen span."""
    taken = [(c.start, c.end) for c in chosen]
    out: list[Candidate] = []
    seen: set[str] = set()
    for c in chosen:
        name = norm_space(text[c.start : c.end])
        short = _short_words(name)
        if short is None or " ".join(short) in seen:
            continue
        seen.add(" ".join(short))
        for m in _pattern(short).finditer(text, c.end):
            if _inside_name(text, m.start()) or any(
                a < m.end() and m.start() < b for a, b in taken
            ):
                continue
            out.append(
                Candidate(m.start(), m.end(), "shortform", c.canonical or name, None, c.type)
            )
    return out

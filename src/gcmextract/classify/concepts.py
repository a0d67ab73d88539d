"""Shared concept tokens: the terms of `concepts.json` (English, Spanish and French migration
vocabulary mapped to one concept each, e.g. remittances / remesas / transferts de fonds) found in a
text, so that a model learns one weight per concept whatever the language."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# A concept token cannot be a word n-gram: the word analyser's tokens are made of \w characters only.
PREFIX = "§"


def normalise(text: str) -> str:
    """Lowercase, accents stripped, typographic apostrophes made plain (the terms' own form)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    marks = {c for c in set(decomposed) if unicodedata.combining(c)}  # looked up once each
    return decomposed.translate(dict.fromkeys(map(ord, marks))) if marks else decomposed


def _split_top(terms: str) -> list[str]:
    """A term's top-level alternatives ("a|b(?:c|d)" -> "a", "b(?:c|d)")."""
    out, depth, current = [], 0, ""
    for ch in terms:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    return [t.strip() for t in [*out, current] if t.strip()]


WORD = re.compile(r"\w+")
# A term's index key: its first letters up to KEY long (fewer when a regex construct comes sooner).
KEY = 3
LITERAL = re.compile(r"[a-z0-9]*")


def _key(fragment: str) -> str:
    """The letters every match of `fragment` starts with (at most KEY)."""
    run = LITERAL.match(fragment)
    head = run.group() if run else ""
    if head and fragment[len(head) : len(head) + 1] in ("?", "{"):
        head = head[:-1]  # the last letter is optional
    return head[:KEY]


@lru_cache(maxsize=1)
def index() -> tuple[tuple[str, ...], dict[str, tuple[tuple[int, re.Pattern[str]], ...]]]:
    """(concept tokens in file order, {key: ((concept number, compiled term), ...)}): each term is
    tried only at words that start with its key."""
    raw = json.loads(
        resources.files("gcmextract.classify").joinpath("concepts.json").read_text("utf-8")
    )
    names = tuple(PREFIX + name for name in raw["concepts"])
    by_key: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for number, by_language in enumerate(raw["concepts"].values()):
        fragments = {
            t for terms in by_language.values() for term in terms for t in _split_top(term)
        }
        for fragment in sorted(fragments):
            pattern = re.compile(r"(?:" + fragment.replace("*", r"\w*") + r")\b")
            by_key.setdefault(_key(fragment), []).append((number, pattern))
    return names, {k: tuple(v) for k, v in by_key.items()}


@lru_cache(maxsize=8192)
def _candidates(head: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The terms that may match at a word starting with `head` (its first KEY characters)."""
    by_key = index()[1]
    word = WORD.match(head)
    w = word.group() if word else ""
    keys = dict.fromkeys((w[:KEY], w[:2], w[:1], ""))
    return tuple(c for key in keys for c in by_key.get(key, ()))


def concept_tokens(text: str) -> list[str]:
    """One token per occurrence of each concept's terms in `text` (a concept's occurrences do not
    overlap), concepts in file order."""
    normal = normalise(text)
    names, _ = index()
    hits: list[int] = []  # the concept of each occurrence
    free = [0] * len(names)  # where each concept's next occurrence may start
    for word in WORD.finditer(normal):
        pos = word.start()
        for number, pattern in _candidates(normal[pos : pos + KEY]):
            if pos < free[number]:
                continue
            hit = pattern.match(normal, pos)
            if hit:
                hits.append(number)
                free[number] = hit.end()
    hits.sort()
    return [names[number] for number in hits]

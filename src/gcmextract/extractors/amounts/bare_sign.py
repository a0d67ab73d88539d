"""Which currency a bare sign or word of a family ("$", "dollars") means in one document: the
country's own when the text writes it, or is in one of its languages and addresses no
international assembly, or its currency is a reserve one (Canada's report in English: CAD; Mexico's
in Spanish: MXN; Cuba or Guyana addressing the General Assembly: USD, Australia there: AUD), with
the reason recorded as `currency_source`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Evidence:
    """What a document says about currencies: how often it writes each ISO code explicitly (by code
    or by a sign of one currency, "US$", "C$"), and its language."""

    language: str | None = None
    written: Counter[str] = field(default_factory=Counter)
    assembly: bool = False  # the text addresses an international assembly ("Mr. President")


@lru_cache(maxsize=1)
def _explicit() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of written codes and one-currency signs, and the code each stands for."""
    from gcmextract.extractors.amounts.vocab import vocab

    v = vocab()
    marks = {c: c for c in v["codes"]}
    marks.update({s: c for s, c in v["signs"].items() if re.fullmatch(r"[A-Z]{3}", c)})
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.compile(rf"(?<![\w$])(?:{alt})(?![A-Za-z])"), marks


def evidence(text: str, language: str | None) -> Evidence:
    """The currencies `text` writes explicitly, counted (one linear scan)."""
    from gcmextract.extractors.amounts.vocab import vocab
    from gcmextract.resources import currency

    pattern, marks = _explicit()
    written: Counter[str] = Counter(
        currency.normalise(marks[m.group(0)]) for m in pattern.finditer(text)
    )
    cues = vocab()["assembly_cues"]
    return Evidence(language, written, any(cue in text for cue in cues))


@lru_cache(maxsize=1)
def _reserve() -> frozenset[str]:
    """Reserve currencies (IMF COFER): their governments price in them even before an assembly."""
    from gcmextract.extractors.amounts.vocab import vocab

    return frozenset(vocab()["reserve_currencies"])


def choose(country: str, default: str, ev: Evidence | None) -> tuple[str, str]:
    """(code, why) for a bare sign whose family holds the country's currency `country` and whose
    meaning elsewhere is `default`: the country's when the text writes it more often than
    `default`; else `default` in an address to an international assembly (unless the country's is
    a reserve currency: Australia's "$" is AUD there too) or in a language not the country's; else
    the country's own."""
    from gcmextract.extractors.amounts import money_words

    if ev is None:
        return country, "country"
    own, other = ev.written[country], ev.written[default]
    if own > other:
        return country, f"text: writes {country} more often than {default}"
    if ev.assembly and country not in _reserve():
        return default, f"audience: an address to an international assembly ({default})"
    languages = money_words.data()["currency_languages"].get(country, [])
    if ev.language is None or ev.language in languages:
        return country, f"country: {country}, the text in {ev.language or 'its language'}"
    return default, f"language: {ev.language} is not a language of the {country} countries"

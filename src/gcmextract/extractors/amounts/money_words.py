"""Every currency as texts write it (currencies.json, generated from CLDR and ISO 4217): symbols,
names and plural forms, the nouns names share, and which of several currencies a shared one means."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

# a token standing for several ISO codes: "codes:" + the codes joined by commas
SEVERAL = "codes:"
# a Latin-letter symbol this short, not all capitals, also reads as a word before a number ("Le 15
# juin"): before a plain number it is money only when the number is grouped, decimal or scaled
SHORT_LATIN_SYMBOL = 2
# a generated currency noun this short and in Latin letters is also an ordinary word ("won", "real",
# "rand", "mark"): money only with a scale, a sign or a code
WEAK_NOUN = 5


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    """The generated currency data."""
    text = resources.files(__package__).joinpath("currencies.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def token_of(codes: list[str]) -> str:
    """One ISO code, or the token of several."""
    return codes[0] if len(codes) == 1 else SEVERAL + ",".join(codes)


def _latin_word(text: str) -> bool:
    return text.isascii() and text.isalpha()


def symbols_before() -> dict[str, str]:
    """Symbols that may precede a number ("zł", "Kč", "RM", "₽", "Rp"), each with its token."""
    return {s: token_of(c) for s, c in data()["symbols"].items()}


def word_like(symbol: str) -> bool:
    """A short Latin symbol that is also a word ("Le", "Rp"): before a bare integer it is no money."""
    return _latin_word(symbol) and len(symbol) <= SHORT_LATIN_SYMBOL and not symbol.isupper()


def symbols_after() -> dict[str, str]:
    """Symbols that may follow a number ("9 800 Kč", "3,000 円"), each with its token."""
    return {s: token_of(c) for s, c in data()["symbols"].items()}


def words() -> dict[str, str]:
    """Names, plural forms and shared nouns (lower case), each with its token."""
    out = {n: token_of(c) for n, c in data()["nouns"].items()}
    out.update({n: token_of(c) for n, c in data()["names"].items()})
    return out


def weak_words() -> set[str]:
    """Generated nouns that are also ordinary words ("won", "real", "rand"): money only with a scale."""
    return {n for n in data()["nouns"] if _latin_word(n) and len(n) <= WEAK_NOUN}


def codes_of(token: str) -> list[str]:
    """The ISO codes a token stands for."""
    return token.removeprefix(SEVERAL).split(",")


def resolve_several(
    token: str, key: str, country_currency: str | None, language: str | None
) -> tuple[str, bool, str]:
    """(code, inferred, why) for a symbol or noun `key` of several currencies: the country's when it
    is one, else the document language's, else what the symbol means most widely."""
    from gcmextract.resources import currency

    codes = codes_of(token)
    if country_currency in codes:
        return str(country_currency), True, "country"
    by_language = data()["language_currency"].get(language or "")
    if by_language in codes:
        return by_language, True, "language"
    default = data()["defaults"].get(key)
    if default in codes:
        return default, True, "default"
    for family in currency.data().families.values():
        if family.default in codes and set(codes) <= set(family.members):
            return family.default, True, "default"
    return codes[0], True, "default"

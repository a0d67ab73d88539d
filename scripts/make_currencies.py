"""Regenerate src/gcmextract/extractors/amounts/currencies.json from CLDR (Babel) and ISO 4217
(pycountry): every active currency's symbols, names and plural forms in English, Spanish and French
and in the languages of the territories that use it, and the nouns those names share ("рубль",
"ريال", "dirham", "franc CFA"). Never edited by hand.

Run: .venv/bin/pip install -e ".[data]" && .venv/bin/python scripts/make_currencies.py
The JSON is committed; gcmextract never imports pycountry or babel at run time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
import pycountry
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.languages import get_territory_language_info
from babel.numbers import get_currency_precision, get_territory_currencies

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "gcmextract"
    / "extractors"
    / "amounts"
    / "currencies.json"
)
READ = ("en", "es", "fr")  # the languages gcmextract reads: every currency's names in them
# codes that are funds, metals or testing units, not money a submission reports in
METALS = ("XAG", "XAU", "XPD", "XPT")  # their names ("gold", "or") are no currency noun
NOT_MONEY = re.compile(
    r"^X(?:AG|AU|BA|BB|BC|BD|DR|PD|PT|SU|TS|UA|XX)$|^(?:BOV|CHE|CHW|CLF|COU|MXV|USN|UYI|UYW)$"
)
MIN_SYMBOL = 2  # a one-letter symbol ("R", "K", "L") is a scale or an initial far more often
CYRILLIC_ABBREV = 3
MAJORITY = 50  # a language most of a territory speaks counts as its own even when not official  # a Cyrillic currency noun is abbreviated to its first letters ("руб.")


def active_codes() -> list[str]:
    """ISO 4217 codes of money in use (pycountry), funds and metals left out."""
    return sorted(c.alpha_3 for c in pycountry.currencies if not NOT_MONEY.match(c.alpha_3))


def territories_of(code: str) -> list[str]:
    """The territories whose current legal tender is `code` (CLDR)."""
    out = []
    for terr in get_global("territory_currencies"):
        try:
            if code in get_territory_currencies(terr, tender=True):
                out.append(terr)
        except Exception:  # a territory without currency data
            continue
    return out


def locales_of(territory: str) -> list[Locale]:
    """The locales of a territory's official and widely spoken languages that CLDR has."""
    out = []
    for lang, info in get_territory_language_info(territory).items():
        if info.get("official_status") or float(info.get("population_percent") or 0) >= 20:
            for ident in (f"{lang}_{territory}", lang):
                try:
                    out.append(Locale.parse(ident))
                    break
                except (UnknownLocaleError, ValueError):
                    continue
    return out


def clean_name(name: str) -> str:
    """A name without its bracketed qualifier or date range ("francs CFA (BCEAO)" -> "francs CFA")."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name).split())


def usable_symbol(symbol: str, code: str) -> bool:
    """A symbol worth looking for: not the code itself, not one Latin letter, not a bidi mark."""
    s = symbol.strip("\u200f\u200e ")
    if not s or s.upper() == code or any(unicodedata.category(ch) == "Cf" for ch in s):
        return False
    return not (len(s) < MIN_SYMBOL and s.isascii() and s.isalpha())


def symbol_forms(symbol: str) -> set[str]:
    """A symbol as CLDR writes it and with its inner spaces removed ("F\u202fCFA" -> "FCFA")."""
    s = symbol.strip("\u200f\u200e ")
    return {s, re.sub(r"\s+", " ", s), re.sub(r"\s+", "", s)}


def names_in(locale: Locale, code: str) -> set[str]:
    """A currency's display name and plural forms in `locale`, lower case, brackets dropped."""
    names = {locale.currencies.get(code, "")}
    names |= set(locale._data.get("currency_names_plural", {}).get(code, {}).values())
    return {clean_name(n).lower() for n in names if n and clean_name(n).lower() != code.lower()}


Names = dict[str, dict[str, set[str]]]  # language -> name -> codes
WRITERS: dict[str, set[str]] = defaultdict(set)  # symbol or noun -> languages that write it


def collect(codes: list[str]) -> tuple[dict[str, set[str]], Names, dict[str, list[str]]]:
    """(symbol -> codes, language -> name -> codes, code -> territories) over the read languages
    and the languages of the territories using each currency."""
    symbols: dict[str, set[str]] = defaultdict(set)
    names: Names = defaultdict(lambda: defaultdict(set))
    where: dict[str, list[str]] = {}
    read = [Locale.parse(x) for x in READ]
    for code in codes:
        where[code] = territories_of(code)
        locales = read + [loc for t in where[code] for loc in locales_of(t)]
        for loc in locales:
            sym = loc.currency_symbols.get(code)
            if sym and usable_symbol(sym, code):
                for form in symbol_forms(sym):
                    symbols[form].add(code)
                    WRITERS[form].add(loc.language)
            for name in names_in(loc, code):
                names[loc.language][name].add(code)
    return symbols, names, where


def letter_symbols(codes: list[str], where: dict[str, list[str]]) -> dict[str, str]:
    """The one-letter symbol of each currency whose territories write it so ("R" for ZAR, "Q"
    for GTQ): read only in a document of that currency's country."""
    out: dict[str, str] = {}
    for code in codes:
        for loc in [loc for t in where[code] for loc in locales_of(t)]:
            sym = (loc.currency_symbols.get(code) or "").strip("\u200f\u200e ")
            if len(sym) == 1 and sym.isascii() and sym.isalpha() and sym.isupper():
                out[code] = sym
                break
    return out


def _latin(word: str) -> bool:
    return any("LATIN" in unicodedata.name(ch, "") for ch in word)


def _local_nouns(table: dict[str, set[str]]) -> dict[str, set[str]]:
    """In a language gcmextract does not read: a non-Latin word recurring across the names of
    several currencies ("рубль", "ريال", "원"), or a one-word name ("円")."""
    nouns: dict[str, set[str]] = defaultdict(set)
    users: dict[str, set[str]] = defaultdict(set)
    for name, codes in table.items():
        words = name.split()
        for word in words:
            users[word] |= codes
        if len(words) == 1 and not _latin(name):
            nouns[name] |= codes
    for word, codes in users.items():
        if len(codes) >= 2 and not _latin(word):
            nouns[word] |= codes
    return nouns


def _heads(lang: str, table: dict[str, set[str]]) -> dict[str, set[str]]:
    """The head noun of each name: an English name's last word, a Spanish or French name's first,
    or its second when the first qualifies another head ("nuevo dólar", "nouveau manat")."""
    first = {n.split()[-1 if lang == "en" else 0] for n in table}
    split = [n.split() for n in table]
    qualifiers = {w[0] for w in split if len(w) > 1 and w[1] in first}
    heads: dict[str, set[str]] = defaultdict(set)
    for name, codes in table.items():
        words = name.split()
        if lang == "en":
            heads[words[-1]] |= codes
        elif len(words) > 1 and words[0] in qualifiers:
            heads[words[1]] |= codes
        else:
            heads[words[0]] |= codes
    return heads


def not_money_names() -> set[str]:
    """The words of the names of precious metals' ISO codes (gold, silver) in en/es/fr."""
    out: set[str] = set()
    for c in pycountry.currencies:
        if c.alpha_3 in METALS:
            for lang in READ:
                name = Locale.parse(lang).currencies.get(c.alpha_3, "")
                out |= set(clean_name(name).lower().split())
    return out


def nouns_of(names: Names) -> dict[str, set[str]]:
    """The currency nouns a text writes alone: the head of each English name (its last word) and of
    each Spanish or French name (its first), the local nouns of other languages, and Cyrillic nouns
    also by their first letters ("руб")."""
    nouns: dict[str, set[str]] = defaultdict(set)
    for lang, table in names.items():
        found = _local_nouns(table) if lang not in READ else _heads(lang, table)
        for word, codes in found.items():
            nouns[word] |= codes
            WRITERS[word].add(lang)
    for word, codes in list(nouns.items()):
        cyrillic = all("CYRILLIC" in unicodedata.name(ch, "") for ch in word)
        if cyrillic and len(word) > CYRILLIC_ABBREV + 1:
            nouns[word[:CYRILLIC_ABBREV]] |= codes
            WRITERS[word[:CYRILLIC_ABBREV]] |= WRITERS[word]
    metals = not_money_names()
    return {
        w: c
        for w, c in nouns.items()
        if (len(w) >= 2 or not _latin(w)) and not (_latin(w) and w in metals)
    }


def language_currencies(names: Names) -> dict[str, str]:
    """The currency of each language's likely territory (CLDR likely subtags: "ru" -> RU -> RUB),
    which a currency noun shared by several currencies means in a text of that language."""
    likely = get_global("likely_subtags")
    out = {}
    for lang in sorted(set(names) | set(READ)):
        parts = likely.get(lang, "").split("_")
        territory = next((p for p in parts[1:] if p.isupper() and len(p) == 2), None)
        if territory:
            tender = get_territory_currencies(territory, tender=True)
            if tender:
                out[lang] = tender[0]
    return out


def defaults(tokens: dict[str, set[str]], by_language: dict[str, str]) -> dict[str, str]:
    """For a symbol or noun of several currencies, the one it means with no other evidence: the
    currency of the languages that write it, each weighted by its number of CLDR locales (its
    reach); ties go to the first code."""
    reach: dict[str, int] = defaultdict(int)
    for ident in localedata.locale_identifiers():
        reach[ident.split("_")[0]] += 1
    out = {}
    for token, codes in tokens.items():
        if len(codes) < 2:
            continue
        votes: dict[str, int] = defaultdict(int)
        for lang in WRITERS.get(token, ()):
            if by_language.get(lang) in codes:
                votes[by_language[lang]] += reach[lang]
        if votes:
            out[token] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return out


def currency_languages(where: dict[str, list[str]]) -> dict[str, list[str]]:
    """The official or majority languages of the territories using each currency ("CAD": en, fr;
    "MXN": es): a text in
    one of them, from one of those countries, writes its own currency with a bare sign."""
    out = {}
    for code, territories in where.items():
        langs = {
            lang.split("_")[0]
            for t in territories
            for lang, info in get_territory_language_info(t).items()
            if info.get("official_status") == "official"
            or float(info.get("population_percent") or 0) >= MAJORITY
        }
        out[code] = sorted(langs)
    return out


def main() -> None:
    """Write the currency data file."""
    codes = active_codes()
    symbols, names, where = collect(codes)
    nouns = nouns_of(names)
    by_language = language_currencies(names)
    flat: dict[str, set[str]] = defaultdict(set)
    for table in names.values():
        for name, name_codes in table.items():
            flat[name] |= name_codes
    data = {
        "_about": (
            "Generated by scripts/make_currencies.py from CLDR (Babel "
            f"{babel.__version__}) and ISO 4217 (pycountry {pycountry.__version__}); do not edit. "
            "symbols: symbol -> ISO codes; names: a currency's names and plural forms in en/es/fr "
            "and in its territories' languages, lower case; nouns: words shared by several names "
            "(a bare 'dirham' or 'рубль'); territories: ISO 3166 alpha-2 codes using each code; "
            "language_currency: the currency of a language's likely territory; defaults: what a "
            "symbol or noun of several currencies means with no other evidence; currency_languages: "
            "the official languages of the territories using each currency; minor_units: the "
            "digits after a currency's decimal mark (CLDR), where they are not 2; letter_symbols: "
            "a currency's one-letter symbol in its territories."
        ),
        "codes": codes,
        "symbols": {k: sorted(v) for k, v in sorted(symbols.items())},
        "names": {k: sorted(v) for k, v in sorted(flat.items())},
        "nouns": {k: sorted(v) for k, v in sorted(nouns.items())},
        "territories": {k: v for k, v in sorted(where.items())},
        "language_currency": by_language,
        "currency_languages": currency_languages(where),
        "defaults": defaults({**symbols, **nouns}, by_language),
        "minor_units": {
            c: get_currency_precision(c) for c in codes if get_currency_precision(c) != 2
        },
        "letter_symbols": letter_symbols(codes, where),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{OUT}: {len(codes)} codes, {len(symbols)} symbols, {len(flat)} names, {len(nouns)} nouns"
    )


if __name__ == "__main__":
    main()

"""Money as CLDR writes it, in sentences: how often the amounts extractor reads the right value and
currency, overall, per currency kind and per number format.

    python bench/money_formats.py [--show N] [--write tests/data/money_cldr.tsv] [--per-group 25]

The strings come from Babel's CLDR formatting (`format_currency`, `format_compact_currency`), not
from our rules: for every CLDR locale with a territory, its territory's currency, USD and EUR, at
several values, written with the locale's symbol, with the ISO code in the symbol's place, and (in
the languages gcmextract reads: English, Spanish, French) with the currency's name and in compact
form ("3,5 M €"). Each is put into a sentence of the locale's language when gcmextract reads it,
else into an English one, and read with the territory's currency as the document's country
currency. `--write` stores a seeded sample of at most `--per-group` rows of each currency kind
and number format, one row per line, for the unit test that needs no Babel. Needs Babel (`pip install -e ".[data]"`).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from babel import Locale, localedata
from babel.numbers import (
    format_compact_currency,
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_territory_currencies,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gcmextract.extractors.amounts.parse import find_amounts  # noqa: E402

READ = ("en", "es", "fr")
VALUES = (9800, 1049.95, 250000, 17.35, 120000000)
COMPACT = (3500000, 250000, 2000000000)
MAJOR = {"$", "€", "£", "¥", "￥", "US$"}
SENTENCES = {
    "en": (
        "The programme received {} in 2021.",
        "A grant of {} was paid to the association.",
        "Remittances reached {} last year.",
    ),
    "es": (
        "El programa recibió {} en 2021.",
        "Se pagó una subvención de {} a la asociación.",
        "Las remesas alcanzaron {} el año pasado.",
    ),
    "fr": (
        "Le programme a reçu {} en 2021.",
        "Une subvention de {} a été versée à l'association.",
        "Les transferts ont atteint {} l'an dernier.",
    ),
}
SPACES = {" ", "\u00a0", "\u202f", "\u2009"}


def _group_name(symbol: str) -> str:
    """The name of a digit-group or decimal separator."""
    if symbol in SPACES:
        return "space"
    return {",": "comma", ".": "dot", "'": "apostrophe", "’": "apostrophe"}.get(symbol, "other")


def number_format(written: str, locale: Locale, value: float, digits: int) -> str:
    """The number format of a formatted amount: its group separator and its decimal mark."""
    group = get_group_symbol(locale, numbering_system="latn")
    decimal = get_decimal_symbol(locale, numbering_system="latn")
    grouped = value >= 1000 and group in written
    has_decimal = (
        digits > 0 and not float(value).is_integer() or re.search(r"\d[.,]\d\d(?!\d)", written)
    )
    parts = [f"group-{_group_name(group)}" if grouped else "ungrouped"]
    if has_decimal:
        parts.append(f"decimal-{_group_name(decimal)}")
    return "+".join(parts)


def _forms(locale: Locale, code: str, lang: str) -> Iterator[tuple[str, str, float, str]]:
    """(kind, written, value, format) of one currency in one locale."""
    digits = get_currency_precision(code)
    symbol = get_currency_symbol(code, locale)
    sym_kind = "code" if symbol == code else "major" if symbol in MAJOR else "local"
    for value in VALUES:
        want = round(value, digits)
        std = format_currency(value, code, locale=locale)
        yield sym_kind, std, want, number_format(std, locale, value, digits)
        iso = format_currency(value, code, locale=locale, format=_iso_pattern(locale))
        yield "code", iso, want, number_format(iso, locale, value, digits)
        if lang in READ:
            name = format_currency(value, code, locale=locale, format_type="name")
            yield "word", name, want, number_format(name, locale, value, digits)
    if lang in READ:
        for value in COMPACT:
            compact = format_compact_currency(value, code, locale=locale, fraction_digits=1)
            yield sym_kind, compact, float(value), "compact"


def _iso_pattern(locale: Locale) -> str:
    """The locale's currency pattern with the ISO code in the symbol's place."""
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    return pattern.replace("¤", "¤¤")


def rows() -> Iterator[tuple[str, str, str, str, str, float, str]]:
    """(kind, format, language, country currency, sentence, value, currency) for every locale with
    a territory and a currency, in a fixed order."""
    for ident in sorted(localedata.locale_identifiers()):
        locale = Locale.parse(ident)
        if not locale.territory:
            continue
        own = get_territory_currencies(locale.territory)
        if not own:
            continue
        lang = locale.language if locale.language in READ else "en"
        for n, code in enumerate(dict.fromkeys([own[0], "USD", "EUR"])):
            for i, (kind, written, value, fmt) in enumerate(_forms(locale, code, locale.language)):
                frame = SENTENCES[lang][(n + i) % len(SENTENCES[lang])]
                yield kind, fmt, lang, own[0], frame.format(written), value, code


def right(lang: str, country: str, sentence: str, value: float, currency: str) -> bool:
    """Whether exactly one money amount is read, with the value and currency written."""
    money = [a for a in find_amounts(sentence, country or None, language=lang) if a.kind == "money"]
    return (
        len(money) == 1
        and abs(money[0].value - value) <= 1e-6 * max(1.0, value)
        and money[0].currency == currency
    )


def stratified(
    all_rows: list[tuple[str, str, str, str, str, float, str]], per_group: int, seed: int
) -> list[tuple[str, str, str, str, str, float, str]]:
    """At most `per_group` rows of each (currency kind, number format), drawn with `seed`."""
    groups: dict[tuple[str, str], list[tuple[str, str, str, str, str, float, str]]] = {}
    for row in all_rows:
        groups.setdefault((row[0], row[1]), []).append(row)
    rng = random.Random(seed)
    out = []
    for key in sorted(groups):
        rows_of = groups[key]
        out += rng.sample(rows_of, min(per_group, len(rows_of)))
    return out


def main() -> None:
    """Score every generated sentence; print the shares right per group and some failures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many failures per group")
    parser.add_argument("--write", type=Path, help="write a seeded sample of the rows here")
    parser.add_argument("--per-group", type=int, default=25, help="rows per kind and format")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    all_rows = list(rows())
    good: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: dict[str, list[str]] = {}
    for kind, fmt, lang, country, sentence, value, code in all_rows:
        ok = right(lang, country, sentence, value, code)
        for group in ("all", f"kind:{kind}", f"format:{fmt}", f"lang:{lang}"):
            good[group] += ok
            total[group] += 1
        if not ok:
            failures.setdefault(f"kind:{kind} format:{fmt}", []).append(
                f"{country}\t{code}\t{value}\t{sentence!r}"
            )
    for group in sorted(total, key=lambda g: (g != "all", g)):
        print(f"{group:40} {good[group]:6}/{total[group]:<6} {good[group] / total[group]:.3f}")
    for group, lines in failures.items():
        random.Random(args.seed).shuffle(lines)
        for line in lines[: args.show]:
            print(group, line)
    if args.write:
        sample = stratified(all_rows, args.per_group, args.seed)
        lines = ["# kind\tformat\tlanguage\tcountry currency\tsentence\tvalue\tcurrency"]
        lines += ["\t".join(map(str, r)) for r in sample]
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Money as CLDR writes it (tests/data/money_cldr.tsv: strings formatted by Babel's CLDR data for
every locale with a territory, its currency, USD and EUR, by symbol, ISO code, name and compact
form, put into sentences; written by bench/money_formats.py, not by our rules): the right value and
currency for >= 90% overall and >= 80% of each currency kind and each number format."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gcmextract.extractors.amounts.parse import find_amounts

ROWS = Path(__file__).parent.parent / "data" / "money_cldr.tsv"
MIN_GROUP = 20


def _right(lang: str, country: str, sentence: str, value: float, currency: str) -> bool:
    money = [a for a in find_amounts(sentence, country or None, language=lang) if a.kind == "money"]
    return (
        len(money) == 1
        and abs(money[0].value - value) <= 1e-6 * max(1.0, value)
        and money[0].currency == currency
    )


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    lines = ROWS.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, fmt, lang, country, sentence, value, currency = line.split("\t")
        ok = _right(lang, country, sentence, float(value), currency)
        for group in ("all", f"kind:{kind}", f"format:{fmt}"):
            right[group] += ok
            total[group] += 1
    return {g: (right[g], total[g]) for g in total}


def test_amounts_cldr_formats_overall(scores: dict[str, tuple[int, int]]) -> None:
    right, total = scores["all"]
    assert total >= 1000 and right / total >= 0.90, scores["all"]


@pytest.mark.parametrize("kind", ["major", "code", "local", "word"])
def test_amounts_cldr_formats_per_currency_kind(
    scores: dict[str, tuple[int, int]], kind: str
) -> None:
    right, total = scores[f"kind:{kind}"]
    assert total >= MIN_GROUP and right / total >= 0.80, (kind, right, total)


def test_amounts_cldr_formats_per_number_format(scores: dict[str, tuple[int, int]]) -> None:
    formats = {g: s for g, s in scores.items() if g.startswith("format:") and s[1] >= MIN_GROUP}
    assert len(formats) >= 10
    low = {g: s for g, s in formats.items() if s[0] / s[1] < 0.80}
    assert not low, low


@pytest.mark.parametrize(
    ("sentence", "lang", "country", "expected"),
    [
        ("The EU pledged EUR 3.5 million to the fund.", "en", None, (3.5e6, "EUR")),
        ("Kenya received USD 250,000 for the census.", "en", "KES", (250000.0, "USD")),
        ("Ireland gave €2m to the programme.", "en", "EUR", (2e6, "EUR")),
        ("Le projet a coûté 1 200 000 FCFA en 2020.", "fr", "XOF", (1.2e6, "XOF")),
        ("Die Gebühr beträgt CHF 1'049,95 pro Person.", "en", "CHF", (1049.95, "CHF")),
        ("Se destinaron 3,5 millones de dólares al plan.", "es", None, (3.5e6, "USD")),
        ("Les envois ont atteint 2 milliards de francs CFA.", "fr", "XOF", (2e9, "XOF")),
        ("The programme received 9 800 Kč in 2021.", "en", "CZK", (9800.0, "CZK")),
        # a code glued after the number; a code glued before a number grouped by spaces
        ("Fees of 250,000.00USD were paid.", "en", "KES", (250000.0, "USD")),
        ("A grant of ZAR9\u00a0800,00 was paid.", "en", "ZAR", (9800.0, "ZAR")),
        # spaces group, a point marks decimals
        ("Wages reached 120\u00a0000\u00a0000.00 USD.", "en", "RUB", (1.2e8, "USD")),
        # a lone dot groups thousands for a currency without three decimals
        ("A grant of Rp250.000 was paid.", "en", "IDR", (250000.0, "IDR")),
        ("Le loyer est de 250.000 FCFA par mois.", "fr", "XAF", (250000.0, "XAF")),
        ("The fine was 1.500 KWD in 2019.", "en", "KWD", (1.5, "KWD")),
        # the country's one-letter symbol, grouped, decimal or scaled
        ("South Africa spent R2.5 billion on shelters.", "en", "ZAR", (2.5e9, "ZAR")),
        ("Guatemala destinó Q 395 millones al programa.", "es", "GTQ", (3.95e8, "GTQ")),
        ("Zambia set aside K250,000 for returnees.", "en", "ZMW", (250000.0, "ZMW")),
        # bidi marks around a sign; Arabic-script separators; compact French milliards
        (
            "Remittances reached \u200f9,800.00\u00a0\u200f₪ last year.",
            "en",
            "ILS",
            (9800.0, "ILS"),
        ),
        (
            "Remittances reached AED\u00a01\u060c049\u066b95 last year.",
            "en",
            "AED",
            (1049.95, "AED"),
        ),
        ("Les transferts ont atteint 2\u00a0Md\u00a0€ en 2021.", "fr", "EUR", (2e9, "EUR")),
    ],
)
def test_amounts_world_styles(
    sentence: str, lang: str, country: str | None, expected: tuple[float, str]
) -> None:
    money = [a for a in find_amounts(sentence, country, language=lang) if a.kind == "money"]
    assert [(a.value, a.currency) for a in money] == [(pytest.approx(expected[0]), expected[1])]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Route R21 links the airport to the city.", "ZAR"),  # a road, not rand
        ("Form Q 12 must be filed.", "GTQ"),  # a plain integer after a letter
        ("South Africa spent R2.5 billion on shelters.", "USD"),  # not the country's letter
    ],
)
def test_amounts_letter_symbols_only_with_the_country(sentence: str, country: str) -> None:
    money = [a for a in find_amounts(sentence, country, language="en") if a.kind == "money"]
    assert money == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Se destinaron 3 millones de USD al plan.", "es", (3e6, "USD")),
        ("Un fonds de 5 millions d’EUR a été créé.", "fr", (5e6, "EUR")),
        # "M.N." (moneda nacional) is no scale letter
        ("Cada familia recibió $5,000 M.N. de apoyo.", "es", (5000.0, "MXN")),
    ],
)
def test_amounts_code_after_a_connector(
    sentence: str, lang: str, expected: tuple[float, str]
) -> None:
    money = [a for a in find_amounts(sentence, "MXN", language=lang) if a.kind == "money"]
    assert [(a.value, a.currency) for a in money] == [(pytest.approx(expected[0]), expected[1])]

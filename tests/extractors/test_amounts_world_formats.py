"""Money as the world writes it: sentences in many countries' styles (tests/data/money_styles.tsv,
not GCM text) give the right value and currency for >= 90% overall and >= 80% of each currency
kind (major signs, ISO codes, local symbols and words) and each number format with 3+ examples;
digits, currency words and signs that are something else give no money; the generated currency
data comes from CLDR and ISO 4217."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gcmextract.extractors.amounts import money_words
from gcmextract.extractors.amounts.parse import find_amounts

STYLES = Path(__file__).parent.parent / "data" / "money_styles.tsv"
MIN_GROUP = 3


def _rows() -> list[list[str]]:
    lines = STYLES.read_text(encoding="utf-8").splitlines()
    return [x.split("\t") for x in lines if x.strip() and not x.startswith("#")]


def _right(lang: str, country: str, sentence: str, value: str, currency: str) -> bool:
    money = [a for a in find_amounts(sentence, country or None, language=lang) if a.kind == "money"]
    want = float(value)
    return (
        len(money) == 1
        and abs(money[0].value - want) <= 1e-6 * max(1.0, want)
        and money[0].currency == currency
    )


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, fmt, lang, country, sentence, value, currency in _rows():
        ok = _right(lang, country, sentence, value, currency)
        for group in ("all", f"kind:{kind}", f"format:{fmt}"):
            right[group] += ok
            total[group] += 1
    return {g: (right[g], total[g]) for g in total}


def test_amounts_world_formats_overall(scores: dict[str, tuple[int, int]]) -> None:
    right, total = scores["all"]
    assert total >= 90 and right / total >= 0.90, scores


@pytest.mark.parametrize("group", ["kind:major", "kind:code", "kind:local"])
def test_amounts_world_formats_per_currency_kind(
    scores: dict[str, tuple[int, int]], group: str
) -> None:
    right, total = scores[group]
    assert total >= 20 and right / total >= 0.80, (group, right, total)


def test_amounts_world_formats_per_number_format(scores: dict[str, tuple[int, int]]) -> None:
    formats = {g: s for g, s in scores.items() if g.startswith("format:") and s[1] >= MIN_GROUP}
    assert len(formats) >= 6
    low = {g: s for g, s in formats.items() if s[0] / s[1] < 0.80}
    assert not low, low


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fee is CHF 1'049,95 per person.", (1049.95, "CHF")),
        ("A ticket costs € 17,35 at the station.", (17.35, "EUR")),
        ("Le projet a coûté 1 200 000 FCFA en 2020.", (1200000.0, "XOF")),
        ("The programme received 9 800 Kč in 2021.", (9800.0, "CZK")),
        ("Remittances of 120 000 000 USD were recorded.", (120000000.0, "USD")),
        ("The wage was 15\u2009000 ₽ per month.", (15000.0, "RUB")),
    ],
)
def test_amounts_world_formats_issue_examples(sentence: str, expected: tuple[float, str]) -> None:
    lang = "fr" if "projet" in sentence else "en"
    money = [a for a in find_amounts(sentence, None, language=lang) if a.kind == "money"]
    assert [(a.value, a.currency) for a in money] == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le 15 juin 2021, le ministère a signé.", "fr"),
        ("Over 5 central banks joined.", "en"),
        ("Il y a 10 nouveaux centres.", "fr"),
        ("The team won 3 medals.", "en"),
        ("They walked 5 km to the real border.", "en"),
        ("He scored 2, 3 and 4 points.", "en"),
        ("In 2019 500 people arrived.", "en"),
    ],
)
def test_amounts_world_formats_no_money(sentence: str, lang: str) -> None:
    assert not [a for a in find_amounts(sentence, None, language=lang) if a.kind == "money"]


def test_amounts_world_formats_generated_data_covers_iso_4217() -> None:
    data = money_words.data()
    assert "Babel" in data["_about"] and "pycountry" in data["_about"]
    assert {"USD", "EUR", "XOF", "XAF", "CZK", "PLN", "RUB", "JPY", "KRW", "INR"} <= set(
        data["codes"]
    )
    assert len(data["codes"]) >= 150
    assert data["symbols"]["Kč"] == ["CZK"] and data["symbols"]["zł"] == ["PLN"]
    assert set(data["nouns"]["dirham"]) >= {"AED", "MAD"}

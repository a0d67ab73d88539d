"""A bare `$` is the country's dollar in a text in one of its languages, else what the text writes
more often, else USD, and `currency_source` says which; a thousands-separated value before a scale
word that would be implausible is read as a decimal and flagged; a currency written once covers a
list ("USD 2, 3 and 4 million")."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


def _money(
    text: str, country: str | None, lang: str
) -> list[tuple[str, float, str | None, str | None]]:
    return [
        (a.text, a.value, a.currency, a.currency_source)
        for a in find_amounts(text, country, language=lang)
        if a.kind == "money"
    ]


@pytest.mark.parametrize(
    ("text", "country", "lang", "currency", "source"),
    [
        ("Canada will invest $5 million in settlement.", "CAD", "en", "CAD", "country"),
        ("Le Canada investira 5 millions $ en 2022.", "CAD", "fr", "CAD", "country"),
        ("México destinó $5 millones al programa.", "MXN", "es", "MXN", "country"),
        ("The blockade cost Cuba $5 million last year.", "CUP", "en", "USD", "language"),
        ("Cuba lost CUP 8 million, and $5 million in CUP terms.", "CUP", "en", "CUP", "text"),
        ("Australia gave $3 million.", "AUD", "en", "AUD", "country"),
        ("Mr. President, storms cost Jamaica $3 billion.", "JMD", "en", "USD", "audience"),
        ("Mr. President, we spent J$ 9 million, and $3 million more.", "JMD", "en", "JMD", "text"),
    ],
)
def test_amounts_bare_dollar_decided_by_language_and_text(
    text: str, country: str, lang: str, currency: str, source: str
) -> None:
    bare = [m for m in _money(text, country, lang) if m[3] is not None]  # the bare sign
    assert len(bare) == 1
    assert bare[0][2] == currency
    assert bare[0][3] is not None and bare[0][3].startswith(source)


def test_amounts_implausible_grouped_value_before_scale_read_as_decimal() -> None:
    (amount,) = [a for a in find_amounts("damages of $84,588 billion.", "CUP", language="en")]
    assert amount.value == pytest.approx(84.588e9)
    assert amount.value_check and "84,588" in amount.value_check
    # a plausible one stays as written, unflagged
    (plain,) = find_amounts("a budget of US$1,500 million.", None, language="en")
    assert plain.value == 1.5e9 and plain.value_check is None


def test_amounts_currency_written_once_for_a_list() -> None:
    got = _money("The donors pledged USD 2, 3 and 4 million to the funds.", None, "en")
    assert [(t, v, c) for t, v, c, _ in got] == [
        ("USD 2", 2e6, "USD"),
        ("3", 3e6, "USD"),
        ("4 million", 4e6, "USD"),
    ]
    assert got[1][3] == "list: the currency of 'USD 2'"
    es = _money("Se asignaron USD 2,5, 3,1 y 4 millones.", None, "es")
    assert [v for _, v, _, _ in es] == [2.5e6, 3.1e6, 4e6]
    # a list of something else after money is no money
    other = _money("It gave EUR 5 million, 300 staff and 2021 funds.", None, "en")
    assert [t for t, *_ in other] == ["EUR 5 million"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Más de mil 400 migrantes llegaron.", "es", [("mil 400", 1400.0)]),
        ("Son 2 mil 500 personas detenidas.", "es", [("2 mil 500", 2500.0)]),
        ("Se buscan a mil 436 personas.", "es", [("mil 436", 1436.0)]),
        ("depuis les vingt dernières années", "fr", []),
        ("pero diez días después", "es", []),
        ("hasta cuatro veces superior", "es", []),
        ("as federal law says (IOM, 2013b). As a rule", "en", []),
    ],
)
def test_amounts_spanish_thousands_word_and_durations(
    text: str, lang: str, expected: list[tuple[str, float]]
) -> None:
    assert [(a.text, a.value) for a in find_amounts(text, None, language=lang)] == expected


def test_amounts_currency_written_once_after_a_list() -> None:
    got = _money("Les budgets sont de 5, 7 et 9 millions FCFA respectivement.", None, "fr")
    assert [(t, v, c) for t, v, c, _ in got] == [
        ("5", 5e6, "XOF"),
        ("7", 7e6, "XOF"),
        ("9 millions FCFA", 9e6, "XOF"),
    ]
    # a number before money with no "and" closing a list is no list
    assert [t for t, *_ in _money("See Table 3, 5 million USD went.", None, "en")] == [
        "5 million USD"
    ]


def test_amounts_us_dollars_written_in_spanish() -> None:
    got = _money("Las remesas superarán los 40,000 millones de US dólares.", "MXN", "es")
    assert [(t, v, c) for t, v, c, _ in got] == [("40,000 millones de US dólares", 4e10, "USD")]

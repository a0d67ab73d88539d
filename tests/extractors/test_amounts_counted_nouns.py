"""Counts whose noun has no plural -s (French demonyms and -x plurals, Spanish -sis nouns), counts
after a sentence-initial article, counts with an aside before their noun, and dotted section
numbers at the start of a heading line, which count nothing."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


def _counts(text: str, language: str) -> list[tuple[str, float, str | None]]:
    return [
        (a.text, a.value, a.unit)
        for a in find_amounts(text, None, language=language)
        if a.kind == "count"
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Quelque 4 300 Congolais et 950 Gabonais ont été rapatriés.",
            "fr",
            [("4 300", 4300.0, "congolais"), ("950", 950.0, "gabonais")],
        ),
        (
            "Le pays compte 38 hôpitaux et 210 bureaux de poste.",
            "fr",
            [("38", 38.0, "hôpitaux"), ("210", 210.0, "bureaux")],
        ),
        ("La province a organisé 12 jeux régionaux.", "fr", [("12", 12.0, "jeux")]),
        ("Se distribuyeron 80.000 dosis en Lima.", "es", [("80.000", 80000.0, "dosis")]),
    ],
)
def test_invariant_plural_nouns_are_counted(
    text: str, language: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Les 27 États membres ont voté.", "fr", ("27", 27.0, "états")),
        ("Los 33 Estados de la región firmaron.", "es", ("33", 33.0, "estados")),
    ],
)
def test_count_after_a_sentence_initial_article(
    text: str, language: str, want: tuple[str, float, str]
) -> None:
    assert _counts(text, language) == [want]


def test_small_number_after_a_capitalised_name_still_names_it() -> None:
    assert _counts("Windows 10 users and Phase 2 partners met.", "en") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Usually two (or even three) ministries are involved.", ("two", 2.0, "ministries")),
        ("The decree appoints five (5) inspectors per district.", ("five", 5.0, "inspectors")),
    ],
)
def test_aside_between_count_and_noun(text: str, want: tuple[str, float, str]) -> None:
    assert want in _counts(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Introduction\n2.4 Access to justice\nThe courts heard 310 cases.", "en"),
        ("1. Contexte\n1.2 Données démographiques\nLe pays compte 310 communes.", "fr"),
        ("4.3.1 Trabajadores temporales\nSe emitieron 310 visas.", "es"),
    ],
)
def test_heading_numbers_are_not_counts(text: str, language: str) -> None:
    assert [c[0] for c in _counts(text, language)] == ["310"]


def test_decimal_with_a_scale_at_a_line_start_is_still_counted() -> None:
    assert _counts("Summary:\n2.5 million migrants arrived in 2020.", "en") == [
        ("2.5 million", 2500000.0, "migrants")
    ]


@pytest.mark.parametrize(
    "text", ["Il est venu trois fois.", "Le stage dure 6 mois.", "Nous avons 2 ou trois idées."]
)
def test_invariant_endings_do_not_count_durations_or_number_words(text: str) -> None:
    assert all(c[2] not in ("fois", "mois", "trois") for c in _counts(text, "fr"))


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Kenya Airways raised KES500,000 for the fund.", 500000.0, "KES"),
        ("The facility was topped up with USD1.5bn in 2022.", 1.5e9, "USD"),
        ("Norway pledged NOK250m to the appeal.", 2.5e8, "NOK"),
        ("Market fees rose to GH¢ 250 per stall.", 250.0, "GHS"),
    ],
)
def test_code_glued_to_the_number(text: str, value: float, currency: str) -> None:
    money = [
        (a.value, a.currency) for a in find_amounts(text, None, language="en") if a.kind == "money"
    ]
    assert money == [(value, currency)]


@pytest.mark.parametrize(
    "text",
    ["Delegates met at COP26 in Glasgow.", "Targets under SDG16 matter.", "The site runs on PHP7."],
)
def test_code_like_names_glued_to_a_digit_are_no_money(text: str) -> None:
    assert [a for a in find_amounts(text, None, language="en") if a.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Chile acogió a un millón de extranjeros.", "es", [("un millón", 1e6, "extranjeros")]),
        ("Quedan medio millón de desplazados.", "es", [("medio millón", 5e5, "desplazados")]),
        ("Le Cameroun accueille un million de réfugiés.", "fr", [("un million", 1e6, "réfugiés")]),
        ("Una persona y un niño llegaron; el medio ambiente sufre.", "es", []),
        ("Une famille et un enfant sont arrivés.", "fr", []),
    ],
)
def test_spanish_and_french_one_before_a_scale(
    text: str, language: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En Lima, 7 de cada 10 migrantes trabajan.", "es"),
        ("In Accra 3 out of every 5 traders are women.", "en"),
    ],
)
def test_rate_denominator_is_no_count(text: str, language: str) -> None:
    assert all(c[1] not in (10.0, 5.0) for c in _counts(text, language))


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The scheme paid ₹ 1,20,000 per family.", 120000.0, "INR"),
        ("Nepal received Rs. 12,50,000 in grants.", 1250000.0, "NPR"),
    ],
)
def test_lakh_grouping(text: str, value: float, currency: str) -> None:
    currency_of_country = "NPR" if "Nepal" in text else None
    money = [
        (a.value, a.currency)
        for a in find_amounts(text, currency_of_country, language="en")
        if a.kind == "money"
    ]
    assert money == [(value, currency)]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Hay 30 centros de atención en la frontera.", "es", [("30", 30.0, "centros")]),
        ("Llegaron 300 personas al albergue.", "es", [("300", 300.0, "personas")]),
        ("Trained 25 officials in Accra.", "en", [("25", 25.0, "officials")]),
        # a label names the number after it
        ("Phase 2 activities began in May.", "en", []),
        ("Title 42 expulsions rose.", "en", []),
    ],
)
def test_capitalised_verb_before_a_count_names_nothing(
    text: str, language: str, want: list[tuple[str, float, str]]
) -> None:
    assert _counts(text, language) == want

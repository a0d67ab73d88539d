"""Dates and ranges normalised to ISO 8601, with modifiers; negatives."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates
from gcmextract.extractors.objective_refs.parse import find_objective_refs


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "modifier"),
    [
        (
            "The plan ran from November 2020 to November 2021.",
            "November 2020 to November 2021",
            "range",
            "2020-11/2021-11",
            None,
        ),
        ("Funding for 2020-2021 was approved.", "2020-2021", "range", "2020/2021", None),
        (
            "Held between March and May 2022 in Accra.",
            "March and May 2022",
            "range",
            "2022-03/2022-05",
            None,
        ),
        (
            "Talks took place between July and September of 2021.",
            "July and September of 2021",
            "range",
            "2021-07/2021-09",
            None,
        ),
        (
            "It ran from January 2020 to October 2021.",
            "January 2020 to October 2021",
            "range",
            "2020-01/2021-10",
            None,
        ),
        (
            "from the end of March 2021 to the end of July 2021",
            "end of March 2021 to the end of July 2021",
            "range",
            "2021-03/2021-07",
            None,
        ),
        ("in the 2008/2009 fiscal year", "2008/2009", "range", "2008/2009", None),
        ("A workshop is planned for spring 2022.", "spring 2022", "date", "2022-SP", None),
        ("The law entered into force on 14/03/2019.", "14/03/2019", "date", "2019-03-14", None),
        (
            "Signed on Wednesday 28 October 2020 at 10:00.",
            "Wednesday 28 October 2020",
            "date",
            "2020-10-28",
            None,
        ),
        ("Signed on October 28, 2020 in Quito.", "October 28, 2020", "date", "2020-10-28", None),
        ("Aprobado el 5 de marzo de 2021.", "5 de marzo de 2021", "date", "2021-03-05", None),
        (
            "Since November 2020 Chile has received more.",
            "November 2020",
            "date",
            "2020-11",
            "since",
        ),
        ("Beginning in 2022, Ghana will pilot it.", "2022", "date", "2022", "beginning"),
        ("extended until 2022-2023 with funds", "2022-2023", "range", "2022/2023", "until"),
        ("to be reached by 2030.", "2030", "date", "2030", "by"),
        ("Budget 2021 also announced new funds.", "2021", "date", "2021", None),
    ],
)
def test_dates_found(text: str, span: str, kind: str, value: str, modifier: str | None) -> None:
    dates = find_dates(text)
    assert len(dates) == 1, dates
    d = dates[0]
    assert (d.text, d.kind, d.value, d.modifier) == (span, kind, value, modifier)
    assert text[d.start : d.end] == span


def test_dates_two_years_are_two_dates() -> None:
    assert [d.value for d in find_dates("in 2020 and 2021")] == ["2020", "2021"]


def test_dates_and_beyond_modifier() -> None:
    (d,) = find_dates("commitments for 2025 and beyond")
    assert (d.value, d.modifier) == ("2025", "beyond")


@pytest.mark.parametrize(
    "text",
    [
        "Objectives 1, 5, 6 were addressed.",
        "the COVID-19 pandemic",
        "last year and the past year",
        "over the last two decades and two years",
        "380,000 clients and 2,021 people",
        "document A/RES/73/195",
        "we may 2021",
    ],
)
def test_dates_negatives(text: str) -> None:
    refs = find_objective_refs(text)
    assert find_dates(text, exclude=[(r.start, r.end) for r in refs]) == []

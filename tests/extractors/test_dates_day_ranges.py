"""Day-month ranges anchored to one year, "mid-" years and other multilingual date forms."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "El plan rige del 1 de enero al 31 de diciembre de 2020.",
            "1 de enero al 31 de diciembre de 2020",
            "2020-01-01/2020-12-31",
        ),
        (
            "La campagne s'est tenue du 1er mars au 30 juin 2021.",
            "1er mars au 30 juin 2021",
            "2021-03-01/2021-06-30",
        ),
        (
            "The workshop ran from 3 March to 5 March 2021 in Suva.",
            "3 March to 5 March 2021",
            "2021-03-03/2021-03-05",
        ),
        ("Returns resumed in mid-2020.", "2020", "2020"),
        ("Rwanda adopted the policy on 4 July 2019.", "4 July 2019", "2019-07-04"),
    ],
)
def test_dates_day_ranges_value(text: str, span: str, value: str) -> None:
    dates = find_dates(text)
    assert [(d.text, d.value) for d in dates] == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Around 15 May officials met again.",
        "On 3 March the office reopened.",
        "Decree No. 12-2020 was repealed.",
    ],
)
def test_dates_day_month_without_year_is_not_a_date(text: str) -> None:
    assert find_dates(text) == []

"""Year-like numbers that count or label something are not dates; day ranges, FY and early years are."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Some 2000 people crossed the border at Tapachula.",
        "About 1950 migrants were registered in Lesbos.",
        "See paragraph 2019 of the report of Kenya.",
        "Resolution 2020 of the Ministry was repealed.",
    ],
)
def test_dates_not_years_rejected(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "modifier"),
    [
        ("In 2019 people moved to the capital.", "2019", "2019", None),
        ("Since 2015 women lead the committee.", "2015", "2015", "since"),
        ("The 1919 Convention still applies in Peru.", "1919", "1919", None),
        ("Budget lines for FY2021-22 rose.", "2021-22", "2021/2022", None),
        (
            "Consultations ran 15 to 20 March 2021.",
            "15 to 20 March 2021",
            "2021-03-15/2021-03-20",
            None,
        ),
        ("Atelier du 15 au 20 mars 2021.", "15 au 20 mars 2021", "2021-03-15/2021-03-20", None),
        (
            "The forum was held 3-5 May 2022 in Nairobi.",
            "3-5 May 2022",
            "2022-05-03/2022-05-05",
            None,
        ),
    ],
)
def test_dates_not_years_kept(text: str, span: str, value: str, modifier: str | None) -> None:
    assert [(d.text, d.value, d.modifier) for d in find_dates(text)] == [(span, value, modifier)]

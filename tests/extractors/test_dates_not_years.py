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
        "The Council, in its resolutions 1920, 1979 and 2044, recognised the need.",
        "Colombia spent US$ 2020 on each kit.",
        "Each grant was worth 2020 dollars.",
        "The park produces 2000 megawatts of power.",
        "Law No. 2019/11 on asylum entered into force in Angola.",
        "Decision 2021/15 of the Council of Ministers of Mali.",
        "Circular 2020-03 of the Ministry of Labour of Peru.",
        "Decree No. 216/2021 regulates the permits.",
        "Resolution 73/195 and A/RES/73/195 endorse the Compact.",
        "The report S/2022/481 was issued on Haiti.",
        "Some 2,000 people and 1,500 children were assisted.",
        "Migration grew in the 1990s and the 2000s.",
        "the 75th anniversary of the United Nations",
        "COVID-19 hit Peru hard.",
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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the resolution numbers are not dates; the years of adoption in brackets are
        ("resolutions 1920 (2010), 1979 (2011) and 2044 (2012)", ["2010", "2011", "2012"]),
        ("Security Council resolution 2250 (2015) on youth", ["2015"]),
        ("Ley 1465 de 2011 de Colombia", ["2011"]),
        ("Loi n° 2016-274 du 7 mars 2016", ["2016-03-07"]),
        ("In 2020 migrants were stranded in Tunisia.", ["2020"]),
    ],
)
def test_dates_numbers_beside_years(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Ghana implements UNSCR 2036 (2012) on the Sahel.",
        "Bolivia welcomed UNSC 2040 (2012) on the Sahel.",
    ],
)
def test_dates_number_before_bracketed_year_is_no_year(text: str) -> None:
    # a numbered text with its year in brackets: the bracketed year is a date, the number is not
    assert [d.text for d in find_dates(text)] == ["2012"]

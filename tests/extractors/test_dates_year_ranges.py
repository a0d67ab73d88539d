"""Year ranges in one token or two, long plan periods, and spans that are not ranges."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The National Development Plan 2018-2030 of Malawi.", "2018-2030", "2018/2030"),
        ("Sendai Framework for Disaster Risk Reduction 2015–2030.", "2015–2030", "2015/2030"),
        ("Vision 2040–2060 guides Burundi.", "2040–2060", "2040/2060"),
        ("Connect PNG Policy (2020- 2040) is under way.", "2020- 2040", "2020/2040"),
        ("The National Migration Policy 2015 – 2030 of Nigeria.", "2015 – 2030", "2015/2030"),
        ("in the 2020/21 fiscal year", "2020/21", "2020/2021"),
        ("FY 2021-22 allocations rose.", "2021-22", "2021/2022"),
        ("the 1999-00 budget", "1999-00", "1999/2000"),
        ("Armed clashes from 2019 to 2021 displaced many.", "2019 to 2021", "2019/2021"),
        ("Between 2017 and 2019 Ecuador issued visas.", "2017 and 2019", "2017/2019"),
        ("Entre 2018 y 2020 se regularizaron personas.", "2018 y 2020", "2018/2020"),
        ("Le plan couvre la période de 2019 à 2021.", "2019 à 2021", "2019/2021"),
        ("Funding rises from 2021 to 2025.1 would like to add", "2021 to 2025", "2021/2025"),
        (
            "The meeting took place on September 20–22, 2021.",
            "September 20–22, 2021",
            "2021-09-20/2021-09-22",
        ),
        ("Talks ran from Sept. 3 to 5, 2022.", "Sept. 3 to 5, 2022", "2022-09-03/2022-09-05"),
        (
            "du 1er janvier 2020 au 31 décembre 2021",
            "1er janvier 2020 au 31 décembre 2021",
            "2020-01-01/2021-12-31",
        ),
    ],
)
def test_dates_year_range_found(text: str, span: str, value: str) -> None:
    assert [(d.text, d.kind, d.value) for d in find_dates(text)] == [(span, "range", value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two dates, not a range: the words between them are not a range connector
        ("Cut emissions by 51 per cent by 2030 compared to 2018 levels.", ["2030", "2018"]),
        ("Exports fell in 2022 as compared to 2021.", ["2022", "2021"]),
        ("Implement Agenda 2030 and Agenda 2063 together.", ["2030", "2063"]),
        ("Reduce emissions by 2030 with a view to 2050.", ["2030", "2050"]),
        ("In 2018 and 2019 Chile received more applications.", ["2018", "2019"]),
    ],
)
def test_dates_not_a_range(text: str, values: list[str]) -> None:
    dates = find_dates(text)
    assert [d.value for d in dates] == values
    assert {d.kind for d in dates} == {"date"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On September the 1st, 1939, the war began.", "September the 1st, 1939", "1939-09-01"),
        ("Aprobado el 1° de enero de 2021.", "1° de enero de 2021", "2021-01-01"),
        ("Vaccines arrived in August of2021 in Havana.", "August of2021", "2021-08"),
        ("Borders closed in 2020.1 would like to add", "2020", "2020"),
    ],
)
def test_dates_unusual_writing(text: str, span: str, value: str) -> None:
    assert [(d.text, d.value) for d in find_dates(text)] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Registered on 14/03/2019 in Tegucigalpa.", "14/03/2019", "2019-03-14"),
        ("Registered on 03/14/2019 in Houston.", "03/14/2019", "2019-03-14"),
        ("The permit expired on 12/31/2021.", "12/31/2021", "2021-12-31"),
        ("On 15.03.2021 the law of Serbia changed.", "15.03.2021", "2021-03-15"),
        ("Submitted on 2021.03.15 by Korea.", "2021.03.15", "2021-03-15"),
        ("Published 2021/03/15 in Tokyo.", "2021/03/15", "2021-03-15"),
    ],
)
def test_dates_numeric_forms(text: str, span: str, value: str) -> None:
    assert [(d.text, d.value) for d in find_dates(text)] == [(span, value)]


@pytest.mark.parametrize(
    "text", ["Code 13/13/2020 is void.", "Unemployment reached 2020 per cent."]
)
def test_dates_numeric_non_dates(text: str) -> None:
    assert find_dates(text) == []

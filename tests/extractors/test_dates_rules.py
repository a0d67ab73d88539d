"""Single date rules, each tested on its own with sentences written for the test."""

from __future__ import annotations

from gcmextract.extractors.dates.parse import find_dates


def test_dates_day_range_must_rise() -> None:
    assert find_dates("On 25-12 June 2021 the board met.") == []
    (rng,) = find_dates("The board met on 12-25 June 2021.")
    assert (rng.text, rng.value) == ("12-25 June 2021", "2021-06-12/2021-06-25")

"""PDF layout rules as pure functions: words broken at line ends, page furniture, column gutters."""

from __future__ import annotations

import pytest

from gcmextract.ingest.pdf.columns import find_gutter
from gcmextract.ingest.pdf.hyphens import Vocabulary, join_broken
from gcmextract.ingest.pdf.lines import Word, join_words
from gcmextract.ingest.pdf.running import furniture_only

VOCAB = Vocabulary(
    [
        "Senegal adopted a whole-of-society approach and an evidence-based policy",
        "with international partners in the region",
    ]
)


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("supports inter-", "national cooperation", "supports international cooperation"),
        ("a whole-of-", "society approach", "a whole-of-society approach"),
        ("the Secretary-", "General said", "the Secretary-General said"),
        ("against COVID-", "19 in 2021", "against COVID-19 in 2021"),
        ("the U.S.-", "Mexico border", "the U.S.-Mexico border"),
        ("a whole-", "of-society approach", "a whole-of-society approach"),
        ("an evidence-", "based policy", "an evidence-based policy"),
        ("gender-", "sensitive services", "gender-sensitive services"),
        ("the pro-", "gramme ended", "the programme ended"),
        ("and so -", "on", None),
    ],
)
def test_ingest_pdf_hyphen_join(head: str, tail: str, joined: str | None) -> None:
    sep = join_broken(head, tail, VOCAB)
    if joined is None:
        assert sep is None
    else:
        out = head[:-1] + tail if sep == "" else head + tail
        assert out == joined


@pytest.mark.parametrize(
    ("row", "furniture"),
    [
        (["A/79/PV.7", "24/09/2024"], True),
        (["GE.23-01234", "3/12"], True),
        (["5/9", "21-04567"], True),
        (["Page", "3", "of", "12"], True),
        (["-", "4", "-"], True),
        (["E/CN.6/2022/3"], True),
        (["12"], True),
        (["Ministry", "of", "Labour"], False),
        (["12", "migrants", "returned"], False),
    ],
)
def test_ingest_pdf_page_furniture(row: list[str], furniture: bool) -> None:
    words = [Word(t, 10 * i, 10 * i + 8, 800, 808, 8, False) for i, t in enumerate(row)]
    assert furniture_only(words) is furniture


def _w(text: str, x0: float, top: float, size: float = 10, sup: bool = False) -> Word:
    return Word(text, x0, x0 + len(text) * size * 0.5, top, top + size, size, False, sup)


def test_ingest_pdf_spacing_from_gaps_and_superscripts() -> None:
    words = [_w("“", 100, 0), _w("For", 105, 0), _w("the", 127, 0), _w("Benefit", 147, 0)]
    words.append(_w(".”", words[-1].x1, 0))  # italic run ends: no gap, no space
    words.append(_w("1", words[-1].x1 + 0.3, -3, size=6, sup=True))
    assert join_words(words) == "“For the Benefit.”¹"


def _line(words: list[str], x0: float, top: float) -> list[Word]:
    out = []
    for w in words:
        out.append(_w(w, x0, top))
        x0 = out[-1].x1 + 3
    return out


def test_ingest_pdf_gutter_found_only_for_columns() -> None:
    text = [
        "a",
        "justified",
        "line",
        "of",
        "words",
        "that",
        "runs",
        "across",
        "the",
        "page",
        "from",
        "one",
        "margin",
        "to",
        "the",
        "other",
    ]
    two = [
        _line(["left", "column", "text"], 60, y) + _line(["right", "text"], 320, y)
        for y in range(0, 200, 13)
    ]
    one = [_line(text[k % 3 :], 60, y) for k, y in enumerate(range(0, 200, 13))]
    gutter = find_gutter(two, 595)
    assert gutter is not None and 130 < gutter < 320
    assert find_gutter(one, 595) is None

"""Find calendar dates and ranges and normalise them to ISO 8601 (docs/annotation.md, dates)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from gcmextract.resources.currency import data as currency_data
from gcmextract.schema import DateKind, DateMention

YEAR = r"(?:19\d\d|20\d\d|2100)"
"""A four-digit year from 1900 to 2100 (the range is written in the pattern, not the vocabulary)."""


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    """The date vocabulary (months, seasons, modifiers, labels...) from vocabulary.json."""
    from gcmextract.resources.vocabularies import vocabulary

    return vocabulary("gcmextract.extractors.dates")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _words(words: Iterable[str]) -> str:
    """An alternation of `words` that must start and end on a word boundary where they are letters."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        left = r"\b" if w[:1].isalnum() else ""
        right = r"\b" if w[-1:].isalnum() else ""
        out.append(f"{left}{re.escape(w)}{right}")
    return "|".join(out)


@dataclass
class _Point:
    """One calendar point (or a range written as one token) found in the text."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    year_end: int | None = None  # for a year range written as one token ("2020-21")
    day_end: int | None = None  # for a day range in one month ("15 to 20 March 2021")
    prefix_modifier: str | None = None  # from a glued prefix ("post-2020")

    def iso(self, year: int | None = None) -> str:
        """ISO 8601 value of the point, borrowing `year` when it has none of its own."""
        y = self.year if self.year is not None else year
        if self.season:
            return f"{y}-{self.season}"
        if self.day:
            return f"{y:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{y:04d}-{self.month:02d}"
        return f"{y}"


@lru_cache(maxsize=1)
def point_pattern() -> re.Pattern[str]:
    """One regex with a named alternative per written form of a date (most specific first)."""
    v = vocab()
    month = _alt(v["months"])
    season = _alt(v["seasons"])
    wd = _alt(v["weekdays"])
    suf = rf"(?:{_alt(v['day_suffixes'])})?"
    year = YEAR
    # not glued to a word, currency or number; but "mid-2021", "FY2022", "post-2020", "of2021" are fine
    nb = r"(?:(?<![\w$€£¥/.,\-])|(?<=\bFY)|(?<=\bof)|(?<=[A-Za-z]-))"
    mags = _alt(v["magnitudes"])
    # not followed by more number, except a glued footnote or OCR'd "I" ("in 2020.1 would like")
    na = rf"(?:(?![\w%]|[.,/]\d|-\d)|(?=[.,]\d{{1,2}}\s+(?!(?:{mags})\b)[A-Za-z]))"
    parts = [
        # 2021-07-15, 2021.07.15, 2021/07/15
        rf"{nb}(?P<iso>{year})(?P<iso_sep>[-./])(?P<iso_m>0?[1-9]|1[0-2])(?P=iso_sep)(?P<iso_d>[0-3]?\d)"
        r"(?![\w%]|[.,/]\d|-\d)",
        # 14/03/2019, 14.03.2019
        rf"(?<![\w$€£¥/.,\-])(?P<num_d>[0-3]?\d)[/.](?P<num_m>[0-3]?\d)[/.](?P<num_y>{year}){na}",
        # 15 to 20 March 2021, 15-20 mars 2021, del 1 al 5 de marzo de 2021
        rf"(?<![\d,.])(?P<dr_a>[0-3]?\d){suf}\s*(?:[-–]|\s(?:to|al|au|a|à|and|y|et)\s)\s*"
        rf"(?P<dr_b>[0-3]?\d){suf}\s+(?:of\s+|de\s+)?(?P<dr_m>{month})\.?,?\s+(?:de\s+|del\s+)?"
        rf"(?P<dr_y>{year}){na}",
        # September 20-22, 2021 | Sept. 20 to 22, 2021
        rf"\b(?P<mdr_m>{month})\.?\s+(?P<mdr_a>[0-3]?\d){suf}\s*(?:[-–]|\s(?:to|through|and)\s)\s*"
        rf"(?P<mdr_b>[0-3]?\d){suf},?\s+(?P<mdr_y>{year}){na}",
        # (Wednesday,) 28 October 2020 | 28 de octubre de 2020 | 1er mars 2021 | 1° de enero de 2021
        rf"(?:\b(?P<wd1>{wd}),?\s+)?(?<![\d,.])(?P<dmy_d>[0-3]?\d){suf}\s+(?:of\s+|de\s+)?"
        rf"(?P<dmy_m>{month})\.?,?\s+(?:de\s+|del\s+)?(?P<dmy_y>{year}){na}",
        # (Wednesday,) October 28, 2020 | October the 7th, 2023
        rf"(?:\b(?P<wd2>{wd}),?\s+)?\b(?P<mdy_m>{month})\.?\s+(?:the\s+)?(?P<mdy_d>[0-3]?\d){suf},?\s+"
        rf"(?P<mdy_y>{year}){na}",
        # 1 de enero (al ...), 1 March (to ...): day and month, kept only inside a range
        rf"(?<![\d,.])(?P<dm_d>[0-3]?\d){suf}\s+(?:of\s+|de\s+)?(?P<dm_m>{month})\b"
        rf"(?=\s*(?:[-–]|to|al|au|a|à|until|through)\s)",
        # March 2021, March of 2021, marzo de 2021
        rf"\b(?P<my_m>{month})\.?,?\s+(?:of\s*|de\s+|del\s+)?(?P<my_y>{year}){na}",
        # spring 2022
        rf"\b(?P<sy_s>{season})\s+(?:of\s+|de\s+)?(?P<sy_y>{year}){na}",
        # fiscal / year ranges: 2020-2021, 2020–21, 2008/2009
        rf"{nb}(?P<yr_a>{year})\s?[-–/]\s?(?P<yr_b>{year}|\d\d){na}",
        # year alone
        rf"{nb}(?P<y>{year}){na}",
        # month or season alone (only kept inside a range anchored to a year)
        rf"\b(?P<m>{month})\b(?!\s*\d)",
        rf"\b(?P<s>{season})\b",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def _year_range(start: int, end: int, a: int, b: str) -> _Point | None:
    """A year range written as one token ("2020-2021", "2020/21", "1999-00"), or None."""
    if len(b) == 4:
        bb = int(b)
    else:
        bb = (a // 100) * 100 + int(b)
        if a % 100 == 99 and b == "00":
            bb += 100  # "1999-00"
    if bb <= a or bb - a > 100:
        return None
    return _Point(start, end, a, year_end=bb)


def _month(g: dict[str, str], key: str) -> int:
    """The month number of the month name in group `key`."""
    return int(vocab()["months"][g[key].lower().rstrip(".")])


def _season(g: dict[str, str], key: str) -> str:
    """The season code of the season name in group `key`."""
    return str(vocab()["seasons"][g[key].lower()])


def _day_ok(*days: int) -> bool:
    """Whether every number is a possible day of a month."""
    return all(1 <= d <= 31 for d in days)


def _iso(m: re.Match[str], g: dict[str, str]) -> _Point | None:
    """2021-06-30."""
    if not _day_ok(int(g["iso_d"])):
        return None
    return _Point(m.start(), m.end(), int(g["iso"]), int(g["iso_m"]), int(g["iso_d"]))


def _numeric(m: re.Match[str], g: dict[str, str]) -> _Point | None:
    """30/06/2021 (day first unless impossible)."""
    d, mth = int(g["num_d"]), int(g["num_m"])
    if mth > 12 and d <= 12:
        d, mth = mth, d
    if not (1 <= mth <= 12 and _day_ok(d)):
        return None
    return _Point(m.start(), m.end(), int(g["num_y"]), mth, d)


def _day_range(prefix: str) -> Callable[[re.Match[str], dict[str, str]], _Point | None]:
    """Reader of "3-5 June 2021" (`dr`) or "June 3-5, 2021" (`mdr`)."""

    def read(m: re.Match[str], g: dict[str, str]) -> _Point | None:
        a, b = int(g[f"{prefix}_a"]), int(g[f"{prefix}_b"])
        if not 1 <= a < b <= 31:
            return None
        year, month = int(g[f"{prefix}_y"]), _month(g, f"{prefix}_m")
        return _Point(m.start(), m.end(), year, month, a, day_end=b)

    return read


def _day_month_year(prefix: str) -> Callable[[re.Match[str], dict[str, str]], _Point | None]:
    """Reader of "30 June 2021" (`dmy`) or "June 30, 2021" (`mdy`)."""

    def read(m: re.Match[str], g: dict[str, str]) -> _Point | None:
        day = int(g[f"{prefix}_d"])
        if not _day_ok(day):
            return None
        return _Point(m.start(), m.end(), int(g[f"{prefix}_y"]), _month(g, f"{prefix}_m"), day)

    return read


def _day_month(m: re.Match[str], g: dict[str, str]) -> _Point | None:
    """30 June (no year)."""
    day = int(g["dm_d"])
    return _Point(m.start(), m.end(), None, _month(g, "dm_m"), day) if _day_ok(day) else None


def _month_year(m: re.Match[str], g: dict[str, str]) -> _Point | None:
    """June 2021 (never the verb "may")."""
    if g["my_m"] == "may":
        return None
    return _Point(m.start(), m.end(), int(g["my_y"]), _month(g, "my_m"))


def _month_alone(m: re.Match[str], g: dict[str, str]) -> _Point | None:
    """June (a lower-case ambiguous word such as "may" is not a month)."""
    if g["m"].islower() and g["m"] in vocab()["ambiguous_month_words"]:
        return None
    return _Point(m.start(), m.end(), None, _month(g, "m"))


# the alternatives of `point_pattern()` by the group that marks them, in the order they are tried
_POINT_READERS: tuple[tuple[str, Callable[[re.Match[str], dict[str, str]], _Point | None]], ...] = (
    ("iso", _iso),
    ("num_y", _numeric),
    ("dr_y", _day_range("dr")),
    ("mdr_y", _day_range("mdr")),
    ("dmy_y", _day_month_year("dmy")),
    ("mdy_y", _day_month_year("mdy")),
    ("dm_m", _day_month),
    ("my_y", _month_year),
    ("sy_y", lambda m, g: _Point(m.start(), m.end(), int(g["sy_y"]), season=_season(g, "sy_s"))),
    ("yr_a", lambda m, g: _year_range(m.start(), m.end(), int(g["yr_a"]), g["yr_b"])),
    ("y", lambda m, g: _Point(m.start(), m.end(), int(g["y"]))),
    ("m", _month_alone),
    ("s", lambda m, g: _Point(m.start(), m.end(), None, season=_season(g, "s"))),
)


def _point(m: re.Match[str]) -> _Point | None:
    """The calendar point a match of `point_pattern()` denotes, or None if it is not one."""
    g = m.groupdict()
    for key, read in _POINT_READERS:
        if g[key]:
            return read(m, g)
    return None


@lru_cache(maxsize=1)
def _gap_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for the text between two points of a range, and before its first point."""
    v = vocab()
    lead = rf"(?:(?:the\s+)?(?:{_words(v['range_lead'])})\s*)?"
    to = _words(v["range_to"])
    art = rf"(?:(?:{_words(v['article_fillers'])})\s*)?"
    gap_to = re.compile(rf"^\s*(?:(?:{to})\s+{art}|[-–—]\s*){lead}$", re.I)
    gap_and = re.compile(rf"^\s*(?:{_words(v['range_and'])})\s+{art}{lead}$", re.I)
    before_between = re.compile(rf"(?:{_words(v['range_between'])})\s+(?:the\s+)?$", re.I)
    lead_before = re.compile(rf"(?:the\s+)?(?:{_words(v['range_lead'])})\s*$", re.I)
    return gap_to, gap_and, before_between, lead_before


@lru_cache(maxsize=1)
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for an opening modifier before a date, "and beyond" after it, "from X on" around it."""
    v = vocab()
    fillers = _words(v["modifier_fillers"])
    before = re.compile(
        rf"(?:{_words(v['modifiers'])})\s+((?:(?:{fillers})(?:\s+|(?<=-)))*)$",
        re.I,
    )
    after = re.compile(rf"^\s*,?\s+(?:{_words(v['beyond'])})", re.I)
    after_from = re.compile(rf"^\s*,?\s+({_words(v['after_from'])})", re.I)
    return before, after, after_from


@lru_cache(maxsize=1)
def _not_a_year_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns for the contexts that make a year-like number a label, count or amount."""
    v = vocab()
    # "resolutions 1920 (2010), 1979 (2011) and 2044": every number of the list is labelled
    listed = rf"(?:[\w./-]*\d(?:\s*\({YEAR}\))?\s*(?:,\s*|\s+(?:{_words(v['range_and'])})\s+))*"
    before = re.compile(rf"(?:{_words(v['number_labels'])})\s*{listed}$", re.I)
    after = re.compile(rf"^\s+(?:{_words(v['count_nouns'])})", re.I)
    prep = re.compile(rf"(?:{_words(v['year_prepositions'])})\s+$", re.I)
    markers = currency_data().markers_before_number
    currency = re.compile(rf"(?:{_words(markers)})\s*$", re.I)
    numbered = re.compile(rf"^\s*\({YEAR}\)")  # "resolutions 1920 (2010)": 1920 is a number
    return before, after, prep, currency, numbered


def _not_a_year(text: str, p: _Point) -> bool:
    """A bare year-like number that labels something ("paragraph 2019") or counts ("2000 people")."""
    if p.month is not None or p.season is not None or p.year is None:
        return False
    before, after, prep, currency, numbered = _not_a_year_patterns()
    left = text[max(0, p.start - 80) : p.start]
    if p.year_end is not None:
        return bool(before.search(left))  # "Decision 2019/21" is a number, not a range
    right = text[p.end : p.end + 30]
    if before.search(left) or currency.search(left) or numbered.match(right):
        return True
    return bool(after.match(right)) and not prep.search(left)


def _prefix_modifier(text: str, start: int) -> str | None:
    """The modifier a glued prefix gives ("post-2020" -> beyond), if any."""
    m = re.search(r"\b([A-Za-z]+)-$", text[max(0, start - 12) : start])
    if not m:
        return None
    mods: dict[str, str | None] = vocab()["hyphen_prefixes"]
    return mods.get(m.group(1).lower())


# Every date has a digit (a year, a day) or stands in a range beside one, so the point pattern only
# runs in windows around digits: the same matches, without trying every position of long texts.
_DIGITS = re.compile(r"\d+")
_BEFORE, _AFTER = 80, 40


def _point_matches(text: str) -> Iterator[re.Match[str]]:
    """`point_pattern()` matches in windows around the digits of `text`."""
    pattern = point_pattern()
    windows: list[list[int]] = []
    for d in _DIGITS.finditer(text):
        a, b = max(0, d.start() - _BEFORE), min(len(text), d.end() + _AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    for a, b in windows:
        # start and end the window between words so no match is cut
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        yield from pattern.finditer(text, a, b)


def _points(text: str, exclude: list[tuple[int, int]]) -> list[_Point]:
    """The calendar points of `text` outside `exclude`, with their prefix modifiers."""
    points: list[_Point] = []
    for m in _point_matches(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in exclude):
            continue
        p = _point(m)
        if p and not _not_a_year(text, p):
            p.prefix_modifier = _prefix_modifier(text, p.start)
            points.append(p)
    return points


def _range_of(text: str, p: _Point, q: _Point) -> DateMention | None:
    """The range two neighbouring points form ("from March to June 2021"), or None."""
    if q.year is None or p.year_end is not None or q.year_end is not None:
        return None
    gap_to, gap_and, before_between, lead_before = _gap_patterns()
    gap = text[p.end : q.start]
    is_range = (
        len(gap) < 30
        and bool(gap_to.match(gap))
        and (p.year is not None or p.month is not None or p.season is not None)
    ) or bool(gap_and.match(gap) and before_between.search(text[max(0, p.start - 20) : p.start]))
    if not is_range:
        return None
    start = p.start
    lb = lead_before.search(text[max(0, p.start - 30) : p.start])
    if lb:
        start = p.start - len(lb.group(0))
        if text[start : start + 4].lower() == "the ":
            start += 4  # a leading "the" stays outside
    start_year = (
        p.year
        if p.year is not None
        else (q.year if (p.month or 0) <= (q.month or 12) else q.year - 1)
    )
    value = f"{p.iso(start_year)}/{q.iso()}"
    return _mention(text, start, q.end, "range", value, two_points=True)


def _single(text: str, p: _Point) -> DateMention | None:
    """The date or one-token range a lone point is (None without a year)."""
    if p.year is None:
        return None
    if p.day_end is not None:
        end = _Point(p.start, p.end, p.year, p.month, p.day_end)
        return _mention(text, p.start, p.end, "range", f"{p.iso()}/{end.iso()}")
    if p.year_end is not None:
        return _mention(text, p.start, p.end, "range", f"{p.year}/{p.year_end}")
    return _mention(text, p.start, p.end, "date", p.iso(), p.prefix_modifier)


def find_dates(text: str, exclude: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """All dates and date ranges in `text`, skipping points inside `exclude` spans."""
    points = _points(text, exclude or [])
    out: list[DateMention] = []
    i = 0
    while i < len(points):
        rng = _range_of(text, points[i], points[i + 1]) if i + 1 < len(points) else None
        if rng is not None:
            out.append(rng)
            i += 2
            continue
        single = _single(text, points[i])
        if single is not None:
            out.append(single)
        i += 1
    return out


def _modifier(text: str, start: int, end: int, two_points: bool) -> str | None:
    """The modifier opening the date at text[start:end] ("since", "until", "by", ...), if any."""
    v = vocab()
    before, after, after_from = _modifier_patterns()
    if after.match(text[end : end + 25]):
        return "beyond"
    left = text[max(0, start - 50) : start]
    right = text[end : end + 30]
    mf = after_from.match(right)
    if mf and re.search(rf"(?:{_words(v['from_words'])})\s+(?:the\s+)?(?:year\s+)?$", left, re.I):
        return str(v["after_from"][mf.group(1).lower()])
    mb = before.search(left)
    if not mb:
        return None
    fillers = mb.group(1).split()
    if fillers and fillers[-1].lower() in v["article_fillers"] and re.match(r"\s+[^\W\d]", right):
        return None  # "by the 2030 Agenda": the year names something, the modifier governs that
    word = re.sub(r"\s+", " ", mb.group(0)[: mb.start(1) - mb.start(0)].strip().lower())
    value = v["modifiers"].get(word)
    if two_points and word in v["since_modifiers"]:
        return None  # "desde 2019 hasta 2021": a closed range, "desde" means "from"
    return str(value) if value else None


def _mention(
    text: str,
    start: int,
    end: int,
    kind: DateKind,
    value: str,
    default_modifier: str | None = None,
    two_points: bool = False,
) -> DateMention:
    """A DateMention for text[start:end] with its modifier worked out from the context."""
    modifier = _modifier(text, start, end, two_points) or default_modifier
    return DateMention(
        text=text[start:end], start=start, end=end, kind=kind, value=value, modifier=modifier
    )

"""Find calendar dates and ranges and normalise them to ISO 8601 (ANNOTATION.md, dates)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gcmextract.schema import DateMention


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads(resources.files(__package__).joinpath("vocabulary.json").read_text("utf-8"))


def _alt(words) -> str:  # type: ignore[no-untyped-def]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass
class _Point:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    year_end: int | None = None  # for a year range written as one token ("2020-21")
    day_end: int | None = None  # for a day range in one month ("15 to 20 March 2021")

    def iso(self, year: int | None = None) -> str:
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
    v = vocab()
    month = _alt(v["months"])
    season = _alt(v["seasons"])
    wd = _alt(v["weekdays"])
    year = r"(?:19\d\d|20\d\d|2100)"
    nb = r"(?:(?<![\w$€£¥/.,\-])|(?<=\bmid-)|(?<=\bFY))"  # not glued to a word, currency or number
    na = r"(?![\w%]|[.,/]\d|-\d)"  # not followed by more number
    parts = [
        # 2021-07-15
        rf"{nb}(?P<iso>{year})-(?P<iso_m>0?[1-9]|1[0-2])-(?P<iso_d>[0-3]?\d){na}",
        # 14/03/2019, 14.03.2019
        rf"{nb}(?P<num_d>[0-3]?\d)[/.](?P<num_m>[01]?\d)[/.](?P<num_y>{year}){na}",
        # (Wednesday,) 28 October 2020 | 28 de octubre de 2020 | 1er mars 2021
        # 15 to 20 March 2021, 15-20 mars 2021
        rf"(?<![\d,.])(?P<dr_a>[0-3]?\d)(?:st|nd|rd|th|er)?\s*(?:[-–]|\s(?:to|al|au|a|à|and|y|et)\s)\s*(?P<dr_b>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<dr_m>{month})\.?,?\s+(?:de\s+|del\s+)?(?P<dr_y>{year}){na}",
        rf"(?:(?P<wd1>{wd}),?\s+)?(?<![\d,.])(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?P<dmy_m>{month})\.?,?\s+(?:de\s+|del\s+)?(?P<dmy_y>{year}){na}",
        # (Wednesday,) October 28, 2020
        rf"(?:(?P<wd2>{wd}),?\s+)?(?P<mdy_m>{month})\.?\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<mdy_y>{year}){na}",
        # 1 de enero (al ...), 1 March (to ...): day and month, kept only inside a range
        rf"(?<![\d,.])(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?P<dm_m>{month})\b(?=\s*(?:[-–]|to|al|au|a|à|until|through)\s)",
        # March 2021, March of 2021, marzo de 2021
        rf"(?P<my_m>{month})\.?,?\s+(?:of\s+|de\s+|del\s+)?(?P<my_y>{year}){na}",
        # spring 2022
        rf"(?P<sy_s>{season})\s+(?:of\s+|de\s+)?(?P<sy_y>{year}){na}",
        # fiscal / year ranges: 2020-2021, 2020–21, 2008/2009
        rf"{nb}(?P<yr_a>{year})\s?[-–/]\s?(?P<yr_b>{year}|\d\d){na}",
        # year alone
        rf"{nb}(?P<y>{year}){na}",
        # month or season alone (only kept inside a range anchored to a year)
        rf"\b(?P<m>{month})\b(?!\s*\d)",
        rf"\b(?P<s>{season})\b",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def _point(m: re.Match[str]) -> _Point | None:
    v = vocab()
    months, seasons = v["months"], v["seasons"]
    g = m.groupdict()

    def mo(key: str) -> int:
        return months[g[key].lower().rstrip(".")]

    if g["iso"]:
        return _Point(m.start(), m.end(), int(g["iso"]), int(g["iso_m"]), int(g["iso_d"]))
    if g["num_y"]:
        d, mth = int(g["num_d"]), int(g["num_m"])
        if mth > 12 and d <= 12:
            d, mth = mth, d
        if not (1 <= mth <= 12 and 1 <= d <= 31):
            return None
        return _Point(m.start(), m.end(), int(g["num_y"]), mth, d)
    if g["dr_y"]:
        a, b = int(g["dr_a"]), int(g["dr_b"])
        if not 1 <= a < b <= 31:
            return None
        return _Point(m.start(), m.end(), int(g["dr_y"]), mo("dr_m"), a, day_end=b)
    if g["dmy_y"]:
        return _Point(m.start(), m.end(), int(g["dmy_y"]), mo("dmy_m"), int(g["dmy_d"]))
    if g["mdy_y"]:
        return _Point(m.start(), m.end(), int(g["mdy_y"]), mo("mdy_m"), int(g["mdy_d"]))
    if g["dm_m"]:
        day = int(g["dm_d"])
        return _Point(m.start(), m.end(), None, mo("dm_m"), day) if 1 <= day <= 31 else None
    if g["my_y"]:
        if g["my_m"].lower() == "may" and g["my_m"] == "may":
            return None  # the verb "may"
        return _Point(m.start(), m.end(), int(g["my_y"]), mo("my_m"))
    if g["sy_y"]:
        return _Point(m.start(), m.end(), int(g["sy_y"]), season=seasons[g["sy_s"].lower()])
    if g["yr_a"]:
        a = int(g["yr_a"])
        b = g["yr_b"]
        bb = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if bb <= a or bb - a > 10:
            return None
        return _Point(m.start(), m.end(), a, year_end=bb)
    if g["y"]:
        return _Point(m.start(), m.end(), int(g["y"]))
    if g["m"]:
        if g["m"].islower() and g["m"] in (
            "may",
            "mar",
            "jun",
            "dec",
            "sep",
            "oct",
            "nov",
            "jan",
            "aug",
            "feb",
            "apr",
            "jul",
            "mai",
            "mars",
        ):
            return None
        return _Point(m.start(), m.end(), None, mo("m"))
    if g["s"]:
        return _Point(m.start(), m.end(), None, season=seasons[g["s"].lower()])
    return None


@lru_cache(maxsize=1)
def _gap_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lead = r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?|mid-?\s*|early\s+|late\s+)?"
    to = r"(?:to|until|till|through|thru|al|a|au|à|hasta)"
    gap_to = re.compile(rf"\s*(?:{to}\s+|[-–—]\s*){lead}$|^\s*(?:{to}\s+|[-–—]\s*){lead}\s*$", re.I)
    gap_and = re.compile(rf"^\s*(?:and|y|et)\s+{lead}$", re.I)
    before_between = re.compile(r"\b(?:between|entre)\s+(?:the\s+)?$", re.I)
    lead_before = re.compile(
        r"(?:the\s+)?((?:end|beginning|start|middle)\s+of\s+(?:the\s+)?|mid-?\s*|early\s+|late\s+)$",
        re.I,
    )
    return gap_to, gap_and, before_between, lead_before


@lru_cache(maxsize=1)
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocab()
    mods = {k: val for k, val in v["modifiers"].items() if val}
    before = re.compile(
        rf"\b({_alt(mods)})\s+(?:(?:the\s+)?(?:end|beginning|start)\s+of\s+)?(?:the\s+)?(?:year\s+)?(?:in\s+)?$",
        re.I,
    )
    after = re.compile(rf"^\s+({_alt(v['beyond'])})\b", re.I)
    return before, after


@lru_cache(maxsize=1)
def _not_a_year_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = vocab()
    before = re.compile(rf"\b(?:{_alt(v['number_labels'])})\s*$", re.I)
    after = re.compile(rf"^\s+(?:{_alt(v['count_nouns'])})\b", re.I)
    prep = re.compile(rf"\b(?:{_alt(v['year_prepositions'])})\s+$", re.I)
    return before, after, prep


def _not_a_year(text: str, p: _Point) -> bool:
    """A bare year-like number that labels something ("paragraph 2019") or counts ("2000 people")."""
    if p.month is not None or p.season is not None or p.year is None or p.year_end is not None:
        return False
    before, after, prep = _not_a_year_patterns()
    left = text[max(0, p.start - 20) : p.start]
    if before.search(left):
        return True
    return bool(after.match(text[p.end : p.end + 30])) and not prep.search(left)


def find_dates(text: str, exclude: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """All dates and date ranges in `text`, skipping points inside `exclude` spans."""
    exclude = exclude or []
    points: list[_Point] = []
    for m in point_pattern().finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in exclude):
            continue
        p = _point(m)
        if p and not _not_a_year(text, p):
            points.append(p)
    gap_to, gap_and, before_between, lead_before = _gap_patterns()
    out: list[DateMention] = []
    i = 0
    while i < len(points):
        p = points[i]
        q = points[i + 1] if i + 1 < len(points) else None
        if q is not None and q.year is not None and p.year_end is None and q.year_end is None:
            gap = text[p.end : q.start]
            is_range = (
                bool(gap_to.search(gap))
                and len(gap) < 30
                and (p.year is not None or p.month or p.season)
            )
            if (
                not is_range
                and gap_and.match(gap)
                and before_between.search(text[max(0, p.start - 20) : p.start])
            ):
                is_range = True
            if is_range and (p.year is not None or q.year is not None):
                start = p.start
                lb = lead_before.search(text[max(0, p.start - 30) : p.start])
                if lb:
                    start = (
                        p.start - len(lb.group(0)) + (len(lb.group(0)) - len(lb.group(0).lstrip()))
                    )
                    # a leading "the" stays outside
                    seg = text[start : p.start]
                    if seg.lower().startswith("the "):
                        start += 4
                start_year = (
                    p.year
                    if p.year is not None
                    else (q.year if (p.month or 0) <= (q.month or 12) else q.year - 1)
                )
                value = f"{p.iso(start_year)}/{q.iso()}"
                out.append(_mention(text, start, q.end, "range", value))
                i += 2
                continue
        if p.year is None:
            i += 1
            continue
        if p.day_end is not None:
            end = _Point(p.start, p.end, p.year, p.month, p.day_end)
            value = f"{p.iso()}/{end.iso()}"
            out.append(_mention(text, p.start, p.end, "range", value))
        elif p.year_end is not None:
            out.append(_mention(text, p.start, p.end, "range", f"{p.year}/{p.year_end}"))
        else:
            out.append(_mention(text, p.start, p.end, "date", p.iso()))
        i += 1
    return out


def _mention(text: str, start: int, end: int, kind: str, value: str) -> DateMention:
    before, after = _modifier_patterns()
    modifier = None
    mb = before.search(text[max(0, start - 40) : start])
    if mb:
        modifier = vocab()["modifiers"][mb.group(1).lower()]
    ma = after.match(text[end : end + 20])
    if ma:
        modifier = "beyond"
    return DateMention(
        text=text[start:end], start=start, end=end, kind=kind, value=value, modifier=modifier
    )  # type: ignore[arg-type]

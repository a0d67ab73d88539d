"""Find money, counts and percentages with normalised values (ANNOTATION.md, amounts)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from gcmextract.schema import Amount


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads(resources.files(__package__).joinpath("vocabulary.json").read_text("utf-8"))


def _alt(words, bound: bool = False) -> str:  # type: ignore[no-untyped-def]
    items = sorted({w.strip() for w in words}, key=len, reverse=True)
    parts = [re.escape(w) + (r"\b" if bound and w[-1].isalnum() else "") for w in items]
    return "|".join(parts)


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\s\d{3})+(?![\d,.])|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    v = vocab()
    codes = _alt(v["codes"], bound=True)
    signs = "|".join(
        re.escape(s[:-1]) + r"\s?\$" if s.endswith("$") and len(s) > 1 else re.escape(s)
        for s in sorted(v["signs"], key=len, reverse=True)
    )
    words = _alt(v["words"], bound=True)
    scales = _alt(v["scales"], bound=True)
    numwords = _alt(
        [w for w in v["number_words"] if w not in ("dozen", "a dozen", "hundred", "a hundred")],
        bound=True,
    )
    num = rf"(?:{_DIGITS}|{numwords})"
    nb = r"(?<![\w.,/\-])"
    scale = rf"(?:\s?(?:{scales}))"
    prefix = rf"(?:(?P<pcode>{codes})\s*(?P<psign1>{signs})?|(?P<psign>{signs}))\s?"
    rng = r"\s*(?:-|–|to|and)\s*"
    amount = rf"(?P<num>{num})(?P<scale1>{scale})?(?:{rng}(?P<num2>{num})(?P<scale2>{scale})?)?"
    suffix = rf"(?:\s*\(\s*(?P<bcode>{codes})\s*\)|\s+(?P<scode>{codes})|\s+(?P<sword>{words}))?"
    money_pre = rf"(?<![\w])(?:{prefix})(?P<amount>{amount}){suffix}(?![\w])"
    money_post = rf"{nb}(?P<amount>{amount})(?:\s*\(\s*(?P<bcode>{codes})\s*\)|\s+(?P<scode>{codes})|\s+(?P<sword>{words}))(?![\w])"
    pct = _alt(v["percent_words"])
    percent = rf"{nb}(?P<num>{_DIGITS})(?:{rng}(?P<num2>{_DIGITS}))?\s?(?:{pct})(?![\w])"
    count = rf"{nb}(?P<num>{num})(?P<scale1>{scale})?(?:{rng}(?P<num2>{num})(?P<scale2>{scale})?)?(?![\w%]|[.,]\d|-\w)"
    quals = _alt(v["qualifiers"])
    return {
        "money_pre": re.compile(money_pre),
        "money_post": re.compile(money_post),
        "percent": re.compile(percent, re.I),
        "count": re.compile(count),
        "qualifier": re.compile(rf"(?:^|\W)({quals})\s+(?:of\s+)?$", re.I),
    }


def _number(token: str | None) -> float | None:
    if token is None:
        return None
    v = vocab()
    t = token.strip()
    if t.lower() in v["number_words"]:
        return float(v["number_words"][t.lower()])
    t = t.replace(",", "").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def _scale(token: str | None) -> float:
    if not token:
        return 1.0
    return float(
        vocab()["scales"].get(token.strip(), vocab()["scales"].get(token.strip().lower(), 1.0))
    )


def _values(m: re.Match[str]) -> tuple[float, float | None]:
    g = m.groupdict()
    n1 = _number(g.get("num")) or 0.0
    s2 = _scale(g.get("scale2"))
    s1 = _scale(g.get("scale1")) if g.get("scale1") else s2
    value = n1 * s1
    if g.get("num2"):
        n2 = _number(g["num2"]) or 0.0
        return value, n2 * s2
    return value, None


def _currency(m: re.Match[str], country_currency: str | None) -> tuple[str | None, bool]:
    """The ISO 4217 code of a money match and whether it was inferred from the country."""
    v = vocab()
    g = m.groupdict()
    for key in ("bcode", "scode", "pcode"):
        if g.get(key):
            code = g[key].upper()
            return ("CNY" if code == "RMB" else code), False
    sign = g.get("psign") or g.get("psign1")
    word = g.get("sword")
    token = v["signs"].get(re.sub(r"\s+", "", sign)) if sign else None
    if word:
        token = v["words"].get(word, v["words"].get(word.lower()))
        if token is None and sign is None and word.lower() not in ("dollars", "dollar", "dólares"):
            token = None
    if token and not token.startswith("~"):
        return token, False
    if token and token.startswith("~"):
        default, members = v["family_defaults"][token]
        if country_currency in members:
            return country_currency, True
        return default, True
    # a bare dollar sign or the word "dollars"
    if country_currency in v["dollar_currencies"]:
        return country_currency, True
    return "USD", True


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    m = patterns()["qualifier"].search(text[max(0, start - 25) : start])
    if not m:
        return None, start
    return vocab()["qualifiers"].get(m.group(1).lower()), start


def _period(text: str, end: int) -> str | None:
    v = vocab()
    tail = text[end : end + 40]
    m = re.match(
        r"\s+(?:over|for|during|across|in)\s+(?:the\s+next\s+|a\s+period\s+of\s+)?(\w+)\s+(years?|months?|weeks?|days?)\b",
        tail,
        re.I,
    )
    if m:
        n = _number(m.group(1))
        if n:
            return f"P{int(n)}{v['period_units'][m.group(2).lower()]}"
    for phrase, iso in v["period_per"].items():
        if re.match(rf"\s+{re.escape(phrase)}\b", tail, re.I):
            return iso
    return None


def _unit(text: str, end: int) -> str | None:
    """The head noun of the counted noun phrase after a count ("250 health professionals" -> professionals)."""
    v = vocab()
    stop = set(v["stop_after"])
    irregular = set(v["irregular_plurals"])
    words = re.findall(
        r"[\"“”'‘’]?([A-Za-zÀ-ÿ][\w’'\-]*)[\"“”'‘’]?|([^\sA-Za-zÀ-ÿ]+)", text[end : end + 80]
    )
    taken: list[str] = []
    for word, other in words[:6]:
        if other:
            break
        low = word.lower()
        if low in stop:
            break
        taken.append(low)
        if low in irregular or (low.endswith("s") and not low.endswith("ss") and len(low) > 3):
            return low
    return taken[0] if len(taken) == 1 else None


def find_amounts(
    text: str, country_currency: str | None = None, exclude: list[tuple[int, int]] | None = None
) -> list[Amount]:
    """All money amounts, percentages and counts in `text`, not overlapping `exclude` spans."""
    v = vocab()
    taken: list[tuple[int, int]] = list(exclude or [])

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    out: list[Amount] = []
    pats = patterns()
    for key in ("money_pre", "money_post"):
        for m in pats[key].finditer(text):
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            amt = m.group("amount")
            if amt.strip().lower() in ("a", "an", "one") and not m.groupdict().get("scale1"):
                continue
            value, vmax = _values(m)
            currency, inferred = _currency(m, country_currency)
            qual, _ = _qualifier(text, a)
            out.append(
                Amount(
                    text=text[a:b],
                    start=a,
                    end=b,
                    kind="money",
                    value=value,
                    value_max=vmax,
                    currency=currency,
                    currency_inferred=inferred,
                    qualifier=qual,
                    period=_period(text, b),
                )
            )
            taken.append((a, b))
    for m in pats["percent"].finditer(text):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        value, vmax = _number(m.group("num")) or 0.0, _number(m.group("num2"))
        out.append(
            Amount(
                text=text[a:b],
                start=a,
                end=b,
                kind="percent",
                value=value,
                value_max=vmax,
                qualifier=_qualifier(text, a)[0],
            )
        )
        taken.append((a, b))
    non_after = set(v["non_count_after"])
    non_before = set(v["non_count_before"])
    for m in pats["count"].finditer(text):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        num = m.group("num")
        if num.lower() in ("a", "an") or (num.lower() == "one" and not m.group("scale1")):
            continue
        nxt = re.match(r"[\s\"“‘']*([\w.'’]+)", text[b : b + 30])
        nxt_word = nxt.group(1).lower().rstrip(".") if nxt else ""
        if (
            nxt_word in non_after
            or text[b : b + 1] in ("-", "/", ":", "°")
            or text[b : b + 2] in (" -", "th")
        ):
            continue
        prev = re.search(r"([\w.]+)\s*$", text[max(0, a - 20) : a])
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word in non_before:
            continue
        # a capitalised word before a small bare number names it: "Phase 2", "Windows 10", "Title 42"
        if (
            prev
            and prev.group(1)[:1].isupper()
            and num[0].isdigit()
            and len(num) <= 3
            and not m.group("scale1")
            and prev_word not in v["qualifiers"]
            and prev_word not in v["count_ok_before"]
            and prev_word not in v["number_words"]
        ):
            continue
        unit = _unit(text, b)
        is_word = not num[0].isdigit()
        if unit is None and (is_word or not m.group("scale1")) and not num[0].isdigit():
            continue
        if unit is None and num[0].isdigit() and not m.group("scale1"):
            continue
        value, vmax = _values(m)
        out.append(
            Amount(
                text=text[a:b],
                start=a,
                end=b,
                kind="count",
                value=value,
                value_max=vmax,
                qualifier=_qualifier(text, a)[0],
                unit=unit,
            )
        )
        taken.append((a, b))
    out.sort(key=lambda x: x.start)
    return out

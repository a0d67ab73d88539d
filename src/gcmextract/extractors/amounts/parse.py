"""Find money, counts and percentages with normalised values (docs/annotation.md, amounts)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from typing import Any, Protocol

from gcmextract.extractors.amounts import gapped
from gcmextract.extractors.amounts.bare_sign import Evidence, evidence
from gcmextract.extractors.amounts.vocab import vocab
from gcmextract.schema import Amount, AmountKind

# families whose bare sign a text may use for another country's currency than its own ("$" in
# Cuba's address to the General Assembly is USD): decided by the text and its language
BARE_SIGN_FAMILIES = frozenset({"dollar"})


def _alt(words: Iterable[str], bound: bool = False) -> str:
    """A regex alternation of literal `words`, longest first; `bound` adds `\\b` after a word end."""
    items = sorted({w.strip() for w in words}, key=len, reverse=True)
    parts = [re.escape(w) + (r"\b" if bound and w[-1].isalnum() else "") for w in items]
    return "|".join(parts)


# Digits in English (1,234.5), continental (1.234.567,5; 3,5), spaced (500 000; 1 250,75: space,
# no-break space, narrow no-break space or thin space) and Swiss (1'049,95; 12’500.50) styles.
_SP = "[ \u00a0\u202f\u2009]"
_APOS = "['’\u02bc]"
# right-to-left and left-to-right marks that texts in Arabic or Hebrew script put around a sign
_BIDI = "[\u200e\u200f\u061c]*"
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![,.]?\d)"  # Indian lakh grouping: 1,20,000
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![,.]?\d)"
    r"|\d{1,3}\.\d{3},\d{1,2}(?![,.]?\d)"
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?:[,.]\d{{1,2}})?(?![,.]?\d)"
    rf"|\d{{1,3}}(?:{_APOS}\d{{3}})+(?:[.,]\d{{1,2}})?(?![,.]?\d)"
    r"|\d+,\d{1,2}(?![,.]?\d)"
    r"|\d{1,3}(?:[\u066c\u060c\u2e41]\d{3})+(?:[\u066b.]\d{1,3})?(?![,.\u066b]?\d)"  # Arabic-script marks
    r"|\d+\u066b\d{1,3}(?!\d)"
    r"|\d+(?:\.\d+)?(?![,.]?\d)"
)


def _words_alt(kept: Iterable[str], world: Iterable[str]) -> str:
    """Currency words, longest first: the hand-kept ones as written, the generated ones in any case
    ("pesos colombianos" before "pesos")."""
    parts = {w: _alt([w], bound=True) for w in world}
    parts.update({w: f"(?-i:{_alt([w], bound=True)})" for w in kept})
    return "(?i:" + "|".join(parts[w] for w in sorted(parts, key=len, reverse=True)) + ")"


def _word_number_regex(v: dict[str, Any], bare_a: bool = True) -> str:
    """Cardinals in words: "seven", "twenty-five", "two hundred and fifty", "three thousand".

    With `bare_a`, a lone "a"/"an" is a number too ("a million"); not at the far end of a range.
    """
    nums = v["number_words"]
    units = _alt([w for w, n in nums.items() if 1 <= n < 20 and w not in ("a", "an")], bound=True)
    tens = _alt([w for w, n in nums.items() if n in range(20, 100, 10)], bound=True)
    small = rf"(?:(?:{tens})(?:[\s-](?:{units}))?|{units})"
    hund = rf"(?:(?:{small}|an?)\s+hundred\b(?:\s+(?:and\s+)?{small})?|{small})"
    lone = (
        "|" + _alt([w for w, n in nums.items() if n < 1 or w in ("a", "an")], True)
        if bare_a
        else ""
    )
    # a fraction before a cardinal it starts with: "three quarters of a" before "three"
    frac = _alt([w for w, n in nums.items() if n < 1], True) + "|" if bare_a else ""
    return rf"(?i:(?:{frac}(?:{hund}|an?)\s+thousand\b(?:,?\s+(?:and\s+)?{hund})?|{hund}{lone}))"


def _infix_regex(language: str | None) -> str:
    """Thousands joined to units by a word in `language` ("mil 400", "2 mil 500"), as the first
    alternative of a number; "" when the language has none."""
    word = vocab()["thousand_infix"].get(language or "")
    if not word:
        return ""
    return rf"(?:\d{{1,3}}\s+)?{re.escape(word)}\s+\d{{1,3}}(?![\d.,]?\d)|"


def _infix_value(token: str) -> float | None:
    """The value of "mil 400" (1,400) or "2 mil 500" (2,500), or None for another number."""
    for word in set(vocab()["thousand_infix"].values()):
        m = re.fullmatch(rf"(?:(\d{{1,3}})\s+)?{re.escape(word)}\s+(\d{{1,3}})", token)
        if m:
            return float(m.group(1) or 1) * 1000 + float(m.group(2))
    return None


def _language_words(language: str | None) -> str:
    """Cardinals in words of `language`, alone or compound ("cinq", "quarante-trois", "deux cent
    cinquante", "treinta y dos", "vingt et un"), as an alternative of a number, or ""."""
    words = vocab()["number_words_by_language"].get(language or "", {})
    if not words:
        return ""
    word = f"(?:{_alt(words, bound=True)})"
    joined = rf"[ \t\u00a0-]+{word}"
    conn = vocab()["number_connectors"].get(language or "")
    if conn:  # the connector only joins tens to a unit: "treinta y dos", not "dos y tres"
        tens = _alt([w for w, n in words.items() if n in range(20, 100, 10)], bound=True)
        units = _alt([w for w, n in words.items() if 1 <= n < 20], bound=True)
        word = rf"(?:(?:{tens})[ \t\u00a0-]+{re.escape(conn)}[ \t\u00a0-]+(?:{units})|{word})"
        joined = rf"[ \t\u00a0-]+{word}"
    return f"|(?i:{word}(?:{joined})*)"


@lru_cache(maxsize=1)
def _all_language_words() -> dict[str, float]:
    return {
        w: float(n) for ws in vocab()["number_words_by_language"].values() for w, n in ws.items()
    }


@lru_cache(maxsize=8)
def patterns(language: str | None = None) -> dict[str, re.Pattern[str]]:
    """Compiled patterns for money (sign/code first or after), percentages, counts and qualifiers;
    `language` adds that language's cardinals in words."""
    v = vocab()
    lang_words = _language_words(language)
    codes = _alt(v["codes"], bound=True)
    signs = "|".join(
        re.escape(s[:-1]) + r"\s?\$" if s.endswith("$") and len(s) > 1 else re.escape(s)
        for s in sorted({*v["signs"], *v["world_before"]}, key=len, reverse=True)
    )
    words = _words_alt(v["words"], v["world_words"])
    scales = _alt(v["scales"], bound=True)
    infix_word = v["thousand_infix"].get(language or "")
    if infix_word:  # "a mil 436" is 1,436, not "a mil" (1,000) and 436
        scales = rf"(?!{re.escape(infix_word)}\s+\d)(?:{scales})"
    conn = _alt(v["currency_connectors"])
    infix = _infix_regex(language)
    num = rf"(?:{infix}{_DIGITS}|{_word_number_regex(v)}{lang_words})"
    num2 = rf"(?:{_DIGITS}|{_word_number_regex(v, bare_a=False)}{lang_words})"
    nb = r"(?<![\w.,/\-+])"
    # a scale letter is no initial of an abbreviation: "$5,000 M.N." (moneda nacional)
    scale = rf"(?:(?:{_SP}{{1,3}}|-)?(?:{scales})(?!\.\w))"
    # a code before the number may be glued to it: "USD1.5bn", "KES500,000", "USD5 billion"
    glued = rf"(?:{_alt(v['codes'])})(?:\b|(?=\d(?:\d|[.,]\d|{_SP}\d|{_SP}?[kmbKMB])))"
    # a dollar sign glued before the code restates it: "$AUD492 million"
    prefix = rf"(?:(?:\$(?=[A-Z]{{3}}))?(?P<pcode>{glued})\s*(?P<psign1>{signs})?|(?P<psign>{signs})){_BIDI}\s?"
    rng = rf"(?:\s*[-–]\s*|\s+(?:{_alt(v['range_words'])})\s+)"
    # a smaller scale's part after a larger one: "4 millones 500 mil", "2 million 300 thousand"
    part = rf"(?:{_SP}+(?P<numc>\d{{1,3}})(?P<scalec>{scale}))?"
    # a number in words restated in digits before its scale: "sixty-one (61) million"
    restated = rf"(?:{_SP}*\(\d[\d,.]*\))?"
    amount = rf"(?P<num>{num})(?:{restated}(?P<scale1>{scale}){part})?(?:(?P<rng>{rng})(?P<num2>{num2})(?P<scale2>{scale})?)?"
    # a code across a tab (a table cell) is this number's unless it opens the next amount:
    # "4 500 000<TAB>GHS" is one amount, "USD 1.2 million<TAB>USD 300,000" two
    gap = rf"(?:[^\S\t]*\t(?!\s*(?:{codes})\s*\d))*[^\S\t]*"
    after = (
        rf"\s*\(\s*(?P<bcode>{codes})\s*\)|(?:\s+(?:{conn})\s*|{gap})(?P<scode>{codes})"
        rf"|\s+(?:(?P<conn>{conn})\s*)?(?P<sword>{words})"
        rf"|{_SP}?{_BIDI}(?P<ssign>{_alt([*v['signs_after'], *v['world_after']], bound=True)})"
    )
    money_pre = rf"(?<![\w])(?:{prefix})(?P<amount>{amount})(?:{after})?(?![\w]|/\d)"
    money_post = rf"{nb}(?P<amount>{amount})(?:{after})(?![\w]|/\d)"
    # a range whose second number repeats the sign or code: "between $1.6 and $2.2 trillion"
    signed_rng = (
        rf"(?P<num>{num})(?P<scale1>{scale})?(?P<rng>{rng})"
        rf"(?:(?:{codes})\s*(?:{signs})?|(?:{signs}))\s?(?P<num2>{num2})(?P<scale2>{scale})?"
    )
    money_range = rf"(?<![\w])(?:{prefix})(?P<amount>{signed_rng})(?:{after})?(?![\w]|/\d)"
    pct = _alt(v["percent_words"])
    pnum = rf"(?:{_DIGITS}|{_word_number_regex(v)}{lang_words})"
    percent = rf"{nb}(?P<num>{pnum})(?:(?P<rng>{rng})(?P<num2>{num2}))?\s?(?:{pct})(?![\w])"
    # the first number of a percentage range that is none ("from 25 to 16 per cent")
    percent_head = rf"{nb}(?P<num>{pnum})(?={rng}(?:{num2})\s?(?:{pct})(?![\w]))"
    count = rf"{nb}(?P<num>{num})(?:{restated}(?P<scale1>{scale}){part})?(?:(?P<rng>{rng})(?P<num2>{num2})(?P<scale2>{scale})?)?(?![\w%]|[.,]\d|-\w)"
    quals = _alt(v["qualifiers"])
    joiners = _alt(v["range_words_between"] + v["list_words"])
    gaps = _alt(v["gapped_prepositions"], bound=True)
    return {
        "gapped": gapped.item_pattern(num2, joiners, gaps),
        "money_range": re.compile(money_range),
        "money_pre": re.compile(money_pre),
        "money_post": re.compile(money_post),
        "percent": re.compile(percent, re.I),
        "percent_head": re.compile(percent_head, re.I),
        "count": re.compile(count),
        # a number (and its scale) just before a code or sign, on the same line: "3 million USD"
        "number_before": re.compile(rf"(?P<num>{_DIGITS})(?P<scale1>{scale})?{_SP}*$"),
        "not_money_after": re.compile(
            rf"[^\S\n]+(?:{_alt(v['not_money_after'], bound=True)})(?!\w)", re.I
        ),
        "qualifier": re.compile(rf"(?:^|\W)({quals})\s+(?:of\s+)?$", re.I),
        # "Eighteen of my close family members": the count is of the noun after the determiner
        "partitive": re.compile(
            rf"\s+of\s+(?:{_alt(v['partitive_determiners'])})\s+(?=[A-Za-zÀ-ÿ])", re.I
        ),
        "qualifier_after": re.compile(
            rf"[^\S\n]+({_alt(v['qualifiers_after'], bound=True)})(?!\s*\d)", re.I
        ),
        "rate_after": re.compile(rf"[^\S\n]+(?:{_alt(v['rate_after'], bound=True)})", re.I),
        "elided_after": re.compile(
            rf"[^\S\n]+(?:{_alt(v['elided_count_after'], bound=True)})", re.I
        ),
        "elided_before": re.compile(
            rf"(?:^|\W)(?:{_alt(v['elided_count_before'], bound=True)})\s+$", re.I
        ),
        "rate_before": re.compile(rf"(?:^|\W)(?:{_alt(v['rate_before'], bound=True)})\s*$", re.I),
        "age_before": re.compile(rf"(?:^|\W)(?:{_alt(v['age_before'])})\s+$"),
        "age_of": re.compile(rf"(?:^|\W)(?:{_alt(v['age_of_before'])})\s+$", re.I),
        "range_opener": re.compile(rf"(?:^|\W)(?:{_alt(v['range_openers'])})\s+$", re.I),
        "romance": re.compile(rf"(?:^|\W)(?:{_alt(v['romance_markers'])})(?:\W|$)", re.I),
    }


@lru_cache(maxsize=1)
def _number_token() -> re.Pattern[str]:
    """One number word of any language, longest first ("quatre-vingt" before "quatre"), or a
    connector ("and", "y", "et") or separator between them."""
    v = vocab()
    words = [*v["number_words"], *_all_language_words(), *v["number_multipliers"]]
    joiners = _alt(["and", *v["number_connectors"].values()], bound=True)
    return re.compile(rf"(?P<word>{_alt(words, bound=True)})|(?:{joiners})|[\s\u00a0-]+", re.I)


def _word_value(token: str) -> float | None:
    """The value of a cardinal in words of any language ("two hundred and fifty" -> 250,
    "quatre-vingt-dix-sept" -> 97, "treinta y dos" -> 32), or None."""
    v = vocab()
    values = {**_all_language_words(), **v["number_words"]}
    total, current, pos = 0.0, 0.0, 0
    low = token.lower()
    while pos < len(low):
        m = _number_token().match(low, pos)
        if m is None or m.end() == pos:
            return None
        pos, w = m.end(), m.group("word")
        if w is None:
            continue
        if w in v["number_multipliers"]:
            mult = v["number_multipliers"][w]
            current = (current or 1.0) * mult
            if mult >= 1000:
                total, current = total + current, 0.0
        else:
            current += values[w]
    return total + current if low.strip() else None


def _number(token: str | None, romance: bool = False) -> float | None:
    """A number in digits or words; `romance` reads a lone "1.500" as 1500 (continental style)."""
    if token is None:
        return None
    t = token.strip()
    infix = _infix_value(t)
    if infix is not None:
        return infix
    if t and not t[0].isdigit():
        return _words_number(t)
    return _digits_number(t, romance)


def _words_number(t: str) -> float | None:
    """A number written in words ("twelve", "dos mil"), from the vocabularies of every language."""
    low = " ".join(t.lower().split())
    if low in vocab()["number_words"]:
        return float(vocab()["number_words"][low])
    if low in _all_language_words():
        return _all_language_words()[low]
    return _word_value(t)


def _digits_number(t: str, romance: bool) -> float | None:
    """A number in digits with thousands separators and a decimal point or comma, or None."""
    t = re.sub(rf"[\s\u00a0\u202f\u2009\u066c\u060c\u2e41]|{_APOS}", "", t).replace("\u066b", ".")
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}", t)
        t = t.replace(",", "") if grouped else t.replace(",", ".")
    elif t.count(".") > 1 or (romance and re.fullmatch(r"\d{1,3}\.\d{3}", t)):
        t = t.replace(".", "")
    try:
        return float(t)
    except ValueError:
        return None


def _scale(token: str | None) -> float:
    """The multiplier of a scale word or letter ("million", "bn", "crore"); 1 when absent."""
    if not token:
        return 1.0
    scales = vocab()["scales"]
    t = token.strip(" -\t\n\u00a0\u202f")
    return float(scales.get(t, scales.get(t.lower(), 1.0)))


def _values(m: re.Match[str], decimal_comma: bool = False) -> tuple[float, float | None]:
    """`value` and `value_max` of a match; a scale written once applies to both ends of a range.
    A lone "45.300" groups thousands in a decimal-comma language or before a Romance word."""
    g = m.groupdict()
    romance = decimal_comma or bool(
        patterns()["romance"].search(m.group(0)[len(g.get("num") or "") :])
    )
    n1 = _number(g.get("num"), romance) or 0.0
    n2 = _number(g["num2"], romance) or 0.0 if g.get("num2") else None
    s2 = _scale(g.get("scale2"))
    # "2 to 3 million" and "12 to 4 million" share the scale; "250,000 to 1 million" does not
    shared = n2 is not None and (n1 < n2 or n1 * 1000 < s2)
    s1 = _scale(g.get("scale1")) if g.get("scale1") else (s2 if shared else 1.0)
    value = n1 * s1 + (_part_value(m) or 0.0)
    return value, (n2 * s2 if n2 is not None else None)


def _part_value(m: re.Match[str]) -> float | None:
    """The value of a smaller scale's part written after a larger one ("4 millones 500 mil": the
    500,000), None when there is none or its scale is not smaller (two amounts then)."""
    g = m.groupdict()
    if not g.get("numc"):
        return None
    small = _scale(g.get("scalec"))
    if small >= _scale(g.get("scale1")):
        return None
    return float(g["numc"]) * small


def _currency(
    m: re.Match[str], country_currency: str | None, ev: Evidence | None = None
) -> tuple[str, bool, str]:
    """The ISO 4217 code of a money match, whether it was inferred, and why (`currency_source`):
    "code", "symbol" (one currency's sign or name), else what decided a bare sign or word."""
    from gcmextract.extractors.amounts import bare_sign, money_words
    from gcmextract.resources import currency

    language = ev.language if ev else None
    v = vocab()
    g = m.groupdict()
    for key in ("bcode", "scode", "pcode"):
        if g.get(key):
            return currency.normalise(g[key]), False, "code"
    sign = g.get("psign") or g.get("psign1") or g.get("ssign")
    word = g.get("sword")
    key = re.sub(r"\s+", "", sign) if sign else ""
    token = v["signs"].get(key) if sign else None
    if sign and token is None:
        key = sign
        token = v["world_before"].get(sign) or v["world_after"].get(sign)
    if word:
        key = " ".join(word.split())
        token = v["words"].get(key, v["words"].get(key.lower())) or v["world_words"].get(
            key.lower(), token
        )
        key = key.lower()
    token = token or "dollar"
    if token.startswith(money_words.SEVERAL):
        return money_words.resolve_several(token, key, country_currency, language)
    # a code, or a family ("dollar", "rupee") whose member is the country's currency if it can be
    code, inferred = currency.resolve(token, country_currency)
    if not currency.is_family(token):
        return code, inferred, "symbol"
    default, _ = currency.resolve(token, None)
    if token not in BARE_SIGN_FAMILIES or code != country_currency or code == default:
        return code, inferred, "default" if inferred else "symbol"
    code, why = bare_sign.choose(code, default, ev)
    return code, True, why


def _qualifier(text: str, start: int) -> str | None:
    """The qualifier just before an amount ("more than", "an estimated" -> "estimated"), or None."""
    m = patterns()["qualifier"].search(text[max(0, start - 25) : start])
    if not m:
        return None
    return vocab()["qualifiers"].get(m.group(1).lower())


def _qualifier_after(text: str, end: int) -> str | None:
    """A qualifier written after an amount ("258 millions environ", "30 or so"), or None."""
    m = patterns()["qualifier_after"].match(text, end)
    return vocab()["qualifiers_after"][m.group(1).lower()] if m else None


def _period(text: str, end: int) -> str | None:
    """An ISO 8601 duration that belongs to money: "over five years" -> P5Y, "per year" -> P1Y."""
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


def _is_head(low: str) -> bool:
    """Whether a word can be the plural head of a counted noun phrase ("workers", "people")."""
    v = vocab()
    if low in v["irregular_plurals"] or low in v["demonym_plurals"]:
        return True
    if low in v["not_head"]:
        return False
    if len(low) > 3 and any(low.endswith(s) for s in v["invariant_plural_endings"]):
        return True
    if any(low.endswith(s) for s in v["not_head_suffixes"]):
        return False
    return low.endswith("s") and len(low) > 3


_ASIDE = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)")


def _unit(text: str, end: int, names_modify: bool = False) -> str | None:
    """The head noun of the counted noun phrase after a count ("250 health professionals" -> professionals)."""
    v = vocab()
    stop = set(v["stop_after"])
    # a partitive: "Eighteen of my close family members" counts members
    part = patterns()["partitive"].match(text[end : end + 30])
    if part:
        end += part.end()
    # an aside before the noun: "two (or sometimes more) States", "three (3) officers"; an
    # abbreviation with dots is one word: "2,461 U.S. military deaths"
    aside = _ASIDE.match(text, end)
    if aside:
        end = aside.end()
    words = re.findall(
        r"[\"“”'‘’]?([A-Z](?:\.[A-Z])+\.|[A-Za-zÀ-ÿ][\w’'\-]*)[\"“”'‘’]?|([^\sA-Za-zÀ-ÿ]+)",
        text[end : end + 80],
    )
    taken: list[str] = []
    for i, (word, other) in enumerate(words[:6]):
        if other:
            break
        low = word.lower()
        if low in ("and", "or") and taken:
            continue  # "two sacred and innocent words": the head comes after the adjectives
        if low in stop:
            break
        low = low.rstrip("-'’")
        taken.append(low)
        modifier = names_modify and word[:1].isupper()
        if _is_head(low) and not (modifier and _head_follows(words[i + 1 : i + 2], stop)):
            return low
    return None


def _head_follows(nxt: list[tuple[str, str]], stop: set[str]) -> bool:
    """Whether the word after a capitalised plural is a lower-case plural that heads the phrase
    instead: a name used as a modifier ("3,000 United Nations offices")."""
    if not nxt or nxt[0][1] or not nxt[0][0][:1].islower():
        return False
    low = nxt[0][0].lower()
    return low not in stop and _is_head(low)


def _is_year(num: str) -> bool:
    """A bare four-digit number that reads as a year (1800-2100): never a count."""
    return bool(re.fullmatch(r"\d{4}", num)) and 1800 <= int(num) <= 2100


def _lone_article(m: re.Match[str]) -> bool:
    """ "a", "an", "one" or "half a" with no scale: an article or pronoun, not an amount."""
    num = m.group("num")
    return not num[0].isdigit() and (_number(num) or 0.0) <= 1 and not m.group("scale1")


def _one_unit(m: re.Match[str]) -> bool:
    """ "one dollar", "un euro", "una libra": one unit of a currency named by its word is money
    ("a dollar" is not counted: "a" is an article far more often)."""
    num = m.group("num").strip().lower()
    return bool(m.groupdict().get("sword")) and num not in ("a", "an") and _number(num) == 1


def _elided_noun(text: str, a: int) -> bool:
    """A number after a determiner such as "another" or "otros", or after a comparison ("up from",
    "frente a"), whose counted noun is left out ("since then another six have joined", "12,850
    workers, up from 8,459 the year before")."""
    return bool(patterns()["elided_before"].search(text[max(0, a - 30) : a]))


def _subject_count(text: str, m: re.Match[str]) -> bool:
    """A number whose noun is left out as the subject of a verb ("Twelve arrested in raid", "seis
    murieron"), not an age ("children under five are") nor a range of years."""
    v = vocab()
    a, b = m.start(), m.end()
    if m.group("num2"):
        return False
    nxt = re.match(r"[^\S\n]+(\w+)", text[b : b + 25])
    if nxt is None or nxt.group(1).lower() not in v["subject_count_verbs"]:
        return False
    before = text[max(0, a - 15) : a].lower()
    return not patterns()["age_before"].search(before)


def _names_something(text: str, a: int, num: str) -> bool:
    """A capitalised number word inside a sentence is part of a name ("Group of Seven")."""
    if num[0].isdigit() or not num[0].isupper():
        return False
    before = text[max(0, a - 4) : a].rstrip(" \t\u00a0")
    return bool(before) and before[-1] not in '.!?:;"“(\n\t•-–—'


# a section number opening a heading line: "3.1 Data and information", "2.4.1 Remesas"
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[#*•\-–][^\S\n]*)?$")


def _heading_number(text: str, m: re.Match[str]) -> bool:
    """A dotted section number at the start of a line before a capitalised word."""
    a = m.start()
    return bool(
        _HEADING_NUMBER.fullmatch(m.group("num"))
        and not m.group("scale1")
        and _LINE_START.search(text[max(0, a - 12) : a] if a > 12 else "\n" + text[:a])
        and re.match(r"[^\S\n]+[A-ZÀ-Ý]", text[m.end() : m.end() + 3])
    )


# a line opened by a number before a capitalised word: "10  Excellencies, ..." or "3. The fund ..."
_NUMBERED_LINE = re.compile(r"(?m)^[^\S\n]*(\d{1,3})[.)]?[^\S\n]+(?=[A-ZÀ-Ý])")


@lru_cache(maxsize=4)
def _line_numbers(text: str) -> tuple[dict[int, int], frozenset[int]]:
    """The numbers opening lines of `text`: by offset, and the set of their values."""
    found = {m.start(1): int(m.group(1)) for m in _NUMBERED_LINE.finditer(text)}
    return found, frozenset(found.values())


def _list_number(text: str, m: re.Match[str]) -> bool:
    """A number opening a line, in a run of lines numbered in sequence (a paragraph's number:
    "9 Last week ..." then "10  Excellencies, ..."), numbers its paragraph and counts nothing."""
    if m.group("scale1") or not m.group("num").isdigit():
        return False
    by_offset, values = _line_numbers(text)
    n = by_offset.get(m.start("num"))
    return n is not None and (n - 1 in values or n + 1 in values)


def _is_age(text: str, a: int) -> bool:
    """A number after "age of", "aged", "edad de" or "âgés de" is an age ("under the age of 18")."""
    return bool(patterns()["age_of"].search(text[max(0, a - 20) : a]))


def _is_rate(text: str, a: int, b: int) -> bool:
    """A term of a rate: "one in three people", "tres de cada diez", "seven out of ten"."""
    if patterns()["rate_before"].search(text[max(0, a - 15) : a]):
        return True
    return bool(patterns()["rate_after"].match(text, b))


def _not_a_count(text: str, m: re.Match[str]) -> bool:
    """Reject numbers that name, date, order or measure rather than count (docs/annotation.md)."""
    v = vocab()
    a, b = m.start(), m.end()
    num = m.group("num")
    if (
        _lone_article(m)
        or _names_something(text, a, num)
        or _heading_number(text, m)
        or _list_number(text, m)
        or _is_age(text, a)
    ):
        return True
    if re.search(r"\b[A-Z][a-z]+\s+of\s*$", text[max(0, a - 25) : a]):
        return True  # "Group of 77", "Group of Seven": a name
    if _is_rate(text, a, b):
        return True
    if _is_year(num) and not m.group("num2"):
        scale = m.group("scale1") or ""
        if not scale or re.fullmatch(r"[A-Za-z]", scale):
            return True  # a year, or a citation's year with its letter ("2013b")
    if re.search(r",\d{1,2}$", num) and not m.group("scale1"):
        return True  # "3,5" without a scale is a list, not a decimal
    nxt = re.match(r"[\s\"“‘']*([\w.'’]+)", text[b : b + 30])
    nxt_word = nxt.group(1).lower().rstrip(".") if nxt else ""
    partitive = nxt_word == "of" and (
        patterns()["partitive"].match(text[b : b + 30]) or patterns()["elided_after"].match(text, b)
    )
    if (
        (nxt_word in v["non_count_after"] and not partitive)
        or nxt_word in v["fraction_words"]
        or nxt_word in v["months"]
        or text[b : b + 1] in ("-", "/", ":", "°")
        or text[b : b + 2] in (" -", "th")
    ):
        return True
    prev = re.search(r"([\w.#°º]+)\s*$", text[max(0, a - 20) : a])
    prev_word = prev.group(1).lower() if prev else ""
    if prev_word.rstrip(".") in v["months"]:
        return True
    if prev_word in v["non_count_before"] or prev_word.rstrip(".") in v["non_count_before"]:
        return True
    # a capitalised word before a small bare number names it: "Phase 2", "Windows 10", "Title 42"
    return bool(
        prev
        and prev.group(1)[:1].isupper()
        and num[0].isdigit()
        and len(num) <= 3
        and not m.group("scale1")
        and prev_word not in v["qualifiers"]
        and prev_word not in v["count_ok_before"]
        and prev_word not in v["number_words"]
        and not _verb_like(prev_word)
    )


def _verb_like(word: str) -> bool:
    """A verb opening a sentence before a count ("Hay 30 centros", "Llegaron 300 personas",
    "Trained 25 officials"), not a label that names a number ("Phase 2", "Title 42")."""
    v = vocab()
    if word in v["verbs_before_count"]:
        return True
    return len(word) > 4 and word.endswith(tuple(v["verb_endings_before_count"]))


def _ambiguous_code(m: re.Match[str]) -> bool:
    """A code or word that is also something else: "COP 26", "SDG 16", "500 pounds of food"."""
    g = m.groupdict()
    word = g.get("sword")
    v = vocab()
    weak = word and word.lower() in v["world_weak"] and word not in v["words"]
    if word and (word.lower() in v["ambiguous_words"] or weak) and not g.get("scale1"):
        return not (g.get("psign") or g.get("pcode"))
    if not g.get("pcode") or g.get("psign1") or g.get("scale1") or g.get("sword") or g.get("bcode"):
        return False
    # glued to the code, a one-digit "decimal" is the next word's misread letter: "COP26,1 will"
    glued = m.end("pcode") == m.start("amount")
    number = r"\d{1,3}(?:,\d)?" if glued else r"\d{1,3}"
    return g["pcode"] in vocab()["ambiguous_codes"] and bool(re.fullmatch(number, g["num"]))


def _code_of_number_before(text: str, m: re.Match[str]) -> bool:
    """A code or sign read as the prefix of the number after it that belongs to the number before
    it ("3 million USD 2 years ago", "500 EUR\n2021"): the next number is a year, is reached
    across a line break, has a currency after it or counts something else, or only the number
    before has a scale."""
    g = m.groupdict()
    if not (g.get("pcode") or g.get("psign")) or g.get("num2"):
        return False
    a, n = m.start(), m.start("amount")
    year_after = _is_year(g["num"]) and not g.get("scale1")
    if "\n" in text[a:n] and year_after:
        return True
    before = patterns()["number_before"].search(text[max(0, a - 40) : a])
    if before is None or (_is_year(before.group("num")) and not before.group("scale1")):
        return False
    if "\n" in text[a:n] or year_after or (before.group("scale1") and not g.get("scale1")):
        return True
    if any(g.get(k) for k in ("bcode", "scode", "sword", "ssign")):
        return True  # "15 CHF 20 EUR": the number after has a currency of its own
    b = m.end()
    return bool(patterns()["not_money_after"].match(text, b)) or _unit(text, b) is not None


def _word_sign(m: re.Match[str]) -> bool:
    """A short sign that is also a word ("Le 15 juin") before a plain integer: no money."""
    from gcmextract.extractors.amounts import money_words

    sign = m.groupdict().get("psign")
    if not sign or sign in vocab()["signs"] or not money_words.word_like(sign):
        return False
    return bool(re.fullmatch(r"\d+", m.group("num"))) and not m.group("scale1")


def _real_range(text: str, m: re.Match[str], value: float, vmax: float | None) -> bool:
    """A range is one amount when it rises and, joined by "and", follows "between" ("2020 and
    2021" are two dates, "EUR 3 million and 250 staff" two amounts); joined by "or", when the
    scale written once after the second is the first's too ("2 or 3 million")."""
    if vmax is None or vmax <= value:
        return False
    word = m.group("rng").strip().lower()
    if word in vocab()["range_words_shared_scale"]:  # "2 or 3 million", not "2 or 3"
        return bool(m.groupdict().get("scale2")) and not m.groupdict().get("scale1")
    if word in vocab()["range_words_between"]:
        return bool(patterns()["range_opener"].search(text[max(0, m.start() - 12) : m.start()]))
    return True


def _ends(
    pat: re.Pattern[str],
    text: str,
    m: re.Match[str],
    decimal_comma: bool,
    head: re.Pattern[str] | None = None,
) -> list[re.Match[str]]:
    """`m` itself, or, when its range is not one, each of its two ends matched on its own (the
    first by `head` when the unit written once after the second belongs to both); two scaled
    numbers whose second scale is not smaller ("3 million 2 million") are two as well."""
    if m.groupdict().get("numc") and _part_value(m) is None:
        parts = (
            pat.match(text, m.start(), m.end("scale1")),
            pat.match(text, m.start("numc"), m.end()),
        )
        return [p for p in parts if p]
    if not m.groupdict().get("num2") or _real_range(text, m, *_values(m, decimal_comma)):
        return [m]
    cut = m.end("scale1") if m.groupdict().get("scale1") else m.end("num")
    first = pat.match(text, m.start(), cut)
    if first is None and head is not None:
        first = head.match(text, m.start())  # not a year: "from 2006 to 21.4 per cent"
        first = None if first is None or _is_year(first.group("num")) else first
    parts = (first, pat.match(text, m.start("num2"), m.end()))
    return [p for p in parts if p]


def _implausible(m: re.Match[str], kind: AmountKind, value: float) -> str | None:
    """Why a value read with a thousands separator before a scale word is implausible ("$84,588
    billion" is no 84.6 trillion: its comma is a decimal one), or None when it is plausible."""
    bound = vocab()["plausible_max"].get(kind)
    num = m.group("num")
    if bound is None or value <= bound or not m.groupdict().get("scale1"):
        return None
    if not re.fullmatch(r"\d{1,3}[,.]\d{3}", num) or num.endswith("000"):
        return None  # "$12,000 billion": nobody writes a decimal as ".000"
    return f"{num} before a scale word read as a decimal: {value:,.0f} exceeds {bound:,.0f}"


def _amount(
    text: str, m: re.Match[str], kind: AmountKind, decimal_comma: bool, **attrs: Any
) -> Amount:
    """The Amount of a match: its span, values and the qualifier before it, with `attrs`."""
    value, vmax = _values(m, decimal_comma)
    check = _implausible(m, kind, value)
    if check:  # "$84,588 billion": the separator was a decimal one
        value = float(m.group("num").replace(",", ".")) * _scale(m.group("scale1"))
        attrs["value_check"] = check
    a, b = m.start(), m.end()
    return Amount(
        text=text[a:b],
        start=a,
        end=b,
        kind=kind,
        value=value,
        value_max=vmax,
        qualifier=_qualifier(text, a) or _qualifier_after(text, b),
        **attrs,
    )


def _grouped_by_dot(m: re.Match[str], currency: str) -> bool:
    """A lone "9.800" or "250.000" of a currency with fewer than three decimals ("Rp250.000",
    "1.050 FCFA"): the dot groups thousands, whatever the document's language."""
    from gcmextract.extractors.amounts import money_words

    if m.group("scale1") or not re.fullmatch(r"\d{1,3}\.\d{3}", m.group("num")):
        return False
    return int(money_words.data()["minor_units"].get(currency, 2)) < 3


def _money(
    text: str,
    key: str,
    m: re.Match[str],
    country_currency: str | None,
    decimal_comma: bool,
    ev: Evidence | None = None,
) -> Amount | None:
    """The money amount of a match of pattern `key`, or None when it is not one."""
    if (_lone_article(m) and not _one_unit(m)) or _ambiguous_code(m) or _word_sign(m):
        return None
    if key == "money_range" and not _real_range(text, m, *_values(m, decimal_comma)):
        return None  # two amounts: each is found on its own
    if key == "money_pre" and _code_of_number_before(text, m):
        return None  # the code is the number before's, found by the pattern of codes after
    currency, inferred, why = _currency(m, country_currency, ev)
    return _amount(
        text,
        m,
        "money",
        decimal_comma or _grouped_by_dot(m, currency),
        currency=currency,
        currency_inferred=inferred,
        currency_source=why if inferred else None,
        period=_period(text, m.end()),
    )


def _percent(text: str, m: re.Match[str], decimal_comma: bool) -> Amount | None:
    """The percentage of a match of the percent pattern ("a per cent" is none)."""
    if m.group("num").lower() in ("a", "an"):
        return None
    return _amount(text, m, "percent", decimal_comma)


def _count(
    text: str, m: re.Match[str], decimal_comma: bool, language: str | None = None
) -> Amount | None:
    """The count of a match of the count pattern, or None when the number does not count."""
    if _not_a_count(text, m):
        return None
    num = m.group("num")
    unit = _unit(text, m.end(), language in vocab()["names_modify_languages"])
    if unit in vocab()["non_count_after"]:
        return None  # "15 long years" is a duration
    bare = not num[0].isdigit() or not m.group("scale1")
    elided = (
        _elided_noun(text, m.start())
        or _subject_count(text, m)
        or bool(patterns()["elided_after"].match(text, m.end()))
    )
    if unit is None and bare and not elided:
        return None
    # a count without a scale is whole: "42.000 people" groups thousands with a dot
    grouped = not m.group("scale1") and bool(re.fullmatch(r"\d{1,3}\.\d{3}", num))
    return _amount(text, m, "count", decimal_comma or grouped, unit=unit)


class _Spans:
    """Spans taken so far, kept sorted and merged where they overlap, so that whether a new span
    overlaps any of them is a bisection (a table of thousands of amounts stays linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a taken span."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start and start < end

    def add(self, start: int, end: int) -> None:
        """Take [start, end), merged with the taken spans it overlaps."""
        if end <= start:
            return
        i = bisect.bisect_left(self.starts, end)
        j = i
        while j > 0 and self.ends[j - 1] > start:
            j -= 1
            start, end = min(start, self.starts[j]), max(end, self.ends[j])
        self.starts[j:i] = [start]
        self.ends[j:i] = [end]


class _Spanned(Protocol):
    """Anything with a start and an end: a match, or a list item's span."""

    def start(self) -> int:
        """Where the span starts."""
        ...

    def end(self) -> int:
        """Where the span ends."""
        ...


class _Match:
    """A span found without a match object of its own (a list item), read like one."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        """Where the span starts."""
        return self._start

    def end(self) -> int:
        """Where the span ends."""
        return self._end


def _list_readers(
    text: str, head: re.Match[str], index: int, out: list[Amount], decimal_comma: bool
) -> Iterator[tuple[_Spanned, Callable[[], Amount | None]]]:
    """The items of a list whose currency is written once, before its first number ("USD 2, 3 and 4
    million"): each is money in that currency; the last item's scale is shared by those without
    one, the head included (`out[index]` is rescaled)."""
    from gcmextract.extractors.amounts import lists

    v = vocab()
    pat = lists.tail_pattern(
        _DIGITS,
        _alt(v["scales"], bound=True),
        _alt(v["range_words_between"] + v["list_words"]),
        _alt(v["list_ends"]),
    )
    scaled = bool(head.group("scale1"))
    items = lists.tail_items(text, head.end(), pat, scaled)
    items = [i for i in items if not _is_year(i.group("num"))]
    if not items:
        return
    shared = items[-1].group("scale1") or head.group("scale1")
    first = out[index]
    if shared and not head.group("scale1") and not head.group("num2"):
        out[index] = first.model_copy(update={"value": first.value * _scale(shared)})

    def read(item: re.Match[str]) -> Amount:
        return _list_item(text, item, first, shared, decimal_comma, {"qualifier": None})

    for item in items:
        yield _Match(item.start("num"), item.end()), partial(read, item)


def _list_item(
    text: str,
    item: re.Match[str],
    written: Amount,
    shared: str | None,
    decimal_comma: bool,
    update: dict[str, Any],
) -> Amount:
    """One number of a list whose currency is written once, as money in the currency of the
    `written` amount, with its own scale or the list's `shared` one (`update`: further fields)."""
    scale = _scale(item.group("scale1") or shared)
    a, b = item.start("num"), item.end()
    return written.model_copy(
        update={
            "text": text[a:b],
            "start": a,
            "end": b,
            "value": (_number(item.group("num"), decimal_comma) or 0.0) * scale,
            "value_max": None,
            **update,
            "currency_source": f"list: the currency of '{written.text}'",
        }
    )


def _lead_readers(
    text: str, tail: re.Match[str], index: int, out: list[Amount], decimal_comma: bool
) -> Iterator[tuple[_Spanned, Callable[[], Amount | None]]]:
    """The numbers of a list whose currency is written once, after its last number ("5, 7 et 9
    millions FCFA"): each is money in that currency, with the last number's scale when it has
    none of its own."""
    from gcmextract.extractors.amounts import lists

    v = vocab()
    scales = _alt(v["scales"], bound=True)
    joiners = _alt(v["range_words_between"] + v["list_words"])
    items = lists.lead_items(
        text,
        tail.start(),
        lists.lead_pattern(_DIGITS, scales, joiners),
        lists.item_pattern(_DIGITS, scales),
    )
    items = [i for i in items if not _is_year(i.group("num"))]
    last = out[index]
    shared = tail.group("scale1")

    def read(item: re.Match[str]) -> Amount:
        a = item.start("num")
        update = {"qualifier": _qualifier(text, a), "period": None}
        return _list_item(text, item, last, shared, decimal_comma, update)

    for item in items:
        yield _Match(item.start("num"), item.end()), partial(read, item)


@lru_cache(maxsize=16)
def _letter_pattern(letter: str) -> re.Pattern[str]:
    """A currency's one-letter symbol before a number, with its scale ("R2.5 billion", "Q 395
    millones", "K250,000")."""
    scale = rf"(?:(?:{_SP}{{1,3}}|-)?(?:{_alt(vocab()['scales'], bound=True)}))"
    return re.compile(
        rf"(?<![\w.,/\-]){re.escape(letter)}{_SP}?(?P<num>{_DIGITS})(?P<scale1>{scale})?(?![\w]|/\d)"
    )


def _letter_money(text: str, m: re.Match[str], currency: str, decimal_comma: bool) -> Amount | None:
    """Money written with the document country's one-letter symbol, when its number is grouped,
    decimal or scaled ("R250" alone may be a road or a form)."""
    if not m.group("scale1") and not re.search(r"\D", m.group("num")):
        return None
    return _amount(
        text,
        m,
        "money",
        decimal_comma or _grouped_by_dot(m, currency),
        currency=currency,
        currency_inferred=True,
        currency_source=f"country: {currency}, written with its one-letter symbol",
        period=_period(text, m.end()),
    )


def _money_readers(
    text: str,
    pats: dict[str, re.Pattern[str]],
    country_currency: str | None,
    decimal_comma: bool,
    ev: Evidence | None,
    out: list[Amount],
) -> Iterator[tuple[_Spanned, Callable[[], Amount | None]]]:
    """Money matches with their readers, then the items of lists whose currency is written once
    (`out` holds what was taken so far: a list's head is known once its reader has run)."""
    from gcmextract.extractors.amounts import money_words

    letter = money_words.data()["letter_symbols"].get(country_currency or "")
    if letter and country_currency:
        for m in _letter_pattern(letter).finditer(text):
            yield m, partial(_letter_money, text, m, country_currency, decimal_comma)
    heads: list[tuple[re.Match[str], int]] = []
    tails: list[tuple[re.Match[str], int]] = []
    for key in ("money_range", "money_pre", "money_post"):
        for m in pats[key].finditer(text):
            # a signed range that is none is found again, end by end, by the other patterns
            ends = [m] if key == "money_range" else _ends(pats[key], text, m, decimal_comma)
            for e in ends:
                yield e, partial(_money, text, key, e, country_currency, decimal_comma, ev)
                if key != "money_range" and out and out[-1].start == e.start():
                    (heads if key == "money_pre" else tails).append((e, len(out) - 1))
    for head, index in heads:
        yield from _list_readers(text, head, index, out, decimal_comma)
    for tail, index in tails:
        yield from _lead_readers(text, tail, index, out, decimal_comma)


def _gapped_readers(
    text: str, pat: re.Pattern[str], out: list[Amount], decimal_comma: bool
) -> Iterator[tuple[_Spanned, Callable[[], Amount | None]]]:
    """The numbers of a list whose counted noun a count before them wrote once ("Seven suspects
    were arrested in France, two in the Netherlands and three in the UK"), written like it
    (digits after digits, words after words)."""
    heads = sorted((a for a in out if a.kind == "count" and a.unit), key=lambda a: -a.start)
    for head in heads:
        in_digits = head.text[0].isdigit()
        for item in gapped.items(text, head.end, pat):
            num = item.group("num")
            value = _number(num, decimal_comma)
            if num[0].isdigit() != in_digits or _is_year(num) or not value or value <= 1:
                continue

            def read(item: re.Match[str] = item, head: Amount = head) -> Amount:
                a, b = item.start("num"), item.end("num")
                return head.model_copy(
                    update={
                        "text": text[a:b],
                        "start": a,
                        "end": b,
                        "value": _number(item.group("num"), decimal_comma),
                        "value_max": None,
                        "qualifier": _qualifier(text, a),
                    }
                )

            yield _Match(item.start("num"), item.end("num")), read


def find_amounts(
    text: str,
    country_currency: str | None = None,
    exclude: list[tuple[int, int]] | None = None,
    language: str | None = None,
) -> list[Amount]:
    """All money amounts, percentages and counts in `text`, not overlapping `exclude` spans;
    `language` (ISO 639-1) reads its digit grouping and its cardinals in words.

    Money is looked for first, then percentages, then counts; a span taken by one is free for none
    of the later ones.
    """
    taken = _Spans(exclude or [])
    pats = patterns(language)
    ev = evidence(text, language) if country_currency else None
    decimal_comma = language in vocab()["decimal_comma_languages"]

    def free(m: _Spanned) -> bool:
        return not taken.overlaps(m.start(), m.end())

    def readers() -> Iterator[tuple[_Spanned, Callable[[], Amount | None]]]:
        yield from _money_readers(text, pats, country_currency, decimal_comma, ev, out)
        for m in pats["percent"].finditer(text):
            for e in _ends(pats["percent"], text, m, decimal_comma, pats["percent_head"]):
                yield e, partial(_percent, text, e, decimal_comma)
        for m in pats["count"].finditer(text):
            for e in _ends(pats["count"], text, m, decimal_comma):
                yield e, partial(_count, text, e, decimal_comma, language)
        yield from _gapped_readers(text, pats["gapped"], out, decimal_comma)

    out: list[Amount] = []
    for m, read in readers():
        amount = read() if free(m) else None
        if amount is not None:
            out.append(amount)
            taken.add(m.start(), m.end())
    out.sort(key=lambda x: x.start)
    return out

"""A currency stated once for a list ("USD 2, 3 and 4 million"): the numbers after a money amount,
joined by commas or "and"/"y"/"et", are money in its currency, the list's last scale word shared by
those written without one."""

from __future__ import annotations

import re
from functools import lru_cache

# a list never runs longer than this: the scan after an amount stays bounded (linear in the text)
MAX_ITEMS = 12


@lru_cache(maxsize=4)
def tail_pattern(digits: str, scales: str, joiners: str, ends: str) -> re.Pattern[str]:
    """One further list item: a joiner, a number in digits, an optional scale word, and what must
    follow an item (punctuation, another item, "respectively", or anything after a scale word)."""
    joiner = rf"(?:\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    item = rf"(?P<num>{digits})(?P<scale1>(?:[ \u00a0\u202f]{{1,3}})(?:{scales}))?"
    after = rf"(?:(?<=[A-Za-z])|(?=\s*[,;.:)]|\s*$|{joiner}\d|\s+(?:{ends})\b))"
    return re.compile(rf"{joiner}(?:{item}){after}")


def tail_items(
    text: str, end: int, pattern: re.Pattern[str], scaled: bool = False
) -> list[re.Match[str]]:
    """The list items right after position `end`, in order (none when the list does not go on);
    after a head without a scale word (`scaled` false) the first item with one ends the list."""
    items: list[re.Match[str]] = []
    pos = end
    while len(items) < MAX_ITEMS:
        m = pattern.match(text, pos)
        if m is None:
            break
        items.append(m)
        pos = m.end()
        if m.group("scale1") and not scaled:
            break  # "and 4 million": the list ends with its scale word
    return items


# how far before a money amount whose currency comes last a list of its numbers is looked for
LEAD_WINDOW = 160


@lru_cache(maxsize=4)
def lead_pattern(digits: str, scales: str, joiners: str) -> re.Pattern[str]:
    """Numbers right before an amount whose currency comes after it, joined by commas and ending
    in "and" ("5, 7 et 9 millions FCFA"; "Table 3, 5 million USD" is no list): searched in a
    bounded window ending at the amount."""
    joiner = rf"(?:\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    last = rf"(?:\s*,?\s+(?:{joiners})\s+)"
    item = rf"(?<![\w.,])(?:{digits})(?:[ \u00a0\u202f]{{1,3}}(?:{scales}))?"
    return re.compile(rf"(?:{item}{joiner})*{item}{last}$")


@lru_cache(maxsize=4)
def item_pattern(digits: str, scales: str) -> re.Pattern[str]:
    """One number of a list, with its scale word when it has one."""
    return re.compile(rf"(?P<num>{digits})(?P<scale1>[ \u00a0\u202f]{{1,3}}(?:{scales}))?")


def lead_items(
    text: str, start: int, lead: re.Pattern[str], item: re.Pattern[str]
) -> list[re.Match[str]]:
    """The list items right before position `start` (none when no list leads to it)."""
    window_start = max(0, start - LEAD_WINDOW)
    m = lead.search(text, window_start, start)
    if m is None:
        return []
    return list(item.finditer(text, m.start(), m.end()))[:MAX_ITEMS]

"""The section tree: each heading's kind (markup level, numbering style and depth, objective list, plain
title) and a stack walk that nests headings by the document's own signals (levels, parents, paths)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# Families in the order they outrank each other when they meet: markup levels (HTML h1-h6, markdown
# #, DOCX heading styles, PDF font size ranks) > top-level patterns ("Section 3", "Part II", "Annex")
# > numbered headings > headings an earlier contents or overview list names (the document's own
# list of its main topics: peers, whatever their local look) > headings that declare an objective
# list > plain titles followed directly by another heading > other plain titles.
Family = Literal["markup", "top", "numbered", "listed", "declared", "parent", "plain"]
RANK: dict[str, int] = {
    "markup": 0,
    "top": 1,
    "numbered": 2,
    "listed": 3,
    "declared": 4,
    "parent": 5,
    "plain": 6,
}

_ARABIC = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)(?:\.|\)|\s)\s*(?=\S)")
_ROMAN = re.compile(r"^\s*([IVXLC]{1,6})[.)]\s+(?=\S)")
_LROMAN = re.compile(r"^\s*([ivxlc]{1,6})[.)]\s+(?=\S)")
_NUMERAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_UPPER = re.compile(r"^\s*([A-Z])[.)]\s+(?=\S)")
_LOWER = re.compile(r"^\s*([a-z])[.)]\s+(?=\S)")


@dataclass(frozen=True)
class HeadingKind:
    """What kind of heading a line is: its family, a style within it and a depth (for comparisons)."""

    family: Family
    style: str = ""
    depth: int = 0
    # for markup headings: the kind the text itself shows, which orders headings of one markup level
    # (a DOCX that styles a thematic heading with its objective list and its sub-headings alike)
    sub: HeadingKind | None = None


def numbering(text: str) -> tuple[str, int] | None:
    """Numbering style and depth of a heading: ("arabic", 2) for "2.3 Data", ("roman", 1) for "IV.",
    ("upper", 1) for "B)", ("lower", 1) for "c)", ("lroman", 1) for "ii."; None when unnumbered."""
    m = _ARABIC.match(text)
    if m:
        return "arabic", m.group(1).count(".") + 1
    for style, pattern in (("roman", _ROMAN), ("lroman", _LROMAN)):
        m = pattern.match(text)
        # a valid numeral; single letters other than I, V and X ("C)", "D.") are read as letters
        if m and _NUMERAL.fullmatch(m.group(1).upper()) and m.group(1).upper() not in "CDLM":
            return style, 1
    if _UPPER.match(text):
        return "upper", 1
    if _LOWER.match(text):
        return "lower", 1
    return None


def compare(new: HeadingKind, old: HeadingKind) -> str:
    """How `new` stands to `old` on the stack: "above" (closes it), "same" (a sibling), "below" (a
    child) or "other" (a numbering style not yet related to it: keep looking further up)."""
    if new.family != old.family:
        return "above" if RANK[new.family] < RANK[old.family] else "below"
    if new.family in ("markup", "numbered") and new.style == old.style:
        if new.depth == old.depth:
            if new.sub is not None and old.sub is not None:
                rel = compare(new.sub, old.sub)
                return "same" if rel == "other" else rel
            return "same"
        return "above" if new.depth < old.depth else "below"
    if new.family == "numbered":
        return "other"
    return "same"


def nest(kinds: list[HeadingKind]) -> list[tuple[int, int | None]]:
    """(level, parent index) of each heading in document order.

    A stack holds the open headings; a new heading closes every open heading it is of the same kind
    as or outranks, and becomes the child of what remains. Numbering styles are related by their
    first appearance (a style already open is a sibling; a new one nests), as outlines are written.
    """
    stack: list[tuple[HeadingKind, int]] = []
    out: list[tuple[int, int | None]] = []
    for i, kind in enumerate(kinds):
        cut = len(stack)
        for j, (open_kind, _) in enumerate(stack):
            if compare(kind, open_kind) in ("above", "same"):
                cut = j
                break
        del stack[cut:]
        parent = stack[-1][1] if stack else None
        stack.append((kind, i))
        out.append((len(stack), parent))
    return out

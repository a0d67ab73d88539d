"""Words and lines of a PDF page: spacing decided by character gaps (not font runs), superscripts."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

_BOLD = re.compile(r"Bold|Bd|Black|Heavy|Semibold|Demi", re.I)
_SUPERSCRIPT = str.maketrans("0123456789*", "⁰¹²³⁴⁵⁶⁷⁸⁹*")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


@dataclass
class Word:
    """A run of characters without a gap, with its box, font size and weight."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    sup: bool = False
    # x of each character's left edge and of the last one's right edge (len(text) + 1 values);
    # None (OCR words): characters spread evenly over the word's box
    edges: array | None = None

    def char_edges(self) -> list[float]:
        """x of each character's left edge, then of the last character's right edge."""
        if self.edges is not None and len(self.edges) == len(self.text) + 1:
            return list(self.edges)
        n = max(len(self.text), 1)
        step = (self.x1 - self.x0) / n
        return [self.x0 + i * step for i in range(len(self.text))] + [self.x1]


@dataclass
class Line:
    """Words on one baseline, in reading order, with the page they came from."""

    words: list[Word]
    page: int
    text: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.text = join_words(self.words)

    @property
    def x0(self) -> float:
        """Left edge."""
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        """Right edge."""
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        """Top of the body text (raised markers aside)."""
        return min(w.top for w in self.words if not w.sup) if self._body() else self.words[0].top

    @property
    def bottom(self) -> float:
        """Bottom edge."""
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        """Font size of the body text (raised markers aside)."""
        body = self._body()
        return max(w.size for w in body) if body else self.words[0].size

    @property
    def bold(self) -> bool:
        """Whether all body words are bold."""
        body = self._body()
        return bool(body) and all(w.bold for w in body)

    def _body(self) -> list[Word]:
        return [w for w in self.words if not w.sup]


def word_pieces(words: list[Word]) -> Iterator[tuple[str, Word | None]]:
    """The pieces of a line's text: each word's text and the spaces between them (word None)."""
    prev: Word | None = None
    for w in words:
        text = w.text.translate(_SUPERSCRIPT) if w.sup and w.text.isdigit() else w.text
        if prev is not None:
            gap = w.x0 - prev.x1
            if gap > 0.12 * min(w.size, prev.size) and not (w.sup and gap < 0.3 * prev.size):
                yield " ", None
        yield text, w
        prev = w


def join_words(words: list[Word]) -> str:
    """Words joined by a space only where the characters leave a gap; superscript digits become
    Unicode superscripts attached to the word before them."""
    return "".join(text for text, _ in word_pieces(words))


def page_words(page) -> list[Word]:
    """The words of a pdfplumber page, split wherever characters leave a gap (whatever their font)."""
    raw = page.extract_words(
        x_tolerance=1.2,
        y_tolerance=2,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size"],
        return_chars=True,
    )
    words = []
    fonts = _fonts_by_position(page)
    for w in raw:
        key = (round(w["x0"], 1), round(w["top"], 1))
        fontname = fonts.get(key, "")
        words.append(
            Word(
                w["text"],
                float(w["x0"]),
                float(w["x1"]),
                float(w["top"]),
                float(w["bottom"]),
                float(w["size"]),
                bool(_BOLD.search(fontname)),
                edges=_edges(w["text"], w.get("chars") or []),
            )
        )
    return words


@cache
def _ligatures() -> dict[str, str]:
    """pdfplumber's expansions of ligature characters ("ﬁ" -> "fi"), as its words spell them."""
    from pdfplumber.utils.text import LIGATURES

    return dict(LIGATURES)


def _edges(text: str, chars: list[dict]) -> array | None:
    """Character edges of a word from its pdfplumber characters (a character object holding several
    letters, a ligature, is split evenly); None when they do not spell the word."""
    ligatures = _ligatures()
    edges = array("f")
    for c in chars:
        letters = c["text"]
        n = len(ligatures.get(letters, letters))
        if n == 1:
            edges.append(c["x0"])
            continue
        x0, x1 = float(c["x0"]), float(c["x1"])
        edges.extend(x0 + (x1 - x0) * k / n for k in range(n))
    if len(edges) != len(text) or not chars:
        return None
    edges.append(float(chars[-1]["x1"]))
    return edges


def _fonts_by_position(page) -> dict[tuple[float, float], str]:
    """Font name of the character starting at each (x0, top), to tell a word's weight."""
    return {(round(c["x0"], 1), round(c["top"], 1)): c["fontname"] for c in page.chars}


def build_lines(words: list[Word], page: int) -> list[list[Word]]:
    """Group words into rows (one baseline across the whole page width), top to bottom; a raised,
    smaller word (a footnote marker) joins the row it belongs to and is marked `sup`."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        mid = (w.top + w.bottom) / 2
        placed = False
        for row in reversed(rows[-3:]):
            top = min(x.top for x in row)
            bottom = max(x.bottom for x in row)
            if top - 0.5 <= mid <= bottom + 0.5:
                row.append(w)
                placed = True
                break
        if not placed:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w.x0)
        size = max(w.size for w in row)
        base = max(w.bottom for w in row if w.size >= size - 0.1)
        for w in row:
            if w.size < size * 0.85 and w.bottom < base - 1.0 and len(w.text) <= 3:
                w.sup = True
    rows.sort(key=lambda r: min(w.top for w in r))
    return rows

"""Where each character of a PDF's text stands on its page: one map, written as the reader writes the
text (like pdfplumber's TextMap), from which the boxes of any span are read, one per line it crosses.

Coordinates are pdfplumber's: PDF points, origin at the top-left corner of the page's (rotated,
normalised) media box; a page's crop box is recorded in the same coordinates, so a viewer that
shows the crop box (as PDF viewers and renderers do) subtracts its top-left corner.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any

from gcmextract.ingest.pdf.lines import Line, word_pieces

# a box as written in the output: page (1-based), x0, top, x1, bottom
Box = tuple[int, float, float, float, float]


@dataclass(frozen=True)
class PageFrame:
    """A page's size and the box a viewer shows (its crop box), in pdfplumber's coordinates."""

    number: int
    width: float
    height: float
    crop: tuple[float, float, float, float]
    rotation: int = 0


def plumber_point(x: float, y: float, mediabox: tuple, rotation: int) -> tuple[float, float]:
    """A point of the page's own (unrotated, bottom-left origin) space in pdfplumber's coordinates:
    pdfminer's rotation of the page, then pdfplumber's flip and media-box shift."""
    mx0, my0, mx1, my1 = (float(v) for v in mediabox)
    if rotation == 90:
        big_x, big_y = y - my0, mx1 - x
    elif rotation == 180:
        big_x, big_y = mx1 - x, my1 - y
    elif rotation == 270:
        big_x, big_y = my1 - y, x - mx0
    else:
        big_x, big_y = x - mx0, y - my0
    nx0, ny0, ny1 = (my0, mx0, mx1) if rotation in (90, 270) else (mx0, my0, my1)
    return big_x + nx0, (ny1 - ny0) - big_y - ny0


def page_frame(page: Any) -> PageFrame:
    """The frame of a pdfplumber page: its crop box as displayed (rotation applied), computed from
    the page's raw media and crop boxes (pdfplumber's own `cropbox` swaps axes on rotated pages
    instead of rotating them)."""
    obj = page.page_obj
    rotation = int(page.rotation) % 360
    cx0, cy0, cx1, cy1 = (float(v) for v in obj.cropbox)
    corners = [plumber_point(x, y, obj.mediabox, rotation) for x in (cx0, cx1) for y in (cy0, cy1)]
    xs, tops = [c[0] for c in corners], [c[1] for c in corners]
    crop = (min(xs), min(tops), max(xs), max(tops))
    return PageFrame(page.page_number, float(page.width), float(page.height), crop, rotation)


class LocatedText(str):
    """Text built from lines (a table cell's), keeping the (piece, line) pieces that spell it."""

    pieces: tuple[tuple[str, Line | None], ...]

    def __new__(cls, pieces: list[tuple[str, Line | None]]) -> LocatedText:
        """The text of `pieces`, which it keeps."""
        self = super().__new__(cls, "".join(p for p, _ in pieces))
        self.pieces = tuple(pieces)
        return self


def joined(head: str | None, tail: str) -> str:
    """Two cell texts joined by a space (a table row continued on the next page), located when
    both are."""
    if not head:
        return tail
    if isinstance(head, LocatedText) and isinstance(tail, LocatedText):
        return LocatedText([*head.pieces, (" ", None), *tail.pieces])
    return f"{head} {tail}".strip()


def line_glyphs(line: Line) -> tuple[list[float], list[float]]:
    """x0 and x1 of each character of `line.text` (NaN for the spaces put between words)."""
    x0s: list[float] = []
    x1s: list[float] = []
    nan = float("nan")
    for text, word in word_pieces(line.words):
        if word is None:
            x0s += [nan] * len(text)
            x1s += [nan] * len(text)
            continue
        edges = word.char_edges()
        x0s += edges[:-1]
        x1s += edges[1:]
    return x0s, x1s


@dataclass
class TextMap:
    """Per character of the text: the line it was read from (-1: none, a separator the reader put)
    and its left and right x; per line: page, top and bottom. Arrays of machine numbers, so the
    map takes about 12 bytes a character."""

    line: array = field(default_factory=lambda: array("i"))
    x0: array = field(default_factory=lambda: array("f"))
    x1: array = field(default_factory=lambda: array("f"))
    line_page: array = field(default_factory=lambda: array("i"))
    line_top: array = field(default_factory=lambda: array("f"))
    line_bottom: array = field(default_factory=lambda: array("f"))
    frames: list[PageFrame] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.line)

    def frame(self, page: int) -> PageFrame | None:
        """The frame of page `page` (1-based)."""
        return self.frames[page - 1] if 0 < page <= len(self.frames) else None

    def boxes(self, start: int, end: int) -> list[Box]:
        """The boxes of the characters in [start, end), one per line they stand on, in text order;
        empty when none of them came from a page's characters."""
        out: list[Box] = []
        current = -1
        x0 = x1 = 0.0
        for i in range(max(start, 0), min(end, len(self.line))):
            k = self.line[i]
            a, b = self.x0[i], self.x1[i]
            if k < 0 or a != a:  # no glyph (a separator, or a space between words): NaN test
                continue
            if k != current:
                if current >= 0:
                    out.append(self._box(current, x0, x1))
                current, x0, x1 = k, a, b
            else:
                x0, x1 = min(x0, a), max(x1, b)
        if current >= 0:
            out.append(self._box(current, x0, x1))
        return out

    def _box(self, k: int, x0: float, x1: float) -> Box:
        return (
            self.line_page[k],
            round(x0, 2),
            round(self.line_top[k], 2),
            round(x1, 2),
            round(self.line_bottom[k], 2),
        )


class MapWriter:
    """Writes a `TextMap` alongside the text: each piece of text either from a line (its glyphs) or
    put by the reader (no position)."""

    def __init__(self) -> None:
        self.map = TextMap()

    def gap(self, n: int) -> None:
        """`n` characters without a position (separators, unlocated text)."""
        self.map.line.extend([-1] * n)
        self.map.x0.extend([0.0] * n)
        self.map.x1.extend([0.0] * n)

    def piece(self, text: str, line: Line | None) -> None:
        """A piece of text: a prefix of `line.text` (a word broken at the line end loses its
        hyphen), or a separator when `line` is None."""
        if line is None or not line.words or not line.text.startswith(text):
            self.gap(len(text))
            return
        k = self._line(line)
        x0s, x1s = line_glyphs(line)
        n = len(text)
        self.map.line.extend([k] * n)
        self.map.x0.extend(x0s[:n])
        self.map.x1.extend(x1s[:n])

    def located(self, text: str) -> None:
        """A table cell's text: by its pieces when it is a `LocatedText`, else without position."""
        if isinstance(text, LocatedText):
            for piece, line in text.pieces:
                self.piece(piece, line)
        else:
            self.gap(len(text))

    def _line(self, line: Line) -> int:
        """A new row of the line table for `line` (each line is written once)."""
        m = self.map
        m.line_page.append(line.page)
        m.line_top.append(min(w.top for w in line.words))
        m.line_bottom.append(max(w.bottom for w in line.words))
        return len(m.line_page) - 1

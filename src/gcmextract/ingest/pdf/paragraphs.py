"""Lines into blocks: headings, paragraphs, list items and footnotes, with breaks decided from the page's
own line spacing, indents, short last lines and list markers; paragraphs rejoined across columns and
pages."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from gcmextract.ingest.pdf.hyphens import Vocabulary, join_broken
from gcmextract.ingest.pdf.lines import SUPERSCRIPT_DIGITS, Line

_LIST = re.compile(r"^(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}[.)]|[•▪●◦■□‣∙·–-])\s")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$|[.!?][\"”’)\]]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
_NOTE_MARK = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}|\*)\s?\S")
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_OPEN_END = re.compile(
    r"(?:[,\-–(]|\b(?:of|for|and|the|on|in|to|a|an|with|by|de|la|el|et|y|del|des|du|les|los|las))$",
    re.I,
)
_TOC = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,4}$")


@dataclass
class Table:
    """Cells of a table (rows of cell texts, None where a cell is merged away) and its page."""

    rows: list[list[str | None]]
    page: int
    row_pages: list[int] = field(default_factory=list)
    continued: bool = False  # first thing on its page, maybe the rest of the previous page's table


@dataclass
class Para:
    """A block being built: its lines (or a table) and kind."""

    lines: list[Line] = field(default_factory=list)
    kind: str = "paragraph"
    page: int = 1
    marker: str | None = None
    table: Table | None = None
    column: int = 0
    level: int | None = None


@dataclass
class PageStats:
    """Body font size and line pitch of a page (falling back to the document's)."""

    size: float
    pitch: float
    right: dict[int, float]
    left: dict[int, float]


def body_size(lines: list[Line]) -> float:
    """Median font size of the text, weighted by line length."""
    sizes = [ln.size for ln in lines for _ in range(max(1, len(ln.text) // 10))]
    return statistics.median(sizes) if sizes else 10.0


def page_stats(lines: list[tuple[Line, int]], size: float, doc_pitch: float | None) -> PageStats:
    """Line pitch and column edges of a page (the document's pitch when the page has too few lines)."""
    gaps = [
        b.top - a.top
        for (a, ca), (b, cb) in zip(lines, lines[1:], strict=False)
        if ca == cb
        and 0 < b.top - a.top < size * 2.2
        and abs(a.size - size) < 0.6
        and abs(b.size - size) < 0.6
    ]
    if len(gaps) >= 3:
        pitch = statistics.median(gaps)
    elif gaps:
        pitch = min(gaps)
    else:
        pitch = doc_pitch or size * 1.25
    right: dict[int, float] = {}
    left: dict[int, float] = {}
    for ln, col in lines:
        right[col] = max(right.get(col, 0.0), ln.x1)
        left[col] = min(left.get(col, 1e9), ln.x0)
    return PageStats(size, pitch, right, left)


def body_markers(lines: list[Line]) -> set[str]:
    """Footnote markers raised in the body (as Unicode superscript digits)."""
    out = set()
    for ln in lines:
        for w in ln.words:
            if w.sup and w.text.isdigit():
                out.add(w.text.translate(_TO_SUPER))
        out.update(re.findall(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰]+", ln.text))
    return out


def _ends(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _wrapped(prev: Line, ln: Line, col: int, stats: PageStats) -> bool:
    """Did `prev` end because the first word of `ln` would not fit after it (a wrapped line)?"""
    first = ln.words[0]
    return prev.x1 + 0.3 * ln.size + (first.x1 - first.x0) > stats.right[col] - 1.0


def _is_note(
    ln: Line, stats: PageStats, height: float, mark: str | None, markers: set[str], in_notes: bool
) -> bool:
    """Is `ln` a footnote line: small type low on the page, after a note or opening with a body marker?"""
    small = ln.size < stats.size - 0.8
    return bool(small and ln.top > height * 0.55 and (in_notes or (mark and mark in markers)))


def _add_note(
    ln: Line,
    m: re.Match[str] | None,
    mark: str | None,
    markers: set[str],
    in_notes: bool,
    notes: list[Para],
) -> None:
    """Start a footnote at a line opening with a body marker, else continue the last footnote."""
    if mark and mark in markers and (not in_notes or _NOTE_MARK.match(ln.text)):
        text_marker = m.group(1) if m else "*"
        notes.append(Para([ln], "footnote", ln.page, marker=text_marker))
    else:
        notes[-1].lines.append(ln)


def _line_kind(ln: Line, stats: PageStats, toc: bool) -> tuple[bool, str]:
    """Whether a line looks like a heading, and the kind of block it would open."""
    heading = ln.size > stats.size + 0.8 or (ln.bold and ln.size >= stats.size - 0.5)
    kind = "heading" if heading else "list_item" if _LIST.match(ln.text) else "paragraph"
    if toc and _TOC.search(ln.text):
        kind = "toc"
    return heading, kind


def _heading_breaks(prev: Line, ln: Line, col: int, gap: float, stats: PageStats) -> bool:
    """Does heading line `ln` start a new heading rather than continue the one ending with `prev`?"""
    wraps = _wrapped(prev, ln, col, stats) or _OPEN_END.search(prev.text) or ln.text[:1].islower()
    near = gap <= max(stats.pitch, prev.size * 1.3) * 1.2
    return not (near and wraps and abs(prev.size - ln.size) < 0.5)


def _body_breaks(prev: Line, ln: Line, col: int, kind: str, close: bool, stats: PageStats) -> bool:
    """Does body line `ln` start a new paragraph or list item after `prev`?"""
    indented = ln.x0 > prev.x0 + 0.8 * stats.size and _ends(prev.text)
    wrapped = _wrapped(prev, ln, col, stats)
    listed = kind == "list_item" and (_ends(prev.text) or not wrapped)
    short_end = not wrapped and _ends(prev.text)
    return not close or indented or listed or short_end


def _starts_new(
    cur: Para, prev: Line, ln: Line, col: int, kind: str, heading: bool, stats: PageStats
) -> tuple[bool, str]:
    """Whether `ln` (same column as `prev`) opens a new block after `cur`, and the kind of its block."""
    gap = ln.top - prev.top
    close = gap <= stats.pitch * 1.3
    body = ("paragraph", "list_item")
    if cur.kind == "heading" and heading:
        return _heading_breaks(prev, ln, col, gap, stats), kind
    if cur.kind in body and kind in body:
        new = _body_breaks(prev, ln, col, kind, close, stats)
        return new, kind if new else cur.kind
    if cur.kind == "heading" and not heading:
        return True, kind
    if heading and close and not _ends(prev.text):
        return False, cur.kind  # a bold run ending a paragraph is not a heading
    return True, kind


def group_page(
    lines: list[tuple[Line, int]],
    stats: PageStats,
    height: float,
    markers: set[str],
) -> tuple[list[Para], list[Para]]:
    """Blocks of one page in reading order, and its footnotes."""
    paras: list[Para] = []
    notes: list[Para] = []
    prev: Line | None = None
    prev_col = -1
    in_notes = False
    toc = sum(1 for ln, _ in lines if _TOC.search(ln.text)) >= 3
    for ln, col in lines:
        m = _NOTE_MARK.match(ln.text)
        mark = m.group(1).translate(_TO_SUPER) if m else None
        if _is_note(ln, stats, height, mark, markers, in_notes):
            _add_note(ln, m, mark, markers, in_notes, notes)
            in_notes = True
            continue
        heading, kind = _line_kind(ln, stats, toc)
        cur = paras[-1] if paras else None
        new = True
        if cur is not None and prev is not None and col == prev_col:
            new, kind = _starts_new(cur, prev, ln, col, kind, heading, stats)
        if new:
            paras.append(Para([ln], kind, ln.page, column=col))
        else:
            cur.lines.append(ln)  # type: ignore[union-attr]
        prev, prev_col = ln, col
    return paras, notes


def heading_levels(paras: list[Para]) -> None:
    """Heading levels from font size and weight (for the section tree): the largest size is level 1,
    then each smaller size; at one size, bold outranks regular."""

    def style(p: Para) -> tuple[float, bool]:
        return (round(max(ln.size for ln in p.lines) * 2) / 2, all(ln.bold for ln in p.lines))

    heads = [p for p in paras if p.kind == "heading" and p.lines]
    ranks = sorted({style(p) for p in heads}, reverse=True)
    for p in heads:
        p.level = ranks.index(style(p)) + 1


def continues(last: Para, first: Para) -> bool:
    """Does `first` (at the top of a column or page) continue paragraph `last`?"""
    if last.kind not in ("paragraph", "list_item") or first.kind != "paragraph":
        return False
    tail = last.lines[-1].text
    head = first.lines[0].text
    return not _ends(tail) or head[:1].islower()


def located_lines(lines: list[Line], vocab: Vocabulary) -> list[tuple[str, int, Line | None]]:
    """(piece, page, line) of a block's lines joined by spaces (line None for a space put between
    lines), with words broken at line ends rejoined: a piece is its line's text or, when its word
    was rejoined with the next line's, that text without its final hyphen."""
    pieces: list[tuple[str, int, Line | None]] = []
    for ln in lines:
        text = ln.text
        if pieces:
            sep = join_broken(pieces[-1][0], text, vocab)
            if sep is None:
                pieces.append((" ", ln.page, None))
            elif sep == "":
                prev_text, prev_page, prev_line = pieces[-1]
                pieces[-1] = (prev_text[:-1], prev_page, prev_line)
        pieces.append((text, ln.page, ln))
    return pieces

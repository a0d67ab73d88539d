"""Reader for PDFs (pdfplumber): reading-order text per page without running headers, footers and page
numbers, hyphenation undone, paragraphs rejoined across pages, footnotes kept apart."""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from gcmextract.errors import InputError
from gcmextract.ingest.document import Block, Footnote, Page

_PAGE_NUMBER = re.compile(
    r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.I
)
_FOOTNOTE_START = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*)\s*\S")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_MARGIN = 0.09  # share of page height treated as header/footer zone


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    page: int


@dataclass
class _Para:
    lines: list[_Line] = field(default_factory=list)
    kind: str = "paragraph"
    level: int | None = None

    @property
    def page(self) -> int:
        return self.lines[0].page


def _bold(fontname: str) -> bool:
    return bool(re.search(r"Bold|Bd|Black|Heavy|Semibold", fontname))


def _lines_of(page, number: int) -> list[_Line]:
    words = page.extract_words(
        extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=True
    )
    lines: list[_Line] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1].top) < 2.5 and w["x0"] >= lines[-1].x0:
            line = lines[-1]
            line.text += " " + w["text"]
            line.bottom = max(line.bottom, w["bottom"])
            line.size = max(line.size, w["size"])
            line.bold = line.bold and _bold(w["fontname"])
        else:
            lines.append(
                _Line(
                    w["text"],
                    w["top"],
                    w["bottom"],
                    w["x0"],
                    w["size"],
                    _bold(w["fontname"]),
                    number,
                )
            )
    return lines


def _closed_after(page, number: int) -> list[_Line]:
    """The lines of one page, then its cached layout objects freed (memory stays one page's)."""
    try:
        return _lines_of(page, number)
    finally:
        page.close()


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def read_pdf(data: bytes, path: str) -> tuple[str, list[Block], list[Page], list[Footnote]]:
    """Return (text, blocks, pages, footnotes) of a PDF."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        with pdf:
            heights = [float(p.height) for p in pdf.pages]
            page_lines = [_closed_after(p, i + 1) for i, p in enumerate(pdf.pages)]
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError("encrypted PDF (password required); decrypt it first", path) from exc
    except PDFSyntaxError as exc:
        raise InputError(f"corrupt or truncated PDF ({exc})", path) from exc
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        name = type(exc).__name__
        inner = [
            type(a).__name__ for a in (exc.__cause__, exc.__context__, *exc.args) if a is not None
        ]
        if any("Password" in n or "Encrypt" in n for n in [name, *inner]):
            raise InputError("encrypted PDF (password required); decrypt it first", path) from exc
        raise InputError(f"corrupt or truncated PDF ({name})", path) from exc
    if not heights:
        raise InputError("PDF has no pages", path)
    if not any(page_lines):
        raise InputError("PDF has no text layer (scanned?); run OCR first, e.g. ocrmypdf", path)
    return _assemble(page_lines, heights)


def _running(page_lines: list[list[_Line]], heights: list[float]) -> set[tuple[int, float]]:
    """(page, top) of lines in the margins that repeat across pages or are page numbers."""
    seen: Counter[str] = Counter()
    for lines, h in zip(page_lines, heights, strict=True):
        for key in {
            _norm(ln.text) for ln in lines if ln.top < h * _MARGIN or ln.bottom > h * (1 - _MARGIN)
        }:
            seen[key] += 1
    repeated = {k for k, n in seen.items() if n >= max(2, len(page_lines) // 2)}
    drop = set()
    for lines, h in zip(page_lines, heights, strict=True):
        for ln in lines:
            in_margin = ln.top < h * _MARGIN or ln.bottom > h * (1 - _MARGIN)
            if in_margin and (_norm(ln.text) in repeated or _PAGE_NUMBER.match(ln.text.strip())):
                drop.add((ln.page, ln.top))
    return drop


def _assemble(page_lines: list[list[_Line]], heights: list[float]):
    drop = _running(page_lines, heights)
    body_lines = [[ln for ln in lines if (ln.page, ln.top) not in drop] for lines in page_lines]
    sizes = [ln.size for lines in body_lines for ln in lines]
    body_size = statistics.median(sizes) if sizes else 10.0
    gaps = [
        b.top - a.top
        for lines in body_lines
        for a, b in zip(lines, lines[1:], strict=False)
        if 0 < b.top - a.top < body_size * 3 and abs(a.size - body_size) < 0.5
    ]
    spacing = statistics.median(gaps) if gaps else body_size * 1.2

    paras: list[_Para] = []
    notes: list[_Para] = []
    for lines, h in zip(body_lines, heights, strict=True):
        page_paras: list[_Para] = []
        prev: _Line | None = None
        in_notes = False
        for ln in lines:
            small = ln.size < body_size - 0.8
            if small and ln.top > h * 0.6 and (_FOOTNOTE_START.match(ln.text) or in_notes):
                if _FOOTNOTE_START.match(ln.text) and (
                    not in_notes or not notes or prev is None or ln.top - prev.top > spacing * 1.1
                ):
                    notes.append(_Para([ln], "footnote"))
                else:
                    notes[-1].lines.append(ln)
                in_notes = True
                prev = ln
                continue
            heading = ln.bold or ln.size > body_size + 0.8
            new = (
                not page_paras
                or prev is None
                or ln.top - prev.top > spacing * 1.4
                or heading != (page_paras[-1].kind == "heading" if page_paras else False)
            )
            if new:
                page_paras.append(_Para([ln], "heading" if heading else "paragraph"))
            else:
                page_paras[-1].lines.append(ln)
            prev = ln
        if page_paras and paras:
            last, first = paras[-1], page_paras[0]
            tail = last.lines[-1].text
            if last.kind == first.kind == "paragraph" and not _SENTENCE_END.search(tail):
                last.lines.extend(first.lines)
                page_paras = page_paras[1:]
        paras.extend(page_paras)
    _heading_levels(paras)
    return _render(paras, notes, len(heights))


def _heading_levels(paras: list[_Para]) -> None:
    """Heading levels from font size and weight: the largest size is level 1, then each smaller size;
    at one size, bold outranks regular."""

    def style(p: _Para) -> tuple[float, bool]:
        return (round(max(ln.size for ln in p.lines) * 2) / 2, all(ln.bold for ln in p.lines))

    heads = [p for p in paras if p.kind == "heading"]
    ranks = sorted({style(p) for p in heads}, reverse=True)
    for p in heads:
        p.level = ranks.index(style(p)) + 1


def _join(lines: list[_Line]) -> list[tuple[str, int]]:
    """Join lines into (piece, page) with hyphenated words rejoined."""
    pieces: list[tuple[str, int]] = []
    for i, ln in enumerate(lines):
        text = ln.text
        if pieces:
            prev_text, prev_page = pieces[-1]
            if re.search(r"[A-Za-zÀ-ÿ]-$", prev_text) and text[:1].islower():
                pieces[-1] = (prev_text[:-1], prev_page)
            else:
                pieces.append((" ", ln.page))
        pieces.append((text, ln.page))
        del i
    return pieces


def _render(paras: list[_Para], notes: list[_Para], n_pages: int):
    out: list[str] = []
    pos = 0
    blocks: list[Block] = []
    page_start: dict[int, int] = {}

    def emit(para: _Para, kind: str) -> tuple[int, int]:
        nonlocal pos
        if out:
            out.append("\n\n")
            pos += 2
        start = pos
        for piece, page in _join(para.lines):
            page_start.setdefault(page, pos)
            out.append(piece)
            pos += len(piece)
        level = para.level if kind == "heading" else None
        blocks.append(Block(kind=kind, start=start, end=pos, page=para.page, level=level))  # type: ignore[arg-type]
        return start, pos

    for para in paras:
        emit(para, para.kind)
    text_so_far = "".join(out)
    footnotes: list[Footnote] = []
    for note in notes:
        start, end = emit(note, "footnote")
        marker = _FOOTNOTE_START.match(note.lines[0].text).group(1)  # type: ignore[union-attr]
        anchor = None
        for m in re.finditer(re.escape(marker), text_so_far):
            if m.start() > 0 and text_so_far[m.start() - 1].isalpha() or marker in "¹²³⁴⁵⁶⁷⁸⁹⁰":
                anchor = m.start()
                break
        footnotes.append(
            Footnote(marker=marker, start=start, end=end, anchor=anchor, page=note.page)
        )
    text = "".join(out)
    pages = []
    last = 0
    for number in range(1, n_pages + 1):
        start = page_start.get(number, last)
        pages.append(Page(number=number, start=start, end=start))
        last = start
    for i, page in enumerate(pages):
        page.end = pages[i + 1].start if i + 1 < len(pages) else len(text)
    return text, blocks, pages, footnotes

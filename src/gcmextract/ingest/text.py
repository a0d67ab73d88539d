"""Reader for text inputs (.txt, .md, .html): the decoded file is the text; markup is blanked in `clean`."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from gcmextract.errors import InputError
from gcmextract.ingest.document import Block, BlockKind
from gcmextract.ingest.markup import clean_markup

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


# Byte-order marks, longest first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings submissions come in, in order of preference when they decode alike.
_LEGACY = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
    "euc_jp",
)


def _bom(data: bytes, path: str) -> str | None:
    """The text of a file that starts with a byte-order mark, or None when it has none."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                name = encoding.replace("-sig", "").upper()
                raise InputError(
                    f"not valid {name} despite its byte-order mark (byte {exc.start})", path
                ) from exc
    return None


def _detect(data: bytes) -> str:
    """The legacy encoding charset-normalizer finds most plausible, named cp1252 when that decodes
    the bytes to the same text (Western European files are the common case); latin-1 when none fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None:
        return "latin-1"
    encoding = best.encoding
    if encoding != "cp1252":
        try:
            if data.decode("cp1252") == data.decode(encoding):
                return "cp1252"
        except UnicodeDecodeError:
            pass
    return encoding


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode bytes: by their byte-order mark (UTF-8/16/32), else with the `declared` encoding (an
    HTML page's <meta charset>) when it fits, else as UTF-8, else in the legacy encoding
    charset-normalizer detects, with a warning naming it; reject binary data."""
    text = _bom(data, path)
    if text is not None:
        return text, []
    if b"\x00" in data[:8192] or len(_CONTROL.findall(data[:8192].decode("latin-1"))) > 8:
        raise InputError("binary data, not text (is the file type right?)", path)
    if declared and declared not in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    encoding = _detect(data)
    text = data.decode(encoding, errors="replace")
    return text, [f"not valid UTF-8; decoded as {encoding} (detected)"]


def _line_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of blocks: runs of non-blank lines, split further when each line is a paragraph."""
    spans: list[tuple[int, int]] = []
    for run in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text):
        lines = [m for m in re.finditer(r"[^\n]+", run.group())]
        long_lines = sum(1 for m in lines if len(m.group()) > 100)
        if len(lines) > 1 and long_lines * 2 >= len(lines):
            spans.extend((run.start() + m.start(), run.start() + m.end()) for m in lines)
        else:
            spans.append((run.start(), run.end()))
    return spans


def text_blocks(text: str, clean: str) -> list[Block]:
    """Paragraph blocks of a text file, trimmed of surrounding whitespace and markup."""
    blocks = []
    for start, end in _line_blocks(text):
        seg = clean[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if end - trail > start + lead:
            heading = re.match(r"(#{1,6})[ \t]", text[start:end])
            if heading:
                blocks.append(
                    Block(
                        kind="heading",
                        start=start + lead,
                        end=end - trail,
                        level=len(heading.group(1)),
                    )
                )
                continue
            kind: BlockKind = (
                "list_item" if seg.lstrip().startswith(("•", "- ", "* ")) else "paragraph"
            )
            blocks.append(Block(kind=kind, start=start + lead, end=end - trail))
    return blocks


def read_text(
    data: bytes, path: str, html: bool = False
) -> tuple[str, str, list[Block], list[str]]:
    """Return (text, clean, blocks, warnings) for a text file; for an HTML page (`html`), decoded
    with its declared charset and with its navigation, banners and footers blanked in `clean`."""
    from gcmextract.ingest.boilerplate import blank_furniture, declared_charset

    text, warnings = decode(data, path, declared_charset(data) if html else None)
    if not text.strip():
        raise InputError("empty file (no text)", path)
    clean = clean_markup(text)
    if html:
        clean = blank_furniture(text, clean)
    return text, clean, text_blocks(text, clean), warnings


_BLOCK_TAG = re.compile(
    r"<(/?)(p|div|li|h[1-6]|tr|td|th|br|ul|ol|table|section|article|header|footer|title|blockquote)\b[^>]*>",
    re.I,
)


@dataclass
class _TableCursor:
    """Where an HTML cell stands: table, row and column numbers, and the depth of nested tables."""

    table: int = -1
    row: int = -1
    col: int = -1
    depth: int = 0

    def step(self, tag: str, closing: bool) -> None:
        """Move past one block-level tag."""
        if tag == "table":
            self.depth += -1 if closing else 1
            if not closing and self.depth == 1:
                self.table, self.row, self.col = self.table + 1, -1, -1
        elif tag == "tr" and not closing and self.depth:
            self.row, self.col = self.row + 1, -1
        elif tag in ("td", "th") and not closing and self.depth:
            self.col += 1


def _html_block(tag: str, start: int, end: int, cursor: _TableCursor) -> Block | None:
    """The block a segment opened by `tag` ("" after a closing tag) makes: a heading for
    <h1>-<h6>, a table cell inside a table, none for <title>, else a list item or paragraph."""
    if tag.startswith("h") and tag[1:].isdigit():
        return Block(kind="heading", start=start, end=end, level=int(tag[1]))
    if tag == "title":
        return None
    if cursor.depth and tag in ("td", "th"):
        return Block(
            kind="table",
            start=start,
            end=end,
            table=cursor.table,
            row=max(cursor.row, 0),
            column=max(cursor.col, 0),
        )
    kind: BlockKind = "list_item" if tag == "li" else "paragraph"
    return Block(kind=kind, start=start, end=end)


def html_blocks(text: str, clean: str) -> list[Block]:
    """Blocks of an HTML file, bounded by block-level tags; <h1>-<h6> give heading blocks."""
    blocks: list[Block] = []
    cuts = [(0, None)] + [(m.start(), m) for m in _BLOCK_TAG.finditer(text)] + [(len(text), None)]
    cursor = _TableCursor()  # position in the current table (cells become table blocks)
    for (a, ma), (b, _) in zip(cuts, cuts[1:], strict=False):
        start = ma.end() if ma else a
        tag = ma.group(2).lower() if ma else ""
        closing = bool(ma and ma.group(1))
        cursor.step(tag, closing)
        seg = clean[start:b]
        if not seg.strip():
            continue
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        block = _html_block("" if closing else tag, start + lead, b - trail, cursor)
        if block is not None:
            blocks.append(block)
    return blocks

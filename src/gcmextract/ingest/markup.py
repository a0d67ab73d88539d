"""Same-length clean view of marked-up text: tags, entities, markdown escapes and links become spaces.

`deleted_positions` names the characters the clean view only pads with (the tail of a decoded entity,
the backslash of an escape), so that a compact view for NLP can drop them (`gcmextract.ingest.offsets`).
"""

from __future__ import annotations

import re

# Each pattern's match is blanked (replaced by spaces) except for the named group `keep`.
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
# content that is not text: scripts, styles, comments
# Hidden content: a comment, or a script or style element. Found opener by opener with the next
# closer looked up once per kind, so many unclosed openers cost linear time.
_HIDDEN_OPEN = re.compile(r"<(script|style)\b[^<>]*>|<!--", re.I)
_HIDDEN_CLOSE = {
    "<!--": re.compile(r"-->"),
    "script": re.compile(r"</script\s*>", re.I),
    "style": re.compile(r"</style\s*>", re.I),
}
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_ENTITY_CHARS = {"amp": "&", "nbsp": " ", "quot": '"', "apos": "'", "lt": "<", "gt": ">"}
# Link text holds no bracket and a target is at most 2,048 characters: a run of "[" or of "[x]("
# without a closing ")" costs linear time, not quadratic.
_LINK = re.compile(r"\[(?P<keep>[^\[\]\n]*)\]\([^)\n]{0,2048}\)")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$%&])")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(?P<keep>[^*_\n]+?)(?<=\S)\1(?![\w*])")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _entity_char(name: str) -> str:
    """The character an HTML entity stands for (a space when unknown or not one character)."""
    import html

    try:
        if name.startswith(("#x", "#X")):
            ch = chr(int(name[2:], 16))
        elif name.startswith("#"):
            ch = chr(int(name[1:]))
        else:
            ch = _ENTITY_CHARS.get(name) or html.unescape(f"&{name};")
    except (ValueError, OverflowError):
        return " "
    if len(ch) != 1 or ch.isspace() or not ch.isprintable():
        return " "
    return ch


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    """Spans of comments and script/style elements; an opener without a closer is left as is."""
    spans: list[tuple[int, int]] = []
    closers: dict[str, re.Match[str] | None] = {}
    pos = 0
    while (m := _HIDDEN_OPEN.search(text, pos)) is not None:
        kind = m.group(1).lower() if m.group(1) else "<!--"
        close = closers.get(kind, ...)
        if close is ... or (close is not None and close.start() < m.end()):
            close = _HIDDEN_CLOSE[kind].search(text, m.end())
            closers[kind] = close
        if close is None:
            pos = m.start() + 1
            continue
        spans.append((m.start(), close.end()))
        pos = close.end()
    return spans


def deleted_positions(text: str) -> list[int]:
    """Positions the clean view of `text` pads: the characters after a decoded entity's first and
    the backslash of each markdown escape. Dropping them joins "KES&nbsp;2" as "KES 2"."""
    out: list[int] = []
    for m in _ENTITY.finditer(text):
        out.extend(range(m.start() + 1, m.end()))
    out.extend(m.start() for m in _ESCAPE.finditer(text))
    return sorted(set(out))


def clean_markup(text: str) -> str:
    """Return `text` with markup replaced by spaces; the result has exactly the same length."""
    chars = list(text)
    for start, end in _hidden_spans(text):
        _blank(chars, start, end)
    for m in _TAG.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _ENTITY.finditer(text):
        _blank(chars, m.start(), m.end())
        chars[m.start()] = _entity_char(m.group(1))
    for m in _LINK.finditer(text):
        _blank(chars, m.start(), m.start("keep"))
        _blank(chars, m.end("keep"), m.end())
    for m in _MD_HEADING.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _ESCAPE.finditer(text):
        chars[m.start()] = " "
    for m in _EMPHASIS.finditer(text):
        _blank(chars, m.start(), m.start("keep"))
        _blank(chars, m.end("keep"), m.end())
    out = "".join(chars)
    assert len(out) == len(text)
    return out

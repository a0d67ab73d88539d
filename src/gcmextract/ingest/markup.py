"""Same-length clean view of marked-up text: tags, entities, markdown escapes and links become spaces."""

from __future__ import annotations

import re

# Each pattern's match is blanked (replaced by spaces) except for the named group `keep`.
_TAG = re.compile(r"<[A-Za-z/!][^<>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_ENTITY_CHARS = {"amp": "&", "nbsp": " ", "quot": '"', "apos": "'", "lt": "<", "gt": ">"}
_LINK = re.compile(r"\[(?P<keep>[^\]\n]*)\]\([^)\n]*\)")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$%&])")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(?P<keep>[^*_\n]+?)(?<=\S)\1(?![\w*])")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def clean_markup(text: str) -> str:
    """Return `text` with markup replaced by spaces; the result has exactly the same length."""
    chars = list(text)
    for m in _TAG.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _ENTITY.finditer(text):
        name = m.group(1)
        if name.startswith("#x"):
            ch = chr(int(name[2:], 16))
        elif name.startswith("#"):
            ch = chr(int(name[1:]))
        else:
            ch = _ENTITY_CHARS.get(name, " ")
        _blank(chars, m.start(), m.end())
        chars[m.start()] = ch if len(ch) == 1 else " "
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


def looks_like_markup(text: str) -> bool:
    """True when the text contains HTML tags (used to sniff HTML files named otherwise)."""
    return bool(re.search(r"<(html|body|p|div|h[1-6]|ul|li|table)\b", text[:4096], re.I))

"""Bounds on what the NLP sees and keeps, so time and memory grow linearly with any input: absurd
tokens blanked before the tokenizer, long texts cut into paragraph-aligned pieces, mention context
capped to a window."""

from __future__ import annotations

import re

# A run of one punctuation character longer than this ("$$$$", "((((", "____") is kept to this
# length and the rest blanked: spaCy's prefix/suffix search is quadratic in a token's length.
MAX_RUN = 24
# A string without spaces longer than this (a base64 blob, a one-line table) gets a space every
# MAX_WORD characters. URLs and the longest compounds stay whole.
MAX_WORD = 256
# The NLP runs over pieces of at most this many characters, cut at paragraph breaks (spaCy's
# max_length is 1,000,000; the statistical model's memory grows with the piece: ~16 KB a token).
PIECE_CHARS = 50_000
# Documents extracted together in one `nlp.pipe` batch hold at most this many characters in all:
# the tagger-free tok2vec still needs about 16 KB per token while it runs.
BATCH_CHARS = 200_000
# ... and at most about this many tokens ("( ( ( (" is one token in two characters).
PIECE_TOKENS = 12_000
# A mention's `sentence` is at most this many characters: a window around the mention when the
# sentence is longer (a table or a list without full stops).
MAX_CONTEXT = 1_500
# ... and when it is longer, the mention's line or a window of this many characters around it.
CONTEXT_WINDOW = 400

_RUN = re.compile(rf"([^\w\s]|_)\1{{{MAX_RUN},}}")  # "_" is a word character, split alone
_TOKEN = re.compile(r"\w+|[^\w\s]")  # about what spaCy's tokenizer makes a token
_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def tame(text: str) -> str:
    """`text` with over-long punctuation runs and space-less strings broken by spaces; the same
    length, so every offset stays valid (the unchanged string itself when nothing is over-long)."""
    runs = [(m.start() + MAX_RUN, m.end()) for m in _RUN.finditer(text)]
    words = [m.span() for m in _WORD.finditer(text)]
    if not runs and not words:
        return text
    chars = list(text)
    for a, b in runs:
        chars[a:b] = " " * (b - a)
    for a, b in words:
        for i in range(a + MAX_WORD, b, MAX_WORD + 1):
            chars[i] = " "
    return "".join(chars)


def _token_limit(text: str, start: int, end: int, max_tokens: int) -> int:
    """`end`, or the start of the token after the first `max_tokens` tokens of text[start:end]."""
    for k, m in enumerate(_TOKEN.finditer(text, start, end)):
        if k == max_tokens:
            return m.start()
    return end


def pieces(
    text: str, limit: int | None = None, max_tokens: int | None = None
) -> list[tuple[int, int]]:
    """Spans covering `text`, each at most `limit` characters (default PIECE_CHARS) and about
    `max_tokens` tokens (default PIECE_TOKENS), cut after a blank line when there is one in the
    second half of the piece, else after a line break, else after a space."""
    limit = limit or PIECE_CHARS
    max_tokens = max_tokens or PIECE_TOKENS
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while True:
        end = _token_limit(text, start, min(start + limit, n), max_tokens)
        if end >= n:
            break
        floor = start + (end - start) // 2
        cut = -1
        for sep in ("\n\n", "\n", " "):
            i = text.rfind(sep, floor, end)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut <= start:
            cut = max(end, start + 1)
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def context_window(
    text: str, a: int, b: int, start: int, end: int, limit: int = MAX_CONTEXT
) -> tuple[int, int]:
    """The part of sentence text[a:b] kept as the context of mention [start, end): the whole sentence
    when it is at most `limit` characters; else the mention's line when that is at most
    CONTEXT_WINDOW (a table row, a list item in a block without full stops); else CONTEXT_WINDOW
    characters centred on the mention."""
    if b - a <= limit:
        return a, b
    window = min(CONTEXT_WINDOW, limit)
    line_start = text.rfind("\n", max(a, start - window), start)
    line_end = text.find("\n", end, min(b, end + window))
    if line_start >= 0 or start - window <= a:
        left = line_start + 1 if line_start >= 0 else a
        right = line_end if line_end >= 0 else (b if end + window >= b else -1)
        if right >= 0 and right - left <= window:
            return left, right
    span = max(end - start, 0)
    if span >= window:
        return start, start + window
    left = max(a, start - (window - span) // 2)
    right = min(b, left + window)
    left = max(a, right - window)
    return left, right

"""Bounded NLP input: absurd tokens broken before the tokenizer, long texts in pieces, capped context,
and every pathological pattern extracted in time linear in its length (a hang guard, not a speed
target: quadratic behaviour at these sizes takes minutes, linear a second or two)."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from gcmextract.ingest.document import Document
from gcmextract.ingest.markup import clean_markup
from gcmextract.ingest.text import text_blocks
from gcmextract.nlp import bounds

HANG_GUARD = 90  # seconds; only to turn a hang into a failure


@contextmanager
def hang_guard(seconds: int = HANG_GUARD) -> Iterator[None]:
    def expire(signum, frame):  # type: ignore[no-untyped-def]
        raise AssertionError(f"did not finish within the {seconds} s hang guard")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _doc(text: str, fmt: str = "md") -> Document:
    clean = clean_markup(text)
    return Document(
        id="t",
        source="t.md",
        sha256="0",
        format=fmt,
        text=text,
        clean=clean,
        blocks=text_blocks(text, clean),
    )


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


PATTERNS: dict[str, Callable[[int], str]] = {
    "run of (": lambda n: _repeat("(", n),
    "run of [": lambda n: _repeat("[", n),
    "run of $": lambda n: _repeat("$", n),
    "run of %": lambda n: _repeat("%", n),
    "run of _": lambda n: _repeat("_", n),
    "run of =": lambda n: _repeat("=", n),
    "no spaces": lambda n: _repeat("remittances", n),
    "hyphenated chain": lambda n: _repeat("Post-Return-Reintegration-", n),
    "acronyms in parentheses": lambda n: _repeat("Office for Returnees (OFR) ", n),
    "dates joined by to": lambda n: _repeat("3 June 2019 to ", n),
    "markdown links unclosed": lambda n: _repeat("[see](", n),
    "html comments unclosed": lambda n: _repeat("<!-- note ", n),
    "table rows": lambda n: _repeat("Province 4\t120 families\tEUR 3,000\t2020\n", n),
}


def test_bounds_tame_keeps_length_and_breaks_long_tokens() -> None:
    text = "Budget: " + "$" * 500 + " and " + "x" * 2000 + " end"
    tamed = bounds.tame(text)
    assert len(tamed) == len(text)
    assert max(len(t) for t in tamed.split()) <= bounds.MAX_WORD
    assert "$" * (bounds.MAX_RUN + 1) not in tamed
    assert tamed.startswith("Budget: " + "$" * bounds.MAX_RUN + " ")


def test_bounds_tame_leaves_ordinary_text_alone() -> None:
    text = "Kenya allocated KES 2.5 billion (2021-2023) -- see https://example.org/a/b?c=d ...."
    assert bounds.tame(text) is text


def test_bounds_pieces_cover_text_at_paragraph_breaks() -> None:
    paragraphs = [f"Paragraph {i} " + "word " * (20 + i % 7) for i in range(60)]
    text = "\n\n".join(paragraphs)
    spans = bounds.pieces(text, 400)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b - a <= 400 for a, b in spans)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(text[b - 2 : b] == "\n\n" for _, b in spans[:-1])
    assert bounds.pieces("short", 400) == [(0, 5)]


def test_bounds_context_window_is_capped_and_keeps_table_rows() -> None:
    rows = "\n".join(f"District {i}\t{i} households\tUSD {i},000" for i in range(400))
    start = rows.index("District 200")
    a, b = bounds.context_window(rows, 0, len(rows), start, start + 12)
    assert rows[a:b] == rows[start:].split("\n", 1)[0]
    flat = "word " * 5000
    a, b = bounds.context_window(flat, 0, len(flat), 10_000, 10_004)
    assert b - a <= bounds.CONTEXT_WINDOW and a <= 10_000 and b >= 10_004
    short = "A sentence of ordinary length with USD 5 million in it"
    assert bounds.context_window(short, 0, len(short), 35, 48) == (0, len(short))


@pytest.mark.parametrize("name", list(PATTERNS))
def test_bounds_pathological_pattern_finishes(name: str, nlp) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.pipeline import extract_document

    text = "Introduction.\n\n" + PATTERNS[name](40_000) + "\n\nIn 2021 IOM spent USD 5 million."
    document = _doc(text)
    with hang_guard():
        result = extract_document(document, nlp=nlp)
    assert any(a.text == "USD 5 million" for a in result.amounts)
    for field in ("dates", "amounts", "organizations", "objective_refs"):
        for m in getattr(result, field):
            assert document.text[m.start : m.end] == m.text
            assert len(m.sentence or "") <= bounds.MAX_CONTEXT
    tokens = nlp.make_doc(bounds.tame(document.clean))
    # blanked runs become one whitespace token, which the tokenizer never searches for affixes
    assert max(len(t) for t in tokens if not t.is_space) <= bounds.MAX_WORD

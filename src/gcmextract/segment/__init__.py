"""Sections (headings by style, layout or short title-like lines), paragraphs and sentences, with offsets."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.ingest.document import Block, Document
from gcmextract.schema import Paragraph, Section

_SENT = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Ý¿¡])")
_ABBREV = re.compile(
    r"\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|U\.S|U\.K|vs|Inc|Ltd|Co|approx)\.$", re.I
)


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads(resources.files(__package__).joinpath("headings.json").read_text("utf-8"))


def _title_like(text: str) -> bool:
    r = _rules()
    t = text.strip()
    if not t or len(t) > r["max_heading_chars"] or len(t.split()) > r["max_heading_words"]:
        return False
    if any(t.startswith(b) or b.strip() == "•" and "•" in t for b in r["bullets"]):
        return False
    # a numbered heading ("1. Introduction", "2.3 Data", "IV. Challenges", "B) Returns")
    t = re.sub(r"^(?:\d+(?:\.\d+)*|[IVXivx]+|[A-Za-z])[.)]?\s+(?=\S)", "", t) or t
    if re.search(r"[.!?;,]$", t) or re.search(r"[.!?]\s+[A-Z]", t):
        return False
    return t[0].isupper() or t[0].isdigit()


def _level(text: str, declared: bool, block: Block) -> int:
    if block.level and block.kind == "heading" and not declared:
        return min(block.level + (1 if block.level > 1 else 0), 3)
    if any(re.search(p, text.strip(), re.I) for p in _rules()["top_level"]):
        return 1
    return 2 if declared else 3


def _split_heading(document: Document, block: Block) -> tuple[str, list[int]]:
    """Heading text as written (without a trailing objective list) and the objectives it declares."""
    clean = document.clean[block.start : block.end]
    refs = find_objective_refs(clean)
    if refs:
        last = refs[-1]
        tail = clean[last.end :].strip(" \t:).")
        if not tail:
            cut = last.start
            head = clean[:cut].rstrip(" \t:(-–—")
            raw = document.text[block.start : block.start + len(head)].strip()
            return raw, last.objectives
    return document.text[block.start : block.end].strip(), []


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Rule-based sentence spans inside text[start:end] (for mentions' sentences and the classifier)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _SENT.finditer(text, start, end):
        if _ABBREV.search(text[max(cur, m.start() - 8) : m.start()]):
            continue
        spans.append((cur, m.start()))
        cur = m.end()
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def segment(document: Document) -> tuple[list[Section], list[Paragraph]]:
    """Sections (each body runs to the next heading of the same or a higher level) and paragraphs."""
    body_blocks = [b for b in document.blocks if b.kind not in ("footnote", "toc")]
    heads: list[tuple[int, Block, str, list[int], int]] = []
    for i, block in enumerate(body_blocks):
        clean = document.clean[block.start : block.end]
        is_last = i + 1 == len(body_blocks)
        candidate = block.kind == "heading" or (
            block.kind == "paragraph" and not is_last and _title_like(clean)
        )
        if not candidate:
            continue
        heading, declared = _split_heading(document, block)
        if block.kind != "heading" and not declared and not _title_like(clean):
            continue
        heads.append((i, block, heading, declared, _level(clean, bool(declared), block)))
    sections: list[Section] = []
    text_end = body_blocks[-1].end if body_blocks else 0
    for n, (_i, block, heading, declared, level) in enumerate(heads):
        end = text_end
        for _j, nxt, _h, _d, lvl in heads[n + 1 :]:
            if lvl <= level:
                end = nxt.start
                break
        body_start = min(block.end, end)
        body = document.text[body_start:end]
        body_start += len(body) - len(body.lstrip())
        body_end = body_start + len(document.text[body_start:end].rstrip())
        sections.append(
            Section(
                heading=heading,
                start=body_start,
                end=max(body_end, body_start),
                heading_start=block.start,
                heading_end=block.end,
                level=level,
                page=document.page_of(block.start),
                declared_objectives=declared,
            )
        )
    head_starts = {b.start for _, b, *_ in heads}
    paragraphs: list[Paragraph] = []
    for block in body_blocks:
        if block.start in head_starts:
            continue
        owner = None
        for k, s in enumerate(sections):
            if s.start <= block.start < s.end or (s.start <= block.start and block.end <= s.end):
                owner = k  # innermost (latest-starting) section containing it wins
        paragraphs.append(
            Paragraph(
                start=block.start, end=block.end, page=document.page_of(block.start), section=owner
            )
        )
    return sections, paragraphs

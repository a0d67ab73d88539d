"""Sections (headings by style, layout or short title-like lines) as a tree, and paragraphs, with offsets."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.ingest.document import Block, Document
from gcmextract.resources.lexicon import load_json
from gcmextract.schema import Paragraph, Section
from gcmextract.segment.outline import HeadingKind, nest, numbering


@lru_cache(maxsize=1)
def _rules() -> dict:
    """Heading rules from headings.json."""
    return load_json(__package__, "headings.json")


def _title_like(text: str) -> bool:
    r = _rules()
    t = text.strip()
    if not t or len(t) > r["max_heading_chars"] or len(t.split()) > r["max_heading_words"]:
        return False
    if any(t.startswith(b) or b.strip() == "•" and "•" in t for b in r["bullets"]):
        return False
    if re.search(r["contents"]["page_line"], t):  # a contents line ("Returns ...... 12")
        return False
    # a numbered heading ("1. Introduction", "2.3 Data", "IV. Challenges", "B) Returns")
    t = re.sub(r"^(?:\d+(?:\.\d+)*|[IVXivx]+|[A-Za-z])[.)]?\s+(?=\S)", "", t) or t
    if re.search(r"[.!?;,]$", t) or re.search(r"[.!?]\s+[A-Z]", t):
        return False
    return t[0].isupper() or t[0].isdigit()


def _entry(text: str) -> str | None:
    """The leading phrase of a line of a contents or overview list ("Labour mobility ...... 4",
    "• Returns", "Labour mobility<TAB>seasonal schemes, recruitment"), or None when it is no such line
    (rules in headings.json "contents")."""
    r = _rules()["contents"]
    phrase = re.split(r["separator"], re.sub(r["leading"], "", text), maxsplit=1)[0].strip()
    if not phrase or len(phrase.split()) > r["max_words"] or not _title_like(phrase):
        return None
    return phrase


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w[\w'’-]*", text.lower()))


def _entry_runs(
    document: Document, blocks: list[Block], positions: set[int]
) -> list[list[tuple[int, str]]]:
    """Runs of consecutive lines outside headings that read as contents entries: (block index,
    leading phrase) each; a list may be one block with a line per topic."""
    runs: list[list[tuple[int, str]]] = [[]]
    for i, block in enumerate(blocks):
        lines = [] if i in positions else document.clean[block.start : block.end].splitlines()
        for line in lines or [""]:
            phrase = _entry(line)
            if phrase:
                runs[-1].append((i, phrase))
            elif runs[-1]:
                runs.append([])
    return [run for run in runs if len(run) >= _rules()["contents"]["min_run"]]


def _listed(document: Document, blocks: list[Block], heads: list[tuple[int, str]]) -> set[int]:
    """Positions (in `heads`, (block index, heading) pairs) of the headings that an earlier contents
    or overview list names: a run of at least `min_run` consecutive lines outside headings whose
    leading phrases name later headings in order (all of a phrase's words are in its heading), two
    at least. Each line names the first heading it fits after the one the line before named."""
    head_words = [_words(h) for _, h in heads]
    head_blocks = [j for j, _ in heads]
    index: dict[str, list[int]] = defaultdict(list)  # word -> positions of the headings holding it
    for n, words in enumerate(head_words):
        for w in words:
            index[w].append(n)
    named: set[int] = set()
    for run in _entry_runs(document, blocks, set(head_blocks)):
        hits: set[int] = set()
        last = -1
        for i, phrase in run:
            words = _words(phrase)
            fewest = min((index.get(w, []) for w in words), key=len, default=[])
            lo = max(last + 1, bisect.bisect_right(head_blocks, i))
            hit = next(
                (n for n in fewest[bisect.bisect_left(fewest, lo) :] if words <= head_words[n]),
                None,
            )
            if hit is not None:
                hits.add(hit)
                last = hit
        if len(hits) >= 2:
            named |= hits
    return named


def _kind(
    text: str, declared: bool, block: Block, parent_like: bool, markup: bool, listed: bool = False
) -> HeadingKind:
    """The heading's kind from the strongest signal it carries (see `outline.RANK`); `markup` says
    whether the document's heading markup has levels to go by (two or more distinct ones)."""
    if markup and block.kind == "heading" and block.level:
        num = numbering(text.strip())
        sub = (
            HeadingKind("numbered", *num)
            if num
            else HeadingKind("declared" if declared else "plain")
        )
        return HeadingKind("markup", "level", block.level, sub)
    t = text.strip()
    if any(re.search(p, t, re.I) for p in _rules()["top_level"]):
        return HeadingKind("top")
    num = numbering(t)
    if num:
        return HeadingKind("numbered", *num)
    if listed:
        return HeadingKind("listed")
    if declared:
        return HeadingKind("declared")
    return HeadingKind("parent" if parent_like else "plain")


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
    return document.text[block.start : block.end].strip().rstrip(":").rstrip(), []


def _ends(heads: list[int], levels: list[int], body_blocks: list[Block]) -> list[int]:
    """Where each section ends: at the next heading of its level or above, else at the text's end
    (one pass with a stack of open sections, so many headings cost linear time)."""
    ends = [body_blocks[-1].end if body_blocks else 0] * len(heads)
    open_: list[int] = []
    for n, level in enumerate(levels):
        while open_ and levels[open_[-1]] >= level:
            ends[open_.pop()] = heads[n]
        open_.append(n)
    return ends


def _owner(sections: list[Section], starts: list[int], block: Block) -> int | None:
    """The innermost section containing `block`: the latest one starting at or before it, or the
    nearest of its ancestors that contains it (sections nest, so no other one can)."""
    k: int | None = bisect.bisect_right(starts, block.start) - 1
    while k is not None and k >= 0:
        sec = sections[k]
        if sec.start <= block.start < sec.end or block.end <= sec.end:
            return k
        k = sec.parent
    return None


def segment(document: Document) -> tuple[list[Section], list[Paragraph]]:
    """A section tree (level, parent, path; a section's span covers its sub-sections) and paragraphs."""
    body_blocks = [b for b in document.blocks if b.kind not in ("footnote", "toc")]
    found: list[tuple[int, Block, str, list[int]]] = []
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
        found.append((i, block, heading, declared))
    # a plain title followed directly by another heading (no body of its own), or one that ends
    # with a colon (it introduces what follows), opens a group: it outranks the plain titles after it
    positions = {i for i, *_ in found}
    markup = len({b.level for _i, b, _h, _d in found if b.kind == "heading" and b.level}) > 1
    # headings a contents or overview list names are the document's main topics: peers that outrank
    # the titles under them, even when one has a body of its own and no colon (no group look)
    listed = _listed(document, body_blocks, [(i, h) for i, _b, h, _d in found])
    kinds = [
        _kind(
            document.clean[b.start : b.end],
            bool(d),
            b,
            i + 1 in positions or document.clean[b.start : b.end].rstrip().endswith(":"),
            markup,
            n in listed,
        )
        for n, (i, b, _h, d) in enumerate(found)
    ]
    tree = nest(kinds)
    sections: list[Section] = []
    ends = _ends([b.start for _i, b, _h, _d in found], [lvl for lvl, _p in tree], body_blocks)
    for (_i, block, heading, declared), (level, parent), end in zip(found, tree, ends, strict=True):
        body_start = min(block.end, end)
        body = document.text[body_start:end]
        body_start += len(body) - len(body.lstrip())
        body_end = body_start + len(document.text[body_start:end].rstrip())
        path = [*sections[parent].path, heading] if parent is not None else [heading]
        sections.append(
            Section(
                heading=heading,
                start=body_start,
                end=max(body_end, body_start),
                heading_start=block.start,
                heading_end=block.end,
                level=level,
                parent=parent,
                path=path,
                page=document.page_of(block.start),
                declared_objectives=declared,
            )
        )
    head_starts = {b.start for _, b, *_ in found}
    starts = [sec.start for sec in sections]
    paragraphs: list[Paragraph] = []
    for block in body_blocks:
        if block.start in head_starts:
            continue
        owner = _owner(sections, starts, block)
        paragraphs.append(
            Paragraph(
                start=block.start, end=block.end, page=document.page_of(block.start), section=owner
            )
        )
    return sections, paragraphs

"""Amount linking at scale: the bisecting, sweeping `link_amounts` gives exactly what the rule says
when checked amount by amount against every reference, block and section (a plain reference
implementation here), and splits each block into sentences once, however many amounts it holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import gcmextract.segment as segment
from gcmextract.ingest.document import Block, Document
from gcmextract.link.objectives import link_amounts
from gcmextract.schema import (
    Amount,
    ClassifiedLabel,
    DocumentInfo,
    Extraction,
    ObjectiveRef,
    Paragraph,
    Section,
)

SENTENCE = "Peru gave PEN 2 million. "  # 25 characters, two sentences a block
BLOCK = len(SENTENCE) * 2 + 1


def _document(blocks: int) -> Document:
    text = "\n".join(SENTENCE * 2 for _ in range(blocks))
    spans = [
        Block(kind="paragraph", start=k * BLOCK, end=k * BLOCK + BLOCK - 1) for k in range(blocks)
    ]
    return Document(
        id="per", source="per.txt", sha256="0", format="txt", text=text, clean=text, blocks=spans
    )


def _reference(ex: Extraction, document: Document) -> list[tuple[list[int], str | None]]:
    """The linking rule, amount by amount, scanning everything (quadratic, obviously right)."""
    out: list[tuple[list[int], str | None]] = []
    for amount in ex.amounts:
        a, b = amount.start, amount.start + 1
        for block in document.blocks:
            if block.start <= amount.start < block.end:
                a, b = block.start, block.end
                for s, e in segment.sentences(document.clean, block.start, block.end):
                    if s <= amount.start < e:
                        a, b = s, e
                        break
                break
        explicit = sorted({n for r in ex.objective_refs if a <= r.start < b for n in r.objectives})
        if explicit:
            out.append((explicit, "explicit"))
            continue
        para = [p for p in ex.paragraphs if p.start <= amount.start < p.end]
        if para and para[0].classified_objectives:
            out.append((sorted({c.objective for c in para[0].classified_objectives}), "paragraph"))
            continue
        owner = None
        for k, s in enumerate(ex.sections):
            lo = s.heading_start if s.heading_start is not None else s.start
            if lo <= amount.start < max(s.end, lo + 1):
                owner = k
        seen: set[int] = set()
        while (
            owner is not None and owner not in seen and not ex.sections[owner].declared_objectives
        ):
            seen.add(owner)
            owner = ex.sections[owner].parent
        if owner is not None and owner not in seen:
            out.append((list(ex.sections[owner].declared_objectives), "section"))
        else:
            out.append(([], None))
    return out


@st.composite
def _extractions(draw: st.DrawFn) -> tuple[Extraction, Document]:
    blocks = draw(st.integers(1, 6))
    document = _document(blocks)
    size = len(document.text)
    offset = st.integers(0, size + 3)
    objectives = st.lists(st.integers(1, 23), min_size=0, max_size=3, unique=True)
    sections = []
    for k in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, size))
        heading = draw(st.one_of(st.none(), st.integers(max(0, start - 20), start)))
        parent = draw(st.one_of(st.none(), st.integers(0, k - 1))) if k else None
        sections.append(
            Section(
                heading=f"Part {k}",
                start=start,
                end=draw(st.integers(start, size + 3)),
                heading_start=heading,
                parent=parent,
                path=[],
                declared_objectives=draw(objectives),
            )
        )
    paragraphs = [
        Paragraph(
            start=b.start,
            end=b.end,
            classified_objectives=[
                ClassifiedLabel(objective=n, score=0.5) for n in draw(objectives)
            ],
        )
        for b in document.blocks
        if draw(st.booleans())
    ]
    refs = [
        ObjectiveRef(text="x", start=s, end=s + 1, objectives=sorted(draw(objectives)) or [1])
        for s in draw(st.lists(offset, max_size=4))
    ]
    amounts = [
        Amount(text="x", start=s, end=s + 1, kind="count", value=1.0)
        for s in draw(st.lists(offset, max_size=12))
    ]
    info = DocumentInfo(id="per", source="per.txt", sha256="0" * 64, format="txt")
    ex = Extraction(
        document=info,
        sections=sections,
        paragraphs=paragraphs,
        objective_refs=refs,
        amounts=amounts,
    )
    return ex, document


@settings(max_examples=150, deadline=None)
@given(_extractions())
def test_link_linear_matches_the_rule_amount_by_amount(case: tuple[Extraction, Document]) -> None:
    ex, document = case
    want = _reference(ex, document)
    link_amounts(document, ex.amounts, ex.objective_refs, ex.sections, ex.paragraphs)
    assert [(a.objectives, a.objective_basis) for a in ex.amounts] == want


def test_link_linear_splits_each_block_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    split = segment.sentences

    def counted(text: str, a: int, b: int) -> list[tuple[int, int]]:
        calls.append((a, b))
        return split(text, a, b)

    monkeypatch.setattr(segment, "sentences", counted)
    document = _document(40)
    amounts = [
        Amount(text="PEN 2 million", start=s, end=s + 13, kind="money", value=2e6, currency="PEN")
        for k in range(40)
        for s in (k * BLOCK + 10, k * BLOCK + 35)
    ] * 25  # 2,000 amounts, 50 in every block
    info = DocumentInfo(id="per", source="per.txt", sha256="0" * 64, format="txt")
    ex = Extraction(document=info, amounts=amounts)
    link_amounts(document, ex.amounts, ex.objective_refs, ex.sections, ex.paragraphs)
    assert len(calls) == len(set(calls)) == 40

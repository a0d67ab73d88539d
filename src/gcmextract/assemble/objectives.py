"""The document-level `objectives` list, which merges explicit references with the classifier's
scores and the linked amounts, and the place of every evidence passage.

A document's objectives are those it names by number, those the classifier gives the whole text, and
those any of its sections or paragraphs carries with a score of at least ROLLUP_SCORE (rolled up),
each with the passages that support it most as located evidence (docs/objectives.md)."""

from __future__ import annotations

from typing import Any

from gcmextract.classify.stage import Classified
from gcmextract.ingest.document import Document
from gcmextract.ingest.locate import Locator
from gcmextract.schema import (
    ClassifiedLabel,
    Evidence,
    Extraction,
    Mention,
    ObjectiveSummary,
    SpanRef,
)

# a section's or paragraph's objective with at least this score is one of the document's
ROLLUP_SCORE = 0.8
MAX_EVIDENCE = 3


def _ref(m: Mention) -> SpanRef:
    return SpanRef(text=m.text, start=m.start, end=m.end)


def _inside(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def summarise(extraction: Extraction, classified: Classified, document: Document) -> None:
    """Fill the document-level `objectives` (or the note saying why there is none) and
    `principles` of `extraction`, whose sections and paragraphs are classified and whose amounts
    are linked; then give every evidence passage its page and boxes."""
    scorer, doc = classified.scorer, classified.document
    given = scorer.labels(doc.scores, doc.idx, gate=doc.gate, language=doc.language)
    classified_doc = {c.objective for c in given}
    rolled = rolled_up(extraction)
    explicit = explicit_refs(extraction)
    # the whole document's ordering keys (heads and ranker) put the objectives in order
    keys = doc.rank if doc.rank is not None else doc.scores
    chosen = [
        j
        for j, label in enumerate(scorer.model.labels)
        if int(label) in explicit or int(label) in classified_doc or int(label) in rolled
    ]
    chosen.sort(key=lambda j: (-float(keys[j]), int(scorer.model.labels[j])))
    summaries = [
        _summary(
            scorer.model.labels[j], j, classified, rolled, explicit, classified_doc, extraction
        )
        for j in chosen
    ]
    extraction.objectives = summaries
    extraction.objectives_note = None if summaries else no_objectives_note(extraction, scorer)
    extraction.principles = classified.principles
    locate_evidence(extraction, document)


def _summary(
    label: str,
    j: int,
    classified: Classified,
    rolled: dict[int, list[tuple[str, int, int, ClassifiedLabel]]],
    explicit: dict[int, list[SpanRef]],
    classified_doc: set[int | None],
    extraction: Extraction,
) -> ObjectiveSummary:
    """The summary of the objective of `label` (the model's `j`-th): its score, basis, evidence,
    the sections declaring or carrying it, its references and the mentions in its passages."""
    n = int(label)
    scorer, doc_scores, doc_idx = (
        classified.scorer,
        classified.document.scores,
        classified.document.idx,
    )
    declaring = [s for s in extraction.sections if n in s.declared_objectives]
    classified_in = [
        s for s in extraction.sections if any(c.objective == n for c in s.classified_objectives)
    ]
    headings = list(dict.fromkeys(s.heading for s in declaring + classified_in))
    spans = [(s.start, s.end) for s in declaring]
    spans += [(a, b) for kind, a, b, _ in rolled.get(n, []) if kind == "paragraph"]
    if n in classified_doc or n in rolled:
        doc_evidence = scorer.evidence(doc_idx, j)
    else:  # named by number only: the passages around the names that weigh most for it
        doc_evidence = explicit_evidence(scorer, j, declaring, explicit[n], extraction)
    labels = [c for *_, c in rolled.get(n, [])]
    basis = [
        name
        for name, yes in (
            ("explicit", n in explicit),
            ("document", n in classified_doc),
            ("section", any(k == "section" for k, *_ in rolled.get(n, []))),
            ("paragraph", any(k == "paragraph" for k, *_ in rolled.get(n, []))),
        )
        if yes
    ]

    def within(mentions: list) -> list[SpanRef]:
        return [_ref(m) for m in mentions if any(_inside(m, a, b) for a, b in spans)]

    return ObjectiveSummary(
        objective=n,
        title=scorer.model.titles[label],
        explicit=n in explicit,
        score=max([round(float(doc_scores[j]), 4), *(c.score for c in labels)]),
        basis=basis,  # type: ignore[arg-type]
        evidence=merge_evidence(doc_evidence, *(c.evidence for c in labels)),
        sections=headings,
        references=explicit.get(n, []),
        amounts=[_ref(a) for a in extraction.amounts if n in a.objectives],
        dates=within(extraction.dates),
        organizations=within(extraction.organizations),
    )


def explicit_refs(extraction: Extraction) -> dict[int, list[SpanRef]]:
    """Per objective named by number, its references; an objective a section declares without
    a reference has none."""
    explicit: dict[int, list[SpanRef]] = {}
    for ref in extraction.objective_refs:
        for n in ref.objectives:
            explicit.setdefault(n, []).append(_ref(ref))
    for section in extraction.sections:
        for n in section.declared_objectives:
            explicit.setdefault(n, [])
    return explicit


def rolled_up(extraction: Extraction) -> dict[int, list[tuple[str, int, int, ClassifiedLabel]]]:
    """Per objective, the (kind, start, end, label) of the sections and paragraphs that carry it
    with a score of at least ROLLUP_SCORE."""
    out: dict[int, list[tuple[str, int, int, ClassifiedLabel]]] = {}
    items: list[tuple[str, Any]] = [("section", s) for s in extraction.sections]
    items += [("paragraph", p) for p in extraction.paragraphs]
    for kind, item in items:
        for c in item.classified_objectives:
            if c.objective is not None and c.score >= ROLLUP_SCORE:
                out.setdefault(c.objective, []).append((kind, item.start, item.end, c))
    return out


def explicit_evidence(
    scorer: Any, j: int, declaring: list[Any], refs: list[SpanRef], extraction: Extraction
) -> list[Evidence]:
    """Evidence of an objective named by number only: the sentences of the sections declaring it
    and of the paragraphs naming it that weigh most for it."""
    import numpy as np

    ranges = [(s.start, s.end) for s in declaring]
    starts = sorted(r.start for r in refs)
    ranges += [
        (p.start, p.end) for p in extraction.paragraphs if _holds_any(starts, p.start, p.end)
    ]
    if not ranges:
        return []
    idx = [score.idx for score in scorer.scores(ranges, whole=False)]
    return scorer.evidence(np.unique(np.concatenate(idx)).astype(int), j)


def _holds_any(starts: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted `starts` is in [a, b) (bisected: a long text names an objective
    in tens of thousands of paragraphs)."""
    from bisect import bisect_left

    k = bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def merge_evidence(*lists: list[Evidence]) -> list[Evidence]:
    """The best MAX_EVIDENCE distinct passages of several evidence lists, best first."""
    best: dict[tuple[int, int], Evidence] = {}
    for evidence in lists:
        for e in evidence:
            key = (e.start, e.end)
            if key not in best or e.score > best[key].score:
                best[key] = e
    ranked = sorted(best.values(), key=lambda e: (-e.score, e.start))
    return [e.model_copy() for e in ranked[:MAX_EVIDENCE]]


def no_objectives_note(extraction: Extraction, scorer: Any) -> str:
    """Why a document has no objective: none named by number, none given to the whole text, and no
    section or paragraph label reaching ROLLUP_SCORE; with the best label found below it."""
    items: list[Any] = [*extraction.sections, *extraction.paragraphs]
    labels = [c for item in items for c in item.classified_objectives]
    note = (
        "no objective: none is named by number, none is classified for the whole text, and no "
        f"section or paragraph objective scores {ROLLUP_SCORE} or more"
    )
    if labels:
        top = max(labels, key=lambda c: c.score)
        note += f" (best: objective {top.objective} at {top.score:.2f})"
    return note


def locate_evidence(extraction: Extraction, document: Document) -> None:
    """Give every evidence passage of the extraction its page and, for PDFs, its boxes."""
    locator = Locator(document)
    holders: list[Any] = [*extraction.sections, *extraction.paragraphs]
    lists = [c.evidence for h in holders for c in h.classified_objectives]
    lists += [o.evidence for o in extraction.objectives]
    lists += [p.evidence for p in extraction.principles]
    seen: dict[tuple[int, int], tuple[int | None, Any]] = {}  # a sentence is evidence many times
    for evidence in lists:
        for e in evidence:
            key = (e.start, e.end)
            if key not in seen:
                seen[key] = (document.page_of(e.start), locator.boxes(e.start, e.end))
            page, boxes = seen[key]
            e.page, e.boxes = page, list(boxes) if boxes is not None else None

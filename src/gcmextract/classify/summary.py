"""Classified objectives per section and paragraph, and the document-level `objectives` and
`principles` lists that merge explicit references with the classifier's scores.

A document's objectives are those it names by number, those the classifier gives the whole text, and
those any of its sections or paragraphs carries with a score of at least ROLLUP_SCORE (rolled up),
each with the passages that support it most as located evidence (docs/objectives.md)."""

from __future__ import annotations

from typing import Any

from gcmextract.ingest.document import Document
from gcmextract.ingest.locate import Locator
from gcmextract.schema import (
    ClassifiedLabel,
    Evidence,
    Extraction,
    Mention,
    ObjectiveSummary,
    PrincipleSummary,
    SpanRef,
)

# a section's or paragraph's objective with at least this score is one of the document's
ROLLUP_SCORE = 0.8
MAX_EVIDENCE = 3


def _ref(m: Mention) -> SpanRef:
    return SpanRef(text=m.text, start=m.start, end=m.end)


def _inside(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def summarise(
    extraction: Extraction, document: Document, block_languages: list[str | None] | None = None
) -> None:
    """Fill classified objectives of sections and paragraphs, then `objectives` and `principles`.

    Every sentence is scored once per label set; sections and the whole document add a whole-passage
    score, paragraphs use their sentences only. A passage is classified by the model of its language
    (`block_languages`: each block's, else `extraction.document.language`).
    """
    from gcmextract.classify.predict import LanguageScorers, Scorer

    text = document.clean
    blocks = [(b.start, b.end) for b in document.blocks] or [(0, len(text))]
    ngrams: dict[str, tuple[list[str], list[str]]] = {}
    scorers = LanguageScorers(
        text, "objectives", blocks, block_languages, extraction.document.language, ngrams
    )
    sections = [s for s in extraction.sections if s.end > s.start]
    ranges = [(s.start, s.end) for s in sections] + [(0, len(text))]
    results = scorers.scores(ranges)
    for section, (by, (scores, idx, gate)) in zip(sections, results, strict=False):
        section.classified_objectives = by.labels(scores, idx, gate=gate)
    paragraphs = [p for p in extraction.paragraphs if len(text[p.start : p.end].split()) >= 8]
    for paragraph, (by, (scores, idx, gate)) in zip(
        paragraphs,
        scorers.scores([(p.start, p.end) for p in paragraphs], whole=False),
        strict=True,
    ):
        paragraph.classified_objectives = by.labels(scores, idx, max_labels=3, gate=gate)

    from gcmextract.link.objectives import link_amounts

    link_amounts(extraction, document)

    scorer, (doc_scores, doc_idx, doc_gate) = results[-1]
    model = scorer.model
    classified_doc = {c.objective for c in scorer.labels(doc_scores, doc_idx, gate=doc_gate)}
    rolled = rolled_up(extraction)
    explicit = explicit_refs(extraction)
    summaries: list[ObjectiveSummary] = []
    for j, label in enumerate(model.labels):
        n = int(label)
        if n not in explicit and n not in classified_doc and n not in rolled:
            continue
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

        def within(mentions: list, spans: list[tuple[int, int]] = spans) -> list[SpanRef]:
            return [_ref(m) for m in mentions if any(_inside(m, a, b) for a, b in spans)]

        summaries.append(
            ObjectiveSummary(
                objective=n,
                title=model.titles[label],
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
        )
    summaries.sort(key=lambda s: (-s.score, s.objective))
    extraction.objectives = summaries
    extraction.objectives_note = None if summaries else no_objectives_note(extraction, scorer)

    pscorer = Scorer(text, "principles", blocks, ngrams)
    ((pscores, pidx, pgate),) = pscorer.scores([(0, len(text))])
    extraction.principles = [
        PrincipleSummary(
            principle=c.principle or "",
            title=pscorer.model.titles[c.principle or ""],
            score=c.score,
            evidence=c.evidence,
        )
        for c in pscorer.labels(pscores, pidx, max_labels=10, gate=pgate)
    ]
    locate_evidence(extraction, document)


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
    ranges += [
        (p.start, p.end)
        for p in extraction.paragraphs
        if any(p.start <= r.start < p.end for r in refs)
    ]
    if not ranges:
        return []
    idx = [score.idx for score in scorer.scores(ranges, whole=False)]
    return scorer.evidence(np.unique(np.concatenate(idx)).astype(int), j)


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

"""Classified objectives per section and paragraph, and the document-level `objectives` and
`principles` lists that merge explicit references with the classifier's scores."""

from __future__ import annotations

from gcmextract.ingest.document import Document
from gcmextract.schema import Extraction, Mention, ObjectiveSummary, PrincipleSummary, SpanRef


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
    explicit: dict[int, list[SpanRef]] = {}
    for ref in extraction.objective_refs:
        for n in ref.objectives:
            explicit.setdefault(n, []).append(_ref(ref))
    for section in extraction.sections:
        for n in section.declared_objectives:
            explicit.setdefault(n, [])
    summaries: list[ObjectiveSummary] = []
    for j, label in enumerate(model.labels):
        n = int(label)
        if n not in explicit and n not in classified_doc:
            continue
        declaring = [s for s in extraction.sections if n in s.declared_objectives]
        classified_in = [
            s for s in extraction.sections if any(c.objective == n for c in s.classified_objectives)
        ]
        headings = list(dict.fromkeys(s.heading for s in declaring + classified_in))
        spans = [(s.start, s.end) for s in declaring]

        def within(mentions: list, spans: list[tuple[int, int]] = spans) -> list[SpanRef]:
            return [_ref(m) for m in mentions if any(_inside(m, a, b) for a, b in spans)]

        summaries.append(
            ObjectiveSummary(
                objective=n,
                title=model.titles[label],
                explicit=n in explicit,
                score=round(float(doc_scores[j]), 4),
                evidence=scorer.evidence(doc_idx, j),
                sections=headings,
                references=explicit.get(n, []),
                amounts=[_ref(a) for a in extraction.amounts if n in a.objectives],
                dates=within(extraction.dates),
                organizations=within(extraction.organizations),
            )
        )
    summaries.sort(key=lambda s: (-s.score, s.objective))
    extraction.objectives = summaries

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

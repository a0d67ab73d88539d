"""Classified objectives per section and paragraph, and the document-level `objectives` and
`principles` lists that merge explicit references with the classifier's scores."""

from __future__ import annotations

from gcmextract.ingest.document import Document
from gcmextract.schema import Extraction, Mention, ObjectiveSummary, PrincipleSummary, SpanRef


def _ref(m: Mention) -> SpanRef:
    return SpanRef(text=m.text, start=m.start, end=m.end)


def _inside(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def summarise(extraction: Extraction, document: Document) -> None:
    """Fill classified objectives of sections and paragraphs, then `objectives` and `principles`."""
    from gcmextract.classify.predict import classify_text, load, passage_scores

    text = document.clean
    for section in extraction.sections:
        if section.end > section.start:
            section.classified_objectives = classify_text(text[section.start : section.end])
    for paragraph in extraction.paragraphs:
        if len(text[paragraph.start : paragraph.end].split()) >= 8:
            paragraph.classified_objectives = classify_text(
                text[paragraph.start : paragraph.end], max_labels=3
            )

    body = text
    model = load("objectives")
    scores, sents, per = passage_scores(body)
    explicit: dict[int, list[SpanRef]] = {}
    for ref in extraction.objective_refs:
        for n in ref.objectives:
            explicit.setdefault(n, []).append(_ref(ref))
    for section in extraction.sections:
        for n in section.declared_objectives:
            explicit.setdefault(n, [])
    classified_doc = {c.objective for c in classify_text(body)}
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

        evidence = sents[int(per[:, j].argmax())] if len(sents) else ""
        summaries.append(
            ObjectiveSummary(
                objective=n,
                title=model.titles[label],
                explicit=n in explicit,
                score=round(float(scores[j]), 4),
                evidence=evidence,
                sections=headings,
                references=explicit.get(n, []),
                amounts=within(extraction.amounts),
                dates=within(extraction.dates),
                organizations=within(extraction.organizations),
            )
        )
    summaries.sort(key=lambda s: (-s.score, s.objective))
    extraction.objectives = summaries

    principles = load("principles")
    pscores, psents, pper = passage_scores(body, "principles")
    chosen = {c.principle for c in classify_text(body, "principles", max_labels=10)}
    extraction.principles = sorted(
        (
            PrincipleSummary(
                principle=label,
                title=principles.titles[label],
                score=round(float(pscores[j]), 4),
                evidence=psents[int(pper[:, j].argmax())] if len(psents) else "",
            )
            for j, label in enumerate(principles.labels)
            if label in chosen
        ),
        key=lambda p: -p.score,
    )

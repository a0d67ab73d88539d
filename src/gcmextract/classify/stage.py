"""The classify stage: the objectives of every section and paragraph (written onto them), the
whole document's objective scores and its principles, handed on as `Classified`."""

from __future__ import annotations

from dataclasses import dataclass

from gcmextract.classify.lexicon import Counts
from gcmextract.classify.predict import LanguageScorers, PassageScore, Scorer
from gcmextract.schema import PrincipleSummary
from gcmextract.segment.stage import Segmented

# a paragraph of fewer words is not classified
MIN_PARAGRAPH_WORDS = 8


@dataclass(frozen=True)
class Classified:
    """The scorer of the document's language with the whole document's scores (for the
    document-level objectives and their evidence), and the document's principles."""

    scorer: Scorer
    document: PassageScore
    principles: list[PrincipleSummary]


def classify(segmented: Segmented) -> Classified:
    """Classify `segmented`: every section (sentences and the whole passage) and paragraph of at
    least MIN_PARAGRAPH_WORDS words (its sentences only) gets its `classified_objectives`, each
    passage scored by the model of its language (its blocks', else the document's); the whole
    document is scored for objectives and principles. Every sentence is scored once per label set."""
    text = segmented.document.clean
    blocks = segmented.blocks
    scorers = LanguageScorers(  # texts counted once for the objectives and the principles
        text, "objectives", blocks, segmented.block_languages, segmented.language, ("principles",)
    )
    sections = [s for s in segmented.sections if s.end > s.start]
    ranges = [(s.start, s.end) for s in sections] + [(0, len(text))]
    results = scorers.scores(ranges)
    for section, (by, score) in zip(sections, results, strict=False):
        section.classified_objectives = by.ranked_labels(score)
    paragraphs = [
        p for p in segmented.paragraphs if len(text[p.start : p.end].split()) >= MIN_PARAGRAPH_WORDS
    ]
    for paragraph, (by, score) in zip(
        paragraphs,
        scorers.scores([(p.start, p.end) for p in paragraphs], whole=False),
        strict=True,
    ):
        paragraph.classified_objectives = by.ranked_labels(score, max_labels=3)
    scorer, whole = results[-1]
    return Classified(scorer, whole, _principles(text, blocks, scorers.counts))


def _principles(text: str, blocks: list[tuple[int, int]], counts: Counts) -> list[PrincipleSummary]:
    """The guiding principles of the whole text, best first."""
    pscorer = Scorer(text, "principles", blocks, counts)
    (pscore,) = pscorer.scores([(0, len(text))])
    return [
        PrincipleSummary(
            principle=c.principle or "",
            title=pscorer.model.titles[c.principle or ""],
            score=c.score,
            evidence=c.evidence,
        )
        for c in pscorer.labels(pscore.scores, pscore.idx, max_labels=10, gate=pscore.gate)
    ]

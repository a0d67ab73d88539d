"""Evaluation: score an extraction (and the spaCy baseline) against a gold set; render the report."""

from __future__ import annotations

from typing import Any

from gcmextract.evaluate.gold import GOLD_FIELDS, GoldSet
from gcmextract.evaluate.scorer import score_field, score_sections, scored
from gcmextract.schema import Extraction


def _section_predictions(
    extraction: Extraction, text: str
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Classifier objectives and keyword-baseline objectives per predicted section heading."""
    classified: dict[str, list[int]] = {}
    keyword: dict[str, list[int]] = {}
    from gcmextract.classify.baseline import keyword_objectives

    for s in extraction.sections:
        classified[s.heading] = sorted(c.objective for c in s.classified_objectives if c.objective)
        keyword[s.heading] = keyword_objectives(text[s.start : s.end])
    return classified, keyword


def evaluate(
    gold: GoldSet,
    extraction: Extraction,
    clean_text: str | None = None,
    baseline: bool = False,
    detail: bool = False,
) -> dict[str, Any]:
    """The whole report: per field scores, sections, document fields, and optionally the baseline."""
    report: dict[str, Any] = {"fields": {}, "document": {}}
    for field in GOLD_FIELDS:
        gold_m = [g.model_dump() for g in getattr(gold, field)]
        pred_m = [p.model_dump() for p in getattr(extraction, field)]
        report["fields"][field] = score_field(field, gold_m, pred_m).to_dict(detail)
    text = clean_text or ""
    classified, keyword = _section_predictions(extraction, text)
    report["sections"] = {"classifier": score_sections(gold.sections, classified)}
    if keyword:
        report["sections"]["keyword_baseline"] = score_sections(gold.sections, keyword)
    for key in ("country", "period", "language"):
        want = getattr(gold.document, key)
        got = getattr(extraction.document, key)
        report["document"][key] = {"gold": want, "predicted": got, "correct": want == got}
    if baseline and clean_text is not None:
        from gcmextract.evaluate.baseline import spacy_baseline

        base = spacy_baseline(clean_text)
        report["baseline"] = {
            field: score_field(
                field, [g.model_dump() for g in getattr(gold, field)], base[field]
            ).to_dict(False)
            for field in GOLD_FIELDS
        }
    return report


def below(report: dict[str, Any], min_f1: float) -> list[str]:
    """Fields whose lenient F1 is below `min_f1`; a field with nothing to score is left out."""
    return [
        f
        for f, s in report["fields"].items()
        if scored(s["lenient"]) and s["lenient"]["f1"] < min_f1
    ]

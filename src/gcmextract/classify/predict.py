"""Classify passages: mask explicit objective lists, score the passage and its sentences, keep labels
whose passage score passes the label's threshold, with the sentence that weighs most as evidence."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from gcmextract.classify.model import TextClassifier
from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.schema import ClassifiedLabel

MODELS_DIR = Path(
    os.environ.get("GCMEXTRACT_MODELS", Path(__file__).resolve().parents[3] / "models")
)
MAX_LABELS = 8


def mask_objective_refs(text: str) -> str:
    """Blank explicit objective references ("Objectives: 1, 5", "objetivos 2 y 3"), keeping the length."""
    chars = list(text)
    for ref in find_objective_refs(text):
        for i in range(ref.start, ref.end):
            chars[i] = " "
    return "".join(chars)


@lru_cache(maxsize=2)
def load(name: str = "objectives") -> TextClassifier:
    """The saved classifier `name` from models/ (loaded once)."""
    return TextClassifier.load(MODELS_DIR, name)


def _sentences(text: str) -> list[str]:
    from gcmextract.segment import sentences

    return [" ".join(text[a:b].split()) for a, b in sentences(text) if len(text[a:b].split()) >= 4]


def passage_scores(text: str, name: str = "objectives") -> tuple[np.ndarray, list[str], np.ndarray]:
    """(passage scores per label, sentences, sentence scores) for a masked passage.

    The passage score of a label is the larger of the whole passage's probability and the mean of its
    two best sentences, so a long passage is not diluted by its other topics.
    """
    model = load(name)
    masked = mask_objective_refs(text)
    sents = _sentences(masked)
    whole = (
        model.predict_proba([" ".join(masked.split())])[0]
        if masked.strip()
        else np.zeros(len(model.labels))
    )
    if not sents:
        return whole, sents, np.zeros((0, len(model.labels)))
    per = model.predict_proba(sents)
    top = np.sort(per, axis=0)[::-1][:2].mean(axis=0)
    return np.maximum(whole, top), sents, per


def classify_text(
    text: str, name: str = "objectives", max_labels: int = MAX_LABELS
) -> list[ClassifiedLabel]:
    """Labels whose passage score passes their threshold, best first, with evidence sentences."""
    model = load(name)
    scores, sents, per = passage_scores(text, name)
    out: list[ClassifiedLabel] = []
    for j in np.argsort(-scores):
        if scores[j] < model.thresholds[j] or len(out) >= max_labels:
            continue
        evidence = sents[int(np.argmax(per[:, j]))] if len(sents) else ""
        label = model.labels[j]
        kwargs = {"objective": int(label)} if name == "objectives" else {"principle": label}
        out.append(ClassifiedLabel(score=round(float(scores[j]), 4), evidence=evidence, **kwargs))
    return out

"""Classify passages: mask explicit objective lists, score every sentence of a document once, and
combine them with whole-passage scores; a label is kept when its passage score passes its threshold,
with the sentence that weighs most as evidence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np

from gcmextract.classify.model import Analysed, TextClassifier, analyse
from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.schema import ClassifiedLabel

# The models shipped in the package (gcmextract/models/); GCMEXTRACT_MODELS names another folder.
PACKAGE_MODELS: Traversable = resources.files("gcmextract.models")
MODELS_DIR: Traversable = (
    Path(os.environ["GCMEXTRACT_MODELS"]) if os.environ.get("GCMEXTRACT_MODELS") else PACKAGE_MODELS
)
MAX_LABELS = 8
MIN_WORDS = 4


def mask_objective_refs(text: str) -> str:
    """Blank explicit objective references ("Objectives: 1, 5", "objetivos 2 y 3"), keeping the length."""
    chars = list(text)
    for ref in find_objective_refs(text):
        for i in range(ref.start, ref.end):
            chars[i] = " "
    return "".join(chars)


@lru_cache(maxsize=2)
def load(name: str = "objectives") -> TextClassifier:
    """The saved classifier `name` from the package's models (or GCMEXTRACT_MODELS), loaded once."""
    return TextClassifier.load(MODELS_DIR, name)


@contextmanager
def models_from(directory: Traversable) -> Iterator[None]:
    """Classify with the models in `directory` inside the block (used to score freshly trained models)."""
    global MODELS_DIR
    saved = MODELS_DIR
    MODELS_DIR = directory
    load.cache_clear()
    try:
        yield
    finally:
        MODELS_DIR = saved
        load.cache_clear()


class Scorer:
    """Sentence probabilities of one text for one label set, computed once and reused by passages.

    A label's passage score is the larger of the whole passage's probability and the mean of its two
    best sentences, so a long passage is not diluted by its other topics.
    """

    def __init__(
        self,
        text: str,
        name: str = "objectives",
        blocks: list[tuple[int, int]] | None = None,
        ngrams: dict[str, tuple[list[str], list[str]]] | None = None,
    ) -> None:
        from gcmextract.segment import sentences

        # n-grams by text, shared by the scorers of one document (objectives, principles)
        self.ngrams = ngrams if ngrams is not None else {}

        self.name = name
        self.model = load(name)
        self.masked = mask_objective_refs(text)
        self.blocks = [(a, b) for a, b in (blocks or [(0, len(text))]) if self.masked[a:b].strip()]
        self._block_counts = None
        spans: list[tuple[int, int]] = []
        for a, b in blocks or [(0, len(text))]:
            spans += [
                (s, e)
                for s, e in sentences(self.masked, a, b)
                if len(self.masked[s:e].split()) >= MIN_WORDS
            ]
        self.spans = spans
        self.sents = [" ".join(self.masked[s:e].split()) for s, e in spans]
        self.per = (
            self.model.predict_proba(self.sents, self._analysed(self.sents))
            if spans
            else np.zeros((0, len(self.model.labels)))
        )

    def _analysed(self, texts: list[str]) -> Analysed:
        missing = [t for t in dict.fromkeys(texts) if t not in self.ngrams]
        self.ngrams.update(zip(missing, analyse(missing), strict=True))
        return [self.ngrams[t] for t in texts]

    def scores(
        self, ranges: list[tuple[int, int]], whole: bool = True
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """(passage scores, indices of its sentences) for each (start, end) range.

        Whole-passage probabilities come from the sum of the raw n-gram counts of the blocks inside the
        range (counts are additive), so each block is vectorised once however many passages hold it.
        """
        from scipy.sparse import csr_matrix

        n = len(self.model.labels)
        wholes = np.zeros((len(ranges), n))
        if whole and ranges:
            if self._block_counts is None:
                self._block_counts = self.model.counts(
                    self._analysed([self.masked[a:b] for a, b in self.blocks])
                )
            wc, cc = self._block_counts
            member = np.zeros((len(ranges), len(self.blocks)), dtype=np.float32)
            for r, (a, b) in enumerate(ranges):
                for k, (s, e) in enumerate(self.blocks):
                    if a <= s and e <= b:
                        member[r, k] = 1.0
            m = csr_matrix(member)
            wholes = self.model.proba_from_counts(m @ wc, m @ cc)
            empty = member.sum(axis=1) == 0
            if empty.any():  # a range holding no whole block: vectorise its text directly
                texts = [
                    " ".join(self.masked[a:b].split())
                    for (a, b), e in zip(ranges, empty, strict=True)
                    if e
                ]
                wholes[empty] = self.model.predict_proba(texts)
        out = []
        for (a, b), w in zip(ranges, wholes, strict=True):
            idx = np.array(
                [i for i, (s, e) in enumerate(self.spans) if a <= s and e <= b], dtype=int
            )
            top = np.sort(self.per[idx], axis=0)[::-1][:2].mean(axis=0) if len(idx) else np.zeros(n)
            out.append((np.maximum(w, top), idx))
        return out

    def evidence(self, idx: np.ndarray, j: int) -> str:
        return self.sents[int(idx[np.argmax(self.per[idx, j])])] if len(idx) else ""

    def labels(
        self, scores: np.ndarray, idx: np.ndarray, max_labels: int = MAX_LABELS
    ) -> list[ClassifiedLabel]:
        """Labels above threshold, best first, at most `max_labels`."""
        out: list[ClassifiedLabel] = []
        for j in np.argsort(-scores):
            if scores[j] < self.model.thresholds[j] or len(out) >= max_labels:
                continue
            label = self.model.labels[j]
            kwargs = (
                {"objective": int(label)} if self.name == "objectives" else {"principle": label}
            )
            out.append(
                ClassifiedLabel(
                    score=round(float(scores[j]), 4), evidence=self.evidence(idx, int(j)), **kwargs
                )
            )
        return out


def passage_scores(text: str, name: str = "objectives") -> tuple[np.ndarray, list[str], np.ndarray]:
    """(passage scores per label, sentences, sentence scores) for one passage."""
    scorer = Scorer(text, name)
    ((scores, _idx),) = scorer.scores([(0, len(text))])
    return scores, scorer.sents, scorer.per


def classify_text(
    text: str, name: str = "objectives", max_labels: int = MAX_LABELS
) -> list[ClassifiedLabel]:
    """Labels whose passage score passes their threshold, best first, with evidence sentences."""
    scorer = Scorer(text, name)
    ((scores, idx),) = scorer.scores([(0, len(text))])
    return scorer.labels(scores, idx, max_labels)

"""Baselines for objectives: keyword matching (an objective is assigned when its keywords occur often)
and TF-IDF cosine between a passage and each objective's title, keywords and examples."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from gcmextract.classify.predict import load, mask_objective_refs

MIN_HITS = 2


@lru_cache(maxsize=1)
def _patterns() -> dict[int, re.Pattern[str]]:
    from gcmextract.classify.data import load_label_set

    data = load_label_set("objectives")
    return {
        int(label): re.compile(r"\b(?:" + "|".join(re.escape(k) for k in kws) + r")\b", re.I)
        for label, kws in data.keywords.items()
    }


def keyword_hits(text: str) -> dict[int, int]:
    """How often each objective's keywords occur in the (masked) text."""
    masked = mask_objective_refs(text)
    return {n: len(pat.findall(masked)) for n, pat in _patterns().items()}


def keyword_objectives(text: str, min_hits: int = MIN_HITS) -> list[int]:
    """Objectives whose keywords occur at least `min_hits` times in the (masked) text."""
    return sorted(n for n, hits in keyword_hits(text).items() if hits >= min_hits)


class TfidfBaseline:
    """Cosine between TF-IDF vectors of a text and of each objective's title, keywords and examples
    (`objectives.jsonl`, one document per objective; word unigrams and bigrams, accents stripped)."""

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from gcmextract.classify.data import DATA_DIR, read_rows

        rows = read_rows(DATA_DIR / "objectives.jsonl")
        self.labels = [int(r["objective"]) for r in rows]
        docs = [" ".join([r["title"], *r["keywords"], *r["examples"]]) for r in rows]
        self.vectorizer = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", stop_words="english"
        )
        self.matrix = self.vectorizer.fit_transform(docs)

    def cosine(self, texts: list[str]) -> np.ndarray:
        """(len(texts), objectives) cosine similarities of the masked texts."""
        x = self.vectorizer.transform([mask_objective_refs(t) for t in texts])
        return np.asarray((x @ self.matrix.T).todense())


__all__ = ["TfidfBaseline", "keyword_hits", "keyword_objectives", "load"]

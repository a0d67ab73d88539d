"""A multi-label TF-IDF + one-vs-rest logistic regression classifier, trained deterministically and
stored as JSON + NumPy arrays (no pickle), with per-label thresholds chosen by cross-validation."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np

from gcmextract.classify.data import LabelSet

SEED = 13
WORD = {
    "analyzer": "word",
    "ngram_range": (1, 2),
    "sublinear_tf": True,
    "min_df": 1,
    "max_features": 12000,
    "lowercase": True,
    "strip_accents": "unicode",
    "stop_words": "english",
}
CHAR = {
    "analyzer": "char_wb",
    "ngram_range": (3, 5),
    "sublinear_tf": True,
    "min_df": 2,
    "max_features": 20000,
    "lowercase": True,
    "strip_accents": "unicode",
}
C = 8.0
GRID = [round(x, 2) for x in np.arange(0.05, 0.95, 0.05)]


def _vectorizers():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(**WORD, dtype=np.float32), TfidfVectorizer(**CHAR, dtype=np.float32)


# Word and char n-grams of each text, as the vectorizers above make them (shared by both models).
Analysed = list[tuple[list[str], list[str]]]


@lru_cache(maxsize=1)
def _analyzers():  # type: ignore[no-untyped-def]
    word, char = _vectorizers()
    return word.build_analyzer(), char.build_analyzer()


def analyse(texts: list[str]) -> Analysed:
    """The word and char n-grams of `texts`; computed once, they serve every model (the costly part of
    vectorising is making n-grams, not looking them up)."""
    word, char = _analyzers()
    return [(word(t), char(t)) for t in texts]


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _fit_matrix(texts: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import hstack

    word, char = _vectorizers()
    x = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    return word, char, x


def _fit_linear(x, y: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    coefs, intercepts = [], []
    for j in range(y.shape[1]):
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=SEED)
        clf.fit(x, y[:, j])
        coefs.append(clf.coef_[0])
        intercepts.append(clf.intercept_[0])
    return np.asarray(coefs, dtype=np.float32), np.asarray(intercepts, dtype=np.float32)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class TextClassifier:
    """Fitted vectorizers, weights and thresholds for one label set."""

    name: str
    labels: list[str]
    titles: dict[str, str]
    word_vocab: dict[str, int]
    char_vocab: dict[str, int]
    word_idf: np.ndarray
    char_idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: np.ndarray
    metrics: dict
    _vecs: tuple | None = None
    _counters: tuple | None = None

    def _vectorize(self, analysed: Analysed):  # type: ignore[no-untyped-def]
        """TF-IDF rows of analysed texts (vectorizers that take n-gram lists, with this model's
        vocabularies and idf: the same numbers as vectorising the raw texts)."""
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer

        if self._vecs is None:
            vecs = []
            for vocab, idf in ((self.word_vocab, self.word_idf), (self.char_vocab, self.char_idf)):
                vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
                vec.vocabulary_, vec.idf_ = vocab, idf
                vecs.append(vec)
            self._vecs = tuple(vecs)
        word, char = self._vecs
        return hstack(
            [word.transform([a[0] for a in analysed]), char.transform([a[1] for a in analysed])]
        ).tocsr()

    def counts(self, analysed: Analysed):  # type: ignore[no-untyped-def]
        """Raw n-gram counts (word, char) of analysed texts: additive, so a passage's counts are its
        blocks' sum."""
        from sklearn.feature_extraction.text import CountVectorizer

        if self._counters is None:
            self._counters = tuple(
                CountVectorizer(analyzer=_identity, vocabulary=vocab, dtype=np.float32)
                for vocab in (self.word_vocab, self.char_vocab)
            )
        word, char = self._counters
        return word.transform([a[0] for a in analysed]), char.transform([a[1] for a in analysed])

    def proba_from_counts(self, word_counts, char_counts) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Probabilities from summed raw counts, with TfidfVectorizer's weighting (sublinear tf, idf, l2)."""
        from scipy.sparse import csr_matrix, hstack
        from sklearn.preprocessing import normalize

        parts = []
        for counts, idf in ((word_counts, self.word_idf), (char_counts, self.char_idf)):
            x = csr_matrix(counts, dtype=np.float32, copy=True)
            np.log(x.data, out=x.data)
            x.data += 1
            x = x.multiply(idf).tocsr()
            parts.append(normalize(x))
        return _sigmoid(hstack(parts).tocsr() @ self.coef.T + self.intercept)

    def predict_proba(self, texts: list[str], analysed: Analysed | None = None) -> np.ndarray:
        """Probabilities, shape (len(texts), len(labels)); `analysed` saves making the n-grams."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        x = self._vectorize(analysed if analysed is not None else analyse(texts))
        return _sigmoid(x @ self.coef.T + self.intercept)

    def save(self, directory: Path) -> None:
        """Write `<name>.json` (vocabularies, labels, metrics) and `<name>.npz` (arrays)."""
        directory.mkdir(parents=True, exist_ok=True)
        meta = {
            "name": self.name,
            "labels": self.labels,
            "titles": self.titles,
            "metrics": self.metrics,
            "word_vocab": self.word_vocab,
            "char_vocab": self.char_vocab,
            "params": {
                "word": {k: list(v) if isinstance(v, tuple) else v for k, v in WORD.items()},
                "char": {k: list(v) if isinstance(v, tuple) else v for k, v in CHAR.items()},
                "C": C,
                "seed": SEED,
            },
        }
        from gcmextract.io import write_atomic

        write_atomic(
            directory / f"{self.name}.json",
            json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n",
        )
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            word_idf=self.word_idf,
            char_idf=self.char_idf,
            coef=self.coef,
            intercept=self.intercept,
            thresholds=self.thresholds,
        )
        write_atomic(directory / f"{self.name}.npz", buffer.getvalue())

    @classmethod
    def load(cls, directory: Traversable, name: str) -> TextClassifier:
        """Load a saved classifier from a folder or package resource (plain JSON and NumPy arrays;
        allow_pickle is off)."""
        meta = json.loads(directory.joinpath(f"{name}.json").read_text("utf-8"))
        raw = directory.joinpath(f"{name}.npz").read_bytes()
        arrays = np.load(io.BytesIO(raw), allow_pickle=False)
        return cls(
            name=name,
            labels=meta["labels"],
            titles=meta["titles"],
            word_vocab=meta["word_vocab"],
            char_vocab=meta["char_vocab"],
            word_idf=arrays["word_idf"],
            char_idf=arrays["char_idf"],
            coef=arrays["coef"],
            intercept=arrays["intercept"],
            thresholds=arrays["thresholds"],
            metrics=meta["metrics"],
        )


def _binarize(targets: list[list[str]], labels: list[str]) -> np.ndarray:
    index = {label: j for j, label in enumerate(labels)}
    y = np.zeros((len(targets), len(labels)), dtype=np.int8)
    for i, ts in enumerate(targets):
        for t in ts:
            y[i, index[t]] = 1
    return y


def _micro_f1(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    tp = int((y & pred).sum())
    fp = int(((1 - y) & pred).sum())
    fn = int((y & (1 - pred)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def train(data: LabelSet, folds: int = 5) -> TextClassifier:
    """Fit on all material; choose per-label thresholds on out-of-fold probabilities (fixed seed)."""
    from sklearn.model_selection import KFold

    y = _binarize(data.targets, data.labels)
    oof = np.zeros(y.shape, dtype=np.float32)
    for train_idx, test_idx in KFold(n_splits=folds, shuffle=True, random_state=SEED).split(
        data.texts
    ):
        word, char, x = _fit_matrix([data.texts[i] for i in train_idx])
        coef, intercept = _fit_linear(x, y[train_idx])
        tmp = TextClassifier(
            data.name,
            data.labels,
            data.titles,
            word.vocabulary_,
            char.vocabulary_,
            word.idf_,
            char.idf_,
            coef,
            intercept,
            np.zeros(len(data.labels)),
            {},
        )
        oof[test_idx] = tmp.predict_proba([data.texts[i] for i in test_idx])
    thresholds = np.zeros(len(data.labels), dtype=np.float32)
    for j in range(len(data.labels)):
        best = max(GRID, key=lambda t: (_f1(y[:, j], oof[:, j] >= t), -abs(t - 0.5)))
        thresholds[j] = best
    cv = _micro_f1(y, (oof >= thresholds).astype(np.int8))
    cv_default = _micro_f1(y, (oof >= 0.5).astype(np.int8))
    word, char, x = _fit_matrix(data.texts)
    coef, intercept = _fit_linear(x, y)
    metrics = {
        "examples": len(data.texts),
        "labels": len(data.labels),
        "folds": folds,
        "cv_micro": cv,
        "cv_micro_threshold_0.5": cv_default,
        "features": int(x.shape[1]),
    }
    return TextClassifier(
        data.name,
        data.labels,
        data.titles,
        {k: int(v) for k, v in word.vocabulary_.items()},
        {k: int(v) for k, v in char.vocabulary_.items()},
        word.idf_.astype(np.float32),
        char.idf_.astype(np.float32),
        coef,
        intercept,
        thresholds,
        metrics,
    )


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y.astype(bool) & pred).sum())
    fp = int((~y.astype(bool) & pred).sum())
    fn = int((y.astype(bool) & ~pred).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

"""A multi-label TF-IDF + one-vs-rest logistic regression classifier with a "none of the labels" gate,
trained deterministically and stored as JSON + NumPy arrays (no pickle); scores are calibrated on
held-out folds (isotonic regression, pooled over labels) and per-label thresholds are chosen on
calibrated held-out scores."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from gcmextract.classify.data import LabelSet

SEED = 13
WORD: dict[str, Any] = {
    "analyzer": "word",
    "ngram_range": (1, 2),
    "sublinear_tf": True,
    "min_df": 1,
    "max_features": 12000,
    "lowercase": True,
    "strip_accents": "unicode",
    "stop_words": "english",
}
CHAR: dict[str, Any] = {
    "analyzer": "char_wb",
    "ngram_range": (3, 5),
    "sublinear_tf": True,
    "min_df": 2,
    "max_features": 20000,
    "lowercase": True,
    "strip_accents": "unicode",
}
C = 8.0
# weight of the ranker (one multinomial logistic regression over the primary objectives, competing
# labels) added as its log-probability to each label head's decision value: the heads answer "is this
# label there", the ranker "which label first" (model card: ablation)
RANK_WEIGHT = 2.0
# the ranker keeps its largest weights only, this many per label (the others are zero and compress
# away): the shipped models stay small
RANK_KEEP = 4000
GRID = [round(x, 2) for x in np.arange(0.05, 0.95, 0.05)]
# thresholds maximise F-beta on held-out scores: beta > 1 weighs recall above precision, so that adding
# off-topic negatives does not cost recall on migration passages (model card: ablation)
BETA = 1.5
GATE_THRESHOLD = 0.5
# the gate's threshold for passages in these languages (others: GATE_THRESHOLD). Chosen on out-of-fold
# gate scores of the training material (folds by page) and the team's tuning off-topic paragraphs
# (offtopic-tune-es/fr.jsonl, not held out): at 0.7 no tuning Spanish or French paragraph passes,
# at the cost of one Spanish real train passage of 76; between 0.55 and 0.8 the calibrated gate has
# a plateau (model card)
GATE_THRESHOLDS = {"es": 0.7, "fr": 0.7}


def _vectorizers():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(**WORD, dtype=np.float32), TfidfVectorizer(**CHAR, dtype=np.float32)


# Word n-grams (followed by the text's concept tokens) and char n-grams of each text, as the
# vectorizers above make them (shared by every model).
Analysed = list[tuple[list[str], list[str]]]


@lru_cache(maxsize=1)
def _analyzers():
    word, char = _vectorizers()
    return word.build_analyzer(), char.build_analyzer()


@lru_cache(maxsize=1)
def word_tokens():
    """(tokenizer, stop words) of the word analyser: its n-grams are those of the tokens of the
    preprocessed text that are not stop words."""
    word, _ = _vectorizers()
    return word.build_tokenizer(), frozenset(word.get_stop_words() or ())


def analyse(texts: list[str]) -> Analysed:
    """The word n-grams plus concept tokens, and the char n-grams, of `texts`; computed once, they
    serve every model (the costly part of vectorising is making n-grams, not looking them up)."""
    from gcmextract.classify.concepts import concept_tokens

    word, char = _analyzers()
    return [(word(t) + concept_tokens(t), char(t)) for t in texts]


def _is_concept(token: str) -> bool:
    from gcmextract.classify.concepts import PREFIX

    return token.startswith(PREFIX)


def fit_vocabulary(
    docs: list[list[str]], max_features: int | None, min_df: int = 1
) -> tuple[dict[str, int], np.ndarray]:
    """(vocabulary, idf) as TfidfVectorizer would fit them (smooth idf), except that ties in the
    max_features cut are broken by the term itself: the most frequent terms by (-count, term), so
    the vocabulary is the same on every machine; indices follow the sorted terms."""
    from collections import Counter

    total: Counter[str] = Counter()
    df: Counter[str] = Counter()
    for doc in docs:
        total.update(doc)
        df.update(set(doc))
    terms = [t for t in total if df[t] >= min_df]
    if max_features is not None and len(terms) > max_features:
        terms = sorted(terms, key=lambda t: (-total[t], t))[:max_features]
    vocab = {t: i for i, t in enumerate(sorted(terms))}
    n = len(docs)
    idf = np.array([np.log((1 + n) / (1 + df[t])) + 1 for t in sorted(terms)], dtype=np.float32)
    return vocab, idf


def _weigh(counts, idf: np.ndarray):
    """Raw counts weighted as TfidfVectorizer does: sublinear tf, idf, l2 norm per row (the same
    float32 operations as `normalize(x.multiply(idf))`, without its input checks and copies)."""
    from scipy.sparse import csr_matrix
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    x = csr_matrix(counts, dtype=np.float32, copy=True)
    x.sum_duplicates()  # sorted indices, as `multiply` leaves them: the norm adds in that order
    np.log(x.data, out=x.data)
    x.data += 1
    x.data *= idf[x.indices]
    inplace_csr_row_normalize_l2(x)
    return x


def count_matrix(docs: list[list[str]], vocabulary: dict[str, int], width: int):
    """Raw counts of each token list's in-vocabulary tokens, float32 CSR with sorted indices (the
    matrix CountVectorizer.transform makes with this vocabulary, counted in one C-level pass)."""
    from collections import Counter

    from scipy.sparse import csr_matrix

    get = vocabulary.get
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counter = Counter(map(get, doc))
        counter.pop(None, None)
        indices.extend(counter)  # type: ignore[arg-type]
        values.extend(counter.values())
        indptr.append(len(indices))
    x = csr_matrix(
        (
            np.asarray(values, dtype=np.float32),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(docs), width),
    )
    x.sort_indices()
    return x


@dataclass
class Vocabularies:
    """The fitted vocabularies and idf of the three feature blocks (word n-grams, char n-grams,
    concept tokens); `transform` gives the feature matrix of analysed texts."""

    word: dict[str, int]
    char: dict[str, int]
    concept: dict[str, int]
    word_idf: np.ndarray
    char_idf: np.ndarray
    concept_idf: np.ndarray
    _side: dict[str, int] | None = None

    @classmethod
    def fit(cls, analysed: Analysed, concepts: bool = True) -> Vocabularies:
        """Fit the three blocks on analysed texts (WORD and CHAR limits; concepts: all of them, or
        none without `concepts`)."""
        words = [[t for t in w if not _is_concept(t)] for w, _ in analysed]
        concept_docs = [[t for t in w if _is_concept(t)] for w, _ in analysed]
        chars = [c for _, c in analysed]
        word, word_idf = fit_vocabulary(words, WORD["max_features"], WORD["min_df"])
        char, char_idf = fit_vocabulary(chars, CHAR["max_features"], CHAR["min_df"])
        concept, concept_idf = fit_vocabulary(concept_docs if concepts else [[]], None)
        return cls(word, char, concept, word_idf, char_idf, concept_idf)

    @property
    def side(self) -> dict[str, int]:
        """Word and concept tokens' columns side by side (concepts after words), built once."""
        if self._side is None:
            side = dict(self.word)
            side.update({t: len(self.word) + i for t, i in self.concept.items()})
            self._side = side
        return self._side

    def counts(self, analysed: Analysed):
        """Raw counts: (word and concept columns side by side, char): additive over blocks of text."""
        return (
            count_matrix([a[0] for a in analysed], self.side, len(self.side)),
            count_matrix([a[1] for a in analysed], self.char, len(self.char)),
        )

    def features(self, word_counts, char_counts):
        """The feature matrix from raw counts: each block weighted and normalised on its own."""
        from scipy.sparse import hstack

        w = len(self.word)
        parts = [_weigh(word_counts[:, :w], self.word_idf), _weigh(char_counts, self.char_idf)]
        if self.concept:
            parts.append(_weigh(word_counts[:, w:], self.concept_idf))
        return hstack(parts).tocsr()

    def transform(self, analysed: Analysed):
        """The feature matrix of analysed texts."""
        return self.features(*self.counts(analysed))


def fit_matrix(texts: list[str], concepts: bool = True):
    """Fit the vocabularies on `texts` and return them with the texts' feature matrix."""
    analysed = analyse(texts)
    vocabs = Vocabularies.fit(analysed, concepts)
    return vocabs, vocabs.transform(analysed)


def fit_linear(x, y: np.ndarray, on_topic: int = 0, weights: np.ndarray | None = None):
    """One logistic regression per column of y; the first `on_topic` columns (the labels) are fitted
    on the rows that have some label only, the others (the gate) on every row."""
    from sklearn.linear_model import LogisticRegression

    coefs, intercepts = [], []
    rows = np.flatnonzero(y[:, :on_topic].any(axis=1)) if on_topic else None
    for j in range(y.shape[1]):
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=SEED)
        w = np.ones(x.shape[0]) if weights is None else weights
        if rows is not None and j < on_topic:
            clf.fit(x[rows], y[rows, j], sample_weight=w[rows])
        else:
            clf.fit(x, y[:, j], sample_weight=w)
        coefs.append(clf.coef_[0])
        intercepts.append(clf.intercept_[0])
    return np.asarray(coefs, dtype=np.float32), np.asarray(intercepts, dtype=np.float32)


def primaries(targets: list[list[str]], labels: list[str]) -> np.ndarray:
    """Each row's first label (its primary) as a column index; -1 for a row without labels."""
    index = {label: j for j, label in enumerate(labels)}
    return np.array([index[t[0]] if t else -1 for t in targets], dtype=np.int64)


def fit_ranker(x, primary: np.ndarray, n: int, weights: np.ndarray | None = None):
    """One multinomial logistic regression over the rows with a primary label (`primaries`), that
    label as the class: (coef, intercept) with one row per label of the n."""
    from sklearn.linear_model import LogisticRegression

    rows = np.flatnonzero(primary >= 0)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    clf.fit(x[rows], primary[rows], sample_weight=None if weights is None else weights[rows])
    coef = np.zeros((n, x.shape[1]), dtype=np.float32)
    intercept = np.full(n, -30.0, dtype=np.float32)  # a label never primary: ranked last
    weights_, biases = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # one row for the second class: the same softmax as two halves
        weights_, biases = (
            np.vstack([-weights_ / 2, weights_ / 2]),
            np.hstack([-biases / 2, biases / 2]),
        )
    coef[clf.classes_] = weights_
    intercept[clf.classes_] = biases
    return _largest(coef, RANK_KEEP), intercept


def _largest(coef: np.ndarray, keep: int) -> np.ndarray:
    """`coef` with all but the `keep` largest absolute weights of each row set to zero."""
    out = np.zeros_like(coef)
    for r, row in enumerate(coef):
        idx = np.argsort(-np.abs(row), kind="stable")[:keep]
        out[r, idx] = row[idx]
    return out


def ranked_decisions(
    x, coef, intercept, rank_coef=None, rank_intercept=None, weight: float | None = None
) -> np.ndarray:
    """The label heads' decision values, plus `weight` (default RANK_WEIGHT) times the ranker's
    log-probabilities where there is a ranker."""
    z = np.asarray(x @ coef.T + intercept, dtype=np.float64)
    if rank_coef is None or rank_intercept is None:
        return z
    from scipy.special import log_softmax

    share = RANK_WEIGHT if weight is None else weight
    return z + share * log_softmax(np.asarray(x @ rank_coef.T + rank_intercept), axis=1)


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
    # isotonic calibration, decision value -> probability (np.interp over these points); None: sigmoid
    calib_x: np.ndarray | None = None
    calib_y: np.ndarray | None = None
    # the "none of the labels" signal: a passage is about some label when gate >= gate_threshold
    gate_coef: np.ndarray | None = None
    gate_intercept: float = 0.0
    gate_x: np.ndarray | None = None
    gate_y: np.ndarray | None = None
    gate_threshold: float = 0.0
    # the gate's threshold per language where it differs from gate_threshold
    gate_thresholds: dict[str, float] | None = None
    # the concept-token block (None: a model without one)
    concept_vocab: dict[str, int] | None = None
    concept_idf: np.ndarray | None = None
    # library versions the model was trained with
    versions: dict[str, str] | None = None
    # the ranker of the primary labels (None: a model without one); see `ranked_decisions`
    rank_coef: np.ndarray | None = None
    rank_intercept: np.ndarray | None = None
    rank_weight: float = RANK_WEIGHT
    _vocabs: Vocabularies | None = None
    # (coef, rank_coef, and their row-major views), see `_weights`
    _row_major: tuple | None = None

    @property
    def vocabularies(self) -> Vocabularies:
        """The three feature blocks' vocabularies and idf (built once)."""
        if self._vocabs is None:
            self._vocabs = Vocabularies(
                self.word_vocab,
                self.char_vocab,
                self.concept_vocab or {},
                self.word_idf,
                self.char_idf,
                self.concept_idf if self.concept_idf is not None else np.zeros(0, np.float32),
            )
        return self._vocabs

    def _vectorize(self, analysed: Analysed):
        """TF-IDF rows of analysed texts (the same numbers as TfidfVectorizer with this model's
        vocabularies and idf, block by block)."""
        return self.vocabularies.transform(analysed)

    def counts(self, analysed: Analysed):
        """Raw counts (word and concept tokens, char n-grams) of analysed texts: additive, so a
        passage's counts are its blocks' sum."""
        return self.vocabularies.counts(analysed)

    def _features(self, word_counts, char_counts):
        """Summed raw counts weighted as TfidfVectorizer does (sublinear tf, idf, l2), side by side."""
        return self.vocabularies.features(word_counts, char_counts)

    def proba_from_counts(self, word_counts, char_counts) -> np.ndarray:
        """Probabilities from summed raw counts, with TfidfVectorizer's weighting (sublinear tf, idf, l2)."""
        return self._calibrated(self._features(word_counts, char_counts))

    def _weights(self) -> tuple[np.ndarray, np.ndarray | None]:
        """coef and rank_coef, each as the transpose of a C-ordered copy of its transpose: the same
        numbers, but `x @ coef.T` reads the weights in place instead of copying them on every call
        (made again when coef or rank_coef is replaced)."""
        cached = self._row_major
        if cached is None or cached[0] is not self.coef or cached[1] is not self.rank_coef:
            rank = self.rank_coef
            cached = (
                self.coef,
                rank,
                np.ascontiguousarray(self.coef.T).T,
                None if rank is None else np.ascontiguousarray(rank.T).T,
            )
            self._row_major = cached
        return cached[2], cached[3]

    def _decisions(self, x) -> np.ndarray:
        """The label heads' decision values (what scores, sets and calibration use)."""
        coef, _ = self._weights()
        return np.asarray(x @ coef.T + self.intercept, dtype=np.float64)

    def _keys(self, x, z: np.ndarray) -> np.ndarray:
        """Ordering keys from the heads' decision values `z`: plus the ranker's share where there is
        a ranker (`ranked_decisions`); it orders labels, never decides them."""
        _, rank_coef = self._weights()
        if rank_coef is None or self.rank_intercept is None:
            return z
        from scipy.special import log_softmax

        ranker = np.asarray(x @ rank_coef.T + self.rank_intercept, dtype=np.float64)
        return z + self.rank_weight * log_softmax(ranker, axis=1)

    def _calibrated(self, x) -> np.ndarray:
        return _calibrate(self._decisions(x), self.calib_x, self.calib_y)

    def scored(self, x) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(calibrated probabilities, gate, ordering keys) of a feature matrix."""
        z = self._decisions(x)
        return _calibrate(z, self.calib_x, self.calib_y), self._gate(x), self._keys(x, z)

    def scored_from_counts(self, word_counts, char_counts):
        """`scored` from summed raw counts (weighted as TfidfVectorizer does)."""
        return self.scored(self._features(word_counts, char_counts))

    def scored_texts(self, analysed: Analysed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`scored` of analysed texts."""
        if not analysed:
            n = len(self.labels)
            return np.zeros((0, n)), np.zeros(0), np.zeros((0, n))
        return self.scored(self._vectorize(analysed))

    def gate_threshold_for(self, language: str | None) -> float:
        """The gate's threshold for a passage written in `language` (None: unknown)."""
        return (self.gate_thresholds or {}).get(language or "", self.gate_threshold)

    def _gate(self, x) -> np.ndarray:
        if self.gate_coef is None:
            return np.ones(x.shape[0])
        z = np.asarray(x @ self.gate_coef + self.gate_intercept)
        return _calibrate(z, self.gate_x, self.gate_y)

    def gate_from_counts(self, word_counts, char_counts) -> np.ndarray:
        """Calibrated probability that each passage is about some label (the "none" signal's inverse)."""
        return self._gate(self._features(word_counts, char_counts))

    def gate(self, texts: list[str], analysed: Analysed | None = None) -> np.ndarray:
        """Calibrated probability that each text is about some label."""
        if not texts:
            return np.zeros(0)
        return self._gate(self._vectorize(analysed if analysed is not None else analyse(texts)))

    def predict_proba(self, texts: list[str], analysed: Analysed | None = None) -> np.ndarray:
        """Probabilities, shape (len(texts), len(labels)); `analysed` saves making the n-grams."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        x = self._vectorize(analysed if analysed is not None else analyse(texts))
        return self._calibrated(x)

    def decision(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Raw (uncalibrated) ordering keys of the labels (decision values, with the ranker's
        share where there is one) and decision values of the gate."""
        x = self._vectorize(analyse(texts))
        gate = x @ self.gate_coef + self.gate_intercept if self.gate_coef is not None else None
        return self._keys(x, self._decisions(x)), np.asarray(gate)

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
                "rank_weight": self.rank_weight,
            },
            "gate": {
                "intercept": self.gate_intercept,
                "threshold": self.gate_threshold,
                "languages": self.gate_thresholds or {},
            },
            "concept_vocab": self.concept_vocab,
            "versions": self.versions,
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
            **{  # type: ignore[arg-type]
                key: value
                for key, value in (
                    ("calib_x", self.calib_x),
                    ("calib_y", self.calib_y),
                    ("gate_coef", self.gate_coef),
                    ("gate_x", self.gate_x),
                    ("gate_y", self.gate_y),
                    ("concept_idf", self.concept_idf),
                    ("rank_coef", self.rank_coef),
                    ("rank_intercept", self.rank_intercept),
                )
                if value is not None
            },
        )
        write_atomic(directory / f"{self.name}.npz", buffer.getvalue())

    @classmethod
    def load(cls, directory: Traversable, name: str) -> TextClassifier:
        """Load a saved classifier from a folder or package resource (plain JSON and NumPy arrays;
        allow_pickle is off)."""
        meta = json.loads(directory.joinpath(f"{name}.json").read_text("utf-8"))
        raw = directory.joinpath(f"{name}.npz").read_bytes()
        arrays = np.load(io.BytesIO(raw), allow_pickle=False)
        gate = meta.get("gate", {})
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
            calib_x=arrays["calib_x"] if "calib_x" in arrays.files else None,
            calib_y=arrays["calib_y"] if "calib_y" in arrays.files else None,
            gate_coef=arrays["gate_coef"] if "gate_coef" in arrays.files else None,
            gate_x=arrays["gate_x"] if "gate_x" in arrays.files else None,
            gate_y=arrays["gate_y"] if "gate_y" in arrays.files else None,
            gate_intercept=float(gate.get("intercept", 0.0)),
            gate_threshold=float(gate.get("threshold", 0.0)),
            gate_thresholds={k: float(v) for k, v in gate.get("languages", {}).items()},
            concept_vocab=meta.get("concept_vocab"),
            concept_idf=arrays["concept_idf"] if "concept_idf" in arrays.files else None,
            versions=meta.get("versions"),
            rank_coef=arrays["rank_coef"] if "rank_coef" in arrays.files else None,
            rank_intercept=arrays["rank_intercept"] if "rank_intercept" in arrays.files else None,
            rank_weight=float(meta.get("params", {}).get("rank_weight", RANK_WEIGHT)),
        )


def binarize(targets: list[list[str]], labels: list[str]) -> np.ndarray:
    """A 0/1 matrix: row i has a 1 in the column of each label of targets[i]."""
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


def _calibrate(z: np.ndarray, xs: np.ndarray | None, ys: np.ndarray | None) -> np.ndarray:
    """Decision values to probabilities: the fitted isotonic map, or the plain sigmoid without one."""
    if xs is None or ys is None or not len(xs):
        return _sigmoid(z)
    return np.interp(z, xs, ys)


def _isotonic(z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An isotonic map from decision values to observed rates, as (x, y) points for np.interp."""
    from sklearn.isotonic import IsotonicRegression

    # decision values rounded to 1e-3 so that float drift between machines (about 1e-6) cannot move
    # the fitted breakpoints
    z = np.round(z.astype(np.float64), 3)
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(z.ravel(), y.ravel())
    return iso.X_thresholds_.astype(np.float64), iso.y_thresholds_.astype(np.float64)


def cv_folds(
    n: int, folds: int, groups: list[str] | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """K folds of n rows (fixed seed); rows sharing a group (a real page) stay in one fold."""
    from sklearn.model_selection import KFold

    if not groups:
        return list(KFold(n_splits=folds, shuffle=True, random_state=SEED).split(np.arange(n)))
    keys = [g or f"#{i}" for i, g in enumerate(groups)]
    unique = sorted(set(keys))
    order = np.random.default_rng(SEED).permutation(len(unique))
    fold_of = {unique[k]: rank % folds for rank, k in enumerate(order)}
    assigned = np.array([fold_of[k] for k in keys])
    rows = np.arange(n)
    return [(rows[assigned != f], rows[assigned == f]) for f in range(folds)]


def library_versions() -> dict[str, str]:
    """Versions of the libraries a model is trained with (recorded in the model)."""
    import platform
    from importlib.metadata import version

    out = {"python": platform.python_version()}
    for lib in ("numpy", "scipy", "scikit-learn"):
        out[lib] = version(lib)
    return out


@dataclass
class Heads:
    """Fitted weights: the label heads (and the gate, as the last row where there is one) and, where
    there is one, the ranker over the first `n` columns."""

    coef: np.ndarray
    intercept: np.ndarray
    n: int
    rank_coef: np.ndarray | None = None
    rank_intercept: np.ndarray | None = None

    @classmethod
    def fit(
        cls,
        x,
        y: np.ndarray,
        on_topic: int = 0,
        weights: np.ndarray | None = None,
        primary: np.ndarray | None = None,
    ) -> Heads:
        """`fit_linear` on y, and `fit_ranker` on the primaries where they are given."""
        coef, intercept = fit_linear(x, y, on_topic, weights)
        n = on_topic or y.shape[1]
        if primary is None:
            return cls(coef, intercept, n)
        return cls(coef, intercept, n, *fit_ranker(x, primary, n))

    def decisions(self, x) -> np.ndarray:
        """Decision values of every column (the labels', then the gate's), without the ranker."""
        return np.asarray(x @ self.coef.T + self.intercept, dtype=np.float64)

    def ranked(self, x) -> np.ndarray:
        """The labels' ordering keys: decision values plus the ranker's share (`ranked_decisions`)."""
        return ranked_decisions(
            x, self.coef[: self.n], self.intercept[: self.n], self.rank_coef, self.rank_intercept
        )


def _oof_decisions(
    texts: list[str],
    y: np.ndarray,
    splits,
    on_topic: int = 0,
    weights: np.ndarray | None = None,
    concepts: bool = True,
    primary: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold decision values (one column per column of y; see `fit_linear` for `on_topic`)
    and the labels' out-of-fold ordering keys (with `primary`, the ranker's share added: `Heads`)."""
    oof = np.zeros(y.shape, dtype=np.float64)
    n = on_topic or y.shape[1]
    keys = np.zeros((y.shape[0], n), dtype=np.float64)
    analysed = analyse(texts)
    for train_idx, test_idx in splits:
        vocabs = Vocabularies.fit([analysed[i] for i in train_idx], concepts)
        heads = Heads.fit(
            vocabs.transform([analysed[i] for i in train_idx]),
            y[train_idx],
            on_topic,
            None if weights is None else weights[train_idx],
            None if primary is None else primary[train_idx],
        )
        x_test = vocabs.transform([analysed[i] for i in test_idx])
        oof[test_idx] = heads.decisions(x_test)
        keys[test_idx] = heads.ranked(x_test)
    return oof, keys


def _cross_calibrated(oof: np.ndarray, y: np.ndarray, splits) -> np.ndarray:
    """Calibrated held-out probabilities: each fold's decision values mapped by an isotonic fit on the
    other folds' (pooled over the columns given), so calibration is judged on data it did not see."""
    out = np.zeros(oof.shape)
    for train_idx, test_idx in splits:
        xs, ys = _isotonic(oof[train_idx], y[train_idx])
        out[test_idx] = _calibrate(oof[test_idx], xs, ys)
    return out


def reliability(p: np.ndarray, y: np.ndarray, bins: int = 10) -> list[dict]:
    """Reliability table: per probability bin, how many scores, their mean and the observed rate."""
    rows = []
    edges = np.linspace(0, 1, bins + 1)
    for k in range(bins):
        lo, hi = edges[k], edges[k + 1]
        mask = (p >= lo) & ((p < hi) if k < bins - 1 else (p <= hi))
        if mask.any():
            rows.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": int(mask.sum()),
                    "mean_score": round(float(p[mask].mean()), 3),
                    "observed": round(float(y[mask].mean()), 3),
                }
            )
    return rows


def train(
    data: LabelSet,
    folds: int = 5,
    concepts: bool = True,
    ranker: bool = False,
    gate_thresholds: dict[str, float] | None = None,
) -> TextClassifier:
    """Fit (fixed seed) the label heads on the migration passages and the gate on those against the
    off-topic negatives (a hurdle: the gate decides whether a passage is about any objective, the
    heads which), and with `ranker` the ranker of the primary labels (`Heads`), which orders the
    labels a passage is given and never decides them; calibrate and choose per-label thresholds on
    out-of-fold scores of the heads on migration passages; report held-out scores (gate and heads
    together, ordered by the ranker where there is one) in `metrics`. `gate_thresholds`: the gate's
    threshold by language where it is not GATE_THRESHOLD (GATE_THRESHOLDS for the objectives)."""
    texts = data.texts + data.negatives
    y = binarize(data.targets + [[] for _ in data.negatives], data.labels)
    gate_y: np.ndarray = np.asarray(y.any(axis=1), dtype=np.int8)
    has_gate = bool(data.negatives)  # without negatives every passage is on topic: no gate to learn
    y_ext = np.hstack([y, gate_y[:, None]]) if has_gate else y
    n_pos = len(data.texts)
    splits = cv_folds(
        len(texts), folds, data.groups + [""] * len(data.negatives) if data.groups else None
    )
    n = len(data.labels)
    weights = np.array([1.0] * n_pos + (data.negative_weights or [1.0] * len(data.negatives)))
    primary = (
        primaries(data.targets + [[] for _ in data.negatives], data.labels) if ranker else None
    )
    oof, keys = _oof_decisions(
        texts, y_ext, splits, n if has_gate else 0, weights, concepts, primary
    )
    on = np.flatnonzero(gate_y)  # heads are calibrated and thresholded where they are used
    on_splits = [(np.intersect1d(a, on), np.intersect1d(b, on)) for a, b in splits]
    p_cal = np.zeros(y.shape)
    for train_idx, test_idx in on_splits:
        xs, ys = _isotonic(oof[train_idx, :n], y[train_idx])
        p_cal[test_idx] = _calibrate(oof[test_idx, :n], xs, ys)
    for train_idx, test_idx in splits:  # off-topic rows: scored, for the metrics only
        off = np.setdiff1d(test_idx, on)
        if len(off):
            xs, ys = _isotonic(
                oof[np.intersect1d(train_idx, on), :n], y[np.intersect1d(train_idx, on)]
            )
            p_cal[off] = _calibrate(oof[off, :n], xs, ys)
    gate_cal = _cross_calibrated(oof[:, n], gate_y, splits) if has_gate else np.ones(len(texts))
    thresholds = np.zeros(n, dtype=np.float32)
    for j in range(n):
        thresholds[j] = max(
            GRID, key=lambda t: (_fbeta(y[on, j], p_cal[on, j] >= t, BETA), -abs(t - 0.5))
        )
    gate_threshold = GATE_THRESHOLD
    n_pos = len(data.texts)
    origins = data.origins or [f"{data.name}.jsonl"] * n_pos
    # each migration passage at its language's threshold (negatives, of unrecorded language, at
    # GATE_THRESHOLD: their rate below is an upper bound)
    row_threshold = np.array(
        [(gate_thresholds or {}).get(origin_language(o), gate_threshold) for o in origins]
        + [gate_threshold] * len(data.negatives)
    )
    passes = (gate_cal >= row_threshold)[:, None]
    pred = ((p_cal >= thresholds) & passes).astype(np.int8)
    base = np.array([o == f"{data.name}.jsonl" for o in origins] + [False] * len(data.negatives))
    raw = _sigmoid(oof[:, : len(data.labels)])
    per_label = {
        label: round(_f1(y[:, j], pred[:, j].astype(bool)), 4)
        for j, label in enumerate(data.labels)
    }
    metrics = {
        "examples": n_pos,
        "negatives": len(data.negatives),
        "labels": len(data.labels),
        "folds": folds,
        "cv_micro": _micro_f1(y[:n_pos], pred[:n_pos]),
        # the team's own sentences only (`<name>.jsonl`): comparable across training material
        "cv_micro_base": _micro_f1(y[base], pred[base]),
        "cv_micro_all": _micro_f1(y, pred),
        "cv_per_label_f1": per_label,
        "cv_negatives_with_a_label": round(float(pred[n_pos:].any(axis=1).mean()), 4)
        if data.negatives
        else None,
        "brier_raw": round(float(((raw[on] - y[on]) ** 2).mean()), 5),
        "brier_calibrated": round(float(((p_cal[on] - y[on]) ** 2).mean()), 5),
        "reliability": reliability(p_cal[on].ravel(), y[on].ravel()),
        "reliability_raw": reliability(raw[on].ravel(), y[on].ravel()),
        "gate_brier": round(float(((gate_cal - gate_y) ** 2).mean()), 5) if has_gate else None,
        "origins": sorted(set(data.origins)),
        "origin_counts": {o: origins.count(o) for o in sorted(set(origins))},
        "gate_threshold": gate_threshold if has_gate else None,
        "gate_thresholds": dict(gate_thresholds or {}) if has_gate else None,
    }
    if data.groups:
        metrics["cv_real"] = _real_scores(
            (p_cal, keys),
            gate_cal >= row_threshold,
            thresholds,
            data.targets,
            origins,
            data.labels,
        )
    calib_x, calib_y = _isotonic(oof[on, :n], y[on])
    gate_x, gate_y_ = _isotonic(oof[:, n], gate_y) if has_gate else (None, None)
    vocabs, x = fit_matrix(texts, concepts)
    heads = Heads.fit(x, y_ext, n if has_gate else 0, weights, primary)
    coef, intercept = heads.coef, heads.intercept
    metrics["features"] = int(x.shape[1])
    return TextClassifier(
        data.name,
        data.labels,
        data.titles,
        vocabs.word,
        vocabs.char,
        vocabs.word_idf,
        vocabs.char_idf,
        coef[:n],
        intercept[:n],
        thresholds,
        metrics,
        calib_x=calib_x,
        calib_y=calib_y,
        gate_coef=coef[n] if has_gate else None,
        gate_intercept=float(intercept[n]) if has_gate else 0.0,
        gate_x=gate_x,
        gate_y=gate_y_,
        gate_threshold=gate_threshold if has_gate else 0.0,
        gate_thresholds=dict(gate_thresholds or {}) if has_gate else None,
        concept_vocab=vocabs.concept,
        concept_idf=vocabs.concept_idf,
        versions=library_versions(),
        rank_coef=heads.rank_coef,
        rank_intercept=heads.rank_intercept,
        rank_weight=RANK_WEIGHT,
    )


def origin_language(origin: str) -> str:
    """The language of a training passage by its origin: `real-<code>`, `passages-<code>.jsonl`, or
    English (anchors included)."""
    if origin.startswith("real-"):
        return origin[len("real-") :]
    if origin.startswith("passages-"):
        return origin[len("passages-") :].split(".", 1)[0]
    return "en"


def _real_scores(
    scored: tuple[np.ndarray, np.ndarray],
    open_gate: np.ndarray,
    thresholds: np.ndarray,
    targets: list[list[str]],
    origins: list[str],
    labels: list[str],
) -> dict:
    """Held-out (grouped by page) scores on the real passages among the examples, per language:
    top-1 and top-3 of the ranking by the ordering keys, and top-1 as decided (gate open and the
    first label given, by the keys, is the primary); `scored` is (probabilities, keys)."""
    p, keys = scored
    rows: dict[str, list[tuple[bool, bool, bool]]] = {}
    for i, origin in enumerate(origins):
        if not origin.startswith("real-"):
            continue
        order = np.argsort(-keys[i], kind="stable")
        ranked = [labels[j] for j in order]
        gold = targets[i][0]
        given = [labels[j] for j in order if p[i, j] >= thresholds[j]] if open_gate[i] else []
        rows.setdefault(origin[5:], []).append(
            (ranked[0] == gold, gold in ranked[:3], bool(given) and given[0] == gold)
        )
    rows["all"] = [r for v in list(rows.values()) for r in v]
    return {
        lang: {
            "passages": len(v),
            "top1": round(float(np.mean([a for a, _, _ in v])), 4),
            "top3": round(float(np.mean([b for _, b, _ in v])), 4),
            "top1_given": round(float(np.mean([c for _, _, c in v])), 4),
        }
        for lang, v in rows.items()
        if v
    }


def _fbeta(y: np.ndarray, pred: np.ndarray, beta: float) -> float:
    tp = int((y.astype(bool) & pred).sum())
    fp = int((~y.astype(bool) & pred).sum())
    fn = int((y.astype(bool) & ~pred).sum())
    b2 = beta * beta
    return (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y.astype(bool) & pred).sum())
    fp = int((~y.astype(bool) & pred).sum())
    fn = int((y.astype(bool) & ~pred).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

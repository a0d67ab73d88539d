"""Classify passages: mask explicit objective lists, score every sentence of a document once, and
combine them with whole-passage scores; a passage gets no label when its "none of the objectives" gate
says it is off topic, else the labels whose calibrated score passes their threshold, each with the
sentence that weighs most as evidence. One objective model serves English, Spanish and French; a
`<name>-<codes>` model, where one is shipped, scores passages in those languages instead."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from gcmextract.classify.lexicon import Counts, Lexicon
from gcmextract.classify.model import TextClassifier
from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.schema import ClassifiedLabel, Evidence

# The models shipped in the package (gcmextract/models/); GCMEXTRACT_MODELS names another folder.
PACKAGE_MODELS: Traversable = resources.files("gcmextract.models")
MODELS_DIR: Traversable = (
    Path(os.environ["GCMEXTRACT_MODELS"]) if os.environ.get("GCMEXTRACT_MODELS") else PACKAGE_MODELS
)
MAX_LABELS = 8
MIN_WORDS = 4
# evidence of a label: its best sentence, and up to two more scoring at least this share of it
MAX_EVIDENCE = 3
EVIDENCE_SHARE = 0.5
# Sentences and blocks vectorised at a time: the n-gram matrix of a long document's every sentence
# at once took about 100 MB per MB of text. Rows are independent and counts add up exactly, so
# batches give the same numbers (a document of fewer sentences and blocks is one batch).
BATCH = 2000
# A text longer than SHARE_CHARS keeps no n-grams, and its batches are smaller: a batch's n-gram
# strings are made and dropped together (2,000 blocks of a 4 MB text: about 70 MB more at the peak)
LONG_BATCH = 250
# Texts longer than this do not keep their sentences' n-grams for the next label set (principles
# after objectives): kept, they would take tens of bytes per character of distinct text.
SHARE_CHARS = 1_000_000


class PassageScore(NamedTuple):
    """A passage's calibrated score per label, its sentences' indices, its on-topic probability, its
    ordering key per label (which label comes first; None: the scores order them) and its language
    (which gate threshold applies; None: the scorer's)."""

    scores: np.ndarray
    idx: np.ndarray
    gate: float = 1.0
    rank: np.ndarray | None = None
    language: str | None = None


def mask_objective_refs(text: str) -> str:
    """Blank explicit objective references ("Objectives: 1, 5", "objetivos 2 y 3"), keeping the length."""
    chars = list(text)
    for ref in find_objective_refs(text):
        for i in range(ref.start, ref.end):
            chars[i] = " "
    return "".join(chars)


@lru_cache(maxsize=8)
def load(name: str = "objectives") -> TextClassifier:
    """The saved classifier `name` from the package's models (or GCMEXTRACT_MODELS), loaded once."""
    return TextClassifier.load(MODELS_DIR, name)


def model_for(name: str, language: str | None) -> str:
    """The model that scores passages written in `language`: a shipped `<name>-<codes>` model whose
    codes ("es-fr") include it, else the English `name`."""
    if not language or language == "en":
        return name
    key = (str(MODELS_DIR), name)
    if key not in _LANGUAGE_MODELS:
        stems = [p.name[: -len(".json")] for p in MODELS_DIR.iterdir() if p.name.endswith(".json")]
        found = [
            s
            for s in stems
            if s.startswith(f"{name}-") and MODELS_DIR.joinpath(f"{s}.npz").is_file()
        ]
        # single-language models first
        _LANGUAGE_MODELS[key] = sorted(found, key=lambda s: (s.count("-"), s))
    for model in _LANGUAGE_MODELS[key]:
        if language in model.split("-")[1:]:
            return model
    return name


# the `<name>-<codes>` models of each model folder, listed once
_LANGUAGE_MODELS: dict[tuple[str, str], list[str]] = {}


@lru_cache(maxsize=8)
def lexicon_of(names: tuple[str, ...]) -> Lexicon:
    """The union of the vocabularies of the models `names` (see `load`), built once."""
    return Lexicon(list(names), [load(name) for name in names])


@contextmanager
def models_from(directory: Traversable) -> Iterator[None]:
    """Classify with the models in `directory` inside the block (used to score freshly trained models)."""
    global MODELS_DIR
    saved = MODELS_DIR
    MODELS_DIR = directory
    load.cache_clear()
    lexicon_of.cache_clear()
    try:
        yield
    finally:
        MODELS_DIR = saved
        load.cache_clear()
        lexicon_of.cache_clear()


class _SpanIndex:
    """Spans with a fast "which are inside [a, b)": spans in document order (starts and ends both
    ascending, as sentences and blocks are) are found by bisection, so passages x spans stays
    linear; any other list is scanned."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.ordered = all(
            self.starts[i] <= self.starts[i + 1] and self.ends[i] <= self.ends[i + 1]
            for i in range(len(spans) - 1)
        )

    def within(self, a: int, b: int) -> list[int]:
        """Indices of the spans inside [a, b), in order."""
        from bisect import bisect_left, bisect_right

        spans = self.spans
        candidates = (
            range(bisect_left(self.starts, a), bisect_right(self.ends, b))
            if self.ordered
            else range(len(spans))
        )
        return [i for i in candidates if a <= spans[i][0] and spans[i][1] <= b]


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
        counts: Counts | None = None,
        language: str | None = None,
    ) -> None:
        from gcmextract.segment import sentences

        self.language = language  # of the text, for the gate's threshold (None: unknown)

        # counted texts, shared by the scorers of one document (objectives, principles) where the
        # lexicon holds this model
        if counts is None or counts.lexicon.index(name) is None:
            counts = Counts(lexicon_of((name,)))
        self.counts = counts
        self._column = counts.lexicon.index(name) or 0

        self.name = name
        self.kind = name.split("-", 1)[0]  # "objectives" or "principles", whatever the language
        self.model = load(name)
        self.text = text  # evidence is quoted from the text as written, references unmasked
        self.masked = mask_objective_refs(text)
        self.blocks = [(a, b) for a, b in (blocks or [(0, len(text))]) if self.masked[a:b].strip()]
        spans: list[tuple[int, int]] = []
        for a, b in blocks or [(0, len(text))]:
            spans += [
                (s, e)
                for s, e in sentences(self.masked, a, b)
                if len(self.masked[s:e].split()) >= MIN_WORDS
            ]
        self.spans = spans
        self._span_index = _SpanIndex(spans)
        self._block_index = _SpanIndex(self.blocks)
        self.sents = [" ".join(self.masked[s:e].split()) for s, e in spans]
        self.share = len(text) <= SHARE_CHARS
        self.batch = BATCH if self.share else LONG_BATCH
        per, gates, keys = [], [], []
        for i in range(0, len(self.sents), self.batch):
            p, g, k = self.model.scored_from_counts(*self._matrices(self.sents[i : i + self.batch]))
            per.append(p)
            gates.append(g)
            keys.append(k.astype(np.float32))
        n = len(self.model.labels)
        self.per = np.concatenate(per) if per else np.zeros((0, n))
        self.per_gate = np.concatenate(gates) if gates else np.zeros(0)
        # the sentences' ordering keys (decision values, with the ranker's share where there is one)
        self.per_key = np.concatenate(keys) if keys else np.zeros((0, n), dtype=np.float32)

    def _matrices(self, texts: list[str]):
        """This model's raw count matrices (word and concept, char) of `texts`, each text counted
        once for every model of the lexicon (kept unless the text is long)."""
        return self.counts.lexicon.matrices(self.counts.of(texts, self.share), self._column)

    def _range_counts(self, ranges: list[tuple[int, int]]) -> tuple[Any, Any, np.ndarray]:
        """(word counts, char counts) of each range: the sum of the raw counts of the blocks inside
        it, a batch of blocks vectorised at a time; and how many blocks each range holds."""
        from scipy.sparse import csr_matrix

        rows, cols = [], []
        for r, (a, b) in enumerate(ranges):
            inside = self._block_index.within(a, b)
            rows += [r] * len(inside)
            cols += inside
        m = csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)),
            shape=(len(ranges), len(self.blocks)),
        )
        m.sort_indices()
        word = char = None
        for i in range(0, len(self.blocks), self.batch):
            part = self.blocks[i : i + self.batch]
            wc, cc = self._matrices([self.masked[a:b] for a, b in part])
            sub = m[:, i : i + len(part)]
            word = sub @ wc if word is None else word + sub @ wc
            char = sub @ cc if char is None else char + sub @ cc
        return word, char, np.asarray(m.sum(axis=1)).ravel()

    def scores(self, ranges: list[tuple[int, int]], whole: bool = True) -> list[PassageScore]:
        """(passage scores, indices of its sentences, gate) for each (start, end) range; the gate is the
        larger of the mean of its sentences' on-topic probabilities and the whole range's (only the
        former with `whole` off).

        Whole-passage probabilities come from the sum of the raw n-gram counts of the blocks inside the
        range (counts are additive), so each block is vectorised once however many passages hold it.
        """
        n = len(self.model.labels)
        wholes = np.zeros((len(ranges), n))
        whole_gates = np.zeros(len(ranges))
        whole_keys = np.full((len(ranges), n), -np.inf)
        if whole and ranges:
            wholes, whole_gates, whole_keys = self._wholes(ranges)
        out = []
        for (a, b), w, g, k in zip(ranges, wholes, whole_gates, whole_keys, strict=True):
            idx = np.array(self._span_index.within(a, b), dtype=int)
            top = np.sort(self.per[idx], axis=0)[::-1][:2].mean(axis=0) if len(idx) else np.zeros(n)
            # on topic when its sentences are on average (one migration sentence in a speech about
            # other things does not open the gate) or the whole passage is (a passage written about
            # a policy as a whole); a passage without sentences: its whole score
            gate = max(float(self.per_gate[idx].mean()), float(g)) if len(idx) else float(g)
            key = self._key(idx, k)
            out.append(PassageScore(np.maximum(w, top), idx, gate, key, self.language))
        return out

    def _key(self, idx: np.ndarray, whole: np.ndarray) -> np.ndarray:
        """A passage's ordering keys: the whole passage's where it was scored whole (it ranks real
        passages better than its best sentences do, model card), else the mean of its two best
        sentences' (zero without sentences)."""
        if np.isfinite(whole).all() or not len(idx):
            return np.where(np.isfinite(whole), whole, 0.0)
        return np.sort(self.per_key[idx], axis=0)[::-1][:2].mean(axis=0).astype(np.float64)

    def _wholes(self, ranges: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Whole-range (scores, gates, ordering keys): from the summed counts of the blocks inside
        each range, or its text vectorised directly where it holds no whole block."""
        if self.blocks:
            word, char, member_sum = self._range_counts(ranges)
            wholes, gates, keys = self.model.scored_from_counts(word, char)
            empty = member_sum == 0
        else:
            n = len(self.model.labels)
            wholes, gates, keys = (
                np.zeros((len(ranges), n)),
                np.zeros(len(ranges)),
                np.zeros((len(ranges), n)),
            )
            empty = np.ones(len(ranges), dtype=bool)
        if empty.any():  # a range holding no whole block: vectorise its text directly
            texts = [
                " ".join(self.masked[a:b].split())
                for (a, b), e in zip(ranges, empty, strict=True)
                if e
            ]
            wholes[empty], gates[empty], keys[empty] = self.model.scored_from_counts(
                *self.counts.lexicon.matrices(self.counts.lexicon.count(texts), self._column)
            )
        return wholes, gates, keys

    def evidence(self, idx: np.ndarray, j: int) -> list[Evidence]:
        """The sentences among `idx` that weigh most for label `j`, best first: the best one and up
        to two more scoring at least EVIDENCE_SHARE of it (none when `idx` is empty), each with its
        offsets and its own probability, its text capped like a mention's context."""
        from gcmextract.nlp.bounds import MAX_CONTEXT

        if not len(idx):
            return []
        col = self.per[idx, j]
        order = np.argsort(-col, kind="stable")[:MAX_EVIDENCE]
        best = float(col[order[0]])
        out: list[Evidence] = []
        for k in order:
            score = float(col[k])
            if out and score < EVIDENCE_SHARE * best:
                break
            i = int(idx[k])
            start, end = self.spans[i]
            text = " ".join(self.text[start:end].split())[:MAX_CONTEXT]
            out.append(Evidence(text=text, start=start, end=end, score=round(score, 4)))
        return out

    def ranked_labels(
        self, score: PassageScore, max_labels: int = MAX_LABELS
    ) -> list[ClassifiedLabel]:
        """`labels` of a passage's score, in its ranked order, gated at its language's threshold."""
        return self.labels(
            score.scores, score.idx, max_labels, score.gate, score.rank, score.language
        )

    def labels(
        self,
        scores: np.ndarray,
        idx: np.ndarray,
        max_labels: int = MAX_LABELS,
        gate: float = 1.0,
        rank: np.ndarray | None = None,
        language: str | None = None,
    ) -> list[ClassifiedLabel]:
        """Labels above threshold, at most `max_labels` (the best scores); none when the gate is
        shut (at the threshold of `language`, else of the scorer's language). They come in the
        order of `rank` (the passage's ordering keys), else of the scores."""
        out: list[ClassifiedLabel] = []
        if gate < self.model.gate_threshold_for(language or self.language):
            return out
        passing = [j for j in np.argsort(-scores) if scores[j] >= self.model.thresholds[j]]
        chosen = passing[:max_labels]
        if rank is not None:
            chosen.sort(key=lambda j: -rank[j])
        for j in chosen:
            label = self.model.labels[j]
            kwargs = (
                {"objective": int(label)} if self.kind == "objectives" else {"principle": label}
            )
            out.append(
                ClassifiedLabel(
                    score=round(float(scores[j]), 4), evidence=self.evidence(idx, int(j)), **kwargs
                )
            )
        return out


class LanguageScorers:
    """The scorers of one document per language: a passage is scored by the model of the language
    most of its blocks' text is written in (a block without a model of its own, or unidentified,
    counts as the document's language); scorers are built on first need."""

    def __init__(
        self,
        text: str,
        name: str,
        blocks: list[tuple[int, int]],
        block_languages: list[str | None] | None = None,
        language: str | None = None,
        also: tuple[str, ...] = (),
    ) -> None:
        self.text, self.name, self.blocks = text, name, blocks
        self.default = model_for(name, language)
        self.language = language
        langs = block_languages if block_languages and len(block_languages) == len(blocks) else []
        self.block_models = [self._model_of(lang) for lang in langs] or [self.default] * len(blocks)
        self.block_languages = [lang or language for lang in langs] or [language] * len(blocks)
        self._index = _SpanIndex(blocks)
        self._scorers: dict[str, Scorer] = {}
        # texts counted once for every model that may score them here, and for the models `also`
        self.counts = Counts(lexicon_of(tuple(sorted({*self.block_models, self.default, *also}))))

    def _model_of(self, language: str | None) -> str:
        if language == "en":
            return self.name
        own = model_for(self.name, language)
        return own if own != self.name else self.default

    def scorer(self, model: str | None = None) -> Scorer:
        """The scorer of `model` (default: the document language's), built once."""
        model = model or self.default
        if model not in self._scorers:
            self._scorers[model] = Scorer(self.text, model, self.blocks, self.counts, self.language)
        return self._scorers[model]

    def model_of_range(self, a: int, b: int) -> str:
        """The model of the language most of the text of the blocks inside [a, b) is written in."""
        weight: dict[str, int] = {}
        for k in self._index.within(a, b):
            s, e = self.blocks[k]
            weight[self.block_models[k]] = weight.get(self.block_models[k], 0) + e - s
        return max(weight, key=lambda m: (weight[m], m == self.default)) if weight else self.default

    def language_of_range(self, a: int, b: int) -> str | None:
        """The language most of the text of the blocks inside [a, b) is written in (blocks of
        unidentified language count as the document's), else the document's."""
        weight: dict[str | None, int] = {}
        for k in self._index.within(a, b):
            s, e = self.blocks[k]
            lang = self.block_languages[k]
            weight[lang] = weight.get(lang, 0) + e - s
        if not weight:
            return self.language
        return max(weight, key=lambda lang: (weight[lang], lang == self.language))

    def scores(
        self, ranges: list[tuple[int, int]], whole: bool = True
    ) -> list[tuple[Scorer, PassageScore]]:
        """(scorer, passage score) of each range, each scored by its language's model."""
        models = [self.model_of_range(a, b) for a, b in ranges]
        out: list[tuple[Scorer, PassageScore] | None] = [None] * len(ranges)
        for model in dict.fromkeys(models):
            rows = [i for i, m in enumerate(models) if m == model]
            scorer = self.scorer(model)
            for i, score in zip(rows, scorer.scores([ranges[i] for i in rows], whole), strict=True):
                out[i] = (scorer, score._replace(language=self.language_of_range(*ranges[i])))
        return [o for o in out if o is not None]


def classify_text(
    text: str, name: str = "objectives", max_labels: int = MAX_LABELS, language: str | None = None
) -> list[ClassifiedLabel]:
    """Labels whose passage score passes their threshold, best first, with evidence sentences;
    `language` (ISO 639-1) picks that language's model when one is shipped."""
    scorer = Scorer(text, model_for(name, language), language=language)
    (score,) = scorer.scores([(0, len(text))])
    return scorer.ranked_labels(score, max_labels)

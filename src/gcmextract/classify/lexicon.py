"""One vocabulary for several models: a text's n-grams are counted once against the union of the
models' vocabularies, and each model's raw count matrix is read off those counts (the same matrix
as `TextClassifier.counts` of the analysed text, made without a counting pass per model)."""

from __future__ import annotations

import unicodedata
from itertools import chain, repeat
from typing import NamedTuple

import numpy as np

from gcmextract.classify.model import CHAR, WORD, TextClassifier, word_tokens


class Counted(NamedTuple):
    """A text's counts in a lexicon: its distinct word and concept tokens' union ids (ascending)
    with their counts, and its distinct char n-grams' union ids (ascending) with their counts
    (out-of-vocabulary tokens left out)."""

    side_ids: np.ndarray
    side_counts: np.ndarray
    char_ids: np.ndarray
    char_counts: np.ndarray


# distinct words whose char n-grams are kept (a word's n-grams are the same in every text)
WORD_CACHE = 100_000


class _WordNgrams(dict):
    """A word's in-vocabulary char n-grams as union ids, made on first need: the n-grams
    TfidfVectorizer's char_wb analyser makes of the word padded with a space on each side."""

    def __init__(self, char: dict[str, int]) -> None:
        super().__init__()
        self.char = char

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) >= WORD_CACHE:
            self.clear()
        get = self.char.get
        w = " " + word + " "
        w_len = len(w)
        out = []
        lo, hi = CHAR["ngram_range"]
        for n in range(lo, hi + 1):
            offset = 0
            out.append(get(w[offset : offset + n]))
            while offset + n < w_len:
                offset += 1
                out.append(get(w[offset : offset + n]))
            if offset == 0:  # a short word (shorter than n) is counted once
                break
        ids = tuple(i for i in out if i is not None)
        self[word] = ids
        return ids


def _union(blocks: list[list[str]]) -> dict[str, int]:
    """Ids of the union of several models' terms, ascending with the terms."""
    return {t: i for i, t in enumerate(sorted(set(chain.from_iterable(blocks))))}


def _column_map(union: dict[str, int], vocabulary: dict[str, int]) -> np.ndarray:
    """Each union id's column in `vocabulary` (-1 where the term is not in it)."""
    out = np.full(len(union), -1, dtype=np.int64)
    for term, column in vocabulary.items():
        out[union[term]] = column
    return out


class Lexicon:
    """The union of the vocabularies of `models` (word and concept tokens side by side, as
    `Vocabularies.counts` puts them, and char n-grams); `count` counts texts once, `matrices` gives
    one model's raw count matrices of counted texts."""

    def __init__(self, names: list[str], models: list[TextClassifier]) -> None:
        self.names = names
        vocabularies = [m.vocabularies for m in models]
        sides = [v.side for v in vocabularies]
        # concept tokens after word tokens, as in each model's side columns: ids ascend with columns
        self.side = _union([list(v.word) for v in vocabularies])
        concepts = _union([list(v.concept) for v in vocabularies])
        self.side.update({t: len(self.side) + i for t, i in concepts.items()})
        self.char = _union([list(m.char_vocab) for m in models])
        self.models = models
        self._maps = [
            (_column_map(self.side, s), _column_map(self.char, m.char_vocab))
            for m, s in zip(models, sides, strict=True)
        ]
        self._words = _WordNgrams(self.char)

    def index(self, name: str) -> int | None:
        """The position of model `name` among the lexicon's models (None: not one of them)."""
        return self.names.index(name) if name in self.names else None

    def count(self, texts: list[str]) -> list[Counted]:
        """Each text's counts (its n-grams made as `analyse` makes them, counted once)."""
        from gcmextract.classify.concepts import concept_tokens

        tokenize, stop_words = word_tokens()
        side_get = self.side.get
        words = self._words.__getitem__
        out = []
        for t in texts:
            p = _preprocess(t)
            tokens = _word_ngrams(tokenize(p), stop_words) + concept_tokens(t)
            side = np.fromiter(map(side_get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
            chars = np.fromiter(chain.from_iterable(map(words, p.split())), dtype=np.int64)
            out.append(Counted(*_tally(side[side >= 0]), *_tally(chars)))
        return out

    def matrices(self, counted: list[Counted], k: int):
        """Model k's raw count matrices of counted texts: (word and concept columns side by side,
        char), float32 CSR with sorted indices (`TextClassifier.counts` of the analysed texts)."""
        side_map, char_map = self._maps[k]
        model = self.models[k]
        side = _block([(c.side_ids, c.side_counts) for c in counted], side_map)
        char = _block([(c.char_ids, c.char_counts) for c in counted], char_map)
        return _csr(*side, len(model.vocabularies.side)), _csr(*char, len(model.char_vocab))


def _preprocess(text: str) -> str:
    """What both analysers' preprocessing (lowercase, then strip_accents="unicode") makes of a
    text, once for both: the combining marks of its NFKD form dropped by one `translate`."""
    lower = text.lower()
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower)
    marks = {c for c in set(decomposed) if unicodedata.combining(c)}
    return decomposed.translate(dict.fromkeys(map(ord, marks))) if marks else decomposed


def _word_ngrams(tokens: list[str], stop_words: frozenset[str]) -> list[str]:
    """The word analyser's n-grams of its tokens: stop words out, then n-grams of WORD's range,
    each joined by one space."""
    kept = [w for w in tokens if w not in stop_words]
    lo, hi = WORD["ngram_range"]
    out = list(kept) if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        out += map(" ".join, zip(*(kept[i:] for i in range(n)), strict=False))
    return out


def _tally(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ids, ascending (int64), and how often each occurs (float32)."""
    ids.sort()
    if not len(ids):
        return ids, np.zeros(0, dtype=np.float32)
    first = np.empty(len(ids), dtype=bool)
    first[0] = True
    np.not_equal(ids[1:], ids[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.empty(len(starts), dtype=np.float32)
    np.subtract(starts[1:], starts[:-1], out=counts[:-1], casting="unsafe")
    counts[-1] = len(ids) - starts[-1]
    return ids[starts], counts


def _block(
    rows: list[tuple[np.ndarray, np.ndarray]], column_of: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values, columns, indptr) of rows of (union ids, counts) mapped through `column_of`, the
    ids a model does not have left out."""
    lengths = np.fromiter(map(len, (ids for ids, _ in rows)), dtype=np.int64, count=len(rows))
    if not rows:
        return np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(1, np.int32)
    ids = np.concatenate([ids for ids, _ in rows])
    values = np.concatenate([v for _, v in rows])
    columns = column_of[ids]
    keep = columns >= 0
    row_of = np.repeat(np.arange(len(rows)), lengths)
    indptr = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum(np.bincount(row_of[keep], minlength=len(rows)), out=indptr[1:])
    return values[keep], columns[keep].astype(np.int32), indptr


def _csr(values: np.ndarray, columns: np.ndarray, indptr: np.ndarray, width: int):
    from scipy.sparse import csr_matrix

    x = csr_matrix((values, columns, indptr), shape=(len(indptr) - 1, width))
    x.sort_indices()
    return x


class Counts:
    """Counted texts of one lexicon, each text counted once and kept for every model that scores
    it (objectives, principles); `of` counts texts without keeping them where `keep` is off."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.kept: dict[str, Counted] = {}

    def of(self, texts: list[str], keep: bool = True) -> list[Counted]:
        """The counts of `texts`, counted where they are not kept yet (and kept with `keep`)."""
        if not keep:
            return self.lexicon.count(texts)
        kept = self.kept
        missing = [t for t in dict.fromkeys(texts) if t not in kept]
        kept.update(zip(missing, self.lexicon.count(missing), strict=True))
        return [kept[t] for t in texts]

"""Counting a text once against the union of several models' vocabularies gives each model the raw
count matrices its own counting of the analysed text gives (`TextClassifier.counts`), exactly."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest

from gcmextract.classify.lexicon import Counts, Lexicon
from gcmextract.classify.model import analyse
from gcmextract.classify.predict import load

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

TEXTS = [
    "",
    "   ",
    "a",
    "ab cd",
    "Remittances: the central bank cut transfer fees to 3 per cent; diaspora bonds raised USD 2m.",
    "Les transferts de fonds des migrants ont augmenté; l'Office a formé 300 agents aux frontières.",
    "Las remesas crecieron un 12 %; el Ministerio de Trabajo otorgó 42 licencias de contratación.",
    # case and accents, typographic apostrophes, ligatures, fractions, and whitespace of every kind
    "İstanbul ΣΟΦΟΣ ς STRASSE Straße œuvre ﬁne ¼ l’État x\x1cy\u00a0z\u3000w\u2028q a\x85b\tc\n\nd",
    "migration migration migration MIGRATION migrations",
]


def _assert_same(a, b) -> None:  # type: ignore[no-untyped-def]
    assert a.shape == b.shape and a.dtype == b.dtype and a.indices.dtype == b.indices.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


def _texts() -> list[str]:
    texts = list(TEXTS)
    pages = sorted((SHARED / "passages").glob("*/*.txt"))[::7]
    for page in pages:
        content = page.read_text(encoding="utf-8")
        texts += [content[:4000], *content.split("\n\n")[:20]]
    return texts


@pytest.mark.parametrize("names", [("objectives",), ("principles",), ("objectives", "principles")])
def test_lexicon_counts_are_each_models_counts(names: tuple[str, ...]) -> None:
    models = [load(name) for name in names]
    lexicon = Lexicon(list(names), models)
    texts = _texts()
    counted = lexicon.count(texts)
    analysed = analyse(texts)
    for k, model in enumerate(models):
        want = model.counts(analysed)
        got = lexicon.matrices(counted, k)
        for a, b in zip(want, got, strict=True):
            _assert_same(a, b)
        assert want[1].nnz > 0  # the texts do hit the vocabulary


def test_lexicon_counts_with_columns_not_in_term_order() -> None:
    """A model whose columns do not follow its terms' order still gets its own counts."""
    base = load("principles")
    terms = list(base.char_vocab)
    random.Random(5).shuffle(terms)
    shuffled = dataclasses.replace(
        base, char_vocab={t: i for i, t in enumerate(terms)}, _vocabs=None, _row_major=None
    )
    lexicon = Lexicon(["objectives", "shuffled"], [load("objectives"), shuffled])
    texts = _texts()
    want = shuffled.counts(analyse(texts))
    for a, b in zip(want, lexicon.matrices(lexicon.count(texts), 1), strict=True):
        _assert_same(a, b)


def test_lexicon_kept_counts_are_counted_once() -> None:
    lexicon = Lexicon(["objectives"], [load("objectives")])
    counts = Counts(lexicon)
    first = counts.of(TEXTS[4:6])
    assert set(counts.kept) == set(TEXTS[4:6])
    again = counts.of([TEXTS[5], TEXTS[4]])
    assert again[0] is first[1] and again[1] is first[0]
    assert len(counts.of(TEXTS[6:7], keep=False)) == 1 and TEXTS[6] not in counts.kept


def test_lexicon_counts_the_same_when_its_word_cache_is_emptied(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.classify import lexicon as module

    model = load("objectives")
    texts = TEXTS[4:]
    want = Lexicon(["objectives"], [model]).count(texts)
    monkeypatch.setattr(module, "WORD_CACHE", 3)  # emptied every few new words
    small = Lexicon(["objectives"], [model])
    got = small.count(texts)
    assert len(small._words) <= 3
    for a, b in zip(want, got, strict=True):
        assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))

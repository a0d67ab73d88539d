"""Shared concept tokens (one token for a concept whatever the language) and the deterministic
vocabulary cut of the classifier's feature blocks."""

from __future__ import annotations

import json
import random
import re
from importlib import resources

import pytest

from gcmextract.classify.concepts import PREFIX, concept_tokens
from gcmextract.classify.model import analyse, fit_vocabulary


@pytest.mark.parametrize(
    ("en", "es", "fr", "concept"),
    [
        (
            "Remittances sent by migrants",
            "Las remesas enviadas",
            "Les transferts de fonds",
            "remittance",
        ),
        (
            "trafficking in persons",
            "la trata de personas",
            "la traite des êtres humains",
            "trafficking",
        ),
        (
            "alternatives to detention",
            "alternativas a la detención",
            "alternatives à la rétention",
            "alternatives_detention",
        ),
        (
            "social security agreements",
            "la seguridad social",
            "la sécurité sociale",
            "social_security",
        ),
        ("the Global Compact", "el Pacto Mundial", "le Pacte mondial", "compact"),
    ],
)
def test_concepts_map_three_languages_to_one_token(en: str, es: str, fr: str, concept: str) -> None:
    for text in (en, es, fr):
        assert PREFIX + concept in concept_tokens(text), text


def test_concepts_count_each_occurrence_and_ignore_other_text() -> None:
    assert concept_tokens("remesas y más remesas").count(PREFIX + "remittance") == 2
    assert concept_tokens("The weather was fine and the harvest good.") == []


def test_concept_tokens_come_in_file_order_each_concept_together() -> None:
    """The tokens are each concept's occurrences, concepts in file order (the list the counts per
    concept made before: counted the same whatever the order the occurrences are met in)."""
    from collections import Counter

    from gcmextract.classify.concepts import index

    names, _ = index()
    text = (
        "Remittances and trafficking in persons; las remesas y la trata de personas, "
        "remittances again, les transferts de fonds et la traite des êtres humains."
    )
    tokens = concept_tokens(text)
    counts = Counter(tokens)
    assert counts[PREFIX + "remittance"] == 4 and counts[PREFIX + "trafficking"] == 3
    assert tokens == [name for name in names for _ in range(counts[name])]


def test_concepts_file_is_complete_and_compiles() -> None:
    raw = json.loads(
        resources.files("gcmextract.classify").joinpath("concepts.json").read_text("utf-8")
    )
    assert len(raw["concepts"]) >= 100
    for name, by_language in raw["concepts"].items():
        assert set(by_language) == {"en", "es", "fr"}, name
        for terms in by_language.values():
            assert terms, name
            for term in terms:
                re.compile(term.replace("*", r"\w*"))
                assert term == term.lower(), term


def test_concept_tokens_never_collide_with_word_ngrams() -> None:
    ((words, _),) = analyse(["Remittances are cheaper; cpt remittance §"])
    concepts = [t for t in words if t.startswith(PREFIX)]
    assert concepts and all(not t.startswith(PREFIX) for t in words[: len(words) - len(concepts)])


def test_vocabulary_cut_breaks_ties_by_term_whatever_the_order() -> None:
    docs = [["b", "a", "c"], ["c", "d"], ["d", "b"], ["a", "e"]]  # a, b, c, d twice; e once
    vocab, idf = fit_vocabulary(docs, max_features=3)
    assert vocab == {"a": 0, "b": 1, "c": 2}
    for seed in range(5):
        shuffled = [list(d) for d in docs]
        random.Random(seed).shuffle(shuffled)
        for d in shuffled:
            random.Random(seed).shuffle(d)
        again, idf2 = fit_vocabulary(shuffled, max_features=3)
        assert again == vocab and list(idf2) == list(idf)


def test_vocabulary_idf_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [["x", "y"], ["y", "z", "z"], ["y"]]
    vocab, idf = fit_vocabulary(docs, max_features=None)
    ref = TfidfVectorizer(analyzer=lambda d: d).fit(docs)
    assert vocab == ref.vocabulary_
    assert idf == pytest.approx(ref.idf_, rel=1e-6)

"""Training material assembly: one model's passages in three languages, real passages only from the
train split (and none where ../shared is absent), per-language gate balance; the shipped model
records its library versions and needs nothing from ../shared."""

from __future__ import annotations

import pytest

from gcmextract.classify.real import shared_available
from gcmextract.training.train import _balance, real_train_passages, training_set


def test_training_without_shared_skips_real_passages_with_a_reason(monkeypatch) -> None:
    import gcmextract.classify.real as real

    monkeypatch.setattr(real, "shared_available", lambda shared=real.SHARED: False)
    said: list[str] = []
    assert real_train_passages(said.append) == []
    assert said and "real passages skipped" in said[0]
    data = training_set(real=[])
    assert not data.groups
    assert {"objectives.jsonl", "passages-es.jsonl", "passages-fr.jsonl", "titles.jsonl"} <= set(
        data.origins
    )


@pytest.mark.skipif(not shared_available(), reason="../shared/passages/ is not beside the checkout")
def test_training_uses_the_train_split_only_and_groups_by_page() -> None:
    from gcmextract.classify.real import load_real

    real = real_train_passages()
    assert real and all(p.split == "train" for p in real)
    test_texts = {p.text for p in load_real() if p.split == "test"}
    data = training_set(real=real)
    assert not test_texts & set(data.texts) and not test_texts & set(data.negatives)
    grouped = [g for g in data.groups if g]
    assert len(grouped) == sum(p.primary is not None for p in real)
    assert len(data.groups) == len(data.texts)


def test_gate_balance_gives_each_language_the_english_ratio() -> None:
    origins = ["objectives.jsonl"] * 10 + ["passages-es.jsonl"] * 10 + ["real-fr"] * 4
    negs = ["en"] * 10 + ["es"] * 2 + ["fr"] * 1
    w = _balance(origins, negs)
    assert w[:10] == [1.0] * 10
    assert w[10:12] == [5.0, 5.0]  # 2 negatives for 10 passages weigh as 10 for 10
    assert w[12] == 4.0


def test_shipped_model_records_versions_and_concepts() -> None:
    from gcmextract.classify.predict import load

    model = load("objectives")
    assert model.versions and {"numpy", "scikit-learn", "scipy", "python"} <= set(model.versions)
    assert model.concept_vocab and model.concept_idf is not None
    assert len(model.concept_idf) == len(model.concept_vocab)


def test_model_card_states_the_versions_the_model_was_trained_with() -> None:
    import json

    from gcmextract.classify.predict import MODELS_DIR, load

    versions = load("objectives").versions
    assert json.loads((MODELS_DIR / "metrics.json").read_text("utf-8"))["versions"] == versions
    card = (MODELS_DIR / "README.md").read_text("utf-8")
    assert versions and all(f"{k} {v}" in card for k, v in versions.items())


def test_primaries_take_each_rows_first_label() -> None:
    from gcmextract.classify.model import primaries

    got = primaries([["3", "1"], [], ["2"]], ["1", "2", "3"])
    assert got.tolist() == [2, -1, 1]


def test_ranker_puts_the_primary_first_where_the_heads_tie() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    from gcmextract.classify.model import Heads, primaries

    # three labels; rows of feature 0 have labels 1 and 2 (primary 1), rows of feature 1 label 3,
    # and one off-topic row: the heads of labels 1 and 2 learn the same, the ranker tells them apart
    x = csr_matrix(np.array([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 0]], dtype=np.float32))
    targets = [["1", "2"]] * 3 + [["3"]] * 2 + [[]]
    labels = ["1", "2", "3"]
    y = np.zeros((6, 3), dtype=np.int8)
    for i, t in enumerate(targets):
        for label in t:
            y[i, labels.index(label)] = 1
    plain = Heads.fit(x, y).decisions(x[:1])[0]
    assert plain[0] == pytest.approx(plain[1], abs=1e-6)
    ranked = Heads.fit(x, y, primary=primaries(targets, labels))
    z = ranked.ranked(x[:1])[0]
    # label 1 first; label 2, never a primary, last (the ranker gives it a very low log-probability)
    assert z[0] > z[2] > z[1]
    assert ranked.rank_intercept is not None and ranked.rank_intercept[1] < -10


def test_a_ranker_is_saved_and_loaded_without_pickle(tmp_path) -> None:
    import dataclasses

    import numpy as np

    from gcmextract.classify.model import TextClassifier
    from gcmextract.classify.predict import load

    shipped = load("objectives")
    rng = np.random.default_rng(0)
    rank_coef = rng.normal(0, 1, shipped.coef.shape).astype(np.float32)
    rank_intercept = rng.normal(0, 1, shipped.intercept.shape).astype(np.float32)
    model = dataclasses.replace(
        shipped,
        rank_coef=rank_coef,
        rank_intercept=rank_intercept,
        rank_weight=0.5,
        _vocabs=None,
    )
    model.save(tmp_path)
    loaded = TextClassifier.load(tmp_path, "objectives")
    assert loaded.rank_weight == 0.5
    texts = ["Remittance fees fell after banks offered cheap digital transfers to families."]
    with_ranker = loaded.decision(texts)[0]
    assert np.allclose(with_ranker, model.decision(texts)[0])
    assert not np.allclose(with_ranker, shipped.decision(texts)[0])


@pytest.mark.skipif(
    not shared_available(),
    reason="../shared/passages/ (the real passages) is not beside the checkout",
)
def test_training_without_the_test_split_leaves_it_out_of_the_report_and_card(monkeypatch) -> None:
    import json

    import gcmextract.evaluate.objectives as objectives
    from gcmextract.classify.data import ROOT
    from gcmextract.training.card import model_card
    from gcmextract.training.train import real_report

    def never() -> dict:
        raise AssertionError("the test split was evaluated")

    monkeypatch.setattr(objectives, "evaluate_objectives", never)
    report = real_report(ROOT / "models", test=False)
    assert report["test_skipped"] and "test" not in report
    assert report["counts"] and report["agreement"]
    metrics = json.loads((ROOT / "models" / "metrics.json").read_text("utf-8"))
    card = model_card({**metrics, "real": report})
    test_section = card.split("## Real passages: test split", 1)[1].split("\n## ", 1)[0]
    assert "Not run for this model" in test_section and "| model |" not in test_section

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

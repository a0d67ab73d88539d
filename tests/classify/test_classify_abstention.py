"""The classifier abstains on text with no migration content, and its scores are calibrated
probabilities with a "none of the objectives" gate (model card: calibration and abstention)."""

from __future__ import annotations

import numpy as np
import pytest

from gcmextract.classify.data import load_label_set, load_offtopic_test
from gcmextract.classify.predict import classify_text, load

MAX_OFFTOPIC_RATE = 0.10


def test_classify_abstention_offtopic_test_set() -> None:
    """Paragraphs of 2021 General Debate statements with no migration content (offtopic-test.jsonl,
    never trained on): at most 10% get any objective."""
    texts = load_offtopic_test()
    assert len(texts) >= 50
    tagged = [t for t in texts if classify_text(t)]
    assert len(tagged) / len(texts) <= MAX_OFFTOPIC_RATE, tagged[:3]


@pytest.mark.parametrize(
    "text",
    [
        "I congratulate you, Mr. President, on your election to preside over the General Assembly at "
        "its current session, and I thank your predecessor for his able leadership.",
        "Reform of the Security Council must make it more representative, transparent and accountable, "
        "and the working methods of the Council should be improved.",
        "Our Government has invested in solar power and wind farms so that renewable energy will supply "
        "half of the national grid by the end of the decade.",
    ],
)
def test_classify_abstention_general_debate_sentences(text: str) -> None:
    assert classify_text(text) == []


def test_classify_abstention_migration_passage_still_tagged() -> None:
    labels = classify_text(
        "Migrant domestic workers now sign a written contract in their own language before departure, "
        "and recruitment agencies that charge them fees lose their licence."
    )
    assert labels and labels[0].objective == 6
    assert 0.0 < labels[0].score <= 1.0


def test_classify_abstention_model_has_gate_and_calibration() -> None:
    model = load("objectives")
    assert model.gate_coef is not None and model.gate_threshold > 0
    assert model.calib_x is not None and model.calib_y is not None
    assert np.all(np.diff(model.calib_y) >= 0)  # calibration is monotone
    assert model.calib_y.min() >= 0.0 and model.calib_y.max() <= 1.0


def test_classify_abstention_training_material_is_committed() -> None:
    data = load_label_set("objectives")
    assert len(data.negatives) >= 500
    assert "objectives-gcm.jsonl" in data.origins
    assert not set(data.negatives) & set(load_offtopic_test())


def test_classify_abstention_model_card_is_generated_from_the_metrics() -> None:
    """The committed model card is exactly what `gcmextract train objectives` writes from the
    committed metrics.json (no figure typed in by hand), and states calibration, abstention on the
    off-topic set and per-objective F1."""
    import json

    from gcmextract.classify.predict import MODELS_DIR
    from gcmextract.training.card import model_card

    metrics = json.loads((MODELS_DIR / "metrics.json").read_text("utf-8"))
    card = (MODELS_DIR / "README.md").read_text("utf-8")
    assert card == model_card(metrics)
    assert "## Calibration" in card and f"{metrics['objectives']['brier_calibrated']}" in card
    assert "| score bin |" in card
    off = metrics["offtopic"]
    assert f"{off['with_objective']} of {off['passages']}" in card
    per = (
        metrics["real"]["test"]["methods"]["model"]["all"]["per_objective_f1"]
        if metrics["real"]
        else {}
    )
    assert all(f" {n}: {f1}" in card for n, f1 in per.items())  # per-objective F1 on the test split


def test_classify_abstention_model_card_offtopic_figure_is_measured() -> None:
    """The card's abstention figure is what the committed model does on the off-topic set now."""
    import json

    from gcmextract.classify.predict import MODELS_DIR

    texts = load_offtopic_test()
    off = json.loads((MODELS_DIR / "metrics.json").read_text("utf-8"))["offtopic"]
    assert off["passages"] == len(texts)
    assert off["with_objective"] == len([t for t in texts if classify_text(t)])

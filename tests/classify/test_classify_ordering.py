"""The ranker of the primary objectives orders the objectives a passage is given and decides none
(sets and scores are the heads'), and the gate's threshold can differ by language."""

from __future__ import annotations

import dataclasses

import numpy as np

from gcmextract.classify.model import TextClassifier
from gcmextract.classify.predict import Scorer, classify_text, load, models_from

PASSAGES = [
    "The ministry expanded consular assistance to nationals abroad and cut the cost of sending "
    "remittances through digital transfers. Migrants held in immigration detention now see a "
    "lawyer within two days, and alternatives to detention were tried for families with children.",
    "Border officials were trained to identify victims of trafficking and smuggled migrants, and "
    "the labour inspectorate checked recruitment agencies for fees charged to workers abroad.",
    "El Gobierno amplió la asistencia consular a sus nacionales en el exterior y redujo el costo "
    "de las remesas; las personas migrantes en detención tienen acceso a un abogado.",
]


def _with(tmp_path, **changes) -> TextClassifier:
    """The shipped objectives model with `changes`, saved in `tmp_path` and loaded back."""
    model = dataclasses.replace(load("objectives"), _vocabs=None, _row_major=None, **changes)
    model.save(tmp_path)
    return TextClassifier.load(tmp_path, "objectives")


def _labels(text: str, directory, language: str | None = None) -> list[tuple[int, float]]:
    with models_from(directory):
        return [(c.objective or 0, c.score) for c in classify_text(text, language=language)]


def test_a_ranker_changes_the_order_of_the_objectives_given_never_which_or_their_scores(
    tmp_path,
) -> None:
    shipped = load("objectives")
    plain_dir, ranked_dir = tmp_path / "plain", tmp_path / "ranked"
    _with(plain_dir, rank_coef=None, rank_intercept=None)
    rng = np.random.default_rng(1)
    n = len(shipped.labels)
    # a ranker that prefers the objectives in reverse order of their labels, whatever the text
    ranked = _with(
        ranked_dir,
        rank_coef=np.zeros_like(shipped.coef),
        rank_intercept=np.arange(n, dtype=np.float32) * 10
        + rng.normal(0, 0.1, n).astype(np.float32),
        rank_weight=5.0,
    )
    assert ranked.rank_weight == 5.0
    reordered = 0
    for text in PASSAGES:
        plain, with_ranker = _labels(text, plain_dir), _labels(text, ranked_dir)
        assert plain, text
        assert sorted(plain) == sorted(with_ranker)
        # the ranker's order: highest label first (its intercepts grow with the label's index)
        index = {int(label): j for j, label in enumerate(shipped.labels)}
        assert [o for o, _ in with_ranker] == sorted((o for o, _ in plain), key=lambda o: -index[o])
        reordered += [o for o, _ in plain] != [o for o, _ in with_ranker]
    assert reordered  # the test is not vacuous: some passage has its objectives reordered


def test_the_passage_keys_are_its_whole_texts_and_its_sentences_without_a_whole() -> None:
    text = PASSAGES[0]
    scorer = Scorer(text, "objectives")
    (whole,) = scorer.scores([(0, len(text))])
    (parts,) = scorer.scores([(0, len(text))], whole=False)
    assert whole.rank is not None and parts.rank is not None
    x = scorer.model.decision([" ".join(scorer.masked.split())])[0][0]
    assert np.allclose(whole.rank, x, atol=1e-4)
    top = np.sort(scorer.per_key[parts.idx], axis=0)[::-1][:2].mean(axis=0)
    assert np.allclose(parts.rank, top)


def test_the_gate_threshold_of_a_language_applies_to_its_passages_only(tmp_path) -> None:
    strict = _with(tmp_path, gate_thresholds={"es": 1.01})
    assert strict.gate_threshold_for("es") == 1.01
    assert strict.gate_threshold_for("fr") == strict.gate_threshold
    assert strict.gate_threshold_for(None) == strict.gate_threshold
    text = PASSAGES[2]
    assert _labels(text, tmp_path, "es") == []
    assert _labels(text, tmp_path, "fr")
    assert _labels(text, tmp_path)

"""Spanish and French passages are classified by the one objective model, which shares concept tokens
across English, Spanish and French: a migration paragraph gets a plausible objective, an off-topic one
none, and a mixed document's passages are scored by the same model."""

from __future__ import annotations

import pytest

from gcmextract.classify.predict import LanguageScorers, classify_text, load, model_for

# Paragraphs written for these tests, in the style of other countries' reports; each with the
# objectives a reader would accept for it.
MIGRATION = {
    "es": (
        "El Ministerio de Relaciones Exteriores amplió la red de consulados móviles en los Estados "
        "donde residen más connacionales, que ahora expiden pasaportes y documentos de identidad el "
        "mismo día y brindan asistencia jurídica a quienes se encuentran detenidos en el extranjero.",
        {4, 14},
    ),
    "fr": (
        "Avec l'appui de la Banque centrale, les opérateurs de téléphonie mobile proposent désormais "
        "des transferts d'argent à moins de trois pour cent de frais, afin que les fonds envoyés par "
        "les travailleurs établis à l'étranger parviennent plus vite et moins cher à leurs familles.",
        {20},
    ),
}
OFF_TOPIC = {
    "es": "La cosecha de café de este año superó las expectativas gracias a las lluvias regulares, y "
    "la cooperativa nacional inauguró una planta de tostado que abastece a los supermercados del país.",
    "fr": "Le festival national des arts et de la culture a réuni cette année plus de deux cents "
    "troupes de danse et de théâtre, et la bibliothèque nationale a ouvert une nouvelle salle de "
    "lecture pour les enfants.",
}


@pytest.mark.parametrize("language", ["es", "fr"])
def test_classify_languages_one_model_covers_spanish_and_french(language: str) -> None:
    from gcmextract.classify.concepts import concept_tokens

    assert model_for("objectives", language) == model_for("objectives", "en") == "objectives"
    model = load("objectives")
    assert model.concept_vocab and len(model.labels) == 23
    # the paragraph's migration terms map to the English concepts the model has weights for
    tokens = set(concept_tokens(MIGRATION[language][0]))
    assert tokens and tokens <= set(model.concept_vocab)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_classify_languages_migration_paragraph_gets_plausible_objective(language: str) -> None:
    text, plausible = MIGRATION[language]
    labels = classify_text(text, language=language)
    assert labels and labels[0].objective in plausible
    assert labels[0].evidence


@pytest.mark.parametrize("language", ["es", "fr"])
def test_classify_languages_off_topic_paragraph_gets_none(language: str) -> None:
    assert classify_text(OFF_TOPIC[language], language=language) == []


def test_classify_languages_mixed_document_scores_each_passage() -> None:
    english = (
        "Our consulates issue emergency travel documents and provide legal assistance to nationals "
        "detained abroad, and a hotline answers their families day and night."
    )
    french = MIGRATION["fr"][0]
    text = f"{english}\n\n{french}"
    blocks = [(0, len(english)), (len(english) + 2, len(text))]
    scorers = LanguageScorers(text, "objectives", blocks, ["en", "fr"], "en")
    (by_en, en_score), (by_fr, fr_score) = scorers.scores(blocks, whole=False)
    assert by_en.name == by_fr.name == "objectives"
    assert any(c.objective == 14 for c in by_en.labels(*en_score[:2], gate=en_score.gate))
    assert any(c.objective == 20 for c in by_fr.labels(*fr_score[:2], gate=fr_score.gate))


@pytest.mark.parametrize("language", ["es", "fr"])
def test_classify_languages_offtopic_sets_are_apart(language: str) -> None:
    """The held-out Spanish and French off-topic paragraphs share no paragraph with the tuning set
    that chose the gate threshold nor with the training material."""
    from gcmextract.classify.data import DATA_DIR, load_offtopic
    from gcmextract.training.train import training_set

    held, tune = load_offtopic(DATA_DIR, language), load_offtopic(DATA_DIR, language, "tune")
    assert len(held) >= 40 and tune
    assert not set(held) & set(tune)
    assert not (set(held) | set(tune)) & set(training_set(DATA_DIR).negatives)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_classify_languages_model_card_figures_are_measured(language: str) -> None:
    """The card's Spanish and French abstention and gold-section figures (metrics.json) are what the
    committed model does now on the held-out off-topic paragraphs, on the tuning paragraphs that chose
    the gate threshold (none of which passes it) and on the gold document."""
    import json

    from gcmextract.classify.data import DATA_DIR, load_offtopic
    from gcmextract.classify.predict import MODELS_DIR
    from gcmextract.training.train import masked_section_scores

    row = json.loads((MODELS_DIR / "metrics.json").read_text("utf-8"))["languages"][language]
    for split, key in (("test", "offtopic"), ("tune", "offtopic_tune")):
        texts = load_offtopic(DATA_DIR, language, split)
        tagged = [t for t in texts if classify_text(t, language=language)]
        assert row[key]["passages"] == len(texts)
        assert row[key]["with_objective"] == len(tagged)
    assert row["offtopic_tune"]["with_objective"] == 0  # the threshold was chosen so
    gold = masked_section_scores(MODELS_DIR, language)
    assert row["gold_sections_masked"]["f1"] == pytest.approx(gold["f1"], abs=1e-3)

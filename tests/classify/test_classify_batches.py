"""Passages are scored in batches of sentences and blocks (bounded memory on long documents): the
objectives, principles and amount links come out the same whatever the batch size, and a long text
does not keep its sentences' n-grams."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcmextract.assemble.serialize import to_json
from gcmextract.classify import predict
from gcmextract.classify.lexicon import Counts
from gcmextract.pipeline import extract_path

PARAGRAPHS = [
    "Objective 6: Fair and ethical recruitment.\n\nThe Ministry of Labour and Social Protection "
    "(MLSP) licensed 42 recruitment agencies in 2021 and cancelled 7 licences. Migrant workers can "
    "report abuse through a hotline in four languages.",
    "Returnees received EUR 3.5 million in reintegration grants between March and May 2022. Local "
    "councils helped 1,200 families find housing. Training covered 300 young people.",
    "Remittances: the central bank cut transfer fees to 3 per cent and licensed two mobile wallet "
    "providers. Diaspora bonds raised USD 250,000 for schools.",
    "Children on the move are placed in family care, never in detention. Border officials were "
    "trained on the best interests of the child with UNICEF.",
    "The national statistics office added migration questions to the 2022 census and published a "
    "migration profile. Data are shared with IOM under objective 1.",
]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batches") / "review.txt"
    path.write_text("National review\n\n" + "\n\n".join(PARAGRAPHS * 3) + "\n", encoding="utf-8")
    return path


def test_classify_batches_do_not_change_the_output(nlp, source: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    whole = extract_path(source, nlp=nlp)
    assert whole.objectives and any(p.classified_objectives for p in whole.paragraphs)
    monkeypatch.setattr(predict, "BATCH", 3)  # many batches of sentences and of blocks
    batched = extract_path(source, nlp=nlp)
    assert to_json(batched) == to_json(whole)


def test_classify_batches_long_text_keeps_no_ngrams(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(PARAGRAPHS)
    monkeypatch.setattr(predict, "SHARE_CHARS", len(text) - 1)
    counts = Counts(predict.lexicon_of(("objectives",)))
    scorer = predict.Scorer(text, "objectives", [(0, len(text))], counts)
    assert not counts.kept and len(scorer.per) == len(scorer.sents) > 5
    monkeypatch.setattr(predict, "SHARE_CHARS", len(text))
    again = predict.Scorer(text, "objectives", [(0, len(text))], counts)
    assert counts.kept and (again.per == scorer.per).all()


def test_classify_batches_counts_and_sentence_scores_are_exact(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(PARAGRAPHS * 3)
    blocks, start = [], 0
    for para in PARAGRAPHS * 3:
        blocks.append((start, start + len(para)))
        start += len(para) + 2
    ranges = [(0, len(text)), (0, blocks[4][1]), (blocks[3][0], blocks[11][1])]
    whole = predict.Scorer(text, "objectives", blocks)
    counts = whole._range_counts(ranges)
    monkeypatch.setattr(predict, "BATCH", 3)
    batched = predict.Scorer(text, "objectives", blocks)
    for a, b in zip(counts, batched._range_counts(ranges), strict=True):
        a, b = (x.toarray() if hasattr(x, "toarray") else x for x in (a, b))
        assert (a == b).all()
    assert (whole.per == batched.per).all() and (whole.per_gate == batched.per_gate).all()
    assert whole.per.dtype == batched.per.dtype


def test_classify_batches_long_text_same_output(nlp, source: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    whole = extract_path(source, nlp=nlp)
    monkeypatch.setattr(predict, "SHARE_CHARS", 100)  # every text counts as long
    monkeypatch.setattr(predict, "LONG_BATCH", 2)
    scorer = predict.Scorer(source.read_text(encoding="utf-8"), "objectives")
    assert scorer.batch == 2 and len(scorer.sents) > 2
    assert to_json(extract_path(source, nlp=nlp)) == to_json(whole)

"""Document objectives rolled up from their evidence: every objective a section or paragraph carries
with a score of at least ROLLUP_SCORE is among the document's, with located passages as evidence
(offsets into the text, page and boxes for a PDF, scores best first); a document without objectives
says why. Checked on the corpus and on general-debate statements."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from gcmextract.assemble.objectives import ROLLUP_SCORE
from gcmextract.ingest import read_document
from gcmextract.pipeline import extract_documents

UNGD = Path(__file__).resolve().parents[3] / "shared" / "ungd" / "2021"
CORPUS_FILES = [
    "canada-2021-annex.txt",
    "canada-2021-annex.pdf",
    "sen-2022-gcm-review.txt",
    "gtm-2022-gcm-review.txt",
    "bgd-2021-ungd.txt",
]


def _high(ex) -> set[int]:  # type: ignore[no-untyped-def]
    items = [*ex.sections, *ex.paragraphs]
    return {c.objective for i in items for c in i.classified_objectives if c.score >= ROLLUP_SCORE}


def _check(ex, document) -> None:  # type: ignore[no-untyped-def]
    found = {o.objective for o in ex.objectives}
    assert _high(ex) <= found, (ex.document.id, _high(ex) - found)
    assert (ex.objectives_note is None) == bool(ex.objectives)
    labels = [c for i in [*ex.sections, *ex.paragraphs] for c in i.classified_objectives]
    for holder in [*ex.objectives, *labels]:
        assert 1 <= len(holder.evidence) <= 3, holder
        scores = [e.score for e in holder.evidence]
        assert scores == sorted(scores, reverse=True)
        for e in holder.evidence:
            passage = " ".join(document.clean[e.start : e.end].split())
            assert passage.startswith(e.text), (e.text, passage)
            assert e.page == document.page_of(e.start)
            assert (e.boxes is not None) == (document.format == "pdf")


@pytest.fixture(scope="module")
def corpus(nlp) -> list:  # type: ignore[no-untyped-def]
    documents = [read_document(CORPUS / name) for name in CORPUS_FILES]
    return list(zip(extract_documents(documents, nlp=nlp), documents, strict=True))


def test_rollup_paragraph_objectives_are_the_documents(corpus: list) -> None:
    for ex, document in corpus:
        _check(ex, document)
    # not vacuous: the corpus has section and paragraph labels above the threshold, and some of
    # them are the document's only because they were rolled up
    assert sum(len(_high(ex)) for ex, _ in corpus) >= 10
    bases = {b for ex, _ in corpus for o in ex.objectives for b in o.basis}
    assert {"explicit", "paragraph"} <= bases


def test_rollup_pdf_evidence_has_boxes_that_spell_it(corpus: list) -> None:
    import pdfplumber

    from pdf_boxes import spelt

    ex, document = [(e, d) for e, d in corpus if d.format == "pdf"][0]
    passages = [e for o in ex.objectives for e in o.evidence]
    assert passages
    with pdfplumber.open(CORPUS / "canada-2021-annex.pdf") as pdf:
        chars = [p.chars for p in pdf.pages]
        for e in passages:
            read = "".join(spelt(chars[b[0] - 1], b) for b in e.boxes)
            wanted = "".join(document.text[e.start : e.end].split())
            assert "".join(read.split()) == wanted.replace("\u00ad", "")


@pytest.mark.skipif(not UNGD.is_dir(), reason="general-debate statements (../shared/ungd) absent")
def test_rollup_on_general_debate_statements(nlp) -> None:  # type: ignore[no-untyped-def]
    files = sorted(UNGD.glob("*.txt"))[:20]
    documents = [read_document(f) for f in files]
    for ex, document in zip(extract_documents(documents, nlp=nlp), documents, strict=True):
        _check(ex, document)
        if not ex.objectives:
            assert "0.8" in ex.objectives_note

"""Long documents are extracted piece by piece into one Extraction: offsets into the source, no
mention cut or repeated at a piece boundary, acronyms defined in one piece resolved in later ones,
document-level steps over the whole document, and a document that fits in one piece unchanged."""

from __future__ import annotations

import pytest
import spacy

from gcmextract.extractors.run import PIECE_MARGIN
from gcmextract.ingest.document import Document
from gcmextract.ingest.markup import clean_markup
from gcmextract.ingest.text import text_blocks
from gcmextract.nlp import bounds
from gcmextract.pipeline import COMPONENTS, extract_document


@pytest.fixture(scope="module")
def blank_nlp():  # type: ignore[no-untyped-def]
    from gcmextract.extractors import register_components

    register_components()
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _doc(text: str) -> Document:
    clean = clean_markup(text)
    return Document(
        id="t",
        source="t.txt",
        sha256="0",
        format="txt",
        text=text,
        clean=clean,
        blocks=text_blocks(text, clean),
    )


def _small_pieces(nlp, monkeypatch: pytest.MonkeyPatch, text: str, chars: int) -> None:  # type: ignore[no-untyped-def]
    """Pieces of `chars` characters, and spaCy refusing anything much longer than one piece (as it
    refuses texts over its max_length of 1,000,000 characters)."""
    monkeypatch.setattr(bounds, "PIECE_CHARS", chars)
    monkeypatch.setattr(nlp, "max_length", chars + PIECE_MARGIN + 10)
    assert len(text) > nlp.max_length


def _mentions(extraction, field: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start, m.end, m.text) for m in getattr(extraction, field)]


def test_pipeline_pieces_same_mentions_as_whole_text_at_any_cut(
    blank_nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # one line, no full stop: the pieces are cut at spaces, inside date ranges and amounts
    text = " ".join(
        f"from {3 + i % 20} March {2001 + i % 19} to {4 + i % 20} June {2002 + i % 19} "
        f"Tonga paid TOP {i + 1} million under Objective {1 + i % 23} and"
        for i in range(60)
    )
    whole = extract_document(_doc(text), nlp=blank_nlp)
    _small_pieces(blank_nlp, monkeypatch, text, 257)
    assert len(bounds.pieces(text)) > 10
    pieced = extract_document(_doc(text), nlp=blank_nlp)
    for field in ("dates", "amounts", "objective_refs"):
        assert _mentions(pieced, field) == _mentions(whole, field), field
        assert len(_mentions(whole, field)) >= 60
    assert pieced.document == whole.document


def test_pipeline_pieces_resolve_acronyms_defined_in_earlier_pieces(
    blank_nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    filler = "\n\n".join(
        f"In {2010 + i} the programme reached {100 + i} returnees in the provinces."
        for i in range(40)
    )
    text = (
        "The Commission on Filipinos Overseas (CFO) coordinates pre-departure seminars.\n\n"
        f"{filler}\n\nIn 2022 the CFO trained 400 counsellors."
    )
    _small_pieces(blank_nlp, monkeypatch, text, 500)
    assert len(bounds.pieces(text)) > 3
    result = extract_document(_doc(text), nlp=blank_nlp)
    late = [o for o in result.organizations if o.start > len(text) - 40]
    assert [(o.text, o.canonical, o.acronym) for o in late] == [
        ("CFO", "Commission on Filipinos Overseas", "CFO")
    ]
    for field in ("dates", "amounts", "organizations", "objective_refs"):
        for m in getattr(result, field):
            assert text[m.start : m.end] == m.text
    assert len(result.paragraphs) == 42  # paragraphs over the whole document, not per piece


def test_pipeline_pieces_leave_a_one_piece_document_alone(blank_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In March 2021 the Ministry of Labour (MOL) of Ghana paid GHS 2 million (Objective 6)."
    assert len(bounds.pieces(text)) == 1
    doc = blank_nlp(text)
    assert doc._.gcm_acronyms is None  # nothing carried, nothing recorded
    result = extract_document(_doc(text), nlp=blank_nlp)
    assert [(o.text, o.acronym) for o in result.organizations] == [
        ("Ministry of Labour", "MOL"),
        ("MOL", "MOL"),
    ]

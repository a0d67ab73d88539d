"""The components as a spaCy user meets them: factories by name, spans with values, DocBin, displaCy,
a saved pipeline, and one pure function from a processed Doc to the Extraction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

from gcmextract.extractors.base import SPAN_ATTRS
from gcmextract.pipeline import COMPONENTS, doc_to_extraction, extract_document

TEXT = (
    "Objectives 5 and 6: the Ministry of Social Development of Chile (MDS) and the "
    "International Organization for Migration gave USD 2.5 million between March 2020 and "
    "June 2021 to 1,200 migrant workers; 40% of them were women. The MDS reported in 2022."
)


def _fresh(code: str, *args: str) -> str:
    """Run `code` in a new interpreter (nothing of gcmextract imported) and return its stdout."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def blank():  # type: ignore[no-untyped-def]
    """A blank English pipeline with the four components (no statistical model)."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def test_components_add_pipe_by_name_in_fresh_process() -> None:
    out = _fresh(
        "import json, sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('gcm_amounts')\n"
        "doc = nlp(sys.argv[1])\n"
        "print(json.dumps([[s.text, s.label_, s._.gcm_amount] for s in doc.spans['gcm_amounts']]))",
        "They received EUR 3 million. It trained 250 health professionals.",
    )
    rows = json.loads(out)
    assert [(text, label) for text, label, _ in rows] == [
        ("EUR 3 million", "AMOUNTS"),
        ("250", "AMOUNTS"),
    ]
    money, count = rows[0][2], rows[1][2]
    assert (money["kind"], money["currency"], money["value"]) == ("money", "EUR", 3_000_000)
    assert (count["kind"], count["unit"]) == ("count", "professionals")


def test_components_default_currency_config(blank) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("gcm_amounts", config={"default_currency": "CAD", "spans_key": "money"})
    doc = nlp("It gave $40 million.")
    (span,) = doc.spans["money"]
    assert span._.gcm_amount["currency"] == "CAD"
    plain = blank("It gave $40 million.")
    assert plain.spans["gcm_amounts"][0]._.gcm_amount["currency"] == "USD"


def test_components_spans_carry_exact_offsets(blank) -> None:  # type: ignore[no-untyped-def]
    doc = blank(TEXT)
    for field, attr in SPAN_ATTRS.items():
        spans = list(doc.spans[f"gcm_{field}"])
        assert spans, field
        for span in spans:
            value = span._.get(attr)
            assert doc.text[value["start"] : value["end"]] == value["text"]
            assert span.start_char <= value["start"] < value["end"] <= span.end_char
    orgs = {s._.gcm_organization["canonical"] for s in doc.spans["gcm_organizations"]}
    assert "International Organization for Migration" in orgs


def test_components_docbin_round_trips_spans_and_values(blank) -> None:  # type: ignore[no-untyped-def]
    docs = [blank(TEXT), blank("Some 3,000 families in 2019.")]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(blank.vocab))
    for doc, copy in zip(docs, back, strict=True):
        for field, attr in SPAN_ATTRS.items():
            key = f"gcm_{field}"
            # msgpack gives tuples for lists: compare values as JSON
            want = [(s.start, s.end, s.label_, json.dumps(s._.get(attr))) for s in doc.spans[key]]
            got = [(s.start, s.end, s.label_, json.dumps(s._.get(attr))) for s in copy.spans[key]]
            assert got == want
    assert all(len(back[0].spans[f"gcm_{field}"]) for field in SPAN_ATTRS)


def test_components_displacy_renders_spans(blank) -> None:  # type: ignore[no-untyped-def]
    html = displacy.render(blank(TEXT), style="span", options={"spans_key": "gcm_amounts"})
    assert "AMOUNTS" in html
    assert "2.5" in html


def test_components_doc_to_extraction_is_pure(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.ingest import read_document
    from gcmextract.ingest.offsets import compact_view

    path = tmp_path / "a.md"
    path.write_text("Kenya's Ministry of Labour gave KES&nbsp;1.5&nbsp;billion in 2021.", "utf-8")
    document = read_document(path)
    view = compact_view(document)
    doc = nlp(nlp.make_doc(view.text))
    before = doc.to_bytes()
    first = doc_to_extraction(doc, document, view)
    assert doc.to_bytes() == before
    assert doc_to_extraction(doc, document, view) == first
    (money,) = first.amounts
    assert money.text == "KES&nbsp;1.5&nbsp;billion"
    value = doc.spans["gcm_amounts"][0]._.gcm_amount
    assert doc.text[value["start"] : value["end"]] == "KES 1.5 billion"
    for field in SPAN_ATTRS:
        for m in getattr(first, field):
            assert document.text[m.start : m.end] == m.text


def test_components_saved_pipeline_loads_in_fresh_process(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nlp.to_disk(tmp_path / "pipe")
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = _fresh(
        "import sys, spacy\n"
        "from gcmextract.ingest import read_document\n"
        "from gcmextract.pipeline import extract_document\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(extract_document(read_document(sys.argv[2]), nlp=nlp).model_dump_json())",
        str(tmp_path / "pipe"),
        str(src),
    )
    from gcmextract.ingest import read_document

    assert out.strip() == extract_document(read_document(src), nlp=nlp).model_dump_json()
    assert json.loads(out)["organizations"]


def test_components_saved_vocabulary_must_match(blank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blank.to_disk(tmp_path / "pipe")
    vocab = tmp_path / "pipe" / "gcm_amounts" / "vocabulary.json"
    data = json.loads(vocab.read_text("utf-8"))
    data["scales"]["million"] = 1
    vocab.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ValueError, match="vocabulary.json"):
        spacy.load(tmp_path / "pipe")


def test_components_objectives_write_cats() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("gcm_objectives")
    text = (
        "Border management\n\n"
        "We strengthened integrated border management, trained border guards and screened "
        "arrivals at every land border crossing with neighbouring states.\n\n"
        "Remittances\n\n"
        "We lowered the cost of remittances sent home by migrant workers and promoted "
        "financial inclusion through cheaper and faster transfer services.\n"
    )
    doc = nlp(text)
    assert set(doc.cats) == {f"objective_{n}" for n in range(1, 24)}
    assert all(0.0 <= s <= 1.0 for s in doc.cats.values())
    border, money = doc.spans["gcm_sections"]
    assert border._.gcm_heading == "Border management"
    best = {s._.gcm_heading: max(s._.gcm_cats, key=s._.gcm_cats.get) for s in (border, money)}
    assert best == {"Border management": "objective_11", "Remittances": "objective_20"}

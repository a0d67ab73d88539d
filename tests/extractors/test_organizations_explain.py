"""`--explain`: rejected organisation candidates kept with the generator that proposed each (`source`)
and the rule that rejected it (`reason`), as a span group and in the output; absent by default."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin

from conftest import run_cli
from gcmextract.extractors.organizations.component import REJECTED_KEY
from gcmextract.pipeline import doc_to_extraction

TITLE = "Minister of Labour and Social Protection"
TEXT = (
    f"The {TITLE} opened the consultation in Lusaka. The Ministry of Labour and Social "
    "Protection (MLSP) coordinates labour migration with the Zambia Police Service."
)


def _doc(nlp: spacy.Language, text: str) -> Doc:
    """`text` with a hand-made statistical ORG span on the minister's title, then the component."""
    doc = nlp.make_doc(text)
    start = text.index(TITLE)
    doc.ents = [doc.char_span(start, start + len(TITLE), label="ORG")]
    return nlp.get_pipe("gcm_organizations")(doc)


def _pipe(**config: object) -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("gcm_organizations", config=config)
    return nlp


def test_organizations_explain_rejects_title_keeps_ministry() -> None:
    doc = _doc(_pipe(explain=True), TEXT)
    rejected = [s._.gcm_rejection for s in doc.spans[REJECTED_KEY]]
    assert {"text": TITLE, "source": "ner", "reason": "title"}.items() <= rejected[0].items()
    assert all(doc.text[r["start"] : r["end"]] == r["text"] for r in rejected)
    kept = {
        s._.gcm_organization["text"]: s._.gcm_organization for s in doc.spans["gcm_organizations"]
    }
    assert kept["Ministry of Labour and Social Protection"]["acronym"] == "MLSP"
    assert TITLE not in kept


def test_organizations_explain_off_by_default_or_per_doc() -> None:
    nlp = _pipe()
    assert REJECTED_KEY not in _doc(nlp, TEXT).spans
    doc = nlp.make_doc(TEXT)
    doc._.gcm_explain = True  # what `extract --explain` sets on each document
    start = TEXT.index(TITLE)
    doc.ents = [doc.char_span(start, start + len(TITLE), label="ORG")]
    doc = nlp.get_pipe("gcm_organizations")(doc)
    assert [s.text for s in doc.spans[REJECTED_KEY]] == [TITLE]


def test_organizations_explain_spans_round_trip_and_render() -> None:
    nlp = _pipe(explain=True)
    doc = _doc(nlp, TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (copy,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    assert [(s.text, s.label_, dict(s._.gcm_rejection)) for s in copy.spans[REJECTED_KEY]] == [
        (s.text, s.label_, s._.gcm_rejection) for s in doc.spans[REJECTED_KEY]
    ]
    html = displacy.render(doc, style="span", options={"spans_key": REJECTED_KEY})
    assert "title" in html


def test_organizations_explain_in_extraction_with_source_offsets(tmp_path: Path) -> None:
    from gcmextract.ingest import read_document
    from gcmextract.ingest.offsets import compact_view

    path = tmp_path / "zambia.md"
    # the entity padding makes source and NLP-view offsets differ
    path.write_text(TEXT.replace("The Minister", "The&nbsp;Minister"), encoding="utf-8")
    document = read_document(path)
    view = compact_view(document)
    explained = doc_to_extraction(_doc(_pipe(explain=True), view.text), document, view)
    (r,) = explained.rejected_organizations
    assert (r.text, r.source, r.reason) == (TITLE, "ner", "title")
    assert document.text[r.start : r.end] == TITLE and r.start > view.text.index(TITLE)
    assert r.sentence and "Lusaka" in r.sentence
    plain = doc_to_extraction(_doc(_pipe(), view.text), document, view).model_dump_json(indent=2)
    assert "rejected_organizations" not in plain
    full = json.loads(explained.model_dump_json(indent=2))
    del full["rejected_organizations"]
    assert full == json.loads(plain)


def test_organizations_explain_cli_flag(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import extract_document

    src = tmp_path / "zambia.txt"
    src.write_text(
        "Zambia: statement on the Global Compact for Migration\n\n"
        f"{TEXT} Chief Executive Officer Mr. Banda of the Lusaka City Council spoke.\n",
        encoding="utf-8",
    )
    out = tmp_path / "explained.json"
    proc = run_cli("extract", "--explain", "--indent", str(src), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    rejected = data.pop("rejected_organizations")
    assert rejected, "the statement has rejected candidates (the title, the person)"
    text = src.read_text(encoding="utf-8")
    for r in rejected:
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["source"] in ("long", "acronym", "glossary", "gazetteer", "pattern", "ner")
        assert r["reason"]
    assert "Ministry of Labour and Social Protection" in {o["text"] for o in data["organizations"]}
    plain = extract_document(read_document(src), nlp=nlp).model_dump_json(indent=2)
    assert json.loads(plain) == data
    assert "--explain" in run_cli("extract", "--help").stdout

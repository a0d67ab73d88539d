"""The compact view drops the padding of entities and escapes, and maps offsets back to the source."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcmextract.ingest import read_document
from gcmextract.ingest.markup import clean_markup, deleted_positions
from gcmextract.ingest.offsets import compact_view


def test_offsets_hidden_html_content_blanked() -> None:
    text = '<head><script>var a = "Ministry of X 2019";</script><style>p{x:1}</style></head><!-- note -->ok'
    clean = clean_markup(text)
    assert len(clean) == len(text)
    assert clean.strip() == "ok"


@pytest.mark.parametrize(
    ("source", "compact"),
    [
        ("KES&nbsp;2.5&nbsp;billion", "KES 2.5 billion"),
        ("Bill &amp; Melinda", "Bill & Melinda"),
        ("Children&rsquo;s Fund", "Children’s Fund"),
        ("US\\$2.35 billion", "US$2.35 billion"),
        ("60&#37; of", "60% of"),
    ],
)
def test_offsets_compact_text(tmp_path: Path, source: str, compact: str) -> None:
    path = tmp_path / "a.html"
    path.write_text(f"<p>{source}</p>", encoding="utf-8")
    view = compact_view(read_document(path))
    assert view.text.strip() == compact


def test_offsets_map_back_to_source_spans(tmp_path: Path) -> None:
    source = "<p>It gave KES&nbsp;2.5&nbsp;billion to Bill &amp; Melinda.</p>"
    path = tmp_path / "a.html"
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    view = compact_view(document)
    for surface, original in (
        ("KES 2.5 billion", "KES&nbsp;2.5&nbsp;billion"),
        ("Bill & Melinda", "Bill &amp; Melinda"),
        ("Bill &", "Bill &amp;"),
    ):
        i = view.text.index(surface)
        assert source[view.start(i) : view.end(i + len(surface))] == original


def test_offsets_identity_without_padding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Plain text, 2021.", encoding="utf-8")
    view = compact_view(read_document(path))
    assert view.index is None and view.start(3) == 3 and view.end(5) == 5
    assert deleted_positions("Plain text") == []


def test_offsets_extraction_spans_keep_entities(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.pipeline import extract_path

    source = (
        "<h1>Kenya review</h1><p>The Bill &amp; Melinda Gates Foundation gave "
        "KES&nbsp;2.5&nbsp;billion between January&nbsp;2020 and March 2021.</p>"
    )
    path = tmp_path / "kenya.html"
    path.write_text(source, encoding="utf-8")
    ex = extract_path(path, nlp=nlp)
    money = [a for a in ex.amounts if a.kind == "money"]
    assert [(a.text, a.value, a.currency) for a in money] == [
        ("KES&nbsp;2.5&nbsp;billion", 2_500_000_000, "KES")
    ]
    assert [(d.text, d.value) for d in ex.dates] == [
        ("January&nbsp;2020 and March 2021", "2020-01/2021-03")
    ]
    assert ("Bill &amp; Melinda Gates Foundation", "Bill & Melinda Gates Foundation") in [
        (o.text, o.canonical) for o in ex.organizations
    ]
    for m in [*ex.amounts, *ex.dates, *ex.organizations]:
        assert source[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="a &;#x1\\$nbsp", max_size=60))
def test_offsets_compact_index_is_every_kept_offset(text: str) -> None:
    from gcmextract.ingest.document import Block, Document

    doc = Document(
        id="d",
        source="d.txt",
        sha256="0",
        format="md",
        text=text,
        clean=clean_markup(text),
        blocks=[Block(kind="paragraph", start=0, end=len(text))],
    )
    view = compact_view(doc)
    gone = set(deleted_positions(text))
    keep = [i for i in range(len(text)) if i not in gone]
    assert view.text == "".join(doc.clean[i] for i in keep)
    if view.index is not None:
        assert list(view.index) == keep and len(view.index) == len(keep)
        assert [view.index[i] for i in range(-len(keep), 0)] == keep

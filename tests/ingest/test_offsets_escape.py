"""The escape rule of the compact view: a markdown escape before a mention belongs to it."""

from __future__ import annotations

from pathlib import Path

from gcmextract.ingest import read_document
from gcmextract.ingest.offsets import CompactView, compact_view


def test_offsets_escape_before_mention_belongs_to_it(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Fiji gave US\\$15 million and \\#5 more.", encoding="utf-8")
    document = read_document(path)
    view = compact_view(document)
    i = view.text.index("$")
    # the span starting at "$" in the compact view starts at the backslash in the source
    assert document.text[view.start(i) :].startswith("\\$15")
    j = view.text.index("US$")
    assert view.start(j) == document.text.index("US\\$")  # not an escape: no move


def test_offsets_escape_never_reaches_back_past_kept_text() -> None:
    # source "a\\\\b": both backslashes dropped, so "b" may take them; a kept "\\" may not be taken
    source = "x\\\\y"
    view = CompactView("x\\y", source, (0, 2, 3))
    assert view.start(2) == 3  # the kept backslash at 2 stays outside the span of "y"
    assert view.start(1) == 1  # the dropped backslash before the kept one belongs to it

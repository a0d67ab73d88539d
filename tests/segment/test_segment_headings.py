"""Section headings in other submissions' styles: numbered, Roman, lettered, with objective lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcmextract.ingest import read_document
from gcmextract.ingest.document import Document
from gcmextract.segment import segment


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "submission.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def headings(tmp_path: Path, text: str) -> list[str]:
    return [s.heading for s in segment(read(tmp_path, text))[0]]


@pytest.mark.parametrize(
    "heading",
    [
        "1. Introduction",
        "2.3 Data collection",
        "IV. Challenges and gaps",
        "B) Return and reintegration",
    ],
)
def test_segment_headings_numbered(tmp_path: Path, heading: str) -> None:
    text = f"{heading}\n\nThe ministry trained 250 officers in 2022. It also opened two centres.\n"
    assert headings(tmp_path, text) == [heading]


def test_segment_headings_sentence_is_not_a_heading(tmp_path: Path) -> None:
    text = "I. The ministry trained officers. Then it opened centres.\n\nMore text follows here.\n"
    assert headings(tmp_path, text) == []


def test_segment_headings_numbered_heading_with_objective_list(tmp_path: Path) -> None:
    text = "3. Labour migration (Objectives 5, 6)\n\nBilateral agreements were signed in 2021.\n"
    doc = read(tmp_path, text)
    (section,) = segment(doc)[0]
    assert (section.heading, section.declared_objectives) == ("3. Labour migration", [5, 6])

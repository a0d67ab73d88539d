"""The section tree from each signal a document gives: HTML h1-h6, markdown #, DOCX heading styles, PDF
font size, numbering depth, and in plain text objective-list headings and group titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcmextract.ingest import read_document
from gcmextract.schema import Section
from gcmextract.segment import segment
from gcmextract.segment.outline import numbering

BODY = "The ministry trained 120 labour inspectors in 2022 and opened two one-stop centres."


def tree(path: Path) -> list[tuple[str, int, int | None]]:
    sections, _ = segment(read_document(path))
    return [(s.heading, s.level, s.parent) for s in sections]


def sections_of(path: Path) -> list[Section]:
    return segment(read_document(path))[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_segment_tree_html_heading_levels(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Ghana: national review</h1><p>" + BODY + "</p>"
        "<h2>Labour migration</h2><p>" + BODY + "</p>"
        "<h3>Bilateral agreements</h3><p>" + BODY + "</p>"
        "<h3>Recruitment</h3><p>" + BODY + "</p>"
        "<h2>Returns</h2><p>" + BODY + "</p></body></html>"
    )
    assert tree(write(tmp_path, "gh.html", html)) == [
        ("Ghana: national review", 1, None),
        ("Labour migration", 2, 0),
        ("Bilateral agreements", 3, 1),
        ("Recruitment", 3, 1),
        ("Returns", 2, 0),
    ]


def test_segment_tree_markdown_levels_and_spans_cover_subsections(tmp_path: Path) -> None:
    md = (
        f"# Philippines: GCM review\n\n{BODY}\n\n## Protection of workers abroad\n\n{BODY}\n\n"
        f"### Consular assistance\n\n{BODY}\n\n## Reintegration\n\n{BODY}\n"
    )
    path = write(tmp_path, "ph.md", md)
    sections = sections_of(path)
    assert [(s.level, s.parent) for s in sections] == [(1, None), (2, 0), (3, 1), (2, 0)]
    protection, consular = sections[1], sections[2]
    assert protection.start < consular.heading_start < consular.end <= protection.end
    assert sections[0].end >= sections[3].end
    assert consular.path == [
        "Philippines: GCM review",
        "Protection of workers abroad",
        "Consular assistance",
    ]


def test_segment_tree_docx_heading_styles(tmp_path: Path) -> None:
    from docx import Document as Docx

    doc = Docx()
    doc.add_heading("Informe nacional de Ecuador", level=1)
    doc.add_paragraph(BODY)
    doc.add_heading("Movilidad laboral", level=2)
    doc.add_paragraph(BODY)
    doc.add_heading("Acuerdos bilaterales", level=3)
    doc.add_paragraph(BODY)
    doc.add_heading("Retorno", level=2)
    doc.add_paragraph(BODY)
    path = tmp_path / "ec.docx"
    doc.save(str(path))
    assert [(lvl, parent) for _h, lvl, parent in tree(path)] == [
        (1, None),
        (2, 0),
        (3, 1),
        (2, 0),
    ]


def test_segment_tree_docx_one_style_ordered_by_objective_lists(tmp_path: Path) -> None:
    from docx import Document as Docx

    doc = Docx()
    for heading in (
        "Labour mobility (Objectives 5, 6)",
        "Seasonal workers",
        "Recruitment fees",
        "Return and reintegration (Objective 21)",
        "Counselling",
    ):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(BODY)
    path = tmp_path / "ke.docx"
    doc.save(str(path))
    assert [(lvl, parent) for _h, lvl, parent in tree(path)] == [
        (1, None),
        (2, 0),
        (2, 0),
        (1, None),
        (2, 3),
    ]


def test_segment_tree_pdf_font_sizes(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "np.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for text, font, size in (
        ("Nepal: review of implementation", "Helvetica-Bold", 18),
        (BODY, "Helvetica", 10),
        ("Foreign employment", "Helvetica-Bold", 14),
        (BODY, "Helvetica", 10),
        ("Pre-departure orientation", "Helvetica-Bold", 11),
        (BODY, "Helvetica", 10),
        ("Welfare fund", "Helvetica-Bold", 11),
        (BODY, "Helvetica", 10),
        ("Remittances", "Helvetica-Bold", 14),
        (BODY, "Helvetica", 10),
    ):
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= 40
    c.save()
    assert tree(path) == [
        ("Nepal: review of implementation", 1, None),
        ("Foreign employment", 2, 0),
        ("Pre-departure orientation", 3, 1),
        ("Welfare fund", 3, 1),
        ("Remittances", 2, 0),
    ]


def test_segment_tree_numbering_depth(tmp_path: Path) -> None:
    text = (
        f"I. Context\n\n{BODY}\n\n1. Labour migration\n\n{BODY}\n\n1.1 Bilateral agreements\n\n{BODY}\n\n"
        f"1.2 Recruitment\n\n{BODY}\n\n2. Returns\n\n{BODY}\n\nII. Challenges\n\n{BODY}\n\n"
        f"A) Data gaps\n\n{BODY}\n\nB) Funding\n\n{BODY}\n"
    )
    assert [(lvl, parent) for _h, lvl, parent in tree(write(tmp_path, "ng.txt", text))] == [
        (1, None),
        (2, 0),
        (3, 1),
        (3, 1),
        (2, 0),
        (1, None),
        (2, 5),
        (2, 5),
    ]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("2. Labour", ("arabic", 1)),
        ("2.3 Data", ("arabic", 2)),
        ("2.3.1 Census", ("arabic", 3)),
        ("IV. Challenges", ("roman", 1)),
        ("B) Returns", ("upper", 1)),
        ("c) Detention", ("lower", 1)),
        ("Labour migration", None),
    ],
)
def test_segment_tree_numbering_styles(heading: str, expected: tuple[str, int] | None) -> None:
    assert numbering(heading) == expected


def test_segment_tree_objective_list_heading_outranks_titles_after_it(tmp_path: Path) -> None:
    text = (
        f"Labour mobility and decent work (Objectives 5, 6, 22)\n\n"
        f"Seasonal worker schemes\n\n{BODY}\n\nRecruitment reform\n\n{BODY}\n\n"
        f"Protecting migrants in vulnerable situations (Objectives 7, 10)\n\n{BODY}\n\n"
        f"Shelters for victims\n\n{BODY}\n"
    )
    sections = sections_of(write(tmp_path, "ph.txt", text))
    assert [(s.heading, s.level, s.parent) for s in sections] == [
        ("Labour mobility and decent work", 1, None),
        ("Seasonal worker schemes", 2, 0),
        ("Recruitment reform", 2, 0),
        ("Protecting migrants in vulnerable situations", 1, None),
        ("Shelters for victims", 2, 3),
    ]
    assert sections[0].end >= sections[2].end and sections[0].end < sections[3].heading_start


def test_segment_tree_plain_group_titles_without_lists(tmp_path: Path) -> None:
    """A title followed directly by another, or ending with a colon, opens a group of sub-sections."""
    text = (
        f"Labour mobility\n\nSeasonal worker schemes\n\n{BODY}\n\nRecruitment reform\n\n{BODY}\n\n"
        f"Protecting migrants in vulnerable situations:\n\n{BODY}\n\nShelters for victims\n\n{BODY}\n"
    )
    assert [(lvl, parent) for _h, lvl, parent in tree(write(tmp_path, "mx.txt", text))] == [
        (1, None),
        (2, 0),
        (2, 0),
        (1, None),
        (2, 3),
    ]


@pytest.mark.parametrize(
    "overview",
    [
        # a table of topics and their highlights (cells separated by a tab)
        "Labour mobility\t• bilateral agreements • recruitment reform\n\n"
        "Diaspora engagement\t• diaspora bond\n\n"
        "Return and reintegration\t• reintegration grants",
        # a plain-text table of contents with dot leaders and page numbers
        "Labour mobility ........ 2\n\nDiaspora engagement ........ 4\n\n"
        "Return and reintegration ........ 5",
        # a bulleted list of the topics
        "• Labour mobility\n• Diaspora engagement\n• Return and reintegration",
    ],
)
def test_segment_tree_topics_an_overview_lists_are_peers(tmp_path: Path, overview: str) -> None:
    """A heading the document's own overview or contents list names is a main topic: it closes the
    topic before it even when it has a body of its own and no colon, where a title would otherwise
    be read as one more sub-heading of the open topic."""
    text = (
        "Part II Progress on the objectives\n\n"
        "Ghana reviewed its work with the social partners in 2022. It reports on three priorities:\n\n"
        f"{overview}\n\n"
        f"Labour mobility\n\nBilateral agreements\n\n{BODY}\n\nRecruitment reform\n\n{BODY}\n\n"
        f"Diaspora engagement through the national diaspora bond\n\n{BODY}\n\n"
        f"Return and reintegration\n\nReintegration grants\n\n{BODY}\n"
    )
    assert tree(write(tmp_path, "gh.txt", text)) == [
        ("Part II Progress on the objectives", 1, None),
        ("Labour mobility", 2, 0),
        ("Bilateral agreements", 3, 1),
        ("Recruitment reform", 3, 1),
        ("Diaspora engagement through the national diaspora bond", 2, 0),
        ("Return and reintegration", 2, 0),
        ("Reintegration grants", 3, 5),
    ]


def test_segment_tree_overview_names_each_topic_once_in_order(tmp_path: Path) -> None:
    """A listed topic names the first heading after the previous topic's that holds all its words, so
    a later sub-heading repeating a topic's words ("... for labour mobility") stays a sub-heading."""
    text = (
        "Part II Progress on the objectives\n\n"
        "Kenya reviewed its work in 2022. It reports on two priorities:\n\n"
        "• Labour mobility\n• Consular protection\n\n"
        f"Labour mobility\n\nSkills partnerships for labour mobility\n\n{BODY}\n\n"
        f"Consular protection\n\nEmergency assistance\n\n{BODY}\n\nConsular protection desks\n\n{BODY}\n"
    )
    assert [(lvl, parent) for _h, lvl, parent in tree(write(tmp_path, "ke.txt", text))] == [
        (1, None),
        (2, 0),
        (3, 1),
        (2, 0),
        (3, 3),
        (3, 3),
    ]

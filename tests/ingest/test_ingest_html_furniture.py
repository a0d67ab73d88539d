"""Web pages: navigation, header, footer, asides, menus and cookie banners are left out of what the
extractors read (offsets into the source stay exact), and <meta charset> is honoured."""

from __future__ import annotations

from pathlib import Path

from gcmextract.ingest import read_document
from gcmextract.ingest.boilerplate import declared_charset, furniture_spans
from gcmextract.pipeline import extract_document

ARTICLE = """<h1>Ghana and partners open migrant resource centre in Kumasi</h1>
<p>The Ghana Immigration Service and the Ministry of Employment and Labour Relations opened a
new resource centre with the International Organization for Migration (IOM) on Tuesday.</p>
<p>The centre, funded by the European Union, will advise returnees. The Ghana Statistical Service
will publish figures on its use every quarter.</p>"""

FURNITURE = """<header class="site-header"><a href="/">Africa Migration Observer</a>
<nav><ul><li><a href="/iom">IOM News</a></li><li><a href="/unhcr">UNHCR Updates</a></li>
<li><a href="/au">African Union Commission</a></li></ul></nav></header>
<div id="cookie-banner">Africa Migration Observer uses cookies. The Data Protection Commission
requires your consent. <button>Accept</button></div>
<aside class="sidebar"><h3>Partners</h3><p>World Food Programme</p><p>Danish Refugee Council</p></aside>"""

FOOTER = """<footer><p>© Africa Migration Observer Foundation 2023</p>
<p>Supported by the Open Society Initiative for West Africa</p></footer>"""


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html><head>{head}<title>Resource centre</title></head>\n<body>\n{body}\n</body></html>\n"


def orgs(nlp, path: Path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = read_document(path)
    extraction = extract_document(doc, nlp=nlp, country="GHA")
    for o in extraction.organizations:
        assert doc.text[o.start : o.end] == o.text  # offsets into the source stay exact
    return [(o.text, o.canonical) for o in extraction.organizations]


def test_ingest_html_furniture_page_gives_the_article_organisations(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alone = tmp_path / "alone.html"
    alone.write_text(page(f"<article>\n{ARTICLE}\n</article>"), encoding="utf-8")
    full = tmp_path / "full.html"
    full.write_text(
        page(f"{FURNITURE}\n<main><article>\n{ARTICLE}\n</article></main>\n{FOOTER}"),
        encoding="utf-8",
    )
    expected = orgs(nlp, alone)
    assert ("Ghana Immigration Service", "Ghana Immigration Service") in expected
    assert orgs(nlp, full) == expected


def test_ingest_html_furniture_without_main_drops_nav_header_footer_aside(tmp_path: Path) -> None:
    html = page(f"{FURNITURE}\n<div class='content'>\n{ARTICLE}\n</div>\n{FOOTER}")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(path)
    assert len(doc.clean) == len(doc.text)
    assert "IOM News" not in doc.clean and "Danish Refugee Council" not in doc.clean
    assert "Open Society" not in doc.clean and "cookies" not in doc.clean
    assert "Ghana Immigration Service" in doc.clean
    assert doc.clean.index("Ghana Immigration Service") == doc.text.index(
        "Ghana Immigration Service"
    )


def test_ingest_html_furniture_article_header_stays() -> None:
    html = page(
        "<nav>Menu</nav><article><header><h1>Title of the story</h1></header><p>Body.</p></article>"
    )
    spans = furniture_spans(html)
    kept = "".join(ch for i, ch in enumerate(html) if not any(a <= i < b for a, b in spans))
    assert "Title of the story" in kept and "Menu" not in kept


def test_ingest_html_furniture_meta_charset_is_honoured(tmp_path: Path) -> None:
    html = page(
        "<p>La Direction générale de la Sûreté nationale a reçu 1 200 dossiers.</p>",
        head='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">',
    )
    data = html.encode("iso-8859-15")
    assert declared_charset(data) == "iso8859-15"
    path = tmp_path / "page.html"
    path.write_bytes(data)
    doc = read_document(path)
    assert "Sûreté" in doc.text and not doc.warnings

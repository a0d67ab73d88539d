"""`gcmextract review`: one self-contained offline HTML page per document. In headless Chromium, a click
on a mention in the side list brings its box on the page image into view; the confidence filter hides
what is below it; document text is shown as text, never as markup; a 100-page PDF's page stays under
20 MB; bad input is one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import Browser
from conftest import CORPUS, run_cli

MAX_BYTES = 20_000_000


@pytest.fixture(scope="module")
def canada_review(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("review") / "canada.html"
    proc = run_cli("review", str(CORPUS / "canada-2021-annex.pdf"), "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    return dest


@pytest.fixture()
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    b = Browser(tmp_path / "profile")
    yield b
    b.close()


def test_review_is_self_contained(canada_review: Path) -> None:
    html = canada_review.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    assert "<script src" not in html and "<link" not in html
    assert "default-src &#39;none&#39;" in html  # the policy, as written in its attribute
    import pdfplumber

    with pdfplumber.open(CORPUS / "canada-2021-annex.pdf") as pdf:
        pages = len(pdf.pages)
    assert html.count('"image": "data:image/') == pages  # every page, as an image


def _in_view(browser: Browser, selector: str) -> bool:
    """Whether the element's centre is inside the visible part of the pages' pane."""
    return browser.evaluate(
        f"""(() => {{
        const r = document.querySelector({selector!r}).getBoundingClientRect();
        const m = document.getElementById('main').getBoundingClientRect();
        const y = (r.top + r.bottom) / 2, x = (r.left + r.right) / 2;
        return r.width > 0 && y >= m.top && y <= m.bottom && x >= m.left && x <= m.right;
        }})()"""
    )


def test_review_click_on_a_mention_brings_its_box_into_view(
    canada_review: Path, browser: Browser
) -> None:
    browser.open(canada_review.as_uri())
    assert browser.evaluate("document.querySelectorAll('.box').length") > 50
    # a mention on the last page: its box is out of view when the page opens
    item = browser.evaluate(
        """(() => {
        const data = JSON.parse(document.getElementById('data').textContent);
        const last = Math.max(...data.items.map(i => i.page || 0));
        return data.items.find(i => i.page === last && i.boxes.length && !i.objective).id;
        })()"""
    )
    box = f"#box-{item}-0"
    assert not _in_view(browser, box)
    browser.evaluate(f"document.getElementById('item-{item}').scrollIntoView({{block: 'center'}})")
    x, y = browser.evaluate(
        f"""(() => {{ const r = document.getElementById('item-{item}').getBoundingClientRect();
        return [r.left + 20, (r.top + r.bottom) / 2]; }})()"""
    )
    browser.click(x, y)
    assert _in_view(browser, box)
    assert browser.evaluate(f"document.querySelector('{box}').classList.contains('current')")
    # the box stands on the mention's page image
    page = browser.evaluate(f"document.querySelector('{box}').parentElement.id")
    assert page == browser.evaluate(
        f"'page-' + JSON.parse(document.getElementById('data').textContent).items[{item}].page"
    )


def test_review_of_a_text_file_leads_to_evidence_passages(tmp_path: Path, browser: Browser) -> None:
    dest = tmp_path / "canada-txt.html"
    proc = run_cli("review", str(CORPUS / "canada-2021-annex.txt"), "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    browser.open(dest.as_uri())
    # the text is all there, and every evidence passage is tinted where it stands
    text = (CORPUS / "canada-2021-annex.txt").read_text(encoding="utf-8")
    assert browser.evaluate("document.getElementById('text').textContent") == text
    last = browser.evaluate(
        """(() => { const items = JSON.parse(document.getElementById('data').textContent).items;
        return items.filter(i => i.objective).sort((a, b) => a.start - b.start).pop(); })()"""
    )
    tinted = browser.evaluate(
        "Array.from(document.querySelectorAll('#text .ev')).map(e => e.textContent).join('')"
    )
    assert " ".join(text[last["start"] : last["end"]].split()) in " ".join(tinted.split())
    entry = f"item-{last['id']}"
    browser.evaluate(f"document.getElementById('{entry}').scrollIntoView({{block: 'center'}})")
    x, y = browser.evaluate(
        f"""(() => {{ const r = document.getElementById('{entry}').getBoundingClientRect();
        return [r.left + 20, (r.top + r.bottom) / 2]; }})()"""
    )
    assert browser.evaluate("document.getElementById('main').scrollTop") == 0
    browser.click(x, y)
    assert browser.evaluate("document.getElementById('main').scrollTop") > 0
    assert browser.evaluate("document.querySelectorAll('#text .current').length") > 0
    assert _in_view(browser, "#text .current")


def test_review_confidence_filter_hides_what_is_below(
    canada_review: Path, browser: Browser
) -> None:
    browser.open(canada_review.as_uri())
    shown = "document.querySelectorAll('li.item:not(.hidden)').length"
    before = browser.evaluate(shown)
    browser.evaluate(
        "const f = document.getElementById('filter'); f.value = '0.9';"
        "f.dispatchEvent(new Event('input'))"
    )
    after = browser.evaluate(shown)
    below = browser.evaluate(
        """JSON.parse(document.getElementById('data').textContent).items
        .filter(i => i.confidence !== null && i.confidence < 0.9).length"""
    )
    assert below > 0 and after == before - below
    assert browser.evaluate("document.querySelectorAll('.box.hidden').length") > 0


def test_review_document_text_is_escaped(tmp_path: Path, browser: Browser) -> None:
    src = tmp_path / "hostile.md"
    src.write_text(
        "# Review </script><script>document.title='pwned'</script>\n\n"
        "The IOM received USD 2 million in 2022 <img src=x onerror=\"document.title='pwned'\">.\n",
        encoding="utf-8",
    )
    dest = tmp_path / "hostile.html"
    assert run_cli("review", str(src), "-o", str(dest)).returncode == 0
    html = dest.read_text(encoding="utf-8")
    assert "<script>document.title" not in html and "<img src=x" not in html
    browser.open(dest.as_uri())
    assert browser.evaluate("document.title") != "pwned"
    assert browser.evaluate("document.querySelectorAll('#text img, #text script').length") == 0
    assert "<img src=x" in browser.evaluate("document.getElementById('text').textContent")
    assert browser.evaluate("document.querySelectorAll('mark').length") >= 3


@pytest.mark.slow
def test_review_of_a_100_page_pdf_stays_small(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pdf_boxes import SENTENCES

    pdf = tmp_path / "long.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    for page in range(100):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, f"Chapter {page + 1}: progress on the objectives")
        c.setFont("Helvetica", 11)
        y = 750
        for k in range(40):
            c.drawString(72, y, SENTENCES[(page + k) % len(SENTENCES)])
            y -= 16
        c.showPage()
    c.save()
    dest = tmp_path / "long.html"
    proc = run_cli("review", str(pdf), "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    html = dest.read_text(encoding="utf-8")
    assert html.count('"image": "data:image/') == 100
    assert dest.stat().st_size < MAX_BYTES


def test_review_bad_input_is_one_line(tmp_path: Path) -> None:
    proc = run_cli("review", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "x.html"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "no such file" in proc.stderr
    assert not (tmp_path / "x.html").exists()

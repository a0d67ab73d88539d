"""The report stays inert whatever the documents say: text that looks like the template's
placeholders or closes the script element is shown, not run, in headless Chromium; sources are
shown only from the input folder and only while their sha256 matches."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import dump_dom, run_cli
from gcmextract.report import json_for_html

HOSTILE = (
    "# Plan __DATA__ __MONEY__ {{ 7*7 }}\n\n"
    "In 2021 the Ministry of the Interior of Chile spent USD 3 million "
    '</script><script>document.title="pwned";document.body.innerHTML="<p id=pwned>x</p>"</script> '
    "on __DATA__ shelters.\n\n"
    "<img src=x onerror=\"document.title='pwned'\"> In 2022 IOM assisted 400 returnees.\n"
)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("report")
    src = root / "in"
    src.mkdir()
    (src / "CHL_76_2021.md").write_text(HOSTILE, encoding="utf-8")
    (src / "ARG_76_2021.txt").write_text("In 2021 Argentina gave ARS 5 million.\n", "utf-8")
    out = root / "out"
    proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--country-from-filename")
    assert proc.returncode == 0, proc.stderr
    # a crafted output JSON: markup where only names should be
    path = out / "ARG_76_2021.txt.json"
    data = json.loads(path.read_text("utf-8"))
    data["document"]["country"] = '</script><script>document.title="pwned"</script>'
    path.write_text(json.dumps(data), "utf-8")
    return out


def test_report_json_for_html_cannot_close_its_element() -> None:
    text = json_for_html({"a": "</script><!-- & <b>"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & <b>"}


def test_report_hostile_document_renders_inert(batch_out: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    proc = run_cli("report", str(batch_out), "-o", str(report))
    assert proc.returncode == 0, proc.stderr
    html = report.read_text("utf-8")
    assert (
        "Content-Security-Policy" in html
        and "'unsafe-inline'" not in html.split("script-src")[1].split(";")[0]
    )
    # two JSON data elements (the heatmap's, the charts'), the charting code and the page's script
    assert html.count("<script") == 4
    dom = dump_dom(report, tmp_path / "profile")
    assert "<title>gcmextract report</title>" in dom and "pwned" not in dom.split("<body")[0]
    assert 'id="pwned"' not in dom and "<img" not in dom
    assert dom.count('class="cell') >= 1  # the report's own script ran (it draws the heatmap)
    assert "&lt;/script&gt;&lt;script&gt;document.title" in dom  # shown as text
    assert "__DATA__" in dom and "{{ 7*7 }}" in dom  # placeholders are just text
    assert "2 documents from 2 countries." in dom
    # the charts show the crafted country as text (a text node, never markup)
    money = dom.split('id="chart-money"')[1].split("<h2>")[0]
    assert money.count('<rect class="bar"') == 2
    assert (
        '&lt;/script&gt;&lt;script&gt;document.title="pwned"&lt;/script&gt; · ARS</text>' in money
    )


def test_report_sources_only_from_input_folder_with_matching_sha(
    batch_out: Path, tmp_path: Path
) -> None:
    src = Path(json.loads((batch_out / "manifest.jsonl").read_text().splitlines()[0])["input_dir"])
    moved = tmp_path / "moved"
    shutil.copytree(src, moved)
    (moved / "ARG_76_2021.txt").write_text("In 2021 Argentina gave ARS 9 million.\n", "utf-8")
    report = tmp_path / "r.html"
    proc = run_cli("report", str(batch_out), "-o", str(report), "--sources", str(moved))
    assert proc.returncode == 0, proc.stderr
    html = report.read_text("utf-8")
    chile = re.search(r'<section id="doc-CHL_76_2021.md">.*?</section>', html, re.S)
    argentina = re.search(r'<section id="doc-ARG_76_2021.txt">.*?</section>', html, re.S)
    assert chile and '<mark class="m-amounts"' in chile.group(0)
    assert argentina and "modified since extraction" in argentina.group(0)
    assert "9 million" not in html
    # a manifest pointing outside the folder is not followed
    manifest = batch_out / "manifest.jsonl"
    saved = manifest.read_text("utf-8")
    try:
        lines = [json.loads(x) for x in saved.splitlines()]
        for e in lines:
            e["relpath"] = "../" + e["relpath"]
        manifest.write_text("".join(json.dumps(e) + "\n" for e in lines), "utf-8")
        proc = run_cli("report", str(batch_out), "-o", "-")
        assert proc.returncode == 0 and 'class="review"' not in proc.stdout
        assert proc.stdout.count("source file not available") == 2
    finally:
        manifest.write_text(saved, "utf-8")

"""A report over many documents stays small: the charting code once, the documents' review pages
apart from it (one page each, beside the report), every link leading to one of them."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from html import unescape
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import dump_dom, run_cli
from gcmextract.report import INLINE_DOCUMENTS, documents_folder

N = INLINE_DOCUMENTS + 10


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A batch folder of N outputs: two extracted documents, repeated under new names (each
    with its own copy of its source, so the review shows its text)."""
    root = tmp_path_factory.mktemp("many")
    seed_in, seed_out = root / "seed-in", root / "seed-out"
    seed_in.mkdir()
    (seed_in / "KEN_77_2022.md").write_text(
        "# Kenya\n\nIn 2022 the State Department for Immigration and IOM assisted 1,200 "
        "returnees with KES 15 million (Objectives 21, 23).\n",
        encoding="utf-8",
    )
    (seed_in / "PER_77_2022.txt").write_text(
        "En 2021 el Ministerio del Interior y la OIM destinaron USD 2 millones a 300 migrantes.\n",
        encoding="utf-8",
    )
    proc = run_cli("batch", str(seed_in), "-o", str(seed_out), "-w", "1", "--country-from-filename")
    assert proc.returncode == 0, proc.stderr
    entries = [json.loads(x) for x in (seed_out / "manifest.jsonl").read_text().splitlines()]
    src, out = root / "in", root / "out"
    src.mkdir()
    out.mkdir()
    lines = []
    for i in range(N):
        e = entries[i % len(entries)]
        stem, dot, ext = e["relpath"].rpartition(".")
        name = f"{stem} {i}.{ext}"  # a space: the page's links must be escaped
        data = json.loads((seed_out / f"{e['doc_id']}.json").read_text("utf-8"))
        data["document"]["id"] = name
        payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        (out / f"{name}.json").write_bytes(payload)
        shutil.copy(seed_in / e["relpath"], src / name)
        sha = hashlib.sha256(payload).hexdigest()
        lines.append({**e, "doc_id": name, "path": str(src / name), "input_dir": str(src)})
        lines[-1].update(relpath=name, output_sha256=sha)
    (out / "manifest.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    return out


def test_report_of_many_documents_has_code_once_and_reviews_apart(
    many: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "corpus.html"
    pages = tmp_path / documents_folder(dest)
    pages.mkdir()
    (pages / "gone.html").write_text("a document no longer in the batch", "utf-8")
    proc = run_cli("report", str(many), "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    html = dest.read_text("utf-8")
    library = resources.files("gcmextract.report").joinpath("charts.js").read_text("utf-8")
    assert html.count(library) == 1 and html.count("<script") == 4
    assert '<section id="doc-' not in html and 'class="review"' not in html
    # every document's link leads to its own page in the folder beside the report
    links = re.findall(r'<a href="(corpus_documents/[^"]+)">', html)
    assert len(set(links)) == N
    assert sorted(p.name for p in pages.iterdir()) == sorted(
        unquote(link).split("/", 1)[1] for link in set(links)
    )  # and the page of a document no longer in the batch is gone
    one = (pages / "KEN_77_2022 0.md.html").read_text("utf-8")
    assert '<mark class="m-amounts"' in one and "mentions and their attributes" in one
    assert "script-src 'none'" in unescape(one) and "<script" not in one
    assert 'href="../corpus.html"' in one
    assert 'id="objective-21"' in one and "named explicitly" in one  # its evidence is here
    # the evidence per objective is listed by the page's script from compact data
    dom = dump_dom(dest, tmp_path / "profile")
    section = dom.split('<section id="objective-21" class="evidence">')[1].split("</section>")[0]
    assert section.count("<li>") == N // 2  # each Kenya copy names objectives 21 and 23
    assert '<a href="corpus_documents/KEN_77_2022%200.md.html">KEN_77_2022 0.md</a>' in section
    assert "named explicitly" in section
    # what the page holds per document is a list line and its evidence rows, not its text
    per_document = (len(html.encode()) - len(library.encode())) / N
    assert per_document < 2_000, per_document


def test_report_of_many_documents_on_stdout_says_reviews_are_not_written(many: Path) -> None:
    proc = run_cli("report", str(many), "-o", "-")
    assert proc.returncode == 0, proc.stderr
    assert "review pages were not written" in proc.stdout
    assert 'class="review"' not in proc.stdout and "_documents/" not in proc.stdout

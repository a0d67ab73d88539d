"""A gold file is scored only against its own document: a missing or changed text (sha256), an offset
that does not spell its mention, or a prediction from another document is one line naming the file;
empty fields show n/a and stay out of --min-f1; --detail is a table; each language's split is pooled."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conftest import run_cli

TEXT = (
    "The International Organization for Migration gave USD 2 million to the programme "
    "in March 2021, and the World Bank added EUR 3 million.\n"
)


def _mention(text: str, needle: str, **attrs: object) -> dict[str, object]:
    start = text.index(needle)
    return {"text": needle, "start": start, "end": start + len(needle), **attrs}


def _gold(doc: Path, language: str = "en", split: str = "test", **over: object) -> dict:
    text = doc.read_text(encoding="utf-8")
    gold = {
        "document": {
            "source": doc.name,
            "sha256": hashlib.sha256(doc.read_bytes()).hexdigest(),
            "language": language,
            "split": split,
        },
        "organizations": [
            _mention(
                text,
                "International Organization for Migration",
                canonical="International Organization for Migration",
            ),
            _mention(text, "World Bank", canonical="World Bank"),
        ],
        "amounts": [
            _mention(text, "USD 2 million", kind="money", value=2e6, currency="USD"),
            _mention(text, "EUR 3 million", kind="money", value=3e6, currency="EUR"),
        ],
        "dates": [_mention(text, "March 2021", kind="date", value="2021-03")],
    }
    gold.update(over)
    return gold


def _write(folder: Path, name: str, gold: dict) -> Path:
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _doc(folder: Path, name: str = "page.txt", text: str = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _one_line_error(proc, *parts: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for part in parts:
        assert part in lines[0], lines[0]


def test_eval_sources_gold_matching_its_text_scores_and_empty_field_is_na(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    gold = _write(tmp_path, "page", _gold(doc))
    proc = run_cli("eval", str(gold), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["fields"]["amounts"]["lenient"]["f1"] == 1.0
    # objective_refs: nothing labelled and nothing found: n/a, and --min-f1 ignores it
    assert run_cli("eval", str(gold), "--min-f1", "0.9").returncode == 0
    shown = run_cli("eval", str(gold))
    row = next(line for line in shown.stdout.splitlines() if "objective_refs" in line)
    assert "n/a" in row and "0.000" not in row


def test_eval_sources_offset_not_spelling_is_one_line_naming_file_and_mention(
    tmp_path: Path,
) -> None:
    doc = _doc(tmp_path)
    data = _gold(doc)
    data["organizations"][1]["start"] += 1
    gold = _write(tmp_path, "page", data)
    _one_line_error(run_cli("eval", str(gold)), "page.gold.json", "'World Bank'", "does not spell")
    _one_line_error(run_cli("eval", str(tmp_path)), "page.gold.json", "'World Bank'")


def test_eval_sources_changed_or_missing_text_is_one_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    gold = _write(tmp_path, "page", _gold(doc))
    doc.write_text(TEXT.replace("gave", "paid"), encoding="utf-8")
    _one_line_error(run_cli("eval", str(gold)), "page.gold.json", "sha256 differs")
    doc.unlink()
    _one_line_error(run_cli("eval", str(tmp_path)), "page.gold.json", "missing")


def test_eval_sources_gold_against_another_document_refused(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    other = _doc(tmp_path, "other.txt", "The World Bank met in 2020.\n")
    gold = _write(tmp_path, "page", _gold(doc))
    _one_line_error(run_cli("eval", str(gold), str(other)), "page.gold.json", "sha256 differs")
    # a gold file without sha256: the offsets decide
    data = _gold(doc)
    del data["document"]["sha256"]
    bare = _write(tmp_path, "bare", data)
    _one_line_error(run_cli("eval", str(bare), str(other)), "bare.gold.json", "does not spell")
    # a prediction extracted from another document
    pred = tmp_path / "other.json"
    assert run_cli("extract", str(other), "-o", str(pred), "-q").returncode == 0
    _one_line_error(run_cli("eval", str(gold), "--pred", str(pred)), "another document")


def test_eval_sources_detail_is_a_table(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    data = _gold(doc)
    data["amounts"][0]["value"] = 5.0  # a wrong attribute
    data["dates"] = []  # the date is then spurious
    gold = _write(tmp_path, "page", data)
    proc = run_cli("eval", str(gold), "--detail")
    assert proc.returncode == 0, proc.stderr
    assert "spuriou:" not in proc.stdout and "wron:" not in proc.stdout
    assert "{'" not in proc.stdout
    assert "wrong attribute" in proc.stdout and "value=5.0" in proc.stdout
    assert "spurious" in proc.stdout and "March 2021" in proc.stdout


def test_eval_sources_folder_pools_each_language_test_half(tmp_path: Path) -> None:
    docs = tmp_path / "texts"
    en, fr = _doc(docs, "en.txt"), _doc(docs, "fr.txt")
    gold_dir = tmp_path / "gold"
    for sub, doc, language in (("en", en, "en"), ("fr", fr, "fr")):
        (gold_dir / sub).mkdir(parents=True)
        data = _gold(doc, language)
        data["document"]["source"] = f"texts/{doc.name}"
        _write(gold_dir / sub, doc.stem, data)
    # a second-pass file is for agreement only: never scored
    (gold_dir / "second").mkdir()
    _write(gold_dir / "second", "en", {"document": {"source": "texts/missing.txt"}})
    proc = run_cli("eval", str(gold_dir), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["documents"]) == 2
    assert set(report["by_language"]) == {"en", "fr"}
    fr_test = report["by_language"]["fr"]["test"]
    assert fr_test["documents"] == 1
    assert fr_test["fields"]["amounts"]["lenient"]["f1"] == 1.0
    shown = run_cli("eval", str(gold_dir))
    assert "test half" in shown.stdout and "fr (1 pages)" in shown.stdout

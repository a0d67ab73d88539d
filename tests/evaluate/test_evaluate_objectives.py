"""`gcmextract eval objectives`: the metrics (top-k with abstention as a miss, macro-F1, page labels),
the page bootstrap, the baselines, and the command on the real test split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gcmextract.classify.real import RealPassage, shared_available
from gcmextract.evaluate.objectives import (
    Ranked,
    _outcomes,
    bootstrap,
    keyword_method,
    macro_f1,
    page_label,
    tfidf_method,
)

needs_shared = pytest.mark.skipif(
    not shared_available(), reason="../shared/passages/ (the real pages) is not beside the checkout"
)


def _ranked(rows: list[list[int]], abstain: list[bool]) -> Ranked:
    """Scores that rank the objectives of each row first, in the order given."""
    scores = np.zeros((len(rows), 23))
    for i, order in enumerate(rows):
        for rank, n in enumerate(order):
            scores[i, n - 1] = 10 - rank
    return Ranked(scores, np.array(abstain))


def test_outcomes_count_an_abstention_as_a_miss() -> None:
    ranked = _ranked([[5, 6, 7], [5, 6, 7], [1, 2, 3], [4, 9, 8]], [False, True, False, False])
    o = _outcomes(ranked, [5, 5, 3, 10])
    assert o["top1"].tolist() == [True, False, False, False]
    assert o["top3"].tolist() == [True, False, True, False]
    assert o["pred"].tolist() == [5, 0, 1, 4]


def test_macro_f1_hand_computed() -> None:
    gold = np.array([1, 1, 2, 2])
    pred = np.array([1, 2, 2, 0])
    # objective 1: tp 1 fn 1 -> 2/3; objective 2: tp 1 fp 1 fn 1 -> 1/2
    assert macro_f1(gold, pred) == pytest.approx((2 / 3 + 1 / 2) / 2)


def test_bootstrap_resamples_whole_pages() -> None:
    # two pages: one all right (3 passages), one all wrong (1 passage); any resample of pages gives
    # one of 0, 0.75 (mixed) or 1: never a value a passage-level resample would give, like 0.5
    right = np.array([True, True, True, False])
    ci = bootstrap([np.array([0, 1, 2]), np.array([3])], lambda r: {"top1": float(right[r].mean())})
    lo, hi = ci["top1"]
    assert lo == 0.0 and hi == 1.0
    draws = bootstrap(
        [np.array([0, 1, 2]), np.array([3])],
        lambda r: {"top1": float(right[r].mean())},
        resamples=50,
    )
    assert set(draws) == {"top1"}


def _passage(pid: str, primary: int | None) -> RealPassage:
    return RealPassage(pid, pid.split("#")[0], "en", "ngo", "test", 0, 1, "x", primary, (), "A")


def test_page_label_is_the_most_frequent_primary() -> None:
    assert page_label([_passage("en/p#1", 5), _passage("en/p#2", 6), _passage("en/p#3", 6)]) == 6
    assert page_label([_passage("en/p#1", 5), _passage("en/p#2", 6)]) == 5  # tie: the first
    assert page_label([_passage("en/p#1", None)]) is None


def test_baselines_rank_the_obvious_objective_first() -> None:
    text = "Remittance costs fell: remittances sent home by migrants now cost less than 3 per cent."
    for method in (keyword_method, tfidf_method(0.05)):
        out = method([text, "The harvest was good this year."], ["en", "en"])
        assert int(np.argmax(out.scores[0])) + 1 == 20
        assert out.abstain.tolist() == [False, True]


def _gcmextract(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gcmextract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


@needs_shared
def test_eval_objectives_command_reports_model_and_baselines(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    done = _gcmextract("eval", "objectives", "-o", str(out))
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text("utf-8"))
    assert report["split"] == "test"
    assert set(report["methods"]) == {"model", "keyword baseline", "tf-idf baseline"}
    for by_lang in report["methods"].values():
        assert set(by_lang) == {"en", "es", "fr", "all"}
        for key in ("top1", "top3", "macro_f1", "page_top1"):
            lo, hi = by_lang["all"][key]["ci95"]
            assert lo <= by_lang["all"][key]["value"] <= hi
    assert "| all | model |" in done.stdout


def test_eval_objectives_bad_label_file_is_one_line_error(tmp_path: Path, monkeypatch) -> None:
    """A label file with an unknown objective stops the command with one line naming file and line."""
    from typer.testing import CliRunner

    import gcmextract.classify.real as real
    from gcmextract.cli import app

    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "en/x#1", "primary": 31, "also": []}\n', encoding="utf-8")
    monkeypatch.setattr(real, "REAL_DIR", tmp_path)
    monkeypatch.setattr(
        real.load_real, "__defaults__", (real.REAL_DIR / "passages.jsonl", labels, real.SHARED)
    )
    monkeypatch.setattr(real, "shared_available", lambda shared=real.SHARED: True)
    result = CliRunner().invoke(app, ["eval", "objectives"])
    assert result.exit_code == 1
    assert "labels.jsonl: line 1: unknown objective 31" in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1


def test_eval_objectives_without_shared_is_one_line_error(monkeypatch) -> None:
    from typer.testing import CliRunner

    import gcmextract.classify.real as real
    from gcmextract.cli import app

    monkeypatch.setattr(real, "shared_available", lambda shared=real.SHARED: False)
    result = CliRunner().invoke(app, ["eval", "objectives"])
    assert result.exit_code == 1
    assert "the real pages are not there" in result.output and result.output.count("\n") == 1

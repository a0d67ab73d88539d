"""docs/confidence.md is computed: the per-rule precision on the gold sets and the reliability tables
(held out by document, and of the shipped design values) are what scripts/calibrate_confidence.py
computes now."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))


def test_confidence_reliability_table_is_current() -> None:
    from calibrate_confidence import report

    text = report()
    assert "| organizations | gazetteer |" in text and "## Reliability held out" in text
    assert (ROOT / "docs" / "confidence.md").read_text(encoding="utf-8") == text, (
        "docs/confidence.md is stale: run `python scripts/calibrate_confidence.py --write`"
    )

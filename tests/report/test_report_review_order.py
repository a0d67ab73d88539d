"""The report's review list shows doubtful mentions first (lowest confidence first)."""

from __future__ import annotations

from gcmextract.report.views import mention_rows
from gcmextract.schema import Amount, DocumentInfo, Extraction, Organization


def test_report_review_lists_doubtful_mentions_first() -> None:
    text = "In 2023 Wellspring and IOM spent EUR 2 million with 40 volunteers."

    def span(s: str) -> dict:
        i = text.index(s)
        return {"text": s, "start": i, "end": i + len(s)}

    ex = Extraction(
        document=DocumentInfo(id="x", source="x.txt", sha256="0" * 64, format="txt"),
        organizations=[
            Organization(**span("Wellspring"), canonical="Wellspring", confidence=0.4),
            Organization(
                **span("IOM"), canonical="International Organization for Migration", confidence=0.95
            ),
        ],
        amounts=[
            Amount(
                **span("EUR 2 million"), kind="money", value=2e6, currency="EUR", confidence=0.95
            ),
            Amount(**span("40"), kind="count", value=40.0, confidence=0.7),
        ],
    )
    rows = mention_rows(ex, ("organizations", "amounts"))
    assert [r["text"] for r in rows] == ["Wellspring", "40", "IOM", "EUR 2 million"]
    assert rows[0]["confidence"] == "0.40" and "confidence" not in rows[0]["attrs"]

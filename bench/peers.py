"""Our date and amount extraction vs dateparser.search.search_dates and quantulum3 on the corpus text:
time ratio and, with the gold set, F1 of each (same scorer as `gcmextract eval`).

Run: .venv/bin/pip install -e ".[bench]" && .venv/bin/python bench/peers.py
"""

from __future__ import annotations

import warnings

from _common import CORPUS_TXT, ROOT, best_of, machine


def _spans(text: str, surfaces: list[str]) -> list[dict]:
    """Locate peer outputs (surface strings, in order) in the text."""
    out, pos = [], 0
    for s in surfaces:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        out.append({"text": s, "start": i, "end": i + len(s)})
        pos = i + 1
    return out


def main() -> None:
    warnings.filterwarnings("ignore")
    import quantulum3.classifier as q_clf

    q_clf.USE_CLF = False  # its pickled classifier does not load with this scikit-learn
    from dateparser.search import search_dates
    from quantulum3 import parser as qparser

    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.scorer import score_field
    from gcmextract.extractors.amounts.parse import find_amounts
    from gcmextract.extractors.dates.parse import find_dates
    from gcmextract.extractors.objective_refs.parse import find_objective_refs
    from gcmextract.ingest import read_document

    doc = read_document(CORPUS_TXT)
    text = doc.clean
    gold = load_gold(ROOT / "corpus" / "gold" / "canada-2021-annex.gold.json")

    def ours_dates():  # type: ignore[no-untyped-def]
        refs = find_objective_refs(text)
        return find_dates(text, exclude=[(r.start, r.end) for r in refs])

    def ours_amounts():  # type: ignore[no-untyped-def]
        excl = [(m.start, m.end) for m in find_objective_refs(text) + find_dates(text)]
        return find_amounts(text, "CAD", excl)

    def peer_dates():  # type: ignore[no-untyped-def]
        return search_dates(text, languages=["en"]) or []

    def peer_amounts():  # type: ignore[no-untyped-def]
        return qparser.parse(text)

    print(f"machine: {machine()}")
    for field, ours, peer, to_surfaces in (
        ("dates", ours_dates, peer_dates, lambda r: [s for s, _ in r]),
        ("amounts", ours_amounts, peer_amounts, lambda r: [q.surface for q in r]),
    ):
        peer()  # warm up (lazy loading of language data)
        t_ours, t_peer = best_of(ours, 3), best_of(peer, 3)
        gold_m = [g.model_dump() for g in getattr(gold, field)]
        f_ours = score_field(field, gold_m, [m.model_dump() for m in ours()]).lenient.f1
        f_peer = score_field(field, gold_m, _spans(text, to_surfaces(peer()))).lenient.f1
        name = "dateparser.search_dates" if field == "dates" else "quantulum3.parse"
        print(
            f"{field}: gcmextract {t_ours * 1000:.1f} ms, lenient F1 {f_ours:.3f} | {name} {t_peer * 1000:.1f} ms, "
            f"lenient F1 {f_peer:.3f} | time ratio ours/peer {t_ours / t_peer:.3f}"
        )


if __name__ == "__main__":
    main()

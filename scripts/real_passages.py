"""Cut the real pages of ``../shared/passages`` into labelling passages (stand-off spans).

Each page (about 2,000 characters) is cut at line breaks, or failing those at sentence ends, into
passages of roughly 500-1,100 characters, so that a page gives one to three passages. The passages
are written as ``corpus/objectives/real/passages.jsonl``: file, sha256 of the page, start, end,
language, kind, page id and split. The split is by page (never one page on both sides): a fixed
share of each language's pages, chosen by a hash of the file name, is the test split.

Run from the repository root: ``python scripts/real_passages.py [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

TARGET = 800  # aim for passages about this long
MIN_LEN = 450  # never cut a passage shorter than this
MAX_LEN = 1100  # cut before a passage grows longer than this
TEST_SHARE = 0.36  # share of each language's pages kept as the untouched test split
SENTENCE_END = re.compile(r"[.!?;:»”\"')\]](?=\s+[A-ZÁÉÍÓÚÀÈÙÂÊÎÔÛÇÑ¿¡«“\"(])")


def _cut_points(text: str) -> list[int]:
    """Positions where a passage may end: after a line break, or after a sentence end."""
    points = {m.end() for m in re.finditer(r"\n+", text)}
    points |= {m.end() for m in SENTENCE_END.finditer(text)}
    return sorted(p for p in points if 0 < p < len(text))


def _segments(text: str) -> list[tuple[int, int]]:
    """Greedy segmentation into passages of MIN_LEN..MAX_LEN characters, cut at the point nearest TARGET."""
    spans: list[tuple[int, int]] = []
    start = 0
    points = _cut_points(text)
    while len(text) - start > MAX_LEN:
        window = [p for p in points if start + MIN_LEN <= p <= start + MAX_LEN]
        if not window:
            later = [p for p in points if p > start + MIN_LEN]
            if not later:
                break
            window = [later[0]]
        cut = min(window, key=lambda p: abs(p - start - TARGET))
        if len(text) - cut < MIN_LEN * 0.6:  # do not leave a stub at the end
            break
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return [_trim(text, a, b) for a, b in spans]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_test(file: str) -> float:
    return int(hashlib.sha256(file.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("..") / "shared")
    parser.add_argument(
        "--out", type=Path, default=Path("corpus") / "objectives" / "real" / "passages.jsonl"
    )
    args = parser.parse_args()
    root = args.shared / "passages"
    sources = json.loads((root / "sources.json").read_text(encoding="utf-8"))
    rows = []
    for lang in ("en", "es", "fr"):
        pages = sorted(
            (s for s in sources if s["language"] == lang), key=lambda s: _is_test(s["file"])
        )
        n_test = round(len(pages) * TEST_SHARE)
        test_files = {s["file"] for s in pages[:n_test]}
        for src in sorted(pages, key=lambda s: s["file"]):
            raw = (root / src["file"]).read_bytes()
            text = raw.decode("utf-8")
            sha = hashlib.sha256(raw).hexdigest()
            page = Path(src["file"]).stem
            for k, (a, b) in enumerate(_segments(text), 1):
                rows.append(
                    {
                        "id": f"{lang}/{page}#{k}",
                        "file": f"passages/{src['file']}",
                        "sha256": sha,
                        "start": a,
                        "end": b,
                        "language": lang,
                        "kind": src["kind"],
                        "split": "test" if src["file"] in test_files else "train",
                    }
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} passages written to {args.out}")


if __name__ == "__main__":
    main()

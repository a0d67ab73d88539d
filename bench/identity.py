"""Byte-identity check for refactors: extract files with the gcmextract on sys.path, or compare two
output folders.

    git archive <ref> | tar -x -C /tmp/ref                      # the code before the refactor
    PYTHONPATH=/tmp/ref/src python bench/identity.py extract /tmp/before FILES...
    python bench/identity.py extract /tmp/after FILES...
    python bench/identity.py compare /tmp/before /tmp/after     # exit 1 on any difference
"""

from __future__ import annotations

import sys
from pathlib import Path


def extract(out: Path, files: list[Path]) -> None:
    import gcmextract
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    print(f"code: {Path(gcmextract.__file__).parent}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    for f in files:
        try:
            payload = extract_document(read_document(f), nlp=nlp).model_dump_json(indent=2)
        except Exception as exc:  # an error is an output too: it must not change either
            payload = f"ERROR {type(exc).__name__}: {exc}"
        (out / f"{f.parent.name}__{f.name}.json").write_text(payload, encoding="utf-8")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.glob("*.json")} & {p.name for p in b.glob("*.json")})
    diff = [n for n in names if (a / n).read_bytes() != (b / n).read_bytes()]
    print(f"{len(names)} outputs compared, {len(names) - len(diff)} identical, {len(diff)} differ")
    for n in diff:
        print(f"  differs: {n}")
    return 1 if diff else 0


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "extract":
        extract(Path(args[0]), [Path(f) for f in args[1:]])
    else:
        sys.exit(compare(Path(args[0]), Path(args[1])))

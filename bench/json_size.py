"""What the JSON of a table-heavy document is made of, and how large other layouts of the same
extraction would be.

Run: .venv/bin/python bench/json_size.py [FILE...] [--rows 4000]
Without FILE, two tables of `--rows` rows are generated: the stress bench's region table (region |
persons | USD amount | year) and a funding table (organisation | year | USD amount | objective).
Each is extracted once with `gcmextract extract` (the default JSON: the tabular form); the
readable form is the same `Extraction` written by `serialize.to_json(..., indent=True)` (what
`--indent` writes), checked to load back equal. Prints, per input: both sizes as multiples of the
input, the tabular form's bytes by top-level field, and what the readable form is made of
(indentation, fields at their default value, repeated context sentences, the objectives' copies of
their mentions, the bytes of each mention field).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from _common import BIN, machine

ORGS = [
    "International Organization for Migration",
    "Ministry of Labour and Social Protection",
    "UNHCR",
    "European Union",
    "World Bank",
    "UNICEF",
    "Ministry of Foreign Affairs",
    "International Labour Organization",
]


def region_table(rows: int) -> str:
    return "Table 1\n" + "\n".join(
        f"Region {i % 97}\t{i % 400} persons\tUSD {i % 90},000\t2021" for i in range(rows)
    )


def funding_table(rows: int) -> str:
    head = "Table 2. Funding by partner\nOrganisation\tYear\tAmount (USD)\tGCM objective\n"
    return head + "\n".join(
        f"{ORGS[i % len(ORGS)]}\t{2018 + i % 6}\tUSD {(i % 90 + 1) * 1000:,}\tObjective {i % 23 + 1}"
        for i in range(rows)
    )


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


MENTIONS = ("organizations", "amounts", "dates", "objective_refs")


def analyse(name: str, text_bytes: int, default: bytes) -> None:
    from gcmextract.assemble.serialize import to_json
    from gcmextract.schema import Extraction

    ex = Extraction.model_validate_json(default)
    readable = to_json(ex, indent=True)
    assert Extraction.model_validate_json(readable) == ex, "the two forms differ"
    data = json.loads(readable)
    tabular = json.loads(default)
    one_line = dumps(data)
    print(f"\n{name}: input {text_bytes:,} bytes")
    print(f"  default JSON (tabular): {len(default):,} bytes, {len(default) / text_bytes:.2f}x")
    print("    by part: " + ", ".join(f"{k} {len(dumps(v)):,}" for k, v in tabular.items()))
    print(f"  readable JSON (--indent): {len(readable):,}, {len(readable) / text_bytes:.1f}x")
    print(f"  of the readable: indentation and spaces {len(readable) - len(one_line):,}")
    defaults = repeated = 0
    fields: Counter[str] = Counter()
    for f in MENTIONS:
        seen: set[str] = set()
        for m in data.get(f) or []:
            for k, v in m.items():
                n = len(dumps(k)) + 1 + len(dumps(v)) + 1
                fields[f"{f}.{k}"] += n
                if v in (None, False, []):
                    defaults += n
            s = m.get("sentence")
            if s is not None:
                if s in seen:
                    repeated += len(dumps(s))
                seen.add(s)
    copies = sum(
        len(dumps(o.get(f) or []))
        for o in data.get("objectives") or []
        for f in ("references", "amounts", "dates", "organizations")
    )
    print(
        f"  fields at null/false/[] {defaults:,}; repeated sentences {repeated:,}; objectives' copies of mentions {copies:,}"
    )
    counts = {f: len(data.get(f) or []) for f in MENTIONS}
    total = max(1, sum(counts.values()))
    print(
        f"  mentions: {counts}; per mention: readable without indentation {len(one_line) / total:.0f} bytes, tabular {len(default) / total:.0f}"
    )
    print(
        "  largest mention fields (readable, bytes without indentation): "
        + ", ".join(f"{k} {v:,}" for k, v in fields.most_common(10))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rows", type=int, default=4000)
    args = parser.parse_args()
    print(f"machine: {machine()}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = list(args.files)
        if not inputs:
            for label, make in (("region-table", region_table), ("funding-table", funding_table)):
                path = Path(tmp) / f"{label}.txt"
                path.write_text(make(args.rows), encoding="utf-8")
                inputs.append(path)
        for path in inputs:
            out = Path(tmp) / (path.name + ".json")
            subprocess.run(
                [str(BIN / "gcmextract"), "extract", str(path), "-o", str(out), "-q"], check=True
            )
            analyse(path.name, path.stat().st_size, out.read_bytes())


if __name__ == "__main__":
    main()

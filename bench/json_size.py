"""What the JSON of a table-heavy document is made of, and how large other layouts of the same
extraction would be.

Run: .venv/bin/python bench/json_size.py [FILE...] [--rows 4000]
Without FILE, two tables of `--rows` rows are generated: the stress bench's region table (region |
persons | USD amount | year) and a funding table (organisation | year | USD amount | objective).
Each is extracted once with `gcmextract extract` (default JSON); the compact form is the same
`Extraction` written by `serialize.to_json(..., compact=True)` (what `--compact` writes). Prints,
per input: the default and compact sizes as multiples of the input, how much of the default is
indentation, fields at their default value, repeated context sentences and the objectives' copies
of their mentions, the bytes of each mention field, and the size of a columnar layout (each list of
mentions as column names once and one array of values per mention, contexts once, fields that
are null in every mention left out) computed from the same data, as the plan's estimate.
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


def columnar(data: dict[str, Any]) -> int:
    """Bytes of the columnar layout of a parsed default output."""
    contexts: dict[str, int] = {}
    out = dict(data)
    for name in MENTIONS:
        items = data.get(name) or []
        if not items:
            continue
        keys = [k for k in items[0] if any(m.get(k) not in (None, False, []) for m in items)]
        rows = []
        for m in items:
            row = []
            for k in keys:
                v = m.get(k)
                if k == "sentence" and v is not None:
                    v = contexts.setdefault(v, len(contexts))
                elif k == "end" and v == m["start"] + len(m["text"]):
                    v = None
                row.append(v)
            rows.append(row)
        out[name] = {"columns": ["context" if k == "sentence" else k for k in keys], "rows": rows}
    # an objective's mentions as their index in their list, not as copies of text and offsets
    index = {
        (f, m["start"], m["end"]): i for f in MENTIONS for i, m in enumerate(data.get(f) or [])
    }
    objectives = []
    for o in data.get("objectives") or []:
        o = dict(o)
        for f in ("amounts", "dates", "organizations"):
            if f in o:
                o[f] = [index.get((f, r["start"], r["end"]), -1) for r in o[f]]
        objectives.append(o)
    out["objectives"] = objectives
    out["contexts"] = list(contexts)
    return len(dumps(out))


def analyse(name: str, text_bytes: int, default: bytes) -> None:
    from gcmextract.assemble.serialize import to_json
    from gcmextract.schema import Extraction

    data = json.loads(default)
    compact = to_json(Extraction.model_validate_json(default), compact=True)
    one_line = dumps(data)
    print(f"\n{name}: input {text_bytes:,} bytes")
    print(f"  default JSON: {len(default):,} bytes, {len(default) / text_bytes:.1f}x the input")
    print(f"  compact JSON (--compact): {len(compact):,}, {len(compact) / text_bytes:.1f}x")
    print(f"  columnar estimate: {columnar(data):,}, {columnar(data) / text_bytes:.1f}x")
    print(f"  of the default: indentation and spaces {len(default) - len(one_line):,}")
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
        for f in ("amounts", "dates", "organizations")
    )
    print(
        f"  fields at null/false/[] {defaults:,}; repeated sentences {repeated:,}; objectives' copies of mentions {copies:,}"
    )
    counts = {f: len(data.get(f) or []) for f in MENTIONS}
    print(
        f"  mentions: {counts}; per mention (default, without indentation): {len(one_line) / max(1, sum(counts.values())):.0f} bytes"
    )
    print(
        "  largest mention fields (bytes without indentation): "
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

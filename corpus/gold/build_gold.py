"""Build a gold file from a module of hand labels: corpus/gold/canada-2021-annex.gold.json from
labels.py (the default), or `<source stem>.gold.json` from another labels module named on the command
line (`build_gold.py labels_bgd_2021`).

Each surface string is located in the source text (first occurrence at or after its `after` hint), its
offsets computed and asserted (`source[start:end] == text`), duplicates rejected, the result validated
with gcmextract.evaluate.gold.GoldSet, sorted and written. Run: .venv/bin/python corpus/gold/build_gold.py [LABELS_MODULE]
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "canada-2021-annex.gold.json"
sys.path.insert(0, str(HERE))

import labels  # noqa: E402

from gcmextract.evaluate.gold import GoldSet  # noqa: E402


def locate(source: str, text: str, after: str) -> tuple[int, int]:
    """Offsets of the first `text` at or after the first `after`; fails loudly when absent."""
    base = source.find(after) if after else 0
    if base < 0:
        raise ValueError(f"context {after!r} not found")
    start = source.find(text, base)
    if start < 0:
        raise ValueError(f"{text!r} not found after {after!r}")
    end = start + len(text)
    assert source[start:end] == text
    return start, end


def out_path(module: ModuleType = labels) -> Path:
    """Where the gold file of a labels module goes: beside this script, named after its source."""
    return HERE / (Path(module.DOCUMENT["source"]).stem + ".gold.json")


def build(module: ModuleType = labels) -> dict:
    """The gold set of a labels module as a plain dict (validated)."""
    source = (ROOT / module.DOCUMENT["source"]).read_text(encoding="utf-8")
    gold: dict = {"document": dict(module.DOCUMENT), "sections": []}
    for field, rows in (
        ("organizations", module.ORGANIZATIONS),
        ("amounts", module.AMOUNTS),
        ("dates", module.DATES),
        ("objective_refs", module.OBJECTIVE_REFS),
    ):
        mentions = []
        seen = set()
        for text, after, attrs in rows:
            start, end = locate(source, text, after)
            if (start, end) in seen:
                raise ValueError(f"duplicate {field} mention {text!r} at {start}")
            seen.add((start, end))
            mentions.append({"text": text, "start": start, "end": end, **attrs})
        mentions.sort(key=lambda m: (m["start"], m["end"]))
        gold[field] = mentions
    for heading, objectives in module.SECTIONS:
        start = source.find("\n" + heading) + 1
        assert start > 0, heading
        gold["sections"].append(
            {
                "heading": heading,
                "start": start,
                "end": start + len(heading),
                "objectives": objectives,
            }
        )
    return GoldSet.model_validate(gold).model_dump(exclude_none=True, exclude_defaults=False)


def counts(gold: dict) -> dict[str, dict[str, int]]:
    """Mentions per field: all, required and optional."""
    out = {}
    for field in ("organizations", "amounts", "dates", "objective_refs"):
        opt = sum(1 for m in gold[field] if m.get("optional"))
        out[field] = {
            "mentions": len(gold[field]),
            "required": len(gold[field]) - opt,
            "optional": opt,
        }
    out["sections"] = {"mentions": len(gold["sections"])}
    return out


def render(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    module = importlib.import_module(sys.argv[1]) if len(sys.argv) > 1 else labels
    gold = build(module)
    out_path(module).write_text(render(gold), encoding="utf-8")
    print(json.dumps(counts(gold), indent=1))


if __name__ == "__main__":
    main()

"""Training material for the objective and principle classifiers (corpus/objectives/*.jsonl of a
source checkout; an installed package needs no training material to classify)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = ROOT / "corpus" / "objectives"


def source_checkout() -> Path | None:
    """The root of the source checkout this package is imported from, or None when installed."""
    if (ROOT / "pyproject.toml").is_file() and (ROOT / "src" / "gcmextract").is_dir():
        return ROOT
    return None


@dataclass(frozen=True)
class LabelSet:
    """Labels (objective numbers or principle ids), titles, keywords and (sentence, labels) examples."""

    name: str
    labels: list[str]
    titles: dict[str, str]
    keywords: dict[str, list[str]]
    texts: list[str]
    targets: list[list[str]]


def load_label_set(name: str, data_dir: Path = DATA_DIR) -> LabelSet:
    """Read `objectives` or `principles` training material."""
    key = "objective" if name == "objectives" else "principle"
    rows = [
        json.loads(line)
        for line in (data_dir / f"{name}.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    labels = [str(r[key]) for r in rows]
    texts: list[str] = []
    targets: list[list[str]] = []
    for r in rows:
        for example in r["examples"]:
            extra = [str(x) for x in r.get("also", {}).get(example, [])]
            texts.append(example)
            targets.append([str(r[key]), *extra])
    return LabelSet(
        name=name,
        labels=labels,
        titles={str(r[key]): r["title"] for r in rows},
        keywords={str(r[key]): r["keywords"] for r in rows},
        texts=texts,
        targets=targets,
    )

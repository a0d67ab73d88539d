"""Training material for the objective and principle classifiers (corpus/objectives/*.jsonl of a
source checkout; an installed package needs no training material to classify).

`<name>.jsonl` holds one line per label (title, keywords, examples); any further `<name>-*.jsonl` file
(for instance `objectives-gcm.jsonl`, passages paraphrasing the Compact's actions, or passages in
another language) adds examples, one passage per line: `{"objective": 5, "text": "...", "source":
"..."}` (`"principle"` for principles; `"also"`: further labels). `offtopic-train.jsonl` holds passages
with no migration content (`{"text": ..., "source": ...}`): negatives for every label and for the
"none of the objectives" signal.

Spanish and French passages (`passages-<lang>.jsonl`, same shape) and off-topic paragraphs
(`offtopic-train-<lang>.jsonl`) are added to the same model's material by `training.train.training_set`;
`offtopic-tune-<lang>.jsonl` (the paragraphs that chose the Spanish and French gate thresholds) and
`offtopic-test-<lang>.jsonl` (held out, measuring abstention) are never trained on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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
    """Labels (objective numbers or principle ids), titles, keywords and (passage, labels) examples;
    `origins` names the file each example came from, `negatives` are off-topic passages."""

    name: str
    labels: list[str]
    titles: dict[str, str]
    keywords: dict[str, list[str]]
    texts: list[str]
    targets: list[list[str]]
    origins: list[str] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    # per example: the real page it comes from ("" for written material); cross-validation keeps a
    # page's passages in one fold (empty list: no real passages)
    groups: list[str] = field(default_factory=list)
    # per negative: its weight in the gate's fit (empty: all 1), so that no language's share of
    # negatives makes the language itself look like migration content
    negative_weights: list[float] = field(default_factory=list)


def read_rows(path: Path) -> list[dict]:
    """The JSON object of each non-empty line of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_label_set(
    name: str,
    data_dir: Path = DATA_DIR,
    extras: bool | list[str] = True,
    negatives: bool = True,
) -> LabelSet:
    """Read `objectives` or `principles` training material; `extras` adds every `<name>-*.jsonl` file
    (or only those named), `negatives` the off-topic passages."""
    key = "objective" if name == "objectives" else "principle"
    rows = read_rows(data_dir / f"{name}.jsonl")
    labels = [str(r[key]) for r in rows]
    texts: list[str] = []
    targets: list[list[str]] = []
    origins: list[str] = []
    for r in rows:
        for example in r["examples"]:
            extra = [str(x) for x in r.get("also", {}).get(example, [])]
            texts.append(example)
            targets.append([str(r[key]), *extra])
            origins.append(f"{name}.jsonl")
    for path in sorted(data_dir.glob(f"{name}-*.jsonl")):
        if extras is not True and (not extras or path.name not in extras):
            continue
        for r in read_rows(path):
            texts.append(r["text"])
            targets.append([str(r[key]), *(str(x) for x in r.get("also", []))])
            origins.append(path.name)
    neg_path = data_dir / "offtopic-train.jsonl"
    neg = [r["text"] for r in read_rows(neg_path)] if negatives and neg_path.is_file() else []
    return LabelSet(
        name=name,
        labels=labels,
        titles={str(r[key]): r["title"] for r in rows},
        keywords={str(r[key]): r["keywords"] for r in rows},
        texts=texts,
        targets=targets,
        origins=origins,
        negatives=neg,
    )


def load_offtopic_test(data_dir: Path = DATA_DIR, language: str | None = None) -> list[str]:
    """The held-out off-topic passages (never trained on, nor used to choose anything) that measure
    abstention, in English or in `language`."""
    return load_offtopic(data_dir, language, "test")


def load_offtopic(data_dir: Path, language: str | None = None, split: str = "test") -> list[str]:
    """The off-topic passages of `split` in English or `language`: "test" (held out), "tune" (the
    Spanish and French paragraphs that chose the gate threshold of their language), "train"."""
    suffix = f"-{language}" if language else ""
    return [r["text"] for r in read_rows(data_dir / f"offtopic-{split}{suffix}.jsonl")]

"""Real labelled passages: stand-off spans (file, sha256, start, end) of public pages kept outside the
repository (`../shared/`), joined with their labels and validated line by line.

`corpus/objectives/real/passages.jsonl` names the spans; `labels.jsonl` gives each passage's primary
objective (1-23 or null for none), further objectives (`also`) and its labeller; `labels-second.jsonl`
is an independent second pass on a sample. Any fault (a text missing or changed since labelling, an
unknown objective, an empty span, an unknown passage id) is a one-line error naming file and line.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from gcmextract.classify.data import DATA_DIR, ROOT
from gcmextract.errors import InputError

REAL_DIR = DATA_DIR / "real"
SHARED = ROOT.parent / "shared"
OBJECTIVES = range(1, 24)
SPLITS = ("train", "test")


@dataclass(frozen=True)
class RealPassage:
    """One labelled span of a real page: where it is, its text and its labels."""

    id: str
    page: str
    language: str
    kind: str
    split: str
    start: int
    end: int
    text: str
    primary: int | None
    also: tuple[int, ...]
    labeller: str

    @property
    def objectives(self) -> list[int]:
        """Primary first, then the others (empty: no objective)."""
        return [] if self.primary is None else [self.primary, *self.also]


def shared_available(shared: Path = SHARED) -> bool:
    """Whether the real pages are at hand (`../shared/passages/` beside the checkout)."""
    return (shared / "passages" / "sources.json").is_file()


def _lines(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) of a JSON-lines file; a line that is not a JSON object is an error."""
    if not path.is_file():
        raise InputError("no such file", str(path))
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n}: not JSON ({exc.msg})", str(path)) from None
        if not isinstance(row, dict):
            raise InputError(f"line {n}: not a JSON object", str(path))
        out.append((n, row))
    return out


def _objective(value: object, where: str, path: Path) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in OBJECTIVES:
        raise InputError(f"{where}: unknown objective {value!r} (expected 1-23 or null)", str(path))
    return value


def parse_labels(path: Path) -> dict[str, tuple[int | None, tuple[int, ...], str]]:
    """id -> (primary, also, labeller) of a label file, validated (objective numbers, duplicates)."""
    out: dict[str, tuple[int | None, tuple[int, ...], str]] = {}
    for n, row in _lines(path):
        where = f"line {n}"
        pid = row.get("id")
        if not isinstance(pid, str) or not pid:
            raise InputError(f"{where}: no passage id", str(path))
        if pid in out:
            raise InputError(f"{where}: passage {pid} labelled twice", str(path))
        if "primary" not in row:
            raise InputError(f"{where}: no primary label (1-23 or null)", str(path))
        primary = _objective(row["primary"], where, path)
        also_raw = row.get("also") or []
        if not isinstance(also_raw, list):
            raise InputError(f"{where}: 'also' is not a list", str(path))
        also = tuple(o for o in (_objective(a, where, path) for a in also_raw) if o is not None)
        out[pid] = (primary, tuple(a for a in also if a != primary), str(row.get("labeller", "")))
    return out


def _text(
    row: dict, where: str, path: Path, shared: Path, cache: dict[str, tuple[str, str]]
) -> str:
    """The span's text, after checking that its page exists, is unchanged and the span is not empty."""
    rel = row.get("file")
    if not isinstance(rel, str):
        raise InputError(f"{where}: no file", str(path))
    if rel not in cache:
        page = shared / rel
        if not page.is_file():
            raise InputError(f"{where}: text {rel} not found under {shared}", str(path))
        raw = page.read_bytes()
        cache[rel] = (hashlib.sha256(raw).hexdigest(), raw.decode("utf-8", errors="replace"))
    sha, text = cache[rel]
    if sha != row.get("sha256"):
        raise InputError(f"{where}: {rel} changed since labelling (sha256 differs)", str(path))
    start, end = row.get("start"), row.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        raise InputError(f"{where}: span {start}-{end} outside {rel}", str(path))
    if not text[start:end].strip():
        raise InputError(f"{where}: empty passage ({rel} {start}-{end})", str(path))
    return text[start:end]


def load_real(
    passages: Path = REAL_DIR / "passages.jsonl",
    labels: Path = REAL_DIR / "labels.jsonl",
    shared: Path = SHARED,
) -> list[RealPassage]:
    """The labelled real passages (only those with a label), texts read from `shared` and checked."""
    labelled = parse_labels(labels)
    cache: dict[str, tuple[str, str]] = {}
    out: list[RealPassage] = []
    seen: set[str] = set()
    for n, row in _lines(passages):
        where = f"line {n}"
        pid = row.get("id")
        if not isinstance(pid, str) or row.get("split") not in SPLITS:
            raise InputError(f"{where}: no id or split (train/test)", str(passages))
        seen.add(pid)
        text = _text(row, where, passages, shared, cache)
        if pid not in labelled:
            continue
        primary, also, labeller = labelled[pid]
        out.append(
            RealPassage(
                id=pid,
                page=pid.split("#", 1)[0],
                language=str(row.get("language", "")),
                kind=str(row.get("kind", "")),
                split=row["split"],
                start=row["start"],
                end=row["end"],
                text=text,
                primary=primary,
                also=also,
                labeller=labeller,
            )
        )
    unknown = sorted(set(labelled) - seen)
    if unknown:
        line = next(n for n, r in _lines(labels) if r.get("id") == unknown[0])
        raise InputError(f"line {line}: unknown passage {unknown[0]}", str(labels))
    return out


def load_pages(
    passages: list[RealPassage], shared: Path = SHARED
) -> dict[str, tuple[str, list[RealPassage]]]:
    """page -> (the whole page's text, its labelled passages): for page-level scores."""
    pages: dict[str, list[RealPassage]] = {}
    for p in passages:
        pages.setdefault(p.page, []).append(p)
    out = {}
    for page, rows in pages.items():
        lang, stem = page.split("/", 1)
        text = (shared / "passages" / lang / f"{stem}.txt").read_text("utf-8")
        out[page] = (text, rows)
    return out

"""A gold file's document found and checked: its source located (beside the repository too), its
SHA-256 compared, and every mention's offsets spelling its text, each failure one line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gcmextract.errors import InputError
from gcmextract.evaluate.gold import GOLD_FIELDS, GoldSet

# where texts kept outside the repository live, relative to a folder above the gold file
SHARED_DIRS = ("shared", "../shared")


class GoldMismatch(InputError):
    """A gold file that does not fit its document (missing, changed, or offsets that do not spell)."""


@dataclass(frozen=True)
class Checked:
    """A gold file's document: where it is and the text its offsets count over."""

    path: Path
    text: str


def candidates(gold_path: Path, source: str) -> list[Path]:
    """Where a gold file's `source` may be: as written, then from each folder above the gold file,
    directly or in a `shared` folder beside it (texts kept outside the repository)."""
    out = [Path(source)]
    for folder in gold_path.resolve().parents:
        out.append(folder / source)
        out += [folder / d / source for d in SHARED_DIRS]
    return out


def locate(gold_path: Path, source: str, docs: Path | None = None) -> Path | None:
    """The first existing candidate of `source` (in `docs` by file name when given), or None."""
    if docs is not None:
        found = docs / Path(source).name
        return found if found.is_file() else None
    return next((p for p in candidates(gold_path, source) if p.is_file()), None)


def _short(text: str, limit: int = 40) -> str:
    """A mention's text on one line, cut to `limit` characters."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def spelling_errors(gold: GoldSet, text: str) -> list[str]:
    """One line per mention whose `[start, end)` in `text` is not its `text`."""
    errors = []
    for field in GOLD_FIELDS:
        for m in getattr(gold, field):
            got = text[m.start : m.end]
            if got != m.text:
                errors.append(
                    f"{field} '{_short(m.text)}' at {m.start}-{m.end} does not spell the mention "
                    f"(the text has '{_short(got)}')"
                )
    return errors


def check(gold_path: Path, gold: GoldSet, document: Path, text: str) -> Checked:
    """`document` (read as `text`, what offsets count over) checked against the gold file: the same
    bytes (sha256) when recorded, and every mention's offsets spelling it; GoldMismatch with one
    line naming the file and the first mention otherwise."""
    where = str(gold_path)
    want = gold.document.sha256
    if want and hashlib.sha256(document.read_bytes()).hexdigest() != want:
        raise GoldMismatch(
            f"its document {document} has changed or is another one (sha256 differs)", where
        )
    errors = spelling_errors(gold, text)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise GoldMismatch(f"does not match {document}: {errors[0]}{more}", where)
    return Checked(document, text)


def find_checked(gold_path: Path, gold: GoldSet, docs: Path | None = None) -> Path:
    """The gold file's own document, found; GoldMismatch naming the file when it is missing."""
    found = locate(gold_path, gold.document.source, docs)
    if found is None:
        raise GoldMismatch(
            f"its document {gold.document.source} is missing (looked beside the repository and in "
            f"a 'shared' folder above it{'; and in --docs' if docs else ''})",
            str(gold_path),
        )
    return found


def check_prediction(
    gold_path: Path, gold: GoldSet, predicted_sha256: str, document: object | None
) -> None:
    """Refuse (one line) a prediction made from another document than the gold file's: its
    sha256 must be the gold's recorded one, else that of the document found for the gold."""
    want = gold.document.sha256 or getattr(document, "sha256", None)
    if want and predicted_sha256 and want != predicted_sha256:
        raise GoldMismatch(
            f"the prediction was extracted from another document (sha256 {predicted_sha256[:12]}… "
            f"is not {want[:12]}…)",
            str(gold_path),
        )

"""The tabular output form: a list of mentions as a table (field names once, one array of values a
mention, the values many mentions share stated once in `shared`) and an objective's mentions named
by their index, or left out where they follow from the mentions' own `objectives`.

`Extraction`'s validator reads it back (`schema._expand_tabular`); this module only writes it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from gcmextract.schema import DERIVED, OBJECTIVE_MENTIONS, SHARED_COLUMN, Extraction

# fields that place a mention (never shared: they differ from one mention to the next)
LOCATED = frozenset(
    ("text", "start", "end", "page", "sentence", "context", "boxes", "line", "column")
    + ("paragraph", "cell")
)
# a combination of shared values must stand, on average, for at least this many mentions
SHARE_RATIO = 4


def dumps(value: Any) -> bytes:
    """JSON on one line, without spaces, non-ASCII text as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Table:
    """How one list of mentions is written: its row columns, the fields its `shared` objects hold,
    those objects, and each mention's index among them (empty when there is no `shared` column)."""

    def __init__(self, model: type[BaseModel], mentions: Iterable[dict[str, Any]]) -> None:
        candidates = [f for f in model.model_fields if f not in LOCATED]
        interned: dict[str, dict[bytes, int]] = {f: {} for f in candidates}
        keys: list[tuple[int, ...]] = []
        used: set[str] = set()
        ends = False  # whether some mention's end is not implied by its start and text
        for m in mentions:
            used.update(m)
            ends = ends or m["end"] != m["start"] + len(m["text"])
            keys.append(tuple(_intern(interned[f], m, f) for f in candidates))
        if not ends:
            used.discard("end")
        fields = _choose(candidates, interned, keys)
        self.columns = [
            "context" if f == "sentence" else f
            for f in model.model_fields
            if f in used and f not in fields
        ]
        self.shared, self.index = _objects(candidates, fields, interned, keys)
        if len(self.shared) > 1:
            self.columns.append(SHARED_COLUMN)
        else:  # one object (or none): every mention takes it, no column needed
            self.index = []
            self.shared = [o for o in self.shared if o]
        self.defaults = {f: _default(model, f) for f in model.model_fields if f != "sentence"}

    def head(self) -> bytes:
        """The table's opening: its columns and shared objects, then the start of its rows."""
        head = b'{"columns":' + dumps(self.columns)
        if self.shared:
            head += b',"shared":' + dumps(self.shared)
        return head + b',"rows":['

    def rows(self, mentions: list[dict[str, Any]], first: int, contexts: dict[str, int]) -> bytes:
        """The rows of `mentions` (the `first`-th of the list onwards), comma-separated."""
        out = []
        for k, m in enumerate(mentions, first):
            row = [self._value(m, c, contexts) for c in self.columns if c != SHARED_COLUMN]
            if self.index:
                row.append(self.index[k])
            out.append(dumps(row))
        return b",".join(out)

    def _value(self, m: dict[str, Any], column: str, contexts: dict[str, int]) -> Any:
        """The value of one cell: a sentence as its index in `contexts`, an implied end null."""
        if column == "context":
            sentence = m.get("sentence")
            return None if sentence is None else contexts.setdefault(sentence, len(contexts))
        if column == "end" and m["end"] == m["start"] + len(m["text"]):
            return None
        return m.get(column, self.defaults[column])


def _intern(seen: dict[bytes, int], m: dict[str, Any], field: str) -> int:
    """The number of a mention's value of `field` among the values seen (0: at its default)."""
    if field not in m:
        return 0
    return seen.setdefault(dumps(m[field]), len(seen) + 1)


def _choose(
    candidates: list[str], interned: dict[str, dict[bytes, int]], keys: list[tuple[int, ...]]
) -> set[str]:
    """The fields to share: in order of fewest distinct values, each one that keeps the number of
    distinct combinations at most one per SHARE_RATIO mentions."""
    limit = max(1, len(keys) // SHARE_RATIO)
    order = sorted(range(len(candidates)), key=lambda j: (len(interned[candidates[j]]), j))
    chosen: list[int] = []
    for j in order:
        if len(interned[candidates[j]]) > limit:
            break  # this and every later field has more distinct values than the limit alone
        trial = [*chosen, j]
        if len({tuple(key[i] for i in trial) for key in keys}) <= limit:
            chosen = trial
    return {candidates[j] for j in chosen}


def _objects(
    candidates: list[str],
    fields: set[str],
    interned: dict[str, dict[bytes, int]],
    keys: list[tuple[int, ...]],
) -> tuple[list[dict[str, Any]], list[int]]:
    """The shared objects (fields at their default left out), in order of first use, and each
    mention's index among them."""
    positions = [j for j, f in enumerate(candidates) if f in fields]
    values = {f: {n: json.loads(v) for v, n in interned[f].items()} for f in fields}
    numbers: dict[tuple[int, ...], int] = {}
    objects: list[dict[str, Any]] = []
    index = []
    for key in keys:
        combo = tuple(key[j] for j in positions)
        if combo not in numbers:
            numbers[combo] = len(objects)
            objects.append(
                {candidates[j]: values[candidates[j]][key[j]] for j in positions if key[j]}
            )
        index.append(numbers[combo])
    return (objects, index) if fields else ([], [])


def _default(model: type[BaseModel], field: str) -> Any:
    """A field's default as JSON (None for a required field, which is never left out)."""
    info = model.model_fields[field]
    if info.is_required():
        return None
    value = info.get_default(call_default_factory=True)
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def objectives(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """The objectives as tabular output writes them: defaults left out, each mention list as
    indices into the document's lists, left out where it is the derived one."""
    derived = {key: _by_objective(extraction, name) for key, name in _derivable().items()}
    spans: dict[str, dict[tuple[str, int, int], int]] = {}
    for o in extraction.objectives:
        data = o.model_dump(mode="json", exclude_defaults=True, exclude=set(OBJECTIVE_MENTIONS))
        for key, name in OBJECTIVE_MENTIONS.items():
            refs = [(r.text, r.start, r.end) for r in getattr(o, key)]
            if key in derived and refs == derived[key].get(o.objective, []):
                continue
            if key not in spans:
                spans[key] = _spans(getattr(extraction, name))
            data[key] = [
                spans[key].get(r, {"text": r[0], "start": r[1], "end": r[2]}) for r in refs
            ]
        yield data


def _derivable() -> dict[str, str]:
    """The objective lists that tabular output may leave out, with the list each derives from."""
    return {key: OBJECTIVE_MENTIONS[key] for key in DERIVED}


def _by_objective(extraction: Extraction, name: str) -> dict[int, list[tuple[str, int, int]]]:
    """Per objective number, the spans of the mentions of `name` whose `objectives` hold it."""
    out: dict[int, list[tuple[str, int, int]]] = {}
    for m in getattr(extraction, name):
        for n in m.objectives:
            out.setdefault(n, []).append((m.text, m.start, m.end))
    return out


def _spans(mentions: list[Any]) -> dict[tuple[str, int, int], int]:
    """The index of each mention of a list by its span (the first, should two share one)."""
    index: dict[tuple[str, int, int], int] = {}
    for k, m in enumerate(mentions):
        index.setdefault((m.text, m.start, m.end), k)
    return index

"""An `Extraction` as JSON bytes, written in parts of a bounded size: a long document's output is
never held as one string (nor twice while it is copied), whatever its number of mentions.

Tabular form (default; `assemble.tabular`): one line, fields at their default left out, each list of
mentions as a table (field names once, values many mentions share once, a mention's `end` null
where it is `start` plus the length of its `text`), each distinct sentence stored once in
`contexts` (a mention's `context` is its index), and an objective's mentions named by index or
left to the rule that derives them. Readable form (`--indent`): exactly
`model_dump_json(indent=2)`, every field. `Extraction.model_validate_json` reads either back into
an equal model."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import chain
from typing import Any

from pydantic import TypeAdapter

from gcmextract.assemble import tabular
from gcmextract.assemble.tabular import dumps
from gcmextract.schema import TABLE_MODELS, Extraction

CHUNK = 2000  # list items serialised at a time
# the list fields whose items are streamed, in the model's field order
LISTS: tuple[str, ...] = tuple(
    name
    for name, field in Extraction.model_fields.items()
    if getattr(field.annotation, "__origin__", None) is list
)


# lists spliced in by `_full`, in field order: every list but those left out of the output when
# empty, which keep their own serialisation (splicing relies on `"name": []` in the skeleton)
SPLICED: tuple[str, ...] = tuple(
    name for name in LISTS if Extraction.model_fields[name].exclude_if is None
)


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    annotation = Extraction.model_fields[name].annotation
    assert annotation is not None  # every field of the model is annotated
    return TypeAdapter(annotation)


def json_parts(extraction: Extraction, indent: bool = False) -> Iterator[bytes]:
    """The output's bytes in parts (no final newline): the tabular form, or with `indent` the
    readable one."""
    return _full(extraction) if indent else _tabular(extraction)


def to_json(extraction: Extraction, indent: bool = False) -> bytes:
    """The output file's bytes, without a final newline (`json_parts` joined)."""
    return b"".join(json_parts(extraction, indent))


TABULAR, INDENTED = "tabular", "indented"


def form(indent: bool) -> str:
    """The name of an output form, as the batch manifest records it."""
    return INDENTED if indent else TABULAR


def _full(extraction: Extraction) -> Iterator[bytes]:
    """`model_dump_json(indent=2)`, byte for byte: the model without its long lists, each list
    spliced in where it stands, CHUNK items at a time re-indented to their depth."""
    skeleton = extraction.model_copy(update={name: [] for name in SPLICED})
    rest = skeleton.__pydantic_serializer__.to_json(skeleton, indent=2)
    for name in SPLICED:
        marker = b'\n  "' + name.encode() + b'": []'
        head, found, rest = rest.partition(marker)
        if not found:  # cannot happen for a field of the model; never write a wrong file
            raise AssertionError(f"{name} not found in the serialised model")
        yield head
        items = getattr(extraction, name)
        if not items:
            yield marker
            continue
        yield marker[:-1] + b"\n"
        for i in range(0, len(items), CHUNK):
            text = _adapter(name).dump_json(items[i : i + CHUNK], indent=2)
            # '[\n  {...},\n  {...}\n]': items at depth 1 -> depth 2 (strings hold no raw newline)
            yield (b",\n" if i else b"") + b"  " + text[2:-2].replace(b"\n", b"\n  ")
        yield b"\n  ]"
    yield rest


def _tabular(extraction: Extraction) -> Iterator[bytes]:
    """One line: the schema version always, other fields where not at their default, each list of
    mentions as a table, objectives naming their mentions, and `contexts` last."""
    contexts: dict[str, int] = {}
    yield b'{"schema_version":' + dumps(extraction.schema_version)
    for name in Extraction.model_fields:
        if name in ("schema_version", "contexts"):
            continue
        if name in TABLE_MODELS:
            if getattr(extraction, name):
                yield b"," + dumps(name) + b":"
                yield from _table(extraction, name, contexts)
        elif name == "objectives":
            if extraction.objectives:
                yield b',"objectives":['
                yield b",".join(dumps(o) for o in tabular.objectives(extraction))
                yield b"]"
        else:
            yield from _field(extraction, name)
    # present even when empty: it marks the tabular form
    yield b',"contexts":' + dumps(list(contexts)) + b"}"


def _field(extraction: Extraction, name: str) -> Iterator[bytes]:
    """A field other than the mention lists and objectives, unless at its default; a list in
    parts of CHUNK items."""
    if name not in LISTS:
        value = extraction.model_dump(mode="json", exclude_defaults=True, include={name})
        if name in value:
            yield b"," + dumps(name) + b":" + dumps(value[name])
        return
    items = getattr(extraction, name)
    if not items:
        return
    yield b"," + dumps(name) + b":["
    for i in range(0, len(items), CHUNK):
        rows = _adapter(name).dump_python(items[i : i + CHUNK], mode="json", exclude_defaults=True)
        yield (b"," if i else b"") + dumps(rows)[1:-1]
    yield b"]"


def _dumped(name: str, items: list[Any]) -> Iterator[list[dict[str, Any]]]:
    """The mentions of a list as JSON values (defaults left out), CHUNK at a time."""
    for i in range(0, len(items), CHUNK):
        yield _adapter(name).dump_python(items[i : i + CHUNK], mode="json", exclude_defaults=True)


def _table(extraction: Extraction, name: str, contexts: dict[str, int]) -> Iterator[bytes]:
    """A list of mentions as a table: planned over a first pass, its rows written in a second."""
    items = getattr(extraction, name)
    table = tabular.Table(TABLE_MODELS[name], chain.from_iterable(_dumped(name, items)))
    yield table.head()
    for k, chunk in enumerate(_dumped(name, items)):
        yield (b"," if k else b"") + table.rows(chunk, k * CHUNK, contexts)
    yield b"]}"

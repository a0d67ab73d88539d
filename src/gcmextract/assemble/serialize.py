"""An `Extraction` as JSON bytes, written in parts of a bounded size: a long document's output is
never held as one string (nor twice while it is copied), whatever its number of mentions.

Full form (default): exactly `model_dump_json(indent=2)`, every field. Compact form (`--compact`):
one line, fields at their default left out, a mention's `end` left out where it is `start` plus the
length of its `text`, and each distinct sentence stored once in `contexts` (a mention's `context`
is its index); `Extraction.model_validate_json` reads it back into an equal model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from gcmextract.schema import CONTEXT_FIELDS, Extraction

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


def json_parts(extraction: Extraction, compact: bool = False) -> Iterator[bytes]:
    """The output's bytes in parts (no final newline)."""
    return _compact(extraction) if compact else _full(extraction)


def to_json(extraction: Extraction, compact: bool = False) -> bytes:
    """The output file's bytes, without a final newline (`json_parts` joined)."""
    return b"".join(json_parts(extraction, compact))


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


def _compact(extraction: Extraction) -> Iterator[bytes]:
    """One line: the schema version always, other fields where not at their default, mentions with
    `context` indices into the `contexts` list written last."""
    index: dict[str, int] = {}

    def dumps(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    yield b'{"schema_version":' + dumps(extraction.schema_version)
    for name in Extraction.model_fields:
        if name in ("schema_version", "contexts"):
            continue
        if name not in LISTS:
            value = extraction.model_dump(mode="json", exclude_defaults=True, include={name})
            if name in value:
                yield b"," + dumps(name) + b":" + dumps(value[name])
            continue
        items = getattr(extraction, name)
        if not items:
            continue
        yield b"," + dumps(name) + b":["
        for i in range(0, len(items), CHUNK):
            rows = _adapter(name).dump_python(
                items[i : i + CHUNK], mode="json", exclude_defaults=True
            )
            if name in CONTEXT_FIELDS:
                for m in rows:
                    _shorten(m, index)
            yield (b"," if i else b"") + dumps(rows)[1:-1]
        yield b"]"
    # present even when empty: it marks the compact form
    yield b',"contexts":' + dumps(list(index)) + b"}"


def _shorten(mention: dict[str, Any], index: dict[str, int]) -> None:
    """A mention's sentence as its index in `index`; its `end` dropped where the text implies it."""
    sentence = mention.pop("sentence", None)
    if sentence is not None:
        mention["context"] = index.setdefault(sentence, len(index))
    if mention["end"] == mention["start"] + len(mention["text"]):
        del mention["end"]

"""The spaCy layer shared by gcmextract's components: extensions, span groups and the base component.

Each component runs a pure finder over `doc.text` and writes one span per mention into
`doc.spans[<spans_key>]` (by default `gcm_objective_refs`, `gcm_dates`, `gcm_amounts`,
`gcm_organizations`). A span covers the tokens of its mention (expanded to token boundaries); the
mention's values, with its exact character offsets into `doc.text`, are a plain dict on
`span._.gcm_<field>` (`span._.gcm_amount`, ...), so `DocBin(store_user_data=True)` round-trips them.
`doc._.gcm_country` (ISO 3166 alpha-3 of the submitting state), `doc._.gcm_language` (ISO 639-1)
and `doc._.gcm_explain` (keep rejected organisation candidates) may be set before the pipeline runs;
so may `doc._.gcm_acronyms` (a dict, for a piece of a long document: the organisation acronyms
defined before it, to which the piece's own are added).
`doc.text` is whatever text the Doc was made from: offsets index it, never another text.
Components run in the order objective_refs, dates, amounts, organizations; a later one reads the
earlier ones' spans to avoid overlaps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from gcmextract.schema import MENTION_FIELDS, Mention

# field -> the span extension holding one mention's values
SPAN_ATTRS: dict[str, str] = {
    "objective_refs": "gcm_objective_ref",
    "dates": "gcm_date",
    "amounts": "gcm_amount",
    "organizations": "gcm_organization",
}
assert set(SPAN_ATTRS) == set(MENTION_FIELDS)
FIELDS = tuple(SPAN_ATTRS)
# per field, the component names of the pipeline (also the default span keys)
COMPONENT_NAMES: dict[str, str] = {field: f"gcm_{field}" for field in FIELDS}
# values not stored on spans: page, sentence and confidence are set when the Extraction is made
_NOT_STORED = {"page", "sentence", "confidence"}
# per model, the one set every mention read back holds as its `model_fields_set` (see `_read`)
_ALL_FIELDS: dict[type[Mention], set[str]] = {}


def register_extensions() -> None:
    """Register `doc._.gcm_country`, `doc._.gcm_language`, `doc._.gcm_explain`,
    `span._.gcm_<mention>` and the read-only `doc._.gcm_<field>` getters."""
    if not Doc.has_extension("gcm_country"):
        Doc.set_extension("gcm_country", default=None)
    if not Doc.has_extension("gcm_language"):  # ISO 639-1 of the document; None reads as English
        Doc.set_extension("gcm_language", default=None)
    if not Doc.has_extension("gcm_explain"):  # also keep what was rejected, and why
        Doc.set_extension("gcm_explain", default=False)
    if not Doc.has_extension("gcm_acronyms"):  # acronyms of earlier pieces: short -> (name, type)
        Doc.set_extension("gcm_acronyms", default=None)
    for field, attr in SPAN_ATTRS.items():
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
        name = f"gcm_{field}"
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_getter(field))


def _getter(field: str) -> Callable[[Doc], list[Mention]]:
    """A read-only `doc._.gcm_<field>`: the field's mentions as schema objects (from the spans)."""

    def get(doc: Doc) -> list[Mention]:
        return read_mentions(doc, field)

    return get


def write_spans(doc: Doc, field: str, mentions: Iterable[Mention], spans_key: str) -> SpanGroup:
    """Put `mentions` (offsets into `doc.text`) into `doc.spans[spans_key]` with their values."""
    attr = SPAN_ATTRS[field]
    label = field.upper()
    spans: list[Span] = []
    for mention in mentions:
        span = _cover(doc, mention.start, mention.end, label)
        span._.set(attr, mention.model_dump(exclude=_NOT_STORED))
        spans.append(span)
    group = SpanGroup(doc, name=spans_key, spans=spans)
    doc.spans[spans_key] = group
    return group


def _cover(doc: Doc, start: int, end: int, label: str) -> Span:
    """The tokens covering `[start, end)`; a span inside whitespace takes the token after it."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        return span
    first = next((t.i for t in doc if t.idx + len(t) > start), len(doc))
    return Span(doc, first, max(first, min(first + 1, len(doc))), label=label)


def read_mentions(doc: Doc, field: str, spans_key: str | None = None) -> list[Mention]:
    """The mentions of `field` stored in `doc.spans` (offsets into `doc.text`), as schema objects."""
    key = spans_key or COMPONENT_NAMES[field]
    if key not in doc.spans:
        return []
    model, attr = MENTION_FIELDS[field], SPAN_ATTRS[field]
    out: list[Mention] = []
    for span in doc.spans[key]:
        values = span._.get(attr)
        if values is not None:
            out.append(_read(model, values))
    return out


def _read(model: type[Mention], values: dict[str, Any]) -> Mention:
    """A mention of `model` validated from its stored values, holding its model's shared set of
    all field names as `model_fields_set` rather than a set of its own: every field is in the
    stored values or set when the mention is placed, and a set of its own (728 bytes) is about
    40% of a live mention, of which a 10 MB text holds some 400,000 until its output is written."""
    mention = model.model_validate(values)
    shared = _ALL_FIELDS.setdefault(model, set(model.model_fields))
    object.__setattr__(mention, "__pydantic_fields_set__", shared)
    return mention


def spans_of(doc: Doc, *fields: str) -> list[tuple[int, int]]:
    """The exact `(start, end)` offsets of the mentions of `fields` found so far in `doc`."""
    return [(m.start, m.end) for field in fields for m in read_mentions(doc, field)]


class MentionComponent:
    """Base of the gcmextract components: a finder over `doc.text` writing one span group.

    Subclasses name their `field`, the package holding their vocabulary files, and implement
    `find`. The vocabularies are loaded by `initialize()` (or lazily on first use) and saved with
    the pipeline by `to_disk`, so a saved pipeline records the data it was built with; `from_disk`
    refuses vocabularies that differ from the installed package's, whose finders read them.
    """

    field: ClassVar[str]
    package: ClassVar[str]
    vocabulary_files: ClassVar[tuple[str, ...]] = ("vocabulary.json",)

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.vocabularies: dict[str, Any] = {}
        register_extensions()

    def find(self, doc: Doc) -> list[Mention]:
        """The field's mentions in `doc.text` (overridden by each component)."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        """Find the mentions and write them into `doc.spans[self.spans_key]`."""
        if not self.vocabularies:
            self.initialize()
        write_spans(doc, self.field, self.find(doc), self.spans_key)
        return doc

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """Load the component's vocabularies from its package (no training data needed)."""
        from gcmextract.resources.lexicon import load_json

        self.vocabularies = {f: load_json(self.package, f) for f in self.vocabulary_files}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the vocabularies into the component's folder of a saved pipeline."""
        if not self.vocabularies:
            self.initialize()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for file, data in self.vocabularies.items():
            (path / file).write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MentionComponent:
        """Load the vocabularies saved by `to_disk`; they must be the installed package's."""
        from gcmextract.resources.lexicon import load_json

        path = Path(path)
        loaded = {f: json.loads((path / f).read_text("utf-8")) for f in self.vocabulary_files}
        for file, data in loaded.items():
            if data != load_json(self.package, file):
                raise ValueError(
                    f"{path / file}: vocabulary differs from the installed gcmextract "
                    f"({self.package}); save the pipeline again with this version"
                )
        self.vocabularies = loaded
        return self

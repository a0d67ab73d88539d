"""The pydantic output model: the single source of truth for gcmextract's JSON (and its JSON Schema)."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# 2.0: mentions located on the page (`boxes`; `line`/`column`; `paragraph`/`cell`), evidence as
# located passages (a list, no longer a string), document objectives rolled up from paragraphs
# 3.0: the default output is the tabular form (mention lists as tables, objectives naming their
# mentions by index or by rule; see `Extraction`); `--indent` writes the readable form
SCHEMA_VERSION = "3.0"

OrgType = Literal["igo", "government", "ngo", "academic", "media", "private", "other"]
AmountKind = Literal["money", "count", "percent"]
ObjectiveBasis = Literal["explicit", "paragraph", "section"]
DateKind = Literal["date", "range"]
ObjectiveBasisKind = Literal["explicit", "document", "section", "paragraph"]
# the organisation candidate generators (extractors/organizations/candidates.py)
CandidateSource = Literal["long", "acronym", "glossary", "gazetteer", "pattern", "ner"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# [page, x0, top, x1, bottom]: PDF points, origin at the page's top-left corner (pdfplumber's)
Box = tuple[int, float, float, float, float]
BOXES_DESCRIPTION = (
    "PDF input: where the text stands on the page, one box per line it spans, in text order; each "
    "box is [page, x0, top, x1, bottom]: the 1-based page number, then PDF points measured from the "
    "top-left corner of the page's media box as displayed (rotation applied; pdfplumber's "
    "coordinates); a span across a page break has boxes on both pages. The page's characters "
    "inside the boxes spell the span (OCR'd pages: Tesseract's word boxes, letters spread evenly). "
    "Absent for other formats."
)


def _absent(v: Any) -> bool:
    return v is None


class Span(_Model):
    """A `[start, end)` character span into the document text, with its surface text."""

    text: str = Field(
        description="The mention exactly as it appears in the source text (`source[start:end]`)."
    )
    start: int = Field(
        ge=0, description="Start offset (code points, inclusive) into the document text."
    )
    end: int = Field(
        ge=0, description="End offset (code points, exclusive) into the document text."
    )


class TableCell(_Model):
    """Where a mention in a table stands: its row label and its column header (when the table has them)."""

    row: str | None = Field(
        default=None, description="Text of the row's label cell (first column)."
    )
    column: str | None = Field(
        default=None, description="Text of the column's header cell (first row)."
    )


def _end_implied(schema: dict[str, Any]) -> None:
    """Compact output leaves `end` out where it is `start` plus the length of `text`."""
    schema["required"] = [f for f in schema.get("required", []) if f != "end"]
    end = schema["properties"]["end"]
    end["description"] += (
        " Tabular output leaves it out (null in a table row) when it is `start` + the length of "
        "`text`."
    )


class Mention(Span):
    """A located mention: span plus the page (paginated input) and the sentence it stands in."""

    model_config = ConfigDict(json_schema_extra=_end_implied)

    page: int | None = Field(
        default=None,
        description="Page number (1-based) of paginated input (PDF); null for text files.",
    )
    sentence: str | None = Field(
        default=None, description="The sentence the mention stands in, whitespace collapsed."
    )
    context: int | None = Field(
        default=None,
        ge=0,
        exclude_if=lambda v: v is None,
        description="Tabular output only (the default form): the index of the mention's sentence "
        "in the document's `contexts`, the sentence itself being left out (absent otherwise).",
    )
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="The estimated probability, in [0, 1], that the mention is right: a "
        "calibrated model of its features for organisations, the precision of its rule path "
        "otherwise (estimated on gold sets; see docs/confidence.md).",
    )
    table: TableCell | None = Field(
        default=None,
        description="Row label and column header when the mention stands in a table cell.",
    )
    boxes: list[Box] | None = Field(default=None, exclude_if=_absent, description=BOXES_DESCRIPTION)
    line: int | None = Field(
        default=None,
        ge=1,
        exclude_if=_absent,
        description="Text input (txt, md, html): the 1-based line of the file the mention starts "
        "on (absent for other formats).",
    )
    column: int | None = Field(
        default=None,
        ge=1,
        exclude_if=_absent,
        description="Text input: the 1-based column (in characters) of the mention's start on its "
        "line (absent for other formats).",
    )
    paragraph: int | None = Field(
        default=None,
        ge=0,
        exclude_if=_absent,
        description="DOCX input: index (0-based) of the paragraph holding the mention among the "
        "document body's paragraphs, as python-docx's `Document.paragraphs` numbers them "
        "(absent for text in tables, footnotes and other formats).",
    )
    cell: tuple[int, int, int] | None = Field(
        default=None,
        exclude_if=_absent,
        description="DOCX and PDF tables: [table, row, column] (0-based) of the cell holding the "
        "mention, the table counted in document order (absent outside tables).",
    )


class Organization(Mention):
    """A named organisation; `canonical` is the same full name for every mention of it."""

    canonical: str = Field(
        description="Full name of the organisation, the same for every mention of it."
    )
    acronym: str | None = Field(
        default=None, description="The organisation's acronym, when it has one."
    )
    type: OrgType = Field(
        "other",
        description="Kind of organisation: international (igo), government, ngo, academic, media, private or other.",
    )
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the language the mention is written in."
    )


class RejectedOrganization(Mention):
    """An organisation candidate a named rule rejected (output only with `extract --explain`)."""

    source: CandidateSource = Field(
        description="The generator that proposed the candidate: ner (statistical entity), pattern "
        "(capitalised name with an organisation word), gazetteer, glossary, long (an acronym's "
        "long form) or acronym."
    )
    reason: str = Field(
        description="The rejection rule that left it out, e.g. title (a job title such as "
        "'Minister of X'), person-title, not-organisation-word, place, inside-title, lowercase."
    )


class Amount(Mention):
    """Money, a count or a percentage, with its normalised value (docs/annotation.md, amounts).

    `objectives` are the GCM objectives the amount is linked to, once: those referenced explicitly in
    its sentence, else its paragraph's classified objectives, else the declared objectives of the
    smallest section around it that declares any; `objective_basis` says which.
    """

    kind: AmountKind = Field(description="money, count or percent.")
    value: float = Field(
        description="The number in units (money: units of the currency; percent: 45 for 45%)."
    )
    value_max: float | None = Field(
        default=None, description="Upper bound of a range ('119 to 124 million'); null otherwise."
    )
    currency: str | None = Field(
        default=None,
        description="ISO 4217 currency code of money; null for counts and percentages.",
    )
    currency_inferred: bool = Field(
        False,
        description="True when the currency was inferred from a bare sign or word and the submitting country.",
    )
    currency_source: str | None = Field(
        default=None,
        description="Why an inferred currency was chosen: 'column header: Budget (USD)'; for a bare "
        "'$' 'country: ...' (the text in the country's language), 'text: ...' (what it writes "
        "explicitly) or 'language: ...' (another language: USD); for a symbol or noun of several "
        "currencies 'country', 'language' or 'default'.",
    )
    value_check: str | None = Field(
        default=None,
        description="Set when the value was not read the digits' default way because that was "
        "implausible: '84,588 billion' is read as 84.588 billion, not 84.6 trillion.",
    )
    qualifier: str | None = Field(
        default=None,
        description="A word qualifying the value ('over', 'approximately', 'up to'), lower case; outside the span.",
    )
    unit: str | None = Field(
        default=None,
        description="For counts: the head noun of what is counted, lower case ('returnees').",
    )
    period: str | None = Field(
        default=None,
        description="ISO 8601 duration the money is spread over ('P5Y' for 'over five years').",
    )
    objectives: list[int] = Field(
        default_factory=list,
        description="GCM objectives the amount is linked to (once; see objective_basis).",
    )
    objective_basis: ObjectiveBasis | None = Field(
        default=None,
        description="How the amount was linked: 'explicit' (a reference in its sentence), 'paragraph' "
        "(its paragraph's classified objectives) or 'section' (the declared objectives of the smallest "
        "enclosing section that declares any); null when nothing links it.",
    )


class DateMention(Mention):
    """A calendar date or range, normalised to ISO 8601 (docs/annotation.md, dates)."""

    kind: DateKind = Field(description="date or range.")
    value: str = Field(
        description="ISO 8601 value: '2021', '2021-07', '2021-12-18', a season '2022-SP', or a range 'START/END'."
    )
    modifier: str | None = Field(
        default=None,
        description="A word that makes the date open-ended ('since', 'until', 'beginning', 'by', 'beyond'); outside the span.",
    )


class ObjectiveRef(Mention):
    """An explicit reference to GCM objectives by number."""

    objectives: list[int] = Field(
        description="The GCM objective numbers (1-23) referred to, sorted, ranges expanded."
    )


class Evidence(_Model):
    """A passage (a sentence) that supports a classified label, located in the document."""

    text: str = Field(
        description="The passage, whitespace collapsed (capped like a mention's sentence)."
    )
    start: int = Field(ge=0, description="Start offset of the passage in the document text.")
    end: int = Field(
        ge=0, description="End offset (exclusive) of the passage in the document text."
    )
    score: float = Field(
        ge=0.0,
        le=1.0,
        description="The classifier's probability of the label for this passage alone.",
    )
    page: int | None = Field(
        default=None, description="Page (1-based) on which the passage starts (paginated input)."
    )
    boxes: list[Box] | None = Field(default=None, exclude_if=_absent, description=BOXES_DESCRIPTION)


EVIDENCE_DESCRIPTION = (
    "The 1-3 passages (sentences) that support the label most, best first: the best one and up "
    "to two more scoring at least half as much, each located (offsets, page and, for PDFs, boxes) "
    "with its own score. An objective named only by number: the sentences of the sections and "
    "paragraphs naming it that weigh most for it. Empty only when no sentence was scored."
)


class ClassifiedLabel(_Model):
    """One classifier label (objective number or principle id) with its score and evidence passages."""

    objective: int | None = Field(
        default=None, description="GCM objective number (1-23), for objective labels."
    )
    principle: str | None = Field(
        default=None, description="Guiding-principle id, for principle labels."
    )
    score: float = Field(
        description="Classifier score in [0, 1]; a label is kept when it passes its threshold."
    )
    evidence: list[Evidence] = Field(default_factory=list, description=EVIDENCE_DESCRIPTION)


class Section(_Model):
    """A section of the document: heading (without any objective list) and body span.

    Sections form a tree: `level` (1 = outermost), `parent` (index in `sections`, or null) and `path`
    (headings from the root down to this one); the body span covers the sub-sections.
    """

    heading: str = Field(description="Heading as written, without any objective list.")
    start: int = Field(description="Start offset of the section body in the document text.")
    end: int = Field(description="End offset of the section body in the document text.")
    heading_start: int | None = Field(
        default=None, description="Start offset of the heading in the document text."
    )
    heading_end: int | None = Field(
        default=None, description="End offset of the heading in the document text."
    )
    level: int = Field(1, description="Heading level in the section tree (1 = outermost).")
    parent: int | None = Field(
        default=None, description="Index in `sections` of the enclosing section; null at the top."
    )
    path: list[str] = Field(
        default_factory=list, description="Headings from the root of the tree down to this section."
    )
    page: int | None = Field(
        default=None, description="Page on which the section starts (paginated input)."
    )
    declared_objectives: list[int] = Field(
        default_factory=list,
        description="Objective numbers the section declares explicitly (e.g. in its heading).",
    )
    classified_objectives: list[ClassifiedLabel] = Field(
        default_factory=list,
        description="Objectives the classifier assigns to the section body (explicit lists masked), best first.",
    )


class Paragraph(_Model):
    """A paragraph span with its classified objectives."""

    start: int = Field(description="Start offset of the paragraph in the document text.")
    end: int = Field(description="End offset of the paragraph in the document text.")
    page: int | None = Field(
        default=None, description="Page on which the paragraph starts (paginated input)."
    )
    section: int | None = Field(
        default=None, description="Index into `sections` of the section holding the paragraph."
    )
    classified_objectives: list[ClassifiedLabel] = Field(
        default_factory=list,
        description="Objectives the classifier assigns to the paragraph, best first.",
    )


class DocumentInfo(_Model):
    """Facts about the document as a whole."""

    id: str = Field(
        description="Document id, from the file name (the output file is `<id>.json` in batch mode)."
    )
    source: str = Field(description="The path (or '<stdin>') the document was read from.")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    format: str = Field(description="Input format: txt, md, html, pdf or docx.")
    country: str | None = Field(
        default=None, description="Submitting state (English short name), given or detected."
    )
    country_iso3: str | None = Field(
        default=None,
        description="Submitting state as an ISO 3166-1 alpha-3 code, given or detected.",
    )
    country_source: str | None = Field(
        default=None,
        description="How the country was found: 'option' (--country), 'filename' "
        "(--country-from-filename), 'text' (the text speaks as that state: my country, on behalf "
        "of, the Government of, we in), 'text-mentions' (it never does: the state it names most, "
        "weighted by where the names stand); null when no country is named.",
    )
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code of the document's language (the largest share), given or detected.",
    )
    languages: dict[str, float] = Field(
        default_factory=dict,
        description="Share of the text written in each language (ISO 639-1 code to a fraction "
        "summing to 1), identified block by block.",
    )
    period: str | None = Field(
        default=None,
        description="Reporting period as an ISO 8601 date or range, when the document states it.",
    )
    pages: int | None = Field(default=None, description="Number of pages (paginated input).")
    ocr_pages: list[int] = Field(
        default_factory=list,
        description="Pages (1-based) read by OCR because they had no text layer.",
    )
    extractor_version: str | None = Field(
        default=None, description="Version of the gcmextract extractors that produced this output."
    )
    text_sha256: str | None = Field(
        default=None,
        description="SHA-256 of the text with whitespace collapsed: the same document in two files or "
        "formats reads the same (corpus totals count it once).",
    )


class SpanRef(_Model):
    """A pointer to a mention elsewhere in the output."""

    text: str = Field(description="Surface text of the mention pointed to.")
    start: int = Field(description="Start offset of the mention pointed to.")
    end: int = Field(description="End offset of the mention pointed to.")


def _pointers(schema: dict[str, Any]) -> None:
    """Tabular output may name an objective's mentions by their index in the document's lists."""
    for name in OBJECTIVE_MENTIONS:
        prop = schema["properties"][name]
        prop["items"] = {"anyOf": [prop["items"], {"type": "integer", "minimum": 0}]}


POINTER_RULE = (
    " Tabular output (the default form) names a mention by its index (an integer) in the "
    "document's `{}`, the whole object standing only for a span that is no mention there."
)
DERIVED_RULE = (
    " Tabular output leaves the list out where it is exactly the `{}` whose `objectives` hold "
    "this objective, in document order (reading it back restores it)."
)


class ObjectiveSummary(_Model):
    """Document-level view of one GCM objective: explicit and classified evidence merged."""

    model_config = ConfigDict(json_schema_extra=_pointers)

    objective: int = Field(ge=1, le=23, description="GCM objective number (1-23).")
    title: str = Field(description="Short official title of the objective.")
    explicit: bool = Field(description="True when the document refers to the objective by number.")
    score: float = Field(
        description="Best classifier score for the objective anywhere in the document."
    )
    basis: list[ObjectiveBasisKind] = Field(
        default_factory=list,
        description="Why the document has the objective: 'explicit' (named by number), 'document' "
        "(the classifier's label for the whole text), 'section' and 'paragraph' (a section's or a "
        "paragraph's label with score >= 0.8, rolled up: docs/objectives.md).",
    )
    evidence: list[Evidence] = Field(default_factory=list, description=EVIDENCE_DESCRIPTION)
    sections: list[str] = Field(
        default_factory=list,
        description="Headings of the sections that declare or are classified with the objective.",
    )
    references: list[SpanRef] = Field(
        default_factory=list,
        description="Explicit references to the objective."
        + POINTER_RULE.format("objective_refs")
        + DERIVED_RULE.format("objective_refs"),
    )
    amounts: list[SpanRef] = Field(
        default_factory=list,
        description="Amounts in the passages linked to the objective."
        + POINTER_RULE.format("amounts")
        + DERIVED_RULE.format("amounts"),
    )
    dates: list[SpanRef] = Field(
        default_factory=list,
        description="Dates in the passages linked to the objective." + POINTER_RULE.format("dates"),
    )
    organizations: list[SpanRef] = Field(
        default_factory=list,
        description="Organisations in the passages linked to the objective."
        + POINTER_RULE.format("organizations"),
    )


# an objective's lists of mentions and the document's list each points into
OBJECTIVE_MENTIONS: dict[str, str] = {
    "references": "objective_refs",
    "amounts": "amounts",
    "dates": "dates",
    "organizations": "organizations",
}
# those tabular output leaves out when they follow from the mentions' own `objectives`
DERIVED: tuple[str, ...] = ("references", "amounts")


class PrincipleSummary(_Model):
    """Document-level view of one GCM guiding principle."""

    principle: str = Field(description="Guiding-principle id (e.g. 'whole-of-government').")
    title: str = Field(description="Title of the guiding principle.")
    score: float = Field(description="Classifier score for the principle on the whole document.")
    evidence: list[Evidence] = Field(default_factory=list, description=EVIDENCE_DESCRIPTION)


class Extraction(_Model):
    """The whole output of `gcmextract extract` for one document."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this output schema.")
    document: DocumentInfo = Field(
        description="The document: id, source, format, country, language, reporting period, pages."
    )
    sections: list[Section] = Field(
        default_factory=list, description="Sections of the document, in order."
    )
    paragraphs: list[Paragraph] = Field(
        default_factory=list, description="Paragraphs of the document, in order."
    )
    objective_refs: list[ObjectiveRef] = Field(
        default_factory=list,
        description="Explicit references to GCM objectives, in document order.",
    )
    organizations: list[Organization] = Field(
        default_factory=list, description="Organisation mentions, in document order."
    )
    amounts: list[Amount] = Field(
        default_factory=list, description="Money, count and percentage mentions, in document order."
    )
    dates: list[DateMention] = Field(
        default_factory=list, description="Date mentions, in document order."
    )
    objectives: list[ObjectiveSummary] = Field(
        default_factory=list,
        description="The GCM objectives the document acts on (explicit and classified), best first.",
    )
    principles: list[PrincipleSummary] = Field(
        default_factory=list,
        description="The GCM guiding principles the document reflects, best first.",
    )
    objectives_note: str | None = Field(
        default=None,
        description="When `objectives` is empty: why (nothing named by number, nothing classified "
        "for the whole text, no section or paragraph objective scoring 0.8 or more) and the best "
        "score found; null otherwise.",
    )
    rejected_organizations: list[RejectedOrganization] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="With `extract --explain`: the organisation candidates that were rejected, each "
        "with the generator that proposed it and the rule that rejected it, in document order "
        "(absent from the output when empty).",
    )
    contexts: list[str] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="Tabular output only (the default form): each distinct mention sentence once, "
        "referred to by the mentions' `context` (absent from the readable form).",
    )

    @model_validator(mode="before")
    @classmethod
    def _expand_tabular(cls, data: Any) -> Any:
        """Read tabular output back (marked by `contexts`): tables become lists of mentions again,
        each `context` index its `sentence`, and objectives' indices and left-out lists their
        mentions, so the tabular and the readable output of one document load into equal models."""
        if not isinstance(data, dict) or "contexts" not in data:
            return data
        contexts = data["contexts"] if isinstance(data["contexts"], list) else []
        data = {k: v for k, v in data.items() if k != "contexts"}
        for name in CONTEXT_FIELDS:
            items = data.get(name) or []
            if isinstance(items, dict):
                items = _table_mentions(items, name)
            data[name] = [
                _expand_mention(m, contexts, name) if isinstance(m, dict) else m for m in items
            ]
        if isinstance(data.get("objectives"), list):
            data["objectives"] = [
                _expand_objective(o, data) if isinstance(o, dict) else o for o in data["objectives"]
            ]
        return data


def _tables(schema: dict[str, Any]) -> None:
    """Each list of mentions is an array of objects (readable form) or a table (tabular form)."""
    for name, model in TABLE_MODELS.items():
        prop = schema["properties"][name]
        ref = prop.pop("items")["$ref"]
        prop.pop("type", None)
        prop["anyOf"] = [{"type": "array", "items": {"$ref": ref}}, _table_schema(model)]
        prop["description"] += TABLE_RULE


TABLE_RULE = (
    " Tabular output (the default form) writes the list as a table: `columns` (field names, each "
    "once; a field at its default in every mention is left out), `shared` (objects holding the "
    "values that many mentions share, each stated once) and `rows` (one array of values a "
    "mention, in the order of `columns`; its `shared` column, when there is one, is the index "
    "of the mention's object in `shared`, whose fields it takes; without that column, every "
    "mention takes the one object `shared` holds). A field in neither is at its default."
)
SHARED_COLUMN = "shared"


def _table_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of a list of `model` mentions as a table (the values are those of the
    fields `model` describes)."""
    columns = [f for f in model.model_fields if f != "sentence"]
    return {
        "type": "object",
        "properties": {
            "columns": {
                "type": "array",
                "items": {"enum": [*columns, SHARED_COLUMN]},
                "uniqueItems": True,
            },
            "shared": {
                "type": "array",
                "items": {"type": "object", "propertyNames": {"enum": columns}},
            },
            "rows": {"type": "array", "items": {"type": "array"}},
        },
        "required": ["columns", "rows"],
        "additionalProperties": False,
    }


Extraction.model_config["json_schema_extra"] = _tables


def _table_mentions(table: dict[str, Any], name: str) -> list[Any]:
    """The mentions of a table of tabular output as objects: each row's values under `columns`,
    over the `shared` object its `shared` column points to."""
    columns, rows = table.get("columns"), table.get("rows")
    shared = table.get(SHARED_COLUMN, [])
    if not (isinstance(columns, list) and isinstance(rows, list) and isinstance(shared, list)):
        raise ValueError(f"{name}: a table needs the lists `columns` and `rows`")
    if set(table) - {"columns", "rows", SHARED_COLUMN}:
        raise ValueError(f"{name}: a table holds only `columns`, `shared` and `rows`")
    return [_row_mention(row, columns, shared, name) for row in rows]


def _row_mention(row: Any, columns: list[Any], shared: list[Any], name: str) -> dict[str, Any]:
    """One row of a table as a mention object (`end` and `context` left out where null)."""
    if not isinstance(row, list) or len(row) != len(columns):
        raise ValueError(f"{name}: every row needs one value per column ({len(columns)})")
    mention = dict(zip(columns, row, strict=True))
    if len(shared) > 1 and SHARED_COLUMN not in mention:
        raise ValueError(f"{name}: several shared objects but no `shared` column")
    k = mention.pop(SHARED_COLUMN, 0 if shared else None)
    if k is not None:
        if type(k) is not int or not 0 <= k < len(shared) or not isinstance(shared[k], dict):
            raise ValueError(f"{name}: shared {k!r} is not in the table's shared values")
        mention = {**shared[k], **mention}
    for key in ("end", "context"):
        if key in mention and mention[key] is None:
            del mention[key]
    return mention


def _expand_objective(o: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """An objective of tabular output as the readable form has it: each index the span of the
    mention it names; a left-out derived list the mentions whose `objectives` hold it."""
    o = dict(o)
    for key, name in OBJECTIVE_MENTIONS.items():
        mentions = data.get(name) or []
        if key not in o:
            if key in DERIVED:
                o[key] = [_span(m) for m in mentions if _holds(m, o.get("objective"))]
        elif isinstance(o[key], list):
            o[key] = [_pointed(v, mentions, key) for v in o[key]]
    return o


def _holds(mention: Any, objective: Any) -> bool:
    """Whether a mention object lists `objective` among its `objectives`."""
    objectives = mention.get("objectives") if isinstance(mention, dict) else None
    return isinstance(objectives, list) and objective in objectives


def _span(mention: dict[str, Any]) -> dict[str, Any]:
    """The span of a mention object, as an objective's lists hold it."""
    return {k: mention.get(k) for k in ("text", "start", "end")}


def _pointed(value: Any, mentions: list[Any], key: str) -> Any:
    """The span an index of an objective's list names (anything else as it is)."""
    if type(value) is not int:
        return value
    if not 0 <= value < len(mentions) or not isinstance(mentions[value], dict):
        raise ValueError(f"objectives: {key} index {value} names no mention")
    return _span(mentions[value])


MENTION_FIELDS: dict[str, type[Mention]] = {
    "organizations": Organization,
    "amounts": Amount,
    "dates": DateMention,
    "objective_refs": ObjectiveRef,
}


def _expand_mention(m: dict[str, Any], contexts: list[Any], name: str) -> dict[str, Any]:
    """One mention of tabular output as the readable form has it: its sentence from `contexts`,
    its `end` from `start` and `text` when left out."""
    m = dict(m)
    if isinstance(m.get("context"), int):
        index = m.pop("context")
        if not 0 <= index < len(contexts):
            raise ValueError(f"{name}: context {index} is not in contexts")
        m["sentence"] = contexts[index]
    if "end" not in m and isinstance(m.get("start"), int) and isinstance(m.get("text"), str):
        m["end"] = m["start"] + len(m["text"])
    return m


# every list of mentions, with its model: tabular output writes each as a table and stores the
# sentences of all once
TABLE_MODELS: dict[str, type[Mention]] = {
    **MENTION_FIELDS,
    "rejected_organizations": RejectedOrganization,
}
CONTEXT_FIELDS: tuple[str, ...] = tuple(TABLE_MODELS)


# the order in which the extractors claim text: a span taken by an earlier field is free for no later one
MENTION_PRECEDENCE: tuple[str, ...] = ("objective_refs", "dates", "amounts", "organizations")
assert set(MENTION_PRECEDENCE) == set(MENTION_FIELDS)


def json_schema() -> str:
    """Return the JSON Schema of `Extraction`, generated from the model (committed as
    docs/schema.json; `make schema` refreshes it)."""
    return json.dumps(Extraction.model_json_schema(), indent=2)

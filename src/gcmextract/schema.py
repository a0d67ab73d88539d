"""The pydantic output model: the single source of truth for gcmextract's JSON (and its JSON Schema)."""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

OrgType = Literal["igo", "government", "ngo", "academic", "media", "private", "other"]
AmountKind = Literal["money", "count", "percent"]
DateKind = Literal["date", "range"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A `[start, end)` character span into the document text, with its surface text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TableCell(_Model):
    """Where a mention in a table stands: its row label and its column header (when the table has them)."""

    row: str | None = None
    column: str | None = None


class Mention(Span):
    """A located mention: span plus the page (paginated input) and the sentence it stands in."""

    page: int | None = None
    sentence: str | None = None
    table: TableCell | None = None
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="How sure the rule that produced the mention is, in [0, 1] (confidence.json).",
    )


class Organization(Mention):
    """A named organisation; `canonical` is the same full name for every mention of it."""

    canonical: str
    acronym: str | None = None
    type: OrgType = "other"


class Amount(Mention):
    """Money, a count or a percentage, with its normalised value (ANNOTATION.md, amounts)."""

    kind: AmountKind
    value: float
    value_max: float | None = None
    currency: str | None = None
    currency_inferred: bool = False
    currency_source: str | None = None  # why an inferred currency was chosen, e.g. a column header
    qualifier: str | None = None
    unit: str | None = None
    period: str | None = None


class DateMention(Mention):
    """A calendar date or range, normalised to ISO 8601 (ANNOTATION.md, dates)."""

    kind: DateKind
    value: str
    modifier: str | None = None


class ObjectiveRef(Mention):
    """An explicit reference to GCM objectives by number."""

    objectives: list[int]


class ClassifiedLabel(_Model):
    """One classifier label (objective number or principle id) with its score and evidence sentence."""

    objective: int | None = None
    principle: str | None = None
    score: float
    evidence: str = ""


class Section(_Model):
    """A section of the document: heading (without any objective list) and body span."""

    heading: str
    start: int
    end: int
    heading_start: int | None = None
    heading_end: int | None = None
    level: int = 1
    page: int | None = None
    declared_objectives: list[int] = Field(default_factory=list)
    classified_objectives: list[ClassifiedLabel] = Field(default_factory=list)


class Paragraph(_Model):
    """A paragraph span with its classified objectives."""

    start: int
    end: int
    page: int | None = None
    section: int | None = None
    classified_objectives: list[ClassifiedLabel] = Field(default_factory=list)


class DocumentInfo(_Model):
    """Facts about the document as a whole."""

    id: str
    source: str
    sha256: str
    format: str
    country: str | None = None
    language: str | None = None
    period: str | None = None
    pages: int | None = None
    ocr_pages: list[int] = Field(default_factory=list)
    extractor_version: str | None = None


class SpanRef(_Model):
    """A pointer to a mention elsewhere in the output."""

    text: str
    start: int
    end: int


class ObjectiveSummary(_Model):
    """Document-level view of one GCM objective: explicit and classified evidence merged."""

    objective: int = Field(ge=1, le=23)
    title: str
    explicit: bool
    score: float
    evidence: str = ""
    sections: list[str] = Field(default_factory=list)
    references: list[SpanRef] = Field(default_factory=list)
    amounts: list[SpanRef] = Field(default_factory=list)
    dates: list[SpanRef] = Field(default_factory=list)
    organizations: list[SpanRef] = Field(default_factory=list)


class PrincipleSummary(_Model):
    """Document-level view of one GCM guiding principle."""

    principle: str
    title: str
    score: float
    evidence: str = ""


class Extraction(_Model):
    """The whole output of `gcmextract extract` for one document."""

    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    sections: list[Section] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    objective_refs: list[ObjectiveRef] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    objectives: list[ObjectiveSummary] = Field(default_factory=list)
    principles: list[PrincipleSummary] = Field(default_factory=list)


MENTION_FIELDS: dict[str, type[Mention]] = {
    "organizations": Organization,
    "amounts": Amount,
    "dates": DateMention,
    "objective_refs": ObjectiveRef,
}


def json_schema() -> str:
    """Return the JSON Schema of `Extraction`, generated from the model."""
    return json.dumps(Extraction.model_json_schema(), indent=2)

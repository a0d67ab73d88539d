"""The gold-set model: hand-labelled mentions (with `optional`) that `gcmextract eval` scores against."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from gcmextract.schema import AmountKind, DateKind, OrgType


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    optional: bool = False
    note: str | None = None


class GoldOrganization(_Gold):
    canonical: str
    acronym: str | None = None
    type: OrgType | None = None


class GoldAmount(_Gold):
    kind: AmountKind
    value: float
    value_max: float | None = None
    currency: str | None = None
    currency_inferred: bool = False
    qualifier: str | None = None
    unit: str | None = None
    period: str | None = None


class GoldDate(_Gold):
    kind: DateKind
    value: str
    modifier: str | None = None


class GoldObjectiveRef(_Gold):
    objectives: list[int]


class GoldSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heading: str
    start: int | None = None
    end: int | None = None
    objectives: list[int]


class GoldDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str
    country: str | None = None
    period: str | None = None
    language: str | None = None


class GoldSet(BaseModel):
    """One gold file: `corpus/gold/<doc>.gold.json`."""

    model_config = ConfigDict(extra="forbid")

    document: GoldDocument
    sections: list[GoldSection] = Field(default_factory=list)
    organizations: list[GoldOrganization] = Field(default_factory=list)
    amounts: list[GoldAmount] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    objective_refs: list[GoldObjectiveRef] = Field(default_factory=list)


GOLD_FIELDS = ("organizations", "amounts", "dates", "objective_refs")

GOLD_MODELS: dict[str, type[_Gold]] = {
    "organizations": GoldOrganization,
    "amounts": GoldAmount,
    "dates": GoldDate,
    "objective_refs": GoldObjectiveRef,
}


def gold_model(field: str) -> type[_Gold]:
    """The gold mention model of one field."""
    return GOLD_MODELS[field]


def load_gold(path: str | Path) -> GoldSet:
    """Load and validate a gold file."""
    return GoldSet.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))

"""The gold-set model: hand-labelled mentions (with `optional`) that `gcmextract eval` scores against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from gcmextract.schema import MENTION_FIELDS, Mention, OrgType, Span

# what a gold mention has that an extracted one does not, and attributes a labeller may leave open
_GOLD_ONLY: dict[str, Any] = {"optional": (bool, False), "note": (str | None, None)}
_OPEN: dict[str, Any] = {"type": (OrgType | None, None)}  # an unlabelled organisation type
_NOT_GOLD = {"page", "sentence", "confidence"}  # set by the extractor, never labelled
# links the extractor derives from other fields, never labelled (an amount's objectives)
_DERIVED = {"Amount": {"objectives", "objective_basis"}}


def _derive(model: type[Mention]) -> type[BaseModel]:
    """The gold model of a schema mention model: its fields (minus page and sentence), with
    `optional` and `note` added and open attributes allowed to be unlabelled."""
    own = {
        name: _OPEN.get(name, (info.annotation, info))
        for name, info in model.model_fields.items()
        if name not in _NOT_GOLD and name not in _DERIVED.get(model.__name__, set())
    }
    span = {name: own.pop(name) for name in Span.model_fields}
    return create_model(
        f"Gold{model.__name__}",
        __config__=ConfigDict(extra="forbid"),
        __doc__=f"A hand-labelled {model.__name__} mention.",
        **span,
        **_GOLD_ONLY,
        **own,
    )


GOLD_MODELS: dict[str, type[BaseModel]] = {f: _derive(m) for f, m in MENTION_FIELDS.items()}
GoldOrganization = GOLD_MODELS["organizations"]
GoldAmount = GOLD_MODELS["amounts"]
GoldDate = GOLD_MODELS["dates"]
GoldObjectiveRef = GOLD_MODELS["objective_refs"]


class GoldSection(BaseModel):
    """A labelled section heading with the objectives it declares."""

    model_config = ConfigDict(extra="forbid")

    heading: str
    start: int | None = None
    end: int | None = None
    objectives: list[int]


class GoldDocument(BaseModel):
    """Facts about the labelled document."""

    model_config = ConfigDict(extra="forbid")

    source: str
    # the SHA-256 of the source file's bytes: a text kept outside the repository is checked by it
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    # "dev" (rules may be tuned on it) or "test" (held out: only reported)
    split: Literal["dev", "test"] | None = None
    country: str | None = None
    period: str | None = None
    language: str | None = None


class _GoldBase(BaseModel):
    """The document and sections of a gold file (the mention lists are added from the schema)."""

    model_config = ConfigDict(extra="forbid")

    document: GoldDocument
    sections: list[GoldSection] = Field(default_factory=list)


_MENTION_LISTS: dict[str, Any] = {
    f: (list[m], Field(default_factory=list))  # type: ignore[valid-type]
    for f, m in GOLD_MODELS.items()
}
if TYPE_CHECKING:

    class GoldSet(_GoldBase):
        """What type checkers see: the mention lists are built from the schema at run time."""

        def __getattr__(self, name: str) -> list[Any]: ...

else:
    GoldSet = create_model(
        "GoldSet",
        __base__=_GoldBase,
        __doc__="One gold file: `corpus/gold/<doc>.gold.json`.",
        **_MENTION_LISTS,
    )
GOLD_FIELDS = tuple(MENTION_FIELDS)


def gold_model(field: str) -> type[BaseModel]:
    """The gold mention model of one field."""
    return GOLD_MODELS[field]


def load_gold(path: str | Path) -> GoldSet:
    """Load and validate a gold file."""
    return GoldSet.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))

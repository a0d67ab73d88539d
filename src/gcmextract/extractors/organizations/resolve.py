"""Organisations in stages: candidate generators (acronym glossary and definitions, gazetteer, name patterns,
media cues, NER), boundary fixes and named rejection rules, overlap resolution, acronym linking and
canonicalisation. `find_organizations` runs them; `explain_organizations` also says what was left
out and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from gcmextract.extractors.organizations.candidates import (
    Candidate,
    Context,
    acronym_table,
    generate,
)
from gcmextract.extractors.organizations.canonical import to_organization, unify_variants
from gcmextract.extractors.organizations.filters import Rejection, names_body, select
from gcmextract.extractors.organizations.glossary import find_glossary
from gcmextract.extractors.organizations.head_rules import defines_class
from gcmextract.extractors.organizations.language_names import has_name_head
from gcmextract.extractors.organizations.lexicon import lookup, name_key, words_of
from gcmextract.extractors.organizations.linking import link_restatements, split_trailing_acronyms
from gcmextract.extractors.organizations.overlaps import resolve_overlaps
from gcmextract.extractors.organizations.short_forms import short_forms
from gcmextract.schema import Organization

__all__ = [
    "Explanation",
    "explain_organizations",
    "find_organizations",
    "lookup",
    "name_key",
    "words_of",
]


@dataclass
class Explanation:
    """The organisations found, the candidates they came from, and the rejected candidates."""

    organizations: list[Organization]
    chosen: list[Candidate]
    rejected: list[Rejection]
    acronyms: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # -> canonical, type


def explain_organizations(
    text: str,
    ner_spans: list[tuple[int, int, str]],
    place_names: set[str] | None = None,
    exclude: list[tuple[int, int]] | None = None,
    language: str | None = None,
    known: dict[str, tuple[str, str | None]] | None = None,
) -> Explanation:
    """Run every stage on `text` given NER (start, end, label) spans and names of places;
    `language` (ISO 639-1) adds that language's name patterns; `known` are the acronyms defined
    earlier in the document (see `acronym_table`)."""
    ctx = Context(
        text=text,
        ner_spans=ner_spans,
        places={p.lower() for p in (place_names or set())},
        groups={text[s:e] for s, e, lab in ner_spans if lab == "NORP"},
        acronyms=acronym_table(
            text,
            ner_spans,
            find_glossary(text),
            known,
            lambda d: defines_class(d, text),
            lambda d: names_body(d) or has_name_head(language, d.long),
        ),
        language=language,
    )
    kept, rejected = select(generate(ctx), ctx)
    chosen = split_trailing_acronyms(text, resolve_overlaps(kept, exclude))
    chosen = sorted(chosen + short_forms(text, chosen), key=lambda c: (c.start, c.end))
    link_restatements(text, chosen)
    organizations = [to_organization(c, ctx) for c in chosen]
    unify_variants(organizations)
    return Explanation(organizations, chosen, rejected, dict(ctx.acronyms.canon))


def find_organizations(
    text: str,
    ner_spans: list[tuple[int, int, str]],
    place_names: set[str] | None = None,
    exclude: list[tuple[int, int]] | None = None,
    language: str | None = None,
    known: dict[str, tuple[str, str | None]] | None = None,
) -> list[Organization]:
    """Organisations in `text` given NER (start, end, label) spans and names of places to reject."""
    return explain_organizations(
        text, ner_spans, place_names, exclude, language, known
    ).organizations

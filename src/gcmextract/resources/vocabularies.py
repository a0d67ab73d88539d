"""Typed models of the extractors' vocabulary files: a key that is unknown, missing or of the wrong
type, or a regex that does not compile, fails at load with the file and the key named."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from gcmextract.resources.lexicon import Regex, load_model

Words = list[str]


class _Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AmountsVocabulary(_Vocabulary):
    """extractors/amounts/vocabulary.json: currency spellings, scales, number words, count rules."""

    codes: Words
    signs: dict[str, str]  # sign -> ISO code or currency family (data/currency.json)
    words: dict[str, str]  # currency word -> ISO code or currency family
    scales: dict[str, float]
    number_words: dict[str, float]
    number_multipliers: dict[str, int]
    qualifiers: dict[str, str | None]
    qualifiers_after: dict[str, str]  # written after the amount ("258 millions environ")
    non_count_after: Words
    non_count_before: Words
    stop_after: Words
    irregular_plurals: Words
    percent_words: Words
    period_units: dict[str, str]
    period_per: dict[str, str]
    count_ok_before: Words
    romance_markers: Words
    currency_connectors: Words
    not_head: Words
    not_head_suffixes: Words
    # endings of nouns whose plural has no -s ("Sénégalais", "hôpitaux", "dosis")
    invariant_plural_endings: Words
    fraction_words: Words
    range_words: Words
    range_words_between: Words  # joining a range only after a range opener
    range_words_shared_scale: Words  # joining a range only when the scale is written once after it
    range_openers: Words  # "between", "entre"
    ambiguous_codes: Words
    ambiguous_words: Words
    rate_before: Words
    signs_after: Words
    partitive_determiners: Words
    number_words_by_language: dict[str, dict[str, float]]  # ISO 639-1 -> cardinal words
    # ISO 639-1 -> the word joining tens and units ("treinta y dos", "vingt et un")
    number_connectors: dict[str, str]
    # a determiner before a number whose counted noun is left out ("se han sumado otros seis")
    elided_count_before: Words
    # a preposition after a number whose counted noun a count before it wrote once ("two in")
    gapped_prepositions: Words
    # a verb right after a number whose counted noun is left out: its subject ("Twelve arrested")
    subject_count_verbs: Words
    age_before: Words  # before such a number, an age ("children under five are")
    # a capitalised verb before a number does not name it ("Llegaron 300 personas", "Trained 25")
    verbs_before_count: Words
    verb_endings_before_count: Words
    rate_after: Words  # after a number, a rate's second term ("tres de cada diez", "one out of")
    # after a number whose counted noun is left out ("2,000 of them", "20 de ellos")
    elided_count_after: Words
    not_money_after: Words  # after a number: it counts time, not money ("USD 2 years ago")
    age_of_before: Words  # before a number, an age: never a count ("under the age of 18")
    # languages whose capitalised plural may modify the noun after it ("United Nations offices")
    names_modify_languages: Words
    decimal_comma_languages: Words  # ISO 639-1 codes writing 1.250.000 and 2,5
    # kind -> the largest plausible value; above it "84,588 billion" is read as a decimal, flagged
    plausible_max: dict[str, float]
    list_words: Words  # joining the items of a list besides range_words_between ("or", "ou")
    list_ends: Words  # a word ending a list of amounts ("respectively")
    # ISO 639-1 -> the word joining thousands and units in digits ("mil 400" is 1,400 in Mexico)
    thousand_infix: dict[str, str]
    # words addressing an international assembly: a bare "$" there is the US dollar
    assembly_cues: Words
    reserve_currencies: Words  # IMF COFER: a government prices in its own even before an assembly


class DatesVocabulary(_Vocabulary):
    """extractors/dates/vocabulary.json: month and season names, range words, modifiers."""

    months: dict[str, int]  # the one list of month names (amounts reads it too)
    ambiguous_month_words: Words
    seasons: dict[str, str]
    weekdays: Words
    day_suffixes: Words
    range_to: Words
    range_and: Words
    range_between: Words
    range_lead: Words
    modifiers: dict[str, str]
    modifier_fillers: Words
    article_fillers: Words
    since_modifiers: Words
    beyond: Words
    after_from: dict[str, str]
    from_words: Words
    hyphen_prefixes: dict[str, str | None]
    number_labels: Words
    count_nouns: Words
    magnitudes: Words
    year_prepositions: Words


class ObjectiveRefsVocabulary(_Vocabulary):
    """extractors/objective_refs/vocabulary.json: words that introduce objective numbers."""

    objective_words: list[Regex]
    range_words: Words
    list_words: Words
    numbers_max: int = Field(ge=1)


class OrganizationsVocabulary(_Vocabulary):
    """extractors/organizations/vocabulary.json: heads, type cues, rejection words, spellings."""

    org_heads: Words
    government_words: Words
    academic_words: Words
    ngo_words: Words
    media_words: Words
    private_words: Words
    not_org_words: Words
    not_org_acronyms: Words
    connectors: Words
    lowercase_in_names: Words
    leading_drop: Words
    backref_single: Words
    country_agency_words: Words  # a word that with a country's name names its agency
    named_heads: Words  # a head word that alone names one body of its country: "Cancillería"
    title_before: Words
    thing_after: Words
    media_cues: Words
    leading_phrases: Words
    person_titles: Words
    group_words: Words
    short_form_heads: Words  # "Strong Cities" after "Strong Cities Network": same body
    compass_words: Words  # "North", "Southern": a region with a place, not a place prefix
    region_words: Words  # with compass words, a region: "Central and Southern Africa"
    pronoun_verbs: Words  # verbs after a pronoun "I" that a name swallowed
    short_form_generic: Words  # a short form made only of these words is too common to tag
    spelling_variants: dict[str, Regex]


MODELS: dict[str, type[_Vocabulary]] = {
    "gcmextract.extractors.amounts": AmountsVocabulary,
    "gcmextract.extractors.dates": DatesVocabulary,
    "gcmextract.extractors.objective_refs": ObjectiveRefsVocabulary,
    "gcmextract.extractors.organizations": OrganizationsVocabulary,
}


@lru_cache(maxsize=8)
def vocabulary(package: str) -> dict[str, Any]:
    """The validated vocabulary.json of an extractor package, as plain data."""
    load_model(package, "vocabulary.json", MODELS[package])
    from gcmextract.resources.lexicon import load_json

    data: dict[str, Any] = load_json(package, "vocabulary.json")
    return data

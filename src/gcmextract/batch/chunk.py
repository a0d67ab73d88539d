"""A chunk of documents extracted in one worker process (local or on Dask): the pipeline loaded
once per process, each document read and extracted under its time budget, one outcome per file."""

from __future__ import annotations

import signal
import time
from typing import Any

from gcmextract.batch.inputs import display_path
from gcmextract.batch.lifeline import die_with_parent
from gcmextract.batch.tasks import Outcome, Task, budget_of, one_line
from gcmextract.schema import MENTION_FIELDS

_NLP = None


def init_worker(parent: int | None = None) -> None:
    """Set up a worker process: Ctrl-C is the driver's, the worker dies with `parent`, and the
    pipeline is loaded before any chunk arrives."""
    global _NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        die_with_parent(parent)
    _NLP = _warm_pipeline()


def load_pipeline() -> None:
    """Load and warm this process's pipeline unless it already has one."""
    global _NLP
    if _NLP is None:
        _NLP = _warm_pipeline()


def _warm_pipeline():
    """The pipeline, with one small extraction done so that what loads lazily (classifiers, data
    files) is loaded before any document's time budget starts."""
    from gcmextract.ingest.document import Block, Document
    from gcmextract.pipeline import build_nlp, extract_document

    nlp = build_nlp()
    text = "In 2020 the Ministry of Labour paid USD 5 million to 300 migrants (Objective 6)."
    warm = Document(
        id="warm-up",
        source="warm-up",
        sha256="0",
        format="txt",
        text=text,
        clean=text,
        blocks=[Block(kind="paragraph", start=0, end=len(text))],
    )
    extract_document(warm, nlp=nlp)
    return nlp


def _alone(task: Task, document: Any, t0: float, country: Any, finish: Any) -> Outcome:
    """Extract one document by itself under its own budget; any failure is its outcome."""
    from gcmextract.batch.budget import OverBudget, time_budget

    t = task
    try:
        with time_budget(t.timeout, t.path):
            (ex,) = list(_extract([document], country))
        return finish(t, ex, t0)
    except OverBudget as exc:
        return Outcome(
            t.path, t.doc_id, t.sha256, "failed", one_line(exc), seconds=time.perf_counter() - t0
        )
    except Exception as exc:
        return Outcome(
            t.path,
            t.doc_id,
            t.sha256,
            "failed",
            f"extraction failed: {type(exc).__name__}: {one_line(exc)}",
        )


def _extract(documents: list[Any], country: tuple[str | None, str | None, bool]) -> Any:
    """Extractions of `documents` given their (country, country source, explain)."""
    from gcmextract.pipeline import extract_documents

    iso3, source, explain = country
    return extract_documents(
        documents, nlp=_NLP, country=iso3, country_source=source, explain=explain
    )


def _extract_group(
    items: list[Any], country: tuple[str | None, str | None, bool], finish: Any
) -> dict[str, Outcome]:
    """Extract read documents (task, document, start) of one country through one `nlp.pipe` call
    under their summed budget; when that fails, one at a time to isolate the culprit."""
    from gcmextract.batch.budget import OverBudget, time_budget

    try:
        with time_budget(budget_of([t for t, _, _ in items])):
            results = list(_extract([d for _, d, _ in items], country))
        return {t.path: finish(t, ex, t0) for (t, _, t0), ex in zip(items, results, strict=True)}
    except Exception as exc:
        if isinstance(exc, OverBudget) and len(items) == 1:  # again alone would take as long
            ((t, _, t0),) = items
            reason = one_line(OverBudget(t.timeout or 0, t.path))
            seconds = time.perf_counter() - t0
            return {t.path: Outcome(t.path, t.doc_id, t.sha256, "failed", reason, seconds=seconds)}
    return {t.path: _alone(t, d, t0, country, finish) for t, d, t0 in items}


def process_chunk(tasks: list[Task]) -> list[Outcome]:
    """Read and extract a few documents through one `nlp.pipe` call; failures are per file."""
    from gcmextract.batch.budget import time_budget
    from gcmextract.errors import GcmError
    from gcmextract.ingest import read_document

    load_pipeline()
    outcomes: dict[str, Outcome] = {}
    ready = []
    for t in tasks:
        t0 = time.perf_counter()
        try:
            with time_budget(t.timeout, t.path):
                document = read_document(t.read_path or t.path, max_bytes=t.max_bytes, ocr=t.ocr)
                ready.append((t, document, t0))
        except GcmError as exc:
            outcomes[t.path] = Outcome(
                t.path,
                t.doc_id,
                t.sha256,
                "failed",
                one_line(exc),
                seconds=time.perf_counter() - t0,
            )
        except Exception as exc:  # a reader bug must not cost the other files
            outcomes[t.path] = Outcome(
                t.path, t.doc_id, t.sha256, "failed", f"{type(exc).__name__}: {one_line(exc)}"
            )

    documents = {t.path: d for t, d, _ in ready}

    def finish(task: Task, extraction: Any, t0: float) -> Outcome:
        from gcmextract.assemble.serialize import INDENTED, to_json

        extraction.document.id = task.doc_id
        extraction.document.source = display_path(task.path)
        counts = {f: len(getattr(extraction, f)) for f in (*MENTION_FIELDS, "objectives")}
        return Outcome(
            task.path,
            task.doc_id,
            task.sha256,
            "ok",
            pages=extraction.document.pages,
            counts=counts,
            seconds=time.perf_counter() - t0,
            payload=to_json(extraction, task.form == INDENTED),
            form=task.form,
            warnings=list(documents[task.path].warnings),
            explain=task.explain,
        )

    groups: dict[tuple[str | None, str | None, bool], list] = {}
    for item in ready:
        t = item[0]
        groups.setdefault((t.country, t.country_source, t.explain), []).append(item)
    for country, items in groups.items():
        outcomes.update(_extract_group(items, country, finish))
    return [outcomes[t.path] for t in tasks]

"""Batch work on a Dask distributed cluster: the same chunks, per-file outcomes and time budgets as
the local process pool (the driver still writes every output and the manifest), each Dask worker
loading the pipeline once, when it starts (a worker plugin), before any budget's clock runs.

Time budgets (`--timeout`): inside a Dask worker a document runs in a worker thread, where
`budget.time_budget` raises "took longer than N s" asynchronously as soon as the document's code
returns to Python. Work stuck in C code never does, so the driver keeps its own deadline per chunk:
it keeps no more chunks in flight than the cluster has worker threads, so that a chunk starts when
it is submitted, and gives it its budget (`tasks.budget_of`) plus `pool.GRACE` from then. A
chunk past that deadline is cancelled and its worker restarted through its nanny; the chunk's
documents are retried one at a time, and a single document is reported "took longer than N s", as
`pool.Pool` does. Limits: a chunk still waiting at the scheduler at its deadline (its worker
vanished) gets a fresh deadline rather than a verdict; a worker started without a nanny cannot be
restarted, so Dask shuts it down and the batch goes on with the others (the chunks left fail when
none remains); restarting a worker also ends whatever else it was running."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gcmextract.batch.tasks import failed
from gcmextract.errors import GcmError, UsageError

if TYPE_CHECKING:
    from gcmextract.batch.tasks import Outcome, Task

LOCAL = "local"  # `--scheduler local`: a LocalCluster on this machine (for trying it out)
RETURN = 60.0  # seconds to wait for a worker after the last one was shut down


def _client(scheduler: str, workers: int) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError(
            "--scheduler needs Dask distributed: pip install 'gcmextract[dask]'"
        ) from exc
    if scheduler == LOCAL:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster)
    try:
        return Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


@dataclass
class _Running:
    """A chunk in flight and when it must be done (None: no budget)."""

    chunk: list[Task]
    deadline: float | None


def execute_dask(chunks: list[list[Task]], scheduler: str, workers: int) -> Iterator[Outcome]:
    """Run `process_chunk` on every chunk on the cluster; yield outcomes as chunks finish. A
    chunk whose worker died is reported per file as failed, like a reader crash; one past its
    deadline as the module docstring says."""
    client = _client(scheduler, workers)
    from gcmextract.batch.dask_plugin import NAME, LoadPipeline

    try:
        try:
            client.register_plugin(LoadPipeline(), name=NAME)
        except Exception as exc:  # a worker without gcmextract, or its pipeline's model
            problem = " ".join(str(exc).split()) or type(exc).__name__
            raise GcmError(f"Dask workers cannot load the pipeline: {problem}") from exc
        yield from _run(client, deque(chunks))
    finally:
        cluster = getattr(client, "cluster", None)
        try:
            if cluster is None and client.status == "running":
                client.unregister_worker_plugin(NAME)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _run(client: Any, queue: deque[list[Task]]) -> Iterator[Outcome]:
    """Run the queued chunks, no more in flight than worker threads; yield outcomes as they finish."""
    from dask.distributed import TimeoutError as DaskTimeout
    from dask.distributed import wait

    running: dict[Any, _Running] = {}
    removed = False  # a worker was shut down rather than restarted
    while queue or running:
        threads = sum(client.nthreads().values())
        if not threads and not running:
            try:
                client.wait_for_workers(1, timeout=RETURN if removed else None)
            except (TimeoutError, DaskTimeout):
                for chunk in queue:
                    yield from failed(chunk, "no Dask worker left to run it")
                return
            continue
        _fill(client, queue, running, threads)
        deadlines = [r.deadline for r in running.values() if r.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        try:
            done = wait(list(running), timeout=timeout, return_when="FIRST_COMPLETED").done
        except (TimeoutError, DaskTimeout):
            done = set()
        finished = [(future, running.pop(future).chunk) for future in done]
        _fill(client, queue, running, threads)  # the next chunks run while these are written
        yield from _collect(finished)
        removed = (yield from _expire(client, running, queue)) or removed


def _collect(finished: list[tuple[Any, list[Task]]]) -> Iterator[Outcome]:
    """The outcomes of finished chunks; a chunk whose worker died or whose task was lost is
    reported per file as failed."""
    for future, chunk in finished:
        try:
            yield from future.result()
        except Exception as exc:  # the worker died or the task was lost
            reason = f"worker failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
            yield from failed(chunk, reason)


def _expire(
    client: Any, running: dict[Any, _Running], queue: deque[list[Task]]
) -> Generator[Outcome, None, bool]:
    """Cancel the chunks past their deadline, restart their workers and yield the outcomes of
    `_over_budget`; return whether a worker was shut down rather than restarted."""
    removed = False
    now = time.monotonic()
    for future, run in list(running.items()):
        if run.deadline is None or now < run.deadline or future.done():
            continue
        where = _worker_of(client, future.key)
        if where is None:  # not started anywhere yet: its clock starts again
            run.deadline = _deadline(_chunk_budget(run.chunk))
            continue
        del running[future]
        client.cancel([future])
        status = client.restart_workers([where], raise_for_error=False).get(where)
        removed = removed or status != "OK"
        yield from _over_budget(run.chunk, queue)
    return removed


def _fill(
    client: Any, queue: deque[list[Task]], running: dict[Any, _Running], threads: int
) -> None:
    """Submit queued chunks until every worker thread has one, each with its deadline."""
    from gcmextract.batch.chunk import process_chunk

    while queue and len(running) < threads:
        chunk = queue.popleft()
        future = client.submit(process_chunk, chunk, pure=False)
        running[future] = _Running(chunk, _deadline(_chunk_budget(chunk)))


def _chunk_budget(chunk: list[Task]) -> float | None:
    from gcmextract.batch.tasks import budget_of

    return budget_of(chunk)


def _deadline(budget: float | None) -> float | None:
    from gcmextract.batch.pool import GRACE

    return None if budget is None else time.monotonic() + budget + GRACE


def _worker_of(client: Any, key: Any) -> str | None:
    """The address of the worker the scheduler gave this task to (None: not given to any)."""
    for address, keys in client.processing().items():
        if key in keys:
            return str(address)
    return None


def _over_budget(chunk: list[Task], queue: deque[list[Task]]) -> Iterator[Outcome]:
    """A chunk past its deadline: retried one document at a time, or its one document reported."""
    from gcmextract.batch.budget import OverBudget

    if len(chunk) > 1:
        queue.extendleft([t] for t in reversed(chunk))
        return
    task = chunk[0]
    yield from failed(chunk, " ".join(str(OverBudget(task.timeout or 0, task.path)).split()))

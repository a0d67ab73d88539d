"""Batch worker processes that can be killed one by one: a chunk of documents running past its time
budget (even stuck in C code, where the worker's own timer never fires) costs its worker, which is
killed and replaced, and the rest of the batch goes on."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from gcmextract.batch.tasks import budget_of, failed, one_line

if TYPE_CHECKING:
    from gcmextract.batch.tasks import Outcome, Task

# Seconds a worker gets past its chunk's budget before it is killed: its own timer fires at the
# budget and reports the document itself, unless the document holds it in code signals cannot stop.
GRACE = 2.0


@dataclass
class _Worker:
    """A worker process, the parent's end of its pipe and the chunk it is working on."""

    process: Any
    conn: Connection
    ready: bool = False
    chunk: list[Task] | None = None
    started: float = 0.0
    deadline: float | None = None


def serve(conn: Connection, parent: int) -> None:
    """A worker's life: load the pipeline, say so, then extract each chunk it is sent until None."""
    from gcmextract.batch.chunk import init_worker, process_chunk

    init_worker(parent)
    conn.send(None)
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        try:
            outcomes = process_chunk(chunk)
        except Exception as exc:  # process_chunk fails per file; this is a last resort
            outcomes = failed(chunk, f"worker failed: {type(exc).__name__}: {one_line(exc)}")
        conn.send(outcomes)


class Pool:
    """Worker processes fed one chunk at a time; see `run`."""

    def __init__(self, workers: int, parent: int) -> None:
        self.size = max(1, workers)
        self.parent = parent
        self.context = get_context("spawn")
        self.workers: list[_Worker] = []

    def _start(self) -> None:
        here, there = self.context.Pipe()
        process = self.context.Process(
            target=serve, args=(there, self.parent), name="gcmextract-worker", daemon=True
        )
        process.start()
        there.close()
        self.workers.append(_Worker(process, here))

    def _drop(self, worker: _Worker, kill: bool = False) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    def close(self) -> None:
        """Stop every worker: idle ones are asked to end, busy ones are killed."""
        for w in list(self.workers):
            if w.chunk is None and w.process.is_alive():
                try:
                    w.conn.send(None)
                    w.process.join(5)
                except OSError:
                    pass
            self._drop(w, kill=True)

    def run(self, chunks: list[list[Task]]) -> Iterator[Outcome]:
        """Outcomes of every chunk as they finish. A chunk over its budget, or whose worker died,
        is retried one document at a time in new workers; a single document over its budget is
        reported "took longer than N s", one whose worker died as failed."""
        queue = deque(chunks)
        try:
            while queue or any(w.chunk is not None for w in self.workers):
                busy = sum(w.chunk is not None for w in self.workers)
                while len(self.workers) < min(self.size, busy + len(queue)):
                    self._start()
                for w in self.workers:
                    if w.ready and w.chunk is None and queue:
                        self._send(w, queue.popleft())
                yield from self._wait(queue)
        finally:
            self.close()

    def _send(self, worker: _Worker, chunk: list[Task]) -> None:
        budget = budget_of(chunk)
        worker.chunk, worker.started = chunk, time.monotonic()
        worker.deadline = worker.started + budget + GRACE if budget is not None else None
        worker.conn.send(chunk)

    def _wait(self, queue: deque[list[Task]]) -> Iterator[Outcome]:
        """Wait for a message, a death or a deadline; handle whichever came."""
        deadlines = [w.deadline for w in self.workers if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        waitables: list[Any] = [w.conn for w in self.workers]
        waitables += [w.process.sentinel for w in self.workers]
        ready = set(wait(waitables, timeout))
        for w in list(self.workers):
            if w.conn in ready:
                try:
                    message = w.conn.recv()
                except (EOFError, OSError):
                    yield from self._lost(w, queue, "worker process died")
                    continue
                if message is None:
                    w.ready = True
                else:
                    w.chunk, w.deadline = None, None
                    yield from message
            elif w.process.sentinel in ready:
                yield from self._lost(w, queue, "worker process died")
            elif w.deadline is not None and time.monotonic() >= w.deadline:
                yield from self._lost(w, queue, None)

    def _lost(
        self, worker: _Worker, queue: deque[list[Task]], died: str | None
    ) -> Iterator[Outcome]:
        """A worker that died (`died` says how) or ran past its deadline (None): it is ended, and
        its chunk retried one document at a time, or its one document reported."""
        from gcmextract.batch.budget import OverBudget

        chunk, seconds = worker.chunk, time.monotonic() - worker.started
        self._drop(worker, kill=True)
        code = worker.process.exitcode
        if chunk is None:
            if not worker.ready:
                raise RuntimeError(f"a worker process could not start (exit code {code})")
            return
        if len(chunk) > 1:
            queue.extendleft([t] for t in reversed(chunk))
            return
        if died is None:
            task = chunk[0]
            reason = " ".join(str(OverBudget(task.timeout or 0, task.path)).split())
        else:
            reason = f"{died} (exit code {code})"
        yield from failed(chunk, reason, seconds)

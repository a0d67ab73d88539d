"""Batch work on a Dask distributed cluster: the same chunks and per-file outcomes as the local
process pool (the driver still writes every output and the manifest), each Dask worker loading
the pipeline once (module-level cache in `batch.process_chunk`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gcmextract.errors import UsageError

LOCAL = "local"  # `--scheduler local`: a LocalCluster on this machine (for trying it out)


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


def execute_dask(chunks: list[list[Any]], scheduler: str, workers: int) -> Iterator[Any]:
    """Run `process_chunk` on every chunk on the cluster; yield outcomes as chunks finish. A
    chunk whose worker died is reported per file as failed, like a reader crash."""
    from dask.distributed import as_completed

    from gcmextract.batch import Outcome, process_chunk

    client = _client(scheduler, workers)
    try:
        futures = {client.submit(process_chunk, c, pure=False): c for c in chunks}
        for fut in as_completed(futures):
            try:
                yield from fut.result()
            except Exception as exc:  # the worker died or the task was lost
                reason = f"worker failed: {type(exc).__name__}: {' '.join(str(exc).split())}"
                for t in futures[fut]:
                    yield Outcome(t.path, t.doc_id, t.sha256, "failed", reason)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()

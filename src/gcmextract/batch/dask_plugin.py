"""The Dask worker plugin that loads the pipeline as each worker starts (or is restarted), so that
no document's time budget pays for it; imported only when Dask is installed and used."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

NAME = "gcmextract-pipeline"


class LoadPipeline(WorkerPlugin):
    """Load and warm the pipeline once per worker process."""

    def setup(self, worker: Any) -> None:
        """Load the pipeline unless this process already has it."""
        from gcmextract.batch.chunk import load_pipeline

        load_pipeline()

    def teardown(self, worker: Any) -> None:
        """Keep the pipeline: a later batch on the same worker reuses it."""

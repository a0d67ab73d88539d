"""Batch extraction of a folder, one module a part: `run` (run_batch: discovery, resumable
manifest, atomic outputs), `tasks` (Task and Outcome), `chunk` (process_chunk: a few documents
extracted in one worker), `pool` (local worker processes killed and replaced past their budget),
`distributed` and `dask_plugin` (the same on a Dask cluster), `budget` (time_budget per document),
`capacity` (default_workers), `lifeline` (workers die with the batch), `inputs` (which files, and
their output ids), `exclusions` (what a batch leaves out by default), `state` (outputs checked by
their content hash, the command that resumes)."""

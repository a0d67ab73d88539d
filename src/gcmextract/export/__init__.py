"""A batch output folder as analyst tables: `formats` (export, load_outputs: csv, xlsx, parquet,
jsonl, DuckDB), `tables` (one fixed column schema per table), `totals` (money_totals: each amount
counted once), `query` (read-only SQL on the DuckDB export)."""

"""A DuckDB database of the analyst tables (with views for the common questions), and read-only
SQL queries on it, so that analysts ask the corpus questions in SQL instead of spreadsheets."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from gcmextract.errors import InputError, UsageError

VIEWS = {
    "money_by_country_currency": """
        SELECT country, country_iso3, currency, currency_inferred,
               count(*) AS amounts, sum(value) AS total
        FROM amounts WHERE kind = 'money' AND currency IS NOT NULL
        GROUP BY ALL ORDER BY country, currency, currency_inferred""",
    "objectives_by_country": """
        SELECT country, country_iso3, objective, any_value(title) AS title,
               count(DISTINCT doc_id) AS documents, bool_or(explicit) AS explicit,
               max(score) AS best_score
        FROM objectives GROUP BY country, country_iso3, objective
        ORDER BY country, objective""",
    "organizations_by_type": """
        SELECT type, canonical, count(*) AS mentions, count(DISTINCT doc_id) AS documents
        FROM organizations GROUP BY type, canonical
        ORDER BY type, mentions DESC, canonical""",
}


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError as exc:
        raise UsageError("duckdb export needs duckdb: pip install 'gcmextract[export]'") from exc
    return duckdb


def write_database(arrow_tables: dict[str, Any], dest: Path) -> None:
    """Write every table and the views into a new DuckDB file at `dest`, atomically."""
    from gcmextract.io import check_target

    duckdb = _duckdb()
    check_target(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    os.unlink(tmp)  # DuckDB creates the file itself
    try:
        con = duckdb.connect(tmp)
        try:
            for name, table in arrow_tables.items():
                con.register("incoming", table)
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
                con.unregister("incoming")
            for name, sql in VIEWS.items():
                con.execute(f'CREATE VIEW "{name}" AS {sql}')
            con.execute("CHECKPOINT")
        finally:
            con.close()
        check_target(dest)
        os.replace(tmp, dest)
    finally:
        for leftover in (tmp, tmp + ".wal"):
            Path(leftover).unlink(missing_ok=True)


def run_query(database: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of `sql` on `database`, opened read-only without file access."""
    duckdb = _duckdb()
    if not database.is_file():
        raise InputError("no such database file", str(database))
    try:
        con = duckdb.connect(
            str(database), read_only=True, config={"enable_external_access": False}
        )
    except duckdb.Error as exc:
        raise InputError(f"not a DuckDB database ({_line(exc)})", str(database)) from exc
    try:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description or []]
        return names, cursor.fetchall()
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {_line(exc)}") from exc
    finally:
        con.close()


def _line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__

"""The embedded fact store: one DuckDB file next to the corpus, no set-up.

Tables:

- ``documents``: one row per document with its content hash, the manifest
  metadata it was read with (``meta``) and the rules version it was
  extracted under.  A document is extracted again only when one of these
  three changes.
- ``facts``: the fact schema (:mod:`indicators.base.schema`), one row per fact.
- ``report``: the ingest report (:data:`indicators.ingest.report.REPORT_COLUMNS`).
- ``reviews``: people's reviews of facts (:mod:`indicators.facts.reviews`), keyed by the document's
  text hash and the printed span, so they outlive the facts: a rebuilt store or a re-extraction
  keeps them, and they find their facts again.  A store written before reviews existed gets the
  table (and a store with an older reviews table its new columns) when it is next opened for writing.

The query methods (:meth:`FactStore.query`, :meth:`FactStore.distinct`,
:meth:`FactStore.count`) filter inside DuckDB, so a dashboard over millions of
facts only ever pulls the rows it shows.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa

from ..base.schema import FACT_COLUMNS, FACT_DTYPES
from ..facts.reviews import KEY, REVIEW_DTYPES, REVIEW_FIELDS, reviews_frame, validate
from ..ingest.report import REPORT_COLUMNS

if TYPE_CHECKING:
    import duckdb

STORE_NAME = ".indicators.duckdb"
MEMORY = ":memory:"
#: DuckDB's buffer limit for a store file (its default is 80% of RAM): past it, pages go back to
#: the file and sorts spill to ``PATH.tmp``, so a run's memory does not grow with the store.
MEMORY_LIMIT = "256MB"

_SQL_TYPES: dict[str, str] = {
    "string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE", "boolean": "BOOLEAN",
}
_ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(), "boolean": pa.bool_(),
}
_PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                 pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype()}
FACT_SCHEMA = pa.schema([(c, _ARROW_TYPES[FACT_DTYPES[c]]) for c in FACT_COLUMNS])

DOCUMENT_SCHEMA = pa.schema([("doc", pa.string()), ("path", pa.string()), ("sha256", pa.string()),
                             ("meta", pa.string()), ("rules_version", pa.string()),
                             ("bytes", pa.int64())])
DOCUMENT_COLUMNS: tuple[str, ...] = tuple(DOCUMENT_SCHEMA.names)
_REPORT_INT = {"chars", "facts"}
REPORT_SCHEMA = pa.schema([(c, pa.int64() if c in _REPORT_INT else pa.string())
                           for c in REPORT_COLUMNS])

_DOCUMENT_ORDER = ' ORDER BY doc, start, "end", metric, period, rule'  # facts as the documents print them

#: Columns the query API may filter on or list distinct values of.
FILTER_COLUMNS: tuple[str, ...] = ("doc", "region", "metric", "period", "year", "kind", "scope",
                                   "unit", "qualifier", "pub_date")


_REVIEW_COLUMNS_SQL = {c: _SQL_TYPES[t] for c, t in REVIEW_DTYPES.items()}
_REVIEW_KEY_SQL = " AND ".join(f'r."{k}" = _k."{k}"' for k in KEY)


def _ddl() -> list[str]:
    facts = ", ".join(f'"{c}" {_SQL_TYPES[FACT_DTYPES[c]]}' for c in FACT_COLUMNS)
    report = ", ".join(f'"{c}" {"BIGINT" if c in _REPORT_INT else "VARCHAR"}' for c in REPORT_COLUMNS)
    documents = ", ".join(f'"{f.name}" {"BIGINT" if f.type == pa.int64() else "VARCHAR"}' for f in DOCUMENT_SCHEMA)
    return [
        f"CREATE TABLE IF NOT EXISTS documents ({documents})",
        f"CREATE TABLE IF NOT EXISTS facts ({facts})",
        f"CREATE TABLE IF NOT EXISTS report ({report})",
    ]


@dataclass(slots=True)
class DocResult:
    """Everything one extraction of one document writes to the store."""

    document: dict[str, object]
    report: dict[str, object]
    facts: list[tuple] = field(default_factory=list)


def default_store_path(folder: str | Path) -> Path:
    """The store for a corpus folder: ``FOLDER/.indicators.duckdb``."""
    return Path(folder) / STORE_NAME


def folder_writable(folder: str | Path) -> bool:
    """True when ``folder`` may take a store file (its write bits are set, even for root)."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(folder, os.W_OK)


def _columns(rows: Sequence[tuple], n: int) -> list[list]:
    return [list(col) for col in zip(*rows)] if rows else [[] for _ in range(n)]


def _where(filters: dict[str, object], present: Sequence[str] = ()) -> tuple[str, list[object]]:
    """SQL ``WHERE`` for filters: a scalar means equality, a list/tuple/set means ``IN``;
    ``present`` names columns that must not be null.

    >>> _where({"region": "平湖", "metric": ["gdp", "exports"], "year": None}, present=["year"])
    (' WHERE "region" = ? AND "metric" IN (?, ?) AND "year" IS NOT NULL', ['平湖', 'gdp', 'exports'])
    """
    clauses: list[str] = []
    params: list[object] = []
    for col in [*filters, *present]:
        if col not in FILTER_COLUMNS:
            raise ValueError(f"cannot filter on {col!r}; use one of {', '.join(FILTER_COLUMNS)}")
    for col, want in filters.items():
        if want is None:
            continue
        if isinstance(want, (list, tuple, set, frozenset)):
            values = list(want)
            if not values:
                clauses.append("FALSE")
                continue
            clauses.append(f'"{col}" IN ({", ".join("?" * len(values))})')
            params.extend(values)
        else:
            clauses.append(f'"{col}" = ?')
            params.append(want)
    clauses += [f'"{col}" IS NOT NULL' for col in present]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _select(columns: Sequence[str], with_id: bool) -> str:
    """The select list: the quoted columns, after the fact id when asked."""
    return ", ".join((["rowid AS fid"] if with_id else []) + [f'"{c}"' for c in columns])


class FactStore:
    """A DuckDB fact store; use as a context manager or call :meth:`close`.

    >>> with FactStore(MEMORY) as s:
    ...     s.count()
    0
    """

    def __init__(self, path: str | Path = MEMORY, *, read_only: bool = False,
                 memory_limit: str | None = MEMORY_LIMIT, reviews_only: bool = False) -> None:
        """Open (or create) the store; ``memory_limit`` applies to a file, never to ``MEMORY``.

        ``reviews_only``: open for writing reviews (the dashboard), touching no other table: a
        store written under another schema is left as it is, not emptied for re-extraction.
        """
        self.path = str(path)
        if self.path != MEMORY and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        import duckdb  # here, not on import: a dashboard on a folder opens no store until a review

        config = {"memory_limit": memory_limit} if memory_limit and self.path != MEMORY else {}
        self.con = duckdb.connect(self.path, read_only=read_only, config=config)
        if reviews_only and not read_only:
            self._migrate_reviews()
        elif not read_only:
            self._migrate()

    @classmethod
    def reader(cls, path: str | Path) -> FactStore:
        """Open ``path`` for reading: read-only, or through the read-write connection this process
        already holds on it (DuckDB takes one configuration per file and process: the dashboard
        holds a large store open for writing reviews)."""
        import duckdb

        try:
            return cls(path, read_only=True)
        except duckdb.ConnectionException:
            return cls(path, reviews_only=True)

    def _migrate(self) -> None:
        """Create the tables; a store written under another schema is a stale cache: start afresh."""
        signature = hashlib.sha256("\n".join(_ddl()).encode()).hexdigest()[:16]
        self.con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR, value VARCHAR)")
        self._migrate_reviews()
        rows = self.con.execute("SELECT value FROM store_info WHERE key = 'schema'").fetchall()
        if rows and rows[0][0] == signature:
            return
        for table in ("documents", "facts", "report"):
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        for stmt in _ddl():
            self.con.execute(stmt)
        self.con.execute("DELETE FROM store_info")
        self.con.execute("INSERT INTO store_info VALUES ('schema', ?)", [signature])

    def _migrate_reviews(self) -> None:
        """The reviews table, kept whatever else is rebuilt; columns added since a store was written
        are added to it (empty)."""
        columns = ", ".join(f'"{c}" {t}' for c, t in _REVIEW_COLUMNS_SQL.items())
        self.con.execute(f"CREATE TABLE IF NOT EXISTS reviews ({columns})")
        for column, sql_type in _REVIEW_COLUMNS_SQL.items():
            self.con.execute(f'ALTER TABLE reviews ADD COLUMN IF NOT EXISTS "{column}" {sql_type}')

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (checkpointing the file)."""
        self.con.close()

    # --- incremental bookkeeping -------------------------------------------------------------

    def known(self) -> dict[str, tuple[str, str, str]]:
        """``doc -> (sha256, meta, rules_version)`` for every stored document."""
        rows = self.con.execute("SELECT doc, sha256, meta, rules_version FROM documents").fetchall()
        return {d: (h, m, v) for d, h, m, v in rows}

    def write(self, results: Sequence[DocResult], *, replace: bool = True) -> int:
        """Replace the stored rows of these documents with new ones, in one transaction.

        ``replace=False`` skips deleting old rows (only for documents known to be
        new, e.g. a first run into an empty store).  Returns the number of facts written.
        """
        if not results:
            return 0
        docs = pa.table({"doc": [r.document["doc"] for r in results]})
        dtab = pa.Table.from_pylist([r.document for r in results], schema=DOCUMENT_SCHEMA)
        rtab = pa.Table.from_pylist([r.report for r in results], schema=REPORT_SCHEMA)
        rows = [f for r in results for f in r.facts]
        ftab = pa.Table.from_arrays([pa.array(c, type=t.type) for c, t in
                                     zip(_columns(rows, len(FACT_COLUMNS)), FACT_SCHEMA)],
                                    schema=FACT_SCHEMA)
        with self._transaction(_docs=docs, _dtab=dtab, _rtab=rtab, _ftab=ftab) as con:
            if replace:
                self._delete_docs("_docs")
            con.execute("INSERT INTO documents SELECT * FROM _dtab")
            con.execute("INSERT INTO report SELECT * FROM _rtab")
            con.execute("INSERT INTO facts SELECT * FROM _ftab")
        return len(rows)

    @contextmanager
    def _transaction(self, **tables: pa.Table) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction (rolled back on any error) with ``tables`` registered as views."""
        con = self.con
        for name, table in tables.items():
            con.register(name, table)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            for name in tables:
                con.unregister(name)

    def _delete_docs(self, view: str) -> None:
        """Delete the documents named in ``view`` from every table."""
        for table in ("documents", "report", "facts"):
            self.con.execute(f"DELETE FROM {table} WHERE doc IN (SELECT doc FROM {view})")

    def remove(self, docs: Iterable[str]) -> int:
        """Forget documents (and their facts and report rows); return how many were stored."""
        names = sorted(set(docs))
        if not names:
            return 0
        with self._transaction(_gone=pa.table({"doc": names})) as con:
            n = con.execute("SELECT count(*) FROM documents WHERE doc IN (SELECT doc FROM _gone)").fetchall()[0][0]
            self._delete_docs("_gone")
        return int(n)

    def compact(self) -> None:
        """Rewrite the facts in (region, metric, period, year) order.

        A filter then touches only the few row groups that hold its rows
        (DuckDB's min/max zone maps), instead of decompressing every column
        of the whole table: on 1M facts a dashboard query drops from ~55 ms to ~4 ms.
        """
        with self._transaction() as con:
            con.execute("CREATE TABLE _facts_sorted AS SELECT * FROM facts "
                        'ORDER BY region, metric, period, year, doc, start')
            con.execute("DROP TABLE facts")
            con.execute("ALTER TABLE _facts_sorted RENAME TO facts")
        if self.path != MEMORY:
            con.execute("CHECKPOINT")

    # --- reading -----------------------------------------------------------------------------

    def query(self, columns: Sequence[str] | None = None, *, limit: int | None = None,
              order: bool = True, with_id: bool = False, present: Sequence[str] = (),
              **filters: object) -> pd.DataFrame:
        """Facts matching the filters as a typed frame (the schema's dtypes).

        ``store.query(region="平湖", metric=["gdp", "exports"], year=2024)``;
        ``columns`` selects a subset of the schema's columns; ``present`` names columns that
        must not be null; ``with_id`` adds each fact's id (``fid``, int64) as the first column,
        for :meth:`fact`.
        """
        cols = list(columns) if columns else list(FACT_COLUMNS)
        unknown = set(cols) - set(FACT_COLUMNS)
        if unknown:
            raise ValueError(f"unknown fact columns: {sorted(unknown)}")
        where, params = _where(filters, present)
        sql = f"SELECT {_select(cols, with_id)} FROM facts{where}"
        if order:
            sql += _DOCUMENT_ORDER
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._frame(sql, params)

    def fact(self, fid: int) -> pd.Series | None:
        """The fact with id ``fid`` (as :meth:`query` gives it ``with_id``), or ``None``."""
        df = self._frame(f"SELECT {_select(FACT_COLUMNS, True)} FROM facts WHERE rowid = ?", [int(fid)])
        return df.iloc[0] if len(df) else None

    def _frame(self, sql: str, params: list[object]) -> pd.DataFrame:
        df = self.con.sql(sql, params=params or None).to_arrow_table().to_pandas(types_mapper=_PANDAS_TYPES.get)
        return df.astype({"fid": "int64"}) if "fid" in df.columns else df

    def counts(self, column: str, *, limit: int | None = None, present: Sequence[str] = (),
               **filters: object) -> list[tuple[object, int]]:
        """(value, number of facts) for each value of ``column`` among the matching facts, most first
        (ties by value)."""
        where, params = _where({column: None, **filters}, present)
        sql = f'SELECT "{column}", count(*) AS n FROM facts{where} GROUP BY 1 ORDER BY n DESC, 1'
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(v, int(n)) for v, n in self.con.execute(sql, params).fetchall()]

    def facts(self) -> pd.DataFrame:
        """Every stored fact, in document order."""
        return self.query()

    def count(self, **filters: object) -> int:
        """How many facts match the filters."""
        where, params = _where(filters)
        return int(self.con.execute(f"SELECT count(*) FROM facts{where}", params).fetchall()[0][0])

    def distinct(self, column: str, **filters: object) -> list:
        """Sorted distinct non-null values of ``column`` among facts matching the filters."""
        if column not in FILTER_COLUMNS:
            raise ValueError(f"no distinct values for {column!r}; use one of {', '.join(FILTER_COLUMNS)}")
        where, params = _where(filters)
        sql = (f'SELECT DISTINCT "{column}" FROM facts{where}'
               f'{" AND" if where else " WHERE"} "{column}" IS NOT NULL ORDER BY 1')
        return [r[0] for r in self.con.execute(sql, params).fetchall()]

    def report(self) -> pd.DataFrame:
        """The ingest report, one row per stored document."""
        df = self.con.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM report ORDER BY doc").df()
        return df.astype({c: "int64" for c in _REPORT_INT})

    def documents(self) -> pd.DataFrame:
        """The document bookkeeping table."""
        return self.con.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY doc").df()

    def export(self, path: str | Path, *, overlay: pd.DataFrame | None = None,
               blanks: Mapping[str, str] | None = None, **filters: object) -> Path:
        """Write matching facts to ``.parquet`` or ``.csv`` straight from DuckDB (streaming).

        CSV is UTF-8 with a BOM, as :func:`indicators.app.output.write_table` writes it.
        ``overlay``: rows (with ``fid``) that replace the stored facts with the same id, and any
        columns they have beyond the schema's, which the other rows leave null, or take from
        ``blanks`` (the reviewed facts, with their review columns: :func:`indicators.facts.reviews.apply`).
        """
        path = Path(path)
        suffix = path.suffix.lower()
        where, params = _where(filters)
        extra = [c for c in overlay.columns if c not in FACT_COLUMNS and c != "fid"] if overlay is not None else []
        select = ", ".join(
            (f'CASE WHEN "{c}" IS NULL THEN NULL WHEN "{c}" THEN \'True\' ELSE \'False\' END AS "{c}"'
             if FACT_DTYPES.get(c) == "boolean" and suffix == ".csv" else f'"{c}"')
            for c in [*FACT_COLUMNS, *extra])
        source = "facts"
        if overlay is not None:
            laid = [f'CASE WHEN o.fid IS NULL THEN f."{c}" ELSE o."{c}" END AS "{c}"' for c in FACT_COLUMNS]
            blanks = blanks or {}
            laid += [f'coalesce(o."{c}", \'{blanks[c]}\') AS "{c}"' if c in blanks else f'o."{c}"' for c in extra]
            source = f"(SELECT {', '.join(laid)} FROM facts f LEFT JOIN _overlay o ON o.fid = f.rowid)"
        sql = f"SELECT {select} FROM {source}{where}{_DOCUMENT_ORDER}"
        if overlay is None:
            return self._copy(sql, params, path)
        self.con.register("_overlay", pa.Table.from_pandas(overlay, preserve_index=False))
        try:
            return self._copy(sql, params, path)
        finally:
            self.con.unregister("_overlay")

    def _copy(self, sql: str, params: list[object], path: Path) -> Path:
        """``COPY`` the rows of ``sql`` to ``path`` (by its suffix)."""
        suffix = path.suffix.lower()
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".parquet":
            self.con.execute(f"COPY ({sql}) TO '{_quote(path)}' (FORMAT parquet)", params)
        elif suffix == ".csv":
            tmp = path.with_name(path.name + ".part")
            self.con.execute(f"COPY ({sql}) TO '{_quote(tmp)}' (FORMAT csv, HEADER)", params)
            with open(path, "wb") as out, open(tmp, "rb") as src:
                out.write(b"\xef\xbb\xbf")
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            tmp.unlink()
        else:
            raise ValueError(f"{path}: the store exports .parquet or .csv")
        return path

    # --- reviews -------------------------------------------------------------------------------

    def _has(self, *tables: str) -> bool:
        """True when every one of ``tables`` exists (a store written before reviews existed and
        opened read-only has no reviews; one made by importing reviews has only those)."""
        found = self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        return set(tables) <= {name for (name,) in found}

    def reviews(self) -> pd.DataFrame:
        """Every review (see :mod:`indicators.facts.reviews`), matched to a fact or not."""
        if not self._has("reviews"):
            return reviews_frame()
        cols = ", ".join(f'"{c}"' for c in REVIEW_FIELDS)
        df = self._frame(f"SELECT {cols} FROM reviews ORDER BY doc, start, \"end\", metric", [])
        return validate(df) if len(df) else reviews_frame()

    def save_reviews(self, reviews: pd.DataFrame, *, checked: bool = False) -> int:
        """Insert reviews, replacing any stored one with the same key; return how many were saved.

        ``checked``: the reviews are typed records already checked one by one (by
        :func:`indicators.facts.reviews.make_review`, a dashboard click), not validated again.
        """
        table = pa.Table.from_pandas(reviews if checked else validate(reviews), preserve_index=False)
        with self._transaction(_k=table) as con:
            con.execute(f"DELETE FROM reviews r WHERE EXISTS (SELECT 1 FROM _k WHERE {_REVIEW_KEY_SQL})")
            con.execute(f"INSERT INTO reviews ({', '.join(_q(c) for c in REVIEW_FIELDS)}) "
                        f"SELECT {', '.join(_q(c) for c in REVIEW_FIELDS)} FROM _k")
        return table.num_rows

    def delete_reviews(self, keys: pd.DataFrame) -> int:
        """Forget the reviews with these keys (columns ``sha256, start, end, metric``); return how many."""
        table = pa.Table.from_pandas(keys[list(KEY)].astype({"start": "int64", "end": "int64"}),
                                     preserve_index=False)
        with self._transaction(_k=table) as con:
            return int(con.execute(f"DELETE FROM reviews r WHERE EXISTS (SELECT 1 FROM _k WHERE "
                                   f"{_REVIEW_KEY_SQL})").fetchall()[0][0])

    def reviewed_facts(self) -> pd.DataFrame:
        """The stored facts that have a review, with their ``fid`` and their document's ``sha256``
        (a join of the few reviews with the report and the facts)."""
        cols = ", ".join(f'f."{c}"' for c in FACT_COLUMNS)
        if not self._has("reviews", "report", "facts"):
            return pd.DataFrame({"fid": pd.Series(dtype="int64"),
                                 **{c: pd.Series(dtype=FACT_DTYPES[c]) for c in FACT_COLUMNS},
                                 "sha256": pd.Series(dtype="string")})
        return self._frame(
            f"SELECT f.rowid AS fid, {cols}, p.sha256 FROM reviews r "
            "JOIN report p ON p.sha256 = r.sha256 "
            'JOIN facts f ON f.doc = p.doc AND f.start = r.start AND f."end" = r."end" '
            "AND f.metric = r.metric ORDER BY fid", [])


def _q(column: str) -> str:
    """A column name quoted for SQL.

    >>> _q("end")
    '"end"'
    """
    return f'"{column}"'


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")

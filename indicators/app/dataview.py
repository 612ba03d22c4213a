"""What the dashboard reads: facts in memory (a :class:`~indicators.app.views.Corpus`) or a DuckDB store.

Both sources answer the same few questions, so the app has one code path:

- ``options(column)``: the choices for a filter widget;
- ``region_slice(region)``: the region's region-level facts with the derived ones,
  which the overview, trend and comparison shapes in :mod:`indicators.app.views` take;
- ``metric_slice(metric)``: one metric's region-level facts in every region, for regions side by side;
- ``region_counts(metrics, period_type)``: which regions have figures for a choice;
- ``facts(**filters)`` / ``count(**filters)``: the filtered fact table;
- ``fact(fid)`` and ``text(doc)``: one fact and its document's original text.

:class:`FrameView` keeps a corpus in memory and remembers the answers it has
computed (the corpus never changes under it).  :class:`StoreView` is for a large
store: every question is a DuckDB query filtered inside the database, so only
the rows on screen reach pandas.  Its fact ids are DuckDB ``rowid`` values;
derived values get negative ids.  This module never imports streamlit.
"""
from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pandas as pd

from ..facts import reviews
from . import views

if TYPE_CHECKING:
    from ..run.store import FactStore

#: A store with more facts than this is queried in place; a smaller one is loaded into memory.
LARGE_STORE_FACTS = 200_000
#: Rows of the Facts table a store view sends to the page (the count and downloads cover all).
SHOWN_ROWS = 10_000
_FILTERS = ("region", "metric", "year", "period", "doc", "kind")
_SLICES = 32  # region slices (and document texts) a store view remembers
T = TypeVar("T")


class FactView(Protocol):
    """The questions the dashboard asks of its facts."""

    large: bool
    report: pd.DataFrame
    problems: tuple[str, ...]

    def options(self, column: str, *, region_level: bool = False) -> list: ...
    def default_region(self) -> str | None: ...
    def region_slice(self, region: str | None) -> pd.DataFrame: ...
    def metric_slice(self, metric: str) -> pd.DataFrame: ...
    def region_counts(self, metrics: Collection[str], ptype: str) -> list[tuple[str, int]]: ...
    def facts(self, limit: int | None = None, **choices: Collection | str | int | None) -> pd.DataFrame: ...
    def count(self, **choices: Collection | str | int | None) -> int: ...
    def fact(self, fid: int) -> pd.Series | None: ...
    def text(self, doc: str) -> str | None: ...


def read_original(report: pd.DataFrame, doc: str) -> str | None:
    """A document's text as extraction saw it, read again from the path in the ingest report."""
    rows = report.loc[report["doc"].astype(str) == doc, "path"] if len(report) else []
    path = str(rows.iloc[0]) if len(rows) and pd.notna(rows.iloc[0]) else ""
    if not path or not os.path.isfile(path):
        return None
    from ..ingest.documents import read_document

    with open(path, "rb") as fh:
        read = read_document(doc, fh.read())
    return read.text or None


class FrameView:
    """A corpus held in memory; every answer is computed once."""

    large = False

    def __init__(self, corpus: views.Corpus) -> None:
        self.corpus = corpus
        self.report = corpus.report
        self.problems = corpus.problems
        self._memo: dict[Hashable, Any] = {}

    def _once(self, key: Hashable, make: Callable[[], T]) -> T:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def options(self, column: str, *, region_level: bool = False) -> list:
        """Sorted distinct values of ``column`` (among region-level facts with ``region_level``)."""
        def make() -> list:
            facts = self.corpus.facts
            return views.options(views.region_facts(facts, None) if region_level else facts, column)
        return list(self._once(("options", column, region_level), make))

    def default_region(self) -> str | None:
        """The region with the most region-level facts."""
        return self._once("default_region", lambda: views.default_region(self.corpus.facts))

    def region_slice(self, region: str | None) -> pd.DataFrame:
        """Region-level actual and derived facts of ``region`` (every region for ``None``)."""
        return self._once(("slice", region), lambda: views.region_facts(self.corpus.facts, region))

    def metric_slice(self, metric: str) -> pd.DataFrame:
        """Region-level actual and derived facts of ``metric`` in every region."""
        def split() -> dict[str, pd.DataFrame]:
            return dict(tuple(self.region_slice(None).groupby("metric", sort=False, observed=True)))
        every = self._once("metric_slices", split)
        return every.get(metric, self.region_slice(None).iloc[0:0])

    def region_counts(self, metrics: Collection[str], ptype: str) -> list[tuple[str, int]]:
        """Regions with figures for ``metrics`` of period type ``ptype``, most first."""
        return self._once(("regions", tuple(metrics), ptype),
                          lambda: views.figure_counts(self.region_slice(None), "region", metrics, ptype))

    def facts(self, limit: int | None = None, **choices: Collection | str | int | None) -> pd.DataFrame:
        """The facts matching every choice (see :func:`indicators.app.views.filter_facts`)."""
        rows = views.filter_facts(self.corpus.facts, **choices)
        return rows if limit is None else rows.head(limit)

    def count(self, **choices: Collection | str | int | None) -> int:
        """How many facts match."""
        return len(views.filter_facts(self.corpus.facts, **choices))

    def fact(self, fid: int) -> pd.Series | None:
        """The fact with id ``fid``, or ``None``."""
        facts = self.corpus.facts
        return facts.iloc[int(fid)] if 0 <= int(fid) < len(facts) else None

    def text(self, doc: str) -> str | None:
        """The original text of ``doc``, or ``None`` when it is not available."""
        if doc in self.corpus.texts:
            return self.corpus.texts[doc]
        return self._once(("text", doc), lambda: read_original(self.report, doc))


# ---------------------------------------------------------------- the store

def _chosen(choices: Mapping[str, object]) -> dict[str, object]:
    """The dashboard's choices as store filters: an empty selection means no filter.

    >>> _chosen({"region": "平湖", "metric": ["gdp"], "year": None, "kind": [], "evidence": "x"})
    {'region': '平湖', 'metric': ['gdp']}
    """
    return {k: v for k, v in choices.items()
            if k in _FILTERS and v is not None and (isinstance(v, (str, int)) or len(v))}  # type: ignore[arg-type]


def derived_fid(region: str, metric: str, year: int, period: str) -> int:
    """A stable negative id for a derived value (there is one per region, metric, year and period).

    >>> derived_fid("平湖", "gdp", 2023, "H1") == derived_fid("平湖", "gdp", 2023, "H1") < 0
    True
    """
    digest = hashlib.sha1(f"{region}|{metric}|{int(year)}|{period}".encode()).hexdigest()
    return -1 - int(digest[:12], 16)  # < 2**48: exact through JSON (chart selections)


def implied_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Only the values stored facts imply (see :func:`indicators.app.views.derive_facts`), each with
    its :func:`derived_fid`: the schema's and the derivation columns, after ``fid``."""
    derived = views.derive_facts(rows)
    derived.insert(0, "fid", pd.Series([derived_fid(r, m, y, p) for r, m, y, p in zip(
        derived["region"], derived["metric"], derived["year"], derived["period"], strict=True)], dtype="int64"))
    return derived


def with_derived(rows: pd.DataFrame) -> pd.DataFrame:
    """Stored facts (with their ``fid``) plus the values they imply, shaped as a corpus table."""
    table = views.with_derived_facts(rows)
    derived = table.iloc[len(rows):]
    fids = rows["fid"].astype("int64").tolist()
    fids += [derived_fid(r, m, y, p) for r, m, y, p in
             zip(derived["region"], derived["metric"], derived["year"], derived["period"], strict=True)]
    table.insert(0, "fid", pd.Series(fids, dtype="int64"))
    return reviews.carry(table, rows) if "review" in rows.columns else table


class StoreView:
    """A DuckDB fact store queried in place (read-only); safe to share between sessions."""

    large = True

    def __init__(self, store: FactStore) -> None:
        self.store = store
        self._lock = threading.RLock()  # one DuckDB connection and its memos, many script threads
        self._slices: OrderedDict[Hashable, pd.DataFrame] = OrderedDict()  # by region, or ("metric", m)
        self._memo: dict[Hashable, Any] = {}
        self._texts: OrderedDict[str, str | None] = OrderedDict()
        with self._lock:
            self.report = store.report()
        self.problems: tuple[str, ...] = ()

    @classmethod
    def open(cls, path: str | Path) -> StoreView:
        """Open the store at ``path`` read-only."""
        from ..run.store import FactStore

        return cls(FactStore(path, read_only=True))

    def options(self, column: str, *, region_level: bool = False) -> list:
        """Distinct values of ``column`` from the store (period codes in calendar order)."""
        key = ("options", column, region_level)
        with self._lock:
            if key not in self._memo:
                filters: dict[str, object] = {"scope": "region", "kind": "actual"} if region_level else {}
                values = self.store.distinct(column, **filters)
                if column == "period":  # with the periods derived values can fill, as in memory
                    values = views.derivable_periods(values)
                elif column == "year":
                    values = sorted(int(v) for v in values)
                self._memo[key] = values
            return list(self._memo[key])

    def default_region(self) -> str | None:
        """The region with the most region-level facts (one grouped query)."""
        with self._lock:
            if "default_region" not in self._memo:
                top = self.store.counts("region", limit=1, present=["year"], scope="region", kind="actual")
                self._memo["default_region"] = str(top[0][0]) if top else None
            return self._memo["default_region"]

    def region_slice(self, region: str | None) -> pd.DataFrame:
        """The region's printed region-level facts from the store, plus the values they imply."""
        return self._slice(region, region=region)

    def metric_slice(self, metric: str) -> pd.DataFrame:
        """One metric's printed region-level facts in every region, plus the values they imply."""
        return self._slice(("metric", metric), metric=metric)

    def _slice(self, key: Hashable, **filters: object) -> pd.DataFrame:
        """Printed region-level facts matching ``filters`` with the values they imply, remembered."""
        with self._lock:
            if key in self._slices:
                self._slices.move_to_end(key)
                return self._slices[key]
            table = with_derived(self._slice_rows(**filters))
            self._slices[key] = table
            if len(self._slices) > _SLICES:
                self._slices.popitem(last=False)
            return table

    def _slice_rows(self, **filters: object) -> pd.DataFrame:
        """The printed region-level facts with a year matching ``filters`` (a ``region`` or a
        ``metric``), as stored (with their ``fid``)."""
        return self.store.query(with_id=True, order=False, present=["year"], scope="region", kind="actual",
                                **filters)

    def region_counts(self, metrics: Collection[str], ptype: str) -> list[tuple[str, int]]:
        """Regions with printed figures for ``metrics`` of period type ``ptype``, most first."""
        periods = [p for p in self.options("period", region_level=True) if views.in_period_type(p, ptype)]
        if not periods or not metrics:
            return []
        with self._lock:
            return [(str(r), n) for r, n in self.store.counts(
                "region", present=["year"], metric=list(metrics), period=periods, scope="region", kind="actual")]

    def facts(self, limit: int | None = SHOWN_ROWS, **choices: Collection | str | int | None) -> pd.DataFrame:
        """Stored facts matching the choices, in document order, at most ``limit`` rows."""
        with self._lock:
            rows = self.store.query(with_id=True, limit=limit, **_chosen(choices))
        return rows.assign(derivation_zh=pd.Series("", index=rows.index, dtype="string"),
                           derivation_en=pd.Series("", index=rows.index, dtype="string"))

    def count(self, **choices: Collection | str | int | None) -> int:
        """How many stored facts match."""
        with self._lock:
            return self.store.count(**_chosen(choices))

    def fact(self, fid: int) -> pd.Series | None:
        """A stored fact by ``rowid``, or a derived one from a region slice already built."""
        fid = int(fid)
        if fid < 0:
            with self._lock:
                tables = list(reversed(self._slices.values()))
            return _row_of(tables, fid)
        with self._lock:
            row = self.store.fact(fid)
        return None if row is None else pd.concat([row, pd.Series({"derivation_zh": "", "derivation_en": ""})])

    def text(self, doc: str) -> str | None:
        """The document's original text, read from its file (the store keeps no texts)."""
        with self._lock:
            if doc in self._texts:
                self._texts.move_to_end(doc)
                return self._texts[doc]
        text = read_original(self.report, doc)
        with self._lock:
            self._texts[doc] = text
            if len(self._texts) > _SLICES:
                self._texts.popitem(last=False)
        return text


def _row_of(tables: list[pd.DataFrame], fid: int) -> pd.Series | None:
    """The row with id ``fid`` in the first of ``tables`` that has it (found on the id column
    alone: no table is copied), or ``None``."""
    for table in tables:
        hit = (table["fid"].to_numpy() == fid).nonzero()[0]
        if len(hit):
            return table.iloc[int(hit[0])]
    return None


def store_size(path: str | Path) -> int:
    """How many facts the store at ``path`` holds."""
    from ..run.store import FactStore

    with FactStore.reader(path) as store:
        return store.count()


def source_fingerprint(source: str | Path) -> str:
    """Changes when the files under ``source`` or this package's code change (a disk-cache key).

    A folder is fingerprinted by its files' names, sizes and modification times
    (not their bytes, so it costs one directory listing); hidden files such as the
    store are left out.
    """
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for py in sorted(package.rglob("*.py")):
        h.update(py.relative_to(package).as_posix().encode())
        h.update(py.read_bytes())
    path = Path(source)
    entries = sorted((e for e in os.scandir(path) if not e.name.startswith(".")), key=lambda e: e.name
                     ) if path.is_dir() else []
    for entry in ([path] if path.is_file() else entries):
        st = os.stat(entry)
        h.update(f"{getattr(entry, 'name', str(entry))}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()

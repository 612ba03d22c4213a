"""The dashboard's views with reviews laid over them, and where the reviews are kept.

Reviews live in a fact store's ``reviews`` table (:mod:`indicators.facts.reviews`):

- a store opened in place (:class:`ReviewedStoreView`) keeps them in itself;
- a folder extracted in memory (:class:`ReviewedFrameView`) keeps them in the store file the
  CLI uses for that folder, ``FOLDER/.indicators.duckdb`` (created by the first review): an app
  restart reads them again, and ``python -m indicators extract FOLDER -o …`` finds and applies them;
- a small store loaded into memory keeps them in that store file;
- a saved fact table (.csv/.parquet) has no document hashes, so it cannot be reviewed.

In every view a corrected fact shows its corrected value (the extracted one in ``value_original``
…), a fact marked wrong leaves every chart and comparison (:func:`indicators.app.views.region_facts`)
but stays in the fact table, and derived values are computed from the reviewed facts.
``review`` is a filter like the others (``""`` for facts nobody reviewed).
This module never imports streamlit.
"""
from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..base.schema import FACT_COLUMNS, FACT_DTYPES
from ..facts import reviews
from ..run.store import FactStore, default_store_path, folder_writable
from . import views
from .dataview import SHOWN_ROWS, FrameView, StoreView, _chosen, _row_of, implied_rows
from .views import store_path

if TYPE_CHECKING:
    import duckdb

_ORDER = ["doc", "start", "end", "metric", "period", "rule"]


def review_store_path(source: str | Path) -> Path | None:
    """Where reviews of ``source`` are kept: a store itself, a folder's CLI store, or ``None``.

    >>> review_store_path("archive/.indicators.duckdb").name, review_store_path("facts.csv")
    ('.indicators.duckdb', None)
    """
    path = Path(source)
    store = store_path(path)
    if store is not None:
        return store
    if path.is_dir() and (default_store_path(path).exists() or folder_writable(path)):
        return default_store_path(path)
    return None


def _store_error(path: object, e: duckdb.Error) -> OSError:
    return OSError(f"{path}: cannot write reviews ({str(e).splitlines()[0]})")


def _duckdb_error() -> type[Exception]:
    """DuckDB's error class, for an ``except`` clause (evaluated only when something was raised:
    DuckDB is imported when a store is first opened, not with the dashboard)."""
    import duckdb

    return duckdb.Error


class _Reviewing:
    """What both reviewed views share: making a review of a fact and forgetting it."""

    reviews_version: int = 0  # changes with every saved or forgotten review (a cache key)
    review_problem: str = ""  # why this view cannot be reviewed ("" when it can)
    orphaned: pd.DataFrame
    report: pd.DataFrame
    _hashes: dict[str, str] | None = None

    # provided by the view classes: fact(fid), text(doc), _write(store method, frame), _lay(fid, fact, review)

    def _sha256(self, doc: str) -> str:
        if self._hashes is None:
            self._hashes = _hashes(self.report)
        return self._hashes.get(doc, "")

    def _extracted(self, fid: int) -> tuple[pd.Series, str]:
        """The fact as extracted (not as reviewed) and its document's text hash."""
        row = self.fact(fid)  # type: ignore[attr-defined]
        if row is None or row.get("kind") == "derived" or int(fid) < 0:
            raise ValueError(f"fact {fid}: only a printed fact can be reviewed")
        if self.review_problem:
            raise ValueError(self.review_problem)
        sha256 = self._sha256(str(row["doc"]))
        if not sha256:
            raise ValueError(f"{row['doc']}: no content hash in the ingest report; its facts cannot be reviewed")
        return (reviews.as_extracted(row.to_frame().T).iloc[0] if row.get("review") else row), sha256

    def review(self, fid: int, status: str, *, note: str = "", reviewer: str = "",
               **corrections: object) -> dict[str, object]:
        """Save a review of fact ``fid`` (see :func:`indicators.facts.reviews.make_review`) and lay it over."""
        fact, sha256 = self._extracted(fid)
        original = self.text(str(fact["doc"]))  # type: ignore[attr-defined]
        printed = original[int(fact["start"]):int(fact["end"])] if original else str(fact["value_text"] or "")
        record = reviews.make_review(fact, sha256, status, text=printed, note=note, reviewer=reviewer,
                                     **corrections)
        table = reviews.reviews_frame([record])
        self._write("save_reviews", table, checked=True)  # type: ignore[attr-defined]  (make_review checked it)
        self._lay(int(fid), fact, table)  # type: ignore[attr-defined]
        return record

    def _forget(self, keys: pd.DataFrame, fid: int, fact: pd.Series) -> None:
        self._write("delete_reviews", keys)  # type: ignore[attr-defined]
        self._lay(fid, fact, None)  # type: ignore[attr-defined]

    def unreview(self, fid: int) -> None:
        """Forget the review of fact ``fid``."""
        fact, sha256 = self._extracted(fid)
        key = {"sha256": sha256, "start": int(fact["start"]), "end": int(fact["end"]), "metric": str(fact["metric"])}
        self._forget(pd.DataFrame([key]), int(fid), fact)


def _hashes(report: pd.DataFrame) -> dict[str, str]:
    """``doc -> sha256`` of the ingest report's documents that have a text hash."""
    if "sha256" not in report.columns:
        return {}
    return {d: h for d, h in zip(report["doc"].astype(str), report["sha256"], strict=True) if isinstance(h, str) and h}


def keyed(facts: pd.DataFrame, report: pd.DataFrame) -> pd.DataFrame:
    """The printed facts of a corpus table, each with its document's text hash (``sha256``)."""
    printed = facts[facts["kind"] != "derived"]
    return printed.assign(sha256=printed["doc"].astype(str).map(_hashes(report)).astype("string"))


def reviewed_table(facts: pd.DataFrame, report: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """A corpus table (printed facts with ``fid``, then derived ones) with the reviews ``found``
    laid over: printed facts keep their place and ``fid``; derived values are computed again from
    the printed facts not marked wrong."""
    printed = keyed(facts, report) if len(found) else facts.iloc[0:0]  # no reviews (most folders): no keys
    matched = reviews.match(printed, found)
    if matched.empty:
        return reviews.carry(facts.reset_index(drop=True), facts.iloc[0:0].assign(**reviews.blank_columns(0)))
    table = reviews.apply(printed.drop(columns="sha256"), matched)
    return _numbered([table, _implied(table)])


def _implied(printed: pd.DataFrame) -> pd.DataFrame:
    """The values implied by the reviewed printed facts not marked wrong (blank review columns)."""
    ok = printed[printed["review"] != "wrong"]
    implied = views.with_derived_facts(ok).iloc[len(ok):]
    return implied.assign(fid=-1, **reviews.blank_columns(len(implied), implied.index))  # numbered later


def _numbered(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts of a corpus table one after the other, each row's ``fid`` its place."""
    out = pd.concat(parts, ignore_index=True)
    out["fid"] = pd.RangeIndex(len(out))
    return out


class ReviewedFrameView(_Reviewing, FrameView):
    """A corpus in memory with the reviews kept in ``store`` (see :func:`review_store_path`)."""

    def __init__(self, corpus: views.Corpus, store: str | Path | None) -> None:
        self.source = corpus
        self.store_file = None if store is None else Path(store)
        if self.store_file is None:
            self.review_problem = "no store for reviews (a fact table, or a read-only folder)"
        super().__init__(corpus)
        self._reload()

    def _open(self, *, write: bool) -> FactStore:
        try:
            return (FactStore(self.store_file, reviews_only=True) if write  # type: ignore[arg-type]
                    else FactStore.reader(self.store_file))  # type: ignore[arg-type]
        except _duckdb_error() as e:
            raise _store_error(self.store_file, e) from e

    def _reload(self) -> None:
        """Read the reviews again and lay them over the corpus."""
        found = reviews.reviews_frame()
        if self.store_file is not None and self.store_file.exists():
            try:
                with self._open(write=False) as store:
                    found = store.reviews()
            except OSError as e:
                self.review_problem = str(e)
        table = reviewed_table(self.source.facts, self.source.report, found)
        self.corpus = views.Corpus(table, self.source.report, self.source.texts, self.source.problems)
        self._memo.clear()
        self.orphaned = reviews.orphans(found, keyed(self.source.facts, self.source.report)) if len(found) else found

    def _write(self, method: str, frame: pd.DataFrame, **options: object) -> None:
        """``FactStore.<method>(frame)`` on the store file, opened for this write only."""
        with self._open(write=True) as store:
            getattr(store, method)(frame, **options)

    def _lay(self, fid: int, fact: pd.Series, review: pd.DataFrame | None) -> None:
        """Lay one fact's new review (``None``: none) over it: its row is replaced in place and
        the derived values of its series (region and metric, before and after) computed again."""
        facts = self.corpus.facts
        row = reviews.as_extracted(facts.iloc[[fid]])
        matched = reviews.reviews_frame() if review is None else review.assign(fid=fid)
        new = reviews.apply(row, matched)[facts.columns]
        derived = (facts["kind"] == "derived").to_numpy()
        printed = pd.concat([facts.iloc[:fid], new, facts.iloc[fid + 1:]])[~derived]
        series = {(str(r["region"]), str(r["metric"])) for r in (facts.iloc[fid], new.iloc[0])}
        in_series = _in_series(printed, series)
        others = facts[derived][~_in_series(facts[derived], series)]
        table = _numbered([printed, others, _implied(printed[in_series])[facts.columns]])
        self.corpus = views.Corpus(table, self.source.report, self.source.texts, self.source.problems)
        self._memo.clear()
        self.reviews_version += 1


class ReviewedStoreView(_Reviewing, StoreView):
    """A store queried in place with its reviews laid over.

    The reviewed facts (few) are held in memory: a region slice or a fact-table page is the
    stored rows without them, plus those of them that match by their reviewed values.
    """

    def __init__(self, store: FactStore, *, writable: bool = True) -> None:
        super().__init__(store)
        if not writable:
            self.review_problem = f"{store.path}: opened read-only (in use by another process?); reviews cannot be saved"
        self._hashes = _hashes(self.report)  # on opening, not on the first click
        self._load_reviews()

    @classmethod
    def open(cls, path: str | Path) -> ReviewedStoreView:
        """Open the store at ``path`` for reading and for writing reviews (read-only when it cannot
        be written: a locked or read-only file)."""
        try:
            return cls(FactStore(path, reviews_only=True))
        except _duckdb_error():
            return cls(FactStore(path, read_only=True), writable=False)

    def _load_reviews(self) -> None:
        """Read every review and the facts they match (a join over the whole store: once, on opening)."""
        with self._lock:
            found = self.store.reviews()
            raw = self.store.reviewed_facts()
            self._reviewed = _with_derivation(reviews.apply(raw.drop(columns="sha256"), reviews.match(raw, found)))
            self.orphaned = reviews.orphans(found, raw)
            self._slices.clear()

    def _lay(self, fid: int, fact: pd.Series, review: pd.DataFrame | None) -> None:
        """Lay one fact's new review (``None``: none) over it in memory and mend the slices it was
        or is now in: its series (region and metric, before and after) with their derived values
        (a review click costs no query of the store, and no work on the other series)."""
        with self._lock:
            mine = (self._reviewed["fid"] == fid).to_numpy()
            before = self._reviewed[mine]
            row = _as_row(fact, fid).to_frame().T.astype({"fid": "int64", **FACT_DTYPES})
            matched = reviews.reviews_frame() if review is None else review.assign(fid=fid)
            laid = _with_derivation(reviews.apply(row, matched))[self._reviewed.columns]  # as it shows now
            kept = self._reviewed[~mine]
            self._reviewed = pd.concat([kept, laid], ignore_index=True) if review is not None else kept
            series = {(str(fact["region"]), str(fact["metric"])),
                      *zip(before["region"].astype(str), before["metric"].astype(str)),
                      *zip(laid["region"].astype(str), laid["metric"].astype(str))}
            self._slices.pop(None, None)  # every region's facts: built again when asked for
            for key in list(self._slices):
                region, metric = (None, key[1]) if isinstance(key, tuple) else (key, None)
                if any(region in (None, r) and metric in (None, m) for r, m in series):
                    self._slices[key] = _mend(self._slices[key], fid, _charted(laid, region, metric), series)
            self.reviews_version += 1

    def _write(self, method: str, frame: pd.DataFrame, **options: object) -> None:
        """``FactStore.<method>(frame)`` on the open store."""
        try:
            with self._lock:
                getattr(self.store, method)(frame, **options)
        except _duckdb_error() as e:
            raise _store_error(self.store.path, e) from e

    def _slice_rows(self, **filters: object) -> pd.DataFrame:
        """The stored rows of a region (or a metric) without the reviewed facts, plus the reviewed
        facts that are region-level facts of it by their reviewed values and not marked wrong."""
        rows = super()._slice_rows(**filters)
        reviewed = rows["fid"].isin(self._reviewed["fid"])
        plain = rows[~reviewed] if reviewed.any() else rows
        plain = plain.assign(**reviews.blank_columns(len(plain), plain.index))
        laid = _charted(self._reviewed, **filters)
        return pd.concat([plain, laid[plain.columns]], ignore_index=True) if len(laid) else plain

    def _laid(self, statuses: list[str] | None, choices: dict[str, object]) -> pd.DataFrame:
        rows = views.filter_facts(self._reviewed, **choices)
        return rows if statuses is None else rows[rows["review"].isin(statuses)]

    def facts(self, limit: int | None = SHOWN_ROWS, **choices: Collection | str | int | None) -> pd.DataFrame:
        """Facts matching the choices by their reviewed values (and ``review`` status), in document order."""
        statuses = _statuses(choices.pop("review", None))
        chosen = _chosen(choices)
        laid = self._laid(statuses, chosen)
        if statuses is not None and "" not in statuses:
            out = laid
        else:
            rows = super().facts(limit, **choices)
            rows = rows[~rows["fid"].isin(self._reviewed["fid"])]
            rows = rows.assign(**reviews.blank_columns(len(rows), rows.index))
            out = pd.concat([rows, laid[rows.columns]], ignore_index=True)
        out = out.sort_values(_ORDER, kind="stable").reset_index(drop=True)
        return out if limit is None else out.head(limit)

    def count(self, **choices: Collection | str | int | None) -> int:
        """How many facts match, by their reviewed values."""
        statuses = _statuses(choices.pop("review", None))
        chosen = _chosen(choices)
        n = len(self._laid(statuses, chosen))
        if statuses is None or "" in statuses:
            n += super().count(**choices) - len(views.filter_facts(reviews.as_extracted(self._reviewed), **chosen))
        return n

    def fact(self, fid: int) -> pd.Series | None:
        """A fact as reviewed (from a region slice already built when it is there)."""
        with self._lock:
            tables = [self._reviewed, *self._slices.values()]
        row = _row_of(tables, int(fid))
        return super().fact(fid) if row is None else row

    def region_counts(self, metrics: Collection[str], ptype: str) -> list[tuple[str, int]]:
        """Regions with printed figures for ``metrics`` of period type ``ptype``, most first, by the
        reviewed values: a fact marked wrong does not count, a corrected one counts where it now is."""
        counts = dict(super().region_counts(metrics, ptype))
        if not metrics or self._reviewed.empty:
            return list(counts.items())
        for rows, sign in ((_charted(reviews.as_extracted(self._reviewed).assign(review="")), -1),
                           (_charted(self._reviewed), 1)):
            rows = rows[rows["metric"].isin(list(metrics))]
            for region, period in zip(rows["region"].astype(str), rows["period"].astype(str), strict=True):
                if views.in_period_type(period, ptype):
                    counts[region] = counts.get(region, 0) + sign
        return sorted(((r, n) for r, n in counts.items() if n > 0), key=lambda rn: (-rn[1], rn[0]))

    def options(self, column: str, *, region_level: bool = False) -> list:
        """The stored values, and those reviews set (worked out once per review)."""
        base = super().options(column, region_level=region_level)
        key = ("reviewed options", column, region_level)
        with self._lock:
            memo = self._memo.get(key)
            if memo is None or memo[0] != self.reviews_version:
                memo = self._memo[key] = (self.reviews_version, self._options(base, column, region_level))
            return list(memo[1])

    def _options(self, base: list, column: str, region_level: bool) -> list:
        shown = (self._reviewed["review"] != "wrong").to_numpy(dtype=bool, na_value=True)
        if not shown.any():  # no review but "wrong" (which adds no value)
            return base
        laid = self._reviewed[shown]
        if region_level:
            laid = laid[(laid["scope"] == "region") & (laid["kind"] == "actual")]
        if column not in laid.columns or laid[column].dropna().isin(base).all():
            return base
        return views.options(pd.DataFrame({column: [*base, *laid[column].dropna().tolist()]}), column)


def _in_series(facts: pd.DataFrame, series: set[tuple[str, str]]) -> pd.Series:
    """Which facts belong to one of the (region, metric) series."""
    mask = pd.Series(False, index=facts.index)
    for region, metric in series:
        mask |= ((facts["region"] == region) & (facts["metric"] == metric)).fillna(False)
    return mask


def _charted(facts: pd.DataFrame, region: str | None = None, metric: str | None = None) -> pd.DataFrame:
    """The reviewed facts a slice holds: printed region-level facts with a year of ``region``
    (or of ``metric``; every one for neither), by their reviewed values, not marked wrong."""
    ok = ((facts["review"] != "wrong") & (facts["scope"] == "region") & (facts["kind"] == "actual")
          & facts["year"].notna())
    if region:
        ok &= facts["region"] == region
    if metric:
        ok &= facts["metric"] == metric
    return facts[ok.fillna(False)]


def _mend(table: pd.DataFrame, fid: int, laid: pd.DataFrame, series: set[tuple[str, str]]) -> pd.DataFrame:
    """A region or metric slice after fact ``fid`` took a review (or lost it): ``laid`` is the fact
    as the slice now holds it (no row when it left the slice); the derived values of ``series``
    (region, metric) are computed again from their printed facts (a derivation stays within one)."""
    ours = _in_series(table, series).to_numpy()
    drop = (ours & (table["kind"] == "derived").to_numpy(dtype=bool, na_value=False)) | (table["fid"] == fid).to_numpy()
    kept = table[~drop]
    laid = laid[table.columns]
    printed = pd.concat([kept[ours[~drop]], laid], ignore_index=True)
    derived = implied_rows(printed)
    derived = derived.assign(**reviews.blank_columns(len(derived)))[table.columns]
    return pd.concat([kept, laid, derived], ignore_index=True)


def _with_derivation(facts: pd.DataFrame) -> pd.DataFrame:
    """Reviewed stored facts with the (empty) derivation columns of a corpus table."""
    return facts.assign(derivation_zh=pd.Series("", index=facts.index, dtype="string"),
                        derivation_en=pd.Series("", index=facts.index, dtype="string"))


def _as_row(fact: pd.Series, fid: int) -> pd.Series:
    """A fact as extracted with its id, the schema's columns only."""
    return pd.Series({"fid": fid, **{c: fact[c] for c in FACT_COLUMNS}})


def _statuses(chosen: object) -> list[str] | None:
    """The review statuses a filter keeps (``None``: all).

    >>> _statuses(None), _statuses([]), _statuses(["wrong", ""]), _statuses("correct")
    (None, None, ['wrong', ''], ['correct'])
    """
    if chosen is None or (not isinstance(chosen, str) and not len(chosen)):  # type: ignore[arg-type]
        return None
    return [chosen] if isinstance(chosen, str) else list(chosen)  # type: ignore[call-overload]

"""Reviews: a person's verdict on an extracted fact, kept across re-extraction.

A review is keyed by where the fact is printed, not by a row number:

- ``sha256``: the document's content hash (of its decoded text, as the ingest report gives it);
- ``start``, ``end``: the printed span in that text (the fact's own offsets);
- ``metric``: the metric as extracted, so two facts from one span stay apart.

Extracting the same text again (after a rules change, in a rebuilt store, on another machine)
gives the same spans, so a review finds its fact again.  A changed document has another hash:
its reviews match nothing and are reported as *orphaned*, never laid over another fact.
``text`` (the printed characters of the span) and ``doc`` (the document's name when it was
reviewed) are kept for the people who read an exported file.

A review's ``status`` is ``correct``, ``wrong`` or ``corrected``; a correction sets one or more
of :data:`CORRECTABLE` (``set_value``, ``set_period`` …).  :func:`apply` lays reviews over a
fact table: corrected values replace the extracted ones, whose originals stay in
``value_original``, ``period_original`` …, and every row gets the :data:`FACT_REVIEW_COLUMNS`
(``review`` is ``""`` for a fact nobody reviewed).  What a view does with a fact marked wrong
(it leaves the charts, it stays in the fact table) is up to the view.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from ..rules.periods import month_range

KEY: tuple[str, ...] = ("sha256", "start", "end", "metric")
STATUSES: tuple[str, ...] = ("correct", "wrong", "corrected")
#: Fields a correction may set, with their fact dtypes.
CORRECTABLE: dict[str, str] = {"value": "Float64", "yoy_pct": "Float64", "year": "Int64",
                               "period": "string", "region": "string", "metric": "string"}
#: One review record: its key, what it says, who said it and when (ISO 8601, UTC).
REVIEW_DTYPES: dict[str, str] = {
    "sha256": "string", "start": "Int64", "end": "Int64", "metric": "string", "text": "string",
    "doc": "string", "status": "string", **{f"set_{c}": t for c, t in CORRECTABLE.items()},
    "note": "string", "reviewer": "string", "reviewed_at": "string",
}
REVIEW_FIELDS: tuple[str, ...] = tuple(REVIEW_DTYPES)
#: Columns :func:`apply` adds to a fact table.
FACT_REVIEW_DTYPES: dict[str, str] = {
    "review": "string", "review_note": "string", "reviewer": "string", "reviewed_at": "string",
    **{f"{c}_original": t for c, t in CORRECTABLE.items()},
}
FACT_REVIEW_COLUMNS: tuple[str, ...] = tuple(FACT_REVIEW_DTYPES)
#: What the review columns of a fact nobody reviewed hold (the others are missing).
BLANKS: dict[str, str] = {"review": "", "review_note": "", "reviewer": "", "reviewed_at": ""}
FORMATS = (".csv", ".json")
STATUS_NAMES = {"": ("未审核", "unreviewed"), "correct": ("正确", "correct"), "wrong": ("错误", "wrong"),
                "corrected": ("已更正", "corrected")}


def now() -> str:
    """The current time as a review keeps it (UTC, to the second).

    >>> len(now()), now().endswith("Z")
    (20, True)
    """
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def status_name(status: str, lang: str = "zh") -> str:
    """A review status in the chosen language (``""`` is a fact nobody reviewed).

    >>> status_name("wrong"), status_name("", "en")
    ('错误', 'unreviewed')
    """
    return STATUS_NAMES.get(status or "", (status, status))[lang == "en"]


def reviews_frame(records: Iterable[Mapping[str, object]] = ()) -> pd.DataFrame:
    """Review records as a typed frame with the :data:`REVIEW_FIELDS` columns.

    >>> reviews_frame().columns[:4].tolist()
    ['sha256', 'start', 'end', 'metric']
    """
    rows = [{f: r.get(f) for f in REVIEW_FIELDS} for r in records]
    df = pd.DataFrame(rows, columns=list(REVIEW_FIELDS))
    return _typed(df, REVIEW_DTYPES)


def _typed(df: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """``df`` with the ``dtypes`` columns cast (cell by cell: review tables are small); an empty
    or blank cell in a numeric column is a missing value.

    >>> _typed(pd.DataFrame({"n": ["2024", " ", None], "s": ["a", None, 1]}), {"n": "Int64", "s": "string"}).values.tolist()
    [[2024, 'a'], [<NA>, <NA>], [<NA>, '1']]
    """
    out = df.copy()
    for column, dtype in dtypes.items():
        cells = [None if _missing(v) else v for v in df[column].tolist()]
        if dtype == "string":
            cells = [None if v is None else str(v) for v in cells]
        else:
            cells = [None if v is None or (isinstance(v, str) and not v.strip()) else float(v) for v in cells]
            if dtype == "Int64":
                cells = [None if v is None else round(v) for v in cells]
        out[column] = pd.array(cells, dtype=dtype)
    return out


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def make_review(fact: Mapping[str, object], sha256: str, status: str, *, text: str = "",
                note: str = "", reviewer: str = "", at: str | None = None,
                **corrections: object) -> dict[str, object]:
    """A review record of ``fact`` (a fact row) in the document whose text hash is ``sha256``.

    ``corrections`` (``value=…``, ``period=…``, one of :data:`CORRECTABLE`) are kept where they
    differ from the fact; a ``corrected`` review needs at least one, the other statuses none.

    >>> fact = {"doc": "a.txt", "start": 10, "end": 18, "metric": "gdp", "value": 385.12, "period": "H1"}
    >>> r = make_review(fact, "ab12", "corrected", value=386.12, period="H1", at="2026-01-02T03:04:05Z")
    >>> r["set_value"], r["set_period"], r["status"], r["reviewed_at"]
    (386.12, None, 'corrected', '2026-01-02T03:04:05Z')
    >>> make_review(fact, "ab12", "corrected", value=385.12)
    Traceback (most recent call last):
    ...
    ValueError: a corrected review needs a value, yoy_pct, year, period, region or metric that differs from the fact
    """
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"cannot correct {sorted(unknown)}; use {', '.join(CORRECTABLE)}")
    changed = {f"set_{c}": v for c, v in corrections.items()
               if not _missing(v) and (_missing(fact.get(c)) or v != fact.get(c))}
    record = {"sha256": sha256, "start": int(fact["start"]), "end": int(fact["end"]),  # type: ignore[call-overload]
              "metric": str(fact["metric"]), "text": text, "doc": str(fact.get("doc") or ""),
              "status": status, **{f"set_{c}": None for c in CORRECTABLE}, **changed,
              "note": note.strip(), "reviewer": reviewer.strip(), "reviewed_at": at or now()}
    problem = _problem(record)
    if problem:
        raise ValueError(problem)
    return record


def _problem(r: Mapping[str, object]) -> str:
    """What is wrong with one review record, or ``""``.

    >>> _problem({"sha256": "x", "start": 1, "end": 2, "metric": "gdp", "status": "maybe"})
    "status 'maybe' is not one of correct, wrong, corrected"
    """
    from ..base.tables import METRICS

    for field in KEY:
        if _missing(r.get(field)) or r.get(field) == "":
            return f"no {field}"
    status = r.get("status")
    if status not in STATUSES:
        return f"status {status!r} is not one of {', '.join(STATUSES)}"
    sets = [c for c in CORRECTABLE if not _missing(r.get(f"set_{c}"))]
    if status == "corrected" and not sets:
        return ("a corrected review needs a " + ", ".join(list(CORRECTABLE)[:-1])
                + f" or {list(CORRECTABLE)[-1]} that differs from the fact")
    if status != "corrected" and sets:
        return f"a review marked {status} corrects nothing (it sets {', '.join(sets)})"
    period = r.get("set_period")
    if not _missing(period) and month_range(str(period)) is None:
        return f"unknown period code {period!r} (FY, H1, Q1-Q3, M1-M5 …)"
    metric = r.get("set_metric")
    if not _missing(metric) and metric not in METRICS:
        return f"unknown metric {metric!r}"
    return ""


def validate(reviews: pd.DataFrame) -> pd.DataFrame:
    """Typed reviews, or ``ValueError`` naming the first bad row (1-based) and what is wrong."""
    missing = [f for f in (*KEY, "status") if f not in reviews.columns]
    if missing:
        raise ValueError(f"reviews lack the columns {missing}")
    raw = reviews.reindex(columns=list(REVIEW_FIELDS)).astype(object)
    for field in CORRECTABLE:  # an empty cell (CSV) sets nothing
        column = raw[f"set_{field}"]
        raw[f"set_{field}"] = column.where(column.astype(str).str.strip() != "", None)
    try:
        typed = _typed(raw, REVIEW_DTYPES)
    except (TypeError, ValueError) as e:
        raise ValueError(f"reviews: {e}") from e
    typed["status"] = typed["status"].str.strip().str.lower()
    for i, record in enumerate(typed.astype(object).to_dict("records"), start=1):
        problem = _problem({k: (None if _missing(v) else v) for k, v in record.items()})
        if problem:
            raise ValueError(f"review {i}: {problem}")
    for column in ("text", "doc", "note", "reviewer", "reviewed_at"):
        typed[column] = typed[column].fillna("")
    return typed.reset_index(drop=True)


def merge(existing: pd.DataFrame, incoming: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """One review per key, the later ``reviewed_at`` winning (a tie keeps the existing one, so
    importing a file twice changes nothing).

    Returns the merged reviews and how many incoming reviews were taken.
    """
    both = pd.concat([existing.assign(_new=False), incoming.assign(_new=True)], ignore_index=True)
    both = both.sort_values(["reviewed_at", "_new"], ascending=[True, False], kind="stable")
    kept = both.drop_duplicates(list(KEY), keep="last")
    return _typed(kept.drop(columns="_new"), REVIEW_DTYPES).reset_index(drop=True), int(kept["_new"].sum())


def match(facts: pd.DataFrame, reviews: pd.DataFrame) -> pd.DataFrame:
    """The review of each fact that has one: ``fid`` plus the review's fields.

    ``facts`` needs ``fid``, ``sha256`` (its document's text hash), ``start``, ``end`` and ``metric``.
    """
    if reviews.empty or facts.empty:
        return reviews_frame().assign(fid=pd.Series(dtype="int64"))
    keys = facts[["fid", *KEY]].astype({"sha256": "string", "start": "Int64", "end": "Int64",
                                        "metric": "string"})
    return keys.merge(reviews, on=list(KEY), how="inner")


def orphans(reviews: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The reviews whose key matches none of ``facts`` (columns ``sha256, start, end, metric``):
    their document changed or is gone."""
    if reviews.empty:
        return reviews
    keys = facts[list(KEY)].astype({"sha256": "string", "start": "Int64", "end": "Int64", "metric": "string"})
    hit = reviews.merge(keys.drop_duplicates(), on=list(KEY), how="left", indicator=True)["_merge"] == "both"
    return reviews[~hit.to_numpy()].reset_index(drop=True)


def blank_columns(n: int, index: pd.Index | None = None) -> dict[str, pd.Series]:
    """The :data:`FACT_REVIEW_COLUMNS` of ``n`` unreviewed facts."""
    return {c: pd.Series(BLANKS.get(c), index=index if index is not None else pd.RangeIndex(n), dtype=t)
            for c, t in FACT_REVIEW_DTYPES.items()}


def apply(facts: pd.DataFrame, matched: pd.DataFrame) -> pd.DataFrame:
    """``facts`` (with ``fid``) with the :data:`FACT_REVIEW_COLUMNS` and the matched reviews laid over.

    A corrected field takes the review's value and keeps the extracted one in
    ``<field>_original``; a corrected value scales ``value_base`` with it, and a corrected
    metric takes its catalog name (``metric_zh``).
    """
    from ..base.tables import METRICS

    out = facts.reset_index(drop=True).drop(columns=[c for c in FACT_REVIEW_COLUMNS if c in facts.columns])
    out = out.assign(**blank_columns(len(out)))
    if matched.empty or out.empty:
        return out
    pos = pd.Index(out["fid"]).get_indexer(matched["fid"])
    hit = matched[pos >= 0].reset_index(drop=True)
    pos = pos[pos >= 0]
    col = out.columns.get_loc
    for field in CORRECTABLE:
        new = hit[f"set_{field}"]
        has = new.notna().to_numpy()
        if not has.any():
            continue
        rows = pos[has]
        old = out.iloc[rows, col(field)].to_numpy()
        out.iloc[rows, col(f"{field}_original")] = old
        out.iloc[rows, col(field)] = new[has].to_numpy()
        if field == "value" and "value_base" in out.columns:  # the same amount in the base unit
            before = pd.to_numeric(pd.Series(old, dtype="Float64"), errors="coerce").to_numpy("float64", na_value=np.nan)
            base = out.iloc[rows, col("value_base")].to_numpy("float64", na_value=np.nan)
            with np.errstate(divide="ignore", invalid="ignore"):
                scaled = np.where(before != 0, base * new[has].to_numpy("float64") / before, np.nan)
            out.iloc[rows, col("value_base")] = pd.array(scaled, dtype="Float64")
        if field == "metric" and "metric_zh" in out.columns:
            out.iloc[rows, col("metric_zh")] = [METRICS[m].label_zh if m in METRICS else m for m in new[has]]
    for target, source in (("review", "status"), ("review_note", "note"), ("reviewer", "reviewer"),
                           ("reviewed_at", "reviewed_at")):
        out.iloc[pos, col(target)] = hit[source].fillna("").to_numpy()
    return out


def carry(table: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """``table`` (``rows`` followed by the values they imply) with the review columns of ``rows``
    on its first rows and blank ones on the rest."""
    out = table.drop(columns=[c for c in FACT_REVIEW_COLUMNS if c in table.columns])
    rest = pd.DataFrame(blank_columns(len(out) - len(rows)))
    columns = pd.concat([rows[list(FACT_REVIEW_COLUMNS)].reset_index(drop=True), rest], ignore_index=True)
    return pd.concat([out, columns.set_axis(out.index)], axis=1)


def as_extracted(facts: pd.DataFrame) -> pd.DataFrame:
    """Reviewed facts with the extracted values back where a review corrected them."""
    out = facts.copy()
    for field in CORRECTABLE:
        if f"{field}_original" not in out.columns:  # never reviewed
            continue
        original = out[f"{field}_original"]
        out[field] = original.where(original.notna(), out[field]).astype(out[field].dtype)
    return out


def original_text(row: Mapping[str, object], lang: str = "zh") -> str:
    """What a corrected fact was extracted as, for a tooltip (``""`` when nothing was corrected).

    >>> original_text({"value_original": 385.12, "period_original": None, "region_original": "平湖"})
    '原值 385.12 · 地区 平湖'
    >>> original_text({"value_original": None}, "en")
    ''
    """
    names = {"value": ("原值", "value"), "yoy_pct": ("同比", "YoY %"), "year": ("年份", "year"),
             "period": ("期间", "period"), "region": ("地区", "region"), "metric": ("指标", "metric")}
    parts = []
    for field in CORRECTABLE:
        old = row.get(f"{field}_original")
        if not _missing(old):
            shown = f"{float(old):.4f}".rstrip("0").rstrip(".") if isinstance(old, float) else str(old)
            parts.append(f"{names[field][lang == 'en']} {shown}")
    return " · ".join(parts)


def records(facts: pd.DataFrame) -> list[dict[str, object]]:
    """The review columns of each fact as a dict, missing values as ``None``."""
    return _records(facts[list(FACT_REVIEW_COLUMNS)])


def _records(table: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of ``table`` as dicts, missing values as ``None``.

    >>> _records(pd.DataFrame({"a": pd.array([1, None], dtype="Int64")}))
    [{'a': 1}, {'a': None}]
    """
    cells = table.astype(object)
    return cells.where(cells.notna(), None).to_dict("records")


def display_columns(facts: pd.DataFrame, lang: str = "zh") -> dict[str, list[str]]:
    """The fact table's review columns as shown: the status in words and the extracted original."""
    if "review" not in facts.columns:
        return {}
    zh = lang == "zh"
    return {
        "审核" if zh else "review": [status_name(s, lang) for s in facts["review"].fillna("")],
        "原提取值" if zh else "extracted as": [original_text(r, lang) for r in records(facts)],
        "审核备注" if zh else "review note": facts["review_note"].fillna("").tolist(),
    }


# ---------------------------------------------------------------- files

def read_file(path: str | Path) -> pd.DataFrame:
    """Reviews from a ``.csv`` (UTF-8, with or without a BOM) or ``.json`` (a list of records) file,
    validated (``ValueError`` on a bad row)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    elif suffix == ".json":
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError(f"{path}: expected a JSON list of review records")
        raw = pd.DataFrame(records, columns=list(REVIEW_FIELDS) if not records else None)
    else:
        raise ValueError(f"{path}: reviews are read from {' or '.join(FORMATS)}")
    try:
        return validate(raw)
    except ValueError as e:
        raise ValueError(f"{path}: {e}") from e


def write_file(reviews: pd.DataFrame, path: str | Path) -> Path:
    """Write reviews to ``.csv`` (UTF-8 with a BOM) or ``.json`` (a list of records, nulls kept)."""
    path = Path(path)
    table = reviews[list(REVIEW_FIELDS)]
    if path.suffix.lower() == ".csv":
        path.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(path, index=False, encoding="utf-8-sig")  # a CSV as output.write_table writes it
        return path
    if path.suffix.lower() != ".json":
        raise ValueError(f"{path}: reviews are written to {' or '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_records(table), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path

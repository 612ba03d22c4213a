"""The fact record and the tidy table built from it.

One row per fact.  ``value`` is the number as written (``value_text`` keeps the
printed form), ``unit`` the canonical unit (亿元, 万美元, 元, 个 …) and
``value_base`` the same amount in ``base_unit`` (CNY, USD, kWh, count).
``start``/``end`` are offsets into the *original* file text: the printed
number (with its unit) lies inside ``original[start:end]``.  ``evidence`` is
the repaired sentence; ``sent_start``/``sent_end`` locate it in the original.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas._libs.internals import BlockPlacement
from pandas.api.extensions import ExtensionArray
from pandas.arrays import ArrowStringArray, BooleanArray, FloatingArray, IntegerArray
from pandas.core.internals.blocks import get_block_type
from pandas.core.internals.managers import BlockManager

PERIOD_CODES_FIXED = ("FY", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "Q1-Q3")
SCOPES = ("region", "enterprise", "project", "sector", "town", "event", "subset", "national")
KINDS = ("actual", "target", "forecast", "derived", "multi_year")
QUALIFIERS = ("", "approx", "over", "under")


class Fact(NamedTuple):
    """One extracted indicator fact and where it came from.

    An immutable record (a named tuple: cheap to build, and ``tuple(fact)`` is its row in
    schema order); ``fact._replace(yoy_pct=5.7)`` gives a changed copy.
    """

    doc: str
    pub_date: str
    region: str
    metric: str
    metric_zh: str
    year: int | None
    period: str
    value: float | None
    value_text: str
    unit: str
    value_base: float | None
    base_unit: str
    yoy_pct: float | None
    qualifier: str
    scope: str
    kind: str
    conflict: bool
    evidence: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    rule: str
    page: int | None = None  # for a PDF: the page holding ``start`` (1-based); None for text and HTML


FACT_COLUMNS: tuple[str, ...] = Fact._fields

FACT_DTYPES: dict[str, str] = {
    "doc": "string", "pub_date": "string", "region": "string", "metric": "string",
    "metric_zh": "string", "year": "Int64", "period": "string", "value": "Float64",
    "value_text": "string", "unit": "string", "value_base": "Float64", "base_unit": "string",
    "yoy_pct": "Float64", "qualifier": "string", "scope": "string", "kind": "string",
    "conflict": "boolean", "evidence": "string", "start": "Int64", "end": "Int64",
    "sent_start": "Int64", "sent_end": "Int64", "rule": "string", "page": "Int64",
}


def facts_frame(facts: Sequence[Fact] = ()) -> pd.DataFrame:
    """Build the tidy table (typed columns, in schema order) from facts.

    Each column is built as one typed array straight from the records (the string columns
    as slices of one Arrow array, numbers through NumPy with a mask) and the frame is
    assembled from those arrays as pandas' blocks, without its inference and checks (pandas'
    internals: ``pandas.api.internals.create_dataframe_from_blocks`` does the same with checks
    that cost as much again): this costs a fifteenth of ``pd.DataFrame(dict)``, and
    ``extract_text`` pays it on every text.

    >>> facts_frame([]).columns[:4].tolist()
    ['doc', 'pub_date', 'region', 'metric']
    >>> facts_frame([]).dtypes["year"]
    Int64Dtype()
    """
    # no facts (most texts of an archive): the empty arrays built once, which nothing can change
    arrays = _arrays(list(zip(*facts)), len(facts)) if facts else _EMPTY_ARRAYS
    # (the blocks' arguments by position, and the row index as a range: pandas' own fast paths)
    blocks = [block(values, place, 2) for block, values, place in zip(_BLOCKS, arrays, _PLACES)]
    manager = BlockManager(blocks, [_COLUMNS, pd.RangeIndex._simple_new(range(len(facts)))], verify_integrity=False)
    return pd.DataFrame._from_mgr(manager, manager.axes)


def _arrays(columns: list[tuple[Any, ...]], n: int) -> list[ExtensionArray]:
    """The typed arrays of ``columns`` (each of ``n`` values): the string columns are cut from
    one Arrow array of them all (one conversion instead of one per column)."""
    try:
        strings = pa.chunked_array([pa.array([v for i in _STRING_AT for v in columns[i]], type=pa.large_string())])
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not all str (a hand-made record): column by column
        return [build(col) for build, col in zip(_BUILDERS, columns)]
    cut = {i: _STRING_ARRAY(strings.slice(k * n, n)) for k, i in enumerate(_STRING_AT)}
    return [cut[i] if i in cut else build(col) for i, (build, col) in enumerate(zip(_BUILDERS, columns))]


def _wrap(dtype: pd.StringDtype) -> Callable[[pa.ChunkedArray], ExtensionArray]:
    """The string array of ``dtype`` over a chunked Arrow array of large strings."""
    if dtype.storage == "pyarrow" and dtype.na_value is pd.NA:  # pandas' default: wrap the Arrow array
        # in the state ArrowStringArray._from_pyarrow_array gives the result of an operation (the state
        # __init__ gives, without its checks of the type and its dtype built anew), without that
        # method's own checks and wrapping in a chunked array either (a third of the frame's time)
        def wrap(values: pa.ChunkedArray) -> ExtensionArray:
            array = ArrowStringArray.__new__(ArrowStringArray)
            array._pa_array, array._dtype, array._cache = values, dtype, {}
            return array
        return wrap
    return dtype.__from_arrow__


def _strings(dtype: pd.StringDtype) -> Callable[[Sequence[Any]], ExtensionArray]:
    wrap = _wrap(dtype)

    def build(col: Sequence[Any]) -> ExtensionArray:
        try:
            values = pa.chunked_array([pa.array(col, type=pa.large_string())])
        except (pa.ArrowTypeError, pa.ArrowInvalid):  # not all str (a hand-made record): let pandas convert
            return pd.array(list(col), dtype=dtype)
        return wrap(values)
    return build


def _masked(kind: Callable[[np.ndarray, np.ndarray], ExtensionArray],
            np_type: type) -> Callable[[Sequence[Any]], ExtensionArray]:
    def build(col: Sequence[Any]) -> ExtensionArray:
        if None in col:
            mask = np.fromiter((v is None for v in col), bool, len(col))
            values = np.array([0 if v is None else v for v in col], dtype=np_type)
        else:
            values = np.array(col, dtype=np_type)
            mask = np.zeros(len(col), bool)
        if np_type is np.float64:
            mask |= np.isnan(values)  # NaN is missing, as pd.array(..., dtype="Float64") reads it
        return kind._simple_new(values, mask)  # type: ignore[attr-defined]  # (both checked: no __init__)
    return build


def _builder(dtype: object) -> Callable[[Sequence[Any]], ExtensionArray]:
    if isinstance(dtype, pd.StringDtype):
        return _strings(dtype)
    masked = {"Int64": (IntegerArray, np.int64), "Float64": (FloatingArray, np.float64),
              "boolean": (BooleanArray, np.bool_)}
    return _masked(*masked[str(dtype)])


# Resolved once: the dtypes (pandas parses a dtype string on every call otherwise), a builder
# per column, the column index, each column's block kind and place, and the empty columns.
_DTYPES = {name: pd.api.types.pandas_dtype(dtype) for name, dtype in FACT_DTYPES.items()}
_BUILDERS = [_builder(_DTYPES[name]) for name in FACT_COLUMNS]
_COLUMNS = pd.Index(FACT_COLUMNS)
_BLOCKS = [get_block_type(_DTYPES[name]) for name in FACT_COLUMNS]
_PLACES = [BlockPlacement(slice(i, i + 1)) for i in range(len(FACT_COLUMNS))]
_EMPTY_ARRAYS = [build(()) for build in _BUILDERS]
# the string columns, all of one dtype: built together (see _arrays)
_STRING_AT = [i for i, name in enumerate(FACT_COLUMNS) if isinstance(_DTYPES[name], pd.StringDtype)]
(_STRING_DTYPE,) = {_DTYPES[FACT_COLUMNS[i]] for i in _STRING_AT}
_STRING_ARRAY = _wrap(_STRING_DTYPE)  # type: ignore[arg-type]


def validate_facts(df: pd.DataFrame) -> None:
    """Raise ``ValueError`` when a table does not follow the fact schema."""
    missing = [c for c in FACT_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"fact table is missing columns: {missing}")
    bad_scope = set(df["scope"].dropna()) - set(SCOPES)
    bad_kind = set(df["kind"].dropna()) - set(KINDS)
    bad_qual = set(df["qualifier"].fillna("")) - set(QUALIFIERS)
    if bad_scope or bad_kind or bad_qual:
        raise ValueError(f"unknown scope {bad_scope or ''} kind {bad_kind or ''} "
                         f"qualifier {bad_qual or ''}".strip())
    has_number = df["value"].notna() | df["yoy_pct"].notna()
    if not bool(has_number.all()):
        raise ValueError("every fact needs a value or a yoy_pct")
    if bool((df["start"] > df["end"]).any()):
        raise ValueError("fact spans must have start <= end")

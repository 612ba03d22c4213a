"""The fact table: ``facts_frame`` builds the same typed table as pandas' own constructor."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from indicators.base.schema import FACT_COLUMNS, FACT_DTYPES, Fact, facts_frame

BASE = Fact("c.txt", "2025-01-20", "桐乡", "fai", "固定资产投资", 2024, "FY", 612.4, "612.4亿元", "亿元",
            612.4e8, "CNY", 8.3, "", "region", "actual", False,
            "去年，桐乡完成固定资产投资612.4亿元，增长8.3%。", 11, 20, 0, 28, "amount")
CASES = {
    "one": [BASE],
    "missing values": [BASE, BASE._replace(year=None, value=None, value_text="", value_base=None, yoy_pct=-1.5,
                                           conflict=True, page=3)],
    "nan is missing": [BASE._replace(value=math.nan, value_base=math.nan)],
    "not a str": [BASE._replace(pub_date=None, region=20240)],  # type: ignore[arg-type]
    "tuple": (BASE, BASE._replace(doc="d.txt", start=0, end=0)),
}


def _by_pandas(facts: list[Fact] | tuple[Fact, ...]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.array([getattr(f, c) for f in facts], dtype=FACT_DTYPES[c]) for c in FACT_COLUMNS})


@pytest.mark.parametrize("facts", CASES.values(), ids=CASES.keys())
def test_frame_equals_the_pandas_constructor(facts: list[Fact]) -> None:
    pd.testing.assert_frame_equal(facts_frame(facts), _by_pandas(facts), check_exact=True)


def test_empty_frame_has_the_schema() -> None:
    empty = facts_frame()
    assert list(empty.columns) == list(FACT_COLUMNS) and len(empty) == 0
    assert {c: str(t) for c, t in empty.dtypes.items()} == FACT_DTYPES


def test_frames_share_nothing() -> None:
    """Each call builds its own arrays: changing one table leaves the next one alone."""
    first = facts_frame([BASE])
    first.loc[0, "region"] = "乌镇"
    first.loc[0, "yoy_pct"] = 1.0
    again = facts_frame([BASE])
    assert again.loc[0, "region"] == "桐乡" and again.loc[0, "yoy_pct"] == 8.3
    grown = facts_frame()
    grown.loc[0] = list(BASE)
    assert len(facts_frame()) == 0


def test_empty_frames_stay_empty_after_changes() -> None:
    """Empty tables share their (length-0) columns: no change to one reaches another."""
    first = facts_frame()
    first["region"] = "乌镇"
    first.loc[:, "metric"] = "gdp"
    first = first.assign(year=pd.array([], dtype="Int64"))
    second = facts_frame()
    assert len(second) == 0 and second["region"].dtype == "string"
    assert {c: str(t) for c, t in second.dtypes.items()} == FACT_DTYPES

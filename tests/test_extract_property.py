"""Property tests: extraction never raises and always returns a valid fact table."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators import FACT_COLUMNS, extract_text, validate_facts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_SEED_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
# Fragments cut from the seed pages: the words the rules look for, in real company.
_FRAGMENTS = sorted({_SEED_TEXT[i:i + n] for i in range(0, len(_SEED_TEXT) - 12, 97) for n in (3, 7, 12)})
_TOKENS = ["亿元", "万元", "亿美元", "万美元", "元", "个", "%", "％", "增长", "下降", "同比", "分别", "、", "和",
           "，", "。", "\n", "\n\n", " ", "上半年", "1-5月", "去年", "今年", "全市", "其中", "１２．５", "1,234.5",
           "近", "超", "左右", "不足", "持平", "倍", "个百分点", "(", ")", "（", "）", "平湖市", "秀洲区", "力争"]

PUB_DATES = st.sampled_from([None, "2024", "2024-07", "2024-07-26"])
REGIONS = st.sampled_from([None, "平湖", "嘉兴", "海盐"])
SEED_MIX = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(_TOKENS),
              st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False).map(str),
              st.integers(min_value=0, max_value=2030).map(str)),
    max_size=60).map("".join)


def check(text: str, pub_date: str | None, region: str | None) -> pd.DataFrame:
    df = extract_text(text, pub_date=pub_date, region=region)
    assert list(df.columns) == list(FACT_COLUMNS)
    validate_facts(df)
    if len(df):
        assert (df["start"] >= 0).all() and (df["end"] <= len(text)).all()
        assert (df["sent_start"] <= df["start"]).all() and (df["end"] <= df["sent_end"]).all()
    return df


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), pub_date=PUB_DATES, region=REGIONS)
def test_arbitrary_unicode_never_raises(text: str, pub_date: str | None, region: str | None) -> None:
    check(text, pub_date, region)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SEED_MIX, pub_date=PUB_DATES, region=REGIONS)
def test_seed_fragment_mixes_never_raise(text: str, pub_date: str | None, region: str | None) -> None:
    check(text, pub_date, region)


_SENTENCE = "上半年，全市实现生产总值385.12亿元，增长5.7%，其中出口191.57亿元，增长9.2%。"


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=10, max_value=30), breaks=st.lists(st.booleans(), min_size=20, max_size=20))
def test_column_wrapping_keeps_the_facts(width: int, breaks: list[bool]) -> None:
    """Re-wrapping a sentence into columns (with blank lines at some breaks) keeps its facts."""
    lines = [_SENTENCE[i:i + width] for i in range(0, len(_SENTENCE), width)]
    wrapped = lines[0] + "".join(("\n\n" if breaks[i % len(breaks)] else "\n") + line
                                 for i, line in enumerate(lines[1:]))
    cols = ["metric", "year", "period", "value", "yoy_pct"]
    want = check(_SENTENCE, "2024-07-26", "平湖")[cols].astype(str).sort_values(cols).reset_index(drop=True)
    got = check(wrapped, "2024-07-26", "平湖")[cols].astype(str).sort_values(cols).reset_index(drop=True)
    assert len(want) == 2
    pd.testing.assert_frame_equal(got, want)

"""Evidence-slice checks: every fact points back into the original, unrepaired text.

For each extracted fact the printed number (the digits of ``value_text``, or
the growth rate for growth-only rows) lies inside ``original[start:end]`` once
whitespace is dropped and full-width forms are folded (NFKC), and inside the
sentence ``original[sent_start:sent_end]``.  The seeds are checked as they
are and re-wrapped into 13-character newspaper columns.
"""
from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from indicators import extract_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MANIFEST = pd.read_csv(SEEDS / "manifest.csv", dtype=str).set_index("doc")
# Pages with gold facts: extraction must find something there, so the checks are not vacuous.
PAGES_WITH_FACTS = {"000_0105e60a5c96b0e6.txt", "002_519b2fc436397343.txt"}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def fold(s: str) -> str:
    """Whitespace dropped, full-width forms folded.

    >>> fold("３８５．１２亿\\n\\n元")
    '385.12亿元'
    """
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s))


def wrap_lines(text: str, width: int = 13, seed: int = 0, blank_rate: float = 0.25) -> str:
    """Re-wrap each line into columns of ``width`` characters, with blank lines
    at some column breaks.

    >>> wrap_lines("一二三四五\\n六七", width=2, blank_rate=0)
    '一二\\n三四\\n五\\n六七'
    """
    rng = random.Random(seed)
    out: list[str] = []
    for line in text.split("\n"):
        chunks = [line[i:i + width] for i in range(0, len(line), width)] or [""]
        for i, chunk in enumerate(chunks):
            if i and rng.random() < blank_rate:
                out.append("")
            out.append(chunk)
    return "\n".join(out)


def printed_number(value_text: str) -> str:
    """The number as printed in ``value_text`` (the whole text when it has no digits).

    >>> printed_number("3.18亿美\\n\\n元"), printed_number("1,234.5亿元"), printed_number("千亿元")
    ('3.18', '1,234.5', '千亿元')
    """
    s = fold(value_text)
    m = _NUMBER.search(s)
    return m.group() if m else s


def check_spans(original: str, df: pd.DataFrame) -> None:
    n = len(original)
    for _, r in df.iterrows():
        start, end, s0, s1 = (int(r[c]) for c in ("start", "end", "sent_start", "sent_end"))
        where = f"{r['metric']} {r['value_text']!r} yoy={r['yoy_pct']} [{start}:{end}]"
        assert 0 <= s0 <= start <= end <= s1 <= n, where
        span, sentence = fold(original[start:end]), fold(original[s0:s1])
        assert str(r["evidence"]).strip(), where
        if pd.notna(r["value"]):
            needle = printed_number(str(r["value_text"])).replace(",", "")  # (repair drops 1,234.5's comma)
            assert needle in span.replace(",", ""), f"{where}: {needle!r} not in {span!r}"
            assert needle in sentence.replace(",", ""), f"{where}: {needle!r} not in sentence"
            if needle[0].isdigit():
                assert float(needle.replace(",", "")) == pytest.approx(float(r["value"])), where
        else:
            yoy = abs(float(r["yoy_pct"]))
            numbers = [float(x.replace(",", "")) for x in _NUMBER.findall(span)]
            assert yoy == 0 or any(x == pytest.approx(yoy) or x * 100 == pytest.approx(yoy) for x in numbers), \
                f"{where}: growth {yoy} not in {span!r}"
            assert any(x in sentence for x in _NUMBER.findall(span)) or yoy == 0, where
            printed = "".join(span.split())
            assert len(printed) <= 12, f"{where}: a growth-only span is the rate as printed, not {span!r}"
            assert yoy != 0 or "持平" in printed or "0" in printed, where


def _seed(name: str) -> tuple[str, str, str]:
    row = MANIFEST.loc[name]
    return (SEEDS / name).read_text(encoding="utf-8"), row["pub_date"], row["region"]


SEED_NAMES = sorted(MANIFEST.index)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_spans(name: str) -> None:
    text, pub, region = _seed(name)
    df = extract_text(text, pub_date=pub, region=region, doc=name)
    if name in PAGES_WITH_FACTS:
        assert len(df) > 0
    check_spans(text, df)


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("name", SEED_NAMES)
def test_rewrapped_seed_spans(name: str, seed: int) -> None:
    text, pub, region = _seed(name)
    wrapped = wrap_lines(text, 13, seed=seed)
    df = extract_text(wrapped, pub_date=pub, region=region, doc=name)
    if name in PAGES_WITH_FACTS:
        assert len(df) > 0
    check_spans(wrapped, df)


REPAIR_TEXTS = [
    "上半年，全市实际利用外资3.18亿美\n\n元。",
    "上半年，全市实现生产总值３８５．１２亿元，增长５．７％。",
    "2023年，全市社会消费品零售总额1,234.5亿元，增长6.1%。",
    "上半年，全市实现生产总值385.12亿元，增\n长 5.7%。",
    "上半年，全市出口 191.57 亿元，增长 9.2%。",
    "上半年，全市规上工业增加值同比增长8.4%。",
    "2023年，全市工业投资增长1.3倍。",
    "去年，我市城乡居民收入同比\n\n民生为要，优享幸福品质\n\n分别增长9.1%和10.1%。",
    "上半年，全市出口191.57亿元，增长9.2%。\r\n一季度，全市进口52.1亿元，下降3.3%。\r\n",
]


@pytest.mark.parametrize("text", REPAIR_TEXTS, ids=range(len(REPAIR_TEXTS)))
def test_repaired_text_spans(text: str) -> None:
    df = extract_text(text, pub_date="2024-07-26", region="平湖")
    assert len(df) > 0
    check_spans(text, df)

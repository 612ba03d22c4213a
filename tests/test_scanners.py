"""The scanning patterns (TIME, METRIC, AMOUNT, PERCENT) run on ``re`` behind a lookahead on how
a match can begin.  The lookahead only lets ``re`` skip places; it must never lose a match.
Each is compared here with its plain pattern on ``regex``, over the seed pages and over text
built from every table word with numbers around it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex

from indicators.base import regions
from indicators.base.tables import ALIASES, PERIOD_WORDS, RELATIVE_YEARS
from indicators.rules import lexicon as L
from indicators.rules import numbers, periods
from indicators.rules.repair import repair

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _corpus() -> list[str]:
    texts = [repair(p.read_text(encoding="utf-8")).text for p in sorted(SEEDS.glob("*.txt"))]
    spans = list(periods.SPANS)
    words = [*PERIOD_WORDS, *RELATIVE_YEARS, *spans, *ALIASES]
    # every word between figures, dates and comparison words, as the papers print them
    texts.append("，".join(f"{w}385.12亿元，比上年{w}增长5.7%，2023年{w}3月5日" for w in words))
    texts.append("，".join(f"1至{n}月{w}，前{n}个月、截至{n}月末、{n}月份当月、二〇二四年{n}月"
                          for n, w in zip(range(1, 13), words)))
    texts.append("5亿元，一万元，三千瓦时，12,345.6万美元，七个，2,3亿，1.5，3多亿元，十余万元，八百家，二〇二四年，"
                 "第一，五点五亿，1 2万元，一点点，九项，百亿元，千亿，4.5千瓦时，6度，7美元")
    texts.append("增长-3.2%，下降1,234.5‰，增长1.3倍，+5%，三千五百万元，3.18亿美元，1季度，1-3季度，"
                 "与去年同期，较上年，同年，这一年，当年，“十四五”时期，过去五年")
    return texts


@pytest.mark.parametrize(("name", "fast", "plain"), [
    ("TIME", periods.TIME, periods.TIME_PATTERN),
    ("METRIC", L.METRIC, L.METRIC_PATTERN),
    ("AMOUNT", numbers.AMOUNT, numbers.AMOUNT_PATTERN),
    ("PERCENT", numbers.PERCENT, numbers.PERCENT_PATTERN),
])
def test_a_scanner_finds_what_its_plain_pattern_finds(name: str, fast: object, plain: str) -> None:
    slow = regex.compile(plain)
    used = _with_unit if name == "AMOUNT" else (lambda m: True)  # a lone numeral is no amount
    found = 0
    for text in _corpus():
        want = [(m.span(), m.lastgroup) for m in slow.finditer(text) if used(m)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text) if used(m)] == want, name  # type: ignore[attr-defined]
        found += len(want)
    assert found > 50  # the corpus does exercise the pattern


def _with_unit(m: object) -> bool:
    """An amount as the extractor takes it: with a magnitude or a unit (385.12亿元, 3个)."""
    return m.group("mag") is not None or m.group("unit") is not None  # type: ignore[attr-defined]


def test_names_in_finds_what_the_name_pattern_finds() -> None:
    """names_in and names_overlapped look names up by length where the pattern would match
    them: the same names as the pattern's scan, and as its match at every position."""
    names = sorted(regions._NAMES)
    name_pattern = re.compile(regions.NAME_PATTERN)
    texts = _corpus() + ["、".join(names[::7]), "".join(names[::11]), "嘉兴平湖市经开区，平湖、海宁和桐乡"]
    found = 0
    for text in texts:
        want = [(m.start(), m.group()) for m in name_pattern.finditer(text)]
        assert list(regions.names_in(text)) == want
        every = [(i, m.group()) for i in range(len(text)) if (m := name_pattern.match(text, i))]
        assert list(regions.names_overlapped(text)) == every
        found += len(want)
    assert found > 500


def test_every_time_expression_holds_an_anchor() -> None:
    """may_hold_time lets a TIME scan be skipped: no time expression may lack its anchors."""
    assert all(periods.may_hold_time(w) for w in [*PERIOD_WORDS, *RELATIVE_YEARS, *periods.SPANS])
    found = [m.group() for text in _corpus() for m in periods.TIME.finditer(text)]
    assert len(found) > 100
    assert [t for t in found if not periods.may_hold_time(t)] == []
    with_period = [m.group() for text in _corpus() for m in periods.TIME.finditer(text)
                   if (t := periods.time_expr(m)) is not None and t.period]
    assert len(with_period) > 50 and [t for t in with_period if not periods.may_hold_period(t)] == []


def test_rates_and_shares_hold_their_marks() -> None:
    """A PERCENT scan is skipped without %, ‰ or 倍, a share scan without 占."""
    rates = [m.group() for text in _corpus() for m in numbers.PERCENT.finditer(text)]
    shares = [m.group() for m in L.SHARE_CUE.finditer("占全市的12%，均占总额一半，占比")]
    assert len(rates) > 20 and len(shares) == 2
    assert [r for r in rates if not any(mark in r for mark in numbers.RATE_MARKS)] == []
    assert all(L.SHARE_WORD in s for s in shares)


def test_the_metric_presence_test_answers_as_the_scan() -> None:
    """NAMES_METRIC (a yes/no test) finds something exactly where METRIC's scan finds its first
    match: on every line of the corpus, on pieces of 40 characters cut from it every 7, and on
    every alias alone or cut short."""
    lines = [line for text in _corpus() for line in text.split("\n")]
    pieces = [text[i:i + 40] for text in _corpus() for i in range(0, len(text), 7)]
    aliases = [a.replace("*", "实现") for a in ALIASES]
    texts = lines + pieces + aliases + [a[:-1] for a in aliases] + [a[1:] for a in aliases]
    starts = [tuple(m.start() if m else -1 for m in (L.NAMES_METRIC.search(t), L.METRIC.search(t))) for t in texts]
    assert [s for s in starts if s[0] != s[1]] == []
    assert sum(s[1] >= 0 for s in starts) > 500 and sum(s[1] < 0 for s in starts) > 500


def test_the_space_gap_pattern_finds_the_gaps_of_a_text_of_plain_spaces() -> None:
    """repair reads a text whose only whitespace between words is the space with _SPACE_GAP: the
    same gaps as _ASCII_GAP there; and a text with another such space still keeps its gaps."""
    from indicators.rules import repair as R
    spaced = [t.replace("，", " , ").replace("亿", " 亿 ").replace(".", " . ") for t in _corpus()]
    texts = _corpus() + spaced + ["723.55  10050.21 x", "GDP  12 . 5 %", "a b 1 2 甲 3"]
    found = [[m.span() for m in R._ASCII_GAP.finditer(t)] for t in texts]
    assert [[m.span() for m in R._SPACE_GAP.finditer(t)] for t in texts] == found
    assert sum(map(len, found)) > 100
    assert repair("723.55\u2028 10050.21 a\x0bb").text == "723.55 10050.21 a b"


def test_paragraph_ends_found_backwards_are_those_a_forward_scan_finds() -> None:
    """repair finds a paragraph end (a terminator, closing quotes, then a run of whitespace with a
    line break) from the run's last line break in the reversed text: the same runs, with the same
    line breaks, as the forward pattern over the text, on random texts of those characters."""
    import random

    from indicators.rules import repair as R
    ws = R._WS_CHARS
    forward = re.compile("[" + re.escape("".join(sorted(R._TERMINATORS))) + "]["
                         + re.escape("".join(sorted(R._CLOSERS))) + f"]*([{ws}]*\n[{ws}]*)")
    rng = random.Random(11)
    pieces = [*R._TERMINATORS, *R._CLOSERS, *ws, "甲", "1", "。\n", "”\n \n", "\n\n\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    found = 0
    for text in texts:
        want = [(m.start(1), m.group(1).count("\n")) for m in forward.finditer(text)]
        back, n = text[::-1], len(text)
        got = [(n - m.end("run"), m.group("run").count("\n") + 1) for m in R._PARAGRAPH_END_REV.finditer(back)]
        assert got[::-1] == want, text
        found += len(want)
    assert found > 10000


def test_an_anchored_scan_finds_what_the_pattern_finds() -> None:
    """TIME's scans try a match only in the runs before its anchors (Anchored): the same matches, with
    the same groups, as re's scan of every character, on random texts of its anchors, of what may stand
    before them (digits of another script, spaces, table words) and of other characters, searched from
    and to random places."""
    import random

    from indicators.base.gates import Anchored
    plain: re.Pattern[str] = periods.TIME.re  # type: ignore[attr-defined]
    assert isinstance(periods.TIME, Anchored) and set(periods.TIME_ANCHORS) < set(periods.TIME.anchors)
    rng = random.Random(5)
    pieces = [*periods.TIME._run[:80], *periods.TIME.anchors * 3, *"甲,。 \n２٣\u3000", "2023年", "上半年",
              "“十四五”末", "1-3月", "比上年同期", "一季度", "今年以来", *PERIOD_WORDS]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(text))
        end = rng.choice([len(text), rng.randint(pos, len(text) + 2)])
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text, pos, end)]
        assert [(m.span(), m.groupdict()) for m in periods.TIME.finditer(text, pos, end)] == want, (text, pos, end)
        first = periods.TIME.search(text, pos, end)
        assert (first.span() if first else None) == (want[0][0] if want else None)
        found += len(want)
    assert found > 10000

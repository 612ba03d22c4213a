"""Periods and years: 上半年 → H1, 1-5月 → M1-M5, 去年 → pub year − 1.

Time expressions are found with one compiled pattern; their meaning is read
from the period, relative-year and span tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..base.gates import Anchored, guarded
from ..base.regions import lookup, names_in
from ..base.tables import (NOT_RELATIVE_YEARS, PERIOD_WORDS, RELATIVE_YEARS, char_class, function_words, read_table,
                           trie_pattern)
from .numbers import CN_NUMERAL, parse_number

# Words for a span of years (过去五年), and five-year plans, printed as 十四五时期, “十四五”期间 …
_SPAN_ROWS = read_table("spans.csv")
SPANS: list[str] = [r["word"] for r in _SPAN_ROWS if r["kind"] == "span"] + [
    f"{quote[:1]}{r['word']}{quote[1:]}{after}" for r in _SPAN_ROWS if r["kind"] == "plan"
    for quote in ("", "“”", '""') for after in ("时期", "期间")]
_M = rf"(?:\d{{1,2}}|{CN_NUMERAL}{{1,3}})"
_COUNTED_SPAN = r"(?:\d{1,2}|[二两三四五六七八九十][一二两三四五六七八九十]{0,2})年以?来"  # 25年来, 二十五年来
COUNTED_SPAN = re.compile(_COUNTED_SPAN)
_SPAN_YEARS = regex.compile(rf"(\d{{1,2}}|{CN_NUMERAL}{{1,3}})年")
_PLAN_NUMBER = regex.compile(r"([八九]|十[一二三四五六七八九]?)五")
_DASH = r"\s*(?:--?|~|至|到|—)\s*"  # 1-3月, 1——3月 (a doubled dash folds to --)

_BASIS_BEFORE, _LAST_YEAR = ("比", "较", "与", "同"), ("上年", "去年", "上一年")  # 比上年同期
_YEAR_BEFORE_PERIOD = r"(?=全年|[上下]半年|前三季度|第?[一二三四]季度)"
_THIS_YEAR = function_words("this_year")  # 本年: the year in force (本年新开工项目), else this one
TIME_PATTERN = (
    r"(?P<date>(?:(?P<dy>(?:19|20)\d{2})年)?" + _M + r"月" + _M + r"日)"
    # 2019全年, 2023上半年: a year whose 年 the period word after it holds (a web page's shorthand)
    r"|(?P<year>(?<!\d)(?:19|20)\d{2})(?:\s*年(?:度)?|" + _YEAR_BEFORE_PERIOD + ")"
    # 18年全市完成…, 19年晋江完成…: a year of this century by its last two digits, before a place or the words
    # that open a year's figures (not 连续18年, 近15年, 18年来: a number of years; time_expr checks what follows)
    # 25年来, 二十五年来, 成立30年以来: a counted span of years to last year (以来 only after a founding: 18年以来 is 2018's)
    r"|(?P<counted>(?<![\d第.])" + _COUNTED_SPAN + ")"
    r"|(?P<short>(?<![\d第近续已这去了用])[0-2]\d)年(?=[\u4e00-\u9fffGg])"
    r"|(?P<range>(?:(?<![\d亿万千百美])元|" + _M + r")(?:月份?)?" + _DASH + _M + r"月(?:份)?)"
    r"|(?P<janfeb>(?<![\d、])(?:1、2|一、?二)月(?:份)?)"  # 1、2月份, 一二月份: January and February together
    r"|(?P<first>(?<!提)[前头]" + _M + r"个?月(?:份)?)"  # (not 提前2个月完成: a lead on a deadline)
    # 截至10月底; 至10月末, 到9月底 (no range's end: not 1至10月底): the months from January to that month's end
    r"|(?P<until>(?:截[至止](?:今年|本年)?" + _M + r"月(?:份|末|底)?|(?<![\d月" + CN_NUMERAL.strip("[]")
    + r"])[至到](?:今年|本年)?" + _M + r"月(?:末|底))(?!\d)"
    # 截至三季度, 到三季度 (not 到三季度的6.5%: a rate moved to; nor 到三季度末, a table word): the quarters from
    # the first to that one's end
    r"|截[至止](?:今年|本年)?[一二三1-3]季度(?:末|底)?|(?<![\d" + CN_NUMERAL.strip("[]")
    + r"])[至到](?:今年|本年)?[一二三1-3]季度(?![的末底]))"
    r"|(?P<month>(?:(?<![\d亿万千百美])元|" + _M + r")月(?:份)?(?P<single>当月|单月)?(?!末|底|初|中旬|上旬|下旬|\d))"
    r"|(?P<planend>[“\"]?(?:[八九]|十[一二三四五]?)五[”\"]?(?:时期|期)?末)"  # “十二五”末: the last year of a five-year plan
    r"|(?<!上)(?P<word>" + trie_pattern(list(PERIOD_WORDS)) + r")"  # (not 一季度 of 上一季度: the one before)
    r"|(?P<thismonth>(?<![\d月])(?:当月|本月)(?!份?以来))"  # 其中，当月…: the last month of the period in force
    r"|(?P<basis>(?:" + "|".join(_BASIS_BEFORE) + ")?(?:" + "|".join(_LAST_YEAR) + r")同期"
    r"|(?<=[" + "".join(_BASIS_BEFORE) + r"])(?:上年|去年))"
    r"|(?P<rel>" + trie_pattern([*RELATIVE_YEARS, *NOT_RELATIVE_YEARS]) + r")"
    r"|(?P<this>" + "|".join(_THIS_YEAR) + ")"
    r"|(?P<span>" + trie_pattern(SPANS) + r")"
)
# Every time expression holds one of these: the branches above end in 年 or 月 (a date's 日
# follows its 月) or hold 上年/去年/同年; the table words are held to it by a test.  (“十三五”末
# holds none: TIME finds it only in a text that holds one, and scans near its 末, see below.)
TIME_ANCHORS = ("年", "月", "季", "期")
# How a time expression can begin, checked first so that re jumps from one such place to the
# next and passes over figures (385.12亿元) and most words without trying each branch: at most
# four digits followed by 年, 月, 日, a dash or what follows the digits of a table word (1季度);
# a Chinese numeral followed by another, 月, 日, a dash, a space or what follows the numerals of
# a table word (一季度, 十三五); or the first two characters of a word that begins one (上半年,
# 比上年, 截至, 这一年, 前 and a numeral).  The scanner test holds TIME to TIME_PATTERN.
# 过去一年: the last whole year (vocab/function_words.csv, role last_whole_year)
_LAST_WHOLE_YEAR = frozenset(function_words("last_whole_year"))
_WORDS = [*PERIOD_WORDS, *RELATIVE_YEARS, *NOT_RELATIVE_YEARS, *SPANS]
_NUMERALS = CN_NUMERAL.strip("[]")
_AFTER_DIGITS = set("年月日-~至到—、全上下前第一二三四") | {w.lstrip("0123456789")[:1] for w in _WORDS if w[:1].isdigit()}
_AFTER_NUMERALS = set(_NUMERALS + "月日-~至到—、") | {w.lstrip(_NUMERALS)[:1] for w in _WORDS if w[:1] in _NUMERALS}
_STARTS = ({w[:2] for w in [*_WORDS, *_THIS_YEAR, *_LAST_YEAR, "截至", "截止", "元至", "元到", "元月", "元-", "元—",
                             "当月", "本月", "“十", '"十']
            if w[:1] not in _NUMERALS and not w[:1].isdigit()}
           | {b + y[0] for b in _BASIS_BEFORE for y in _LAST_YEAR} | {w + n for w in "前头至到" for n in _NUMERALS})


# (each of TIME_PATTERN's alternatives is led by the class of its first characters, gates.guarded: re
# enters only those that may match where it looks, not all sixteen, with their groups and lookbehinds)
# (the first two characters alone are tested before that: two classes instead of three alternatives
# at most positions, twice as fast a scan, and a sixth faster than the first alone).  TIME's scans try it only in the runs before the characters
# every match holds (Anchored: these anchors, and 末 for the plan's end), a few places a sentence.
TIME = Anchored(re.compile(r"(?=[\d" + char_class(set(_NUMERALS) | {s[0] for s in _STARTS}) + "])"
                           r"(?=\d{1,4}\s*[" + char_class(_AFTER_DIGITS) + "]|[" + char_class(set(_NUMERALS)) + "]["
                           + char_class(_AFTER_NUMERALS) + r"\s]|[" + char_class({s[0] for s in _STARTS}) + "]["
                           + char_class({s[1] for s in _STARTS}) + r"\d])(?:" + guarded(TIME_PATTERN) + ")"), TIME_ANCHORS,
              # every match's second character: what those three alternatives allow after their first
              second="[" + char_class(_AFTER_DIGITS | _AFTER_NUMERALS | {s[1] for s in _STARTS}) + r"\d\s]")


def may_hold_time(text: str) -> bool:
    """Whether ``text`` can hold a time expression: a quick test before a TIME scan (most
    paragraphs of a page name no time, and the scan costs more than this test).

    >>> may_hold_time("昨天下午，退役军人在广场上表演"), may_hold_time("上半年全市")
    (False, True)
    >>> all(may_hold_time(a) for a in TIME_ANCHORS)
    True
    """
    return "年" in text or "月" in text or "季" in text or "期" in text  # TIME_ANCHORS (str tests: 3x a scan)
# A period (not only a year) is printed with 月 or 季, or is a period word without them (全年).
_PERIOD_ANCHOR = re.compile("|".join(map(re.escape, ["月", "季"] + sorted(
    (w for w in PERIOD_WORDS if "月" not in w and "季" not in w), key=len))))


def may_hold_period(text: str) -> bool:
    """Whether ``text`` can hold a time expression with a period (1-6月, 一季度, 全年).

    >>> may_hold_period("2024年，今年以来"), may_hold_period("全年增长"), may_hold_period("1-6月")
    (False, True, True)
    """
    return _PERIOD_ANCHOR.search(text) is not None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """What one time expression means: an absolute or relative year, a period, or both.

    It holds no position: the same words mean the same time wherever they are printed, so
    :func:`time_expr` reads each distinct expression once.
    """

    year: int | None = None
    rel: int | None = None
    period: str | None = None
    kind: str = "time"  # time | date | basis | this | span | ytd | month_of (当月: the period's last month)
    years: int = 0  # a span's length in years (过去五年, 十三五: 5)
    closing: bool = False  # 过去一年: the last whole year (the publication's own when it closes its year)


def _month(text: str) -> int | None:
    v = parse_number(text)
    return int(v) if v is not None and 1 <= v <= 12 else None


def _months(text: str) -> list[int]:
    return [m for m in (_month(t) for t in regex.findall(_M, text)) if m]


_MEANINGS: dict[tuple[str | None, str], TimeExpr | None] = {}  # (branch, words) → meaning


def time_expr(m: re.Match[str]) -> TimeExpr | None:
    """Interpret one ``TIME`` match; ``None`` when it is not a usable time.

    >>> time_expr(TIME.search("1至5月份")), time_expr(TIME.search("7月29日")).kind
    (TimeExpr(year=None, rel=None, period='M1-M5', kind='time', years=0, closing=False), 'date')
    >>> [time_expr(TIME.search(w)).period for w in ("一二月份", "1、2月份", "一、二月", "12月份")]
    ['M1-M2', 'M1-M2', 'M1-M2', 'M12']
    >>> time_expr(TIME.search("过去三年")).years, time_expr(TIME.search("“十三五”时期")).year
    (3, 2020)
    >>> [time_expr(TIME.search(w)).kind for w in ("十四五期间", "“十三五”时期", "过去五年")]
    ['span', 'span', 'span']
    >>> [time_expr(TIME.search(w)).year for w in ("由“十五”末的", "较“十三五”末", "十二五期末")]
    [2005, 2020, 2015]
    """
    if m.lastgroup == "short":
        return _short_year(m)
    if m.lastgroup == "counted":
        return _counted_span(m)
    key = (m.lastgroup, m.group())
    try:
        return _MEANINGS[key]
    except KeyError:
        pass
    t = _interpret(m)
    if len(_MEANINGS) < 50_000:  # bounded: hostile text could print endless distinct dates
        _MEANINGS[key] = t
    return t


_FOUNDING_WORDS = tuple(r["word"] for r in read_table("founding_words.csv"))


def _counted_span(m: re.Match[str]) -> TimeExpr | None:
    """25年来, 二十五年来: a span of that many years to last year; 成立30年以来 too, but a bare 18年以来 is
    the run since 2018 (no time here).

    >>> [(t.kind, t.years) for t in map(_counted_span, (TIME.search(w) for w in ("25年来", "二十五年来", "成立30年以来")))]
    [('span', 25), ('span', 25), ('span', 30)]
    >>> _counted_span(TIME.search("18年以来")) is None
    True
    """
    words = m.group("counted")
    if words.endswith("以来") and not m.string.endswith(_FOUNDING_WORDS, max(0, m.start() - 4), m.start()):
        return None
    count = parse_number(words[:words.index("年")])
    return TimeExpr(rel=-1, kind="span", years=int(count)) if count and count > 1 else None


_SHORT_YEAR_NEXT = re.compile(r"全[市县区省]|[上下]半年|前三季度|[一二三四]季度|GDP|gdp|地区生产总值|生产总值|经济总量"
                              # 23年完成861.3亿元, 24年实现GDP…: a verb that reports a year's level, then its figure
                              r"|(?:" + "|".join(function_words("short_year_verb")) + r")(?=\d|GDP|gdp|地区生产总值|生产总值)")


def _short_year(m: re.Match[str]) -> TimeExpr | None:
    """18年 as 2018 where a place or the words that open a year's figures follow it (18年全市完成…,
    19年晋江完成…); else a number of years, no time.

    >>> [_short_year(TIME.search(t)) for t in ("18年全市完成", "19年晋江完成", "18年居全省第一", "23年完成861.3亿元",
    ...                                        "18年完成任务")]  # doctest: +ELLIPSIS
    [TimeExpr(year=2018, ...), TimeExpr(year=2019, ...), None, TimeExpr(year=2023, ...), None]
    """
    at = m.end()
    if _SHORT_YEAR_NEXT.match(m.string, at) or any(i == 0 and lookup(name) for i, name in names_in(m.string[at:at + 8])):
        return TimeExpr(year=2000 + int(m.group("short")))
    return None


_QUARTERS_TO = {"一": "Q1", "1": "Q1", "二": "H1", "2": "H1", "三": "Q1-Q3", "3": "Q1-Q3"}  # the months to a quarter's end


def _interpret(m: re.Match[str]) -> TimeExpr | None:
    kind = m.lastgroup
    if m.group("date"):
        return TimeExpr(kind="date")
    if m.group("year") and kind == "year":
        return TimeExpr(year=int(m.group("year")))
    if kind == "short":
        return TimeExpr(year=2000 + int(m.group("short")))
    if m.group("range"):
        words = m.group("range")
        ms = _months("1" + words[1:] if words.startswith("元") else words)  # 元月 is January
        if len(ms) == 2 and ms[0] < ms[1]:
            return TimeExpr(period=f"M{ms[0]}-M{ms[1]}")
        return None
    if m.group("janfeb"):
        return TimeExpr(period="M1-M2")
    if m.group("until") and "季" in m.group():
        return TimeExpr(period=_QUARTERS_TO[m.group()[m.group().index("季") - 1]])  # 截至三季度: Q1-Q3
    if m.group("first") or m.group("until"):
        ms = _months(m.group())
        return TimeExpr(period=f"M1-M{ms[0]}" if ms[0] > 1 else "M1") if ms else None
    if m.group("month"):
        words = m.group("month")
        ms = _months("1" + words[1:] if words.startswith("元") else words)  # 元月: January
        return TimeExpr(period=f"M{ms[0]}") if ms else None
    if m.group("planend"):  # 十二五末: 2015, the 12th plan's last year
        number = parse_number(_PLAN_NUMBER.search(m.group("planend")).group(1))  # type: ignore[union-attr]
        return TimeExpr(year=1955 + 5 * int(number)) if number else None
    if m.group("word"):
        return TimeExpr(period=PERIOD_WORDS[m.group("word")])
    if m.group("basis"):
        return TimeExpr(kind="basis")
    if m.group("thismonth"):
        return TimeExpr(kind="month_of")
    if m.group("rel"):
        word = m.group("rel")
        if word in NOT_RELATIVE_YEARS:
            return None  # 目前年一季度: 目前, then a year whose digits were lost
        return TimeExpr(rel=RELATIVE_YEARS[word], kind="ytd" if word.endswith(("以来", "至今")) else "time",  # 年初至今
                        closing=word in _LAST_WHOLE_YEAR)
    if m.group("this"):
        return TimeExpr(rel=0 if m.group("this").startswith("本") else None, kind="this")
    if m.group("span"):
        counted = _SPAN_YEARS.search(m.group("span"))  # 过去五年: 5 years to last year
        if counted:
            return TimeExpr(rel=-1, kind="span", years=int(parse_number(counted.group(1)) or 5))
        plan = _PLAN_NUMBER.search(m.group("span"))  # 十三五: the 13th five-year plan, 2016-2020
        number = parse_number(plan.group(1)) if plan else None
        return TimeExpr(year=1955 + 5 * int(number) if number else None, rel=-1, kind="span", years=5)
    return None


def parse_period(text: str) -> str | None:
    """The period code of a period phrase.

    >>> parse_period("前三季度")
    'Q1-Q3'
    >>> parse_period("1—5月"), parse_period("1至5月份"), parse_period("前5个月"), parse_period("头两个月")
    ('M1-M5', 'M1-M5', 'M1-M5', 'M1-M2')
    >>> parse_period("7月当月"), parse_period("截至3月末"), parse_period("元至9月"), parse_period("元月至5月")
    ('M7', 'M1-M3', 'M1-M9', 'M1-M5')
    >>> parse_period("截至三季度"), parse_period("到二季度"), parse_period("到三季度的")
    ('Q1-Q3', 'H1', 'Q3')
    >>> parse_period("上半年"), parse_period("全年")
    ('H1', 'FY')
    >>> parse_period("7月29日") is None
    True
    """
    return next((t.period for m in TIME.finditer(text)
                 if (t := time_expr(m)) is not None and t.kind == "time" and t.period), None)


# (first month, last month) of each fixed period code; months are coded M7 and M1-M5
_FIXED_MONTHS = {
    "FY": (1, 12), "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9),
    "Q4": (10, 12), "Q1-Q3": (1, 9),
}
MONTH_CODE = re.compile(r"M(\d{1,2})(?:-M(\d{1,2}))?")


def month_range(code: str) -> tuple[int, int] | None:
    """First and last month a period code covers; ``None`` for an unknown code.

    >>> month_range("H1"), month_range("M1-M5"), month_range("M7"), month_range("X")
    ((1, 6), (1, 5), (7, 7), None)
    """
    if code in _FIXED_MONTHS:
        return _FIXED_MONTHS[code]
    m = MONTH_CODE.fullmatch(code or "")
    if not m:
        return None
    first = int(m.group(1))
    last = int(m.group(2) or first)
    return (first, last) if 1 <= first <= last <= 12 else None


def period_end_month(period: str) -> int:
    """The last month a period covers (``M1-M5`` → 5).

    >>> period_end_month("Q1-Q3"), period_end_month("M1-M5"), period_end_month("M7")
    (9, 5, 7)
    """
    return month_range(period)[1]  # type: ignore[index]


def year_to_date(period: str) -> str:
    """The months from January to where ``period`` ends: what 今年以来 covers in an article whose
    period is ``period`` (今年以来增长6.5%，其中9月份增长8.1%: January to September).

    >>> year_to_date("M9"), year_to_date("Q3"), year_to_date("M1-M5"), year_to_date("M1")
    ('Q1-Q3', 'Q1-Q3', 'M1-M5', 'M1')
    """
    return canonical_period(f"M1-M{end}") if (end := period_end_month(period)) > 1 else period


_NAMED = {"M1-M3": "Q1", "M1-M6": "H1", "M1-M9": "Q1-Q3", "M1-M12": "FY"}


def canonical_period(period: str) -> str:
    """The named code of a month range that has one (``M1-M6`` → ``H1``).

    >>> canonical_period("M1-M6"), canonical_period("M1-M5"), canonical_period("Q1")
    ('H1', 'M1-M5', 'Q1')
    """
    return _NAMED.get(period, period)


# 上月的7.6%, 较上季度(6.2%): the period just before the one in force, by a month or by a quarter
PREVIOUS_PERIOD = re.compile(r"上(?:个|一)?(?P<unit>月|季度)(?:份)?")


def previous_period(period: str | None, words: str) -> str | None:
    """The period a month or a quarter (``words``: 上月, 上季度) before ``period``: a cumulative one from
    January ends earlier (1-7月 → 1-6月), a single month or quarter is the one before (7月 → 6月);
    ``None`` when there is none (上季度 of a single month, 上月 of January).

    >>> [previous_period(p, "上月") for p in ("M1-M7", "M7", "Q1-Q3", "M1-M2", "Q1", "M1", "Q2")]
    ['H1', 'M6', 'M1-M8', 'M1', 'M1-M2', None, None]
    >>> [previous_period(p, "上季度") for p in ("Q1-Q3", "H1", "FY", "Q3", "Q1", "M7", "M1-M5")]
    ['H1', 'Q1', 'Q1-Q3', 'Q2', None, None, None]
    """
    m = PREVIOUS_PERIOD.fullmatch(words.rstrip("的"))
    months = month_range(period) if period and m else None
    if m is None or months is None:
        return None
    first, last = months
    step = 1 if m.group("unit") == "月" else 3
    if first == 1 and last > step and (step == 1 or last % 3 == 0):
        return canonical_period(f"M1-M{last - step}") if last - step > 1 else "M1"
    if last - first + 1 == step and first > step:  # a single month or quarter: the one before
        return f"M{first - 1}" if step == 1 else f"Q{(first - 1) // 3}"
    return None

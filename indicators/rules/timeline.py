"""Time in a document: the year and period in force, and how a fact's time is resolved.

A time expression (``TIME`` in :mod:`indicators.rules.periods`) moves a :class:`TimeState`; a fact takes
a snapshot of it. :func:`resolve_time` turns a snapshot into (year, period) against the
publication date, the year named last, and the one period an article talks about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..base.gates import at_edge, edges, found_from
from ..base.regions import Region, home_entry, lookup
from ..base.tables import RENAMED_REGIONS, YEAR_TO_DATE, function_words
from ..ingest.documents import Document
from ..ingest.pubdate import PubDate
from . import lexicon as L
from .periods import (COUNTED_SPAN, SPANS, TIME, TimeExpr, canonical_period, may_hold_period, period_end_month,
                      time_expr, year_to_date)
from .stories import subject_after

_DISTRICT_SELF = function_words("district_self")  # the words of an article that speaks as a district
_COUNTY_SELF = function_words("county_self")  # …and as a county
# 神木县 → 神木市: the gazetteer's counties that are county-level cities now (vocab/region_updates.csv)
_NOW_CITIES = frozenset(old for new, old in RENAMED_REGIONS.items() if new.endswith("市") and old.endswith("县"))
_MASK_CHARS = "*＊×xXＸ"  # what a masked digit of a year is printed as (20*年, 20XX年, 20××年)
_MASKED_YEAR = re.compile(r"(?<!\d)(?:19|20)[\d*＊×xXＸ]?[*＊×xXＸ]年")
Snap = tuple[int | None, str | None, int]  # (year, period, span: years a span covers, 0 for none)
_TOWN_SELF_FIRST, _REGION_SELF_FIRST = edges(L.TOWN_SELF), edges(L.REGION_SELF)  # (我, 本): where their words begin


@dataclass(slots=True)
class TimeState:
    """The year and period in force at a point of the text."""

    year: int | None = None
    period: str | None = None
    span: int = 0  # the years of a span of years in force (过去五年: 5), else 0
    ytd: bool = False

    def snapshot(self) -> Snap:
        return (self.year, "YTD" if self.ytd and not self.period else self.period, self.span)

    def copy(self) -> TimeState:
        return TimeState(self.year, self.period, self.span, self.ytd)


@dataclass(slots=True)
class DocState:
    """What carries across the sentences of one document."""

    doc: Document
    pub: PubDate | None
    home: str
    generic: dict[str, str] = field(default_factory=dict)
    short_names: dict[str, str] = field(default_factory=dict)  # 一般公共预算收入…财政收入: the metric a generic name
    # was read as a short name of, for its later uses (until the family's other member is named in full)
    last_year: int | None = None
    past_year: int | None = None  # the year 去年/上年 set last, while no year named since replaced it
    last_metric: tuple[str, ...] = ()
    last_metric_at: int = -1  # where in ``text`` the last metric was named
    span_base: int | None = None  # 比2005年增长86%。…增长58.9%: the base year of the paragraph's growths
    span_end: tuple[int, int] | None = None  # 五年来…。2020年…: the last year of the paragraph's span, and its years
    span_open: bool = False  # 五年来: the span in force ends where the publication date puts it, in no year it names
    yoy_at: int = -1  # where in ``text`` the last year-on-year growth stands
    head_metric: tuple[str, ...] = ()  # the metric the document names first (its headline figure's)
    head_alias: str = ""  # …and the alias it was named by
    populations: frozenset[str] = frozenset()  # the metrics whose population the last sentence named (规上工业)
    unknown_total: bool = False  # the last sentence led with a figure of something not ours (民营经济增加值…)
    unparsed: str = ""  # the last sentence when the engine did not parse it: unknown_total is whether it
    # holds an amount, looked at only when a 其中 sentence asks (an amount scan of every such sentence costs)
    section_place: str = ""  # 二、安吉县: the place a numbered heading names alone, for the paragraphs after it
    said: str = ""  # 湖州虽被反超，…。: this paragraph's figure-less sentence read last (its opening place: a subject)
    source_place: str = ""  # 另据宿迁市统计局消息,…: the place whose office a paragraph's source lead names (its subject)
    paragraph_place: str = ""  # 兴国县上半年…。社零总额…: the place (not the home) a paragraph's first sentence opens with
    named: dict[str, str] = field(default_factory=dict)  # the last place named, by the last character of its name (县/区/市)
    ranked_zones: set[str] = field(default_factory=set)  # zones ranked among places where named (…居威海市前列): regions
    pos: int = 0  # where the sentence being read starts in ``text``
    story: str = ""  # town, enterprise or subset (a zone): the article's lead names one before the region (新仓镇上半年…)
    story_subject: str = ""  # in such a story, the scope the sentences now speak of ("": the region)
    text: str = ""
    _dominant: str | None | bool = False  # False: not computed yet
    _home_city: bool | None = None  # not computed yet
    _home_town: bool | None = None  # not computed yet
    _home_place: Region | None | bool = False  # False: not looked up yet
    _estimate_at: int | None | bool = False  # False: not looked for yet
    _year_masked: bool | None = None  # not looked for yet
    _edition: int | None | bool = False  # False: not looked for yet
    _bulletin: int | None | bool = False  # False: not looked for yet
    _annual: bool | None = None  # not looked for yet
    _review: bool | None = None  # not looked for yet

    @property
    def filed(self) -> str:
        """The region the article was filed under (its home may be one of its districts its lead is about)."""
        return (self.doc.region or "") if self.doc is not None else ""

    @property
    def home_place(self) -> Region | None:
        """The gazetteer entry of the home region (None when it is not a place there)."""
        if self._home_place is False:
            self._home_place = home_entry(self.home, self.filed) if self.home else None
        return self._home_place  # type: ignore[return-value]

    @property
    def year_masked(self) -> bool:
        """Whether the text prints its year masked (20*年, 20XX年: a template or a page that hid it): its figures
        with no year of their own have none, neither the publication's nor the one before it."""
        if self._year_masked is None:
            self._year_masked = any(c + "年" in self.text for c in _MASK_CHARS) \
                and _MASKED_YEAR.search(self.text) is not None
        return self._year_masked

    @property
    def edition_year(self) -> int | None:
        """The edition of the yearbook the page is from, named in its head (潍坊年鉴·2020, 2011年绍兴年鉴), or the
        year of the government's work report it is (2022年吴中区人民政府工作报告, delivered early that year): the
        figures it gives no year of are of the year before.

        >>> DocState(None, None, "", text="临朐年鉴·2021\\n全年实现生产总值366.2亿元").edition_year  # type: ignore[arg-type]
        2021
        >>> DocState(None, None, "", text="全县入选百强。据统计年鉴,全年…").edition_year is None  # type: ignore[arg-type]
        True
        >>> DocState(None, None, "", text="2022年吴中区人民政府工作报告\\n全年…").edition_year  # type: ignore[arg-type]
        2022
        """
        if self._edition is False:
            head = self.text[:L.YEARBOOK_HEAD]
            m = L.YEARBOOK_EDITION.search(head) if "年鉴" in head else None
            if m is None and "工作报告" in head and (r := L.REPORT_EDITION.search(head)) is not None:
                self._edition = int(r.group("year"))
                return self._edition
            self._edition = int(m.group("after") or m.group("before")) if m else None
        return self._edition  # type: ignore[return-value]

    @property
    def year_closing(self) -> bool:
        """Whether the text was published when its year is (nearly) over: from 20 December, or in December in a
        report that reviews the year to a congress (一、2021年工作回顾, 向大会报告工作). Its year's figures with no
        months are the full year's, and a span of years it looks back over (五年来) ends in that year."""
        pub = self.pub
        if pub is None or pub.month != 12:
            return False
        if (pub.day or 0) >= 20:
            return True
        if self._review is None:
            self._review = any(w in self.text for w in L.YEAR_REVIEW_WORDS)
        return self._review

    @property
    def bulletin_year(self) -> int | None:
        """The year of the statistical communiqué the page is, named in its title line: its 今年 is that year.

        >>> DocState(None, None, "", text="辰溪县2021年国民经济和社会发展统计公报\\n…").bulletin_year  # type: ignore[arg-type]
        2021
        >>> DocState(None, None, "", text="市统计局发布2021年统计公报\\n…").bulletin_year is None  # type: ignore[arg-type]
        True
        """
        if self._bulletin is False:
            m = L.BULLETIN_TITLE.search(self.text.lstrip()) if "公报" in self.text[:L.YEARBOOK_HEAD] else None
            title = m.group() if m else ""
            self._bulletin = int(m.group("year")) if m and not L.BULLETIN_NEWS.search(title) else None
        return self._bulletin  # type: ignore[return-value]

    def now_year(self) -> int | None:
        """The year 今年 and 本年 count from: the publication's, or a communiqué's own when it came out the
        year after it (辰溪县2021年…统计公报 of April 2022: 三次产业结构由去年的…调整为今年的…)."""
        if self.pub is None:
            return None
        return self.pub.year - 1 if self.bulletin_year == self.pub.year - 1 else self.pub.year

    @property
    def annual_basis(self) -> bool:
        """Whether the text compares its figures with the whole year before (比上年增长, no 同期) and names
        no period: a bulletin's excerpt whose figures are a full year's."""
        if self._annual is None:
            self._annual = "上年" in self.text and L.ANNUAL_BASIS.search(self.text) is not None
        return self._annual

    @property
    def estimate_at(self) -> int | None:
        """Where a note that the figures from there on are estimates ((预计数，下同)) stands in the text."""
        if self._estimate_at is False:
            m = L.ESTIMATE_NOTE.search(self.text) if "下同" in self.text else None
            self._estimate_at = m.start() if m else None
        return self._estimate_at  # type: ignore[return-value]

    @property
    def home_is_city(self) -> bool:
        """Whether the article prints its home as a city (神木市): then 全市 is the home itself,
        whatever the gazetteer (from before many counties became cities) says."""
        if self._home_city is None:
            self._home_city = bool(self.home) and ((self.home.removesuffix("县") + "市") in self.text
                                                   or self.district_as_city() or self.county_now_city())
        return self._home_city

    def note_subject(self, text: str) -> None:
        """After a sentence of a town's or a firm's story: the subject it named last holds for the
        sentences after it (see :mod:`indicators.rules.stories`)."""
        if self.story:
            self.story_subject = subject_after(text, self.home, self.story_subject, self.story)

    def county_now_city(self) -> bool:
        """神木 (a county in the gazetteer, a county-level city since) in an article that never prints it
        as a county (神木县) nor speaks as one (我县, 全县): its 全市 and 我市 are the home."""
        home = self.home_place
        return home is not None and home.name in _NOW_CITIES and home.name not in self.text \
            and not any(w in self.text for w in _COUNTY_SELF)

    def district_as_city(self) -> bool:
        """上虞 (now a district) in a paper of its own from before: the article speaks as a city (我市, 本市),
        never as a district (我区, 全区, 该区) and names no city above it (a prefecture's paper on one of its
        districts: 嘉兴日报), so its 全市 is the home, then a county-level city."""
        home = self.home_place
        if home is None or not home.name.endswith("区") or home.level != "county" \
                or ("我市" not in self.text and "本市" not in self.text):
            return False
        parent = lookup(home.parent)
        return not any(w in self.text for w in _DISTRICT_SELF) \
            and not (parent is not None and (parent.short in self.text or parent.name in self.text))

    @property
    def home_is_town(self) -> bool:
        """Whether the article speaks as a town (我镇, 本乡) and never as a county, city or province
        (我县, 本市): a town's own paper, whose figures are the town's, no region's."""
        if self._home_town is None:
            self._home_town = found_from(L.TOWN_SELF, self.text, _TOWN_SELF_FIRST) \
                and not found_from(L.REGION_SELF, self.text, _REGION_SELF_FIRST)  # (我, 本: a find each)
        return self._home_town

    @property
    def dominant(self) -> str | None:
        """The article's one period (of its publication year), computed on first use (most facts
        name their own)."""
        if self._dominant is False:
            self._dominant = dominant_period(self.text)
        return self._dominant  # type: ignore[return-value]


def apply_time(state: TimeState, t: TimeExpr, ds: DocState) -> None:
    """Move ``state`` by one time expression (a year, a period, 今年/去年, 这一年, a span)."""
    if t.kind in ("date", "basis"):
        return
    if t.kind == "month_of":  # 一季度…；其中，当月…: March
        if state.period and state.period != "YTD" and (end := period_end_month(state.period)):
            state.period, state.ytd = f"M{end}", False
        return
    if t.kind == "this":
        if ds.last_year:
            state.year, state.period, state.ytd = ds.last_year, None, False
        elif t.rel is not None and (now := ds.now_year()) is not None:  # 本年, no year named before it: the publication's year
            state.year, state.period, state.span, state.ytd = now + t.rel, None, 0, False
            ds.last_year = state.year
        return
    if t.kind == "span":
        if t.year is not None and ds.last_year and t.year - t.years < ds.last_year <= t.year and state.year == ds.last_year:
            return  # 2011年…实现了“十二五”时期良好开局: a plan framing the year named before moves nothing
        state.span, state.period = t.years, None
        if t.year is not None:  # a five-year plan ends in a known year
            state.year = t.year
        elif ds.pub:  # (五年来 in a report of late December: the five years end in this one)
            state.year = ds.pub.year - (0 if ds.year_closing else 1)
        ds.span_open = t.year is None
        ds.span_end = (state.year, t.years) if state.year is not None else None
        return
    if t.year is not None:
        state.year, state.period, state.ytd, state.span = t.year, None, t.kind == "ytd", 0
        ds.last_year, ds.past_year = t.year, None
    elif t.rel is not None:
        if (now := ds.now_year()) is not None:  # (过去一年 in a report that closes its year: that year)
            rel = 0 if t.closing and ds.year_closing else t.rel
            state.year = now + rel
            ds.last_year, ds.past_year = state.year, state.year if rel < 0 else None
        state.period, state.span, state.ytd = None, 0, t.kind == "ytd"
    if t.period is not None:
        if state.span:  # 五年来…。一季度,…: a period after a span looked back over, with no year, is the one under way
            state.year, state.span = None, 0
        state.period, state.ytd = t.period, False


def resolve_time(snap: Snap, ds: DocState) -> tuple[int | None, str, str]:
    """(year, period, note) for a time snapshot; period "" when it cannot be placed."""
    year, period, span = snap
    pub = ds.pub
    if year is None and ds.year_masked:
        return None, "", "masked-year"  # 20*年我区完成国内生产总值…: the year is not printed
    if year is None and ds.edition_year:
        year = ds.edition_year - 1  # 临朐年鉴·2021 …全年实现生产总值…: the year before the yearbook's edition
    if span and not period:
        return year, "", "multi_year"
    if period == "YTD":
        if ds.dominant and _pub_year(year, pub):
            return year or (pub.year if pub else None), year_to_date(ds.dominant), "ytd-context"
        if pub and pub.month and pub.month > 1 and (year is None or year == pub.year):
            return pub.year, canonical_period(f"M1-M{pub.month - 1}") if pub.month > 2 else "M1", "ytd-imprecise"
        return year, "", ""
    if period:
        if year is None and pub:
            year = _implied_year(period, pub)
        elif year is not None and pub and pub.month and _not_yet_over(year, period, pub):
            return year - 1, canonical_period(period), "unfinished-period"  # 今年1-11月 in a January article
        return year, canonical_period(period), ""
    if year is not None and pub and year < pub.year:
        return year, "FY", ""
    if ds.dominant and _pub_year(year, pub):
        if year is None and pub:
            return _implied_year(ds.dominant, pub), ds.dominant, "dominant-period"
        return year, ds.dominant, "dominant-period"
    if year is not None and pub is None:
        return year, "FY", "year-without-pub-date"
    if year is not None and pub and year == pub.year and ds.year_closing:
        return year, "FY", "year-end"  # 今年…达1033亿元 in a report of 30 December: the year's (nearly) whole
    if year is None and pub and pub.month in (1, 2):
        return pub.year - 1, "FY", "january-undated"  # 1月22日…GDP总量3355.67亿元: last year's results (in
        # February too: the months of the new year are not out before March)
    if year is None and pub and pub.month and pub.month < 12 and ds.annual_basis:
        return pub.year - 1, "FY", "annual-basis"  # …生产总值175.39亿元,比上年增长3.1%: last year's, in full
    return year, "", ""


def list_year(periods: list[str], ds: DocState) -> int | None:
    """The one year of a list of periods printed without a year (一季度、上半年、前三季度、全年分别增长…):
    the year in which the last of them is over, for all of them (in an April bulletin 一季度 alone would be
    this year's, but listed before last year's 全年 it is last year's too).

    >>> from indicators.ingest.pubdate import PubDate
    >>> march, july = (DocState(None, PubDate(2021, m, 28), "三河") for m in (3, 7))  # type: ignore[arg-type]
    >>> list_year(["Q1", "H1", "Q1-Q3", "FY"], march), list_year(["Q1", "H1"], july)
    (2020, 2021)
    """
    years = [resolve_time((None, p, 0), ds)[0] for p in periods]
    known = [y for y in years if y is not None]
    return min(known) if known else None


def _not_yet_over(year: int, period: str, pub: PubDate) -> bool:
    """Whether a period of the publication year (not one that ends in December: a plan's 全年, 下半年)
    ends half a year or more after publication: no figure of it can be printed yet, so 今年 was
    written before the year ended (今年1-11月 in a January article is last year's).

    >>> from indicators.ingest.pubdate import PubDate
    >>> _not_yet_over(2025, "M1-M11", PubDate(2025, 1, 10)), _not_yet_over(2025, "H1", PubDate(2025, 3, 2))
    (True, False)
    >>> _not_yet_over(2025, "FY", PubDate(2025, 1, 10)), _not_yet_over(2024, "M1-M11", PubDate(2025, 1, 10))
    (False, False)
    """
    try:
        end = period_end_month(period)
    except (TypeError, ValueError, KeyError):
        return False
    return year == pub.year and end < 12 and end - pub.month >= 6


def _pub_year(year: int | None, pub: PubDate | None) -> bool:
    """Whether a time of ``year`` can be the publication year's (the year the dominant period is of)."""
    return year is None or pub is None or year == pub.year


# The last publication month in which a period named without a year is still last year's: 下半年 in
# the first quarter (later it is this year's plan), 全年 up to June (statistical communiqués and their
# news come out until May; later in the year 全年 is this year's plan or forecast).
_LATE = {"H2": 3, "FY": 6}


def _implied_year(period: str, pub: PubDate) -> int:
    """The year of a period named without one: 一季度 in a February article is last year's;
    全年 is last year's until mid-year, 下半年 only early in the year (later they are this year's plans).

    >>> from indicators.ingest.pubdate import PubDate
    >>> [_implied_year(p, PubDate(2024, m, 10)) for p, m in [("FY", 4), ("FY", 8), ("H2", 4), ("Q1", 2)]]
    [2023, 2024, 2024, 2023]
    """
    if pub.month and period_end_month(period) > pub.month and pub.month <= _LATE.get(period, 12):
        return pub.year - 1
    return pub.year


def plan_date(text: str, s: int, e: int) -> bool:
    """Whether the time at ``s:e`` is the date a plan names for a work's completion.

    >>> plan_date("预计2023年9月建成通车", 2, 7), plan_date("预计2023年9月建成通车", 7, 9)
    (True, True)
    >>> plan_date("9月份全市规上工业增加值增长6%", 0, 2)
    False
    """
    return L.PLAN_DATE_BEFORE.search(text, max(0, s - 9), s) is not None and L.PLAN_DATE_AFTER.match(text, e) is not None


def dominant_period(text: str) -> str | None:
    """The one period an article talks about, if it names only one (``text``: the repaired
    text, whose time expressions never run across a paragraph break).  A period named as a plan's
    (年度目标) or only compared with (增速比上半年回落, 较一季度提高) is not the article's.

    >>> dominant_period("社零总额356.2亿元，增长7.3%，增速比上半年回落0.4个百分点。") is None
    True
    >>> dominant_period("前三季度，全县GDP增长6.1%，比上半年提高0.3个百分点。")
    'Q1-Q3'
    >>> dominant_period("今年以来，全县GDP增长6.1%，在前三季度目标考核中位居全市第一。") is None
    True
    """
    found = set()
    for para in text.split("\n"):
        note = L.NOTE_MARK.search(para) if "注" in para or "说明" in para else None
        for m in TIME.finditer(para) if may_hold_period(para) else ():
            t = time_expr(m)
            if note is not None and m.start() > note.start() \
                    and L.COLUMN_PERIOD_BEFORE.search(para, max(0, m.start() - 12), m.start()):
                continue  # 注:…利税总额增长速度为1-3月数据: one column's period, not the page's
            if t and t.kind == "time" and t.period and not L.PLAN_AFTER.match(para, m.end()) \
                    and not L.APPRAISAL_AFTER.match(para, m.end()) and not compared_time(para, m.start(), m.end()) \
                    and not _frames_earlier_rate(para, m.start()):
                found.add(canonical_period(t.period))
    return found.pop() if len(found) == 1 else None


def _frames_earlier_rate(text: str, s: int) -> bool:
    """Whether a time at ``s`` opens a base phrase that frames an earlier period's own rate (在一季度增长7.9%的
    基础上): a period named for that rate only, not the article's.

    >>> _frames_earlier_rate("在一季度增长7.9%的基础上,上半年…", 1), _frames_earlier_rate("在一季度,全县…", 1)
    (True, False)
    """
    m = L.EARLIER_RATE_BASE.match(text, s - 1) if s and text.endswith(L.EARLIER_FRAME_OPENERS, 0, s) else None
    return m is not None and L.earlier_rate_base(m.group())


_SPAN_WORDS = frozenset(SPANS)  # 近三年, 五年来: spans of years, a record's when one follows (创近五年新高)


def _is_span(words: str) -> bool:
    """Whether ``words`` are a span of years (近三年, 五年来, 25年来)."""
    return words in _SPAN_WORDS or COUNTED_SPAN.fullmatch(words) is not None
# what follows a time compared with, one pattern (one scan where most times are followed by none):
# 是2010年的1.7倍, 比一季度提高0.5个百分点, 恢复至2019年同期水平, 自去年四季度以来, 由2015年全省第33位
_COMPARED_AFTER = re.compile("|".join(f"(?:{p.pattern})" for p in (
    L.MULTIPLE_AFTER, L.POINTS_SHIFT_AFTER, L.LEVEL_OF_TIME_AFTER, L.SINCE_AFTER, L.RANK_OF_TIME_AFTER)))


COMPARISON_LAST = edges(L.COMPARISON_END, last=True)
_TREND_LAST = edges(L.TREND_BEFORE, last=True)
_SURPASS_LAST = edges(L.SURPASS_END, last=True)
_PLAN_DATE_LAST = edges(L.PLAN_DATE_BEFORE, last=True)  # (plan_date: its words end right before the time)
_TERM_END_LAST = edges(L.TERM_END_BEFORE, last=True)  # (a policy's term: its words end right before the time)
_COMPARED_FIRST = edges(_COMPARED_AFTER)


# 增速为全年最低, 创年内新高, 为今年新高, 创今年以来最高: the year a record is measured over
_RECORD_YEAR = frozenset({"全年", "年内", "今年", "本年", *YEAR_TO_DATE})
_AFTER_TIME = "、和及与年月季度期"  # what ends a time, or joins a listed one
# the characters right before a time that one of compared_time's tests reads (most times follow none)
_COMPARED_BEFORE = COMPARISON_LAST | set(_AFTER_TIME) | {"到", "的"} | _PLAN_DATE_LAST | _TERM_END_LAST | _TREND_LAST | _SURPASS_LAST \
    | {w[-1] for w in (L.MILESTONE_FROM, *L.SINCE_FROM, *L.BASELINE, "从", "由")}


def _term_end(text: str, s: int) -> bool:
    """The end of a policy's term (税费减免延长至2027年年底, 有效期至2026年): no time of the figures.

    >>> _term_end("减免政策延长至2027年年底", 7), _term_end("至2027年,全市", 1)
    (True, False)
    """
    return L.TERM_END_BEFORE.search(text, max(0, s - 5), s) is not None


def _run_start(text: str, s: int, e: int) -> bool:
    """从去年起, 自2022年开始, 从今年3月份开始: the start of a run (a time between 从/自 and 起/开始, told in one
    or two adjacent parts), not the time of the figures after it.

    >>> _run_start("从今年3月份开始,全县推行", 1, 3), _run_start("从今年3月份开始,全县推行", 3, 6)
    (True, True)
    >>> _run_start("自去年起,全市", 1, 3), _run_start("今年3月份,全县社零增长", 2, 5)
    (True, False)
    """
    before = next((m.start() for m in TIME.finditer(text, max(0, s - 8), s) if m.end() == s), s) if s else s
    if not text.endswith(L.SINCE_FROM, 0, before):
        return False
    after = next((m.end() for m in [TIME.match(text, e)] if m is not None and m.end() > e), e)
    return L.SINCE_ON.match(text, after) is not None


def _edition_label(text: str, e: int) -> bool:
    """2022年莒南年鉴: a year that labels a yearbook's edition (the time ending at ``e``), no time of figures; nor
    does one that labels a government's work report, delivered early that year on the year before.

    >>> _edition_label("首页 > 2022年莒南年鉴 > 经济", 9), _edition_label("2022年全县生产总值", 5)
    (True, False)
    >>> _edition_label("2022年苏州市吴中区人民政府工作报告", 5), _edition_label("2024年政府工作报告提出", 5)
    (True, True)
    >>> _edition_label("2021年全区经济写入政府工作报告", 5)  # no report's name right after the year
    False
    >>> _edition_label("今年的市政府工作报告指出", 2)  # this year's report: its plans are this year's
    False
    """
    return ("年鉴" in text and L.YEARBOOK_AFTER.match(text, e) is not None) \
        or ("工作报告" in text and text[e - 5:e - 1].isdigit() and L.REPORT_LABEL_AFTER.match(text, e) is not None)


def _after_comparison(text: str, s: int, before: str) -> bool:
    """比2019年, 比疫情前的2019年同期: a time right after a comparison word, or after one and a short
    modifier that ends in 的.

    >>> _after_comparison("比疫情前的2019年同期增长", 5, "的"), _after_comparison("全县的2021年", 3, "的")
    (True, False)
    """
    if before == "的":
        return L.BASE_MODIFIED.search(text, max(0, s - 22), s) is not None
    return before in COMPARISON_LAST and L.COMPARISON_END.search(text, max(0, s - 3), s) is not None


def _after_compared(text: str, s: int) -> bool:
    """比去年同期、去年全年分别提高…, 比去年全年提高…: a time right after a compared one, adjacent or
    listed after it, is compared too.

    >>> _after_compared("比去年同期、去年全年分别提高2.6、2个百分点", 6), _after_compared("2024年一季度,全市", 5)
    (True, False)
    """
    end = s - 1 if text[s - 1] in "、和及与" else s
    for m in TIME.finditer(text, max(0, end - 12), end):
        if m.end() == end:
            t = time_expr(m)
            return t is not None and t.kind == "basis" or compared_time(text, m.start(), m.end())
    return False


def compared_time(text: str, s: int, e: int) -> bool:
    """A time a figure is compared with (比2010年, 是2010年的1.7倍, 从2016年的…), a run starts from
    (自去年四季度以来), a trend goes on from (延续2月份平稳向好趋势) or a base is (在上年低基数效应下):
    it moves nothing.

    >>> compared_time("分别是2010年的1.7倍", 3, 8), compared_time("2010年，全市", 0, 5)
    (True, False)
    >>> compared_time("全县经济在上年低基数效应下回升", 5, 7)
    True
    >>> compared_time("受2020年同期基数较低等因素影响", 1, 6)  # the base's size told after it
    True
    >>> compared_time("社零总额已超过去年全年的8118.5亿元", 7, 9)  # a level of the year before, surpassed
    True
    >>> compared_time("为近三年来最好开局", 1, 4), compared_time("近三年累计完成", 0, 3)
    (True, False)
    >>> compared_time("从去年起，经济基数呈现前高后低的态势", 1, 3)
    True
    >>> compared_time("主要指标已恢复至2019年同期水平", 8, 15)  # the level of a time held against
    True
    >>> compared_time("对比各区2019年度同期所公布的数据", 4, 10), compared_time("据2023年公布的数据", 1, 6)
    (True, False)
    >>> compared_time("同比增长22.6%,1-4月提高5.0个百分点", 10, 14)  # a gap's base, its 比 left out
    True
    >>> compared_time("围绕到2018年全面建成小康社会目标", 3, 8)  # a goal's year, passed or not
    True
    >>> compared_time("这是继2021年突破100亿元之后", 3, 8)  # a milestone of an earlier time
    True
    >>> compared_time("GDP从上半年7.2%的增速回升到7.3%", 4, 7)  # the time of the rate it moved from
    True

    Nor does the date a plan names for a work's completion (预计2023年9月建成通车):
    >>> compared_time("预计2023年9月建成通车", 2, 7), compared_time("预计2023年实现生产总值", 2, 7)
    (True, False)
    """
    # (the patterns that end right before the time, or start right after it, run only where the
    # character there is one a match of theirs can end or begin with: most times have none)
    before, after = text[s - 1:s] if s else "", text[e:e + 1]
    if before not in _COMPARED_BEFORE and not at_edge(after, _COMPARED_FIRST) and not _is_span(text[s:e]) \
            and text[s:e] not in _RECORD_YEAR and "基数" not in text and "年鉴" not in text \
            and "工作报告" not in text:
        return False  # (no test below reads anything here)
    return bool(_after_comparison(text, s, before)
                or (at_edge(after, _COMPARED_FIRST) and _COMPARED_AFTER.match(text, e))
                or (before != "" and before in _AFTER_TIME and _after_compared(text, s))
                or (before == "到" and L.GOAL_DATE_AFTER.match(text, e) is not None)
                or (before in _PLAN_DATE_LAST and plan_date(text, s, e)) or text.endswith(L.MILESTONE_FROM, 0, s)
                or (before in _TERM_END_LAST and _term_end(text, s))
                or _run_start(text, s, e)
                or _edition_label(text, e)
                or ((_is_span(text[s:e]) or text[s:e] in _RECORD_YEAR) and L.RECORD_AFTER.match(text, e) is not None)
                # 创近五年新高, 创15年来新高; 9月份增速全年最低: the span a record is measured over
                or (before in _TREND_LAST and L.TREND_BEFORE.search(text, max(0, s - 3), s) is not None
                    and L.TREND_AFTER.match(text, e) is not None)
                or (text.endswith(L.BASELINE, 0, s) and after == "的")
                or (before in "从由" and before and (shift := L.RATE_SHIFT.match(text, s - 1)) is not None
                    and bool(shift.group("when")))  # (a shift opens with 从 or 由)
                or (before in _SURPASS_LAST and L.SURPASS_END.search(text, max(0, s - 4), s) is not None
                    and text.startswith("的", (m.end() if (m := TIME.match(text, e)) else e)))  # 超过去年全年的: a level surpassed
                or ("基数" in text and any(m.end() >= e for m in L.BASE_PHRASE.finditer(text, max(0, s - 4), e + 40)
                                         if m.start() <= s)))  # 在上年低基数效应下: the base's time

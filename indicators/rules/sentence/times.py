"""A sentence's rules about the times of a sentence: which period and year a figure is for, the periods compared
with, listed periods and their rates."""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from dataclasses import replace

from ...base.gates import holds_any, needs
from ...base.regions import WORD_PATTERN, names_in
from ...base.tables import ALIASES
from .. import lexicon as L
from ..numbers import PERCENT, parse_number, percent_value
from ..periods import TIME, TimeExpr, canonical_period, month_range, period_end_month, previous_period, time_expr
from ..timeline import TimeState, apply_time, compared_time, resolve_time
from ..tokens import GrowthTok, Rate, Token
from .common import Quantity, SentenceBase, Slot, _CUMULATIVE_OF, _DISTRIBUTIVE, _GDP_FAMILY, _end_len, _other_measure, start_in_passing, \
    this_year_since
from .places import Places

_PERIOD_LIST_JOIN = re.compile(r"[,、](?:再?到|和|及)?|(?:再?到|和|及)")  # 增速5.2%，到上半年的…、前三季度的…
# 稳进提质开好局, 主基调--稳 运行总体平稳: a headline (its lines run together) run into its sentence
_HEADLINE = re.compile(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[\u4e00-\u9fff]+(?:[-—–·\s]+[\u4e00-\u9fff]+)*")
# 。一、综合全年实现…, 。五、对外经济全年…: a bulletin's numbered section heading run into the first sentence of
# its section (a flattened page lost the line break after it), however short its words
_NUMBERED_HEADLINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))\s*"
                                r"[\u4e00-\u9fff]{2,}(?:\s+[\u4e00-\u9fff]+)*\s*")
_OPEN_QUOTES = "“\"「『‘"  # 2022年“小升规”企业: a quoted cohort name after its year
_PERIOD_BEFORE = {"H1": "Q1", "Q1-Q3": "H1", "FY": "Q1-Q3"}  # the cumulative period before it
_SAME_PERIOD = re.compile(r"同(?:时)?期(?=的)")  # 较2014年同期的396.6亿元: that year's months of the period in force
_COMPARED = re.compile(r"(?:比|较)")  # 比上半年高, 较1-6月回升: the period a rate is compared with follows
_SINGLE_QUARTER = re.compile(r"分季度|其中|单季|当季")  # 分季度看，一季度…，二季度…: quarters of their own
# 第二季度GDP累计增长…: a rate from January to the quarter's end (not 二季度累计完成…, a verb's spelling)
_RUN_TOTAL = re.compile(r"[^,;:。\d%累]{0,12}累计(?:同比|比上年)?(?:增长|下降|增速|增幅|回落)")
_QUARTER_RUN = ("Q1", "H1", "Q1-Q3", "FY")  # the cumulative periods a year's quarters end
_ONE_MONTH = re.compile(r"M(?:[2-9]|1[0-2])")  # a month after January, named alone (6月, 10月份)
_FIGURE_KINDS = ("amount", "growth", "pct")
_QUARTER_AT = {"Q1": 0, "Q2": 1, "H1": 1, "Q3": 2, "Q1-Q3": 2, "Q4": 3}  # 三季度以来: from the third on
_PERIOD_RATE_WORDS = needs(L.COMPARED_PERIOD_RATE) + needs(L.COMPARED_PERIOD_BRACKET) + needs(L.COMPARED_PERIOD_ABOVE)


def _period_run(toks: list, text: str) -> list:
    """The last run of period tokens joined by 、/和 (4月和5月) among ``toks``."""
    run: list = []
    for t in toks:
        if run and L.METRIC_JOIN.fullmatch(text, run[-1][1], t[0]):
            run.append(t)
        else:
            run = [t]
    return run


# 占全市的18.0%, 总量约占全省的两成: a clause that opens with the share the slot's metric is of the whole
_SLOT_SHARE = re.compile(r"\s*(?:总量|规模|总额)?(?:约|已|仅)?占")


class Times(Places):
    """The steps of a sentence about the times of a sentence: which period and year a figure is for, the
    periods compared with, listed periods and their rates."""

    def cumulative_quarter(self, t: TimeExpr, s: int, e: int) -> str | None:
        """The cumulative period a quarter named alone stands for in a county's quarterly release: a
        GDP level follows it in its clause group, no 分季度/其中 makes it one quarter of several, and
        the period in force is the cumulative one ending with it (上半年…。二季度全县地区生产总值为…)
        or the sentence compares its rate with the one before (三季度…，比上半年高1.2个百分点)."""
        cumulative = _CUMULATIVE_OF.get(t.period or "")
        if cumulative is None or t.year is not None or t.rel is not None:
            return None
        if "累计" in self.text and _RUN_TOTAL.match(self.text, e):
            return cumulative  # 分季度看，第二季度GDP累计增长2.3%: a running total, even among quarters
        if _SINGLE_QUARTER.search(self.text, 0, s):
            return None
        end = self.text.find(";", e)
        level = next((k for k, tok in enumerate(self.toks) if tok.start >= e and tok.kind == "metric"), None)
        if level is None or (end >= 0 and self.toks[level].start > end):
            return None
        metrics = ALIASES[L.alias_of(self.toks[level].value)].metrics  # type: ignore[arg-type]
        if not set(metrics) & _GDP_FAMILY or not any(tok.kind == "amount" for tok in self.toks[level + 1:level + 3]):
            return None
        return cumulative if self.state.period == cumulative or self.compares_with(_PERIOD_BEFORE[cumulative], e) else None

    def cumulative_month(self, t: TimeExpr, s: int, e: int) -> str | None:
        """6月,全区一般公共预算收入累计完成…; 8月份全市规上工业增加值累计增长…: a month named alone whose
        clause group's first figure is a running sum (累计 between them) stands for the months from
        January to it (not 6月当月…, nor 6月…完成5.2亿元,1-6月累计…: the month's own figure first)."""
        if t.period is None or not _ONE_MONTH.fullmatch(t.period) or t.year is not None or t.rel is not None \
                or "当" in self.text[s:e] or "单" in self.text[s:e]:
            return None
        first = next((tok for tok in self.toks if tok.start >= e and (tok.kind in _FIGURE_KINDS or tok.kind == "time")), None)
        if first is None or first.kind == "time":
            return None
        gap = self.text[e:first.start]
        return f"M1-{t.period}" if "累计" in gap and ";" not in gap and "。" not in gap else None

    def compares_with(self, period: str, e: int) -> bool:
        """Whether the sentence after ``e`` compares with ``period``, in any spelling of it (比上半年,
        较1-6月, 比1至6月份)."""
        for m in _COMPARED.finditer(self.text, e):
            t = time_expr(tm) if (tm := TIME.match(self.text, m.end())) else None
            if t is not None and t.year is None and t.period and canonical_period(t.period) == period:
                return True
        return False

    def headline_end(self) -> int:
        """稳进提质开好局 一季度GDP增长6.1%: a headline run into its sentence (the line break or space
        between them lost): four or more Chinese characters, or a numbered heading (一、综合), that open
        the sentence, up to the last of its leading times, naming no place, scope, sector or
        population.  Where the sentence proper starts (0 when no headline opens it)."""
        k = 0
        while k < len(self.toks) and self.toks[k].kind == "time":
            k += 1
        if k == 0:
            return 0
        start = self.toks[k - 1].start
        head = self.text[:self.toks[0].start]  # 主基调--稳运行总体平稳从2018年一季度…: before the first time
        if start < 4 or not (_HEADLINE.fullmatch(head) or _NUMBERED_HEADLINE.fullmatch(head)) \
                or L.SCOPE.search(head) or L.SECTOR_MARK.search(head) \
                or L.POPULATION.search(head):
            return 0
        return start

    # -- the grammar's steps -----------------------------------------------------
    def contrasted_period(self, s: int) -> bool:
        """…增长4.6%,而一季度下降6.1%、上半年增长1.0%…: earlier periods set against the figure before them
        (an aside: the time in force comes back after the sentence)."""
        return self.text.endswith("而", 0, s) and any(t.kind == "growth" and t.end <= s for t in self.toks)

    def cohort_year(self, e: int) -> bool:
        """从新入规企业看,2023年新入规工业企业增加值增长35.2%; 去年“小升规”企业…: a year naming a cohort of firms
        (the firms that entered the statistics that year) qualifies the cohort's figures in its own sentence only (the
        time in force before it comes back after the sentence)."""
        return self.text.startswith(L.COHORT_LEADS, e + (e < len(self.text) and self.text[e] in _OPEN_QUOTES))

    def plan_date_inside(self, s: int, val: TimeExpr) -> bool:
        """GDP近8500亿的徐州,…,力争到2025年,地区生产总值突破1万亿元: a later year a plan word sets inside a
        sentence that gave a figure before it (the time goes back after the sentence)."""
        pub = self.ds.pub
        return val.year is not None and pub is not None and val.year > pub.year \
            and L.PLAN_BY_YEAR_BEFORE.search(self.text, max(0, s - 4), s) is not None \
            and any(t.kind in ("amount", "growth") and t.end <= s for t in self.toks)

    def on_time(self, i: int, j: int) -> int:
        """A time moves the sentence's time, unless it is a comparison's own (比2020年, 从2023年的,
        是2015年的1.5倍), the level of a year before (去年同期为…) or a plan's period (年度预算)."""
        self.leave_aside_time(self.toks[i].start)
        text, ds, state, o = self.text, self.ds, self.state, self.open
        s, e, _, val = self.toks[i]
        if val.kind == "basis" and self.on_basis(s, e):  # type: ignore[attr-defined]
            return 1
        if (base := L.CHANGE_BASE.match(text, s)) and ds.yoy_at < 0:
            ds.span_base = int(base.group("year"))  # 与2002年相比,增加453亿元。财政总收入由44.4亿元增加到…
        if self.run_to_now(i) or self.run_to_month(i):
            return 1  # 2016年以来，全市累计…; 从2021年起到今年6月底，累计…: a span of years (to the last full one, or a month)
        if this_year_since(text, val, e, ds):  # type: ignore[arg-type]
            val = replace(val, kind="ytd")  # type: ignore[type-var]  # 2021年以来 in December 2021: 今年以来
        elif compared_time(text, s, e) or self.compared_after_place(i) or (
                o.local_time and (s == o.local_time[0] or L.LIST_JOIN.fullmatch(text[o.local_time[0]:s]))):
            if o.local_time and s - o.local_time[0] <= 1:  # 2020年全年: one time in two tokens
                local = TimeState(o.local_time[1][0], o.local_time[1][1], 0, False)
            else:
                local = state.copy()
            apply_time(local, val, ds)  # type: ignore[arg-type]
            if text.startswith(("上年", "上一年"), s) and state.year is not None and val.rel == -1:  # type: ignore[attr-defined]
                local.year = state.year - 1  # 2011年,…从上年的80亿元增加到95亿元: the year before the one in force
            elif val.kind == "basis" and text.startswith(("去年", "上年", "上一年"), s):  # type: ignore[attr-defined]
                # 上半年,…由去年同期的20.1亿元增加至21.5亿元: the same period of the year before the one in force
                year, _, _ = resolve_time(state.snapshot(), ds)
                local.year = year - 1 if year is not None else None
            elif val.year is not None and not val.period and (same := _SAME_PERIOD.match(text, e)) and state.period \
                    and not (o.local_time and L.LIST_JOIN.fullmatch(text[o.local_time[0]:s])):  # type: ignore[attr-defined]
                local.period, e = state.period, same.end()  # (not a list's last year: 较2013年、2014年同期的…和…)
            o.local_time = (e, local.snapshot())
            return 1
        if val.period and val.year is None and val.rel is None and L.PLAN_AFTER.match(text, e):  # type: ignore[attr-defined]
            return 1  # 完成年度预算的31.7%: the period of a plan, not of the figures around it
        if self.frames_earlier_rate(i):
            return 1  # 在一季度增长7.9%的基础上，…: the frame's period, its rate's only
        if start_in_passing(text, val, e, ds):  # type: ignore[arg-type]
            return 1  # 扭转了2015年以来…的局面
        if val.kind == "month_of" and self.aside_period is None:  # type: ignore[attr-defined]
            self.aside_period = state.period
        if val.year is not None or val.rel is not None:  # type: ignore[attr-defined]
            ds.span_base = None  # 2023年，…增长8.3%: a year named again ends a base year's run
        if (cumulative := self.cumulative_quarter(val, s, e) or self.cumulative_month(val, s, e)) is not None:  # type: ignore[arg-type]
            val = TimeExpr(period=cumulative)  # 二季度全县地区生产总值为…, 6月,…累计完成…: the months from January
        if state.year is not None and state.year == ds.past_year and self.this_years_period(i, val):  # type: ignore[arg-type]
            state.year, ds.past_year = ds.pub.year, None  # type: ignore[union-attr]
        if val.kind == "span" and val.year is None and val.years > 1 \
                and (text.endswith(L.FOUNDING_WORDS, max(0, s - 4), s) or self.founded_before(val.years, s)):  # type: ignore[attr-defined]
            val = replace(val, years=val.years - 1)  # type: ignore[arg-type, type-var]  # 建区四十年来: the founding year is the first
        self.enter_aside_time(i)
        if self.before_plan_date is None and (self.plan_date_inside(s, val) or self.contrasted_period(s)  # type: ignore[arg-type]
                                              or self.cohort_year(e)):
            self.before_plan_date = state.copy()
        apply_time(state, val, ds)  # type: ignore[arg-type]
        if (first := self.range_start(i)) is not None:
            state.span = state.year - first + 1  # type: ignore[operator]  # 2019年至2023年，全县累计完成…: a span
        if o.slot is not None and not o.slot.amounts and not o.slot.growths:
            o.slot.time = state.snapshot()
        return 1

    def frames_earlier_rate(self, i: int) -> bool:
        """Whether the time token ``i`` is the period of a frame of an earlier rate (在一季度增长7.9%的基础上,
        继一季度增长5.1%、上半年增长6.2%之后): the figures after the frame keep the time in force.  A year the
        frame's period follows at once is the frame's too (在去年一季度增长17.5%的高基数基础上)."""
        j, end = i + 1, self.toks[i].end
        while j < len(self.toks) and self.toks[j].kind == "time" and self.toks[j].start == end:
            j, end = j + 1, self.toks[j].end
        nxt = next((t for t in self.toks[j:] if t.kind in ("growth", "amount", "pct", "time")), None)
        return nxt is not None and nxt.kind == "growth" and self.earlier_frame(nxt.start, nxt.end) is not None

    def on_basis(self, s: int, e: int) -> bool:
        """The same period a year earlier as the time of the figures after it: a level (去年同期为364.4亿元) or one
        compared with (比去年同期的55.3亿元增长10.7%) in the words next to it, a clause's frame (去年同期，全县…);
        whether it was one of them."""
        text, state, o = self.text, self.state, self.open
        level = L.BASIS_LEVEL.match(text, s)
        frame = level is None and self.prior_frame(s, e)
        compared = text.startswith("的", e) and text.startswith(("比", "较"), s)
        if not (level or frame or compared):
            return False
        year, period, _ = resolve_time(state.snapshot(), self.ds)
        if year is None or (not period and not compared):
            return True
        if level:
            o.local_time = (level.end(), (year - 1, period, 0))
        elif frame:
            if self.before_plan_date is None:  # (the time in force comes back after the sentence)
                self.before_plan_date = state.copy()
            state.year, state.period, state.span, state.ytd = year - 1, period, 0, False
        else:
            o.local_time = (e, (year - 1, period, 0))
        return True

    def prior_frame(self, s: int, e: int) -> bool:
        """去年同期，全县地区生产总值为198.2亿元; 而上年同期，…: the same period a year earlier opening a clause
        of its own, the frame of the figures after it (to the sentence's end), not a basis they are compared with.

        >>> f = lambda text: Times.prior_frame(type("S", (), {"text": text})(), text.index("同期") - 2, text.index("同期") + 2)
        >>> f("去年同期，全县…"), f("增长6.1%,而上年同期,…"), f("比去年同期，…"), f("去年同期为5.3%")
        (True, True, False, False)
        """
        text = self.text
        before = text[max(0, s - 1):s]
        if before == "而":
            before = text[max(0, s - 2):s - 1]
        return text.startswith(("去年", "上年", "上一年"), s) and before in ("", ",", ";", ":", "。") \
            and text.startswith((",", "，"), e)

    def run_to_now(self, i: int) -> bool:
        """Whether the time at token ``i`` opens a run of years to now (2016年以来, 2019年年初至今: the time moves to
        the span to the last full year) or is its tail (年初至今 after the year: no time of its own)."""
        s, e, _, val = self.toks[i]
        if (last := self.since_end(i)) is not None:
            self.state.year, self.state.period, self.state.span = last, None, last - val.year + 1  # type: ignore[union-attr, operator]
            self.since_at = e
            return True
        return s == self.since_at and val.kind == "ytd"  # type: ignore[union-attr]

    def run_to_month(self, i: int) -> bool:
        """Whether the time at token ``i`` is the end of a run from an earlier year to a month (从2021年起到今年
        6月底, 2019年至今年9月, 自2019年以来到2024年3月末): the time moves to the span of years up to that
        month's year, no period of its own."""
        s, e, _, val = self.toks[i]
        if val.kind != "time":  # type: ignore[union-attr]
            return False
        m = next((m for m in L.YEAR_TO_MONTH.finditer(self.text[:e + 6], max(0, s - 24))
                  if m.start("year") < s < m.end() and m.end() >= e), None)
        pub = self.ds.pub
        last = (int(m.group("end")) if m.group("end") else pub.year if pub is not None else None) if m else None
        if m is None or last is None or not 0 < last - int(m.group("year")) <= 10:
            return False
        self.state.year, self.state.period, self.state.span = last, None, last - int(m.group("year")) + 1
        return True

    def since_end(self, i: int) -> int | None:
        """2016年以来, 2016年初至今，全市累计…: the last year of a run from the year at token ``i`` to the publication,
        when it covers two years or more (not 2023年以来 in a January 2024 article: that year; nor a list of the
        years since, 2010年以来…分别增长…, one figure each)."""
        val, e, pub = self.toks[i].value, self.toks[i].end, self.ds.pub
        if pub is None or val.year is None or val.period or val.kind != "time" \
                or not L.SINCE_NOW.match(self.text, e) or "分别" in self.text or "依次" in self.text \
                or start_in_passing(self.text, val, e, self.ds):  # type: ignore[union-attr, arg-type]
            return None  # (扭转了2015年以来…的局面: a start named in passing)
        last = pub.year if pub.month > 2 else pub.year - 1  # (in January and February, the year before is the last)
        return last if last - val.year >= 1 else None  # type: ignore[union-attr, operator]

    def range_start(self, i: int) -> int | None:
        """2019年至2023年, 2019-2023年: the first year of a range of years that the year at token ``i`` closes."""
        val, prev, s = self.toks[i].value, self.toks[i - 1] if i else None, self.toks[i].start
        if val.year is None or val.period or val.kind != "time":  # type: ignore[union-attr]
            return None
        if prev is not None and prev.kind == "time" and L.YEAR_RANGE.fullmatch(self.text, prev.end, s):
            first = None if prev.value.period else prev.value.year  # type: ignore[union-attr]
        elif (rise := self.unnamed_rise(s)) is not None:
            first = rise + 1  # 市场主体从2015年的…增加到2020年的…: the years of the change, after its start's
        else:
            first = int(m.group("year")) if (m := L.YEAR_FROM.search(self.text, max(0, s - 6), s)) else None
        return first if first is not None and 0 < val.year - first <= 10 else None  # type: ignore[union-attr, operator]

    def unnamed_rise(self, s: int) -> int | None:
        """全县市场主体从2015年的2.1万户增加到2020年的3.8万户，社会消费品零售总额从62亿元增加到95亿元: the start
        year of a dated change that the year at ``s`` ends, of a measure none of ours (no metric before it in its
        clause, or a count: 规上工业企业由2015年的86家…): its years are the span the sentence's later undated changes
        run over, as a metric's own are (span_from_start)."""
        m = next((m for m in L.DATED_RISE.finditer(self.text, max(0, s - 40), s + 6) if m.start("then") == s), None)
        if m is None or int(m.group("then")) - int(m.group("first")) < 2:
            return None
        counted = any(t.kind == "amount" and m.start() < t.start < m.end() and self.text[t.end - 1] in L.CLASSIFIERS
                      for t in self.toks)
        named = any(t.kind == "metric" and self.clause_start(m.start()) <= t.start < m.start() for t in self.toks)
        return int(m.group("first")) if counted or not named else None

    def enter_aside_time(self, i: int) -> None:
        """…增长6.8%(经最终核实,2022年GDP现价总量为…)。: a time named in brackets after the sentence's
        figures holds inside them only; keep the time in force before it, for after the brackets.
        So does a lagging indicator's months opening a clause (lagging_clause_end)."""
        s = self.toks[i].start
        ps, pe = self.brackets_at(s)
        if ps is None or pe is None:
            pe = self.lagging_clause_end(i)
            ps = s
        if pe is not None and self.aside_time is None \
                and any(t.kind in ("amount", "growth") and t.end <= ps for t in self.toks[:i]):
            self.aside_time = (pe, self.state.copy())

    def lagging_clause_end(self, i: int) -> int | None:
        """上半年,…增长8.2%;1-5月,全省规上服务业营业收入增长7.2%;全省固定资产投资增长2.6%: months from January
        that end before the period in force, opening a clause (after a semicolon) that names no metric of ours
        (a lagging indicator's months, a month behind the rest): where that clause ends, the time before holds
        again."""
        s, _, _, val = self.toks[i]
        text, period = self.text, self.state.period
        if not period or not isinstance(val, TimeExpr) or not val.period or val.year is not None or val.rel is not None \
                or not text[:s].rstrip().endswith(";"):
            return None
        lag, now = month_range(val.period), month_range(period)
        end = text.find(";", s)
        if lag is None or now is None or lag[0] != 1 or now[0] != 1 or lag[1] >= now[1] or end < 0:
            return None
        return end if not any(t.kind == "metric" and s < t.start < end for t in self.toks[i + 1:]) else None

    def leave_aside_time(self, pos: int) -> None:
        """Past the brackets of an aside's time, the time in force before it holds again."""
        if self.aside_time is not None and pos >= self.aside_time[0]:
            before, st = self.aside_time[1], self.state
            st.year, st.period, st.span, st.ytd = before.year, before.period, before.span, before.ytd
            self.aside_time = None

    def this_years_period(self, i: int, val: TimeExpr) -> bool:
        """常州去年实现地区生产总值9550亿元…。一季度，该市实现…: a period named alone, opening a sentence
        after one whose year was 去年, is the publication year's when that period is over by then (not
        a part of last year: 其中一季度…); so is one after a place that words holding 去年 describe (去年经济总量
        突破3000亿元的宜宾，一季度…: the year of the description only).  Not one that opens a list of periods
        whose later ones are not over (一季度、上半年、前三季度、全年增速分别为… in a March bulletin: last year's)."""
        pub = self.ds.pub
        return val.period is not None and val.year is None and val.rel is None and pub is not None \
            and not any(t.kind == "time" for t in self.toks[self.described_place(i):i]) \
            and not L.PARTS_START.match(self.text) \
            and all(period_end_month(p) <= pub.month for p in [val.period, *self.periods_listed_after(i)])

    def periods_listed_after(self, i: int) -> list[str]:
        """The periods listed right after the time token ``i`` (、上半年、前三季度和全年), joined by 、/和."""
        out: list[str] = []
        end = self.toks[i].end
        for t in self.toks[i + 1:]:
            if t.kind != "time" or not L.METRIC_JOIN.fullmatch(self.text, end, t.start) \
                    or not isinstance(t.value, TimeExpr) or t.value.period is None:
                break
            out.append(t.value.period)
            end = t.end
        return out

    def described_place(self, i: int) -> int:
        """The index of the last token before ``i`` that is a place some words ending in 的 describe, with a
        comma between it and token ``i`` (去年…的宜宾，一季度…), else 0."""
        for j in range(i - 1, -1, -1):
            t = self.toks[j]
            if t.kind == "region" and self.text.endswith("的", 0, t.start) and "," in self.text[t.end:self.toks[i].start]:
                return j
        return 0

    def rose_from_dated(self, last: Quantity | None, q: Quantity) -> bool:
        """2011年,…从2010年的80亿元增加到95亿元: a level a dated start rose to, in a later year in force (not
        over a span: 五年来…由“十二五”末的86.5亿元增加到132.4亿元 gives the span's start and end); 上半年,…由去年
        同期的20.1亿元增加至21.5亿元: the year in force is the publication's when none is named."""
        if last is None or not last.dated_start or q.time[2] or last.time[0] is None:
            return False
        then = q.time[0] if q.time[0] is not None else resolve_time(q.time, self.ds)[0]
        return then is not None and then > last.time[0]

    def mark_dated_start(self, q: Quantity, time_end: int) -> None:
        """从2011年的1091.18亿元增加到…: the level a change started from, dated by a year of its own (no
        forecast a plan word may govern)."""
        ts = next((a for a, b in self.times if b == time_end), None)
        q.dated_start = ts is not None and self.text.endswith(L.BASELINE, 0, ts)
        if q.dated_start and q.time[0] is not None and self.ds.yoy_at < 0 and self.text[ts:ts + 4].isdigit():
            self.ds.span_base = q.time[0]  # 由2005年的61.88亿元增加到…。财政总收入由5亿元…: the paragraph's start year

    def span_from_start(self, amounts: list[Quantity], q: Quantity) -> None:
        """…从2011年的1091.18亿元增加到2016年的1650亿元；一般公共预算收入从67.23亿元增加到125.3亿元: the
        years a dated change ran over, two or more, are a span the sentence's later changes run over too.
        The dated starting levels before an end that names its own year are their own years' levels (the
        end opens a slot of its own), no span's start."""
        for a in amounts:
            if a.dated_start and a.role == "baseline":
                a.role = "value"
        last = amounts[-1]
        first, then = last.time[0], q.time[0]
        if last.dated_start and first is not None and then is not None and then - first >= 2:
            self.state.year, self.state.period, self.state.span = then, None, then - first

    def years_named(self, last: Quantity, q: Quantity) -> bool:
        """1978年全县地区生产总值仅1.13亿元，2018年达到202.6亿元，增长60倍: whether the year of a level
        (``last``, named before it) and the later year of the next (``q``, named between them), two or more
        years apart, both stand in the sentence as years of their own: a growth right after the later level
        runs over the years between, no year's (the levels keep their own years)."""
        first, then = last.time[0], q.time[0]
        return first is not None and then is not None and then - first >= 2 \
            and any(ts < last.start and self.text.startswith(str(first), ts) for ts, _ in self.times) \
            and any(last.end <= ts < q.start and self.text.startswith(str(then), ts) for ts, _ in self.times)

    def listed_period_rate(self, i: int, after: int) -> GrowthTok | None:
        """The percent at token ``i`` as a growth, when it follows a period and 的 that a list joins
        to the figures before (，到上半年的7.5%、前三季度的7.2%; not 完成全年的78%; 高于上半年的7.9% is a
        compared rate: compared_period_runs)."""
        s, e = self.toks[i].start, self.toks[i].end
        if i == 0 or self.toks[i - 1].kind != "time" or self.text[self.toks[i - 1].end:s] != "的":
            return None
        if not _PERIOD_LIST_JOIN.fullmatch(self.text, after, self.toks[i - 1].start):
            return None
        m = PERCENT.match(self.text, s)
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)]) if m is not None and m.end() == e else None

    def compared_period_rates(self) -> None:
        """增速比一季度的7%有所加快, 较一季度(-10.8%)回升2.1个百分点: the rate of an earlier period of the
        same year the slot's rate is compared with, a fact of that period."""
        if "%、" in self.text:
            for m in L.COMPARED_PERIOD_LIST.finditer(self.text):
                self.compared_period_list(m)
        if "%" not in self.text or not holds_any(self.text, _PERIOD_RATE_WORDS):
            return  # (the patterns hold 比, 较 or a word of comparison, a percent and a rate word or a bracket)
        for m in chain(L.COMPARED_PERIOD_RATE.finditer(self.text), L.COMPARED_PERIOD_BRACKET.finditer(self.text),
                       self.compared_period_runs()):
            base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
            if m.re is L.COMPARED_PERIOD_BRACKET and L.NOT_GROWTH_RE.search(
                    self.text, self.clause_start(m.start()), m.start()):
                continue  # (比重较一季度(33.1%)提高…: a share's earlier level, no rate)
            t = self.earlier_time(m, base)
            if base is None or len(base.metrics) != 1 or t is None or not t.period or t.year is not None \
                    or self.group_start(base.end) != self.group_start(m.start()) \
                    or not (base.growths or any(q.has_growth for q in base.amounts)):
                continue
            sign = -1 if L.SIGN.get(m.group("verb") or "", 1) < 0 else 1
            self.shift_slot(base, t.period, m.start(), m.end(), [Rate(sign * float(m.group("rate")), *m.span("rate"))])

    def shift_slot(self, base: Slot, period: str, start: int, end: int, growths: list[Rate]) -> None:
        """A slot of ``base``'s metric, places, scope and kind in an earlier ``period`` of its year, with
        ``growths`` (rate-shift); none when the base has no year or is of that period itself."""
        year, own, _ = resolve_time(base.time, self.ds)
        if year is None or own == period:
            return
        slot = Slot(base.metrics, start, end, base.alias, base.broad, list(base.regions), base.scope,
                    base.kind, (year, period, 0), base.explicit_region, rule="rate-shift")
        slot.growths = growths
        self.slots.append(slot)

    def earlier_time(self, m: re.Match[str], base: Slot | None) -> TimeExpr | None:
        """The time a compared rate's period names: a time expression, or the period just before the base's
        (较上月的7.6%, 比上季度(6.2%): periods.previous_period; none known, no period)."""
        if prev := m.groupdict().get("prev"):  # (COMPARED_PERIOD_NEXT names no such period)
            return TimeExpr(period=previous_period(resolve_time(base.time, self.ds)[1], prev)) \
                if base is not None else None
        return time_expr(tm) if (tm := TIME.fullmatch(self.text, *m.span("time"))) else None

    def compared_period_list(self, m: re.Match[str]) -> None:
        """分别增长5.6%、7.3%、8.9%，相比一季度4.6%、4%、9.4%: the rates of an earlier period of the same year,
        one per metric of the list right before, in order (as many as the list's metrics and rates)."""
        rates = [Rate(float(r.group()), m.start("rates") + r.start(), m.start("rates") + r.end())
                 for r in re.finditer(r"[-+]?\d+(?:\.\d+)?", m.group("rates"))]
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start()), None)
        t = time_expr(tm) if (tm := TIME.fullmatch(self.text, *m.span("time"))) else None
        if base is None or not len(base.metrics) == len(base.growths) == len(rates) or t is None or not t.period \
                or t.year is not None or self.group_start(base.end) != self.group_start(m.start()):
            return
        self.shift_slot(base, t.period, m.start(), m.end(), rates)

    def compared_period_runs(self) -> Iterator[re.Match[str]]:
        """增速为6%,高于1-2月的2.7%,1-3月的3.2%: an earlier period's rate after a word of comparison, and
        each further period's of its list."""
        for m in L.COMPARED_PERIOD_ABOVE.finditer(self.text):
            yield m
            while (m := L.COMPARED_PERIOD_NEXT.match(self.text, m.end())) is not None:
                yield m

    def list_times(self, slot: Slot, s: int, end: int) -> None:
        """The periods or years a list of them before the metric at ``s``…``end`` gives its figures, one
        each (一季度、上半年…; 2021年至2023年…; 2013年一季度以来…累计增速分别为: quarter-list)."""
        slot.periods = self.listed_periods(s, end, self.period_toks)
        slot.years = self.listed_years(s)
        if not slot.periods and not slot.years and (after := self.times_after(end)):
            periods = [v.period for v in after if v.period and v.year is None and v.rel is None]
            years = [v.year for v in after if v.year is not None and not v.period and v.kind == "time"]
            if len(periods) == len(after):
                slot.periods = periods  # 地区生产总值一季度、上半年分别为…
            elif len(years) == len(after):
                slot.years = years  # 地区生产总值2022年、2023年分别为…
        if not slot.periods and not slot.years and "以来" in self.text and (run := self.quarters_since(s, end)):
            slot.years, slot.periods = [y for y, _ in run], [p for _, p in run]
            slot.add_rule("quarter-list")
        elif not slot.periods and "季度" in self.text and (lead := self.quarters_running(s, end)) is not None:
            slot.periods = list(_QUARTER_RUN[:lead[1]])  # 四个季度累计GDP增幅分别为…: the year's cumulative
            slot.scope = self.prefix_scope(lead[0], slot.metrics)[0]  # periods; the count is no sector
            slot.add_rule("quarter-list")

    def times_after(self, end: int) -> list[TimeExpr]:
        """地区生产总值一季度、上半年分别为…, …2022年、2023年分别为…: a list of times right after the metric that
        ends at ``end`` (or its measure and 在: 进出口规模在二、三季度…), then 分别 (or 依次): the times of its
        figures, one each; or then 均: the times its one figure holds for; else none."""
        run: list[Token] = []
        for t in self.toks:
            if t.kind == "time" and t.start >= end:
                if not (L.METRIC_JOIN.fullmatch(self.text, run[-1].end, t.start) if run
                        else L.TIMES_AFTER_LEAD.fullmatch(self.text, end, t.start)):
                    break
                run.append(t)
        if len(run) < 2 or not (L.PAIRING.match(self.text, run[-1].end) or L.EACH_RIGHT_AFTER.match(
                self.text, run[-1].end) and self.figure_in_clause(run[-1].end)):
            return []  # (进出口规模在二、三、四季度均超2000亿元: one figure for each, the slot's each)
        return [t.value for t in run]  # type: ignore[misc]

    def figure_in_clause(self, end: int) -> bool:
        """3月、4月出口均增长12%, 出口在3月、4月均…: whether the first figure after ``end`` (and the periods
        listed right after it) stands in its clause, no other time between (not 3月、4月出口均同比增长，其中4月
        增长12%: the later period's rate only)."""
        for t in self.toks:
            if t.kind == "time" and t.start >= end:
                if not (L.METRIC_JOIN.fullmatch(self.text, end, t.start) or L.TIMES_AFTER_LEAD.fullmatch(self.text, end, t.start)):
                    break
                end = t.end
        fig = next((t for t in self.toks if t.start >= end and t.kind in ("amount", "growth")), None)
        return fig is not None and not any(c in self.text[end:fig.start] for c in ",;。") \
            and not any(t.kind == "time" and end <= t.start < fig.start for t in self.toks)

    def quarters_running(self, s: int, end: int) -> tuple[int, int] | None:
        """四个季度累计GDP增幅分别为8.6%、9.2%、9.2%和9.1%, 一至三季度累计…分别增长…: the year's
        cumulative periods (Q1, H1, Q1-Q3, FY) as many as the quarters counted, when as many rates are
        listed after the metric at ``s``…``end``.  Where the count starts and how many, or None."""
        lead = L.QUARTERS_RUNNING.search(self.text, self.clause_start_list(s), s)
        if lead is None or L.METRIC.search(self.text, lead.end(), s):
            return None
        n = "一二三四".index(lead.group("n")) + 1 if lead.group("n") in "一二三四" else int(lead.group("n"))
        rate = next((t for t in self.toks if t.start >= end and t.kind == "growth"), None)
        if n < 2 or rate is None or not L.DISTRIBUTIVE.search(self.text, end, rate.end) \
                or len(rate.value.values) != n:  # type: ignore[union-attr]
            return None
        return lead.start(), n

    def listed_years(self, s: int) -> list[int]:
        """2022年、2023年，…分别为, 2021年至2023年，…分别完成 or 2010年以来…分别增长: the years a list of
        them (a range, or the years since one) leading the metric at ``s`` stands for, one per figure
        when the counts agree."""
        if not self.times or self.times[0][1] > s:
            return []  # (no time token before the metric: no run of years)
        text, run = self.text, []  # type: ignore[var-annotated]
        for t in self.toks:
            if t.kind != "time" or t.end > s:
                continue
            val = t.value
            if run and val.year is None and val.rel is None and val.period == "FY":  # type: ignore[attr-defined]
                continue  # 2010年以来，全省年度GDP…: the years are full years
            if val.year is None or val.period or val.kind != "time":  # type: ignore[attr-defined]
                run = []
            elif run and (L.YEAR_JOIN.fullmatch(text, run[-1].end, t.start)
                          or L.YEAR_RANGE.fullmatch(text, run[-1].end, t.start)):
                run.append(t)
            else:
                run = [t]
        if not run or L.METRIC.search(text, run[-1].end, s):
            return []
        years = [t.value.year for t in run]  # type: ignore[attr-defined]
        pub = self.ds.pub
        if len(run) == 1 and text.startswith("以来", run[0].end) and pub is not None and years[0] < pub.year - 1:
            return list(range(years[0], pub.year))  # 2010年以来…分别增长a、b、c、d: each year since, to last year
        ranged = len(run) == 2 and L.YEAR_RANGE.fullmatch(text, run[0].end, run[1].start)
        if len(run) == 1 and (m := L.YEARS_BARE.search(text, 0, run[0].start)):
            bare = [int(y) for y in re.findall(r"\d{4}", m.group("years"))] + years  # 2017、2018年: a list, bare numbers first
            return bare if all(0 < b - a <= 10 for a, b in zip(bare, bare[1:])) else []
        if len(run) == 1 and (m := L.YEAR_FROM.search(text, 0, run[0].start)):
            years.insert(0, int(m.group("year")))  # 2020—2022年: the range's first year is a bare number
        elif not ranged:
            return years if len(years) > 1 and all(a < b for a, b in zip(years, years[1:])) else []
        return list(range(years[0], years[1] + 1)) if 0 < years[1] - years[0] <= 10 else []

    def quarters_since(self, s: int, end: int) -> list[tuple[int, str]]:
        """2013年一季度以来，GDP累计增速分别为a、b、c…: the cumulative periods from that quarter on, one
        per rate listed after the metric at ``s``…``end`` (Q1, H1, Q1-Q3, FY, then the next year's Q1 …),
        none of them ending after publication; else []."""
        times = [t for t in self.toks if t.kind == "time" and t.end <= s]
        if len(times) < 2 or times[-2].end != times[-1].start or not self.text.startswith("以来", times[-1].end):
            return []
        yv, qv = times[-2].value, times[-1].value
        if yv.year is None or yv.period or canonical_period(qv.period or "") not in _QUARTER_AT \
                or L.METRIC.search(self.text, times[-1].end, s):  # type: ignore[union-attr]
            return []
        rate = next((t for t in self.toks if t.start >= end and t.kind == "growth"), None)
        if rate is None or not L.DISTRIBUTIVE.search(self.text, end, rate.end) or len(rate.value.values) < 3:  # type: ignore[union-attr]
            return []
        y, q, run = yv.year, _QUARTER_AT[canonical_period(qv.period)], []  # type: ignore[union-attr, index, arg-type]
        for _ in rate.value.values:  # type: ignore[union-attr]
            run.append((y, _QUARTER_RUN[q]))
            y, q = (y + 1, 0) if q == 3 else (y, q + 1)
        pub, last = self.ds.pub, (run[-1][0], _QUARTER_RUN.index(run[-1][1]))
        return run if pub is None or last < (pub.year, (pub.month - 1) // 3) else []

    def listed_periods(self, s: int, end: int, period_toks: list) -> list[str]:
        """The periods a metric at ``s``…``end`` stands for when a list of them comes before it:
        1月份和3月份单月进出口额, or 今年4月和5月，全市出口同比分别下降6%和9% (a list leading the sentence)."""
        if len(period_toks) < 2:
            return []  # (a list holds two periods or more)
        text = self.text
        cs = self.clause_start_list(s)  # (一季度、上半年和前三季度GDP: the list's 、 part no clauses)
        near = [(ps, pe, v) for ps, pe, v in period_toks if cs <= ps and pe <= s]
        if len(near) >= 2 and all(L.LIST_JOIN.fullmatch(text[a[1]:b[0]]) for a, b in zip(near, near[1:])):
            return [v.period for _, _, v in near]
        if holds_any(text[end:end + 32], ("分别", "均")) and (m := L.DISTRIBUTIVE.match(text, end)) \
                and (m.group("word") == "分别" or self.figure_in_clause(end)) \
                or "都" in text[end:end + 12] and L.EACH_AFTER.match(text, end) and self.figure_in_clause(end):
            # (3、4月份，全县工业投资均增长…; 二季度和三季度，全市出口都增长了…)
            run = _period_run([t for t in period_toks if t[1] <= s], text)
            if len(run) >= 2 and not L.METRIC.search(text, run[-1][1], s):
                return [v.period for _, _, v in run]
        return []

    def new_period_growth(self, cur: Slot, g: GrowthTok, after: int) -> bool:
        """7月份增长11.2%，1—7月累计增长8.9%: a growth for a period named after the slot's own figure."""
        done = cur.growths or (cur.amounts and cur.amounts[-1].has_growth)
        moved = bool(cur.amounts) and self.state.period is not None and cur.time[1] not in (None, "YTD") \
            and self.state.period != cur.time[1] and L.PERIOD_RATE_NAMED.match(self.text, g.start) is not None
        if done and len(g.values) > 1 and not g.region:  # …增长9.1%，一季度、上半年分别增长7.5%、8.2%
            return self.cumulative_growth(cur, g, after) or self.period_list_growth(cur, g, after)
        later = bool(cur.amounts) and not cur.growths and cur.time[0] is not None and self.state.year is not None \
            and self.state.year > cur.time[0]  # 2023年…312.5亿元，今年预计增长6%: a later year's rate (its plan)
        last = self.slots[-1]
        if not done and len(g.values) == 1 and last is not cur and last.growths and last.rule == "period-growth" \
                and last.metrics == cur.metrics and self.cumulative_growth(cur, g, after):
            return True  # 9月份增速全年最低，单月下降4.7%，累计增长…: after the month's rate another period-growth held
        ranked = not cur.amounts and not cur.growths and L.RANK_IN_CLAUSE.match(self.text, cur.end) is not None
        # (上半年固投总量位居全市第一;6月增长…: a metric ranked with no figure, then a period's rate)
        if not (done or moved or later or ranked) or len(g.values) != 1 or g.region:  # (上半年…1261亿元，而一季度7.5%的增速: Q1's)
            return False
        if done and self.cumulative_growth(cur, g, after):
            return True
        new_year = self.state.year is not None and self.state.year != cur.time[0]
        named = [te for ts, te in self.times if after <= ts and te <= g.start and not compared_time(self.text, ts, te)
                 and (ts, te) not in self.basis_spans]
        if not named or (self.state.period is None and not new_year):
            return False  # 比2019年同期下降10.8%: a compared time names no period of its own (2013年增长7.2%: a year does)
        if any(after < b <= g.start and not L.AVERAGE_RATE_END.search(self.text, max(0, b - 16), b)
               and not self.share_of_slot(cur, b) for b in self.figure_ends):
            return False  # other figures between: the rate is of something else (not an average's: 两年平均增长…,
            # nor the slot's share: …总量位居全市第一,占全市的18.0%;6月增长26.3%)
        semi = self.text.rfind(";", after, named[-1])  # (…增长0.7%;从投资上看,基础设施投资由负转正,1-11月增长…)
        if L.SCOPE.search(self.text, semi if semi >= 0 else max(after, self.clause_start(named[-1] - 1)), g.start) \
                or L.EXCLUSION.search(self.text, named[-1], g.start):
            return False  # 上半年,限额以上批发零售企业…商品销售增长44.1%, 其中汽车制造业8月份增长…: the rate of another
            # thing, named after the period or before it
        if _other_measure(self.text[named[-1]:g.start]):
            return False  # …进出口总额…增长39.9%,全年居民消费价格(CPI)同比上涨2.8%: a measure of no metric of ours
        self.period_slot(cur, cur.start, cur.end, g)
        return True

    def founded_before(self, years: int, s: int) -> bool:
        """…投资区成立25周年…。据统计,25年来,GDP由…: a bare span of as many years as a founding the article
        named shortly before (成立25周年, 建区40年以来) is that founding's span."""
        ds = self.ds
        before = ds.text[max(0, ds.pos - 400):ds.pos] + self.text[:s]
        return any(parse_number(m.group("n")) == years for m in L.FOUNDING_COUNT.finditer(before))

    def share_of_slot(self, cur: Slot, end: int) -> bool:
        """Whether the percent ending at ``end`` is the share of the whole that ``cur``'s metric is (占全市的
        18.0% in the clause group after the slot, no metric named between)."""
        tok = next((t for t in self.toks if t.end == end and t.kind == "pct"), None)
        if tok is None or self.group_start(tok.start) != self.group_start(cur.end):
            return False
        gap = self.text[cur.end:tok.start]
        return not L.METRIC.search(gap) and _SLOT_SHARE.match(self.text, self.clause_start(tok.start)) is not None

    def cumulative_growth(self, cur: Slot, g: GrowthTok, after: int) -> bool:
        """9月当月增长0.2%，累计增长3.0%: after a single month's rate, a rate said 累计 with no period of its
        own is the same metric's for January through that month (苏州、南通9月当月分别增长…，累计分别增长9.3%和
        9.7%: one rate for each of the slot's places, with 分别)."""
        month = _ONE_MONTH.fullmatch(self.month_in_force(cur) or "")  # (after January's own rate, its run is the same month's)
        gap = L.CUMULATIVE_GAP.fullmatch(self.text, after, g.start)
        if month is None or gap is None or g.region \
                or len(g.values) != (len(cur.regions) if gap.group("each") and len(cur.regions) > 1 else 1):
            return False
        self.period_slot(cur, cur.start, cur.end, g)
        self.slots[-1].time = (cur.time[0], "M1-" + month.group(), cur.time[2])
        return True

    def month_in_force(self, cur: Slot) -> str | None:
        """The period of ``cur``'s latest rate: that of the slot the last period rate of its metric made
        (…5月份当月增长6.2%，累计增长4.4%；6月份当月增长8.0%，累计增长…: June's, not May's), else its own."""
        last = self.slots[-1] if self.slots else None
        if last is not None and last is not cur and last.rule == "period-growth" and last.metrics == cur.metrics \
                and last.regions == cur.regions and _ONE_MONTH.fullmatch(last.time[1] or ""):
            return last.time[1]
        return cur.time[1]

    def period_list_growth(self, base: Slot, g: GrowthTok, after: int) -> bool:
        """一季度、上半年、前三季度增速分别为5.1%、5.8%和6.0% (分季度看，一季度、上半年和全年分别增长…):
        rates listed one per period of a list right before them, with 分别 or 依次 (or a verb of the rate's move:
        上半年、前三季度回升到…), are ``base``'s
        metric's for those periods (a slot of this sentence or the one before); whether they were.  The
        list is compared when its first item is (比一季度、上半年分别提高…), not for a 和 before its last."""
        run = _period_run([(ts, te, t) for ts, te, t in self.period_toks if after <= ts and te <= g.start], self.text)
        if len(run) != len(g.values) or compared_time(self.text, run[0][0], run[0][1]) or not L.GAP.fullmatch(_DISTRIBUTIVE.sub("", self.text[run[-1][1]:g.start])) \
                or not (L.PAIRING.search(self.text, run[-1][1], g.end) or L.RATE_MOVE_START.match(self.text, g.start)):
            return False  # (上半年、前三季度回升到4.5%、5.2%: the rates a list of periods moved to, one each)
        self.period_slot(base, g.start, g.start, g)
        self.slots[-1].periods = [t.period for _, _, t in run]
        return True

    def period_slot(self, base: Slot, start: int, end: int, g: GrowthTok) -> None:
        """A slot of ``base``'s metric and places for the period in force, holding rate ``g``."""
        clone = Slot(base.metrics, start, end, base.alias, base.broad, list(base.regions), base.scope,
                     self.plan_kind(g.start) or base.kind, self.state.snapshot(), base.explicit_region,
                     rule="period-growth")
        clone.growths = list(g.rates)
        self.slots.append(clone)

    def prev_period_growth(self, g: GrowthTok) -> bool:
        """…规上工业增加值增长5.4%。其中，8月份增长6.1%; 分季度看，一季度增长7.2%，二季度增长8.1%: in a
        sentence that names no metric, a rate right after a period of its own is the rate of the one
        metric the sentence before gave, for that period (the whole's, when that sentence gave only its parts:
        …生产总值…。其中，第一产业…;第三产业…。分季度看，一季度、…增速分别为…)."""
        prev = self.whole or self.prev
        if prev is None or any(sl.rule != "period-growth" for sl in self.slots) or len(prev.metrics) != 1 \
                or len(prev.regions) > 1 or g.region \
                or not (prev.growths or any(q.has_growth for q in prev.amounts)):
            return False
        if self.names_own_measure(prev, g.start) or self.own_rate_before(g.start):
            return False
        after = max([self.body] + [b for b in self.figure_ends if b <= g.start])
        if len(g.values) > 1:  # 分季度看，一季度、上半年、前三季度增速分别为…: one rate per period listed
            return self.period_list_growth(prev, g, after)
        own = [(ts, te) for ts, te, t in self.period_toks if after <= ts and te <= g.start
               and not compared_time(self.text, ts, te)]
        if not own or not L.GAP.fullmatch(self.text, own[-1][1], g.start) or self.state.period is None \
                or self.other_tail_topic(prev, own[0][0]):
            return False
        if (self.state.year, self.state.period) == prev.time[:2]:
            return False
        self.period_slot(prev, g.start, g.start, g)
        return True

    def own_rate_before(self, end: int) -> bool:
        """1-11月,全省规上服务业营业收入增长7.0%,而一季度下降9.4%: whether the sentence gave, before ``end``, a
        rate or level that no slot holds (of a measure not ours): the periods' rates after it are that measure's,
        not those of the metric of the sentence before."""
        held = [f.start for sl in self.slots for f in (*sl.growths, *sl.amounts)]
        return any(t.kind in ("growth", "amount") and self.body <= t.start and t.end <= end
                   and not any(t.start <= h < t.end for h in held) for t in self.toks)

    def names_own_measure(self, prev: Slot, end: int) -> bool:
        """Whether the sentence names, before the rate at ``end``, a measure of its own whose rates
        these are, not those of ``prev``'s metric: metric words that open no slot (规上工业利润增速由一季度…: a
        modifier of something not ours), or a noun on a measure of its own right before the rate's period
        (网络零售额一季度增长…: vocab/own_measures.csv), unless it is ``prev``'s metric named by its head."""
        if any(t.kind == "metric" and self.body <= t.start and t.end <= end for t in self.toks):
            return True
        first = next((ts for ts, _, _ in self.period_toks if ts < end), None)
        m = None if first is None else L.OWN_MEASURE_BEFORE.search(self.text, 0, first)
        noun = "" if m is None else m.group("noun")  # (全社会用电量…。用电量二季度增长…: the metric's head, its own)
        return bool(noun) and not any(prev.alias.endswith(noun[k:]) for k in range(len(noun) - _end_len(noun)))

    def other_tail_topic(self, prev: Slot, end: int) -> bool:
        """社零增速…回升。全区的投资也在加快，一季度增速为…: a tail word (vocab/metric_anaphora.csv: 投资, 用电量)
        before the sentence's period that the metric of the sentence before does not end with names another
        thing, whose rates these are (not 固定资产投资…。投资方面，一季度增长…)."""
        words = [w for w in L.TAIL_ANAPHORA if w in self.text[self.body:end]]
        return bool(words) and not any(prev.alias.rstrip("量").endswith(w.rstrip("量")) for w in words)

    def periods_between(self, a: int, b: int) -> list[str]:
        """The last list of periods (2月和3月, 3、4、5月) between two positions."""
        toks = [(t.start, t.end, t.value) for t in self.toks if t.kind == "time" and a <= t.start and t.end <= b
                and t.value.kind == "time" and t.value.period]  # type: ignore[union-attr]
        return [t.period for _, _, t in _period_run(toks, self.text)]

"""A sentence's rules about figures: amounts, rates and percentages, what they join, bounds, shares and changes
that are no level or rate."""
from __future__ import annotations

import re
from functools import lru_cache

from ...base.gates import edges
from ...base.regions import WORD_PATTERN, lookup, mask_names
from ...base.tables import ALIASES, METRICS, QUALIFIERS, REGION_WORDS
from .. import lexicon as L
from ..numbers import PERCENT, amount_from_match, percent_value
from ..periods import PREVIOUS_PERIOD, TIME, TimeExpr, canonical_period, previous_period, time_expr
from ..timeline import Snap, TimeState, apply_time, resolve_time
from ..tokens import GrowthTok, Rate
from .common import (Quantity, SentenceBase, Slot, _CLAUSE_SEP, _CUMULATIVE_OF, _ITEM_SPLIT, _YOY_OPENING, _end_len, _item_index,
    _listed_things, _other_measure, _other_things, _region_name, width)

_COMPARED_BRACKET = re.compile("(?:" + WORD_PATTERN.pattern + r"|[\u4e00-\u9fff]{2,4}?[省市县区])(?:平均)?(?:为|是|达|:)?")
_SHARED_RANK = re.compile(r"(?:的(?:增速|增幅|增长率|增长速度))?(?:并列|同居|同列)")  # 以8%的增速并列第2位: the places tie
_SHARED_FRAME = re.compile(r"的(?:增速|增幅|增长率|增长速度)")  # 南京、常州以5.2%的增速稳健增长: each place's rate
_QUALIFIERS_BEFORE = sorted(((w, q) for w, (q, pos) in QUALIFIERS.items() if pos == "before"),
                            key=lambda wq: -len(wq[0]))  # longest first: 超过 before 超
_QUALIFIER_WORDS = tuple(w for w, _ in _QUALIFIERS_BEFORE)
_BARE_GROWTH_OPENING = re.compile(r"\s*" + L.PRICE_BASIS + "其?" + _YOY_OPENING)  # ；同比增长5.5%, ；其增速为5.5%, ；按可比价格计算，增长5.5%
_NOT_RECEIVER = frozenset({"delta", "target", "baseline", "threshold", "share"})
# ；分别比去年同期增长a、b和c: a group opening with 分别 and its rates goes on with the figures before it
_EACH_GROWTH_OPENING = re.compile(r"\s*(?:同比)?分别(?:比|较)?(?:上年|去年)?(?:同期)?")
# …分别达到44960元和16774元，均增长8.3%: one rate that 均 (or 都) gives every figure before it (not 人均, 年均, 平均)
_SHARED_RATE_LEAD = re.compile(r"(?<![人平年])[均都](?:同比|比上年|较上年)?\s*$")
# 排名前五的县,1-8月规上工业总产值: what may stand between a set picked by rank and its metric (a time cut out)
_SET_GAP = re.compile(r"[\s,的]*")
# …，10个区县增速超过10%，增速最高的为…: after a count of places (its kind words, a bracket of kinds), their rate word
_COUNTED_RATE_REMARK = re.compile(r"[县市区旗]{0,2}(?:\([县市区旗、]{1,6}\))?(?:" + L.RATE_WORD_BEFORE.pattern + ")")


def _counted_rate_remark(text: str, s: int, e: int) -> bool:
    """Whether the amount at ``s``-``e`` counts places whose rate word follows (10个区县增速超过10%, 4个县(市)增幅…):
    a remark on the open metric's places, no figure of it (the places named after may still take its rates).

    >>> _counted_rate_remark("10个区县增速超过10%", 0, 3), _counted_rate_remark("120家企业增速超过20%", 0, 4)
    (True, False)
    """
    c = L.COUNTED_PLACES.match(text, s)
    return c is not None and c.end() > e and _COUNTED_RATE_REMARK.match(text, c.end()) is not None


_LEVEL_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # the numbers a clause pairs with 分别 (47.2和11.1亿元)


@lru_cache(maxsize=None)
def _parent_ends(metric: str, word: str) -> bool:
    """Whether ``metric``'s parent metric is named by a word ending with ``word`` (投资: 固定资产投资).

    >>> _parent_ends("industrial_investment", "投资"), _parent_ends("fixed_asset_investment", "投资")
    (True, False)
    """
    parent = METRICS[metric].parent if metric in METRICS else ""
    return bool(parent) and (METRICS[parent].label_zh.endswith(word) or any(
        a.endswith(word) and parent in e.metrics for a, e in ALIASES.items()))

# the characters the patterns Sentence.quantity runs around an amount may end or begin with
_LISTED_BOUND_LAST = edges(L.LISTED_BOUND, last=True)
_THRESHOLD_FIRST = edges(L.THRESHOLD_AFTER)
# 比2022年的55.3亿元增长10.7% / 增加23.3亿元: a change from a compared level (not 多2.3亿元: no verb of growth)
# (a comma may set the base apart from its change: 比1978年的2.1亿元，增长了787倍)
_CHANGE_AFTER_BASE = re.compile(r",?(?:同比)?(?:增长|下降|增加|减少|提高|上升|回落)了?(?=[-+]?\d)")
_QUAL_AFTER_FIRST = edges(L.QUAL_AFTER_RE)
_SURPASS_YEAR_LAST = edges(L.SURPASS_YEAR_END, last=True)
_TARGET_FIRST = edges(L.TARGET_AFTER)
_PLAN_LAST = edges(L.PLAN_AFTER, last=True)  # (a plan word ending the head: its last character)


def _levels(slot: Slot) -> list[Quantity]:
    """The slot's amounts but a change (比上年增加41.3亿元), which leaves the slot's rate to the slot."""
    return [q for q in slot.amounts if q.role != "delta"]


def _has_growth(r: Slot | Quantity) -> bool:
    return r.has_growth if isinstance(r, Quantity) else bool(r.growths)


_BARE_CELL_END = re.compile(r"(?<=\s)[-+]?\d+(?:\.\d+)?$")  # 672.63 10.7: a number set apart by a space, a cell

class Figures(SentenceBase):
    """The steps of a sentence about figures: amounts, rates and percentages, what they join, bounds,
    shares and changes that are no level or rate."""

    def rated_before(self, slot: Slot) -> Slot | None:
        """The slot a metric's stand-in word (总量, 规模) names again in its clause group, when that
        slot was given its rate and no level yet (…同比增长5.2%，总量达到1234.5亿元): the level is its.  One
        of another period is a slot of its own (上半年…投资增长4.6%，其中6月投资额为35.2亿元: June's level)."""
        last = self.slots[-1] if self.slots else None
        if last is None or "metric-anaphor" not in slot.rule.split("+") or _levels(last) or len(last.growths) != 1 \
                or (last.metrics, last.regions, last.scope, last.kind) != (slot.metrics, slot.regions, slot.scope, slot.kind) \
                or last.time[0] != slot.time[0] or last.time[1] != slot.time[1] \
                or self.group_start(last.end) != self.group_start(slot.start):
            return None
        return last

    def on_amount(self, i: int, j: int) -> int:
        """An amount is the figure of the open slot when only fillers (or a reference time, a
        bound, a starting level) stand between; else it may wait for the metric after it."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        o = self.open
        if L.BOUND_HOLDER.match(self.text, e) or L.SET_LIST_AFTER.match(self.text, e) \
                or L.SET_LIST_OPEN.match(self.text, e) or self.text.endswith("第", 0, s):
            return 1  # 是全省首个突破千亿的县, 超百亿元的企业, 超百亿元的还有:…: a bound the places or firms passed;
            # 第二个: an ordinal: no figure
        if counted := self.bound_count(s):
            return counted  # 两个百亿关口: a count of bounds
        if o.slot is not None and _counted_rate_remark(self.text, s, e):
            return 1  # …，10个区县增速超过10%，增速最高的为…: the open metric's places counted by a bound of their rate
        q = self.quantity(val, s, e)  # type: ignore[arg-type]
        if self.set_bound_passed(q) or self.compared_in_brackets(s) or self.aside_in_brackets(s) or self.converted_aside(s, e):
            return 1  # 17县市财政总收入超20亿: a bound a counted set passed; 19017元（全市为21585元）: another place's
            # figure, set apart; 1520.4亿元(约合226.1亿美元)，增长8.8%: the figure restated, the phrase going on after it
        referenced = self.referenced_time(q, s)
        if referenced and self.compared_base(q, e):
            return 1  # 为61.2亿元，比2022年的55.3亿元增长10.7%: the compared level is its year's; the rate the slot's
        o.local_time = None
        if L.DURATION_AFTER.match(self.text, e) and not any(self.clause_start(s) <= ts < s for ts, _ in self.times):
            q.role = "other"  # 由10亿到20亿用了9年: a milestone a span of years is measured between, no year's level
        if q.role == "threshold" and not self.carried.scope and not self.own_threshold(s, e):
            self.carried.scope, self.carried.group = "subset", self.group_start(s)
            self.carried.subject = False
        slot = o.slot
        if slot is not None and slot.amounts and (self.change_aside(q, s) or self.plan_aside(q, s)):
            return 1
        last = slot.amounts[-1] if slot is not None and slot.amounts else None
        if last is not None and L.METRIC_JOIN.fullmatch(self.text, last.end, s):
            self.listed_after(last, q, referenced)
        if slot is not None and slot.growths and not _levels(slot) and o.growth_end > o.chain_end:
            o.chain_end = o.growth_end  # 比上年增长25.3%，达到2400亿元 (增加5.2亿元，增长7.9%，达到…): the level after its growth
        gap_times = [t for t in self.times if o.chain_end <= t[0] and t[1] <= s]
        if slot is not None and q.role == "other" and q.amount is None and self.unknown_place(slot):
            q.role = "held"  # 接待游客、社零分别达到1120万人次、…: the item's own figure, holding its place in the list
        if slot is not None and q.role != "other" and not self.placed_level_after(slot, q, i) and self.joins(slot, q, s, gap_times):
            if (gap_times or self.rose_from_dated(last, q)) and slot.amounts:
                self.span_from_start(slot.amounts, q)
                named = self.years_named(slot.amounts[-1], q)
                slot = o.slot = self.reference_slot(slot, q)
                if named:
                    o.span_slot = slot
            slot = o.slot = self.planned_level(slot, s)  # …，2023年预计达到312.5亿元: a plan's level
            slot = o.slot = self.realized_level(slot, s)  # 目标…，实际完成…: the level reached
            slot.amounts.append(q)
            o.chain_end = q.end
            self.bound_count(e)  # 迈上5000亿元、6000亿元两大台阶: milestones, counted
            if referenced and len(slot.amounts) == 1:
                slot.add_rule("reference-level")  # 社零已超过去年全年的8118.5亿元: another time's level
            if gap_times and any(self.text.endswith(L.MILESTONE_FROM, 0, ts) for ts, _ in gap_times):
                return 1  # 这是继2021年突破100亿元之后，…比上年增长4.8%: an earlier milestone takes no later rate
        else:
            o.slot = None
            if self.before_metric(q, i):
                return 1
        self.receivers.append(q)
        return 1

    def referenced_time(self, q: Quantity, s: int) -> bool:
        """已超2020年全年的1503.6亿元; 比湖北省2019年一季度的地区生产总值9110.05亿元: an amount right after a
        comparison's own time (its 的) is that time's; whether it was."""
        o = self.open
        if o.local_time and (L.GAP.fullmatch(self.text, o.local_time[0], s)
                             or self.text.startswith("的", o.local_time[0]) and (o.local_time[0] + 1 == s or (
                                 o.slot is not None and o.slot.start == o.local_time[0] + 1
                                 and L.GAP.fullmatch(self.text, o.slot.end, s) is not None))):
            q.time = o.local_time[1]
            self.mark_dated_start(q, o.local_time[0])
            return True
        return False

    def compared_base(self, q: Quantity, e: int) -> bool:
        """为61.2亿元，比去年同期的55.3亿元增长10.7% (出口52.3亿元，仅次于3月份的55.1亿元，同比增长…): a level
        another time had, after 比/较 (or a ranking's 仅次于, 高于…) and that time, once
        the open slot has its own level: a fact of that time, and the slot stays open for the rate after."""
        o = self.open
        ts = next((a for a, b in self.times if o.local_time is not None and b == o.local_time[0]), None)
        while ts is not None and (before := next((a for a, b in self.times if b == ts), None)) is not None:
            ts = before  # (仅次于今年3月份的…: the comparison stands before the run's first time)
        slot = o.slot
        if ts is None or slot is None or not slot.amounts or slot.amounts[-1].has_growth \
                or not (self.text.endswith(L.BASE_LEADS, 0, ts) or self.text.startswith(("比", "较"), ts)) \
                or not _CHANGE_AFTER_BASE.match(self.text, e):
            return False
        self.reference_slot(slot, q).amounts.append(q)
        o.local_time, o.chain_end = None, e
        return True

    def reference_slot(self, slot: Slot, q: Quantity) -> Slot:
        """A new slot of ``slot``'s metric, places, scope and kind in the time of the level ``q`` (another
        time's: 比2022年的55.3亿元, 从2010年的80亿元增加到2011年的95亿元), added to the sentence's slots."""
        ref = Slot(slot.metrics, slot.start, slot.end, slot.alias, slot.broad, list(slot.regions),
                   slot.scope, slot.kind, q.time, slot.explicit_region, rule="reference-level")
        self.slots.append(ref)
        return ref

    def set_bound_passed(self, q: Quantity) -> bool:
        """17县市财政总收入超20亿, 全省有5个县GDP突破100亿元, 全省共有4地一般公共预算收入超过100亿元: a bound
        a counted set of places named right before the home region's metric (a time may stand between) passed,
        no figure of the region's; so is one a set picked by rank passed, in the clause right before or the
        metric's own (排名前五的县,1-8月规上工业总产值都超过了300亿元), no place or word but a time between."""
        o = self.open
        if q.qualifier != "over" or o.slot is None or o.slot.regions != [self.ds.home]:
            return False
        at = o.slot.start
        before = TIME.sub("", self.text[max(0, at - 18):at])  # (全省共有三地前三季度进出口…: the time cut out)
        if any(p.search(before[-12:]) for p in (L.COUNTED_SET_END, L.COUNTED_PLACE_WORD_END)):
            return True
        ranked = list(L.RANKED_SET.finditer(self.text, max(0, at - 16), at))
        return bool(ranked) and _SET_GAP.fullmatch(TIME.sub("", self.text[ranked[-1].end():at])) is not None \
            and not any(t.kind == "region" and ranked[-1].end() <= t.start < at for t in self.toks)

    def bound_count(self, s: int) -> int:
        """地区生产总值连续跨越500亿元、600亿元两个百亿关口，达到619.04亿元: a count of the round bounds
        passed (两个百亿关口, 3个百亿元台阶, 两大台阶) is no figure, nor are the milestones listed right
        before it; the phrase goes on to the figure after them. How many tokens the count takes (0 when
        ``s`` opens none)."""
        m = L.BOUND_COUNT.match(self.text, s)
        if m is None:
            return 0
        o = self.open
        if o.slot is not None:
            cut = s
            while o.slot.amounts and (o.slot.amounts[-1].end == cut
                                      or L.METRIC_JOIN.fullmatch(self.text, o.slot.amounts[-1].end, cut)):
                cut = o.slot.amounts.pop().start  # 500亿元、600亿元: the bounds counted
            o.chain_end = m.end()
        return sum(s <= t.start < m.end() for t in self.toks)

    def change_aside(self, q: Quantity, s: int) -> bool:
        """…分别实现378.6亿元和350.8亿元，较上年分别增加了13.2亿元和10.4亿元，分别增长…: the changes
        named after the slot's levels (one, or a list of them) stand aside; the phrase goes on to the
        rates after them."""
        o = self.open
        if q.role == "value" and o.change_end >= 0 and L.METRIC_JOIN.fullmatch(self.text, o.change_end, s):
            q.role = "delta"  # …和10.4亿元: the next change of the list
        elif q.role != "delta" or not L.DELTA_GAP.fullmatch(self.gap_text(o.chain_end, s)):
            return False
        o.chain_end = o.change_end = q.end
        return True

    def plan_aside(self, q: Quantity, s: int) -> bool:
        """一般公共预算收入4.52亿元，完成预算数4.40亿元的102.7%，较上年4.11亿元增长10%: a plan's figure (a budget's,
        a task's) with the share of it reached, after the slot's level in its clause group, stands aside; the
        phrase goes on to the prior level and the rate after it."""
        o = self.open
        if q.role != "target" or self.group_start(o.chain_end) != self.group_start(s) \
                or (share := L.PLAN_AMOUNT_SHARE.match(self.text, q.end)) is None:
            return False
        o.chain_end = share.end()
        return True

    def past_note(self, start: int, end: int) -> int:
        """Where the gap after ``start`` begins: past the rest of a note in brackets that ``start`` stands
        inside, that closes before ``end`` with no number in it and follows a metric's phrase
        (生产总值(GDP,当年价)100.48亿元)."""
        if not self.parens:
            return start
        if (note := L.THRESHOLD_NOTE.match(self.text, start)) and note.end() <= end \
                and any(sl.end == start for sl in self.slots):
            return note.end()  # 固定资产投资(500万元以上项目)56.7亿元: the threshold it counts from, then its figure
        ps, pe = self.brackets_at(start)
        if ps is None or pe > end or any(c.isdigit() for c in self.text[start:pe]) \
                or not any(sl.end == ps for sl in self.slots):
            return start  # (人均地区生产总值(GDP,下同)86210元: the metric before the note is a modifier, no phrase)
        return pe  # type: ignore[return-value]

    def gap_text(self, start: int, end: int) -> str:
        """The text between ``start`` and ``end`` with the times in it left out (比上年同期)."""
        gap = self.text[start:end]
        for ts, te in reversed([t for t in self.times if start <= t[0] and t[1] <= end]):
            gap = gap[: ts - start] + gap[te - start:]
        return gap

    def compared_in_brackets(self, s: int) -> bool:
        """Whether the figure at ``s`` stands in brackets after a place it belongs to (（全市为21585元）,
        （全省9.4%）), inside a phrase of another place's."""
        ps, pe = self.brackets_at(s)
        if ps is None:
            return False
        if self.open.slot is not None and ps >= self.open.slot.end \
                and _COMPARED_BRACKET.fullmatch(self.text, ps + 1, s) is not None:
            return True
        return self.bracket_list(ps, pe) is not None  # (全国5963元、全省4881元、…): each item of the list

    def remark_in_brackets(self, s: int) -> bool:
        """Whether the metric at ``s`` is named inside brackets that hold no figure, after the open
        phrase's figure in its clause group (…323亿元(主要是规模以上工业产值、建筑业产值未达预期),下降2.0%):
        a remark on that figure. The metric opens no phrase; the one before takes the figures after the brackets."""
        o = self.open
        last = o.slot or (self.slots[-1] if self.slots else None)  # (a plan's share between: 完成年计划的89.2%)
        if not self.parens or last is None or not (last.amounts or last.growths):
            return False
        ps, pe = self.brackets_at(s)
        if ps is None or last.end > ps or ";" in self.text[last.end:ps] or any(
                ps < t.start < pe and t.kind in ("amount", "pct", "growth") for t in self.toks):
            return False  # (一季度增长5%): a figure of its own; …；其中(规上工业)…: another clause group's
        o.chain_end = max(o.chain_end, pe)  # type: ignore[type-var, assignment]
        return True

    def aside_in_brackets(self, s: int) -> bool:
        """Whether the amount at ``s`` stands alone in brackets right after the open phrase's last
        figure (1520.4亿元(约合226.1亿美元), 52.3亿元(上年同期为47.1亿元)): the figure in another
        currency or a reference level, set apart. The phrase stays open after the brackets."""
        o = self.open
        ps, pe = self.brackets_at(s)
        if ps is None or o.slot is None or not o.slot.amounts or o.slot.amounts[-1].end != ps \
                or any(ps < t.start < pe and t.kind not in ("amount", "time") for t in self.toks) \
                or sum(ps < t.start < pe and t.kind == "amount" for t in self.toks) != 1:
            return False
        o.chain_end = pe  # type: ignore[assignment]
        return True

    def converted_aside(self, s: int, e: int) -> bool:
        """Whether the amount at ``s`` restates the open phrase's last figure in another currency, after a
        conversion word right after that figure (1.2亿美元，折合人民币8.6亿元，增长12.6%; 356.2亿元、约合49.6亿美元):
        set apart, as one in brackets is. The phrase stays open after it, to ``e``."""
        o = self.open
        if o.slot is None or not o.slot.amounts \
                or L.CONVERTED_GAP.fullmatch(self.text, o.slot.amounts[-1].end, s) is None:
            return False
        o.chain_end = e
        return True

    def on_growth(self, i: int, j: int) -> int:
        """A growth phrase: a new period's rate of the slot (7月份增长…，1—7月累计增长…), else the
        rate of the figure or slot before it."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        o = self.open
        if L.RATE_RANGE_AFTER.match(self.text, e):
            return 1  # 各县增速在3.8%至7.1%之间: the lower end of a range, no one figure
        if self.text.startswith(L.PRIOR_RATE_WORDS, s) \
                and L.PRIOR_PERIOD_RATE.search(self.text, self.clause_start(s), s):
            return 1  # 去年同期乐清的增速是-10.1%: the rate of a year before, not of the period in force
        if L.TARGET_RATE_AFTER.match(self.text, e) or L.SET_RATE_AFTER.match(self.text, e):
            if o.slot is not None and not o.slot.amounts and (met := L.TARGET_MET.match(self.text, e)):
                o.chain_end = met.end()  # …增长6%的目标全面完成，全年完成25.3亿元: the slot's figure comes next
            return 1  # 增长5%以上的预期目标, 增速在20%以上的有2个县: a target's rate, a set's bound; no figure's
        base = val.base_year  # type: ignore[attr-defined]
        if val.over_years:  # type: ignore[attr-defined]
            o.growth_end = e
            if o.slot is not None and not o.slot.amounts and not o.slot.growths:
                o.chain_end = e  # 出口额五年翻了一番，达到12.3亿美元: the level after it is the slot's
            return 1  # 五年翻了一番: a growth over the years counted, not year on year
        if base is None and (self.state.span or o.slot is not None and o.slot is o.span_slot) \
                and o.slot is not None and o.slot.amounts and not self.state.period \
                and not L.YEAR_BEFORE_BASIS.search(self.text, self.clause_start(s), s):
            o.growth_end = e
            return 1  # 从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍: the growth over the span, not a year's
        if base is None and self.ds.span_base is not None \
                and not L.YOY_BASIS.search(self.text, self.clause_start(s), s):
            base = self.ds.span_base  # …比2005年增长86%。人均生产总值…增长58.9%: the paragraph's base year
        if base is not None:
            year = resolve_time(self.state.snapshot(), self.ds)[0]
            if year is None or base != year - 1:
                if self.ds.yoy_at < 0 or "\n" in self.ds.text[self.ds.yoy_at:self.ds.pos + s]:
                    self.ds.span_base = base  # (after the paragraph's year-on-year growths it is this one's alone)
                o.growth_end = e
                if o.slot is not None and not o.slot.amounts and not o.slot.growths:
                    o.chain_end = e  # …比2018年增长42.5%，达到168.2亿元: the level after it is the slot's still
                return 1  # 2023年…比2018年增长36.5%: a growth over five years, not year on year
        self.ds.yoy_at = self.ds.pos + s
        if self.rate_in_earlier_frame(val, s, e):  # type: ignore[arg-type]
            return 1
        if o.slot is not None and self.own_measure_rate(o.slot, s):
            return 1  # 社消总额大跌,国内游客量同比增长14%: the rate of a measure of its own, not the slot's
        if o.slot is not None and self.other_subject_rate(o.slot, s):
            return 1  # …,GDP增速最慢的是某新区,增速只有3.5%; 其中西塘镇最高,为17.3%: no figure of the slot's place
        if o.slot is not None and self.new_period_growth(o.slot, val, max(o.chain_end, o.growth_end)):  # type: ignore[arg-type]
            o.growth_end = e
            return 1
        if o.slot is None and self.prev_period_growth(val):  # type: ignore[arg-type]
            return 1
        if o.slot is not None and (reached := self.realized_level(o.slot, s)) is not o.slot:
            o.slot = reached  # 目标增长6%，实际增长6.3%: the rate reached, a phrase of its own
            self.receivers.append(reached)
        self.attach_growth(val, o.slot)  # type: ignore[arg-type]
        if o.slot is not None and len(o.slot.regions) > 1 and len(val.values) == 1 and self.shared_rate(s, e):
            o.slot.each = True  # 长沙市、娄底市以8%的增速并列第2位, 以8%的增速领跑: one rate for every place listed
        levels = _levels(o.slot) if o.slot is not None else []
        if o.slot is not None and (levels[-1].has_growth if levels else bool(o.slot.growths)):
            o.growth_end = e
        return 1

    def shared_rate(self, s: int, e: int) -> bool:
        """Whether the one rate at ``s``-``e`` of places joined before it is each place's: they tie (以8%的增速并列
        第2位) or it is framed 以…的增速 (湖州、衢州以9.3%的增速领跑全省)."""
        return "并" in self.text and _SHARED_RANK.match(self.text, e) is not None \
            or self.text.endswith("以", 0, s) and _SHARED_FRAME.match(self.text, e) is not None

    def earlier_frame(self, s: int, e: int) -> tuple[int, Snap] | None:
        """Where the opener stands, and the time, of a frame that an opener (继, 在) and an earlier period
        open and (之|以)后 or 的…基础上 closes, when the rate at ``s``-``e`` stands in it (继一季度同比增长21.4%
        实现良好开局之后, 在1-7月增长4.2%的良好基础上): the rate is that period's. None for a rate in no such
        frame (这是继2021年突破100亿元之后…增长4.8%: the frame holds no rate; 在去年同期增长20.5%的高基数
        基础上: a base, no period's own)."""
        text = self.text
        if L.EARLIER_FRAME_END.match(text, e) is None:
            return None
        cs = self.clause_start_list(s)  # (继一季度增长5.1%、上半年增长6.2%之后: a list of rates in one frame)
        times = [t for t in self.toks if t.kind == "time" and cs <= t.start and t.end <= s]
        if not any(text.endswith(L.EARLIER_FRAME_OPENERS, 0, t.start) for t in times) \
                or any(t.value.kind != "time" for t in times):  # type: ignore[attr-defined]
            return None
        local = self.state.copy()
        first = max(i for i, t in enumerate(times) if text.endswith(L.EARLIER_FRAME_OPENERS, 0, t.start))
        for t in times[first:]:  # the rate's own: from the opener's (在去年一季度增长17.5%…: the year, then its period)
            apply_time(local, t.value, self.ds)  # type: ignore[arg-type]
        if local.year != self.state.year and self.state.period \
                and _CUMULATIVE_OF.get(local.period or "") == canonical_period(self.state.period):
            local.period = self.state.period  # 1至9月,…在去年三季度增长11.8%的基础上: last year's months to that quarter
        return times[first].start - 1, local.snapshot()  # where the opener stands

    def rate_in_earlier_frame(self, g: GrowthTok, s: int, e: int) -> bool:
        """A rate in a frame of an earlier period (继一季度增长21.4%之后，…): kept for the metric after the frame
        when the frame names none (whether it was), else its metric's, of the frame's period."""
        o = self.open
        if (frame := self.earlier_frame(s, e)) is None:
            return False
        if o.slot is not None and o.slot.end == frame[0] and len(o.slot.metrics) == 1 \
                and not o.slot.amounts and not o.slot.growths:  # GDP在去年三季度增长11.8%的基础上增长7.3%，投资…:
            pending, self.earlier_rates = self.earlier_rates, [(g, frame[1])]  # the frame opens right after its
            self.earlier_rate_slots(o.slot)  # metric: that metric's, not the next clause's
            self.earlier_rates = pending
            return True
        if o.slot is None or o.slot.start < frame[0]:  # (…增加值在去年一季度增长14.2%的高基数上，再增长9.1%)
            self.earlier_rates.append((g, frame[1]))
            return True  # 继一季度增长21.4%之后，海盐外贸进出口…: the rate of the metric after the frame
        if not o.slot.amounts and not o.slot.growths:
            o.slot.time = frame[1]  # 继上半年全区GDP增长6.8%之后，前三季度…: the frame's period
            o.slot.add_rule("earlier-rate")
        return False

    def earlier_rates_left(self) -> None:
        """The rates of a frame no metric follows in the sentence (…零售总额增长6.6%，继上半年增长6.1%之后增速
        继续回升): the rates of the metric named last before it, each of its frame's period."""
        for g, snap in self.earlier_rates:
            owner = next((sl for sl in reversed(self.slots) if sl.start < g.start and "earlier-rate" not in sl.rule), None)
            if owner is not None:
                self.earlier_rates = [(g, snap)]
                self.earlier_rate_slots(owner)
        self.earlier_rates = []

    def earlier_rate_slots(self, slot: Slot) -> None:
        """The rates of a frame before the metric ``slot`` opens (继上半年增长8.2%之后，前三季度规上工业增加值…):
        that metric's, each of its frame's period."""
        for g, snap in self.earlier_rates:
            if len(g.rates) == 1 and len(slot.metrics) == 1:
                earlier = Slot(slot.metrics, slot.start, slot.end, slot.alias, slot.broad, list(slot.regions),
                               slot.scope, slot.kind, snap, slot.explicit_region, rule="earlier-rate")
                earlier.growths = list(g.rates)
                self.slots.append(earlier)
        self.earlier_rates = []

    @staticmethod
    def listed_after(last: Quantity, q: Quantity, referenced: bool) -> None:
        """An amount listed right after another of the slot's (、和及与) is of its kind and time: 从4.89万元、
        2.90万元分别提高到…, a list of starting levels; 由2015年的18.1亿元、10.2亿元增加到2020年的30.5亿元、
        17.6亿元, the list's year, each (not the span the first change set after it), unless it names its own;
        分别较2015年增加11692元、7623元, a list of changes."""
        if last.role in ("baseline", "delta") and q.role == "value":
            q.role = last.role
        if not referenced:
            q.time, q.dated_start = last.time, last.dated_start

    def on_pct(self, i: int, j: int) -> int:
        """A percent with no growth word (a share, an average annual rate): it takes no rate of a
        slot's; right after the open slot's words, in their clause, the figures after it may still
        join the slot (年均增长6.8%，2023年达到756.3亿元)."""
        s, e = self.toks[i].start, self.toks[i].end
        o = self.open
        if o.slot is not None and (given := self.rate_after_verdict(i, o.slot)) is not None:
            self.toks[i] = self.toks[i]._replace(kind="growth", value=given)
            return self.on_growth(i, j)  # 增速连续5个月保持两位数，1-5月达12.1%: the slot's rate of that period
        if o.slot is not None and (rate := self.listed_period_rate(i, max(o.chain_end, o.growth_end))) is not None \
                and self.new_period_growth(o.slot, rate, max(o.chain_end, o.growth_end)):
            o.growth_end = e  # 增速5.2%，到上半年的7.5%、前三季度的7.2%: the slot's rates of later periods
            return 1
        if o.slot is not None and i and self.toks[i - 1].end <= o.chain_end \
                and not _CLAUSE_SEP.search(self.text, o.chain_end, s) \
                and (L.SHARE_WORD not in (gap := self.text[o.chain_end:s]) or L.PLAN_SHARE.search(gap)):
            o.chain_end = e
        self.receivers.append(Quantity(s, e, role="share"))
        return 1

    def rate_after_verdict(self, i: int, slot: Slot) -> GrowthTok | None:
        """The percent at token ``i`` as the slot's growth, when the slot's metric has no figure yet and is
        followed by its rate word and a short verdict, then a period and 达/为 right before the percent
        (规上工业增加值增速连续5个月保持两位数，1-5月达12.1%; not 增速回升，占比达35%)."""
        s, e = self.toks[i].start, self.toks[i].end
        if i == 0 or slot.amounts or slot.growths or self.toks[i - 1].kind != "time" \
                or not L.RATE_GIVEN.fullmatch(self.text, self.toks[i - 1].end, s) \
                or not L.RATE_VERDICT_PERIOD.fullmatch(self.text, slot.end, self.toks[i - 1].start):
            return None
        m = PERCENT.match(self.text, s)
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)]) if m is not None and m.end() == e else None

    def after_bound(self, cur: Slot | None, a: int, b: int, q: Quantity) -> bool:
        """GDP总值虽未及2000亿门槛，却也相差不大，达到了1861.08亿元: after a slot's round bounds,
        the figure a verb introduces later in its clause group (no other metric between), or another
        bound (虽不足200亿元，却也在150亿元之上，达到…); also after a bound with no number
        (财政总收入突破亿元大关，实现11338万元)."""
        if cur is None or (not all(q.qualifier for q in cur.amounts) if cur.amounts
                           else not L.BARE_BOUND.search(self.text, a, b)):
            return False
        if self.group_start(b) != self.group_start(a) or L.METRIC.search(self.text, a, b) \
                or any(a <= t.start < b and t.value not in L.BOUND_WORDS for t in self.toks if t.kind == "region"):
            return False  # (…近1.85万亿元…，南京和无锡紧随其后，分别突破了…: other places' bounds)
        verb = L.VALUE_VERB_END.search(self.text, max(a, b - 4), b)
        words = self.text[a:verb.start() if verb else b]
        if L.other_thing(words[words.rfind(",") + 1:]):
            return False  # …不足300亿元，却也在200亿元之上，其中税收收入达到…: the figure of a part
        return bool(q.qualifier or verb) and not any(map(str.isdigit, self.text[a:b]))

    def reference_gap(self, a: int, b: int, times: list[tuple[int, int]]) -> bool:
        """出口1524.7亿元，增长51.1%，已超2020年全年的1503.6亿元: a level of another time.  The gap runs
        from ``a`` on: a time before it (比上年同期增长3.5%；6月当月完成…: the rate's compared time) leaves none
        of the text it passed in the gap."""
        times = [(max(ts, a), max(te, a)) for ts, te in times]
        gap = "".join(self.text[x:y] for x, y in zip([a] + [te for _, te in times], [ts for ts, _ in times] + [b])
                      if y > x)
        return bool(L.REF_GAP.fullmatch(gap))

    def own_measure_rate(self, slot: Slot, s: int) -> bool:
        """Whether the rate at ``s`` follows a noun on a measure of its own (游客量同比, 餐饮收入) that opens
        its clause, after the slot's clause and with no metric of ours in it: that measure's rate, none of the
        slot's (规上工业增加值100亿元,汽车产量同比增长14%)."""
        cs = self.clause_start(s)
        if slot.end > cs or not L.OWN_MEASURES_AT.intersection(self.text[max(cs, s - 12):s]):
            return False
        m = L.OWN_MEASURE_BEFORE.search(self.text, cs, s)
        if m is None or (noun := m.group("noun")).endswith(L.METRIC_MEASURES) \
                or any(slot.alias.endswith(noun[k:]) for k in range(len(noun) - _end_len(noun))):
            return False  # (全社会用电量…,用电量同比增长: the slot's metric named again by its head)
        return not any(t.kind in ("metric", "growth") and cs <= t.start < s for t in self.toks)

    def other_subject_rate(self, slot: Slot, s: int) -> bool:
        """Whether the rate at ``s`` is a subject's other than the place of ``slot``: a leader that is no
        token of ours (before the slot's first figure), or a town by its name opening the rate's clause,
        alone or singled out by its rank (…增速全部为正,其中西塘镇最高,为17.3%), outside a town's own paper."""
        return not slot.amounts and not slot.growths and self.unnamed_leader(slot, s) \
            or not self.ds.home_is_town and L.TOWN_BEFORE_RATE.search(self.text, slot.end, s) is not None

    def unnamed_leader(self, slot: Slot, s: int) -> bool:
        """Whether a superlative after the slot's metric names, in a clause before the rate at ``s``, a
        subject that is no token of ours (增速最慢的是某某新区，增速只有3.5%: no place, metric nor time):
        the rate is that subject's, not the place's the slot holds from before."""
        m = L.SUPERLATIVE_PLACE_GAP.search(self.text, slot.end, s)
        return m is not None and m.end() <= s \
            and not any(t.kind in ("region", "metric", "time") and m.start() <= t.start < s for t in self.toks)

    def unknown_tail(self, slot: Slot) -> int:
        """城镇居民人均可支配收入和农村居民人均纯收入分别达到33188元和17397元: items that are no
        metric of ours after the slot's, then 分别 and as many figures as items; each unknown item
        holds a place in the list (its figure is skipped).  Where the figures may start, or 0."""
        m = L.UNKNOWN_TAIL.match(self.text, self.past_metric_note(slot.end))  # 固定资产投资(不含农户)和…: past the slot's note
        if m is None or any(t.kind == "time" and slot.end <= t.start < m.end() for t in self.toks):
            return 0  # (规上工业增加值3、4、5月分别增长…: the months listed, no items)
        items = [i.strip() for i in re.split(r"以及|、|和|及|与", m.group("items")) if i.strip()]  # (past 总量 …)
        if any(map(self.names_metric, items)):
            return 0  # 出口和进口额分别…: a metric of ours, which the list step pairs
        k = len(items)
        figures = L.FIGURE_LIST.match(self.text, m.end())
        if figures is None or len(_ITEM_SPLIT.findall(figures.group("list"))) + 1 != len(slot.metrics) + k:
            return 0
        slot.metrics += ("",) * k
        return m.end()

    def investment_threshold(self, start: int, metrics: tuple[str, ...] = ()) -> re.Match[str] | None:
        """The reporting threshold of the investment statistic run into the name of the investment metric at
        ``start`` (500万元以上固定资产投资, 500万元以上项目投资): words of the whole's own measure, no part.

        >>> [bool(L.INVESTMENT_THRESHOLD.search(t)) for t in ("全县500万元以上项目", "全县5000万元以上项目")]
        [True, False]
        """
        named = L.METRIC.match(self.text, start)
        name = named.group() if named is not None else next(  # (工业企业实现增加值: a name a verb splits, its token's)
            (str(t.value) for t in self.toks if t.kind == "metric" and t.start == start), None)
        if "以上" not in self.text[max(0, start - 12):start] or name is None:
            return None
        measures = set(metrics or ALIASES[L.alias_of(name)].metrics)
        if measures & L.SIZE_MEASURES:  # 年主营业务收入2000万元以上工业企业增加值: the above-size firms' own
            return L.SIZE_THRESHOLD.search(self.text, max(self.body, start - 32), start)
        if not measures & L.THRESHOLD_MEASURES:
            return None
        return L.INVESTMENT_THRESHOLD.search(self.text, max(self.body, start - 24), start)

    def size_named(self, start: int, metrics: tuple[str, ...]) -> bool:
        """Whether the industry metric at ``start`` has the size threshold of its statistic run into its name
        (年主营业务收入2000万元以上工业企业增加值): the above-size firms' figure, no whole industry's (broad) one."""
        return bool(set(metrics) & L.SIZE_MEASURES) and self.investment_threshold(start, metrics) is not None

    def own_threshold(self, s: int, e: int) -> bool:
        """Whether the bound at ``s``…``e`` is the reporting threshold of the investment metric right after it
        (500万元以上固定资产投资…): the whole's own measure, no class of projects the figures after are a part of."""
        nxt = next((t.start for t in self.toks if t.kind == "metric" and e <= t.start <= e + 12), None)
        return nxt is not None and (thr := self.investment_threshold(nxt)) is not None and thr.start() <= s < thr.end()

    def quantity(self, m: re.Match[str], s: int, e: int) -> Quantity:
        text = self.text
        amount = amount_from_match(m)
        if amount is None:
            return Quantity(s, e, role="other")
        q = Quantity(s, e, amount=amount, time=self.state.snapshot())
        qual = "over" if (m.group("q1") or m.group("q2")) else ""
        head, cut = text[max(0, s - 5):s], 0
        if head.endswith("了") and head[:-1].endswith(_QUALIFIER_WORDS):
            head, cut = head[:-1], 1  # 突破了1.3万亿元
        if head.endswith(_QUALIFIER_WORDS) and not head.endswith(L.NOT_QUALIFIER_ENDS):
            cut, qual = next((cut + len(w), qq) for w, qq in _QUALIFIERS_BEFORE if head.endswith(w))
        elif text[s - 1:s] in _LISTED_BOUND_LAST and (listed := L.LISTED_BOUND.search(text, max(0, s - 40), s)):
            # 分别超过6000亿元和5500亿元 (the list's joiner right before the amount: see _LISTED_BOUND_LAST)
            qual = QUALIFIERS[listed.group("word")][0]
        elif L.HEDGED_VERB.search(text, max(0, s - 7), s):
            qual = "approx"  # 大概为18.6亿元, 约完成了40亿元: a hedge, then the verb that gives the amount
        after = text[e:e + 1]  # (the patterns after the amount run only where their first character stands)
        if after in _THRESHOLD_FIRST and L.THRESHOLD_AFTER.match(text, e) or qual == "over" and after == "的" \
                and L.BOUND_SET_AFTER.match(text, e):  # 超过1500亿元的有宁波…: the set's bound
            q.role = "threshold"
        else:
            tail = L.QUAL_AFTER_RE.match(text, e) if after in _QUAL_AFTER_FIRST else None
            if tail and tail.group() == "多" and text[tail.end():tail.end() + 1].isdigit():
                tail = None  # 比去年同期的26.1亿元多2.3亿元: more by the figure after, no bound of this one
            if tail:
                qual = QUALIFIERS[tail.group()][0]
                q.end = tail.end()
        q.qualifier = qual
        if q.role == "threshold":
            return q
        if text.endswith(L.BASELINE, 0, s - cut) or L.BASELINE_DATED.search(text, max(0, s - 10), s) \
                or self.state.span and L.BASELINE_TIMED.search(text, max(0, s - 16), s):
            q.role = "baseline"  # 从398亿元…, 由不足10亿元…; 五年来，…由“十五”末的12.8亿元(由2015年的…)增加到…: the span's starting level
        elif L.names_change(text[max(0, s - cut - 4):s - cut]) \
                or text[s - cut - 1:s - cut] in _SURPASS_YEAR_LAST \
                and L.SURPASS_YEAR_END.search(text, max(0, s - cut - 12), s - cut):  # 同比增加近9亿元, 超过2010年近30亿元
            q.role = "delta"  # a change, its bound aside
        elif text[q.end:q.end + 1] in _TARGET_FIRST and L.TARGET_AFTER.match(text, q.end) or head.endswith("下达") or (
                head[-1:] in _PLAN_LAST and (plan := L.PLAN_AFTER.search(head, max(0, len(head) - 3))) is not None
                and plan.end() == len(head)):
            q.role = "target"  # 占年预算96540万元的22.04%: the plan's level
        if text.startswith(L.BOUND_WORDS, q.end) and not qual:  # 迈上5万亿台阶, 2000亿门槛: a round bound
            q.qualifier = "over"
        elif not qual and text.startswith("的", q.end) and not text[s].isdigit() and L.LEAP_AFTER.match(text, q.end):
            q.qualifier = "over"  # 从…到千亿元的历史性跨越: a bare magnitude leapt to is a bound
        return q


    def ranked_bare(self, r: Slot | Quantity) -> bool:
        """Whether ``r`` is a metric's slot with no figure that a rank follows (固投总量位居全市第一)."""
        return isinstance(r, Slot) and not r.amounts and not r.growths and len(r.metrics) == 1 \
            and L.RANK_IN_CLAUSE.match(self.text, r.end) is not None

    def rate_before_level(self, slot: Slot, q: Quantity) -> None:
        """共实现了3.1%的名义增速,以56909.14亿元的GDP总量: a rate named right before an amount that
        is printed before its metric, with no slot of its own, is that slot's rate."""
        g = self.orphan_growths[-1]
        if len(g.rates) == 1 and g.end <= q.start and self.group_start(g.start) == self.group_start(q.start) \
                and L.RATE_BEFORE_LEVEL.fullmatch(self.text, g.end, q.start):
            slot.growths = list(g.rates)
            self.orphan_growths.pop()

    def rate_over_label(self, slot: Slot, i: int) -> bool:
        """👉 6.8% / 地区生产总值增速: a data post's item that prints its rate first and its label (the metric's
        name and a rate noun) after it, the item's whole text: the percent right before the metric (token ``i``), the
        sentence's first figure, printed in digits (a sign before them or none), is the metric's rate (rate-before-label):
        the slot takes it; whether it did."""
        if i == 0 or slot.amounts or slot.growths or (p := self.toks[i - 1]).kind != "pct" \
                or self.text[p.end:self.toks[i].start].strip() or not self.text[p.start:p.start + 2].lstrip("+-")[:1].isdigit() \
                or any(t.kind in ("amount", "growth", "pct", "metric") for t in self.toks[:i - 1]) \
                or not L.RATE_LABEL_END.fullmatch(self.text, slot.end):
            return False
        m = PERCENT.match(self.text, p.start)
        if m is None or m.end() != p.end:
            return False
        self.receivers = [r for r in self.receivers if not (isinstance(r, Quantity) and r.start == p.start)]
        slot.growths = [Rate(percent_value(m, 1), p.start, p.end)]
        return True

    def placed_level_after(self, slot: Slot, q: Quantity, i: int) -> bool:
        """…均超1000亿元，其中苏州以6095.68亿元的经济总量继续领跑: a place named after a slot that has its
        level, then 以 an amount 的 a metric: the amount is that place's level of the metric after it."""
        text = self.text
        if not slot.amounts or not text.startswith("的", q.end) or "以" not in text[max(0, q.start - 2):q.start]:
            return False
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return nxt is not None and nxt.kind == "metric" and nxt.start == q.end + 1 and any(
            t.kind == "region" and slot.end <= t.start and t.end <= q.start for t in self.toks[:i])

    def before_metric(self, q: Quantity, i: int) -> bool:
        """乡宁以18.9亿的地方财政收入, 全县完成156.3亿元固定资产投资: an amount right before its
        metric (after 的, or after a verb with nothing between)."""
        if q.role != "value":
            return False
        glued = self.text.startswith("的", q.end) or (
            L.VALUE_VERB_END.search(self.text, max(0, q.start - 4), q.start) is not None
            and not self.text.endswith(("的", "元"), 0, q.start)) or self.opens_box(q, i) or self.owned_by_place(q, i)
        at = q.end + 1 if self.text.startswith("的", q.end) else q.end
        for s, _, kind, _ in self.toks[i + 1:i + 3]:
            if kind == "metric" and s == at and glued:
                self.open.pending, self.open.listed = q, self.listed_before(q)
                return True
        return False

    def take_pending(self, slot: Slot, q: Quantity) -> None:
        """以18.9亿的地方财政收入: the amount printed before the metric is its slot's level; so are the amounts
        listed in turn before it (分别以512.3亿元、380.2亿元的GDP总量), one for each place."""
        o = self.open
        if o.listed:
            slot.amounts.extend(o.listed)
            self.receivers = [r for r in self.receivers if all(r is not x for x in o.listed)]
            o.listed = []
        slot.amounts.append(q)
        slot.add_rule("amount-before-metric")
        if self.orphan_growths:
            self.rate_before_level(slot, q)
        self.receivers.append(q)  # its rate may follow the metric (…的地区生产总值，同比增长6.2%)
        o.pending = None

    def listed_before(self, q: Quantity) -> list[Quantity]:
        """宁海和象山分别以512.3亿元、380.2亿元的GDP总量: the amounts that no phrase took, listed before ``q`` (the
        one printed right before the metric) after 分别以 or 依次以: each in turn a level of that metric too."""
        listed: list[Quantity] = []
        at = q.start
        for r in reversed(self.receivers):
            if not isinstance(r, Quantity) or r.role != "value" or not L.METRIC_JOIN.fullmatch(self.text, r.end, at):
                break
            listed.insert(0, r)
            at = r.start
        return listed if listed and L.AMOUNTS_IN_TURN_LEAD.search(self.text, 0, at) else []

    def owned_by_place(self, q: Quantity, i: int) -> bool:
        """江华县的150.2亿元地区生产总值仅增长0.8%, 全县的156.3亿元固定资产投资: a place's name and 的 right
        before the amount, its metric's name glued after it: the place's level of that metric."""
        return self.text.endswith("的", 0, q.start) and i > 0 and self.toks[i - 1].kind == "region" \
            and self.toks[i - 1].end == q.start - 1

    def opens_box(self, q: Quantity, i: int) -> bool:
        """385.12亿元地区生产总值同比增长5.7%: a box of figures, one per line, each opening with its amount
        and its metric's name printed right after: the sentence's first figure, in its first clause, before
        any metric, printed in digits; no count (2097家规模以上工业企业实现总产值…: the firms counted) nor a
        round bound naming a class (千亿规上工业总产值是怎么炼成的)."""
        return q.amount is not None and q.amount.base_unit != "count" and self.text[q.start].isdigit() and "," not in self.text[self.body:q.start] and not any(
            t.kind in ("amount", "growth", "pct", "metric") for t in self.toks[:i])

    def attach_growth(self, g: GrowthTok, cur: Slot | None) -> None:
        if cur is not None and self.measure_after_cells(cur, g.start):
            return  # …其他服务业672.63 10.7全年居民消费价格(CPI)总水平比上年上涨0.7%: no rate of the slot's
        self.attach_rates(g, cur)
        if g.prior is not None and self.rate_held(g):
            self.prior_growth(g)

    def rate_held(self, g: GrowthTok) -> bool:
        """Whether a slot or an amount took the rate ``g`` moved to, or the slot before already gave it (增长5.2%，
        增速由上半年的4.1%提高到5.2%): the rate it moved from is then that figure's earlier one (not when no metric
        holds it: …；其他领域投资增速由一季度下降2.8%转为增长4.1%, the rate of a thing of no metric's, after a
        slot of another clause group)."""
        to = g.rates[0]
        owner = next((sl for sl in reversed(self.slots) if sl.start < g.start), None)
        return any(r is to for sl in self.slots for r in sl.growths) \
            or owner is not None and any(r.value == to.value for r in owner.growths) \
            or any(isinstance(q, Quantity) and q.has_growth and q.growth == to.value for q in self.receivers)

    def measure_after_cells(self, cur: Slot, at: int) -> bool:
        """Whether the words right after the last bare number before a rate at ``at`` (a table's cells run
        into the sentence: a number that is no token, no amount nor time) name a measure that is no metric
        of ours."""
        d = max((k for k in range(cur.end, at) if self.text[k].isdigit()), default=-1)
        cell = _BARE_CELL_END.search(self.text, cur.end, d + 1) if d >= 0 else None
        return cell is not None and cell.end() == d + 1 and "\u4e00" <= self.text[d + 1] <= "\u9fff" \
            and not any(t.start <= d < t.end for t in self.toks) \
            and _other_measure(TIME.sub("", L.BASIS_TAIL.sub("", self.text[d + 1:at])))

    def prior_growth(self, g: GrowthTok) -> None:
        """增速从2023年的1.8%回升至6.1%: the earlier rate is a fact of the period named with it
        (从2023年的, 由一季度的), else of the same period a year before."""
        owner = next((sl for sl in reversed(self.slots) if sl.start < g.start), None)
        if owner is None or g.prior is None:
            return
        year, period, _ = resolve_time(self.state.snapshot(), self.ds)  # the time of the rate it moved to
        named = [t for m in TIME.finditer(self.text, *g.prior_when) if (t := time_expr(m)) and t.kind == "time"] \
            if g.prior_when else []
        state = TimeState(year - 1 if year is not None and not named else year, period or None)
        if g.prior_when and PREVIOUS_PERIOD.match(when := self.text[slice(*g.prior_when)]):
            # 从上月的5.1%提高到6.3%: the period just before, of the same year (none known: no fact)
            if (earlier := previous_period(period, when)) is None:
                return
            state = TimeState(year, earlier)
        for t in named:  # 由上年的3.2%: a relative year counts from the rate's own year
            apply_time(state, TimeExpr(year=year + t.rel, period=t.period) if t.rel is not None and year else t,
                       self.ds)
        clone = Slot(owner.metrics, owner.start, owner.end, owner.alias, owner.broad, list(owner.regions),
                     owner.scope, owner.kind, state.snapshot(), owner.explicit_region, rule="rate-shift")
        clone.growths = [g.prior]
        self.slots.append(clone)

    def place_of_word(self, g: GrowthTok) -> str:
        """苏州全市增长5.6%, 无锡全市增长7.4%: the place named right before the whole-region word of rate
        ``g`` is the whole it names (not the home region's own 全市); '' when none is glued to it."""
        at = self.text.rfind(g.region, max(0, g.start - 12), g.start)
        place = next((t for t in self.toks if t.kind == "region" and t.end == at and t.value not in REGION_WORDS), None)
        return _region_name(place.value, self.ds) if at > 0 and place is not None else ""  # type: ignore[arg-type]

    def attach_rates(self, g: GrowthTok, cur: Slot | None) -> None:
        k = len(g.values)
        gs = self.group_start(g.start)
        if g.region and cur is None and self.slots:
            cur = self.slots[-1]
        if g.region and cur is not None:
            name = self.place_of_word(g) or _region_name(g.region, self.ds)
            slot = Slot(cur.metrics, g.start, g.start, cur.alias, cur.broad, [name],
                        "national" if name == "全国" else "region" if cur.scope == "national" or self.parts_whole(cur)
                        else cur.scope, cur.kind, self.state.snapshot(),  # 全国GDP增长5.0%；全省增长5.6%: the province's
                        rule="region-growth")  # own; 全省县域…增长7.0%，我县增长8.1%: the county's own
            slot.growths = g.rates[:1]
            self.slots.append(slot)
            return
        avail = [r for r in self.receivers if r.start >= gs and not _has_growth(r)
                 and not (isinstance(r, Quantity) and r.role in _NOT_RECEIVER)
                 and not (isinstance(r, Slot) and (_levels(r) or self.named_again(r)))]
        if not avail and gs > 0 and k == 1 and _BARE_GROWTH_OPENING.fullmatch(self.text, gs, g.start):
            # 生产总值完成242.0亿元，总量居全省第7位；同比增长5.5%: a rate opening its clause group goes
            # on with the figure before it
            pg = self.group_start(gs - 1)
            avail = [r for r in self.receivers if pg <= r.start < gs and (isinstance(r, Quantity)
                     and not r.has_growth and r.role not in _NOT_RECEIVER
                     and not self.text.startswith(L.BOUND_WORDS, r.end) or self.ranked_bare(r))][-1:]
            # (not 突破3000亿关口 after the level; 固投总量位居全市第一；同比增长6.3%: a metric ranked with no figure)
        if not avail and gs > 0 and k > 1:
            avail = self.figures_of_group_before(gs, g.start, k)  # ；分别比去年同期增长a、b和c
        if not avail:
            if not self.slots and not self.qizhong_places(g) and not self.names_other_thing(g.start):
                self.keep_orphan(g)
            return
        last = avail[-1]
        cs = self.clause_start(g.start)
        if last.start < cs and (_other_things(self.text[cs:g.start].strip()) or self.names_price(g.start)
                                or k > 1 and _listed_things(self.text[self.clause_start_list(g.start):g.start], k)):
            return  # …完成98.2亿元，其中民间投资增长7.4%; …，金银珠宝类增幅达61%: another thing's rate (其中，冶金、
            # 食品、机械产值分别增长…: each listed thing's)
        if isinstance(last, Slot) and not _levels(last):  # (比上年增加41.3亿元，增长6.2%: a change is no level)
            if k == 1 or k == width(last) or k == len(last.years):  # 2021年、2022年…分别增长a、b
                last.growths = list(g.rates)
                return
            periods = self.periods_between(last.end, g.start)
            if len(periods) == k:
                last.periods, last.growths = periods, list(g.rates)
                return
            # 工业应税销售、工业用电量同比分别增长a和b: pair by position in the list
            base = self.clause_start_list(last.start)
            items = _ITEM_SPLIT.split(self.text[base:g.start])
            if len(items) == k and not self.items_qualify(items, base, last):
                for r in avail:
                    if isinstance(r, Slot):
                        r.growths = [g.rates[_item_index(items, r.start - base)]]
                        r.add_rule("metric-list")
            return
        if k == 1:
            for q in self.shared_rate_figures(avail, g.start) if isinstance(last, Quantity) else ():
                q.growth, q.has_growth = g.values[0], True
            return
        self.rates_in_turn(avail, g)

    def shared_rate_figures(self, avail: list[Slot | Quantity], at: int) -> list[Quantity]:
        """The figures one rate (at ``at``) belongs to: the last one before it, or, when 均 or 都 leads it
        (…分别达到44960元和16774元，均增长8.3%; …生产总值320.6亿元，财政收入18.2亿元，均增长7.5%), every
        level of its clause group before it that has no rate of its own, back to the last one that has.

        >>> _SHARED_RATE_LEAD.search("分别为1元和2元,均"), _SHARED_RATE_LEAD.search("分别为1元和2元,年均")
        (<re.Match object; span=(9, 10), match='均'>, None)
        """
        last = avail[-1]
        paired = self.paired_levels_lead(at) if isinstance(last, Quantity) else None
        if not isinstance(last, Quantity) or paired is None \
                and not _SHARED_RATE_LEAD.search(self.text, self.clause_start(at), at):
            return [last] if isinstance(last, Quantity) else []
        run: list[Quantity] = []
        for r in reversed(avail):
            if not isinstance(r, Quantity) or r.role != "value" or r.start < (paired or 0) or any(
                    isinstance(o, Quantity) and o.has_growth and r.end <= o.start < at for o in self.receivers):
                break
            run.append(r)
        return run[::-1] or [last]

    def paired_levels_lead(self, at: int) -> int | None:
        """城区和陵川县分别完成投资47.2和11.1亿元,增长33.4%: a bare rate (at ``at``) opening the clause right
        after one that pairs its levels with 分别 (and has no rate) is every one of those levels', as after
        均; where that 分别 is, or None.

        >>> from types import SimpleNamespace as N
        >>> t = "甲县和乙县分别完成投资4.2和1.1亿元,增长3.4%"
        >>> Figures.paired_levels_lead(N(text=t, clause_start=lambda p: t.rfind(",", 0, p) + 1), t.index("增"))
        5
        """
        text = self.text
        cs = self.clause_start(at)
        if cs < 2 or text[cs - 1] != "," or not _BARE_GROWTH_OPENING.fullmatch(text, cs, at):
            return None
        ps = max(text.rfind(c, 0, cs - 1) for c in ",;:(。") + 1
        each = text.rfind("分别", ps, cs)
        if each < 0 or "%" in text[ps:cs] or len(_LEVEL_NUMBER.findall(text, each, cs)) < 2:
            return None
        return each

    def rates_in_turn(self, avail: list[Slot | Quantity], g: GrowthTok) -> None:
        """分别增长a、b、c: the last figures before, one rate each in turn; with fewer (海宁实现…598.3亿元，桐乡
        560.1亿元，…，增速分别为a、b、c), the rates wait for the list's slots, made later."""
        if len(avail) < len(g.rates):
            self.unpaired_rates.append(g)
            return
        for r, rate in zip(avail[-len(g.rates):], g.rates):
            if isinstance(r, Quantity):
                r.growth, r.has_growth = rate.value, True
            elif not r.amounts:
                r.growths = [rate]

    def figures_of_group_before(self, gs: int, at: int, k: int) -> list[Quantity]:
        """实现工业总产值36.59亿元，销售收入33.04亿元，利润2.56亿元；分别比去年同期增长a、b和c: the
        levels of the clause group before a group (from ``gs``) of ``k`` rates (at ``at``) that opens with
        分别, when there are as many (each pairs with its rate by position; a level of no metric of ours
        holds its place)."""
        if "分别" not in self.text[gs:at] or not _EACH_GROWTH_OPENING.fullmatch(self.text, gs, at):
            return []
        pg = self.group_start(gs - 1)
        prior = [r for r in self.receivers if pg <= r.start < gs and isinstance(r, Quantity)
                 and not r.has_growth and r.role not in _NOT_RECEIVER]
        return prior if len(prior) == k else []

    def named_again(self, slot: Slot) -> bool:
        """工业投资稳定增长 一季度全市工业投资同比增长25.7%…: a figure-less mention of a metric named again
        after it (a heading run into the sentence) takes no rate of the sentence's."""
        return not slot.amounts and not slot.growths and any(
            sl is not slot and sl.start >= slot.end and sl.metrics == slot.metrics for sl in self.slots)

    def larger_whole(self, cue: str) -> str:
        """The place whose whole a share cue names by a word (占全省, 占该省: the province; 占全国), or "";
        the article's own place when the word means it (全县 in a county's article)."""
        word = "全" + _share_level(cue)
        return _region_name(word, self.ds) if word in REGION_WORDS else ""

    def apply_shares(self, i: int, j: int) -> int:
        """均占全市1/3: figures that are a share of a larger whole are not the whole."""
        changed = 0
        for m in L.SHARE_CUE.finditer(mask_names(self.text)) if L.SHARE_WORD in self.text and self.slots else ():
            cue, place = self.text[m.start():m.end()], self.text[m.start("place"):m.end("place")]
            every = cue.startswith("均")
            level = _share_level(cue)  # 占全省, 占该省: the province's level
            whole = self.larger_whole(cue)
            of_metric = L.METRIC.match(self.text, m.end())  # 占全市生产总值的60.4%, 占该县GDP的5.2%: another metric's
            of_alias = ALIASES[L.alias_of(of_metric.group())] if of_metric else None
            of_metrics = set(of_alias.metrics) if of_alias else set()
            tail = L.METRIC_ANAPHOR.match(self.text, m.end()) if not of_metric else None
            for slot in self.slots:
                if of_metrics and not of_metrics & set(slot.metrics):
                    continue  # 第三产业增加值…，占全市生产总值的60.4%: the region's own, a part of its GDP
                if of_alias is not None and of_alias.broad and not slot.broad:
                    continue  # 规上工业总产值…，占全县工业总产值99.9%: the above-size figure is the headline
                if tail and any(_parent_ends(mt, tail.group()) for mt in slot.metrics):
                    continue  # 工业投资…，占全部投资的38.5%: a part of its parent metric, the region's own
                last = slot.amounts[-1].end if slot.amounts else slot.end
                later = [o.start for o in self.slots if o.start > slot.start]
                close = last <= m.start() and self.group_start(m.start()) == self.group_start(slot.start) \
                    and (not later or later[0] > m.start())
                if not (close or every) or "其中" in self.text[last:m.start()] or self.places_after(last, m.start(), slot):
                    continue  # …亿元，其中民间投资…，占全市投资的56%: the share is the part's named after 其中; …增长8.2%，
                    # 增速较快的是海宁市和平湖市，占全市出口比重…: the places' named after the figure
                word = slot.explicit_region
                if word and level and not word.endswith(level) and REGION_WORDS.get(word) != "nation":
                    continue
                if not word and level and self.other_level(level, slot.regions):
                    continue  # (大连)出口…，占全省出口比重的57.4%: a part of the province, whole for its own
                if place and not self.same_place(place, slot.regions):
                    continue  # 平湖GDP…，占嘉兴市的12%: a part of a larger place, whole for its own
                if whole and whole not in slot.regions:
                    continue  # 义乌出口…，占全省出口额的10.8%: the same, the larger place by its word
                if slot.scope == "region":
                    slot.scope = "subset"
                    changed += 1
        return changed


    def places_after(self, s: int, e: int, slot: Slot) -> bool:
        """Whether a place by its name (no 全市, 全省) other than the slot's stands between ``s`` and ``e``."""
        return any(t.kind == "region" and s <= t.start < e and t.value not in REGION_WORDS
                   and _region_name(str(t.value), self.ds) not in slot.regions for t in self.toks)

    def other_level(self, level: str, regions: list[str]) -> bool:
        """Whether 全省 (``level`` 省) names a larger place than ``regions`` (全市 may be a county-level city's)."""
        place = lookup(regions[0], self.ds.home) if len(regions) == 1 else None
        return level == "省" and place is not None and place.level in ("county", "city")


def _share_level(cue: str) -> str:
    """The level a share cue names by 全 or 该 (占全县, 占该县: 县; 占全国: 国), or "" (占总额, 占嘉兴市).

    >>> _share_level("占该县"), _share_level("均占全市"), _share_level("占该"), _share_level("占总额")
    ('县', '市', '', '')
    """
    return cue[-1] if len(cue) > 2 and cue[-2] in "全该" else ""

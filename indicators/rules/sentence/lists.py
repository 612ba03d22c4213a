"""A sentence's rules about lists: items (metrics, places, periods) paired with their figures by order or by
分别/依次, parts and totals."""
from __future__ import annotations

import re
from itertools import chain

from ...base.gates import holds_any, needs
from ...base.regions import lookup, mask_names, parent_city
from ...base.tables import ALIASES, METRICS, PLAN_WORDS, REGION_WORDS, Alias
from .. import lexicon as L
from ..numbers import AMOUNT, PERCENT, amount_from_match, amounts_in, percent_value
from ..periods import TIME, time_expr
from ..timeline import Snap, resolve_time
from ..tokens import Rate
from .common import (Quantity, RegionItem, SentenceBase, Slot, _DISTRIBUTIVE, _GDP_FAMILY, _GDP_PARTS, _ITEM_SPLIT,
    _JOINERS, _counts_indicators, _item_index, _region_name, remark_on_counted)
from .figures import Figures

_TOP_N = re.compile(r"[前后]\d{1,2}(?:位|名|强)?|第?\d{1,2}(?:-|~|至|到)第?\d{1,2}(?:位|名)")  # 居前3位的, 排名前5位的,
# 前3名, 排名4-8名的, 第4至8位的: the first N of a ranking, or a band of its places
# GDP在1000至2000亿元的有5座城市:, 在500亿元到1000亿元之间的有3个县: the band and the count a list of places
# is introduced by, no figure of the metric before it
_BAND_COUNT = re.compile(r"(?:在|位于|介于|处于)\d+(?:\.\d+)?(?:万亿|亿)?元?(?:至|到|-|~)\d+(?:\.\d+)?(?:万亿|亿)元?(?:之间)?"
                         r"的?(?:有|共有)?[\d一二两三四五六七八九十]{1,2}(?:座|个)?(?:城市|县市|区县|县|市|区)?")

# 全市一般公共预算收入增幅比全省平均增幅(16.0%)高…: the metric's rate word right before the comparison, its own
# rate given elsewhere: the compared places' rates in brackets are still that metric's (not a bare one:
# 增速高于全省5.5%的平均水平 is no rate of the place's own)
_RATE_THEN_COMPARED = re.compile(r"(?:的)?" + L.RATE_NOUN + r"(?:分别)?")


def _no_list_lead(between: str) -> str:
    """The words between a metric and a list of places, without what leads the list and is no figure of the
    metric's: a compared place's rate, the first item's number (数据:1.新罗区(…)), a rank (居前3位的分别是), a
    band or a count of places, and a bound the places passed (超过1500亿元，分别为…).

    >>> _no_list_lead("超过1500亿元,分别为")
    '分别为'
    """
    between = L.LIST_NUMBER.sub("", L.COMPARED_RATE.sub("", between))
    return L.LEAD_BOUND.sub("", L.SET_BOUND.sub("", L.SET_COUNT.sub("", _BAND_COUNT.sub("", _TOP_N.sub("", between)))))


_BARE_JOIN = re.compile(r"\s*(?:[、和及与:：]|以及)?\s*")  # between the places of a bound list
_CLAUSE_BREAK = re.compile(r"[,，;；。]")
# the parts named as one list whose one level is the whole's: the three industries (their sum, the GDP), the
# urban and rural residents (城乡居民…: all residents)
_PARTS_WHOLE: dict[tuple[str, ...], str] = {tuple(_GDP_PARTS): "gdp", ("income_rural_pc", "income_urban_pc"): "income_pc"}


_PARTS = {"trade_total": frozenset({"exports", "imports"})}  # a whole and the metrics that are its parts


def _part_of(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part``'s metrics are ``whole``'s or parts of it (出口 of 进出口)."""
    return bool(set(part) & set(whole)) or any(set(part) <= _PARTS.get(m, frozenset()) for m in whole)


def _has_level(text: str) -> bool:
    """Whether ``text`` prints a level with its magnitude or unit (122.6亿元), not a bare number
    such as the year of 2023年一季度."""
    return any(m.group("mag", "unit") != (None, None) and not _counts_indicators(text, m.end())
               for m in amounts_in(text))  # (3项指标: a count of indicators, no level)
# what every match of the patterns compared_slots scans a sentence with holds (a plain test of each first)
_COMPARED_PLACES_WORDS = needs(L.COMPARED_PLACES)
_COMPARED_LEVELS_WORDS = needs(L.COMPARED_LEVELS)
_SHARED_OPENINGS = ("(均", "(都", "(分别")  # (the gate of COMPARED_SHARED: its bracket's opening)
_COMPARED_BASIS_WORDS = needs(L.COMPARED_BASIS) + needs(L.COMPARED_BASIS_CLAUSE)
_OF_FIGURE = re.compile(r"的\d")  # (the gate of COMPARED_LEVEL_OF: a figure after 的)


# ，增速分别为 / ，同比分别增长: what stands between a list's last place and the rates of its places in turn
_RATES_AFTER_RUN = re.compile(r"[,;]?(?:同比|比上年)?(?:其)?(?:增速|增幅)?(?:分别|依次)?")


def _past_start_time(text: str, at: int) -> int:
    """Where the figures after ``at`` start past the time of a starting level (从2015年的, 由“十二五”末的), or ``at``.

    >>> t = "由“十二五”末的18.1亿元、10.2亿元"
    >>> _past_start_time(t, 0), _past_start_time(t, 8)
    (8, 8)
    """
    if text[at:at + 1] not in "从由" or (tm := TIME.match(text, at + 1)) is None or not text.startswith("的", tm.end()):
        return at
    return tm.end() + 1


def _broad_again(cur: Slot, slot: Slot) -> None:
    """工业投资、技改投资、制造业投资分别增长…: a broad name (制造业投资, 工业总产值) joined to a list that already names
    its metric by the headline name holds its place only, its figure skipped (the headline's is the fact; not 制造业
    投资、技改投资分别…, where the broad name is the only one and stands)."""
    if not slot.broad or cur.each:
        return
    named = set(cur.metrics[1:]) | (set() if cur.broad else set(cur.metrics[:1]))
    if all(m in named for m in slot.metrics):
        slot.metrics = ("",) * len(slot.metrics)


def _item_in_context(item: Alias, surface: str) -> bool:
    """Whether a listed item that makes an alias with the head of ``surface`` may share it: an alias that
    counts only after a metric of its context (投资总额 after 签约项目) shares no head of a metric outside
    that context (固定资产投资和社会消费品零售总额: no 投资总额), as the populations of one context do
    (城镇和农村居民…).

    >>> _item_in_context(ALIASES["投资总额"], "社会消费品零售总额"), _item_in_context(ALIASES["城镇居民"], "农村居民")
    (False, True)
    """
    head = ALIASES.get(surface)
    return not item.context or head is not None and bool(set(item.context) & set(head.context))


def _population_item(item: str) -> bool:
    """Whether a list item names a population standing for its metric (城镇常住居民: a context alias), not
    a whole metric of its own (固定资产投资, which the metric list pairs).

    >>> _population_item("城镇常住居民"), _population_item("固定资产投资")
    (True, False)
    """
    alias = ALIASES.get(item)
    return alias is not None and bool(alias.context)


class Lists(Figures):
    """The steps of a sentence about lists: items (metrics, places, periods) paired with their figures by
    order or by 分别/依次, parts and totals."""

    def one_metric_before(self) -> bool:
        """Whether the sentence before this one names one metric (出口…，进口…: two, so a list of
        places' figures after it says not whose metric they are)."""
        last = self.sentence_before()
        return len({ALIASES[L.alias_of(m.group())].metrics for m in L.METRIC.finditer(last)}) == 1

    def bracket_list(self, ps: int, pe: int) -> re.Match[str] | None:
        """The places with their figures in the brackets at ``ps``..``pe``, right after a figure."""
        if not any(t.end == ps for t in self.toks if t.kind in ("amount", "growth")):
            return None
        m = L.BRACKET_FIGURES.match(mask_names(self.text), ps)
        return m if m is not None and m.end() == pe else None

    def joins(self, slot: Slot, q: Quantity, s: int, gap_times: list[tuple[int, int]]) -> bool:
        """Whether amount ``q`` at ``s`` is the next figure of ``slot``."""
        o = self.open
        gap = self.gap_text(self.past_note(o.chain_end, s), s)
        last = slot.amounts[-1] if slot.amounts else None
        if last is None and gap_times and self.text[gap_times[0][0] - 1] in "到至" \
                and gap_times[0][0] > o.chain_end and not L.GAP.fullmatch(gap):
            cut = gap_times[0][0] - 1 - o.chain_end  # 地区生产总值到2009年突破100亿元: the year it was reached by
            gap = gap[:cut] + gap[cut + 1:]
        if last is None and gap[:1] in ("底", "末") and any(self.text[e - 1:e + 1] == "年" + gap[0] for _, e in gap_times):
            gap = gap[1:]  # 地区生产总值到2020年底达到…, 经济总量去年末达…: the year's end it was reached by, that year's
        if last is None and (bound := L.LIST_BOUND.search(gap)):
            gap = gap[:bound.start()] + gap[bound.end():]  # 六盘水位于1000亿元至1500亿元之间，分别为…: the group's
            # bounds (两县总量较低，均不足200亿元，分别只有…: after a verdict)
        headed = slot.end == 0 and self.topic or self.text.startswith(":", slot.end)
        if last is None and headed and (home := L.HOME_AFTER_TOPIC.match(gap, 1 if gap[:1] == ":" else 0)):
            gap = gap[home.end():]  # (一)固定资产投资。1-6月份，全县完成…, 二、财政收入：全区完成…: the
            # heading's metric, the home region's figure
        if last is None and (plan := L.PLAN_AFTER_METRIC.match(gap)):
            gap = gap[plan.end():]  # 一般公共预算收入预计可达52亿元: the plan word marked the slot's kind
        return bool(
            L.GAP.fullmatch(gap) or (last and L.REGION_GAP.fullmatch(mask_names(gap, overlapped=True)))
            or (last and "" in slot.metrics and L.COUNTED_JOIN.fullmatch(gap))  # 接待游客、社零分别达到1120万人次、…
            or (last is None and (L.RANK_GAP.fullmatch(gap) or L.VERDICT_GAP.fullmatch(gap)
                                  or L.TREND_GAP.fullmatch(mask_names(gap))))
            or (last is None and bool(L.VERDICT_LEVEL_GAP.fullmatch(gap)) and bool(L.LEVEL_NOUN_AFTER.match(self.text, q.end)))
            or (last and last.role == "baseline" and self.from_to(slot, gap))
            or (last is None and q.role == "delta" and L.DELTA_GAP.fullmatch(gap))  # 比上年增加41.3亿元，达到…
            or (last is None and bool(slot.growths) and gap.lstrip(",") in ("至", "到"))  # 增长4.2%至186.5亿元: the level it grew to
            or self.after_bound(slot, o.chain_end, s, q)
            or (gap_times and last and q.amount is not None and last.amount is not None
                and q.amount.base_unit == last.amount.base_unit
                and self.reference_gap(max(o.chain_end, o.growth_end), s, gap_times)))

    def from_to(self, slot: Slot, gap: str) -> bool:
        """Whether ``gap`` leads from a starting level to the next (由38.8亿元提高至…); a plan word in it
        (由32亿元预计增加到68亿元, 从96.2亿元有望达到150亿元) makes the next level the plan's: the slot's kind
        (the starting level stays a past year's, span-start)."""
        m = L.FROM_TO_GAP.fullmatch(gap)
        if m is not None and m.group("plan") and slot.kind == "actual":
            slot.kind = PLAN_WORDS[m.group("plan")]
        return m is not None

    def list_slots(self, i: int, j: int) -> int:
        """One slot per place of each run, for the metric named before the run (region-list)."""
        before = len(self.slots)
        for run in self.item_runs:
            self.item_slots(run)
        return len(self.slots) - before

    def parts_of_total(self, i: int, j: int) -> int:
        """民营经济增加值122.6亿元…。其中，第一产业增加值…: after a total that is no metric of
        ours, the metrics of a sentence opened by 其中 are parts of that whole; not a slot of a place the
        sentence names (其中临海市…，但其同比增长率0.3%: a place among those before, its own figure)."""
        if not self.slots or "其中" not in self.text:
            return 0  # (every part below is a slot after a 其中)
        parts = [sl for sl in self.slots if sl.scope == "region" and not sl.explicit_region
                 and not set(sl.regions) & set(self.region_mentions) - {self.ds.home}] \
            if L.QIZHONG_START.match(self.text) and not self.period_part() and (
                self.ds.unknown_total or (self.ds.unparsed and _has_level(self.ds.unparsed))) \
            and not L.WHOLE_INVESTMENT.search(self.ds.unparsed) \
            and not ("工业" in self.ds.unparsed and L.WHOLE_INDUSTRY.search(self.ds.unparsed)) else []
        # (全县完成投资…。其中，工业投资…; 全县工业经济…，增加值…。其中，规上工业增加值…)
        for slot in parts:
            slot.scope = "subset"
        prev = self.prev  # 机电产品出口2363.5亿元…。其中，电脑出口1233.7亿元: parts of a sector's figure
        sector = [sl for sl in self.slots if sl.scope == "region" and not sl.explicit_region and _part_of(prev.metrics, sl.metrics)] \
            if prev is not None and prev.scope == "sector" and L.QIZHONG_START.match(self.text) else []
        for slot in sector:
            slot.scope = "sector"
        return len(parts) + len(sector) + (self.parts_of_scoped() if "其中" in self.text else 0)

    def period_part(self) -> bool:
        """Whether the sentence opens with 其中 and then a time (其中，9月当月…; 其中12月份…): the part of a period
        its figures give, not of a set of things counted before (全县412家规上工业企业…)."""
        m = L.QIZHONG_START.match(self.text)
        if m is None:
            return False
        k = m.end()
        while k < len(self.text) and self.text[k] in ",，:：、 ":
            k += 1
        return any(ts == k for ts, _ in self.times)

    def parts_of_scoped(self) -> int:
        """一般贸易进出口933.8亿元…；其中出口402.9亿元，进口530.9亿元: the parts a 其中 opens after a
        sector's (or a subset's) figure in the same sentence are that sector's."""
        n = 0
        for k, whole in enumerate(self.slots):
            if whole.scope not in ("sector", "subset") or not (whole.amounts or whole.growths):
                continue
            for sl in self.slots[k + 1:]:
                if sl.scope == "region" and (sl.amounts or sl.growths) and self.text.find("其中", whole.end, sl.start) < 0:
                    break  # a whole region's own figure before any 其中: the parts after it are its own
                if sl.scope == "region" and not sl.explicit_region and _part_of(whole.metrics, sl.metrics) \
                        and not (sl.rule.startswith("place-figure")
                                 and (self.parts_whole(whole) or self.counted_set_figure(whole))):
                    sl.scope = whole.scope  # (成都都市圈…，其中成都市、德阳市分别…; 全市7个县(市、区)GDP合计增长…，其中北流、
                    # 容县分别…: the group's places, each whole)
                    n += 1
        return n

    def parts_summed(self, i: int, j: int) -> int:
        """一、二、三产业增加值达到3131.85亿元: the three industries' value added named as one list
        with one level and no 分别/依次/均 is their sum, the GDP; 城乡居民人均可支配收入为78215元: the urban and
        rural residents named in one word with one level are all residents (not 城镇和农村居民…: two named);
        so is one rate with no level (城乡居民人均可支配收入增长9.2%: not two rates, 分别增长8.1%和8.9%)."""
        summed = 0
        for slot in self.slots:
            whole = _PARTS_WHOLE.get(tuple(sorted(slot.metrics)), "")
            if not whole or slot.each or whole == "income_pc" and not slot.alias.startswith("城乡"):
                continue
            values = [q.start for q in slot.amounts if q.role == "value" and q.amount is not None]
            if not values and not slot.amounts and len(slot.growths) == 1 and whole == "income_pc":
                values = [slot.growths[0].start]  # the one rate, where no level is printed (not 一二三产业…增长: the
                # industries' growth, no one rate of the GDP)
            if len(values) != 1 or _DISTRIBUTIVE.search(self.text, slot.end, values[0]):
                continue
            slot.metrics = (whole,)
            slot.add_rule("parts-summed")
            summed += 1
        return summed

    def figures_end(self, base: Slot, limit: int) -> int:
        """Where ``base``'s own figures end before ``limit``: its last amount or rate, or the growth phrase
        a level took (昆山GDP5140.6亿元，增长5.5%；张家港…: parted from it by a comma at most)."""
        end = max([q.end for q in base.amounts] + [r.end for r in base.growths] + [base.end])
        for t in self.toks if any(q.has_growth for q in base.amounts) else ():
            if t.start >= limit:
                break
            if t.start >= end and t.kind in ("growth", "pct"):
                return t.end if L.GAP.fullmatch(self.text, end, t.start) else end
        return end

    # -- main -------------------------------------------------------------------
    def item_slots(self, run: list[RegionItem]) -> None:
        """One slot per region item, for the metric named before the list."""
        text, start = self.text, run[0].start
        base = self.list_base(run)
        lead = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1  # 增速前三位的县是：…
        own_end = self.figures_end(base, start) if base else 0
        if own_end and text.startswith(")", own_end):
            own_end += 1  # 瑞金GDP 410.2亿元(增长7.1%),于都382.5亿元(增长6.6%): the base's rate in brackets
        continues = self.list_continues(base, own_end, run)
        other = self.other_places_base(run) if self.other_places_lead(run, lead) else None
        if other is None and self.other_places_lead(run, lead) and self.own_measure_rated(start):
            return  # …一般公共预算支出平均增长2.1%,…,其他四市增速分别为:… (rates of a measure of its own)
        if other is not None:
            base, between, continues = other, text[lead:start], False
        elif base is None and (base := self.elided_base(run)) is not None:
            between = text[self.group_start(start):start]
        elif base is None or len(base.metrics) != 1 or (
                self.group_start(base.end) != self.group_start(start) and base.end > 0  # end 0: the topic
                and not (continues and base.explicit_region) and not self.rate_ranked(base, own_end, start)):
            return
        else:
            between = self.list_lead(base, own_end, lead, start)
            if any(map(str.isdigit, between)) and not L.QIZHONG_END.search(between) and not continues:
                return  # figures in between belong to the base, unless the list is its 其中 or goes on from it
        # 嘉善县增长8.2%，较上月有所回落；平湖市(6.8%)、…: a growth word before a ; is the base's, and
        # the list of rates goes on from the base's own rate
        cut = between.rfind(";") + 1
        cue = L.GROWTH_WORD.search(between, cut)
        goes_on = (cut > 0 or bool(continues)) and cue is None and bool(base.growths)
        # (龙港以9.1%居首，瑞安(7.2%)、乐清(6.8%)紧随其后: the rates go on from the ranked place's own, a clause on)
        if run[0].kind == "pct" and cue is None and not goes_on and not self.list_rated_before(base, between) \
                and not all(it.verb or it.fig.re is L.FLAT for it in run):
            return  # a rate needs a growth word: before the list, or each item's own (or the sentence before's rate)
        sign = -1 if cue is not None and L.SIGN.get(cue.group(), 1) < 0 else 1
        lead = text[self.group_start(base.start):base.start]  # 各县…, 中国GDP排名前四的城市依次为上海(…)…: each item
        scope = "region" if base.scope == "national" or L.EVERY_REGION.search(lead) or self.parts_whole(base) \
            or base.scope == "subset" and L.COUNTED_PLACES.search(lead) else base.scope  # is a place of its own
        for it in run:
            name = _region_name(it.name, self.ds)
            slot = Slot(base.metrics, it.start, it.end, base.alias, base.broad, [name], self.story_member(scope, name), base.kind,
                        base.time, explicit_region=it.name,
                        rule="region-list" + (f"+{base.rule}" if base.rule in ("elided-metric", "metric-after-list",
                                                                                 "other-places") else ""))
            if it.kind == "pct" and it.fig.re is L.FLAT:
                slot.growths = [Rate(0.0, *it.fig.span())]  # 淳安县持平
            elif it.kind == "pct":
                own = L.SIGN.get(it.verb, 1) if it.verb else sign
                slot.growths = [Rate(percent_value(it.fig, -1 if own < 0 else 1), *it.fig.span())]
            else:
                q = self.quantity(it.fig, it.fig.start(), it.fig.end())
                verb = it.rate_verb or (next((r.rate_verb for r in run if r.rate_verb), "") if it.rate_inside else "")
                if it.rate is not None and (verb or not it.rate_inside):  # 5.6% after 同比增长5.4%下同: a rate too
                    own = L.SIGN.get(verb, 1)
                    q.growth, q.has_growth = percent_value(it.rate, -1 if own < 0 else 1), True
                slot.amounts = [q]
            self.slots.append(slot)
        self.rates_after_run(base, run, continues)

    def story_member(self, scope: str, name: str) -> str:
        """A listed place's scope: a place of the set or group a story speaks of is whole (东部十县…总量前两位的县是:
        魏县…、大名县…), a subset's label the list took from the story notwithstanding."""
        return "region" if scope == "subset" and self.ds.story == "subset" and lookup(name) is not None else scope

    def list_rated_before(self, base: Slot, between: str) -> bool:
        """Whether a list's rates, with no rate word of their own, are rates of ``base``'s metric: it was rated after
        the list (西夏区(13.0%)…地区生产总值增速…), the sentence before gave its rate (…投资增速6.4%。比如，延津县
        是20.9%…), or the places are ranked around the home place by its own rate (…增长7.4%，居全国第4位，排在我区
        前两位的是西藏(15.8%)…; ``between`` the words that lead the list)."""
        prev = self.prev
        return base.rule == "metric-after-list" or base.rule == "elided-metric" and prev is not None and (
            bool(prev.growths) or any(q.has_growth for q in prev.amounts)) or (
            bool(base.growths) and L.HOME_RANKED_LEAD.fullmatch(between) is not None)

    def list_continues(self, base: Slot | None, own_end: int, run: list[RegionItem]) -> bool:
        """Whether the list goes on from ``base``'s own figures, which end at ``own_end``: 平湖1100亿元、海盐750亿元;
        嘉善县GDP增长7.2%；海盐县增长6.8%; or other places' rates (levels) a clause on from a named place's rate
        (level) with no figure between but a round bound (嘉善县增长8.2%，居第1；平湖市(6.8%)、秀洲区(6.2%)…;
        义乌以1050亿元居首，逼近1100亿元大关；诸暨(720亿元)、慈溪(700亿元)紧随其后)."""
        text, start = self.text, run[0].start
        if base is None or own_end <= base.end:
            return False
        if L.ITEM_SEP.fullmatch(text, own_end, start):
            return True
        if base.explicit_region and base.explicit_region not in REGION_WORDS \
                and L.RUNNER_UP_AFTER.fullmatch(text, own_end, start):
            return True  # 富阳GDP增长7.2%，其次是桐庐(6.1%)和临安(5.6%): the places ranked after the leader
        kinds = {"pct" if it.kind == "pct" else "amount" for it in run}
        own = kinds == {"pct"} or kinds == {"amount"} and any(q.role == "value" for q in base.amounts)
        return bool(base.explicit_region) and len(run) > 1 and own \
            and text[:start].rstrip().endswith((",", ";")) \
            and not any(own_end <= f < start and not text.startswith(L.BOUND_WORDS, e)  # not 高于海盐县(6.1%)…
                        for f, e in zip(self.figure_starts, self.figure_ends))

    def other_places_lead(self, run: list[RegionItem], lead: int) -> bool:
        """Whether the list's clause opens with the other places of a set and their rate word (其他两市增速分别为:,
        其余设区市增速依次为:), the places' rates after it."""
        return run[0].kind == "pct" and L.OTHER_PLACES_RATES.fullmatch(self.text, lead, run[0].start) is not None

    def other_places_base(self, run: list[RegionItem]) -> Slot | None:
        """…固定资产投资平均增长4.6%,我市增速在苏中排第1位,其他两市增速分别为:扬州3.8%,泰州4.1%: the other
        places of the set with their rates, of the one metric the sentence named before them, however many
        clauses back; each place is a whole of its own (None when the sentence named two metrics, or none)."""
        named = [sl for sl in self.slots if sl.end <= run[0].start and not sl.rule.startswith("region-list")]
        if len({sl.metrics for sl in named}) != 1 or len(named[-1].metrics) != 1:
            return None
        b = named[-1]
        return Slot(b.metrics, b.start, b.end, b.alias, b.broad, [self.ds.home], "region", b.kind, b.time,
                    rule="other-places")

    def own_measure_rated(self, start: int) -> bool:
        """苏北五市一般公共预算支出平均增长2.1%,…: a noun on a measure of its own and a rate word after it before
        ``start``, no metric of ours inside it (the measure the sentence gives rates of)."""
        return any(not any(t.kind == "metric" and t.start < m.end() and m.start() < t.end for t in self.toks)
                   for m in L.OWN_MEASURE_RATED.finditer(self.text, 0, start))

    def list_lead(self, base: Slot, own_end: int, lead: int, start: int) -> str:
        """The words between ``base``'s metric (or the list's clause, ``lead``) and the list at ``start``, less
        what leads the list and is no figure of the metric's; only the clause that ranks the places when
        the list follows the base's own figures so led (全市GDP增长6.1%，增速前三的分别是嘉善(9.3%)、平湖(8.1%)…:
        the places' own rates, a clause on from the whole's)."""
        text = self.text
        if (ranked := self.rank_lead_start(base, own_end, start)) >= 0:
            return text[ranked:start]
        return _no_list_lead(text[base.end if base.end else lead:start])

    def rate_ranked(self, base: Slot, own_end: int, start: int) -> bool:
        """Whether a clause ranking places by ``base``'s rate or level (，增速前三的分别是; ；增幅前两位的是) stands
        between its own figures, which end at ``own_end``, and the list of places at ``start``."""
        return self.rank_lead_start(base, own_end, start) >= 0

    def rank_lead_start(self, base: Slot, own_end: int, start: int) -> int:
        """Where the clause that ranks the places of the list at ``start`` by ``base``'s rate or level starts,
        after its own figures (which end at ``own_end``) or the places ranked so before (，居全国第4位，排在我区
        前两位的是西藏(15.8%)、宁夏(10.7%)，位居我区后两位的是…); -1 when none stands there."""
        if own_end <= base.end:
            return -1
        if L.RATE_RANKED_LEAD.fullmatch(self.text, own_end, start) is not None:
            return own_end
        if not base.growths:
            return -1  # (ranked around the home place by its own rate)
        after = max([own_end] + [sl.end for sl in self.slots
                                 if sl.rule == "region-list" and sl.metrics == base.metrics and own_end < sl.end <= start])
        m = L.HOME_RANKED_LEAD.fullmatch(self.text, after, start)
        return m.start("lead") if m is not None else -1

    def rates_after_run(self, base: Slot, run: list[RegionItem], continues: object) -> None:
        """海宁实现地区生产总值598.3亿元，桐乡560.1亿元，平湖520.6亿元，增速分别为a、b、c: rates in turn after
        a list that goes on from a place's own level, one for that place and one for each place listed."""
        slots = self.slots[-len(run):]
        g = next((g for g in self.unpaired_rates if g.start >= run[-1].end
                  and _RATES_AFTER_RUN.fullmatch(self.text, run[-1].end, g.start)
                  and _DISTRIBUTIVE.search(self.text, run[-1].end, g.end)), None)
        if g is None or any(sl.growths or any(q.has_growth for q in sl.amounts) for sl in slots):
            return
        owners: list[Slot] = [base, *slots] if continues and len(base.amounts) == 1 else slots
        if len(g.rates) != len(owners) or any(q.has_growth for q in owners[0].amounts):
            return
        for sl, rate in zip(owners, g.rates):
            if sl.amounts:
                sl.amounts[-1].growth, sl.amounts[-1].has_growth = rate.value, True
            else:
                sl.growths = [rate]
        self.unpaired_rates.remove(g)

    def compared_slots(self, i: int, j: int) -> int:
        """增长8.7%，分别高于全省(6.3%)、金华(6.7%)2.4和2.0个百分点: the places a rate is compared
        with, each with its own rate in brackets, are facts of those places for the same metric."""
        if not self.slots:  # (no slot: no rate to compare with)
            return 0
        before, text = len(self.slots), self.text
        self.compared_period_rates()
        self.last_year_rates()
        self.prior_year_period_rates()
        bare_rates = "%的" in text  # 远超全市8.1%、闵行6.1%的增幅: bare rates a rate word names
        levels_of = "的" in text and _OF_FIGURE.search(text) is not None  # 超过海宁市的548.9亿元
        of_rates = "%" in text and ("的" in text or "平均" in text) and ("比" in text or "较" in text)  # 比全省的8.7%高…
        word_of = "%" in text and ("的" in text or "平均" in text)  # 高于全省的5.6%, 高于全市平均6.9%
        framed = "%之" in text  # 远在龙岗7.4%之下
        if not (bare_rates or levels_of or of_rates or word_of or framed or "(" in text):
            return len(self.slots) - before
        masked = mask_names(text)  # the patterns read a place name as a mark over it
        for m in L.COMPARED_OF.finditer(masked) if of_rates else ():
            self.compared_rate_slots(m, masked, L.COMPARED_OF_ITEM)
        for m in L.COMPARED_WORD_OF.finditer(masked) if word_of else ():
            if L.SHARE_WORD not in text[self.group_start(m.start()):m.start()]:  # (占全市比重…，高于全省的…: shares)
                self.compared_rate_slots(m, masked, L.COMPARED_OF_ITEM)
        for m in L.COMPARED_BARE.finditer(masked) if bare_rates else ():
            self.compared_rate_slots(m, masked, L.COMPARED_BARE_ITEM)
        for m in L.COMPARED_FRAMED.finditer(masked) if framed else ():
            self.compared_rate_slots(m, masked, L.COMPARED_BARE_ITEM)
        for m in L.COMPARED_LEVEL_OF.finditer(masked) if levels_of else ():
            self.level_slots(m, masked, L.LEVEL_OF_ITEM)
        if "(" not in text:
            return len(self.slots) - before
        for m in L.COMPARED_PLACES.finditer(masked) if holds_any(masked, _COMPARED_PLACES_WORDS) else ():
            self.compared_rate_slots(m, masked, L.COMPARED_ITEM)
        for m in L.COMPARED_SHARED.finditer(masked) if holds_any(text, _SHARED_OPENINGS) else ():
            self.shared_rate_slots(m, masked)
        for m in L.POINTS_BRACKET.finditer(masked) if "百分点(" in text else ():
            self.points_bracket_slots(m, masked)
        for m in L.LEVEL_BRACKET.finditer(masked) if "元(" in text else ():
            self.level_bracket_slots(m, masked)
        for ps, pe in self.parens:  # 4894元(全国5963元、全省4881元): their own figures
            if (m := self.bracket_list(ps, pe)) is not None:
                self.bracket_slots(m, masked)
        for m in L.COMPARED_LEVELS.finditer(masked) if holds_any(masked, _COMPARED_LEVELS_WORDS) else ():
            # 落后于河北(255亿美元,增长34%): the place's own figures
            self.level_slots(m, masked)
        return len(self.slots) - before

    def orphan_compared(self, base: Slot) -> list[Slot]:
        """…实现GDP 2422.56亿元。同比增长10.5%,远高于全省5.0%、全市6.3%的平均增速: the one rate alone that went
        on with ``base``, the figure of the sentence before, compared with places' own rates: those places'
        rates of ``base``'s metric (the compared slots, none kept in this sentence's)."""
        g = self.orphan_growths[0]
        clone = Slot(base.metrics, g.start, g.end, base.alias, base.broad, list(base.regions), base.scope, base.kind,
                     base.time, base.explicit_region, rule=base.rule)
        clone.growths = list(g.rates)
        kept = self.slots
        self.slots = [clone]
        self.compared_slots(0, 0)
        found, self.slots = [sl for sl in self.slots[1:] if sl.rule == "compared-place"], kept
        return found

    def last_year_rates(self) -> None:
        """较去年同期(-1.1%)提高…, 增速比上年同期的11.2%回落…: the rate of the same period a year before
        the slot's rate is compared with, a fact of that period (not 占比较上年同期的…: a share's level)."""
        text = self.text
        found = chain(L.COMPARED_BASIS.finditer(text), L.COMPARED_BASIS_CLAUSE.finditer(text)) \
            if holds_any(text, _COMPARED_BASIS_WORDS) else ()
        for m in found:
            base = self.rated_metric_before(m.start())
            if base is None or m.re is L.COMPARED_BASIS_CLAUSE and L.NOT_GROWTH_RE.search(text, base.start, m.start()):
                continue  # (占比45.2%,上年同期为40.1%: a share's level a year before)
            year, period, _ = resolve_time(base.time, self.ds)
            if year is not None and period:
                self.earlier_rate(base, m, (year - 1, period, 0))

    def prior_year_period_rates(self) -> None:
        """增速较去年一季度(2.0%)和去年全年(3.3%)持续提升: the rates of periods of an earlier year, each in
        brackets after its year and period, that the slot's rate is compared with, facts of those periods (not
        占比较去年全年(33.1%)提高…: a share's earlier level)."""
        if "%)" not in self.text:
            return
        for m in L.COMPARED_YEAR_PERIOD.finditer(self.text):
            if (base := self.rated_metric_before(m.start())) is None:
                continue
            year = resolve_time(base.time, self.ds)[0]
            t = time_expr(tm) if (tm := TIME.fullmatch(self.text, *m.span("time"))) else None
            if year is None or t is None or not t.period or t.year is not None or t.rel is not None:
                continue
            words = m.group("earlier")
            self.earlier_rate(base, m, (int(words[:4]) if words[0].isdigit() else year - 1, t.period, 0))

    def rated_metric_before(self, at: int) -> Slot | None:
        """The slot of one metric with a rate named last before ``at`` in its clause group, whose rate an earlier
        period's rate at ``at`` is compared with; None when there is none, or ``at``'s clause is about a share
        (占比较上年同期…: its earlier level)."""
        base = next((sl for sl in reversed(self.slots) if sl.end <= at and sl.rule.startswith("metric")), None)
        if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(at) \
                or not (base.growths or any(q.has_growth for q in base.amounts)) \
                or L.NOT_GROWTH_RE.search(self.text, self.clause_start(at), at):
            return None
        return base

    def earlier_rate(self, base: Slot, m: re.Match[str], time: Snap) -> None:
        """Add ``base``'s metric at the earlier ``time`` with the rate ``m`` holds (its groups verb and rate): a
        last-year-rate slot."""
        slot = Slot(base.metrics, m.start(), m.end(), base.alias, base.broad, list(base.regions), base.scope,
                    base.kind, time, base.explicit_region, rule="last-year-rate")
        sign = -1 if L.SIGN.get(m.group("verb") or "", 1) < 0 else 1
        slot.growths = [Rate(sign * float(m.group("rate")), *m.span("rate"))]
        self.slots.append(slot)

    def compared_rate_slots(self, m: re.Match[str], masked: str, item: re.Pattern[str]) -> None:
        """The places a metric's rate is compared with (分别高于全省(6.3%)、金华(6.7%); 远超全市8.1%的增幅),
        each with its own rate: that metric's rates of those places."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
        if base is None or len(base.metrics) != 1 \
                or self.group_start(base.end) != self.group_start(m.start()) and not self.rate_opens_group(base, m.start()) \
                or not (base.growths or any(q.has_growth for q in base.amounts)
                        or item is L.COMPARED_ITEM and _RATE_THEN_COMPARED.fullmatch(text, base.end, m.start())):
            return
        for it in item.finditer(masked, m.start("items"), m.end("items")):
            place = text[it.start("place"):it.end("place")]
            if (name := self.compared_name(place, base)) is None:
                continue
            scope = "national" if name == "全国" else "region" if self.places_subset(base) else base.scope
            slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name], scope, base.kind,
                        base.time, explicit_region=place, rule="compared-place")
            slot.growths = [Rate(float(it.group("rate")), *it.span("rate"))]
            self.slots.append(slot)

    def rate_opens_group(self, base: Slot, at: int) -> bool:
        """…完成12.4亿元，居全市第3位；增长8.2%，高于全市(6.5%): the clause group of ``at`` opens with a rate (its
        time aside) that ``base``, the metric of a group before, took, and names no metric of its own: the places
        compared there are compared on that rate (not …；税收收入增长3%，高于全市(2.5%): another measure's rate)."""
        gs = self.group_start(at)
        first = next((t for t in self.toks if gs <= t.start < at and t.kind != "time"), None)
        if gs == 0 or base.end > gs or first is None or first.kind != "growth":
            return False
        taken = [r.value for r in base.growths] + [q.growth for q in base.amounts if q.has_growth]
        rates: list[float] = first.value.values  # type: ignore[attr-defined]
        return rates[:1] == taken[-1:] and not any(gs <= sl.start < at for sl in self.slots if sl.rule.startswith("metric"))

    def shared_rate_slots(self, m: re.Match[str], masked: str) -> None:
        """比全省、全市(均为5.2%)高…; 高于全国、全省(分别为4.7%、5.1%): the places a metric's rate is compared with,
        listed, then their rates in one bracket (one for all after 均, one each after 分别): that metric's rates of them."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
        if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(m.start()) \
                or not (base.growths or any(q.has_growth for q in base.amounts)):
            return
        places = list(L.BARE_PLACE_ITEM.finditer(masked, m.start("items"), m.end("items")))
        rates = list(PERCENT.finditer(text, m.start("rates"), m.end("rates")))
        if len(rates) != (1 if m.group("word") != "分别" else len(places)):
            return
        for k, it in enumerate(places):
            place = text[it.start("place"):it.end("place")]
            if (name := self.compared_name(place, base)) is None:
                continue
            rate = rates[min(k, len(rates) - 1)]
            scope = "national" if name == "全国" else "region" if self.places_subset(base) else base.scope
            slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name], scope, base.kind,
                        base.time, explicit_region=place, rule="compared-place")
            slot.growths = [Rate(percent_value(rate, 1), *rate.span())]
            self.slots.append(slot)

    def compared_name(self, place: str, base: Slot) -> str | None:
        """The region a place that ``base``'s rate is compared with names; None for the slot's own place."""
        name = _region_name(place, self.ds)
        city = parent_city(base.regions[0], self.ds.filed) if place == "全市" and len(base.regions) == 1 \
            and base.scope == "region" else None
        if city is not None:  # 海宁市…增长14.1%，高于全市(8.4%): a county-level place's 全市 is the city it lies
            return city  # in (嘉兴), whichever paper prints it (its own, its city's, its province's)
        if name in base.regions and place in REGION_WORDS and base.scope == "region":
            return None  # a place is not compared with itself (a town's 全市 is its county's whole)
        return name

    def points_bracket_slots(self, m: re.Match[str], masked: str) -> None:
        """高于全省2.9个百分点(全省为5.2%), 均比全省高出0.2个百分点(云南省分别为2.9%和5.9%): the compared place's own
        rates in brackets after the gap in points, one per metric of the rate compared: its facts of them."""
        text = self.text
        rated = self.rate_word_before(m.start())
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")
                     and (rated or sl.growths or any(q.has_growth for q in sl.amounts))), None)
        if base is None or self.group_start(base.end) != self.group_start(m.start()) and rated != "opens":
            return
        for it in L.POINTS_ITEM.finditer(masked, m.start("items"), m.end("items")):
            place = text[it.start("place"):it.end("place")]
            rates = [r for r in PERCENT.finditer(text, it.start("rates"), it.end("rates"))]
            if len(rates) != len(base.metrics) or (name := self.compared_name(place, base)) is None:
                continue
            scope = "national" if name == "全国" else "region" if self.places_subset(base) else base.scope
            slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name], scope, base.kind,
                        base.time, explicit_region=place, rule="compared-place")
            slot.growths = [Rate(percent_value(r, 1), *r.span()) for r in rates]
            self.slots.append(slot)

    def rate_word_before(self, at: int) -> str:
        """Whether a rate word opening a clause of the clause group before ``at`` names the rate a gap in points
        at ``at`` compares (…人均可支配收入比全市低2568元,增幅比全市低1.5个百分点(全市为5.4%)): "opens" when it
        opens the group too (…排第6位;增幅与全市持平,比全省高…: the rate of the metric of the group before, the
        group naming none), "in" when it opens a later clause of it, "" for none (or a metric after it)."""
        gs = self.group_start(at)
        word = None
        for word in L.RATE_WORD_OPENS.finditer(self.text, gs, at):
            pass
        if word is None or any(word.start() <= sl.start < at for sl in self.slots if sl.rule.startswith("metric")):
            return ""
        return "opens" if word.start() == gs or self.text[gs:word.start()].strip() in ("", "其") else "in"

    def level_bracket_slots(self, m: re.Match[str], masked: str) -> None:
        """比全市低2568元(全市为21585元), 较全省多1271元(全省为11407元): the compared place's own level in brackets
        after the gap in level, of the metric of the clause group: its fact of it, in the gap's unit's currency."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
        if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(m.start()):
            return
        it = L.LEVEL_BRACKET_ITEM.match(masked, m.start("items"))
        gaps = amounts_in(text, m.start(), m.start("items"))
        if it is None or not gaps or (fig := AMOUNT.match(text, it.start("fig"))) is None:
            return
        gap, level = amount_from_match(gaps[-1]), self.quantity(fig, fig.start(), fig.end())
        place = text[it.start("place"):it.end("place")]
        if gap is None or level.amount is None or gap.base_unit != level.amount.base_unit \
                or (name := self.compared_name(place, base)) is None:
            return  # (比全市多2.1万人(全市为…): no level of the metric's unit)
        slot = Slot(base.metrics, it.start(), fig.end(), base.alias, base.broad, [name],
                    "national" if name == "全国" else "region" if self.places_subset(base) else base.scope, base.kind,
                    base.time, explicit_region=place, rule="compared-place")
        slot.amounts = [level]
        self.slots.append(slot)

    def places_subset(self, base: Slot) -> bool:
        """Whether ``base`` is the figure of a set of a region's places (全省77个县(市)实现…, 县域…), so that a
        whole place its rate is compared with (超过全省4.5%的增速, 高于全市(6.1%)) gives that whole's own rate."""
        if base.scope != "subset":
            return False
        prefix = self.text[max(self.body, self.subject_start(base.start)):base.start]
        return L.COUNTED_PLACES.search(prefix) is not None \
            or any(m.group() in L.EXCLUSION_WHOLE_AT for m in L.EXCLUSION.finditer(prefix))

    def level_slots(self, m: re.Match[str], masked: str, item: re.Pattern[str] = L.LEVEL_ITEM) -> None:
        """落后于河北(255亿美元,增长34%)和黑龙江(91.5亿美元,增长1倍), 超过海宁市的548.9亿元: places the metric
        of the clause group is compared with, each with its own level (and rate): the same metric's facts."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.rule.startswith("metric") and sl.end <= m.start()
                     and self.group_start(sl.end) == self.group_start(m.start())), None)
        if base is None or len(base.metrics) != 1:
            return
        for it in item.finditer(masked, m.start("items"), m.end("items")):
            fig = AMOUNT.match(text, it.start("fig"))
            if fig is None:
                return
            place = text[it.start("place"):it.end("place")]
            name = _region_name(place, self.ds)
            slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name],
                        "national" if name == "全国" else base.scope, base.kind, base.time,
                        explicit_region=place, rule="compared-place")
            slot.amounts = [self.quantity(fig, fig.start(), fig.end())]
            slot.amounts[0].time = base.time  # (全年GDP有望…after it: a later time moves not the compared level)
            if item is L.LEVEL_OF_ITEM:
                slot.amounts[0].qualifier = ""  # (在海盐县的26.9亿元之上: 之上 is the comparison's, not a bound)
            if it.groupdict().get("rate"):
                value = float(it.group("rate")) * (100 if it.group("mark") == "倍" else 1)
                slot.growths = [Rate(-abs(value) if L.SIGN[it.group("verb")] < 0 else value, *it.span("rate"))]
            self.slots.append(slot)

    def bracket_slots(self, m: re.Match[str], masked: str) -> None:
        """Places with their figures in brackets right after a slot's own amount or rate (4894元(全国
        5963元、全省4881元), 增长16.8%(全国7.1%、全省14.8%)): the same metric's figures of those places."""
        text, s = self.text, m.start()
        rate = any(t.end == s and t.kind == "growth" for t in self.toks)
        base = next((sl for sl in reversed(self.slots) if sl.rule.startswith("metric") and sl.end <= s
                     and self.group_start(sl.end) == self.group_start(s)
                     and (sl.growths or any(q.has_growth for q in sl.amounts) if rate
                          else any(q.end == s for q in sl.amounts))), None)
        if base is None or len(base.metrics) != 1:
            return
        for it in L.BRACKET_ITEM.finditer(masked, m.start("items"), m.end("items")):
            place = text[it.start("place"):it.end("place")]
            fs = it.start("fig")
            fig = PERCENT.match(text, fs) if rate else AMOUNT.match(text, fs)
            if fig is None or (not rate and not (fig.group("mag") or fig.group("unit"))):
                return
            name = _region_name(place, self.ds)
            if name in base.regions:
                continue  # 全县…(全市为…) in a county-level city's article: 全市 is the slot's own place, no other
            slot = Slot(base.metrics, it.start(), fig.end(), base.alias, base.broad, [name],
                        "national" if name == "全国" else base.scope, base.kind, base.time,
                        explicit_region=place, rule="compared-place")
            if rate:
                slot.growths = [Rate(percent_value(fig, 1), *fig.span())]
            else:
                slot.amounts = [self.quantity(fig, fig.start(), fig.end())]
            self.slots.append(slot)

    def list_base(self, run: list[RegionItem]) -> Slot | None:
        """The slot of the metric named before a list of places (none when the metric and its rate word
        follow the list: 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速…)."""
        if self.metric_rated_after(run):
            return None
        base = next((sl for sl in reversed(self.slots) if sl.end <= run[0].start and sl.rule != "region-list"), None)
        if base is not None and base.rule == "region-list+elided-metric" \
                and self.group_start(base.end) != self.group_start(run[0].start):
            return None  # 正增长的有甲(8.1%)、乙(5.2%);负增长的有丙(-3.4%): a list in a clause group of its own after
            # one whose metric the sentence left out takes the metric on its own
        return base

    def metric_rated_after(self, run: list[RegionItem]) -> tuple[str, ...] | None:
        """西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…: places with their rates in brackets, then
        right after them (or after their count, 3个旗县区) the metric and a rate word: that metric's rates (its
        metrics; None for another list)."""
        end = self.bracketed_rates_end(run)
        if end and (counted := L.COUNTED_PLACES_AFTER.match(self.text, end)) is not None:
            end = counted.end()  # …(8.7%)3个旗市区规上工业增加值增速: the listed places counted before their metric
        tok = next((t for t in self.toks if t.start >= end), None)
        if not end:
            return None
        if tok is None or tok.kind != "metric" or tok.start != end or not L.RATE_WORD_BEFORE.match(self.text, tok.end):
            return self.contrasted_rates(run, end)
        return ALIASES[L.alias_of(tok.value)].metrics  # type: ignore[arg-type]

    def contrasted_rates(self, run: list[RegionItem], end: int) -> tuple[str, ...] | None:
        """…3个旗县区规上工业增加值增速高于全市平均水平;林西县(3.2%)、克什克腾旗(-1.5%)低于全市平均水平: places
        with their rates in brackets and then a comparison word, after places the sentence rated so before its
        metric: the same metric's rates (its metrics; None when no such places came before)."""
        if not L.COMPARISON_WORD.match(self.text, end):
            return None
        prior = next((sl for sl in reversed(self.slots)
                      if sl.end <= run[0].start and sl.rule == "region-list+metric-after-list"), None)
        return prior.metrics if prior is not None else None

    def bracketed_rates_end(self, run: list[RegionItem]) -> int:
        """Where the closing bracket of a run of places' rates in brackets ends (温岭(11.2%)、玉环(10.6%)); 0
        when the run is not one."""
        if run[0].kind != "pct" or not all(self.text.startswith("(", it.fig.start() - 1) for it in run):
            return 0
        return self.text.find(")", run[-1].fig.end()) + 1

    def elided_base(self, run: list[RegionItem]) -> Slot | None:
        """有6个省份增速超过全国，分别是江苏(7.1%)、安徽(6.9%)…: a list of places' rates whose
        metric the sentence leaves out; a set of places and a rate word lead it, and the metric is
        the document's headline metric, the one it named first (a slot of no width at the list's start)."""
        start = run[0].start
        lead = self.text[self.group_start(start):start]
        if (after := self.metric_rated_after(run)) is not None:
            return Slot(after, start, start, METRICS[after[0]].label_zh, False, [self.ds.home], "region",
                        self.plan_kind(start) or "actual", self.state.snapshot(), rule="metric-after-list")
        if self.slots and not all(sl.rule == "region-list+elided-metric" for sl in self.slots):
            return None  # (a list before of the same kind leaves the next one its chance)
        if run[0].kind == "amount" and (bounded := self.set_bound_metric(start)) is not None:
            return Slot(bounded, start, start, METRICS[bounded[0]].label_zh, False, [self.ds.home], "region",
                        self.plan_kind(start) or "actual", self.state.snapshot(), rule="elided-metric")
        prev = self.prev
        if prev is None and L.QIZHONG_START.fullmatch(lead.rstrip(", ")):
            return self.unparsed_base(start)  # 各县市区固定资产投资均保持增长。其中,宜都市增长15.2%,枝江市…
        if prev is not None and not (prev.amounts or prev.growths) and len(prev.metrics) == 1 \
                and L.QIZHONG_START.fullmatch(lead.rstrip(", ")) and self.counted_set_before():
            metrics = prev.metrics  # 全市8个县区规上工业增加值增速均为正。其中,新民市增长10.5%,…
        elif prev is not None and (prev.amounts or prev.growths) and len(prev.metrics) == 1 and prev.scope == "region" \
                and (L.QIZHONG_START.fullmatch(lead.rstrip(", ")) or (not lead.strip(", ") or remark_on_counted(lead))
                     and (run[0].verb != "" and all(it.kind == "pct" for it in run)
                          or (end := self.bracketed_rates_end(run)) > 0 and L.RATE_JUDGED.match(self.text, end) is not None)):
            metrics = prev.metrics  # 全市…增长8.2%。其中,海宁市增长12.4%,桐乡市增长6.5%: the places' figures of it
            # (also with no 其中 when the places opening the sentence give rates, the first with its own rate word:
            # 邳州增长9.1%,新沂下降2.3%; 邳州增长9.1%,居首位,新沂(7.6%)次之; their rates in brackets, a verdict on the
            # rates after them: 温岭(11.2%)、玉环(10.6%)增速居前)
        elif (L.BY_REGION.search(lead) or L.RATE_VIEW.fullmatch(lead) or L.AMONG_PARTS.fullmatch(lead)
              or L.RANKED_SET_LEAD.fullmatch(lead)) \
                and len(self.ds.last_metric) == 1:
            metrics = self.ds.last_metric  # 分县市区看，海宁增长8.1%…; 增速方面，长兴增长12.1%…; 各县区中，…: the
            # metric of the sentence before
        elif run[0].kind == "pct" and len(self.ds.head_metric) == 1 and L.EVERY_REGION.search(lead) \
                and L.GROWTH_WORD.search(lead):
            metrics = self.ds.head_metric
        elif len(listed := run if len(run) >= 3 else [it for r in self.item_runs for it in r]) >= 3 \
                and (len(run) >= 3 and all(it.kind == "pct" for it in run) or all(
                it.kind in ("amount", "pct") and self.text.startswith("(", it.fig.start() - 1) for it in listed)) \
                and ((cls := L.CLASS_METRIC.search(lead)) or len(self.ds.last_metric) == 1 and self.prev is not None) \
                and not any(t.kind == "metric" for t in self.toks):
            metrics = (L.CLASS_METRICS[cls.group()],) if cls else self.ds.last_metric  # 比如，延津县是20.9%，凤泉区是20.7%，获嘉县是20.6%: the places' rates
            # of the metric of the sentence before, listed in a sentence of their own; so are places' levels in
            # brackets (13个设区市中，苏州(5186.64亿元)、南京(4230.24亿元)、无锡(…)居前三位; also in tiers of two,
            # 南通(…)、常州(…)等城市…，徐州(…)、盐城(…)等城市…: all the lists of the sentence so; so are rates in brackets in
            # tiers, 正增长的有甲(8.1%)、乙(5.2%);负增长的有丙(-3.4%)), or of the metric a class of
            # places in the lead is ranked by (浙江十大强县的排名分别为慈溪(2639亿)、义乌(2055亿)…)
        else:
            return None
        return Slot(metrics, start, start, METRICS[metrics[0]].label_zh, False, [self.ds.home], "region",
                    self.plan_kind(start) or "actual", self.state.snapshot(), rule="elided-metric")

    def set_bound_metric(self, start: int) -> tuple[str, ...] | None:
        """财政收入超过10亿元的县(市)已达到13个,居前3位的分别是平果县17.22亿元,…: the metric whose bound
        defines the set of places (no figure of its own) that a list of their levels then names."""
        text, group = self.text, self.group_start(start)
        tok = next((t for t in reversed(self.toks) if t.kind == "metric" and group <= t.start and t.end <= start), None)
        if tok is None or (bound := L.BOUND_AFTER.match(text, tok.end)) is None \
                or not (L.BOUND_HOLDER.match(text, bound.end()) or L.SET_LIST_AFTER.match(text, bound.end())
                        or L.SET_LIST_OPEN.match(text, bound.end())):
            return None
        return ALIASES[L.alias_of(tok.value)].metrics  # type: ignore[arg-type]

    def bound_list(self, i: int, j: int) -> int:
        """其中超2000亿元3个，分别是鄞州、北仑、慈溪; 前十强分别是甲、乙…，体量均在2000亿元以上: places listed
        with no figures of their own after a bound the counted set passed (or before one they all passed):
        the bound is each place's level, of the metric the sentence names, else of the one a stand-in word
        (体量) or a class of places (千亿县) names (bound-list)."""
        text = self.text
        at = next((k for w in L.BOUND_LIST_INTRO if (k := text.find(w)) >= 0), -1)
        if at < 0:
            return 0
        run = self.bare_places(at + 3)
        bound = self.list_bound(at, run[-1].end) if len(run) >= 2 else None
        metrics = self.bound_metrics(bound.start) if bound is not None else None
        if bound is None or metrics is None:
            return 0
        for sl in self.slots:  # (有四个城市的地区生产总值突破一万亿: the counted set's bound, no figure of its own)
            sl.amounts = [a for a in sl.amounts if a.start != bound.start]
        for t in run:
            slot = Slot(metrics, t.start, t.end, METRICS[metrics[0]].label_zh, False, [_region_name(t.value, self.ds)],
                        "region", self.plan_kind(t.start) or "actual", self.state.snapshot(),
                        explicit_region=t.value, rule="bound-list")
            slot.amounts = [bound]
            self.slots.append(slot)
        return len(run)

    def bare_places(self, p: int) -> list:
        """The places listed from ``p`` (joined by 、和及与) with no figure of their own in their clause."""
        run, end = [], p
        for t in self.toks:
            if t.start < p:
                continue
            if t.kind != "region" or not _BARE_JOIN.fullmatch(self.text, end, t.start):
                break
            run.append(t)
            end = t.end
        nxt = next((t for t in self.toks if t.start >= end), None)
        if nxt is not None and nxt.kind in ("amount", "growth", "pct") and not _CLAUSE_BREAK.search(self.text, end, nxt.start):
            return []  # 分别是甲(…)、乙: places with their own figures
        return run

    def list_bound(self, at: int, run_end: int) -> Quantity | None:
        """The bound of a list of places: the one just before its intro (超2000亿元3个，分别是…; a count
        between), or one after the places with 均/全部 (…，全部突破3000亿元)."""
        text = self.text
        for t in self.toks:
            if t.kind != "amount":
                continue
            if t.end <= at:
                gap = text[t.end:at]
                if len(gap) > 12 or _CLAUSE_BREAK.search(gap, 0, len(gap) - 1) or any(
                        u.kind == "amount" and t.end <= u.start < at and not self.is_count(u) for u in self.toks):
                    continue
            elif t.start < run_end or not (m := L.BOUND_FOR_ALL.search(text, max(0, t.start - 8), t.start)) \
                    or m.end() != t.start or any(u.kind == "region" and run_end <= u.start < t.start for u in self.toks):
                continue
            q = self.quantity(t.value, t.start, t.end)  # type: ignore[arg-type]
            if q.qualifier == "over" and q.amount is not None and q.amount.base_unit != "count":
                return q
        return None

    def is_count(self, t) -> bool:  # type: ignore[no-untyped-def]
        """Whether an amount token is a count (3个)."""
        a = amount_from_match(t.value)
        return a is None or a.base_unit == "count"

    def bound_metrics(self, s: int) -> tuple[str, ...] | None:
        """The metric of a bound list: named before the bound in the sentence, else the one named last
        when a stand-in word (体量) stands here, else the one a class of places (千亿县) is named by."""
        named = [t for t in self.toks if t.kind == "metric" and t.end <= s]
        if named:
            metrics = ALIASES[L.alias_of(named[-1].value)].metrics  # type: ignore[arg-type]
            return metrics if len(metrics) == 1 else None
        if L.ANY_ANAPHOR.search(self.text) and len(self.ds.last_metric) == 1:
            return self.ds.last_metric
        cls = L.CLASS_METRIC.search(self.text)
        return (L.CLASS_METRICS[cls.group()],) if cls else None

    def shared_head(self, s: int, surface: str) -> tuple[tuple[str, ...], int]:
        """The metrics of the items listed right before a metric that share its head, in order,
        and where the list starts: 第一、三产业增加值 (第一产业增加值), 城镇与农村居民人均可支配收入
        (城镇居民人均可支配收入), 出口和进口总额, 城镇常住居民和农村常住居民人均可支配收入.  An item is
        the longest text (up to four characters, or six for a population named alone: 城镇常住居民) before
        a joiner (、和与及) that makes an alias with the head; the head is the longest end of the metric
        that every item takes."""
        text = self.text
        if s < 2 or text[s - 1] not in _JOINERS:
            return (), s
        for k in range(1, len(surface) - 1):
            head, listed, start = surface[k:], (), s
            while start > 1 and text[start - 1] in _JOINERS:
                item = next((a for a in range(max(0, start - 7), start - 1) if text[a:start - 1] + head in ALIASES
                             and (start - 1 - a <= 4 or _population_item(text[a:start - 1]))
                             and _item_in_context(ALIASES[text[a:start - 1] + head], surface)), None)
                if item is None:
                    break
                listed, start = ALIASES[text[item:start - 1] + head].metrics + listed, item
            if listed:
                return listed, start
        return (), s

    def extends_list(self, cur: Slot, slot: Slot) -> int:
        """出口、进口分别为…: a metric joined to the one before it, with a distributive word after;
        where the list's figures may start (after 分别 when a clause with no figure stands between
        the list and it: …均列全市首位，分别达到…), or 0."""
        if not self.slots or cur is not self.slots[-1] or cur.amounts or cur.growths:
            return 0
        if len(cur.regions) > 1 or cur.regions != slot.regions or cur.periods:
            return 0
        unknown = 0
        at = self.past_metric_note(cur.end, slot.start)  # 固定资产投资(不含农户)和…: the note of the item before
        if (join := L.METRIC_JOIN.match(self.text, at, slot.start)) and slot.scope == "subset" != cur.scope \
                and (part := L.EXCLUSION.fullmatch(self.text, join.end(), slot.start)) is not None \
                and L.EXCLUSIONS.get(part.group()) == "subset":
            slot.metrics = ("",) * len(slot.metrics)  # 社会消费品零售总额和限上社零额分别增长…: the subset's
            # figure holds its place in the list, skipped
        elif not L.METRIC_JOIN.fullmatch(self.text, at, slot.start):
            gap = L.UNKNOWN_ITEMS.fullmatch(self.text, at, slot.start)
            if gap is None:
                return 0
            unknown = len(re.findall(r"、|和|及|与|以及", gap.group())) - 1  # its items hold a place in the list
        later = L.DISTRIBUTIVE_LATER.match(self.text, slot.end)
        m = later or L.DISTRIBUTIVE.match(self.text, slot.end)
        if m is None:  # …达到638.8亿元和350.4亿元: paired by count (also after the start's time: 由“十二五”末的…、…)
            figures = L.FIGURE_LIST.match(self.text, _past_start_time(self.text, slot.end))
            if figures is None or len(re.findall(r"、|和|及|与", figures.group("list"))) + 1 != \
                    len(cur.metrics) + unknown + len(slot.metrics):
                return 0
            cur.metrics += ("",) * unknown
            _broad_again(cur, slot)
            return slot.end
        cur.each = m.group("word") == "均"
        cur.metrics += ("",) * unknown  # a place for each item that is no metric: its figure is skipped
        _broad_again(cur, slot)
        return m.end() if later else slot.end

    def unknown_head(self, s: int, end: int, n: int) -> tuple[int, int] | None:
        """农民人均纯收入和城镇居民可支配收入分别达到6028元和16075元: items that are no metric of
        ours joined right before the metric (after the clause's last token), then 分别 and one figure
        for each item and metric, or 均 and one figure for all.  Where the items start and how many
        places they hold in the list (none after 均), or None."""
        text = self.text
        lo = max([max(map(lambda c: text.rfind(c, 0, s), ",;:。")) + 1]
                 + [t.end for t in self.toks if t.end < s and t.kind in ("time", "region")])
        if (lead := L.REGION_LEAD.match(text, lo, s - 1)) is not None:
            lo = lead.end()  # 全县农民人均纯收入和…: the region word is the subject, no item
        items = [i.strip() for i in _ITEM_SPLIT.split(text[lo:s - 1])]
        if not all(2 <= len(i) <= 14 and L.UNKNOWN_ITEM.fullmatch(i) and not self.names_metric(i) for i in items):
            return None
        start = lo + len(text[lo:s]) - len(text[lo:s].lstrip())
        if (pairing := L.DISTRIBUTIVE.match(text, end)) is not None and pairing.group("word") == "均":
            return start, 0  # …和城镇居民人均可支配收入均增长13%: one figure for all, the metric's too
        figures = L.FIGURE_LIST.match(text, pairing.end()) if pairing else None
        more = self.metrics_listed_after(end, pairing.start("word")) if pairing else 0
        if figures is None or len(_ITEM_SPLIT.findall(figures.group("list"))) + 1 not in (len(items) + n,
                                                                                           len(items) + n + more):
            return None
        return start, len(items)

    @staticmethod
    def unknown_place(slot: Slot) -> bool:
        """接待游客、社会消费品零售总额分别达到1120万人次、…: whether the list's next figure is an item's that is no
        metric of ours, so a figure that counts things (人次, 万吨) may hold its place, skipped."""
        return len(slot.amounts) < len(slot.metrics) and slot.metrics[len(slot.amounts)] == ""

    def metrics_listed_after(self, end: int, stop: int) -> int:
        """货运量、工业用电量、规上工业增加值分别增长…: how many metrics of ours are joined to the list after the one
        that ends at ``end``, before its distributive word at ``stop`` (each after 、 和 及 与); 0 where other words
        stand between."""
        n, at = 0, end
        for t in self.toks:
            if t.kind == "metric" and end <= t.start < stop:
                if not L.METRIC_JOIN.fullmatch(self.text, at, t.start):
                    return 0
                n, at = n + 1, t.end
        return n

    @staticmethod
    def names_metric(item: str) -> bool:
        """Whether a list's item ends in a metric of ours (进口额, 出口增速); 农村居民人均纯收入 holds
        one's words but names another thing, and so does a sector's 总产值 or 产值 (农林牧渔业总产值: a word of ours
        only in context, after the sector's name)."""
        found = L.METRIC.search(item)
        if found is not None and not L.GAP.fullmatch(item, 0, found.start()) and ALIASES[L.alias_of(found.group())].context:
            return False  # 农林牧渔业总产值, 文化产业产值: a word of ours only in context, after a sector's name (not
            # after a filler: 其中城镇、农村分别为…)
        return found is not None and L.GAP.fullmatch(L.GROWTH_WORD.sub("", item[found.end():])) is not None

    def items_qualify(self, items: list[str], base: int, slot: Slot) -> bool:
        """对北美、欧盟、东盟进出口分别增长…: the slot's metric ends the last item after words of its
        own, so the items listed are its markets or products (each with its rate), not metrics."""
        j = _item_index(items, slot.start - base)
        lead = items[j][:slot.start - base - sum(len(it) + 1 for it in items[:j])]
        return j == len(items) - 1 and len(items) > 1 and not L.GAP.fullmatch(lead)

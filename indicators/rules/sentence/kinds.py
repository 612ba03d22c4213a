"""A sentence's rules about the kind of a figure: actual, target, forecast or estimate."""
from __future__ import annotations

import re

from ...base.tables import PLAN_WORDS
from .. import lexicon as L
from .common import SentenceBase, Slot, _WORD_PREFIX
from .lists import Lists

_PAST_YEAR = re.compile(r"(?:(\d{4})年|去年)(?![底末]?[以来前]|\d)")  # a year named, or last year
_SPELLED_OUT = re.compile(r"[^\d,;。]{0,4}:\s*")  # 标准为:, 条件是: the plan word's colon, what it is spelled out after


class Kinds(Lists):
    """The steps of a sentence about the kind of a figure: actual, target, forecast or estimate."""

    def reached_by(self, m: re.Match[str]) -> bool:
        """到2023年底 in an article of 2024, 到1994年突破10亿元 in one of 2018: a past year (or its end),
        no plan's date; 到2024年3月末 in an article of April 2024: a month over by then; 增加到2021年的… in a
        report that closes 2021 (a December review): that year, reached."""
        pub = self.ds.pub
        if not m.group().startswith("到") or pub is None:
            return False
        year = int(m.group()[1:5])
        month = L.MONTH_AFTER_YEAR.match(self.text, m.end()) if year == pub.year and pub.month else None
        if year == pub.year and month is None and self.ds.year_closing:
            return True
        return year < pub.year or (month is not None and int(month.group(1)) < pub.month)  # type: ignore[operator]

    def plan_kind(self, start: int) -> str:
        """target or forecast when a plan word governs ``start``: in its clause group, or leading
        the whole sentence (预计全年：…；…)."""
        if self.plan_named is None:  # (looked for once a figure asks)
            self.plan_named = L.PLAN.search(self.text, self.body) is not None
        if not self.plan_named:  # no plan word after the headline: nothing below can find one (the lead
            return self.estimate_noted()  # patterns and forecast_lead read plan words there too)
        last = None
        for m in L.PLAN.finditer(self.text, max(self.group_start(start), self.body), start):
            if self.plan_stands(m) and not self.figure_plan_note(m.start(), start) \
                    and not self.past_year_opens(m.group(), m.end(), start):
                last = m.group() if self.item_forecast_reaches(m, start) else None
        if last is None:
            lead = L.PLAN_LEAD.match(self.text, self.body) or L.PLAN_COLON.match(self.text, self.body)
            if lead is not None and lead.end() <= start and self.lead_governs(lead.group("word"), lead.start("word")) \
                    and not self.past_year_opens(lead.group("word"), lead.end(), start):
                last = lead.group("word")
        if last is None:
            return self.forecast_lead(start) or self.estimate_noted()
        return "target" if last.startswith("到") else PLAN_WORDS[last]

    def past_year_opens(self, word: str, at: int, start: int) -> bool:
        """2024年目标1200亿元,2023年全县地区生产总值达1105亿元 (in an article of 2024): a clause that opens with a
        year already over between a target word ending at ``at`` and a figure at ``start`` takes the figure out
        of the plan (not a forecast's: 预计，2023年全年… in 2024 is an estimate of that year; nor a clause after a
        colon right after the plan word, which spells the plan out: 划定标准为:2023年规上工业总产值1000亿元以上)."""
        pub = self.ds.pub
        if pub is None or PLAN_WORDS.get(word) == "forecast":
            return False
        for ts, te in self.times:
            cs = self.clause_start(ts)
            if at <= ts < start and not self.text[cs:ts].strip() and not _SPELLED_OUT.fullmatch(self.text, at, cs):
                m = _PAST_YEAR.match(self.text, ts, te)
                if m is not None and (m.group(1) is None or int(m.group(1)) < pub.year):
                    return True
        return False

    def figure_plan_note(self, at: int, start: int) -> bool:
        """增长6.5%(计划7%)，一般公共预算收入…; 增长12%(年度目标10%)，…: a plan word in a bracket that opens
        right after a figure and closes before ``start`` is a note of that figure's plan, no plan of the
        figures after it."""
        return any(ps < at < pe <= start and ps in self.figure_ends for ps, pe in self.parens)

    def plan_stands(self, m: re.Match[str]) -> bool:
        """Whether the plan word ``m`` names a plan still to come: not one met (完成年度计划), nor compared
        with (比预计), nor one carried out (落实…计划), nor a past year reached (到2023年底 in 2024)."""
        return not L.ACHIEVED.search(self.text, max(0, m.start() - L.ACHIEVED_REACH), m.start()) \
            and not L.ACHIEVED_AFTER.match(self.text, m.end()) \
            and not L.COMPARED_PLAN.search(self.text, max(0, m.start() - 8), m.start()) \
            and not (L.COMPARED_PLAN_GAP.match(self.text, m.end())
                     and L.COMPARED_PLAN_BY.search(self.text, max(0, m.start() - 12), m.start())) \
            and not L.PLAN_BURDEN.match(self.text, m.end()) \
            and not self.carried_out(m) \
            and not self.reached_by(m)

    def carried_out(self, m: re.Match[str]) -> bool:
        """认真落实中央保增长的一揽子计划: a plan word the object of a verb of carrying a plan out, a plan the
        subject works by (unless spelled out after a colon: 落实年度目标:…), no plan of the figures after it."""
        return L.PLAN_CARRIED.search(self.text, max(0, m.start() - L.PLAN_CARRIED_REACH), m.start()) is not None \
            and not L.PLAN_SPELLED.match(self.text, m.end())

    def planned_level(self, slot: Slot, s: int) -> Slot:
        """地区生产总值年均增长7.8%，2023年预计达到312.5亿元: a plan word in the clause of an actual slot's
        level, after the slot's words, makes the level a plan's: a slot of its own of that kind."""
        cs = max(self.clause_start(s), slot.end)
        if slot.kind != "actual" or cs >= s:
            return slot
        plan = next((m for m in L.PLAN.finditer(self.text, cs, s)
                     if self.plan_stands(m) and not self.text.startswith("近", m.end())), None)  # (将近: nearly)
        if plan is None:
            return slot
        kind = "target" if plan.group().startswith("到") else PLAN_WORDS[plan.group()]
        clone = Slot(slot.metrics, slot.start, slot.end, slot.alias, slot.broad, list(slot.regions), slot.scope,
                     kind, slot.time, slot.explicit_region, rule=slot.rule)
        self.slots.append(clone)
        return clone

    def realized_level(self, slot: Slot, s: int) -> Slot:
        """地区生产总值目标增长6%，实际增长6.3%; 预算数为15亿元，实际完成15.46亿元: a clause opened by 实际 or
        最终 after a plan slot's figure gives the figure reached: a slot of its own, actual."""
        if slot.kind == "actual" or not (slot.amounts or slot.growths):
            return slot
        cs = self.clause_start(s)
        if cs <= slot.end or not L.REALIZED_LEAD.match(self.text, cs):
            return slot
        clone = Slot(slot.metrics, cs, cs, slot.alias, slot.broad, list(slot.regions), slot.scope,  # (its clause's)
                     "actual", slot.time, slot.explicit_region, rule=slot.rule)
        clone.add_rule("realized-after-plan")
        self.slots.append(clone)
        return clone

    def estimate_noted(self) -> str:
        """forecast when a note (预计数，下同) in this sentence or one before makes the figures estimates."""
        note = self.ds.estimate_at
        return "forecast" if note is not None and note < self.ds.pos + len(self.text) else ""

    def item_forecast_reaches(self, m: re.Match[str], start: int) -> bool:
        """Whether the plan word ``m`` governs the figure at ``start`` of its clause group. Forecast
        words that mark the items one by one, each after its metric (地区生产总值预计增长6%，固定资产投资
        增长3%，社零预计增长12%), govern their own items only: a metric named after one (not a part
        after 其中) with no forecast word of its own gives an actual figure."""
        if PLAN_WORDS.get(m.group()) != "forecast" or self.leads_clause(m.start()):
            return True
        named = next((t for t in self.toks if t.kind == "metric" and m.end() < t.start <= start), None)
        if named is None or self.text.startswith("其中", self.clause_start(named.start)):
            return True
        if self.done_by_own_verb(named.start, named.end):
            return False
        end = self.text.find(";", start)
        return not any(n.start() != m.start() and PLAN_WORDS.get(n.group()) == "forecast" and not self.leads_clause(n.start())
                       for n in L.PLAN.finditer(self.text, self.group_start(start), len(self.text) if end < 0 else end))

    def done_by_own_verb(self, start: int, end: int) -> bool:
        """…地区生产总值预计增长6%，一般公共预算收入完成38.6亿元 (or 实现社会消费品零售总额…): whether the metric
        at ``start``-``end`` names a completion verb of its own, right after it (or after the list of metrics
        it leads: 财政总收入、一般公共预算收入分别完成…) or opening its clause: a figure reached, which a
        forecast word after an earlier item does not reach."""
        for t in self.toks:  # (the list's next metrics, each after a joiner alone)
            if t.kind == "metric" and t.start > end and L.ITEM_JOINER.fullmatch(self.text, end, t.start):
                end = t.end
        return L.VERB_AFTER_ITEMS.match(self.text, end) is not None \
            or L.VERB_LEADS.match(self.text[self.clause_start(start):start]) is not None

    def lead_governs(self, word: str, pos: int) -> bool:
        """Whether the plan word opening the sentence at ``pos`` governs its figures: not a plan met
        (工业投资实现倍增目标，…), nor a task said to be hard (面对稳增长任务繁重的局面，…), nor a forecast after a
        subject of its own (研发投入强度预计…)."""
        if L.ACHIEVED.search(self.text, max(0, pos - L.ACHIEVED_REACH), pos) \
                or L.PLAN_BURDEN.match(self.text, pos + len(word)):
            return False
        return PLAN_WORDS[word] != "forecast" or self.leads_clause(pos)

    def forecast_lead(self, start: int) -> str:
        """2023年，预计全县实现地区生产总值391亿元…；财政收入…: a forecast word before the
        sentence's first figure (after its time and subject) makes every clause a forecast."""
        first = self.figure_starts[0] if self.figure_starts else len(self.text)
        if start < first:
            return ""
        for m in L.PLAN.finditer(self.text, self.body, first):
            if PLAN_WORDS.get(m.group()) == "forecast" and not L.ACHIEVED.search(self.text, max(0, m.start() - L.ACHIEVED_REACH), m.start()) \
                    and self.leads_clause(m.start()):
                return "forecast"
        return ""

    def leads_clause(self, pos: int) -> bool:
        """Whether only a time and a place (全市, 全年全县, 初步) come before ``pos`` in its clause: a
        forecast word after a metric or another subject (地区生产总值预计…; 研发投入强度预计…) is its
        clause group's, not the sentence's."""
        cs = self.clause_start(pos)
        if any(t.kind == "metric" and t.end > t.start and cs <= t.start < pos
               and not L.POPULATION.fullmatch(self.text, t.start, t.end) for t in self.toks):
            return False  # (规模以上工业预计完成增加值: the population the figures count is no such metric)
        words = self.text[cs:pos]
        for ts, te in self.times:
            if cs <= ts and te <= pos:
                words = words.replace(self.text[ts:te], "")
        for t in self.toks:  # 锦屏县规模工业预计完成…: a named place and the population the figures count
            if t.kind == "region" and cs <= t.start and t.end <= pos:
                words = words.replace(self.text[t.start:t.end], "")
        words = L.POPULATION.sub("", words)
        return len(_WORD_PREFIX.sub("", words)) <= 4

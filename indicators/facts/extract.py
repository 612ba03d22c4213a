"""The rule engine for one document: repaired text → paragraphs → sentences → slots → facts.

Sentences are parsed by :mod:`indicators.rules.sentence`; this module carries time and context
from sentence to sentence and paragraph to paragraph, turns slots into facts with their
spans in the original text, and adds the plain-text tables (:mod:`indicators.rules.grids`).
:mod:`indicators.facts.merge` then folds duplicates and marks conflicts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import pandas as pd

from ..base.gates import holds_any, needs
from ..base.regions import focus_place
from ..base.schema import Fact, facts_frame
from ..base.tables import ALIASES, METRICS, PLAN_WORDS, REGION_WORDS, SCOPE_WORDS, function_words, trie_pattern
from ..ingest.documents import Document, make_document
from ..rules import lexicon as L
from ..rules.grammar import parse_sentence
from ..rules.grids import grid_facts, plan_cells
from ..rules.periods import TIME, TimeExpr, canonical_period, may_hold_time, time_expr, year_to_date
from ..rules.repair import NUMBERING, Repaired, is_heading, may_be_numbered, repair
from ..rules.sentence import Quantity, Sentence, Slot, opening_place, paragraph_place, pick_amounts, read_unparsed, source_place, \
    start_in_passing, this_year_since, width
from ..rules.stories import story_lead
from ..rules.timeline import DocState, Snap, TimeState, apply_time, compared_time, list_year, resolve_time
from ..rules.tokens import Rate
from .merge import merge_facts


@dataclass(slots=True)
class Flow:
    """What carries from sentence to sentence and paragraph to paragraph of a document, and
    where each part resets: a blank line or a section heading returns the time to the article's
    lead; a paragraph after a full stop goes on from the time its predecessor opened with; a
    line break inside a sentence (a column break) keeps the time."""

    time: TimeState = field(default_factory=TimeState)  # the time in force
    lead: TimeState | None = None  # the article's lead time, once a paragraph sets it
    blank: bool = True  # a blank line or a heading came before this paragraph
    heading: str = ""  # that heading, when it was one (二、2023年工作回顾: the time its section starts from)
    ended: bool = False  # the last paragraph ended with a full stop
    opening: TimeState | None = None  # the time the last paragraph opened with
    began: TimeState | None = None  # the time in force when this paragraph began
    fresh: bool = False  # this paragraph began after a blank line or a heading (from the article's lead)
    pending: list[str] = field(default_factory=list)  # figure-less sentences whose times wait for a figure
    prev_slots: list[Slot] = field(default_factory=list)  # the last sentence's slots (for a rate after them)
    prev_kind: str = "actual"  # the kind of the last slot (其中… goes on in it)
    whole: Slot | None = None  # the whole whose parts the last sentence gave (see _whole_of_parts)
    header: list[str] = field(default_factory=list)  # the header of the pipe table being read
    heading_topic: str = ""  # a heading alone on its line names the next paragraph's metric
    said_topic: str = ""  # a figure-less sentence announced figures of this metric (各县市GDP排名出炉。)
    firm_answer: bool = False  # this sentence is a quoted answer to a quoted question about a company
    last_sentence: str = ""  # the last paragraph's last sentence (a column breaks a paragraph after 。 or ？)
    breakdown: bool = False  # the last figures were a metric's facts, or breakdowns of it that gave none since
    # (…增加值下降5.3%。\n分门类看，…。\n分行业看，…。\n分地区看，甲县增长…: the places' rates are of that metric)
    item_place: bool = False  # the section's place is the one a numbered item opened with (1、荔浦市…)
    handed: TimeState | None = None  # the time a paragraph's closing figure-less lead sentence hands the next one


class Extractor:
    """Extract the facts of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.rep: Repaired = repair(doc.text)
        home = doc.region or ""
        # an article filed under a prefecture whose lead is about one of its counties is that county's
        lead = _LEAD.match(self.rep.text).group()  # type: ignore[union-attr]
        home = (None if _rundown(lead) else focus_place(lead, home)) or home
        self.ds = DocState(doc, doc.pub_date, home)
        self.ds.text = self.rep.text
        self.ds.generic.update(L.defined_names(self.rep.text))  # 一般公共预算收入(以下简称财政收入)
        self.ds.story = self.ds.story_subject = story_lead(self.rep.text, home)
        self.pub_text = str(doc.pub_date) if doc.pub_date else ""
        self.trace: list[tuple[int, str, Sentence]] | None = None  # set to a list to keep every parse
        self.plan_cells = plan_cells(self.rep.folded)  # (序号 / 主要工作任务 / 完成情况 / 1 / …: a task column's cells)

    def run(self) -> list[Fact]:
        """The document's facts: its paragraphs read in order with a :class:`Flow`, then its tables."""
        flow, facts, p_end = Flow(), [], -1  # type: ignore[var-annotated]
        paragraphs = self.rep.text.split("\n")
        nexts = _next_paragraphs(paragraphs)  # (a column breaks after 。: the next may name this one's figures)
        for k, p_text in enumerate(paragraphs):
            p_start, p_end = p_end + 1, p_end + 1 + len(p_text)
            if not p_text or p_text.isspace():
                flow.blank = True
                continue
            n_before = len(facts)
            topic = self.begin_paragraph(flow, p_text)
            parsed = self.read_paragraph(flow, p_text, p_start, topic, facts, nexts[k])
            self.end_paragraph(flow, p_text, facts[n_before:], parsed)
        grid = _not_restated(grid_facts(self.doc, self.rep, self.ds.home, _prose_units(facts)), facts)
        return merge_facts(_title_plans(_unclaimed(facts, grid) + grid, self.doc.text))

    def begin_paragraph(self, flow: Flow, p_text: str) -> str:
        """Reset what a new paragraph resets; the metric its heading names (its topic), if any."""
        if flow.header or "|" in p_text:
            flow.header = _pipe_header(p_text, flow.header)
        flow.fresh = flow.blank and flow.handed is None
        if flow.handed is not None:  # 2016年…580亿元…。今年1-8月，全市经济…。\n全市…总产值…: the time the
            flow.time, flow.handed = flow.handed, None  # last paragraph closed on introduces this one's figures
            flow.pending.clear()
            self.ds.span_base = self.ds.span_end = None
        elif flow.blank:
            self.ds.span_base = None  # a base year (比2005年增长…) holds to the next heading or year named
            self.ds.span_end = None  # (and a span, 五年来, to the next heading)
            flow.time = flow.lead or TimeState()  # the lead itself until a time moves it (copied when read)
            flow.pending.clear()
            if flow.heading:  # (二)一季度情况, 一、2023年经济运行: a time the heading names holds in its section
                flow.pending.append(flow.heading)
        elif flow.opening is not None and flow.ended:
            flow.time = flow.opening.copy()  # after a sentence end, a paragraph (or a column break) goes
            flow.pending.clear()  # on from the time its predecessor opened with, not from a month named
            # later in it (…其中6月份增长11.5%。\n全县固定资产投资…: the first half's, not June's)
        # else: a line break inside a sentence is a column break: the paragraph keeps its time
        flow.opening = None
        self.ds.said = self.ds.source_place = self.ds.paragraph_place = ""  # (a place a figure-less sentence opened
        # with, the place the paragraph opened with, or whose office a source lead named, holds in its paragraph only)
        flow.began = flow.time.copy()
        flow.ended = p_text.rstrip().endswith(("。", "!", "?", "!", "?"))
        numbered = may_be_numbered(p_text)  # (what a heading and a topic begin with: most paragraphs, no)
        flow.blank = numbered and is_heading(p_text)  # a section heading starts afresh from the article's lead
        flow.heading = p_text if flow.blank else ""
        if flow.blank:
            flow.said_topic = ""  # (a heading ends what a sentence before it announced)
            flow.item_place = False  # 二、安吉县: a heading that names a place alone, the subject of its section
            self.ds.section_place = opening_place(p_text.strip().rstrip("。:") + "。", self.ds) \
                if _PLACE_HEADING.fullmatch(p_text) else ""
        elif _PLACE_LABEL.fullmatch(p_text):  # 宁乡县 (a line of its own, no number): the place its section is about
            self.ds.section_place = opening_place(p_text.strip() + "。", self.ds) or self.ds.section_place
        elif numbered and _NUMBERED_ITEM.match(p_text):
            self.item_place(flow, p_text)
        # (一)固定资产投资。1-6月份完成…: the metric its heading names (a heading alone on its line
        # names it for the next paragraph too)
        topic = (_topic(p_text) if numbered else "") or flow.heading_topic
        flow.heading_topic = topic if topic and _TOPIC_ALONE.fullmatch(p_text) else ""
        return topic

    def item_place(self, flow: Flow, p_text: str) -> None:
        """1、荔浦市一季度GDP为39.95亿元,… (a numbered item that opens with a place other than the home): the
        place of the item and of the paragraphs after it that name none, to the next item or heading; an item
        on no place ends the place an item before it named (not one a section heading named)."""
        place = opening_place(p_text, self.ds)
        if place and place != self.ds.home:
            self.ds.section_place, flow.item_place = place, True
        elif flow.item_place:
            self.ds.section_place, flow.item_place = "", False

    def read_paragraph(self, flow: Flow, p_text: str, p_start: int, topic: str, facts: list[Fact],
                       after: str = "") -> bool:
        """Read a paragraph's sentences into ``facts``; whether any was parsed (``after``: the next
        paragraph's text, whose first sentence may say what this one's last sentence's figures are)."""
        if len(p_text) < 120 and "。" not in p_text and (L.CHART_CAPTION.search(p_text.strip()) or L.SOURCE_LINE.match(p_text)):
            return False  # 2016-2022年洛阳市地区生产总值统计图, 数据来源:…: a chart's caption or source, no time,
            # place or figure of the text's
        sentences = _sentences(p_text, p_start) if topic or flow.said_topic or _candidate(p_text, bool(flow.prev_slots), self.ds.head_alias,
                                                                     flow.breakdown and len(self.ds.last_metric) == 1) \
            or _series_topic(p_text, after)[0] else []
        broken_down = L.BREAKDOWN_LEAD.match(p_text) is not None  # (分行业看，…: the paragraph breaks a total down)
        if not sentences:
            flow.breakdown = flow.breakdown and broken_down
            flow.pending.append(p_text)  # no figure: its times matter only if one follows before a reset
            if not _remark_on(flow.prev_slots, p_text, self.ds.home):
                flow.prev_slots = []
            read_unparsed(self.ds, p_text)
            self.ds.note_subject(p_text)
            flow.said_topic = _said_topic(p_text, flow.said_topic)
        whole = len(sentences) == 1 and sentences[0][1] == p_text  # one sentence: already checked
        parsed = False
        for i, (s_start, s_text) in enumerate(sentences):
            slots: list[Slot] = []
            flow.firm_answer = _answers_firm(sentences[i - 1][1] if i else flow.last_sentence, s_text)
            nxt = sentences[i + 1][1] if i + 1 < len(sentences) else after
            series, at = _series_topic(s_text, nxt) if not topic else ("", 0)
            if at:  # 海盐工业…王明虹1979年1亿元,…: a title and byline run into the series stay out of it
                flow.pending.append(s_text[:at])
                s_start, s_text = s_start + at, s_text[at:]
            s_topic = topic or series
            self.ds.source_place = source_place(s_text, self.ds) or self.ds.source_place  # 另据宿迁市统计局消息,…
            if i == 0:  # 兴国县(a heading run in)上半年…。规上工业增加值…: a roundup's paragraph on one county, whose
                self.ds.paragraph_place = paragraph_place(s_text, self.ds)  # later sentences name no place
            if not series and not whole \
                    and not _candidate(s_text, bool(flow.prev_slots) or bool(s_topic or flow.said_topic), self.ds.head_alias,
                                   flow.breakdown and len(self.ds.last_metric) == 1) \
                    and not _set_lead_before(s_text, self.ds.unparsed):
                flow.pending.append(s_text)
                read_unparsed(self.ds, s_text)
            else:
                parsed = True
                slots = self.read_sentence(flow, s_start, s_text, s_topic,
                                           _plan_column(flow.header, p_text, s_start - p_start), facts)
            if i == 0 and not slots and not (not parsed and L.COUNTED_BACK_OPENING.match(s_text)):
                flow.prev_slots = []  # 这一数字…增长5.7% may follow its figure across a column break only (not after
                # a remark on the places just named: 三地总量相差无几。其中路桥区增速…)
            flow.breakdown = bool(slots) or flow.breakdown and (broken_down or L.BREAKDOWN_LEAD.match(s_text) is not None)
            flow.said_topic = _said_topic(s_text, flow.said_topic)
            self.ds.note_subject(s_text)
        flow.last_sentence = sentences[-1][1] if sentences else p_text
        return parsed

    def read_sentence(self, flow: Flow, s_start: int, s_text: str, topic: str, plan_cell: str,
                      facts: list[Fact]) -> list[Slot]:
        """Parse one sentence in the time in force and add its facts; its slots."""
        if flow.time is flow.lead:
            flow.time = flow.lead.copy()  # the lead never moves
        self.settle(flow.pending, flow.time)
        self.ds.pos = s_start
        before = flow.time.period
        announced = flow.said_topic if not topic else ""
        time = flow.time.copy() if announced else flow.time
        prev, whole = (_slot_gone_on(flow.prev_slots), flow.whole) if flow.prev_slots else (None, None)
        parser = parse_sentence(s_text, self.ds, flow.time, flow.prev_kind, topic, prev, whole)
        if announced and not any(sl.amounts or sl.growths for sl in parser.slots) and _PRINTED_FIGURE.search(s_text) \
                and any(t.kind == "region" and t.value not in REGION_WORDS and not t.value.startswith(self.ds.home or "-")
                        for t in parser.toks):
            flow.time = time  # 各县市GDP排名出炉。樟树市、丰城市…位列前三,分别为…: figures no rule gave a metric are
            # (the places' ones: not 河北省居民消费价格…持平 in 河北's article, a measure of its own)
            parser = parse_sentence(s_text, self.ds, flow.time, flow.prev_kind, announced, prev, whole, said=True)
            for sl in parser.slots:  # (the announced one's)
                sl.add_rule("said-topic")  # (the places' slots a list or a run of items builds from it too)
        aside = parser.aside_period or (before if holds_any(s_text, _THIS_MONTH_WORDS) and _THIS_MONTH.search(s_text)
                                        else None)  # (most sentences hold none of the words it needs: no scan)
        back = aside if aside and not _single_month(aside) and _single_month(flow.time.period) \
            else self.whole_of_part(s_text, before, flow.time)  # 1-7月…。其中，7月当月增长5.4%。…: the month is an
        # aside; 1-8月…增长6.5%，其中8月份增长8.1%。…: a part of the period (not 7月当月,进出口…: the sentence's own)
        if back is not None and not self.part_leads(parser, s_text):
            flow.time.period = back
        if self.trace is not None:
            self.trace.append((s_start, s_text, parser))
        slots = parser.slots
        if slots and flow.prev_slots and not any(sl.amounts or sl.growths for sl in slots) \
                and (any(w in s_text for w in L.CONTRIBUTION_WORDS) or L.PARTS_RATIO.search(s_text)):
            return slots  # 一、二、三产对地区生产总值的贡献率分别为…, 三次产业构成由…调整为3.6:27.3:69.1: what the
            # parts gave or are of the whole, no metric's own figure; a rate alone after it goes on with the figures before
        if slots and parser.orphan_growths and flow.prev_slots and not any(sl.amounts or sl.growths for sl in slots) \
                and self.attach_orphans(parser, flow.prev_slots, facts, (s_start, s_text)):
            return slots  # …2422.56亿元。同比增长10.5%,在GDP超两千亿元的大区中排名第一: a metric named with no
            # figure (a group's bound, a rank) leaves the rate alone to the figures before
        if slots:
            for slot in slots:
                if flow.firm_answer and slot.scope == "region":
                    slot.scope = "enterprise"  # “企业今年效益如何?”“上半年产值3.2亿元…”: the company's answer
                if plan_cell and slot.kind == "actual":
                    slot.kind = plan_cell  # | 主要工作任务 | column of a pipe table
                elif self.plan_cells and slot.kind == "actual":
                    slot.kind = self.cell_plan(s_start + slot.start) or slot.kind  # the same, one cell a line
            flow.prev_kind = slots[-1].kind
            facts.extend(self.slot_facts(slots, s_start, s_text, parser))
            flow.whole = _whole_of_parts(flow.prev_slots, slots)
            flow.prev_slots = slots
        elif not (parser.orphan_growths and flow.prev_slots and self.attach_orphans(parser, flow.prev_slots, facts, (s_start, s_text))) \
                and not _places_ranked(parser) and not L.PARTS_RATIO.search(s_text):  # (三次产业结构为…: a remark)
            flow.prev_slots, flow.whole = [], None  # 批发零售业增加值增长8%。: a sentence of other things ends what a rate
            # alone after it continues
        return slots

    def cell_plan(self, pos: int) -> str:
        """The plan kind of the task cell the text's position ``pos`` stands in, else ""."""
        at = self.rep.to_original(pos)
        return next((kind for a, b, kind in self.plan_cells if a <= at < b), "")

    def end_paragraph(self, flow: Flow, p_text: str, new: list[Fact], parsed: bool) -> None:
        """Keep the time the paragraph opened with, and take the article's lead from it when it sets one."""
        flow.handed, unled = self.closing_lead(flow, new), flow.lead is None
        if flow.lead is None:
            self.settle(flow.pending, flow.time)
        # the time the paragraph opened with: its first regional figure's (…其中6月份… moves on), not a
        # rate's history nor a time named only after its figures (从9.5%到10.8%再到今年二季度的14%)
        first = _opening_fact(new) if new else None
        flow.opening = TimeState(first.year, first.period) if first is not None and first.period else (
            self.unused_time(flow, p_text) if parsed and not new and _PRINTED_FIGURE.search(p_text) else flow.time.copy()
            if parsed else None)  # a paragraph whose figures gave nothing (1-5月，规上工业企业实现利润总额67.5亿元)
        # leaves the next one the time it began with (a figure-less one, 2023年，全省各市GDP排名出炉。, its own)
        if flow.lead is None and (flow.time.year is not None or flow.time.period is not None) \
                and _sets_lead(p_text, new, parsed):
            flow.lead = flow.opening if first is not None and first.period else (
                flow.time.copy() if parsed else self.first_time(p_text, flow.time))  # (its first period)
            if not parsed:
                flow.opening = flow.lead.copy()  # (…上半年…。据1至5月统计数据…: the next goes on from H1)
        if unled and flow.lead is not None and flow.handed is not None:
            flow.lead = flow.handed.copy()  # (2016年…。今年1-8月，…。: the article's lead is the period it closed on)
        if flow.opening is not None and not flow.fresh and _flashback(flow.began, flow.opening):
            flow.opening = flow.began.copy()  # (2020年，余杭GDP达到…。 in a story of 2024: the next goes on in 2024)

    def closing_lead(self, flow: Flow, new: list[Fact]) -> TimeState | None:
        """The time a paragraph that gave facts closes on, when its last sentence has no figure and opens with a
        time of its own in a later year than the time in force (2016年，…580亿元…。今年1-8月，全市经济保持平稳态势。):
        a lead for the next paragraph's figures; None otherwise (…增长8%。2019年，该县入选百强县。: a past remark)."""
        last = flow.last_sentence.lstrip()
        if not new or not flow.pending or flow.pending[-1].lstrip() != last or _PRINTED_FIGURE.search(last):
            return None
        first = next(self.own_time_spans(last), None)
        if first is None or first[0] != 0 or first[1].kind in ("date", "basis", "span", "month_of"):
            return None
        state = flow.time.copy()
        self.settle(list(flow.pending), state)
        later = state.year is not None and (flow.time.year is None or state.year > flow.time.year)
        return state if later else None  # (not 2019年，该县入选百强县。: a past year's remark)

    def unused_time(self, flow: Flow, p_text: str) -> TimeState:
        """The time a paragraph whose figures gave no fact hands on: the one it began with, unless its
        sentences moved the year to the publication year (…今年1至6月，…战略性新兴产业…分别增长8.4%…:
        this year's, not the 2019 it began in; a year further back, 自2002年以来…, moves nothing)."""
        moved = flow.time.copy()
        self.settle(list(flow.pending), moved)
        pub = self.ds.pub.year if self.ds.pub else None
        if flow.began.year is None and flow.began.period is None and moved.period is not None:
            return self.first_time(p_text, moved)  # (began with no time: 记者…获悉,上半年,…1347.3亿元…。据1至5月
            # 统计数据…: the period it opened with goes on, not one named later)
        return moved if moved.year is not None and moved.year == pub != flow.began.year else flow.began  # type: ignore[return-value]

    def first_time(self, p_text: str, settled: TimeState) -> TimeState:
        """The first period a paragraph names (not a compared or passing one), with the year of
        ``settled`` (the paragraph's times all applied) when it names none; else ``settled``."""
        for t in self.own_times(p_text):
            if t.period:
                state = TimeState(settled.year)
                apply_time(state, t, self.ds)
                return state
        return settled.copy()

    def settle(self, pending: list[str], state: TimeState) -> None:
        """Apply the times of the figure-less sentences read since the last figure, in order (not the
        years of a ranking's record, :meth:`rank_record`)."""
        for text in pending:
            if self.rank_record(text):
                continue
            for t in self.own_times(text):
                apply_time(state, t, self.ds)
        pending.clear()

    def rank_record(self, text: str) -> bool:
        """Whether a figure-less text names its years only as a ranking's editions: two years or more,
        each with no period and a rank after it before the next time or its sentence's end
        (…2015年超越义乌位居第八，2016年挺进前七强; 在2020年榜单中第12位，在2021年榜单中升至第9位):
        they date the ranks, not the figures after them."""
        if text.count("年") < 2 or L.RANK_WORD.search(text) is None:
            return False  # (most pending texts: no scan of their times)
        spans = list(self.own_time_spans(text))
        named = {(t.year, t.rel) for t in map(time_expr, TIME.finditer(text)) if t is not None and t.period is None}
        if not spans or len(named) < 2 or any(t.period is not None or (t.year is None and t.rel is None) for _, t in spans):
            return False  # (one year ranked, 嫩江市2021年粮食产量居全省首位。, still dates what follows; 自2015年以来
            # counts as one of the record's)
        for k, (at, _) in enumerate(spans):
            stop = _RECORD_STOP.search(text, at)
            end = min(spans[k + 1][0] if k + 1 < len(spans) else len(text), stop.start() if stop else len(text))
            if L.RANK_WORD.search(text, at, end) is None:
                return False
        return True

    def whole_of_part(self, s_text: str, before: str | None, now: TimeState) -> str | None:
        """The period a sentence leaves in force when it ends on a month or quarter that is a part of
        it: named first in the sentence (1-8月,…增长6.5%,8月份增长8.1%), or in force before it and
        the part marked as one (…增长6.5%,其中8月份增长8.1%)."""
        part = now.period
        if part is None or not _SINGLE_PERIOD.fullmatch(part) or (whole := year_to_date(part)) == part:
            return None
        first = self.first_time(s_text, now).period
        first, before = (canonical_period(first) if first else first), (canonical_period(before) if before else before)
        if before is None and whole == "FY" and now.year is not None:
            before = whole  # 2023年,…增长6.0%。其中四季度增长7.1%。…: a year in force is its whole (its last quarter a part)
        return whole if first == whole or (before == whole and first == part and _PART_CUE.search(s_text)) else None  # (1-9月: Q1-Q3)

    def own_times(self, text: str) -> Iterator[TimeExpr]:
        """The times ``text`` names as its own: not one compared with, nor a start named in passing."""
        return (t for _, t in self.own_time_spans(text))

    def own_time_spans(self, text: str) -> Iterator[tuple[int, TimeExpr]]:
        """Each time ``text`` names as its own, with where it starts."""
        for m in TIME.finditer(text) if may_hold_time(text) else ():
            t = time_expr(m)
            if t is None:
                continue
            if this_year_since(text, t, m.end(), self.ds):
                yield m.start(), replace(t, kind="ytd")  # 2021年以来 in December 2021: 今年以来
            elif not compared_time(text, m.start(), m.end()) and not start_in_passing(text, t, m.end(), self.ds):
                yield m.start(), t

    def part_leads(self, parser: Sentence, s_text: str) -> bool:
        """前7个月外贸呈现以下特点:7月当月,进出口完成…: a month (or quarter) named right before the sentence's
        first figure, the whole period named before it with none of its own, is the sentence's time, not a
        part of the whole, and stays in force for the next sentence (其中,出口…); not in a sentence that is a
        part of the figures before it (其中,7月当月增长5.4%)."""
        first = min([q.start for sl in parser.slots for q in sl.amounts] + [t.start for t in parser.toks if t.kind == "growth"],
                    default=None)  # (a slot's amounts: no count of the sentence's words, 呈现三个特点)
        if first is None or s_text.startswith(_PART_OPENINGS):
            return False
        times = [t for ts, t in self.own_time_spans(s_text[:first])]
        return bool(times) and times[-1].period is not None and _SINGLE_PERIOD.fullmatch(times[-1].period) is not None \
            and year_to_date(times[-1].period) != times[-1].period

    def attach_orphans(self, parser: Sentence, prev: list[Slot], facts: list[Fact], at: tuple[int, str]) -> bool:
        """A growth sentence with no metric continues the facts of the sentence before; whether it did (not
        one that also gives a rate of a measure that is no metric of ours: 居民消费价格上涨…)."""
        if parser.other_measure_rates or L.BREAKDOWN_LEAD.match(parser.text):
            return False  # (分行业看，…增加值增长7.1%: the rates of the parts a lead breaks the total down into)
        if any(map(str.isdigit, _RATE_OR_TIME.sub("", _CHANGE.sub("", L.GROUP_BOUND.sub("", parser.text))))):
            return False  # (比上年增加167.9亿元，增长5.5%: a change in money before the rate is no figure of its own;
            # 在…超800亿元的区中排名第二: a group's bound is none either)
        values = [v for g in parser.orphan_growths for v in g.values]
        names = set(parser.region_mentions)
        ids = [i for i, f in enumerate(facts) if f.yoy_pct is None and f.evidence == self.last_evidence]
        if names:
            ids = [i for i in ids if facts[i].region in names]
        if len(ids) != len(values):  # …GDP超2000亿的地区(a bound, labelled),其金额达2252.28亿元。名义增长率10.9%…
            ids = [i for i in ids if facts[i].scope == "region" and facts[i].kind == "actual"]
        if len(ids) != len(values):  # GDP虽不足500亿元,…,累计金额为490.16亿元。其名义增长率…: the exact level's, not the bound's
            ids = [i for i in ids if not facts[i].qualifier or not any(
                not facts[j].qualifier and _key(facts[j]) == _key(facts[i]) for j in ids)]
        if len(ids) != len(values):
            return False
        named = list(dict.fromkeys(r for r in parser.region_mentions if r in {facts[i].region for i in ids}))
        if names and len(ids) > 1:  # 以南京的增速最快,为5.2%,苏州、无锡…分别为…: the rates in the order the places are named
            if len(named) != len(ids):
                return False
            ids = [next(i for i in ids if facts[i].region == r) for r in named]
        for i, v in zip(ids, values):
            f = facts[i]
            facts[i] = f._replace(yoy_pct=v, rule=f.rule + "+next-sentence-growth")
        if len(ids) == 1 and len(parser.orphan_growths) == 1 and "%的" in parser.text:
            f = facts[ids[0]]  # (…同比增长10.5%,远高于全省5.0%、全市6.3%的平均增速: the places compared with)
            base = next((sl for sl in reversed(prev) if f.metric in sl.metrics and f.region in sl.regions), None)
            if base is not None:
                facts.extend(self.slot_facts(parser.orphan_compared(base), *at, parser))
        return True

    last_evidence: str = ""

    def slot_facts(self, slots: list[Slot], s_start: int, s_text: str, parser: Sentence) -> list[Fact]:
        out: list[Fact] = []
        sent_lead = len(s_text) - len(s_text.lstrip())
        evidence = s_text.strip()
        sent_span = self.rep.span(s_start + sent_lead, s_start + len(s_text.rstrip()))
        self.last_evidence = evidence
        for slot in slots:
            n = width(slot)
            amounts = pick_amounts(slot, n, parser.text)
            if len(slot.growths) == n:
                growths: list[Rate | None] = list(slot.growths)
            elif len(slot.growths) == 1 and (n == 1 or slot.each):
                growths = list(slot.growths) * n  # type: ignore[assignment]
            else:
                growths = [None] * n
            spare = [a.growth for a in slot.amounts if a.growth is not None and a not in amounts]
            for i in range(n):
                q, rate = amounts[i], growths[i]
                yoy = rate.value if rate is not None else (q.growth if q is not None else None)
                if yoy is None and q is not None and n == 1 and len(spare) == 1:
                    yoy = spare[0]
                if q is None and yoy is None:
                    continue
                metric = slot.metrics[i] if len(slot.metrics) == n else slot.metrics[0]
                if not metric:
                    continue  # an item of the list that is no metric of ours
                if q is not None and q.amount is not None and q.amount.base_unit not in METRICS[metric].dimensions:
                    q = None  # 地方一般公共预算收入3项指标: a count is not a money metric's level
                    if yoy is None:
                        continue
                region = slot.regions[i] if len(slot.regions) == n else slot.regions[0]
                snap = q.time if q is not None else slot.time
                if slot.periods:
                    snap = self.listed_snap(slot, i, n, snap)  # (2013年一季度以来…分别为: each its own year too)
                elif len(slot.years) == n > 1:
                    snap = (slot.years[i], "FY", 0)  # 2021年至2023年，分别完成…: each figure its year's
                    slot.add_rule("year-list")
                snap = self.running_span(snap, slot)
                base = _baseline(slot, i, n) if q is not None else None
                if base is not None and base is not q and (start := self.start_year(snap, base, s_text)) is not None:
                    snap = (snap[0], "FY", 0) if start[1] else snap  # 从A增加到B over a span: B is the end year's
                    if start[0] is not None and slot.kind in ("actual", "forecast", "target"):  # A the level the span started from (a past level, whatever the plan word says of B)
                        out.append(self.make_fact(metric, region, start[0], "FY", base, None, slot, "actual", evidence,
                                                  self.rep.span(s_start + base.start, s_start + base.end),
                                                  sent_span, "span-start"))
                when = self.fact_time(s_text, parser, slot, q, metric, snap)
                if when is None:
                    continue
                year, period, note, kind = when
                if year is not None and slot.alias in ALIASES and year < ALIASES[slot.alias].named_since(metric):
                    continue  # 2011年上半年农民人均收入…: before the survey measured disposable income, another measure's
                if note == "span-end":
                    yoy = None
                if q is None and rate is not None and _rate_bound(s_text, rate):  # 达10%以上 (after a time's note too:
                    note = note + "+rate-bound" if note else "rate-bound"  # 今年以来增速稳定在9%以上)
                printed = q if q is not None else rate  # the number as printed: the amount, else the rate
                span = self.rep.span(s_start + printed.start, s_start + printed.end) if printed else sent_span
                out.append(self.make_fact(metric, region, year, period, q, yoy, slot, kind, evidence, span,
                                          sent_span, note))
        return out

    def listed_snap(self, slot: Slot, i: int, n: int, snap: Snap) -> Snap:
        """The time of item ``i`` of ``n`` of a slot that lists periods: its period, with its own year when the
        list gave each one, else the year in force, else the one year of the list (一季度、…、全年分别: the
        year the last is over, see :func:`list_year`)."""
        period_code = slot.periods[i] if len(slot.periods) == n else slot.periods[0]
        year_i = slot.years[i] if len(slot.years) == len(slot.periods) == n else snap[0]
        if year_i is None and len(slot.periods) == n > 1:
            year_i = list_year(slot.periods, self.ds)
        return year_i, period_code, 0

    def running_span(self, snap: Snap, slot: Slot) -> Snap:
        """The time of an estimate at the end of a span looked back over (五年来…从A预计增至B) in a text printed
        after mid-year: the span still runs, so it ends in the publication year, not the one before (its start
        A is the year before the span's first). A January report's estimate (预计) is of the year just over."""
        pub = self.ds.pub
        if not snap[2] or slot.kind != "forecast" or not self.ds.span_open or pub is None or pub.month is None \
                or pub.month < RUNNING_SPAN_MONTH or snap[0] != pub.year - 1:
            return snap
        return pub.year, snap[1], snap[2]

    def start_year(self, snap: Snap, base: Quantity, text: str = "") -> tuple[int | None, int] | None:
        """The year of a change's starting level ``base`` and the span's years (0 for none), or None when
        it is no start of a span: its own year when dated (由2015年的18.1亿元增加到…, a span in force
        or not), the first year of a range the sentence ``text`` prints before it (2015年至2019年，…从A提高到B:
        2015's), else the year before the span the end ``snap`` closes (五年来…从A增加到B)."""
        years = self.span_years(snap)
        if not years and not base.dated_start:
            return None
        if base.dated_start and base.time[0] is not None:
            return base.time[0], years
        if snap[0] is None:
            return None, years
        named = [m for m in L.YEAR_RANGE_NAMED.finditer(text, 0, base.start)
                 if int(m.group("last")) == snap[0] and snap[0] - int(m.group("first")) + 1 == years]
        return (int(named[-1].group("first")) if named else snap[0] - years), years

    def span_years(self, snap: Snap) -> int:
        """The years a span of a starting level covers: the span in force (五年来), else back to the
        paragraph's base year (2007年…比2002年增长…。财政总收入由44.4亿元增加到144.4亿元: from 2002), else
        the paragraph's span when the year in force is its last (五年来…。2020年…由15.2亿元增加到21.5亿元)."""
        if snap[2] or snap[0] is None:
            return snap[2]
        if self.ds.span_base is None:
            end = self.ds.span_end
            return end[1] if end is not None and end[0] == snap[0] else 0
        return max(0, snap[0] - self.ds.span_base)

    def fact_time(self, s_text: str, parser: Sentence, slot: Slot, q: Quantity | None, metric: str,
                  snap: Snap) -> tuple[int | None, str, str, str] | None:
        """A fact's year, period, time note and kind; None for an actual figure with no period."""
        year, period, note = resolve_time(snap, self.ds)
        if (not period and note != "multi_year") or note == "dominant-period":
            later = self.lookahead_time(s_text, slot, snap)
            if later[1]:
                year, period, note = later
        kind = slot.kind
        if note == "dominant-period" and kind in ("target", "forecast"):
            period = "FY"  # 预计今年全市实际利用外资将达到6.09亿美元 in a first-quarter article: the year's estimate
        if note in ("january-undated", "dominant-period", "annual-basis") and kind == "actual" \
                and _founding_sum(s_text, q.end if q is not None else slot.end):
            return None  # 改革开放以来，全市累计实际利用外资415亿美元: a sum of many years, none of the year before
        if note == "multi_year" and q is not None and not self.span_sum(s_text, parser, slot, q, metric):
            period, note = "FY", "span-end"  # 过去五年…达到638.8亿元: the end year's level (no yoy)
        elif note == "multi_year" or (q is not None and L.AVERAGE_ANNUAL.search(s_text)
                                      and self.span_sum(s_text, parser, slot, q, "")):
            kind = "multi_year" if kind == "actual" else kind  # 累计完成工业投资358.7亿元，年均增长11.8%: a sum over years
        if q is not None and q.dated_start and kind in ("target", "forecast") and year is not None \
                and self.ds.pub and year < self.ds.pub.year:
            kind = "actual"  # 预计…从2011年的1091.18亿元增加到…: the level it started from is a past year's
        if not period and kind in ("target", "forecast") and (year := year or snap[0]) is not None:
            period = "FY"  # 今年的预期目标: a plan for a year is for the full year
        if not period and kind == "actual":
            return None
        if kind == "actual" and year is not None and self.ds.pub and (
                year > self.ds.pub.year or year == self.ds.pub.year and period == "FY" and self.ds.pub.month
                and self.ds.pub.month < 12):
            kind = "forecast"  # a year not over when the article was printed (2013年…增长15%, printed in January)
        return year, period, note, kind

    @staticmethod
    def span_sum(s_text: str, parser: Sentence, slot: Slot, q: Quantity, metric: str) -> bool:
        """五年累计完成投资2310亿元: a figure summed over the span (a sum word in its clause, or
        before the metric, or a metric the catalog says is summed: investment, trade), not the
        level the span ended at."""
        if metric and METRICS[metric].over_span == "sum":
            return True
        lo = min(parser.clause_start(slot.start), parser.clause_start(q.start))
        return L.SPAN_SUM.search(s_text, lo, q.start) is not None

    def lookahead_time(self, s_text: str, slot: Slot, snap: Snap) -> tuple[int | None, str, str]:
        """这是平湖2023年交出的成绩单: a time named later in the sentence."""
        state = TimeState(*snap[:1])
        for m in TIME.finditer(s_text, slot.end):
            t = time_expr(m)
            if t is not None and t.kind == "time" and not L.PLAN_AFTER.match(s_text, m.end()) \
                    and not compared_time(s_text, m.start(), m.end()):  # 为2018年的1.7倍, 比2023年提高: compared
                apply_time(state, t, self.ds)
                year, period, note = resolve_time(state.snapshot(), self.ds)
                if period and snap[0] is not None and year != snap[0]:
                    break  # 今年…达1033亿元;…2006年长沙综合实力居…: another year's remark, not the figures' period
                if period and _SINGLE_PERIOD.fullmatch(period) and s_text.endswith(("其中", "其中,"), 0, m.start()):
                    period = year_to_date(period)  # …增长6.5%,其中8月份增长8.1%: the whole the month is part of
                if period:
                    return year, period, "time-later-in-sentence"
        return None, "", ""

    def make_fact(self, metric: str, region: str, year: int | None, period: str, q: Quantity | None,
                  yoy: float | None, slot: Slot, kind: str, evidence: str, span: tuple[int, int],
                  sent_span: tuple[int, int], note: str) -> Fact:
        a = q.amount if q is not None else None
        rule = slot.rule
        if rule.startswith("metric") and not rule.startswith("metric-"):  # name the phrase by its figures
            rule = ("metric-value-growth" if a and yoy is not None else "metric-value" if a else "metric-growth") \
                + rule[len("metric"):]
        rule += ("+" + note if note else "") + ("+broad" if slot.broad else "")
        return Fact(
            doc=self.doc.doc, pub_date=self.pub_text, region=region, metric=metric,
            metric_zh=METRICS[metric].label_zh, year=year, period=period,
            value=float(a.value) if a else None, value_text=a.text if a else "",
            unit=a.unit if a else "", value_base=a.value_base if a else None,
            base_unit=a.base_unit if a else "", yoy_pct=yoy,
            qualifier=q.qualifier if q is not None else "", scope=slot.scope, kind=kind,
            conflict=False, evidence=evidence, start=span[0], end=span[1],
            sent_start=sent_span[0], sent_end=sent_span[1], rule=rule)


RUNNING_SPAN_MONTH = 7  # from July an estimate (预计) is of the year under way: last year's figures are out by then
_NOT_OPENING = ("rate-shift", "time-later-in-sentence", "reference-level", "span-start")


def _rate_bound(text: str, rate: Rate) -> bool:
    """Whether a rate is printed as a lower bound (增速达到10%以上, 增长超过8%), not as the rate itself.

    >>> _rate_bound("增速达到10%以上", Rate(10.0, 4, 7)), _rate_bound("增长超过8%", Rate(8.0, 4, 6))
    (True, True)
    >>> _rate_bound("增长10.5%,以上数据", Rate(10.5, 2, 7)), _rate_bound("增长8.2%", Rate(8.2, 2, 6))
    (False, False)
    """
    return L.RATE_BOUND_AFTER.match(text, rate.end) is not None \
        or L.RATE_BOUND_BEFORE.search(text, max(0, rate.start - 4), rate.start) is not None


def _founding_sum(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a sum (累计) over a run counted from a founding or up to now
    (改革开放以来，全市累计…; 截至目前，…累计达…), printed after that run in its sentence.

    >>> _founding_sum("改革开放以来,全市累计实际利用外资415亿美元", 24), _founding_sum("全市累计完成投资500亿元", 13)
    (True, False)
    """
    m = L.SINCE_FOUNDING.search(text, 0, end) if "累计" in text[:end] else None
    return m is not None and "累计" in text[m.end():end]


def _remark_on(slots: list[Slot], p_text: str, home: str) -> bool:
    """…神木…实现地区生产总值2231.47亿元…。\n若把神木单独拎出可排在陕西第六。\n分产业看,第一产业增加值…: a
    figure-less paragraph that names again the one place (not the home) whose figures the paragraph before gave
    is a remark on it: what follows it goes on with that place's figures (its parts, a rate alone).

    >>> _remark_on([], "若把神木单独拎出可排在陕西第六。", "榆林")
    False
    """
    places = {r for sl in slots for r in sl.regions}
    return len(places) == 1 and (place := next(iter(places))) != home and place in p_text


def _next_paragraphs(paragraphs: list[str]) -> list[str]:
    """For each paragraph, the next one that is not blank ("" for the last), in one pass from the end.

    >>> _next_paragraphs(["甲", "", " ", "乙", "丙", ""])
    ['乙', '乙', '乙', '丙', '', '']
    """
    out, following = [""] * len(paragraphs), ""
    for k in range(len(paragraphs) - 1, -1, -1):
        out[k] = following
        if paragraphs[k] and not paragraphs[k].isspace():
            following = paragraphs[k]
    return out


def _flashback(began: TimeState | None, opening: TimeState) -> bool:
    """Whether a paragraph that went on in a period of the paragraph before opened with an earlier year
    (a look back: 2020年，余杭GDP达到3051亿元。 in a story of 2024's figures), so that the paragraphs after it
    go on in the time it began in, not in the year it looked back to. (After a blank line a paragraph
    starts afresh: its year is a section's, not a look back.)

    >>> _flashback(TimeState(2024, "FY"), TimeState(2020, "FY"))
    True
    >>> _flashback(TimeState(2024, "FY"), TimeState(2025, "Q1"))
    False
    """
    if began is None or began.year is None or opening.year is None:
        return False
    return opening.year < began.year and began.period is not None


def _opening_fact(new: list[Fact]) -> Fact | None:
    """The fact whose time a paragraph hands on: its first regional figure's, or, when the paragraph
    moves on from an earlier year to end in a later one (常州去年实现…9550亿元。一季度，该市实现…), the
    first figure of that later year's (the next paragraph's 一季度 is this year's, not last year's)."""
    cands = [f for f in new if f.kind == "actual" and f.scope == "region"
             and not any(r in _NOT_OPENING for r in f.rule.split("+"))]
    if not cands:
        return None
    end = cands[-1].year
    if end is not None and cands[0].year is not None and cands[0].year < end:
        return next(f for f in cands if f.year == end)
    return cands[0]


def _title_plans(facts: list[Fact], text: str) -> list[Fact]:
    """A figure in the title line that the body gives as a plan's (地区生产总值增长5.6%以上，某区描绘
    2025年发展蓝图 … 主要预期目标是：地区生产总值增长5.6%以上) is that plan, of the plan's year: a
    headline restates its article.  A title figure the body gives as actual stays actual."""
    plans = [f for f in facts if f.kind != "actual"]
    if not plans:
        return facts
    lead = len(text) - len(text.lstrip())
    title_end = text.find("\n", lead) % (len(text) + 1)
    out = []
    for f in facts:
        if f.kind == "actual" and f.start < title_end:
            same = [p for p in plans if p.start >= title_end and (p.region, p.metric) == (f.region, f.metric)
                    and p.yoy_pct == f.yoy_pct and p.value_base == f.value_base]
            if same:
                f = f._replace(kind=same[0].kind, year=same[0].year, period=same[0].period,
                               rule=f.rule + "+title-restates-plan")
        out.append(f)
    return out


def _rundown(lead: str) -> bool:
    """Whether an article's lead opens a round-up of places, none of them the article's own: a set of
    places, then numbered lines (各县区…\n(一)长兴县…), or a title line naming every place of a set,
    then its places (各县(市、区)上半年经济运行情况\n海宁市:…)."""
    return L.EVERY_REGION.search(lead) is not None and _NUMBERED_LINE.search(lead) is not None \
        or "\n" in lead and L.EVERY_PLACE.search(lead, 0, lead.index("\n")) is not None


def _not_restated(grid: list[Fact], prose: list[Fact]) -> list[Fact]:
    """A table's facts but those that restate a sentence's figure under another year: the same place,
    metric and months with the same level and the same rate (a bulletin's 2023 figures in a table
    titled 表1 2022年…, a misprinted year) are the sentence's, not a second year's; the rows of that
    year the sentences do not give are the sentences' year's too (工业 82.2 9.4 in that table). A level
    the table prints finer, in the sentence's unit or a smaller one (7311113 万元 under 731.1亿元), is
    the sentence's figure, no second value."""
    def key(f: Fact) -> tuple:
        return f.region, f.metric, f.period, round(f.value_base or 0.0, 2), f.yoy_pct

    said = {key(f): f.year for f in prose
            if f.value_base is not None and f.yoy_pct is not None and f.scope == "region" and f.kind == "actual"}
    printed = {(f.region, f.metric, f.year, f.period, f.yoy_pct): f for f in prose
               if f.value is not None and f.scope == "region" and f.kind == "actual"}
    moved = _misprinted_years(grid, said, key)
    return [f._replace(year=moved[f.year]) if f.year in moved else f for f in grid
            if said.get(key(f), f.year) == f.year
            and not _finer_than(f, printed.get((f.region, f.metric, f.year, f.period, f.yoy_pct)))]


def _misprinted_years(grid: list[Fact], said: dict[tuple, int | None], key: Callable[[Fact], tuple]) -> dict[int, int]:
    """The years a table prints in place of the sentences' one: two rows or more of that year restate
    the sentences' figures of one other year, and none restates a figure of its own year."""
    other: dict[int, set[int]] = {}
    count: dict[int, int] = {}
    for f in grid:
        year = said.get(key(f))
        if f.year is not None and year is not None:
            other.setdefault(f.year, set()).add(year)
            count[f.year] = count.get(f.year, 0) + 1
    return {y: min(ys) for y, ys in other.items() if len(ys) == 1 and y not in ys and count[y] >= 2}


def _finer_than(cell: Fact, said: Fact | None) -> bool:
    """Whether a table's level is a sentence's one printed with more decimals, in the sentence's unit
    or in a smaller one (7311113 万元 is 731.1113亿元, under the text's 731.1亿元)."""
    if said is None or cell.value is None or said.value is None:
        return False
    if cell.unit == said.unit:
        return _finer(cell.value, said.value)
    if cell.value_base is None or not said.value_base or cell.base_unit != said.base_unit:
        return False
    return _finer(round(cell.value_base / said.value_base * said.value, 9), said.value)


def _finer(cell: float | None, said: float | None) -> bool:
    """Whether a table's level ``cell`` is a sentence's level ``said`` printed with more decimals (a
    bulletin's table 490.1664 under its text's 490.17亿元): the same figure, not a second value.

    >>> _finer(490.1664, 490.17), _finer(52.0105, 52.01), _finer(490.1664, 491.2), _finer(490.17, 490.17)
    (True, True, False, False)
    """
    if cell is None or said is None:
        return False
    places = len(repr(said).partition(".")[2].rstrip("0")) if "e" not in repr(said) else 0
    return len(repr(cell).partition(".")[2]) > places and abs(cell - said) <= 0.5 * 10 ** -places + 1e-9


def _unclaimed(prose: list[Fact], grid: list[Fact]) -> list[Fact]:
    """The sentences' facts but those whose figure a table rule read as another place's: one number
    of a table's row is that row's place's, not the article's (a ranking under a title line the
    sentences read as the province's own figures)."""
    owner = {(f.start, f.metric): f.region for f in grid}
    rows: dict[str, set[tuple[int, int]]] = {}  # a metric's table rows the grid read: their columns say which
    for g in grid:  # figure is the fact (增长5% | 下降4.6% under 预期目标 | 实际完成), which a sentence cannot
        rows.setdefault(g.metric, set()).add((g.sent_start, g.sent_end))
    return [f for f in prose if owner.get((f.start, f.metric), f.region) == f.region
            and not any(a <= f.start < b for a, b in rows.get(f.metric, ()))]


def _prose_units(facts: list[Fact]) -> dict[str, str]:
    """The one unit the document's sentences print each metric's amounts in (a metric printed in
    two units has none): what a table that prints no unit counts in."""
    seen: dict[str, set[str]] = {}
    for f in facts:
        if f.value is not None and f.unit and not f.unit.startswith("万亿"):  # (a table is never in 万亿)
            seen.setdefault(f.metric, set()).add(f.unit)
    return {m: next(iter(units)) for m, units in seen.items() if len(units) == 1}


def _pipe_header(line: str, header: list[str]) -> list[str]:
    """The header cells of the pipe table a line belongs to ([] outside tables)."""
    if line.count("|") < 2:
        return []
    return header or [c.strip() for c in line.split("|")]


def _plan_column(header: list[str], line: str, pos: int) -> str:
    """"target"/"forecast" when position ``pos`` of a table row lies in a column whose
    header is a plan word (主要工作任务, 目标), else ""."""
    if not header:
        return ""
    col = line.count("|", 0, pos)
    if col >= len(header) or header[col] == line.split("|")[col].strip():
        return ""
    m = L.PLAN.search(header[col])
    return PLAN_WORDS.get(m.group(), "target") if m else ""


def _sets_lead(p_text: str, new_facts: list[Fact], parsed: bool) -> bool:
    """Whether a paragraph's time carries into the paragraphs after it: it reported a
    regional figure, or it is a lead-in with no figures and no plan (上半年全市经济运行情况)."""
    if any(f.kind == "actual" and f.scope == "region" for f in new_facts):
        return True
    return not parsed and not new_facts and not L.PLAN.search(p_text)


_TOPIC = re.compile(r"\s*" + NUMBERING + r"\s*(?P<metric>" + L.METRIC_PATTERN + r")\s*(?:[。:]|$)")
_TOPIC_ALONE = re.compile(r"\s*" + NUMBERING + r"\s*(?:" + L.METRIC_PATTERN + r")\s*[。:]?\s*")


def _topic(p_text: str) -> str:
    """The metric a paragraph's numbered heading names, when the heading is that name alone.

    >>> _topic("(一)固定资产投资。1-6月份完成320.3亿元"), _topic("二、工业：规上工业增加值增长5%")
    ('固定资产投资', '')
    """
    m = _TOPIC.match(p_text) if may_be_numbered(p_text) else None
    return m.group("metric") if m else ""


_PRINTED_FIGURE = re.compile(r"\d(?:%|[亿万]|元)")  # 67.5亿元, 13.1%: a figure printed in a paragraph
# 排名, 排行榜 (modifiers.csv rankings), 出炉, 如下 (function_words.csv topic_cue): figures of a metric to come
_TOPIC_CUE = re.compile(trie_pattern(list(L.RANKING_WORDS) + list(function_words("topic_cue"))))
_TOPIC_CUE_NEEDS = needs(_TOPIC_CUE)


def _said_topic(text: str, current: str) -> str:
    """The metric in force for the sentences after ``text`` that name none (``current``: the one before it): the
    one metric a sentence with no figure names before a cue of a ranking or of figures to come (2024年各县市GDP
    排名出炉。江阴市、昆山市…位列前三,分别为…); none after a sentence that names another metric.

    >>> _said_topic("2024年各县市GDP排名出炉。", ""), _said_topic("昆山市5140亿元。", "GDP")
    ('GDP', 'GDP')
    >>> _said_topic("全市财政收入增长5%。", "GDP"), _said_topic("各区GDP排名如下:甲区810亿元。", "")
    ('', '')
    """
    if _PRINTED_FIGURE.search(text) is not None or not holds_any(text, _TOPIC_CUE_NEEDS):  # (most sentences: a figure
        return current if not current or L.METRIC.search(text) is None else ""  # or no cue; no scan without a topic)
    names = list(L.METRIC.finditer(text))
    if names and len({L.alias_of(m.group()) for m in names}) == 1 and _TOPIC_CUE.search(text, names[0].end()) is not None:
        return names[0].group()
    return "" if names else current
_CHANGE = re.compile(r"(?:增长了|增加了?|增收了?|减少了?|减收了?|下降了)\s*\d+(?:\.\d+)?\s*[万亿]*元")
# (a rate, a year, a month or a run of months: 7月, 1-6月, 1至8月, 前10个月)
_RATE_OR_TIME = re.compile(r"-?\d+(?:\.\d+)?(?:%|个?百分点)|(?:19|20)\d{2}年|(?:\d{1,2}\s*[-—–~～至到]\s*)?\d{1,2}月|前\d{1,2}个月")
_HAS_DIGIT = re.compile(r"[0-9千亿万]")  # re: a faster scan here
_DIGIT_CHARS = frozenset("0123456789千亿万")  # what _HAS_DIGIT finds (a figure's first character often is one)
# a figure in words: 增长七成, 翻一番 (a numeral before a unit of the growth units' table: matched at
# the unit, which re reaches by a fast scan for its few characters), 与上年持平 (L.FLAT: the flat words')
_WORD_UNIT = re.compile("[" + "".join(L.GROWTH_UNITS) + "](?<=[一二两三四五六七八九][" + "".join(L.GROWTH_UNITS) + "])")
# a character every figure holds (a digit or 千亿万, a growth unit, a flat word's first): one scan
_FIGURE_CHAR = re.compile("[0-9千亿万" + "".join(L.GROWTH_UNITS) + "".join(sorted({w[0] for w in L.FLAT_WORDS})) + "]")


# 婺城区和金东区分别完成投资88.6和72.3亿元: a verb and a word that stands for the metric named last
# 肥东县:703.4亿元: a place's item of a list of money (tokens.colon_item)
_COLON_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}:\d+(?:\.\d+)?(?:[万亿千]*(?:元|美元)|亿)")
# 工业和技改投资分别增长…: a list joined by 和/与/及 whose last item's head (投资) makes a metric with the items
# before it (tokens.head_items)
_HEADED_LIST = re.compile(r"[和与及][\u4e00-\u9fff]{2,10}分别")
# a verb and what stands for the metric after it (完成投资, 实现增加值: _VERB_STAND_IN) or a word and a figure
# (TAIL_AFTER_VERB, whose verbs are these two): one scan from each verb instead of one for each
# (_candidate asks only whether a sentence holds either)
_VERB_FIGURE = re.compile(r"(?:完成|实现)(?:(?:" + trie_pattern(list(L.TAIL_ANAPHORA)) + r")\s*\d|了?(?:"
                          + L.METRIC_ANAPHOR.pattern + "))")


def _candidate(sentence: str, after_facts: bool, head_alias: str = "", carried: bool = False) -> bool:
    """Only sentences with a number and a metric (or a rate after facts, rates of a set of
    places: 有6个省份增速…, a place's rate word: 德清增速达到10.2%, a verb and a metric's stand-in word:
    武义县完成投资30.2亿元, or ranks in an article whose title names its metric) need the full parse.
    ``carried``: one metric is in force from the sentences before (a sentence opening 分地区看 and
    the places' rates of it, after breakdowns by industry that gave no fact)."""
    first = _FIGURE_CHAR.search(sentence)
    # (every match of these begins at a figure character: each scan starts at the first one)
    if first is None or not (first.group() in _DIGIT_CHARS or _HAS_DIGIT.search(sentence, first.start())
                             or _WORD_UNIT.search(sentence, first.start()) or L.FLAT.search(sentence, first.start())):
        return False
    if (named := L.NAMES_METRIC.search(sentence)) is not None and _names_item_metric(sentence, named.start()) \
            or any(map(sentence.__contains__, L.TAIL_ALONE)) \
            or "签约" in sentence and L.SIGNED_PROJECTS.search(sentence) is not None:
        return True  # (全市用电量…: a word that names a whole alone; 签约27个项目: the signed projects' split name)
    verb = "完成" in sentence or "实现" in sentence  # (two tests below read it: one pair of scans)
    return ("%" in sentence and (after_facts or bool(L.EVERY_REGION.search(sentence)))) \
        or ("资" in sentence and L.names_lead_item(sentence)) \
        or ("以上" in sentence and "投资" in sentence and L.THRESHOLD_TAIL.search(sentence) is not None) \
        or (verb and _VERB_FIGURE.search(sentence) is not None) \
        or ("分别" in sentence and ("、" in sentence or _HEADED_LIST.search(sentence) is not None)) \
        or ("%" in sentence and ("速" in sentence or "幅" in sentence or "率" in sentence)
            and L.RATE_AFTER_PLACE.search(sentence) is not None) \
        or ("%" in sentence and ("经济" in sentence or "投资" in sentence) and L.ECONOMY_RATE_CUE.search(sentence) is not None) \
        or ("元" in sentence and L.ANY_ANAPHOR.search(sentence) is not None and _MONEY.search(sentence) is not None) \
        or ("%" in sentence and carried and L.BY_REGION.match(sentence) is not None) \
        or (after_facts and (L.BY_REGION.search(sentence) is not None or L.QIZHONG_START.match(sentence) is not None
                             or L.AMONG_PARTS.match(sentence) is not None  # 各县区中，郏县35.6亿元，…
                             or L.RANKED_SET_LEAD.match(sentence) is not None  # 排名靠后的两个县是:…
                             or ("依次" in sentence or "分别" in sentence) and _MONEY.search(sentence) is not None
                             or ")、" in sentence and _BRACKET_LEVEL.search(sentence) is not None
                             or ("突破" in sentence or "超过" in sentence or "迈上" in sentence)
                             and _BOUND_LEVEL.search(sentence) is not None)) \
        or (")、" in sentence and L.CLASS_METRIC.search(sentence) is not None and _BRACKET_LEVEL.search(sentence) is not None) \
        or (bool(head_alias) and (L.RANK_WORD.search(sentence) is not None or L.NAMED_RATE.search(sentence) is not None
                                  or _COLON_ITEM.match(sentence) is not None))


_BARE_FIRST = tuple(sorted({a.text[0] for a in ALIASES.values() if a.bare}))  # (城, 农: most sentences hold neither)


def _names_item_metric(sentence: str, pos: int = 0) -> bool:
    """Whether a sentence that names a metric names one as a figure's item: a place kind that stands for its
    residents' income (城镇, 农村, 城乡: a bare alias) only with a list joiner, a verb or a figure after it, as
    the rules read it (not 提升城乡文化魅力, 农村危桥拆除重建60座).  ``pos``: where its first metric name starts, if
    known (NAMES_METRIC's match: no name starts before it).

    >>> _names_item_metric("农村危桥拆除重建60座"), _names_item_metric("其中城镇58200元"), _names_item_metric("社零总额5亿元")
    (False, True, True)
    """
    if not any(map(sentence.__contains__, _BARE_FIRST)):  # (str's test of one character is a fast scan; a
        return True  # set's isdisjoint(sentence) hashes every character: a fifth of _candidate's time)
    return any(not ALIASES[L.alias_of(m.group())].bare or L.BARE_ITEM_NEXT.match(sentence, m.end())
               for m in L.METRIC.finditer(sentence, pos))


def _set_lead_before(sentence: str, unparsed: str) -> bool:
    """Whether a sentence opening with 其中 and a figure follows one left unparsed that names a
    metric of a set of places (各地社会消费品零售总额均实现增长。其中,南昌市为349亿元…)."""
    return sentence.lstrip().startswith("其中") and bool(unparsed) and _HAS_DIGIT.search(sentence) is not None \
        and L.EVERY_REGION.search(unparsed) is not None and L.NAMES_METRIC.search(unparsed) is not None


# 1979年1亿元,1989年10亿元,…。: a sentence of nothing but years with their amounts, and a next one that
# names what those figures show (这些数字…是…规上工业总产值…的反映)
_YEAR_AMOUNT = r"\d+(?:\.\d+)?(?:万亿|亿|万)?元"
_AMOUNT_OF_YEAR = r"(?:19|20)\d{2}年[,，]?\s*" + _YEAR_AMOUNT
_YEAR_SERIES = re.compile(r"(?:" + _AMOUNT_OF_YEAR + r"\s*[,，、;；]\s*)+" + _AMOUNT_OF_YEAR + r"\s*[。!！]?\s*$")
_SERIES_REF = re.compile(r"\s*(?:这些|这组|这一组|这串|这一串|以上|上述)[^。，,]{0,12}?(?:数字|数据)")  # (every match holds 数)


# 从1983年的1.5亿元到2022年的1070亿元,这条曲线是…规上工业总产值的增长轨迹: a span of two years' amounts
# that a clause after it in the same sentence names the metric of
_YEAR_SPAN = re.compile(r"从\s*(?:19|20)\d{2}年的?" + _YEAR_AMOUNT + r"(?:增长|增加|提高|跃升|攀升)?到\s*"
                        r"(?:19|20)\d{2}年的?" + _YEAR_AMOUNT + r"\s*[,，]\s*(?:这|此)")
_SPAN_REF = re.compile(r"(?:这|此)(?:条|组|一组|串|些|一)?[^。，,]{0,12}?(?:曲线|数字|数据|轨迹|变化|跨越)[^。]*?[,，]?\s*"
                       r"(?:是|记录|见证|折射|反映|勾勒)")


def _series_topic(text: str, after: str) -> tuple[str, int]:
    """The metric a series of years' amounts shows, named by the sentence after it (or, for a span from one
    year's amount to another's, by a clause after the span), and where the series starts (a title run into
    the sentence may stand before it, with no figure); ("", 0) when none."""
    if "从" in text and "这" in text and (m := _YEAR_SPAN.search(text)) is not None \
            and not any(c.isdigit() for c in text[:m.start()]) and (r := _SPAN_REF.match(text, m.end() - 1)):
        metric = L.METRIC.search(text, r.end())
        return (metric.group(), m.start()) if metric else ("", 0)
    if "数" not in after or not _SERIES_REF.match(after) \
            or (m := _YEAR_SERIES.search(text)) is None or any(c.isdigit() for c in text[:m.start()]):
        return "", 0
    metric = L.METRIC.search(after.split("。", 1)[0])
    return (metric.group(), m.start()) if metric else ("", 0)


# a quoted question about a company (“今年企业的销售情况怎么样?) and the quoted answer right after it
_FIRM_QUESTION = re.compile("“[^“”]*(?:" + "|".join(sorted((re.escape(w) for w, v in SCOPE_WORDS.items() if v == "enterprise"),
                                                        key=len, reverse=True)) + r")[^“”]*[?？]\s*”?\s*$")
_ANSWER_OPEN = re.compile(r"\s*”?\s*“")


def _places_ranked(parser: Sentence) -> bool:
    """Whether a sentence is nothing but places ranked, no metric and no figure (从6个旗县市总量看,从高到低
    依次为乌市、前旗…。): the figure before it stays open for the places' rates after it."""
    toks = parser.toks
    return len(toks) >= 2 and all(t.kind == "region" for t in toks) and not parser.slots


def _slot_gone_on(slots: list[Slot]) -> Slot:
    """The slot of the sentence before that a sentence goes on from: its last, or, when the last only names
    again the metric an earlier slot of the same places gave figures for (…规上工业增加值增长7.9%，规上工业
    增加值保持稳定增长态势。邳州市增长9.3%…), that earlier slot."""
    last = slots[-1]
    if last.amounts or last.growths:
        return last
    return next((sl for sl in reversed(slots[:-1]) if (sl.amounts or sl.growths) and sl.metrics == last.metrics
                 and sl.regions == last.regions and sl.scope == last.scope and sl.kind == last.kind), last)


def _whole_of_parts(before: list[Slot], parts: list[Slot]) -> Slot | None:
    """The slot of the whole whose parts a sentence gave: ``before``'s last (one metric with a figure) when
    ``parts`` are two or more of its parts for the same places (…地区生产总值531.6亿元…。其中，第一产业增加值…;
    第三产业增加值…), or the sentence's own first slot when the slots after it are (…生产总值88.6亿元，增长7.1%，
    其中第一、二、三产业增加值分别为…: the rates a quarter breakdown gives next are the total's), else None."""
    if before and _breaks_down(before[-1], parts):
        return before[-1]
    if len(parts) >= 2 and _breaks_down(parts[0], parts[1:]):
        return parts[0]
    return None


def _breaks_down(whole: Slot, parts: list[Slot]) -> bool:
    """Whether ``parts`` name two or more parts of ``whole``'s one metric (a list slot's several count), all
    for its places, and ``whole`` has a figure of its own."""
    if len(whole.metrics) != 1 or not (whole.amounts or whole.growths):
        return False
    named = {m for p in parts for m in p.metrics}
    return len(named) >= 2 and all(m in METRICS and METRICS[m].parent == whole.metrics[0] for m in named) \
        and all(p.regions == whole.regions for p in parts)


def _answers_firm(prev: str, text: str) -> bool:
    """Whether ``text`` is a quoted answer to ``prev``, a quoted question about a company."""
    return "“" in text[:4] and _ANSWER_OPEN.match(text) is not None and _FIRM_QUESTION.search(prev) is not None


_THIS_MONTH = re.compile(r"当月|本月|^其中[,，]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!份?[-—至到~])")  # 其中11月…: an aside
_THIS_MONTH_WORDS = needs(_THIS_MONTH)  # 当月, 本月, 其中
_MONEY = re.compile(r"\d[万亿千]*(?:元|美元)")  # 依次为5805元、…: a list of places' amounts after facts
# 苏州(5186.64亿元)、南京(4230.24亿元)…居前四位: places' levels in brackets, listed after facts
# 常州和徐州也突破了2000亿元的关口: places past a bound after facts, the metric left out
_BOUND_LEVEL = re.compile(r"(?:突破|超过|迈上)了?\d[\d.]*(?:万亿|亿)")
_BRACKET_LEVEL = re.compile(r"\(\d[\d.,]*[万亿千]*(?:元|美元)?\)、")


_RECORD_STOP = re.compile(r"[。;!?]")  # where a year of a ranking's record must have named its rank
_SINGLE_PERIOD = re.compile(r"M\d{1,2}|Q[1-4]")  # one month or one quarter
# a month or quarter named as a part of the period before it: 其中8月份, 其中，三季度, 8月当月, 当季
_PART_CUE = re.compile(r"其中[,:]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|季度)|当月|当季|单月|单季")


_PART_OPENINGS = function_words("part_opening")  # a sentence that gives a part of the figures before it


def _single_month(period: str | None) -> bool:
    """Whether a period code is one month (M7, not M1-M7 or Q1)."""
    return period is not None and re.fullmatch(r"M\d{1,2}", period) is not None


_NUMBERED_LINE = re.compile(r"\n\s*" + NUMBERING)  # a line that opens with a heading's number
_PLACE_LABEL = re.compile(r"\s*(?![全本我该各])[\u4e00-\u9fff]{1,6}[县市区旗]\s*")  # 宁乡县, 浏阳市 alone on a line
_NUMBERED_ITEM = re.compile(r"\s*" + NUMBERING)  # 1、, (2): a numbered item's number
_PLACE_HEADING = re.compile(r"\s*" + NUMBERING + r"\s*[\u4e00-\u9fff]{2,8}[。:]?\s*")  # 二、安吉县, (三)德清县。
_LEAD = re.compile(r"\s*[^。!?]{0,120}")  # an article's title and first sentence
_SENT = re.compile(r"[^。!?|]+[。!?|]*")


MAX_SENTENCE = 800  # characters; longer runs without 。 are split (binary junk, tables flattened to one line)
_FIGURE_THEN_LEAD = re.compile(r"[\d%‰点位倍](?=[按分从])")  # 8.3%分…, 个百分点按…: a figure's end before a lead's first word


def _glued_leads(sent: str) -> list[int]:
    """Where a clause that ends on a figure runs, its full stop lost, into the lead of a breakdown
    (…开发区增长8.3%分经济类型看,私营企业…): the offsets the lead starts a sentence of its own at.

    >>> _glued_leads("其中,园区增长8.3%分经济类型看,私营企业增长4.6%。"), _glued_leads("分别增长6.2%、7.5%分别高于全市")
    ([11], [])
    """
    if not ("看" in sent or "分," in sent or "分:" in sent):  # (every lead ends 看, 分 or 划分 before its , or :)
        return []
    return [m.end() for m in _FIGURE_THEN_LEAD.finditer(sent) if L.BREAKDOWN_LEAD.match(sent, m.end())]


def _sentences(text: str, base: int) -> list[tuple[int, str]]:
    """Sentences of a paragraph with their offsets; an overlong one is cut after a ；or ，
    (else hard) so no sentence costs more than a bounded amount of work; a breakdown's lead glued to
    the figure before it starts a sentence.

    >>> [len(s) for _, s in _sentences("甲," * 500 + "乙。", 0)]
    [800, 202]
    >>> [s for _, s in _sentences("园区增长6.4%分行业看,化工增长3.9%。", 0)]
    ['园区增长6.4%', '分行业看,化工增长3.9%。']
    """
    out: list[tuple[int, str]] = []
    for m in _SENT.finditer(text):
        cuts = [0, *_glued_leads(m.group()), len(m.group())]
        for a, b in zip(cuts, cuts[1:]):
            out.extend(_bounded(base + m.start() + a, m.group()[a:b]))
    return out


def _bounded(start: int, sent: str) -> list[tuple[int, str]]:
    """A sentence, cut after a ；or ，(else hard) into pieces of at most MAX_SENTENCE characters."""
    out: list[tuple[int, str]] = []
    while len(sent) > MAX_SENTENCE:
        cut = max(sent.rfind(";", 0, MAX_SENTENCE), sent.rfind(",", 0, MAX_SENTENCE)) + 1
        cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        out.append((start, sent[:cut]))
        start, sent = start + cut, sent[cut:]
    out.append((start, sent))
    return out


def extract_document(doc: Document) -> list[Fact]:
    """Extract the facts of one document."""
    if not doc.text:
        return []
    facts = Extractor(doc).run()
    if doc.page_starts:  # a PDF: name the page each fact is printed on
        facts = [f._replace(page=doc.locate(f.start)[0]) for f in facts]  # type: ignore[index]
    return facts


def extract_text(text: str, pub_date: str | None = None, region: str | None = None,
                 doc: str = "text") -> pd.DataFrame:
    """Extract facts from one article's text; ``pub_date`` anchors 今年/去年/上半年."""
    return facts_frame(extract_document(make_document(doc, text, region=region, pub_date=pub_date, digest=False)))


def _baseline(slot: Slot, i: int = 0, n: int = 1) -> Quantity | None:
    """从3979亿元跃升到6355亿元: the level the slot's ``i``-th of ``n`` figures started from, if
    it has one (从A、B分别提高到C、D: one starting level per item)."""
    found = [a for a in slot.amounts if a.role == "baseline" and a.amount is not None]
    if len(found) == n:
        return found[i]
    return found[0] if len(found) == 1 else None


def _key(f: Fact) -> tuple[str, str, int | None, str]:
    """A fact's key: its place, metric, year and period."""
    return f.region, f.metric, f.year, f.period

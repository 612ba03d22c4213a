"""One sentence read by the grammar: the steps each rule of :mod:`indicators.rules.grammar` builds
with, gathered from one module per concern, and the metric slots at their centre."""
from __future__ import annotations

import re

from ...base.regions import ends_with_name, home_entry, lookup, mask_names, names_in
from ...base.tables import ALIASES, PLAN_WORDS, REGION_WORDS, SCOPE_WORDS, Alias
from .. import lexicon as L
from ..numbers import AMOUNT, PERCENT, amount_from_match, amounts_in
from ..periods import TIME, TimeExpr, may_hold_time
from ..repair import NUMBERING, may_be_numbered
from ..timeline import DocState, Snap, TimeState
from ..tokens import GrowthTok, tokenize
from .common import (CarriedScope, Open, Quantity, RegionItem, Slot, Subject, _GDP_FAMILY, _JOINERS,
    _counts_indicators, _region_name, _whole_region_prefix, populations_in)
from .times import Times

_SHARE_BEFORE = re.compile(r"占[^,;:。%]{0,12}$")  # 占据主导:1-4月份…: a colon ends the share
_INNER = re.compile(r"\((?P<inner>[^()]{1,16}?)(?:[,、]?以?下同)?\)")  # (GDP), (GDP,下同): the short name
def _whole_end(slot: Slot) -> int:
    """Where a whole's mention ends: its name's end, or its first level's for a heading's metric standing
    before the sentence (a time that opens the sentence is the whole's, not a part's)."""
    return slot.end if slot.end or not slot.amounts else slot.amounts[0].end


# The items a whole is read into in context (城镇居民, 农村居民 of 居民人均可支配收入): by the context's metrics
_CONTEXT_ITEMS: dict[tuple[str, ...], frozenset[str]] = {
    context: frozenset(m for a in ALIASES.values() if a.context == context for m in a.metrics)
    for context in {a.context for a in ALIASES.values() if a.context}}
_NUMBERED = re.compile(r"\s*" + NUMBERING + r"\s*")  # 二、, (二): a heading's number
# 财政收入35亿元，增长5%，其中一般公共预算收入…: a part named after a generic name (it is the whole then)
_PART_AFTER = re.compile(r"[^。;]{0,40}?其中[^。;,]{0,6}?(?P<part>" + L.METRIC_PATTERN + ")")


def _family(metric: str) -> str:
    """fiscal_revenue_general -> fiscal_revenue: the family a metric shares a generic name with."""
    return metric.rsplit("_", 1)[0]


_ALL_LEVELS = {"fiscal_revenue_general": "fiscal_revenue_total"}  # a revenue's local part, and its all-levels whole
_SHORT_NAME_REACH = 120  # how far after a metric named in full its generic short name may stand (characters)
_QIZHONG_END = re.compile(r"其中[,:]?\s*$")
_TIME_LIST_FILL = re.compile(r"[," + L.JOINERS + r"\s]*(?:分别|依次)?")  # 一季度、上半年分别: what joins a list of times
# (占全市规上工业总产值)656亿元的(46.7%), (占全市GDP)(16297.6亿元)比重(超四分之一): the whole's own amount
_AMOUNT_OF = re.compile(r"(?P<whole_open>\()?" + AMOUNT.pattern + r"(?(whole_open)\)的?(?:比重|比例|份额|\d)|的)")
_DISTRICT_WORD = re.compile(r"(?<!地)区")  # 全区, 奉贤区 (not 地区): a district named before its value added

_POINTS_NEXT = re.compile(r"\s*(?:\d+(?:\.\d+)?个?百分点|的?贡献)")  # (增长)5个百分点, (增长)贡献率: a pull or a share, no rate


def _below_nation(text: str, end: int) -> bool:
    """Whether the level right after a metric (国内生产总值133亿元, …完成36.7亿元) is far below the
    nation's (under a trillion yuan): the region's, as older texts name its GDP (由“八五”期末的833亿元增加到…:
    a starting level's time may stand between)."""
    for m in amounts_in(text, end, end + 16):
        a = amount_from_match(m) if not PERCENT.match(text, m.start()) else None
        if a is not None or PERCENT.match(text, m.start()):  # (八五 of “八五”期末: no amount, read on)
            return a is not None and a.base_unit == "CNY" and a.value_base < 1e12
    return False


_OPENING_PUNCT = re.compile(r"[\s,:]*")
# 1、装备制造行业整体增速较慢。 其中，某某公司生产形势良好: the subject a sentence opens with, up to its
# first clause mark
_COUNT_OPENING = re.compile(r"\d[万亿]?(?:" + "|".join(L.CLASSIFIERS) + ")")
_SUBJECT_OPENING = re.compile(r"\s*(?:[\d一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\))?\s*(?:其中[,:])?[\s—-]*([^,;:。]{1,24})")


def subject_scope(text: str) -> str:
    """The scope of the firm or sector a figure-less sentence opens with ('' when none: a place,
    the region's industry).

    >>> subject_scope("1、装备制造行业整体增速较慢。"), subject_scope("全县工业运行平稳。")
    ('sector', '')
    >>> subject_scope("规模以上工业企业生产稳中有进。"), subject_scope("其中:——机械制造企业增速呈下降态势。")
    ('', 'enterprise')
    >>> subject_scope("全年新登记注册企业15573户,个体工商户34380户。")
    ''

    """
    m = _SUBJECT_OPENING.match(text)
    if m is None or L.POPULATION.search(m.group(1)):
        return ""  # 规模以上工业企业生产稳中有进: the above-size firms are the region's industry
    if _COUNT_OPENING.search(m.group(1)):
        return ""  # 全年新登记注册企业15573户: a count of firms, no firm the next sentence is about
    found = L.SCOPE.findall(m.group(1))
    scope = SCOPE_WORDS.get(found[-1], "") if found else ""
    return scope if scope in ("enterprise", "sector", "project") else ""


def opening_place(text: str, ds: DocState) -> str:
    """The place a sentence opens with as its subject (after its time), alone (not a list), or "".

    >>> from indicators.ingest.pubdate import parse_pub_date
    >>> ds = DocState(None, parse_pub_date("2024-10-25"), "浙江")  # type: ignore[arg-type]
    >>> opening_place("湖州虽被反超,但表现并不逊色。", ds), opening_place("上半年,义乌的表现可圈可点。", ds)
    ('湖州', '义乌')
    >>> opening_place("海宁、桐乡两地表现亮眼。", ds), opening_place("杭州市西湖区、上城区入选。", ds)
    ('', '')
    >>> opening_place("全省经济稳中有进。", ds), opening_place("杭州市西湖区表现亮眼。", ds)
    ('', '西湖')
    >>> opening_place("(二)安吉县。", ds), opening_place("三、德清县。", ds)
    ('安吉', '德清')
    >>> opening_place("在政策带动下,义乌的表现可圈可点。", ds), opening_place("从各市来看:受出口影响,义乌承压。", ds)
    ('义乌', '义乌')
    >>> opening_place("在全省各市中,义乌居首。", ds)
    ''
    >>> opening_place("从各县GDP总量来看:海宁市作为…。", ds), opening_place("从海宁来看,经济平稳。", ds)
    ('海宁', '')
    >>> opening_place("今年上半年,义乌的表现可圈可点。", ds), opening_place("公开资料显示,今年一季度,义乌工业稳定增长。", ds)
    ('义乌', '义乌')
    """
    i = m.end() if may_be_numbered(text) and (m := _NUMBERED.match(text)) else 0  # (二)安吉县。: after its number
    i = m.end() if (m := L.LEAD_CIRCUMSTANCE.match(text, i)) else i  # 从各县GDP总量来看:…: the place after the viewpoint
    for _ in range(2):  # 今年上半年,绵阳…: a year, then the part of it (two times in turn)
        if not may_hold_time(text[i:i + 12]) or (m := TIME.match(text, i)) is None:
            break
        i = m.end() + text.startswith(",", m.end())
    if (m := L.LEAD_CIRCUMSTANCE.match(text, i)) is not None:
        i = m.end()  # 在强省会战略带动下,合肥的首位度…: the place after the circumstance
    name, end, prev = "", i, ""
    for at, found in names_in(text[i:i + 24]):  # 西安市雁塔区、…: the last of the names run together
        if i + at != end:
            break
        prev, name, end = name, found, i + at + len(found)  # (prev: the one glued before it, 天津滨海新区)
    if not name or text[end:end + 1] in ("、", "和", "与", "及", ",", ""):
        return ""
    place = lookup(name, ds.home)
    return _region_name(name, ds, prev) if place is not None and place.level in ("county", "city", "province") else ""


def paragraph_place(text: str, ds: DocState) -> str:
    """The place in the home (a county of a home city, a city or county of a home province) that a paragraph's
    first sentence opens with (兴国县上半年…, a heading run into its paragraph; 【兴国县】一季度…; 兴国县：…): the
    subject of the sentences after it that name none, as in a roundup's paragraph on each county; "" else (新华网…
    电: 新华区 lies elsewhere; a short name glued to a word, 新兴产业, is no place: one stands before a time or a
    mark, 兴国上半年…, 兴国:…).

    >>> from indicators.ingest.pubdate import parse_pub_date
    >>> ds = DocState(None, parse_pub_date("2024-07-25"), "赣州")  # type: ignore[arg-type]
    >>> paragraph_place("兴国县上半年完成地区生产总值160.3亿元。", ds), paragraph_place("【于都县】一季度,全县…。", ds)
    ('兴国', '于都')
    >>> paragraph_place("上半年,全市生产总值增长5.6%。", ds), paragraph_place("赣州市上半年…。", ds)
    ('', '')
    >>> paragraph_place("新华网江西频道2月9日电,…。", ds), paragraph_place("吉安县上半年…。", ds)
    ('', '')
    >>> paragraph_place("上半年,兴国产业增加值增长5%。", ds), paragraph_place("兴国上半年完成…。", ds)
    ('', '兴国')
    """
    place = opening_place(text[1:] if text.startswith("【") else text, ds)
    if not place or place == ds.home or (home := home_entry(ds.home)) is None or (r := lookup(place, ds.home)) is None:
        return ""
    end = text.find(place) + len(place)
    if text[end:end + 1] not in ("县", "区", "市", "旗", "】", ":", "：", ",", "，") \
            and not (may_hold_time(text[end:end + 12]) and TIME.match(text, end)):
        return ""  # 新兴产业…: a short name run into a word
    return place if r.parent == home.name or home.level == "province" and r.province == home.name else ""


def source_place(text: str, ds: DocState) -> str:
    """The place whose office (or official account) a sentence's opening clause names as the source
    of its news: the subject of the subject-less sentences after it in its paragraph, or "".

    >>> from indicators.ingest.pubdate import parse_pub_date
    >>> ds = DocState(None, parse_pub_date("2023-10-27"), "连云港")  # type: ignore[arg-type]
    >>> source_place("另据宿迁市统计局26日消息,前三季度宿迁完成…", ds), source_place("记者从淮安市统计局获悉,…", ds)
    ('宿迁', '淮安市')
    >>> source_place("据市统计局消息,…", ds), source_place("宿迁市统计局局长说,…", ds)
    ('', '')
    """
    if "据" not in text[:3] and "从" not in text[:4]:
        return ""  # (most sentences open with no source: no scan)
    head = text[:40]
    m = L.SOURCE_OFFICE_LEAD.match(mask_names(head))
    if m is None:
        return ""
    name = head[m.start("place"):m.end("place")]
    place = lookup(name, ds.home)
    return _region_name(name, ds) if place is not None and place.level in ("county", "city", "province") else ""


class Sentence(Times):
    """One sentence: its tokens, what is in force as the grammar reads them, the slots built.

    The grammar (:data:`indicators.rules.grammar.GRAMMAR`) calls the steps below through its rule
    records; each step gets the matched tokens' indexes and returns how many tokens it took."""

    def __init__(self, text: str, ds: DocState, state: TimeState, prev_kind: str, topic: str = "",
                 prev: Slot | None = None, said: bool = False) -> None:
        super().__init__(text)
        self.ds, self.state, self.prev_kind = ds, state, prev_kind
        self.prev = prev  # the last slot of the sentence before, when it gave facts (其中，德清县增长9.1%)
        self.whole: Slot | None = None  # the whole whose parts the sentence before gave (see parse_sentence)
        self.topic = topic  # (一)固定资产投资。: the metric a heading named, for a sentence that names none
        self.said = said  # (or one a figure-less sentence before announced: 各县市GDP排名出炉。)
        found = tokenize(self, ds, topic)
        self.toks, self.split_spans, self.ranked_at = found.toks, found.split_spans, found.ranked_at
        self.times: list[tuple[int, int]] = []
        self.aside_period: str | None = None  # the period in force before a 当月 (the sentence's aside)
        self.since_at = -1  # where a year's run to now ends in its year (2019年|年初至今): no time of its own there
        self.before_plan_date: TimeState | None = None  # the time in force before a plan's date or a contrasted
        # period inside the sentence (it comes back after the sentence)
        self.period_toks: list[tuple[int, int, TimeExpr]] = []
        self.amount_spans: list[tuple[int, int]] = []
        self.figure_starts: list[int] = []  # where each amount or rate starts …
        self.figure_ends: list[int] = []  # … and ends
        self.basis_spans: set[tuple[int, int]] = set()  # 比去年同期: times that are a basis of comparison
        for ts, te, kind, value in self.toks:
            if kind == "time":
                self.times.append((ts, te))
                if value.kind == "basis":  # type: ignore[attr-defined]
                    self.basis_spans.add((ts, te))
                elif value.kind == "time" and value.period:  # type: ignore[attr-defined]
                    self.period_toks.append((ts, te, value))  # type: ignore[arg-type]
            elif kind in ("amount", "growth", "pct"):
                self.figure_starts.append(ts)
                self.figure_ends.append(te)
                if kind == "amount":
                    self.amount_spans.append((ts, te))
        self.cut_spans = sorted(self.times + self.amount_spans)  # the times and amounts cut out of a subject
        self.slots: list[Slot] = []
        self.receivers: list[Slot | Quantity] = []
        self.orphan_growths: list[GrowthTok] = []
        self.earlier_rates: list[tuple[GrowthTok, Snap]] = []
        self.other_measure_rates = False  # a rate of a measure that is no metric of ours (居民消费价格上涨…)
        self.unpaired_rates: list[GrowthTok] = []  # 分别增长a、b、c with fewer figures before: for a list's places
        self.region_mentions: list[str] = []
        self.places_named: list[tuple[int, str]] = []  # every place named, compared ones too (for 两县…分别)
        self.zone_only: set[str] = set()  # zones named on their own (a subset unless listed among districts)
        self.item_runs: list[list[RegionItem]] = []  # lists of places with their own figures
        self.subject, self.carried, self.open = Subject(), CarriedScope(), Open()
        self.aside_time: tuple[int, TimeState] | None = None  # the time before one an aside in brackets named
        self.fired: list[tuple[str, int, int]] = []  # (rule, first token, tokens taken): for explain
        self.body = self.headline_end()  # where the sentence proper starts, after a headline run into it
        self.plan_named: bool | None = None  # whether a plan word stands after the headline (on first use)
        if ds.unparsed and self.opens_with_verb():
            self.carried.scope = subject_scope(ds.unparsed)  # 装备制造行业增速较快。累计实现…: its subject
            self.carried.subject = True

    def opens_with_verb(self) -> bool:
        """Whether the sentence opens with a bare verb (累计实现…, 完成…): it names no subject of its
        own.  One that opens with a time (前11个月，完成固定资产投资…) is a statement of its own."""
        at = _OPENING_PUNCT.match(self.text, 0).end()  # type: ignore[union-attr]
        return L.VERB_OPENING.match(self.text, at) is not None

    def on_metric(self, i: int, j: int) -> int:
        """A metric opens a slot (or joins the list before it: metric-list), with the subject, scope and kind in force;
        it takes the tokens its words cover (an inner alias, a list's unknown items)."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        sub, o = self.subject, self.open
        if self.remark_in_brackets(s):
            return 1
        if sub.until is not None and s > sub.until:
            sub.regions, sub.until = [], None  # a region named inside brackets stays there
        back = self.counted_back(s, e)
        slot = self.metric_slot(s, e, val, back or sub.regions)  # type: ignore[arg-type]
        if slot is not None and back and slot.scope == "subset":
            slot.scope = "region"  # 平湖紧追海盐，两个县市GDP分别为…: the count names the places, each whole
        if slot is not None and back:
            slot.add_rule("counted-back")
        if slot is None:
            if o.slot is not None and o.slot.end <= s and (self.text.startswith((*L.INVESTMENT_AFTER, L.VOLUME_MARK), e) or (
                    ALIASES[L.alias_of(val)].rate_only and L.POPULATION.match(self.text, s))):  # type: ignore[arg-type]
                self.receivers = [r for r in self.receivers if r is not o.slot]
                o.slot = None  # 从固定资产投资情况看，第一产业投资增长20.8%: another figure's name; no rate after
                # it is the open metric's; …投资增长6.1%，其中规上工业企业完成投资23.4亿元: the firms' part of it;
                # 拉动全市进口增长…，其中铁矿砂进口量增加1倍: goods counted, no rate of the open metric's
            return 1
        if o.slot is not None and (joined := self.extends_list(o.slot, slot)):
            o.slot.metrics, o.slot.end, o.chain_end = o.slot.metrics + slot.metrics, slot.end, joined
            o.slot.add_rule("metric-list")
            end = slot.end
            if joined == end and (tail := self.unknown_tail(o.slot)):
                o.chain_end = end = tail  # 生产总值、社零额、建筑业总产值分别增长…: an item no metric of ours ends the list
            if "" in o.slot.metrics:
                o.slot.add_rule("unknown-items")
            return self.covered(i, end)
        if (rated := self.rated_before(slot)) is not None:
            o.slot, o.chain_end = rated, slot.end  # 地区生产总值同比增长5.2%，总量达到1234.5亿元: its level
            rated.add_rule("metric-anaphor")
            return self.covered(i, slot.end)
        self.carry_scope(slot, s)
        if self.text.lstrip().startswith("其中") and self.prev_kind != "actual" and slot.kind == "actual":
            slot.kind = self.prev_kind
        if o.pending is not None:
            self.take_pending(slot, o.pending)
        elif self.rate_over_label(slot, i):  # 👉 6.8% / 地区生产总值增速: an item's rate printed over its label
            slot.add_rule("rate-before-label")
        self.slots.append(slot)
        self.receivers.append(slot)
        if self.earlier_rates:
            self.earlier_rate_slots(slot)
        o.slot, o.chain_end = slot, slot.end
        end = slot.end
        if tail := self.unknown_tail(slot):
            o.chain_end = end = tail
            slot.add_rule("metric-list")
            slot.add_rule("unknown-items")
        return self.covered(i, end)

    def leave(self) -> None:
        """What the sentence leaves for the next: the populations a figure-less one names
        (规上工业呈现…。) and whether its first figure was no metric's (a total of another kind)."""
        self.leave_aside_time(len(self.text))
        if self.earlier_rates:
            self.earlier_rates_left()  # …增长6.6%，继上半年增长6.1%之后…: the rate of the metric before the frame
        if (was := self.before_plan_date) is not None:  # …的徐州,力争到2025年,…突破1万亿元。: the plan's year; …增长4.6%,而一季度下降6.1%…
            st = self.state  # holds in its own sentence only
            st.year, st.period, st.span, st.ytd = was.year, was.period, was.span, was.ytd
        self.ds.populations = frozenset() if self.slots else populations_in(self.text)
        self.ds.unparsed, self.ds.said = "", ""
        totals = [sp for sp in self.amount_spans if not _counts_indicators(self.text, sp[1])]
        self.ds.unknown_total = bool(totals) and not any(sl.start < totals[0][0] for sl in self.slots) \
            and not any(m.end() - 1 == totals[0][0] for m in L.WHOLE_INVESTMENT.finditer(self.text)) \
            and not ("工业" in self.text and any(m.end() - 1 == totals[0][0] for m in L.WHOLE_INDUSTRY.finditer(self.text)))
        # (全县完成投资14.9亿元，增长…, 全县工业经济…，增加值28.4亿元: the region's whole investment or industry,
        # whose parts are its own metrics)

    def generic_reading(self, alias: Alias, s: int, e: int) -> tuple[str, ...]:
        """The metrics an alias at ``s``-``e`` names: a generic one (财政收入) the metric the text defined
        it for, or named in full shortly before it, or read it as the short name of before; else its own."""
        ds, metrics = self.ds, alias.metrics
        if not alias.generic:
            if len(metrics) == 1:  # 财政总收入 named in full: 财政收入 no longer the other member's short name
                ds.short_names = {k: m for k, m in ds.short_names.items()
                                  if m == metrics[0] or _family(m) != _family(metrics[0])}
            return (_ALL_LEVELS[metrics[0]],) if self.local_named_after(alias.text, metrics, e) else metrics
        if alias.text in ds.generic:
            return (ds.generic[alias.text],)
        if (part := _PART_AFTER.match(self.text, e)) and _family(ALIASES[L.alias_of(part.group("part"))].metrics[0]) \
                == _family(metrics[0]):
            return metrics  # 财政收入35亿元，其中一般公共预算收入20亿元: the whole its part is named in
        if self.named_in_full(metrics, s):
            ds.short_names[alias.text] = ds.last_metric[0]
            return ds.last_metric  # 地方财政收入…的共有5个城市，财政收入由高到低分别为…: its short name
        if alias.text in ds.short_names:
            return (ds.short_names[alias.text],)  # …(a long list on) 1-10月各市财政收入: still that short name
        return metrics

    def local_named_after(self, name: str, metrics: tuple[str, ...], e: int) -> bool:
        """公共财政预算收入14.4亿元,…。地方公共财政预算收入11.8亿元…: a revenue named bare, the same name with
        地方 before it later in its paragraph: the bare one is the revenue of all levels (the 地方 one its
        local part, the general budget's)."""
        if len(metrics) != 1 or metrics[0] not in _ALL_LEVELS or name.startswith(L.LOCAL_LEVEL):
            return False
        text, at = self.ds.text, self.ds.pos + e
        end = text.find("\n", at)
        return text.find(L.LOCAL_LEVEL + name, at, end if end >= 0 else len(text)) >= 0

    def named_in_full(self, metrics: tuple[str, ...], s: int) -> bool:
        """Whether a generic name (财政收入) comes shortly after a metric of its family named in full
        (地方财政收入, 一般公共预算收入): then it is that metric's short name, not the family's own."""
        last, ds = self.ds.last_metric, self.ds
        return len(last) == 1 and len(metrics) == 1 and last != metrics and 0 <= ds.last_metric_at \
            and ds.pos + s - ds.last_metric_at <= _SHORT_NAME_REACH \
            and _family(last[0]) == _family(metrics[0])

    def place_after_frame(self, e: int) -> bool:
        """Whether a place (no whole-region word) opens the clause right after a metric framing its parts
        (居民人均可支配收入中,上海以…元居首): the parts are places, each with its own figure of the metric."""
        frame = L.FRAME_AFTER.match(self.text, e)
        return frame is not None and any(ts == frame.end() and kind == "region" and value not in REGION_WORDS
                                         for ts, _, kind, value in self.toks)

    def ranked_level(self, s: int, e: int) -> bool:
        """合肥市以12013亿元的GDP总量排名第一: a ranking word after a metric whose amount is given right
        before it (以…的) ranks that level; the metric is no modifier."""
        return self.text[s - 1:s] == "的" and self.text.startswith(L.RANKING_AFTER, e) \
            and any(ae == s - 1 for _, ae in self.amount_spans)

    def modified_before(self, metrics: tuple[str, ...], s: int) -> bool:
        """人均GDP, 单位GDP能耗, 新增规上工业产值: a word right before a metric makes it no figure's own, unless
        the word spares the metric (新增合同外资, 新增签约项目: a flow of new things is its own level)."""
        text, start = self.text, max(0, s - 2)
        word = next((w for w in L.MODIFIERS_BEFORE if text.endswith(w, start, s)), None)
        return word is not None and not set(metrics) <= L.MODIFIER_SPARES.get(word, frozenset())

    def metric_slot(self, s: int, e: int, surface: str, regions: list[str]) -> Slot | None:
        """The slot a metric token opens, or None where the metric is no figure's (a modifier, a
        share's whole, an industry named without its value, a context alias out of context)."""
        text, ds = self.text, self.ds
        alias = ALIASES[L.alias_of(surface)]
        if (bound := L.BOUND_AFTER.match(text, e)) and L.BOUND_HOLDER.match(text, bound.end()):
            return None  # 是全省唯一出口超300亿元的城市: the metric names what the places passed
        verb = L.VERB_OPENING.match(text, e)  # 第一产业完成投资: a verb between the name and its modifier
        framed = L.RATE_FRAME.match(text, e) is not None and L.RATE_FRAME_OPEN.search(text, 0, s) is not None
        if self.modified_before(alias.metrics, s) or (text.startswith(L.MODIFIERS_AFTER, e)
                and not L.RANKING_LIST.match(text, e) and not framed and not self.ranked_level(s, e)
                and not L.RANKED_THEN_FIGURE.match(text, e)) or (
                verb is not None and text.startswith(L.INVESTMENT_AFTER, verb.end())) or (
                text.startswith("的", e) and text.startswith(L.MODIFIERS_AFTER, e + 1)):
            return None  # 社零总额的贡献率: a word about the metric, not its figure
        if _SHARE_BEFORE.search(text, max(0, s - 14), s) and not self.whole_of_share(s, e) or any(
                a < s < b and L.ABBREVIATION_OPEN.match(text, a) for a, b in self.parens):
            return None  # (以下简称“社零总额”): the metric's short name defined, no mention of its own
        if alias.rate_only and ((rate := L.RATE_FOLLOWS.match(text, e)) is None or _POINTS_NEXT.match(text, rate.end())
                                or alias.whole_only and not self.whole_subject(s)):
            return None  # 规上工业企业12家: no value added; 拉动规上工业增长5个百分点: a pull in points, no rate of its own
        if alias.bare and not L.BARE_ITEM_NEXT.match(text, e):
            return None  # 城镇新增就业, 城镇登记失业率: the place kind's other figures, no residents' income
        if (L.FRAME_AFTER.match(text, e) or (text.endswith("在", 0, s) and text.startswith("中", e))) \
                and not L.PLACE_SET_END.search(text, max(0, s - 8), s) and not self.place_after_frame(e):
            return None  # (在)第三产业中，批发和零售业增加值增长5.1%: the whole its parts are named in
            # (五区GDP中,顺德区…; 各省居民人均可支配收入中,上海…: the places' figures, each its own)
        metrics = self.generic_reading(alias, s, e)
        end = e
        inner = _INNER.match(text, e)
        named = False  # 地区产值(GDP): a word that needs context, named by the short name in brackets after it
        if inner and L.METRIC.fullmatch(inner.group("inner")):
            inner_alias = ALIASES[L.alias_of(inner.group("inner"))]
            if alias.generic:
                ds.generic[alias.text] = inner_alias.metrics[0]
                metrics = inner_alias.metrics
            named = bool(alias.context) and not (inner_alias.context or inner_alias.generic or inner_alias.rate_only)
            metrics = inner_alias.metrics if named else metrics
            end = inner.end()
        if alias.context and not named and (metrics := self.in_context(alias, s, e, metrics, framed, regions)) is None:
            return None
        if alias.context and self.slots and set(self.slots[-1].metrics) == set(metrics) \
                and not any(self.slots[-1].end <= ts < s for ts, _ in self.times) \
                and _whole_region_prefix(text[self.clause_start(s):s]):
            return None  # …总产值超过1100亿元，总产值增速30%: the same metric named again, no new period
        if len(metrics) == 1:  # 第一、三产业增加值: items listed before the metric that share its head
            listed, s = self.shared_head(s, surface)
            metrics = listed + metrics
        ds.last_metric = ds.last_metric if alias.context == ("gdp_secondary",) else metrics  # (其中工业完成…；第三产业…)
        ds.last_metric_at = ds.pos + s
        if not ds.head_metric:
            ds.head_metric, ds.head_alias = metrics, alias.text
        head = self.unknown_head(s, end, len(metrics)) if len(metrics) == 1 and text[s - 1:s] in _JOINERS else None
        if head is not None:  # 农民人均纯收入和城镇居民可支配收入分别达到…: the items before hold their places
            s, metrics = head[0], ("",) * head[1] + metrics
        slot = self.new_slot(s, e, end, surface, metrics, regions)
        if head is not None and head[1]:
            slot.add_rule("metric-list")
            slot.add_rule("unknown-items")
        return slot

    def whole_subject(self, s: int) -> bool:
        """全省服务业增长10.9%, 上半年服务业增长6%: nothing but a whole region or a time before the metric at ``s`` in
        its clause (a whole_only alias's condition; not 租赁和商务服务业增长18.6%, 规上服务业增长12%: an industry
        whose name ends in the alias, or a class of it)."""
        return _whole_region_prefix(TIME.sub("", self.text[self.clause_start(s):s]))

    def in_context(self, alias: Alias, s: int, e: int, metrics: tuple[str, ...], framed: bool,
                   regions: list[str]) -> tuple[str, ...] | None:
        """The metrics a context alias at ``s`` (产值, 增加值, 第一产业) names where its context holds, or
        None where it is out of context (the metric of its whole-region reading, 全区实现增加值, aside)."""
        text, ds = self.text, self.ds
        if alias.context == ("gdp",):
            return metrics if set(ds.last_metric) & _GDP_FAMILY else None
        if (not (any(set(alias.context) & set(sl.metrics) for sl in self.slots)
                 or self.population_named(s, metrics)
                 or self.next_item(alias, s, e, metrics)
                 or self.sibling_named(alias.context, s)
                 or not self.slots and (L.QIZHONG_START.match(text) is not None or framed)  # 其中，7月当月增加值…
                 and bool({*alias.context, *metrics} & set(ds.last_metric)))
                or self.tail_of_noun(s)):  # the last sentence's metric after 其中
            if not (alias.whole and (self.after_whole_region(s, regions) or self.period_of_total(s, alias.whole))):
                return None  # 产值 after 规上工业增加值 is its output, unless a longer noun ends in it (高新技术产品产值)
            return alias.whole  # 全区实现增加值3029.6亿元: a district's total value added, its GDP
        return metrics

    def next_item(self, alias: Alias, s: int, e: int, metrics: tuple[str, ...]) -> bool:
        """Whether the item alias at ``s``…``e``, a figure or verb right after it, is read in its context:
        after another item of the same whole in the sentence (其中，城镇居民…；农村居民…), or right after the
        breakdown the sentence opens with (按常住地分，城镇居民…; 分城乡看，…). Not 农村居民人均纯收入 (a longer
        name: another figure), nor 分三大门类看，采矿业增加值 (a sector's value added, the item another word)."""
        if L.BARE_ITEM_NEXT.match(self.text, e) is None:
            return False
        if any(set(sl.metrics) & _CONTEXT_ITEMS[alias.context] and not set(sl.metrics) & set(metrics) for sl in self.slots):
            return True
        lead = L.BREAKDOWN_LEAD.match(self.text)
        return not self.slots and lead is not None and not self.text[lead.end():s].strip() \
            and bool({*alias.context, *metrics} & set(self.ds.last_metric))

    def whole_of_share(self, s: int, e: int) -> bool:
        """占全市规上工业总产值656亿元的46.7%, 占全市GDP(16297.6亿元)比重超四分之一: the whole a share is of,
        printed with its own amount right after its name (or in brackets there) and a place named as a whole
        right after 占, is that place's figure."""
        share = self.text.rfind("占", max(0, s - 14), s)
        return share >= 0 and _AMOUNT_OF.match(self.text, e) is not None \
            and _whole_region_prefix(self.text[share + 1:s])

    def after_whole_region(self, s: int, regions: list[str]) -> bool:
        """全区实现增加值, 浦东新区增加值: a context alias right after a district named as a whole (only a
        verb between), with no industry in the clause: the district's own total (its alias's whole= metric;
        Shanghai's districts name their GDP so). Not 全市实现增加值: a city's bare value added is unsaid."""
        prefix = TIME.sub("", self.text[self.clause_start(s):s])  # 一季度全区增加值: the time said before the place
        return bool(regions) and _DISTRICT_WORD.search(prefix) is not None and _whole_region_prefix(prefix) \
            and not L.POPULATION.search(prefix)

    def period_of_total(self, s: int, whole: tuple[str, ...]) -> bool:
        """分季度看:一季度增加值增长5.7%, after the sentences of GDP and its parts: a bare value added whose
        clause is nothing but a period before it is the total's for that period (its whole= metric), not
        a sector's (金融业增加值: a longer noun) nor an industry's (after 规上工业增加值 its context holds)."""
        clause = self.text[self.clause_start(s):s]
        return bool(clause.strip()) and not TIME.sub("", clause).strip() \
            and set(whole) <= _GDP_FAMILY and bool(set(self.ds.last_metric) & _GDP_FAMILY)

    def products_after(self, s: int, end: int) -> bool:
        """Whether products follow the metric at ``s``…``end``, whose figures the ones after are: a list of
        them before 分别 (进口原油、机电产品分别增长…), or one a bare trade verb takes as its object
        (进口日用消费品增长57.6%)."""
        text = self.text
        if (listed := L.PRODUCT_LIST.match(text, end)) and not L.METRIC.search(text, end, listed.end()) \
                and not self.times_listed(end, listed.end()) and not L.LEVEL_RATE_NAMED.match(text, end):
            return True  # (not 地区生产总值一季度、上半年分别…: the periods each figure is for)
        return text[s:end] in L.TRADE_VERBS and (obj := L.TRADE_OBJECT.match(text, end)) is not None \
            and L.SECTOR_MARK.search(obj.group("obj")) is not None

    def times_listed(self, a: int, b: int) -> bool:
        """Whether the text from ``a`` to ``b`` is a list of times (一季度、上半年分别, 2022年、2023年分别, 在一、二季度分别):
        only time tokens, the marks and words that join them, and the distributive word, after a measure and 在."""
        rest, at = [], a
        for t in self.toks:
            if t.kind == "time" and a <= t.start and t.end <= b:
                rest.append(self.text[at:t.start])
                at = t.end
        rest.append(self.text[at:b])
        lead = L.TIMES_AFTER_LEAD.fullmatch(rest[0]) is not None  # (进出口在一、二季度分别…: its measure and 在 first)
        return at > a and all(not part or _TIME_LIST_FILL.fullmatch(part) or k == 0 and lead for k, part in enumerate(rest))

    def narrower_name(self, s: int, alias: Alias, metrics: tuple[str, ...], regs: list[str]) -> bool:
        """全社会固定资产投资…，其中，固定资产投资…: the same metric by a narrower name after 其中, a part of the
        whole before it (not 工业增加值…，其中规模以上工业增加值…: the above-size industry is the headline; nor 其中，
        地方财政收入…: the local revenue is the general budget's, whatever the total before it is called; nor
        工业投资较快增长，其中制造业投资增长…: a broad name's figure stands for a whole that has none)."""
        text, prev = self.text, self.prev
        total = self.slots[-1] if self.slots else prev
        return total is not None and regs == total.regions \
            and set(total.metrics) == set(metrics) and total.alias != alias.text and not alias.text.startswith("地方") \
            and bool(_QIZHONG_END.search(text, max(0, s - 4), s)) and not total.broad and not L.POPULATION.match(text, s) \
            and bool(total.amounts or total.growths or not alias.broad) \
            and not any(ts < s and (not self.slots or _whole_end(total) <= ts) and (ts, te) not in self.basis_spans
                        for ts, te in self.times)  # (比上年增长…,其中…: a rate's basis is no other time)

    def parts_of(self, prev: Slot, metrics: tuple[str, ...]) -> bool:
        """Whether the sentence gives the parts of the total the slot before gave: it opens with 其中 or 分产业看, or,
        after a GDP, with the first industry (兵团实现生产总值…。第一产业增加值…；第二产业…: no 其中 needed)."""
        return L.PARTS_START.match(self.text) is not None or "gdp" in prev.metrics \
            and set(metrics) <= _GDP_FAMILY and L.FIRST_PART_OPENING.match(self.text) is not None

    def scope_carried(self, prev: Slot, metrics: tuple[str, ...]) -> str:
        """The scope a subject-less metric takes from the sentence before: a part's parts (市级实现地区生产总值…。
        其中，第一产业…); the same metric again after 尤其是/特别是 (天津口岸进出口总值连续5个月增长。尤其是5月当月，
        进出口总值…: the port's, a sector's, still); else the region's."""
        text = self.text
        if prev.scope in ("subset", "sector", "town") and "gdp" in prev.metrics and set(metrics) & _GDP_FAMILY \
                and self.parts_of(prev, metrics):
            return prev.scope  # (第八师实现生产总值…。第一产业增加值…: the division's, read as a sector's; 沿江片区9个镇
            # 实现GDP…。分产业看,第二产业…: the towns')
        if prev.scope in ("sector", "subset", "enterprise") and set(metrics) & set(prev.metrics) and L.EMPHASIS_START.match(text):
            return prev.scope
        return "region"

    def new_slot(self, s: int, e: int, end: int, surface: str, metrics: tuple[str, ...], regions: list[str]) -> Slot:
        """The slot of ``metrics`` printed at ``s``…``end``: whose figures (regions), which part of
        them (scope) and what kind (actual or a plan's), from the words around it."""
        text, ds, alias = self.text, self.ds, ALIASES[L.alias_of(surface)]
        scope, explicit = self.prefix_scope(s, metrics)
        after = L.PLAN_AFTER_METRIC.match(text, end)
        if after and self.open.pending is not None and text[end:end + 1] == ",":
            after = None  # 实现8117亿元的地区生产总值，预计两年内突破万亿: the plan is the next clause's, not the figure's
        kind = self.plan_kind(s) or (PLAN_WORDS[after.group("word")] if after else "actual")
        if any(ps < s < pe and L.EXCLUSION.match(text, ps + 1) for ps, pe in self.parens) \
                or len(regions) > 1 and L.TOTAL_AFTER.match(text, end):
            scope = "subset"  # (不含…) around it; 南昌、九江两市生产总值合计5000亿元: the places' joint total
        regs = list(regions) if regions else [ds.said and opening_place(ds.said, ds) or ds.source_place
                                              or ds.paragraph_place or ds.section_place or ds.home]
        # (湖州虽被反超，…。; 另据宿迁市统计局消息,…。; 二、安吉县 as the heading of the paragraphs after it)
        prev = self.prev
        if not regions and not explicit and prev is not None and prev.rule.startswith("metric") \
                and (prev.scope == "region" and prev.explicit_region or prev.scope == "national") \
                and len(prev.regions) == 1 and prev.regions != [ds.home] and self.parts_of(prev, metrics):
            regs = list(prev.regions)  # 济南市生产总值5841亿元…。其中，第一产业…: the parts of that place's total
            # (我国进出口…。其中，出口…: the nation's parts too)
        if scope == "region" and not regions and not explicit and prev is not None:
            scope = self.scope_carried(prev, metrics)
        if scope == "region" and not explicit and self.narrower_name(s, alias, metrics, regs):
            scope = "subset"
        at = text.rfind(explicit, 0, s) if explicit else -1
        if explicit in REGION_WORDS and at >= self.clause_start(s) and not ends_with_name(text, at) \
                and self.subject.last_end <= at + len(explicit):  # 全市3个开发区: the later place is the subject
            regs = [self.place_word(explicit, at)]
        if scope == "region" and self.products_after(s, end):
            scope = "sector"
        scope = self.whose_part(scope, explicit, regs, s, end)
        if alias.national and not explicit and not _below_nation(text, end):
            regs = ["全国"]  # 国内生产总值: the nation's, whatever place the article is about
        if "全国" in regs and scope == "region":
            scope = "national"
        slot = Slot(metrics, s, end, alias.text, alias.broad and not self.above_size_carried(s, metrics, alias.outright)
                    and not self.size_named(s, metrics), regs,
                    scope, kind, self.state.snapshot(), explicit_region=explicit)
        for name, applies in (("shared-head", len([m for m in metrics if m]) > len(alias.metrics)),
                              ("metric-list", len(alias.metrics) > 1),  # 城乡居民收入, 第二、三产业增加值
                              ("said-topic" if self.said else "topic-heading", e == 0 and surface == self.topic),
                              ("metric-anaphor", text[s:e] != surface and (L.METRIC_ANAPHOR.fullmatch(text, s, e)
                                                                            or L.RATE_ANAPHOR.match(text, s) is not None
                                                                            and L.RATE_ANAPHOR.match(text, s).end() == e)),
                              ("split-name", (s, e) in self.split_spans),
                              ("size-part", s < e and text[s:e] != surface and L.POPULATION.fullmatch(text, s, e) is not None),
                              ("ranked-place", s == e and s in self.ranked_at)):
            if applies:
                slot.add_rule(name)
        self.list_times(slot, s, end)
        if (len(regs) > 1 or len(metrics) > 1 or len(slot.periods) > 1 and self.figure_in_clause(end)) \
                and ((m := L.DISTRIBUTIVE.match(text, end)) and m.group("word") == "均"
                              or (m := L.EACH_AFTER.match(text, end)) and not any(w in m.group() for w in (",", "分别"))):
            slot.each = True  # 南湖区、秀洲区地区生产总值均增长5.7%, 五省的GDP增速都超过了10%: one figure for every place
            # (城乡居民人均可支配收入均增长6.2%: for each metric a name holds; 3月、4月…均增长20%: for each period)
        return slot

"""The records a sentence's rules build (slots, quantities, places in force), the state every rule module of the
sentence reads (:class:`SentenceBase`), and the small text tests they share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...base.regions import WORD_PATTERN, ancestor, display, home_tail, lookup, mask_names, names_in, zone_name, zone_spelling
from ...base.tables import REGION_WORDS, ZONES
from .. import lexicon as L
from ..clauses import SentenceText
from ..numbers import Amount
from ..periods import TIME, TimeExpr, may_hold_time
from ..timeline import DocState, Snap, TimeState
from ..tokens import GrowthTok, Rate, Token, ranking_title

_CLAUSE_SEP = re.compile(r"[,;:]")
_WORD_PREFIX = re.compile(r"^[^\u4e00-\u9fff]+|[^\u4e00-\u9fff]+$")  # what surrounds a prefix's words
_JOINERS = L.JOINERS  # what joins the items of a list (第一、三产业, 城镇与农村居民)


# 剔除留抵退税因素后, 扣除退税因素影响后, 除去疫情因素: a factor taken out of a figure's growth, no other thing
_FACTOR_ADJUSTED = re.compile(r"(?:剔除|扣除|除去|排除)[^,;。%\d]{1,12}?因素(?:影响)?后?,?")


def _other_things(words: str) -> bool:
    """Whether a clause's words before its rate name another thing than the figure before: a thing of
    a metric's kind that is no metric of ours (其中民间投资, lexicon.other_thing) or a sector (below); a factor
    taken out (剔除留抵退税因素后增长8.5%) is none: the figure's rate on a like basis.

    >>> _other_things("剔除留抵退税因素后"), _other_things("其中税收收入扣除退税因素后")
    (False, True)
    """
    words = _FACTOR_ADJUSTED.sub("", words)
    return L.other_thing(words) or _sector_words(words)


def _end_len(noun: str) -> int:
    """The length of the longest measure word of its own that ``noun`` ends with (游客量: 1, 旅游总收入: 2).

    >>> _end_len("游客量"), _end_len("旅游总收入"), _end_len("网上零售额")
    (1, 2, 3)
    """
    return max((len(w) for w in L.OWN_MEASURES if noun.endswith(w)), default=0)


def _other_measure(words: str) -> bool:
    """Whether the words between a period and its rate name a measure that is no metric or place of ours
    (four Chinese characters or more once brackets, fillers and the basis are taken out).

    >>> _other_measure("居民消费价格(CPI)同比"), _other_measure("同比"), _other_measure("累计实现"), _other_measure("两年平均")
    (True, False, False, False)
    >>> _other_measure("商品房销售面积"), _other_measure("全市地区生产总值"), _other_measure("全县居民消费价格")
    (True, False, True)
    """
    bare = L.BASIS_TAIL.sub("", re.sub(r"\([^()]*\)", "", words).strip()).strip()
    if (whole := WORD_PATTERN.match(bare)) is not None:
        bare = bare[whole.end():]  # 上半年全县居民消费价格上涨0.8%: the whole place's own other measure
    return len(bare) >= 4 and re.fullmatch("[\u4e00-\u9fff]+", bare) is not None and not L.GAP.fullmatch(bare) \
        and L.METRIC.search(bare) is None and next(names_in(bare), None) is None \
        and WORD_PATTERN.search(bare) is None and "平均" not in bare  # (两年平均: the metric's own average rate)


def _listed_things(words: str, k: int) -> bool:
    """Whether a clause's words before its ``k`` rates list ``k`` things that are no metric or place of
    ours, the metric glued to the last (冶金、食品、木业、机械产值分别增长a、b、c和d): each thing's rate.

    >>> _listed_things("冶金、食品、机械产值分别增长", 3), _listed_things("纺织和化工增加值分别增长", 2)
    (True, True)
    >>> _listed_things("规上工业、建筑业增加值分别增长", 2), _listed_things("第一、二产业增加值分别增长", 2)
    (False, False)
    >>> _listed_things("城镇、农村居民人均可支配收入分别增长", 2), _listed_things("冶金、食品产值分别增长", 3)
    (False, False)
    """
    items = [i.strip() for i in _ITEM_SPLIT.split(words.strip())]
    if len(items) != k or L.DISTRIBUTIVE_WORD.search(words) is None:
        return False
    last = L.METRIC.search(items[-1])
    return last is not None and last.start() >= 2 and all(2 <= len(i) <= 8 and not i.startswith("第") for i in items[:-1]) \
        and L.METRIC.search("、".join(items[:-1]) + "、" + items[-1][:last.start()]) is None \
        and WORD_PATTERN.search(words) is None and next(names_in(words), None) is None


def _sector_words(words: str) -> bool:
    """Whether a clause's words before its rate name a sector, product, class of firms or another
    scope (vocab/scope_words.csv, exclusions.csv: 限额以上, 镇) and no metric or place of ours
    (汽车类商品增速达15%, 装备制造业增长12.6%): that thing's rate.

    >>> _sector_words("金银珠宝类消费"), _sector_words("装备制造业"), _sector_words("限额以上单位网上零售")
    (True, True, True)
    >>> _sector_words("第一产业"), _sector_words("全市"), _sector_words("优享幸福品质分别"), _sector_words("不含农户)同比")
    (False, False, False, False)
    """
    words = words[words.rfind(")") + 1:]  # (固定资产投资(不含农户)同比增长: a bracket's aside is no subject)
    if words.startswith(("同比", "比上年", "较上年")):
        return False  # …239.8亿元，同比|项目建设跑出加速度|增长5.4%: the figure's rate, a heading run in
    return (L.SECTOR_MARK.search(words) is not None or L.SCOPE.search(words) is not None) \
        and L.METRIC.search(words) is None and WORD_PATTERN.search(words) is None \
        and next(names_in(words), None) is None \
        and L.DISTRIBUTIVE_WORD.search(words) is None  # (…分别增长9.1%和10.1%: the rates of the list before)
_ITEM_SPLIT = re.compile(r"、|和|及")
# 三区一县累计完成…, 全市3县共实现…: a set of places counted, opening its clause (海盐、嘉善两县: the places named)
# (五县(市), 四县(市、区): the kinds the set counts, in brackets; 其中三县…: the set a part of the total before;
# 山区26县, 我市东部五县, 20个山区海岛县: where the set lies)
_COUNTED_SET = re.compile(r"\s*(?:其中,?)?(?:全[省市县区]|我[省市])?(?:" + L.SET_AREA + r")?(?:[\d一二两三四五六七八九十]{1,2}个?(?:" + L.SET_AREA + r")?(?:县市区|县市|市县|区县|县区|城市|地|市|县|区|省)"
                          r"(?:\((?:[县市区旗]、?)+\))?)+(?:的|累计|共)?(?:实现|完成)?\s*$")
_YOY_OPENING = r"(?:同比|比上年同期|较上年同期|比上年|较上年)?"  # the basis words a rate may open with
_CUMULATIVE_OF = {"Q2": "H1", "Q3": "Q1-Q3", "Q4": "FY"}  # a quarter and the months from January to its end
_GDP_FAMILY = frozenset({"gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary"})
_GDP_PARTS = sorted(_GDP_FAMILY - {"gdp"})  # the three industries' value added, in order
_DISTRIBUTIVE = re.compile(r"分别|依次|均|各")  # 三次产业增加值分别为…: one figure per item, no sum


@dataclass(slots=True)
class Quantity:
    """An amount in a sentence (or another counted number)."""

    start: int
    end: int
    amount: Amount | None = None
    qualifier: str = ""
    role: str = "value"  # value | delta | baseline | threshold | target | other | held (a figure of a list's item that
    # is no metric of ours, counting things: 接待游客、社零分别达到1120万人次、…, holding the item's place)
    time: Snap = (None, None, False)
    growth: float | None = None
    has_growth: bool = False
    dated_start: bool = False  # 从2011年的1091.18亿元增加到…: the level a change started from, in a year of its own


@dataclass(slots=True)
class Slot:
    """A metric mention and what binds to it."""

    metrics: tuple[str, ...]
    start: int
    end: int
    alias: str
    broad: bool
    regions: list[str]
    scope: str
    kind: str
    time: Snap
    explicit_region: str = ""
    amounts: list[Quantity] = field(default_factory=list)
    growths: list[Rate] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    rule: str = "metric"  # the rules that built it (indicators.rules.grammar), joined by +
    each: bool = False  # 出口、进口均增长5%: one figure for every item
    years: list[int] = field(default_factory=list)  # 2022年、2023年…分别为: a year per figure

    def add_rule(self, name: str) -> None:
        """Record that rule ``name`` shaped this slot."""
        if name not in self.rule.split("+"):
            self.rule += "+" + name


@dataclass(slots=True)
class RegionItem:
    """平湖市(6.8%): a region name with its own figure, one item of a list."""

    name: str
    start: int
    end: int
    kind: str  # pct | amount
    fig: re.Match[str]  # an AMOUNT or a PERCENT match
    verb: str = ""  # 海盐县下降2.2%: the item's own growth word
    # the level's rate in brackets: after it (海盐398.2亿元(+6.1%)) or in its own (新罗区(607.87亿元 同比增长5.4%))
    rate: re.Match[str] | None = None
    rate_verb: str = ""  # the rate's growth word (下降: a fall)
    rate_inside: bool = False  # in the level's own brackets: a bare one (281.72亿元 5.6%) needs a growth word in the run
    shared: bool = False  # 桐乡均增长8.1%: the figure the places joined before it share




@dataclass(slots=True)
class Subject:
    """The places in force at a point of the sentence: the subject of the figures after them."""

    regions: list[str] = field(default_factory=list)
    start: int = -10  # where the first of them is printed
    end: int = -10  # where the last of them is printed
    until: int | None = None  # named inside brackets, the subject ends with them
    last_end: int = -1  # where the last place of any kind (a list's too) is printed


@dataclass(slots=True)
class CarriedScope:
    """A scope other than the region's (企业, 项目 …): it carries to the subject-less metrics
    after it through its clause group, or through its brackets (不含港区，…)."""

    scope: str = ""
    group: int = 0  # where its clause group starts
    until: int | None = None  # the end of its brackets
    subject: bool = False  # named as its clause group's subject (not after a verb: 完成社会…投资)
    metrics: tuple[str, ...] = ()  # the metrics of the slot that started it
    start: int = 0  # where the metric that started it begins

    def reset(self, group: int, pos: int) -> None:
        """End the scope where its brackets or its clause group end."""
        if self.until is not None and pos > self.until:
            self.scope, self.until = "", None
        if self.scope and group > self.group:
            self.scope = ""


@dataclass(slots=True)
class Open:
    """The phrase the next figure may join: the last metric's slot and where its figures end."""

    slot: Slot | None = None
    chain_end: int = 0  # where the slot's last figure ends
    growth_end: int = 0  # where the last growth phrase that went to it ends
    local_time: tuple[int, Snap] | None = None  # a comparison's own time (比2020年全年…), for the next amount
    pending: Quantity | None = None  # 以18.9亿的地方财政收入: an amount waiting for its metric
    listed: list[Quantity] = field(default_factory=list)  # 分别以512.3亿元、380.2亿元的GDP总量: the amounts listed
    # before the pending one, each in turn
    change_end: int = -1  # where a change set aside after the slot's levels ends (分别增加了13.2亿元和10.4亿元)
    span_slot: Slot | None = None  # 1978年…仅1.13亿元，2018年达到202.6亿元: the later level's slot, whose growth runs over the years


@lru_cache(maxsize=1 << 16)
def _whole_region_prefix(prefix: str) -> bool:
    """Whether the words before a metric leave it a whole-region aggregate (全市, 据统计, 平湖市)."""
    return L.PREFIX.fullmatch(mask_names(prefix, overlapped=True)) is not None and not _LEVEL_TIER.search(prefix)


# 区市一般公共预算收入: the tier of the districts and county-level cities below a city (their sum), no whole
# (not 各区市, 全市区市: every place's, or the whole's set)
_LEVEL_TIER = re.compile(r"(?<![全我本该各市\d两三四五六七八九十个])区市")


def _region_name(text: str, ds: DocState, prev: str = "") -> str:
    """The region a place word names: 全市 → the article's city, 经开区 → the zone of ``prev``."""
    if text in REGION_WORDS:
        if text.startswith("该") and text[-1] in ds.named:
            return ds.named[text[-1]]  # 该县: the county named last
        level = REGION_WORDS[text]
        if level == "district" and (home := ds.home_place) is not None and home.province.endswith("自治区") \
                and (home.level == "city" or home.level == "county" and not home.name.endswith("区")):
            level = "province"  # 银川…高于全区(6.5%): a prefecture's or a banner's 全区 is its autonomous region
        if level == "city" and ds.home_is_city and "市" in text:
            return ds.home  # 神木市…全市: a county-level city's 全市 is itself (its 全州, 全盟: the prefecture's)
        if ds.section_place and level in ("county", "district", "city") and text[-1] in "县区市" \
                and (sec := lookup(ds.section_place, ds.home)) is not None and sec.name.endswith(text[-1]):
            return ds.section_place  # 二、长兴县 / 全县实现…: the county its section heading names
        return "全国" if level == "nation" else ancestor(ds.home, level, ds.filed, text)
    if text in ZONES:
        return zone_name(text, prev or ds.home)
    if not prev and home_tail(text, ds.home):
        return ds.home  # 滨海新区 in an article about 绍兴滨海新区: the home zone, not Tianjin's (天津滨海新区 is)
    r = lookup(text, ds.home)
    if r is not None and ds.home_place is not None and r.name == ds.home_place.name:
        return ds.home  # 溧阳市 in the text, 溧阳 in the manifest: the article's own spelling of itself
    return display(r) if r else zone_spelling(text)  # 北京经济技术开发区: 北京经开区


def read_unparsed(ds: DocState, text: str) -> None:
    """What a sentence the engine does not parse (no metric of ours) leaves for the next: the
    populations it names (规上工业呈现…) and whether it led with a figure of its own (民营经济
    增加值122.6亿元…: then 其中… lists parts of that whole)."""
    ds.populations = populations_in(text)
    ds.unknown_total, ds.unparsed = False, text
    ds.said = text  # (its opening place is looked up only when a sentence after it is parsed)
    ranking_title(ds, text)


def populations_in(text: str) -> frozenset[str]:
    """The metrics whose population (规上工业, 规模以上企业) a text names.

    >>> sorted(populations_in("全市规上工业运行平稳")), populations_in("全市经济运行平稳")
    (['industrial_output', 'industrial_value_added'], frozenset())
    """
    if not all(map(text.__contains__, _POPULATION_CHARS)):
        return frozenset()  # (every population word holds these characters: most texts hold none, no scan)
    found = L.POPULATION.findall(text)  # most texts name none: then no set is built
    return frozenset().union(*map(L.POPULATIONS.__getitem__, found)) if found else frozenset()


_POPULATION_CHARS = "".join(sorted(frozenset.intersection(*map(frozenset, L.POPULATIONS))))  # 规, 业


def this_year_since(text: str, t: TimeExpr, e: int, ds: DocState) -> bool:
    """Whether the year ``t`` (ending at ``e``) opens a run to now in its own year: 2021年以来, 2021年初至今 in
    an article of March to December 2021 cover the months from January, as 今年以来 does.

    >>> from indicators.ingest.pubdate import parse_pub_date
    >>> from indicators.rules.periods import TIME, time_expr
    >>> def at(s, pub): m = TIME.search(s); return this_year_since(s, time_expr(m), m.end(), DocState(None, parse_pub_date(pub), "固安"))  # type: ignore[arg-type]
    >>> at("2021年以来,全县…", "2021-12-08"), at("2021年以来,全县…", "2022-01-20"), at("2020年以来", "2021-12-08")
    (True, False, False)
    """
    pub = ds.pub
    return pub is not None and t.kind == "time" and t.year == pub.year and (pub.month or 0) > 2 and not t.period \
        and L.SINCE_NOW.match(text, e) is not None


def remark_on_counted(lead: str) -> bool:
    """两县走势不同,…: a lead that only remarks on the places just counted (no figure of its own).

    >>> remark_on_counted("两县走势不同,"), remark_on_counted("两县合计增长5%,"), remark_on_counted("全市")
    (True, False, False)
    """
    return L.COUNTED_BACK_OPENING.match(lead.lstrip(" ,")) is not None and not any(map(str.isdigit, lead))


def start_in_passing(text: str, t: TimeExpr, e: int, ds: DocState) -> bool:
    """扭转了2015年以来…的局面, 为2016年以来最高: a year some way back named as a start, or as a
    history's event (1987年，地级威海市成立), with no amount or rate after it in its sentence: it moves
    nothing; nor does a plan's period (完成全年
    目标任务的27.5%).

    >>> from indicators.ingest.pubdate import parse_pub_date
    >>> from indicators.rules.periods import TIME, time_expr
    >>> ds = DocState(None, parse_pub_date("2017-08-11"), "陕西")  # type: ignore[arg-type]
    >>> def at(s): m = TIME.search(s); return start_in_passing(s, time_expr(m), m.end(), ds)
    >>> at("扭转了2015年以来增速回落的局面"), at("2015年以来,全县投资增长12%"), at("为2015年以来最高")
    (True, False, True)
    >>> at("完成全年目标任务的27.5%"), at("全年实现生产总值85亿元")
    (True, False)
    >>> at("1987年,地级威海市成立"), at("2010年,撤县设市后全市生产总值50亿元")  # a history's event
    (True, False)
    """
    if t.period and t.year is None and t.rel is None and L.PLAN_AFTER.match(text, e):
        return True
    return t.year is not None and ds.pub is not None and t.year < ds.pub.year - 1 \
        and (text.startswith("以来", e) or L.EVENT_LATER.match(text, e) is not None) \
        and not L.FIGURE_LATER.match(text, e)

# 7项主要经济指标, 3项指标: a count of indicators; 呈现三个特点, 四大亮点: a count of the remarks that follow
_INDICATOR_COUNT = re.compile(r"(?:主要)?(?:经济)?指标|(?:主要|明显|显著)?(?:特点|亮点|特征|方面|变化)")


def _counts_indicators(text: str, end: int) -> bool:
    """Whether the count ending at ``end`` counts indicators (3项指标; 7项主要经济指标中5项增速…), no total."""
    return _INDICATOR_COUNT.match(text, end) is not None or text[end - 1] == "项" and "指标" in text


def _item_index(items: list[str], offset: int) -> int:
    """Which of the 、-separated ``items`` holds character ``offset``."""
    for j, it in enumerate(items):
        if offset < len(it):
            return j
        offset -= len(it) + 1
    return len(items) - 1


def width(slot: Slot) -> int:
    """How many facts a slot stands for (metrics, regions or periods listed in it)."""
    n = max(len(slot.metrics), len(slot.regions), len(slot.periods), 1)
    values = sum(1 for q in slot.amounts if q.role == "value" and q.amount is not None)
    if n == 1 and len(slot.years) > 1 and len(slot.years) in (values, len(slot.growths)):
        return len(slot.years)  # 2022年、2023年…分别为52.1亿元和56.4亿元: one fact per year
    return n


_IN_TURN = re.compile(r"分别|依次")  # 分别为x、y: the figures go to the items in turn


def pick_amounts(slot: Slot, n: int, text: str = "") -> list[Quantity | None]:
    """The amount of each of a slot's ``n`` facts: exact values before bounds (突破千亿元，达1008.7亿元);
    one value of a list given in turn (A和B分别为x…, the rest cut off) is the first item's only; dated starting
    levels with no end joined (由2011年的1.24万亿元预计提高到…) are their own years' levels."""
    values = [q for q in slot.amounts if q.role == "value" and q.amount is not None or q.role == "held"] \
        or [q for q in slot.amounts if q.role == "baseline" and q.dated_start and q.amount is not None]
    if n > 1 and len(values) == 1 and _IN_TURN.search(text, slot.start, values[0].start) \
            and "均" not in text[slot.start:values[0].start]:
        return [values[0]] + [None] * (n - 1)
    if not values:
        return [None] * n
    exact = [q for q in values if not q.qualifier]
    if len(values) == n:
        return list(values)
    if exact and len(exact) == n:
        return list(exact)
    if n == 1 and len(exact) > 1 and (len(exact) == len(slot.growths) or all(q.has_growth for q in exact)):
        return [None]  # 欧盟、东盟、美国为…市场，分别进出口a、b、c，增长x、y、z: a paired list of items not ours
    if n == 1:
        if exact:
            return [exact[0]]
        over = [q for q in values if q.qualifier == "over"]
        if over:
            return [max(over, key=lambda q: q.amount.value_base)]  # type: ignore[union-attr]
        return [min(values, key=lambda q: q.amount.value_base)]  # type: ignore[union-attr]
    if len(values) == 1 and not slot.each and not values[0].qualifier and len(set(slot.regions)) == n:
        return [None] * n  # 黔东南、黔南和黔西南3个州地区生产总值达895亿元, 海宁、桐乡两市GDP合计1100亿元: the places'
        # joint total, no place's own level (not 均: 两县GDP均为…)
    return [values[0]] * n if len(values) == 1 else [None] * n  # 均突破2亿美元: one value for every item


class SentenceBase(SentenceText):
    """What one sentence holds while the grammar reads it: its tokens, the discourse state of its
    document, what is in force (subject, carried scope, open phrase) and the slots built so far.
    :class:`indicators.rules.sentence.core.Sentence` sets these; each concern's steps read them."""

    ds: DocState  # the document's state: home region, time, names, the metric named last …
    state: TimeState  # the time in force
    prev_kind: str  # the kind of the sentence before
    prev: Slot | None  # the last slot of the sentence before, when it gave facts
    whole: Slot | None  # the whole whose parts the sentence before gave (…生产总值…。其中，第一产业…;第三产业…)
    topic: str  # the metric a heading named, for a sentence that names none
    toks: list[Token]
    split_spans: frozenset[tuple[int, int]]  # metric names a verb split, read as one
    ranked_at: frozenset[int]  # where a ranking title's metric stands before a place's figure
    times: list[tuple[int, int]]
    aside_period: str | None
    before_plan_date: TimeState | None
    period_toks: list[tuple[int, int, TimeExpr]]
    amount_spans: list[tuple[int, int]]
    figure_starts: list[int]
    figure_ends: list[int]
    basis_spans: set[tuple[int, int]]
    cut_spans: list[tuple[int, int]]
    slots: list[Slot]
    receivers: list[Slot | Quantity]
    orphan_growths: list[GrowthTok]
    earlier_rates: list[tuple[GrowthTok, Snap]]  # 继一季度增长21.4%之后，…: rates waiting for the metric after their frame
    other_measure_rates: bool
    unpaired_rates: list[GrowthTok]
    region_mentions: list[str]
    places_named: list[tuple[int, str]]
    zone_only: set[str]
    item_runs: list[list[RegionItem]]
    subject: Subject
    carried: CarriedScope
    open: Open
    aside_time: tuple[int, TimeState] | None
    fired: list[tuple[str, int, int]]
    body: int
    plan_named: bool | None

    def counted_set_figure(self, base: Slot) -> bool:
        """Whether ``base`` is a subset's figure whose subset is a set of places counted before its metric in its
        clause (三区一县累计完成…, 全市7个县(市、区)GDP合计增长…: the 、 in the kinds' brackets opens no clause): the
        places named after it are that set's members, each a whole region."""
        if base.scope != "subset":
            return False
        cs = self.past_bracket(self.clause_start(base.start), base.start)
        words = self.text[cs:base.start]
        return _COUNTED_SET.match(TIME.sub("", words) if may_hold_time(words) else words) is not None

    def past_metric_note(self, pos: int, end: int | None = None) -> int:
        """Where the words after a metric ending at ``pos`` go on: past the note in brackets on what the
        metric covers (固定资产投资(不含农户)和…, no figure in it; lexicon.METRIC_NOTE), else ``pos``."""
        note = L.METRIC_NOTE.match(self.text, pos, len(self.text) if end is None else end)
        return note.end() if note else pos

"""One sentence read by the grammar: the discourse state in force at each token, the step each
rule of :mod:`indicators.rules.grammar` builds with, and the slots built.

A *slot* is one metric mention with what binds to it in its sentence: the amounts that
follow it, the growth rates, the subject region(s), the time, the scope and the kind.
:mod:`indicators.facts.extract` turns slots into facts.  What is in force as the tokens are read
is three small records with explicit end points: the :class:`Subject` (places), a
:class:`CarriedScope` (企业, 项目 … until its clause group or brackets end) and the :class:`Open`
phrase (the slot the next figure may join).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..base.gates import edges, holds_any, needs
from ..base.regions import (WORD_PATTERN, ancestor, display, ends_with_name, lookup, mask_names, names_in,
                            zone_name, zone_of)
from ..base.tables import ALIASES, FILLERS, MEDIA_ENDS, METRICS, PLAN_WORDS, QUALIFIERS, REGION_WORDS, SCOPE_WORDS, ZONES, Region
from . import lexicon as L
from .clauses import SentenceText
from .numbers import AMOUNT, PERCENT, Amount, amount_from_match, percent_value
from .periods import TIME, TimeExpr, canonical_period, may_hold_time, period_end_month, time_expr
from .timeline import COMPARISON_LAST, DocState, Snap, TimeState, apply_time, compared_time, resolve_time
from .tokens import GrowthTok, Rate, Token, ranking_title, tokenize

_AFTER_DIGITS = re.compile(r"[0-9A-Za-z](?P<rest>[^0-9A-Za-z]*)\Z")  # what follows the last ASCII word
_WORD_END = re.compile(r"(" + WORD_PATTERN.pattern + r")$")
_CLAUSE_SEP = re.compile(r"[,;:]")
_PERIOD_LIST_JOIN = re.compile(r"[,、](?:再?到|和|及)?|(?:再?到|和|及)")  # 增速5.2%，到上半年的…、前三季度的…
_COMPARED_BRACKET = re.compile("(?:" + WORD_PATTERN.pattern + r"|[\u4e00-\u9fff]{2,4}?[省市县区])(?:平均)?(?:为|是|达|:)?")
_FIRM_AFTER = re.compile(r"[^,;:。\d%、和与及]{0,16}?(?:" + L.FIRM_END + ")")  # a place inside a company's name
_FIRM_OPENING = re.compile(r"(?:^|[,:])(?:[^,;:。\d%]{0,8}?[,])?[\u4e00-\u9fff]{2,20}?(?:" + L.FIRM_END + ")")
# (记者 李某 通讯员 王某), (嘉兴日报记者 胡某), (胡某某): a byline before the text, a paper's name before its
# role (a prefix may start inside its bracket)
_BYLINE = re.compile(r"(?:\(|^)(?:(?:[\u4e00-\u9fff]{2,6}?(?:" + "|".join(MEDIA_ENDS)
                     + r"))?(?:记者|通讯员|实习生|特约记者|本报记者)[^()\d]{0,14}"
                     r"|(?![^)]*[市县区])[\u4e00-\u9fff]{2,3}(?=\)[^()]*$))\)")
_DATELINE = re.compile(r"[^,;。]*?\d{1,2}月\d{1,2}日电")  # 新华社长沙4月20日电: a news dateline
_OWN_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|‰|[万亿]?元|[万亿]?美元)")  # a figure, not a count (8个省份)
# 稳进提质开好局, 主基调--稳 运行总体平稳: a headline (its lines run together) run into its sentence
_HEADLINE = re.compile(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[\u4e00-\u9fff]+(?:[-—–·\s]+[\u4e00-\u9fff]+)*")
_NO_DATA = re.compile(r"\((?:数据)?(?:暂缺|暂无|未公布|待公布|缺失)(?:数据)?\)")  # 包头(数据暂缺): no figure given
_TOP_N = re.compile(r"[前后]\d{1,2}(?:位|名|强)?|第?\d{1,2}(?:-|~|至|到)第?\d{1,2}(?:位|名)")  # 居前3位的, 排名前5位的,
# 前3名, 排名4-8名的, 第4至8位的: the first N of a ranking, or a band of its places
# GDP在1000至2000亿元的有5座城市:, 在500亿元到1000亿元之间的有3个县: the band and the count a list of places
# is introduced by, no figure of the metric before it
_BAND_COUNT = re.compile(r"(?:在|位于|介于)\d+(?:\.\d+)?(?:万亿|亿)?元?(?:至|到|-|~)\d+(?:\.\d+)?(?:万亿|亿)元?(?:之间)?"
                         r"的?(?:有|共有)?[\d一二两三四五六七八九十]{1,2}(?:座|个)?(?:城市|县市|区县|县|市|区)?")
# 汽摩、电子…和消费品五大支柱产业产值: the items listed before are summed up by a counted head noun,
# whose figure the metric word ends (no item of a list of metrics)
_COUNTED_HEAD = re.compile(r"[两二三四五六七八九十\d]{1,2}(?:大|个|类|项)[\u4e00-\u9fff]{1,8}$")
_PAIRED_AFTER = re.compile(r"(?:则|也|还|又)?(?:依次|分别)")  # 华阴市、华州区依次为…, 柳州和桂林则分别以…: the list's figures follow in order
_WORD_PREFIX = re.compile(r"^[^\u4e00-\u9fff]+|[^\u4e00-\u9fff]+$")  # what surrounds a prefix's words
_JOINERS = "、和与及"  # what joins the items of a list (第一、三产业, 城镇与农村居民)
_SHARE_BEFORE = re.compile(r"占[^,;:。%]{0,12}$")  # 占据主导:1-4月份…: a colon ends the share
_INNER = re.compile(r"\((?P<inner>[^()]{1,16}?)(?:[,、]?以?下同)?\)")  # (GDP), (GDP,下同): the short name
_BOUND_AFTER = re.compile(r"(?:超过|超|突破|逾)" + AMOUNT.pattern)  # 出口超300亿元(的城市)
_CUMULATIVE_OF = {"Q2": "H1", "Q3": "Q1-Q3", "Q4": "FY"}  # a quarter and the months from January to its end
_PERIOD_BEFORE = {"H1": "Q1", "Q1-Q3": "H1", "FY": "Q1-Q3"}  # the cumulative period before it
_COMPARED = re.compile(r"(?:比|较)")  # 比上半年高, 较1-6月回升: the period a rate is compared with follows
_SINGLE_QUARTER = re.compile(r"分季度|其中|单季|当季")  # 分季度看，一季度…，二季度…: quarters of their own
# 第二季度GDP累计增长…: a rate from January to the quarter's end (not 二季度累计完成…, a verb's spelling)
_RUN_TOTAL = re.compile(r"[^,;:。\d%累]{0,12}累计(?:同比|比上年)?(?:增长|下降|增速|增幅|回落)")
_QIZHONG_END = re.compile(r"其中[,:]?\s*$")
_SHARED_RANK = re.compile(r"(?:的(?:增速|增幅|增长率|增长速度))?(?:并列|同居|同列)")  # 以8%的增速并列第2位: the places tie


def _other_things(words: str) -> bool:
    """Whether a clause's words before its rate name another thing than the figure before: a thing of
    a metric's kind that is no metric of ours (其中民间投资, lexicon.other_thing) or a sector (below)."""
    return L.other_thing(words) or _sector_words(words)


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
_QUALIFIERS_BEFORE = sorted(((w, q) for w, (q, pos) in QUALIFIERS.items() if pos == "before"),
                            key=lambda wq: -len(wq[0]))  # longest first: 超过 before 超
_QUALIFIER_WORDS = tuple(w for w, _ in _QUALIFIERS_BEFORE)
_PLACE_KIND = re.compile(r"(?:行政区|县市区|县市|县区|区县|市县|地区|县|市|区|省)?")  # 三个行政区: what is counted
_COUNTED_PLACES = re.compile(r"(?<![\d.等])\d{1,2}(?:市|县|区|省)的?$")  # not 潍坊、…、临沂等4市的: the places named
# 三区一县累计完成…, 全市3县共实现…: a set of places counted, opening its clause (海盐、嘉善两县: the places named)
_COUNTED_SET = re.compile(r"\s*(?:全[省市县区])?(?:[\d一二两三四五六七八九十]{1,2}(?:市|县|区|省))+(?:的|累计|共)?(?:实现|完成)?\s*$")
_ASIDE = re.compile(r"\([^()]{1,20}\)")
_SET_NOUN_BRACKET = re.compile(r"(?<=[县市区旗])\((?:[县市区旗]、?)+\)")  # 县(市、区), 县(市): the set noun's kinds
_GROUP_END = re.compile(r"[;。]")  # where a clause group ends
_YOY_OPENING = r"(?:同比|比上年同期|较上年同期|比上年|较上年)?"  # the basis words a rate may open with
_PLACES_TO_RATES = re.compile(r"\s*(?:分别|依次|均|都)?\s*" + _YOY_OPENING + r"\s*")  # 其中，A、B分别增长a、b
_BARE_GROWTH_OPENING = re.compile(r"\s*" + L.PRICE_BASIS + "其?" + _YOY_OPENING)  # ；同比增长5.5%, ；其增速为5.5%, ；按可比价格计算，增长5.5%
_NOT_RECEIVER = frozenset({"delta", "target", "baseline", "threshold", "share"})
_GDP_FAMILY = frozenset({"gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary"})
_GDP_PARTS = sorted(_GDP_FAMILY - {"gdp"})  # the three industries' value added, in order
# 服务业加快发展,消费品零售总额达232亿元: measures of the whole region no sector named before them in the sentence
# splits (the output and the three industries; consumption, public revenue, incomes)
_WHOLE_MEASURES = _GDP_FAMILY | {"retail_sales", "fiscal_revenue_total", "fiscal_revenue_general", "income_pc",
                                 "income_urban_pc", "income_rural_pc"}
# 民间投资、工业投资; 在民间投资中，工业投资…: an exclusion word of an item listed before the metric, or of
# the frame it is named in, is not the metric's
_OTHER_ITEM = re.compile(r"、|中\s*[,:]")
# 剔除核电价格不可比因素, 扣除价格因素: a factor taken out of the rate (an adjustment), not a part left out
_ADJUSTMENT = re.compile(r"[^,;:。\d]{0,12}?因素")
_DISTRIBUTIVE = re.compile(r"分别|依次|均|各")  # 三次产业增加值分别为…: one figure per item, no sum
_SIGNED = frozenset({"signed_projects_count", "signed_projects_investment"})

_POINTS_NEXT = re.compile(r"\s*(?:\d+(?:\.\d+)?个?百分点|的?贡献)")  # (增长)5个百分点, (增长)贡献率: a pull or a share, no rate
_QUARTER_RUN = ("Q1", "H1", "Q1-Q3", "FY")  # the cumulative periods a year's quarters end
_QUARTER_AT = {"Q1": 0, "Q2": 1, "H1": 1, "Q3": 2, "Q1-Q3": 2, "Q4": 3}  # 三季度以来: from the third on
_FIRMS_COUNTED = re.compile(r"(?:企业|公司)\s*(?:有|达)?\s*\d+\s*家\s*,\s*\Z")  # …产业企业9家, (before a clause)
_COMPARED_PREFIX = re.compile(r"[,\s]*(?:也|还|并|且|均)?(?:比|较)(?:上年|去年)?(?:同期)?的")  # 也比2019年一季度的…
_OWN_FIGURE_NEXT = re.compile(r"[-+]?\d")  # a place printed right before a figure of its own
_LATE_OWN_FIGURE = re.compile(r",(?:仅为?|只有|为|达到?|高达|增长|下降)[-+]?\d")  # 增速最慢的是五指山市，仅3.0%

__all__ = ["GrowthTok", "Quantity", "Rate", "Sentence", "Slot", "Token"]


_PARTS = {"trade_total": frozenset({"exports", "imports"})}  # a whole and the metrics that are its parts


def _part_of(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part``'s metrics are ``whole``'s or parts of it (出口 of 进出口)."""
    return bool(set(part) & set(whole)) or any(set(part) <= _PARTS.get(m, frozenset()) for m in whole)


def _below_nation(text: str, end: int) -> bool:
    """Whether the level right after a metric (国内生产总值133亿元, …完成36.7亿元) is far below the
    nation's (under a trillion yuan): the region's, as older texts name its GDP (由“八五”期末的833亿元增加到…:
    a starting level's time may stand between)."""
    for m in AMOUNT.finditer(text, end, end + 16):
        a = amount_from_match(m) if not PERCENT.match(text, m.start()) else None
        if a is not None or PERCENT.match(text, m.start()):  # (八五 of “八五”期末: no amount, read on)
            return a is not None and a.base_unit == "CNY" and a.value_base < 1e12
    return False


@dataclass(slots=True)
class Quantity:
    """An amount in a sentence (or another counted number)."""

    start: int
    end: int
    amount: Amount | None = None
    qualifier: str = ""
    role: str = "value"  # value | delta | baseline | threshold | target | other
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
    change_end: int = -1  # where a change set aside after the slot's levels ends (分别增加了13.2亿元和10.4亿元)


@lru_cache(maxsize=1 << 16)
def _whole_region_prefix(prefix: str) -> bool:
    """Whether the words before a metric leave it a whole-region aggregate (全市, 据统计, 平湖市)."""
    return L.PREFIX.fullmatch(mask_names(prefix, overlapped=True)) is not None


def _region_name(text: str, ds: DocState, prev: str = "") -> str:
    """The region a place word names: 全市 → the article's city, 经开区 → the zone of ``prev``."""
    if text in REGION_WORDS:
        if text.startswith("该") and text[-1] in ds.named:
            return ds.named[text[-1]]  # 该县: the county named last
        level = REGION_WORDS[text]
        if level == "district" and (home := ds.home_place) is not None and home.province.endswith("自治区") \
                and (home.level == "city" or home.level == "county" and not home.name.endswith("区")):
            level = "province"  # 银川…高于全区(6.5%): a prefecture's or a banner's 全区 is its autonomous region
        if level == "city" and ds.home_is_city:
            return ds.home  # 神木市…全市: a county-level city's 全市 is itself
        return "全国" if level == "nation" else ancestor(ds.home, level)
    if text in ZONES:
        return zone_name(text, prev or ds.home)
    r = lookup(text, ds.home)
    if r is not None and ds.home_place is not None and r.name == ds.home_place.name:
        return ds.home  # 溧阳市 in the text, 溧阳 in the manifest: the article's own spelling of itself
    return display(r) if r else text




def _unnoted(prefix: str) -> str:
    """The words before a metric without a set's places in brackets (三县(仙居、天台和三门): the set,
    counted) or a note of what a place's figure covers (惠安县(含台商投资区)), also when the clause
    opened inside the note."""
    if "(" in prefix:
        prefix = _SET_NOUN_BRACKET.sub("", prefix)  # 全市10个县(市、区): the kinds of place a set counts
        prefix = L.SET_NAMED_WHOLE.sub(r"\g<count>", prefix)  # 南部三县(宁海…): the words placing the set too
        return L.INCLUSION_NOTE.sub("", prefix) if any(w in prefix for w in L.INCLUSION_OPENS) else prefix
    note = L.INCLUSION_REST.match(prefix) if ")" in prefix else None
    return prefix[note.end():] if note else prefix


def _named_last(prefix: str) -> re.Match[str] | None:
    """The metric name ``prefix`` ends with, if any."""
    last = None
    for last in L.METRIC.finditer(prefix):
        pass
    return last if last is not None and last.end() == len(prefix) else None


def _object_of_region(clause: str, at: int) -> bool:
    """Whether the sector word at ``at`` follows a whole-region word with a verb between: the region
    is the clause's subject and the sector its object (全县聚焦装备制造业, not 全市房地产业, 全县的工业).

    >>> _object_of_region("全区力抓制造业高质量发展", 4), _object_of_region("全市房地产业持续回暖", 2)
    (True, False)
    """
    words = list(WORD_PATTERN.finditer(clause, 0, at))
    return bool(words) and bool(clause[words[-1].end():at].strip(" 的"))


_LEAD_WORDS = frozenset(["", *(w for w, role in FILLERS.items() if role == "connector")])  # 另外, 此外, 而 …


def _foreign_after(prev: str, word: str) -> bool:
    """Whether a place word right after a place names no place in it (嘉兴滨海新区: Tianjin has the
    district; 上海普陀, 浙江嘉兴: places in the one before).

    >>> _foreign_after("嘉兴", "滨海新区"), _foreign_after("上海", "普陀"), _foreign_after("浙江", "嘉兴")
    (True, False, False)
    """
    outer, inner = lookup(prev), lookup(word, prev)
    return outer is not None and inner is not None and outer.level in ("city", "province") \
        and outer.name not in (inner.parent, inner.province) and inner.name != outer.name


class Sentence(SentenceText):
    """One sentence: its tokens, what is in force as the grammar reads them, the slots built.

    The grammar (:data:`indicators.rules.grammar.GRAMMAR`) calls the steps below through its rule
    records; each step gets the matched tokens' indexes and returns how many tokens it took."""

    def __init__(self, text: str, ds: DocState, state: TimeState, prev_kind: str, topic: str = "",
                 prev: Slot | None = None) -> None:
        super().__init__(text)
        self.ds, self.state, self.prev_kind = ds, state, prev_kind
        self.prev = prev  # the last slot of the sentence before, when it gave facts (其中，德清县增长9.1%)
        self.topic = topic  # (一)固定资产投资。: the metric a heading named, for a sentence that names none
        found = tokenize(self, ds, topic)
        self.toks, self.split_spans, self.ranked_at = found.toks, found.split_spans, found.ranked_at
        self.times: list[tuple[int, int]] = []
        self.aside_period: str | None = None  # the period in force before a 当月 (the sentence's aside)
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
        self.region_mentions: list[str] = []
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

    def compares_with(self, period: str, e: int) -> bool:
        """Whether the sentence after ``e`` compares with ``period``, in any spelling of it (比上半年,
        较1-6月, 比1至6月份)."""
        for m in _COMPARED.finditer(self.text, e):
            t = time_expr(tm) if (tm := TIME.match(self.text, m.end())) else None
            if t is not None and t.year is None and t.period and canonical_period(t.period) == period:
                return True
        return False

    def opens_with_verb(self) -> bool:
        """Whether the sentence opens with a bare verb (累计实现…, 完成…): it names no subject of its
        own.  One that opens with a time (前11个月，完成固定资产投资…) is a statement of its own."""
        at = _OPENING_PUNCT.match(self.text, 0).end()  # type: ignore[union-attr]
        return L.VERB_OPENING.match(self.text, at) is not None

    def headline_end(self) -> int:
        """稳进提质开好局 一季度GDP增长6.1%: a headline run into its sentence (the line break or space
        between them lost): four or more Chinese characters that open the sentence, up to the last
        of its leading times, naming no place, scope, sector or population.  Where the sentence
        proper starts (0 when no headline opens it)."""
        k = 0
        while k < len(self.toks) and self.toks[k].kind == "time":
            k += 1
        if k == 0:
            return 0
        start = self.toks[k - 1].start
        head = self.text[:self.toks[0].start]  # 主基调--稳运行总体平稳从2018年一季度…: before the first time
        if start < 4 or not _HEADLINE.fullmatch(head) or L.SCOPE.search(head) or L.SECTOR_MARK.search(head) \
                or L.POPULATION.search(head):
            return 0
        return start

    # -- the grammar's steps -----------------------------------------------------
    def on_time(self, i: int, j: int) -> int:
        """A time moves the sentence's time, unless it is a comparison's own (比2020年, 从2023年的,
        是2015年的1.5倍), the level of a year before (去年同期为…) or a plan's period (年度预算)."""
        self.leave_aside_time(self.toks[i].start)
        text, ds, state, o = self.text, self.ds, self.state, self.open
        s, e, _, val = self.toks[i]
        if val.kind == "basis" and (level := L.BASIS_LEVEL.match(text, s)):  # type: ignore[attr-defined]
            year, period, _ = resolve_time(state.snapshot(), ds)  # 去年同期为364.4亿元
            if year is not None and period:
                o.local_time = (level.end(), (year - 1, period, 0))
            return 1
        if (base := L.CHANGE_BASE.match(text, s)) and ds.yoy_at < 0:
            ds.span_base = int(base.group("year"))  # 与2002年相比,增加453亿元。财政总收入由44.4亿元增加到…
        if compared_time(text, s, e) or self.compared_after_place(i) or (
                o.local_time and (s == o.local_time[0] or L.LIST_JOIN.fullmatch(text[o.local_time[0]:s]))):
            if o.local_time and s - o.local_time[0] <= 1:  # 2020年全年: one time in two tokens
                local = TimeState(o.local_time[1][0], o.local_time[1][1], 0, False)
            else:
                local = state.copy()
            apply_time(local, val, ds)  # type: ignore[arg-type]
            if text.startswith(("上年", "上一年"), s) and state.year is not None and val.rel == -1:  # type: ignore[attr-defined]
                local.year = state.year - 1  # 2011年,…从上年的80亿元增加到95亿元: the year before the one in force
            o.local_time = (e, local.snapshot())
            return 1
        if val.period and val.year is None and val.rel is None and L.PLAN_AFTER.match(text, e):  # type: ignore[attr-defined]
            return 1  # 完成年度预算的31.7%: the period of a plan, not of the figures around it
        if start_in_passing(text, val, e, ds):  # type: ignore[arg-type]
            return 1  # 扭转了2015年以来…的局面
        if val.kind == "month_of" and self.aside_period is None:  # type: ignore[attr-defined]
            self.aside_period = state.period
        if val.year is not None or val.rel is not None:  # type: ignore[attr-defined]
            ds.span_base = None  # 2023年，…增长8.3%: a year named again ends a base year's run
        if (cumulative := self.cumulative_quarter(val, s, e)) is not None:  # type: ignore[arg-type]
            val = TimeExpr(period=cumulative)  # 二季度全县地区生产总值为…: the months from January
        if state.year is not None and state.year == ds.past_year and self.this_years_period(i, val):  # type: ignore[arg-type]
            state.year, ds.past_year = ds.pub.year, None  # type: ignore[union-attr]
        self.enter_aside_time(i)
        apply_time(state, val, ds)  # type: ignore[arg-type]
        if o.slot is not None and not o.slot.amounts and not o.slot.growths:
            o.slot.time = state.snapshot()
        return 1

    def compared_after_place(self, i: int) -> bool:
        """Whether the time at token ``i`` follows a place that a comparison word opens (也比湖北省2019年
        一季度的…高, 较全省2020年同期…): the comparison's time, which moves nothing."""
        if i == 0 or self.toks[i - 1].kind != "region" or self.toks[i - 1].end != self.toks[i].start:
            return False
        ps = self.toks[i - 1].start
        m = L.COMPARISON_END.search(self.text, max(0, ps - 3), ps)
        if m is not None and m.group() in L.LIST_JOIN_WORDS and i >= 2 and self.toks[i - 2].kind == "region" \
                and self.toks[i - 2].end == m.start():
            return False  # 相城区和姑苏区2023年GDP总量…: a list of places, no comparison
        return m is not None

    def enter_aside_time(self, i: int) -> None:
        """…增长6.8%(经最终核实,2022年GDP现价总量为…)。: a time named in brackets after the sentence's
        figures holds inside them only; keep the time in force before it, for after the brackets."""
        s = self.toks[i].start
        ps, pe = self.brackets_at(s)
        if ps is not None and pe is not None and self.aside_time is None \
                and any(t.kind in ("amount", "growth") and t.end <= ps for t in self.toks[:i]):
            self.aside_time = (pe, self.state.copy())

    def leave_aside_time(self, pos: int) -> None:
        """Past the brackets of an aside's time, the time in force before it holds again."""
        if self.aside_time is not None and pos >= self.aside_time[0]:
            before, st = self.aside_time[1], self.state
            st.year, st.period, st.span, st.ytd = before.year, before.period, before.span, before.ytd
            self.aside_time = None

    def this_years_period(self, i: int, val: TimeExpr) -> bool:
        """常州去年实现地区生产总值9550亿元…。一季度，该市实现…: a period named alone, opening a sentence
        after one whose year was 去年, is the publication year's when that period is over by then (not
        a part of last year: 其中一季度…)."""
        pub = self.ds.pub
        return val.period is not None and val.year is None and val.rel is None and pub is not None \
            and not any(t.kind == "time" for t in self.toks[:i]) and not L.PARTS_START.match(self.text) \
            and period_end_month(val.period) <= pub.month

    def on_region(self, i: int, j: int) -> int:
        """A place: the subject of what follows (a list of places when joined), unless it is compared
        with (高于全省, 全市第二)."""
        text, ds, sub = self.text, self.ds, self.subject
        s, e, _, val = self.toks[i]
        in_list = bool(sub.regions) and bool(L.LIST_JOIN.fullmatch(text[sub.end:s]))
        if val in L.BOUND_WORDS and (any(b == s for b in self.figure_ends) or text[s - 1:s] in L.BOUND_UNIT_END):
            return 1  # 突破千亿元大关, 突破亿元大关: a bound after its figure or unit, not the county 大关
        if _FIRM_AFTER.match(text, e):
            return 1  # 浙江某某新材料股份有限公司: a place in a company's name is no subject
        if L.DATELINE_AFTER.match(text, e):
            return 1  # 中新网乌鲁木齐4月23日电: the place a report was filed from is no subject
        rank = L.RANK_AFTER.match(text, e)
        ranked = rank is not None and (val in REGION_WORDS or not self.ranks_itself(s, rank.end())) or (
            val in REGION_WORDS and (L.FIELD_RANKED.match(text, e) or L.FIELD_AMONG.match(text, e)) is not None)
        if not in_list and (text[s - 1:s] in COMPARISON_LAST and L.COMPARISON_END.search(text[max(0, s - 3):s]) or ranked
                            or L.CENSUS_AFTER.match(text, e)
                            or L.COMPARED_RANKED.search(text, max(0, s - 16), s)) or self.listed_compared(i):
            return 1
        if sub.regions and text[sub.end:s] == "是" and L.RANKED_WITHIN.match(text, e):
            return 1  # 温岭市是台州…最为接近百亿的区县: the place 温岭 is ranked within, no subject
        if val.startswith("该"):  # type: ignore[attr-defined]
            before = ds.text[max(0, ds.pos - 1000):ds.pos] + text[:s]
            for _, named in names_in(before):  # 德清县招商成效明显，…该县: the places named before it
                name_place(ds, named)
        prev = sub.regions[-1] if sub.regions and s == sub.end else ""
        if prev and val in REGION_WORDS:
            sub.end = e  # 嘉兴全市: the name says which 全市
            return 1
        if prev and val not in ZONES and _foreign_after(prev, val):  # type: ignore[arg-type]
            sub.regions[-1] = prev + val  # 嘉兴滨海新区: a zone of 嘉兴 named like Tianjin's district
            sub.end = sub.last_end = e
            self.zone_only.add(prev + val)  # (a region only when listed among districts)
            return 1
        name = self.place_word(val, s, prev)  # type: ignore[arg-type]
        if val in ZONES and prev:
            sub.regions[-1] = name
        elif in_list:
            sub.regions.append(name)
        else:
            sub.regions, sub.start = [name], s
        sub.end = sub.last_end = e
        sub.until = self.bracket_end(s)
        if text.endswith("同期", 0, s) and (group_end := _GROUP_END.search(text, e)) is not None:
            sub.until = group_end.start()  # 同期全国整体出口增长24%；进口总值…: the compared place's group only
        if val not in REGION_WORDS:
            self.region_mentions.append(name)
        self.subject_after(s, e, name, val)  # type: ignore[arg-type]
        self.framed_subject(s, e, name, val)  # type: ignore[arg-type]
        if val in ZONES or zone_of(val):  # type: ignore[arg-type]
            self.zone_only.add(name)  # a zone is a region only when listed among districts
        return 1

    def above_size_carried(self, s: int, metrics: tuple[str, ...]) -> bool:
        """规模以上工业企业实现工业总产值1980亿元…；实现工业增加值604亿元: a whole-industry name opening
        its clause with a bare verb, right after the sentence's above-size (not broad) figure of
        industry, is the above-size one (the same firms' second figure); not when the sentence named
        the whole industry's first (全县工业总产值…；规模以上工业完成产值…；实现工业增加值…: the whole's)."""
        prev = self.slots[-1] if self.slots else None
        return prev is not None and not prev.broad and set(metrics) <= _INDUSTRY \
            and bool(set(prev.metrics) & _INDUSTRY) \
            and L.VERB_OPENING.fullmatch(self.text, self.clause_start(s), s) is not None \
            and not any(sl.broad and set(sl.metrics) & _INDUSTRY for sl in self.slots)  # (not after the whole's own)

    def listed_compared(self, i: int) -> bool:
        """高于全国、全省1个、0.2个百分点: a place listed after a place compared with is compared too
        (joined by 、/和, not a comma: 低于全省，德清县… names a new subject)."""
        s, k = self.toks[i].start, i - 1
        while k >= 0 and self.toks[k].kind == "region" and _LISTED.fullmatch(self.text[self.toks[k].end:s]):
            s, k = self.toks[k].start, k - 1
            if L.COMPARISON_END.search(self.text[max(0, s - 3):s]):
                return True
        return False

    def framed_subject(self, s: int, e: int, name: str, word: str) -> None:
        """在规模以上工业增加值指标上，原阳县同比增长13.8%: after a metric framed as the topic
        (在…指标上, 在…方面), a place opening the next clause is the subject of the figures after it."""
        slot, text = self.open.slot, self.text
        if slot is None or slot.amounts or slot.growths or slot.explicit_region or len(slot.metrics) != 1:
            return
        framed = L.METRIC_FRAME_END.fullmatch(text, slot.end, s) and L.METRIC_FRAME_OPEN.search(
            text, self.clause_start(slot.start), slot.start)
        ranked = L.RANKED_PLACE_BEFORE.search(text, max(0, s - 10), s) and self.group_start(slot.end) == self.group_start(s) \
            and not any(slot.end <= f < s for f in self.figure_starts)  # 排在第一名的长垣市增速…
        if framed or ranked or self.topic_clause(slot, s):
            slot.regions, slot.explicit_region, slot.scope = [name], word, "region"
            self.open.chain_end = e  # its figures follow the place (桐乡市完成58.2亿元)

    def topic_clause(self, slot: Slot, s: int) -> bool:
        """工业用电量，我市1至8月实现…; 作为“晴雨表”的工业用电量，全市…: a metric that is its clause
        alone (maybe with a time or words that describe it), then a place opening the next clause."""
        text, gap = self.text, self.text[slot.end:s]
        if not L.TOPIC_GAP.fullmatch(TIME.sub("", gap) if may_hold_time(gap) else gap):
            return False
        lead = text[self.clause_start(slot.start):slot.start]
        lead = TIME.sub("", lead) if may_hold_time(lead) else lead
        return L.TOPIC_LEAD.fullmatch(lead) is not None or L.DESCRIBED.fullmatch(lead) is not None

    def ranks_itself(self, s: int, rank_end: int) -> bool:
        """海宁市居首，地区生产总值…: a place opening its clause with its own rank, a clause of its
        own, is the subject of the figures after it (not 增速嘉兴第一, a field named after a figure;
        the caller keeps 全省第5 a field)."""
        lead = self.text[self.clause_start(s):s]
        lead = TIME.sub("", lead) if may_hold_time(lead) else lead
        if tail := L.RANK_TAIL.match(self.text, rank_end):
            rank_end = tail.end()  # 佛山排名第三，GDP总量…: the ordinal after 排名 is the rank's too
        return self.text.startswith((",", ";"), rank_end) and not lead.strip()

    def place_word(self, word: str, s: int, prev: str = "") -> str:
        """The region a place word at ``s`` names; 全市 in an article filed under a province is
        the city of that province named last before it (据青岛市…通报。…全市生产总值…)."""
        ds = self.ds
        if REGION_WORDS.get(word) in _PUBLISHER_LEVELS and holds_any(self.text, L.PUBLISH_WORDS) \
                and (publisher := self.publisher_before(word, s)) is not None:
            return publisher  # 连云港公布上半年经济数据,全市…: the place that published them
        if REGION_WORDS.get(word) == "city" and ds.home_place is not None and ds.home_place.level == "province" \
                and not (word.startswith("该") and word[-1] in ds.named):  # (该市: the 市 named last, 昆山市 too)
            return self.city_named_before(s) or _region_name(word, ds, prev)
        return _region_name(word, ds, prev)

    def publisher_before(self, word: str, s: int) -> str | None:
        """The place that published the figures of its clause just before ``s`` (连云港公布上半年经济
        数据,全市…; 昆山市统计局发布…指标:全市…), when the place word ``word`` fits its kind (全市: a
        city or a county-level city, 全县: a county, 全区: a district); None otherwise."""
        masked = mask_names(self.text[:s])
        m = next((m for m in L.PUBLISHED_BY.finditer(masked) if m.end() == s), None)
        if m is None:
            return None
        place = lookup(self.text[m.start("place"):m.end("place")], self.ds.home)
        if place is None or place.level in ("province", "nation"):
            return None
        fits = place.name.endswith(word[-1]) or word.endswith("市") and place.level == "city"  # (全市: 北京, 昆山市)
        return display(place) if fits else None

    def city_named_before(self, s: int) -> str | None:
        """The city of the home province named last before ``s`` (this sentence and the text before
        it); None when none is named."""
        ds = self.ds
        before = ds.text[max(0, ds.pos - 600):ds.pos] + self.text[:s]
        for _, name in reversed(list(names_in(before))):
            place = lookup(name, ds.home)
            if place is not None and place.level == "city" and place.province == ds.home_place.name:  # type: ignore[union-attr]
                return display(place)
        return None

    def place_figure(self, i: int, j: int) -> int:
        """全市规上工业增加值增长7.2%，其中海宁市增长9.1%: a place that opens a clause with its own
        figure, the metric left out, after a figure of one metric for another place: the same
        metric's slot for that place (place-figure), open for the figures after it."""
        s, e, _, name = self.toks[i]
        text = self.text
        j, taken = self.figure_after_verdict(i, j)
        if not taken:
            return 0
        zone = self.toks[i + 1].value if taken == 2 and self.toks[i + 1].value in ZONES else ""
        e = self.toks[i + 1].end if zone else e
        place = self.named_place(name)  # type: ignore[arg-type]
        counted = not self.slots and (self.counted_lead(s) or self.breakdown_lead(s, e))  # 8个省份同比均增长,
        # 增速较快的江西、湖南分别增长…; 分县市看,海宁、桐乡分别增长…
        ranked, led = self.ranked_lead(s)
        listed = (self.toks[j].kind == "growth" or self.toks[j].kind == "amount" and "分别" in text[e:self.toks[j].start]) \
            and self.listed_opening(s)  # …增长7.4%；池州、芜湖增速分别为7.2%、7%
        if place is None or place.level not in ("county", "city", "province") or not _opens_clause(text, s) \
                and not text.endswith("其中", 0, s) and not counted and not ranked and not listed and not led:
            return 0
        base = self.slots[-1] if self.slots else (
            self.prev if s <= self.body + 4 or counted or listed or L.RATE_VIEW.fullmatch(text, self.body, s)
            or L.SUPERLATIVE_RATE_LEAD.search(text, self.body, s) and s - self.body <= 12 else None)
        if base is None and self.prev is None and text.endswith("其中", 0, s - 1):
            base = self.unparsed_base(s)  # 各地社会消费品零售总额均实现增长。其中,南昌市为349亿元…
        named_only = base is not None and not (base.amounts or base.growths)  # 有6个GDP增速…，其中宿松县增速最快
        grouped = any(m.end() < s and not text[m.end():s].strip(",; ") for m in L.GROUP_BOUND.finditer(text))
        viewed = named_only and (v := L.RATE_VIEW.search(text, max(0, s - 12), s)) is not None and v.end() == s
        # (…GDP总量前五；从增速上看，北碚区负增长0.9%: the rates of the metric named with no figure)
        if base is None or len(base.metrics) != 1 or (named_only and not text.endswith("其中", 0, s) and not grouped
                                                      and not (counted and self.counted_set_before()) and not viewed) \
                or base.rule.startswith("region"):
            return 0
        nxt = self.toks[j]
        if nxt.kind == "pct":
            return self.place_rate(base, s, e, name, nxt)  # type: ignore[arg-type]
        if not (L.GAP.fullmatch(text, e, nxt.start) or L.RANK_GAP.fullmatch(text, e, nxt.start)
                or L.VERDICT_GAP.fullmatch(text, e, nxt.start)
                or nxt.kind == "growth" and L.RATE_VERDICT_GAP.fullmatch(text, e, nxt.start)) \
                or (nxt.kind == "amount" and text.startswith("的", nxt.end)):
            return 0  # 其中海宁市增长…; 德清县次之，为612.0亿元
        if nxt.kind == "amount" and L.CLASS_AFTER.match(text, nxt.end):
            return 0  # 大理州跻身千亿行列: a class the place entered, no figure of its own
        if nxt.kind == "amount" and text[e:nxt.start].endswith(L.QUAL_BEFORE_WORDS) and any(
                t.kind == "metric" and self.group_start(t.start) == self.group_start(s) for t in self.toks[j + 1:]):
            return 0  # 其中海宁市超千亿元，GDP总量为…: a bound, then the place's own metric and figure
        region = _region_name(zone, self.ds, name) if zone else _region_name(name, self.ds)  # type: ignore[arg-type]
        if region in base.regions or self.same_place(name, base.regions) and not zone:  # type: ignore[arg-type]
            return 0
        regions, start, sub = [region], s, self.subject
        if (counted or listed) and sub.regions and L.LIST_JOIN.fullmatch(text[sub.end:s]):
            regions, start = [*sub.regions, region], sub.start  # 江西、湖南分别增长…: the whole list
        self.place_slot(base, start, e, regions, name)  # type: ignore[arg-type]
        if listed and len(regions) > 1 and nxt.kind == "growth" and len(nxt.value.values) == 1:  # type: ignore[union-attr]
            self.slots[-1].each = True  # 阜阳、宣城增速同为5.6%: one rate for every place listed
        if named_only and base.scope == "subset" or counted or base.scope == "subset" and _COUNTED_SET.match(
                TIME.sub("", text[self.clause_start(base.start):base.start])):  # 三区一县累计完成…，其中当涂县完成…
            self.slots[-1].scope = "region"  # the set of places counted before it is no subset of this one
        self.region_mentions.append(region)
        return taken

    def figure_after_verdict(self, i: int, j: int) -> tuple[int, int]:
        """The token of the figure the place at ``i`` opens its clause with, and how many tokens the
        place takes: the next token (1), or the growth phrase past a region word inside a short verdict
        on the rate (海安市增速高于全市平均，同比增长…: 2); (j, 0) when a place that is no such word
        follows (a list of places)."""
        nxt = self.toks[j]
        if nxt.kind != "region":
            return j, 1
        if nxt.value in ZONES and nxt.start == self.toks[i].end and j + 1 < len(self.toks) \
                and self.toks[j + 1].kind in ("amount", "growth", "pct") \
                and L.RANKED_ZONE_GAP.search(self.text, nxt.end, self.toks[j + 1].start):
            return j + 1, 2  # 苏州工业园区紧跟其后，达到…: a zone ranked among the places
        if nxt.value not in REGION_WORDS or j + 1 >= len(self.toks) or self.toks[j + 1].kind != "growth" \
                or not L.RATE_VERDICT_GAP.fullmatch(self.text, self.toks[i].end, self.toks[j + 1].start):
            return j, 0
        return j + 1, 2

    def unparsed_base(self, s: int) -> Slot | None:
        """各地社会消费品零售总额均实现了快速增长。其中,南昌市为349亿元…: the sentence before, left
        unparsed (no figure), names one metric of a set of places; the places after 其中 give its
        figures (a slot of no width, for place-figure)."""
        said = self.ds.unparsed
        if not said or L.EVERY_REGION.search(said) is None:
            return None
        named = {ALIASES[L.alias_of(m.group())].metrics for m in L.METRIC.finditer(said)}
        if len(named) != 1:
            return None
        metrics = named.pop()
        return Slot(metrics, s, s, METRICS[metrics[0]].label_zh, False, [self.ds.home], "region",
                    self.plan_kind(s) or "actual", self.state.snapshot(), rule="elided-metric")

    def place_rate(self, base: Slot, s: int, e: int, name: str, pct: Token) -> int:
        """…六安增速达到6.2%，位居第四；安庆为5.8%: a place opening its clause with 为 and a bare percent,
        after another place's rate of one metric: that metric's rate for this place."""
        m = PERCENT.match(self.text, pct.start)
        region = _region_name(name, self.ds)
        if not base.growths or base.amounts or m is None or m.end() != pct.end \
                or not L.PLACE_RATE_GAP.fullmatch(self.text, e, pct.start) \
                or region in base.regions or self.same_place(name, base.regions):
            return 0
        self.place_slot(base, s, e, [region], name)
        self.slots[-1].growths = [Rate(percent_value(m, 1), pct.start, pct.end)]
        self.region_mentions.append(region)
        return 2

    def named_place(self, name: str) -> Region | None:
        """The gazetteer entry of a place token (a glued zone's, 无锡经开区: its city's); None for 全市."""
        glued = zone_of(name)
        return lookup(name[:len(name) - len(glued)] if glued else name, self.ds.home) if name not in REGION_WORDS else None

    def ranked_lead(self, s: int) -> tuple[bool, bool]:
        """Whether the place at ``s`` opens its clause ranked (…增长6.2%，位居第一位的海宁市增长9.8%; after a
        leader a superlative named, its runner-up: …最高的是深圳，达…；其次是广州的28839亿元), and whether a
        superlative or 以 leads to it (…，以南京的增速最快，为5.2%; 增速最快的是临高县，增长12.2%)."""
        text = self.text
        led_by = (L.RANKED_PLACE_BEFORE, L.RUNNER_UP_LEAD) if self.slots and (
            "subject-after" in self.slots[-1].rule or self.leader_ranked(self.slots[-1], s)) else (L.RANKED_PLACE_BEFORE,)
        ranked = any((rm := p.search(text, max(0, s - 10), s)) is not None and rm.start() == self.clause_start(s)
                     for p in led_by)
        led = text.endswith("以", 0, s) and not TIME.sub("", text[self.clause_start(s):s - 1]).strip(" ,;:") \
            or L.SUPERLATIVE_RATE_LEAD.search(text, max(self.clause_start(s), s - 12), s) is not None
        return ranked, led

    def leader_ranked(self, slot: Slot, s: int) -> bool:
        """Whether a rank a verb gives follows the figures of ``slot``, a named place's, before ``s``
        (义乌市…增长18.2%，居首位；其次是永康市…): the leader whose runner-up comes next."""
        figures = [q.end for q in slot.amounts] + [r.end for r in slot.growths]
        return bool(figures) and bool(slot.explicit_region) and L.RANKED_BY_VERB.search(self.text, max(figures), s) \
            is not None and not any(max(figures) < f < s for f in self.figure_starts)

    def listed_opening(self, s: int) -> bool:
        """Whether the place at ``s`` ends a list of places joined by 、 that opens its clause (；池州、
        芜湖分列二三位，增速分别为…; ，阜阳、宣城增速同为5.6%), or its sentence after one with figures
        (。另外大渡口区、云阳县增速最快，同比增长4.7%)."""
        sub, text = self.subject, self.text
        return len(sub.regions) > 0 and text[s - 1:s] in ("、", "和") and L.LIST_JOIN.fullmatch(text[sub.end:s]) is not None \
            and (sub.start > 0 and text[sub.start - 1] in ",;:" or sub.start >= self.body and self.prev is not None
                 and text[self.body:sub.start].strip(" ,") in _LEAD_WORDS and self.one_metric_before())
        # (另外大渡口区、云阳县增速最快，…)

    def counted_lead(self, s: int) -> bool:
        """Whether the sentence opens, before ``s``, with a counted set of places and a rate word and
        no figure of its own (10个省份同比增长，增速较快的…): the places after it are of that set."""
        lead = self.text[self.body:s]
        return L.EVERY_REGION.search(lead) is not None and L.GROWTH_WORD.search(lead) is not None \
            and _OWN_FIGURE.search(lead) is None

    def breakdown_lead(self, s: int, e: int) -> bool:
        """Whether the sentence opens, before the list of places that ends at ``s``, with the words of
        a breakdown by place and no figure of its own (分县市看，海宁、桐乡分别增长…; 其中，海宁、桐乡…),
        or with the list itself, its figures given by 依次/分别 (华阴市、华州区依次为…): the places'
        figures are of the metric the sentence before gave."""
        lead = self.text[self.body:self.subject.start if self.subject.regions else s]
        if not lead.strip(", ") and self.subject.regions and L.LIST_JOIN.fullmatch(self.text[self.subject.end:s]):
            return _PAIRED_AFTER.match(self.text, e) is not None and self.one_metric_before()
        return (L.BY_REGION.search(lead) is not None or lead.lstrip(", ").startswith("其中")) \
            and _OWN_FIGURE.search(lead) is None

    def counted_set_before(self) -> bool:
        """Whether the sentence before names a counted set of places and no figure of its own
        (全市9个县(市)区GDP增速“四升五降”。古塔区、凌河区分别增长…): the places listed are that set."""
        last = self.sentence_before()
        return L.EVERY_REGION.search(last) is not None and _OWN_FIGURE.search(last) is None

    def sentence_before(self) -> str:
        """The text of the sentence before this one (up to 300 characters)."""
        before = self.ds.text[max(0, self.ds.pos - 300):self.ds.pos].rstrip("。;!? \n")
        return before[max(before.rfind("。"), before.rfind("\n")) + 1:]

    def one_metric_before(self) -> bool:
        """Whether the sentence before this one names one metric (出口…，进口…: two, so a list of
        places' figures after it says not whose metric they are)."""
        last = self.sentence_before()
        return len({ALIASES[L.alias_of(m.group())].metrics for m in L.METRIC.finditer(last)}) == 1

    def place_slot(self, base: Slot, s: int, e: int, regions: list[str], word: str) -> None:
        """A slot of ``base``'s metric for other places (place-figure), open for the figures after.  A zone
        whose figure a district's or county's follows (开发区完成投资…；阳城县完成投资…) is listed among them:
        a whole region, as they are."""
        if base.scope == "subset" and base.regions and all(r in self.zone_only for r in base.regions) \
                and not any(r in self.zone_only for r in regions):
            base.scope = "region"
        scope = "region" if self.parts_whole(base) else base.scope  # 成都都市圈…，其中成都市、德阳市分别增长…
        slot = Slot(base.metrics, s, e, base.alias, base.broad, regions, scope, base.kind,
                    self.state.snapshot(), explicit_region=word, rule="place-figure")
        self.slots.append(slot)
        self.receivers.append(slot)
        self.open.slot, self.open.chain_end = slot, e

    def parts_whole(self, base: Slot) -> bool:
        """Whether ``base`` is a subset whose parts, named one by one, are whole places: the counties of
        县域, the cities of 都市圈 or 城市群 (the whole_at column of vocab/exclusions.csv)."""
        if base.scope != "subset":
            return False
        lead = self.text[self.group_start(base.start):base.start]
        return any(w in lead for w in L.EXCLUSION_WHOLE_AT)

    def subject_after(self, s: int, e: int, name: str, word: str) -> None:
        """A place after the open slot's figures that names their subject: a list of places that
        a back reference follows (两县分别…), or GDP增速全省第一的是亳州市 (subject-after)."""
        slot, text = self.open.slot, self.text
        late = slot is not None and not slot.amounts and not slot.growths and L.LIST_BACKREF_LATE.match(text, e) \
            is not None and L.EVERY_REGION.search(text, self.group_start(slot.start), slot.start) is not None
        # 17个区县工业投资…，开化、青田增速领跑…，分别达…: two of the counted places, each with its rate
        if slot is not None and len(self.subject.regions) > 1 and (L.LIST_BACKREF.match(text, e) or late):
            if late:
                slot.scope = "region"  # the places of the counted set, named: each a whole region
            start = self.subject.start
            if (slot.amounts or slot.growths) and not L.SUBJECT_AFTER.search(text, max(0, start - 8), start):
                # …增长7.1%，其中海宁、桐乡分别增长9.1%和8.3%: their own figures (not …的还有南湖和海盐)
                self.place_slot(slot, self.subject.start, e, list(self.subject.regions), "")
            else:
                slot.regions = list(self.subject.regions)
                if not slot.amounts and not slot.growths:
                    self.open.chain_end = e  # GDP前三位分别是慈溪、义乌和诸暨，分别为…: their figures follow them
        elif slot is not None and (_OWN_FIGURE_NEXT.match(text, e) or _LATE_OWN_FIGURE.match(text, e)
                                   and (slot.amounts or slot.growths)
                                   and L.SUPERLATIVE_RATE_LEAD.search(text, max(0, s - 12), s)):
            if (slot.amounts or slot.growths) and L.SUPERLATIVE_RATE_LEAD.search(text, max(0, s - 12), s):
                self.place_slot(slot, s, e, [name], word)  # …增长5.3%，增速最慢的是洞头区1.2%: its own rate
        elif slot is not None and not L.RUNNER_UP_LEAD.search(text, max(0, s - 10), s) and (  # (排名第二的是广州: not
                # the subject of the leader's figures before it)
                L.SUBJECT_AFTER.search(text, max(0, s - 8), s) or slot.amounts and (
                s == slot.amounts[-1].end + 1 and text[s - 1] == "的")) and (  # 总量达412.6亿元的海宁市: 海宁's
                not slot.amounts and not slot.growths or text.rfind("的", 0, s) >= max(
                    [q.end for q in slot.amounts] + [r.end for r in slot.growths] + [slot.end])
                and not (slot.explicit_region in REGION_WORDS and "," in text[slot.end:s])):
            # (全市GDP增长5.2%，增长最快的是瑞安: the figure is 全市's own, the place a clause on has none)
            slot.regions, slot.explicit_region = [name], word
            slot.add_rule("subject-after")
            if not slot.amounts and not slot.growths:
                self.open.chain_end = e  # GDP总量最大的是义乌市，为1452.1亿元: its figures follow the place

    def on_metric(self, i: int, j: int) -> int:
        """A metric opens a slot (or joins the list before it: metric-list), with the subject,
        scope and kind in force; it takes the tokens its words cover (an inner alias, a list's
        unknown items)."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        sub, o = self.subject, self.open
        if sub.until is not None and s > sub.until:
            sub.regions, sub.until = [], None  # a region named inside brackets stays there
        slot = self.metric_slot(s, e, val, sub.regions)  # type: ignore[arg-type]
        if slot is None:
            if o.slot is not None and o.slot.end <= s and (self.text.startswith(L.INVESTMENT_AFTER, e) or (
                    ALIASES[L.alias_of(val)].rate_only and L.POPULATION.match(self.text, s))):  # type: ignore[arg-type]
                self.receivers = [r for r in self.receivers if r is not o.slot]
                o.slot = None  # 从固定资产投资情况看，第一产业投资增长20.8%: another figure's name; no rate after
                # it is the open metric's; …投资增长6.1%，其中规上工业企业完成投资23.4亿元: the firms' part of it
            return 1
        if o.slot is not None and (joined := self.extends_list(o.slot, slot)):
            o.slot.metrics, o.slot.end, o.chain_end = o.slot.metrics + slot.metrics, slot.end, joined
            o.slot.add_rule("metric-list")
            if "" in o.slot.metrics:
                o.slot.add_rule("unknown-items")
            return self.covered(i, slot.end)
        if (rated := self.rated_before(slot)) is not None:
            o.slot, o.chain_end = rated, slot.end  # 地区生产总值同比增长5.2%，总量达到1234.5亿元: its level
            rated.add_rule("metric-anaphor")
            return self.covered(i, slot.end)
        self.carry_scope(slot, s)
        if self.text.lstrip().startswith("其中") and self.prev_kind != "actual" and slot.kind == "actual":
            slot.kind = self.prev_kind
        if o.pending is not None:
            slot.amounts.append(o.pending)
            slot.add_rule("amount-before-metric")
            if self.orphan_growths:
                self.rate_before_level(slot, o.pending)
            self.receivers.append(o.pending)  # its rate may follow the metric (…的地区生产总值，同比增长6.2%)
            o.pending = None
        self.slots.append(slot)
        self.receivers.append(slot)
        o.slot, o.chain_end = slot, slot.end
        end = slot.end
        if tail := self.unknown_tail(slot):
            o.chain_end = end = tail
            slot.add_rule("metric-list")
            slot.add_rule("unknown-items")
        return self.covered(i, end)

    def rated_before(self, slot: Slot) -> Slot | None:
        """The slot a metric's stand-in word (总量, 规模) names again in its clause group, when that
        slot was given its rate and no level yet (…同比增长5.2%，总量达到1234.5亿元): the level is its."""
        last = self.slots[-1] if self.slots else None
        if last is None or "metric-anaphor" not in slot.rule.split("+") or last.amounts or len(last.growths) != 1 \
                or (last.metrics, last.regions, last.scope, last.kind) != (slot.metrics, slot.regions, slot.scope, slot.kind) \
                or self.group_start(last.end) != self.group_start(slot.start):
            return None
        return last

    def covered(self, i: int, end: int) -> int:
        """How many tokens from ``i`` start before ``end`` (the tokens a phrase's words cover)."""
        n = 1
        while i + n < len(self.toks) and self.toks[i + n].start < end:
            n += 1
        return n

    def carry_scope(self, slot: Slot, s: int) -> None:
        """A slot with no subject of its own takes the carried scope; a slot of another scope
        than the region's starts carrying it."""
        c = self.carried
        group = self.group_start(s)
        if c.scope and c.subject and group > c.group and L.VERB_OPENING.match(self.text, group):
            c.group = group  # …企业累计实现…；实现…: a group opening with a bare verb goes on with its subject
        c.reset(group, s)
        if slot.scope == "region" and c.scope and L.POPULATION.match(self.text, s):
            c.scope = ""  # …工业销售产值增长25.3%，规上工业增加值增长5.8%: a metric named with its
            # population (规上, 规模以上) is the whole's again
        elif slot.scope == "region" and c.scope and not slot.explicit_region \
                and not any(self.clause_start(s) <= ts < s for ts, _ in self.times):
            slot.scope = c.scope  # (a clause that names its own time first is a statement of its own:
            # …单月投资超1000亿元，上半年累计完成投资5560.8亿元)
        elif slot.scope != "region":
            c.scope, c.group, c.until = slot.scope, group, self.bracket_end(s)
            head = TIME.sub("", self.text[group:s]).lstrip(" ,:") if may_hold_time(self.text[group:s]) \
                else self.text[group:s]  # (其中高新技术产业…: a part named inside the group, no subject of it)
            c.subject = L.VERB_OPENING.match(self.text, group) is None and "," not in head

    def on_amount(self, i: int, j: int) -> int:
        """An amount is the figure of the open slot when only fillers (or a reference time, a
        bound, a starting level) stand between; else it may wait for the metric after it."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        o = self.open
        if L.BOUND_HOLDER.match(self.text, e) or L.SET_LIST_AFTER.match(self.text, e) or self.text.endswith("第", 0, s):
            return 1  # 是全省首个突破千亿的县, 超百亿元的企业: a bound the places or firms passed; 第二个: an
            # ordinal: no figure
        if counted := self.bound_count(s):
            return counted  # 两个百亿关口: a count of bounds
        q = self.quantity(val, s, e)  # type: ignore[arg-type]
        if self.set_bound_passed(q) or self.compared_in_brackets(s) or self.aside_in_brackets(s):
            return 1  # 17县市财政总收入超20亿: a bound a counted set passed; 19017元（全市为21585元）: another place's
            # figure, set apart; 1520.4亿元(约合226.1亿美元)，增长8.8%: the figure restated, the phrase going on after it
        if o.local_time and (L.GAP.fullmatch(self.text, o.local_time[0], s)
                             or self.text.startswith("的", o.local_time[0]) and (o.local_time[0] + 1 == s or (
                                 o.slot is not None and o.slot.start == o.local_time[0] + 1
                                 and L.GAP.fullmatch(self.text, o.slot.end, s) is not None))):
            q.time = o.local_time[1]  # 已超2020年全年的1503.6亿元; 比湖北省2019年一季度的地区生产总值9110.05亿元
            referenced = True
            self.mark_dated_start(q, o.local_time[0])
        else:
            referenced = False
        o.local_time = None
        if L.DURATION_AFTER.match(self.text, e) and not any(self.clause_start(s) <= ts < s for ts, _ in self.times):
            q.role = "other"  # 由10亿到20亿用了9年: a milestone a span of years is measured between, no year's level
        if q.role == "threshold" and not self.carried.scope:
            self.carried.scope, self.carried.group = "subset", self.group_start(s)
            self.carried.subject = False
        slot = o.slot
        if slot is not None and slot.amounts and self.change_aside(q, s):
            return 1
        last = slot.amounts[-1] if slot is not None and slot.amounts else None
        if last is not None and last.role == "baseline" and q.role == "value" \
                and L.METRIC_JOIN.fullmatch(self.text, last.end, s):
            q.role = "baseline"  # 从4.89万元、2.90万元分别提高到…: a list of starting levels
        if slot is not None and slot.growths and not slot.amounts and o.growth_end > o.chain_end:
            o.chain_end = o.growth_end  # 比上年增长25.3%，达到2400亿元: the level after its growth
        gap_times = [t for t in self.times if o.chain_end <= t[0] and t[1] <= s]
        if slot is not None and q.role != "other" and self.joins(slot, q, s, gap_times):
            if (gap_times or self.rose_from_dated(last, q)) and slot.amounts:
                self.span_from_start(slot.amounts[-1], q)
                slot = Slot(slot.metrics, slot.start, slot.end, slot.alias, slot.broad, list(slot.regions),
                            slot.scope, slot.kind, q.time, slot.explicit_region, rule="reference-level")
                self.slots.append(slot)
                o.slot = slot
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

    def set_bound_passed(self, q: Quantity) -> bool:
        """17县市财政总收入超20亿, 全省有5个县GDP突破100亿元: a bound a counted set of places named right
        before the home region's metric passed, no figure of the region's."""
        o = self.open
        return q.qualifier == "over" and o.slot is not None and o.slot.regions == [self.ds.home] \
            and L.COUNTED_SET_END.search(self.text, max(0, o.slot.start - 12), o.slot.start) is not None

    @staticmethod
    def rose_from_dated(last: Quantity | None, q: Quantity) -> bool:
        """2011年,…从2010年的80亿元增加到95亿元: a level a dated start rose to, in a later year in force (not
        over a span: 五年来…由“十二五”末的86.5亿元增加到132.4亿元 gives the span's start and end)."""
        return last is not None and last.dated_start and not q.time[2] \
            and None not in (q.time[0], last.time[0]) and q.time[0] > last.time[0]  # type: ignore[operator]

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

    def past_note(self, start: int, end: int) -> int:
        """Where the gap after ``start`` begins: past the rest of a note in brackets that ``start`` stands
        inside, that closes before ``end`` with no number in it and follows a metric's phrase
        (生产总值(GDP,当年价)100.48亿元)."""
        if not self.parens:
            return start
        ps, pe = self.brackets_at(start)
        if ps is None or pe > end or any(c.isdigit() for c in self.text[start:pe]) \
                or not any(sl.end == ps for sl in self.slots):
            return start  # (人均地区生产总值(GDP,下同)86210元: the metric before the note is a modifier, no phrase)
        return pe

    def gap_text(self, start: int, end: int) -> str:
        """The text between ``start`` and ``end`` with the times in it left out (比上年同期)."""
        gap = self.text[start:end]
        for ts, te in reversed([t for t in self.times if start <= t[0] and t[1] <= end]):
            gap = gap[: ts - start] + gap[te - start:]
        return gap

    def mark_dated_start(self, q: Quantity, time_end: int) -> None:
        """从2011年的1091.18亿元增加到…: the level a change started from, dated by a year of its own (no
        forecast a plan word may govern)."""
        ts = next((a for a, b in self.times if b == time_end), None)
        q.dated_start = ts is not None and self.text.endswith(L.BASELINE, 0, ts)
        if q.dated_start and q.time[0] is not None and self.ds.yoy_at < 0 and self.text[ts:ts + 4].isdigit():
            self.ds.span_base = q.time[0]  # 由2005年的61.88亿元增加到…。财政总收入由5亿元…: the paragraph's start year

    def span_from_start(self, last: Quantity, q: Quantity) -> None:
        """…从2011年的1091.18亿元增加到2016年的1650亿元；一般公共预算收入从67.23亿元增加到125.3亿元: the
        years a dated change ran over, two or more, are a span the sentence's later changes run over too."""
        first, then = last.time[0], q.time[0]
        if last.dated_start and first is not None and then is not None and then - first >= 2:
            self.state.year, self.state.period, self.state.span = then, None, then - first

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
        o.chain_end = pe
        return True

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
        if last is None and (bound := L.LIST_BOUND.match(gap)):
            gap = gap[bound.end():]  # 六盘水位于1000亿元至1500亿元之间，分别为…: the group's bounds
        headed = slot.end == 0 and self.topic or self.text.startswith(":", slot.end)
        if last is None and headed and (home := L.HOME_AFTER_TOPIC.match(gap, 1 if gap[:1] == ":" else 0)):
            gap = gap[home.end():]  # (一)固定资产投资。1-6月份，全县完成…, 二、财政收入：全区完成…: the
            # heading's metric, the home region's figure
        if last is None and (plan := L.PLAN_AFTER_METRIC.match(gap)):
            gap = gap[plan.end():]  # 一般公共预算收入预计可达52亿元: the plan word marked the slot's kind
        return bool(
            L.GAP.fullmatch(gap) or (last and L.REGION_GAP.fullmatch(mask_names(gap, overlapped=True)))
            or (last is None and (L.RANK_GAP.fullmatch(gap) or L.VERDICT_GAP.fullmatch(gap)
                                  or L.TREND_GAP.fullmatch(mask_names(gap))))
            or (last and last.role == "baseline" and L.FROM_TO_GAP.fullmatch(gap))
            or (last is None and q.role == "delta" and L.DELTA_GAP.fullmatch(gap))  # 比上年增加41.3亿元，达到…
            or self.after_bound(slot, o.chain_end, s, q)
            or (gap_times and last and q.amount is not None and last.amount is not None
                and q.amount.base_unit == last.amount.base_unit
                and self.reference_gap(max(o.chain_end, o.growth_end), s, gap_times)))

    def on_growth(self, i: int, j: int) -> int:
        """A growth phrase: a new period's rate of the slot (7月份增长…，1—7月累计增长…), else the
        rate of the figure or slot before it."""
        self.leave_aside_time(self.toks[i].start)
        s, e, _, val = self.toks[i]
        o = self.open
        if L.TARGET_RATE_AFTER.match(self.text, e) or L.SET_RATE_AFTER.match(self.text, e):
            return 1  # 增长5%以上的预期目标, 增速在20%以上的有2个县: a target's rate, a set's bound; no figure's
        base = val.base_year  # type: ignore[attr-defined]
        if base is None and self.state.span and o.slot is not None and o.slot.amounts and not self.state.period \
                and not L.YOY_BASIS.search(self.text, self.clause_start(s), s):
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
                return 1  # 2023年…比2018年增长36.5%: a growth over five years, not year on year
        self.ds.yoy_at = self.ds.pos + s
        if o.slot is not None and self.new_period_growth(o.slot, val, max(o.chain_end, o.growth_end)):  # type: ignore[arg-type]
            o.growth_end = e
            return 1
        if o.slot is None and self.prev_period_growth(val):  # type: ignore[arg-type]
            return 1
        self.attach_growth(val, o.slot)  # type: ignore[arg-type]
        if o.slot is not None and len(o.slot.regions) > 1 and len(val.values) == 1 and "并" in self.text \
                and _SHARED_RANK.match(self.text, e):  # type: ignore[attr-defined]
            o.slot.each = True  # 长沙市、娄底市以8%的增速并列第2位: one rate for every place listed
        if o.slot is not None and (o.slot.amounts[-1].has_growth if o.slot.amounts else bool(o.slot.growths)):
            o.growth_end = e
        return 1

    def on_pct(self, i: int, j: int) -> int:
        """A percent with no growth word (a share, an average annual rate): it takes no rate of a
        slot's; right after the open slot's words, in their clause, the figures after it may still
        join the slot (年均增长6.8%，2023年达到756.3亿元)."""
        s, e = self.toks[i].start, self.toks[i].end
        o = self.open
        if o.slot is not None and (rate := self.listed_period_rate(i, max(o.chain_end, o.growth_end))) is not None \
                and self.new_period_growth(o.slot, rate, max(o.chain_end, o.growth_end)):
            o.growth_end = e  # 增速5.2%，到上半年的7.5%、前三季度的7.2%: the slot's rates of later periods
            return 1
        if o.slot is not None and i and self.toks[i - 1].end <= o.chain_end \
                and not _CLAUSE_SEP.search(self.text, o.chain_end, s) and L.SHARE_WORD not in self.text[o.chain_end:s]:
            o.chain_end = e
        self.receivers.append(Quantity(s, e, role="share"))
        return 1

    def listed_period_rate(self, i: int, after: int) -> GrowthTok | None:
        """The percent at token ``i`` as a growth, when it follows a period and 的 that a list joins
        to the figures before (，到上半年的7.5%、前三季度的7.2%; not 高于上半年的7.9%, 完成全年的78%)."""
        s, e = self.toks[i].start, self.toks[i].end
        if i == 0 or self.toks[i - 1].kind != "time" or self.text[self.toks[i - 1].end:s] != "的":
            return None
        if not _PERIOD_LIST_JOIN.fullmatch(self.text, after, self.toks[i - 1].start):
            return None
        m = PERCENT.match(self.text, s)
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)]) if m is not None and m.end() == e else None

    def place_items(self, i: int, j: int) -> int:
        """平湖市(6.8%)、秀洲区(6.2%): a run of two or more places, each with its own figure,
        starting at token ``i``; it takes the tokens the run covers."""
        run = self.region_run(i)
        if len(run) < 2:
            return 0
        self.run_rates(run)
        self.item_runs.append(run)
        return self.covered(i, run[-1].end)

    def run_rates(self, run: list[RegionItem]) -> None:
        """海宁708亿元、桐乡607亿元,分别增长5.4%、3.2%: the rates listed after a run of places' levels,
        one for each place in its order (as many rates as places, or none is taken)."""
        text = self.text
        if any(it.kind != "amount" or it.rate is not None for it in run) \
                or (lead := L.RUN_RATES.match(text, run[-1].end)) is None:
            return
        rates, at = [], lead.end()
        while (pct := PERCENT.match(text, at)) is not None and not pct.group("times"):
            rates.append(pct)
            if (join := L.SHARED_JOIN.match(text, pct.end())) is None:
                break
            at = join.end()
        if len(rates) == len(run):
            for it, pct in zip(run, rates):
                it.rate, it.rate_verb = pct, lead.group("verb")
            run[-1].end = rates[-1].end()

    def region_run(self, i: int) -> list[RegionItem]:
        """The places from token ``i`` on, each with its own figure, that separators join."""
        text, run, pending, last = self.text, [], [], 0
        for s, name_end, kind, name in self.toks[i:]:
            if kind != "region" or name in REGION_WORDS:
                if not run:
                    return run  # the run starts at token i
                continue
            item = self.region_item(s, name_end, name)  # type: ignore[arg-type]
            if item is None and run and (gone := _NO_DATA.match(text, name_end)) \
                    and L.ITEM_SEP.fullmatch(text, last or run[-1].end, s):
                last = gone.end()  # 3.包头(数据暂缺)、4.锡林郭勒(…): a place whose figure is missing, passed over
                continue
            if item is None:
                if L.SHARED_JOIN.match(text, name_end) and (
                        pending and L.SHARED_JOIN.fullmatch(text, pending[-1][1], s)
                        or not pending and (not run or L.ITEM_SEP.fullmatch(text, run[-1].end, s))):
                    pending.append((s, name_end, name))  # 海宁、桐乡均增长8.1%: a place sharing the next one's figure
                    continue
                if not run:
                    return run
                continue
            if pending:
                if not (item.shared and L.SHARED_JOIN.fullmatch(text, pending[-1][1], s)):
                    break
                run.extend(RegionItem(n, a, b, item.kind, item.fig, item.verb) for a, b, n in pending)
                pending = []
            elif run and not (run[-1].kind == item.kind and L.ITEM_SEP.fullmatch(text, last or run[-1].end, s)):
                break
            run.append(item)
            last = 0
        return run

    def region_item(self, start: int, name_end: int, name: str) -> RegionItem | None:
        """平湖市(6.8%), 海盐县下降2.2%, 嘉善县1100亿元: a place with its own figure, or None."""
        text = self.text
        if name not in ZONES and lookup(name) is None and not zone_of(name):
            return None
        lead = L.ITEM_LEAD.match(text, name_end)
        pos = lead.end()  # type: ignore[union-attr]
        if pos == name_end and (flat := L.FLAT.match(text, pos)):
            return RegionItem(name, start, flat.end(), "pct", flat)  # 淳安县持平: a rate of zero
        fig, kind = PERCENT.match(text, pos), "pct"
        if fig is None or fig.group("times"):
            fig, kind = AMOUNT.match(text, pos), "amount"
            if fig is not None and not (fig.group("mag") or fig.group("unit")):
                fig = None
        end = fig.end() if fig is not None else -1
        inner = inner_lead = None
        if fig is not None and kind == "amount" and lead.group("open"):  # type: ignore[union-attr]
            inner_lead = L.ITEM_RATE_INSIDE.match(text, end)  # 新罗区(607.87亿元 同比增长5.4%下同)
            inner = PERCENT.match(text, inner_lead.end()) if inner_lead is not None else None
            if inner is not None and not inner.group("times"):
                end = (same.end() if (same := L.SAME_BELOW.match(text, inner.end())) else inner.end())
            else:
                inner = None
        if fig is not None and lead.group("open"):  # type: ignore[union-attr]
            end = end + 1 if text.startswith(")", end) else -1
        if fig is None or end < 0 or (kind == "amount" and lead.group("verb")):  # type: ignore[union-attr]
            return None  # 增长2亿元: a change, not the region's level
        rate, rate_verb = inner, (inner_lead.group("verb") or "") if inner is not None and inner_lead else ""
        if inner is None and kind == "amount" and (br := L.ITEM_RATE.match(text, end)) \
                and (pct := PERCENT.match(text, br.end())) and text.startswith(")", pct.end()):  # 海盐398.2亿元(+6.1%)
            rate, rate_verb, end = pct, br.group("verb") or "", pct.end() + 1
        elif inner is None and kind == "amount" and (aside := _ASIDE.match(text, end)):
            end = aside.end()  # 海盐398.2亿元(占全市12.1%): an aside, no rate
        elif inner is None and kind == "amount" and (after := L.ITEM_RATE_AFTER.match(text, end)) \
                and (pct := PERCENT.match(text, after.end())) and not pct.group("times"):
            rate, rate_verb, end = pct, after.group("verb"), pct.end()  # 桐乡607.87亿元,同比增长5.4%;海宁…
        return RegionItem(name, start, end, kind, fig, lead.group("verb") or "", rate,  # type: ignore[union-attr]
                          rate_verb, inner is not None, bool(lead.group("all")))  # type: ignore[union-attr]

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
            if L.QIZHONG_START.match(self.text) and (
                self.ds.unknown_total or (self.ds.unparsed and _has_level(self.ds.unparsed))) else []
        for slot in parts:
            slot.scope = "subset"
        prev = self.prev  # 机电产品出口2363.5亿元…。其中，电脑出口1233.7亿元: parts of a sector's figure
        sector = [sl for sl in self.slots if sl.scope == "region" and not sl.explicit_region and _part_of(prev.metrics, sl.metrics)] \
            if prev is not None and prev.scope == "sector" and L.QIZHONG_START.match(self.text) else []
        for slot in sector:
            slot.scope = "sector"
        return len(parts) + len(sector) + (self.parts_of_scoped() if "其中" in self.text else 0)

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
                        and not (sl.rule.startswith("place-figure") and self.parts_whole(whole)):
                    sl.scope = whole.scope  # (成都都市圈…，其中成都市、德阳市分别…: the group's places, each whole)
                    n += 1
        return n

    def parts_summed(self, i: int, j: int) -> int:
        """一、二、三产业增加值达到3131.85亿元: the three industries' value added named as one list
        with one level and no 分别/依次/均 is their sum, the GDP."""
        summed = 0
        for slot in self.slots:
            if len(slot.metrics) != 3 or sorted(slot.metrics) != _GDP_PARTS or slot.each:
                continue
            values = [q for q in slot.amounts if q.role == "value" and q.amount is not None]
            if len(values) != 1 or _DISTRIBUTIVE.search(self.text, slot.start, values[0].start):
                continue
            slot.metrics = ("gdp",)
            slot.add_rule("parts-summed")
            summed += 1
        return summed

    def leave(self) -> None:
        """What the sentence leaves for the next: the populations a figure-less one names
        (规上工业呈现…。) and whether its first figure was no metric's (a total of another kind)."""
        self.leave_aside_time(len(self.text))
        self.ds.populations = frozenset() if self.slots else populations_in(self.text)
        self.ds.unparsed, self.ds.said = "", ""
        totals = [sp for sp in self.amount_spans if not _counts_indicators(self.text, sp[1])]
        self.ds.unknown_total = bool(totals) and not any(sl.start < totals[0][0] for sl in self.slots)
        # (3项指标实现双过半。其中，…: the indicators counted are no total the figures after are parts of)
    # -- helpers ----------------------------------------------------------------
    def prefix_scope(self, start: int, metrics: tuple[str, ...] = ()) -> tuple[str, str]:
        """Scope from the words before a metric in its clause, and the explicit region word."""
        cs = self.subject_start(start)
        if set(metrics) & _SIGNED and L.EVENT_HELD.search(self.text, max(self.body, cs - 30), cs) \
                and not self.text.startswith("累计", cs):
            return "event", ""  # 举办招商推介会，签约项目12个: the event's signings
        prefix, counted, places = self.clause_words(cs, start, metrics)
        chrome = _AFTER_DIGITS.search(prefix)
        if chrome and not chrome.group("rest").startswith(L.CLASSIFIERS):
            prefix = chrome.group("rest")  # 新闻中心613GDP总量: page chrome and dates joined to a headline
            if prefix.startswith("%"):
                prefix = prefix[1:]  # 增长5.6%财政总收入…: a rate ends the clause before, printed without a comma
        prefix = _no_scope_words(L.PLAN.sub("", prefix))  # no scope: a plan word (预计全年), a heading, a description
        prefix = _unnoted(prefix)  # 三县(仙居、天台和三门), 惠安县(含台商投资区)
        if (named := L.METRIC.match(self.text, start)) and L.RATE_FRAME.match(self.text, named.end()) \
                and (frame := L.RATE_FRAME_OPEN.search(prefix)):
            prefix = prefix[:frame.start()]  # 从季度产值增幅看: the frame, no sector
        if prefix and (named := _named_last(prefix)) and set(ALIASES[L.alias_of(named.group())].metrics) & set(metrics):
            prefix = prefix[:named.start()]  # 财政收入 全年财政总收入…: the metric named alone before its time is a
            # run-in heading; 全县经济实现地区生产总值: the metric named twice
        # 全国第五次经济普查, 全国百强县: a region word in a census's name or ranked is no subject
        words = [w for w in WORD_PATTERN.finditer(prefix)
                 if not L.RANK_AFTER.match(prefix, w.end()) and not L.CENSUS_AFTER.match(prefix, w.end())]
        if words:  # a whole-region word starts the subject; what precedes it is a heading or lead
            prefix = prefix[words[-1].start():]
        elif every := list(L.EVERY_PLACE.finditer(prefix)):
            prefix = prefix[every[-1].start():]  # 回望一下各盟市财政收入: so does the set of places
        named = [(i, name) for i, name in names_in(prefix) if lookup(name)] if not words else []
        if named:  # 稳中求进开新局 海宁前三季度GDP…: so does a place's name
            prefix = prefix[named[0][0]:]
        explicit = words[-1].group() if words else (named[0][1] if named else "")
        effect, own = self.exclusion_before(start)
        for word in own:  # 县域 in a county's own article: the county itself
            prefix = prefix.replace(word, "")
        if effect or (effect := self.counted_firms_sector(cs, start, prefix, metrics)):
            return effect, explicit  # (高新技术产业企业26家，增加值下降7.8%: the counted firms' figure)
        if (frame := L.SUBSET_FRAME.match(self.text, self.body)) and frame.end() <= start:
            return "subset", ""  # 民营经济中，第一产业增加值5.8亿元…: the part of the economy, throughout
        if _places_total(self.text[max(self.group_start(start), self.body):start]) or _class_part(prefix, metrics):
            return "subset", explicit  # 南昌、九江两市共实现生产总值…: the places' joint total; 规上企业出口: a class's part
        if _whole_region_prefix(prefix):
            if counted:
                return "subset", explicit
            if not explicit and not set(metrics) & _WHOLE_MEASURES and (topic := self.clause_topic(cs)) \
                    and not (topic == "sector" and L.POPULATION.match(self.text, start)):
                return topic, explicit  # (重点行业支撑有力，规模以上工业…: the above-size firms are all the region's)
            if not explicit and self.firm_first(start):
                return "enterprise", explicit  # 浙江某某股份有限公司实现营收…；出口额…: the company's throughout
            return "region", explicit
        if places:
            return "subset", explicit  # 三区一县累计完成…: the set's total, no sector
        for m in L.SCOPE.finditer(prefix):
            return SCOPE_WORDS.get(m.group(), L.EXCLUSIONS.get(m.group(), "sector")), explicit
        if _COMPARED_PREFIX.fullmatch(prefix):
            return "region", explicit  # 也比2019年一季度的地区生产总值…: the level of the time compared with
        if len(_WORD_PREFIX.sub("", prefix)) <= 2 and not L.SECTOR_MARK.search(prefix) \
                and not self.kind_of_sector(prefix, start):
            return "region", explicit  # 实际, 全口径: a short word that qualifies the metric, no sector
        return "sector", explicit

    def counted_firms_sector(self, cs: int, start: int, prefix: str, metrics: tuple[str, ...]) -> str:
        """战略性新兴产业企业9家，产值同比增长12.4%: a clause that counts the firms of a sector, right before
        a clause whose bare metric (产值, 增加值: an alias read in context) names no subject, makes that metric
        the sector's (not 全县规上工业企业152家，…: the region's own above-size firms)."""
        if "家" not in self.text[max(0, cs - 4):cs] or not L.GAP.fullmatch(prefix):
            return ""  # (the metric's clause names a subject of its own)
        named = L.METRIC.match(self.text, start)
        if named is None or not ALIASES[L.alias_of(named.group())].context:
            return ""  # (新设外资企业423家，合同外资额…: a metric named in full is the region's)
        m = _FIRMS_COUNTED.search(self.text, max(self.body, self.group_start(cs)), cs)
        if m is None or L.POPULATION.search(self.text, self.clause_start(m.start()), m.start()):
            return ""  # (该市规模以上工业在库企业1667家，增加值…: the region's own above-size firms)
        return "sector" if self.prefix_scope(m.start(), metrics)[0] == "sector" else ""

    def kind_of_sector(self, prefix: str, start: int) -> bool:
        """先进制造业投资, 现代服务业增加值: a word glued to a metric whose name opens with a sector
        (制造业, 服务业) names a kind of that sector, not the whole."""
        m = L.SCOPE.match(self.text, start)
        return m is not None and SCOPE_WORDS.get(m.group()) == "sector" \
            and prefix[-1:] == self.text[start - 1:start] and "\u4e00" <= prefix[-1:] <= "\u9fff"

    def subject_start(self, start: int) -> int:
        """Where the words that may scope the metric at ``start`` begin: its clause, reaching back over
        a bracket of the subject's, and after a dateline."""
        cs = max(self.clause_start(start), self.body)
        if (o := self.text.rfind("(", 0, cs)) > 0 and ")" in self.text[cs:start] and (
                L.SET_NAMED.match(self.text, o) or L.COUNTED_SET_END.search(
                    self.text, max(0, o - 8), self.text.find(")", cs) + 1)):
            cs = max(self.clause_start(o), self.body)  # 三县(仙居、天台和三门)…: the clause of the set, not its list;
            # 全省77个县(市)实现…: a set noun's bracket (set_nouns.csv)
        while (outer := self.scoped_bracket(cs, start)) is not None:
            cs = outer  # 镇(街)规上工业…: a bracket after the subject's scope word (not 等3县(市)…)
        if "日电" in self.text and (dateline := _DATELINE.match(self.text, cs)) and dateline.end() <= start:
            cs = dateline.end()  # 新华社长沙4月20日电 根据地区生产总值…: the dateline is no subset
        return cs

    def scoped_bracket(self, cs: int, start: int) -> int | None:
        """Where the clause before a bracket that opens at ``cs`` - 1 starts, when a scope word ends
        right before the bracket and the bracket closes before ``start`` (镇(街)规上工业…), else None."""
        text = self.text
        if cs <= self.body or text[cs - 1] != "(" or text.find(")", cs, start) < 0:
            return None
        outer = max(self.clause_start(cs - 1), self.body)
        return outer if any(m.end() == cs - 1 for m in L.SCOPE.finditer(text, outer, cs - 1)) else None

    def clause_words(self, cs: int, start: int, metrics: tuple[str, ...]) -> tuple[str, bool, bool]:
        """The words of the clause from ``cs`` up to the metric at ``start`` with its times and
        amounts cut out; whether they count a subset (127家规上企业, 13市中4市); whether they open
        with a set of places counted (三区一县累计完成…)."""
        parts, last, counted = [], cs, False
        for s, e in self.cut_spans:
            if cs <= s and e <= start:
                parts.append(self.text[last:s])
                last = e
                if self.text[e - 1] in L.CLASSIFIERS and any(t.end == s and t.kind == "region" and t.value not in REGION_WORDS
                                                             for t in self.toks):
                    last = _PLACE_KIND.match(self.text, e).end()  # type: ignore[union-attr]
                    continue  # 吴兴、南浔和德清三个区县, 禅城、南海和顺德三个行政区: the places just named, counted
                counted = counted or (self.text[e - 1] in L.CLASSIFIERS  # 127家规上企业: a counted subset
                                      and not self.counts_population(e, start, metrics)
                                      and not self.text.endswith("等", 0, s))  # 萧山、…、鄞州等五个区: those named
        parts.append(self.text[last:start])
        prefix = "".join(parts)
        if ")" in prefix:  # (记者 胡某)根据地区生产总值…: a byline is no subset (it ends with its bracket)
            prefix = _BYLINE.sub("", prefix)
        places = _COUNTED_SET.match(prefix) is not None and not any(
            t.kind == "region" and t.value not in REGION_WORDS and t.end <= cs for t in self.toks)  # (宁海…和象山…，
        # 两县GDP总量分别为…: the places named before, counted back)
        return prefix, counted or places or _COUNTED_PLACES.search(prefix) is not None, places  # 13市中4市的…

    def exclusion_before(self, start: int) -> tuple[str | None, list[str]]:
        """The effect of an exclusion word (不含, 限上, 县域 …) in the phrase of the metric at
        ``start``, and the words that name the home region itself (县域 in a county's own article)."""
        # an exclusion word before an earlier metric (签约重大项目…，签约项目总投资) is that metric's
        lo = self.group_start(start)
        for sl in self.slots:
            if lo < sl.end <= start:
                lo = sl.end
        for b in self.figure_ends:  # 限上销售额847.5亿元，社会消费品零售额…: a figure closes its phrase
            if not lo < b <= start:
                continue
            after = b + 2 if self.text.startswith(("以上", "以下"), b) else b  # 维持在1700亿元以上，…: its bound
            after += next((len(w) for w in L.LEVEL_WORDS if self.text.startswith(w, after)), 0) if after > b else 0
            # (保持120亿元以上高位，…: the level the bound describes)
            if self.text.startswith((",", ";", "、"), after):
                lo = after
        home = self.ds.home_place
        own = _WHOLE_AT.get(home.level, []) if home is not None else []
        words = [m for m in L.EXCLUSION.finditer(self.text, lo, start) if m.group() not in own
                 and not (m.start() and self.text[m.start() - 1] in L.EXCLUSION_NOT_AFTER.get(m.group(), ""))
                 and not (L.EXCLUSION_WHOLE_AT.get(m.group()) == "places"
                          and "是" in self.text[self.clause_start(m.start()):m.start()])]
        # (阜阳…同时也是阜阳城市群中心城市，…阜阳经济实现…: a group of places that describes the place)
        if not words:
            return None, own  # (most phrases hold none: no subject to look for)
        subject = lo  # 一批大项目纷纷落户平湖…，我市完成实到外资…: a whole-region word opening the metric's
        for t in self.toks:  # clause is its subject; a modifier before it is another phrase's (not a
            if t.kind == "region" and t.value in REGION_WORDS and lo < t.start < start \
                    and not self.text[self.clause_start(t.start):t.start].strip():  # verb that governs
                subject = t.start  # the sentence: 剔除房地产开发投资后，全市固定资产投资…)
        excl = next((m for m in words if (m.start() >= subject or m.group() in L.EXCLUSION_GOVERNS)
                     and not _OTHER_ITEM.search(self.text, m.end(), start)
                     and not _ADJUSTMENT.match(self.text, m.end())
                     and not L.PLACE_OF_PLACE.match(mask_names(self.text[m.end():start]))), None)
        return (L.EXCLUSIONS[excl.group()] if excl else None), own

    def firm_first(self, start: int) -> bool:
        """Whether a company's name opens the sentence (after its time) and is its subject before
        ``start``: 今年上半年，浙江某某新材料股份有限公司实现…；出口额…"""
        end = min(start, self.body + 40)
        if all(self.text.find(c, self.body, end) < 0 for c in _FIRM_LAST):
            return False  # (a company's name ends with one of these: most openings hold none)
        first = _FIRM_OPENING.search(self.text, self.body, end)
        return first is not None and not any(t.kind == "region" and t.value in REGION_WORDS and first.end() <= t.start < start
                                             for t in self.toks)

    def counts_population(self, e: int, start: int, metrics: tuple[str, ...]) -> bool:
        """全区716家规上企业实现产值: a count of the very units the metric covers is the whole set (a
        time may stand between: 全区1112家规上企业10月当月完成产值)."""
        m = L.POPULATION.match(self.text, e)
        if m is None or not set(metrics) & L.POPULATIONS[m.group()]:
            return False
        end = next((te for ts, te in self.times if ts == m.end() and te <= start), m.end())
        return end >= start or L.GAP.fullmatch(self.text, end, start) is not None

    def clause_topic(self, cs: int) -> str:
        """房地产是第一大引资行业，合同利用外资增长310%; 薛家镇开放型经济发展迅猛，实际到账外资…:
        an earlier clause of the sentence, with no figure, names the sector or town the
        subject-less clause is about ("" when none does)."""
        lo = self.group_start(cs)
        if L.SCOPE.search(self.text[lo:cs]) is None:
            return ""  # (no scope word before the clause: none of its clauses names one)
        opening = True  # the sentence's first clause after its times: its subject opens it (该镇现有…)
        for clause in _CLAUSE_SEP.split(self.text[lo:cs]):
            bare = TIME.sub("", clause).strip() if may_hold_time(clause) else clause
            if not bare or bare[:1] in "按分从" and L.BREAKDOWN_LEAD.fullmatch(bare + ","):
                continue  # 分行业看,工业投资增长…: a lead's dimension (行业) is no topic of the clause after it
            figures, opening = any(map(str.isdigit, clause)), opening and lo == 0
            for m in L.SCOPE.finditer(mask_names(clause)) if L.SCOPE.search(clause) else ():  # not the 镇 of 镇江市
                # (SCOPE's words are plain words: masking names adds no match to a clause that holds none)
                scope = SCOPE_WORDS.get(m.group())
                at = bare.find(m.group())
                if figures and not (opening and (scope == "town" and at <= 4 or scope == "enterprise" and at <= 12)):
                    continue  # a clause with figures names its own subject, unless it opens the sentence
                if scope == "subset" and opening and not figures and at <= 4 and m.group().endswith("企业"):
                    return scope  # 小微企业增势良好，1-5月实现增加值…: a class of firms opening the sentence
                if scope == "sector" and _object_of_region(clause, m.start()):
                    continue  # 全区力抓制造业高质量发展: the sector is what the whole region works on, no topic
                if scope == "sector" or (m.group() in ("镇", "街道") and (
                        m.start() >= 2 and clause[m.start() - 1] != "城" or clause[m.start() - 1:m.start()] == "该")):
                    return scope  # a town by its name (薛家镇) or 该镇, not 城镇 (urban), 桐乡 or 农村
                if opening and scope == "enterprise" and (bare.startswith(("该", "这家", "此"))
                                                          or m.group() in L.FIRM_ENDS):
                    return scope  # 该公司…，实现产值…; 某某集团有限公司…，实现出口…
            opening = False
        return ""

    def reached_by(self, m: re.Match[str]) -> bool:
        """到2023年底 in an article of 2024, 到1994年突破10亿元 in one of 2018: a past year (or its end),
        no plan's date."""
        if not m.group().startswith("到") or self.ds.pub is None:
            return False
        return int(m.group()[1:5]) < self.ds.pub.year

    def plan_kind(self, start: int) -> str:
        """target or forecast when a plan word governs ``start``: in its clause group, or leading
        the whole sentence (预计全年：…；…)."""
        if self.plan_named is None:  # (looked for once a figure asks)
            self.plan_named = L.PLAN.search(self.text, self.body) is not None
        if not self.plan_named:  # no plan word after the headline: nothing below can find one (the lead
            return self.estimate_noted()  # patterns and forecast_lead read plan words there too)
        last = None
        for m in L.PLAN.finditer(self.text, max(self.group_start(start), self.body), start):
            if not L.ACHIEVED.search(self.text, max(0, m.start() - L.ACHIEVED_REACH), m.start()) \
                    and not L.ACHIEVED_AFTER.match(self.text, m.end()) \
                    and not L.COMPARED_PLAN.search(self.text, max(0, m.start() - 8), m.start()) \
                    and not self.reached_by(m):
                last = m.group() if self.item_forecast_reaches(m, start) else None
        if last is None:
            lead = L.PLAN_LEAD.match(self.text, self.body) or L.PLAN_COLON.match(self.text, self.body)
            if lead is not None and lead.end() <= start and self.lead_governs(lead.group("word"), lead.start("word")):
                last = lead.group("word")
        if last is None:
            return self.forecast_lead(start) or self.estimate_noted()
        return "target" if last.startswith("到") else PLAN_WORDS[last]

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
        end = self.text.find(";", start)
        return not any(n.start() != m.start() and PLAN_WORDS.get(n.group()) == "forecast" and not self.leads_clause(n.start())
                       for n in L.PLAN.finditer(self.text, self.group_start(start), len(self.text) if end < 0 else end))

    def lead_governs(self, word: str, pos: int) -> bool:
        """Whether the plan word opening the sentence at ``pos`` governs its figures: not a plan met
        (工业投资实现倍增目标，…), nor a forecast after a subject of its own (研发投入强度预计…)."""
        if L.ACHIEVED.search(self.text, max(0, pos - L.ACHIEVED_REACH), pos):
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
        # 平湖1100亿元、海盐750亿元; 嘉善县GDP增长7.2%；海盐县增长6.8%: the list goes on from the base's own figures
        continues = base is not None and own_end > base.end and L.ITEM_SEP.fullmatch(text, own_end, start)
        # 嘉善县增长8.2%，居第1；平湖市(6.8%)、秀洲区(6.2%)…: other places' rates, a clause on, go on from
        # a named place's rate when no figure stands between
        continues = continues or (base is not None and bool(base.explicit_region) and own_end > base.end
                                  and len(run) > 1 and all(it.kind == "pct" for it in run)
                                  and text[:start].rstrip().endswith((",", ";"))  # not 高于海盐县(6.1%)…
                                  and not any(own_end <= f < start for f in self.figure_starts))
        if base is None and (base := self.elided_base(run)) is not None:
            between = text[self.group_start(start):start]
        elif base is None or len(base.metrics) != 1 or (
                self.group_start(base.end) != self.group_start(start) and base.end > 0  # end 0: the topic
                and not (continues and base.explicit_region)):
            return
        else:
            between = L.COMPARED_RATE.sub("", text[base.end if base.end else lead:start])
            between = L.LIST_NUMBER.sub("", between)  # 数据:1.新罗区(…): the first item's number
            between = L.SET_BOUND.sub("", L.SET_COUNT.sub("", _BAND_COUNT.sub("", _TOP_N.sub("", between))))  # 居前3位的分别是: a rank, no figure
            if any(map(str.isdigit, between)) and not L.QIZHONG_END.search(between) and not continues:
                return  # figures in between belong to the base, unless the list is its 其中 or goes on from it
        # 嘉善县增长8.2%，较上月有所回落；平湖市(6.8%)、…: a growth word before a ; is the base's, and
        # the list of rates goes on from the base's own rate
        cut = between.rfind(";") + 1
        cue = L.GROWTH_WORD.search(between, cut)
        goes_on = cut > 0 and cue is None and bool(base.growths)
        rated_before = base.rule == "metric-after-list" or base.rule == "elided-metric" and self.prev is not None and (
            bool(self.prev.growths) or any(q.has_growth for q in self.prev.amounts))  # …投资增速6.4%。比如，延津县是20.9%…
        # (西夏区(13.0%)…地区生产总值增速…: the rate word after the list)
        if run[0].kind == "pct" and cue is None and not goes_on and not rated_before \
                and not all(it.verb or it.fig.re is L.FLAT for it in run):
            return  # a rate needs a growth word: before the list, or each item's own (or the sentence before's rate)
        sign = -1 if cue is not None and L.SIGN.get(cue.group(), 1) < 0 else 1
        # 各县…, 中国GDP排名前四的城市依次为上海(…)…: each item is a place of its own
        lead = text[self.group_start(base.start):base.start]
        scope = "region" if base.scope == "national" or L.EVERY_REGION.search(lead) or self.parts_whole(base) \
            else base.scope  # 县域GDP前五的依次是昆山(…): each a county
        for it in run:
            name = _region_name(it.name, self.ds)
            slot = Slot(base.metrics, it.start, it.end, base.alias, base.broad, [name], scope, base.kind,
                        base.time, explicit_region=it.name,
                        rule="region-list" + (f"+{base.rule}" if base.rule in ("elided-metric", "metric-after-list") else ""))
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

    def compared_slots(self, i: int, j: int) -> int:
        """增长8.7%，分别高于全省(6.3%)、金华(6.7%)2.4和2.0个百分点: the places a rate is compared
        with, each with its own rate in brackets, are facts of those places for the same metric."""
        if not self.slots:  # (no slot: no rate to compare with)
            return 0
        before, text = len(self.slots), self.text
        self.compared_period_rates()
        if "%的" in text:  # 远超全市8.1%、闵行6.1%的增幅: bare rates a rate word names
            bare = mask_names(text)
            for m in L.COMPARED_BARE.finditer(bare):
                self.compared_rate_slots(m, bare, L.COMPARED_BARE_ITEM)
        if "(" not in text:
            return len(self.slots) - before
        masked = mask_names(text)  # the patterns read a place name as a mark over it
        for m in L.COMPARED_PLACES.finditer(masked) if holds_any(masked, _COMPARED_PLACES_WORDS) else ():
            self.compared_rate_slots(m, masked, L.COMPARED_ITEM)
        for ps, pe in self.parens:  # 4894元(全国5963元、全省4881元): their own figures
            if (m := self.bracket_list(ps, pe)) is not None:
                self.bracket_slots(m, masked)
        for m in L.COMPARED_LEVELS.finditer(masked) if holds_any(masked, _COMPARED_LEVELS_WORDS) else ():
            # 落后于河北(255亿美元,增长34%): the place's own figures
            self.level_slots(m, masked)
        for m in L.COMPARED_BASIS.finditer(text) if holds_any(text, _COMPARED_BASIS_WORDS) else ():
            # 较去年同期(-1.1%)提高…: the rate a year before
            base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
            if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(m.start()) \
                    or not (base.growths or any(q.has_growth for q in base.amounts)):
                continue
            year, period, _ = resolve_time(base.time, self.ds)
            if year is None or not period:
                continue
            slot = Slot(base.metrics, m.start(), m.end(), base.alias, base.broad, list(base.regions), base.scope,
                        base.kind, (year - 1, period, 0), base.explicit_region, rule="last-year-rate")
            sign = -1 if L.SIGN.get(m.group("verb") or "", 1) < 0 else 1
            slot.growths = [Rate(sign * float(m.group("rate")), *m.span("rate"))]
            self.slots.append(slot)
        return len(self.slots) - before

    def compared_rate_slots(self, m: re.Match[str], masked: str, item: re.Pattern[str]) -> None:
        """The places a metric's rate is compared with (分别高于全省(6.3%)、金华(6.7%); 远超全市8.1%的增幅),
        each with its own rate: that metric's rates of those places."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
        if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(m.start()) \
                or not (base.growths or any(q.has_growth for q in base.amounts)):
            return
        for it in item.finditer(masked, m.start("items"), m.end("items")):
            place = text[it.start("place"):it.end("place")]
            name = _region_name(place, self.ds)
            slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name],
                        "national" if name == "全国" else base.scope, base.kind, base.time,
                        explicit_region=place, rule="compared-place")
            slot.growths = [Rate(float(it.group("rate")), *it.span("rate"))]
            self.slots.append(slot)

    def level_slots(self, m: re.Match[str], masked: str) -> None:
        """落后于河北(255亿美元,增长34%)和黑龙江(91.5亿美元,增长1倍): places the metric of the clause group
        is compared with, each with its own level (and rate) in brackets: the same metric's facts."""
        text = self.text
        base = next((sl for sl in reversed(self.slots) if sl.rule.startswith("metric") and sl.end <= m.start()
                     and self.group_start(sl.end) == self.group_start(m.start())), None)
        if base is None or len(base.metrics) != 1:
            return
        for it in L.LEVEL_ITEM.finditer(masked, m.start("items"), m.end("items")):
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
            if it.group("rate"):
                value = float(it.group("rate")) * (100 if it.group("mark") == "倍" else 1)
                slot.growths = [Rate(-abs(value) if L.SIGN[it.group("verb")] < 0 else value, *it.span("rate"))]
            self.slots.append(slot)

    def compared_period_rates(self) -> None:
        """增速比一季度的7%有所加快: the rate of an earlier period of the same year the slot's rate
        is compared with, a fact of that period."""
        if "%" not in self.text or "比" not in self.text and "较" not in self.text \
                or not holds_any(self.text, _PERIOD_RATE_WORDS):
            return  # (the pattern holds 比 or 较, a percent and a rate word)
        for m in L.COMPARED_PERIOD_RATE.finditer(self.text):
            base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
            t = time_expr(tm) if (tm := TIME.fullmatch(self.text, *m.span("time"))) else None
            if base is None or len(base.metrics) != 1 or t is None or not t.period or t.year is not None \
                    or self.group_start(base.end) != self.group_start(m.start()) \
                    or not (base.growths or any(q.has_growth for q in base.amounts)):
                continue
            year, period, _ = resolve_time(base.time, self.ds)
            if year is None or period == t.period:
                continue
            slot = Slot(base.metrics, m.start(), m.end(), base.alias, base.broad, list(base.regions), base.scope,
                        base.kind, (year, t.period, 0), base.explicit_region, rule="rate-shift")
            sign = -1 if L.SIGN.get(m.group("verb") or "", 1) < 0 else 1
            slot.growths = [Rate(sign * float(m.group("rate")), *m.span("rate"))]
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
        return next((sl for sl in reversed(self.slots) if sl.end <= run[0].start and sl.rule != "region-list"), None)

    def metric_rated_after(self, run: list[RegionItem]) -> tuple[str, ...] | None:
        """西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…: places with their rates in brackets, then
        right after them the metric and a rate word: that metric's rates (its metrics; None for another list)."""
        if run[0].kind != "pct" or not all(self.text.startswith("(", it.fig.start() - 1) for it in run):
            return None
        end = self.text.find(")", run[-1].fig.end()) + 1
        tok = next((t for t in self.toks if t.start >= end), None)
        if not end or tok is None or tok.kind != "metric" or tok.start != end \
                or not L.RATE_WORD_BEFORE.match(self.text, tok.end):
            return None
        return ALIASES[L.alias_of(tok.value)].metrics  # type: ignore[arg-type]

    def elided_base(self, run: list[RegionItem]) -> Slot | None:
        """有6个省份增速超过全国，分别是江苏(7.1%)、安徽(6.9%)…: a list of places' rates whose
        metric the sentence leaves out; a set of places and a rate word lead it, and the metric is
        the document's headline metric, the one it named first (a slot of no width at the list's start)."""
        start = run[0].start
        lead = self.text[self.group_start(start):start]
        if (after := self.metric_rated_after(run)) is not None:
            return Slot(after, start, start, METRICS[after[0]].label_zh, False, [self.ds.home], "region",
                        self.plan_kind(start) or "actual", self.state.snapshot(), rule="metric-after-list")
        if self.slots:
            return None
        prev = self.prev
        if prev is None and L.QIZHONG_START.fullmatch(lead.rstrip(", ")):
            return self.unparsed_base(start)  # 各县市区固定资产投资均保持增长。其中,宜都市增长15.2%,枝江市…
        if prev is not None and not (prev.amounts or prev.growths) and len(prev.metrics) == 1 \
                and L.QIZHONG_START.fullmatch(lead.rstrip(", ")) and self.counted_set_before():
            metrics = prev.metrics  # 全市8个县区规上工业增加值增速均为正。其中,新民市增长10.5%,…
        elif prev is not None and (prev.amounts or prev.growths) and len(prev.metrics) == 1 and prev.scope == "region" \
                and L.QIZHONG_START.fullmatch(lead.rstrip(", ")):
            metrics = prev.metrics  # 全市…增长8.2%。其中,海宁市增长12.4%,桐乡市增长6.5%: the places' figures of it
        elif (L.BY_REGION.search(lead) or L.RATE_VIEW.fullmatch(lead)) and len(self.ds.last_metric) == 1:
            metrics = self.ds.last_metric  # 分县市区看，海宁增长8.1%…; 增速方面，长兴增长12.1%…: the metric of
            # the sentence before
        elif run[0].kind == "pct" and len(self.ds.head_metric) == 1 and L.EVERY_REGION.search(lead) \
                and L.GROWTH_WORD.search(lead):
            metrics = self.ds.head_metric
        elif len(run) >= 3 and (all(it.kind == "pct" for it in run) or all(
                it.kind == "amount" and self.text.startswith("(", it.fig.start() - 1) for it in run)) \
                and len(self.ds.last_metric) == 1 and not any(t.kind == "metric" for t in self.toks):
            metrics = self.ds.last_metric  # 比如，延津县是20.9%，凤泉区是20.7%，获嘉县是20.6%: the places' rates
            # of the metric of the sentence before, listed in a sentence of their own; so are places' levels in
            # brackets (13个设区市中，苏州(5186.64亿元)、南京(4230.24亿元)、无锡(…)居前三位)
        else:
            return None
        return Slot(metrics, start, start, METRICS[metrics[0]].label_zh, False, [self.ds.home], "region",
                    self.plan_kind(start) or "actual", self.state.snapshot(), rule="elided-metric")

    def metric_slot(self, s: int, e: int, surface: str, regions: list[str]) -> Slot | None:
        """The slot a metric token opens, or None where the metric is no figure's (a modifier, a
        share's whole, an industry named without its value, a context alias out of context)."""
        text, ds = self.text, self.ds
        alias = ALIASES[L.alias_of(surface)]
        if (bound := _BOUND_AFTER.match(text, e)) and L.BOUND_HOLDER.match(text, bound.end()):
            return None  # 是全省唯一出口超300亿元的城市: the metric names what the places passed
        verb = L.VERB_OPENING.match(text, e)  # 第一产业完成投资: a verb between the name and its modifier
        framed = L.RATE_FRAME.match(text, e) is not None and L.RATE_FRAME_OPEN.search(text, 0, s) is not None
        if text.endswith(L.MODIFIERS_BEFORE, max(0, s - 2), s) or (
                text.startswith(L.MODIFIERS_AFTER, e) and not L.RANKING_LIST.match(text, e) and not framed) or (
                verb is not None and text.startswith(L.INVESTMENT_AFTER, verb.end())) or (
                text.startswith("的", e) and text.startswith(L.MODIFIERS_AFTER, e + 1)):
            return None  # 社零总额的贡献率: a word about the metric, not its figure
        if _SHARE_BEFORE.search(text, max(0, s - 14), s) or any(
                a < s < b and L.ABBREVIATION_OPEN.match(text, a) for a, b in self.parens):
            return None  # (以下简称“社零总额”): the metric's short name defined, no mention of its own
        if alias.rate_only and ((rate := L.RATE_FOLLOWS.match(text, e)) is None or _POINTS_NEXT.match(text, rate.end())):
            return None  # 规上工业企业12家: the industry named, not its value added; 拉动规上工业增长5个百分点,
            # 对规上工业增长贡献率96.8%: a pull in points or a share, no rate of its own
        if L.FRAME_AFTER.match(text, e) or (text.endswith("在", 0, s) and text.startswith("中", e)):
            return None  # (在)第三产业中，批发和零售业增加值增长5.1%: the whole its parts are named in
        metrics = alias.metrics
        if alias.generic and alias.text in ds.generic:
            metrics = (ds.generic[alias.text],)
        end = e
        inner = _INNER.match(text, e)
        if inner and L.METRIC.fullmatch(inner.group("inner")):
            inner_alias = ALIASES[L.alias_of(inner.group("inner"))]
            if alias.generic:
                ds.generic[alias.text] = inner_alias.metrics[0]
                metrics = inner_alias.metrics
            end = inner.end()
        if alias.context == ("gdp",):
            if not set(ds.last_metric) & _GDP_FAMILY:
                return None
        elif alias.context and (not (any(set(alias.context) & set(sl.metrics) for sl in self.slots)
                                     or self.population_named(s, metrics)
                                     or not self.slots and (L.QIZHONG_START.match(text) is not None or framed)  # 其中，7月当月增加值…
                                     and bool({*alias.context, *metrics} & set(ds.last_metric)))
                                or self.tail_of_noun(s)):  # the last sentence's metric after 其中
            return None  # 产值 after 规上工业增加值 is its output, unless a longer noun ends in it (高新技术产品产值)
        if alias.context and self.slots and set(self.slots[-1].metrics) == set(metrics) \
                and not any(self.slots[-1].end <= ts < s for ts, _ in self.times) \
                and _whole_region_prefix(text[self.clause_start(s):s]):
            return None  # …总产值超过1100亿元，总产值增速30%: the same metric named again, no new period
        if len(metrics) == 1:  # 第一、三产业增加值: items listed before the metric that share its head
            listed, s = self.shared_head(s, surface)
            metrics = listed + metrics
        ds.last_metric = ds.last_metric if alias.context == ("gdp_secondary",) else metrics  # (其中工业完成…；第三产业…)
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

    def whose_part(self, scope: str, explicit: str, regs: list[str], s: int, end: int) -> str:
        """A region's figure that is a part after all: a zone's alone (not one ranked among places), or
        a town's in a town's own paper (我镇…；财政总收入9.8亿元: no subject of its own)."""
        if scope != "region":
            return scope
        if regs and all(r in self.zone_only and r != self.ds.home for r in regs) \
                and not self.ranked_here(end) and not self.ranked_before(s):
            return "subset"
        return "town" if not explicit and regs == [self.ds.home] and self.ds.home_is_town else scope

    def new_slot(self, s: int, e: int, end: int, surface: str, metrics: tuple[str, ...], regions: list[str]) -> Slot:
        """The slot of ``metrics`` printed at ``s``…``end``: whose figures (regions), which part of
        them (scope) and what kind (actual or a plan's), from the words around it."""
        text, ds, alias = self.text, self.ds, ALIASES[L.alias_of(surface)]
        scope, explicit = self.prefix_scope(s, metrics)
        after = L.PLAN_AFTER_METRIC.match(text, end)
        if after and self.open.pending is not None and text[end:end + 1] == ",":
            after = None  # 实现8117亿元的地区生产总值，预计两年内突破万亿: the plan is the next clause's, not the figure's
        kind = self.plan_kind(s) or (PLAN_WORDS[after.group("word")] if after else "actual")
        for ps, pe in self.parens:
            if ps < s < pe and L.EXCLUSION.match(text, ps + 1):
                scope = "subset"
        regs = list(regions) if regions else [ds.said and opening_place(ds.said, ds) or ds.home]  # (湖州虽被反超，…。)
        prev = self.prev
        if not regions and not explicit and prev is not None and prev.rule.startswith("metric") \
                and prev.scope == "region" and prev.explicit_region \
                and len(prev.regions) == 1 and prev.regions != [ds.home] and L.PARTS_START.match(text):
            regs = list(prev.regions)  # 济南市生产总值5841亿元…。其中，第一产业…: the parts of that place's total
        if scope == "region" and not regions and not explicit and prev is not None and prev.scope == "subset" \
                and "gdp" in prev.metrics and set(metrics) & _GDP_FAMILY and L.PARTS_START.match(text):
            scope = "subset"  # 市级实现地区生产总值…。其中，第一产业…: the parts of a part's total
        total = self.slots[-1] if self.slots else prev
        if scope == "region" and not explicit and total is not None and regs == total.regions \
                and set(total.metrics) == set(metrics) and total.alias != alias.text and not alias.text.startswith("地方") \
                and _QIZHONG_END.search(text, max(0, s - 4), s) and not total.broad and not L.POPULATION.match(text, s) \
                and not any(ts < s and (not self.slots or total.end <= ts) for ts, _ in self.times):
            scope = "subset"  # 全社会固定资产投资…，其中，固定资产投资…: the same metric by a narrower name, a part
            # (not 工业增加值…，其中规模以上工业增加值…: the above-size industry is the headline; nor 其中，地方
            # 财政收入…: the local revenue is the general budget's, whatever the total before it is called)
        at = text.rfind(explicit, 0, s) if explicit else -1
        if explicit in REGION_WORDS and at >= self.clause_start(s) and not ends_with_name(text, at) \
                and self.subject.last_end <= at + len(explicit):  # 全市3个开发区: the later place is the subject
            regs = [self.place_word(explicit, at)]
        if scope == "region" and L.PRODUCT_LIST.match(text, end) and not L.METRIC.search(
                text, end, L.PRODUCT_LIST.match(text, end).end()):  # type: ignore[union-attr]
            scope = "sector"  # 进口原油、机电产品分别增长…: figures of the products listed
        scope = self.whose_part(scope, explicit, regs, s, end)
        if alias.national and not explicit and not _below_nation(text, end):
            regs = ["全国"]  # 国内生产总值: the nation's, whatever place the article is about
        if "全国" in regs and scope == "region":
            scope = "national"
        slot = Slot(metrics, s, end, alias.text, alias.broad and not self.above_size_carried(s, metrics), regs,
                    scope, kind, self.state.snapshot(), explicit_region=explicit)
        for name, applies in (("shared-head", len([m for m in metrics if m]) > len(alias.metrics)),
                              ("metric-list", len(alias.metrics) > 1),  # 城乡居民收入, 第二、三产业增加值
                              ("topic-heading", e == 0 and surface == self.topic),
                              ("metric-anaphor", text[s:e] != surface and (L.METRIC_ANAPHOR.fullmatch(text, s, e)
                                                                            or L.RATE_ANAPHOR.match(text, s) is not None
                                                                            and L.RATE_ANAPHOR.match(text, s).end() == e)),
                              ("split-name", (s, e) in self.split_spans),
                              ("size-part", s < e and text[s:e] != surface and L.POPULATION.fullmatch(text, s, e) is not None),
                              ("ranked-place", s == e and s in self.ranked_at)):
            if applies:
                slot.add_rule(name)
        if len(regs) > 1 and (m := L.DISTRIBUTIVE.match(text, end)) and m.group("word") == "均":
            slot.each = True  # 南湖区、秀洲区地区生产总值均增长5.7%: one figure for every place
        self.list_times(slot, s, end)
        return slot

    def list_times(self, slot: Slot, s: int, end: int) -> None:
        """The periods or years a list of them before the metric at ``s``…``end`` gives its figures, one
        each (一季度、上半年…; 2021年至2023年…; 2013年一季度以来…累计增速分别为: quarter-list)."""
        slot.periods = self.listed_periods(s, end, self.period_toks)
        slot.years = self.listed_years(s)
        if not slot.periods and not slot.years and "以来" in self.text and (run := self.quarters_since(s, end)):
            slot.years, slot.periods = [y for y, _ in run], [p for _, p in run]
            slot.add_rule("quarter-list")
        elif not slot.periods and "季度" in self.text and (lead := self.quarters_running(s, end)) is not None:
            slot.periods = list(_QUARTER_RUN[:lead[1]])  # 四个季度累计GDP增幅分别为…: the year's cumulative
            slot.scope = self.prefix_scope(lead[0], slot.metrics)[0]  # periods; the count is no sector
            slot.add_rule("quarter-list")

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

    def ranked_here(self, end: int) -> bool:
        """Whether a rank a verb gives (排名第二, 位居全市第二) follows the metric ending at ``end`` in its
        clause group with no other metric before it (…，6项指标位居苏北第一: those metrics' rank)."""
        m = L.RANKED_BY_VERB.search(self.text, end)
        return m is not None and self.group_start(m.start()) == self.group_start(end) \
            and L.METRIC.search(self.text, end, m.start()) is None

    def ranked_before(self, s: int) -> bool:
        """Whether a rank a verb gives (经开区位居第三，GDP总量…) comes before the metric at ``s`` in its
        clause group, with no metric before it there: the rank of the place that opens the group."""
        start = self.group_start(s)
        m = L.RANKED_BY_VERB.search(self.text, start, s)
        return m is not None and L.METRIC.search(self.text, start, s) is None

    def listed_years(self, s: int) -> list[int]:
        """2022年、2023年，…分别为, 2021年至2023年，…分别完成 or 2010年以来…分别增长: the years a list of
        them (a range, or the years since one) leading the metric at ``s`` stands for, one per figure
        when the counts agree."""
        if not self.times or self.times[0][1] > s:
            return []  # (no time token before the metric: no run of years)
        text, run = self.text, []
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

    def names_other_thing(self, at: int) -> bool:
        """肥西县规下工业同比增长11%: the clause of a rate at ``at`` names, after its place, a thing of a
        metric's kind that is no metric of ours, or a sector (住宿餐饮业营业额增长13.2%): the rate is
        that thing's, not the last sentence's."""
        cs = self.clause_start(at)
        cs = max([cs] + [t.end for t in self.toks if t.kind == "region" and cs <= t.start and t.end <= at])
        words = L.BASIS_TAIL.sub("", self.text[cs:at].strip())
        return not words.startswith(L.DEMONSTRATIVES) and _other_things(words)  # (这一总量)

    def population_named(self, s: int, metrics: tuple[str, ...]) -> bool:
        """716家规上企业当月实现产值; 规上工业呈现…。1-11月累计完成产值…: the set of units the
        metric covers is named before it in its clause, or in a sentence with no figure just before."""
        if set(metrics) & self.ds.populations or any(set(metrics) & set(sl.metrics) for sl in self.slots):
            return True  # …总产值1823.6亿元，其中8月份实现产值…: the sentence's metric, named again
        lo = self.clause_start(s)
        end = lo - 1
        before = self.clause_start(end) if lo else 0
        if before and L.COUNT_CHANGE.fullmatch(self.text, before, end):
            end = before - 1  # …企业达到186家,比2007年净增65家;完成增加值…: the count before its change
            before = self.clause_start(end)
        if lo and L.VERB_GAP_FULL.fullmatch(self.text, lo, s) and (
                whole := L.POPULATION_COUNTED.fullmatch(self.text, before, end)):
            return bool(set(metrics) & L.POPULATIONS[whole.group("population") or whole.group("population2")])  # 规模以上工业企业793户，
            # 增加值增长1.8%: the clause before counts them all (not 新增规上企业22家: a subset)
        return all(self.text.find(c, lo, s) >= 0 for c in _POPULATION_CHARS) and any(
            set(metrics) & L.POPULATIONS[m.group()] for m in L.POPULATION.finditer(self.text, lo, s))  # (see populations_in)

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
        if "分别" in text[end:end + 32] and (m := L.DISTRIBUTIVE.match(text, end)) and m.group("word") == "分别":
            run = _period_run([t for t in period_toks if t[1] <= s], text)
            if len(run) >= 2 and not L.METRIC.search(text, run[-1][1], s):
                return [v.period for _, _, v in run]
        return []

    def tail_of_noun(self, s: int) -> bool:
        """Whether the word at ``s`` ends a longer noun that is an item of a list (、高新技术产品产值):
        Chinese characters between it and the joiner before it that no filler word (实现, 累计 …)
        or place ends."""
        text = self.text
        if s == 0 or not "\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] in _JOINERS:
            return False
        joiner = max(text.rfind(c, 0, s) for c in "、,;:(")
        return joiner >= 0 and text[joiner] == "、" and not text.endswith(L.FILLER_WORDS, 0, s) \
            and not _WORD_END.search(text, max(0, s - 4), s) and not _COUNTED_HEAD.search(text, joiner, s)

    def shared_head(self, s: int, surface: str) -> tuple[tuple[str, ...], int]:
        """The metrics of the items listed right before a metric that share its head, in order,
        and where the list starts: 第一、三产业增加值 (第一产业增加值), 城镇与农村居民人均可支配收入
        (城镇居民人均可支配收入), 出口和进口总额.  An item is the longest text (up to four
        characters) before a joiner (、和与及) that makes an alias with the head; the head is the
        longest end of the metric that every item takes."""
        text = self.text
        if s < 2 or text[s - 1] not in _JOINERS:
            return (), s
        for k in range(1, len(surface) - 1):
            head, listed, start = surface[k:], (), s
            while start > 1 and text[start - 1] in _JOINERS:
                item = next((a for a in range(max(0, start - 5), start - 1) if text[a:start - 1] + head in ALIASES),
                            None)
                if item is None:
                    break
                listed, start = ALIASES[text[item:start - 1] + head].metrics + listed, item
            if listed:
                return listed, start
        return (), s

    def new_period_growth(self, cur: Slot, g: GrowthTok, after: int) -> bool:
        """7月份增长11.2%，1—7月累计增长8.9%: a growth for a period named after the slot's own figure."""
        done = cur.growths or (cur.amounts and cur.amounts[-1].has_growth)
        moved = bool(cur.amounts) and self.state.period is not None and cur.time[1] not in (None, "YTD") \
            and self.state.period != cur.time[1] and L.PERIOD_RATE_NAMED.match(self.text, g.start) is not None
        if done and len(g.values) > 1 and not g.region:
            return self.period_list_growth(cur, g, after)  # …增长9.1%，一季度、上半年分别增长7.5%、8.2%
        if not (done or moved) or len(g.values) != 1 or g.region:  # (上半年…1261亿元，而一季度7.5%的增速: Q1's)
            return False
        new_year = self.state.year is not None and self.state.year != cur.time[0]
        named = [te for ts, te in self.times if after <= ts and te <= g.start and not compared_time(self.text, ts, te)
                 and (ts, te) not in self.basis_spans]
        if not named or (self.state.period is None and not new_year):
            return False  # 比2019年同期下降10.8%: a compared time names no period of its own (2013年增长7.2%: a year does)
        if any(after < b <= g.start for b in self.figure_ends):
            return False  # other figures between: the rate is of something else
        if L.SCOPE.search(self.text, named[-1], g.start) or L.EXCLUSION.search(self.text, named[-1], g.start):
            return False  # 上半年,限额以上批发零售企业…商品销售增长44.1%: the rate of another thing, named after the period
        self.period_slot(cur, cur.start, cur.end, g)
        return True

    def period_list_growth(self, base: Slot, g: GrowthTok, after: int) -> bool:
        """一季度、上半年、前三季度增速分别为5.1%、5.8%和6.0% (分季度看，一季度、上半年和全年分别增长…):
        rates listed one per period of a list right before them, with 分别 or 依次, are ``base``'s
        metric's for those periods (a slot of this sentence or the one before); whether they were.  The
        list is compared when its first item is (比一季度、上半年分别提高…), not for a 和 before its last."""
        run = _period_run([(ts, te, t) for ts, te, t in self.period_toks if after <= ts and te <= g.start], self.text)
        if len(run) != len(g.values) or compared_time(self.text, run[0][0], run[0][1]) or not L.GAP.fullmatch(_DISTRIBUTIVE.sub("", self.text[run[-1][1]:g.start])) \
                or not L.PAIRING.search(self.text, run[-1][1], g.end):
            return False
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
        metric the sentence before gave, for that period."""
        prev = self.prev
        if prev is None or any(sl.rule != "period-growth" for sl in self.slots) or len(prev.metrics) != 1 \
                or len(prev.regions) > 1 or g.region \
                or not (prev.growths or any(q.has_growth for q in prev.amounts)):
            return False
        after = max([self.body] + [b for b in self.figure_ends if b <= g.start])
        if len(g.values) > 1:  # 分季度看，一季度、上半年、前三季度增速分别为…: one rate per period listed
            return self.period_list_growth(prev, g, after)
        own = [(ts, te) for ts, te, t in self.period_toks if after <= ts and te <= g.start
               and not compared_time(self.text, ts, te)]
        if not own or not L.GAP.fullmatch(self.text, own[-1][1], g.start) or self.state.period is None:
            return False
        if (self.state.year, self.state.period) == prev.time[:2]:
            return False
        self.period_slot(prev, g.start, g.start, g)
        return True

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
        """出口1524.7亿元，增长51.1%，已超2020年全年的1503.6亿元: a level of another time."""
        gap = "".join(self.text[x:y] for x, y in zip([a] + [te for _, te in times], [ts for ts, _ in times] + [b])
                      if y > x)
        return bool(L.REF_GAP.fullmatch(gap))

    def extends_list(self, cur: Slot, slot: Slot) -> int:
        """出口、进口分别为…: a metric joined to the one before it, with a distributive word after;
        where the list's figures may start (after 分别 when a clause with no figure stands between
        the list and it: …均列全市首位，分别达到…), or 0."""
        if not self.slots or cur is not self.slots[-1] or cur.amounts or cur.growths:
            return 0
        if len(cur.regions) > 1 or cur.regions != slot.regions or cur.periods:
            return 0
        unknown = 0
        if (join := L.METRIC_JOIN.match(self.text, cur.end, slot.start)) and slot.scope == "subset" != cur.scope \
                and (part := L.EXCLUSION.fullmatch(self.text, join.end(), slot.start)) is not None \
                and L.EXCLUSIONS.get(part.group()) == "subset":
            slot.metrics = ("",) * len(slot.metrics)  # 社会消费品零售总额和限上社零额分别增长…: the subset's
            # figure holds its place in the list, skipped
        elif not L.METRIC_JOIN.fullmatch(self.text, cur.end, slot.start):
            gap = L.UNKNOWN_ITEMS.fullmatch(self.text, cur.end, slot.start)
            if gap is None:
                return 0
            unknown = len(re.findall(r"、|和|及|与|以及", gap.group())) - 1  # its items hold a place in the list
        later = L.DISTRIBUTIVE_LATER.match(self.text, slot.end)
        m = later or L.DISTRIBUTIVE.match(self.text, slot.end)
        if m is None:
            figures = L.FIGURE_LIST.match(self.text, slot.end)  # …达到638.8亿元和350.4亿元: paired by count
            if figures is None or len(re.findall(r"、|和|及|与", figures.group("list"))) + 1 != \
                    len(cur.metrics) + unknown + len(slot.metrics):
                return 0
            cur.metrics += ("",) * unknown
            return slot.end
        cur.each = m.group("word") == "均"
        cur.metrics += ("",) * unknown  # a place for each item that is no metric: its figure is skipped
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
        if figures is None or len(_ITEM_SPLIT.findall(figures.group("list"))) + 1 != len(items) + n:
            return None
        return start, len(items)

    @staticmethod
    def names_metric(item: str) -> bool:
        """Whether a list's item ends in a metric of ours (进口额, 出口增速); 农村居民人均纯收入 holds
        one's words but names another thing."""
        found = L.METRIC.search(item)
        return found is not None and L.GAP.fullmatch(L.GROWTH_WORD.sub("", item[found.end():])) is not None

    def unknown_tail(self, slot: Slot) -> int:
        """城镇居民人均可支配收入和农村居民人均纯收入分别达到33188元和17397元: items that are no
        metric of ours after the slot's, then 分别 and as many figures as items; each unknown item
        holds a place in the list (its figure is skipped).  Where the figures may start, or 0."""
        m = L.UNKNOWN_TAIL.match(self.text, slot.end)
        if m is None or any(t.kind == "time" and slot.end <= t.start < m.end() for t in self.toks):
            return 0  # (规上工业增加值3、4、5月分别增长…: the months listed, no items)
        items = [i.strip() for i in re.split(r"以及|、|和|及|与", m.group()) if i.strip()]
        if any(map(self.names_metric, items)):
            return 0  # 出口和进口额分别…: a metric of ours, which the list step pairs
        k = len(items)
        figures = L.FIGURE_LIST.match(self.text, m.end())
        if figures is None or len(_ITEM_SPLIT.findall(figures.group("list"))) + 1 != len(slot.metrics) + k:
            return 0
        slot.metrics += ("",) * k
        return m.end()

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
        if head.endswith(_QUALIFIER_WORDS):
            cut, qual = next((cut + len(w), qq) for w, qq in _QUALIFIERS_BEFORE if head.endswith(w))
        elif text[s - 1:s] in _LISTED_BOUND_LAST and (listed := L.LISTED_BOUND.search(text, max(0, s - 40), s)):
            # 分别超过6000亿元和5500亿元 (the list's joiner right before the amount: see _LISTED_BOUND_LAST)
            qual = QUALIFIERS[listed.group("word")][0]
        after = text[e:e + 1]  # (the patterns after the amount run only where their first character stands)
        if after in _THRESHOLD_FIRST and L.THRESHOLD_AFTER.match(text, e):
            q.role = "threshold"
        else:
            tail = L.QUAL_AFTER_RE.match(text, e) if after in _QUAL_AFTER_FIRST else None
            if tail:
                qual = QUALIFIERS[tail.group()][0]
                q.end = tail.end()
        q.qualifier = qual
        if q.role == "threshold":
            return q
        if head.endswith(L.BASELINE) or self.state.span and L.BASELINE_TIMED.search(text, max(0, s - 16), s):
            q.role = "baseline"  # 从398亿元…; 五年来，…由“十五”末的12.8亿元增加到…: the span's starting level
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
        return q


    def rate_before_level(self, slot: Slot, q: Quantity) -> None:
        """共实现了3.1%的名义增速,以56909.14亿元的GDP总量: a rate named right before an amount that
        is printed before its metric, with no slot of its own, is that slot's rate."""
        g = self.orphan_growths[-1]
        if len(g.rates) == 1 and g.end <= q.start and self.group_start(g.start) == self.group_start(q.start) \
                and L.RATE_BEFORE_LEVEL.fullmatch(self.text, g.end, q.start):
            slot.growths = list(g.rates)
            self.orphan_growths.pop()

    def before_metric(self, q: Quantity, i: int) -> bool:
        """乡宁以18.9亿的地方财政收入, 全县完成156.3亿元固定资产投资: an amount right before its
        metric (after 的, or after a verb with nothing between)."""
        if q.role != "value":
            return False
        glued = self.text.startswith("的", q.end) or (
            L.VALUE_VERB_END.search(self.text, max(0, q.start - 4), q.start) is not None
            and not self.text.endswith(("的", "元"), 0, q.start)) or self.opens_box(q, i)
        at = q.end + 1 if self.text.startswith("的", q.end) else q.end
        for s, _, kind, _ in self.toks[i + 1:i + 3]:
            if kind == "metric" and s == at and glued:
                self.open.pending = q
                return True
        return False

    def opens_box(self, q: Quantity, i: int) -> bool:
        """385.12亿元地区生产总值同比增长5.7%: a box of figures, one per line, each opening with its amount
        and its metric's name printed right after: the sentence's first figure, in its first clause, before
        any metric, printed in digits; no count (2097家规模以上工业企业实现总产值…: the firms counted) nor a
        round bound naming a class (千亿规上工业总产值是怎么炼成的)."""
        return q.amount is not None and q.amount.base_unit != "count" and self.text[q.start].isdigit() and "," not in self.text[self.body:q.start] and not any(
            t.kind in ("amount", "growth", "pct", "metric") for t in self.toks[:i])

    def attach_growth(self, g: GrowthTok, cur: Slot | None) -> None:
        self.attach_rates(g, cur)
        if g.prior is not None:
            self.prior_growth(g)

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
        for t in named:  # 由上年的3.2%: a relative year counts from the rate's own year
            apply_time(state, TimeExpr(year=year + t.rel, period=t.period) if t.rel is not None and year else t,
                       self.ds)
        clone = Slot(owner.metrics, owner.start, owner.end, owner.alias, owner.broad, list(owner.regions),
                     owner.scope, owner.kind, state.snapshot(), owner.explicit_region, rule="rate-shift")
        clone.growths = [g.prior]
        self.slots.append(clone)

    def attach_rates(self, g: GrowthTok, cur: Slot | None) -> None:
        k = len(g.values)
        gs = self.group_start(g.start)
        if g.region and cur is None and self.slots:
            cur = self.slots[-1]
        if g.region and cur is not None:
            name = _region_name(g.region, self.ds)
            slot = Slot(cur.metrics, g.start, g.start, cur.alias, cur.broad, [name],
                        "national" if name == "全国" else "region" if cur.scope == "national" else cur.scope,
                        cur.kind, self.state.snapshot(),  # 全国GDP增长5.0%；全省增长5.6%: the province's own
                        rule="region-growth")
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
            avail = [r for r in self.receivers if pg <= r.start < gs and isinstance(r, Quantity)
                     and not r.has_growth and r.role not in _NOT_RECEIVER
                     and not self.text.startswith(L.BOUND_WORDS, r.end)][-1:]  # not 突破3000亿关口 after the level
        if not avail:
            if not self.slots and not self.qizhong_places(g) and not self.names_other_thing(g.start):
                self.orphan_growths.append(g)
            return
        last = avail[-1]
        if last.start < (cs := self.clause_start(g.start)) and _other_things(self.text[cs:g.start].strip()):
            return  # …完成98.2亿元，其中民间投资增长7.4%; …，金银珠宝类增幅达61%: another thing's rate
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
            if isinstance(last, Quantity):
                last.growth, last.has_growth = g.values[0], True
            return
        if len(avail) >= k:
            for r, rate in zip(avail[-k:], g.rates):
                if isinstance(r, Quantity):
                    r.growth, r.has_growth = rate.value, True
                elif not r.amounts:
                    r.growths = [rate]

    def named_again(self, slot: Slot) -> bool:
        """工业投资稳定增长 一季度全市工业投资同比增长25.7%…: a figure-less mention of a metric named again
        after it (a heading run into the sentence) takes no rate of the sentence's."""
        return not slot.amounts and not slot.growths and any(
            sl is not slot and sl.start >= slot.end and sl.metrics == slot.metrics for sl in self.slots)

    def qizhong_places(self, g: GrowthTok) -> bool:
        """…有9个市规模以上工业增加值实现增长。其中，衢州、丽水、湖州市分别增长a、b、c: places a 其中
        sentence names before their rates, with no metric of its own, are places of the metric the
        sentence before named (the list's metric elided); one rate each, or one for all after 均.
        So are places ranked in a clause before their rates (吉林、黑龙江、天津位列最后三名，增速分别为…)."""
        sub, ds, text = self.subject, self.ds, self.text
        n, k = len(sub.regions), len(g.rates)
        opened = L.QIZHONG_START.match(text) and _PLACES_TO_RATES.fullmatch(text, sub.end, g.start)
        if len(ds.last_metric) != 1 or n < 2 or any(t.kind == "metric" for t in self.toks) \
                or not (k == n or k == 1 and "均" in text[sub.end:g.start]) \
                or not (opened or L.RANKED_GAP.fullmatch(text, sub.end, g.start)):
            return False
        metric = ds.last_metric[0]
        for name, rate in zip(sub.regions, g.rates * n if k == 1 else g.rates):
            slot = Slot(ds.last_metric, g.start, g.start, METRICS[metric].label_zh, False, [name], "region",
                        self.plan_kind(g.start) or "actual", self.state.snapshot(), explicit_region=name,
                        rule="region-list+elided-metric")
            slot.growths = [rate]
            self.slots.append(slot)
        return True

    def periods_between(self, a: int, b: int) -> list[str]:
        """The last list of periods (2月和3月, 3、4、5月) between two positions."""
        toks = [(t.start, t.end, t.value) for t in self.toks if t.kind == "time" and a <= t.start and t.end <= b
                and t.value.kind == "time" and t.value.period]  # type: ignore[union-attr]
        return [t.period for _, _, t in _period_run(toks, self.text)]

    def items_qualify(self, items: list[str], base: int, slot: Slot) -> bool:
        """对北美、欧盟、东盟进出口分别增长…: the slot's metric ends the last item after words of its
        own, so the items listed are its markets or products (each with its rate), not metrics."""
        j = _item_index(items, slot.start - base)
        lead = items[j][:slot.start - base - sum(len(it) + 1 for it in items[:j])]
        return j == len(items) - 1 and len(items) > 1 and not L.GAP.fullmatch(lead)

    def same_place(self, name: str, regions: list[str]) -> bool:
        """Whether a place name (松江区) names one of ``regions`` (松江)."""
        place = lookup(name, self.ds.home)
        return place is not None and any((r := lookup(x, self.ds.home)) is not None and r.name == place.name
                                         for x in regions)

    def larger_whole(self, cue: str, end: int) -> str:
        """The place whose whole a share cue names by a word (占全省, 占该省: the province; 占全国), or "";
        the article's own place when the word means it (全县 in a county's article)."""
        level = cue[-1] if "全" in cue else (self.text[end:end + 1] if cue.endswith("该") else "")
        word = "全" + level
        return _region_name(word, self.ds) if word in REGION_WORDS else ""

    def apply_shares(self, i: int, j: int) -> int:
        """均占全市1/3: figures that are a share of a larger whole are not the whole."""
        changed = 0
        for m in L.SHARE_CUE.finditer(mask_names(self.text)) if L.SHARE_WORD in self.text and self.slots else ():
            cue, place = self.text[m.start():m.end()], self.text[m.start("place"):m.end("place")]
            every = cue.startswith("均")
            level = cue[-1] if "全" in cue else ""
            whole = self.larger_whole(cue, m.end())
            of_metric = L.METRIC.match(self.text, m.end())  # 占全市生产总值的60.4%: a share of another metric
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
                if not (close or every):
                    continue
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


    def other_level(self, level: str, regions: list[str]) -> bool:
        """Whether 全省 (``level`` 省) names a larger place than ``regions`` (全市 may be a county-level city's)."""
        place = lookup(regions[0], self.ds.home) if len(regions) == 1 else None
        return level == "省" and place is not None and place.level in ("county", "city")


@lru_cache(maxsize=None)
def _parent_ends(metric: str, word: str) -> bool:
    """Whether ``metric``'s parent metric is named by a word ending with ``word`` (投资: 固定资产投资).

    >>> _parent_ends("industrial_investment", "投资"), _parent_ends("fixed_asset_investment", "投资")
    (True, False)
    """
    parent = METRICS[metric].parent if metric in METRICS else ""
    return bool(parent) and (METRICS[parent].label_zh.endswith(word) or any(
        a.endswith(word) and parent in e.metrics for a, e in ALIASES.items()))


def name_place(ds: DocState, name: str) -> None:
    """Remember a named place as the one a later 该县/该区/该市 refers to (not one of another province
    than the article's: 工业兴县 is a slogan, not Shanxi's 兴县)."""
    place = lookup(name, ds.home)
    home = ds.home_place
    if place is not None and place.level != "province" and (home is None or home.province == place.province):
        ds.named[place.name[-1]] = display(place)


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


def _has_level(text: str) -> bool:
    """Whether ``text`` prints a level with its magnitude or unit (122.6亿元), not a bare number
    such as the year of 2023年一季度."""
    return any(m.group("mag", "unit") != (None, None) and not _counts_indicators(text, m.end())
               for m in AMOUNT.finditer(text))  # (3项指标: a count of indicators, no level)


def read_unparsed(ds: DocState, text: str) -> None:
    """What a sentence the engine does not parse (no metric of ours) leaves for the next: the
    populations it names (规上工业呈现…) and whether it led with a figure of its own (民营经济
    增加值122.6亿元…: then 其中… lists parts of that whole)."""
    ds.populations = populations_in(text)
    ds.unknown_total, ds.unparsed = False, text
    ds.said = text  # (its opening place is looked up only when a sentence after it is parsed)
    ranking_title(ds, text)


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
    """
    i = 0
    if may_hold_time(text[:12]) and (m := TIME.match(text)) is not None:
        i = m.end() + text.startswith(",", m.end())
    name, end = "", i
    for at, found in names_in(text[i:i + 24]):  # 西安市雁塔区、…: the last of the names run together
        if i + at != end:
            break
        name, end = found, i + at + len(found)
    if not name or text[end:end + 1] in ("、", "和", "与", "及", ",", ""):
        return ""
    place = lookup(name, ds.home)
    return _region_name(name, ds) if place is not None and place.level in ("county", "city", "province") else ""


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


def _no_scope_words(prefix: str) -> str:
    """A prefix without a heading (赶超发展的五年) or a description (与…相关的): words that scope nothing.

    >>> _no_scope_words("与生产密切相关的"), _no_scope_words("全市")
    ('', '全市')
    """
    return L.DESCRIBED.sub("", L.SPAN_HEADING.sub("", prefix)) if "的" in prefix else prefix  # (both hold 的)


def _opens_clause(text: str, s: int) -> bool:
    """Whether the place at ``s`` opens its clause (after a comma, or after 而/但 right after one).

    >>> _opens_clause("…,宿迁高达5.8%", 2), _opens_clause("…,而宿迁高达5.8%", 3), _opens_clause("…的宿迁", 2)
    (True, True, False)
    """
    return not s or text[s - 1] in ",;:" or text.endswith(L.PLACE_OPEN_CONTRAST, 0, s) and text[s - 2:s - 1] in ",;"


def _class_part(prefix: str, metrics: tuple[str, ...]) -> bool:
    """Whether the words before a metric name a class of firms that is not the whole of it (its
    metrics in vocab/populations.csv): 其中规上企业出口 is the above-size firms' part of the exports.

    >>> _class_part("其中规上企业", ("exports",)), _class_part("全县规上工业企业实现", ("industrial_output",))
    (True, False)
    """
    return "规" in prefix and (pop := L.POPULATION.search(prefix)) is not None \
        and not set(metrics) & L.POPULATIONS[pop.group()]


def _places_total(before: str) -> bool:
    """Whether the words before a metric add up places (南昌、九江两市共实现…: their joint total).

    >>> _places_total("南昌、九江两市共实现"), _places_total("南昌市实现")
    (True, False)
    """
    # (a total word's last character first: most clauses hold none, and skip the masking)
    return any(c in before for c in L.TOTAL_ENDS) and L.PLACES_TOTAL.search(mask_names(before, overlapped=True)) is not None


def start_in_passing(text: str, t: TimeExpr, e: int, ds: DocState) -> bool:
    """扭转了2015年以来…的局面, 为2016年以来最高: a year some way back named as a start, or as a
    history's event (1987年，地级威海市成立), with no amount or rate after it in its sentence: it moves
    nothing; nor does a plan's period (完成全年
    目标任务的27.5%).

    >>> from indicators.ingest.pubdate import parse_pub_date
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


_LISTED = re.compile(r"\s*[、和及]\s*")  # places listed after one another (not by a comma)
_INDUSTRY = {"industrial_output", "industrial_value_added"}  # (their names without 规上 are the whole industry's)

_INDICATOR_COUNT = re.compile(r"(?:主要)?(?:经济)?指标")  # 7项主要经济指标, 3项指标: a count of indicators


def _counts_indicators(text: str, end: int) -> bool:
    """Whether the count ending at ``end`` counts indicators (3项指标; 7项主要经济指标中5项增速…), no total."""
    return _INDICATOR_COUNT.match(text, end) is not None or text[end - 1] == "项" and "指标" in text


# the exclusion words that name the whole region at each level (县域 for a county), in table order
_WHOLE_AT: dict[str, list[str]] = {}
for _word, _level in L.EXCLUSION_WHOLE_AT.items():
    _WHOLE_AT.setdefault(_level, []).append(_word)

# the characters the patterns Sentence.quantity runs around an amount may end or begin with
_LISTED_BOUND_LAST = edges(L.LISTED_BOUND, last=True)
_THRESHOLD_FIRST = edges(L.THRESHOLD_AFTER)
_QUAL_AFTER_FIRST = edges(L.QUAL_AFTER_RE)
_SURPASS_YEAR_LAST = edges(L.SURPASS_YEAR_END, last=True)
_TARGET_FIRST = edges(L.TARGET_AFTER)
_PLAN_LAST = edges(L.PLAN_AFTER, last=True)  # (a plan word ending the head: its last character)
_FIRM_LAST = edges(re.compile("(?:" + L.FIRM_END + ")"), last=True)  # what a company's name ends with
# what every match of the patterns compared_slots scans a sentence with holds (a plain test of each first)
_COMPARED_PLACES_WORDS = needs(L.COMPARED_PLACES)
_COMPARED_LEVELS_WORDS = needs(L.COMPARED_LEVELS)
_PUBLISHER_LEVELS = frozenset({"city", "county", "district"})  # 全市, 全县, 全区 (not 全省, 全国)
_COMPARED_BASIS_WORDS = needs(L.COMPARED_BASIS)
_PERIOD_RATE_WORDS = needs(L.COMPARED_PERIOD_RATE)


def _period_run(toks: list, text: str) -> list:
    """The last run of period tokens joined by 、/和 (4月和5月) among ``toks``."""
    run: list = []
    for t in toks:
        if run and L.METRIC_JOIN.fullmatch(text, run[-1][1], t[0]):
            run.append(t)
        else:
            run = [t]
    return run


def _item_index(items: list[str], offset: int) -> int:
    """Which of the 、-separated ``items`` holds character ``offset``."""
    for j, it in enumerate(items):
        if offset < len(it):
            return j
        offset -= len(it) + 1
    return len(items) - 1


def _levels(slot: Slot) -> list[Quantity]:
    """The slot's amounts but a change (比上年增加41.3亿元), which leaves the slot's rate to the slot."""
    return [q for q in slot.amounts if q.role != "delta"]


def _has_growth(r: Slot | Quantity) -> bool:
    return r.has_growth if isinstance(r, Quantity) else bool(r.growths)


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
    one value of a list given in turn (A和B分别为x…, the rest cut off) is the first item's only."""
    values = [q for q in slot.amounts if q.role == "value" and q.amount is not None]
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
    return [values[0]] * n if len(values) == 1 else [None] * n  # 均突破2亿美元: one value for every item

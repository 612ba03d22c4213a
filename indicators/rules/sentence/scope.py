"""A sentence's rules about the scope of a figure: the region's whole, a subset, a sector, a company, an event."""
from __future__ import annotations

import re

from ...base.gates import edges
from ...base.regions import WORD_PATTERN, lookup, mask_names, names_in
from ...base.tables import ALIASES, FILLERS, MEDIA_ENDS, METRICS, REGION_WORDS, SCOPE_WORDS, ZONES
from .. import lexicon as L
from ..periods import TIME, may_hold_time
from ..tokens import GrowthTok, Token
from ..stories import subject_after
from .common import (SentenceBase, Slot, _CLAUSE_SEP, _COUNTED_SET, _GDP_FAMILY, _GDP_PARTS, _JOINERS,
    _POPULATION_CHARS,
    _FACTOR_ADJUSTED, _WORD_PREFIX, _other_measure, _other_things, _region_name, _whole_region_prefix)
from .kinds import Kinds

_CONTEXT_WORD = re.compile("产值|增加值")  # the words a context alias of the output and value added ends in
_ZONE_WORDS = tuple(ZONES)  # 开发区, 新区, …: a zone's last word
_AFTER_DIGITS = re.compile(r"[0-9A-Za-z](?P<rest>[^0-9A-Za-z]*)\Z")  # what follows the last ASCII word
_POINTS_UNIT = re.compile(r"个?百分点")  # the unit of a gap in points, right after its number
_ITEM_JOINER = re.compile(r"以及|[和及与]")  # 财政总收入54.5亿元和地方财政收入…: two metrics' items joined
_LIST_JOINER = re.compile(r"、|和|与|及|以及")  # 南浔和德清, 吴兴、南浔: the places of a list side by side
# 一)增加值降幅收窄: what a heading's number leaves of itself once its opening bracket parted the clause
_NUMBER_LEFT = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)、.]")
_SET_AREA = re.compile(L.SET_AREA)  # 山区, 海岛, 沿海 (function_words.csv, set_area): where a counted set lies
_HOLDS = re.compile(r"[辖有]")  # 我市共辖9个县(市、区), 全省有77个县: a region's parts counted, no set apart
_WORD_END = re.compile(r"(" + WORD_PATTERN.pattern + r")$")
_FIRM_OPENING = re.compile(r"(?:^|[,:])(?:[^,;:。\d%]{0,8}?[,])?[\u4e00-\u9fff]{2,20}?(?:" + L.FIRM_END + ")")
# (记者 李某 通讯员 王某), (嘉兴日报记者 胡某), (胡某某): a byline before the text, a paper's name before its
# role (a prefix may start inside its bracket)
_BYLINE = re.compile(r"(?:\(|^)(?:(?:[\u4e00-\u9fff]{2,6}?(?:" + "|".join(MEDIA_ENDS)
                     + r"))?(?:记者|通讯员|实习生|特约记者|本报记者)[^()\d]{0,14}"
                     r"|(?![^)]*[市县区])[\u4e00-\u9fff]{2,3}(?=\)[^()]*$))\)")
_DATELINE = re.compile(r"[^,;。]*?\d{1,2}月\d{1,2}日电")  # 新华社长沙4月20日电: a news dateline
# 汽摩、电子…和消费品五大支柱产业产值: the items listed before are summed up by a counted head noun,
# whose figure the metric word ends (no item of a list of metrics)
_COUNTED_HEAD = re.compile(r"[两二三四五六七八九十\d]{1,2}(?:大|个|类|项)[\u4e00-\u9fff]{1,8}$")
# 三个行政区, 两个中心城市, 两个万亿元城市: what is counted (a short modifier before a kind of place)
_PLACE_KIND = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:城市|县级市|行政区|县市区|县市|县区|区县|市县|地区|旗县|盟市|省份|省区|直辖市|县|市|区|省|旗|盟|州)(?:\([县市区旗、]{1,7}\))?)?")
_EACH_AFTER = re.compile(r"(?:总量|增速|增幅|规模)?(?:也|都)?均")  # …GDP均突破…, 增速均超过…: each place's figure
# 甲、乙、丙三个县, …等3个市 (its count cut out), …3大外贸重点市: the places just listed counted, before 分别/均
_LISTED_COUNT = re.compile(r"(?:等|(?<=[\u4e00-\u9fff])(?=\d|[二两三四五六七八九十]))(?:\d{1,2}|[二两三四五六七八九十]{1,2})?[大个]?"
                           r"[\u4e00-\u9fff]{0,4}?(?:城市|县市区|县市|县区|区县|市县|地区|县|市|区|省|旗|州)(?=分别|均)")
_COUNTED_PLACES = re.compile(r"(?<![\d.等])\d{1,2}(?:市|县|区|省)的?$")  # not 潍坊、…、临沂等4市的: the places named
_SET_NOUN_BRACKET = re.compile(r"(?<=[县市区旗])\((?:[县市区旗]、?)+\)")  # 县(市、区), 县(市): the set noun's kinds
# 服务业加快发展,消费品零售总额达232亿元: measures of the whole region no sector named before them in the sentence
# splits (the output and the three industries; consumption, public revenue, incomes)
_SECTOR_IS = re.compile(r"是|作为")  # 冶金行业是…之一, 汽车产业作为全市支柱产业: what a sector is said to be
_WHOLE_MEASURES = _GDP_FAMILY | {"retail_sales", "fiscal_revenue_total", "fiscal_revenue_general", "income_pc",
                                 "income_urban_pc", "income_rural_pc"}
# 民间投资、工业投资; 在民间投资中，工业投资…: an exclusion word of an item listed before the metric, or of
# the frame it is named in, is not the metric's
_OTHER_ITEM = re.compile(r"、|中\s*[,:]")
# 剔除核电价格不可比因素, 扣除价格因素: a factor taken out of the rate (an adjustment), not a part left out
_ADJUSTMENT = re.compile(r"[^,;:。\d]{0,12}?因素")
_SIGNED = frozenset({"signed_projects_count", "signed_projects_investment"})
_FIRMS_COUNTED = re.compile(r"(?:企业|公司)\s*(?:有|达)?\s*\d+\s*家\s*,\s*\Z")  # …产业企业9家, (before a clause)
_FIRM_COUNT = re.compile(r"\d+家")  # 150家机电行业: a count of firms
_PLACE_LEVELS = "市县区省州旗盟"  # 该市, 该县: the place, not a firm (该公司)
_COMPARED_PREFIX = re.compile(r"[,\s]*(?:也|还|并|且|均)?(?:比|较)(?:上年|去年)?(?:同期)?的")  # 也比2019年一季度的…




_SET_LAST = frozenset(")区市县")  # (the last characters of PLACE_SET_SUBJECT: a cheap gate)


def _place_set(text: str, cs: int, start: int) -> bool:
    """Whether the clause from ``cs`` to the metric at ``start`` is a set of the region's places alone (县(市、区),
    县市区): their joint figure, a part of the whole region's.

    >>> _place_set("县(市、区)财政收入", 0, 6), _place_set("县城财政收入", 0, 2)
    (True, False)
    """
    return text[start - 1:start] in _SET_LAST and L.PLACE_SET_SUBJECT.fullmatch(text, cs, start) is not None


def _each_place(prefix: str, text: str, start: int) -> bool:
    """Whether the words before the metric at ``start`` name every place of a set and 均 follows the
    metric: one figure for each place (各县区GDP均突破千亿元), none of the whole region's.

    >>> _each_place("全市各县区", "全市各县区GDP均突破千亿元", 5), _each_place("全市", "全市GDP突破千亿元", 2)
    (True, False)
    """
    named = L.METRIC.match(text, start) if L.EVERY_PLACE.search(prefix) else None
    return named is not None and _EACH_AFTER.match(text, named.end()) is not None


def _unnoted(prefix: str) -> str:
    """The words before a metric without a set's places in brackets (三县(仙居、天台和三门): the set,
    counted) or a note of what a place's figure covers (惠安县(含台商投资区), 武进区(不含经开区), 全市(全域口径)),
    also when the clause opened inside the note."""
    if "(" in prefix:
        prefix = _SET_NOUN_BRACKET.sub("", prefix)  # 全市10个县(市、区): the kinds of place a set counts
        prefix = L.SET_NAMED_WHOLE.sub(r"\g<count>", prefix)  # 南部三县(宁海…): the words placing the set too
        prefix = L.PLACE_EXCLUSION_NOTE.sub("", prefix)  # 武进区(不含经开区): the places left out (whether the
        # note makes a part is exclusion_before's, from the tokens)
        prefix = L.WHOLE_CALIBER_NOTE.sub("", prefix) if "口径" in prefix else prefix  # 全市(全域口径)
        return L.INCLUSION_NOTE.sub("", prefix) if any(w in prefix for w in L.INCLUSION_OPENS) else prefix
    note = L.INCLUSION_REST.match(prefix) or L.WHOLE_CALIBER_REST.match(prefix) if ")" in prefix else None
    return prefix[note.end():] if note else prefix


def _own_projects_out(prefix: str, metrics: tuple[str, ...]) -> str:
    """The words before a signed-projects metric without the projects it sums named at their end (招商项目签约投资总额:
    the region's total, no projects' scope; vocab/function_words.csv signed_projects_noun); as they are otherwise.

    >>> _own_projects_out("中山市招商项目", ("signed_projects_investment",)), _own_projects_out("全区亿元以上项目", ("signed_projects_investment",))
    ('中山市', '全区亿元以上')
    >>> _own_projects_out("中山市招商项目", ("fixed_asset_investment",))
    '中山市招商项目'
    """
    return L.SIGNED_PROJECTS_NOUN.sub("", prefix) if set(metrics) & _SIGNED else prefix


def _inclusion_led(prefix: str) -> str:
    """The words before a metric without a lead that says the figure takes in the parks or zones (含园区规上工业
    增加值: the whole region's, the parks counted in), not one that leaves them out (不含园区).

    >>> _inclusion_led("含园区"), _inclusion_led("全州包括飞地园区在内的"), _inclusion_led("不含园区"), _inclusion_led("园区")
    ('', '全州', '不含园区', '园区')
    """
    if "含" not in prefix and "包" not in prefix:
        return prefix  # (every inclusion word holds one of them)
    m = L.INCLUSION_LEAD.search(prefix)
    return prefix[:m.start()] if m else prefix


def _named_last(prefix: str) -> re.Match[str] | None:
    """The metric name ``prefix`` ends with, if any."""
    last = None
    for last in L.METRIC.finditer(prefix):
        pass
    return last if last is not None and last.end() == len(prefix) else None


def _object_of_region(clause: str, at: int) -> bool:
    """Whether the sector word at ``at`` follows a whole-region word with a verb between: the region
    is the clause's subject and the sector its object (全县聚焦装备制造业, not 全市房地产业, 全县的工业); or a
    verb of the region's work right before it, its subject left out (搭建跨境电商服务中心, 大力发展物流业).

    >>> _object_of_region("全区力抓制造业高质量发展", 4), _object_of_region("全市房地产业持续回暖", 2)
    (True, False)
    >>> _object_of_region("搭建跨境电商服务中心带动出口", 2), _object_of_region("跨境电商发展迅猛", 0)
    (True, False)
    """
    words = list(WORD_PATTERN.finditer(clause, 0, at))
    return bool(words) and bool(clause[words[-1].end():at].strip(" 的")) \
        or L.EFFORT_VERB.search(clause, max(0, at - 6), at) is not None  # 搭建跨境电商服务中心: the sector a verb works on


_ITEM_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")  # 手机, 钢材: a short word glued before a metric
_LONG_FILLERS = tuple(w for w in FILLERS if len(w) > 1)  # 累计, 其中, 实现, 同比: no item's name


def _next_item(word: str) -> bool:
    """Whether ``word``, the words between a clause group's start and its metric, is a short item name
    (手机 of 手机出口值): no place, whole-region word or time, so an item of the list a part of its
    region's began (笔记本电脑出口值…;手机出口值…), not a subject of its own.

    >>> _next_item("手机"), _next_item("全市"), _next_item("平湖"), _next_item("5月份"), _next_item("累计"), _next_item("")
    (True, False, False, False, False, False)
    """
    word = word.strip()
    return _ITEM_WORD.fullmatch(word) is not None and not any(names_in(word)) and WORD_PATTERN.search(word) is None \
        and not may_hold_time(word) and word not in FILLERS and not any(f in word for f in _LONG_FILLERS)


def _later_part(before: tuple[str, ...], metrics: tuple[str, ...]) -> bool:
    """Whether ``metrics`` is one industry of the three (第二产业增加值) named after ``before``'s (第一产业).

    >>> _later_part(("gdp_primary",), ("gdp_tertiary",)), _later_part(("gdp_secondary",), ("gdp_primary",))
    (True, False)
    """
    return len(before) == len(metrics) == 1 and before[0] in _GDP_PARTS and metrics[0] in _GDP_PARTS \
        and _GDP_PARTS.index(metrics[0]) > _GDP_PARTS.index(before[0])


def _with_parents(metrics: tuple[str, ...]) -> set[str]:
    """The metrics and their parents in the catalog (exports: exports and trade_total).

    >>> sorted(_with_parents(("exports",))), sorted(_with_parents(("retail_sales",)))
    (['exports', 'trade_total'], ['retail_sales'])
    """
    return set(metrics) | {METRICS[m].parent for m in metrics if m in METRICS and METRICS[m].parent}


def _other_family(before: tuple[str, ...], metrics: tuple[str, ...]) -> bool:
    """Whether ``metrics`` shares no metric nor parent with ``before`` (a measure of another kind: retail sales
    then exports, not fixed-asset then industrial investment).

    >>> _other_family(("retail_sales",), ("exports",)), _other_family(("fixed_asset_investment",), ("industrial_investment",))
    (True, False)
    """
    return bool(before) and bool(metrics) and not _with_parents(before) & _with_parents(metrics)


def _after_digits(prefix: str) -> str:
    """The words after the last number of a prefix, when they are not its count (3家企业): page chrome and
    dates joined to a headline (新闻中心613GDP总量), or the end of the clause before printed without a comma
    (增长5.6%财政总收入…, a rate; 低于全市4.7个百分点法库县实现…, a gap in points).

    >>> _after_digits("新闻中心613"), _after_digits("增长5.6%"), _after_digits("低于全市4.7个百分点法库县实现")
    ('', '', '法库县实现')
    """
    chrome = _AFTER_DIGITS.search(prefix)
    if chrome and not chrome.group("rest").startswith(L.CLASSIFIERS):
        rest = chrome.group("rest")
        return rest[1:] if rest.startswith("%") else rest
    if chrome and (points := _POINTS_UNIT.match(chrome.group("rest"))):
        return chrome.group("rest")[points.end():]
    return prefix


def _after_cause(prefix: str) -> str:
    """The words after the last cause verb of a prefix (项目建设带动: ''), or the prefix when it holds none:
    what the words before the verb drove is the region's metric, not theirs.

    >>> _after_cause("汽车零部件产业园等项目建设带动"), _after_cause("全市")
    ('', '全市')
    """
    if "动" not in prefix and "推" not in prefix:
        return prefix  # (every cause word holds one of them)
    cut = max((prefix.rfind(w) + len(w) for w in L.CAUSE_WORDS if w in prefix), default=0)
    return prefix[cut:]


def _no_scope_words(prefix: str) -> str:
    """A prefix without a heading (赶超发展的五年) or a description (与…相关的): words that scope nothing.

    >>> _no_scope_words("与生产密切相关的"), _no_scope_words("全市")
    ('', '全市')
    """
    return L.DESCRIBED.sub("", L.SPAN_HEADING.sub("", prefix)) if "的" in prefix else prefix  # (both hold 的)


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
    >>> _places_total("南昌、九江分别增长6%和8%,合计"), _places_total("全市增长6%,合计")
    (True, False)
    """
    # (a total word's last character first: most clauses hold none, and skip the masking)
    if not any(c in before for c in L.TOTAL_ENDS):
        return False
    masked = mask_names(before, overlapped=True)
    return L.PLACES_TOTAL.search(masked) is not None or L.PLACES_TOTAL_LATER.search(masked) is not None


# the exclusion words that name the whole region at each level (县域 for a county), in table order
_WHOLE_AT: dict[str, list[str]] = {}
for _word, _level in L.EXCLUSION_WHOLE_AT.items():
    _WHOLE_AT.setdefault(_level, []).append(_word)
_FIRM_LAST = edges(re.compile("(?:" + L.FIRM_END + ")"), last=True)  # what a company's name ends with


def _heading_part(words: str) -> str:
    """The words of a run-in heading before a metric: without what its number left (一)) and without a word
    for the whole glued to the metric after it (增加值降幅收窄 / 全部规上工业…增加值, 工业运行概况 / 全部…).

    >>> _heading_part("一)增加值降幅显著收窄全部"), _heading_part("工业生产概况")
    ('增加值降幅显著收窄', '工业生产概况')
    """
    if (m := _NUMBER_LEFT.match(words)) is not None:
        words = words[m.end():]
    whole = next((w for w in L.WHOLE_BEFORE if words.endswith(w) and len(words) > len(w)), "")
    return words[:len(words) - len(whole)]


class Scope(Kinds):
    """The steps of a sentence about the scope of a figure: the region's whole, a subset, a sector, a
    company, an event."""

    def parts_whole(self, base: Slot) -> bool:
        """Whether ``base`` is a subset whose parts, named one by one, are whole places: the counties of
        县域, the cities of 都市圈 or 城市群 (the whole_at column of vocab/exclusions.csv), the places of
        every place's figure (各县区GDP均突破千亿元，其中…), the places left (其他地市财政收入均不足百亿，其中…)."""
        if base.scope != "subset":
            return False
        lead = self.text[self.group_start(base.start):base.start]
        return any(w in lead for w in L.EXCLUSION_WHOLE_AT) or L.OTHER_PLACES.search(lead) is not None or (
            L.EVERY_PLACE.search(lead) is not None and _EACH_AFTER.match(self.text, base.end) is not None)  # 各县区GDP均…，其中崇川区…

    def covered(self, i: int, end: int) -> int:
        """How many tokens from ``i`` start before ``end`` (the tokens a phrase's words cover)."""
        n = 1
        while i + n < len(self.toks) and self.toks[i + n].start < end:
            n += 1
        return n

    def part_named(self, start: int, end: int) -> bool:
        """Whether the subject between ``start`` and ``end`` names a part of the region by a scope word (新疆兵团,
        南疆四地州), not a class of firms (民营企业) nor an exclusion (区属, 县域, 限上)."""
        head = self.text[start:end]
        return "企业" not in head and L.EXCLUSION.search(head) is None

    def carry_scope(self, slot: Slot, s: int) -> None:
        """A slot with no subject of its own takes the carried scope; a slot of another scope
        than the region's starts carrying it."""
        c = self.carried
        group = self.group_start(s)
        if c.scope and c.subject and group > c.group and L.VERB_OPENING.match(self.text, group):
            c.group = group  # …企业累计实现…；实现…: a group opening with a bare verb goes on with its subject
        elif c.scope and group > c.group and not self.text[group:s].strip() and _later_part(c.metrics, slot.metrics):
            c.group = group  # 县域第一产业增加值…；第二产业增加值…: so does a group opening with the next industry
        elif c.scope == "sector" and group > c.group and slot.metrics == c.metrics and not slot.explicit_region \
                and _next_item(self.text[group:s]):
            c.group = group  # 笔记本电脑出口值…；手机出口值…: and a group opening with the next item of the same metric
        c.reset(group, s)
        if slot.scope == "region" and c.scope and L.POPULATION.match(self.text, s) \
                and not (c.scope == "subset" and c.subject and self.part_named(c.group, c.start)):
            c.scope = ""  # …工业销售产值增长25.3%，规上工业增加值增长5.8%: a metric named with its
            # population (规上, 规模以上) is the whole's again (not after a part of the region, no class of
            # firms, named as the subject: 新疆兵团固定资产投资…，规模以上工业增加值…: still that part's)
        elif slot.scope == "region" and c.scope == "subset" and slot.metrics == c.metrics \
                and L.EXCLUSION_GLUED.search(self.text, max(0, c.start - 6), c.start):
            c.scope = ""  # 限上社零额54.3亿元，社会消费品零售总额增长6.3%: the metric named again without the
            # word glued to it that made it a subset (限上, 县属, 市区) is the whole's again
        elif slot.scope == "region" and c.scope == "subset" and _other_family(c.metrics, slot.metrics) \
                and L.EXCLUSION_GLUED.search(self.text, max(0, c.start - 6), c.start):
            c.scope = ""  # 限上社零额增长9.1%，外贸出口下降2.4%: a word glued to one metric that made it a subset
            # (限上, 县属) governs no measure of another kind after it (县属投资…，工业投资…: one of its kind stays)
        elif slot.scope == "region" and c.scope == "sector" and set(slot.metrics) & _WHOLE_MEASURES \
                and not set(c.metrics) & _WHOLE_MEASURES:
            c.scope = ""  # …建筑业总产值增长4.3%，社会消费品零售总额增长5.0%: a measure of the whole region (the
            # output and its industries, consumption, public revenue, incomes) is no industry's, nor what follows it
            # (非公有制经济第一产业增加值…；第二产业增加值…: a part of the economy measured so goes on)
        elif slot.scope == "region" and c.scope and not slot.explicit_region \
                and (not any(self.clause_start(s) <= ts < s for ts, _ in self.times)
                     or L.TOTAL_LEAD.search(self.text, self.clause_start(s), s)) and not self.place_opened(c.start, s):
            slot.scope = c.scope  # (a clause that names its own time first is a statement of its own:
            # …单月投资超1000亿元，上半年累计完成投资5560.8亿元, unless a total word opens its metric: …两大产业对
            # 全区产值增长的贡献率为44.1%，1-5月共实现产值…; so is one after a place that opened a clause
            # since: 7个行政区GDP增速超…，龙岗区…，盐田区紧随其后，GDP同比增长4.0%)
        elif slot.scope != "region":
            c.scope, c.group, c.until, c.metrics, c.start = slot.scope, group, self.bracket_end(s), slot.metrics, s
            head = TIME.sub("", self.text[group:s]).lstrip(" ,:") if may_hold_time(self.text[group:s]) \
                else self.text[group:s]  # (其中高新技术产业…: a part named inside the group, no subject of it)
            c.subject = L.VERB_OPENING.match(self.text, group) is None and "," not in head
        # (3项指标实现双过半。其中，…: the indicators counted are no total the figures after are parts of)
    # -- helpers ----------------------------------------------------------------
    def place_opened(self, after: int, before: int) -> bool:
        """Whether a place's name (not a word for the whole, 全市) opens a clause between ``after`` and ``before``,
        or ends one as what a cleft names (…4座城市出口超过千亿,位居首位的是苏州市,其金额…: that place's figure after)."""
        return any(t.kind == "region" and after < t.start < before and t.value not in REGION_WORDS
                   and (self.clause_start(t.start) == t.start
                        or self.text.endswith("的是", 0, t.start) and self.text.startswith((",", ";"), t.end))
                   for t in self.toks)

    def prefix_scope(self, start: int, metrics: tuple[str, ...] = ()) -> tuple[str, str]:
        """Scope from the words before a metric in its clause, and the explicit region word."""
        cs = self.subject_start(start)
        if set(metrics) & _SIGNED and self.event_signings(cs):
            return "event", ""
        if self.partners_or_items(cs, start, metrics):
            return "sector", ""  # 对香港出口…, 欧盟为第一大贸易伙伴,进出口…; 锂电池、太阳能电池等产品,合计出口…
        prefix, counted, places = self.clause_words(cs, start, metrics)
        prefix = _after_digits(_after_cause(prefix))  # 项目建设带动工业投资…: the projects drove the metric, no scope of it
        prefix = _no_scope_words(L.PLAN.sub("", prefix))  # no scope: a plan word (预计全年), a heading, a description
        prefix = _own_projects_out(self.listed_uncounted(_inclusion_led(_unnoted(prefix)), start), metrics)  # 三县(仙居、天台和三门), 惠安县(含台商投资区), 含园区
        own = L.METRIC.match(self.text, start)
        if own and L.RATE_FRAME.match(self.text, own.end()) and (frame := L.RATE_FRAME_OPEN.search(prefix)):
            prefix = prefix[:frame.start()]  # 从季度产值增幅看: the frame, no sector
        context = ALIASES[L.alias_of(own.group())].context if own else ()
        if prefix and (named := _named_last(prefix)) and set(ALIASES[L.alias_of(named.group())].metrics) & {*metrics, *context}:
            prefix = prefix[:named.start()]  # 财政收入 全年财政总收入…: the metric named alone before its time is a
            # run-in heading; 全县经济实现地区生产总值: the metric named twice; 居民人均可支配收入城镇…: the
            # metric a context alias after it is read in (its population)
        prefix = self.after_joined_item(prefix, cs, start)
        # 全国第五次经济普查, 全国百强县, 在全市率先: a region word in a census's name, ranked or a field led in is no subject
        words = [w for w in WORD_PATTERN.finditer(prefix)
                 if not L.RANK_AFTER.match(prefix, w.end()) and not L.CENSUS_AFTER.match(prefix, w.end())
                 and not L.field_word(prefix, w.start(), w.end()) and not (prefix.endswith("对", 0, w.start()) and self.contributed_to(start))]
        # 江苏省排名第一的昆山市GDP…, 湖南唯一入围全国前十的长沙县…: the place a phrase ending in 的 describes
        described = [(i, name) for i, name in names_in(prefix) if prefix.endswith("的", 0, i) and lookup(name)]
        if described and (not words or words[-1].start() < described[-1][0]):
            words, prefix = [], prefix[described[-1][0]:]
        if words:  # a whole-region word starts the subject; what precedes it is a heading or lead
            prefix = prefix[words[-1].start():]
        elif every := list(L.EVERY_PLACE.finditer(prefix)):
            prefix = prefix[every[-1].start():]  # 回望一下各盟市财政收入: so does the set of places
        if named := [(i, name) for i, name in names_in(prefix) if lookup(name)] if not words else []:
            prefix = prefix[named[0][0]:]  # 稳中求进开新局 海宁前三季度GDP…: so does a place's name
        explicit = words[-1].group() if words else (named[0][1] if named else "")
        effect, own = self.exclusion_before(start)
        for word in [*own, *self.listed_zones(start)]:  # 县域 in a county's own article: the county itself
            prefix = prefix.replace(word, "")
        if effect or (effect := self.counted_firms_sector(cs, start, prefix, metrics)):
            return effect, explicit  # (高新技术产业企业26家，增加值下降7.8%: the counted firms' figure)
        if (frame := L.SUBSET_FRAME.match(self.text, self.body)) and frame.end() <= start:
            return "subset", ""  # 民营经济中，第一产业增加值5.8亿元…: the part of the economy, throughout
        if _places_total(self.text[max(self.group_start(start), self.body):start]) or _class_part(prefix, metrics) \
                or _each_place(prefix, self.text, start) or L.OTHER_PLACES.search(prefix) or self.parts_frame(cs, start) or _place_set(self.text, cs, start):
            # 南昌、九江两市共实现…; 规上企业出口; 各县区GDP均突破…; 其他地市财政收入均不足百亿; 全省各县市中GDP超千亿的有…; 县(市、区)财政收入…
            return "subset", explicit  # the places' joint total, a class's part, each place's figure (none the whole's)
        if _whole_region_prefix(prefix) or counted and _whole_region_prefix(_SET_AREA.sub("", prefix)):
            if counted:  # (有20个山区海岛县…, 5个沿海县…: where the counted set lies, no sector's words)
                return "subset", explicit
            if not explicit and not set(metrics) & _WHOLE_MEASURES and (topic := self.clause_topic(cs)) \
                    and self.topic_holds(topic, cs, start, metrics):
                return topic, explicit
            if not explicit and (heading := self.heading_scope(start)):
                return heading, explicit  # 民营企业恢复活力。进出口增长35%: the class of firms a heading names
            if not explicit and self.firm_first(start):
                return "enterprise", explicit  # 浙江某某股份有限公司实现营收…；出口额…: the company's throughout
            return "region", explicit
        if places or L.SET_SHARE.search(prefix) is not None:
            return "subset", explicit  # 三区一县累计完成…: the set's total, no sector; 超四成的县…: a share of the set
        return self.words_scope(prefix, explicit, start, metrics), explicit

    def topic_holds(self, topic: str, cs: int, start: int, metrics: tuple[str, ...]) -> bool:
        """Whether an earlier clause's topic is the scope of the metric at ``start``: not a sector's for the
        above-size firms it does not define (重点行业支撑有力，规模以上工业…: all the region's), nor for a measure
        all of which is that sector's (第二产业回升向好，工业增加值…: vocab/sector_wholes.csv), nor a sector's or
        projects' for a metric named for the whole society (…等重大项目全面开工，全社会固定资产投资…)."""
        if topic == "sector" and L.POPULATION.match(self.text, start) and not self.sector_defined(cs):
            return False
        if topic == "sector" and self.topic_whole(cs, metrics):
            return False
        return not (topic in ("sector", "subset") and self.text.startswith(L.WHOLE_METRIC_WORDS, start))

    def topic_whole(self, cs: int, metrics: tuple[str, ...]) -> bool:
        """二产发展势头强劲，工业增加值增长9.2%: every sector the clauses before ``cs`` in its group name is one whose
        whole holds the metric (vocab/sector_wholes.csv): a heading over the region's figure (not 装备制造业增势强劲，
        工业总产值…: a part of industry, its own)."""
        words = [m.group() for m in _scope_words(self.text[self.group_start(cs):cs]) if SCOPE_WORDS.get(m.group()) == "sector"]
        return bool(words) and all(set(metrics) & L.SECTOR_WHOLES.get(w, frozenset()) for w in words)

    def event_signings(self, cs: int) -> bool:
        """Whether signings in the clause at ``cs`` are one event's: 举办招商推介会，签约项目12个 (an event held
        right before), 此次海宁市集中签约项目12个，总投资… (a group opening with this occasion, not the place's)."""
        return L.EVENT_HELD.search(self.text, max(self.body, cs - 30), cs) is not None \
            and not self.text.startswith("累计", cs) \
            or L.EVENT_THIS.match(self.text, max(self.group_start(cs), self.body)) is not None

    def after_joined_item(self, prefix: str, cs: int, start: int) -> str:
        """完成财政总收入54.5亿元和地方财政收入…: the item before, with its own amount, joined (和/及/与) to the
        metric at ``start``, is no scope of it: ``prefix`` cut before that item's name.  So is an item
        whose amount the metric follows with nothing between (a headline's items set apart by a space,
        which repair drops: 财政总收入103.5亿元 一般公共预算收入62.3亿元).  So is a lead's first item, whose lead
        the metric shares (合同利用内资64亿元和外资…: cut before the lead)."""
        joined = _ITEM_JOINER.search(self.text, max(cs, start - 2), start)
        joiner = joined.group() if joined and joined.end() == start else ""
        if not any(t.kind == "amount" and t.end == start - len(joiner) for t in self.toks):
            return prefix
        if named := _named_last(words := prefix[:len(prefix) - len(joiner)]):
            return prefix[:named.start()]
        own = next((t for t in self.toks if t.kind == "metric" and t.start == start), None)
        if own is None:
            return prefix
        lead = L.lead_alias(words, self.text[own.start:own.end])
        return words[:lead[2]] if lead is not None and lead[0] == own.value else prefix

    def listed_zones(self, start: int) -> list[str]:
        """The zones the gazetteer does not hold that a list of places names before ``start`` (丰南区、芦台开发区
        固定资产投资…: a place of the list, no sector's words)."""
        return [str(t.value) for t in self.toks if t.start < start and t.kind == "region" and t.value not in ZONES
                and t.value not in REGION_WORDS and str(t.value).endswith(_ZONE_WORDS) and lookup(str(t.value)) is None]

    def heading_scope(self, start: int) -> str:
        """民营企业恢复活力。进出口增长35%: a short figure-less sentence right before (a run-in heading, or a
        subheading on its own line), opening with a class of firms (a subset's scope word), names whose
        figures a sentence that opens with its metric gives ("" otherwise: 外贸运行平稳。进出口增长…, or
        民营企业…。全市进出口…)."""
        head = self.ds.unparsed.strip().rstrip("。!")
        if not head or len(head) > 12 or any(c.isdigit() for c in head) or self.text[:start].strip():
            return ""
        m = L.SCOPE.match(head)
        return "subset" if m is not None and SCOPE_WORDS.get(m.group()) == "subset" else ""

    def parts_frame(self, cs: int, start: int) -> bool:
        """Whether the metric at ``start`` opens right after a frame naming the region's parts, its clause's words
        before it but a time (全省各县市中GDP超千亿的有…, 全市7个县(市、区)中一般公共预算收入…, 2023年全市九个主体中…):
        its figures are some parts', whole regions when they are named after it (places.subject_after)."""
        words = TIME.sub("", self.text[cs:start])
        return L.AMONG_PARTS.fullmatch(words) is not None or L.COUNTED_PARTS_FRAME.fullmatch(words) is not None

    def words_scope(self, prefix: str, explicit: str, start: int, metrics: tuple[str, ...]) -> str:
        """The scope the words before a metric give when no place or set opens them: a scope word's, none
        for a short qualifier (实际, 全口径) or the level of a time compared with, else a sector's; none
        for a sector heading the clause before a measure all of which is that sector's (服务业完成社会消费品
        零售总额…, 工业实现规上工业增加值…: vocab/sector_wholes.csv)."""
        words = _WORD_PREFIX.sub("", prefix[len(explicit):] if prefix.startswith(explicit) else prefix)
        if (whole := L.SECTOR_WHOLE.fullmatch(words)) and set(metrics) & L.SECTOR_WHOLES[whole.group("word")]:
            return "region"
        if self.heading_list_whole(start, metrics):
            return "region"
        if explicit and L.PLACE_RATE_PREFIX.fullmatch(words) and self.text.endswith(words, 0, start):
            return "region"  # 保定市投资同比增长…: the place's bare investment before its rate (tokens._economy_rate)
        for m in L.SCOPE.finditer(prefix):
            return SCOPE_WORDS.get(m.group(), L.EXCLUSIONS.get(m.group(), "sector"))
        if prefix and (m := L.SCOPE.search(self.text, start - 1, start + 4)) is not None and m.start() < start:
            return SCOPE_WORDS.get(m.group(), "sector")  # 重工业完成产值: a scope word run into the metric's name
        if _COMPARED_PREFIX.fullmatch(prefix):
            return "region"  # 也比2019年一季度的地区生产总值…: the level of the time compared with
        if explicit and L.PUBLISHED_PREFIX.fullmatch(words):
            return "region"  # 湖州市公布前三季度GDP…: the place published its own figure
        if len(_WORD_PREFIX.sub("", prefix)) <= 2 and not L.SECTOR_MARK.search(prefix) \
                and not self.kind_of_sector(prefix, start) and not self.industry_of_industry(words, start):
            return "region"  # 实际, 全口径: a short word that qualifies the metric, no sector
        if L.TREND_HEADING.fullmatch(head := _heading_part(words)) or L.REVIEW_HEADING.fullmatch(head):
            return "region"  # 工业生产较快增长规上工业增加值…, 主要成绩地区生产总值…: a run-in heading, no sector
        return "sector"

    def heading_list_whole(self, start: int, metrics: tuple[str, ...]) -> bool:
        """工业和建筑业 全年实现全部工业增加值…, 财政、金融和保险 全年实现财政总收入…: a run-in heading that opens the
        sentence and lists topics, one of them the whole the metric named in full belongs to (sector_wholes.csv),
        heads a section, not a subject: the figure is the region's (not 工业和建筑业实现增加值…: a context alias
        read as the listed sectors' joint measure; not 轻工业和重工业…: no topic the metric's whole)."""
        head = self.text[self.body:start]
        if not L.HEADING_ITEM_JOINER.search(head) or (m := L.HEADING_LIST.fullmatch(TIME.sub("", head))) is None:
            return False
        named = L.METRIC.match(self.text, start)
        if named is None or ALIASES[L.alias_of(named.group())].context:
            return False
        return any(set(metrics) & L.SECTOR_WHOLES.get(item, frozenset())
                   for item in L.HEADING_ITEM_JOINER.split(m.group("items")))

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

    def industry_of_industry(self, words: str, start: int) -> bool:
        """白酒工业总产值, 纺织工业增加值: a two-character word glued to a metric whose name opens with 工业
        names one industry (not 全部工业…: the whole; not a verb, 实现工业…)."""
        return len(words) == 2 and self.text.startswith("工业", start) and self.text.endswith(words, 0, start) \
            and words not in L.WHOLE_BEFORE and words not in L.FILLER_WORDS and "\u4e00" <= words[0] <= "\u9fff"

    def kind_of_sector(self, prefix: str, start: int) -> bool:
        """先进制造业投资, 现代服务业增加值: a word glued to a metric whose name opens with a sector
        (制造业, 服务业) names a kind of that sector, not the whole."""
        m = L.SCOPE.match(self.text, start)
        return m is not None and SCOPE_WORDS.get(m.group()) == "sector" \
            and prefix[-1:] == self.text[start - 1:start] and "\u4e00" <= prefix[-1:] <= "\u9fff"

    def partners_or_items(self, cs: int, start: int, metrics: tuple[str, ...]) -> bool:
        """Whether the metric at ``start`` (its clause from ``cs``) is the trade with a partner (对香港出口…,
        欧盟为第一大贸易伙伴,进出口…) or the total of items listed in the clause before (锂电池、太阳能电池等产品,
        合计出口…), not the region's own."""
        if set(metrics) & L.TRADE_METRICS and (("对" in self.text[max(cs, start - 16):start]
                and L.TRADE_PARTNER.search(mask_names(self.text[max(cs, start - 16):start]))) or self.partner_subject(start)):
            return True
        return bool(L.ITEMS_TOTAL_OPENING.fullmatch(self.text, cs, start)) and self.items_listed_before(cs)

    def items_listed_before(self, cs: int) -> bool:
        """电动载人汽车、锂电池、太阳能电池等新三样产品,合计…: the clause before ``cs`` lists items (、…等) of a
        sector or product kind, no place among them (嘉善、平湖等县,合计…: the places' joint total, elsewhere)."""
        before = max(self.text.rfind(c, 0, cs - 1) for c in ",;:。") + 1
        clause = self.text[before:cs - 1]
        return "、" in clause and "等" in clause and L.SECTOR_MARK.search(clause[clause.rfind("等"):]) is not None \
            and not any(t.kind == "region" and before <= t.start < cs for t in self.toks)

    def partner_subject(self, start: int) -> bool:
        """欧盟仍为我市第一大贸易伙伴,进出口增长24.3%; 韩国为该市第三大贸易伙伴,双边进出口…: the clause group opens with
        a trade partner's role (vocab lexicon.PARTNER_ROLE), no place named after it: the group's trade is the
        partner's (not 与200多个国家建立贸易伙伴关系,全市进出口…: a place word opens the figure's own clause)."""
        group = self.group_start(start)
        role = L.PARTNER_ROLE.search(self.text, group, start)
        return role is not None and not any(t.kind == "region" and role.end() <= t.start < start for t in self.toks)

    def contributed_to(self, start: int) -> bool:
        """Whether the metric at ``start`` is the whole a part's contribution is counted against (汽车制造业对全区
        产值增长的贡献率): the region word after 对 before it is the object, no subject."""
        named = L.METRIC.match(self.text, start)
        return named is not None and L.CONTRIBUTION_TO.match(self.text, named.end()) is not None

    def subject_start(self, start: int) -> int:
        """Where the words that may scope the metric at ``start`` begin: its clause, reaching back over
        a bracket of the subject's, and after a dateline."""
        cs = max(self.clause_start(start), self.body)
        if (o := self.text.rfind("(", 0, cs)) > 0 and ")" in self.text[cs:start] and (
                L.SET_NAMED.match(self.text, o) or any(p.search(self.text, max(0, o - 10), self.text.find(")", cs) + 1)
                                                       for p in (L.COUNTED_SET_END, L.SET_SHARE_END))
                or any(m.end() == self.text.find(")", cs) + 1 for m in L.EVERY_PLACE.finditer(
                    self.text, max(0, o - 6), self.text.find(")", cs) + 1))):
            cs = max(self.clause_start(o), self.body)  # 三县(仙居、天台和三门)…: the clause of the set, not its list;
            # 全省77个县(市)实现…, 超四成的县(市、区)…: a set noun's bracket (set_nouns.csv); 各县(市、区)…: every place's
        elif self.text.startswith(",", cs - 1) and L.VERB_OPENING.match(self.text, cs) \
                and L.COUNTED_SET_END.search(self.text, max(0, cs - 13), cs - 1):
            set_start = max(max(self.text.rfind(c, 0, cs - 1) for c in ",;:") + 1, self.body)  # 滨海开发带11个县(市、区),实现…: the set its own
            if not WORD_PATTERN.search(self.text, set_start, cs) and not _HOLDS.search(self.text, set_start, cs):
                cs = set_start  # clause names (not 我市共辖9个县(市、区),实现…: the region's own total)
        elif (frame := self.parts_frame_before(cs, start)) is not None:
            cs = frame  # 在41个县收支完成情况上,一般公共预算收入…: the counted parts the clause before frames
        if "(" in self.text[self.body:cs] and (
                noted := next((t for t in self.toks if t.kind == "region" and t.start < cs < t.end), None)):
            cs = max(self.clause_start(noted.start), self.body)  # 武进区(不含经开区,下同)…: the place's token, its note
        if cs > self.body:  # 市级(市本级、三区)…, 全市(含高新区、经开区)…, 县(市)…: the words before the bracket scope it
            cs = max(self.past_bracket(cs, start), self.body)
        while (outer := self.scoped_bracket(cs, start)) is not None:
            cs = outer  # 镇(街)规上工业…: a bracket after the subject's scope word (not 等3县(市)…)
        if "日电" in self.text and (dateline := _DATELINE.match(self.text, cs)) and dateline.end() <= start:
            cs = dateline.end()  # 新华社长沙4月20日电 根据地区生产总值…: the dateline is no subset
        return cs

    def parts_frame_before(self, cs: int, start: int) -> int | None:
        """Where the clause right before the one at ``cs`` starts, when it frames a counted set of the region's
        parts (在41个县收支完成情况上, 就全省18个县(市)而言) and no place opens the clause of the metric at ``start``
        (not 在8个县市中,梅河口市…: that place's own figure), else None."""
        if cs <= self.body or self.text[cs - 1] != "," or "个" not in self.text[max(self.body, cs - 24):cs]:
            return None
        prev = max(max(self.text.rfind(c, 0, cs - 1) for c in ",;:") + 1, self.body)  # (县(市)而言: its bracket)
        if L.COUNTED_PARTS_FRAME.fullmatch(self.text, prev, cs) is None:
            return None
        return None if any(t.kind == "region" and cs <= t.start < start for t in self.toks) else prev

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
        runs = [m.span() for m in L.RUN_OF_TIMES.finditer(self.text, cs, start)]  # 连续第6个月, 连续两个季度: a run
        # of times the metric after it held its course for, cut out whole (no sector's words, its count no subset's)
        for s, e in sorted([*(c for c in self.cut_spans if not any(a <= c[0] and c[1] <= b for a, b in runs)), *runs]):
            if cs <= s and e <= start:
                before = self.text[last:s]
                if (w := next((w for w in L.SINGLE_BEFORE_MONTH if before.endswith(w)), "")) \
                        and any(ts == s for ts, _ in self.times):
                    before = before[:-len(w)]  # 单4月, 单10月: the word that makes the month a single one, no sector
                parts.append(before)
                last = e
                if (s, e) in runs:
                    continue
                if self.text[e - 1] in L.CLASSIFIERS and self.listed_place_before(s):
                    last = _PLACE_KIND.match(self.text, e).end()  # type: ignore[union-attr]
                    continue  # 吴兴、南浔和德清三个区县, 禅城、南海和顺德三个行政区: the places just named, counted
                counted = counted or (self.text[e - 1] in L.CLASSIFIERS  # 127家规上企业: a counted subset
                                      and not self.counts_population(e, start, metrics)
                                      and not self.text.endswith("等", 0, s))  # 萧山、…、鄞州等五个区: those named
                if counted and self.text[e - 1] in L.CLASSIFIERS and self.place_ends_at(s):
                    last = _PLACE_KIND.match(self.text, e).end()  # type: ignore[union-attr]
                    # 内蒙古80个旗县, 甘肃省58个县: the kind of the place's parts counted, no sector's word
        parts.append(self.text[last:start])
        prefix = "".join(parts)
        if (thr := self.investment_threshold(start, metrics)) is not None and prefix.endswith(thr.group("rest")):
            prefix = prefix[:-len(thr.group("rest"))].removesuffix(thr.group("lead") or "#")  # (its amount cut out)
        if ")" in prefix:  # (记者 胡某)根据地区生产总值…: a byline is no subset (it ends with its bracket)
            prefix = _BYLINE.sub("", prefix)
            if self.past_metric_note(cs - 1) > cs and any(t.kind == "metric" and t.end == cs - 1 for t in self.toks):
                prefix = prefix[prefix.find(")") + 1:]  # 固定资产投资(不含农户)和社会消费品零售总额…: a clause opened
                # inside the note of the metric before, which notes that metric, none after it
        places = _COUNTED_SET.match(prefix) is not None and not any(
            t.kind == "region" and t.value not in REGION_WORDS and t.end <= cs for t in self.toks)  # (宁海…和象山…，
        # 两县GDP总量分别为…: the places named before, counted back)
        counted = counted or any(cs <= t.start and (m := L.COUNTED_PLACES.match(self.text, t.end)) is not None
                                 and m.end() <= start and not self.listed_place_before(t.end)
                                 and not self.text.startswith("(", m.end())  # (台州三县(仙居、…): each named)
                                 for t in self.places_before(start))  # 温州三区, 河西五市: a place's parts counted
        counted = counted or _COUNTED_PLACES.search(prefix) is not None or L.SET_SHARE.search(prefix) is not None
        return prefix, counted or places, places  # 13市中4市的…; 超四成的县(市、区)…: a share of the set

    def listed_uncounted(self, prefix: str, start: int) -> str:
        """The words before the metric at ``start`` without the count of the places just listed (甲、乙、丙3大外贸重点市
        分别…, …等3个县均…: those places, each with its own figure, no sector's words)."""
        if len(self.places_before(start)) > 1 and ("分别" in prefix or "均" in prefix):
            return _LISTED_COUNT.sub("", prefix)
        return prefix

    def places_before(self, s: int) -> list[Token]:
        """The places named (not a word for the whole, 全市) that end at or before ``s``."""
        return [t for t in self.toks if t.kind == "region" and t.value not in REGION_WORDS and t.end <= s]

    def place_ends_at(self, s: int) -> bool:
        """Whether a place's name (甘肃省, not 全省) ends right at ``s``."""
        return any(t.end == s for t in self.places_before(s))

    def listed_place_before(self, s: int) -> bool:
        """Whether a list of places (two or more, 、/和/与/及 between) ends right at ``s``: 吴兴、南浔和德清三个区县
        counts the places just named; one place before a count (甘肃省58个县, 陕西30个区) counts its parts."""
        places = self.places_before(s)
        last = next((t for t in places if t.end == s), None)
        return last is not None and any(_LIST_JOINER.fullmatch(self.text, t.end, last.start) for t in places
                                        if t.end <= last.start)

    def exclusion_before(self, start: int) -> tuple[str | None, list[str]]:
        """The effect of an exclusion word (不含, 限上, 县域 …) in the phrase of the metric at
        ``start``, and the words that name the home region itself (县域 in a county's own article)."""
        # an exclusion word before an earlier metric (签约重大项目…，签约项目总投资) is that metric's
        lo = self.group_start(start)
        for sl in self.slots:
            if lo < sl.end <= start:
                lo = sl.end
        if any(sl.end == lo for sl in self.slots):
            lo = self.past_metric_note(lo, start)  # 固定资产投资(不含农户)和社会消费品零售总额…: the bracket notes the
            # metric before it, none after
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
        thr = self.investment_threshold(start)  # (500万元以上项目投资: the statistic's own threshold, no part)
        words = [m for m in L.EXCLUSION.finditer(self.text, lo, thr.start() if thr else start)
                 if (m.group() not in own or m.end() == start and self.other_place_before(m.start()))
                 and not L.RANK_AFTER_SET.match(self.text, m.end())  # (位列全省县域第十位，全年总量…: where it ranks)
                 and not (m.start() and self.text[m.start() - 1] in L.EXCLUSION_NOT_AFTER.get(m.group(), ""))
                 and not L.SOURCE_FROM.match(self.text, m.start())  # (来自统计部门的数据显示: a source)
                 and not (L.EXCLUSION_WHOLE_AT.get(m.group()) == "places" and self.group_described(m.start(), m.end(), start))
                 and not any(t.kind == "region" and t.start <= m.start() < t.end
                             and (t.value not in REGION_WORDS or self.text[m.start() - 1] == "(") for t in self.toks)]
        # (阜阳…同时也是阜阳城市群中心城市，…阜阳经济实现…: a group of places that describes the place; 城区 of 阳泉
        # in its city's article: a place token, the district; 全区(不含经开区): the note of a place's token)
        if not words:  # (most phrases hold none: no subject to look for)
            return ("subset" if self.group_topic(start) else None), own
        subject = lo  # 一批大项目纷纷落户平湖…，我市完成实到外资…: a whole-region word opening the metric's
        for t in self.toks:  # clause is its subject; a modifier before it is another phrase's (not a
            if t.kind == "region" and lo < t.start < start \
                    and not self.text[self.clause_start(t.start):t.start].strip():  # verb that governs
                subject = t.start  # the sentence: 剔除房地产开发投资后，全市固定资产投资…; so is a place's
                # name: 作为县域…示范点，临海市地区生产总值…: the county's own figure)
        whole = self.text.startswith(L.WHOLE_METRIC_WORDS, start)  # 全社会…: only a governing word (剔除…) narrows it
        excl = next((m for m in words if (m.start() >= subject and not whole or m.group() in L.EXCLUSION_GOVERNS)
                     and not self.worked_projects(m.start(), start)
                     and not _OTHER_ITEM.search(self.text, m.end(), start)
                     and not _ADJUSTMENT.match(self.text, m.end())
                     and _after_cause(gap := self.text[m.end():start]) == gap  # (重大项目…推动全县投资…: the cause's)
                     and not L.PLACE_OF_PLACE.match(mask_names(self.text[m.end():start]))), None)
        return (L.EXCLUSIONS[excl.group()] if excl else None), own

    def other_place_before(self, s: int) -> bool:
        """Whether a place other than the home ends at ``s`` (全省县域, 全市县域 glued to a metric in a county's article:
        the counties of that province or city, a subset of it, not the county's own whole; not a ranking's field,
        稳居全省县域首位)."""
        return any(t.kind == "region" and t.end == s and _region_name(str(t.value), self.ds) != self.ds.home
                   for t in self.toks)

    def worked_projects(self, s: int, start: int) -> bool:
        """Whether the exclusion word at ``s`` names projects a verb works on (加快实施重大项目, 新开工一批亿元以上项目:
        function_words.csv project_verb) in a clause before the metric at ``start`` whose clause opens with its own
        time (，全年固定资产投资…): the work's object, no scope of that fresh statement (剔除…后 governs still)."""
        if L.PROJECT_VERB.search(self.text, self.clause_start(s), s) is None:
            return False
        return any(t.kind == "time" and s < t.start < start and not self.text[self.clause_start(t.start):t.start].strip()
                   for t in self.toks)

    def group_topic(self, start: int) -> bool:
        """Whether a group of places (经济圈, 城市群 …) named before the sentence's first metric is its subject, so
        it holds the metric at ``start`` in a later clause group too (上半年成渝地区双城经济圈…，第一产业增加值…；工业增加值
        增长6.3%): no place is named between it and the metric, and it describes none."""
        first = min((t.start for t in self.toks if t.kind == "metric"), default=start)
        for m in L.EXCLUSION.finditer(self.text, self.body, min(first, start)):
            if L.EXCLUSION_WHOLE_AT.get(m.group()) == "places" and not self.group_described(m.start(), m.end(), start) \
                    and not any(t.kind == "region" and m.end() <= t.start < start for t in self.toks):
                return True
        return False

    def group_described(self, s: int, e: int, start: int) -> bool:
        """Whether the group of places (城市群, 经济带 …) at ``s``-``e`` describes a place rather than
        holding the metric at ``start``: it follows 是 in its clause (…也是阜阳城市群中心城市), or a
        later clause names a region before the metric (全市地处长江经济带，2023年全市地区生产总值…)."""
        if "是" in self.text[self.clause_start(s):s]:
            return True
        breaks = [i for i in range(e, start) if self.text[i] in ",;"]
        return bool(breaks) and any(t.kind == "region" and breaks[0] < t.start < start for t in self.toks)

    def firm_first(self, start: int) -> bool:
        """Whether a company's name opens the sentence (after its time) and is its subject before
        ``start``: 今年上半年，浙江某某新材料股份有限公司实现…；出口额…"""
        end = min(start, self.body + 40)
        if all(self.text.find(c, self.body, end) < 0 for c in _FIRM_LAST):
            return False  # (a company's name ends with one of these: most openings hold none)
        first = _FIRM_OPENING.search(self.text, self.body, end)
        if first is not None and (self.text.startswith(L.FIRM_AS_SOURCE, first.end())
                                  or L.is_utility(first.group())):
            return False  # 国网平湖市供电公司发布数据, 国网平湖市供电公司:…: a source of the region's figures
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

    def sector_defined(self, cs: int) -> bool:
        """冶金行业是全省三大支柱产业之一，10月规上工业增加值增长8%: an earlier clause that says what a sector
        is (是, 作为; the sector word on either side) makes it the subject of the subject-less clause after it, whose above-size firms are
        the sector's (not 重点行业支撑有力，规模以上工业…: a remark, the firms the region's)."""
        text, lo = self.text, self.group_start(cs)
        return any(_SECTOR_IS.search(clause) is not None and any(SCOPE_WORDS.get(m.group()) == "sector"
                                                                for m in _scope_words(clause))
                   for clause in _CLAUSE_SEP.split(text[lo:cs]))

    def clause_topic(self, cs: int) -> str:
        """房地产是第一大引资行业，合同利用外资增长310%; 薛家镇开放型经济发展迅猛，实际到账外资…:
        an earlier clause of the sentence, with no figure, names the sector or town the
        subject-less clause is about ("" when none does)."""
        lo = self.group_start(cs)
        if L.SCOPE.search(self.text[lo:cs]) is None and L.INDUSTRY_SUBJECT.search(self.text, lo, cs) is None:
            return ""  # (no scope word before the clause: none of its clauses names one)
        opening = True  # the sentence's first clause after its times: its subject opens it (该镇现有…)
        last = [c for c in _CLAUSE_SEP.split(self.text[lo:cs]) if c.strip()][-1:]
        if last and L.SIZED_FIRMS_COUNTED.search(last[0]) and L.VERB_OPENING.match(self.text, cs):
            return "subset"  # 亿元企业数达284家，实现工业总产值…: the counted class's figures, right after
        if last and L.PROJECTS_COUNTED.search(last[0].rstrip()) and (verb := L.VERB_OPENING.match(self.text, cs)) \
                and L.METRIC.match(self.text, verb.end()):
            return "project"  # 实施项目58个，完成固定资产投资…: the counted projects' investment, right after (not
            # …，累计完成地方固定资产投资: a word of its own before the metric names the whole)
        for clause in _CLAUSE_SEP.split(self.text[lo:cs]):
            bare = TIME.sub("", clause).strip() if may_hold_time(clause) else clause
            if not bare or bare[:1] in "按分从" and L.BREAKDOWN_LEAD.fullmatch(bare + ","):
                continue  # 分行业看,工业投资增长…: a lead's dimension (行业) is no topic of the clause after it
            if L.REPORT_LEAD.fullmatch(bare):
                continue  # 记者从市统计局获悉，今年上半年该市民营企业…: the source before the sentence's subject
            if bare.startswith(L.CAUSE_LEADS) or bare.startswith("在") and bare.endswith(L.CAUSE_TAILS):
                continue  # 受房地产市场影响，固定资产投资下降…: what moved the figures after it, no topic of theirs
            figures, opening = any(map(str.isdigit, bare)), opening and lo == 0
            if opening and not figures and L.INDUSTRY_SUBJECT.match(bare):
                return "sector"  # 其中节能环保产业是主要支撑，…，增加值增长53.0%: that industry's figures
            counts_only = figures and "家" in clause and not any(map(str.isdigit, _FIRM_COUNT.sub("", clause)))
            for m in _scope_words(clause) if L.SCOPE.search(clause) else ():  # not the 镇 of 镇江市
                scope = SCOPE_WORDS.get(m.group())
                at = bare.find(m.group())
                if figures and not (opening and (scope == "town" and at <= 4 or scope == "enterprise" and at <= 12)) \
                        and not (scope == "sector" and counts_only):
                    continue  # (150家机电行业，前两月实现…: a count of a sector's firms is no figure of its own)  # a clause with figures names its own subject, unless it opens the sentence
                if scope == "subset" and opening and not figures and m.group().endswith("企业") \
                        and (at <= 4 or _population_part(bare[:at])):
                    return scope  # 小微企业增势良好，1-5月实现增加值…: a class of firms opening the sentence
                    # (规上工业中国有企业…: the class among the above-size firms)
                if scope == "sector" and _object_of_region(clause, m.start()):
                    continue  # 全区力抓制造业高质量发展: the sector is what the whole region works on, no topic
                if scope == "sector" or (m.group() in ("镇", "街道") and (
                        m.start() >= 2 and clause[m.start() - 1] not in L.TOWN_KIND_BEFORE or clause[m.start() - 1:m.start()] == "该"
                        or at == 1 and bare.startswith("区镇"))):
                    return scope  # type: ignore[return-value]  # a town by its name (薛家镇), 该镇 or 区镇 (a zone and its town run as one), not
                    # 城镇 (urban), 乡镇 or 各镇 (every town: 压实各镇责任), 桐乡 or 农村
                if opening and scope == "enterprise" and (bare.startswith(("该", "这家", "此")) and bare[1:2] not in _PLACE_LEVELS
                                                          or m.group() in L.FIRM_ENDS) \
                        and not clause.startswith(L.FIRM_AS_SOURCE, m.end()) \
                        and not L.is_utility(clause[:m.end()]):  # (供电公司发布, 国网…供电公司: a source)
                    return scope  # 该公司…，实现产值…; 某某集团有限公司…，实现出口…
            opening = False
        return ""

    def whose_part(self, scope: str, explicit: str, regs: list[str], s: int, end: int) -> str:
        """A region's figure that is a part after all: a zone's alone (not one ranked among places), or
        a town's in a town's own paper (我镇…；财政总收入9.8亿元: no subject of its own), or a town's or firm's in
        its story while it speaks of it (独山港镇上半年经济运行情况 …实现规上工业产值186.5亿元)."""
        if scope != "region":
            return scope
        if regs and all(r in self.zone_only and r != self.ds.home for r in regs) \
                and not self.ranked_here(end) and not self.ranked_before(s):
            return "subset"
        story = subject_after(self.text[:s], self.ds.home, self.ds.story_subject, self.ds.story) \
            if self.ds.story else ""  # (the subject named last, this sentence's words before the figure too)
        if explicit == "全区" and story == "subset" and regs == [self.ds.home]:
            return "subset"  # (a zone's story: its 全区 is the zone)
        if explicit or regs != [self.ds.home]:
            return scope
        return "town" if self.ds.home_is_town else story or scope

    def names_other_thing(self, at: int) -> bool:
        """肥西县规下工业同比增长11%: the clause of a rate at ``at`` names, after its place, a thing of a
        metric's kind that is no metric of ours, or a sector (住宿餐饮业营业额增长13.2%): the rate is
        that thing's, not the last sentence's."""
        words = self.rate_clause_words(at)
        return not words.startswith(L.DEMONSTRATIVES) and _other_things(words)  # (这一总量)

    def names_other_measure(self, at: int) -> bool:
        """全年居民消费价格(CPI)总水平比上年上涨0.7%: the clause of a rate at ``at`` names a measure that is no
        metric of ours (its time and basis aside): the rate is that measure's, not the last sentence's."""
        words = self.rate_clause_words(at)
        return not words.startswith(L.DEMONSTRATIVES) and _other_measure(TIME.sub("", _FACTOR_ADJUSTED.sub("", words)))

    def names_price(self, at: int) -> bool:
        """…生产总值1325.68亿元,全年居民消费价格上涨0.7%: the clause of a rate at ``at`` names a price (an index)
        that is no metric of ours: the rate is the price's, not the figure's before it."""
        return self.names_other_measure(at) and L.PRICE_MEASURE.search(self.rate_clause_words(at)) is not None

    def keep_orphan(self, g: GrowthTok) -> None:
        """A rate with no figure or metric of its sentence to take it: one the sentence after a figure may
        hand back to it, unless it is a measure's that is no metric of ours (居民消费价格上涨0.7%: then no
        rate alone of the sentence goes back)."""
        if self.names_other_measure(g.start):
            self.other_measure_rates = True
        else:
            self.orphan_growths.append(g)

    def rate_clause_words(self, at: int) -> str:
        """The words of the clause of a rate at ``at`` before it, after its place, without their basis
        (比上年); a bracket's clause is the one it stands in (居民消费价格(CPI)总水平…)."""
        cs = self.clause_start(at)
        if ")" in self.text[cs:at] and "(" not in self.text[cs:at] and (opening := self.text.rfind("(", 0, cs)) >= 0:
            cs = self.clause_start(opening)
        cs = max([cs] + [t.end for t in self.toks if t.kind == "region" and cs <= t.start and t.end <= at])
        return L.BASIS_TAIL.sub("", self.text[cs:at].strip())

    def population_named(self, s: int, metrics: tuple[str, ...]) -> bool:
        """716家规上企业当月实现产值; 规上工业呈现…。1-11月累计完成产值…: the set of units the
        metric covers is named before it in its clause, or in a sentence with no figure just before."""
        if any(set(metrics) & set(sl.metrics) for sl in self.slots) or set(metrics) & self.ds.populations \
                and not self.product_made_before(s):
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

    def product_made_before(self, s: int) -> bool:
        """规上企业3家。全县生产白酒1.8万千升，完成产值…: a bare metric right after a clause that tells how
        much of a product was made is that product's, not the industry's of the firms counted before."""
        lo = self.clause_start(s)
        return bool(lo) and L.VERB_GAP_FULL.fullmatch(self.text, lo, s) is not None \
            and L.PRODUCT_MADE.search(self.text, self.clause_start(lo - 1), lo - 1) is not None

    def sibling_named(self, context: tuple[str, ...], s: int) -> bool:
        """规上工业完成总产值60.4亿元,下降1.1%。增加值下降9.5%。: a context word (增加值, 总产值) opening its
        sentence, after a time or a verb alone, when the sentence just before named a metric of its context
        last (规上工业总产值) is that industry's other measure; not after a noun of another whole named
        between (农林牧渔业总产值…。增加值…), nor across a paragraph or a sentence."""
        ds = self.ds
        if self.slots or ds.last_metric_at < 0 or not set(context) & set(ds.last_metric) \
                or not L.VERB_GAP_FULL.fullmatch(TIME.sub("", self.text[:s]).lstrip(",")):
            return False
        between = ds.text[ds.last_metric_at:ds.pos]
        return "\n" not in between and between.count("。") == 1 and len(_CONTEXT_WORD.findall(between)) == 1

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


def _population_part(before: str) -> bool:
    """Whether the words before a class of firms are a place word and a population with 中 (全市规上工业中):
    the class is one part of the above-size firms.

    >>> _population_part("我市规模以上工业中"), _population_part("在省委省政府的领导下")
    (True, False)
    """
    pop = L.POPULATION.search(before)
    return before.endswith("中") and pop is not None and pop.start() <= 4 and pop.end() == len(before) - 1


def _scope_words(clause: str) -> list[re.Match[str]]:
    """The scope words of ``clause`` that are not inside a place's name (not the 镇 of 镇江市), whole
    words a name only overlaps too (新兴产业: 新兴 is a county of Guangdong, the word is no name of it).

    >>> [m.group() for m in _scope_words("镇江市工业增势良好")], [m.group() for m in _scope_words("战略性新兴产业增势迅猛")]
    ([], ['新兴产业'])
    """
    masked = mask_names(clause)
    return [m for m in L.SCOPE.finditer(clause) if any(masked[i] == clause[i] for i in range(m.start(), m.end()))]


"""Compiled patterns over the vocabulary tables (built once at import).

They run on the standard library's ``re``: these patterns are matched many times per sentence,
and a call costs ``re`` about half what it costs ``regex``; on the big trie alternations (the
6,000 place names) ``re`` is several times faster too.  ``regex`` escapes the table words.
"""
from __future__ import annotations

import re

import regex

from ..base.gates import guarded
from ..base.regions import NAME_FILL, NAME_MARK, NAME_SLOT, WORD_PATTERN
from ..base.tables import (ALIASES, EVENT_WORDS, FILLERS, MEASURE_WORDS, OWN_MEASURES, GROWTH_ROLES, GROWTH_WORDS, NOMINAL_BASES, PLAN_WORDS,
                           QUALIFIERS, REGION_WORDS, RELATIVE_YEARS, SCOPE_WORDS, SUBJECT_WORDS, ZONES,
                           first_chars, function_words, presence, read_table, scanner, trie_pattern)
from .numbers import AMOUNT
from .periods import TIME_PATTERN

# 716家规上企业实现产值…: the set of units an industrial figure covers; it makes 产值 a metric
# of its own and a count of it is the whole set, not a subset
POPULATIONS: dict[str, frozenset[str]] = {r["word"]: frozenset(r["metrics"].split("|"))
                                          for r in read_table("populations.csv")}
POPULATION = re.compile(trie_pattern(list(POPULATIONS)))
# 五年累计完成…: a figure summed over a span of years, not the level of its last year
SPAN_SUM = re.compile(trie_pattern([r["word"] for r in read_table("spans.csv") if r["kind"] == "sum"]))
MODIFIERS_BEFORE = tuple(r["word"] for r in read_table("modifiers.csv") if r["side"] == "before")
# 新增规上工业产值…: a word before a metric that makes it no figure, but for the metrics it spares (新增合同外资:
# a flow of new things, its own level)
MODIFIER_SPARES: dict[str, frozenset[str]] = {r["word"]: frozenset(r["spares"].split("|"))
                                              for r in read_table("modifiers.csv") if r["spares"]}
MODIFIERS_AFTER = tuple(r["word"] for r in read_table("modifiers.csv") if r["side"] in ("after", "ranking"))
RANKING_AFTER = tuple(r["word"] for r in read_table("modifiers.csv") if r["side"] == "ranking")
# 全部工业增加值, 实际工业投资: words before a metric named from 工业 that keep it the whole industry
WHOLE_BEFORE = frozenset(r["word"] for r in read_table("modifiers.csv") if r["side"] == "whole")
# 从季度产值增幅看,一季度-27.1%,二季度-2.6%: a metric's rate framed as the topic, its rates then period by period
# the words that name a growth rate (增速, 增幅, 增长率, 增长速度): one list for the patterns below
RATE_NOUN = "(?:增长速度|增长率|增速|增幅)"
RATE_FRAME = re.compile(RATE_NOUN + r"(?:来)?看,")
RATE_FRAME_OPEN = re.compile(r"(?:从|分)(?:各?季度)?$")
INVESTMENT_AFTER = tuple(w for w in MODIFIERS_AFTER if w.startswith("投资"))  # 第一产业完成投资
# GDP排名：平湖1101亿元，…, GDP十强出炉：… / GDP排名前三的县依次为甲县(…)、…: a ranking word followed by a colon, or by a
# list cue within its clause, introduces the figures, region by region
# (GDP排名前五的城市为郑州(…)、…: the class of the places ranked, then 为/是, introduces them too)
_SET_NOUNS = read_table("set_nouns.csv")
# 城市, 县(市、区), 区: the kinds of whole region a set of places counts (set_nouns.csv, kind place)
REGION_SET_NOUN = trie_pattern([r["word"] for r in _SET_NOUNS if r["kind"] == "place"])
# 出炉, 如下, 揭晓 (function_words.csv topic_cue), 公布, 发布 (publish_words.csv): a ranking's publishing before its colon
_LIST_PUBLISHED = trie_pattern(list(function_words("topic_cue")) + [r["word"] for r in read_table("publish_words.csv")])
# (GDP排名前三的是甲县(…)、…, 总量排名靠前的为…: the band of top ranks, then 的是/的为, introduces them too; not
# 排名第一的是甲县: one place, whose figure follows it)
_TOP_RANKS = r"(?:前(?:[二两三四五六七八九十]{1,2}|[2-9]|1\d)(?:位|名|强)?|靠前|居前|前列)"
RANKING_LIST = re.compile(trie_pattern([r["word"] for r in read_table("modifiers.csv") if r["side"] == "ranking"])
                          + r"(?:(?:情况)?(?:" + _LIST_PUBLISHED + r")?:|[^。；;:，,]{0,16}[，,]?(?:依次|分别)(?:为|是)?:?"
                          r"|[^。；;:，,\d]{0,12}的(?:" + REGION_SET_NOUN + r")(?:为|是):?|" + _TOP_RANKS + r"的(?:为|是):?)")
COMPARISONS = tuple(r["word"] for r in read_table("comparisons.csv"))
# 比/较, or a ranking's comparison (仅次于今年1月份的…, 高于上月的…), before the time of a base level
BASE_LEADS = function_words("base_lead")
COHORT_LEADS = function_words("cohort_lead")  # 2023年新入规企业: a year that names a cohort of firms
LOCAL_LEVEL = "地方"  # 地方公共财政预算收入: the local part of a revenue the same name names bare
EXCLUSIONS: dict[str, str] = {r["word"]: r["effect"] for r in read_table("exclusions.csv")}
# 县域: the counties of a province or city taken together, but in a county's own article the county itself
EXCLUSION_WHOLE_AT: dict[str, str] = {r["word"]: r["whole_at"] for r in read_table("exclusions.csv") if r["whole_at"]}
# 不含, 剔除, 扣除: an exclusion verb that governs the whole sentence, whatever subject opens the metric's clause
EXCLUSION_GOVERNS = frozenset(r["word"] for r in read_table("exclusions.csv") if r["governs"])
# 加大项目储备: 加大 and 项目, no 大项目 (the characters an exclusion word is not read after)
EXCLUSION_NOT_AFTER: dict[str, str] = {r["word"]: r["not_after"] for r in read_table("exclusions.csv") if r["not_after"]}
NOT_GROWTH = tuple(r["word"] for r in read_table("not_growth.csv"))
# 贡献率, 拉动: a remark on what the parts gave the whole's growth (not_growth.csv, note "contribution…")
CONTRIBUTION_WORDS = tuple(r["word"] for r in read_table("not_growth.csv") if r["note"].startswith("contribution"))
# 三次产业构成为3.6:27.3:69.1: the parts' shares of a whole as a ratio of three, a remark on the parts (no figure of
# their own)
PARTS_RATIO = re.compile(r"\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?")
# 对全区产值增长的贡献率: the words after a whole's metric that make the whole the object of a part's contribution
CONTRIBUTION_TO = re.compile(r"(?:增长|增速)?的?贡献")
# 项目建设带动工业投资达…: a verb after which the metric is what the words before it drove (vocab/cause_words.csv)
CAUSE_WORDS = tuple(r["word"] for r in read_table("cause_words.csv"))
# 受房地产市场影响, 由于…, 随着…, 在跨境电商带动下: a figure-less clause that names what moved the figures after
# it (function_words.csv, cause_lead and cause_tail): a cause, no topic of theirs
CAUSE_LEADS = function_words("cause_lead")
CAUSE_TAILS = function_words("cause_tail")
# 招商项目签约投资总额: the projects a signed-projects metric sums, named before it (vocab/function_words.csv)
SIGNED_PROJECTS_NOUN = re.compile("(?:" + trie_pattern(list(function_words("signed_projects_noun"))) + ")$")
# 建区四十年来, 改革开放四十年来: a span counted from a founding, whose year is its first (vocab/founding_words.csv)
FOUNDING_WORDS = tuple(r["word"] for r in read_table("founding_words.csv"))
# 改革开放以来，全市累计…; 截至目前，…累计达…: a run counted from a founding, or up to now, that a sum (累计) covers
SINCE_FOUNDING = re.compile("(?:" + trie_pattern(list(FOUNDING_WORDS)) + r")(?:\d+|[一二三四五六七八九十]+)?周?年?(?:以来|来)"
                            r"|截[至止]目前|至今|迄今")
# 成立25周年, 建区四十年以来: a founding with its count of years (a bare 25年来 after it is its span)
FOUNDING_COUNT = re.compile("(?:" + trie_pattern(list(FOUNDING_WORDS)) + r")(?P<n>\d{1,2}|[二两三四五六七八九十]{1,3})周?年")
AVERAGE_WORDS = tuple(w for w in NOT_GROWTH if "均" in w)  # 两年平均, 年均: an average rate, no year-on-year one
# …增长28.6%,两年平均增长15.7%;6月当月增长19.8%: an average rate ending right at a position (no other figure
# that parts the slot's rate from a later period's)
# 从两年平均增速来看, 按年均增幅看: a frame saying the rates after it in its clause group are averages, no
# year-on-year ones (whatever metric they are of)
AVERAGE_FRAME = re.compile(r"(?:从|按|以)?(?:" + "|".join(AVERAGE_WORDS) + r")(?:增速|增幅|增长率|增长)?(?:来)?看,")
AVERAGE_RATE_END = re.compile(r"(?:" + "|".join(AVERAGE_WORDS) + r")(?:增长|增速为?|增幅为?|下降)?了?-?\d+(?:\.\d+)?%$")
_FLAT_WORDS = read_table("flat_words.csv")

_VERB_GAP = "(?:实现|完成|创造|累计实现|累计完成|共完成|共实现|共创造)?"
_plain = [a for a in ALIASES if "*" not in a]
# an alias with * (规模以上工业*增加值) allows a verb there: longest first, each as a pattern
_wild = {a: regex.escape(a).replace(r"\*", _VERB_GAP) for a in sorted((a for a in ALIASES if "*" in a), key=len, reverse=True)}
_WILD = {a: re.compile(p) for a, p in _wild.items()}
METRIC_PATTERN = "|".join([*_wild.values(), trie_pattern(_plain)])
# 进口量, 出口量: a metric's name with 量 right after it counts goods (tonnes, units), not the metric's value
# (modifiers.csv makes it no metric; it also closes the metric open before it). 用电量, GDP总量: aliases of their own
VOLUME_MARK = "量"
METRIC = scanner(METRIC_PATTERN, first_chars(ALIASES), second={a[1] for a in ALIASES})  # aliases have 2+ characters
# 签约18个项目, 签约智能制造、新材料等重点项目25个, 签约中车、隆基等9个产业项目: the signed projects named
# with their examples (…等) or their count between 签约 and 项目; the name reads up to the count (the count alias)
_SIGNED_NOUN = r"(?:(?!以上|亿|万)[^,;。:\d%、]){0,6}?项目"  # (not 亿元以上项目: a subset's)
# (签约落户18个项目, 签约引进9个产业项目: a verb of the projects' arrival between 签约 and the count)
SIGNED_PROJECTS = re.compile(r"签约(?:了|落户|引进|入驻|落地)?(?:[^,;。:\d%]{1,24}?等" + _SIGNED_NOUN + r"(?=\s*\d)"
                             r"|(?:[^,;。:\d%]{1,24}?等)?(?=\d+\s*个" + _SIGNED_NOUN + "))")
SIGNED_COUNT_ALIAS = "签约项目"
# 签约18个项目, 节约3.2亿元: words that end with a qualifier's character (约) and make no bound of the amount after them
NOT_QUALIFIER_ENDS = function_words("not_qualifier_end")
# 同比, 比上年, 较去年同期, 与上年同期相比 …: the words that say a rate is over the year before (fillers.csv, role
# basis), as one optional group before a place's or an item's growth verb
YOY_BASIS_WORD = trie_pattern([w for w, role in FILLERS.items() if role == "basis" and w.startswith(("同比", "比", "较", "与"))])
VERB_ENDS = tuple(w for w, role in FILLERS.items() if role == "verb" and len(w) == 2)  # 经济实现: an alias's verb
# whether a text names one: a third faster than METRIC (the second character is tested before the pattern)
NAMES_METRIC = presence(METRIC, first_chars(ALIASES), {a[1] for a in ALIASES})


# 第二产业实现增加值, 规上工业完成工业增加值, 第三产业创造增加值: a verb inside a metric's name.  The words before
# the verb and the alias after it make one alias (sharing a head word when both print it).
# or a gloss (a note), with or without the verb: 第三产业(服务业)增加值, 第一产业(不包括农林牧渔服务业)实现增加值
# and a price basis inside it, after the verb or alone: 规模以上工业(完成)现价增加值, 规上工业现价总产值
# (?:GLOSS\s*)?(?:分别|均)?(?:累计|共)?(?:实现|完成)(?:现价)?|GLOSS|现价, written out alternative by alternative in
# the same order (the same matches) so that each opens with a character: re reaches them by a fast scan
# instead of trying the pattern at every position (a seventh of the time)
_GLOSS = r"\([^()\d,;。%]{1,16}\)"
SPLIT_VERB_WORDS = function_words("split_verb")  # the verbs that may split a metric's name
SPLIT_HEAD_FILLERS = function_words("split_head_filler")  # 工业经济实现增加值: a word between the name's head and the verb
_SPLIT_TAIL = "(?:" + "|".join(SPLIT_VERB_WORDS) + ")(?:现价)?"
SPLIT_VERB = re.compile("|".join([_GLOSS + r"\s*(?:分别|均)?(?:累计|共)?" + _SPLIT_TAIL,
                                  *(w + r"(?:累计|共)?" + _SPLIT_TAIL for w in ("分别", "均")),
                                  *(w + _SPLIT_TAIL for w in ("累计", "共")),
                                  *(w + "(?:现价)?" for w in SPLIT_VERB_WORDS), _GLOSS, "现价"]))
# …企业累计实现工业增加值…；实现工业总产值…: a clause group that opens with a bare verb names no
# subject of its own and goes on with the one before it
VERB_OPENING = re.compile(r"\s*(?:累计|共|另)?(?:实现|完成)")
# ，实现社会消费品零售总额…: a clause that opens with a completion verb (after its place or time words only)
VERB_LEADS = re.compile(r"^\s*(?:全[县市区]|我[县市区]|全年|去年)*(?:累计|共|另)?(?:实现|完成)了?$")
# 一般公共预算收入完成…, …、社零总额分别完成…: the completion verb after a metric or after the list it leads
VERB_AFTER_ITEMS = re.compile(r"\s*(?:分别|均)?(?:累计|共|另)?(?:实现|完成)")
ITEM_JOINER = re.compile(r"[、和及与]")  # between two metrics of a list
# 是全省首个突破千亿的县，…; 超百亿元的企业有5家: an amount that marks which places or firms passed it, in
# an aside or counted (not GDP超过1000亿元的城市还有芜湖市: the place named after is the figure's subject)
SET_NOUN = trie_pattern([r["word"] for r in _SET_NOUNS])  # 县(市、区), 城市, 企业: what a set counts
_SET_SIZE = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个"
_BOUND_AMOUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]?[十百千]|[一二两三四五六七八九十](?=万))(?:万亿|亿|万)?(?:美元|元)?"
# (超10亿元的县(市、区)达到56个, 超20亿元的17个: the set by its noun, or by its count alone; 过200亿、100亿的县市区
# 分别有23个、55个: a list of bounds, each with its set, counted in turn)
BOUND_HOLDER = re.compile(r"(?:[、和及与]" + _BOUND_AMOUNT + r")*(?:以上)?的(?:" + SET_NOUN
                          + r"|县市区|县区|区县|县市|省份|省|公司|园区|" + _SET_SIZE + r"(?=[,;。]))"
                          + r"(?=[,;。]|之一|(?:分别)?有(?:\d|[一二两三四五六七八九十])|(?:分别)?已?达到?)")
# 出口超300亿元(的城市): the bound a metric's set of places passed (BOUND_HOLDER then holds the set)
BOUND_AFTER = re.compile(r"(?:超过|超|突破|逾)" + AMOUNT.pattern)
# GDP超过100亿元的8个县(市)是:海城市…, 出口在10亿美元以上的城市有:… : an amount that defines the set of places
# a list then names, each with its own figure; no figure of the metric's subject
# 17县市财政总收入超20亿, 全省有5个县GDP突破百亿元: a counted set of places before a metric whose bound they passed
COUNTED_SET_END = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个?(?:" + SET_NOUN + r")\s*$")
# 全省共有4地一般公共预算收入超过…, 有五城突破千亿: a set counted by the word for a place itself (地, 城), before the metric
COUNTED_PLACE_WORD_END = re.compile(r"(?<![\d一二两三四五六七八九十])(?:\d{1,2}|[二两三四五六七八九十]{1,2})(?:地|城)\s*$")
# 排名前十的城市, 位列前五的县, 总量前三的县区, 前十位城市: a set of places picked by rank (the top ones); their
# bound passed (…都超过了300亿元) is no figure of the region's
RANKED_SET = re.compile(r"(?<!第)" + _TOP_RANKS + r"的?(?:" + REGION_SET_NOUN + r")")
# 海拉尔区(9.3%)、满洲里市(8.7%)3个旗市区规上工业增加值增速…: the count of the places just listed (a kind of
# whole place), between their bracketed rates and the metric they are rates of
COUNTED_PLACES_AFTER = re.compile(r"等?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个?(?:" + REGION_SET_NOUN + r")")
# 超四成的县(市、区), 近半数县, 三分之一的城市: a share of a set of places or firms, the subject of the figure
# after it (a subset; 成 as tenths, not 建成县 or 落成)
SET_SHARE = re.compile(r"(?:[一二两三四五六七八九]成|半数|过半数?|大半|(?:[二三四五六七八九十]|十[一二三四五六七八九]?)分之"
                       r"[一二三四五六七八九])(?:以上|左右)?的?(?:" + SET_NOUN + ")")
SET_SHARE_END = re.compile(SET_SHARE.pattern + r"\s*$")
SET_LIST_AFTER = re.compile(r"(?:及?以上)?的(?:" + _SET_SIZE + r")?(?:" + SET_NOUN + r")(?=(?:分别|依次)?(?:是|为)|有?:)")
# GDP超过百亿元的还有:龙湾区…, 超50亿元的有:乐清、瑞安: a bound that opens a list of the places past it (no set noun)
SET_LIST_OPEN = re.compile(r"(?:及?以上)?的(?=还?有:)")
SET_BOUND = re.compile(r"\d+(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元)(?:" + SET_LIST_AFTER.pattern[:SET_LIST_AFTER.pattern.index("(?=")]
                       + "|" + SET_LIST_OPEN.pattern + ")")
# 温岭市是台州地方财政收入最为接近百亿的区县: after a place and 是, the words up to the kind of place the
# clause ends by naming (…的区县,) rank the place within another (台州), which is no new subject
RANKED_WITHIN = re.compile(r"[^,;。]{1,24}?的(?:" + REGION_SET_NOUN + r")(?=[,;。]|之一)")
# 高要区作为肇庆市的工业重镇, 四会市是肇庆市的玉器之都: after a place and one of these words, a place
# named with 的 describes the first (a possessive of its apposition), no new subject
APPOSITION_WORDS = frozenset(r["word"] for r in read_table("apposition_words.csv"))
# 格尔木市和德令哈市作为全州经济的两大支撑,分别增长…: a place (or a list of them) and a word that opens a clause
# of its own (clause yes) describing it up to the comma, with no figure: an aside; a place or metric named
# inside it is the description's, and the figures after the comma are the place's own
APPOSITION_CLAUSE_WORDS = tuple(r["word"] for r in read_table("apposition_words.csv") if r["clause"] == "yes")
APPOSITION_CLAUSE = re.compile("(?:" + "|".join(APPOSITION_CLAUSE_WORDS) + r")[^,;:。\d%()]{2,24}(?=,)")
# 天津市是我国四大直辖市之一, 寿光市是全国蔬菜之乡, 德化县是中国瓷都之一: after a place and one of these words, a
# place whose clause ends in an epithet (之一, 之乡, 之都, 之城) describes the first, no new subject
APPOSITION_EPITHET = re.compile(r"[^,;:。\d%()]{0,16}?之[一乡都城](?=[,;。])")
# 全县规模以上工业企业126户, 规上工业企业达512家, 全县429家规上工业企业: the whole population counted, in a
# clause of its own
_COUNT = r"\d+(?:户|家|个)"
_YEAR_END = r"(?:\d{4}年(?:末|底)?|年[末底])?"  # 2019年末全县规上企业87家: the count's date before its place
POPULATION_COUNTED = re.compile(r"\s*" + _YEAR_END + r"(?:[全该我本][省市县区])?(?:共有|有)?(?:" + _COUNT + r"(?P<population>" + POPULATION.pattern
                                + r")|(?P<population2>" + POPULATION.pattern
                                + r")(?:数量|数)?(?:达到?|共有?|有|为|突破|超过|(?:增|扩容|扩大|增加|增长|发展)(?:至|到))?" + _COUNT + r")\s*")
# (规模以上工业企业数量突破4000家: the count said with 数量 and a bound verb counts them all too)
# 规模以上工业企业达到186家,比2007年净增65家;完成增加值…: the change of the count, a clause of its own
COUNT_CHANGE = re.compile(r"\s*(?:比|较)[^,;。]{1,8}?(?:净增|新增|增加|减少)(?:了)?" + _COUNT + r"\s*")
# 全县生产白酒1.8万千升, 出栏生猪52万头: a clause that tells how much of a product was made, by a measure of
# things (vocab/measure_words.csv) at its end
PRODUCT_MADE = re.compile(r"(?:生产|产出|出栏|酿造|加工)[^,;:。\d]{1,10}?[\d.]+[万亿]?(?:"
                          + "|".join(map(re.escape, MEASURE_WORDS)) + r")\s*$")
VERB_GAP_FULL = re.compile(r"\s*(?:全年)?(?:累计|共|另)?(?:实现|完成)?\s*")  # nothing but a verb (全年 before it), or nothing
_ALIAS_HEADS = frozenset(a for a in ALIASES if "*" not in a)
_ALIAS_LAST2 = frozenset(a[-2:] for a in _ALIAS_HEADS)  # every alias end (2+ characters) ends in one of these


def _alias_ends() -> dict[str, tuple[int, ...]]:
    """Every alias's ends of 2+ characters, each with the lengths of what stands before it in an
    alias (0: the alias is that end), shortest first."""
    fronts: dict[str, set[int]] = {}
    for alias in _ALIAS_HEADS:
        for i in range(len(alias) - 1):
            fronts.setdefault(alias[i:], set()).add(i)
    return {end: tuple(sorted(f)) for end, f in fronts.items()}


_ALIAS_ENDS = _alias_ends()  # (split_alias: a name ends with the words after the verb)
_ENDS_LONGEST: dict[str, int] = {}  # the first two characters of those ends -> the longest end they begin
for _end in _ALIAS_ENDS:
    _ENDS_LONGEST[_end[:2]] = max(len(_end), _ENDS_LONGEST.get(_end[:2], 0))
# …98.2亿元，其中民间投资增长7.4%: a clause led by a thing of a metric's kind that is no metric of ours
# (at least two characters before a head that ends an alias: 投资, 收入, 售额 …)
OTHER_THING = re.compile(r"(?:其中)?[\u4e00-\u9fff]{4,12}")
WHOLE_METRIC_WORDS = tuple(function_words("whole_metric_word"))  # 全社会固定资产投资: the whole society's, by its own words
DEMONSTRATIVES = function_words("demonstrative")  # 这一总量同比增长6.1%: the thing named before
BASIS_TAIL = re.compile(r"(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|较去年同期)$")  # 规下工业同比: its basis


def split_alias(before: str, after: str) -> tuple[str, int, int] | None:
    """The alias that the end of ``before`` (the words before a verb) and the start of ``after``
    (the words after it) make together, with how many characters it takes of each; ``None``
    when they make none.  Longest first; the two parts may share a head word (工业).

    >>> split_alias("全区第二产业", "增加值16.2亿元"), split_alias("全市规上工业", "工业增加值增长")
    (('第二产业增加值', 4, 3), ('规上工业增加值', 4, 5))
    >>> split_alias("全市", "增加值180亿元") is None
    True
    """
    for n in range(min(len(after), 10, _ENDS_LONGEST.get(after[:2], 0)), 1, -1):  # (no longer tail ends an alias)
        tail = after[:n]
        if (fronts := _ALIAS_ENDS.get(tail)) is None:  # (a name made with ``tail`` ends with it: most tails end none)
            continue  # no alias ends in these words, whatever comes before the verb
        for k in range(min(len(before), 8), 1, -1):
            head = before[-k:]
            # the overlaps from the largest down, as long as the name's part before ``tail`` (head less the
            # overlap) is as long as one before it in some alias: no other joins make one
            for overlap in (k - f for f in fronts if f <= k and k - f <= n):
                if overlap and not head.endswith(tail[:overlap]):
                    continue
                joined = head + tail[overlap:]
                if joined in _ALIAS_HEADS and (joined != tail or overlap == k):  # 工业实现工业总产值: one name
                    return joined, k, n
    return None


def split_alias_over_filler(before: str, after: str) -> tuple[str, int, int] | None:
    """``split_alias``, also when a word of a sector's whole economy (vocab/function_words.csv split_head_filler)
    stands between the name's head and the verb, which the name then covers.

    >>> split_alias_over_filler("全县工业经济", "增加值23.5亿元"), split_alias_over_filler("民营经济", "增加值45亿元")
    (('工业增加值', 4, 3), None)
    """
    found = split_alias(before, after)
    filler = next((w for w in SPLIT_HEAD_FILLERS if before.endswith(w)), None) if found is None else None
    if filler is not None and (found := split_alias(before[:-len(filler)], after)) is not None:
        return found[0], found[1] + len(filler), found[2]
    return found


# 地区生产总值（5.7%）、…均实现增长: a metric right before a bracketed rate
METRIC_BEFORE_BRACKET = re.compile("(?:" + METRIC_PATTERN + r")\($")
# 工业总产值4月(-1.9%)、5月(-1.6%)连续下降, 一季度(5.2%)、上半年(5.8%)逐季回升: periods listed, each with its
# rate in brackets (the item at a bracketed rate's start, and the item joined to it)
PERIOD_ITEM_BEFORE = re.compile(r"(?:\d{1,2}(?:-\d{1,2})?月份?|[一二三四]季度|上半年|下半年|前三季度)\($")
PERIOD_ITEM_RATED = re.compile(r"增速|增幅|回升|回落|加快|放缓|收窄|扩大")  # (…逐季回升, 增速逐月加快: the trend of rates)
PERIOD_ITEM_AFTER = re.compile(r"\)、(?:\d{1,2}(?:-\d{1,2})?月份?|[一二三四]季度|上半年|下半年|前三季度)\(-?\d")


def other_thing(words: str) -> bool:
    """Whether ``words`` (a clause's words before its rate) name a thing of a metric's kind that
    is no metric of ours.

    >>> other_thing("其中民间投资"), other_thing("税收收入"), other_thing("同比"), other_thing("社会消费品零售总额")
    (True, True, False, False)
    """
    return OTHER_THING.fullmatch(words) is not None and words[-2:] in _ALIAS_LAST2 and not words.startswith(
        ("同比", "比上年", "较上年")) and METRIC.search(words) is None


def alias_of(surface: str) -> str:
    """The alias (table key) behind a matched surface form."""
    if surface in ALIASES:
        return surface
    for a, pattern in _WILD.items():
        if pattern.fullmatch(surface):
            return a
    raise KeyError(surface)


_QUAL_BEFORE = [w for w, (_, pos) in QUALIFIERS.items() if pos == "before"]
QUAL_BEFORE_WORDS = tuple(_QUAL_BEFORE)  # 超, 突破, 近 …: words that make the amount after them a bound
FILLER_WORDS = tuple(w for w, role in FILLERS.items() if role != "verdict")
# 游客量同比, 游客量较上年同期, 餐饮收入, 国内旅游消费: a noun on a measure of its own (own_measures.csv) that a rate right
# after it belongs to (read up to the rate: re.search with endpos), not a measure word of the metric's own (总量, 总额: fillers.csv)
OWN_MEASURE_BEFORE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,8}(?:" + trie_pattern(list(OWN_MEASURES)) + r"))"
                                r"(?:" + YOY_BASIS_WORD + r"|累计)?$")  # (游客量较上年同期: any yoy basis word of fillers.csv)
METRIC_MEASURES = tuple(w for w, role in FILLERS.items() if role == "measure")
# 一般公共预算支出平均增长2.1%, 旅游收入增幅: a noun on a measure of its own and the rate word after it (the
# measure a sentence gives rates of)
OWN_MEASURE_RATED = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,8}(?:" + trie_pattern(list(OWN_MEASURES)) + r"))"
                               r"(?:平均)?(?:增速|增幅|增长|下降)")
OWN_MEASURES_AT = frozenset(w[-1] for w in OWN_MEASURES)  # (the gate: what every such noun ends with)
_FILLER = "(?:(?:" + trie_pattern(list(FILLER_WORDS) + _QUAL_BEFORE) + ")了?)"  # 完成了, 突破了
# 我县经济运行稳中向好 GDP增长6.3%: a headline's verdict on the economy, run into the figures after it (fillers.csv,
# role verdict): no scope of theirs, only before the metric
_VERDICT = trie_pattern([w for w, role in FILLERS.items() if role == "verdict"])
# 连续三年: a run of years the figure's bound held for (连续三年突破千亿元; not 连续3个月在200亿元以上: each
# month's level, no period's)
_RUN = "(?:" + trie_pattern([w for w, role in FILLERS.items() if role == "run"]) \
    + r")(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年"
# 连续第6个月单月进出口…, 第3个月出口…, 连续两个季度投资…: a run of months, quarters or years a metric named
# after it held its course for (a duration or an ordinal of one, 连续 or 第 before it): no scope of the metric
RUN_OF_TIMES = re.compile("(?:" + trie_pattern([w for w, role in FILLERS.items() if role == "run"])
                          + r")第?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:月|季度|年)|第(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:月|季度)")
# 在高基数下, 在外需疲弱的形势下, 在上年高位基础上: a setting phrase (function_words.csv, setting_end) between a
# metric and its verb; no figure or stop inside it
_SETTING = r"在[^,;。:!?\d在]{1,12}?(?:" + trie_pattern(list(function_words("setting_end"))) + r")"
# Words allowed between a metric and its amount, or between two amounts of one list.
GAP = re.compile(r"(?:" + _FILLER + r"|" + _RUN + r"|" + _SETTING + r"|[\s,、和及与:(-]|\((?:[^()\d]{0,14})\))*")
# (一)固定资产投资。1-6月份，全县完成…: the home region's word after a heading's metric, before its verb
HOME_AFTER_TOPIC = re.compile(r",?(?:" + "|".join(sorted((w for w, level in REGION_WORDS.items() if level != "nation"),
                                                       key=len, reverse=True)) + r"),?")
# Words allowed before a metric in a clause when the figure is a whole-region aggregate. PREFIX,
# COMPARED_ITEM, COMPARED_PLACES, SHARE_CUE and REGION_GAP read a place name as NAME_SLOT: match them
# on regions.mask_names(text).
_SOURCE = r"据[^,;。]{0,14}?(?:统计|核算|测算|显示|获悉|数据)|从[^,;。]{1,10}?看|分[^,;。]{1,6}?看"
# 另据宿迁市统计局消息, 记者从淮安市统计局获悉, 据“盐城发布”消息: a sentence's opening clause that names the office
# (or official account) of a place as the source of the news; read on mask_names (the place is NAME_SLOT)
OFFICE = trie_pattern(list(function_words("office_word")))  # 统计局, 人民政府 (function_words.csv, office_word)
SOURCE_OFFICE_LEAD = re.compile(r"(?:另据|据|记者从|从)[“\"]?(?P<place>" + NAME_SLOT + r")[市县区]?(?:" + OFFICE
                                + r"|发布)[”\"]?[^,;。]{0,10}?(?:消息|获悉|了解到|数据显示|显示|公布|发布)")
# 晚报讯, 记者从市统计局了解到, 据最新统计: a clause that only says where the news comes from (no subject of
# the figures after it)
REPORT_LEAD = re.compile(r"[^,;。]*?(?:讯|获悉|了解到|得知|据悉)|" + _SOURCE)
# 其中节能环保产业是主要支撑, 新材料行业成为第一拉动力: a figure-less clause opening with an industry's compound name
# before a copula, the sector the subject-less clauses after it speak of (not 三次产业, 各行业, 全产业, 第三产业)
INDUSTRY_SUBJECT = re.compile(r"(?:其中)?(?![三各全第])[\u4e00-\u9fff]{2,8}?(?:" + "|".join(function_words("industry_noun_end"))
                              + r")(?:" + "|".join(function_words("subject_copula")) + ")")
# 各县市区, 各县(市、区), 各盟市, 各设区市: every place of a set, the subject of a list of places
_EVERY_PLACE = r"各(?:设区市|省辖市|地级市|县级市|省份|地[市区州]|板块|[县市区州盟旗省]|[()、])+"  # 各板块: a city's districts
EVERY_PLACE = re.compile(_EVERY_PLACE)
# 县(市、区)一般公共预算收入65.3亿元, 其中县市区财政总收入…: a set of the region's places as the whole subject of
# a metric (their joint figure, a part of the whole region's); the set's kinds in brackets or run together
PLACE_SET_SUBJECT = re.compile(r"(?:其中,?)?(?:全[市省州盟]|我[市省州])?(?:县\((?:市、?区|市|区)\)|区\(县\)|县市区|县区|区县|县市)")
# 其他地市, 其余县区, 其它县(市): the places of a set left after some were named; a figure of theirs is no whole's
OTHER_PLACES = re.compile(_EVERY_PLACE.replace("各", "其[他它余]", 1))
# 其他两市增速分别为:, 其余设区市增速依次为:, 其他县区增幅分别是: a clause that leads a list of the other places of a
# set (the home place ranked in it before) with their rates, one each
OTHER_PLACES_RATES = re.compile(_EVERY_PLACE.replace("各", r"其[他它余](?:[一二两三四五六七八九十]|\d{1,2})?个?", 1)
                                + r"的?(?:增速|增幅|增长速度|增长率)(?:分别|依次)(?:为|是)?:?")
# 常州、徐州等城市, 杭州、宁波等地: a word that closes an open list of places (the places named, and others)
_OPEN_LIST_END = "等(?:" + trie_pattern([r["word"] for r in read_table("open_list_ends.csv")]) + ")(?!区生产总值)"
OPEN_LIST_END = re.compile(_OPEN_LIST_END)
# 分别超过6000亿元和5500亿元: the bound word before a 分别 list's first amount bounds every amount of the list
LISTED_BOUND = re.compile(r"分别(?P<word>" + trie_pattern(QUAL_BEFORE_WORDS) + r")了?"
                          r"(?:\d[\d,]*(?:\.\d+)?[^\d,;。、和及]{0,4}?(?:、|和|及))+$")
# 南京、苏州两市, 浙江、河南、四川三省, 上海、…、重庆四大直辖市: the places just named, counted
# 三大城市, 两县; 11个设区市, 全省设区市: the places of a set (a prefecture-level class named by its word, with
# or without its count)
_PLACE_CLASS = r"(?:设区市|省辖市|地级市|县级市|盟市|市州|地市)"
_COUNT_OF_PLACES = (r"(?:(?:\d+|[二两三四五六七八九十]+)大?个?(?:" + _PLACE_CLASS[3:-1]
                    + r"|直辖市|省份|省区|城市|地|县|市|区|省|旗|盟|州)|" + _PLACE_CLASS + ")")
# 全省11个设区市, 7个县(市、区): a counted set of places, whose listed places are each whole
COUNTED_PLACES = re.compile(_COUNT_OF_PLACES)
# 山区, 东部, 沿海 (function_words.csv, set_area): where a counted set of places lies, before its count (西部山区五县)
SET_AREA = "(?:" + trie_pattern(list(function_words("set_area"))) + "){1,2}"
# 三地总量相差无几, 两县之中: a sentence that opens by counting the places just named (no figure of its own), a
# remark on them that goes on with the figures before it
COUNTED_BACK_OPENING = re.compile(r"(?:这|此|上述|以上)?(?:[二两三四五六七八九十])个?(?:地|县|区|市|县市|区县|城)(?![\u4e00-\u9fff]{0,2}[中里]有)")
# 曲靖、红河、玉溪这几个城市, 这两个县, 上述三市: the places just named, pointed back to (each whole; right after
# a name's mask, NAME_SLOT: 这些城市 alone names none)
_NAMED_SET = r"(?<=[" + NAME_MARK + NAME_FILL + r"])(?:这|这些|上述|以上)(?:几|[二两三四五六七八九十])?个?(?:城市|地区|县市|区县|地|县|市|区|州)"
PREFIX = re.compile(
    r"(?:" + _FILLER + "|" + _VERDICT + "|" + _SOURCE + "|" + NAME_SLOT + "|" + WORD_PATTERN.pattern
    + r"|" + _NAMED_SET + r"|省份|[市县区省]|(?<=[市县区省])中(?=有)|地区|各月|每月|位列|位居|排名|排在|" + _EVERY_PLACE + r"|" + _COUNT_OF_PLACES + r"|\d(?!\d)|[\s“”\"'‘’·]|"
    + trie_pattern(list(ZONES))
    + r"|等(?=(?:\d+|[二两三四五六七八九十]+)个?[县市区省])|" + _OPEN_LIST_END + ")*")  # …、安吉等三县: a count closing a named list
# (14个市中有9个市…: 中 after a counted set of places, among them, before the count of those that…)
# 符合预期, 好于预期: a plan word after these words is the expectations a figure is compared with,
# not the figure's kind (vocab/expectations.csv); every plan-word pattern below starts so
# 计划总投资, 将其定位为: a plan word that opens or ends a term (vocab/plan_terms.csv) is none (each term's tail after
# its plan word, behind a lookbehind on that word: tried only after a plan word matched)
PLAN_TERMS = tuple(r["word"] for r in read_table("plan_terms.csv"))
_TERM_TAILS = "|".join(f"(?<={re.escape(w)}){re.escape(t[len(w):])}" for t in PLAN_TERMS for w in PLAN_WORDS
                       if t.startswith(w) and len(t) > len(w))
# 施政目标: a term that ends with its plan word is none either (the words before that word, behind a lookbehind)
_TERM_HEADS = sorted({t[:-len(w)] for t in PLAN_TERMS for w in PLAN_WORDS if t.endswith(w) and len(t) > len(w)})
_PLAN_WORD = "".join(f"(?<!{re.escape(w)})" for w in [r["word"] for r in read_table("expectations.csv")] + _TERM_HEADS) \
    + "(?:" + trie_pattern(list(PLAN_WORDS)) + ")" + (f"(?!{_TERM_TAILS})" if _TERM_TAILS else "")
# 地区生产总值预计增长6%, 一般公共预算收入预计可达52亿元: a plan word between a metric and its figure (a year
# may stand before it: 地区生产总值2023年预计达到…; a colon after a metric that heads its line, or 年 for the
# year's plan: 地区生产总值:计划增长7.5%, 规上工业增加值年计划增长9%; or the rate's noun: GDP同比增速预计达9%,
# 社零增幅预计达到8.5%)
PLAN_AFTER_METRIC = re.compile(r"[,:\s]*(?:(?:19|20)\d{2}年)?(?:全年|今年|年内|年初|今年初|原定|年度|年)?"
                               r"(?:同比)?" + RATE_NOUN + r"?(?P<word>" + _PLAN_WORD
                               + r")(?!近)(?:可达到|可达|可以|可|能够|能|达到|达|突破|超过|为|增长|实现)?")
# (behind a lookahead on the characters it may begin with: else re tries every lookbehind of
# _PLAN_WORD at every position, ten times slower on prose)
MONTH_AFTER_YEAR = re.compile(r"\s*(\d{1,2})\s*月")  # 到2024年|3月末: the month a date of that year names
PLAN = scanner(_PLAN_WORD + r"|到(?:19|20)\d{2}年", first_chars(PLAN_WORDS) | {"到"})
# (预计数，下同), (预计数、下同), 预计(下同): the figure before it and every one after it are estimates
_FORECAST_WORD = trie_pattern([w for w, k in PLAN_WORDS.items() if k == "forecast"])
# 潍坊年鉴·2020, 松江年鉴2015, 越城年鉴(2022), 2011年绍兴年鉴 (in a page's head): a yearbook's edition, whose
# figures are of the year before it
YEARBOOK_EDITION = re.compile(r"年鉴\s*[》〉]?\s*[·・•(（\-—]?\s*(?P<after>(?:19|20)\d{2})(?![\d年])"
                              r"|(?<!\d)(?P<before>(?:19|20)\d{2})\s*年?[\u4e00-\u9fff]{0,6}?年鉴")
YEARBOOK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?年鉴")  # (2022年|莒南年鉴: an edition's label, no time of figures)
# 2022年苏州市吴中区人民政府工作报告, 2024年政府工作报告: a year that labels a report delivered early that year on the
# year before (its places and 人民 between them), no time of figures
REPORT_LABELS = function_words("report_label")
REPORT_LABEL_AFTER = re.compile(r"(?:(?!的)[\u4e00-\u9fff]{0,8}?[省市区县州旗]){0,3}(?:人民)?(?:"
                                + "|".join(map(re.escape, REPORT_LABELS)) + ")")
# (in a page's head: the report's year, its review's figures with no year of their own are of the year before)
# (not a page on the progress of its tasks that year: 2024年政府工作报告主要指标完成情况, …重点工作推进情况)
REPORT_EDITION = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年(?=" + REPORT_LABEL_AFTER.pattern + ")(?!"
                            + REPORT_LABEL_AFTER.pattern + r"[^\n。]{0,12}?(?:"
                            + "|".join(map(re.escape, function_words("report_progress"))) + "))")
YEARBOOK_HEAD = 200  # the characters of a page's head its yearbook edition is looked for in (title, breadcrumb)
# 一、2021年工作回顾, 向大会报告工作: a report that reviews the year to a congress (in December: the year is over)
YEAR_REVIEW_WORDS = function_words("year_review")
# 辰溪县2021年国民经济和社会发展统计公报 (a page's title line): a communiqué of that year, whose 今年 and 去年 are
# that year and the one before though it came out the year after (not a news title on one: 统计局发布2021年…公报)
BULLETIN_TITLE = re.compile(r"^[^\n]{0,24}?(?<!\d)(?P<year>(?:19|20)\d{2})\s*年[^\n。,;]{0,24}?统计公报")
BULLETIN_NEWS = re.compile(r"发布|公布|出炉|解读")
ESTIMATE_NOTE = re.compile(r"\((?:" + _FORECAST_WORD + r")[数值]?[,、]?下同\)|(?:" + _FORECAST_WORD + r")[数值]?\(下同\)")
SCOPE = re.compile(trie_pattern(list(SCOPE_WORDS) + list(EXCLUSIONS)))
# 我镇, 本乡: an article that speaks as a town (scope_words.csv, town); 我县, 本市: as a county, city or province
TOWN_SELF = re.compile(trie_pattern([p + w for w, scope in SCOPE_WORDS.items() if scope == "town" for p in "我本"]))
REGION_SELF = re.compile(trie_pattern([w for w, level in REGION_WORDS.items() if w[0] in "我本" and level != "nation"]))
# 独山港镇, 当湖街道, 该镇, 全乡: a town named (scope_words.csv, town, but 村), not a kind of place (城镇, 乡镇, 村镇,
# 各镇, 镇街, 镇街道, 水乡), a hub (工业重镇), a county or city whose name holds the word (桐乡市, 镇雄县), nor a word or
# place that begins with it (镇江, 镇海, 镇平, 镇长, 乡村)
TOWN_KIND_BEFORE = "城乡村各重水镇"  # 城镇, 乡镇, 各镇, 各街道, 工业重镇: a kind of place or every town, no town's name
TOWN_MENTION = re.compile(r"(?:该|全|我|本|[\u4e00-\u9fff]{2,4}?)(?<![" + TOWN_KIND_BEFORE + r"])(?:"
                          + trie_pattern([w for w, scope in SCOPE_WORDS.items() if scope == "town" and w != "村"])
                          + r")(?![江海平长村镇级域街市县区旗]|[\u4e00-\u9fff][县市旗])")
# 全市实现…, 我县…: the region named as a subject, not as what a figure is compared with, ranked in or a share of
# (占全市的, 居全市第一, 高于全县, 全市各镇, 全市平均)
REGION_SUBJECT = re.compile(r"(?<![占居列比较于在与和及对排超高低])(?:"
                            + trie_pattern([w for w, level in REGION_WORDS.items() if level != "nation"]) + r")(?![各平第])")
# 按构成看:建安工程增长…, 按经营地分,城镇市场…: a lead that breaks a total down by a dimension of its
# parts (vocab/breakdowns.csv); the rates after it are the parts', not a heading's metric
BREAKDOWN_LEAD = re.compile(r"\s*(?:按|分|从)(?:" + trie_pattern([r["word"] for r in read_table("breakdowns.csv")])
                            + r")(?:来)?(?:看|分|划分)\s*[:,]")
EXCLUSION = re.compile(trie_pattern(list(EXCLUSIONS)))
# 限上社零额, 县属工业投资: a subset word glued right before a metric (no governing one: 不含…)
EXCLUSION_GLUED = re.compile("(?:" + trie_pattern([w for w, e in EXCLUSIONS.items()
                                                    if e == "subset" and w not in EXCLUSION_GOVERNS]) + ")$")
COMPARISON_END = re.compile(trie_pattern(list(COMPARISONS)) + r"$")
# 低于, 快于, 位列: a comparison word of two characters or more (vocab/comparisons.csv), not 比/较/与/占
COMPARISON_WORD = re.compile(trie_pattern([w for w in COMPARISONS if len(w) > 1]))
LIST_JOIN_WORDS = function_words("list_join")  # comparison words that also join a list of places (A和B2023年…)
# 其中城镇、农村分别为…, 城镇58200元, 农村增长6.3%: what follows a bare alias (a place kind standing for its
# residents' income) that names a figure's item: a list joiner, 分别, a verb, a rate word or the figure (not 城镇新增
# 就业, 城镇化率, 农村公路)
BARE_ITEM_NEXT = re.compile(r"[、和及与]|(?:分别|均)?(?:为|是|达到?|实现|完成|增长|下降|同比|增速|增幅|\s*\d)")
# 规上工业增长7.1%, 规上工业增速9.7%, 规上工业生产同比增长0.9%: what makes a rate-only alias a metric
RATE_FOLLOWS = re.compile(r"(?:生产)?(?:同比|比上年同期|比上年|累计)?(?:" + trie_pattern(list(GROWTH_WORDS)) + ")")
# 服务业 (vocab/aliases.csv, flag whole_only): an alias that is a metric only with a growth word right after it and
# no token otherwise (服务业投资, 规上服务业营业收入, 固定资产、服务业投资: another measure of the sector)
WHOLE_ONLY = frozenset(a for a, alias in ALIASES.items() if alias.whole_only)
RANKING_WORDS = tuple(r["word"] for r in read_table("modifiers.csv") if r["side"] == "ranking")
# 百亿元区县, 千亿县, 万亿元城市: a class of places named by the bound before it (vocab/modifiers.csv, side class)
# 新增40亿元企业1家, 300亿元园区: a class of firms or parks named so (vocab/size_classes.csv)
PLACE_CLASS = re.compile(trie_pattern([r["word"] for r in read_table("modifiers.csv") if r["side"] == "class"]
                                      + [r["word"] for r in read_table("size_classes.csv")]))
RANKING_WORD = re.compile(trie_pattern(list(RANKING_WORDS)))  # a quick test: does a text rank at all
# 海宁市以1285.6亿元位居第一: a place, its figure and its rank (第N, 首位 …) in one clause
# 从GDP总量来看，…: a sentence led by the metric its places are then ranked by
# (在2023年全省各市GDP榜单中，…: the set of places ranked, with its time and field, between 在 and the metric)
METRIC_VIEW_BEFORE = re.compile(r"\s*(?:从|就|按|在)(?:[^,;。%]{0,16}?" + _EVERY_PLACE + r"[^,;。%]{0,8}?)?")
# 在…指标上, 在…方面; 在各市GDP榜单中, 从各县GDP排名看: a ranking of the metric the places are then given by
METRIC_VIEW_AFTER = re.compile(r"(?:来|上)?看|而言|(?:指标|方面|领域)(?:上|中)?\s*[,:]|(?:"
                               + trie_pattern(list(RANKING_WORDS)) + r")(?:中|里)?(?:(?:来|上)?看)?\s*[,:]")
# 再看固定资产投资,全市…: a sentence that turns to the metric its places are then ranked by
METRIC_TURN_BEFORE = re.compile(r"\s*(?:再|接着|然后|最后)看")
METRIC_TURN_AFTER = re.compile(r"\s*[,:]")
FIGURE_LATER = re.compile(r"[^。]*?\d[\d.]*\s*(?:%|亿|万|千|元)")  # an amount or a rate later in the sentence
# 1987年，地级威海市成立: a history's event later in the year's sentence (vocab/event_words.csv)
EVENT_LATER = re.compile(r"[^。;；]*?(?:" + trie_pattern(list(EVENT_WORDS)) + ")")
AVERAGE_ANNUAL = re.compile(r"年均")  # 年均增长11.8%: a rate over several years
PLACE_TITLES = function_words("place_title")  # 省会长沙: a title before a place's name
SHARE_BEFORE = re.compile(r"占(?:全省|全市|全国|全县)?$")
PLACE_FIGURE_LEAD = re.compile(r"(?:则|也)?(?:分别)?(?:以|为|实现|达到|达|完成)")
# 海宁市以9.2%的增速领跑, 分别以8.8%和8.1%的增速: a rate named by the words after it
_PCT = r"[-+]?\d+(?:\.\d+)?\s*%"
_RATE_KIND = r"(?:累计)?(?:名义|实际|可比|同比)?"  # 名义增长率, 可比增长, 累计同比增长率 (the rate of the period in force)
_NOT_PLANNED = r"(?!目标|任务|预期)"  # 6%的增长目标: a plan's rate
_RATE_NAMED_TAIL = (_RATE_KIND + r"(?:较大幅度|大幅度|大幅|小幅|正|较快|快速|较高|高速|平稳|稳定|稳步|稳健|强劲|高)?"
                    # 出现了7.2%的较大幅度下跌, 实现了1.1%的正增长, 实现了6.2%的较快增长, 创12.1%的高增速
                    r"(?:(?P<down>下降|下滑|下跌|降幅|负增长)|增速|增幅|增长速度|增长率|速度|增长)" + _NOT_PLANNED)
RATE_NAMED_AFTER = re.compile(r"(?:\s*(?:、|和|及|与)\s*" + _PCT + r")*\s*的" + _RATE_NAMED_TAIL)
# 以11.2%名义增速领跑, 实现6.2%增速, 出现0.5%负增长, 创12.1%高增速: the same words with no 的, right after a
# word that names the rate after it (rate_named_before; not a bare rate opening its clause, tokens.named_rate)
RATE_NAMED_BARE = re.compile(_RATE_NAMED_TAIL)
# 以9.2%的增速, 其6.0%的名义增长率, 实现了6%的可比增长, 保持7.1%的增长, 出现了1.8%的下滑: the words
# before a rate named after it
RATE_NAMED_BEFORE = function_words("rate_named_before")
# 从增速来看，长丰县以6.3%高居榜首 / 以5.9%位居第二 / 以8.1%领跑: a rate a place leads or ranks with, after the
# rate word that names what is ranked
# (暂列第一, 继续领跑, 仍居首位, 暂时领先: an adverb of the standing may come first; 垫底: the last place)
RANK_LEAD_AFTER = re.compile(r"(?:暂时|暂|仍然|仍|继续|依然|再次|再度)?(?:高居|位居|位列|排名|排在|居于|居|列|领跑|领先|垫底)")
RATE_WORD_BEFORE = re.compile(RATE_NOUN)
# 👉 6.8% / 地区生产总值增速: the rate noun that ends a data post's item after its metric's name, the item's last
# words (its rate printed before them)
RATE_LABEL_END = re.compile(r"[ \t]*(?:同比)?" + RATE_NOUN + r"[ \t]*[。;,]?[ \t]*")
NAMED_RATE = re.compile("以" + _PCT + RATE_NAMED_AFTER.pattern)
# 9月当月增长0.2%，累计增长3.0%; 本月同比增长…，累计同比增长…: the cumulative rate after a month's own
# (苏州、南通9月当月分别增长…，累计分别增长…: places' rates, one each)
# (…当月增长3.2%，比8月份加快1.1个百分点，累计增长…: the month's rate compared with another's, in points, between;
# 本月下降1.2%，但累计增长6.4%: a contrast word before 累计)
CUMULATIVE_GAP = re.compile(r"(?:\s*[,，]\s*(?:增速)?(?:比|较)[^,，;；。%]{1,10}?(?:加快|回落|提高|回升|放缓|收窄|扩大|"
                            r"下降|上升|提升)\s*\d+(?:\.\d+)?个?百分点)?"
                            r"\s*[,，;；]\s*(?:而|但是|但|全年)?累计(?:同比)?(?P<each>分别)?")
PERIOD_RATE_NAMED = re.compile(_PCT + RATE_NAMED_AFTER.pattern)  # 7.5%的增速: a rate the words after it name
# 6.8%的社零增速, 以9.3%的规上工业增加值增速: the words after a metric named between 的 and them
RATE_WORD_AFTER_METRIC = re.compile(_RATE_KIND + r"(?:增速|增幅|增长速度|增长率)" + _NOT_PLANNED)
# 萧山、余杭分别以5.1%、6.2%的GDP增速: the rates listed after the first, up to the 的 before their metric
RATES_LISTED_OF = re.compile(r"(?:\s*(?:、|和|及|与)\s*" + _PCT + r")*\s*的")
# 宁海和象山分别以512.3亿元、380.2亿元的GDP总量: what leads the amounts listed in turn before the metric they are
# levels of (分别以, 依次以; METRIC_JOIN joins them)
AMOUNTS_IN_TURN_LEAD = re.compile(r"(?:分别|依次)以\s*$")
# 在规模以上工业增加值指标上，原阳县同比增长13.8%: a metric framed as the topic, then a place with its figure
METRIC_FRAME_OPEN = re.compile(r"(?:在|就)\s*$")
# 保持120亿元以上高位, 稳定在1000亿元以上水平: words for the level a figure's bound describes, no set it picks
LEVEL_WORDS = function_words("level_word")
# 泰州以7020.95亿元的成绩迈入…, 以210.4亿元的规模: the noun after a place's level and 的 that names it as the
# place's figure (the metric in force), with or without a rank after it
LEVEL_NOUN_AFTER = re.compile(r"的(?:" + trie_pattern(function_words("level_noun")) + ")")
# 来自市统计局的数据显示, 来自海关的消息表明: the source a report's figures come from (a frame before the
# sentence, no 来自 of a part such as 来自港澳台的外资)
SOURCE_FROM = re.compile(r"来自[^,;。]{1,16}?的?(?:最新)?(?:统计)?(?:数据|消息|信息|统计)(?:显示|表明|称)")
# 来自宿迁的沭阳市: a place of another place; the first names where the second is (no subset, no antecedent)
# 我国台湾, 中国香港: the nation's name glued before a place (compared with, when a comparison word opens it)
NATION_BEFORE = function_words("nation_before")
# 对香港出口…, 对我国台湾地区进出口…, 对中国香港进出口…: a trade partner named by its place before a trade metric
# (the trade with it, a part of the region's), read on mask_names
TRADE_PARTNER = re.compile(r"对(?:" + trie_pattern(list(NATION_BEFORE)) + r")?(?:" + NAME_SLOT
                           + r"){1,2}(?:地区|特别行政区|特区)?$")
TRADE_METRICS = frozenset({"exports", "imports", "trade_total"})
# 欧盟为第一大贸易伙伴, 韩国为该市第三大贸易伙伴: a trade partner's role, the subject of the trade figures after
# it in its clause group (a market's, 第二大出口市场, is a scope word already)
PARTNER_ROLE = re.compile(r"贸易伙伴")
# 在强省会战略带动下, 受房地产调整影响, 得益于…, 随着…, 从各市总量来看:, 就财政收入而言, 按地区看: a circumstance or
# viewpoint a sentence opens with (before or after its time), before its subject; so is the source it cites
# (公开资料显示, 最新数据显示, 据统计, 据了解)
LEAD_CIRCUMSTANCE = re.compile(r"(?:(?:在[^,;。\d%]{1,16}?下|受[^,;。\d%]{1,16}?影响|得益于[^,;。\d%]{1,16}?|随着[^,;。\d%]{1,16}?"
                               r"|[^,;。\d%]{0,8}?(?:数据|资料|统计|监测)显示|据(?:统计|了解|初步核算|初步测算)"
                               r"|(?:从|就|按)[^,;。:\d%]{1,16}?(?:来?看|而言))\s*[,:]\s*){1,2}")
# 来自宿迁的沭阳市: the second place is the one meant (not 芜湖的安徽第二城, 洛阳的河南第一强市: the second names
# the set a rank of the first is in)
PLACE_OF_PLACE = re.compile(NAME_SLOT + r"[市县区省]?的" + NAME_SLOT + "(?!" + NAME_FILL + r"|[市县区省]?第[一二三四五六七八九十\d])")
# 实现了3.1%的名义增速,以56909.14亿元的GDP总量; 以5.9%的增速、2510.4亿元的地区生产总值: a rate named before
# an amount printed before its metric (what stands between the rate and that amount)
RATE_BEFORE_LEVEL = re.compile(r"的(?:名义|实际|可比)?(?:" + RATE_NOUN + r")\s*(?:、|和|及|与|,)?\s*(?:并?以|凭借)?\s*")
# …，安庆为5.8%; …，而宿迁却高达5.83%; 南京仅有3.4%: what stands between a place and its bare rate in a run of
# places' rates (a connector, then a verb that gives a level)
PLACE_RATE_GAP = re.compile(r"\s*(?:,?\s*(?:却|则|也|亦|更是)?(?:为|是|高达|达到了?|达|仅有|只有|仅为|只为|仅|只)|的)?\s*")
# ，而宿迁…, ；但盐城…, ，尤其是嘉善…: a contrast or stress word between a clause's start and the place that opens it
PLACE_OPEN_LEADS = function_words("place_open_lead")
PLACE_TIME_LEADS = function_words("place_time_lead")  # ，同期广东省增长1.3%: the same months, then the place
STRESS_LEADS = function_words("stress_lead")  # 尤其是, 特别是: the words that single out one of the things named before
# …社会消费品零售总额降速明显，排在第一名的长垣市增速也仅为0.1%: a place named by its rank in the metric's clause group
# …最高的是深圳，达…；其次是广州的28839亿元 / 排名第二的是广州，为…: the place ranked after the one just named
_RUNNER_UP = r"(?:其次|(?:紧随|紧跟)?其后的?|(?:排名|排在|位居|位列|居)?第[二三四五六七八九十\d]+(?:名|位)?的)(?:分别|依次)?(?:是|为)"
RUNNER_UP_LEAD = re.compile(_RUNNER_UP + "$")
RANKED_PLACE_BEFORE = re.compile(r"(?:(?:排在|排名|位居|位列|位于|居)?(?:第[一二三四五六七八九十\d]+(?:名|位)?|首位)"
                                 r"|(?:排在|排名|位居|位列|居)(?:最高|最低|最前|最后|末位|末尾|榜首|榜尾))的$")  # 排名最高的
METRIC_FRAME_END = re.compile(r"\s*(?:(?:指标|方面|领域)(?:上|中)?|上)\s*[,:]\s*")  # 在…方面, 在固定资产投资上,
# 工业用电量，我市…; 工业用电量方面，全市…: what may part a metric that is its clause alone from the place after it
TOPIC_GAP = re.compile(r"\s*" + RATE_NOUN + r"?\s*(?:来看|看|中|方面)?\s*[,:]\s*"  # GDP增速来看，…
                       r"(?:(?:[与同和]?(?:相比|相较|比较)|较)\s*,\s*)?"  # 从GDP总量看，与2020年相比，长垣市…: the time the
                       # figures are set against (left out with the gap's other times), before the place
                       r"(?:在[^,;。%\d]{1,12}?中\s*,\s*)?")  # 从GDP总量看，在台州各县(市、区)中，温岭市…: the places it ranks
# 从…来看, 各县…中, 在全国31个省份的…中, 各省…: what may lead such a metric in its clause (a viewpoint, the set of
# places compared: every place of a set, or the set counted, with its kinds in brackets and 的)
TOPIC_LEAD = re.compile(r"\s*(?:从|在)?\s*(?:全国|全[省市县区])?(?:(?:" + _EVERY_PLACE + "|" + _COUNT_OF_PLACES
                        + r")(?:\([市县区省、]{1,5}\))?的?)?\s*")
# 全国第五次经济普查, (第四次)全国经济普查: a region word in a census's name is no place of a figure
CENSUS_AFTER = re.compile(r"(?:第[一二三四五六七八九十\d]+次)?(?:经济|人口|农业|工业|污染源)?普查")
_ORDINAL = r"第[一二三四五六七八九十\d]+(?![产季次批届个类条]|\d)"  # 第2位, 第三 (not 第二产业, 第1季度)
_RANK_WORDS = [r["word"] for r in read_table("rank_words.csv")]
_TOP_BAND = r"前[二两三四五六七八九十]{1,2}(?:位|名|强)?(?![季个月年天周])"  # 位居前三, 排名前五位 (not 前三季度, 前两个月)
_RANK = "(?:" + _ORDINAL + "|" + _TOP_BAND + "|" + trie_pattern(_RANK_WORDS) + ")"
RANK_IN_CLAUSE = re.compile(r"[^;。]{0,12}?" + _RANK)
# 全省县域第十位, 全国县域首位, 长三角城市群第五: a rank right after a set of places (县域, 城市群) makes that set the
# places a place ranks among, no subset its figure is of
RANK_AFTER_SET = re.compile(r"(?:经济)?(?:排名|排行|中)?" + _RANK)
# 远超排名第二的北仑区, 高于位居第三的海宁: a place named by its rank after a comparison is compared with
_SURPASSING = [r["word"] for r in read_table("comparisons.csv")  # 高于, 超过, 领先 (not 排, 列, 占, 和: no comparison)
               if r["note"] not in ("ranks in X", "share of X", "with X", "as X", "towards X", "from X", "partner X")]
COMPARED_RANKED = re.compile("(?:" + trie_pattern(_SURPASSING) + r")[^,;。\d]{0,6}?" + _ORDINAL + r"(?:位|名)?的$")
RANK_WORD = scanner(_RANK, first_chars(_RANK_WORDS) | {"第", "前"})  # a rank anywhere (a quick test before the clause-bound one)
# 长兴县地区生产总值最高，达到858.6亿元; 德清县次之，为612.0亿元; 安吉县位列第三，为556.3亿元: a rank
# between a metric or a place and its figure
_RANK_VERB = "(?:稳居|位居|位列|分列|并列|居|列|排名|排在|排)"
# 增速居全市首位, 居第二, 位列第三, 最高: a rank phrase, as it stands after a figure or a place
_SHARED_RANKS = r"(?:[一二三四五六七八九十]{2,3}|[前后][两二三四五])(?=位)"  # 池州、芜湖分列二三位, 宿迁、淮安分列前两位: the
# places' ranks in turn
# 在嘉兴各县(市)中, 在全省90个县中: the places a rank is among, before the ranking verb
_AMONG = r"(?:在[^,;。%亿万]{1,16}?中)?"
_RANK_PHRASE = ("(?:增速|增幅|总量|规模)?" + _AMONG + _RANK_VERB + r"?[^,;。\d%]{0,6}?(?:" + _RANK + "|" + _SHARED_RANKS
                + ")位?")
RANK_GAP = re.compile(_RANK_PHRASE + r"[,\s]*(?:其)?" + GAP.pattern)  # …位居全市第一，全年总量为…
# GDP总量排名第三，为512.3亿元 / …排名全市第三，增速为6.1%: a metric's ranking word, its rank, then the metric's own
# figure or rate (no modifier)
RANKED_THEN_FIGURE = re.compile(trie_pattern(list(RANKING_WORDS)) + r"[^,;。\d%]{0,6}?" + _RANK
                                + r"位?,(?:(?:总量|规模)?(?:为|达到|达|是)|(?:增速|增幅)(?:为|达到|达|是)?"
                                + r"|" + YOY_BASIS_WORD + r"?(?:增长|下降))(?=-?\d)")
# 苏州工业园区2023年GDP总量为3686.00亿元，排名第二: a rank a verb gives a figure of the sentence
RANKED_BY_VERB = re.compile(_RANK_VERB + r"[^,;。\d%]{0,6}?" + _RANK)
# 富阳GDP增长7.2%，其次是桐庐(6.1%)和临安(5.6%); …增长9.3%，居全市首位；紧随其后的是慈溪(8.7%)…: a clause after a
# named place's own figures (and its rank) that leads the list of the places ranked after it, each with its own
# figure of the same metric (the list goes on from the leader's)
RUNNER_UP_AFTER = re.compile(r"\)?(?:\s*,\s*(?:增速|增幅|总量)?" + RANKED_BY_VERB.pattern + r")?\s*[,;]\s*" + _RUNNER_UP
                             + r"\s*[,:]?\s*")
# 出口增速最高，为15.2%; GDP总量居全市首位，达…: the first rank of a place's metric, before its figure
LEADER_BEFORE_FIGURE = re.compile(r"最为?(?:高|快|多|大|强)|(?:位居|位列|稳居|居|排名|列)[^,;。\d%]{0,4}?(?:首位|第一)")
# 苏州工业园区紧跟其后，达到…, 经开区位居第二，为…: a zone ranked among the places before its figure
RANKED_ZONE_GAP = re.compile(r"其后|次之|" + RANKED_BY_VERB.pattern)
# 完成投资4531.16亿元, 累计实现…, 达…, 完成了…: the verbs (fillers.csv, verb) that give a metric's value after a clause on it
_VALUE_VERB_END = "|".join(f"(?<={w})|(?<={w}了)" for w, role in FILLERS.items() if role == "verb" and len(w) > 1
                           or w in ("达", "为"))  # (完成了: its 了 too)
# GDP相对较低，只有800.25亿元 / 均列全市后两位，分别为… / GDP实现“开门红”，完成28.6亿元 / 财政收入再创新高，完成了…: a
# short clause that judges the metric, with no figure, then a verb that gives its value
VERDICT_GAP = re.compile(r"(?:(?:(?!其中)[^,;:。\d%()]){1,10}?,(?:其)?(?:分别|均|都)?" + GAP.pattern
                         + r"(?:只有|仅有|仅为|只为|高达)?"
                         + "(?:" + "|".join(f"(?<={w})" for w in ("有", "为", "达", "达到", "达到了", "仅", "只",
                                                                 "突破", "突破了", "超过", "超过了"))
                         + "|" + _VALUE_VERB_END
                         + r")|(?:相对|比较)?[较最][多少高低大小]为)")  # the gap ends in a verb that gives the value
# 海安市、启东市增速高于全市平均，同比分别增长…; 海宁市增速较快，增长9.1%: a short clause that judges the
# places' rate (it opens with a rate word; no figure), then the growth phrase that gives it
# (突泉、前旗高于全盟平均水平，同比分别增长…: after a lead that names the rates, 从旗县市增速看, the verdict
# opens with the comparison)
# 规上工业增加值增速连续5个月保持两位数，1-5月达12.1%: the metric's rate word, a short verdict on how it
# moved (no percent), then a period and the verb that gives the rate (a bare percent after it is that rate)
RATE_VERDICT_PERIOD = re.compile("(?:" + RATE_NOUN + r")(?:(?!其中)[^,;:。%()]){1,12}?,")
RATE_GIVEN = re.compile(r"达到?了?|为")
# 增长4.6%,其中6月为9.2%: a word that opens a part of the figures before it (function_words.csv part_opening),
# leading a later clause that gives one period's rate
PART_LEAD = re.compile("(?:" + trie_pattern(list(function_words("part_opening"))) + ")?")
# 路桥区是唯一一个增速在全市平均之上的地区，达到了4.7%: the place called the only one whose rate the verdict after
# it judges (vocab/rank_words.csv, 唯一), between the place and its rate word
SOLE_LEAD = re.compile(r"是?唯一(?:一个|的)?(?=" + RATE_NOUN + ")")
# (海宁、桐乡增长较快，分别增长…; 两县降幅较大，分别下降…: the verdict may open with a growth word too)
RATE_VERDICT = "(?:" + RATE_NOUN + "|" + trie_pattern(list(GROWTH_WORDS)) + r"|(?=[高低快慢]于))(?:(?!其中)[^,;:。\d%()]){1,10}?,"
# 温岭(11.2%)、玉环(10.6%)增速居前 / 增长较快: a rate word or growth word judging the rates just given
RATE_JUDGED = re.compile("(?:" + RATE_NOUN + "|" + trie_pattern(list(GROWTH_WORDS)) + ")(?![\\d-])")
RATE_VERDICT_GAP = re.compile(RATE_VERDICT + r"(?:其)?(?:分别|均|都)?" + GAP.pattern)
# 总量相对较高，以75.49亿元的成绩…, 总量较低，以48.2亿元的规模…: a short clause that judges the metric, then 以 before a
# level the words after it name (LEVEL_NOUN_AFTER; not a rate: 一马当先，以7.6%的增速 names no metric's)
VERDICT_LEVEL_GAP = re.compile(r"(?:(?!其中)[^,;:。\d%()]){1,10}?,以")
# 余杭区同比出现了6.4%的下滑, 路桥区取得了7.3%的增长: a place's rate named by the words after it (named_rate),
# the word before it that names it (rate_named_before) ending the words after the place
RATE_NAMED_GAP = re.compile(GAP.pattern + "(?:" + trie_pattern(list(RATE_NAMED_BEFORE)) + ")")
# (GDP总量较少为156.98亿元: a verdict and its verb with no comma between)
# 固定资产投资保持平稳较快增长，完成投资4531.16亿元: one or two short clauses on how the metric moved
# (a trend word of vocab/trend_words.csv in one; no figure, no place, no 其中), then the verb that gives
# its value
_TREND = trie_pattern([r["word"] for r in read_table("trend_words.csv")])
# 工业生产较快增长 / 规上工业增加值增长8.3%: a heading on how a field moved (it ends in a trend word) run into
# the line under it, no sector of the metric after it
TREND_HEADING = re.compile(r"[^,;:。\d%()]{2,12}(?:" + _TREND + r")")
# 过去一年的主要成绩 / 地区生产总值增长7.5%, 今后五年的重点目标 / …: a heading of a work report's review or plan run
# into the line under it, no sector of the metric after it
REVIEW_HEADING = re.compile(r"[^,;:。\d%()]{0,12}(?:" + trie_pattern(list(function_words("review_heading_end"))) + r")")
_TREND_CLAUSE = r"(?!其中)[^,;:。\d%()" + NAME_MARK + NAME_FILL + r"]{2,14},"
TREND_GAP = re.compile(r"(?=(?:[^,;:。\d%()]*,)?[^,;:。\d%()]*?(?:" + _TREND + r"))"
                       + r"(?:" + _TREND_CLAUSE + r"){1,2}" + GAP.pattern + "(?:" + _VALUE_VERB_END + ")")
# GDP增速全省第一的是亳州市, GDP超过1000亿元的城市还有芜湖市: the subject named after its figures
SUBJECT_AFTER = re.compile(r"的(?:" + REGION_SET_NOUN + r")?(?:还有|也有|有|是|为|包括)$")
# 全省, 全省平均, 全省平均水平, 全省平均增速, 全市增幅: the words after a compared place before its own figure
# (its average, its level or its rate word)
_MEASURE_WORDS = r"(?:平均(?:增长)?水平|平均(?:增长速度|增长率|增速|增幅)?|(?:增长)?水平|增长速度|增长率|增速|增幅)"
PLACE_MEASURE = _MEASURE_WORDS + "?"
# 分别高于全省(6.3%)、金华(6.7%): places compared with, each with its own rate in brackets
_COMPARED_ITEM = (r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?" + PLACE_MEASURE +
                  r"\((?P<rate>-?\d+(?:\.\d+)?)%\)")
COMPARED_ITEM = re.compile(_COMPARED_ITEM)
_ANY_ITEM = re.sub(r"\(\?P<\w+>", "(?:", _COMPARED_ITEM)  # the same item, its groups unnamed
# 与全省(7.4%)持平, 与全市平均水平(6.0%)相当: 与 compares when the bracketed rate is said to be the same
_EQUAL_AFTER = r"与(?=[^,;。()]{0,12}\([^()]*\)(?:基本)?(?:持平|相当|一致|相同))"
COMPARED_PLACES = re.compile(r"(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1] + ["比", "较"])
                             + "|" + _EQUAL_AFTER + r")(?:分别)?(?P<items>" + _ANY_ITEM + "(?:(?:、|和|及|与)" + _ANY_ITEM + ")*)")
# 比全省、全市(均为5.2%)高…, 高于全国、全省(分别为4.7%、5.1%): places compared with, listed bare, then one bracket
# with their rates: one for all after 均 or 都, one each in turn after 分别
_BARE_PLACE = r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?" + PLACE_MEASURE
BARE_PLACE_ITEM = re.compile(_BARE_PLACE)
_PCT_LIST = r"-?\d+(?:\.\d+)?%(?:(?:、|和|及|与)-?\d+(?:\.\d+)?%)*"
COMPARED_SHARED = re.compile(r"(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1] + ["比", "较"]) + r")(?:分别)?"
                             r"(?P<items>" + re.sub(r"\(\?P<\w+>", "(?:", _BARE_PLACE) + r"(?:(?:、|和|及|与)"
                             + re.sub(r"\(\?P<\w+>", "(?:", _BARE_PLACE) + r")+)\((?P<word>均|都|分别)(?:为|是)(?P<rates>"
                             + _PCT_LIST + r")\)")
# the growth words that are verbs (增长, 下降, 回落 …: vocab/growth_words.csv, role verb)
_GROWTH_VERBS = [w for w, role in GROWTH_ROLES.items() if role == "verb"]
_RATES = [w for w, role in GROWTH_ROLES.items() if role == "rate"]  # 增速, 增幅, 降幅 …
GROWTH_VERBS_LONG = tuple(w for w in _GROWTH_VERBS if len(w) > 1)  # 增长, 下降 …: words plain finds look for
_VERB_LE = r"(?P<verb>" + trie_pattern(_GROWTH_VERBS) + r")了?"  # 增长, 增长了, 下降了 …: a growth verb
# 远超全市8.1%、闵行6.1%和松江8.4%的增幅, 高于全省平均7.4%的水平: places compared with, each with its own
# bare rate, that a rate word after them names as rates
_COMPARED_BARE = (r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?" + PLACE_MEASURE +
                  r"(?P<rate>-?\d+(?:\.\d+)?)%")
COMPARED_BARE_ITEM = re.compile(_COMPARED_BARE)
_ANY_BARE = re.sub(r"\(\?P<\w+>", "(?:", _COMPARED_BARE)
COMPARED_BARE = re.compile(r"(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1]) + r")(?:分别)?(?P<items>"
                           + _ANY_BARE + "(?:(?:、|和|及|与)" + _ANY_BARE + r")*)(?=的(?:平均)?(?:" + RATE_NOUN
                           + r"|增长|水平|平均水平))")
# 远在龙岗7.4%之下, 在全省5.1%之上: places, each with its own rate, framed by 在 … 之上|之下 after the rate they
# are compared with (as COMPARED_LEVEL_OF frames levels)
COMPARED_FRAMED = re.compile(r"在(?P<items>" + _ANY_BARE + "(?:(?:、|和|及|与)" + _ANY_BARE + r")*)(?:之上|之下)")
# 比全省的8.7%高0.9个百分点, 较全国平均水平的5.2%快1.1个百分点, 比全市平均6.9%高…: a place's own rate, with 的
# (or 平均 alone) before it, that the rate before is compared with (the gap words of vocab/points_gap_words.csv
# follow it)
_COMPARED_OF = (r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?(?:" + _MEASURE_WORDS + "的?|的)"
                r"(?P<rate>-?\d+(?:\.\d+)?)%")
COMPARED_OF_ITEM = re.compile(_COMPARED_OF)
# 略低于湖州的6.5%和绍兴的6.7%, 高于全省的5.6%: places a comparison word names, each with 的 and its own rate,
# that end the clause (no gap after them)
COMPARED_WORD_OF = re.compile(r"(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1]) + r")(?:分别)?(?P<items>"
                              + re.sub(r"\(\?P<\w+>", "(?:", _COMPARED_OF) + "(?:(?:、|和|及|与)"
                              + re.sub(r"\(\?P<\w+>", "(?:", _COMPARED_OF) + r")*)(?=[,;。]|$)")
COMPARED_OF = re.compile(r"(?<=,)(?:比|较)(?P<items>" + re.sub(r"\(\?P<\w+>", "(?:", _COMPARED_OF) + r")(?=(?:"
                         + trie_pattern([r["word"] for r in read_table("points_gap_words.csv") if r["role"] == "after_basis"])
                         + r")了?\d+(?:\.\d+)?个?百分点)")
# 落后于河北(255亿美元,增长34%)和黑龙江(91.5亿美元,增长1倍), 仅次于宁波(12000亿元): the places a figure is
# compared with, each with its own level (and rate) in brackets after its name
_LEVEL_ITEM = (r"(?P<place>" + NAME_SLOT + r")[市县区省]?\((?P<fig>\d[\d,]*(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元|千瓦时|度))"
               r"(?:," + YOY_BASIS_WORD + r"?(?P<verb>" + trie_pattern(_GROWTH_VERBS + _RATES) + r")(?:了|为)?(?P<rate>[-+]?\d+(?:\.\d+)?)(?P<mark>%|倍))?\)")
LEVEL_ITEM = re.compile(_LEVEL_ITEM)
_ANY_LEVEL = re.sub(r"\(\?P<\w+>", "(?:", _LEVEL_ITEM)
# 与淮安区(403.75亿元)的差距, 与宁波(1.2万亿元)相比: 与 compares when a gap or 相比 follows the bracketed level
_LEVEL_GAP_AFTER = r"与(?=" + _ANY_LEVEL + r"(?:的(?:差距|距离)|相比|相较|比较))"
# 是第二名无锡(1009.8亿元)的两倍多, 相当于嘉兴(812亿元)的1.5倍: a multiple of the bracketed level
_MULTIPLE_OF = r"(?:是|相当于)(?=[^,;。()]{0,8}?" + _ANY_LEVEL + r"的[^,;。]{0,3}倍)"
# 被兴安县(30.03亿元)反超, 被永福县(31.02亿元)超过: the passive, the place that compares before its verb
_PASSIVE_BEFORE = (r"被(?=" + _ANY_LEVEL + r"(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1])
                   + r"))")
# (甩开了金湖县(212.57亿元): a comparison verb may carry 了; 远超第二名无锡(…), 领先排在第2位的柳州(60.9亿度): the
# place's rank may come first; a level of electricity too)
COMPARED_LEVELS = re.compile(r"(?:(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1]) + r")了?|"
                             + _LEVEL_GAP_AFTER + "|" + _PASSIVE_BEFORE + "|" + _MULTIPLE_OF + r")(?:排名|排在|位居|位列|居)?(?:第[一二三四五六七八九十\d]{1,2}[名位]?的?)?"
                             r"(?P<items>" + _ANY_LEVEL + r"(?:(?:、|和|及|与|加上)" + _ANY_LEVEL + r")*)")  # (相当于瑞安(…)加上龙港(…))
# 超过海宁市的548.9亿元, 在海盐县的26.9亿元之上: a place the figure is compared with, its own level after 的
_LEVEL_OF_ITEM = r"(?P<place>" + NAME_SLOT + "(?:" + NAME_SLOT + r")?)[市县区省]?的(?P<fig>\d[\d,]*(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元))"
LEVEL_OF_ITEM = re.compile(_LEVEL_OF_ITEM)
_ANY_LEVEL_OF = re.sub(r"\(\?P<\w+>", "(?:", _LEVEL_OF_ITEM)
COMPARED_LEVEL_OF = re.compile(r"(?:(?P<cmp>" + trie_pattern([w for w in COMPARISONS if len(w) > 1]) + r")了?|在)"
                               r"(?P<items>" + _ANY_LEVEL_OF + r"(?:(?:、|和|及|与)" + _ANY_LEVEL_OF + r")*)"
                               r"(?(cmp)|(?:之上|之下|以上|以下))")
# 4894元(全国5963元、全省4881元、全市6351元): other places' figures in brackets right after one's own
_BRACKET_ITEM = (r"(?:" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?" + PLACE_MEASURE + r"(?:为|是|达|:)?"
                 r"[-+]?\d[\d,]*(?:\.\d+)?(?:%|[万亿]?元|[万亿]?美元)")
BRACKET_FIGURES = re.compile(r"\((?P<items>" + _BRACKET_ITEM + r"(?:[、,]" + _BRACKET_ITEM + r")*)\)")
BRACKET_ITEM = re.compile(r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省]?" + PLACE_MEASURE +
                          r"(?:为|是|达|:)?(?P<fig>[-+]?\d)")
# 增速超过7%, 高于全国5.5%, 增速不足7%: a rate the subject is compared with or stayed under, not one of its
# own figures
# 增速超过或达到7%, 达到或超过: a bound of two words the rates reached or passed
RATE_AT_LEAST = re.compile(r"(?:超过|高于|达到|等于)或(?:超过|高于|达到|等于)$")
# 不足500亿元, 超过800亿: a bound word before a round figure (over or under), which a level given after it restates
BOUND_BEFORE_WORDS = tuple(w for w, (q, pos) in QUALIFIERS.items() if q in ("over", "under") and pos == "before")
UNDER_BOUND_WORDS = tuple(w for w, (q, pos) in QUALIFIERS.items() if q == "under" and pos == "before")  # 不足, 未达
COMPARED_RATE = re.compile("(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1] + ["超", *UNDER_BOUND_WORDS])
                           + r")[^,;。\d%]{0,8}?"
                           r"-?\d+(?:\.\d+)?\s*%")
# 在去年同期增长17.5%的高基数基础上，增长12.7%: the base a figure grew from; its times and rates are
# the base period's, not the figure's
_BASE_SIZE = r"(?:较高|超高|偏高|高|较低|偏低|低|较大|超大|大|较小|小)"  # 高基数, 大基数: how large the base was
BASE_PHRASE = re.compile(r"在[^,;。在]{1,30}?的" + _BASE_SIZE + r"?(?:基数|基础)(?:基础)?之?上"
                         # 在上年低基数效应下, 受去年同期较低基数影响, 在去年大基数基础上: the year named is the base's too
                         r"|[在受][^,;。在受]{1,20}?" + _BASE_SIZE + r"基数(?:效应|影响)?(?:下|(?:的?基础)?之?上)?"
                         # 受2020年同期基数较低等因素影响, 由于上年同期基数偏高: the size told after the base
                         r"|(?:[在受]|由于)[^,;。在受]{1,20}?基数" + _BASE_SIZE + r"(?:等[^,;。]{0,6}?因素)?(?:影响|效应)?")
# 增速比全市高1.2个百分点，达到7.3%: a gap in points between a rate word and its own rate
# (the words of the gap: vocab/points_gap_words.csv; after 比/较 and what it is compared with, or a comparison)
_GAP_WORDS = read_table("points_gap_words.csv")
COMPARED_POINTS = re.compile(
    r"(?:(?:比|较)[^,;。%]{0,12}?(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"])
    + r")了?|(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "comparison"])
    + r")[^,;。%\d]{0,12}?)\d+(?:\.\d+)?个?百分点")
# 高于全省2.9个百分点(全省为5.2%), 均比全省高出0.2个百分点(云南省分别为2.9%和5.9%): the compared place's own
# rates in brackets after the gap in points (one per metric of the rate compared)
_POINTS_ITEM = (r"(?P<place>" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省州]?" + PLACE_MEASURE
                + r"(?:分别)?(?:为|是|增长|达到?)?(?P<rates>-?\d+(?:\.\d+)?%(?:(?:、|和|及|与)-?\d+(?:\.\d+)?%)*)")
POINTS_ITEM = re.compile(_POINTS_ITEM)
_ANY_POINTS_ITEM = re.sub(r"\(\?P<\w+>", "(?:", _POINTS_ITEM)
_POINTS_ONE_PLACE = r"(?:" + WORD_PATTERN.pattern + "|" + NAME_SLOT + r")[市县区省州]?"
_POINTS_PLACE = r"(?:分别)?" + _POINTS_ONE_PLACE + r"(?:(?:、|和|及|与)" + _POINTS_ONE_PLACE + r")*" + PLACE_MEASURE
POINTS_BRACKET = re.compile(
    r"(?:(?:比|较)" + _POINTS_PLACE + "(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"])
    + r")了?|(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "comparison"]) + r")" + _POINTS_PLACE
    + r")\d+(?:\.\d+)?(?:(?:、|和)\d+(?:\.\d+)?)*个?百分点\((?P<items>" + _ANY_POINTS_ITEM
    + r"(?:[、,;]" + _ANY_POINTS_ITEM + r")*)\)")
# 比全市低2568元(全市为21585元), 较全省多1271元(全省为11407元): the compared place's own level in brackets after the
# gap in level (the gap words of vocab/points_gap_words.csv, and 多/少 of a level only); the place alone in the
# brackets (全市平均为…: an average of its places, no level of its own)
_LEVEL_FIG = r"\d[\d,]*(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元)"
_LEVEL_BRACKET_ITEM = r"(?P<place>" + _POINTS_ONE_PLACE + r")(?:为|是|达到?)?(?P<fig>" + _LEVEL_FIG + ")"
LEVEL_BRACKET_ITEM = re.compile(_LEVEL_BRACKET_ITEM)
LEVEL_BRACKET = re.compile(
    r"(?:(?:比|较)" + _POINTS_ONE_PLACE + PLACE_MEASURE + "(?:"
    + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] in ("after_basis", "level_gap")])
    + r")了?|(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "comparison"]) + r")"
    + _POINTS_ONE_PLACE + PLACE_MEASURE + ")" + _LEVEL_FIG + r"\((?P<items>" + re.sub(r"\(\?P<\w+>", "(?:", _LEVEL_BRACKET_ITEM)
    + r")\)")
# 地区生产总值(7.5%)、规上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点: a gap in points a comparison
# gives after rates in brackets (the gap words of vocab/points_gap_words.csv, role comparison)
COMPARED_POINTS_AFTER = re.compile(r"(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "comparison"])
                                   + r")[^,;。%]{0,20}?个?百分点")
# 1.2亿美元，折合人民币8.6亿元; 356.2亿元、约合49.6亿美元: a figure's restatement in another currency right after it,
# a comma or 、 between (function_words.csv, conversion): the restated figure stands aside, as one in brackets does
CONVERTED_GAP = re.compile(r"[,、]?(?:" + trie_pattern(list(function_words("conversion"))) + r")约?")
# 完成年度计划的78.2%, 为全年目标任务的: a year's word right before a plan's (then 的: a share of it) names the
# plan, not the time of the figures around it
_PLAN_NOUN_OF = r"(?:计划|目标|任务|预算)(?:任务)?的"  # 计划的, 目标任务的: a plan, then what of it a figure is
PLAN_OF_THE_YEAR = re.compile(r"(?:年度|全年度|全年|年初)(?=" + _PLAN_NOUN_OF + ")")
# 占年度计划的76.3%, 占全年目标任务的: the share of a plan a figure has reached (its progress), no share of a
# larger whole: the figures after it are still the metric's
PLAN_SHARE = re.compile(r"占[^,;。%\d]{0,8}?" + _PLAN_NOUN_OF)
# 完成预算数4.40亿元的102.7%, 占年初预算65200万元的96.57%: the share of a plan's figure reached, right after
# that figure (the plan's amount and its share stand aside; the phrase goes on to the rate after them)
PLAN_AMOUNT_SHARE = re.compile(r"的\d+(?:\.\d+)?%")
# 一般公共预算收入(13.5%)完成年初预算的53.7%: the progress towards a plan, given after a rate in brackets
PLAN_PROGRESS_AFTER = re.compile(r"完成[^,;。%\d]{0,10}?(?:预算|目标|计划|任务)[^,;。%\d]{0,4}?的?\d+(?:\.\d+)?%")
# 同比增长22.6%，1-4月提高5.0个百分点: a time right before a gap in points is the rate's base, with
# its 比/较 left out (the words of the gap: vocab/points_gap_words.csv)
POINTS_SHIFT_AFTER = re.compile(r"(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"])
                                + r")了?\d+(?:\.\d+)?个?百分点")
# 围绕到2018年全面建成小康社会目标: the year a goal is set for, whether or not it has passed
GOAL_DATE_AFTER = re.compile(r"(?:底|末)?[^\d,;:。%]{0,20}?的?(?:奋斗)?目标")
# a time, or the period just before the one in force (上月, 上季度: periods.previous_period reads it)
_TIME_OR_PREVIOUS = TIME_PATTERN + r"|(?P<prev>上(?:个|一)?(?:月份?|季度))"
# 增速比一季度的7%有所加快, 增幅较1-5月的8.1%回落0.3个百分点: an earlier period's own rate, that the rate
# word is compared with (the gap words of vocab/points_gap_words.csv follow it); 增长6.5%,比上半年的4.2%加快…,
# 增长2.1%,由一季度的下降3.2%转为正增长: so is one compared right after the slot's own rate; 增速与上半年的7.3%基本
# 持平, 增幅同一季度的5.1%相比…: one set beside the rate by 与/和/同 (role with_basis of points_gap_words.csv)
COMPARED_PERIOD_RATE = re.compile(r"(?:(?:增速|增幅|降幅|(?<=%),)(?:比|较|(?P<with>与|和|同))|(?<=%),由)(?P<time>"
                                  + _TIME_OR_PREVIOUS + r")的(?:同比)?(?P<verb>" + trie_pattern(_GROWTH_VERBS)
                                  + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%"
                                  r"(?=(?(with)(?:基本|大体)?(?:" + trie_pattern([r["word"] for r in _GAP_WORDS
                                                                         if r["role"] == "with_basis"])
                                  + r")|(?:(?:有所|略有|明显)?(?:" + trie_pattern([r["word"] for r in _GAP_WORDS
                                                                         if r["role"] == "after_basis"]) + r")|转为|转正)))")
_GAP_AFTER = (r"(?=(?:有所|略有|明显)?(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"])
              + "))")
# 增速为6%,高于1-2月的2.7%, 增长8.1%,快于上半年的7.4%: an earlier period's own rate named after a word of
# comparison (vocab/comparisons.csv) right after the slot's own rate, no gap in points needed; not a plan's
# (高于全年的7%目标). COMPARED_PERIOD_NEXT: a further period of its list (…,1-3月的3.2%,1-4月的4.0%)
_RATE_ABOVE = [r["word"] for r in read_table("comparisons.csv")
               if r["note"] in ("above X", "below X", "faster than X", "slower than X")]
_PERIOD_RATE_TAIL = (r")的(?:同比)?(?P<verb>" + trie_pattern(_GROWTH_VERBS) + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%"
                     r"(?![\d.]|的?(?:预期|目标|计划|任务))")
COMPARED_PERIOD_ABOVE = re.compile(r"(?<=%),(?:增速|增幅)?(?:" + trie_pattern(_RATE_ABOVE) + r")(?P<time>" + _TIME_OR_PREVIOUS
                                   + _PERIOD_RATE_TAIL)
COMPARED_PERIOD_NEXT = re.compile(r"[,、](?P<time>" + TIME_PATTERN + _PERIOD_RATE_TAIL)
# 分别增长5.6%、7.3%、8.9%，相比一季度4.6%、4%、9.4%; …，比一季度的2.8%、5.9%、5.0%均有所加快: an earlier
# period's rates of the metrics a list gave theirs, one each in order, right after them
COMPARED_PERIOD_LIST = re.compile(r"(?<=%),(?:相比|比|较|对比)(?P<time>" + TIME_PATTERN + r")(?:的|分别为|分别是|为)?"
                                  r"(?P<rates>[-+]?\d+(?:\.\d+)?%(?:[、和及][-+]?\d+(?:\.\d+)?%)+)(?![\d.]|的?(?:预期|目标|计划))")
# 较一季度(-10.8%)回升2.1个百分点, 增幅比1-4月增速12.3%上升0.3个百分点: an earlier period's own rate, in
# brackets or after a rate word, right after the period compared with (a gap word of vocab/points_gap_words.csv follows)
COMPARED_PERIOD_BRACKET = re.compile(r"(?:比|较)(?P<time>" + _TIME_OR_PREVIOUS + r")(?:\(|的?(?:同比)?(?:增速|增幅|降幅)(?:为|是)?)"
                                     r"(?:同比)?(?P<verb>" + trie_pattern(_GROWTH_VERBS)
                                     + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%\)?" + _GAP_AFTER)
# 全县完成投资14.9亿元, 完成投资额…: the region's whole investment named by a verb and 投资 alone (no sector or
# part before it: not 重点项目完成投资, 民间投资完成), whose parts a 其中 lists next (其中，工业投资…)
WHOLE_INVESTMENT = re.compile(r"(?:^|[,:;。])\s*(?:全[县市区省]|我[县市区省])?(?:累计)?(?:完成|实现)了?投资(?:额|总额)?"
                              r"(?:为|达|达到)?\d")
# 全县工业经济表现亮眼，增加值28.4亿元, 全市工业运行平稳，完成增加值…: the region's whole industry named as the
# subject of a bare 增加值, whose 规上 part a 其中 gives next (其中，规上工业增加值…: the headline, not a part of a sector)
WHOLE_INDUSTRY = re.compile(r"(?:^|[,:;。])\s*(?:全[县市区省]|我[县市区省])工业(?:经济|生产)?[^,;。\d]{0,8},?"
                            r"(?:累计)?(?:实现|完成)?(?:工业)?增加值(?:为|达|达到)?\d")
# 全年居民消费价格上涨0.7%, 工业生产者出厂价格(PPI)下降2.1%, 物价: a price's rate, no metric's (not a basis that names
# prices: 按可比价格计算, 扣除价格因素)
PRICE_MEASURE = re.compile(r"(?<!可比)(?<!不变)(?<!现行)(?<!当年)价格(?!因素)|物价|CPI|PPI")
NOT_GROWTH_RE = re.compile(trie_pattern(list(NOT_GROWTH)))
# 二季度进出口比一季度增长6%, 5月份出口比上月增长6%, 较第二季度增长, 比1-3月增长: a growth on an earlier period of
# the same year (a sequential one, as 环比), no year-on-year rate (not 比去年同期, 比去年5月, 比2019年同期)
SEQUENTIAL_BASIS = re.compile(r"(?:比|较)(?:上个?月|上一?个?季度|第?[一二三]季度"
                              r"|(?:\d{1,2}[-—～~至])?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?)$")
# 贡献率由去年的40%上升至63.2%: a rate that is no growth, moving from one value to another
NOT_GROWTH_SHIFT = re.compile("(?:" + trie_pattern(list(NOT_GROWTH)) + r")[^,;。]{0,3}?(?:由|从)[^,;。]*$")
# 较去年同期(-1.1%)提高9.2个百分点, 增速比上年同期的11.2%回落2.8个百分点: the rate of the same period a year
# before, in brackets, or after 的 with a gap word (vocab/points_gap_words.csv) after it
COMPARED_BASIS = re.compile(r"(?:较|比)(?:上年|去年)同期(?:\((?=[^()]*%\))|的)(?:同比)?(?P<verb>" + trie_pattern(_GROWTH_VERBS)
                            + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%(?:\)|" + _GAP_AFTER + ")")
# 增速较去年一季度(2.0%)和去年全年(3.3%)持续提升, 比上年全年(-1.2%)回升…: the rates of periods of an earlier
# year that the slot's rate is compared with, each in brackets right after its year and period, the items of the
# list joined by 和/、, a gap word after the last (an adverb before it: function_words.csv gap_adverb)
_GAP_AFTER_LIST = (r"(?=(?:[和、及与][^()%,;。]{2,12}\([^()]*%\))*(?:" + trie_pattern(list(function_words("gap_adverb")))
                   + r")?(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"]) + "))")
COMPARED_YEAR_PERIOD = re.compile(r"(?:比|较|(?<=%\))[和、及与])(?P<earlier>去年|上年|上一年|(?:19|20)\d\d年)(?!同期)(?P<time>"
                                  + TIME_PATTERN + r")\((?:同比)?(?P<verb>" + trie_pattern(_GROWTH_VERBS)
                                  + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%\)" + _GAP_AFTER_LIST)
# 增长8.2%,上年同期为下降1.5%; 增长5.1%,去年同期增长3.2%; 增长8.2%(上年同期为-1.5%); 增长9.2%,去年同期的增速为
# -6.3%: the same period's rate a year before, in a clause or brackets of its own right after the slot's rate
COMPARED_BASIS_CLAUSE = re.compile(r"(?<=%)(?:,(?:而)?|\()(?:上年|去年)同期(?:的?(?:增速|增幅))?(?:为|是)?(?:同比)?(?P<verb>"
                                   + trie_pattern(_GROWTH_VERBS)
                                   + r")?(?P<rate>[-+]?\d+(?:\.\d+)?)%(?![\d.])")
PUBLISH_WORDS = tuple(r["word"] for r in read_table("publish_words.csv"))
_IN_TURN = "(?:" + "|".join(function_words("in_turn")) + ")"  # 温州、大连先后官宣…: places that published in turn
_ANAPHORA = read_table("metric_anaphora.csv")
TAIL_ALONE = {r["word"]: r["alone"] for r in _ANAPHORA if r["alone"]}  # 全市用电量: the whole, with no metric before
REGION_FOLLOW = re.compile(guarded(  # (its alternatives led by their first characters: TIME_PATTERN's open with
    # groups and lookbehinds, which re would enter after every place name)
    r"[,、;:和及与的()\d。-]|$|[二两三四五六七八九十]个?行政区|" + _COUNT_OF_PLACES + r"|地区|等(?:\d+|[二两三四五六七八九十]+)个?[地县市区省]|" + _OPEN_LIST_END + "|" + _FILLER + "|" + METRIC_PATTERN + "|" + TIME_PATTERN
    + "|" + trie_pattern(_GROWTH_VERBS) + "|" + trie_pattern([r["word"] for r in _FLAT_WORDS if r["role"] == "flat"])
    + "|" + _RANK + "|" + _RANK_VERB  # 德清县次之, 安吉县位列第三, 平湖市居第二
    + "|" + trie_pattern(list(SUBJECT_WORDS))  # 迁安表现最佳 (vocab/subject_words.csv)
    + "|" + trie_pattern([w for w in PLAN_WORDS if len(w) > 1])  # 宜兴预计全年…, 太仓力争…: the place that plans
    + "|" + trie_pattern(list(TAIL_ALONE))  # 平湖用电量… (vocab/metric_anaphora.csv, alone)
    + "|" + trie_pattern(list(ZONES)) + "|" + WORD_PATTERN.pattern + r"|[市县区省]"
    + r"|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?[万亿]"  # 浙江省三万八千…元: its figure in words
    + r"|(?:位于|介于|处于|超过|突破|低于|高于|不足|不到)(?=\d)"  # 六盘水位于1000亿元至1500亿元之间
    + r"|(?:拉开|拉大|缩小)(?:了)?(?:距离|差距)?"  # 和象山拉开了距离: the place a gap is kept from
    + r"|投资(?=(?:同比|比上年同期|比上年)(?:增长|下降|增速))"  # 雄安新区投资同比增长…: its bare investment's rate
    + "|" + _IN_TURN + "?" + trie_pattern(list(PUBLISH_WORDS))))  # 海宁官宣…, 连云港公布…: the place that published

# A growth phrase ends right before its first percent.
# 同比+5.3%, 同比为-2.1%: a basis word right before a percent is its cue (role bare; the percent's own sign)
BARE_CUE = re.compile(r"(?P<verb>(?!))?(?P<rate>" + trie_pattern([w for w, role in GROWTH_ROLES.items() if role == "bare"])
                      + r")\s*(?:为|:)?\s*$")
# 增速突破9%，达到9.5%: a bound the rate passed, then the rate itself (qualifiers.csv, over before)
_RATE_PASSED = ("(?:(?:" + trie_pattern([w for w, (q, pos) in QUALIFIERS.items() if q == "over" and pos == "before"])
                + r")\d+(?:\.\d+)?%(?:大关|关口)?,)")
# 增幅1-3月为8.1%, 增速逐季提升,一季度、二季度、三季度分别为…: a period between a rate word and its verb counts as one
# step of the gap (a month span holds digits)
_PERIOD_UNIT = r"(?:前\d{1,2}个月|\d{1,2}(?:[-~至]\d{1,2})?月份?|第?[一二三四]季度|前三季度|[上下]半年)"
_EPITHET = r"(?:" + trie_pattern(list(function_words("rate_epithet"))) + r")的"  # 惊人的, 可观的: praise of a rate
# 增长了一成 (+10%), 翻了一番 (+100%): growth counted in tenths or doublings
GROWTH_UNITS: dict[str, str] = {r["unit"]: r["rule"] for r in read_table("growth_units.csv")}
GROWTH_UNIT = re.compile("[" + re.escape("".join(GROWTH_UNITS)) + "]")  # a word growth holds one (七成)
_TENTHS = "".join(u for u, r in GROWTH_UNITS.items() if r == "tenths")
_DOUBLINGS = "".join(u for u, r in GROWTH_UNITS.items() if r == "doublings")
_TIMES = "".join(u for u, r in GROWTH_UNITS.items() if r == "times")
_GROWTH_SIZE = trie_pattern(list(function_words("growth_size")))  # 两位数: how big a growth was, no rate of its own
# 增长近两成，达到19.6%, 增长超三成,增幅达31.4%, 下降近三成,降幅达28.6%: a growth in tenths, then the rate it rounds
# (the rate is the growth's)
_TENTHS_SIZE = r"(?:近|约|超过|超)?[一二两三四五六七八九][" + _TENTHS + r"](?:以上|多|左右)?"
TENTHS_RESTATED = re.compile(r"(?:以上|多|左右)?,?(?:(?:" + trie_pattern(_RATES) + r")(?:达到了?|达|为|是)?|达到了?|达|为)"
                             r"\s*[-+]?\d+(?:\.\d+)?%")
# 增长近7%, 增长了约12%, 增长将近9%: an approximate word (vocab/qualifiers.csv, approx, before) between the verb and its
# rate (no bound: 增长超过10% names a threshold, no rate)
_APPROX_RATE = trie_pattern([w for w, (q, pos) in QUALIFIERS.items() if q == "approx" and pos == "before"])
# 增速在全市10个区县中排第2位，达到…, 增幅在全省183个县(市、区)中位列第15位，为…; 增速连续5个月保持两位数，
# 达到…: the counted places a rate ranks among, and the run of times it held its course for, count as one step of
# the gap (their counts hold digits, as 连续五个月 holds none, and are no figure)
_COUNT_STEP = (r"\d{1,3}多?个(?:" + REGION_SET_NOUN + ")|(?:" + trie_pattern([w for w, role in FILLERS.items() if role == "run"])
               + r")第?\d{1,2}个?(?:月|季度|年)"
               # 增速较一季度前移12位，达到…, 增速排名提升3个位次，为…: the rank's move counts as one step too
               + r"|(?:前移|后移|上移|下移|提升|上升|前进|晋升|后退|下滑|回落|下降)了?\d{1,3}个?(?:位次?|名)")
GROWTH_CUE_END = scanner(
    r"(?:(?P<verb>" + trie_pattern(_GROWTH_VERBS) + r")"
    r"(?:\(下同\))?(?:了|为|达|达到了?|至|高达|了?(?:" + _APPROX_RATE + r")|:|也?[仅只][有为]?|,?分别(?:为|是|达到?)"  # 增长(下同)15.6%: the note
    # that the basis holds below; 同比增长分别为5%和5.2%: the verb, then the rates of the items listed before it;
    # 增长达到了9.2%: 了 after 达到, as after the rate word's 达到
    r"|(?:最快|较快|最多|最高),?(?:分别)?(?:为|达到?|是)"  # 增长最快，分别为8.9%、…: the fastest places' rates
    r"|了?(?:" + _GROWTH_SIZE + "|" + _TENTHS_SIZE + r"),?(?:达到?|为)|,(?:达到?|为))?(?:" + _EPITHET + r")?"  # 增长两位数，达11.6%, 实现较快
    # 增长，达到9.7%: how big the growth was (or nothing), then its rate; 增长达到惊人的16%: a word praising the rate
    r"|(?P<rate>" + trie_pattern(_RATES) + r")(?:(?:" + _RATE_PASSED + r"|(?:第\d{1,3}|" + _COUNT_STEP + "|" + _PERIOD_UNIT + r"|(?!" + RATE_NOUN + r")[^;。%\d]){0,14}?"
    r"(?:,(?:也|又|还|且|并且|同时)(?:(?!" + RATE_NOUN + r")[^;。%\d,]){1,12}?,)?)"  # (增速排名全省第8位，为…; a second
    # verdict going on with 也/又/还/且: 增速都低于永康,也均在全市平均之下,分别为…)  # (增长也仅有0.9%, 增长只有2.1%: a low rate)
    r"(?:分别|依次)?(?:为|达|达到了?|是|同为|仅为|仅有|只有|仅|只|高达|在|:|至|到)"
    r"(?:(?:全[国省市县区]|[^,;。%\d]{1,6}?中)?(?:最高|最快|最低|最慢)的|" + _EPITHET + r")?)?\(?)$", first_chars([*_GROWTH_VERBS, *_RATES]))  # 增速8.1%, 增速为8.1%, 增速：8.1%, 增速仅0.1%,
# 2016-2022年洛阳市地区生产总值统计图 (数据来源:…): a chart's caption line, whose times and words are the chart's
SOURCE_LINE = re.compile(r"\s*(?:数据)?来源\s*[:：][^。]*$")  # 数据来源:襄阳市统计局: a chart's or table's source line
CHART_CAPTION = re.compile(r"(?:统计|占比|走势|趋势|结构|变化|对比|分布|示意|柱状|折线|饼)图\s*(?:(?:数据)?来源\s*[:：][^。]*)?$")
# 增速达到了全省最高的22.0%, 增幅为六县中最低的2.1%: a superlative among the places between the verb and the rate
# 上半年、前三季度回升到-19.3%、-10.4%, 上半年升至5.2%: periods opening a clause and a verb of the rate's move
# (no rate word), after a growth of the sentence: those periods' rates (not 恢复到: a level's share of the year before)
_RATE_MOVES = function_words("rate_move")
RATE_MOVE_START = re.compile(r"(?:又|再|进一步|继续)?(?:" + trie_pattern(list(_RATE_MOVES)) + r")(?:到|至)")
_ANY_TIME = re.sub(r"\(\?P<\w+>", "(?:", TIME_PATTERN)  # a time, its groups unnamed
PERIODS_MOVED_TO = re.compile(r"(?:" + _ANY_TIME + r")(?:[、和及](?:" + _ANY_TIME + r"))*(?P<move>(?:分别|依次)?"
                              r"(?:又|再|进一步|继续)?(?:" + trie_pattern(list(_RATE_MOVES)) + r")(?:到|至))")
# 三季度增速进一步回升至7.4%, 增幅扩大到25.7%
SIGN = GROWTH_WORDS
# 与上年持平 is a growth of 0; 增速与上年持平 compares rates, 基本持平 is not exact.
FLAT_WORDS = tuple(r["word"] for r in _FLAT_WORDS if r["role"] == "flat")
# 保持平稳, 保持平衡: a word (role word) that begins with the flat word's last character (持平稳) makes it no flat
_FLAT_TAILS = [w[1:] for w in (r["word"] for r in _FLAT_WORDS if r["role"] == "word") if w.startswith(
    tuple(f[-1] for f in FLAT_WORDS))]
FLAT = re.compile("(?:" + trie_pattern(FLAT_WORDS) + ")" + ("(?!" + trie_pattern(_FLAT_TAILS) + ")" if _FLAT_TAILS else ""))
FLAT_BLOCK = re.compile(trie_pattern([r["word"] for r in _FLAT_WORDS if r["role"] == "block"]))
# 较全省平均水平(8.6%)持平, 与上年同期(5.1%)持平: a rate in brackets right before compares, no rate of zero
FLAT_AFTER_RATE = re.compile(r"\d%\)\s*$")
# 第一产业增加值占地区生产总值的比重为29.5%,与上年持平: the clause before names a share, and its flatness is the share's
FLAT_AFTER_SHARE = re.compile(r"(?:占|比重|比例)[^,;。]{0,30}?\d+(?:\.\d+)?%\s*,\s*$")
METRIC_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
# 固定资产投资(不含农户)、…: a note in brackets on what the metric before covers (no figure), between items of a list
METRIC_NOTE = re.compile(r"\([^()\d%,;。、]{1,12}\)")
# 规上工业增加值、高新技术产品产值、地方财政收入分别为…: items that are no metric of ours, between two that are
UNKNOWN_ITEMS = re.compile(r"(?:\s*(?:、|和|及|与|以及)\s*(?P<item>[^,;:。()\d%、和及与]{2,12}?))+\s*(?:、|和|及|与|以及)\s*")
# 城镇居民人均可支配收入和农村居民人均纯收入分别达到…: items that are no metric of ours after the last one
UNKNOWN_TAIL = re.compile(r"(?P<measure>" + trie_pattern(list(METRIC_MEASURES)) + r")?"  # (规上工业增加值总量和增速分别…)
                          r"(?P<items>(?:\s*(?:、|和|及|与|以及)\s*[^,;:。()\d%、和及与]{2,14}?)+)(?=\s*(?:分别|依次))")
# 农民人均纯收入和城镇居民可支配收入分别…: an item that is no metric of ours before one that is (no digit,
# no punctuation); and the whole-region word (全县, 全市) that may open the list, the subject's
UNKNOWN_ITEM = re.compile(r"[^,;:。()\d%、和及与]+")
REGION_LEAD = re.compile(r"\s*(?:" + trie_pattern(sorted(REGION_WORDS)) + r")")
# 四个季度累计, 一至三季度累计: the quarters counted from the year's first, each cumulative (Q1, H1, Q1-Q3, FY)
QUARTERS_RUNNING = re.compile(r"(?:[一1](?:至|到|-|—|~)|前)?(?P<n>[二三四234])个?季度(?:的)?累计")
# 出口、进口分别为…: a distributive word after a list of metrics (人均 and 平均 are not one).
DISTRIBUTIVE = re.compile(r"[^,;。\d%]{0,30}?(?P<word>分别|(?<![人平])均)")
# 分别, 依次为: the words that pair a list with its figures one by one, in order (vocab/fillers.csv, role list)
PAIRING = re.compile(trie_pattern([w for w, role in FILLERS.items() if role == "list"]))
# 其次是饶河县、密山市，增幅都达到40%以上: one figure for every place just listed (均 or 都, not 首都, 都市)
EACH_AFTER = re.compile(r"[^;。\d%]{0,12}?(?<![人平首成])(?:均|都)(?![市会城])")
# 进出口规模在二、三、四季度均超…, 出口在5月、6月分别…: what may stand between a metric and the list of periods
# after it (a measure of the metric, then 在), and one figure for every period of that list (均 or 都 right after it)
TIMES_AFTER_LEAD = re.compile(r"(?:" + trie_pattern(list(METRIC_MEASURES)) + r")?在?")
EACH_RIGHT_AFTER = re.compile(r"\s*(?:均|都)(?![市会城])")
DISTRIBUTIVE_WORD = re.compile(r"分别|依次|(?<![人平])均")  # the rates after it are a list's before
# 财政总收入、一般公共预算收入达到638.8亿元和350.4亿元: a list of figures right after a list of metrics
_FIG_NUMBER, _FIG_UNITS = r"[-+]?\d+(?:\.\d+)?(?:万亿|亿|万)?", r"元|美元|千瓦时"
_FIG = _FIG_NUMBER + r"(?:" + _FIG_UNITS + r")?%?"
# 1120万人次、98.6亿元: the thing a list's figure counted (vocab/measure_words.csv) before the joiner to the next figure
COUNTED_JOIN = re.compile(trie_pattern(list(MEASURE_WORDS)) + r"\s*(?:、|和|及|与|以及)\s*")
# 1120万人次、98.6亿元和…: a list's figure may count things (vocab/measure_words.csv), an item's that is no metric of ours
_LIST_FIG = _FIG_NUMBER + r"(?:" + _FIG_UNITS + "|" + trie_pattern(list(MEASURE_WORDS)) + r")?%?"
FIGURE_LIST = re.compile(r"[^,;。\d%]{0,6}?(?P<list>" + _LIST_FIG + r"(?:\s*(?:、|和|及|与)\s*" + _LIST_FIG + r")+)")
# 财政总收入、一般公共预算收入均列全市首位，分别达到…: a clause with no figure, then 分别
DISTRIBUTIVE_LATER = re.compile(r"[^;。\d%]{0,30}?,(?:[^,;。\d%]{0,6}?)(?P<word>分别)")
# GDP总量和增速分别为1720.3亿元和5.1%, 规上工业增加值总量、增幅分别达210.4亿元、9.2%: a metric's level and its
# rate named as a pair, then 分别 with the level and the percent, in that order: the percent is the metric's rate
_LEVEL_RATE_NAMED = (r"(?:" + trie_pattern(list(METRIC_MEASURES)) + r")?\s*(?:、|和|及|与)\s*(?:同比)?(?P<rate>"
                     + trie_pattern(_RATES) + r")\s*(?:分别|依次)")
LEVEL_RATE_NAMED = re.compile(_LEVEL_RATE_NAMED)  # (总量、增速分别: no list of products after the metric)
LEVEL_RATE_PAIR = re.compile(_LEVEL_RATE_NAMED + r"(?:为|是|达到|达|实现|完成)?了?\s*" + _FIG + r"\s*(?:、|和|及|与)\s*$")
# 平湖市(6.8%)、秀洲区为6.2%: what may sit between a region and its figure, and between items (西充县,达到
# 221.7亿元;蓬安县,增长6.1%: a comma may part the place from its verb).
ITEM_LEAD = re.compile(r"(?P<all>均)?(?:,?(?:为|是|达到了?|达|" + YOY_BASIS_WORD + r"?" + _VERB_LE + r"))?"
                       r"(?P<open>\()?")
# 兴宁(增长12.4%)、大埔(下降3.1%): the growth verb inside the bracket that holds a place's rate
ITEM_VERB_INSIDE = re.compile(YOY_BASIS_WORD + r"?" + _VERB_LE)
# 新乡县、辉县市均是20.1%: places joined before the one whose figure (after 均) they share
SHARED_JOIN = re.compile(r"\s*(?:、|和|及|与)\s*")
# 海盐398.2亿元(+6.1%), 嘉善县236.4亿元(增长5.2%): an item's level with its rate in brackets (before the percent)
ITEM_RATE = re.compile(r"\((?:同比)?(?:" + _VERB_LE + r")?(?=[+\-]?\d)")
# between items of a list: a separator, and maybe the item's rank (海盐县增长6.8%，居第二；桐乡市…) or a superlative
# before it (郏县(7.3%)增速最快，叶县(-3.1%)最慢)
# (or the next item's number alone, 11.96亿元2.雁江区… / ②… / (2)…, or nothing at all: the lines of a list,
# 1.安岳县11.96亿元 / 2.雁江区…, or 安岳县11.96亿元 / 雁江区…, that repair ran together with no mark between;
# a number with a point after it, 2.5亿元, is no item's number)
ITEM_SEP = re.compile(r"\s*(?:(?:(?:增速|增幅|增长)?最为?[快慢高低大小多少]\s*)?(?:[、,;]|和|及|以及|与)\s*(?:"
                      + _RANK_PHRASE + r"\s*[、,;]\s*)?(?:\d{1,2}[.、](?!\d))?|\d{1,2}[.、](?!\d)|[①-⑳]|\(\d{1,2}\)|)")
# 新罗区(607.87亿元 同比增长5.4%下同): the rate after a place's amount in its brackets (下同: the same below)
ITEM_RATE_INSIDE = re.compile(r"[\s,]*" + YOY_BASIS_WORD + r"?(?:" + _VERB_LE + r")?\s*(?=[-+]?\d)")
# 桐乡607.87亿元,同比增长5.4%;海宁…: the rate after a place's amount, its growth verb named (not 分别)
ITEM_RATE_AFTER = re.compile(r"\s*,?\s*(?:同比|比上年同期|比上年|较上年)?" + _VERB_LE + r"\s*(?=[-+]?\d)")
# 海宁708亿元、桐乡607亿元,分别增长5.4%、3.2%: rates listed after a run of places' levels, one each
RUN_RATES = re.compile(r"\s*,?\s*" + YOY_BASIS_WORD + r"?分别" + YOY_BASIS_WORD + r"?" + _VERB_LE + r"\s*")
LIST_NUMBER = re.compile(r"(?:(?<![\d.])\d{1,2}[.、]|[①-⑳]|\(\d{1,2}\))\s*$")  # 增速:1.义乌…, 1、义乌…: the first item's number
SAME_BELOW = re.compile(r"\s*[,;]?\s*(?:下同|以下同)")
# 库尔勒市(1073亿,含经济功能区数据): a note of what a place's figure holds, after it inside its brackets
BRACKET_NOTE = re.compile(r"\s*[,;]\s*(?:含|不含|包含|包括|未含)[^()。;]{1,20}\)")
GROWTH_WORD = re.compile(trie_pattern(list(GROWTH_WORDS)))
# 各县, 两区, 有5个县(市), 8个省份, 城市GDP排行: the subject is a set of places, each item of a list after it a
# whole region
# (scanned behind a lookahead on the characters it may begin with: twice as fast on prose)
# (其他大部分地区…，其中，营口市…: the places but those named, a set too)
EVERY_REGION = scanner(r"各(?:县|市|区|地|镇)|[二两三四五六七八九十](?:地|县|市|区)|城市(?!居民|常住)"
                       r"|(?:\d+|[一二两三四五六七八九十]+)个(?:县|市|区|省|地区|城市|区县|县区)"
                       r"|其[他余](?:大部分|大多数|多数|部分)?(?:地区|城市|地市|县区|县市区|县市|市县|区县|盟市|市州)",
                       "各城一二两三四五六七八九十其", digits=True)
# 增长的市州达到5个, 高于全市的区县有3个, 实现正增长的县区共有4个: a set of places counted after it
COUNTED_SET_AFTER = re.compile(r"的(?:县|市|区|州|省|省份|地区|城市|县区|区县|县市|市县|县市区|市州|地市|盟市)"
                               r"(?:达到?|有|共有|增至)\s*(?:\d+|[一二两三四五六七八九十]+)个")
# 分县市区看，海宁增长8.1%，…: the figures after it break the last metric down by place
BY_REGION = re.compile(r"(?:分|从|按)(?:各|(?:\d+|[一二两三四五六七八九十]+)个)?"
                       r"(?:县\(市、区\)|县市区|旗县市|旗县|盟市|市州|州市|地市|设区市|县市|区县|县区|地区|区域|板块|县|市|区|地)"
                       r"[^,;。\d%]{0,6}?(?:看|来看|而言|情况)")
# 各县区中, 在各县(市、区)中, 全市8个县区中: a frame that names the region's parts a list of their figures is drawn
# from (the list's metric left out: the sentence before's)
_PART_SETS = r"(?:县\(市、区\)|县\(市\)|县市区|县区|区县|县市|旗县市|旗县|盟市|市州|州市|地市|设区市|县|市|区|主体)"
_PARTS = r"(?:各|(?:\d+|[一二两三四五六七八九十]+)个)" + _PART_SETS  # 各县区, 8个县区, 各县(市、区)
AMONG_PARTS = re.compile(r"\s*在?(?:全[市省区州盟])?" + _PARTS
                         + r"中\s*[,:]?\s*")  # (全市九个主体中: a city's counties, districts and zones counted as one set)
# 在41个县收支完成情况上, 就全省18个县(市)而言, 从全市12个旗县区的情况看, 在35个区方面: a clause that frames the
# figures after it as a counted set of the region's parts (their joint total, none the whole region's; a count is
# needed: 在各县…情况上 may be each place's)
COUNTED_PARTS_FRAME = re.compile(r"\s*(?:在|就|从|对)(?:全[市省区州盟])?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个(?:"
                                 + REGION_SET_NOUN + r")的?(?:[\u4e00-\u9fff]{0,6}情况)?(?:上|中|方面|而言|来看|看)\s*,?\s*")
# 全省县域GDP中，昆山以…位居第一; 苏州各县市GDP中，…: the parts of a region (县域, 各县市) right before a metric
# and 中 with a comma right after it: a frame naming the metric the places after it are ranked by (BEFORE is
# searched in the few characters before the metric, AFTER matched right after it)
METRIC_AMONG_PARTS_BEFORE = re.compile(r"(?:县域|" + _PARTS + r")的?$")
METRIC_AMONG_PARTS_AFTER = re.compile(r"(?:总量|规模)?中\s*[,:]")
# 排名靠后的两个县是:, 位居后两位的县分别为:, 排名前三的区县依次是: a sentence that opens by naming the places a
# rank singles out (no metric of its own) before their figures: figures of the metric the sentence before ranked
RANKED_SET_LEAD = re.compile(r"\s*" + _RANK_VERB + r"(?:靠前|靠后|前|后|末)(?:[一二两三四五六七八九十\d]{1,2}(?:位|名)?)?的"
                             + r"(?:" + _SET_SIZE + r")?(?:" + SET_NOUN + r")?(?:分别|依次)?(?:是|为|有)\s*[,:]?\s*")
# ，增速前三的分别是, ；增幅居前两位的是, ，总量较大的有, ，增速最快的是: a clause after a metric's own figures that
# ranks places by the metric's rate or level and names them next, each with its own figure (the list's lead)
RATE_RANKED_LEAD = re.compile(r"\s*[,;]\s*(?:" + RATE_NOUN + r"|总量|规模)(?:" + _RANK_VERB + r")?"
                              r"(?:(?:靠前|靠后|前|后|末)(?:[一二两三四五六七八九十\d]{1,2}(?:位|名)?)?|最为?[\u4e00-\u9fff]|较[快高大慢低小])"
                              r"的(?:" + _SET_SIZE + r")?(?:" + SET_NOUN + r")?(?:分别|依次)?(?:是|为|有)\s*[,:]?\s*")
# ，居全国第4位，与江苏、甘肃并列，排在我区前两位的是 / ，增速居全省第3位，排在我市前面的是 / ，位居我区后两位的是:
# after a metric's own rate (or the places ranked before), the home place's rank (and the places it ties with),
# then a clause naming the places ranked before or after it, each with its own rate next (the list's lead); the
# rate's gaps in points to other periods or places may stand between
HOME_RANKED_LEAD = re.compile(
    r"\)?(?:\s*,\s*[^,;。]{0,30}?\d+(?:\.\d+)?个?百分点)*"  # ，较1-9月份下降0.2个百分点: gaps in points between
    r"(?:\s*,\s*(?:增速|增幅)?" + _RANK_VERB + r"?[^,;。\d%]{0,8}?第(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?)?"
    r"(?:\s*,\s*与[^,;。\d%]{1,24}?并列)?(?P<lead>\s*,\s*" + _RANK_VERB + r"?(?:我[省区市县旗盟州])?"
    r"(?:前面|后面|之前|之后|[前后](?:[一二两三四五六七八九十]|\d{1,2})(?:位|名))的?(?:分别|依次)?(?:是|为|有)\s*[,:]?\s*)")
# 在全省90个县(市)中位列第12位, 在长三角41个城市中排名第9: the counted places a rank is among; the count is
# no figure
AMONG_COUNTED = re.compile(r"在[^,;。%\d]{0,8}?(?:\d+|[一二两三四五六七八九十百]+)多?个(?:" + SET_NOUN + r")[^,;。\d%]{0,4}?中")
# 从增速来看，淄博增长19.5%…; 增速方面，…: a lead that turns to the rates of the metric just given
RATE_VIEW = re.compile(r"\s*(?:从|就|按|在)?(?:" + RATE_NOUN + r"|发展速度)(?:上|来)?(?:看|来看|而言|方面|上)\s*[,:]\s*")
# 进口原油、机电产品同比分别增长: a list of things right after a metric, then 分别
PRODUCT_LIST = re.compile(r"[\u4e00-\u9fff]{1,10}、[^,;。\d%]{1,30}?分别")
# 进口日用消费品增长57.6%, 出口纺织制品12.5亿元: a product (its name ends with a SECTOR_MARK) the bare trade
# verb takes as its object, between the verb and the figure
TRADE_VERBS = function_words("trade_verb")
TRADE_OBJECT = re.compile(r"(?P<obj>[\u4e00-\u9fff]{2,20}?)(?=(?:同比)?(?:增长|下降|减少|增速|增幅)|\d)")
# …增长51.1%，已超2020年全年的1503.6亿元: words between a figure and a reference level (times removed)
# 从1978年的1.13亿元起步，到1994年突破10亿元: a starting level, then the year a level was reached by
# …612.3亿元，增长6.9%；2022年为570.1亿元: another year's level, its metric left out
# …增长7.2%，增速比一季度提高0.8个百分点，其中4月当月实现52.1亿元: the rate's shift in points first
# …435亿元，较2014年同期的396.6亿元有明显提升: the same months of a year compared with
# 2021年…1747.98亿元；至2022年，突破1900亿元，…；2023年，成功跨越2000亿元大关: a series of years' levels, each
# year's clause its adverb (fillers.csv, adverb: 成功, 进一步, 更是) and a verb that passes a bound (qualifiers.csv:
# 跨越, 迈上) or rises to a level (fillers.csv verbs in 到/至: 增加到, 攀升至)
_REF_ADVERB = trie_pattern(["并", "且", *(w for w, role in FILLERS.items() if role == "adverb")])
_REF_VERB = trie_pattern(["超过", "超出", "高于", "相当于", "完成", "实现", "累计完成", "累计实现", "累计", "为", "是",
                          *(w for w, (q, pos) in QUALIFIERS.items() if q in ("over", "approx") and pos == "before"),
                          *(w for w, role in FILLERS.items() if role == "verb" and len(w) > 1 and w.endswith(("到", "至"))),
                          "达到", "达"])
REF_GAP = re.compile(r"(?:[,;]\s*(?:增速|增幅|增长速度)?(?:" + COMPARED_POINTS.pattern + r"))?"
                     r"(?:起步)?[,;\s]*(?:其中)?[,\s]*(?:这是|这也是)?继?(?:(?:再到|到|至)[,\s]*)?(?:" + _REF_ADVERB + r")*"
                        r"(?:" + _REF_VERB + r")?了?"
                        r"(?:(?:比|较)?(?:同时期|同期))?的?[,\s]*")  # (较2014年同期的396.6亿元: the compared year's level)
WORD_GROWTH = re.compile(
    _VERB_LE + r"(?:近|约|超过|超)?(?:(?P<n>[一二两三四五六七八九])[" + _TENTHS + r"]|(?P<t>[一二两三四五六七八九])["
    + _TIMES + r"])|翻了?(?P<d>[一两二三四])[" + _DOUBLINGS + r"]")  # (增长一倍多, 增长近两倍: +100%, +200%)
# 五年翻了一番, 三年来实现翻番, 用5年时间翻一番, 五年增长62.3%: a count of years right before a rate: a growth over
# those years, no year's (not a year: 2023年, 二〇二三年)
YEARS_COUNT_BEFORE = re.compile(r"(?<![〇零一二两三四五六七八九十\d])(?:[二两三四五六七八九十]|\d{1,2})(?:个)?年(?:来|间|内|时间)?(?:就|即)?(?:实现)?$")
# 增速从2023年的1.8%回升至6.1%, 由一季度的下降5.6%转为增长1.1%: a rate that moved from an earlier
# period's (a) to this one's (b)
RATE_SHIFT = re.compile(
    r"(?:从|由)(?P<when>[^,;。%]{0,12}?[年月季度期](?:份|末|底)?的?)?(?P<v1>" + trie_pattern(_GROWTH_VERBS) + r")?了?(?P<a>" + _PCT
    + r")(?:,(?=逐年|逐步|持续|一路))?[^,;。%\d]{0,8}?(?:至|到|为)(?P<when2>(?:(?:19|20)\d{2}年|[^,;。%]{0,8}?(?:季度|半年|月份?|月末))的)?(?:正)?(?P<v2>" + trie_pattern(_GROWTH_VERBS) + r")?了?(?P<b>" + _PCT + ")")
# 该县在全市率先完成…, 率先在全省完成…: a whole region word after 在 that the subject was first in (the field, no
# subject of the figures; 率先 is an adverb of fillers.csv, so nothing is left between the subject and its metric)


def field_word(text: str, start: int, end: int) -> bool:
    """Whether the whole region word at ``start:end`` is the field its subject was first in.

    >>> field_word("该县在全市率先完成", 3, 5), field_word("该县率先在全市完成", 5, 7), field_word("在全市完成", 1, 3)
    (True, True, False)
    """
    return text.endswith("率先在", 0, start) or text.endswith("在", 0, start) and text.startswith("率先", end)


# 全市第二, 全省首位, 全市前三, 全市平均: a place named with a rank, a top band or an average is compared with, not
# the subject
# 乌鲁木齐4月23日电, 成都7月21日电: a news dateline after the place it was filed from
DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日电")
RANK_AFTER = re.compile("(?:" + _ORDINAL + "|" + _TOP_BAND + "|" + trie_pattern(_RANK_WORDS + list(RANKING_WORDS)) + ")")
# 宜春一类县第2, 赣州各县市区第三位, 泉州山区县中排第1: a place, a kind of its places and a rank is the field
# the figure is ranked in (vocab/set_nouns.csv, places only), never the subject that ranks itself (not 港区位列全市第四:
# a place a verb ranks in its whole city)
_PLACE_SETS = [r["word"] for r in _SET_NOUNS if r["kind"] in ("place", "town")]
RANK_IN_SET = re.compile(r"(?:(?![居列排全在占、和及与])[^,;:。\d%()]){0,4}?(?:" + trie_pattern(_PLACE_SETS) + r")中?" + _RANK_VERB + "?"
                         + "(?:" + _ORDINAL + "|" + _TOP_BAND + "|靠前|居前|前列|前茅|首位)")  # (全省县市前列, 全市县区前三: a band)
# 由2015年全省第33位, 2019年的第五位: the rank a time had, no time of the figures after it
RANK_OF_TIME_AFTER = re.compile(r"(?:的)?(?:全[国省市县区])?(?:排名|排在|排|居|列|位居|位列)?第[一二三四五六七八九十百\d]+(?:位|名)")
RANK_TAIL = re.compile(_RANK_VERB + "?" + _RANK + "(?:位|名)?")  # 佛山排名第三: the ordinal after a ranking word
# 全市排第三, 全省列第五位: a whole-region word ranked by a verb and its rank is the field of a ranking
FIELD_RANKED = re.compile(_RANK_VERB + _RANK)
# 增速居全省、全州第1位, 全省、全市排名第二: whole-region words joined before one rank are each a field of it (the
# words after the first, skipped before the rank is looked for)
FIELD_LIST_TAIL = re.compile(r"(?:[、和及与](?:" + trie_pattern(sorted(REGION_WORDS)) + r"))+")
# 搭建跨境电商服务中心, 大力发展物流业: a verb of the region's work (function_words.csv effort_verb) before the sector
# it works on, no topic of the clause after it
EFFORT_VERB = re.compile(trie_pattern(function_words("effort_verb")))
# 全市红旗奖十大指标中,2项列全市第一; 全市9个主体中,…: a whole-region word opening a set the figures are
# among (not 其中, a part) is the field, not the subject
FIELD_AMONG = re.compile(r"[^,;:。%]{1,14}?(?<!其)中\s*[,:]")
# 预计全年：…；…, 力争，…: a plan word that leads a sentence (before its first figure, then a
# colon or comma) makes every clause of it a plan
PLAN_LEAD = re.compile(r"[^\d,;:。]{0,8}?(?P<word>" + _PLAN_WORD + r")(?:[^\d,;:。]{0,6}?[,:])?")
# 2024年经济社会发展的主要预期目标是：…；…: a plan word before the colon that opens the sentence
PLAN_COLON = re.compile(r"[^,;:。]{0,30}?(?P<word>" + _PLAN_WORD + r")[^,;:。\d]{0,8}?:")
# 与生产密切相关的, 反映工业运行的, 作为经济“晴雨表”的: words that describe a metric before it (与汽车相关的
# 制造业投资, without 密切, names a part of it)
# 年初确定的, 年初市里下达的: the words that set a plan for the metric (年初确定的地区生产总值增长7%的目标…，全年
# 实际增长7.3%), no part of it
DESCRIBED = re.compile(r"(?:与|同|和)[^,;。\d]{1,8}?(?:密切|紧密|息息)(?:相关|相连)的"
                       r"|(?:反映|衡量|体现|代表)[^,;。\d]{1,8}?的|(?:作为|被称为|被誉为)[^,;。\d]{1,12}?的"
                       r"|(?:年初|年度|今年|全年|^)[^,;。\d]{0,2}?(?:确定|制定|提出|设定|下达|确立)的"  # (^: its time cut)
                       r"|(?:颇|备|广|最|倍|深)受[^,;。\d]{0,4}?(?:关注|瞩目|期待)的|(?:引人|令人)(?:注目|瞩目|关注)的"
                       r"|(?:大家|外界|市场|公众|社会)[^,;。\d]{0,2}?(?:关心|关注)的")
# (颇受关注的GDP增速, 外界普遍关心的社零总额: words of attention describe the metric, no part of it)
# 5万亿台阶, 2000亿门槛, 千亿大关: a round figure named as a bound
BOUND_WORDS = tuple(w for w, role in FILLERS.items() if role == "bound")
# 连续跨越3个百亿元台阶, 500亿元、600亿元两个百亿关口: a count of the round bounds passed, no figure
BOUND_COUNT = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[个大][十百千万]{0,2}亿?元?级?(?:"
                         + trie_pattern(list(BOUND_WORDS)) + ")")
# (以下简称“社零总额”): a short name the text defines for the metric before it, no mention of its own
ABBREVIATION_OPEN = re.compile(r"\((?:" + trie_pattern([w for w, role in FILLERS.items() if role == "abbreviation"]) + ")")
_DEFINED_SHORT = re.compile(r"(?P<metric>" + METRIC_PATTERN + r")" + ABBREVIATION_OPEN.pattern[:-1]
                            + r")[“\"'‘]?(?P<short>" + METRIC_PATTERN + r")[”\"'’]?\)")


def defined_names(text: str) -> dict[str, str]:
    """The generic names a text defines as a metric's short name, and that metric: what they stand
    for in it (一般公共预算收入(以下简称财政收入): 财政收入 is the general budget revenue).

    >>> defined_names("全市一般公共预算收入(以下简称“财政收入”)完成…")
    {'财政收入': 'fiscal_revenue_general'}
    >>> defined_names("社会消费品零售总额(以下简称社零)"), defined_names("财政收入完成…")
    ({}, {})
    """
    found: dict[str, str] = {}
    if "称" not in text:
        return found
    for m in _DEFINED_SHORT.finditer(text):
        short, named = ALIASES[alias_of(m.group("short"))], ALIASES[alias_of(m.group("metric"))]
        if short.generic and len(named.metrics) == 1 and named.metrics[0] != short.metrics[0]:
            found.setdefault(short.text, named.metrics[0])
    return found


# 连云港公布上半年经济数据,全市实现…; 扬州市统计局发布一季度主要指标:全市…: the place that published the
# figures (vocab/publish_words.csv), whose 全市/全县/全区 the clause after it is
PUBLISHED_BY = re.compile(r"(?P<place>" + NAME_SLOT + r")[市县区]?(?:统计局|政府|官网|官方|日前|近日|正式)*(?:"
                          + trie_pattern(list(PUBLISH_WORDS)) + r")了?(?:其)?[^,;:。]{0,24}?(?:数据|指标|成绩单|情况)[,:]")
# 湖州市公布前三季度GDP…, 台州市统计局日前发布的上半年社会消费品零售总额…: the words between a place and its
# metric that say the place published it (its office, a day word, a publish word): the place's own figure
PUBLISHED_PREFIX = re.compile(r"(?:统计局|统计部门|政府|官网|官方|今天|今日|昨天|昨日|最新|" + _IN_TURN + r")*(?:"
                              + trie_pattern(list(PUBLISH_WORDS)) + r")了?的?")
# 突破亿元大关: a bound after a bare unit (no number) is a bound too
BOUND_UNIT_END = frozenset("元亿万")
BARE_BOUND = re.compile("[元亿万](?:" + "|".join(BOUND_WORDS) + ")")
# a leap to a bare round magnitude (从1949年的1.33亿元到千亿元的历史性跨越): the bound passed, no level
LEAP_AFTER = re.compile(r"的(?:历史性|历史)?(?:跨越|突破|飞跃)")
# 投资中, 区域合作: a word that holds a place name after its first character (资中, 合作) hides that place
HOST_WORD = re.compile(trie_pattern([r["word"] for r in read_table("host_words.csv")]))
# 其2023年金额达到936.2亿元, 吴兴区总量为702.45亿元: a word standing for the metric named last
# 金额, 总量: a word that stands for the metric named before (stands_for any)
_ANY_ANAPHOR = trie_pattern([r["word"] for r in _ANAPHORA if r["stands_for"] == "any"])
METRIC_ANAPHOR = re.compile(trie_pattern([r["word"] for r in _ANAPHORA if r["stands_for"] not in ("rate", "size")]))
_ANY_WORDS = [r["word"] for r in _ANAPHORA if r["stands_for"] == "any"]
ANY_ANAPHOR = presence(re.compile(_ANY_ANAPHOR), first_chars(_ANY_WORDS), {w[1] for w in _ANY_WORDS})  # a yes/no test
# 千亿县前三甲, 经济十强县: a class of places named by a metric's level, which a bound list of them is of
# (vocab/class_metrics.csv)
CLASS_METRICS = {r["word"]: r["metric"] for r in read_table("class_metrics.csv")}
CLASS_METRIC = re.compile(trie_pattern(list(CLASS_METRICS)))
# 服务业完成社会消费品零售总额, 工业实现规上工业增加值: a sector heading its clause before a measure all of which is
# that sector's, the region's whole (vocab/sector_wholes.csv); with a verb after it, the clause's words before the metric
_SECTOR_WHOLE_ROWS = read_table("sector_wholes.csv")
SECTOR_WHOLES: dict[str, frozenset[str]] = {w: frozenset(r["metric"] for r in _SECTOR_WHOLE_ROWS if r["word"] == w)
                                            for w in {r["word"] for r in _SECTOR_WHOLE_ROWS}}
SECTOR_WHOLE = re.compile(r"(?P<word>" + trie_pattern(list(SECTOR_WHOLES)) + r")(?:累计|共|另)?(?:实现|完成)?")
# 工业和建筑业 全年实现全部工业增加值…, 财政、金融和保险 全年实现财政总收入…: a run-in section heading that lists
# topics (a yearbook's or bulletin's, the space after it dropped by repair) before the section's first sentence, its
# times cut out; the topics, without the verb after them
HEADING_LIST = re.compile(r"(?P<items>[\u4e00-\u9fff]{1,6}?(?:[、和与及][\u4e00-\u9fff]{1,6}?)+)(?:累计|共|另)?(?:实现|完成)?")
HEADING_ITEM_JOINER = re.compile(r"[、和与及]")
# 分别是鄞州、北仑、慈溪: the words that introduce a list of places with no figures of their own
BOUND_LIST_INTRO = function_words("list_intro")
# …全部突破3000亿元, 体量均在2000亿元以上: the bound all the places listed before passed
BOUND_FOR_ALL = re.compile(r"(?:均|全部|都)(?:已)?(?:超过|超|突破|跨过|迈上|在|达到)")
# 工业增加值…，其中，规上企业增长10.2%: a size class alone (stands_for size) right after 其中, before its figure or
# growth, names the above-size part of the whole-industry metric named before it
SIZE_PART = re.compile(r"(?<=其中)[,\s]*(?P<word>" + trie_pattern([r["word"] for r in _ANAPHORA if r["stands_for"] == "size"])
                       + r")(?=(?:同比)?(?:" + trie_pattern([w for w, role in GROWTH_ROLES.items() if role in ("verb", "rate")])
                       + "|" + trie_pattern([w for w, role in FILLERS.items() if role == "verb"]) + r"))")
# 温岭市…，其增速达到了6.2%: 其 before a rate word (同比 between) stands for the metric named last
_RATE_WORDS = "(?:同比)?(?:" + trie_pattern([r["word"] for r in _ANAPHORA if r["stands_for"] == "rate"]) + ")"
# 增幅与全市持平,比全省高0.6个百分点(全省为7.9%): a rate word opening a clause (or after 其), whose rate a gap in
# points after it compares, in a clause group that names no metric of its own
RATE_WORD_OPENS = re.compile(r"(?:^|(?<=[,;:其]))" + _RATE_WORDS)
RATE_WORD_ENDS = frozenset(r["word"][-1] for r in _ANAPHORA if r["stands_for"] == "rate")  # every match of RATE_ANAPHOR holds one
# (…而金义新区却出现了下滑之势,降幅为8.0%: so does a clause that opens with the rate word, after its place)
# 1200家, 36个: a count of firms, projects or places, which has no rate of its own before 其增速
COUNT_UNIT_END = re.compile(r"[家个户项座所]$")
RATE_ANAPHOR = re.compile("其(?=" + _RATE_WORDS + ")|(?<=[,;])(?=" + _RATE_WORDS + "(?:为|达到?了?|是))")
# 名义增长11.0%，实际增长7.8%; 按现价计算,同比增长11.0%;按不变价格计算,同比增长7.8%: a rate's price basis
# right before it (vocab/nominal_bases.csv; the real ones: 实际 and vocab/price_bases.csv)
# the metrics whose year-on-year growth is a real one (GDP's grows in real terms; an income's nominally)
REAL_GROWTH = frozenset({"gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary", "industrial_value_added"})
NOMINAL_BEFORE = re.compile("(?:" + trie_pattern(list(NOMINAL_BASES)) + r")[,\s]*(?:同比)?$")
_PRICE_BASES = trie_pattern([r["word"] for r in read_table("price_bases.csv")])
# (现价增长28.5%，可比价增长19.7%; 按可比价格增长, 可比增长: the real basis written short, without 按 or 计算)
_REAL_BASIS = r"(?:实际|按(?:" + _PRICE_BASES + r")格?计算|按?(?:" + _PRICE_BASES + r")格?|可比)"
REAL_BEFORE = re.compile(_REAL_BASIS + r"[,\s]*(?:同比)?$")
# 比上年增长3.1%, 较上年下降2%: a growth over the whole year before (no 同期) in running text (a table's header
# 比上年增长(%) is not: its rows' time is the table's), a full year's figure; a price basis between changes no
# period (比上年名义增长5.7%, 较上年实际增长5.3%, 比上年按可比价格计算增长6.1%)
ANNUAL_BASIS = re.compile(r"[比较]上年(?!同期)(?:" + trie_pattern(list(NOMINAL_BASES)) + "|" + _REAL_BASIS
                          + r")?(?:增长|下降|增加|减少)\s*-?\d")
# 而丰南增速仅为2.4%: a rate word right after a place's name, before its verb (淮北市的增速最低,仅为0.2%: with
# 的, and a superlative before the verb)
# (增城区以8.6%的同比增速位列第一: the rate given before its word, after 以)
RATE_AFTER_PLACE = re.compile("的?" + _RATE_WORDS + r"(?:最[高低快慢][,]?)?(?:仅|也|亦|则|更)?(?:为|达到?了?|是)"
                              + r"|以-?\d+(?:\.\d+)?%的" + _RATE_WORDS)
# 投资 after 江苏 stands only for a metric whose name ends with it (固定资产投资), and only after a place or a time
TAIL_ANAPHORA = frozenset(r["word"] for r in _ANAPHORA if r["stands_for"] == "tail")
# 1-5月沈阳市完成投资658.9亿元: a verb between the place or time and a tail word, then its figure
TAIL_VERBS = function_words("tail_verb")
TAIL_AFTER_VERB = re.compile("(?:" + "|".join(TAIL_VERBS) + ")(?:" + trie_pattern(list(TAIL_ANAPHORA)) + r")\s*\d")
# 达到了1861.08亿元: a verb that introduces a figure
VALUE_VERB_END = re.compile(r"(?:达到了?|达|为|是|实现|完成|录得|以|凭借)$")
# 业, 品, 类, 企, 行: the characters of a sector, product or firm word (房地产业, 机电产品, 外企, 银行); 其他/其余:
# the rest of a whole after its named parts (其他服务业)
SECTOR_MARK = re.compile(r"[业品类企厂司店]|(?<![运进执实举施先试推流平])行|其他|其余")  # not 运行, 进行, 先行 …
# 是2015年的1.5倍, 相当于2012年的两倍: a time that a figure is compared with, by a multiple
# 自去年四季度以来, 自3月份以来: the start of a run of periods, not the time of the figures after it
# 从去年起, 自2022年起, 从上年开始: the start of a run, not the time of the figures after it
SINCE_FROM = function_words("since_from")
# 南昌、九江两市共实现…, 麻章和遂溪合计完成…: two places or more and their joint total (match on mask_names)
_TOTAL_WORDS = function_words("total_word")
PLACES_TOTAL = re.compile(NAME_SLOT + r"(?:[、和及与]?" + NAME_SLOT + r")+"
                          r"(?:(?:等?[两二三四五六七八九十\d]{1,2}个?|等)(?:县市区|县市|县区|区县|市|县|区|地|城市))?(?:\([^()]{1,8}\))?"
                          r",?(?:" + "|".join(_TOTAL_WORDS) + r")(?:实现|完成)?了?$")  # (嘉善、平湖等县,合计…)
# 嘉善、平湖出口分别增长6%和8%,合计出口…: places named together (each with its own figure), then a clause that
# opens with a total word: their joint total
PLACES_TOTAL_LATER = re.compile(NAME_SLOT + r"(?:[、和及与]" + NAME_SLOT + r")+[^;。]*[,;](?:共计|合计|总计)(?:实现|完成)?了?$")
TOTAL_ENDS = frozenset(w[-1] for w in _TOTAL_WORDS)  # (共, 计): a text with neither holds no PLACES_TOTAL match
# 南昌、九江两市生产总值合计5000亿元, …之和为…: a total word right after the metric of several places
# …贡献率为35.6%,1-9月共完成产值…: a total word (and its verb) right before a metric: the joint total of what the
# clause group named before it, even after a time of its own (match with endpos at the metric)
TOTAL_LEAD = re.compile(r"(?:" + "|".join(_TOTAL_WORDS) + r")(?:实现|完成)了?$")
TOTAL_AFTER = re.compile(r"(?:" + "|".join(_TOTAL_WORDS) + r"|之和|总和|加起来)")
# 锂电池、太阳能电池等新三样产品,合计出口…: a clause that opens with a total word only, the items it sums in the
# clause before
ITEMS_TOTAL_OPENING = re.compile(r"\s*(?:共计|合计|总计|一共|总共)(?:实现|完成)?了?\s*")
# 第三产业中，批发和零售业增加值增长…; 在第三产业中…; 一般公共预算收入的税种构成中，增值税…: a metric
# framing the parts named after it, no figure's
FRAME_AFTER = re.compile(r"\s*(?:之|的?(?:税种|行业|项目)?构成)?中\s*[,:]")
# 五区GDP中,顺德区…、南海区…; 各县市区生产总值中,…: a set of places before the framing metric, whose parts are
# those places (each its figure of the metric), not sectors
PLACE_SET_END = re.compile(r"(?:" + _EVERY_PLACE + "|" + _COUNT_OF_PLACES + r")(?:\([市县区、]{1,5}\))?的?$")
# 继2021年突破100亿元之后, 继去年首次迈上千亿台阶后: a milestone of an earlier time the figure follows
MILESTONE_FROM = "继"
# 继规上工业总产值突破万亿元后, 继GDP超过3000亿元之后: a milestone with no time of its own (no 年, 月 or 季 in it),
# reached at an earlier time the text does not say: its amount is no figure (继2021年突破100亿元之后 keeps its time)
MILESTONE_UNDATED = re.compile(MILESTONE_FROM + r"(?![续而承任])[^,;:。年月季]{2,30}?[之以]?后(?=[,\s])")
# 继一季度同比增长21.4%实现良好开局之后, 在1-7月增长4.2%的良好基础上: the word before an earlier period that opens a
# frame of its rate, and after the rate the words to the frame's end (no clause mark between)
EARLIER_FRAME_OPENERS = function_words("earlier_frame_open")
EARLIER_FRAME_END = re.compile(r"[^,;:。]{0,12}?(?:" + "|".join(function_words("earlier_frame_end")) + r")")
# 在一季度增长7.9%的基础上, 在1-7月增长4.2%的良好基础上: a base phrase that frames an earlier period's own rate (no
# base size or 基数, no year before nor its same period, no plan word): its tokens stay, the rate is that period's
EARLIER_RATE_BASE = re.compile(r"在[^,;。基数]*%[^,;。基数]*的(?:良好|较好|坚实)?基础之?上")
_NOT_EARLIER_RATE_BASE = tuple(w for w, off in RELATIVE_YEARS.items() if off < 0) + ("同期", *PLAN_WORDS)
_PAST_YEAR = "|".join(sorted((w for w, off in RELATIVE_YEARS.items() if off < 0), key=len, reverse=True))
# 在去年一季度增长17.5%的高基数基础上, 在2023年1-8月增长21.5%的高基数上: a base phrase that names a year before and
# one of its periods (not 同期, whose period is the one named after it): the rate is that period's own, kept
EARLIER_YEAR_PERIOD_BASE = re.compile(r"在(?:" + _PAST_YEAR + r"|\d{4}年)(?:第?[一二三四]季度|[上下]半年|前三季度"
                                      r"|\d{1,2}[-—~至]\d{1,2}月份?|1?\d月份?)[^,;。在]*%[^,;。在]*的"
                                      + _BASE_SIZE + r"?(?:基数|基础)(?:基础)?之?上")


def earlier_rate_base(phrase: str) -> bool:
    """Whether a base phrase only frames an earlier period's own rate, its tokens kept.

    >>> earlier_rate_base("在一季度增长7.9%的基础上"), earlier_rate_base("在去年同期增长17.5%的高基数基础上")
    (True, False)
    >>> earlier_rate_base("在上年增长8%的基础上"), earlier_rate_base("在全年目标增长6%的基础上")
    (False, False)
    >>> earlier_rate_base("在去年一季度增长17.5%的高基数基础上"), earlier_rate_base("在上年1-5月增长9%的高基数上")
    (True, True)
    """
    if EARLIER_YEAR_PERIOD_BASE.fullmatch(phrase) is not None:
        return not any(w in phrase for w in PLAN_WORDS)  # 在去年一季度增长17.5%的高基数基础上: that quarter's rate
    return EARLIER_RATE_BASE.fullmatch(phrase) is not None and not any(w in phrase for w in _NOT_EARLIER_RATE_BASE)
SINCE_ON = re.compile(r"(?:起|开始)(?!步)")
SINCE_NOW = re.compile(r"(?:年?初)?(?:以来|至今)")  # (2016年)以来, 年初至今, 初以来: a run from a year to now
SINCE_AFTER = re.compile(r"(?:第?[一二三四]季度|\d{1,2}月份?|[上下]半年|年?[初底末])?以来")
# 预计2023年9月建成通车, 计划于年底前投产: the date a plan names for a work's completion
# …,力争到2025年,…: a plan word and 到 before a later year (the plan's year, in its own sentence only)
PLAN_BY_YEAR_BEFORE = re.compile(r"(?:力争|争取|计划|预计|确保|有望|目标)(?:在|于)?到$")
PLAN_DATE_BEFORE = re.compile(r"(?:预计|计划|将于|将在|力争|有望|争取|拟于|拟在|确保)[于在]?(?:\d{4}年)?$")
PLAN_DATE_AFTER = re.compile(r"(?:\d{1,2}月)?(?:底|末|份|上旬|中旬|下旬)?前?(?:全面|正式|基本|全部|建成)?"
                             r"(?:建成|投产|投用|投运|完工|竣工|通车|开工|达产|交付|运营|开业|运行|投入(?:使用|运营|运行))")
# 规模以上工业企业收入总额, 规上工业企业共实现利润: a metric's words naming the firms whose other measure follows
# (no metric named for a rate word after it to stand for)
FIRMS_OTHER_MEASURE = re.compile(r"企业(?:共|累计)?(?:实现|完成)?(?:营业|主营业务|销售)?(?:收入|利润|营收|效益|数量|个数|家数|户数)")
# 国家统计局:1-8月份规模以上工业增加值增长3.6%: the national bureau as the speaker stands for the nation's figures
# (not one of its local survey teams: 国家统计局宁波调查队)
NATIONAL_BUREAU = re.compile(r"国家统计局(?![\u4e00-\u9fff]{1,5}调查(?:总)?队)")
# 减免政策延长至2027年年底, 有效期至2026年12月31日: the end of a policy's term, not the time of any figure
TERM_END_BEFORE = re.compile(r"(?:延长|延续|延期|顺延|有效期|执行期?|实施期?|期限)(?:至|到)$")
# 为近三年来最好开局, 创近五年新高: a span of years a record is measured over, no time of the figures (also the
# first of a list of spans, each with its own record: 分别为35年来、20年来首次; the measure the record is of may
# stand between: 三年来增速首次重回第一, 五年来增幅最高; so may the unit it is counted in: 今年以来单月最高, 创今年月度新高)
RECORD_AFTER = re.compile(r"(?:[、和及与]近?[\d一二两三四五六七八九十]{1,3}年来?)*来?(?:同期)?的?"
                          r"(?:单月|月度|单季|季度)?(?:增速|增幅|增长|涨幅|总量|规模)?"
                          r"(?:最好|最高|最低|最快|最大|最多|最优|新高|新低|首次)")
# 延续2月份平稳向好趋势, 保持前4个月稳中向好的态势: a time in a trend carried on moves nothing
TREND_BEFORE = re.compile(r"(?:延续|保持|继续|承接|接续|巩固)了?$")
TREND_AFTER = re.compile(r"[^,;。\d]{0,14}?(?:态势|趋势|势头|走势)")
# (是2013年末的1.6倍, 为2015年底的2倍: the level at a year's end, compared with)
MULTIPLE_AFTER = re.compile(r"(?:全年|末|底|同期)?的?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)多?倍")
# 由10亿到20亿用了9年, 从50亿元跨越到100亿元，只用了3年时间: the time a rise took, after the level it reached
DURATION_AFTER = re.compile(r"[,\s]*(?:仅|只|才)?(?:用了?|历时|耗时)\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:年|月)")
# 因为去年同期乐清的增速是-10.1%, 上年同期该区的增幅为…: the rate of the same period a year earlier (no 比/较 before
# it), named by its 增速 (figures.on_growth leaves it out: no rate of the period in force)
PRIOR_PERIOD_RATE = re.compile(r"(?<![比较与同])(?:上年|去年|上一年)同期(?:[\u4e00-\u9fff]{1,4}?的)?$")
PRIOR_RATE_WORDS = function_words("prior_rate_word")
# 去年同期为364.4亿元: the same period a year earlier, followed by its level
BASIS_LEVEL = re.compile(r"(?:上年|去年|上一年)同期(?:为|是|仅为|达|达到|只有)")
# 127家规上企业: a count's classifier keeps the words after it in the subject
CLASSIFIERS = tuple(r["word"] for r in read_table("classifiers.csv"))
# 2022年、2023年 (a list of years), 2021年至2023年 (a range of them)
YEAR_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
YEAR_RANGE = re.compile(r"\s*(?:至|到|—|-|~|～)\s*")
YEAR_FROM = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*(?:至|到|—|-|~|～)\s*$")  # 2020—(2022年)
# 2015年至2019年, 2019—2023年: a range of years with both ends printed (its first year named, not counted back)
YEAR_RANGE_NAMED = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d{2})年?\s*(?:至|到|—|-|~|～)\s*(?P<last>(?:19|20)\d{2})年")
YEARS_BARE = re.compile(r"(?<![\d.])(?P<years>(?:(?:19|20)\d{2}\s*(?:、|和|及|与)\s*)+)$")  # 2017、(2018年), 2016、2017和(2018年)
# 从2021年起到今年6月底, 2019年至今年9月, 2020年以来到2024年3月末: a run from a year to a month of a later
# year, a span of years, not that month's period
YEAR_TO_MONTH = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年(?:初|底|末)?(?:起|以来|开始)?\s*(?:至|到|—|~|～)\s*"
                           r"(?:(?P<end>(?:19|20)\d{2})\s*年|今年|本年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份|底|末)?")
JOINERS = "、和与及"  # what joins the items of a list (第一、三产业, 城镇与农村居民, 工业和技改投资)
LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|,)\s*$")
# 实际利用内资30.2亿元、外资381万美元: a lead (实际利用) glued before a first item (内资) and its figure, then after
# a list mark a second item (外资) that makes an alias with the lead (lead_alias says whether it does)
_LEAD_ITEM = 4  # characters: the longest item after a lead (内资, 省外资金)
_LEAD_VERB = re.compile(r"(?:" + trie_pattern(list(FILLER_WORDS)) + r")$")  # 实际利用内资达30亿元: a verb before the figure
# the figure of a first item and the second item after its list mark; the words before the figure (at most
# _LEAD_WORDS characters of Chinese, the lead and the first item) are read back from its start, so the scan is
# anchored on the figure and not tried at every character
LEAD_ITEM_FIGURE = re.compile(r"(?:增长|下降)?\d[\d.]*%?[^\d,;。、和及与]{0,4}?[、,和及]"
                              r"(?P<after>[\u4e00-\u9fff]{2,7}?)(?=(?:增长|下降)?\d)")
_LEAD_WORDS = 14


def lead_alias(words: str, after: str) -> tuple[str, int, int] | None:
    """The alias a lead in ``words`` (the words before a first item's figure, which end with the item) makes
    with the item that opens ``after`` (what follows the figure's list mark up to the next figure: the item
    and at most a verb), with that item's length and where the lead starts in ``words``; None when the lead
    makes none, or one with the first item.

    >>> lead_alias("实际利用内资", "外资"), lead_alias("全县合同利用内资", "外资")
    (('实际利用外资', 2, 0), ('合同利用外资', 2, 2))
    >>> lead_alias("实际利用外资", "内资"), lead_alias("全区内资", "外资")
    (None, None)
    """
    words = _LEAD_VERB.sub("", words)
    if re.fullmatch(r"[\u4e00-\u9fff]+", words) is None:
        return None
    for h in range(len(words) - 2):
        for j in range(len(words) - 1, max(h + 1, len(words) - _LEAD_ITEM - 1), -1):
            lead = words[h:j]
            if lead + words[j:] in ALIASES:
                return None  # (实际利用外资1.2亿美元、内资…: the first item is ours)
            n = next((n for n in range(min(len(after), _LEAD_ITEM), 1, -1)
                      if lead + after[:n] in ALIASES and _LEAD_VERB.sub("", after[n:]) == ""), 0)
            if n and lead not in ALIASES:
                return lead + after[:n], n, h
    return None


def names_lead_item(sentence: str) -> bool:
    """Whether a sentence holds a lead's second item (实际利用内资30.2亿元、外资381万美元): a metric for the parse.

    >>> names_lead_item("全区实际使用内资30.2亿元、外资381万美元"), names_lead_item("引进内资30.2亿元、外资1亿美元")
    (True, False)
    """
    for m in LEAD_ITEM_FIGURE.finditer(sentence):
        lo = start = m.start()
        while lo > 0 and start - lo < _LEAD_WORDS and "\u4e00" <= sentence[lo - 1] <= "\u9fff":
            lo -= 1
        if start - lo >= 3 and lead_alias(sentence[lo:start], m.group("after")):
            return True
    return False


# 浙江某某新材料股份有限公司: the words a company's name ends in
FIRM_ENDS = tuple(r["word"] for r in read_table("firm_ends.csv"))
# 国网平湖市供电公司发布数据, …供电公司统计显示: a utility (utility_words.csv), or a company followed by a word that
# publishes or counts, is the source of the region's figures, not their subject
UTILITY_WORDS = tuple(r["word"] for r in read_table("utility_words.csv"))
FIRM_AS_SOURCE = (*PUBLISH_WORDS, "统计", "数据")
_FIRM_END_AT_END = re.compile("(?:" + trie_pattern(list(FIRM_ENDS)) + ")$")


def is_utility(name: str) -> bool:
    """Whether a company's name is a utility's: a utility word right before its end (国网平湖市供电公司,
    国网浙江省电力有限公司), not a maker's (某某电力设备有限公司).

    >>> is_utility("国网平湖市供电公司"), is_utility("国网浙江省电力有限公司"), is_utility("某某电力设备有限公司")
    (True, True, False)
    """
    end = _FIRM_END_AT_END.search(name)
    return (name[:end.start()] if end else name).endswith(UTILITY_WORDS)
FIRM_END = trie_pattern(list(FIRM_ENDS))
SHARE_WORD = "占"  # 占全市…, 占…比重: a share is printed with it
SHARE_CUE = re.compile(r"(?:均)?占(?:全[市县省区国]|总额|总量|全部|所有|该[市县省区]?|县内|市内|本地|(?P<place>"
                       + NAME_SLOT + r")[市县区省]?)")
# 1000亿元以上的县; GDP达到906.67亿元能进入前十: the bound of a set or the entry level of a ranking, no place's figure
THRESHOLD_AFTER = re.compile(r"(?:以上|以下)(?:的)?[\u4e00-\u9fff]|(?:就|才|即|方)?(?:能|可|可以)(?:进入|跻身|入围|挤进)"
                             r"|(?:(?:至|到|-|~)\d+(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元)?)?之间的")
# (在800亿元至1000亿元)之间的共有3个城市: the bounds of a band a set of places falls in
TARGET_AFTER = re.compile(r"(?:的)?(?:目标|任务)")
# 增长5%以上的预期目标, 增长6%的目标任务: the words after a rate that make it a target's
TARGET_RATE_AFTER = re.compile(r"(?:以上|左右|以内|上下)?的?(?:预期|奋斗|年度)?(?:目标|任务)")
# …增长6%的目标全面完成，全年完成25.3亿元: a target's rate said met, then the figure that met it
TARGET_MET = re.compile(TARGET_RATE_AFTER.pattern + r"(?:任务)?(?:全面|顺利|超额|圆满|未能|没能|未)?(?:完成|实现|达成)了?,")
# 增速在3.8%至7.1%之间, 增幅在2.1%-9.6%区间, 增长5%到6%之间: the lower end of a range, no figure
RATE_RANGE_AFTER = re.compile(r"\s*(?:至|到|和|与|~|-)\s*[-+]?\d+(?:\.\d+)?\s*%?\s*(?:之间|区间|的区间)")
# 增速在20%以上的有2个县, 增长15%以上的县(市、区)有4个: a bound that defines a set of
# places (or firms, trades) the sentence goes on to count or list; no figure of the subject's
SET_RATE_AFTER = re.compile(r"(?:及?以上|以下|以内)的(?:" + SET_NOUN + r"|(?:共)?有(?:\d|[一二两三四五六七八九十]))")
# 增速在10%以上的有3个县, 高于全市平均的县(市、区)有4个: the bound and the count of places a list is
# introduced by, no figure of the metric before it
SET_COUNT = re.compile(r"(?:\d+(?:\.\d+)?%(?:及?以上|以下))?的?" + SET_NOUN + r"?(?:有|共有)"
                       r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个" + SET_NOUN + "?")
# 年度预算 names a plan, not a period; 完成预算数3.1亿元的102%, 占任务数…的: a plan's figure (its count, 数);
# 为全年经济目标打下基础, 全年各项目标任务, 年度投资计划: what the plan covers may stand between (function_words.csv plan_domain)
PLAN_AFTER = re.compile(r"(?:的)?(?:" + trie_pattern(list(function_words("plan_domain"))) + r")?(?:目标|任务|预算|计划)数?")
# 在前三季度绩效目标评估中位居全市首位, 一季度项目观摩拉练中: a period an appraisal of the places covers (up to four
# words of what it rates between), not the period of the page (vocab/appraisal_words.csv)
APPRAISAL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + trie_pattern([r["word"] for r in read_table("appraisal_words.csv")]) + ")")
# 注:…2、利税总额增长速度为1-3月数据: a note that gives one column's period (a table word of a growth or an
# amount before 为) names an exception, not the period of the page (not 注:本表数据为1-9月累计)
_TABLE_ROLES = {r["word"]: r["role"] for r in read_table("table_words.csv")}
NOTE_MARK = re.compile("(?:" + trie_pattern([w for w, r in _TABLE_ROLES.items() if r == "footnote"]) + r")\s*[:：]")
COLUMN_PERIOD_BEFORE = re.compile("(?:" + trie_pattern([w for w, r in _TABLE_ROLES.items() if r in ("growth", "amount")])
                                  + r")(?:数据)?为$")
QIZHONG_END = re.compile(r"其中[,:]?$")
QIZHONG_START = re.compile(r"\s*其中")
# 吉林、黑龙江、天津位列最后三名，增速分别为…; 宁波、温州分列第二、三位，增幅分别为…: places ranked in a
# clause of their own before their rates (the metric elided)
RANKED_GAP = re.compile(_RANK_VERB + r"[^,;。%\d]{0,10}?(?:位|名|首|末位|前列|前茅|之首)\s*,\s*")
# 值得关注的是,宜宾增速…; 值得一提的是,荣昌区增长…: an aside that opens a sentence before the place that opens its
# clause (the place's figure of the metric the sentence before gave, as if the sentence opened with the place)
ASIDE_LEAD = re.compile(r"\s*(?:值得(?:一提|关注|注意|称道|肯定)的是|需要(?:指出|说明)的是)\s*[,:]?\s*")
# 其中，第一产业…, 分产业看，…: a sentence of the parts of the total the sentence before gave
PARTS_START = re.compile(r"\s*(?:其中|分(?:三次)?产业看|从(?:三次)?产业看|按产业分)")
# 第一产业增加值42.5亿元，增长8.5%；第二产业…: a sentence that opens with the first industry gives the parts of the
# value added the sentence before gave, with no 其中 (core: the parts of a place's or a part's GDP)
FIRST_PART_OPENING = re.compile(r"\s*(?:第一产业|一产)")
# 尤其是5月当月, 特别是二季度: a sentence that singles out a time of the figures before (their subject still)
EMPHASIS_START = re.compile(r"\s*(?:尤其是|特别是|尤其|特别)")
# 全省增长7.9%, 全省同比增长7.9%, 全国仅增长5.5%: a whole-region word right before a growth phrase (a word of the
# same time may follow it: 全省同期增长6.8%)
REGION_BEFORE_GROWTH = re.compile(r"(" + WORD_PATTERN.pattern + r")(?:" + trie_pattern(list(PLACE_TIME_LEADS)) + r")?(?:"
                                  + trie_pattern([w for w, role in FILLERS.items() if role == "basis"])
                                  + r")?(?:也|则|仅|只|才)?$")
# 增速最快的是平阳县12.4%, 增幅最高的为龙港市9.6%: a superlative of the rates, then a place and its rate
# 民营经济中，第一产业增加值…; 非公有制经济中，…: a sentence opened by the part of the economy its figures are of
SUBSET_FRAME = re.compile(r"\s*(?:其中|全年|全县|全市|全区)?[,\s]*(?:民营|非公有制|非公|私营|个体私营|国有|外资|外商投资)"
                          r"(?:经济|企业)(?:中|里|方面)\s*[,:]")
# 跻身千亿行列, 迈入“万亿俱乐部”: a class of places an amount names, no figure
CLASS_AFTER = re.compile(r"[”\"]?(?:级|城市|县市|县)?(?:行列|俱乐部|阵营|方阵|梯队)")
# 增速最快的是曲靖，达到12%: a superlative's place between a rate word and the verb of its figure
SUPERLATIVE_PLACE_GAP = re.compile(r"(?:最为?|较)[\u4e00-\u9fff]{1,2}的(?:是|为|有)[^,;。%\d]{2,10}?,")
# 增速全部为正,其中德江县最高,为…; 增速均高于全省,诸暨市居首,达…: a place (read on mask_names) opening a clause
# between a rate word and its verb with only its rank (最高, 居首, 领跑, 排名第一, 增幅最大): the place singled out of
# the set, whose figure the verb gives (the rate word and the set's verdict before it name no rate of their own)
# (words only after a ranking verb: 排名全市第一; not 占比最高, the rank of a share)
_SINGLED_RANK = ("(?:增速|增幅|增长|总量|规模)?(?:" + _AMONG + _RANK_VERB + r"[^,;。\d%]{0,6}?)?(?:" + _RANK + ")位?")
SINGLED_PLACE_GAP = re.compile(r",(?:其中,?)?(?:" + NAME_SLOT + "|" + TOWN_MENTION.pattern + ")" + _SINGLED_RANK + r",(?P<verb>(?:"
                               r"(?:仅|只)(?:为|有)?|为|达到了?|达|是|增长|下降)$)")  # (韶关最慢,仅为1.1%: a low rate's verb too)
# …增速全部为正,其中西塘镇最高,为…; …增长8.2%,其中新埭镇增幅最大,…: a town by its name opening the clause before a
# rate, alone or with its rank (the rate is the town's, not the region's before it; not 全镇, 该镇: the town itself)
TOWN_BEFORE_RATE = re.compile(r",(?:其中,?)?(?!该|全|我|本)(?:" + TOWN_MENTION.pattern + ")(?:" + _SINGLED_RANK + r",)?$")
# 诸暨市居首，达…; 海宁市增速最快，为…; 江山市最低，为…: a place's rank alone in its clause, before its figure
SINGLED_RANK = re.compile(_SINGLED_RANK + r",")
# 是全市总量最大的区: a superlative of the class a place belongs to, after a word standing for a metric (总量 …)
SUPERLATIVE_OF_CLASS = re.compile(r"最为?[\u4e00-\u9fff]{1,2}的")
# (增幅居前的有, 增速排名前三的是, 增速靠前的有: the places ranked at the top lead too)
SUPERLATIVE_RATE_LEAD = re.compile(r"(?:增速|增幅|增长率|增长)(?:最为?[\u4e00-\u9fff]{1,2}的(?:是|为)|较[\u4e00-\u9fff]{1,2}的(?:是|有)"
                                   r"|(?:居前|靠前|居前列|位居前列|(?:排名|排在|位居|位列|居)?前[二两三四五\d]位?)的(?:是|为|有))$")
SUPERLATIVE_RATE_LEAD_ANY = re.compile(SUPERLATIVE_RATE_LEAD.pattern.removesuffix("$"))  # (anywhere before)
# 增速最快的是嘉善县，达9.1%；最慢的是南湖区，仅2.3%: a clause opening with a superlative whose metric and rate word
# the clause before named (the place after it is another ranked one, with its own figure)
SUPERLATIVE_ELIDED = re.compile(r"\s*最为?[\u4e00-\u9fff]{1,2}的(?:是|为)")
# 增速最快的是兴安盟,为8.0%: the verb between such a place and its rate
SUPERLATIVE_PLACE_VERB = re.compile(r",?(?:为|达到|达)$")
# 举办招商推介会，…; 召开集中签约活动，…: a clause that names one event held (its signings follow; not
# 召开…等专题招商大会，累计签约…: several events, the period's total)
EVENT_HELD = re.compile(r"(?:举办|召开|举行)[^,;。等]{0,24}(?:会|活动|仪式)上?,$")
# 此次海宁市集中签约项目12个, 会上，共签约项目12个: a sentence that opens by pointing at this one occasion (the
# event words of vocab/scope_words.csv that end in 次 or 上, and 当天) gives that event's signings, whatever place
# it names next
EVENT_THIS = re.compile(r"\s*(?:" + trie_pattern([w for w, scope in SCOPE_WORDS.items() if scope == "event"
                                                  and (w.endswith(("次", "上")) or w == "当天")]) + ")")
# 亿元企业数达284家, 超亿元企业120家: a class of firms named by the sales it passes, counted (its figures a part)
SIZED_FIRMS_COUNTED = re.compile(r"(?:超|过)?[\d十百千]*亿元(?:以上)?(?:工业)?企业数?(?:达到?|有|为|共)?\d+家")
# 实施项目58个, 全年在建重点项目126个: a count of the projects under way (function_words.csv project_verb); a clause
# that opens with a completion verb right after it (，完成固定资产投资…) gives the projects' figures, no region's
PROJECTS_COUNTED = re.compile(r"(?:" + trie_pattern(function_words("project_verb")) + r")[^,;:。\d]{0,8}?项目(?:数)?"
                              r"(?:达到?|有|为|共)?\d+个$")
# 加快实施重大项目, 新开工一批亿元以上项目: a verb of work on projects (function_words.csv project_verb) before them
PROJECT_VERB = re.compile(trie_pattern(function_words("project_verb")))
# 同比增长(下同)9.2%: a note that the basis holds for the rates below, between a growth cue and its percent
SAME_BELOW_END = re.compile(r"\((?:以下同|下同|按?(?:可比|不变)价格?(?:计算)?)\)$")  # 增长(可比价)9.8%: the price basis too
# 2010年可比价, 按2015年不变价计算: the year right before these names the prices a figure is counted at
PRICE_BASE = re.compile(trie_pattern([r["word"] for r in read_table("price_bases.csv")]))
# 比2018年增长36.5%: a growth since a named year (yoy only when that year is the one before)
# 同比, 比上年, 较去年同期: a growth's own basis, the year before
# 按可比价格计算, 按不变价计算: the price basis a rate's own clause may open with, before its comma
PRICE_BASIS = r"(?:(?:" + trie_pattern([w for w, role in FILLERS.items() if role == "basis" and w.startswith("按")]) \
    + r")\s*,?\s*)?"
YOY_BASIS = re.compile(trie_pattern([w for w, role in FILLERS.items() if role == "basis"]) + "|上年|去年")
# 同比, 比上年, 较去年同期, 当月: a basis that names the year before or the months in force, not a price basis
# (按可比价格计算, 名义): 从2005年的28.02亿元增加到2011年的95.2亿元，按可比价格计算增长2.1倍 is a growth over the span
YEAR_BEFORE_BASIS = re.compile(trie_pattern([w for w, role in FILLERS.items() if role == "basis"
                                             and not w.startswith("按") and w != "名义"]) + "|上年|去年")
# (its months or quarter may follow the year: 比2019年1-2月增长, 较2019年一季度增长, 比2019年上半年增长)
BASE_PERIOD = r"(?:全年|上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}(?:[-~～—－至到]\d{1,2})?月份?)?"
# (or the last year of a five-year plan: 比“九五”末增长68.1%, 较“十五”期末翻了一番; with the level it had then:
# 比2018年的1010亿元增长56.7%)
# (a note that the base holds for the growths below may follow it: 比2012年(下同)增长47.7%; 与2016年相比(下同),)
SAME_BASE_NOTE = r"(?:\((?:以下同|下同)\))?"
# (a short modifier ending in 的 may stand between: 比疫情前的2019年增长, 较历史最高的2019年增长)
_BASE_MODIFIER = r"[^,;:。\d比较与同]{1,20}的"
BASE_YEAR_BEFORE = re.compile(r"(?:比|较|与|同)(?:" + _BASE_MODIFIER + r")?(?:(?P<year>(?:19|20)\d{2})年" + BASE_PERIOD
                              + r"|[“\"]?(?P<plan>[八九]|十[一二三四五]?)五[”\"]?(?:时期|期)?末)(?:同期)?"
                              + r"(?:的\d[\d.,]*(?:万亿|亿|万|千)?(?:美元|元|千瓦时))?(?:相比)?" + SAME_BASE_NOTE
                              + r",?(?:同比)?(?:分别|均|都)?$")  # 比2018年分别增长32.1%和41.6%
# 比疫情前的2019年同期, 较历史最高的2019年: a compared time after its modifier (the time moves nothing)
BASE_MODIFIED = re.compile(r"(?:比|较)" + _BASE_MODIFIER + "$")
# 比我市进出口总值最高的2019年增长9.8%: the modifier of a compared year (its metric and place none of the sentence's)
BASE_MODIFIER_SPAN = re.compile(r"(?:比|较)" + _BASE_MODIFIER + r"(?=(?:19|20)\d{2}年)")
# 与2018年相比，2023年全县社零增长42.5%: a year set against at the head of a sentence or clause, the base of
# its growths (与2018年的1010亿元相比: with the level it had then; or a five-year plan's last year: 与“十二五”末相比;
# after the year of the figures: 2020年与2015年相比,; or the same months of that year: 与2019年同期相比,
# 与2019年一季度相比,)
BASE_YEAR_LEAD = re.compile(r"(?:^|(?<=[,;。]))(?:(?:19|20)\d{2}年(?:底|末)?)?(?:与|同|和|较)(?:(?P<year>(?:19|20)\d{2})年(?:底|末)?"
                            + BASE_PERIOD + r"(?:同期)?"
                            r"|[“\"]?(?P<plan>[八九]|十[一二三四五]?)五[”\"]?(?:时期|期)?末)(?:的[^,;。相]{1,24}?)?"
                            r"(?:相比|相较|比较)" + SAME_BASE_NOTE + ",")
# words right before an amount that make it a change (增加2亿元) or a starting level (从2亿元增加到…)
DELTA_BEFORE = tuple(r["word"] for r in read_table("delta_words.csv"))  # 多增28.3亿元: a change, not a level
# 与2002年相比,增加453亿元: a year the paragraph's changes (and the levels it starts from) are counted from
CHANGE_BASE = re.compile(r"(?<=[与同比较])(?P<year>(?:19|20)\d{2})年(?:相比|相较)?,?(?:" + trie_pattern(list(DELTA_BEFORE)) + ")")


def names_change(head: str) -> bool:
    """Whether the words before an amount make it a change (增加2亿元), not a level it reached (增加到…).

    >>> names_change("比上年增加"), names_change("比上年增加到"), names_change("达到"), names_change("较上年增加了")
    (True, False, False, True)
    """
    head = head.removesuffix("了")  # 增长了318.9亿元: a change all the same
    return head.endswith(DELTA_BEFORE) and not head.endswith(("增长到", "增加到", "提高到", "上升到"))


# 地区生产总值比上年增加41.3亿元，达到698.7亿元: the words between a metric and the change it names
DELTA_GAP = re.compile(r"(?:" + _FILLER + r"|[\s,]|比|较)*(?:" + trie_pattern(list(DELTA_BEFORE)) + r")了?")
BASELINE = function_words("baseline")
# 恢复至2019年同期水平, 回到2019年水平, 接近疫情前2019年同期水平: a time whose level a figure is held against;
# 对比各区2019年度同期所公布的数据: the same months of another year, whose data are held against (a year's own
# data, 2023年数据显示, still name its time)
LEVEL_OF_TIME_AFTER = re.compile(r"(?:同期|全年)?的?水平|同期所?(?:公布|发布|披露)?的?数据")
# 已超过去年全年的8118.5亿元: a verb that compares a figure with another time's level (then 的)
SURPASS_END = re.compile(r"(?:超过|超出|超越|突破|高于|低于|接近|相当于)了?$")
# 超过2010年近30亿元, 高于2019年25.6亿元: a comparison with a year and no 的 names the difference, no level
SURPASS_YEAR_END = re.compile(r"(?:超过|超出|高于|低于|多于|少于)(?:19|20)\d{2}年(?:全年|同期)?$")
BASELINE_TIMED = re.compile(r"(?:从|由)[“\"]?十[一二三四五]?五[”\"]?(?:时期|期)?末的$")  # 由“十五”末的: a plan's last year
BASELINE_DATED = re.compile(r"(?:从|由)\d{4}年(?:末|底)?的$")  # 五年来，…由2015年的18.1亿元增加到…: a dated start
# 从2015年的2.1万户增加到2020年的3.8万户: a change from a dated start to a dated end
DATED_RISE = re.compile(r"(?:从|由)(?P<first>(?:19|20)\d{2})年(?:末|底)?的[^,;。从由]{1,16}?(?:到|至)"
                        r"(?P<then>(?:19|20)\d{2})年(?:末|底)?的")
# 从398亿元跃升到635亿元, 由38.8亿元提高至67.5亿元: any short verb then 到/至 leads from a starting level to the next
# (由2800亿元到突破7000亿元: the next level may carry its qualifier word, qualifiers.csv before)
# (由32亿元预计增加到68亿元: a plan word before the verb marks the next level a plan's, the start stays a level)
FROM_TO_GAP = re.compile(r"[,\s]*(?:分别|逐年|稳步|大幅|持续)?(?P<plan>" + _PLAN_WORD + r")?[\u4e00-\u9fff]{0,3}?(?:到|至|为)(?:了)?(?:"
                         + trie_pattern([w for w, (_, pos) in QUALIFIERS.items() if pos == "before"]) + ")?")
# 开化、青田增速领跑山区海岛县，分别达…: a rate word and a few words between a list of places and 分别
LIST_BACKREF_LATE = re.compile(r"(?:增速|增幅|增长率)[^,;。\d%]{0,10}?,?分别")
# 黔南、铜仁位于1000亿元至1500亿元之间，分别为…; 南明、云岩超过500亿元，分别为…; 甲、乙分处400-500亿之间，分别…: the bounds of the group a list
# of places falls in, between the list and its figures (no figures of the places')
# (200亿元, 两百亿, 百亿, 一万亿)
LIST_BOUND = re.compile(r"也?(?:均|都)?是?(?:超过|突破|高于|低于|不足|不到|位于|介于|处于|分处|同处|处在|在)了?" + _BOUND_AMOUNT
                        + r"(?:(?:至|到|-|~|和|与)" + _BOUND_AMOUNT + r")?(?:之间|"
                        + trie_pattern([w for w, (_, pos) in QUALIFIERS.items() if pos == "after"]) + r")?,?(?=分别|依次)")
# (也都在50亿出头，分别为…: a bound with its qualifier after it)
# 地方财政收入超过1500亿元的有宁波(…)、…; 三个县GDP突破500亿元，分别为海宁(…)、…: the bound a list of places passed,
# right after the metric and before the list (no figure of the metric's; also 突破1000亿大关，它们依次为…)
LEAD_BOUND = re.compile(r"(?:超过|突破|超|高于|达到|在)了?" + _BOUND_AMOUNT + r"(?:以上|大关)?(?:的(?=有|是|为|包括)|,?(?:它们)?(?=分别|依次))")
BOUND_SET_AFTER = re.compile(r"的(?:有|是|为|包括)(?=[\u4e00-\u9fff]{1,12}\(\d)")
# (超过1500亿元)的有宁波(1721.9亿)…: the bound of a set whose places have their own levels (not 的是嘉善县: its bound)
# 距离3000亿仅一步之遥, 离千亿大关只差一步: the round level a figure is close to, a remark (no figure of its own)
DISTANCE_TO = re.compile(r"(?:距离|距|离)(?:突破|跨越|迈上)?" + _BOUND_AMOUNT + r"的?(?:大关|门槛|关口|台阶)?"
                         r"(?:仅|只|还|尚)?(?:有|差)?(?:一步之遥|咫尺之遥|一线之隔|一步)")
# 进出口总额不足200亿元的四地中, 超过500亿元的3个县市中: the bound of a counted group of places, then which
# of them (no figure of its own; the metric stays the places' after it)
GROUP_BOUND = re.compile(r"(?:超过|超|突破|不足|不到|低于|高于|逾|在)" + _BOUND_AMOUNT + r"(?:以上|以下)?的"
                         r"(?:(?:\d+|[二两三四五六七八九十]+)个?)?大?(?:县市区|县区|区县|县市|地区|城市|城区|城|省份|地|县|市|区)(?:之中|中|里)"
                         r"(?=[,;]|排名|排在|排|位居|位列|居|名列)")
# 在Ⅰ档(规模工业总产值1000亿元以上)中, 第一档(地区生产总值500亿元以上)的县市中: the bound that defines a tier of
# places, in brackets after its name, then the places ranked among it (no figure of its own)
TIER_BOUND = re.compile(r"\((?:[^()\d,;。]{0,14}?)(?:超过|超|突破|不足|不到|低于|高于|在)?" + _BOUND_AMOUNT
                        + r"(?:及?以上|及?以下|之间)\)(?:的[^,;。()\d]{0,8}?)?(?:之中|中|里)")
# 财政收入超过20亿元的还有三地, 超过500亿元的有两个县, 超百亿的还有七城: the bound of the counted class of places named
# after it (no figure of its own)
CLASS_BOUND = re.compile(r"(?:超过|超|突破|不足|不到|低于|高于|逾|在)" + _BOUND_AMOUNT + r"(?:以上|以下|之上|之下)?的"
                         r"(?=还?有(?:\d+|[二两三四五六七八九十]+)个?(?:县市区|县区|区县|县市|地区|城市|城|省份|地|县|市|区))")
# 台州三县(仙居、天台和三门): a counted set of places with its places named in brackets after it
# 惠安县(含台商投资区), 全区(包括高新区): a note of what a place's figure covers (not 不含: an exclusion)
INCLUSION_REST = re.compile(r"(?:" + trie_pattern([r["word"] for r in read_table("inclusion_words.csv")])
                            + r")[^()\d%]{1,20}\)")  # (the note after its bracket: a clause may open inside it)
INCLUSION_NOTE = re.compile(r"\(" + INCLUSION_REST.pattern)
INCLUSION_OPENS = tuple({"(" + r["word"][0] for r in read_table("inclusion_words.csv")})  # (含, (包: a cheap test
# 含园区规上工业增加值, 包括飞地园区在内的规上工业: a lead, without brackets, that says the figure takes in the
# region's parks is a note on the whole region's figure, no part of it (not 不含: an exclusion; a zone named, 含经开区,
# is a place token of its own)
INCLUSION_LEAD = re.compile(r"(?<!不)(?:" + trie_pattern([r["word"] for r in read_table("inclusion_words.csv")])
                            + r")[^,;()\d%的]{0,8}?园区(?:在内)?的?$")  # (not 含金量最高的园区: no 的 inside)
# 全市(全域口径), 全县(县域统计口径): a note that a place's figure counts its whole territory (function_words.csv,
# whole_caliber), the whole region's; the rest after its bracket too, when a clause opens inside it
WHOLE_CALIBER_REST = re.compile(r"(?:" + trie_pattern(list(function_words("whole_caliber"))) + r")(?:统计)?口径\)")
WHOLE_CALIBER_NOTE = re.compile(r"\(" + WHOLE_CALIBER_REST.pattern)
# 武进区(不含经开区,下同), 江阴市(不包括高新区): a note after a place of the places its figures leave out (its own
# statistics' count; tokens.py checks that the words inside are places)
PLACE_EXCLUSION_NOTE = re.compile(r"\((?:" + trie_pattern(sorted(EXCLUSION_GOVERNS)) + r")(?P<places>[^()\d%,;。]{2,30}?)"
                                  r"(?:[,;]下同)?\)")
# (500万元以上项目), (计划总投资500万元及以上口径): the threshold that defines what a metric counts, no figure
# 500万元以上固定资产投资, 500万元以上项目投资, 计划总投资500万元及以上项目…: the reporting threshold of the investment
# statistic itself (50万元 before 2011, 500万元 since) run into the metric's name: the region's whole investment, no
# part (not 5000万元以上项目, 亿元以上项目: a class of large projects); the words right before the metric; 城镇 before
# it (城镇500万元以上固定资产投资, the statistic's name in 2008-2010) is part of that name, no town
INVESTMENT_THRESHOLD = re.compile(r"(?P<lead>(?:计划)?总投资|城镇)?(?<![\d.])50{1,2}万元(?P<rest>(?:及|或)?以上(?:的)?(?:项目)?(?:口径)?(?:的)?)$")
THRESHOLD_MEASURES = frozenset({"fixed_asset_investment", "industrial_investment"})  # (the measures it is of)
THRESHOLD_ALIAS = "固定资产投资"  # 500万元以上项目完成投资: the alias a tail word after the threshold stands for
# 全县500万元以上项目投资完成…: the threshold, then the tail word, a verb between or none (a sentence to parse)
THRESHOLD_TAIL = re.compile(r"(?<![\d.])50{1,2}万元(?:及|或)?以上(?:的)?(?:项目)?(?:口径)?(?:的)?(?:累计)?(?:完成|实现)?投资")
# 年主营业务收入在500万元以上企业工业增加值, 年主营业务收入2000万元及以上工业企业完成增加值, 全部国有及年产品销售
# 收入500万元以上非国有工业企业…: the size threshold of the industry statistic (500万元 until 2010, 2000万元 since)
# run into the name of its figure: the above-size firms (规模以上), no part (not 亿元以上企业: a class of large firms)
SIZE_THRESHOLD = re.compile(r"(?P<lead>(?:全部国有及)?年(?:主营业务|产品销售|销售)收入(?:在|达到?)?)(?:500|2000)万元"
                            r"(?P<rest>(?:及|或)?以上(?:的)?(?:非国有)?(?:工业)?(?:企业)?(?:完成|实现)?(?:的)?)$")
SIZE_MEASURES = frozenset({"industrial_value_added", "industrial_output"})  # (the measures it is of)
THRESHOLD_NOTE = re.compile(r"\((?:计划)?(?:总投资)?\d+(?:\.\d+)?[万亿]?元(?:及|或)?以上(?:的)?(?:项目)?(?:口径)?\)")
SET_NAMED = re.compile(r"(?<=[二两三四五六七八九十][地县市区])\([^()\d%]{2,40}\)")
# 南部三县(宁海、象山和奉化), 东部两区(…): a set named in brackets, the words that place it before its count (the
# places are named: those words scope nothing; the count stays)
SET_NAMED_WHOLE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?P<count>[二两三四五六七八九十][地县市区])\([^()\d%]{2,40}\)")
# (吉林、黑龙江同比分别增长…: the basis may come first; …和海盐县，增速分别为…: the rate word, named again)
# GDP增速排名:第一,宿迁,…; 各市GDP排名中,第一名宿迁…: a ranking's title right after its metric, then the first
# place's ordinal: the words between a metric named with no figure and the first place of its ranking
RANKING_TITLE_LEAD = re.compile(r"(?:增速|增幅|总量|规模)?(?:排名|排行|排序|排位)(?:情况)?(?:如下)?(?::|中,|,)?"
                                r"(?:第[一二三四五六七八九十\d]{1,2}[名位]?(?:是|为)?[,:]?)?")
# 海珠区和白云区表现不俗，分别增长…: a short remark on the places just listed, with no figure, before their back reference
_REMARK_CLAUSE = r"(?:[^,;:。\d%()“”]|“[^”,;:。]{1,8}”){2,14}?,(?=分别|依次)"  # (quoted: 都达到了“8字头”)
# …、海港开发区位居前三甲，增速分别为…; …位列全市前三位，分别增长…: the top places a list names, before its back reference
TOP_RANKED = _RANK_VERB + r"[^,;。\d%]{0,4}?前[二两三四五六七八九十](?:甲|名|位)?"
LIST_BACKREF = re.compile(r"[,\s]{0,2}(?:" + _REMARK_CLAUSE + r")?(?P<top>" + TOP_RANKED + r"[,\s]?)?(?:" + LIST_BOUND.pattern + r")?(?:"
                          + trie_pattern([w for w, role in FILLERS.items() if role == "basis"])
                          + r")?(?:" + _ANY_ANAPHOR + "|" + RATE_NOUN + r")?(?:[二两三四五六七八九十](?:地|县|市|区)|(?:今年|去年)?"
                          + BASE_PERIOD + r"(?:分别|依次)|均|各)")  # (…和平湖,上半年分别为…: the period of their figures)
# 实现倍增目标, 完成了各项目标任务, 完成了县十八届二次人代会确定的目标任务: a plan the words before it say was
# met (the meeting or the year's start that set it may be named between), no plan of the figures after
ACHIEVED = re.compile(r"(?:(?:完成|实现|超额|提前|下达|达成)[^,;。]{0,4}(?:目标)?|超[过出]?(?:年度|全年|年初|时序|序时)?"
                      r"|(?:完成|实现)了?[^,;。:\d]{0,24}?(?:确定|提出|部署)的(?:各项|主要|全年|年度)?(?:目标)?)$")
ACHIEVED_REACH = 32  # how far before a plan word ACHIEVED looks (超年度计划6.9%, 超时序计划: a plan beaten)
# 赶超发展的五年 / 极不平凡的一年: a heading naming a span, run into the sentence it heads
SPAN_HEADING = re.compile(r"[^,;:。\d]*的(?:[一二两三四五六七八九十]{1,2}|\d{1,2})年")
# “211”目标圆满完成，实现…; 目标任务全面完成; 目标任务实现了“时间过半、完成过半”: a plan the clause says
# was met (its slogan in quotes may follow), no plan of the figures after (not 目标是实现“…”: what it is);
# 为全年计划的81.5%, 占年度目标任务的: the share of a plan a figure has reached, no plan either;
# 2023年计划执行情况, 预算执行良好: a plan carried out (the heading of a plan's report), no plan of the figures after
ACHIEVED_AFTER = re.compile(r"[^,;。\d是为要:]{0,4}?(?:完成|实现|达成)(?:了)?(?:“[^”,;。]{1,16}”)?[,;。]"
                            r"|(?:任务)?的\d+(?:\.\d+)?%|执行")
# 目标增长6%，实际增长6.3%; 预算数为15亿元，实际完成15.46亿元: a clause opened by 实际 or 最终 after a plan's
# figure gives the figure reached, no plan's
REALIZED_LEAD = re.compile(r"\s*(?:实际上?|最终)(?=完成|实现|增长|下降|达到|达|为|是|录得)")
# 认真落实中央保增长的一揽子计划, 扎实执行年初确定的目标任务: a plan the words before it say is carried out (a verb of
# vocab/function_words.csv plan_carried, the plan's owner and kind between), no plan of the figures after (not one
# spelled out after its colon: 全面落实年度目标:地区生产总值增长8%)
PLAN_CARRIED = re.compile("(?:" + trie_pattern(list(function_words("plan_carried"))) + r")[^,;。:\d]{0,16}$")
PLAN_CARRIED_REACH = 20  # how far before a plan word PLAN_CARRIED looks
PLAN_SPELLED = re.compile(r"[^,;。\d]{0,4}:")
# 高于年度目标2.8个百分点: a plan a figure is compared with does not make the figure a plan
COMPARED_PLAN = re.compile("(?:" + trie_pattern([w for w in COMPARISONS if len(w) > 1]) + r")[^,;。\d]{0,4}$")
# 比年初8%的预期目标高1个百分点, 较年度计划快0.6个百分点: a plan 比/较 compares a rate with, its gap in points right
# after it (the gap words of vocab/points_gap_words.csv): no plan of the figures after either
COMPARED_PLAN_BY = re.compile(r"(?<![同环对])(?:比|较)[^,;。]{0,12}$")
COMPARED_PLAN_GAP = re.compile(r"(?:" + trie_pattern([r["word"] for r in _GAP_WORDS if r["role"] == "after_basis"])
                               + r")了?\d+(?:\.\d+)?个?百分点")
# 结构性改革任务艰巨, 发展任务十分繁重: a task said to be hard (vocab/function_words.csv, plan_burden), no plan of figures
PLAN_BURDEN = re.compile(r"(?:十分|非常|更加|更为|异常|依然|仍然|仍|较为|相当|极为|尤为)?(?:"
                         + trie_pattern(list(function_words("plan_burden"))) + ")")
QUAL_AFTER_RE = re.compile(trie_pattern([w for w, (_, pos) in QUALIFIERS.items() if pos == "after"]))
# 大概为18.6亿元, 约完成了40亿元, 大致在95亿元: an approximate word (vocab/qualifiers.csv, approx, before) and the
# verb that gives the amount after it (not 节约, 合约, 最近, 附近: a word that ends in one)
_APPROX_BEFORE = [w for w, (q, pos) in QUALIFIERS.items() if q == "approx" and pos == "before" and not w.endswith("为")]
HEDGED_VERB = re.compile(r"(?<![节制预合签契公条隐最附])(?:" + trie_pattern(_APPROX_BEFORE)
                         + r")(?:为|在|是|达到?|完成了?|实现了?)$")
# 增速再次达到10%以上, 增长超过8%: a rate printed as a lower bound (qualifiers.csv: over, after or before it)
RATE_BOUND_AFTER = re.compile(trie_pattern([w for w, (q, pos) in QUALIFIERS.items() if q == "over" and pos == "after"]))
RATE_BOUND_BEFORE = re.compile("(?:" + trie_pattern([w for w, (q, pos) in QUALIFIERS.items() if q == "over" and pos == "before"]) + ")$")
REGION_GAP = re.compile(
    r"(?:" + _FILLER + "|" + NAME_SLOT + "|" + WORD_PATTERN.pattern + "|"
    + trie_pattern(list(ZONES)) + r"|还有|[二两三四五六七八九十](?:地|县|市|区)|[\s,、和及与的]"
    + "|" + _ANY_ANAPHOR + ")*")  # …超过20亿元的还有迁安市、丰南区和丰润区，金额分别为…

# 全省经济增长8.0%: the economy of a place, right before its rate, is its GDP; 雄安新区投资同比增长12.1%, 全省完成
# 投资增长6.2%: a place's bare investment (as provincial releases write it), its fixed-asset investment
# (tokens._economy_rate)
PLACE_RATE_WORDS = {"经济": "地区生产总值", "投资": "固定资产投资", "完成投资": "固定资产投资"}
# 规上工业增加值增长13.8%，投资增长21.3%，消费增长13.5%: in a run of indicators' rates, a bare field word opening a
# clause right after a rate and right before its own rate is that field's headline (tokens._field_in_run)
RUN_FIELD_WORDS = {"投资": "固定资产投资", "消费": "社会消费品零售总额"}
RUN_FIELD = re.compile(r"(?:" + "|".join(RUN_FIELD_WORDS) + r")(?=" + YOY_BASIS_WORD + r"?(?:增长|下降)\d)")  # (led by its
# words, not by the lookbehind of the clause opener: tokens._field_in_run tests the character before it)
BASIS_BOUND_WORDS = frozenset({"投资"})  # (a bare 投资 with its basis only, 同比: 湖州投资增长… may be prose)
ECONOMY_WORD = "经济"
# 经济增速较低的有…, 五个省份的经济增速…: 经济 with a rate word right after it (tokens._economy_alone) and what may
# stand right before it (a clause's start; a set of places with 的 is PLACE_SET_END's)
ECONOMY_ALONE = re.compile("经济(?=的?(?:同比)?(?:增速|增长|增幅))")
ECONOMY_OPENERS = frozenset(",;:。、“(")
ECONOMY_OF = re.compile("的?(?P<word>" + "|".join(sorted(PLACE_RATE_WORDS, key=len, reverse=True)) + ")的?")
# (衢州市的经济增速高达10.6%, 衢州经济的增速为6.1%: the place's own economy, 的 between them or after it)
# (雄安新区投资较去年同期增长…: any year-on-year basis word of fillers.csv between them)
ECONOMY_RATE_GAP = re.compile(YOY_BASIS_WORD + "?")
# (sentence.scope: 保定市投资同比增长…: the words between the place and the rate are no sector's)
PLACE_RATE_PREFIX = re.compile(ECONOMY_OF.pattern + ECONOMY_RATE_GAP.pattern)
ECONOMY_RATE_CUE = re.compile("(?:经济|投资)" + ECONOMY_RATE_GAP.pattern + r"(?:增长|增速)")  # (facts.extract: a sentence to parse)
SINCE_WORD = "以来"  # 今年以来: a span up to now, no period of the accounts
GROUP_DESCRIBES = re.compile("作为|地处|位于|处于|融入|是")  # 作为成渝地区双城经济圈的节点: a group of places that describes a place

# 单4月, 单10月: a word glued before a month that makes it a single month's own (its figure is the region's)
SINGLE_BEFORE_MONTH = function_words("single_before_month")

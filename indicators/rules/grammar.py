"""The grammar: the rules the engine applies, and the catalog of every rule a fact may name.

:data:`GRAMMAR` is what runs.  Its rules are records (name, pattern, step) in phases; a pattern is
a regular expression over a sentence's token letters (T time, R place, M metric, A amount,
G growth phrase, P bare percent: :mod:`indicators.rules.tokens`), and the loop that applies them
(:func:`indicators.rules.engine.apply`) knows no Chinese.  The steps are the methods of
:class:`indicators.rules.sentence.Sentence`; what stays in force between tokens (the places,
a carried scope, the open phrase) lives in small records there, with explicit end points.

Every fact names the rules that built it (its ``rule`` column: ``metric-value+metric-list``,
``region-list+elided-metric``, ``table`` …).  :data:`RULES` is the catalog of those names: for
each rule, the pattern of token kinds it reads and what it builds, with the vocabulary words
named in the pattern (joiner 、和与及, distributive 分别/依次/均, comparison 高于/比 …, filler
实现/完成/同比 …).  Each rule keeps its examples, positive and negative, in
``tests/rule_examples.csv``, keyed by the rule's name; the test suite runs them and checks
that every rule here has them.

>>> RULES["metric-list"].pattern
'metric (joiner metric)+ [distributive] figure (joiner figure)+'
>>> sorted(n for n, r in RULES.items() if r.level == "note")[:3]
['annual-basis', 'broad', 'dominant-period']
"""
from __future__ import annotations

from typing import NamedTuple

from .engine import Phase, apply
from .engine import Rule as Step
from .sentence import Sentence, Slot
from .timeline import DocState, TimeState
from .tokens import LETTERS, letters


class Rule(NamedTuple):
    """One named rule: what it reads and what it builds."""

    name: str
    level: str  # phrase: builds facts; part: shapes a phrase; note: places a fact in time or context
    pattern: str  # the token kinds (and vocabulary words) it reads
    builds: str


_RULES = [
    # phrases: a metric and its figures
    Rule("metric-value", "phrase", "metric [filler] amount", "the metric's level"),
    Rule("metric-growth", "phrase", "metric [basis] growth", "the metric's year-on-year rate"),
    Rule("metric-value-growth", "phrase", "metric [filler] amount [,] [basis] growth", "a level with its rate"),
    Rule("bound-list", "phrase", "bound [count] 分别是 place (joiner place)+ | 分别是 place (joiner place)+ , 均 bound",
         "each place of a list with no figures of its own passed the bound the set was counted by, or all passed: "
         "the bound is its level (over); the metric named before, a stand-in's (体量) or a class's (千亿县)"),
    Rule("amount-before-metric", "part", "amount 的 metric", "the amount as the metric's level (以18.9亿的地方财政收入)"),
    Rule("rate-before-label", "part", "[item-mark] rate metric 增速|增幅 (the item's end)",
         "a data post's item whose rate is printed over its label (👉 6.8% / 地区生产总值增速)"),
    Rule("metric-list", "part", "metric (joiner metric)+ [distributive] figure (joiner figure)+",
         "one fact per listed metric, paired by order (分别/依次, or by count)"),
    Rule("shared-head", "part", "item (joiner item)+ head", "one metric per item sharing the head (第一、三产业增加值)"),
    Rule("unknown-items", "part", "[word joiner]* metric (joiner word)+ distributive figure (joiner figure)+",
         "items that are no metric of ours, before the metric or after it, keep their place in the list; "
         "their figures are skipped (农民人均纯收入和城镇居民可支配收入分别达到…)"),
    Rule("parts-summed", "part", "metric(一、二、三产业 | 城乡居民…) [verb] (amount | one rate alone) (no 分别/依次/均)",
         "the three industries' value added with one level is their sum, the GDP (一、二、三产业增加值达到…); "
         "the urban and rural residents named in one word with one level, or with one rate and no level, are all "
         "residents (城乡居民人均可支配收入为…; 城乡居民人均可支配收入增长9.2%)"),
    Rule("split-name", "part", "metric-part verb metric-part", "one metric whose name a verb splits (第二产业实现增加值)"),
    Rule("topic-heading", "part", "numbered-heading(metric) ... amount|growth | (time amount)+ 。这些数字…metric"
         " | 从 time 的 amount 到 time 的 amount ,这条曲线…是…metric",
         "the heading's metric for a sentence that names none, or the metric the next sentence says a series of "
         "years' amounts shows (1979年1亿元,…。这些数字是…规上工业总产值…), or a clause after a span from one "
         "year's amount to another's (从1983年的1.5亿元到2022年的1070亿元,这条曲线是…规上工业总产值的增长轨迹)"),
    Rule("said-topic", "part", "metric ranking-or-list-cue (no figure) 。 … amount|growth (no rule gives them a metric)",
         "the metric a figure-less sentence announces figures of (各县市GDP排名出炉, …情况如下, …比拼), for the next "
         "sentences' figures that no rule gives a metric, until a sentence names another metric or a heading"),
    Rule("ranked-place", "part", "(ranking-title(metric) ... place [分别] (以 amount rank | 以 rate 的增速))"
         " | (从 metric 来看, [time] place [则][分别] 以 amount) | (metric … 。 place : amount 。)",
         "a place's figure and rank, of the metric a ranking title names (各县GDP排行榜 … 海宁市以1285.6亿元位居第一)"
         " or a sentence leads with (从GDP总量来看，苏州以…领跑，南京、无锡分别以…); a list's item, a place, a colon"
         " and its amount in a sentence of its own, of the metric named last before it (…GDP最高的十个县域分别是:…"
         " 肥东县:703.4亿元。)"),
    Rule("subject-after", "part", "metric figure 的[县市区|城市…](是|为|有|还有|包括) place | metric figure 的 place",
         "the place named after the figures as their subject (总量达412.6亿元的海宁市继续领跑)"),
    Rule("metric-anaphor", "part", "(place|time|其|clause-start) 总量|金额|总额|体量 … figure",
         "the metric named last, for a word that stands for it (其2023年金额达到936.2亿元: GDP's)"),
    Rule("size-part", "part", "whole-industry-metric figure … 其中 规上企业|规模以上工业 … (growth | verb figure)",
         "the above-size industry's figure of the whole-industry metric named before (工业增加值…，其中，规上企业增长"
         "10.2%: 规上工业增加值's), the one the conventions count"),
    # lists of places
    Rule("region-list", "phrase", "metric ... place [verb] ( figure ) (sep place [verb] ( figure ))+",
         "one fact per place, for the metric named before the list"),
    Rule("elided-metric", "part", "(set-of-places rate-word | by-place) ... place figure (sep place figure)+",
         "the list's metric is the document's headline metric (有6个省份增速…，分别是…), or after 分县市区看 "
         "the metric of the sentence before"),
    Rule("other-places", "part", "metric ... (home rank) , 其他|其余 [count] places rate-word 分别|依次 为 : place rate (sep place rate)+",
         "the other places of a set, listed with their rates after the home place was ranked, are places of the one"
         " metric the sentence named before, however many clauses back (…我市增速排第1位,其他两市增速分别为:扬州3.8%,…)"),
    Rule("metric-after-list", "part", "place ( rate ) (sep place ( rate ))+ metric 增速|增幅 …",
         "places with their rates in brackets before the metric and its rate word are that metric's rates"
         " (西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…)"),
    Rule("compared-place", "phrase", "metric growth comparison [分别] place ( rate ) (、 place ( rate ))* | metric growth , 比|较 place 的 rate gap-word"
         " | metric growth , 在 place rate (、 place rate)* 之上|之下",
         "the compared places' own rates of the same metric (分别高于全省(6.3%)、金华(6.7%); 比全省的8.7%高…; 远在龙岗7.4%之下)"),
    Rule("last-year-rate", "phrase", "metric growth 较|比 上年同期 ( rate ) | metric growth 较|比 上年同期 的 rate gap-word"
         " | metric growth 较|比 去年|上年|year time ( rate ) (和|、 去年|上年|year time ( rate ))* gap-word",
         "the rate of the same period a year before (较去年同期(-1.1%)提高9.2个百分点, 增速比上年同期的11.2%回落…), or of "
         "periods of an earlier year in brackets (较去年一季度(2.0%)和去年全年(3.3%)持续提升)"),
    Rule("counted-back", "part", "place [、place]* metric … (comparison place)? , 两|三|…(县|市|区|地)[的] 分别|依次 figure (joiner figure)+"
         " | place … place , 两|三|…(县|市|区|地) metric 分别|依次 figure (joiner figure)+",
         "a count of places given one figure each counts back the places the sentence named, the compared ones"
         " too, in order (海宁GDP增速高于桐乡，两地分别增长6.2%和5.4%)"),
    Rule("region-growth", "phrase", "metric ... place growth", "a rate of another place for the same metric"),
    Rule("place-figure", "phrase", "metric figure ... [其中] place [filler] figure",
         "a place opening a clause with its own figure, the metric left out: the same metric for that place"),
    # time inside a sentence
    Rule("period-growth", "phrase", "metric figure ... time growth", "the metric's rate for a new period (7月份增长…)"),
    Rule("rate-shift", "phrase",
         "rate-word 从|由 [time 的] rate verb rate | rate-word 比|较 time 的 rate gap-word | 比|较 time (rate) gap-word"
         " | rate , 高于|快于|低于|慢于 time 的 rate (、time 的 rate)* | metric-list rates , 比|较|相比 time [的] rates",
         "the earlier rate as a fact of its own period (增速从1.8%回升至6.1%, 增速比一季度的7%有所加快, "
         "较一季度(-10.8%)回升2.1个百分点, 增长6%，高于1-2月的2.7%，1-3月的3.2%; 分别增长5.6%、7.3%，相比一季度4.6%、4%)"),
    Rule("earlier-rate", "phrase", "继|在 time [place] [metric] growth …((之|以)后|的…基础上) , [place] metric …",
         "a rate in a frame an opener and an earlier period open: that period's rate, of the metric the frame names"
         " or, when it names none, of the first metric after it, else of the one before it (继一季度增长21.4%之后，"
         "海盐外贸进出口继续…; 在一季度增长7.9%的基础上，上半年…; …增长6.6%，继上半年增长6.1%之后…); a base"
         " phrase naming a year before and its period is one (在去年一季度增长17.5%的高基数基础上，增长12.7%)"),
    Rule("realized-after-plan", "phrase", "metric plan-word figure , 实际|最终 verb figure",
         "the figure reached after a plan's (目标增长6%，实际增长6.3%; 预算数为15亿元，实际完成15.46亿元): actual"),
    Rule("reference-level", "phrase", "metric amount ... time 的 amount", "a level of another time (已超2020年全年的1503.6亿元)"),
    Rule("year-list", "part", "time (joiner|至 time)+ ... metric [分别|依次] figure (joiner figure)+",
         "one fact per listed year (or each year of a range), when the counts agree"),
    Rule("quarter-list", "part", "year quarter 以来 ... metric 分别 rate (joiner rate)+ | N个季度累计 metric 分别 rate{N}",
         "one fact per cumulative period from that quarter on (2013年一季度以来…累计增速分别为…: Q1, H1, Q1-Q3, FY, …), "
         "or from the year's first (四个季度累计GDP增幅分别为…)"),
    Rule("span-start", "phrase", "span metric 从 amount verb amount", "the level a span of years started from"),
    Rule("span-end", "note", "span metric amount", "a level reached over a span of years is its last year's"),
    # tables
    Rule("table", "phrase", "header-row (row)+", "one fact per cell pair of a plain-text, HTML or keyed-list table"),
    # where a fact's time or context came from
    Rule("next-sentence-growth", "note", "facts 。 rate-sentence", "rates of the sentence after, for its facts"),
    Rule("title-restates-plan", "note", "title figure ... plan-word figure", "a title's figure the body gives as a plan's is that plan"),
    Rule("restates-estimate", "note", "round figure ... 预计 same fact figure",
         "a round figure the article gives elsewhere only as an estimate is that estimate's"),
    Rule("rate-bound", "note", "metric verb rate 以上 | 超过 rate",
         "a rate printed as a bound (增速达到10%以上); an exact rate of the same fact beats it"),
    Rule("growth-from-another-mention", "note", "fact ... same fact with a rate", "the rate of another mention"),
    Rule("dominant-period", "note", "figure with a year only", "the article's one period"),
    Rule("time-later-in-sentence", "note", "figure ... time", "a time named later in the sentence"),
    Rule("ytd-context", "note", "今年以来 figure", "the article's period for 今年以来"),
    Rule("ytd-imprecise", "note", "今年以来 figure", "January to the month before publication"),
    Rule("unfinished-period", "note", "今年 period figure", "a period ending half a year after publication is last year's"),
    Rule("year-without-pub-date", "note", "year figure", "a year's figure in an undated article is its full year"),
    Rule("year-end", "note", "今年 figure", "the year's figure in a report of its last days (from 20 December, or December in a review of the year)"),
    Rule("annual-basis", "note", "figure 比上年增长 rate (no period in the text)",
         "a figure grown over the whole year before, in a text naming no period, is last year's full year"),
    Rule("multi_year", "note", "span figure", "a figure over a span of years (labelled, not a year's)"),
    Rule("broad", "note", "broad-metric figure", "a whole-industry figure, given way to 规上 where both are printed"),
]

RULES: dict[str, Rule] = {r.name: r for r in _RULES}


def rule_names(rule: str) -> list[str]:
    """The rule names a fact's ``rule`` column holds.

    >>> rule_names("metric-value+metric-list+span-start")
    ['metric-value', 'metric-list', 'span-start']
    """
    return [n for n in rule.split("+") if n]


# -- the grammar the engine applies -------------------------------------------------------------
# Patterns are regular expressions over the sentence's token letters (indicators.rules.tokens:
# T time, R place, M metric, A amount, G growth phrase, P bare percent).  Each phase is read left
# to right; at each token the first rule that matches there and takes tokens wins.
ALPHABET = "".join(LETTERS.values())
GRAMMAR: tuple[Phase, ...] = (
    Phase("lists", (
        Step("region-list", r"R(?:A[GP]?|[GP])?(?:R(?:A[GP]?|[GP])?)+", Sentence.place_items),  # 平湖市(6.8%)、秀洲区(6.2%),
        # 淳安县持平, 海盐398.2亿元(+6.1%), 新罗区(607.87亿元 同比增长5.4%)
    ), alphabet=ALPHABET),
    Phase("phrases", (
        Step("time", "T", Sentence.on_time),  # moves the sentence's time (not a compared or plan time)
        Step("place-figure", "R(?=R?T?[AGP])", Sentence.place_figure),  # …，其中海宁市(9月)增长9.1%: the metric left out
        Step("place", "R", Sentence.on_region),  # the subject of what follows; a list when joined
        Step("metric", "M", Sentence.on_metric),  # opens a slot, or joins the list before it
        Step("figure", "A", Sentence.on_amount),  # the open slot's figure, or one waiting for its metric
        Step("growth", "G", Sentence.on_growth),  # the open slot's rate, or a new period's
        Step("share", "P", Sentence.on_pct),  # a bare percent: no slot's rate
    ), alphabet=ALPHABET),
    Phase("sentence", (
        Step("region-list", "", Sentence.list_slots),  # the places' slots, of the metric before the list
        Step("bound-list", "", Sentence.bound_list),  # 超2000亿元3个，分别是甲、乙、丙: each place passed the bound
        Step("compared-place", "", Sentence.compared_slots),  # 分别高于全省(6.3%)、金华(6.7%)
        Step("parts-of-total", "", Sentence.parts_of_total),  # 其中… after a total of another kind
        Step("parts-summed", "", Sentence.parts_summed),  # 一、二、三产业增加值达到…: their sum, the GDP
        Step("share", "", Sentence.apply_shares),  # 均占全市1/3: a share of a larger whole
    ), whole=True),
)


def parse_sentence(text: str, ds: DocState, state: TimeState, prev_kind: str, topic: str = "",
                   prev: Slot | None = None, whole: Slot | None = None, said: bool = False) -> Sentence:
    """Read one sentence with :data:`GRAMMAR`: its slots, with what it leaves for the next
    (``prev``: the last slot of the sentence before, when it gave facts; ``whole``: the slot of the whole
    whose parts that sentence gave, when it gave only parts; ``said``: the topic is one a sentence before
    announced, not a heading's)."""
    sentence = Sentence(text, ds, state, prev_kind, topic, prev, said)
    sentence.whole = whole
    sentence.fired = apply(GRAMMAR, letters(sentence.toks), sentence)
    sentence.leave()
    return sentence

"""A sentence's tokens: times, places, metrics, amounts, growth phrases and bare percents.

Each token has a kind, and each kind one letter (:data:`LETTERS`); the grammar's patterns
(:mod:`indicators.rules.grammar`) are regular expressions over a sentence's letters.  Where
two tokens overlap, the kind found first wins: time, metric, growth, pct, amount, place.

>>> from ..ingest.documents import make_document
>>> ds = DocState(make_document("text", "", region="平湖"), None, "平湖")
>>> found = tokenize(SentenceText("上半年,全市实现生产总值385.12亿元,增长5.7%"), ds)
>>> letters(found.toks), [found.text[t.start:t.end] for t in found.toks]
('TRMAG', ['上半年', '全市', '生产总值', '385.12亿元', '增长5.7%'])
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from ..base.gates import holds_any, needs
from ..base.regions import (WORD_PATTERN, ends_with_name, glued_name, glued_start, home_entry, lookup, mask_names,
                            names_in, names_overlapped, own_common_place, city_among_cities)
from ..base.tables import ALIASES, METRICS, REGION_WORDS, RENAMED_REGIONS, SCOPE_WORDS, ZONES, function_words
from . import lexicon as L
from .clauses import SentenceText
from .numbers import AMOUNT, NUMBER, PERCENT, amounts_in, parse_number, percent_value, percents_in
from .periods import TIME, may_hold_time, time_expr
from .timeline import DocState

LETTERS = {"time": "T", "region": "R", "metric": "M", "amount": "A", "growth": "G", "pct": "P"}


class Token(NamedTuple):
    """A token: where it is printed, its kind and its value (a TimeExpr, an alias, a match …)."""

    start: int
    end: int
    kind: str  # time | region | metric | amount | growth | pct
    value: "object"  # (quoted: mypyc looks a NamedTuple's bare annotation up among the module's names)


class Rate(NamedTuple):
    """A growth rate and where it is printed in the sentence."""

    value: float
    start: int
    end: int


@dataclass(slots=True)
class GrowthTok:
    """A growth phrase with one or more rates (分别增长5.4%、7.7%)."""

    start: int
    end: int
    rates: list[Rate]
    region: str = ""
    prior: Rate | None = None  # 从1.8%回升至6.1%: the rate it moved from (an earlier period's)
    prior_when: tuple[int, int] | None = None  # where that earlier period is named (从2023年的…)
    base_year: int | None = None  # 比2018年增长…: the year it is a growth from
    over_years: bool = False  # 五年翻了一番: a growth over the years counted before it, from no year named

    @property
    def values(self) -> list[float]:
        return [r.value for r in self.rates]


class Tokens(NamedTuple):
    """A sentence's tokens by start, and the marks the tokenizer left for the rules."""

    text: str
    toks: list[Token]
    split_spans: frozenset[tuple[int, int]]  # metric names a verb splits (第二产业实现增加值)
    ranked_at: frozenset[int]  # where a ranking title's metric stands before a place's figure


_as_token = tuple.__new__  # a found tuple as a Token (Token._make's work, in C: no Python frame)


def letters(toks: list[Token]) -> str:
    """The tokens' kinds, one letter each: the string the grammar's patterns read."""
    return "".join(LETTERS[t.kind] for t in toks)


def _times(text: str) -> list[Token]:
    """The sentence's times: not a price basis's year (按2020年价格), nor a plan's (完成年度计划的…)."""
    return [(m.start(), m.end(), "time", t) for m in (TIME.finditer(text) if may_hold_time(text) else ())  # type: ignore[misc]
            if (t := time_expr(m)) is not None and not (t.year and L.PRICE_BASE.match(text, m.end()))
            and not _plans_year(text, m) and not _noted_time(text, m)]


_NOTE_OPEN = re.compile(r"\([^()。;,]{0,8}$")  # (部分县为: a bracket opened before a time, with the words before it


def _noted_time(text: str, m: re.Match) -> bool:
    """Whether a time stands in a note in brackets right after another time (一季度(4月数据暂不全)的固投增速,
    上半年(部分县为1-5月数据): the note's, no time of the figures; not a gloss of the period, 上半年(1-6月)).

    >>> t = "一季度(4月数据暂不全)的增速"
    >>> _noted_time(t, TIME.search(t, 3)), _noted_time("上半年(1-6月)增长", TIME.search("上半年(1-6月)增长", 3))
    (True, False)
    """
    s = m.start()
    if s < 2 or "(" not in text[max(0, s - 9):s] or (opened := _NOTE_OPEN.search(text, max(0, s - 9), s)) is None:
        return False
    close = text.find(")", m.end())
    if close < 0 or "(" in text[m.end():close] \
            or sum("\u4e00" <= c <= "\u9fff" for c in text[opened.start() + 1:s] + text[m.end():close]) < 2:
        return False  # (上半年(1-6月): a gloss, no note)
    at = opened.start()
    return any(t.end() == at for t in TIME.finditer(text, max(0, at - 12), at))


def _plans_year(text: str, m: re.Match) -> bool:
    """Whether a time is the year of the plan it names (完成年度计划的…, 全年目标任务): no time of a figure."""
    p = L.PLAN_OF_THE_YEAR.match(text, m.start())
    return p is not None and p.end() == m.end()


def _kept(found: list[Token]) -> list[Token]:
    """The tokens that no token before them in ``found`` overlaps, as Tokens in the text's order."""
    taken, toks = 0, []  # taken: a bit per character that a kept token covers
    for tok in found:
        span = ((1 << (tok[1] - tok[0])) - 1) << tok[0]
        if not taken & span:
            toks.append(tok if type(tok) is Token else _as_token(Token, tok))
            taken |= span
    toks.sort(key=attrgetter("start", "end"))  # (a token of no width first: 海盐县…,增幅为5.1%)
    return toks


def tokenize(st: SentenceText, ds: DocState, topic: str = "") -> Tokens:
    """The sentence's tokens; ``topic`` is a heading's metric for a sentence that names none."""
    text = st.text
    found: list[Token] = _times(text)
    if "、" in text:
        found += shared_period_items(text, found)
    named = [(m.start(), m.end(), "metric", m.group()) for m in L.METRIC.finditer(text)] + _signed_projects(text)
    found += [t for t in named if (not t[3].endswith(L.VERB_ENDS) or t[1] not in {u[0] for u in named})  # type: ignore[misc]
              and (t[3] not in L.WHOLE_ONLY or L.RATE_FOLLOWS.match(text, t[1]) is not None)]
    # (民营经济实现增加值: a name that ends with a verb, right before another metric's name, is no metric)
    percents = with_dropped_marks(text, found_pcts) if (found_pcts := percents_in(text)) else found_pcts
    growths = growth_tokens(st, percents)
    found += [(g.start, g.end, "growth", g) for g in growths]  # type: ignore[misc]
    rated = {r.start for g in growths for r in g.rates if r.start < g.start}  # (6.8%的社零增速: read after 社零)
    found += [(m.start(), m.end(), "pct", m) for m in percents if m.start() not in rated]  # type: ignore[misc]
    found += _amounts(text)
    if "个" in text and (views := [m.span() for pattern in (L.BY_REGION, L.AMONG_COUNTED) for m in pattern.finditer(text)]):
        # 从6个旗县市增速看, 在全省90个县中排名…: a count of the places a breakdown (or a rank) goes through: no figure
        found = [t for t in found if t[2] != "amount" or not any(a <= t[0] < b for a, b in views)]
    if "分别" in text or "依次" in text:
        found += shared_unit_amounts(text, found)
        bounds = [m.span() for m in L.LIST_BOUND.finditer(text)  # 位于1000亿元至1500亿元之间，分别为…
                  if any(t[0] >= m.end() and t[2] in ("amount", "growth", "pct") for t in found)]
        # (突破一万亿，分别是广州、深圳…: places with no figures after it, each of which passed it)
        if bounds:
            found = [t for t in found if t[2] != "amount" or not any(a <= t[0] < b for a, b in bounds)]
    if near := _bounds(text):
        found = [t for t in found if t[2] != "amount" or not any(a <= t[0] < b for a, b in near)]
    words = [(m.start(), m.end(), "region", m.group()) for m in WORD_PATTERN.finditer(text)]
    hosted = {i for m in L.HOST_WORD.finditer(text) for i in range(m.start() + 1, m.end())}  # 投资中, 区域合作
    places = _places(text, hosted, ds.home)
    found += _words_not_begun(words, places, text)  # type: ignore[arg-type]
    if "国家统计局" in text:  # 国家统计局:…增长3.6%: the nation's (not 国家统计局宁波调查队)
        found += [(m.start(), m.end(), "region", "全国") for m in L.NATIONAL_BUREAU.finditer(text)]  # type: ignore[misc]
    found += places  # type: ignore[arg-type]
    found = _list_counts_dropped(found, text) if "个" in text else found  # 从江、岑巩、麻江3个县分别为…
    found = _place_before_metric(found, text)  # 邹城市居民人均可支配收入: 邹城市 and 居民人均可支配收入
    at = _leading_qi(text)
    if at >= 0 and text[at + 1:at + 2] not in _NOT_ANAPHORA and (place := _antecedent(ds)):
        found.append(Token(at, at + 1, "region", place))  # 合肥经济…一枝独秀!其…财政收入达到729.3亿元: 合肥's
    found += _anaphora(text, ds, found, topic)
    toks = _home_zone(_listed_zones(_glued_places(_kept(_pruned(found, text))), text), text, ds.home)
    if "在" in text:
        toks = _place_frames(toks, text)
    toks, split_spans = split_metrics(st, toks)
    toks = lead_items(st, toks)  # 实际利用内资30.2亿元、外资381万美元
    if ("分别" in text or "均" in text) and any(c in text for c in _HEAD_JOINERS):  # (what head_items reads ends in one)
        toks = head_items(st, toks)
    if "最" in text and any(t.kind in ("growth", "pct") for t in toks):  # (the ranking's superlative)
        toks = _metric_before_rate(text, toks)
    toks = _economy_rate(text, toks) if L.ECONOMY_WORD in text or "投资" in text or "消费" in text else toks  # 全省经济增长8.0%
    ranked_at: set[int] = set()
    if topic and _topic_first(text, toks) and not _other_subject(text, toks):
        toks.insert(0, Token(0, 0, "metric", topic))  # the heading's metric stands before the sentence
    else:
        toks = colon_item(text, ds, ranked_places(text, ds, toks, ranked_at), ranked_at)
    return Tokens(text, toks, frozenset(split_spans), frozenset(ranked_at))


def _place_before_metric(found: list, text: str) -> list:
    """邹城市居民人均可支配收入, 诸城市居民…: a place's name that runs into a metric's name found over it (城市居民…)
    keeps its characters when the rest of the metric's name is a metric's name of its own (居民人均可支配收入): the
    place and that shorter metric, not the longer metric with the place cut (not 全市城市居民…, 温州市城市居民…,
    where no place runs into the metric; not 盐城镇…, where the rest, 镇居民…, is no metric's name).

    >>> f = [(5, 16, "metric", "城市居民人均可支配收入"), (4, 7, "region", "邹城市")]
    >>> _place_before_metric(f, "2023邹城市居民人均可支配收入")
    [(7, 16, 'metric', '居民人均可支配收入'), (4, 7, 'region', '邹城市')]
    """
    ends = {t[1]: t[0] for t in found if t[2] == "region"}
    if not ends:
        return found
    out = []
    for t in found:
        cut = next((e for e, s in ends.items() if s < t[0] < e < t[1]), -1) if t[2] == "metric" else -1
        if cut >= 0 and isinstance(t[3], str) and L.METRIC.fullmatch(text, cut, t[1]):
            t = (cut, t[1], "metric", text[cut:t[1]])
        out.append(t)
    return out


def _list_counts_dropped(found: list, text: str) -> list:
    """从江、岑巩、麻江3个县分别为…: the count of the places a list just named is no figure (not 3个区级项目, a
    level's things; not 甘肃省58个县实现…, one place's counted places, whose figure is theirs)."""
    ends = {t[1] for t in found if t[2] == "region" and t[0] and text[t[0] - 1] in L.JOINERS}
    return [t for t in found if t[2] != "amount" or t[0] not in ends
            or (c := L.COUNTED_PLACES.match(text, t[0])) is None or text.startswith("级", c.end())]


def _place_frames(toks: list[Token], text: str) -> list[Token]:
    """在江苏,昆山GDP…, 在浙江,义乌…: a place after 在 and before a comma, right before a place inside it, is where
    the next place stands (a frame), no place with the figures after it: its token is dropped (not 在江苏,南京…
    with 南京 a city of 江苏 read as a list of the two).

    >>> [t.value for t in _place_frames([Token(1, 3, "region", "江苏"), Token(4, 6, "region", "昆山")], "在江苏,昆山GDP")]
    ['昆山']
    >>> [t.value for t in _place_frames([Token(1, 3, "region", "江苏"), Token(4, 6, "region", "杭州")], "在江苏,杭州GDP")]
    ['江苏', '杭州']

    So is a whole region word after 在 that the subject led in (该县在全市率先完成投资36.2亿元, 率先在全省…): the
    field it was first in, no place of the figures.

    >>> [t.value for t in _place_frames([Token(0, 2, "region", "该县"), Token(3, 5, "region", "全市")], "该县在全市率先完成")]
    ['该县']
    """
    out: list[Token] = []
    for k, t in enumerate(toks):
        if t.kind == "region" and text.startswith("全", t.start) and t.end - t.start == 2 and L.field_word(text, t.start, t.end):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.kind == "region" and nxt is not None and nxt.kind == "region" and text.endswith("在", 0, t.start) \
                and text[t.end:nxt.start] == "," and (outer := lookup(str(t.value))) is not None \
                and outer.level in ("province", "city") and str(t.value) not in REGION_WORDS \
                and (inner := lookup(str(nxt.value))) is not None and outer.name in (inner.parent, inner.province):
            continue
        if t.kind == "region" and out and out[-1].kind == "region" and text[out[-1].end:t.start] == "在" \
                and _holds(str(t.value), str(out[-1].value)):
            continue  # 天长市在安徽省的经济排名…: the province the place stands in, no place of the figures
        out.append(t)
    return out


def _holds(outer_name: str, inner_name: str) -> bool:
    """Whether ``outer_name`` is a province or city that holds the place ``inner_name`` (安徽, 天长).

    >>> _holds("安徽", "天长"), _holds("浙江", "天长")
    (True, False)
    """
    outer, inner = lookup(outer_name), lookup(inner_name)
    return outer is not None and inner is not None and outer.level in ("province", "city") \
        and outer_name not in REGION_WORDS and outer.name in (inner.parent, inner.province)


def _economy_rate(text: str, toks: list[Token]) -> list[Token]:
    """全省经济增长8.0%, 海口经济同比增长7.2%, 衢州市的经济增速达10.6%: a place (or a region word) right before 经济
    (or its 的) and a growth of no metric right after it: the rate of the place's GDP (a metric of no width before the
    growth; 衢州经济的增速); likewise a place's bare 投资 or 完成投资 (雄安新区全年完成投资同比增长…: its fixed-asset
    investment, a time allowed between them).  (民营经济, 全县的数字经济, 经济增长目标, 民间投资: no place right before
    the word, or no rate after it.)

    >>> t = _economy_rate("一季度全省经济增长8.0%", [Token(3, 5, "region", "全省"), Token(7, 14, "growth", None)])
    >>> [(x.start, x.kind, x.value) for x in t if x.kind == "metric"]
    [(7, 'metric', '地区生产总值')]
    """
    out = list(toks)
    for i, place in enumerate(toks[:-1]):
        after, nxt = place.end, toks[i + 1]  # (雄安新区全年完成投资…: the place's time between it and the word)
        if nxt.kind == "time" and nxt.start == after and i + 2 < len(toks):
            after, nxt = nxt.end, toks[i + 2]
        if place.kind == "region" and nxt.kind == "growth" and (eco := L.ECONOMY_OF.match(text, after)) \
                and (gap := L.ECONOMY_RATE_GAP.fullmatch(text, eco.end(), nxt.start)) \
                and (gap.group() or eco.group("word") not in L.BASIS_BOUND_WORDS) \
                and L.SINCE_WORD not in text[max(0, place.start - 6):place.start]:  # (今年以来，全县经济增长…: no
            # period a GDP is counted for)
            out.append(Token(nxt.start, nxt.start, "metric", L.PLACE_RATE_WORDS[eco.group("word")]))
    if L.ECONOMY_WORD in text:
        out += _economy_alone(text, out)
    if "投资" in text or "消费" in text:
        out += _field_in_run(text, out)
    out.sort(key=attrgetter("start", "end"))
    return out


def _field_in_run(text: str, toks: list[Token]) -> list[Token]:
    """规上工业增加值增长13.8%，投资增长21.3%，消费增长13.5%: a bare 投资 or 消费 opening a clause right after a
    rate, with its own rate right after it, is the fixed-asset investment or the retail sales of the run of
    indicators (a metric token over the word).  (项目投资增长…, 投资增长较快, 投资拉动…: glued to a word before it,
    no rate after it, or no rate before it: no metric.)

    >>> t = _field_in_run("增加值增长8%,投资增长6%", [Token(0, 3, "metric", "工业增加值"), Token(3, 7, "growth", None),
    ...                    Token(10, 14, "growth", None)])
    >>> [(x.start, x.end, x.value) for x in t]
    [(8, 10, '固定资产投资')]
    """
    out: list[Token] = []
    for m in L.RUN_FIELD.finditer(text):
        s, e = m.span()
        before = [t for t in toks if t.end <= s] if s and text[s - 1] in ",;" else []
        if before and max(before, key=attrgetter("end")).kind == "growth" and max(t.end for t in before) == s - 1 \
                and not any(t.kind == "metric" and t.start < e and s < t.end for t in toks) \
                and any(t.kind == "growth" and L.ECONOMY_RATE_GAP.fullmatch(text, e, t.start) for t in toks):
            out.append(Token(s, e, "metric", L.RUN_FIELD_WORDS[m.group()]))
    return out


def _economy_alone(text: str, toks: list[Token]) -> list[Token]:
    """经济增速较低的有辽宁、甘肃…, 重庆、贵州,位居其后,经济增速为10.5%、…, 五个省份的经济增速都超过了10%: 经济 with
    its rate word right after it and nothing glued before it (the clause's start, a time, a place, or 的 after a
    place or a set of places) names the places' GDP, whether or not the rate follows at once (a metric over the word,
    when no other metric token stands there).  (民营经济, 数字经济, 县域经济增速, 今年以来经济增长…: a modifier glued
    before it, or a run up to now: no metric.)

    >>> [(t.start, t.end) for t in _economy_alone("经济增速较低的有辽宁", [Token(8, 10, "region", "辽宁")])]
    [(0, 2)]
    >>> _economy_alone("民营经济增速为8%", []), _economy_alone("全省县域经济增速为8%", [Token(0, 2, "region", "全省")])
    ([], [])
    """
    out: list[Token] = []
    ends = {t.end: t.kind for t in toks if t.kind in ("time", "region")}
    for m in L.ECONOMY_ALONE.finditer(text):
        s = m.start()
        if any(t.kind == "metric" and s <= t.start <= m.end() + 4 for t in toks) \
                or L.SINCE_WORD in text[max(0, s - 8):s]:
            continue  # (衢州经济增速…: the place's rate, read above; 今年以来经济增长…: no period)
        if s == 0 or text[s - 1] in L.ECONOMY_OPENERS or s in ends \
                or text[s - 1] == "的" and (ends.get(s - 1) == "region" or L.PLACE_SET_END.search(text, 0, s)):
            out.append(Token(s, m.end(), "metric", L.PLACE_RATE_WORDS[L.ECONOMY_WORD]))
    return out


def _pruned(found: list, text: str) -> list:
    """The found tokens but those a growth's basis, a nominal figure or an aside holds, with a place's note of
    the zones it leaves out read into the place."""
    found = _basis_inside_growth(found, text)
    if "价" in text or "名义" in text:
        found = _drop_nominal(found, text)
    found = _outside_asides(found, text)  # 在去年增长17.5%的高基数基础上; 惠安县(含台商投资区)
    if "(" in text and "、" in text and any(w in text for w in L.INCLUSION_OPENS):
        found = _noted_listed_places(found, text)  # 儋州(含洋浦)、海口、三亚分别…
    if "(" in text and any(w in text for w in L.EXCLUSION_GOVERNS):
        found = _excluded_places(found, text)  # 武进区(不含经开区,下同)
    return found


def _outside_asides(found: list, text: str) -> list:
    """The tokens outside a base phrase (在去年增长17.5%的高基数基础上: nothing inside it is the sentence's
    own) and outside a note of what a place's figure covers ((含台商投资区): no place of its own) or of the
    threshold a metric counts from ((500万元以上项目): no figure of its own)."""
    spans = [m.span() for m in L.BASE_PHRASE.finditer(text) if not L.earlier_rate_base(m.group())] if "基" in text else []
    # (在一季度增长7.9%的基础上: an earlier period's own rate, kept)
    if "(" in text and any(w in text for w in L.INCLUSION_OPENS):
        spans += [m.span() for m in L.INCLUSION_NOTE.finditer(text)]
    if "(" in text and "以上" in text:
        spans += [m.span() for m in L.THRESHOLD_NOTE.finditer(text)]
    if "的" in text and ("比" in text or "较" in text):  # 比疫情前全市外贸最好的2019年: the compared year's modifier
        spans += [m.span() for m in L.BASE_MODIFIER_SPAN.finditer(text)]
    if any(w in text for w in L.APPOSITION_CLAUSE_WORDS):
        spans += _apposition_clauses(found, text)  # 德令哈市作为全州经济的重要支撑,: the place's description
    return [t for t in found if not any(a <= t[0] and t[1] <= b for a, b in spans)] if spans else found


def _apposition_clauses(found: list, text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that describe the place right before them (格尔木市和德令哈市作为全州经济发展的
    重要支撑,分别增长…): what they name is the description's, no token of the sentence.

    >>> _apposition_clauses([(0, 4, "region", "德令哈市"), (6, 8, "region", "全州")], "德令哈市作为全州的支撑,增长9%")
    [(4, 11)]
    """
    ends = {t[1] for t in found if t[2] == "region"}
    return [m.span() for m in L.APPOSITION_CLAUSE.finditer(text) if m.start() in ends]


def _noted_listed_places(found: list, text: str) -> list:
    """儋州(含洋浦)、海口、三亚分别进出口…: a listed place followed by a note of what its figure takes in is one
    place token through the note, so that the list runs on to the next place (a place alone keeps its token).

    >>> _noted_listed_places([(0, 2, "region", "儋州"), (8, 10, "region", "海口")], "儋州(含洋浦)、海口")
    [(0, 7, 'region', '儋州'), (8, 10, 'region', '海口')]
    """
    ends = {m.start(): m.end() for m in L.INCLUSION_NOTE.finditer(text) if text.startswith("、", m.end())}
    return [(t[0], ends[t[1]], *t[2:]) if t[2] == "region" and t[1] in ends else t for t in found]


_ZONE_WORDS = tuple(ZONES)  # 经开区, 高新区 …: the zones a place's statistics may leave out and still be its own
_ITEM_JOIN = re.compile("[" + L.JOINERS + "]")  # (what parts the items of the note)


def _zone_item(word: str) -> bool:
    """Whether a word a place's note leaves out names a development zone: by its zone word (经开区), or as the short
    name of a zone the gazetteer lists (万盛, 万盛经济技术开发区: 綦江区(不含万盛)).

    >>> _zone_item("经开区"), _zone_item("万盛"), _zone_item("溧阳市")
    (True, True, False)
    """
    if word.endswith(_ZONE_WORDS):
        return True
    entry = lookup(word)
    return entry is not None and entry.name.endswith(_ZONE_WORDS)


def _excluded_places(found: list, text: str) -> list:
    """武进区(不含经开区,下同)规上工业…, 全区(不包括高新区和经开区)…: a place followed by a note of the development
    zones (vocab/zones.csv) its figures leave out is one place token through the note: its own figures as its
    statistics count them (the zones left out name no place of the sentence; the exclusion word makes no part of
    the whole), also when the zone left out is named by its gazetteer short form (綦江区(不含万盛)).  A note that leaves out anything else (a county, 全市(不含溧阳市); 不含房地产开发投资) stays as it was.

    >>> f = [(0, 3, "region", "武进区"), (6, 9, "region", "经开区"), (13, 17, "metric", "规上工业")]
    >>> _excluded_places(f, "武进区(不含经开区,下同)规上工业")
    [(13, 17, 'metric', '规上工业'), (0, 13, 'region', '武进区')]
    """
    places = {t[0]: t[1] for t in found if t[2] == "region"}
    for m in L.PLACE_EXCLUSION_NOTE.finditer(text):
        place = next((t for t in found if t[2] == "region" and t[1] == m.start()), None)
        at, end = m.start("places"), m.end("places")
        while at < end:  # (the places left out, 、/和/及/与 between them)
            at = places[at] if at in places else at + 1 if text[at] in L.JOINERS and at > m.start("places") else end + 1
        if place is not None and at == end and all(map(_zone_item, _ITEM_JOIN.split(m.group("places")))):
            found = [t for t in found if t is not place and not m.start() <= t[0] < m.end()] \
                + [(place[0], m.end(), "region", place[3])]
    return found


def colon_item(text: str, ds: DocState, toks: list[Token], ranked_at: set[int]) -> list[Token]:
    """肥东县:703.4亿元。: a sentence that names no metric and opens with a place, a colon and an amount of
    money ending its clause is an item of a list of the metric the text named last before it (…GDP最高的
    十个县域分别是:); a metric token of no width stands before its figure (its position goes to ``ranked_at``)."""
    if ":" not in text[2:8] or len(toks) < 2 or any(t.kind == "metric" for t in toks):
        return toks  # (a short place, then its colon: else no item)
    place, fig = toks[0], toks[1]
    if place.kind != "region" or place.start != 0 or place.value in REGION_WORDS or fig.kind != "amount" \
            or fig.start != place.end + 1 or text[place.end] != ":" or not _money_printed(fig.value) \
            or text[fig.end:fig.end + 1] not in ("", "。", ",", ";"):
        return toks
    named = [m.group() for m in L.METRIC.finditer(ds.text, max(0, ds.pos - _ITEM_LOOKBACK), ds.pos)]
    if not named or len(ALIASES[L.alias_of(named[-1])].metrics) != 1:
        return toks
    ranked_at.add(fig.start)
    return [place, Token(fig.start, fig.start, "metric", named[-1]), *toks[1:]]


_ITEM_LOOKBACK = 600  # characters before a list item where the metric of its list is looked for


# 分别为1310.35、1098.90和1081.33亿元: bare numbers listed after 分别/依次 before the amount whose unit they share
_SHARED_UNIT_RUN = re.compile(r"(?:分别|依次)(?:为|是|达到?|完成|实现|有)?(?:" + L.METRIC_ANAPHOR.pattern
                              + r")?:?(?P<run>(?:" + NUMBER + r"(?:、|和|及|与))+)")  # (分别完成投资47.2和11.1亿元)
_LISTED_NUMBER = re.compile(NUMBER)
# 分别为45.2亿元、38.1亿元、27和19.6亿元: bare numbers inside a list, between an amount and the amount after
# them that both print the same unit: they share it too
_MID_LIST_RUN = re.compile(r"、(?P<run>(?:" + NUMBER + r"(?:、|和|及|与))+)")


def shared_unit_amounts(text: str, found: list) -> list:
    """The amount tokens of bare numbers that share the unit of the amount after them.

    >>> t = "三次产业增加值分别为41.0、38.6和170.4亿元"
    >>> last = AMOUNT.search(t, t.index("170.4"))
    >>> [(t[s:e], m.group()) for s, e, _, m in shared_unit_amounts(t, [(last.start(), last.end(), "amount", last)])]
    [('41.0', '41.0亿元'), ('38.6', '38.6亿元')]
    """
    out = []
    for s, _, kind, m in found:
        if kind != "amount" or not m.group("unit") and not m.group("mag"):
            continue
        tail = text[m.end("num"):m.end()]  # the magnitude and unit the numbers share
        run = next((r for r in _SHARED_UNIT_RUN.finditer(text, max(0, s - 80), s) if r.end() == s), None) \
            or _mid_list_run(text, s, tail, found)
        if run is None:
            continue
        for n in _LISTED_NUMBER.finditer(text, run.start("run"), run.end("run")):
            if (shared := AMOUNT.fullmatch(n.group() + tail)) is not None:
                out.append((n.start(), n.end(), "amount", shared))
    return out


def _mid_list_run(text: str, s: int, tail: str, found: list) -> re.Match[str] | None:
    """The run of bare numbers between an amount printed with ``tail`` and the amount at ``s`` (same tail).

    >>> t = "分别为45.2亿元、38和19.6亿元"
    >>> a, b = AMOUNT.search(t), AMOUNT.search(t, t.index("19.6"))
    >>> f = [(a.start(), a.end(), "amount", a), (b.start(), b.end(), "amount", b)]
    >>> _mid_list_run(t, b.start(), "亿元", f).group("run"), _mid_list_run(t, b.start(), "万元", f)
    ('38和', None)
    """
    run = next((r for r in _MID_LIST_RUN.finditer(text, max(0, s - 40), s) if r.end() == s), None)
    if run is None or not text.endswith(tail, 0, run.start()):
        return None
    return run if any(e == run.start() and k == "amount" for _, e, k, _ in found) else None


_NOT_ANAPHORA = frozenset("中他余次它实后们")  # 其中, 其他, 其余, 其次, 其它, 其实, 其后 (它们): no place's
_PRONOUNS = function_words("pronoun")  # 其财政收入…, 它的GDP…: the place the sentence before named
_SENTENCE_END = re.compile(r"[。!?;]")


def _leading_qi(text: str) -> int:
    """Where a 其 that opens the sentence stands, also after a leading time (2025年，其以…), or -1.

    >>> _leading_qi("其财政收入…"), _leading_qi("2025年,其以5615亿元的GDP…"), _leading_qi("上半年,其中…")
    (0, 6, 4)
    >>> _leading_qi("2025年,全县…其")
    -1
    """
    if text.startswith(_PRONOUNS):
        return 0
    if "其" not in text[:16] and "它" not in text[:16] or (m := TIME.match(text)) is None:
        return -1
    at = m.end() + (text[m.end():m.end() + 2].index(",") + 1 if "," in text[m.end():m.end() + 2] else 0)
    return at if text.startswith(_PRONOUNS, at) else -1


def _antecedent(ds: DocState) -> str:
    """The place a sentence's leading 其 refers to: the first place the sentence before names, if it
    names it as no comparison (高于嘉兴平均) and no rank (居全省第二); none when that sentence names none.
    """
    before = ds.text[max(0, ds.pos - 200):ds.pos].rstrip()
    start = max((m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))), default=0)
    prev = before[start:]
    for i, name in names_in(prev):
        if not L.COMPARISON_END.search(prev[max(0, i - 3):i]) and not L.RANK_AFTER.match(prev, i + len(name)) \
                and not L.PLACE_OF_PLACE.match(mask_names(prev[i:i + 16])):  # (来自宿迁的沭阳市: 沭阳)
            return name
    return ""


_CLAUSE_OPEN = frozenset(",;:(其")  # 其 and these may stand right before a metric's stand-in word


def _amounts(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """The amount tokens: a number with a magnitude or a unit; not a gap in points, a duration (连续4个月)
    or the bound naming a class of places (百亿元区县)."""
    return [(m.start(), m.end(), "amount", m) for m in amounts_in(text)
            if m.group("mag", "unit") != (None, None) and not text.startswith("百分点", m.end())
            and not (m.group("unit") == "个" and text.startswith("月", m.end()))
            and not (m.group("mag") and L.PLACE_CLASS.match(text, m.end()))
            and not _lost_digits(text, m.start())]


def _lost_digits(text: str, start: int) -> bool:
    """生产总值.44亿: a figure whose digits before the point were lost (a damaged page) is no figure.

    >>> _lost_digits("总值.44亿", 3), _lost_digits("总值1.44亿", 4), _lost_digits(".44亿", 1)
    (True, False, True)
    """
    return start >= 1 and text[start - 1] == "." and (start < 2 or not text[start - 2].isdigit())


_VERB_BEFORE = re.compile(r"(?:分别|均|也)?(?P<verb>(?:累计|共|全年)?(?:完成|实现)了?)$")  # 阳城县完成投资…: a place's verb


_RATE_GATE = "".join(sorted(L.RATE_WORD_ENDS | set("速幅率")))  # one of these is in a text either test below finds


def _anaphora(text: str, ds: DocState, found: list[Token], topic: str) -> list[Token]:
    """Metric tokens for the words that stand for a metric named before them (none in a sentence under
    a heading's metric, which is the sentence's)."""
    out: list[Token] = []
    if (not topic or "项目" in text) and L.METRIC_ANAPHOR.search(text):
        out += _metric_anaphora(text, ds, found, bool(topic))  # 其2023年金额达到936.2亿元: GDP's, named before
        # (under a heading, only after a metric's projects counted: 工业投资项目22个，投资下降…)
    if "其中" in text and "规" in text:
        out += _size_parts(text, found)  # 工业增加值…，其中，规上企业增长10.2%: the above-size industry's
    if not topic and any(map(text.__contains__, _RATE_GATE)) \
            and (L.RATE_ANAPHOR.search(text) or ("速" in text or "幅" in text or "率" in text)
                 and L.RATE_AFTER_PLACE.search(text)):  # (烟台增速为5.9%: a place's rate opening the sentence)
        out += _rate_anaphora(text, ds, found + out)  # 温岭市…，其增速达到了6.2%: the rate of the metric named before
    return out


def _metric_anaphora(text: str, ds: DocState, found: list[Token], projects_only: bool = False) -> list[Token]:
    """Metric tokens for the words that stand for the metric named last (总量, 金额: vocab/
    metric_anaphora.csv), where one opens a clause, or follows 其, a time or a place, and its clause
    names no metric before it: the metric named last before it in the sentence, or else in the
    paragraph's text before the sentence.  After another noun (项目总金额, 投资金额) the word is that
    noun's, and stands for nothing; opening a clause after its metric's figures (…1122.77亿元，总量居全省
    第3位) it is a remark on them.

    >>> from ..ingest.documents import make_document
    >>> ds = DocState(make_document("text", "", region="湖州"), None, "湖州")
    >>> text = "长兴县GDP超900亿元,其2023年金额达到了936.2亿元,技改投资总金额56亿元"
    >>> [(text[t.start:t.end], t.value) for t in tokenize(SentenceText(text), ds).toks if t.kind == "metric"]
    [('GDP', 'GDP'), ('金额', 'GDP')]
    """
    ends = {t[1] for t in found if t[2] in ("time", "region")}
    ends |= {m.end() for t in found if t[2] == "region" and (m := L.OPEN_LIST_END.match(text, t[1]) or  # 徐州等城市总量
                                                           L.COUNTED_PLACES.match(text, t[1]))}  # 鹿城、瓯海和龙湾三区总量
    projects = _projects_counted(text, found, ends) if "项目" in text else set()
    ends |= projects
    metrics = sorted((t[0], t[3]) for t in found if t[2] == "metric")
    figures = [t[0] for t in found if t[2] in ("amount", "growth", "pct")]
    amounts = [t[0] for t in found if t[2] == "amount" and text[t[1] - 1] != "个"]  # (1个、0.2个百分点: no level)
    out: list[Token] = []
    for m in L.METRIC_ANAPHOR.finditer(text):
        at = m.start()
        if "以上" in text and m.group() in L.TAIL_ANAPHORA and (opening := _after_threshold(text, at)) is not None:
            out.append(Token(opening, m.end(), "metric", L.THRESHOLD_ALIAS))
            continue
        if text.startswith("累计", at - 2) and (at - 2 in ends or _opens_clause(text, at - 2) and not (
                out and not any(map(str.isdigit, text[out[-1].end:at])))):
            at -= 2  # (其)2024年前8月累计金额达到…: a running total's word after a time, or opening its clause (not
            # right after another stand-in word with no figure: 永康市总量相对较高,累计金额达到…, one phrase)
        elif m.group() in L.TAIL_ANAPHORA and text.endswith(L.TAIL_VERBS, 0, at) and at - 2 in ends:
            at -= 2  # 1-5月沈阳市完成投资658.9亿元: the verb between the place or time and the word
        elif (verb := _VERB_BEFORE.search(text, max(0, at - 8), at)) is not None and verb.start() in ends:
            at = verb.start("verb")  # 阳城县累计完成投资25.3亿元, 婺城区和金东区分别完成投资…: after a place's verb
            ends.add(at)
        if not _opens_clause(text, at) and at not in ends and not _led_clause(text, at) \
                or projects_only and at not in projects or L.SUPERLATIVE_OF_CLASS.match(text, m.end()):
            continue  # (…,是全市总量最大的区: the class a place tops, no figure of the metric)
        clause = max(text.rfind(c, 0, at) for c in ",;:(") + 1
        last = next(((start, name) for start, name in reversed(metrics) if start < at), None)  # named last
        if last is None and at not in ends and _thing_level_before(text, at, amounts):
            continue  # 我县铁合金产量77.11万吨,…,用电量30.24亿千瓦时: the product's makers' use, no metric of ours
        if last and (last[0] >= clause or at not in ends and text[at - 1] != "其"
                     and any(last[0] < f < at for f in figures) and not _own_level(text, m.end(), last[0], amounts)):
            continue  # the clause's own metric; or 财政总收入1122.77亿元,…,总量均居全省第3位: a remark on its figures
        name = last[1] if last else _metric_before(ds, leveled=any(a > at for a in amounts))
        word = m.group()
        if word in L.TAIL_ALONE and not (name and _tail_of(name, word)) \
                and not _thing_of_word(text, word, None, at, ends):
            name = L.TAIL_ALONE[word]  # 全市用电量…, 1-6月,用电量…: no metric before ends with it (全社会用电量)
        elif name and word in L.TAIL_ANAPHORA and (at not in ends and not _rated_level(text, at, m.end(), last, amounts)
                                                   or not _tail_of(name, word)
                                                   or _thing_of_word(text, word, last, at, ends)):
            continue  # 江苏投资…: 投资 stands for 固定资产投资 named last, not for 规上工业增加值; nor for it
            # after another thing of the same word (制造业用电量…，其中11月用电量…: the manufacturers')
        if name:
            out.append(Token(at, m.end(), "metric", name))
    return out


def _thing_level_before(text: str, at: int, amounts: list[int]) -> bool:
    """Whether a level stands before ``at`` in its clause group (after the last ;) while no metric is named
    before it in the sentence: a thing of its own measured there (a product's 产量, a crop's 销量), whose
    measures the clauses after it go on listing, so a bare word opening one (用电量, 总量) is that thing's.

    >>> _thing_level_before("全县原煤产量145.6万吨,增长6.2%,用电量2.1亿千瓦时", 21, [6, 24])
    True
    >>> _thing_level_before("全县水泥产量108万吨,增长3.3%;用电量9.8亿千瓦时", 19, [6, 22])
    False
    """
    group = text.rfind(";", 0, at) + 1
    return any(group <= a < at for a in amounts)


def _after_threshold(text: str, at: int) -> int | None:
    """全县500万元以上项目投资完成…, 城镇500万元以上项目完成投资…: a tail word (投资) right after the reporting
    threshold of the investment statistic (vocab: lexicon.INVESTMENT_THRESHOLD), a verb between or none, stands
    for the whole fixed-asset investment: where its words start (the verb's start), else None (not 5000万元以上
    项目完成投资, 亿元以上项目投资: a class of large projects).

    >>> [_after_threshold(t, t.rindex("投资")) for t in ("全县500万元以上项目完成投资", "全县亿元以上项目投资")]
    [11, None]
    """
    end = next((at - len(v) for v in L.TAIL_VERBS if text.endswith(v, 0, at)), at)
    end -= 2 if text.endswith("累计", 0, end) else 0  # (500万元以上项目累计完成投资)
    return end if L.INVESTMENT_THRESHOLD.search(text, max(0, end - 24), end) is not None else None


def _signed_projects(text: str) -> list[Token]:
    """The signed projects named with their examples or their count between 签约 and 项目: a metric token
    of the count's alias up to the count, which follows it as the slot's figure.

    >>> [(t.start, t.end, t.value) for t in _signed_projects("共签约18个项目,新签约光伏、储能等重点项目5个,签约仪式上")]
    [(1, 3, '签约项目'), (10, 22, '签约项目')]
    """
    return [Token(m.start(), m.end(), "metric", L.SIGNED_COUNT_ALIAS) for m in L.SIGNED_PROJECTS.finditer(text)
            if m.end() > m.start() + 2 or text[m.end():m.end() + 1].isdigit()] if "签约" in text else []


# 工业投资项目22个, 在统固定资产投资项目86个: the projects of a metric counted, closing their clause
_PROJECTS_COUNTED = re.compile(r"项目(?:共|有)?\d+个,\s*")
_PROJECT_POOL = re.compile(r"(?:在统|在库|入统|入库|全部)?")  # words before the metric that keep its projects all


def _projects_counted(text: str, found: list[Token], ends: set[int]) -> set[int]:
    """Where a clause that counts all the projects of a metric (工业投资项目22个,) ends: a place its
    investment word (投资下降21.1%) stands for that metric after, as after a time or a place; not the
    projects of a part (重点工业投资项目…, 亿元以上项目…)."""
    out = set()
    for m in _PROJECTS_COUNTED.finditer(text):
        metric = next((t for t in found if t[2] == "metric" and t[1] == m.start()), None)
        if metric is None:
            continue
        clause = max(text.rfind(c, 0, metric[0]) for c in ",;:(") + 1
        lead = max([clause] + [e for e in ends if clause <= e <= metric[0]])
        if _PROJECT_POOL.fullmatch(text, lead, metric[0]):
            out.add(m.end())
    return out


def _size_parts(text: str, found: list[Token]) -> list[Token]:
    """Metric tokens for a size class named alone after 其中 (规上企业, 规模以上工业: vocab/metric_anaphora.csv,
    stands_for size) before its growth or verb: the above-size alias of the whole-industry metric named
    last before it in the sentence (工业增加值 → 规上工业增加值), which the conventions count, not the whole.

    >>> from ..ingest.documents import make_document
    >>> ds = DocState(make_document("text", "", region="安吉"), None, "安吉")
    >>> text = "全县完成工业增加值28.6亿元,增长9.4%,其中,规上企业增长10.2%"
    >>> [(text[t.start:t.end], t.value) for t in tokenize(SentenceText(text), ds).toks if t.kind == "metric"]
    [('工业增加值', '工业增加值'), ('规上企业', '规上工业增加值')]
    """
    out = []
    for m in L.SIZE_PART.finditer(text):
        last = max((t for t in found if t[2] == "metric" and t[1] <= m.start()), default=None, key=lambda t: t[0])
        if last is None or not ALIASES[L.alias_of(last[3])].broad:
            continue
        part = m.group("word").removesuffix("企业") + last[3]  # 规上企业 after 工业增加值: 规上工业增加值
        if part in ALIASES:
            out.append(Token(m.start("word"), m.end("word"), "metric", part))
    return out


def _thing_of_word(text: str, word: str, last: tuple[int, str] | None, at: int, ends: set[int]) -> bool:
    """Whether another thing named with ``word`` (制造业用电量) stands between the metric named last and
    ``at``: the word there glued to a noun before it, not after a place or a time (安徽投资…；江西投资),
    nor after a place's name the tokens left out (各县(市、区)、开发区投资增速…)."""
    start = last[0] + len(last[1]) if last else 0
    return any(o not in ends and o and text[o - 1] not in _CLAUSE_OPEN and not ends_with_name(text, o)
               for o in (mm.start() for mm in re.finditer(re.escape(word), text[:at])) if o >= start)


def _tail_of(name: str, word: str) -> bool:
    """Whether metric words ``name`` end with ``word``, a measure's 量 aside (全社会用电 … 用电量), and a
    total's 总额 read as 额 (社会消费品零售总额 … 零售额).

    >>> _tail_of("社会消费品零售总额", "零售额"), _tail_of("固定资产投资", "零售额"), _tail_of("固定资产投资", "投资额")
    (True, False, True)
    """
    name = name.removesuffix("量")
    return name.endswith(word.removesuffix("量")) or name.endswith("总额") and (name[:-2] + "额").endswith(word) \
        or word.endswith("额") and name.endswith(word[:-1])


def _rate_anaphora(text: str, ds: DocState, found: list) -> list[Token]:
    """Metric tokens for a 其 before a rate word (其增速, 其同比增长率: vocab/metric_anaphora.csv,
    stands_for rate) inside a sentence that names a place before it and no metric: the rate is of
    the metric named last in the paragraph before, for that place (温岭市…，2025年全年累计金额达到了
    90.86亿元。温岭市同比亦有良好表现，其增速达到了6.2%); so is a clause that opens with the rate word
    after a place named before it (金义新区却出现了下滑之势，降幅为8.0%: a token of no width).  Not a
    sentence's leading 其 (the place before it), nor after a metric of the sentence's own (GDP达到…，
    其增速…: that metric's rate).

    >>> from ..ingest.documents import make_document
    >>> doc = make_document("text", "全市出口总额8788亿元。义乌市表现抢眼，其增速达到了25.2%。", region="金华")
    >>> ds = DocState(doc, None, "金华")
    >>> ds.text, ds.pos = doc.text, doc.text.index("义乌")
    >>> [(t.start, t.value) for t in tokenize(SentenceText("义乌市表现抢眼,其增速达到了25.2%"), ds).toks if t.kind == "metric"]
    [(8, '出口总额')]
    """
    out = []
    for m in L.RATE_ANAPHOR.finditer(text):
        at, bare = m.start(), m.end() == m.start()  # bare: a clause opening with the rate word (no 其)
        before = [t for t in found if t[0] < at]
        if at == 0 or any(t[2] == "metric" for t in before) or not any(
                t[2] == "region" and not (bare and t[3] in REGION_WORDS) for t in before) \
                or _unnamed_level_before(text, before):
            continue  # (a bare rate word needs a place named before it, not 全市)
        if name := _metric_before(ds):
            out.append(Token(at, m.end(), "metric", name))
    return out + _place_rate_anaphora(text, ds, found)


def _bounds(text: str) -> list[tuple[int, int]]:
    """The spans of levels that are no figure: one neared (距离3000亿仅一步之遥), a counted group's
    bound (不足200亿元的四地中), a tier's (在Ⅰ档(产值1000亿元以上)中), a counted class's (超过20亿元的还有三地) or an
    undated milestone's (继规上工业总产值突破万亿元后)."""
    near: list[tuple[int, int]] = []
    if L.MILESTONE_FROM in text:
        near = [m.span() for m in L.MILESTONE_UNDATED.finditer(text)]
    if "离" in text or "距" in text:  # (…and breaks no chain)
        near += [m.span() for m in L.DISTANCE_TO.finditer(text)]
    if "中" in text or "里" in text:
        near += [m.span() for m in L.GROUP_BOUND.finditer(text)]
        near += [m.span() for m in L.TIER_BOUND.finditer(text)]  # 在Ⅰ档(产值1000亿元以上)中: a tier's bound
    if "的" in text:
        near += [m.span() for m in L.CLASS_BOUND.finditer(text)]
    return near


def _drop_nominal(found: list, text: str) -> list:
    """名义增长11.0%，实际增长7.8%: a rate of GDP (or a metric that grows in real terms) on a nominal basis
    gives way to one on a real basis (实际, 按不变价格计算) in the same sentence; alone it stays, and an
    income's nominal rate stays (名义增长9.0%，扣除价格因素实际增长7.4%)."""
    def before(t: tuple, pattern: re.Pattern) -> bool:
        return t[2] == "growth" and pattern.search(text, max(0, t[0] - 12), t[0]) is not None
    metrics = [t for t in found if t[2] == "metric"]
    if not metrics or not all(set(ALIASES[L.alias_of(t[3])].metrics) <= L.REAL_GROWTH for t in metrics) \
            or not any(before(t, L.REAL_BEFORE) for t in found):
        return found
    return [t for t in found if not before(t, L.NOMINAL_BEFORE)]


def _unnamed_level_before(text: str, before: list) -> bool:
    """Whether a level of a metric the tables do not know comes after the last place before a rate word
    (浙江省…市场交易总额11876亿元，同比增速为4.8%: the rate is that level's, not the metric named
    last); a count of firms or places is no such level (义乌市1200家企业表现抢眼，其增速…)."""
    places = [t[0] for t in before if t[2] == "region"]
    return any(t[2] == "amount" and t[0] > places[-1] and not L.COUNT_UNIT_END.search(text, t[0], t[1])
               for t in before) if places else False


def _place_rate_anaphora(text: str, ds: DocState, found: list) -> list[Token]:
    """而丰南增速仅为2.4%: a rate word right after a place's name (not a leading 其 standing for it), in a
    sentence that names no metric before it, is the rate of the metric named last in the paragraph before
    (a token of no width); after an average's words (从两年平均增速来看,…日照增速最快,为6.6%) it is that average.
    Under a heading that names the metric, 以8.2%的增速领跑 is the ranking rule's (ranked-place)."""
    out: list[Token] = []
    for t in found:
        if t[2] == "region" and t[3] not in REGION_WORDS and text.startswith(t[3], t[0]) \
                and (m := L.RATE_AFTER_PLACE.match(text, t[1])) and not any(o.start == t[1] for o in out) \
                and not (ds.head_alias and text.startswith("以", m.start())) \
                and not any(w in text[:t[0]] for w in L.AVERAGE_WORDS) \
                and not any(u[2] == "metric" and u[0] < t[1] for u in found) and (name := _metric_before(ds)):
            out.append(Token(t[1], t[1], "metric", name))
    return out


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``at`` is the text's start or right after a mark that opens a clause."""
    return at == 0 or text[at - 1] in _CLAUSE_OPEN


def _led_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its clause after a contrast word (，但总量仍达到…, ；而总额为…).

    >>> _led_clause("增速只有3.2%,但总量仍达到了480.5亿元", 10), _led_clause("项目但总量", 3)
    (True, False)
    """
    lead = next((w for w in L.PLACE_OPEN_LEADS if text.endswith(w, 0, at)), "")
    return bool(lead) and text[at - len(lead) - 1:at - len(lead)] in (",", ";")


def _rated_level(text: str, at: int, e: int, last: tuple[int, str] | None, amounts: list[int]) -> bool:
    """Whether a tail word opening its clause at ``at`` (ending at ``e``) gives the level of the metric
    named last, which has only rates so far (固定资产投资增长4.6%，投资额达到135.2亿元).

    >>> _rated_level("投资增长4.6%,投资额达到135.2亿元", 9, 12, (0, "投资"), [14])
    True
    >>> _rated_level("投资增长4.6%,投资额达到135.2亿元", 9, 12, None, [14])
    False
    """
    return last is not None and _opens_clause(text, at) and _own_level(text, e, last[0], amounts)


def _own_level(text: str, e: int, named: int, amounts: list[int]) -> bool:
    """Whether the word ending at ``e`` holds a level in its own clause while the metric named at
    ``named`` has only rates so far (GDP增长6.2%，高于全省0.4个百分点，总量达到2315.6亿元): then it
    names that level, not a remark on figures already given.

    >>> _own_level("GDP增长6%,总量达到3012亿元", 10, 0, [12]), _own_level("GDP3012亿元,总量居全省第3位", 12, 0, [3])
    (True, False)
    >>> _own_level("GDP不足500亿元,总量为490.2亿元", 13, 0, [5, 14])
    True
    """
    ends = [i for c in ",;。" if (i := text.find(c, e)) >= 0]
    end = min(ends) if ends else len(text)
    return not any(named < a < e and not text.endswith(L.BOUND_BEFORE_WORDS, 0, a) for a in amounts) \
        and any(e <= a < end for a in amounts)  # (GDP虽不足500亿元,…,累计金额为490.16亿元: a bound only)


def _metric_before(ds: DocState, leveled: bool = False) -> str:
    """The metric named last in the paragraph before the sentence being read, or when it names
    none there, in the paragraph before it (a column or a page may break a paragraph after a full
    stop; not across a blank line); within 300 characters.  Not the words of a metric that name the firms
    of another measure (规模以上工业企业收入总额…。慈溪同比增长率达15.5%: no metric's rate).  For a word that
    stands for a level (leveled: 体量均在2000亿元以上), the metric named last with a level of its own there,
    past one named in passing with none (随着GDP突破3000亿元,…财政收入大幅增强。: GDP's).

    >>> from ..ingest.documents import make_document
    >>> doc = make_document("text", "全县规上工业企业营业收入812亿元。\\n永康增长率达9.1%。", region="金华")
    >>> ds = DocState(doc, None, "金华")
    >>> ds.text, ds.pos = doc.text, doc.text.index("永康")
    >>> _metric_before(ds)
    ''
    """
    before = ds.text[max(0, ds.pos - 300):ds.pos]
    end = len(before)
    while end > 0:  # (a page of one sentence a line: the lines before, up to a blank one)
        start = before.rfind("\n", 0, end) + 1
        named = [m for m in L.METRIC.finditer(before, start, end) if not L.FIRMS_OTHER_MEASURE.match(before, m.end())]
        if named:
            return (_leveled_last(before, named, end) if leveled else None) or named[-1].group()
        if start < 2 or before[start - 2] == "\n":
            return ""
        end = start - 1
    return ""


def _leveled_last(before: str, named: list[re.Match[str]], end: int) -> str | None:
    """The metric named last among named (one paragraph's) that has a money level of its own before the
    next metric named or its sentence's full stop, when a metric named after it has none; else None.

    >>> from . import lexicon as L
    >>> t = "随着GDP突破3000亿元,城市实力、财政收入大幅增强。"
    >>> _leveled_last(t, list(L.METRIC.finditer(t)), len(t))
    'GDP'
    """
    stops = [m.start() for m in named[1:]] + [end]
    leveled = [k for k, m in enumerate(named) if any(
        _money_printed(a) for a in AMOUNT.finditer(before[:min(stops[k], _stop_after(before, m.end(), end))], m.end()))]
    return named[leveled[-1]].group() if leveled and leveled[-1] < len(named) - 1 else None


def _stop_after(text: str, at: int, end: int) -> int:
    """Where the sentence that holds at ends (its full stop), or end."""
    stop = text.find("。", at, end)
    return end if stop < 0 else stop


def _basis_inside_growth(found: list[Token], text: str) -> list[Token]:
    """增速比上年同期快0.8个百分点，达6.2%, 增速比一季度提升0.5个百分点，达到6.1%: a basis time, or
    a time compared with (比/较 before it), inside a growth phrase (its points gap) gives way to the
    phrase, which would otherwise lose to it (tokens are kept first come).  A basis compared with right
    before a rate (甲县比上年同期增长3.4%) is no time either: it says what 同比 says."""
    spans = [(t[0], t[1]) for t in found if t[2] == "growth"]
    if not spans:
        return found
    starts = {a for a, _ in spans}
    return [t for t in found if not (t[2] == "time" and (t[3].kind == "basis"  # type: ignore[attr-defined]
                                                          or text.endswith(("比", "较"), 0, t[0]))
                                     and (any(a < t[0] and t[1] <= b for a, b in spans)
                                          or t[1] in starts and _yoy_basis(t, text)))]


def _yoy_basis(t: Token, text: str) -> bool:
    """Whether a time token is the year before a rate is compared with (比上年同期, 较去年同期, 比上年)."""
    return t[3].kind == "basis" and text.startswith(("比", "较"), t[0]) \
        or text[t[0]:t[1]] in ("上年", "去年") and text.endswith(("比", "较"), 0, t[0])  # type: ignore[attr-defined]


def _topic_first(text: str, toks: list[Token]) -> bool:
    """Whether a heading's metric may stand before the sentence: it names no metric, or only in a clause
    after its first figure's (全年累计完成投资额23.68亿元,…,其中城镇完成固定资产投资20.25亿元: a part of the
    heading's metric named after its own figure)."""
    metrics = [t.start for t in toks if t.kind == "metric"]
    if not metrics:
        return True
    first = next((t.start for t in toks if t.kind in ("amount", "growth", "pct")), len(text))
    return first < metrics[0] and any(c in text[first:metrics[0]] for c in ",;")


def _other_subject(text: str, toks: list[Token]) -> bool:
    """房地产开发投资下降9.7% under a heading 固定资产投资: a sector or firm word before the
    first figure, or a lead breaking the total down into its parts (按构成看:), names another
    subject than the heading's metric.

    >>> _other_subject("房地产开发投资下降9.7%", [Token(7, 13, "growth", None)])
    True
    >>> _other_subject("按构成看:建安工程增长3.3%", [Token(9, 15, "growth", None)])
    True
    """
    first = next((t.start for t in toks if t.kind in ("amount", "growth", "pct")), len(text))
    return L.SCOPE.search(text, 0, first) is not None or L.BREAKDOWN_LEAD.match(text) is not None  # 按构成看:建安工程…


def ranked_places(text: str, ds: DocState, toks: list[Token], ranked_at: set[int]) -> list[Token]:
    """海宁市以1285.6亿元位居第一，…；桐乡市1203.4亿元排名第二: in a sentence that names no
    metric, a place opening a clause with a figure and its rank is a figure of the document's
    headline metric (named by a ranking title: 各县GDP排行榜); a metric token of no width
    stands before each such figure (its position goes to ``ranked_at``)."""
    out = list(toks)
    ranking_title(ds, text)
    lead = next((t for t in toks if t.kind == "metric"), None)
    if lead is not None and _metric_turn(text, lead):  # 再看固定资产投资,…: the headline from here on
        ds.head_metric, ds.head_alias = ALIASES[L.alias_of(str(lead.value))].metrics, str(lead.value)
    elif lead is not None and not (L.METRIC_VIEW_BEFORE.fullmatch(text, 0, lead.start)
                                   and L.METRIC_VIEW_AFTER.match(text, lead.end)) and not _among_parts(text, lead):
        lead = None  # 从GDP总量来看，…: the metric the sentence ranks its places by
    alias = lead.value if lead is not None else ds.head_alias
    if not alias:
        return toks
    for k, (s, e, kind, val) in enumerate(toks[:-1]):
        listed = k and toks[k - 1].kind == "region" and (toks[k - 1].end == s or text[toks[k - 1].end:s] == "、")
        first = k
        while first and toks[first - 1].kind == "time" and toks[first - 1].end == (toks[first].start if first < k else s):
            first -= 1  # 今年上半年青岛以…: the times that open the place's clause
        timed = lead is not None and first < k and (toks[first].start == 0 or text[toks[first].start - 1] in ",;:")
        titled = text.endswith(L.PLACE_TITLES, 0, s) and (s == 2 or text[s - 3] in ",;:。")  # 省会长沙以…
        ranked = kind == "region" and L.SUPERLATIVE_RATE_LEAD.search(text, max(0, s - 12), s) is not None \
            and not any(t.kind == "metric" and t.end <= s for t in toks) and len(ds.last_metric) == 1
        if kind == "region" and val not in REGION_WORDS and _ranked_list(text, toks, k):
            out.append(Token(e, e, "metric", alias))  # 晋江、南安分别以…亿元、…亿元位居第四、第十四
            ranked_at.add(e)
            continue
        if kind != "region" or val in REGION_WORDS or (s and text[s - 1] not in ",;:" and not titled and not any(
                t.kind == "metric" and t.end <= s and text.startswith(L.RANKING_WORDS, t.end) for t in toks)
                and not listed and not timed and not ranked):
            continue  # a place opening a clause (宁波北仑区 too, and each of a list, or after its time), or after a ranking title
        # (or named by a superlative of the rates, 增速最慢的是五指山市3.0%: its clause ends at its comma)
        end = min((i for i in (text.find(c, s) for c in (";,") if ranked or c == ";") if i >= 0), default=-1)
        if any(t.kind == "metric" and s < t.start < (len(text) if end < 0 else end)
               and not L.SHARE_BEFORE.search(text, max(0, t.start - 4), t.start) for t in toks):
            continue  # its clause names a metric of its own (not the whole of a share: 占全省生产总值的…)
        own = _own_metric_before(toks, s, ds.head_metric) if lead is None else ""
        # (…一季度的固投增速,…,其中,福州以23.5%的增速排名第一: the sentence ranks by a metric of its own)
        lead_word = L.PLACE_FIGURE_LEAD.match(text, e)
        at = lead_word.end() if lead_word else e
        nxt = toks[k + 1]
        if nxt.start == at and (nxt.kind == "amount" and _money_printed(nxt.value)  # not 以76.7万差额, 12.4万人
                                and (L.RANK_IN_CLAUSE.match(text, nxt.end) or lead and lead_word)
                                or nxt.kind == "growth" and text.endswith("以", 0, at)
                                or ranked and nxt.kind in ("growth", "pct")):
            # (the superlative ranks the places by the metric of the sentence before)
            out.append(Token(at, at, "metric", METRICS[ds.last_metric[0]].label_zh if ranked else own or alias))
            ranked_at.add(at)
        elif (late := _late_ranked_rate(text, toks, k)) >= 0:
            out.append(Token(late, late, "metric", own or alias))  # 余姚成为…王者，以4.1%的增速位列榜首
            ranked_at.add(late)
    out.sort(key=attrgetter("start", "end"))  # the metric of no width before its figure
    return out


def _metric_turn(text: str, lead: Token) -> bool:
    """再看固定资产投资,全市…: whether the sentence turns to the metric ``lead`` (its places' ranks after it are of
    that metric, not of the document's headline one, which it becomes for the sentences after).

    >>> _metric_turn("再看固定资产投资,全市", Token(2, 8, "metric", "固定资产投资"))
    True
    >>> _metric_turn("全市固定资产投资,增长", Token(2, 8, "metric", "固定资产投资"))
    False
    """
    return text.startswith("看", lead.start - 1) and L.METRIC_TURN_BEFORE.fullmatch(text, 0, lead.start) is not None \
        and L.METRIC_TURN_AFTER.match(text, lead.end) is not None


def _among_parts(text: str, lead: Token) -> bool:
    """全省县域GDP中，昆山以…; 苏州各县市GDP中，…: the metric ``lead`` named for the parts of a region (县域, 各县市)
    with 中 and a comma after it, a frame the places after it are ranked in.

    >>> _among_parts("全省县域GDP中,昆山以", Token(4, 7, "metric", "GDP")), _among_parts("全省GDP中,", Token(2, 5, "metric", "GDP"))
    (True, False)
    """
    return L.METRIC_AMONG_PARTS_AFTER.match(text, lead.end) is not None \
        and L.METRIC_AMONG_PARTS_BEFORE.search(text, max(0, lead.start - 12), lead.start) is not None


def _own_metric_before(toks: list[Token], s: int, headline: tuple[str, ...]) -> str:
    """The last metric the sentence names before ``s`` when it is not the headline's (a ranking title
    run into its list, 各县GDP排行榜:海宁市以…, names the headline's own), else ""."""
    named = [t.value for t in toks if t.kind == "metric" and t.end <= s and isinstance(t.value, str)]
    if not named:
        return ""
    try:
        metrics = ALIASES[L.alias_of(named[-1])].metrics
    except KeyError:  # (a word that names a metric only here: no other one known)
        return ""
    return named[-1] if metrics != headline else ""


# 分别以, 依次以; 湘阴县与汨罗市,分别以…: the list of places may stand in a clause of its own before it
_RESPECTIVE_BY = re.compile(r",?(?:分别|依次)以")
_ITEM_JOINS = ("、", "和", "及", "与", "以及")


def _ranked_list(text: str, toks: list[Token], k: int) -> bool:
    """晋江、南安、惠安分别以2986.4亿元、1536.4亿元、1485亿元位居第四、第十四、第十五: whether the place at token
    ``k`` closes a list of places that 分别以 (依次以) gives as many money amounts, listed, and then their
    ranks; each place's figure of the ranking title's metric.

    >>> t = "甲县、乙县分别以20.5亿元、18亿元位居第一、第二"
    >>> tk = [Token(0, 2, "region", "甲"), Token(3, 5, "region", "乙"), Token(8, 14, "amount", AMOUNT.search(t, 8)),
    ...       Token(15, 19, "amount", AMOUNT.search(t, 15))]
    >>> _ranked_list(t, tk, 1), _ranked_list(t.replace("位居第一、第二", "的规模"), tk, 1)
    (True, False)
    """
    j = k
    while j and toks[j - 1].kind == "region" and text[toks[j - 1].end:toks[j].start] in _ITEM_JOINS:
        j -= 1
    n, lead = k - j + 1, _RESPECTIVE_BY.match(text, toks[k].end)
    figures = toks[k + 1:k + 1 + n]
    if n < 2 or lead is None or len(figures) < n or figures[0].start != lead.end() \
            or any(t.kind != "amount" or not _money_printed(t.value) for t in figures) \
            or any(text[a.end:b.start] not in _ITEM_JOINS for a, b in zip(figures, figures[1:])) \
            or k + 1 + n < len(toks) and toks[k + 1 + n].kind == "amount" and text[figures[-1].end:toks[k + 1 + n].start] in _ITEM_JOINS:
        return False
    return L.RANK_IN_CLAUSE.match(text, figures[-1].end) is not None


def _late_ranked_rate(text: str, toks: list[Token], k: int) -> int:
    """余姚成为前三季度“抗压比赛”中的王者，以4.1%的增速位列榜首: the place at token ``k`` opens a clause with
    no figure (times only), and the next clause of its group opens with 以 and a rate it ranks with: where
    that rate starts (-1 when there is none).

    >>> t = [Token(0, 2, "region", "余姚"), Token(4, 8, "time", None), Token(15, 19, "growth", None)]
    >>> _late_ranked_rate("余姚成为前三季度最快的地区,以4.1%的增速位列榜首", t, 0)
    15
    >>> _late_ranked_rate("余姚成为前三季度最快的地区,以4.1%的增速实现开门红", t, 0)
    -1
    """
    j = k + 1
    while j < len(toks) and toks[j].kind == "time":
        j += 1
    if j == len(toks) or toks[j].kind != "growth":
        return -1
    g = toks[j]
    lead = text.rfind(",", toks[k].end, g.start)
    if lead < 0 or text[lead + 1:g.start] != "以" or any(c in text[toks[k].end:lead] for c in ";。%") \
            or L.RANK_IN_CLAUSE.match(text, g.end) is None:
        return -1
    return g.start


# 成为GDP增速最快的市州, 的规模以上工业增加值增速最低: a rate word and a superlative after the metric a ranking names
_RANKED_RATE_AFTER = re.compile(r"(?:增速|增幅|增长率|增长速度|增长)(?:最|居|位居|位列)")
_RATE_TO_METRIC = re.compile(r"(?:的(?:增速|增幅|增长率)?)?(?:成为|是)?(?:全[省市]|各市州)?$")  # what stands between


def _metric_before_rate(text: str, toks: list[Token]) -> list[Token]:
    """衡阳市以8.2%的增速成为GDP增速最快的市州, 湘西州3.5%的规上工业增加值增速最低: places with their rates
    printed before the metric whose ranking they top; the metric stands before the rates instead
    (at no width, right after the places).

    >>> t = [Token(0, 3, "region", "衡阳市"), Token(3, 8, "growth", None), Token(13, 16, "metric", "GDP")]
    >>> [(k.start, k.kind) for k in _metric_before_rate("衡阳市以8.2%的增速成为GDP增速最快的市州", t)]
    [(0, 'region'), (3, 'metric'), (3, 'growth')]
    """
    for k, (s, e, kind, val) in enumerate(toks):
        if kind != "metric" or not _RANKED_RATE_AFTER.match(text, e):
            continue
        field = k - 1 if k and toks[k - 1].kind == "region" and toks[k - 1].value in REGION_WORDS else k  # 成为全省…
        j = field
        while j and toks[j - 1].kind in ("growth", "pct"):
            j -= 1
        if j == field or j == 0 or toks[j - 1].kind != "region" \
                or _RATE_TO_METRIC.search(text, toks[field - 1].end, s) is None \
                or any(c in text[toks[j - 1].end:s] for c in ",;:。"):
            continue
        at, rates = toks[j - 1].end, toks[j:field]
        if all(t.kind == "pct" for t in rates):  # 分别以5.5%和6.3%成为…: bare percents, the ranked rates
            at = rates[0].start
            rates = [Token(rates[0].start, rates[-1].end, "growth", GrowthTok(rates[0].start, rates[-1].end, [
                Rate(percent_value(t.value, 1), t.start, t.end) for t in rates]))]
        return [*toks[:j], Token(at, at, "metric", val), *rates, *toks[k + 1:]]
    return toks


def _money_printed(m: re.Match[str]) -> bool:
    """Whether an amount is printed as money (1205.3亿元, 4521.6亿), not a bare 万 that counts people.

    >>> from .numbers import AMOUNT
    >>> _money_printed(AMOUNT.search("以1205.3亿元")), _money_printed(AMOUNT.search("以12.4万人"))
    (True, False)
    """
    return bool(m.group("unit")) or "亿" in (m.group("mag") or "")


_RANKING_NEEDS = needs(L.RANKING_WORD)


def ranking_title(ds: DocState, text: str) -> None:
    """各县GDP排行榜出炉: a metric named with a ranking word is the document's headline metric."""
    if ds.head_metric or not holds_any(text, _RANKING_NEEDS) or L.RANKING_WORD.search(text) is None:
        return  # (most texts hold no word a ranking needs: str's tests, no scan)
    for m in L.METRIC.finditer(text):
        if text.startswith(L.RANKING_WORDS, m.end()):
            alias = ALIASES[L.alias_of(m.group())]
            ds.head_metric, ds.head_alias = alias.metrics, alias.text
            return


_TOWN_END = re.compile("|".join(w for w, scope in SCOPE_WORDS.items() if scope == "town"))  # 镇, 乡, 街道 …


def _words_not_begun(words: list[tuple[int, int, str, str]], places: list[tuple[int, int, str, str]],
                     text: str) -> list[tuple[int, int, str, str]]:
    """The region words that begin no longer place name found at the same spot: 全州县 is the county,
    not the prefecture's 全州 and a stray 县; but a tier glued after the name (全州县市区, 全州县域经济)
    makes the name's last character the first of the tiers, and the word stays.

    >>> _words_not_begun([(0, 2, "region", "全州")], [(0, 3, "region", "全州县")], "全州县规上工业")
    []
    >>> _words_not_begun([(0, 2, "region", "全州")], [(0, 3, "region", "全州县")], "全州县市区规上工业")
    [(0, 2, 'region', '全州')]
    """
    begun = {(p[0], p[1]) for p in places if text[p[1]:p[1] + 1] not in _TIER_CHARS or p[1] == len(text)}
    return [w for w in words if not any(s == w[0] and e > w[1] for s, e in begun)]


_TIER_CHARS = "".join(function_words("name_tier_start"))  # (县市区, 县域: tiers after the word for the whole)


def _places(text: str, hosted: set[int], home: str = "") -> list[tuple[int, int, str, str]]:
    """The place tokens: names followed by what follows a place (a mark, a verb, a metric …), a
    clause's subject (clause_subject), or the last of a list of them (南京和无锡紧随其后); not a
    name whose first character ends another word (投资中: 资中), nor one inside a longer name that
    starts before it (黑龙江省: 龙江, 丹江口市: 江口), whether or not that one is a place token.

    >>> [p[3] for p in _places("伊春在黑龙江省倒数第三,其", set())], [p[3] for p in _places("丹江口市之外", set())]
    (['伊春'], ['丹江口市'])
    """
    out: list[tuple[int, int, str, str]] = []
    covered = 0  # (the end of the longest name begun so far)
    for i, name in names_overlapped(text):
        inside, covered = i + len(name) <= covered, max(covered, i + len(name))
        end = _shared_suffix_end(text, i + len(name))
        if i not in hosted and not inside and not _zone_overlap(text, i, name) and own_common_place(name, home) \
                and (L.REGION_FOLLOW.match(text, end) or clause_subject(text, i, name, home)
                                or i > 1 and text[i - 1] in "和、与及" and out and out[-1][1] == i - 1
                                and not _TOWN_END.match(text, end)  # (…、太白镇: a town)
                                or _glued_to_city(out, i, name)):
            start = glued_start(text, i, name)  # 济南章丘区, 青岛黄岛区: one place, the district
            while start < i and out and out[-1][0] >= start:
                out.pop()  # (the city's name inside it)
            out.append((start, end, "region", name))
    for k, (s, e, kind, name) in enumerate(out):  # 长春、吉林、延边: the city among its province's cities
        near = [out[j][3] for j in (k - 1, k + 1) if 0 <= j < len(out)
                and (out[j][0] - e if j > k else s - out[j][1]) in (0, 1)
                and text[min(e, out[j][1]):max(s, out[j][0])] in ("", "、", "和", "与", "及")]
        if near and (city := city_among_cities(name, near)) != name:
            out[k] = (s, e, kind, city)
    return out


def _glued_to_city(out: list[tuple[int, int, str, str]], i: int, name: str) -> bool:
    """深圳市南山区“十四五”…, 广州市天河区坚持…: a place glued right after its own city's (or province's) name,
    the city a place token, is that one place whatever follows it, not the city.

    >>> _glued_to_city([(0, 3, "region", "深圳市")], 3, "南山区"), _glued_to_city([(0, 2, "region", "上海")], 2, "苏州")
    (True, False)
    """
    return bool(out) and out[-1][1] == i and bool(glued_name(out[-1][3], name))


def _zone_overlap(text: str, i: int, name: str) -> bool:
    """贵安新区: a name whose last character and the 区 right after it make a zone word (安新 + 区: 新区) is
    inside the zone's name, unless the place is itself a 区.

    >>> _zone_overlap("贵安新区实现", 1, "安新"), _zone_overlap("安新县实现", 0, "安新"), _zone_overlap("临高新区", 0, "临高")
    (True, False, False)
    """
    end = i + len(name)
    return text.startswith("区", end) and name[-1] + "区" in ZONES and not name.endswith("区") \
        and (r := lookup(name)) is not None and not r.name.endswith("区")


def _shared_suffix_end(text: str, end: int) -> int:
    """Where a place's token ends: before the 地区 that closes its name (阿克苏地区, 大兴安岭地区) when that
    地区 also opens the metric's name after it (阿克苏地区生产总值, 喀什地区GDP, 和田地区实现地区生产总值), so
    both keep their tokens; else at the name's end.

    >>> _shared_suffix_end("阿克苏地区GDP为", 5), _shared_suffix_end("阿克苏地区的", 5)
    (3, 5)
    """
    return end - 2 if text.endswith("地区", 0, end) and L.METRIC.match(text, end - 2) else end


_FIGURE_KINDS = ("pct", "amount", "growth")
_LISTED_ZONE_NAME = re.compile(r"(?P<sep>[、,;])(?!国家|省级|市级|县级|区级|各|全|其|重点|主要|[一二两三四五六七八九十\d])"
                               r"(?P<name>[\u4e00-\u9fff]{2,3})")
# (曹妃甸区)、芦台(开发区), not 、国家级(开发区): a name before a zone word; (南昌县6.1%),赣江(新区)7.2%: after a place's
# figure in a list of places and their figures


def _listed_zones(toks: list[Token], text: str) -> list[Token]:
    """曹妃甸区、芦台开发区、海港开发区: a zone word after a name the gazetteer does not hold, listed right after a
    place, is that zone (one place of the list, named in full), not the home region's zone.

    >>> t = [Token(0, 4, "region", "曹妃甸区"), Token(7, 10, "region", "开发区")]
    >>> _listed_zones(t, "曹妃甸区、芦台开发区")[1]
    Token(start=5, end=10, kind='region', value='芦台开发区')
    """
    out: list[Token] = []
    for k, t in enumerate(toks):
        prev = out[-1] if out else None
        if prev is not None and t.kind == "region" and t.value in ZONES \
                and (m := _LISTED_ZONE_NAME.fullmatch(text, prev.end, t.start)) is not None \
                and (prev.kind == "region" and m.group("sep") == "、"
                     or prev.kind in _FIGURE_KINDS and len(out) > 1 and out[-2].kind in ("region", "metric")
                     and k + 1 < len(toks) and toks[k + 1].kind in _FIGURE_KINDS and toks[k + 1].start == t.end):
            out.append(Token(m.start("name"), t.end, "region", m.group("name") + t.value))  # type: ignore[operator]
        else:
            out.append(t)
    return out


def _home_zone(toks: list[Token], text: str, home: str) -> list[Token]:
    """两江新区实现…, 东湖高新区…: a zone word right after the words that name, with it, the article's own zone
    (a zone the gazetteer does not hold) is that zone, named in full.

    >>> _home_zone([Token(7, 9, "region", "新区")], "2020年两江新区实现", "两江新区")
    [Token(start=5, end=9, kind='region', value='两江新区')]
    >>> _home_zone([Token(7, 9, "region", "新区")], "2020年天府新区实现", "两江新区")[0].value
    '新区'
    """
    if not home or not any(t.kind == "region" and t.value in ZONES and home.endswith(t.value) for t in toks):  # type: ignore[operator]
        return toks
    out: list[Token] = []
    for t in toks:
        name = str(t.value)
        s = t.start - (len(home) - len(name))
        if t.kind == "region" and t.value in ZONES and home.endswith(name) and len(home) > len(name) and s >= 0 \
                and text.startswith(home, s) and not any(o.end > s for o in out[-1:]):
            out.append(Token(s, t.end, "region", home))
        else:
            out.append(t)
    return out


def _glued_places(toks: list[Token]) -> list[Token]:
    """青岛黄岛区, 济南高新区, 北京西城区: a city's name glued to a place of it is one place token (the
    district, or the city's zone), so that a list of such places keeps one place per figure."""
    out: list[Token] = []
    for t in toks:
        prev = out[-1] if out else None
        if prev is not None and t.kind == prev.kind == "region" and prev.end == t.start \
                and (name := glued_name(prev.value, t.value)):  # type: ignore[arg-type]
            out[-1] = Token(prev.start, t.end, "region", name)
        else:
            out.append(t)
    return out


# 奉化设区后发展势头强劲，…: a clause with no figure and no metric, another clause after it
_BARE_LEAD_CLAUSE = re.compile(r"(?:(?!" + L.METRIC_PATTERN + r")[^,;:。\d%]){1,16},")


def clause_subject(text: str, i: int, name: str, home: str = "") -> bool:
    """滁州紧跟芜湖其后，…, 南湖区紧随其后，…: a city's or province's name, or any place's full name (a
    district's that was a county-level city too: 奉化区), that opens a clause is its subject, whatever
    follows it; so is the short name of a county of the article's own city (or of a county next to the
    article's own) that opens a clause with no figure or metric before the next one: 奉化设区后发展势头强劲，… in
    an article of 宁波 (not 新兴产业增加值增长15.2% in one of 云浮: the clause's own figure, a sector's).

    >>> clause_subject("滁州紧跟其后", 0, "滁州"), clause_subject("位于滁州", 2, "滁州")
    (True, False)
    >>> clause_subject("南湖区紧随其后", 0, "南湖区"), clause_subject("南湖紧随其后", 0, "南湖")
    (True, False)
    >>> clause_subject("奉化区发展势头强劲", 0, "奉化区"), clause_subject("奉化发展势头强劲,GDP…", 0, "奉化", "宁波")
    (True, True)
    >>> clause_subject("奉化发展势头强劲,GDP…", 0, "奉化", "嘉兴"), clause_subject("新兴产业增长较快,…", 0, "新兴", "宁波")
    (False, False)
    >>> clause_subject("新兴产业增长15.2%,…", 0, "新兴", "云浮"), clause_subject("奉化GDP增速较快,…", 0, "奉化", "宁波")
    (False, False)
    """
    if i and text[i - 1] not in ",;:" and not text.endswith("其中", 0, i):  # (其中丰润区不仅…: after 其中 too)
        return False
    r = lookup(name, home)
    if r is None:
        return False
    if r.level in ("city", "province") and r.short == name or r.name == name or RENAMED_REGIONS.get(name) == r.name:
        return True
    own = home_entry(home) if home and r.level == "county" and r.short == name else None
    return own is not None and (own.level == "city" and r.parent == own.name
                                or own.level == "county" and r.parent == own.parent) \
        and _BARE_LEAD_CLAUSE.match(text, i + len(name)) is not None


# 3、4、5月, 一、二、三季度: the months or quarters listed before the one that prints its unit
_SHARED_MONTH = re.compile(r"(?:(?<=[^\d.、])|^)((?:(?:1[0-2]|[1-9])、)+)(?=(?:1[0-2]|[1-9])月)")
_SHARED_QUARTER = re.compile(r"(?:(?<=[^\d.、])|^)((?:[一二三四1-4]、)+)(?=[一二三四1-4]季度)")


def shared_period_items(text: str, found: list[Token]) -> list[Token]:
    """3、4、5月, 一、二、三季度: the months (quarters) listed before the one that prints 月 (季度) share
    it, each a time of its own.

    >>> [t[3].period for t in shared_period_items("一、二、三季度分别", [(4, 7, "time", time_expr(TIME.search("三季度")))])]
    ['Q1', 'Q2']
    """
    out: list[Token] = []
    for unit, pattern, prefix in (("月", _SHARED_MONTH, "M"), ("季度", _SHARED_QUARTER, "Q")):
        printed = {t[0] for t in found if t[2] == "time" and t[3].period and t[3].period.startswith(prefix)
                   and "-" not in t[3].period and t[3].year is None}
        if not printed:
            continue  # (no month or quarter printed with its unit for the listed ones to share)
        for m in pattern.finditer(text):
            if m.end() not in printed:
                continue
            at = m.start()
            for n in m.group(1).split("、")[:-1]:
                t = time_expr(TIME.fullmatch(n + unit))  # type: ignore[arg-type]
                if t is not None:
                    out.append((at, at + len(n), "time", t))  # type: ignore[arg-type]
                at += len(n) + 1
    return out


def split_metrics(st: SentenceText, toks: list[Token]) -> tuple[list[Token], set[tuple[int, int]]]:
    """第二产业实现增加值, 规上工业完成工业增加值, 第三产业(服务业)增加值, 规上工业现价增加值: a metric
    whose name a verb (or a bracketed gloss, or a price basis; a time may stand before the verb:
    规上工业1-10月实际完成工业增加值) splits becomes one metric token over both parts, in place of the
    tokens it covers; with the spans it made."""
    text, spans = st.text, set()  # type: ignore[var-annotated]
    if not any(w in text for w in L.SPLIT_VERB_WORDS) and "(" not in text and "现价" not in text:
        return _clause_split(st, toks, spans) if "," in text else (toks, spans)
    for m in L.SPLIT_VERB.finditer(text):
        at = m.start()
        time = next((t for t in toks if t.kind == "time" and _TIME_VERB_GAP.fullmatch(text, t.end, at)), None)
        if time is not None:
            at = time.start  # 规上工业1-10月实际完成工业增加值: the time between the parts stays the sentence's
        lo = max(st.clause_start(at), at - 8)
        found = L.split_alias_over_filler(text[lo:at], text[m.end():m.end() + 10])
        if found is not None and not any(t.kind == "region" and at - found[1] < t.end <= at for t in toks):
            # (和田地区实现地区生产总值: the words before the verb end a place's name, no metric's)
            alias, before, after = found
            s, e = at - before, m.end() + after
            toks = [t for t in toks if t.end <= s or t.start >= e or t is time]
            s = s if time is None else time.end  # (the metric follows its time)
            toks.append(Token(s, e, "metric", alias))
            spans.add((s, e))
            toks.sort(key=attrgetter("start"))
    return _clause_split(st, toks, spans)


# 第三产业增速领跑全省,增加值…: a remark, then the name's tail (after a verb too: 规上工业生产呈现降势,实现增加值…)
_CLAUSE_GAP = re.compile(r"[^,;:。!?\d%]{1,12},\s*(?:(?:累计|共)?(?:" + "|".join(L.SPLIT_VERB_WORDS) + "))?")


def _clause_split(st: SentenceText, toks: list[Token], spans: set[tuple[int, int]]) -> tuple[list[Token], set[tuple[int, int]]]:
    """第一、第三产业增速领跑全省,增加值分别是71.3亿元、883.6亿元: an industry named before a short remark
    with no figure, and the next clause opening with the rest of its name (增加值), are one metric over
    both (the items listed before it share it)."""
    text = st.text
    metrics = [t for t in toks if t.kind == "metric"]
    for a, b in zip(metrics, metrics[1:]):
        if not _CLAUSE_GAP.fullmatch(text, a.end, b.start) or any(
                (t.kind in ("amount", "growth", "pct", "time") or t.kind == "region" and t.value not in REGION_WORDS)
                and a.end <= t.start < b.start for t in toks):
            continue  # (…增加值最多的是阜阳市,第一产业增加值为…: a place named in the remark is its subject)
        if L.SCOPE.search(text, a.end, b.start) or text.startswith("中", a.end):
            continue  # (规上工业中私营企业生产平稳,实现…: a class of firms or a part of the industry is the subject)
        found = L.split_alias(text[max(st.clause_start(a.start), a.end - 8):a.end], text[b.start:b.start + 10])
        if found is None or found[2] != b.end - b.start or found[0] == text[b.start:b.end]:
            continue  # (…地区生产总值增长态势,地区生产总值同比增长…: the whole name again, no tail of the first)
        s, e = a.end - found[1], b.end
        toks = sorted([t for t in toks if t.end <= s or t.start >= e] + [Token(s, e, "metric", found[0])],
                      key=attrgetter("start"))
        spans.add((s, e))
    return _sector_remark(st, toks, spans) if "增加值" in text else (toks, spans)


_SECTOR_REMARK = 10  # characters: the remark after the sector's word (生产总体平稳, 逐步恢复)


def _sector_remark(st: SentenceText, toks: list[Token], spans: set[tuple[int, int]]) -> tuple[list[Token], set[tuple[int, int]]]:
    """农业生产总体平稳,增加值16.75亿元; 服务业逐步恢复,增加值113.26亿元: a clause that opens with a sector's
    word and judges it (no figure, no place, no metric), then a clause opening with the bare 增加值: that
    sector's value added, one metric over both."""
    text = st.text
    for b in [t for t in toks if t.kind == "metric" and text[t.start:t.end] == "增加值"]:
        if b.start < 2 or text[b.start - 1] != ",":
            continue
        cs = st.clause_start(b.start - 1)
        if any(cs <= t.start < b.start for t in toks) or b.start - 1 - cs > _SECTOR_REMARK + 3:
            continue
        word = next((text[cs:cs + k] for k in (3, 2) if text[cs:cs + k] + "增加值" in ALIASES), None)
        if word is None or L.GAP.fullmatch(text, cs + len(word), b.start - 1):
            continue  # (工业增加值 named whole needs no joining)
        toks = sorted([t for t in toks if t is not b] + [Token(cs, b.end, "metric", word + "增加值")], key=attrgetter("start"))
        spans.add((cs, b.end))
    return toks, spans


_HEAD_JOINERS = frozenset(L.JOINERS)  # the joiners of a list of items that share the last one's head
_TIME_VERB_GAP = re.compile(r"(?:实际|累计|共)?")  # 1-10月实际完成: between a time and the verb that splits a name
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def head_items(st: SentenceText, toks: list[Token]) -> list[Token]:
    """全社会固定资产、服务业投资同比分别增长7.8%、17.2%, 工业和技改投资分别增长…: an item listed (、和与及)
    before another that ends in a head (投资) and with that head makes one of our metrics, while the last
    item makes none (else shared_head reads it), is that metric: a metric token over the item, before a
    分别 list."""
    text, out = st.text, list(toks)
    for p in (i for i, c in enumerate(text) if c in _HEAD_JOINERS):
        if text.find("分别", p, p + 46) < 0 and text.find("均", p, p + 46) < 0:
            continue  # (DISTRIBUTIVE must match within the item, its head and 30 characters after it)
        if any(t.start <= p < t.end or t.end == p or t.start == p + 1 for t in toks):
            continue
        lo = max(st.clause_start_list(p), p - 8)
        words_end = m.end() if (m := _CJK_RUN.match(text, p + 1)) else p  # the item and its head are words
        for q, n in ((q, n) for q in range(p + 2, min(p + 10, len(text))) for n in (2, 3, 4)):
            head = text[q:q + n]
            if q + n > words_end or not L.DISTRIBUTIVE.match(text, q + n) or any(p < t.start < q + n for t in toks):
                continue
            a = next((a for a in range(lo, p - 1) if text[a:p] + head in ALIASES and _CJK_RUN.fullmatch(text, a, p)),
                     None)
            if a is not None:
                out.append(Token(a, p, "metric", text[a:p] + head))
                break
    return sorted(out, key=attrgetter("start"))


_LEAD_FIGURES = ("amount", "growth")  # the figures of a lead's items (实际利用内资增长12%、外资增长8.5%)
_LEAD_MARKS = frozenset("、," + L.JOINERS)


def lead_items(st: SentenceText, toks: list[Token]) -> list[Token]:
    """实际利用内资30.2亿元、外资381万美元; 合同利用内资…,外资…: a lead (实际利用) glued before a first item that
    makes none of our metrics with it (内资), then after that item's figure and a list mark (、,和及) a second
    item that with the lead makes one (外资): a metric token over the second item, the lead's metric."""
    if not any(t.kind in _LEAD_FIGURES and st.text[t.end:t.end + 1] in _LEAD_MARKS for t in toks):
        return toks  # (no figure before a list mark: most sentences)
    out = list(toks)
    for a, b in zip(toks, toks[1:]):
        if a.kind not in _LEAD_FIGURES or st.text[a.end:a.end + 1] not in _LEAD_MARKS or b.kind not in _LEAD_FIGURES:
            continue
        lo = max(st.clause_start(a.start), max((t.end for t in toks if t.end <= a.start), default=0))
        alias = L.lead_alias(st.text[lo:a.start], st.text[a.end + 1:b.start])
        if alias is not None:
            out.append(Token(a.end + 1, a.end + 1 + alias[1], "metric", alias[0]))
    return sorted(out, key=attrgetter("start"))


# 同比增长7.5,二季度…: a decimal right after a growth verb, before a clause mark (its groups those of PERCENT)
_BARE_RATE = re.compile(r"(?P<sign>)(?P<num>\d+\.\d+)(?=[,;])(?P<times>(?!))?")


def with_dropped_marks(text: str, percents: list[re.Match[str]]) -> list[re.Match[str]]:
    """一季度生产总值同比增长7.5,二季度增长8.3%: a rate whose % the page dropped (a decimal right after a
    growth verb, before a clause mark, in a sentence whose other rates carry theirs) is read as one.
    Plain finds of the growth verbs (vocab/growth_words.csv) gate the anchored match.

    >>> t = "一季度增长7.5,二季度增长8.3%"
    >>> [m.group("num") for m in with_dropped_marks(t, list(PERCENT.finditer(t)))]
    ['7.5', '8.3']
    """
    extra = []
    for verb in L.GROWTH_VERBS_LONG:
        i = text.find(verb)
        while i >= 0:
            if (m := _BARE_RATE.match(text, i + len(verb))) is not None:
                extra.append(m)
            i = text.find(verb, i + 1)
    return sorted([*percents, *extra], key=lambda m: m.start()) if extra else percents


def growth_tokens(st: SentenceText, percents: list[re.Match[str]]) -> list[GrowthTok]:
    """Growth phrases: a cue and one percent or a list of them (``percents``: the sentence's),
    a rate that moved from another (从1.8%回升至6.1%), a rate in words (增长七成) and no change
    (持平)."""
    out = cued_rates(st.text, percents)
    out += framed_rates(st.text, percents, out)
    out = rate_shifts(st.text, out)
    out += word_rates(st.text)
    for m in L.FLAT.finditer(st.text):
        cs = st.clause_start(m.start())
        if (not L.FLAT_BLOCK.search(st.text, cs, m.start()) and not PERCENT.match(st.text, m.end())
                and not L.FLAT_AFTER_RATE.search(st.text, max(0, m.start() - 8), m.start())
                and not (cs > 0 and L.FLAT_AFTER_SHARE.search(st.text, max(0, cs - 40), cs))):
            out.append(GrowthTok(m.start(), m.end(), [Rate(0.0, *m.span())]))
    return out


def framed_rates(text: str, percents: list[re.Match[str]], cued: list[GrowthTok]) -> list[GrowthTok]:
    """从季度产值增幅看,一季度-27.1%,二季度-2.6%,三季度3%: after a metric's rate framed as the topic, a
    bare percent right after a period is that period's rate.

    >>> t = "从季度产值增幅看,一季度-27.1%,二季度-2.6%"
    >>> [g.values for g in framed_rates(t, list(PERCENT.finditer(t)), [])]
    [[-27.1], [-2.6]]
    """
    frame = L.RATE_FRAME.search(text)
    if frame is None or not (metric := L.METRIC.search(text, 0, frame.start())) or metric.end() != frame.start() \
            or not L.RATE_FRAME_OPEN.search(text, 0, metric.start()):
        return []
    taken = {r.start for g in cued for r in g.rates}
    return [GrowthTok(m.start(), m.end(), [Rate(percent_value(m, 1), *m.span())]) for m in percents
            if m.start() > frame.end() and m.start() not in taken and _PERIOD_END.search(text, max(0, m.start() - 6), m.start())]


_PERIOD_END = re.compile(r"(?:[一二三四]季度|[上下]半年)$")
_VERB_AFTER_PERIOD = re.compile(r"(?:分别|依次)?(?:为|达|达到了?|是|仅为|高达|在|:|至|到)")


def _period_before_verb(text: str, start: int, end: int) -> int | None:
    """投资增速持续回升，前三季度为8.2%: where a period (no year: 前三季度, 上半年, 1-9月) named between a rate word
    at ``start`` and its figure at ``end`` ends, right before the verb that gives the figure; None when none.

    >>> t = "增速持续回升,前三季度为8.2%"; _period_before_verb(t, 0, len(t)), _period_before_verb("增速2023年为8.2%", 0, 10)
    (11, None)
    """
    return next((m.end() for m in TIME.finditer(text, start, end) if (t := time_expr(m)) is not None and t.period
                 and t.year is None and t.kind == "time" and _VERB_AFTER_PERIOD.match(text, m.end())), None)


def cued_rates(text: str, percents: list[re.Match[str]]) -> list[GrowthTok]:
    """增长5.7%, 同比分别下降3.1%、2.4%: percents after a growth cue (a list of them joins one
    phrase); a percent in brackets after a metric, when a growth word follows (bracketed_growth)."""
    out: list[GrowthTok] = []
    last_end = 0
    for m in percents:
        s, e = m.span()
        if text.startswith(("个百分点", "百分点"), e):
            continue
        if out and out[-1].end == last_end and _joins_list(text, out[-1], m):
            last_end = e
            continue
        lo = max(text.rfind(";", 0, s) + 1, s - 26, last_end)
        if (joined := _superlative_place_verb(text, s)) is not None:
            out.append(GrowthTok(joined, e, [Rate(percent_value(m, 1), s, e)]))  # 增速最快的是兴安盟,为8.0%
            last_end = e
            continue
        cue = _growth_cue(text[lo:s])
        if cue is None:
            if (uncued := _uncued_rate(text, m, bool(out))) is not None \
                    or out and out[-1].end == last_end and (uncued := _next_period_rate(text, m, last_end)) is not None:
                out.append(uncued)
                last_end = e
            continue
        if cue.group("rate") and (cue.group().endswith(L.UNDER_BOUND_WORDS) or L.RATE_AT_LEAST.search(cue.group())):
            continue  # 增速均不到5%，分别为…; 增速未达6%; 增速超过或达到7%: a bound stayed under or reached, no rate
        if cue.group("rate") and "保持在" in cue.group() and text.startswith(("以上", "以下"), e):
            continue  # 各季度…增速均保持在10%以上: a bound the rates kept to over a run of periods
        # (the words before the cue in its own clause: 占全省的18%，增长8.2%: the share's clause ends before the rate)
        head = text[max(lo, lo + cue.start() - 8, text.rfind(",", 0, lo + cue.start()) + 1):lo + cue.start()] + cue.group()
        if L.NOT_GROWTH_RE.search(head) or L.NOT_GROWTH_SHIFT.search(text, max(0, text.rfind(",", 0, s) + 1), lo + cue.start()) \
                or L.SEQUENTIAL_BASIS.search(text, max(0, lo + cue.start() - 8), lo + cue.start()) \
                or "均" in text and L.AVERAGE_FRAME.search(text, text.rfind(";", 0, s) + 1, s):
            continue  # 贡献率由去年的40%上升至63.2%: the move of a rate that is no growth; 比一季度增长6%: a sequential one;
            # 从两年平均增速来看,…增长6.4%: an average
        sign = L.SIGN[cue.group("verb") or cue.group("rate")]
        value = percent_value(m, sign if sign else 1)
        if sign == 0 and m.group("sign") == "-":
            value = -abs(value)
        start = lo + cue.start()
        if out and out[-1].end == last_end and _turns_list(text, out[-1], start, Rate(value, s, e)):
            last_end = e  # 分别增长65.3%、52.6%和下降9.4%、18.8%: the list turns
            continue
        if sup := L.SUPERLATIVE_PLACE_GAP.search(text, start, s):
            start = sup.end()  # 增速最快的是曲靖，达到12%: the place the superlative names stands out of the rate
        elif "," in text[start:s] and (singled := L.SINGLED_PLACE_GAP.search(mask_names(text[start:s]))):
            start += singled.start("verb")  # 增速全部为正，其中德江县最高，为7.5%: the place singled out stands out of it
        if cue.group("rate") and (named := _period_before_verb(text, start, s)) is not None:
            start = named  # 投资增速持续回升，前三季度为8.2%: the period named between the rate word and its verb
        elif cue.group("rate") and (listed := _LISTED_BEFORE_VERB.search(text, start, s)) is not None:
            start = listed.start("verb")  # GDP增速方面,瑞金、于都分别为7.1%、6.6%: the places listed stand out of the rate
        rm = L.REGION_BEFORE_GROWTH.search(text, max(0, start - 8), start)  # 海盐县下降2.2%, 全省同比增长7.9%
        base = L.BASE_YEAR_BEFORE.search(text, max(0, start - 30), start) or _lead_base(text, start)
        out.append(GrowthTok(start, e, [Rate(value, s, e)], rm.group(1) if rm else "", base_year=_base_year(base),
                             over_years=L.YEARS_COUNT_BEFORE.search(text, max(0, start - 8), start) is not None))
        last_end = e
    return out


def _next_period_rate(text: str, m: re.Match[str], prior_end: int) -> GrowthTok | None:
    """The rate of the next period in a run (增速一季度为5.2%,二季度为7.8%): the percent ``m``'s clause holds
    only a period (no year: a year's is the year before's, 去年同期为…) and the verb before it, and the clause
    before ends with a rate (at ``prior_end``); so does a bracket right after that rate (增长8.1%(1-5月为7.2%)),
    and a clause a part's word leads (增长4.6%,其中6月为9.2%).

    >>> t = "增速一季度为5.2%,二季度为7.8%,二季度占比为37.8%"
    >>> [_next_period_rate(t, p, 10) is not None for p in PERCENT.finditer(t, 11)]
    [True, False]
    >>> t = "增长8.1%(1-5月为7.2%)"; _next_period_rate(t, list(PERCENT.finditer(t))[1], 6) is not None
    True
    >>> t = "增长4.6%,其中6月为9.2%"; _next_period_rate(t, list(PERCENT.finditer(t))[1], 6) is not None
    True
    """
    s, e = m.span()
    lo = max(text.rfind(",", 0, s), text.rfind(";", 0, s)) + 1
    if text.startswith("(", prior_end) and text.startswith(")", e) and ")" not in text[prior_end:s]:
        lo = prior_end + 1  # (the bracket opens right after the rate and closes right after this one)
    if lo <= prior_end or text[prior_end:lo - 1].strip() \
            or (when := TIME.match(text, L.PART_LEAD.match(text, lo).end())) is None:  # type: ignore[union-attr]
        return None
    t = time_expr(when)
    if t is None or not t.period or t.year is not None or t.kind != "time" \
            or not _VERB_AFTER_PERIOD.fullmatch(text, when.end(), s):
        return None
    return GrowthTok(when.end(), e, [Rate(percent_value(m, 1), s, e)])


def _uncued_rate(text: str, m: re.Match[str], after_rate: bool) -> GrowthTok | None:
    """A percent with no growth word before it that is a rate all the same: a place's rate before its
    rank (…，金坛区以6.9%居第二, after a rate), the rate of the place a superlative names (增速最快的是平阳县
    12.4%), a signed rate in brackets after a level (出口86.2亿元(+7.4%)), or a rate its metric names."""
    s, e = m.span()
    if (after_rate and text.endswith("以", 0, s) and not text.startswith("的", e) and L.RANK_IN_CLAUSE.match(text, e)):
        return GrowthTok(s - 1, e, [Rate(percent_value(m, 1), s, e)])
    if after_rate and (moved := L.PERIODS_MOVED_TO.fullmatch(text, max(text.rfind(",", 0, s), text.rfind(";", 0, s)) + 1, s)):
        return GrowthTok(moved.start("move"), e, [Rate(percent_value(m, 1), s, e)])  # …,上半年、前三季度回升到4.5%、5.2%
    if _rates_of_listed_places(text, s):
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)])
    if (pair := L.LEVEL_RATE_PAIR.search(text, max(0, s - 40), s)) is not None:
        return GrowthTok(s, e, [Rate(percent_value(m, L.SIGN[pair.group("rate")] or 1), s, e)])  # 总量和增速分别为…和5.1%
    if _after_superlative_place(text, s) or (m.group("sign") and text.endswith("(", 0, s) and text.startswith(")", e)
                                             and _level_before(text, s - 1)):
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)])
    return named_rate(text, m)


def _rates_of_listed_places(text: str, s: int) -> bool:
    """Whether the percent at ``s`` opens the rates of places listed after a rate word, given by 分别/依次
    (GDP增速前三位分别是嘉善县、平湖市和海盐县，分别为9.1%、…): the places' rates, not shares.

    >>> t = "GDP增速前三位分别是嘉善县、平湖市和海盐县,分别为9.1%、8.2%和7.6%"
    >>> _rates_of_listed_places(t, t.index("9.1")), _rates_of_listed_places("增速较快,占比分别为35.2%", 17)
    (True, False)
    """
    if not text.endswith(_LISTED_FIGURES_LEAD, 0, s):
        return False
    lo = max(text.rfind(";", 0, s) + 1, s - 48)
    words = list(L.RATE_WORD_BEFORE.finditer(text, lo, s))
    word = words[-1] if words else None  # the rate word named last before the percent
    if word is None or "%" in text[word.end():s] or L.SHARE_WORD in text[word.end():s]:
        return False  # (a percent between the rate word and this one: that word's rate is given)
    return len(list(names_in(text[word.end():s]))) >= 2


_LISTED_FIGURES_LEAD = function_words("list_intro")


def _level_before(text: str, end: int) -> bool:
    """Whether an amount with a unit ends at ``end`` (出口86.2亿元(+7.4%): a signed rate in brackets after it).

    >>> _level_before("出口86.2亿元(+7.4%)", 8), _level_before("占比(+1.2%)", 2)
    (True, False)
    """
    return any(a.end() == end for a in amounts_in(text, max(0, end - 24), end)) and not text[end - 1].isdigit()


_LIST_TURNS = frozenset(("和", "及", "、", "与", ",和"))  # a 分别 list of rates turning from rises to falls


def _joins_list(text: str, g: GrowthTok, m: re.Match[str]) -> bool:
    """Whether the percent ``m`` goes on the list of rates of ``g`` right before it (增长5.4%、7.7%), and
    if so adds it, with the sign of the rate before unless it prints its own (分别为-9.9%、0.5%)."""
    s, e = m.span()
    if not L.LIST_JOIN.fullmatch(text[g.end:s]) or text.startswith("的", e) and "," in text[g.end:s]:
        return False  # (…7.1%,6.8%的社零增速: a clause of its own)
    sign = -1 if g.values[-1] < 0 and m.group("sign") != "-" \
        and not any(text.startswith("-", r.start) for r in g.rates) else 1
    g.rates.append(Rate(percent_value(m, sign), s, e))
    g.end = e
    return True


def _turns_list(text: str, g: GrowthTok, start: int, rate: Rate) -> bool:
    """Whether the growth phrase at ``start`` goes on the 分别 list of ``g`` right before it with a verb of
    its own (分别增长65.3%、52.6%和下降9.4%、18.8%), and if so adds its rate."""
    if text[g.end:start] not in _LIST_TURNS or "分别" not in text[max(0, g.start - 4):g.rates[0].start]:
        return False
    g.rates.append(rate)
    g.end = rate.end
    return True


def _after_superlative_place(text: str, s: int) -> bool:
    """Whether the percent at ``s`` follows a place (or its bracket) right after a superlative of the rates
    (增速最快的是平阳县12.4%, 增幅最高的为龙港市(9.6%); …，最慢的是洞头区(1.2%) after one): that place's rate.

    >>> t = "增速最快的是平阳县(12.4%),最慢的是洞头区(1.2%)"
    >>> _after_superlative_place(t, t.index("12.4")), _after_superlative_place(t, t.index("1.2%"))
    (True, True)
    """
    at = s - 1 if text.endswith("(", 0, s) else s
    lo = max(0, at - 12)
    return any(lo + i + len(name) == at and (L.SUPERLATIVE_RATE_LEAD.search(text, max(0, lo + i - 12), lo + i)
                                             or _elided_superlative(text, lo + i))
               for i, name in names_overlapped(text[lo:at]))


def _elided_superlative(text: str, at: int) -> bool:
    """Whether the clause before ``at`` is a superlative alone (最慢的是) after one of the rates earlier in the
    sentence (增速最快的是…): the rate word it leaves out is that one's."""
    clause = max(text.rfind(c, 0, at) for c in ",;:") + 1
    return clause > 0 and L.SUPERLATIVE_ELIDED.fullmatch(text, clause, at) is not None \
        and L.SUPERLATIVE_RATE_LEAD_ANY.search(text, 0, clause) is not None


def _superlative_place_verb(text: str, s: int) -> int | None:
    """Where the rate's words start when the percent at ``s`` follows a verb after a place named
    by a superlative of the rates (增速最快的是兴安盟,为8.0%; 增幅最高的是城关区,达12.1%): that place's rate."""
    verb = L.SUPERLATIVE_PLACE_VERB.search(text, max(0, s - 4), s)
    if verb is None or not _after_superlative_place(text, verb.start()):
        return None
    return verb.start()


# 增速方面,瑞金、于都、信丰分别为…: a list (、) in the gap between a rate word and the 分别/依次 before its rates
_LISTED_BEFORE_VERB = re.compile(r"、[^,;。%\d、]{1,8}(?P<verb>分别|依次)")


def _growth_cue(window: str) -> re.Match[str] | None:
    """The growth cue that ends ``window`` (the text before a percent): 增长, 同比下降, 增速为 …;
    a compared rate between the cue and the figures is passed over (增速均超过7%，分别达到…), and so is a
    note that the basis holds below (同比增长(下同)9.2%)."""
    if window.endswith(")") and (note := L.SAME_BELOW_END.search(window)):
        window = window[:note.start()]
    cue = L.GROWTH_CUE_END.search(window)
    for pattern in (L.COMPARED_RATE, L.COMPARED_POINTS):  # 增速比全市高1.2个百分点，达到7.3% too
        if cue is None and (compared := list(pattern.finditer(window))):
            cut = compared[-1]
            cue = L.GROWTH_CUE_END.search(window[:cut.start()] + window[cut.end():])
            cue = cue if cue is not None and cue.start() < cut.start() else None
    return cue if cue is not None else L.BARE_CUE.search(window)


def rate_shifts(text: str, out: list[GrowthTok]) -> list[GrowthTok]:
    """增速从1.8%回升至6.1%: the rate it moved to, with the one it moved from (``prior``); it
    replaces the cued rates it covers."""
    for m in L.RATE_SHIFT.finditer(text) if "%" in text else ():
        if L.GROWTH_CUE_END.search(text, max(0, m.start() - 8), m.start()) is None and not m.group("v1") \
                and not text.endswith(("增速", "增幅", "增长"), 0, m.start()) \
                and not L.RATE_NAMED_AFTER.match(text, m.end("a")) and not _metric_ends_at(text, m.start()):
            continue  # 占比从30%提高到35%: not a growth rate (GDP从上半年的7.2%回升到7.3%: a metric's are)
        a, b = (_shift_rate(m.group(g), m.group(v)) for g, v in (("a", "v1"), ("b", "v2")))
        first = m.start("v1") if m.group("v1") else m.start("a")  # the time named before is a token of its own
        if m.group("when2"):
            first = m.start("b")  # …至2016年的4.7%: so is the year named after, the rate moved to is its
        out = [g for g in out if g.end <= first or g.start >= m.end()]
        out.append(GrowthTok(first, m.end(), [Rate(b, *m.span("b"))], prior=Rate(a, *m.span("a")),
                             prior_when=m.span("when") if m.group("when") else None))
    return out


_LEVEL_NAMED_BEFORE = re.compile(r"以\s*\d[\d,]*(?:\.\d+)?\s*(?:万亿|亿|万)?(?:(?:美元|元)的?|的)$")  # (以5615.34亿元地区生产总值、…: 的 may go)


def _joined_to_named_level(text: str, s: int) -> bool:
    """Whether the percent at ``s`` is joined to a level named before its metric (以5615.34亿元的GDP和
    4.37%的增速, 以3365.8亿元的经济总量、5.1%的增速, 以3309.2亿元地区生产总值、5.7%的同比增速): the rate named
    after it is that metric's."""
    if s < 2 or text[s - 1] not in "和及与、":
        return False
    m = next((m for m in L.METRIC.finditer(text, max(0, s - 13), s - 1) if m.end() == s - 1), None)
    return m is not None and _LEVEL_NAMED_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None


def _metric_ends_at(text: str, end: int) -> bool:
    """Whether a metric's name ends right at ``end`` (GDP从…: the percents after it are its rates)."""
    return any(m.end() == end for m in L.METRIC.finditer(text, max(0, end - 12), end))


def _lead_base(text: str, start: int) -> re.Match[str] | None:
    """与2018年相比，2023年全县社零增长42.5%: the year a sentence's or clause's head sets its growths against
    (not past a year-on-year basis: …，同比增长).

    >>> _lead_base("与2018年相比,2023年全县社零增长42.5%", 18).group("year")
    '2018'
    >>> _lead_base("与2018年相比,2023年全县社零同比增长4.5%", 20) is None
    True
    """
    if "相" not in text and "比较" not in text:
        return None
    m = L.BASE_YEAR_LEAD.search(text, 0, start)
    return m if m is not None and not L.YOY_BASIS.search(text, m.end(), start) else None


def _base_year(m: re.Match[str] | None) -> int | None:
    """The year a growth is counted from: 比2005年 → 2005, 比“九五”末 → 2000 (a plan's last year).

    >>> _base_year(L.BASE_YEAR_BEFORE.search("比2005年")), _base_year(L.BASE_YEAR_BEFORE.search("比“九五”末"))
    (2005, 2000)
    >>> _base_year(L.BASE_YEAR_BEFORE.search("较十五期末")), _base_year(None)
    (2005, None)
    """
    if m is None:
        return None
    if m.group("year"):
        return int(m.group("year"))
    return 1955 + 5 * int(parse_number(m.group("plan")) or 0)


def word_rates(text: str) -> list[GrowthTok]:
    """增长七成, 增长一倍, 翻了一番: a rate printed in words (not 增长近两成，达到19.6%: the rate it rounds is the growth).

    >>> [g.values for g in word_rates("出口增长三成,为历年最高")], word_rates("出口增长超三成,达到31.4%")
    ([[30.0]], [])
    >>> [g.values for g in word_rates("外资增长一倍多")], [g.values for g in word_rates("翻了两番")]
    ([[100.0]], [[300.0]])
    """
    out = []
    for m in L.WORD_GROWTH.finditer(text) if L.GROWTH_UNIT.search(text) else ():
        if m.group("n") and L.TENTHS_RESTATED.match(text, m.end()):
            continue
        n = int(parse_number(m.group("n") or m.group("t") or m.group("d")) or 0)
        value = float(n * (10 if m.group("n") else 100) * L.SIGN[m.group("verb")]) if m.group("verb") \
            else float((2 ** n - 1) * 100)
        number = m.start("n") if m.group("n") else m.start("t") if m.group("t") else m.start("d")  # 七成, 一倍, 一番
        base = L.BASE_YEAR_BEFORE.search(text, max(0, m.start() - 18), m.start()) \
            or _lead_base(text, m.start())  # 比2005年翻了一番, 与2018年相比，…翻了一番: over 5 years
        out.append(GrowthTok(m.start(), m.end(), [Rate(value, number, m.end())], base_year=_base_year(base),
                             over_years=L.YEARS_COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None))
    return out


def _period_ends_at(text: str, s: int) -> bool:
    """Whether a period, in any spelling TIME reads, ends right at ``s`` (而一季度7.5%的增速, 1-3月7.5%,
    前5个月8.2%).

    >>> _period_ends_at("而一季度7.5%", 4), _period_ends_at("而1至3月份7.5%", 6), _period_ends_at("而全市7.5%", 3)
    (True, True, False)
    """
    return any(m.end() == s and (t := time_expr(m)) is not None and t.period is not None
               for m in TIME.finditer(text, max(0, s - 10), s))


def named_rate(text: str, m: re.Match[str]) -> GrowthTok | None:
    """A percent that the words around it name a growth rate, with no cue before it: in brackets
    after a metric (bracketed_growth), or 以9.2%的增速 (a rate named by the words after it).

    >>> g = named_rate("海宁市以9.2%的增速领跑", PERCENT.search("海宁市以9.2%的增速领跑")); g.values
    [9.2]
    >>> named_rate("以9.2%的比重", PERCENT.search("以9.2%的比重")) is None
    True
    >>> named_rate("实现了7.2%的增长", PERCENT.search("实现了7.2%的增长")).values
    [7.2]
    >>> named_rate("实现了6%的可比增长", PERCENT.search("实现了6%的可比增长")).values
    [6.0]
    >>> named_rate("同比出现了1.8%的下滑", PERCENT.search("同比出现了1.8%的下滑")).values
    [-1.8]
    >>> named_rate("而一季度7.5%的增速更位列第三", PERCENT.search("而一季度7.5%的增速更位列第三")).values
    [7.5]
    >>> named_rate("嘉定区以10.6%的累计增幅居首", PERCENT.search("嘉定区以10.6%的累计增幅居首")).values
    [10.6]
    >>> named_rate("榆阳区出现0.8%负增长", PERCENT.search("榆阳区出现0.8%负增长")).values
    [-0.8]
    >>> named_rate("9.2%增速居首", PERCENT.search("9.2%增速居首")) is None
    True
    """
    s, e = m.span()
    if not (text.endswith(L.RATE_NAMED_BEFORE, 0, s) or s == 0 or text[s - 1] in ",;:"
            or _period_ends_at(text, s) or _joined_to_named_level(text, s)):
        return bracketed_growth(text, m)  # (a rate opening its clause: 9.2%的增速居全市首位; 一季度7.5%的增速)
    if (named := L.RATE_NAMED_AFTER.match(text, e)) or (
            text.endswith(L.RATE_NAMED_BEFORE, 0, s) and (named := L.RATE_NAMED_BARE.match(text, e))):
        # (实现6.2%增速, 以11.2%名义增速: no 的 between, only right after a word that names the rate after it)
        return GrowthTok(s, e, [Rate(percent_value(m, -1 if named.group("down") else 1), s, e)])
    if text.endswith("以", 0, s) and L.RANK_LEAD_AFTER.match(text, e) and L.RATE_WORD_BEFORE.search(text, 0, s):
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)])  # 从增速来看，长丰县以6.3%高居榜首: the rate ranked
    if (listed := L.RATES_LISTED_OF.match(text, e)) and (metric := L.METRIC.match(text, listed.end())) \
            and (word := L.RATE_WORD_AFTER_METRIC.match(text, metric.end())):
        # 6.8%的社零增速: the rate stands after its metric, where the grammar reads a metric's rate; so do the
        # rates listed with it (分别以5.1%、6.2%的GDP增速: each in turn, the places' before them)
        rates = [m, *PERCENT.finditer(text, e, listed.end())]
        return GrowthTok(metric.end(), word.end(), [Rate(percent_value(p, 1), *p.span()) for p in rates])
    return bracketed_growth(text, m)


def bracketed_growth(text: str, m: re.Match[str]) -> GrowthTok | None:
    """地区生产总值（5.7%）、第一产业增加值（8.1%）均实现增长: a rate in brackets right after a
    metric is its growth when a growth word follows in the clause group."""
    s, e = m.start(), m.end()
    if not text.startswith(")", e):
        return None
    period = L.METRIC_BEFORE_BRACKET.search(text, max(0, s - 24), s) is None
    if period and not _period_item(text, s, e):
        return None
    rest = text[e:text.find(";", e) if ";" in text[e:] else len(text)]
    word = L.GROWTH_WORD.search(rest)
    if period and (word is None or L.SIGN.get(word.group(), 1) == 0) and L.PERIOD_ITEM_RATED.search(rest):
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)])  # 一季度(5.2%)、上半年(5.8%)逐季回升
    if word is None and (L.COMPARED_POINTS_AFTER.search(rest) is not None or L.PLAN_PROGRESS_AFTER.match(text, e + 1)):
        return GrowthTok(s, e, [Rate(percent_value(m, 1), s, e)])  # …(12.7%)分别高于预期目标4.2个百分点,
        # …(13.5%)完成年初预算的53.7%: the rates (a gap in points, or the progress towards a plan, after them)
    if word is None or L.SIGN.get(word.group(), 1) == 0:
        return None
    return GrowthTok(s, e, [Rate(percent_value(m, L.SIGN[word.group()]), s, e)])


def _period_item(text: str, s: int, e: int) -> bool:
    """Whether the bracketed rate at ``s``-``e`` is a period's in a list of periods each with its rate in brackets,
    after a metric (工业总产值4月(-1.9%)、5月(-1.6%)连续两个月负增长).

    >>> _period_item("产值4月(-1.9%)、5月(-1.6%)下降", 5, 10), _period_item("产值4月(-1.9%)下降", 5, 10)
    (True, False)
    """
    item = L.PERIOD_ITEM_BEFORE.search(text, max(0, s - 8), s)
    return item is not None and L.METRIC.search(text, 0, item.start()) is not None \
        and (L.PERIOD_ITEM_AFTER.match(text, e) is not None or text.endswith(")、", 0, item.start()))


def _shift_rate(printed: str, verb: str | None) -> float:
    """A rate of a RATE_SHIFT: after a falling verb (下降, 负增长, 回落 …: its sign in
    vocab/growth_words.csv) 5.6% is -5.6; -5.6% is -5.6.

    >>> _shift_rate("5.6%", "下降"), _shift_rate("-5.6 %", None), _shift_rate("1.1%", "增长"), _shift_rate("2%", "减少")
    (-5.6, -5.6, 1.1, -2.0)
    """
    value = float(printed.rstrip("% "))
    return -abs(value) if verb and L.SIGN[verb] < 0 else value

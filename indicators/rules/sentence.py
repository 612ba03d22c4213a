"""One sentence: tokens (times, metrics, amounts, percents, growth phrases, places) and the
slots built from them.

A *slot* is one metric mention with what binds to it in its sentence: the amounts that
follow it, the growth rates, the subject region(s), the time, the scope and the kind.
:mod:`indicators.facts.extract` turns slots into facts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..base.regions import (WORD_PATTERN, ancestor, display, ends_with_name, lookup, names_in, names_overlapped,
                            zone_name)
from ..base.tables import ALIASES, METRICS, PLAN_WORDS, QUALIFIERS, REGION_WORDS, SCOPE_WORDS, ZONES
from . import lexicon as L
from .numbers import AMOUNT, PERCENT, RATE_MARKS, Amount, amount_from_match, parse_number, percent_value
from .periods import TIME, TimeExpr, may_hold_time, time_expr
from .timeline import DocState, Snap, TimeState, apply_time, resolve_time

_PAREN = re.compile(r"\([^()]*\)")
_AFTER_DIGITS = re.compile(r"[0-9A-Za-z](?P<rest>[^0-9A-Za-z]*)\Z")  # what follows the last ASCII word
_WORD_END = re.compile(r"(" + WORD_PATTERN.pattern + r")$")
_CLAUSE_SEP = re.compile(r"[,;:]")
_WORD_PREFIX = re.compile(r"^[^\u4e00-\u9fff]+|[^\u4e00-\u9fff]+$")  # what surrounds a prefix's words
_CLAUSE_MARK = re.compile(r"[,;:(、]")
_JOINERS = "、和与及"  # what joins the items of a list (第一、三产业, 城镇与农村居民)
_RATE_MARK = re.compile("[" + re.escape("".join(RATE_MARKS)) + "]")  # a rate holds one: else no PERCENT scan
_SHARE_BEFORE = re.compile(r"占[^,;。%]{0,12}$")
_INNER = re.compile(r"\((?P<inner>[^()]{1,16})\)")
_ITEM_SPLIT = re.compile(r"、|和|及")
_QUALIFIERS_BEFORE = sorted(((w, q) for w, (q, pos) in QUALIFIERS.items() if pos == "before"),
                            key=lambda wq: -len(wq[0]))  # longest first: 超过 before 超
_QUALIFIER_WORDS = tuple(w for w, _ in _QUALIFIERS_BEFORE)
_NOT_RECEIVER = frozenset({"delta", "target", "baseline", "threshold", "share"})
_GDP_FAMILY = frozenset({"gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary"})


class Rate(NamedTuple):
    """A growth rate and where it is printed in the sentence."""

    value: float
    start: int
    end: int


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

    @property
    def values(self) -> list[float]:
        return [r.value for r in self.rates]


Token = tuple[int, int, str, object]  # (start, end, kind, value): time, metric, amount, growth, pct, region


@dataclass(slots=True)
class Cursor:
    """What is in force at one point of a sentence as its tokens are read."""

    toks: list[Token]
    times: list[tuple[int, int]]
    period_toks: list[tuple[int, int, TimeExpr]] = field(default_factory=list)
    slot: Slot | None = None  # the slot the next figure may belong to
    regions: list[str] = field(default_factory=list)  # the subject places in force
    region_end: int = -10
    regions_until: int | None = None  # a subject named inside brackets ends with them
    chain_end: int = 0  # where the slot's last figure ends
    growth_end: int = 0
    carry: str = ""  # a scope carried to subject-less metrics (企业, 项目 …)
    carry_from: int = 0  # the clause group it was named in
    carry_until: int | None = None
    share_until: int = -1  # the end of a share (占全市…)
    skip_until: int = -1  # the end of the last metric slot's words


@lru_cache(maxsize=1 << 16)
def _whole_region_prefix(prefix: str) -> bool:
    """Whether the words before a metric leave it a whole-region aggregate (全市, 据统计, 平湖市)."""
    return L.PREFIX.fullmatch(prefix) is not None


def _region_name(text: str, ds: DocState, prev: str = "") -> str:
    """The region a place word names: 全市 → the article's city, 经开区 → the zone of ``prev``."""
    if text in REGION_WORDS:
        level = REGION_WORDS[text]
        if level == "city" and ds.home_is_city:
            return ds.home  # 神木市…全市: a county-level city's 全市 is itself
        return "全国" if level == "nation" else ancestor(ds.home, level)
    if text in ZONES:
        return zone_name(text, prev or ds.home)
    r = lookup(text, ds.home)
    if r is not None and ds.home_place is not None and r.name == ds.home_place.name:
        return ds.home  # 溧阳市 in the text, 溧阳 in the manifest: the article's own spelling of itself
    return display(r) if r else text


def _paren_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PAREN.finditer(text)]


class SentenceParser:
    """Tokens of one sentence and the slots built from them."""

    def __init__(self, text: str, ds: DocState, state: TimeState, prev_kind: str, topic: str = "") -> None:
        self.text, self.ds, self.state, self.prev_kind = text, ds, state, prev_kind
        self.topic = topic  # (一)固定资产投资。: the metric a heading named, for a sentence that names none
        self.slots: list[Slot] = []
        self.receivers: list[Slot | Quantity] = []
        self.orphan_growths: list[GrowthTok] = []
        self.region_mentions: list[str] = []
        self.zone_only: set[str] = set()  # zones named on their own (a subset unless listed among districts)
        self.amount_spans: list[tuple[int, int]] = []
        self.cut_spans: list[tuple[int, int]] = []
        self.figure_ends: list[int] = []  # where each amount or rate ends
        self.basis_spans: set[tuple[int, int]] = set()  # 比去年同期: times that are a basis of comparison
        self.split_spans: set[tuple[int, int]] = set()  # metric names a verb splits (第二产业实现增加值)
        self.ranked_at: set[int] = set()  # where a ranking title's metric stands before a place's figure
        self.pending_before: Quantity | None = None  # 以18.9亿的地方财政收入: an amount waiting for its metric
        self.last_region_end = -1
        self.local_time: tuple[int, Snap] | None = None  # a comparison's own time (比2020年全年…)
        self._clause_marks: list[int] | None = None  # positions of the clause separators, on first use
        self.parens = _paren_spans(text) if "(" in text else []  # the spans of its brackets

    # -- tokens -----------------------------------------------------------------
    def tokens(self) -> list[tuple[int, int, str, object]]:
        """The sentence's tokens by start; where two overlap, the kind found first below wins."""
        text = self.text
        found: list[tuple[int, int, str, object]] = [
            (m.start(), m.end(), "time", t) for m in (TIME.finditer(text) if may_hold_time(text) else ())
            if (t := time_expr(m)) is not None]
        found += [(m.start(), m.end(), "metric", m.group()) for m in L.METRIC.finditer(text)]
        percents = list(PERCENT.finditer(text)) if _RATE_MARK.search(text) else []
        found += [(g.start, g.end, "growth", g) for g in self.growth_tokens(percents)]
        found += [(m.start(), m.end(), "pct", m) for m in percents]
        found += [(m.start(), m.end(), "amount", m) for m in AMOUNT.finditer(text)
                  if m.group("mag", "unit") != (None, None) and not text.startswith("百分点", m.end())]
        found += [(m.start(), m.end(), "region", m.group()) for m in WORD_PATTERN.finditer(text)]
        found += [(i, i + len(name), "region", name) for i, name in names_overlapped(text)
                  if L.REGION_FOLLOW.match(text, i + len(name)) or self.clause_subject(i, name)]
        taken, toks = 0, []  # taken: a bit per character that a kept token covers
        for tok in found:
            s, e = tok[0], tok[1]
            span = ((1 << (e - s)) - 1) << s
            if not taken & span:
                toks.append(tok)
                taken |= span
        toks.sort(key=itemgetter(0))
        toks = self.split_metrics(toks)
        if self.topic and not any(t[2] == "metric" for t in toks):
            toks.insert(0, (0, 0, "metric", self.topic))  # the heading's metric stands before the sentence
        else:
            toks = self.ranked_places(toks)
        return toks

    def ranked_places(self, toks: list[Token]) -> list[Token]:
        """海宁市以1285.6亿元位居第一，…；桐乡市1203.4亿元排名第二: in a sentence that names no
        metric, a place opening a clause with a figure and its rank is a figure of the document's
        headline metric (named by a ranking title: 各县GDP排行榜); a metric token of no width
        stands before each such figure."""
        text, out = self.text, list(toks)
        ranking_title(self.ds, text)
        if not self.ds.head_alias:
            return toks
        for k, (s, e, kind, val) in enumerate(toks[:-1]):
            if kind != "region" or val in REGION_WORDS or (s and text[s - 1] not in ",;:" and not any(
                    t[2] == "metric" and t[1] <= s and text.startswith(L.RANKING_WORDS, t[1]) for t in toks)
                    and not (k and toks[k - 1][2] == "region" and toks[k - 1][1] == s)):
                continue  # a place opening a clause (宁波北仑区 too), or after a ranking title glued to it
            end = text.find(";", s)
            if any(t[2] == "metric" and s < t[0] < (len(text) if end < 0 else end) for t in toks):
                continue  # its clause names a metric of its own
            lead = L.PLACE_FIGURE_LEAD.match(text, e)
            at = lead.end() if lead else e
            nxt = toks[k + 1]
            if nxt[2] == "amount" and nxt[0] == at and L.RANK_IN_CLAUSE.match(text, nxt[1]):
                out.append((at, at, "metric", self.ds.head_alias))
                self.ranked_at.add(at)
        out.sort(key=itemgetter(0, 1))  # the metric of no width before its figure
        return out

    def clause_subject(self, i: int, name: str) -> bool:
        """滁州紧跟芜湖其后，…: a city's or province's name that opens a clause is its subject,
        whatever follows it."""
        if i and self.text[i - 1] not in ",;:":
            return False
        r = lookup(name)
        return r is not None and r.level in ("city", "province") and r.short == name

    def split_metrics(self, toks: list[tuple[int, int, str, object]]) -> list[tuple[int, int, str, object]]:
        """第二产业实现增加值, 规上工业完成工业增加值: a metric whose name a verb splits becomes
        one metric token over both parts, in place of the tokens it covers."""
        text = self.text
        if "实现" not in text and "完成" not in text:
            return toks
        for m in L.SPLIT_VERB.finditer(text):
            lo = max(self.clause_start(m.start()), m.start() - 8)
            found = L.split_alias(text[lo:m.start()], text[m.end():m.end() + 10])
            if found is not None:
                alias, before, after = found
                s, e = m.start() - before, m.end() + after
                toks = [t for t in toks if t[1] <= s or t[0] >= e]
                toks.append((s, e, "metric", alias))
                self.split_spans.add((s, e))
                toks.sort(key=itemgetter(0))
        return toks

    def growth_tokens(self, percents: list[re.Match[str]]) -> list[GrowthTok]:
        """Growth phrases: a cue, then one percent or a list of them (``percents``: the sentence's)."""
        text = self.text
        out: list[GrowthTok] = []
        last_end = 0
        for m in percents:
            s, e = m.span()
            if text.startswith(("个百分点", "百分点"), e):
                continue
            if out and out[-1].end == last_end and L.LIST_JOIN.fullmatch(text[last_end:s]):
                g = out[-1]
                sign = -1 if all(v < 0 for v in g.values) and m.group("sign") != "-" else 1
                g.rates.append(Rate(percent_value(m, sign), s, e))
                g.end = last_end = e
                continue
            lo = max(text.rfind(";", 0, s) + 1, s - 26, last_end)
            window = text[lo:s]
            cue = L.GROWTH_CUE_END.search(window)
            if cue is None and (compared := list(L.COMPARED_RATE.finditer(window))):
                cut = compared[-1]  # 增速均超过7%，分别达到7.8%和7.3%: a compared rate between cue and figures
                cue = L.GROWTH_CUE_END.search(window[:cut.start()] + window[cut.end():])
                cue = cue if cue is not None and cue.start() < cut.start() else None
            if cue is None:
                bracketed = self.bracketed_growth(m)
                if bracketed is not None:
                    out.append(bracketed)
                    last_end = e
                continue
            head = window[max(0, cue.start() - 8):cue.start()] + cue.group()
            if L.NOT_GROWTH_RE.search(head):
                continue
            word = cue.group("verb") or cue.group("rate")
            sign = L.SIGN[word]
            value = percent_value(m, sign if sign else 1)
            if sign == 0 and m.group("sign") == "-":
                value = -abs(value)
            start = lo + cue.start()
            region = ""
            rm = L.REGION_BEFORE_GROWTH.search(text, max(0, start - 8), start)
            if rm:
                region = rm.group(1)  # 海盐县下降2.2%, 全省同比增长7.9%
            base = L.BASE_YEAR_BEFORE.search(text, max(0, start - 14), start)
            out.append(GrowthTok(start, e, [Rate(value, s, e)], region,
                                 base_year=int(base.group("year")) if base else None))
            last_end = e
        for m in L.RATE_SHIFT.finditer(text) if "%" in text else ():
            if L.GROWTH_CUE_END.search(text, max(0, m.start() - 8), m.start()) is None and not m.group("v1") \
                    and not text.endswith(("增速", "增幅", "增长"), 0, m.start()):
                continue  # 占比从30%提高到35%: not a growth rate
            a, b = (_shift_rate(m.group(g), m.group(v)) for g, v in (("a", "v1"), ("b", "v2")))
            first = m.start("v1") if m.group("v1") else m.start("a")  # the time named before is a token of its own
            out = [g for g in out if g.end <= first or g.start >= m.end()]
            out.append(GrowthTok(first, m.end(), [Rate(b, *m.span("b"))], prior=Rate(a, *m.span("a")),
                                 prior_when=m.span("when") if m.group("when") else None))
        for m in L.WORD_GROWTH.finditer(text) if L.GROWTH_UNIT.search(text) else ():
            n = int(parse_number(m.group("n") or m.group("d")) or 0)
            value = float(n * 10 * L.SIGN[m.group("verb")]) if m.group("verb") else float((2 ** n - 1) * 100)
            number = m.start("n") if m.group("n") else m.start("d")  # the rate as printed: 七成, 一番
            out.append(GrowthTok(m.start(), m.end(), [Rate(value, number, m.end())]))
        for m in L.FLAT.finditer(text):
            cs = self.clause_start(m.start())
            if not L.FLAT_BLOCK.search(text, cs, m.start()) and not PERCENT.match(text, m.end()):
                out.append(GrowthTok(m.start(), m.end(), [Rate(0.0, *m.span())]))
        return out

    def bracketed_growth(self, m: re.Match[str]) -> GrowthTok | None:
        """地区生产总值（5.7%）、第一产业增加值（8.1%）均实现增长: a rate in brackets right after a
        metric is its growth when a growth word follows in the clause group."""
        text, s, e = self.text, m.start(), m.end()
        if not text.startswith(")", e) or L.METRIC_BEFORE_BRACKET.search(text, max(0, s - 24), s) is None:
            return None
        rest = text[e:text.find(";", e) if ";" in text[e:] else len(text)]
        word = L.GROWTH_WORD.search(rest)
        if word is None or L.SIGN.get(word.group(), 1) == 0:
            return None
        return GrowthTok(s, e, [Rate(percent_value(m, L.SIGN[word.group()]), s, e)])

    # -- helpers ----------------------------------------------------------------

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last ，；：（ or 、 before it."""
        if self._clause_marks is None:
            self._clause_marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text)]
        k = bisect_left(self._clause_marks, pos)
        return self._clause_marks[k - 1] + 1 if k else 0

    def group_start(self, pos: int) -> int:
        return self.text.rfind(";", 0, pos) + 1

    def prefix_scope(self, start: int, metrics: tuple[str, ...] = ()) -> tuple[str, str]:
        """Scope from the words before a metric in its clause, and the explicit region word."""
        cs = self.clause_start(start)
        parts, last, counted = [], cs, False
        for s, e in self.cut_spans:
            if cs <= s and e <= start:
                parts.append(self.text[last:s])
                last = e
                counted = counted or (self.text[e - 1] in L.CLASSIFIERS  # 127家规上企业: a counted subset
                                      and not self.counts_population(e, start, metrics))
        parts.append(self.text[last:start])
        prefix = "".join(parts)
        chrome = _AFTER_DIGITS.search(prefix)
        if chrome and not chrome.group("rest").startswith(L.CLASSIFIERS):
            prefix = chrome.group("rest")  # 新闻中心613GDP总量: page chrome and dates joined to a headline
            if prefix.startswith("%"):
                prefix = prefix[1:]  # 增长5.6%财政总收入…: a rate ends the clause before, printed without a comma
        words = list(WORD_PATTERN.finditer(prefix))
        if words:  # a whole-region word starts the subject; what precedes it is a heading or lead
            prefix = prefix[words[-1].start():]
        named = [(i, name) for i, name in names_in(prefix) if lookup(name)] if not words else []
        if named:  # 稳中求进开新局 海宁前三季度GDP…: so does a place's name
            prefix = prefix[named[0][0]:]
        explicit = words[-1].group() if words else (named[0][1] if named else "")
        # an exclusion word before an earlier metric (签约重大项目…，签约项目总投资) is that metric's
        lo = self.group_start(start)
        for sl in self.slots:
            if lo < sl.end <= start:
                lo = sl.end
        for b in self.figure_ends:  # 限上销售额847.5亿元，社会消费品零售额…: a figure closes its phrase
            if lo < b <= start and self.text.startswith((",", ";", "、"), b):
                lo = b
        excl = L.EXCLUSION.search(self.text, lo, start)
        if excl:
            return L.EXCLUSIONS[excl.group()], explicit
        if _whole_region_prefix(prefix):
            if counted:
                return "subset", explicit
            if not explicit and not set(metrics) & _GDP_FAMILY and (topic := self.clause_topic(cs)):
                return topic, explicit
            return "region", explicit
        for m in L.SCOPE.finditer(prefix):
            return SCOPE_WORDS.get(m.group(), L.EXCLUSIONS.get(m.group(), "sector")), explicit
        if len(_WORD_PREFIX.sub("", prefix)) <= 2 and not L.SECTOR_MARK.search(prefix):
            return "region", explicit  # 实际, 全口径: a short word that qualifies the metric, no sector
        return "sector", explicit

    def counts_population(self, e: int, start: int, metrics: tuple[str, ...]) -> bool:
        """全区716家规上企业实现产值: a count of the very units the metric covers is the whole set."""
        m = L.POPULATION.match(self.text, e)
        return m is not None and bool(set(metrics) & L.POPULATIONS[m.group()]) \
            and (m.end() >= start or L.GAP.fullmatch(self.text, m.end(), start) is not None)

    def clause_topic(self, cs: int) -> str:
        """房地产是第一大引资行业，合同利用外资增长310%; 薛家镇开放型经济发展迅猛，实际到账外资…:
        an earlier clause of the sentence, with no figure, names the sector or town the
        subject-less clause is about ("" when none does)."""
        lo = self.group_start(cs)
        opening = True  # the sentence's first clause after its times: its subject opens it (该镇现有…)
        for clause in _CLAUSE_SEP.split(self.text[lo:cs]):
            bare = TIME.sub("", clause).strip() if may_hold_time(clause) else clause
            if not bare:
                continue
            figures, opening = any(map(str.isdigit, clause)), opening and lo == 0
            for m in L.SCOPE.finditer(clause):
                scope = SCOPE_WORDS.get(m.group())
                at = bare.find(m.group())
                if figures and not (opening and (scope == "town" and at <= 4 or scope == "enterprise" and at <= 12)):
                    continue  # a clause with figures names its own subject, unless it opens the sentence
                if scope == "sector" or (m.group() in ("镇", "街道") and (
                        m.start() >= 2 and clause[m.start() - 1] != "城" or clause[m.start() - 1:m.start()] == "该")):
                    return scope  # a town by its name (薛家镇) or 该镇, not 城镇 (urban), 桐乡 or 农村
                if opening and scope == "enterprise" and (bare.startswith(("该", "这家", "此"))
                                                          or m.group() in ("公司", "集团", "厂")):
                    return scope  # 该公司…，实现产值…; 某某集团有限公司…，实现出口…
            opening = False
        return ""

    def plan_kind(self, start: int) -> str:
        """target or forecast when a plan word governs ``start``: in its clause group, or leading
        the whole sentence (预计全年：…；…)."""
        last = None
        for m in L.PLAN.finditer(self.text, self.group_start(start), start):
            if not L.ACHIEVED.search(self.text, max(0, m.start() - 6), m.start()) \
                    and not L.COMPARED_PLAN.search(self.text, max(0, m.start() - 8), m.start()):
                last = m.group()
        if last is None:
            lead = L.PLAN_LEAD.match(self.text) or L.PLAN_COLON.match(self.text)
            last = lead.group("word") if lead is not None and lead.end() <= start else None
        if last is None:
            return ""
        return "target" if last.startswith("到") else PLAN_WORDS[last]

    # -- main -------------------------------------------------------------------
    def run(self) -> None:
        """Read the tokens left to right; each kind has its step, and the steps share a
        :class:`Cursor` (what is in force at this point of the sentence)."""
        toks = self.tokens()
        cur = Cursor(toks, [(s, e) for s, e, k, _ in toks if k == "time"])
        cur.period_toks = [(s, e, v) for s, e, k, v in toks if k == "time" and v.kind == "time" and v.period]  # type: ignore[attr-defined]
        self.amount_spans = [(s, e) for s, e, k, _ in toks if k == "amount"]
        self.figure_ends = [e for _, e, k, _ in toks if k in ("amount", "growth", "pct")]
        self.basis_spans = {(s, e) for s, e, k, v in toks if k == "time" and v.kind == "basis"}  # type: ignore[attr-defined]
        self.cut_spans = sorted(cur.times + self.amount_spans)  # the times and amounts cut out of a subject
        item_runs = self.region_items(toks)
        steps = {"time": self.on_time, "region": self.on_region, "metric": self.on_metric,
                 "amount": self.on_amount, "growth": self.on_growth, "pct": self.on_pct}
        for i, tok in enumerate(toks):
            if tok[0] < cur.skip_until or (item_runs and any(r[0].start <= tok[0] < r[-1].end for r in item_runs)):
                continue
            steps[tok[2]](cur, i, tok)
        for run in item_runs:
            self.item_slots(run)
        if "(" in self.text:
            self.compared_slots()
        if self.ds.unknown_total and L.QIZHONG_START.match(self.text):
            for slot in self.slots:  # 民营经济增加值122.6亿元…。其中，第一产业增加值…: parts of that whole
                if slot.scope == "region" and not slot.explicit_region:
                    slot.scope = "subset"
        self.apply_shares()
        # only a sentence that gives no fact names a population for the next (规上工业呈现…。)
        self.ds.populations = frozenset() if self.slots else populations_in(self.text)
        self.ds.unknown_total = bool(self.amount_spans) and not any(
            sl.start < self.amount_spans[0][0] for sl in self.slots)  # its first figure is no metric's

    def on_time(self, c: Cursor, i: int, tok: Token) -> None:
        """A time moves the sentence's time, unless it is a comparison's own (比2020年, 从2023年的,
        是2015年的1.5倍), the level of a year before (去年同期为…) or a plan's period (年度预算)."""
        text, ds, state = self.text, self.ds, self.state
        s, e, _, val = tok
        if val.kind == "basis" and (level := L.BASIS_LEVEL.match(text, s)):  # type: ignore[union-attr]
            year, period, _ = resolve_time(state.snapshot(), ds)  # 去年同期为364.4亿元
            if year is not None and period:
                self.local_time = (level.end(), (year - 1, period, 0))
            return
        if compared_time(text, s, e) or (
                self.local_time and (s == self.local_time[0] or L.LIST_JOIN.fullmatch(text[self.local_time[0]:s]))):
            if self.local_time and s - self.local_time[0] <= 1:  # 2020年全年: one time in two tokens
                local = TimeState(self.local_time[1][0], self.local_time[1][1], 0, False)
            else:
                local = state.copy()
            apply_time(local, val, ds)  # type: ignore[arg-type]
            self.local_time = (e, local.snapshot())
            return
        if val.period and val.year is None and val.rel is None and L.PLAN_AFTER.match(text, e):  # type: ignore[union-attr]
            return  # 完成年度预算的31.7%: the period of a plan, not of the figures around it
        apply_time(state, val, ds)  # type: ignore[arg-type]
        if c.slot is not None and not c.slot.amounts and not c.slot.growths:
            c.slot.time = state.snapshot()

    def on_region(self, c: Cursor, i: int, tok: Token) -> None:
        """A place: the subject of what follows (a list of places when joined), unless it is compared
        with (高于全省, 全市第二) or named inside a share."""
        text, ds = self.text, self.ds
        s, e, _, val = tok
        in_list = bool(c.regions) and bool(L.LIST_JOIN.fullmatch(text[c.region_end:s]))
        if val in L.BOUND_WORDS and any(b == s for b in self.figure_ends):
            return  # 突破千亿元大关: a bound after its figure, not the county 大关
        if s < c.share_until or (not in_list and (L.COMPARISON_END.search(text[max(0, s - 3):s])
                                                  or L.RANK_AFTER.match(text, e))):
            return
        prev = c.regions[-1] if c.regions and s == c.region_end else ""
        if prev and val in REGION_WORDS:
            c.region_end = e  # 嘉兴全市: the name says which 全市
            return
        name = _region_name(val, ds, prev)  # type: ignore[arg-type]
        if val in ZONES and prev:
            c.regions[-1] = name
        elif in_list:
            c.regions.append(name)
        else:
            c.regions = [name]
        c.region_end = self.last_region_end = e
        c.regions_until = next((pe for ps, pe in self.parens if ps < s < pe), None)
        if val not in REGION_WORDS:
            self.region_mentions.append(name)
        slot = c.slot
        if slot is not None and len(c.regions) > 1 and L.LIST_BACKREF.match(text, e):
            slot.regions = list(c.regions)
        elif slot is not None and L.SUBJECT_AFTER.search(text, max(0, s - 8), s) and (
                not slot.amounts and not slot.growths or text.rfind("的", 0, s) >= max(
                    [q.end for q in slot.amounts] + [r.end for r in slot.growths] + [slot.end])):
            # GDP增速全省第一的是亳州市, …超过1000亿元的城市还有芜湖市: the subject named after the figures
            slot.regions, slot.explicit_region = [name], val  # type: ignore[assignment]
            slot.add_rule("subject-after")
        if val in ZONES:
            self.zone_only.add(name)  # a zone is a region only when listed among districts

    def on_metric(self, c: Cursor, i: int, tok: Token) -> None:
        """A metric opens a slot (or joins the list before it), with the subject, scope and kind in force."""
        s, e, _, val = tok
        if c.regions_until is not None and s > c.regions_until:
            c.regions, c.regions_until = [], None  # a region named inside brackets stays there
        slot = self.metric_slot(s, e, val, c.regions, c.times, c.period_toks, c.share_until)  # type: ignore[arg-type]
        if slot is None:
            return
        c.skip_until = slot.end
        if c.slot is not None and (joined := self.extends_list(c.slot, slot)):
            c.slot.metrics, c.slot.end, c.chain_end = c.slot.metrics + slot.metrics, slot.end, joined
            c.slot.add_rule("metric-list")
            if "" in c.slot.metrics:
                c.slot.add_rule("unknown-items")
            return
        self.carry_scope(c, slot, s)
        if self.text.lstrip().startswith("其中") and self.prev_kind != "actual" and slot.kind == "actual":
            slot.kind = self.prev_kind
        if self.pending_before is not None:
            slot.amounts.append(self.pending_before)
            slot.add_rule("amount-before-metric")
            self.pending_before = None
        self.slots.append(slot)
        self.receivers.append(slot)
        c.slot, c.chain_end = slot, slot.end
        if tail := self.unknown_tail(slot):
            c.chain_end = c.skip_until = tail
            slot.add_rule("metric-list")
            slot.add_rule("unknown-items")

    def carry_scope(self, c: Cursor, slot: Slot, s: int) -> None:
        """A scope other than the region's carries to the subject-less metrics after it, through
        its clause group (or its brackets: 不含港区，…)."""
        if c.carry_until is not None and s > c.carry_until:
            c.carry, c.carry_until = "", None
        if c.carry and self.group_start(s) > c.carry_from:
            c.carry = ""
        if slot.scope == "region" and c.carry and not slot.explicit_region:
            slot.scope = c.carry
        elif slot.scope != "region":
            c.carry, c.carry_from = slot.scope, self.group_start(s)
            c.carry_until = next((pe for ps, pe in self.parens if ps < s < pe), None)

    def on_amount(self, c: Cursor, i: int, tok: Token) -> None:
        """An amount is the figure of the slot before it when only fillers (or a reference time,
        a bound, a starting level) stand between; else it may wait for the metric after it."""
        s, e, _, val = tok
        q = self.quantity(val, s, e)  # type: ignore[arg-type]
        if self.local_time and (L.GAP.fullmatch(self.text, self.local_time[0], s)
                                or self.text.startswith("的", self.local_time[0]) and self.local_time[0] + 1 == s):
            q.time = self.local_time[1]  # 已超2020年全年的1503.6亿元
        self.local_time = None
        if q.role == "threshold" and not c.carry:
            c.carry, c.carry_from = "subset", self.group_start(s)
        slot = c.slot
        last = slot.amounts[-1] if slot is not None and slot.amounts else None
        if last is not None and last.role == "baseline" and q.role == "value" \
                and L.METRIC_JOIN.fullmatch(self.text, last.end, s):
            q.role = "baseline"  # 从4.89万元、2.90万元分别提高到…: a list of starting levels
        if slot is not None and slot.growths and not slot.amounts and c.growth_end > c.chain_end:
            c.chain_end = c.growth_end  # 比上年增长25.3%，达到2400亿元: the level after its growth
        gap_times = [t for t in c.times if c.chain_end <= t[0] and t[1] <= s]
        if slot is not None and q.role != "other" and self.joins(c, slot, q, s, gap_times):
            if gap_times and slot.amounts:
                slot = Slot(slot.metrics, slot.start, slot.end, slot.alias, slot.broad, list(slot.regions),
                            slot.scope, slot.kind, q.time, slot.explicit_region, rule="reference-level")
                self.slots.append(slot)
                c.slot = slot
            slot.amounts.append(q)
            c.chain_end = q.end
        else:
            c.slot = None
            if self.before_metric(q, c.toks, i):
                return
        self.receivers.append(q)

    def joins(self, c: Cursor, slot: Slot, q: Quantity, s: int, gap_times: list[tuple[int, int]]) -> bool:
        """Whether amount ``q`` at ``s`` is the next figure of ``slot``."""
        gap = self.text[c.chain_end:s]
        for ts, te in reversed(gap_times):
            gap = gap[: ts - c.chain_end] + gap[te - c.chain_end:]
        last = slot.amounts[-1] if slot.amounts else None
        return bool(
            L.GAP.fullmatch(gap) or (last and L.REGION_GAP.fullmatch(gap))
            or (last and last.role == "baseline" and L.FROM_TO_GAP.fullmatch(gap))
            or self.after_bound(slot, c.chain_end, s)
            or (gap_times and last and q.amount is not None and last.amount is not None
                and q.amount.base_unit == last.amount.base_unit
                and self.reference_gap(max(c.chain_end, c.growth_end), s, gap_times)))

    def on_growth(self, c: Cursor, i: int, tok: Token) -> None:
        """A growth phrase: a new period's rate of the slot (7月份增长…，1—7月累计增长…), else the
        rate of the figure or slot before it."""
        s, e, _, val = tok
        if val.base_year is not None:  # type: ignore[attr-defined]
            year = resolve_time(self.state.snapshot(), self.ds)[0]
            if year is None or val.base_year != year - 1:  # type: ignore[attr-defined]
                c.growth_end = e
                return  # 2023年…比2018年增长36.5%: a growth over five years, not year on year
        if c.slot is not None and self.new_period_growth(c.slot, val, c.times, max(c.chain_end, c.growth_end)):  # type: ignore[arg-type]
            c.growth_end = e
            return
        self.attach_growth(val, c.slot)  # type: ignore[arg-type]
        if c.slot is not None and (c.slot.amounts[-1].has_growth if c.slot.amounts else bool(c.slot.growths)):
            c.growth_end = e

    def on_pct(self, c: Cursor, i: int, tok: Token) -> None:
        """A percent with no growth word: a share (占全市…) hides the places and metrics it names."""
        s, e = tok[0], tok[1]
        if L.SHARE_WORD in self.text and L.SHARE_CUE.search(self.text, max(0, s - 16), s):
            c.share_until = max(c.share_until, e)
        self.receivers.append(Quantity(s, e, role="share"))

    def region_items(self, toks: list[tuple[int, int, str, object]]) -> list[list[RegionItem]]:
        """平湖市(6.8%)、秀洲区(6.2%): runs of two or more regions, each with its own figure."""
        text = self.text
        runs: list[list[RegionItem]] = []
        run: list[RegionItem] = []
        names = [(s, e, v) for s, e, k, v in toks if k == "region" and v not in REGION_WORDS]
        if len(names) < 2:
            return runs
        for start, name_end, name in names:
            if name not in ZONES and lookup(name) is None:  # type: ignore[arg-type]
                continue
            lead = L.ITEM_LEAD.match(text, name_end)
            pos = lead.end()  # type: ignore[union-attr]
            fig = PERCENT.match(text, pos)
            kind = "pct"
            if fig is None or fig.group("times"):
                fig, kind = AMOUNT.match(text, pos), "amount"
                if fig is not None and not (fig.group("mag") or fig.group("unit")):
                    fig = None
            end = fig.end() if fig is not None else -1
            if fig is not None and lead.group("open"):  # type: ignore[union-attr]
                end = end + 1 if text.startswith(")", end) else -1
            if fig is None or end < 0:
                continue
            if kind == "amount" and lead.group("verb"):  # type: ignore[union-attr]
                continue  # 增长2亿元: a change, not the region's level
            item = RegionItem(name, start, end, kind, fig, lead.group("verb") or "")  # type: ignore[arg-type,union-attr]
            if run and run[-1].kind == kind and L.ITEM_SEP.fullmatch(text, run[-1].end, start):
                run.append(item)
            else:
                if len(run) >= 2:
                    runs.append(run)
                run = [item]
        if len(run) >= 2:
            runs.append(run)
        return runs

    def item_slots(self, run: list[RegionItem]) -> None:
        """One slot per region item, for the metric named before the list."""
        text, start = self.text, run[0].start
        base = next((sl for sl in reversed(self.slots) if sl.end <= start and sl.rule != "region-list"), None)
        lead = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1  # 增速前三位的县是：…
        if base is None and (base := self.elided_base(run)) is not None:
            between = text[self.group_start(start):start]
        elif base is None or len(base.metrics) != 1 or (
                self.group_start(base.end) != self.group_start(start) and base.end > 0):  # end 0: the topic
            return
        else:
            between = L.COMPARED_RATE.sub("", text[base.end if base.end else lead:start])
            own_end = max([q.end for q in base.amounts] + [r.end for r in base.growths] + [base.end])
            continues = own_end > base.end and L.ITEM_SEP.fullmatch(text, own_end, start)  # 平湖1100亿元、海盐750亿元
            if any(map(str.isdigit, between)) and not L.QIZHONG_END.search(between) and not continues:
                return  # figures in between belong to the base, unless the list is its 其中 or goes on from it
        cue = L.GROWTH_WORD.search(between)
        if run[0].kind == "pct" and cue is None:
            return
        sign = -1 if cue is not None and L.SIGN.get(cue.group(), 1) < 0 else 1
        scope = "region" if L.EVERY_REGION.search(text, self.group_start(base.start), base.start) \
            else base.scope
        for it in run:
            name = _region_name(it.name, self.ds)
            slot = Slot(base.metrics, it.start, it.end, base.alias, base.broad, [name], scope, base.kind,
                        base.time, explicit_region=it.name,
                        rule="region-list" + ("+elided-metric" if base.rule == "elided-metric" else ""))
            if it.kind == "pct":
                own = L.SIGN.get(it.verb, 1) if it.verb else sign
                slot.growths = [Rate(percent_value(it.fig, -1 if own < 0 else 1), *it.fig.span())]
            else:
                slot.amounts = [self.quantity(it.fig, it.fig.start(), it.fig.end())]
            self.slots.append(slot)

    def compared_slots(self) -> None:
        """增长8.7%，分别高于全省(6.3%)、金华(6.7%)2.4和2.0个百分点: the places a rate is compared
        with, each with its own rate in brackets, are facts of those places for the same metric."""
        for m in L.COMPARED_PLACES.finditer(self.text):
            base = next((sl for sl in reversed(self.slots) if sl.end <= m.start() and sl.rule.startswith("metric")), None)
            if base is None or len(base.metrics) != 1 or self.group_start(base.end) != self.group_start(m.start()) \
                    or not (base.growths or any(q.has_growth for q in base.amounts)):
                continue
            for it in L.COMPARED_ITEM.finditer(self.text, m.start("items"), m.end("items")):
                name = _region_name(it.group("place"), self.ds)
                slot = Slot(base.metrics, it.start(), it.end(), base.alias, base.broad, [name],
                            "national" if name == "全国" else base.scope, base.kind, base.time,
                            explicit_region=it.group("place"), rule="compared-place")
                slot.growths = [Rate(float(it.group("rate")), *it.span("rate"))]
                self.slots.append(slot)

    def elided_base(self, run: list[RegionItem]) -> Slot | None:
        """有6个省份增速超过全国，分别是江苏(7.1%)、安徽(6.9%)…: a list of places' rates whose
        metric the sentence leaves out; a set of places and a rate word lead it, and the metric is
        the document's headline metric, the one it named first (a slot of no width at the list's start)."""
        start = run[0].start
        lead = self.text[self.group_start(start):start]
        if run[0].kind != "pct" or len(self.ds.head_metric) != 1 or self.slots \
                or not L.EVERY_REGION.search(lead) or not L.GROWTH_WORD.search(lead):
            return None
        metric = self.ds.head_metric[0]
        return Slot(self.ds.head_metric, start, start, METRICS[metric].label_zh, False, [self.ds.home], "region",
                    self.plan_kind(start) or "actual", self.state.snapshot(), rule="elided-metric")

    def metric_slot(self, s: int, e: int, surface: str, regions: list[str],
                    times: list[tuple[int, int]], period_toks: list, share_until: int) -> Slot | None:
        text, ds = self.text, self.ds
        alias = ALIASES[L.alias_of(surface)]
        if text.endswith(L.MODIFIERS_BEFORE, max(0, s - 2), s) or (
                text.startswith(L.MODIFIERS_AFTER, e) and not L.RANKING_LIST.match(text, e)):
            return None
        if share_until > s or _SHARE_BEFORE.search(text, max(0, s - 14), s):
            return None
        if alias.rate_only and not L.RATE_FOLLOWS.match(text, e):
            return None  # 规上工业企业12家: the industry named, not its value added
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
        if alias.context == "gdp":
            if not set(ds.last_metric) & _GDP_FAMILY:
                return None
        elif alias.context and (not (any(alias.context in sl.metrics for sl in self.slots)
                                     or self.population_named(s, metrics)) or self.tail_of_noun(s)):
            return None  # 产值 after 规上工业增加值 is its output, unless a longer noun ends in it (高新技术产品产值)
        if alias.context and self.slots and set(self.slots[-1].metrics) == set(metrics) \
                and not any(self.slots[-1].end <= ts < s for ts, _ in times) \
                and _whole_region_prefix(text[self.clause_start(s):s]):
            return None  # …总产值超过1100亿元，总产值增速30%: the same metric named again, no new period
        if len(metrics) == 1:  # 第一、三产业增加值: items listed before the metric that share its head
            listed, s = self.shared_head(s, surface)
            metrics = listed + metrics
        ds.last_metric = metrics
        if not ds.head_metric:
            ds.head_metric, ds.head_alias = metrics, alias.text
        scope, explicit = self.prefix_scope(s, metrics)
        kind = self.plan_kind(s) or "actual"
        for ps, pe in self.parens:
            if ps < s < pe and L.EXCLUSION.match(text, ps + 1):
                scope = "subset"
        regs = list(regions) if regions else [ds.home]
        at = text.rfind(explicit, 0, s) if explicit else -1
        if explicit in REGION_WORDS and at >= self.clause_start(s) and not ends_with_name(text, at) \
                and self.last_region_end <= at + len(explicit):  # 全市3个开发区: the later place is the subject
            regs = [_region_name(explicit, ds)]
        if scope == "region" and L.PRODUCT_LIST.match(text, end) and not L.METRIC.search(
                text, end, L.PRODUCT_LIST.match(text, end).end()):  # type: ignore[union-attr]
            scope = "sector"  # 进口原油、机电产品分别增长…: figures of the products listed
        if regs and all(r in self.zone_only and r != ds.home for r in regs) and scope == "region":
            scope = "subset"
        if alias.national and not explicit:
            regs = ["全国"]  # 国内生产总值: the nation's, whatever place the article is about
        if "全国" in regs and scope == "region":
            scope = "national"
        slot = Slot(metrics, s, end, alias.text, alias.broad, regs, scope, kind, self.state.snapshot(),
                    explicit_region=explicit)
        for name, applies in (("shared-head", len(metrics) > len(alias.metrics)),
                              ("metric-list", len(alias.metrics) > 1),  # 城乡居民收入, 第二、三产业增加值
                              ("topic-heading", e == 0 and surface == self.topic),
                              ("split-name", (s, e) in self.split_spans),
                              ("ranked-place", s == e and s in self.ranked_at)):
            if applies:
                slot.add_rule(name)
        if len(regs) > 1 and (m := L.DISTRIBUTIVE.match(text, end)) and m.group("word") == "均":
            slot.each = True  # 南湖区、秀洲区地区生产总值均增长5.7%: one figure for every place
        slot.periods = self.listed_periods(s, end, period_toks)
        return slot

    def population_named(self, s: int, metrics: tuple[str, ...]) -> bool:
        """716家规上企业当月实现产值; 规上工业呈现…。1-11月累计完成产值…: the set of units the
        metric covers is named before it in its clause, or in a sentence with no figure just before."""
        if set(metrics) & self.ds.populations or any(set(metrics) & set(sl.metrics) for sl in self.slots):
            return True  # …总产值1823.6亿元，其中8月份实现产值…: the sentence's metric, named again
        return any(set(metrics) & L.POPULATIONS[m.group()]
                   for m in L.POPULATION.finditer(self.text, self.clause_start(s), s))

    def listed_periods(self, s: int, end: int, period_toks: list) -> list[str]:
        """The periods a metric at ``s``…``end`` stands for when a list of them comes before it:
        1月份和3月份单月进出口额, or 今年4月和5月，全市出口同比分别下降6%和9% (a list leading the sentence)."""
        text = self.text
        cs = self.clause_start(s)
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
            and not _WORD_END.search(text, max(0, s - 4), s)

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

    def new_period_growth(self, cur: Slot, g: GrowthTok, times: list[tuple[int, int]], after: int) -> bool:
        """7月份增长11.2%，1—7月累计增长8.9%: a growth for a period named after the slot's own figure."""
        done = cur.growths or (cur.amounts and cur.amounts[-1].has_growth)
        if not done or len(g.values) != 1 or g.region:
            return False
        if not any(after <= ts and te <= g.start and not compared_time(self.text, ts, te)
                   and (ts, te) not in self.basis_spans for ts, te in times) or self.state.period is None:
            return False  # 比2019年同期下降10.8%: a compared time names no period of its own
        if any(after < b <= g.start for b in self.figure_ends):
            return False  # other figures between: the rate is of something else
        clone = Slot(cur.metrics, cur.start, cur.end, cur.alias, cur.broad, list(cur.regions), cur.scope,
                     self.plan_kind(g.start) or cur.kind, self.state.snapshot(), cur.explicit_region,
                     rule="period-growth")
        clone.growths = list(g.rates)
        self.slots.append(clone)
        return True

    def after_bound(self, cur: Slot | None, a: int, b: int) -> bool:
        """GDP总值虽未及2000亿门槛，却也相差不大，达到了1861.08亿元: after a slot's round bounds,
        the figure a verb introduces later in its clause group (no other metric between)."""
        if cur is None or not cur.amounts or not all(q.qualifier for q in cur.amounts):
            return False
        if self.group_start(b) != self.group_start(a) or L.METRIC.search(self.text, a, b):
            return False
        return bool(L.VALUE_VERB_END.search(self.text, max(a, b - 4), b)) and not any(
            map(str.isdigit, self.text[a:b]))

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
        if not L.METRIC_JOIN.fullmatch(self.text, cur.end, slot.start):
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

    def unknown_tail(self, slot: Slot) -> int:
        """城镇居民人均可支配收入和农村居民人均纯收入分别达到33188元和17397元: items that are no
        metric of ours after the slot's, then 分别 and as many figures as items; each unknown item
        holds a place in the list (its figure is skipped).  Where the figures may start, or 0."""
        m = L.UNKNOWN_TAIL.match(self.text, slot.end)
        if m is None:
            return 0
        items = [i.strip() for i in re.split(r"以及|、|和|及|与", m.group()) if i.strip()]
        for item in items:
            found = L.METRIC.search(item)
            if found is not None and L.GAP.fullmatch(L.GROWTH_WORD.sub("", item[found.end():])):
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
        head = text[max(0, s - 4):s]
        if head.endswith(_QUALIFIER_WORDS):
            qual = next(qq for w, qq in _QUALIFIERS_BEFORE if head.endswith(w))
        if L.THRESHOLD_AFTER.match(text, e):
            q.role = "threshold"
        else:
            tail = L.QUAL_AFTER_RE.match(text, e)
            if tail:
                qual = QUALIFIERS[tail.group()][0]
                q.end = tail.end()
        q.qualifier = qual
        if q.role == "threshold":
            return q
        if head.endswith(L.BASELINE):
            q.role = "baseline"
        elif head.endswith(L.DELTA_BEFORE) and not head.endswith(("增长到", "增加到", "提高到", "上升到")):
            q.role = "delta"
        elif L.TARGET_AFTER.match(text, q.end) or head.endswith("下达"):
            q.role = "target"
        if text.startswith(L.BOUND_WORDS, q.end) and not qual:  # 迈上5万亿台阶, 2000亿门槛: a round bound
            q.qualifier = "over"
        return q


    def before_metric(self, q: Quantity, toks: list, i: int) -> bool:
        """乡宁以18.9亿的地方财政收入: an amount right before 的 + metric."""
        if q.role != "value" or not self.text.startswith("的", q.end):
            return False
        for s, _, kind, _ in toks[i + 1:i + 3]:
            if kind == "metric" and s == q.end + 1:
                self.pending_before = q
                return True
        return False

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
                        "national" if name == "全国" else cur.scope, cur.kind, self.state.snapshot(),
                        rule="region-growth")
            slot.growths = g.rates[:1]
            self.slots.append(slot)
            return
        avail = [r for r in self.receivers if r.start >= gs and not _has_growth(r)
                 and not (isinstance(r, Quantity) and r.role in _NOT_RECEIVER)
                 and not (isinstance(r, Slot) and r.amounts)]
        if not avail:
            if not self.slots:
                self.orphan_growths.append(g)
            return
        last = avail[-1]
        if isinstance(last, Slot) and not last.amounts:
            if k == 1 or k == width(last):
                last.growths = list(g.rates)
                return
            periods = self.periods_between(last.end, g.start)
            if len(periods) == k:
                last.periods, last.growths = periods, list(g.rates)
                return
            # 工业应税销售、工业用电量同比分别增长a和b: pair by position in the list
            base = self.clause_start_list(last.start)
            items = _ITEM_SPLIT.split(self.text[base:g.start])
            if len(items) == k:
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

    def clause_start_list(self, pos: int) -> int:
        """Start of the clause, ignoring 、 (which joins list items)."""
        return max(self.text.rfind(c, 0, pos) for c in ",;:(") + 1

    def periods_between(self, a: int, b: int) -> list[str]:
        """The last list of periods (2月和3月) between two positions."""
        toks = []
        for m in TIME.finditer(self.text, a, b):
            t = time_expr(m)
            if t and t.kind == "time" and t.period:
                toks.append((m.start(), m.end(), t))
        return [t.period for _, _, t in _period_run(toks, self.text)]

    def same_place(self, name: str, regions: list[str]) -> bool:
        """Whether a place name (松江区) names one of ``regions`` (松江)."""
        place = lookup(name, self.ds.home)
        return place is not None and any((r := lookup(x, self.ds.home)) is not None and r.name == place.name
                                         for x in regions)

    def apply_shares(self) -> None:
        """均占全市1/3: figures that are a share of a larger whole are not the whole."""
        for m in L.SHARE_CUE.finditer(self.text) if L.SHARE_WORD in self.text else ():
            every = m.group().startswith("均")
            level = m.group()[-1] if "全" in m.group() else ""
            for slot in self.slots:
                last = slot.amounts[-1].end if slot.amounts else slot.end
                later = [o.start for o in self.slots if o.start > slot.start]
                close = last <= m.start() and self.group_start(m.start()) == self.group_start(slot.start) \
                    and (not later or later[0] > m.start())
                if not (close or every):
                    continue
                word = slot.explicit_region
                if word and level and not word.endswith(level) and REGION_WORDS.get(word) != "nation":
                    continue
                if m.group("place") and not self.same_place(m.group("place"), slot.regions):
                    continue  # 平湖GDP…，占嘉兴市的12%: a part of a larger place, whole for its own
                if slot.scope == "region":
                    slot.scope = "subset"


def read_unparsed(ds: DocState, text: str) -> None:
    """What a sentence the engine does not parse (no metric of ours) leaves for the next: the
    populations it names (规上工业呈现…) and whether it led with a figure of its own (民营经济
    增加值122.6亿元…: then 其中… lists parts of that whole)."""
    ds.populations = populations_in(text)
    ds.unknown_total = AMOUNT.search(text) is not None
    ranking_title(ds, text)


def ranking_title(ds: DocState, text: str) -> None:
    """各县GDP排行榜出炉: a metric named with a ranking word is the document's headline metric."""
    if ds.head_metric:
        return
    for m in L.METRIC.finditer(text):
        if text.startswith(L.RANKING_WORDS, m.end()):
            alias = ALIASES[L.alias_of(m.group())]
            ds.head_metric, ds.head_alias = alias.metrics, alias.text
            return


def populations_in(text: str) -> frozenset[str]:
    """The metrics whose population (规上工业, 规模以上企业) a text names.

    >>> sorted(populations_in("全市规上工业运行平稳")), populations_in("全市经济运行平稳")
    (['industrial_output', 'industrial_value_added'], frozenset())
    """
    return frozenset().union(*(L.POPULATIONS[m.group()] for m in L.POPULATION.finditer(text)))


def compared_time(text: str, s: int, e: int) -> bool:
    """A time a figure is compared with (比2010年, 是2010年的1.7倍, 从2016年的…): it moves nothing.

    >>> compared_time("分别是2010年的1.7倍", 3, 8), compared_time("2010年，全市", 0, 5)
    (True, False)
    """
    return bool(L.COMPARISON_END.search(text, max(0, s - 3), s) or L.MULTIPLE_AFTER.match(text, e)
                or (text.endswith(L.BASELINE, 0, s) and text.startswith("的", e)))


def _shift_rate(printed: str, verb: str | None) -> float:
    """A rate of a RATE_SHIFT: 下降5.6% and 负增长5.6% are -5.6; -5.6% is -5.6.

    >>> _shift_rate("5.6%", "下降"), _shift_rate("-5.6 %", None), _shift_rate("1.1%", "增长")
    (-5.6, -5.6, 1.1)
    """
    value = float(printed.rstrip("% "))
    return -abs(value) if verb in ("下降", "负增长") else value


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


def _has_growth(r: Slot | Quantity) -> bool:
    return r.has_growth if isinstance(r, Quantity) else bool(r.growths)


def width(slot: Slot) -> int:
    """How many facts a slot stands for (metrics, regions or periods listed in it)."""
    return max(len(slot.metrics), len(slot.regions), len(slot.periods), 1)


def pick_amounts(slot: Slot, n: int) -> list[Quantity | None]:
    """The amount of each of a slot's ``n`` facts: exact values before bounds (突破千亿元，达1008.7亿元)."""
    values = [q for q in slot.amounts if q.role == "value" and q.amount is not None]
    if not values:
        return [None] * n
    exact = [q for q in values if not q.qualifier]
    if len(values) == n:
        return list(values)
    if exact and len(exact) == n:
        return list(exact)
    if n == 1:
        if exact:
            return [exact[0]]
        over = [q for q in values if q.qualifier == "over"]
        if over:
            return [max(over, key=lambda q: q.amount.value_base)]  # type: ignore[union-attr]
        return [min(values, key=lambda q: q.amount.value_base)]  # type: ignore[union-attr]
    return [values[0]] * n if len(values) == 1 else [None] * n  # 均突破2亿美元: one value for every item

"""Why a text gave the facts it gave: tokens, phrases with their rules, and every figure's fate.

``explain(text)`` runs the extractor with a trace and reports, sentence by sentence, the tokens
it read (time, metric, amount, growth, rate, place) and the phrases (slots) it built with the
rule that built each; then, for every figure printed in the text (each amount with a unit and
each percent), the fact it became or why it was left out.  ``python -m indicators explain``
prints it.

>>> e = explain("上半年，全市实现生产总值385.12亿元，增长5.7%，其中第三产业占比52.1%。",
...             pub_date="2024-07-26", region="平湖")
>>> [(f.printed, f.outcome) for f in e.figures]
[('385.12亿元', 'fact'), ('5.7%', 'fact'), ('52.1%', 'left out')]
>>> e.figures[2].why
'a share (占…), not a growth rate'

A table's cells, whose unit is in the header, are figures too:

>>> e = explain("2023年各县（市、区）生产总值\\n县（市、区） | 生产总值（亿元） | 增长（%） |\\n海宁市 | 1321.5 | 5.8 |\\n"
...             "桐乡市 | 1245.8 | 6.1 |\\n", pub_date="2024-02-01", region="嘉兴")
>>> [(f.printed, f.outcome, f.facts[0].region) for f in e.figures]
[('1321.5', 'fact', '海宁'), ('1245.8', 'fact', '桐乡')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..base.schema import Fact, facts_frame
from ..base.tables import ALIASES
from ..ingest.documents import make_document
from ..rules import lexicon as L
from ..rules.numbers import AMOUNT, PERCENT
from ..rules.sentence import Sentence
from ..rules.timeline import DocState, resolve_time
from .extract import Extractor

_POINTS_AFTER = re.compile(r"\s*个?百分点")
_SHARE_BEFORE = re.compile(r"占[^,;。%]{0,14}$|(?:比重|占比|比例)[^,;。%]{0,4}$")
_AVERAGE_BEFORE = re.compile(r"年均(?:增长|增速|增幅)?[^,;。%]{0,4}$")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A slot the engine built: a metric mention and what bound to it, with the rule's name."""

    rule: str
    metrics: tuple[str, ...]
    regions: tuple[str, ...]
    scope: str
    kind: str
    amounts: tuple[str, ...]
    growths: tuple[float, ...]
    timed: bool = True  # a period was in force for it when it was read
    since: int = 0  # 农民人均收入 of 2011: the year its words name the metric from, when its figure is older


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    """One sentence the engine parsed, with its tokens (kind, printed text) and phrases."""

    start: int
    text: str
    tokens: tuple[tuple[str, str], ...]
    phrases: tuple[Phrase, ...]
    steps: tuple[tuple[str, str], ...] = ()  # the grammar's rules that fired, with the text they took


@dataclass(frozen=True, slots=True)
class Figure:
    """A number printed in the text and what became of it."""

    printed: str
    start: int  # offsets in the original text
    end: int
    outcome: str  # fact | labelled | left out
    why: str = ""
    facts: tuple[Fact, ...] = ()


@dataclass(slots=True)
class Explanation:
    """The trace of one text's extraction."""

    facts: pd.DataFrame
    sentences: list[SentenceTrace] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


def explain(text: str, pub_date: str | None = None, region: str | None = None) -> Explanation:
    """Extract ``text`` with a trace; see the module docstring."""
    doc = make_document("text", text, region=region, pub_date=pub_date)
    ex = Extractor(doc)
    ex.trace = []
    facts = ex.run() if doc.text else []
    sentences = [SentenceTrace(s_start, s_text, tuple((kind, s_text[s:e]) for s, e, kind, _ in parser.toks),
                               tuple(_phrase(sl, s_text, ex.ds) for sl in parser.slots), _steps(parser))
                 for s_start, s_text, parser in ex.trace]
    rep_text = ex.rep.text
    figures = [_figure(m, rep_text, ex, facts, sentences) for m in _printed_figures(rep_text)]
    figures = sorted(figures + _cells(doc.text, facts, figures), key=lambda f: f.start)
    return Explanation(facts_frame(facts), sentences, figures)


def _cells(text: str, facts: list[Fact], figures: list[Figure]) -> list[Figure]:
    """The figures of facts that no printed amount or percent holds: a table's cells (1321.5
    under a header 生产总值（亿元）), each with the facts it became."""
    held = {id(f) for fig in figures for f in fig.facts}
    by_span: dict[tuple[int, int], list[Fact]] = {}
    for f in facts:
        if id(f) not in held:
            by_span.setdefault((f.start, f.end), []).append(f)
    out = []
    for (start, end), mine in by_span.items():
        scored = [f for f in mine if f.scope == "region" and f.kind == "actual"]
        why = "" if scored else (f"scope {mine[0].scope}" if mine[0].scope != "region" else f"kind {mine[0].kind}")
        out.append(Figure(text[start:end], start, end, "fact" if scored else "labelled", why, tuple(mine)))
    return out


def _phrase(slot: object, s_text: str, ds: DocState) -> Phrase:
    times = [slot.time] + [q.time for q in slot.amounts]  # type: ignore[attr-defined]
    return Phrase(slot.rule, tuple(slot.metrics), tuple(slot.regions), slot.scope, slot.kind,  # type: ignore[attr-defined]
                  tuple(s_text[q.start:q.end] for q in slot.amounts),  # type: ignore[attr-defined]
                  tuple(r.value for r in slot.growths)  # type: ignore[attr-defined]
                  + tuple(q.growth for q in slot.amounts if q.has_growth),  # type: ignore[attr-defined]
                  bool(slot.periods or any(resolve_time(t, ds)[1] for t in times)),  # type: ignore[attr-defined]
                  _older_since(slot.alias, resolve_time(slot.time, ds)[0]))  # type: ignore[attr-defined]


def _older_since(alias: str, year: int | None) -> int:
    """The year an alias names a metric of its from, when the figure's ``year`` is before it (0 otherwise)."""
    since = max((y for _, y in ALIASES[alias].since), default=0) if alias in ALIASES else 0
    return since if year is not None and year < since else 0


def _steps(parser: Sentence) -> tuple[tuple[str, str], ...]:
    """The rules that fired in a sentence, each with the text of the tokens it took (a rule of
    the whole sentence: how many slots it built or changed)."""
    toks, out = parser.toks, []
    for name, i, n in parser.fired:
        if i >= 0:
            out.append((name, parser.text[toks[i].start:toks[i + n - 1].end]))
        else:
            out.append((name, f"{n} slot(s)"))
    return tuple(out)


def _printed_figures(text: str) -> list[re.Match[str]]:
    """Amounts with a magnitude or unit, and percents, in order, none inside another."""
    found = [m for m in PERCENT.finditer(text)]
    taken = [(m.start(), m.end()) for m in found]
    found += [m for m in AMOUNT.finditer(text) if m.group("mag", "unit") != (None, None)
              and not any(s < m.end() and m.start() < e for s, e in taken)]
    return sorted(found, key=lambda m: m.start())


def _figure(m: re.Match[str], text: str, ex: Extractor, facts: list[Fact],
            sentences: list[SentenceTrace]) -> Figure:
    start, end = ex.rep.span(m.start(), m.end())
    is_rate = m.re is PERCENT
    mine = tuple(f for f in facts if _holds(f, m, start, end, is_rate)) or (_folded(m, ex, facts) if is_rate else ())
    printed = m.group()
    if mine:
        scored = [f for f in mine if f.scope == "region" and f.kind == "actual"]
        if scored:
            return Figure(printed, start, end, "fact", "", mine)
        f = mine[0]
        why = f"scope {f.scope}" if f.scope != "region" else f"kind {f.kind}"
        return Figure(printed, start, end, "labelled", why, mine)
    return Figure(printed, start, end, "left out", _why(m, text, is_rate, sentences, ex))


def _holds(f: Fact, m: re.Match[str], start: int, end: int, is_rate: bool) -> bool:
    """Whether fact ``f`` carries the figure: its printed span, or its rate printed in its sentence
    (or in the sentence after it, for a rate that sentence handed back: ``next-sentence-growth``)."""
    if f.start <= start and end <= f.end:
        return True
    if is_rate and f.yoy_pct is not None and (f.sent_start <= start and end <= f.sent_end or (
            "next-sentence-growth" in f.rule and f.sent_end <= start < f.sent_end + _NEXT_SENTENCE)):
        rate = _rate_of(m)
        return rate is not None and abs(abs(f.yoy_pct) - rate) < 1e-6
    return False


def _folded(m: re.Match[str], ex: Extractor, facts: list[Fact]) -> tuple[Fact, ...]:
    """The facts a rate was folded into from a mention of its own (…GDP为16452.8亿元。其同比增长率为5.5%: the rate's
    slot, merged into the level's fact: ``growth-from-another-mention``)."""
    for s_start, _, parser in ex.trace or ():
        for sl in parser.slots:
            if any(s_start + r.start == m.start() for r in sl.growths):
                return tuple(f for f in facts if "growth-from-another-mention" in f.rule and f.metric in sl.metrics
                             and f.region in sl.regions and any(f.yoy_pct == r.value for r in sl.growths))
    return ()


_NEXT_SENTENCE = 200  # how far after its fact's sentence a rate the next sentence gave may be printed


def _why(m: re.Match[str], text: str, is_rate: bool, sentences: list[SentenceTrace], ex: Extractor) -> str:
    """The first reason that holds for a figure that became no fact."""
    before = text[max(0, m.start() - 16):m.start()]
    if (is_rate and _POINTS_AFTER.match(text, m.end())) or text.startswith("百分点", m.end()):
        return "percentage points, not a growth rate"
    if is_rate and m.group("times"):
        return "a multiple (倍), not a year-on-year growth"
    if is_rate and _SHARE_BEFORE.search(before):
        return "a share (占…), not a growth rate"
    if is_rate and _AVERAGE_BEFORE.search(before):
        return "an average annual growth (年均), not year on year"
    group = max(text.rfind(c, 0, m.start()) for c in ";。\n") + 1  # (the rate's clause group)
    if is_rate and (frame := L.AVERAGE_FRAME.search(text, group, m.start())):
        return f"an average rate ({frame.group()[:-1]}), not year on year"
    cue = L.GROWTH_CUE_END.search(before) if is_rate else None  # the growth word the engine reads there
    if is_rate and (town := _town_before(text, group, m.start(), m.start() - len(before) + cue.start() if cue else -1)):
        return f"a town's rate ({town}), not the region's"
    if cue is not None and (base := L.BASE_YEAR_BEFORE.search(before, 0, cue.start())):
        since = f"{base.group('year')} (比{base.group('year')}年)" if base.group("year") else \
            f"the end of the {base.group('plan')}五 plan (比“{base.group('plan')}五”末)"
        return f"a growth since {since}, not year on year"
    if not is_rate and L.names_change(before):
        return f"a change ({before[-2:]}…), not a level"
    start = ex.rep.span(m.start(), m.end())[0]
    sentence = next((s for s in sentences if s.start <= m.start() < s.start + len(s.text)), None)
    if sentence is None or not any(kind == "metric" for kind, _ in sentence.tokens):  # unparsed: no metric
        return "no metric in its sentence"
    holder = next((p for p in sentence.phrases if m.group() in p.amounts or (
        is_rate and _rate_of(m) in [abs(g) for g in p.growths])), None)
    if holder is not None and holder.since:
        return f"an older measure: these words name the metric only from {holder.since} (纯收入 or 现金收入 before)"
    if holder is not None and not holder.timed:
        return "no period: nothing before it in the text says which months or year it is for"
    if holder is not None and holder.amounts == (m.group(),) and len(set(holder.regions)) > 1:
        return "the joint total of the places listed (no 均 or 分别 gives each its own)"
    if holder is not None and m.group() in holder.amounts:
        return "a figure of its phrase that another replaced (a round bound, a starting level, a list it did not fit)"
    if not sentence.phrases:
        return "no phrase: the metric words are a modifier, a share or a ranking here"
    clause = re.split(r"[,;:]", text[max(0, m.start() - 24):m.start()])[-1]
    return f"no metric phrase holds it (the words before it: {clause or '-'}; at {start})"


def _town_before(text: str, group: int, at: int, cue: int) -> str:
    """The town by its name that opens the clause of the rate at ``at`` (growth word at ``cue``), alone
    or ranked (其中西塘镇最高,为17.3%; 其中新埭镇增长9.1%), in the clause group from ``group``, or "".

    >>> t = "全县增速全部为正,其中西塘镇最高,为17.3%"; _town_before(t, 0, t.index("17"), 2)
    '西塘镇'
    >>> t = "全县增长6.1%,其中新埭镇增长9.1%"; _town_before(t, 0, t.index("9.1"), t.index("增长9")), _town_before(t, 0, 4, 2)
    ('新埭镇', '')
    """
    last = text.rfind(",", group, at)
    for end in (cue, last + 1, text.rfind(",", group, max(last, group)) + 1):
        if end > group and (found := L.TOWN_BEFORE_RATE.search(text, group, end)):
            named = found.group().lstrip(",").removeprefix("其中").lstrip(",")
            return next(L.TOWN_MENTION.finditer(named), found).group()
    return ""


def _rate_of(m: re.Match[str]) -> float | None:
    """The absolute value of a printed rate, or of a multiple as the percent a growth of it reads
    (增长了1倍: 100, as ``numbers.percent_value`` gives it), or None.

    >>> _rate_of(PERCENT.search("增长5.8%")), _rate_of(PERCENT.search("增长了1.5倍"))
    (5.8, 150.0)
    """
    try:
        if m.group("times"):
            return abs(round(float(m.group("times").replace(",", "")) * 100, 6))
        return abs(float((m.group("num") or "").replace(",", "")))
    except ValueError:
        return None


def format_explanation(e: Explanation) -> str:
    """The explanation as text, for the CLI."""
    lines: list[str] = []
    for s in e.sentences:
        lines.append(f"sentence @{s.start}: {s.text.strip()}")
        lines.append("  tokens: " + "  ".join(f"{kind}:{printed}" for kind, printed in s.tokens))
        lines.append("  rules: " + "  ".join(f"{name}({took})" for name, took in s.steps))
        for p in s.phrases:
            figures = ", ".join([*p.amounts, *(f"{g:+g}%" for g in p.growths)]) or "-"
            lines.append(f"  phrase [{p.rule}] {'/'.join(p.metrics)} of {'/'.join(p.regions)} "
                         f"({p.scope}, {p.kind}): {figures}")
    lines.append("figures:")
    for f in e.figures:
        if f.facts:
            made = "; ".join(f"{x.region} {x.metric} {x.year} {x.period} "
                             f"{'' if x.value is None else f'{x.value:g}{x.unit}'}{f' ({x.qualifier})' if x.qualifier else ''}"
                             f"{'' if x.yoy_pct is None else f' yoy {x.yoy_pct:+g}%'} [{x.rule}]" for x in f.facts)
            lines.append(f"  {f.printed} @{f.start}: {f.outcome}{' (' + f.why + ')' if f.why else ''} -> {made}")
        else:
            lines.append(f"  {f.printed} @{f.start}: left out: {f.why}")
    lines.append(f"{len(e.facts)} facts")
    return "\n".join(lines)

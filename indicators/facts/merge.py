"""Fold duplicate mentions of one fact and mark conflicts within a document.

Facts share a key when they agree on (doc, region, metric, year, period,
scope, kind).  Mentions that agree (or where one lacks the value or the
growth) fold into one row.  A broad variant (工业增加值) gives way to the
headline one (规上工业增加值); an exact value beats a bound (超40亿) and its own
rounded form (2.9万亿元 beside 29129.03亿元; a headline's whole 3010亿元 beside 3010.47亿元), and an exact rate beats one printed as a
bound (增速达到10%以上 beside 增长11.9%); a round
figure that restates the document's estimate of the same fact (突破1000亿元 … 预计
完成1002亿元) is that estimate; values that still differ are all kept and marked
``conflict``.
"""
from __future__ import annotations

from ..base.schema import Fact


def _key(f: Fact) -> tuple:
    return (f.doc, f.region, f.metric, f.year, f.period, f.scope, f.kind)


def _same_value(a: Fact, b: Fact) -> bool:
    if a.value_base is None or b.value_base is None:
        return True
    return abs(a.value_base - b.value_base) <= 1e-6 * max(abs(a.value_base), 1.0) and a.qualifier == b.qualifier


def _same_yoy(a: Fact, b: Fact) -> bool:
    return a.yoy_pct is None or b.yoy_pct is None or abs(a.yoy_pct - b.yoy_pct) <= 0.05


def _fold(a: Fact, b: Fact) -> Fact:
    if a.value is None and b.value is not None:
        a, b = b, a
    if a.yoy_pct is None and b.yoy_pct is not None:
        return a._replace(yoy_pct=b.yoy_pct, rule=a.rule + "+growth-from-another-mention")
    return a


def _within(bound: Fact, exact: Fact) -> bool:
    """Whether an exact value is one the bound describes (突破1300亿元 of 1300.5亿元)."""
    if bound.value_base is None or exact.value_base is None:
        return False
    if bound.qualifier == "over":
        return exact.value_base >= bound.value_base
    if bound.qualifier == "under":
        return exact.value_base <= bound.value_base
    return abs(exact.value_base - bound.value_base) <= 0.1 * abs(bound.value_base)


def _rates_of_bounds(group: list[Fact], bounds: list[Fact]) -> list[Fact]:
    """An exact value that beats a bound keeps the bound's rate when it has none of its own
    (…突破1300亿元大关，同比微增1.5%。…产值1300.5亿元: 1300.5亿元 with +1.5%)."""
    for b in bounds:
        fits = [i for i, f in enumerate(group) if f.value is not None and _within(b, f)]
        if b.yoy_pct is None or len(fits) != 1 or group[fits[0]].yoy_pct is not None:
            continue
        f = group[fits[0]]
        group[fits[0]] = f._replace(yoy_pct=b.yoy_pct, rule=f.rule + "+growth-from-another-mention")
    return group


def _round(value: float) -> bool:
    """Whether a figure is printed round, to two significant digits at most (1000, 1200, 3.5万).

    >>> _round(1000.0), _round(1200.0), _round(3.5), _round(1002.0), _round(88.4)
    (True, True, True, False, False)
    """
    return len(("%.6g" % abs(value)).split("e")[0].replace(".", "").strip("0")) <= 2


def _digits(value: float) -> tuple[int, int]:
    """How many significant digits a printed figure has, and the power of ten of its last one.

    >>> _digits(2.9), _digits(29129.03), _digits(3000.0), _digits(0.35)
    ((2, -1), (7, -2), (1, 3), (2, -2))
    """
    text = "%.10g" % abs(value)
    if "e" in text:
        return 0, 0
    whole, _, frac = text.partition(".")
    digits = (whole + frac).lstrip("0")
    if frac:
        return len(digits), -len(frac)
    return len(digits.rstrip("0")), len(whole) - len(whole.rstrip("0"))


def _rounds_to(rough: Fact, exact: Fact) -> bool:
    """Whether a plain round figure of two digits is an exact one of the same key rounded (a
    headline's 2.9万亿元 of the body's 29129.03亿元).  A figure printed to more digits is a second
    value even when it is close (30956.7亿元 beside 30956.65亿)."""
    if rough.value is None or exact.value is None or rough.value_base is None or exact.value_base is None:
        return False
    if _whole_of(rough, exact):
        return True
    (few, place), (many, _) = _digits(rough.value), _digits(exact.value)
    if few != 2 or few >= many or rough.qualifier or exact.qualifier:
        return False
    half = 0.5 * 10.0 ** place * abs(rough.value_base / rough.value)
    return abs(exact.value_base - rough.value_base) <= half * (1 + 1e-9) and _same_yoy(rough, exact)


def _whole_of_decimal(rough: float, exact: float) -> bool:
    """Whether ``rough``, a whole number of three digits or more, is ``exact``, printed with decimals, rounded
    or cut to the unit (a headline's 3010亿元 of the body's 3010.47亿元, 2981亿元 of 2980.80亿元).

    >>> _whole_of_decimal(3010.0, 3010.47), _whole_of_decimal(2981.0, 2980.8), _whole_of_decimal(3010.47, 3010.0)
    (True, True, False)
    >>> _whole_of_decimal(213.0, 210.56), _whole_of_decimal(88.0, 88.4), _whole_of_decimal(1102.0, 1102.0)
    (False, False, False)
    """
    return rough == int(rough) and abs(rough) >= 100 and exact != int(exact) and abs(exact - rough) < 1.0


def _whole_of(rough: Fact, exact: Fact) -> bool:
    """Whether a whole figure is one printed with decimals in the same unit, rounded or cut to the unit, and
    gives no other rate (a second value in another unit, 3010亿元 beside 301047.3万元, stays one)."""
    if rough.value is None or exact.value is None or rough.value_base is None or exact.value_base is None \
            or rough.qualifier or exact.qualifier or not _whole_of_decimal(rough.value, exact.value):
        return False
    unit = rough.value_base / rough.value
    return abs(unit - exact.value_base / exact.value) <= 1e-9 * abs(unit) and _same_yoy(rough, exact)


def _restates(bound: Fact, estimate: Fact) -> bool:
    """Whether a round figure is an estimate's round form: a bound the estimate meets within a
    tenth (突破1000亿元 of 预计1002亿元), or a plain figure within a twentieth of it."""
    if bound.value_base is None or estimate.value_base is None or not _round(bound.value or 0.0):
        return False
    if bound.qualifier == "over":
        return bound.value_base <= estimate.value_base <= 1.1 * bound.value_base
    return bound.qualifier != "under" and abs(estimate.value_base - bound.value_base) <= 0.05 * bound.value_base


def _fact_of(f: Fact) -> tuple:
    """The fact a mention is of, whatever its kind: an actual mention and an estimate of one fact share it."""
    return f.doc, f.region, f.metric, f.year, f.period, f.scope


def _as_estimate(f: Fact) -> Fact:
    """An actual mention read as the document's estimate it restates."""
    return f._replace(kind="forecast", rule=f.rule + "+restates-estimate")


def _estimates_restated(facts: list[Fact]) -> list[Fact]:
    """An actual round figure is the document's estimate of the same fact when the document prints
    the fact only as an estimate (2019年1000亿元 … 预计完成规上工业总产值1002亿元; 突破800亿元 …
    预计全年实现805亿元): the round figure is that estimate's, not a second, actual value.  An exact
    actual value of the same fact, or a target (力争…), leaves it actual."""
    estimates: dict[tuple, list[Fact]] = {}
    exact: set[tuple] = set()
    for f in facts:
        if f.kind == "forecast" and f.value_base is not None:
            estimates.setdefault(_fact_of(f), []).append(f)
        elif f.kind == "actual" and f.value is not None and not f.qualifier and not _round(f.value):
            exact.add(_fact_of(f))
    if not estimates:
        return facts
    return [_as_estimate(f) if f.kind == "actual" and _fact_of(f) not in exact
            and any(_restates(f, e) for e in estimates.get(_fact_of(f), ())) else f for f in facts]


def _rates_restated(facts: list[Fact]) -> list[Fact]:
    """A rate alone (a headline's: 武汉GDP上半年增长约12%) is the document's estimate of the same fact when the
    document prints the fact, besides, only as an estimate with that rate (预计上半年…3700亿元，同比增长约12%): no
    actual rate.  Another actual mention of the fact (a level, another rate) leaves it actual."""
    estimates: dict[tuple, list[Fact]] = {}
    actual: dict[tuple, int] = {}
    for f in facts:
        if f.kind == "forecast" and f.yoy_pct is not None:
            estimates.setdefault(_fact_of(f), []).append(f)
        elif f.kind == "actual":
            actual[_fact_of(f)] = actual.get(_fact_of(f), 0) + 1
    if not estimates:
        return facts
    return [_as_estimate(f) if f.kind == "actual" and f.value is None and f.yoy_pct is not None
            and actual[_fact_of(f)] == 1 and any(_same_yoy(f, e) for e in estimates.get(_fact_of(f), ())) else f
            for f in facts]


def _bound_met(bound: Fact, group: list[Fact]) -> bool:
    """Whether a rate printed as a lower bound alone (前三季度增速达到10%以上) restates an exact rate of the
    same fact that meets it (同比增长11.9%): then it is no second rate (a bound the rate does not reach
    stays: 增长4.6% … 增速达5%以上)."""
    if bound.value is not None or bound.yoy_pct is None or "+rate-bound" not in bound.rule:
        return False
    exact = [f.yoy_pct for f in group if f.yoy_pct is not None and "+rate-bound" not in f.rule]
    return any(0.0 <= r - bound.yoy_pct <= 0.3 * abs(bound.yoy_pct) + 1.0 for r in exact)


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """Fold agreeing mentions, drop broad variants and loose bounds, mark conflicts."""
    facts = _rates_restated(_estimates_restated(facts))
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        groups.setdefault(_key(f), []).append(f)
    out: list[Fact] = []
    for group in groups.values():
        headline = [f for f in group if "+broad" not in f.rule]
        if headline and len(headline) < len(group):
            group = headline
        group = [f for f in group if not _bound_met(f, group)]  # (10%以上 beside 11.9%: the exact rate's)
        exact = [f for f in group if f.value is not None and not f.qualifier]
        if exact:
            bounds = [f for f in group if f.value is not None and (f.qualifier or any(_rounds_to(f, e) for e in exact))]
            group = _rates_of_bounds([f for f in group if f not in bounds], bounds)
        else:
            over = [f for f in group if f.qualifier == "over" and f.value_base is not None]
            near = [f.value_base for f in group if f.qualifier == "approx" and f.value_base is not None]
            if near:  # 近1.85万亿元 … 超万亿: the bound below the approximate figure restates it
                group = [f for f in group if f not in over or (f.value_base or 0.0) > max(near)]
                over = [f for f in over if f in group]
            if len(over) > 1:
                best = max(over, key=lambda f: f.value_base or 0.0)
                group = [f for f in group if f not in over or f is best]
        kept: list[Fact] = []
        for f in group:
            for i, k in enumerate(kept):
                if _same_value(k, f) and _same_yoy(k, f):
                    kept[i] = _fold(k, f)
                    break
            else:
                kept.append(f)
        if len(kept) > 1:
            kept = [f._replace(conflict=True) for f in kept]
        out.extend(kept)
    return out

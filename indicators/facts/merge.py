"""Fold duplicate mentions of one fact and mark conflicts within a document.

Facts share a key when they agree on (doc, region, metric, year, period,
scope, kind).  Mentions that agree (or where one lacks the value or the
growth) fold into one row.  A broad variant (工业增加值) gives way to the
headline one (规上工业增加值); an exact value beats a bound (超40亿); values
that still differ are all kept and marked ``conflict``.
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


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """Fold agreeing mentions, drop broad variants and loose bounds, mark conflicts."""
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        groups.setdefault(_key(f), []).append(f)
    out: list[Fact] = []
    for group in groups.values():
        headline = [f for f in group if "+broad" not in f.rule]
        if headline and len(headline) < len(group):
            group = headline
        exact = [f for f in group if f.value is not None and not f.qualifier]
        if exact:
            bounds = [f for f in group if f.value is not None and f.qualifier]
            group = _rates_of_bounds([f for f in group if f.value is None or not f.qualifier], bounds)
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

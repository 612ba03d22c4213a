"""Every named rule keeps its examples: one expected fact, many spellings, and near misses.

``tests/rule_examples.csv`` is keyed by the rule names of :data:`indicators.rules.grammar.RULES`.
A ``pos`` row is a text whose facts must include the expected one (fact_region, metric, year,
period, value, unit, yoy_pct, and the optional last column qualifier: a bound's ``over``), and that fact's ``rule`` column must name the row's rule.  A ``neg``
row is a near miss (a target, a share, a company, percentage points, a compared rate, a multiple
…): no fact of the text may name the row's rule.  The facts looked at are the scored ones (whole
region, ``kind`` actual), or those of the row's ``kind`` when it names another (``multi_year``).
Regions and periods compare the way the scorer compares them (平湖市 == 平湖, H1 == M1-M6).

A spelling the engine does not read yet keeps its row, with the reason in ``xfail``: the row runs
as a strict xfail, so it fails the suite the day the engine learns it (then clear the reason).

The sentences are our own, in the style of local newspapers and statistical bulletins.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest
from test_extract_cases import F, Row, row_key

from indicators import extract_text
from indicators.base.tables import METRICS
from indicators.rules.grammar import RULES, rule_names

TABLE = Path(__file__).resolve().parent / "rule_examples.csv"
COLUMNS = ["rule", "polarity", "text", "pub_date", "region", "fact_region", "metric", "year", "period",
           "value", "unit", "yoy_pct", "kind", "xfail", "qualifier"]  # (qualifier: optional, over/approx/under)
FACT_COLUMNS = COLUMNS[5:13]
MAX_XFAIL_SHARE = 0.05


class Example(NamedTuple):
    """One row of the table, with its expected fact (None for a negative row)."""

    id: str
    rule: str
    positive: bool
    text: str
    pub_date: str | None
    region: str | None
    kind: str
    expected: Row | None
    xfail: str


def _float(s: str) -> float | None:
    return float(s) if s else None


def _expected(row: dict[str, str]) -> Row | None:
    if row["polarity"] != "pos":
        return None
    return F(row["metric"], int(row["year"]) if row["year"] else None, row["period"], _float(row["value"]),
             row["unit"], _float(row["yoy_pct"]), row.get("qualifier") or "", region=row["fact_region"])


def read_rows(path: Path = TABLE) -> list[dict[str, str]]:
    """The table's rows as written."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS, reader.fieldnames
        return list(reader)


def load_examples(rows: list[dict[str, str]]) -> list[Example]:
    """The rows, numbered per rule and polarity (``metric-list:pos:2``)."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for row in rows:
        seen[row["rule"], row["polarity"]] += 1
        out.append(Example(f"{row['rule']}:{row['polarity']}:{seen[row['rule'], row['polarity']]}",
                           row["rule"], row["polarity"] == "pos", row["text"], row["pub_date"] or None,
                           row["region"] or None, row["kind"] or "actual", _expected(row), row["xfail"]))
    return out


_RAW = read_rows()
EXAMPLES = load_examples(_RAW)


def facts_of(ex: Example) -> list[tuple[Row, str]]:
    """The text's whole-region facts of the row's kind, each with its ``rule`` column."""
    df = extract_text(ex.text, pub_date=ex.pub_date, region=ex.region)
    df = df[(df["scope"].fillna("region") == "region") & (df["kind"].fillna("actual") == ex.kind)]
    return [(row_key(r), str(r["rule"])) for _, r in df.iterrows()]


# --------------------------------------------------------------------------
# The table itself
# --------------------------------------------------------------------------

def test_every_rule_has_examples() -> None:
    """Each rule has at least 3 positive examples that pass and 1 negative; no row names an unknown rule."""
    assert {ex.rule for ex in EXAMPLES} <= set(RULES), {ex.rule for ex in EXAMPLES} - set(RULES)
    pos = Counter(ex.rule for ex in EXAMPLES if ex.positive and not ex.xfail)
    neg = Counter(ex.rule for ex in EXAMPLES if not ex.positive and not ex.xfail)
    assert [n for n in RULES if pos[n] < 3] == []
    assert [n for n in RULES if neg[n] < 1] == []


def test_rows_are_well_formed() -> None:
    """Polarity is pos or neg; a positive row names a whole fact, a negative row none; texts are not repeated."""
    for raw, ex in zip(_RAW, EXAMPLES, strict=True):
        assert raw["polarity"] in ("pos", "neg"), ex.id
        facts = [raw[c] for c in FACT_COLUMNS if c != "kind"]
        if ex.positive:
            assert raw["fact_region"] and raw["metric"] in METRICS, ex.id
            assert raw["period"] or ex.kind == "multi_year", ex.id
            assert raw["value"] or raw["yoy_pct"], ex.id
            assert bool(raw["value"]) == bool(raw["unit"]), ex.id
        else:
            assert not any(facts), ex.id
    texts = Counter((ex.rule, ex.text, ex.pub_date) for ex in EXAMPLES)
    assert [k for k, n in texts.items() if n > 1] == []


def test_known_gaps_stay_few() -> None:
    """Rows the engine does not read yet stay under 5% of the table."""
    assert sum(1 for ex in EXAMPLES if ex.xfail) < MAX_XFAIL_SHARE * len(EXAMPLES)


# --------------------------------------------------------------------------
# The examples
# --------------------------------------------------------------------------

def _param(ex: Example) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=ex.xfail)] if ex.xfail else []
    return pytest.param(ex, id=ex.id, marks=marks)


@pytest.mark.parametrize("ex", [_param(ex) for ex in EXAMPLES if ex.positive])
def test_positive_example(ex: Example) -> None:
    """The expected fact comes out, built by the row's rule."""
    facts = facts_of(ex)
    built = [rule for key, rule in facts if key == ex.expected]
    assert built, f"{ex.expected} not among {facts}"
    assert any(ex.rule in rule_names(rule) for rule in built), f"{ex.rule} not in {built}"


@pytest.mark.parametrize("ex", [_param(ex) for ex in EXAMPLES if not ex.positive])
def test_negative_example(ex: Example) -> None:
    """A near miss: no fact names the row's rule."""
    wrong = [(key, rule) for key, rule in facts_of(ex) if ex.rule in rule_names(rule)]
    assert wrong == []


"""The variant harness: the same fact must come out whatever the spelling.

``variant_gen`` composes sentences from the tables of surface forms in ``tests/variants/``
(verbs, metric aliases, values and qualifiers, basis phrases, growth phrases, periods,
subjects, sentence shapes, list forms, punctuation, breaks inside words and numbers), each
with the facts it states.  Every sentence runs through ``indicators.extract_text`` and its
facts, all of them whatever their scope or kind, must be exactly the expected ones (scored
the way ``../shared/eval/score.py`` compares them: 平湖市 == 平湖, H1 == M1-M6).

A form the extractor does not read yet stays in ``KNOWN_GAPS`` with its reason: its
sentences are strict xfails, and it is never used to fill the other axes, so every other
failure points at the form its sentence varies.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from test_extract_cases import norm_period, norm_region
from variant_gen import AXES, RATES, Fact, Variant, all_variants, axis_table, table

from indicators import extract_text

VOCAB = Path(__file__).resolve().parent.parent / "indicators" / "vocab"

# Forms the extractor does not read yet (axis:name -> why); their sentences are strict xfails.
KNOWN_GAPS: dict[str, str] = {
}
# Single sentences that fail where their form passes elsewhere (id -> why).
KNOWN_GAP_SENTENCES: dict[str, str] = {
}

VARIANTS: list[Variant] = all_variants(avoid=frozenset(KNOWN_GAPS))


def _reason(v: Variant) -> str | None:
    return KNOWN_GAPS.get(v.form) or KNOWN_GAP_SENTENCES.get(v.id)


PARAMS = [pytest.param(v, id=v.id, marks=[pytest.mark.xfail(strict=True, reason=r)] if (r := _reason(v)) else [])
          for v in VARIANTS]

Key = tuple[str, str, "int | None", str, "float | None", str, "float | None", str, str, str]


def _num(x: object) -> float | None:
    return None if x is None or x is pd.NA or x != x else round(float(x), 4)  # type: ignore[arg-type,operator]


def expected_key(f: Fact) -> Key:
    """An expected fact as a whole-region actual figure, normalised like the scorer."""
    return (norm_region(f.region), f.metric, f.year, norm_period(f.period), _num(f.value),
            f.unit if f.value is not None else "", _num(f.yoy), f.qualifier, "region", "actual")


def extracted_keys(df: pd.DataFrame) -> Counter[Key]:
    """Every extracted row, whatever its scope or kind, on the same columns."""
    rows = zip(df["region"], df["metric"], df["year"], df["period"], df["value"], df["unit"],
               df["yoy_pct"], df["qualifier"], df["scope"], df["kind"])
    return Counter((norm_region(r), str(m), None if y is pd.NA else int(y), norm_period(p), _num(v),
                    "" if _num(v) is None else str(u), _num(g), "" if q is pd.NA else str(q), str(s), str(k))
                   for r, m, y, p, v, u, g, q, s, k in rows)


def _show(rows: Counter[Key]) -> str:
    return "\n".join(f"    {r}" for r in sorted(rows.elements(), key=str)) or "    (none)"


@pytest.mark.parametrize("v", PARAMS)
def test_variant(v: Variant) -> None:
    got = extracted_keys(extract_text(v.text, pub_date=v.pub_date, region=v.home))
    want = Counter(expected_key(f) for f in v.facts)
    assert got == want, f"{v.text!r}\n  missing:\n{_show(want - got)}\n  unexpected:\n{_show(got - want)}"


# --------------------------------------------------------------------------
# The harness itself
# --------------------------------------------------------------------------

def test_at_least_3000_sentences() -> None:
    assert len(VARIANTS) >= 3000


GAP_SHARE = sum(1 for v in VARIANTS if _reason(v)) / len(VARIANTS)


@pytest.mark.xfail(GAP_SHARE > 0.02, strict=True,
                   reason=f"issue 11: {GAP_SHARE:.1%} of the sentences are known gaps today (at most 2% allowed)")
def test_at_most_2_percent_are_known_gaps() -> None:
    assert GAP_SHARE <= 0.02


def test_ids_are_unique_and_every_form_has_sentences() -> None:
    ids = [v.id for v in VARIANTS]
    assert len(ids) == len(set(ids))
    forms = Counter(v.form for v in VARIANTS)
    for axis in AXES:
        for row in axis_table(axis):
            assert forms[f"{axis}:{row['name']}"] >= 10, f"{axis}:{row['name']}"
    for row in table("lists"):
        assert forms[f"list:{row['name']}"] >= 10, row["name"]


def test_known_gaps_name_forms_and_sentences_that_exist() -> None:
    forms = {v.form for v in VARIANTS}
    ids = {v.id for v in VARIANTS}
    assert set(KNOWN_GAPS) <= forms, set(KNOWN_GAPS) - forms
    assert set(KNOWN_GAP_SENTENCES) <= ids, set(KNOWN_GAP_SENTENCES) - ids
    assert all(KNOWN_GAPS.values()) and all(KNOWN_GAP_SENTENCES.values())


def test_generation_is_deterministic() -> None:
    assert all_variants(avoid=frozenset(KNOWN_GAPS)) == VARIANTS


def _vocab(name: str) -> list[dict[str, str]]:
    with open(VOCAB / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_tables_mean_known_things() -> None:
    """Every meaning in the form tables is one the extractor can give."""
    metrics = {r["metric"] for r in _vocab("metrics")}
    units = {r["canonical"] for r in _vocab("units")}
    places = {r["short"] for r in _vocab("regions")} | {r["name"] for r in _vocab("regions")}
    assert {r["metric"] for r in table("metrics")} <= metrics
    assert {r["unit"] for r in table("values")} <= units
    assert {r["region"] for r in [*table("subjects"), *table("places")]} <= places
    assert {r["home"] for r in [*table("subjects"), *table("places")]} <= places
    for r in table("values"):
        assert float(r["value"]) > 0 and r["qualifier"] in ("", "approx", "over", "under"), r
    for r in table("growth"):
        assert r["form"].count("{r}") == 1 and r["sign"] in ("1", "-1") and r["kind"] in ("verb", "rate"), r
    for r in table("periods"):
        assert norm_period(r["period"]).startswith("M") and r["pub_date"][:4] >= r["year"], r
    for r in table("punctuation"):
        assert len(r["from"]) == len(r["to"]), r
    assert all(float(r) > 0 for r in RATES)

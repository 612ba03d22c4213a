"""Guards on the vocabulary tables themselves (indicators/vocab/*.csv via indicators.base.tables)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import regex

from indicators.base import tables
from indicators.base.schema import KINDS, PERIOD_CODES_FIXED, SCOPES
from indicators.base.tables import (ALIASES, GROWTH_ROLES, GROWTH_WORDS, MAGNITUDES, METRICS, PERIOD_WORDS, PLAN_WORDS,
                                    QUALIFIERS, REGION_WORDS, RELATIVE_YEARS, SCOPE_WORDS, UNITS, read_table)

# The shared catalog sits next to the project checkout (../shared/spec).
CATALOG = Path(__file__).resolve().parents[2] / "shared" / "spec" / "metrics.csv"
BASE_UNITS = {"CNY", "USD", "kWh", "count"}

# Aliases of several metrics are explicit expansions ("城乡居民收入" names urban
# and rural income); these are the only metric sets an alias may name.
EXPANSIONS = {
    frozenset({"income_urban_pc", "income_rural_pc"}),
    frozenset({"fdi_contracted", "fdi_actual"}),
    frozenset({"gdp_primary", "gdp_secondary", "gdp_tertiary"}),
    frozenset({"gdp_secondary", "gdp_tertiary"}),
}
# Shared-catalog aliases the project deliberately maps elsewhere, with the reason.
DELIBERATE: dict[str, str] = {}


def _catalog() -> list[dict[str, str]]:
    if not CATALOG.exists():
        pytest.skip(f"shared catalog not found at {CATALOG}")
    with CATALOG.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_catalog_metric_is_in_the_project_table() -> None:
    missing = [r["metric"] for r in _catalog() if r["metric"] not in METRICS]
    assert not missing


def test_every_catalog_alias_maps_to_its_metric() -> None:
    wrong = {}
    for r in _catalog():
        for alias in filter(None, r["aliases_zh"].split("|")):
            if alias in DELIBERATE:
                continue
            got = ALIASES.get(alias)
            if got is None or got.metrics != (r["metric"],):
                wrong[alias] = (r["metric"], got.metrics if got else None)
    assert not wrong


def test_deliberate_exceptions_are_real_exceptions() -> None:
    catalog = {a: r["metric"] for r in _catalog() for a in r["aliases_zh"].split("|") if a}
    for alias, reason in DELIBERATE.items():
        assert reason
        assert alias in catalog
        got = ALIASES.get(alias)
        assert got is None or got.metrics != (catalog[alias],), f"{alias} is not an exception any more"


def test_catalog_typical_units_are_known_units() -> None:
    units = {u for r in _catalog() for u in r["typical_units"].split("|") if u}
    assert units <= set(UNITS)


def test_aliases_are_clean_strings() -> None:
    for text in ALIASES:
        assert text and text == text.strip() and not re.search(r"\s", text), repr(text)


def test_no_alias_names_two_metrics_except_expansions() -> None:
    for alias in ALIASES.values():
        assert len(set(alias.metrics)) == len(alias.metrics), alias.text
        if len(alias.metrics) > 1:
            assert frozenset(alias.metrics) in EXPANSIONS, alias.text


def test_expansions_are_spelled_as_lists() -> None:
    """A multi-metric alias names every part ("城乡", "合同和实际", "第一、二、三产业", "三次产业", "一二三产业":
    the ordinals run together)."""
    for alias in ALIASES.values():
        if len(alias.metrics) > 1:
            parts = 1 + alias.text.count("和") + alias.text.count("、")
            run = re.match(r"[一二三]{2,}(?=产业)", alias.text)
            assert "城乡" in alias.text or "三次" in alias.text or parts == len(alias.metrics) \
                or run is not None and len(run.group()) == len(alias.metrics), alias.text


def test_aliases_name_known_metrics_and_contexts() -> None:
    for alias in ALIASES.values():
        assert set(alias.metrics) <= set(METRICS), alias.text
        assert set(alias.context) <= set(METRICS), alias.text


def test_every_metric_has_an_alias() -> None:
    named = {m for a in ALIASES.values() for m in a.metrics}
    assert set(METRICS) <= named, set(METRICS) - named


def test_metric_parents_and_dimensions() -> None:
    for m in METRICS.values():
        assert not m.parent or m.parent in METRICS, m.id
        assert m.parent != m.id
        assert set(m.dimensions) <= BASE_UNITS, m.id
        assert m.label_zh and m.label_en


def test_raw_alias_table_has_no_duplicates() -> None:
    """tables.py raises on duplicates at import; check the file itself too."""
    with (Path(tables.__file__).parent.parent / "vocab" / "aliases.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [r["alias"].strip() for r in rows]
    assert len(texts) == len(set(texts))


def test_longest_alias_wins_in_the_compiled_pattern() -> None:
    """出口 sits inside 进出口, 工业增加值 inside 规上工业增加值: each alias, read
    from its first character, matches as a whole and not as a shorter alias."""
    pattern = regex.compile(tables.trie_pattern(list(ALIASES)))
    for text in ALIASES:
        m = pattern.match(text)
        assert m is not None and m.group() == text, (text, m and m.group())


@pytest.mark.parametrize(("outer", "inner"), [
    ("进出口总额", "出口"), ("城乡居民人均可支配收入", "居民人均可支配收入"),
    ("一般公共预算总收入", "一般公共预算收入"), ("合同和实际利用外资", "实际利用外资"),
])
def test_nested_aliases_map_apart(outer: str, inner: str) -> None:
    assert outer in ALIASES and inner in ALIASES
    assert ALIASES[outer].metrics != ALIASES[inner].metrics


@pytest.mark.parametrize(("outer", "inner"), [
    ("规上工业增加值", "工业增加值"), ("规上工业总产值", "工业总产值"), ("工业投资", "制造业投资"),
])
def test_whole_industry_aliases_are_broad(outer: str, inner: str) -> None:
    """The 规上 figure is the fact; the whole-industry alias is flagged broad."""
    assert ALIASES[outer].metrics == ALIASES[inner].metrics
    assert ALIASES[inner].broad and not ALIASES[outer].broad


def test_units_have_magnitude_and_base() -> None:
    for u in UNITS.values():
        assert u.magnitude > 0, u.text
        assert u.base in BASE_UNITS, u.text
        assert u.canonical in UNITS, u.text
        canon = UNITS[u.canonical]
        assert (canon.base, canon.magnitude) == (u.base, u.magnitude), u.text


def test_unit_magnitudes_agree_with_prefixes() -> None:
    """万美元 is 万 × 美元, 万亿元 is 万亿 × 元, 万千瓦时 is 万 × 千瓦时."""
    checked = 0
    for u in UNITS.values():
        for prefix in sorted(MAGNITUDES, key=len, reverse=True):
            rest = u.text[len(prefix):]
            if u.text.startswith(prefix) and rest in UNITS:
                assert u.magnitude == pytest.approx(MAGNITUDES[prefix] * UNITS[rest].magnitude), u.text
                assert u.base == UNITS[rest].base, u.text
                checked += 1
                break
    assert checked >= 5


def test_magnitude_words() -> None:
    assert MAGNITUDES["万"] == 1e4 and MAGNITUDES["亿"] == 1e8 and MAGNITUDES["万亿"] == 1e12


_MONTHS = re.compile(r"M(1[0-2]|[1-9])(-M(1[0-2]|[1-9]))?")


def test_period_words_map_to_known_codes() -> None:
    assert PERIOD_WORDS
    for word, code in PERIOD_WORDS.items():
        assert code in PERIOD_CODES_FIXED or _MONTHS.fullmatch(code), (word, code)
    assert PERIOD_WORDS["上半年"] == "H1" and PERIOD_WORDS["前三季度"] == "Q1-Q3" and PERIOD_WORDS["全年"] == "FY"


def test_growth_words_have_a_sign_and_a_role() -> None:
    assert set(GROWTH_WORDS.values()) == {1, -1, 0}
    assert set(GROWTH_ROLES.values()) == {"verb", "rate", "bare"}
    assert GROWTH_WORDS["增长"] == 1 and GROWTH_WORDS["下降"] == -1 and GROWTH_WORDS["回落"] == -1
    assert GROWTH_WORDS["增速"] == 0 and GROWTH_WORDS["降幅"] == -1
    assert all(GROWTH_WORDS[w] != 0 for w, role in GROWTH_ROLES.items() if role == "verb")


def test_qualifiers_map_to_the_three_kinds() -> None:
    for word, (qualifier, position) in QUALIFIERS.items():
        assert qualifier in {"approx", "over", "under"}, word
        assert position in {"before", "after"}, word
    expect = {"近": "approx", "约": "approx", "左右": "approx", "超": "over", "超过": "over", "逾": "over",
              "突破": "over", "以上": "over", "多": "over", "余": "over", "不足": "under", "不到": "under"}
    assert {w: QUALIFIERS[w][0] for w in expect} == expect


def test_plan_scope_and_region_words() -> None:
    assert set(PLAN_WORDS.values()) <= {"target", "forecast"} <= set(KINDS)
    assert set(SCOPE_WORDS.values()) <= set(SCOPES) - {"region"}
    assert {"city", "county", "district", "province", "nation"} >= set(REGION_WORDS.values())
    assert REGION_WORDS["全市"] == "city" and REGION_WORDS["全县"] == "county"


def test_relative_years() -> None:
    assert RELATIVE_YEARS["今年"] == 0 and RELATIVE_YEARS["去年"] == -1
    assert RELATIVE_YEARS["上年"] == -1 and RELATIVE_YEARS["前年"] == -2
    assert set(RELATIVE_YEARS.values()) <= {-2, -1, 0, 1}


def test_regions_gazetteer() -> None:
    names = {r.name for r in tables.REGIONS}
    for r in tables.REGIONS:
        assert r.level in {"province", "city", "county"}, r
        assert r.short and r.name.startswith(r.short), r
        assert (r.level == "province") == (r.parent == ""), r
        assert not r.parent or r.parent in names, r


def test_region_updates_name_known_entries() -> None:
    """A renamed county names an entry of regions.csv; a new one has a known parent; no name twice."""
    names = {r["name"] for r in tables.read_table("regions.csv")}
    rows = tables.read_table("region_updates.csv")
    assert all(r["name"] not in names and r["name"].startswith(r["short"]) for r in rows)
    assert all(r["gazetteer"] in names for r in rows if r["gazetteer"])
    assert all(r["parent"] in names for r in rows if not r["gazetteer"])
    assert len({r["name"] for r in rows}) == len(rows)
    assert tables.RENAMED_REGIONS["邵东市"] == "邵东县" and tables.RENAMED_REGIONS["海门区"] == "海门市"


ROLES = {
    "fillers.csv": ("word", "role", {"verb", "basis", "connector", "adverb", "list", "measure", "bound", "role", "source", "period",
                                     "subject", "abbreviation", "run", "verdict"}),
    "flat_words.csv": ("word", "role", {"flat", "block", "word"}),
    "growth_units.csv": ("unit", "rule", {"tenths", "doublings", "times"}),
    "table_words.csv": ("word", "role", {"growth", "amount", "unit_line", "cumulative", "month", "share", "prior",
                                         "label", "total", "ignore", "rank", "note", "footnote"}),
    "modifiers.csv": ("word", "side", {"before", "after", "ranking", "class", "whole"}),
    "rank_words.csv": ("word", "note", None),
    "delta_words.csv": ("word", "note", None),
    "firm_ends.csv": ("word", "note", None),
    "media_words.csv": ("word", "note", None),
    "measure_words.csv": ("word", "note", None),
    "event_words.csv": ("word", "note", None),
    "subject_words.csv": ("word", "note", None),
    "own_measures.csv": ("word", "note", None),
    "nominal_bases.csv": ("word", "note", None),
    "common_short_names.csv": ("short", "note", None),
    "open_list_ends.csv": ("word", "note", None),
    "trend_words.csv": ("word", "note", None),
    "appraisal_words.csv": ("word", "note", None),
    "breakdowns.csv": ("word", "note", None),
    "set_nouns.csv": ("word", "kind", {"place", "town", "firm", "sector"}),
    "inclusion_words.csv": ("word", "note", None),
    "size_classes.csv": ("word", "note", None),
    "scope_words.csv": ("word", "scope", {"enterprise", "project", "town", "event", "sector", "subset"}),
    "points_gap_words.csv": ("word", "role", {"after_basis", "comparison", "level_gap", "with_basis"}),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_role_tables_have_known_roles_and_no_duplicates(name: str) -> None:
    key, col, allowed = ROLES[name]
    rows = read_table(name)
    keys = [r[key] for r in rows]
    assert keys and all(k.strip() == k and k for k in keys), name
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    assert allowed is None or {r[col] for r in rows} <= allowed, {r[col] for r in rows} - (allowed or set())


def test_function_word_roles_are_each_read_by_the_code() -> None:
    """Every class of function_words.csv is read by some module (no dead vocabulary), no word twice in a class,
    and a role the table lacks is an error."""
    rows = read_table("function_words.csv")
    pairs = [(r["role"], r["word"]) for r in rows]
    assert all(w and w.strip() == w for _, w in pairs) and len(pairs) == len(set(pairs))
    source = "".join(p.read_text(encoding="utf-8") for p in Path(tables.__file__).parents[1].rglob("*.py"))
    read = set(re.findall(r'function_words\("(\w+)"\)', source))
    assert {role for role, _ in pairs} == read
    assert tables.function_words("list_intro") == ("分别是", "分别为", "依次是", "依次为")
    with pytest.raises(KeyError, match="no role"):
        tables.function_words("no_such_class")


def test_classifiers_are_single_characters() -> None:
    words = [r["word"] for r in read_table("classifiers.csv")]
    assert words and all(len(w) == 1 for w in words) and len(words) == len(set(words))
    assert {"个", "家", "项"} <= set(words)


def test_flat_words_and_growth_units_drive_the_patterns() -> None:
    from indicators.rules import lexicon as L
    assert L.FLAT.search("与上年同期持平") and L.FLAT_BLOCK.search("增速")
    assert not L.FLAT.search("固定资产投资保持平稳")
    assert L.WORD_GROWTH.fullmatch("增长了一成") and L.WORD_GROWTH.fullmatch("翻两番") and L.WORD_GROWTH.fullmatch("增长近一倍")
    assert not L.WORD_GROWTH.search("一成不变") and not L.WORD_GROWTH.search("实施倍增计划")


def test_every_alias_has_two_characters_at_least() -> None:
    """METRIC's scanner looks ahead at an alias's first two characters (lexicon.METRIC)."""
    assert [a for a in ALIASES if len(a) < 2 or a[1] == "*"] == []


def test_traditional_folds_never_touch_simplified_vocabulary() -> None:
    """A folded character is traditional only: no alias, unit, period word or place name of
    the simplified tables holds one, and each folds to one different character."""
    folds = {r["traditional"]: r["simplified"] for r in tables.read_table("traditional.csv")}
    assert len(folds) > 2000
    assert all(len(t) == len(s) == 1 and t != s and max(ord(t), ord(s)) < 0x10000 for t, s in folds.items())
    words = [*ALIASES, *PERIOD_WORDS, *GROWTH_WORDS, *MAGNITUDES,
             *(r["name"] for r in tables.read_table("regions.csv"))]
    held = {w for w in words if set(w) & folds.keys()}
    assert held == set()
    assert {folds[c] for c in "億規業長縣區"} == set("亿规业长县区")


def test_variant_characters_fold_one_for_one_and_never_touch_simplified_vocabulary() -> None:
    variants = {r["variant"]: r["standard"] for r in tables.read_table("variant_chars.csv")}
    assert variants and all(len(v) == len(s) == 1 and v != s for v, s in variants.items())
    words = [*ALIASES, *PERIOD_WORDS, *GROWTH_WORDS, *MAGNITUDES,
             *(r["name"] for r in tables.read_table("regions.csv"))]
    assert {w for w in words if set(w) & variants.keys()} == set()
    assert variants["陜"] == "陕"


def test_a_row_with_an_unquoted_comma_names_its_table_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "words.csv").write_text("word,note\n全市,the city\n唯一,the only one, not a subject\n", encoding="utf-8")
    monkeypatch.setattr(tables, "_VOCAB", tmp_path)
    with pytest.raises(ValueError, match=r"vocab/words.csv, line 3: more fields"):
        tables.read_table("words.csv")


def test_radicals_fold_to_unified_ideographs() -> None:
    """vocab/radicals.csv: each radical or compatibility code point names one unified ideograph."""
    rows = read_table("radicals.csv")
    assert len(rows) > 500 and len({r["radical"] for r in rows}) == len(rows)
    for r in rows:
        assert len(r["radical"]) == 1 and len(r["ideograph"]) == 1, r
        assert 0x2E80 <= ord(r["radical"]) <= 0x2FDF or 0xF900 <= ord(r["radical"]) <= 0xFAFF, r
        assert 0x3400 <= ord(r["ideograph"]) <= 0x9FFF or 0x20000 <= ord(r["ideograph"]), r
    by = {r["radical"]: r["ideograph"] for r in rows}
    assert (by["⽣"], by["⻓"], by["⼈"]) == ("生", "长", "人")

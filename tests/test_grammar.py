"""The grammar the engine applies: rule records over token letters, a loop that knows no Chinese.

Sentences are our own, in the style of county bulletins."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import indicators
from indicators.ingest.documents import make_document
from indicators.rules.grammar import GRAMMAR, RULES, parse_sentence
from indicators.rules.repair import repair
from indicators.rules.timeline import DocState, TimeState
from indicators.rules.tokens import LETTERS

CJK = re.compile("[\u4e00-\u9fff]")


def parse(text: str, home: str = "嘉兴"):  # type: ignore[no-untyped-def]
    doc = make_document("text", text, region=home, pub_date="2024-07-26")
    ds = DocState(doc, doc.pub_date, home)
    return parse_sentence(repair(text).text, ds, TimeState(2024, None), "actual")


def test_the_engine_knows_no_chinese() -> None:
    # (the source in the package, not engine.__file__: with the compiled build that names the extension)
    source = (Path(indicators.__file__).parent / "rules" / "engine.py").read_text(encoding="utf-8")
    assert not CJK.search(source)


def test_token_rules_read_only_token_letters() -> None:
    letters = set(LETTERS.values())
    for phase in GRAMMAR:
        for rule in phase.rules:
            if phase.whole:
                assert rule.pattern == "", rule.name
            else:
                assert set(re.findall(r"[A-Z]", rule.pattern)) <= letters, rule.name


def test_every_rule_that_names_a_fact_is_in_the_catalog() -> None:
    built = {r.name for phase in GRAMMAR for r in phase.rules}
    assert {"region-list", "compared-place"} <= built
    assert {"region-list", "compared-place"} <= set(RULES)


@pytest.mark.parametrize("text", [
    "1-7月，各县规上工业增加值增速：南湖区(5.1%)、秀洲区(4.2%)、海盐县(-0.8%)。",
    "上半年各县(市、区)外贸出口增速分别为：平湖市 14.2%、嘉善县 12.0%、桐乡市 11.1%。",
    "前三季度，全市固定资产投资增长6.4%，其中海宁市增长9.1%、海盐县增长7.7%、嘉善县下降2.5%。",
])
def test_a_run_of_places_is_taken_once_by_the_list_rule(text: str) -> None:
    s = parse(text)
    lists = [(i, n) for name, i, n in s.fired if name == "region-list" and i >= 0]
    assert len(lists) == 1
    i, n = lists[0]
    assert [t.kind for t in s.toks[i:i + n]].count("region") == 3
    # the places of the run are not read again as the subject of the sentence's own metric
    taken = range(i, i + n)
    assert not any(name == "place" and j in taken for name, j, _ in s.fired)
    assert {tuple(sl.regions) for sl in s.slots if sl.rule.startswith("region-list")} >= {
        (r,) for r in ("南湖", "秀洲", "海盐", "平湖", "嘉善", "桐乡", "海宁") if r in text}


@pytest.mark.parametrize(("text", "steps"), [
    ("上半年，全市实现生产总值385.12亿元，增长5.7%。", ["time", "place", "metric", "figure", "growth"]),
    ("1-6月，平湖完成固定资产投资208亿元，同比增长12.4%。", ["time", "place", "metric", "figure", "growth"]),
    ("今年以来，全县规上工业增加值同比增长8.8%，其中6月份增长9.9%。", ["time", "place", "metric", "growth", "time", "growth"]),
])
def test_each_token_is_read_by_one_step_in_order(text: str, steps: list[str]) -> None:
    s = parse(text)
    assert [name for name, i, _ in s.fired if i >= 0] == steps


def test_a_metric_phrase_takes_the_tokens_its_words_cover() -> None:
    s = parse("全市地区生产总值(GDP)达到412亿元。")
    metric = next((i, n) for name, i, n in s.fired if name == "metric")
    assert metric[1] == 2  # 地区生产总值 and the alias in its brackets: one phrase
    assert [sl.metrics for sl in s.slots] == [("gdp",)]

"""``explain``: tokens, phrases with their rules, and every printed figure's fate, on our own sentences."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.cli import main
from indicators.facts.explain import explain

PUB, HOME = "2024-07-26", "平湖"


def fates(text: str) -> dict[str, tuple[str, str]]:
    return {f.printed: (f.outcome, f.why) for f in explain(text, pub_date=PUB, region=HOME).figures}


def test_tokens_and_phrases_name_their_rules() -> None:
    e = explain("1-6月，平湖市外贸进出口总额增长12.1%，海盐县增长8.3%，嘉善县下降2.2%。", pub_date=PUB, region=HOME)
    (s,) = e.sentences
    assert ("time", "1-6月") in s.tokens and ("metric", "外贸进出口总额") in s.tokens
    assert [(p.rule, p.regions, p.growths) for p in s.phrases] == [
        ("metric", ("平湖",), (12.1,)), ("region-list", ("海盐",), (8.3,)), ("region-list", ("嘉善",), (-2.2,))]
    assert set(e.facts["rule"]) == {"metric-growth", "region-list"}


@pytest.mark.parametrize(("text", "printed", "why"), [
    ("上半年，全市生产总值385.1亿元，其中第三产业占比52.1%。", "52.1%", "a share"),
    ("上半年，全市规上工业增加值增长6.1%，增速比全省高1.2个百分点。", "1.2个", "percentage points"),
    ("2023年，全市服务业增加值44.6亿元，是2015年的1.5倍。", "1.5倍", "a multiple"),
    ("过去五年，全市地区生产总值年均增长7.3%。", "7.3%", "an average annual growth"),
    ("一季度,从两年平均增速来看,三明市GDP增长5.9%。", "5.9%", "an average rate (从两年平均增速来看)"),
    ("上半年，全市居民消费价格上涨0.3%。", "0.3%", "no metric in its sentence"),
    ("上半年,全县规上工业增加值增速全部为正,其中新仓镇最高,为16.2%。", "16.2%", "a town's rate (新仓镇)"),
    ("1-9月,全县固定资产投资增长7.7%,其中广陈镇增长12.5%。", "12.5%", "a town's rate (广陈镇)"),
    ("1-6月，全市重点项目完成投资88亿元，固定资产投资增长3.1%。", "88亿元", "no metric phrase holds it"),
    ("全县规模以上工业增加值94.2亿元，增长8.3%。", "94.2亿元", "no period"),
    ("全县地区生产总值同比增长6.1%，一般公共预算收入增长4.2%。", "6.1%", "no period"),
    ("2023年，全县地区生产总值比上年增加41.3亿元，达到698.7亿元。", "41.3亿元", "a change (增加…)"),
    ("2023年，全县地区生产总值突破700亿元，达到712.6亿元。", "700亿元", "a figure of its phrase that another replaced"),
    ("上半年，南湖、秀洲两区地区生产总值达812.4亿元。", "812.4亿元", "the joint total of the places listed"),
    ("2020年，全区地区生产总值156亿元，比“十二五”末增长38.6%。", "38.6%", "a growth since the end of the 十二五 plan"),
])
def test_a_figure_left_out_says_why(text: str, printed: str, why: str) -> None:
    outcome, reason = fates(text)[printed]
    assert outcome == "left out" and reason.startswith(why), reason


@pytest.mark.parametrize(("text", "printed", "why"), [
    ("力争全年，全市外贸进出口总额突破300亿元。", "300亿元", "kind target"),
    ("上半年，浙江华瑞公司出口额8.1亿元，增长9%。", "8.1亿元", "scope enterprise"),
    # 可达 (can reach) before a figure is an estimate, as 预计 or 有望 is (vocab/plan_words.csv)
    ("全年全县财政总收入可达86亿元，增长15%左右。", "86亿元", "kind forecast"),
    ("今年全区地区生产总值可达到320亿元。", "320亿元", "kind forecast"),
    ("1-11月，全市规上工业总产值可达1260亿元，同比增长9%。", "9%", "kind forecast"),
])
def test_a_labelled_figure_names_its_label(text: str, printed: str, why: str) -> None:
    assert fates(text)[printed] == ("labelled", why)


def test_every_figure_of_a_fact_points_at_it() -> None:
    e = explain("上半年，全市实现生产总值385.12亿元，增长5.7%。", pub_date=PUB, region=HOME)
    assert [(f.printed, f.outcome, f.facts[0].metric) for f in e.figures] == [
        ("385.12亿元", "fact", "gdp"), ("5.7%", "fact", "gdp")]
    text = "上半年，全市实现生产总值385.12亿元，增长5.7%。"
    assert all(text[f.start:f.end] == f.printed for f in e.figures)


@pytest.mark.parametrize("text", [
    "2023年各县（市、区）生产总值\n县（市、区） | 生产总值（亿元） | 增长（%） |\n海宁市 | 1321.5 | 5.8 |\n桐乡市 | 1245.8 | 6.1 |\n",
    "表2 2023年各县（市、区）主要指标\n地区  生产总值(亿元)  增长(%)\n海宁市  1321.5  5.8\n桐乡市  1245.8  6.1\n",
    "2023年各县生产总值（单位：亿元）\n| 地 区 | 总量 | 增速 |\n| 海宁市 | 1321.5 | 5.8 |\n| 桐乡市 | 1245.8 | 6.1 |\n",
])
def test_a_table_cell_is_a_figure_that_points_at_its_fact(text: str) -> None:
    e = explain(text, pub_date="2024-02-01", region="嘉兴")
    cells = {f.printed: (f.outcome, f.facts[0].region, f.facts[0].yoy_pct) for f in e.figures if f.facts}
    assert cells == {"1321.5": ("fact", "海宁", 5.8), "1245.8": ("fact", "桐乡", 6.1)}
    assert all(text[f.start:f.end] == f.printed for f in e.figures)


@pytest.mark.parametrize("text", [
    "2023年，宁波GDP为16452.8亿元。其同比增长率为5.5%，高于全省平均水平。",
    "2023年，宁波GDP为16452.8亿元，在全省排名第二。同比增长5.5%，高于全省平均水平。",
    "上半年，全市固定资产投资完成312.6亿元。同比增长5.5%。",
])
def test_a_rate_the_next_sentence_gave_points_at_its_fact(text: str) -> None:
    fate = {f.printed: (f.outcome, f.facts[0].yoy_pct if f.facts else None)
            for f in explain(text, pub_date="2024-02-01", region="浙江").figures}
    assert fate["5.5%"] == ("fact", 5.5)


def test_cli_prints_the_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "上半年，全市出口62.1亿元，增长4.1%，占比30%。", "--pub-date", PUB, "--region", HOME]) == 0
    out = capsys.readouterr().out
    assert "phrase [metric] exports of 平湖 (region, actual): 62.1亿元, +4.1%" in out
    assert "30% @" in out and "left out: a share" in out
    assert out.rstrip().endswith("1 facts")


def test_cli_shows_a_facts_qualifier(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "上半年，全市出口突破60亿元，增长4.1%。", "--pub-date", PUB, "--region", HOME]) == 0
    assert "60亿元 (over) yoy +4.1%" in capsys.readouterr().out


def test_explain_reads_a_character_cut_in_half(capsys: pytest.CaptureFixture[str]) -> None:
    """A text whose last character lost a byte (as ``head -c`` leaves it, passed on the command
    line) is explained, with a message naming the broken bytes, not a traceback."""
    cut = ("上半年，全市出口62.1亿元，增长4.1%。全".encode()[:-1]).decode("utf-8", "surrogateescape")
    assert main(["explain", cut, "--pub-date", PUB, "--region", HOME]) == 0
    out = capsys.readouterr()
    assert "62.1亿元" in out.out and "not UTF-8 at byte 50" in out.err


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("上半年全市生产总值增长亿元%,。;：（）0123456789.-占比个百分点倍") + [" ", "\n"]),
               max_size=80))
def test_explain_never_raises(text: str) -> None:
    e = explain(text, pub_date=PUB, region=HOME)
    assert len(e.figures) >= 0 and all(f.outcome in ("fact", "labelled", "left out") for f in e.figures)

"""Tables inside HTML pages: the reader keeps each data ``<table>`` as one line per ``<tr>``.

Pages and figures are our own.  Each table is written three ways a page may print it:
header cells spanning rows and columns, the same with empty cells instead of spans, and
cells wrapped in paragraphs and line breaks.
"""
from __future__ import annotations

import pytest

from indicators.facts.extract import extract_document
from indicators.ingest.documents import read_document
from indicators.ingest.readers.html import table_rows

NAV = '<nav><ul><li><a href="/">首页</a></li><li><a href="/tj">统计数据</a></li></ul></nav>'
FOOT = "<footer>版权所有 嘉兴市统计局 浙ICP备00000000号</footer>"


def page(tables: str, title: str = "前三季度各县（市、区）经济运行情况", date: str = "2024-10-20",
         layout: bool = False) -> bytes:
    body = (f"<h1>{title}</h1>\n<p>前三季度，全市经济运行总体平稳，主要指标增速好于预期，各县（市、区）主要指标见下表。"
            f"全市上下坚持稳中求进工作总基调，扎实推进各项工作。</p>\n{tables}\n"
            "<p>下一步，全市将继续加大项目投资力度，推动经济持续向好。</p>")
    if layout:  # old government sites lay the whole page out in a table
        body = f'<table width="100%"><tr><td>{NAV}</td></tr><tr><td><div class="article">{body}</div></td></tr></table>'
    else:
        body = f'{NAV}<div class="article">{body}</div>'
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="publishdate" content="{date}"></head><body>{body}{FOOT}</body></html>').encode()


GROUPS = {
    "spans": """<table>
<tr><td colspan="5">2024年1-9月各县（市、区）主要经济指标</td></tr>
<tr><td colspan="5">单位：亿元、%</td></tr>
<tr><th rowspan="2">地区</th><th colspan="2">地区生产总值</th><th colspan="2">一般公共预算收入</th></tr>
<tr><th>累计</th><th>同比±%</th><th>累计</th><th>同比±%</th></tr>
<tr><td>秀洲区</td><td>612.4</td><td>6.2</td><td>40.31</td><td>3.5</td></tr>
<tr><td>嘉善县</td><td>598.7</td><td>5.9</td><td>52.08</td><td>-1.2</td></tr>
</table>""",
    "empty-cells": """<p>2024年1-9月各县（市、区）主要经济指标</p><p>单位：亿元、%</p>
<table><thead>
<tr><td>地区</td><td>地区生产总值</td><td></td><td>一般公共预算收入</td><td>&nbsp;</td></tr>
<tr><td></td><td>累计</td><td>同比±%</td><td>累计</td><td>同比±%</td></tr></thead><tbody>
<tr><td>秀洲区</td><td>612.4</td><td>6.2</td><td>40.31</td><td>3.5</td></tr>
<tr><td>嘉善县</td><td>598.7</td><td>5.9</td><td>52.08</td><td>-1.2</td></tr>
</tbody></table>""",
    "wrapped-cells": """<table><caption>2024年1-9月各县（市、区）主要经济指标<br>单位：亿元、%</caption>
<tr><td rowspan="2"><p><span>地</span><span>区</span></p></td><td colspan="2"><p>地区生产
总值</p></td><td colspan="2"><p>一般公共<br>预算收入</p></td></tr>
<tr><td><p>累计</p></td><td><p>同比<br>±%</p></td><td><p>累计</p></td><td><p>同比<br>±%</p></td></tr>
<tr><td><p>秀洲区</p></td><td><p>612.4</p></td><td><p>6.2</p></td><td><p>40.31</p></td><td><p>3.5</p></td></tr>
<tr><td><p>嘉善县</p></td><td><p>598.7</p></td><td><p>5.9</p></td><td><p>52.08</p></td><td><p>-1.2</p></td></tr>
</table>""",
}
GROUP_FACTS = {("秀洲", "gdp", 2024, "Q1-Q3", 612.4, 6.2), ("秀洲", "fiscal_revenue_general", 2024, "Q1-Q3", 40.31, 3.5),
               ("嘉善", "gdp", 2024, "Q1-Q3", 598.7, 5.9), ("嘉善", "fiscal_revenue_general", 2024, "Q1-Q3", 52.08, -1.2)}

TRANSPOSED = {
    "th-header": """<table><tr><th colspan="4">2023年各县（市）主要指标对比</th></tr>
<tr><th>指标</th><th>海宁市</th><th>桐乡市</th><th>平湖市</th></tr>
<tr><td>地区生产总值（亿元）</td><td>1321.5</td><td>1245.8</td><td>1101.2</td></tr>
<tr><td>出口总额（亿元）</td><td>801.2</td><td>780.3</td><td>650.9</td></tr></table>""",
    "unit-column": """<p>2023年各县（市）主要指标对比</p><table>
<tr><td>指标</td><td>单位</td><td>海宁市</td><td>桐乡市</td><td>平湖市</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>1321.5</td><td>1245.8</td><td>1101.2</td></tr>
<tr><td>出口总额</td><td>亿元</td><td>801.2</td><td>780.3</td><td>650.9</td></tr></table>""",
    "broken-labels": """<table><caption>2023年各县（市）主要指标对比</caption>
<tr><td><p>指 标</p></td><td><p>海宁市</p></td><td><p>桐乡市</p></td><td><p>平湖市</p></td></tr>
<tr><td><p>地区生产总值<br/>（亿元）</p></td><td>1,321.5</td><td>1,245.8</td><td>1,101.2</td></tr>
<tr><td><p>出口总额<br/>（亿元）</p></td><td>801.2</td><td>780.3</td><td>650.9</td></tr></table>""",
}
TRANSPOSED_FACTS = {("海宁", "gdp", 2023, "FY", 1321.5, None), ("桐乡", "gdp", 2023, "FY", 1245.8, None),
                    ("平湖", "gdp", 2023, "FY", 1101.2, None), ("海宁", "exports", 2023, "FY", 801.2, None),
                    ("桐乡", "exports", 2023, "FY", 780.3, None), ("平湖", "exports", 2023, "FY", 650.9, None)}

ONE_REGION = {
    "caption": """<table><caption>2024年3月平湖市主要经济指标</caption>
<tr><th>指标</th><th>单位</th><th>本月</th><th>累计</th><th>同比(%)</th></tr>
<tr><td>社会消费品零售总额</td><td>亿元</td><td>21.3</td><td>65.8</td><td>7.4</td></tr>
<tr><td>固定资产投资</td><td>亿元</td><td>—</td><td>110.2</td><td>5.1</td></tr></table>""",
    "title-row": """<table><tr><td colspan="5"><b>2024年3月平湖市主要经济指标</b></td></tr>
<tr><td>指标</td><td>单位</td><td>本月</td><td>累计</td><td>同比(%)</td></tr>
<tr><td>社会消费品零售总额</td><td>亿元</td><td>21.3</td><td>65.8</td><td>7.4</td></tr>
<tr><td>固定资产投资</td><td>亿元</td><td></td><td>110.2</td><td>5.1</td></tr></table>""",
    "title-above": """<h2>2024年3月平湖市主要经济指标</h2><table>
<tr><td><p>指标</p></td><td><p>单位</p></td><td><p>本月</p></td><td><p>累计</p></td><td><p>同比<br>(%)</p></td></tr>
<tr><td><p>社会消费品<br>零售总额</p></td><td>亿元</td><td>21.3</td><td>65.8</td><td>7.4</td></tr>
<tr><td><p>固定资产<br>投资</p></td><td>亿元</td><td>-</td><td>110.2</td><td>5.1</td></tr></table>""",
}
ONE_REGION_FACTS = {("平湖", "retail_sales", 2024, "M3", 21.3, None), ("平湖", "retail_sales", 2024, "Q1", 65.8, 7.4),
                    ("平湖", "fixed_asset_investment", 2024, "Q1", 110.2, 5.1)}


def table_facts(data: bytes, region: str = "嘉兴") -> tuple[set[tuple], object]:
    doc = read_document("t.html", data, region=region)
    assert not doc.error, doc.error
    facts = extract_document(doc)
    return {(f.region, f.metric, f.year, f.period, f.value, f.yoy_pct) for f in facts if f.rule.startswith("table")}, doc


@pytest.mark.parametrize("layout", [False, True], ids=["plain-page", "layout-table-page"])
@pytest.mark.parametrize(("tables", "facts"), [
    *[pytest.param(GROUPS[k], GROUP_FACTS, id=f"column-groups:{k}") for k in GROUPS],
    *[pytest.param(TRANSPOSED[k], TRANSPOSED_FACTS, id=f"region-columns:{k}") for k in TRANSPOSED],
    *[pytest.param(ONE_REGION[k], ONE_REGION_FACTS, id=f"one-region:{k}") for k in ONE_REGION],
])
def test_html_table_gives_its_cells(tables: str, facts: set[tuple], layout: bool) -> None:
    got, doc = table_facts(page(tables, layout=layout))
    assert got == facts
    assert "前三季度，全市经济运行总体平稳" in doc.text and "下一步，全市将继续" in doc.text  # prose kept


@pytest.mark.parametrize("tables", [*GROUPS.values(), *TRANSPOSED.values(), *ONE_REGION.values()])
def test_html_table_facts_point_at_their_number(tables: str) -> None:
    doc = read_document("t.html", page(tables), region="嘉兴")
    facts = [f for f in extract_document(doc) if f.rule.startswith("table")]
    assert facts
    for f in facts:
        printed = doc.text[f.start:f.end]
        assert printed == f.value_text if f.value_text else float(printed) == f.yoy_pct
        assert printed in doc.text[f.sent_start:f.sent_end]


def test_each_row_is_one_line_with_pipes() -> None:
    doc = read_document("t.html", page(GROUPS["wrapped-cells"]), region="嘉兴")
    lines = doc.text.split("\n")
    assert "2024年1-9月各县（市、区）主要经济指标" in lines and "单位：亿元、%" in lines  # caption lines
    assert "| 地区 | 地区生产 总值 | 地区生产 总值 | 一般公共 预算收入 | 一般公共 预算收入 |" in lines
    assert "| 地区 | 累计 | 同比 ±% | 累计 | 同比 ±% |" in lines
    assert "| 秀洲区 | 612.4 | 6.2 | 40.31 | 3.5 |" in lines


def test_spans_are_repeated_into_the_cells_they_cover() -> None:
    import lxml.html

    table = lxml.html.fragment_fromstring(GROUPS["spans"])
    assert table_rows(table) == [
        ["2024年1-9月各县（市、区）主要经济指标"], ["单位：亿元、%"],
        ["地区", "地区生产总值", "地区生产总值", "一般公共预算收入", "一般公共预算收入"],
        ["地区", "累计", "同比±%", "累计", "同比±%"],
        ["秀洲区", "612.4", "6.2", "40.31", "3.5"], ["嘉善县", "598.7", "5.9", "52.08", "-1.2"]]


def test_a_layout_table_with_long_cells_is_left_to_the_article_reader() -> None:
    long = "全市经济运行总体平稳，" * 40
    import lxml.html

    table = lxml.html.fragment_fromstring(f"<table><tr><td>{long}</td></tr><tr><td>版权所有</td></tr></table>")
    assert table_rows(table) is None


def test_a_products_table_gives_no_facts() -> None:
    products = """<table><tr><td colspan="3">表1 2023年主要农产品产量</td></tr>
<tr><td>产品名称</td><td>产量(万吨)</td><td>比上年增长(%)</td></tr>
<tr><td>粮食</td><td>40.82</td><td>-1.1</td></tr><tr><td>油料</td><td>3.22</td><td>3.4</td></tr></table>"""
    got, _ = table_facts(page(products))
    assert got == set()


def test_a_page_that_is_only_a_table() -> None:
    html = (f'<html><head><meta charset="utf-8"><title>统计数据</title></head><body>{NAV}'
            f'<div>{TRANSPOSED["th-header"]}</div>{FOOT}</body></html>').encode()
    got, _ = table_facts(html)
    assert got == TRANSPOSED_FACTS


def test_a_gbk_page_with_a_table() -> None:
    html = page(GROUPS["spans"]).decode().replace('charset="utf-8"', 'charset="gbk"').encode("gb18030")
    got, doc = table_facts(html)
    assert doc.encoding == "gb18030" and got == GROUP_FACTS


RANKED = {  # a ranked list as pages print it: list items, lines broken by <br>, items run into a paragraph
    "list-items": "<p>2024年前三季度各县（市、区）地区生产总值排名</p><ol><li>海宁市：1012.6亿元</li>"
                  "<li>桐乡市：958.1亿元</li><li>平湖市：871.4亿元</li></ol>",
    "line-breaks": "<p>2024年前三季度各县（市、区）地区生产总值排名</p><p>1. 海宁市：1012.6亿元<br>2. 桐乡市：958.1亿元<br>"
                   "3. 平湖市：871.4亿元</p>",
    "run-in": "<p>2024年前三季度各县（市、区）地区生产总值排名：1.海宁市，1012.6亿元；2.桐乡市，958.1亿元；"
              "3.平湖市，871.4亿元。</p>",
    "table-with-growth-in-the-cells": "<table><caption>2024年前三季度各县（市、区）地区生产总值排名</caption>"
                                      "<tr><th>名次</th><th>县（市、区）</th><th>地区生产总值</th></tr>"
                                      "<tr><td>第1名</td><td>海宁市</td><td>1012.6亿元（增长6.1%）</td></tr>"
                                      "<tr><td>第2名</td><td>桐乡市</td><td>958.1亿元（增长5.2%）</td></tr>"
                                      "<tr><td>第3名</td><td>平湖市</td><td>871.4亿元（下降0.3%）</td></tr></table>",
}
RANKED_FACTS = {("海宁", "gdp", 2024, "Q1-Q3", 1012.6), ("桐乡", "gdp", 2024, "Q1-Q3", 958.1),
                ("平湖", "gdp", 2024, "Q1-Q3", 871.4)}


@pytest.mark.parametrize("body", list(RANKED.values()), ids=list(RANKED))
def test_html_ranked_list(body: str) -> None:
    got, _ = table_facts(page(body))
    assert {g[:5] for g in got} == RANKED_FACTS
    growth = {g[0]: g[5] for g in got}
    assert growth == ({"海宁": 6.1, "桐乡": 5.2, "平湖": -0.3} if "增长" in body else dict.fromkeys(growth))

"""Statistical tables in the forms real pages print, each rendered with several cell separators.

Every table here is our own (places of 嘉兴 and 苏州, made-up figures).  A form is written
once as title lines, header rows and data rows; ``render`` prints it with runs of spaces,
tabs, ASCII pipes and full-width pipes, and every rendering must give the same facts.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pytest

from indicators.facts.extract import extract_text
from indicators.rules.grids import describe, line_cells

PUB, HOME = "2024-10-20", "嘉兴"
Row = tuple  # (region, metric, year, period, value, unit, yoy)


@dataclass(frozen=True)
class Form:
    """A table: lines above the header, header rows, data rows, and the facts it holds."""

    name: str
    above: list[str]
    header: list[list[str]]
    rows: list[list[str]]
    facts: list[Row]
    seps: tuple[str, ...] = ("spaces", "tabs", "pipes", "full-width pipes")
    region: str = HOME
    pub: str | None = PUB
    below: list[str] = field(default_factory=list)


def render(form: Form, sep: str) -> str:
    """The table printed with one kind of cell separator (spaces drop empty cells)."""
    def line(cells: list[str]) -> str:
        if sep == "spaces":
            return "    ".join(c for c in cells if c)
        if sep == "tabs":
            return "\t".join(c for c in cells if c)
        bar = "|" if sep == "pipes" else "｜"
        return f"{bar} " + f" {bar} ".join(cells) + f" {bar}"
    return "\n".join([*form.above, *map(line, form.header), *map(line, form.rows), *form.below]) + "\n"


FORMS = [
    Form("blank-row-with-unit-column", ["2024年1-8月海盐县主要经济指标"],
         [["指标名称", "单位", "1-8月", "同比增长(%)"]],
         [["地区生产总值", "亿元", "—", "—"], ["规上工业增加值", "亿元", "212.5", "8.1"],
          ["固定资产投资", "亿元", "—", "5.2"], ["社会消费品零售总额", "亿元", "145.6", "4.9"]],
         [("海盐", "industrial_value_added", 2024, "M1-M8", 212.5, "亿元", 8.1),
          ("海盐", "fixed_asset_investment", 2024, "M1-M8", None, "", 5.2),
          ("海盐", "retail_sales", 2024, "M1-M8", 145.6, "亿元", 4.9)], region="海盐", pub="2024-09-20"),
    Form("blank-row-unit-in-label", ["2024年1-5月主要经济指标"],
         [["指标", "1-5月", "增长(%)"]],
         [["规上工业增加值(亿元)", "98.2", "7.7"], ["地区生产总值(亿元)", "-", "-"], ["一般公共预算收入(亿元)", "31.4", "2.2"]],
         [("平湖", "industrial_value_added", 2024, "M1-M5", 98.2, "亿元", 7.7),
          ("平湖", "fiscal_revenue_general", 2024, "M1-M5", 31.4, "亿元", 2.2)], region="平湖"),
    Form("blank-rows-between", ["2024年一季度主要指标"],
         [["指标", "单位", "一季度", "增长%"]],
         [["出口总额", "亿元", "88.3", "10.2"], ["进口总额", "亿元", "/", "/"], ["实际使用外资", "亿美元", "/", "/"],
          ["一般公共预算收入", "亿元", "20.6", "3.3"]],
         [("平湖", "exports", 2024, "Q1", 88.3, "亿元", 10.2), ("平湖", "fiscal_revenue_general", 2024, "Q1", 20.6, "亿元", 3.3)],
         region="平湖", pub="2024-04-20"),
    Form("region-rows-with-growth-columns", ["2023年各县（市、区）主要经济指标"],
         [["地区", "生产总值(亿元)", "增长(%)", "一般公共预算收入(亿元)", "增长(%)"]],
         [["海宁市", "1321.5", "5.8", "102.31", "3.2"], ["桐乡市", "1245.8", "6.1", "98.07", "-1.5"],
          ["平湖市", "1101.2", "6.4", "95.66", "2.9"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("海宁", "fiscal_revenue_general", 2023, "FY", 102.31, "亿元", 3.2),
          ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1), ("桐乡", "fiscal_revenue_general", 2023, "FY", 98.07, "亿元", -1.5),
          ("平湖", "gdp", 2023, "FY", 1101.2, "亿元", 6.4), ("平湖", "fiscal_revenue_general", 2023, "FY", 95.66, "亿元", 2.9)]),
    Form("rank-column-and-unit-line", ["表3  2024年上半年各县（市、区）规上工业增加值", "单位：亿元、%"],
         [["位次", "地区", "总量", "增速"]],
         [["1", "海宁市", "302.6", "9.1"], ["2", "平湖市", "288.4", "8.7"], ["3", "嘉善县", "251.9", "7.5"]],
         [("海宁", "industrial_value_added", 2024, "H1", 302.6, "亿元", 9.1),
          ("平湖", "industrial_value_added", 2024, "H1", 288.4, "亿元", 8.7),
          ("嘉善", "industrial_value_added", 2024, "H1", 251.9, "亿元", 7.5)]),
    Form("rank-column-growth-only", ["2024年1-5月各县(市、区)固定资产投资"],
         [["排名", "县(市、区)", "增速(%)"]],
         [["1", "嘉善县", "14.2"], ["2", "海盐县", "12.0"], ["3", "南湖区", "11.1"]],
         [("嘉善", "fixed_asset_investment", 2024, "M1-M5", None, "", 14.2),
          ("海盐", "fixed_asset_investment", 2024, "M1-M5", None, "", 12.0),
          ("南湖", "fixed_asset_investment", 2024, "M1-M5", None, "", 11.1)]),
    Form("column-groups-per-metric", ["表2  2024年1-9月各县（市、区）主要经济指标", "单位：亿元、%"],
         [["地区", "地区生产总值", "", "一般公共预算收入", ""], ["", "累计", "同比±%", "累计", "同比±%"]],
         [["秀洲区", "612.4", "6.2", "40.31", "3.5"], ["嘉善县", "598.7", "5.9", "52.08", "-1.2"]],
         [("秀洲", "gdp", 2024, "Q1-Q3", 612.4, "亿元", 6.2), ("秀洲", "fiscal_revenue_general", 2024, "Q1-Q3", 40.31, "亿元", 3.5),
          ("嘉善", "gdp", 2024, "Q1-Q3", 598.7, "亿元", 5.9), ("嘉善", "fiscal_revenue_general", 2024, "Q1-Q3", 52.08, "亿元", -1.2)]),
    Form("column-groups-with-rank", ["2024年1-9月各县（市、区）主要经济指标", "单位：亿元、%"],
         [["排名", "地区", "规上工业增加值", "", "固定资产投资", ""], ["", "", "总量", "增长", "总量", "增长"]],
         [["1", "海宁市", "480.2", "8.1", "515.0", "4.4"], ["2", "桐乡市", "455.7", "7.3", "498.6", "-2.0"]],
         [("海宁", "industrial_value_added", 2024, "Q1-Q3", 480.2, "亿元", 8.1),
          ("海宁", "fixed_asset_investment", 2024, "Q1-Q3", 515.0, "亿元", 4.4),
          ("桐乡", "industrial_value_added", 2024, "Q1-Q3", 455.7, "亿元", 7.3),
          ("桐乡", "fixed_asset_investment", 2024, "Q1-Q3", 498.6, "亿元", -2.0)]),
    Form("column-groups-of-incomes", ["2024年上半年各县（市、区）居民收入", "单位：元、%"],
         [["地区", "城镇居民人均可支配收入", "", "农村居民人均可支配收入", ""], ["", "绝对值", "增长", "绝对值", "增长"]],
         [["海宁市", "41235", "4.6", "30112", "5.9"], ["海盐县", "40087", "4.4", "29873", "6.0"]],
         [("海宁", "income_urban_pc", 2024, "H1", 41235, "元", 4.6), ("海宁", "income_rural_pc", 2024, "H1", 30112, "元", 5.9),
          ("海盐", "income_urban_pc", 2024, "H1", 40087, "元", 4.4), ("海盐", "income_rural_pc", 2024, "H1", 29873, "元", 6.0)]),
    Form("column-groups-per-period", ["2024年8月各县（市、区）规上工业总产值", "单位：亿元、%"],
         [["地区", "本月", "", "1-8月累计", ""], ["", "绝对值", "增长", "绝对值", "增长"]],
         [["海宁市", "98.2", "7.7", "760.4", "6.6"], ["桐乡市", "91.5", "-1.2", "702.3", "2.4"]],
         [("海宁", "industrial_output", 2024, "M8", 98.2, "亿元", 7.7), ("海宁", "industrial_output", 2024, "M1-M8", 760.4, "亿元", 6.6),
          ("桐乡", "industrial_output", 2024, "M8", 91.5, "亿元", -1.2), ("桐乡", "industrial_output", 2024, "M1-M8", 702.3, "亿元", 2.4)]),
    Form("units-in-a-header-row", ["2023年各县（市）主要指标"],
         [["地区", "地区生产总值", "增长"], ["", "亿元", "%"]],
         [["海宁市", "1321.5", "5.8"], ["桐乡市（含乌镇）", "1245.8", "6.1"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1)],
         seps=("pipes", "full-width pipes", "spaces")),
    Form("units-in-the-cells", ["2023年各县（市）地区生产总值"],
         [["地区", "总量", "增速"]],
         [["海宁市", "1321.5亿元", "5.8%"], ["桐乡市", "1245.8亿元", "6.1%"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1)]),
    Form("unit-line-yuan", ["2023年各县（市、区）城镇居民人均可支配收入", "单位：元"],
         [["地区", "金额", "增长(%)"]],
         [["平湖市", "78210", "4.9"], ["海盐县", "76890", "5.1"]],
         [("平湖", "income_urban_pc", 2023, "FY", 78210, "元", 4.9), ("海盐", "income_urban_pc", 2023, "FY", 76890, "元", 5.1)]),
    Form("unit-in-title-brackets", ["2024年1-6月各县（市、区）实际利用外资（单位：万美元）"],
         [["地区", "金额", "增长(%)"]],
         [["平湖市", "31800", "12.5"], ["嘉善县", "28650", "-4.2"]],
         [("平湖", "fdi_actual", 2024, "H1", 31800, "万美元", 12.5), ("嘉善", "fdi_actual", 2024, "H1", 28650, "万美元", -4.2)]),
    Form("amount-unit-line", ["2024年1-7月各县（市、区）出口情况", "金额单位：万元"],
         [["县（市、区）", "出口总额", "比上年同期增长(%)"]],
         [["南湖区", "1852300", "6.6"], ["秀洲区", "2210450", "-3.3"]],
         [("南湖", "exports", 2024, "M1-M7", 1852300, "万元", 6.6), ("秀洲", "exports", 2024, "M1-M7", 2210450, "万元", -3.3)]),
    Form("header-broken-over-lines", ["2023年各县（市）主要指标"],
         [["县（市）", "社会消费品", "固定资产"], ["", "零售总额", "投资"], ["", "（亿元）", "（亿元）"]],
         [["海宁市", "520.6", "610.2"], ["桐乡市", "488.3", "575.9"]],
         [("海宁", "retail_sales", 2023, "FY", 520.6, "亿元", None), ("海宁", "fixed_asset_investment", 2023, "FY", 610.2, "亿元", None),
          ("桐乡", "retail_sales", 2023, "FY", 488.3, "亿元", None), ("桐乡", "fixed_asset_investment", 2023, "FY", 575.9, "亿元", None)]),
    Form("metric-rows-region-columns", ["2023年各县（市）主要指标对比"],
         [["指标", "海宁市", "桐乡市", "平湖市"]],
         [["地区生产总值(亿元)", "1321.5", "1245.8", "1101.2"], ["出口总额(亿元)", "801.2", "780.3", "650.9"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", None), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", None),
          ("平湖", "gdp", 2023, "FY", 1101.2, "亿元", None), ("海宁", "exports", 2023, "FY", 801.2, "亿元", None),
          ("桐乡", "exports", 2023, "FY", 780.3, "亿元", None), ("平湖", "exports", 2023, "FY", 650.9, "亿元", None)]),
    Form("metric-rows-with-unit-column-and-growth-row", ["2024年一季度主要指标"],
         [["指标", "单位", "南湖区", "秀洲区"]],
         [["地区生产总值", "亿元", "180.2", "160.5"], ["增速", "%", "5.1", "6.3"],
          ["社会消费品零售总额", "亿元", "88.4", "61.2"]],
         [("南湖", "gdp", 2024, "Q1", 180.2, "亿元", 5.1), ("秀洲", "gdp", 2024, "Q1", 160.5, "亿元", 6.3),
          ("南湖", "retail_sales", 2024, "Q1", 88.4, "亿元", None), ("秀洲", "retail_sales", 2024, "Q1", 61.2, "亿元", None)]),
    Form("one-region-month-and-cumulative", ["2024年3月平湖市主要经济指标"],
         [["指标", "单位", "本月", "累计", "同比(%)"]],
         [["社会消费品零售总额", "亿元", "21.3", "65.8", "7.4"], ["固定资产投资", "亿元", "-", "110.2", "5.1"]],
         [("平湖", "retail_sales", 2024, "M3", 21.3, "亿元", None), ("平湖", "retail_sales", 2024, "Q1", 65.8, "亿元", 7.4),
          ("平湖", "fixed_asset_investment", 2024, "Q1", 110.2, "亿元", 5.1)],
         seps=("pipes", "full-width pipes", "tabs")),
    Form("one-region-period-in-header", ["1-8月主要经济指标"],
         [["指标名称", "计量单位", "1-8月", "比上年同期增长(%)"]],
         [["规上工业增加值", "亿元", "412.5", "8.8"], ["出口总额", "亿元", "330.1", "-2.4"]],
         [("嘉兴", "industrial_value_added", 2024, "M1-M8", 412.5, "亿元", 8.8),
          ("嘉兴", "exports", 2024, "M1-M8", 330.1, "亿元", -2.4)]),
    Form("one-region-header-over-lines", [],
         [["项 目 名 称", "计算 单位"], ["8月", "1-8月 累计"], ["累计比上年同期增长(%)", "结构(%)"]],
         [["一、社会消费品零售总额", "万元", "412205", "3120988", "4.6", "100"],
          ["1、批发零售业", "万元", "380111", "2811250", "3.9", "90.1"], ["2、住宿餐饮业", "万元", "32094", "309738", "11.2", "9.9"]],
         [("海盐", "retail_sales", 2024, "M8", 412205, "万元", None), ("海盐", "retail_sales", 2024, "M1-M8", 3120988, "万元", 4.6)],
         seps=("pipes", "full-width pipes", "tabs", "spaces"), region="海盐"),
    Form("one-region-target-and-progress-columns", ["2024年1-9月主要经济指标完成情况"],
         [["指标", "单位", "全年目标", "1-9月完成", "增长(%)", "完成进度(%)"]],
         [["地区生产总值", "亿元", "1250", "905.3", "5.6", "72.4"], ["固定资产投资", "亿元", "600", "441.8", "-3.1", "73.6"]],
         [("平湖", "gdp", 2024, "Q1-Q3", 905.3, "亿元", 5.6), ("平湖", "fixed_asset_investment", 2024, "Q1-Q3", 441.8, "亿元", -3.1)],
         region="平湖"),
    Form("years-as-columns", ["各县（市）地区生产总值", "单位：亿元"],
         [["地区", "2022年", "2023年", "增长(%)"]],
         [["海宁市", "1250.3", "1321.5", "5.8"], ["桐乡市", "1180.6", "1245.8", "6.1"]],
         [("海宁", "gdp", 2022, "FY", 1250.3, "亿元", None), ("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8),
          ("桐乡", "gdp", 2022, "FY", 1180.6, "亿元", None), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1)]),
    # a statistical yearbook numbers its tables 3-1, 17-2: the number and title stand right above the header
    Form("yearbook-number-title", ["3-1  2023年各县（市、区）主要经济指标"],
         [["地区", "生产总值(亿元)", "一般公共预算收入(亿元)"]],
         [["海宁市", "1321.5", "102.31"], ["桐乡市", "1245.8", "98.07"], ["平湖市", "1101.2", "95.66"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", None), ("海宁", "fiscal_revenue_general", 2023, "FY", 102.31, "亿元", None),
          ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", None), ("桐乡", "fiscal_revenue_general", 2023, "FY", 98.07, "亿元", None),
          ("平湖", "gdp", 2023, "FY", 1101.2, "亿元", None), ("平湖", "fiscal_revenue_general", 2023, "FY", 95.66, "亿元", None)]),
    Form("total-row-is-the-parent", ["2023年各县（市、区）生产总值"],
         [["地区", "生产总值(亿元)", "增长(%)"]],
         [["全市", "7062.5", "6.3"], ["南湖区", "812.3", "5.8"], ["秀洲区", "645.2", "6.1"]],
         [("嘉兴", "gdp", 2023, "FY", 7062.5, "亿元", 6.3), ("南湖", "gdp", 2023, "FY", 812.3, "亿元", 5.8),
          ("秀洲", "gdp", 2023, "FY", 645.2, "亿元", 6.1)]),
    Form("total-column-is-the-parent", ["2023年主要指标"],
         [["指标", "全市", "海宁市", "桐乡市"]],
         [["地区生产总值(亿元)", "7062.5", "1321.5", "1245.8"], ["出口总额(亿元)", "3012.5", "801.2", "780.3"]],
         [("嘉兴", "gdp", 2023, "FY", 7062.5, "亿元", None), ("海宁", "gdp", 2023, "FY", 1321.5, "亿元", None),
          ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", None), ("嘉兴", "exports", 2023, "FY", 3012.5, "亿元", None),
          ("海宁", "exports", 2023, "FY", 801.2, "亿元", None), ("桐乡", "exports", 2023, "FY", 780.3, "亿元", None)],
         region="桐乡"),
    Form("total-column-of-the-article-region", ["2023年主要指标"],
         [["指标", "全市", "增长(%)"]],
         [["地区生产总值(亿元)", "1101.2", "6.4"], ["出口总额(亿元)", "650.9", "3.3"]],
         [("平湖", "gdp", 2023, "FY", 1101.2, "亿元", 6.4), ("平湖", "exports", 2023, "FY", 650.9, "亿元", 3.3)],
         region="平湖"),
    # a share column gives no fact; a column of the year before gives that year's (each a fact of its own year)
    Form("share-column-no-fact-prior-year-column-last-years", ["2023年各县（市）出口"],
         [["地区", "出口总额(亿元)", "上年同期(亿元)", "占全市比重(%)"]],
         [["海宁市", "402.1", "380.5", "22.1"], ["桐乡市", "398.7", "390.2", "21.9"]],
         [("海宁", "exports", 2023, "FY", 402.1, "亿元", None), ("海宁", "exports", 2022, "FY", 380.5, "亿元", None),
          ("桐乡", "exports", 2023, "FY", 398.7, "亿元", None), ("桐乡", "exports", 2022, "FY", 390.2, "亿元", None)]),
    Form("prior-year-months-column", ["1-6月各县（市、区）固定资产投资"],
         [["地区", "本期(亿元)", "去年同期(亿元)", "增长(%)"]],
         [["南湖区", "152.3", "140.1", "8.7"], ["秀洲区", "121.6", "118.9", "2.3"]],
         [("南湖", "fixed_asset_investment", 2024, "H1", 152.3, "亿元", 8.7),
          ("南湖", "fixed_asset_investment", 2023, "H1", 140.1, "亿元", None),
          ("秀洲", "fixed_asset_investment", 2024, "H1", 121.6, "亿元", 2.3),
          ("秀洲", "fixed_asset_investment", 2023, "H1", 118.9, "亿元", None)], pub="2024-07-25"),
    Form("prior-year-rate-column-no-fact", ["1-6月各县（市、区）固定资产投资"],
         [["地区", "本期(亿元)", "增长(%)", "上年同期增长(%)"]],
         [["南湖区", "152.3", "8.7", "5.1"], ["秀洲区", "121.6", "2.3", "4.4"]],
         [("南湖", "fixed_asset_investment", 2024, "H1", 152.3, "亿元", 8.7),
          ("秀洲", "fixed_asset_investment", 2024, "H1", 121.6, "亿元", 2.3)], pub="2024-07-25"),
    Form("title-in-the-sentence-above", ["1-9月，全市经济运行平稳，各县（市、区）规上工业增加值如下表。"],
         [["地区", "总量(亿元)", "增长(%)"]],
         [["海宁市", "480.2", "8.1"], ["桐乡市", "455.7", "7.3"]],
         [("海宁", "industrial_value_added", 2024, "Q1-Q3", 480.2, "亿元", 8.1),
          ("桐乡", "industrial_value_added", 2024, "Q1-Q3", 455.7, "亿元", 7.3)]),
    Form("time-over-the-row-labels", [],
         [["2024年上半年", "地区生产总值(亿元)", "增长(%)"]],
         [["南湖区", "401.2", "5.5"], ["秀洲区", "322.9", "6.0"]],
         [("南湖", "gdp", 2024, "H1", 401.2, "亿元", 5.5), ("秀洲", "gdp", 2024, "H1", 322.9, "亿元", 6.0)],
         seps=("pipes", "full-width pipes", "tabs")),
    Form("total-then-of-which", ["2023年各县（市、区）生产总值"],
         [["地区", "生产总值(亿元)", "增长(%)"]],
         [["全市", "7062.5", "6.3"], ["其中：南湖区", "812.3", "5.8"], ["秀洲区", "645.2", "6.1"]],
         [("嘉兴", "gdp", 2023, "FY", 7062.5, "亿元", 6.3), ("南湖", "gdp", 2023, "FY", 812.3, "亿元", 5.8),
          ("秀洲", "gdp", 2023, "FY", 645.2, "亿元", 6.1)]),
    Form("metric-over-the-row-labels", ["2024年11月各县（市、区）主要指标", "单位：万元"],
         [["工 业 总 产 值", "本月", "增长%", "累计", "累计增长"]],
         [["海宁市", "2448189", "9.31", "22512215", "7.11"], ["桐乡市", "2140183", "6.50", "21242484", "4.84"]],
         [("海宁", "industrial_output", 2024, "M11", 2448189, "万元", 9.31),
          ("海宁", "industrial_output", 2024, "M1-M11", 22512215, "万元", 7.11),
          ("桐乡", "industrial_output", 2024, "M11", 2140183, "万元", 6.5),
          ("桐乡", "industrial_output", 2024, "M1-M11", 21242484, "万元", 4.84)], pub="2024-12-20"),
    Form("year-rows-of-one-region", ["2019-2023年平湖市地区生产总值"],
         [["年份", "地区生产总值(亿元)", "增长(%)"]],
         [["2021年", "1001.2", "9.1"], ["2022年", "1050.7", "4.2"], ["2023年", "1101.2", "6.4"]],
         [("平湖", "gdp", 2021, "FY", 1001.2, "亿元", 9.1), ("平湖", "gdp", 2022, "FY", 1050.7, "亿元", 4.2),
          ("平湖", "gdp", 2023, "FY", 1101.2, "亿元", 6.4)]),
    Form("month-rows-of-the-article-region", ["2024年各月规上工业增加值增速"],
         [["月份", "增速(%)"]],
         [["1-2月", "5.1"], ["1-3月", "6.0"], ["1-4月", "6.3"]],
         [("海盐", "industrial_value_added", 2024, "M1-M2", None, "", 5.1),
          ("海盐", "industrial_value_added", 2024, "Q1", None, "", 6.0),
          ("海盐", "industrial_value_added", 2024, "M1-M4", None, "", 6.3)], region="海盐"),
    Form("growth-column-before-its-value", ["2023年各县（市）主要指标"],
         [["地区", "增长(%)", "生产总值(亿元)", "增长(%)", "出口总额(亿元)"]],
         [["海宁市", "5.8", "1321.5", "-2.2", "801.2"], ["桐乡市", "6.1", "1245.8", "3.4", "780.3"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("海宁", "exports", 2023, "FY", 801.2, "亿元", -2.2),
          ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1), ("桐乡", "exports", 2023, "FY", 780.3, "亿元", 3.4)]),
    Form("unit-line-under-the-header", ["2023年各县（市）主要指标"],
         [["地区", "生产总值", "增长"], ["", "单位：亿元", "%"]],
         [["海宁市", "1321.5", "5.8"], ["桐乡市", "1245.8", "6.1"]],
         [("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1)]),
    Form("column-named-by-the-head-of-the-title-metric", ["平湖市2024年各月工业用电量"],
         [["月份", "用电量(亿千瓦时)", "增长(%)"]],
         [["1月", "5.21", "3.2"], ["2月", "4.10", "-1.1"], ["3月", "5.87", "6.4"]],
         [("平湖", "industrial_electricity", 2024, "M1", 5.21, "亿千瓦时", 3.2),
          ("平湖", "industrial_electricity", 2024, "M2", 4.1, "亿千瓦时", -1.1),
          ("平湖", "industrial_electricity", 2024, "M3", 5.87, "亿千瓦时", 6.4)]),
    Form("rank-column-last-and-growth-only", ["2024年1-5月各县（市、区）固定资产投资增速"],
         [["县（市、区）", "增速（%）", "位次"]],
         [["嘉善县", "14.2", "1"], ["海盐县", "12.0", "2"], ["南湖区", "-1.1", "3"]],
         [("嘉善", "fixed_asset_investment", 2024, "M1-M5", None, "", 14.2),
          ("海盐", "fixed_asset_investment", 2024, "M1-M5", None, "", 12.0),
          ("南湖", "fixed_asset_investment", 2024, "M1-M5", None, "", -1.1)]),
    # a title that ends in a growth word, or a unit line of %, makes every figure a rate
    Form("rates-title-metric-columns", ["2024年1-9月各县（市）规上工业增加值和固定资产投资增速（%）"],
         [["地区", "规上工业增加值", "固定资产投资"]],
         [["海宁市", "8.1", "9.6"], ["平湖市", "7.4", "-1.2"]],
         [("海宁", "industrial_value_added", 2024, "Q1-Q3", None, "", 8.1),
          ("海宁", "fixed_asset_investment", 2024, "Q1-Q3", None, "", 9.6),
          ("平湖", "industrial_value_added", 2024, "Q1-Q3", None, "", 7.4),
          ("平湖", "fixed_asset_investment", 2024, "Q1-Q3", None, "", -1.2)]),
    Form("rates-unit-line-percent", ["2024年上半年各县（市、区）主要指标增长情况", "单位：%"],
         [["县（市、区）", "地区生产总值", "社会消费品零售总额"]],
         [["嘉善县", "6.2", "5.1"], ["南湖区", "4.8", "7.3"]],
         [("嘉善", "gdp", 2024, "H1", None, "", 6.2), ("嘉善", "retail_sales", 2024, "H1", None, "", 5.1),
          ("南湖", "gdp", 2024, "H1", None, "", 4.8), ("南湖", "retail_sales", 2024, "H1", None, "", 7.3)]),
    Form("rates-title-growth-rate-word", ["2024年1-8月各地出口和进口增长率"],
         [["地区", "出口", "进口"]],
         [["昆山市", "3.2", "-4.1"], ["太仓市", "11.6", "2.4"]],
         [("昆山", "exports", 2024, "M1-M8", None, "", 3.2), ("昆山", "imports", 2024, "M1-M8", None, "", -4.1),
          ("太仓", "exports", 2024, "M1-M8", None, "", 11.6), ("太仓", "imports", 2024, "M1-M8", None, "", 2.4)]),
    Form("product-rows-are-not-regions", ["表1 2023年主要农产品产量"],
         [["产品名称", "产量(万吨)", "比上年增长(%)"]],
         [["粮食", "40.82", "-1.1"], ["油料", "3.22", "3.4"]], []),
    Form("industry-rows-are-not-the-region", ["2024年1-6月规上工业分行业增加值"],
         [["行业", "增加值(亿元)", "增长(%)"]],
         [["纺织业", "40.2", "3.1"], ["化学纤维制造业", "55.8", "9.4"]], []),
    Form("no-time-anywhere", ["各县（市）生产总值"],
         [["地区", "生产总值(亿元)"]],
         [["海宁市", "1321.5"], ["桐乡市", "1245.8"]], [], pub=None),
    # a monthly report: a title line and 指标 单位 before column groups (本月 | 1-7月) over 数值 | 增长
    Form("month-groups-under-title-line", ["2024年7月统计月报", "主要经济指标"],
         [["指标", "单位", "7月", "", "1-7月", ""], ["", "", "数值", "增长(%)", "数值", "增长(%)"]],
         [["规模以上工业增加值", "亿元", "-", "6.2", "-", "7.9"],
          ["社会消费品零售总额", "亿元", "21.36", "4.1", "150.82", "5.3"],
          ["固定资产投资(不含农户)", "亿元", "-", "-3.5", "-", "4.4"]],
         [("海盐", "industrial_value_added", 2024, "M7", None, "", 6.2),
          ("海盐", "industrial_value_added", 2024, "M1-M7", None, "", 7.9),
          ("海盐", "retail_sales", 2024, "M7", 21.36, "亿元", 4.1),
          ("海盐", "retail_sales", 2024, "M1-M7", 150.82, "亿元", 5.3),
          ("海盐", "fixed_asset_investment", 2024, "M7", None, "", -3.5),
          ("海盐", "fixed_asset_investment", 2024, "M1-M7", None, "", 4.4)],
         region="海盐", pub="2024-08-20"),
    # the cumulative group printed without 月 (1-9) beside the month's (9月)
    Form("month-groups-bare-range", ["主要经济指标"],
         [["指标名称", "单位", "9月", "", "1-9", ""], ["", "", "绝对数", "增长%", "绝对数", "增长%"]],
         [["地方一般公共预算收入", "亿元", "3.05", "-", "41.27", "6.8"],
          ["出口总额", "亿元", "12.9", "8.8", "118.4", "10.1"],
          ["民间投资(不含房地产)", "亿元", "-", "5.0", "-", "6.1"]],
         [("平湖", "fiscal_revenue_general", 2024, "M9", 3.05, "亿元", None),
          ("平湖", "fiscal_revenue_general", 2024, "Q1-Q3", 41.27, "亿元", 6.8),
          ("平湖", "exports", 2024, "M9", 12.9, "亿元", 8.8),
          ("平湖", "exports", 2024, "Q1-Q3", 118.4, "亿元", 10.1)],
         region="平湖", pub="2024-10-20"),
    # a row whose figures are not printed (— —) is part of the table and gives nothing
]

BOX_DRAWN = """2023年各县（市、区）生产总值
┌──────┬──────────┬──────┐
│地区  │生产总值(亿元)│增长(%)│
├──────┼──────────┼──────┤
│南湖区│812.3     │5.8   │
├──────┼──────────┼──────┤
│秀洲区│645.2     │6.1   │
└──────┴──────────┴──────┘
"""


def test_box_drawn_table() -> None:
    assert facts_of(BOX_DRAWN) == want([("南湖", "gdp", 2023, "FY", 812.3, "亿元", 5.8), ("秀洲", "gdp", 2023, "FY", 645.2, "亿元", 6.1)])


def test_two_tables_one_after_the_other_keep_their_own_headers() -> None:
    first = next(f for f in FORMS if f.name == "region-rows-with-growth-columns")
    second = next(f for f in FORMS if f.name == "years-as-columns")
    text = render(first, "spaces") + render(second, "spaces")
    got = facts_of(text)
    assert ("海宁", "fiscal_revenue_general", 2023, "FY", 102.31, "亿元", 3.2) in got
    assert ("海宁", "gdp", 2022, "FY", 1250.3, "亿元", None) in got
    assert len(got) == len(first.facts) + len(second.facts) - 2  # the 2023 GDP of both tables is one fact
    assert not any(g[0] == "海宁" and g[1] == "gdp" and g[4] == 102.31 for g in got)


RANKED_LISTS = [
    ("colon-and-full-stop", "2023年各地区生产总值排行\n1.苏州：24653.4亿元；\n2.无锡：15456.2亿元；\n3.南京：17421.4亿元；\n"),
    ("comma-numbering", "2023年各地区生产总值排行\n1、苏州:24653.4亿元\n2、无锡:15456.2亿元\n3、南京:17421.4亿元\n"),
    ("spaced", "2023年各地区生产总值排行\n1  苏州  24653.4亿元\n2  无锡  15456.2亿元\n3  南京  17421.4亿元\n"),
]
RANKED_FACTS = {("苏州", "gdp", 2023, "FY", 24653.4, "亿元", None), ("无锡", "gdp", 2023, "FY", 15456.2, "亿元", None),
                ("南京", "gdp", 2023, "FY", 17421.4, "亿元", None)}

CELL_PER_LINE = [  # pages that print each cell on a line of its own (as some sites' tables come out)
    ("pipe-after-each-cell", "表1 2023年各县（市、区）生产总值\n县（市、区） |\n生产总值（亿元） |\n增长（%） |\n"
                             "海宁市 |\n1321.5 |\n5.8 |\n桐乡市 |\n1245.8 |\n6.1 |\n"),
    ("bare-cells", "表1 2023年各县（市、区）生产总值\n县（市、区）\n生产总值（亿元）\n增长（%）\n"
                   "海宁市\n1321.5\n5.8\n桐乡市\n1245.8\n6.1\n"),
    ("metric-over-labels", "2023年各县（市、区）主要指标\n|\n生产总值(亿元) |\n增长(%) |\n"
                           "海宁市 |\n1321.5 |\n5.8 |\n桐乡市 |\n1245.8 |\n6.1 |\n"),
    ("label-over-numbers", "表1 2023年各县（市、区）生产总值\n县（市、区） 生产总值（亿元） 增长（%）\n"
                           "海宁市\n1321.5  5.8\n桐乡市\n1245.8  6.1\n"),
]
CELL_PER_LINE_FACTS = {("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8), ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1)}


def facts_of(text: str, region: str = HOME, pub: str | None = PUB) -> set[Row]:
    df = extract_text(text, pub_date=pub, region=region)
    return {(r.region, r.metric, r.year, r.period, None if r.value is None or r.value != r.value else float(r.value),
             r.unit or "", None if r.yoy_pct is None or r.yoy_pct != r.yoy_pct else float(r.yoy_pct))
            for r in df.astype(object).where(df.notna(), None).itertuples()}


def want(rows: list[Row] | set[Row]) -> set[Row]:
    return {(g, m, y, p, None if v is None else float(v), u, None if yoy is None else float(yoy))
            for g, m, y, p, v, u, yoy in rows}


CASES = [pytest.param(f, sep, id=f"{f.name}:{sep}") for f in FORMS for sep in f.seps]


@pytest.mark.parametrize(("form", "sep"), CASES)
def test_table_form(form: Form, sep: str) -> None:
    assert facts_of(render(form, sep), form.region, form.pub) == want(form.facts)


@pytest.mark.parametrize(("name", "text"), RANKED_LISTS, ids=[n for n, _ in RANKED_LISTS])
def test_ranked_list_with_units_in_cells(name: str, text: str) -> None:
    assert facts_of(text, region="苏州") == want(RANKED_FACTS)


def double_spaced(text: str) -> str:
    """The text as a page saved from the web often has it: a blank line after every line."""
    return "\n\n".join(line for line in text.split("\n") if line.strip()) + "\n"


@pytest.mark.parametrize(("form", "sep"), [pytest.param(f, sep, id=f"{f.name}:{sep}") for f in FORMS
                                           for sep in f.seps if sep in ("spaces", "pipes")])
def test_table_form_double_spaced(form: Form, sep: str) -> None:
    """A blank line after every line means nothing: the table's rows and header still stand together."""
    assert facts_of(double_spaced(render(form, sep)), form.region, form.pub) == want(form.facts)


@pytest.mark.parametrize(("name", "text"), RANKED_LISTS + CELL_PER_LINE, ids=[n for n, _ in RANKED_LISTS + CELL_PER_LINE])
def test_lists_and_cells_per_line_double_spaced(name: str, text: str) -> None:
    got = facts_of(double_spaced(text), region="苏州" if (name, text) in RANKED_LISTS else HOME)
    assert got == want(RANKED_FACTS if (name, text) in RANKED_LISTS else CELL_PER_LINE_FACTS)


# Keyed lists: one line per place, the place and its figure run together with a rank, a colon, a
# dash, a comma or spaces, the unit in the cell, on a unit line or in the title, maybe the growth
# after the amount.  Places of 浙江, made-up figures; the article is the province's.
Q3 = ("绍兴", "台州", "金华")
KEYED_AMOUNTS = (5120.3, 4633.8, 4420.6)
KEYED_FACTS = {(g, "gdp", 2023, "Q1-Q3", v, "亿元", None) for g, v in zip(Q3, KEYED_AMOUNTS)}
KEYED_LISTS = [
    ("dot-rank-then-space-unit-in-title",
     "2023年前三季度各市地区生产总值排行（单位：亿元）\n1. 绍兴 5120.3\n2. 台州 4633.8\n3. 金华 4420.6\n"),
    ("unit-line-below-title",
     "2023年前三季度各设区市地区生产总值\n单位：亿元\n1、绍兴：5120.3；\n2、台州：4633.8；\n3、金华：4420.6。\n"),
    ("dashes", "2023年前三季度各市GDP排名\n1——绍兴——5120.3亿元\n2——台州——4633.8亿元\n3——金华——4420.6亿元\n"),
    ("single-dash-before-an-amount", "2023年前三季度各市GDP排名\n1.绍兴—5120.3亿元\n2.台州—4633.8亿元\n3.金华—4420.6亿元\n"),
    ("place-words-and-comma", "2023年前三季度各市GDP排名\n第1名：绍兴，5120.3亿元\n第2名：台州，4633.8亿元\n第3名：金华，4420.6亿元\n"),
    ("top-marks", "2023年前三季度各市GDP排名\nTOP1 绍兴 5120.3亿元\nTOP2 台州 4633.8亿元\nTOP3 金华 4420.6亿元\n"),
    ("bracketed-ranks-and-city-suffix", "2023年前三季度各市GDP排名\n(1)绍兴市 5120.3亿元\n(2)台州市 4633.8亿元\n(3)金华市 4420.6亿元\n"),
    ("unit-apart-from-the-number", "2023年前三季度各市GDP排名\n1. 绍兴: 5120.3 亿元\n2. 台州: 4633.8 亿元\n3. 金华: 4420.6 亿元\n"),
    ("no-rank", "2023年前三季度，各市地区生产总值如下：\n绍兴 5120.3亿元；\n台州 4633.8亿元；\n金华 4420.6亿元。\n"),
    ("rank-header-with-the-period", "各市GDP排名\n排名  城市  2023年前三季度GDP(亿元)\n1  绍兴  5120.3\n2  台州  4633.8\n3  金华  4420.6\n"),
    ("header-on-two-lines", "2023年前三季度各市主要指标\n位次  城市    地区生产总值\n                （亿元）\n"
                            "1  绍兴    5120.3\n2  台州    4633.8\n3  金华    4420.6\n"),
    ("pipes-and-place-words", "2023年前三季度各市GDP排名\n| 第1名 | 绍兴 | 5120.3亿元 |\n| 第2名 | 台州 | 4633.8亿元 |\n"
                              "| 第3名 | 金华 | 4420.6亿元 |\n"),
    ("rank-after-the-figure", "2023年前三季度各市GDP\n绍兴  5120.3亿元  第1位\n台州  4633.8亿元  第2位\n金华  4420.6亿元  第3位\n"),
    ("header-line-keyed-too", "2023年前三季度各市主要指标\n城市：GDP（亿元）\n绍兴：5120.3\n台州：4633.8\n金华：4420.6\n"),
    ("blank-lines-between-rows", "2023年前三季度各市GDP排名\n\n1.绍兴:5120.3亿元\n\n2.台州:4633.8亿元\n\n3.金华:4420.6亿元\n"),
    ("traditional-and-full-width", "2023年前三季度各市GDP排名\n１．紹興：５１２０.３億元\n２．台州：４６３３.８億元\n３．金華：４４２０.６億元\n"),
]
RUN_IN_LISTS = [  # the items of a ranked list on one line: after its title, parted by ; or wide gaps
    ("after-the-title", "2023年前三季度各市GDP排名：1、绍兴，5120.3亿元；2、台州，4633.8亿元；3、金华，4420.6亿元。\n"),
    ("title-above", "2023年前三季度各市GDP排名\n1.绍兴:5120.3亿;2.台州:4633.8亿;3.金华:4420.6亿;\n"),
    ("side-by-side", "2023年前三季度各市GDP排名\n1.绍兴:5120.3亿    2.台州:4633.8亿\n3.金华:4420.6亿\n"),
    ("full-width-colons", "2023年前三季度各市GDP排名：1.绍兴：5120.3亿；2.台州：4633.8亿；3.金华：4420.6亿\n"),
]
KEYED_GROWTH = (5.8, 6.6, -0.4)
KEYED_FACTS_WITH_GROWTH = {(g, "gdp", 2023, "Q1-Q3", v, "亿元", r) for g, v, r in zip(Q3, KEYED_AMOUNTS, KEYED_GROWTH)}
KEYED_LISTS_WITH_GROWTH = [
    ("growth-words-after-a-comma",
     "2023年前三季度各市GDP排名\n1.绍兴:5120.3亿,增长5.8%;\n2.台州:4633.8亿,增长6.6%;\n3.金华:4420.6亿,下降0.4%;\n"),
    ("growth-in-brackets",
     "2023年前三季度各市GDP排名\n1.绍兴 5120.3亿元（+5.8%）\n2.台州 4633.8亿元（+6.6%）\n3.金华 4420.6亿元（-0.4%）\n"),
    ("growth-in-brackets-with-basis",
     "2023年前三季度各市GDP排名\n第一位：绍兴，5120.3亿元(同比增长5.8%)\n第二位：台州，4633.8亿元(同比增长6.6%)\n"
     "第三位：金华，4420.6亿元(同比下降0.4%)\n"),
    ("growth-in-its-own-column", "2023年前三季度各市GDP排名\n1  绍兴  5120.3亿元  5.8%\n2  台州  4633.8亿元  6.6%\n"
                                 "3  金华  4420.6亿元  -0.4%\n"),
    ("growth-in-brackets-in-pipe-cells", "2023年前三季度各市GDP排名\n| 1 | 绍兴 | 5120.3亿元(+5.8%) |\n"
                                         "| 2 | 台州 | 4633.8亿元(+6.6%) |\n| 3 | 金华 | 4420.6亿元(-0.4%) |\n"),
]
KEYED_RATES = [
    ("rates-only", "2023年前三季度各市规上工业增加值增速排名\n1.金华:9.1%\n2.台州:8.4%\n3.绍兴:7.7%\n"),
    ("rates-only-dashes", "2023年前三季度各市规上工业增加值增速\n第1名——金华——9.1%\n第2名——台州——8.4%\n第3名——绍兴——7.7%\n"),
]
# A table rule's figure is its row's place's alone: the sentences do not read it again as the
# article's region's (a title line with no full stop runs into the first row).
KEYED_GAPS = [
    pytest.param("2023年前三季度各市GDP增速排名\n1.绍兴,增长5.8%\n2.台州,增长6.6%\n3.金华,下降0.4%\n", {
        ("绍兴", "gdp", 2023, "Q1-Q3", None, "", 5.8), ("台州", "gdp", 2023, "Q1-Q3", None, "", 6.6),
        ("金华", "gdp", 2023, "Q1-Q3", None, "", -0.4)}, id="growth-verb-after-a-comma"),
    pytest.param("2023年1-9月各市规上工业增加值增速\n第一 湖州 增长9.4%\n第二 嘉兴 增长8.7%\n第三 衢州 增长7.9%\n", {
        ("湖州", "industrial_value_added", 2023, "Q1-Q3", None, "", 9.4),
        ("嘉兴", "industrial_value_added", 2023, "Q1-Q3", None, "", 8.7),
        ("衢州", "industrial_value_added", 2023, "Q1-Q3", None, "", 7.9)}, id="growth-verb-after-ordinals"),
    pytest.param("前三季度各市社会消费品零售总额增幅\n1.舟山：同比增长9.2%\n2.丽水：同比增长7.5%\n3.温州：同比增长6.8%\n", {
        ("舟山", "retail_sales", 2023, "Q1-Q3", None, "", 9.2), ("丽水", "retail_sales", 2023, "Q1-Q3", None, "", 7.5),
        ("温州", "retail_sales", 2023, "Q1-Q3", None, "", 6.8)}, id="basis-and-verb-after-a-colon"),
    pytest.param("2023年前三季度绍兴市主要经济指标\n地区生产总值：5120.3亿元，增长5.8%\n规上工业增加值：1450.2亿元，增长7.1%\n", {
        ("绍兴", "gdp", 2023, "Q1-Q3", 5120.3, "亿元", 5.8), ("绍兴", "industrial_value_added", 2023, "Q1-Q3", 1450.2, "亿元", 7.1)},
        id="metric-rows-of-the-title-place"),
    pytest.param("2023年1-9月湖州市主要指标\n一般公共预算收入：312.6亿元，同比增长4.1%\n社会消费品零售总额：1398.4亿元，同比增长6.9%\n", {
        ("湖州", "fiscal_revenue_general", 2023, "Q1-Q3", 312.6, "亿元", 4.1),
        ("湖州", "retail_sales", 2023, "Q1-Q3", 1398.4, "亿元", 6.9)}, id="metric-rows-with-basis"),
    pytest.param("前三季度衢州市经济运行主要指标\n固定资产投资：增长8.3%\n规模以上工业增加值：增长7.6%\n", {
        ("衢州", "fixed_asset_investment", 2023, "Q1-Q3", None, "", 8.3),
        ("衢州", "industrial_value_added", 2023, "Q1-Q3", None, "", 7.6)}, id="metric-rows-rates-only"),
]
KEYED_RATE_FACTS = {(g, "industrial_value_added", 2023, "Q1-Q3", None, "", r) for g, r in (("金华", 9.1), ("台州", 8.4),
                                                                                            ("绍兴", 7.7))}


def test_run_in_list_whose_figures_look_like_ranks() -> None:
    """绍兴:12.5亿: 12. after a colon is a figure, not the rank of an item after a title."""
    text = "2023年前三季度各市规上工业增加值\n1.绍兴:12.5亿;2.台州:10.3亿;3.金华:9.6亿\n"
    assert facts_of(text, region="浙江", pub="2023-11-02") == want(
        {(g, "industrial_value_added", 2023, "Q1-Q3", v, "亿元", None) for g, v in (("绍兴", 12.5), ("台州", 10.3),
                                                                                   ("金华", 9.6))})


def test_run_in_list_needs_ranks_counting_up() -> None:
    """1, 3: not a ranked list (numbered points may skip), so the grid reader leaves it to prose."""
    df = extract_text("2023年前三季度各市GDP排名：1.绍兴：5120.3亿；3.台州：4633.8亿\n", pub_date="2023-11-02", region="浙江")
    assert not df["rule"].str.startswith("table").any()


KEYED_GROUPS = [("keyed", KEYED_LISTS, KEYED_FACTS), ("run-in", RUN_IN_LISTS, KEYED_FACTS),
                ("with-growth", KEYED_LISTS_WITH_GROWTH, KEYED_FACTS_WITH_GROWTH), ("rates", KEYED_RATES, KEYED_RATE_FACTS)]
KEYED_CASES = [pytest.param(text, facts, id=f"{group}:{name}") for group, cases, facts in KEYED_GROUPS
               for name, text in cases]


@pytest.mark.parametrize(("text", "facts"), [*KEYED_CASES, *KEYED_GAPS])
def test_keyed_list(text: str, facts: set[Row]) -> None:
    assert facts_of(text, region="浙江", pub="2023-11-02") == want(facts)


def test_a_dash_before_a_rate_is_its_sign() -> None:
    text = "2023年前三季度各市规上工业增加值增速\n1.金华 9.1%\n2.台州-2.4%\n3.绍兴-3.7%\n"
    assert facts_of(text, region="浙江", pub="2023-11-02") == want(
        {("金华", "industrial_value_added", 2023, "Q1-Q3", None, "", 9.1),
         ("台州", "industrial_value_added", 2023, "Q1-Q3", None, "", -2.4),
         ("绍兴", "industrial_value_added", 2023, "Q1-Q3", None, "", -3.7)})


def test_numbered_prose_items_are_no_keyed_list() -> None:
    """Numbered points of a report read as sentences: each has a verb between its name and figure."""
    text = ("2023年前三季度，全省经济稳中有进。\n1.全省实现地区生产总值62100.5亿元，增长6.2%；\n"
            "2.一般公共预算收入6820.4亿元，增长7.1%；\n3.社会消费品零售总额25010.9亿元，增长7.3%。\n")
    got = facts_of(text, region="浙江", pub="2023-11-02")
    assert got == want({("浙江", "gdp", 2023, "Q1-Q3", 62100.5, "亿元", 6.2),
                        ("浙江", "fiscal_revenue_general", 2023, "Q1-Q3", 6820.4, "亿元", 7.1),
                        ("浙江", "retail_sales", 2023, "Q1-Q3", 25010.9, "亿元", 7.3)})
    assert not extract_text(text, pub_date="2023-11-02", region="浙江")["rule"].str.startswith("table").any()


@pytest.mark.parametrize(("name", "text"), CELL_PER_LINE, ids=[n for n, _ in CELL_PER_LINE])
def test_cells_on_lines_of_their_own(name: str, text: str) -> None:
    assert facts_of(text) == want(CELL_PER_LINE_FACTS)


def test_every_form_has_three_renderings_or_more() -> None:
    assert all(len(f.seps) >= 3 for f in FORMS)


def test_table_inside_an_article_keeps_the_prose_facts() -> None:
    form = FORMS[0]
    text = ("前三季度，全市实现地区生产总值5230.4亿元，同比增长5.9%。各县（市、区）情况如下。\n"
            + render(form, "pipes") + "下一步，全市将继续推进项目建设。\n")
    got = facts_of(text, pub="2024-10-20")
    assert ("嘉兴", "gdp", 2024, "Q1-Q3", 5230.4, "亿元", 5.9) in got
    assert want(form.facts) <= got


@pytest.mark.parametrize(("form", "sep"), [pytest.param(f, s, id=f"{f.name}:{s}") for f in FORMS if f.facts
                                            for s in f.seps])
def test_evidence_is_the_printed_number(form: Form, sep: str) -> None:
    """The span of a table fact is the number as printed in the original text."""
    text = render(form, sep)
    df = extract_text(text, pub_date=form.pub, region=form.region)
    assert len(df)
    for r in df.itertuples():
        printed = unicodedata.normalize("NFKC", text[r.start:r.end])
        if r.value_text:
            assert printed == r.value_text, (printed, r.value_text)
        else:
            assert float(printed) == pytest.approx(r.yoy_pct)
        assert text[r.sent_start:r.sent_end].strip() and r.start >= r.sent_start and r.end <= r.sent_end


@pytest.mark.parametrize(("text", "cells"), [
    ("| 1 | 秀洲区 | 612.4 |  | 3.5 |", ["1", "秀洲区", "612.4", "", "3.5"]),
    ("|海宁市|1321.5|5.8|", ["海宁市", "1321.5", "5.8"]),
    ("海宁市\t1321.5\t5.8", ["海宁市", "1321.5", "5.8"]),
    ("水 产 品    12.5    -3.1", ["水 产 品", "12.5", "-3.1"]),
    ("海宁市 1321.5 5.8", ["海宁市", "1321.5", "5.8"]),
    ("12.昆山：3721.5亿；", ["12", "昆山", "3721.5亿"]),
])
def test_line_cells(text: str, cells: list[str]) -> None:
    assert [c.text for c in line_cells(text)] == cells


def test_cell_offsets_point_at_the_cell() -> None:
    line = "| 海宁市 |  1321.5 | 5.8 |"
    assert all(line[c.start:c.end] == c.text for c in line_cells(line))


@pytest.mark.parametrize(("text", "role", "metric", "period"), [
    ("地区生产总值(亿元)", "value", "gdp", None),
    ("规上工业增加值增速(%)", "growth", "industrial_value_added", None),
    ("同比±%", "growth", None, None),
    ("1-3月 累计", "value", None, "M1-M3"),
    ("本月", "value", None, "month"),
    ("累计比上年同期增长(%)", "growth", None, "cum"),
    ("占全市比重(%)", "skip", None, None),
    ("上年同期", "value", None, None),  # the year before's figures (describe marks the axis prior)
    ("上年同期(%)", "skip", None, None),  # a rate of the year before: no fact of this table's
    ("位次", "rank", None, None),
    ("县（市、区）", "label", None, None),
    ("行业", "skip", None, None),
])
def test_describe_header_cells(text: str, role: str, metric: str | None, period: str | None) -> None:
    a = describe(text.replace("（", "(").replace("）", ")"), HOME)
    assert (a.role, a.metric, a.period) == (role, metric, period)


@pytest.mark.parametrize("text", [
    "去年全年，全县财政总收入13\n3.42亿元，增长 5.4%\n，其中一般公共预算收入 67\n.29亿元，增长13.6%。",
    "今年一季度，全市城乡居民\n人均可支配收入 3539\n\n1元、27625元，分别\n增长8.8%、 4.4%\n。",
    "上半年，全市出口总额 12\n5.3亿元，增长 6.1%\n，进口总额 40\n.2亿元，下降 2.2%\n。",
    "今年一季度，全区经济开局良好。\n\n部门将继续做好服务保障工\n作。\n\n该项目总投资 26亿元，\n占地45亩，投产后可新增\n就业岗位 530个。",
])
def test_a_newspaper_column_is_no_table(text: str) -> None:
    """Narrow prose columns whose lines end in broken numbers give no table facts."""
    df = extract_text(text, pub_date="2024-07-26", region="海盐")
    assert not df["rule"].str.startswith("table").any(), df[["metric", "value", "yoy_pct", "rule"]]


@pytest.mark.parametrize(("text", "facts"), KEYED_CASES)
def test_keyed_list_evidence_is_the_printed_number(text: str, facts: set[Row]) -> None:
    df = extract_text(text, pub_date="2023-11-02", region="浙江")
    assert len(df)
    for r in df.itertuples():
        printed = unicodedata.normalize("NFKC", text[r.start:r.end])
        if r.value_text:
            assert printed == unicodedata.normalize("NFKC", r.value_text), (printed, r.value_text)
        else:
            assert float(printed) == pytest.approx(r.yoy_pct)
        assert r.sent_start <= r.start < r.end <= r.sent_end


@pytest.mark.parametrize("column", [
    "今年1-5月，全县实现进\n出口总额 212.4亿\n元，同比增长6.1%，其\n中出口 160.2亿元，\n增长8.3%。规上工业\n",
    "上半年，全市实现外贸进\n出口总额 356.7亿\n元，比上年增长4.4%，\n其中出口 268.1亿元，\n增长6.0%。\n",
    "1-8月，全区完成进\n出口总额 98.6亿\n元，增长2.2%，其\n中出口 71.3亿元，\n下降1.5%。\n",
])
def test_newspaper_column_with_keyed_looking_lines_is_no_table(column: str) -> None:
    """A narrow column whose lines look like keyed items (出口总额 212.4亿 / 中出口 160.2亿元,)
    is prose: its figures come from the sentence, none from a table."""
    df = extract_text(column, pub_date="2024-09-20", region="平湖")
    assert "table" not in set(df["rule"])
    assert set(df["metric"]) >= {"trade_total", "exports"}


def test_a_context_word_inside_a_broken_label_is_no_table_metric() -> None:
    """第一产\\n业增加值 24.51亿元: a column break splits 第一产业增加值; the line that starts with
    业增加值 only looks keyed, and the bare head 增加值 names a metric only in context."""
    text = ("2018年，全县实现地区生\n产总值 301.02亿元，\n增长7.6%，其中，第一产\n业增加值 24.51亿元，\n\n"
            "增长10.8%；第二产业增\n加值164.19亿元，增长\n 8.8%。")
    df = extract_text(text, pub_date="2019-08-12", region="嘉善")
    assert set(df.loc[df["value"] == 24.51, "metric"]) == {"gdp_primary"}
    assert "table" not in set(df["rule"])


TABLE_UNDER_PROSE = ("\n地区    生产总值(亿元)    增长(%)\n海宁市    1321.5    5.8\n桐乡市    1245.8    6.1\n")


@pytest.mark.parametrize(("prose", "year", "period"), [
    ("2023年,全市经济运行稳中有进。各县(市、区)主要指标见下表。", 2023, "FY"),
    ("1-8月,全市经济持续回升,发展质量稳步提升。分地区看,各县(市、区)情况如下:", 2024, "M1-M8"),
    ("2023年全市经济运行情况\n全市经济运行稳中有进。各县(市、区)主要指标见下表。", 2023, "FY"),
])
def test_a_table_under_prose_takes_the_time_named_before_its_title_sentence(prose: str, year: int, period: str) -> None:
    assert facts_of(prose + TABLE_UNDER_PROSE, pub="2024-09-20") == want(
        [("海宁", "gdp", year, period, 1321.5, "亿元", 5.8), ("桐乡", "gdp", year, period, 1245.8, "亿元", 6.1)])


def test_a_table_under_prose_that_names_no_time_gives_nothing() -> None:
    assert facts_of("今年以来,全市经济运行稳中有进。各县(市、区)主要指标见下表。" + TABLE_UNDER_PROSE, pub="2024-09-20") == set()


@pytest.mark.parametrize(("column", "region", "pub", "facts"), [
    ("今年前三季度，我县完成社会消\n费品零售额 287.35亿元\n，同比增长8.3%。城乡居民\n\n人均可支配收入 58000元\n、33627元，"
     "分别增长5.\n7%、6.2%。", "海盐", "2016-10-12",
     [("海盐", "income_rural_pc", 2016, "Q1-Q3", 33627.0, "元", 6.2), ("海盐", "income_urban_pc", 2016, "Q1-Q3", 58000.0, "元", 5.7),
      ("海盐", "retail_sales", 2016, "Q1-Q3", 287.35, "亿元", 8.3)]),
    ("2023年，全市实现生产总值\n（GDP） 515.7亿元，\n同比增长2.4%。实现外贸进\n出口总额 317.56亿元，\n增长11.4%，其中出口14\n"
     "0.2亿元，下降 4.9%。", "平湖", "2024-02-04",
     [("平湖", "exports", 2023, "FY", 140.2, "亿元", -4.9), ("平湖", "gdp", 2023, "FY", 515.7, "亿元", 2.4),
      ("平湖", "trade_total", 2023, "FY", 317.56, "亿元", 11.4)]),
    ("上半年，全区一般公共预\n算收入 45.6亿元，增长\n6.1%；规上工业增\n加值 210.3亿元，增长7.2%。", "南湖", "2024-07-20",
     [("南湖", "fiscal_revenue_general", 2024, "H1", 45.6, "亿元", 6.1),
      ("南湖", "industrial_value_added", 2024, "H1", 210.3, "亿元", 7.2)]),
], ids=["income-broken-after-chengxiang", "trade-broken-after-jin", "revenue-broken-mid-name"])
def test_a_column_line_that_finishes_a_broken_name_is_no_table_row(column: str, region: str, pub: str,
                                                                   facts: list[Row]) -> None:
    """外贸进 / 出口总额 317.56亿元: the line starts with the rest of a name the line above began (a
    newspaper column), so it is no keyed row of a table (出口总额 317.56亿元 would be exports)."""
    assert facts_of(column, region=region, pub=pub) == want(facts)


# A page's masthead printed over a table whose rows are piped (a one-page newspaper PDF): the paper's
# name, the date and the page are no header line and the paper's place is not the table's.
MASTHEAD_TABLE = ("| 指 标 名 称 | 计量 单位 |\n3月 | 1-3月 累计 |\n累计比上年同期增长(%) |\n"
                  "| 一、规上工业增加值 | 亿元 | 38.6 | 102.4 | 6.8 |\n| 二、社会消费品零售总额 | 亿元 | 21.2 | 60.5 | 4.9 |\n")
MASTHEAD_FACTS = {("平湖", "industrial_value_added", 2024, "M3", 38.6, "亿元", None),
                  ("平湖", "industrial_value_added", 2024, "Q1", 102.4, "亿元", 6.8),
                  ("平湖", "retail_sales", 2024, "M3", 21.2, "亿元", None),
                  ("平湖", "retail_sales", 2024, "Q1", 60.5, "亿元", 4.9)}


@pytest.mark.parametrize("masthead", ["", "东海日报  2024年4月20日  星期六  第2版\n", "象山日报 第3版 经济新闻\n",
                                      "2024年4月20日  星期六  第A2版  要闻\n", "东海日报\n"])
def test_masthead_over_a_piped_table(masthead: str) -> None:
    assert facts_of(masthead + MASTHEAD_TABLE, region="平湖", pub="2024-04-20") == want(MASTHEAD_FACTS)


def test_place_in_a_title_over_a_piped_table_is_its_region() -> None:
    got = facts_of("东海县2024年一季度主要经济指标\n" + MASTHEAD_TABLE, region="连云港", pub="2024-04-20")
    assert got == want({("东海", *f[1:]) for f in MASTHEAD_FACTS})


# A title or header line that ends with a rate word (同比增长率, 增长率) over items that print their
# amounts with a unit: the amounts are levels, the percents their rates (not 1321.5 read as a rate).
RATE_TITLED_ITEMS = [
    ("slash-header", "2023年各县GDP排名\n排名/县市/GDP总量/同比增长率\n1. 海宁 1321.5亿元,5.8%\n2. 桐乡 1245.8亿元,6.1%\n"
                     "3. 平湖 1101.2亿元,6.4%\n"),
    ("title-and-rate", "2023年各县GDP总量及同比增长率\n1. 海宁 1321.5亿元,5.8%\n2. 桐乡 1245.8亿元,6.1%\n"
                       "3. 平湖 1101.2亿元,6.4%\n"),
    ("keyed-items", "2023年各县生产总值、增长率\n海宁：1321.5亿元，5.8%\n桐乡：1245.8亿元，6.1%\n平湖：1101.2亿元，6.4%\n"),
]


@pytest.mark.parametrize(("name", "text"), RATE_TITLED_ITEMS)
def test_amounts_with_a_unit_under_a_rate_title_are_levels(name: str, text: str) -> None:
    assert facts_of(text, pub="2024-02-01") == want({("海宁", "gdp", 2023, "FY", 1321.5, "亿元", 5.8),
                                                      ("桐乡", "gdp", 2023, "FY", 1245.8, "亿元", 6.1),
                                                      ("平湖", "gdp", 2023, "FY", 1101.2, "亿元", 6.4)})


def test_bare_numbers_under_a_rate_title_stay_rates() -> None:
    got = facts_of("2023年各县（市、区）GDP增速\n海宁市  5.8\n桐乡市  6.1\n平湖市  6.4\n", pub="2024-02-01")
    assert got == want({("海宁", "gdp", 2023, "FY", None, "", 5.8), ("桐乡", "gdp", 2023, "FY", None, "", 6.1),
                        ("平湖", "gdp", 2023, "FY", None, "", 6.4)})


@pytest.mark.parametrize("home, title", [
    ("嘉善县", "嘉善2024年1-9月主要经济指标"),
    ("平湖市", "2024年1-9月平湖市主要经济指标"),
    ("海宁", "海宁市2024年前三季度主要指标"),
])
def test_a_table_names_its_home_as_the_articles_prose_does(home: str, title: str) -> None:
    # the title's place is the home: the table's facts carry the home's own spelling, as the prose's do,
    # so one place is one series (not 嘉善 from the table and 嘉善县 from the sentence below it)
    text = (f"{title}\n指标 | 单位 | 1-9月 | 同比增长(%)\n地区生产总值 | 亿元 | 612.4 | 6.1\n"
            "规上工业增加值 | 亿元 | 236.8 | 8.9\n\n前三季度，全县一般公共预算收入完成61.35亿元，同比增长2.8%。")
    df = extract_text(text, pub_date=PUB, region=home)
    assert len(df) == 3 and set(df["region"]) == {home}

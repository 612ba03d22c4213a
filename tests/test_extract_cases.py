"""Table-driven tests of the extractor: each row maps a text to its expected facts.

The rows sit in named lists, one per rule of issue 2 (points 2-9), and run
through one ``parametrize``.  The expectation of a row is the multiset of
*scored* facts, the rows with ``scope == "region"`` and ``kind == "actual"``,
over the columns the scorer reads (region, metric, year, period, value, unit,
yoy_pct, qualifier).  Regions and periods are normalised the way
``../shared/eval/score.py`` normalises them (平湖市 == 平湖, H1 == M1-M6).  A
row with no expected facts asserts that nothing in the text is a regional
fact; ``labels`` additionally pins the scope/kind of a figure the engine may
keep labelled (company, project, town, event, target …).

Sentences are real ones from ``seeds/`` or written for these tests in the
style of local newspapers and statistical bulletins (numbers, places and
wording are our own).  Labelling follows ``../shared/eval/README.md``.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

from indicators import extract_text, validate_facts

HOME = "平湖"
PUB = "2024-07-26"
PUB_Q3 = "2024-10-25"  # a 前三季度 figure is published after September
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# --------------------------------------------------------------------------
# Expected rows and normalisation (mirrors ../shared/eval/score.py)
# --------------------------------------------------------------------------

Row = tuple[str, str, "int | None", str, "float | None", str, "float | None", str]

_NAMED_PERIODS = {
    "FY": "M1-M12", "H1": "M1-M6", "H2": "M7-M12", "Q1": "M1-M3", "Q2": "M4-M6",
    "Q3": "M7-M9", "Q4": "M10-M12", "Q1-Q3": "M1-M9",
}


def norm_period(p: object) -> str:
    """Period codes as month ranges, the way the scorer compares them.

    >>> norm_period("H1"), norm_period("M1-M3"), norm_period("M7-M7"), norm_period(None)
    ('M1-M6', 'M1-M3', 'M7', '')
    """
    s = "" if _missing(p) else str(p).strip().upper()
    if s in _NAMED_PERIODS:
        return _NAMED_PERIODS[s]
    m = re.fullmatch(r"M?(\d{1,2})-M?(\d{1,2})", s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return f"M{a}-M{b}" if a != b else f"M{a}"
    return s


def norm_region(r: object) -> str:
    """Region names without a trailing 市/县/区 (as the scorer compares them).

    >>> norm_region("平湖市"), norm_region("蒲县"), norm_region("嘉兴经开区")
    ('平湖', '蒲县', '嘉兴经开')
    """
    s = "" if _missing(r) else str(r).strip()
    for suffix in ("市", "县", "区"):
        if len(s) > 2 and s.endswith(suffix):
            s = s[:-1]
    return s


def _missing(x: object) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and x != x)


def _num(x: object) -> float | None:
    return None if _missing(x) else round(float(x), 4)  # type: ignore[arg-type]


def F(metric: str, year: int | None, period: str, value: float | None = None, unit: str = "",
      yoy: float | None = None, qualifier: str = "", region: str = HOME) -> Row:
    """One expected fact, normalised like an extracted row."""
    return (norm_region(region), metric, year, norm_period(period), _num(value),
            unit if value is not None else "", _num(yoy), qualifier)


def row_key(r: pd.Series) -> Row:
    value = _num(r["value"])
    year = None if _missing(r["year"]) else int(r["year"])
    qualifier = "" if _missing(r["qualifier"]) else str(r["qualifier"])
    unit = "" if value is None or _missing(r["unit"]) else str(r["unit"])
    return (norm_region(r["region"]), str(r["metric"]), year, norm_period(r["period"]),
            value, unit, _num(r["yoy_pct"]), qualifier)


def scored(df: pd.DataFrame) -> pd.DataFrame:
    """The rows the scorer reads: whole-region actual figures."""
    return df[(df["scope"].fillna("region") == "region") & (df["kind"].fillna("actual") == "actual")]


class Case(NamedTuple):
    text: str
    facts: tuple[Row, ...]
    pub_date: str | None = PUB
    region: str | None = HOME
    # (number, allowed scope/kind labels): a kept row carrying that value or
    # growth rate must be labelled with one of them.
    labels: tuple[tuple[float, frozenset[str]], ...] = ()
    # when set, every scored row must carry this conflict flag
    conflict: bool | None = None


def case(id_: str, text: str, *facts: Row, pub: str | None = PUB, region: str | None = HOME,
         labels: dict[float, str] | None = None, conflict: bool | None = None,
         marks: tuple[pytest.MarkDecorator, ...] = ()) -> object:
    lab = tuple((float(k), frozenset(v.split("|"))) for k, v in (labels or {}).items())
    return pytest.param(Case(text, tuple(facts), pub, region, lab, conflict), id=id_, marks=marks)


def wrap_columns(text: str, width: int = 13, seed: int = 0, blank_rate: float = 0.25) -> str:
    """Re-wrap text into newspaper columns of ``width`` characters, with a blank
    line at some column breaks (as PDF extraction leaves them).

    >>> wrap_columns("上半年全市生产总值385.12亿元", width=5, blank_rate=0)
    '上半年全市\\n生产总值3\\n85.12\\n亿元'
    """
    flat = text.replace("\n", "")
    rng = random.Random(seed)
    lines = [flat[i:i + width] for i in range(0, len(flat), width)]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += ("\n\n" if rng.random() < blank_rate else "\n") + line
    return out


# --------------------------------------------------------------------------
# Real sentences from the seed pages (gold facts from seeds_gold.csv)
# --------------------------------------------------------------------------

S000_GDP = ("上半年，全市实现\n\n生产总值（GDP）385.12亿元，增\n长 5.7%，其中，第一产业增加值\n"
            "6.53亿元，增长 3%；第二产业增\n加值 213.37亿元，增长 6.8%；第\n"
            "三产业增加值 165.22亿元，增长\n4.4%。")
S000_GDP_FACTS = (
    F("gdp", 2024, "H1", 385.12, "亿元", 5.7),
    F("gdp_primary", 2024, "H1", 6.53, "亿元", 3),
    F("gdp_secondary", 2024, "H1", 213.37, "亿元", 6.8),
    F("gdp_tertiary", 2024, "H1", 165.22, "亿元", 4.4),
)
S000_INCOME = ("上半年，全市实现生产总值（GDP）385.12亿元，增长 5.7%。城乡居民人均可支配收\n"
               "入 39700元、29990元，分别增长\n5.4%、7.7%。社会大局和谐安\n定，“平治 110”体系高效运转。")
S000_INVEST = ("上半年，平湖破浪前\n行，招商引资量质并举，项目推进\n\n“快马加鞭”。瞄定“十大产业链”\n"
               "招商方向，高规格召开航空航天、\n酒店民宿等专题招商大会，累计\n"
               "签约产业链优质项目 125个，总\n投资 609亿元，实现招大引强项\n"
               "目20个，实际利用外资3.18亿美\n\n元。开展“全员赛马”争先实干，\n"
               "完成固定资产投资239.8亿元、增\n长 5.4%。民间、制造业、高新产\n"
               "业等投资结构均实现两位数增\n长，6个项目成功列入第二批省\n重大产业项目。")
S000_INVEST_FACTS = (
    F("signed_projects_count", 2024, "H1", 125, "个"),
    F("signed_projects_investment", 2024, "H1", 609, "亿元"),
    F("fdi_actual", 2024, "H1", 3.18, "亿美元"),
    F("fixed_asset_investment", 2024, "H1", 239.8, "亿元", 5.4),
)
S000_TRADE = ("上半年，平湖不断夯实本土产业，积极拓展“海外”市场。箱包、造纸等传统产业加速转\n"
              "型，累计完成投资23.2亿元，增长\n\n31.7%。先后组织企业境外出展\n120多家次，"
              "推动准独角兽企业神\n汽汽车获得出口资质，实现平湖首\n单二手车出口业务，全市累计实现\n"
              "出口 191.57亿元，增长 9.2%。同\n时随着新一轮促消费政策全面发\n力，全市实现社会消费品零售额\n"
              "136.56亿元，增长12.4%。")
S000_TRADE_FACTS = (
    F("exports", 2024, "H1", 191.57, "亿元", 9.2),
    F("retail_sales", 2024, "H1", 136.56, "亿元", 12.4),
)
S002_2021 = ("一个个难忘的瞬间，串联起难忘的2021年。这一年，我们突出高质量发展主题主线，"
             "大力实施经济创新工程：首位战略深入实施，海上风电、独山能源等20个一体化标志性项目完成投资"
             "112.2亿元，超额完成年度任务；招大引强保持优势，引进世界500强项目、国际行业龙头企业和"
             "超亿美元项目18个，实到外资4.03亿美元；产业发展再上新台阶，规上工业总产值实现1612.3亿元，"
             "增长31.7%；创新活力不断迸发。")
S002_INCOME = ("多年来，我市以发展是第一要务，以创新为第一动力，高水平推动城乡居民就业创业。"
               "去年，我市城乡居民收入同比\n\n民生为要，优享幸福品质\n\n分别增长9.1%和10.1%，"
               "城乡居民收入比为1.64:1，城乡居民收入差距连续三年呈缩小态势。")
S002_REVIEW = ("刚刚过去的2021年，平湖高质量发展勇当共同富裕新崛起典范迈出新步伐，取得了新辉煌："
               "全市规模以上工业产值实现2500亿元，位居全省前列；招大引强创历史新高，实际利用外资"
               "5.94亿美元；被列入浙江建设共同富裕示范区缩小地区差距领域的首批试点。")

SEED_SENTENCES = [
    case("000-gdp-and-three-sectors", S000_GDP, *S000_GDP_FACTS),
    case("000-urban-rural-income-pair", S000_INCOME,
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7),
         F("income_urban_pc", 2024, "H1", 39700, "元", 5.4),
         F("income_rural_pc", 2024, "H1", 29990, "元", 7.7)),
    case("000-signed-projects-fdi-fai", S000_INVEST, *S000_INVEST_FACTS),
    case("000-sector-investment-then-exports-retail", S000_TRADE, *S000_TRADE_FACTS),
    case("000-land-supply-is-not-a-metric",
         "上半年，同时优化资源保障，新增供地 66\n宗3099亩、增长14.3%。腾笼换鸟\n强势推进，盘活存量用地1473亩。"),
    case("000-problems-solved-and-subsidies",
         "今年以来，我市纵深推进政务服\n务增值化改革，闭环解决涉\n企问题 2640个，满意度 100%，累\n计兑现惠企资金4.55亿元。"),
    case("000-energy-intensity-is-not-gdp",
         "目前，全市单位\nGDP能耗累计下降 19%，单位工\n业增加值能耗、单位产值碳排放、\n清洁能源占比等指标均达到全省\n领先水平。"),
    case("000-company-recycling",
         "2023年景兴纸业\n回收利用废纸145.87万吨。2012年至今，企业先后投入\n2.5亿元，完成了智慧造纸技术的\n工艺及流程优化。",
         labels={2.5: "enterprise"}),
    case("000-company-saves-power",
         "通过绿色\n化技术改造，景兴纸业实现单位\n\n节电 20%以上、节汽近 20%。"),
    case("004-event-signing-with-subset",
         "本报讯 昨天下午，平湖农业农村投资环境\n说明会暨项目签约活动举行，会上共签约农业招\n"
         "商引资项目11个，总投资5.3亿元，其中亿元以上\n项目3个。市领导张斌、富国权、王晓平出席。",
         labels={11: "event|subset", 5.3: "event|subset|project"}),
    case("001-project-investment-and-forecast",
         "项目占地面积约60亩，项目投资5000万美元，规划建设17个新建单体，总建筑面积46205平方米。"
         "项目达产后，预计产值超20亿元，具有较好的社会和经济效益。",
         pub="2022-07-31", labels={5000: "project", 20: "project|forecast|target"}),
    case("001-project-total-investment-prefix",
         "今年第一个工作日，在独山港区原中嘉华能源公司地块上，总投资53.3亿元\n\n的独山能源三期聚酯项目开建。"
         "预计达产后可实现年营业收入208亿元，将使独山能源平湖基地年产值超600亿元、利税超60亿元。",
         pub="2022-07-31", labels={53.3: "project|enterprise"}),
    case("001-subset-projects-over-100m",
         "而事实上，近三年，我市利用腾出来的9000多亩土地，换来了200多个亿元以上项目的落地。",
         pub="2022-07-31"),
    case("001-digital-platforms",
         "截至目前，我市已建成各类数字经济制造业平台18个，占地面积1374亩，建筑面积119万平方米，已入驻企业数206家。",
         pub="2022-07-31"),
    case("002-carry-over-this-year", S002_2021,
         F("fdi_actual", 2021, "FY", 4.03, "亿美元"),
         F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7), pub="2022-02-09"),
    case("002-heading-inside-sentence", S002_INCOME,
         F("income_urban_pc", 2021, "FY", yoy=9.1),
         F("income_rural_pc", 2021, "FY", yoy=10.1), pub="2022-02-09"),
    case("002-review-of-last-year", S002_REVIEW,
         F("industrial_output", 2021, "FY", 2500, "亿元"),
         F("fdi_actual", 2021, "FY", 5.94, "亿美元"), pub="2022-02-09"),
    case("002-signed-project-total-investment",
         "难忘，我们在“红船旁”签约总投资150亿元的航天平湖产业基地项目，正式圆梦航天。",
         pub="2022-02-09", labels={150: "project|event"}),
    case("002-company-output",
         "与此同时，下游的可口可乐、百事可乐等140多个客户销售旺盛，给上游的嘉吉食品带来了大批订单，"
         "2021年企业实现产值10亿元，同比增长25%。预计，到2023年，企业工业总产值将增加3亿元左右。",
         pub="2022-02-09", labels={10: "enterprise", 3: "enterprise|forecast|target"}),
    case("002-company-plan-growth",
         "随着新能源车市场不断壮大，今年一季度该企业新能源车计划生产台数达到了5.3万台，较去年增长112%。",
         pub="2022-02-09"),
    case("002-firms-working-through-holiday",
         "据悉，今年全市共有97家企业春节不停工，奋战首季工业经济“开门红”。", pub="2022-02-09"),
    case("003-solar-share-of-electricity",
         "全市新增光伏装机8.4万千瓦，风、光等清洁能源总发电量20.2亿千瓦时，同比增长177.9%，"
         "其中光伏占全社会用电量的8.2%，列全省第一。", pub="2023-03-25"),
    case("003-power-supply-capacity",
         "2022年我市建成投运嘉兴海上风电场220千伏线路送出工程等一批重点工程，电力供应能力提升10%以上。",
         pub="2023-03-25"),
    case("004-sector-output-approx",
         "其中，新能源汽车产业已拥有尼得科、伊控动力等众多国内外一流的新能源汽车零部件生产企业40余家，年产值近150亿元，规模居全省前列。",
         pub="2024-07-03", labels={150: "sector"}),
    case("004-service-centre-counts",
         "数据显示，4月以来，企服中心共处理问题诉求1045件，办结率达99.3%，回访满意率达100%。",
         pub="2024-07-03"),
    case("004-prize-money",
         "创业组和创新组分别设置一、二、三等奖，其中，创业组最高奖金40000元，创新组最高奖金30000元。",
         pub="2024-07-03"),
]

# The five seed pages as a whole, against the 18 gold facts of seeds_gold.csv.
SEED_GOLD: dict[str, tuple[Row, ...]] = {
    "000_0105e60a5c96b0e6.txt": (*S000_GDP_FACTS,
                                 F("income_urban_pc", 2024, "H1", 39700, "元", 5.4),
                                 F("income_rural_pc", 2024, "H1", 29990, "元", 7.7),
                                 *S000_INVEST_FACTS, *S000_TRADE_FACTS),
    "001_4761a9b087fadb1d.txt": (),
    "002_519b2fc436397343.txt": (F("fdi_actual", 2021, "FY", 4.03, "亿美元"),
                                 F("fdi_actual", 2021, "FY", 5.94, "亿美元"),
                                 F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7),
                                 F("industrial_output", 2021, "FY", 2500, "亿元"),
                                 F("income_urban_pc", 2021, "FY", yoy=9.1),
                                 F("income_rural_pc", 2021, "FY", yoy=10.1)),
    "003_2b345dada261a864.txt": (),
    "004_52660507d51a0aa1.txt": (),
}
SEED_PUB = {"000_0105e60a5c96b0e6.txt": "2024-07-26", "001_4761a9b087fadb1d.txt": "2022-07-31",
            "002_519b2fc436397343.txt": "2022-02-09", "003_2b345dada261a864.txt": "2023-03-25",
            "004_52660507d51a0aa1.txt": "2024-07-03"}
SEED_FILES = [
    case(f"page-{name[:3]}", (SEEDS / name).read_text(encoding="utf-8"), *facts, pub=SEED_PUB[name])
    for name, facts in SEED_GOLD.items()
]

# --------------------------------------------------------------------------
# Amounts: decimals, separators, magnitudes, units, Chinese numerals, qualifiers
# --------------------------------------------------------------------------

AMOUNTS = [
    # electricity printed in 千瓦小时 or kWh is in 千瓦时
    case("unit-qianwa-xiaoshi", "1-3月，全县工业用电量2.61亿千瓦小时，同比增长18.5%。",
         F("industrial_electricity", 2024, "Q1", 2.61, "亿千瓦时", 18.5), pub="2024-04-20"),
    case("unit-kwh", "上半年，全市全社会用电量36.2亿kWh，同比增长6.3%。",
         F("electricity_consumption", 2024, "H1", 36.2, "亿千瓦时", 6.3)),
    case("unit-wan-qianwa-xiaoshi", "1-5月，全区工业用电量41260万千瓦小时，增长4.4%。",
         F("industrial_electricity", 2024, "M1-M5", 41260, "万千瓦时", 4.4), pub="2024-06-18"),
    # a verb of a rise that ends in 至/到 (增长至, 攀升到, 跃升至) or 达到了 introduces the level
    case("level-after-zengzhangzhi", "上半年，全县出口额增长至186.2亿元，同比增长5.5%。",
         F("exports", 2024, "H1", 186.2, "亿元", 5.5)),
    case("level-after-pansheng-dao", "1-6月，全市社会消费品零售总额攀升到142.7亿元，增长7.9%。",
         F("retail_sales", 2024, "H1", 142.7, "亿元", 7.9)),
    case("level-after-dadaole", "上半年，全区地区生产总值达到了312.4亿元，同比增长6.1%，一般公共预算收入跃升至28.3亿元。",
         F("gdp", 2024, "H1", 312.4, "亿元", 6.1), F("fiscal_revenue_general", 2024, "H1", 28.3, "亿元")),
    # after a bound, the figure a verb introduces later in the clause group
    case("bound-then-later-figure", "2024年，诸暨市GDP总值虽未及2000亿门槛，却也相差不大，达到了1861.08亿元。",
         F("gdp", 2024, "FY", 1861.08, "亿元", region="诸暨"), region="绍兴", pub="2025-02-01"),
    case("bound-then-but-figure", "2024年，海宁市地区生产总值虽未达1500亿元关口，但也达到了1420.3亿元，增长5.5%。",
         F("gdp", 2024, "FY", 1420.3, "亿元", 5.5, region="海宁"), region="嘉兴", pub="2025-02-01"),
    case("bound-then-year-figure", "2024年，全县一般公共预算收入首次突破50亿元大关，全年达到51.2亿元，增长6.1%。",
         F("fiscal_revenue_general", 2024, "FY", 51.2, "亿元", 6.1, region="海盐"), region="海盐", pub="2025-02-01"),
    # a round bound (迈上5万亿台阶, 跃上2000亿元新台阶, 站上50亿元台阶) gives way to the exact figure after it
    case("step-then-exact", "2023年，全省地区生产总值迈上5万亿台阶，达5.38万亿元、增长8.2%。",
         F("gdp", 2023, "FY", 5.38, "万亿元", 8.2, region="浙江"), pub="2024-01-18"),
    case("new-step-then-exact", "2023年，全市规上工业总产值跃上2000亿元新台阶，达到2106.3亿元。",
         F("industrial_output", 2023, "FY", 2106.3, "亿元"), pub="2024-01-18"),
    case("step-alone-is-over", "2023年，全县一般公共预算收入站上50亿元台阶。",
         F("fiscal_revenue_general", 2023, "FY", 50, "亿元", qualifier="over"), pub="2024-01-18"),
    case("decimal-yuan-100m", "2023年，全市实现地区生产总值1008.7亿元。",
         F("gdp", 2023, "FY", 1008.7, "亿元")),
    case("thousands-separator", "2023年，全市社会消费品零售总额1,234.5亿元，增长6.1%。",
         F("retail_sales", 2023, "FY", 1234.5, "亿元", 6.1)),
    case("ten-thousand-yuan", "一季度，全市一般公共预算收入完成85,620万元，增长3.2%。",
         F("fiscal_revenue_general", 2024, "Q1", 85620, "万元", 3.2)),
    case("trillion-yuan", "2023年，全省实现生产总值8.26万亿元，增长6.0%。",
         F("gdp", 2023, "FY", 8.26, "万亿元", 6.0, region="浙江"), region="浙江"),
    case("yuan-per-capita", "上半年，全市居民人均可支配收入36218元，增长5.6%。",
         F("income_pc", 2024, "H1", 36218, "元", 5.6)),
    case("ten-thousand-usd", "1-5月，全市实际利用外资12860万美元，同比增长15.3%。",
         F("fdi_actual", 2024, "M1-M5", 12860, "万美元", 15.3)),
    case("kwh-100m", "上半年，全市全社会用电量58.6亿千瓦时，同比增长9.8%。",
         F("electricity_consumption", 2024, "H1", 58.6, "亿千瓦时", 9.8)),
    case("kwh-10k-single-month", "6月，全市工业用电量32150万千瓦时，同比增长7.4%。",
         F("industrial_electricity", 2024, "M6", 32150, "万千瓦时", 7.4)),
    case("du-is-kwh", "上半年，全市全社会用电量41.3亿度，增长8.8%。",
         F("electricity_consumption", 2024, "H1", 41.3, "亿千瓦时", 8.8)),
    case("count-ge", "上半年，全市累计签约项目42个，总投资218亿元。",
         F("signed_projects_count", 2024, "H1", 42, "个"),
         F("signed_projects_investment", 2024, "H1", 218, "亿元")),
    case("count-xiang", "一季度，全市共签约重大项目18项，签约项目总投资156.8亿元。",
         F("signed_projects_count", 2024, "Q1", 18, "项"),
         F("signed_projects_investment", 2024, "Q1", 156.8, "亿元")),
    case("count-jia-without-metric", "上半年，全市新增规上工业企业86家，新增高新技术企业41家。"),
    case("rmb-suffix", "前三季度，全市外贸进出口总值2150.6亿元人民币，同比增长4.2%。",
         F("trade_total", 2024, "Q1-Q3", 2150.6, "亿元", 4.2), pub=PUB_Q3),
    case("bare-yi-means-yi-yuan", "2023年，全市地方财政收入突破50亿，达52.8亿。",
         F("fiscal_revenue_general", 2023, "FY", 52.8, "亿元")),
    case("chinese-numeral-qian-yi", "上半年，全市规上工业总产值突破千亿元大关。",
         F("industrial_output", 2024, "H1", 1000, "亿元", qualifier="over")),
    case("chinese-numeral-bai-yi", "2023年，全市财政总收入首次突破百亿元。",
         F("fiscal_revenue_total", 2023, "FY", 100, "亿元", qualifier="over")),
    case("all-chinese-numerals", "2023年，全市实现生产总值一千零八亿元。", F("gdp", 2023, "FY", 1008, "亿元")),
    case("qualifier-jin", "2023年，全市实现生产总值近1000亿元。",
         F("gdp", 2023, "FY", 1000, "亿元", qualifier="approx")),
    case("qualifier-yue", "上半年，全市固定资产投资约240亿元。",
         F("fixed_asset_investment", 2024, "H1", 240, "亿元", qualifier="approx")),
    case("qualifier-zuoyou", "2023年，全市一般公共预算收入100亿元左右。",
         F("fiscal_revenue_general", 2023, "FY", 100, "亿元", qualifier="approx")),
    case("qualifier-chao", "一季度，全市社会消费品零售总额超60亿元。",
         F("retail_sales", 2024, "Q1", 60, "亿元", qualifier="over")),
    case("qualifier-chaoguo", "2022年，全市财政总收入超过200亿元。",
         F("fiscal_revenue_total", 2022, "FY", 200, "亿元", qualifier="over")),
    case("qualifier-yu", "前三季度，全市出口逾300亿元。",
         F("exports", 2024, "Q1-Q3", 300, "亿元", qualifier="over"), pub=PUB_Q3),
    case("qualifier-tupo", "2023年，全市规上工业总产值突破2700亿元。",
         F("industrial_output", 2023, "FY", 2700, "亿元", qualifier="over")),
    case("qualifier-yishang", "上半年，全市实际利用外资3亿美元以上。",
         F("fdi_actual", 2024, "H1", 3, "亿美元", qualifier="over")),
    case("qualifier-duo", "2023年，全市社会消费品零售总额380多亿元。",
         F("retail_sales", 2023, "FY", 380, "亿元", qualifier="over")),
    case("qualifier-yu-after", "2023年，全市进出口总额1200余亿元。",
         F("trade_total", 2023, "FY", 1200, "亿元", qualifier="over")),
    case("qualifier-buzu", "一季度，全市实际利用外资不足1亿美元。",
         F("fdi_actual", 2024, "Q1", 1, "亿美元", qualifier="under")),
    case("qualifier-budao", "2023年，全市合同利用外资不到5亿美元。",
         F("fdi_contracted", 2023, "FY", 5, "亿美元", qualifier="under")),
    case("absolute-increase-is-not-a-level", "2023年，全市一般公共预算收入比上年增加8.6亿元。"),
    # 公共预算收入 without 一般, with or without 地方: the general budget revenue
    case("fiscal-general-difang-gonggong-yusuan",
         "1-8月,全县实现地方公共预算收入5.75亿元,同比增长17.4%。",
         F("fiscal_revenue_general", 2024, "M1-M8", 5.75, "亿元", 17.4), pub="2024-09-20"),
    case("fiscal-general-gonggong-yusuan",
         "上半年，全区完成公共预算收入12.3亿元，增长8.1%。",
         F("fiscal_revenue_general", 2024, "H1", 12.3, "亿元", 8.1)),
    case("fiscal-general-difang-yiban-yusuan",
         "前三季度,全市地方一般预算收入完成48.6亿元,同比增长6.2%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 48.6, "亿元", 6.2), pub=PUB_Q3),
    # more spellings of catalog metrics: 大口径财政收入, 固定资产投资额, 外贸总额
    case("fiscal-total-dakoujing",
         "前三季度,全县大口径财政收入完成41.27亿元,同比增长9.2%。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 41.27, "亿元", 9.2), pub=PUB_Q3),
    case("fai-touzi-e",
         "1-5月,全县完成固定资产投资额86.2亿元,同比增长11.5%。",
         F("fixed_asset_investment", 2024, "M1-M5", 86.2, "亿元", 11.5)),
    case("trade-waimao-zonge",
         "一季度,全市外贸总额完成312.6亿元,增长7.7%。",
         F("trade_total", 2024, "Q1", 312.6, "亿元", 7.7)),
]

# --------------------------------------------------------------------------
# Growth rates
# --------------------------------------------------------------------------

GROWTH = [
    # more verbs of a rise or a fall (降低, 下跌, 提升, 攀升)
    case("growth-verb-jiangdi", "上半年，全县社会消费品零售总额同比降低8.1%，固定资产投资同比下跌4.2%。",
         F("retail_sales", 2024, "H1", yoy=-8.1), F("fixed_asset_investment", 2024, "H1", yoy=-4.2)),
    case("growth-verb-tisheng", "1-6月，全市一般公共预算收入36.8亿元，同比提升5.6%。",
         F("fiscal_revenue_general", 2024, "H1", 36.8, "亿元", 5.6)),
    case("growth-verb-pansheng", "上半年，全区规上工业增加值同比攀升9.3%，出口额较上年同期下跌2.7%。",
         F("industrial_value_added", 2024, "H1", yoy=9.3), F("exports", 2024, "H1", yoy=-2.7)),
    # a growth since a named year other than the year before is no year-on-year growth
    case("growth-since-named-year", "2023年，全市实现地区生产总值850.2亿元，比2018年增长36.5%。",
         F("gdp", 2023, "FY", 850.2, "亿元"), pub="2024-02-20"),
    case("growth-since-named-year-jiao", "2023年全县一般公共预算收入62.1亿元，较2020年增长21.3%。",
         F("fiscal_revenue_general", 2023, "FY", 62.1, "亿元"), pub="2024-02-20"),
    case("growth-since-named-year-after-yoy", "2023年，全市出口总额412.6亿元，比上年增长6.2%，比2019年增长31.0%。",
         F("exports", 2023, "FY", 412.6, "亿元", 6.2), pub="2024-02-20"),
    case("growth-since-the-year-before", "2023年，全市财政总收入120.3亿元，比2022年增长6.6%。",
         F("fiscal_revenue_total", 2023, "FY", 120.3, "亿元", 6.6), pub="2024-02-20"),
    # a compared rate between the rate word and the figures (增速均超过7%，分别达到…) is skipped
    case("compared-rate-then-list", "前三季度，海盐县、嘉善县GDP增速均超过7%，分别达到7.8%和7.3%。",
         F("gdp", 2024, "Q1-Q3", yoy=7.8, region="海盐"), F("gdp", 2024, "Q1-Q3", yoy=7.3, region="嘉善"),
         region="嘉兴", pub=PUB_Q3),
    case("compared-rate-then-own", "上半年，全市出口增幅高于全省3.2%，达到9.4%。", F("exports", 2024, "H1", yoy=9.4)),
    case("compared-rate-then-own-verb", "1-8月，全县工业投资增幅超过10%，达到14.2%。",
         F("industrial_investment", 2024, "M1-M8", yoy=14.2), pub="2024-09-20"),
    # a rate word right before its percent
    case("bare-zengsu", "上半年，全市规上工业增加值增速8.1%。", F("industrial_value_added", 2024, "H1", yoy=8.1)),
    case("bare-zengzhanglv", "1-6月，全市到位外资8650万美元，增长率4.2%。", F("fdi_actual", 2024, "H1", 8650, "万美元", 4.2)),
    case("bare-jiangfu", "上半年，全市进口42.1亿元，降幅3.3%。", F("imports", 2024, "H1", 42.1, "亿元", -3.3)),
    case("rate-word-compared-is-no-growth", "上半年，全市规上工业增加值增速高于全省5.5%的平均水平。"),
    # a rate that moved from an earlier period's to this one's: two facts
    case("shift-named-year", "2024年，平湖市地区生产总值增速从2023年的1.8%回升至6.1%。",
         F("gdp", 2024, "FY", yoy=6.1), F("gdp", 2023, "FY", yoy=1.8), pub="2025-03-26"),
    case("shift-unnamed-year", "2024年，全市规上工业增加值增速从-5.6%回升至10%，财政总收入123.2亿元。",
         F("industrial_value_added", 2024, "FY", yoy=10), F("industrial_value_added", 2023, "FY", yoy=-5.6),
         F("fiscal_revenue_total", 2024, "FY", 123.2, "亿元"), pub="2025-03-26"),
    case("shift-relative-year", "2024年，全市外贸进出口总额增幅由上年的3.2%提高到8.8%。",
         F("trade_total", 2024, "FY", yoy=8.8), F("trade_total", 2023, "FY", yoy=3.2), pub="2025-03-26"),
    case("shift-quarter-sign", "上半年，全市地区生产总值为265.3亿元，由一季度的下降5.6%转为正增长1.1%。",
         F("gdp", 2024, "H1", 265.3, "亿元", 1.1), F("gdp", 2024, "Q1", yoy=-5.6), pub="2024-08-01"),
    case("shift-month-range", "1-7月，全市规上工业增加值增速从1-6月的4.1%加快到5.2%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=5.2), F("industrial_value_added", 2024, "H1", yoy=4.1),
         pub="2024-08-26"),
    case("shift-of-a-share-is-no-growth", "2024年，全市固定资产投资占比从30%提高到35%。", pub="2025-03-26"),
    case("tongbi-zengzhang-alone", "上半年，全市规上工业增加值同比增长8.4%。",
         F("industrial_value_added", 2024, "H1", yoy=8.4)),
    case("zengjia-vs-last-year-period", "一季度，全市固定资产投资比上年同期增加6.5%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=6.5)),
    case("tigao-percent", "上半年，全市社会消费品零售总额较上年同期提高3.1%。",
         F("retail_sales", 2024, "H1", yoy=3.1)),
    case("shangsheng", "前三季度，全市全社会用电量上升4.2%。",
         F("electricity_consumption", 2024, "Q1-Q3", yoy=4.2), pub=PUB_Q3),
    case("level-and-xiajiang", "一季度，全市一般公共预算收入完成36.2亿元，同比下降2.4%。",
         F("fiscal_revenue_general", 2024, "Q1", 36.2, "亿元", -2.4)),
    case("jianshao", "1-5月，全市出口减少5.3%。", F("exports", 2024, "M1-M5", yoy=-5.3)),
    case("huiluo", "上半年，全市进口回落12.6%。", F("imports", 2024, "H1", yoy=-12.6)),
    case("xiahua", "前三季度，全市工业投资下滑3.8%。",
         F("industrial_investment", 2024, "Q1-Q3", yoy=-3.8), pub=PUB_Q3),
    case("xiahua-percent-yoy", "一季度，全市财政总收入同比下滑4.1%。",
         F("fiscal_revenue_total", 2024, "Q1", yoy=-4.1)),
    case("chiping-is-zero", "一季度，全市实际利用外资2.1亿美元，与上年同期持平。",
         F("fdi_actual", 2024, "Q1", 2.1, "亿美元", 0)),
    case("chiping-without-level", "1-5月，全市工业投资与去年同期持平。",
         F("industrial_investment", 2024, "M1-M5", yoy=0), pub="2024-06-20"),
    case("rate-chiping-is-not-growth", "上半年，全市出口增长5.0%，增速与一季度持平。",
         F("exports", 2024, "H1", yoy=5.0)),
    case("jiben-chiping-is-not-exact", "上半年，全市进口32.6亿元，与去年同期基本持平。",
         F("imports", 2024, "H1", 32.6, "亿元")),
    case("growth-as-tenths", "上半年，全市出口增长了一成。", F("exports", 2024, "H1", yoy=10)),
    case("decline-in-tenths", "1-5月，全市进口下降了近两成。", F("imports", 2024, "M1-M5", yoy=-20), pub="2024-06-20"),
    case("doubling", "2023年，全市规上工业总产值比上年翻了一番，达到2400亿元。",
         F("industrial_output", 2023, "FY", 2400, "亿元", 100), pub="2024-02-01"),
    case("doubling-twice", "2023年，全市实际利用外资翻两番。", F("fdi_actual", 2023, "FY", yoy=300), pub="2024-02-01"),
    case("growth-then-level", "2023年，全市社会消费品零售总额比上年增长8.6%，达到612.3亿元。",
         F("retail_sales", 2023, "FY", 612.3, "亿元", 8.6), pub="2024-02-01"),
    case("chiping-without-digits", "上半年，全市进口与去年同期持平。", F("imports", 2024, "H1", yoy=0)),
    case("bei-is-times-100", "2023年，全市工业投资增长1.3倍。",
         F("industrial_investment", 2023, "FY", yoy=130)),
    case("jiao-shangnian-with-level", "2023年，全市生产总值1008.7亿元，较上年增长6.0%。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0)),
    case("percentage-points-not-growth", "上半年，全市规上工业增加值增速比一季度提高1.3个百分点。"),
    case("percentage-points-after-growth", "上半年，全市规上工业增加值增长8.4%，增速比一季度提高1.3个百分点。",
         F("industrial_value_added", 2024, "H1", yoy=8.4)),
    case("share-bizhong", "上半年，全市高新技术产业增加值占规上工业增加值的比重为68.2%。"),
    case("share-zhan", "一季度，全市出口占进出口总额的72.5%。"),
    case("two-year-average", "上半年，全市规上工业增加值两年平均增长9.6%。",
         labels={9.6: "multi_year|derived"}),
    case("annual-average", "过去五年，全市生产总值年均增长6.8%。", labels={6.8: "multi_year|derived"}),
    case("month-on-month-not-yoy", "5月，全市社会消费品零售总额环比增长2.1%。"),
    case("huanbi-then-tongbi", "3月当月，全市实际利用外资环比下降26%，同比下降7%。",
         F("fdi_actual", 2024, "M3", yoy=-7)),
    case("zengfu-wei", "上半年，全市一般公共预算收入42.6亿元，增幅为8.1%。",
         F("fiscal_revenue_general", 2024, "H1", 42.6, "亿元", 8.1)),
    case("zengsu-da", "2023年，全市规模以上工业增加值增速达9.2%。",
         F("industrial_value_added", 2023, "FY", yoy=9.2)),
    case("negative-growth-written-as-increase", "上半年，全市出口同比增长-3.4%。",
         F("exports", 2024, "H1", yoy=-3.4)),
    case("jiangfu", "一季度，全市进口降幅为6.2%。", F("imports", 2024, "Q1", yoy=-6.2)),
    case("growth-after-basis-phrase", "上半年，全市固定资产投资239.8亿元，按可比口径计算，同比增长5.4%。",
         F("fixed_asset_investment", 2024, "H1", 239.8, "亿元", 5.4)),
    # 在去年同期增长17.5%的高基数基础上，增长12.7%: the rate and time inside a base phrase are the base's
    case("growth-after-base-phrase-with-level",
         "上半年，海宁市规上工业增加值412.6亿元，在去年同期增长15.2%的高基数基础上，增长9.8%。",
         F("industrial_value_added", 2023, "H1", 412.6, "亿元", 9.8, region="海宁"), region="嘉兴", pub="2023-08-02"),
    case("growth-after-base-phrase-zai-zengzhang",
         "一季度，全县服务业增加值在连续两年一季度增长8%以上的高基数上再增长7.1%。",
         F("gdp_tertiary", 2023, "Q1", yoy=7.1), pub="2023-04-25"),
    case("growth-after-base-phrase-jichu",
         "前三季度，桐乡市实现地区生产总值880.3亿元，在上年同期增长10.1%的基础上同比增长6.6%。",
         F("gdp", 2023, "Q1-Q3", 880.3, "亿元", 6.6, region="桐乡"), region="嘉兴", pub="2023-10-28"),
    case("base-phrase-alone-gives-no-growth",
         "1-5月，全市固定资产投资在上年同期增长21.3%的高基数上出现回落。", pub="2023-06-20"),
    # a page saved from the web with a blank line after every line: the blank lines break nothing,
    # so the year of a lead with no figure of its own (and a plan word) carries on
    case("double-spaced-bulletin-keeps-the-lead-year",
         "2023年,全县上下攻坚克难,经济平稳增长,为\"十四五\"中期目标打下坚实基础。\n\n一、综合\n\n"
         "初步核算,全县地区生产总值完成1285600万元,同比增长5.9%。\n\n二、工业\n\n全县规模以上工业增加值同比增长7.2%。",
         F("gdp", 2023, "FY", 1285600, "万元", 5.9, region="德清"), F("industrial_value_added", 2023, "FY", yoy=7.2, region="德清"),
         region="德清", pub="2024-03-10"),
    case("double-spaced-news-keeps-the-lead-period",
         "2024年前三季度,全区紧扣目标任务,经济稳步增长。\n\n主要指标\n\n全区实现地区生产总值312.6亿元,同比增长6.4%。"
         "\n\n固定资产投资同比增长8.8%。",
         F("gdp", 2024, "Q1-Q3", 312.6, "亿元", 6.4, region="德清"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.8, region="德清"),
         region="德清", pub="2024-10-25"),
    case("double-spaced-with-spaces-on-blank-lines",
         "2022年,全市奋力完成全年目标,经济保持增长态势。\n \n工业生产\n \n全市规上工业增加值同比增长6.1%。\n \n"
         "消费市场\n \n全市社会消费品零售总额412.3亿元,增长4.7%。",
         F("industrial_value_added", 2022, "FY", yoy=6.1, region="湖州"),
         F("retail_sales", 2022, "FY", 412.3, "亿元", 4.7, region="湖州"),
         region="湖州", pub="2023-02-01"),
    # a paper's dateline (东南日报 2024年10月8日 星期二 第1版) is a line of its own, not the start of the title under it
    case("dateline-above-a-headline",
         "东南日报 2024年10月8日 星期二 第1版\n实现地区生产总值744.9亿元,同比增长6.3%\n"
         "前三季度,全市经济运行稳中有进。第一产业增加值145.9亿元,增长3.8%。",
         F("gdp", 2024, "Q1-Q3", 744.9, "亿元", 6.3, region="雅安"), F("gdp_primary", 2024, "Q1-Q3", 145.9, "亿元", 3.8, region="雅安"),
         region="雅安", pub="2024-10-08"),
    case("dateline-with-zhou",
         "2023年4月21日 周五\n一季度全县GDP增长6.1%\n一季度,全县实现地区生产总值186.2亿元,同比增长6.1%。",
         F("gdp", 2023, "Q1", 186.2, "亿元", 6.1), pub="2023-04-21"),
    case("dateline-with-page-name",
         "南湖晚报\n2022年8月2日 星期二 A3 要闻\n上半年全区规上工业增加值\n增长8.2%\n上半年,全区实现规上工业增加值156.3亿元。",
         F("industrial_value_added", 2022, "H1", 156.3, "亿元", 8.2, region="南湖"), region="南湖", pub="2022-08-02"),
    case("weekday-inside-a-sentence-is-no-dateline",
         "7月26日星期五上午,全市召开经济形势分析会,会上通报,上半年全市实现生产总值385.1亿元,增长5.7%。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7), pub="2024-07-27"),
    # a clause that names its own time first is a statement of its own: the sector scope of an
    # earlier clause (单月, 当月, 连续几个月…) does not carry into it; 连续3个月 is a duration, no count
    case("own-time-clause-ends-a-carried-sector-touzi",
         "全市已连续3个月单月固定资产投资超100亿元,上半年累计完成固定资产投资612.4亿元,同比增长8.9%。",
         F("fixed_asset_investment", 2024, "H1", 612.4, "亿元", 8.9, region="湖州"), region="长兴", pub="2024-07-20"),
    case("own-time-clause-ends-a-carried-sector-yongdian",
         "自4月份以来当月工业用电量保持两位数增长,1-6月全社会用电量完成58.3亿千瓦时,增长11.2%。",
         F("electricity_consumption", 2024, "H1", 58.3, "亿千瓦时", 11.2, region="长兴"), region="长兴", pub="2024-07-20"),
    case("own-time-clause-ends-a-carried-sector-chukou",
         "去年以来连续多月出口增速持续回升,前三季度出口总额完成312.5亿元,增长6.8%。",
         F("exports", 2024, "Q1-Q3", 312.5, "亿元", 6.8, region="长兴"), region="长兴", pub="2024-10-20"),
    case("sector-list-without-a-time-stays-sectors",
         "规上工业中,纺织业增加值增长5.2%,化工行业增加值增长8.1%。", region="长兴", pub="2024-10-20"),
    # 其 opening a sentence is the place the sentence before named first (not one compared with)
    case("qi-refers-to-the-city-named-before",
         "辖下各市中,湖州经济发展水平一枝独秀!其不仅经济总量远在其他地市之上,2024年前三季度财政总收入达到598.6亿元,"
         "是全省唯一超500亿元的地市。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 598.6, "亿元", region="湖州"), region="浙江", pub="2024-10-28"),
    case("qi-refers-to-the-city-named-last-sentence",
         "全省各市中,金华发展势头强劲。其经济总量稳居前列,上半年规上工业增加值增长9.2%,增速居全省第一。",
         F("industrial_value_added", 2024, "H1", yoy=9.2, region="金华"), region="浙江", pub="2024-10-28"),
    case("qi-refers-to-the-city-turned-to",
         "再看台州。其不仅经济总量较大,一季度一般公共预算收入也达到186.3亿元,同比增长6.4%。",
         F("fiscal_revenue_general", 2024, "Q1", 186.3, "亿元", 6.4, region="台州"), region="浙江", pub="2024-10-28"),
    case("qizhong-is-no-place",
         "上半年全市经济总体平稳。其中,规上工业增加值增长6.1%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="湖州"), region="湖州", pub="2024-10-28"),
    case("qi-after-a-compared-place-is-the-article-region",
         "上半年,全市经济增速比嘉兴低0.3个百分点。其规上工业增加值增长5.1%。",
         F("industrial_value_added", 2024, "H1", yoy=5.1, region="湖州"), region="湖州", pub="2024-10-28"),
    # 总量/金额/总额/体量 after a place, a time or 其: the metric named last (a ranking article's anaphor)
    case("metric-anaphor-jine-after-a-time",
         "2023年湖州各区县经济数据出炉。全市各区县中,长兴县是唯一一个全年GDP超900亿元的县,其2023年金额达到了936.2亿元,"
         "位居第一。",
         F("gdp", 2023, "FY", 936.2, "亿元", region="长兴"), region="湖州", pub="2024-02-10"),
    case("metric-anaphor-zongliang-after-a-place-next-sentence",
         "2023年湖州各区县经济数据出炉。除长兴外,其余区县地区生产总值均在800亿元以下。其中吴兴区总量相对较高,为702.45亿元,"
         "排名第二。",
         F("gdp", 2023, "FY", 702.45, "亿元", region="吴兴"), region="湖州", pub="2024-02-10"),
    case("metric-anaphor-tiliang-after-a-time-other-metric",
         "德清县一般公共预算收入增长较快,2023年全年体量为68.3亿元,同比增长7.1%。",
         F("fiscal_revenue_general", 2023, "FY", 68.3, "亿元", 7.1, region="德清"), region="湖州", pub="2024-02-10"),
    case("metric-anaphor-not-after-a-noun",
         "2023年,全县固定资产投资增长8.2%,新签约项目35个,总金额达126亿元;完成技改项目投资金额31.5亿元。",
         F("fixed_asset_investment", 2023, "FY", yoy=8.2), F("signed_projects_count", 2023, "FY", 35, "个"),
         pub="2024-02-10"),
    # 增速比一季度提升0.5个百分点，达到6.1%: the compared period and its points gap stand between the
    # rate word and the rate
    case("rate-after-points-gap-to-a-quarter",
         "上半年，全县实现地区生产总值398.2亿元，增速比一季度提升0.5个百分点，达到6.1%。",
         F("gdp", 2024, "H1", 398.2, "亿元", 6.1)),
    case("rate-after-points-gap-to-a-month-range",
         "1-7月，全县规上工业增加值增速较1-6月回落0.3个百分点，为5.2%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=5.2), pub="2024-08-20"),
    case("rate-after-points-gap-shouzhai",
         "前三季度，全县固定资产投资增幅比上半年收窄1.1个百分点，为7.6%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.6), pub=PUB_Q3),
    case("rate-after-points-gap-gaoyu",
         "上半年，平湖市GDP增速高于嘉兴全市0.6个百分点，达到6.1%。", F("gdp", 2024, "H1", yoy=6.1)),
    case("rate-after-points-gap-kuaiyu",
         "1-7月，全市规上工业增加值增速快于嘉兴1.2个百分点，为8.3%。", F("industrial_value_added", 2024, "M1-M7", yoy=8.3),
         pub="2024-08-20"),
    case("rate-after-points-gap-diyu",
         "前三季度，全市固定资产投资增幅低于全省平均2.1个百分点，为3.4%。", F("fixed_asset_investment", 2024, "Q1-Q3", yoy=3.4),
         pub=PUB_Q3),
    # after the nation's figure, 全省/全市 with their own rates are regions, not the nation
    case("province-and-city-rates-after-the-nations",
         "上半年，全国GDP同比增长5.0%；全省增长5.6%；全市增长6.1%。",
         F("gdp", 2024, "H1", yoy=5.6, region="浙江"), F("gdp", 2024, "H1", yoy=6.1)),
    case("county-rate-after-the-nations",
         "一季度，全国规上工业增加值增长6.1%，全县增长9.4%。", F("industrial_value_added", 2024, "Q1", yoy=9.4),
         pub="2024-04-20"),
    case("province-rate-after-the-nations-level",
         "2023年，全国地区生产总值1260582亿元，增长5.2%；全省增长6.0%。", F("gdp", 2023, "FY", yoy=6.0, region="浙江"),
         pub="2024-02-20"),
    case("points-gap-alone-is-no-rate",
         "上半年，全县实现地区生产总值398.2亿元，增速比一季度提升0.5个百分点。",
         F("gdp", 2024, "H1", 398.2, "亿元")),
    # a list of periods before the metric, 、-joined, pairs with its rates
    case("period-list-quarters-and-year",
         "2023年，全县一季度、上半年、前三季度和全年GDP分别增长5.1%、5.8%、6.0%和6.2%。",
         F("gdp", 2023, "Q1", yoy=5.1), F("gdp", 2023, "H1", yoy=5.8), F("gdp", 2023, "Q1-Q3", yoy=6.0),
         F("gdp", 2023, "FY", yoy=6.2), pub="2024-02-20"),
    case("period-list-quarters",
         "今年一季度、上半年和前三季度，全县规上工业增加值分别增长6.1%、6.8%和7.0%。",
         F("industrial_value_added", 2024, "Q1", yoy=6.1), F("industrial_value_added", 2024, "H1", yoy=6.8),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.0), pub=PUB_Q3),
    case("period-list-levels",
         "2023年，全县上半年、全年一般公共预算收入分别为32.1亿元、61.2亿元。",
         F("fiscal_revenue_general", 2023, "H1", 32.1, "亿元"), F("fiscal_revenue_general", 2023, "FY", 61.2, "亿元"),
         pub="2024-02-20"),
    # 同比 right before a signed percent is the rate (同比+5.3%, 同比 -2.1%)
    case("tongbi-plus-sign", "一季度，全县GDP 185.6 亿元，同比 +5.3%。", F("gdp", 2024, "Q1", 185.6, "亿元", 5.3),
         pub="2024-04-20"),
    case("tongbi-minus-sign", "1-2月，全县规上工业增加值32.4亿元，同比-2.1%。",
         F("industrial_value_added", 2024, "M1-M2", 32.4, "亿元", -2.1), pub="2024-03-20"),
    case("tongbi-wei", "1-5月，全县出口额86.2亿元，同比为7.4%。", F("exports", 2024, "M1-M5", 86.2, "亿元", 7.4),
         pub="2024-06-20"),
    case("tongbi-points-is-no-rate", "1-5月，全县出口额86.2亿元，占比同比提高1.2个百分点。",
         F("exports", 2024, "M1-M5", 86.2, "亿元"), pub="2024-06-20"),
    # a change named before the level (比上年增加41.3亿元，达到698.7亿元) leaves the metric open for it
    case("level-after-a-change-zengjia",
         "2023年，全县地区生产总值比上年增加41.3亿元，达到698.7亿元。", F("gdp", 2023, "FY", 698.7, "亿元"), pub="2024-02-20"),
    case("level-after-a-change-zengshou",
         "2023年，全县一般公共预算收入比上年增收4.1亿元，达61.2亿元，增长7.1%。",
         F("fiscal_revenue_general", 2023, "FY", 61.2, "亿元", 7.1), pub="2024-02-20"),
    case("level-after-a-change-yuan",
         "2023年，全县城镇居民人均可支配收入较上年增加3650元，达到78523元，增长4.9%。",
         F("income_urban_pc", 2023, "FY", 78523, "元", 4.9), pub="2024-02-20"),
    case("rate-after-a-bounded-subset-under-a-heading-is-the-subsets",
         "（二）固定资产投资\n1-5月，全县固定资产投资同比增长3.2%。其中5000万元以下项目投资下降12.5%，房地产投资增长4.1%。",
         F("fixed_asset_investment", 2024, "M1-M5", yoy=3.2), pub="2024-06-20"),
    case("change-alone-is-no-level",
         "2023年，全县地区生产总值比上年增加41.3亿元，增长6.2%。", F("gdp", 2023, "FY", yoy=6.2), pub="2024-02-20"),
    # a newspaper's jump line (下转第2版 … 上接第1版) inside a sentence goes; the sentence reads on
    case("jump-line-xiazhuan-shangjie",
         "本报讯 上半年，全县实现地区生产总值398.2亿元，同比增长6.1%；规上工业增加值完成\n（下转第2版）\n\n"
         "（上接第1版）\n152.3亿元，增长7.4%。",
         F("gdp", 2024, "H1", 398.2, "亿元", 6.1), F("industrial_value_added", 2024, "H1", 152.3, "亿元", 7.4)),
    case("jump-line-chinese-page-numbers",
         "1-7月，全县一般公共预算收入\n（下转第二版）\n（上接第一版）\n完成48.6亿元，增长5.2%。",
         F("fiscal_revenue_general", 2024, "M1-M7", 48.6, "亿元", 5.2), pub="2024-08-20"),
    case("jump-line-lettered-page",
         "前三季度，全县外贸进出口总额312.4亿\n(转A3版)\n元，同比增长8.8%。",
         F("trade_total", 2024, "Q1-Q3", 312.4, "亿元", 8.8), pub=PUB_Q3),
    # a list of places, each with its level and its rate in brackets
    case("region-list-level-with-bracketed-rate-sign",
         "上半年GDP：海盐398.2亿元(+6.1%)，海宁612.3亿元(+5.2%)。",
         F("gdp", 2024, "H1", 398.2, "亿元", 6.1, region="海盐"), F("gdp", 2024, "H1", 612.3, "亿元", 5.2, region="海宁"),
         region="嘉兴"),
    case("region-list-level-with-bracketed-rate-verb",
         "上半年，各县GDP：海盐县398.2亿元（增长6.1%）、海宁市612.3亿元（下降1.2%）、桐乡市580.1亿元（+4.0%）。",
         F("gdp", 2024, "H1", 398.2, "亿元", 6.1, region="海盐"), F("gdp", 2024, "H1", 612.3, "亿元", -1.2, region="海宁"),
         F("gdp", 2024, "H1", 580.1, "亿元", 4.0, region="桐乡"), region="嘉兴"),
    case("region-list-level-with-bracketed-rate-bare",
         "1-7月，规上工业增加值：海盐县98.2亿元(6.1%)，海宁市112.3亿元(-1.2%)。",
         F("industrial_value_added", 2024, "M1-M7", 98.2, "亿元", 6.1, region="海盐"),
         F("industrial_value_added", 2024, "M1-M7", 112.3, "亿元", -1.2, region="海宁"), region="嘉兴", pub="2024-08-20"),
    case("region-list-level-with-bracketed-share-is-no-rate",
         "上半年GDP：海盐398.2亿元(占全市12.1%)，海宁612.3亿元(占全市18.5%)。",
         F("gdp", 2024, "H1", 398.2, "亿元", region="海盐"), F("gdp", 2024, "H1", 612.3, "亿元", region="海宁"),
         region="嘉兴"),
    # a sentence of nothing but a time and a rate: the fact before, for that time (period-growth)
    case("next-sentence-period-growth-quarter",
         "前三季度，全县GDP增长5.4%。其中，三季度增长6.0%，比二季度加快0.8个百分点。",
         F("gdp", 2024, "Q1-Q3", yoy=5.4), F("gdp", 2024, "Q3", yoy=6.0), pub=PUB_Q3),
    case("next-sentence-period-growth-month",
         "1-7月，全县规上工业增加值增长5.1%。其中7月份当月增长6.2%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=5.1), F("industrial_value_added", 2024, "M7", yoy=6.2),
         pub="2024-08-20"),
    case("next-sentence-period-growth-bare",
         "上半年，全县固定资产投资增长8.1%。二季度同比增长9.3%。",
         F("fixed_asset_investment", 2024, "H1", yoy=8.1), F("fixed_asset_investment", 2024, "Q2", yoy=9.3)),
    case("next-sentence-growth-of-another-subject-is-none",
         "1-7月，全县规上工业增加值增长5.1%。今年以来，全县经济增长6.0%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=5.1), pub="2024-08-20"),
    # a clause led by another thing of a metric's kind (民间投资, 税收收入) holds that thing's rate
    case("rate-of-another-thing-qizhong",
         "上半年，全县固定资产投资完成98.2亿元，其中民间投资增长7.4%。",
         F("fixed_asset_investment", 2024, "H1", 98.2, "亿元")),
    case("rate-of-another-thing-tax",
         "一季度，全区一般公共预算收入18.6亿元，税收收入增长5.3%。",
         F("fiscal_revenue_general", 2024, "Q1", 18.6, "亿元"), pub="2024-04-25"),
    case("rate-of-another-thing-retail",
         "1-8月，全市社会消费品零售总额236.4亿元，限额以上单位零售额增长4.9%。",
         F("retail_sales", 2024, "M1-M8", 236.4, "亿元"), pub="2024-09-25"),
    case("rate-of-the-figure-after-a-basis",
         "上半年，全县固定资产投资完成98.2亿元，比上年同期增长7.4%；工业投资完成41.3亿元，同比增长9.6%。",
         F("fixed_asset_investment", 2024, "H1", 98.2, "亿元", 7.4), F("industrial_investment", 2024, "H1", 41.3, "亿元", 9.6)),
    # 全市唯一 ranks a place among the city's, as 全市第一 does: the city is no subject
    case("weiyi-ranks-within-the-city",
         "2023年湖州各区县经济数据出炉。长兴县是全市唯一一个GDP超900亿元的县,其2023年金额达到了936.2亿元。",
         F("gdp", 2023, "FY", 936.2, "亿元", region="长兴"), region="湖州", pub="2024-02-10"),
    case("weiyi-ranks-within-a-named-city",
         "2023年,海宁市是嘉兴唯一一个财政总收入超200亿元的县市,其全年总额为215.3亿元,同比增长6.2%。",
         F("fiscal_revenue_total", 2023, "FY", 215.3, "亿元", 6.2, region="海宁"), region="嘉兴", pub="2024-02-10"),
    case("weiyi-after-the-province",
         "2023年,杭州是全省唯一的GDP超两万亿元城市,全年地区生产总值20059亿元,增长5.6%。",
         F("gdp", 2023, "FY", 20059, "亿元", 5.6, region="杭州"), region="浙江", pub="2024-02-10"),
    case("metric-anaphor-after-the-figures-is-a-remark",
         "2023年,全市财政总收入856.3亿元,其中一般公共预算收入512.4亿元,总量均居全省第4位,比上年分别增长9.1%和10.2%。",
         F("fiscal_revenue_total", 2023, "FY", 856.3, "亿元", 9.1), F("fiscal_revenue_general", 2023, "FY", 512.4, "亿元", 10.2),
         pub="2024-02-10"),
    # 只有/只 introduce a level as 仅为 does; a rate word and its figure may have 则/也 and 达到了 between
    case("zhiyou-introduces-the-levels-of-a-list",
         "2023年湖州各区县经济数据出炉。安吉县和德清县GDP均不足700亿元,分别只有651.3亿元和639.8亿元,列全市后两位。",
         F("gdp", 2023, "FY", 651.3, "亿元", region="安吉"), F("gdp", 2023, "FY", 639.8, "亿元", region="德清"),
         region="湖州", pub="2024-02-10"),
    case("zhiyou-introduces-a-level",
         "今年一季度,全县一般公共预算收入只有9.6亿元,同比下降3.2%。",
         F("fiscal_revenue_general", 2024, "Q1", 9.6, "亿元", -3.2), pub="2024-04-20"),
    case("zhi-introduces-a-level",
         "1-2月,全县规上工业增加值只24.1亿元,增长2.2%。", F("industrial_value_added", 2024, "M1-M2", 24.1, "亿元", 2.2),
         pub="2024-03-20"),
    case("rate-word-ze-dadaole",
         "2023年湖州各区县经济数据出炉。安吉县和德清县GDP分别为651.3亿元和639.8亿元。安吉县名义增长率仅为5.1%;而德清县名义增长率"
         "则达到了7.9%,居全市第二。",
         F("gdp", 2023, "FY", 651.3, "亿元", 5.1, region="安吉"), F("gdp", 2023, "FY", 639.8, "亿元", 7.9, region="德清"),
         region="湖州", pub="2024-02-10"),
    case("rate-word-ye-dadaole",
         "上半年,全县规上工业增加值增速也达到了8.4%,高于全市1.1个百分点。",
         F("industrial_value_added", 2024, "H1", yoy=8.4)),
    case("growth-word-ze-dadaole",
         "前三季度,全县固定资产投资增幅则达到了12.6%。", F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.6), pub=PUB_Q3),
    # the rate of the sentence after goes to the facts before it, not to a bound labelled there
    case("next-sentence-growth-passes-a-labelled-bound",
         "2023年湖州各区县经济数据出炉。长兴县是唯一一个GDP超900亿元的县,其2023年金额达到了936.2亿元。"
         "不仅总量居首,长兴县名义增长率8.3%也为全市最高。",
         F("gdp", 2023, "FY", 936.2, "亿元", 8.3, region="长兴"), region="湖州", pub="2024-02-10"),
    # 在上年低基数效应下: a base's year is not the time of the figures after it
    case("base-year-moves-no-time-xiaoying",
         "全县经济在上年低基数效应下实现较快增长。上半年，全县规上工业增加值同比增长6.3%。",
         F("industrial_value_added", 2023, "H1", yoy=6.3), pub="2023-08-02"),
    case("base-year-moves-no-time-yingxiang",
         "受去年同期较低基数影响，全市经济回升明显。一季度，全市固定资产投资同比增长9.1%。",
         F("fixed_asset_investment", 2023, "Q1", yoy=9.1), pub="2023-04-26"),
    case("base-year-moves-no-time-named-year",
         "在2022年低基数下，全区消费加快恢复。1-6月，全区社会消费品零售总额同比增长8.2%。",
         F("retail_sales", 2023, "H1", yoy=8.2), pub="2023-07-30"),
    case("year-without-base-moves-time",
         "在2022年，全区消费加快恢复。1-6月，全区社会消费品零售总额同比增长8.2%。",
         F("retail_sales", 2022, "H1", yoy=8.2), pub="2023-07-30"),
    # an arrow is a growth word: ↑ up, ↓ down
    case("growth-arrows-in-sentence",
         "一季度，全县地区生产总值185.6亿元，同比↑6.1%；固定资产投资同比↓3.2%。",
         F("gdp", 2024, "Q1", 185.6, "亿元", 6.1), F("fixed_asset_investment", 2024, "Q1", yoy=-3.2), pub="2024-04-22"),
    case("growth-arrow-in-brackets",
         "1-9月，全市社会消费品零售总额：263.2亿元（↑5.5%）。",
         F("retail_sales", 2024, "Q1-Q3", 263.2, "亿元", 5.5), pub=PUB_Q3),
    case("growth-arrows-in-lines",
         "上半年主要指标\nGDP：412.6亿元 ↑6.8%\n外贸出口：156.2亿元 ↓2.3%",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8), F("exports", 2024, "H1", 156.2, "亿元", -2.3)),
    # a rate named after it (其6.0%的名义增长率, 实现了7.2%的增长, 保持8.1%的增速), and 名义增长率
    case("rate-named-after-qi",
         "2024年,桐乡市GDP达到了1296.3亿元。桐乡总量优势明显,不过其6.0%的名义增长率却不及全市平均。",
         F("gdp", 2024, "FY", 1296.3, "亿元", 6.0, region="桐乡"), region="嘉兴", pub="2025-02-10"),
    case("rate-named-after-shixian",
         "上半年,全县规上工业增加值156.2亿元,实现了7.2%的增长。",
         F("industrial_value_added", 2024, "H1", 156.2, "亿元", 7.2)),
    case("rate-named-after-baochi",
         "一季度,全县固定资产投资保持了8.1%的增速。",
         F("fixed_asset_investment", 2024, "Q1", yoy=8.1), pub="2024-04-22"),
    case("nominal-growth-rate-of-a-place-next-sentence",
         "2024年,海盐县GDP为812.3亿元,排在全市第五位。但海盐名义增长率4.8%,为全市最低。",
         F("gdp", 2024, "FY", 812.3, "亿元", 4.8, region="海盐"), region="嘉兴", pub="2025-02-10"),
    case("rate-named-after-growth-target-is-no-rate",
         "今年,全县力争实现地区生产总值7%的增长目标。", labels={7: "target"}),
    # a base year (比2018年增长…) holds for the growths of its paragraph that name no basis of their own
    case("base-year-holds-in-paragraph",
         "2023年,全县实现地区生产总值520亿元,比2018年增长36.5%。一般公共预算收入41.2亿元,增长48.3%。",
         F("gdp", 2023, "FY", 520, "亿元"), F("fiscal_revenue_general", 2023, "FY", 41.2, "亿元"), pub="2024-02-10"),
    case("base-year-holds-across-clause-groups",
         "2025年,全市规上工业增加值达到1286亿元,较2020年增长42.1%;社会消费品零售总额1020亿元,增长31.6%。",
         F("industrial_value_added", 2025, "FY", 1286, "亿元"), F("retail_sales", 2025, "FY", 1020, "亿元"),
         pub="2026-02-10"),
    case("base-year-ends-where-a-year-is-named-again",
         "2023年,全县实现地区生产总值520亿元,比2018年增长36.5%。\n2023年,全县一般公共预算收入41.2亿元,增长8.3%。",
         F("gdp", 2023, "FY", 520, "亿元"), F("fiscal_revenue_general", 2023, "FY", 41.2, "亿元", 8.3), pub="2024-02-10"),
    case("base-year-gives-way-to-tongbi",
         "2023年,全县实现地区生产总值520亿元,比2018年增长36.5%。一般公共预算收入41.2亿元,同比增长8.3%。",
         F("gdp", 2023, "FY", 520, "亿元"), F("fiscal_revenue_general", 2023, "FY", 41.2, "亿元", 8.3), pub="2024-02-10"),
]

# --------------------------------------------------------------------------
# Metric traps: nested aliases, per-capita, ratios, subsets of a metric
# --------------------------------------------------------------------------

METRIC_TRAPS = [
    # more spellings of our metrics (社消零, 消费品零售总额, 地方级收入, 公共财政收入, 外商直接投资实际到位, 地区GDP)
    case("alias-shexiaoling", "上半年，全县社消零总额56.2亿元，同比增长6.3%；限额以上消费品零售总额16.2亿元，增长4.1%。",
         F("retail_sales", 2024, "H1", 56.2, "亿元", 6.3)),
    case("alias-xiaofeipin-lingshou-zonge", "1-5月，全市消费品零售总额142.7亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 142.7, "亿元", 7.9), pub="2024-06-18"),
    case("alias-difangji-shouru", "一季度，全县财政总收入完成12.6亿元，增长5.2%，其中地方级收入8.1亿元，增长3.9%。",
         F("fiscal_revenue_total", 2024, "Q1", 12.6, "亿元", 5.2), F("fiscal_revenue_general", 2024, "Q1", 8.1, "亿元", 3.9),
         pub="2024-04-20"),
    case("alias-gonggong-caizheng-shouru", "2012年，全市公共财政收入21.2亿元，同比增长16.3%。",
         F("fiscal_revenue_general", 2012, "FY", 21.2, "亿元", 16.3), pub="2013-02-01"),
    case("alias-caizheng-yiban-gonggong-yusuan", "上半年，全区财政一般公共预算收入21.2亿元，同比增长6.3%。",
         F("fiscal_revenue_general", 2024, "H1", 21.2, "亿元", 6.3)),
    case("alias-waishang-zhijie-touzi", "全年实际利用外商直接投资1.2亿美元，增长6.3%；外商直接投资实际到位金额居全市第二。",
         F("fdi_actual", 2023, "FY", 1.2, "亿美元", 6.3), pub="2024-03-10"),
    case("alias-diqu-gdp", "上半年，全县地区GDP达312.4亿元，同比增长6.1%。", F("gdp", 2024, "H1", 312.4, "亿元", 6.1)),
    # 到位资金 next to 合同外资 is the foreign capital actually paid in; alone it is any investment
    case("daowei-zijin-after-contracted", "今年1月至4月，全区实现合同外资5.24亿美元，完成到位资金3.41亿美元。",
         F("fdi_contracted", 2024, "M1-M4", 5.24, "亿美元"), F("fdi_actual", 2024, "M1-M4", 3.41, "亿美元"), pub="2024-05-20"),
    case("daowei-zijin-with-growth", "1-5月，全市合同外资3.1亿美元，同比增长12%；到位资金1.6亿美元，增长8.3%。",
         F("fdi_contracted", 2024, "M1-M5", 3.1, "亿美元", 12), F("fdi_actual", 2024, "M1-M5", 1.6, "亿美元", 8.3), pub="2024-06-15"),
    case("daowei-zijin-alone-is-no-fdi", "今年以来，全县新引进项目42个，到位资金18.6亿元。", pub="2024-06-15"),
    # a verb inside a metric's name (第二产业实现增加值), its two parts sharing a head word or not
    case("split-sector-verb", "一季度，全区第一产业实现增加值15.2亿元，增长3.1%；第二产业实现增加值170.6亿元，增长8.0%；"
         "第三产业完成增加值122.3亿元，增长4.4%。",
         F("gdp_primary", 2024, "Q1", 15.2, "亿元", 3.1), F("gdp_secondary", 2024, "Q1", 170.6, "亿元", 8.0),
         F("gdp_tertiary", 2024, "Q1", 122.3, "亿元", 4.4)),
    case("split-shared-head", "上半年，规上工业实现工业增加值180亿元，增长7.1%。",
         F("industrial_value_added", 2024, "H1", 180, "亿元", 7.1)),
    case("split-cumulative-verb", "上半年，全市规上工业累计完成总产值720亿元，增长4.1%。",
         F("industrial_output", 2024, "H1", 720, "亿元", 4.1)),
    case("verb-without-metric", "上半年，全市实现增加值180亿元。"),
    # a rate printed without a comma before the next metric ends the clause before it
    case("rate-then-metric-list", "2023年，全市实现地区生产总值756.5亿元、增长5.6%财政总收入、一般公共预算收入分别达到107.3亿元和63.8亿元。",
         F("gdp", 2023, "FY", 756.5, "亿元", 5.6), F("fiscal_revenue_total", 2023, "FY", 107.3, "亿元"),
         F("fiscal_revenue_general", 2023, "FY", 63.8, "亿元")),
    case("rate-then-metric", "上半年，全市出口62.1亿元，增长4.1%进口20.2亿元，下降1.1%。",
         F("exports", 2024, "H1", 62.1, "亿元", 4.1), F("imports", 2024, "H1", 20.2, "亿元", -1.1)),
    case("rate-then-metric-space", "上半年，全市固定资产投资增长6.2% 社会消费品零售总额增长3.9%。",
         F("fixed_asset_investment", 2024, "H1", yoy=6.2), F("retail_sales", 2024, "H1", yoy=3.9)),
    case("gdp-ranking-is-not-gdp", "2023年，平湖跻身全省县市GDP十强，全市生产总值1012.5亿元，增长6.1%。",
         F("gdp", 2023, "FY", 1012.5, "亿元", 6.1), pub="2024-02-01"),
    case("energy-intensity-per-gdp", "2023年，全市单位GDP能耗下降4.1%。"),
    case("per-capita-gdp", "2023年，全市人均GDP达到13.2万元，增长5.8%。"),
    case("per-capita-gdp-then-gdp", "2023年，全市生产总值1008.7亿元，增长6.0%；按常住人口计算，人均生产总值达到14.1万元。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0)),
    case("trade-total-then-exports", "上半年，全市进出口总额520.3亿元，增长7.2%，其中出口380.6亿元，增长9.1%。",
         F("trade_total", 2024, "H1", 520.3, "亿元", 7.2), F("exports", 2024, "H1", 380.6, "亿元", 9.1)),
    case("trade-total-is-not-exports", "上半年，全市实现进出口总额320亿元。",
         F("trade_total", 2024, "H1", 320, "亿元")),
    case("imports-alone", "上半年，全市进口110.2亿元，下降3.5%。",
         F("imports", 2024, "H1", 110.2, "亿元", -3.5)),
    case("electricity-share-is-not-growth", "2023年，全市光伏发电量占全社会用电量的9.6%。"),
    case("industry-va-and-above-size", "上半年，全市工业增加值312.5亿元，增长6.1%，其中规上工业增加值280.4亿元，增长7.3%。",
         F("industrial_value_added", 2024, "H1", 280.4, "亿元", 7.3)),
    case("industry-va-without-above-size", "2023年，全区实现工业增加值310.5亿元，同比增长5.2%。",
         F("industrial_value_added", 2023, "FY", 310.5, "亿元", 5.2, region="南湖"), region="南湖"),
    case("secondary-industry-investment", "上半年，全市第二产业投资增长12.3%。"),
    case("manufacturing-investment-alone", "上半年，全市制造业投资增长15.2%。",
         F("industrial_investment", 2024, "H1", yoy=15.2)),
    case("manufacturing-under-industrial-investment", "上半年，全市工业投资增长10.4%，其中制造业投资增长12.8%。",
         F("industrial_investment", 2024, "H1", yoy=10.4)),
    case("services-are-tertiary", "上半年，全市服务业增加值165.2亿元，增长4.4%。",
         F("gdp_tertiary", 2024, "H1", 165.2, "亿元", 4.4)),
    case("local-fiscal-revenue-is-general", "2023年，全市地方财政收入98.6亿元，增长7.1%。",
         F("fiscal_revenue_general", 2023, "FY", 98.6, "亿元", 7.1)),
    case("generic-fiscal-revenue-county", "上半年，全县完成财政收入15.3亿元，同比增长6.9%。",
         F("fiscal_revenue_total", 2024, "H1", 15.3, "亿元", 6.9, region="海盐"), region="海盐"),
    case("total-and-general-budget-revenue",
         "1-11月，全市一般公共预算总收入602.5亿元，增长8.3%，其中地方一般公共预算收入341.2亿元，增长6.2%。",
         F("fiscal_revenue_total", 2024, "M1-M11", 602.5, "亿元", 8.3),
         F("fiscal_revenue_general", 2024, "M1-M11", 341.2, "亿元", 6.2), pub="2024-12-20"),
    case("above-size-firms-output-wildcard", "8月，全市规模以上工业企业完成产值72.4亿元，增长3.1%。",
         F("industrial_output", 2024, "M8", 72.4, "亿元", 3.1), pub="2024-09-18"),
    case("high-tech-industry-va", "上半年，全市高新技术产业增加值186.3亿元，增长9.5%。",
         labels={186.3: "sector|subset"}),
    case("gdp-total-word", "2023年，全市GDP总量达到1050.3亿元，增长6.2%。",
         F("gdp", 2023, "FY", 1050.3, "亿元", 6.2)),
    case("fdi-industrial-subset", "上半年，全市实到外资2.1亿美元，其中产业类实到外资1.6亿美元。",
         F("fdi_actual", 2024, "H1", 2.1, "亿美元"), labels={1.6: "subset|sector"}),
    case("contracted-vs-actual-fdi", "一季度，全市合同利用外资6.8亿美元，同比下降2.9%；实际利用外资3.1亿美元，同比增长21.4%。",
         F("fdi_contracted", 2024, "Q1", 6.8, "亿美元", -2.9), F("fdi_actual", 2024, "Q1", 3.1, "亿美元", 21.4)),
    case("rural-income-alone", "上半年，全市农村居民人均可支配收入25430元，增长7.0%。",
         F("income_rural_pc", 2024, "H1", 25430, "元", 7.0)),
    case("urban-income-permanent-residents", "一季度，全市城镇常住居民人均可支配收入21760元，增长4.6%。",
         F("income_urban_pc", 2024, "Q1", 21760, "元", 4.6)),
    case("industrial-electricity-not-total", "1-10月，全市工业用电量同比下降0.8%。",
         F("industrial_electricity", 2024, "M1-M10", yoy=-0.8), pub="2024-11-22"),
    case("tax-sales-is-not-a-metric", "上半年，全市工业应税销售收入增长9.8%。"),
]

# --------------------------------------------------------------------------
# Paired lists: 分别, 城乡居民, 其中 … 分别增长, month lists
# --------------------------------------------------------------------------

PAIRED_LISTS = [
    # items that are no metric of ours after the last one keep their place in the list
    case("unknown-tail-item-income", "2023年，城镇居民人均可支配收入和农村居民人均纯收入分别达到53188元和27397元。",
         F("income_urban_pc", 2023, "FY", 53188, "元")),
    case("unknown-tail-item-fund", "上半年，全县一般公共预算收入、政府性基金收入分别完成45.2亿元、38.1亿元。",
         F("fiscal_revenue_general", 2024, "H1", 45.2, "亿元")),
    case("unknown-tail-item-rates", "1-5月，全市出口和服务贸易额分别为120.5亿元和33.2亿元，分别增长6.1%和12.0%。",
         F("exports", 2024, "M1-M5", 120.5, "亿元", 6.1)),
    case("known-tail-item-is-paired", "1-5月，全市出口和进口额分别为120.5亿元和33.2亿元。",
         F("exports", 2024, "M1-M5", 120.5, "亿元"), F("imports", 2024, "M1-M5", 33.2, "亿元")),
    # a metric list and a figure list of the same length pair by count, without 分别
    case("count-pair-values", "2023年，财政总收入、一般公共预算收入达到63.8亿元和35.4亿元，是2018年的1.9倍和2倍。",
         F("fiscal_revenue_total", 2023, "FY", 63.8, "亿元"), F("fiscal_revenue_general", 2023, "FY", 35.4, "亿元"),
         pub="2024-02-01"),
    case("count-pair-wei", "2023年，全市出口、进口为120.1亿美元、45.2亿美元。",
         F("exports", 2023, "FY", 120.1, "亿美元"), F("imports", 2023, "FY", 45.2, "亿美元"), pub="2024-02-01"),
    case("count-pair-growths", "2023年，全市出口、进口增长5.1%和3.2%。",
         F("exports", 2023, "FY", yoy=5.1), F("imports", 2023, "FY", yoy=3.2), pub="2024-02-01"),
    # an item that is no metric of ours keeps its place in the list
    case("unknown-item-middle", "2023年，规上工业增加值、高新技术产品产值、一般公共预算收入和财政总收入分别为405亿元、1017亿元、110.6亿元和350.7亿元。",
         F("industrial_value_added", 2023, "FY", 405, "亿元"), F("fiscal_revenue_general", 2023, "FY", 110.6, "亿元"),
         F("fiscal_revenue_total", 2023, "FY", 350.7, "亿元"), pub="2024-02-01"),
    case("unknown-item-growths", "2023年，全市出口、服务贸易额和进口分别增长5.1%、12.2%和3.3%。",
         F("exports", 2023, "FY", yoy=5.1), F("imports", 2023, "FY", yoy=3.3), pub="2024-02-01"),
    case("unknown-item-two", "1-6月，全市固定资产投资、民间投资、房地产开发投资和社会消费品零售总额分别增长4.1%、2.2%、-3.3%和6.6%。",
         F("fixed_asset_investment", 2024, "H1", yoy=4.1), F("retail_sales", 2024, "H1", yoy=6.6)),
    # a clause with no figure between a metric list and its 分别
    case("clause-before-fenbie", "上半年，财政总收入、一般公共预算收入均列全市首位，分别达到95亿元和61亿元。",
         F("fiscal_revenue_total", 2024, "H1", 95, "亿元"), F("fiscal_revenue_general", 2024, "H1", 61, "亿元")),
    case("clause-before-fenbie-record", "2023年，出口和进口双双创历史新高，分别为612.3亿元、188.4亿元。",
         F("exports", 2023, "FY", 612.3, "亿元"), F("imports", 2023, "FY", 188.4, "亿元")),
    case("clause-before-fenbie-growth", "1-7月，工业用电量、全社会用电量增速居全市前列，分别增长9.1%和7.4%。",
         F("industrial_electricity", 2024, "M1-M7", yoy=9.1), F("electricity_consumption", 2024, "M1-M7", yoy=7.4)),
    case("urban-rural-fenbie-wei", "2023年，全市城乡居民人均可支配收入分别为72350元和45860元，分别增长5.1%和7.2%。",
         F("income_urban_pc", 2023, "FY", 72350, "元", 5.1), F("income_rural_pc", 2023, "FY", 45860, "元", 7.2)),
    case("urban-and-rural-spelled-out", "2023年，全市城镇和农村居民人均可支配收入分别达到68500元、42100元，增长4.9%、6.8%。",
         F("income_urban_pc", 2023, "FY", 68500, "元", 4.9), F("income_rural_pc", 2023, "FY", 42100, "元", 6.8)),
    case("urban-rural-growth-only", "上半年，全市城乡居民人均可支配收入分别增长4.8%和6.5%。",
         F("income_urban_pc", 2024, "H1", yoy=4.8), F("income_rural_pc", 2024, "H1", yoy=6.5)),
    case("qizhong-two-amounts-fenbie-zengzhang",
         "前三季度，全市进出口总额865.2亿元，其中出口612.4亿元，进口252.8亿元，分别增长6.3%和4.7%。",
         F("trade_total", 2024, "Q1-Q3", 865.2, "亿元"),
         F("exports", 2024, "Q1-Q3", 612.4, "亿元", 6.3), F("imports", 2024, "Q1-Q3", 252.8, "亿元", 4.7),
         pub=PUB_Q3),
    case("contracted-and-actual-fdi-pair", "一季度，全市合同和实际利用外资分别为5.8亿美元和2.6亿美元，分别增长12.1%和8.3%。",
         F("fdi_contracted", 2024, "Q1", 5.8, "亿美元", 12.1), F("fdi_actual", 2024, "Q1", 2.6, "亿美元", 8.3)),
    case("two-aliases-joined-by-he", "上半年，全市合同利用外资和实际利用外资分别为6.2亿美元和3.4亿美元。",
         F("fdi_contracted", 2024, "H1", 6.2, "亿美元"), F("fdi_actual", 2024, "H1", 3.4, "亿美元")),
    case("va-and-output-growth-pair", "1-7月，全市规上工业增加值、总产值同比分别增长6.4%和8.9%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=6.4), F("industrial_output", 2024, "M1-M7", yoy=8.9),
         pub="2024-08-20"),
    case("non-metric-first-in-pair", "1-8月，全市工业应税销售、工业用电量同比分别增长9.4%和3.6%，增幅分别高于全省5.1和1.2个百分点。",
         F("industrial_electricity", 2024, "M1-M8", yoy=3.6), pub="2024-09-20"),
    case("three-sectors-list", "2023年，全市第一、二、三产业增加值分别为28.4亿元、560.2亿元和420.1亿元。",
         F("gdp_primary", 2023, "FY", 28.4, "亿元"), F("gdp_secondary", 2023, "FY", 560.2, "亿元"),
         F("gdp_tertiary", 2023, "FY", 420.1, "亿元")),
    case("month-list-fenbie-xiajiang", "今年4月和5月，全市出口同比分别下降6%和9%。",
         F("exports", 2024, "M4", yoy=-6), F("exports", 2024, "M5", yoy=-9)),
    case("exports-imports-fenbie-with-dunhao", "上半年，全市出口、进口分别为380.6亿元、139.7亿元。",
         F("exports", 2024, "H1", 380.6, "亿元"), F("imports", 2024, "H1", 139.7, "亿元")),
    case("urban-and-rural-listed-with-dunhao", "上半年，全市城镇、农村居民人均可支配收入分别为39700元和29990元。",
         F("income_urban_pc", 2024, "H1", 39700, "元"), F("income_rural_pc", 2024, "H1", 29990, "元")),
    case("listed-items-share-the-head", "上半年，全市第一、三产业增加值分别为40.2亿元、356.8亿元。",
         F("gdp_primary", 2024, "H1", 40.2, "亿元"), F("gdp_tertiary", 2024, "H1", 356.8, "亿元")),
    case("listed-items-share-the-head-with-yu", "上半年，全市城镇与农村居民人均可支配收入分别为39700元、29990元。",
         F("income_urban_pc", 2024, "H1", 39700, "元"), F("income_rural_pc", 2024, "H1", 29990, "元")),
    case("listed-items-share-the-head-total", "上半年，全市出口和进口总额分别为380.6亿元、139.7亿元。",
         F("exports", 2024, "H1", 380.6, "亿元"), F("imports", 2024, "H1", 139.7, "亿元")),
    case("jun-growth-for-each-metric", "一季度，全市出口、进口均增长4.6%。",
         F("exports", 2024, "Q1", yoy=4.6), F("imports", 2024, "Q1", yoy=4.6)),
    case("three-metrics-and-fenbie-growth", "前三季度，全市出口、进口和进出口总额分别增长7.1%、3.2%和5.9%。",
         F("exports", 2024, "Q1-Q3", yoy=7.1), F("imports", 2024, "Q1-Q3", yoy=3.2),
         F("trade_total", 2024, "Q1-Q3", yoy=5.9), pub=PUB_Q3),
    case("sanci-chanye-list", "去年，全市三次产业增加值分别为30.2亿元、512.8亿元和401.6亿元。",
         F("gdp_primary", 2023, "FY", 30.2, "亿元"), F("gdp_secondary", 2023, "FY", 512.8, "亿元"),
         F("gdp_tertiary", 2023, "FY", 401.6, "亿元")),
    case("sectors-growth-after-gdp", "2023年，全市生产总值1012.4亿元，增长6.1%，其中第一、二、三产业分别增长1.8%、6.9%和5.4%。",
         F("gdp", 2023, "FY", 1012.4, "亿元", 6.1), F("gdp_primary", 2023, "FY", yoy=1.8),
         F("gdp_secondary", 2023, "FY", yoy=6.9), F("gdp_tertiary", 2023, "FY", yoy=5.4)),
    case("month-list-after-dangyue", "其中，全市当月出口已连续三月回落，4月和5月同比分别下降6%和9%。",
         F("exports", 2024, "M4", yoy=-6), F("exports", 2024, "M5", yoy=-9)),
    case("month-list-with-levels", "3月、4月，全市出口分别为30.2亿元和31.5亿元，分别增长6%和9%。",
         F("exports", 2024, "M3", 30.2, "亿元", 6), F("exports", 2024, "M4", 31.5, "亿元", 9)),
    case("sector-pair-is-not-a-fact", "上半年，全市机电产品、高新技术产品出口分别增长11.2%和14.5%。"),
]

# --------------------------------------------------------------------------
# Regions listed with figures; whole-region words
# --------------------------------------------------------------------------

REGION_LISTS = [
    # a county printed by its present name (邵东县 became 邵东市, 海门市 海门区): one region either way
    case("renamed-county-in-a-list", "上半年，邵东市、隆回县、武冈市社会消费品零售总额分别为156.3亿元、98.7亿元和87.2亿元。",
         F("retail_sales", 2024, "H1", 156.3, "亿元", region="邵东"), F("retail_sales", 2024, "H1", 98.7, "亿元", region="隆回"),
         F("retail_sales", 2024, "H1", 87.2, "亿元", region="武冈"), region="邵阳"),
    case("renamed-county-as-subject", "1-6月，玉环市规上工业增加值完成168.2亿元，同比增长6.4%。",
         F("industrial_value_added", 2024, "H1", 168.2, "亿元", 6.4, region="玉环"), region="台州"),
    case("renamed-county-old-and-new-name", "上半年，海门区实现地区生产总值712.5亿元，增长5.8%。全区规上工业增加值增长8.1%。",
         F("gdp", 2024, "H1", 712.5, "亿元", 5.8, region="海门"), F("industrial_value_added", 2024, "H1", yoy=8.1, region="海门"),
         region="海门"),
    case("new-county-in-a-list", "前三季度，临平区、钱塘区、萧山区地区生产总值分别增长6.2%、9.8%和5.1%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.2, region="临平"), F("gdp", 2024, "Q1-Q3", yoy=9.8, region="钱塘区"),
         F("gdp", 2024, "Q1-Q3", yoy=5.1, region="萧山"), region="杭州", pub=PUB_Q3),
    # a ranking title names the metric of the places' figures and ranks after it
    case("ranked-places-after-title",
         "2023年嘉兴各县（市、区）GDP排行榜出炉\n海宁市以1285.6亿元位居第一，同比增长6.8%；桐乡市1203.4亿元排名第二，增长6.5%。",
         F("gdp", 2023, "FY", 1285.6, "亿元", 6.8, region="海宁"), F("gdp", 2023, "FY", 1203.4, "亿元", 6.5, region="桐乡"),
         region="嘉兴", pub="2024-02-10"),
    # a ranking that introduces its list (依次为, 分别是, a colon) names the metric of every item,
    # and a list of another country's cities is no national figure
    case("ranking-introduces-list-yici",
         "2023年前三季度全省GDP排名前五的县市依次为：瑞安市(1320.5亿元)、乐清市(1102.3亿元)、温岭市(987.6亿元)。",
         F("gdp", 2023, "Q1-Q3", 1320.5, "亿元", region="瑞安"), F("gdp", 2023, "Q1-Q3", 1102.3, "亿元", region="乐清"),
         F("gdp", 2023, "Q1-Q3", 987.6, "亿元", region="温岭"), region="浙江", pub="2023-11-01"),
    case("ranking-introduces-list-fenbie-he",
         "上半年规上工业增加值排名前三的区分别是萧山区(245.1亿元)、余杭区(201.7亿元)和临平区(188.2亿元)。",
         F("industrial_value_added", 2023, "H1", 245.1, "亿元", region="萧山"),
         F("industrial_value_added", 2023, "H1", 201.7, "亿元", region="余杭"),
         F("industrial_value_added", 2023, "H1", 188.2, "亿元", region="临平"), region="杭州", pub="2023-08-01"),
    case("ranking-introduces-list-after-comma",
         "一季度中国城市GDP排行榜出炉，依次为苏州市5510.2亿元、成都市5301.7亿元、杭州市4990.4亿元。",
         F("gdp", 2023, "Q1", 5510.2, "亿元", region="苏州"), F("gdp", 2023, "Q1", 5301.7, "亿元", region="成都"),
         F("gdp", 2023, "Q1", 4990.4, "亿元", region="杭州"), region=None, pub="2023-05-01"),
    # a figure, 的, a place: the place's figure (总量达到412.6亿元的海宁市继续领跑), not the subject's before
    case("figure-de-place-is-that-places-zongliang",
         "上半年，平湖市GDP排名全市第三，比去年同期前移一位，总量达到412.6亿元的海宁市继续领跑。",
         F("gdp", 2024, "H1", 412.6, "亿元", region="海宁")),
    case("figure-de-place-is-that-places-metric",
         "一季度，平湖市规上工业增加值增速居全市第二，规上工业增加值达到88.3亿元的桐乡市仍居首位。",
         F("industrial_value_added", 2024, "Q1", 88.3, "亿元", region="桐乡"), pub="2024-04-25"),
    case("figure-de-place-is-that-places-wancheng",
         "1-9月，一般公共预算收入完成61.2亿元的嘉善县位居榜首，平湖市列第二。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 61.2, "亿元", region="嘉善"), pub=PUB_Q3),
    case("figure-de-no-place-stays-the-subjects",
         "上半年，全市工业投资完成52.1亿元的同时，民间投资占比提高到61%。",
         F("industrial_investment", 2024, "H1", 52.1, "亿元")),
    case("ranked-places-after-title-paragraph",
         "前三季度各县市区一般公共预算收入排名\n\n嘉善县为58.2亿元，居全市首位；平湖市以55.7亿元位列第二。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 58.2, "亿元", region="嘉善"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 55.7, "亿元", region="平湖"), region="嘉兴", pub=PUB_Q3),
    case("ranked-places-exports-bangdan",
         "上半年外贸出口榜单\n义乌市以2532.1亿元排名第一；宁波北仑区1566.3亿元排在第二位。",
         F("exports", 2024, "H1", 2532.1, "亿元", region="义乌"), F("exports", 2024, "H1", 1566.3, "亿元", region="北仑"),
         region="金华"),
    case("no-ranking-title-no-ranked-places", "海宁市以1285.6亿元位居第一，桐乡市1203.4亿元排名第二。",
         region="嘉兴", pub="2024-02-10"),
    # places a rate is compared with, each with its own rate in brackets, are facts of theirs
    case("compared-places-bracketed", "前三季度，全市生产总值增长7.1%，分别高于全省(6.3%)、嘉兴(6.7%)0.8个和0.4个百分点。",
         F("gdp", 2024, "Q1-Q3", yoy=7.1), F("gdp", 2024, "Q1-Q3", yoy=6.3, region="浙江"),
         F("gdp", 2024, "Q1-Q3", yoy=6.7, region="嘉兴"), pub=PUB_Q3),
    case("compared-place-bi", "1-7月，全县规上工业增加值增长9.2%，比全省(6.5%)高2.7个百分点。",
         F("industrial_value_added", 2024, "M1-M7", yoy=9.2), F("industrial_value_added", 2024, "M1-M7", yoy=6.5, region="浙江"),
         pub="2024-08-20"),
    case("compared-nation-is-labelled", "上半年，全市固定资产投资增长5.0%，增幅高于全国平均水平(3.8%)1.2个百分点。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.0), labels={3.8: "national"}),
    # a set of places and a rate word lead a list of places' rates whose metric is left out:
    # the document's headline metric (the one it named first)
    case("elided-metric-provinces",
         "上半年，全市生产总值9602亿元，同比增长6.9%。\n在已公布数据的省份中，有6个省份增速超过全国水平5.5%，分别是江苏(7.1%)、安徽(6.9%)、湖南(6.2%)。",
         F("gdp", 2024, "H1", 9602, "亿元", 6.9, region="嘉兴"), F("gdp", 2024, "H1", yoy=7.1, region="江苏"),
         F("gdp", 2024, "H1", yoy=6.9, region="安徽"), F("gdp", 2024, "H1", yoy=6.2, region="湖南"), region="嘉兴"),
    case("elided-metric-counties-yici",
         "前三季度，全市固定资产投资增长4.4%。\n5个区县增幅高于全市，依次为：南湖区12.1%、秀洲区10.4%、海宁市9.8%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=4.4, region="嘉兴"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.1, region="南湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=10.4, region="秀洲"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.8, region="海宁"), pub=PUB_Q3, region="嘉兴"),
    case("elided-metric-each-county",
         "一季度，全市规上工业增加值增长6.0%。从各地看，各县(市、区)增速均为正，其中海盐县(9.1%)、嘉善县(8.3%)居前两位。",
         F("industrial_value_added", 2024, "Q1", yoy=6.0, region="嘉兴"),
         F("industrial_value_added", 2024, "Q1", yoy=9.1, region="海盐"),
         F("industrial_value_added", 2024, "Q1", yoy=8.3, region="嘉善"), region="嘉兴"),
    case("no-set-of-places-no-elided-metric",
         "上半年，全市生产总值9602亿元，同比增长6.9%。\n江苏(7.1%)、安徽(6.9%)的数据也已公布。",
         F("gdp", 2024, "H1", 9602, "亿元", 6.9, region="嘉兴"), region="嘉兴"),
    # one verb, then region–value pairs; a ranking with a colon; each region with its own growth verb
    case("pairs-after-first-region", "2023年，平湖市完成地区生产总值1100亿元、海盐县750亿元、嘉善县980亿元。",
         F("gdp", 2023, "FY", 1100, "亿元"), F("gdp", 2023, "FY", 750, "亿元", region="海盐"),
         F("gdp", 2023, "FY", 980, "亿元", region="嘉善")),
    case("pairs-after-first-region-comma", "上半年，海宁市实现规上工业增加值210.5亿元，桐乡市188.3亿元，嘉善县160.2亿元。",
         F("industrial_value_added", 2024, "H1", 210.5, "亿元", region="海宁"),
         F("industrial_value_added", 2024, "H1", 188.3, "亿元", region="桐乡"),
         F("industrial_value_added", 2024, "H1", 160.2, "亿元", region="嘉善")),
    case("ranking-colon", "2023年，嘉兴各县（市、区）地区生产总值排名：平湖1101.2亿元，海宁1300.5亿元，桐乡1250.3亿元。",
         F("gdp", 2023, "FY", 1101.2, "亿元"), F("gdp", 2023, "FY", 1300.5, "亿元", region="海宁"),
         F("gdp", 2023, "FY", 1250.3, "亿元", region="桐乡")),
    case("ranking-without-list-is-not-a-metric", "2023年，全市生产总值排名全省第3位。"),
    case("own-growth-verbs", "1-7月，平湖市外贸进出口总额增长12.1%，海盐县增长8.3%，嘉善县下降2.2%。",
         F("trade_total", 2024, "M1-M7", yoy=12.1), F("trade_total", 2024, "M1-M7", yoy=8.3, region="海盐"),
         F("trade_total", 2024, "M1-M7", yoy=-2.2, region="嘉善")),
    case("own-growth-verbs-basis", "上半年，海宁一般公共预算收入同比增长5.2%，桐乡同比增长4.1%，海盐同比下降1.5%。",
         F("fiscal_revenue_general", 2024, "H1", yoy=5.2, region="海宁"),
         F("fiscal_revenue_general", 2024, "H1", yoy=4.1, region="桐乡"),
         F("fiscal_revenue_general", 2024, "H1", yoy=-1.5, region="海盐")),
    # a counted set of places (有3个县, 5个县（市、区）) is the list's subject, not a subset
    case("counted-places-yici", "1-7月，有3个县一般公共预算收入两位数增长，依次为：平湖市 14.2%，海盐县12.0%，嘉善县 11.1 %。",
         F("fiscal_revenue_general", 2024, "M1-M7", yoy=14.2),
         F("fiscal_revenue_general", 2024, "M1-M7", yoy=12.0, region="海盐"),
         F("fiscal_revenue_general", 2024, "M1-M7", yoy=11.1, region="嘉善")),
    case("counted-places-fenbie", "上半年，5个县（市、区）规上工业增加值增速高于全市平均，分别是海宁(9.7%)、海盐(8.6%)、嘉善(6.8%)。",
         F("industrial_value_added", 2024, "H1", yoy=9.7, region="海宁"),
         F("industrial_value_added", 2024, "H1", yoy=8.6, region="海盐"),
         F("industrial_value_added", 2024, "H1", yoy=6.8, region="嘉善")),
    case("counted-provinces", "上半年，有4个省份地区生产总值增速超过7%，分别是甘肃(7.9%)、江西(7.4%)、湖南(7.2%)、贵州(7.1%)。",
         F("gdp", 2024, "H1", yoy=7.9, region="甘肃"), F("gdp", 2024, "H1", yoy=7.4, region="江西"),
         F("gdp", 2024, "H1", yoy=7.2, region="湖南"), F("gdp", 2024, "H1", yoy=7.1, region="贵州")),
    case("parenthesised-growth-per-region",
         "上半年，各县（市、区）地区生产总值增速分别为：平湖市(6.8%)、秀洲区(6.2%)、海盐县(5.9%)。",
         F("gdp", 2024, "H1", yoy=6.8, region="平湖"), F("gdp", 2024, "H1", yoy=6.2, region="秀洲"),
         F("gdp", 2024, "H1", yoy=5.9, region="海盐"), region="嘉兴"),
    # a place opening a clause with its own figure after another place's: the same metric, left out
    case("place-figure-qizhong", "上半年，全市规上工业增加值增长7.2%，其中海宁市完成180亿元，增长9.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", 180, "亿元", 9.1, region="海宁"), region="嘉兴"),
    case("place-figure-after-semicolon", "1-8月，全市固定资产投资同比增长6.4%；桐乡市增长11.3%，增速居各县首位。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=6.4, region="嘉兴"),
         F("fixed_asset_investment", 2024, "M1-M8", yoy=11.3, region="桐乡"), region="嘉兴", pub="2024-09-18"),
    case("places-figures-after-the-whole", "1-7月，全市规上工业增加值增长7.1%，其中海宁、桐乡分别增长9.1%和8.3%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=7.1, region="嘉兴"),
         F("industrial_value_added", 2024, "M1-M7", yoy=9.1, region="海宁"),
         F("industrial_value_added", 2024, "M1-M7", yoy=8.3, region="桐乡"), region="嘉兴", pub="2024-08-20"),
    case("two-places-figures-after-the-whole", "上半年，全市出口增长6.2%，海宁、海盐两地分别增长10.1%和8.8%。",
         F("exports", 2024, "H1", yoy=6.2, region="嘉兴"), F("exports", 2024, "H1", yoy=10.1, region="海宁"),
         F("exports", 2024, "H1", yoy=8.8, region="海盐"), region="嘉兴"),
    case("places-values-after-the-whole", "前三季度，全市一般公共预算收入完成412.6亿元，其中海宁市、桐乡市分别完成61.2亿元和55.4亿元。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 412.6, "亿元", region="嘉兴"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 61.2, "亿元", region="海宁"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 55.4, "亿元", region="桐乡"), region="嘉兴", pub=PUB_Q3),
    # 分县市区看: the places' figures in the next sentence break the last metric down
    case("by-region-next-sentence-growth", "上半年，全市固定资产投资增长5.2%。分县市区看，海宁增长8.1%，桐乡增长6.3%，嘉善下降1.2%。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="嘉兴"),
         F("fixed_asset_investment", 2024, "H1", yoy=8.1, region="海宁"),
         F("fixed_asset_investment", 2024, "H1", yoy=6.3, region="桐乡"),
         F("fixed_asset_investment", 2024, "H1", yoy=-1.2, region="嘉善"), region="嘉兴"),
    case("by-region-cong-ge-xian", "1-9月，全市规上工业增加值增长7.7%。从各县（市、区）看，海盐增长10.2%、平湖增长9.4%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.7, region="嘉兴"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=10.2, region="海盐"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.4, region="平湖"), region="嘉兴", pub=PUB_Q3),
    case("by-region-values", "上半年，全市实现地区生产总值3520亿元。分地区看，海宁市612.3亿元，桐乡市588.1亿元。",
         F("gdp", 2024, "H1", 3520, "亿元", region="嘉兴"), F("gdp", 2024, "H1", 612.3, "亿元", region="海宁"),
         F("gdp", 2024, "H1", 588.1, "亿元", region="桐乡"), region="嘉兴"),
    case("by-region-with-no-metric-before", "分县市区看，海宁增长8.1%，桐乡增长6.3%。", region="嘉兴"),
    # a rank between a metric or a place and its figure (最高，达到…; 次之，为…; 位列第三，为…)
    case("ranks-between-places-and-figures", "2023年，海宁市地区生产总值最高，达到1300.5亿元；桐乡市次之，为1250.3亿元；嘉善县位列第三，为921.6亿元。",
         F("gdp", 2023, "FY", 1300.5, "亿元", region="海宁"), F("gdp", 2023, "FY", 1250.3, "亿元", region="桐乡"),
         F("gdp", 2023, "FY", 921.6, "亿元", region="嘉善"), region="嘉兴", pub="2024-02-20"),
    case("most-then-second", "上半年，海宁市一般公共预算收入最多，达到61.2亿元；海盐县次之，为38.5亿元。",
         F("fiscal_revenue_general", 2024, "H1", 61.2, "亿元", region="海宁"),
         F("fiscal_revenue_general", 2024, "H1", 38.5, "亿元", region="海盐"), region="嘉兴"),
    case("largest-then-ju-di-er", "1-8月，嘉善县外贸出口总量最大，为412.6亿元，平湖市居第二，为386.1亿元。",
         F("exports", 2024, "M1-M8", 412.6, "亿元", region="嘉善"), F("exports", 2024, "M1-M8", 386.1, "亿元", region="平湖"),
         region="嘉兴", pub="2024-09-20"),
    # …in the next sentence, opened by 其中 or by the place itself
    case("place-figure-next-sentence-qizhong", "上半年，全市规上工业增加值增长6.8%。其中，德清县增长9.1%，居各区县首位。",
         F("industrial_value_added", 2024, "H1", yoy=6.8, region="湖州"),
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="德清"), region="湖州"),
    case("place-figure-next-sentence-value", "前三季度，全市一般公共预算收入完成412.6亿元。其中海盐县完成38.5亿元，同比增长4.4%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 412.6, "亿元", region="嘉兴"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 38.5, "亿元", 4.4, region="海盐"), region="嘉兴", pub=PUB_Q3),
    case("place-figure-next-sentence-place", "1-8月，全市固定资产投资增长6.4%。桐乡市增长11.3%，增速居各县首位。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=6.4, region="嘉兴"),
         F("fixed_asset_investment", 2024, "M1-M8", yoy=11.3, region="桐乡"), region="嘉兴", pub="2024-09-20"),
    # a list of places whose items carry their rank (，居第二；)
    case("list-items-with-ranks", "上半年，分县市区看，嘉善县GDP增长7.2%，增速居全市首位；海盐县增长6.8%，居第二；桐乡市增长6.1%；南湖区下降0.4%。",
         F("gdp", 2024, "H1", yoy=7.2, region="嘉善"), F("gdp", 2024, "H1", yoy=6.8, region="海盐"),
         F("gdp", 2024, "H1", yoy=6.1, region="桐乡"), F("gdp", 2024, "H1", yoy=-0.4, region="南湖"), region="嘉兴"),
    case("list-items-with-ranks-values", "1-9月，海宁市规上工业增加值312.4亿元，居全市第一；桐乡市298.6亿元，居第二；嘉善县245.1亿元。",
         F("industrial_value_added", 2024, "Q1-Q3", 312.4, "亿元", region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", 298.6, "亿元", region="桐乡"),
         F("industrial_value_added", 2024, "Q1-Q3", 245.1, "亿元", region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("list-items-with-ranks-comma", "前三季度，平湖市出口增长12.1%，位列全市第一，海盐县增长9.3%，位列第二，嘉善县增长8.7%。",
         F("exports", 2024, "Q1-Q3", yoy=12.1, region="平湖"), F("exports", 2024, "Q1-Q3", yoy=9.3, region="海盐"),
         F("exports", 2024, "Q1-Q3", yoy=8.7, region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("place-figure-compared-is-none", "上半年，全市规上工业增加值增长7.2%，高于海宁市1.1个百分点。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"), region="嘉兴"),
    case("flat-item-first", "1-6月，全市财政总收入增速后三位的县是：淳安县持平、建德市增长1.8%、桐庐县增长2.1%。",
         F("fiscal_revenue_total", 2024, "H1", yoy=0.0, region="淳安"),
         F("fiscal_revenue_total", 2024, "H1", yoy=1.8, region="建德"),
         F("fiscal_revenue_total", 2024, "H1", yoy=2.1, region="桐庐"), region="杭州"),
    case("flat-item-last", "前三季度，各县（市、区）规上工业增加值增速：海宁市(5.2%)、桐乡市(3.1%)、海盐县持平。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=5.2, region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=3.1, region="桐乡"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=0.0, region="海盐"), region="嘉兴", pub=PUB_Q3),
    case("flat-item-middle", "一季度，外贸出口增速排名靠后的是德清县下降3.4%、长兴县持平、安吉县增长0.6%。",
         F("exports", 2024, "Q1", yoy=-3.4, region="德清"),
         F("exports", 2024, "Q1", yoy=0.0, region="长兴"),
         F("exports", 2024, "Q1", yoy=0.6, region="安吉"), region="湖州"),
    case("two-places-fenbie", "一季度，海宁和桐乡两地一般公共预算收入分别为41.2亿元和38.6亿元。",
         F("fiscal_revenue_general", 2024, "Q1", 41.2, "亿元", region="海宁"),
         F("fiscal_revenue_general", 2024, "Q1", 38.6, "亿元", region="桐乡"), region="嘉兴"),
    case("two-counties-named-liang-xian", "2023年，海盐、嘉善两县一般公共预算收入分别为58.2亿元和61.5亿元，分别增长6.1%和5.3%。",
         F("fiscal_revenue_general", 2023, "FY", 58.2, "亿元", 6.1, region="海盐"),
         F("fiscal_revenue_general", 2023, "FY", 61.5, "亿元", 5.3, region="嘉善"), region="嘉兴", pub="2024-02-01"),
    case("two-districts-growth", "上半年，南湖区、秀洲区规上工业增加值分别增长8.1%和7.5%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="南湖"),
         F("industrial_value_added", 2024, "H1", yoy=7.5, region="秀洲"), region="嘉兴"),
    case("county-named-as-subject", "上半年，海盐县实现地区生产总值312.6亿元，增长5.5%。",
         F("gdp", 2024, "H1", 312.6, "亿元", 5.5, region="海盐"), region="嘉兴"),
    case("city-then-its-county", "2023年，嘉兴市实现生产总值7062.5亿元，增长6.3%；其中平湖市实现生产总值1008.7亿元，增长6.0%。",
         F("gdp", 2023, "FY", 7062.5, "亿元", 6.3, region="嘉兴"), F("gdp", 2023, "FY", 1008.7, "亿元", 6.0),
         region="嘉兴", pub="2024-02-01"),
    case("zone-among-districts", "前三季度，南湖区、秀洲区、嘉兴经开区固定资产投资分别增长5.2%、6.1%和7.3%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=5.2, region="南湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=6.1, region="秀洲"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.3, region="嘉兴经开区"), region="嘉兴",
         pub="2024-10-25"),
    case("towns-are-not-regions", "上半年，新仓镇、独山港镇工业投资分别增长12%和15%。"),
    case("wo-shi-is-home", "上半年，我市实现社会消费品零售总额136.6亿元，增长12.4%。",
         F("retail_sales", 2024, "H1", 136.6, "亿元", 12.4)),
    case("quan-xian-is-home-county", "一季度，全县实现地区生产总值56.8亿元，增长4.6%。",
         F("gdp", 2024, "Q1", 56.8, "亿元", 4.6, region="海盐"), region="海盐"),
    case("quan-sheng-is-province", "上半年，全省规上工业增加值增长7.6%。",
         F("industrial_value_added", 2024, "H1", yoy=7.6, region="浙江")),
    case("national-is-not-regional", "上半年，全国规上工业增加值同比增长6.0%。", labels={6.0: "national"}),
    case("region-from-text-when-none-given", "上半年，平湖市实现生产总值385.1亿元，增长5.7%。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7), region=None),
    case("region-rates-without-brackets",
         "一季度，各县（市、区）规上工业增加值增速分别为：南湖区9.1%、平湖市8.4%、嘉善县7.7%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.1, region="南湖"),
         F("industrial_value_added", 2024, "Q1", yoy=8.4, region="平湖"),
         F("industrial_value_added", 2024, "Q1", yoy=7.7, region="嘉善"), region="嘉兴"),
    case("region-amounts-with-colon", "上半年，各地出口额分别为：平湖市191.6亿元、海盐县88.2亿元、海宁市156.3亿元。",
         F("exports", 2024, "H1", 191.6, "亿元", region="平湖"), F("exports", 2024, "H1", 88.2, "亿元", region="海盐"),
         F("exports", 2024, "H1", 156.3, "亿元", region="海宁"), region="嘉兴"),
    case("region-decline-rates", "1-5月，各县（市、区）工业投资分别下降：嘉善县(3.5%)、桐乡市(1.2%)。",
         F("industrial_investment", 2024, "M1-M5", yoy=-3.5, region="嘉善"),
         F("industrial_investment", 2024, "M1-M5", yoy=-1.2, region="桐乡"), region="嘉兴", pub="2024-06-20"),
    case("named-city-quanshi-then-qizhong-counties",
         "上半年，嘉兴全市实现生产总值3517.8亿元，其中平湖385.1亿元，海宁480.2亿元。",
         F("gdp", 2024, "H1", 3517.8, "亿元", region="嘉兴"), F("gdp", 2024, "H1", 385.1, "亿元", region="平湖"),
         F("gdp", 2024, "H1", 480.2, "亿元", region="海宁")),
    case("named-zone-alone-is-not-a-region", "上半年，平湖经济技术开发区实现规上工业总产值650亿元。",
         labels={650: "subset"}),
    case("region-shares-are-not-growth", "上半年，各县（市、区）出口占全市比重分别为：平湖市(28.1%)、海宁市(22.4%)。",
         region="嘉兴"),
    case("home-and-other-county-in-one-sentence",
         "上半年，全市出口191.6亿元，增长9.2%，增速比嘉善县高3.1个百分点。",
         F("exports", 2024, "H1", 191.6, "亿元", 9.2)),
    # 海盐和平湖: a name (和平) that hides part of the next one (平湖) does not break the subject
    case("two-places-joined-by-he-that-hides-a-name",
         "海盐和平湖两地一季度一般公共预算收入分别为28.4亿元和31.2亿元,均居全市前列。",
         F("fiscal_revenue_general", 2024, "Q1", 28.4, "亿元", region="海盐"),
         F("fiscal_revenue_general", 2024, "Q1", 31.2, "亿元", region="平湖"), region="嘉兴", pub="2024-04-20"),
    # a short clause that judges the metric (相对较低, 均列全市后两位) between it and the verb of its values
    case("verdict-clause-before-respective-values",
         "2024年,海盐县和嘉善县GDP相对较低,分别只有812.3亿元和796.5亿元。",
         F("gdp", 2024, "FY", 812.3, "亿元", region="海盐"), F("gdp", 2024, "FY", 796.5, "亿元", region="嘉善"),
         region="嘉兴", pub="2025-02-10"),
    case("verdict-clause-rank-before-respective-values",
         "2024年,海盐县和嘉善县一般公共预算收入均列全市后两位,分别为41.2亿元和38.6亿元。",
         F("fiscal_revenue_general", 2024, "FY", 41.2, "亿元", region="海盐"),
         F("fiscal_revenue_general", 2024, "FY", 38.6, "亿元", region="嘉善"), region="嘉兴", pub="2025-02-10"),
    case("verdict-clause-before-single-value",
         "上半年,全市规上工业增加值回升明显,达到412.6亿元,增长8.2%。",
         F("industrial_value_added", 2024, "H1", 412.6, "亿元", 8.2)),
    case("verdict-clause-before-another-quantity",
         "上半年,全市规上工业增加值回升明显,实现利润12.6亿元。"),
    # a rank, then the level named by a measure word (全年总量为, 其总量达到)
    case("rank-then-measure-word-level",
         "2024年,海宁市GDP位居全市第一,全年总量为1402.6亿元。",
         F("gdp", 2024, "FY", 1402.6, "亿元", region="海宁"), region="嘉兴", pub="2025-02-10"),
    case("rank-then-qi-measure-word-level",
         "2024年,桐乡市一般公共预算收入居全市第二,其总量达到98.3亿元。",
         F("fiscal_revenue_general", 2024, "FY", 98.3, "亿元", region="桐乡"), region="嘉兴", pub="2025-02-10"),
    case("verdict-then-measure-word-level",
         "2024年,全县GDP稳中有进,总量达到1296.3亿元。",
         F("gdp", 2024, "FY", 1296.3, "亿元"), pub="2025-02-10"),
    # a place with the metric left out, then a short verdict clause before its value (总量略低，为…)
    case("place-figure-after-verdict-clause",
         "2024年,海宁市GDP为1402.6亿元,位居全市首位;桐乡市总量略低,为1296.3亿元。",
         F("gdp", 2024, "FY", 1402.6, "亿元", region="海宁"), F("gdp", 2024, "FY", 1296.3, "亿元", region="桐乡"),
         region="嘉兴", pub="2025-02-10"),
    case("place-figure-after-verdict-clause-qizhong",
         "2024年,柯桥区GDP为2252.3亿元,位居全市首位。其中越城区总量相对较高,为1413.6亿元,位居全市第三。",
         F("gdp", 2024, "FY", 2252.3, "亿元", region="柯桥"), F("gdp", 2024, "FY", 1413.6, "亿元", region="越城"),
         region="绍兴", pub="2025-02-10"),
    case("place-figure-rate-after-verdict-clause",
         "上半年,全市规上工业增加值增长7.2%,其中海宁市增速较快,达到9.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="海宁"), region="嘉兴"),
    # 其中海宁市超千亿元，GDP总量为…: a place with a bound, then its own metric and exact figure
    case("place-bound-then-own-metric",
         "2023年,全市GDP为7062.5亿元。其中海宁市超千亿元,GDP总量为1285.6亿元,增速为6.8%。",
         F("gdp", 2023, "FY", 7062.5, "亿元", region="嘉兴"), F("gdp", 2023, "FY", 1285.6, "亿元", 6.8, region="海宁"),
         region="嘉兴", pub="2024-03-20"),
    case("place-bound-tupo-then-own-metric",
         "2023年,全市GDP为7062.5亿元,其中海宁市突破千亿元,地区生产总值达到1285.6亿元。",
         F("gdp", 2023, "FY", 7062.5, "亿元", region="嘉兴"), F("gdp", 2023, "FY", 1285.6, "亿元", region="海宁"),
         region="嘉兴", pub="2024-03-20"),
    case("place-bound-then-own-metric-growth-only",
         "上半年,全市规上工业增加值增长7.2%,其中海宁市超百亿元,规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="海宁"), region="嘉兴"),
    case("place-bound-without-metric-after-is-its-figure",
         "2023年,全市GDP为7062.5亿元,其中海宁市超1200亿元,居全市首位。",
         F("gdp", 2023, "FY", 7062.5, "亿元", region="嘉兴"), F("gdp", 2023, "FY", 1200, "亿元", qualifier="over", region="海宁"),
         region="嘉兴", pub="2024-03-20"),
    # a named list closed by 等 and its count (…、临沂等4市) pairs with 分别 like any list of places
    case("deng-count-list-respective-levels",
         "上半年,温州、嘉兴、台州、绍兴等4市的GDP总量均突破3000亿元,分别实现4012.3亿元、3511.8亿元、3304.6亿元、3702.1亿元。",
         F("gdp", 2024, "H1", 4012.3, "亿元", region="温州"), F("gdp", 2024, "H1", 3511.8, "亿元", region="嘉兴"),
         F("gdp", 2024, "H1", 3304.6, "亿元", region="台州"), F("gdp", 2024, "H1", 3702.1, "亿元", region="绍兴"),
         region="浙江"),
    case("deng-count-list-respective-rates",
         "上半年,海宁、桐乡、嘉善等3县(市)规上工业增加值分别增长9.1%、8.2%和7.5%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", yoy=8.2, region="桐乡"),
         F("industrial_value_added", 2024, "H1", yoy=7.5, region="嘉善"), region="嘉兴"),
    case("deng-count-list-respective-rates-chinese-count",
         "一季度,德清、长兴、安吉等三县固定资产投资分别增长12.4%、8.6%、6.1%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=12.4, region="德清"),
         F("fixed_asset_investment", 2024, "Q1", yoy=8.6, region="长兴"),
         F("fixed_asset_investment", 2024, "Q1", yoy=6.1, region="安吉"), region="湖州", pub="2024-04-22"),
    case("deng-count-group-figure-is-no-place-figure",
         "上半年,海宁、桐乡等2市规上工业增加值合计增长12.1%。", region="嘉兴"),
]

# --------------------------------------------------------------------------
# Plain-text tables whose header names metric, unit and period
# --------------------------------------------------------------------------

TABLE_GDP = """表1  2023年各县（市、区）地区生产总值
县（市、区）    生产总值（亿元）    增长（%）
南湖区          812.35              5.8
秀洲区          645.20              6.1
海盐县          720.48              5.2
平湖市          1008.70             6.0
"""
TABLE_TWO_METRICS = """2023年各县（市）主要经济指标
县（市）   社会消费品零售总额（亿元）   固定资产投资（亿元）
海宁市     520.6                        610.2
桐乡市     488.3                        575.9
"""
TABLE_UNIT_LINE = """2024年1-6月各县（市、区）实际利用外资
单位：万美元
地区      金额      增长（%）
平湖市    31800     12.5
嘉善县    28650     -4.2
"""
TABLE_GROWTH_FIRST = """2024年1-6月各县（市、区）实际利用外资
单位：万美元
地区      增长（%）   金额
平湖市    12.5        31800
嘉善县    -4.2        28650
"""
TABLE_BASIS_GROWTH = """2024年1-6月各县（市、区）实际利用外资
单位：万美元
地区      金额      较去年同期增长（%）
平湖市    31800     12.5
嘉善县    28650     -4.2
"""
TABLE_STACKED = """2023年各县（市）主要指标
县（市）
出口总额
（亿元）
财政总收入
（亿元）
海宁市
402.15  201.36
平湖市
618.90  195.42
"""

TABLES = [
    case("gdp-with-growth-column", TABLE_GDP,
         F("gdp", 2023, "FY", 812.35, "亿元", 5.8, region="南湖"),
         F("gdp", 2023, "FY", 645.20, "亿元", 6.1, region="秀洲"),
         F("gdp", 2023, "FY", 720.48, "亿元", 5.2, region="海盐"),
         F("gdp", 2023, "FY", 1008.70, "亿元", 6.0, region="平湖"), region="嘉兴", pub="2024-03-01"),
    case("two-metric-columns", TABLE_TWO_METRICS,
         F("retail_sales", 2023, "FY", 520.6, "亿元", region="海宁"),
         F("fixed_asset_investment", 2023, "FY", 610.2, "亿元", region="海宁"),
         F("retail_sales", 2023, "FY", 488.3, "亿元", region="桐乡"),
         F("fixed_asset_investment", 2023, "FY", 575.9, "亿元", region="桐乡"), region="嘉兴", pub="2024-03-01"),
    case("unit-line-and-month-range", TABLE_UNIT_LINE,
         F("fdi_actual", 2024, "M1-M6", 31800, "万美元", 12.5, region="平湖"),
         F("fdi_actual", 2024, "M1-M6", 28650, "万美元", -4.2, region="嘉善"), region="嘉兴"),
    case("growth-column-before-amount", TABLE_GROWTH_FIRST,
         F("fdi_actual", 2024, "M1-M6", 31800, "万美元", 12.5, region="平湖"),
         F("fdi_actual", 2024, "M1-M6", 28650, "万美元", -4.2, region="嘉善"), region="嘉兴"),
    case("growth-column-named-with-its-basis", TABLE_BASIS_GROWTH,
         F("fdi_actual", 2024, "M1-M6", 31800, "万美元", 12.5, region="平湖"),
         F("fdi_actual", 2024, "M1-M6", 28650, "万美元", -4.2, region="嘉善"), region="嘉兴"),
    case("stacked-header-and-rows", TABLE_STACKED,
         F("exports", 2023, "FY", 402.15, "亿元", region="海宁"),
         F("fiscal_revenue_total", 2023, "FY", 201.36, "亿元", region="海宁"),
         F("exports", 2023, "FY", 618.90, "亿元", region="平湖"),
         F("fiscal_revenue_total", 2023, "FY", 195.42, "亿元", region="平湖"), region="嘉兴", pub="2024-03-01"),
]

# --------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------

PERIODS = [
    # January and February printed together (the Spring Festival months): one period
    case("yi-er-yuefen", "今年一二月份，全县外贸出口增长12.1%。", F("exports", 2024, "M1-M2", yoy=12.1), pub="2024-03-20"),
    case("one-two-yuefen", "1、2月份，全市规上工业增加值增长8.2%。", F("industrial_value_added", 2024, "M1-M2", yoy=8.2),
         pub="2024-03-20"),
    case("yi-dun-er-yue", "一、二月，全县固定资产投资同比增长5.6%。", F("fixed_asset_investment", 2024, "M1-M2", yoy=5.6),
         pub="2024-03-20"),
    # 一年来 in a work report is the year just ended, as 全年 is (this year's late in the year)
    case("yinianlai-work-report", "一年来，全市经济持续回升向好，地区生产总值完成1026.5亿元、增长5.9%。",
         F("gdp", 2023, "FY", 1026.5, "亿元", 5.9), pub="2024-01-15"),
    case("yinianlai-review", "一年来，我们坚持稳中求进。全县一般公共预算收入完成41.2亿元，增长6.1%。",
         F("fiscal_revenue_general", 2023, "FY", 41.2, "亿元", 6.1), pub="2024-02-02"),
    case("yinianlai-then-half-year", "一年来，全区上下共同努力。上半年，全区出口额完成186.2亿元，同比增长5.5%。",
         F("exports", 2023, "H1", 186.2, "亿元", 5.5), pub="2024-01-20"),
    # a month's own figure after the cumulative one, named by the bare head 增加值 (当月, 单月看, 其中…月份)
    case("dangyue-zengjiazhi", "1-8月，全县规上工业增加值86.4亿元，增长7.3%，其中8月当月实现增加值11.2亿元，增长9.0%。",
         F("industrial_value_added", 2024, "M1-M8", 86.4, "亿元", 7.3), F("industrial_value_added", 2024, "M8", 11.2, "亿元", 9.0),
         pub="2024-09-15"),
    case("danyue-kan-zengjiazhi", "1至5月，全区规模以上工业企业实现增加值60.54亿元，增长6.9%；单月看，5月实现增加值13.2亿元，增长8.3%。",
         F("industrial_value_added", 2024, "M1-M5", 60.54, "亿元", 6.9), F("industrial_value_added", 2024, "M5", 13.2, "亿元", 8.3),
         pub="2024-06-20"),
    case("yuefen-zengjiazhi-growth", "上半年，全县规上工业增加值同比增长7.4%，其中，6月份增加值同比增长9.2%，制造业增加值增长8.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.4), F("industrial_value_added", 2024, "M6", yoy=9.2),
         labels={8.1: "sector"}),
    # 头N个月 is 前N个月: the first N months
    case("tou-liang-ge-yue", "今年头两个月，全县规上工业增加值同比增长12.1%。",
         F("industrial_value_added", 2024, "M1-M2", yoy=12.1), pub="2024-03-20"),
    case("tou-digits-ge-yue", "头5个月，全市社会消费品零售总额142.7亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 142.7, "亿元", 7.9), pub="2024-06-18"),
    case("tou-san-ge-yue-fen", "头三个月份，全区实际利用外资1.26亿美元，同比增长18.2%。",
         F("fdi_actual", 2024, "M1-M3", 1.26, "亿美元", 18.2), pub="2024-04-16"),
    # the period of a plan (年度预算, 年度目标) is not the period of the figures around it
    case("plan-period-budget", "一季度，全市一般公共预算收入193.2亿元，增长17.7%，完成年度预算的31.7%；"
         "外贸进出口总额312.7亿元。", F("fiscal_revenue_general", 2024, "Q1", 193.2, "亿元", 17.7),
         F("trade_total", 2024, "Q1", 312.7, "亿元"), pub="2024-04-25"),
    case("plan-period-target", "1-5月，全市规上工业增加值增长8.8%，高于年度目标2.8个百分点，固定资产投资增长4.1%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.8), F("fixed_asset_investment", 2024, "M1-M5", yoy=4.1),
         pub="2024-06-25"),
    case("plan-period-task", "上半年，全县完成固定资产投资88.1亿元，完成全年任务的52%；社会消费品零售总额增长4.4%。",
         F("fixed_asset_investment", 2024, "H1", 88.1, "亿元"), F("retail_sales", 2024, "H1", yoy=4.4)),
    case("yijidu", "一季度，全市出口62.1亿元，增长4.1%。", F("exports", 2024, "Q1", 62.1, "亿元", 4.1)),
    case("shouji", "首季，全市固定资产投资增长7.7%。", F("fixed_asset_investment", 2024, "Q1", yoy=7.7)),
    case("erjidu", "二季度，全市出口增长8.1%。", F("exports", 2024, "Q2", yoy=8.1)),
    case("shangbannian", "上半年，全市进口80.4亿元，增长2.2%。", F("imports", 2024, "H1", 80.4, "亿元", 2.2)),
    case("qiansanjidu", "前三季度，全市生产总值812.6亿元，增长5.9%。",
         F("gdp", 2024, "Q1-Q3", 812.6, "亿元", 5.9), pub="2024-10-28"),
    case("sijidu", "2023年四季度，全市规上工业增加值增长10.2%。",
         F("industrial_value_added", 2023, "Q4", yoy=10.2)),
    case("quannian", "2023年全年，全市实际利用外资6.12亿美元，增长18.5%。",
         F("fdi_actual", 2023, "FY", 6.12, "亿美元", 18.5)),
    case("month-range-hyphen", "1-5月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 112.3, "亿元", 7.9)),
    case("month-range-zhi", "1至5月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 112.3, "亿元", 7.9)),
    case("month-range-em-dash", "1—5月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 112.3, "亿元", 7.9)),
    case("month-range-tilde", "1~5月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 112.3, "亿元", 7.9)),
    case("month-range-yue-zhi-yue", "1月至5月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M5", 112.3, "亿元", 7.9)),
    case("yuan-zhi-month", "元至6月，全市社会消费品零售总额112.3亿元，增长7.9%。",
         F("retail_sales", 2024, "M1-M6", 112.3, "亿元", 7.9)),
    case("yuanyue-zhi-month", "今年元月至5月，全县规上工业增加值同比增长6.4%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=6.4)),
    case("yuan-dao-cn-month", "元到五月，全县完成固定资产投资88.2亿元，增长3.3%。",
         F("fixed_asset_investment", 2024, "M1-M5", 88.2, "亿元", 3.3)),
    case("jiezhi-month-no-di", "截至今年5月，全市外贸进出口总额累计达到301.7亿元，增长9.9%。",
         F("trade_total", 2024, "M1-M5", 301.7, "亿元", 9.9)),
    case("yuan-of-amount-is-not-january", "上半年，全市出口62.1亿元至6月底订单饱满。",
         F("exports", 2024, "H1", 62.1, "亿元")),
    case("month-range-fen", "今年1-4月份，全县外贸进出口总额达7.42亿美元，同比增长18.3%。",
         F("trade_total", 2024, "M1-M4", 7.42, "亿美元", 18.3, region="海盐"), region="海盐", pub="2024-05-20"),
    case("qian-n-ge-yue", "前5个月，全市实际利用外资1.9亿美元，增长6.6%。",
         F("fdi_actual", 2024, "M1-M5", 1.9, "亿美元", 6.6)),
    case("qian-chinese-months", "今年前五个月，全市进出口总额410.2亿元，增长3.3%。",
         F("trade_total", 2024, "M1-M5", 410.2, "亿元", 3.3)),
    case("single-month-dangyue", "1-7月，全市规上工业增加值增长7.5%；7月当月，全市规上工业增加值增长9.3%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=7.5), F("industrial_value_added", 2024, "M7", yoy=9.3),
         pub="2024-08-20"),
    case("single-month-fen", "6月份，全市社会消费品零售总额24.6亿元，同比增长5.1%。",
         F("retail_sales", 2024, "M6", 24.6, "亿元", 5.1)),
    case("jiezhi-yuemo", "截至3月末，全市实际利用外资1.2亿美元。", F("fdi_actual", 2024, "Q1", 1.2, "亿美元")),
    case("jiezhi-yuedi", "截至6月底，全市固定资产投资增长4.3%。", F("fixed_asset_investment", 2024, "H1", yoy=4.3)),
    case("one-to-twelve-months-is-fy", "2023年1-12月，全市出口完成401.6亿元，增长3.9%。",
         F("exports", 2023, "FY", 401.6, "亿元", 3.9)),
    case("year-and-month-range", "2023年1-9月，全市一般公共预算收入76.4亿元，增长5.0%。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", 76.4, "亿元", 5.0)),
    case("explicit-year-fy", "2022年，全市实现生产总值953.2亿元，增长3.1%。",
         F("gdp", 2022, "FY", 953.2, "亿元", 3.1)),
    case("explicit-year-quarter", "2023年一季度，全市出口58.7亿元，增长2.5%。",
         F("exports", 2023, "Q1", 58.7, "亿元", 2.5)),
]

# --------------------------------------------------------------------------
# Relative years against the publication date
# --------------------------------------------------------------------------

RELATIVE_YEARS = [
    # a rate after a compared time (比2019年同期) or a basis (比去年同期) is no new period's
    case("compared-year-is-no-new-period", "1-10月，全区规上工业总产值4317.1亿元，同比增长1.6%，比2019年同期下降10.8%。",
         F("industrial_output", 2024, "M1-M10", 4317.1, "亿元", 1.6), pub="2024-11-20"),
    case("compared-year-two-years", "前三季度，全市出口增长5.2%，比2021年同期增长11.4%，两年平均增长5.6%。",
         F("exports", 2024, "Q1-Q3", yoy=5.2), pub=PUB_Q3),
    case("basis-of-another-noun", "上半年，全市居民人均可支配收入31211元，同比增长4.0%，居民消费价格比去年同期上涨0.4%，上半年城镇新增就业8750人。",
         F("income_pc", 2024, "H1", 31211, "元", 4.0)),
    # 从A到B over a span of years: A is the level the span started from, B the last year's
    case("span-from-to", "五年来，全市地区生产总值从398亿元跃升到635亿元，年均增长7%；财政总收入从67.3亿元增加到112.2亿元。",
         F("gdp", 2016, "FY", 398, "亿元"), F("gdp", 2021, "FY", 635, "亿元"),
         F("fiscal_revenue_total", 2016, "FY", 67.3, "亿元"), F("fiscal_revenue_total", 2021, "FY", 112.2, "亿元"),
         pub="2022-03-01"),
    case("span-you-zhi", "过去三年，平湖外贸进出口总额由318亿元攀升至560亿元，年均增长12.0%。",
         F("trade_total", 2020, "FY", 318, "亿元"), F("trade_total", 2023, "FY", 560, "亿元"), pub="2024-01-20"),
    case("span-plan", "“十三五”期间，全市规上工业总产值从1200亿元增长到2100亿元。",
         F("industrial_output", 2015, "FY", 1200, "亿元"), F("industrial_output", 2020, "FY", 2100, "亿元"),
         pub="2021-02-01"),
    # 从A、B分别提高到C、D over a span: one starting level per item of the list
    case("span-from-to-list", "过去五年，城乡居民人均可支配收入从5.12万元、3.05万元分别提高到7.01万元、4.52万元。",
         F("income_urban_pc", 2016, "FY", 5.12, "万元"), F("income_rural_pc", 2016, "FY", 3.05, "万元"),
         F("income_urban_pc", 2021, "FY", 7.01, "万元"), F("income_rural_pc", 2021, "FY", 4.52, "万元"),
         pub="2022-01-20"),
    case("span-you-list-he", "“十三五”期间，财政总收入和一般公共预算收入由81.2亿元和45.6亿元分别增加到132.7亿元和77.9亿元。",
         F("fiscal_revenue_total", 2015, "FY", 81.2, "亿元"), F("fiscal_revenue_general", 2015, "FY", 45.6, "亿元"),
         F("fiscal_revenue_total", 2020, "FY", 132.7, "亿元"), F("fiscal_revenue_general", 2020, "FY", 77.9, "亿元"),
         pub="2021-02-01"),
    case("span-list-three-years", "三年来，城镇和农村居民人均可支配收入分别从6.1万元、3.9万元增加到6.9万元、4.4万元。",
         F("income_urban_pc", 2020, "FY", 6.1, "万元"), F("income_rural_pc", 2020, "FY", 3.9, "万元"),
         F("income_urban_pc", 2023, "FY", 6.9, "万元"), F("income_rural_pc", 2023, "FY", 4.4, "万元"),
         pub="2024-01-20"),
    # a level reached over a span is the end year's; a sum over it (累计, investment, trade) is no year's
    case("span-level-is-end-year", "过去五年，全县财政总收入突破120亿元，一般公共预算收入达到68.3亿元，年均增长9.1%。",
         F("fiscal_revenue_total", 2021, "FY", 120, "亿元", qualifier="over"),
         F("fiscal_revenue_general", 2021, "FY", 68.3, "亿元"), pub="2022-01-20"),
    case("span-level-plan", "“十三五”时期，全市规上工业总产值达到2380亿元，是2015年的1.6倍。",
         F("industrial_output", 2020, "FY", 2380, "亿元"), pub="2021-01-25"),
    case("span-level-wulai", "五年来，地区生产总值迈上800亿元台阶，达到816.4亿元。",
         F("gdp", 2021, "FY", 816.4, "亿元"), pub="2022-02-10"),
    case("span-sum-leiji", "过去五年，全市累计完成固定资产投资2310亿元。", pub="2022-01-20",
         labels={2310: "multi_year"}),
    case("span-sum-investment", "五年来，全县完成固定资产投资1380.6亿元，年均增长10.2%。", pub="2022-01-20",
         labels={1380.6: "multi_year"}),
    case("span-sum-trade", "“十三五”期间，全市进出口总额达1650亿元，实际利用外资18.2亿美元。", pub="2021-02-01",
         labels={1650: "multi_year", 18.2: "multi_year"}),
    # a year printed in Chinese numerals
    case("year-in-chinese-numerals", "二〇二三年，全市地区生产总值达786.5亿元，增长6.1%。", F("gdp", 2023, "FY", 786.5, "亿元", 6.1),
         pub="2024-02-20"),
    case("year-in-chinese-numerals-circle", "二○二四年上半年，全县一般公共预算收入41.2亿元。",
         F("fiscal_revenue_general", 2024, "H1", 41.2, "亿元")),
    case("year-in-chinese-numerals-title", "平湖市二〇二三年国民经济和社会发展统计公报\n全年实现地区生产总值1132.5亿元，比上年增长6.6%。",
         F("gdp", 2023, "FY", 1132.5, "亿元", 6.6), pub="2024-03-20"),
    case("jinnian-shangbannian", "今年上半年，全市出口193.4亿元，增长8.7%。", F("exports", 2024, "H1", 193.4, "亿元", 8.7)),
    case("qunian", "去年，全市实现生产总值1008.7亿元，增长6.0%。", F("gdp", 2023, "FY", 1008.7, "亿元", 6.0)),
    case("shangnian-as-year", "上年，全市一般公共预算收入完成98.2亿元。",
         F("fiscal_revenue_general", 2023, "FY", 98.2, "亿元")),
    case("bi-shangnian-is-a-basis", "2023年，全市生产总值1008.7亿元，比上年增长6.0%。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0)),
    case("qiannian", "前年，全市实际利用外资5.2亿美元。", F("fdi_actual", 2022, "FY", 5.2, "亿美元")),
    case("qunian-yijidu", "去年一季度，全市社会消费品零售总额同比增长9.9%。",
         F("retail_sales", 2023, "Q1", yoy=9.9)),
    case("pub-year-only", "去年，全市实现生产总值1008.7亿元。", F("gdp", 2023, "FY", 1008.7, "亿元"), pub="2024"),
    case("pub-year-month", "去年，全市规上工业总产值2748.5亿元。",
         F("industrial_output", 2023, "FY", 2748.5, "亿元"), pub="2024-02"),
    case("january-article-about-last-year", "去年，全市规上工业总产值1612.3亿元，增长31.7%。",
         F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7), pub="2022-01-15"),
    # 全年 with no year in a communiqué or its news (out until May): the year that has ended
    case("quannian-in-april-is-last-year", "全年全县实现地区生产总值360.2亿元，比上年增长5.8%。",
         F("gdp", 2023, "FY", 360.2, "亿元", 5.8), pub="2024-04-02"),
    case("quannian-in-may-is-last-year", "初步核算，全年全市生产总值达到512.6亿元，按可比价格计算，增长6.1%。",
         F("gdp", 2023, "FY", 512.6, "亿元", 6.1), pub="2024-05-16"),
    case("quannian-in-june-is-last-year", "全年实现一般公共预算收入41.8亿元，同比增长4.4%。",
         F("fiscal_revenue_general", 2023, "FY", 41.8, "亿元", 4.4), pub="2024-06-03"),
    case("jinnian-month-range", "今年1-5月，全市工业投资增长21.3%。",
         F("industrial_investment", 2024, "M1-M5", yoy=21.3), pub="2024-06-20"),
    case("explicit-year-without-pub-date", "2023年，全市实现生产总值1008.7亿元。",
         F("gdp", 2023, "FY", 1008.7, "亿元"), pub=None),
]

# --------------------------------------------------------------------------
# Year/period carried over within a paragraph
# --------------------------------------------------------------------------

CARRY_OVER = [
    # a heading names the metric; the home region's word and a bare verb give its figure
    case("heading-metric-home-word-bare-verb", "(三)固定资产投资。1-5月全县完成88.2亿元,增长6.1%。",
         F("fixed_asset_investment", 2024, "M1-M5", 88.2, "亿元", 6.1)),
    case("heading-metric-comma-home-word", "(一)社会消费品零售总额。上半年,全市实现52.4亿元,同比增长8.9%。",
         F("retail_sales", 2024, "H1", 52.4, "亿元", 8.9)),
    case("heading-metric-colon-home-word", "二、一般公共预算收入:1-6月份全区累计完成31.6亿元,增长4.2%。",
         F("fiscal_revenue_general", 2024, "M1-M6", 31.6, "亿元", 4.2)),
    case("heading-metric-colon-home-word-first", "三是外贸出口:全县上半年实现出口额128.3亿元,增长7.7%。",
         F("exports", 2024, "H1", 128.3, "亿元", 7.7)),
    case("heading-metric-nation-is-no-home", "(三)固定资产投资。1-5月全国完成88.2亿元,增长6.1%。"),
    # a numbered heading right under a title line or another heading is a line of its own, not the
    # start of the sentence below it (…统计公报 / (一)财政 / 全年…)
    case("heading-under-title", "2023年海盐县国民经济和社会发展统计公报\n（一）财政\n全年一般公共预算收入30.2亿元，比上年下降1.6%，"
         "扣除留抵退税因素后增长5.3%。", F("fiscal_revenue_general", 2023, "FY", 30.2, "亿元", -1.6, region="海盐"),
         region="海盐", pub="2024-03-28"),
    case("heading-under-heading", "三、财政和金融\n（一）财政收入\n全年全市财政总收入120.4亿元，比上年增长8.4%，剔除退税因素后增长11.0%。",
         F("fiscal_revenue_total", 2023, "FY", 120.4, "亿元", 8.4), pub="2024-03-28"),
    case("heading-under-report-title", "平湖市1-8月经济运行情况\n一、工业\n1-8月，全市规上工业增加值增长7.1%，"
         "扣除新增企业后增长4.2%。", F("industrial_value_added", 2024, "M1-M8", yoy=7.1), pub="2024-09-20"),
    # the article's place named with another spelling (溧阳市 / 溧阳) is one region: its mentions merge
    case("home-spelled-two-ways", "上半年，溧阳市实现地区生产总值612.8亿元。上半年全市地区生产总值增长6.1%。",
         F("gdp", 2024, "H1", 612.8, "亿元", 6.1, region="溧阳"), region="溧阳市"),
    case("home-spelled-two-ways-short-manifest", "前三季度，海宁市规上工业增加值312.5亿元。前三季度全市规上工业增加值增长8.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", 312.5, "亿元", 8.1, region="海宁"), region="海宁", pub=PUB_Q3),
    case("home-spelled-two-ways-county", "1-5月，嘉善县出口总额98.2亿元。1-5月全县出口增长12.3%。",
         F("exports", 2024, "M1-M5", 98.2, "亿元", 12.3, region="嘉善"), region="嘉善"),
    # a new paragraph goes on from the time its predecessor opened with, not from a month named later in it
    case("paragraph-after-sub-month", "上半年，全县实现地区生产总值298.6亿元，同比增长6.3%。规上工业增加值增长9.2%，其中6月份增长11.5%。\n"
         "全县固定资产投资同比增长4.8%。", F("gdp", 2024, "H1", 298.6, "亿元", 6.3), F("industrial_value_added", 2024, "H1", yoy=9.2),
         F("industrial_value_added", 2024, "M6", yoy=11.5), F("fixed_asset_investment", 2024, "H1", yoy=4.8)),
    case("paragraph-after-sub-month-exports", "1-8月，全市出口总额512.3亿元，增长6.6%，其中8月当月出口68.2亿元。\n一般公共预算收入完成88.1亿元。",
         F("exports", 2024, "M1-M8", 512.3, "亿元", 6.6), F("exports", 2024, "M8", 68.2, "亿元"),
         F("fiscal_revenue_general", 2024, "M1-M8", 88.1, "亿元"), pub="2024-09-20"),
    case("paragraph-after-sub-quarter", "前三季度，全市规上工业增加值增长7.4%，三季度增长8.0%。\n实现社会消费品零售总额512.3亿元，增长6.0%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.4), F("industrial_value_added", 2024, "Q3", yoy=8.0),
         F("retail_sales", 2024, "Q1-Q3", 512.3, "亿元", 6.0), pub=PUB_Q3),
    # a title line (…统计公报, …排行榜出炉, …运行情况) stands alone: not glued to the paragraph after it
    case("title-line-communique", "平湖市2023年国民经济和社会发展统计公报\n\n全年实现地区生产总值1132.5亿元，比上年增长6.6%。",
         F("gdp", 2023, "FY", 1132.5, "亿元", 6.6), pub="2024-03-20"),
    case("title-line-report", "2024年上半年全县经济运行情况\n上半年，全县规上工业增加值增长8.8%。",
         F("industrial_value_added", 2024, "H1", yoy=8.8)),
    case("title-line-ranking", "2023年嘉兴各县（市、区）GDP排行榜出炉\n海宁市以1285.6亿元位居第一，同比增长6.8%；桐乡市1203.4亿元排名第二。",
         F("gdp", 2023, "FY", 1285.6, "亿元", 6.8, region="海宁"), F("gdp", 2023, "FY", 1203.4, "亿元", region="桐乡"),
         region="嘉兴", pub="2024-02-10"),
    # a numbered heading after a line ending in a colon starts its own paragraph (its metric is the topic)
    case("heading-after-colon-line", "现将上半年全县主要经济指标完成情况通报如下：\n一、主要经济指标\n（一）固定资产投资。1-6月份完成42.1亿元，同比增长12.3%。",
         F("fixed_asset_investment", 2024, "H1", 42.1, "亿元", 12.3)),
    case("heading-after-colon-line-fiscal", "一季度全市经济运行情况如下:\n二、财政金融\n（一）全部财政收入。一季度完成15.2亿元，增长6.6%。",
         F("fiscal_revenue_total", 2024, "Q1", 15.2, "亿元", 6.6), pub="2024-04-20"),
    case("heading-after-colon-line-arabic", "1-8月全市经济运行情况如下：\n1.消费市场\n（1）社会消费品零售总额。1-8月累计实现63.5亿元，增长4.8%。",
         F("retail_sales", 2024, "M1-M8", 63.5, "亿元", 4.8), pub="2024-09-20"),
    # a paragraph that opens with a short figure-less sentence (a section of its own) starts
    # again from the article's lead time, not from a month named inside the paragraph before
    case("section-sentence-resets-to-lead",
         "前三季度，全市实现地区生产总值856.3亿元，同比增长6.2%。\n工业生产稳步回升。规上工业增加值增长8.1%，其中9月当月增长9.3%。\n"
         "有效投资持续扩大。全市固定资产投资同比增长11.2%。",
         F("gdp", 2024, "Q1-Q3", 856.3, "亿元", 6.2), F("industrial_value_added", 2024, "Q1-Q3", yoy=8.1),
         F("industrial_value_added", 2024, "M9", yoy=9.3), F("fixed_asset_investment", 2024, "Q1-Q3", yoy=11.2), pub=PUB_Q3),
    case("section-sentence-resets-to-lead-month",
         "1-8月，全市规上工业总产值1823.6亿元，增长7.6%，其中8月份实现产值218.4亿元。\n消费市场稳步恢复。全市社会消费品零售总额316.7亿元，同比增长5.4%。",
         F("industrial_output", 2024, "M1-M8", 1823.6, "亿元", 7.6), F("industrial_output", 2024, "M8", 218.4, "亿元"),
         F("retail_sales", 2024, "M1-M8", 316.7, "亿元", 5.4), pub="2024-09-20"),
    case("section-sentence-resets-to-lead-quarter",
         "上半年，全市出口增长6.1%，二季度增长8.3%。\n财政收入保持增长。一般公共预算收入完成75.3亿元，同比增长3.2%。",
         F("exports", 2024, "H1", yoy=6.1), F("exports", 2024, "Q2", yoy=8.3),
         F("fiscal_revenue_general", 2024, "H1", 75.3, "亿元", 3.2)),
    # a headline that opens with a slogan, then the place: the place's own figures
    case("slogan-headline-then-place", "稳中求进开新局 海宁前三季度GDP增长6.2%",
         F("gdp", 2024, "Q1-Q3", yoy=6.2, region="海宁"), region="海宁", pub=PUB_Q3),
    case("slogan-headline-then-county", "奋力跑出加速度 嘉善县上半年规上工业增加值增长12.4%",
         F("industrial_value_added", 2024, "H1", yoy=12.4, region="嘉善"), region="嘉善"),
    case("slogan-headline-comma-place", "开局良好，桐乡一季度外贸出口增长9.1%",
         F("exports", 2024, "Q1", yoy=9.1, region="桐乡"), region="桐乡"),
    # an article filed under a prefecture whose lead is about one of its counties: that county's figures
    case("lead-names-a-county-then-quanshi", "一季度东阳经济开局良好\n一季度，全市实现地区生产总值152.3亿元，同比增长6.9%。",
         F("gdp", 2024, "Q1", 152.3, "亿元", 6.9, region="东阳"), region="金华", pub="2024-04-25"),
    case("lead-county-city-colon", "兰溪市统计局发布1-8月经济运行情况。1-8月，全市规上工业增加值完成78.6亿元，同比增长8.2%。",
         F("industrial_value_added", 2024, "M1-M8", 78.6, "亿元", 8.2, region="兰溪"), region="金华", pub="2024-09-22"),
    case("lead-county-then-gaixian", "霍邱县经济稳中有进。今年前三季度，该县实现地区生产总值318.5亿元，同比增长6.7%。",
         F("gdp", 2024, "Q1-Q3", 318.5, "亿元", 6.7, region="霍邱"), region="六安", pub=PUB_Q3),
    case("lead-whole-city-first-stays-the-city", "我市各县GDP排名：海宁第一。上半年，全市实现地区生产总值3520亿元。",
         F("gdp", 2024, "H1", 3520, "亿元", region="嘉兴"), region="嘉兴"),
    case("gaixian-refers-to-the-county-named-last", "全市经济稳中向好。德清县招商成效明显，1-6月，该县实际利用外资2.16亿美元，同比增长31.5%。",
         F("fdi_actual", 2024, "H1", 2.16, "亿美元", 31.5, region="德清"), region="湖州"),
    # a slogan headline run into the sentence (its break lost), no place named: the article's own figures
    case("slogan-run-into-quarter", "稳进提质开好局 一季度GDP增长6.1%，规上工业增加值增长7.9%",
         F("gdp", 2024, "Q1", yoy=6.1), F("industrial_value_added", 2024, "Q1", yoy=7.9)),
    case("slogan-with-plan-word", "奋力冲刺全年目标 前三季度全县地区生产总值增长6.3%", F("gdp", 2024, "Q1-Q3", yoy=6.3), pub=PUB_Q3),
    case("slogan-then-months", "项目建设跑出加速度 1-6月，全市固定资产投资增长10.2%", F("fixed_asset_investment", 2024, "H1", yoy=10.2)),
    case("sector-before-time-stays-sector", "房地产业上半年完成投资12亿元，增长3.1%。", labels={12: "sector"}),
    case("firms-before-time-stay-firms", "外贸企业订单回暖上半年出口增长12%。", labels={12: "enterprise|sector"}),
    # a compared year in a sentence the engine does not read (no metric) moves no time either
    case("compared-year-in-metricless-sentence", "2015年，全市固定资产投资975.7亿元。存贷款余额达到5957亿元和4920亿元，"
         "分别是2010年的1.7倍和1.8倍。一般公共预算收入350.4亿元。",
         F("fixed_asset_investment", 2015, "FY", 975.7, "亿元"), F("fiscal_revenue_general", 2015, "FY", 350.4, "亿元"),
         pub="2016-02-01"),
    case("multiple-of-a-plan-period", "2015年，全市固定资产投资975.7亿元，是“十一五”时期的1.8倍。",
         F("fixed_asset_investment", 2015, "FY", 975.7, "亿元"), pub="2016-02-01"),
    # a numbered heading that names a metric governs the sentences after it that name none
    case("topic-heading-total-and-lists", "(一)固定资产投资。1-6月份完成320.3亿元，同比增长27.1%。总量前三位的县是：海宁市44.1亿元、"
         "桐乡市43.6亿元；增速前三位的县是：嘉善县29.5%、海盐县28.9%。",
         F("fixed_asset_investment", 2024, "H1", 320.3, "亿元", 27.1, region="嘉兴"),
         F("fixed_asset_investment", 2024, "H1", 44.1, "亿元", region="海宁"),
         F("fixed_asset_investment", 2024, "H1", 43.6, "亿元", region="桐乡"),
         F("fixed_asset_investment", 2024, "H1", yoy=29.5, region="嘉善"),
         F("fixed_asset_investment", 2024, "H1", yoy=28.9, region="海盐"), region="嘉兴"),
    case("topic-heading-colon", "二、规上工业增加值：1-6月累计增长8.1%，其中6月当月增长9.2%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1), F("industrial_value_added", 2024, "M6", yoy=9.2)),
    case("topic-heading-numbered-digit", "3.外贸出口。上半年实现112.3亿元，增长7.9%。",
         F("exports", 2024, "H1", 112.3, "亿元", 7.9)),
    case("heading-that-is-no-metric-name", "(一)工业经济。上半年完成112.3亿元，增长7.9%。"),
    # a year a figure is compared with by a multiple (是2015年的1.5倍) is not the figure's year
    case("multiple-of-earlier-year", "2023年，全市实现规上工业总产值1.2万亿元，为2018年的1.7倍；外贸进出口总额3200亿元，是2018年的两倍。",
         F("industrial_output", 2023, "FY", 1.2, "万亿元"), F("trade_total", 2023, "FY", 3200, "亿元"), pub="2024-03-01"),
    case("multiple-then-next-sentence", "2023年，全市服务业增加值44.6亿元，是2015年的1.5倍。完成一般公共预算收入20.3亿元。",
         F("gdp_tertiary", 2023, "FY", 44.6, "亿元"), F("fiscal_revenue_general", 2023, "FY", 20.3, "亿元"),
         pub="2024-03-01"),
    case("multiple-of-full-year", "2023年，全市一般公共预算收入300亿元，相当于2012年全年的3倍多。",
         F("fiscal_revenue_general", 2023, "FY", 300, "亿元"), pub="2024-03-01"),
    case("single-month-inside-cumulative", "1-9月，全县规上工业总产值完成856.3亿元，同比增长9.8%，其中9月份完成102.1亿元，增长12.3%。",
         F("industrial_output", 2024, "Q1-Q3", 856.3, "亿元", 9.8), F("industrial_output", 2024, "M9", 102.1, "亿元", 12.3),
         pub=PUB_Q3),
    case("next-year-after-semicolon", "2022年，我市实现地区生产总值969.3亿元；2023年，达到1008.7亿元，增长6.0%。",
         F("gdp", 2022, "FY", 969.3, "亿元"), F("gdp", 2023, "FY", 1008.7, "亿元", 6.0), pub="2024-02-01"),
    case("descriptive-growth-before-level", "一季度，全市外贸出口实现两位数增长，达62.1亿元，增长12.1%。",
         F("exports", 2024, "Q1", 62.1, "亿元", 12.1)),
    case("verb-inside-metric-name", "1至3月，全市规模以上工业实现产值1,234.5亿元。",
         F("industrial_output", 2024, "Q1", 1234.5, "亿元")),
    case("last-year-same-period-level", "上半年，全市生产总值为385.12亿元，而去年同期为364.4亿元。",
         F("gdp", 2024, "H1", 385.12, "亿元"), F("gdp", 2023, "H1", 364.4, "亿元")),
    case("month-then-cumulative-growth", "7月份，全市规上工业增加值同比增长11.2%，1—7月累计增长8.9%。",
         F("industrial_value_added", 2024, "M7", yoy=11.2), F("industrial_value_added", 2024, "M1-M7", yoy=8.9),
         pub="2024-08-20"),
    case("budget-year-is-not-a-period", "全市财政总收入完成48.5亿元，为年度预算的56.2%，同比增长10.5%。"),
    case("ytd-with-annual-target", "今年以来，我市实际使用外资4.2亿美元，完成年度目标的65%。",
         F("fdi_actual", 2024, "M1-M6", 4.2, "亿美元")),
    case("reference-level-after-growth", "前三季度，全市出口612.4亿元，增长21.3%，已超2023年全年的598.2亿元。",
         F("exports", 2024, "Q1-Q3", 612.4, "亿元", 21.3), F("exports", 2023, "FY", 598.2, "亿元"), pub=PUB_Q3),
    case("reference-level-then-next-metric",
         "1-10月，全市固定资产投资增长8.2%；社会消费品零售总额301.6亿元，超过去年全年的298.4亿元；进口增长3.1%。",
         F("fixed_asset_investment", 2024, "M1-M10", yoy=8.2), F("retail_sales", 2024, "M1-M10", 301.6, "亿元"),
         F("retail_sales", 2023, "FY", 298.4, "亿元"), F("imports", 2024, "M1-M10", yoy=3.1), pub="2024-11-20"),
    case("quannian-in-january-is-last-year", "回顾全年，成绩来之不易。\n全市实现生产总值1012.5亿元，增长6.1%。",
         F("gdp", 2023, "FY", 1012.5, "亿元", 6.1), pub="2024-01-20"),
    case("bracketed-exclusion-ends-at-bracket",
         "2023年，全市实现生产总值1012.5亿元，增长6.1%（不含嘉兴港区，实现生产总值802.3亿元，增长6.8%）；"
         "城乡居民人均可支配收入分别为75210元、46180元，分别增长5.1%、6.3%。",
         F("gdp", 2023, "FY", 1012.5, "亿元", 6.1), F("income_urban_pc", 2023, "FY", 75210, "元", 5.1),
         F("income_rural_pc", 2023, "FY", 46180, "元", 6.3), labels={802.3: "subset"}, pub="2024-02-01"),
    case("heading-period-carries-to-next-paragraph", "上半年全市经济运行情况\n全市实现出口191.6亿元，增长9.2%。",
         F("exports", 2024, "H1", 191.6, "亿元", 9.2)),
    case("company-year-does-not-carry", "2019年，嘉吉食品实现产值10亿元。\n\n全市出口191.6亿元，增长9.2%。",
         labels={10: "enterprise"}),
    case("target-year-does-not-carry", "到2027年，全市力争生产总值突破1300亿元。\n\n全市出口191.6亿元，增长9.2%。",
         labels={1300: "target"}),
    case("time-continues-after-column-break-at-full-stop",
         "1至7月，全市完成固定资产投资298.6亿元，同比增长5.8%。\n\n2023年，我市城镇居民人均可支配收入71250元，"
         "增长5.1%。\n实现全社会用电量75.3亿千瓦时，同比增长8.2%。",
         F("fixed_asset_investment", 2024, "M1-M7", 298.6, "亿元", 5.8),
         F("income_urban_pc", 2023, "FY", 71250, "元", 5.1),
         F("electricity_consumption", 2023, "FY", 75.3, "亿千瓦时", 8.2), pub="2024-08-21"),
    case("section-heading-starts-from-the-lead",
         "一季度，全县实现地区生产总值56.8亿元，增长4.6%。\n一、服务业\n1-2月，全县规上服务业营业收入增长3.1%。\n"
         "二、居民收入\n全县全体居民人均可支配收入7310元，增长5.6%。",
         F("gdp", 2024, "Q1", 56.8, "亿元", 4.6, region="海盐"),
         F("income_pc", 2024, "Q1", 7310, "元", 5.6, region="海盐"), pub="2024-04-20", region="海盐"),
    case("zheyinian", "一个个精彩的瞬间，串联起不平凡的2023年。这一年，全市实现生产总值1008.7亿元，增长6.0%。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0), pub="2024-02-05"),
    case("period-carries-to-next-sentences",
         "上半年，全市经济稳中有进。全市实现生产总值385.1亿元，增长5.7%。社会消费品零售总额136.6亿元，增长12.4%。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7), F("retail_sales", 2024, "H1", 136.6, "亿元", 12.4)),
    case("period-changes-midway", "一季度，全市出口62.1亿元，增长4.1%。上半年，全市出口131.2亿元，增长6.2%。",
         F("exports", 2024, "Q1", 62.1, "亿元", 4.1), F("exports", 2024, "H1", 131.2, "亿元", 6.2)),
    case("year-carries-fy", "2023年，我市经济运行稳中向好。全年实现地区生产总值1010.2亿元，增长6.1%；规上工业增加值增长7.9%。",
         F("gdp", 2023, "FY", 1010.2, "亿元", 6.1), F("industrial_value_added", 2023, "FY", yoy=7.9)),
    case("growth-in-next-sentence-by-pronoun", "上半年，全市生产总值385.1亿元。这一数字比去年同期增长5.7%。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7)),
    case("year-then-period", "2023年，全市外贸表现亮眼。前三季度，全市出口318.5亿元，增长5.6%。",
         F("exports", 2023, "Q1-Q3", 318.5, "亿元", 5.6)),
    case("year-carries-across-semicolons",
         "刚刚过去的2023年，全市招大引强成效明显：实际利用外资6.3亿美元；规上工业总产值2748.5亿元，增长4.2%。",
         F("fdi_actual", 2023, "FY", 6.3, "亿美元"), F("industrial_output", 2023, "FY", 2748.5, "亿元", 4.2),
         pub="2024-02-05"),
]

# --------------------------------------------------------------------------
# Scope: company, project, town, event, subset and sector figures
# --------------------------------------------------------------------------

SCOPE = [
    # a city's zone named like another province's district is a zone, not that district
    case("city-zone-named-like-a-far-district", "上半年，嘉兴滨海新区实现规上工业增加值120.5亿元，增长9.1%。",
         labels={120.5: "subset"}, region="嘉兴"),
    case("city-zone-named-like-a-far-district-2", "1-9月，绍兴滨海新区完成固定资产投资88.6亿元，同比增长12.4%。",
         labels={88.6: "subset"}, region="绍兴", pub=PUB_Q3),
    case("city-zone-named-like-a-far-county", "今年以来，宁波北仑港区实现工业总产值1203.4亿元，增长6.2%；"
         "台州滨海工业区完成工业投资45.2亿元，增长8.8%。", labels={45.2: "subset|sector"}, region="台州"),
    case("city-and-its-own-district", "上半年，上海普陀实现规上工业增加值120.5亿元，增长9.1%。",
         F("industrial_value_added", 2024, "H1", 120.5, "亿元", 9.1, region="普陀"), region="上海"),
    # a trade mode named in an earlier clause (保税物流, 加工贸易) is the subject of the clause after it
    case("trade-mode-topic", "前5个月，保税物流较快增长，进出口751.3亿元，增长14.9%。", pub="2024-06-20",
         labels={751.3: "sector"}),
    case("trade-mode-prefix", "前5个月，全市加工贸易进出口745.2亿元，下降0.9%；外贸进出口总额2201亿元，增长2.4%。",
         F("trade_total", 2024, "M1-M5", 2201, "亿元", 2.4), pub="2024-06-20", labels={745.2: "sector"}),
    # a city's or province's name opening a clause is its subject, whatever follows it
    case("city-opens-clause", "一季度，滁州紧跟芜湖其后，GDP达到919.49亿元，同比增长8.01%。",
         F("gdp", 2024, "Q1", 919.49, "亿元", 8.01, region="滁州"), region="合肥", pub="2024-05-09"),
    case("province-opens-clause", "上半年，江西表现亮眼，地区生产总值增长7.4%。",
         F("gdp", 2024, "H1", yoy=7.4, region="江西"), region="南昌"),
    case("county-short-name-needs-a-follow", "上半年，海盐紧随其后，全市地区生产总值增长6.1%。",
         F("gdp", 2024, "H1", yoy=6.1, region="嘉兴"), region="嘉兴"),
    # in an article about a zone, the zone's own figures are its region facts; elsewhere a zone alone is a subset
    case("zone-home", "2020年，港区实现生产总值182.0亿元。城镇和农村居民可支配收入分别达到66105元和40146元。",
         F("gdp", 2020, "FY", 182.0, "亿元", region="嘉兴港区"), F("income_urban_pc", 2020, "FY", 66105, "元", region="嘉兴港区"),
         F("income_rural_pc", 2020, "FY", 40146, "元", region="嘉兴港区"), region="嘉兴港区", pub="2021-06-27"),
    case("zone-not-home", "2020年，港区实现生产总值182.0亿元。", region="嘉兴", pub="2021-06-27", labels={182.0: "subset"}),
    # a short word before a metric qualifies it (属地, 实际, 全口径); a sector, product or firm word does not
    case("short-qualifier-is-region", "1-4月，全区实现属地规上工业产值1138.9亿元，完成工业固定资产投资43.8亿元。",
         F("industrial_output", 2024, "M1-M4", 1138.9, "亿元"), F("industrial_investment", 2024, "M1-M4", 43.8, "亿元"),
         pub="2024-05-20"),
    case("short-sector-word", "一季度，一产合同和实际利用外资分别为1780万美元和1232万美元；机电出口增长30.8%。",
         pub="2024-04-20", labels={1780: "sector", 1232: "sector", 30.8: "sector"}),
    case("district-owned-is-subset", "1-9月，全口径工业实现工业总产值503.4亿元，同比下降1.0%；区属规模工业实现工业总产值255.1亿元。",
         F("industrial_output", 2024, "Q1-Q3", 503.4, "亿元", -1.0), pub=PUB_Q3, labels={255.1: "subset"}),
    case("town-named-in-an-earlier-clause", "新仓镇开放型经济发展迅猛，2023年实际到账外资8016万美元，进出口总额14亿元。",
         pub="2024-03-01", labels={8016: "town", 14: "town"}),
    # …的是X: the place named after 的是 is the subject of the figure that follows
    # the subject named after its figures: …的城市还有芜湖市, …的是嘉善县, …的县市区有…
    case("de-subject-after-amount", "根据全省的数据，一季度GDP超过1000亿元的城市还有芜湖市。",
         F("gdp", 2024, "Q1", 1000, "亿元", qualifier="over", region="芜湖"), region="合肥", pub="2024-04-25"),
    case("de-shi-after-amount", "今年前三季度GDP突破500亿元的是嘉善县。",
         F("gdp", 2024, "Q1-Q3", 500, "亿元", qualifier="over", region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("de-you-after-rate", "1-9月，固定资产投资增长12.1%的县市区有嘉善县。",
         F("fixed_asset_investment", 2024, "M1-M9", yoy=12.1, region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("de-shi-subject", "今年一季度，GDP增速排名全省第一的是亳州市，同比增速9.63%。",
         F("gdp", 2024, "Q1", yoy=9.63, region="亳州"), region="合肥", pub="2024-05-09"),
    case("de-shi-subject-highest", "上半年，规上工业增加值增幅最高的是肥西县，增长12.1%。",
         F("industrial_value_added", 2024, "H1", yoy=12.1, region="肥西"), region="合肥"),
    case("de-wei-subject", "1-6月，外贸进出口总额增长最快的为长丰县，同比增长21.3%。",
         F("trade_total", 2024, "H1", yoy=21.3, region="长丰"), region="合肥"),
    # 全市 in an article about a county-level city that prints itself as one (神木市) is that city
    case("county-level-city", "前三季度，神木市实现地区生产总值1966.1亿元，同比增长6.8%；全市财政总收入同比增长0.4%。",
         F("gdp", 2024, "Q1-Q3", 1966.1, "亿元", 6.8, region="神木"),
         F("fiscal_revenue_total", 2024, "Q1-Q3", yoy=0.4, region="神木"), region="神木", pub=PUB_Q3),
    case("county-stays-under-city", "前三季度，象山县地区生产总值增长6.1%；全市规上工业增加值增长5.5%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.1, region="象山"), F("industrial_value_added", 2024, "Q1-Q3", yoy=5.5, region="宁波"),
         region="象山", pub=PUB_Q3),
    # a place named with a rank or an average (全市第二, 居全市首位, 全省平均) is not the subject
    case("rank-after-place", "上半年，南湖区规上工业增加值增长10%、全市第二；固定资产投资增长5%，居全市首位；"
         "一般公共预算收入35.2亿元。", F("industrial_value_added", 2024, "H1", yoy=10, region="南湖"),
         F("fixed_asset_investment", 2024, "H1", yoy=5, region="南湖"),
         F("fiscal_revenue_general", 2024, "H1", 35.2, "亿元", region="南湖"), region="南湖"),
    case("rank-word-paiming", "1-7月，全县外贸进出口总额增长12.3%，增速全省排名第5，社会消费品零售总额增长4.4%。",
         F("trade_total", 2024, "M1-M7", yoy=12.3, region="海盐"), F("retail_sales", 2024, "M1-M7", yoy=4.4, region="海盐"),
         region="海盐"),
    case("average-and-front-rank", "上半年，全区规上工业增加值增长9.1%，增速比全省平均高2.2个百分点，居全市前列；"
         "固定资产投资增长6.6%。", F("industrial_value_added", 2024, "H1", yoy=9.1, region="南湖"),
         F("fixed_asset_investment", 2024, "H1", yoy=6.6, region="南湖"), region="南湖"),
    # 地方 before a fiscal metric is the local level, not a subset; a scope is not carried past a ；
    case("difang-prefix", "1-9月，全县完成生产总值56.7亿元，增长7.5%；地方公共财政预算收入4.47亿元，增长31.2%；"
         "固定资产投资105亿元，增长12.9%。",
         F("gdp", 2024, "Q1-Q3", 56.7, "亿元", 7.5), F("fiscal_revenue_general", 2024, "Q1-Q3", 4.47, "亿元", 31.2),
         F("fixed_asset_investment", 2024, "Q1-Q3", 105, "亿元", 12.9), pub=PUB_Q3),
    case("sector-scope-ends-at-semicolon", "上半年，全市房地产业增加值21.3亿元，增长2.1%；规上工业增加值201.2亿元，增长6.6%。",
         F("industrial_value_added", 2024, "H1", 201.2, "亿元", 6.6), labels={21.3: "sector"}),
    case("project-scope-ends-at-semicolon", "1-7月，全市重点项目完成投资88.1亿元；全市固定资产投资增长5.4%。",
         F("fixed_asset_investment", 2024, "M1-M7", yoy=5.4), labels={88.1: "project"}),
    # a count (3项指标) is not the level of a money metric
    case("count-is-not-money", "1-7月，工业增加值、工业投资、一般公共预算收入3项指标增速全市第一。"),
    case("count-of-enterprises-is-not-output", "上半年，全市规上工业总产值增长5.1%，新增规上工业企业12家。",
         F("industrial_output", 2024, "H1", yoy=5.1)),
    case("above-size-enterprises-are-the-headline", "上半年，全市规上工业企业实现工业总产值1320.5亿元，增长4.6%。",
         F("industrial_output", 2024, "H1", 1320.5, "亿元", 4.6)),
    case("page-chrome-before-headline", "首页 > 新闻中心 2024-07-26 阅读1520GDP总量达到385.1亿元，这是平湖上半年交出的成绩单。",
         F("gdp", 2024, "H1", 385.1, "亿元")),
    # a subset word (限上, 区属) belongs to the phrase its figure closes, not to the next metric
    case("subset-word-ends-with-its-figure", "1-4月，全区实现限上商品销售额847.5亿元，完成社会消费品零售额230.2亿元。",
         F("retail_sales", 2024, "M1-M4", 230.2, "亿元"), pub="2024-05-20"),
    case("subset-word-ends-with-its-rate", "上半年，全市限额以上批发业销售额增长8.2%，社会消费品零售总额达到156.3亿元，增长5.1%。",
         F("retail_sales", 2024, "H1", 156.3, "亿元", 5.1)),
    case("subset-word-ends-qushu", "前三季度，全县区属国有企业营业收入增长6.2%，一般公共预算收入完成41.3亿元。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 41.3, "亿元"), pub=PUB_Q3),
    # a count of the very units an industrial figure covers (家规上企业 … 产值) is the whole set
    # 突破千亿元大关: 大关 after a figure is a bound, not the county of that name
    case("bound-daguan-is-no-place", "今年前2个月，全区规上工业总产值首次突破千亿元大关，超过1100亿元，规上工业增加值增速高达13%。",
         F("industrial_output", 2024, "M1-M2", 1100, "亿元", qualifier="over"), F("industrial_value_added", 2024, "M1-M2", yoy=13),
         pub="2024-03-20"),
    case("bound-daguan-then-growth", "1-8月，全县外贸进出口总额突破500亿元大关，同比增长9.4%。",
         F("trade_total", 2024, "M1-M8", 500, "亿元", 9.4, qualifier="over"), pub="2024-09-20"),
    case("bound-daguan-exports", "全年出口总额首次跨过300亿元大关，达到312.6亿元，一般公共预算收入增长6.1%。",
         F("exports", 2023, "FY", 312.6, "亿元"), F("fiscal_revenue_general", 2023, "FY", yoy=6.1), pub="2024-01-20"),
    # 来自欧盟的实际使用外资: the figure of one source, a subset of the region's
    case("source-country-is-subset", "1-9月，全省来自欧盟的实际使用外资10.9亿美元，同比增长3.1%。",
         labels={10.9: "subset"}, pub="2024-10-20"),
    case("source-region-is-subset", "上半年，全市来自港澳地区的实际利用外资增长12.4%，全市实际利用外资5.6亿美元。",
         F("fdi_actual", 2024, "H1", 5.6, "亿美元"), labels={12.4: "subset"}),
    case("source-is-subset-then-whole", "一季度，来自日韩的合同外资2.1亿美元；全县合同外资7.7亿美元，增长8%。",
         F("fdi_contracted", 2024, "Q1", 7.7, "亿美元", 8), labels={2.1: "subset"}),
    # a level that is a share of its own region's total (占松江区…比重) is a part of it
    case("share-of-own-district-is-part", "2023年，实现规上工业产值1359.2亿元，占松江区规上工业产值比重为36.6%。",
         labels={1359.2: "subset"}, region="松江", pub="2024-05-20"),
    case("share-of-own-county-is-part", "去年，该产业完成工业投资42.8亿元，占平湖市工业投资的31.2%。",
         labels={42.8: "subset|sector"}),
    case("share-of-larger-place-is-whole", "上半年，平湖市实现地区生产总值485.3亿元，占嘉兴市的12.1%。",
         F("gdp", 2024, "H1", 485.3, "亿元")),
    # 规上工业 alone names the industry's value added only where a growth word follows it
    case("rate-only-alias-zengsu", "8月当月全区规上工业增速9.7%，环比7月提高0.8个百分点。",
         F("industrial_value_added", 2024, "M8", yoy=9.7), pub="2024-09-20"),
    case("rate-only-alias-tongbi", "1-5月，全市规模以上工业同比增长7.1%。", F("industrial_value_added", 2024, "M1-M5", yoy=7.1)),
    case("rate-only-alias-not-a-count", "一季度，全县规上工业增长6.3%，规上工业企业达到512家。",
         F("industrial_value_added", 2024, "Q1", yoy=6.3)),
    case("rate-only-alias-not-profit", "上半年，全市规上工业实现利润总额21.3亿元。"),
    # 产值 after the sentence's own output figure: a new period's figure, the same phrase, or a sector's
    case("output-named-again-new-period", "1-8月，全市规上工业总产值1823.6亿元，增长7.6%，其中8月份实现产值218.4亿元。",
         F("industrial_output", 2024, "M1-M8", 1823.6, "亿元", 7.6), F("industrial_output", 2024, "M8", 218.4, "亿元"),
         pub="2024-09-20"),
    case("output-named-again-same-phrase", "前2个月，全区规上工业总产值突破千亿元大关，超过1100亿元，总产值增速高达30%。",
         F("industrial_output", 2024, "M1-M2", 1100, "亿元", 30, qualifier="over"), pub="2024-03-20"),
    case("output-of-a-sector-after-it", "全年实现规上工业总产值1040.5亿元，增长6.8%，其中高新技术产业产值640.3亿元，增长6.3%。",
         F("industrial_output", 2023, "FY", 1040.5, "亿元", 6.8), labels={640.3: "sector"}, pub="2024-01-25"),
    case("count-of-population-is-whole", "9月份，该区716家规上企业当月实现产值28.38亿元，同比增长5.5%。",
         F("industrial_output", 2024, "M9", 28.38, "亿元", 5.5), pub="2024-10-20"),
    case("count-of-population-is-whole-gongye", "1-5月，全县586家规上工业企业实现产值412.6亿元，增长7.3%。",
         F("industrial_output", 2024, "M1-M5", 412.6, "亿元", 7.3)),
    case("count-of-population-is-whole-guimo", "上半年，全市1024家规模以上企业完成产值903.1亿元。",
         F("industrial_output", 2024, "H1", 903.1, "亿元")),
    case("population-in-sentence-before", "全市规上工业运行平稳。前三季度累计完成产值903.1亿元，同比增长6.2%。",
         F("industrial_output", 2024, "Q1-Q3", 903.1, "亿元", 6.2), pub=PUB_Q3),
    case("population-in-sentence-before-guimo", "规模以上工业企业生产稳中有进。1-8月，累计实现产值566.2亿元。",
         F("industrial_output", 2024, "M1-M8", 566.2, "亿元"), pub="2024-09-20"),
    case("no-population-no-output", "全市经济运行平稳。前三季度累计完成产值903.1亿元，同比增长6.2%。", pub=PUB_Q3),
    case("new-enterprises-output-is-no-population", "8月份，全市新增规上企业22家，共完成产值1.7亿元。", pub="2024-09-20"),
    case("count-of-companies-is-a-subset", "上半年，全市127家规上企业实现出口68.2亿元，增长11.2%。",
         labels={68.2: "enterprise|subset|sector"}),
    case("count-of-zones-is-a-subset", "上半年，全市3个开发区实现规上工业总产值650亿元。",
         labels={650: "enterprise|subset|sector|project"}),
    # the subject that opens a sentence (a town, 该镇, 该企业) holds through its later clauses
    case("town-opens-sentence-with-figures", "上半年，薛家镇新引进项目21个，实现规上工业产值88.2亿元，增长9.1%。",
         labels={88.2: "town"}),
    case("this-town-opens-sentence", "2023年，该镇现有外资企业119家，其中规模以上69家，累计到账外资19.6亿美元。",
         labels={19.6: "town"}, pub="2024-01-20"),
    case("enterprise-opens-sentence", "今年以来，该企业新增订单32笔，完成出口3.6亿元，增长22%。", labels={3.6: "enterprise"}),
    case("city-opens-sentence-with-figures", "上半年，全市新引进项目21个，实现规上工业产值88.2亿元，增长9.1%。",
         F("industrial_output", 2024, "H1", 88.2, "亿元", 9.1)),
    # 其中 after a sentence that led with a figure of something not ours lists parts of that whole
    case("qizhong-after-unknown-total", "全年民营经济增加值322.6亿元，比上年增长5.8%，占GDP的比重为61.0%。其中，第一产业增加值44.5亿元，增长2.6%；第二产业增加值129.7亿元，增长9.4%。",
         labels={44.5: "subset", 129.7: "subset"}, pub="2024-02-20"),
    case("qizhong-after-unknown-total-no-metric", "上半年，全县数字经济核心产业营业收入212.3亿元，增长15.1%。其中，出口28.4亿元，增长9.2%。",
         labels={28.4: "subset"}),
    case("qizhong-after-unknown-total-invest", "1-9月，全市民间投资完成412.6亿元，增长3.3%。其中，工业投资增长8.8%。",
         labels={8.8: "subset"}, pub=PUB_Q3),
    case("qizhong-after-own-total", "全年全市地区生产总值522.6亿元，增长5.8%。其中，第一产业增加值14.5亿元，增长2.6%。",
         F("gdp", 2023, "FY", 522.6, "亿元", 5.8), F("gdp_primary", 2023, "FY", 14.5, "亿元", 2.6), pub="2024-02-20"),
    # a company that opens a sentence holds through its later clauses; 国内生产总值 is the nation's
    case("company-opens-sentence-then-exports", "浙江某某集团有限公司前三季度实现营业收入125.3亿元，同比增长18.2%，实现出口8.6亿美元。",
         labels={8.6: "enterprise"}, pub=PUB_Q3),
    case("factory-opens-sentence-then-output", "上半年，平湖某某电器厂订单饱满，完成工业总产值6.2亿元，增长12%。",
         labels={6.2: "enterprise"}),
    case("group-opens-sentence-then-fdi", "今年以来，某某控股集团新签外资项目3个，实际使用外资1.2亿美元。", labels={1.2: "enterprise"}),
    case("guonei-is-national", "初步核算，前三季度国内生产总值949746亿元，按不变价格计算，同比增长4.8%。",
         labels={949746: "national"}, pub=PUB_Q3),
    case("guonei-is-national-year", "2023年国内生产总值1260582亿元，比上年增长5.2%。", labels={1260582: "national"},
         pub="2024-02-28"),
    case("guonei-is-national-growth", "上半年，国内生产总值同比增长5.0%，全市生产总值增长6.1%。",
         F("gdp", 2024, "H1", yoy=6.1), labels={5.0: "national"}),
    case("sector-named-in-earlier-clause", "从行业看，制造业是全市第一大引资行业，一季度合同利用外资同比增长42%。",
         labels={42: "sector"}),
    case("sector-word-before-its-own-aggregate", "上半年，服务业持续回暖，第三产业增加值212.4亿元，增长6.8%。",
         F("gdp_tertiary", 2024, "H1", 212.4, "亿元", 6.8)),
    case("products-listed-after-metric", "上半年，全市出口服装、箱包同比分别增长12.4%和8.1%。",
         labels={12.4: "sector", 8.1: "sector"}),
    case("task-column-of-pipe-table",
         "| 序号 | 主要目标任务 | 上半年完成情况 |\n| 1 | 规上工业增加值增长7% | 上半年全市规上工业增加值增长8.1% |",
         F("industrial_value_added", 2024, "H1", yoy=8.1), labels={7: "target"}),
    case("company-output", "今年上半年，浙江某某科技有限公司实现产值12.6亿元，同比增长18%。", labels={12.6: "enterprise"}),
    case("company-exports", "上半年，该企业实现出口3.2亿元，增长22.5%。", labels={3.2: "enterprise"}),
    case("group-fdi", "今年以来，集团累计实际利用外资1.1亿美元。", labels={1.1: "enterprise"}),
    case("project-total-investment", "总投资28亿元的新能源电池项目正式开工，预计年产值50亿元。",
         labels={28: "project", 50: "project|forecast"}),
    case("project-completed-investment", "上半年，20个省市县长项目完成投资86.4亿元。", labels={86.4: "project|subset"}),
    case("town-output", "上半年，新埭镇实现规上工业总产值86.2亿元，增长9.3%。", labels={86.2: "town"}),
    case("subdistrict-investment", "上半年，当湖街道固定资产投资增长12%。", labels={12: "town"}),
    case("event-signing", "会上共签约项目16个，总投资120亿元。", labels={16: "event", 120: "event"}),
    case("ceremony-signing", "签约仪式上，共有8个项目集中签约，总投资达65亿元。", labels={8: "event", 65: "event"}),
    case("fair-signing", "本次推介会现场签约项目12个，签约项目总投资96亿元。", labels={12: "event", 96: "event"}),
    case("subset-projects-over-100m", "上半年，全市亿元以上项目完成投资156亿元。", labels={156: "subset|project"}),
    case("firms-over-an-amount", "上半年，全市500万元以上企业实现工业增加值88亿元。", labels={88: "subset"}),
    case("firms-above-designated-size-are-the-headline", "上半年，平湖市规模以上企业实现工业增加值120亿元，增长5%。",
         F("industrial_value_added", 2024, "H1", 120, "亿元", 5)),
    case("above-quota-retail-alone", "上半年，全市限额以上单位消费品零售额88.6亿元，增长7.1%。",
         labels={88.6: "subset|sector"}),
    case("retail-with-above-quota-subset",
         "上半年，全市社会消费品零售总额136.6亿元，增长12.4%，其中限额以上单位零售额80.2亿元，增长9.8%。",
         F("retail_sales", 2024, "H1", 136.6, "亿元", 12.4)),
    case("high-tech-industry-investment", "上半年，全市高新技术产业投资增长25.3%。", labels={25.3: "sector|subset"}),
    case("mechanical-electrical-exports", "1-5月，全市机电产品出口98.4亿元，增长11.2%。", labels={98.4: "sector|subset"}),
    case("electrical-machinery-va", "上半年，电气机械制造业增加值增长15.1%。", labels={15.1: "sector|subset"}),
    case("exports-to-one-market", "上半年，全市对美国出口52.3亿元，增长4.1%。", labels={52.3: "subset|sector"}),
    case("private-firms-exports", "上半年，全市民营企业出口142.8亿元，增长10.6%。", labels={142.8: "subset|sector|enterprise"}),
    case("headline-then-sector-subset", "上半年，全市规上工业增加值增长8.2%，其中高新技术产业增加值增长10.1%。",
         F("industrial_value_added", 2024, "H1", yoy=8.2)),
    # words that describe a metric (与生产密切相关的, 反映…的, 作为…的) do not make it a part of itself
    case("described-metric-closely-related",
         "与生产密切相关的工业用电量，6月同比增长2.9%。",
         F("industrial_electricity", 2024, "M6", yoy=2.9)),
    case("described-metric-reflecting",
         "反映工业运行的规上工业增加值，上半年增长7.8%。",
         F("industrial_value_added", 2024, "H1", yoy=7.8)),
    case("described-metric-as-barometer",
         "作为经济“晴雨表”的全社会用电量，1-5月增长6.3%。",
         F("electricity_consumption", 2024, "M1-M5", yoy=6.3)),
    case("related-without-closely-names-a-part",
         "上半年，与汽车相关的制造业投资增长12.1%。"),
    # a run-in heading that is the metric's own name (财政收入 全年财政总收入…) makes no sector of it
    case("run-in-heading-fiscal",
         "财政收入 全年财政总收入47.36亿元,比上年增长15.48%。",
         F("fiscal_revenue_total", 2023, "FY", 47.36, "亿元", 15.48), pub="2024-03-10"),
    case("run-in-heading-trade",
         "进出口 1-6月全县进出口总额312.6亿元,增长7.7%。",
         F("trade_total", 2024, "H1", 312.6, "亿元", 7.7)),
    case("run-in-heading-retail",
         "社会消费品零售总额 全年全县社会消费品零售总额201.5亿元,增长5.1%。",
         F("retail_sales", 2023, "FY", 201.5, "亿元", 5.1), pub="2024-03-10"),
    case("another-metric-before-is-a-modifier",
         "一季度,一产合同和实际利用外资分别为1780万美元和1232万美元。", pub="2024-04-20"),
]

# --------------------------------------------------------------------------
# Targets and forecasts
# --------------------------------------------------------------------------

PLAN_WORDS = [
    # 预测 is a forecast as 预计 is
    case("yuce-statistics-forecast", "据统计预测，全县地区生产总值增长8.6%达192.9亿元，第一产业增长4.1%达21.2亿元。",
         pub="2024-01-24", labels={192.9: "forecast", 21.2: "forecast"}),
    case("yuce-lead-comma", "预测，全年全市一般公共预算收入38.7亿元，增长4.3%。", pub="2024-12-20", labels={38.7: "forecast"}),
    case("yuce-after-subject", "全区规上工业增加值经初步预测增长7.5%，固定资产投资预测增长9%。", pub="2024-12-20",
         labels={7.5: "forecast", 9: "forecast"}),
    # a plan word before the colon that opens a sentence governs every clause group after it
    case("plan-colon-governs-groups", "2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；规上工业增加值增长7%。",
         labels={6: "target", 5: "target", 7: "target"}, pub="2024-02-20"),
    case("plan-colon-goals", "今年的主要目标：全市生产总值增长5.5%；固定资产投资增长8%，社会消费品零售总额增长6%。",
         labels={5.5: "target", 8: "target", 6: "target"}, pub="2024-02-20"),
    case("plan-colon-forecast", "全年主要指标预计：地区生产总值900亿元左右；财政总收入120亿元。",
         labels={900: "forecast|target", 120: "forecast|target"}, pub="2024-12-20"),
    # an average annual rate right after the metric leaves the metric open for the level after it
    case("average-rate-then-level", "过去五年，全县地区生产总值年均增长6.8%，2023年达到756.3亿元。",
         F("gdp", 2023, "FY", 756.3, "亿元"), pub="2024-03-01"),
    case("average-rate-then-level-last-year", "“十四五”以来，全市一般公共预算收入年均增长7.1%，去年达到98.6亿元。",
         F("fiscal_revenue_general", 2023, "FY", 98.6, "亿元"), pub="2024-03-01"),
    case("average-rate-then-level-shixian", "五年来，全县社会消费品零售总额年均增长8.2%，2023年实现412亿元。",
         F("retail_sales", 2023, "FY", 412, "亿元"), pub="2024-03-01"),
    case("share-then-level-is-not-the-whole", "上半年，全县规上工业增加值占全市比重为12.1%，达到156亿元。"),
    # a plan word at the head of a sentence governs it even with no comma after it
    case("lead-plan-no-comma", "全年力争落地亿元以上项目45个；完成实际利用外资2.3亿美元以上。", pub="2024-02-01",
         labels={2.3: "target"}),
    case("lead-plan-no-comma-forecast", "预计全年实现地区生产总值420亿元，增长6.5%；固定资产投资增长8%。",
         pub="2024-12-20", labels={420: "forecast", 8: "forecast"}),
    # a plan word leading the sentence governs every clause of it
    case("lead-forecast-colon", "预计全年：全县地区生产总值实现165亿元，同比下降1.2%；固定资产投资实现30亿元，同比下降6.2%；"
         "一般公共预算收入实现8.5亿元。", pub="2024-12-20",
         labels={165: "forecast", 30: "forecast", 8.5: "forecast"}),
    case("lead-forecast-comma", "预计，全市实现地区生产总值420亿元，增长6.5%；完成固定资产投资180亿元，增长8%。",
         pub="2024-12-20", labels={420: "forecast", 180: "forecast"}),
    case("lead-target", "全年力争：规上工业增加值增长7%；外贸进出口总额突破300亿元。", pub="2024-02-20",
         labels={7: "target", 300: "target"}),
    case("plan-later-in-sentence-only", "1-11月，全市实现地区生产总值420亿元，增长6.5%；预计全年固定资产投资增长8%。",
         F("gdp", 2024, "M1-M11", 420, "亿元", 6.5), pub="2024-12-20", labels={8: "forecast"}),
    case("annual-targets-are-for-the-year", "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
         labels={6: "target", 5: "target"}, pub="2024-02-20"),
    case("past-year-in-a-work-report", "过去一年，全市实现地区生产总值1008.7亿元、增长6.0%，一般公共预算收入101.2亿元、增长7.3%。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0), F("fiscal_revenue_general", 2023, "FY", 101.2, "亿元", 7.3),
         pub="2024-02-20"),
    case("lizheng", "2024年，全市力争实现地区生产总值1100亿元，增长6%以上。", labels={1100: "target", 6: "target"}),
    case("yuji-tupo", "预计全年规上工业总产值将突破3000亿元。", labels={3000: "forecast|target"}),
    case("mubiao", "今年全市固定资产投资目标为增长8%。", labels={8: "target"}),
    case("jihua", "计划全年完成工业投资150亿元。", labels={150: "target"}),
    case("dao-2025", "到2025年，全市地区生产总值将达到1200亿元。", labels={1200: "target|forecast"}),
    case("jiang-shixian", "全年将实现财政收入30亿元。", labels={30: "forecast|target"}),
    case("zhengqu", "争取全年实际利用外资5亿美元。", labels={5: "target"}),
    case("youwang", "全年出口有望突破400亿元。", labels={400: "forecast|target"}),
    case("actual-then-forecast", "上半年，全市实现生产总值385.1亿元，增长5.7%；预计全年增长6%左右。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7)),
    case("yuqi-mubiao", "今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。"),
    case("targets-for-all-counties", "今年，从市一级到各县（市、区），地区生产总值预期增长目标均确定为8%以上。",
         region="嘉兴"),
    case("plan-period-target", "“十四五”期间，全市力争规上工业总产值年均增长8%，到2025年突破3500亿元。"),
    # a plan word between a metric and its figure makes the figure a plan, and the figure still joins it
    case("metric-then-yuji-growth", "2024年，全县地区生产总值预计增长6.2%，一般公共预算收入预计可达52亿元。",
         pub="2024-12-20", labels={6.2: "forecast", 52: "forecast"}),
    case("metric-then-lizheng-value", "今年，全市一般公共预算收入力争达到61亿元，增长5%。",
         pub="2024-03-10", labels={61: "target", 5: "target"}),
    case("metric-comma-then-youwang", "全年外贸出口总额，有望突破420亿元。", pub="2024-11-20", labels={420: "forecast|target"}),
    # 到…年底 of a past year is the date a figure was reached, no plan's
    case("dao-past-year-end", "到2023年底，全县一般公共预算收入达到98.2亿元。", F("fiscal_revenue_general", 2023, "FY", 98.2, "亿元"),
         pub="2024-03-01"),
    case("dao-past-year-end-mo", "到2023年末，全市地区生产总值达到756.4亿元，增长6.1%。",
         F("gdp", 2023, "FY", 756.4, "亿元", 6.1), pub="2024-02-10"),
    case("dao-future-year-end-is-target", "到2025年底，全县一般公共预算收入达到120亿元。", pub="2024-03-01",
         labels={120: "target"}),
    # a forecast word before the sentence's first figure, after its time or subject, governs every clause
    case("yuji-after-time-governs-all", "2023年，预计全县实现地区生产总值391亿元，增长8.6%；财政总收入38.7亿元，增长4.3%；"
         "固定资产投资增长13.5%。", pub="2024-01-10", labels={391: "forecast", 38.7: "forecast", 13.5: "forecast"}),
    case("yuji-after-subject-governs-all", "全年，全市预计完成地区生产总值520亿元，增长6%；一般公共预算收入42亿元，增长5%。",
         pub="2023-12-28", labels={520: "forecast", 42: "forecast"}),
    # after a metric (or another subject) it is that clause group's only: real work reports estimate the
    # GDP and print the fiscal figures they have (real6: 嘉兴, 诸暨, 温岭)
    case("yuji-after-metric-governs-its-group", "过去一年，全区地区生产总值预计达到680亿元，增长5.5%；规上工业增加值增长7%，社会消费品零售总额增长6.5%。",
         F("industrial_value_added", 2023, "FY", yoy=7), F("retail_sales", 2023, "FY", yoy=6.5),
         pub="2024-01-08", labels={680: "forecast"}),
    # a change printed between a level and its rate (多增, 多收, 净增) is no second level
    # another place's figure in brackets between a level and its rate is set apart
    case("bracket-quanshi-wei-between", "上半年，全县城镇常住居民人均可支配收入19017元（全市为21585元），同比增长3.9%。",
         F("income_urban_pc", 2024, "H1", 19017, "元", 3.9)),
    case("bracket-quanshi-amount-between", "上半年，全县规上工业增加值42.6亿元（全市为286.3亿元），同比增长7.4%。",
         F("industrial_value_added", 2024, "H1", 42.6, "亿元", 7.4)),
    case("bracket-named-city-between", "一季度，全县出口31.2亿元（嘉兴市为288.1亿元），同比增长8.8%。",
         F("exports", 2024, "Q1", 31.2, "亿元", 8.8), F("exports", 2024, "Q1", 288.1, "亿元", region="嘉兴")),
    # 全部工业增加值 is the whole industry's: it gives way to the 规上 figure, which stays the region's
    case("quanbu-then-guishang-growth", "上半年，全市实现全部工业增加值212.3亿元，同比增长5.8%，规上工业增加值同比增长6.6%。",
         F("industrial_value_added", 2024, "H1", yoy=6.6)),
    case("quanbu-then-guimo-growth", "上半年，全县全部工业增加值98.2亿元，增长6.1%，规模以上工业增加值增长7.2%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2)),
    case("quanbu-then-guishang-value", "1-9月，全区完成全部工业增加值126.5亿元，同比增长6.2%，规上工业增加值98.1亿元，增长7.4%。",
         F("industrial_value_added", 2024, "Q1-Q3", 98.1, "亿元", 7.4), pub=PUB_Q3),
    # a colon between a rate word and its rate (增速：5.8%)
    case("colon-after-rate-word", "上半年东台市GDP：612.3亿元，增速：5.8%。", F("gdp", 2024, "H1", 612.3, "亿元", 5.8, region="东台"),
         region="盐城"),
    case("colon-after-growth-verb", "1-7月，全县一般公共预算收入：21.4亿元，同比增长：4.8%。",
         F("fiscal_revenue_general", 2024, "M1-M7", 21.4, "亿元", 4.8), pub="2024-08-10"),
    case("colon-after-rate-word-alone", "一季度，全市规上工业增加值增幅：7.3%。", F("industrial_value_added", 2024, "Q1", yoy=7.3),
         pub="2024-04-20"),
    # a place in a company's name is no subject: the later figures are not that place's
    # 我国 is the nation: its figures are the nation's, labelled, whatever the article's place
    case("woguo-is-the-nation", "上半年，我国规模以上工业增加值同比增长6.0%，社会消费品零售总额增长3.7%。",
         labels={6.0: "national", 3.7: "national"}),
    case("firm-with-province-name", "今年上半年，浙江某某新材料股份有限公司实现营业收入12.6亿元，同比增长18.2%；出口额3.2亿美元，增长9.8%。",
         region="德清", labels={3.2: "enterprise"}),
    case("firm-with-city-name", "湖州某某科技股份有限公司上半年实现营业收入8.2亿元，增长11.2%；出口额2.1亿美元，增长6.6%。",
         region="德清", labels={2.1: "enterprise"}),
    case("firm-group-with-province-name", "今年1-6月，浙江某某集团有限公司营收突破50亿元；外贸出口4.6亿美元，同比增长7.9%。",
         region="德清", labels={4.6: "enterprise"}),
    case("duozeng-between-level-and-rate", "1-8月，全区实现规上工业总产值412.6亿元，比上年同期多增28.3亿元，增长7.4%。",
         F("industrial_output", 2024, "M1-M8", 412.6, "亿元", 7.4), pub="2024-09-20"),
    case("duoshou-between-level-and-rate", "上半年，全区一般公共预算收入38.6亿元，同比多收2.1亿元，增长5.8%。",
         F("fiscal_revenue_general", 2024, "H1", 38.6, "亿元", 5.8)),
    case("jingzeng-between-level-and-rate", "1-8月，全区固定资产投资156.7亿元，较去年同期净增12.4亿元，增长8.6%。",
         F("fixed_asset_investment", 2024, "M1-M8", 156.7, "亿元", 8.6), pub="2024-09-20"),
    case("jiangjin-is-nearly-no-plan", "1-7月，全县地区生产总值将近410亿元，增长4.2%。",
         F("gdp", 2024, "M1-M7", 410, "亿元", 4.2, "approx"), pub="2024-08-20"),
    case("metric-then-achieved-plan-share", "上半年，全县固定资产投资完成128亿元，完成年度计划的55%。",
         F("fixed_asset_investment", 2024, "H1", 128, "亿元")),
    # 符合预期, 好于预期: expectations a figure is compared with, not a forecast
    case("expectation-in-heading-is-no-forecast",
         "二、工业生产符合预期，新兴产业增势较好\n上半年，全县规上工业增加值215.4亿元，同比增长7.3%。",
         F("industrial_value_added", 2024, "H1", 215.4, "亿元", 7.3)),
    case("expectation-after-figure-is-no-forecast",
         "一季度，全市固定资产投资走势好于预期，同比增长9.1%，增速居全省第四。",
         F("fixed_asset_investment", 2024, "Q1", yoy=9.1), pub="2024-04-22"),
    case("expectation-exceeded-is-no-forecast",
         "上半年，我县外贸出口实现逆势增长，超出预期，全县出口总额182.6亿元，增长11.4%。",
         F("exports", 2024, "H1", 182.6, "亿元", 11.4)),
    case("forecast-word-still-a-forecast",
         "预期全年全县地区生产总值增长6.5%左右。",
         labels={6.5: "forecast"}),
]

# --------------------------------------------------------------------------
# Conflicts: two values for one key are both kept and flagged
# --------------------------------------------------------------------------

CONFLICTS = [
    case("seed-002-fdi-two-values", S002_2021 + "\n\n" + S002_REVIEW,
         F("fdi_actual", 2021, "FY", 4.03, "亿美元"), F("fdi_actual", 2021, "FY", 5.94, "亿美元"),
         F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7),
         F("industrial_output", 2021, "FY", 2500, "亿元"), pub="2022-02-09", conflict=True),
    case("gdp-two-values", "2023年，全市实现生产总值1008.7亿元，增长6.0%。\n\n据统计，2023年全市生产总值为1010.2亿元。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0), F("gdp", 2023, "FY", 1010.2, "亿元"), conflict=True),
    case("same-value-twice-is-one-fact", "上半年，全市出口191.57亿元，增长9.2%。\n\n总的来看，上半年全市出口191.57亿元，增长9.2%。",
         F("exports", 2024, "H1", 191.57, "亿元", 9.2), conflict=False),
    case("different-periods-do-not-conflict", "一季度，全市出口62.1亿元。上半年，全市出口131.2亿元。",
         F("exports", 2024, "Q1", 62.1, "亿元"), F("exports", 2024, "H1", 131.2, "亿元"), conflict=False),
]

# --------------------------------------------------------------------------
# Text repair: line breaks, full-width forms, spaces, headings
# --------------------------------------------------------------------------

S000_ECON_FLAT = (
    "今年以来，平湖抓紧抓实创新深化改革攻坚开放提升工作，持续深化三个“一号工程”和“十项重大工程”，"
    "强力推进“三支队伍”建设，经济社会发展量质齐升、稳进向好。上半年，全市实现生产总值（GDP）385.12亿元，"
    "增长 5.7%，其中，第一产业增加值6.53亿元，增长 3%；第二产业增加值 213.37亿元，增长 6.8%；"
    "第三产业增加值 165.22亿元，增长4.4%。城乡居民人均可支配收入 39700元、29990元，分别增长5.4%、7.7%。"
    "社会大局和谐安定，“平治 110”体系高效运转，平安指数走在省市前列。"
    "项目是推动高质量发展的“强引擎”。上半年，平湖破浪前行，招商引资量质并举，项目推进“快马加鞭”。"
    "瞄定“十大产业链”招商方向，高规格召开航空航天、酒店民宿等专题招商大会，累计签约产业链优质项目 125个，"
    "总投资 609亿元，实现招大引强项目20个，实际利用外资3.18亿美元。开展“全员赛马”争先实干，"
    "完成固定资产投资239.8亿元、增长 5.4%。民间、制造业、高新产业等投资结构均实现两位数增长，"
    "6个项目成功列入第二批省重大产业项目，荣获一季度省、嘉兴市有效投资双料“赛马”激励。"
    "同时优化资源保障，新增供地 66宗3099亩、增长14.3%。腾笼换鸟强势推进，盘活存量用地1473亩。"
    "开拓创新是发展的不竭动力。上半年，平湖不断夯实本土产业，积极拓展“海外”市场。"
    "箱包、造纸等传统产业加速转型，累计完成投资23.2亿元，增长31.7%。先后组织企业境外出展120多家次，"
    "推动准独角兽企业神汽汽车获得出口资质，实现平湖首单二手车出口业务，全市累计实现出口 191.57亿元，增长 9.2%。"
    "同时随着新一轮促消费政策全面发力，全市实现社会消费品零售额136.56亿元，增长12.4%。"
)
S000_ECON_FACTS = SEED_GOLD["000_0105e60a5c96b0e6.txt"]

BULLETIN = """平湖市2023年国民经济和社会发展统计公报
一、综合
初步核算，全年全市实现地区生产总值1008.7亿元，按可比价格计算，比上年增长6.0%。
二、工业
全年规模以上工业增加值比上年增长8.1%。
三、对外经济
全年货物进出口总额1120.5亿元，比上年增长5.2%。
（四）人民生活
全体居民人均可支配收入58321元，比上年增长5.8%。
"""

LINE_BREAKS = [
    # a numbered heading run on into its paragraph, broken at a column's end inside its last word
    case("heading-broken-inside-metric", "一、主要指标\n(三)全部财政收\n入。1-6月份完成21.3亿元,同比增长8.6%。",
         F("fiscal_revenue_total", 2024, "M1-M6", 21.3, "亿元", 8.6)),
    case("heading-broken-before-last-character", "一、主要指标\n三、固定资产投\n资。1-5月全县完成投资88.2亿元,增长6.1%。",
         F("fixed_asset_investment", 2024, "M1-M5", 88.2, "亿元", 6.1)),
    case("heading-broken-before-last-two-characters", "全县经济稳中向好。\n(二)规上工业增\n加值。上半年增长9.1%,增速居全市第二。",
         F("industrial_value_added", 2024, "H1", yoy=9.1)),
    case("numbered-headings-are-paragraphs", BULLETIN,
         F("gdp", 2023, "FY", 1008.7, "亿元", 6.0), F("industrial_value_added", 2023, "FY", yoy=8.1),
         F("trade_total", 2023, "FY", 1120.5, "亿元", 5.2), F("income_pc", 2023, "FY", 58321, "元", 5.8),
         pub="2024-03-15"),
    case("break-inside-growth-word", "上半年，全市实现生产总值385.12亿元，增\n长 5.7%。",
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7)),
    case("blank-line-inside-unit", "上半年，全市实际利用外资3.18亿美\n\n元。", F("fdi_actual", 2024, "H1", 3.18, "亿美元")),
    case("break-after-decimal-point", "上半年，全市社会消费品零售额136.\n56亿元，增长12.4%。",
         F("retail_sales", 2024, "H1", 136.56, "亿元", 12.4)),
    case("break-between-digits", "2021年，全市规上工业总产值实现16\n12.3亿元，增长31.7%。",
         F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7), pub="2022-02-09"),
    case("break-inside-percent", "上半年，全市出口191.57亿元，增长9.\n2%。", F("exports", 2024, "H1", 191.57, "亿元", 9.2)),
    case("break-inside-metric", "上半年，全市第二产业增\n加值 213.37亿元，增长 6.8%。",
         F("gdp_secondary", 2024, "H1", 213.37, "亿元", 6.8)),
    case("break-inside-year", "202\n3年，全市实现生产总值1008.7亿元。", F("gdp", 2023, "FY", 1008.7, "亿元")),
    case("break-inside-period", "上半\n年，全市固定资产投资239.8亿元，增长5.4%。",
         F("fixed_asset_investment", 2024, "H1", 239.8, "亿元", 5.4)),
    case("crlf-line-endings", "上半年，全市实现生产总值385.12亿元，\r\n增长5.7%。\r\n",
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7)),
    case("full-width-digits", "上半年，全市实现生产总值３８５．１２亿元，增长５．７％。",
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7)),
    case("full-width-thousands-and-parens", "２０２３年，全市社会消费品零售总额１，２３４．５亿元，增长６．１％。",
         F("retail_sales", 2023, "FY", 1234.5, "亿元", 6.1)),
    case("full-width-month-range", "１－５月，全市出口165.3亿元，增长7.1%。", F("exports", 2024, "M1-M5", 165.3, "亿元", 7.1)),
    case("spaces-around-number-and-unit", "上半年，全市出口 191.57 亿元 ， 增长 9.2 % 。",
         F("exports", 2024, "H1", 191.57, "亿元", 9.2)),
    case("no-break-space", "上半年，全市出口\u00a0191.57亿元，增长\u00a09.2%。", F("exports", 2024, "H1", 191.57, "亿元", 9.2)),
    case("ideographic-space-indent", "上半年，全市出口\n\u3000\u3000191.57亿元，增长9.2%。",
         F("exports", 2024, "H1", 191.57, "亿元", 9.2)),
    case("ascii-parentheses-gdp", "上半年，全市实现生产总值 (GDP) 385.12亿元，增长5.7%。",
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7)),
    case("heading-between-metric-and-growth",
         "上半年，全市固定资产投资239.8亿元，同比\n\n项目建设跑出加速度\n\n增长5.4%。",
         F("fixed_asset_investment", 2024, "H1", 239.8, "亿元", 5.4)),
    case("paragraph-break-ends-a-sentence", "上半年，全市出口191.57亿元。\n\n全市项目建设提速，新开工项目35个。",
         F("exports", 2024, "H1", 191.57, "亿元")),
    case("seed-000-unwrapped", S000_ECON_FLAT, *S000_ECON_FACTS),
    case("seed-000-13-columns-a", wrap_columns(S000_ECON_FLAT, 13, seed=1), *S000_ECON_FACTS),
    case("seed-000-13-columns-b", wrap_columns(S000_ECON_FLAT, 13, seed=7, blank_rate=0.4), *S000_ECON_FACTS),
    case("seed-000-13-columns-no-blank", wrap_columns(S000_ECON_FLAT, 13, seed=3, blank_rate=0.0), *S000_ECON_FACTS),
    case("seed-002-13-columns", wrap_columns(S002_2021 + S002_REVIEW, 13, seed=2),
         F("fdi_actual", 2021, "FY", 4.03, "亿美元"), F("fdi_actual", 2021, "FY", 5.94, "亿美元"),
         F("industrial_output", 2021, "FY", 1612.3, "亿元", 31.7),
         F("industrial_output", 2021, "FY", 2500, "亿元"), pub="2022-02-09"),
    # a numbered heading of two parts (二、工业生产稳中有进,新兴产业增势较好) is its own line
    case("heading-with-two-parts-stands-alone",
         "二、工业生产稳中有进，新兴产业增势较好\n前三季度，全县规上工业增加值316.8亿元，增长8.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", 316.8, "亿元", 8.2), pub=PUB_Q3),
    case("heading-with-two-parts-bracketed",
         "(三)消费市场回暖，线上消费活跃\n上半年，全市社会消费品零售总额201.5亿元，同比增长5.1%。",
         F("retail_sales", 2024, "H1", 201.5, "亿元", 5.1)),
    case("heading-with-two-parts-expectation",
         "四、外贸出口好于预期，新兴市场拓展加快\n1-6月，全市出口总额402.3亿元，增长12.6%。",
         F("exports", 2024, "H1", 402.3, "亿元", 12.6)),
    # a short line between two one-line paragraphs is a subheading, not the start of the sentence after it
    case("subheading-before-growth-paragraph",
         "上半年，全县经济稳中向好。\n工业经济稳进提质\n规模以上工业增加值同比增长10.3%，增速居全市第二位。",
         F("industrial_value_added", 2024, "H1", yoy=10.3)),
    case("subheading-before-trade-paragraph",
         "上半年，全县外贸形势好于预期。\n对外贸易提速发力\n进出口总额708.6亿元，同比增长30.1%，高于全市平均14.8个百分点。",
         F("trade_total", 2024, "H1", 708.6, "亿元", 30.1)),
    case("subheading-before-retail-paragraph",
         "1-6月，全县经济运行总体平稳。\n消费市场持续回暖\n全县实现社会消费品零售总额152.3亿元，同比增长6.1%。",
         F("retail_sales", 2024, "H1", 152.3, "亿元", 6.1)),
    case("short-column-line-is-no-subheading",
         "上半年，全县经济运行平稳。\n全县实现\n\n生产总值385.1亿元，增\n长5.7%。",
         F("gdp", 2024, "H1", 385.1, "亿元", 5.7)),
    # a page's metadata line ends its line: its last number is not joined to the next line's first
    case("meta-line-view-count-before-period",
         "首页 > 新闻中心\n发布时间:2024-07-28 来源:县统计局 浏览次数:1203\n1-6月,全县规上工业增加值增长7.2%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2)),
    case("meta-line-date-before-year",
         "全县经济稳中向好\n来源:平湖日报 发布日期:2024-07-26 14:20\n2024年上半年,全县实现地区生产总值412.5亿元,增长6.2%。",
         F("gdp", 2024, "H1", 412.5, "亿元", 6.2)),
    case("meta-line-clicks-before-month",
         "经济运行简报\n责任编辑:李四 点击数:35\n6月份,全县出口总额32.1亿元,增长9.4%。",
         F("exports", 2024, "M6", 32.1, "亿元", 9.4)),
]

# --------------------------------------------------------------------------
# Known gaps: right answers the engine does not give yet (strict xfail)
# --------------------------------------------------------------------------

# Traditional characters read as the simplified ones (repair folds them one for one).
TRADITIONAL = [
    case("fiscal", "上半年，全市一般公共預算收入完成58.3億元，增長6.1%。",
         F("fiscal_revenue_general", 2024, "H1", 58.3, "亿元", 6.1)),
    case("industry-trade", "1-6月，全縣規模以上工業增加值增長8.2%，外貿進出口總額達到312.5億元。",
         F("industrial_value_added", 2024, "H1", yoy=8.2), F("trade_total", 2024, "H1", 312.5, "亿元")),
    case("gdp-region", "2023年，平湖市地區生產總值完成1001.2億元，比上年增長6.3%。",
         F("gdp", 2023, "FY", 1001.2, "亿元", 6.3)),
    # a page printing each character's reading after it: 實(shí)現(xiàn)
    case("readings-after-traditional-characters",
         "上半年,全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值212.36億元,同比增長(zhǎng)5.1%。",
         F("gdp", 2024, "H1", 212.36, "亿元", 5.1)),
    case("readings-after-simplified-characters",
         "1-6月,全县规上工业增(zēng)加值完成(chéng)98.7亿元,增长(zhǎng)8.8%。",
         F("industrial_value_added", 2024, "H1", 98.7, "亿元", 8.8)),
    case("readings-in-a-list",
         "上半年,全縣財(cái)政總收入和一般公共預(yù)算收入分別為(wèi)61.2億元和38.4億元。",
         F("fiscal_revenue_total", 2024, "H1", 61.2, "亿元"), F("fiscal_revenue_general", 2024, "H1", 38.4, "亿元")),
    # a browser's PDF maps a glyph its CJK font shares with a radical to the radical (⽣ for 生, ⻓ for 长)
    case("radicals-gdp", "上半年，全市实现地区⽣产总值385.12亿元，增⻓5.7%。",
         F("gdp", 2024, "H1", 385.12, "亿元", 5.7)),
    case("radicals-industry", "1-6⽉，全县规上⼯业增加值增⻓8.2%，⼀般公共预算收⼊完成21.6亿元。",
         F("industrial_value_added", 2024, "H1", yoy=8.2), F("fiscal_revenue_general", 2024, "H1", 21.6, "亿元")),
    case("radicals-income", "上半年，全市城镇居⺠⼈均可⽀配收⼊38650元，同⽐增⻓5.2%。",
         F("income_urban_pc", 2024, "H1", 38650, "元", 5.2)),
    case("radicals-no-metric", "⻓三⻆⼀体化发展⾛深⾛实，全市新签约项⽬46个。"),
    case("english-in-brackets-is-kept",
         "上半年,全县实现地区生产总值(GDP)412.5亿元,增长6.2%。",
         F("gdp", 2024, "H1", 412.5, "亿元", 6.2)),
]

# Second probe round: communiqué sections and words that hide a place name.
PROBE2 = [
    # a sector or firm sentence under a numbered heading is not the heading's metric
    case("heading-sector-real-estate", "四、固定资产投资\n全年固定资产投资比上年增长7.6%。房地产开发投资下降11.2%。",
         F("fixed_asset_investment", 2023, "FY", yoy=7.6), pub="2024-03-20"),
    case("heading-sector-firms", "(二)固定资产投资\n全年固定资产投资增长5.3%。民营企业投资下降2.4%。",
         F("fixed_asset_investment", 2023, "FY", yoy=5.3), pub="2024-03-20"),
    case("heading-sector-services", "三、固定资产投资\n全年固定资产投资完成312.6亿元，增长6.8%。服务业投资增长3.9%。",
         F("fixed_asset_investment", 2023, "FY", 312.6, "亿元", 6.8), pub="2024-03-20"),
    case("heading-sector-firm-exports", "(三)外贸\n全年出口286.1亿元，增长4.4%。民营企业出口增长9.3%。",
         F("exports", 2023, "FY", 286.1, "亿元", 4.4), pub="2024-03-20"),
    # 项目投资中, 民间投资中: the word 投资 hides the county 资中
    case("host-word-project", "全年固定资产投资增长9.2%，在项目投资中，工业投资增长18.5%。",
         F("fixed_asset_investment", 2023, "FY", yoy=9.2), F("industrial_investment", 2023, "FY", yoy=18.5),
         pub="2024-03-20"),
    case("host-word-private", "全年固定资产投资增长6.1%，在民间投资中，工业投资增长12.4%。",
         F("fixed_asset_investment", 2023, "FY", yoy=6.1), F("industrial_investment", 2023, "FY", yoy=12.4),
         pub="2024-03-20"),
    case("host-word-industry", "全年固定资产投资增长4.7%。在产业投资中，工业投资增长20.3%，占比提高。",
         F("fixed_asset_investment", 2023, "FY", yoy=4.7), F("industrial_investment", 2023, "FY", yoy=20.3),
         pub="2024-03-20"),
    # 当月 then 1-n月累计 with the metric left out: the same metric for the cumulative period
    case("cumulative-after-month-retail", "9月份，全市社会消费品零售总额36.2亿元，同比增长7.4%；1-9月累计305.8亿元，增长6.9%。",
         F("retail_sales", 2024, "M9", 36.2, "亿元", 7.4), F("retail_sales", 2024, "Q1-Q3", 305.8, "亿元", 6.9),
         pub=PUB_Q3),
    case("cumulative-after-month-exports", "8月当月，全市出口42.3亿元，增长6.1%；1-8月累计376.5亿元，增长3.9%。",
         F("exports", 2024, "M8", 42.3, "亿元", 6.1), F("exports", 2024, "M1-M8", 376.5, "亿元", 3.9), pub=PUB_Q3),
    case("cumulative-after-month-fdi", "6月份，全市实际利用外资0.32亿美元；1-6月累计1.86亿美元，增长14.2%。",
         F("fdi_actual", 2024, "M6", 0.32, "亿美元"), F("fdi_actual", 2024, "H1", 1.86, "亿美元", 14.2)),
    # a gap in points between the rate word and the rate: 增速比…高1.2个百分点，达到7.3%
    case("points-gap-neighbour", "一季度，全市GDP增速比相邻的海盐县高1.2个百分点，达到7.3%。",
         F("gdp", 2024, "Q1", yoy=7.3)),
    case("points-gap-province", "上半年，全市规上工业增加值增速比全省平均高2.1个百分点，达到9.4%。",
         F("industrial_value_added", 2024, "H1", yoy=9.4)),
    case("points-gap-speed-word", "上半年，全市固定资产投资增长速度较全省快1.5个百分点，为7.1%。",
         F("fixed_asset_investment", 2024, "H1", yoy=7.1)),
    # …with a basis time inside the gap (比上年同期, 较去年同期)
    case("points-gap-basis-retail", "前三季度，全市社会消费品零售总额增速比上年同期快0.8个百分点，达6.2%。",
         F("retail_sales", 2024, "Q1-Q3", yoy=6.2), pub=PUB_Q3),
    case("points-gap-basis-exports", "上半年，全市出口增速较去年同期提高3.1个百分点，为9.4%。",
         F("exports", 2024, "H1", yoy=9.4)),
    case("points-gap-basis-falling", "1-6月，全市规上工业增加值增速比上年同期回落1.2个百分点，为5.6%。",
         F("industrial_value_added", 2024, "H1", yoy=5.6)),
    # 其中X增速最快，为… after a metric named with no figure of its own
    case("qizhong-fastest-count", "上半年，全市5个县（市、区）中，有3个GDP增速高于全市平均水平，其中海盐县增速最快，为8.6%。",
         F("gdp", 2024, "H1", yoy=8.6, region="海盐"), region="嘉兴"),
    case("qizhong-fastest-all", "一季度，全市各县（市、区）GDP均实现正增长，其中桐乡市增速最快，为7.9%。",
         F("gdp", 2024, "Q1", yoy=7.9, region="桐乡"), region="嘉兴"),
    case("qizhong-highest-threshold", "上半年，全市有4个县出口增速超过10%，其中嘉善县增速最高，达到18.2%。",
         F("exports", 2024, "H1", yoy=18.2, region="嘉善"), region="嘉兴"),
    # a second place's rate given as 以X%居第N after a first place's rate
    case("ranked-rate-second", "上半年，海宁市GDP增速居全市首位，达到7.9%，桐乡市以6.8%居第二。",
         F("gdp", 2024, "H1", yoy=7.9, region="海宁"), F("gdp", 2024, "H1", yoy=6.8, region="桐乡"), region="嘉兴"),
    case("ranked-rate-weilie", "1-6月，嘉善县规上工业增加值增长11.2%，增速全市第一，海盐县以9.6%位列第二。",
         F("industrial_value_added", 2024, "H1", yoy=11.2, region="嘉善"),
         F("industrial_value_added", 2024, "H1", yoy=9.6, region="海盐"), region="嘉兴"),
    case("ranked-rate-paiming", "上半年，桐乡市出口增长15.1%，居全市第一；平湖市以12.4%排名第二。",
         F("exports", 2024, "H1", yoy=15.1, region="桐乡"), F("exports", 2024, "H1", yoy=12.4, region="平湖"),
         region="嘉兴"),
    case("ranked-share-is-no-rate", "上半年，全市出口增长9.1%，高新技术产品以35%的占比居各类产品首位。",
         F("exports", 2024, "H1", yoy=9.1)),
    case("host-word-foreign", "全年实际使用外资1.86亿美元，增长12.0%，在实际使用外资中，制造业占六成。",
         F("fdi_actual", 2023, "FY", 1.86, "亿美元", 12.0), pub="2024-03-20"),
]

REAL1 = [
    # 自X以来: X starts a run of periods; it is not the time of the figures that follow
    case("since-year-quarter", "自2022年三季度以来，全县经济持续回升向好。上半年，全县实现地区生产总值218.4亿元，同比增长6.2%。",
         F("gdp", 2024, "H1", 218.4, "亿元", 6.2, region="某某县"), pub="2024-07-20", region="某某县"),
    case("since-last-half", "自去年下半年以来，全市消费市场逐月回暖。1-5月，全市社会消费品零售总额152.3亿元，增长8.4%。",
         F("retail_sales", 2024, "M1-M5", 152.3, "亿元", 8.4, region="嘉兴"), pub="2024-06-18", region="嘉兴"),
    case("since-last-quarter-paragraph", "自去年四季度以来，全区外贸出口增速连续三个季度回升。\n上半年，全区出口总额86.5亿元，同比增长12.3%。",
         F("exports", 2024, "H1", 86.5, "亿元", 12.3, region="南湖"), pub="2024-07-22", region="南湖"),
    # an article's own region named like a smaller place elsewhere (河北 / Tianjin's 河北区) is the larger one
    case("home-province-not-district", "5月份，我省规模以上工业完成增加值712.4亿元，同比增长8.5%。",
         F("industrial_value_added", 2024, "M5", 712.4, "亿元", 8.5, region="河北"), pub="2024-06-15", region="河北"),
    case("home-city-not-district", "一季度，全市地区生产总值完成236.8亿元，同比增长5.9%。",
         F("gdp", 2024, "Q1", 236.8, "亿元", 5.9, region="朝阳"), pub="2024-04-25", region="朝阳"),
    case("home-city-zhongshan", "上半年，全市社会消费品零售总额达到512.7亿元，增长4.2%。",
         F("retail_sales", 2024, "H1", 512.7, "亿元", 4.2, region="中山"), pub="2024-07-25", region="中山"),
    case("home-national-is-no-fact", "上半年，全国规模以上工业增加值同比增长6.0%。", pub="2024-07-25", region="河北"),
    # a named place's rate, then other places' rates in brackets a clause on: the same metric
    case("peer-brackets-after-rank", "1-5月，海宁市出口增长12.4%，增速居全市第1；桐乡市(9.8%)、平湖市(7.5%)、嘉善县(3.1%)增速均高于全市平均。",
         F("exports", 2024, "M1-M5", yoy=12.4, region="海宁"), F("exports", 2024, "M1-M5", yoy=9.8, region="桐乡"),
         F("exports", 2024, "M1-M5", yoy=7.5, region="平湖"), F("exports", 2024, "M1-M5", yoy=3.1, region="嘉善"),
         pub="2024-06-20", region="嘉兴"),
    case("peer-brackets-follow", "上半年，德清县规上工业增加值增长10.6%，继续领跑全市；长兴县(8.9%)、安吉县(7.2%)紧随其后。",
         F("industrial_value_added", 2024, "H1", yoy=10.6, region="德清"),
         F("industrial_value_added", 2024, "H1", yoy=8.9, region="长兴"),
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="安吉"), region="湖州"),
    case("peer-brackets-comma", "一季度，柯桥区固定资产投资增长15.2%，居全市首位，越城区(11.7%)、上虞区(9.4%)、诸暨市(-2.3%)分列其后。",
         F("fixed_asset_investment", 2024, "Q1", yoy=15.2, region="柯桥"),
         F("fixed_asset_investment", 2024, "Q1", yoy=11.7, region="越城"),
         F("fixed_asset_investment", 2024, "Q1", yoy=9.4, region="上虞"),
         F("fixed_asset_investment", 2024, "Q1", yoy=-2.3, region="诸暨"), pub="2024-04-25", region="绍兴"),
    case("peer-brackets-no-rates", "1-7月，嘉善县规上工业增加值增长8.2%；海盐县(含港区)、平湖市(含独山港)增速低于全市。",
         F("industrial_value_added", 2024, "M1-M7", yoy=8.2, region="嘉善"), pub="2024-08-20", region="嘉兴"),
    # 该县 is the county named last in the article's province (工业兴县 is a slogan, not Shanxi's 兴县)
    case("gai-xian-after-slogan", "今年以来，德清县坚持“工业兴县、商贸活县”战略。1-5月，该县规上工业增加值增长9.3%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=9.3, region="德清"), pub="2024-06-20", region="湖州"),
    case("gai-xian-slogan-same-sentence", "桐庐县大力实施“旅游兴县”战略，上半年，该县实现社会消费品零售总额78.6亿元，增长5.1%。",
         F("retail_sales", 2024, "H1", 78.6, "亿元", 5.1, region="桐庐"), region="杭州"),
    case("gai-xian-slogan-after-source", "记者从安吉县统计局获悉，在“生态兴县”理念引领下，一季度该县固定资产投资增长11.2%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=11.2, region="安吉"), pub="2024-04-20", region="湖州"),
    case("gai-xian-same-province", "兴县统计局发布数据。上半年，该县地区生产总值增长5.2%。",
         F("gdp", 2024, "H1", yoy=5.2, region="兴县"), region="吕梁"),
    # a bare 增加值 after an industrial output figure is that industry's value added
    case("bare-added-after-output", "1-8月，全县工业总产值达到86.4亿元，同比增长12.1%；增加值21.7亿元，增长9.8%。",
         F("industrial_output", 2024, "M1-M8", 86.4, "亿元", 12.1, region="海盐"),
         F("industrial_value_added", 2024, "M1-M8", 21.7, "亿元", 9.8, region="海盐"), pub="2024-09-20", region="海盐"),
    case("bare-added-shixian", "上半年，全市规上工业总产值完成512.3亿元，增长6.4%，实现增加值118.6亿元，增长7.2%。",
         F("industrial_output", 2024, "H1", 512.3, "亿元", 6.4), F("industrial_value_added", 2024, "H1", 118.6, "亿元", 7.2)),
    case("bare-added-month", "其中，6月份实现工业总产值9.86亿元，增加值2.41亿元。",
         F("industrial_output", 2024, "M6", 9.86, "亿元"), F("industrial_value_added", 2024, "M6", 2.41, "亿元")),
    case("bare-added-of-a-sector", "1-8月，全县工业总产值达到86.4亿元，增长12.1%；高新技术产业增加值21.7亿元，增长15.3%。",
         F("industrial_output", 2024, "M1-M8", 86.4, "亿元", 12.1, region="海盐"), pub="2024-09-20", region="海盐"),
    case("retail-without-pin", "截至7月底，全县实现社会消费零售总额3.14亿元，比上年增长9.6%。",
         F("retail_sales", 2024, "M1-M7", 3.14, "亿元", 9.6, region="海盐"), pub="2024-08-20", region="海盐"),
    # a metric named with its population (规上, 规模以上) ends a sector's scope carried from before
    case("population-ends-sector-scope", "1-4月，全县规上工业总产值增长6.5%，工业销售产值增长9.1%，规模以上工业增加值增长7.3%。",
         F("industrial_output", 2024, "M1-M4", yoy=6.5, region="海盐"),
         F("industrial_value_added", 2024, "M1-M4", yoy=7.3, region="海盐"), pub="2024-05-20", region="海盐"),
    case("population-after-high-tech", "上半年，全市高新技术产业产值增长12.8%，规上工业增加值增长6.9%。",
         F("industrial_value_added", 2024, "H1", yoy=6.9)),
    case("population-then-region-metric", "一季度，全区装备制造业增加值增长11.2%，规模以上工业增加值增长8.4%，固定资产投资增长5.1%。",
         F("industrial_value_added", 2024, "Q1", yoy=8.4, region="南湖"),
         F("fixed_asset_investment", 2024, "Q1", yoy=5.1, region="南湖"), pub="2024-04-20", region="南湖"),
    case("sector-added-without-population", "上半年，全市高新技术产业产值增长12.8%，增加值增长10.1%。"),
    # a plan's level (占年度预算X的) and a shortfall (短收X) stand between a revenue and its rate
    case("plan-level-then-rate", "1-6月，全县财政总收入完成8.45亿元，占年度预算12.3亿元的68.7%，超收0.6亿元，较上年同期增长11.4%。",
         F("fiscal_revenue_total", 2024, "H1", 8.45, "亿元", 11.4, region="海盐"), region="海盐"),
    case("plan-level-yearly-plan", "1-5月，一般预算收入完成1.82亿元，完成年计划3.9亿元的46.7%，同比增长4.1%。",
         F("fiscal_revenue_general", 2024, "M1-M5", 1.82, "亿元", 4.1, region="海盐"), pub="2024-06-20", region="海盐"),
    case("shortfall-then-rate", "1-4月，全县大口径财政收入完成2.16亿元，短收0.42亿元，比上年同期下降8.3%。",
         F("fiscal_revenue_total", 2024, "M1-M4", 2.16, "亿元", -8.3, region="海盐"), pub="2024-05-20", region="海盐"),
    case("shortfall-alone", "1-5月，全县一般预算收入完成1.82亿元，短收0.3亿元。",
         F("fiscal_revenue_general", 2024, "M1-M5", 1.82, "亿元", region="海盐"), pub="2024-06-20", region="海盐"),
    # 当月/本月 alone: the last month of the period in force, for that sentence only
    case("this-month-after-quarter", "一季度，全县规上工业增加值增长7.8%；其中，当月规上工业增加值增长9.1%。全县固定资产投资增长6.2%。",
         F("industrial_value_added", 2024, "Q1", yoy=7.8, region="海盐"), F("industrial_value_added", 2024, "M3", yoy=9.1, region="海盐"),
         F("fixed_asset_investment", 2024, "Q1", yoy=6.2, region="海盐"), pub="2024-04-20", region="海盐"),
    case("this-month-benyue", "1-8月，全市社会消费品零售总额216.4亿元，增长5.9%，其中本月社会消费品零售总额28.7亿元，增长6.3%。",
         F("retail_sales", 2024, "M1-M8", 216.4, "亿元", 5.9), F("retail_sales", 2024, "M8", 28.7, "亿元", 6.3),
         pub="2024-09-20"),
    case("this-month-bare-added", "1-7月，全区规上工业实现增加值356.2亿元，同比增长6.6%。其中，7月当月增加值增长8.1%。全区规上工业总产值完成1420.5亿元，增长5.2%。",
         F("industrial_value_added", 2024, "M1-M7", 356.2, "亿元", 6.6, region="南湖"),
         F("industrial_value_added", 2024, "M7", yoy=8.1, region="南湖"),
         F("industrial_output", 2024, "M1-M7", 1420.5, "亿元", 5.2, region="南湖"), pub="2024-08-20", region="南湖"),
    case("this-month-no-figure", "上半年，全市出口增长8.1%，当月新签外贸订单较多。全市进口增长3.2%。",
         F("exports", 2024, "H1", yoy=8.1), F("imports", 2024, "H1", yoy=3.2)),
    # a time in a trend carried on (延续2月份…趋势) is not the figure's period
    case("trend-month", "一季度，全市规上工业增加值延续2月份平稳向好趋势，同比增长8.7%。",
         F("industrial_value_added", 2024, "Q1", yoy=8.7), pub="2024-04-20"),
    case("trend-first-months", "1-5月，全县固定资产投资保持前4个月较快增长的态势，增长12.3%。",
         F("fixed_asset_investment", 2024, "M1-M5", yoy=12.3, region="海盐"), pub="2024-06-20", region="海盐"),
    case("trend-quarter", "上半年，全市社会消费品零售总额208.6亿元，延续一季度回升势头，同比增长6.1%。",
         F("retail_sales", 2024, "H1", 208.6, "亿元", 6.1)),
    case("trend-word-without-trend", "一季度，全市出口保持增长。3月份，全市出口增长9.4%。",
         F("exports", 2024, "M3", yoy=9.4), pub="2024-04-20"),
    # 上报完成 (reported) is a verb, not a sector's word; 城镇固定资产投资 (urban FAI) is no town's
    case("reported-investment", "1-6月，全县在库投资项目215个，上报完成固定资产投资额88.6亿元，同比增长7.4%。",
         F("fixed_asset_investment", 2024, "H1", 88.6, "亿元", 7.4, region="海盐"), region="海盐"),
    case("reported-investment-district", "上半年，全区上报完成固定资产投资52.3亿元，增长4.8%。",
         F("fixed_asset_investment", 2024, "H1", 52.3, "亿元", 4.8, region="南湖"), region="南湖"),
    case("reported-project-subset", "上半年，全县在库项目215个，其中亿元以上项目完成投资41.2亿元，增长9.1%。", region="海盐"),
    case("urban-investment", "前5个月，全省城镇固定资产投资完成5230.8亿元，增长24.6%。",
         F("fixed_asset_investment", 2011, "M1-M5", 5230.8, "亿元", 24.6, region="河北"), pub="2011-06-20", region="河北"),
    case("urban-investment-growth", "1-10月，全市城镇固定资产投资增长21.3%，增速比上月加快0.6个百分点。",
         F("fixed_asset_investment", 2011, "M1-M10", yoy=21.3), pub="2011-11-20"),
    # X年以来…分别增长a、b、c: one rate for each year since X, to last year (when the counts agree)
    case("since-year-rates", "2020年以来，全县规上工业增加值分别增长4.2%、12.6%、5.1%、7.3%。",
         F("industrial_value_added", 2020, "FY", yoy=4.2, region="海盐"), F("industrial_value_added", 2021, "FY", yoy=12.6, region="海盐"),
         F("industrial_value_added", 2022, "FY", yoy=5.1, region="海盐"), F("industrial_value_added", 2023, "FY", yoy=7.3, region="海盐"),
         pub="2024-04-10", region="海盐"),
    case("since-year-rates-he", "2021年以来，全市出口分别增长18.2%、9.5%和6.1%，连续三年保持增长。",
         F("exports", 2021, "FY", yoy=18.2), F("exports", 2022, "FY", yoy=9.5), F("exports", 2023, "FY", yoy=6.1),
         pub="2024-02-15"),
    case("year-list-rates", "2022年、2023年，全区固定资产投资分别增长9.4%和6.7%。",
         F("fixed_asset_investment", 2022, "FY", yoy=9.4, region="南湖"), F("fixed_asset_investment", 2023, "FY", yoy=6.7, region="南湖"),
         pub="2024-03-10", region="南湖"),
    case("since-year-count-differs", "2019年以来，全市地区生产总值分别增长6.8%、3.1%、8.2%、4.6%，总体保持平稳。", pub="2024-03-10"),
    # a rate opening a clause group (；同比增长…) goes on with the level before it
    case("rate-after-rank-clause", "一季度，全市地区生产总值完成318.6亿元，总量居全省第5位；同比增长6.2%，增速居全省第3位。",
         F("gdp", 2024, "Q1", 318.6, "亿元", 6.2), pub="2024-04-25"),
    case("rate-after-share-clause", "上半年，全县财政总收入达到26.4亿元，占全市比重为8.1%；比上年同期增长3.9%。",
         F("fiscal_revenue_total", 2024, "H1", 26.4, "亿元", 3.9, region="海盐"), region="海盐"),
    case("rate-after-semicolon-bare", "1-5月，全区社会消费品零售总额68.2亿元，规模居全市第二；增长5.4%。",
         F("retail_sales", 2024, "M1-M5", 68.2, "亿元", 5.4, region="南湖"), pub="2024-06-20", region="南湖"),
    case("rate-after-semicolon-own-metric", "上半年，全市出口总额186.3亿元；进口增长4.1%。",
         F("exports", 2024, "H1", 186.3, "亿元"), F("imports", 2024, "H1", yoy=4.1)),
    # a counted set of places, then two of them named with their rates by 分别: each place's
    case("counted-set-then-pair", "一季度，全市有6个县（市、区）出口增速超过10%，嘉善、平湖增速位居前列，分别为18.6%、15.2%。",
         F("exports", 2024, "Q1", yoy=18.6, region="嘉善"), F("exports", 2024, "Q1", yoy=15.2, region="平湖"),
         pub="2024-04-25", region="嘉兴"),
    case("counted-set-pair-dadao", "上半年，12个区县规上工业增加值增速高于全省，德清、长兴增幅居前两位，分别达到14.1%和12.7%。",
         F("industrial_value_added", 2024, "H1", yoy=14.1, region="德清"),
         F("industrial_value_added", 2024, "H1", yoy=12.7, region="长兴"), region="湖州"),
    case("counted-set-pair-fastest", "1-8月，全省有9个县固定资产投资增长超过20%，泰顺、文成增速最快，分别为35.2%和31.8%。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=35.2, region="泰顺"),
         F("fixed_asset_investment", 2024, "M1-M8", yoy=31.8, region="文成"), pub="2024-09-20", region="浙江"),
    case("counted-set-pair-no-rates", "上半年，12个区县规上工业增加值增速高于全省，德清、长兴两县表现突出。", region="湖州"),
    # 13市中4市的…: a counted set of places (and 市中 alone is no place name)
    case("counted-cities-over", "上半年，全省11市中3市的GDP总量超过4000亿元。", region="浙江"),
    case("counted-counties-break", "前三季度，全市8县中5县的财政总收入突破50亿元。", pub=PUB_Q3, region="温州"),
    case("counted-cities-of", "全年，全省9市的地区生产总值超过3000亿元。", pub="2024-02-10", region="浙江"),
    case("shizhong-district-full-name", "上半年，市中区地区生产总值达到312.5亿元，增长5.8%。",
         F("gdp", 2024, "H1", 312.5, "亿元", 5.8, region="市中区"), region="济南"),
    # 县均/市均: an average over the counties, not the region's total
    case("per-county-average", "前三季度，全省县域生产总值增长5.9%，县均生产总值152.3亿元。", pub=PUB_Q3, region="浙江",
         labels={152.3: "subset|sector"}),
    case("per-city-average", "2023年，全省市均一般公共预算收入达到286.4亿元。", pub="2024-02-10", region="浙江",
         labels={286.4: "subset"}),
    case("per-county-average-gdp", "上半年，全市县均地区生产总值为210.5亿元，比上年同期增加12.1亿元。", region="嘉兴",
         labels={210.5: "subset"}),
    case("county-total-is-region", "上半年，海盐县地区生产总值为210.5亿元。", F("gdp", 2024, "H1", 210.5, "亿元", region="海盐"), region="嘉兴"),
    # 微涨/微增/微降: a small rise or fall is a growth rate like any other
    case("slight-rise", "前三季度，全省财政收入2816.4亿元，较上年同期增加8.2亿元，微涨0.3%。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 2816.4, "亿元", 0.3, region="安徽"), pub=PUB_Q3, region="安徽"),
    case("slight-increase", "1-8月，全市出口总额412.6亿元，同比微增0.8%。",
         F("exports", 2024, "M1-M8", 412.6, "亿元", 0.8), pub="2024-09-20"),
    case("slight-fall", "上半年，全县一般公共预算收入15.2亿元，同比微降1.1%。",
         F("fiscal_revenue_general", 2024, "H1", 15.2, "亿元", -1.1, region="海盐"), region="海盐"),
    case("slight-adjustment-is-no-rate", "上半年，全县一般公共预算收入15.2亿元，税收占比微调0.5%。",
         F("fiscal_revenue_general", 2024, "H1", 15.2, "亿元", region="海盐"), region="海盐"),
    case("since-sum-is-no-year", "自2021年以来，全县累计完成固定资产投资560亿元。", pub="2024-03-01", region="桐乡"),
]


# Third probe round (real pages, issue 11): shapes of real text, in sentences of our own.
REAL2 = [
    # a page that glosses traditional characters with their pinyin in brackets: 區(qū)
    case("pinyin-gloss-gdp", "2023年,全縣完成地區(qū)生產(chǎn)總值188.6億元,按可比價(jià)格計(jì)算,同比增長4.9%。",
         F("gdp", 2023, "FY", 188.6, "亿元", 4.9), pub="2024-04-02"),
    case("pinyin-gloss-sectors", "全年,全市第二產(chǎn)業(yè)增加值612.3億元,增長(zhǎng)5.1%;第三產(chǎn)業(yè)增加值903.7億元,增長(zhǎng)6.2%。",
         F("gdp_secondary", 2023, "FY", 612.3, "亿元", 5.1), F("gdp_tertiary", 2023, "FY", 903.7, "亿元", 6.2),
         pub="2024-03-12"),
    case("pinyin-gloss-fiscal", "上半年,全區(qū)一般公共預(yù)算收入完成21.45億元,同比增長(zhǎng)3.8%。",
         F("fiscal_revenue_general", 2024, "H1", 21.45, "亿元", 3.8)),
    # a communiqué's footnote mark between a metric and its figure: 生产总值[2]…
    case("footnote-gdp", "初步核算,全年全县地区生产总值[2]268.4亿元,比上年增长5.3%。",
         F("gdp", 2023, "FY", 268.4, "亿元", 5.3), pub="2024-04-02"),
    case("footnote-after-bracket", "2023年全区实现地区生产总值(GDP)[1]504127万元,按可比价格计算,增长6.1%。",
         F("gdp", 2023, "FY", 504127, "万元", 6.1), pub="2024-04-02"),
    case("footnote-before-verb", "全年一般公共预算收入[3]为18.76亿元,增长7.2%。",
         F("fiscal_revenue_general", 2023, "FY", 18.76, "亿元", 7.2), pub="2024-04-02"),
    case("footnote-per-head", "全年人均地区生产总值[4]达到81204元,比上年增长6.0%。", pub="2024-04-02"),
    # a figure's or table's caption line is no part of the sentence after it
    case("caption-prices", "全年全县生产总值312.5亿元,增长5.6%。\n图1 2019-2023年全县生产总值及其增长速度\n全年居民消费价格比上年上涨0.4%。",
         F("gdp", 2023, "FY", 312.5, "亿元", 5.6), pub="2024-04-02"),
    case("caption-structure", "三次产业结构为8.1:45.2:46.7\n图2 2023年三次产业增加值占地区生产总值比重\n年末常住人口52.3万人,比上年末下降0.8%。",
         pub="2024-04-02"),
    case("caption-table", "全年规上工业增加值增长7.7%。\n  表1  2023年规模以上工业增加值主要分类情况\n全年工业投资比上年增长12.6%。",
         F("industrial_value_added", 2023, "FY", yoy=7.7), F("industrial_investment", 2023, "FY", yoy=12.6),
         pub="2024-04-02"),
    # a table printed one cell a line, each closed by a pipe; a header 单位(亿元) over amounts; an
    # introducing line (按总量排列:) between the title and the header
    case("cell-lines-ranked", "2023年各县(市、区)GDP排列:\n按总量排列:\n序号 |\n县(市区) |\n单位(亿元) |\n"
         "1 |\n江阴市 |\n4806 |\n2 |\n宜兴市 |\n2332 |\n3 |\n溧阳市 |\n1386 |\n",
         F("gdp", 2023, "FY", 4806, "亿元", region="江阴"), F("gdp", 2023, "FY", 2332, "亿元", region="宜兴"),
         F("gdp", 2023, "FY", 1386, "亿元", region="溧阳"), region="江苏", pub="2024-03-02"),
    case("cell-lines-unranked", "2022年各县一般公共预算收入:\n地区 |\n一般公共预算收入(亿元) |\n"
         "长兴县 |\n68.3 |\n安吉县 |\n61.5 |\n德清县 |\n57.9 |\n",
         F("fiscal_revenue_general", 2022, "FY", 68.3, "亿元", region="长兴县"),
         F("fiscal_revenue_general", 2022, "FY", 61.5, "亿元", region="安吉"),
         F("fiscal_revenue_general", 2022, "FY", 57.9, "亿元", region="德清"), region="湖州", pub="2023-02-10"),
    case("unit-header-piped", "上半年各区社会消费品零售总额\n按总量:\n序号 | 区 | 单位(亿元) |\n"
         "1 | 鄞州区 | 611.2 |\n2 | 海曙区 | 402.7 |\n",
         F("retail_sales", 2024, "H1", 611.2, "亿元", region="鄞州"),
         F("retail_sales", 2024, "H1", 402.7, "亿元", region="海曙"), region="宁波"),
    case("cell-lines-products", "2023年主要工业产品产量:\n产品 |\n单位(万吨) |\n钢材 |\n312.6 |\n水泥 |\n208.1 |\n"
         "化肥 |\n45.3 |\n", region="江苏", pub="2024-03-02"),
    # a list of places' rates in brackets after a ; that follows another place's rate, a rank or
    # a change in points between them: the list goes on with the same metric, each rate as printed
    case("bracket-list-after-rank", "1-5月,德清县规上工业增加值增长9.6%,增速较上月有所回落但仍居第1;长兴县(7.4%)、"
         "安吉县(5.2%)、吴兴区(-1.8%)增速均较上月回升。",
         F("industrial_value_added", 2024, "M1-M5", yoy=9.6, region="德清"),
         F("industrial_value_added", 2024, "M1-M5", yoy=7.4, region="长兴县"),
         F("industrial_value_added", 2024, "M1-M5", yoy=5.2, region="安吉"),
         F("industrial_value_added", 2024, "M1-M5", yoy=-1.8, region="吴兴"), region="湖州"),
    case("bracket-list-after-points", "上半年,柯桥区固定资产投资增长12.1%,比一季度回落2.3个百分点;越城区(8.4%)、"
         "上虞区(6.9%)增速分别回升1.1个和0.7个百分点。",
         F("fixed_asset_investment", 2024, "H1", yoy=12.1, region="柯桥"),
         F("fixed_asset_investment", 2024, "H1", yoy=8.4, region="越城"),
         F("fixed_asset_investment", 2024, "H1", yoy=6.9, region="上虞"), region="绍兴"),
    case("bracket-list-after-fall", "1-8月,海曙区社会消费品零售总额下降1.2%,降幅较上月收窄;鄞州区(3.5%)、江北区(2.6%)实现正增长。",
         F("retail_sales", 2024, "M1-M8", yoy=-1.2, region="海曙"),
         F("retail_sales", 2024, "M1-M8", yoy=3.5, region="鄞州"),
         F("retail_sales", 2024, "M1-M8", yoy=2.6, region="江北区"), region="宁波", pub=PUB_Q3),
    case("bracket-list-after-amount", "1-8月,海曙区社会消费品零售总额312.5亿元;鄞州区(3.5%)、江北区(2.6%)。",
         F("retail_sales", 2024, "M1-M8", 312.5, "亿元", region="海曙"), region="宁波", pub=PUB_Q3),
    # 其中/分产业看 after a total of a place the sentence named: the parts are that place's
    case("parts-of-named-city", "上半年,宜宾市地区生产总值1620.5亿元,增长6.1%。其中,第一产业增加值150.2亿元,增长3.9%。",
         F("gdp", 2024, "H1", 1620.5, "亿元", 6.1, region="宜宾"),
         F("gdp_primary", 2024, "H1", 150.2, "亿元", 3.9, region="宜宾"), region="四川"),
    case("parts-by-industry-county", "2023年,安吉县实现生产总值611.4亿元,增长5.2%。分产业看,第二产业增加值262.8亿元,增长6.0%。",
         F("gdp", 2023, "FY", 611.4, "亿元", 5.2, region="安吉"),
         F("gdp_secondary", 2023, "FY", 262.8, "亿元", 6.0, region="安吉"), region="湖州", pub="2024-02-05"),
    case("parts-of-named-county-city", "2023年,海宁市实现地区生产总值1318亿元,增长8%。其中,第三产业增加值590.2亿元,增长7.1%。",
         F("gdp", 2023, "FY", 1318, "亿元", 8, region="海宁"),
         F("gdp_tertiary", 2023, "FY", 590.2, "亿元", 7.1, region="海宁"), region="嘉兴", pub="2024-02-05"),
    case("parts-after-compared-place", "前三季度,全市地区生产总值1406.4亿元,增长8.7%,高于金华(6.7%)2.0个百分点。其中,"
         "第一产业增加值16.8亿元,增长5.4%。",
         F("gdp", 2024, "Q1-Q3", 1406.4, "亿元", 8.7, region="义乌"), F("gdp", 2024, "Q1-Q3", yoy=6.7, region="金华"),
         F("gdp_primary", 2024, "Q1-Q3", 16.8, "亿元", 5.4, region="义乌"), region="义乌", pub=PUB_Q3),
    case("parts-of-home", "上半年,全市地区生产总值3402.1亿元,增长5.9%。其中,第一产业增加值98.6亿元,增长3.2%。",
         F("gdp", 2024, "H1", 3402.1, "亿元", 5.9), F("gdp_primary", 2024, "H1", 98.6, "亿元", 3.2)),
    # 全市 in an article filed under a province: the city of that province named last before it
    case("whole-city-in-province-bureau", "据绵阳市统计局消息,上半年绵阳经济稳中有进。全市实现地区生产总值1842.3亿元,增长7.1%。",
         F("gdp", 2024, "H1", 1842.3, "亿元", 7.1, region="绵阳"), region="四川"),
    case("whole-city-in-province-briefing", "青岛市政府新闻办昨日通报一季度经济运行情况。一季度,全市生产总值3705.2亿元,增长5.6%。",
         F("gdp", 2024, "Q1", 3705.2, "亿元", 5.6, region="青岛"), region="山东", pub="2024-04-25"),
    case("whole-city-in-province-two", "上半年,烟台市生产总值4870.1亿元,增长6.3%。威海市召开经济运行分析会,会上通报,上半年全市规上工业增加值增长9.2%。",
         F("gdp", 2024, "H1", 4870.1, "亿元", 6.3, region="烟台"),
         F("industrial_value_added", 2024, "H1", yoy=9.2, region="威海"), region="山东"),
    case("whole-province-after-city", "济南市召开新闻发布会。上半年,全省生产总值46015.3亿元,增长5.8%。",
         F("gdp", 2024, "H1", 46015.3, "亿元", 5.8, region="山东"), region="山东"),
    # 从GDP总量来看，…: a sentence led by a metric, its places each 以 a figure (分别以 for a list)
    case("view-lead-ranking", "从GDP总量来看,上半年苏州以12125.5亿元领跑,南京、无锡则分别以8803.2亿元和7400.6亿元位列第二和第三。",
         F("gdp", 2024, "H1", 12125.5, "亿元", region="苏州"), F("gdp", 2024, "H1", 8803.2, "亿元", region="南京"),
         F("gdp", 2024, "H1", 7400.6, "亿元", region="无锡"), region="江苏"),
    case("view-lead-fiscal", "从一般公共预算收入看,2023年昆山以456.1亿元居首,江阴、张家港分别以273.9亿元和221.4亿元紧随其后。",
         F("fiscal_revenue_general", 2023, "FY", 456.1, "亿元", region="昆山"),
         F("fiscal_revenue_general", 2023, "FY", 273.9, "亿元", region="江阴"),
         F("fiscal_revenue_general", 2023, "FY", 221.4, "亿元", region="张家港"), region="江苏", pub="2024-02-05"),
    case("view-lead-share-after", "就社会消费品零售总额而言,前三季度温州以2901.3亿元位居全省第三,占全省社会消费品零售总额的12.1%,同比增长5.2%。",
         F("retail_sales", 2024, "Q1-Q3", 2901.3, "亿元", 5.2, region="温州"), region="浙江", pub=PUB_Q3),
    case("view-lead-no-figure", "从GDP总量来看,上半年苏州以较大优势领跑全省,南京位列第二。", region="江苏"),
    # a page's stray comma before another mark (,、 ,, ,。)
    case("stray-comma-list", "上半年,,海宁,、桐乡两地GDP分别增长8.1%和7.3%,。",
         F("gdp", 2024, "H1", yoy=8.1, region="海宁"), F("gdp", 2024, "H1", yoy=7.3, region="桐乡"), region="嘉兴"),
    # 县均生产总值: an average per county, not the province's figure
    case("county-average-gdp", "前三季度,全省生产总值24630.5亿元,增长5.6%,县均生产总值152.3亿元。",
         F("gdp", 2024, "Q1-Q3", 24630.5, "亿元", 5.6, region="陕西"), region="陕西", pub=PUB_Q3),
    case("county-average-growth", "2023年,全省县均地区生产总值达到286.4亿元,增长5.1%。", region="江苏", pub="2024-03-02"),
    case("county-average-fiscal", "全年全省县均一般公共预算收入12.6亿元,比上年增长3.3%。", region="河南", pub="2024-03-02"),
    case("city-average-gdp", "上半年,全省市均生产总值1530.8亿元。", region="安徽"),
    # a metric's name split by a bracketed gloss: 第三产业(服务业)增加值
    case("gloss-split-tertiary", "上半年,全市第三产业(服务业)增加值873.2亿元,增长6.1%。",
         F("gdp_tertiary", 2024, "H1", 873.2, "亿元", 6.1)),
    case("gloss-split-secondary", "2023年,全县第二产业(工业和建筑业)增加值203.5亿元,增长5.2%。",
         F("gdp_secondary", 2023, "FY", 203.5, "亿元", 5.2), pub="2024-03-02"),
    case("gloss-split-industry", "1-5月,全区规模以上工业(全口径)增加值增长7.4%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=7.4)),
    case("gloss-split-investment", "上半年,全市第三产业(服务业)投资增长3.1%。"),
    # budget progress between a revenue and its growth: 占年预算X万元的Y%, 短收/超收Z万元
    case("budget-progress-total", "1-6月,全县大口径财政收入完成5.63亿元,占年预算的48.2%,同比增长7.1%。",
         F("fiscal_revenue_total", 2024, "H1", 5.63, "亿元", 7.1)),
    case("budget-progress-shortfall", "1-9月,一般预算财政收入完成21876万元,占年预算35000万元的62.5%,短收1200万元,比上年同期增长4.6%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 21876, "万元", 4.6), pub=PUB_Q3),
    case("budget-progress-surplus", "1-5月,全区一般公共预算收入累计完成3.41亿元,为年预算的32.3%,超收0.2亿元,同比下降2.1%。",
         F("fiscal_revenue_general", 2024, "M1-M5", 3.41, "亿元", -2.1)),
    case("budget-progress-spending", "1-5月,全县一般公共预算支出完成9.1亿元,占年预算18.6亿元的48.9%。"),
    # a metric that names its own population (规上…) takes no sector or firm scope from the clause before
    case("own-population-after-sales", "1-5月,全县工业销售产值同比增长25.3%,规上工业增加值同比增长5.8%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=5.8)),
    case("own-population-after-firms", "上半年,民营企业出口增长12.1%,规模以上工业增加值增长6.6%。",
         F("industrial_value_added", 2024, "H1", yoy=6.6)),
    case("own-population-output", "前三季度,重点企业实现产值312.5亿元,规上工业总产值增长8.1%。",
         F("industrial_output", 2024, "Q1-Q3", yoy=8.1), pub=PUB_Q3),
    case("firm-scope-carries", "上半年,民营企业实现增加值120.3亿元,增长6.2%。"),
    # a figure summed (累计) with an average annual rate (年均) is a sum over years, not the year's
    case("sum-over-years-investment", "2023年,全县累计完成固定资产投资1520.3亿元,年均增长9.1%。", pub="2024-01-20"),
    case("sum-over-years-trade", "2021年,累计实现进出口总额677.5亿元、年均增长11.2%。", pub="2022-01-20"),
    case("sum-over-years-fdi", "累计实际利用外资8.6亿美元,年均增长15.3%,高于全省平均。", pub="2022-01-20"),
    case("sum-of-months-stays", "1-5月,全县累计完成固定资产投资52.3亿元,同比增长6.1%。",
         F("fixed_asset_investment", 2024, "M1-M5", 52.3, "亿元", 6.1)),
    # YYYY年以来 some years back, in a clause with no figure: a start named in passing, not the year in force
    case("since-year-aside", "上半年,全省农村居民人均可支配收入5164元,增长8.4%,扭转了2015年以来增速回落的局面。"
         "上半年,全省城镇居民人均可支配收入15292元,增长8.0%。",
         F("income_rural_pc", 2017, "H1", 5164, "元", 8.4, region="陕西"),
         F("income_urban_pc", 2017, "H1", 15292, "元", 8.0, region="陕西"), region="陕西", pub="2017-08-11"),
    case("since-year-record", "1-7月,全市出口增长9.1%,为2016年以来最高增速。7月份,全市进口增长3.2%。",
         F("exports", 2019, "M1-M7", yoy=9.1, region="台州"), F("imports", 2019, "M7", yoy=3.2, region="台州"),
         region="台州", pub="2019-08-20"),
    case("since-year-projects", "2012年以来,我县累计引进项目120个,为近年最多。上半年,全县规上工业增加值增长7.9%。",
         F("industrial_value_added", 2018, "H1", yoy=7.9, region="蒲县"), region="蒲县", pub="2018-07-20"),
    case("since-year-average", "2015年以来,全县地区生产总值年均增长7.2%。", region="蒲县", pub="2018-07-20"),
    # a place's full name opening a clause is the subject of the clauses after it (南湖区紧随其后，GDP…)
    case("full-name-follows", "上半年,海宁市GDP增长8.1%;桐乡市紧随其后,GDP增长7.6%。",
         F("gdp", 2024, "H1", yoy=8.1, region="海宁"), F("gdp", 2024, "H1", yoy=7.6, region="桐乡"), region="嘉兴"),
    case("full-name-shines", "2023年,长兴县地区生产总值858.6亿元;德清县表现亮眼,地区生产总值达到612.0亿元。",
         F("gdp", 2023, "FY", 858.6, "亿元", region="长兴县"), F("gdp", 2023, "FY", 612.0, "亿元", region="德清"),
         region="湖州", pub="2024-03-02"),
    case("full-name-keeps-pace", "前三季度,鄞州区规上工业增加值增长9.2%;北仑区不甘落后,规上工业增加值增长8.4%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.2, region="鄞州"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.4, region="北仑"), region="宁波", pub=PUB_Q3),
    case("full-name-office", "上半年,全市出口增长7.1%,平湖市商务局积极帮助企业开拓市场。",
         F("exports", 2024, "H1", yoy=7.1, region="嘉兴"), region="嘉兴"),
    # a rate a verb achieves, named after it: 实现了6%的可比增长
    case("achieved-rate-comparable", "2023年,平湖市GDP达到1008.7亿元,实现了6%的可比增长。",
         F("gdp", 2023, "FY", 1008.7, "亿元", 6, region="平湖"), region="嘉兴", pub="2024-03-02"),
    case("achieved-rate-kept", "上半年,全县规上工业增加值保持9.3%的增长。", F("industrial_value_added", 2024, "H1", yoy=9.3)),
    case("achieved-rate-yoy", "1-8月,全市出口实现12.4%的同比增长。", F("exports", 2024, "M1-M8", yoy=12.4), pub=PUB_Q3),
    # a nominal rate is labelled as the year-on-year rate, as the gold tables do (名义增长率)
    case("nominal-rate", "上半年,青岛GDP达7482亿元,实现了5.8%的名义增长。",
         F("gdp", 2024, "H1", 7482, "亿元", 5.8, region="青岛"), region="山东"),
    # an increment between a level and its rate (增量为376亿) is a change, not a second level
    case("increment-between", "上半年,青岛GDP达7482亿元,增量达412亿元,增速为6.1%。",
         F("gdp", 2024, "H1", 7482, "亿元", 6.1, region="青岛"), region="山东"),
    case("increment-wei", "2023年,全市GDP为5858亿元,增量为376亿元,增速为6.8%。",
         F("gdp", 2023, "FY", 5858, "亿元", 6.8, region="济南"), region="济南", pub="2024-02-05"),
    case("increment-bare", "前三季度,全县规上工业总产值312.6亿元,增量21.3亿元,增长7.2%。",
         F("industrial_output", 2024, "Q1-Q3", 312.6, "亿元", 7.2), pub=PUB_Q3),
    case("increment-alone", "上半年,全市GDP增量为412亿元。"),
    # 其中 with a month's figure of the metric the sentence before named (增加值 in its context)
    case("qizhong-month-value-added", "1-7月,全市规上工业增加值增长3.1%。其中,7月当月增加值增长5.4%。",
         F("industrial_value_added", 2024, "M1-M7", yoy=3.1), F("industrial_value_added", 2024, "M7", yoy=5.4),
         pub="2024-08-20"),
    case("qizhong-month-output", "1-5月,全县规上工业总产值增长8.2%。其中,5月份产值增长6.9%。",
         F("industrial_output", 2024, "M1-M5", yoy=8.2), F("industrial_output", 2024, "M5", yoy=6.9)),
    case("qizhong-june", "上半年,全市规模以上工业增加值增长7.0%。其中,6月当月增加值增长8.3%。",
         F("industrial_value_added", 2024, "H1", yoy=7.0), F("industrial_value_added", 2024, "M6", yoy=8.3)),
    case("qizhong-sector", "上半年,全市规上工业增加值增长7.0%。其中,高新技术产业增加值增长9.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.0)),
    # a place after a title (省会, 首府) opening its clause, ranked by the document's metric
    case("titled-capital-rate", "2023年,全省各市GDP均实现增长。省会长沙以4.8%的增速领跑。",
         F("gdp", 2023, "FY", yoy=4.8, region="长沙"), region="湖南", pub="2024-02-05"),
    case("titled-seat-rate", "上半年,全区GDP增长5.8%。首府呼和浩特以6.1%的增速居首。",
         F("gdp", 2024, "H1", yoy=5.8, region="内蒙古"), F("gdp", 2024, "H1", yoy=6.1, region="呼和浩特"), region="内蒙古"),
    case("titled-capital-amount", "2023年,全省各市GDP排名出炉。省会郑州以13617.8亿元位居第一。",
         F("gdp", 2023, "FY", 13617.8, "亿元", region="郑州"), region="河南", pub="2024-02-05"),
    case("titled-capital-meeting", "省会长沙召开经济运行分析会。", region="湖南", pub="2024-02-05"),
    # 全省 in an article filed under a province whose short name a county shares (河北区, 吉林市)
    case("province-home-hebei", "上半年,全省生产总值实现20115.6亿元,增长5.8%。",
         F("gdp", 2024, "H1", 20115.6, "亿元", 5.8, region="河北"), region="河北"),
    case("province-home-jilin", "1-9月,全省规上工业增加值同比增长6.4%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.4, region="吉林"), region="吉林", pub=PUB_Q3),
    case("pinyin-toneless", "2022年(nian)全縣(xian)生(sheng)產總值(zhi)215.3億(yi)元(yuan),比上年(nian)增(zeng)長4.6%。",
         F("gdp", 2022, "FY", 215.3, "亿元", 4.6), pub="2023-03-20"),
    case("unit-in-brackets-stays", "全年全社会用电量(kwh)增长6.2%。",
         F("electricity_consumption", 2023, "FY", yoy=6.2), pub="2024-03-20"),
    case("pinyin-toneless-per-head", "2022年(nian)全縣人均(jun)生(sheng)產總值(zhi)9.8萬(wan)元(yuan)。", pub="2023-03-20"),
    case("pinyin-gloss-per-head", "按常住人口計(jì)算,全縣人均地區(qū)生產(chǎn)總值5.2萬元,增長(zhǎng)4.1%。", pub="2024-04-02"),
]

# --------------------------------------------------------------------------
# Real pages, round 4 (one metric for many places or many periods): the shapes
# the misses of /work/probe-real/real4 showed, each in our own wording
# --------------------------------------------------------------------------

REAL4 = [
    # a table's title printed as its first row, the other cells empty (HTML colspan)
    case("title-row-over-empty-cells-months",
         "指标:规上工业增加值_累计增长(%) | | | |\n地区 | 2024年1-3月 | 2024年1-6月 | 2024年1-9月 |\n"
         "海宁市 | 6.1 | 6.5 | 7.0 |\n桐乡市 | 5.2 | 5.8 | 6.3 |\n",
         *(F("industrial_value_added", 2024, p, yoy=y, region=r) for r, ys in (("海宁", (6.1, 6.5, 7.0)),
           ("桐乡", (5.2, 5.8, 6.3))) for p, y in zip(("Q1", "H1", "Q1-Q3"), ys)), region="嘉兴", pub=PUB_Q3),
    case("title-row-over-empty-cells-numbered",
         "表3 各县社会消费品零售总额增速(%) | | |\n县(市、区) | 2023年5月 | 2023年6月 |\n安吉县 | 8.4 | 9.1 |\n"
         "德清县 | 7.7 | 6.9 |\n",
         F("retail_sales", 2023, "M5", yoy=8.4, region="安吉"), F("retail_sales", 2023, "M6", yoy=9.1, region="安吉"),
         F("retail_sales", 2023, "M5", yoy=7.7, region="德清"), F("retail_sales", 2023, "M6", yoy=6.9, region="德清"),
         region="湖州", pub="2023-07-20"),
    case("title-row-over-empty-cells-amounts",
         "2022年各区一般公共预算收入 | | |\n地区 | 收入(亿元) | 增长(%) |\n越城区 | 61.2 | 3.4 |\n柯桥区 | 88.5 | -2.1 |\n",
         F("fiscal_revenue_general", 2022, "FY", 61.2, "亿元", 3.4, region="越城"),
         F("fiscal_revenue_general", 2022, "FY", 88.5, "亿元", -2.1, region="柯桥"), region="绍兴", pub="2023-02-10"),
    case("title-row-over-industries",
         "指标:工业增加值_同比增长(%) | | |\n行业 | 2020年11月 | 2020年10月 |\n纺织业 | 3.1 | 2.2 |\n化纤业 | 4.0 | 1.8 |\n",
         region="绍兴", pub="2020-12-20"),
    # a header of bare years (a yearbook's 主要年份), rows of parts in their whole's unit
    case("bare-years-spaced",
         "主要年份经济指标\n    2015 2018 2020 2022\n地区生产总值(亿元)   512.3 640.8 701.2 812.6\n"
         "  第三产业   230.1 301.5 350.2 410.7\n",
         *(F(m, y, "FY", v, "亿元", region="桐乡") for m, vs in (("gdp", (512.3, 640.8, 701.2, 812.6)),
           ("gdp_tertiary", (230.1, 301.5, 350.2, 410.7))) for y, v in zip((2015, 2018, 2020, 2022), vs)),
         region="桐乡", pub="2023-10-01"),
    case("bare-years-piped-part-row",
         "| 指标 | 2019 | 2020 | 2021 |\n| 财政总收入(亿元) | 88.1 | 90.4 | 101.7 |\n| #一般公共预算收入 | 50.2 | 51.9 | 58.3 |\n",
         *(F(m, y, "FY", v, "亿元", region="嘉善") for m, vs in (("fiscal_revenue_total", (88.1, 90.4, 101.7)),
           ("fiscal_revenue_general", (50.2, 51.9, 58.3))) for y, v in zip((2019, 2020, 2021), vs)),
         region="嘉善", pub="2022-09-01"),
    case("bare-years-over-column-groups",
         "| 地区 | 2021 | | 2022 | |\n| 固定资产投资(亿元) | 增长(%) | 固定资产投资(亿元) | 增长(%) |\n"
         "| 南湖区 | 300.5 | 8.1 | 320.4 | 6.6 |\n| 秀洲区 | 280.2 | 7.5 | 301.0 | 7.4 |\n",
         F("fixed_asset_investment", 2021, "FY", 300.5, "亿元", 8.1, region="南湖"),
         F("fixed_asset_investment", 2022, "FY", 320.4, "亿元", 6.6, region="南湖"),
         F("fixed_asset_investment", 2021, "FY", 280.2, "亿元", 7.5, region="秀洲"),
         F("fixed_asset_investment", 2022, "FY", 301.0, "亿元", 7.4, region="秀洲"), region="嘉兴", pub="2023-05-01"),
    case("numbers-over-rows-are-no-years",
         "主要指标\n    120 135 150\n地区生产总值(亿元)   410.2 520.3 610.5\n财政总收入(亿元)   50.1 60.2 70.3\n",
         region="嘉善", pub="2023-05-01"),
    case("bare-years-short-row-left-out",  # spaces do not tell which year a missing cell is
         "主要年份经济指标\n    2016 2018 2020\n地区生产总值(亿元)   410.2 520.3 601.1\n财政总收入(亿元)   50.1 60.2\n",
         *(F("gdp", y, "FY", v, "亿元", region="嘉善") for y, v in ((2016, 410.2), (2018, 520.3), (2020, 601.1))),
         region="嘉善", pub="2023-05-01"),
    # a place with its amount and its rate in brackets, numbered items (下同: the rate word serves the rest)
    case("place-amount-rate-brackets-numbered",
         "上半年各县(市、区)生产总值:1.海宁市(612.3亿元 同比增长6.1%下同)、2.桐乡市(580.4亿元 5.2%)、3.海盐县(310.6亿元 4.4%)。",
         F("gdp", 2024, "H1", 612.3, "亿元", 6.1, region="海宁"), F("gdp", 2024, "H1", 580.4, "亿元", 5.2, region="桐乡"),
         F("gdp", 2024, "H1", 310.6, "亿元", 4.4, region="海盐"), region="嘉兴"),
    case("place-amount-rate-brackets-own-verbs",
         "1-9月各区一般公共预算收入:越城区(45.2亿元,同比下降3.1%)、柯桥区(70.8亿元,同比增长2.5%)、上虞区(50.3亿元,增长1.9%)。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 45.2, "亿元", -3.1, region="越城"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 70.8, "亿元", 2.5, region="柯桥"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 50.3, "亿元", 1.9, region="上虞"), region="绍兴", pub=PUB_Q3),
    case("place-amount-rate-brackets-first-verb",
         "全年各县固定资产投资完成情况:安吉县(410.2亿元 增长12.1%)、德清县(389.5亿元 9.6%)、长兴县(452.8亿元 10.3%)。",
         F("fixed_asset_investment", 2023, "FY", 410.2, "亿元", 12.1, region="安吉"),
         F("fixed_asset_investment", 2023, "FY", 389.5, "亿元", 9.6, region="德清"),
         F("fixed_asset_investment", 2023, "FY", 452.8, "亿元", 10.3, region="长兴"), region="湖州", pub="2024-02-05"),
    case("place-amount-share-brackets",  # no growth word: the percent may be a share, no rate of ours (the
         # levels are last year's: a February article that names no time)
         "各县规上工业总产值:安吉县(812.3亿元 18.2%)、德清县(760.1亿元 16.9%)。",
         F("industrial_output", 2023, "FY", 812.3, "亿元", region="安吉"),
         F("industrial_output", 2023, "FY", 760.1, "亿元", region="德清"), region="湖州", pub="2024-02-05"),
    # another time's level a figure surpasses (超过去年全年的…) sets no time for the paragraphs after it
    case("surpassed-level-last-year",
         "今年前10月,全县社会消费品零售总额已超过去年全年的210.5亿元。\n1-10月,工业生产平稳。全县规上工业增加值同比增长7.2%。",
         F("retail_sales", 2023, "FY", 210.5, "亿元"), F("industrial_value_added", 2024, "M1-M10", yoy=7.2),
         pub="2024-11-20"),
    case("surpassed-level-named-year",
         "上半年,全市进出口总额已突破2022年全年的318.4亿元。\n上半年,投资稳步增长。全市固定资产投资同比增长6.3%。",
         F("trade_total", 2022, "FY", 318.4, "亿元"), F("fixed_asset_investment", 2024, "H1", yoy=6.3)),
    case("neared-level-last-year",
         "前三季度全区一般公共预算收入已接近去年全年的96.2亿元。\n前三季度,消费市场回暖。全区社会消费品零售总额同比增长5.1%。",
         F("fiscal_revenue_general", 2023, "FY", 96.2, "亿元"), F("retail_sales", 2024, "Q1-Q3", yoy=5.1), pub=PUB_Q3),
    case("own-level-surpassing-last-year",  # the level is this year's: 超过去年全年水平 names no figure
         "今年前10月,全县社会消费品零售总额210.5亿元,超过去年全年水平。",
         F("retail_sales", 2024, "M1-M10", 210.5, "亿元"), pub="2024-11-20"),
    # places compared with in brackets after 分别高出: their own rates of the metric
    case("compared-places-gaochu",
         "1-5月,全县规上工业增加值同比增长7.4%,分别高出全国(6.2%)、全省(6.8%)平均水平1.2个和0.6个百分点。",
         F("industrial_value_added", 2024, "M1-M5", yoy=7.4, region="嘉善"),
         F("industrial_value_added", 2024, "M1-M5", yoy=6.8, region="浙江"), region="嘉善", pub="2024-06-20"),
    # the rate of the same period a year before, in brackets after 较去年同期
    case("last-year-rate-bare",
         "上半年,全县固定资产投资同比增长9.3%,较上年同期(5.2%)加快4.1个百分点。",
         F("fixed_asset_investment", 2024, "H1", yoy=9.3, region="嘉善"),
         F("fixed_asset_investment", 2023, "H1", yoy=5.2, region="嘉善"), region="嘉善"),
    case("last-year-rate-with-verb",
         "1-8月,全市社会消费品零售总额同比增长6.6%,比去年同期(增长3.4%)加快3.2个百分点。",
         F("retail_sales", 2024, "M1-M8", yoy=6.6, region="嘉兴"), F("retail_sales", 2023, "M1-M8", yoy=3.4, region="嘉兴"),
         region="嘉兴", pub="2024-09-20"),
    case("last-year-rate-falling",
         "一季度,全区一般公共预算收入同比增长2.5%,较去年同期(下降2.1%)提高4.6个百分点。",
         F("fiscal_revenue_general", 2024, "Q1", yoy=2.5, region="南湖"),
         F("fiscal_revenue_general", 2023, "Q1", yoy=-2.1, region="南湖"), region="南湖", pub="2024-04-20"),
    case("rate-of-the-year-start-is-none",
         "上半年,全县规上工业增加值同比增长6.5%,较年初(5.2%)加快1.3个百分点。",
         F("industrial_value_added", 2024, "H1", yoy=6.5, region="嘉善"), region="嘉善"),
    # a list of places with their figures in brackets right after the subject's own figure
    case("bracket-places-amounts-and-rates",
         "上半年,全县城镇居民人均可支配收入32150元(全省35210元、全市36870元),同比增长5.1%(全省4.8%、全市4.9%)。",
         F("income_urban_pc", 2024, "H1", 32150, "元", 5.1, region="嘉善"),
         F("income_urban_pc", 2024, "H1", 35210, "元", 4.8, region="浙江"),
         F("income_urban_pc", 2024, "H1", 36870, "元", 4.9, region="嘉兴"), region="嘉善"),
    case("bracket-places-rates",
         "1-9月,全县规上工业增加值同比增长7.5%(全省6.1%、全市6.9%),增速居全市第二。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.5, region="嘉善"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.1, region="浙江"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.9, region="嘉兴"), region="嘉善", pub=PUB_Q3),
    case("bracket-places-amounts",
         "全年,全县居民人均可支配收入52180元(全市56320元、全省60250元)。",
         F("income_pc", 2023, "FY", 52180, "元", region="嘉善"), F("income_pc", 2023, "FY", 56320, "元", region="嘉兴"),
         F("income_pc", 2023, "FY", 60250, "元", region="浙江"), region="嘉善", pub="2024-02-05"),
    case("bracket-parts-are-no-places",  # 城镇/农村 in brackets: parts of the figure, not places
         "上半年,全县居民人均可支配收入增长5.6%(城镇5.1%、农村6.2%)。",
         F("income_pc", 2024, "H1", yoy=5.6, region="嘉善"), region="嘉善"),
    # a table titled by its metric with its columns' units, no time of its own: the article's lead time;
    # a column of a rate's change (增速比1-6月, 增速较上年同期) holds points, no rate
    case("unit-list-title-lead-time",
         "1-7月,各市经济运行平稳。\n规模以上工业增加值 (亿元、%、%)\n城市 | 增速 | 增速比1-6月 |\n杭州 | 7.2 | 0.3 |\n"
         "宁波 | 6.8 | -0.1 |\n",
         F("industrial_value_added", 2024, "M1-M7", yoy=7.2, region="杭州"),
         F("industrial_value_added", 2024, "M1-M7", yoy=6.8, region="宁波"), region="浙江", pub="2024-08-20"),
    case("unit-list-title-cells-one-a-line",
         "上半年,全省投资保持增长。\n固定资产投资(亿元、%)\n地区 |\n增速 |\n增速比一季度 |\n温州 |\n10.2 |\n1.1 |\n"
         "台州 |\n8.7 |\n-0.4 |\n",
         F("fixed_asset_investment", 2024, "H1", yoy=10.2, region="温州"),
         F("fixed_asset_investment", 2024, "H1", yoy=8.7, region="台州"), region="浙江"),
    case("rate-change-column-skipped",
         "2023年1-5月各县主要指标\n地区 | 规上工业增加值增速(%) | 增速较上年同期(±) |\n海宁 | 8.1 | 2.2 |\n桐乡 | 7.4 | -0.5 |\n",
         F("industrial_value_added", 2023, "M1-M5", yoy=8.1, region="海宁"),
         F("industrial_value_added", 2023, "M1-M5", yoy=7.4, region="桐乡"), region="嘉兴", pub="2023-06-20"),
    case("unit-list-title-no-time-anywhere",
         "规模以上工业增加值 (亿元、%、%)\n省市 | 增速 | 增速比上月 |\n杭州 | 7.2 | 0.3 |\n宁波 | 6.8 | -0.1 |\n",
         region="浙江", pub="2024-08-20"),
    # header cells printed one a line, one of them broken over two lines (增速与去年 / 同期比较)
    case("one-a-line-header-broken-rate-change",
         "1-5月,各市经济平稳。\n规模以上工业增加值 (亿元、%、%)\n城市 |\n增速 |\n增速与去年 |\n同期比较 |\n湖州 |\n8.2 |\n"
         "1.1 |\n衢州 |\n7.5 |\n-0.4 |\n",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.2, region="湖州"),
         F("industrial_value_added", 2024, "M1-M5", yoy=7.5, region="衢州"), region="浙江", pub="2024-06-20"),
    case("one-a-line-header-broken-period",
         "前三季度,全国投资平稳。\n固定资产投资 (亿元、%、%)\n省份 |\n增速 |\n增速比上 |\n半年 |\n江西 |\n9.1 |\n0.3 |\n"
         "湖南 |\n8.4 |\n-0.2 |\n",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.1, region="江西"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.4, region="湖南"), region="全国", pub=PUB_Q3),
    case("one-a-line-header-broken-label",
         "1-8月,各地外贸稳定。\n出口总额 (亿元、%、%)\n地 |\n区 |\n增速 |\n增速与上年同期比 |\n福州 |\n6.3 |\n1.2 |\n"
         "厦门 |\n4.1 |\n-0.7 |\n",
         F("exports", 2024, "M1-M8", yoy=6.3, region="福州"), F("exports", 2024, "M1-M8", yoy=4.1, region="厦门"),
         region="福建", pub="2024-09-20"),
    case("one-a-line-header-industries",
         "1-5月,各行业生产平稳。\n规模以上工业增加值 (亿元、%、%)\n行业 |\n增速 |\n增速与去年 |\n同期比较 |\n纺织业 |\n8.2 |\n"
         "1.1 |\n化纤业 |\n7.5 |\n-0.4 |\n", region="浙江", pub="2024-06-20"),
    # a sentence that opens with a counted set of places and a rate word, then names some of them
    # with their rates: the places' own rates of the metric the sentence before named
    case("counted-places-rates-next-sentence",
         "1-4月,全省固定资产投资增长9.1%。11个市同比均增长,增速较快的杭州、宁波分别增长12.3%和10.8%。",
         F("fixed_asset_investment", 2024, "M1-M4", yoy=9.1, region="浙江"),
         F("fixed_asset_investment", 2024, "M1-M4", yoy=12.3, region="杭州"),
         F("fixed_asset_investment", 2024, "M1-M4", yoy=10.8, region="宁波"), region="浙江", pub="2024-05-20"),
    case("counted-places-rates-above-average",
         "上半年,全市规上工业增加值增长6.2%。5个县(市、区)增速高于全市,增幅居前的海宁、桐乡分别增长9.8%和8.6%。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.8, region="海宁"),
         F("industrial_value_added", 2024, "H1", yoy=8.6, region="桐乡"), region="嘉兴"),
    case("counted-places-rates-of-a-region-group",
         "前三季度,中部地区社会消费品零售总额增长7.5%。6个省份均保持增长,增速较快的江西、安徽分别增长8.9%和8.4%。",
         F("retail_sales", 2024, "Q1-Q3", yoy=8.9, region="江西"), F("retail_sales", 2024, "Q1-Q3", yoy=8.4, region="安徽"),
         region="全国", pub=PUB_Q3),
    case("counted-places-counts-are-no-rates",
         "上半年,全市新签约项目120个。8个县均有签约,签约较多的海宁、桐乡分别签约18个和15个。",
         F("signed_projects_count", 2024, "H1", 120, "个", region="嘉兴"), region="嘉兴"),
    # a yearbook table: column numbers under the header (甲 | 1 | 2 …), a header line printed without the
    # label column's cell (shifted left), 1-本月 for the months from January
    case("column-numbers-shifted-header-this-year",
         "2024年6月社会消费品零售总额\n金额单位:万元 | | | | | |\n项目 | 本年 | 上年同期 | 增长(%) | | |\n"
         "本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 | |\n甲 | 1 | 2 | 3 | 4 | 5 | 6 |\n"
         "社会消费品零售总额 | 2150.5 | 12480.2 | 2040.1 | 11820.6 | 5.4 | 5.6 |\n城镇 | 1800.2 | 10400.3 | 1710.5 | 9880.1 | 5.2 | 5.3 |\n",
         F("retail_sales", 2024, "M6", 2150.5, "万元", 5.4, region="宁波"),
         F("retail_sales", 2024, "H1", 12480.2, "万元", 5.6, region="宁波"),
         # (the columns of the year before, 上年本月 and 上年1-本月, are that year's figures)
         F("retail_sales", 2023, "M6", 2040.1, "万元", region="宁波"),
         F("retail_sales", 2023, "H1", 11820.6, "万元", region="宁波"), region="宁波", pub="2024-07-20"),
    case("column-numbers-under-header",
         "表2 2023年各县主要指标\n县(市) | 地区生产总值(亿元) | 增长(%) |\n甲 | 1 | 2 |\n海宁市 | 1320.5 | 5.8 |\n桐乡市 | 1280.2 | 6.1 |\n",
         F("gdp", 2023, "FY", 1320.5, "亿元", 5.8, region="海宁"), F("gdp", 2023, "FY", 1280.2, "亿元", 6.1, region="桐乡"),
         region="嘉兴", pub="2024-03-01"),
    case("this-month-and-from-january-columns",
         "2024年5月规上工业总产值\n单位:亿元\n地区 | 本月 | 1-本月 |\n南湖区 | 120.5 | 560.2 |\n秀洲区 | 98.1 | 470.6 |\n",
         F("industrial_output", 2024, "M5", 120.5, "亿元", region="南湖"),
         F("industrial_output", 2024, "M1-M5", 560.2, "亿元", region="南湖"),
         F("industrial_output", 2024, "M5", 98.1, "亿元", region="秀洲"),
         F("industrial_output", 2024, "M1-M5", 470.6, "亿元", region="秀洲"), region="嘉兴", pub="2024-06-20"),
    case("column-numbers-over-industries",
         "2024年5月各行业产值\n单位:亿元\n行业 | 本月 | 1-本月 |\n甲 | 1 | 2 |\n纺织业 | 12.5 | 56.2 |\n化纤业 | 9.1 | 47.6 |\n",
         region="嘉兴", pub="2024-06-20"),
    # a short name the text defines in brackets (以下简称“社零总额”) is no mention of a metric of its own
    case("abbreviation-defined-quoted",
         "上半年,全市实现规上工业增加值(以下简称“规上增加值”)512.3亿元,同比增长6.8%。",
         F("industrial_value_added", 2024, "H1", 512.3, "亿元", 6.8)),
    case("abbreviation-defined-bare",
         "1-9月,全县社会消费品零售总额(下称社零)286.4亿元,增长5.9%。",
         F("retail_sales", 2024, "Q1-Q3", 286.4, "亿元", 5.9), pub=PUB_Q3),
    case("abbreviation-defined-short",
         "全年完成固定资产投资(简称“固投”)420.5亿元,比上年增长8.1%。",
         F("fixed_asset_investment", 2023, "FY", 420.5, "亿元", 8.1), pub="2024-02-05"),
    case("abbreviation-defined-no-figure", "我市社会消费品零售总额(以下简称“社零总额”)持续回升。"),
    # a contribution rate (的贡献率) moving from one value to another is no growth of the metric
    case("contribution-rate-shift",
         "上半年,全市社零总额增长8.1%,对全省的贡献率由去年的30%上升至35.2%。",
         F("retail_sales", 2024, "H1", yoy=8.1)),
    case("contribution-rate-of-metric-shift",
         "1-6月,限上单位零售额增长15.2%,拉动全市社零总额增长9.6个百分点,对全市社零总额的贡献率由去年的40%上升至63.2%。",
         pub="2024-07-26"),
    case("contribution-of-the-metric-is-no-figure",
         "上半年,全市规上工业增加值增长6.5%,规上工业增加值的贡献率达到41.2%。",
         F("industrial_value_added", 2024, "H1", yoy=6.5)),
    case("growth-rate-shift-stays",  # near miss: 增速由…回升至 is a rate of the metric
         "上半年,全市规上工业增加值增长6.1%,增速由一季度的4.2%回升至6.1%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1), F("industrial_value_added", 2024, "Q1", yoy=4.2)),
    # a city's figure that is a share of the province's (占全省…的57.4%) is still the city's whole figure
    case("province-share-of-a-part-after-qizhong",
         "上半年,全市进出口总额274亿美元,增长12%。其中,出口142.7亿美元,增长16%,占全省出口的57.4%。",
         F("trade_total", 2024, "H1", 274, "亿美元", 12, region="大连"),
         F("exports", 2024, "H1", 142.7, "亿美元", 16, region="大连"), region="大连"),
    case("province-share-of-city-gdp",
         "1-9月,实现地区生产总值1230.5亿元,增长5.2%,占全省的8.1%。",
         F("gdp", 2024, "Q1-Q3", 1230.5, "亿元", 5.2, region="嘉兴"), region="嘉兴", pub=PUB_Q3),
    case("province-share-ratio-of-city-revenue",
         "全年一般公共预算收入88.6亿元,增长6.0%,占全省比重为3.2%。",
         F("fiscal_revenue_general", 2023, "FY", 88.6, "亿元", 6.0, region="湖州"), region="湖州", pub="2024-02-05"),
    case("province-share-of-a-sector",
         "上半年,全市规上工业增加值增长6.5%。其中,新兴产业增加值42.7亿元,增长9.1%,占全省的0.5%。",
         F("industrial_value_added", 2024, "H1", yoy=6.5, region="海宁"), region="海宁"),
    case("own-trade-total-alias",
         "上半年,全市自营进出口总额274亿美元,同比增长12%。",
         F("trade_total", 2024, "H1", 274, "亿美元", 12, region="大连"), region="大连"),
    # 全国 in the name of a census (全国第五次经济普查, 第四次全国经济普查) is no place of the figures
    case("census-name-national-word-first",
         "2023年全国第五次经济普查结果:全县生产总值296.80亿元,其中第一产业增加值50.24亿元。",
         F("gdp", 2023, "FY", 296.8, "亿元"), F("gdp_primary", 2023, "FY", 50.24, "亿元"), pub="2025-04-01"),
    case("census-name-revised-level",
         "根据第四次全国经济普查结果,2018年全县地区生产总值修订为412.5亿元。",
         F("gdp", 2018, "FY", 412.5, "亿元"), pub="2025-04-01"),
    case("census-name-after-jing",
         "经第五次全国经济普查,2023年全市GDP为5120.3亿元。", F("gdp", 2023, "FY", 5120.3, "亿元"), pub="2025-04-01"),
    case("census-meeting-no-figure", "全国第五次经济普查工作会议召开,全县共投入普查经费120万元。", pub="2025-04-01"),
    case("national-figure-stays-national", "2024年,全国GDP增长5.0%。", pub="2025-04-01",
         labels={5.0: "national"}),
    # a metric framed as the topic (在…指标上, 在…方面), then a place opening the next clause with its figure
    case("metric-frame-indicator-place-rate",
         "2023年,在规模以上工业增加值指标上,海宁市同比增长9.8%,位居全市第一。",
         F("industrial_value_added", 2023, "FY", yoy=9.8, region="海宁"), region="嘉兴", pub="2024-02-05"),
    case("metric-frame-aspect-place-level",
         "上半年,在一般公共预算收入方面,桐乡市完成58.2亿元,总量位居全市第一。",
         F("fiscal_revenue_general", 2024, "H1", 58.2, "亿元", region="桐乡"), region="嘉兴"),
    case("metric-frame-indicator-district",
         "1-9月,在固定资产投资指标上,南湖区增长12.1%,增速领跑全市。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.1, region="南湖"), region="嘉兴", pub=PUB_Q3),
    case("frame-of-no-metric", "在招商引资方面,海宁市签约项目数位居全市第一。", region="嘉兴"),
    # a sentence of nothing but places with their rates (three or more), after a sentence that gave one
    # metric's rate: the places' rates of that metric
    case("places-rates-after-metric-rate-biru",
         "1-9月,全市固定资产投资增长7.4%,各县增速分化明显。比如,海宁市是12.3%,桐乡市是9.1%,嘉善县是8.2%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.4, region="嘉兴"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.3, region="海宁"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.1, region="桐乡"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.2, region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("places-rates-after-metric-rate-wei",
         "上半年,全市社会消费品零售总额同比增长5.6%。具体来看,南湖区为6.8%,秀洲区为6.1%,平湖市为5.9%。",
         F("retail_sales", 2024, "H1", yoy=5.6, region="嘉兴"), F("retail_sales", 2024, "H1", yoy=6.8, region="南湖"),
         F("retail_sales", 2024, "H1", yoy=6.1, region="秀洲"), F("retail_sales", 2024, "H1", yoy=5.9, region="平湖"),
         region="嘉兴"),
    case("places-rates-after-metric-rate-bare",
         "全年全市规上工业增加值增速为7.0%。海宁市9.1%,桐乡市8.4%,海盐县7.7%,居全市前三。",
         F("industrial_value_added", 2023, "FY", yoy=7.0, region="嘉兴"),
         F("industrial_value_added", 2023, "FY", yoy=9.1, region="海宁"),
         F("industrial_value_added", 2023, "FY", yoy=8.4, region="桐乡"),
         F("industrial_value_added", 2023, "FY", yoy=7.7, region="海盐"), region="嘉兴", pub="2024-02-05"),
    case("places-percents-after-a-level",  # the sentence before gave no rate: the percents may be shares
         "全年全市规上工业总产值2150亿元。比如,海宁市是12.3%,桐乡市是9.1%,嘉善县是8.2%。",
         F("industrial_output", 2023, "FY", 2150, "亿元", region="嘉兴"), region="嘉兴", pub="2024-02-05"),
    # a place named by its rank (排在第一名的长垣市, 位居第一位的海宁市) is the subject of the rate after it
    case("ranked-place-after-metric-clause",
         "2020年,各地社会消费品零售总额降速明显,几乎均是负增长,排在第一名的长垣市增速也仅为0.1%。",
         F("retail_sales", 2020, "FY", yoy=0.1, region="长垣"), region="新乡", pub="2021-02-06"),
    case("ranked-place-after-own-rate",
         "上半年,全市规上工业增加值增长6.2%,位居第一位的海宁市增长9.8%。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.8, region="海宁"), region="嘉兴"),
    case("ranked-place-rank-without-unit",
         "全年各县固定资产投资增速分化,排名第一的桐乡市增长15.2%。",
         F("fixed_asset_investment", 2023, "FY", yoy=15.2, region="桐乡"), region="嘉兴", pub="2024-02-05"),
    case("rank-of-the-home-is-no-place",
         "上半年,全市规上工业增加值增长6.2%,位居全省第一位。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="嘉兴"), region="嘉兴"),
    # a table printed one cell a line with a blank line after each (a web page), a part's row marked # apart
    # from its label, 比去年同月增长 over the month's rates, pinyin glosses inside a label
    case("double-spaced-cells-part-rows",
         "2024年5月社会消费品零售总额\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n比去年同期增长(%)\n\n"
         "社会消费品零售总额(亿元)\n\n312.5\n\n4.2\n\n1520.8\n\n3.9\n\n   # 批发零售业\n\n280.1\n\n4.0\n\n1370.2\n\n3.7\n\n"
         "   住宿餐饮业\n\n32.4\n\n6.1\n\n150.6\n\n5.5\n",
         F("retail_sales", 2024, "M5", 312.5, "亿元", 4.2, region="宁波"),
         F("retail_sales", 2024, "M1-M5", 1520.8, "亿元", 3.9, region="宁波"), region="宁波", pub="2024-06-20"),
    case("double-spaced-cells-pinyin-glosses",
         "2024年5月社会消费品零售总额\n\n指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n比去年同期增长(%)\n\n"
         "社会消(xiāo)费(fèi)品零售总额(亿元)\n\n312.5\n\n4.2\n\n1520.8\n\n3.9\n\n   # 批发(fā)零售业\n\n280.1\n\n4.0\n\n"
         "1370.2\n\n3.7\n\n   住宿餐饮业\n\n32.4\n\n6.1\n\n150.6\n\n5.5\n",
         F("retail_sales", 2024, "M5", 312.5, "亿元", 4.2, region="宁波"),
         F("retail_sales", 2024, "M1-M5", 1520.8, "亿元", 3.9, region="宁波"), region="宁波", pub="2024-06-20"),
    case("part-row-marked-apart-keeps-the-table",
         "2024年6月主要指标\n指标   本月   1-本月\n社会消费品零售总额(亿元)   210.5   1180.2\n#   限额以上   90.1   480.3\n"
         "固定资产投资(亿元)   120.4   640.8\n",
         F("retail_sales", 2024, "M6", 210.5, "亿元", region="宁波"), F("retail_sales", 2024, "H1", 1180.2, "亿元", region="宁波"),
         F("fixed_asset_investment", 2024, "M6", 120.4, "亿元", region="宁波"),
         F("fixed_asset_investment", 2024, "H1", 640.8, "亿元", region="宁波"), region="宁波", pub="2024-07-20"),
    case("part-rows-only", "2024年6月主要指标\n指标   本月   1-本月\n#   批发业   90.1   480.3\n#   零售业   120.4   640.8\n",
         region="宁波", pub="2024-07-20"),
    # a share word in a heading before a colon (占比稳居首位:) makes no share of the figures after it
    case("share-heading-colon-output",
         "工业生产平稳,制造业占比稳居首位:1-4月份全县规上工业总产值累计完成15.7亿元,增长15.3%。",
         F("industrial_output", 2022, "M1-M4", 15.7, "亿元", 15.3), pub="2022-05-20"),
    case("share-heading-colon-retail",
         "消费结构优化,线上消费占比提升:上半年全市社会消费品零售总额186.3亿元,增长6.2%。",
         F("retail_sales", 2024, "H1", 186.3, "亿元", 6.2)),
    case("share-heading-colon-investment", "投资占比提高:前三季度全县固定资产投资增长9.1%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.1), pub=PUB_Q3),
    case("share-before-colon-figure", "全年规上工业增加值占GDP比重:42.1%。", pub="2024-02-05"),
    # places joined before one whose figure follows 均 share that figure (海宁、桐乡均增长8.1%)
    case("shared-rate-after-qizhong",
         "上半年,全市规上工业增加值增长6.2%,其中海宁、桐乡均增长8.1%。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="桐乡"), region="嘉兴"),
    case("shared-rate-ending-a-list",
         "1-9月,全市固定资产投资增长7.4%,各县增速分化明显。比如,海宁市是12.3%,桐乡市是9.1%,嘉善县、平湖市均是8.2%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.4, region="嘉兴"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.3, region="海宁"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.1, region="桐乡"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.2, region="嘉善"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.2, region="平湖"), region="嘉兴", pub=PUB_Q3),
    case("shared-rate-three-places",
         "全年,全市GDP增长6.0%,海宁市、桐乡市和海盐县均增长7.0%。",
         F("gdp", 2023, "FY", yoy=6.0, region="嘉兴"), F("gdp", 2023, "FY", yoy=7.0, region="海宁"),
         F("gdp", 2023, "FY", yoy=7.0, region="桐乡"), F("gdp", 2023, "FY", yoy=7.0, region="海盐"),
         region="嘉兴", pub="2024-02-05"),
    case("shared-rank-no-figure", "全年,全市GDP增长6.0%,海宁市、桐乡市均居前列。",
         F("gdp", 2023, "FY", yoy=6.0, region="嘉兴"), region="嘉兴", pub="2024-02-05"),
]

# Real pages of round 3 (our own sentences in the shapes those pages showed)
REAL3 = [
    # ℅ (care of) typed for a per cent sign
    case("care-of-sign-is-percent", "2010年，全县地区生产总值实现85.6亿元，同比增长9℅。",
         F("gdp", 2010, "FY", 85.6, "亿元", 9), pub="2011-02-20"),
    case("care-of-sign-list", "全年一般预算收入完成5210万元，地方财政支出12360万元，同比分别增长21.3℅和18.2℅。",
         F("fiscal_revenue_general", 2010, "FY", 5210, "万元", 21.3), pub="2011-02-20"),
    case("care-of-sign-two-rates", "2010年，规模以上工业增加值增长12.4℅，全社会固定资产投资增长30℅。",
         F("industrial_value_added", 2010, "FY", yoy=12.4), F("fixed_asset_investment", 2010, "FY", yoy=30),
         pub="2011-02-20"),
    case("care-of-sign-no-metric", "来信请寄县政府办公室℅王主任，邮编558000。", pub="2011-02-20"),
    # 突破亿元大关: a bound with no number, then the figure a verb introduces
    case("bare-bound-then-figure", "2010年，全县财政总收入突破亿元大关，实现10560万元，增长32.5%。",
         F("fiscal_revenue_total", 2010, "FY", 10560, "万元", 32.5), pub="2011-02-20"),
    case("bare-bound-reaches", "去年全县社会消费品零售总额首次跨过亿元大关，达到1.12亿元。",
         F("retail_sales", 2010, "FY", 1.12, "亿元"), pub="2011-02-20"),
    case("bare-bound-dollars", "2010年，外贸进出口总额突破亿美元大关，全年完成1.36亿美元，增长18%。",
         F("trade_total", 2010, "FY", 1.36, "亿美元", 18), pub="2011-02-20"),
    # 完成全年目标任务的26.4%: a plan's period in a sentence of no metric moves no time
    case("plan-period-in-passing", "一季度，全县城镇新增就业3120人，完成全年目标任务的26.4%。全体居民人均可支配收入9850元，同比增长6.1%。",
         F("income_pc", 2024, "Q1", 9850, "元", 6.1), pub="2024-04-25"),
    case("plan-period-yearly-plan", "上半年，全市招商引资到位资金完成年度计划的58%。社会消费品零售总额132.6亿元，增长5.2%。",
         F("retail_sales", 2024, "H1", 132.6, "亿元", 5.2)),
    case("plan-period-task", "1-5月，全县新开工项目完成全年任务的47.2%。规上工业增加值增长8.3%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.3), pub="2024-06-20"),
    case("plan-period-alone", "一季度，全县完成全年目标任务的26.4%。", pub="2024-04-25"),
    # a byline or dateline before the text is no subset, and its place no subject
    case("byline-then-parts", "本报讯（记者 王某 通讯员 李某）根据地区生产总值统一核算结果，上半年，全县实现地区生产总值156.2亿元，"
         "同比增长5.9%，其中：第一产业增加值12.3亿元，增长3.1%。",
         F("gdp", 2024, "H1", 156.2, "亿元", 5.9), F("gdp_primary", 2024, "H1", 12.3, "亿元", 3.1)),
    case("byline-short", "（通讯员 张某）根据统一核算，一季度全市生产总值实现402.6亿元，增长6.0%，其中：第三产业增加值210.4亿元，增长6.8%。",
         F("gdp", 2024, "Q1", 402.6, "亿元", 6.0), F("gdp_tertiary", 2024, "Q1", 210.4, "亿元", 6.8), pub="2024-04-25"),
    case("dateline-place-is-no-subject", "新华社长沙4月20日电 根据地区生产总值统一核算结果，一季度湖南地区生产总值12600亿元，同比增长5.2%，"
         "其中：第一产业增加值820亿元，增长3.6%。",
         F("gdp", 2024, "Q1", 12600, "亿元", 5.2, region="湖南"), F("gdp_primary", 2024, "Q1", 820, "亿元", 3.6, region="湖南"),
         region="湖南", pub="2024-04-25"),
    case("byline-then-project", "（记者 王某）全县重点项目投资完成36.5亿元。"),
    # a paper's or broadcaster's name (vocab/media_words.csv) in a byline or a source names no place
    case("byline-paper-name", "本报讯（东海日报记者 李某）上半年地区生产总值100.5亿元，增长5.1%。",
         F("gdp", 2024, "H1", 100.5, "亿元", 5.1)),
    case("byline-media-centre", "（平阳县融媒体中心记者 王某）1-5月固定资产投资增长9.6%。",
         F("fixed_asset_investment", 2024, "M1-M5", yoy=9.6), pub="2024-06-20"),
    case("byline-paper-correspondent", "（象山日报通讯员 张某）一季度规上工业增加值58.3亿元，同比增长7.2%。",
         F("industrial_value_added", 2024, "Q1", 58.3, "亿元", 7.2), pub="2024-04-25"),
    case("byline-news-site", "本报讯（永嘉新闻网记者 张某）前三季度全社会用电量增长6.6%。",
         F("electricity_consumption", 2024, "Q1-Q3", yoy=6.6), pub="2024-10-20"),
    # a masthead printed as lines of its own (a PDF's pieces): the page's label ends its line
    case("masthead-lines-label-last", "东海日报\n2024-07-26\n第3版 经济\n全县实现地区生产总值212.4亿元，同比增长5.8%\n"
         "上半年，全县经济运行稳中向好。", F("gdp", 2024, "H1", 212.4, "亿元", 5.8)),
    case("masthead-lines-section", "2024年7月26日\n第5版 综合新闻\n实现一般公共预算收入36.2亿元，增长4.4%\n"
         "上半年，全市财政运行平稳。", F("fiscal_revenue_general", 2024, "H1", 36.2, "亿元", 4.4)),
    case("masthead-lines-label-alone", "第2版 要闻\n实现地区生产总值212.4亿元，同比增长5.8%\n上半年，全县经济运行稳中向好。",
         F("gdp", 2024, "H1", 212.4, "亿元", 5.8)),
    case("page-label-in-prose-near-miss", "详见本报第3版。上半年，全市外贸进出口总额312.5亿元，增长6.6%。",
         F("trade_total", 2024, "H1", 312.5, "亿元", 6.6)),
    case("paper-name-near-miss", "东海日报讯 上半年，东海县实现地区生产总值312.6亿元，增长6.3%。",
         F("gdp", 2024, "H1", 312.6, "亿元", 6.3, region="东海"), region="连云港"),
    # 预计2025年6月建成通车: the date a plan names for a work moves no time and makes nothing a forecast
    case("plan-date-caption", "该项目总投资12.6亿元，预计2025年6月建成通车。\n一季度，全县实现地区生产总值86.3亿元，同比增长5.2%。",
         F("gdp", 2024, "Q1", 86.3, "亿元", 5.2), pub="2024-04-25"),
    case("plan-date-year-end", "园区二期工程计划于年底前投产。\n上半年，全市规上工业增加值增长7.1%。",
         F("industrial_value_added", 2024, "H1", yoy=7.1)),
    case("plan-date-in-use", "新建的污水处理厂有望2025年3月投入运行。\n1-5月，全县固定资产投资增长9.4%。",
         F("fixed_asset_investment", 2024, "M1-M5", yoy=9.4), pub="2024-06-20"),
    case("plan-date-forecast-stays", "预计2025年全县实现地区生产总值520亿元，增长6%。", labels={520: "forecast|target"}),
    # 本年 in a communiqué is the year in force (其中本年新开工项目…), not the publication's
    case("this-year-word-after-a-year", "2009年，全县施工项目202个，其中本年新开工项目130个。全年实现社会消费品零售总额12.5亿元，增长18%。",
         F("retail_sales", 2009, "FY", 12.5, "亿元", 18), pub="2010-05-27"),
    case("this-year-word-fiscal", "2015年全县完成全社会固定资产投资86亿元。本年度，全县一般公共预算收入5.6亿元，增长9.2%。",
         F("fixed_asset_investment", 2015, "FY", 86, "亿元"), F("fiscal_revenue_general", 2015, "FY", 5.6, "亿元", 9.2),
         pub="2016-04-10"),
    case("this-year-word-alone", "本年1-10月，全市规上工业增加值增长6.6%。",
         F("industrial_value_added", 2024, "M1-M10", yoy=6.6), pub="2024-11-20"),
    case("this-year-word-projects", "本年新开工项目130个，增长78%。", pub="2010-05-27"),
    # a sentence of rates for periods of their own, after the one metric of the sentence before
    case("next-sentence-month-rate", "1-8月，全市规上工业增加值增长5.4%。其中，8月份增长6.1%。",
         F("industrial_value_added", 2024, "M1-M8", yoy=5.4), F("industrial_value_added", 2024, "M8", yoy=6.1),
         pub="2024-09-20"),
    case("next-sentence-quarter-rates", "前三季度，全县地区生产总值286.4亿元，同比增长6.3%。分季度看，一季度增长5.8%，二季度增长6.2%，三季度增长6.9%。",
         F("gdp", 2024, "Q1-Q3", 286.4, "亿元", 6.3), F("gdp", 2024, "Q1", yoy=5.8), F("gdp", 2024, "Q2", yoy=6.2),
         F("gdp", 2024, "Q3", yoy=6.9), pub=PUB_Q3),
    case("next-sentence-third-quarter", "前三季度，全市社会消费品零售总额同比下降2.5%。其中，第三季度增长1.2%，为今年首次季度正增长。",
         F("retail_sales", 2024, "Q1-Q3", yoy=-2.5), F("retail_sales", 2024, "Q3", yoy=1.2), pub=PUB_Q3),
    case("next-sentence-other-noun", "上半年，全县固定资产投资增长9.1%。6月份，全县新开工项目增长12%。",
         F("fixed_asset_investment", 2024, "H1", yoy=9.1)),
    # 分别为41.2、138.6和170.4亿元: listed bare numbers share the unit of the last
    case("shared-unit-industries", "2023年，全县第一、二、三产业增加值分别为41.2、138.6和170.4亿元。",
         F("gdp_primary", 2023, "FY", 41.2, "亿元"), F("gdp_secondary", 2023, "FY", 138.6, "亿元"),
         F("gdp_tertiary", 2023, "FY", 170.4, "亿元"), pub="2024-03-10"),
    case("shared-unit-incomes", "上半年，城镇和农村居民人均可支配收入分别为26850、15320元。",
         F("income_urban_pc", 2024, "H1", 26850, "元"), F("income_rural_pc", 2024, "H1", 15320, "元")),
    case("shared-unit-places", "2023年，海宁、桐乡、嘉善地区生产总值依次为1285.6、1206.3和886.9亿元。",
         F("gdp", 2023, "FY", 1285.6, "亿元", region="海宁"), F("gdp", 2023, "FY", 1206.3, "亿元", region="桐乡"),
         F("gdp", 2023, "FY", 886.9, "亿元", region="嘉善"), region="嘉兴", pub="2024-03-10"),
    case("shared-unit-no-metric", "全年全县新建学校、医院分别为3、5所。", pub="2024-03-10"),
    # 由“十二五”末的…增加到…: the last year of a five-year plan is a time of its own
    case("plan-end-span", "五年来，全县地区生产总值由“十二五”末的86.5亿元增加到132.4亿元，年均增长7.9%。",
         F("gdp", 2015, "FY", 86.5, "亿元"), F("gdp", 2020, "FY", 132.4, "亿元"), pub="2021-01-20"),
    case("plan-end-then-year", "全县一般公共预算收入由“十三五”末的9.2亿元增加到2024年的12.6亿元。",
         F("fiscal_revenue_general", 2020, "FY", 9.2, "亿元"), F("fiscal_revenue_general", 2024, "FY", 12.6, "亿元"),
         pub="2025-01-20"),
    case("plan-end-no-quotes", "过去五年，全市社会消费品零售总额从十二五期末的210亿元增长到318亿元。",
         F("retail_sales", 2015, "FY", 210, "亿元"), F("retail_sales", 2020, "FY", 318, "亿元"), pub="2021-01-20"),
    case("plan-period-average", "“十四五”时期，全县地区生产总值年均增长6.5%。", pub="2025-01-20"),
    # a numbered heading printed with pinyin glosses is still a heading of its own
    case("glossed-heading-then-list", "上半年全縣經(jīng)濟穩(wěn)定恢復(fù)。\n一、主要經(jīng)濟指標完成情況\n地區(qū)生產(chǎn)總值(GDP)31.4億元,同比增長5.1%;\n"
         "規(guī)上工業(yè)增加值8.5億元,同比增長9.2%;",
         F("gdp", 2024, "H1", 31.4, "亿元", 5.1), F("industrial_value_added", 2024, "H1", 8.5, "亿元", 9.2)),
    case("glossed-heading-industry", "1-5月全縣經(jīng)濟平穩(wěn)。\n二、工業(yè)生產(chǎn)保持穩(wěn)中向好態(tài)勢\n全縣規(guī)上工業(yè)增加值增長8.2%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.2), pub="2024-06-20"),
    case("glossed-heading-bracket-number", "前三季度全市經(jīng)濟回升。\n(一)固定資(zī)產(chǎn)投資(zī)增長較快\n全市固定資產(chǎn)投資增長7.7%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.7), pub=PUB_Q3),
    case("glossed-heading-alone", "一、主要經(jīng)濟指標完成情況"),
    # 海盐、嘉善位于400亿元至500亿元之间，分别为…: the bounds of the group stand between the places and their figures
    case("list-bound-over", "上半年，全市地区生产总值3102.4亿元；海宁、桐乡超过500亿元，分别为612.3、580.1亿元。",
         F("gdp", 2024, "H1", 3102.4, "亿元", region="嘉兴"), F("gdp", 2024, "H1", 612.3, "亿元", region="海宁"),
         F("gdp", 2024, "H1", 580.1, "亿元", region="桐乡"), region="嘉兴"),
    case("list-bound-between", "前三季度，南湖区地区生产总值586.2亿元；海盐、嘉善位于400亿元至500亿元之间，分别为462.5、488.7亿元。",
         F("gdp", 2024, "Q1-Q3", 586.2, "亿元", region="南湖"), F("gdp", 2024, "Q1-Q3", 462.5, "亿元", region="海盐"),
         F("gdp", 2024, "Q1-Q3", 488.7, "亿元", region="嘉善"), region="嘉兴", pub=PUB_Q3),
    case("list-bound-under", "2023年，平湖市一般公共预算收入82.1亿元；海盐、嘉善均低于80亿元，依次为65.3、78.4亿元。",
         F("fiscal_revenue_general", 2023, "FY", 82.1, "亿元", region="平湖"),
         F("fiscal_revenue_general", 2023, "FY", 65.3, "亿元", region="海盐"),
         F("fiscal_revenue_general", 2023, "FY", 78.4, "亿元", region="嘉善"), region="嘉兴", pub="2024-02-10"),
    case("list-bound-alone", "上半年，全市地区生产总值3102.4亿元；海宁、桐乡超过500亿元。",
         F("gdp", 2024, "H1", 3102.4, "亿元", region="嘉兴"), region="嘉兴"),
    # a full year not over when the article was printed is a plan's or an estimate's (2013年…, printed in January)
    case("year-not-over-targets", "2013年，全省社会消费品零售总额增长15%，城镇居民人均可支配收入增长11%左右。",
         region="福建", pub="2013-01-27", labels={15: "forecast|target"}),
    case("year-not-over-fiscal", "2024年，全市一般公共预算收入增长6%。", pub="2024-02-10", labels={6: "forecast|target"}),
    case("year-not-over-investment", "2024年全县固定资产投资增长10%以上。", pub="2024-03-01"),
    case("year-over-last-year", "2023年，全县地区生产总值增长6.1%。", F("gdp", 2023, "FY", yoy=6.1), pub="2024-01-20"),
    # 。按可比价计算，同比增长7.9%，增速比全省高1.6个百分点: the rate of the figure before, whatever points follow
    case("next-sentence-rate-with-points", "上半年，全市地区生产总值385.1亿元，首次突破380亿元。按可比价计算，同比增长7.9%，增速比全省高1.6个百分点。",
         F("gdp", 2024, "H1", 385.1, "亿元", 7.9)),
    case("next-sentence-rate-points-month", "1-5月，全县一般公共预算收入12.6亿元。同比增长8.2%，比上月提高0.5个百分点。",
         F("fiscal_revenue_general", 2024, "M1-M5", 12.6, "亿元", 8.2), pub="2024-06-20"),
    case("next-sentence-rate-points-year", "全年，全县规上工业总产值520.3亿元。同比增长9.1%，高于全市平均水平2.3个百分点。",
         F("industrial_output", 2023, "FY", 520.3, "亿元", 9.1), pub="2024-01-20"),
    case("next-sentence-share-points", "上半年，全市地区生产总值385.1亿元。其中第三产业占比52.1%，提高1.6个百分点。",
         F("gdp", 2024, "H1", 385.1, "亿元")),
    # a paragraph whose figures are no facts (1-5月，规上工业企业实现利润…) leaves the next the time it began with
    case("no-fact-paragraph-profits", "上半年，全县规上工业增加值增长9.2%。\n1-5月，规模以上工业企业实现利润总额12.5亿元，同比增长13.1%。\n"
         "全县固定资产投资增长8.4%。",
         F("industrial_value_added", 2024, "H1", yoy=9.2), F("fixed_asset_investment", 2024, "H1", yoy=8.4)),
    case("no-fact-paragraph-services", "前三季度，全市地区生产总值增长6.3%。\n1-8月，全市规上服务业营业收入增长9.9%。\n社会消费品零售总额285.3亿元，增长5.1%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.3), F("retail_sales", 2024, "Q1-Q3", 285.3, "亿元", 5.1), pub=PUB_Q3),
    case("no-fact-paragraph-incomes", "一季度，全县一般公共预算收入8.6亿元，增长4.2%。\n1-2月，规上工业企业营业收入增长5.5%。\n"
         "城乡居民人均可支配收入分别增长5.1%和6.8%。",
         F("fiscal_revenue_general", 2024, "Q1", 8.6, "亿元", 4.2), F("income_urban_pc", 2024, "Q1", yoy=5.1),
         F("income_rural_pc", 2024, "Q1", yoy=6.8), pub="2024-04-25"),
    case("no-fact-clause-same-paragraph", "1-5月，规模以上工业企业实现利润总额12.5亿元。规上工业增加值增长8.8%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.8), pub="2024-06-20"),
    # 第一产业(不包括农林牧渔服务业)实现增加值: a note in brackets inside a metric's name, with or without a verb
    case("split-name-note-verb", "上半年，全县第一产业（不包括农林牧渔服务业）实现增加值12.3亿元，增长3.5%。",
         F("gdp_primary", 2024, "H1", 12.3, "亿元", 3.5)),
    case("split-name-note", "2023年，全县第一产业（不含农林牧渔服务业）增加值26.8亿元，增长4.1%。",
         F("gdp_primary", 2023, "FY", 26.8, "亿元", 4.1), pub="2024-03-10"),
    case("split-name-long-note", "一季度，全市第一产业(含农林牧渔专业及辅助性活动)增加值5.2亿元，增长3.9%。",
         F("gdp_primary", 2024, "Q1", 5.2, "亿元", 3.9), pub="2024-04-25"),
    case("split-name-note-no-metric", "上半年，全县农林牧渔业（含农林牧渔服务业）总产值28.6亿元，增长4.2%。"),
    # foreign investment printed in yuan (实际使用外资42.6亿元) is a level too, not only in dollars
    case("fdi-in-yuan", "1-9月，全市实际使用外资42.6亿元，同比增长8.3%。",
         F("fdi_actual", 2024, "Q1-Q3", 42.6, "亿元", 8.3), pub=PUB_Q3),
    case("fdi-in-renminbi", "2023年，全县实到外资3.2亿元人民币，增长15%。",
         F("fdi_actual", 2023, "FY", 3.2, "亿元", 15), pub="2024-02-10"),
    case("fdi-contracted-in-yuan", "上半年，全区合同利用外资18.5亿元，增长6.4%。",
         F("fdi_contracted", 2024, "H1", 18.5, "亿元", 6.4)),
    case("foreign-firms-revenue", "上半年，全区外资企业实现营业收入26.3亿元。"),
    case("daguan-county-stays-a-place", "2010年，大关县地区生产总值增长7.2%。",
         F("gdp", 2010, "FY", yoy=7.2, region="大关"), region="昭通", pub="2011-02-20"),
]

REAL6 = [
    # (预计数，下同): a note that the figure it follows, and every one after it, is an estimate
    case("estimate-note-carries", "2023年，全市实现地区生产总值865亿元（预计数，下同），增长5.8%；一般公共预算收入61.2亿元，增长6.4%。\n"
         "工业经济稳中有进。规上工业总产值1520亿元，增长7.1%。", pub="2024-01-10", labels={865: "forecast", 1520: "forecast"}),
    case("estimate-note-traditional", "2023年完成地區生產總值732億元、增長5.1%(預計數、下同);一般公共預算收入58.3億元、增長4.9%。",
         pub="2024-01-10", labels={732: "forecast", 58.3: "forecast"}),
    # 预计（下同）: the forecast word, then the note that it holds for what follows
    case("forecast-word-same-below", "2005年，全市预计（下同）实现地区生产总值236亿元，增长15%。\n工业经济较快增长。实现规上工业增加值119亿元，增长19%。",
         pub="2006-02-20", labels={236: "forecast", 119: "forecast"}),
    case("forecast-word-same-below-traditional", "2017年，全年預計(下同)實現地區生產總值980億元，比上年(下同)增長8%；一般公共預算收入71.1億元。",
         pub="2018-01-20", labels={980: "forecast", 71.1: "forecast"}),
    case("forecast-note-after-actuals", "2013年，全市完成财政总收入140.2亿元，增长14.8%。预计（下同）实现地区生产总值740亿元，增长12.1%。"
         "完成全社会固定资产投资422亿元，增长19.3%。", F("fiscal_revenue_total", 2013, "FY", 140.2, "亿元", 14.8),
         pub="2014-02-01", labels={740: "forecast", 422: "forecast"}),
    case("basis-same-below-is-no-estimate", "2017年，全市实现地区生产总值980亿元，比上年(下同)增长8%；一般公共预算收入71.1亿元，增长8.4%。",
         F("gdp", 2017, "FY", 980, "亿元", 8), F("fiscal_revenue_general", 2017, "FY", 71.1, "亿元", 8.4), pub="2018-01-20"),
    case("estimate-note-on-a-rate", "2023年，全县地区生产总值增长6%左右（预计数，下同），固定资产投资完成238亿元，增长9.2%；"
         "社会消费品零售总额145.6亿元，增长7.7%。", pub="2024-01-10", labels={238: "forecast"}),
    # a forecast word after the first clause's subject is that clause group's, not the sentence's
    case("yuji-after-metric-then-fiscal-rates", "2023年，全县地区生产总值预计增长6.2%；财政总收入、一般公共预算收入分别增长8.1%和7.4%。",
         F("fiscal_revenue_total", 2023, "FY", yoy=8.1), F("fiscal_revenue_general", 2023, "FY", yoy=7.4),
         pub="2024-01-20", labels={6.2: "forecast"}),
    case("yuji-after-metric-then-fiscal-levels", "2023年，全市生产总值预计达到560亿元，年均增长6.8%；实现财政总收入72.4亿元、一般公共预算收入41.6亿元。",
         F("fiscal_revenue_total", 2023, "FY", 72.4, "亿元"), F("fiscal_revenue_general", 2023, "FY", 41.6, "亿元"),
         pub="2024-01-20", labels={560: "forecast"}),
    case("yuji-after-other-subject", "2023年，研发经费投入强度预计达到3.1%，高新技术企业新增86家；规上工业增加值增长8.4%，其中数字经济核心产业增加值增长12.3%。",
         F("industrial_value_added", 2023, "FY", yoy=8.4), pub="2024-01-20"),
    case("yuji-before-metric-still-governs-all", "2023年，预计全县地区生产总值增长6.2%；财政总收入、一般公共预算收入分别增长8.1%和7.4%。",
         pub="2024-01-20", labels={6.2: "forecast", 8.1: "forecast", 7.4: "forecast"}),
    # 规上企业实现产值: the above-size firms' output, a verb inside its name; it is the headline, not the
    # whole industry's total before it
    case("above-size-firms-output-after-whole", "2009年，全县实现工业总产值295亿元，增长9.3%，其中规上企业实现产值229亿元，增长5.3%。",
         F("industrial_output", 2009, "FY", 229, "亿元", 5.3), pub="2010-03-16"),
    case("above-size-firms-complete-output", "2023年，全市规模以上企业完成产值486.2亿元，增长11.4%。",
         F("industrial_output", 2023, "FY", 486.2, "亿元", 11.4), pub="2024-02-10"),
    case("above-size-firms-total-output", "1-5月，全区规上企业累计实现总产值318.5亿元，同比增长6.6%。",
         F("industrial_output", 2024, "M1-M5", 318.5, "亿元", 6.6), pub="2024-06-20"),
    case("above-size-firms-profit-is-none", "1-5月，全区规上企业累计实现利润18.4亿元，同比增长6.6%。", pub="2024-06-20"),
    # a plan a sentence says was met (目标圆满完成, 目标任务全面完成, 目标顺利实现) makes no figure a target
    case("plan-met-then-output", "2019年，年初确定的各项目标圆满完成，全市实现规上工业总产值2026.4亿元、增长7.8%。",
         F("industrial_output", 2019, "FY", 2026.4, "亿元", 7.8), pub="2020-04-25"),
    case("plan-tasks-fully-met", "2023年，县人大确定的目标任务全面完成，全县地区生产总值实现512.3亿元，增长6.1%。",
         F("gdp", 2023, "FY", 512.3, "亿元", 6.1), pub="2024-02-10"),
    case("plan-realised", "2019年，“三个一”目标顺利实现，全县财政总收入达到91.2亿元，增长9.1%。",
         F("fiscal_revenue_total", 2019, "FY", 91.2, "亿元", 9.1), pub="2020-02-10"),
    case("plan-met-before-its-figure", "2021年，工业投资实现倍增目标，全年完成工业投资96.2亿元，同比增长101.5%。",
         F("industrial_investment", 2021, "FY", 96.2, "亿元", 101.5), pub="2022-02-20"),
    case("plan-to-complete-stays-target", "2025年的目标是完成地区生产总值560亿元。", pub="2025-02-10", labels={560: "target"}),
    # 实际完成 (what was actually collected, against the budget) introduces a level
    case("actually-completed-revenue", "2019年，全县一般公共预算收入实际完成58.6亿元，增长9.2%。",
         F("fiscal_revenue_general", 2019, "FY", 58.6, "亿元", 9.2), pub="2020-02-10"),
    case("actually-realised-total", "2023年，全市财政总收入实际实现126.4亿元，同比增长6.3%。",
         F("fiscal_revenue_total", 2023, "FY", 126.4, "亿元", 6.3), pub="2024-02-10"),
    case("actually-completed-investment", "2023年，全区固定资产投资实际完成312亿元，增长8.1%。",
         F("fixed_asset_investment", 2023, "FY", 312, "亿元", 8.1), pub="2024-02-10"),
    case("actual-fdi-stays-fdi", "2023年，全县实际利用外资3.2亿美元，增长12%。",
         F("fdi_actual", 2023, "FY", 3.2, "亿美元", 12), pub="2024-02-10"),
    # 其他服务业, 其余行业: the rest of a whole after its named parts is a part, not the whole
    case("other-services-value-added", "2011年，第三产业中，金融业实现增加值20.3亿元，增长6.0%；其他服务业实现增加值36.2亿元，增长11.0%。",
         pub="2012-03-20"),
    case("other-services-rate", "2023年，分行业看，其他服务业增加值增长8.3%。", pub="2024-02-10"),
    case("remaining-services-rate", "2023年，全市其余服务业增加值增长5.2%。", pub="2024-02-10"),
    case("other-indicators-then-gdp", "其他主要指标中，2023年全县地区生产总值增长6.1%。",
         F("gdp", 2023, "FY", yoy=6.1), pub="2024-02-10"),
    # a run-in heading naming a span (赶超发展的五年, 极不平凡的五年) is no sector before the metric
    case("span-heading-gdp-from-to", "赶超发展的五年\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元。",
         F("gdp", 2011, "FY", 1520, "亿元"), F("gdp", 2016, "FY", 2243.1, "亿元"), pub="2017-04-22"),
    case("span-heading-income", "极不平凡的五年\n城镇居民人均可支配收入从2016年的45200元增加到2021年的62100元。",
         F("income_urban_pc", 2016, "FY", 45200, "元"), F("income_urban_pc", 2021, "FY", 62100, "元"), pub="2022-02-10"),
    case("span-heading-ten-years", "跨越发展的十年\n一般公共预算收入从2012年的38.6亿元增加到2022年的81.2亿元。",
         F("fiscal_revenue_general", 2012, "FY", 38.6, "亿元"), F("fiscal_revenue_general", 2022, "FY", 81.2, "亿元"),
         pub="2023-02-10"),
    case("sector-of-metric-stays-sector", "2023年，高新技术产业的工业增加值增长12.1%。", pub="2024-02-10"),
    case("same-below-note-is-no-estimate", "2023年，全市实现地区生产总值865亿元（现价，下同），增长5.8%；一般公共预算收入61.2亿元，增长6.4%。",
         F("gdp", 2023, "FY", 865, "亿元", 5.8), F("fiscal_revenue_general", 2023, "FY", 61.2, "亿元", 6.4), pub="2024-01-10"),
]

REAL5 = [
    # a range of quarters printed with a tilde or 至 (1~3季度) is the three quarters, not the third
    case("quarter-range-tilde", "1~3季度,全县规上工业增加值同比增长6.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.2), pub=PUB_Q3),
    case("quarter-range-zhi", "1至3季度,全区固定资产投资完成210.4亿元,增长4.1%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", 210.4, "亿元", 4.1), pub=PUB_Q3),
    case("quarter-range-fullwidth-tilde", "今年1～3季度，全市社会消费品零售总额达到356.7亿元，同比增长7.5%。",
         F("retail_sales", 2024, "Q1-Q3", 356.7, "亿元", 7.5), pub=PUB_Q3),
    case("quarter-range-no-figure", "1~3季度,全县共举办招聘会12场。", pub=PUB_Q3),
    # a county's figure printed with its share of the province's or the prefecture's whole
    # (占全省出口额的10.8%) is the county's whole figure, not a part of its own
    case("share-of-province-after-qizhong", "1-8月,平湖外贸进出口总额612.4亿元,增长9.1%,占全省总额的2.1%。"
         "其中,出口458.2亿元,增长8.8%,占全省出口额的2.4%;进口154.2亿元,增长10.0%,占全省进口额的1.3%。",
         F("trade_total", 2024, "M1-M8", 612.4, "亿元", 9.1), F("exports", 2024, "M1-M8", 458.2, "亿元", 8.8),
         F("imports", 2024, "M1-M8", 154.2, "亿元", 10.0), pub=PUB_Q3),
    case("share-of-city-total", "上半年,海宁实现出口318.5亿元,同比增长12.3%,占全市出口总量的22.6%。",
         F("exports", 2024, "H1", 318.5, "亿元", 12.3, region="海宁"), region="嘉兴"),
    case("share-of-the-province-gai", "一季度,全县财政总收入35.1亿元,增长6.4%,占该省县域总量的1.2%。",
         F("fiscal_revenue_total", 2024, "Q1", 35.1, "亿元", 6.4, region="嘉善"), region="嘉善"),
    # the near miss: a part of the county's own whole (占全县的) stays a part
    case("share-of-own-whole-stays-part", "上半年,全县高新技术企业实现出口52.6亿元,占全县的41.2%。", region="嘉善"),
    # the same for a province's figure and the nation's whole (占全国出口13.0%)
    case("share-of-nation-qizhong", "今年前8月,全省进出口18210.5亿元,同比增长9.6%,占全国进出口总值的9.8%;"
         "其中,出口13620.4亿元,增长8.2%,占全国出口13.1%;进口4590.1亿元,增长14.0%,占全国进口5.2%。",
         F("trade_total", 2024, "M1-M8", 18210.5, "亿元", 9.6, region="浙江"),
         F("exports", 2024, "M1-M8", 13620.4, "亿元", 8.2, region="浙江"),
         F("imports", 2024, "M1-M8", 4590.1, "亿元", 14.0, region="浙江"), region="浙江", pub=PUB_Q3),
    case("share-of-nation-plain", "上半年,江苏出口1.28万亿元,增长8.1%,占全国出口的13.5%。",
         F("exports", 2024, "H1", 1.28, "万亿元", 8.1, region="江苏"), region="江苏"),
    case("share-of-nation-firms", "上半年,全省民营企业出口9820.3亿元,占全国的12.1%。", region="浙江"),
    # a place that shows a trend of metrics named without figures (全省现进出口、进口、出口“三降”局面,
    # 平湖呈现…双增长态势) is the subject of the figures its 其中 gives, not a sector
    case("place-shows-trend-xian", "11月份,全省现进出口、进口、出口“三降”局面,其中进出口1650.2亿元,下降2.3%。",
         F("trade_total", 2023, "M11", 1650.2, "亿元", -2.3, region="浙江"), region="浙江", pub="2023-12-20"),
    case("place-shows-trend-chengxian", "上半年,平湖呈现工业增加值、出口双增长态势,其中规上工业增加值212.6亿元,增长8.3%。",
         F("industrial_value_added", 2024, "H1", 212.6, "亿元", 8.3)),
    case("place-shows-trend-chuxian", "1-5月,全县出现投资、消费“双回落”,其中固定资产投资98.4亿元,下降3.2%。",
         F("fixed_asset_investment", 2024, "M1-M5", 98.4, "亿元", -3.2, region="嘉善"), region="嘉善"),
    case("place-has-firms", "11月份,全省现有外贸企业1.2万家。", region="浙江", pub="2023-12-20"),
    # a bound a figure stayed above (维持在1700亿元以上，…) closes its clause: its 元以上 is no subset
    # (亿元以上项目) of the figure the next clause gives
    case("bound-above-then-month", "今年以来,平湖有4个月出口保持在60亿元以上,6月单月出口达到66.3亿元,创历史新高。",
         F("exports", 2024, "M6", 66.3, "亿元")),
    case("bound-above-then-output", "上半年,全县规上工业产值连续3个月在200亿元以上,6月份规上工业产值达到218.4亿元。",
         F("industrial_output", 2024, "M6", 218.4, "亿元", region="嘉善"), region="嘉善"),
    case("bound-above-then-investment", "1-9月,全市固定资产投资每月均在100亿元以上,9月份固定资产投资完成126.7亿元,同比增长6.1%。",
         F("fixed_asset_investment", 2024, "M9", 126.7, "亿元", 6.1), pub=PUB_Q3),
    case("projects-above-stay-subset", "上半年,全县亿元以上项目完成投资56.2亿元,增长12.1%。", region="嘉善"),
    # 现价总量 (a revised year's level at current prices, in Zhejiang counties' bulletins) between a
    # metric and its figure, as 总量 is
    case("xianjia-zongliang", "最终核实,2022年全县生产总值现价总量为312.58亿元,比上年增长4.1%。",
         F("gdp", 2022, "FY", 312.58, "亿元", 4.1, region="嘉善"), region="嘉善", pub="2024-03-20"),
    case("xianjia-wei", "2023年全市地区生产总值现价为1026.3亿元,按可比价格计算增长5.9%。",
         F("gdp", 2023, "FY", 1026.3, "亿元", 5.9), pub="2024-03-20"),
    case("xianjia-zongliang-bare", "经最终核实,2022年全区GDP现价总量286.4亿元,增长3.3%。",
         F("gdp", 2022, "FY", 286.4, "亿元", 3.3, region="秀洲"), region="秀洲", pub="2024-03-20"),
    case("xianjia-per-head", "2023年全县人均生产总值现价为8.9万元。", region="嘉善", pub="2024-03-20"),
    # markets or products listed before one metric (对北美、欧盟、东盟进出口分别增长…) are that metric's
    # parts, each with its rate: the metric itself gets none (not the last rate)
    case("partners-before-metric-trade", "10月单月,全市对北美、欧盟、东盟进出口分别增长21.5%、9.7%和13.2%。", pub="2024-11-20"),
    case("partners-before-metric-exports", "1-6月,全县对美国、欧盟、东盟出口分别增长12.1%、8.3%和5.6%。", region="嘉善"),
    case("partners-before-metric-imports", "前三季度,全市自日本、韩国、德国进口分别增长4.4%、7.9%和2.5%。", pub=PUB_Q3),
    case("unknown-metric-before-metric", "1-6月,全县工业应税销售、工业用电量同比分别增长8.1%和6.3%。",
         F("industrial_electricity", 2024, "H1", yoy=6.3, region="嘉善"), region="嘉善"),
    # a place that opens its sentence and ranks itself with a verb (海宁市居首，…; 义乌位居第一，…) is the
    # subject of the figures after it; a place after the rank verb (列嘉兴第一) is the field compared with
    case("ranks-itself-jushou", "上半年,全市经济稳中有进。海宁市居首,地区生产总值达612.5亿元,同比增长6.2%。",
         F("gdp", 2024, "H1", 612.5, "亿元", 6.2, region="海宁"), region="嘉兴"),
    case("ranks-itself-weiju", "1-9月,各县市外贸保持增长。义乌位居第一,进出口总额达4521.6亿元。",
         F("trade_total", 2024, "Q1-Q3", 4521.6, "亿元", region="义乌"), region="金华", pub=PUB_Q3),
    case("ranks-itself-lie", "2023年,全市各区财政收入均实现增长。南湖区列第一位,一般公共预算收入达45.2亿元,增长7.7%。",
         F("fiscal_revenue_general", 2023, "FY", 45.2, "亿元", 7.7, region="南湖"), region="嘉兴", pub="2024-02-20"),
    case("ranked-in-field", "上半年,平湖GDP增长7.5%,增速列嘉兴第一。", F("gdp", 2024, "H1", yoy=7.5)),
    # a rate the words after it make a target's (增长5%以上的预期目标, 增长6%的目标任务) is no figure's
    case("target-rate-after-yiqi", "瞄准全年地区生产总值增长5.5%以上的预期目标,上半年全县经济稳步回升。", region="嘉善"),
    case("target-rate-after-renwu", "上半年,全县地区生产总值增长6.2%,完成全年增长6%的目标任务。",
         F("gdp", 2024, "H1", yoy=6.2, region="嘉善"), region="嘉善"),
    case("target-rate-after-zuoyou", "要实现全年规上工业增加值增长8%左右的目标,下半年仍需继续发力。"),
    case("target-compared-after-rate", "上半年,全县规上工业增加值增长9.3%,高于目标1.3个百分点。",
         F("industrial_value_added", 2024, "H1", yoy=9.3, region="嘉善"), region="嘉善"),
    # a place ranked by a count of people or households (以5.6万差额位居第一) under a GDP ranking title
    # gives no figure of the headline metric; a money figure does
    case("ranked-by-money", "2023年,全市各县GDP排行榜出炉。海宁以1205.3亿元位居第一。",
         F("gdp", 2023, "FY", 1205.3, "亿元", region="海宁"), region="嘉兴", pub="2024-02-20"),
    case("ranked-by-count-wan", "2023年,全市各县GDP排行榜出炉。海宁以5.6万差额位居第一。", region="嘉兴", pub="2024-02-20"),
    case("ranked-by-count-people", "2023年,全市各县GDP排行榜出炉。桐乡以12.4万人位居第二。", region="嘉兴", pub="2024-02-20"),
    case("ranked-by-count-households", "2023年,全市各县GDP排行榜出炉。平湖以3.1万户排名第三。", region="嘉兴", pub="2024-02-20"),
    case("field-rank-after-figure", "2023年,平湖地区生产总值达1026.5亿元、全省第25,财政总收入达168.3亿元、全省第9。",
         F("gdp", 2023, "FY", 1026.5, "亿元"), F("fiscal_revenue_total", 2023, "FY", 168.3, "亿元"), pub="2024-02-20"),
    # a span of years a record is measured over (为近三年来最好开局, 创近五年新高) is a comparison:
    # the time in force stays the sentence's own, in this sentence and the next
    case("record-span-next-sentence", "1-3月,全市外贸进出口增幅均高于20%,为近三年来最好开局。"
         "全市进出口总额累计52.3亿美元,同比增长21.4%。",
         F("trade_total", 2024, "Q1", 52.3, "亿美元", 21.4), pub="2024-04-20"),
    case("record-span-new-high", "上半年,全县规上工业增加值增长12.6%,创近五年新高。全县实现固定资产投资186.4亿元,增长8.1%。",
         F("industrial_value_added", 2024, "H1", yoy=12.6), F("fixed_asset_investment", 2024, "H1", 186.4, "亿元", 8.1)),
    case("record-span-highest-level", "前三季度,全市财政收入增速达到近十年来最高水平。全市完成一般公共预算收入98.7亿元,增长15.2%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 98.7, "亿元", 15.2), pub=PUB_Q3),
    case("span-total-stays-multi-year", "近三年,全县累计完成固定资产投资612.5亿元。"),
    # a dash that leads into the figures (公布…数据——全县…) ends the lead as a colon does: the
    # customs office or bureau before it is no subset of the place after it
    case("dash-lead-customs", "12月15日,嘉兴海关公布今年前11个月外贸数据——平湖外贸进出口总值186.2亿元,同比增长6.6%,"
         "其中出口142.7亿元,增长9.1%。",
         F("trade_total", 2024, "M1-M11", 186.2, "亿元", 6.6), F("exports", 2024, "M1-M11", 142.7, "亿元", 9.1),
         pub="2024-12-16"),
    case("dash-lead-bureau", "上半年,嘉善县统计局发布最新数据——嘉善县实现地区生产总值512.3亿元,增长5.9%。",
         F("gdp", 2024, "H1", 512.3, "亿元", 5.9, region="嘉善"), region="嘉善"),
    case("dash-lead-commerce", "1-10月,平湖市商务局通报利用外资情况——平湖实际利用外资2.85亿美元,同比增长12.4%。",
         F("fdi_actual", 2024, "M1-M10", 2.85, "亿美元", 12.4), pub="2024-11-20"),
    case("dash-range-of-months", "1——3月,全市规上工业增加值增长7.1%。", F("industrial_value_added", 2024, "Q1", yoy=7.1),
         pub="2024-04-20"),
    # the bound a list of places all passed, printed with 也都/均…了 and a numeral (也都超过了百亿), stands
    # between the places and their own figures (分别为…, 分别以…的成绩).  Known gap: the list-bound rule
    # (real3, 033360a: 超过500亿元，分别为…) is not on this branch; it needs 也/了 and numerals
    case("list-bound-yedou-numeral", "1-8月,海盐县和嘉善县出口总额也都超过了百亿,分别为118.6亿元和142.3亿元。",
         F("exports", 2024, "M1-M8", 118.6, "亿元", region="海盐"), F("exports", 2024, "M1-M8", 142.3, "亿元", region="嘉善"),
         region="嘉兴", pub=PUB_Q3),
    case("list-bound-le", "上半年,桐乡、海宁、平湖三地规上工业增加值均突破了200亿元,分别为236.1亿元、251.8亿元和212.4亿元。",
         F("industrial_value_added", 2024, "H1", 236.1, "亿元", region="桐乡"),
         F("industrial_value_added", 2024, "H1", 251.8, "亿元", region="海宁"),
         F("industrial_value_added", 2024, "H1", 212.4, "亿元", region="平湖"), region="嘉兴"),
    case("list-bound-fenbieyi", "前三季度,南湖区和秀洲区固定资产投资也都超过了两百亿元,分别以214.5亿元、208.9亿元的成绩位居全市前列。",
         F("fixed_asset_investment", 2024, "Q1-Q3", 214.5, "亿元", region="南湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", 208.9, "亿元", region="秀洲"), region="嘉兴", pub=PUB_Q3),
    # with no figures after it, the bound is each place's, labelled as one (as 超过百亿 without 了 is)
    case("list-bound-yedou-alone", "1-8月,海盐县和嘉善县出口总额也都超过了百亿。",
         F("exports", 2024, "M1-M8", 100, "亿元", qualifier="over", region="海盐"),
         F("exports", 2024, "M1-M8", 100, "亿元", qualifier="over", region="嘉善"), region="嘉兴", pub=PUB_Q3),
    # the rates of later periods listed after the metric's own (增速5.2%,到上半年的7.5%、前三季度的7.2%)
    # are the metric's rates for those periods; so is a period's rate it is compared with (高于上半年的7.9%: the
    # half-year's own rate, as 比上半年的7.9%加快 gives it; real69), not a progress share (完成全年的78%)
    case("period-rate-list-dao", "从一季度GDP增速5.2%,到上半年的5.6%、前三季度的5.9%,平湖经济稳步回升。",
         F("gdp", 2024, "Q1", yoy=5.2), F("gdp", 2024, "H1", yoy=5.6), F("gdp", 2024, "Q1-Q3", yoy=5.9), pub=PUB_Q3),
    case("period-rate-list-zaidao", "一季度,全市出口增长4.2%,到上半年的6.8%,再到前三季度的9.1%,增速逐季加快。",
         F("exports", 2024, "Q1", yoy=4.2), F("exports", 2024, "H1", yoy=6.8), F("exports", 2024, "Q1-Q3", yoy=9.1),
         pub=PUB_Q3),
    case("period-rate-list-comma", "一季度全市GDP增长5.2%,上半年的5.6%,前三季度的5.9%,逐季回升。",
         F("gdp", 2024, "Q1", yoy=5.2), F("gdp", 2024, "H1", yoy=5.6), F("gdp", 2024, "Q1-Q3", yoy=5.9), pub=PUB_Q3),
    case("period-rate-compared", "前三季度,全县固定资产投资增长8.8%,高于上半年的7.9%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.8, region="嘉善"),
         F("fixed_asset_investment", 2024, "H1", yoy=7.9, region="嘉善"), region="嘉善", pub=PUB_Q3),
    case("period-rate-progress", "1-9月,全县财政总收入增长6.1%,完成全年的78.2%。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", yoy=6.1, region="嘉善"), region="嘉善", pub=PUB_Q3),
    # 市级 (the city without the zones it hosts, in 慈溪's or 余姚's bulletins) is a part of the
    # city's whole (全市), as 市属 is
    case("shiji-part-gdp", "2023年,全市实现地区生产总值1820.5亿元,增长5.1%。市级实现地区生产总值1203.7亿元,增长4.2%。",
         F("gdp", 2023, "FY", 1820.5, "亿元", 5.1, region="余姚"), region="余姚", pub="2024-02-20"),
    case("shiji-part-sectors", "全年全市第二产业增加值905.1亿元,增长6.0%。市级第二产业增加值611.4亿元,增长4.8%。",
         F("gdp_secondary", 2023, "FY", 905.1, "亿元", 6.0, region="余姚"), region="余姚", pub="2024-02-20"),
    case("shiji-part-rate", "上半年,市级规上工业增加值增长6.0%。", region="慈溪"),
    case("shiji-part-then-qizhong", "2023年,全市实现地区生产总值1820.5亿元,增长5.1%。"
         "市级实现地区生产总值1203.7亿元,增长4.2%。其中,第一产业增加值40.2亿元,增长3.9%;第二产业增加值611.4亿元,增长4.8%。",
         F("gdp", 2023, "FY", 1820.5, "亿元", 5.1, region="余姚"), region="余姚", pub="2024-02-20"),
    case("shiji-elsewhere-in-sentence", "全年,全市创建市级示范村12个,实现地区生产总值1820.5亿元,增长5.1%。",
         F("gdp", 2023, "FY", 1820.5, "亿元", 5.1, region="余姚"), region="余姚", pub="2024-02-20"),
    # a place a figure leads (增速领跑全省) is compared with, not the subject of the figures after it
    case("leads-the-province", "上半年,平湖经济增速领跑全省,第二产业增加值386.1亿元,增长9.2%。",
         F("gdp_secondary", 2024, "H1", 386.1, "亿元", 9.2)),
    case("leads-the-city", "一季度,全县工业增速领跑全市;规上工业增加值52.7亿元,增长11.3%。",
         F("industrial_value_added", 2024, "Q1", 52.7, "亿元", 11.3, region="嘉善"), region="嘉善"),
    case("county-leads-its-city", "1-9月,海宁外贸出口领跑嘉兴,出口额完成512.6亿元,同比增长7.7%。",
         F("exports", 2024, "Q1-Q3", 512.6, "亿元", 7.7, region="海宁"), region="嘉兴", pub=PUB_Q3),
    case("leads-without-figure", "上半年,全县投资增速领跑全市。", region="嘉善"),
    # 一般预算总收入 (财政一般预算总收入, a county's total revenue in older bulletins) is the total, as
    # 一般公共预算总收入 is; 地方一般预算收入 the general budget revenue
    case("yiban-yusuan-zong-caizheng", "2006年,全县完成财政一般预算总收入27.1亿元,比上年增长18.0%。",
         F("fiscal_revenue_total", 2006, "FY", 27.1, "亿元", 18.0, region="嘉善"), region="嘉善", pub="2007-02-10"),
    case("yiban-yusuan-zong-bare", "全年一般预算总收入完成31.5亿元,增长12.2%。",
         F("fiscal_revenue_total", 2008, "FY", 31.5, "亿元", 12.2, region="嘉善"), region="嘉善", pub="2009-02-10"),
    case("yiban-yusuan-zong-pair", "全年完成财政一般预算总收入27.1亿元、地方一般预算收入12.9亿元,分别比上年增长18.0%和15.5%。",
         F("fiscal_revenue_total", 2006, "FY", 27.1, "亿元", 18.0, region="嘉善"),
         F("fiscal_revenue_general", 2006, "FY", 12.9, "亿元", 15.5, region="嘉善"), region="嘉善", pub="2007-02-10"),
    case("yiban-yusuan-zong-expenditure", "全年一般预算总支出45.2亿元,增长9.0%。", region="嘉善", pub="2007-02-10"),
    # 於 in traditional text is 于: 高於全省 compares, as 高于全省 does
    case("traditional-yu-above", "上半年,全縣規上工業增加值增長9.1%,高於全省1.2個百分點;第二產業增加值212.5億元,增長7.3%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="嘉善"),
         F("gdp_secondary", 2024, "H1", 212.5, "亿元", 7.3, region="嘉善"), region="嘉善"),
    case("traditional-yu-below", "一季度,平湖GDP增速低於全省0.3個百分點;出口額98.6億元,增長5.5%。",
         F("exports", 2024, "Q1", 98.6, "亿元", 5.5)),
    case("traditional-yu-faster", "1-8月,海寧外貿出口快於嘉興平均,出口額完成412.3億元,同比增長6.2%。",
         F("exports", 2024, "M1-M8", 412.3, "亿元", 6.2, region="海宁"), region="嘉兴", pub=PUB_Q3),
    case("traditional-yu-located", "平湖位於浙江東北部,東鄰上海。"),
    # a place named by its rank after a comparison (远超排名第二的北仑区) is compared with: it opens no
    # list with the place after the comma; a ranked place that opens its clause is its subject
    case("compared-ranked-place", "2023年,海宁规上工业增加值达812.3亿元,远超排名第二的桐乡市,平湖规上工业增加值也达598.1亿元。",
         F("industrial_value_added", 2023, "FY", 812.3, "亿元", region="海宁"),
         F("industrial_value_added", 2023, "FY", 598.1, "亿元", region="平湖"), region="嘉兴", pub="2024-02-20"),
    case("compared-ranked-place-weiju", "上半年,昆山出口额1850.2亿元,高于位居第二的张家港,常熟出口额也达到602.4亿元。",
         F("exports", 2024, "H1", 1850.2, "亿元", region="昆山"), F("exports", 2024, "H1", 602.4, "亿元", region="常熟"),
         region="苏州"),
    case("compared-ranked-place-chaoguo", "1-9月,义乌进出口总额4521.6亿元,超过排名第二的永康市,东阳进出口总额为210.5亿元。",
         F("trade_total", 2024, "Q1-Q3", 4521.6, "亿元", region="义乌"),
         F("trade_total", 2024, "Q1-Q3", 210.5, "亿元", region="东阳"), region="金华", pub=PUB_Q3),
    case("ranked-place-opens-clause", "2023年,经济总量排名第一的昆山,地区生产总值达5140.6亿元。",
         F("gdp", 2023, "FY", 5140.6, "亿元", region="昆山"), region="苏州", pub="2024-02-20"),
    case("ranked-place-after-rate", "上半年,常熟GDP同比增长2.7%,低于全市增速。而排名第三的张家港的增速最快,生产总值为1602.4亿元,同比增长4.5%。",
         F("gdp", 2024, "H1", yoy=2.7, region="常熟"), F("gdp", 2024, "H1", 1602.4, "亿元", 4.5, region="张家港"), region="苏州"),
]

# Real pages, round 8 (newspapers of many provinces): shapes their sentences use, in sentences of our own
REAL8 = [
    # 其中 then places and their rates, after a sentence that named the metric but gave no figure of its own
    case("qizhong-places-rates-after-counted-set",
         "上半年，全省11个市中有9个市规模以上工业增加值实现正增长。其中，衢州、丽水、湖州市分别增长12.4%、9.7%、8.8%，增速居全省前三位。",
         F("industrial_value_added", 2024, "H1", yoy=12.4, region="衢州"),
         F("industrial_value_added", 2024, "H1", yoy=9.7, region="丽水"),
         F("industrial_value_added", 2024, "H1", yoy=8.8, region="湖州"), region="浙江"),
    case("qizhong-places-rates-yici",
         "一季度，全市5个县区的社会消费品零售总额均实现增长。其中，萧县、砀山县、灵璧县依次增长9.1%、8.4%、7.9%。",
         F("retail_sales", 2024, "Q1", yoy=9.1, region="萧县"), F("retail_sales", 2024, "Q1", yoy=8.4, region="砀山"),
         F("retail_sales", 2024, "Q1", yoy=7.9, region="灵璧"), region="宿州", pub="2024-04-25"),
    case("qizhong-places-rates-two-he",
         "1-9月，全市8个县（市、区）中有6个的固定资产投资保持增长。其中，淳安县和建德市分别增长15.2%和11.6%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=15.2, region="淳安"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=11.6, region="建德"), region="杭州", pub=PUB_Q3),
    case("qizhong-markets-rates-no-places",
         "上半年，全市出口总额增长6.2%。其中，对美国、欧盟出口分别增长3.1%、4.5%。",
         F("exports", 2024, "H1", yoy=6.2, region="宁波"), region="宁波"),
    # a place opening its clause with its rank after a ranking word (排名第三, 排位第三) is the subject
    # of the figures after it
    case("place-ranked-paiming-opens-clause", "前三季度，全省地区生产总值52310.5亿元。温州排名第三，GDP总量6312.4亿元。",
         F("gdp", 2024, "Q1-Q3", 52310.5, "亿元", region="浙江"), F("gdp", 2024, "Q1-Q3", 6312.4, "亿元", region="温州"),
         region="浙江", pub=PUB_Q3),
    case("place-ranked-paiwei-opens-clause", "2023年，全市规上工业增加值2580.6亿元。桐乡市排位第三，规上工业增加值达到655.8亿元。",
         F("industrial_value_added", 2023, "FY", 2580.6, "亿元", region="嘉兴"),
         F("industrial_value_added", 2023, "FY", 655.8, "亿元", region="桐乡"), region="嘉兴", pub="2024-02-20"),
    case("place-ranked-paiming-wei-opens-clause", "上半年，全市社会消费品零售总额812.4亿元。瑞安排名第2位，社零总额达到156.7亿元。",
         F("retail_sales", 2024, "H1", 812.4, "亿元", region="温州"), F("retail_sales", 2024, "H1", 156.7, "亿元", region="瑞安"),
         region="温州"),
    # a rate named by the words after it, a fall among them (出现了1.8%的下滑, 实现了1.1%的正增长)
    case("named-rate-fall-xiahua", "前三季度，全县一般公共预算收入32.6亿元，同比出现了1.8%的下滑。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 32.6, "亿元", -1.8, region="德清"), region="德清", pub=PUB_Q3),
    case("named-rate-fall-big-xiadie", "上半年，全市进出口总额出现了7.2%的较大幅度下跌，总额为412.3亿元。",
         F("trade_total", 2024, "H1", 412.3, "亿元", -7.2, region="舟山"), region="舟山"),
    case("named-rate-positive-zheng", "1-9月，全区财政总收入同比实现了1.1%的正增长，达到97.1亿元。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 97.1, "亿元", 1.1, region="江北"), region="江北", pub=PUB_Q3),
    case("named-rate-target-no-fact", "今年，全县地区生产总值力争实现6.5%的增长。", region="德清"),
    # a period's signed projects: 签约招商项目 / 签约招商引资项目 are signed projects, and their 计划总投资
    # is their total investment (a term, no plan of the figure's)
    case("signed-zhaoshang-jihua-total", "前三季度，全县共签约招商项目17个，计划总投资44.8亿元。",
         F("signed_projects_count", 2024, "Q1-Q3", 17, "个", region="云霄"),
         F("signed_projects_investment", 2024, "Q1-Q3", 44.8, "亿元", region="云霄"), region="云霄", pub=PUB_Q3),
    case("signed-zhaoshang-yinzi-total", "1-6月，全市签约招商引资项目42个，总投资286.5亿元。",
         F("signed_projects_count", 2024, "H1", 42, "个", region="萍乡"),
         F("signed_projects_investment", 2024, "H1", 286.5, "亿元", region="萍乡"), region="萍乡"),
    case("signed-quarter-jihua-total", "第三季度，全县签约项目23个，计划总投资61.2亿元。",
         F("signed_projects_count", 2024, "Q3", 23, "个", region="德清"),
         F("signed_projects_investment", 2024, "Q3", 61.2, "亿元", region="德清"), region="德清", pub=PUB_Q3),
    case("signed-plan-no-fact", "今年全县计划签约招商项目30个，计划总投资100亿元。", region="德清"),
    case("project-jihua-total-no-fact", "该项目计划总投资12亿元，预计明年投产。", region="德清"),
    # a retrospective: a starting level (从…起步), then the past years a level was reached by (到1994年突破…)
    case("reached-by-past-years-thresholds", "全县规上工业总产值从2005年的12.6亿元起步，到2012年突破100亿元，到2020年突破300亿元。",
         F("industrial_output", 2005, "FY", 12.6, "亿元", region="嘉善"),
         F("industrial_output", 2012, "FY", 100, "亿元", qualifier="over", region="嘉善"),
         F("industrial_output", 2020, "FY", 300, "亿元", qualifier="over", region="嘉善"), region="嘉善", pub="2021-06-30"),
    case("reached-by-past-years-levels", "全市一般公共预算收入到2016年达到52.3亿元，到2020年达到81.7亿元。",
         F("fiscal_revenue_general", 2016, "FY", 52.3, "亿元", region="桐乡"),
         F("fiscal_revenue_general", 2020, "FY", 81.7, "亿元", region="桐乡"), region="桐乡", pub="2021-03-10"),
    case("reached-by-zaidao", "全区地区生产总值从2010年的305亿元起步，再到2015年的512亿元，2020年达到806亿元。",
         F("gdp", 2010, "FY", 305, "亿元", region="秀洲"), F("gdp", 2015, "FY", 512, "亿元", region="秀洲"),
         F("gdp", 2020, "FY", 806, "亿元", region="秀洲"), region="秀洲", pub="2021-05-10"),
    case("reached-by-future-year-is-target", "到2025年，全县地区生产总值力争突破800亿元，到2030年达到1200亿元。",
         region="嘉善", pub="2023-12-28"),
    # a later period's rate the rate word moved to (三季度增速进一步回升至7.4%, 增幅扩大到25.7%)
    case("period-rate-moved-to-huisheng-zhi", "上半年，全县规上工业增加值增长6.1%，三季度增速进一步回升至7.4%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="德清"), F("industrial_value_added", 2024, "Q3", yoy=7.4, region="德清"),
         region="德清", pub=PUB_Q3),
    case("period-rate-moved-to-kuoda-dao", "前三季度，全市外贸进出口增长9.4%，其中一季度下降3.1%，二季度增长8.2%，三季度增幅进一步扩大到19.6%。",
         F("trade_total", 2024, "Q1-Q3", yoy=9.4, region="泉州"), F("trade_total", 2024, "Q1", yoy=-3.1, region="泉州"),
         F("trade_total", 2024, "Q2", yoy=8.2, region="泉州"), F("trade_total", 2024, "Q3", yoy=19.6, region="泉州"),
         region="泉州", pub=PUB_Q3),
    case("period-rate-moved-to-tigao-dao", "1-7月，全市社会消费品零售总额增长4.2%，8月份增幅提高到5.6%。",
         F("retail_sales", 2024, "M1-M7", yoy=4.2, region="湖州"), F("retail_sales", 2024, "M8", yoy=5.6, region="湖州"),
         region="湖州", pub="2024-09-20"),
    case("share-moved-to-no-rate", "上半年，全县规上工业增加值增长6.1%，高新技术产业增加值占比提高到52.3%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="德清"), region="德清"),
    # 其中 after a sector's figure (机电产品出口…。其中，电脑出口…): its parts, no region's figures
    case("qizhong-after-sector-product", "前三季度，全市机电产品出口412.5亿元，增长8.2%。其中，电脑出口120.3亿元，增长11.4%。",
         region="昆山", pub=PUB_Q3),
    case("qizhong-after-sector-two-products", "上半年，全省纺织服装出口856.2亿元。其中，服装出口402.1亿元，增长3.5%；鞋类出口88.6亿元。",
         region="浙江"),
    case("qizhong-after-sector-imports", "1-8月，全市高新技术产品进口96.3亿元，增长12.1%。其中，手机进口21.4亿元。",
         region="昆山", pub="2024-09-20"),
    case("qizhong-after-region-month", "前三季度，全市出口总额812.5亿元，增长6.2%。其中，9月份出口98.1亿元，增长7.3%。",
         F("exports", 2024, "Q1-Q3", 812.5, "亿元", 6.2, region="昆山"), F("exports", 2024, "M9", 98.1, "亿元", 7.3, region="昆山"),
         region="昆山", pub=PUB_Q3),
    # a figure's share of another metric of its region (三产占全市生产总值的60.4%) leaves it the region's own
    case("share-of-other-metric-gdp", "上半年，全市第三产业实现增加值5765.7亿元，增长10.3%，三产占全市生产总值的60.4%。",
         F("gdp_tertiary", 2012, "H1", 5765.7, "亿元", 10.3, region="上海"), region="上海", pub="2012-07-20"),
    case("share-of-other-metric-fai", "前三季度，全县工业投资52.3亿元，增长12.1%，占全县固定资产投资的比重为38.5%。",
         F("industrial_investment", 2024, "Q1-Q3", 52.3, "亿元", 12.1, region="德清"), region="德清", pub=PUB_Q3),
    case("share-of-other-metric-bizhong", "1-6月，全区第二产业增加值312.6亿元，同比增长6.8%，占全区地区生产总值比重达55.2%。",
         F("gdp_secondary", 2024, "H1", 312.6, "亿元", 6.8, region="秀洲"), region="秀洲"),
    case("share-of-no-named-metric", "上半年，全市第三产业增加值5765.7亿元，占全市的60.4%。", region="宁波"),
    # a forecast word after the place and the population the figures count (全县规模工业预计完成…；实现…)
    # makes every clause of the sentence a forecast
    case("forecast-after-population-guimo-gongye", "1-10月，全县规模工业预计完成总产值13.29亿元，同比增长17.9%；实现增加值4.29亿元，同比增长18.4%。",
         region="锦屏", pub="2024-11-20"),
    case("forecast-after-population-guimo-yishang", "全年，全区规模以上工业预计完成增加值210.5亿元，增长7.2%；实现产值890.3亿元，增长6.8%。",
         region="秀洲", pub="2024-12-20"),
    case("forecast-after-named-place-population", "上半年，嘉善县规模以上工业预计实现增加值150.2亿元，同比增长9.3%；完成总产值780.6亿元，同比增长8.7%。",
         region="嘉兴", pub="2024-07-05"),
    case("forecast-in-later-clause-only", "1-10月，全县规模工业完成总产值13.29亿元，同比增长17.9%；预计全年实现增加值5.1亿元。",
         F("industrial_output", 2024, "M1-M10", 13.29, "亿元", 17.9, region="锦屏"), region="锦屏", pub="2024-11-20"),
    # levels and rates paired in a list of one metric for one place: the items are markets or products,
    # no figure of the place's
    case("paired-list-of-markets", "上半年，欧盟、东盟、美国为全市前三大贸易市场，分别进出口215.3亿元、188.1亿元和160.4亿元，增长12.8%、2.3%和18.8%。",
         region="宁波"),
    case("paired-list-of-partners", "一季度，东盟、欧盟为我市前两大贸易伙伴，进出口额分别为86.2亿元和72.9亿元，分别增长9.1%和5.6%。",
         region="宁波", pub="2024-04-25"),
    case("paired-list-of-products", "前三季度，纺织服装、机电产品、高新技术产品分别出口312.5亿元、286.1亿元和95.4亿元，分别增长3.2%、8.9%和15.1%。",
         region="宁波", pub=PUB_Q3),
    case("paired-list-of-metrics", "上半年，全市进出口、出口分别为812.3亿元和523.6亿元，增长9.4%和11.2%。",
         F("trade_total", 2024, "H1", 812.3, "亿元", 9.4, region="宁波"), F("exports", 2024, "H1", 523.6, "亿元", 11.2, region="宁波"),
         region="宁波"),
    # the time a rise took (由100亿元到200亿元仅用了4年): its levels are milestones, no year's figures
    case("duration-jin-yongle", "2018年，全县经济平稳。全县地区生产总值由100亿元到200亿元仅用了4年。", region="开江", pub="2019-01-10"),
    case("duration-zhi-yongle-shijian", "2018年，全县经济平稳。全市财政总收入从50亿元跨越到100亿元，只用了3年时间。", region="开江",
         pub="2019-01-10"),
    case("duration-lishi", "2018年，全县经济平稳。全县规上工业总产值由10亿元增加到50亿元历时8年。", region="开江", pub="2019-01-10"),
    case("duration-with-years-keeps-levels", "全县地区生产总值由2012年的100亿元增加到2017年的200亿元，用了5年。",
         F("gdp", 2012, "FY", 100, "亿元", region="开江"), F("gdp", 2017, "FY", 200, "亿元", region="开江"),
         region="开江", pub="2019-01-10"),
    case("place-ranked-paiming-no-figure", "上半年，海宁市地区生产总值625.3亿元，排名第二，桐乡市排名第三。",
         F("gdp", 2024, "H1", 625.3, "亿元", region="海宁"), region="嘉兴"),
]


REAL9 = [
    # a table's corner cell names both its axes (年份/各地级市, 地区\年份): the rows are places, the
    # columns years of the metric their headers name
    case("corner-cell-year-slash-city", "2023年,嘉兴市实现地区生产总值7062.45亿元。各县(市、区)近两年GDP如下:\n"
         "年份/各地级市 | 2023年GDP | 2022年GDP |\n"
         "嘉兴市 | 7062.45 | 6739.45 |\n平湖市 | 1021.32 | 985.10 |\n海宁市 | 1288.05 | 1201.77 |",
         F("gdp", 2023, "FY", 7062.45, "亿元", region="嘉兴"), F("gdp", 2022, "FY", 6739.45, "亿元", region="嘉兴"),
         F("gdp", 2023, "FY", 1021.32, "亿元", region="平湖"), F("gdp", 2022, "FY", 985.10, "亿元", region="平湖"),
         F("gdp", 2023, "FY", 1288.05, "亿元", region="海宁"), F("gdp", 2022, "FY", 1201.77, "亿元", region="海宁"),
         region="嘉兴", pub="2024-03-10"),
    case("corner-cell-region-backslash-year", "单位:亿元\n地区\\年份 | 2021年生产总值 | 2020年生产总值\n"
         "桐乡市 | 1170.4 | 1040.6\n嘉善县 | 751.3 | 669.9",
         F("gdp", 2021, "FY", 1170.4, "亿元", region="桐乡"), F("gdp", 2020, "FY", 1040.6, "亿元", region="桐乡"),
         F("gdp", 2021, "FY", 751.3, "亿元", region="嘉善"), F("gdp", 2020, "FY", 669.9, "亿元", region="嘉善"),
         region="嘉兴", pub="2022-05-01"),
    case("corner-cell-county-set-year", "各县市区/年份 | 2022年财政总收入(亿元) | 2021年财政总收入(亿元)\n"
         "海盐县 | 82.6 | 79.1\n平湖市 | 160.2 | 151.8",
         F("fiscal_revenue_total", 2022, "FY", 82.6, "亿元", region="海盐"),
         F("fiscal_revenue_total", 2021, "FY", 79.1, "亿元", region="海盐"),
         F("fiscal_revenue_total", 2022, "FY", 160.2, "亿元", region="平湖"),
         F("fiscal_revenue_total", 2021, "FY", 151.8, "亿元", region="平湖"),
         region="嘉兴", pub="2023-04-01"),
    # a table that prints its figures without a unit (no unit line, no unit in its headers) counts them
    # in the unit the article's own sentences give that metric (地区生产总值…亿元 above it)
    case("unitless-table-prose-unit-fiscal", "上半年,全市一般公共预算收入完成312.6亿元,增长4.2%。分县市看:\n"
         "地区 | 一般公共预算收入 | 增速(%)\n平湖市 | 61.2 | 5.1\n海宁市 | 70.4 | 3.8",
         F("fiscal_revenue_general", 2024, "H1", 312.6, "亿元", 4.2, region="嘉兴"),
         F("fiscal_revenue_general", 2024, "H1", 61.2, "亿元", 5.1, region="平湖"),
         F("fiscal_revenue_general", 2024, "H1", 70.4, "亿元", 3.8, region="海宁"), region="嘉兴"),
    case("unitless-table-prose-unit-wan", "1-6月,全县财政总收入完成412300万元,同比增长6.2%。\n"
         "各县 | 1-6月财政总收入 | 同比增长\n海盐县 | 412300 | 6.2\n嘉善县 | 505120 | 7.9",
         F("fiscal_revenue_total", 2024, "H1", 412300, "万元", 6.2, region="海盐"),
         F("fiscal_revenue_total", 2024, "H1", 505120, "万元", 7.9, region="嘉善"), region="海盐"),
    # the near miss: no sentence of the article gives that metric a unit, so only the rates are read
    case("unitless-table-no-prose-unit", "各县(市、区)主要指标如下:\n地区 | 2023年GDP | 增速(%)\n平湖市 | 1021.32 | 6.1\n"
         "海宁市 | 1288.05 | 5.4", F("gdp", 2023, "FY", yoy=6.1, region="平湖"), F("gdp", 2023, "FY", yoy=5.4, region="海宁"),
         region="嘉兴", pub="2024-03-10"),
    # an industry's row (第一产业) names its value added only in a table of value added or GDP; under
    # another measure (总产出, 固定资产投资, 营业收入) it is that measure's part, no GDP component
    case("industry-rows-of-gross-output", "2-3 总产出\n单位:亿元\n项目 | 2021 | 2022\n总产出(亿元) | 5210.44 | 5630.18\n"
         "第一产业 | 612.30 | 640.75\n第二产业 | 3120.92 | 3390.04\n第三产业 | 1477.22 | 1599.39", region="嘉兴", pub="2023-10-01"),
    case("industry-rows-of-investment", "表5 分产业固定资产投资\n单位:亿元\n产业 | 2022年 | 2023年\n"
         "固定资产投资 | 1450.2 | 1512.8\n第一产业 | 12.4 | 13.1\n第二产业 | 601.5 | 655.0\n第三产业 | 836.3 | 844.7",
         F("fixed_asset_investment", 2022, "FY", 1450.2, "亿元", region="嘉兴"),
         F("fixed_asset_investment", 2023, "FY", 1512.8, "亿元", region="嘉兴"), region="嘉兴", pub="2024-05-01"),
    case("industry-rows-of-revenue", "规模以上服务业营业收入\n单位:亿元\n行业 | 2022年 | 2023年\n营业收入 | 388.1 | 402.6\n"
         "第二产业 | 10.2 | 11.0\n第三产业 | 377.9 | 391.6", region="嘉兴", pub="2024-05-01"),
    # … and still the GDP components in a table of GDP or of value added
    case("industry-rows-of-gdp", "单位:亿元\n指标 | 2022年 | 2023年\n地区生产总值 | 6739.45 | 7062.45\n"
         "第一产业 | 150.2 | 155.9\n第二产业 | 3610.1 | 3702.6",
         F("gdp", 2022, "FY", 6739.45, "亿元", region="嘉兴"), F("gdp", 2023, "FY", 7062.45, "亿元", region="嘉兴"),
         F("gdp_primary", 2022, "FY", 150.2, "亿元", region="嘉兴"), F("gdp_primary", 2023, "FY", 155.9, "亿元", region="嘉兴"),
         F("gdp_secondary", 2022, "FY", 3610.1, "亿元", region="嘉兴"), F("gdp_secondary", 2023, "FY", 3702.6, "亿元", region="嘉兴"),
         region="嘉兴", pub="2024-05-01"),
    case("industry-rows-of-value-added", "三次产业增加值\n单位:亿元\n产业 | 2022年 | 2023年\n"
         "第一产业 | 150.2 | 155.9\n第三产业 | 2979.1 | 3203.9",
         F("gdp_primary", 2022, "FY", 150.2, "亿元", region="嘉兴"), F("gdp_primary", 2023, "FY", 155.9, "亿元", region="嘉兴"),
         F("gdp_tertiary", 2022, "FY", 2979.1, "亿元", region="嘉兴"), F("gdp_tertiary", 2023, "FY", 3203.9, "亿元", region="嘉兴"),
         region="嘉兴", pub="2024-05-01"),
    # the set of places a list covers, named in the units of autonomous regions (各盟市, 各旗县市,
    # 各州市), is whole regions as 各县市区 is, not a sector
    case("set-of-leagues-list", "1-9月各盟市财政总收入:1.鄂尔多斯(650.8亿元 同比增长-12.1%下同)、2.呼和浩特(192.1亿元 8.6%)。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 650.8, "亿元", -12.1, region="鄂尔多斯"),
         F("fiscal_revenue_total", 2024, "Q1-Q3", 192.1, "亿元", 8.6, region="呼和浩特"), region="内蒙古", pub=PUB_Q3),
    case("set-of-banners-list", "上半年各旗县市社会消费品零售总额分别为:扎赉特旗21.3亿元、突泉县15.8亿元。",
         F("retail_sales", 2024, "H1", 21.3, "亿元", region="扎赉特旗"),
         F("retail_sales", 2024, "H1", 15.8, "亿元", region="突泉县"), region="兴安盟"),
    case("set-of-prefectures-list", "一季度各州市地区生产总值分别为:昆明市1850.2亿元(增长5.1%)、曲靖市860.4亿元(增长4.8%)。",
         F("gdp", 2024, "Q1", 1850.2, "亿元", 5.1, region="昆明"), F("gdp", 2024, "Q1", 860.4, "亿元", 4.8, region="曲靖"),
         region="云南"),
    case("set-of-places-after-lead-words", "首先,为了更直观地比较,回顾一下上半年各盟市财政总收入完成数据:"
         "1.赤峰(92.5亿元 同比增长6.1%下同)、2.通辽(71.0亿元 5.2%)。",
         F("fiscal_revenue_total", 2024, "H1", 92.5, "亿元", 6.1, region="赤峰"),
         F("fiscal_revenue_total", 2024, "H1", 71.0, "亿元", 5.2, region="通辽"), region="内蒙古"),
    # the near miss: 盟 inside an alliance's name is a group of firms
    case("alliance-is-no-place", "上半年,产业联盟企业实现规上工业总产值45.2亿元。", region="嘉兴", labels={45.2: "sector|enterprise|subset"}),
    # a generic name the article defines as the short name of a metric ((以下简称财政收入)) stands for
    # that metric from there on
    case("defined-short-name-list", "1-9月,全市一般公共预算收入(以下简称财政收入)完成312.6亿元,增长4.2%。"
         "各县市财政收入分别为:平湖市61.2亿元、海宁市70.4亿元。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 312.6, "亿元", 4.2, region="嘉兴"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 61.2, "亿元", region="平湖"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 70.4, "亿元", region="海宁"), region="嘉兴", pub=PUB_Q3),
    case("defined-short-name-xiacheng", "上半年,地方一般公共预算收入(下称“财政收入”)稳步增长。海宁财政收入完成70.4亿元,增长3.8%。",
         F("fiscal_revenue_general", 2024, "H1", 70.4, "亿元", 3.8, region="海宁"), region="嘉兴"),
    case("defined-short-name-jiancheng", "全县一般公共预算收入(简称财政收入)列全市第二。1-5月,全县财政收入完成18.6亿元。",
         F("fiscal_revenue_general", 2024, "M1-M5", 18.6, "亿元"), region="平湖"),
    # the near miss: undefined, 财政收入 is the total revenue
    case("undefined-short-name-stays-total", "1-5月,全县财政收入完成18.6亿元。",
         F("fiscal_revenue_total", 2024, "M1-M5", 18.6, "亿元"), region="平湖"),
    # a breakdown by a counted set of places (从6个旗县市增速看, 分8个县市区看) gives the places'
    # rates of the metric the sentence before named
    case("by-counted-banners", "1-2月份,全盟规模以上工业增加值同比增长30.2%。从6个旗县市增速看,突泉县、扎赉特旗"
         "同比分别增长43.5%、39.5%;阿尔山市下降6.5%。",
         F("industrial_value_added", 2021, "M1-M2", yoy=30.2, region="兴安盟"),
         F("industrial_value_added", 2021, "M1-M2", yoy=43.5, region="突泉县"),
         F("industrial_value_added", 2021, "M1-M2", yoy=39.5, region="扎赉特旗"),
         F("industrial_value_added", 2021, "M1-M2", yoy=-6.5, region="阿尔山"), region="兴安盟", pub="2021-03-25"),
    case("by-counted-counties", "上半年,全市固定资产投资增长5.2%。分5个县市看,平湖增长8.1%,海宁增长3.3%。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="嘉兴"),
         F("fixed_asset_investment", 2024, "H1", yoy=8.1, region="平湖"),
         F("fixed_asset_investment", 2024, "H1", yoy=3.3, region="海宁"), region="嘉兴"),
    case("by-counted-prefectures", "一季度,全省社会消费品零售总额增长6.0%。从21个市州情况看,凉山、宜宾分别增长8.2%和7.1%。",
         F("retail_sales", 2024, "Q1", yoy=6.0, region="四川"), F("retail_sales", 2024, "Q1", yoy=8.2, region="凉山"),
         F("retail_sales", 2024, "Q1", yoy=7.1, region="宜宾"), region="四川"),
    # the near miss: a count of aspects, not places
    case("by-counted-aspects", "上半年,全市固定资产投资增长5.2%。从3个方面看,项目投资、民间投资分别增长8.1%和3.3%。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="嘉兴"), region="嘉兴"),
    # an autonomous county or district named by its short name and unit (管城区 for 管城回族区, 长阳县
    # for 长阳土家族自治县) is that place
    case("informal-district-name", "2025年各区县生产总值(亿元)\n金水区 3548.97\n管城区 2154.21\n新郑市 2132.52\n",
         F("gdp", 2025, "FY", 3548.97, "亿元", region="金水区"), F("gdp", 2025, "FY", 2154.21, "亿元", region="管城"),
         F("gdp", 2025, "FY", 2132.52, "亿元", region="新郑"), region="郑州", pub="2026-02-10"),
    case("informal-county-name", "上半年,长阳县实现地区生产总值98.6亿元,增长6.2%。", F("gdp", 2024, "H1", 98.6, "亿元", 6.2,
         region="长阳"), region="宜昌"),
    case("informal-county-name-list", "一季度,大厂县、孟村县规上工业增加值分别增长9.1%和7.4%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.1, region="大厂"),
         F("industrial_value_added", 2024, "Q1", yoy=7.4, region="孟村"), region="河北"),
    case("informal-prefecture-names", "2021年,昌吉州地区生产总值1698.2亿元,延边州地区生产总值801.5亿元。",
         F("gdp", 2021, "FY", 1698.2, "亿元", region="昌吉州"), F("gdp", 2021, "FY", 801.5, "亿元", region="延边"),
         region="全国", pub="2022-03-01"),
    # the near miss: 城区 inside a longer word is no district
    case("chengqu-is-no-place", "上半年,主城区消费品零售额增长6.2%。", region="郑州"),
    # a list of places and bare numbers under a title that prints the metric's amounts in one unit
    # (金水区超过3500亿) or puts the unit in brackets before its colon counts them in that unit
    case("list-unit-from-title-amounts", "2025年各区县生产总值中,金水区超过3500亿,遥遥领先,各区县具体如下:\n"
         "郑州市 15244.57\n金水区 3548.97\n新郑市 2132.52\n",
         F("gdp", 2025, "FY", 15244.57, "亿元", region="郑州"), F("gdp", 2025, "FY", 3548.97, "亿元", region="金水区"),
         F("gdp", 2025, "FY", 2132.52, "亿元", region="新郑"), region="郑州", pub="2026-02-10"),
    case("list-unit-bracket-before-colon", "2025年各区县生产总值如下(亿元):\n郑州市 15244.57\n金水区 3548.97\n",
         F("gdp", 2025, "FY", 15244.57, "亿元", region="郑州"), F("gdp", 2025, "FY", 3548.97, "亿元", region="金水区"),
         region="郑州", pub="2026-02-10"),
    case("list-unit-from-title-not-wanyi", "2025年各区县生产总值排名,郑州全市超1.5万亿,金水区超3500亿,各区县如下:\n"
         "二七区 957.70\n新密市 731.40\n",
         F("gdp", 2025, "FY", 957.70, "亿元", region="二七区"), F("gdp", 2025, "FY", 731.40, "亿元", region="新密"),
         region="郑州", pub="2026-02-10"),
    # the near miss: a place's row marked # after its own row is a part of it (another reckoning), no
    # second figure of the place
    case("marked-row-of-a-listed-place", "2025年各区县生产总值(亿元)\n金水区 3548.97\n#金水区 2272.28\n新郑市 2132.52\n",
         F("gdp", 2025, "FY", 3548.97, "亿元", region="金水区"), F("gdp", 2025, "FY", 2132.52, "亿元", region="新郑"),
         region="郑州", pub="2026-02-10"),
    # a list of the places' rates whose title names no metric (增速方面,各区县如下:) right after a
    # list of their levels gives the rates of that list's metric
    case("rates-list-after-levels", "2025年各区县生产总值(亿元)\n金水区 3548.97\n新郑市 2132.52\n"
         "增速方面,各区县如下:\n新郑市 8.15%\n金水区 5.04%\n",
         F("gdp", 2025, "FY", 3548.97, "亿元", 5.04, region="金水区"), F("gdp", 2025, "FY", 2132.52, "亿元", 8.15, region="新郑"),
         region="郑州", pub="2026-02-10"),
    case("rates-table-after-levels", "2023年各县一般公共预算收入(亿元)\n海盐县 61.2\n嘉善县 70.5\n"
         "从增幅看:\n海盐县 5.1%\n嘉善县 3.8%\n",
         F("fiscal_revenue_general", 2023, "FY", 61.2, "亿元", 5.1, region="海盐"),
         F("fiscal_revenue_general", 2023, "FY", 70.5, "亿元", 3.8, region="嘉善"), region="嘉兴", pub="2024-02-10"),
    case("rates-list-named-growth-after-levels", "2025年各区县生产总值(亿元)\n金水区 3548.97\n新郑市 2132.52\n"
         "名义增长率:\n金水区 5.04%\n新郑市 8.15%\n",
         F("gdp", 2025, "FY", 3548.97, "亿元", 5.04, region="金水区"), F("gdp", 2025, "FY", 2132.52, "亿元", 8.15, region="新郑"),
         region="郑州", pub="2026-02-10"),
    # the near miss: a rates list that names its own metric keeps it
    case("rates-list-own-metric-after-levels", "2025年各区县生产总值(亿元)\n金水区 3548.97\n新郑市 2132.52\n"
         "规上工业增加值增速:\n金水区 6.1%\n新郑市 9.3%\n",
         F("gdp", 2025, "FY", 3548.97, "亿元", region="金水区"), F("gdp", 2025, "FY", 2132.52, "亿元", region="新郑"),
         F("industrial_value_added", 2025, "FY", yoy=6.1, region="金水区"),
         F("industrial_value_added", 2025, "FY", yoy=9.3, region="新郑"), region="郑州", pub="2026-02-10"),
    # a place that opens its clause with 排名 and its rank (滁州市排名第三，GDP总量…) is the subject of the
    # figures after it, as one with 位列第三 is
    case("place-paiming-rank-opens", "2022年,滁州市排名第三,GDP总量达到3610亿元。",
         F("gdp", 2022, "FY", 3610, "亿元", region="滁州"), region="安徽", pub="2023-02-10"),
    case("place-paiming-rank-wei-opens", "2022年,蚌埠市排名第九位,地区生产总值为2019.8亿元。",
         F("gdp", 2022, "FY", 2019.8, "亿元", region="蚌埠"), region="安徽", pub="2023-02-10"),
    case("place-paiming-rank-rate", "2022年,全省GDP增长3.5%。池州市排名第二,增速为5.4%。",
         F("gdp", 2022, "FY", yoy=3.5, region="安徽"), F("gdp", 2022, "FY", yoy=5.4, region="池州"),
         region="安徽", pub="2023-02-10"),
    # the near miss: a place ranked after another's figure, its clause no subject of its own
    case("place-paiming-rank-after-figure", "2022年,合肥GDP增长3.5%,滁州市排名第三。",
         F("gdp", 2022, "FY", yoy=3.5, region="合肥"), region="安徽", pub="2023-02-10"),
    # a sentence of nothing but places and their figures by 依次/分别 (华阴市、华州区和临渭区依次为x、y和z)
    # gives them the metric of the figure the sentence before gave
    case("places-yici-own-sentence", "上半年,韩城市农村居民人均可支配收入为5935元。华阴市、华州区和临渭区依次为5805元、5389元和5166元。",
         F("income_rural_pc", 2017, "H1", 5935, "元", region="韩城"), F("income_rural_pc", 2017, "H1", 5805, "元", region="华阴"),
         F("income_rural_pc", 2017, "H1", 5389, "元", region="华州区"), F("income_rural_pc", 2017, "H1", 5166, "元", region="临渭区"),
         region="渭南", pub="2017-08-12"),
    case("places-fenbie-own-sentence", "一季度,海宁市规上工业增加值增长9.1%。桐乡市、嘉善县分别增长8.2%和7.1%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.1, region="海宁"),
         F("industrial_value_added", 2024, "Q1", yoy=8.2, region="桐乡"),
         F("industrial_value_added", 2024, "Q1", yoy=7.1, region="嘉善"), region="嘉兴"),
    case("places-fenbie-wei-own-sentence", "1-5月,平湖市固定资产投资完成120.5亿元。海盐县、嘉善县分别为98.2亿元、110.4亿元。",
         F("fixed_asset_investment", 2024, "M1-M5", 120.5, "亿元", region="平湖"),
         F("fixed_asset_investment", 2024, "M1-M5", 98.2, "亿元", region="海盐"),
         F("fixed_asset_investment", 2024, "M1-M5", 110.4, "亿元", region="嘉善"), region="嘉兴"),
    # the near miss: places' changes in points, and one 持平 among them, are no rates
    case("places-points-then-flat", "1-4月,全省固定资产投资增长10.9%。与一季度相比,上海、海南分别提高2.6和1.9个百分点;山东持平。",
         F("fixed_asset_investment", 2024, "M1-M4", yoy=10.9, region="浙江"), region="浙江"),
    # the near miss: after a sentence of two metrics, which one the figures are is not said
    case("places-fenbie-after-two-metrics", "一季度,海宁市出口增长9.1%,进口增长3.2%。桐乡市、嘉善县分别增长8.2%和7.1%。",
         F("exports", 2024, "Q1", yoy=9.1, region="海宁"), F("imports", 2024, "Q1", yoy=3.2, region="海宁"), region="嘉兴"),
    # 其后/其后是 (next in a ranking) names no place: the rate after it is not the place before's
    case("qihou-is-no-pronoun", "一季度,宜宾地区生产总值达到725.2亿元。其后是绵阳,增长6.6%。",
         F("gdp", 2024, "Q1", 725.2, "亿元", region="宜宾"), region="四川"),
    case("qihou-comma-is-no-pronoun", "一季度,宜宾地区生产总值达到725.2亿元。其后,绵阳增长6.6%。",
         F("gdp", 2024, "Q1", 725.2, "亿元", region="宜宾"), F("gdp", 2024, "Q1", yoy=6.6, region="绵阳"), region="四川"),
    case("qici-is-no-pronoun", "一季度,宜宾地区生产总值达到725.2亿元。其次为绵阳,增长6.6%。",
         F("gdp", 2024, "Q1", 725.2, "亿元", region="宜宾"), region="四川"),
    # the near miss: 其 before a metric is the place named before
    case("qi-is-pronoun", "一季度,宜宾经济稳中向好。其地区生产总值达到725.2亿元,增长6.6%。",
         F("gdp", 2024, "Q1", 725.2, "亿元", 6.6, region="宜宾"), region="四川"),
    # a list of places that opens a clause after another place's figure, with its figures by 分别
    # (；吉林、黑龙江同比分别增长a和b) is the same metric's figures for those places
    case("places-list-clause-semicolon", "4月份,辽宁规模以上工业增加值同比下降9.8%;吉林、黑龙江同比分别增长7.2%和1.2%。",
         F("industrial_value_added", 2016, "M4", yoy=-9.8, region="辽宁"),
         F("industrial_value_added", 2016, "M4", yoy=7.2, region="吉林省"),
         F("industrial_value_added", 2016, "M4", yoy=1.2, region="黑龙江"), region="全国", pub="2016-06-01"),
    case("places-list-clause-comma", "上半年,海宁市出口增长9.1%,桐乡市、嘉善县分别增长8.2%和7.1%。",
         F("exports", 2024, "H1", yoy=9.1, region="海宁"), F("exports", 2024, "H1", yoy=8.2, region="桐乡"),
         F("exports", 2024, "H1", yoy=7.1, region="嘉善"), region="嘉兴"),
    case("places-list-clause-amounts", "1-5月,平湖市固定资产投资完成120.5亿元;海盐县、嘉善县分别为98.2亿元、110.4亿元。",
         F("fixed_asset_investment", 2024, "M1-M5", 120.5, "亿元", region="平湖"),
         F("fixed_asset_investment", 2024, "M1-M5", 98.2, "亿元", region="海盐"),
         F("fixed_asset_investment", 2024, "M1-M5", 110.4, "亿元", region="嘉善"), region="嘉兴"),
    # the near miss: the places' changes in points are no figures
    case("places-list-clause-points", "上半年,海宁市出口增长9.1%;桐乡市、嘉善县分别提高1.2和0.8个百分点。",
         F("exports", 2024, "H1", yoy=9.1, region="海宁"), region="嘉兴"),
    # 陜 (a variant of 陝) reads as 陕: 陜西, 陜縣 are places
    case("variant-shaan-province", "1月至2月,陜西實際利用外資18.9億美元,同比增長25.5%。",
         F("fdi_actual", 2021, "M1-M2", 18.9, "亿美元", 25.5, region="陕西"), region="全国", pub="2021-04-01"),
    case("variant-shaan-province-iva", "上半年,陜西規模以上工業增加值同比增長7.1%。",
         F("industrial_value_added", 2021, "H1", yoy=7.1, region="陕西"), region="全国", pub="2021-07-20"),
    case("renamed-county-old-name", "1~10月份,实际利用外资居前2位的分别是:陜縣1.46亿美元、金水区1.21亿美元。",
         F("fdi_actual", 2007, "M1-M10", 1.46, "亿美元", region="陕州"), F("fdi_actual", 2007, "M1-M10", 1.21, "亿美元", region="金水区"),
         region="河南", pub="2007-11-28"),
    case("variant-shaan-simplified-stays", "1月至2月,陕西实际利用外资18.9亿美元,同比增长25.5%。",
         F("fdi_actual", 2021, "M1-M2", 18.9, "亿美元", 25.5, region="陕西"), region="全国", pub="2021-04-01"),
    # a ranking that introduces its list with its rank in digits (居前3位的分别是:, 排名前5位的依次为:)
    # pairs as one in words does
    case("top-n-digits-ju", "1~10月份,实际利用外资居前3位的分别是:许昌县1.46亿美元、金水区1.21亿美元、巩义市9967万美元。",
         F("fdi_actual", 2007, "M1-M10", 1.46, "亿美元", region="许昌县"), F("fdi_actual", 2007, "M1-M10", 1.21, "亿美元", region="金水区"),
         F("fdi_actual", 2007, "M1-M10", 9967, "万美元", region="巩义"), region="河南", pub="2007-11-28"),
    case("top-n-digits-paiming", "1-6月,出口额排名前5位的依次为:平湖市320.5亿元、海宁市298.1亿元。",
         F("exports", 2024, "H1", 320.5, "亿元", region="平湖"), F("exports", 2024, "H1", 298.1, "亿元", region="海宁"), region="嘉兴"),
    case("top-n-digits-ming", "上半年,社会消费品零售总额前3名分别是:南湖区210.2亿元、桐乡市188.4亿元。",
         F("retail_sales", 2024, "H1", 210.2, "亿元", region="南湖区"), F("retail_sales", 2024, "H1", 188.4, "亿元", region="桐乡"),
         region="嘉兴"),
    # the near miss: the firms ranked are no places
    case("top-n-digits-firms", "1-6月,出口额居前3位的企业分别是:甲公司12.5亿元、乙公司9.8亿元。", region="嘉兴"),
    # a rate sentence after a figure that first gives the change in money (比上年增加167.9亿元，增长5.5%)
    # continues that figure, as one with the rate alone does
    case("next-sentence-change-then-rate", "2021年,大庆市社会消费品零售总额实现610.2亿元。较上年增加了21.5亿元,增长3.6%。",
         F("retail_sales", 2021, "FY", 610.2, "亿元", 3.6, region="大庆"), region="黑龙江", pub="2022-03-01"),
    case("next-sentence-increase-then-rate", "2021年,哈尔滨市实现地区生产总值5351.7亿元。比上年增加167.9亿元,增长5.5%。",
         F("gdp", 2021, "FY", 5351.7, "亿元", 5.5, region="哈尔滨"), region="黑龙江", pub="2022-03-01"),
    case("next-sentence-revenue-then-rate", "2023年,七台河市一般公共预算收入34.3亿元。同比增收6.2亿元,增长22.2%。",
         F("fiscal_revenue_general", 2023, "FY", 34.3, "亿元", 22.2, region="七台河"), region="黑龙江", pub="2024-03-01"),
    # the near miss: a count of something else before the rate is its own figure
    case("next-sentence-count-then-rate", "2021年,大庆市实现GDP2620.0亿元。全市新增市场主体3.2万户,增长8.1%。",
         F("gdp", 2021, "FY", 2620.0, "亿元", region="大庆"), region="黑龙江", pub="2022-03-01"),
    # an item of a list whose figure the writer says is missing (包头(数据暂缺)) is passed over: the
    # list goes on after it
    case("list-item-no-data", "1-10月各盟市财政总收入:1.鄂尔多斯(725.5亿元 同比增长-8.5%下同)、2.呼和浩特(215.8亿元 8.6%)、"
         "3.包头(数据暂缺)、4.锡林郭勒(117.4亿元 6.8%)。",
         F("fiscal_revenue_total", 2024, "M1-M10", 725.5, "亿元", -8.5, region="鄂尔多斯"),
         F("fiscal_revenue_total", 2024, "M1-M10", 215.8, "亿元", 8.6, region="呼和浩特"),
         F("fiscal_revenue_total", 2024, "M1-M10", 117.4, "亿元", 6.8, region="锡林郭勒盟"), region="内蒙古", pub="2024-11-16"),
    case("list-item-no-data-rates", "上半年,各县(市、区)规上工业增加值增速:南湖区(6.1%)、平湖市(暂无数据)、海宁市(5.2%)。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="南湖区"),
         F("industrial_value_added", 2024, "H1", yoy=5.2, region="海宁"), region="嘉兴"),
    case("list-item-not-published", "上半年,各县(市、区)地区生产总值:南湖区(402.5亿元)、海盐县(数据未公布)、嘉善县(388.0亿元)。",
         F("gdp", 2024, "H1", 402.5, "亿元", region="南湖区"), F("gdp", 2024, "H1", 388.0, "亿元", region="嘉善"),
         region="嘉兴"),
    # the near miss: a list ending on a missing figure gives that place none
    case("list-item-no-data-last", "上半年,各县(市、区)地区生产总值:南湖区(402.5亿元)、嘉善县(388.0亿元)、海盐县(数据暂缺)。",
         F("gdp", 2024, "H1", 402.5, "亿元", region="南湖区"), F("gdp", 2024, "H1", 388.0, "亿元", region="嘉善"),
         region="嘉兴"),
    # a clause group opening with 其 and a rate (；其增速为5.5%) goes on with the figure before it
    case("qi-rate-after-rank", "2023年，宁波实现GDP16452.8亿元，位列全省第二；其增速为5.5%。",
         F("gdp", 2023, "FY", 16452.8, "亿元", 5.5, region="宁波"), region="浙江", pub="2024-02-01"),
    case("qi-rate-basis", "上半年，全县规上工业增加值完成86.3亿元，总量居全市第三；其同比增长8.2%，增速居全市第一。",
         F("industrial_value_added", 2024, "H1", 86.3, "亿元", 8.2)),
    case("qi-rate-increase-word", "1-9月，全市社会消费品零售总额为412.6亿元；其增幅为6.1%，比上半年提高0.4个百分点。",
         F("retail_sales", 2024, "Q1-Q3", 412.6, "亿元", 6.1), pub=PUB_Q3),
    case("qi-zhong-part-near-miss", "上半年，全市出口额达到312.6亿元；其中机电产品增长8.2%。",
         F("exports", 2024, "H1", 312.6, "亿元")),
    # 投资 after a place stands for the metric named last when that metric's name ends with it
    # (vocab/metric_anaphora.csv, stands_for tail)
    case("tail-anaphor-provinces", "1-5月，固定资产投资前五位省份中，安徽投资13457亿元，同比增长20.1%；江西投资11291亿元，同比增长20%。",
         F("fixed_asset_investment", 2013, "M1-M5", 13457, "亿元", 20.1, region="安徽"),
         F("fixed_asset_investment", 2013, "M1-M5", 11291, "亿元", 20, region="江西"), region="全国", pub="2013-06-20"),
    case("tail-anaphor-counties", "1-9月，固定资产投资增速居前的县市区中，平湖市投资增长10.1%，海宁市投资增长9.3%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=10.1, region="平湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.3, region="海宁"), region="嘉兴", pub="2024-10-26"),
    case("tail-anaphor-cities", "全年，全省各市固定资产投资均保持增长，杭州投资增长6.1%，宁波投资增长5.8%。",
         F("fixed_asset_investment", 2023, "FY", yoy=6.1, region="杭州"),
         F("fixed_asset_investment", 2023, "FY", yoy=5.8, region="宁波"), region="浙江", pub="2024-02-01"),
    case("tail-anaphor-other-metric", "上半年，全省规上工业增加值增长8.2%，湖州投资增长10.1%。",
         F("industrial_value_added", 2024, "H1", yoy=8.2, region="浙江"), region="浙江"),
    # the near miss: a corner cell over products, not places, gives no region's figures
    case("corner-cell-products-no-places", "产品/年份 | 2023年产量 | 2022年产量\n钢材 | 120.5 | 118.2\n水泥 | 88.1 | 90.4",
         region="嘉兴", pub="2024-03-10"),
]


REAL7 = [
    # a firm or a sector that opens a sentence stays its subject through the clause groups that open
    # with a bare verb (…；实现…；完成…), which name no subject of their own
    case("firm-group-verb-groups", "1-5月，全市“百强”企业累计实现工业增加值42.6亿元，同比增长7.2%；实现工业总产值118.3亿元，"
         "同比增长5.1%；实现利税6.4亿元。", pub="2024-06-20", labels={42.6: "enterprise", 118.3: "enterprise"}),
    case("firm-named-verb-groups", "一季度，宏达集团完成规上工业总产值15.8亿元，增长12.0%；累计完成工业增加值4.1亿元，增长9.6%。",
         pub="2024-04-20", labels={15.8: "enterprise", 4.1: "enterprise"}),
    # near miss: a sector named after 其中 inside a group is not the subject of the next group
    case("sector-inside-group-then-verb-group", "上半年，全县规上工业增加值增长8.1%，其中高新技术产业增加值增长12.3%；"
         "完成固定资产投资52.1亿元，增长9.4%。", F("industrial_value_added", 2024, "H1", yoy=8.1),
         F("fixed_asset_investment", 2024, "H1", 52.1, "亿元", 9.4), labels={12.3: "sector"}),
    # near miss: a sector word after the verb (完成房地产开发投资) is that clause's, not a subject for the next
    case("sector-after-verb-then-verb-group", "上半年，全县完成房地产开发投资同比增长5.2%；完成社会消费品零售总额61.9亿元，同比增长9.8%。",
         F("retail_sales", 2024, "H1", 61.9, "亿元", 9.8), labels={5.2: "sector"}),
    # an industry's investment with a verb inside its name (第一产业完成投资) is no value added of that industry
    case("primary-completed-investment", "上半年，全市地区生产总值增长6.1%。第一产业完成投资27.3亿元，同比下降12.4%。",
         F("gdp", 2024, "H1", yoy=6.1)),
    case("secondary-achieved-investment", "上半年，全市生产总值2010.5亿元，增长5.2%。第二产业实现投资120.5亿元，增长17.7%，工业投资增长17.8%。",
         F("gdp", 2024, "H1", 2010.5, "亿元", 5.2), F("industrial_investment", 2024, "H1", yoy=17.8)),
    case("tertiary-cumulative-investment", "1-9月，全市GDP增长5.8%，第三产业累计完成投资88.6亿元，增长6.7%。",
         F("gdp", 2024, "Q1-Q3", yoy=5.8), pub=PUB_Q3),
    # near miss: the verb before 增加值 keeps the industry's value added
    case("secondary-achieved-value-added", "上半年，全市生产总值2010.5亿元，增长5.2%。第二产业实现增加值920.4亿元，增长6.8%。",
         F("gdp", 2024, "H1", 2010.5, "亿元", 5.2), F("gdp_secondary", 2024, "H1", 920.4, "亿元", 6.8)),
    # a set of places counted in words (三区一县, 两区一县, 四县一区) before a total, then each named place
    # with its verb and figure: the total is the set's, each item a whole region's
    case("counted-words-places-items", "1-6月，两区一县累计完成规上工业总产值312.5亿元，同比增长9.1%，其中湾沚区完成120.3亿元，"
         "同比增长8.2%；繁昌区完成101.7亿元，同比增长10.5%；南陵县完成90.5亿元，同比增长8.7%。",
         F("industrial_output", 2024, "H1", 120.3, "亿元", 8.2, region="湾沚"),
         F("industrial_output", 2024, "H1", 101.7, "亿元", 10.5, region="繁昌"),
         F("industrial_output", 2024, "H1", 90.5, "亿元", 8.7, region="南陵"), region="芜湖", labels={312.5: "subset"}),
    case("counted-words-places-gdp", "一季度，四县一区实现地区生产总值402.6亿元，其中东至县实现56.2亿元，增长6.1%；石台县实现12.4亿元，增长5.3%。",
         F("gdp", 2024, "Q1", 56.2, "亿元", 6.1, region="东至"), F("gdp", 2024, "Q1", 12.4, "亿元", 5.3, region="石台"),
         region="池州", pub="2024-04-25", labels={402.6: "subset"}),
    case("counted-digits-places", "1-5月，全市3县累计完成固定资产投资86.4亿元，其中舒城县完成31.2亿元，增长12.1%；霍山县完成28.5亿元，增长9.4%。",
         F("fixed_asset_investment", 2024, "M1-M5", 31.2, "亿元", 12.1, region="舒城"),
         F("fixed_asset_investment", 2024, "M1-M5", 28.5, "亿元", 9.4, region="霍山"),
         region="六安", pub="2024-06-20", labels={86.4: "subset"}),
    # near miss: places named before, then counted back (两县): the places' own figures
    case("named-before-counted-back", "前三季度，德清和长兴继续领跑，两县GDP总量分别为412.3亿元与368.2亿元。",
         F("gdp", 2024, "Q1-Q3", 412.3, "亿元", region="德清"), F("gdp", 2024, "Q1-Q3", 368.2, "亿元", region="长兴"),
         region="湖州", pub=PUB_Q3),
    # near miss: a set of towns counted in words stays the towns'
    case("counted-words-towns", "1-6月，三镇一街道累计完成规上工业总产值42.3亿元，同比增长6.1%。", labels={42.3: "town"}),
    # places named, then counted (三个区县, 三个县, 三个行政区), then 分别 and their figures: each place's own
    case("named-then-three-counted-gdp", "2023年，分区域看，吴兴、南浔和德清三个区县分别实现地区生产总值812.4亿元、560.3亿元和655.1亿元，"
         "分别增长5.6%、6.1%和7.0%。", F("gdp", 2023, "FY", 812.4, "亿元", 5.6, region="吴兴"),
         F("gdp", 2023, "FY", 560.3, "亿元", 6.1, region="南浔"), F("gdp", 2023, "FY", 655.1, "亿元", 7.0, region="德清"),
         region="湖州", pub="2024-03-10"),
    case("named-then-three-counted-rates", "上半年，东至、石台和青阳三个县规上工业增加值分别增长9.1%、6.3%和8.8%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="东至"), F("industrial_value_added", 2024, "H1", yoy=6.3, region="石台"),
         F("industrial_value_added", 2024, "H1", yoy=8.8, region="青阳"), region="池州"),
    case("named-then-three-admin-districts", "1-9月，禅城、南海和顺德三个行政区分别完成固定资产投资320.5亿元、890.2亿元和702.6亿元。",
         F("fixed_asset_investment", 2024, "Q1-Q3", 320.5, "亿元", region="禅城"),
         F("fixed_asset_investment", 2024, "Q1-Q3", 890.2, "亿元", region="南海"),
         F("fixed_asset_investment", 2024, "Q1-Q3", 702.6, "亿元", region="顺德"), region="佛山", pub=PUB_Q3),
    # near miss: a place and 等 before the count: the set is not all named, its total no place's
    case("named-etc-three-counted", "1-9月，禅城等三个区合计完成固定资产投资1913.3亿元，同比增长4.2%。", region="佛山", pub=PUB_Q3),
    # the above-size firms (规模工业企业 in Hunan and Anhui papers, 规模以上工业企业) with a verb and 工业产值 or
    # 工业增加值 after them: the region's above-size industry, a count of them (186户) the whole set
    case("guimo-firms-industry-output", "1-5月，全县累计完成工业总产值88.4亿元，增长12.1%。其中，186户规模工业企业累计完成工业产值61.3亿元，"
         "增长13.4%，完成工业增加值14.2亿元，增长10.6%。", F("industrial_output", 2024, "M1-M5", 61.3, "亿元", 13.4),
         F("industrial_value_added", 2024, "M1-M5", 14.2, "亿元", 10.6), pub="2024-06-20"),
    case("guimo-firms-total-output", "一季度，全县规模工业企业完成工业总产值45.6亿元，同比增长8.8%。",
         F("industrial_output", 2024, "Q1", 45.6, "亿元", 8.8), pub="2024-04-20"),
    case("above-size-firms-value-added", "上半年，全市规模以上工业企业实现工业增加值120.5亿元，增长7.2%。",
         F("industrial_value_added", 2024, "H1", 120.5, "亿元", 7.2)),
    # near miss: firms newly in production are a subset
    case("new-firms-industry-output", "1-5月，全县12户新投产工业企业完成工业产值3.1亿元。", pub="2024-06-20"),
    # a metric's short name in brackets with 下同 (the same below) after it: (GDP,下同), (社零，以下同)
    case("short-name-same-below", "上半年全县实现地区生产总值(GDP,下同)186亿元,同比增长7.2%。", F("gdp", 2024, "H1", 186, "亿元", 7.2)),
    case("short-name-same-below-fullwidth", "1-9月，全市生产总值（GDP，以下同）1203.4亿元，增长5.9%。",
         F("gdp", 2024, "Q1-Q3", 1203.4, "亿元", 5.9), pub=PUB_Q3),
    case("short-name-same-below-retail", "上半年，全县社会消费品零售总额（社零，下同）68.2亿元，增长6.4%。",
         F("retail_sales", 2024, "H1", 68.2, "亿元", 6.4)),
    # near miss: per head is no level of the metric
    case("short-name-same-below-per-head", "2023年，全县人均地区生产总值(GDP,下同)86210元，增长6.2%。", pub="2024-03-01"),
    # a time a run starts from (从去年起, 自2022年起, 从上年开始) moves nothing for the figures after it
    case("since-last-year-qi", "前三季度，全市GDP增长8.3%。从去年起，经济基数呈现前高后低的态势。前三季度，全市固定资产投资增长13.3%。",
         F("gdp", 2024, "Q1-Q3", yoy=8.3), F("fixed_asset_investment", 2024, "Q1-Q3", yoy=13.3), pub=PUB_Q3),
    case("since-year-qi", "自2022年起，全县经济持续回升。上半年，全县规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1)),
    case("since-last-year-kaishi", "上半年，全市GDP增长5.2%；从上年开始，消费市场逐步回暖，全市社会消费品零售总额增长6.1%。",
         F("gdp", 2024, "H1", yoy=5.2), F("retail_sales", 2024, "H1", yoy=6.1)),
    # near miss: the year named alone is the time of the figures after it
    case("last-year-alone-moves", "去年，经济基数呈现前高后低的态势，全市固定资产投资增长13.3%。",
         F("fixed_asset_investment", 2023, "FY", yoy=13.3)),
    # the above-size firms counted in the clause before, then their 增加值/产值 opening the next clause
    case("population-count-then-value-added", "1-8月，全县规模以上工业企业126户，增加值增长6.4%。",
         F("industrial_value_added", 2024, "M1-M8", yoy=6.4), pub="2024-09-20"),
    case("population-count-then-verb-value-added", "上半年，全市规上工业企业达512家，实现增加值128.3亿元，增长7.5%。",
         F("industrial_value_added", 2024, "H1", 128.3, "亿元", 7.5)),
    case("population-count-then-output", "一季度，全县规模工业企业98家，完成产值42.1亿元，增长9.3%。",
         F("industrial_output", 2024, "Q1", 42.1, "亿元", 9.3), pub="2024-04-20"),
    # near miss: service firms counted are no population of an industrial metric
    case("service-firms-count-then-value-added", "上半年，全市规上服务业企业达300家，增加值增长5.1%。"),
    # the modern services (现代服务业) are a part of the tertiary industry, not the whole
    case("modern-services-level", "2023年，全市地区生产总值1200.5亿元，增长6.1%。现代服务业增加值321.9亿元，增长8.5%。",
         F("gdp", 2023, "FY", 1200.5, "亿元", 6.1), pub="2024-03-01"),
    case("modern-services-rate", "上半年，全县第三产业增加值增长6.3%，其中现代服务业增加值增长7.1%。", F("gdp_tertiary", 2024, "H1", yoy=6.3)),
    case("modern-services-verb", "1-9月，全区现代服务业实现增加值88.2亿元，同比增长9.4%。", pub=PUB_Q3),
    # near miss: the services' value added is the tertiary industry's
    case("services-value-added", "2023年，全市服务业增加值321.9亿元，增长8.5%。", F("gdp_tertiary", 2023, "FY", 321.9, "亿元", 8.5),
         pub="2024-03-01"),
    # 其中 then the same metric by another name (全社会固定资产投资…，其中，固定资产投资…): a part of the total
    case("qizhong-same-metric-fai", "1-5月，全县全社会固定资产投资86.2亿元，增长12.0%，其中，固定资产投资(不含农户)80.1亿元，增长13.1%。",
         F("fixed_asset_investment", 2024, "M1-M5", 86.2, "亿元", 12.0), pub="2024-06-20"),
    case("qizhong-same-metric-trade", "上半年，全市外贸进出口总额320.5亿元，增长8.2%，其中货物贸易进出口298.1亿元，增长7.6%。",
         F("trade_total", 2024, "H1", 320.5, "亿元", 8.2)),
    case("qizhong-same-metric-next-sentence", "一季度，全省全社会固定资产投资5030.3亿元，同比增长13.0%。其中，固定资产投资4794.2亿元，增长17.4%。",
         F("fixed_asset_investment", 2024, "Q1", 5030.3, "亿元", 13.0, region="四川"), region="四川", pub="2024-04-23"),
    case("qizhong-same-metric-group", "上半年，全县全社会固定资产投资完成45.6亿元，同比增长10.2%；其中，城镇固定资产投资41.2亿元，增长11.0%。",
         F("fixed_asset_investment", 2024, "H1", 45.6, "亿元", 10.2)),
    # near misses: 其中 and the above-size industry (the headline); 其中 and a month (the month's own figure)
    case("qizhong-local-revenue", "1-5月，全市一般公共预算收入126.1亿元，增长1.8%。其中：地方财政收入完成80.2亿元，增长3.6%。",
         F("fiscal_revenue_general", 2024, "M1-M5", 126.1, "亿元", 1.8), F("fiscal_revenue_general", 2024, "M1-M5", 80.2, "亿元", 3.6),
         pub="2024-06-20"),
    case("qizhong-above-size-industry", "一季度，全县工业增加值增长5.1%，其中规模以上工业增加值增长6.8%。",
         F("industrial_value_added", 2024, "Q1", yoy=6.8), pub="2024-04-20"),
    case("qizhong-same-metric-month", "1-7月，全县固定资产投资86.2亿元，增长12.0%，其中，7月份固定资产投资12.1亿元，增长9.3%。",
         F("fixed_asset_investment", 2024, "M1-M7", 86.2, "亿元", 12.0), F("fixed_asset_investment", 2024, "M7", 12.1, "亿元", 9.3),
         pub="2024-08-20"),
    # an aside naming a bound a kind of place or firm passed (是全省首个突破千亿的县) does not cut the figure
    # from its rate after the aside
    case("aside-bound-holder-county", "2023年，全县地区生产总值达到1102.6亿元，成为全省第二个突破千亿的县，按可比价格计算，比上年增长6.5%。",
         F("gdp", 2023, "FY", 1102.6, "亿元", 6.5), pub="2024-03-01"),
    case("aside-bound-holder-city", "一季度，全市实现出口310.2亿元，是全省唯一出口超300亿元的城市，同比增长12.4%。",
         F("exports", 2024, "Q1", 310.2, "亿元", 12.4), pub="2024-04-20"),
    case("aside-bound-holder-after-threshold", "2023年，全县财政总收入达到52.1亿元，是全市首个财政收入超50亿元的县区，增长7.7%。",
         F("fiscal_revenue_total", 2023, "FY", 52.1, "亿元", 7.7), pub="2024-03-01"),
    # near miss: a count of the places past a bound gives no figure
    case("bound-holders-counted", "2023年，全市GDP超千亿元的县有3个。", pub="2024-03-01"),
    # a caption whose number is printed against the years of its span (图22009-2013年…) is a caption, not the
    # start of the paragraph after it
    case("caption-number-against-years", "全年全市公共财政预算收入86.4亿元，比上年增长12.0%。\n图22019-2023年公共财政预算收入及其增长速度\n"
         "全年市区居民消费价格比上年上涨2.1%。", F("fiscal_revenue_general", 2023, "FY", 86.4, "亿元", 12.0), pub="2024-03-15"),
    case("caption-number-against-years-gdp", "全年全县地区生产总值412.6亿元，增长6.1%。\n图12019-2023年地区生产总值及其增长速度\n"
         "全年居民消费价格上涨0.4%。", F("gdp", 2023, "FY", 412.6, "亿元", 6.1), pub="2024-03-15"),
    case("caption-table-against-years", "全年全县一般公共预算收入31.2亿元，增长5.5%。\n表32019—2023年一般公共预算收入\n"
         "全年工业生产者出厂价格下降2.6%。", F("fiscal_revenue_general", 2023, "FY", 31.2, "亿元", 5.5), pub="2024-03-15"),
    # near miss: the caption with a space between its number and the years, as before
    case("caption-number-space", "全年全市公共财政预算收入86.4亿元，比上年增长12.0%。\n图2 2019-2023年公共财政预算收入及其增长速度\n"
         "全年市区居民消费价格比上年上涨2.1%。", F("fiscal_revenue_general", 2023, "FY", 86.4, "亿元", 12.0), pub="2024-03-15"),
    # 县域 in a province's or city's article: the counties taken together, a subset (in a county's own: itself)
    case("county-aggregate-fai", "2023年，县域固定资产投资额6755.8亿元，增长7.1%。", region="安徽", pub="2024-03-01",
         labels={6755.8: "subset"}),
    case("county-aggregate-gdp-rate", "上半年，县域生产总值同比增长6.1%，高于全省平均水平0.2个百分点。", region="陕西",
         labels={6.1: "subset"}),
    case("county-aggregate-industry", "前三季度，全市县域规上工业增加值增长8.4%。", region="邯郸", pub=PUB_Q3, labels={8.4: "subset"}),
    # near miss: a county's own article: 县域 is the county
    case("county-own-area", "2023年，县域生产总值达到312.4亿元，增长6.3%。", F("gdp", 2023, "FY", 312.4, "亿元", 6.3, region="肥西"),
         region="肥西", pub="2024-03-01"),
    # a county's quarterly release names its cumulative GDP by the quarter alone (二季度全县地区生产总值为…
    # under a 上半年 lead; 三季度…比上半年高…): the months from January, not the quarter
    case("quarter-alone-under-half-year-lead", "上半年，全县经济运行小幅回升。\n根据地区生产总值统一核算结果，二季度全县地区生产总值为"
         "862310万元，比上年同期增长3.2%。其中，第一产业增加值为41250万元，增长4.1%。",
         F("gdp", 2024, "H1", 862310, "万元", 3.2), F("gdp_primary", 2024, "H1", 41250, "万元", 4.1)),
    case("quarter-alone-compared-with-half", "今年以来，全县经济持续回升。三季度，全县实现地区生产总值98.62亿元，同比增长4.1%，比上半年高1.2个百分点。",
         F("gdp", 2024, "Q1-Q3", 98.62, "亿元", 4.1), pub=PUB_Q3),
    case("quarter-alone-compared-with-q1", "二季度，全县实现地区生产总值52.3亿元，同比增长5.6%，较一季度加快0.8个百分点。",
         F("gdp", 2024, "H1", 52.3, "亿元", 5.6)),
    # near miss: a province's rates by quarter (分季度看) are each quarter's own
    case("quarters-by-quarter", "上半年，全省地区生产总值增长5.5%。分季度看，一季度增长5.3%，二季度增长5.7%。",
         F("gdp", 2024, "H1", yoy=5.5, region="浙江"), F("gdp", 2024, "Q1", yoy=5.3, region="浙江"),
         F("gdp", 2024, "Q2", yoy=5.7, region="浙江"), region="浙江"),
    # names of our metrics printed by other provinces' papers (vocab/aliases.csv)
    case("alias-social-fai", "1-5月，全县完成社会固定资产投资86.2亿元，同比增长10.4%。",
         F("fixed_asset_investment", 2024, "M1-M5", 86.2, "亿元", 10.4), pub="2024-06-20"),
    case("alias-social-fai-rate", "上半年，全县社会固定资产投资同比增长11.3%，工业投资增长20.1%。",
         F("fixed_asset_investment", 2024, "H1", yoy=11.3), F("industrial_investment", 2024, "H1", yoy=20.1)),
    case("alias-pastoral-rural-income", "上半年，全旗农村牧区常住居民人均可支配收入8120元，同比增长7.9%。",
         F("income_rural_pc", 2024, "H1", 8120, "元", 7.9, region="阿荣旗"), region="阿荣旗"),
    case("alias-pastoral-rural-income-pair", "上半年，城镇居民人均可支配收入21460元，农村牧区居民人均可支配收入7302元。",
         F("income_urban_pc", 2024, "H1", 21460, "元"), F("income_rural_pc", 2024, "H1", 7302, "元"), pub=PUB),
    case("alias-overseas-funds", "上半年，全县实际利用境外资金1.36亿美元，同比增长12.5%；实现进出口总额3.1亿美元。",
         F("fdi_actual", 2024, "H1", 1.36, "亿美元", 12.5), F("trade_total", 2024, "H1", 3.1, "亿美元")),
    # near miss: funds from other provinces (省外资金) are no foreign investment
    case("provincial-funds-no-fdi", "上半年，全县实际利用省外资金36.2亿元，同比增长18.6%。"),
    # …and a firm or sector that a figure-less sentence names goes on into the next sentence that opens with one
    case("sector-sentence-then-verb", "前4个月，全市工业运行平稳。装备制造行业增速较快。累计实现工业增加值8.75亿元，同比增长11.3%；"
         "实现工业总产值26.4亿元，同比增长9.8%。", pub="2024-05-20", labels={8.75: "sector", 26.4: "sector"}),
    case("firm-sentence-then-verb", "1-9月，全县工业稳中有进。其中，天成纺织有限公司生产形势良好，累计完成工业总产值6.3亿元，增长14.2%。",
         pub=PUB_Q3, labels={6.3: "enterprise"}),
    case("sector-sentence-numbered-then-verb", "今年一季度，全市工业生产平稳。\n2、建材行业降幅收窄。累计实现工业增加值1.42亿元，同比下降6.3%；"
         "实现利润总额0.21亿元。", pub="2024-04-20", labels={1.42: "sector"}),
    case("firm-dash-item-then-verb", "1-4月，全市工业运行平稳。其中：\n——电子信息企业增长较快。累计实现工业增加值5.6亿元，同比增长16.4%。",
         pub="2024-05-20", labels={5.6: "enterprise"}),
    # near miss: a figure-less sentence about the region (全县工业) leaves the next one the region's
    case("region-sentence-then-verb", "1-9月，全县工业运行平稳。累计完成规上工业总产值86.3亿元，增长8.2%。",
         F("industrial_output", 2024, "Q1-Q3", 86.3, "亿元", 8.2), pub=PUB_Q3),
    # near miss: a sentence that opens with its time after a figure-less one naming projects or a
    # sector is a statement of its own, the region's
    case("sector-sentence-then-timed-verb", "一批重大项目竣工投产。前11个月，完成固定资产投资311.8亿元，同比增长23.9%。",
         F("fixed_asset_investment", 2024, "M1-M11", 311.8, "亿元", 23.9), pub="2024-12-20"),
    case("firms-sentence-then-timed-verb", "重点企业生产形势良好。1-9月，累计实现规上工业增加值86.3亿元，增长8.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", 86.3, "亿元", 8.2), pub=PUB_Q3),
    case("sector-sentence-then-quarter-verb", "装备制造行业增速较快。一季度，完成工业投资21.4亿元，增长12.6%。",
         F("industrial_investment", 2024, "Q1", 21.4, "亿元", 12.6), pub="2024-04-25"),
    # near miss: a clause group that names its own subject (全县, 规上工业) is the region's again
    case("firm-group-then-region", "1-5月，重点企业累计实现工业增加值42.6亿元，同比增长7.2%；全县实现规上工业总产值118.3亿元，同比增长5.1%。",
         F("industrial_output", 2024, "M1-M5", 118.3, "亿元", 5.1), pub="2024-06-20", labels={42.6: "enterprise"}),
]

LEAD11 = [
    # round bounds on both sides (不足/未达/不到 …, 在…之上/以上), then the exact figure: the exact figure is the fact
    case("bounds-both-sides-then-reached", "今年前三季度,北仑区财政总收入虽不足200亿元,却也在150亿元之上,达到了168.32亿元,位列全市第二。",
         F("fiscal_revenue_total", 2024, "M1-M9", 168.32, "亿元", region="北仑"), region="宁波", pub="2024-10-25"),
    case("bounds-both-sides-then-shixian", "去年,长兴县一般公共预算收入未达100亿元,但在90亿元以上,实现94.6亿元,同比增长5.3%。",
         F("fiscal_revenue_general", 2023, "FY", 94.6, "亿元", 5.3, region="长兴"), region="湖州", pub="2024-02-25"),
    case("bounds-both-sides-then-wei", "1-6月,德清县规上工业总产值不到800亿元,仍在700亿元以上,为736.2亿元。",
         F("industrial_output", 2024, "H1", 736.2, "亿元", region="德清"), region="湖州", pub="2024-07-25"),
    # the near miss: after the bounds, the figure of a part (其中税收收入…) is not the metric's
    case("bounds-then-part", "今年前三季度,北仑区财政总收入不足300亿元,却也在200亿元之上,其中税收收入达到了180.5亿元。",
         F("fiscal_revenue_total", 2024, "M1-M9", 200, "亿元", qualifier="over", region="北仑"), region="宁波",
         pub="2024-10-25"),
    # a figure restated in brackets (another currency, a reference level): the phrase goes on after the brackets
    case("aside-converted-then-reached", "2023年,义乌市地区生产总值突破2000亿元(折合约282亿美元),达到2055.6亿元,同比增长6.9%。",
         F("gdp", 2023, "FY", 2055.6, "亿元", 6.9, region="义乌"), region="金华", pub="2024-02-25"),
    case("aside-converted-then-rate", "2022年,全市外贸进出口总额为1520.4亿元(约合226.1亿美元),同比增长8.8%。",
         F("trade_total", 2022, "FY", 1520.4, "亿元", 8.8, region="湖州"), region="湖州", pub="2023-02-25"),
    case("aside-note-and-conversion-then-rate", "上半年,昆山市实现地区生产总值2412.7亿元(人民币,下同,约合333亿美元),增长5.1%。",
         F("gdp", 2023, "H1", 2412.7, "亿元", 5.1, region="昆山"), region="苏州", pub="2023-07-28"),
    case("aside-last-year-level-then-rate", "1-10月,全县实现工业投资52.3亿元(上年同期为47.1亿元),增长11.0%。",
         F("industrial_investment", 2023, "M1-M10", 52.3, "亿元", 11.0, region="安吉"), region="安吉", pub="2023-11-20"),
    # the near miss: a part's figure in the brackets is no restatement, so the rate after it is not the total's
    case("aside-part-in-brackets", "1-10月,全县实现工业投资52.3亿元(其中制造业投资30.1亿元),增长11.0%。",
         F("industrial_investment", 2023, "M1-M10", 52.3, "亿元", region="安吉"), region="安吉", pub="2023-11-20"),
    # a rate that opens its clause, named by the words after it (9.2%的增速, 6.8%的社零增速): the figure's
    # before it, or the rate of the metric named between 的 and 增速
    case("clause-rate-named-after-level", "上半年,桐乡实现规上工业增加值285.3亿元,9.2%的增速居全市首位。",
         F("industrial_value_added", 2024, "H1", 285.3, "亿元", 9.2, region="桐乡"), region="嘉兴", pub="2024-07-25"),
    case("clause-rate-zengfu-after-level", "1-9月,嘉善县一般公共预算收入完成68.4亿元,11.2%的增幅高于全市平均水平。",
         F("fiscal_revenue_general", 2024, "M1-M9", 68.4, "亿元", 11.2, region="嘉善"), region="嘉兴",
         pub="2024-10-25"),
    case("clause-rate-of-metric-after-it", "前三季度,海宁GDP增长7.1%,6.8%的社零增速也居全市第一。",
         F("gdp", 2024, "M1-M9", yoy=7.1, region="海宁"), F("retail_sales", 2024, "M1-M9", yoy=6.8, region="海宁"),
         region="嘉兴", pub="2024-10-25"),
    case("yi-rate-of-metric-after-it", "上半年,全市规上工业增加值增长6.0%。其中,桐乡以9.3%的规上工业增加值增速领跑全市。",
         F("industrial_value_added", 2024, "H1", yoy=6.0, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.3, region="桐乡"), region="嘉兴", pub="2024-07-25"),
    # the near misses: a target rate (6%的增长目标) and a share (30%的份额) are no growth
    case("clause-rate-target", "全年,全县实现地区生产总值450.6亿元,6%的增长目标顺利完成。",
         F("gdp", 2023, "FY", 450.6, "亿元", region="海盐"), region="海盐", pub="2024-02-10"),
    case("clause-percent-share", "上半年,全县实现社会消费品零售总额160.2亿元,30%的份额来自网络零售。",
         F("retail_sales", 2024, "H1", 160.2, "亿元", region="海盐"), region="海盐", pub="2024-07-25"),
    # a sentence with no figure that opens with a place (湖州虽被反超，…。) names the subject of the next
    # sentence of its paragraph when that one names none
    case("place-said-then-figures", "前三季度,全省经济稳中有进。\n湖州虽被反超,但表现并不逊色。6.1%的GDP增速仍高于全省"
         "平均水平,社会消费品零售总额增长6.2%,位居全省第三。",
         F("gdp", 2025, "M1-M9", yoy=6.1, region="湖州"), F("retail_sales", 2025, "M1-M9", yoy=6.2, region="湖州"),
         region="浙江", pub="2025-10-28"),
    case("place-de-said-then-figures", "1-9月,全省外贸保持增长。\n义乌的表现同样可圈可点。进出口总额达到5210.3亿元,"
         "增长18.5%,高于全省平均水平。",
         F("trade_total", 2024, "M1-M9", 5210.3, "亿元", 18.5, region="义乌"), region="浙江", pub="2024-10-25"),
    case("place-economy-said-then-figures", "上半年,全市经济平稳运行。\n平湖经济运行稳中有进,工业生产较快增长。"
         "规上工业增加值增长9.1%,固定资产投资增长12.0%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="平湖"),
         F("fixed_asset_investment", 2024, "H1", yoy=12.0, region="平湖"), region="嘉兴", pub="2024-07-25"),
    # the near misses: a list of places, and a place named in the paragraph before, name no subject
    case("places-listed-said", "上半年,全市经济平稳运行。\n海宁、桐乡两地表现亮眼。规上工业增加值增长7.2%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"), region="嘉兴", pub="2024-07-25"),
    # a word standing for a metric (总量, 金额) in a paragraph that names none before it: the metric the
    # paragraph before named last (a column or a page may break a paragraph after a full stop)
    case("anaphor-after-paragraph-break-listed-bounds", "前三季度,南通以超9414亿元的GDP总量名列第四。\n"
         "常州、徐州等城市总量分别超过7000亿元和6000亿元。",
         F("gdp", 2024, "M1-M9", 9414, "亿元", qualifier="over", region="南通"),
         F("gdp", 2024, "M1-M9", 7000, "亿元", qualifier="over", region="常州"),
         F("gdp", 2024, "M1-M9", 6000, "亿元", qualifier="over", region="徐州"), region="江苏", pub="2024-11-07"),
    case("anaphor-after-paragraph-break-place", "上半年,海宁实现规上工业增加值512.4亿元。\n桐乡总量为486.2亿元,增长7.3%。",
         F("industrial_value_added", 2024, "H1", 512.4, "亿元", region="海宁"),
         F("industrial_value_added", 2024, "H1", 486.2, "亿元", 7.3, region="桐乡"), region="嘉兴", pub="2024-07-25"),
    case("anaphor-after-paragraph-break-amounts", "1-9月,全市一般公共预算收入完成83.5亿元。\n"
         "其中,南湖区金额为12.4亿元,秀洲区金额为10.8亿元。",
         F("fiscal_revenue_general", 2024, "M1-M9", 83.5, "亿元", region="嘉兴"),
         F("fiscal_revenue_general", 2024, "M1-M9", 12.4, "亿元", region="南湖"),
         F("fiscal_revenue_general", 2024, "M1-M9", 10.8, "亿元", region="秀洲"), region="嘉兴", pub="2024-10-25"),
    # the near miss: after another noun the word is that noun's (项目总金额)
    case("anaphor-after-paragraph-break-noun", "上半年,全市规上工业增加值增长6.2%。\n全市重大项目总金额达到56亿元。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="嘉兴"), region="嘉兴", pub="2024-07-25"),
    # a bound word with 了 (突破了, 超过了) bounds the amount after it as the bare word does
    case("bound-le-listed", "今年前三季度,南京、无锡GDP分别突破了1.3万亿元和1.1万亿元。",
         F("gdp", 2024, "M1-M9", 1.3, "万亿元", qualifier="over", region="南京"),
         F("gdp", 2024, "M1-M9", 1.1, "万亿元", qualifier="over", region="无锡"), region="江苏", pub="2024-11-07"),
    case("bound-le-single", "2023年,海宁市规上工业总产值超过了3000亿元。",
         F("industrial_output", 2023, "FY", 3000, "亿元", qualifier="over", region="海宁"), region="嘉兴", pub="2024-02-07"),
    case("bound-le-listed-kuayue", "上半年,昆山、江阴地区生产总值分别跨越了2500亿元和2000亿元。",
         F("gdp", 2024, "H1", 2500, "亿元", qualifier="over", region="昆山"),
         F("gdp", 2024, "H1", 2000, "亿元", qualifier="over", region="江阴"), region="江苏", pub="2024-07-30"),
    # a verb with 了 between a metric and its figure (完成了, 实现了, 达到了) joins them as the bare verb
    # does, and leaves the figure exact
    case("verb-le-exact", "前三季度,全县固定资产投资完成了86.2亿元,增长5.1%。",
         F("fixed_asset_investment", 2024, "M1-M9", 86.2, "亿元", 5.1, region="海盐"), region="海盐", pub="2024-10-25"),
    case("verb-le-shixian", "1-8月,全县规上工业增加值实现了98.6亿元,同比增长7.7%。",
         F("industrial_value_added", 2024, "M1-M8", 98.6, "亿元", 7.7, region="海盐"), region="海盐", pub="2024-09-20"),
    case("verb-le-wancheng-trade", "1-5月,全县外贸进出口总额完成了128.4亿元。",
         F("trade_total", 2024, "M1-M5", 128.4, "亿元", region="海盐"), region="海盐", pub="2024-06-20"),
    # the last of a list of places opening a clause is a place too, whatever follows it (南京和无锡紧随其后)
    case("listed-places-then-remark", "今年前三季度,南京和无锡紧随其后,GDP分别突破了1.3万亿和1.1万亿大关。",
         F("gdp", 2024, "M1-M9", 1.3, "万亿元", qualifier="over", region="南京"),
         F("gdp", 2024, "M1-M9", 1.1, "万亿元", qualifier="over", region="无锡"), region="江苏", pub="2024-11-07"),
    case("listed-places-then-remark-rates", "上半年,嘉善和海盐奋起直追,规上工业增加值分别增长9.2%和8.7%。",
         F("industrial_value_added", 2024, "H1", yoy=9.2, region="嘉善"),
         F("industrial_value_added", 2024, "H1", yoy=8.7, region="海盐"), region="嘉兴", pub="2024-07-25"),
    case("listed-places-dun-then-remark", "1-9月,长兴、安吉齐头并进,固定资产投资分别增长12.1%和11.4%。",
         F("fixed_asset_investment", 2024, "M1-M9", yoy=12.1, region="长兴"),
         F("fixed_asset_investment", 2024, "M1-M9", yoy=11.4, region="安吉"), region="湖州", pub="2024-10-25"),
    # the near miss: places compared with are no subjects
    case("listed-places-compared", "上半年,全市规上工业增加值增长6.5%,与杭州和宁波相比仍有差距。",
         F("industrial_value_added", 2024, "H1", yoy=6.5, region="绍兴"), region="绍兴", pub="2024-07-25"),
    # a paragraph that moves on from last year to end in this year hands this year on to the next one
    case("paragraph-ends-this-year-quarter", "海宁去年实现地区生产总值1318亿元。一季度,该市实现地区生产总值312.5亿元,"
         "增长6.2%。\n同期,桐乡一季度地区生产总值为298.1亿元,增长5.9%。",
         F("gdp", 2023, "FY", 1318, "亿元", region="海宁"), F("gdp", 2024, "Q1", 312.5, "亿元", 6.2, region="海宁"),
         F("gdp", 2024, "Q1", 298.1, "亿元", 5.9, region="桐乡"), region="嘉兴", pub="2024-05-10"),
    case("paragraph-ends-this-year-months", "去年全县财政总收入完成120.3亿元。今年1-4月,全县财政总收入完成52.6亿元,"
         "增长8.1%。\n1-4月,一般公共预算收入完成30.2亿元,增长6.5%。",
         F("fiscal_revenue_total", 2023, "FY", 120.3, "亿元", region="海盐"),
         F("fiscal_revenue_total", 2024, "M1-M4", 52.6, "亿元", 8.1, region="海盐"),
         F("fiscal_revenue_general", 2024, "M1-M4", 30.2, "亿元", 6.5, region="海盐"), region="海盐", pub="2024-05-10"),
    case("paragraph-ends-this-year-rates", "上年,全市规上工业增加值增长7.2%。今年一季度,全市规上工业增加值增长8.3%。"
         "\n一季度,全市固定资产投资增长5.1%。",
         F("industrial_value_added", 2023, "FY", yoy=7.2, region="嘉兴"),
         F("industrial_value_added", 2024, "Q1", yoy=8.3, region="嘉兴"),
         F("fixed_asset_investment", 2024, "Q1", yoy=5.1, region="嘉兴"), region="嘉兴", pub="2024-05-10"),
    # the near miss: a paragraph that goes back to an earlier year after this year's figure hands on this year
    case("paragraph-looks-back", "2023年,全县地区生产总值为512.6亿元,增长5.9%。2022年,全县地区生产总值为486.3亿元。\n"
         "全年,全县一般公共预算收入完成40.1亿元。",
         F("gdp", 2023, "FY", 512.6, "亿元", 5.9, region="海盐"), F("gdp", 2022, "M1-M12", 486.3, "亿元", region="海盐"),
         F("fiscal_revenue_general", 2023, "FY", 40.1, "亿元", region="海盐"), region="海盐", pub="2024-02-10"),
    # a paragraph whose figures gave no fact but whose words moved the year (今年1-6月，…产业分别增长…) hands
    # that year on, not the one it began in
    case("unused-paragraph-moves-year-h1", "2019年,全县接待游客达90万人次。\n在全市5个县区中,经济总量不大的安吉,发展势头强劲。"
         "今年1-6月,全县战略性新兴产业、高新技术产业分别增长8.4%和4.1%。\n1-6月,全县规上工业增加值增长6.3%。",
         F("industrial_value_added", 2020, "H1", yoy=6.3, region="安吉"), region="安吉", pub="2020-08-20"),
    case("unused-paragraph-moves-year-q1", "去年,全市新登记企业1.2万户。\n在长三角27个城市中,湖州的经济总量并不靠前。"
         "今年一季度,全市高新技术产业、装备制造业分别增长21.3%和15.2%。\n"
         "一季度,全市固定资产投资增长9.6%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=9.6, region="湖州"), region="湖州", pub="2024-04-25"),
    case("unused-paragraph-moves-year-named", "2022年,全区外贸企业达到860家。\n在全省90个县市区中,南湖区的GDP总量居于中游。"
         "2023年1-9月,全区数字经济核心产业、高端装备产业分别增长12.1%和9.8%。\n1-9月,全区规上工业增加值增长7.4%。",
         F("industrial_value_added", 2023, "M1-M9", yoy=7.4, region="南湖"), region="南湖", pub="2023-10-25"),
    # the near miss: a period of the same year the unused figures were for does not carry
    case("unused-paragraph-same-year", "上半年,全县经济平稳运行。\n1-5月,全县规上工业企业实现利润总额67.5亿元。\n"
         "全县固定资产投资增长8.0%。",
         F("fixed_asset_investment", 2024, "H1", yoy=8.0, region="海盐"), region="海盐", pub="2024-07-25"),
    case("place-said-paragraph-before", "上半年,全市经济平稳运行。\n平湖经济运行稳中有进。\n规上工业增加值增长7.2%。",
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="嘉兴"), region="嘉兴", pub="2024-07-25"),
]


REAL10 = [
    # a round bound the writer says the figure came near (逼近, 直逼), then the exact figure a verb gives
    # in the next clause: the exact figure is the fact, the bound restates it
    case("near-bound-then-reached", "2019年一季度,湖州GDP总量逼近700亿元,达到688.4亿元,同比增长7.9%。",
         F("gdp", 2019, "Q1", 688.4, "亿元", 7.9, region="湖州"), region="湖州", pub="2019-05-01"),
    case("near-bound-great-mark-then-verb", "上半年,桐乡市地区生产总值直逼600亿元大关,实现591.27亿元,增长6.5%。",
         F("gdp", 2023, "H1", 591.27, "亿元", 6.5, region="桐乡"), region="桐乡", pub="2023-08-01"),
    case("near-bound-words-then-wei", "前三季度,平湖市规上工业总产值逼近千亿,为982.6亿元,同比增长10.2%。",
         F("industrial_output", 2021, "M1-M9", 982.6, "亿元", 10.2, region="平湖"), region="平湖", pub="2021-10-30"),
    # the near miss: a bound alone in a forecast is no actual figure
    case("near-bound-forecast", "预计全年嘉善县地区生产总值将逼近900亿元。", region="嘉善", pub="2023-12-20"),
    # places whose rates stayed under a bound (增速不足7%, 均不到5%, 未达6%), then their rates by 分别: the
    # bound is no rate of theirs, the listed rates are
    case("rates-under-bound-then-listed", "一季度,海盐县、嘉善县地区生产总值增速不足6%,分别为5.2%、4.9%。",
         F("gdp", 2021, "Q1", yoy=5.2, region="海盐"), F("gdp", 2021, "Q1", yoy=4.9, region="嘉善"),
         region="嘉兴", pub="2021-04-25"),
    case("rates-all-under-bound-then-listed", "1-5月,南湖区、秀洲区规上工业增加值增速均不到5%,分别为4.1%和3.6%。",
         F("industrial_value_added", 2022, "M1-M5", yoy=4.1, region="南湖"),
         F("industrial_value_added", 2022, "M1-M5", yoy=3.6, region="秀洲"), region="嘉兴", pub="2022-06-25"),
    case("rates-not-reaching-bound-then-listed", "前三季度,常熟、太仓地区生产总值增速未达6%,分别为5.1%和4.8%。",
         F("gdp", 2023, "M1-M9", yoy=5.1, region="常熟"), F("gdp", 2023, "M1-M9", yoy=4.8, region="太仓"),
         region="苏州", pub="2023-10-28"),
    # the near miss: a bound alone gives no rate
    case("rate-under-bound-alone", "一季度,全市规上工业增加值增速不足5%。", region="嘉兴", pub="2022-04-20"),
    # 保持平稳 / 保持平衡 (持 and the word 平稳): no 持平, so no flat rate of the metric before it
    case("steady-heading-no-flat-rate", "1-8月,全市经济运行稳中有进。\n二、固定资产投资保持平稳,民间投资增长较快\n"
         "1-8月,全市固定资产投资同比增长5.6%,增速比1-7月回落0.3个百分点。",
         F("fixed_asset_investment", 2023, "M1-M8", yoy=5.6, region="嘉兴"), region="嘉兴", pub="2023-09-25"),
    case("steady-growth-heading-no-flat-rate", "上半年,全县经济延续回升态势。\n三、规上工业增加值保持平稳增长\n"
         "全县规上工业增加值182.4亿元,同比增长6.1%。",
         F("industrial_value_added", 2024, "H1", 182.4, "亿元", 6.1, region="海盐"), region="海盐", pub="2024-07-20"),
    case("steady-trend-clause-no-flat-rate", "全市外贸进出口保持平稳态势,前三季度进出口总额1520.4亿元,增长3.2%。",
         F("trade_total", 2022, "M1-M9", 1520.4, "亿元", 3.2, region="嘉兴"), region="嘉兴", pub="2022-10-28"),
    # the near miss: 与上年同期持平 is a flat rate still
    case("flat-rate-still-flat", "一季度,全县规上工业增加值与上年同期持平。",
         F("industrial_value_added", 2023, "Q1", yoy=0.0, region="嘉善"), region="嘉善", pub="2023-04-20"),
    # places that close with 等城市 / 等地 / 等县市 (the places named, and others like them) are the subjects
    # of the figures after them, one each by 分别; a bound before the list's first amount bounds each amount
    case("open-list-county-cities-levels", "2023年,海宁、桐乡等县市地区生产总值分别达到1288.1亿元和1190.5亿元。",
         F("gdp", 2023, "FY", 1288.1, "亿元", region="海宁"), F("gdp", 2023, "FY", 1190.5, "亿元", region="桐乡"),
         region="嘉兴", pub="2024-02-10"),
    case("open-list-districts-rates", "上半年,南湖、秀洲等区县一般公共预算收入分别增长6.2%和4.8%。",
         F("fiscal_revenue_general", 2023, "H1", yoy=6.2, region="南湖"),
         F("fiscal_revenue_general", 2023, "H1", yoy=4.8, region="秀洲"), region="嘉兴", pub="2023-07-30"),
    case("open-list-cities-total-bounds", "1-9月,宁波地区生产总值达到12650.3亿元。温州、绍兴等城市总量分别超过6000亿元和5500亿元。",
         F("gdp", 2023, "M1-M9", 12650.3, "亿元", region="宁波"),
         F("gdp", 2023, "M1-M9", 6000, "亿元", qualifier="over", region="温州"),
         F("gdp", 2023, "M1-M9", 5500, "亿元", qualifier="over", region="绍兴"), region="浙江", pub="2023-10-30"),
    # the near misses: the firms of those places are no region's figures; 等地 also closes lists of markets
    # (对美国、欧盟等地出口), so it opens no list of subjects
    case("open-list-firms", "上半年,嘉兴、湖州等城市的龙头企业出口分别增长12.1%和9.4%。", region="浙江", pub="2023-07-30"),
    case("open-list-markets-di", "上半年,全市对美国、欧盟等地出口分别增长12.1%和9.4%。", region="嘉兴", pub="2023-07-30"),
]


REAL12 = [
    # 对外贸易 before the trade metric is the subject word 外贸 spelled out (fillers.csv), no sector: the
    # trade figure and the figures listed after it in the clause are the region's
    case("foreign-trade-words-total", "2021年,全县对外贸易进出口总额48.6亿美元,增长12.3%。",
         F("trade_total", 2021, "FY", 48.6, "亿美元", 12.3, region="如东"), region="如东", pub="2022-02-01"),
    case("foreign-trade-words-value-then-part", "1-6月,全市完成对外贸易进出口总值1021.7亿元,同比增长9.4%,其中出口688.2亿元。",
         F("trade_total", 2020, "H1", 1021.7, "亿元", 9.4, region="南通"),
         F("exports", 2020, "H1", 688.2, "亿元", region="南通"), region="南通", pub="2020-07-25"),
    case("foreign-trade-words-in-list", "2019年,全市实现社会消费品零售总额312.5亿元,对外贸易进出口22.4亿美元,一般公共预算收入41.8亿元。",
         F("retail_sales", 2019, "FY", 312.5, "亿元", region="句容"),
         F("trade_total", 2019, "FY", 22.4, "亿美元", region="句容"),
         F("fiscal_revenue_general", 2019, "FY", 41.8, "亿元", region="句容"), region="句容", pub="2020-03-10"),
    # the near miss: the foreign-trade firms' figure is no region's
    case("foreign-trade-firms", "2021年,全市对外贸易企业进出口总额达到8.2亿美元。", region="如东", pub="2022-02-01"),
    # 规模以上固定资产投资 / 规上固定资产投资 / 规上固投: Jiangsu's headline investment (projects above the size
    # line), the fixed-asset investment itself, as 规上工业增加值 is the industry's headline
    case("above-size-investment-level", "上半年,全区完成规模以上固定资产投资186.4亿元,同比增长7.9%。",
         F("fixed_asset_investment", 2019, "H1", 186.4, "亿元", 7.9, region="江都"), region="江都", pub="2019-07-25"),
    case("above-size-investment-short-rate", "1-8月,全县规上固定资产投资同比增长11.2%,其中工业投资增长15.6%。",
         F("fixed_asset_investment", 2020, "M1-M8", yoy=11.2, region="涟水"),
         F("industrial_investment", 2020, "M1-M8", yoy=15.6, region="涟水"), region="涟水", pub="2020-09-20"),
    case("above-size-investment-shortest", "一季度,全市规上固投增长6.4%,高于全省2.1个百分点。",
         F("fixed_asset_investment", 2021, "Q1", yoy=6.4, region="泰州"), region="泰州", pub="2021-04-22"),
    # the near miss: a count of the projects gives no figure
    case("above-size-investment-projects-count", "全市规模以上固定资产投资项目达到812个,同比增加56个。",
         region="江都", pub="2022-02-01"),
    # 社消: the retail sales' short name (as 社零, 社消零 are)
    case("retail-short-name-wei", "1-2月,全市社消为1130.6亿元,同比增长4.8%。",
         F("retail_sales", 2021, "M1-M2", 1130.6, "亿元", 4.8, region="苏州"), region="苏州", pub="2021-03-20"),
    case("retail-short-name-verb", "今年以来,全区社消累计完成98.3亿元,增长6.1%。",
         F("retail_sales", 2021, "M1-M4", 98.3, "亿元", 6.1, region="相城"), region="相城", pub="2021-05-15"),
    case("retail-short-name-rate", "上半年全县社消同比增长9.5%。",
         F("retail_sales", 2021, "H1", yoy=9.5, region="宝应"), region="宝应", pub="2021-07-20"),
    # the near miss: 社消 naming a field, no figure of it
    case("retail-short-name-field", "全县社消领域新增限上单位26家。", region="宝应", pub="2021-07-20"),
    # a clause group that opens with the price basis (按可比价格计算, 按不变价计算) and the rate goes on with
    # the level before it, as one opening with 同比 does; a bound passed (突破…关口) between them is no level
    case("price-basis-opens-group", "2016年,宿迁市地区生产总值2351.1亿元;按可比价计算,比上年增长9.1%。",
         F("gdp", 2016, "FY", 2351.1, "亿元", 9.1, region="宿迁"), region="宿迁", pub="2017-02-20"),
    case("price-basis-after-bound", "一季度全县完成地区生产总值152.8亿元,首次突破150亿元关口;按不变价格计算,同比增长6.3%。",
         F("gdp", 2019, "Q1", 152.8, "亿元", 6.3, region="海安"), region="海安", pub="2019-04-26"),
    case("price-basis-after-rank", "2017年,全区实现地区生产总值405.2亿元,总量居全市第三;按可比价格计算,增长7.6%。",
         F("gdp", 2017, "FY", 405.2, "亿元", 7.6, region="江宁"), region="江宁", pub="2018-02-10"),
    # the near miss: the group names another metric for its rate
    case("price-basis-other-metric", "2018年,全县地区生产总值412.3亿元;按可比价计算,工业投资增长10.2%。",
         F("gdp", 2018, "FY", 412.3, "亿元", region="涟水"),
         F("industrial_investment", 2018, "FY", yoy=10.2, region="涟水"), region="涟水", pub="2019-02-01"),
    # a place whose name holds a town word (镇江, 镇平, 镇雄) opening the sentence is no town: the figures
    # listed after its first clause stay the place's own
    case("town-word-in-city-name", "2021年镇江市全年实现社会消费品零售总额1320.5亿元,一般公共预算收入330.2亿元。",
         F("retail_sales", 2021, "FY", 1320.5, "亿元", region="镇江"),
         F("fiscal_revenue_general", 2021, "FY", 330.2, "亿元", region="镇江"), region="镇江", pub="2022-03-01"),
    case("town-word-in-county-name", "2022年镇平县实现地区生产总值398.6亿元,一般公共预算收入18.2亿元,增长6.1%。",
         F("gdp", 2022, "FY", 398.6, "亿元", region="镇平"),
         F("fiscal_revenue_general", 2022, "FY", 18.2, "亿元", 6.1, region="镇平"), region="镇平", pub="2023-02-10"),
    case("town-word-in-county-name-half-year", "上半年镇雄县完成固定资产投资52.3亿元,社会消费品零售总额21.4亿元。",
         F("fixed_asset_investment", 2021, "H1", 52.3, "亿元", region="镇雄"),
         F("retail_sales", 2021, "H1", 21.4, "亿元", region="镇雄"), region="镇雄", pub="2021-07-20"),
    # the near miss: a town by its name (大港镇) keeps its figures a town's
    case("town-by-name-stays-town", "2021年,大港镇实现地区生产总值120.3亿元,一般公共预算收入9.8亿元。",
         region="镇江", pub="2022-02-10"),
    # a sentence that counts firms (全年新登记注册企业12840户, 新批外资企业56家) names no firm the next
    # sentence is about: the figures after it, opening with a bare verb, are the region's
    case("firm-count-then-bare-verb", "2022年,全市实现地区生产总值1620.3亿元,增长3.5%。全年新登记注册企业12840户,"
         "个体工商户30215户。\n完成一般公共预算收入162.6亿元,比上年增长3.1%。",
         F("gdp", 2022, "FY", 1620.3, "亿元", 3.5, region="太仓"),
         F("fiscal_revenue_general", 2022, "FY", 162.6, "亿元", 3.1, region="太仓"), region="太仓", pub="2023-03-20"),
    case("firm-count-wan-then-bare-verb", "2022年,全市实现地区生产总值1620.3亿元,增长3.5%。全年新增企业2.1万家,"
         "个体工商户3.4万户。完成一般公共预算收入162.6亿元,比上年增长3.1%。",
         F("gdp", 2022, "FY", 1620.3, "亿元", 3.5, region="太仓"),
         F("fiscal_revenue_general", 2022, "FY", 162.6, "亿元", 3.1, region="太仓"), region="太仓", pub="2023-03-20"),
    case("foreign-firm-count-then-bare-verb", "2022年,全市经济稳中有进。全年新批外资企业56家,增资企业21家。实现到账外资3.2亿美元,增长8.4%。",
         F("fdi_actual", 2022, "FY", 3.2, "亿美元", 8.4, region="海门"), region="海门", pub="2023-03-20"),
    # the near miss: a firm group named without a count stays the subject of the bare verb after it
    case("firm-group-then-bare-verb", "2022年,全县龙头企业运行平稳。累计实现产值82.4亿元。", region="海门", pub="2023-03-20"),
    # places listed at the opening of a clause, after one place's rate of a metric, with their rates
    # (分列二三位，增速分别为…; 增速同为…; 增速为…): the same metric's rates, one each or one shared by all
    case("listed-places-ranked-in-turn", "前三季度,滁州地区生产总值增长6.8%,居全省第一;宿州、亳州分列二三位,增速分别为6.5%、6.3%。",
         F("gdp", 2023, "M1-M9", yoy=6.8, region="滁州"), F("gdp", 2023, "M1-M9", yoy=6.5, region="宿州"),
         F("gdp", 2023, "M1-M9", yoy=6.3, region="亳州"), region="安徽", pub="2023-10-30"),
    case("listed-places-same-rate", "上半年,如皋市规上工业增加值增长9.2%;海安、启东增速同为8.7%。",
         F("industrial_value_added", 2022, "H1", yoy=9.2, region="如皋"),
         F("industrial_value_added", 2022, "H1", yoy=8.7, region="海安"),
         F("industrial_value_added", 2022, "H1", yoy=8.7, region="启东"), region="南通", pub="2022-07-30"),
    case("listed-places-one-rate-then-place", "1-5月,江阴一般公共预算收入增长5.1%;宜兴、新吴增速为4.6%,锡山增速为3.9%。",
         F("fiscal_revenue_general", 2022, "M1-M5", yoy=5.1, region="江阴"),
         F("fiscal_revenue_general", 2022, "M1-M5", yoy=4.6, region="宜兴"),
         F("fiscal_revenue_general", 2022, "M1-M5", yoy=4.6, region="新吴"),
         F("fiscal_revenue_general", 2022, "M1-M5", yoy=3.9, region="锡山"), region="无锡", pub="2022-06-20"),
    # the near miss: the listed places' firms are no places' figures
    case("listed-places-firms-rate", "上半年,如皋市规上工业增加值增长9.2%;海安、启东的龙头企业增速同为8.7%。",
         F("industrial_value_added", 2022, "H1", yoy=9.2, region="如皋"), region="南通", pub="2022-07-30"),
    # a work report's lead that says the year's targets were met (完成了…确定的各项目标任务) then a colon and the
    # year's figures: the figures are actual, the plan words name the targets met
    case("targets-met-colon-dash-list", "2016年,全市较好地完成了各项目标任务:——地区生产总值2112亿元,增长7.3%;"
         "——一般公共预算收入173亿元,增长10%;",
         F("gdp", 2016, "FY", 2112, "亿元", 7.3, region="常熟"),
         F("fiscal_revenue_general", 2016, "FY", 173, "亿元", 10, region="常熟"), region="常熟", pub="2017-01-10"),
    case("targets-met-set-by-meeting", "2023年,全县圆满完成了县十八届二次人代会确定的主要目标任务:地区生产总值569亿元,增长7.5%。",
         F("gdp", 2023, "FY", 569, "亿元", 7.5, region="盱眙"), region="盱眙", pub="2024-01-10"),
    case("targets-met-set-at-year-start", "2019年,全区全面完成年初确定的目标任务:规上工业增加值增长8.1%,固定资产投资增长6.3%。",
         F("industrial_value_added", 2019, "FY", yoy=8.1, region="江都"),
         F("fixed_asset_investment", 2019, "FY", yoy=6.3, region="江都"), region="江都", pub="2020-01-15"),
    # the near miss: targets still to be met (确保完成…) make the figures after them plans
    case("targets-to-be-met", "2024年,全县要确保完成年初确定的目标任务:地区生产总值增长6%。", region="盱眙", pub="2024-03-01",
         labels={6: "target|forecast"}),
    # (下同) right after a growth verb, before the rate (按可比价格计算增长(下同)15.6%): the note that the basis holds
    # for the rates below, no break between the verb and its rate
    case("same-below-note-price-basis", "2007年,全市实现地区生产总值1880亿元,按可比价格计算增长(下同)15.6%。"
         "分产业看,第一产业增加值63亿元,增长3.5%。",
         F("gdp", 2007, "FY", 1880, "亿元", 15.6, region="常州"),
         F("gdp_primary", 2007, "FY", 63, "亿元", 3.5, region="常州"), region="常州", pub="2008-03-10"),
    case("same-below-note-last-year", "全年实现地区生产总值412.5亿元,比上年增长(下同)8.2%。",
         F("gdp", 2011, "FY", 412.5, "亿元", 8.2, region="溧阳"), region="溧阳", pub="2012-03-10"),
    case("same-below-note-yoy", "全年外贸进出口总额38.2亿美元,同比增长(下同)6.4%,其中出口25.1亿美元,增长9.2%。",
         F("trade_total", 2011, "FY", 38.2, "亿美元", 6.4, region="溧阳"),
         F("exports", 2011, "FY", 25.1, "亿美元", 9.2, region="溧阳"), region="溧阳", pub="2012-03-10"),
    # the near miss: an estimate's rate with the note stays an estimate
    case("same-below-note-estimate", "2013年,全县地区生产总值预计增长(下同)9.5%,一般公共预算收入预计增长12%。",
         region="溧阳", pub="2014-01-10", labels={9.5: "forecast", 12: "forecast"}),
    # a list of places with their levels in brackets after the band and the count that introduce it (GDP在1000至
    # 2000亿元的有4座城市:扬州(…)、…): the band is no figure of the metric, each place's level is its own
    case("band-count-cities-levels", "一季度,全省GDP在1000至2000亿元的有4座城市:扬州(1788亿元)、盐城(1702亿元)、泰州(1650亿元)、镇江(1301亿元)。",
         F("gdp", 2023, "Q1", 1788, "亿元", region="扬州"), F("gdp", 2023, "Q1", 1702, "亿元", region="盐城"),
         F("gdp", 2023, "Q1", 1650, "亿元", region="泰州"), F("gdp", 2023, "Q1", 1301, "亿元", region="镇江"),
         region="江苏", pub="2023-05-05"),
    case("band-count-counties-between", "上半年,全市一般公共预算收入在10至20亿元之间的有3个县:涟水(15.2亿元)、盱眙(13.8亿元)、金湖(11.4亿元)。",
         F("fiscal_revenue_general", 2022, "H1", 15.2, "亿元", region="涟水"),
         F("fiscal_revenue_general", 2022, "H1", 13.8, "亿元", region="盱眙"),
         F("fiscal_revenue_general", 2022, "H1", 11.4, "亿元", region="金湖"), region="淮安", pub="2022-07-30"),
    case("band-count-plain-count", "前三季度,各县市区规上工业增加值在100至150亿元之间的有3个:海安(142.3亿元)、如东(128.6亿元)、启东(117.9亿元)。",
         F("industrial_value_added", 2022, "M1-M9", 142.3, "亿元", region="海安"),
         F("industrial_value_added", 2022, "M1-M9", 128.6, "亿元", region="如东"),
         F("industrial_value_added", 2022, "M1-M9", 117.9, "亿元", region="启东"), region="南通", pub="2022-10-30"),
    # the near miss: the places named without figures give none
    case("band-count-names-only", "一季度,全省GDP在1000至2000亿元的有5座城市:扬州、盐城、泰州、镇江、淮安。", region="江苏", pub="2023-05-05"),
    # a period named alone opening a sentence after one whose year was 去年/上年 is the publication year's
    # (常州去年实现…。一季度，该市实现…), when that period is over by then; a part (其中一季度) stays last year's
    case("past-year-then-quarter", "常州去年实现地区生产总值9520亿元。一季度,该市实现生产总值2180.2亿元,增长5.6%。",
         F("gdp", 2022, "FY", 9520, "亿元", region="常州"), F("gdp", 2023, "Q1", 2180.2, "亿元", 5.6, region="常州"),
         region="江苏", pub="2023-05-05"),
    case("past-year-then-half", "去年,全县完成一般公共预算收入32.5亿元。上半年,全县一般公共预算收入18.1亿元,同比增长6.2%。",
         F("fiscal_revenue_general", 2022, "FY", 32.5, "亿元", region="泗阳"),
         F("fiscal_revenue_general", 2023, "H1", 18.1, "亿元", 6.2, region="泗阳"), region="泗阳", pub="2023-07-25"),
    case("last-year-then-months", "上年全区实现地区生产总值580.2亿元,增长5.1%。1-5月,全区规上工业增加值增长7.3%。",
         F("gdp", 2022, "FY", 580.2, "亿元", 5.1, region="江都"),
         F("industrial_value_added", 2023, "M1-M5", yoy=7.3, region="江都"), region="江都", pub="2023-06-20"),
    # the near misses: a part of last year (其中一季度) and a period not over at publication stay last year's
    case("past-year-part-quarter", "去年全区地区生产总值增长5.1%,其中一季度增长4.2%。",
         F("gdp", 2022, "FY", yoy=5.1, region="江都"), F("gdp", 2022, "Q1", yoy=4.2, region="江都"),
         region="江都", pub="2023-06-20"),
    case("past-year-quarter-not-over", "去年全区地区生产总值480亿元。四季度,全区地区生产总值增长5%。",
         F("gdp", 2022, "FY", 480, "亿元", region="江都"), F("gdp", 2022, "Q4", yoy=5, region="江都"),
         region="江都", pub="2023-02-01"),
    # a class of places named by a bound after the metric (GDP千亿县, GDP万亿城市, GDP千亿俱乐部: modifiers.csv)
    # is no figure of the metric; the places' own figures after it are
    case("class-thousand-counties", "2022年,全省GDP千亿县达到13个,其中昆山地区生产总值5006.7亿元,增长0.2%。",
         F("gdp", 2022, "FY", 5006.7, "亿元", 0.2, region="昆山"), region="江苏", pub="2023-03-05"),
    case("class-thousand-cities", "2023年,全省GDP千亿城市达到3个,其中合肥地区生产总值12673.8亿元,增长5.8%。",
         F("gdp", 2023, "FY", 12673.8, "亿元", 5.8, region="合肥"), region="安徽", pub="2024-02-01"),
    case("class-thousand-counties-bracketed", "2022年,全市GDP千亿县(市)达到4个,江阴地区生产总值4754.2亿元,增长2.1%。",
         F("gdp", 2022, "FY", 4754.2, "亿元", 2.1, region="江阴"), region="无锡", pub="2023-02-01"),
    # the near miss: a bound the metric passed (迈上千亿台阶) still leads to the exact figure after it
    case("class-not-a-bound-passed", "2022年,全县GDP迈上千亿台阶,达到1025.6亿元。",
         F("gdp", 2022, "FY", 1025.6, "亿元", region="如皋"), region="如皋", pub="2023-02-01"),
    # a place led by 以 opening its clause, after a rate of one metric (…增长4.7%，以南京的增速最快，为5.2%): the
    # place the rate after it is of, that metric's
    case("led-by-yi-fastest", "一季度,全省地区生产总值增长4.7%,以南京的增速最快,为5.2%。",
         F("gdp", 2023, "Q1", yoy=4.7, region="江苏"), F("gdp", 2023, "Q1", yoy=5.2, region="南京"),
         region="江苏", pub="2023-05-05"),
    case("led-by-yi-highest-semicolon", "1-5月,全市一般公共预算收入增长5.2%;以江阴的增幅最高,为9.8%。",
         F("fiscal_revenue_general", 2023, "M1-M5", yoy=5.2, region="无锡"),
         F("fiscal_revenue_general", 2023, "M1-M5", yoy=9.8, region="江阴"), region="无锡", pub="2023-06-25"),
    case("led-by-yi-reached", "前三季度,全省规上工业增加值增长7.9%,以淮安的增速最高,达到10.1%。",
         F("industrial_value_added", 2024, "M1-M9", yoy=7.9, region="江苏"),
         F("industrial_value_added", 2024, "M1-M9", yoy=10.1, region="淮安"), region="江苏", pub="2024-10-25"),
    # the near miss: a place named as an example (以海安为代表的县市) gives no rate of its own
    case("led-by-yi-example", "上半年,全市规上工业增加值增长8.1%,以海安为代表的县市增长较快。",
         F("industrial_value_added", 2023, "H1", yoy=8.1, region="南通"), region="南通", pub="2023-07-25"),
]


REAL11 = [
    # a whole-region word ranked by a verb and its rank (全市排第四, 全市列第二, 全市位居第一) in a district's or
    # county's article is the field of the ranking, not the subject of the clause after it
    case("field-ranked-pai", "一季度,全区规上工业增加值同比增长9.7%,全市排第四;固定资产投资增长12.6%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.7, region="南湖"),
         F("fixed_asset_investment", 2024, "Q1", yoy=12.6, region="南湖"), region="南湖", pub="2024-04-25"),
    case("field-ranked-lie", "上半年,全县实现地区生产总值312.5亿元,增长6.1%,全市列第二;社会消费品零售总额增长7.4%。",
         F("gdp", 2024, "H1", 312.5, "亿元", 6.1, region="海盐"),
         F("retail_sales", 2024, "H1", yoy=7.4, region="海盐"), region="海盐", pub="2024-07-25"),
    case("field-ranked-weiju", "1-8月,我区财政总收入增长8.8%,全市位居第一;一般公共预算收入增长6.5%。",
         F("fiscal_revenue_total", 2024, "M1-M8", yoy=8.8, region="秀洲"),
         F("fiscal_revenue_general", 2024, "M1-M8", yoy=6.5, region="秀洲"), region="秀洲", pub="2024-09-20"),
    # the near miss: a rank alone gives no figure
    case("field-ranked-no-figure", "1-5月,全区工业投资总量全市排第三。", region="南湖", pub="2024-06-20"),
    # a whole-region word opening a set the figures are among (全市11个考核主体中, 全省山区26县中) is the
    # field, not the subject: the article's own place is
    case("field-among-units", "前三季度,全市11个考核主体中,6项指标进入前三,一般公共预算收入增长7.1%,"
         "社会消费品零售总额增长6.3%。",
         F("fiscal_revenue_general", 2024, "M1-M9", yoy=7.1, region="秀洲"),
         F("retail_sales", 2024, "M1-M9", yoy=6.3, region="秀洲"), region="秀洲", pub="2024-10-28"),
    case("field-among-contest", "1至9月,全市红旗奖十项指标中,3项列全市第一,其中地区生产总值增长6.8%,固定资产投资增长15.2%。",
         F("gdp", 2023, "M1-M9", yoy=6.8, region="南湖"),
         F("fixed_asset_investment", 2023, "M1-M9", yoy=15.2, region="南湖"), region="南湖", pub="2023-10-30"),
    case("field-among-province", "一季度,全省山区26县中,全县规上工业增加值增长12.3%,增速居第二。",
         F("industrial_value_added", 2025, "Q1", yoy=12.3, region="常山"), region="常山", pub="2025-04-22"),
    # the near miss: a part named after 其中 stays a part; among the firms, a count gives nothing
    case("field-among-firms-count", "1-6月,全市规上工业企业中,亏损企业82家。", region="嘉兴", pub="2024-07-20"),
    # the industry below the designated size (规下, 规模以下) is a part of the whole industry, not the 规上
    # headline: its value added is labelled a subset
    case("below-size-rate", "一季度,全区规下工业增加值同比增长10.6%,全市排第一。", region="南湖", pub="2024-04-25",
         labels={10.6: "subset"}),
    case("below-size-split-name", "1-9月,全县规下工业实现增加值21.6亿元,同比增长4.6%。", region="象山",
         pub="2023-10-30", labels={21.6: "subset"}),
    case("below-size-long-name", "上半年,全县规模以下工业增加值增长3.9%。", region="德清", pub="2023-07-28",
         labels={3.9: "subset"}),
    # the near miss: the 规上 figure next to it stays the region's headline
    case("below-size-beside-above-size", "一季度,全区规上工业增加值增长9.3%,规下工业增加值增长10.6%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.3, region="南湖"), region="南湖", pub="2024-04-25",
         labels={10.6: "subset"}),
    # an article filed under a city whose lead names the city itself before one of its counties (in
    # passing: a firm's or project's place) is the city's: its 全市/我市 stay the city
    case("lead-home-before-county-fdi", "引资品牌助推嘉兴转型\n上世纪八十年代,嘉兴第一家合资企业——海宁某皮件厂开业。"
         "今年前4个月,我市实际利用外资5.36亿美元。",
         F("fdi_actual", 2014, "M1-M4", 5.36, "亿美元", region="嘉兴"), region="嘉兴", pub="2014-05-20"),
    case("lead-home-before-county-trade", "宁波开放型经济稳步提升 宁波首个外资项目落户慈溪开发区。"
         "1-6月,全市进出口总额6120.4亿元,增长8.1%。",
         F("trade_total", 2023, "H1", 6120.4, "亿元", 8.1, region="宁波"), region="宁波", pub="2023-07-25"),
    case("lead-home-before-county-industry", "绍兴工业经济回升向好 绍兴袜业起步于诸暨大唐镇。"
         "一季度,我市规上工业增加值增长7.7%。",
         F("industrial_value_added", 2023, "Q1", yoy=7.7, region="绍兴"), region="绍兴", pub="2023-04-25"),
    # the near miss: a lead about the county alone still makes the article the county's
    case("lead-county-alone", "一季度东阳经济开局良好。全市实现地区生产总值180.2亿元,增长6.3%。",
         F("gdp", 2023, "Q1", 180.2, "亿元", 6.3, region="东阳"), region="金华", pub="2023-04-25"),
    # 依旧 (still) between a metric and its verb or figure is a connector, as 依然 and 仍然 are
    case("still-yijiu-bound", "单看8月份,宁波进出口额依旧超过1000亿元,同比增长13.5%。",
         F("trade_total", 2021, "M8", 1000, "亿元", 13.5, qualifier="over", region="宁波"), region="宁波",
         pub="2021-09-13"),
    case("still-yijiu-level", "上半年,全市出口额依旧达到812.4亿元,增长6.2%。",
         F("exports", 2023, "H1", 812.4, "亿元", 6.2, region="台州"), region="台州", pub="2023-07-25"),
    case("still-yijiu-rate", "1-5月,全区固定资产投资依旧增长15.3%。",
         F("fixed_asset_investment", 2023, "M1-M5", yoy=15.3, region="越城"), region="越城", pub="2023-06-20"),
    # the near miss: a firm's figure stays the firm's
    case("still-yijiu-firm", "1-5月,某某集团出口额依旧增长15.3%。", region="越城", pub="2023-06-20"),
    # the above-size firms counted in a clause of their own by a verb of growth (扩容至9291家, 增至612家,
    # 增加到486户) are all of them: the bare verb's metric after them is the region's industry's
    case("population-grew-to-value-added", "2024年,全市规上工业企业扩容至9291家,实现增加值1736.9亿元,比上年增长10.2%。",
         F("industrial_value_added", 2024, "FY", 1736.9, "亿元", 10.2, region="温州"), region="温州", pub="2025-01-25"),
    case("population-grew-to-output", "上半年,全县规模以上工业企业增至612家,实现工业总产值845.3亿元,增长7.4%。",
         F("industrial_output", 2024, "H1", 845.3, "亿元", 7.4, region="海盐"), region="海盐", pub="2024-07-25"),
    case("population-grew-to-households", "1-9月,全区规上企业增加到486户,完成增加值152.8亿元,增长6.9%。",
         F("industrial_value_added", 2024, "M1-M9", 152.8, "亿元", 6.9, region="越城"), region="越城", pub="2024-10-25"),
    # the near miss: the firms newly counted are a subset
    case("population-new-firms-grew-to", "1-9月,全区新增规上企业增至86家,实现产值12.4亿元。", region="越城",
         pub="2024-10-25"),
    # private investment (民间固定资产投资) is a part of the fixed-asset investment, labelled a subset
    case("private-investment-level", "前三季度,民间固定资产投资1400.1亿元,增长13.4%。", region="温州",
         pub="2015-10-26", labels={1400.1: "subset", 13.4: "subset"}),
    case("private-investment-rate", "上半年,全市民间固定资产投资增长9.2%,高于全部投资3.1个百分点。", region="嘉兴",
         pub="2024-07-25", labels={9.2: "subset"}),
    case("private-investment-part", "上半年,全市固定资产投资增长6.1%,其中民间固定资产投资增长9.2%。",
         F("fixed_asset_investment", 2024, "H1", yoy=6.1, region="嘉兴"), region="嘉兴", pub="2024-07-25",
         labels={9.2: "subset"}),
    # an exclusion word in an item listed before the metric (民间投资、工业投资) is that item's, not the metric's
    case("private-investment-listed-before", "1-4月,全区社会资本投资、民间投资、工业投资同比分别增长11.2%、18.4%、36.5%。",
         F("industrial_investment", 2024, "M1-M4", yoy=36.5, region="越城"), region="越城", pub="2024-05-25"),
    case("private-investment-listed-before-pair", "1-6月,全县民间投资、制造业投资分别增长8.1%和15.6%。",
         F("industrial_investment", 2024, "H1", yoy=15.6, region="德清"), region="德清", pub="2024-07-25"),
    # a whole-region word opening the metric's clause (全市, 我市, 全县) is its subject: an exclusion word in a
    # clause before it (大项目, 亿元以上项目, 限上企业) is another phrase's, not the metric's
    case("exclusion-before-own-subject-projects", "一批大项目纷纷落户海宁,今年一季度,我市实际利用外资1.62亿美元,增长12.4%。",
         F("fdi_actual", 2024, "Q1", 1.62, "亿美元", 12.4, region="海宁"), region="海宁", pub="2024-04-25"),
    case("exclusion-before-own-subject-big-projects", "亿元以上项目加快推进,上半年,全县固定资产投资增长9.6%。",
         F("fixed_asset_investment", 2024, "H1", yoy=9.6, region="嘉善"), region="嘉善", pub="2024-07-25"),
    case("exclusion-before-own-subject-retail", "限上企业拉动明显,1-5月,全区社会消费品零售总额增长7.2%。",
         F("retail_sales", 2024, "M1-M5", yoy=7.2, region="南湖"), region="南湖", pub="2024-06-25"),
    # the near miss: the exclusion word inside the metric's own clause still makes it a subset
    case("exclusion-in-own-clause", "1-5月,全区限上社会消费品零售额增长7.2%。", region="南湖", pub="2024-06-25",
         labels={7.2: "subset"}),
    # a headline whose lines run together (主基调——稳 / 运行总体平稳) into the sentence before its first time is
    # no sector of the figures after it; 运行 (running) marks no sector as 银行 does
    case("run-in-headline-dash-lines", "经济运行——稳\n\n总体平稳向好\n\n从2023年一季度GDP增速6.2%,到上半年的6.8%,稳中有进。",
         F("gdp", 2023, "Q1", yoy=6.2, region="海宁"), F("gdp", 2023, "H1", yoy=6.8, region="海宁"),
         region="海宁", pub="2023-07-28"),
    case("run-in-headline-dash", "开局——强\n\n一季度规上工业增加值增长9.4%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.4, region="嘉善"), region="嘉善", pub="2024-04-25"),
    case("run-in-headline-running", "运行平稳 稳中提质\n上半年社会消费品零售总额增长6.3%。",
         F("retail_sales", 2024, "H1", yoy=6.3, region="平湖"), region="平湖", pub="2024-07-25"),
    # the near miss: a sector named before the time stays the sector of its figure
    case("run-in-sector-before-time", "高新技术产业 2024年一季度,增加值增长12.1%。", region="平湖", pub="2024-04-25"),
    # 固定资产投入 (older papers' word for the investment) is the fixed-asset investment
    case("fixed-asset-input-level-rate", "今年一季度,全区固定资产投入27.19亿元,同比增长16.3%,排名全市第三。",
         F("fixed_asset_investment", 2017, "Q1", 27.19, "亿元", 16.3, region="黄岩"), region="黄岩", pub="2017-04-26"),
    case("fixed-asset-input-verb", "上半年,全县完成固定资产投入86.4亿元,增长12.1%。",
         F("fixed_asset_investment", 2017, "H1", 86.4, "亿元", 12.1, region="天台"), region="天台", pub="2017-07-26"),
    case("fixed-asset-input-rate", "1-9月,全市固定资产投入增长9.8%。",
         F("fixed_asset_investment", 2017, "M1-M9", yoy=9.8, region="临海"), region="临海", pub="2017-10-26"),
    # the near miss: another input (科技投入) is no metric
    case("science-input-no-metric", "1-9月,全市科技投入增长15.2%。", region="临海", pub="2017-10-26"),
    # a factor taken out of a rate (剔除核电价格不可比因素, 扣除价格因素) is an adjustment of the whole's rate, not a
    # part left out
    case("adjusted-factor-nuclear-price", "今年上半年,剔除核电价格不可比因素,县内地区生产总值增长2.6%。",
         F("gdp", 2022, "H1", yoy=2.6, region="海盐"), region="海盐", pub="2022-07-28"),
    case("adjusted-price-factor", "一季度,扣除价格因素,全县地区生产总值增长5.4%。",
         F("gdp", 2023, "Q1", yoy=5.4, region="德清"), region="德清", pub="2023-04-25"),
    case("adjusted-price-factor-after", "1-9月,剔除价格因素后,全市社会消费品零售总额增长4.1%。",
         F("retail_sales", 2023, "M1-M9", yoy=4.1, region="平湖"), region="平湖", pub="2023-10-25"),
    # the near miss: a component taken out leaves a part, whatever subject opens the metric's clause
    case("excluded-component-governs", "1-9月,剔除房地产开发投资后,全市固定资产投资增长8.3%。", region="平湖",
         pub="2023-10-25", labels={8.3: "subset"}),
    # a metric named in a headline run into the sentence and named again with its figure: the headline's
    # mention takes no rate of the sentence's (not the first of a list of sectors' rates after it)
    case("headline-metric-named-again-investment", "工业投资较快增长 1-5月全县工业投资同比增长18.2%,"
         "高端装备、新材料、生物医药产业分别增长26.1%、19.4%和12.8%。",
         F("industrial_investment", 2024, "M1-M5", yoy=18.2, region="嘉善"), region="嘉善", pub="2024-06-25"),
    case("headline-metric-named-again-exports", "出口稳中有升 上半年全市出口同比增长9.1%,"
         "服装、箱包、紧固件分别增长12.3%、8.4%和5.6%。",
         F("exports", 2024, "H1", yoy=9.1, region="平湖"), region="平湖", pub="2024-07-25"),
    case("headline-metric-named-again-retail", "社会消费品零售总额平稳增长 1-9月全区社会消费品零售总额增长7.8%,"
         "汽车类、石油制品类、家电类分别增长15.2%、10.6%和4.1%。",
         F("retail_sales", 2024, "M1-M9", yoy=7.8, region="南湖"), region="南湖", pub="2024-10-25"),
    # the near miss: a metric named once takes its rate, whatever words follow it
    case("headline-metric-named-once", "工业投资较快增长,1-5月增长18.2%。",
         F("industrial_investment", 2024, "M1-M5", yoy=18.2, region="嘉善"), region="嘉善", pub="2024-06-25"),
    # the near miss: private capital named beside the whole leaves the whole its figure
    case("private-capital-beside-whole", "上半年,全市固定资产投资增长6.1%,民间资本活跃。",
         F("fixed_asset_investment", 2024, "H1", yoy=6.1, region="嘉兴"), region="嘉兴", pub="2024-07-25"),
]


REAL13 = [
    # a table's two-character name spread with a run of spaces to the width of the three-character
    # ones (全  市, 洋  浦) is one label, not two cells: the table goes on past its row
    case("table-spread-two-char-label-alone", "附表:2023年1-9月各县区生产总值\n县 区\n总量(亿元)\n增速(%)\n"
         "安 乡 县\n88.16\n5.2\n  桃  源\n41.07\n4.4\n石 门 县\n63.52\n6.1",
         F("gdp", 2023, "M1-M9", 88.16, "亿元", 5.2, region="安乡"),
         F("gdp", 2023, "M1-M9", 41.07, "亿元", 4.4, region="桃源"),
         F("gdp", 2023, "M1-M9", 63.52, "亿元", 6.1, region="石门"), region="常德", pub="2023-10-30"),
    case("table-spread-two-char-label-row", "表1 2022年各区县规模以上工业增加值\n地 区    增加值(亿元)    增长(%)\n"
         "全  市    512.6    7.3\n江  华    96.4    8.1\n新 田 县    71.2    6.5",
         F("industrial_value_added", 2022, "FY", 512.6, "亿元", 7.3, region="永州"),
         F("industrial_value_added", 2022, "FY", 96.4, "亿元", 8.1, region="江华"),
         F("industrial_value_added", 2022, "FY", 71.2, "亿元", 6.5, region="新田"), region="永州", pub="2023-02-20"),
    case("table-spread-two-char-label-three-spaces", "2024年上半年各县市一般公共预算收入\n县市 | 收入(亿元) | 增长(%)\n"
         "宁 远   12.45   6.3\n道   县   9.81   4.9\n蓝山县   7.02   5.5",
         F("fiscal_revenue_general", 2024, "H1", 12.45, "亿元", 6.3, region="宁远"),
         F("fiscal_revenue_general", 2024, "H1", 9.81, "亿元", 4.9, region="道县"),
         F("fiscal_revenue_general", 2024, "H1", 7.02, "亿元", 5.5, region="蓝山"), region="永州", pub="2024-07-28"),
    # the near miss: two single characters with a number between them stay apart
    case("table-single-chars-number-between", "单位:亿元\n甲  12.5  乙  13.6", region="永州", pub="2024-07-28"),
    # a full stop typed for a decimal point between digits (生产总值52。36亿元, 增长9。1%) is that point
    case("ideographic-point-level-and-rate", "2011年,全县完成生产总值52。36亿元,增长9。1%。",
         F("gdp", 2011, "FY", 52.36, "亿元", 9.1, region="凤县"), region="凤县", pub="2012-02-10"),
    case("ideographic-point-wan-yuan", "一季度,全县地方财政收入完成8216。5万元,同比增长21。06%。",
         F("fiscal_revenue_general", 2013, "Q1", 8216.5, "万元", 21.06, region="凤县"), region="凤县", pub="2013-04-20"),
    case("ideographic-point-yuan", "2010年,城镇居民人均可支配收入达到14230。6元,增长10。8%。",
         F("income_urban_pc", 2010, "FY", 14230.6, "元", 10.8, region="凤县"), region="凤县", pub="2011-01-25"),
    # the near miss: a sentence ending in a number before a date stays two sentences
    case("ideographic-point-before-date", "全县规上工业企业总数达到120。3月末,金融机构存款余额增长8.2%。",
         region="凤县", pub="2013-04-20"),
    # a year that names the prices a figure is counted at (2010年可比价, 按2015年不变价计算) is no time of
    # the figures: the year the text gives before stays theirs
    case("price-base-year-bracket", "全年实现生产总值36.8亿元(2010年可比价,下同),比上年增长9.6%。"
         "其中,第一产业增加值11.2亿元,增长4.1%。", F("gdp", 2012, "FY", 36.8, "亿元", 9.6, region="罗田"),
         F("gdp_primary", 2012, "FY", 11.2, "亿元", 4.1, region="罗田"), region="罗田", pub="2013-03-15"),
    case("price-base-year-an-clause", "2016年全县地区生产总值102.4亿元,按2010年不变价计算,增长7.8%。"
         "第三产业增加值40.5亿元,增长9.2%。", F("gdp", 2016, "FY", 102.4, "亿元", 7.8, region="罗田"),
         F("gdp_tertiary", 2016, "FY", 40.5, "亿元", 9.2, region="罗田"), region="罗田", pub="2017-03-20"),
    case("price-base-year-before-growth", "上半年,全市实现地区生产总值612.7亿元,按2015年可比价计算增长6.4%。"
         "规上工业增加值增长7.1%。", F("gdp", 2019, "H1", 612.7, "亿元", 6.4, region="黄冈"),
         F("industrial_value_added", 2019, "H1", yoy=7.1, region="黄冈"), region="黄冈", pub="2019-07-25"),
    # the near miss: a year before the figures that names no prices is their time
    case("year-not-price-base", "全年实现生产总值36.8亿元,增长9.6%。2011年第一产业增加值11.2亿元,增长4.1%。",
         F("gdp", 2012, "FY", 36.8, "亿元", 9.6, region="罗田"),
         F("gdp_primary", 2011, "FY", 11.2, "亿元", 4.1, region="罗田"), region="罗田", pub="2013-03-15"),
    # a five-year plan named after a year it covers (2011年…实现了“十二五”时期良好开局) frames that year: the
    # year stays the figures' after it, no forecast of the plan's last year
    case("plan-frames-named-year-start", "2011年,全县经济平稳较快发展,实现了“十二五”时期良好开局。\n一、综合\n"
         "全年实现生产总值47.3亿元,比上年增长11.4%。", F("gdp", 2011, "FY", 47.3, "亿元", 11.4, region="罗田"),
         region="罗田", pub="2012-04-01"),
    case("plan-frames-named-year-opening", "2016年是“十三五”时期的开局之年。全县完成地区生产总值93.5亿元,增长7.9%。",
         F("gdp", 2016, "FY", 93.5, "亿元", 7.9, region="罗田"), region="罗田", pub="2017-02-15"),
    case("plan-frames-named-year-foundation", "2021年,全县经济稳中有进,为“十四五”时期发展奠定了基础。"
         "全年一般公共预算收入完成6.12亿元,增长8.4%。",
         F("fiscal_revenue_general", 2021, "FY", 6.12, "亿元", 8.4, region="罗田"), region="罗田", pub="2022-03-10"),
    # the near miss: the plan's own span gives a yearly average, no year's growth
    case("plan-span-average-no-fact", "“十三五”时期,全县一般公共预算收入年均增长9.1%。", region="罗田", pub="2021-03-10"),
    # a word that holds a place's short name after its first character (区域合作: 合作市; 投资中: 资中) hides
    # that place: the clause's subject stays the one it opens with
    case("host-word-regional-cooperation-list", "罗田县奋力在生态立县、区域合作、创新驱动等方面寻求突破,"
         "2023年地区生产总值达到215亿元。", F("gdp", 2023, "FY", 215, "亿元", region="罗田"), region="黄冈", pub="2024-03-01"),
    case("host-word-economic-cooperation", "罗田县深化经济合作,上半年实现一般公共预算收入12.6亿元,增长7.1%。",
         F("fiscal_revenue_general", 2024, "H1", 12.6, "亿元", 7.1, region="罗田"), region="黄冈", pub="2024-07-20"),
    case("host-word-external-cooperation", "围绕对外合作、招商引资,罗田县前三季度完成固定资产投资88.4亿元,增长9.2%。",
         F("fixed_asset_investment", 2024, "M1-M9", 88.4, "亿元", 9.2, region="罗田"), region="黄冈", pub="2024-10-25"),
    # the near miss: the place itself, listed, keeps its figure
    case("place-he-zuo-listed", "上半年,合作、夏河两市县地区生产总值分别增长6.1%和5.4%。",
         F("gdp", 2024, "H1", yoy=6.1, region="合作"), F("gdp", 2024, "H1", yoy=5.4, region="夏河"),
         region="甘南", pub="2024-07-20"),
    # 规模以上固定资产投资 (the projects above the reporting size, the headline in the 2000s) is the region's
    # fixed-asset investment, as 规模以上工业增加值 is its industry's value added
    case("above-size-fai-level", "2009年,全县完成规模以上固定资产投资48.6亿元,增长35.2%。",
         F("fixed_asset_investment", 2009, "FY", 48.6, "亿元", 35.2, region="阳谷"), region="阳谷", pub="2010-01-20"),
    case("above-size-fai-verb-after", "1-6月,全市规模以上固定资产投资完成126.3亿元,同比增长28.4%。",
         F("fixed_asset_investment", 2010, "H1", 126.3, "亿元", 28.4, region="聊城"), region="聊城", pub="2010-07-22"),
    case("above-size-fai-rate-then-part", "前三季度,规模以上固定资产投资增长31.5%,其中工业投资增长40.2%。",
         F("fixed_asset_investment", 2010, "M1-M9", yoy=31.5, region="阳谷"),
         F("industrial_investment", 2010, "M1-M9", yoy=40.2, region="阳谷"), region="阳谷", pub="2010-10-25"),
    # the near miss: the projects above a named size are a subset still
    case("projects-above-size-fai-subset", "全县亿元以上项目完成固定资产投资36.2亿元,增长18.5%。", region="阳谷", pub="2010-10-25"),
    # a change in money with a bound word before its amount (同比增加近9亿元, 增加约35亿元) is a change still:
    # the rate after it is the level's before
    case("change-near-bound-then-rate", "上半年,全县完成财政总收入37.2亿元,同比增加近9亿元,增长31.8%。",
         F("fiscal_revenue_total", 2010, "H1", 37.2, "亿元", 31.8, region="宁乡"), region="宁乡", pub="2010-07-12"),
    case("change-about-then-rate", "全年实现地区生产总值412.6亿元,比上年增加约35亿元,增长8.2%。",
         F("gdp", 2012, "FY", 412.6, "亿元", 8.2, region="宁乡"), region="宁乡", pub="2013-02-01"),
    case("change-over-then-rate", "1-9月,社会消费品零售总额完成96.3亿元,较上年同期增加超10亿元,增长12.4%。",
         F("retail_sales", 2014, "M1-M9", 96.3, "亿元", 12.4, region="宁乡"), region="宁乡", pub="2014-10-20"),
    # the near miss: a change alone is no level
    case("change-near-bound-alone", "全年地区生产总值比上年增加近30亿元。", region="宁乡", pub="2013-02-01"),
    # a note that the basis holds for the rates below ((下同), (以下同)) between a growth cue and its
    # percent leaves the cue the percent's
    case("same-below-note-after-cue", "一季度,全县实现地区生产总值156.4亿元,同比增长(下同)6.8%。",
         F("gdp", 2018, "Q1", 156.4, "亿元", 6.8, region="浏阳"), region="浏阳", pub="2018-04-28"),
    case("same-below-note-after-basis", "上半年,全市规上工业增加值比上年同期增长(以下同)7.5%。",
         F("industrial_value_added", 2018, "H1", yoy=7.5, region="长沙"), region="长沙", pub="2018-07-28"),
    case("same-below-note-then-next-clause", "前三季度,全县一般公共预算收入完成18.2亿元,增长(下同)10.3%;"
         "社会消费品零售总额96.1亿元,增长9.7%。",
         F("fiscal_revenue_general", 2018, "M1-M9", 18.2, "亿元", 10.3, region="浏阳"),
         F("retail_sales", 2018, "M1-M9", 96.1, "亿元", 9.7, region="浏阳"), region="浏阳", pub="2018-10-28"),
    # the near miss: a share with the note is no growth
    case("same-below-note-share", "一季度,全县第三产业增加值占比(下同)45.2%。", region="浏阳", pub="2018-04-28"),
    # 出口交货值 (the export delivery value of industry) is no export figure of the region
    case("export-delivery-value-after-part", "1-8月,全县工业销售产值增长6.1%,其中出口交货值下降4.3%。", region="新会", pub="2020-09-25"),
    case("export-delivery-value-level", "上半年,全市完成出口交货值38.6亿元,同比增长9.4%。", region="新会", pub="2021-07-25"),
    case("export-delivery-value-then-exports", "一季度,全区出口交货值增长5.2%;外贸出口总额42.3亿元,增长11.6%。",
         F("exports", 2022, "Q1", 42.3, "亿元", 11.6, region="新会"), region="新会", pub="2022-04-25"),
    # the near miss: exports named alone are the region's
    case("exports-alone-region", "1-8月,全区出口总额156.2亿元,下降3.1%。",
         F("exports", 2020, "M1-M8", 156.2, "亿元", -3.1, region="新会"), region="新会", pub="2020-09-25"),
    # a growth over a named base year (比2000年增长198.3%) after the paragraph's year-on-year growths is that
    # figure's alone: the growths after it stay year on year
    case("base-year-after-yoy-per-capita", "2007年,全县GDP为52.6亿元,增长12.5%。按常住人口计算,全县人均GDP9868元,"
         "比2000年增长198.3%。财政收入增长较快,全县财政总收入3.41亿元,增长15.3%。",
         F("gdp", 2007, "FY", 52.6, "亿元", 12.5, region="临武"),
         F("fiscal_revenue_total", 2007, "FY", 3.41, "亿元", 15.3, region="临武"), region="临武", pub="2008-04-01"),
    case("base-year-after-yoy-two-year", "上半年,全市规上工业增加值增长8.1%。工业用电量比2019年同期增长21.4%。"
         "社会消费品零售总额86.2亿元,增长10.7%。", F("industrial_value_added", 2021, "H1", yoy=8.1, region="郴州"),
         F("retail_sales", 2021, "H1", 86.2, "亿元", 10.7, region="郴州"), region="郴州", pub="2021-07-28"),
    case("base-year-same-sentence-then-next", "2015年,全县地区生产总值128.4亿元,增长8.6%,比2010年增长62.1%。"
         "一般公共预算收入9.3亿元,增长10.2%。", F("gdp", 2015, "FY", 128.4, "亿元", 8.6, region="临武"),
         F("fiscal_revenue_general", 2015, "FY", 9.3, "亿元", 10.2, region="临武"), region="临武", pub="2016-03-01"),
    # the near miss: a paragraph that opens with the base year's growth keeps it for the growths after it
    case("base-year-first-carries", "2015年,全县地区生产总值达到128.4亿元,比2010年增长62.1%。一般公共预算收入9.3亿元,"
         "增长85.2%。", F("gdp", 2015, "FY", 128.4, "亿元", region="临武"),
         F("fiscal_revenue_general", 2015, "FY", 9.3, "亿元", region="临武"), region="临武", pub="2016-03-01"),
    # a superlative of the rates names its place and the place's rate (增速最快的是平阳县12.4%, 增幅最高的为
    # 龙港市9.6%, 增速最为缓慢的是洞头区1.2%): that place's growth of the metric in force
    case("superlative-rate-place-next-sentence", "1-9月,全市规上工业增加值增长7.2%。其中,增速最快的是平阳县12.4%。",
         F("industrial_value_added", 2023, "M1-M9", yoy=7.2, region="温州"),
         F("industrial_value_added", 2023, "M1-M9", yoy=12.4, region="平阳"), region="温州", pub="2023-10-25"),
    case("superlative-rate-place-same-sentence", "上半年,各县市区地区生产总值增幅最高的为龙港市9.6%。",
         F("gdp", 2023, "H1", yoy=9.6, region="龙港"), region="温州", pub="2023-07-25"),
    case("superlative-rate-place-slowest", "前三季度,全市一般公共预算收入增长5.3%,增速最为缓慢的是洞头区1.2%。",
         F("fiscal_revenue_general", 2023, "M1-M9", yoy=5.3, region="温州"),
         F("fiscal_revenue_general", 2023, "M1-M9", yoy=1.2, region="洞头"), region="温州", pub="2023-10-25"),
    # the near miss: an industry named by the superlative is no place
    case("superlative-rate-industry", "1-9月,全市规上工业增加值增长7.2%,增速最快的是电子信息产业18.2%。",
         F("industrial_value_added", 2023, "M1-M9", yoy=7.2, region="温州"), region="温州", pub="2023-10-25"),
    # signings in the clause after an event held (举办招商推介会, 召开集中签约活动, 举行经贸洽谈会) are the
    # event's, no region's signed projects
    case("event-held-then-signed", "3月,海盐县在上海成功举办招商推介会,签约项目12个,签约总投资56.3亿元。",
         region="海盐", pub="2023-06-01", labels={12: "event", 56.3: "event"}),
    case("event-called-then-signed", "5月,全县召开重大项目集中签约活动,共签约项目32个,总投资218亿元。",
         region="海盐", pub="2023-06-01", labels={32: "event", 218: "event"}),
    case("event-fair-then-signed", "4月,海盐县举行经贸洽谈会,现场签约项目8个,总投资27.6亿元。",
         region="海盐", pub="2023-06-01", labels={8: "event", 27.6: "event"}),
    # the near misses: a period's signings are the region's, and so are those of several events
    case("several-events-cumulative-signed", "上半年,海盐县召开新能源、文旅等专题招商大会,累计签约项目36个,"
         "总投资152亿元。", F("signed_projects_count", 2023, "H1", 36, "个", region="海盐"),
         F("signed_projects_investment", 2023, "H1", 152, "亿元", region="海盐"), region="海盐", pub="2023-07-20"),
    case("period-signed-projects", "1-5月,全县共签约项目45个,总投资186亿元。",
         F("signed_projects_count", 2023, "M1-M5", 45, "个", region="海盐"),
         F("signed_projects_investment", 2023, "M1-M5", 186, "亿元", region="海盐"), region="海盐", pub="2023-06-01"),
    # a part of a province named by its position (苏南, 东部地区, 山区26县) before a metric is a subset, not
    # the province: no second figure of the province's own
    case("province-part-south", "上半年,全省地区生产总值增长5.8%。分区域看,苏南地区生产总值增长5.9%。",
         F("gdp", 2023, "H1", yoy=5.8, region="江苏"), region="江苏", pub="2023-07-25", labels={5.9: "subset"}),
    case("province-part-east-west", "上半年,按区域分,东部地区生产总值增长6.8%,西部地区增长10.3%。",
         region="海南", pub="2014-07-26", labels={6.8: "subset"}),
    case("province-part-mountain-counties", "一季度,全省山区26县地区生产总值增长6.3%,高于全省0.4个百分点。",
         region="浙江", pub="2023-04-25", labels={6.3: "subset"}),
    # the near miss: a city's 地区生产总值 is the city's
    case("city-regional-gdp", "上半年,苏州地区生产总值增长5.8%。", F("gdp", 2023, "H1", yoy=5.8, region="苏州"),
         region="江苏", pub="2023-07-25"),
    # 国内生产总值 with a level far below the nation's (under a trillion yuan: the county or city the
    # article is about, as older texts name GDP) is the region's, not the nation's
    case("domestic-gdp-county-level", "2014年,吉水县经济发展加速提质。全年实现国内生产总值98.6亿元,增长10.2%。",
         F("gdp", 2014, "FY", 98.6, "亿元", 10.2, region="吉水"), region="吉水", pub="2015-10-01"),
    case("domestic-gdp-city-wan", "2003年,实现国内生产总值4352865万元,按可比价格计算,比上年增长13.1%。",
         F("gdp", 2003, "FY", 4352865, "万元", 13.1, region="吉安"), region="吉安", pub="2004-03-01"),
    case("domestic-gdp-verb-between", "2004年国内生产总值完成36.7亿元,同比增长12.8%。",
         F("gdp", 2004, "FY", 36.7, "亿元", 12.8, region="吉水"), region="吉水", pub="2005-02-01"),
    # the near miss: the nation's level (trillions) or its rate alone stays the nation's
    case("domestic-gdp-nation", "一季度,国内生产总值296299亿元,同比增长5.3%。", region="吉水", pub="2024-04-20",
         labels={296299: "national", 5.3: "national"}),
    # a table of two years' columns (2023 2022) under a period (前三季度): the earlier year's column is
    # that period of its year, and the rate beside them is the later year's (a GDP's nominal rate, 名义增速,
    # is no year-on-year growth: GDP grows in real terms)
    case("year-columns-nominal-rate", "前三季度各市GDP排名(亿元):\n城市 2023 2022 名义增速\n"
         "南昌 5412.3 5201.6 4.05%\n赣州 3310.8 3244.1 2.06%\n九江 2750.4 2698.2 1.93%",
         F("gdp", 2023, "M1-M9", 5412.3, "亿元", region="南昌"), F("gdp", 2022, "M1-M9", 5201.6, "亿元", region="南昌"),
         F("gdp", 2023, "M1-M9", 3310.8, "亿元", region="赣州"), F("gdp", 2022, "M1-M9", 3244.1, "亿元", region="赣州"),
         F("gdp", 2023, "M1-M9", 2750.4, "亿元", region="九江"), F("gdp", 2022, "M1-M9", 2698.2, "亿元", region="九江"),
         region="江西", pub="2023-10-30"),
    case("year-columns-real-rate", "上半年各县一般公共预算收入(亿元):\n县 2024 2023 增长\n"
         "宁都 9.41 8.86 6.2%\n于都 10.27 9.95 3.2%",
         F("fiscal_revenue_general", 2024, "H1", 9.41, "亿元", 6.2, region="宁都"),
         F("fiscal_revenue_general", 2023, "H1", 8.86, "亿元", region="宁都"),
         F("fiscal_revenue_general", 2024, "H1", 10.27, "亿元", 3.2, region="于都"),
         F("fiscal_revenue_general", 2023, "H1", 9.95, "亿元", region="于都"), region="赣州", pub="2024-07-25"),
    case("year-columns-growth-first-year", "前三季度各县市规上工业增加值(亿元):\n县市 增速(%) 2023 2022\n"
         "瑞金 8.1 96.2 89.0\n南康 6.4 120.5 113.3",
         F("industrial_value_added", 2023, "M1-M9", 96.2, "亿元", 8.1, region="瑞金"),
         F("industrial_value_added", 2022, "M1-M9", 89.0, "亿元", region="瑞金"),
         F("industrial_value_added", 2023, "M1-M9", 120.5, "亿元", 6.4, region="南康"),
         F("industrial_value_added", 2022, "M1-M9", 113.3, "亿元", region="南康"), region="赣州", pub="2023-10-30"),
    # the near miss: a full year's table keeps the earlier year's column the full year
    case("year-columns-full-year", "2023年各市GDP(亿元):\n城市 2023 2022 增速\n南昌 7324.1 7203.5 4.1%\n"
         "赣州 4606.2 4523.6 4.5%",
         F("gdp", 2023, "FY", 7324.1, "亿元", 4.1, region="南昌"), F("gdp", 2022, "FY", 7203.5, "亿元", region="南昌"),
         F("gdp", 2023, "FY", 4606.2, "亿元", 4.5, region="赣州"), F("gdp", 2022, "FY", 4523.6, "亿元", region="赣州"),
         region="江西", pub="2024-02-20"),
]


REAL14 = [
    # a metric and its verb with words between them that hold no figure: an adverb (财政总收入却突破…)
    # or a word on the trend followed by a comma (工业投资持续向好，完成…) joins them as 稳步增长，does
    case("metric-adverb-que-before-verb", "2019年,全县财政总收入却突破45亿元,创历史新高。",
         F("fiscal_revenue_total", 2019, "FY", 45, "亿元", qualifier="over", region="安吉"), region="安吉", pub="2020-01-20"),
    case("metric-trend-word-comma-verb", "上半年,工业投资持续向好,完成18.6亿元,同比增长22.4%。",
         F("industrial_investment", 2023, "H1", 18.6, "亿元", 22.4, region="德清"), region="德清", pub="2023-07-25"),
    case("metric-steady-trend-comma-verb", "前三季度,全市社会消费品零售总额稳中向好,实现312.5亿元,增长6.1%。",
         F("retail_sales", 2023, "M1-M9", 312.5, "亿元", 6.1, region="桐乡"), region="桐乡", pub="2023-10-28"),
    case("metric-recovering-trend-comma-verb", "1-5月,全区固定资产投资回升向好,完成96.3亿元,增长8.8%。",
         F("fixed_asset_investment", 2024, "M1-M5", 96.3, "亿元", 8.8, region="南浔"), region="南浔", pub="2024-06-20"),
    # the near misses: a sector's or a non-metric's trend gives nothing
    case("sector-trend-comma-verb", "一季度,全区数字经济核心产业持续向好,完成增加值8.6亿元,增长11.2%。",
         region="南浔", pub="2024-04-20"),
    case("non-metric-adverb-que", "今年以来,全县经济稳中向好,招商引资到位资金却突破45.2亿元。", region="嘉善", pub="2024-04-20"),
    # a metric framed as the topic by 在…上 (as 在…方面): the place opening the next clause is the subject
    case("metric-frame-shang-county", "1-8月,在固定资产投资上,全县完成了212.4亿元,同比增长9.6%。",
         F("fixed_asset_investment", 2022, "M1-M8", 212.4, "亿元", 9.6, region="长兴"), region="长兴", pub="2022-09-20"),
    case("metric-frame-shang-city", "前三季度,在一般公共预算收入上,全市达到了58.7亿元,增长7.2%。",
         F("fiscal_revenue_general", 2023, "M1-M9", 58.7, "亿元", 7.2, region="平湖"), region="平湖", pub="2023-10-25"),
    case("metric-frame-shang-district", "今年一季度,在工业投资上,全区完成36.1亿元,增长15.3%。",
         F("industrial_investment", 2023, "Q1", 36.1, "亿元", 15.3, region="秀洲"), region="秀洲", pub="2023-04-22"),
    # the near miss: a sector after the frame is no place: nothing
    case("metric-frame-shang-sector", "今年一季度,在规上工业增加值上,高新技术产业完成36.1亿元,增长15.3%。",
         region="秀洲", pub="2023-04-22"),
    # a comparison with a named year and no 的 (超过2020年近11亿元) names the difference, no level of that year
    case("surpass-year-difference-over", "2023年,全县一般公共预算收入突破52亿元,超过2020年近11亿元。",
         F("fiscal_revenue_general", 2023, "FY", 52, "亿元", qualifier="over", region="德清"), region="德清", pub="2024-01-20"),
    case("surpass-year-difference-higher", "2021年,全市财政总收入达到168.3亿元,高于2019年25.6亿元。",
         F("fiscal_revenue_total", 2021, "FY", 168.3, "亿元", region="湖州"), region="湖州", pub="2022-01-20"),
    case("surpass-year-difference-after-rate", "去年,规上工业增加值412.5亿元,增长8.2%,超出2018年约80亿元。",
         F("industrial_value_added", 2021, "FY", 412.5, "亿元", 8.2, region="上虞"), region="上虞", pub="2022-02-10"),
    # the near miss: with 的 it is that year's level (已超过2021年全年的280.2亿元)
    case("surpass-year-de-level", "今年前三季度,全县社会消费品零售总额286.4亿元,已超过2021年全年的280.2亿元。",
         F("retail_sales", 2022, "M1-M9", 286.4, "亿元", region="嘉善"),
         F("retail_sales", 2021, "FY", 280.2, "亿元", region="嘉善"), region="嘉善", pub="2022-10-25"),
    # a rate that moved between two named years (增速从2010年的14.8%，逐年下降至2016年的4.7%) is each
    # year's growth, the year after 至/到 printed between it and the rate it moved to
    case("rate-shift-two-years-comma", "全市规上工业增加值增速从2011年的13.6%,逐年下降至2015年的5.2%。",
         F("industrial_value_added", 2011, "FY", yoy=13.6, region="湖州"),
         F("industrial_value_added", 2015, "FY", yoy=5.2, region="湖州"), region="湖州", pub="2016-08-10"),
    case("rate-shift-two-years-rise", "全县地区生产总值增速由2015年的7.2%提高到2019年的8.1%。",
         F("gdp", 2015, "FY", yoy=7.2, region="德清"), F("gdp", 2019, "FY", yoy=8.1, region="德清"),
         region="德清", pub="2020-05-01"),
    case("rate-shift-two-years-fall", "一般公共预算收入增幅从2019年的12.3%回落到2020年的5.6%。",
         F("fiscal_revenue_general", 2019, "FY", yoy=12.3, region="嘉善"),
         F("fiscal_revenue_general", 2020, "FY", yoy=5.6, region="嘉善"), region="嘉善", pub="2021-05-01"),
    # the near miss: a share that moved between two years is no growth
    case("share-shift-two-years", "全市服务业增加值占比从2015年的45.2%,逐年提高至2020年的51.6%。",
         region="湖州", pub="2021-05-01"),
    # an article printed in January that names no time at all gives last year's results
    case("january-undated-results-two-metrics", "1月20日,全省各县市区经济数据陆续公布。\n\n"
         "全县地区生产总值612.4亿元,按不变价格计算,增长6.3%;一般公共预算收入48.2亿元。",
         F("gdp", 2024, "FY", 612.4, "亿元", 6.3, region="安吉"),
         F("fiscal_revenue_general", 2024, "FY", 48.2, "亿元", region="安吉"), region="安吉", pub="2025-01-21"),
    case("january-undated-results-bound-then-level", "记者从市统计局获悉,全市生产总值首次突破2000亿元,达到2036.8亿元,增长5.9%。",
         F("gdp", 2023, "FY", 2036.8, "亿元", 5.9, region="诸暨"), region="诸暨", pub="2024-01-26"),
    case("january-undated-results-rank", "GDP总量1523.7亿元,增长7.1%,总量列全省县(市、区)第五。",
         F("gdp", 2022, "FY", 1523.7, "亿元", 7.1, region="慈溪"), region="慈溪", pub="2023-01-30"),
    # the near miss: later in the year a figure with no time is left out
    case("june-undated-results", "GDP总量1523.7亿元,增长7.1%,总量列全省县(市、区)第五。", region="慈溪", pub="2023-06-15"),
]


REAL15 = [
    # a growth over a named base year that names its months or quarter too (比2019年1-2月增长,
    # 较2019年一季度增长, 比2019年上半年增长) is a growth over two years, not a second year-on-year rate
    case("base-year-months-after-yoy", "1-2月,全县规模以上工业增加值同比增长36.2%,比2019年1-2月增长14.5%,两年平均增长7.0%。",
         F("industrial_value_added", 2021, "M1-M2", yoy=36.2, region="德清"), region="德清", pub="2021-03-25"),
    case("base-year-quarter-after-level", "一季度,全市实现社会消费品零售总额86.3亿元,同比增长28.7%,较2019年一季度增长9.6%。",
         F("retail_sales", 2021, "Q1", 86.3, "亿元", 28.7, region="湖州"), region="湖州", pub="2021-04-28"),
    case("base-year-half-tilde", "上半年,我区固定资产投资同比增长19.4%,比2019年上半年增长11.2%;工业投资同比增长25.1%。",
         F("fixed_asset_investment", 2021, "H1", yoy=19.4, region="吴兴"),
         F("industrial_investment", 2021, "H1", yoy=25.1, region="吴兴"), region="吴兴", pub="2021-07-26"),
    # the near miss: a growth over the base period alone is no year-on-year rate of anything
    case("base-year-months-alone", "1-4月,全县一般公共预算收入比2019年1-4月增长12.8%。", region="德清", pub="2021-05-20"),
    # a time whose level a figure is held against (恢复至2019年同期水平, 回到2019年水平, 接近2019年同期
    # 水平) moves no time: the period named alone after it is still the publication year's
    case("level-of-time-restored", "今年以来,全县经济加快恢复,主要指标已恢复至2019年同期水平。一季度,全县规上工业"
         "增加值同比增长32.4%。", F("industrial_value_added", 2021, "Q1", yoy=32.4, region="安吉"),
         region="安吉", pub="2021-04-20"),
    case("level-of-time-back-to", "上半年,全市消费市场基本回到2019年水平。上半年,全市实现社会消费品零售总额152.6亿元,"
         "同比增长21.3%。", F("retail_sales", 2021, "H1", 152.6, "亿元", 21.3, region="丽水"),
         region="丽水", pub="2021-07-22"),
    case("level-of-time-near", "全县工业用电量已接近2019年同期水平;1-5月,全县固定资产投资同比增长18.6%。",
         F("fixed_asset_investment", 2021, "M1-M5", yoy=18.6, region="缙云"), region="缙云", pub="2021-06-18"),
    # the near misses: a share of that time's level is no rate; a year before a word about levels is the figures' own
    case("level-of-time-share", "1-5月,全县规上工业增加值恢复至2019年同期的108.5%。", region="缙云", pub="2021-06-18"),
    case("level-of-time-own-year", "2019年全县居民收入水平稳步提高,城镇居民人均可支配收入达到52316元,增长8.6%。",
         F("income_urban_pc", 2019, "FY", 52316, "元", 8.6, region="缙云"), region="缙云", pub="2020-03-10"),
    # 总量 opening a clause with a level of its own, after the metric's rate and a clause that compares
    # the rate (高于全省0.4个百分点, 增速居全省第二), is that metric's level
    case("total-level-after-points-clause", "全年GDP增长6.2%,高于全省0.4个百分点,总量达到2315.6亿元。",
         F("gdp", 2023, "FY", 2315.6, "亿元", 6.2, region="衢州"), region="衢州", pub="2024-01-20"),
    case("total-bound-after-rank-clause", "去年全市地区生产总值增长7.1%,增速居全省第二,总量突破1800亿元。",
         F("gdp", 2023, "FY", 1800, "亿元", 7.1, "over", region="衢州"), region="衢州", pub="2024-01-20"),
    case("total-level-after-two-gaps", "全年地区生产总值增长5.8%,分别高于全国、全省0.6个、0.3个百分点,总量站上"
         "1500亿元台阶。", F("gdp", 2024, "FY", 1500, "亿元", 5.8, "over", region="丽水"), region="丽水", pub="2025-01-15"),
    case("total-level-after-faster-clause", "2023年,全县实现一般公共预算收入同比增长8.3%,快于全市1.2个百分点,"
         "总量为45.62亿元。", F("fiscal_revenue_general", 2023, "FY", 45.62, "亿元", 8.3, region="江山"),
         region="江山", pub="2024-01-20"),
    # the near misses: 总量 with a rank and no level is a remark; 总量 with no metric named before is nobody's
    case("total-rank-remark", "全年财政总收入增长9.1%,总量居全省第3位。",
         F("fiscal_revenue_total", 2023, "FY", yoy=9.1, region="江山"), region="江山", pub="2024-01-20"),
    case("total-no-metric-before", "总量跨过3000亿元历史性节点。", region="江山", pub="2024-01-20"),
    # 工业增加值 opening its clause with a bare verb after the sentence's above-size output
    # (规模以上工业企业实现工业总产值…；实现工业增加值…) is the above-size value added: the whole
    # industry's figure printed later gives way to it, no conflict
    case("above-size-carried-semicolon", "2013年,全市规模以上工业企业实现工业总产值1846.2亿元,增长13.1%;实现工业增加值"
         "512.7亿元,增长12.6%。2013年全部工业实现增加值548.3亿元。",
         F("industrial_output", 2013, "FY", 1846.2, "亿元", 13.1, region="漳州"),
         F("industrial_value_added", 2013, "FY", 512.7, "亿元", 12.6, region="漳州"), region="漳州", pub="2014-01-22"),
    case("above-size-carried-comma", "1-6月,全县规上工业完成总产值356.2亿元,同比增长9.1%,完成工业增加值78.4亿元,增长8.3%。"
         "全部工业增加值达到85.1亿元。",
         F("industrial_output", 2019, "H1", 356.2, "亿元", 9.1, region="仙游"),
         F("industrial_value_added", 2019, "H1", 78.4, "亿元", 8.3, region="仙游"), region="仙游", pub="2019-07-18"),
    case("above-size-carried-output-verb", "2018年,全市规模以上工业实现产值2310亿元,增长10.2%;实现工业增加值612亿元,增长9.8%。"
         "全部工业增加值668亿元。",
         F("industrial_output", 2018, "FY", 2310, "亿元", 10.2, region="三明"),
         F("industrial_value_added", 2018, "FY", 612, "亿元", 9.8, region="三明"), region="三明", pub="2019-01-25"),
    # the near misses: after the whole industry's figure named first, or a new subject (全市), the whole
    # industry's value added stays the whole industry's
    case("above-size-not-carried-whole-first", "1-9月,全县工业总产值完成48.6亿元,同比增长11.2%;规模以上工业完成产值"
         "41.3亿元,同比增长12.5%;实现工业增加值12.7亿元,同比增长10.4%,规模以上工业实现增加值10.9亿元,同比增长11.8%。",
         F("industrial_output", 2012, "M1-M9", 41.3, "亿元", 12.5, region="天柱"),
         F("industrial_value_added", 2012, "M1-M9", 10.9, "亿元", 11.8, region="天柱"), region="天柱", pub="2012-10-20"),
    case("above-size-not-carried-new-subject", "2018年,全市规模以上工业实现产值2310亿元,增长10.2%;全市实现工业增加值668亿元,"
         "增长9.5%,其中规模以上工业增加值612亿元,增长9.8%。",
         F("industrial_output", 2018, "FY", 2310, "亿元", 10.2, region="三明"),
         F("industrial_value_added", 2018, "FY", 612, "亿元", 9.8, region="三明"), region="三明", pub="2019-01-25"),
]


REAL22 = [
    # 实际直接利用外资(额), 实际直接使用外资: the actual FDI with 直接 between its words
    case("fdi-actual-direct-amount", "前三季度,全市新设外资企业35家,合同外资额12.6亿美元,增长8.1%,实际直接利用外资额4.32亿美元,增长2.7%。",
         F("fdi_contracted", 2024, "Q1-Q3", 12.6, "亿美元", 8.1, region="镇江"),
         F("fdi_actual", 2024, "Q1-Q3", 4.32, "亿美元", 2.7, region="镇江"), region="镇江", pub="2024-10-28"),
    case("fdi-actual-direct-plain", "上半年,我县实际直接利用外资2860万美元,同比增长15.3%。",
         F("fdi_actual", 2023, "H1", 2860, "万美元", 15.3, region="如东"), region="如东", pub="2023-07-20"),
    case("fdi-actual-direct-use", "1-8月,全区实际直接使用外资1.05亿美元,下降6.4%。",
         F("fdi_actual", 2022, "M1-M8", 1.05, "亿美元", -6.4, region="江宁"), region="江宁", pub="2022-09-22"),
    # a time right before a gap in points (1-4月提高5.0个百分点, 其比/较 left out) is the rate's base:
    # it moves nothing, so the figures after it keep the period in force
    case("points-base-no-bi-next-sentence", "1-5月,全区固定资产投资61.3亿元,同比增长18.4%,1-4月提高3.2个百分点。全区工业投资增长12.6%。",
         F("fixed_asset_investment", 2023, "M1-M5", 61.3, "亿元", 18.4, region="鲤城"),
         F("industrial_investment", 2023, "M1-M5", yoy=12.6, region="鲤城"), region="鲤城", pub="2023-06-26"),
    case("points-base-no-bi-semicolon", "一季度,全县社会消费品零售总额28.7亿元,增长5.3%,1-2月回落0.6个百分点;全县一般公共预算收入4.9亿元,增长3.8%。",
         F("retail_sales", 2024, "Q1", 28.7, "亿元", 5.3, region="长兴"),
         F("fiscal_revenue_general", 2024, "Q1", 4.9, "亿元", 3.8, region="长兴"), region="长兴", pub="2024-04-26"),
    case("points-base-no-bi-same-sentence", "上半年,全市规上工业增加值增长6.9%,一季度加快0.9个百分点,全市固定资产投资增长4.7%。",
         F("industrial_value_added", 2022, "H1", yoy=6.9, region="衢州"),
         F("fixed_asset_investment", 2022, "H1", yoy=4.7, region="衢州"), region="衢州", pub="2022-07-25"),
    # the near miss: a period with its own figure before the gap keeps its figure
    case("points-base-own-period", "1-4月,全县规上工业增加值增长8.2%,比一季度提高1.1个百分点。",
         F("industrial_value_added", 2023, "M1-M4", yoy=8.2, region="安吉"), region="安吉", pub="2023-05-22"),
    # a word glued to a metric whose name opens with a sector (先进制造业投资, 高端制造业投资, 装备制造业投资)
    # names a kind of that sector: labelled, not the industrial investment
    case("sector-kind-glued-advanced", "1-5月,全区固定资产投资增长9.8%,从领域看,基础设施投资增长31.2%,先进制造业投资增长16.5%,民间投资下降2.1%。",
         F("fixed_asset_investment", 2023, "M1-M5", yoy=9.8, region="洛江"), region="洛江", pub="2023-06-26",
         labels={16.5: "sector"}),
    case("sector-kind-glued-high-end", "1-9月,全县工业投资增长7.4%,高端制造业投资增长22.3%。",
         F("industrial_investment", 2022, "Q1-Q3", yoy=7.4, region="诸暨"), region="诸暨", pub="2022-10-25",
         labels={22.3: "sector"}),
    case("sector-kind-glued-equipment", "上半年,全市固定资产投资增长5.6%;装备制造业投资增长28.1%。",
         F("fixed_asset_investment", 2023, "H1", yoy=5.6, region="绍兴"), region="绍兴", pub="2023-07-24",
         labels={28.1: "sector"}),
    # the near miss: the sector's name alone is the industrial investment
    case("sector-kind-bare-manufacturing", "上半年,制造业投资增长11.7%。",
         F("industrial_investment", 2023, "H1", yoy=11.7, region="绍兴"), region="绍兴", pub="2023-07-24"),
    # a class of firms (小微企业, 中小企业, 民营企业: vocab/scope_words.csv) opening the sentence in a
    # clause with no figure is the subject of the figures after it: a subset, not the whole
    case("firm-class-opening-small", "1-5月,全市规模以上工业增加值162.4亿元,同比增长8.7%。小微企业增势良好,1-5月实现工业增加值104.6亿元,同比增长10.9%。",
         F("industrial_value_added", 2024, "M1-M5", 162.4, "亿元", 8.7, region="衢州"), region="衢州", pub="2024-06-20",
         labels={104.6: "subset"}),
    case("firm-class-opening-sme", "中小企业发展加快,上半年完成工业增加值48.7亿元,增长7.9%。",
         region="龙游", pub="2023-07-21", labels={48.7: "subset"}),
    case("firm-class-opening-private", "民营企业表现活跃,前三季度实现出口115.2亿元,增长11.6%。",
         region="永康", pub="2023-10-24", labels={115.2: "subset"}),
    # the near miss: firms with no class word before a population-named metric are the whole's
    case("firm-class-none", "全县企业生产稳定,1-5月实现规上工业增加值98.3亿元,增长9.4%。",
         F("industrial_value_added", 2024, "M1-M5", 98.3, "亿元", 9.4, region="江山"), region="江山", pub="2024-06-20"),
    # the year a goal is set for (到2018年全面建成小康社会目标, 到2020年…的目标, 到2025年…的奋斗目标),
    # passed at publication or not, is no time of the bulletin's figures
    case("goal-year-passed-lead", "2015年,全县围绕到2018年全面建成小康社会目标,统筹做好各项工作。\n一、综合\n"
         "初步测算,2015年全县地区生产总值186542万元,比上年增长12.4%。\n二、工业\n全县工业增加值37215万元,同比增长11.8%。",
         F("gdp", 2015, "FY", 186542, "万元", 12.4, region="三穗"),
         F("industrial_value_added", 2015, "FY", 37215, "万元", 11.8, region="三穗"), region="三穗", pub="2023-03-21"),
    case("goal-year-with-de", "2016年,全县为实现到2020年与全国同步全面建成小康社会的目标,扎实推进各项工作。\n一、综合\n"
         "全县地区生产总值87.4亿元,增长8.6%。",
         F("gdp", 2016, "FY", 87.4, "亿元", 8.6, region="石阡"), region="石阡", pub="2022-05-10"),
    case("goal-year-future-struggle", "2019年,全区朝着到2025年基本实现工业化的奋斗目标迈进。\n一、综合\n全区地区生产总值143.9亿元,增长7.1%。",
         F("gdp", 2019, "FY", 143.9, "亿元", 7.1, region="思南"), region="思南", pub="2020-04-10"),
    # the near miss: 到 a past year with the figure reached is that year's
    case("goal-year-none-reached", "到2022年,全县地区生产总值达到312.6亿元,增长5.3%。",
         F("gdp", 2022, "FY", 312.6, "亿元", 5.3, region="印江"), region="印江", pub="2023-03-10"),
    # the places just named, counted (…三省, …四大直辖市, …两省份) are the subjects of the figures after
    # them, not a sector
    case("counted-named-provinces-bound", "前三季度,湖北、湖南、安徽三省地区生产总值均超过3万亿元。",
         F("gdp", 2022, "Q1-Q3", 3, "万亿元", qualifier="over", region="湖北"),
         F("gdp", 2022, "Q1-Q3", 3, "万亿元", qualifier="over", region="湖南"),
         F("gdp", 2022, "Q1-Q3", 3, "万亿元", qualifier="over", region="安徽"), region="全国", pub="2022-11-10"),
    case("counted-named-municipalities", "2023年,北京、上海、天津、重庆四大直辖市GDP均超过1.6万亿元。",
         F("gdp", 2023, "FY", 1.6, "万亿元", qualifier="over", region="北京"),
         F("gdp", 2023, "FY", 1.6, "万亿元", qualifier="over", region="上海"),
         F("gdp", 2023, "FY", 1.6, "万亿元", qualifier="over", region="天津"),
         F("gdp", 2023, "FY", 1.6, "万亿元", qualifier="over", region="重庆"), region="全国", pub="2024-02-10"),
    case("counted-named-provinces-rates", "上半年,江西、湖南两省份地区生产总值分别增长4.8%和3.9%。",
         F("gdp", 2024, "H1", yoy=4.8, region="江西"),
         F("gdp", 2024, "H1", yoy=3.9, region="湖南"), region="全国", pub="2024-08-10"),
    # the near miss: a counted part of a province, no places named, is a subset
    case("counted-unnamed-part", "上半年,苏南五市GDP总量超过3万亿元。", region="江苏", pub="2023-07-30",
         labels={3: "subset"}),
    # places ranked in a clause of their own before their rates (…位列最后三名，增速分别为…; …分列第二、三位，
    # 增幅分别为…; …居全市前两位，增速分别为…) are places of the metric named before (the metric elided)
    case("ranked-places-last-three", "上半年,全省GDP增长5.1%。其中,合肥增长6.3%,居首位。\n"
         "在榜单另一端,淮南、淮北、铜陵位列最后三名,增速分别为3.1%、3.4%、3.7%。",
         F("gdp", 2024, "H1", yoy=5.1, region="安徽"), F("gdp", 2024, "H1", yoy=6.3, region="合肥"),
         F("gdp", 2024, "H1", yoy=3.1, region="淮南"), F("gdp", 2024, "H1", yoy=3.4, region="淮北"),
         F("gdp", 2024, "H1", yoy=3.7, region="铜陵"), region="安徽", pub="2024-08-01"),
    case("ranked-places-second-third", "前三季度,全省GDP增长5.4%。其中,杭州增长6.0%,居首位。宁波、温州分列第二、三位,增幅分别为5.8%和5.6%。",
         F("gdp", 2024, "Q1-Q3", yoy=5.4, region="浙江"), F("gdp", 2024, "Q1-Q3", yoy=6.0, region="杭州"),
         F("gdp", 2024, "Q1-Q3", yoy=5.8, region="宁波"), F("gdp", 2024, "Q1-Q3", yoy=5.6, region="温州"),
         region="浙江", pub="2024-11-01"),
    case("ranked-places-top-two", "上半年,全市规上工业增加值增长6.8%。\n海宁、桐乡居全市前两位,增速分别为9.4%、8.9%。",
         F("industrial_value_added", 2024, "H1", yoy=6.8, region="嘉兴"),
         F("industrial_value_added", 2024, "H1", yoy=9.4, region="海宁"),
         F("industrial_value_added", 2024, "H1", yoy=8.9, region="桐乡"), region="嘉兴", pub="2024-08-01"),
    # the near miss: with no metric named before, ranked places' rates are nobody's figures
    case("ranked-places-no-metric", "海宁、桐乡居全市前两位,增速分别为9.4%、8.9%。", region="嘉兴", pub="2024-08-01"),
    # a metric named as the whole its parts follow (第三产业中, 第二产业中: vocab/modifiers.csv) takes
    # none of the parts' rates
    case("whole-of-parts-tertiary", "2016年,全市第三产业增加值512.3亿元,增长8.7%。第三产业中,批发和零售业增加值增长9.2%,金融业增加值增长6.4%。",
         F("gdp_tertiary", 2016, "FY", 512.3, "亿元", 8.7, region="清远"), region="清远", pub="2017-03-22"),
    case("whole-of-parts-secondary", "2022年,全县第二产业增加值76.4亿元,增长5.9%。第二产业中,建筑业增加值增长4.8%。",
         F("gdp_secondary", 2022, "FY", 76.4, "亿元", 5.9, region="樟树"), region="樟树", pub="2023-03-20"),
    case("whole-of-parts-bare-sector", "上半年,全区第三产业增加值增长6.6%。第三产业中,住宿和餐饮业增长11.2%,金融业增长5.1%。",
         F("gdp_tertiary", 2023, "H1", yoy=6.6, region="蕉城"), region="蕉城", pub="2023-07-28"),
    # the near miss: 中 without a comma after it (在三次产业中增速最快) frames no parts
    case("whole-of-parts-none", "上半年,全县第三产业增加值增长6.1%,在三次产业中增速最快。",
         F("gdp_tertiary", 2023, "H1", yoy=6.1, region="福安"), region="福安", pub="2023-07-28"),
    # a two-character sector before 固投 (交通固投, 基建固投, 水利固投: vocab/scope_words.csv) is a sector's
    # investment, not a second rate of the whole
    case("sector-short-transport", "1-4月,全县固投同比增长3.4%。其中,工业固投增长11.2%,交通固投增长48.6%。",
         F("fixed_asset_investment", 2024, "M1-M4", yoy=3.4, region="德清"),
         F("industrial_investment", 2024, "M1-M4", yoy=11.2, region="德清"), region="德清", pub="2024-05-20",
         labels={48.6: "sector"}),
    case("sector-short-infrastructure", "1-8月,全市固投增长5.7%,基建固投增长13.1%。",
         F("fixed_asset_investment", 2023, "M1-M8", yoy=5.7, region="衢州"), region="衢州", pub="2023-09-20",
         labels={13.1: "sector"}),
    case("sector-short-water", "上半年,全县固投增长6.3%;水利固投增长9.4%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.3, region="开化"), region="开化", pub="2023-07-20",
         labels={9.4: "sector"}),
    # the near miss: 工业固投 is the industrial investment
    case("sector-short-industry", "上半年,全县工业固投增长14.5%。",
         F("industrial_investment", 2023, "H1", yoy=14.5, region="开化"), region="开化", pub="2023-07-20"),
    # a price basis inside a metric's name (规模以上工业现价增加值, …完成现价产值, 规上工业现价总产值) splits it
    # like a verb: one metric, not a sector's
    case("price-basis-inside-value-added", "1-7月,全区完成规模以上工业现价增加值52310万元,同比下降0.8%。",
         F("industrial_value_added", 2016, "M1-M7", 52310, "万元", -0.8, region="青山"), region="青山", pub="2016-08-20"),
    case("price-basis-after-verb", "1-5月,全县规模以上工业完成现价产值36.4亿元,同比增长3.1%。",
         F("industrial_output", 2017, "M1-M5", 36.4, "亿元", 3.1, region="乳源"), region="乳源", pub="2017-06-20"),
    case("price-basis-output", "上半年,全市规上工业现价总产值842.6亿元,增长6.7%。",
         F("industrial_output", 2018, "H1", 842.6, "亿元", 6.7, region="梅州"), region="梅州", pub="2018-07-20"),
    # the near miss: a company's current-price output stays the company's
    case("price-basis-company", "上半年,某某钢铁公司现价产值42.6亿元,增长6.7%。", region="梅州", pub="2018-07-20",
         labels={42.6: "enterprise"}),
    # a place's short name with 地区 after it (城中地区, 柯桥地区, 吴江地区) is that place
    case("place-area-home-short", "2023年,城东地区规模以上工业增加值同比增长12.4%;完成社会消费品零售总额96.3亿元,同比增长8.1%。",
         F("industrial_value_added", 2023, "FY", yoy=12.4, region="城东"),
         F("retail_sales", 2023, "FY", 96.3, "亿元", 8.1, region="城东"), region="城东区", pub="2024-03-01"),
    case("place-area-district", "上半年,柯桥地区规上工业增加值增长7.6%。",
         F("industrial_value_added", 2024, "H1", yoy=7.6, region="柯桥"), region="绍兴", pub="2024-07-20"),
    case("place-area-output", "1-9月,吴江地区规模以上工业总产值3012.5亿元,增长4.2%。",
         F("industrial_output", 2023, "Q1-Q3", 3012.5, "亿元", 4.2, region="吴江"), region="苏州", pub="2023-10-20"),
    # the near miss: an area named by a word that is no place stays a part
    case("place-area-poor", "上半年,贫困地区农村居民人均可支配收入增长8.3%。", region="甘肃", pub="2024-07-20",
         labels={8.3: "sector"}),
    # a place named for the same period's comparison (同期全国整体…, 同期全省…, 而同期全市…) is the subject
    # of its own clause group only: the next group's metric is the article's place again
    case("same-period-nation-group", "1-6月,全省外贸出口总值为98.4亿美元,同比增长19.6%,同期全国整体出口增长22%;进口总值为71.2亿美元,同比增长27.3%。",
         F("exports", 2012, "H1", 98.4, "亿美元", 19.6, region="四川"),
         F("imports", 2012, "H1", 71.2, "亿美元", 27.3, region="四川"), region="四川", pub="2012-07-12"),
    case("same-period-province-group", "上半年,全市出口总额63.5亿美元,同比增长18.2%,同期全省出口增长12%;进口总额41.7亿美元,同比增长24.6%。",
         F("exports", 2012, "H1", 63.5, "亿美元", 18.2, region="绵阳"),
         F("exports", 2012, "H1", yoy=12, region="四川"),
         F("imports", 2012, "H1", 41.7, "亿美元", 24.6, region="绵阳"), region="绵阳", pub="2012-07-20"),
    case("same-period-city-group", "1-9月,全县社会消费品零售总额79.4亿元,增长6.8%,而同期全市增长5.1%;一般公共预算收入8.7亿元,增长2.9%。",
         F("retail_sales", 2023, "Q1-Q3", 79.4, "亿元", 6.8, region="长兴"),
         F("retail_sales", 2023, "Q1-Q3", yoy=5.1, region="湖州"),
         F("fiscal_revenue_general", 2023, "Q1-Q3", 8.7, "亿元", 2.9, region="长兴"), region="长兴", pub="2023-10-20"),
    # the near miss: a place named with no 同期 before it stays the subject of the next group
    case("same-period-none", "上半年,海盐县规上工业增加值增长7.3%;固定资产投资增长10.2%。",
         F("industrial_value_added", 2023, "H1", yoy=7.3, region="海盐"),
         F("fixed_asset_investment", 2023, "H1", yoy=10.2, region="海盐"), region="嘉兴", pub="2023-07-20"),
    # places a figure is compared with, each with its own level (and rate) in brackets after its name
    # (落后于河北(255亿美元,增长34%), 仅次于宁波(12000亿元), 落后于温州(…)和绍兴(…)), are facts of those places
    case("compared-level-behind-rate", "2012年1-6月,陕西的进出口总值列全国第18位,落后于广西(141.2亿美元,增长36.5%)。",
         F("trade_total", 2012, "H1", 141.2, "亿美元", 36.5, region="广西"), region="陕西", pub="2012-07-15"),
    case("compared-level-second", "2023年,我市进出口总额列全省第3位,仅次于宁波(12680亿元)。",
         F("trade_total", 2023, "FY", 12680, "亿元", region="宁波"), region="台州", pub="2024-02-12"),
    case("compared-level-two", "2023年,嘉兴GDP列全省第5位,落后于温州(8730.6亿元)和绍兴(8000.0亿元)。",
         F("gdp", 2023, "FY", 8730.6, "亿元", region="温州"),
         F("gdp", 2023, "FY", 8000.0, "亿元", region="绍兴"), region="嘉兴", pub="2024-02-12"),
    # the near miss: a compared place with a rate in brackets stays a rate (compared-place), no level
    case("compared-level-rate-only", "上半年,全县GDP增长8.7%,高于全省(6.3%)2.4个百分点。",
         F("gdp", 2023, "H1", yoy=8.7, region="浦江"), F("gdp", 2023, "H1", yoy=6.3, region="浙江"),
         region="浦江", pub="2023-07-25"),
    # more names of the fiscal revenues: 公共财政总收入 (the total), 地方级公共财政收入, 地方级一般公共预算收入,
    # 地方一般预算性收入 (the general budget revenue)
    case("fiscal-names-public-total", "今年1-2月,全县实现公共财政总收入5.12亿元,增长6.4%。其中,地方级公共财政收入3.06亿元,增长4.7%。",
         F("fiscal_revenue_total", 2020, "M1-M2", 5.12, "亿元", 6.4, region="南靖"),
         F("fiscal_revenue_general", 2020, "M1-M2", 3.06, "亿元", 4.7, region="南靖"), region="南靖", pub="2020-03-20"),
    case("fiscal-names-local-level", "1-5月,全区地方级一般公共预算收入8.4亿元,增长3.9%。",
         F("fiscal_revenue_general", 2021, "M1-M5", 8.4, "亿元", 3.9, region="龙文"), region="龙文", pub="2021-06-18"),
    case("fiscal-names-budget-like", "一季度,全县完成财政总收入16230万元,同比增长12.6%,地方一般预算性收入7105万元,增长15.2%。",
         F("fiscal_revenue_total", 2017, "Q1", 16230, "万元", 12.6, region="紫阳"),
         F("fiscal_revenue_general", 2017, "Q1", 7105, "万元", 15.2, region="紫阳"), region="紫阳", pub="2017-04-20"),
    # the near miss: the central government's share is no revenue of the county
    case("fiscal-names-central", "1-2月,全县中央级收入1.98亿元,增长3.1%。", region="南靖", pub="2020-03-20"),
]


# Real pages, round 19 (Jiaxing and other Zhejiang counties).  Sentences are our own, modelled on the shapes.
REAL19_CASES = [
    # 金义新区, a functional zone that Jinhua lists among its counties and districts, is a place of its own
    # (vocab/region_updates.csv), not the home city with a zone word (金华新区)
    case("zone-jinyi-in-list", "1-6月,东阳市、武义县和金义新区进出口总额分别为120.5亿元、98.3亿元和87.6亿元。",
         F("trade_total", 2023, "H1", 120.5, "亿元", region="东阳"), F("trade_total", 2023, "H1", 98.3, "亿元", region="武义"),
         F("trade_total", 2023, "H1", 87.6, "亿元", region="金义新区"), region="金华", pub="2023-07-20"),
    case("zone-jinyi-subject", "上半年,金义新区实现地区生产总值212.4亿元,同比增长6.1%。",
         F("gdp", 2023, "H1", 212.4, "亿元", 6.1, region="金义新区"), region="金华", pub="2023-07-20"),
    case("zone-jinyi-rates", "一季度,兰溪市和金义新区一般公共预算收入分别增长3.2%和5.4%。",
         F("fiscal_revenue_general", 2023, "Q1", yoy=3.2, region="兰溪"),
         F("fiscal_revenue_general", 2023, "Q1", yoy=5.4, region="金义新区"), region="金华", pub="2023-04-20"),
    # 农民人均收入 is the rural residents' per-capita income (as 农村居民收入 is); 农民人均纯收入 is not it
    case("farmer-income-level-rate", "一季度,全区农民人均收入7125元,同比增长8.8%,排名全市第二。",
         F("income_rural_pc", 2017, "Q1", 7125, "元", 8.8, region="路桥"), region="路桥", pub="2017-04-25"),
    case("farmer-income-full-year", "2018年,全县农民人均收入达到32150元,增长9.1%。",
         F("income_rural_pc", 2018, "FY", 32150, "元", 9.1, region="仙居"), region="仙居", pub="2019-01-20"),
    case("farmer-income-listed", "上半年,城镇居民人均可支配收入28410元,农民人均收入15480元,分别增长6.2%和7.9%。",
         F("income_urban_pc", 2019, "H1", 28410, "元", 6.2, region="天台"),
         F("income_rural_pc", 2019, "H1", 15480, "元", 7.9, region="天台"), region="天台", pub="2019-07-22"),
    case("farmer-net-income-not-it", "2010年,全县农民人均纯收入8620元,增长12.1%。", region="三门", pub="2011-01-20"),
    # a web page's subheading of two short parts parted by one comma (桐乡增速最快,海盐紧随其后) is a line of its
    # own, not the start of the paragraph after it (whose subject it would blur); a sentence's lead-in cut by a
    # line break (据统计,今年一季度) is no subheading
    case("two-part-subheading-follows", "2025年,全市一般公共预算收入312.5亿元,增长3.1%。\n桐乡增速最快,海盐紧随其后\n"
         "桐乡市一般公共预算收入65.2亿元,增长8.4%,增速位居全市各县(市、区)首位。",
         F("fiscal_revenue_general", 2025, "FY", 312.5, "亿元", 3.1, region="嘉兴"),
         F("fiscal_revenue_general", 2025, "FY", 65.2, "亿元", 8.4, region="桐乡"), region="嘉兴", pub="2026-01-20"),
    case("two-part-subheading-rank", "上半年全市地区生产总值增长5.6%。\n吴兴领跑全市,长兴总量居次\n"
         "吴兴区实现地区生产总值412.3亿元,同比增长6.8%,总量和增速均列全市第一。",
         F("gdp", 2024, "H1", yoy=5.6, region="湖州"), F("gdp", 2024, "H1", 412.3, "亿元", 6.8, region="吴兴"),
         region="湖州", pub="2024-07-25"),
    case("two-part-subheading-second", "一季度全市进出口总额增长12.1%。\n义乌一枝独秀,永康稳居第二\n"
         "义乌市进出口总额1520.6亿元,同比增长18.2%,占全市的比重接近九成。",
         F("trade_total", 2024, "Q1", yoy=12.1, region="金华"), F("trade_total", 2024, "Q1", 1520.6, "亿元", 18.2, region="义乌"),
         region="金华", pub="2024-04-22"),
    case("two-part-lead-in-not-heading", "全市经济运行平稳。\n据统计,今年一季度\n全市规上工业增加值增长7.1%,增速比上年同期提高1.2个百分点。",
         F("industrial_value_added", 2024, "Q1", yoy=7.1, region="金华"), region="金华", pub="2024-04-22"),
    # 温岭市是台州…最为接近百亿的区县: after a place and 是, a place inside the words that end by naming a kind of
    # place (…的区县) is the one the subject is ranked within, not a new subject: the figures are the first place's
    case("ranked-within-county", "全市一般公共预算收入增长4.1%。椒江区是台州一般公共预算收入总量最大的区县,"
         "2025年全年累计金额达到了51.4亿元。", F("fiscal_revenue_general", 2025, "FY", yoy=4.1, region="台州"),
         F("fiscal_revenue_general", 2025, "FY", 51.4, "亿元", region="椒江"), region="台州", pub="2026-01-20"),
    case("ranked-within-city-county", "全市出口总额增长8.8%。东阳市是金华出口总额第三的县市,全年累计金额达到了286.5亿元。",
         F("exports", 2025, "FY", yoy=8.8, region="金华"), F("exports", 2025, "FY", 286.5, "亿元", region="东阳"),
         region="金华", pub="2026-01-20"),
    case("ranked-within-largest", "全市收入增长2.9%。\n海宁市是嘉兴一般公共预算收入最高的县市,全年累计金额达到了78.42亿元。",
         F("fiscal_revenue_general", 2025, "FY", 78.42, "亿元", region="海宁"), region="嘉兴", pub="2026-01-20"),
    # 其 before a rate word (其增速, 其同比增长率, 其增幅), in a sentence that names a place and no metric: the
    # place's rate of the metric the paragraph named last (vocab/metric_anaphora.csv, stands_for rate); a place
    # after 其中 that is its own subject is no part of a total of another kind
    case("rate-anaphor-speed", "2025年,全市一般公共预算收入312.5亿元。海宁市表现亮眼,其增速达到了7.2%,位居全市第一。",
         F("fiscal_revenue_general", 2025, "FY", 312.5, "亿元", region="嘉兴"),
         F("fiscal_revenue_general", 2025, "FY", yoy=7.2, region="海宁"), region="嘉兴", pub="2026-01-20"),
    case("rate-anaphor-after-qizhong", "2025年,全市地区生产总值7062.5亿元,两地差额在五亿之内。其中平湖市虽然总量不大,"
         "但其同比增长率达到了9.4%。", F("gdp", 2025, "FY", 7062.5, "亿元", region="嘉兴"),
         F("gdp", 2025, "FY", yoy=9.4, region="平湖"), region="嘉兴", pub="2026-01-20"),
    case("rate-anaphor-width", "上半年,全市社会消费品零售总额1050.2亿元。南湖区总量居中,其增幅为4.3%,略低于全市平均。",
         F("retail_sales", 2025, "H1", 1050.2, "亿元", region="嘉兴"),
         F("retail_sales", 2025, "H1", yoy=4.3, region="南湖"), region="嘉兴", pub="2025-07-20"),
    # so does a clause opening with the rate word (…,增幅为5.1%) after a place named before it (not 全市)
    case("rate-anaphor-clause-fall", "1-11月全市进出口总额8788.3亿元。其中东阳和武义尚实现了正增长,而金义新区却出现了"
         "下滑之势,降幅为8.0%。", F("trade_total", 2025, "M1-M11", 8788.3, "亿元", region="金华"),
         F("trade_total", 2025, "M1-M11", yoy=-8.0, region="金义新区"), region="金华", pub="2025-12-23"),
    case("rate-anaphor-clause-width", "2025年全市一般公共预算收入312.5亿元。海盐县表现稳健,增幅为5.1%。",
         F("fiscal_revenue_general", 2025, "FY", 312.5, "亿元", region="嘉兴"),
         F("fiscal_revenue_general", 2025, "FY", yoy=5.1, region="海盐"), region="嘉兴", pub="2026-01-20"),
    case("rate-anaphor-clause-speed", "2025年全市地区生产总值7062.5亿元。平湖市继续领跑全市,增速达到9.2%。",
         F("gdp", 2025, "FY", 7062.5, "亿元", region="嘉兴"), F("gdp", 2025, "FY", yoy=9.2, region="平湖"),
         region="嘉兴", pub="2026-01-20"),
    case("rate-anaphor-clause-whole-region", "2025年全市地区生产总值7062.5亿元。全市经济运行平稳,增速为5.5%。",
         F("gdp", 2025, "FY", 7062.5, "亿元", 5.5, region="嘉兴"), region="嘉兴", pub="2026-01-20"),
    # the near misses: no metric named before; the sentence's own metric before 其 keeps its rate
    case("rate-anaphor-nothing-before", "海宁市表现亮眼,其增速达到了7.2%。", region="嘉兴", pub="2026-01-20"),
    case("rate-anaphor-own-metric", "2025年,全市地区生产总值7062.5亿元,其增速为5.5%。",
         F("gdp", 2025, "FY", 7062.5, "亿元", 5.5, region="嘉兴"), region="嘉兴", pub="2026-01-20"),
    # (全部)规上工业, a time, then the verb that splits the name (规上工业1-10月实际完成工业增加值): one
    # above-size metric after its time, the time the figures'; the above-size industry is the whole region's
    case("split-name-time-between-all", "全部规上工业1-10月实际完成工业增加值252.5亿元,增幅-0.3%。",
         F("industrial_value_added", 2020, "M1-M10", 252.5, "亿元", -0.3, region="鄞州"), region="鄞州", pub="2020-11-23"),
    case("split-name-time-between-county", "全县规上工业1-6月累计完成工业增加值86.4亿元,同比增长7.2%。",
         F("industrial_value_added", 2021, "H1", 86.4, "亿元", 7.2, region="象山"), region="象山", pub="2021-07-20"),
    case("split-name-time-between-quarters", "全部规模以上工业前三季度实现工业增加值412.8亿元,增长6.5%。",
         F("industrial_value_added", 2022, "Q1-Q3", 412.8, "亿元", 6.5, region="余姚"), region="余姚", pub="2022-10-25"),
    case("split-name-time-between-output", "规上工业上半年完成工业总产值612.3亿元,同比增长9.1%。",
         F("industrial_output", 2023, "H1", 612.3, "亿元", 9.1, region="慈溪"), region="慈溪", pub="2023-07-20"),
    # an industry named before a short remark with no figure (增速领跑全省, 稳步回升), the next clause opening
    # with the rest of its name (增加值…): one metric, shared by the items listed before it
    case("split-name-across-remark-list", "上半年,全市经济稳中有进。分产业看,第一、第三产业增速领跑全省,增加值分别是"
         "52.6亿元、710.4亿元,分别增长4.8%、8.9%。", F("gdp_primary", 2023, "H1", 52.6, "亿元", 4.8, region="湖州"),
         F("gdp_tertiary", 2023, "H1", 710.4, "亿元", 8.9, region="湖州"), region="湖州", pub="2023-07-23"),
    case("split-name-across-remark-one", "上半年,第二产业稳步回升,增加值412.6亿元,增长5.2%。",
         F("gdp_secondary", 2023, "H1", 412.6, "亿元", 5.2, region="湖州"), region="湖州", pub="2023-07-23"),
    case("split-name-across-remark-short-items", "一季度,一、三产业保持较快增长,增加值分别为45.2亿元和612.8亿元。",
         F("gdp_primary", 2023, "Q1", 45.2, "亿元", region="湖州"), F("gdp_tertiary", 2023, "Q1", 612.8, "亿元", region="湖州"),
         region="湖州", pub="2023-04-23"),
    case("split-name-across-remark-share", "上半年,第二产业占比提高,增加值占GDP比重为45%。", region="湖州", pub="2023-07-23"),
    # the round level a figure nears (距离3000亿仅一步之遥, 离千亿大关只差一步) is a remark with no figure: the
    # rate after it is still the level's
    case("distance-to-round-level", "1-4月,全市共完成进出口总额2975.55亿元,距离3000亿仅一步之遥,同比增长了13.8%。",
         F("trade_total", 2025, "M1-M4", 2975.55, "亿元", 13.8, region="金华"), region="金华", pub="2025-05-23"),
    case("distance-to-round-level-gate", "2024年,全县地区生产总值986.4亿元,离千亿大关只差一步,增长6.1%。",
         F("gdp", 2024, "FY", 986.4, "亿元", 6.1, region="慈溪"), region="慈溪", pub="2025-02-10"),
    case("distance-to-round-level-still", "上半年,全区规上工业总产值492.7亿元,距离500亿元还有一步之遥,同比增长8.3%。",
         F("industrial_output", 2024, "H1", 492.7, "亿元", 8.3, region="北仑"), region="北仑", pub="2024-07-22"),
    # the near miss: the gap itself (还差24.45亿元) is no level
    # the bound of a counted group of places (不足200亿元的四地中, 超过500亿元的3个县市中) is no figure of the
    # home region's: the place after it, with its own figure, is the subject, of the metric the bound named
    case("group-bound-then-place-level", "1-11月,全市进出口总额8788.3亿元。在1-11月进出口总额不足200亿元的四地中,"
         "婺城区总量最高,累计金额为195.81亿元。", F("trade_total", 2025, "M1-M11", 8788.3, "亿元", region="金华"),
         F("trade_total", 2025, "M1-M11", 195.81, "亿元", region="婺城"), region="金华", pub="2025-12-23"),
    case("group-bound-then-place-rate", "前三季度,地区生产总值超过500亿元的3个县市中,海宁市增速最快,达到6.8%。",
         F("gdp", 2025, "Q1-Q3", yoy=6.8, region="海宁"), region="嘉兴", pub="2025-10-25"),
    case("group-bound-then-place-counties", "上半年,规上工业增加值超过100亿元的五个区县中,北仑区增长最快,增长9.2%。",
         F("industrial_value_added", 2025, "H1", yoy=9.2, region="北仑"), region="宁波", pub="2025-07-25"),
    # a count of the very units a metric covers (1112家规上企业) is the whole set also when a time stands
    # between it and the verb (全区1112家规上企业10月当月完成产值): no subset
    case("population-count-time-between-month", "10月,全区规上工业增加值增长7.9%。全区1112家规上企业10月当月完成产值"
         "126.41亿元,同比增长-0.44%。", F("industrial_value_added", 2020, "M10", yoy=7.9, region="鄞州"),
         F("industrial_output", 2020, "M10", 126.41, "亿元", -0.44, region="鄞州"), region="鄞州", pub="2020-11-23"),
    case("population-count-time-between-ytd", "全县486家规上工业企业1-9月实现工业总产值612.4亿元,增长7.7%。",
         F("industrial_output", 2020, "Q1-Q3", 612.4, "亿元", 7.7, region="宁海"), region="宁海", pub="2020-10-23"),
    case("population-count-time-between-half", "全市2310家规模以上工业企业上半年完成工业增加值980.2亿元,增长6.1%。",
         F("industrial_value_added", 2020, "H1", 980.2, "亿元", 6.1, region="台州"), region="台州", pub="2020-07-23"),
    case("population-count-time-between-other-firms", "全区37家重点企业1-9月完成产值92.1亿元,增长3.1%。",
         region="鄞州", pub="2020-10-23"),
    # a counted set of places with its places named in brackets (台州三县(仙居、天台和三门)) is the places' list,
    # no sector: their figures given by 分别 are theirs
    case("set-named-in-brackets-city", "2025年台州全市地方财政收入517.47亿元。台州三县(仙居、天台和三门)地方财政收入"
         "相对较低,分别只有31.96亿元、28.71亿元和27.13亿元。",
         F("fiscal_revenue_general", 2025, "FY", 517.47, "亿元", region="台州"),
         F("fiscal_revenue_general", 2025, "FY", 31.96, "亿元", region="仙居"),
         F("fiscal_revenue_general", 2025, "FY", 28.71, "亿元", region="天台"),
         F("fiscal_revenue_general", 2025, "FY", 27.13, "亿元", region="三门"), region="台州", pub="2026-02-05"),
    case("set-named-in-brackets-bare", "2025年,三县(仙居、天台和三门)一般公共预算收入分别为30.2亿元、27.5亿元和26.1亿元。",
         F("fiscal_revenue_general", 2025, "FY", 30.2, "亿元", region="仙居"),
         F("fiscal_revenue_general", 2025, "FY", 27.5, "亿元", region="天台"),
         F("fiscal_revenue_general", 2025, "FY", 26.1, "亿元", region="三门"), region="台州", pub="2026-02-05"),
    case("set-named-in-brackets-south", "前三季度,南部三县(宁海、象山和奉化)地区生产总值分别为512.3亿元、380.2亿元和420.5亿元。",
         F("gdp", 2020, "Q1-Q3", 512.3, "亿元", region="宁海"), F("gdp", 2020, "Q1-Q3", 380.2, "亿元", region="象山"),
         F("gdp", 2020, "Q1-Q3", 420.5, "亿元", region="奉化"), region="宁波", pub="2020-11-02"),
    # a metric's rate framed as the topic (从季度产值增幅看,) then bare percents after quarters: each quarter's rate
    # of that metric (产值 after an industrial sentence is its output); a frame of sectors' rates gives none
    case("rate-frame-quarters-output", "1-10月全区规上工业产值下降7.5%。从季度产值增幅看,一季度-27.1%,二季度-2.6%,"
         "三季度3%,三季度开始转正向好。", F("industrial_output", 2020, "M1-M10", yoy=-7.5, region="鄞州"),
         F("industrial_output", 2020, "Q1", yoy=-27.1, region="鄞州"), F("industrial_output", 2020, "Q2", yoy=-2.6, region="鄞州"),
         F("industrial_output", 2020, "Q3", yoy=3, region="鄞州"), region="鄞州", pub="2020-11-23"),
    case("rate-frame-quarters-gdp", "前三季度全县GDP增长6.0%。从季度GDP增速看,一季度5.1%,二季度6.4%,三季度6.3%。",
         F("gdp", 2020, "Q1-Q3", yoy=6.0, region="鄞州"), F("gdp", 2020, "Q1", yoy=5.1, region="鄞州"),
         F("gdp", 2020, "Q2", yoy=6.4, region="鄞州"), F("gdp", 2020, "Q3", yoy=6.3, region="鄞州"), region="鄞州", pub="2020-11-23"),
    case("rate-frame-each-quarter", "从各季度规上工业增加值增速看,一季度8.1%,二季度6.9%,三季度5.4%。",
         F("industrial_value_added", 2020, "Q1", yoy=8.1, region="鄞州"),
         F("industrial_value_added", 2020, "Q2", yoy=6.9, region="鄞州"),
         F("industrial_value_added", 2020, "Q3", yoy=5.4, region="鄞州"), region="鄞州", pub="2020-11-23"),
    case("rate-frame-sectors-not-periods", "从产值增幅看,高新技术产业12.1%,装备制造业9.8%。", region="鄞州", pub="2020-11-23"),
    # a period right before a rate named by the words after it (一季度7.5%的增速) cues the rate, and after a level
    # of another period it is that period's rate, not the level's
    case("period-named-rate-after-level", "今年上半年,义乌GDP达1261.28亿元,继续领跑金华各县市区,而一季度7.5%的增速更"
         "位列全省第三。", F("gdp", 2025, "H1", 1261.28, "亿元", region="义乌"), F("gdp", 2025, "Q1", yoy=7.5, region="义乌"),
         region="义乌", pub="2025-08-01"),
    case("period-named-rate-quarter-two", "上半年全县规上工业增加值112.4亿元,其中二季度9.1%的增长为近三年最高。",
         F("industrial_value_added", 2025, "H1", 112.4, "亿元", region="东阳"),
         F("industrial_value_added", 2025, "Q2", yoy=9.1, region="东阳"), region="东阳", pub="2025-07-25"),
    case("period-named-rate-half", "前三季度全市地区生产总值3216.1亿元,上半年6.2%的增速居全省第五。",
         F("gdp", 2025, "Q1-Q3", 3216.1, "亿元", region="台州"), F("gdp", 2025, "H1", yoy=6.2, region="台州"),
         region="台州", pub="2025-10-25"),
    case("period-named-rate-same-period", "上半年全县规上工业增加值112.4亿元,增长8.1%。",
         F("industrial_value_added", 2025, "H1", 112.4, "亿元", 8.1, region="东阳"), region="东阳", pub="2025-07-25"),
    case("distance-gap-not-level", "1-4月,全市进出口总额2975.55亿元,距离3000亿元还差24.45亿元。",
         F("trade_total", 2025, "M1-M4", 2975.55, "亿元", region="金华"), region="金华", pub="2025-05-23"),
]


REAL20 = [
    # a place named in the remark between two names of one metric is the subject of the second's figure
    # (not one metric split by the remark)
    case("remark-names-the-place", "前三季度,分产业看,第二产业增加值最高的是江阴市,第二产业增加值为2310.5亿元。",
         F("gdp_secondary", 2024, "Q1-Q3", 2310.5, "亿元", region="江阴"), region="无锡", pub=PUB_Q3),
    case("remark-names-the-place-county", "上半年,第一产业增加值最多的是沭阳县,第一产业增加值达到86.2亿元。",
         F("gdp_primary", 2024, "H1", 86.2, "亿元", region="沭阳"), region="宿迁"),
    # 持平 right after a rate in brackets (较全省平均水平(8.6%)持平) compares that rate: no rate of zero
    case("flat-after-bracketed-rate", "2022年,全县实现GDP为702.5亿元,经济总量跃居苏北县(市)第三,同比增长7.4%,"
         "与全省平均水平(7.4%)持平。", F("gdp", 2022, "FY", 702.5, "亿元", 7.4, region="涟水"),
         F("gdp", 2022, "FY", yoy=7.4, region="江苏"), region="涟水", pub="2023-02-10"),
    case("flat-after-bracketed-rate-half", "上半年,全市实现地区生产总值3530.6亿元,经济总量稳居全省第五,同比增长5.9%,"
         "较全省(5.9%)持平。", F("gdp", 2023, "H1", 3530.6, "亿元", 5.9, region="扬州"),
         F("gdp", 2023, "H1", yoy=5.9, region="江苏"), region="扬州", pub="2023-07-30"),
    case("flat-after-metric-name", "2021年,全县实现GDP为980.3亿,经济总量居全市第一,同比增长8.1%,较全省平均(8.1%)持平。",
         F("gdp", 2021, "FY", 980.3, "亿元", 8.1, region="泗阳"), F("gdp", 2021, "FY", yoy=8.1, region="江苏"),
         region="泗阳", pub="2022-02-10"),
    case("flat-equal-to-place", "一季度,全区规上工业增加值增长8.3%,与全市平均水平(8.3%)相当。",
         F("industrial_value_added", 2024, "Q1", yoy=8.3, region="金坛"),
         F("industrial_value_added", 2024, "Q1", yoy=8.3, region="常州"), region="金坛", pub="2024-04-19"),
    # the near miss: 持平 of its own (no rate before it) is still a rate of zero
    case("flat-alone-still-zero", "一季度,全县社会消费品零售总额与去年同期持平。",
         F("retail_sales", 2023, "Q1", yoy=0.0, region="沛县"), region="沛县", pub="2023-04-20"),
    # a metric that is its clause alone (maybe described, maybe with a time), then a place opening the next
    # clause with the figure: the metric's figure for that place
    case("topic-metric-then-place", "工业用电量,我市1至8月累计实现41.36亿千瓦时,同比增长2.3%。",
         F("industrial_electricity", 2019, "M1-M8", 41.36, "亿千瓦时", 2.3, region="溧阳"), region="溧阳",
         pub="2019-09-20"),
    case("topic-metric-aspect-time-place", "社会消费品零售总额方面,1-5月全县完成96.2亿元,增长6.8%。",
         F("retail_sales", 2023, "M1-M5", 96.2, "亿元", 6.8, region="如东"), region="如东", pub="2023-06-21"),
    case("topic-metric-described", "作为经济运行“风向标”的全社会用电量,全市上半年达到58.7亿千瓦时,同比增长4.4%。",
         F("electricity_consumption", 2024, "H1", 58.7, "亿千瓦时", 4.4, region="句容"), region="句容",
         pub="2024-07-18"),
    case("topic-metric-time-first", "一季度规上工业增加值,我区同比增长9.1%,增幅居全市第二。",
         F("industrial_value_added", 2024, "Q1", yoy=9.1, region="高淳"), region="高淳", pub="2024-04-22"),
    # the near miss: a metric inside a clause of other words is no topic of the next clause
    case("topic-metric-inside-clause", "市里专题研究如何稳住工业用电量,我市1至8月为企业减免电费2.1亿元。", region="溧阳",
         pub="2019-09-20"),
    # a plan the clause says was met, its slogan in quotes after the verb (目标任务实现了“时间过半、完成过半”),
    # makes no plan of the figures after it
    case("plan-met-slogan", "上半年,全市主要目标任务实现了“时间过半、完成过半”,地区生产总值同比增长6.1%。",
         F("gdp", 2023, "H1", yoy=6.1, region="扬州"), region="扬州", pub="2023-07-25"),
    case("plan-met-slogan-no-le", "上半年,全县年度目标任务实现“双过半”,规上工业增加值增长8.2%。",
         F("industrial_value_added", 2023, "H1", yoy=8.2, region="涟水"), region="涟水", pub="2023-07-25"),
    case("plan-met-slogan-done", "前三季度,全区各项目标完成了“序时进度”,固定资产投资增长9.3%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=9.3, region="江宁"), region="江宁", pub="2023-10-25"),
    # the near miss: a plan that is to reach a slogan stays a plan
    case("plan-slogan-to-reach", "今年的目标是实现“两个翻番”,地区生产总值增长8%。", region="涟水", pub="2023-03-01"),
    # 规上工业生产 with its rate (规上工业生产同比增长0.9%) is the above-size industry's rate, as 规上工业增长 is
    case("industry-production-rate", "1-7月份,全县规上工业生产同比增长1.4%,降幅较一季度收窄9.2个百分点。",
         F("industrial_value_added", 2020, "M1-M7", yoy=1.4, region="长丰"), region="长丰", pub="2020-08-21"),
    case("industry-production-rate-full-name", "一季度,全市规模以上工业生产增长5.1%,增速比1-2月加快0.6个百分点。",
         F("industrial_value_added", 2021, "Q1", yoy=5.1, region="芜湖"), region="芜湖", pub="2021-04-22"),
    case("industry-production-speed", "上半年,全区规上工业生产增速为6.2%。",
         F("industrial_value_added", 2022, "H1", yoy=6.2, region="鸠江"), region="鸠江", pub="2022-07-20"),
    # the near miss: the firms of that production are counted, no rate
    case("industry-production-firms", "目前全县规上工业生产企业增长到512家。", region="长丰", pub="2020-08-21"),
    # an item that with the head of the next item makes one of our metrics (全社会固定资产、服务业投资:
    # 全社会固定资产投资), while the next makes none, is that metric, first of a 分别 list
    case("head-item-investment", "今年上半年,全市全社会固定资产、服务业投资同比分别增长6.9%、14.2%。",
         F("fixed_asset_investment", 2020, "H1", yoy=6.9, region="溧阳"), region="溧阳", pub="2020-08-12"),
    case("head-item-investment-and", "1-5月,全县固定资产、民间投资分别增长9.1%和6.4%。",
         F("fixed_asset_investment", 2021, "M1-M5", yoy=9.1, region="沛县"), region="沛县", pub="2021-06-18"),
    case("head-item-retail", "前三季度,全市社会消费品零售、网络零售总额分别增长5.6%、12.1%。",
         F("retail_sales", 2022, "Q1-Q3", yoy=5.6, region="宿迁"), region="宿迁", pub="2022-10-30"),
    # the near miss: no 分别 list, the rate after the two items is not the first item's
    case("head-item-no-list", "上半年,全区固定资产、民间投资增长较快,增幅超过10%。", region="鸠江", pub="2022-07-20"),
    # a metric framed as the whole its parts come from (在第三产业中，…) has no figure of its own there
    case("parts-frame-tertiary", "上半年,全市第三产业增加值1200.5亿元,增长7.3%。在第三产业中,金融业增长9.8%,"
         "批发和零售业增长6.1%。", F("gdp_tertiary", 2013, "H1", 1200.5, "亿元", 7.3, region="常州"), region="常州",
         pub="2013-07-25"),
    case("parts-frame-investment", "一季度,全市固定资产投资增长8.1%。在固定资产投资中,工业投资增长12.4%,"
         "房地产开发投资下降3.1%。", F("fixed_asset_investment", 2016, "Q1", yoy=8.1, region="镇江"),
         F("industrial_investment", 2016, "Q1", yoy=12.4, region="镇江"), region="镇江", pub="2016-04-20"),
    case("parts-frame-retail", "1-5月,全县社会消费品零售总额增长6.2%。在社会消费品零售总额中,餐饮收入增长12.0%,"
         "商品零售增长5.1%。", F("retail_sales", 2019, "M1-M5", yoy=6.2, region="兴化"), region="兴化", pub="2019-06-20"),
    case("parts-frame-exports", "上半年,全市出口增长4.6%。在出口中,机电产品增长8.3%,劳动密集型产品下降2.1%。",
         F("exports", 2019, "H1", yoy=4.6, region="南通"), region="南通", pub="2019-07-22"),
    # the near misses: a metric of ours inside the frame keeps its figure (above); a metric framed as the
    # topic (在…指标上) is the figure's
    case("parts-frame-topic-kept", "上半年,在规模以上工业增加值指标上,原阳县同比增长13.8%。",
         F("industrial_value_added", 2019, "H1", yoy=13.8, region="原阳"), region="新乡", pub="2019-07-25"),
    # the above-size firms counted before their name (全县429家规上工业企业,) name the population of the
    # 产值/增加值 in the clauses after: those are the above-size industry's figures
    case("population-counted-before", "2023年,全区612家规上工业企业,累计实现产值1820.5亿元,增加值同比增长7.6%。",
         F("industrial_output", 2023, "FY", 1820.5, "亿元", region="江都"),
         F("industrial_value_added", 2023, "FY", yoy=7.6, region="江都"), region="江都", pub="2024-01-25"),
    case("population-counted-before-hu", "1-6月,全县318户规模以上工业企业,完成产值402.3亿元,同比增长9.2%。",
         F("industrial_output", 2023, "H1", 402.3, "亿元", 9.2, region="宝应"), region="宝应", pub="2023-07-20"),
    case("population-counted-before-short", "前三季度,全区205家规上企业,产值达到356.8亿元,增长5.5%。",
         F("industrial_output", 2023, "Q1-Q3", 356.8, "亿元", 5.5, region="邗江"), region="邗江", pub="2023-10-25"),
    # the near miss: a counted subset (新增的…) is no population of the whole
    case("population-counted-new", "前三季度,新增的56家规上工业企业,实现产值12.3亿元。", region="邗江",
         pub="2023-10-25"),
    # a sentence whose rate names, after its place, a thing of a metric's kind that is no metric of ours
    # (规下工业, 民营工业, 技改投资) does not hand that rate back to the figure of the sentence before
    case("orphan-other-thing-industry", "2021年,全县规上工业增加值612.4亿元。同时,全县规下工业同比增长11%。",
         F("industrial_value_added", 2021, "FY", 612.4, "亿元", region="肥东"), region="肥东", pub="2022-01-20"),
    case("orphan-other-thing-private", "上半年,全区规上工业总产值完成215.6亿元。全区民营工业同比增长7.9%。",
         F("industrial_output", 2023, "H1", 215.6, "亿元", region="蜀山"), region="蜀山", pub="2023-07-20"),
    case("orphan-other-thing-investment", "1-5月,全县固定资产投资完成86.2亿元。全县技改投资同比增长15.4%。",
         F("fixed_asset_investment", 2023, "M1-M5", 86.2, "亿元", region="庐江"), region="庐江", pub="2023-06-20"),
    # the near miss: the place alone with its rate goes on with the figure before
    case("orphan-place-alone", "1-5月,全县固定资产投资完成86.2亿元。全县同比增长15.4%。",
         F("fixed_asset_investment", 2023, "M1-M5", 86.2, "亿元", 15.4, region="庐江"), region="庐江", pub="2023-06-20"),
    # a rate word compared with an earlier period's own rate (增速比一季度的7%有所加快) gives that period's rate
    case("compared-period-rate", "上半年,全市实现生产总值3120.5亿元,同比增长6.4%,增速比一季度的5.9%有所加快。",
         F("gdp", 2023, "H1", 3120.5, "亿元", 6.4, region="常州"), F("gdp", 2023, "Q1", yoy=5.9, region="常州"),
         region="常州", pub="2023-07-28"),
    case("compared-period-rate-months", "1-6月,全县规上工业增加值增长8.6%,增幅较1-5月的8.9%回落0.3个百分点。",
         F("industrial_value_added", 2023, "H1", yoy=8.6, region="海安"),
         F("industrial_value_added", 2023, "M1-M5", yoy=8.9, region="海安"), region="海安", pub="2023-07-20"),
    case("compared-period-rate-fall", "前三季度,全市固定资产投资下降2.1%,降幅比上半年的下降3.5%收窄1.4个百分点。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=-2.1, region="盐城"),
         F("fixed_asset_investment", 2023, "H1", yoy=-3.5, region="盐城"), region="盐城", pub="2023-10-26"),
    # the near miss: a gap in points after the period, with no rate of its own, is no fact of that period
    case("compared-period-points-only", "1-6月,全县规上工业增加值增长8.6%,增幅比1-5月回落0.3个百分点。",
         F("industrial_value_added", 2023, "H1", yoy=8.6, region="海安"), region="海安", pub="2023-07-20"),
    # a figure-less sentence before 其中 that prints only a year (2023年一季度…) is no total of another
    # thing: the metrics after 其中 stay the region's
    case("qizhong-after-year-only", "2023年一季度,全市坚持稳中求进,经济运行取得良好开局。其中,固定资产投资同比增长21.4%。",
         F("fixed_asset_investment", 2023, "Q1", yoy=21.4, region="滁州"), region="滁州", pub="2023-05-18"),
    case("qizhong-after-year-only-fy", "2022年,面对复杂形势,全县经济稳中有进。其中,规上工业增加值增长9.8%。",
         F("industrial_value_added", 2022, "FY", yoy=9.8, region="凤阳"), region="凤阳", pub="2023-01-20"),
    case("qizhong-after-year-only-months", "2023年1-5月,我区坚持项目为王,投资持续发力。其中,工业投资同比增长15.2%。",
         F("industrial_investment", 2023, "M1-M5", yoy=15.2, region="琅琊"), region="琅琊", pub="2023-06-20"),
    # the near miss: a total of another thing with its level, then 其中: the parts of that total
    case("qizhong-after-other-total", "上半年,全区民营经济实现增加值122.6亿元。其中,第一产业增加值3.2亿元。", region="琅琊",
         pub="2023-07-18"),
    # a place opening its clause with 为 and a bare percent, after another place's rate and its rank,
    # is that metric's rate for the place (六安增速达到6.2%,位居第四;安庆为5.8%)
    case("place-rate-after-rank", "一季度全省生产总值同比增长5.2%。六安增速达到6.2%,位居第四;安庆为5.8%,阜阳增速为5.6%。",
         F("gdp", 2022, "Q1", yoy=5.2, region="安徽"), F("gdp", 2022, "Q1", yoy=6.2, region="六安"),
         F("gdp", 2022, "Q1", yoy=5.8, region="安庆"), F("gdp", 2022, "Q1", yoy=5.6, region="阜阳"),
         region="安徽", pub="2022-04-28"),
    case("place-rate-after-rank-city", "上半年,全市规上工业增加值增长8.3%。如皋增速达到9.4%,居全市第一;海安为8.8%,居第二。",
         F("industrial_value_added", 2023, "H1", yoy=8.3, region="南通"),
         F("industrial_value_added", 2023, "H1", yoy=9.4, region="如皋"),
         F("industrial_value_added", 2023, "H1", yoy=8.8, region="海安"), region="南通", pub="2023-07-25"),
    case("place-rate-after-rank-shi", "前三季度,全省GDP增长5.9%。常州增速为6.8%,位列第二;扬州是6.1%,位列第五。",
         F("gdp", 2023, "Q1-Q3", yoy=5.9, region="江苏"), F("gdp", 2023, "Q1-Q3", yoy=6.8, region="常州"),
         F("gdp", 2023, "Q1-Q3", yoy=6.1, region="扬州"), region="江苏", pub="2023-10-28"),
    # the near miss: a share named before its percent is no rate of the place
    case("place-rate-share", "上半年,全市规上工业增加值增长8.3%。如皋增速达到9.4%,居全市第一;海安占比为31.5%。",
         F("industrial_value_added", 2023, "H1", yoy=8.3, region="南通"),
         F("industrial_value_added", 2023, "H1", yoy=9.4, region="如皋"), region="南通", pub="2023-07-25"),
    # 进出口值, 出口值, 进口值: the trade metrics named with 值 (as 进出口总值)
    case("trade-value-month", "上半年,全区外贸进出口总值612.4亿元,同比增长4.6%。其中6月份进出口值118.7亿元,创年内新高。",
         F("trade_total", 2024, "H1", 612.4, "亿元", 4.6, region="吴中"),
         F("trade_total", 2024, "M6", 118.7, "亿元", region="吴中"), region="吴中", pub="2024-07-30"),
    case("trade-value-exports", "1-5月,全县出口值达到312.6亿元,同比增长7.7%。",
         F("exports", 2024, "M1-M5", 312.6, "亿元", 7.7, region="海门"), region="海门", pub="2024-06-20"),
    case("trade-value-imports", "一季度,全县进口值46.2亿元,下降3.1%。",
         F("imports", 2024, "Q1", 46.2, "亿元", -3.1, region="如东"), region="如东", pub="2024-04-20"),
    # the near miss: the word without a figure
    case("trade-value-no-figure", "今年以来,全市外贸进出口值稳步攀升。", region="如东", pub="2024-04-20"),
    # a figure's bound that describes the level it holds (保持120亿元以上高位, 在3000亿元以上水平) is no
    # exclusion (元以上 of 500万元以上项目): the month's figure after 其中 stays the region's
    case("bound-level-high", "今年以来,全区单月外贸进出口值保持100亿元以上高位,其中5月份进出口值131.2亿元。",
         F("trade_total", 2024, "M5", 131.2, "亿元", region="吴中"), region="吴中", pub="2024-06-20"),
    case("bound-level-water", "今年以来,全市月度规上工业产值稳定在3000亿元以上水平,其中5月份规上工业产值3265.5亿元,"
         "同比增长6.1%。", F("industrial_output", 2024, "M5", 3265.5, "亿元", 6.1, region="苏州"), region="苏州",
         pub="2024-06-22"),
    case("bound-level-de", "今年以来,全县月度社会消费品零售总额保持在20亿元以上的水平,其中3月份社会消费品零售总额"
         "23.6亿元,增长5.2%。", F("retail_sales", 2024, "M3", 23.6, "亿元", 5.2, region="沭阳"), region="沭阳",
         pub="2024-04-20"),
    # the near miss: 元以上 before the things it picks is a subset
    case("bound-picks-projects", "1-5月,全市500万元以上项目完成固定资产投资210.6亿元,增长8.2%。", region="宿迁",
         pub="2024-06-20"),
    # a year with the rank it had (排名由2015年全省第33位跃升至第13位) is the rank's time, not the
    # time of the figures after it
    case("rank-of-time", "2020年,全县经济排名由2015年全省第33位跃升至第13位。全县规上工业增加值增长8.1%。",
         F("industrial_value_added", 2020, "FY", yoy=8.1, region="凤阳"), region="凤阳", pub="2021-02-24"),
    case("rank-of-time-ming", "2022年,全市经济总量由2017年全省第8名前移至第6名。全市固定资产投资增长5.5%。",
         F("fixed_asset_investment", 2022, "FY", yoy=5.5, region="滁州"), region="滁州", pub="2023-02-10"),
    case("rank-of-time-semicolon", "2021年,全县综合排名由2016年全市第5位升至第2位;全县一般公共预算收入增长9.3%。",
         F("fiscal_revenue_general", 2021, "FY", yoy=9.3, region="天长"), region="天长", pub="2022-02-10"),
    # the near miss: a quarter named with its ordinal (2019年第一季度) is the figures' time
    case("rank-of-time-quarter", "2019年第一季度,全市GDP增长7.1%。",
         F("gdp", 2019, "Q1", yoy=7.1, region="滁州"), region="滁州", pub="2024-02-24"),
    # 规上产值 is the above-size output's name: after a sector named before it (三大主导产业累计完成规上产值),
    # its figures and the 增加值 after them are the sector's, not the region's
    case("above-size-output-sector", "2021年,全县规上工业增加值增长18%。电子、汽车和家电三大主导产业累计完成规上产值"
         "1195.9亿元,实现增加值162.2亿元,增长19.3%。", F("industrial_value_added", 2021, "FY", yoy=18, region="肥东"),
         region="肥东", pub="2022-01-20"),
    case("above-size-output-region", "1-5月,全县完成规上产值803.6亿元,同比增长6.6%。",
         F("industrial_output", 2021, "M1-M5", 803.6, "亿元", 6.6, region="长丰"), region="长丰", pub="2021-06-20"),
    case("above-size-output-rate", "上半年,全区规上产值同比增长7.1%,规上工业增加值增长8.0%。",
         F("industrial_output", 2023, "H1", yoy=7.1, region="蜀山"),
         F("industrial_value_added", 2023, "H1", yoy=8.0, region="蜀山"), region="蜀山", pub="2023-07-20"),
    # the near miss: firms counted by their output are no output figure
    case("above-size-output-firms", "上半年,全县规上产值超亿元企业达到86家。", region="长丰", pub="2023-07-20"),
    # a place that leads or ranks with a rate (长丰县以6.3%高居榜首), after a metric's rate word that is its
    # clause alone (从GDP增速来看,), has that metric's rate
    case("rate-ranked-viewpoint", "2020年,从GDP增速来看,长丰县以6.3%高居榜首,肥西县排在第2。",
         F("gdp", 2020, "FY", yoy=6.3, region="长丰"), region="合肥", pub="2021-02-24"),
    case("rate-ranked-colon", "2020年,各县区地区生产总值增速:长丰县以6.3%领跑,肥西县以5.9%居次。",
         F("gdp", 2020, "FY", yoy=6.3, region="长丰"), F("gdp", 2020, "FY", yoy=5.9, region="肥西"),
         region="合肥", pub="2021-02-24"),
    case("rate-ranked-industry", "2022年,从规上工业增加值增速看,如皋市以9.6%位居全市第一。",
         F("industrial_value_added", 2022, "FY", yoy=9.6, region="如皋"), region="南通", pub="2023-02-21"),
    # the near miss: a share a place ranks with is no rate
    case("rate-ranked-share", "2022年,从规上工业增加值看,如皋市以9.6%的占比居首。", region="南通", pub="2023-02-21"),
]


REAL21 = [
    # a numbered heading (一、综合) after a page's paragraph that lost its full stop starts a paragraph when a
    # blank line or a line longer than any column's stands before it: the places of the paragraph above
    # (视察湖南和郴州…) are not the subjects of the figures under the heading
    case("heading-after-blank-line", "全县上下认真贯彻习近平总书记考察湖南和郴州重要讲话精神,坚持稳中求进工作总基调,"
         "统筹发展和安全,奋力谱写中国式现代化新篇章\n\n一、综合\n\n全年实现地区生产总值(GDP)2156030万元,"
         "按可比价比上年增长5.1%。", F("gdp", 2023, "FY", 2156030, "万元", 5.1, region="桂东"), region="桂东", pub="2024-04-10"),
    case("heading-double-spaced-page", "2023年,在县委坚强领导下,全县上下深入贯彻习近平总书记视察江西和吉安重要讲话精神,"
         "扎实推进各项工作,经济社会发展稳中有进\n\n二、工业\n\n全年规模以上工业增加值比上年增长7.6%。\n\n"
         "三、投资\n\n全年固定资产投资比上年增长4.2%。\n\n",
         F("industrial_value_added", 2023, "FY", yoy=7.6, region="永丰"),
         F("fixed_asset_investment", 2023, "FY", yoy=4.2, region="永丰"), region="永丰", pub="2024-04-10"),
    case("heading-after-long-line", "2022年,面对复杂严峻的外部环境,全区上下认真落实习近平总书记视察四川和广元重要指示精神,坚持稳中求进,"
         "统筹发展和安全,经济运行总体平稳\n一、综合\n全年实现地区生产总值186.4亿元,比上年增长3.9%。",
         F("gdp", 2022, "FY", 186.4, "亿元", 3.9, region="昭化"), region="昭化", pub="2023-03-28"),
    # the near misses: a column's short line that reads like a heading (二、三产业增加值分别) goes on the
    # sentence, also after a blank line a column's break left
    case("heading-like-column-line", "全年全县第一、\n二、三产业增加值分别\n为12.3亿元、45.6亿元和78.9亿元。",
         F("gdp_primary", 2023, "FY", 12.3, "亿元", region="永丰"), F("gdp_secondary", 2023, "FY", 45.6, "亿元", region="永丰"),
         F("gdp_tertiary", 2023, "FY", 78.9, "亿元", region="永丰"), region="永丰", pub="2024-04-10"),
    case("heading-like-column-line-blank", "全年全县第\n\n一、二、三产业增加\n值分别为12.3亿\n元、45.6亿元和78.9亿元。",
         F("gdp_primary", 2023, "FY", 12.3, "亿元", region="永丰"), F("gdp_secondary", 2023, "FY", 45.6, "亿元", region="永丰"),
         F("gdp_tertiary", 2023, "FY", 78.9, "亿元", region="永丰"), region="永丰", pub="2024-04-10"),
    # 三次产业 / 一、二、三产业 after the GDP, with 分别 and a verb (分别完成, 分别实现增加值), lists the three
    # sectors' value added
    case("sectors-listed-done", "2022年,全县地区生产总值达到98.6亿元,增长4.2%,三次产业分别完成13.2亿元、35.7亿元、49.7亿元。",
         F("gdp", 2022, "FY", 98.6, "亿元", 4.2, region="资溪"), F("gdp_primary", 2022, "FY", 13.2, "亿元", region="资溪"),
         F("gdp_secondary", 2022, "FY", 35.7, "亿元", region="资溪"), F("gdp_tertiary", 2022, "FY", 49.7, "亿元", region="资溪"),
         region="资溪", pub="2023-04-12"),
    case("sectors-listed-split-verb", "上半年全区GDP同比增长5.3%,三次产业分别实现增加值8.41亿元、66.02亿元和90.15亿元。",
         F("gdp", 2023, "H1", yoy=5.3, region="西秀"), F("gdp_primary", 2023, "H1", 8.41, "亿元", region="西秀"),
         F("gdp_secondary", 2023, "H1", 66.02, "亿元", region="西秀"), F("gdp_tertiary", 2023, "H1", 90.15, "亿元", region="西秀"),
         region="西秀", pub="2023-07-30"),
    case("sectors-numbered-split-verb", "2023年全市生产总值1206.4亿元,一、二、三产业分别完成增加值141.3亿元、452.8亿元和612.3亿元。",
         F("gdp", 2023, "FY", 1206.4, "亿元", region="永州"), F("gdp_primary", 2023, "FY", 141.3, "亿元", region="永州"),
         F("gdp_secondary", 2023, "FY", 452.8, "亿元", region="永州"), F("gdp_tertiary", 2023, "FY", 612.3, "亿元", region="永州"),
         region="永州", pub="2024-02-20"),
    # the near miss: the sectors' shares of growth and structure are no levels
    case("sectors-contribution-shares", "2022年,全县GDP增长4.2%,三次产业对经济增长的贡献率分别为9.1%、52.3%和38.6%,"
         "三次产业结构为13.4:36.2:50.4。", F("gdp", 2022, "FY", yoy=4.2, region="资溪"), region="资溪", pub="2023-04-12"),
    # an earlier year's milestone in a remark (这是继2021年突破100亿元之后) is that year's level, and moves no time:
    # the rate and the figures after it are the year's own
    case("milestone-remark-rate-after", "2023年,全市地区生产总值达到1052.3亿元,这是继2020年突破900亿元之后,又迈上新台阶,"
         "按可比价计算比上年增长6.1%。", F("gdp", 2023, "FY", 1052.3, "亿元", 6.1, region="遂宁"),
         F("gdp", 2020, "FY", 900, "亿元", qualifier="over", region="遂宁"), region="遂宁", pub="2024-03-15"),
    case("milestone-remark-later-figure", "全年实现财政总收入58.6亿元,这也是继2019年突破50亿元之后再创新高,"
         "其中一般公共预算收入31.2亿元,同比增长7.5%。", F("fiscal_revenue_total", 2023, "FY", 58.6, "亿元", region="遂宁"),
         F("fiscal_revenue_total", 2019, "FY", 50, "亿元", qualifier="over", region="遂宁"),
         F("fiscal_revenue_general", 2023, "FY", 31.2, "亿元", 7.5, region="遂宁"), region="遂宁", pub="2024-03-15"),
    case("milestone-remark-year-of-later", "2022年,全县生产总值达到115.8亿元,这是继2021年突破100亿元之后的又一跨越,"
         "其中工业增加值实现32.8亿元,同比增长6.8%。", F("gdp", 2022, "FY", 115.8, "亿元", region="资溪"),
         F("gdp", 2021, "FY", 100, "亿元", qualifier="over", region="资溪"),
         F("industrial_value_added", 2022, "FY", 32.8, "亿元", 6.8, region="资溪"), region="资溪", pub="2023-04-12"),
    # a city's short name (南昌, 长沙, 衡阳) names the city, not the county of the same short name printed with
    # its unit (南昌县): the title's figure and the body's are one fact of the city
    case("city-short-name-not-county", "南昌一季度实现GDP1204.6亿元\n一季度,全市地区生产总值为1204.6亿元,同比下降3.8%。",
         F("gdp", 2020, "Q1", 1204.6, "亿元", -3.8, region="南昌"), region="南昌", pub="2020-04-28"),
    case("city-short-name-half", "长沙上半年GDP达6931.2亿元\n上半年,全市地区生产总值6931.2亿元,增长4.6%。",
         F("gdp", 2023, "H1", 6931.2, "亿元", 4.6, region="长沙"), region="长沙", pub="2023-07-28"),
    case("city-short-name-quarter", "衡阳一季度GDP达1002.3亿元\n一季度,全市生产总值1002.3亿元,增长5.1%。",
         F("gdp", 2023, "Q1", 1002.3, "亿元", 5.1, region="衡阳"), region="衡阳", pub="2023-04-25"),
    # two places or more with their joint total (南昌、九江两市共实现, A和B合计完成, 三县共完成) give neither place's figure
    case("places-joint-total-counted", "一季度,宜春、萍乡两市共实现生产总值1108.4亿元,占全省的16.2%。", region="宜春", pub="2024-04-28"),
    case("places-joint-total-sum-word", "上半年,常德和益阳合计完成固定资产投资902.6亿元,同比增长6.3%。", region="常德", pub="2024-07-28"),
    case("places-joint-total-three", "1-5月,禅城、南海和顺德三区共实现社会消费品零售总额1312.5亿元,增长4.4%。", region="佛山", pub="2024-06-25"),
    # the near misses: each place's own figure (分别, 均), and one place's total with 共
    case("places-joint-total-each", "一季度,宜春、萍乡GDP分别为902.3亿元和306.1亿元。",
         F("gdp", 2024, "Q1", 902.3, "亿元", region="宜春"), F("gdp", 2024, "Q1", 306.1, "亿元", region="萍乡"),
         region="宜春", pub="2024-04-28"),
    case("places-joint-total-one-place", "一季度,萍乡共实现生产总值306.1亿元,增长4.8%。",
         F("gdp", 2024, "Q1", 306.1, "亿元", 4.8, region="萍乡"), region="宜春", pub="2024-04-28"),
    # a metric framing the parts named after it (在第三产业中, 第三产业中,) has no figure there: the parts'
    # rates are not the sector's
    case("frame-in-sector", "2023年全县第三产业增加值96.4亿元,增长5.8%。在第三产业中,批发和零售业增加值增长6.2%,"
         "金融业增加值增长4.1%。", F("gdp_tertiary", 2023, "FY", 96.4, "亿元", 5.8, region="茶陵"), region="茶陵", pub="2024-04-02"),
    case("frame-sector-comma", "上半年全县第三产业增加值增长4.9%。第三产业中,住宿和餐饮业增加值增长9.3%。",
         F("gdp_tertiary", 2024, "H1", yoy=4.9, region="茶陵"), region="茶陵", pub="2024-07-30"),
    case("frame-secondary-no-comma", "一季度全市生产总值增长5.6%。在第二产业中建筑业增加值增长3.4%。",
         F("gdp", 2024, "Q1", yoy=5.6, region="株洲"), region="株洲", pub="2024-04-26"),
    # the near miss: 其中 names a part of the figure before, and that part's own figure counts
    case("frame-qizhong-part", "2023年全县地区生产总值238.1亿元,增长5.2%,其中第三产业增加值增长6.0%。",
         F("gdp", 2023, "FY", 238.1, "亿元", 5.2, region="茶陵"), F("gdp_tertiary", 2023, "FY", yoy=6.0, region="茶陵"),
         region="茶陵", pub="2024-04-02"),
    # a list of places opening the sentence after one metric's figure, its figures given by 分别/依次 after a
    # connector (则分别以, 也分别, 则依次): the same metric's figures, place by place
    case("places-then-distributive-ze", "前三季度,南宁GDP总量为4207.9亿元。柳州和桂林则分别以2246.5亿元、1806.9亿元,继续稳居第2、3位。",
         F("gdp", 2022, "Q1-Q3", 4207.9, "亿元", region="南宁"), F("gdp", 2022, "Q1-Q3", 2246.5, "亿元", region="柳州"),
         F("gdp", 2022, "Q1-Q3", 1806.9, "亿元", region="桂林"), region="广西", pub="2022-10-30"),
    case("places-then-distributive-ye", "前三季度,全市社会消费品零售总额增长5.2%。城中区和柳北区也分别增长6.3%和5.9%。",
         F("retail_sales", 2022, "Q1-Q3", yoy=5.2, region="柳州"), F("retail_sales", 2022, "Q1-Q3", yoy=6.3, region="城中"),
         F("retail_sales", 2022, "Q1-Q3", yoy=5.9, region="柳北"), region="柳州", pub="2022-10-30"),
    case("places-then-ordered-ze", "上半年全市规上工业增加值增长6.1%。柳南区、鱼峰区则依次增长8.2%、7.5%。",
         F("industrial_value_added", 2022, "H1", yoy=6.1, region="柳州"),
         F("industrial_value_added", 2022, "H1", yoy=8.2, region="柳南"),
         F("industrial_value_added", 2022, "H1", yoy=7.5, region="鱼峰"), region="柳州", pub="2022-07-30"),
    # the near miss: places with a connector and no figures of their own
    case("places-then-no-figures", "前三季度,全市社会消费品零售总额增长5.2%。城中区和柳北区则增长较快。",
         F("retail_sales", 2022, "Q1-Q3", yoy=5.2, region="柳州"), region="柳州", pub="2022-10-30"),
    # industries listed and summed up by a counted head (纺织、食品和建材三大产业产值, 两大主导产业产值) are a
    # sector: its rate is not the level's before it
    case("counted-head-industries-output", "上半年,全县规上工业总产值312.4亿元,纺织、食品和建材三大产业产值增长5.1%。",
         F("industrial_output", 2023, "H1", 312.4, "亿元", region="永丰"), region="永丰", pub="2023-07-30"),
    case("counted-head-two-leading", "1-8月,全区规上工业总产值205.6亿元,电子信息、装备制造两大主导产业产值增长12.3%。",
         F("industrial_output", 2023, "M1-M8", 205.6, "亿元", region="江津"), region="江津", pub="2023-09-20"),
    case("counted-head-value-added", "前三季度,全县规上工业增加值58.2亿元,化工、医药和纺织三类行业增加值同比增长6.6%。",
         F("industrial_value_added", 2023, "Q1-Q3", 58.2, "亿元", region="永丰"), region="永丰", pub="2023-10-30"),
    # the near miss: an item of a list of metrics (、高新技术产品产值) is still no metric of ours, and the
    # level's own rate stays
    case("counted-head-level-own-rate", "上半年,全县规上工业总产值312.4亿元,增长6.3%,纺织、食品和建材三大产业产值增长5.1%。",
         F("industrial_output", 2023, "H1", 312.4, "亿元", 6.3, region="永丰"), region="永丰", pub="2023-07-30"),
    # a bracket inside the subject (镇(街), 乡(镇), 镇(街道)) does not cut it: the towns' figure is no region's
    case("subject-bracket-towns", "1-10月,全区规上工业总产值2069.7亿元,同比下降3.9%。镇(街)规上工业累计实现产值642.7亿元,同比下降2.5%。",
         F("industrial_output", 2020, "M1-M10", 2069.7, "亿元", -3.9, region="花都"), region="花都", pub="2020-11-20"),
    case("subject-bracket-townships", "上半年,全县固定资产投资增长6.2%,乡(镇)固定资产投资增长3.1%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.2, region="浮山"), region="浮山", pub="2023-07-25"),
    case("subject-bracket-subdistricts", "一季度,全区社会消费品零售总额185.6亿元,增长4.2%;镇(街道)社会消费品零售总额61.3亿元,增长3.5%。",
         F("retail_sales", 2024, "Q1", 185.6, "亿元", 4.2, region="花都"), region="花都", pub="2024-04-25"),
    # the near miss: the home region with a note in brackets stays the region
    case("subject-bracket-home-note", "上半年,花都区(含空港)规上工业增加值增长8.1%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="花都"), region="花都", pub="2024-07-25"),
    # the population of firms counted as 在库 (规上工业在库企业, 在库规上工业企业), also after 该市/我县, is the
    # whole industry: the bare 增加值 after it is the above-size industry's
    case("population-in-register-this-city", "从邢台市统计局获悉,上半年,该市规模以上工业在库企业1667家,增加值同比增长8.1%。",
         F("industrial_value_added", 2023, "H1", yoy=8.1, region="邢台"), region="邢台", pub="2023-07-28"),
    case("population-in-register-county", "1-5月,全县规上工业在库企业212家,增加值增长6.4%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=6.4, region="浮山"), region="浮山", pub="2023-06-20"),
    case("population-register-first", "前三季度,全区在库规上工业企业305家,实现增加值56.2亿元,增长7.7%。",
         F("industrial_value_added", 2023, "Q1-Q3", 56.2, "亿元", 7.7, region="花都"), region="花都", pub="2023-10-25"),
    case("population-our-county", "上半年,我县规上工业企业186家,增加值增长7.3%。",
         F("industrial_value_added", 2023, "H1", yoy=7.3, region="浮山"), region="浮山", pub="2023-07-25"),
    # the near miss: the count alone and its change are no figure
    case("population-register-count-only", "上半年,全市规模以上工业在库企业1667家,比上年同期增加58家。",
         region="邢台", pub="2023-07-28"),
    # a lead that turns to the rates (从增速来看, 从增幅看, 增速方面) lets the place opening the clause after it take
    # the metric of the sentence before, as a place opening the sentence does
    case("rate-view-place-growth-scale", "一季度,青岛GDP总量为3037.4亿元。从增速来看,淄博同比增幅19.5%,为目前最高。",
         F("gdp", 2021, "Q1", 3037.4, "亿元", region="青岛"), F("gdp", 2021, "Q1", yoy=19.5, region="淄博"),
         region="山东", pub="2021-04-29"),
    case("rate-view-increase", "上半年,周口社会消费品零售总额1025.6亿元。从增幅看,鹿邑增长8.8%,居全市首位。",
         F("retail_sales", 2024, "H1", 1025.6, "亿元", region="周口"), F("retail_sales", 2024, "H1", yoy=8.8, region="鹿邑"),
         region="周口", pub="2024-07-30"),
    case("rate-view-aspect", "前三季度,全市规上工业增加值增长7.9%。增速方面,项城增长11.2%,领跑全市。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.9, region="周口"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=11.2, region="项城"), region="周口", pub="2024-10-25"),
    # the near miss: a rate lead with no place after it gives nothing more
    case("rate-view-no-place", "一季度,全市规上工业增加值增长8.1%。从增速来看,位居全省第三。",
         F("industrial_value_added", 2021, "Q1", yoy=8.1, region="淄博"), region="淄博", pub="2021-04-29"),
    # a place named by a superlative of the rate (增速最快的是X) with its own figure after a comma (，增长12.2%,
    # ，仅3.0%) is that place's figure of the metric before, not the subject of the figures before it
    case("superlative-place-own-rate-same-sentence", "一季度,全市固定资产投资增长7.5%,增速最快的是柳南区,增长15.2%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=7.5, region="柳州"),
         F("fixed_asset_investment", 2024, "Q1", yoy=15.2, region="柳南"), region="柳州", pub="2024-04-25"),
    case("superlative-place-next-sentence", "上半年,全省地区生产总值1675.6亿元,同比增长8.0%。增速最快的是临高县,增长12.2%。",
         F("gdp", 2014, "H1", 1675.6, "亿元", 8.0, region="海南"), F("gdp", 2014, "H1", yoy=12.2, region="临高"),
         region="海南", pub="2014-07-26"),
    case("superlative-increase-next-sentence", "上半年,全市规上工业增加值增长6.1%。增幅最大的是鱼峰区,同比增长9.8%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="柳州"),
         F("industrial_value_added", 2024, "H1", yoy=9.8, region="鱼峰"), region="柳州", pub="2024-07-25"),
    case("superlative-place-only-word", "上半年,全省地区生产总值1675.6亿元,同比增长8.0%,增速最慢的是五指山市,仅3.0%。",
         F("gdp", 2014, "H1", 1675.6, "亿元", 8.0, region="海南"), F("gdp", 2014, "H1", yoy=3.0, region="五指山"),
         region="海南", pub="2014-07-26"),  # (仅3.0% after a rate word: a growth cue since rounds 32 and 33)
    # a verdict on the level between the metric and its verb, with no comma (总量较少为, 最高为) or with 仅 after
    # the comma (相对较低，仅…): the figure is the metric's
    case("verdict-no-comma-less", "前三季度,甘南GDP总量较少为157.0亿元。", F("gdp", 2020, "Q1-Q3", 157.0, "亿元", region="甘南"),
         region="甘肃", pub="2020-11-17"),
    case("verdict-no-comma-most", "上半年,兰州社会消费品零售总额最高为756.3亿元,增长3.1%。",
         F("retail_sales", 2021, "H1", 756.3, "亿元", 3.1, region="兰州"), region="甘肃", pub="2021-07-30"),
    case("verdict-only-after-comma", "前三季度,嘉峪关一般公共预算收入相对较低,仅15.2亿元。",
         F("fiscal_revenue_general", 2021, "Q1-Q3", 15.2, "亿元", region="嘉峪关"), region="甘肃", pub="2021-10-30"),
    # the near miss: a change after a comparison word is no level
    case("verdict-change-not-level", "前三季度,甘南GDP总量较上年同期增加12.1亿元。", region="甘肃", pub="2020-11-17"),
    # a place a superlative of the rate names before the comma and the figure's verb (增速最快的是曲靖，达到12%,
    # 增速最高的是鱼峰区，为15.1%) stands out of the rate phrase: it is the figure's subject
    case("superlative-place-comma-verb-next", "2021年,全省GDP增长7.3%。16个州市中,GDP增速最快的是曲靖,达到12%。",
         F("gdp", 2021, "FY", yoy=7.3, region="云南"), F("gdp", 2021, "FY", yoy=12, region="曲靖"),
         region="云南", pub="2022-02-26"),
    case("superlative-place-comma-wei", "上半年,全市规上工业增加值增速最高的是鱼峰区,为15.1%。",
         F("industrial_value_added", 2022, "H1", yoy=15.1, region="鱼峰"), region="柳州", pub="2022-07-26"),
    case("superlative-place-comma-increase", "前三季度,各县区社会消费品零售总额增幅最大的是城关区,达到9.4%。",
         F("retail_sales", 2022, "Q1-Q3", yoy=9.4, region="城关"), region="兰州", pub="2022-10-26"),
    # the near miss: a rate word with words and a comma but no superlative's place keeps the rate the metric's
    case("superlative-none-comma-verb", "前三季度,全市社会消费品零售总额增速有所回落,为4.4%。",
         F("retail_sales", 2022, "Q1-Q3", yoy=4.4, region="兰州"), region="兰州", pub="2022-10-26"),
    # a place opening a sentence with 以 + its figure + 跻身 (a class or a ranking it entered) is a ranked place:
    # the figure is the metric's of the sentence before
    case("ranked-place-enters-class", "2021年,昆明GDP为7222.5亿元。玉溪市也以2352.3亿元跻身“2000亿”行列。",
         F("gdp", 2021, "FY", 7222.5, "亿元", region="昆明"), F("gdp", 2021, "FY", 2352.3, "亿元", region="玉溪"),
         region="云南", pub="2022-02-26"),
    case("ranked-place-enters-top", "2021年,昆明GDP为7222.5亿元。玉溪以2352.3亿元跻身全省前五。",
         F("gdp", 2021, "FY", 7222.5, "亿元", region="昆明"), F("gdp", 2021, "FY", 2352.3, "亿元", region="玉溪"),
         region="云南", pub="2022-02-26"),
    case("ranked-place-enters-then", "2021年,昆明GDP为7222.5亿元。曲靖则以3393.9亿元跻身全国百强。",
         F("gdp", 2021, "FY", 7222.5, "亿元", region="昆明"), F("gdp", 2021, "FY", 3393.9, "亿元", region="曲靖"),
         region="云南", pub="2022-02-26"),
    # the near miss: a class entered with no figure of the place's own
    case("ranked-place-enters-no-figure", "2021年,昆明GDP为7222.5亿元。大理州跻身千亿行列。",
         F("gdp", 2021, "FY", 7222.5, "亿元", region="昆明"), region="云南", pub="2022-02-26"),
    # 今年 with a period that ends half a year or more after publication (今年1-11月 in January, 今年前三季度 in
    # February) was written before the year ended: last year's figures; 全年 and 下半年 stay (a plan's)
    case("unfinished-period-november", "今年以来,全区经济平稳运行。1-11月,规上工业增加值同比增长9.1%。",
         F("industrial_value_added", 2024, "M1-M11", yoy=9.1, region="汉台"), region="汉台", pub="2025-01-10"),
    case("unfinished-period-three-quarters", "今年前三季度,全县地区生产总值同比增长5.2%。",
         F("gdp", 2024, "Q1-Q3", yoy=5.2, region="汉台"), region="汉台", pub="2025-02-12"),
    case("unfinished-period-october", "今年1-10月,全市社会消费品零售总额865.2亿元,增长4.1%。",
         F("retail_sales", 2024, "M1-M10", 865.2, "亿元", 4.1, region="汉中"), region="汉中", pub="2025-01-03"),
    # the near miss: a period already over stays the publication year's
    case("unfinished-period-over", "今年上半年,全区规上工业增加值同比增长9.1%。",
         F("industrial_value_added", 2025, "H1", yoy=9.1, region="汉台"), region="汉台", pub="2025-07-20"),
    # a sentence opened by a part of the economy (民营经济中, 非公有制经济中) holds its figures: the sectors'
    # value added after it are that part's, not the region's
    case("subset-frame-private", "2020年,全县地区生产总值131.1亿元,增长4.5%。民营经济中,第一产业增加值5.8亿元,增长6.7%,"
         "第二产业增加值37.3亿元,增长5.4%,第三产业增加值32.7亿元,增长2.8%。",
         F("gdp", 2020, "FY", 131.1, "亿元", 4.5, region="承德县"), region="承德县", pub="2021-06-28"),
    case("subset-frame-non-public", "2017年,全市地区生产总值601.4亿元,增长8.1%。非公有制经济中,第二产业增加值186.1亿元,增长9.6%;"
         "第三产业增加值134.2亿元,增长7.4%。", F("gdp", 2017, "FY", 601.4, "亿元", 8.1, region="巴中"), region="巴中", pub="2018-04-10"),
    case("subset-frame-private-firms", "上半年,全区规上工业增加值增长7.1%。民营企业中,规上工业增加值增长8.3%。",
         F("industrial_value_added", 2024, "H1", yoy=7.1, region="汉台"), region="汉台", pub="2024-07-20"),
    # the near miss: 其中 with no part named keeps the region's parts
    case("subset-frame-qizhong-parts", "2020年,全县地区生产总值131.1亿元,增长4.5%。其中,第一产业增加值46.3亿元,增长6.6%。",
         F("gdp", 2020, "FY", 131.1, "亿元", 4.5, region="承德县"), F("gdp_primary", 2020, "FY", 46.3, "亿元", 6.6, region="承德县"),
         region="承德县", pub="2021-06-28"),
    # a sentence with no metric that lists periods and their rates with 分别 (分季度看，一季度、上半年、前三季度增速
    # 分别为…) gives the rates of the metric before, one per period; a rate's own minus sign stays its own
    # (分别为-9.9%、0.5%: the next rates are not negative)
    case("period-list-rates-quarterly", "2020年,全市地区生产总值531.6亿元,比上年增长4.5%。分季度看,一季度、上半年、前三季度增速"
         "分别为-9.9%、0.5%、3.5%。", F("gdp", 2020, "FY", 531.6, "亿元", 4.5, region="三河"),
         F("gdp", 2020, "Q1", yoy=-9.9, region="三河"), F("gdp", 2020, "H1", yoy=0.5, region="三河"),
         F("gdp", 2020, "Q1-Q3", yoy=3.5, region="三河"), region="三河", pub="2021-04-15"),
    case("period-list-rates-months", "1-5月,全县规上工业增加值增长6.1%。1-3月、1-4月增速分别为4.2%和5.3%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=6.1, region="灵寿"),
         F("industrial_value_added", 2024, "Q1", yoy=4.2, region="灵寿"),
         F("industrial_value_added", 2024, "M1-M4", yoy=5.3, region="灵寿"), region="灵寿", pub="2024-06-20"),
    case("rates-own-minus-then-plain", "上半年,全县出口、进口增速分别为-3.1%、2.4%。",
         F("exports", 2024, "H1", yoy=-3.1, region="三河"), F("imports", 2024, "H1", yoy=2.4, region="三河"),
         region="三河", pub="2024-07-20"),
    # the near miss: a decline verb makes every rate of its list a decline
    case("rates-decline-verb-list", "上半年,全县出口、进口分别下降3.1%、2.4%。",
         F("exports", 2024, "H1", yoy=-3.1, region="三河"), F("imports", 2024, "H1", yoy=-2.4, region="三河"),
         region="三河", pub="2024-07-20"),
]


REAL25_CASES = [
    # a short clause on how the metric moved (no figure, no place) between it and the verb that gives its value
    case("trend-clause-then-verb", "上半年,全县固定资产投资保持平稳增长,共完成投资86.4亿元,同比增长9.2%。",
         F("fixed_asset_investment", 2022, "H1", 86.4, "亿元", 9.2, region="宜都"), region="宜都", pub="2022-07-25"),
    case("trend-clause-then-verb-retail", "1-8月,全区社会消费品零售总额稳步回升,实现52.7亿元,增长6.8%。",
         F("retail_sales", 2021, "M1-M8", 52.7, "亿元", 6.8, region="涪陵"), region="涪陵", pub="2021-09-18"),
    case("trend-two-clauses-then-verb", "今年一季度,全市一般公共预算收入在经历年初的波动后,增势逐步向好,完成18.3亿元。",
         F("fiscal_revenue_general", 2020, "Q1", 18.3, "亿元", region="绵阳"), region="绵阳", pub="2020-04-22"),
    # the near miss: a part named after 其中 takes the figure, not the metric of the trend clause
    case("trend-clause-then-part", "上半年,全县规上工业增加值增势良好,其中食品加工业完成12.6亿元,增长9.3%。",
         region="宜都", pub="2022-07-25"),
    # 国民生产总值 of a county or district (a local paper's word for its GDP); with no place, the nation's
    case("gnp-word-of-county", "2023年1月至9月,全县国民生产总值同比增长6.4%。",
         F("gdp", 2023, "Q1-Q3", yoy=6.4, region="商水"), region="商水", pub="2024-01-08"),
    case("gnp-word-of-district", "一季度,全区国民生产总值完成63.8亿元,增长5.6%。",
         F("gdp", 2022, "Q1", 63.8, "亿元", 5.6, region="涪陵"), region="涪陵", pub="2022-04-20"),
    case("gnp-word-of-named-county", "上半年,郸城县国民生产总值增长7.1%,增速居全市第二。",
         F("gdp", 2021, "H1", yoy=7.1, region="郸城"), region="周口", pub="2021-07-28"),
    case("gnp-word-of-nation", "去年国民生产总值增长5.2%,全县经济稳中有进。", region="商水", pub="2024-01-08"),
    # 规模以上增加值 (工业 left out), 每人平均可支配收入 (人均 spelt out)
    case("above-size-value-added-no-industry", "1-7月,全州规模以上增加值完成88.2亿元,同比增长12.4%。",
         F("industrial_value_added", 2013, "M1-M7", 88.2, "亿元", 12.4, region="黔南"), region="黔南",
         pub="2013-08-20"),
    case("above-size-value-added-no-industry-county", "前三季度全县规模以上增加值增长9.6%。",
         F("industrial_value_added", 2014, "Q1-Q3", yoy=9.6, region="锦屏"), region="锦屏", pub="2014-10-21"),
    case("above-size-value-added-no-industry-city", "上半年,遵义市规模以上增加值达到412.5亿元。",
         F("industrial_value_added", 2015, "H1", 412.5, "亿元", region="遵义"), region="遵义", pub="2015-07-24"),
    case("per-person-average-income-urban", "一季度,城镇居民每人平均可支配收入达到8125元,增长11.2%。",
         F("income_urban_pc", 2013, "Q1", 8125, "元", 11.2, region="德阳"), region="德阳", pub="2013-04-26"),
    case("per-person-average-income-rural", "上半年,农村居民每人平均可支配收入6230元,同比增长9.8%。",
         F("income_rural_pc", 2016, "H1", 6230, "元", 9.8, region="南充"), region="南充", pub="2016-07-22"),
    case("per-person-average-income-all", "前三季度,全市居民每人平均可支配收入21640元,增长7.7%。",
         F("income_pc", 2019, "Q1-Q3", 21640, "元", 7.7, region="宜宾"), region="宜宾", pub="2019-10-25"),
    # an industry's investment (第一产业投资) after the investment metric framed as the topic: its rate is no
    # rate of the whole investment
    case("sector-investment-after-topic", "1-5月,从固定资产投资情况看,第一产业投资同比增长18.4%,第二产业投资增长"
         "16.2%,其中工业投资增长15.9%。", F("industrial_investment", 2022, "M1-M5", yoy=15.9, region="南充"),
         region="南充", pub="2022-06-18"),
    case("sector-investment-after-topic-district", "上半年,从全区投资情况看,全区固定资产投资中,第三产业投资增长7.4%。",
         region="涪陵", pub="2022-07-20"),
    case("sector-investment-after-topic-county", "1-9月,分产业看固定资产投资,第二产业投资增长11.6%,第三产业投资下降3.2%。",
         region="宜都", pub="2021-10-20"),
    # the near miss: the whole investment's own rate before the industries' still counts
    case("sector-investment-after-whole-rate", "1-5月,全县固定资产投资比上年增长8.1%,其中,第一产业投资增长12.3%。",
         F("fixed_asset_investment", 2022, "M1-M5", yoy=8.1, region="宜都"), region="宜都", pub="2022-06-18"),
    # a place named by a superlative of the rates, then a verb and its rate: the place's rate, not the home's
    case("superlative-place-then-verb", "2017年,全区生产总值增长4.0%。GDP增速最快的是锡林郭勒盟,为6.3%。",
         F("gdp", 2017, "FY", yoy=4.0, region="内蒙古"), F("gdp", 2017, "FY", yoy=6.3, region="锡林郭勒盟"),
         region="内蒙古", pub="2018-03-02"),
    case("superlative-place-then-reach", "上半年,规上工业增加值增幅最高的是达拉特旗,达12.1%。",
         F("industrial_value_added", 2019, "H1", yoy=12.1, region="达拉特旗"), region="鄂尔多斯", pub="2019-07-30"),
    case("superlative-place-then-verb-county", "前三季度,分县区看,地区生产总值增速最快的是泸县,为9.4%。",
         F("gdp", 2018, "Q1-Q3", yoy=9.4, region="泸县"), region="泸州", pub="2018-10-29"),
    # the near miss: an industry named by the superlative is no place
    case("superlative-industry-then-verb", "上半年,各行业中增速最快的是信息服务业,为18.2%。",
         region="鄂尔多斯", pub="2019-07-30"),
    # a metric's rate that moved from an earlier period's (its time with no 的, or the rate named 的增速 after it)
    case("metric-rate-shift-named-after", "前三季度,全省经济稳中有进,GDP从上半年6.9%的增速回升到7.1%。",
         F("gdp", 2018, "Q1-Q3", yoy=7.1, region="陕西"), F("gdp", 2018, "H1", yoy=6.9, region="陕西"),
         region="陕西", pub="2018-10-22"),
    case("metric-rate-shift-bare", "1-8月,全市固定资产投资从1-7月的5.2%加快到6.0%。",
         F("fixed_asset_investment", 2018, "M1-M8", yoy=6.0, region="宝鸡"),
         F("fixed_asset_investment", 2018, "M1-M7", yoy=5.2, region="宝鸡"), region="宝鸡", pub="2018-09-20"),
    case("metric-rate-shift-by", "1-10月,全县规上工业增加值由前三季度7.4%的增幅提高至7.9%。",
         F("industrial_value_added", 2018, "M1-M10", yoy=7.9, region="勉县"),
         F("industrial_value_added", 2018, "Q1-Q3", yoy=7.4, region="勉县"), region="勉县", pub="2018-11-20"),
    # the near miss: a ratio that moved is no growth
    case("ratio-shift-no-growth", "前三季度,全市城镇化率从上半年50.2%提高到51.3%。", region="宝鸡", pub="2018-10-22"),
    # industries listed, then 分别 before the verb that splits their name (第一、第二产业分别实现增加值)
    case("split-name-listed-respectively", "上半年,第一、第二产业分别实现增加值132.7亿元和708.8亿元,增幅为3.9%和8.5%。",
         F("gdp_primary", 2014, "H1", 132.7, "亿元", 3.9, region="绵阳"),
         F("gdp_secondary", 2014, "H1", 708.8, "亿元", 8.5, region="绵阳"), region="绵阳", pub="2014-07-24"),
    case("split-name-listed-respectively-done", "2015年,全县第一产业、第三产业分别完成增加值12.3亿元、40.5亿元,分别增长3.6%、9.1%。",
         F("gdp_primary", 2015, "FY", 12.3, "亿元", 3.6, region="旬阳"),
         F("gdp_tertiary", 2015, "FY", 40.5, "亿元", 9.1, region="旬阳"), region="旬阳", pub="2016-03-10"),
    case("split-name-listed-respectively-short", "一季度,第二、三产业分别实现增加值81.9亿元和90.3亿元。",
         F("gdp_secondary", 2012, "Q1", 81.9, "亿元", region="德阳"),
         F("gdp_tertiary", 2012, "Q1", 90.3, "亿元", region="德阳"), region="德阳", pub="2012-04-25"),
    # the near miss: sectors' value added, listed the same way, are no region's
    case("split-name-listed-sectors", "上半年,全市装备制造业、高新技术产业分别实现增加值109.8亿元、168.0亿元。",
         region="德阳", pub="2014-07-24"),
    # months listed before the one that prints 月 share it (3、4、5月), each a period of its own
    case("shared-month-list-rates", "今年以来,全市各月固定资产投资增速保持平稳,3、4、5月增长速度分别为18.9%、19.4%和20.2%。",
         F("fixed_asset_investment", 2015, "M3", yoy=18.9, region="南充"),
         F("fixed_asset_investment", 2015, "M4", yoy=19.4, region="南充"),
         F("fixed_asset_investment", 2015, "M5", yoy=20.2, region="南充"), region="南充", pub="2015-07-20"),
    case("shared-month-list-respectively", "全县规上工业增加值10、11、12月分别增长6.2%、7.1%和7.5%。",
         F("industrial_value_added", 2016, "M10", yoy=6.2, region="勉县"),
         F("industrial_value_added", 2016, "M11", yoy=7.1, region="勉县"),
         F("industrial_value_added", 2016, "M12", yoy=7.5, region="勉县"), region="勉县", pub="2017-01-20"),
    case("shared-month-list-two", "今年,全区社会消费品零售总额7、8月增长5.3%和6.1%。",
         F("retail_sales", 2019, "M7", yoy=5.3, region="涪陵"),
         F("retail_sales", 2019, "M8", yoy=6.1, region="涪陵"), region="涪陵", pub="2019-09-25"),
    # the near miss: a cumulative period after the listed month is no month of the list
    # a rate that moved from one period's to another period's, both named (从一季度的5.1%提高到上半年的6.2%)
    case("rate-shift-to-named-period", "今年以来,全市规上工业增加值增速从一季度的5.1%提高到上半年的6.2%。",
         F("industrial_value_added", 2019, "H1", yoy=6.2, region="宜宾"),
         F("industrial_value_added", 2019, "Q1", yoy=5.1, region="宜宾"), region="宜宾", pub="2019-07-21"),
    case("rate-shift-to-named-months", "1-8月,全县固定资产投资增速由1-5月的3.1%加快至1-8月的4.6%。",
         F("fixed_asset_investment", 2019, "M1-M8", yoy=4.6, region="勉县"),
         F("fixed_asset_investment", 2019, "M1-M5", yoy=3.1, region="勉县"), region="勉县", pub="2019-09-20"),
    case("rate-shift-to-named-quarter", "今年以来,全区社会消费品零售总额增速从上半年的4.2%回升到前三季度的5.0%。",
         F("retail_sales", 2019, "Q1-Q3", yoy=5.0, region="涪陵"),
         F("retail_sales", 2019, "H1", yoy=4.2, region="涪陵"), region="涪陵", pub="2019-10-25"),
    # the near miss: a share that moved between two named periods is no growth
    case("share-shift-to-named-period", "今年以来,全市高新技术产业增加值占比从一季度的41.5%提高到上半年的43.2%。",
         region="宜宾", pub="2019-07-21"),
    case("month-then-cumulative", "全区社会消费品零售总额6月、1-6月分别增长5.3%和6.1%。",
         F("retail_sales", 2019, "M6", yoy=5.3, region="涪陵"),
         F("retail_sales", 2019, "H1", yoy=6.1, region="涪陵"), region="涪陵", pub="2019-07-25"),
]


REAL24 = [
    # a year some way back with a history's event (成立, 撤县设市, 获批: vocab/event_words.csv) and no figure
    # sets no time: the next paragraph's 全年 is the year before publication
    case("event-year-founded", "1985年,地级临港市成立。全市辖3个区。\n全年地区生产总值2860.4亿元,比上年增长6.2%。",
         F("gdp", 2017, "FY", 2860.4, "亿元", 6.2, region="日照"), region="日照", pub="2018-05-20"),
    case("event-year-county-city", "1993年,经国务院批准撤县设市。\n全年一般公共预算收入41.3亿元,增长7.5%。",
         F("fiscal_revenue_general", 2020, "FY", 41.3, "亿元", 7.5, region="荣成"), region="荣成", pub="2021-04-10"),
    case("event-year-zone", "2006年,省级经济开发区挂牌。\n全年规模以上工业增加值增长9.1%。",
         F("industrial_value_added", 2015, "FY", yoy=9.1, region="胶州"), region="胶州", pub="2016-03-12"),
    # the near miss: a year that names the figures after it in its sentence is their time
    case("event-year-figure", "2010年,撤县设市当年全市生产总值达到125.6亿元。",
         F("gdp", 2010, "FY", 125.6, "亿元", region="石狮"), region="石狮", pub="2018-05-20"),
    # a county's short name before a judgement (表现, 增势, 势头: vocab/subject_words.csv) is its clause's
    # subject: the rate after 其 is that place's, for the metric named in the sentence before
    case("judged-place-rate", "1-5月,石狮、南安和惠安财政收入分别为21.4亿元、18.2亿元和9.6亿元。三地之中,南安表现最佳,"
         "其同比增长率达到11%。", F("fiscal_revenue_total", 2024, "M1-M5", 21.4, "亿元", region="石狮"),
         F("fiscal_revenue_total", 2024, "M1-M5", 18.2, "亿元", 11, region="南安"),
         F("fiscal_revenue_total", 2024, "M1-M5", 9.6, "亿元", region="惠安"), region="泉州", pub="2024-06-25"),
    case("judged-place-momentum", "1-8月,寿光、青州两地财政收入分别为66.1亿元和40.3亿元。青州增势最猛,其增速为9.5%。",
         F("fiscal_revenue_total", 2024, "M1-M8", 66.1, "亿元", region="寿光"),
         F("fiscal_revenue_total", 2024, "M1-M8", 40.3, "亿元", 9.5, region="青州"), region="潍坊", pub="2024-09-25"),
    case("judged-place-trend", "上半年,胶州、平度地区生产总值分别为820.5亿元和430.7亿元。平度势头强劲,其增幅达到6.8%。",
         F("gdp", 2024, "H1", 820.5, "亿元", region="胶州"), F("gdp", 2024, "H1", 430.7, "亿元", 6.8, region="平度"),
         region="青岛", pub="2024-07-25"),
    # a rate word right after a place's name (而丰南增速仅为2.4%) is that place's rate of the metric before
    case("place-rate-word", "1-5月,迁西、玉田财政收入分别为8.4亿元和7.9亿元。迁西增速为3.1%,而玉田增速仅为0.6%。",
         F("fiscal_revenue_total", 2024, "M1-M5", 8.4, "亿元", 3.1, region="迁西"),
         F("fiscal_revenue_total", 2024, "M1-M5", 7.9, "亿元", 0.6, region="玉田"), region="唐山", pub="2024-06-25"),
    case("place-rate-word-also", "前三季度,晋江、石狮出口分别为520.3亿元和210.6亿元。晋江增幅达到7.2%,石狮增幅也达到5.5%。",
         F("exports", 2024, "Q1-Q3", 520.3, "亿元", 7.2, region="晋江"),
         F("exports", 2024, "Q1-Q3", 210.6, "亿元", 5.5, region="石狮"), region="泉州", pub="2024-10-25"),
    # 涨 and 大涨 are growth verbs, 涨幅 a rate word
    case("growth-zhang", "1-5月,遵化市财政收入9.7亿元,与上年同期相比,遵化大涨15.2%。",
         F("fiscal_revenue_total", 2024, "M1-M5", 9.7, "亿元", 15.2, region="遵化"), region="唐山", pub="2024-06-25"),
    case("growth-zhangfu", "上半年,全县社会消费品零售总额67.4亿元,涨幅为6.1%。",
         F("retail_sales", 2024, "H1", 67.4, "亿元", 6.1, region="正定"), region="正定", pub="2024-07-25"),
    # the near miss: the places compared with (远在路北和丰南之上) keep no rate; the judged one has it
    case("judged-place-compared", "1-5月,路北、丰南财政收入分别为27.1亿元和22.5亿元。迁安表现最佳,其增速达到12%,远在路北和丰南之上。",
         F("fiscal_revenue_total", 2024, "M1-M5", 27.1, "亿元", region="路北"),
         F("fiscal_revenue_total", 2024, "M1-M5", 22.5, "亿元", region="丰南"),
         F("fiscal_revenue_total", 2024, "M1-M5", yoy=12, region="迁安"), region="唐山", pub="2024-06-25"),
    # a rate on a nominal basis (名义, 按现价计算: vocab/nominal_bases.csv) gives way to the real one named with it
    case("nominal-then-real", "上半年,全市生产总值1860亿元,按现行价格计算,同比增长9.4%;按不变价格计算,同比增长6.1%。",
         F("gdp", 2022, "H1", 1860, "亿元", 6.1, region="保定"), region="保定", pub="2022-07-25"),
    case("nominal-real-words", "一季度,全县地区生产总值98.6亿元,名义增长8.2%,实际增长5.3%。",
         F("gdp", 2023, "Q1", 98.6, "亿元", 5.3, region="正定"), region="正定", pub="2023-04-25"),
    case("real-then-nominal", "前三季度,全市生产总值2450.7亿元,按可比价格计算增长4.9%,按现价计算增长7.6%。",
         F("gdp", 2023, "Q1-Q3", 2450.7, "亿元", 4.9, region="唐山"), region="唐山", pub="2023-10-25"),
    # the near miss: an income grows nominally: its nominal rate stays beside the real one
    case("nominal-income-stays", "前三季度,全市居民人均可支配收入38620元,比去年同期名义增长8.1%,扣除价格因素,实际增长6.5%。",
         F("income_pc", 2024, "Q1-Q3", 38620, "元", 8.1, region="石狮"), region="石狮", pub="2024-10-25"),
    # 几乎 blocks 持平 as 基本 does (vocab/flat_words.csv): an approximate standstill is no rate of zero
    case("almost-flat", "1-8月,全市共实现财政收入412.6亿元,与上年同期相比几乎持平。",
         F("fiscal_revenue_total", 2024, "M1-M8", 412.6, "亿元", region="邯郸"), region="邯郸", pub="2024-09-20"),
    case("exactly-flat", "1-8月,全市共实现财政收入412.6亿元,与上年同期持平。",
         F("fiscal_revenue_total", 2024, "M1-M8", 412.6, "亿元", 0, region="邯郸"), region="邯郸", pub="2024-09-20"),
    # places listed, then a word standing for the metric (金额, 总量) before 分别: the places' figures in order
    case("list-amount-word", "1-8月,全市财政收入超过30亿元的还有三地,分别是武安市、峰峰矿区和肥乡区,金额分别为"
         "45.2亿元、33.6亿元和31.1亿元。", F("fiscal_revenue_total", 2024, "M1-M8", 45.2, "亿元", region="武安"),
         F("fiscal_revenue_total", 2024, "M1-M8", 33.6, "亿元", region="峰峰矿区"),
         F("fiscal_revenue_total", 2024, "M1-M8", 31.1, "亿元", region="肥乡"), region="邯郸", pub="2024-09-20"),
    case("list-total-word", "上半年,地区生产总值排在前列的是晋江市和南安市,总量分别为1460.3亿元和720.8亿元。",
         F("gdp", 2024, "H1", 1460.3, "亿元", region="晋江"), F("gdp", 2024, "H1", 720.8, "亿元", region="南安"),
         region="泉州", pub="2024-07-25"),
    case("list-amount-word-two", "一季度,一般公共预算收入较高的两地是寿光市和诸城市,金额分别为36.2亿元和18.4亿元。",
         F("fiscal_revenue_general", 2024, "Q1", 36.2, "亿元", region="寿光"),
         F("fiscal_revenue_general", 2024, "Q1", 18.4, "亿元", region="诸城"), region="潍坊", pub="2024-04-25"),
    # a short name that is a common word (古城, 中原, 江南: vocab/common_short_names.csv) names no place: the
    # subject stays the article's region
    case("common-short-gucheng", "古城风貌有效恢复,文旅产业快速发展。2023年,全部财政收入45.6亿元,增长8.2%。",
         F("fiscal_revenue_total", 2023, "FY", 45.6, "亿元", 8.2, region="正定"), region="正定", pub="2024-03-10"),
    case("common-short-zhongyuan", "中原地区经济持续回暖。上半年,地区生产总值增长6.1%。",
         F("gdp", 2024, "H1", yoy=6.1, region="新郑"), region="新郑", pub="2024-07-25"),
    case("common-short-jiangnan", "江南水乡游人如织,全年接待游客1200万人次。全年社会消费品零售总额318.2亿元,增长5.6%。",
         F("retail_sales", 2023, "FY", 318.2, "亿元", 5.6, region="吴江"), region="吴江", pub="2024-02-10"),
    # the near miss: with its unit the district is named
    case("common-short-with-unit", "2023年,古城区地区生产总值168.4亿元,增长6.5%。",
         F("gdp", 2023, "FY", 168.4, "亿元", 6.5, region="古城"), region="丽江", pub="2024-02-10"),
    # a place compared with (好于, 优于, 强于: vocab/comparisons.csv) is not the subject of the rate after 其
    case("compared-better", "1-8月,全市财政收入520.6亿元。平度同比表现好于莱西,其增速达到了6.2%。",
         F("fiscal_revenue_total", 2025, "M1-M8", 520.6, "亿元", region="青岛"),
         F("fiscal_revenue_total", 2025, "M1-M8", yoy=6.2, region="平度"), region="青岛", pub="2025-09-25"),
    case("compared-superior", "上半年,全市地区生产总值1860.2亿元。荣成表现优于文登,其增幅为5.9%。",
         F("gdp", 2025, "H1", 1860.2, "亿元", region="威海"), F("gdp", 2025, "H1", yoy=5.9, region="荣成"),
         region="威海", pub="2025-07-25"),
    case("compared-stronger", "前三季度,全市规上工业增加值增长6.0%。胶州增势强于即墨,其增速为8.1%。",
         F("industrial_value_added", 2025, "Q1-Q3", yoy=6.0, region="青岛"),
         F("industrial_value_added", 2025, "Q1-Q3", yoy=8.1, region="胶州"), region="青岛", pub="2025-10-25"),
    # 进出口贸易总值, 进出口贸易额: the trade total named with 贸易
    case("trade-maoyi-zongzhi", "2023年,全市进出口贸易总值812.4亿元,比上年下降3.1%。",
         F("trade_total", 2023, "FY", 812.4, "亿元", -3.1, region="石狮"), region="石狮", pub="2024-02-20"),
    case("trade-maoyi-e", "上半年,全县进出口贸易额65.3亿元,同比增长4.2%。",
         F("trade_total", 2024, "H1", 65.3, "亿元", 4.2, region="福清"), region="福清", pub="2024-07-20"),
    case("trade-maoyi-list", "全年社会消费品零售总额512.6亿元,增长6.1%,进出口贸易总值433.8亿元,增长2.2%。",
         F("retail_sales", 2023, "FY", 512.6, "亿元", 6.1, region="晋江"),
         F("trade_total", 2023, "FY", 433.8, "亿元", 2.2, region="晋江"), region="晋江", pub="2024-03-01"),
    # 累计金额 after its time (其2024年前8月累计金额达到…) stands for the metric named before, of the place
    case("running-amount-word", "各区县中,丰南区财政收入一枝独秀,其2024年前8月累计金额达到36.4亿元,稳居全市第一。",
         F("fiscal_revenue_total", 2024, "M1-M8", 36.4, "亿元", region="丰南"), region="唐山", pub="2024-10-06"),
    case("running-amount-word-q", "全市各县中,寿光市一般公共预算收入遥遥领先,其一季度累计金额为38.2亿元。",
         F("fiscal_revenue_general", 2024, "Q1", 38.2, "亿元", region="寿光"), region="潍坊", pub="2024-04-25"),
    case("running-amount-word-h1", "晋江市地区生产总值稳居全省县域首位,其上半年累计总量达到1520.6亿元。",
         F("gdp", 2024, "H1", 1520.6, "亿元", region="晋江"), region="泉州", pub="2024-07-25"),
    # the near miss: after a remark (总量相对较高,累计金额分别为…) the word joins places to their figures
    case("running-amount-word-list", "1-8月,全市财政收入398.8亿元。其中迁西县、玉田县总量相对较高,累计金额分别为12.5亿元和11.9亿元。",
         F("fiscal_revenue_total", 2024, "M1-M8", 398.8, "亿元", region="唐山"),
         F("fiscal_revenue_total", 2024, "M1-M8", 12.5, "亿元", region="迁西"),
         F("fiscal_revenue_total", 2024, "M1-M8", 11.9, "亿元", region="玉田"), region="唐山", pub="2024-10-06"),
    # a place's full name after 其中 opens its clause as its subject (其中丰润区不仅总量最大,其同比增速…)
    case("qizhong-full-name-subject", "1-5月,滦南县、乐亭县财政收入分别为6.2亿元和8.3亿元。其中乐亭县不仅总量最大,其同比增速也是两县最高,达到5.1%。",
         F("fiscal_revenue_total", 2024, "M1-M5", 6.2, "亿元", region="滦南"),
         F("fiscal_revenue_total", 2024, "M1-M5", 8.3, "亿元", 5.1, region="乐亭"), region="唐山", pub="2024-06-25"),
    case("qizhong-city-subject", "上半年,全省地区生产总值增长5.2%。其中泉州市不仅总量居首,其增速也位居前列,达到6.0%。",
         F("gdp", 2024, "H1", yoy=5.2, region="福建"), F("gdp", 2024, "H1", yoy=6.0, region="泉州"),
         region="福建", pub="2024-07-25"),
    case("qizhong-district-subject", "1-8月,胶州市、即墨区财政收入分别为70.1亿元和66.4亿元。其中即墨区虽然总量略低,其增幅却达到7.3%。",
         F("fiscal_revenue_total", 2024, "M1-M8", 70.1, "亿元", region="胶州"),
         F("fiscal_revenue_total", 2024, "M1-M8", 66.4, "亿元", 7.3, region="即墨"), region="青岛", pub="2024-09-25"),
    # the bound of a counted class (超过N亿元的有两个县) is no figure of the home region
    case("class-bound-counted", "上半年,全市地区生产总值超过500亿元的有两个县,分别是寿光市和诸城市,总量分别为612.5亿元和"
         "538.1亿元。", F("gdp", 2024, "H1", 612.5, "亿元", region="寿光"), F("gdp", 2024, "H1", 538.1, "亿元", region="诸城"),
         region="潍坊", pub="2024-07-25"),
]


REAL23_CASES = [
    # a bare year of its own before a rate continues the metric of the clause before (2013年增长7.2%)
    case("year-growth-next-years", "2019年,全县财政总收入增长9.1%;2020年增长4.3%;2021年增长11.6%。",
         F("fiscal_revenue_total", 2019, "FY", yoy=9.1, region="平阳"),
         F("fiscal_revenue_total", 2020, "FY", yoy=4.3, region="平阳"),
         F("fiscal_revenue_total", 2021, "FY", yoy=11.6, region="平阳"), region="平阳", pub="2022-03-10"),
    case("year-growth-next-year-points", "2016年全市规上工业增加值增长7.9%,2017年增长8.8%,增速比上年提高0.9个百分点。",
         F("industrial_value_added", 2016, "FY", yoy=7.9, region="丽水"),
         F("industrial_value_added", 2017, "FY", yoy=8.8, region="丽水"), region="丽水", pub="2018-02-05"),
    case("year-growth-next-year-fall", "2021年,全区社会消费品零售总额增长10.2%,居全市第二;2022年下降1.3%。",
         F("retail_sales", 2021, "FY", yoy=10.2, region="定海"),
         F("retail_sales", 2022, "FY", yoy=-1.3, region="定海"), region="定海", pub="2023-01-30"),
    # the near miss: a compared year names no period of its own
    case("year-growth-compared-year", "2022年,全县地区生产总值增长4.5%,比2021年回落1.2个百分点。",
         F("gdp", 2022, "FY", yoy=4.5, region="嵊泗"), region="嵊泗", pub="2023-02-10"),
    # a year named in brackets after a sentence's figures (经最终核实,2022年…) holds inside them only
    case("aside-year-next-sentence", "2023年,全市地区生产总值2480.6亿元,增长5.9%(经最终核实,2022年地区生产总值为2301.4亿元)。第一产业增加值96.2亿元,增长3.1%。",
         F("gdp", 2023, "FY", 2480.6, "亿元", 5.9, region="湖州"),
         F("gdp", 2022, "FY", 2301.4, "亿元", region="湖州"),
         F("gdp_primary", 2023, "FY", 96.2, "亿元", 3.1, region="湖州"), region="湖州", pub="2024-03-20"),
    case("aside-year-same-sentence", "2021年,全县一般公共预算收入38.6亿元,增长12.4%(2020年为34.3亿元),财政总收入61.7亿元,增长10.8%。",
         F("fiscal_revenue_general", 2021, "FY", 38.6, "亿元", 12.4, region="安吉"),
         F("fiscal_revenue_total", 2021, "FY", 61.7, "亿元", 10.8, region="安吉"), region="安吉", pub="2022-02-15",
         labels={34.3: "*"}),
    case("aside-year-next-paragraph", "上半年,全区规上工业增加值182.3亿元,增长7.4%(2023年数据经最终核实后有调整)。\n全区固定资产投资增长6.1%。",
         F("industrial_value_added", 2024, "H1", 182.3, "亿元", 7.4, region="富阳"),
         F("fixed_asset_investment", 2024, "H1", yoy=6.1, region="富阳"), region="富阳", pub="2024-07-25"),
    # the near miss: a time in brackets before any figure (a heading's) holds on
    case("bracket-year-heading", "主要经济指标(2024年1-9月)。全县地区生产总值增长6.3%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.3, region="建德"), region="建德", pub="2024-10-28"),
    # 用电量 after a time or a place stands for the electricity metric named last (全社会用电, 工业用电)
    case("power-anaphor-next-sentence", "1-8月,全县全社会用电56.21亿千瓦时,增长7.4%。其中8月用电量8.03亿千瓦时,增长2.9%。",
         F("electricity_consumption", 2023, "M1-M8", 56.21, "亿千瓦时", 7.4, region="淳安"),
         F("electricity_consumption", 2023, "M8", 8.03, "亿千瓦时", 2.9, region="淳安"), region="淳安", pub="2023-09-20"),
    case("power-anaphor-same-sentence", "上半年,全市工业用电量143.6亿千瓦时,同比增长9.8%,其中6月用电量25.7亿千瓦时,增长4.1%。",
         F("industrial_electricity", 2022, "H1", 143.6, "亿千瓦时", 9.8, region="舟山"),
         F("industrial_electricity", 2022, "M6", 25.7, "亿千瓦时", 4.1, region="舟山"), region="舟山", pub="2022-07-22"),
    case("power-anaphor-after-place", "1-10月,临安区全社会用电量48.2亿千瓦时,增长8.3%。10月份,全区用电量5.1亿千瓦时,增长3.9%。",
         F("electricity_consumption", 2024, "M1-M10", 48.2, "亿千瓦时", 8.3, region="临安"),
         F("electricity_consumption", 2024, "M10", 5.1, "亿千瓦时", 3.9, region="临安"), region="临安", pub="2024-11-20"),
    # the near miss: after another thing of the same word (制造业用电量) 用电量 is that thing's
    case("power-anaphor-other-thing", "1-9月,全市工业用电212.4亿千瓦时,增长5.2%。制造业用电量190.3亿千瓦时,增长5.6%,其中9月用电量21.1亿千瓦时。",
         F("industrial_electricity", 2023, "M1-M9", 212.4, "亿千瓦时", 5.2, region="衢州"), region="衢州", pub="2023-10-25"),
    # 其中11月… opening a sentence after a run from January is an aside: the next sentence is the run's again
    case("month-aside-next-sentence", "1-11月,全市规上工业增加值增长8.4%。其中11月增长6.9%。全市固定资产投资增长5.1%。",
         F("industrial_value_added", 2023, "M1-M11", yoy=8.4, region="丽水"),
         F("industrial_value_added", 2023, "M11", yoy=6.9, region="丽水"),
         F("fixed_asset_investment", 2023, "M1-M11", yoy=5.1, region="丽水"), region="丽水", pub="2023-12-22"),
    case("month-aside-comma", "1-5月,全县出口总额86.4亿元,增长11.2%。其中,5月出口19.3亿元,增长14.6%。全县进口总额12.1亿元,增长3.3%。",
         F("exports", 2024, "M1-M5", 86.4, "亿元", 11.2, region="永康"),
         F("exports", 2024, "M5", 19.3, "亿元", 14.6, region="永康"),
         F("imports", 2024, "M1-M5", 12.1, "亿元", 3.3, region="永康"), region="永康", pub="2024-06-21"),
    case("month-aside-chinese-numeral", "前三季度,全区社会消费品零售总额312.5亿元,增长4.2%。其中九月增长5.0%。全区一般公共预算收入41.8亿元,增长2.7%。",
         F("retail_sales", 2024, "Q1-Q3", 312.5, "亿元", 4.2, region="富阳"),
         F("retail_sales", 2024, "M9", yoy=5.0, region="富阳"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 41.8, "亿元", 2.7, region="富阳"), region="富阳", pub="2024-10-23"),
    # METRIC(的)…构成中, opens the parts of a whole: the figures after it are the parts', not the metric's
    case("parts-tax-breakdown", "2023年,全县一般公共预算收入42.7亿元,增长5.2%;一般公共预算收入的税种构成中,增值税增长8.9%,企业所得税下降3.4%。",
         F("fiscal_revenue_general", 2023, "FY", 42.7, "亿元", 5.2, region="缙云"), region="缙云", pub="2024-04-10"),
    case("parts-industry-breakdown", "1-6月,全市规上工业增加值增长7.7%。规上工业增加值的行业构成中,纺织业增长12.3%。",
         F("industrial_value_added", 2024, "H1", yoy=7.7, region="兰溪"), region="兰溪", pub="2024-07-24"),
    case("parts-project-breakdown", "2022年,全区固定资产投资增长10.5%,固定资产投资项目构成中,交通投资增长31.6%。",
         F("fixed_asset_investment", 2022, "FY", yoy=10.5, region="普陀"), region="普陀", pub="2023-02-15"),
    # an encyclopedia infobox's lines (所属地区:浙江省丽水市) end their lines: the parent place named
    # there is no subject of the figure a later line gives
    case("infobox-parent-place", "中文名:遂昌县\n行政区类别:县\n所属地区:浙江省丽水市\n面积:2539平方千米\n地区生产总值:212.6亿元(2023年)",
         F("gdp", 2023, "FY", 212.6, "亿元", region="遂昌"), region="遂昌", pub="2024-09-01"),
    case("infobox-parent-city", "中文名:普陀区\n外文名:Putuo District\n所属地区:舟山市\n政府驻地:东港街道\n地区生产总值:596.3亿元(2022年)",
         F("gdp", 2022, "FY", 596.3, "亿元", region="普陀"), region="普陀", pub="2023-08-15"),
    case("infobox-code-line", "中文名:江山市\n行政区划代码:330881\n所属地区:浙江省衢州市\n电话区号:0570\n地区生产总值:401.5亿元(2023年)",
         F("gdp", 2023, "FY", 401.5, "亿元", region="江山"), region="江山", pub="2024-07-01"),
    # a table's places listed from a 其中 on under a metric's row are that metric's parts
    case("table-places-under-whole", "指标 | 单位 | 1-6月 | ±% |\n社会消费品零售总额 | 亿元 | 286.4 | 5.2 |\n其中:柯城 | 亿元 | 98.1 | 4.6 |\n衢江 | 亿元 | 41.7 | 6.3 |\n",
         F("retail_sales", 2023, "H1", 286.4, "亿元", 5.2, region="衢州"),
         F("retail_sales", 2023, "H1", 98.1, "亿元", 4.6, region="柯城"),
         F("retail_sales", 2023, "H1", 41.7, "亿元", 6.3, region="衢江"), region="衢州", pub="2023-07-28"),
    case("table-places-under-whole-rates", "指标 | 单位 | 1-9月同比±% |\n固定资产投资 | % | 8.1 |\n其中:莲都区 | % | 9.4 |\n青田县 | % | -2.2 |\n",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.1, region="丽水"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.4, region="莲都"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=-2.2, region="青田"), region="丽水", pub="2024-10-30"),
    case("table-places-under-whole-hash", "指标 | 单位 | 1-3月 | ±% |\n一般公共预算收入 | 亿元 | 30.2 | 3.5 |\n#定海 | 亿元 | 9.6 | 2.1 |\n普陀 | 亿元 | 7.4 | -1.8 |\n",
         F("fiscal_revenue_general", 2022, "Q1", 30.2, "亿元", 3.5, region="舟山"),
         F("fiscal_revenue_general", 2022, "Q1", 9.6, "亿元", 2.1, region="定海"),
         F("fiscal_revenue_general", 2022, "Q1", 7.4, "亿元", -1.8, region="普陀"), region="舟山", pub="2022-04-25"),
    # a figure-less row 分县(区)METRIC inside a table names the metric of the places listed below it
    case("table-by-place-section", "指标 | 单位 | 1-6月 | ±% |\n规上工业总产值 | 亿元 | 980.6 | 6.2 |\n分县(区)工业总产值 | | | |\n婺城区 | 亿元 | 210.4 | 5.1 |\n金东区 | 亿元 | 150.9 | 7.7 |\n",
         F("industrial_output", 2024, "H1", 980.6, "亿元", 6.2, region="金华"),
         F("industrial_output", 2024, "H1", 210.4, "亿元", 5.1, region="婺城"),
         F("industrial_output", 2024, "H1", 150.9, "亿元", 7.7, region="金东"), region="金华", pub="2024-07-26"),
    case("table-by-place-section-rates", "指标 | 单位 | 1-9月同比±% |\n固定资产投资 | % | 6.4 |\n各县市区固定资产投资 | | |\n瑞安市 | % | 8.8 |\n乐清市 | % | 3.9 |\n",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=6.4, region="温州"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=8.8, region="瑞安"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=3.9, region="乐清"), region="温州", pub="2023-10-27"),
    case("table-by-place-section-after-industries", "指标 | 单位 | 1-3月 | ±% |\n规上工业增加值 | 亿元 | 88.1 | 9.2 |\n其中:纺织业 | 亿元 | 12.3 | 4.0 |\n分区规上工业增加值 | | | |\n柯城区 | 亿元 | 20.5 | 8.1 |\n衢江区 | 亿元 | 18.2 | 10.3 |\n",
         F("industrial_value_added", 2024, "Q1", 88.1, "亿元", 9.2, region="衢州"),
         F("industrial_value_added", 2024, "Q1", 20.5, "亿元", 8.1, region="柯城"),
         F("industrial_value_added", 2024, "Q1", 18.2, "亿元", 10.3, region="衢江"), region="衢州", pub="2024-04-25"),
    # the near miss: a figure-less row naming no metric (分县(区)情况) gives the places none
    case("table-by-place-section-no-metric", "指标 | 单位 | 1-6月 | ±% |\n规上工业总产值 | 亿元 | 980.6 | 6.2 |\n分县(区)情况 | | | |\n婺城区 | 亿元 | 210.4 | 5.1 |\n金东区 | 亿元 | 150.9 | 7.7 |\n",
         F("industrial_output", 2024, "H1", 980.6, "亿元", 6.2, region="金华"), region="金华", pub="2024-07-26"),
    # another table's piped rows above a table's heading are no title: the place they name is not the table's
    case("table-title-data-row", "岱山县 | 万吨 | 6.9 | -3.1 |\n嵊泗县 | 万吨 | 7.5 | -2.5 |\n国内贸易\n指标 | 单位 | 1-3月 | ±% |\n社会消费品零售总额 | 亿元 | 120.5 | 4.4 |\n一般公共预算收入 | 亿元 | 30.1 | 2.0 |\n",
         F("retail_sales", 2024, "Q1", 120.5, "亿元", 4.4, region="舟山"),
         F("fiscal_revenue_general", 2024, "Q1", 30.1, "亿元", 2.0, region="舟山"), region="舟山", pub="2024-04-25"),
    case("table-title-data-row-two", "其中:定海区 | 万吨 | 4.3 | 1.6 |\n普陀区 | 万吨 | 16.3 | 2.1 |\n工业\n指标 | 单位 | 1-6月 | ±% |\n规上工业增加值 | 亿元 | 250.7 | 9.8 |\n规上工业总产值 | 亿元 | 1630.2 | 8.6 |\n",
         F("industrial_value_added", 2024, "H1", 250.7, "亿元", 9.8, region="舟山"),
         F("industrial_output", 2024, "H1", 1630.2, "亿元", 8.6, region="舟山"), region="舟山", pub="2024-07-25"),
    case("table-title-place-line", "定海区主要经济指标\n指标 | 单位 | 1-6月 | ±% |\n规上工业增加值 | 亿元 | 60.2 | 7.3 |\n规上工业总产值 | 亿元 | 402.5 | 6.9 |\n",
         F("industrial_value_added", 2024, "H1", 60.2, "亿元", 7.3, region="定海"),
         F("industrial_output", 2024, "H1", 402.5, "亿元", 6.9, region="定海"), region="舟山", pub="2024-07-25"),
    # a summary item's number (01…05) glued to the year the item opens with is no part of the year
    case("item-number-year", "01今年一季度,各县经济平稳开局。\n022023年,遂昌县地区生产总值增长6.1%。",
         F("gdp", 2023, "FY", yoy=6.1, region="遂昌"), region="丽水", pub="2024-04-20"),
    case("item-number-year-amount", "03产业持续壮大。\n042022年,龙泉市规上工业增加值58.3亿元,增长7.4%。",
         F("industrial_value_added", 2022, "FY", 58.3, "亿元", 7.4, region="龙泉"), region="丽水", pub="2023-05-10"),
    case("item-number-year-first-line", "052024年,全县一般公共预算收入增长4.9%。",
         F("fiscal_revenue_general", 2024, "FY", yoy=4.9, region="泰顺"), region="泰顺", pub="2025-02-12"),
    # 增速(均)保持在X%以上/以下: a bound rates kept to over a run of periods, not a rate
    case("kept-above-bound-quarters", "2023年,全市地区生产总值增长7.1%。各季度GDP增速均保持在6%以上。",
         F("gdp", 2023, "FY", yoy=7.1, region="湖州"), region="湖州", pub="2024-02-01"),
    case("kept-above-bound-months", "上半年,全县社会消费品零售总额68.2亿元,增长9.4%,连续5个月累计增速保持在9%以上。",
         F("retail_sales", 2024, "H1", 68.2, "亿元", 9.4, region="永嘉"), region="永嘉", pub="2024-07-20"),
    case("kept-below-bound", "2022年,全区居民消费价格涨幅保持在3%以下,全区一般公共预算收入增长5.5%。",
         F("fiscal_revenue_general", 2022, "FY", yoy=5.5, region="定海"), region="定海", pub="2023-01-20"),
    # the near miss: a rate that stayed at a level with no bound is a rate
    case("kept-at-rate", "一季度,全市规上工业增加值增速保持在8.2%,居全省第三。",
         F("industrial_value_added", 2024, "Q1", yoy=8.2, region="舟山"), region="舟山", pub="2024-04-22"),
    # an amount right before a class of places (百亿元区县, 千亿县, 万亿元城市) names the class: no figure
    case("place-class-counties", "2023年,松阳县GDP首破百亿元,丽水百亿元区县增至8个。",
         F("gdp", 2023, "FY", 100, "亿元", region="松阳", qualifier="over"), region="丽水", pub="2024-02-20"),
    case("place-class-county", "2024年,浙江千亿县增至6个,乐清GDP达1588亿元。",
         F("gdp", 2024, "FY", 1588, "亿元", region="乐清"), region="温州", pub="2025-02-10"),
    case("place-class-cities", "2023年,全国万亿元城市增至26个,温州GDP达8730.6亿元。",
         F("gdp", 2023, "FY", 8730.6, "亿元", region="温州"), region="温州", pub="2024-02-01"),
    # the near miss: an amount before a place that is a subject of its own (…亿元,县…) stays a figure
    case("place-class-after-comma", "2023年,全县地区生产总值突破百亿元,县财政总收入增长6.6%。",
         F("gdp", 2023, "FY", 100, "亿元", region="庆元", qualifier="over"),
         F("fiscal_revenue_total", 2023, "FY", yoy=6.6, region="庆元"), region="庆元", pub="2024-02-05"),
    # the near miss: a month run after 其中 is no aside
    case("month-aside-run", "1-11月,全市规上工业增加值增长8.4%。其中9-11月增长9.9%。",
         F("industrial_value_added", 2023, "M1-M11", yoy=8.4, region="丽水"),
         F("industrial_value_added", 2023, "M9-M11", yoy=9.9, region="丽水"), region="丽水", pub="2023-12-22"),
]


# Spellings of the growth verb in shapes that had spelt their own short list of verbs: any verb of
# vocab/growth_words.csv (回落, 减少, 增加 …), with 了 after it, as everywhere else
SPELLINGS = [
    # a rate that moved from an earlier period's (由一季度的下降3.2%转为增长2.4%)
    case("shift-verb-le", "上半年,全市地区生产总值为612.4亿元,由一季度的下降3.2%转为增长了2.4%。",
         F("gdp", 2024, "H1", 612.4, "亿元", 2.4, region="平湖"), F("gdp", 2024, "Q1", yoy=-3.2, region="平湖"),
         region="平湖", pub="2024-07-20"),
    case("shift-positive-growth-le", "1-9月,全县规上工业增加值由上半年的下降1.8%转为正增长了0.6%。",
         F("industrial_value_added", 2023, "Q1-Q3", yoy=0.6, region="海盐"),
         F("industrial_value_added", 2023, "H1", yoy=-1.8, region="海盐"), region="海盐", pub="2023-10-25"),
    case("shift-other-verbs", "1-6月,全市出口总额由一季度的减少4.1%转为增加3.3%。",
         F("exports", 2022, "H1", yoy=3.3, region="嘉兴"), F("exports", 2022, "Q1", yoy=-4.1, region="嘉兴"),
         region="嘉兴", pub="2022-07-22"),
    case("shift-other-verbs-le", "前5个月,全区固定资产投资由1-4月的回落了2.7%转为提高了1.9%。",
         F("fixed_asset_investment", 2021, "M1-M5", yoy=1.9, region="南湖"),
         F("fixed_asset_investment", 2021, "M1-M4", yoy=-2.7, region="南湖"), region="南湖", pub="2021-06-18"),
    # places compared with, each with its own level and rate in brackets
    case("compared-levels-verb-le", "上半年,全市出口总额居全省第4位,落后于宁波(1520.3亿元,增长了8.1%)和温州(980.6亿元,增长了5.5%)。",
         F("exports", 2024, "H1", 1520.3, "亿元", 8.1, region="宁波"), F("exports", 2024, "H1", 980.6, "亿元", 5.5, region="温州"),
         region="台州", pub="2024-07-25"),
    case("compared-levels-basis-falling", "上半年,全市进口总额居全省第5位,低于嘉兴(315.2亿元,比上年下降了3.4%)。",
         F("imports", 2024, "H1", 315.2, "亿元", -3.4, region="嘉兴"), region="湖州", pub="2024-07-25"),
    case("compared-levels-other-verb", "全年全县一般公共预算收入居全市第二,仅次于慈溪(152.7亿元,同比回落6.2%)。",
         F("fiscal_revenue_general", 2024, "FY", 152.7, "亿元", -6.2, region="慈溪"), region="余姚", pub="2025-02-01"),
    # a number grouped in thousands (3,037.4亿元): its comma is no clause break
    case("thousands-place-leads", "一季度,绍兴以1,837.4亿元的GDP总量居全省第四。",
         F("gdp", 2023, "Q1", 1837.4, "亿元", region="绍兴"), region="浙江", pub="2023-04-28"),
    case("thousands-place-leads-value-added", "一季度,湖州以1,037.4亿元的地区生产总值位居第三。",
         F("gdp", 2023, "Q1", 1037.4, "亿元", region="湖州"), region="浙江", pub="2023-04-28"),
    case("thousands-place-leads-county", "上半年,义乌以1,137.4亿元的GDP领跑全市各县(市、区)。",
         F("gdp", 2023, "H1", 1137.4, "亿元", region="义乌"), region="金华", pub="2023-07-28"),
    case("thousands-list-after-bound", "前三季度,宁波地区生产总值突破3000亿元;绍兴超过1500亿元,达到1585.86亿元;"
         "嘉兴、湖州、台州位于1,000亿元至1,500亿元之间,分别为1310.35、1098.90、1,050.40亿元。",
         F("gdp", 2023, "Q1-Q3", 3000, "亿元", qualifier="over", region="宁波"),
         F("gdp", 2023, "Q1-Q3", 1585.86, "亿元", region="绍兴"), F("gdp", 2023, "Q1-Q3", 1310.35, "亿元", region="嘉兴"),
         F("gdp", 2023, "Q1-Q3", 1098.9, "亿元", region="湖州"), F("gdp", 2023, "Q1-Q3", 1050.4, "亿元", region="台州"),
         region="浙江", pub="2023-10-28"),
    # places compared with, each with its level and a rate word (增速, 增幅为, 降幅) in brackets
    case("compared-levels-rate-words", "上半年,全市出口总额居全省第4位,落后于宁波(1520.3亿元,增速8.1%)和温州(980.6亿元,增幅为5.5%)。",
         F("exports", 2024, "H1", 1520.3, "亿元", 8.1, region="宁波"), F("exports", 2024, "H1", 980.6, "亿元", 5.5, region="温州"),
         region="台州", pub="2024-07-25"),
    case("compared-levels-fall-word", "上半年,全市进口总额居全省第5位,低于嘉兴(315.2亿元,降幅3.4%)。",
         F("imports", 2024, "H1", 315.2, "亿元", -3.4, region="嘉兴"), region="湖州", pub="2024-07-25"),
    case("compared-levels-signed-rate", "前三季度,全县财政总收入仅次于诸暨(95.2亿元,同比增速为-2.6%)。",
         F("fiscal_revenue_total", 2023, "Q1-Q3", 95.2, "亿元", -2.6, region="诸暨"), region="嵊州", pub="2023-10-25"),
    # a quarter named alone stands for the months from January when its rate is compared with the
    # period before, in any spelling (比上半年, 比1-6月, 较1至6月份)
    case("quarter-cumulative-vs-half-year-months", "三季度,全县实现地区生产总值225.95亿元,同比增长3.6%,比1-6月高1.5个百分点。",
         F("gdp", 2020, "Q1-Q3", 225.95, "亿元", 3.6, region="安吉"), region="安吉", pub="2020-10-28"),
    case("quarter-cumulative-vs-months-spelt", "三季度,全县实现地区生产总值125.9亿元,同比增长4.6%,较1至6月份加快0.5个百分点。",
         F("gdp", 2021, "Q1-Q3", 125.9, "亿元", 4.6, region="德清"), region="德清", pub="2021-10-28"),
    case("quarter-cumulative-vs-first-quarter-months", "二季度,全区实现地区生产总值85.5亿元,同比增长4.1%,增速比1-3月回升2.2个百分点。",
         F("gdp", 2022, "H1", 85.5, "亿元", 4.1, region="南浔"), region="南浔", pub="2022-07-28"),
    # an earlier period's rate named by the words after it, the period spelt in months
    case("period-rate-named-months", "今年上半年,义乌GDP达1261.28亿元,而1-3月7.5%的增速位列全省第三。",
         F("gdp", 2025, "H1", 1261.28, "亿元", region="义乌"), F("gdp", 2025, "Q1", yoy=7.5, region="义乌"),
         region="金华", pub="2025-07-28"),
    case("period-rate-named-first-months", "今年1-6月,余杭GDP达1261.28亿元,而前5个月8.2%的增速位列全市第一。",
         F("gdp", 2025, "H1", 1261.28, "亿元", region="余杭"), F("gdp", 2025, "M1-M5", yoy=8.2, region="余杭"),
         region="杭州", pub="2025-07-28"),
    case("period-rate-named-month-range", "上半年,海宁规上工业增加值达321.5亿元,而1至3月份12.5%的增幅居全市首位。",
         F("industrial_value_added", 2025, "H1", 321.5, "亿元", region="海宁"),
         F("industrial_value_added", 2025, "Q1", yoy=12.5, region="海宁"), region="嘉兴", pub="2025-07-28"),
    # one metric, many places: each place's level with its rate after it (a growth verb named), in a list
    case("place-levels-rate-after-comma", "上半年,各县(市、区)地区生产总值:桐乡607.87亿元,同比增长5.4%;海宁708.1亿元,同比下降1.2%。",
         F("gdp", 2019, "H1", 607.87, "亿元", 5.4, region="桐乡"), F("gdp", 2019, "H1", 708.1, "亿元", -1.2, region="海宁"),
         region="嘉兴", pub="2019-07-28"),
    case("place-levels-rate-after-space", "1-8月,各区固定资产投资分别为:越城区307.2亿元 增长了6.4%、柯桥区288.5亿元 下降了2.1%。",
         F("fixed_asset_investment", 2021, "M1-M8", 307.2, "亿元", 6.4, region="越城"),
         F("fixed_asset_investment", 2021, "M1-M8", 288.5, "亿元", -2.1, region="柯桥"), region="绍兴", pub="2021-09-20"),
    case("place-levels-rate-after-basis", "前三季度各县财政总收入:德清85.3亿元,比上年增长9.2%;长兴92.6亿元,比上年增长7.7%;安吉80.1亿元,比上年增长6.3%。",
         F("fiscal_revenue_total", 2022, "Q1-Q3", 85.3, "亿元", 9.2, region="德清"),
         F("fiscal_revenue_total", 2022, "Q1-Q3", 92.6, "亿元", 7.7, region="长兴"),
         F("fiscal_revenue_total", 2022, "Q1-Q3", 80.1, "亿元", 6.3, region="安吉"), region="湖州", pub="2022-10-25"),
    # places' levels in a run, then their rates listed after 分别, one per place in order
    case("place-levels-then-rates", "上半年,全市地区生产总值:海宁708亿元、桐乡607亿元,分别增长5.4%、3.2%。",
         F("gdp", 2019, "H1", 708, "亿元", 5.4, region="海宁"), F("gdp", 2019, "H1", 607, "亿元", 3.2, region="桐乡"),
         region="嘉兴", pub="2019-07-28"),
    case("place-levels-then-rates-basis", "1-5月,各县(市、区)规上工业增加值:嘉善120.5亿元、平湖150.2亿元、海盐98.6亿元,同比分别增长8.1%、6.5%和-2.3%。",
         F("industrial_value_added", 2023, "M1-M5", 120.5, "亿元", 8.1, region="嘉善"),
         F("industrial_value_added", 2023, "M1-M5", 150.2, "亿元", 6.5, region="平湖"),
         F("industrial_value_added", 2023, "M1-M5", 98.6, "亿元", -2.3, region="海盐"), region="嘉兴", pub="2023-06-20"),
    case("place-levels-then-falls", "上半年,各区社零总额:南湖区210.3亿元,秀洲区180.1亿元,分别下降1.2%、3.4%。",
         F("retail_sales", 2020, "H1", 210.3, "亿元", -1.2, region="南湖"), F("retail_sales", 2020, "H1", 180.1, "亿元", -3.4, region="秀洲"),
         region="嘉兴", pub="2020-07-28"),
    # places with their rates in a list, each growth verb followed by 了
    case("place-rates-verb-le", "一季度,有4个县(市、区)地区生产总值增速超过7%,其中南湖区增长了8.7%、秀洲区增长了7.7%、海宁市增长了7.5%。",
         F("gdp", 2019, "Q1", yoy=8.7, region="南湖"), F("gdp", 2019, "Q1", yoy=7.7, region="秀洲"),
         F("gdp", 2019, "Q1", yoy=7.5, region="海宁"), region="嘉兴", pub="2019-04-28"),
    case("place-rates-bracket-verb-le", "上半年,各县(市、区)规上工业增加值:海盐398.2亿元(增长了6.1%)、嘉善县236.4亿元(下降了5.2%)。",
         F("industrial_value_added", 2018, "H1", 398.2, "亿元", 6.1, region="海盐"),
         F("industrial_value_added", 2018, "H1", 236.4, "亿元", -5.2, region="嘉善"), region="嘉兴", pub="2018-07-28"),
    case("place-levels-reached-le", "1-9月,全市各县市区财政总收入均实现增长,嘉善达到了52.3亿元、平湖达到了61.2亿元、海盐达到了40.1亿元。",
         F("fiscal_revenue_total", 2018, "Q1-Q3", 52.3, "亿元", region="嘉善"), F("fiscal_revenue_total", 2018, "Q1-Q3", 61.2, "亿元", region="平湖"),
         F("fiscal_revenue_total", 2018, "Q1-Q3", 40.1, "亿元", region="海盐"), region="嘉兴", pub="2018-10-28"),
    # a rate whose clause names a sector, product or class of firms is that thing's, not the figure's before
    case("sector-rate-word-after-level", "上半年,全市社会消费品零售总额884.5亿元,金银珠宝类消费增幅高达31%。",
         F("retail_sales", 2024, "H1", 884.5, "亿元", region="湖州"), region="湖州", pub="2024-07-28"),
    case("product-rate-after-level", "1-5月,全县社零总额96.2亿元,汽车类商品增速达15%。",
         F("retail_sales", 2023, "M1-M5", 96.2, "亿元", region="长兴"), region="长兴", pub="2023-06-21"),
    case("industry-growth-after-level", "前三季度,全区规上工业增加值412.3亿元,装备制造业增长12.6%。",
         F("industrial_value_added", 2022, "Q1-Q3", 412.3, "亿元", region="萧山"), region="萧山", pub="2022-10-26"),
    case("sector-rate-after-stand-in", "上半年,全市社会消费品零售总额同比增长12.5%,总量达到1184.5亿元,金银珠宝类消费增幅高达61%。",
         F("retail_sales", 2013, "H1", 1184.5, "亿元", 12.5, region="宁波"), region="宁波", pub="2013-07-25"),
    # near misses: a rate word alone, a part that is a metric of ours, rates distributed over a list
    case("rate-word-alone-after-level", "上半年,全市社会消费品零售总额884.5亿元,增幅达6.1%。",
         F("retail_sales", 2024, "H1", 884.5, "亿元", 6.1, region="湖州"), region="湖州", pub="2024-07-28"),
    case("metric-part-growth-after-level", "上半年,全市地区生产总值1184.5亿元,第三产业增长6.1%。",
         F("gdp", 2024, "H1", 1184.5, "亿元", region="绍兴"), F("gdp_tertiary", 2024, "H1", yoy=6.1, region="绍兴"),
         region="绍兴", pub="2024-07-28"),
    # a metric's rate first, then its level named by a stand-in word (总量): one fact, and a later
    # period's rate is that period's, no second rate of the level
    case("rate-then-stand-in-level", "1-5月,全市社会消费品零售总额同比增长8.8%,总量达到362.1亿元,其中5月份增长14.9%。",
         F("retail_sales", 2024, "M1-M5", 362.1, "亿元", 8.8, region="丽水"), F("retail_sales", 2024, "M5", yoy=14.9, region="丽水"),
         region="丽水", pub="2024-06-20"),
    case("rate-then-stand-in-level-then-parts", "5月份,全市规模以上工业增加值同比增长5.7%,总量达到39.1亿元,分门类看,采矿业下降29.8%。",
         F("industrial_value_added", 2024, "M5", 39.1, "亿元", 5.7, region="衢州"), region="衢州", pub="2024-06-20"),
    case("rate-then-stand-in-level-then-rank", "前三季度,全县地区生产总值同比增长6.2%,总量达到434.5亿元,增速居全市第二。",
         F("gdp", 2023, "Q1-Q3", 434.5, "亿元", 6.2, region="缙云"), region="缙云", pub="2023-10-30"),
    # an opening paragraph whose figures give no fact still hands its period on when nothing before it
    # set one (the article names a second period, so there is no one period to fall back on)
    case("unused-lead-hands-on-period", "记者7月23日获悉,上半年,全县社会消费品零售保持快速增长,消费总额156.3亿元,"
         "同比增长9.1%,增幅比1-5月提高1.2个百分点。\n全县规上工业增加值增长6.1%。",
         F("industrial_value_added", 2023, "H1", yoy=6.1, region="海盐"), region="海盐", pub="2023-10-20"),
    case("unused-lead-hands-on-months", "记者从县统计局获悉,1-9月,全县工业生产稳中向好,规上工业企业产值超过100亿元的有3家,"
         "比上半年多1家。\n全县规上工业增加值增长6.1%。",
         F("industrial_value_added", 2023, "Q1-Q3", yoy=6.1, region="海盐"), region="海盐", pub="2023-10-20"),
    case("unused-lead-hands-on-first-period", "记者7月23日获悉,上半年,全县社会消费品零售保持快速增长,消费总额156.3亿元。"
         "据1至5月统计数据,增幅居全市首位。\n全县规上工业增加值增长6.1%。",
         F("industrial_value_added", 2023, "H1", yoy=6.1, region="海盐"), region="海盐", pub="2023-10-20"),
    case("unused-lead-hands-on-quarter", "一季度,全县固定资产投资呈现项目投资快于民间投资的态势,如交通项目完成投资15.9亿元,"
         "比1-2月加快。\n全县规上工业增加值增长6.1%。",
         F("industrial_value_added", 2023, "Q1", yoy=6.1, region="海盐"), region="海盐", pub="2023-10-20"),
    # the cumulative rates listed since a quarter spelt in months (quarter-list)
    case("quarter-list-since-months", "分季度来看,2013年1-3月以来,全省GDP累计增速分别为10.3%、10.2%、10.1%、10.1%、9.3%。",
         F("gdp", 2013, "Q1", yoy=10.3, region="江西"), F("gdp", 2013, "H1", yoy=10.2, region="江西"),
         F("gdp", 2013, "Q1-Q3", yoy=10.1, region="江西"), F("gdp", 2013, "FY", yoy=10.1, region="江西"),
         F("gdp", 2014, "Q1", yoy=9.3, region="江西"), region="江西", pub="2014-07-20"),
    case("quarter-list-since-half-months", "分季度看,2012年1-6月以来,全市规上工业增加值累计增速分别为12.1%、11.8%、11.5%。",
         F("industrial_value_added", 2012, "H1", yoy=12.1, region="赣州"), F("industrial_value_added", 2012, "Q1-Q3", yoy=11.8, region="赣州"),
         F("industrial_value_added", 2012, "FY", yoy=11.5, region="赣州"), region="赣州", pub="2013-02-20"),
    case("quarter-list-since-months-spelt", "从季度看,2015年1至3月份以来,全县固定资产投资累计增速分别为15.2%、14.1%、13.3%。",
         F("fixed_asset_investment", 2015, "Q1", yoy=15.2, region="上饶"), F("fixed_asset_investment", 2015, "H1", yoy=14.1, region="上饶"),
         F("fixed_asset_investment", 2015, "Q1-Q3", yoy=13.3, region="上饶"), region="上饶", pub="2015-11-20"),
]


REAL28_CASES = [
    # a figure-less sentence naming a counted set of places and one metric, then the places with their rates
    case("counted-set-lead-then-places", "上半年,全省14个市州规上工业增加值增速“十升四降”。株洲、湘潭和衡阳分别增长9.1%、7.4%和6.8%。",
         F("industrial_value_added", 2021, "H1", yoy=9.1, region="株洲"),
         F("industrial_value_added", 2021, "H1", yoy=7.4, region="湘潭"),
         F("industrial_value_added", 2021, "H1", yoy=6.8, region="衡阳"), region="湖南", pub="2021-07-20"),
    case("counted-set-lead-two-lists", "前三季度,全市8个县市区固定资产投资增速均为正。当阳市、枝江市分别增长14.2%和11.6%;"
         "远安县、兴山县增速分别为6.3%和5.1%。",
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=14.2, region="当阳"),
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=11.6, region="枝江"),
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=6.3, region="远安"),
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=5.1, region="兴山"), region="宜昌", pub="2022-10-25"),
    case("counted-set-lead-province", "上半年,全省9个市州社会消费品零售总额增速有升有降。四平、辽源分别增长5.3%和4.8%。",
         F("retail_sales", 2019, "H1", yoy=5.3, region="四平"),
         F("retail_sales", 2019, "H1", yoy=4.8, region="辽源"), region="吉林省", pub="2019-07-20"),
    # the near miss: the places' rates of another thing
    case("counted-set-lead-other-thing", "上半年,全省9个市州社会消费品零售总额增速有升有降。四平、辽源的新登记市场主体分别增长5.3%和4.8%。",
         region="吉林省", pub="2019-07-20"),
    # a level of an earlier time the figure is compared with, its metric named again (也比2019年一季度的地区生产总值…高):
    # that time's level, moving no time for the sentences after it
    case("compared-level-place-time", "一季度,全省地区生产总值9230.4亿元,增长52.1%,也比湖北省2019年一季度的地区生产总值"
         "8860.2亿元高。第一产业增加值701.3亿元,增长21.5%。",
         F("gdp", 2021, "Q1", 9230.4, "亿元", 52.1, region="湖北"), F("gdp", 2019, "Q1", 8860.2, "亿元", region="湖北"),
         F("gdp_primary", 2021, "Q1", 701.3, "亿元", 21.5, region="湖北"), region="湖北", pub="2021-04-20"),
    case("compared-level-time", "一季度,全市地区生产总值1106.3亿元,同比增长42.1%,也比2019年一季度的地区生产总值1052.8亿元高。"
         "分产业看,第二产业增加值512.6亿元,增长55.2%。",
         F("gdp", 2021, "Q1", 1106.3, "亿元", 42.1, region="襄阳"), F("gdp", 2019, "Q1", 1052.8, "亿元", region="襄阳"),
         F("gdp_secondary", 2021, "Q1", 512.6, "亿元", 55.2, region="襄阳"), region="襄阳", pub="2021-04-20"),
    case("compared-level-time-then-other-metric", "前三季度,全市规上工业增加值812.4亿元,增长14.5%,较2019年前三季度的"
         "规上工业增加值704.1亿元高出108.3亿元。全市进出口总额增长30.2%。",
         F("industrial_value_added", 2021, "Q1-Q3", 812.4, "亿元", 14.5, region="芜湖"),
         F("industrial_value_added", 2019, "Q1-Q3", 704.1, "亿元", region="芜湖"),
         F("trade_total", 2021, "Q1-Q3", yoy=30.2, region="芜湖"), region="芜湖", pub="2021-10-25"),
    # the near miss: a gap in points against the compared time is no figure
    case("compared-time-points", "一季度,全市地区生产总值增长8.1%,也比2019年一季度的地区生产总值增速高1.2个百分点。",
         F("gdp", 2021, "Q1", yoy=8.1, region="襄阳"), region="襄阳", pub="2021-04-20"),
    # a figure-less sentence naming one metric of a set of places (各地…, 各县市区…, 全市8个县区…), then 其中 and
    # the places with their own figures: that metric's
    case("set-lead-qizhong-place", "上半年,各地社会消费品零售总额均实现了较快增长。其中,南昌市为361.2亿元,同比增长18.4%。",
         F("retail_sales", 2011, "H1", 361.2, "亿元", 18.4, region="南昌"), region="江西", pub="2011-07-25"),
    case("set-lead-qizhong-list", "前三季度,各县市区固定资产投资均保持增长。其中,宜都市增长15.2%,枝江市增长12.8%。",
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=15.2, region="宜都"),
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=12.8, region="枝江"), region="宜昌", pub="2022-10-25"),
    case("counted-set-lead-qizhong-list", "1-5月,全市8个县区规上工业增加值增速均为正。其中,新民市增长10.5%,辽中区增长8.2%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=10.5, region="新民"),
         F("industrial_value_added", 2023, "M1-M5", yoy=8.2, region="辽中"), region="沈阳", pub="2023-06-20"),
    case("set-lead-qizhong-level", "上半年,各地一般公共预算收入保持平稳。其中,吉林市完成92.4亿元,增长6.1%。",
         F("fiscal_revenue_general", 2019, "H1", 92.4, "亿元", 6.1, region="吉林市"), region="吉林省", pub="2019-07-25"),
    # the near miss: the places' figures of another thing after 其中
    case("set-lead-qizhong-other-thing", "上半年,各地社会消费品零售总额均实现增长。其中,南昌市新增市场主体3.2万户,九江市2.1万户。",
         region="江西", pub="2010-07-25"),
    # 规上工业 (a metric only before a rate) before a pull in points or a contribution share: no rate of its own,
    # so the next clause's rate (another industry's) is no figure of it
    case("above-size-pull-points", "1-8月,装备制造业增加值增长12.1%,拉动规上工业增长3.2个百分点,化工行业下降2.5%。",
         region="株洲", pub="2023-09-20"),
    case("above-size-contribution-share", "一季度,汽车制造业增加值增长9.6%,对规模以上工业增长的贡献率达41.2%,纺织业下降3.1%。",
         region="襄阳", pub="2023-04-20"),
    case("above-size-pull-then-sector", "上半年,电子信息产业增加值增长15.3%,拉动全市规上工业增长2.1个百分点;冶金行业增速下降4.6%。",
         region="衡阳", pub="2023-07-21"),
    # the near miss: its own rate
    case("above-size-own-rate", "上半年,全市规上工业增长6.8%,拉动经济增长2.1个百分点。",
         F("industrial_value_added", 2023, "H1", yoy=6.8, region="衡阳"), region="衡阳", pub="2023-07-21"),
    # a rate alone continues the sentence right before it, not a figure two sentences back when the sentence
    # between gave rates of other things
    case("orphan-rate-after-other-things", "一季度,全市服务业实现增加值512.3亿元。批发零售业增加值增长6.1%,"
         "限上住宿业、餐饮业营业额分别增长8.2%、9.4%。金融业增加值增长4.3%。",
         F("gdp_tertiary", 2024, "Q1", 512.3, "亿元", region="长春"), region="长春", pub="2024-04-28"),
    case("orphan-rate-after-other-things-retail", "1-9月,全区社会消费品零售总额86.4亿元。限上企业零售额增长9.1%,"
         "汽车类、石油类零售额分别增长12.2%、15.6%。乡村市场增长4.8%。",
         F("retail_sales", 2023, "M1-M9", 86.4, "亿元", region="涪陵"), region="涪陵", pub="2023-10-20"),
    case("orphan-rate-after-other-things-gdp", "上半年,全县地区生产总值182.6亿元。第一产业投资增长3.1%,"
         "商品房销售面积和销售额分别增长5.2%、6.3%。交通运输业增加值增长7.5%。",
         F("gdp", 2023, "H1", 182.6, "亿元", region="攸县"), region="攸县", pub="2023-07-25"),
    # the near miss: the rate right after its figure's sentence continues it
    case("orphan-rate-right-after", "一季度,全市服务业实现增加值512.3亿元。同比增长6.1%。",
         F("gdp_tertiary", 2024, "Q1", 512.3, "亿元", 6.1, region="长春"), region="长春", pub="2024-04-28"),
    # 从…来看是: the metric framed as the topic, then its figure
    case("frame-laikan-shi-urban", "2023年,从城镇居民人均可支配收入来看是41260元,增长5.1%。",
         F("income_urban_pc", 2023, "FY", 41260, "元", 5.1, region="岳阳"), region="岳阳", pub="2024-01-25"),
    case("frame-laikan-shi-rural-place", "2021年,吉安从农村居民人均可支配收入来看是17320元,增速居全省第二。",
         F("income_rural_pc", 2021, "FY", 17320, "元", region="吉安"), region="江西", pub="2022-01-28"),
    case("frame-laikan-shi-fiscal", "1-6月,全县从一般公共预算收入来看是8.6亿元,同比增长4.2%。",
         F("fiscal_revenue_general", 2023, "H1", 8.6, "亿元", 4.2, region="攸县"), region="攸县", pub="2023-07-15"),
    # 完成投资/实现用电量 after a place or a time: the metric named last that ends with the word (a subheading's too)
    case("verb-tail-anaphor-heading", "固定资产投资增势良好\n1-6月,全县完成投资86.4亿元,同比增长9.2%。",
         F("fixed_asset_investment", 2023, "H1", 86.4, "亿元", 9.2, region="攸县"), region="攸县", pub="2023-07-20"),
    case("verb-tail-anaphor-electricity", "全社会用电量稳步增长\n1-8月,全市实现用电量45.6亿千瓦时,增长6.3%。",
         F("electricity_consumption", 2023, "M1-M8", 45.6, "亿千瓦时", 6.3, region="株洲"), region="株洲", pub="2023-09-20"),
    case("verb-tail-anaphor-sentence", "今年以来,全区工业投资保持较快增长。1-9月,全区完成投资52.1亿元,增长18.6%。",
         F("industrial_investment", 2023, "Q1-Q3", 52.1, "亿元", 18.6, region="雨湖"), region="雨湖", pub="2023-10-20"),
    # the near misses: no metric named before, or one whose name does not end with the word
    case("verb-tail-anaphor-nothing-before", "1-6月,全县完成投资86.4亿元,同比增长9.2%。", region="攸县", pub="2023-07-20"),
    case("verb-tail-anaphor-other-metric", "上半年,全县规上工业增加值增长8.1%。1-6月,全县完成投资86.4亿元,同比增长9.2%。",
         F("industrial_value_added", 2023, "H1", yoy=8.1, region="攸县"), region="攸县", pub="2023-07-20"),
    # a list of a metric and its subset (限上, 民间, 规下) before 分别: the subset's figure holds its place, skipped
    case("metric-and-subset-list-retail", "1-9月,全市社会消费品零售总额和限上社零额分别增长6.2%和9.8%。",
         F("retail_sales", 2023, "Q1-Q3", yoy=6.2, region="株洲"), region="株洲", pub="2023-10-20"),
    case("metric-and-subset-list-investment", "上半年,全县固定资产投资和民间固定资产投资分别增长5.2%、3.1%。",
         F("fixed_asset_investment", 2023, "H1", yoy=5.2, region="攸县"), region="攸县", pub="2023-07-20"),
    case("metric-and-subset-list-industry", "1-5月,全区规上工业增加值和规下工业增加值分别增长8.1%和3.2%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=8.1, region="雨湖"), region="雨湖", pub="2023-06-20"),
    # the near miss: two metrics of ours, each with its figure
    case("metric-list-two-metrics", "1-5月,全区规上工业增加值和工业用电量分别增长8.1%和3.2%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=8.1, region="雨湖"),
         F("industrial_electricity", 2023, "M1-M5", yoy=3.2, region="雨湖"), region="雨湖", pub="2023-06-20"),
    # the cumulative rates since a quarter, listed: Q1, H1, Q1-Q3, FY, then the next year's (quarter-list)
    case("quarter-run-from-first", "2021年一季度以来,全市规上工业增加值累计增速分别为12.1%、10.4%、9.2%、8.6%。",
         F("industrial_value_added", 2021, "Q1", yoy=12.1, region="衡阳"),
         F("industrial_value_added", 2021, "H1", yoy=10.4, region="衡阳"),
         F("industrial_value_added", 2021, "Q1-Q3", yoy=9.2, region="衡阳"),
         F("industrial_value_added", 2021, "FY", yoy=8.6, region="衡阳"), region="衡阳", pub="2022-02-10"),
    case("quarter-run-into-next-year", "2022年三季度以来,全省固定资产投资累计增速分别为5.8%、6.1%、4.5%。",
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=5.8, region="湖北"),
         F("fixed_asset_investment", 2022, "FY", yoy=6.1, region="湖北"),
         F("fixed_asset_investment", 2023, "Q1", yoy=4.5, region="湖北"), region="湖北", pub="2023-07-20"),
    case("quarter-run-from-second", "2019年二季度以来,全县GDP累计增速分别为7.6%、7.4%、7.3%,逐季回落。",
         F("gdp", 2019, "H1", yoy=7.6, region="监利"), F("gdp", 2019, "Q1-Q3", yoy=7.4, region="监利"),
         F("gdp", 2019, "FY", yoy=7.3, region="监利"), region="监利", pub="2020-01-25"),
    # the near miss: more rates than quarters ended before publication
    case("quarter-run-past-publication", "2023年一季度以来,全市GDP累计增速分别为5.1%、5.3%、5.4%、5.2%。",
         region="衡阳", pub="2023-10-25"),
]


REAL29_CASES = [
    # forecast words that mark the items one by one, each after its metric: an item between them with none
    # of its own is an actual figure
    case("item-forecasts-between", "2023年,全县地区生产总值预计增长5.5%左右,固定资产投资同比增长4.2%,一般公共预算收入"
         "增长3.6%,社会消费品零售总额预计增长9%。",
         F("fixed_asset_investment", 2023, "FY", yoy=4.2, region="依兰"),
         F("fiscal_revenue_general", 2023, "FY", yoy=3.6, region="依兰"), region="依兰", pub="2024-01-10"),
    case("item-forecasts-after-last", "去年,全市生产总值预计增长6.1%,规上工业增加值增长7.4%,外贸进出口总额预计增长10%,"
         "城镇居民人均可支配收入增长5.2%。",
         F("industrial_value_added", 2022, "FY", yoy=7.4, region="鸡西"),
         F("income_urban_pc", 2022, "FY", yoy=5.2, region="鸡西"), region="鸡西", pub="2023-01-12"),
    case("item-forecasts-levels", "2022年全区地区生产总值预计达到286亿元,增长4.8%,固定资产投资完成131亿元,增长7%,"
         "社零预计完成92亿元,增长5%。",
         F("fixed_asset_investment", 2022, "FY", 131, "亿元", 7, region="南岗"), region="南岗", pub="2023-01-15"),
    # the near misses: one forecast word governs its clause group; a part after 其中 stays under its whole's
    case("item-forecast-alone", "2023年,全县地区生产总值预计增长5%,固定资产投资增长4%。",
         region="依兰", pub="2024-01-10", labels={4: "forecast"}),
    case("item-forecast-part", "2023年,全市外贸进出口总额预计增长8.2%,其中出口增长11.3%,固定资产投资预计增长5%。",
         region="鸡西", pub="2024-01-12", labels={11.3: "forecast"}),
    # a web page's line with a hyphenated date and its source ends its line: the subheading after it is a line
    # of its own, and the forecast word opening the body governs every clause of it
    case("iso-dateline-subheading-forecast", "王某作政府工作报告(摘要)\n\n2021-01-15 某某日报\n\n  2020年经济发展稳中有进\n\n"
         "  预计实现地区生产总值520亿元,增长4.1%;一般公共预算收入40.2亿元,增长2.3%;社会消费品零售总额210亿元,增长1.5%。",
         region="丹阳", pub="2021-01-15", labels={520: "forecast", 40.2: "forecast", 210: "forecast"}),
    case("iso-dateline-time-forecast", "县长作政府工作报告(全文)\n县政府门户网站 2022-01-20 09:30\n2021年工作回顾\n"
         "预计全县生产总值增长7.2%;固定资产投资86.5亿元,增长9%;城镇居民人均可支配收入41210元,增长6.8%。",
         region="永泰", pub="2022-01-20", labels={7.2: "forecast", 86.5: "forecast", 41210: "forecast"}),
    case("iso-dateline-body-forecast", "政府工作报告\n2019-12-28 融媒体中心\n预计全年地区生产总值增长8%;"
         "一般公共预算收入9.6亿元,增长5.1%。", region="连江", pub="2019-12-28", labels={9.6: "forecast"}),
    # the near miss: an actual figure after the dateline keeps its year and stays a fact
    case("iso-dateline-actual", "统计公报\n2021-03-30 县统计局\n2020年经济稳步回升\n全年全县实现地区生产总值312.6亿元,"
         "增长3.9%;一般公共预算收入21.4亿元,增长2.2%。",
         F("gdp", 2020, "FY", 312.6, "亿元", 3.9, region="连江"),
         F("fiscal_revenue_general", 2020, "FY", 21.4, "亿元", 2.2, region="连江"), region="连江", pub="2021-03-30"),
    # a change dated from a past year (从2015年的…增加到2020年的…) under a forecast word: the level it started
    # from is that year's actual level; the years between are a span the later changes run over too
    case("dated-start-under-forecast", "预计全县地区生产总值从2015年的120.5亿元增加到2020年的185亿元,年均增长8.9%;"
         "一般公共预算收入从9.2亿元增加到14.6亿元。",
         F("gdp", 2015, "FY", 120.5, "亿元", region="仙居"), F("fiscal_revenue_general", 2015, "FY", 9.2, "亿元", region="仙居"),
         region="仙居", pub="2021-01-12", labels={185: "forecast", 14.6: "forecast"}),
    case("dated-start-actual-span", "全区规上工业增加值从2016年的88.4亿元增长到2021年的132.7亿元;社会消费品零售总额从"
         "156.2亿元增长到213.8亿元。",
         F("industrial_value_added", 2016, "FY", 88.4, "亿元", region="柯城"),
         F("industrial_value_added", 2021, "FY", 132.7, "亿元", region="柯城"),
         F("retail_sales", 2016, "FY", 156.2, "亿元", region="柯城"), F("retail_sales", 2021, "FY", 213.8, "亿元", region="柯城"),
         region="柯城", pub="2022-01-15"),
    case("dated-start-incomes-forecast", "预计全市城镇居民人均可支配收入由2015年的31250元提高至2020年的43680元,"
         "农村居民人均可支配收入由16120元提高至23950元。",
         F("income_urban_pc", 2015, "FY", 31250, "元", region="丽水"), F("income_rural_pc", 2015, "FY", 16120, "元", region="丽水"),
         region="丽水", pub="2021-01-18", labels={43680: "forecast", 23950: "forecast"}),
    # the near miss: a change over one year is no span: the later rate stays the year's
    case("dated-start-one-year", "全县地区生产总值从2022年的210亿元增加到2023年的225亿元,增长6%;规上工业增加值增长7%。",
         F("gdp", 2022, "FY", 210, "亿元", region="天台"), F("gdp", 2023, "FY", 225, "亿元", 6, region="天台"),
         F("industrial_value_added", 2023, "FY", yoy=7, region="天台"), region="天台", pub="2024-02-05"),
    # a numbered section heading run into a flattened page's line (。 八、财政和金融 全年…) ends at the last space
    # before the text: no sector of the figures after it (pages, with their title line: a newspaper column's
    # lines hold no such runs)
    case("inline-heading-industry-trade", "永春县2020年国民经济和社会发展统计公报\n2020年,全县经济平稳运行。 三、工业和建筑业 全年规模以上工业增加值比上年增长6.4%。"
         " 五、国内贸易 全年社会消费品零售总额88.6亿元,增长4.2%。",
         F("industrial_value_added", 2020, "FY", yoy=6.4, region="永春"), F("retail_sales", 2020, "FY", 88.6, "亿元", 4.2, region="永春"),
         region="永春", pub="2021-03-25"),
    case("inline-heading-finance", "德化县2018年国民经济和社会发展统计公报\n2018年农业稳定。 八、财政和金融 全年财政总收入12.4亿元,增长8.8%。其中,地方级财政收入7.6亿元,增长6.1%。",
         F("fiscal_revenue_total", 2018, "FY", 12.4, "亿元", 8.8, region="德化"),
         F("fiscal_revenue_general", 2018, "FY", 7.6, "亿元", 6.1, region="德化"), region="德化", pub="2019-03-20"),
    case("inline-heading-spaced-label", "2018年全县经济稳中有进。 一、综 合 综合实力稳步提升。 据初步核算,全年实现地区生产总值"
         "215.3亿元,增长7.2%。", F("gdp", 2018, "FY", 215.3, "亿元", 7.2, region="仙游"), region="仙游", pub="2019-04-02"),
    # the near miss: 二、三产业 after a sentence end names the industries, no heading
    case("inline-heading-industries", "仙游县2018年国民经济和社会发展统计公报\n2018年全县第一产业增加值12.1亿元,增长3%。 二、三产业增加值分别增长6.5%和7.1%。",
         F("gdp_primary", 2018, "FY", 12.1, "亿元", 3, region="仙游"), F("gdp_secondary", 2018, "FY", yoy=6.5, region="仙游"),
         F("gdp_tertiary", 2018, "FY", yoy=7.1, region="仙游"), region="仙游", pub="2019-04-02"),
    # a title's part number or note in brackets (…统计公报(2), (续), (上)) still ends a title line: its year is the
    # year of the sections after it
    case("title-part-number", "德化县2015年国民经济和社会发展统计公报(2)\n八、财政和金融\n全年财政总收入15.2亿元,增长9.1%。",
         F("fiscal_revenue_total", 2015, "FY", 15.2, "亿元", 9.1, region="德化"), region="德化", pub="2016-09-20"),
    case("title-continued", "永春县2018年国民经济和社会发展统计公报(续)\n六、对外经济\n全年外贸出口4.2亿美元,增长11%。",
         F("exports", 2018, "FY", 4.2, "亿美元", 11, region="永春"), region="永春", pub="2019-10-20"),
    case("title-first-part", "仙游县2016年国民经济和社会发展统计公报(上)\n三、工业\n全年规上工业增加值增长7.7%。",
         F("industrial_value_added", 2016, "FY", yoy=7.7, region="仙游"), region="仙游", pub="2017-09-20"),
    # 园区 (the parks, all together) before a metric names a subset of the place: no figure of the place
    case("parks-subset-sentence-start", "2024年,园区规上工业总产值突破800亿元,全市规上工业总产值增长7.2%。",
         F("industrial_output", 2024, "FY", yoy=7.2, region="钦州"), region="钦州", pub="2025-01-20", labels={800: "subset"}),
    case("parks-subset-county", "2023年,全县园区实现规上工业总产值256.3亿元,增长11.2%。", region="岑溪", pub="2024-02-20",
         labels={256.3: "subset"}),
    case("parks-subset-each", "1-9月,各园区完成工业投资45.2亿元,增长18%。全市工业投资增长9.6%。",
         F("industrial_investment", 2023, "Q1-Q3", yoy=9.6, region="贵港"), region="贵港", pub="2023-10-20",
         labels={45.2: "subset"}),
    # the near miss: a district whose name holds 园区 (梁园区, 绿园区) is a place
    case("parks-word-in-district-name", "2023年,绿园区规上工业增加值增长6.3%,全市增长5.0%。",
         F("industrial_value_added", 2023, "FY", yoy=6.3, region="绿园"), F("industrial_value_added", 2023, "FY", yoy=5.0, region="长春"),
         region="长春", pub="2024-02-20"),
    # an amount right before 企业 or 园区 names a class of firms or parks by size (新增20亿元企业2家): no figure
    case("firm-class-by-size", "2023年,全县规上工业增加值增长7.5%,新增20亿元企业2家、10亿元企业3家。",
         F("industrial_value_added", 2023, "FY", yoy=7.5, region="如东"), region="如东", pub="2024-02-20"),
    case("firm-class-by-size-output", "2023年,全市规上工业总产值增长9.1%,新增50亿元企业1家。",
         F("industrial_output", 2023, "FY", yoy=9.1, region="海门"), region="海门", pub="2024-02-20"),
    case("park-class-by-size", "2024年,全区规上工业增加值增长6.6%,建成300亿元园区1个。",
         F("industrial_value_added", 2024, "FY", yoy=6.6, region="通州"), region="通州", pub="2025-02-20"),
    # the near miss: firms named before the figure are its subject, the amount a figure
    case("firms-before-figure", "2023年,全县规上工业企业实现增加值86.2亿元,增长9.3%。",
         F("industrial_value_added", 2023, "FY", 86.2, "亿元", 9.3, region="如东"), region="如东", pub="2024-02-20"),
    # a note on the price basis between the growth verb and its rate (增长(可比价)9.8%, 增长(按可比价格计算)11.3%)
    case("basis-note-in-growth", "2008年全县实现地区生产总值(现行价)300364万元,比上年增长(可比价)9.8%。",
         F("gdp", 2008, "FY", 300364, "万元", 9.8, region="都昌"), region="都昌", pub="2009-03-06"),
    case("basis-note-in-growth-full", "2012年全县规模以上工业增加值45.2亿元,增长(按可比价格计算)11.3%。",
         F("industrial_value_added", 2012, "FY", 45.2, "亿元", 11.3, region="修水"), region="修水", pub="2013-03-06"),
    case("basis-note-in-growth-short", "2015年全县生产总值86.5亿元,同比增长(按可比价计算)8.1%。",
         F("gdp", 2015, "FY", 86.5, "亿元", 8.1, region="湖口"), region="湖口", pub="2016-03-06"),
    # 与上年持平 after a clause that gives a share (…的比重为29.5%,与上年持平) is the share's: no rate of zero
    case("flat-after-share", "2008年第一产业增加值占地区生产总值的比重为29.5%,与上年持平。", region="都昌", pub="2009-03-06"),
    case("flat-after-share-gdp", "2021年全县规上工业增加值占GDP比重为41.2%,与上年持平。", region="湖口", pub="2022-03-06"),
    case("flat-after-share-word", "2021年全县第三产业增加值比重为42.0%,与上年持平。", region="湖口", pub="2022-03-06"),
    # the near miss: 持平 after a level is the metric's rate of zero
    case("flat-after-level", "2023年全县第一产业增加值21.3亿元,与上年持平。",
         F("gdp_primary", 2023, "FY", 21.3, "亿元", 0, region="湖口"), region="湖口", pub="2024-03-06"),
]

REAL27 = [
    # places with a short verdict on their rate (a rate word first, maybe a region word) before the growth phrase
    case("rate-verdict-places-same-sentence", "1-9月,全市规上工业增加值增长8.6%,其中,溧阳市、金坛区增速高于全市平均,分别增长11.2%和9.4%。",
         F("industrial_value_added", 2023, "Q1-Q3", yoy=8.6, region="常州"),
         F("industrial_value_added", 2023, "Q1-Q3", yoy=11.2, region="溧阳"),
         F("industrial_value_added", 2023, "Q1-Q3", yoy=9.4, region="金坛"), region="常州", pub="2023-10-25"),
    case("rate-verdict-places-own-sentence", "1-5月,全市工业用电量同比增长7.3%。其中,泰兴市、靖江市增速高于全市平均,同比分别增长9.8%、8.1%。",
         F("industrial_electricity", 2022, "M1-M5", yoy=7.3, region="泰州"),
         F("industrial_electricity", 2022, "M1-M5", yoy=9.8, region="泰兴"),
         F("industrial_electricity", 2022, "M1-M5", yoy=8.1, region="靖江"), region="泰州", pub="2022-06-20"),
    case("rate-verdict-one-place", "上半年,全市固定资产投资增长5.2%,其中,丹阳市增速较快,增长10.4%。",
         F("fixed_asset_investment", 2021, "H1", yoy=5.2, region="镇江"),
         F("fixed_asset_investment", 2021, "H1", yoy=10.4, region="丹阳"), region="镇江", pub="2021-07-20"),
    case("rate-verdict-rank-region-word", "前三季度,全市社会消费品零售总额增长6.3%,其中,宜兴市增速居全市首位,增长8.7%。",
         F("retail_sales", 2020, "Q1-Q3", yoy=6.3, region="无锡"),
         F("retail_sales", 2020, "Q1-Q3", yoy=8.7, region="宜兴"), region="无锡", pub="2020-10-25"),
    # the near miss: a clause that is no verdict on the rate (no rate word) leaves the place's figure out
    case("rate-verdict-not-rate", "上半年,全市固定资产投资增长5.2%,其中,丹阳市工业项目较多,增长10.4%。",
         F("fixed_asset_investment", 2021, "H1", yoy=5.2, region="镇江"), region="镇江", pub="2021-07-20"),
    # places compared with, each with a bare rate that a rate word after them names (…的增幅, …的平均水平)
    case("compared-bare-rates-list", "1-2月,全区社会消费品零售总额增长18.5%,远超全市7.2%、宝山5.9%和松江6.4%的增幅。",
         F("retail_sales", 2016, "M1-M2", yoy=18.5, region="嘉定"), F("retail_sales", 2016, "M1-M2", yoy=7.2, region="上海"),
         F("retail_sales", 2016, "M1-M2", yoy=5.9, region="宝山"), F("retail_sales", 2016, "M1-M2", yoy=6.4, region="松江"),
         region="嘉定", pub="2016-03-25"),
    case("compared-bare-rate-average", "上半年,全县规上工业增加值增长9.6%,高于全市7.8%的平均增速。",
         F("industrial_value_added", 2019, "H1", yoy=9.6, region="沭阳"),
         F("industrial_value_added", 2019, "H1", yoy=7.8, region="宿迁"), region="沭阳", pub="2019-07-22"),
    case("compared-bare-rates-two-levels", "前三季度,全市固定资产投资增长8.1%,分别高于全省平均5.2%和全国5.9%的水平。",
         F("fixed_asset_investment", 2018, "Q1-Q3", yoy=8.1, region="如皋"),
         F("fixed_asset_investment", 2018, "Q1-Q3", yoy=5.2, region="江苏"), region="如皋", pub="2018-10-24"),
    # the near miss: a bare rate after a comparison with no rate word after it may be the gap, no rate of the place
    case("compared-bare-rate-no-word", "上半年,全县规上工业增加值增长9.6%,高于全市7.8%。",
         F("industrial_value_added", 2019, "H1", yoy=9.6, region="沭阳"), region="沭阳", pub="2019-07-22"),
    # a round level called 大关 is no place (大关县 is named with its unit); the exact value that beats a bound
    # keeps the bound's rate
    case("round-level-pass-rate-to-exact", "今年前三个月,全区规模以上工业产值突破1300亿元大关,同比微增1.5%。一季度,全区规模以上工业产值1300.5亿元。",
         F("industrial_output", 2015, "Q1", 1300.5, "亿元", 1.5, region="嘉定"), region="嘉定", pub="2015-04-28"),
    case("bound-rate-to-exact-later", "上半年,全市外贸进出口突破500亿元,增长9.1%。海关数据显示,上半年全市外贸进出口总额为512.6亿元。",
         F("trade_total", 2016, "H1", 512.6, "亿元", 9.1, region="张家港"), region="张家港", pub="2016-07-25"),
    case("round-level-bound-alone", "2019年,全县地区生产总值首次突破500亿元大关,增长7.3%。",
         F("gdp", 2019, "FY", 500, "亿元", 7.3, region="邳州", qualifier="over"), region="邳州", pub="2020-02-10"),
    # the near miss: with its unit the county is a place
    case("round-level-word-county", "2019年,大关县地区生产总值增长8.1%。",
         F("gdp", 2019, "FY", yoy=8.1, region="大关"), region="昭通", pub="2020-02-10"),
    # a zone ranked among the places (排名第二, 位居全市第二, 紧随其后) is one of them, a whole region
    case("zone-ranked-own-sentence", "2023年,昆山市GDP总量为5140.6亿元,排名第一。苏州工业园区GDP总量为3686.0亿元,排名第二。",
         F("gdp", 2023, "FY", 5140.6, "亿元", region="昆山"), F("gdp", 2023, "FY", 3686.0, "亿元", region="苏州工业园区"),
         region="苏州", pub="2024-03-01"),
    case("zone-follows-in-ranking", "2022年,江阴市以4754.2亿元的GDP领跑,无锡经开区紧随其后,达到1200.5亿元。",
         F("gdp", 2022, "FY", 4754.2, "亿元", region="江阴"), F("gdp", 2022, "FY", 1200.5, "亿元", region="无锡经开区"),
         region="无锡", pub="2023-03-01"),
    case("zone-ranked-before-figure", "2023年,常州经开区地区生产总值位居全市第二,达到1050.3亿元。",
         F("gdp", 2023, "FY", 1050.3, "亿元", region="常州经开区"), region="常州", pub="2024-03-01"),
    # the near miss: a zone named on its own is no whole region
    case("zone-alone-subset", "上半年,海宁经开区地区生产总值增长12.4%。", region="嘉兴", pub="2024-07-20"),
    # 其 opening the sentence after a leading time is the place the sentence before opens with
    case("qi-after-time-year", "2025年,昆山市GDP达5615.3亿元。2025年,其规上工业总产值增长4.9%。",
         F("gdp", 2025, "FY", 5615.3, "亿元", region="昆山"), F("industrial_output", 2025, "FY", yoy=4.9, region="昆山"),
         region="苏州", pub="2026-02-10"),
    case("qi-after-time-period", "昆山是全国百强县之首。今年上半年,其地区生产总值增长6.1%。",
         F("gdp", 2024, "H1", yoy=6.1, region="昆山"), region="苏州", pub="2024-07-25"),
    # the near miss: 其中 after a time is no 其
    case("qizhong-after-time", "今年上半年,其中规上工业产值增长6.1%。",
         F("industrial_output", 2024, "H1", yoy=6.1, region="苏州"), region="苏州", pub="2024-07-25"),
    # a rate named after it (…的增速) joined to a level named before its metric (以…亿元的GDP和…)
    case("named-level-and-rate-he", "2025年,昆山以5615.34亿元的GDP和4.37%的增速独占鳌头。",
         F("gdp", 2025, "FY", 5615.34, "亿元", 4.37, region="昆山"), region="苏州", pub="2026-02-10"),
    case("named-level-and-rate-dun", "2023年,张家港以3365.8亿元的经济总量、5.1%的增速位居第三。",
         F("gdp", 2023, "FY", 3365.8, "亿元", 5.1, region="张家港"), region="苏州", pub="2024-03-01"),
    case("named-level-and-rate-ji", "2022年,江阴以4754.2亿元的地区生产总值及4.2%的增长率领跑全省县市。",
         F("gdp", 2022, "FY", 4754.2, "亿元", 4.2, region="江阴"), region="无锡", pub="2023-03-01"),
    # the near miss: a share joined the same way is no rate
    case("named-level-and-share", "2022年,江阴以4754.2亿元的地区生产总值和4.2%的比重领跑。",
         F("gdp", 2022, "FY", 4754.2, "亿元", region="江阴"), region="无锡", pub="2023-03-01"),
    # 注册外资 is the contracted foreign capital (Jiangsu's word), 新批 a verb before it; 外贸总值 and 外贸规模 the trade
    case("registered-foreign-capital", "2015年,全市完成注册外资8.6亿美元,增长12.1%;实际使用外资5.2亿美元。",
         F("fdi_contracted", 2015, "FY", 8.6, "亿美元", 12.1, region="昆山"), F("fdi_actual", 2015, "FY", 5.2, "亿美元", region="昆山"),
         region="昆山", pub="2016-02-10"),
    case("newly-approved-registered-capital", "1-6月,全县新批注册外资2.3亿美元。",
         F("fdi_contracted", 2019, "H1", 2.3, "亿美元", region="沭阳"), region="沭阳", pub="2019-07-20"),
    case("newly-approved-agreed-capital", "1-6月,全县新批协议外资2.3亿美元,增长15.2%。",
         F("fdi_contracted", 2019, "H1", 2.3, "亿美元", 15.2, region="沭阳"), region="沭阳", pub="2019-07-20"),
    case("foreign-trade-total-value", "今年前5个月,全市外贸总值达1203.6亿元,同比增长6.2%。",
         F("trade_total", 2023, "M1-M5", 1203.6, "亿元", 6.2, region="常熟"), region="常熟", pub="2023-06-20"),
    case("foreign-trade-scale", "2023年,全区外贸规模突破800亿元,达到812.4亿元。",
         F("trade_total", 2023, "FY", 812.4, "亿元", region="吴江"), region="吴江", pub="2024-01-20"),
    # the near miss: a sector's registered capital is no region's
    case("registered-capital-of-sector", "2011年,全市服务业注册外资6.16亿美元,增长46.9%。", region="张家港", pub="2012-03-01"),
    # the parts a 其中 opens after a sector's figure in its sentence are the sector's (出口, 进口 of 一般贸易进出口)
    case("parts-of-sector-trade", "上半年,全市一般贸易进出口933.8亿元,同比增长2%;其中出口402.9亿元,下降16.1%,进口530.9亿元,增长21.8%。",
         region="张家港", pub="2020-07-22"),
    case("parts-of-processing-trade", "上半年,全市加工贸易进出口120.3亿元,其中出口80.2亿元。", region="常熟", pub="2020-07-22"),
    case("parts-of-sector-then-region", "上半年,全市一般贸易进出口933.8亿元,增长2%;全市进出口1101.5亿元,其中出口456.9亿元。",
         F("trade_total", 2020, "H1", 1101.5, "亿元", region="张家港"), F("exports", 2020, "H1", 456.9, "亿元", region="张家港"),
         region="张家港", pub="2020-07-22"),
    # the near miss: the parts of a whole region's trade are its own
    case("parts-of-region-trade", "上半年,全市进出口1101.5亿元,下降3.9%,其中出口456.9亿元,进口644.6亿元。",
         F("trade_total", 2020, "H1", 1101.5, "亿元", -3.9, region="张家港"), F("exports", 2020, "H1", 456.9, "亿元", region="张家港"),
         F("imports", 2020, "H1", 644.6, "亿元", region="张家港"), region="张家港", pub="2020-07-22"),
    # the near miss: a zone whose clause ranks other metrics is not ranked itself
    case("zone-rank-of-other-metrics", "全年,沭阳经开区完成一般公共预算收入21.3亿元,规上工业增加值等6项指标位居苏北第一。",
         region="沭阳", pub="2024-01-12"),
    # a growth verb with 仅/只 before its rate (增长也仅有0.9%, 增长只有2.1%, 增长仅1.5%)
    case("growth-only-had", "一季度,苏州市规模以上工业总产值增长也仅有0.9%。",
         F("industrial_output", 2015, "Q1", yoy=0.9, region="苏州"), region="嘉定", pub="2015-04-28"),
    case("growth-only-was", "1-5月,全县社会消费品零售总额增长只有2.1%。",
         F("retail_sales", 2020, "M1-M5", yoy=2.1, region="邳州"), region="邳州", pub="2020-06-20"),
    case("growth-only-bare", "上半年,全区固定资产投资增长仅1.5%,增幅也只有全市的一半。",
         F("fixed_asset_investment", 2016, "H1", yoy=1.5, region="金山"), region="金山", pub="2016-07-20"),
    # the near miss: a share that is only so much is no rate
    case("share-only-was", "一季度,全市规上工业总产值增长较快,占全省比重仅为5.2%。", region="苏州", pub="2015-04-28"),
    # 外贸 with a growth word right after it is the foreign trade's rate
    case("foreign-trade-rate", "一季度,昆山市外贸同比增长14.4%。",
         F("trade_total", 2022, "Q1", yoy=14.4, region="昆山"), region="昆山", pub="2022-04-28"),
    case("foreign-trade-fall-then-exports", "1-5月,全市外贸下降3.2%,其中出口增长1.1%。",
         F("trade_total", 2022, "M1-M5", yoy=-3.2, region="太仓"), F("exports", 2022, "M1-M5", yoy=1.1, region="太仓"),
         region="太仓", pub="2022-06-28"),
    case("foreign-trade-rate-county", "前三季度,全县外贸同比增长21.3%。",
         F("trade_total", 2021, "Q1-Q3", yoy=21.3, region="海安"), region="海安", pub="2021-10-28"),
    # the near miss: 外贸 naming firms, no trade figure
    case("foreign-trade-firms", "一季度,全市外贸企业增长12家。", region="昆山", pub="2022-04-28"),
    # one value of a list given in turn (分别, 依次) whose other values are cut off is the first place's only
    case("in-turn-list-cut-bare", "相城区和姑苏区2023年GDP总量分别为1147.80亿元、950.0",
         F("gdp", 2023, "FY", 1147.8, "亿元", region="相城"), region="苏州", pub="2025-03-01"),
    case("in-turn-list-cut-joiner", "2023年,海安、如皋一般公共预算收入分别为52.3亿元和",
         F("fiscal_revenue_general", 2023, "FY", 52.3, "亿元", region="海安"), region="南通", pub="2024-02-01"),
    case("in-turn-list-cut-comma", "2021年,吴江、吴中GDP依次为2300.1亿元、",
         F("gdp", 2021, "FY", 2300.1, "亿元", region="吴江"), region="苏州", pub="2022-03-01"),
    # the near miss: one value that every place reached (均) is each one's
    case("every-place-one-value", "2023年,海安、如皋一般公共预算收入均超过50亿元。",
         F("fiscal_revenue_general", 2023, "FY", 50, "亿元", region="海安", qualifier="over"),
         F("fiscal_revenue_general", 2023, "FY", 50, "亿元", region="如皋", qualifier="over"), region="南通", pub="2024-02-01"),
    # a year by its last two digits before a place or the words that open a year's figures (18年全市…, 19年晋江…)
    case("short-year-whole-region", "同时18年全市完成地区生产总值1330.72亿元,同比增长6.8%。",
         F("gdp", 2018, "FY", 1330.72, "亿元", 6.8, region="太仓"), region="太仓", pub="2019-11-01"),
    case("short-year-half", "19年上半年,全县GDP增长7.1%。",
         F("gdp", 2019, "H1", yoy=7.1, region="沭阳"), region="沭阳", pub="2019-12-01"),
    case("short-year-place", "在过去的19年晋江完成生产总值2546.18亿元,同比增长8.0%。",
         F("gdp", 2019, "FY", 2546.18, "亿元", 8.0, region="晋江"), region="泉州", pub="2020-03-01"),
    # the near miss: a number of years (连续18年, 18年来) is no year
    case("short-year-duration", "连续18年全市GDP位居第一,2018年全市GDP增长6.8%。",
         F("gdp", 2018, "FY", yoy=6.8, region="太仓"), region="太仓", pub="2019-11-01"),
    case("short-year-since", "18年来,全县地区生产总值年均增长9%。", region="沭阳", pub="2019-12-01"),
    # a time after a list of places joined by 和/与/及 is the figures' time, no comparison's
    case("places-joined-then-year-he", "相城区和姑苏区2023年GDP总量分别为1147.80亿元、950.0亿元。",
         F("gdp", 2023, "FY", 1147.8, "亿元", region="相城"), F("gdp", 2023, "FY", 950.0, "亿元", region="姑苏"),
         region="苏州", pub="2025-03-01"),
    case("places-joined-then-year-yu", "海安与如皋2023年地区生产总值分别为1450.2亿元和1380.6亿元。",
         F("gdp", 2023, "FY", 1450.2, "亿元", region="海安"), F("gdp", 2023, "FY", 1380.6, "亿元", region="如皋"),
         region="南通", pub="2024-03-01"),
    case("places-joined-then-year-ji", "江阴及宜兴2022年一般公共预算收入分别为281.6亿元和129.3亿元。",
         F("fiscal_revenue_general", 2022, "FY", 281.6, "亿元", region="江阴"),
         F("fiscal_revenue_general", 2022, "FY", 129.3, "亿元", region="宜兴"), region="无锡", pub="2023-03-01"),
]


REAL30_CASES = [
    # a city's name glued to one of its districts or counties (青岛黄岛区, 临沂兰陵县) or to its zone (济南高新区)
    # is one place: a list of such places keeps one place per figure
    case("glued-district-list", "2023年,山东省地区生产总值前三位分别是:青岛黄岛区2710.5亿元,济南历下区2360.8亿元,"
         "淄博张店区1105.2亿元。", F("gdp", 2023, "FY", 2710.5, "亿元", region="黄岛"),
         F("gdp", 2023, "FY", 2360.8, "亿元", region="历下"), F("gdp", 2023, "FY", 1105.2, "亿元", region="张店"),
         region="山东", pub="2024-02-10"),
    case("glued-county-rates", "一季度,各县(市、区)GDP增速前三名为莒县(9.8%)、临沂兰陵县(9.1%)、潍坊昌乐县(8.7%)。",
         F("gdp", 2024, "Q1", yoy=9.8, region="莒县"), F("gdp", 2024, "Q1", yoy=9.1, region="兰陵"),
         F("gdp", 2024, "Q1", yoy=8.7, region="昌乐"), region="山东", pub="2024-04-28"),
    case("glued-zone-list", "2023年,全市地区生产总值前三位依次是:历下区2450.3亿元,济南高新区1780.2亿元,市中区1340.7亿元。",
         F("gdp", 2023, "FY", 2450.3, "亿元", region="历下"), F("gdp", 2023, "FY", 1780.2, "亿元", region="济南高新区"),
         F("gdp", 2023, "FY", 1340.7, "亿元", region="市中"), region="济南", pub="2024-02-05"),
    case("glued-district-alone", "2024年,北京西城区居民人均可支配收入达到104520元,增长4.6%。",
         F("income_pc", 2024, "FY", 104520, "元", 4.6, region="西城"), region="北京", pub="2025-01-25"),
    # the near miss: a zone named alone, not listed among districts, stays a subset of its city
    case("glued-zone-alone", "上半年,合肥高新区实现地区生产总值812.4亿元,增长6.1%。", region="安徽", pub="2024-07-30"),
    # a place's rate word opening a sentence (德清增速达到…) after a sentence that names the metric with no
    # figure: the rate of that metric, for the place
    case("place-rate-after-figureless", "上半年,各县区规上工业增加值走势分化。德清增速达到11.4%,居全市首位。",
         F("industrial_value_added", 2024, "H1", yoy=11.4, region="德清"), region="湖州", pub="2024-07-26"),
    case("place-rise-after-figureless", "1-9月,全市一般公共预算收入增势平稳。安吉增幅为9.3%,领跑各县区。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", yoy=9.3, region="安吉"), region="湖州", pub="2023-10-20"),
    case("city-rate-after-figureless", "前三季度,三座GDP过万亿城市均已公布经济数据。烟台增速为6.1%,三城中最快。",
         F("gdp", 2024, "Q1-Q3", yoy=6.1, region="烟台"), region="山东", pub="2024-10-30"),
    # the near miss: with no metric named before it, a place's rate is of nothing of ours
    case("place-rate-no-metric", "上半年,全市旅游业持续回暖。德清增速达到21.5%,居全市首位。", region="湖州",
         pub="2024-07-26"),
    # 投资 after a place's verb (武义县完成投资…) stands for the investment metric named last; a zone whose figure
    # the counties' follow is listed among them (a whole region)
    case("place-verb-investment-zone", "上半年,全市固定资产投资增长12.5%。其中,经开区完成投资18.4亿元,同比增长20.1%;"
         "武义县完成投资30.2亿元,增长15.6%;浦江县完成投资25.7亿元,增长9.8%。",
         F("fixed_asset_investment", 2023, "H1", yoy=12.5, region="金华"),
         F("fixed_asset_investment", 2023, "H1", 18.4, "亿元", 20.1, region="金华经开区"),
         F("fixed_asset_investment", 2023, "H1", 30.2, "亿元", 15.6, region="武义"),
         F("fixed_asset_investment", 2023, "H1", 25.7, "亿元", 9.8, region="浦江"), region="金华", pub="2023-07-28"),
    case("place-verb-investment-running", "1-9月,全市固定资产投资稳步增长。其中,龙泉市累计完成投资45.3亿元,增长11.2%;"
         "庆元县累计完成投资20.6亿元,增长8.4%。", F("fixed_asset_investment", 2023, "Q1-Q3", 45.3, "亿元", 11.2, region="龙泉"),
         F("fixed_asset_investment", 2023, "Q1-Q3", 20.6, "亿元", 8.4, region="庆元"), region="丽水", pub="2023-10-25"),
    case("place-verb-investment-shared-unit", "前三季度,全市固定资产投资增势良好。婺城区和金东区分别完成投资88.6和72.3亿元。",
         F("fixed_asset_investment", 2024, "Q1-Q3", 88.6, "亿元", region="婺城"),
         F("fixed_asset_investment", 2024, "Q1-Q3", 72.3, "亿元", region="金东"), region="金华", pub="2024-10-28"),
    # the near miss: 投资 after a thing's verb (项目完成投资) is that thing's
    case("thing-verb-investment", "上半年,全市固定资产投资增长10.2%。其中,龙泉市重点项目完成投资12.1亿元。",
         F("fixed_asset_investment", 2023, "H1", yoy=10.2, region="丽水"), region="丽水", pub="2023-07-25"),
    # 成功, 顺利 between a metric and its verb (…也成功突破4000亿元，达到…)
    case("success-word-bound-then-level", "2022年,珠海市地区生产总值也成功突破4000亿元,达到4045.5亿元。",
         F("gdp", 2022, "FY", 4045.5, "亿元", region="珠海"), region="广东", pub="2023-02-10"),
    case("success-word-level", "2023年,全县财政总收入成功跨越50亿元,达到51.3亿元。",
         F("fiscal_revenue_total", 2023, "FY", 51.3, "亿元", region="玉环"), region="玉环", pub="2024-01-30"),
    case("smooth-word-level", "一季度,全市规上工业增加值顺利实现增长,完成186.4亿元。",
         F("industrial_value_added", 2024, "Q1", 186.4, "亿元", region="台州"), region="台州", pub="2024-04-25"),
    case("success-word-no-figure", "一季度,全市经济成功实现开门红,规上工业增加值增长6.2%。",
         F("industrial_value_added", 2024, "Q1", yoy=6.2, region="台州"), region="台州", pub="2024-04-25"),
    # the bound of a class of places with no count (不到一万亿的城市中) is no figure: the place after is the
    # subject of its own figure
    case("class-bound-uncounted-cities", "2022年,在地区生产总值不到一万亿的城市中,最高的是惠州,为5401.2亿元。",
         F("gdp", 2022, "FY", 5401.2, "亿元", region="惠州"), region="广东", pub="2023-02-10"),
    case("class-bound-uncounted-counties", "2023年,财政总收入超过百亿元的县市中,增幅最高的是义乌,增长9.6%。",
         F("fiscal_revenue_total", 2023, "FY", yoy=9.6, region="义乌"), region="浙江", pub="2024-02-10"),
    case("class-bound-uncounted-provinces", "2022年,GDP不足两万亿的省份中,增速最快的是宁夏,增长4.0%。",
         F("gdp", 2022, "FY", yoy=4.0, region="宁夏"), region="宁夏", pub="2023-02-10"),
    case("own-bound-kept", "2022年,惠州地区生产总值不到6000亿元。",
         F("gdp", 2022, "FY", 6000, "亿元", region="惠州", qualifier="under"), region="广东", pub="2023-02-10"),
    # the place ranked after the one just named (其次是广州的…, 排名第二的是广州，为…) has its own figure
    case("runner-up-of", "2022年,地区生产总值最高的是深圳,达32387.7亿元;其次是广州的28839.0亿元。",
         F("gdp", 2022, "FY", 32387.7, "亿元", region="深圳"), F("gdp", 2022, "FY", 28839.0, "亿元", region="广州"),
         region="广东", pub="2023-02-10"),
    case("runner-up-ranked", "2022年,地区生产总值最高的是深圳,达32387.7亿元;排名第二的是广州,为28839.0亿元。",
         F("gdp", 2022, "FY", 32387.7, "亿元", region="深圳"), F("gdp", 2022, "FY", 28839.0, "亿元", region="广州"),
         region="广东", pub="2023-02-10"),
    case("runner-up-next", "上半年,财政总收入最多的是温岭,达62.4亿元;其次为临海,达51.8亿元。",
         F("fiscal_revenue_total", 2024, "H1", 62.4, "亿元", region="温岭"),
         F("fiscal_revenue_total", 2024, "H1", 51.8, "亿元", region="临海"), region="台州", pub="2024-07-25"),
    # the near miss: a runner-up with no figure takes none of the leader's
    case("runner-up-no-figure", "2022年,地区生产总值最高的是深圳,达32387.7亿元;排名第二的是广州。",
         F("gdp", 2022, "FY", 32387.7, "亿元", region="深圳"), region="广东", pub="2023-02-10"),
    # a lead that turns to the rates (从增速上看, 增速方面) after the metric named with no figure (a ranking by
    # size, a release): the place after it has its own rate of that metric; a rank verb before a metric
    # (位列GDP总量前二) names no sector
    case("rate-view-after-release", "2022年各区县GDP发布。从增速上看,北碚区负增长0.9%,为唯一负增长的区县。",
         F("gdp", 2022, "FY", yoy=-0.9, region="北碚"), region="重庆", pub="2023-02-09"),
    case("rate-view-after-ranking", "2023年,渝北区、九龙坡区位列GDP总量前二;从增速上看,璧山区增长7.9%,居全市第一。",
         F("gdp", 2023, "FY", yoy=7.9, region="璧山"), region="重庆", pub="2024-02-08"),
    case("rate-view-aspect", "2023年各县规上工业增加值数据公布。增速方面,长兴增长12.1%,德清增长10.4%。",
         F("industrial_value_added", 2023, "FY", yoy=12.1, region="长兴"),
         F("industrial_value_added", 2023, "FY", yoy=10.4, region="德清"), region="湖州", pub="2024-02-05"),
    case("rate-view-sector", "2023年各县规上工业增加值数据公布。从增速上看,汽车制造业增长12.1%。", region="湖州",
         pub="2024-02-05"),
    # places joined by 、 opening the sentence after one with figures (大渡口区、云阳县增速最快，同比增长4.7%):
    # each place's rate of that metric
    case("listed-opening-sentence", "2022年全市GDP增长2.6%。大渡口区、云阳县增速最快,同比增长4.7%。",
         F("gdp", 2022, "FY", yoy=2.6, region="重庆"), F("gdp", 2022, "FY", yoy=4.7, region="大渡口"),
         F("gdp", 2022, "FY", yoy=4.7, region="云阳县"), region="重庆", pub="2023-02-09"),
    case("listed-opening-connector", "上半年全市规上工业增加值增长8.1%。另外长兴、德清增长最快,均增长11.2%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="湖州"),
         F("industrial_value_added", 2024, "H1", yoy=11.2, region="长兴"),
         F("industrial_value_added", 2024, "H1", yoy=11.2, region="德清"), region="湖州", pub="2024-07-25"),
    case("listed-opening-besides", "一季度,全市财政总收入增长6.3%。此外,温岭、玉环增幅最高,同比增长9.5%。",
         F("fiscal_revenue_total", 2024, "Q1", yoy=6.3, region="台州"),
         F("fiscal_revenue_total", 2024, "Q1", yoy=9.5, region="温岭"),
         F("fiscal_revenue_total", 2024, "Q1", yoy=9.5, region="玉环"), region="台州", pub="2024-04-25"),
    # the near miss: with no figure before, the places' rate is of nothing named
    case("listed-opening-no-figures", "一季度经济运行平稳。温岭、玉环增幅最高,同比增长9.5%。", region="台州",
         pub="2024-04-25"),
    # places joined by 和 after the leader's figure, a remark, then 分别 and a verb or a bound (南京和无锡紧随其后,
    # 分别突破了1.3万亿和1.1万亿): each place's figure of the leader's metric
    case("followers-bound", "前三季度,苏州以1.86万亿元的GDP总量居首,南京和无锡紧随其后,分别突破了1.3万亿和1.1万亿。",
         F("gdp", 2024, "Q1-Q3", 1.86, "万亿元", region="苏州"),
         F("gdp", 2024, "Q1-Q3", 1.3, "万亿元", region="南京", qualifier="over"),
         F("gdp", 2024, "Q1-Q3", 1.1, "万亿元", region="无锡", qualifier="over"), region="江苏", pub="2024-11-07"),
    case("followers-over", "上半年,慈溪GDP达1350.2亿元,余姚和海曙紧随其后,分别超过800亿元和700亿元。",
         F("gdp", 2024, "H1", 1350.2, "亿元", region="慈溪"),
         F("gdp", 2024, "H1", 800, "亿元", region="余姚", qualifier="over"),
         F("gdp", 2024, "H1", 700, "亿元", region="海曙", qualifier="over"), region="宁波", pub="2024-07-30"),
    case("followers-level", "一季度,昆山规上工业增加值为520.3亿元,江阴和张家港位列其后,分别为480.6亿元和350.2亿元。",
         F("industrial_value_added", 2024, "Q1", 520.3, "亿元", region="昆山"),
         F("industrial_value_added", 2024, "Q1", 480.6, "亿元", region="江阴"),
         F("industrial_value_added", 2024, "Q1", 350.2, "亿元", region="张家港"), region="江苏", pub="2024-04-28"),
    # a bound of two words the rates reached (超过或达到7%, 达到或超过) is no rate, as 增速超过7% is not
    case("rate-at-least-listed", "上半年全市GDP增长5.3%。其中,渝北和长寿增速超过或达到7%。",
         F("gdp", 2025, "H1", yoy=5.3, region="重庆"), region="重庆", pub="2025-08-06"),
    case("rate-at-least-one", "上半年全市GDP增长5.3%,渝北增速达到或超过7%。",
         F("gdp", 2025, "H1", yoy=5.3, region="重庆"), region="重庆", pub="2025-08-06"),
    case("rate-at-least-higher", "一季度全市规上工业增加值增长6.1%,长兴、德清增速高于或等于8%。",
         F("industrial_value_added", 2025, "Q1", yoy=6.1, region="湖州"), region="湖州", pub="2025-04-25"),
    case("rate-reached-kept", "上半年全市GDP增长5.3%,渝北增速达到7.2%。",
         F("gdp", 2025, "H1", yoy=5.3, region="重庆"), F("gdp", 2025, "H1", yoy=7.2, region="渝北"), region="重庆",
         pub="2025-08-06"),
    # the near misses: one bound the places share with no 分别 names a class; a runner-up with no superlative
    # before it, or places after a sentence of two metrics, have no metric to take
    case("followers-shared-bound", "上半年,慈溪GDP达1350.2亿元;余姚、海曙超过800亿元。",
         F("gdp", 2024, "H1", 1350.2, "亿元", region="慈溪"), region="宁波", pub="2024-07-30"),
    case("runner-up-no-leader", "一季度,台州GDP达到1420.5亿元。其次为温州,增长6.1%。",
         F("gdp", 2024, "Q1", 1420.5, "亿元", region="台州"), region="浙江", pub="2024-04-28"),
    case("listed-opening-two-metrics", "一季度,温岭市出口增长8.1%,进口增长2.2%。玉环市、临海市分别增长7.3%和6.0%。",
         F("exports", 2024, "Q1", yoy=8.1, region="温岭"), F("imports", 2024, "Q1", yoy=2.2, region="温岭"),
         region="台州", pub="2024-04-28"),
    case("followers-no-figure", "前三季度,苏州以1.86万亿元的GDP总量居首,南京和无锡紧随其后。",
         F("gdp", 2024, "Q1-Q3", 1.86, "万亿元", region="苏州"), region="江苏", pub="2024-11-07"),
]


REAL26_CASES = [
    # a table's footnote (注:, 备注:, 说明:) naming places belongs to the table above it: it is no title of the
    # table below, whose rows are the article's own region
    case("footnote-no-title-of-next-table",
         "湖州各区县GDP排行如下。\n排名 | 区域 | GDP(亿元) |\n1 | 甲县 | 512.3 |\n注:管理口径:吴兴区剔除两个街道。\n年份 | GDP(亿元) | 增速(%) |\n"
         "2023年 | 4015.2 | 5.1 |\n2022年 | 3850.7 | 3.6 |",
         F("gdp", 2023, "FY", 4015.2, "亿元", 5.1, region="湖州"), F("gdp", 2022, "FY", 3850.7, "亿元", 3.6, region="湖州"),
         region="湖州", pub="2024-03-01"),
    case("footnote-remark-no-title-of-next-table",
         "各县主要指标如下。\n备注：南浔区含开发区数据。\n年份 | 财政总收入(亿元) | 增长(%) |\n"
         "2021年 | 520.6 | 12.1 |\n2020年 | 461.3 | 5.2 |",
         F("fiscal_revenue_total", 2021, "FY", 520.6, "亿元", 12.1, region="湖州"),
         F("fiscal_revenue_total", 2020, "FY", 461.3, "亿元", 5.2, region="湖州"), region="湖州", pub="2022-03-01"),
    case("footnote-explanation-no-title-of-next-table",
         "湖州历年消费数据如下。\n说明:长兴县数据为快报数。\n年份 | 社会消费品零售总额(亿元) | 增长(%) |\n2019年 | 1250.4 | 8.6 |\n"
         "2018年 | 1151.3 | 9.4 |",
         F("retail_sales", 2019, "FY", 1250.4, "亿元", 8.6, region="湖州"),
         F("retail_sales", 2018, "FY", 1151.3, "亿元", 9.4, region="湖州"), region="湖州", pub="2020-03-01"),
    # the near miss: a title line that names a county is that county's table
    case("county-title-over-table",
         "长兴县主要年份生产总值\n年份 | GDP(亿元) | 增速(%) |\n2019年 | 713.9 | 7.6 |\n2018年 | 655.2 | 8.1 |",
         F("gdp", 2019, "FY", 713.9, "亿元", 7.6, region="长兴"), F("gdp", 2018, "FY", 655.2, "亿元", 8.1, region="长兴"),
         region="湖州", pub="2020-03-01"),
    # a table's row label naming a zone without its 区 (经开, 高新, 保税) is that zone of the home city
    case("zone-row-without-qu",
         "各区GDP如下。\n区域 | 2021年GDP(亿元) | 增速(%) |\n南湖区 | 729.9 | 8.8 |\n经开 | 395.0 | 6.1 |",
         F("gdp", 2021, "FY", 729.9, "亿元", 8.8, region="南湖"), F("gdp", 2021, "FY", 395.0, "亿元", 6.1, region="嘉兴经开区"),
         region="嘉兴", pub="2022-02-20"),
    case("zone-row-without-qu-ranked",
         "各区GDP如下。\n排名 | 区域 | 2021年GDP(亿元) | 增速(%) |\n1 | 南湖区 | 729.9 | 8.8 |\n2 | 经开 | 395.0 | 6.1 |",
         F("gdp", 2021, "FY", 729.9, "亿元", 8.8, region="南湖"), F("gdp", 2021, "FY", 395.0, "亿元", 6.1, region="嘉兴经开区"),
         region="嘉兴", pub="2022-02-20"),
    case("zone-row-without-qu-hightech",
         "2022年各区县财政总收入如下。\n地区 | 财政总收入(亿元) |\n长兴县 | 120.5 |\n高新 | 41.2 |",
         F("fiscal_revenue_total", 2022, "FY", 120.5, "亿元", region="长兴"),
         F("fiscal_revenue_total", 2022, "FY", 41.2, "亿元", region="湖州高新区"), region="湖州", pub="2023-02-20"),
    case("zone-row-without-qu-bonded",
         "2023年各区规上工业增加值增速如下。\n区域 | 增速(%) |\n北仑区 | 7.5 |\n保税 | 12.3 |",
         F("industrial_value_added", 2023, "FY", yoy=7.5, region="北仑"),
         F("industrial_value_added", 2023, "FY", yoy=12.3, region="宁波保税区"), region="宁波", pub="2024-02-20"),
    # a quoted answer to a quoted question about a company (企业, 公司, 厂) gives the company's figures
    case("quoted-answer-of-firm-question",
         "记者问:“公司今年效益怎么样?”“上半年实现工业总产值3.2亿元,增长15%。”负责人笑着说。",
         region="德清", pub="2019-07-30", labels={3.2: "enterprise"}),
    case("quoted-answer-of-factory-question",
         "“厂里一季度生产情况如何？”“一季度完成工业总产值1.8亿元，同比增长21%。”车间主任答道。",
         region="安吉", pub="2018-04-20", labels={1.8: "enterprise"}),
    case("quoted-answer-of-enterprise-question",
         "“企业今年出口情况怎么样?”“1-9月出口2300万美元,增长30%。”",
         region="长兴", pub="2017-10-20", labels={2300: "enterprise"}),
    # the near miss: a question about the place's economy is answered with the place's figures
    case("quoted-answer-of-county-question",
         "“今年全县经济运行怎么样?”“前三季度全县规上工业增加值增长8.2%。”县长说。",
         F("industrial_value_added", 2021, "Q1-Q3", yoy=8.2, region="德清"), region="德清", pub="2021-10-25"),
    # a word ending in 前 right before 年 (目前, 当前, 此前) holds no 前年 (the year before last)
    case("now-before-year-no-year-before-last", "目前年一季度各地GDP已公布,全市一季度生产总值同比增长5.3%。",
         F("gdp", 2023, "Q1", yoy=5.3, region="绍兴"), region="绍兴", pub="2023-05-01"),
    case("current-year-word-no-year-before-last", "当前年度1-10月,全县一般公共预算收入完成28.6亿元,增长5.1%。",
         F("fiscal_revenue_general", 2022, "M1-M10", 28.6, "亿元", 5.1, region="德清"), region="德清", pub="2022-11-20"),
    case("now-before-half-year-no-year-before-last", "目前年上半年数据显示,全区规上工业增加值增长8.4%。",
         F("industrial_value_added", 2021, "H1", yoy=8.4, region="萧山"), region="萧山", pub="2021-07-25"),
    # a figure whose digits before the point were lost (.44亿, a damaged page) is no figure: the rate after it
    # is still the metric's
    case("lost-digits-figure-gdp", "上半年,德清县实现地区生产总值.58亿,增长6.4%。",
         F("gdp", 2023, "H1", yoy=6.4, region="德清"), region="湖州", pub="2023-07-30"),
    case("lost-digits-figure-industry", "1-9月,全市规上工业增加值.21亿元,同比增长8.1%。",
         F("industrial_value_added", 2022, "Q1-Q3", yoy=8.1, region="绍兴"), region="绍兴", pub="2022-10-25"),
    case("lost-digits-figure-fiscal", "全年财政总收入.7亿元,增长12.3%。",
         F("fiscal_revenue_total", 2021, "FY", yoy=12.3, region="长兴"), region="长兴", pub="2021-12-30"),
    case("whole-figure-with-point", "2021年,全市生产总值1.44万亿元,增长6%。",
         F("gdp", 2021, "FY", 1.44, "万亿元", 6, region="宁波"), region="宁波", pub="2022-01-20"),
    # a sentence of nothing but years with their amounts, and the next one naming the metric those figures
    # show (这些数字, 这组数据 …是…规上工业总产值…): each year's level of that metric
    case("year-series-then-these-figures",
         "2000年50亿元,2010年300亿元,2020年1000亿元。这组数字记录了全县地区生产总值的跨越。",
         F("gdp", 2000, "FY", 50, "亿元", region="德清"), F("gdp", 2010, "FY", 300, "亿元", region="德清"),
         F("gdp", 2020, "FY", 1000, "亿元", region="德清"), region="德清", pub="2021-02-10"),
    case("year-series-then-these-data",
         "2012年12.5亿元,2017年25.3亿元,2022年48.6亿元。这些数据见证了全县财政总收入的快速增长。",
         F("fiscal_revenue_total", 2012, "FY", 12.5, "亿元", region="安吉"),
         F("fiscal_revenue_total", 2017, "FY", 25.3, "亿元", region="安吉"),
         F("fiscal_revenue_total", 2022, "FY", 48.6, "亿元", region="安吉"), region="安吉", pub="2023-02-10"),
    case("year-series-then-this-string-of-figures",
         "1985年1亿元,1995年10亿元,2005年100亿元。这一串数字,是平湖规上工业总产值发展的缩影。",
         F("industrial_output", 1985, "FY", 1, "亿元", region="平湖"), F("industrial_output", 1995, "FY", 10, "亿元", region="平湖"),
         F("industrial_output", 2005, "FY", 100, "亿元", region="平湖"), region="平湖", pub="2018-12-10"),
    case("year-series-after-run-in-title",
         "县域经济观察\n李明\n2000年50亿元,2010年300亿元,2020年1000亿元。这组数字记录了全县地区生产总值的跨越。",
         F("gdp", 2000, "FY", 50, "亿元", region="德清"), F("gdp", 2010, "FY", 300, "亿元", region="德清"),
         F("gdp", 2020, "FY", 1000, "亿元", region="德清"), region="德清", pub="2021-02-10"),
    case("year-series-after-club-title",
         "长兴财政迈入“百亿俱乐部”\n2010年30亿元,2015年60亿元,2020年105亿元。这组数据是全县财政总收入增长的写照。",
         F("fiscal_revenue_total", 2010, "FY", 30, "亿元", region="长兴"),
         F("fiscal_revenue_total", 2015, "FY", 60, "亿元", region="长兴"),
         F("fiscal_revenue_total", 2020, "FY", 105, "亿元", region="长兴"), region="长兴", pub="2021-02-10"),
    case("year-series-not-referenced",
         "2000年50亿元,2010年300亿元。全县地区生产总值持续增长。", region="德清", pub="2021-02-10"),
    # a page excerpt cut inside a piped table's last row (rows close with a pipe, the last line does not):
    # its last cell is cut short and no figure
    case("table-last-row-cut-short",
         "全市历年GDP如下。\n年份 | GDP(亿元) | 增速(%) |\n2022年 | 6739.5 | 2.5 |\n2021年 | 6355.3 | 8.5 |\n2020年 | 55",
         F("gdp", 2022, "FY", 6739.5, "亿元", 2.5, region="嘉兴"), F("gdp", 2021, "FY", 6355.3, "亿元", 8.5, region="嘉兴"),
         region="嘉兴", pub="2023-03-01"),
    case("table-last-row-cut-short-columns",
         "2021年各县主要指标如下。\n地区 | GDP(亿元) | 增速(%) | 财政总收入(亿元) |\n海宁市 | 1196.3 | 7.0 | 180.2 |\n"
         "桐乡市 | 1141.7 | 8",
         F("gdp", 2021, "FY", 1196.3, "亿元", 7.0, region="海宁"), F("gdp", 2021, "FY", 1141.7, "亿元", region="桐乡"),
         F("fiscal_revenue_total", 2021, "FY", 180.2, "亿元", region="海宁"), region="嘉兴", pub="2022-03-01"),
    case("table-last-row-cut-short-county",
         "各县财政总收入如下。\n县 | 2022年财政总收入(亿元) | 增长(%) |\n德清县 | 120.4 | 8.1 |\n长兴县 | 150.2 | 6.3 |\n安吉县 | 1",
         F("fiscal_revenue_total", 2022, "FY", 120.4, "亿元", 8.1, region="德清"),
         F("fiscal_revenue_total", 2022, "FY", 150.2, "亿元", 6.3, region="长兴"), region="湖州", pub="2023-03-01"),
    # the near misses: a last row with all its cells is whole, its closing pipe left out; so are rows that
    # never close with a pipe
    case("table-last-row-whole-without-pipe",
         "全市历年GDP如下。\n年份 | GDP(亿元) | 增速(%) |\n2021年 | 6355.3 | 8.5 |\n2020年 | 5509.5 | 3.5",
         F("gdp", 2021, "FY", 6355.3, "亿元", 8.5, region="嘉兴"), F("gdp", 2020, "FY", 5509.5, "亿元", 3.5, region="嘉兴"),
         region="嘉兴", pub="2022-03-01"),
    case("table-rows-without-closing-pipe",
         "全市历年GDP如下。\n年份 | GDP(亿元) | 增速(%)\n2021年 | 6355.3 | 8.5\n2020年 | 5509.5 | 3.5",
         F("gdp", 2021, "FY", 6355.3, "亿元", 8.5, region="嘉兴"), F("gdp", 2020, "FY", 5509.5, "亿元", 3.5, region="嘉兴"),
         region="嘉兴", pub="2022-03-01"),
    case("year-before-last-itself", "前年一季度,全市生产总值增长4.1%。",
         F("gdp", 2021, "Q1", yoy=4.1, region="绍兴"), region="绍兴", pub="2023-05-01"),
]

REAL32_CASES = [
    # a quarter with 累计 after it in its clause (第二季度GDP累计增长…) is the run from January to the quarter's
    # end, even after 分季度看 (a list of quarters otherwise of their own)
    case("quarter-run-total-list", "分季度看,第一季度全县GDP累计增长3.2%;第二季度GDP累计增长4.5%;第三季度GDP累计增长5.1%。",
         F("gdp", 2023, "Q1", yoy=3.2, region="弥渡"), F("gdp", 2023, "H1", yoy=4.5, region="弥渡"),
         F("gdp", 2023, "Q1-Q3", yoy=5.1, region="弥渡"), region="弥渡", pub="2023-11-05"),
    case("quarter-run-total-next", "一季度,全县固定资产投资增长6.4%。二季度累计增长7.9%。",
         F("fixed_asset_investment", 2022, "Q1", yoy=6.4, region="宾川"),
         F("fixed_asset_investment", 2022, "H1", yoy=7.9, region="宾川"), region="宾川", pub="2022-08-02"),
    case("quarter-run-total-metric", "第三季度全县社会消费品零售总额累计增长8.3%,增速比上半年加快0.6个百分点。",
         F("retail_sales", 2024, "Q1-Q3", yoy=8.3, region="南涧"), region="南涧", pub="2024-10-28"),
    # the near misses: 累计 as a verb's spelling (二季度累计完成…) leaves the quarter one quarter, and 累计 in a later
    # clause is that clause's period
    case("quarter-run-total-verb", "二季度,全县出口累计完成27.3亿美元,较上年下滑12.4%。",
         F("exports", 2024, "Q2", 27.3, "亿美元", -12.4, region="弥渡"), region="弥渡", pub="2024-07-26"),
    case("quarter-then-run-total", "二季度全县GDP增长5.6%,上半年累计增长4.8%。",
         F("gdp", 2023, "Q2", yoy=5.6, region="弥渡"), F("gdp", 2023, "H1", yoy=4.8, region="弥渡"),
         region="弥渡", pub="2023-07-25"),
    # the above-size figure given as a share of the whole industry (规上工业总产值…，占全县工业总产值99.9%) is the
    # headline, no part: the whole-industry figure before it gives way to it
    case("above-size-share-of-whole", "全年完成工业总产值96.41亿元,增长12.3%,其中规模以上工业总产值达到了90.27亿元,"
         "增长13.1%,占全县工业总产值93.6%。", F("industrial_output", 2021, "FY", 90.27, "亿元", 13.1, region="洛川"),
         region="洛川", pub="2022-04-20"),
    case("above-size-share-value-added", "全年全县规模以上工业增加值42.6亿元,增长7.1%,占全部工业增加值的86.5%。",
         F("industrial_value_added", 2022, "FY", 42.6, "亿元", 7.1, region="宜君"), region="宜君", pub="2023-04-10"),
    case("above-size-share-ratio", "全年规上工业总产值215.3亿元,同比增长9.4%,占全县工业总产值的比重为93.2%。",
         F("industrial_output", 2023, "FY", 215.3, "亿元", 9.4, region="富县"), region="富县", pub="2024-03-30"),
    # the near miss: a share of the same narrow metric of a larger place leaves the county's figure whole too,
    # and a sector's share of the above-size output stays the sector's
    case("above-size-share-of-province", "全年规上工业总产值215.3亿元,同比增长9.4%,占全省规上工业总产值的2.1%。",
         F("industrial_output", 2023, "FY", 215.3, "亿元", 9.4, region="富县"), region="富县", pub="2024-03-30"),
    case("sector-share-of-above-size", "全年高新技术产业产值61.2亿元,增长15.3%,占规上工业总产值的42.1%。",
         region="富县", pub="2024-03-30"),
    # 全部 before a metric (全部服务业增加值, 全部固定资产投资) names the whole, no sector
    case("whole-word-services", "上半年,全省全部服务业增加值8312.6亿元,增长4.6%。",
         F("gdp_tertiary", 2023, "H1", 8312.6, "亿元", 4.6, region="湖北"), region="湖北", pub="2023-07-21"),
    case("whole-word-split-verb", "前三季度,全市全部服务业实现增加值1021.4亿元,增长5.1%。",
         F("gdp_tertiary", 2022, "Q1-Q3", 1021.4, "亿元", 5.1, region="衡阳"), region="衡阳", pub="2022-10-26"),
    case("whole-word-investment", "一季度,全县全部固定资产投资增长9.2%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=9.2, region="祁东"), region="祁东", pub="2024-04-22"),
    # the near miss: the whole industry by 全部 still gives way to the above-size figure
    case("whole-word-industry-broad", "上半年,全部工业增加值98.2亿元,增长6.3%;规模以上工业增加值81.5亿元,增长7.0%。",
         F("industrial_value_added", 2022, "H1", 81.5, "亿元", 7.0, region="祁东"), region="祁东", pub="2022-07-26"),
    # a lead breaking a total down by its parts (按构成看:, 按经营地分, 按用途分: vocab/breakdowns.csv) opens rates of
    # the parts, not of the metric a heading named
    case("breakdown-lead-makeup", "二、全社会固定资产投资。1-6月,全社会固定资产投资增长4.6%。按构成看:建安工程增长5.1%,"
         "设备工器具购置增长2.2%,其他费用下降1.4%。", F("fixed_asset_investment", 2021, "H1", yoy=4.6, region="三台"),
         region="三台", pub="2021-07-28"),
    case("breakdown-lead-market", "二、社会消费品零售总额。前三季度,全市社会消费品零售总额增长5.5%。按经营地分,城区增长5.3%,"
         "乡村增长6.4%。", F("retail_sales", 2023, "Q1-Q3", yoy=5.5, region="广元"), region="广元", pub="2023-10-25"),
    case("breakdown-lead-use", "二、工业投资。上半年,全县工业投资增长12.1%。按用途分:新建增长15.2%,改扩建下降2.3%。",
         F("industrial_investment", 2022, "H1", yoy=12.1, region="盐亭"), region="盐亭", pub="2022-07-27"),
    # the near miss: quarters after 分季度看 are the heading's metric's own periods
    case("breakdown-lead-quarters", "三、固定资产投资。前三季度,全区固定资产投资增长7.4%。分季度看:二季度增长8.2%,三季度增长3.4%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=7.4, region="涪城"), F("fixed_asset_investment", 2023, "Q2", yoy=8.2,
         region="涪城"), F("fixed_asset_investment", 2023, "Q3", yoy=3.4, region="涪城"), region="涪城", pub="2023-10-20"),
    # a time listed after a compared one (比去年同期、去年全年分别提高…) or right after it (比上年全年) is compared too:
    # it moves no time, and the rate of another thing after the gap is no rate of the metric for it
    case("compared-times-list", "一季度,全县GDP增长6.2%。全县规模以上工业增加值增长8.6%,比去年同期、去年全年分别提高2.6、"
         "2个百分点;规模以上服务业营业收入增长9.8%。", F("gdp", 2024, "Q1", yoy=6.2, region="璧山"),
         F("industrial_value_added", 2024, "Q1", yoy=8.6, region="璧山"), region="璧山", pub="2024-04-22"),
    case("compared-times-list-last-year", "一季度,全县GDP增长5.1%。全县固定资产投资增长4.4%,比上年同期、上年全年分别加快1.1、"
         "0.3个百分点;商品房销售额增长2.1%。", F("gdp", 2023, "Q1", yoy=5.1, region="铜梁"),
         F("fixed_asset_investment", 2023, "Q1", yoy=4.4, region="铜梁"), region="铜梁", pub="2023-04-25"),
    case("compared-times-joined", "上半年,全县GDP增长5.1%。全县社会消费品零售总额增长6.8%,较去年同期和去年全年分别回升1.2和"
         "0.5个百分点;网上零售额增长12.1%。", F("gdp", 2024, "H1", yoy=5.1, region="潼南"),
         F("retail_sales", 2024, "H1", yoy=6.8, region="潼南"), region="潼南", pub="2024-07-22"),
    # the near miss: a month named after the gap is the metric's own period
    case("compared-times-then-month", "1-4月,全县规上工业增加值增长8.6%,比去年同期、去年全年分别提高2.6、2个百分点;4月份增长9.1%。",
         F("industrial_value_added", 2024, "M1-M4", yoy=8.6, region="荣昌"),
         F("industrial_value_added", 2024, "M4", yoy=9.1, region="荣昌"), region="荣昌", pub="2024-05-20"),
    # the small form variants of punctuation (﹔﹐﹕﹙﹚) read as the marks they stand for: clauses end at ﹔, a
    # colon frames, brackets hold an aside
    case("small-semicolon", "一季度,全县固定资产投资同比增长4.4%,比上年全年提高0.1个百分点﹔同时社会消费品零售总额增长5.5%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=4.4, region="綦江"), F("retail_sales", 2024, "Q1", yoy=5.5, region="綦江"),
         region="綦江", pub="2024-04-20"),
    case("small-colon-comma", "全年全县实现地区生产总值86.2亿元。分产业看﹕第一产业增加值12.1亿元﹐增长3.5%﹔第二产业增加值"
         "30.6亿元﹐增长6.1%。", F("gdp", 2023, "FY", 86.2, "亿元", region="武隆"),
         F("gdp_primary", 2023, "FY", 12.1, "亿元", 3.5, region="武隆"), F("gdp_secondary", 2023, "FY", 30.6, "亿元", 6.1,
         region="武隆"), region="武隆", pub="2024-03-20"),
    case("small-brackets", "一季度,全县规模以上工业增加值增长6.1%﹙全市5.4%﹚,固定资产投资增长3.2%。",
         F("industrial_value_added", 2024, "Q1", yoy=6.1, region="綦江"), F("fixed_asset_investment", 2024, "Q1", yoy=3.2,
         region="綦江"), F("industrial_value_added", 2024, "Q1", yoy=5.4, region="重庆"), region="綦江", pub="2024-04-20"),
    # a figure-less remark on a sector before the metric (重点行业支撑有力，规模以上工业…) is no topic of a metric named
    # with its population (规上, 规模以上): the above-size firms are all the region's
    case("sector-remark-above-size", "上半年,重点行业支撑有力,规上工业增加值增长6.2%。",
         F("industrial_value_added", 2020, "H1", yoy=6.2, region="汉中"), region="汉中", pub="2020-07-21"),
    case("sector-remark-split-name", "上半年,工业生产恢复加快,重点行业支撑有力,规模以上工业完成总产值602.3亿元,同比下降4.1%。",
         F("industrial_output", 2020, "H1", 602.3, "亿元", -4.1, region="安康"), region="安康", pub="2020-07-22"),
    case("sector-remark-output", "1-9月,支柱行业增势良好,规上工业总产值增长9.3%。",
         F("industrial_output", 2021, "Q1-Q3", yoy=9.3, region="商洛"), region="商洛", pub="2021-10-21"),
    # the near miss: a sector's own figure with no population word keeps the sector, and a town stays a town
    case("sector-remark-own-figure", "1-5月,装备制造行业增长较快,实现增加值35.2亿元,增长8.1%。", region="商洛", pub="2021-06-20"),
    case("town-remark-above-size", "1-5月,薛家镇工业发展迅猛,规上工业增加值增长12.0%。", region="武进", pub="2021-06-20",
         labels={12.0: "town"}),
    # an autonomous place printed by its short name and the whole unit but the people (湘西自治州, 石柱自治县,
    # 恩施自治州) is that place
    case("autonomous-prefecture-list", "一季度,湘西自治州、邵阳市GDP分别增长5.5%和6.3%。",
         F("gdp", 2019, "Q1", yoy=5.5, region="湘西"), F("gdp", 2019, "Q1", yoy=6.3, region="邵阳"), region="湖南",
         pub="2019-05-13"),
    case("autonomous-counties", "一季度,石柱自治县GDP增长6.1%,彭水自治县增长5.2%。",
         F("gdp", 2019, "Q1", yoy=6.1, region="石柱"), F("gdp", 2019, "Q1", yoy=5.2, region="彭水"), region="重庆",
         pub="2019-04-28"),
    case("autonomous-prefecture-level", "2022年,恩施自治州实现地区生产总值1402.2亿元,增长4.5%。",
         F("gdp", 2022, "FY", 1402.2, "亿元", 4.5, region="恩施州"), region="湖北", pub="2023-02-01"),
    # places with their rates printed before the metric whose ranking they top (以8.2%的增速成为GDP增速最快的市州,
    # 分别以5.5%和6.3%成为GDP增长最慢的两个市州, 2.1%的地区生产总值增速最低): that metric's rates
    case("rate-before-ranked-metric", "上半年,绵阳市以9.1%的增长率成为全省GDP增长最快的城市。",
         F("gdp", 2019, "H1", yoy=9.1, region="绵阳"), region="四川", pub="2019-07-30"),
    case("rates-before-ranked-metric", "前三季度,南充市、广安市分别以7.4%和7.1%成为规模以上工业增加值增速最快的两个市。",
         F("industrial_value_added", 2019, "Q1-Q3", yoy=7.4, region="南充"),
         F("industrial_value_added", 2019, "Q1-Q3", yoy=7.1, region="广安"), region="四川", pub="2019-10-30"),
    case("bare-rate-before-ranked-metric", "一季度,阿坝州2.1%的地区生产总值增速最低。",
         F("gdp", 2019, "Q1", yoy=2.1, region="阿坝州"), region="四川", pub="2019-04-30"),
    # the near miss: an industry's rate before the metric it pulls most is the industry's
    case("industry-rate-before-ranked-metric", "一季度,汽车产业以12.1%的增速成为规上工业增加值增长最快的行业。",
         region="绵阳", pub="2019-04-30"),
    # places that tie on one rate (A、B以8%的增速并列第2位) each take it, also where the metric is carried to them
    case("tied-places-after-ranked", "一季度,衡阳市以8.2%的增速成为GDP增速最快的市州,长沙市、娄底市以8%的增速并列第2位。",
         F("gdp", 2019, "Q1", yoy=8.2, region="衡阳"), F("gdp", 2019, "Q1", yoy=8.0, region="长沙"),
         F("gdp", 2019, "Q1", yoy=8.0, region="娄底"), region="湖南", pub="2019-05-13"),
    case("tied-places-after-qizhong", "上半年,全市GDP增长6.1%。其中,涪城区、游仙区以7.2%的增速并列第一。",
         F("gdp", 2019, "H1", yoy=6.1, region="绵阳"), F("gdp", 2019, "H1", yoy=7.2, region="涪城"),
         F("gdp", 2019, "H1", yoy=7.2, region="游仙"), region="绵阳", pub="2019-07-30"),
    case("tied-places-next-sentence", "上半年,全市GDP增长6.1%。江油市、三台县以7.2%的增幅并列第一。",
         F("gdp", 2019, "H1", yoy=6.1, region="绵阳"), F("gdp", 2019, "H1", yoy=7.2, region="江油"),
         F("gdp", 2019, "H1", yoy=7.2, region="三台"), region="绵阳", pub="2019-07-30"),
    # the near miss: places with a rate each keep their own
    case("places-own-rates-then-tie-word", "上半年,全市GDP增长6.1%。涪城区、游仙区分别增长7.2%和6.8%,并列前两位。",
         F("gdp", 2019, "H1", yoy=6.1, region="绵阳"), F("gdp", 2019, "H1", yoy=7.2, region="涪城"),
         F("gdp", 2019, "H1", yoy=6.8, region="游仙"), region="绵阳", pub="2019-07-30"),
    # a rate word with 仅/只 before its rate (增速仅0.1%, 增幅只3.5%) names a low rate of the metric
    case("rate-word-only", "前三季度,江苏GDP增长2.3%。连云港市增速持续低迷,其上半年GDP增速仅0.1%,虽然前三季度增速上升至1.0%。",
         F("gdp", 2022, "Q1-Q3", yoy=2.3, region="江苏"), F("gdp", 2022, "H1", yoy=0.1, region="连云港"),
         F("gdp", 2022, "Q1-Q3", yoy=1.0, region="连云港"), region="江苏", pub="2022-11-06"),
    case("rate-word-only-county", "上半年,全县规上工业增加值增幅仅2.3%,低于全市平均。",
         F("industrial_value_added", 2022, "H1", yoy=2.3, region="灌云"), region="灌云", pub="2022-07-26"),
    case("rate-word-just", "一季度,全县社会消费品零售总额增速只3.5%。",
         F("retail_sales", 2022, "Q1", yoy=3.5, region="灌南"), region="灌南", pub="2022-04-26"),
    # the near miss: a share word with 仅 is no rate
    case("share-word-only", "一季度,全县GDP增长5%,第一产业占比仅3.2%。", F("gdp", 2022, "Q1", yoy=5.0, region="灌南"),
         region="灌南", pub="2022-04-26"),
    # a band of ranks before a ranking's list (排名4-8名的分别是:, 第4至8位的, 第9到11名的依次为) is no figure
    case("rank-band-list", "前三季度,江苏GDP增长2.3%。GDP排名4-8名的分别是:南通市8681亿元、常州市6563亿元、徐州市6294亿元。",
         F("gdp", 2022, "Q1-Q3", yoy=2.3, region="江苏"), F("gdp", 2022, "Q1-Q3", 8681, "亿元", region="南通"),
         F("gdp", 2022, "Q1-Q3", 6563, "亿元", region="常州"), F("gdp", 2022, "Q1-Q3", 6294, "亿元", region="徐州"),
         region="江苏", pub="2022-11-06"),
    case("rank-band-ordinal", "前三季度,江苏GDP增长2.3%。GDP排名第4至8位的分别是:南通市8681亿元、常州市6563亿元。",
         F("gdp", 2022, "Q1-Q3", yoy=2.3, region="江苏"), F("gdp", 2022, "Q1-Q3", 8681, "亿元", region="南通"),
         F("gdp", 2022, "Q1-Q3", 6563, "亿元", region="常州"), region="江苏", pub="2022-11-06"),
    case("rank-band-in-turn", "上半年,全省GDP增长5.1%。GDP位列第9到11名的依次为:泰州市3119亿元、镇江市2435亿元、淮安市2298亿元。",
         F("gdp", 2023, "H1", yoy=5.1, region="江苏"), F("gdp", 2023, "H1", 3119, "亿元", region="泰州"),
         F("gdp", 2023, "H1", 2435, "亿元", region="镇江"), F("gdp", 2023, "H1", 2298, "亿元", region="淮安"),
         region="江苏", pub="2023-08-01"),
]


# a counted set of places, introduced by the bound that defines it (增速超过10%的有3个县, 增幅高于全市的县(市、区)
#有4个), then listed with each place's rate: the rates are the places'; the bound is no figure of the home region's
S15_CASES = [
    case("counted-set-after-bound", "上半年,一般公共预算收入增速超过12%的有3个县,分别是东台市(15.6%)、射阳县(13.1%)和"
         "阜宁县(12.4%)。", F("fiscal_revenue_general", 2025, "H1", yoy=15.6, region="东台"),
         F("fiscal_revenue_general", 2025, "H1", yoy=13.1, region="射阳"),
         F("fiscal_revenue_general", 2025, "H1", yoy=12.4, region="阜宁"), region="盐城", pub="2025-07-28"),
    case("counted-set-count-after", "1-9月,规上工业增加值增幅高于全市平均的县(市、区)有3个,分别为:东台市10.2%、"
         "建湖县9.7%、大丰区9.1%。", F("industrial_value_added", 2024, "Q1-Q3", yoy=10.2, region="东台"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.7, region="建湖"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.1, region="大丰"), region="盐城", pub="2024-10-26"),
    case("counted-set-colon-verbs", "一季度,社会消费品零售总额增长快于全市的县(市)共有2个:滨海县增长8.9%,响水县增长8.2%。",
         F("retail_sales", 2023, "Q1", yoy=8.9, region="滨海"), F("retail_sales", 2023, "Q1", yoy=8.2, region="响水"),
         region="盐城", pub="2023-04-25"),
    # the bound 在20%以上 defines the set: no growth of the city's own
    case("counted-set-band-bound", "上半年,固定资产投资增速在20%以上的有2个县,即滨海县(23.4%)和射阳县(20.8%)。",
         F("fixed_asset_investment", 2025, "H1", yoy=23.4, region="滨海"),
         F("fixed_asset_investment", 2025, "H1", yoy=20.8, region="射阳"), region="盐城", pub="2025-07-28"),
    case("counted-set-firms", "上半年,全市规上工业增加值增长9.1%,增速在10%以上的企业有312家。",
         F("industrial_value_added", 2025, "H1", yoy=9.1, region="盐城"), region="盐城", pub="2025-07-28"),
    # the near miss: a bound that ends its clause is the city's own growth (the qualifier column is the value's)
    case("bound-of-own-growth", "上半年,全市规上工业增加值增长10%以上,高于全省平均。",
         F("industrial_value_added", 2025, "H1", yoy=10.0, region="盐城"), region="盐城", pub="2025-07-28"),
    # a part's share of the whole named before it by the whole's last word (占全部投资的比重) is the region's own
    # part, not a subset of the region
    case("share-of-parent-all", "上半年,全县固定资产投资增长9.4%,其中工业投资增长18.2%,占全部投资的比重达到41.3%。",
         F("fixed_asset_investment", 2025, "H1", yoy=9.4, region="安吉"),
         F("industrial_investment", 2025, "H1", yoy=18.2, region="安吉"), region="安吉", pub="2025-07-25"),
    case("share-of-parent-county", "1-9月,全县完成固定资产投资增长7.6%;工业投资增长15.1%,占全县投资的36.2%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.6, region="安吉"),
         F("industrial_investment", 2024, "Q1-Q3", yoy=15.1, region="安吉"), region="安吉", pub="2024-10-24"),
    case("share-of-parent-bare", "一季度,安吉县固定资产投资增长6.2%,其中工业投资12.4亿元,增长11.8%,占投资的比重为29.7%。",
         F("fixed_asset_investment", 2023, "Q1", yoy=6.2, region="安吉"),
         F("industrial_investment", 2023, "Q1", 12.4, "亿元", 11.8, region="安吉"), region="安吉", pub="2023-04-24"),
    case("share-of-parent-no-whole", "1-6月,全县工业投资增长17.3%,占全部投资的比重为40.2%。",
         F("industrial_investment", 2025, "H1", yoy=17.3, region="安吉"), region="安吉", pub="2025-07-25"),
    # the near miss: a share of the same metric's whole is a part of it (亿元以上项目: a subset)
    case("share-of-same-metric", "上半年,全县固定资产投资增长9.4%,其中亿元以上项目投资增长15.2%,占全部投资的67.1%。",
         F("fixed_asset_investment", 2025, "H1", yoy=9.4, region="安吉"), region="安吉", pub="2025-07-25"),
]


S16_CASES = [
    # a period named only as the one compared with (增速比上半年回落, 较前三季度提高) is not the article's one
    # period: a figure with no time of its own does not take it
    case("compared-period-not-dominant", "全县一般公共预算收入完成41.6亿元,同比增长8.2%,增幅较前三季度回落1.1个百分点。",
         F("fiscal_revenue_general", 2023, "FY", 41.6, "亿元", 8.2, region="桐溪"), region="桐溪", pub="2024-01-26"),
    case("compared-half-not-dominant", "社会消费品零售总额达到356.2亿元,比上年增长7.3%,增速比上半年回落0.4个百分点。",
         F("retail_sales", 2023, "FY", 356.2, "亿元", 7.3, region="桐溪"), region="桐溪", pub="2024-01-20"),
    case("compared-months-not-dominant", "全县规上工业增加值完成512.3亿元,增长7.7%,增幅比1-11月收窄0.2个百分点。",
         F("industrial_value_added", 2023, "FY", 512.3, "亿元", 7.7, region="桐溪"), region="桐溪", pub="2024-01-15"),
    # the near miss: in October no period is in force, and the compared half-year is not one: no fact
    case("compared-period-no-time", "全县地区生产总值完成312.5亿元,同比增长6.3%,增速比上半年提高0.4个百分点。",
         region="桐溪", pub="2023-10-28"),
    # rates listed one per period of a list right before them (分别/依次) are the metric's for those periods:
    # the metric of the clause before, or of the sentence before when this one names none
    case("period-list-after-sentence", "2023年,全县地区生产总值增长6.2%。分季度看,一季度、上半年、前三季度和全年分别增长"
         "5.1%、5.8%、6.0%和6.2%。", F("gdp", 2023, "FY", yoy=6.2, region="桐溪"),
         F("gdp", 2023, "Q1", yoy=5.1, region="桐溪"), F("gdp", 2023, "H1", yoy=5.8, region="桐溪"),
         F("gdp", 2023, "Q1-Q3", yoy=6.0, region="桐溪"), region="桐溪", pub="2024-02-05"),
    case("period-list-from-quarters", "全年全市社会消费品零售总额增长7.4%。从季度看,一季度、上半年和前三季度分别增长5.2%、"
         "6.3%和6.9%。", F("retail_sales", 2023, "FY", yoy=7.4, region="桐溪"),
         F("retail_sales", 2023, "Q1", yoy=5.2, region="桐溪"), F("retail_sales", 2023, "H1", yoy=6.3, region="桐溪"),
         F("retail_sales", 2023, "Q1-Q3", yoy=6.9, region="桐溪"), region="桐溪", pub="2024-01-20"),
    case("period-list-same-sentence", "2023年,全县规上工业增加值增长9.1%,一季度、上半年、前三季度分别增长7.5%、8.2%和8.8%。",
         F("industrial_value_added", 2023, "FY", yoy=9.1, region="桐溪"),
         F("industrial_value_added", 2023, "Q1", yoy=7.5, region="桐溪"),
         F("industrial_value_added", 2023, "H1", yoy=8.2, region="桐溪"),
         F("industrial_value_added", 2023, "Q1-Q3", yoy=8.8, region="桐溪"), region="桐溪", pub="2024-01-20"),
    case("period-list-months-in-turn", "1-9月,全市固定资产投资增长12.3%,1-3月、1-6月依次增长10.2%和11.5%,逐季走高。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=12.3, region="桐溪"),
         F("fixed_asset_investment", 2023, "Q1", yoy=10.2, region="桐溪"),
         F("fixed_asset_investment", 2023, "H1", yoy=11.5, region="桐溪"), region="桐溪", pub="2023-10-20"),
    # a size class named alone after 其中 (规上企业, 规模以上工业) before its growth: the above-size part of the
    # whole-industry metric named before it, the figure the conventions count instead of the whole's
    case("size-part-firms", "1-10月,全县完成工业增加值28.6亿元,同比增长9.4%,其中,规上企业增长10.2%,规下企业增长7.9%。",
         F("industrial_value_added", 2023, "M1-M10", yoy=10.2, region="桐溪"), region="桐溪", pub="2023-11-20"),
    case("size-part-industry", "全年全县工业增加值增长6.8%,其中规模以上企业增长7.5%。",
         F("industrial_value_added", 2023, "FY", yoy=7.5, region="桐溪"), region="桐溪", pub="2024-02-05"),
    case("size-part-long", "1-5月,全县工业增加值同比增长8.1%,其中规模以上企业增长9.0%,规模以下企业增长5.2%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=9.0, region="桐溪"), region="桐溪", pub="2023-06-20"),
    case("size-part-output", "前三季度,全县实现工业总产值612.5亿元,增长6.6%,其中规上企业增长7.9%。",
         F("industrial_output", 2023, "Q1-Q3", yoy=7.9, region="桐溪"), region="桐溪", pub="2023-10-20"),
    # the near miss: after the above-size metric itself, a class of its firms is a part of it, no headline
    case("size-part-already", "上半年,全县规上工业增加值增长8.2%,其中规上企业中的高新技术企业增长12.1%。",
         F("industrial_value_added", 2023, "H1", yoy=8.2, region="桐溪"), region="桐溪", pub="2023-07-20"),
    # a class of firms (规上企业, 规模以上工业企业) before a measure it is not the whole of (exports, trade, imports) names
    # a part of it: a subset, no second figure of the region's
    case("size-class-exports", "全县外贸出口增长8.2%,其中规上企业出口增长9.1%。",
         F("exports", 2023, "FY", yoy=8.2, region="桐溪"), region="桐溪", pub="2024-01-20"),
    case("size-class-trade", "1-6月,全市进出口总额156.3亿元,增长7.4%;其中,规模以上企业进出口98.2亿元,增长9.0%。",
         F("trade_total", 2023, "H1", 156.3, "亿元", 7.4, region="桐溪"), region="桐溪", pub="2023-07-20"),
    case("size-class-imports", "上半年,全县进口总额增长3.2%,其中规模以上工业企业进口增长4.4%。",
         F("imports", 2023, "H1", yoy=3.2, region="桐溪"), region="桐溪", pub="2023-07-20"),
    # the near miss: the class is the whole of the industry's output
    case("size-class-output", "上半年,全县规上工业企业实现产值356.2亿元,增长7.7%。",
         F("industrial_output", 2023, "H1", 356.2, "亿元", 7.7, region="桐溪"), region="桐溪", pub="2023-07-20"),
    # the near misses: a list of periods compared with gives points, no rates
    case("period-list-compared", "2023年,全县GDP增长6.2%,比一季度、上半年分别提高1.1和0.4个百分点。",
         F("gdp", 2023, "FY", yoy=6.2, region="桐溪"), region="桐溪", pub="2024-01-20"),
]

S17_CASES = [
    # 新 before a metric (新签约项目, newly signed) qualifies when, not what: the region's own count and total
    case("newly-signed-projects", "上半年,全市新签约项目57个,总投资213.4亿元。",
         F("signed_projects_count", 2024, "H1", 57, "个", region="桐溪"),
         F("signed_projects_investment", 2024, "H1", 213.4, "亿元", region="桐溪"), region="桐溪", pub="2024-07-22"),
    case("newly-signed-investment-projects", "一季度,全县新签约招商引资项目19个,协议总投资48.2亿元。",
         F("signed_projects_count", 2024, "Q1", 19, "个", region="桐溪"),
         F("signed_projects_investment", 2024, "Q1", 48.2, "亿元", region="桐溪"), region="桐溪", pub="2024-04-18"),
    case("newly-signed-projects-cumulative", "1-5月,全区累计新签约项目33个,同比增长10%。",
         F("signed_projects_count", 2024, "M1-M5", 33, "个", 10, region="桐溪"), region="桐溪", pub="2024-06-12"),
    # the near miss: a product named with 新 (新能源汽车) is a product group, not the region's exports
    case("new-energy-exports-sector", "上半年,全市新能源汽车出口增长41.5%。", region="桐溪", pub="2024-07-22"),
    # an above-size class of firms named after 其中 (规上工业企业, 规模以上工业企业) with a measure that is no rate of
    # its own (完成投资23.4亿元) is the firms' part of the open metric: its figure is not the region's level
    case("above-size-firms-investment-part", "2023年,全县固定资产投资增长6.4%,其中规模以上工业企业完成投资31.2亿元。",
         F("fixed_asset_investment", 2023, "FY", yoy=6.4, region="桐溪"), region="桐溪", pub="2024-01-25"),
    case("above-size-firms-investment-part-rated", "1-9月,全县固定资产投资增长8.3%,其中规上工业企业完成投资19.7亿元,"
         "增长12.5%。", F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.3, region="桐溪"), region="桐溪", pub="2024-10-22"),
    case("above-size-firms-investment-no-verb", "上半年,全县固定资产投资同比增长5.2%,其中规上工业企业投资14.6亿元。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="桐溪"), region="桐溪", pub="2024-07-22"),
    # a box of figures, one per line, each opening with its amount, its metric's name right after and its rate
    # (no stops between the lines): each amount is its own metric's, not the open metric's before it
    case("figure-box-blank-lines", "数说上半年\n\n418.62亿元\n地区生产总值\n同比增长5.9%\n\n132.4亿元\n规上工业增加值\n"
         "同比增长8.7%\n\n101.8亿元\n社会消费品零售总额\n同比增长4.6%", F("gdp", 2024, "H1", 418.62, "亿元", 5.9, region="桐溪"),
         F("industrial_value_added", 2024, "H1", 132.4, "亿元", 8.7, region="桐溪"),
         F("retail_sales", 2024, "H1", 101.8, "亿元", 4.6, region="桐溪"), region="桐溪", pub="2024-07-26"),
    case("figure-box-packed-lines", "图说前三季度\n603.5亿元\n地区生产总值\n增长6.4%\n57.2亿元\n一般公共预算收入\n增长2.9%",
         F("gdp", 2024, "Q1-Q3", 603.5, "亿元", 6.4, region="桐溪"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 57.2, "亿元", 2.9, region="桐溪"), region="桐溪", pub="2024-10-24"),
    case("figure-box-one-line-each", "2023年经济成绩单\n812.9亿元 地区生产总值 增长6.1%\n1530.6亿元 规上工业总产值 增长9.4%\n"
         "236.7亿元 进出口总额 下降2.2%", F("gdp", 2023, "FY", 812.9, "亿元", 6.1, region="桐溪"),
         F("industrial_output", 2023, "FY", 1530.6, "亿元", 9.4, region="桐溪"),
         F("trade_total", 2023, "FY", 236.7, "亿元", -2.2, region="桐溪"), region="桐溪", pub="2024-01-30"),
    # the near misses: a count of firms before the metric they make (their output's level follows it), and a
    # round bound naming a class of things in a title
    case("firm-count-before-metric", "2023年,全县1268家规上工业企业实现工业总产值2106.3亿元,增长7.9%。",
         F("industrial_output", 2023, "FY", 2106.3, "亿元", 7.9, region="桐溪"), region="桐溪", pub="2024-01-30"),
    case("round-bound-title-before-metric", "千亿规上工业总产值背后的秘诀\n2023年,全县规上工业总产值达1043亿元,同比增长8.1%。",
         F("industrial_output", 2023, "FY", 1043, "亿元", 8.1, region="桐溪"), region="桐溪", pub="2024-02-06"),
    # a rate noun with its rate in brackets (增速（6.5%）, 增幅(9.2%), 增长率（12.6%）) is the metric's rate, and places
    # compared with their own rates in brackets after it are theirs
    case("bracketed-rate-after-rate-noun", "前三季度,海盐县GDP增速(6.7%)高于全市(6.2%)和全省(5.6%)。",
         F("gdp", 2024, "Q1-Q3", yoy=6.7, region="海盐"), F("gdp", 2024, "Q1-Q3", yoy=6.2, region="嘉兴"),
         F("gdp", 2024, "Q1-Q3", yoy=5.6, region="浙江"), region="海盐县", pub="2024-10-25"),
    case("bracketed-rate-rank-after", "上半年,全县规上工业增加值增幅(11.4%)居全市首位。",
         F("industrial_value_added", 2024, "H1", yoy=11.4, region="桐溪"), region="桐溪", pub="2024-07-25"),
    case("bracketed-rate-growth-rate-noun", "1-8月,全县固定资产投资增长率（13.8%）高于全市平均水平。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=13.8, region="桐溪"), region="桐溪", pub="2024-09-20"),
    # the near miss: a rank in the brackets is no rate
    case("bracketed-rank-after-rate-noun", "上半年,全县GDP增速（全市第二）继续领先。", region="桐溪", pub="2024-07-25"),
    # a signed rate in brackets right after a level (86.2亿元(+7.4%), 17.1亿元(-4.3%)) is that level's rate
    case("signed-rate-in-brackets", "上半年,全县地区生产总值402.7亿元(+6.1%)。",
         F("gdp", 2024, "H1", 402.7, "亿元", 6.1, region="桐溪"), region="桐溪", pub="2024-07-25"),
    case("signed-rates-in-brackets-pair", "1-8月,全县出口91.3亿元（+8.2%）,进口20.6亿元（-3.7%）。",
         F("exports", 2024, "M1-M8", 91.3, "亿元", 8.2, region="桐溪"),
         F("imports", 2024, "M1-M8", 20.6, "亿元", -3.7, region="桐溪"), region="桐溪", pub="2024-09-18"),
    case("signed-rate-in-brackets-revenue", "前三季度,全县一般公共预算收入41.2亿元(+2.9%),居全市第三。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 41.2, "亿元", 2.9, region="桐溪"), region="桐溪", pub="2024-10-25"),
    # the near miss: an unsigned percent in brackets after a level may be a share: no rate
    case("unsigned-percent-in-brackets", "上半年,全县地区生产总值402.7亿元(6.1%)。",
         F("gdp", 2024, "H1", 402.7, "亿元", region="桐溪"), region="桐溪", pub="2024-07-25"),
    # a dash between a metric and its level (地区生产总值——402.7亿元, 规上工业增加值—188.4亿元) sets the figure off,
    # as a colon does: the level is the metric's
    case("dash-before-level", "上半年,全县地区生产总值——402.7亿元,同比增长6.1%。",
         F("gdp", 2024, "H1", 402.7, "亿元", 6.1, region="桐溪"), region="桐溪", pub="2024-07-25"),
    case("single-dash-before-level", "1-9月,全县规上工业增加值—191.6亿元,增长9.3%。",
         F("industrial_value_added", 2024, "Q1-Q3", 191.6, "亿元", 9.3, region="桐溪"), region="桐溪", pub="2024-10-25"),
    case("dash-before-level-bracketed-rate", "1-8月,全县出口总额——96.4亿元(增长5.8%)。",
         F("exports", 2024, "M1-M8", 96.4, "亿元", 5.8, region="桐溪"), region="桐溪", pub="2024-09-18"),
    # a level in brackets right after its metric (地区生产总值（402.7亿元）同比增长6.1%) is the metric's, and the rate after
    # the bracket is too
    case("level-in-brackets-after-metric", "上半年,全县地区生产总值（402.7亿元）同比增长6.1%。",
         F("gdp", 2024, "H1", 402.7, "亿元", 6.1, region="桐溪"), region="桐溪", pub="2024-07-25"),
    case("levels-in-brackets-pair", "1-9月,全县规上工业增加值(191.6亿元)增长9.3%,社会消费品零售总额(143.2亿元)增长4.4%。",
         F("industrial_value_added", 2024, "Q1-Q3", 191.6, "亿元", 9.3, region="桐溪"),
         F("retail_sales", 2024, "Q1-Q3", 143.2, "亿元", 4.4, region="桐溪"), region="桐溪", pub="2024-10-25"),
    case("level-in-brackets-revenue", "全年一般公共预算收入（52.8亿元）比上年增长3.9%。",
         F("fiscal_revenue_general", 2023, "FY", 52.8, "亿元", 3.9, region="桐溪"), region="桐溪", pub="2024-01-25"),
    # one place with its own figure in brackets right after a figure (增长5.7%（全市5.3%）, 38562元（全省35210元）) is
    # that place's figure of the metric, as each place of a list in brackets is
    case("one-place-rate-in-brackets", "上半年,海盐县地区生产总值增长6.3%(全市5.8%)。",
         F("gdp", 2024, "H1", yoy=6.3, region="海盐"), F("gdp", 2024, "H1", yoy=5.8, region="嘉兴"),
         region="海盐县", pub="2024-07-25"),
    case("one-place-level-in-brackets", "上半年,海盐县城镇居民人均可支配收入41236元（全省39870元）,增长4.8%。",
         F("income_urban_pc", 2024, "H1", 41236, "元", 4.8, region="海盐"),
         F("income_urban_pc", 2024, "H1", 39870, "元", region="浙江"), region="海盐县", pub="2024-07-25"),
    case("one-place-average-in-brackets", "1-9月,海盐县规上工业增加值增长10.4%（全省平均6.6%）,增幅居全市第一。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=10.4, region="海盐"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.6, region="浙江"), region="海盐县", pub="2024-10-25"),
    # the near misses: a rank or a share in the brackets is no place's figure
    case("one-place-rank-in-brackets", "上半年,海盐县地区生产总值增长6.3%(全市第二)。",
         F("gdp", 2024, "H1", yoy=6.3, region="海盐"), region="海盐县", pub="2024-07-25"),
    case("one-place-share-in-brackets", "上半年,海盐县出口92.4亿元(占全市18.2%),增长7.1%。",
         F("exports", 2024, "H1", 92.4, "亿元", 7.1, region="海盐"), region="海盐县", pub="2024-07-25"),
    # the near miss: 规上工业 with a rate of its own is the above-size industry's value added
    case("above-size-industry-rate-after-investment", "上半年,全县固定资产投资同比增长5.2%,规上工业增长8.6%。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="桐溪"),
         F("industrial_value_added", 2024, "H1", yoy=8.6, region="桐溪"), region="桐溪", pub="2024-07-22"),
]

S18_CASES = [
    # a list of places sharing a bound (均在30亿元以上, 虽在…之下), then one of them opening a clause with its own
    # figure (其中海宁市达到…, 尤其是嘉善县…, 特别是安吉县…): that place's figure; the bound stays the others'
    case("list-bound-member-other", "1-8月,海宁市、嘉善县和海盐县一般公共预算收入都在30亿元以上,其中海宁市更是达到52.6亿元,"
         "同比增长6.1%。", F("fiscal_revenue_general", 2024, "M1-M8", 52.6, "亿元", 6.1, region="海宁"),
         F("fiscal_revenue_general", 2024, "M1-M8", 30, "亿元", qualifier="over", region="嘉善"),
         F("fiscal_revenue_general", 2024, "M1-M8", 30, "亿元", qualifier="over", region="海盐"),
         region="嘉兴", pub="2024-09-20"),
    case("list-bound-member-no-marker", "2023年,余姚市、慈溪市地区生产总值都在1500亿元以上,慈溪市更是达到2600.5亿元,"
         "排名全省县域第三。", F("gdp", 2023, "FY", 1500, "亿元", qualifier="over", region="余姚"),
         F("gdp", 2023, "FY", 2600.5, "亿元", region="慈溪"), region="宁波", pub="2024-02-10"),
    case("list-bound-under-stressed-member", "海宁市、嘉善县和海盐县1-8月一般公共预算收入虽在30亿元之下,但相距不远,"
         "尤其是嘉善县达到28.4亿元,距30亿元仅一步之遥。",
         F("fiscal_revenue_general", 2024, "M1-M8", 30, "亿元", qualifier="under", region="海宁"),
         F("fiscal_revenue_general", 2024, "M1-M8", 28.4, "亿元", region="嘉善"),
         F("fiscal_revenue_general", 2024, "M1-M8", 30, "亿元", qualifier="under", region="海盐"),
         region="嘉兴", pub="2024-09-20"),
    case("list-rate-bound-member", "前三季度,长兴县、安吉县规上工业增加值增速均在8%以上,特别是安吉县增长11.2%,居全市第一。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8, region="长兴"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=11.2, region="安吉"), region="湖州", pub="2024-10-25"),
    # near misses: a member named with no figure, or with a rate beside the list's bound level, keeps the bound
    case("list-bound-member-named-only", "上半年,桐乡市、海宁市地区生产总值均超过500亿元,其中海宁市增速最快。",
         F("gdp", 2024, "H1", 500, "亿元", qualifier="over", region="桐乡"),
         F("gdp", 2024, "H1", 500, "亿元", qualifier="over", region="海宁"), region="嘉兴", pub="2024-07-25"),
    case("list-bound-member-rate", "上半年,桐乡市、海宁市地区生产总值均超过500亿元,其中海宁市增速最快,达7.2%。",
         F("gdp", 2024, "H1", 500, "亿元", qualifier="over", region="桐乡"),
         F("gdp", 2024, "H1", 500, "亿元", 7.2, qualifier="over", region="海宁"), region="嘉兴", pub="2024-07-25"),
    # a place a figure is compared with, its own level after 的 (超过海宁市的…, 低于秀洲区的…, 在海盐县的…之上):
    # the same metric's figure of that place, exact (之上 is the comparison's)
    case("compared-level-of-exceeds", "上半年,桐乡市实现地区生产总值566.2亿元,超过海宁市的548.9亿元,位居全市第二。",
         F("gdp", 2024, "H1", 566.2, "亿元", region="桐乡"), F("gdp", 2024, "H1", 548.9, "亿元", region="海宁"),
         region="嘉兴", pub="2024-07-25"),
    case("compared-level-of-below", "上半年南湖区实现社会消费品零售总额151.3亿元,低于秀洲区的163.8亿元。",
         F("retail_sales", 2024, "H1", 151.3, "亿元", region="南湖"), F("retail_sales", 2024, "H1", 163.8, "亿元", region="秀洲"),
         region="嘉兴", pub="2024-07-25"),
    case("compared-level-of-above-frame", "嘉善县1-8月一般公共预算收入28.4亿元,虽在海盐县的26.9亿元之上,但增速落后。",
         F("fiscal_revenue_general", 2024, "M1-M8", 28.4, "亿元", region="嘉善"),
         F("fiscal_revenue_general", 2024, "M1-M8", 26.9, "亿元", region="海盐"), region="嘉兴", pub="2024-09-20"),
    # near misses: last year's level (去年同期的) is that year's (reference-level; 多2.3亿元 is more by, no bound), not
    # this year's, and a share of a place (占全市的) is no place's figure
    case("compared-level-of-last-year", "今年1-8月,嘉善县一般公共预算收入28.4亿元,比去年同期的26.1亿元多2.3亿元。",
         F("fiscal_revenue_general", 2024, "M1-M8", 28.4, "亿元", region="嘉善"),
         F("fiscal_revenue_general", 2023, "M1-M8", 26.1, "亿元", region="嘉善"), region="嘉兴", pub="2024-09-20"),
    # places listed in brackets after their count (三县(嘉善、海盐和海宁), 两县(长兴、安吉)) are the subject of the
    # clauses after, not an aside that ends with the brackets; 总量/累计金额 then stands for their metric
    case("counted-bracket-list-anaphor-total", "宁波三区(海曙、江北和镇海)社会消费品零售总额表现平稳,上半年总量分别为"
         "512.3亿元、228.7亿元和186.4亿元。", F("retail_sales", 2025, "H1", 512.3, "亿元", region="海曙"),
         F("retail_sales", 2025, "H1", 228.7, "亿元", region="江北"), F("retail_sales", 2025, "H1", 186.4, "亿元", region="镇海"),
         region="宁波", pub="2025-07-20"),
    case("counted-bracket-list-running-total", "嘉兴三县(嘉善、海盐和海宁)一般公共预算收入相对较低,2025年1-12月累计金额均在"
         "40亿元左右,分别为41.2亿元、38.6亿元和39.3亿元。", F("fiscal_revenue_general", 2025, "FY", 41.2, "亿元", region="嘉善"),
         F("fiscal_revenue_general", 2025, "FY", 38.6, "亿元", region="海盐"),
         F("fiscal_revenue_general", 2025, "FY", 39.3, "亿元", region="海宁"), region="嘉兴", pub="2026-01-20"),
    case("counted-bracket-list-rates", "湖州两县(长兴、安吉)规上工业增加值增势较好,1-9月分别增长8.2%和9.6%。",
         F("industrial_value_added", 2025, "Q1-Q3", yoy=8.2, region="长兴"),
         F("industrial_value_added", 2025, "Q1-Q3", yoy=9.6, region="安吉"), region="湖州", pub="2025-10-25"),
    # 累计金额 after a time, its clause after a remark on the metric (增势平稳,): the metric's running total
    case("running-total-after-remark", "秀洲区社会消费品零售总额增势平稳,前三季度累计金额142.6亿元。",
         F("retail_sales", 2025, "Q1-Q3", 142.6, "亿元", region="秀洲"), region="嘉兴", pub="2025-10-25"),
    case("running-total-after-remark-rated", "南湖区固定资产投资回升明显,上半年累计金额235.1亿元,增长9.8%。",
         F("fixed_asset_investment", 2025, "H1", 235.1, "亿元", 9.8, region="南湖"), region="嘉兴", pub="2025-07-25"),
    case("running-total-after-rank", "桐乡市一般公共预算收入稳中有进,1-10月累计金额达到71.8亿元,同比增长4.3%。",
         F("fiscal_revenue_general", 2025, "M1-M10", 71.8, "亿元", 4.3, region="桐乡"), region="嘉兴", pub="2025-11-20"),
    # a leader ranked before its figure (增速最高，为…; 居全市首位，达…), then its runner-up (其次是/其次为 a place, with
    # or without a comma and a verb, or with 的): the same metric's figure of the runner-up
    case("runner-up-after-superlative-comma", "上半年,在全市各县(市、区)中,平湖市出口增速最高,为15.2%,其次是海盐县,为12.8%。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), F("exports", 2024, "H1", yoy=12.8, region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    case("runner-up-after-superlative-of", "上半年,平湖市出口增速最高,为15.2%,其次是海盐县的12.8%。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), F("exports", 2024, "H1", yoy=12.8, region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    case("runner-up-after-first-rank-bare", "上半年,平湖市出口增速居全市首位,达15.2%;其次是海盐县12.8%。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), F("exports", 2024, "H1", yoy=12.8, region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    case("runner-up-after-first-rank-growth", "上半年,平湖市出口增速居全市首位,达15.2%,其次为海盐县,增长12.8%。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), F("exports", 2024, "H1", yoy=12.8, region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    case("runner-up-level-after-superlative", "上半年,平湖市GDP总量最高,为512.6亿元,其次是海盐县,为401.3亿元。",
         F("gdp", 2024, "H1", 512.6, "亿元", region="平湖"), F("gdp", 2024, "H1", 401.3, "亿元", region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    # near misses: the runner-up's share of the whole, and a change in points, are no rate of it
    case("runner-up-share", "上半年,平湖市出口增速最高,为15.2%,其次是海盐县,占全市出口的21.3%。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), region="嘉兴", pub="2024-07-25"),
    case("runner-up-points", "上半年,平湖市出口增速最高,为15.2%,其次是海盐县,增速比上年提高1.2个百分点。",
         F("exports", 2024, "H1", yoy=15.2, region="平湖"), region="嘉兴", pub="2024-07-25"),
    # a superlative with its rate word left out (最慢的是, 最低的是) after one that names it (增速最快的是嘉善县): another
    # ranked place, with its own rate after a verb or in brackets, not the subject of the first one's rate
    case("elided-superlative-verb", "上半年,GDP增速最快的是嘉善县,达9.1%;最慢的是南湖区,仅2.3%。",
         F("gdp", 2024, "H1", yoy=9.1, region="嘉善"), F("gdp", 2024, "H1", yoy=2.3, region="南湖"),
         region="嘉兴", pub="2024-07-25"),
    case("elided-superlative-brackets", "上半年,各县(市、区)中,GDP增速最快的是嘉善县(9.1%),最慢的是南湖区(2.3%)。",
         F("gdp", 2024, "H1", yoy=9.1, region="嘉善"), F("gdp", 2024, "H1", yoy=2.3, region="南湖"),
         region="嘉兴", pub="2024-07-25"),
    case("elided-superlative-for", "前三季度,规上工业增加值增幅最高的为海盐县,为13.4%;最低的为秀洲区,为3.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=13.4, region="海盐"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=3.1, region="秀洲"), region="嘉兴", pub="2024-10-25"),
    # the near miss: the second place's share of the whole is no rate, and it takes not the first one's
    case("elided-superlative-share", "上半年,GDP增速最快的是嘉善县(9.1%),最低的是南湖区,占全市的8.3%。",
         F("gdp", 2024, "H1", yoy=9.1, region="嘉善"), region="嘉兴", pub="2024-07-25"),
    # places ranked by a metric's rate word and listed (前三位分别是…, 居前的依次是…), their rates given after them by
    # 分别/依次 (the rate word named again or not): each place's rate, not the home's
    case("ranked-list-rates-bare", "上半年GDP增速前三位分别是嘉善县、平湖市和海盐县,分别为9.1%、8.2%和7.6%。",
         F("gdp", 2024, "H1", yoy=9.1, region="嘉善"), F("gdp", 2024, "H1", yoy=8.2, region="平湖"),
         F("gdp", 2024, "H1", yoy=7.6, region="海盐"), region="嘉兴", pub="2024-07-25"),
    case("ranked-list-rates-word-again", "上半年全市GDP增速前三位分别是嘉善县、平湖市和海盐县,增速分别为9.1%、8.2%和7.6%。",
         F("gdp", 2024, "H1", yoy=9.1, region="嘉善"), F("gdp", 2024, "H1", yoy=8.2, region="平湖"),
         F("gdp", 2024, "H1", yoy=7.6, region="海盐"), region="嘉兴", pub="2024-07-25"),
    case("ranked-list-rates-in-order", "上半年,全市规上工业增加值增速居前的依次是嘉善县、平湖市和海盐县,依次为12.1%、10.2%和9.6%。",
         F("industrial_value_added", 2024, "H1", yoy=12.1, region="嘉善"),
         F("industrial_value_added", 2024, "H1", yoy=10.2, region="平湖"),
         F("industrial_value_added", 2024, "H1", yoy=9.6, region="海盐"), region="嘉兴", pub="2024-07-25"),
    case("superlative-list-rates", "上半年,规上工业增加值增速最高的为嘉善县、平湖市和海盐县,分别为12.1%、10.2%和9.6%。",
         F("industrial_value_added", 2024, "H1", yoy=12.1, region="嘉善"),
         F("industrial_value_added", 2024, "H1", yoy=10.2, region="平湖"),
         F("industrial_value_added", 2024, "H1", yoy=9.6, region="海盐"), region="嘉兴", pub="2024-07-25"),
    # the near miss: shares of the whole given by 分别 after places and a rate word are no rates
    case("ranked-list-shares", "上半年,嘉善、平湖两地GDP增速较快,占全市比重分别为12.1%和10.3%。", region="嘉兴", pub="2024-07-25"),
    # a rank with its number between a rate word and the rate (增速排名全省第8位，为8.1%): the place's rate
    case("rate-ranked-numbered", "上半年,嘉善县GDP增速排名全省第8位,为8.1%。",
         F("gdp", 2024, "H1", yoy=8.1, region="嘉善"), region="嘉兴", pub="2024-07-25"),
    case("rate-ranked-numbered-among", "上半年,在全省90个县(市、区)中,嘉善县GDP增速排名第8位,为8.1%。",
         F("gdp", 2024, "H1", yoy=8.1, region="嘉善"), region="嘉兴", pub="2024-07-25"),
    case("rate-ranked-numbered-list", "前三季度,海盐县规上工业增加值增速列全市第2位,达11.3%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=11.3, region="海盐"), region="嘉兴", pub="2024-10-25"),
    case("rate-ranked-numbered-name", "1-8月,平湖市出口增幅居全省第12名,为15.6%。",
         F("exports", 2024, "M1-M8", yoy=15.6, region="平湖"), region="嘉兴", pub="2024-09-25"),
    # a headline's verdict on the economy run into the figure of the line after it (我县经济运行稳中向好 / GDP增长6.3%):
    # the region's figure, no sector's
    case("headline-verdict-run-in", "上半年我县经济运行稳中向好\nGDP增长6.3%\n\n本报讯 上半年,全县实现地区生产总值312.5亿元。",
         F("gdp", 2024, "H1", 312.5, "亿元", 6.3, region="德清"), region="德清", pub="2024-07-26"),
    case("headline-verdict-economy", "上半年我县经济稳中有进 规上工业增加值增长8.9%",
         F("industrial_value_added", 2024, "H1", yoy=8.9, region="德清"), region="德清", pub="2024-07-26"),
    case("headline-verdict-good-start", "一季度全县经济开局良好\n固定资产投资增长9.2%",
         F("fixed_asset_investment", 2024, "Q1", yoy=9.2, region="德清"), region="德清", pub="2024-04-20"),
    # the near miss: a part of the economy named with 经济 (民营经济, 数字经济核心产业) is no whole
    case("headline-private-economy", "上半年我县民营经济增加值增长6.1%", region="德清", pub="2024-07-26"),
]

S19_CASES = [
    # a rate word, a bound the rate passed, then the rate itself (增速突破9%，达到9.5%): the rate; the bound
    # alone gives nothing
    case("rate-passed-bound-then-rate", "1-9月,南湖区规上工业增加值增速突破9%,达到9.5%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.5, region="南湖"), region="南湖", pub="2024-10-22"),
    case("rate-passed-bound-then-rate-growth-width", "前三季度,全县外贸出口增幅超过10%,达到10.6%,居全市第二。",
         F("exports", 2024, "Q1-Q3", yoy=10.6, region="海盐"), region="海盐", pub="2024-10-22"),
    case("rate-passed-bound-first-time", "今年1-10月,全区固定资产投资增速首次突破20%,为21.4%。",
         F("fixed_asset_investment", 2024, "M1-M10", yoy=21.4, region="秀洲"), region="秀洲", pub="2024-11-18"),
    case("rate-passed-bound-speed-word", "上半年,全县社会消费品零售总额增长速度超过7%,达7.4%。",
         F("retail_sales", 2024, "H1", yoy=7.4, region="嘉善"), region="嘉善", pub="2024-07-22"),
    case("rate-bound-alone-no-fact", "1-9月,全市规上工业增加值增速超过9%,高于全省平均水平。", region="桐乡", pub="2024-10-22"),
    # a five-year plan in straight quotes or corner brackets ("十三五"期间, 「十四五」时期) is the span as in curly ones
    case("plan-span-straight-quotes", "\"十三五\"期间,全县地区生产总值由320亿元增加到510亿元,年均增长6.8%。",
         F("gdp", 2015, "FY", 320, "亿元", region="海盐"), F("gdp", 2020, "FY", 510, "亿元", region="海盐"),
         region="海盐", pub="2021-03-05"),
    case("plan-span-corner-brackets", "「十三五」时期,全市一般公共预算收入从36.5亿元提高到52.8亿元。",
         F("fiscal_revenue_general", 2015, "FY", 36.5, "亿元", region="桐乡"),
         F("fiscal_revenue_general", 2020, "FY", 52.8, "亿元", region="桐乡"),
         region="桐乡", pub="2021-02-26"),
    case("plan-end-straight-quotes", "全区外贸出口额由\"十二五\"末的98.2亿元增加到2020年的151.6亿元。",
         F("exports", 2015, "FY", 98.2, "亿元", region="南湖"), F("exports", 2020, "FY", 151.6, "亿元", region="南湖"),
         region="南湖", pub="2021-03-05"),
    # quarters listed before the one that prints 季度 (一、二、三季度, 1、2、3季度) share it: one period each
    case("quarters-shared-unit-list", "前三季度,全市实现地区生产总值1523.6亿元,同比增长6.1%,一、二、三季度分别增长5.6%、6.3%和6.4%。",
         F("gdp", 2024, "Q1-Q3", 1523.6, "亿元", 6.1, region="嘉兴"), F("gdp", 2024, "Q1", yoy=5.6, region="嘉兴"),
         F("gdp", 2024, "Q2", yoy=6.3, region="嘉兴"), F("gdp", 2024, "Q3", yoy=6.4, region="嘉兴"),
         region="嘉兴", pub="2024-10-25"),
    case("quarters-shared-unit-qizhong", "上半年,全县规上工业增加值增长8.8%,其中一、二季度分别增长7.9%和9.6%。",
         F("industrial_value_added", 2024, "H1", yoy=8.8, region="海盐"),
         F("industrial_value_added", 2024, "Q1", yoy=7.9, region="海盐"),
         F("industrial_value_added", 2024, "Q2", yoy=9.6, region="海盐"), region="海盐", pub="2024-07-25"),
    case("quarters-shared-unit-digits", "2023年,全区地区生产总值增长5.9%,1、2、3、4季度分别增长4.8%、6.1%、6.0%和6.5%。",
         F("gdp", 2023, "FY", yoy=5.9, region="南湖"), F("gdp", 2023, "Q1", yoy=4.8, region="南湖"),
         F("gdp", 2023, "Q2", yoy=6.1, region="南湖"), F("gdp", 2023, "Q3", yoy=6.0, region="南湖"),
         F("gdp", 2023, "Q4", yoy=6.5, region="南湖"), region="南湖", pub="2024-02-05"),
    # near miss: 一、二产业 lists industries, not quarters
    case("shared-unit-industries-no-quarters", "上半年,全县第一、二产业增加值分别增长3.2%和7.7%。",
         F("gdp_primary", 2024, "H1", yoy=3.2, region="海盐"), F("gdp_secondary", 2024, "H1", yoy=7.7, region="海盐"),
         region="海盐", pub="2024-07-25"),
    # places a pronoun takes up (它们的, 二者的, 两者): the places named before, not a sector of theirs
    case("pronoun-places-their-level", "上半年,嘉善县和海盐县表现突出,它们的地区生产总值分别为412.6亿元和318.9亿元。",
         F("gdp", 2024, "H1", 412.6, "亿元", region="嘉善"), F("gdp", 2024, "H1", 318.9, "亿元", region="海盐"),
         region="嘉兴", pub="2024-07-28"),
    case("pronoun-places-both-rate", "前三季度,海宁、桐乡两市增势强劲,二者的规上工业增加值分别增长9.3%和8.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.3, region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.1, region="桐乡"), region="嘉兴", pub="2024-10-28"),
    case("pronoun-places-both-verb", "1-10月,南湖区和秀洲区外贸出口增速领先,两者分别增长12.5%和10.2%。",
         F("exports", 2024, "M1-M10", yoy=12.5, region="南湖"), F("exports", 2024, "M1-M10", yoy=10.2, region="秀洲"),
         region="嘉兴", pub="2024-11-25"),
    # a metric ranked, then its own figure (GDP总量排名第三，为…; 排位全省第5，为…): the ranking word is no modifier
    # here; the places a rank is among (在嘉兴各县(市)中, 在全省90个县中) are no subject and their count no figure
    case("ranked-then-figure-bare-rank", "上半年,平湖市GDP总量排名第三,为512.3亿元。",
         F("gdp", 2024, "H1", 512.3, "亿元", region="平湖"), region="嘉兴", pub="2024-07-28"),
    case("ranked-then-figure-in-province", "前三季度,海宁外贸出口额排位全省第5,为512.6亿元,同比增长6.1%。",
         F("exports", 2024, "Q1-Q3", 512.6, "亿元", 6.1, region="海宁"), region="嘉兴", pub="2024-10-28"),
    case("ranked-among-bracketed-places", "上半年,桐乡市GDP总量在嘉兴各县(市)中排名第三,为503.8亿元。",
         F("gdp", 2024, "H1", 503.8, "亿元", region="桐乡"), region="嘉兴", pub="2024-07-28"),
    case("ranked-among-counted-counties", "2023年,全县一般公共预算收入在全省90个县(市)中位列第12位,达到38.6亿元。",
         F("fiscal_revenue_general", 2023, "FY", 38.6, "亿元", region="嘉善"), region="嘉善", pub="2024-02-28"),
    case("ranked-among-counted-cities", "1-10月,嘉兴出口额在长三角41个城市中排名第9,为2512.6亿元。",
         F("exports", 2024, "M1-M10", 2512.6, "亿元", region="嘉兴"), region="浙江", pub="2024-11-28"),
    # near misses: a ranking word before the class of places ranked, and a rank followed by a rate word
    case("ranking-class-then-place-figure", "上半年,GDP排名第三的城市是嘉兴,总量为3512.3亿元。",
         F("gdp", 2024, "H1", 3512.3, "亿元", region="嘉兴"), region="浙江", pub="2024-07-28"),
    case("ranking-then-share-no-figure", "上半年,平湖市GDP排名第三,占全市的比重为14.6%。", region="嘉兴", pub="2024-07-28"),
    # a table row that prints no unit and no level, only its rate (固定资产投资 | — | — | 6.2), among rows with a
    # unit column: the blank after the label is its unit cell, the rate keeps its column
    case("table-blank-unit-and-level-tabs", "海盐县2024年1-10月主要经济指标\n指标\t单位\t1-10月\t同比增长(%)\n"
         "规上工业增加值\t亿元\t236.4\t8.8\n固定资产投资\t—\t—\t6.2\n社会消费品零售总额\t亿元\t198.5\t5.1\n",
         F("industrial_value_added", 2024, "M1-M10", 236.4, "亿元", 8.8, region="海盐"),
         F("fixed_asset_investment", 2024, "M1-M10", yoy=6.2, region="海盐"),
         F("retail_sales", 2024, "M1-M10", 198.5, "亿元", 5.1, region="海盐"), region="海盐", pub="2024-11-20"),
    case("table-blank-unit-and-level-pipes", "嘉善县2024年上半年主要经济指标\n| 指标 | 单位 | 上半年 | 增幅(%) |\n"
         "| 地区生产总值 | 亿元 | 402.7 | 7.1 |\n| 固定资产投资 | - | - | -3.5 |\n| 一般公共预算收入 | 亿元 | 31.6 | 4.4 |\n",
         F("gdp", 2024, "H1", 402.7, "亿元", 7.1, region="嘉善"), F("fixed_asset_investment", 2024, "H1", yoy=-3.5, region="嘉善"),
         F("fiscal_revenue_general", 2024, "H1", 31.6, "亿元", 4.4, region="嘉善"), region="嘉善", pub="2024-07-29"),
    case("table-blank-unit-and-level-spaces", "南湖区2024年1-9月主要经济指标\n指标名称    单位    1-9月    同比±%\n"
         "规上工业总产值    亿元    812.3    9.4\n工业投资    —    —    15.8\n外贸出口    亿元    233.6    11.2\n",
         F("industrial_output", 2024, "Q1-Q3", 812.3, "亿元", 9.4, region="南湖"),
         F("industrial_investment", 2024, "Q1-Q3", yoy=15.8, region="南湖"),
         F("exports", 2024, "Q1-Q3", 233.6, "亿元", 11.2, region="南湖"), region="南湖", pub="2024-10-25"),
    # a town's story (its lead names a town before the region: a title 新仓镇上半年经济运行情况, 海宁市袁花镇召开…,
    # 记者从黄湾镇了解到): figures with no subject of their own are the town's, not the home region's, until a
    # sentence names the region (全市…); a county's article that names a town later keeps its own figures
    case("town-story-title-then-bare-figures", "新仓镇上半年经济运行情况\n今年以来,新仓镇坚持项目为王,经济运行稳中有进。\n"
         "上半年,实现规上工业产值96.5亿元,同比增长11.3%;完成固定资产投资13.6亿元,同比增长14.2%。",
         region="平湖", pub="2024-07-20"),
    case("town-story-short-name-after-title", "海宁市袁花镇召开经济工作会议\n2023年,袁花实现规上工业总产值128.2亿元,比增8.6%;"
         "固定资产投资21.8亿元,比增12%。全年实现财政总收入8.6亿元,同比增长4.1%。", region="海宁", pub="2024-02-20"),
    case("town-story-reporter-learned", "记者从黄湾镇了解到,2023年该镇实现财政总收入10.6亿元。2023年,黄湾镇全镇实现地区生产总值"
         "76.2亿元,同比增长6.1%,全年实现一般公共预算收入5.8亿元,同比增长4.2%。", region="海宁", pub="2024-02-20"),
    case("town-story-then-region-named", "新仓镇上半年经济运行情况\n上半年,新仓镇实现规上工业产值96.5亿元,同比增长11.3%。\n"
         "同期,全市实现地区生产总值412.6亿元,同比增长6.8%。",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8, region="平湖"), region="平湖", pub="2024-07-20"),
    case("county-story-town-named-later", "上半年平湖经济运行稳中有进\n上半年,全市实现地区生产总值412.6亿元,同比增长6.8%。"
         "其中,新仓镇实现规上工业产值96.5亿元。\n全市规上工业增加值增长9.1%。",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8, region="平湖"), F("industrial_value_added", 2024, "H1", yoy=9.1, region="平湖"),
         region="平湖", pub="2024-07-20"),
    case("county-name-holds-town-word", "桐乡市上半年经济运行情况\n上半年,实现地区生产总值586.2亿元,同比增长7.1%。",
         F("gdp", 2024, "H1", 586.2, "亿元", 7.1, region="桐乡"), region="桐乡", pub="2024-07-20"),
    # a company's story (its lead names a company before the region: 记者从某某股份有限公司了解到, 某某集团：…): the
    # figures with no subject of their own are the company's until a sentence names the region
    case("firm-story-reporter-learned", "逆势上扬的一家企业\n记者从浙江恒远纸业股份有限公司了解到,上半年,企业实现产值32.6亿元,"
         "同比增长31.2%;实现出口5.8亿元,增长12.1%。", region="平湖", pub="2024-07-20"),
    case("firm-story-group-title", "海联集团:前三季度逆势上扬\n今年前三季度,该集团实现销售收入128.6亿元,同比增长15.3%,"
         "实现外贸出口32.1亿元,同比增长8.2%。\n全县规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.1, region="海盐"), region="海盐", pub="2024-10-20"),
    case("firm-story-company-then-bare", "浙江力拓机械有限公司上半年业绩亮眼\n上半年,实现出口3.2亿元,增长8.1%;完成技改投资1.1亿元。",
         region="嘉善", pub="2024-07-20"),
    # near misses: a power company that publishes or counts the region's figures is a source, not the subject
    case("utility-publishes-region-figures", "国网平湖市供电公司发布数据\n上半年,全社会用电量完成56.2亿千瓦时,同比增长8.1%。",
         F("electricity_consumption", 2024, "H1", 56.2, "亿千瓦时", 8.1, region="平湖"), region="平湖", pub="2024-07-20"),
    case("utility-announces-region-figures", "国网嘉善县供电公司公布,今年上半年全社会用电量38.5亿千瓦时,增长7.2%。",
         F("electricity_consumption", 2024, "H1", 38.5, "亿千瓦时", 7.2, region="嘉善"), region="嘉善", pub="2024-07-20"),
    case("utility-counts-region-figures", "国网海盐县供电公司统计显示,1-9月,全县全社会用电量完成46.2亿千瓦时,同比增长6.1%。",
         F("electricity_consumption", 2024, "Q1-Q3", 46.2, "亿千瓦时", 6.1, region="海盐"), region="海盐", pub="2024-10-20"),
    # a zone's story (a title line that opens with a zone: 独山港经济开发区：…, 平湖经济技术开发区上半年…): its figures
    # with no subject and its 全区 are the zone's (a subset), until the region is named
    case("zone-story-title-colon", "乍浦经济开发区:项目建设跑出加速度\n今年以来,开发区实现规上工业产值186.5亿元,同比增长12.3%。\n"
         "上半年,全区实现财政总收入18.6亿元。", region="平湖", pub="2024-07-20"),
    case("zone-story-title-half-year", "海宁经济技术开发区上半年成绩单出炉\n上半年,实现规上工业增加值52.3亿元,同比增长9.8%;"
         "完成外贸出口86.2亿元,增长7.1%。", region="海宁", pub="2024-07-20"),
    case("zone-story-then-region", "嘉善高新区前三季度经济运行\n前三季度,全区实现规上工业产值236.2亿元,增长10.1%。\n"
         "同期,全县实现地区生产总值512.6亿元,同比增长7.2%。",
         F("gdp", 2024, "Q1-Q3", 512.6, "亿元", 7.2, region="嘉善"), region="嘉善", pub="2024-10-25"),
    # near misses: a zone named after a time (an event of the county's), or in a note of what the place includes
    case("zone-named-in-county-lead", "2023年,省级经济开发区扩区获批。\n全年全县规模以上工业增加值增长9.1%。",
         F("industrial_value_added", 2023, "FY", yoy=9.1, region="海盐"), region="海盐", pub="2024-03-12"),
    # in a story, the region a sentence names holds for its later clauses too (…全县实现…，其中第一产业增加值…), and a
    # lead that names no company in full (该公司1-9月出口额…) makes no company's story
    case("firm-story-region-clause-then-part", "2023年,浙江恒远纸业股份有限公司实现产值13亿元,同比增长8%。\n上半年,全县实现"
         "地区生产总值412.6亿元,其中第一产业增加值21.7亿元。",
         F("gdp", 2024, "H1", 412.6, "亿元", region="海盐"), F("gdp_primary", 2024, "H1", 21.7, "亿元", region="海盐"),
         region="海盐", pub="2024-07-25"),
    case("town-story-region-clause-then-part", "新仓镇上半年经济运行情况\n上半年,新仓镇实现规上工业产值96.5亿元。\n同期,我市财政"
         "总收入58.3亿元,增长6.8%,其中一般公共预算收入36.2亿元,增长4.1%。",
         F("fiscal_revenue_total", 2024, "H1", 58.3, "亿元", 6.8, region="平湖"),
         F("fiscal_revenue_general", 2024, "H1", 36.2, "亿元", 4.1, region="平湖"), region="平湖", pub="2024-07-25"),
    case("lead-company-not-named-no-story", "在车间里,工人们正在赶制一批出口订单,该公司1-9月出口额10.59亿元。\n今年前三季度,"
         "全市实现地区生产总值612.8亿元,增长6.2%;一般公共预算收入67.15亿元,增长3.5%。",
         F("gdp", 2024, "Q1-Q3", 612.8, "亿元", 6.2, region="平湖"),
         F("fiscal_revenue_general", 2024, "Q1-Q3", 67.15, "亿元", 3.5, region="平湖"), region="平湖", pub="2024-10-25"),
    # a utility named before the region's figures (国网平湖市供电公司：…, 国网浙江省电力有限公司…) is their source
    # too, by its name alone; a maker with 电力 in its name (某某电力设备有限公司) is a company
    case("utility-named-colon", "国网平湖市供电公司:上半年全社会用电量完成56.2亿千瓦时,同比增长8.1%。",
         F("electricity_consumption", 2024, "H1", 56.2, "亿千瓦时", 8.1, region="平湖"), region="平湖", pub="2024-07-20"),
    case("utility-named-comma", "国网嘉善县供电公司,今年上半年全社会用电量38.5亿千瓦时,增长7.2%。",
         F("electricity_consumption", 2024, "H1", 38.5, "亿千瓦时", 7.2, region="嘉善"), region="嘉善", pub="2024-07-20"),
    case("utility-word-in-maker-name", "今年上半年,浙江恒远电力设备有限公司实现产值12.3亿元;出口额3.2亿元,增长8.1%。",
         region="海盐", pub="2024-07-20"),
]



REAL31_CASES = [
    # a list of changes between the places' levels and their rates (较上年分别增加了A亿元和B亿元) stands aside:
    # the rates after it still pair with the levels in order
    case("change-list-between", "前三季度,临泉县和界首市分别实现地区生产总值312.4亿元和287.9亿元,较上年同期分别增加了"
         "11.6亿元和9.8亿元,分别增长3.8%和3.2%。", F("gdp", 2023, "Q1-Q3", 312.4, "亿元", 3.8, region="临泉"),
         F("gdp", 2023, "Q1-Q3", 287.9, "亿元", 3.2, region="界首"), region="阜阳", pub="2023-11-06"),
    case("change-list-comma", "2022年,博罗县、惠东县分别完成地区生产总值850.2亿元、760.5亿元,比上年分别增加40.1亿元、"
         "35.7亿元,同比分别增长4.9%、4.2%。", F("gdp", 2022, "FY", 850.2, "亿元", 4.9, region="博罗"),
         F("gdp", 2022, "FY", 760.5, "亿元", 4.2, region="惠东"), region="惠州", pub="2023-02-10"),
    case("change-list-three", "上半年,晋江市、石狮市和南安市社会消费品零售总额分别为420.5亿元、180.2亿元和210.7亿元,"
         "分别增加18.3亿元、7.6亿元和9.1亿元,分别增长4.5%、4.4%和4.5%。",
         F("retail_sales", 2024, "H1", 420.5, "亿元", 4.5, region="晋江"),
         F("retail_sales", 2024, "H1", 180.2, "亿元", 4.4, region="石狮"),
         F("retail_sales", 2024, "H1", 210.7, "亿元", 4.5, region="南安"), region="泉州", pub="2024-07-28"),
    # the near miss: one level with its change keeps its rate, and the change is no level
    case("change-one-level", "2022年,全县实现地区生产总值300.6亿元,比上年增加20.4亿元,增长6.5%。",
         F("gdp", 2022, "FY", 300.6, "亿元", 6.5, region="固镇"), region="固镇", pub="2023-03-01"),
    # a run of years between the metric and its bound (连续三年突破千亿元) and a count of the round bounds passed
    # (两个百亿关口, 3个百亿元台阶) are no figures: the phrase goes on to the exact level after them
    case("run-of-years-bound", "规上工业产值连续三年突破千亿元,2022年达1186.5亿元,同比增长7.2%。",
         F("industrial_output", 2022, "FY", 1186.5, "亿元", 7.2, region="肥西"), region="肥西", pub="2023-02-01"),
    case("bound-count-listed", "地区生产总值连续跨越500亿元、600亿元两个百亿关口,2020年达到619.4亿元。",
         F("gdp", 2020, "FY", 619.4, "亿元", region="博罗"), region="博罗", pub="2021-03-01"),
    case("bound-count-digits", "2023年,全县财政总收入连续跨越3个十亿元台阶,达到42.7亿元,增长8.1%。",
         F("fiscal_revenue_total", 2023, "FY", 42.7, "亿元", 8.1, region="曹县"), region="曹县", pub="2024-01-25"),
    case("bound-count-words", "2021年,全区一般公共预算收入跨越两个十亿元台阶,达到31.6亿元。",
         F("fiscal_revenue_general", 2021, "FY", 31.6, "亿元", region="同安"), region="同安", pub="2022-02-10"),
    case("bound-count-milestones", "这五年,全市GDP连续迈上5000亿元、6000亿元两大台阶。2020年,全市地区生产总值突破"
         "6000亿元,增长3.5%。", F("gdp", 2020, "FY", 6000, "亿元", 3.5, "over", region="扬州"), region="扬州",
         pub="2021-01-20"),
    # the near miss: a count of bounds with no level after it gives nothing
    case("bound-count-alone", "2021年,全区地区生产总值连续跨越两个百亿元台阶。", region="同安", pub="2022-02-10"),
    # a note in brackets of what a place's figure covers (惠安县(含台商投资区), 全县(包括园区)) names no place
    # and no part: the figure is the place's whole
    case("inclusion-note-zone", "2019年,惠安县(含台商投资区)完成地区生产总值1318.1亿元,增长8.7%。",
         F("gdp", 2019, "FY", 1318.1, "亿元", 8.7, region="惠安"), region="惠安", pub="2020-05-10"),
    case("inclusion-note-other-place", "2019年,晋江市(含经济开发区)实现地区生产总值2546.2亿元,增长8.0%。",
         F("gdp", 2019, "FY", 2546.2, "亿元", 8.0, region="晋江"), region="泉州", pub="2020-05-10"),
    case("inclusion-note-park", "2023年,全县(包括园区)完成固定资产投资318.2亿元,增长9.1%。",
         F("fixed_asset_investment", 2023, "FY", 318.2, "亿元", 9.1, region="固镇"), region="固镇", pub="2024-02-01"),
    # the near miss: a note that leaves a part out (不含园区) keeps the figure a subset
    case("exclusion-note-park", "2023年,全县(不含园区)完成固定资产投资218.2亿元,增长6.1%。", region="固镇",
         pub="2024-02-01", labels={218.2: "subset"}),
    # a sector the whole region works on in a figure-less clause (全区力抓制造业高质量发展) is no topic of the
    # subject-less clause after it: the figure is the region's
    case("sector-object-of-region", "今年以来,全区力抓制造业高质量发展,上半年完成规上工业总产值905.3亿元,同比增长10.4%。",
         F("industrial_output", 2023, "H1", 905.3, "亿元", 10.4, region="增城"), region="增城", pub="2023-08-14"),
    case("sector-object-focus", "今年以来,全县聚焦装备制造业转型升级,前三季度实现规上工业增加值同比增长8.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.2, region="博罗"), region="博罗", pub="2024-10-28"),
    case("sector-object-develop", "今年以来,我县大力发展现代服务业,1-8月完成固定资产投资同比增长6.1%。",
         F("fixed_asset_investment", 2022, "M1-M8", yoy=6.1, region="五华"), region="五华", pub="2022-09-20"),
    # the near misses: a sector right after the region word (全县房地产业) or opening the clause is its subject
    case("sector-subject-after-region", "上半年,全县房地产业持续回暖,完成固定资产投资12.1亿元,增长6.1%。",
         region="五华", pub="2022-07-20", labels={12.1: "sector"}),
    case("sector-subject-opening", "上半年,房地产是第一大引资行业,合同利用外资增长31.0%。", region="五华",
         pub="2022-07-20", labels={31.0: "sector"}),
    # 冲到, 冲上, 冲至 before a level: a verb that gives the figure (not 冲刺: a plan's)
    case("verb-chong-dao", "石家庄前三季度GDP冲到6271亿,增速9.7%,全省第一!",
         F("gdp", 2025, "Q1-Q3", 6271, "亿元", 9.7, region="石家庄"), region="石家庄", pub="2025-10-25"),
    case("verb-chong-shang", "前三季度,全县GDP冲上302.6亿元,增长6.1%。",
         F("gdp", 2024, "Q1-Q3", 302.6, "亿元", 6.1, region="曹县"), region="曹县", pub="2024-10-30"),
    case("verb-chong-zhi", "上半年,全区规上工业总产值冲至512.3亿元,同比增长9.1%。",
         F("industrial_output", 2024, "H1", 512.3, "亿元", 9.1, region="同安"), region="同安", pub="2024-07-30"),
    case("plan-chong-ci", "今年,全县GDP力争冲刺330亿元。", region="曹县", pub="2024-03-01",
         labels={330: "target|forecast"}),
    # a web page's paragraph that lost its full stop (a line as long as a page's, ending in no stop), then a
    # short subheading line, then a paragraph: the subheading ends the paragraph before it, which names no
    # sector of the next one's figure
    case("lost-stop-subheading", "1-5月份,全县高新技术产业增加值同比增长35.1%,居全市第5位,高于全市平均增速24.5个百分点"
         "\n\n固定资产投资增速趋缓\n\n1-5月份,固定资产投资同比增长16.8%,居全市第5位。", F("fixed_asset_investment", 2021, "M1-M5", yoy=16.8, region="固镇"), region="固镇",
         pub="2021-06-25"),
    case("lost-stop-subheading-single", "上半年,全区规上工业中,电子信息制造业增加值增长12.4%,装备制造业增加值增长8.9%,"
         "高技术制造业占规上工业比重提高1.2个百分点\n社会消费品零售总额稳步回暖\n上半年,社会消费品零售总额215.3亿元,"
         "同比增长6.2%。", F("retail_sales", 2023, "H1", 215.3, "亿元", 6.2, region="增城"), region="增城",
         pub="2023-08-14"),
    case("lost-stop-subheading-money", "1-8月,全县限上批发业销售额81.5亿元,同比下降18.9%,限上零售业销售额0.2亿元,"
         "同比增长8.2%,住宿业营业额0.25亿元\n\n财政收入较快增长\n\n1-8月,一般公共预算收入5.75亿元,"
         "同比增长17.4%。", F("fiscal_revenue_general", 2019, "M1-M8", 5.75, "亿元", 17.4, region="五华"),
         region="五华", pub="2019-09-20"),
    # the near miss: a pull quote set in a sentence cut off with no figure (…收入同比 / 民生为要,优享幸福品质 /
    # 分别增长…) is no subheading: the sentence goes on after it
    case("pull-quote-mid-sentence", "多年来,全县坚持以发展为第一要务,以创新为第一动力,高水平推动城乡居民就业创业。"
         "去年,全县城镇和农村常住居民人均可支配收入同比\n\n民生为要,优享幸福品质\n\n分别增长8.7%和9.6%,"
         "城乡居民收入比为1.71:1。", F("income_urban_pc", 2022, "FY", yoy=8.7, region="曹县"),
         F("income_rural_pc", 2022, "FY", yoy=9.6, region="曹县"), region="曹县", pub="2023-03-10"),
    # the near miss: a short line after a line of a column (no page's width) goes on the sentence
    case("column-line-no-subheading", "1-8月,全县固定资产投资\n同比增长16.8%。", F("fixed_asset_investment", 2019,
         "M1-M8", yoy=16.8, region="五华"), region="五华", pub="2019-09-20"),
    # 经济实现 before a level (阜南经济实现266.5亿) names the GDP (aliases.csv); the metric named twice
    # (全县经济实现地区生产总值) is one metric of the place, no sector
    case("economy-reached-place", "前三季度阜南经济实现266.5亿,较去年同期增加了12亿,名义增长4.71%。",
         F("gdp", 2023, "Q1-Q3", 266.5, "亿元", 4.71, region="阜南"), region="阜阳", pub="2023-11-05"),
    case("economy-reached-city", "今年前三季度阜阳经济实现2580.6亿,名义增速3.54%。",
         F("gdp", 2023, "Q1-Q3", 2580.6, "亿元", 3.54, region="阜阳"), region="阜阳", pub="2023-11-05"),
    case("economy-reached-county", "2023年,全县经济实现总量582.04亿元,增长7.1%。",
         F("gdp", 2023, "FY", 582.04, "亿元", 7.1, region="曹县"), region="曹县", pub="2024-03-05"),
    case("economy-reached-named-twice", "2023年,全县经济实现地区生产总值300.2亿元,增长6.1%。",
         F("gdp", 2023, "FY", 300.2, "亿元", 6.1, region="曹县"), region="曹县", pub="2024-03-05"),
    # the near misses: a part of the economy (民营经济, 县域经济) is no place's GDP
    case("economy-reached-private", "2023年,全县民营经济实现增加值120.5亿元,增长6.1%。", region="曹县", pub="2024-03-05"),
    case("economy-reached-counties", "上半年,县域经济实现地区生产总值1120.3亿元,增长5.1%。", region="阜阳",
         pub="2023-08-05", labels={1120.3: "subset"}),
    # the near miss: two years each with its own 年 are two years, each with its own figure
    case("two-years-each", "2021年至2023年,全县地区生产总值分别为300.5亿元、320.8亿元和350.1亿元。",
         F("gdp", 2021, "FY", 300.5, "亿元", region="曹县"), F("gdp", 2022, "FY", 320.8, "亿元", region="曹县"),
         F("gdp", 2023, "FY", 350.1, "亿元", region="曹县"), region="曹县", pub="2024-03-01"),
]


REAL33_CASES = [
    # 一共/总共 between the place and its verb: the place's own total (not several places' joint total)
    case("total-word-one-place", "2022年第一季度洛阳市一共完成GDP1402.6亿元,同比增长4.1%。",
         F("gdp", 2022, "Q1", 1402.6, "亿元", 4.1, region="洛阳"), region="洛阳", pub="2022-05-02"),
    case("total-word-county", "今年上半年,全县总共实现财政总收入38.7亿元,增长6.2%。",
         F("fiscal_revenue_total", 2023, "H1", 38.7, "亿元", 6.2, region="德清"), region="德清", pub="2023-07-20"),
    case("total-word-verb", "1-9月,宿城区一共完成固定资产投资126.4亿元。",
         F("fixed_asset_investment", 2021, "Q1-Q3", 126.4, "亿元", region="宿城"), region="宿迁", pub="2021-10-25"),
    # the near miss: two places' joint total stays out
    case("total-word-two-places", "前三季度,开封、商丘两市一共完成GDP3105.2亿元。", region="河南", pub="2023-10-28"),
    # 同样 between the metric and its verb (卧龙区GDP同样达到了…)
    case("likewise-verb", "2019年,宛城区GDP同样达到了380亿元。",
         F("gdp", 2019, "FY", 380, "亿元", region="宛城"), region="南阳", pub="2020-03-01"),
    case("likewise-revenue", "去年,长兴县一般公共预算收入同样实现了两位数增长,为71.3亿元。",
         F("fiscal_revenue_general", 2022, "FY", 71.3, "亿元", region="长兴"), region="湖州", pub="2023-02-01"),
    case("likewise-growth", "上半年,海盐县规上工业增加值同样增长9.4%。",
         F("industrial_value_added", 2024, "H1", yoy=9.4, region="海盐"), region="嘉兴", pub="2024-07-25"),
    # 西南部, 东南部: a direction, not the county 南部 (named with its unit)
    case("direction-not-county", "长丰县位于合肥西南部,2021年实现生产总值702.5亿元。",
         F("gdp", 2021, "FY", 702.5, "亿元", region="长丰"), region="合肥", pub="2022-03-01"),
    case("direction-southeast", "肥东县地处合肥东南部,去年地区生产总值达到760.1亿元。",
         F("gdp", 2022, "FY", 760.1, "亿元", region="肥东"), region="合肥", pub="2023-03-01"),
    case("county-with-unit", "2022年,南部县实现地区生产总值410.3亿元,增长3.9%。",
         F("gdp", 2022, "FY", 410.3, "亿元", 3.9, region="南部县"), region="南充", pub="2023-02-10"),
    # a plan word opening the clause after an amount printed before its metric (实现x亿元的地区生产总值，预计…)
    # is the next clause's, not the figure's
    case("amount-before-metric-plan-after", "徐州在2024年实现8006.2亿元的地区生产总值,预计两年内突破万亿。",
         F("gdp", 2024, "FY", 8006.2, "亿元", region="徐州"), region="江苏", pub="2025-02-10"),
    case("amount-before-metric-strive-after", "上半年,全县完成了85.3亿元的固定资产投资,力争全年突破170亿元。",
         F("fixed_asset_investment", 2023, "H1", 85.3, "亿元", region="桐乡"), region="桐乡", pub="2023-07-15"),
    case("amount-before-metric-hope-after", "一季度,该区实现63.2亿元的社会消费品零售总额,有望全年超过260亿元。",
         F("retail_sales", 2023, "Q1", 63.2, "亿元", region="鄞州"), region="鄞州", pub="2023-04-20"),
    # the near miss: a plan word right after the metric is still the figure's
    case("metric-plan-after", "今年全市地区生产总值,预计增长6%左右。", region="徐州", pub="2025-02-10"),
    # a year whose 年 the period word after it holds (2019全年, 2023上半年, 2022前三季度)
    case("year-before-full-year", "赣州市2018全年财政总收入459.2亿元,比上年增长6.8%。",
         F("fiscal_revenue_total", 2018, "FY", 459.2, "亿元", 6.8, region="赣州"), region="赣州", pub="2020-05-01"),
    case("year-before-half", "2023上半年苏州GDP达到11700.7亿元,同比增长5.6%。",
         F("gdp", 2023, "H1", 11700.7, "亿元", 5.6, region="苏州"), region="江苏", pub="2024-01-20"),
    case("year-before-three-quarters", "2021前三季度,全市实现地区生产总值2503.6亿元。",
         F("gdp", 2021, "Q1-Q3", 2503.6, "亿元", region="龙岩"), region="龙岩", pub="2023-01-10"),
    # bulleted lines (- 南浔区:…): each item opens its own line, not glued to the colon's lead
    case("bullet-lines", "2020年,以下是各县区的GDP排名:\n- 秀洲区:GDP总量达到720亿元,位居全市第一。\n- 南湖区:GDP总量达到650亿元。",
         F("gdp", 2020, "FY", 720, "亿元", region="秀洲"), F("gdp", 2020, "FY", 650, "亿元", region="南湖"),
         region="嘉兴", pub="2021-06-01"),
    case("bullet-dots", "2020年各县生产总值如下:\n• 安吉县:生产总值达到487亿元\n• 德清县:生产总值达到545亿元",
         F("gdp", 2020, "FY", 487, "亿元", region="安吉"), F("gdp", 2020, "FY", 545, "亿元", region="德清"),
         region="湖州", pub="2021-06-01"),
    case("bullet-discs", "上半年各区财政收入一览:\n● 鄞州区:一般公共预算收入115.2亿元\n● 北仑区:一般公共预算收入98.6亿元",
         F("fiscal_revenue_general", 2022, "H1", 115.2, "亿元", region="鄞州"),
         F("fiscal_revenue_general", 2022, "H1", 98.6, "亿元", region="北仑"), region="宁波", pub="2022-07-30"),
    # the near miss: a rate's minus sign carried over a line break stays the rate's
    case("line-break-minus", "上半年,全市规上工业增加值同比增长\n-2.3%。",
         F("industrial_value_added", 2022, "H1", yoy=-2.3, region="嘉兴"), region="嘉兴", pub="2022-07-30"),
    # a zone ranked before its metric (经开区位居第三，GDP总量…) is one of the places ranked: a whole region
    case("zone-ranked-before", "上半年,郑州市GDP完成6201.4亿元。金水区GDP总量最高,为902.3亿元。经开区位居第三,GDP总量512.6亿元。",
         F("gdp", 2021, "H1", 6201.4, "亿元", region="郑州"), F("gdp", 2021, "H1", 902.3, "亿元", region="金水"), F("gdp", 2021, "H1", 512.6, "亿元", region="郑州经开区"),
         region="郑州", pub="2021-07-30"),
    case("zone-ranked-second", "上半年,高新区排名第二,地区生产总值达到320.5亿元。",
         F("gdp", 2021, "H1", 320.5, "亿元", region="郑州高新区"), region="郑州", pub="2021-07-30"),
    case("zone-ranked-fourth", "2021年,港区位列全市第四,实现GDP182.3亿元。",
         F("gdp", 2021, "FY", 182.3, "亿元", region="嘉兴港区"), region="嘉兴", pub="2022-02-01"),
    # the near miss: a zone named alone, unranked, stays a subset of its city
    case("zone-unranked", "上半年,经开区GDP总量486.2亿元。", region="郑州", pub="2021-07-30"),
    # a rate word, words that judge it, then 仅/只 right before the rate (增速也最低，仅4.6%)
    case("rate-judged-only", "2017年,惠济区GDP增速也最低,仅3.8%。",
         F("gdp", 2017, "FY", yoy=3.8, region="惠济"), region="郑州", pub="2018-02-23"),
    case("rate-judged-only-revenue", "去年,该县一般公共预算收入增幅最小,仅1.2%。",
         F("fiscal_revenue_general", 2022, "FY", yoy=1.2, region="新昌"), region="新昌", pub="2023-02-01"),
    case("rate-judged-just", "上半年,全市进出口增速较慢,只2.3%。",
         F("trade_total", 2023, "H1", yoy=2.3, region="台州"), region="台州", pub="2023-07-28"),
    # the near miss: 仅 before a count of places is no rate
    case("rate-judged-count", "2017年,全市GDP增速超过9%的县区仅3个。", region="郑州", pub="2018-02-23"),
    # a list of places each with its level and rate, going on from a named place's level and its rate
    # (昆山GDP5140.6亿元，增长5.5%；张家港3302.0亿元，增长5.8%；常熟…): the same metric, place by place
    case("list-after-level-rate", "2023年,太仓GDP1740.2亿元,增长5.1%;张家港3302.0亿元,增长5.8%;常熟2880.1亿元,增长5.6%。",
         F("gdp", 2023, "FY", 1740.2, "亿元", 5.1, region="太仓"), F("gdp", 2023, "FY", 3302.0, "亿元", 5.8, region="张家港"),
         F("gdp", 2023, "FY", 2880.1, "亿元", 5.6, region="常熟"), region="苏州", pub="2024-02-05"),
    case("list-after-level-rate-retail", "上半年,鄞州区实现社会消费品零售总额620.3亿元,同比增长5.1%;海曙区410.2亿元,"
         "增长4.2%;江北区180.5亿元,增长3.3%。",
         F("retail_sales", 2023, "H1", 620.3, "亿元", 5.1, region="鄞州"),
         F("retail_sales", 2023, "H1", 410.2, "亿元", 4.2, region="海曙"),
         F("retail_sales", 2023, "H1", 180.5, "亿元", 3.3, region="江北"), region="宁波", pub="2023-07-28"),
    case("list-after-level-rate-commas", "前三季度,越城区规上工业增加值182.1亿元,增长9.5%,柯桥区265.3亿元,增长7.2%,"
         "上虞区220.8亿元,增长6.1%。",
         F("industrial_value_added", 2023, "Q1-Q3", 182.1, "亿元", 9.5, region="越城"),
         F("industrial_value_added", 2023, "Q1-Q3", 265.3, "亿元", 7.2, region="柯桥"),
         F("industrial_value_added", 2023, "Q1-Q3", 220.8, "亿元", 6.1, region="上虞"), region="绍兴", pub="2023-10-28"),
    # places listed after a metric's rank (GDP前三位分别是A、B和C), then their figures by a back reference
    # (分别为x、y和z): the figures follow the places
    case("ranked-places-then-figures", "2023年,全省GDP前三位分别是慈溪、义乌和诸暨,分别为2639.5亿元、2055.2亿元和1755.1亿元。",
         F("gdp", 2023, "FY", 2639.5, "亿元", region="慈溪"), F("gdp", 2023, "FY", 2055.2, "亿元", region="义乌"),
         F("gdp", 2023, "FY", 1755.1, "亿元", region="诸暨"), region="浙江", pub="2024-02-05"),
    case("ranked-places-then-done", "2023年,一般公共预算收入排名前三的依次是慈溪、余姚、宁海,分别完成221.7亿元、135.3亿元"
         "和70.2亿元。",
         F("fiscal_revenue_general", 2023, "FY", 221.7, "亿元", region="慈溪"),
         F("fiscal_revenue_general", 2023, "FY", 135.3, "亿元", region="余姚"),
         F("fiscal_revenue_general", 2023, "FY", 70.2, "亿元", region="宁海"), region="宁波", pub="2024-02-05"),
    case("ranked-places-then-two", "2023年,全市进出口总额前两位分别是义乌、永康,分别为5660.5亿元、500.2亿元。",
         F("trade_total", 2023, "FY", 5660.5, "亿元", region="义乌"), F("trade_total", 2023, "FY", 500.2, "亿元", region="永康"),
         region="金华", pub="2024-02-05"),
    # 各板块: a city's districts and counties (苏州、无锡 articles), every one a whole region
    case("every-board-list", "2023年各板块GDP:昆山5140.6亿元,张家港3302.0亿元,常熟2880.1亿元。",
         F("gdp", 2023, "FY", 5140.6, "亿元", region="昆山"), F("gdp", 2023, "FY", 3302.0, "亿元", region="张家港"),
         F("gdp", 2023, "FY", 2880.1, "亿元", region="常熟"), region="苏州", pub="2024-02-05"),
    case("every-board-rates", "上半年,各板块规上工业增加值增速依次为:吴江区(9.1%)、吴中区(8.2%)、相城区(7.5%)。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="吴江"),
         F("industrial_value_added", 2024, "H1", yoy=8.2, region="吴中"),
         F("industrial_value_added", 2024, "H1", yoy=7.5, region="相城"), region="苏州", pub="2024-07-28"),
    case("every-board-revenue", "2023年,各板块一般公共预算收入:江阴市268.4亿元、宜兴市135.6亿元。",
         F("fiscal_revenue_general", 2023, "FY", 268.4, "亿元", region="江阴"),
         F("fiscal_revenue_general", 2023, "FY", 135.6, "亿元", region="宜兴"), region="无锡", pub="2024-02-05"),
    # the counties a 县域 list names (县域经济总量排名前五的依次是昆山(…)、…) are each a whole county
    case("county-field-list", "2023年,县域经济总量排名前三的依次是昆山(5140.6亿元)、江阴(4754.2亿元)、张家港(3302.0亿元)。",
         F("gdp", 2023, "FY", 5140.6, "亿元", region="昆山"), F("gdp", 2023, "FY", 4754.2, "亿元", region="江阴"),
         F("gdp", 2023, "FY", 3302.0, "亿元", region="张家港"), region="江苏", pub="2024-02-05"),
    case("county-field-rates", "上半年,全省县域GDP增速前三位的是:泗洪(8.1%)、沭阳(7.6%)、宝应(7.2%)。",
         F("gdp", 2024, "H1", yoy=8.1, region="泗洪"), F("gdp", 2024, "H1", yoy=7.6, region="沭阳"),
         F("gdp", 2024, "H1", yoy=7.2, region="宝应"), region="江苏", pub="2024-07-28"),
    case("county-field-revenue", "2023年,县域一般公共预算收入分别为:昆山456.6亿元、江阴268.4亿元。",
         F("fiscal_revenue_general", 2023, "FY", 456.6, "亿元", region="昆山"),
         F("fiscal_revenue_general", 2023, "FY", 268.4, "亿元", region="江阴"), region="江苏", pub="2024-02-05"),
    # the near miss: the counties' total stays a part of the province
    case("county-field-total", "2023年,全省县域生产总值5.2万亿元,增长5.1%。", region="江苏", pub="2024-02-05"),
    # the runner-up after a named leader ranked by a verb (…增长18.2%，居首位；其次是永康市，增长12.1%): the same
    # metric's figure for the runner-up
    case("runner-up-after-ranked-leader", "1-9月,义乌市进出口总额增长18.2%,居首位;其次是永康市,增长12.1%。",
         F("trade_total", 2024, "Q1-Q3", yoy=18.2, region="义乌"), F("trade_total", 2024, "Q1-Q3", yoy=12.1, region="永康"),
         region="金华", pub="2024-10-28"),
    case("runner-up-after-first-level", "2023年,慈溪GDP为2639.5亿元,位居全市第一;其次是余姚,为1571.2亿元。",
         F("gdp", 2023, "FY", 2639.5, "亿元", region="慈溪"), F("gdp", 2023, "FY", 1571.2, "亿元", region="余姚"),
         region="宁波", pub="2024-02-05"),
    case("runner-up-second-named", "上半年,德清县规上工业增加值增长13.1%,增速位列全市第一,排名第二的是长兴县,增长11.2%。",
         F("industrial_value_added", 2024, "H1", yoy=13.1, region="德清"),
         F("industrial_value_added", 2024, "H1", yoy=11.2, region="长兴"), region="湖州", pub="2024-07-28"),
    # the near miss: the runner-up named with a metric of its own keeps it
    case("runner-up-own-metric", "1-9月,义乌市进出口总额增长18.2%,居首位;其次是永康市,实际利用外资增长5.1%。",
         F("trade_total", 2024, "Q1-Q3", yoy=18.2, region="义乌"), F("fdi_actual", 2024, "Q1-Q3", yoy=5.1, region="永康"),
         region="金华", pub="2024-10-28"),
    # a ranking word, then the class of the places ranked and 为/是 (GDP排名前五的城市为郑州(…)、…): the list the
    # ranking introduces, place by place
    case("ranking-class-list", "2023年,全省GDP排名前三的城市为郑州(13617.8亿元)、洛阳(5481.7亿元)、南阳(4622.0亿元)。",
         F("gdp", 2023, "FY", 13617.8, "亿元", region="郑州"), F("gdp", 2023, "FY", 5481.7, "亿元", region="洛阳"),
         F("gdp", 2023, "FY", 4622.0, "亿元", region="南阳"), region="河南", pub="2024-02-05"),
    case("ranking-class-counties", "2023年,全省GDP排名前三的县市是:昆山(5140.6亿元)、江阴(4754.2亿元)、张家港(3302.0亿元)。",
         F("gdp", 2023, "FY", 5140.6, "亿元", region="昆山"), F("gdp", 2023, "FY", 4754.2, "亿元", region="江阴"),
         F("gdp", 2023, "FY", 3302.0, "亿元", region="张家港"), region="江苏", pub="2024-02-05"),
    case("ranking-class-rates", "上半年,全市规上工业增加值增速排名前三的区县为孟津区(15.2%)、偃师区(12.8%)、新安县(11.3%)。",
         F("industrial_value_added", 2024, "H1", yoy=15.2, region="孟津"),
         F("industrial_value_added", 2024, "H1", yoy=12.8, region="偃师"),
         F("industrial_value_added", 2024, "H1", yoy=11.3, region="新安"), region="洛阳", pub="2024-07-28"),
    # the near miss: the ranked places with no figures give none
    case("ranking-class-no-figures", "2023年,全省GDP排名前五的城市为郑州、洛阳、南阳、许昌和周口。", region="河南",
         pub="2024-02-05"),
    # a growth verb, a word that ranks the rates (最快, 较快) and 分别为/为 before the rates
    case("growth-fastest-each", "上半年,各县区中德清、长兴规上工业增加值增长较快,分别达到13.1%和11.2%。",
         F("industrial_value_added", 2024, "H1", yoy=13.1, region="德清"),
         F("industrial_value_added", 2024, "H1", yoy=11.2, region="长兴"), region="湖州", pub="2024-07-28"),
    case("growth-fastest-one", "2023年,全市出口增长5.2%,其中义乌增长最快,为18.2%。",
         F("exports", 2023, "FY", yoy=5.2, region="金华"), F("exports", 2023, "FY", yoy=18.2, region="义乌"),
         region="金华", pub="2024-02-05"),
    case("growth-fastest-two", "前三季度,海安、启东GDP增长最快,分别为6.8%和6.5%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.8, region="海安"), F("gdp", 2024, "Q1-Q3", yoy=6.5, region="启东"),
         region="南通", pub="2024-10-28"),
    # a whole-region word's figure, then a clause naming the fastest place with no figure of its own
    # (全市GDP增长5.2%，增长最快的是瑞安): the figure stays the whole region's
    case("fastest-place-no-figure", "2023年,全市GDP增长5.2%,增长最快的是瑞安。",
         F("gdp", 2023, "FY", yoy=5.2, region="温州"), region="温州", pub="2024-02-05"),
    case("largest-rise-no-figure", "上半年,全市规上工业增加值增长7.9%,增幅最大的是德清县。",
         F("industrial_value_added", 2024, "H1", yoy=7.9, region="湖州"), region="湖州", pub="2024-07-28"),
    case("leader-no-figure", "2023年,全省出口增长4.1%,出口额最多的是义乌市。",
         F("exports", 2023, "FY", yoy=4.1, region="浙江"), region="浙江", pub="2024-02-05"),
    # the near miss: the place named by 的是 right after its own figure is its subject
    case("superlative-subject", "2023年,GDP增速全省第一的是亳州市,增长8.5%。",
         F("gdp", 2023, "FY", yoy=8.5, region="亳州"), region="安徽", pub="2024-02-05"),
    # a counted set named in brackets with a word that places it (北部三县(…), 东部两区(…)): the places are named,
    # the placing word scopes nothing (南部 of 西南部 is no county now, so it needs no name to pass)
    case("set-named-north", "前三季度,北部三县(德清、长兴和安吉)地区生产总值分别为612.3亿元、780.2亿元和520.5亿元。",
         F("gdp", 2023, "Q1-Q3", 612.3, "亿元", region="德清"), F("gdp", 2023, "Q1-Q3", 780.2, "亿元", region="长兴"),
         F("gdp", 2023, "Q1-Q3", 520.5, "亿元", region="安吉"), region="湖州", pub="2023-11-02"),
    case("set-named-east", "2023年,东部两区(鄞州、北仑)一般公共预算收入分别为190.2亿元、165.3亿元。",
         F("fiscal_revenue_general", 2023, "FY", 190.2, "亿元", region="鄞州"),
         F("fiscal_revenue_general", 2023, "FY", 165.3, "亿元", region="北仑"), region="宁波", pub="2024-02-05"),
    case("set-named-coastal", "上半年,沿海三县(象山、宁海和奉化)规上工业增加值分别增长8.1%、7.2%和6.5%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="象山"),
         F("industrial_value_added", 2024, "H1", yoy=7.2, region="宁海"),
         F("industrial_value_added", 2024, "H1", yoy=6.5, region="奉化"), region="宁波", pub="2024-07-28"),
    # a sentence of a place, a colon and an amount (肥东县:703.4亿元。): an item of a list of the metric the text
    # named last before it, across paragraphs
    case("colon-items-gdp", "2021年,肥西县实现生产总值940.5亿元,居全省县域首位。GDP排在其后的县如下。\n\n"
         "肥东县:780.2亿元。肥东县是合肥的东大门。\n\n长丰县:701.6亿元。",
         F("gdp", 2021, "FY", 940.5, "亿元", region="肥西"), F("gdp", 2021, "FY", 780.2, "亿元", region="肥东"),
         F("gdp", 2021, "FY", 701.6, "亿元", region="长丰"), region="合肥", pub="2022-03-01"),
    case("colon-items-revenue", "2023年,全市地区生产总值16452.8亿元。各县市一般公共预算收入情况如下。\n\n"
         "慈溪市:221.7亿元。慈溪的制造业基础雄厚。\n\n余姚市:135.3亿元。",
         F("gdp", 2023, "FY", 16452.8, "亿元", region="宁波"),
         F("fiscal_revenue_general", 2023, "FY", 221.7, "亿元", region="慈溪"),
         F("fiscal_revenue_general", 2023, "FY", 135.3, "亿元", region="余姚"), region="宁波", pub="2024-02-01"),
    case("colon-items-trade", "2022年,全市进出口总额6523.4亿元。各县市进出口总额如下。\n\n义乌市:4793.2亿元。"
         "义乌是小商品之都。\n\n永康市:451.6亿元。",
         F("trade_total", 2022, "FY", 6523.4, "亿元", region="金华"), F("trade_total", 2022, "FY", 4793.2, "亿元", region="义乌"),
         F("trade_total", 2022, "FY", 451.6, "亿元", region="永康"), region="金华", pub="2023-02-01"),
    # the near misses: no metric named before the item; a count, not money
    case("colon-item-no-metric", "2022年各县发展情况如下。\n\n肥东县:780.2亿元。", region="合肥", pub="2023-03-01"),
    # a subheading line before the last paragraph of an excerpt that ends mid-sentence (no 。) ends its line
    case("subheading-before-cut", "全市财力稳步增强。\n\n江阴市遥遥领先\n\n江阴市2022年一般公共预算收入268.4亿元,同比增长5.2%,"
         "领先于排名第二的宜兴市,江阴",
         F("fiscal_revenue_general", 2022, "FY", 268.4, "亿元", 5.2, region="江阴"), region="无锡", pub="2023-02-10"),
    case("subheading-before-cut-rate", "各县区工业稳中有进。\n\n海宁市增速第一\n\n海宁市2023年规上工业增加值增长12.1%,"
         "居全市首位,其中",
         F("industrial_value_added", 2023, "FY", yoy=12.1, region="海宁"), region="嘉兴", pub="2024-02-10"),
    case("subheading-before-cut-gdp", "各县市经济总量稳步提升。\n\n慈溪总量首破2500亿\n\n慈溪市2022年地区生产总值2523.1亿元,"
         "同比增长4.1%,总量继续",
         F("gdp", 2022, "FY", 2523.1, "亿元", 4.1, region="慈溪"), region="宁波", pub="2023-02-10"),
    case("colon-item-people", "2022年,全市地区生产总值12013.1亿元。\n\n肥东县:95.6万人。",
         F("gdp", 2022, "FY", 12013.1, "亿元", region="合肥"), region="合肥", pub="2023-03-01"),
]


REAL34_CASES = [
    # an amount that defines the set of places a list then names (GDP超过100亿元的8个县(市)是:…): the bound is
    # no figure, the places' figures are theirs; a rank band from the bottom (排在全省后5位的是:) likewise
    case("amount-set-list-count", "前三季度,县域GDP规模超过100亿元的3个县(市)是:海城市305亿元、瓦房店市304亿元、大石桥市247亿元。",
         F("gdp", 2008, "Q1-Q3", 305, "亿元", region="海城"), F("gdp", 2008, "Q1-Q3", 304, "亿元", region="瓦房店"),
         F("gdp", 2008, "Q1-Q3", 247, "亿元", region="大石桥"), region="辽宁", pub="2008-11-10"),
    case("amount-set-list-has", "1-6月,出口超过10亿美元的城市有:盘锦市12.5亿美元、营口市11.2亿美元。",
         F("exports", 2010, "H1", 12.5, "亿美元", region="盘锦"), F("exports", 2010, "H1", 11.2, "亿美元", region="营口"),
         region="辽宁", pub="2010-08-10"),
    case("amount-set-list-respectively", "去年,财政总收入在5亿元以上的3个县分别是:海城市6.2亿元、东港市5.8亿元和庄河市5.1亿元。",
         F("fiscal_revenue_total", 2009, "FY", 6.2, "亿元", region="海城"),
         F("fiscal_revenue_total", 2009, "FY", 5.8, "亿元", region="东港"),
         F("fiscal_revenue_total", 2009, "FY", 5.1, "亿元", region="庄河"), region="辽宁", pub="2010-03-10"),
    case("amount-set-list-wei", "上半年,社会消费品零售总额超过50亿元的区县为:海城市58.2亿元、凤城市51.3亿元。",
         F("retail_sales", 2010, "H1", 58.2, "亿元", region="海城"), F("retail_sales", 2010, "H1", 51.3, "亿元", region="凤城"),
         region="辽宁", pub="2010-08-10"),
    case("bottom-rank-list", "上半年,社会消费品零售总额排在全省后3位的是:建昌县8.2亿元、西丰县7.3亿元、彰武县6.1亿元。",
         F("retail_sales", 2010, "H1", 8.2, "亿元", region="建昌"), F("retail_sales", 2010, "H1", 7.3, "亿元", region="西丰"),
         F("retail_sales", 2010, "H1", 6.1, "亿元", region="彰武"), region="辽宁", pub="2010-08-10"),
    case("bottom-rank-list-gdp", "前三季度,GDP排在后2位的是:长海县17亿元、彰武县15.9亿元。",
         F("gdp", 2008, "Q1-Q3", 17, "亿元", region="长海"), F("gdp", 2008, "Q1-Q3", 15.9, "亿元", region="彰武"),
         region="辽宁", pub="2008-11-10"),
    # the near miss: a bound the home region passed, no list after it
    case("amount-bound-no-list", "上半年,全市社会消费品零售总额120.5亿元,超过100亿元的城市还有盘锦市。",
         F("retail_sales", 2010, "H1", 120.5, "亿元", region="辽宁"), region="辽宁", pub="2010-08-10"),
    # a district that was a county-level city, named with 市 in older print (普兰店市): the place and its figure
    case("former-city-name", "前三季度,普兰店市和庄河市GDP分别为210亿元和191亿元。",
         F("gdp", 2008, "Q1-Q3", 210, "亿元", region="普兰店"), F("gdp", 2008, "Q1-Q3", 191, "亿元", region="庄河"),
         region="大连", pub="2008-11-10"),
    case("former-city-name-list", "2012年,富阳市、余杭区GDP分别为455.2亿元和880.1亿元。",
         F("gdp", 2012, "FY", 455.2, "亿元", region="富阳"), F("gdp", 2012, "FY", 880.1, "亿元", region="余杭"),
         region="杭州", pub="2013-02-10"),
    case("former-city-name-alone", "2010年,江都市实现地区生产总值402.3亿元,增长14.1%。",
         F("gdp", 2010, "FY", 402.3, "亿元", 14.1, region="江都"), region="扬州", pub="2011-02-10"),
    # a doubling over a named base year (比2005年翻了一番多) is a growth over years, not year on year
    case("doubling-base-year", "“十一五”期间,全省地区生产总值年均增长13%,去年达到18278亿元,比2005年翻了一番多。",
         F("gdp", 2010, "FY", 18278, "亿元", region="辽宁"), region="辽宁", pub="2011-01-21"),
    case("doubling-base-year-two", "去年全县财政总收入达到12.5亿元,比2006年翻了两番。",
         F("fiscal_revenue_total", 2010, "FY", 12.5, "亿元", region="昔阳"), region="昔阳", pub="2011-02-10"),
    case("doubling-base-year-jiao", "2010年,全市规模以上工业增加值达到460亿元,较2005年翻了一番。",
         F("industrial_value_added", 2010, "FY", 460, "亿元", region="鞍山"), region="鞍山", pub="2011-02-10"),
    # the near miss: a doubling over last year is the year-on-year rate
    case("doubling-last-year", "2010年,全市出口达到46亿美元,比上年翻了一番。",
         F("exports", 2010, "FY", 46, "亿美元", 100, region="营口"), region="营口", pub="2011-02-10"),
    # 一般性财政收入 (older print): the general budget revenue
    case("general-revenue-older-name", "1999年,全市一般性财政收入完成3.59亿元,比上年增长4.5%。",
         F("fiscal_revenue_general", 1999, "FY", 3.59, "亿元", 4.5, region="黑河"), region="黑河", pub="2000-06-01"),
    case("general-revenue-older-name-county", "1998年全县一般性财政收入1.2亿元,增长6.1%。",
         F("fiscal_revenue_general", 1998, "FY", 1.2, "亿元", 6.1, region="嫩江"), region="嫩江", pub="1999-06-01"),
    case("general-revenue-older-name-local", "去年,该市地方一般性财政收入达到5.6亿元。",
         F("fiscal_revenue_general", 1999, "FY", 5.6, "亿元", region="北安"), region="北安", pub="2000-03-01"),
    # a starting level with no year of its own (由44.4亿元增加到144.4亿元) after the paragraph named the year its
    # changes are counted from (与2002年相比,增加…; 比2007年增长…): that year's level; the end level the year's in force
    case("span-start-change-base", "2007年实现地区生产总值830亿元,与2002年相比,增加453亿元。财政总收入由44.4亿元增加到144.4亿元。",
         F("gdp", 2007, "FY", 830, "亿元", region="宁夏"), F("fiscal_revenue_total", 2002, "FY", 44.4, "亿元", region="宁夏"),
         F("fiscal_revenue_total", 2007, "FY", 144.4, "亿元", region="宁夏"), region="宁夏", pub="2008-01-16"),
    case("span-start-growth-base", "2012年,全县GDP达到120亿元,比2007年增长80%。地方财政收入由3亿元增加到8亿元。",
         F("gdp", 2012, "FY", 120, "亿元", region="浚县"), F("fiscal_revenue_general", 2007, "FY", 3, "亿元", region="浚县"),
         F("fiscal_revenue_general", 2012, "FY", 8, "亿元", region="浚县"), region="浚县", pub="2013-03-06"),
    case("span-start-tong-base", "2010年,全市财政总收入达到20亿元,同2005年相比,增加12亿元。一般预算收入由4亿元提高到11亿元。",
         F("fiscal_revenue_total", 2010, "FY", 20, "亿元", region="黑河"), F("fiscal_revenue_general", 2005, "FY", 4, "亿元", region="黑河"),
         F("fiscal_revenue_general", 2010, "FY", 11, "亿元", region="黑河"), region="黑河", pub="2011-01-20"),
    # the near miss: no base year named, the starting level stays out
    case("span-start-no-base", "2012年,全县GDP增长10%。财政总收入由3亿元增加到8亿元。",
         F("gdp", 2012, "FY", yoy=10, region="浚县"), F("fiscal_revenue_total", 2012, "FY", 8, "亿元", region="浚县"),
         region="浚县", pub="2013-03-06"),
    # a counted set of places before a metric with the bound they passed (17县市财政总收入超20亿): no figure
    case("counted-set-bound-title", "17县市财政总收入超20亿\n\n2012年,财政总收入超20亿元的县(市、区)有17个。",
         region="江西", pub="2013-11-28"),
    case("counted-set-bound-has", "今年上半年,全省有5个县GDP突破100亿元。", region="江西", pub="2013-08-28"),
    case("counted-set-bound-brackets", "2012年,我省8个县(市)地区生产总值超过200亿元。", region="江西", pub="2013-03-28"),
    # the near misses: the set's own total (a part of the province), the county's own bound
    case("counted-set-total", "2012年,全省44个县(市)实现地区生产总值3611亿元。", region="辽宁", pub="2013-03-28"),
    case("own-bound-over", "2012年,全县财政总收入超20亿元。",
         F("fiscal_revenue_total", 2012, "FY", 20, "亿元", qualifier="over", region="进贤"), region="进贤", pub="2013-03-28"),
    # the above-size firms counted as a whole, then the change of their count in a clause of its own, then a
    # bare 增加值: the above-size industry's
    case("population-count-change", "2011年,全县规模以上工业企业达到186家,比2007年净增65家;完成增加值53.9亿元,是2007年的2倍。",
         F("industrial_value_added", 2011, "FY", 53.9, "亿元", region="苍山"), region="苍山", pub="2012-02-28"),
    case("population-count-change-rate", "2011年,全县规模以上工业企业793户,比上年增加35户;增加值增长11.8%。",
         F("industrial_value_added", 2011, "FY", yoy=11.8, region="苍山"), region="苍山", pub="2012-02-28"),
    case("population-grew-to", "2011年,全市规模以上工业企业发展到420家,比上年增加35家,实现增加值128.6亿元,增长15.2%。",
         F("industrial_value_added", 2011, "FY", 128.6, "亿元", 15.2, region="临沂"), region="临沂", pub="2012-02-28"),
    # the near miss: another thing counted between the firms and the bare 增加值
    case("population-other-clause", "2011年,全县规模以上工业企业达到186家,新上项目12个;完成增加值53.9亿元。",
         region="苍山", pub="2012-02-28"),
    # 今年 in a report of the year's last days (a congress of 30 December) is the whole year; a year named later
    # in the sentence for another remark (2006年长沙综合实力居…) moves nothing
    case("year-end-report", "今年长沙社会消费品零售总额达1033亿元,年均增长17%;地方财政收入达261.33亿元,"
         "据国家统计局公布,2006年长沙综合实力居全国城市第14位。",
         F("retail_sales", 2007, "FY", 1033, "亿元", region="长沙"),
         F("fiscal_revenue_general", 2007, "FY", 261.33, "亿元", region="长沙"), region="长沙", pub="2007-12-30"),
    case("year-end-report-county", "今年,全县社会消费品零售总额达52.1亿元,2010年全县综合实力居全省第10位。",
         F("retail_sales", 2011, "FY", 52.1, "亿元", region="进贤"), region="进贤", pub="2011-12-28"),
    case("year-end-report-income", "今年全市城镇居民人均可支配收入达16000元。",
         F("income_urban_pc", 2012, "FY", 16000, "元", region="株洲"), region="株洲", pub="2012-12-21"),
    # the near misses: early December (the year not yet summed up); another year named later moves nothing
    case("early-december", "今年全市地方财政收入达26.3亿元。", region="株洲", pub="2011-12-05"),
    case("later-year-other-remark", "今年以来,全市地方财政收入达26.3亿元,2010年全市综合实力居全省第3位。",
         F("fiscal_revenue_general", 2011, "M1-M7", 26.3, "亿元", region="株洲"), region="株洲", pub="2011-08-05"),
    # a growth right after a change over a span of years (从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍;
    # 过去五年…由A增加到B,增长65%) is the growth over the span, not the end year's year-on-year rate
    case("span-growth-dated", "地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍;地方财政一般预算收入"
         "从1.39亿元增加到8.6亿元,增长6.2倍。",
         F("gdp", 2005, "FY", 28.02, "亿元", region="迪庆"), F("gdp", 2011, "FY", 95.2, "亿元", region="迪庆"),
         F("fiscal_revenue_general", 2005, "FY", 1.39, "亿元", region="迪庆"),
         F("fiscal_revenue_general", 2011, "FY", 8.6, "亿元", region="迪庆"), region="迪庆", pub="2012-01-11"),
    case("span-growth-dated-fiscal", "全县财政总收入从2006年的3.2亿元增加到2011年的8.1亿元,增长1.5倍。",
         F("fiscal_revenue_total", 2006, "FY", 3.2, "亿元", region="三穗"),
         F("fiscal_revenue_total", 2011, "FY", 8.1, "亿元", region="三穗"), region="三穗", pub="2012-02-11"),
    case("span-growth-five-years", "过去五年,全县地区生产总值由120亿元增加到198亿元,增长65%。",
         F("gdp", 2006, "FY", 120, "亿元", region="雷山"), F("gdp", 2011, "FY", 198, "亿元", region="雷山"),
         region="雷山", pub="2012-01-11"),
    # the near miss: a change from last year's level, its growth year on year (同比)
    case("span-growth-yoy-basis", "2011年,全县地区生产总值增加到95亿元,同比增长12.1%。",
         F("gdp", 2011, "FY", 95, "亿元", 12.1, region="雷山"), region="雷山", pub="2012-01-11"),
    # a growth counted from the last year of a five-year plan (比“九五”末增长68.1%, 比“十五”末增长1.3倍) is over years
    case("plan-end-base-ninth", "2005年,全市生产总值达到146.2亿元,比“九五”末增长了68.1%。",
         F("gdp", 2005, "FY", 146.2, "亿元", region="天水"), region="天水", pub="2006-02-28"),
    case("plan-end-base-tenth", "2010年,全县财政总收入完成8.6亿元,比“十五”末增长1.3倍。",
         F("fiscal_revenue_total", 2010, "FY", 8.6, "亿元", region="静宁"), region="静宁", pub="2011-01-13"),
    case("plan-end-base-eleventh", "2015年全区社会消费品零售总额达到120亿元,比“十一五”期末增长82%。",
         F("retail_sales", 2015, "FY", 120, "亿元", region="秦州"), region="秦州", pub="2016-02-10"),
    # the near miss: a growth over last year
    case("plan-end-yoy", "2005年,全市生产总值达到146.2亿元,比上年增长12.1%。",
         F("gdp", 2005, "FY", 146.2, "亿元", 12.1, region="天水"), region="天水", pub="2006-02-28"),
    # a dated starting level (从2005年的28.02亿元增加到…) names the start year of the paragraph's later changes, in
    # sentences of their own too
    case("dated-start-next-sentence", "地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元。地方财政一般预算收入从1.39亿元增加到8.6亿元。",
         F("gdp", 2005, "FY", 28.02, "亿元", region="迪庆"), F("gdp", 2011, "FY", 95.2, "亿元", region="迪庆"),
         F("fiscal_revenue_general", 2005, "FY", 1.39, "亿元", region="迪庆"),
         F("fiscal_revenue_general", 2011, "FY", 8.6, "亿元", region="迪庆"), region="迪庆", pub="2012-01-11"),
    case("dated-start-next-sentence-retail", "全县地区生产总值由2010年的52.3亿元增加到2015年的88.6亿元。社会消费品零售总额由18.2亿元增加到31.5亿元。",
         F("gdp", 2010, "FY", 52.3, "亿元", region="三穗"), F("gdp", 2015, "FY", 88.6, "亿元", region="三穗"),
         F("retail_sales", 2010, "FY", 18.2, "亿元", region="三穗"),
         F("retail_sales", 2015, "FY", 31.5, "亿元", region="三穗"), region="三穗", pub="2016-02-11"),
    case("dated-start-next-sentence-fiscal", "全市生产总值从2007年的210亿元提高到2012年的405亿元。财政总收入从21亿元提高到48亿元。",
         F("gdp", 2007, "FY", 210, "亿元", region="天水"), F("gdp", 2012, "FY", 405, "亿元", region="天水"),
         F("fiscal_revenue_total", 2007, "FY", 21, "亿元", region="天水"),
         F("fiscal_revenue_total", 2012, "FY", 48, "亿元", region="天水"), region="天水", pub="2013-02-11"),
    # a figure-less clause on a sector before a measure of the whole region (consumption, public revenue, incomes)
    # makes no sector of it: 服务业加快发展,消费品零售总额达232亿元
    case("sector-verdict-retail", "2007年,服务业加快发展,消费品零售总额达232亿元,增长18.1%。",
         F("retail_sales", 2007, "FY", 232, "亿元", 18.1, region="宁夏"), region="宁夏", pub="2008-01-16"),
    case("sector-verdict-retail-trade", "2009年,商贸流通业繁荣活跃,全年社会消费品零售总额98.6亿元,增长17.5%。",
         F("retail_sales", 2009, "FY", 98.6, "亿元", 17.5, region="泰兴"), region="泰兴", pub="2010-02-10"),
    case("sector-verdict-revenue", "2009年,房地产业持续回暖,地方财政收入完成12.3亿元,增长21.5%。",
         F("fiscal_revenue_general", 2009, "FY", 12.3, "亿元", 21.5, region="泰兴"), region="泰兴", pub="2010-02-10"),
    # the near miss: a sector's own FDI (房地产是第一大引资行业,合同利用外资…) stays the sector's
    case("sector-verdict-fdi", "2009年,房地产是第一大引资行业,合同利用外资增长310%。", region="泰兴", pub="2010-02-10"),
    # the 8th plan's end (“八五”期末, 1995) is a time; 国内生产总值 with a region's small level after a starting
    # level's time (由“八五”期末的833亿元) is the region's, as older reports name their GDP
    case("eighth-plan-end-start", "国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10%。",
         F("gdp", 1995, "FY", 833, "亿元", region="内蒙古"), F("gdp", 2000, "FY", 1400, "亿元", region="内蒙古"),
         region="内蒙古", pub="2001-02-16"),
    case("eighth-plan-end-base", "2000年,全区财政收入达到95亿元,比“八五”末增长1.1倍。",
         F("fiscal_revenue_total", 2000, "FY", 95, "亿元", region="内蒙古"), region="内蒙古", pub="2001-02-16"),
    case("ninth-plan-end-start", "国内生产总值由“九五”期末的120亿元增加到2005年的210亿元。",
         F("gdp", 2000, "FY", 120, "亿元", region="天水"), F("gdp", 2005, "FY", 210, "亿元", region="天水"),
         region="天水", pub="2006-02-28"),
    # the near miss: the nation's level (over a trillion) stays the nation's
    case("national-gdp-large", "2000年,国内生产总值由“八五”期末的58478亿元增加到89404亿元。", region="内蒙古", pub="2001-02-16"),
    # a change from a dated start (从上年的80亿元, 由2010年的…) to a level with no time of its own: the start is the
    # year before the one in force (上年 of a year named, not of the publication), the level the year's in force
    case("from-last-year-level", "2011年,全市地区生产总值从上年的80亿元增加到95亿元,增长12.1%。",
         F("gdp", 2010, "FY", 80, "亿元", region="迪庆"), F("gdp", 2011, "FY", 95, "亿元", 12.1, region="迪庆"),
         region="迪庆", pub="2012-03-11"),
    case("from-last-year-level-revenue", "2010年,全县财政总收入由上年的3.2亿元增加到4.1亿元。",
         F("fiscal_revenue_total", 2009, "FY", 3.2, "亿元", region="三穗"),
         F("fiscal_revenue_total", 2010, "FY", 4.1, "亿元", region="三穗"), region="三穗", pub="2012-01-11"),
    case("from-dated-year-level", "2011年,全市社会消费品零售总额从2010年的52.3亿元提高到58.9亿元,增长12.6%。",
         F("retail_sales", 2010, "FY", 52.3, "亿元", region="迪庆"),
         F("retail_sales", 2011, "FY", 58.9, "亿元", 12.6, region="迪庆"), region="迪庆", pub="2012-03-11"),
    # the near miss: 上年 with no year in force is the publication's year before
    case("last-year-no-year", "上年全县地区生产总值80亿元。", F("gdp", 2011, "FY", 80, "亿元", region="迪庆"),
         region="迪庆", pub="2012-03-11"),
]


REAL36_CASES = [
    # 以/凭借 right before an amount printed before its metric (仍以3727.9亿元GDP居于…, 凭借1020.9亿元的GDP总量)
    case("amount-before-metric-yi-bare", "2022年,东海县以612.4亿元GDP位居全市第二。",
         F("gdp", 2022, "FY", 612.4, "亿元", region="东海"), region="连云港", pub="2023-03-01"),
    case("amount-before-metric-relying", "2023年,如东县凭借1305.7亿元的GDP总量,稳居南通第三。",
         F("gdp", 2023, "FY", 1305.7, "亿元", region="如东"), region="南通", pub="2024-02-10"),
    case("amount-before-metric-relying-bare", "去年,射阳县凭借738.6亿元地区生产总值跻身全市前五。",
         F("gdp", 2023, "FY", 738.6, "亿元", region="射阳"), region="盐城", pub="2024-03-05"),
    # the near miss: 以 before an amount of something else is no figure of the metric after it
    case("yi-other-amount", "今年以来,该县以800万元专项资金扶持企业,上半年地区生产总值增长6.3%。",
         F("gdp", 2023, "H1", yoy=6.3, region="嵊州"), region="嵊州", pub="2023-07-28"),
    # places passing a bound together (携手, 双双): each place's own figure, not a sector's
    case("together-cross-bound", "2021年,温岭、玉环携手跨过GDP千亿门槛。",
         F("gdp", 2021, "FY", 1000, "亿元", qualifier="over", region="温岭"),
         F("gdp", 2021, "FY", 1000, "亿元", qualifier="over", region="玉环"), region="台州", pub="2022-02-10"),
    case("both-pass-bound", "去年,海安、如皋双双迈过地区生产总值1500亿元关口。",
         F("gdp", 2022, "FY", 1500, "亿元", qualifier="over", region="海安"),
         F("gdp", 2022, "FY", 1500, "亿元", qualifier="over", region="如皋"), region="南通", pub="2023-02-15"),
    case("together-break-bound", "2023年,长兴和德清携手突破地区生产总值千亿元大关。",
         F("gdp", 2023, "FY", 1000, "亿元", qualifier="over", region="长兴"),
         F("gdp", 2023, "FY", 1000, "亿元", qualifier="over", region="德清"), region="湖州", pub="2024-02-01"),
    # a place compared with, its level in brackets, after 甩开(了), 相对于, or 与 with a gap after the bracket
    case("compared-level-left-behind", "2023年,如皋市GDP为1362.5亿元,远远甩开了海门区(1290.1亿元)。",
         F("gdp", 2023, "FY", 1362.5, "亿元", region="如皋"), F("gdp", 2023, "FY", 1290.1, "亿元", region="海门"),
         region="南通", pub="2024-03-01"),
    case("compared-level-gap", "上半年,大丰区地区生产总值为421.3亿元,与东台市(598.6亿元)的差距有所缩小。",
         F("gdp", 2023, "H1", 421.3, "亿元", region="大丰"), F("gdp", 2023, "H1", 598.6, "亿元", region="东台"),
         region="盐城", pub="2023-08-10"),
    case("compared-level-relative-later-plan", "一季度,龙游县GDP达89.6亿元,相对于常山县(52.7亿元)的领先优势继续扩大,全年有望突破400亿元。",
         F("gdp", 2024, "Q1", 89.6, "亿元", region="龙游"), F("gdp", 2024, "Q1", 52.7, "亿元", region="常山"),
         region="衢州", pub="2024-04-25"),
    # the near miss: a bracket after the gap, not after the place, is no level of that place
    case("gap-bracket-not-level", "今年上半年,盱眙县GDP为283.9亿元,与洪泽区的差距(约45亿元)有所扩大。",
         F("gdp", 2024, "H1", 283.9, "亿元", region="盱眙"), region="淮安", pub="2024-08-01"),
    # a Taiwan outlet's wording: 兆元 (a trillion yuan), 地區生產毛額 (GDP), 前3季 (the first three quarters)
    case("trillion-zhao-gdp-gross", "據統計，今年前3季，江蘇實現地區生產毛額人民幣10.1兆元，年增5.6%。",
         F("gdp", 2025, "Q1-Q3", 10.1, "万亿元", 5.6, region="江苏"), region="江苏", pub="2025-10-25"),
    case("trillion-zhao-province", "浙江前3季地區生產毛額6.5兆元，年增5.7%，較上半年加快0.1個百分點。",
         F("gdp", 2025, "Q1-Q3", 6.5, "万亿元", 5.7, region="浙江"), region="浙江", pub="2025-10-24"),
    case("trillion-zhao-total-value", "今年前3季，上海市生產總值3.9兆元，年增5.0%。",
         F("gdp", 2024, "Q1-Q3", 3.9, "万亿元", 5.0, region="上海"), region="上海", pub="2024-10-26"),
    # the near miss: 兆瓦 is a power, no amount of money
    case("megawatt-not-money", "去年,全市新增光伏装机120兆瓦,地区生产总值增长5.1%。",
         F("gdp", 2024, "FY", yoy=5.1, region="盐城"), region="盐城", pub="2025-01-20"),
    # another city that published its figures (连云港公布上半年经济数据,全市…) is the 全市 of the clause after it
    case("publisher-other-city", "日前,连云港公布上半年经济数据,全市实现地区生产总值1727.7亿元,增长0.1%。",
         F("gdp", 2022, "H1", 1727.7, "亿元", 0.1, region="连云港"), region="宿迁", pub="2022-07-27"),
    case("publisher-other-city-released", "近日,淮安发布一季度经济运行数据,全市实现地区生产总值1201.3亿元。",
         F("gdp", 2023, "Q1", 1201.3, "亿元", region="淮安"), region="盐城", pub="2023-04-26"),
    case("publisher-bureau-colon", "7月18日,泰州市统计局公布上半年主要指标:全市规上工业增加值增长8.8%。",
         F("industrial_value_added", 2023, "H1", yoy=8.8, region="泰州"), region="扬州", pub="2023-07-19"),
    case("publisher-county-level-city", "日前,昆山晒出前三季度成绩单,全市完成一般公共预算收入352.1亿元。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", 352.1, "亿元", region="昆山"), region="苏州", pub="2023-10-30"),
    # the near miss: a county's 公布 leaves the 全市 after it the home city
    case("publisher-county-then-city", "日前,射阳县公布上半年经济数据,全市规上工业增加值增长7.6%。",
         F("industrial_value_added", 2023, "H1", yoy=7.6, region="盐城"), region="盐城", pub="2023-07-30"),
    # 将 as 把 before its object (将其定位为…, 将之作为…) is no future of the figure after it
    case("disposal-jiang-qi", "该县曾将其定位为全市工业强县,但直到去年,全县地区生产总值仅为312.6亿元。",
         F("gdp", 2022, "FY", 312.6, "亿元", region="灌南"), region="灌南", pub="2023-03-01"),
    case("disposal-jiang-qi-list", "省里将其列为重点发展区,今年上半年全区规上工业增加值增长9.2%。",
         F("industrial_value_added", 2023, "H1", yoy=9.2, region="亭湖"), region="亭湖", pub="2023-07-25"),
    case("disposal-jiang-zhi", "全市将之作为头号工程,2023年,全市规上工业总产值达到2310.5亿元。",
         F("industrial_output", 2023, "FY", 2310.5, "亿元", region="泰州"), region="泰州", pub="2024-02-01"),
    # the near miss: 将 before a verb is a future
    case("future-jiang", "全年全县地区生产总值将增长6%左右。", region="灌南", pub="2023-03-01"),
    # a place opening its clause (after 而/但 too) with a verb of level and a bare percent, after another place's rate
    case("place-rate-contrast-high", "上半年,全市GDP增长5.2%。东海县增速仅有1.8%,而灌云县却高达6.4%。",
         F("gdp", 2022, "H1", yoy=5.2, region="连云港"), F("gdp", 2022, "H1", yoy=1.8, region="东海"),
         F("gdp", 2022, "H1", yoy=6.4, region="灌云"), region="连云港", pub="2022-08-01"),
    case("place-rate-high-no-contrast", "一季度,阜宁县规上工业增加值增长7.1%,建湖县高达11.3%。",
         F("industrial_value_added", 2023, "Q1", yoy=7.1, region="阜宁"),
         F("industrial_value_added", 2023, "Q1", yoy=11.3, region="建湖"), region="盐城", pub="2023-04-25"),
    case("place-rate-only-then", "前三季度,兴化市GDP增速为3.4%,靖江市则仅有1.9%。",
         F("gdp", 2022, "Q1-Q3", yoy=3.4, region="兴化"), F("gdp", 2022, "Q1-Q3", yoy=1.9, region="靖江"),
         region="泰州", pub="2022-10-30"),
    # the near miss: a share between the place and the percent is no rate of its own
    case("place-share-not-rate", "上半年,东海县GDP增长1.8%,而灌云县占比高达16.4%。",
         F("gdp", 2022, "H1", yoy=1.8, region="东海"), region="连云港", pub="2022-08-01"),
    # 速度 as a rate word (当月速度分别为, 累计速度为): the metric's rates
    case("speed-rate-months", "从规上工业分月情况来看,7月、8月规上工业增加值当月速度分别为5.1%、6.3%。",
         F("industrial_value_added", 2024, "M7", yoy=5.1, region="玉环"),
         F("industrial_value_added", 2024, "M8", yoy=6.3, region="玉环"), region="玉环", pub="2024-09-20"),
    case("speed-rate-cumulative", "1-8月,全县规上工业增加值累计速度为6.4%。",
         F("industrial_value_added", 2024, "M1-M8", yoy=6.4, region="三门"), region="三门", pub="2024-09-20"),
    case("speed-rate-one-month", "10月份,全市规上工业增加值当月速度为7.2%,较9月加快1.1个百分点。",
         F("industrial_value_added", 2024, "M10", yoy=7.2, region="临海"), region="临海", pub="2024-11-20"),
    # the near miss: 速度 with no percent of its own
    case("speed-no-rate", "今年以来,全县固定资产投资完成年度计划的68%,建设速度明显加快。", region="三门", pub="2024-09-20"),
    # 该市 in a province's paper after a prefecture and then a county-level city are named: the one named last
    case("that-city-county-level-after-prefecture", "苏州市委常委、张家港市委书记表示,该市一般公共预算收入去年完成286.5亿元。",
         F("fiscal_revenue_general", 2023, "FY", 286.5, "亿元", region="张家港"), region="江苏", pub="2024-03-30"),
    case("that-city-mayor-after-prefecture", "无锡市副市长、江阴市市长介绍,该市去年地区生产总值达4950.6亿元。",
         F("gdp", 2023, "FY", 4950.6, "亿元", region="江阴"), region="江苏", pub="2024-03-30"),
    case("that-city-zhejiang", "金华市委常委、义乌市委书记说,去年该市进出口总值达5660.5亿元。",
         F("trade_total", 2023, "FY", 5660.5, "亿元", region="义乌"), region="浙江", pub="2024-03-30"),
    # the near miss: a prefecture named last stays the one 该市 names
    case("that-city-prefecture-last", "江阴市委书记发言后,苏州市统计局介绍,该市去年规上工业总产值4.6万亿元。",
         F("industrial_output", 2023, "FY", 4.6, "万亿元", region="苏州"), region="江苏", pub="2024-03-30"),
    # a rate named right before an amount printed before its metric (…的增速,以…亿元的GDP总量): the metric's rate
    case("rate-then-level-before-metric", "去年,全县实现了6.2%的增速,以1512.3亿元的GDP总量位居全市第二。",
         F("gdp", 2023, "FY", 1512.3, "亿元", 6.2, region="海安"), region="海安", pub="2024-02-01"),
    case("rate-then-level-list", "上半年,江阴以5.9%的增速、2510.4亿元的地区生产总值领跑全省县域。",
         F("gdp", 2024, "H1", 2510.4, "亿元", 5.9, region="江阴"), region="无锡", pub="2024-07-30"),
    case("nominal-rate-then-level", "前三季度,昆山共实现了5.1%的名义增速,以3810.2亿元的GDP总量继续领跑。",
         F("gdp", 2024, "Q1-Q3", 3810.2, "亿元", 5.1, region="昆山"), region="苏州", pub="2024-10-30"),
    # the near miss: a rate of its own phrase before a comma is no rate of the level after it
    case("other-rate-then-level", "去年,全县人口增长率为3.1%,以1512.3亿元的GDP总量位居全市第二。",
         F("gdp", 2023, "FY", 1512.3, "亿元", region="海安"), region="海安", pub="2024-02-01"),
    # 来自X的Y: where the place is, no subset (来自 before a source of figures is one: 来自外资企业的出口)
    case("from-city-place", "20强中增速最快的是来自盐城的东台市,全年GDP增长8.2%。",
         F("gdp", 2024, "FY", yoy=8.2, region="东台"), region="江苏", pub="2025-03-10"),
    case("from-city-ranked", "排名第三的是来自无锡的江阴市,上半年地区生产总值增长6.1%。",
         F("gdp", 2024, "H1", yoy=6.1, region="江阴"), region="江苏", pub="2024-08-10"),
    case("from-city-level", "运行最给力的是来自宿迁的沭阳县,全年GDP总量达到1560.4亿元。",
         F("gdp", 2024, "FY", 1560.4, "亿元", region="沭阳"), region="江苏", pub="2025-03-10"),
    # the near miss: 来自 a kind of firm stays a subset
    case("from-firms-subset", "上半年,全市出口中来自外资企业的出口增长12.1%。", region="苏州", pub="2024-08-10"),
    # a metric named in a trend it carries on (延续…增长态势) and again in the clause after it: two mentions, not
    # one split name, and the place before 延续 their subject
    case("carried-trend-metric-again", "上半年,淮安市延续地区生产总值增长态势,地区生产总值同比增长7.1%。",
         F("gdp", 2024, "H1", yoy=7.1, region="淮安"), region="江苏", pub="2024-08-01"),
    case("carried-trend-industry-again", "一季度,东台延续规上工业增加值较快增长态势,规上工业增加值增长9.8%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.8, region="东台"), region="盐城", pub="2024-04-25"),
    case("carried-trend-investment-again", "前三季度,全县延续固定资产投资回升势头,固定资产投资增长6.6%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=6.6, region="射阳"), region="射阳", pub="2023-10-28"),
    # the near miss: a name a verb splits stays one metric after a trend remark
    case("trend-then-split-name", "2023年,全市延续良好态势,第二产业实现增加值312.5亿元。",
         F("gdp_secondary", 2023, "FY", 312.5, "亿元", region="东台"), region="东台", pub="2024-02-01"),
    # the near miss: a time before the figures, the trend after them
    case("time-then-trend", "一季度,全县规上工业增加值增长6.1%,保持较快增长态势。",
         F("industrial_value_added", 2023, "Q1", yoy=6.1, region="射阳"), region="射阳", pub="2023-07-30"),
    # 它的 opening a sentence, as 其 does, is the place the sentence before named (not the place that names where
    # it is: 来自宿迁的沭阳县); 涨至/涨到 give a level, 因此 stands between
    case("it-place-rose-to", "增速最快的是来自宿迁的沭阳县,全年GDP增长10.5%。它的GDP也因此涨至1560.4亿元。",
         F("gdp", 2024, "FY", 1560.4, "亿元", 10.5, region="沭阳"), region="江苏", pub="2025-03-10"),
    case("it-place-rate", "今年一季度,如皋市表现抢眼。它的规上工业增加值增长12.1%。",
         F("industrial_value_added", 2024, "Q1", yoy=12.1, region="如皋"), region="南通", pub="2024-04-25"),
    case("it-place-level", "2024年,张家港市表现平平。它的地区生产总值为3380.2亿元。",
         F("gdp", 2024, "FY", 3380.2, "亿元", region="张家港"), region="苏州", pub="2025-03-10"),
    case("it-place-of-place", "上半年,来自盐城的东台市表现亮眼。它的规上工业总产值涨到了812.3亿元。",
         F("industrial_output", 2024, "H1", 812.3, "亿元", region="东台"), region="江苏", pub="2024-08-01"),
    # the near miss: no place named before, 它 names none
    case("it-no-place", "上半年,全市经济回升向好。它的GDP增长5.6%。",
         F("gdp", 2024, "H1", yoy=5.6, region="苏州"), region="苏州", pub="2024-08-01"),
]


REAL35_CASES = [
    # a period named by its report in quotes (经济“半年报”, “三季报”)
    case("half-year-report", "7月18日,海城经济“半年报”出炉,全市实现地区生产总值162.4亿元,同比增长5.1%。",
         F("gdp", 2023, "H1", 162.4, "亿元", 5.1, region="海城"), region="海城", pub="2023-07-20"),
    case("half-year-report-bare", "固原市发布经济半年报:规模以上工业增加值增长9.6%。",
         F("industrial_value_added", 2022, "H1", yoy=9.6, region="固原"), region="固原", pub="2022-07-25"),
    case("three-quarter-report", "白山市经济“三季报”出炉,社会消费品零售总额完成98.7亿元,增长6.3%。",
         F("retail_sales", 2024, "Q1-Q3", 98.7, "亿元", 6.3, region="白山"), region="白山", pub="2024-10-28"),
    # a photo's credit ends its caption's line: the caption runs into no sentence (项目, 企业 stay out of it)
    case("photo-credit-project", "项目建设现场(记者 王某 摄)\n发布会披露,一季度,全省经济持续向好。其中,固定资产投资增长8.2%。",
         F("fixed_asset_investment", 2025, "Q1", yoy=8.2, region="甘肃"), region="甘肃", pub="2025-04-22"),
    case("photo-credit-firm", "企业生产车间(通讯员 张某 摄)\n上半年,全县实现地区生产总值88.1亿元。",
         F("gdp", 2023, "H1", 88.1, "亿元", region="永修"), region="永修", pub="2023-07-22"),
    case("photo-credit-park", "园区项目施工现场(本报记者 陈某 摄)\n前三季度,全区固定资产投资同比增长12.1%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.1, region="铁西"), region="铁西", pub="2024-10-26"),
    # banners and cities by the short forms print gives them (科右前旗, 扎旗, 达茂旗, 乌前旗, 乌市), the
    # one nearest the article's home where several share a form
    case("banner-short-forms", "1-5月,全盟规上工业增加值增长8.2%,其中科右前旗增长12.4%,扎旗增长6.5%。",
         F("industrial_value_added", 2022, "M1-M5", yoy=8.2, region="兴安盟"),
         F("industrial_value_added", 2022, "M1-M5", yoy=12.4, region="科尔沁右翼前旗"),
         F("industrial_value_added", 2022, "M1-M5", yoy=6.5, region="扎赉特旗"), region="兴安盟", pub="2022-06-20"),
    case("banner-short-forms-baotou", "上半年,全市固定资产投资增长10.3%,其中达茂旗增长15.2%、土右旗增长9.1%。",
         F("fixed_asset_investment", 2023, "H1", yoy=10.3, region="包头"),
         F("fixed_asset_investment", 2023, "H1", yoy=15.2, region="达尔罕茂明安联合旗"),
         F("fixed_asset_investment", 2023, "H1", yoy=9.1, region="土默特右旗"), region="包头", pub="2023-07-25"),
    case("banner-short-forms-list", "一季度,全市社会消费品零售总额增长4.5%。分旗县看,乌前旗、乌中旗分别增长5.2%、3.9%。",
         F("retail_sales", 2024, "Q1", yoy=4.5, region="巴彦淖尔"),
         F("retail_sales", 2024, "Q1", yoy=5.2, region="乌拉特前旗"),
         F("retail_sales", 2024, "Q1", yoy=3.9, region="乌拉特中旗"), region="巴彦淖尔", pub="2024-04-25"),
    case("city-short-form-urumqi", "前三季度,全区地区生产总值增长6.2%,其中乌市增长5.8%。",
         F("gdp", 2023, "Q1-Q3", yoy=6.2, region="新疆"), F("gdp", 2023, "Q1-Q3", yoy=5.8, region="乌鲁木齐"),
         region="新疆", pub="2023-10-25"),
    # the near miss: 目前旗下 holds no 前旗
    case("banner-short-form-not-word", "集团目前旗下拥有12家子公司,2023年实现营业收入86.5亿元。", region="兴安盟", pub="2024-03-01"),
    # places with a verdict that opens with the comparison (the lead named the rates), then their rates
    case("verdict-comparison-list", "一季度,全市规上工业增加值增长6.5%。从各县区增速看,海城、台安高于全市平均水平,同比分别增长9.1%、7.4%。",
         F("industrial_value_added", 2023, "Q1", yoy=6.5, region="鞍山"),
         F("industrial_value_added", 2023, "Q1", yoy=9.1, region="海城"),
         F("industrial_value_added", 2023, "Q1", yoy=7.4, region="台安"), region="鞍山", pub="2023-04-25"),
    case("verdict-comparison-lower", "上半年,全市固定资产投资增长11.2%。分县市看,东港市、凤城市低于全市平均水平,同比分别增长5.3%、4.1%。",
         F("fixed_asset_investment", 2022, "H1", yoy=11.2, region="丹东"),
         F("fixed_asset_investment", 2022, "H1", yoy=5.3, region="东港"),
         F("fixed_asset_investment", 2022, "H1", yoy=4.1, region="凤城"), region="丹东", pub="2022-07-25"),
    case("verdict-comparison-one", "1-8月,全市社会消费品零售总额增长7.8%。从增速看,灵武市快于全市平均,同比增长9.5%。",
         F("retail_sales", 2023, "M1-M8", yoy=7.8, region="银川"),
         F("retail_sales", 2023, "M1-M8", yoy=9.5, region="灵武"), region="银川", pub="2023-09-20"),
    # a 分别 list of rates that turns from rises to falls (or back): each rate keeps its verb's sign
    case("list-turns-to-falls", "1-4月,全市一般公共预算收入增长3.1%。分县区看,铁东区、铁西区、千山区同比分别增长8.2%、5.6%和下降2.3%。",
         F("fiscal_revenue_general", 2023, "M1-M4", yoy=3.1, region="鞍山"),
         F("fiscal_revenue_general", 2023, "M1-M4", yoy=8.2, region="铁东"),
         F("fiscal_revenue_general", 2023, "M1-M4", yoy=5.6, region="铁西"),
         F("fiscal_revenue_general", 2023, "M1-M4", yoy=-2.3, region="千山"), region="鞍山", pub="2023-05-20"),
    case("list-turns-to-rises", "上半年,全市固定资产投资下降1.5%。分县市看,海城、台安、岫岩同比分别下降4.2%、1.1%和增长6.8%。",
         F("fixed_asset_investment", 2023, "H1", yoy=-1.5, region="鞍山"),
         F("fixed_asset_investment", 2023, "H1", yoy=-4.2, region="海城"),
         F("fixed_asset_investment", 2023, "H1", yoy=-1.1, region="台安"),
         F("fixed_asset_investment", 2023, "H1", yoy=6.8, region="岫岩"), region="鞍山", pub="2023-07-25"),
    case("list-turns-then-runs", "前三季度,全盟规上工业增加值增长5.1%。从旗县市增速看,乌市、突泉、中旗同比分别增长9.3%和下降2.7%、4.4%。",
         F("industrial_value_added", 2022, "Q1-Q3", yoy=5.1, region="兴安盟"),
         F("industrial_value_added", 2022, "Q1-Q3", yoy=9.3, region="乌兰浩特"),
         F("industrial_value_added", 2022, "Q1-Q3", yoy=-2.7, region="突泉"),
         F("industrial_value_added", 2022, "Q1-Q3", yoy=-4.4, region="科尔沁右翼中旗"), region="兴安盟", pub="2022-10-25"),
    # 其中 opening a sentence of places each with its own figure, after a sentence that gave the metric's figure
    case("qizhong-list-next-sentence", "1-5月,全市规上工业增加值增长8.2%。其中,海宁市增长12.4%,桐乡市增长6.5%。",
         F("industrial_value_added", 2022, "M1-M5", yoy=8.2, region="嘉兴"),
         F("industrial_value_added", 2022, "M1-M5", yoy=12.4, region="海宁"),
         F("industrial_value_added", 2022, "M1-M5", yoy=6.5, region="桐乡"), region="嘉兴", pub="2022-06-20"),
    case("qizhong-list-banners", "上半年,全盟规上工业增加值增长8.2%。其中,科右前旗增长12.4%,扎旗增长6.5%。",
         F("industrial_value_added", 2022, "H1", yoy=8.2, region="兴安盟"),
         F("industrial_value_added", 2022, "H1", yoy=12.4, region="科尔沁右翼前旗"),
         F("industrial_value_added", 2022, "H1", yoy=6.5, region="扎赉特旗"), region="兴安盟", pub="2022-07-20"),
    case("qizhong-list-amounts", "前三季度,全市固定资产投资完成512.3亿元。其中,铁东区完成88.1亿元,铁西区完成75.4亿元。",
         F("fixed_asset_investment", 2023, "Q1-Q3", 512.3, "亿元", region="鞍山"),
         F("fixed_asset_investment", 2023, "Q1-Q3", 88.1, "亿元", region="铁东"),
         F("fixed_asset_investment", 2023, "Q1-Q3", 75.4, "亿元", region="铁西"), region="鞍山", pub="2023-10-25"),
    # the near miss: the figure before is a subset's (限上), so are the places' after it
    case("qizhong-list-after-subset", "1-5月,全市限上社会消费品零售额增长8.1%。其中,海宁市增长9.2%,桐乡市增长7.1%。",
         region="嘉兴", pub="2022-06-20"),
    # places with their rates in brackets, then the metric and its rate word: that metric's rates
    case("bracket-rates-before-metric", "上半年,西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区第2位和第6位;"
         "兴庆区(33.4%)和西夏区(20.6%)规模以上工业增加值增速分别位列第2位和第5位。",
         F("gdp", 2023, "H1", yoy=13.0, region="西夏"), F("gdp", 2023, "H1", yoy=8.2, region="灵武"),
         F("industrial_value_added", 2023, "H1", yoy=33.4, region="兴庆"),
         F("industrial_value_added", 2023, "H1", yoy=20.6, region="西夏"), region="银川", pub="2023-07-27"),
    case("bracket-rates-before-metric-full-width", "一季度,铁东区（12.1%）、铁西区（9.6%）社会消费品零售总额增速位居全市前两位。",
         F("retail_sales", 2023, "Q1", yoy=12.1, region="铁东"), F("retail_sales", 2023, "Q1", yoy=9.6, region="铁西"),
         region="鞍山", pub="2023-04-28"),
    case("bracket-rates-before-metric-increase", "1-9月,海城市(19.4%)和台安县(17.9%)固定资产投资增幅分别居全市第一、第二。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=19.4, region="海城"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=17.9, region="台安"), region="鞍山", pub="2024-10-25"),
    # the near miss: no metric and rate word after the brackets
    case("bracket-rates-no-metric", "上半年,西夏区(13.0%)和灵武市(8.2%)位列全区前十。", region="银川", pub="2023-07-27"),
    # 全区 in the article of a prefecture or a banner of an autonomous region is that region (not the home)
    case("whole-region-autonomous-city", "上半年,全市实现地区生产总值1267.2亿元,同比增长7.5%,增速分别高于全国(5.5%)、全区(6.5%)。",
         F("gdp", 2023, "H1", 1267.2, "亿元", 7.5, region="银川"), F("gdp", 2023, "H1", yoy=6.5, region="宁夏"),
         region="银川", pub="2023-07-27"),
    case("whole-region-autonomous-league", "一季度,兴安盟规模以上工业增加值同比增长14.8%,高于全区(9.8%)5个百分点。",
         F("industrial_value_added", 2023, "Q1", yoy=14.8, region="兴安盟"),
         F("industrial_value_added", 2023, "Q1", yoy=9.8, region="内蒙古"), region="兴安盟", pub="2023-04-25"),
    case("whole-region-autonomous-banner", "1-5月,全旗固定资产投资增长21.3%,高于全区(8.4%)12.9个百分点。",
         F("fixed_asset_investment", 2023, "M1-M5", yoy=21.3, region="达尔罕茂明安联合旗"),
         F("fixed_asset_investment", 2023, "M1-M5", yoy=8.4, region="内蒙古"), region="达尔罕茂明安联合旗", pub="2023-06-25"),
    # the near miss: a district's 全区 is itself, its 全市 the city
    case("whole-region-district", "一季度,全区规模以上工业增加值同比增长14.8%,高于全市(9.8%)5个百分点。",
         F("industrial_value_added", 2023, "Q1", yoy=14.8, region="兴庆区"),
         F("industrial_value_added", 2023, "Q1", yoy=9.8, region="银川"), region="兴庆区", pub="2023-04-25"),
    # the other places as a set (其他大部分地区, 其余县市) before a metric: the places listed after 其中 are whole regions
    case("other-places-set", "1-5月,沈阳、大连两市规上工业增加值同比分别增长12.5%和13.5%。其他大部分地区规上工业增加值也实现正增长,"
         "其中,营口市同比增长10.3%、丹东市同比增长7.3%。",
         F("industrial_value_added", 2023, "M1-M5", yoy=12.5, region="沈阳"),
         F("industrial_value_added", 2023, "M1-M5", yoy=13.5, region="大连"),
         F("industrial_value_added", 2023, "M1-M5", yoy=10.3, region="营口"),
         F("industrial_value_added", 2023, "M1-M5", yoy=7.3, region="丹东"), region="辽宁", pub="2023-07-03"),
    case("other-places-set-counties", "1-8月,其余县市固定资产投资均实现增长,其中,海城市增长9.1%,台安县增长6.3%。",
         F("fixed_asset_investment", 2023, "M1-M8", yoy=9.1, region="海城"),
         F("fixed_asset_investment", 2023, "M1-M8", yoy=6.3, region="台安"), region="鞍山", pub="2023-09-20"),
    case("other-places-set-cities", "一季度,其他城市社会消费品零售总额均有所回升,其中,锦州市增长6.2%、铁岭市增长4.8%。",
         F("retail_sales", 2024, "Q1", yoy=6.2, region="锦州"), F("retail_sales", 2024, "Q1", yoy=4.8, region="铁岭"),
         region="辽宁", pub="2024-04-25"),
    # the near miss: the other places' own figure is not the home's
    case("other-places-own-figure", "上半年,其他地区社会消费品零售总额增长3.2%。", region="辽宁", pub="2023-07-03"),
    # 加大项目储备, 扩大项目投资: 加大/扩大 and 项目, no 大项目 (a subset) before the metric
    case("enlarge-projects-not-big-projects", "上半年,全区加大项目储备,工业投资由负转正,增长2.7%。",
         F("industrial_investment", 2020, "H1", yoy=2.7, region="宁夏"), region="宁夏", pub="2020-08-26"),
    case("expand-projects-not-big-projects", "上半年,全市扩大项目投资规模,固定资产投资增长6.1%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.1, region="银川"), region="银川", pub="2023-07-26"),
    case("enlarge-project-drive", "一季度,全县加大项目招引力度,规上工业增加值增长8.3%。",
         F("industrial_value_added", 2024, "Q1", yoy=8.3, region="永修"), region="永修", pub="2024-04-26"),
    # the near miss: the big projects' own investment is a subset
    case("big-projects-subset", "上半年,全市重点大项目固定资产投资增长15.2%。", region="银川", pub="2023-07-26"),
    # a rate after a new period whose clause names another thing's scope (限额以上…企业, 规下…) is not the metric's
    case("period-rate-other-thing", "全区实现社会消费品零售总额1609.8亿元,同比增长19.8%;新型消费快速增长,上半年,"
         "限额以上批发零售企业通过公共网络实现商品销售比上年同期增长44.1%。",
         F("retail_sales", 2021, "H1", 1609.8, "亿元", 19.8, region="新疆"), region="新疆", pub="2021-07-30"),
    case("period-rate-other-firms", "1-5月,全县社会消费品零售总额增长7.1%,5月份,限上批发企业销售额增长9.4%。",
         F("retail_sales", 2023, "M1-M5", yoy=7.1, region="海盐"), region="海盐", pub="2023-06-20"),
    case("period-rate-private-projects", "前三季度,全市工业投资增长10.2%,9月份,民间项目完成投资增长4.4%。",
         F("industrial_investment", 2023, "Q1-Q3", yoy=10.2, region="嘉兴"), region="嘉兴", pub="2023-10-20"),
    case("period-rate-other-scope", "一季度,全市固定资产投资增长6.3%,3月份,规下项目完成投资增长2.2%。",
         F("fixed_asset_investment", 2023, "Q1", yoy=6.3, region="铁岭"), region="铁岭", pub="2023-04-20"),
    # the near miss: the period's own rate of the metric
    case("period-rate-own", "1-7月,全市规上工业增加值增长8.9%,7月份增长11.2%。",
         F("industrial_value_added", 2023, "M1-M7", yoy=8.9, region="嘉兴"),
         F("industrial_value_added", 2023, "M7", yoy=11.2, region="嘉兴"), region="嘉兴", pub="2023-08-20"),
    # 增长或持平, 持平或增长: firms that grew or held level, no rate of zero
    case("grew-or-flat", "1-5月,全省规上工业增加值同比增长5.3%。全省59.1%的规上工业企业产值同比增长或持平。",
         F("industrial_value_added", 2023, "M1-M5", yoy=5.3, region="辽宁"), region="辽宁", pub="2023-07-03"),
    case("flat-or-grew", "1-5月,全市规上工业增加值增长5.3%,六成企业产值持平或增长。",
         F("industrial_value_added", 2023, "M1-M5", yoy=5.3, region="鞍山"), region="鞍山", pub="2023-06-20"),
    case("flat-or-grew-projects", "一季度,全县固定资产投资与上年同期持平,八成项目投资增长或持平。",
         F("fixed_asset_investment", 2023, "Q1", yoy=0, region="永修"), region="永修", pub="2023-04-20"),
    # a sector's word opening a clause that judges it, then the bare 增加值: that sector's value added
    case("sector-remark-value-added", "上半年,农业生产总体平稳,增加值16.75亿元,增长5.3%;服务业逐步恢复,增加值113.26亿元,增长2.6%。",
         F("gdp_primary", 2022, "H1", 16.75, "亿元", 5.3, region="中卫"),
         F("gdp_tertiary", 2022, "H1", 113.26, "亿元", 2.6, region="中卫"), region="中卫", pub="2022-07-22"),
    case("sector-remark-services", "一季度,服务业加快恢复,增加值88.2亿元,同比增长6.4%。",
         F("gdp_tertiary", 2023, "Q1", 88.2, "亿元", 6.4, region="海城"), region="海城", pub="2023-04-22"),
    case("sector-remark-farming", "前三季度,农业稳中有进,增加值52.1亿元,增长3.9%。",
         F("gdp_primary", 2024, "Q1-Q3", 52.1, "亿元", 3.9, region="台安"), region="台安", pub="2024-10-22"),
    # the near miss: a sector that makes no metric of ours with 增加值
    case("sector-remark-other", "一季度,房地产业逐步恢复,增加值12.3亿元。", region="海城", pub="2023-04-22"),
    # 预期 as the expectations of firms and buyers (发展预期态势向好, 市场预期改善) makes no forecast
    case("expectations-improving", "1至4月,发展预期态势向好,全省全社会用电量552.3亿千瓦时,同比增长24.9%。",
         F("electricity_consumption", 2021, "M1-M4", 552.3, "亿千瓦时", 24.9, region="江西"), region="江西", pub="2021-05-23"),
    case("expectations-market", "一季度,市场预期改善,全市社会消费品零售总额增长8.1%。",
         F("retail_sales", 2023, "Q1", yoy=8.1, region="鞍山"), region="鞍山", pub="2023-04-23"),
    case("expectations-firms", "上半年,企业预期向好,全县规上工业增加值增长7.3%。",
         F("industrial_value_added", 2023, "H1", yoy=7.3, region="台安"), region="台安", pub="2023-07-23"),
    # the near miss: 预期增长 is a forecast
    case("expected-growth-forecast", "今年,全市地区生产总值预期增长6%。", region="鞍山", pub="2023-03-01"),
    # firms counted with 户 (52户规上企业) are the whole above-size industry, as with 家
    case("firm-count-hu", "1-8月份,全旗52户规上企业完成工业总产值154.3亿元,同比下降7.4%。",
         F("industrial_output", 2023, "M1-M8", 154.3, "亿元", -7.4, region="乌拉特后旗"), region="乌拉特后旗", pub="2023-12-12"),
    case("firm-count-hu-value-added", "1-5月,全县38户规模以上工业企业实现工业增加值12.6亿元,增长8.1%。",
         F("industrial_value_added", 2023, "M1-M5", 12.6, "亿元", 8.1, region="台安"), region="台安", pub="2023-06-20"),
    case("firm-count-hu-city", "上半年,全市1265户规上工业企业完成产值1032.5亿元。",
         F("industrial_output", 2023, "H1", 1032.5, "亿元", region="鞍山"), region="鞍山", pub="2023-07-20"),
    # the above-size firms' electricity (规模以上工业企业用电量, 规上工业用电量) is the industrial electricity
    case("above-size-electricity", "1-8月份,规模以上工业企业用电量23.9亿千瓦时,同比增长5.1%。",
         F("industrial_electricity", 2023, "M1-M8", 23.9, "亿千瓦时", 5.1, region="乌拉特后旗"), region="乌拉特后旗", pub="2023-12-12"),
    case("above-size-electricity-short", "一季度,全市规上工业用电量增长7.2%。",
         F("industrial_electricity", 2023, "Q1", yoy=7.2, region="鞍山"), region="鞍山", pub="2023-04-20"),
    case("firms-electricity", "上半年,全县工业企业用电量4.6亿千瓦时,增长3.3%。",
         F("industrial_electricity", 2023, "H1", 4.6, "亿千瓦时", 3.3, region="台安"), region="台安", pub="2023-07-20"),
    # rates in brackets after metrics, then a comparison's gap in points (分别高于预期目标1.0和4.2个百分点): the rates
    case("bracket-rates-points-gap", "上半年,全市地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点。",
         F("gdp", 2023, "H1", yoy=7.5, region="银川"), F("industrial_value_added", 2023, "H1", yoy=12.7, region="银川"),
         region="银川", pub="2023-07-27"),
    case("bracket-rate-points-below", "1-5月,全市一般公共预算收入(-3.2%)低于全省2.1个百分点。",
         F("fiscal_revenue_general", 2023, "M1-M5", yoy=-3.2, region="鞍山"), region="鞍山", pub="2023-06-27"),
    case("bracket-rates-points-faster", "一季度,全县固定资产投资(15.2%)、社会消费品零售总额(8.9%)分别快于全市3.1和1.2个百分点。",
         F("fixed_asset_investment", 2023, "Q1", yoy=15.2, region="台安"), F("retail_sales", 2023, "Q1", yoy=8.9, region="台安"),
         region="台安", pub="2023-04-27"),
    # a rate in brackets after a metric, then the progress towards a plan (完成年初预算的53.7%): the rate
    case("bracket-rate-plan-progress", "上半年,一般公共预算收入(13.5%)完成年初预算的53.7%。",
         F("fiscal_revenue_general", 2023, "H1", yoy=13.5, region="银川"), region="银川", pub="2023-07-27"),
    case("bracket-rate-target-progress", "1-9月,全县固定资产投资(12.3%)完成年度目标任务的78.2%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=12.3, region="台安"), region="台安", pub="2023-10-27"),
    case("bracket-rate-plan-share", "前三季度,全市社会消费品零售总额(6.1%)完成全年计划的74.5%。",
         F("retail_sales", 2023, "Q1-Q3", yoy=6.1, region="鞍山"), region="鞍山", pub="2023-10-27"),
    # the near miss: the progress alone is no rate
    case("plan-progress-alone", "上半年,一般公共预算收入完成年初预算的53.7%。", region="银川", pub="2023-07-27"),
    # a count of indicators (3项指标实现双过半。其中,…) is no total the figures after 其中 are parts of
    case("indicator-count-qizhong", "上半年,3项指标实现双过半。其中,地区生产总值增长7.5%。",
         F("gdp", 2023, "H1", yoy=7.5, region="银川"), region="银川", pub="2023-07-27"),
    case("indicator-count-main", "一季度,全县8个主要指标增速高于全市。其中,固定资产投资增长15.2%,社会消费品零售总额增长8.1%。",
         F("fixed_asset_investment", 2023, "Q1", yoy=15.2, region="台安"), F("retail_sales", 2023, "Q1", yoy=8.1, region="台安"),
         region="台安", pub="2023-04-27"),
    case("indicator-count-economic", "前三季度,全市7项主要经济指标中5项增速居全省前列。其中,规上工业增加值增长9.1%。",
         F("industrial_value_added", 2023, "Q1-Q3", yoy=9.1, region="鞍山"), region="鞍山", pub="2023-10-27"),
    # the near miss: a total of another kind before 其中 keeps the parts a subset's
    case("other-total-parts", "2023年,全市民营经济实现增加值122.6亿元。其中,第一产业增加值5.8亿元。", region="银川", pub="2024-02-27"),
    # a sentence of nothing but places ranked leaves the figure before it open for the places' rates after it
    case("ranked-places-between", "1-6月,全市社会消费品零售总额增长6.2%。从各县区总量看,从高到低依次为铁东区、铁西区、海城市。从增速看,海城市、铁西区分别增长8.1%、7.0%。",
         F("retail_sales", 2023, "H1", yoy=6.2, region="鞍山"), F("retail_sales", 2023, "H1", yoy=8.1, region="海城"),
         F("retail_sales", 2023, "H1", yoy=7.0, region="铁西"), region="鞍山", pub="2023-07-25"),
    case("ranked-places-between-other", "一季度,全市地区生产总值增长5.5%。各区总量排名依次为兴庆区、金凤区、西夏区。其中,兴庆区增长6.1%,金凤区增长5.2%。",
         F("gdp", 2023, "Q1", yoy=5.5, region="银川"), F("gdp", 2023, "Q1", yoy=6.1, region="兴庆"),
         F("gdp", 2023, "Q1", yoy=5.2, region="金凤"), region="银川", pub="2023-04-28"),
    case("ranked-places-between-banners", "前三季度,全盟固定资产投资增长9.6%。从总量看,依次为乌市、前旗、扎旗。从增速看,扎旗、前旗分别增长15.2%、11.4%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=9.6, region="兴安盟"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=15.2, region="扎赉特旗"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=11.4, region="科尔沁右翼前旗"), region="兴安盟", pub="2023-10-25"),
]


REAL38_CASES = [
    # items that are no metric of ours joined before one that is, then 分别 and a figure for each: the
    # items hold their places in the list (their figures skipped), and their words are no sector
    case("unknown-head-income", "2011年,该县农民人均纯收入和城镇居民可支配收入分别达到5120元和14870元。",
         F("income_urban_pc", 2011, "FY", 14870, "元", region="府谷"), region="府谷", pub="2012-03-02"),
    case("unknown-head-two-items", "1-7月,全县技改投资、民间投资和社会消费品零售总额分别增长21.4%、6.2%和9.8%。",
         F("retail_sales", 2012, "M1-M7", yoy=9.8, region="睢县"), region="睢县", pub="2012-08-20"),
    case("unknown-head-rates", "一季度,全区高新技术产业投资与工业投资分别增长31.5%和12.7%。",
         F("industrial_investment", 2014, "Q1", yoy=12.7, region="江北"), region="江北", pub="2014-04-22"),
    case("unknown-head-place-first", "其中,凤县2010年农民人均纯收入和城镇居民人均可支配收入分别为4365元和13208元。",
         F("income_urban_pc", 2010, "FY", 13208, "元", region="凤县"), region="宝鸡", pub="2011-02-10"),
    # 全社会 before a metric names the whole economy (as in 全社会固定资产投资), no sector
    case("whole-society-industrial-power", "1-12月份全社会工业用电量增长11.2%,为工业生产提供了保障。",
         F("industrial_electricity", 2013, "FY", yoy=11.2, region="漳州"), region="漳州", pub="2014-01-22"),
    case("whole-society-power-level", "1-6月,全县全社会工业用电量6.3亿千瓦时,同比增长7.5%。",
         F("industrial_electricity", 2012, "H1", 6.3, "亿千瓦时", 7.5, region="长兴"), region="长兴", pub="2012-07-18"),
    case("whole-society-value-added", "去年全区全社会工业增加值增长9.4%。",
         F("industrial_value_added", 2010, "FY", yoy=9.4, region="江宁"), region="江宁", pub="2011-01-25"),
    case("industry-power-still-sector", "1-6月,全县纺织业工业用电量同比增长3.1%。", region="长兴", pub="2012-07-18"),
    # names the papers give industrial investment (工业生产性投入, 工业性投入) and the general budget
    # revenue (财政一般收入): aliases.csv
    case("industrial-productive-input", "一季度,全县固定资产投资35.2亿元,其中工业生产性投入26.1亿元,同比增长18%。",
         F("fixed_asset_investment", 2011, "Q1", 35.2, "亿元", region="海盐"),
         F("industrial_investment", 2011, "Q1", 26.1, "亿元", 18, region="海盐"), region="海盐", pub="2011-04-20"),
    case("industrial-input", "1-9月,全县完成工业性投入48.6亿元,增长15.2%。",
         F("industrial_investment", 2010, "Q1-Q3", 48.6, "亿元", 15.2, region="嘉善"), region="嘉善", pub="2010-10-22"),
    case("industrial-productive-input-rate", "上半年,全县工业生产性投入同比增长11.8%。",
         F("industrial_investment", 2012, "H1", yoy=11.8, region="桐乡"), region="桐乡", pub="2012-07-25"),
    case("industrial-input-share-no-fact", "工业生产性投入占固定资产投资的比重达到58.4%。", region="桐乡", pub="2012-07-25"),
    case("fiscal-general-short", "2009年,该县共完成生产总值90亿元,财政一般收入3.3亿元。",
         F("gdp", 2009, "FY", 90, "亿元", region="嵩县"), F("fiscal_revenue_general", 2009, "FY", 3.3, "亿元", region="嵩县"),
         region="嵩县", pub="2010-02-09"),
    case("fiscal-general-short-rate", "去年全县财政一般收入完成2.1亿元,增长18%。",
         F("fiscal_revenue_general", 2010, "FY", 2.1, "亿元", 18, region="栾川"), region="栾川", pub="2011-01-20"),
    case("fiscal-general-short-months", "今年1-5月,全县财政一般收入1.2亿元。",
         F("fiscal_revenue_general", 2011, "M1-M5", 1.2, "亿元", region="汝阳"), region="汝阳", pub="2011-06-10"),
    # an article that speaks as a town (我镇, 本乡) and never as a county or city: a town's own paper, its
    # figures the town's even where a sentence names no subject
    case("town-paper-later-sentence", "今年以来,我镇工业经济保持增长。1-9月份,全镇实现工业总产值180亿元。其中规下企业产值90亿元;财政总收入8.6亿元,同比增长19.3%。",
         region="柳市", pub="2011-10-19"),
    case("town-paper-no-subject", "我镇狠抓招商引资。1-6月,实际利用外资2100万美元,同比增长12%。", region="店口", pub="2012-07-20"),
    case("township-paper", "本乡今年经济运行平稳。上半年,完成固定资产投资3.4亿元,增长21%。", region="大溪", pub="2013-07-18"),
    # a county's paper that quotes a town's head (我镇) and speaks as the county (我县): the county's
    case("county-paper-quotes-town", "1-9月,我县财政总收入12.3亿元,增长9.6%。某镇镇长说:“我镇将再接再厉。”",
         F("fiscal_revenue_total", 2012, "Q1-Q3", 12.3, "亿元", 9.6, region="苍南"), region="苍南", pub="2012-10-20"),
    # the quarters counted from the year's first, each cumulative (四个季度累计, 一至三季度累计), with as
    # many rates after 分别: Q1, H1, Q1-Q3, FY (quarter-list); the count is no sector
    case("four-quarters-running", "2015年,全市经济平稳增长。四个季度累计GDP增幅分别为7.6%、8.2%、8.4%和8.1%。",
         F("gdp", 2015, "Q1", yoy=7.6, region="福清"), F("gdp", 2015, "H1", yoy=8.2, region="福清"),
         F("gdp", 2015, "Q1-Q3", yoy=8.4, region="福清"), F("gdp", 2015, "FY", yoy=8.1, region="福清"),
         region="福清", pub="2016-02-10"),
    case("one-to-four-quarters-running", "2014年,全县一至四季度累计规模以上工业增加值分别增长10.2%、10.8%、11.1%和11.4%。",
         F("industrial_value_added", 2014, "Q1", yoy=10.2, region="南安"), F("industrial_value_added", 2014, "H1", yoy=10.8, region="南安"),
         F("industrial_value_added", 2014, "Q1-Q3", yoy=11.1, region="南安"), F("industrial_value_added", 2014, "FY", yoy=11.4, region="南安"),
         region="南安", pub="2015-01-28"),
    case("three-quarters-running", "今年一至三季度累计固定资产投资分别增长12.1%、13.4%和14.0%。",
         F("fixed_asset_investment", 2013, "Q1", yoy=12.1, region="惠安"), F("fixed_asset_investment", 2013, "H1", yoy=13.4, region="惠安"),
         F("fixed_asset_investment", 2013, "Q1-Q3", yoy=14.0, region="惠安"), region="惠安", pub="2013-10-30"),
    case("quarters-running-count-mismatch", "今年四个季度累计GDP增幅分别为8.6%和9.2%。", region="惠安", pub="2014-01-30"),
    # 前三个季度, 前3个季度: the first three quarters (periods.csv)
    case("first-three-quarters-counted", "今年前三个季度累计GDP增长9.2%。",
         F("gdp", 2012, "Q1-Q3", yoy=9.2, region="福建"), region="福建", pub="2012-11-07"),
    case("first-3-quarters-counted", "今年前3个季度,全市规模以上工业增加值增长11.5%。",
         F("industrial_value_added", 2012, "Q1-Q3", yoy=11.5, region="泉州"), region="泉州", pub="2012-11-07"),
    case("first-three-quarters-level", "前三个季度,全县固定资产投资完成86.4亿元。",
         F("fixed_asset_investment", 2012, "Q1-Q3", 86.4, "亿元", region="晋江"), region="晋江", pub="2012-11-07"),
    case("unknown-head-holds-metric-words", "2010年,农村居民人均纯收入、城镇居民人均可支配收入分别为4120元、11350元。",
         F("income_urban_pc", 2010, "FY", 11350, "元", region="凤县"), region="凤县", pub="2011-02-10"),
    # from a starting level to the next, the next with its qualifier word (由…到突破…, 增加到近…): the level
    # reached, qualified, takes the rates after it
    case("from-to-breakthrough", "财政总收入由28亿元到突破70亿元,一般预算收入由12亿元增加到27亿元,2010年分别比上年增长16.7%和14%。",
         F("fiscal_revenue_total", 2010, "FY", 70, "亿元", 16.7, "over", region="诸暨"),
         F("fiscal_revenue_general", 2010, "FY", 27, "亿元", 14, region="诸暨"), region="诸暨", pub="2011-01-20"),
    case("from-to-over", "2012年,全市出口从3.2亿美元到超过8亿美元,增长21.4%。",
         F("exports", 2012, "FY", 8, "亿美元", 21.4, "over", region="义乌"), region="义乌", pub="2013-01-20"),
    case("from-to-more-than", "2012年,全县地区生产总值由120亿元到逾200亿元,增长9.6%。",
         F("gdp", 2012, "FY", 200, "亿元", 9.6, "over", region="浦江"), region="浦江", pub="2013-01-20"),
    # a verb before 到 with the qualifier already read (增加到近10亿元) stays as it was
    case("from-to-verb-nearly", "2010年,全县财政总收入由8.2亿元增加到近10亿元,比上年增长15.3%。",
         F("fiscal_revenue_total", 2010, "FY", 10, "亿元", 15.3, "approx", region="浦江"), region="浦江", pub="2011-01-20"),
    # 均: one figure for every item, the metric's too (the items' words are no sector of it)
    case("unknown-head-jun", "2011年,全县农民人均纯收入和城镇居民人均可支配收入均增长13%。",
         F("income_urban_pc", 2011, "FY", yoy=13, region="府谷"), region="府谷", pub="2012-03-02"),
    # a figure list that does not fit the items and the metric: no list (the words stay a sector's)
    case("unknown-head-count-mismatch", "上半年,全市技改投资和工业投资分别增长12.4%、8.1%和3.3%。",
         region="江北", pub="2014-07-22"),
]

REAL39_CASES = [
    # a breakdown lead (分行业看, 从行业看, 按行业划分) names the dimension of the parts after it: its word
    # (行业) is no sector topic of a metric of ours named in the clause after it
    case("breakdown-lead-industry-investment", "1-9月,全区固定资产投资增长12.4%。分产业看,第二产业投资增长30.1%。"
         "分行业看,工业投资增长28.6%,教育投资增长11.2%。",
         F("fixed_asset_investment", 2023, "M1-M9", yoy=12.4, region="坪山"),
         F("industrial_investment", 2023, "M1-M9", yoy=28.6, region="坪山"), region="坪山", pub="2023-10-30"),
    case("breakdown-lead-from-industry", "上半年,全县固定资产投资同比增长6.7%。从行业看,制造业投资增长15.3%,"
         "房地产业投资下降9.8%。",
         F("fixed_asset_investment", 2022, "H1", yoy=6.7, region="惠安"),
         F("industrial_investment", 2022, "H1", yoy=15.3, region="惠安"), region="惠安", pub="2022-07-28"),
    case("breakdown-lead-by-industry-colon", "前三季度,全市固定资产投资增长4.2%。按行业划分:工业投资增长17.5%,"
         "交通运输业投资下降3.1%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=4.2, region="江门"),
         F("industrial_investment", 2024, "Q1-Q3", yoy=17.5, region="江门"), region="江门", pub="2024-10-25"),
    # the near miss: a clause that judges an industry (电子行业发展较快) still makes the figure after it the sector's
    case("breakdown-lead-industry-remark", "前三季度,全市固定资产投资增长4.2%。电子行业发展较快,工业投资增长17.5%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=4.2, region="江门"), region="江门", pub="2024-10-25"),
    # a group of cities (都市圈, 经济圈, 城市群: the whole_at "places" of vocab/exclusions.csv) is no region: its
    # total is a subset's, and the cities named after it with their own figures are whole places
    case("city-group-parts-respectively", "2024年,南昌都市圈规模以上工业增加值增长6.6%,其中南昌市、九江市分别增长"
         "7.1%、5.9%。",
         F("industrial_value_added", 2024, "FY", yoy=7.1, region="南昌"),
         F("industrial_value_added", 2024, "FY", yoy=5.9, region="九江"), region="南昌", pub="2025-02-12"),
    case("city-group-parts-each", "上半年,关中平原城市群固定资产投资增长3.8%,其中,宝鸡市增长5.2%,咸阳市增长4.4%。",
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="宝鸡"),
         F("fixed_asset_investment", 2024, "H1", yoy=4.4, region="咸阳"), region="宝鸡", pub="2024-08-20"),
    case("city-group-total-only", "前三季度,闽东北经济圈实现地区生产总值8650.3亿元,同比增长5.1%。",
         region="福州", pub="2023-11-02"),
    # the near miss: a group the city is described as the centre of (是…城市群中心城市) scopes none of its figures
    case("city-group-description", "赣州是赣南城市群中心城市,上半年赣州经济实现2280.4亿元,同比增长4.6%。",
         F("gdp", 2024, "H1", 2280.4, "亿元", 4.6, region="赣州"), region="赣州", pub="2024-08-01"),
    # 紧随其后, 紧跟其后 rank places right after the one before: the places' rate follows the remark
    case("rank-follows-same-rate", "上半年,泸州GDP以6.9%的增速居全省第一;宜宾、南充紧随其后,增速同为6.4%。",
         F("gdp", 2023, "H1", yoy=6.9, region="泸州"), F("gdp", 2023, "H1", yoy=6.4, region="宜宾"),
         F("gdp", 2023, "H1", yoy=6.4, region="南充"), region="四川", pub="2023-08-05"),
    case("rank-follows-growth", "一季度,榆林规上工业增加值增长8.2%,居全省首位;延安紧跟其后,同比增长7.5%。",
         F("industrial_value_added", 2022, "Q1", yoy=8.2, region="榆林"),
         F("industrial_value_added", 2022, "Q1", yoy=7.5, region="延安"), region="陕西", pub="2022-04-26"),
    case("rank-follows-respectively", "前三季度,廊坊固定资产投资增长9.3%,居全省第一;唐山、沧州紧随其后,增速分别为"
         "8.8%、8.1%。",
         F("fixed_asset_investment", 2021, "Q1-Q3", yoy=9.3, region="廊坊"),
         F("fixed_asset_investment", 2021, "Q1-Q3", yoy=8.8, region="唐山"),
         F("fixed_asset_investment", 2021, "Q1-Q3", yoy=8.1, region="沧州"), region="河北", pub="2021-10-28"),
    # the near miss: a place that follows with a level keeps its level (as before)
    case("rank-follows-level", "上半年,合肥GDP为6180.2亿元;芜湖紧随其后,达到2320.7亿元。",
         F("gdp", 2023, "H1", 6180.2, "亿元", region="合肥"), F("gdp", 2023, "H1", 2320.7, "亿元", region="芜湖"),
         region="安徽", pub="2023-07-30"),
    # a sentence whose only metric word is a stand-in (总量, 金额, 总额, 体量: stands_for any) after a place or a
    # time, with a level in money, is read (it names the metric of the sentence before)
    case("stand-in-sentence-after-time", "从经济总量看,襄城一马当先。一季度,襄城经济稳步回升,上半年总量达到215.36亿元。",
         F("gdp", 2021, "H1", 215.36, "亿元", region="襄城"), region="许昌", pub="2021-07-28"),
    case("stand-in-sentence-after-place", "上半年,铜陵地区生产总值增长6.2%。池州总量为531.8亿元。",
         F("gdp", 2023, "H1", yoy=6.2, region="铜陵"), F("gdp", 2023, "H1", 531.8, "亿元", region="池州"),
         region="安徽", pub="2023-07-28"),
    case("stand-in-sentence-sum", "前三季度,全市社会消费品零售总额增长5.8%。前三季度,宁国市体量达到112.4亿元。",
         F("retail_sales", 2022, "Q1-Q3", yoy=5.8, region="宣城"),
         F("retail_sales", 2022, "Q1-Q3", 112.4, "亿元", region="宁国"), region="宣城", pub="2022-10-28"),
    # the near miss: the word after another noun (项目总金额) stands for nothing
    case("stand-in-sentence-other-noun", "上半年,全县财政总收入18.52亿元。签约项目总金额12亿元。",
         F("fiscal_revenue_total", 2023, "H1", 18.52, "亿元", region="郎溪"), region="郎溪", pub="2023-07-20"),
    # items joined by 和/与/及 before a last item that ends in a head (投资) and makes no metric of ours: an item
    # that makes one with the head (工业 + 投资) is that metric, and the broad 制造业投资 before gives way to it
    case("head-item-and", "上半年,全市固定资产投资增长6.1%。制造业投资增长14.2%。工业和技改投资分别增长10.3%和15.2%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.1, region="衡水"),
         F("industrial_investment", 2023, "H1", yoy=10.3, region="衡水"), region="衡水", pub="2023-07-21"),
    case("head-item-with", "1-5月,全县固定资产投资增长9.4%,工业与民间投资分别增长21.6%、7.3%。",
         F("fixed_asset_investment", 2022, "M1-M5", yoy=9.4, region="肥东"),
         F("industrial_investment", 2022, "M1-M5", yoy=21.6, region="肥东"), region="肥东", pub="2022-06-20"),
    case("head-item-long-last", "前三季度,全区固定资产投资增长3.3%。工业及工业技术改造投资分别增长18.4%和22.6%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=3.3, region="丰南"),
         F("industrial_investment", 2024, "Q1-Q3", yoy=18.4, region="丰南"), region="丰南", pub="2024-10-24"),
    # the near miss: no item makes a metric with the head (项目 + 投资)
    case("head-item-none", "上半年,全市固定资产投资增长6.1%。项目和房地产投资分别增长10.3%和15.2%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.1, region="衡水"), region="衡水", pub="2023-07-21"),
    # the bracket of a set noun (县(市), 县(市、区): vocab/set_nouns.csv) after a count opens no clause: the counted set
    # before it is the subject of the metric after it, no whole region
    case("set-noun-bracket-rate", "一季度,全省77个县(市)生产总值同比增长3.2%。全省地区生产总值同比增长6.3%。",
         F("gdp", 2019, "Q1", yoy=6.3, region="陕西"), region="陕西", pub="2019-04-25"),
    case("set-noun-bracket-level-after", "上半年,全省118个县(市)生产总值同比增长6.3%,总量达到11268.4亿元。",
         region="河北", pub="2023-08-05"),
    case("set-noun-bracket-two-kinds", "1-9月,全市9个县(市、区)规上工业增加值增长7.4%。", region="邢台", pub="2021-10-20"),
    case("set-noun-bracket-qizhong", "1-9月,全市规上工业增加值增长6.8%。从区域看,全市6个县(市、区)规上工业增加值均实现"
         "正增长,其中新泰市增长10.2%。",
         F("industrial_value_added", 2024, "M1-M9", yoy=6.8, region="泰安"),
         F("industrial_value_added", 2024, "M1-M9", yoy=10.2, region="新泰"), region="泰安", pub="2024-10-22"),
    # the near miss: a bracket of another kind after the metric (地区生产总值(GDP)) leaves the region's figure
    case("set-noun-bracket-near", "上半年,全市地区生产总值(GDP)1200.5亿元,同比增长5.1%。",
         F("gdp", 2021, "H1", 1200.5, "亿元", 5.1, region="邢台"), region="邢台", pub="2021-07-28"),
]


REAL37_CASES = [
    # a note in brackets after the metric's alias, with a comma of its own (生产总值(GDP,当年价)100.48亿元)
    case("bracket-note-comma-price", "2020年,全县地区生产总值(GDP,当年价)86.35亿元,同比增长4.8%。",
         F("gdp", 2020, "FY", 86.35, "亿元", 4.8, region="石阡"), region="石阡", pub="2021-04-10"),
    case("bracket-note-comma-current", "上半年,全区实现生产总值(GDP,现价)152.7亿元,增长6.2%。",
         F("gdp", 2022, "H1", 152.7, "亿元", 6.2, region="西秀"), region="西秀", pub="2022-07-25"),
    case("bracket-note-comma-prelim", "2019年,全市生产总值(GDP,初步核算数)412.06亿元,比上年增长7.5%。",
         F("gdp", 2019, "FY", 412.06, "亿元", 7.5, region="醴陵"), region="醴陵", pub="2020-03-20"),
    # the near miss: a note after a per-capita metric (a modifier, no phrase) joins no figure
    case("bracket-note-comma-per-capita", "2022年,全区人均生产总值(GDP,现价)92350元,增长5.1%。",
         region="西秀", pub="2023-03-10"),
    # 辖区 (the jurisdiction) before the metric is the home region itself, no sector
    case("jurisdiction-subject", "2020年辖区实现地区生产总值512.4亿元,比上年增长3.6%。",
         F("gdp", 2020, "FY", 512.4, "亿元", 3.6, region="涪城"), region="涪城", pub="2021-03-30"),
    case("jurisdiction-inside-subject", "2023年,辖区内完成固定资产投资同比增长8.2%。",
         F("fixed_asset_investment", 2023, "FY", yoy=8.2, region="旌阳"), region="旌阳", pub="2024-03-15"),
    case("jurisdiction-whole-subject", "上半年,全辖区实现社会消费品零售总额56.3亿元,同比增长4.1%。",
         F("retail_sales", 2024, "H1", 56.3, "亿元", 4.1, region="游仙"), region="游仙", pub="2024-07-20"),
    # the near miss: the jurisdiction's key projects are a subset, no figure of the region's
    case("jurisdiction-projects-not-region", "上半年,辖区内重点项目完成固定资产投资8.6亿元,增长12%。",
         region="游仙", pub="2024-07-20"),
    # bulletin spellings of the budget revenues and the incomes (一般公共预算地方收入, 公共财政预算总收入,
    # 地方级公共财政预算收入, 农村人均可支配收入)
    case("budget-local-revenue-order", "2021年,全县一般公共预算地方收入同比增长5.2%,规模工业增加值同比增长9.8%。",
         F("fiscal_revenue_general", 2021, "FY", yoy=5.2, region="汨罗"),
         F("industrial_value_added", 2021, "FY", yoy=9.8, region="汨罗"), region="汨罗", pub="2022-03-25"),
    case("public-budget-total-and-local", "全年公共财政预算总收入8.12亿元,比上年增长6.9%。其中,地方级公共财政预算收入5.07亿元,增长5.8%。",
         F("fiscal_revenue_total", 2018, "FY", 8.12, "亿元", 6.9, region="邵武"),
         F("fiscal_revenue_general", 2018, "FY", 5.07, "亿元", 5.8, region="邵武"), region="邵武", pub="2019-03-18"),
    case("per-capita-income-short", "2022年,城镇人均可支配收入同比增长6.1%;农村人均可支配收入同比增长8.3%。",
         F("income_urban_pc", 2022, "FY", yoy=6.1, region="宁乡"),
         F("income_rural_pc", 2022, "FY", yoy=8.3, region="宁乡"), region="宁乡", pub="2023-03-10"),
    # a clause counting a sector's firms (…产业企业12家) before a bare metric: that metric is the firms', a sector's
    case("counted-sector-firms-output", "2021年,全区规模工业产值增长4.2%,增加值增长3.5%;战略性新兴产业企业12家,产值同比增长15.6%。",
         F("industrial_output", 2021, "FY", yoy=4.2, region="杜集"), F("industrial_value_added", 2021, "FY", yoy=3.5, region="杜集"),
         region="杜集", pub="2022-03-20"),
    case("counted-manufacturing-firms", "2022年,全县规模工业产值增长6.4%,增加值增长5.1%;装备制造业企业18家,产值增长11.3%。",
         F("industrial_output", 2022, "FY", yoy=6.4, region="濉溪"), F("industrial_value_added", 2022, "FY", yoy=5.1, region="濉溪"),
         region="濉溪", pub="2023-03-20"),
    case("counted-industry-firms", "2023年,全县规模工业产值增长7.7%,增加值增长6.9%;电子信息行业企业9家,产值增长21.4%。",
         F("industrial_output", 2023, "FY", yoy=7.7, region="萧县"), F("industrial_value_added", 2023, "FY", yoy=6.9, region="萧县"),
         region="萧县", pub="2024-03-20"),
    # the near miss: the region's own above-size firms counted are the whole's population, their output the region's
    # the near miss: a metric named in full after counted firms (新设外资企业…家，合同外资…) is the region's
    case("counted-new-firms-named-metric", "前三季度,全市新设外商投资企业86家,合同外资额12.6亿美元,同比增长18.4%。",
         F("fdi_contracted", 2021, "Q1-Q3", 12.6, "亿美元", 18.4, region="昆山"), region="昆山", pub="2021-10-25"),
    case("counted-above-size-firms-in-stock", "从衡水市统计局获悉,上半年,该市规模以上工业在库企业1203家,增加值同比增长6.4%。",
         F("industrial_value_added", 2023, "H1", yoy=6.4, region="衡水"), region="衡水", pub="2023-07-25"),
    case("counted-above-size-firms-region", "2022年,全县规上工业企业152家,完成产值325亿元,增长8%。",
         F("industrial_output", 2022, "FY", 325, "亿元", 8, region="濉溪"), region="濉溪", pub="2023-03-20"),
    # the industry inside the second industry's figure, named with its verb only (其中工业完成37.7亿元); the third
    # industry after it still reads in the GDP's breakdown
    case("industry-done-in-secondary", "2017年全县地区生产总值98.4亿元,增长5.2%,第二产业完成36.1亿元,同比增长2.0%,其中工业完成30.7亿元,增长1.8%;第三产业完成49.6亿元,增长7.5%。",
         F("gdp", 2017, "FY", 98.4, "亿元", 5.2, region="介休"), F("gdp_secondary", 2017, "FY", 36.1, "亿元", 2.0, region="介休"),
         F("industrial_value_added", 2017, "FY", 30.7, "亿元", 1.8, region="介休"),
         F("gdp_tertiary", 2017, "FY", 49.6, "亿元", 7.5, region="介休"), region="介休", pub="2018-03-20"),
    case("industry-realised-in-secondary", "2018年全县地区生产总值86.1亿元,增长6.6%,第二产业实现增加值30.2亿元,增长5.1%,其中工业实现26.4亿元,增长5.5%。",
         F("gdp", 2018, "FY", 86.1, "亿元", 6.6, region="祁县"), F("gdp_secondary", 2018, "FY", 30.2, "亿元", 5.1, region="祁县"),
         F("industrial_value_added", 2018, "FY", 26.4, "亿元", 5.5, region="祁县"), region="祁县", pub="2019-03-20"),
    case("industry-done-after-parts", "2018年全县生产总值64.2亿元,增长6.1%。其中,第二产业增加值21.7亿元,增长5.3%,其中工业完成17.9亿元,增长4.9%。",
         F("gdp", 2018, "FY", 64.2, "亿元", 6.1, region="太谷"), F("gdp_secondary", 2018, "FY", 21.7, "亿元", 5.3, region="太谷"),
         F("industrial_value_added", 2018, "FY", 17.9, "亿元", 4.9, region="太谷"), region="太谷", pub="2019-03-20"),
    # the near miss: the industry's investment named with the verb between stays investment
    case("industry-done-investment", "2018年,第二产业投资增长12%,其中工业完成投资15.2亿元,增长9%。",
         F("industrial_investment", 2018, "FY", 15.2, "亿元", 9, region="祁县"), region="祁县", pub="2019-03-20"),
    # all the projects of a metric counted (工业投资项目22个,), then 投资 alone: that metric's investment
    case("projects-counted-investment", "2020年,在统固定资产投资项目86个,完成投资增长8.1%;工业投资项目22个,投资下降21.1%。",
         F("fixed_asset_investment", 2020, "FY", yoy=8.1, region="相山"), F("industrial_investment", 2020, "FY", yoy=-21.1, region="相山"),
         region="相山", pub="2021-04-01"),
    case("projects-counted-done-investment", "2022年,全县工业投资项目41个,完成投资增长13.6%。",
         F("industrial_investment", 2022, "FY", yoy=13.6, region="濉溪"), region="濉溪", pub="2023-04-01"),
    case("projects-in-stock-investment", "1-9月,全区在库工业投资项目58个,投资同比增长9.3%。",
         F("industrial_investment", 2023, "Q1-Q3", yoy=9.3, region="杜集"), region="杜集", pub="2023-10-20"),
    case("projects-counted-under-heading", "2020年统计公报\n\n四、固定资产投资\n\n全年在统固定资产投资项目73个,完成投资增长6.4%;工业投资项目19个,投资增长11.7%。",
         F("fixed_asset_investment", 2020, "FY", yoy=6.4, region="相山"), F("industrial_investment", 2020, "FY", yoy=11.7, region="相山"),
         region="相山", pub="2021-04-01"),
    # the near misses: the projects of a part (重点…, 亿元以上…) are no metric's whole
    case("key-projects-counted-not-metric", "2022年,全县重点工业投资项目12个,完成投资8.6亿元,增长5%。",
         region="濉溪", pub="2023-04-01"),
    case("big-projects-counted-not-metric", "2022年,全县亿元以上项目32个,完成投资45亿元,增长5%。",
         region="濉溪", pub="2023-04-01"),
]

REAL40_CASES = [
    # a title line's figure the body gives again as a plan's (主要预期目标是：…) is that plan (title-restates-plan);
    # a title's figure the body gives as the year's result stays a fact
    case("title-restates-plan-blueprint", "地区生产总值增长5.8%以上，临河区描绘2025年发展蓝图\n\n1月8日，临河区第五届"
         "人民代表大会第四次会议开幕。新的一年，经济社会发展主要预期目标是：地区生产总值增长5.8%以上，规上工业增加值增长7%。",
         region="临河区", pub="2025-01-10", labels={5.8: "target"}),
    case("title-restates-plan-opening", "规上工业增加值增长8%左右！宁海县人代会开幕\n今年全县经济社会发展的主要预期目标为："
         "地区生产总值增长6%左右，规上工业增加值增长8%左右。", region="宁海县", pub="2024-01-25", labels={8: "target"}),
    case("title-restates-plan-this-year", "一般公共预算收入增长5%，德清县2024年这样干\n德清县人民政府工作报告提出，"
         "2024年主要预期目标为：一般公共预算收入增长5%，固定资产投资增长8%。", region="德清县", pub="2024-01-20",
         labels={5: "target"}),
    case("title-restates-result-stays", "地区生产总值增长6.1% 长兴县交出年度成绩单\n过去一年，全县地区生产总值增长6.1%。"
         "今年的主要预期目标是：地区生产总值增长6%左右。",
         F("gdp", 2023, "FY", yoy=6.1, region="长兴"), region="长兴县", pub="2024-01-20"),
    # a metric named in a remark in brackets that holds no figure, after a figure of the open phrase
    # (主要是二产、三产未达预期), opens no phrase: the rate after the brackets is the figure's; a bracket with a
    # figure of its own (第二产业增加值增长5.1%) keeps its metric
    case("bracket-remark-sectors", "2022年，全区地区生产总值588亿元(主要是二产、三产未达预期)，增长1.8%。",
         F("gdp", 2022, "FY", 588, "亿元", 1.8, region="城厢"), region="城厢区", pub="2023-02-08"),
    case("bracket-remark-after-plan-share", "2022年，第二产业增加值276亿元，完成年计划301亿元的91.7%(主要是规模以上工业"
         "产值、建筑业产值低于预期)，下降1.6%。",
         F("gdp_secondary", 2022, "FY", 276, "亿元", -1.6, region="涵江"), region="涵江区", pub="2023-02-08"),
    case("bracket-remark-investment", "2022年，全县固定资产投资186亿元(主要受工业投资项目接续不足影响)，下降9.3%。",
         F("fixed_asset_investment", 2022, "FY", 186, "亿元", -9.3, region="仙游"), region="仙游县", pub="2023-02-08"),
    case("bracket-with-own-figure-keeps-metric", "2022年，全市地区生产总值1402亿元，增长3.3%（第二产业增加值增长4.6%）。",
         F("gdp", 2022, "FY", 1402, "亿元", 3.3, region="福清"), F("gdp_secondary", 2022, "FY", yoy=4.6, region="福清"),
         region="福清市", pub="2023-02-08"),
    # a plan word between a span's starting level and the level it rose to (由32亿元预计增加到68亿元, 从…有望达到…)
    # makes the end level a forecast; the starting level stays the span's first year's (span-start)
    case("span-from-forecast-to", "五年来，全县规模以上工业增加值由32亿元预计增加到68亿元，年均增长16.3%。",
         F("industrial_value_added", 2015, "FY", 32, "亿元", region="桐庐"), region="桐庐县", pub="2021-01-12",
         labels={68: "forecast"}),
    case("span-from-forecast-raise", "“十三五”期间，全市一般公共预算收入由18.6亿元预计提高到29.4亿元，年均增长9.6%。",
         F("fiscal_revenue_general", 2015, "FY", 18.6, "亿元", region="建德"), region="建德市", pub="2021-01-15",
         labels={29.4: "forecast"}),
    case("span-from-likely-reach", "过去五年，全县社会消费品零售总额从96.2亿元有望达到150亿元。",
         F("retail_sales", 2015, "FY", 96.2, "亿元", region="淳安"), region="淳安县", pub="2021-01-18",
         labels={150: "forecast"}),
    case("span-from-to-actual-stays", "五年来，全县规模以上工业增加值由32亿元增加到68亿元，年均增长16.3%。",
         F("industrial_value_added", 2015, "FY", 32, "亿元", region="桐庐"),
         F("industrial_value_added", 2020, "FY", 68, "亿元", region="桐庐"), region="桐庐县", pub="2021-01-12"),
    # a span opening the paragraph (五年来, 四年来, “十三五”时期) holds for a starting level after a sentence names
    # the span's last year (2020年…由15.2亿元增加到21.5亿元: from 2015); another year named is no span's end
    case("span-end-year-named-revenue", "五年来，我们坚持发展第一要务，综合实力明显增强。2020年实现地区生产总值312亿元，"
         "年均增长6.8%；一般公共预算收入由15.2亿元增加到21.5亿元，年均增长7.2%。",
         F("gdp", 2020, "FY", 312, "亿元", region="长兴"), F("fiscal_revenue_general", 2015, "FY", 15.2, "亿元", region="长兴"),
         F("fiscal_revenue_general", 2020, "FY", 21.5, "亿元", region="长兴"), region="长兴县", pub="2021-01-20"),
    case("span-end-year-named-four-years", "四年来，全县经济总量跨越增长。2016年，地区生产总值达到99.3亿元；"
         "社会消费品零售总额由30.6亿元增加到42.8亿元。",
         F("gdp", 2016, "FY", 99.3, "亿元", region="芷江"), F("retail_sales", 2012, "FY", 30.6, "亿元", region="芷江"),
         F("retail_sales", 2016, "FY", 42.8, "亿元", region="芷江"), region="芷江县", pub="2017-01-10"),
    case("span-end-year-named-plan-period", "“十三五”时期，全市发展质效稳步提升。2020年，规上工业增加值由186亿元"
         "提高到263亿元。",
         F("industrial_value_added", 2015, "FY", 186, "亿元", region="东阳"),
         F("industrial_value_added", 2020, "FY", 263, "亿元", region="东阳"), region="东阳市", pub="2021-02-02"),
    case("span-other-year-named-no-start", "五年来，全县综合实力明显增强。2019年，一般公共预算收入由19.8亿元增加到"
         "21.5亿元。",
         F("fiscal_revenue_general", 2019, "FY", 21.5, "亿元", region="长兴"), region="长兴县", pub="2021-01-20"),
    # a sentence of what the parts gave the whole (贡献率, 拉动…个百分点) and no figure of a metric's own stands
    # between a figure and the periods' rates after it (分季度看，一季度、上半年…增速分别为…): they go on with that figure
    case("contribution-between-period-rates", "2020年，全市地区生产总值528.4亿元，增长4.2%。一、二、三产对地区生产总值的"
         "贡献率分别为-0.5%、30.8%、69.7%。分季度看，一季度、上半年、前三季度增速分别为-8.7%、0.9%、3.1%。",
         F("gdp", 2020, "FY", 528.4, "亿元", 4.2, region="霸州"), F("gdp", 2020, "Q1", yoy=-8.7, region="霸州"),
         F("gdp", 2020, "H1", yoy=0.9, region="霸州"), F("gdp", 2020, "Q1-Q3", yoy=3.1, region="霸州"),
         region="霸州市", pub="2021-04-10"),
    case("pull-between-period-rates", "2022年，全县地区生产总值286.4亿元，增长3.8%。第二产业拉动地区生产总值增长1.9个"
         "百分点。分季度看，一季度、上半年增速分别为4.6%、2.9%。",
         F("gdp", 2022, "FY", 286.4, "亿元", 3.8, region="宁晋"), F("gdp", 2022, "Q1", yoy=4.6, region="宁晋"),
         F("gdp", 2022, "H1", yoy=2.9, region="宁晋"), region="宁晋县", pub="2023-03-20"),
    case("contribution-three-sectors-between", "2023年，全区地区生产总值412亿元，增长5.9%。三次产业对地区生产总值增长的"
         "贡献率分别为4.1%、38.2%和57.7%。分季度看，一季度、上半年、前三季度增速分别为4.2%、5.1%、5.6%。",
         F("gdp", 2023, "FY", 412, "亿元", 5.9, region="鹿泉"), F("gdp", 2023, "Q1", yoy=4.2, region="鹿泉"),
         F("gdp", 2023, "H1", yoy=5.1, region="鹿泉"), F("gdp", 2023, "Q1-Q3", yoy=5.6, region="鹿泉"),
         region="鹿泉区", pub="2024-03-15"),
]
REAL41_CASES = [
    # a bare 增加值 right after a place named as a whole (全区实现增加值, 闵行区增加值), with no industry in the
    # clause or the context, is the place's total value added: its GDP (Shanghai's districts say so)
    case("whole-region-value-added-level", "2024年,全区实现增加值2215.4亿元,可比增长4.9%。其中,第二产业增加值"
         "870.2亿元,可比增长3.1%。",
         F("gdp", 2024, "FY", 2215.4, "亿元", 4.9, region="闵行"),
         F("gdp_secondary", 2024, "FY", 870.2, "亿元", 3.1, region="闵行"), region="闵行", pub="2025-02-08"),
    case("whole-region-value-added-done", "前三季度,全区完成增加值1388.6亿元,同比增长4.3%。",
         F("gdp", 2023, "Q1-Q3", 1388.6, "亿元", 4.3, region="松江"), region="松江", pub="2023-10-28"),
    case("named-district-value-added", "上半年,奉贤区实现增加值702.9亿元,增长5.6%。",
         F("gdp", 2024, "H1", 702.9, "亿元", 5.6, region="奉贤"), region="奉贤", pub="2024-07-30"),
    case("whole-region-value-added-rate", "一季度,全区增加值同比增长3.4%,快于全市0.3个百分点。",
         F("gdp", 2025, "Q1", yoy=3.4, region="宝山"), region="宝山", pub="2025-04-26"),
    case("time-glued-district-value-added", "今年前三季度全区实现增加值1652.3亿元,同比增长5.3%。",
         F("gdp", 2025, "Q1-Q3", 1652.3, "亿元", 5.3, region="闵行"), region="闵行", pub="2025-10-27"),
    # the near misses: value added after the above-size industry (named in the clause, or before it) stays theirs
    case("industry-value-added-after-output", "1-5月,全区规上工业总产值126亿元,增长5.2%;实现增加值31亿元,增长6.1%。",
         F("industrial_output", 2024, "M1-M5", 126, "亿元", 5.2, region="金山"),
         F("industrial_value_added", 2024, "M1-M5", 31, "亿元", 6.1, region="金山"), region="金山", pub="2024-06-20"),
    case("industry-firms-value-added", "1-8月,全区规上工业企业实现增加值46.5亿元,同比增长8.2%。",
         F("industrial_value_added", 2024, "M1-M8", 46.5, "亿元", 8.2, region="金山"), region="金山", pub="2024-09-20"),
    # the whole a share is of (占全市规上工业总产值656亿元的46.7%), printed with its own amount right after its
    # name and a place named as a whole after 占, is that place's figure (the part and the share are not)
    case("share-whole-output", "一季度,全市12家龙头企业实现产值186.4亿元,占全市规上工业总产值412亿元的45.2%。",
         F("industrial_output", 2024, "Q1", 412, "亿元", region="丽水"), region="丽水", pub="2024-04-22"),
    case("share-whole-value-added", "上半年,高新技术产业增加值62亿元,占全县规上工业增加值118.5亿元的52.3%。",
         F("industrial_value_added", 2023, "H1", 118.5, "亿元", region="长兴"), region="长兴", pub="2023-07-25"),
    case("share-whole-retail", "前三季度,网络零售额占全区社会消费品零售总额286.7亿元的比重为24.1%。",
         F("retail_sales", 2024, "Q1-Q3", 286.7, "亿元", region="柯桥"), region="柯桥", pub="2024-10-28"),
    # a rate whose % the page dropped (增长7.5,二季度增长8.3%): a decimal right after a growth verb and before a
    # clause mark, in a sentence whose other rates carry their marks, is a percent
    case("dropped-percent-quarter-list", "2023年分季度看,一季度全县生产总值同比增长7.5,二季度增长8.3%,三季度增长8.1%。",
         F("gdp", 2023, "Q1", yoy=7.5, region="泰顺"), F("gdp", 2023, "Q2", yoy=8.3, region="泰顺"),
         F("gdp", 2023, "Q3", yoy=8.1, region="泰顺"), region="泰顺", pub="2024-03-20"),
    case("dropped-percent-month-list", "2024年1-4月,全市规上工业增加值同比增长10.3,1-5月增长9.6%,1-6月增长9.1%。",
         F("industrial_value_added", 2024, "M1-M4", yoy=10.3, region="台州"),
         F("industrial_value_added", 2024, "M1-M5", yoy=9.6, region="台州"),
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="台州"), region="台州", pub="2024-07-25"),
    case("dropped-percent-decline", "2024年一季度,全区固定资产投资下降3.6,上半年下降2.1%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=-3.6, region="黄岩"),
         F("fixed_asset_investment", 2024, "H1", yoy=-2.1, region="黄岩"), region="黄岩", pub="2024-07-25"),
    # the near misses: a decimal with a unit after the verb is a change in amount; no mark anywhere, no rate read
    case("dropped-percent-amount-change", "2024年上半年,全县生产总值增长7.5亿元,增长8.3%。",
         F("gdp", 2024, "H1", yoy=8.3, region="泰顺"), region="泰顺", pub="2024-07-25"),
    case("dropped-percent-none-marked", "2024年上半年,全县生产总值增长7.5,二季度增长8.3。", region="泰顺", pub="2024-07-25"),
    # the near miss: a share of a whole printed without an amount has no figure of the whole
    case("share-whole-no-amount", "1-5月,民营企业进出口占全市进出口总额的七成。", region="义乌", pub="2024-06-20"),
]

REAL42_CASES = [
    # a table of one year's figures after prose whose last time is only compared with (分别比上半年、前三季度回落):
    # the table is the year's (its column names the year), not the compared period's
    case("year-table-after-compared-periods",
         "2021年,全市实现地区生产总值6820.4亿元,比上年增长7.2%。全市社会消费品零售总额2830亿元,比上年增长9.1%,"
         "分别比上半年、前三季度回落3.2个、1.1个百分点。\n排名 | 区域 | 2021年GDP(亿元) | 增速(%) |\n"
         "1 | 海宁市 | 1320.5 | 7.9 |\n2 | 桐乡市 | 1180.7 | 7.5 |\n3 | 平湖市 | 1001.2 | 8.3 |",
         F("gdp", 2021, "FY", 6820.4, "亿元", 7.2, region="嘉兴"), F("retail_sales", 2021, "FY", 2830, "亿元", 9.1, region="嘉兴"),
         F("gdp", 2021, "FY", 1320.5, "亿元", 7.9, region="海宁"), F("gdp", 2021, "FY", 1180.7, "亿元", 7.5, region="桐乡"),
         F("gdp", 2021, "FY", 1001.2, "亿元", 8.3, region="平湖"), region="嘉兴", pub="2022-03-20"),
    case("year-table-after-compared-quarters",
         "2022年全市生产总值4120.3亿元,增长4.4%,增速较一季度、上半年分别提高1.2个和0.5个百分点。\n"
         "序号 | 县区 | 2022年生产总值(亿元) | 增速(%) |\n1 | 昆山市 | 4882.1 | 1.8 |\n2 | 张家港市 | 3302.4 | 2.1 |",
         F("gdp", 2022, "FY", 4120.3, "亿元", 4.4, region="苏州"), F("gdp", 2022, "FY", 4882.1, "亿元", 1.8, region="昆山"),
         F("gdp", 2022, "FY", 3302.4, "亿元", 2.1, region="张家港"), region="苏州", pub="2023-02-20"),
    case("year-table-after-compared-q3",
         "2023年,全市固定资产投资比上年增长5.1%,比前三季度加快0.3个百分点。\n"
         "排名 | 地区 | 2023年地区生产总值(亿元) | 增速(%) |\n1 | 义乌市 | 2055.2 | 6.8 |\n2 | 东阳市 | 790.4 | 6.1 |",
         F("fixed_asset_investment", 2023, "FY", yoy=5.1, region="金华"), F("gdp", 2023, "FY", 2055.2, "亿元", 6.8, region="义乌"),
         F("gdp", 2023, "FY", 790.4, "亿元", 6.1, region="东阳"), region="金华", pub="2024-03-01"),
    # the near miss: a period the prose names as its own (前三季度,全市…) is the table's under a bare header
    case("table-after-own-period",
         "前三季度,全市生产总值3120.6亿元,增长5.5%。各县市情况如下:\n区域 | GDP(亿元) | 增速(%) |\n"
         "海宁市 | 990.2 | 6.1 |\n平湖市 | 760.5 | 5.9 |",
         F("gdp", 2023, "Q1-Q3", 3120.6, "亿元", 5.5, region="嘉兴"), F("gdp", 2023, "Q1-Q3", 990.2, "亿元", 6.1, region="海宁"),
         F("gdp", 2023, "Q1-Q3", 760.5, "亿元", 5.9, region="平湖"), region="嘉兴", pub="2023-10-28"),
    # places listed, then counted with a modifier before their kind (两个中心城市, 两个万亿元城市, 两个千亿县级市):
    # the places themselves, no counted subset
    case("counted-central-cities", "2023年,广州、深圳两个中心城市经济总量分别达3.02万亿元和3.44万亿元。",
         F("gdp", 2023, "FY", 3.02, "万亿元", region="广州"), F("gdp", 2023, "FY", 3.44, "万亿元", region="深圳"),
         region="广东", pub="2024-02-05"),
    case("counted-trillion-cities", "去年,佛山、东莞两个万亿元城市GDP分别达1.31万亿元和1.12万亿元。",
         F("gdp", 2023, "FY", 1.31, "万亿元", region="佛山"), F("gdp", 2023, "FY", 1.12, "万亿元", region="东莞"),
         region="广东", pub="2024-02-05"),
    case("counted-county-cities", "上半年,昆山、江阴两个千亿县级市地区生产总值分别为2510.3亿元和2288.6亿元。",
         F("gdp", 2023, "H1", 2510.3, "亿元", region="昆山"), F("gdp", 2023, "H1", 2288.6, "亿元", region="江阴"),
         region="江苏", pub="2023-08-02"),
    # the near miss: a count of parks (no kind of place) with no places named before is a subset
    case("counted-parks-subset", "上半年,全市两个重点园区实现规上工业增加值86.2亿元,增长9.1%。",
         region="苏州", pub="2023-08-02"),
    # a place, an apposition word and a place with 的 (高要区作为肇庆市的工业重镇): the first is the subject
    case("apposition-as-city-hub", "鼎湖区作为佛山市的产业重镇,上半年GDP达到162亿元,同比增长6.3%。",
         F("gdp", 2024, "H1", 162, "亿元", 6.3, region="鼎湖"), region="肇庆", pub="2024-08-10"),
    case("apposition-is-city-capital", "四会市是肇庆市的玉器之都,上半年地区生产总值241亿元,增长5.9%。",
         F("gdp", 2024, "H1", 241, "亿元", 5.9, region="四会"), region="肇庆", pub="2024-08-10"),
    case("apposition-located-city-west", "怀集县地处肇庆市的西北部,前三季度规上工业增加值增长7.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.2, region="怀集"), region="肇庆", pub="2024-10-30"),
    # the near miss: the place after 是…的 in a comparison (是封开县的4倍) gets no figure either
    case("apposition-compared-multiple", "上半年,端州区GDP达到280亿元,是封开县的4倍。",
         F("gdp", 2024, "H1", 280, "亿元", region="端州"), region="肇庆", pub="2024-08-10"),
    # 以…的 gives the level right before the metric, then a ranking word (以12013亿元的GDP总量排名第一): the
    # ranking ranks that level, the metric is no modifier
    case("level-before-metric-ranked-first", "2022年,合肥市以12031亿元的GDP总量排名第一。",
         F("gdp", 2022, "FY", 12031, "亿元", region="合肥"), region="安徽", pub="2023-03-10"),
    case("level-before-metric-ranked-province", "2022年,芜湖以4520亿元的经济总量排名全省第二。",
         F("gdp", 2022, "FY", 4520, "亿元", region="芜湖"), region="安徽", pub="2023-03-10"),
    case("level-before-metric-ranked-rate", "2022年,滁州以3601亿元的地区生产总值排名第三,增速5.4%。",
         F("gdp", 2022, "FY", 3601, "亿元", 5.4, region="滁州"), region="安徽", pub="2023-03-10"),
    # the near miss: a ranking with no level before its metric stays a ranking
    case("metric-ranked-no-level", "2022年,合肥市GDP总量排名全省第一。", region="安徽", pub="2023-03-10"),
    # an article printed in February that names no time gives last year's results too (no month of the new
    # year is out before March)
    case("february-undated-ranking", "合肥市GDP总量达到12031亿元,稳居榜首。芜湖市位居第二,GDP总量达到4520亿元。",
         F("gdp", 2022, "FY", 12031, "亿元", region="合肥"), F("gdp", 2022, "FY", 4520, "亿元", region="芜湖"),
         region="安徽", pub="2023-02-10"),
    case("february-undated-county", "全县地区生产总值588.6亿元,增长6.1%;一般公共预算收入41.3亿元。",
         F("gdp", 2023, "FY", 588.6, "亿元", 6.1, region="德清"),
         F("fiscal_revenue_general", 2023, "FY", 41.3, "亿元", region="德清"), region="德清", pub="2024-02-06"),
    case("february-undated-rate", "记者从市统计局获悉,全市规上工业增加值增长7.4%,增速居全省第三。",
         F("industrial_value_added", 2024, "FY", yoy=7.4, region="嘉兴"), region="嘉兴", pub="2025-02-18"),
    # the near miss: in March (the first months' figures are out) a figure with no time is left out
    case("march-undated-rate", "记者从市统计局获悉,全市规上工业增加值增长7.4%,增速居全省第三。",
         region="嘉兴", pub="2025-03-18"),
    # a place's rate word with 的 and a superlative before its verb (淮北市的增速最低,仅为0.2%), on a page of one
    # sentence a line: the rate of the metric named last in the lines before (up to a blank line)
    case("place-rate-lowest-lines-before", "2022年,各市GDP数据出炉。\n只有两个城市的增速超过了5%。\n淮北市的增速最低,仅为0.3%。",
         F("gdp", 2022, "FY", yoy=0.3, region="淮北"), region="安徽", pub="2023-03-01"),
    case("place-rate-highest-lines-before", "上半年,各区规上工业增加值数据公布。\n多数区保持增长。\n其中,龙湾区的增速最高,达到12.1%。",
         F("industrial_value_added", 2023, "H1", yoy=12.1, region="龙湾"), region="温州", pub="2023-07-28"),
    case("place-rate-fastest-no-de", "2023年,各市一般公共预算收入数据公布。\n整体保持平稳。\n芜湖市增速最快,为9.3%。",
         F("fiscal_revenue_general", 2023, "FY", yoy=9.3, region="芜湖"), region="安徽", pub="2024-03-01"),
    # the near miss: across a blank line the metric named before is another paragraph's
    case("place-rate-after-blank-line", "2022年,各市GDP数据出炉。\n\n淮北市的增速最低,仅为0.3%。", region="安徽", pub="2023-03-01"),
    # a place's rate given before its rate word, after 以 (增城区以8.6%的同比增速位列第一), in a sentence that names
    # no metric: the rate of the metric named last (one stand-in, though the place is found twice)
    case("place-rate-led-by-yi", "上半年,各区GDP数据出炉。\n增城区以8.7%的同比增速位列全市各区第一。",
         F("gdp", 2023, "H1", yoy=8.7, region="增城"), region="广州", pub="2023-08-04"),
    case("place-rate-led-by-yi-county", "2022年,各县GDP数据出炉。\n安吉县以6.3%的增速领跑全市。",
         F("gdp", 2022, "FY", yoy=6.3, region="安吉"), region="湖州", pub="2023-03-01"),
    case("place-rate-led-by-yi-growth-word", "上半年,各区规上工业增加值出炉。\n龙湾区以12.1%的同比增幅位列第一。",
         F("industrial_value_added", 2023, "H1", yoy=12.1, region="龙湾"), region="温州", pub="2023-07-20"),
    case("place-rate-county-plain", "2022年,各县GDP数据出炉。\n安吉县增速为0.4%。",
         F("gdp", 2022, "FY", yoy=0.4, region="安吉"), region="湖州", pub="2023-03-01"),
    # the near miss: a level after 以 is no rate (以812亿元的总量): nothing stands for a metric's rate
    case("place-level-led-by-yi-no-rate", "2022年,各县GDP数据出炉。\n安吉县以812亿元的总量位列第三。",
         F("gdp", 2022, "FY", 812, "亿元", region="安吉"), region="湖州", pub="2023-03-01"),
    # the near miss: after an average's words (从两年平均增速来看) a place's rate word is that average's, no stand-in
    case("place-rate-after-average-frame", "一季度,各市GDP数据出炉。\n从两年平均增速来看,德州和滨州增速超过6%,其中滨州增速最快,为6.4%。",
         region="山东", pub="2021-04-29"),
]
REAL44_CASES = [
    # old bulletins name a sector's value added as the sector's "生产总值", split by a verb or not
    case("real44-sector-gdp-verb", "一季度,全市第一产业实现生产总值12.6亿元,同比增长3.1%;第二产业实现生产总值85.2亿元,同比增长9.8%。",
         F("gdp_primary", 2008, "Q1", 12.6, "亿元", 3.1, region="宝鸡"),
         F("gdp_secondary", 2008, "Q1", 85.2, "亿元", 9.8, region="宝鸡"), region="宝鸡", pub="2008-04-20"),
    case("real44-sector-gdp-complete", "2009年,全县第三产业完成生产总值21.4亿元,增长11.3%。",
         F("gdp_tertiary", 2009, "FY", 21.4, "亿元", 11.3, region="陇县"), region="陇县", pub="2010-02-10"),
    case("real44-sector-gdp-joined", "上半年,全区第二产业生产总值46.8亿元,比上年同期增长13.5%。",
         F("gdp_secondary", 2009, "H1", 46.8, "亿元", 13.5, region="榆阳"), region="榆阳", pub="2009-07-25"),
    case("real44-sector-gdp-share", "2009年,全县第一产业占生产总值的比重为18.2%。", region="陇县", pub="2010-02-10"),
    # a page's space after a decimal point (6835. 27亿元) is no break in the number
    case("real44-decimal-space-level", "2014年,全县实现生产总值135. 62亿元,增长9.1%。",
         F("gdp", 2014, "FY", 135.62, "亿元", 9.1, region="平原"), region="平原", pub="2015-02-01"),
    case("real44-decimal-space-rate", "2015年全市一般公共预算收入82. 4亿元,比上年增长6. 5%。",
         F("fiscal_revenue_general", 2015, "FY", 82.4, "亿元", 6.5, region="德州"), region="德州", pub="2016-03-01"),
    case("real44-decimal-space-both", "1-9月,全区规模以上工业增加值同比增长 10. 2%,固定资产投资 56. 3亿元。",
         F("industrial_value_added", 2013, "M1-M9", yoy=10.2, region="历城"),
         F("fixed_asset_investment", 2013, "M1-M9", 56.3, "亿元", region="历城"), region="历城", pub="2013-10-25"),
    # a district that was a county is named in older print by its short name and 县
    case("real44-former-county-gdp", "2013年,武鸣县实现生产总值210.5亿元,增长8.2%。",
         F("gdp", 2013, "FY", 210.5, "亿元", 8.2, region="武鸣"), region="南宁", pub="2014-01-20"),
    case("real44-former-county-list", "上半年,沾化县规模以上工业增加值增长9.6%,定陶县增长11.2%。",
         F("industrial_value_added", 2012, "H1", yoy=9.6, region="沾化"),
         F("industrial_value_added", 2012, "H1", yoy=11.2, region="定陶"), region="山东", pub="2012-07-20"),
    case("real44-former-county-fiscal", "去年,垦利县地方财政收入完成12.3亿元。",
         F("fiscal_revenue_general", 2014, "FY", 12.3, "亿元", region="垦利"), region="东营", pub="2015-02-01"),
    # a metric's bound defines a set of places (no figure of its own); a list of their levels follows
    case("real44-bound-set-ranked", "2013年,全市GDP突破300亿元的县市区达到4个,其中排名前两位的是余杭区412.5亿元、萧山区350.2亿元。",
         F("gdp", 2013, "FY", 412.5, "亿元", region="余杭"),
         F("gdp", 2013, "FY", 350.2, "亿元", region="萧山"), region="杭州", pub="2014-02-08"),
    case("real44-bound-set-named", "2012年,出口超过5亿美元的县(市)有3个,分别是义乌市8.1亿美元、永康市6.2亿美元、东阳市5.4亿美元。",
         F("exports", 2012, "FY", 8.1, "亿美元", region="义乌"),
         F("exports", 2012, "FY", 6.2, "亿美元", region="永康"),
         F("exports", 2012, "FY", 5.4, "亿美元", region="东阳"), region="金华", pub="2013-01-30"),
    case("real44-bound-set-already", "去年,全市财政总收入超过20亿元的县(市)已达到3个,位居前两位的是诸暨市45.2亿元,上虞市38.6亿元。",
         F("fiscal_revenue_total", 2012, "FY", 45.2, "亿元", region="诸暨"),
         F("fiscal_revenue_total", 2012, "FY", 38.6, "亿元", region="上虞"), region="绍兴", pub="2013-02-01"),
    case("real44-bound-set-count-only", "2011年,财政收入超过10亿元的县达到13个,比上年增加4个。", region="广西", pub="2012-02-08"),
    # under a metric's heading, a sentence that gives its figure first and names a part of it after 其中
    # (城镇完成固定资产投资) is the heading's metric; the part is a subset (a rate's basis, 比上年, is no other time)
    case("real44-heading-whole-part-basis", "三、固定资产投资\n全年共完成投资额41.5亿元,比上年增长32.6%,其中城镇完成固定资产投资36.8亿元,增长35.2%。",
         F("fixed_asset_investment", 2009, "FY", 41.5, "亿元", 32.6, region="房县"), region="房县", pub="2010-03-15"),
    case("real44-heading-whole-part-yoy", "(二)固定资产投资\n1-6月完成投资45.2亿元,同比增长18.5%,其中城镇固定资产投资39.7亿元,增长20.1%。",
         F("fixed_asset_investment", 2010, "H1", 45.2, "亿元", 18.5, region="竹山"), region="竹山", pub="2010-07-20"),
    case("real44-heading-whole-other-part", "四、固定资产投资\n前三季度累计完成投资额62.3亿元,增长24.1%;其中工业性投资21.4亿元,增长30.5%。",
         F("fixed_asset_investment", 2011, "Q1-Q3", 62.3, "亿元", 24.1, region="郧西"),
         F("industrial_investment", 2011, "Q1-Q3", 21.4, "亿元", 30.5, region="郧西"), region="郧西", pub="2011-10-25"),
    case("real44-whole-part-basis", "全年完成全社会固定资产投资41.5亿元,比上年增长32.6%,其中城镇固定资产投资36.8亿元,增长35.2%。",
         F("fixed_asset_investment", 2009, "FY", 41.5, "亿元", 32.6, region="房县"), region="房县", pub="2010-03-15"),
    # a counted set of places in a clause of its own (滨海开发带11个县(市、区),) is the subject of the verb after it:
    # the set's total, no figure of the home region; a region word or 辖/有 there keeps the region's own total
    case("real44-area-set-gdp", "2012年,冀中南8个县(市),实现地区生产总值1020.6亿元,增长9.8%。",
         region="河北", pub="2013-03-01", labels={1020.6: "subset|sector"}),
    case("real44-area-set-investment", "2012年,环省会经济圈9个县(市),完成固定资产投资812.6亿元,增长21.5%。",
         region="河北", pub="2013-03-01", labels={812.6: "subset|sector"}),
    case("real44-area-set-fiscal", "上半年,山区15个县,实现财政总收入86.2亿元,增长9.1%。",
         region="保定", pub="2012-07-20", labels={86.2: "subset|sector"}),
    case("real44-area-set-own-region", "2012年,我市共辖9个县(市、区),实现地区生产总值1812.6亿元,增长11.5%。",
         F("gdp", 2012, "FY", 1812.6, "亿元", 11.5, region="保定"), region="保定", pub="2013-03-01"),
    case("real44-area-set-whole-word", "2012年,全市9个县(市、区),实现地区生产总值1812.6亿元,增长11.5%。",
         F("gdp", 2012, "FY", 1812.6, "亿元", 11.5, region="保定"), region="保定", pub="2013-03-01"),
    # 工业企业(完成)增加值: the whole industry's value added, kept where no above-size figure is given
    case("real44-industry-firms-value", "2012年,全县工业企业完成增加值3.4亿元,增长15.2%。",
         F("industrial_value_added", 2012, "FY", 3.4, "亿元", 15.2, region="卓尼"), region="卓尼", pub="2013-02-20"),
    case("real44-industry-firms-realised", "2011年,全县工业企业实现增加值8.7亿元。",
         F("industrial_value_added", 2011, "FY", 8.7, "亿元", region="夏河"), region="夏河", pub="2012-03-01"),
    case("real44-industry-firms-rate", "上半年,全区工业企业增加值增长9.3%。",
         F("industrial_value_added", 2013, "H1", yoy=9.3, region="合作"), region="合作", pub="2013-07-25"),
    case("real44-industry-firms-above-size", "2012年,全县工业企业完成增加值21.5亿元,其中规模以上工业企业完成增加值18.2亿元,增长13.1%。",
         F("industrial_value_added", 2012, "FY", 18.2, "亿元", 13.1, region="卓尼"), region="卓尼", pub="2013-02-20"),
    # 民营 before a metric names the private firms' part, a subset (as 民间 does)
    case("real44-private-firms-rate", "上半年,民营工业企业增加值增长11.2%。", region="嘉峪关", pub="2013-07-20",
         labels={11.2: "subset"}),
    case("real44-private-industry-rate", "1-9月,民营工业增加值增长12.5%。", region="嘉峪关", pub="2013-10-20",
         labels={12.5: "subset"}),
    case("real44-private-firms-level", "2012年,民营工业企业完成增加值56.3亿元,增长9.8%。", region="嘉峪关", pub="2013-02-20",
         labels={56.3: "subset"}),
    # 施政目标: a government's aim (a term ending with its plan word) makes no plan of the figures after it
    case("real44-aim-term-invest", "该县把推进社会事业发展作为主要施政目标,投入2.1亿元建设水电站,2012年,全县工业企业完成增加值3.4亿元。",
         F("industrial_value_added", 2012, "FY", 3.4, "亿元", region="卓尼"), region="卓尼", pub="2013-06-12"),
    case("real44-aim-term-gdp", "全县以富民强县为施政目标,2012年全县实现生产总值15.2亿元,增长12.3%。",
         F("gdp", 2012, "FY", 15.2, "亿元", 12.3, region="卓尼"), region="卓尼", pub="2013-06-12"),
    case("real44-aim-term-fiscal", "围绕县委确定的施政目标,2011年,全县地方财政收入完成1.2亿元,增长18.5%。",
         F("fiscal_revenue_general", 2011, "FY", 1.2, "亿元", 18.5, region="卓尼"), region="卓尼", pub="2012-06-12"),
    case("real44-aim-term-target", "2013年的目标是:全县生产总值增长10%。", region="卓尼", pub="2013-02-12",
         labels={10: "target"}),
    case("real44-heading-rate-before-metric", "四、固定资产投资\n增长8%的工业投资成为拉动全部投资的主力。", region="竹山", pub="2010-07-20"),
]


REAL43_CASES = [
    # levels listed in one clause group, then a group of their rates opening with 分别 (…；分别比去年同期增长a、b和c):
    # each rate is the level's in the same position, a level of no metric of ours holding its place
    case("each-rate-group-after-levels",
         "今年1-6月,全县实现地区生产总值120.5亿元,财政总收入15.2亿元,社会消费品零售总额48.3亿元;分别增长6.1%、8.2%和5.3%。",
         F("gdp", 2024, "H1", 120.5, "亿元", 6.1, region="海盐"),
         F("fiscal_revenue_total", 2024, "H1", 15.2, "亿元", 8.2, region="海盐"),
         F("retail_sales", 2024, "H1", 48.3, "亿元", 5.3, region="海盐"), region="海盐", pub="2024-07-20"),
    case("each-rate-group-other-levels",
         "前两个月,全县实现规上工业总产值46.2亿元,销售收入41.8亿元,利润3.1亿元;分别比去年同期增长12.4%、9.6%和20.3%。",
         F("industrial_output", 2024, "M1-M2", 46.2, "亿元", 12.4, region="嘉善"), region="嘉善", pub="2024-03-20"),
    case("each-rate-group-yoy-first",
         "前三季度,全区完成出口额88.2亿元、进口额31.5亿元;同比分别增长4.2%和-3.1%。",
         F("exports", 2023, "Q1-Q3", 88.2, "亿元", 4.2, region="秀洲"),
         F("imports", 2023, "Q1-Q3", 31.5, "亿元", -3.1, region="秀洲"), region="秀洲", pub="2023-10-26"),
    # the near miss: fewer rates than the group before holds levels: no pairing by position
    case("each-rate-group-count-differs",
         "1-5月,全县实现规上工业总产值220.5亿元,营业收入215.2亿元,利润9.8亿元;分别增长9.1%和8.2%。",
         F("industrial_output", 2024, "M1-M5", 220.5, "亿元", region="平湖"), region="平湖", pub="2024-06-20"),
    # a span of decades (四十年来, 三十年来, 过去二十年) is that many years, not the ten years of the 十年来 inside it:
    # 从A…到B gives A for the year that many years before the last
    case("span-forty-years",
         "四十年来,全区地区生产总值从12亿元增长到820亿元。",
         F("gdp", 1982, "FY", 12, "亿元", region="秀洲"), F("gdp", 2022, "FY", 820, "亿元", region="秀洲"),
         region="秀洲", pub="2023-05-29"),
    case("span-thirty-years",
         "三十年来,全市财政总收入从0.8亿元增加到186亿元。",
         F("fiscal_revenue_total", 1990, "FY", 0.8, "亿元", region="海宁"),
         F("fiscal_revenue_total", 2020, "FY", 186, "亿元", region="海宁"), region="海宁", pub="2021-05-10"),
    case("span-past-twenty-years",
         "过去二十年,全县规上工业总产值从35亿元增长到1260亿元。",
         F("industrial_output", 2003, "FY", 35, "亿元", region="嘉善"),
         F("industrial_output", 2023, "FY", 1260, "亿元", region="嘉善"), region="嘉善", pub="2024-04-10"),
    # the near miss: 十年来 alone is still ten years
    case("span-ten-years-still",
         "十年来,全市财政总收入从80亿元增加到186亿元。",
         F("fiscal_revenue_total", 2010, "FY", 80, "亿元", region="海宁"),
         F("fiscal_revenue_total", 2020, "FY", 186, "亿元", region="海宁"), region="海宁", pub="2021-05-10"),
    # industrial investment by its older names (工业生产性固定资产投资额, 工业性固定资产投资, 工业生产性投资): no
    # sector of the fixed-asset investment
    case("industrial-productive-fai",
         "1-2月,全县完成工业生产性固定资产投资额6.74亿元,比去年同期增长86.6%。",
         F("industrial_investment", 2023, "M1-M2", 6.74, "亿元", 86.6, region="海盐"), region="海盐", pub="2023-03-15"),
    case("industrial-kind-fai",
         "2022年,全县完成工业性固定资产投资120.4亿元,增长9.3%。",
         F("industrial_investment", 2022, "FY", 120.4, "亿元", 9.3, region="桐乡"), region="桐乡", pub="2023-03-15"),
    case("industrial-productive-investment",
         "1-9月,全县工业生产性投资完成58.2亿元,增长12.5%。",
         F("industrial_investment", 2023, "Q1-Q3", 58.2, "亿元", 12.5, region="德清"), region="德清", pub="2023-10-25"),
    # the near miss: a sector's fixed-asset investment (房地产开发固定资产投资) stays a sector's
    case("sector-fai-not-industrial",
         "1-9月,全县房地产业固定资产投资完成18.2亿元,下降12.5%。",
         region="德清", pub="2023-10-25"),
    # what the words before a cause verb (带动, 推动, 助推: vocab/cause_words.csv) drove is the region's metric:
    # the projects or firms named before the verb are no scope of it
    case("cause-projects-drove-investment",
         "2014年,汽车零部件产业园等项目建设带动工业固定资产投资达205.88亿元。",
         F("industrial_investment", 2014, "FY", 205.88, "亿元", region="上虞"), region="上虞", pub="2015-03-01"),
    case("cause-major-projects-pushed-fai",
         "上半年,重大项目加快建设推动全县固定资产投资增长21.3%。",
         F("fixed_asset_investment", 2023, "H1", yoy=21.3, region="海盐"), region="海盐", pub="2023-07-25"),
    case("cause-firms-boosted-exports",
         "1-9月,龙头企业扩产助推全市出口增长15.2%。",
         F("exports", 2023, "Q1-Q3", yoy=15.2, region="慈溪"), region="慈溪", pub="2023-10-25"),
    # the near miss: projects that are the metric's subject (亿元以上项目完成投资) stay a subset
    case("projects-own-investment",
         "1-9月,全县亿元以上项目完成投资88亿元,增长8.5%。", region="海盐", pub="2023-10-25"),
    # a district that was a county-level city, in its own paper from before (我市, and never 我区, 全区 or 该区):
    # its 全市 is the home, not the prefecture
    case("former-city-district-own-paper",
         "今年前两个月,我市规模以上工业开局良好。至2月底全市实现工业总产值36.5亿元,比去年同期增长17.6%。",
         F("industrial_output", 2003, "M1-M2", 36.5, "亿元", 17.6, region="上虞"), region="上虞", pub="2003-03-05"),
    case("former-city-district-xiaoshan",
         "一季度,我市完成固定资产投资42.8亿元,增长21.5%,全市工业投资增长18.2%。",
         F("fixed_asset_investment", 1999, "Q1", 42.8, "亿元", 21.5, region="萧山"),
         F("industrial_investment", 1999, "Q1", yoy=18.2, region="萧山"), region="萧山", pub="1999-04-20"),
    case("former-city-district-wujiang",
         "上半年,本市实现地区生产总值412.6亿元,增长13.2%。全市进出口总额增长20.1%。",
         F("gdp", 2008, "H1", 412.6, "亿元", 13.2, region="吴江"), F("trade_total", 2008, "H1", yoy=20.1, region="吴江"),
         region="吴江", pub="2008-07-25"),
    # the near miss: an article that speaks as the district (全区) keeps 全市 for the prefecture
    case("district-article-city-whole",
         "一季度,全区规上工业增加值增长8.1%,高于全市2.3个百分点,我市工业投资增长6.2%。",
         F("industrial_value_added", 2023, "Q1", yoy=8.1, region="上虞"),
         F("industrial_investment", 2023, "Q1", yoy=6.2, region="绍兴"), region="上虞", pub="2023-04-25"),
    # a clause counting a sector's firms (150家机电行业), with no figure of its own, opens the sentence: the
    # subject-less clause after it is the sector's (no region fact)
    case("counted-sector-topic-machinery",
         "总量占绝对优势的150家机电行业,前两月实现工业总产值16.27亿元,同比增长19.1%。", region="上虞", pub="2003-03-05"),
    case("counted-sector-topic-pv",
         "占比最高的86家光伏行业,1-9月完成工业总产值312.5亿元,增长25.3%。", region="秀洲", pub="2023-10-25"),
    case("counted-sector-topic-textile",
         "作为支柱的60家纺织行业,上半年实现工业总产值88.6亿元,增长4.2%。", region="桐乡", pub="2023-07-25"),
    # the near miss: the region's own above-size firms counted stay the region's
    case("counted-region-firms-not-sector",
         "全县规上工业企业1667家,上半年实现工业总产值320.5亿元,增长6.3%。",
         F("industrial_output", 2023, "H1", 320.5, "亿元", 6.3, region="海盐"), region="海盐", pub="2023-07-25"),
    # a span counted from a founding (建区四十年来, 撤县设市三十年来, 改革开放四十年来: vocab/founding_words.csv):
    # the founding year is the span's first, the level 从A gives
    case("founding-span-district",
         "本区建区四十年来,地区生产总值从16亿元增长到859亿元。",
         F("gdp", 1983, "FY", 16, "亿元", region="秀洲"), F("gdp", 2022, "FY", 859, "亿元", region="秀洲"),
         region="秀洲", pub="2023-05-29"),
    case("founding-span-reform",
         "改革开放四十年来,全县地区生产总值从1.2亿元增长到512亿元。",
         F("gdp", 1978, "FY", 1.2, "亿元", region="海盐"), F("gdp", 2017, "FY", 512, "亿元", region="海盐"),
         region="海盐", pub="2018-12-10"),
    case("founding-span-city",
         "撤县设市三十年来,全市财政总收入从0.8亿元增加到186亿元。",
         F("fiscal_revenue_total", 1993, "FY", 0.8, "亿元", region="海宁"),
         F("fiscal_revenue_total", 2022, "FY", 186, "亿元", region="海宁"), region="海宁", pub="2023-05-29"),
    # the near miss: a span with no founding before it starts the year before its first (三十年来: 1992)
    case("span-no-founding",
         "三十年来,全市财政总收入从0.8亿元增加到186亿元。",
         F("fiscal_revenue_total", 1992, "FY", 0.8, "亿元", region="海宁"),
         F("fiscal_revenue_total", 2022, "FY", 186, "亿元", region="海宁"), region="海宁", pub="2023-05-29"),
    # a year printed masked (20*年, 20XX年, 20××年: a template or a page that hid it): the figures with no year of
    # their own have none (not the publication's, nor the one before it by 全年)
    case("masked-year-star",
         "经济总量:20*年我区完成国内生产总值305.6亿元,同比增长20.1%。财政收入:20*年,全区全年完成财政总收入75.3亿元。",
         region="金山", pub="2022-06-23"),
    case("masked-year-xx",
         "20XX年,全县完成地区生产总值305.6亿元,同比增长8.1%。全年完成财政总收入42.1亿元。", region="海盐", pub="2022-06-23"),
    case("masked-year-cross-half",
         "20××年上半年,全县实现地区生产总值152.3亿元,增长7.1%。", region="海盐", pub="2022-08-23"),
    # the near miss: a year printed whole keeps its figures
    case("unmasked-year-kept",
         "2021年,全县完成地区生产总值305.6亿元,同比增长8.1%。全年完成财政总收入42.1亿元。",
         F("gdp", 2021, "FY", 305.6, "亿元", 8.1, region="海盐"), F("fiscal_revenue_total", 2021, "FY", 42.1, "亿元", region="海盐"),
         region="海盐", pub="2022-06-23"),
]
REAL45_CASES = [
    # a bound of 万亿 with no numeral before it (突破万亿大关, 超万亿元, 迈上万亿台阶): one 万亿, as 千亿 is one 千亿
    case("bare-wanyi-landmark", "2022年,苏州、南通两市的地区生产总值继续突破万亿大关。",
         F("gdp", 2022, "FY", 10000, "亿元", qualifier="over", region="苏州"),
         F("gdp", 2022, "FY", 10000, "亿元", qualifier="over", region="南通"), region="江苏", pub="2023-02-10"),
    case("bare-wanyi-with-rate", "2023年,泉州市地区生产总值超万亿元,同比增长5.1%。",
         F("gdp", 2023, "FY", 10000, "亿元", 5.1, qualifier="over", region="泉州"), region="泉州", pub="2024-02-01"),
    case("bare-wanyi-step", "去年,全省社会消费品零售总额迈上万亿台阶。",
         F("retail_sales", 2023, "FY", 10000, "亿元", qualifier="over", region="河南"), region="河南", pub="2024-01-20"),
    case("bare-wanyi-class-no-figure", "2023年,全省万亿城市增至2个。", region="江苏", pub="2024-01-20"),
    # 以 an amount 的 a metric after a place named behind a phrase that has its level: that place's level
    case("placed-level-after-set-bound", "2023年,全市9个县(市、区)地区生产总值均超500亿元,其中慈溪以2639.5亿元的经济总量继续领跑。",
         F("gdp", 2023, "FY", 2639.5, "亿元", region="慈溪"), region="宁波", pub="2024-03-01"),
    case("placed-level-after-total", "一季度,全市社会消费品零售总额完成520.3亿元,其中渝北区以98.6亿元的社零总额居首。",
         F("retail_sales", 2024, "Q1", 520.3, "亿元", region="重庆"), F("retail_sales", 2024, "Q1", 98.6, "亿元", region="渝北"),
         region="重庆", pub="2024-04-25"),
    case("placed-level-own-metric-named-again", "2023年,全省11个设区市一般公共预算收入均超100亿元,其中杭州以2617.6亿元的一般公共预算收入排名第一。",
         F("fiscal_revenue_general", 2023, "FY", 2617.6, "亿元", region="杭州"), region="浙江", pub="2024-02-20"),
    # places with their levels in brackets, listed after facts in a sentence that names no metric: the metric before
    case("bracket-levels-after-facts-count-lead",
         "2023年,全省实现地区生产总值63120亿元,增长5.8%。14个市中,郑州(13617.8亿元)、洛阳(5482.3亿元)、南阳(4620.5亿元)居前三位。",
         F("gdp", 2023, "FY", 63120, "亿元", 5.8, region="河南"), F("gdp", 2023, "FY", 13617.8, "亿元", region="郑州"),
         F("gdp", 2023, "FY", 5482.3, "亿元", region="洛阳"), F("gdp", 2023, "FY", 4620.5, "亿元", region="南阳"),
         region="河南", pub="2024-02-05"),
    case("bracket-levels-after-facts-districts",
         "2023年,全市一般公共预算收入完成512.3亿元,增长6.2%。区县中,江宁(95.6亿元)、秦淮(70.1亿元)、鼓楼(65.3亿元)列前三。",
         F("fiscal_revenue_general", 2023, "FY", 512.3, "亿元", 6.2, region="南京"),
         F("fiscal_revenue_general", 2023, "FY", 95.6, "亿元", region="江宁"),
         F("fiscal_revenue_general", 2023, "FY", 70.1, "亿元", region="秦淮"),
         F("fiscal_revenue_general", 2023, "FY", 65.3, "亿元", region="鼓楼区"), region="南京", pub="2024-02-10"),
    case("bracket-levels-after-rate-only",
         "前三季度,全省地区生产总值增长5.2%。设区市中,苏州(18510亿元)、南京(13260亿元)、无锡(11230亿元)、南通(9414亿元)列前四位。",
         F("gdp", 2024, "Q1-Q3", yoy=5.2, region="江苏"), F("gdp", 2024, "Q1-Q3", 18510, "亿元", region="苏州"),
         F("gdp", 2024, "Q1-Q3", 13260, "亿元", region="南京"), F("gdp", 2024, "Q1-Q3", 11230, "亿元", region="无锡"),
         F("gdp", 2024, "Q1-Q3", 9414, "亿元", region="南通"), region="江苏", pub="2024-11-05"),
    # a round bound at or below an approximate figure of the same key restates it (近2.5万亿元 … 均超万亿)
    case("bound-below-approx-same-place", "2023年,苏州以近2.5万亿元的GDP总量领跑全省。苏州、南京、无锡三市GDP均超万亿。",
         F("gdp", 2023, "FY", 2.5, "万亿元", qualifier="approx", region="苏州"),
         F("gdp", 2023, "FY", 10000, "亿元", qualifier="over", region="南京"),
         F("gdp", 2023, "FY", 10000, "亿元", qualifier="over", region="无锡"), region="江苏", pub="2024-02-05"),
    case("bound-before-approx", "2023年,全市固定资产投资突破800亿元。全年固定资产投资约850亿元。",
         F("fixed_asset_investment", 2023, "FY", 850, "亿元", qualifier="approx", region="徐州"), region="徐州", pub="2024-02-05"),
    case("bound-then-approx-estimate", "2023年,全市地区生产总值超过3000亿元。据初步核算,全年地区生产总值约3450亿元。",
         F("gdp", 2023, "FY", 3450, "亿元", qualifier="approx", region="扬州"), region="扬州", pub="2024-02-05"),
    # a sentence turning to the rates (从增速来看), a remark, then places with 较上年分别增长: the metric before
    case("rate-view-remark-places-basis-first",
         "2022年,南京地区生产总值为16908亿元。从增速来看,苏北城市表现较好,宿迁、淮安、连云港较上年分别增长4.1%、3.9%和3.7%。",
         F("gdp", 2022, "FY", 16908, "亿元", region="南京"), F("gdp", 2022, "FY", yoy=4.1, region="宿迁"),
         F("gdp", 2022, "FY", yoy=3.9, region="淮安"), F("gdp", 2022, "FY", yoy=3.7, region="连云港"),
         region="江苏", pub="2023-02-05"),
    case("rate-view-remark-places-basis-before-distributive",
         "上半年,全市规上工业增加值增长8.2%。从增幅看,山区县势头强劲,文成、泰顺同比分别增长15.3%和12.6%。",
         F("industrial_value_added", 2024, "H1", yoy=8.2, region="温州"),
         F("industrial_value_added", 2024, "H1", yoy=15.3, region="文成"),
         F("industrial_value_added", 2024, "H1", yoy=12.6, region="泰顺"), region="温州", pub="2024-07-25"),
    case("rate-view-aspect-remark-places",
         "1-9月,全省固定资产投资增长4.3%。增速方面,豫南地区较快,信阳、驻马店、周口分别增长9.1%、8.4%、7.9%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=4.3, region="河南"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.1, region="信阳"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=8.4, region="驻马店"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=7.9, region="周口"), region="河南", pub="2024-10-25"),
    case("rate-view-without-metric-before", "从增速来看,苏北城市表现较好,宿迁、淮安、连云港分别增长4.1%、3.9%和3.7%。",
         region="江苏", pub="2023-02-05"),
    # a later year a plan word sets inside a sentence that gave a figure before it (…的徐州,力争到2025年,…): the
    # plan's year holds in its own sentence only; a plan date that opens its sentence still holds on
    case("plan-year-inside-then-rates",
         "2022年,常州地区生产总值达到9550亿元。GDP近8500亿的徐州也在发力,力争到2025年,地区生产总值突破1万亿元。"
         "从增速来看,苏北城市较快,盐城、泰州较上年分别增长4.6%和4.4%。",
         F("gdp", 2022, "FY", 9550, "亿元", region="常州"), F("gdp", 2022, "FY", 8500, "亿元", qualifier="approx", region="徐州"),
         F("gdp", 2022, "FY", yoy=4.6, region="盐城"), F("gdp", 2022, "FY", yoy=4.4, region="泰州"), region="江苏", pub="2023-02-01"),
    case("plan-year-inside-then-own-metric", "2023年,全县地区生产总值达到412.6亿元,增长6.1%,力争到2026年突破500亿元。规上工业增加值增长8.3%。",
         F("gdp", 2023, "FY", 412.6, "亿元", 6.1, region="嘉善"), F("industrial_value_added", 2023, "FY", yoy=8.3, region="嘉善"),
         region="嘉善县", pub="2024-02-01"),
    case("plan-year-inside-quarter", "一季度,全市规上工业增加值增长7.4%,争取到2027年规上工业总产值突破2000亿元。固定资产投资增长5.2%。",
         F("industrial_value_added", 2024, "Q1", yoy=7.4, region="嘉兴"), F("fixed_asset_investment", 2024, "Q1", yoy=5.2, region="嘉兴"),
         region="嘉兴", pub="2024-04-25"),
    case("plan-year-opening-holds-on", "到2025年,全市地区生产总值突破1500亿元。一般公共预算收入达到120亿元。",
         region="嘉兴", pub="2024-02-01"),
    # places listed with no figures of their own after the bound a counted set of them passed, or before a bound
    # they all passed (均/全部): each place's level, over (bound-list)
    case("bound-list-counted-set", "2023年,全省地区生产总值超过1000亿元的县(市)有5个,分别是昆山、江阴、张家港、常熟和宜兴。",
         *[F("gdp", 2023, "FY", 1000, "亿元", qualifier="over", region=r) for r in ("昆山", "江阴", "张家港", "常熟", "宜兴")],
         region="江苏", pub="2024-03-01"),
    case("bound-list-subset-of-set", "去年,全市GDP超千亿元的区县达6个,其中超1500亿元的有3个,分别为渝北、九龙坡和渝中。",
         *[F("gdp", 2019, "FY", 1500, "亿元", qualifier="over", region=r) for r in ("渝北", "九龙坡", "渝中")],
         region="重庆", pub="2020-03-01"),
    case("bound-list-all-passed-class", "2024年千亿县前三强分别是昆山、江阴和张家港,全部突破4000亿元。",
         *[F("gdp", 2024, "FY", 4000, "亿元", qualifier="over", region=r) for r in ("昆山", "江阴", "张家港")],
         region="江苏", pub="2025-03-01"),
    case("bound-list-traditional", "2022年,大灣區內地九市中有四個城市的地區生產總值突破一萬億,分別是廣州、深圳、佛山和東莞。",
         *[F("gdp", 2022, "FY", 1, "万亿元", qualifier="over", region=r) for r in ("广州", "深圳", "佛山", "东莞")],
         region="广东", pub="2023-01-31"),
    # the near miss: a ranking of rates after a clause (the bound is the home region's level, no set's)
    case("bound-then-rate-ranking-list", "2023年,全市地区生产总值突破500亿元,增速排名前三的县区依次是莲都、龙泉和青田。",
         F("gdp", 2023, "FY", 500, "亿元", qualifier="over", region="丽水"), region="丽水", pub="2024-02-01"),
    # new areas listed among districts by their full names (郑东新区, 南太湖新区: vocab/region_updates.csv) are whole regions
    case("new-area-zhengdong-level-rate", "上半年,郑东新区GDP总量562.61亿元,同比增长2.5%。",
         F("gdp", 2020, "H1", 562.61, "亿元", 2.5, region="郑东新区"), region="郑州", pub="2020-07-29"),
    case("new-area-zhengdong-in-list", "2023年,金水区、郑东新区地区生产总值分别为1380.2亿元和1120.5亿元。",
         F("gdp", 2023, "FY", 1380.2, "亿元", region="金水"), F("gdp", 2023, "FY", 1120.5, "亿元", region="郑东新区"),
         region="郑州", pub="2024-02-20"),
    case("new-area-nantaihu", "2020年,湖州市南太湖新区GDP总量达到280亿元,位居全市第六。",
         F("gdp", 2020, "FY", 280, "亿元", region="南太湖新区"), region="湖州", pub="2021-03-01"),
    # places' levels in brackets ranked as a class named by its GDP (十大强县, 经济十强县: vocab/class_metrics.csv), in a
    # sentence that names no metric: GDP (not 工业强县, a ranking of another kind)
    case("class-ranked-brackets-strong-counties", "根据去年全年数据,浙江十大强县的排名分别为慈溪(2639亿)、义乌(2055亿)、诸暨(1755亿)、乐清(1663亿)。",
         F("gdp", 2023, "FY", 2639, "亿元", region="慈溪"), F("gdp", 2023, "FY", 2055, "亿元", region="义乌"),
         F("gdp", 2023, "FY", 1755, "亿元", region="诸暨"), F("gdp", 2023, "FY", 1663, "亿元", region="乐清"),
         region="浙江", pub="2024-11-05"),
    case("class-ranked-brackets-economic-top-ten", "2023年,江苏经济十强县依次为昆山(5140亿元)、江阴(4950亿元)、张家港(3410亿元)。",
         F("gdp", 2023, "FY", 5140, "亿元", region="昆山"), F("gdp", 2023, "FY", 4950, "亿元", region="江阴"),
         F("gdp", 2023, "FY", 3410, "亿元", region="张家港"), region="江苏", pub="2024-03-01"),
    case("class-ranked-brackets-counties-in-brackets", "2022年河南十强县(市)分别是巩义(962.6亿元)、新郑(905.3亿元)、长垣(601.2亿元)。",
         F("gdp", 2022, "FY", 962.6, "亿元", region="巩义"), F("gdp", 2022, "FY", 905.3, "亿元", region="新郑"),
         F("gdp", 2022, "FY", 601.2, "亿元", region="长垣"), region="河南", pub="2023-03-01"),
    case("class-ranked-brackets-industrial-class-no-gdp", "2023年,全省工业强县分别为昆山(5140亿元)、江阴(4950亿元)、张家港(3410亿元)。",
         region="江苏", pub="2024-03-01"),
    # places listed opening a sentence, then a bound they passed (也突破了, 均超过, 双双迈上), the metric left out after a
    # place's figure: the bound is each place's, of that metric (place-figure)
    case("places-past-bound-after-place", "一季度,南通GDP超过3000亿元,达到3125.34亿元。常州和徐州也突破了2000亿元的关口。",
         F("gdp", 2025, "Q1", 3125.34, "亿元", region="南通"), F("gdp", 2025, "Q1", 2000, "亿元", qualifier="over", region="常州"),
         F("gdp", 2025, "Q1", 2000, "亿元", qualifier="over", region="徐州"), region="江苏", pub="2025-04-30"),
    case("places-past-bound-step",
         "2023年,义乌市地区生产总值达到2055亿元。温岭、海宁双双迈上1300亿元台阶。",
         F("gdp", 2023, "FY", 2055, "亿元", region="义乌"),
         *[F("gdp", 2023, "FY", 1300, "亿元", qualifier="over", region=r) for r in ("温岭", "海宁")],
         region="浙江", pub="2024-02-20"),
    case("places-past-bound-after-home", "上半年,全市社会消费品零售总额达到820.5亿元。鼓楼、江宁也突破了100亿元。",
         F("retail_sales", 2024, "H1", 820.5, "亿元", region="南京"),
         F("retail_sales", 2024, "H1", 100, "亿元", qualifier="over", region="鼓楼区"),
         F("retail_sales", 2024, "H1", 100, "亿元", qualifier="over", region="江宁"), region="南京", pub="2024-07-25"),
    case("places-firms-past-bound-no-figure", "上半年,全市社会消费品零售总额达到820.5亿元。鼓楼、江宁的企业也突破了100亿元。",
         F("retail_sales", 2024, "H1", 820.5, "亿元", region="南京"), region="南京", pub="2024-07-25"),
    # earlier periods set against the figure before them after 而 (…增长4.6%,而一季度下降6.1%、上半年增长1.0%) are an
    # aside: the next sentence is back in the time in force before them
    case("contrasted-periods-then-next-metric",
         "2020年,全省规模以上工业增加值同比增长4.6%,而一季度下降6.1%、上半年增长1.0%、前三季度增长2.7%。全省固定资产投资增长8.2%。",
         F("industrial_value_added", 2020, "FY", yoy=4.6, region="江西"), F("industrial_value_added", 2020, "Q1", yoy=-6.1, region="江西"),
         F("industrial_value_added", 2020, "H1", yoy=1.0, region="江西"),
         F("industrial_value_added", 2020, "Q1-Q3", yoy=2.7, region="江西"),
         F("fixed_asset_investment", 2020, "FY", yoy=8.2, region="江西"), region="江西", pub="2021-02-20"),
    case("contrasted-half-year-then-imports", "2022年,全市出口增长9.1%,而上半年仅增长2.3%。全市进口增长4.4%。",
         F("exports", 2022, "FY", yoy=9.1, region="宁波"), F("exports", 2022, "H1", yoy=2.3, region="宁波"),
         F("imports", 2022, "FY", yoy=4.4, region="宁波"), region="宁波", pub="2023-02-20"),
    case("contrasted-quarter-then-revenue", "2022年全市地区生产总值增长5.2%,而一季度增长4.1%。一般公共预算收入增长3.3%。",
         F("gdp", 2022, "FY", yoy=5.2, region="宁波"), F("gdp", 2022, "Q1", yoy=4.1, region="宁波"),
         F("fiscal_revenue_general", 2022, "FY", yoy=3.3, region="宁波"), region="宁波", pub="2023-02-20"),
    # a rate sentence after places' levels in brackets, naming the places in another order (以南京的增速最快,为5.2%,
    # 苏州、无锡…的增速分别为…): each rate goes to the place it is named with, not to the facts in their order
    case("rates-named-other-order-provinces",
         "一季度,江苏全省实现地区生产总值29401.7亿元,增长4.7%。13个设区市中,苏州(5186.64亿元)、南京(4230.24亿元)、"
         "无锡(3391.79亿元)、南通(2825亿元)居前四位。这四座城市中,以南京的增速最快,为5.2%,苏州、无锡、南通的增速分别为1.9%、4.9%、4.3%。",
         F("gdp", 2023, "Q1", 29401.7, "亿元", 4.7, region="江苏"), F("gdp", 2023, "Q1", 5186.64, "亿元", 1.9, region="苏州"),
         F("gdp", 2023, "Q1", 4230.24, "亿元", 5.2, region="南京"), F("gdp", 2023, "Q1", 3391.79, "亿元", 4.9, region="无锡"),
         F("gdp", 2023, "Q1", 2825, "亿元", 4.3, region="南通"), region="江苏", pub="2023-05-05"),
    case("rates-named-other-order-counties",
         "上半年,全市地区生产总值3120.5亿元,增长5.5%。各县市中,平湖(560.2亿元)、海宁(530.8亿元)、桐乡(520.1亿元)居前三位。"
         "这三个县市中,以桐乡的增速最快,为7.8%,平湖、海宁的增速分别为6.2%、5.9%。",
         F("gdp", 2024, "H1", 3120.5, "亿元", 5.5, region="嘉兴"), F("gdp", 2024, "H1", 560.2, "亿元", 6.2, region="平湖"),
         F("gdp", 2024, "H1", 530.8, "亿元", 5.9, region="海宁"), F("gdp", 2024, "H1", 520.1, "亿元", 7.8, region="桐乡"),
         region="嘉兴", pub="2024-07-28"),
    case("rates-named-other-order-highest",
         "一季度,全省地区生产总值增长5.9%。设区市中,郑州(3310.2亿元)、洛阳(1320.5亿元)、南阳(1120.4亿元)列前三。"
         "三市中,以洛阳的增速最高,达6.8%,郑州、南阳的增速分别为5.6%和5.1%。",
         F("gdp", 2024, "Q1", yoy=5.9, region="河南"), F("gdp", 2024, "Q1", 3310.2, "亿元", 5.6, region="郑州"),
         F("gdp", 2024, "Q1", 1320.5, "亿元", 6.8, region="洛阳"), F("gdp", 2024, "Q1", 1120.4, "亿元", 5.1, region="南阳"),
         region="河南", pub="2024-04-28"),
    case("rates-named-same-order",
         "上半年,全市地区生产总值3120.5亿元,增长5.5%。各县市中,平湖(560.2亿元)、海宁(530.8亿元)、桐乡(520.1亿元)居前三位。"
         "平湖、海宁、桐乡增速分别为6.2%、5.9%和7.8%。",
         F("gdp", 2024, "H1", 3120.5, "亿元", 5.5, region="嘉兴"), F("gdp", 2024, "H1", 560.2, "亿元", 6.2, region="平湖"),
         F("gdp", 2024, "H1", 530.8, "亿元", 5.9, region="海宁"), F("gdp", 2024, "H1", 520.1, "亿元", 7.8, region="桐乡"),
         region="嘉兴", pub="2024-07-28"),
]
S20_CASES = [
    # a metric's ranking word and rank, then the metric's own rate (增速为, 增幅达到, 同比增长, 下降): the rate
    case("ranked-then-rate-speed", "上半年,我县地区生产总值排名全市第三,增速为6.1%。",
         F("gdp", 2024, "H1", yoy=6.1, region="海盐"), region="海盐", pub="2024-10-20"),
    case("ranked-then-rate-rise", "一季度,全区规上工业增加值排位全市第二,增幅达到9.4%。",
         F("industrial_value_added", 2024, "Q1", yoy=9.4, region="南湖"), region="南湖", pub="2024-04-22"),
    case("ranked-then-rate-grew", "1-8月,全市固定资产投资排名全省第5位,同比增长12.3%。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=12.3, region="嘉兴"), region="嘉兴", pub="2024-09-18"),
    case("ranked-then-rate-fell", "前三季度,全县社会消费品零售总额排名嘉兴第一,下降1.2%。",
         F("retail_sales", 2024, "Q1-Q3", yoy=-1.2, region="海盐"), region="海盐", pub="2024-10-20"),
    # the near misses: another metric's rate after the rank; a sector's ranking
    case("ranked-then-other-metric-rate", "上半年,全县工业投资排名全市第三,民间投资增长6.1%。", region="海盐", pub="2024-10-20"),
    case("ranked-sector-then-rate", "上半年,全县纺织业产值排名全省第三,增长6.1%。", region="海盐", pub="2024-10-20"),
    # a level another time had, after 比/较 and that time (比2022年的, 较上年同期的, 比去年同期的), then the rate: the
    # rate is the level's before it; the compared level is a fact of its own time (before, the rate went to it, or
    # both were lost, or 去年同期's level took this year's place)
    case("compared-level-dated", "2023年,全县社零总额为61.2亿元,比2022年的55.3亿元增长10.7%。",
         F("retail_sales", 2023, "FY", 61.2, "亿元", 10.7, region="庆元"), F("retail_sales", 2022, "FY", 55.3, "亿元", region="庆元"),
         region="庆元", pub="2024-03-20"),
    case("compared-level-same-period", "上半年,全县社零总额为61.2亿元,比去年同期的55.3亿元增长10.7%。",
         F("retail_sales", 2024, "H1", 61.2, "亿元", 10.7, region="庆元"), F("retail_sales", 2023, "H1", 55.3, "亿元", region="庆元"),
         region="庆元", pub="2024-07-20"),
    case("compared-level-jiao", "前三季度,全市一般公共预算收入完成28.6亿元,较上年同期的26.1亿元增长9.6%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 28.6, "亿元", 9.6, region="丽水"),
         F("fiscal_revenue_general", 2023, "Q1-Q3", 26.1, "亿元", region="丽水"), region="丽水", pub="2024-10-20"),
    case("compared-level-then-change", "2023年,全县GDP为361.5亿元,比2022年的338.2亿元增加23.3亿元,增长6.9%。",
         F("gdp", 2023, "FY", 361.5, "亿元", 6.9, region="庆元"), F("gdp", 2022, "FY", 338.2, "亿元", region="庆元"),
         region="庆元", pub="2024-03-20"),
    # the near miss: no rate after it, the level of the year before alone
    case("compared-level-change-only", "上半年,全县GDP较上年同期的200.3亿元增加了12.1亿元。",
         F("gdp", 2023, "H1", 200.3, "亿元", region="庆元"), region="庆元", pub="2024-07-20"),
    # 从/由 去年同期的 a level, to another: the year before's level, then this year's (before, this year's was lost
    # and the year before's took its place)
    case("rose-from-same-period-cong", "上半年,全县一般公共预算收入从去年同期的20.1亿元增加到21.5亿元。",
         F("fiscal_revenue_general", 2023, "H1", 20.1, "亿元", region="庆元"),
         F("fiscal_revenue_general", 2024, "H1", 21.5, "亿元", region="庆元"), region="庆元", pub="2024-07-20"),
    case("rose-from-same-period-you-dated", "2024年上半年,全县一般公共预算收入由去年同期的20.1亿元增加至21.5亿元。",
         F("fiscal_revenue_general", 2023, "H1", 20.1, "亿元", region="庆元"),
         F("fiscal_revenue_general", 2024, "H1", 21.5, "亿元", region="庆元"), region="庆元", pub="2024-08-20"),
    case("rose-from-same-period-shangnian", "前三季度,全市规上工业增加值由上年同期的86.3亿元增长到95.2亿元。",
         F("industrial_value_added", 2023, "Q1-Q3", 86.3, "亿元", region="丽水"),
         F("industrial_value_added", 2024, "Q1-Q3", 95.2, "亿元", region="丽水"), region="丽水", pub="2024-10-20"),
    # the near miss: an undated start is no fact of its own
    case("rose-from-undated", "上半年,全县一般公共预算收入由20.1亿元增加至21.5亿元。",
         F("fiscal_revenue_general", 2024, "H1", 21.5, "亿元", region="庆元"), region="庆元", pub="2024-07-20"),
    # a rate, then 至 the level it grew or fell to: the level
    case("rate-then-level-zhi", "今年上半年,全市一般公共预算收入增长4.2%至186.5亿元。",
         F("fiscal_revenue_general", 2024, "H1", 186.5, "亿元", 4.2, region="丽水"), region="丽水", pub="2024-07-20"),
    case("rate-fell-then-level-zhi", "上半年,全县出口额同比下降3.2%至61.5亿元。",
         F("exports", 2024, "H1", 61.5, "亿元", -3.2, region="庆元"), region="庆元", pub="2024-07-20"),
    case("rate-then-level-comma-zhi", "1-9月,全县规上工业增加值同比增长8.1%,至56.2亿元。",
         F("industrial_value_added", 2024, "Q1-Q3", 56.2, "亿元", 8.1, region="庆元"), region="庆元", pub="2024-10-20"),
    # the near misses: a rate risen to a rate; a share risen to a share
    case("rate-risen-to-rate", "上半年,全县财政总收入增长6.3%,占全市比重提高至12.5%。",
         F("fiscal_revenue_total", 2024, "H1", yoy=6.3, region="庆元"), region="庆元", pub="2024-07-20"),
    # a province's or region's counted set of cities (11个设区市, 18个省辖市, 12个盟市, 21个市州), then their rates in
    # turn: each city listed is whole (before, 设区市 and 地级市 left the list a sector's)
    case("counted-cities-list-shequ", "上半年,全省11个设区市地区生产总值增速依次为:杭州6.1%、宁波5.9%、温州6.5%。",
         F("gdp", 2024, "H1", yoy=6.1, region="杭州"), F("gdp", 2024, "H1", yoy=5.9, region="宁波"),
         F("gdp", 2024, "H1", yoy=6.5, region="温州"), region="浙江", pub="2024-07-25"),
    case("counted-cities-list-dijishi", "上半年,全省11个地级市规上工业增加值增速依次为:杭州8.1%、宁波7.9%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="杭州"),
         F("industrial_value_added", 2024, "H1", yoy=7.9, region="宁波"), region="浙江", pub="2024-07-25"),
    case("counted-cities-list-brackets", "前三季度,全省13个设区市规上工业增加值增速分别为:南京(8.1%)、无锡(7.2%)、徐州(6.5%)。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.1, region="南京"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.2, region="无锡"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=6.5, region="徐州"), region="江苏", pub="2024-10-25"),
    # the near miss: the set's joint figure is no city's nor the province's
    case("counted-cities-joint", "上半年,全省11个设区市地区生产总值均实现正增长,合计增长6.0%。", region="浙江", pub="2024-07-25",
         labels={6.0: "subset"}),
    # a place's level with the metric, then other places' levels (，or 、), then their rates in turn (增速分别为, 同比分别
    # 增长): one rate for each place, the first one's too (before, the rates were lost, and after 、 the second
    # place's level too)
    case("place-levels-then-rates-speed", "上半年,海宁实现地区生产总值598.3亿元,桐乡560.1亿元,平湖520.6亿元,增速分别为5.8%、6.4%、6.9%。",
         F("gdp", 2024, "H1", 598.3, "亿元", 5.8, region="海宁"), F("gdp", 2024, "H1", 560.1, "亿元", 6.4, region="桐乡"),
         F("gdp", 2024, "H1", 520.6, "亿元", 6.9, region="平湖"), region="嘉兴", pub="2024-07-25"),
    case("place-levels-dun-then-rates", "上半年,海宁地区生产总值598.3亿元、桐乡560.1亿元,同比分别增长5.8%、6.4%。",
         F("gdp", 2024, "H1", 598.3, "亿元", 5.8, region="海宁"), F("gdp", 2024, "H1", 560.1, "亿元", 6.4, region="桐乡"),
         region="嘉兴", pub="2024-07-25"),
    case("place-levels-dun-no-rates", "1-9月,南湖区固定资产投资完成86.2亿元、秀洲区72.5亿元。",
         F("fixed_asset_investment", 2024, "Q1-Q3", 86.2, "亿元", region="南湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", 72.5, "亿元", region="秀洲"), region="嘉兴", pub="2024-10-25"),
    # the near misses: a level and its rate joined by 、; one rate after two places' levels (the last one's)
    case("place-level-dun-rate", "上半年,海宁地区生产总值598.3亿元、增长5.8%。",
         F("gdp", 2024, "H1", 598.3, "亿元", 5.8, region="海宁"), region="嘉兴", pub="2024-07-25"),
    case("place-levels-one-rate", "上半年,海宁实现地区生产总值598.3亿元,桐乡560.1亿元,增长5.8%。",
         F("gdp", 2024, "H1", 598.3, "亿元", region="海宁"), F("gdp", 2024, "H1", 560.1, "亿元", 5.8, region="桐乡"),
         region="嘉兴", pub="2024-07-25"),
    # growths over several years: 比2018年分别增长, 与2018年相比 opening the sentence or clause (not year on year; the
    # level after such a growth is still the year's)
    case("base-year-distributive", "2023年,全县城镇和农村居民人均可支配收入分别达到68520元和45210元,比2018年分别增长32.1%和41.6%。",
         F("income_urban_pc", 2023, "FY", 68520, "元", region="海盐"), F("income_rural_pc", 2023, "FY", 45210, "元", region="海盐"),
         region="海盐", pub="2024-03-20"),
    case("base-year-lead-then-level", "与2018年相比,2023年全县社会消费品零售总额增长42.5%,达到168.2亿元。",
         F("retail_sales", 2023, "FY", 168.2, "亿元", region="海盐"), region="海盐", pub="2024-03-20"),
    case("base-year-inline-then-level", "2023年,全县社会消费品零售总额比2018年增长42.5%,达到168.2亿元。",
         F("retail_sales", 2023, "FY", 168.2, "亿元", region="海盐"), region="海盐", pub="2024-03-20"),
    case("base-year-lead-he", "和2019年相比,今年前三季度全市规上工业增加值增长21.3%。", region="嘉兴", pub="2024-10-20"),
    # the near miss: a year-on-year basis after the lead keeps the rate year on year
    case("base-year-lead-yoy-after", "与2018年相比,2023年全县社会消费品零售总额翻了一番,全年同比增长7.5%。",
         F("retail_sales", 2023, "FY", yoy=7.5, region="海盐"), region="海盐", pub="2024-03-20"),
    # a range of years (2019年至2023年, 2019-2023年) before one cumulative figure: a span, no year's level (before,
    # the last year's); with a list of figures, one per year as before
    case("year-range-cumulative", "2019年至2023年,全县累计完成固定资产投资1086.5亿元。", region="海盐", pub="2024-03-20",
         labels={1086.5: "multi_year"}),
    case("year-range-dash-cumulative", "2019-2023年,全县累计实现地区生产总值1850.2亿元。", region="海盐", pub="2024-03-20",
         labels={1850.2: "multi_year"}),
    case("year-range-dao-cumulative", "2020年到2023年,全市累计完成工业投资512.6亿元。", region="嘉兴", pub="2024-03-20",
         labels={512.6: "multi_year"}),
    case("year-range-list-kept", "2020—2022年,全县地区生产总值分别为301.2亿元、350.6亿元、390.2亿元。",
         F("gdp", 2020, "FY", 301.2, "亿元", region="海盐"), F("gdp", 2021, "FY", 350.6, "亿元", region="海盐"),
         F("gdp", 2022, "FY", 390.2, "亿元", region="海盐"), region="海盐", pub="2024-03-20"),
    # 元月 alone (元月, 元月份, 今年元月) is January, as in 元至7月
    case("yuanyue-alone", "元月,全县规上工业总产值完成82.3亿元,同比增长10.6%。",
         F("industrial_output", 2024, "M1", 82.3, "亿元", 10.6, region="海盐"), region="海盐", pub="2024-02-20"),
    case("yuanyue-fen", "元月份,全市出口增长12.1%。", F("exports", 2024, "M1", yoy=12.1, region="嘉兴"), region="嘉兴", pub="2024-02-20"),
    case("yuanyue-this-year", "今年元月,全县社会消费品零售总额21.6亿元,增长5.2%。",
         F("retail_sales", 2024, "M1", 21.6, "亿元", 5.2, region="海盐"), region="海盐", pub="2024-02-20"),
    # the near miss: 元 of an amount before 月 is no month (…亿元月均)
    case("yuan-amount-before-yue", "2023年,全县人均可支配收入5.2万元月均4333元。",
         F("income_pc", 2023, "FY", 5.2, "万元", region="海盐"), region="海盐", pub="2024-02-20"),
    # a year followed by 以来 two years or more before the publication (2016年以来，全市累计…): a span to the last year
    # (to the year before in January and February), no year's level (before, the year before's)
    case("since-year-cumulative-jan", "2016年以来,全市累计实际利用外资80.5亿美元。", region="嘉兴", pub="2024-01-20",
         labels={80.5: "multi_year"}),
    case("since-year-cumulative-zi", "自2019年以来,全县累计引进亿元以上项目86个,累计完成工业投资312.6亿元。", region="海盐",
         pub="2024-01-20", labels={312.6: "multi_year"}),
    case("since-year-cumulative-oct", "2018年以来,全县累计完成固定资产投资1086.5亿元。", region="海盐", pub="2024-10-20",
         labels={1086.5: "multi_year"}),
    case("since-year-then-period", "2016年以来,全市GDP年均增长7.2%,前三季度增长6.1%。",
         F("gdp", 2024, "Q1-Q3", yoy=6.1, region="嘉兴"), region="嘉兴", pub="2024-10-20"),
    # the near miss: the year just ended (2023年以来 in January 2024)
    case("since-last-year-jan", "2023年以来,全县规上工业增加值增长8.1%。",
         F("industrial_value_added", 2023, "FY", yoy=8.1, region="海盐"), region="海盐", pub="2024-01-20"),
    # several places' metric, then a total word (合计, 共计, 总计): their joint total, no place's level (before,
    # each place's); with 分别, each its own
    case("places-total-after-metric-heji", "2023年,南昌、九江两市生产总值合计5000亿元。", region="江西", pub="2024-03-25",
         labels={5000: "subset"}),
    case("places-total-after-metric-gongji", "上半年,南湖区和秀洲区GDP共计680.7亿元。", region="嘉兴", pub="2024-07-25",
         labels={680.7: "subset"}),
    case("places-total-after-metric-zongji", "1-9月,海宁、桐乡规上工业增加值总计520.3亿元。", region="嘉兴", pub="2024-10-25",
         labels={520.3: "subset"}),
    case("places-each-after-metric", "2023年,南昌、九江生产总值分别为3000亿元、2000亿元。",
         F("gdp", 2023, "FY", 3000, "亿元", region="南昌"), F("gdp", 2023, "FY", 2000, "亿元", region="九江"),
         region="江西", pub="2024-03-25"),
    # the near miss: the whole region's own total
    case("whole-total-after-metric", "2023年,全省生产总值合计32000亿元。", F("gdp", 2023, "FY", 32000, "亿元", region="江西"),
         region="江西", pub="2024-03-25"),
    # two places a comparison named, then their count and 分别 (两个县市, 两地): each place's own (before, a subset's)
    case("counted-back-two-county-cities", "上半年,平湖紧追海盐,两个县市GDP分别为520.6亿元和530.2亿元。",
         F("gdp", 2024, "H1", 520.6, "亿元", region="平湖"), F("gdp", 2024, "H1", 530.2, "亿元", region="海盐"),
         region="嘉兴", pub="2024-07-25"),
    # a factor taken out before the rate (剔除留抵退税因素后增长, 扣除退税因素影响后, 扣除…后同口径增长): the figure's rate on
    # a like basis (before, an exclusion: no rate)
    case("factor-adjusted-rate-tichu", "2023年,全县一般公共预算收入12.3亿元,剔除留抵退税因素后增长8.5%。",
         F("fiscal_revenue_general", 2023, "FY", 12.3, "亿元", 8.5, region="海盐"), region="海盐", pub="2024-03-05"),
    case("factor-adjusted-rate-kouchu-yingxiang", "2023年,全县一般公共预算收入25.3亿元,扣除留抵退税因素影响后增长9.2%。",
         F("fiscal_revenue_general", 2023, "FY", 25.3, "亿元", 9.2, region="海盐"), region="海盐", pub="2024-03-05"),
    case("factor-adjusted-rate-like-basis", "2023年,全县一般公共预算收入完成25.3亿元,扣除退税因素后同口径增长6.8%。",
         F("fiscal_revenue_general", 2023, "FY", 25.3, "亿元", 6.8, region="海盐"), region="海盐", pub="2024-03-05"),
    # the near misses: a part's rate after the factor (其中税收收入…, 制造业税收…)
    case("factor-adjusted-part-rate", "2023年,全县一般公共预算收入25.3亿元,其中税收收入扣除退税因素后增长9.2%。",
         F("fiscal_revenue_general", 2023, "FY", 25.3, "亿元", region="海盐"), region="海盐", pub="2024-03-05"),
    case("factor-adjusted-sector-rate", "2023年,全县一般公共预算收入25.3亿元,扣除退税因素后制造业税收增长9.2%。",
         F("fiscal_revenue_general", 2023, "FY", 25.3, "亿元", region="海盐"), region="海盐", pub="2024-03-05"),
    # a target's rate said met (或未能完成), then the figure that met it: the slot's figure (before, lost)
    case("target-met-then-level", "2023年,全县一般公共预算收入增长6%的目标全面完成,全年完成25.3亿元,增长6.8%。",
         F("fiscal_revenue_general", 2023, "FY", 25.3, "亿元", 6.8, region="海盐"), region="海盐", pub="2024-03-05"),
    case("target-exceeded-then-level", "2023年,全县规上工业总产值增长8%的年度目标超额完成,达到1036.5亿元,增长9.2%。",
         F("industrial_output", 2023, "FY", 1036.5, "亿元", 9.2, region="海盐"), region="海盐", pub="2024-03-05"),
    case("target-missed-then-level", "2023年,全县一般公共预算收入增长6%的目标未能完成,全年完成23.1亿元,增长3.2%。",
         F("fiscal_revenue_general", 2023, "FY", 23.1, "亿元", 3.2, region="海盐"), region="海盐", pub="2024-03-05"),
    # the near miss: a target not said met, then a planned level
    case("target-then-planned-level", "2024年,全县地区生产总值力争增长6.5%的目标,达到450亿元。", region="海盐", pub="2024-03-05"),
]
REAL47_CASES = [
    # a base phrase with a large or small base and no 的 (在去年大基数基础上, 在上年较大基数下): its year is the
    # base's, the figures after it keep the sentence's own time
    case("large-base-year-moves-nothing",
         "一季度,全市工业开票销售在去年大基数基础上保持两位数增长;规上工业增加值增长11.3%,工业用电量增长9.6%。",
         F("industrial_value_added", 2024, "Q1", yoy=11.3, region="东台"),
         F("industrial_electricity", 2024, "Q1", yoy=9.6, region="东台"), region="东台", pub="2024-04-25"),
    case("larger-base-own-figure", "一季度,全县固定资产投资在去年较大基数基础上增长8.2%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=8.2, region="海盐"), region="海盐", pub="2024-04-20"),
    case("large-base-under", "1-5月,海盐县外贸进出口在上年大基数下增长12.4%。",
         F("trade_total", 2024, "M1-M5", yoy=12.4, region="海盐"), region="嘉兴", pub="2024-06-20"),
    case("large-base-near-miss-last-year-own", "去年全市规上工业增加值增长10.2%,形成了较大基数。",
         F("industrial_value_added", 2023, "FY", yoy=10.2, region="东台"), region="东台", pub="2024-03-01"),
    # a count of places opening a clause (两县, 两市, 三县) whose figures follow 分别: the places the sentence named
    # before it, the compared ones too (超过象山, 领先余姚, 和南浔区拉开差距), each its figure in the order named
    case("counted-back-compared-overtakes", "前三季度,宁海超过象山,两县GDP总量分别为512.3亿元和380.2亿元。",
         F("gdp", 2020, "Q1-Q3", 512.3, "亿元", region="宁海"), F("gdp", 2020, "Q1-Q3", 380.2, "亿元", region="象山"),
         region="宁波", pub="2020-11-03"),
    case("counted-back-leads", "上半年,慈溪继续领先余姚,两市规上工业总产值分别为2150.3亿元和1380.6亿元。",
         F("industrial_output", 2024, "H1", 2150.3, "亿元", region="慈溪"),
         F("industrial_output", 2024, "H1", 1380.6, "亿元", region="余姚"), region="宁波", pub="2024-07-20"),
    case("counted-back-gap-kept", "2023年,吴兴区的财政收入已经和南浔区拉开差距,两区一般公共预算收入分别为65.2亿元、41.8亿元。",
         F("fiscal_revenue_general", 2023, "FY", 65.2, "亿元", region="吴兴"),
         F("fiscal_revenue_general", 2023, "FY", 41.8, "亿元", region="南浔"), region="湖州", pub="2024-02-20"),
    case("counted-back-three-rates", "一季度,德清的增速高于长兴和安吉,三县GDP分别增长8.1%、7.2%和6.9%。",
         F("gdp", 2024, "Q1", yoy=8.1, region="德清"), F("gdp", 2024, "Q1", yoy=7.2, region="长兴"),
         F("gdp", 2024, "Q1", yoy=6.9, region="安吉"), region="湖州", pub="2024-04-25"),
    case("counted-back-near-miss-one-named-again", "上半年,慈溪继续领先余姚,两市中慈溪规上工业总产值为2150.3亿元。",
         F("industrial_output", 2024, "H1", 2150.3, "亿元", region="慈溪"), region="宁波", pub="2024-07-20"),
    # the short name of a county of the article's own city (or of a county next to the article's own) opening a
    # clause with no figure (奉化设区后发展势头强劲，…): the subject of the subject-less figures after it; and so is a
    # district's full name that was a county-level city (海门区)
    case("own-county-opens-bare-clause", "全市经济运行平稳。前三季度,北仑开局良好,规上工业增加值增长8.3%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.3, region="北仑"), region="宁波", pub="2024-11-03"),
    case("sibling-county-opens-bare-clause", "全市经济运行平稳。一季度,海盐开局良好,固定资产投资增长12.6%。",
         F("fixed_asset_investment", 2024, "Q1", yoy=12.6, region="海盐"), region="平湖", pub="2024-04-25"),
    case("own-county-after-set-lead", "全市经济运行平稳。沿江三县市中,启东撤县设市以来活力迸发,上半年地区生产总值增长7.2%。",
         F("gdp", 2024, "H1", yoy=7.2, region="启东"), region="南通", pub="2024-07-30"),
    case("renamed-district-full-name-opens-clause", "全市经济运行平稳。上半年,海门区撤市设区后活力迸发,地区生产总值增长7.2%。",
         F("gdp", 2024, "H1", yoy=7.2, region="海门"), region="南通", pub="2024-07-30"),
    case("own-county-name-in-sector-word-near-miss", "全市经济运行平稳。上半年,新兴产业增加值增长15.2%,规上工业增加值增长6.1%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="云浮"), region="云浮", pub="2024-07-25"),
    # a place opening a clause with no figure, the next clause of its group opening with 以 and a rate it ranks with
    # (余姚成为…王者，以4.1%的增速位列榜首): the place's rate of the article's headline metric, as when 以 follows it
    case("late-ranked-rate-after-bare-clause", "前三季度,全市GDP增长1.1%。余姚成为各区县中的领头羊,以4.1%的增速位列榜首。",
         F("gdp", 2020, "Q1-Q3", yoy=1.1, region="宁波"), F("gdp", 2020, "Q1-Q3", yoy=4.1, region="余姚"),
         region="宁波", pub="2020-11-03"),
    case("late-ranked-rate-first-among-counties", "上半年,全市GDP增长5.2%。海宁一马当先,以7.6%的增速位列各县(市、区)第一。",
         F("gdp", 2024, "H1", yoy=5.2, region="嘉兴"), F("gdp", 2024, "H1", yoy=7.6, region="海宁"),
         region="嘉兴", pub="2024-07-30"),
    case("late-ranked-rate-headline-industry", "一季度,全市规上工业增加值增长6.1%。嘉善继续保持领先,以9.3%的增速排名第一。",
         F("industrial_value_added", 2024, "Q1", yoy=6.1, region="嘉兴"),
         F("industrial_value_added", 2024, "Q1", yoy=9.3, region="嘉善"), region="嘉兴", pub="2024-04-28"),
    case("late-ranked-rate-own-metric-near-miss", "上半年,全市GDP增长5.2%。海宁一马当先,以7.6%的规上工业增加值增速排名第一。",
         F("gdp", 2024, "H1", yoy=5.2, region="嘉兴"), F("industrial_value_added", 2024, "H1", yoy=7.6, region="海宁"),
         region="嘉兴", pub="2024-07-30"),
    case("late-rate-no-rank-near-miss", "上半年,全市GDP增长5.2%。海宁一马当先,以7.6%的增速实现开门红。",
         F("gdp", 2024, "H1", yoy=5.2, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    # every place of a set (各县区, 各县(市)) with a figure each (均突破, 均超过, 均增长): no figure of the whole region;
    # a place named after it (其中崇川区…) keeps its own
    case("each-county-bound-not-city", "2020年,南通下辖各县区GDP均突破千亿元大关。", region="南通", pub="2023-01-20"),
    case("each-county-bracket-set-bound", "2023年,嘉兴各县(市)财政总收入均超过百亿元。", region="嘉兴", pub="2024-03-20"),
    case("each-district-rate-bound", "一季度,湖州各区县固定资产投资均增长15%以上。", region="湖州", pub="2024-04-28"),
    case("each-county-then-named-one", "2022年,全市各县区GDP均突破千亿元,其中崇川区达1780.5亿元。",
         F("gdp", 2022, "FY", 1780.5, "亿元", region="崇川"), region="南通", pub="2023-02-20"),
    case("each-county-near-miss-whole-first", "2022年,全市GDP达到1.1万亿元,各县(市、区)GDP均突破千亿元。",
         F("gdp", 2022, "FY", 1.1, "万亿元", region="南通"), region="南通", pub="2023-02-20"),
    # a sum (累计) over a run counted from a founding or up to now (改革开放以来, 建市以来, 截至目前), printed in
    # January or February with no period: a sum of many years, not the year before's figure
    case("founding-sum-reform-era", "改革开放以来,全市累计实际利用外资415亿美元。", region="嘉兴", pub="2022-01-27"),
    case("founding-sum-city-founded", "建市以来,全市累计完成固定资产投资8600亿元。", region="平湖", pub="2023-02-10"),
    case("founding-sum-up-to-now", "截至目前,全市实际利用外资累计达415亿美元。", region="嘉兴", pub="2022-02-27"),
    case("founding-sum-near-miss-year-sum", "全市累计完成固定资产投资500亿元,增长8.1%。",
         F("fixed_asset_investment", 2021, "FY", 500, "亿元", 8.1, region="嘉兴"), region="嘉兴", pub="2022-01-27"),
]
REAL46_CASES = [
    # an earlier period's own rate in brackets right after the period it is compared with (较一季度(x%)回升…个百分点):
    # a fact of that period; not a share's earlier level (占比较一季度(x%)提高…)
    case("bracket-earlier-period-rate-quarter", "上半年,全区地区生产总值增长3.9%,较一季度(2.6%)加快1.3个百分点。",
         F("gdp", 2023, "H1", yoy=3.9, region="南岸"), F("gdp", 2023, "Q1", yoy=2.6, region="南岸"),
         region="南岸区", pub="2023-07-28"),
    case("bracket-earlier-period-rate-months", "1-5月,全县固定资产投资同比增长12.4%,增速比1-4月(10.9%)加快1.5个百分点。",
         F("fixed_asset_investment", 2023, "M1-M5", yoy=12.4, region="桐城"),
         F("fixed_asset_investment", 2023, "M1-M4", yoy=10.9, region="桐城"), region="桐城市", pub="2023-06-20"),
    case("bracket-earlier-period-rate-verb", "前三季度,全区社会消费品零售总额182.6亿元,增长3.2%,增幅比上半年(下降1.4%)回升4.6个百分点。",
         F("retail_sales", 2020, "Q1-Q3", 182.6, "亿元", 3.2, region="南岸"), F("retail_sales", 2020, "H1", yoy=-1.4, region="南岸"),
         region="南岸区", pub="2020-10-28"),
    case("bracket-earlier-period-rate-wanyuan-negative",
         "二季度全县地区生产总值为1265420万元,比上年同期增长-6.2%,较一季度(-9.5%)回升3.3个百分点。",
         F("gdp", 2024, "H1", 1265420, "万元", -6.2, region="柳林"), F("gdp", 2024, "Q1", yoy=-9.5, region="柳林"),
         region="柳林县", pub="2024-08-30"),
    case("bracket-earlier-share-not-rate", "上半年,全县工业投资增长15.0%,占比较一季度(33.1%)提高2.1个百分点。",
         F("industrial_investment", 2023, "H1", yoy=15.0, region="桐城"), region="桐城市", pub="2023-07-20"),
    case("bracket-earlier-no-gap-word", "上半年,全县规上工业增加值增长7.5%,较一季度(9.1%)更为平稳。",
         F("industrial_value_added", 2019, "H1", yoy=7.5, region="郏县"), region="郏县", pub="2019-07-20"),
    # an earlier period's own rate after a rate word, with no brackets (增幅比1-4月增速12.3%上升0.3个百分点):
    # a fact of that period, as in brackets; no rate after the rate word, no fact
    case("earlier-period-rate-word-months", "1-5月,完成规模以上工业增加值5.9亿元,增长12.6%,增幅比1-4月增速12.3%上升0.3个百分点。",
         F("industrial_value_added", 2016, "M1-M5", 5.9, "亿元", 12.6, region="连山"),
         F("industrial_value_added", 2016, "M1-M4", yoy=12.3, region="连山"), region="连山", pub="2016-06-20"),
    case("earlier-period-rate-word-quarter", "上半年,全县固定资产投资增长8.1%,较一季度增速6.5%加快1.6个百分点。",
         F("fixed_asset_investment", 2022, "H1", yoy=8.1, region="南江"), F("fixed_asset_investment", 2022, "Q1", yoy=6.5, region="南江"),
         region="南江", pub="2022-07-25"),
    case("earlier-period-rate-word-of", "前三季度,全区地区生产总值增长4.2%,增速比上半年的增速3.6%提高0.6个百分点。",
         F("gdp", 2021, "Q1-Q3", yoy=4.2, region="南岸"), F("gdp", 2021, "H1", yoy=3.6, region="南岸"),
         region="南岸区", pub="2021-10-28"),
    case("earlier-period-rate-word-no-rate", "上半年,全县规上工业增加值增长7.5%,较一季度增速更为平稳。",
         F("industrial_value_added", 2019, "H1", yoy=7.5, region="郏县"), region="郏县", pub="2019-07-20"),
    # the same period a year before with its rate after 的 (增速比上年同期的11.2%回落2.8个百分点): that period's
    # fact, as in brackets; not a share's level (占比较上年同期的…), nor a level with no rate
    case("last-year-of-rate", "1-5月,全县规上工业增加值同比增长8.4%,增速比上年同期的11.2%回落2.8个百分点。",
         F("industrial_value_added", 2019, "M1-M5", yoy=8.4, region="郏县"),
         F("industrial_value_added", 2018, "M1-M5", yoy=11.2, region="郏县"), region="郏县", pub="2019-06-20"),
    case("last-year-of-rate-verb", "前三季度,全市社会消费品零售总额增长6.1%,增幅较去年同期的下降2.3%回升8.4个百分点。",
         F("retail_sales", 2021, "Q1-Q3", yoy=6.1, region="宜宾"), F("retail_sales", 2020, "Q1-Q3", yoy=-2.3, region="宜宾"),
         region="宜宾", pub="2021-10-25"),
    case("last-year-of-rate-fiscal", "1-8月,全县一般公共预算收入增长5.2%,增幅比去年同期的3.1%提高2.1个百分点。",
         F("fiscal_revenue_general", 2022, "M1-M8", yoy=5.2, region="固镇"),
         F("fiscal_revenue_general", 2021, "M1-M8", yoy=3.1, region="固镇"), region="固镇", pub="2022-09-20"),
    case("last-year-of-share-not-rate", "上半年,全县工业投资增长15.0%,占比较上年同期的33.1%提高2.1个百分点。",
         F("industrial_investment", 2023, "H1", yoy=15.0, region="桐城"), region="桐城市", pub="2023-07-20"),
    case("last-year-of-no-rate", "上半年,全县规上工业增加值增长6.5%,比上年同期的水平有所提高。",
         F("industrial_value_added", 2019, "H1", yoy=6.5, region="郏县"), region="郏县", pub="2019-07-20"),
    # a gap in points printed with no comma before the next place's clause (…低于全市4.7个百分点法库县实现…):
    # the gap ends the clause, the place opens the next one and the figure is its own; a sector named right
    # after the gap stays a sector
    case("points-glued-next-county", "前三季度,康平县实现地区生产总值87.4亿元,同比增长1.3%,低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元,增长1.9%。",
         F("gdp", 2023, "Q1-Q3", 87.4, "亿元", 1.3, region="康平"), F("gdp", 2023, "Q1-Q3", 144.7, "亿元", 1.9, region="法库"),
         region="沈阳", pub="2023-11-09"),
    case("points-glued-next-county-other-metric", "上半年,奉化区规上工业增加值增长6.2%,高于全市0.8个百分点宁海县完成规上工业增加值158.3亿元,增长9.1%。",
         F("industrial_value_added", 2023, "H1", yoy=6.2, region="奉化"),
         F("industrial_value_added", 2023, "H1", 158.3, "亿元", 9.1, region="宁海"), region="宁波", pub="2023-07-28"),
    case("points-glued-next-city-other-gap-word", "1-9月,蓬莱区固定资产投资增长11.5%,低于全市0.5个百分点龙口市完成固定资产投资218.4亿元,增长6.3%。",
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=11.5, region="蓬莱"),
         F("fixed_asset_investment", 2022, "Q1-Q3", 218.4, "亿元", 6.3, region="龙口"), region="烟台", pub="2022-10-25"),
    case("points-glued-sector-stays-sector", "上半年,全市规上工业增加值增长6.2%,比一季度提高2个百分点高新技术产业增加值增长9.5%。",
         F("industrial_value_added", 2023, "H1", yoy=6.2, region="宁波"), region="宁波", pub="2023-07-28"),
    # two ranked places with their own rates, the first after a superlative of the rate, the second after a
    # superlative with the rate word left out (…增速最快的是郏县(7.3%)，最慢的是叶县(-3.1%)): each its own rate, in
    # brackets, right after the place or after a comma and a verb (was: the first's rate given to the second); a
    # superlative of a level with the place's figure in brackets stays the place's; a place with no figure none
    case("superlatives-bracket-rates-next-sentence",
         "前三季度,全市地区生产总值增长5.1%。各县(市、区)中,增速最快的是郏县(7.3%),最慢的是叶县(-3.1%)。",
         F("gdp", 2023, "Q1-Q3", yoy=5.1, region="平顶山"), F("gdp", 2023, "Q1-Q3", yoy=7.3, region="郏县"),
         F("gdp", 2023, "Q1-Q3", yoy=-3.1, region="叶县"), region="平顶山", pub="2023-10-25"),
    case("superlatives-bracket-rates-same-sentence",
         "上半年,全市规上工业增加值增长6.2%,增幅最高的是宝丰县(11.4%),最低的是郏县(-2.6%)。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="平顶山"),
         F("industrial_value_added", 2024, "H1", yoy=11.4, region="宝丰"),
         F("industrial_value_added", 2024, "H1", yoy=-2.6, region="郏县"), region="平顶山", pub="2024-07-25"),
    case("superlatives-rates-after-verb",
         "1-8月,全市固定资产投资增长4.4%。增速最快的是新民市,增长9.3%;最慢的是康平县,下降2.8%。",
         F("fixed_asset_investment", 2023, "M1-M8", yoy=4.4, region="沈阳"),
         F("fixed_asset_investment", 2023, "M1-M8", yoy=9.3, region="新民"),
         F("fixed_asset_investment", 2023, "M1-M8", yoy=-2.8, region="康平"), region="沈阳", pub="2023-09-25"),
    case("superlative-level-bracket-stays", "前三季度,全市地区生产总值总量最大的是新民市(211.8亿元)。",
         F("gdp", 2023, "Q1-Q3", 211.8, "亿元", region="新民"), region="沈阳", pub="2023-10-25"),
    case("superlative-place-no-figure", "上半年,全市GDP增长5.2%,增长最快的是瑞安。",
         F("gdp", 2023, "H1", yoy=5.2, region="温州"), region="温州", pub="2023-07-25"),
    # places each with its rate in brackets and a superlative after it before the separator (其中郏县(7.3%)增速最快，
    # 叶县(-3.1%)最慢): one list, each place its own rate; a bracketed list with no superlative as before
    case("bracket-items-superlative-between-next-sentence", "前三季度,全市地区生产总值增长5.1%。其中郏县(7.3%)增速最快,叶县(-3.1%)最慢。",
         F("gdp", 2023, "Q1-Q3", yoy=5.1, region="平顶山"), F("gdp", 2023, "Q1-Q3", yoy=7.3, region="郏县"),
         F("gdp", 2023, "Q1-Q3", yoy=-3.1, region="叶县"), region="平顶山", pub="2023-10-25"),
    case("bracket-items-superlative-between-same-sentence", "全年全市一般公共预算收入增长3.5%,其中宝丰县(8.2%)增幅最大,叶县(-4.1%)最小。",
         F("fiscal_revenue_general", 2023, "FY", yoy=3.5, region="平顶山"),
         F("fiscal_revenue_general", 2023, "FY", yoy=8.2, region="宝丰"),
         F("fiscal_revenue_general", 2023, "FY", yoy=-4.1, region="叶县"), region="平顶山", pub="2024-02-25"),
    case("bracket-items-superlative-between-rate-word", "1-8月,全市社会消费品零售总额增长5.6%。其中,郏县(9.6%)增速最高,宝丰县(2.1%)增速最低。",
         F("retail_sales", 2023, "M1-M8", yoy=5.6, region="平顶山"), F("retail_sales", 2023, "M1-M8", yoy=9.6, region="郏县"),
         F("retail_sales", 2023, "M1-M8", yoy=2.1, region="宝丰"), region="平顶山", pub="2023-09-25"),
    case("bracket-items-no-superlative", "上半年,全市规上工业增加值增长6.2%,其中宝丰县(11.4%)、郏县(-2.6%)。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="平顶山"),
         F("industrial_value_added", 2024, "H1", yoy=11.4, region="宝丰"),
         F("industrial_value_added", 2024, "H1", yoy=-2.6, region="郏县"), region="平顶山", pub="2024-07-25"),
    # a sentence of places' rates led by a frame naming the region's parts (各县区中，…; 在各区县中，…; 全市8个县区中，…),
    # the metric left out: the metric of the sentence before, for each place; a frame with no figures after, none
    case("among-parts-frame-counties-districts", "上半年,全市规上工业增加值增长6.2%。各县区中,宝丰县增长11.4%,郏县下降2.6%。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="平顶山"),
         F("industrial_value_added", 2024, "H1", yoy=11.4, region="宝丰"),
         F("industrial_value_added", 2024, "H1", yoy=-2.6, region="郏县"), region="平顶山", pub="2024-07-25"),
    case("among-parts-frame-with-zai", "1-9月,全市固定资产投资增长7.5%。在各区县中,新民市增长12.3%,康平县下降3.6%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=7.5, region="沈阳"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=12.3, region="新民"),
         F("fixed_asset_investment", 2023, "Q1-Q3", yoy=-3.6, region="康平"), region="沈阳", pub="2023-10-25"),
    case("among-parts-frame-counted", "前三季度,全市地区生产总值增长5.1%。全市10个县区中,郏县增长7.3%,叶县下降3.1%。",
         F("gdp", 2023, "Q1-Q3", yoy=5.1, region="平顶山"), F("gdp", 2023, "Q1-Q3", yoy=7.3, region="郏县"),
         F("gdp", 2023, "Q1-Q3", yoy=-3.1, region="叶县"), region="平顶山", pub="2023-10-25"),
    case("among-parts-frame-levels", "全年全市社会消费品零售总额增长6.1%。全市10个县(市、区)中,郏县35.6亿元,宝丰县41.2亿元。",
         F("retail_sales", 2023, "FY", yoy=6.1, region="平顶山"), F("retail_sales", 2023, "FY", 35.6, "亿元", region="郏县"),
         F("retail_sales", 2023, "FY", 41.2, "亿元", region="宝丰"), region="平顶山", pub="2024-02-25"),
    case("among-parts-frame-no-figures", "上半年,全市规上工业增加值增长6.2%。各县区中,宝丰县总量最大。",
         F("industrial_value_added", 2024, "H1", yoy=6.2, region="平顶山"), region="平顶山", pub="2024-07-25"),
    # the region's whole investment named by a verb and 投资 alone (全县完成投资…, 完成投资额…), then 其中 and a metric
    # of ours (工业投资): the region's own metric, not a part of an unknown total; a sector's or a part's investment
    # before 其中 (重点项目完成投资, 民间投资完成) keeps its parts apart
    case("whole-investment-then-part-growth", "1-5月,全县完成投资14.9亿元,增长23.4%。其中:工业投资增长54.1%。",
         F("industrial_investment", 2016, "M1-M5", yoy=54.1, region="连山"), region="连山", pub="2016-06-25"),
    case("whole-investment-then-part-level", "上半年,我县累计完成投资52.6亿元,同比增长8.3%。其中,工业投资31.2亿元,增长12.5%。",
         F("industrial_investment", 2019, "H1", 31.2, "亿元", 12.5, region="南江"), region="南江", pub="2019-07-20"),
    case("whole-investment-amount-only", "1-8月,全市完成投资额356.2亿元。其中,工业投资增长9.6%。",
         F("industrial_investment", 2022, "M1-M8", yoy=9.6, region="宜宾"), region="宜宾", pub="2022-09-20"),
    case("projects-investment-then-part", "1-5月,全县重点项目完成投资14.9亿元。其中,工业投资增长54.1%。",
         region="连山", pub="2016-06-25"),
    case("private-investment-then-part", "上半年,全县民间投资完成20.1亿元。其中,工业投资增长12.0%。",
         region="南江", pub="2019-07-20"),
    # a part of the economy (县域, 民营经济, 非公有制经济) named before the first industry, the next industries in
    # clause groups of their own (；第二产业…；第三产业…) with no subject: the same part's, not the region's; a group
    # that names its subject again (；全市第二产业…) is the region's
    case("part-through-industries-county-area",
         "前三季度,县域地区第一产业增加值实现103.9亿元,增长4.6%;第二产业增加值实现108.4亿元,增长1.7%;第三产业增加值实现231.6亿元,增长4.1%。",
         region="沈阳", pub="2023-11-09"),
    case("part-through-industries-private",
         "上半年,全市民营经济第一产业增加值12.1亿元,增长3.1%;第二产业增加值85.2亿元,增长5.2%;第三产业增加值60.3亿元,增长6.0%。",
         region="宁波", pub="2023-07-28"),
    case("part-through-industries-no-rates", "一季度,全市非公有制经济第一产业增加值2.1亿元;第二产业增加值30.5亿元;第三产业增加值41.2亿元。",
         region="宜宾", pub="2023-04-28"),
    case("part-then-whole-named-again", "一季度,全市非公有制经济第一产业增加值2.1亿元;全市第二产业增加值30.5亿元;第三产业增加值41.2亿元。",
         F("gdp_secondary", 2023, "Q1", 30.5, "亿元", region="宜宾"), F("gdp_tertiary", 2023, "Q1", 41.2, "亿元", region="宜宾"),
         region="宜宾", pub="2023-04-28"),
    case("whole-through-industries", "一季度,全县第一产业增加值5.32亿元,增长0.5%;第二产业增加值11.49亿元,增长5.9%;第三产业增加值40.01亿元,增长4.9%。",
         F("gdp_primary", 2025, "Q1", 5.32, "亿元", 0.5, region="酉阳"), F("gdp_secondary", 2025, "Q1", 11.49, "亿元", 5.9, region="酉阳"),
         F("gdp_tertiary", 2025, "Q1", 40.01, "亿元", 4.9, region="酉阳"), region="酉阳", pub="2025-05-22"),
]


REAL48_CASES = [
    # a multiple of a year's end (是2015年末的2.1倍, 为2016年底的1.5倍): the base compared with, not the time of the
    # figures after it, which keep the year named before
    case("multiple-of-year-end-carry", "2020年,全县财政总收入达到12.4亿元,是2015年末的2.1倍。城镇居民人均可支配收入35210元。",
         F("fiscal_revenue_total", 2020, "FY", 12.4, "亿元", region="桐庐"),
         F("income_urban_pc", 2020, "FY", 35210, "元", region="桐庐"), region="桐庐", pub="2021-02-10"),
    case("multiple-of-year-end-listed", "2022年,全市存贷款余额分别达900亿元、650亿元,为2017年底的1.8倍、2倍。全年社会消费品零售总额420.5亿元。",
         F("retail_sales", 2022, "FY", 420.5, "亿元", region="衢州"), region="衢州", pub="2023-03-01"),
    case("multiple-of-same-period", "今年1-9月,全区规上工业总产值320亿元,是2019年同期的1.4倍。固定资产投资增长8.5%。",
         F("industrial_output", 2023, "M1-M9", 320, "亿元", region="吴兴"),
         F("fixed_asset_investment", 2023, "M1-M9", yoy=8.5, region="吴兴"), region="吴兴", pub="2023-10-25"),
    # near miss: a year's end that dates the figures (2019年末的…为) moves the time
    case("year-end-dates-figures", "2019年末的全县常住人口为50万人。城镇居民人均可支配收入41200元。",
         F("income_urban_pc", 2019, "FY", 41200, "元", region="德清"), region="德清", pub="2021-03-01"),
    # a sector heading its clause before a measure all of which is that sector's (服务业完成社会消费品零售总额, 消费市场
    # 实现…, 工业完成规上工业总产值): the region's whole, no sector's part
    case("sector-whole-services-retail", "去年,全县服务业完成社会消费品零售总额76.4亿元,增长9.2%。",
         F("retail_sales", 2011, "FY", 76.4, "亿元", 9.2, region="如皋"), region="如皋", pub="2012-01-15"),
    case("sector-whole-consumer-market", "上半年,消费市场实现社会消费品零售总额132.8亿元,同比增长6.1%。",
         F("retail_sales", 2024, "H1", 132.8, "亿元", 6.1, region="柯桥"), region="柯桥", pub="2024-07-20"),
    case("sector-whole-industry-output", "2015年,工业完成规模以上工业总产值1250亿元,增长8.8%;服务业实现增加值310亿元。",
         F("industrial_output", 2015, "FY", 1250, "亿元", 8.8, region="江阴"),
         F("gdp_tertiary", 2015, "FY", 310, "亿元", region="江阴"), region="江阴", pub="2016-02-01"),
    # near misses: a sector that is one part of the measure (住宿餐饮业), and a measure the sector does not hold whole
    case("sector-part-catering-retail", "2023年,住宿餐饮业完成社会消费品零售总额12.6亿元,增长15.3%。", region="桐乡", pub="2024-02-01"),
    case("sector-investment-stays-sector", "2023年,服务业完成固定资产投资85.2亿元,增长4.1%。", region="桐乡", pub="2024-02-01"),
    # a web page's title and the subheading under it, each a short line of words, open the text before its first
    # paragraph: both are lines of their own, so the subheading's words do not make the figures a sector's
    case("opening-title-and-subheading-span", "十三五成就回眸\n经济总量稳步扩大\n地区生产总值由2015年的420.6亿元增加到2020年的615.3亿元,年均增长7.2%。",
         F("gdp", 2015, "FY", 420.6, "亿元", region="临海"), F("gdp", 2020, "FY", 615.3, "亿元", region="临海"),
         region="临海", pub="2021-02-05"),
    case("opening-title-and-subheading-rate", "一季度经济运行通报\n工业生产稳中有进\n规模以上工业增加值同比增长8.1%,高于全省1.2个百分点。",
         F("industrial_value_added", 2023, "Q1", yoy=8.1, region="永康"), region="永康", pub="2023-04-20"),
    case("opening-title-and-subheading-year", "2023年工作回顾\n财政实力持续增强\n一般公共预算收入完成32.6亿元,增长7.4%。",
         F("fiscal_revenue_general", 2023, "FY", 32.6, "亿元", 7.4, region="龙游"), region="龙游", pub="2024-01-20"),
    # near misses: one short line alone at the start (a sentence the excerpt cut) and a newspaper column's short lines
    case("opening-cut-sentence-joins", "今年上半年全县规上工业增加值\n同比增长8.1%,增速居全市第三位,比一季度加快1.5个百分点。",
         F("industrial_value_added", 2023, "H1", yoy=8.1, region="永康"), region="永康", pub="2023-07-20"),
    case("opening-column-lines-join", "上半年全县经济\n运行稳中向好\n地区生产总值增\n长6.2%。",
         F("gdp", 2023, "H1", yoy=6.2, region="永康"), region="永康", pub="2023-07-20"),
    # 城镇 / 农村 / 城乡 alone, after the residents' income, as the items of its figures (其中城镇、农村分别为…,
    # 城乡分别为…, 其中城镇x元,增长a%;农村y元…): the urban and rural residents' income
    case("bare-urban-rural-qizhong", "2022年,全体居民人均可支配收入4.56万元、增长5.1%,其中城镇、农村分别为5.82万元、3.21万元。",
         F("income_pc", 2022, "FY", 4.56, "万元", 5.1, region="开化"), F("income_urban_pc", 2022, "FY", 5.82, "万元", region="开化"),
         F("income_rural_pc", 2022, "FY", 3.21, "万元", region="开化"), region="开化", pub="2023-01-12"),
    case("bare-urban-rural-joined", "上半年,居民人均可支配收入达到21650元,增长5.4%,城镇和农村分别达到27120元和15380元。",
         F("income_pc", 2024, "H1", 21650, "元", 5.4, region="江山"), F("income_urban_pc", 2024, "H1", 27120, "元", region="江山"),
         F("income_rural_pc", 2024, "H1", 15380, "元", region="江山"), region="江山", pub="2024-07-22"),
    case("bare-chengxiang-pair", "2021年,全市居民人均可支配收入达到39800元,城乡分别为51200元、26300元。",
         F("income_pc", 2021, "FY", 39800, "元", region="丽水"), F("income_urban_pc", 2021, "FY", 51200, "元", region="丽水"),
         F("income_rural_pc", 2021, "FY", 26300, "元", region="丽水"), region="丽水", pub="2022-01-20"),
    case("bare-items-own-rates", "去年,全县居民人均可支配收入45600元,其中城镇58200元,增长4.2%;农村32100元,增长6.3%。",
         F("income_pc", 2023, "FY", 45600, "元", region="常山"), F("income_urban_pc", 2023, "FY", 58200, "元", 4.2, region="常山"),
         F("income_rural_pc", 2023, "FY", 32100, "元", 6.3, region="常山"), region="常山", pub="2024-01-25"),
    # near misses: 城镇 and 农村 as the kinds of place of other figures (jobs, unemployment, roads, urbanisation)
    # and as the parts of retail sales
    case("bare-town-jobs-not-income", "2023年,全县居民人均可支配收入增长6.1%,城镇新增就业1.2万人,城镇登记失业率控制在3.1%以内,新改建农村公路150公里。",
         F("income_pc", 2023, "FY", yoy=6.1, region="常山"), region="常山", pub="2024-01-25"),
    case("bare-town-retail-parts", "2023年,全县社会消费品零售总额增长7.1%,其中城镇增长6.8%,农村增长8.2%。",
         F("retail_sales", 2023, "FY", yoy=7.1, region="常山"), region="常山", pub="2024-01-25"),
    # the words that set a plan for the metric (年初确定的, 年度下达的, 年初省里下达的) before its target met, then the
    # year's actual rate: the whole region's, no sector's (the target's rate stays out)
    case("plan-set-words-gdp", "年初确定的地区生产总值增长7%的目标顺利完成,全年实际增长7.3%。",
         F("gdp", 2023, "FY", yoy=7.3, region="遂昌"), region="遂昌", pub="2024-01-18"),
    case("plan-set-words-issued", "年度下达的一般公共预算收入增长5%的任务圆满完成,全年实际增长5.8%。",
         F("fiscal_revenue_general", 2023, "FY", yoy=5.8, region="松阳"), region="松阳", pub="2024-01-18"),
    case("plan-set-words-province", "年初省里下达的规上工业增加值增长8%的目标超额完成,全年增长9.2%。",
         F("industrial_value_added", 2021, "FY", yoy=9.2, region="缙云"), region="缙云", pub="2022-01-18"),
    # near misses: the target alone gives nothing; a plan's projects named after the words stay a project's
    case("plan-set-words-target-alone", "年初确定的地区生产总值增长7%左右的目标。", region="遂昌", pub="2024-01-18"),
    case("plan-set-words-projects", "今年确定的重点项目完成投资85.2亿元,增长12.1%。", region="遂昌", pub="2024-11-18"),
    # another time's level after a metric's figures, its metric left out (…增长6.9%;2022年为570.1亿元,增长3.5%; …,一季度为…):
    # that time's level of the metric
    case("ref-level-year-with-rate", "2023年,全县地区生产总值612.3亿元,增长6.9%;2022年为570.1亿元,增长3.5%。",
         F("gdp", 2023, "FY", 612.3, "亿元", 6.9, region="安吉"), F("gdp", 2022, "FY", 570.1, "亿元", 3.5, region="安吉"),
         region="安吉", pub="2024-01-25"),
    case("ref-level-year-fiscal", "2023年,全县一般公共预算收入65.1亿元;2022年为60.7亿元。",
         F("fiscal_revenue_general", 2023, "FY", 65.1, "亿元", region="长兴"),
         F("fiscal_revenue_general", 2022, "FY", 60.7, "亿元", region="长兴"), region="长兴", pub="2024-01-25"),
    case("ref-level-quarter", "上半年,全区地区生产总值297.6亿元,增长6.2%,一季度为140.2亿元,增长5.8%。",
         F("gdp", 2024, "H1", 297.6, "亿元", 6.2, region="南浔"), F("gdp", 2024, "Q1", 140.2, "亿元", 5.8, region="南浔"),
         region="南浔", pub="2024-07-25"),
    # near misses: another year's bare rate (no level of the same unit), and a named part's level after a year
    case("ref-level-year-rate-only", "2023年,全县地区生产总值612.3亿元,增长6.9%,2019年为3.5%。",
         F("gdp", 2023, "FY", 612.3, "亿元", 6.9, region="安吉"), region="安吉", pub="2024-01-25"),
    case("ref-level-year-part-named", "2023年,全县规上工业总产值1250亿元,2022年新投产项目为85亿元。",
         F("industrial_output", 2023, "FY", 1250, "亿元", region="安吉"), region="安吉", pub="2024-01-25"),
    # items of six characters that share the metric's head (城镇常住居民和农村常住居民人均可支配收入): each its own
    # metric, the region's (not the whole residents' income, nor a town's)
    case("shared-head-six-chars-and", "2023年,全县城镇常住居民和农村常住居民人均可支配收入分别达到58562元和33876元,比上年分别增长4.9%和7.1%。",
         F("income_urban_pc", 2023, "FY", 58562, "元", 4.9, region="景宁"), F("income_rural_pc", 2023, "FY", 33876, "元", 7.1, region="景宁"),
         region="景宁", pub="2024-01-25"),
    case("shared-head-six-chars-comma", "去年,城镇常住居民、农村常住居民人均可支配收入分别为51230元、29870元,分别增长4.6%、6.8%。",
         F("income_urban_pc", 2022, "FY", 51230, "元", 4.6, region="云和"), F("income_rural_pc", 2022, "FY", 29870, "元", 6.8, region="云和"),
         region="云和", pub="2023-01-20"),
    case("shared-head-six-chars-rates", "2020年,城镇常住居民与农村常住居民人均可支配收入分别增长4.1%和6.9%。",
         F("income_urban_pc", 2020, "FY", yoy=4.1, region="庆元"), F("income_rural_pc", 2020, "FY", yoy=6.9, region="庆元"),
         region="庆元", pub="2021-01-25"),
    # near miss: sectors listed before a shared head (高新技术产业和战略性新兴产业增加值) name no metric of ours
    case("shared-head-sectors-nothing", "2023年,高新技术产业和战略性新兴产业增加值分别增长12.1%和9.8%。", region="庆元", pub="2024-01-25"),
    # the residents' income named, then its populations' figures right after it (居民人均可支配收入城镇…、农村…):
    # the region's urban and rural income, no sector's (the metric named is the one the populations are read in)
    case("income-then-populations-bare", "2022年,全县居民人均可支配收入城镇58200元、农村32100元,分别增长4.2%、6.3%。",
         F("income_urban_pc", 2022, "FY", 58200, "元", 4.2, region="泰顺"), F("income_rural_pc", 2022, "FY", 32100, "元", 6.3, region="泰顺"),
         region="泰顺", pub="2023-01-20"),
    case("income-then-populations-resident", "2022年,居民人均可支配收入城镇常住居民51200元、农村常住居民28600元。",
         F("income_urban_pc", 2022, "FY", 51200, "元", region="文成"), F("income_rural_pc", 2022, "FY", 28600, "元", region="文成"),
         region="文成", pub="2023-01-20"),
    case("income-then-populations-verbs", "2021年,全区居民人均可支配收入城镇居民达到61200元,农村居民达到38900元。",
         F("income_urban_pc", 2021, "FY", 61200, "元", region="洞头"), F("income_rural_pc", 2021, "FY", 38900, "元", region="洞头"),
         region="洞头", pub="2022-01-20"),
    # near miss: retail sales named, then 城镇 / 农村: no income (out of its context), nothing
    case("retail-then-populations-nothing", "2022年,全县社会消费品零售总额城镇86.2亿元、农村20.1亿元。", region="泰顺", pub="2023-01-20"),
    # a list of starting levels after one dated start, then a list of ending levels after one dated end (分别从2015年的
    # A、B增长到2020年的C、D): each listed level takes the list's year, not the span the first change set after it
    case("span-list-dated-income", "城乡居民人均可支配收入分别从2015年的32100元、16500元增长到2020年的45200元、24800元。",
         F("income_urban_pc", 2015, "FY", 32100, "元", region="平阳"), F("income_rural_pc", 2015, "FY", 16500, "元", region="平阳"),
         F("income_urban_pc", 2020, "FY", 45200, "元", region="平阳"), F("income_rural_pc", 2020, "FY", 24800, "元", region="平阳"),
         region="平阳", pub="2021-01-20"),
    case("span-list-dated-fiscal", "财政总收入、一般公共预算收入分别由2016年的18.1亿元、10.2亿元增加到2021年的30.5亿元、17.6亿元。",
         F("fiscal_revenue_total", 2016, "FY", 18.1, "亿元", region="苍南"), F("fiscal_revenue_general", 2016, "FY", 10.2, "亿元", region="苍南"),
         F("fiscal_revenue_total", 2021, "FY", 30.5, "亿元", region="苍南"), F("fiscal_revenue_general", 2021, "FY", 17.6, "亿元", region="苍南"),
         region="苍南", pub="2022-01-20"),
    case("span-list-dated-trade", "五年来,进出口总额、出口总额分别从2015年的85.2亿元、70.1亿元增加到2020年的120.5亿元、101.3亿元。",
         F("trade_total", 2015, "FY", 85.2, "亿元", region="永嘉"), F("exports", 2015, "FY", 70.1, "亿元", region="永嘉"),
         F("trade_total", 2020, "FY", 120.5, "亿元", region="永嘉"), F("exports", 2020, "FY", 101.3, "亿元", region="永嘉"),
         region="永嘉", pub="2021-01-20"),
    # near miss: listed levels that each name their own year keep it
    case("span-list-own-years", "全县地区生产总值由2015年的120.3亿元、2016年的131.2亿元增长到2020年的203.5亿元。",
         F("gdp", 2015, "FY", 120.3, "亿元", region="永嘉"), F("gdp", 2016, "FY", 131.2, "亿元", region="永嘉"),
         F("gdp", 2020, "FY", 203.5, "亿元", region="永嘉"), region="永嘉", pub="2021-01-20"),
    # over a span (五年来), a starting level dated by its own year (由2016年的…) rising to a level with no year: the start
    # is its year's level, the end the span's last year's; also for listed metrics with 分别 after the starts, and
    # after a plan's last year (由“十二五”末的…、…分别增加到…)
    case("dated-start-span-end-undated", "五年来,财政总收入由2016年的18.1亿元增加到30.5亿元,年均增长11%。",
         F("fiscal_revenue_total", 2016, "FY", 18.1, "亿元", region="瑞安"), F("fiscal_revenue_total", 2020, "FY", 30.5, "亿元", region="瑞安"),
         region="瑞安", pub="2021-01-20"),
    case("dated-start-listed-metrics", "过去五年,财政总收入、一般公共预算收入从2015年的18.1亿元、10.2亿元分别增加到30.5亿元、17.6亿元。",
         F("fiscal_revenue_total", 2015, "FY", 18.1, "亿元", region="乐清"), F("fiscal_revenue_general", 2015, "FY", 10.2, "亿元", region="乐清"),
         F("fiscal_revenue_total", 2020, "FY", 30.5, "亿元", region="乐清"), F("fiscal_revenue_general", 2020, "FY", 17.6, "亿元", region="乐清"),
         region="乐清", pub="2021-01-20"),
    case("plan-end-start-listed-metrics", "五年来,财政总收入、一般公共预算收入由“十二五”末的18.1亿元、10.2亿元分别增加到30.5亿元、17.6亿元。",
         F("fiscal_revenue_total", 2015, "FY", 18.1, "亿元", region="乐清"), F("fiscal_revenue_general", 2015, "FY", 10.2, "亿元", region="乐清"),
         F("fiscal_revenue_total", 2020, "FY", 30.5, "亿元", region="乐清"), F("fiscal_revenue_general", 2020, "FY", 17.6, "亿元", region="乐清"),
         region="乐清", pub="2021-01-20"),
    case("dated-start-income-pair", "五年来,城乡居民人均可支配收入由2015年的32100元、16500元分别增加到45200元、24800元。",
         F("income_urban_pc", 2015, "FY", 32100, "元", region="文成"), F("income_rural_pc", 2015, "FY", 16500, "元", region="文成"),
         F("income_urban_pc", 2020, "FY", 45200, "元", region="文成"), F("income_rural_pc", 2020, "FY", 24800, "元", region="文成"),
         region="文成", pub="2021-01-20"),
    # near misses: an end that names its own year keeps both levels their own years'; a planned end leaves the start alone
    case("dated-start-dated-end-span", "五年来,全县地区生产总值从2015年的120.3亿元增长到2020年的203.5亿元。",
         F("gdp", 2015, "FY", 120.3, "亿元", region="瑞安"), F("gdp", 2020, "FY", 203.5, "亿元", region="瑞安"),
         region="瑞安", pub="2021-01-20"),
    case("dated-start-planned-end", "过去五年发展成绩\n经济实力稳步提升\n地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元。",
         F("gdp", 2011, "FY", 1.24, "万亿元", region="广州"), region="广州", pub="2017-01-07"),
    # with no span in force (or one the scanner does not read, “十四五”以来), a dated start rising to a level with no
    # year: the start its own year's level, the end the year in force's
    case("dated-start-no-span", "财政总收入由2015年的18.1亿元增加到30.5亿元。",
         F("fiscal_revenue_total", 2015, "FY", 18.1, "亿元", region="玉环"), F("fiscal_revenue_total", 2020, "FY", 30.5, "亿元", region="玉环"),
         region="玉环", pub="2021-01-20"),
    case("dated-start-plan-since", "“十四五”以来,全县规上工业总产值由2020年的350亿元增加到512亿元。",
         F("industrial_output", 2020, "FY", 350, "亿元", region="三门"), F("industrial_output", 2023, "FY", 512, "亿元", region="三门"),
         region="三门", pub="2024-01-20"),
    case("dated-start-raised-to", "一般公共预算收入从2018年的9.6亿元提高到15.2亿元。",
         F("fiscal_revenue_general", 2018, "FY", 9.6, "亿元", region="天台"), F("fiscal_revenue_general", 2022, "FY", 15.2, "亿元", region="天台"),
         region="天台", pub="2023-01-15"),
    # near miss: a planned end (预计增加到) is a forecast, the start stays its year's level
    case("dated-start-forecast-end", "全县规上工业总产值由2020年的350亿元预计增加到600亿元。",
         F("industrial_output", 2020, "FY", 350, "亿元", region="三门"), region="三门", pub="2023-01-15"),
]
REAL49_CASES = [
    # a frame that names where the figures come from (来自市统计局的数据显示, 来自海关的消息表明) opens the sentence:
    # no part (来自 names a part only of what it qualifies: 来自港澳台的外资)
    case("source-from-bureau-data", "来自市统计局的数据显示,前三季度全市进出口总额812.4亿元,同比增长6.1%。",
         F("trade_total", 2021, "Q1-Q3", 812.4, "亿元", 6.1, region="潍坊"), region="潍坊", pub="2021-10-24"),
    case("source-from-customs-news", "来自海关的消息表明,1-8月宜昌外贸出口143.6亿元,增长12.5%。",
         F("exports", 2022, "M1-M8", 143.6, "亿元", 12.5, region="宜昌"), region="宜昌", pub="2022-09-20"),
    case("source-from-county-department", "来自县统计部门的最新统计显示,上半年全县地区生产总值186.3亿元,同比增长7.9%。",
         F("gdp", 2019, "H1", 186.3, "亿元", 7.9, region="安溪"), region="安溪", pub="2019-07-25"),
    case("source-from-near-miss-part", "上半年,来自港澳台地区的实际利用外资3.2亿美元,增长5%。", region="东莞", pub="2019-08-01"),
    # a note defining the size class printed in brackets inside the metric's name (规模以上(年主营业务收入2000万元及
    # 以上)工业增加值): the name reads whole
    case("size-note-inside-name", "1-8月,全市规模以上(年主营业务收入2000万元以上)工业增加值326.5亿元,同比增长9.1%。",
         F("industrial_value_added", 2012, "M1-M8", 326.5, "亿元", 9.1, region="漳州"), region="漳州", pub="2012-09-20"),
    case("size-note-after-industry", "一季度,全县规上工业(年主营业务收入500万元以上企业)实现增加值12.4亿元,增长15.2%。",
         F("industrial_value_added", 2011, "Q1", 12.4, "亿元", 15.2, region="信丰"), region="信丰", pub="2011-04-20"),
    case("size-note-after-firms",
         "今年前三季度,全市规模以上工业企业(年主营业务收入达2000万元以上)实现工业增加值215.3亿元,同比增长10.8%。",
         F("industrial_value_added", 2012, "Q1-Q3", 215.3, "亿元", 10.8, region="株洲"), region="株洲", pub="2012-10-25"),
    case("size-note-near-miss-trade-class", "1-8月,全市限额以上(年主营业务收入2000万元及以上)批发业销售额增长9%。",
         region="漳州", pub="2012-09-20"),
    # a group of industries (战略性新兴产业, 首位产业, 支柱产业) named in a clause with no figure before a bare 增加值:
    # the group's figure, not the region's (the 新兴 of 新兴产业 is no place: 新兴县 is Guangdong's)
    case("industry-group-topic-emerging",
         "1-4月,全市规模以上工业增加值212.6亿元,同比增长11.4%。其中,战略性新兴产业势头强劲,实现增加值63.8亿元,增长18.2%。",
         F("industrial_value_added", 2014, "M1-M4", 212.6, "亿元", 11.4, region="芜湖"), region="芜湖", pub="2014-05-20"),
    case("industry-group-topic-new-district", "上半年,全区规上工业增加值增长9.1%。其中,新兴产业发展较快,实现增加值38.2亿元,增长15.6%。",
         F("industrial_value_added", 2016, "H1", yoy=9.1, region="南海"), region="南海", pub="2016-07-20"),
    case("industry-group-topic-leading", "1-5月,全市规模以上工业增加值同比增长8.3%。其中,首位产业加快壮大,实现增加值88.6亿元,增长13.5%。",
         F("industrial_value_added", 2018, "M1-M5", yoy=8.3, region="赣州"), region="赣州", pub="2018-06-20"),
    case("industry-group-topic-near-miss-region-after", "上半年全市新兴产业加快集聚,全市规上工业增加值同比增长7.7%。",
         F("industrial_value_added", 2019, "H1", yoy=7.7, region="合肥"), region="合肥", pub="2019-07-25"),
    # 该市 after the city named in full (长沙市统计局…该市) in an article filed under its short name: the article's
    # own region (长沙, not a second row for 长沙市 beside the headline's)
    case("own-city-anaphor-headline-gdp", "长沙上半年GDP达6018.5亿元\n记者从长沙市统计局获悉,上半年该市地区生产总值6018.5亿元,同比增长4.6%。",
         F("gdp", 2023, "H1", 6018.5, "亿元", 4.6, region="长沙"), region="长沙", pub="2023-07-25"),
    case("own-city-anaphor-headline-retail",
         "芜湖前三季度社会消费品零售总额1021.3亿元\n据芜湖市统计局消息,前三季度该市社会消费品零售总额1021.3亿元,同比增长7.2%。",
         F("retail_sales", 2022, "Q1-Q3", 1021.3, "亿元", 7.2, region="芜湖"), region="芜湖", pub="2022-10-28"),
    case("own-city-anaphor-headline-rate", "株洲上半年规模工业增加值增长9.2%\n据株洲市统计局消息,上半年该市规模工业增加值同比增长9.2%。",
         F("industrial_value_added", 2021, "H1", yoy=9.2, region="株洲"), region="株洲", pub="2021-07-28"),
    case("own-city-anaphor-near-miss-county", "长沙县统计局发布数据显示,上半年该县地区生产总值1001.2亿元,增长5.1%。",
         F("gdp", 2023, "H1", 1001.2, "亿元", 5.1, region="长沙县"), region="长沙县", pub="2023-07-25"),
    case("own-city-anaphor-near-miss-other-city", "据醴陵市统计局消息,上半年该市地区生产总值320.5亿元,增长6.3%。",
         F("gdp", 2023, "H1", 320.5, "亿元", 6.3, region="醴陵"), region="株洲", pub="2023-07-25"),
    # the rate of an earlier period of the year, compared right after the slot's own rate (…增长2.1%,由一季度的下降
    # 3.2%转为正增长; …,比上半年的4.2%加快…): a fact of that period
    case("earlier-period-rate-turned-positive", "1-6月,全市规模以上工业增加值增长1.4%,由一季度的下降6.8%转为正增长。",
         F("industrial_value_added", 2020, "H1", yoy=1.4, region="襄阳"),
         F("industrial_value_added", 2020, "Q1", yoy=-6.8, region="襄阳"), region="襄阳", pub="2020-07-28"),
    case("earlier-period-rate-comma-bi", "前三季度,全市固定资产投资增长6.5%,比上半年的4.2%加快2.3个百分点。",
         F("fixed_asset_investment", 2021, "Q1-Q3", yoy=6.5, region="洛阳"),
         F("fixed_asset_investment", 2021, "H1", yoy=4.2, region="洛阳"), region="洛阳", pub="2021-10-30"),
    case("earlier-period-rate-comma-jiao", "1-5月,全县社会消费品零售总额增长8.8%,较一季度的7.1%提高1.7个百分点。",
         F("retail_sales", 2023, "M1-M5", yoy=8.8, region="临沭"),
         F("retail_sales", 2023, "Q1", yoy=7.1, region="临沭"), region="临沭", pub="2023-06-20"),
    case("earlier-period-rate-zhuanzheng", "上半年,全区规上工业增加值增长0.8%,由1-5月的下降1.5%转正。",
         F("industrial_value_added", 2020, "H1", yoy=0.8, region="南海"),
         F("industrial_value_added", 2020, "M1-M5", yoy=-1.5, region="南海"), region="南海", pub="2020-07-25"),
    case("earlier-period-rate-near-miss-share", "上半年,全市规上工业增加值增长7.6%,占全省的12.3%。",
         F("industrial_value_added", 2020, "H1", yoy=7.6, region="泉州"), region="泉州", pub="2020-07-25"),
    # a place's own rate with 的 before it, compared right after the slot's rate (…增长9.6%,比全省的8.7%高0.9个百分点;
    # 较全市平均水平的9.5%快…): that place's rate of the same metric and period
    case("compared-place-of-rate-province", "前三季度,全市规上工业增加值增长9.6%,比全省的8.7%高0.9个百分点。",
         F("industrial_value_added", 2019, "Q1-Q3", yoy=9.6, region="赣州"),
         F("industrial_value_added", 2019, "Q1-Q3", yoy=8.7, region="江西"), region="赣州", pub="2019-10-25"),
    case("compared-place-of-rate-city-average", "上半年,全县固定资产投资增长12.1%,较全市平均水平的9.5%快2.6个百分点。",
         F("fixed_asset_investment", 2019, "H1", yoy=12.1, region="信丰"),
         F("fixed_asset_investment", 2019, "H1", yoy=9.5, region="赣州"), region="信丰", pub="2019-07-25"),
    case("compared-place-of-rate-named-city", "上半年,东莞GDP增长7.4%,比广州的6.9%快0.5个百分点。",
         F("gdp", 2019, "H1", yoy=7.4, region="东莞"), F("gdp", 2019, "H1", yoy=6.9, region="广州"),
         region="东莞", pub="2019-07-25"),
    case("compared-place-of-rate-near-miss-no-rate", "前三季度,全市规上工业增加值增长9.6%,比全省的增速高0.9个百分点。",
         F("industrial_value_added", 2019, "Q1-Q3", yoy=9.6, region="赣州"), region="赣州", pub="2019-10-25"),
    # a metric framed by a set of places (五区GDP中, 各县市区规上工业增加值中) before the places with their figures:
    # each place's figure of that metric (not a sector frame such as 第三产业中, whose parts are industries)
    case("place-set-frame-levels-list", "上半年,五区GDP中,禅城区905.2亿元、高明区410.6亿元,分别增长2.1%和1.4%。",
         F("gdp", 2021, "H1", 905.2, "亿元", 2.1, region="禅城"), F("gdp", 2021, "H1", 410.6, "亿元", 1.4, region="高明"),
         region="佛山", pub="2021-07-30"),
    case("place-set-frame-clauses", "前三季度,各区GDP中,黄岛区2986.4亿元,增长5.2%;城阳区1215.7亿元,增长4.6%。",
         F("gdp", 2023, "Q1-Q3", 2986.4, "亿元", 5.2, region="黄岛"), F("gdp", 2023, "Q1-Q3", 1215.7, "亿元", 4.6, region="城阳"),
         region="青岛", pub="2023-10-30"),
    case("place-set-frame-rates", "前三季度,各县市区规上工业增加值中,宜都市增长12.1%,枝江市增长10.4%。",
         F("industrial_value_added", 2022, "Q1-Q3", yoy=12.1, region="宜都"),
         F("industrial_value_added", 2022, "Q1-Q3", yoy=10.4, region="枝江"), region="宜昌", pub="2022-10-30"),
    case("place-set-frame-near-miss-sector", "前三季度,第三产业中,批发和零售业增加值增长5.1%。", region="宜昌", pub="2022-10-30"),
    # an average rate (两年平均增长…, 年均增长…) between the slot's rate and a later period's (…;6月当月增长…): no
    # other figure parting them, the later rate is the same metric's for its period
    case("average-between-month-rate", "上半年,全市规上工业增加值同比增长28.6%,两年平均增长15.7%;6月当月增长19.8%。",
         F("industrial_value_added", 2021, "H1", yoy=28.6, region="合肥"),
         F("industrial_value_added", 2021, "M6", yoy=19.8, region="合肥"), region="合肥", pub="2021-07-23"),
    case("average-between-month-fai", "1-5月,全县固定资产投资增长31.2%,两年平均增长9.4%,5月份增长12.6%。",
         F("fixed_asset_investment", 2021, "M1-M5", yoy=31.2, region="肥西"),
         F("fixed_asset_investment", 2021, "M5", yoy=12.6, region="肥西"), region="肥西", pub="2021-06-20"),
    case("average-between-annual-quarter", "2021年,全区地区生产总值增长9.1%,年均增长6.8%,四季度增长5.2%。",
         F("gdp", 2021, "FY", yoy=9.1, region="黄陂"), F("gdp", 2021, "Q4", yoy=5.2, region="黄陂"),
         region="黄陂", pub="2022-01-23"),
    case("average-between-near-miss-other-figure", "一季度,全市GDP增长18.2%,两年平均增长6.1%;固定资产投资增长25.3%。",
         F("gdp", 2021, "Q1", yoy=18.2, region="潍坊"), F("fixed_asset_investment", 2021, "Q1", yoy=25.3, region="潍坊"),
         region="潍坊", pub="2021-04-28"),
]


S21_CASES = [
    # a place's metric compared with another place (高于, 快于, 超过, 落后于), then a count of the two given one figure
    # each (两地分别, 两县分别, 两区, 两市): both places' figures, in the order named (before: nothing)
    case("counted-back-compared-higher", "上半年,海宁GDP增速高于桐乡,两地分别增长6.2%和5.4%。",
         F("gdp", 2024, "H1", yoy=6.2, region="海宁"), F("gdp", 2024, "H1", yoy=5.4, region="桐乡"),
         region="嘉兴", pub="2024-07-25"),
    case("counted-back-compared-faster", "前三季度,嘉善规上工业增加值增速快于海盐,两县分别增长9.6%、7.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.6, region="嘉善"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.1, region="海盐"), region="嘉兴", pub="2024-10-25"),
    case("counted-back-compared-districts", "1-8月,南湖区固定资产投资增幅超过秀洲区,两区分别增长12.3%和8.8%。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=12.3, region="南湖"),
         F("fixed_asset_investment", 2024, "M1-M8", yoy=8.8, region="秀洲"), region="嘉兴", pub="2024-09-20"),
    case("counted-back-compared-behind", "一季度,平湖外贸出口增速落后于海宁,两市分别增长4.2%和7.5%。",
         F("exports", 2024, "Q1", yoy=4.2, region="平湖"), F("exports", 2024, "Q1", yoy=7.5, region="海宁"),
         region="嘉兴", pub="2024-04-25"),
    case("counted-back-compared-levels", "上半年,桐乡GDP总量首次超过海宁,两地分别达到652.1亿元和648.3亿元。",
         F("gdp", 2024, "H1", 652.1, "亿元", region="桐乡"), F("gdp", 2024, "H1", 648.3, "亿元", region="海宁"),
         region="嘉兴", pub="2024-07-25"),
    # the near misses: ranks, not figures, after the count; a place's average compared with (全市: no named place);
    # the slot's own rate before the comparison (the count's ranks give nothing more)
    case("counted-back-ranks-only", "上半年,海宁GDP增速高于桐乡,两地分别位列全市第一和第二。", region="嘉兴", pub="2024-07-25"),
    case("counted-back-average-compared", "上半年,海宁GDP增速高于全市平均,两地分别增长6.2%和5.4%。",
         region="嘉兴", pub="2024-07-25"),
    case("counted-back-after-own-rate", "上半年,海宁GDP增长6.2%,增速高于桐乡,两市分别居全市第一、第三位。",
         F("gdp", 2024, "H1", yoy=6.2, region="海宁"), region="嘉兴", pub="2024-07-25"),
    # the second item of residents' income (城镇居民, 农村居民, 城镇常住居民…: read in the context of the whole) after a
    # semicolon, once the first item made its figure; or the items right after a breakdown the sentence opens with
    # (按常住地分, 分城乡看): each its own (before, the item after the semicolon, or both after the breakdown, were lost)
    case("income-items-semicolon", "前三季度,全市全体居民人均可支配收入52360元,增长5.4%。其中,城镇居民59870元,增长4.8%;农村居民43120元,增长6.0%。",
         F("income_pc", 2024, "Q1-Q3", 52360, "元", 5.4, region="平湖"),
         F("income_urban_pc", 2024, "Q1-Q3", 59870, "元", 4.8, region="平湖"),
         F("income_rural_pc", 2024, "Q1-Q3", 43120, "元", 6.0, region="平湖"), region="平湖", pub="2024-10-28"),
    case("income-items-rural-first", "上半年,全县居民人均可支配收入35120元,增长5.9%。其中,农村居民28640元,增长6.8%;城镇居民41350元,增长5.1%。",
         F("income_pc", 2024, "H1", 35120, "元", 5.9, region="安吉"),
         F("income_rural_pc", 2024, "H1", 28640, "元", 6.8, region="安吉"),
         F("income_urban_pc", 2024, "H1", 41350, "元", 5.1, region="安吉"), region="安吉", pub="2024-07-30"),
    case("income-items-full-then-bare", "2023年,全区城镇常住居民人均可支配收入78450元,增长4.6%;农村常住居民51230元,增长6.2%。",
         F("income_urban_pc", 2023, "FY", 78450, "元", 4.6, region="鄞州"),
         F("income_rural_pc", 2023, "FY", 51230, "元", 6.2, region="鄞州"), region="鄞州", pub="2024-02-05"),
    case("income-items-by-residence", "一季度,全市居民人均可支配收入18230元,增长5.2%。按常住地分,城镇居民21560元,增长4.7%;农村居民14120元,增长6.3%。",
         F("income_pc", 2024, "Q1", 18230, "元", 5.2, region="衢州"),
         F("income_urban_pc", 2024, "Q1", 21560, "元", 4.7, region="衢州"),
         F("income_rural_pc", 2024, "Q1", 14120, "元", 6.3, region="衢州"), region="衢州", pub="2024-04-25"),
    case("income-items-by-town-country", "上半年,全县居民人均可支配收入29860元,增长6.0%。分城乡看,城镇常住居民36420元,增长5.3%;农村常住居民23150元,增长6.9%。",
         F("income_pc", 2024, "H1", 29860, "元", 6.0, region="开化"),
         F("income_urban_pc", 2024, "H1", 36420, "元", 5.3, region="开化"),
         F("income_rural_pc", 2024, "H1", 23150, "元", 6.9, region="开化"), region="开化", pub="2024-07-30"),
    # the near misses: residents' spending with the same items (no metric of the catalog); the place kinds' other
    # figures (城镇新增就业, 农村居民…人); an older name of rural income after the urban one (人均纯收入: not this item)
    case("income-items-spending", "前三季度,全市居民人均消费支出31250元,增长6.1%。其中,城镇居民36520元,增长5.2%;农村居民24310元,增长7.3%。",
         region="平湖", pub="2024-10-28"),
    case("income-items-other-figures", "前三季度,全市居民人均可支配收入52360元,增长5.4%。城镇新增就业1.2万人;农村居民4320人实现转移就业。",
         F("income_pc", 2024, "Q1-Q3", 52360, "元", 5.4, region="平湖"), region="平湖", pub="2024-10-28"),
    case("income-items-net-income", "2009年,全县城镇居民人均可支配收入25630元,农村居民人均纯收入11280元,分别增长9.6%和10.8%。",
         F("income_urban_pc", 2009, "FY", 25630, "元", 9.6, region="平湖"), region="平湖", pub="2010-02-10"),
    # a range of rates (在a%至b%之间, 在a%-b%之间, 在a%到b%之间, a%~b%区间): no one figure, of a set of places or of the
    # region itself (before, the lower end was read as a rate: a false row next to the region's own)
    case("rate-range-of-counties", "上半年,全市实现社会消费品零售总额1189.3亿元,增长5.2%,各县(市、区)社零增速在3.8%至7.1%之间。",
         F("retail_sales", 2024, "H1", 1189.3, "亿元", 5.2, region="嘉兴"), region="嘉兴", pub="2024-07-28"),
    case("rate-range-own", "上半年,全县规上工业增加值增速在8%至9%之间。", region="德清", pub="2024-07-28"),
    case("rate-range-hyphen", "1-8月,全市规上工业增加值增长7.4%,各区县增速在2.1%-9.6%之间。",
         F("industrial_value_added", 2024, "M1-M8", yoy=7.4, region="湖州"), region="湖州", pub="2024-09-20"),
    case("rate-range-dao", "一季度,全区固定资产投资增幅在5%到6%区间。", region="柯桥", pub="2024-04-20"),
    # the near misses: a bound (在8%以上) after the rate; a rate then a range of another thing
    case("rate-range-bound-only", "上半年,全市规上工业增加值增长8.9%,增速保持在8%以上。",
         F("industrial_value_added", 2024, "H1", yoy=8.9, region="湖州"), region="湖州", pub="2024-07-28"),
    # a rate named after it with a word of manner between 的 and the growth word (实现了6.2%的较快增长, 快速增长, 平稳增长,
    # 稳定增长): the metric's rate (before, lost); the near miss: the same words naming a target (…增长目标)
    case("rate-named-manner-faster", "上半年,全县GDP实现了6.2%的较快增长,规上工业增加值实现9.1%的增长。",
         F("gdp", 2024, "H1", yoy=6.2, region="海盐"), F("industrial_value_added", 2024, "H1", yoy=9.1, region="海盐"),
         region="海盐", pub="2024-07-28"),
    case("rate-named-manner-rapid", "一季度,全区规上工业增加值实现了12.3%的快速增长。",
         F("industrial_value_added", 2024, "Q1", yoy=12.3, region="上虞"), region="上虞", pub="2024-04-28"),
    case("rate-named-manner-steady", "1-5月,全区固定资产投资保持了8.6%的平稳增长。",
         F("fixed_asset_investment", 2024, "M1-M5", yoy=8.6, region="上虞"), region="上虞", pub="2024-06-20"),
    case("rate-named-manner-stable", "前三季度,全县社会消费品零售总额取得了7.4%的稳定增长。",
         F("retail_sales", 2024, "Q1-Q3", yoy=7.4, region="新昌"), region="新昌", pub="2024-10-28"),
    case("rate-named-manner-target", "今年,全县GDP要实现6.2%的较快增长目标。", region="新昌", pub="2024-02-28"),
    # 年初至今 (今年年初至今, 今年初至今): the months of this year so far, as 今年以来 (before, no period: lost); after a
    # year (2019年年初至今, 2019年初以来): a run of years to now, no year's figure (before, 2019's)
    case("ytd-so-far", "年初至今,全县完成固定资产投资98.6亿元,同比增长5.2%。",
         F("fixed_asset_investment", 2024, "M1-M10", 98.6, "亿元", 5.2, region="海盐"), region="海盐", pub="2024-11-20"),
    case("ytd-so-far-this-year", "今年年初至今,全市规上工业增加值同比增长8.4%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.4, region="绍兴"), region="绍兴", pub="2024-06-12"),
    case("ytd-so-far-short", "今年初至今,全区社会消费品零售总额达到86.3亿元,增长6.1%。",
         F("retail_sales", 2024, "M1-M8", 86.3, "亿元", 6.1, region="越城"), region="越城", pub="2024-09-15"),
    case("since-year-so-far", "自2019年年初至今,全县累计完成固定资产投资560亿元。", region="海盐", pub="2024-11-20"),
    case("since-year-start", "2019年初以来,全县累计完成固定资产投资560亿元。", region="海盐", pub="2024-11-20"),
    # the whole city or county by a longer word (全大市, 全市域, 全县域): the region's own figures (before, read as a
    # sector's: the unknown noun before the verb taken for a topic)
    case("whole-city-da", "上半年,全大市实现地区生产总值3625.4亿元,同比增长6.1%。",
         F("gdp", 2024, "H1", 3625.4, "亿元", 6.1, region="苏州"), region="苏州", pub="2024-07-28"),
    case("whole-city-area", "1-8月,全市域固定资产投资同比增长7.2%。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=7.2, region="无锡"), region="无锡", pub="2024-09-20"),
    case("whole-county-area", "前三季度,全县域规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.1, region="海盐"), region="海盐", pub="2024-10-28"),
    # the near miss: a county's word in a city's article stays a part (全县域 of 嘉兴: not the city's)
    case("whole-county-area-in-city", "前三季度,全县域规上工业增加值增长9.1%。", region="嘉兴", pub="2024-10-28"),
    # GDP printed in lower case (gdp, gdp总量, 地区gdp: web pages' spelling) is GDP (before, no metric); the near
    # miss: the letters inside a web address name nothing
    case("gdp-lower-case", "上半年,我县gdp完成156.3亿元,同比增长7.1%。",
         F("gdp", 2024, "H1", 156.3, "亿元", 7.1, region="海盐"), region="海盐", pub="2024-11-20"),
    case("gdp-lower-case-total", "2023年,全县gdp总量达到1023.5亿元,比上年增长5.9%。",
         F("gdp", 2023, "FY", 1023.5, "亿元", 5.9, region="慈溪"), region="慈溪", pub="2024-02-20"),
    case("gdp-lower-case-regional", "一季度,全区地区gdp同比增长6.2%。",
         F("gdp", 2024, "Q1", yoy=6.2, region="江北"), region="江北", pub="2024-04-25"),
    case("gdp-lower-case-web-address", "详见www.gdpnews.cn,全县新增企业120家。", region="海盐", pub="2024-11-20"),
]


REAL51_CASES = [
    # a bulletin's numbered section heading run into the first sentence of its section (a flattened page lost
    # the line break after it: 。一、综合全年…): the heading's words are no sector of the figure after it
    case("numbered-heading-run-in-general",
         "全县经济稳步提高。一、综合全年实现地区生产总值812.6亿元,比上年增长7.1%。",
         F("gdp", 2013, "FY", 812.6, "亿元", 7.1, region="海宁"), region="海宁", pub="2014-03-05"),
    case("numbered-heading-run-in-trade",
         "社会保持稳定。五、开放型经济全年完成外贸自营出口38.6亿美元,比上年增长11.2%。",
         F("exports", 2011, "FY", 38.6, "亿美元", 11.2, region="桐乡"), region="桐乡", pub="2012-02-20"),
    case("numbered-heading-run-in-income",
         "民生持续改善。八、人民生活全年城镇居民人均可支配收入38215元,比上年增长10.4%。",
         F("income_urban_pc", 2012, "FY", 38215, "元", 10.4, region="嘉善"), region="嘉善", pub="2013-03-01"),
    case("numbered-heading-run-in-bracketed",
         "外贸回稳向好。(四)对外经济 2013年进出口总额60.2亿美元,增长9.7%。",
         F("trade_total", 2013, "FY", 60.2, "亿美元", 9.7, region="金山"), region="金山", pub="2014-02-26"),
    # near misses: a heading that names a sector, a project set or a subset keeps its scope
    case("numbered-heading-run-in-sector-kept",
         "产业加快转型。三、高新技术产业全年完成工业总产值520.3亿元,比上年增长12.5%。", region="平湖", pub="2015-02-10"),
    case("numbered-heading-run-in-projects-kept",
         "项目推进有力。四、重点项目全年完成固定资产投资72.4亿元,比上年增长5.2%。", region="海盐", pub="2015-02-10"),
    case("numbered-heading-run-in-subset-kept",
         "活力不断增强。二、民营经济全年完成进出口总额72.4亿美元,比上年增长5.2%。", region="秀洲", pub="2015-02-10"),
    # 区级财政收入 (a Shanghai district's own general budget revenue) after its 财政总收入: 地方财政收入's place
    case("district-level-revenue-after-total",
         "全年实现财政总收入315.6亿元,比上年增长9.2%,其中区级财政收入118.3亿元,比上年增长11.4%。",
         F("fiscal_revenue_total", 2012, "FY", 315.6, "亿元", 9.2, region="松江"),
         F("fiscal_revenue_general", 2012, "FY", 118.3, "亿元", 11.4, region="松江"), region="松江", pub="2013-03-10"),
    case("district-level-revenue-pair",
         "1-9月,全区完成财政总收入212.4亿元和区级财政收入78.6亿元,同比分别增长7.2%和9.5%。",
         F("fiscal_revenue_total", 2014, "Q1-Q3", 212.4, "亿元", 7.2, region="青浦"),
         F("fiscal_revenue_general", 2014, "Q1-Q3", 78.6, "亿元", 9.5, region="青浦"), region="青浦", pub="2014-10-22"),
    case("district-level-revenue-rate-only", "今年上半年,区级财政收入同比增长6.3%。",
         F("fiscal_revenue_general", 2016, "H1", yoy=6.3, region="金山"), region="金山", pub="2016-07-20"),
    # near misses: the district's spending and its tax revenue are no metric of ours
    case("district-level-spending-none", "全年区级财政支出120.5亿元,比上年增长5.0%。", region="闵行", pub="2016-03-01"),
    case("district-level-tax-none", "全年完成区级税收收入88.2亿元,增长4.1%。", region="闵行", pub="2016-03-01"),
    # two metrics each with its amount joined by 和/及/与 (not 、): the first item is no scope of the second
    case("joined-items-fiscal-he",
         "全年完成财政总收入54.5亿元和地方财政收入30.7亿元,分别增长12.1%和13.5%。",
         F("fiscal_revenue_total", 2011, "FY", 54.5, "亿元", 12.1, region="德清"),
         F("fiscal_revenue_general", 2011, "FY", 30.7, "亿元", 13.5, region="德清"), region="德清", pub="2012-02-01"),
    case("joined-items-trade-ji", "2009年,全市实现进出口总额45.2亿美元及自营出口30.1亿美元。",
         F("trade_total", 2009, "FY", 45.2, "亿美元", region="平湖"), F("exports", 2009, "FY", 30.1, "亿美元", region="平湖"),
         region="平湖", pub="2010-01-15"),
    case("joined-items-named-place-yu", "前三季度,海宁市完成全社会固定资产投资210.3亿元与工业性投资118.6亿元。",
         F("fixed_asset_investment", 2012, "Q1-Q3", 210.3, "亿元", region="海宁"),
         F("industrial_investment", 2012, "Q1-Q3", 118.6, "亿元", region="海宁"), region="嘉兴", pub="2012-10-25"),
    # near misses: a sector or a project set named after the joiner keeps its scope
    case("joined-items-sector-kept", "全年完成规模以上工业总产值540.5亿元和高新技术产业增加值130.7亿元。",
         F("industrial_output", 2014, "FY", 540.5, "亿元", region="吴江"), region="吴江", pub="2015-01-20"),
    case("joined-items-projects-kept", "全年完成固定资产投资154.5亿元和重点项目投资30.7亿元。",
         F("fixed_asset_investment", 2014, "FY", 154.5, "亿元", region="太仓"), region="太仓", pub="2015-01-20"),
    # goods a quarantine bureau inspected or had declared for export (出口检验检疫货物, 出口报检货值): no exports
    case("inspected-goods-not-exports", "今年10月,绍兴地区出口检验检疫货物批次为18523批、货值4.2亿美元,同比分别增长6.3%和9.8%。",
         region="绍兴", pub="2010-11-12"),
    case("declared-goods-not-exports", "今年前三季度,宁波出口报检货物批次同比增长11.2%。", region="宁波", pub="2010-10-20"),
    case("inspected-goods-count-and-value", "10月份,全市出口检验检疫货物1.8万批、货值4.2亿美元,同比分别增长6.3%和9.8%。",
         region="绍兴", pub="2010-11-12"),
    case("inspected-goods-then-exports",
         "11月份,全市出口检验检疫货物2.5万批次,货值3.2亿美元,同比分别增长8.1%和12.1%;全市外贸出口4.6亿美元,增长9.2%。",
         F("exports", 2010, "M11", 4.6, "亿美元", 9.2, region="湖州"), region="湖州", pub="2010-12-10"),
    # an average rate over a run of months (平均降幅, 平均增幅, 月平均下降) is no period's growth
    case("average-fall-of-a-run", "受金融危机影响,全市外贸出口自去年10月起连续下滑,一年同比平均降幅15%左右。",
         region="嘉兴", pub="2009-11-20"),
    case("monthly-average-rise-then-cumulative",
         "全市外贸出口今年以来月度平均增幅仅1.2%,1-9月累计出口52.3亿美元,同比下降8.5%。",
         F("exports", 2009, "Q1-Q3", 52.3, "亿美元", -8.5, region="海宁"), region="海宁", pub="2009-10-20"),
    case("monthly-average-fall", "今年前8个月,全县规上工业总产值月平均下降6.2%。", region="平湖", pub="2009-09-15"),
    # near miss: the average a rate is compared with leaves the rate before it whole
    case("compared-average-rise-kept", "1-10月,全市社会消费品零售总额同比增长13.5%,高于全省平均增幅1.1个百分点。",
         F("retail_sales", 2012, "M1-M10", yoy=13.5, region="湖州"), region="湖州", pub="2012-11-20"),
    # a plan beaten (超年度计划6.9%, 超时序计划, 超序时计划) in a headline joined to the first sentence: no plan
    # of the figures after it
    case("plan-beaten-headline-joined",
         "全年工业保持较快增长超年度计划6.9%\n据最新统计,2010年,全区规模以上工业完成产值1326.5亿元,比去年增长26.6%。",
         F("industrial_output", 2010, "FY", 1326.5, "亿元", 26.6, region="青浦"), region="青浦", pub="2011-02-14"),
    case("plan-beaten-timed-heading",
         "前三季度财政收入超时序计划\n前三季度,全县完成财政总收入45.3亿元,同比增长21.2%。",
         F("fiscal_revenue_total", 2011, "Q1-Q3", 45.3, "亿元", 21.2, region="嘉善"), region="嘉善", pub="2011-10-20"),
    case("plan-beaten-run-in", "上半年投资超序时计划 全区完成全社会固定资产投资86.2亿元,同比增长18.5%。",
         F("fixed_asset_investment", 2011, "H1", 86.2, "亿元", 18.5, region="南湖"), region="南湖", pub="2011-07-20"),
    # near misses: a plan set (计划完成, 力争…超计划) is still a plan
    case("plan-set-still-target", "今年计划完成固定资产投资120亿元,增长15%。", region="秀洲", pub="2011-02-14"),
    case("plan-to-beat-still-target", "力争全年地区生产总值超计划增长9%。", region="秀洲", pub="2011-02-14"),
    # 超计划 between a metric and its verb (超计划完成, 超计划实现): the level the plan was beaten with
    case("beaten-plan-between-metric-and-level", "去年全县规上工业产值超计划完成1326.5亿元,增长26.6%。",
         F("industrial_output", 2011, "FY", 1326.5, "亿元", 26.6, region="嘉善"), region="嘉善", pub="2012-01-20"),
    case("beaten-plan-fiscal", "2010年,全县财政总收入超计划完成54.2亿元,同比增长25.1%。",
         F("fiscal_revenue_total", 2010, "FY", 54.2, "亿元", 25.1, region="海盐"), region="海盐", pub="2011-01-25"),
    case("beaten-plan-investment-shixian", "前三季度,全区固定资产投资超计划实现86.3亿元,增长12.2%。",
         F("fixed_asset_investment", 2012, "Q1-Q3", 86.3, "亿元", 12.2, region="南湖"), region="南湖", pub="2012-10-22"),
    # near miss: 计划完成 with no 超 is the plan
    case("plan-between-metric-and-level-target", "今年全县财政总收入计划完成60亿元。", region="海盐", pub="2012-01-20"),
    # a table row named with the older words 外贸自营出口 / 外贸自营进出口总额 (外贸 alone names no row's metric)
    case("table-row-trade-self-run-exports",
         "2010年1-11月平湖市主要经济指标\n指标名称 | 单位 | 1-11月 | 同比增长(%)\n规模以上工业总产值 | 亿元 | 812.5 | 28.3\n"
         "外贸自营出口 | 亿美元 | 28.6 | 35.2\n财政总收入 | 亿元 | 58.3 | 22.4",
         F("industrial_output", 2010, "M1-M11", 812.5, "亿元", 28.3, region="平湖"),
         F("exports", 2010, "M1-M11", 28.6, "亿美元", 35.2, region="平湖"),
         F("fiscal_revenue_total", 2010, "M1-M11", 58.3, "亿元", 22.4, region="平湖"), region="平湖", pub="2010-12-20"),
    case("table-row-trade-self-run-total-bracket-unit",
         "2008年1-6月嘉善县主要经济指标\n指标 绝对数 比上年同期增长(%)\n生产总值(亿元) 152.3 12.6\n"
         "外贸自营进出口总额(万美元) 165620 16.5\n外贸自营出口(万美元) 125620 18.5",
         F("gdp", 2008, "H1", 152.3, "亿元", 12.6, region="嘉善"), F("trade_total", 2008, "H1", 165620, "万美元", 16.5, region="嘉善"),
         F("exports", 2008, "H1", 125620, "万美元", 18.5, region="嘉善"), region="嘉善", pub="2008-07-25"),
    # near miss: a row of the above-quota traders' sales is no metric of ours
    # a table row whose name carries its price or accounting basis in brackets ((现价), (可比价), (验资口径))
    case("table-row-price-basis-current",
         "2012年1-6月海盐县主要经济指标\n指标 | 单位 | 1-6月 | 增长(%)\n规模以上工业总产值(现价) | 亿元 | 312.5 | 8.3\n"
         "财政总收入 | 亿元 | 26.3 | 11.2",
         F("industrial_output", 2012, "H1", 312.5, "亿元", 8.3, region="海盐"),
         F("fiscal_revenue_total", 2012, "H1", 26.3, "亿元", 11.2, region="海盐"), region="海盐", pub="2012-07-20"),
    case("table-row-price-basis-comparable",
         "2011年1-9月德清县主要经济指标\n指标 | 单位 | 1-9月 | 增长(%)\n规模以上工业增加值(可比价) | 亿元 | 65.2 | 7.1\n"
         "地区生产总值(按可比价计算) | 亿元 | 152.3 | 9.1",
         F("industrial_value_added", 2011, "Q1-Q3", 65.2, "亿元", 7.1, region="德清"),
         F("gdp", 2011, "Q1-Q3", 152.3, "亿元", 9.1, region="德清"), region="德清", pub="2011-10-25"),
    case("table-row-capital-verified-fdi",
         "2013年1-5月秀洲区主要经济指标\n指标 | 单位 | 1-5月 | 增长(%)\n实际利用外资(验资口径) | 万美元 | 8620 | 5.5\n"
         "社会消费品零售总额 | 亿元 | 48.2 | 13.6",
         F("fdi_actual", 2013, "M1-M5", 8620, "万美元", 5.5, region="秀洲"),
         F("retail_sales", 2013, "M1-M5", 48.2, "亿元", 13.6, region="秀洲"), region="秀洲", pub="2013-06-15"),
    # near miss: a bracket naming a sector or a firms' subset still keeps the row out
    case("table-row-sector-bracket-none",
         "2012年1-6月海盐县主要经济指标\n指标 | 单位 | 1-6月 | 增长(%)\n规模以上工业增加值(高新技术产业) | 亿元 | 25.2 | 17.1\n"
         "出口总额(民营企业) | 亿美元 | 5.2 | 9.1", region="海盐", pub="2012-07-20"),
    # 至10月末, 到9月底, 至十月底 (截至 left out): the months from January to that month's end
    case("until-month-end-zhi", "至10月末,全县完成工业性投入42.3亿元,同比增长8.9%。",
         F("industrial_investment", 2008, "M1-M10", 42.3, "亿元", 8.9, region="海盐"), region="海盐", pub="2008-11-20"),
    case("until-month-end-dao", "到9月底,全市累计实现外贸自营出口12.3亿美元,同比增长15.6%。",
         F("exports", 2010, "Q1-Q3", 12.3, "亿美元", 15.6, region="桐乡"), region="桐乡", pub="2010-10-18"),
    case("until-month-end-numeral", "至十月底,全区完成全社会固定资产投资76.5亿元,增长13.2%。",
         F("fixed_asset_investment", 2012, "M1-M10", 76.5, "亿元", 13.2, region="秀洲"), region="秀洲", pub="2012-11-15"),
    # near misses: a range's end (1至10月底) stays the range; a plan's date (力争到10月底) stays a plan's
    case("until-month-end-range-kept", "今年1至10月底,全县完成工业性投入42.3亿元。",
         F("industrial_investment", 2008, "M1-M10", 42.3, "亿元", region="海盐"), region="海盐", pub="2008-11-20"),
    case("until-month-end-plan-target", "力争到10月底,全县外贸自营出口突破10亿美元。", region="海盐", pub="2008-07-20"),
    case("table-row-above-quota-sales-none",
         "2009年1-9月桐乡市主要经济指标\n指标 | 单位 | 1-9月 | 增长(%)\n限额以上批发零售业销售额 | 亿元 | 156.3 | 21.2",
         region="桐乡", pub="2009-10-20"),
]


REAL52_CASES = [
    # a month named alone, then its metric summed with 累计 before the first figure: the months from January
    case("cumulative-month-level", "6月,全县一般公共预算收入累计完成8.52亿元,同比增长6.4%。",
         F("fiscal_revenue_general", 2023, "H1", 8.52, "亿元", 6.4, region="德清"), region="德清", pub="2023-07-15"),
    case("cumulative-month-rate", "8月份,全市规上工业增加值累计增长6.5%,增速比上月回落0.3个百分点。",
         F("industrial_value_added", 2023, "M1-M8", yoy=6.5, region="台州"), region="台州", pub="2023-09-20"),
    case("cumulative-month-verb-after-sum", "今年10月,全区社会消费品零售总额累计实现215.6亿元,同比增长7.1%。",
         F("retail_sales", 2023, "M1-M10", 215.6, "亿元", 7.1, region="鄞州"), region="鄞州", pub="2023-11-20"),
    case("cumulative-month-own-figure-first", "5月,全市一般公共预算收入完成3.2亿元,增长8%;1-5月累计完成20.1亿元,增长6%。",
         F("fiscal_revenue_general", 2023, "M5", 3.2, "亿元", 8, region="舟山"),
         F("fiscal_revenue_general", 2023, "M1-M5", 20.1, "亿元", 6, region="舟山"), region="舟山", pub="2023-06-15"),
    case("cumulative-month-no-sum", "9月份,全市实现社会消费品零售总额45.2亿元,同比增长5.1%。",
         F("retail_sales", 2023, "M9", 45.2, "亿元", 5.1, region="湖州"), region="湖州", pub="2023-10-20"),
    # a trade total's name with a prefix (外贸, 货物贸易) and 值 after it: one metric word, not the metric then 值为
    case("trade-prefix-value-word", "10月份,全省外贸进出口值为712.3亿元,同比增长9.4%。",
         F("trade_total", 2023, "M10", 712.3, "亿元", 9.4, region="安徽"), region="安徽", pub="2023-11-20"),
    case("goods-trade-value-word", "一季度,全市货物贸易进出口值为356.8亿元,增长4.2%。",
         F("trade_total", 2024, "Q1", 356.8, "亿元", 4.2, region="宁波"), region="宁波", pub="2024-04-20"),
    case("trade-prefix-exports-value-word", "1-5月,全县外贸出口值达到48.6亿元,同比增长12.5%。",
         F("exports", 2024, "M1-M5", 48.6, "亿元", 12.5, region="义乌"), region="义乌", pub="2024-06-20"),
    case("trade-value-word-share-only", "上半年,全市外贸进出口值占全省的比重为12.3%。", region="宁波", pub="2024-07-20"),
    # a level, a clause of its share (占…%), then its growth: the level's growth (the share's clause ended)
    case("growth-after-share-fdi", "上半年,全市实际使用外资8.6亿美元,占全省比重达21%,增长15.2%。",
         F("fdi_actual", 2023, "H1", 8.6, "亿美元", 15.2, region="烟台"), region="烟台", pub="2023-07-20"),
    case("growth-after-share-exports", "1-9月,全市出口1220亿元,占全省的18%,增长8.2%。",
         F("exports", 2023, "Q1-Q3", 1220, "亿元", 8.2, region="温州"), region="温州", pub="2023-10-25"),
    case("growth-after-share-fiscal", "全年,全县财政总收入48.2亿元,占全市比重12.1%,增长7.3%。",
         F("fiscal_revenue_total", 2023, "FY", 48.2, "亿元", 7.3, region="长兴"), region="长兴", pub="2024-01-20"),
    case("share-points-then-average-growth", "上半年,全市出口120亿元,占全省的比重提高1.2个百分点,两年平均增长5%。",
         F("exports", 2023, "H1", 120, "亿元", region="温州"), region="温州", pub="2023-07-20"),
    # trade with a partner named by its place (对香港, 对我国台湾地区): a part of the region's trade, no place's figure
    case("trade-partner-place", "1-5月,对香港出口56.2亿元,增长8.1%。", region="深圳", pub="2023-06-20"),
    case("trade-partner-place-imports", "前三季度,对澳门进口2.1亿元,下降3%。", region="珠海", pub="2023-10-20"),
    case("trade-partner-nation-prefix", "1-10月,全省进出口3820亿元,增长6%,其中对我国台湾地区进出口423.1亿元,增长2.3%。",
         F("trade_total", 2023, "M1-M10", 3820, "亿元", 6, region="福建"), region="福建", pub="2023-11-20"),
    case("trade-place-subject-not-partner", "1-5月,佛山市出口560.2亿元,增长8.1%。",
         F("exports", 2023, "M1-M5", 560.2, "亿元", 8.1, region="佛山"), region="广东", pub="2023-06-20"),
    # 对外出口 (exports abroad) is the region's whole exports, not a part of them
    case("exports-abroad-whole", "上半年,全市对外出口120亿元,增长3.1%。",
         F("exports", 2023, "H1", 120, "亿元", 3.1, region="东莞"), region="东莞", pub="2023-07-20"),
    case("exports-abroad-amount-word", "1-9月,全县完成对外出口额35.6亿元,同比增长4.2%。",
         F("exports", 2023, "Q1-Q3", 35.6, "亿元", 4.2, region="长兴"), region="长兴", pub="2023-10-20"),
    case("exports-abroad-total-word", "前三季度,我市对外出口总额达到210亿元。",
         F("exports", 2023, "Q1-Q3", 210, "亿元", region="嘉兴"), region="嘉兴", pub="2023-10-20"),
    case("exports-abroad-firm-count", "上半年,全市有对外出口实绩的企业320家。", region="东莞", pub="2023-07-20"),
    # after a product's (a sector's) figure, the next clause group opening with a short item name glued to the
    # same metric (…;手机出口值…, …;钢材出口…) is the next item of that list, no region's figure
    case("next-item-after-product-value-word", "前三季度,全市笔记本电脑出口值820.5亿元,增长6.9%;手机出口值95.2亿元,增长12.4%。",
         region="重庆", pub="2023-10-20"),
    case("next-item-after-product-exports", "1-5月,机电产品出口312.6亿元,增长8.1%;钢材出口45.3亿元,下降2.2%。",
         region="天津", pub="2023-06-20"),
    case("next-item-after-product-imports", "上半年,集成电路进口210.2亿元,增长12.5%;大豆进口52.8亿元,增长4.1%。",
         region="青岛", pub="2023-07-20"),
    case("next-group-whole-region-after-product", "上半年,机电产品出口312.6亿元,增长8.1%;全市出口总额820.3亿元,增长5.5%。",
         F("exports", 2023, "H1", 820.3, "亿元", 5.5, region="宁波"), region="宁波", pub="2023-07-20"),
    case("next-group-own-month-after-product", "1-5月,高新技术产品出口45.1亿元;5月份出口12.3亿元,增长3%。",
         F("exports", 2023, "M5", 12.3, "亿元", 3, region="苏州"), region="苏州", pub="2023-06-20"),
    case("next-group-other-metric-after-product", "上半年,机电产品出口312.6亿元,增长8.1%;进口150.3亿元,增长2.5%。",
         F("imports", 2023, "H1", 150.3, "亿元", 2.5, region="厦门"), region="厦门", pub="2023-07-20"),
    # a bare trade verb (出口, 进口) taking a product as its object (…品, …类) before the figure: that product's trade
    case("trade-verb-product-object-rate", "4月份,全市进口日用消费品增长57.6%。", region="武汉", pub="2023-05-20"),
    case("trade-verb-product-object-rate-province", "1-5月,全省进口农产品增长8.3%。", region="湖北", pub="2023-06-20"),
    case("trade-verb-product-object-then-share", "前三季度,全市出口机电产品增长12.4%,占出口总值的58%。",
         region="东莞", pub="2023-10-20"),
    case("trade-verb-adverb-no-object", "4月份,全市出口同比增长9.9%。",
         F("exports", 2023, "M4", yoy=9.9, region="武汉"), region="武汉", pub="2023-05-20"),
    case("trade-verb-adverbs-no-object", "上半年,全市进口继续保持增长,增长12.5%。",
         F("imports", 2023, "H1", yoy=12.5, region="武汉"), region="武汉", pub="2023-07-20"),
    # a short figure-less sentence opening with a class of firms (民营企业恢复活力。), then a sentence that opens
    # with its metric: that class's figure, no region's
    case("class-heading-then-bare-metric", "4月份,全市进出口增长27.4%。民营企业恢复活力。进出口增长35%,比重提高2.7个百分点。",
         F("trade_total", 2023, "M4", yoy=27.4, region="武汉"), region="武汉", pub="2023-05-20"),
    case("class-heading-small-firms", "上半年,全市出口增长8%。小微企业增势良好。出口增长12.1%。",
         F("exports", 2023, "H1", yoy=8, region="杭州"), region="杭州", pub="2023-07-20"),
    case("class-heading-smes", "一季度,全市进出口增长3.2%。中小企业表现活跃。出口增长9.6%。",
         F("trade_total", 2023, "Q1", yoy=3.2, region="宁波"), region="宁波", pub="2023-04-20"),
    case("class-heading-then-whole-region", "上半年,全市出口增长8%。民营企业恢复活力。全市进出口增长5%。",
         F("exports", 2023, "H1", yoy=8, region="武汉"), F("trade_total", 2023, "H1", yoy=5, region="武汉"),
         region="武汉", pub="2023-07-20"),
    case("plain-heading-then-bare-metric", "上半年,全市出口增长8%。外贸运行平稳。进出口增长5%。",
         F("exports", 2023, "H1", yoy=8, region="武汉"), F("trade_total", 2023, "H1", yoy=5, region="武汉"),
         region="武汉", pub="2023-07-20"),
]


REAL53_CASES = [
    # the three sectors named run together with no comma (一二三产业增加值, 一二三产业 after the GDP), their figures after
    case("sectors-run-together-values-rates",
         "上半年,全市一二三产业增加值分别完成31.4亿元、205.7亿元和166.2亿元,分别增长3.6%、8.2%和7.4%。",
         F("gdp_primary", 2024, "H1", 31.4, "亿元", 3.6, region="平湖"), F("gdp_secondary", 2024, "H1", 205.7, "亿元", 8.2, region="平湖"),
         F("gdp_tertiary", 2024, "H1", 166.2, "亿元", 7.4, region="平湖"), region="平湖", pub="2024-07-25"),
    case("sectors-run-together-values-only", "2020年,全县一二三产业增加值分别为41.2亿元、280.6亿元和195.3亿元。",
         F("gdp_primary", 2020, "FY", 41.2, "亿元", region="德清"), F("gdp_secondary", 2020, "FY", 280.6, "亿元", region="德清"),
         F("gdp_tertiary", 2020, "FY", 195.3, "亿元", region="德清"), region="德清", pub="2021-01-30"),
    case("sectors-bare-after-gdp",
         "2020年,全县实现地区生产总值517.1亿元,增长4.2%,一二三产业分别完成41.2亿元、280.6亿元和195.3亿元。",
         F("gdp", 2020, "FY", 517.1, "亿元", 4.2, region="德清"), F("gdp_primary", 2020, "FY", 41.2, "亿元", region="德清"),
         F("gdp_secondary", 2020, "FY", 280.6, "亿元", region="德清"), F("gdp_tertiary", 2020, "FY", 195.3, "亿元", region="德清"),
         region="德清", pub="2021-01-30"),
    case("sectors-run-together-integration-no-figure", "全市大力推进一二三产业融合发展,建成示范园12个。",
         region="宿迁", pub="2019-10-30"),
    # 过 before an amount: a bound passed (过100亿元), like 超/突破, for each place listed before the metric
    case("guo-bound-places-listed",
         "上半年,北湖区、资兴市、桂阳县地区生产总值过100亿元,资兴市、桂阳县财政总收入过10亿元。",
         F("gdp", 2013, "H1", 100, "亿元", qualifier="over", region="北湖"),
         F("gdp", 2013, "H1", 100, "亿元", qualifier="over", region="资兴"),
         F("gdp", 2013, "H1", 100, "亿元", qualifier="over", region="桂阳"),
         F("fiscal_revenue_total", 2013, "H1", 10, "亿元", qualifier="over", region="资兴"),
         F("fiscal_revenue_total", 2013, "H1", 10, "亿元", qualifier="over", region="桂阳"), region="郴州", pub="2013-07-30"),
    case("guo-bound-both-places", "2019年,海门、启东两地一般公共预算收入均过50亿元。",
         F("fiscal_revenue_general", 2019, "FY", 50, "亿元", qualifier="over", region="海门"),
         F("fiscal_revenue_general", 2019, "FY", 50, "亿元", qualifier="over", region="启东"), region="南通", pub="2020-01-30"),
    case("guo-bound-then-exact", "全年全市地区生产总值过9000亿元,达9383.4亿元。",
         F("gdp", 2019, "FY", 9383.4, "亿元", region="南通"), region="南通", pub="2020-01-30"),
    case("guo-inside-tongguo-no-bound", "全市通过10亿元专项资金支持企业技改,工业投资增长8.1%。",
         F("industrial_investment", 2019, "FY", yoy=8.1, region="南通"), region="南通", pub="2020-01-30"),
    # the urban and rural residents named in one word (城乡居民…) with one level and no 分别/均: all residents' income
    case("urban-rural-one-level-then-parts",
         "2022年,全市城乡居民人均可支配收入为71350元,同比增长3.2%。其中城镇常住居民人均可支配收入为80210元,增长2.6%;农村常住居民人均可支配收入为45630元,增长4.1%。",
         F("income_pc", 2022, "FY", 71350, "元", 3.2, region="乐清"), F("income_urban_pc", 2022, "FY", 80210, "元", 2.6, region="乐清"),
         F("income_rural_pc", 2022, "FY", 45630, "元", 4.1, region="乐清"), region="乐清", pub="2023-02-15"),
    case("urban-rural-one-level", "2023年,全市城乡居民人均可支配收入达到68120元,增长5.6%。",
         F("income_pc", 2023, "FY", 68120, "元", 5.6, region="桐乡"), region="桐乡", pub="2024-01-20"),
    case("urban-rural-income-short-name", "上半年,全县城乡居民收入为31250元,增长6.1%。",
         F("income_pc", 2023, "H1", 31250, "元", 6.1, region="安吉"), region="安吉", pub="2023-07-25"),
    case("urban-rural-two-levels-stay-parts", "2023年,全市城乡居民人均可支配收入分别达到78120元和48230元。",
         F("income_urban_pc", 2023, "FY", 78120, "元", region="桐乡"), F("income_rural_pc", 2023, "FY", 48230, "元", region="桐乡"),
         region="桐乡", pub="2024-01-20"),
    case("urban-rural-each-bound-stays-parts", "2023年,全市城乡居民人均可支配收入均突破4万元。",
         F("income_urban_pc", 2023, "FY", 4, "万元", qualifier="over", region="桐乡"),
         F("income_rural_pc", 2023, "FY", 4, "万元", qualifier="over", region="桐乡"), region="桐乡", pub="2024-01-20"),
    # 全体常住居民人均可支配收入: all residents' income named with both 全体 and 常住 (after a place or 全县)
    case("all-resident-income-place-first", "2023年,慈溪全体常住居民人均可支配收入76430元,增长5.9%。",
         F("income_pc", 2023, "FY", 76430, "元", 5.9, region="慈溪"), region="宁波", pub="2024-02-10"),
    case("all-resident-income-home", "上半年,全县全体常住居民人均可支配收入达到28760元,同比增长5.8%。",
         F("income_pc", 2024, "H1", 28760, "元", 5.8, region="安吉"), region="安吉", pub="2024-07-25"),
    case("all-resident-income-then-parts",
         "2021年,温岭市全体常住居民人均可支配收入为64125元,增长9.6%。其中城镇常住居民人均可支配收入77210元,农村常住居民人均可支配收入42680元。",
         F("income_pc", 2021, "FY", 64125, "元", 9.6, region="温岭"), F("income_urban_pc", 2021, "FY", 77210, "元", region="温岭"),
         F("income_rural_pc", 2021, "FY", 42680, "元", region="温岭"), region="台州", pub="2022-02-10"),
    case("all-resident-population-share-no-fact", "2023年,全市全体常住居民中,城镇人口占比提高到72.5%。",
         region="慈溪", pub="2024-02-10"),
    # a table whose growth columns are headed 增长速度 (a header word of its own, not 增长 with 速度 left over),
    # the metric over it on the line above or in the same cell
    case("table-growth-speed-two-line-header",
         "2023年1-5月各市主要工业指标\n单位:%\n\t规模工业增加值\t工业固定资产投资\n\t增长速度\t增长速度\n"
         "全 市\t7.2\t10.4\n萧山区\t8.1\t12.6\n余杭区\t6.3\t-3.5\n",
         F("industrial_value_added", 2023, "M1-M5", yoy=7.2, region="杭州"),
         F("industrial_investment", 2023, "M1-M5", yoy=10.4, region="杭州"),
         F("industrial_value_added", 2023, "M1-M5", yoy=8.1, region="萧山"),
         F("industrial_investment", 2023, "M1-M5", yoy=12.6, region="萧山"),
         F("industrial_value_added", 2023, "M1-M5", yoy=6.3, region="余杭"),
         F("industrial_investment", 2023, "M1-M5", yoy=-3.5, region="余杭"), region="杭州", pub="2023-06-20"),
    case("table-growth-speed-one-line-header",
         "2021年前三季度各县主要指标\n地区\t地区生产总值增长速度\t社会消费品零售总额增长速度\n"
         "南陵县\t9.6\t14.2\n无为市\t10.3\t15.8\n",
         F("gdp", 2021, "Q1-Q3", yoy=9.6, region="南陵"), F("retail_sales", 2021, "Q1-Q3", yoy=14.2, region="南陵"),
         F("gdp", 2021, "Q1-Q3", yoy=10.3, region="无为"), F("retail_sales", 2021, "Q1-Q3", yoy=15.8, region="无为"),
         region="芜湖", pub="2021-10-28"),
    case("table-growth-speed-metric-rows",
         "2022年1-8月主要经济指标\n指标\t1-8月\t增长速度(%)\n规模以上工业增加值(亿元)\t214.6\t5.3\n"
         "社会消费品零售总额(亿元)\t162.8\t3.1\n",
         F("industrial_value_added", 2022, "M1-M8", 214.6, "亿元", 5.3, region="海宁"),
         F("retail_sales", 2022, "M1-M8", 162.8, "亿元", 3.1, region="海宁"), region="海宁", pub="2022-09-20"),
    case("table-growth-speed-not-our-metric",
         "2023年1-5月各市工业指标\n单位:%\n\t高加工度工业\t工业利税总额\n\t增长速度\t增长速度\n"
         "萧山区\t8.1\t12.6\n余杭区\t6.3\t-3.5\n", region="杭州", pub="2023-06-20"),
    # a note under the table that gives one column's period (利税总额增长速度为1-3月数据) is no period of the table;
    # a note that gives the table's (本表数据为…) is
    case("table-note-gives-table-period",
         "单位:%\n\t规模工业增加值\t工业固定资产投资\n\t增长速度\t增长速度\n全 市\t7.2\t10.4\n萧山区\t8.1\t12.6\n"
         "注:本表数据为1-5月累计。\n",
         F("industrial_value_added", 2023, "M1-M5", yoy=7.2, region="杭州"),
         F("industrial_investment", 2023, "M1-M5", yoy=10.4, region="杭州"),
         F("industrial_value_added", 2023, "M1-M5", yoy=8.1, region="萧山"),
         F("industrial_investment", 2023, "M1-M5", yoy=12.6, region="萧山"), region="杭州", pub="2023-06-20"),
    case("table-note-one-column-period-no-table-period",
         "单位:%\n\t规模工业增加值\t工业固定资产投资\n\t增长速度\t增长速度\n全 市\t7.2\t10.4\n萧山区\t8.1\t12.6\n"
         "注:1、数据由市统计局提供;2、工业固定资产投资增长速度为1-4月数据。\n", region="杭州", pub="2023-06-20"),
    # a row opened by 其中 (or #) under a category row of figures (城镇, no metric of the table, no place) is that
    # category's part: 城区 there is the urban area, not the district of 阳泉/晋城/大同 the gazetteer holds
    case("table-qizhong-under-category-not-place",
         "2023年6月社会消费品零售总额\n单位:万元\n项目\t本月\t1-本月\t本月增长(%)\t累计增长(%)\n"
         "社会消费品零售总额\t512340\t2987650\t6.1\t7.4\n按经营单位所在地分\n城镇\t421560\t2456780\t6.3\t7.6\n"
         "其中:城区\t356120\t2065430\t6.5\t7.9\n乡村\t90780\t530870\t5.2\t6.5\n",
         F("retail_sales", 2023, "M6", 512340, "万元", 6.1, region="湖州"),
         F("retail_sales", 2023, "M1-M6", 2987650, "万元", 7.4, region="湖州"), region="湖州", pub="2023-07-20"),
    case("table-qizhong-under-category-province",
         "2019年5月社会消费品零售总额\n金额单位:万元\n项目\t本月\t1-本月\t本月增长\t累计增长\n"
         "社会消费品零售额\t31250600.5\t152340100.2\t8.8\t8.5\n1、城镇\t27410300.1\t133620500.7\t9.0\t8.7\n"
         "其中:城区\t24120500.3\t117530200.4\t9.2\t8.9\n2、乡村\t3840300.4\t18719600.5\t7.3\t7.1\n",
         F("retail_sales", 2019, "M5", 31250600.5, "万元", 8.8, region="广东"),
         F("retail_sales", 2019, "M1-M5", 152340100.2, "万元", 8.5, region="广东"), region="广东", pub="2019-06-20"),
    case("table-hash-under-category-not-place",
         "2024年3月社会消费品零售总额\n单位:亿元\n指标\t本月\t1-本月\t本月增长(%)\t累计增长(%)\n"
         "社会消费品零售总额\t86.4\t245.3\t4.6\t5.2\n城镇\t71.2\t203.8\t4.8\t5.4\n#城区\t60.5\t172.1\t5.0\t5.6\n"
         "乡村\t15.2\t41.5\t3.7\t4.3\n",
         F("retail_sales", 2024, "M3", 86.4, "亿元", 4.6, region="绍兴"),
         F("retail_sales", 2024, "M1-M3", 245.3, "亿元", 5.2, region="绍兴"), region="绍兴", pub="2024-04-20"),
    case("table-qizhong-places-under-metric-row-stay-places",
         "2023年1-6月主要指标\n指标\t1-6月增长(%)\n社会消费品零售总额\t6.8\n其中:定海区\t7.1\n普陀区\t6.2\n",
         F("retail_sales", 2023, "M1-M6", yoy=6.8, region="舟山"), F("retail_sales", 2023, "M1-M6", yoy=7.1, region="定海"),
         F("retail_sales", 2023, "M1-M6", yoy=6.2, region="普陀"), region="舟山", pub="2023-07-20"),
    # a place named by its rank (排名最高的, 排在榜首的, 排名末位的) after the metric a ranking frames, also when
    # the frame names the whole (全国城市…百强区县中): the place's figure
    case("ranked-top-after-national-frame",
         "2021年全国区县居民人均可支配收入前50名中,排名最高的上海黄浦区达91030元。",
         F("income_pc", 2021, "FY", 91030, "元", region="黄浦"), region="全国", pub="2022-06-10"),
    case("ranked-top-and-last-districts",
         "2023年,全市各区一般公共预算收入排名中,排在榜首的江宁区达到95.6亿元,排名末位的高淳区为21.3亿元。",
         F("fiscal_revenue_general", 2023, "FY", 95.6, "亿元", region="江宁"),
         F("fiscal_revenue_general", 2023, "FY", 21.3, "亿元", region="高淳"), region="南京", pub="2024-03-05"),
    case("ranked-top-province-frame",
         "2023年,全省设区市社会消费品零售总额中,排名最高的杭州为7671亿元。",
         F("retail_sales", 2023, "FY", 7671, "亿元", region="杭州"), region="浙江", pub="2024-03-05"),
    case("ranked-top-no-metric-no-fact", "全市各区考核中,排名最高的江宁区获评优秀等次,奖励资金200万元。",
         region="南京", pub="2024-03-05"),
    # a subset word (县域) in a clause before the one a place opens: the place's own figure, not a county subset
    case("county-word-before-place-clause",
         "作为全省县域经济发展的排头兵,义乌市去年地区生产总值达2055.6亿元,增长6.1%。",
         F("gdp", 2023, "FY", 2055.6, "亿元", 6.1, region="义乌"), region="浙江", pub="2024-03-10"),
    case("county-word-ranking-before-place",
         "在全省县域综合实力评价中名列前茅,慈溪市2023年一般公共预算收入完成215.3亿元。",
         F("fiscal_revenue_general", 2023, "FY", 215.3, "亿元", region="慈溪"), region="宁波", pub="2024-03-10"),
    case("county-economy-clause-then-place",
         "2023年,全省县域经济稳步发展,昆山市地区生产总值5140.6亿元,增长5.8%。",
         F("gdp", 2023, "FY", 5140.6, "亿元", 5.8, region="昆山"), region="江苏", pub="2024-02-28"),
    case("county-word-after-place-stays-subset", "2023年,苏州县域地区生产总值增长5.9%。", region="江苏", pub="2024-02-28"),
    # a place a phrase ending in 的 describes, with another place inside that phrase (江苏省排名第一的昆山市,
    # 湖南唯一入围全国前十的长沙县): the described place's own figure, not a sector's
    case("described-place-with-province-inside", "2015年,江苏省排名第一的昆山市GDP总值高达3080.01亿元。",
         F("gdp", 2015, "FY", 3080.01, "亿元", region="昆山"), region="山东", pub="2017-03-19"),
    case("described-place-with-nation-inside", "2020年,湖南唯一入围全国前十的长沙县一般公共预算收入125.84亿元。",
         F("fiscal_revenue_general", 2020, "FY", 125.84, "亿元", region="长沙县"), region="湖南", pub="2022-02-15"),
    case("described-place-city-inside", "2022年,宁波综合实力最强的慈溪市规上工业增加值增长6.4%。",
         F("industrial_value_added", 2022, "FY", yoy=6.4, region="慈溪"), region="浙江", pub="2023-02-15"),
    case("described-place-of-home-word-stays", "2023年,全市的规模以上工业增加值增长6.1%。",
         F("industrial_value_added", 2023, "FY", yoy=6.1, region="宁波"), region="宁波", pub="2024-03-19"),
    # an amount a ranking's entry needs (达到906.67亿元能进入前十, 才能跻身前十): no place's figure
    case("ranking-entry-level-no-fact", "2015年,GDP达到906.67亿元就能进入前十。", region="山东", pub="2017-03-19"),
    case("ranking-entry-level-cai-no-fact", "2023年,地区生产总值达到1200亿元才能跻身全省前十。", region="江苏", pub="2024-03-19"),
    case("ranking-entry-after-comma-is-figure", "2023年,全市地区生产总值达到4398.1亿元,可以进入全省前十。",
         F("gdp", 2023, "FY", 4398.1, "亿元", region="宿迁"), region="宿迁", pub="2024-03-19"),
    # a place opening the clause after a comparison with the whole (是全国…平均水平的2.6倍, 比全省…增速高…):
    # the figure-less whole's slot is no base; the named place's metric before it is
    case("place-after-national-comparison",
         "2021年全国区县居民人均可支配收入前50名中,排名最高的上海黄浦区达91030元,是全国居民人均可支配收入平均水平的2.6倍;排名末尾的杭州上城区为70120元。",
         F("income_pc", 2021, "FY", 91030, "元", region="黄浦"), F("income_pc", 2021, "FY", 70120, "元", region="上城"),
         region="全国", pub="2022-06-10"),
    case("place-after-province-rate-comparison",
         "上半年,慈溪市规上工业增加值增长9.2%,比全省规上工业增加值增速高2.1个百分点;余姚市增长7.5%。",
         F("industrial_value_added", 2023, "H1", yoy=9.2, region="慈溪"),
         F("industrial_value_added", 2023, "H1", yoy=7.5, region="余姚"), region="宁波", pub="2023-07-25"),
    case("place-after-province-higher",
         "2023年,海宁市一般公共预算收入达到98.6亿元,高于全省一般公共预算收入增速;桐乡市为80.1亿元。",
         F("fiscal_revenue_general", 2023, "FY", 98.6, "亿元", region="海宁"),
         F("fiscal_revenue_general", 2023, "FY", 80.1, "亿元", region="桐乡"), region="浙江", pub="2024-03-06"),
    case("place-after-whole-without-named-place", "2023年,全省一般公共预算收入增长较快;桐乡市为80.1亿元。",
         region="浙江", pub="2024-03-06"),
    # a bulleted list run into one line (… - 义乌市:…, … • 鄞州区:…): each bullet opens its own line, so a
    # scope word of one item (县域, 限上) is not carried into the next; a range of numbers (1 - 6月) is no bullet
    case("inline-bullets-scope-not-carried",
         "要点 • 全省县域地区生产总值增长5.9%,作为县域发展标杆 • 义乌市:2023年地区生产总值2055.6亿元,增长6.1%",
         F("gdp", 2023, "FY", 2055.6, "亿元", 6.1, region="义乌"), region="浙江", pub="2024-03-01"),
    case("inline-bullets-subset-not-carried",
         "各地表现 • 北仑区:限上批发业销售额增长9.1% • 鄞州区:一季度社会消费品零售总额增长7.6%",
         F("retail_sales", 2024, "Q1", yoy=7.6, region="鄞州"), region="宁波", pub="2024-04-25"),
    case("inline-dash-bullets-subset-not-carried",
         "要点 - 全市限上零售额增长3.1% - 海宁市:2023年社会消费品零售总额增长6.2%",
         F("retail_sales", 2023, "FY", yoy=6.2, region="海宁"), region="嘉兴", pub="2024-03-01"),
    case("spaced-month-range-no-bullet", "1 - 6月,全市规上工业增加值增长7.0%。",
         F("industrial_value_added", 2024, "H1", yoy=7.0, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    # a two-character word glued to a metric named from 工业 (白酒工业总产值, 纺织工业增加值) names one industry:
    # a sector's figure; 全部工业…, 实现工业… stay the whole's
    case("industry-of-industry-output", "仁怀市,2024年白酒工业总产值1157.1亿元。", region="全国", pub="2026-01-28"),
    case("industry-of-industry-value-added", "2023年,建材工业增加值增长9.3%。", region="长兴", pub="2024-03-01"),
    case("industry-of-industry-in-bracket", "长兴县(蓄电池产业大县,2023年电池工业总产值812.6亿元)",
         region="长兴", pub="2024-03-01"),
    case("industry-of-industry-tobacco", "前7个月,烟草工业增加值增长1.5%;能源工业增加值下降1.8%。",
         region="大理", pub="2025-08-21"),
    case("whole-industry-word-stays", "2024年,全部工业增加值增长6.1%。",
         F("industrial_value_added", 2024, "FY", yoy=6.1, region="遵义"), region="遵义", pub="2025-03-01"),
]


REAL50_CASES = [
    # a place name inside a longer one that starts before it (黑龙江省: 龙江, 丹江口市: 江口) is no place of its own,
    # even where the longer one is no place token (compared by a rank): 其 after it is the subject's
    case("nested-name-province-rank", "2023年,伊春在黑龙江省倒数第三,其一般公共预算收入为20.3亿元。",
         F("fiscal_revenue_general", 2023, "FY", 20.3, "亿元", region="伊春"), region="黑龙江", pub="2024-03-01"),
    case("nested-name-province-parts",
         "2023年鹤岗市经济总量位列黑龙江省倒数第二,其第一、二、三产业增加值分别为40.1亿元、90.2亿元、150.3亿元。",
         F("gdp_primary", 2023, "FY", 40.1, "亿元", region="鹤岗"), F("gdp_secondary", 2023, "FY", 90.2, "亿元", region="鹤岗"),
         F("gdp_tertiary", 2023, "FY", 150.3, "亿元", region="鹤岗"), region="黑龙江", pub="2024-03-01"),
    case("nested-name-county-city", "2023年,郧西县在丹江口市之外排名第二,其地区生产总值为150.6亿元。",
         F("gdp", 2023, "FY", 150.6, "亿元", region="郧西"), region="十堰", pub="2024-03-01"),
    case("nested-name-near-miss-inner-alone", "上半年,鞍山市地区生产总值增长5.1%。",
         F("gdp", 2024, "H1", yoy=5.1, region="鞍山"), region="辽宁", pub="2024-07-20"),
    case("nested-name-near-miss-outer-own", "上半年,马鞍山市地区生产总值增长5.1%。",
         F("gdp", 2024, "H1", yoy=5.1, region="马鞍山"), region="芜湖", pub="2024-07-20"),
    # one rate led by 均 (or 都) after several levels with none of their own: every one of them takes it
    case("shared-rate-list-income", "2023年,城镇和农村常住居民人均可支配收入分别为48210元和25630元,均增长6.2%。",
         F("income_urban_pc", 2023, "FY", 48210, "元", 6.2, region="榆林"),
         F("income_rural_pc", 2023, "FY", 25630, "元", 6.2, region="榆林"), region="榆林", pub="2024-02-01"),
    case("shared-rate-list-trade-yoy-word", "1-9月,全县出口额和进口额分别达到12.5亿元和8.3亿元,同比均增长15.0%。",
         F("exports", 2024, "M1-M9", 12.5, "亿元", 15.0, region="神木"),
         F("imports", 2024, "M1-M9", 8.3, "亿元", 15.0, region="神木"), region="神木", pub="2024-10-20"),
    case("shared-rate-two-metrics", "上半年,全市实现地区生产总值320.6亿元,一般公共预算收入18.2亿元,均增长7.5%。",
         F("gdp", 2024, "H1", 320.6, "亿元", 7.5, region="吴忠"),
         F("fiscal_revenue_general", 2024, "H1", 18.2, "亿元", 7.5, region="吴忠"), region="吴忠", pub="2024-07-20"),
    case("shared-rate-near-miss-average", "2023年,城乡居民人均可支配收入分别为48210元和25630元,年均增长6.2%。",
         F("income_urban_pc", 2023, "FY", 48210, "元", region="榆林"),
         F("income_rural_pc", 2023, "FY", 25630, "元", region="榆林"), region="榆林", pub="2024-02-01"),
    case("shared-rate-near-miss-own-rate-before", "上半年,全市实现地区生产总值320.6亿元,增长6.0%;一般公共预算收入18.2亿元,均增长7.5%。",
         F("gdp", 2024, "H1", 320.6, "亿元", 6.0, region="吴忠"),
         F("fiscal_revenue_general", 2024, "H1", 18.2, "亿元", 7.5, region="吴忠"), region="吴忠", pub="2024-07-20"),
    # the signed projects with their examples (…等) or their count between 签约 and 项目: the count and the total
    # investment after it are the period's signed projects
    case("signed-count-before-noun", "上半年,全县共签约18个项目,总投资42.6亿元。",
         F("signed_projects_count", 2024, "H1", 18, "个", region="盐池"),
         F("signed_projects_investment", 2024, "H1", 42.6, "亿元", region="盐池"), region="盐池", pub="2024-07-20"),
    case("signed-examples-key-projects", "一季度,全市新签约智能制造、新材料等重点项目25个,总投资136.5亿元。",
         F("signed_projects_count", 2024, "Q1", 25, "个", region="吴忠"),
         F("signed_projects_investment", 2024, "Q1", 136.5, "亿元", region="吴忠"), region="吴忠", pub="2024-04-20"),
    case("signed-examples-then-count", "1-8月,全县签约中车、隆基等9个产业项目,计划总投资88亿元。",
         F("signed_projects_count", 2024, "M1-M8", 9, "个", region="平罗"),
         F("signed_projects_investment", 2024, "M1-M8", 88, "亿元", region="平罗"), region="平罗", pub="2024-09-15"),
    case("signed-near-miss-ceremony", "签约仪式上,12个项目集中开工,总投资30亿元。", region="吴忠", pub="2024-07-20"),
    case("signed-near-miss-of-clause", "上半年,已签约的3个项目中,2个已开工。", region="吴忠", pub="2024-07-20"),
    # a place whose name ends with 地区 right before a metric whose name opens with 地区 (阿克苏地区生产总值,
    # 喀什地区GDP, 和田地区实现地区生产总值): the place keeps its token, the metric its own
    case("prefecture-area-shared-suffix", "2023年阿克苏地区生产总值为1851.2亿元,同比增长6.1%。",
         F("gdp", 2023, "FY", 1851.2, "亿元", 6.1, region="阿克苏地区"), region="新疆", pub="2024-03-01"),
    case("prefecture-area-gdp-abbrev", "上半年,喀什地区GDP为812.3亿元,同比增长6.5%。",
         F("gdp", 2024, "H1", 812.3, "亿元", 6.5, region="喀什地区"), region="新疆", pub="2024-07-25"),
    case("prefecture-area-verb-split", "上半年,和田地区实现地区生产总值245.6亿元,增长5.2%。",
         F("gdp", 2024, "H1", 245.6, "亿元", 5.2, region="和田地区"), region="新疆", pub="2024-07-25"),
    case("prefecture-area-near-miss-sector-split", "上半年,全区第二产业实现增加值16.2亿元。",
         F("gdp_secondary", 2024, "H1", 16.2, "亿元", region="涪陵"), region="涪陵", pub="2024-07-25"),
    # leagues by their short forms in print (锡盟, 阿盟: vocab/informal_names.csv)
    case("league-short-forms", "上半年,锡盟地区生产总值完成612.5亿元,同比增长6.2%;阿盟增长7.5%。",
         F("gdp", 2024, "H1", 612.5, "亿元", 6.2, region="锡林郭勒盟"), F("gdp", 2024, "H1", yoy=7.5, region="阿拉善盟"),
         region="内蒙古", pub="2024-07-25"),
    case("league-short-form-subject", "前三季度,锡盟规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.1, region="锡林郭勒盟"), region="内蒙古", pub="2024-10-25"),
    # a numbered line broken at a column's end (a newspaper's typeset) whose next line goes on with the rest of
    # its metric's name, or with a verb and its figure: one sentence, no heading
    case("column-numbered-line-metric-tail", "一季度全县经济运行平稳。\n(一)全县规模以上工业增加\n值同比增长8.1%(全市7.6%),居全市第三。",
         F("industrial_value_added", 2024, "Q1", yoy=8.1, region="宝丰"),
         F("industrial_value_added", 2024, "Q1", yoy=7.6, region="平顶山"), region="宝丰", pub="2024-04-25"),
    case("column-numbered-line-verb-figure", "一季度全县经济稳中有进。\n(二)全县一般公共预算收入\n完成5.26亿元,同比增长3.2%。",
         F("fiscal_revenue_general", 2024, "Q1", 5.26, "亿元", 3.2, region="宝丰"), region="宝丰", pub="2024-04-25"),
    case("column-numbered-line-investment", "上半年全县经济持续回升。\n(三)全县固定资产投\n资同比增长12.6%,高于全市3.1个百分点。",
         F("fixed_asset_investment", 2024, "H1", yoy=12.6, region="宝丰"), region="宝丰", pub="2024-07-25"),
    case("column-numbered-line-long-tail", "一季度全县经济稳中有进。\n(三)全县社会消费\n品零售总额24.6亿元,同比增长5.1%(全市4.8%)。",
         F("retail_sales", 2024, "Q1", 24.6, "亿元", 5.1, region="宝丰"),
         F("retail_sales", 2024, "Q1", yoy=4.8, region="平顶山"), region="宝丰", pub="2024-04-25"),
    case("column-numbered-line-near-miss-headings", "2023年全县经济持续回升。\n(二)工业运行\n规上工业增加值增长9.1%。\n(三)投资\n固定资产投资增长6.0%。",
         F("industrial_value_added", 2023, "FY", yoy=9.1, region="宝丰"),
         F("fixed_asset_investment", 2023, "FY", yoy=6.0, region="宝丰"), region="宝丰", pub="2024-02-25"),
    case("signed-near-miss-subset", "上半年,全县签约3个亿元以上项目,总投资12.5亿元。", region="盐池", pub="2024-07-20"),
    # an article on a county of the gazetteer that is a county-level city now (vocab/region_updates.csv), which
    # never prints it as a county nor speaks as one: its 我市 and 全市 are the home
    case("now-city-home-wo-shi", "1—6月,我市规上工业总产值完成652.3亿元,同比增长4.1%。",
         F("industrial_output", 2024, "H1", 652.3, "亿元", 4.1, region="神木"), region="神木", pub="2024-07-25"),
    case("now-city-home-quan-shi-parent-compared", "一季度,全市地区生产总值完成98.6亿元,同比增长6.2%,增速高于朔州市1.1个百分点。",
         F("gdp", 2024, "Q1", 98.6, "亿元", 6.2, region="怀仁"), region="怀仁", pub="2024-04-25"),
    case("now-city-home-retail", "前三季度,全市社会消费品零售总额完成126.4亿元,同比增长5.3%。",
         F("retail_sales", 2024, "Q1-Q3", 126.4, "亿元", 5.3, region="长垣"), region="长垣", pub="2024-10-25"),
    case("now-city-near-miss-printed-county", "上半年,长垣县地区生产总值增长9.1%,全市增长7.0%。",
         F("gdp", 2012, "H1", yoy=9.1, region="长垣"), F("gdp", 2012, "H1", yoy=7.0, region="新乡"), region="长垣", pub="2012-07-25"),
    case("now-city-near-miss-county-self", "上半年,全县地区生产总值增长9.1%,全市增长7.0%。",
         F("gdp", 2012, "H1", yoy=9.1, region="长垣"), F("gdp", 2012, "H1", yoy=7.0, region="新乡"), region="长垣", pub="2012-07-25"),
    case("signed-near-miss-approx-kept", "上半年,全县签约项目约18个。",
         F("signed_projects_count", 2024, "H1", 18, "个", qualifier="approx", region="盐池"), region="盐池", pub="2024-07-20"),
]


REAL54_CASES = [
    # a place opening a sentence or a clause with its own period before its rate, the metric left out
    # (其中海宁市6月当月增长…, 南京市9月增长…, 余杭区本月增长…): the metric before, for the place and that period
    case("place-own-month-rate-in-clause", "上半年全市规上工业增加值增长6.1%,其中海宁市6月当月增长9.3%。",
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="嘉兴"),
         F("industrial_value_added", 2024, "M6", yoy=9.3, region="海宁"), region="嘉兴", pub="2024-07-20"),
    case("place-own-month-rate-next-sentence", "前三季度全省规模以上工业增加值同比增长7.4%。南京市9月增长0.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.4, region="江苏"),
         F("industrial_value_added", 2024, "M9", yoy=0.2, region="南京"), region="江苏", pub="2024-11-12"),
    case("place-this-month-rate", "1-5月,全市社会消费品零售总额增长4.2%。余杭区本月增长6.5%。",
         F("retail_sales", 2024, "M1-M5", yoy=4.2, region="杭州"),
         F("retail_sales", 2024, "M5", yoy=6.5, region="余杭"), region="杭州", pub="2024-06-20"),
    case("place-own-month-no-rate", "前三季度全省规模以上工业增加值同比增长7.4%。南京市9月新增企业1200户。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.4, region="江苏"), region="江苏", pub="2024-11-12"),
    # a month's own rate, then a rate said 累计 with no period of its own (…7月份增长5.4%，累计增长3.1%;
    # 本月同比增长…，累计同比增长…): the same metric's rate from January through that month
    case("month-rate-then-cumulative", "嘉兴市规上工业增加值7月份增长5.4%,累计增长3.1%。",
         F("industrial_value_added", 2024, "M7", yoy=5.4, region="嘉兴"),
         F("industrial_value_added", 2024, "M1-M7", yoy=3.1, region="嘉兴"), region="嘉兴", pub="2024-08-20"),
    case("single-month-fall-then-cumulative", "嘉兴市社会消费品零售总额11月单月下降1.2%;累计同比增长4.4%。",
         F("retail_sales", 2024, "M11", yoy=-1.2, region="嘉兴"),
         F("retail_sales", 2024, "M1-M11", yoy=4.4, region="嘉兴"), region="嘉兴", pub="2024-12-20"),
    case("place-this-month-then-cumulative",
         "前三季度全省规模以上工业增加值同比增长7.4%。南京市本月同比增长0.2%,累计同比增长3.0%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.4, region="江苏"),
         F("industrial_value_added", 2024, "M9", yoy=0.2, region="南京"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=3.0, region="南京"), region="江苏", pub="2024-11-12"),
    case("half-year-rate-then-cumulative-no-month", "上半年嘉兴市规上工业增加值增长5.4%,累计增长3.1%。",
         F("industrial_value_added", 2024, "H1", yoy=5.4, region="嘉兴"), region="嘉兴", pub="2024-07-20"),
]


REAL55_CASES = [
    # 其中 opening the sentence after a national total: the parts are the nation's too, not the home region's
    case("national-parts-trade", "今年前5个月,全国外贸进出口总值17.5万亿元,同比增长6.3%。其中,出口9.9万亿元,增长7.8%;进口7.6万亿元,增长4.4%。",
         region="宜兴", pub="2024-06-10"),
    case("national-parts-gdp-rates", "前三季度,全国地区生产总值增长5.0%。其中,第一产业增加值增长3.4%,第三产业增加值增长4.7%。",
         region="宜兴", pub="2024-10-20"),
    case("national-parts-income", "上半年,我国居民人均可支配收入20733元,增长5.4%。其中,城镇居民人均可支配收入27561元,农村居民人均可支配收入11272元。",
         region="桐乡", pub="2024-07-20"),
    case("national-then-own-sentence", "今年前5个月,全国进出口总额17.5万亿元,增长6.3%。本县出口12.4亿元,增长9%。",
         F("exports", 2024, "M1-M5", 12.4, "亿元", 9, region="宜兴"), region="宜兴", pub="2024-06-10"),
    case("national-then-qizhong-own-place", "上半年,全国规上工业增加值增长6%。其中,全市规上工业增加值增长8.1%。",
         F("industrial_value_added", 2024, "H1", yoy=8.1, region="宜兴"), region="宜兴", pub="2024-07-20"),
    # a box of figures, one item a line with no stops: a line ending in a rate ends its item before a short
    # line of words with its own figure (税收收入增长…: no rate of the metric the lines before named)
    case("box-progress-then-tax-line",
         "全县一般公共预算收入\n9.82亿元 同比增长7.4%\n前三季度全县一般公共预算收入进度\n完成年初预算的76.2%\n税收收入增长11.3%\n占一般公共预算收入比重为68.1%",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 9.82, "亿元", 7.4, region="宜兴"), region="宜兴", pub="2024-10-20"),
    case("box-progress-then-above-quota-line",
         "全市社会消费品零售总额\n86.5亿元 增长4.9%\n1-5月全市社会消费品零售总额进度\n完成全年目标的41.8%\n限上单位零售额增长10.7%",
         F("retail_sales", 2024, "M1-M5", 86.5, "亿元", 4.9, region="宜兴"), region="宜兴", pub="2024-06-20"),
    case("box-rate-line-then-rank-line", "1-8月全县规上工业增加值同比增长7.5%\n增速居全市第1位",
         F("industrial_value_added", 2024, "M1-M8", yoy=7.5, region="宜兴"), region="宜兴", pub="2024-09-20"),
]


REAL56_CASES = [
    # one bare rate opening the clause after one that pairs two levels with 分别 (A和B分别完成X和Y亿元,增长Z%):
    # every level's rate, as after 均 (not only the last level's)
    case("paired-levels-bare-rate-places",
         "上半年,全市固定资产投资完成156.8亿元,同比增长21.3%。分县看,襄垣县完成投资18.2亿元,增长25.1%;武乡县和沁县分别完成投资9.6和7.3亿元,增长19.8%。",
         F("fixed_asset_investment", 2013, "H1", 156.8, "亿元", 21.3, region="长治"),
         F("fixed_asset_investment", 2013, "H1", 18.2, "亿元", 25.1, region="襄垣"),
         F("fixed_asset_investment", 2013, "H1", 9.6, "亿元", 19.8, region="武乡"),
         F("fixed_asset_investment", 2013, "H1", 7.3, "亿元", 19.8, region="沁县"), region="长治", pub="2013-07-25"),
    case("paired-levels-bare-rate-metric-named",
         "前三季度,全市全部财政收入86.5亿元,增长12.1%。其中,清河县和南宫市分别实现全部财政收入6.3亿元、4.8亿元,同比增长15.2%。",
         F("fiscal_revenue_total", 2012, "Q1-Q3", 86.5, "亿元", 12.1, region="邢台"),
         F("fiscal_revenue_total", 2012, "Q1-Q3", 6.3, "亿元", 15.2, region="清河"),
         F("fiscal_revenue_total", 2012, "Q1-Q3", 4.8, "亿元", 15.2, region="南宫"), region="邢台", pub="2012-10-18"),
    case("paired-levels-bare-rate-metrics",
         "一季度,全县城镇居民人均可支配收入和农村居民人均可支配收入分别为8600元和4100元,增长9.8%。",
         F("income_urban_pc", 2015, "Q1", 8600, "元", 9.8, region="兰考"),
         F("income_rural_pc", 2015, "Q1", 4100, "元", 9.8, region="兰考"), region="兰考", pub="2015-04-20"),
    # near misses: rates paired by 分别 keep their order; levels not paired by 分别 leave the rate to the last
    case("paired-levels-own-rates",
         "上半年,全市固定资产投资完成156.8亿元,同比增长21.3%。分县看,武乡县和沁县分别完成投资9.6和7.3亿元,分别增长19.8%和12.4%。",
         F("fixed_asset_investment", 2013, "H1", 156.8, "亿元", 21.3, region="长治"),
         F("fixed_asset_investment", 2013, "H1", 9.6, "亿元", 19.8, region="武乡"),
         F("fixed_asset_investment", 2013, "H1", 7.3, "亿元", 12.4, region="沁县"), region="长治", pub="2013-07-25"),
    case("unpaired-levels-rate-last",
         "前三季度,全市全部财政收入86.5亿元,增长12.1%。其中,清河县实现全部财政收入6.3亿元,南宫市实现全部财政收入4.8亿元,同比增长15.2%。",
         F("fiscal_revenue_total", 2012, "Q1-Q3", 86.5, "亿元", 12.1, region="邢台"),
         F("fiscal_revenue_total", 2012, "Q1-Q3", 6.3, "亿元", region="清河"),
         F("fiscal_revenue_total", 2012, "Q1-Q3", 4.8, "亿元", 15.2, region="南宫"), region="邢台", pub="2012-10-18"),
    case("paired-levels-then-share",
         "一季度,全县城镇居民人均可支配收入和农村居民人均可支配收入分别为8600元和4100元,比值为2.1。",
         F("income_urban_pc", 2015, "Q1", 8600, "元", region="兰考"),
         F("income_rural_pc", 2015, "Q1", 4100, "元", region="兰考"), region="兰考", pub="2015-04-20"),
]


REAL57_CASES = [
    # 区镇 (a development zone and its town run as one) opening the sentence as its subject: every figure of the
    # list after it is that town's, the 规上 ones too, not only the first one that follows the word
    case("zone-town-subject-list-gdp-output", "2023年,区镇完成地区生产总值88.6亿元,规上工业总产值402.7亿元。",
         region="平湖", pub="2025-03-01"),
    case("zone-town-subject-list-fiscal-iva", "2022年,区镇完成财政总收入12.3亿元,规上工业增加值45.6亿元。",
         region="海盐", pub="2023-03-01"),
    case("zone-town-subject-list-gdp-sized-output", "去年,区镇实现生产总值131.7亿元,规上工业产值560.4亿元。",
         region="嘉善", pub="2025-02-10"),
    # near misses: the region as the subject keeps both its figures; a zone named as such stays a zone
    case("zone-town-near-miss-region-subject", "2024年,全市实现生产总值1018.3亿元,规上工业产值2650.4亿元。",
         F("gdp", 2024, "FY", 1018.3, "亿元", region="平湖"), F("industrial_output", 2024, "FY", 2650.4, "亿元", region="平湖"),
         region="平湖", pub="2025-03-01"),
    case("zone-town-near-miss-county-subject", "2022年,全县完成财政总收入112.3亿元,规上工业增加值345.6亿元。",
         F("fiscal_revenue_total", 2022, "FY", 112.3, "亿元", region="海盐"),
         F("industrial_value_added", 2022, "FY", 345.6, "亿元", region="海盐"), region="海盐", pub="2023-03-01"),
]


REAL58_CASES = [
    # a zone of several places named after one of them (平原经济区, 沿海经济带, 经济区): the zone's figure is no
    # city's own; the city's own figure beside it stays
    case("zone-named-after-city-beside-city", "2022年,襄阳平原经济区地区生产总值6120.3亿元,增长4.5%;襄阳市地区生产总值5827.8亿元,增长4.9%。",
         F("gdp", 2022, "FY", 5827.8, "亿元", 4.9, region="襄阳"), region="湖北", pub="2023-03-01"),
    case("zone-named-after-city-rate-only", "一季度,合肥滨湖经济区规上工业增加值增长9.2%。", region="安徽", pub="2024-04-20"),
    case("zone-rate-beside-province", "前三季度,长沙经济区规上工业增加值增长7.1%,全省规上工业增加值增长6.5%。",
         F("industrial_value_added", 2023, "Q1-Q3", None, "", 6.5, region="湖南"), region="湖南", pub="2023-10-25"),
    # near misses: a group of places that only describes where the place lies (作为…经济区中心城市; 地处…经济带,
    # then the place's own clause): the place's figure stays
    case("zone-describes-city-as", "作为海峡西岸经济区中心城市,泉州市2023年地区生产总值12172.3亿元,增长5.1%。",
         F("gdp", 2023, "FY", 12172.3, "亿元", 5.1, region="泉州"), region="泉州", pub="2024-02-01"),
    case("zone-describes-city-clause-before", "全市地处长江经济带中游,2023年全市地区生产总值5756.4亿元,增长5.8%。",
         F("gdp", 2023, "FY", 5756.4, "亿元", 5.8, region="宜昌"), region="宜昌", pub="2024-01-30"),
    case("metro-area-describes-city-clause-before", "全市处于南京都市圈核心层,2023年全市地区生产总值5756.4亿元,增长5.8%。",
         F("gdp", 2023, "FY", 5756.4, "亿元", 5.8, region="镇江"), region="镇江", pub="2024-01-30"),
    # a rate word after the metric, then the period its value is for, then 为/达 and the percent (增速前三季度为…;
    # 增速持续回升，前三季度为…): the metric's rate for that period
    case("rate-word-period-then-value", "全市固定资产投资增速前三季度为8.2%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 8.2, region="合肥"), region="合肥", pub="2024-10-23"),
    case("rate-word-trend-then-period-value", "今年以来,全省规上工业增加值增速逐月加快,上半年达到7.4%。",
         F("industrial_value_added", 2024, "H1", None, "", 7.4, region="湖北"), region="湖北", pub="2024-07-20"),
    case("rate-word-widening-then-quarter", "全市社会消费品零售总额增幅稳步扩大,一季度为6.1%。",
         F("retail_sales", 2024, "Q1", None, "", 6.1, region="常德"), region="常德", pub="2024-04-25"),
    # near misses: a share or a rank after the period is no rate
    case("rate-word-period-then-share", "全市出口增速放缓,上半年占全省比重为12.5%。", region="厦门", pub="2024-07-20"),
    case("rate-word-period-then-rank", "全市工业投资增速上半年排名全省第3位。", region="宜昌", pub="2024-07-20"),
]


S22_CASES = [
    # a place, then words saying it published the figure (公布, 发布, 晒出; its 统计局, a day word, 了/的), then the
    # metric: the place's own figure (before: a sector's)
    case("published-prefix-plain", "湖州市公布前三季度GDP为2890.1亿元。",
         F("gdp", 2023, "Q1-Q3", 2890.1, "亿元", region="湖州"), region="浙江", pub="2023-11-02"),
    case("published-prefix-day-word", "湖州今天公布前三季度GDP为2890.1亿元,同比增长6.1%。",
         F("gdp", 2023, "Q1-Q3", 2890.1, "亿元", 6.1, region="湖州"), region="浙江", pub="2023-11-02"),
    case("published-prefix-bureau", "台州市统计局日前发布的上半年社会消费品零售总额为1201.3亿元。",
         F("retail_sales", 2023, "H1", 1201.3, "亿元", region="台州"), region="浙江", pub="2023-07-25"),
    case("published-prefix-rate", "嘉兴市统计局近日公布的一季度规上工业增加值增长8.3%。",
         F("industrial_value_added", 2023, "Q1", yoy=8.3, region="嘉兴"), region="浙江", pub="2023-04-25"),
    case("published-prefix-report-card", "绍兴市晒出的前三季度一般公共预算收入达到421.5亿元。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", 421.5, "亿元", region="绍兴"), region="浙江", pub="2023-11-02"),
    # near misses: a sector's figure published (制造业增加值) and a company's
    case("published-prefix-sector", "湖州市公布前三季度制造业增加值为890.1亿元。", region="浙江", pub="2023-11-02"),
    case("published-prefix-company", "湖州某公司发布前三季度产值为12.1亿元。", region="浙江", pub="2023-11-02"),
    # the progress towards the year's plan right after the metric (完成年度计划的…, 为全年计划的…, 占年度目标任务的…), then
    # the figure: the metric's actual figure (before: nothing, or a target's: 年度 read as the time, 计划 as a plan,
    # 占 as a share of a larger whole)
    case("plan-progress-done-year-plan", "前三季度,全县固定资产投资完成年度计划的78.2%,达到156.3亿元,同比增长9.1%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", 156.3, "亿元", 9.1, region="嘉善"), region="嘉善", pub="2023-10-28"),
    case("plan-progress-done-year-target-task", "前三季度,全县一般公共预算收入完成年度目标任务的81.5%,达到23.6亿元,增长5.2%。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", 23.6, "亿元", 5.2, region="嘉善"), region="嘉善", pub="2023-10-28"),
    case("plan-progress-is-full-year-plan", "前三季度,全县工业投资为全年计划的81.5%,总量达36.2亿元,增长10.2%。",
         F("industrial_investment", 2023, "Q1-Q3", 36.2, "亿元", 10.2, region="嘉善"), region="嘉善", pub="2024-01-28"),
    case("plan-progress-share-of-target", "前三季度,全县固定资产投资占年度目标任务的76.3%,完成152.1亿元,同比增长8.4%。",
         F("fixed_asset_investment", 2023, "Q1-Q3", 152.1, "亿元", 8.4, region="嘉善"), region="嘉善", pub="2024-01-28"),
    case("plan-progress-share-of-budget", "1-9月,全县一般公共预算收入占年度预算的80.2%,为18.6亿元,增长5.5%。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", 18.6, "亿元", 5.5, region="嘉善"), region="嘉善", pub="2023-10-28"),
    case("plan-progress-share-of-full-year-plan", "上半年,全区工业投资占全年计划的52.1%,达到41.3亿元,增长12.6%。",
         F("industrial_investment", 2023, "H1", 41.3, "亿元", 12.6, region="秀洲"), region="秀洲", pub="2023-07-28"),
    # near misses: a plan still to be met (力争), the year's target itself (年度目标为…), a share of a larger whole
    case("plan-progress-strive", "力争完成年度计划的95%,全年固定资产投资达到200亿元。", region="嘉善", pub="2023-10-28"),
    case("plan-progress-year-target", "年度目标为固定资产投资增长10%。", region="嘉善", pub="2023-10-28"),
    case("plan-progress-share-of-a-whole", "前三季度,全县GDP占全市的12.3%。", region="嘉善", pub="2023-10-28"),
    # a round-up of a city's places (各县(市、区)…, 各地…): no place of it is the article's own; a place that labels
    # its paragraph (桐乡市 on its own line, 嘉善县:, 【海盐】), only times and marks before a whole-region word of its
    # kind (全市 and 市, 全县 and 县), is that word's place (before: the first place named, for the whole article)
    case("place-label-heading-line", "各县(市、区)上半年经济运行情况\n\n海宁市:上半年实现地区生产总值612.3亿元,同比增长6.2%。"
         "\n\n桐乡市\n上半年,全市实现地区生产总值598.7亿元,增长5.9%。",
         F("gdp", 2024, "H1", 612.3, "亿元", 6.2, region="海宁"), F("gdp", 2024, "H1", 598.7, "亿元", 5.9, region="桐乡"),
         region="嘉兴", pub="2024-07-28"),
    case("place-label-run-in-colon", "各县(市、区)前三季度经济运行情况\n\n海宁市:前三季度实现地区生产总值920.4亿元,同比增长5.8%。"
         "\n\n嘉善县:前三季度,全县实现规上工业增加值301.2亿元,增长9.4%。",
         F("gdp", 2024, "Q1-Q3", 920.4, "亿元", 5.8, region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", 301.2, "亿元", 9.4, region="嘉善"), region="嘉兴", pub="2024-10-28"),
    case("place-label-brackets", "各地前三季度外贸\n\n【平湖】前三季度,全市外贸出口412.6亿元,增长8.8%。"
         "\n\n【海盐】前三季度,全县外贸出口190.3亿元,增长5.2%。",
         F("exports", 2024, "Q1-Q3", 412.6, "亿元", 8.8, region="平湖"),
         F("exports", 2024, "Q1-Q3", 190.3, "亿元", 5.2, region="海盐"), region="嘉兴", pub="2024-10-28"),
    # 市县 (Hainan's word for its cities and counties) heads a table's column of places, as 县市 and 地区 do: the
    # rows keep their levels (before: the rates alone, or nothing), whether the cells come one a line, spaced
    # apart (市 县), or in a row of cells
    case("label-header-city-county-cells", "附表:2018年上半年各市县地区生产总值及增速\n市 县\n绝对数\n(亿元)\n比上年同期增长\n(%)\n"
         "海口市\n797.49\n8.1\n三亚市\n304.09\n7.0\n文昌市\n122.07\n3.5\n",
         F("gdp", 2018, "H1", 797.49, "亿元", 8.1, region="海口"), F("gdp", 2018, "H1", 304.09, "亿元", 7.0, region="三亚"),
         F("gdp", 2018, "H1", 122.07, "亿元", 3.5, region="文昌"), region="海南", pub="2018-07-18"),
    case("label-header-city-county-one-word", "附表:2019年前三季度各市县地区生产总值\n市县\n总量(亿元)\n增速(%)\n"
         "琼海市\n201.35\n5.6\n万宁市\n162.08\n4.9\n",
         F("gdp", 2019, "Q1-Q3", 201.35, "亿元", 5.6, region="琼海"), F("gdp", 2019, "Q1-Q3", 162.08, "亿元", 4.9, region="万宁"),
         region="海南", pub="2019-10-25"),
    case("label-header-city-county-row", "2024年1-6月各市县主要指标\n市县 地区生产总值(亿元) 增长(%)\n海宁市 612.3 6.2\n"
         "桐乡市 598.7 5.9\n嘉善县 402.1 6.8\n",
         F("gdp", 2024, "H1", 612.3, "亿元", 6.2, region="海宁"), F("gdp", 2024, "H1", 598.7, "亿元", 5.9, region="桐乡"),
         F("gdp", 2024, "H1", 402.1, "亿元", 6.8, region="嘉善"), region="嘉兴", pub="2024-07-28"),
    # the two- and three-em dashes (⸺ ⸻: what a browser's PDF prints for —— and ———) mark an empty cell, as ——
    # does (before: the row's cells were misread and the row gave nothing)
    case("empty-cell-two-em-dash", "1-9月进度数据 | |||\n本月 | 1-9月累计 | 累计 | |\n增长% | |||\n"
         "本地生产总值(亿元) | \u2e3a | 1820.45 | 6.1 |\n第一产业 | \u2e3a | 41.20 | 3.3 |\n",
         F("gdp", 2024, "Q1-Q3", 1820.45, "亿元", 6.1, region="东莞"),
         F("gdp_primary", 2024, "Q1-Q3", 41.20, "亿元", 3.3, region="东莞"), region="东莞", pub="2024-10-25"),
    case("empty-cell-three-em-dash", "1-6月主要指标 | |||\n本月 | 1-6月累计 | 累计 | |\n增长% | |||\n"
         "规模以上工业增加值(亿元) | \u2e3b | 602.31 | 8.4 |\n固定资产投资(亿元) | \u2e3b | \u2e3b | 5.2 |\n",
         F("industrial_value_added", 2024, "H1", 602.31, "亿元", 8.4, region="佛山"),
         F("fixed_asset_investment", 2024, "H1", yoy=5.2, region="佛山"), region="佛山", pub="2024-07-25"),
    case("empty-cell-two-em-dash-tabs", "2024年1-9月主要经济指标\n指标\t9月\t1-9月\t增长(%)\n"
         "地区生产总值(亿元)\t\u2e3a\t1820.45\t6.1\n社会消费品零售总额(亿元)\t81.2\t702.36\t4.5\n",
         F("gdp", 2024, "Q1-Q3", 1820.45, "亿元", 6.1, region="东莞"), F("retail_sales", 2024, "M9", 81.2, "亿元", region="东莞"),
         F("retail_sales", 2024, "Q1-Q3", 702.36, "亿元", 4.5, region="东莞"), region="东莞", pub="2024-10-25"),
    # near miss: a figure between the place and 全市: the city around it
    case("place-label-figure-between", "各县(市、区)上半年经济运行情况\n\n海宁市上半年GDP增长6.2%,全市GDP增长5.5%。",
         F("gdp", 2024, "H1", yoy=6.2, region="海宁"), F("gdp", 2024, "H1", yoy=5.5, region="嘉兴"),
         region="嘉兴", pub="2024-07-28"),
]


S23_CASES = [
    # a cumulative figure, its rate's shift in points (增速比一季度提高…, 增幅较1-4月回落…, 比1-2月加快…), then a month's own
    # level (其中4月当月实现…, 其中5月份实现…, 3月份完成…): the month's figure of the same metric (before: the level was lost)
    case("points-then-month-level-quarter", "1-4月,全县规上工业增加值216.3亿元,同比增长7.2%,增速比一季度提高0.8个百分点,其中4月当月实现52.1亿元,增长9.3%。",
         F("industrial_value_added", 2024, "M1-M4", 216.3, "亿元", 7.2, region="海盐"),
         F("industrial_value_added", 2024, "M4", 52.1, "亿元", 9.3, region="海盐"), region="海盐", pub="2024-05-20"),
    case("points-then-month-level-fell", "今年前5个月,全县社会消费品零售总额达到88.6亿元,增长5.1%,增幅较1-4月回落0.4个百分点,其中5月份实现18.2亿元,同比增长4.6%。",
         F("retail_sales", 2024, "M1-M5", 88.6, "亿元", 5.1, region="海盐"),
         F("retail_sales", 2024, "M5", 18.2, "亿元", 4.6, region="海盐"), region="海盐", pub="2024-06-20"),
    case("points-then-month-level-semicolon", "1-3月,全县一般公共预算收入63.5亿元,增长4.4%,比1-2月加快1.5个百分点;3月份完成19.8亿元。",
         F("fiscal_revenue_general", 2024, "Q1", 63.5, "亿元", 4.4, region="海盐"),
         F("fiscal_revenue_general", 2024, "M3", 19.8, "亿元", region="海盐"), region="海盐", pub="2024-04-20"),
    # near misses: after the points, 其中 and a part (民间投资, 限上单位) is no month's figure of the whole
    case("points-then-part-investment", "1-6月,全县固定资产投资98.2亿元,增长6.3%,比一季度回落1.2个百分点,其中民间投资完成55.4亿元。",
         F("fixed_asset_investment", 2024, "H1", 98.2, "亿元", 6.3, region="海盐"), region="海盐", pub="2024-07-20"),
    case("points-then-part-retail", "上半年,全县社会消费品零售总额150.2亿元,增长5.5%,比全省高0.6个百分点,其中限上单位实现零售额61.8亿元。",
         F("retail_sales", 2024, "H1", 150.2, "亿元", 5.5, region="海盐"), region="海盐", pub="2024-07-20"),
    # 今年以来 in an article whose one period is a single month or quarter (其中9月当月…, 其中二季度…): the months from
    # January to its end (before: the single month itself, two rows of one key)
    case("since-new-year-then-month", "今年以来,全县外贸出口增长10.2%,其中9月当月增长15.3%。",
         F("exports", 2024, "Q1-Q3", yoy=10.2, region="嘉善"), F("exports", 2024, "M9", yoy=15.3, region="嘉善"),
         region="嘉善", pub="2024-10-25"),
    case("since-new-year-then-month-level", "今年以来,全县固定资产投资增长12.5%,其中8月份完成投资35.2亿元,增长9.1%。",
         F("fixed_asset_investment", 2024, "M1-M8", yoy=12.5, region="嘉善"),
         F("fixed_asset_investment", 2024, "M8", 35.2, "亿元", 9.1, region="嘉善"), region="嘉善", pub="2024-09-25"),
    case("since-new-year-then-quarter", "今年以来,全县规上工业增加值增长7.1%,其中二季度增长8.0%。",
         F("industrial_value_added", 2024, "H1", yoy=7.1, region="嘉善"),
         F("industrial_value_added", 2024, "Q2", yoy=8.0, region="嘉善"), region="嘉善", pub="2024-07-25"),
    # near miss: 今年以来 with no period in the article: the months before the publication's
    case("since-new-year-alone", "今年以来,全区外贸出口增长10.2%。",
         F("exports", 2024, "M1-M6", yoy=10.2, region="嘉善"), region="嘉善", pub="2024-07-25"),
    # a per cent in Chinese numerals (增长百分之七点二, 下降百分之三, 分别增长百分之五点一和百分之六点八): the same rate as in
    # digits (before: no rate at all)
    case("cn-percent-decimal", "上半年,全县地区生产总值增长百分之七点二。",
         F("gdp", 2024, "H1", yoy=7.2, region="嘉善"), region="嘉善", pub="2024-07-25"),
    case("cn-percent-whole-fall", "前三季度,全县规上工业增加值同比增长百分之十二点五,固定资产投资下降百分之三。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=12.5, region="嘉善"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=-3, region="嘉善"), region="嘉善", pub="2024-10-25"),
    case("cn-percent-list", "2023年,全县一般公共预算收入增长百分之十,城乡居民收入分别增长百分之五点一和百分之六点八。",
         F("fiscal_revenue_general", 2023, "FY", yoy=10, region="嘉善"), F("income_urban_pc", 2023, "FY", yoy=5.1, region="嘉善"),
         F("income_rural_pc", 2023, "FY", yoy=6.8, region="嘉善"), region="嘉善", pub="2024-02-25"),
    # near miss: a share in Chinese numerals is still a share
    case("cn-percent-share", "2023年,全县出口占全市的百分之二十。", region="嘉善", pub="2024-02-25"),
    # 创造 as the verb inside a metric's name (第三产业创造增加值, 第一产业完成…;第三产业创造…): as 实现 (before: the name
    # split in two, no fact); a guard: 创造历史新高 before the level stays a remark
    case("create-verb-industries", "前三季度,全县第二产业创造增加值88.6亿元,增长7.4%;第三产业创造增加值102.3亿元,增长5.2%。",
         F("gdp_secondary", 2023, "Q1-Q3", 88.6, "亿元", 7.4, region="江津"),
         F("gdp_tertiary", 2023, "Q1-Q3", 102.3, "亿元", 5.2, region="江津"), region="江津", pub="2023-10-25"),
    case("create-verb-mixed-with-done", "一季度,全区第一产业完成增加值16.2亿元,增长3.9%;第三产业创造增加值114.1亿元,增长3.9%。",
         F("gdp_primary", 2023, "Q1", 16.2, "亿元", 3.9, region="江津"),
         F("gdp_tertiary", 2023, "Q1", 114.1, "亿元", 3.9, region="江津"), region="江津", pub="2023-04-25"),
    case("create-verb-record-then-level", "前三季度,全县外贸出口创造历史新高,达到312.5亿元。",
         F("exports", 2023, "Q1-Q3", 312.5, "亿元", region="江津"), region="江津", pub="2023-10-25"),
    # near miss: firms' profits created are no metric of ours
    case("create-verb-profits", "前三季度,全县规上工业企业创造利润12.4亿元,增长8.3%。", region="江津", pub="2023-10-25"),
    # 全市 compared with a county-level place's own rate is the city it lies in, in any paper: a district in its
    # city's paper, the county-level city's own paper (我市…高于全市的…), a province's paper (before: no row, or none of
    # the city's; real72's compared-self-* are the first variants)
    case("compared-whole-city-district", "上半年,南湖区固定资产投资增长15.3%,高于全市8.1%的平均水平。",
         F("fixed_asset_investment", 2024, "H1", yoy=15.3, region="南湖"),
         F("fixed_asset_investment", 2024, "H1", yoy=8.1, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-whole-city-own-paper", "前三季度,我市规上工业增加值增长12.1%,高于全市的8.9%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=12.1, region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=8.9, region="嘉兴"), region="海宁", pub="2024-10-25"),
    case("compared-whole-city-province-paper", "前三季度,桐乡市地区生产总值增长9.0%,高于全市(7.0%)。",
         F("gdp", 2024, "Q1-Q3", yoy=9.0, region="桐乡"), F("gdp", 2024, "Q1-Q3", yoy=7.0, region="嘉兴"),
         region="浙江", pub="2024-10-25"),
    # guard: a municipality's district compares with the municipality (上海)
    case("compared-whole-city-municipal-district", "前三季度,浦东新区规上工业总产值增长6.1%,高于全市(4.2%)。",
         F("industrial_output", 2024, "Q1-Q3", yoy=6.1, region="浦东新区"),
         F("industrial_output", 2024, "Q1-Q3", yoy=4.2, region="上海"), region="浦东新区", pub="2024-10-25"),
    # an estimate for this year (预计今年…) in an article whose one period is a quarter or a half: the year's estimate,
    # not the period's, so the period's actual figure near it stays actual (before: the estimate took the article's
    # period and the actual figure was read as restating it)
    case("year-estimate-beside-quarter-actual", "一季度,全县实际利用外资3.5亿美元,同比增长9.9%。预计今年全县实际利用外资将达到3.6亿美元。",
         F("fdi_actual", 2021, "Q1", 3.5, "亿美元", 9.9, region="海盐"), region="海盐", pub="2021-04-20"),
    case("year-estimate-beside-months-actual", "1-5月,全县一般公共预算收入12亿元,增长6.1%。预计今年一般公共预算收入可达12.5亿元。",
         F("fiscal_revenue_general", 2021, "M1-M5", 12, "亿元", 6.1, region="海盐"), region="海盐", pub="2021-06-20"),
    case("year-estimate-after-half-actual", "上半年,全县固定资产投资85亿元,增长7.3%。今年全县固定资产投资预计完成88亿元。",
         F("fixed_asset_investment", 2021, "H1", 85, "亿元", 7.3, region="海盐"), region="海盐", pub="2021-07-20"),
]


REAL61_CASES = [
    # one change word before a list of amounts (分别较2018年增加…元、…元; 分别比上年增加…亿元和…亿元): every amount of
    # the list is a change, no level of the year (was: the first a change, the second a level of both items)
    case("change-list-income-since-year", "与2018年相比,全县城乡居民人均可支配收入分别增加9870元、6215元。",
         region="宁乡", pub="2024-02-01"),
    case("change-list-fiscal-he", "2023年,全市财政总收入和一般公共预算收入分别比上年增加8.6亿元和5.2亿元。",
         region="株洲", pub="2024-02-20"),
    case("change-list-same-period", "上半年,全区社会消费品零售总额和固定资产投资分别比去年同期增加12.4亿元、30.1亿元。",
         region="鄞州", pub="2024-07-25"),
    # the levels after the list of changes stay facts (was: the second change taken as a level)
    case("change-list-then-levels", "2023年,全市财政总收入和一般公共预算收入分别比上年增加8.6亿元和5.2亿元,分别达到120.3亿元和75.6亿元。",
         F("fiscal_revenue_total", 2023, "FY", 120.3, "亿元", region="株洲"),
         F("fiscal_revenue_general", 2023, "FY", 75.6, "亿元", region="株洲"), region="株洲", pub="2024-02-20"),
    # near miss: one change, then the level
    case("change-then-level-one", "2023年,城镇居民人均可支配收入比上年增加2310元,达到51200元。",
         F("income_urban_pc", 2023, "FY", 51200, "元", region="宁乡"), region="宁乡", pub="2024-02-01"),
    # every town (各镇, 各乡镇, 各街道) named in a clause before a subject-less figure: the county's work on its towns,
    # no town's figure (was scope town); a town by its name or 该镇 stays the town's
    case("every-town-duty-then-county-figure", "压实各镇招商责任,全年完成固定资产投资56.2亿元,增长11.5%。",
         F("fixed_asset_investment", 2023, "FY", 56.2, "亿元", 11.5, region="旬阳"), region="旬阳", pub="2024-03-01"),
    case("every-township-then-county-figure", "督促各乡镇抓好项目落地,全年实现规模以上工业增加值18.4亿元,增长7.2%。",
         F("industrial_value_added", 2023, "FY", 18.4, "亿元", 7.2, region="汉阴"), region="汉阴", pub="2024-02-26"),
    case("townships-generic-then-county-figure", "压实乡镇和部门责任,全年完成固定资产投资44.7亿元,增长9.3%。",
         F("fixed_asset_investment", 2023, "FY", 44.7, "亿元", 9.3, region="紫阳"), region="紫阳", pub="2024-02-26"),
    # near misses: a town by its name, or 该镇, opening the sentence keeps the figure the town's
    case("named-town-then-figure-stays-town", "龙泉镇抓项目促投资,全年完成固定资产投资12.3亿元。", region="旬阳", pub="2024-03-01"),
    case("this-town-then-figure-stays-town", "该镇紧盯项目建设,全年完成固定资产投资8.6亿元,增长10.2%。", region="汉阴", pub="2024-02-26"),
    # a year named between a metric and its plan word (地区生产总值2023年预计达到…; 一般公共预算收入2024年全年预计…):
    # the plan word still governs the figure, as it does with 今年 or 全年 there
    case("plan-after-metric-year-reach", "全县地区生产总值2023年预计达到312.5亿元。", region="醴陵", pub="2024-01-20"),
    case("plan-after-metric-year-rate", "一般公共预算收入2023年预计完成18.6亿元,增长8.2%。", region="醴陵", pub="2024-01-20"),
    case("plan-after-metric-year-fullyear", "全市社会消费品零售总额2024年全年预计增长5.5%。", region="湘潭", pub="2025-01-15"),
    # near misses: a year with no plan word gives the level; a plan word in the next clause is that clause's
    case("year-after-metric-no-plan", "全县地区生产总值2023年达到312.5亿元。",
         F("gdp", 2023, "FY", 312.5, "亿元", region="醴陵"), region="醴陵", pub="2024-01-20"),
    # a later year named after a past level, then a rate (…312.5亿元，今年预计增长6%; …，2024年力争增长6.5%): the
    # later year's rate (a plan), not the level's growth
    case("later-year-rate-jinnian-forecast", "2023年全县地区生产总值为312.5亿元,预计今年增长6%左右。",
         F("gdp", 2023, "FY", 312.5, "亿元", region="醴陵"), region="醴陵", pub="2024-01-20"),
    case("later-year-rate-named-year-target", "2023年,全市一般公共预算收入86.4亿元,2024年力争增长6.5%。",
         F("fiscal_revenue_general", 2023, "FY", 86.4, "亿元", region="株洲"), region="株洲", pub="2024-02-01"),
    case("later-year-rate-plan-word-after", "2022年,全县规上工业总产值520.3亿元,今年预期增长10%。",
         F("industrial_output", 2022, "FY", 520.3, "亿元", region="攸县"), region="攸县", pub="2023-02-10"),
    case("later-year-rate-actual-past", "2022年全县地区生产总值298.6亿元,2023年增长6.1%。",
         F("gdp", 2022, "FY", 298.6, "亿元", region="醴陵"), F("gdp", 2023, "FY", None, "", 6.1, region="醴陵"),
         region="醴陵", pub="2024-03-20"),
    # near misses: an earlier year compared with (为2020年的1.3倍; 比2022年) leaves the rate the level's
    case("earlier-year-multiple-then-rate", "2023年,全县地区生产总值312.5亿元,为2020年的1.3倍,增长6.1%。",
         F("gdp", 2023, "FY", 312.5, "亿元", 6.1, region="醴陵"), region="醴陵", pub="2024-01-20"),
    case("own-rate-then-later-plan", "2023年,全县地区生产总值312.5亿元,增长6.1%,今年预计增长6%。",
         F("gdp", 2023, "FY", 312.5, "亿元", 6.1, region="醴陵"), region="醴陵", pub="2024-01-20"),
    # a count of years right before a rate (五年翻了一番, 三年来实现翻番, 用5年时间翻一番, 五年增长62.3%): a growth
    # over those years, no year-on-year rate; the level after it stays the slot's
    case("years-count-doubling-then-level", "全县一般公共预算收入五年翻了一番,达到80.5亿元。",
         F("fiscal_revenue_general", 2023, "FY", 80.5, "亿元", region="双峰"), region="双峰", pub="2024-01-20"),
    case("years-count-doubling-after-level", "2023年,全市出口额达到12.3亿美元,五年翻了一番。",
         F("exports", 2023, "FY", 12.3, "亿美元", region="娄底"), region="娄底", pub="2024-02-05"),
    case("years-count-two-doublings", "全县社会消费品零售总额十年间翻了两番,达到215.6亿元。",
         F("retail_sales", 2023, "FY", 215.6, "亿元", region="新化"), region="新化", pub="2024-01-25"),
    case("years-count-percent-rate", "2023年,全县一般公共预算收入达到80.5亿元,五年增长62.3%。",
         F("fiscal_revenue_general", 2023, "FY", 80.5, "亿元", region="双峰"), region="双峰", pub="2024-01-20"),
    # near misses: a doubling with no years counted is the year's; a year (2023年, 二〇二三年) is no count
    case("doubling-no-count-is-yoy", "2023年,全县出口额翻了一番,达到12.3亿美元。",
         F("exports", 2023, "FY", 12.3, "亿美元", 100, region="新化"), region="新化", pub="2024-01-25"),
    case("year-not-a-count", "全县地区生产总值二〇二三年增长6.1%。",
         F("gdp", 2023, "FY", None, "", 6.1, region="双峰"), region="双峰", pub="2024-01-20"),
    # a plan word in the clause of a level, after the metric's own words and an average rate or a year-on-year
    # one (…年均增长7.8%，2023年预计达到…; …增长8.2%，全年预计完成…): that level is a plan's, the actual rate before
    # it stays
    case("plan-in-level-clause-after-average", "全县地区生产总值年均增长7.8%,2023年预计达到312.5亿元。",
         region="祁阳", pub="2024-01-20"),
    case("plan-in-level-clause-span", "五年来,全市一般公共预算收入年均增长6.2%,预计达到86.4亿元。",
         region="永州", pub="2021-09-15"),
    case("plan-in-level-clause-after-rate", "全县一般公共预算收入增长8.2%,全年预计完成18.6亿元。",
         F("fiscal_revenue_general", 2023, "FY", None, "", 8.2, region="祁阳"), region="祁阳", pub="2024-01-20"),
    # near misses: no plan word; a plan met (完成年度预算的…); a plan compared with (超过年初预计…)
    case("level-clause-no-plan", "全县地区生产总值年均增长7.8%,2023年达到312.5亿元。",
         F("gdp", 2023, "FY", 312.5, "亿元", region="祁阳"), region="祁阳", pub="2024-01-20"),
    case("level-then-budget-met", "全县一般公共预算收入完成18.6亿元,完成年度预算的102.3%。",
         F("fiscal_revenue_general", 2023, "FY", 18.6, "亿元", region="祁阳"), region="祁阳", pub="2024-01-20"),
]


REAL60_CASES = [
    # 全口径 before the general-budget revenue (全口径一般公共预算收入, 全口径公共财政预算收入) is the total fiscal
    # revenue; the local general-budget revenue after 其中 stays the general one
    case("all-caliber-budget-revenue-with-local", "2022年,全市全口径一般公共预算收入356.2亿元,增长4.1%。其中,地方一般公共预算收入210.5亿元,增长5.3%。",
         F("fiscal_revenue_total", 2022, "FY", 356.2, "亿元", 4.1, region="柳州"),
         F("fiscal_revenue_general", 2022, "FY", 210.5, "亿元", 5.3, region="柳州"), region="柳州", pub="2023-03-01"),
    case("all-caliber-public-finance-revenue", "上半年,全县全口径公共财政预算收入18.6亿元,同比增长9.2%。",
         F("fiscal_revenue_total", 2023, "H1", 18.6, "亿元", 9.2, region="仁寿"), region="仁寿", pub="2023-07-25"),
    case("all-caliber-budget-revenue-qizhong-same-sentence", "1-9月,全区完成全口径一般公共预算收入45.3亿元,其中地方一般公共预算收入27.8亿元。",
         F("fiscal_revenue_total", 2024, "M1-M9", 45.3, "亿元", region="龙华"),
         F("fiscal_revenue_general", 2024, "M1-M9", 27.8, "亿元", region="龙华"), region="龙华", pub="2024-10-20"),
    # near misses: the general-budget revenue with no 全口径 stays the general one; the spending is no revenue
    case("all-caliber-near-miss-plain-general", "2022年,全市一般公共预算收入210.5亿元,增长5.3%。",
         F("fiscal_revenue_general", 2022, "FY", 210.5, "亿元", 5.3, region="柳州"), region="柳州", pub="2023-03-01"),
    case("all-caliber-near-miss-spending", "2022年,全市全口径一般公共预算支出412.7亿元,增长3.9%。", region="柳州", pub="2023-03-01"),
    # a group of places (都市圈, 城市群, 经济带, 经济圈) that opens a sentence as its subject holds the metrics of its
    # later clause groups (after ；) too: the group's figures, no region's
    case("group-subject-across-semicolon-metro", "前三季度,长株潭都市圈实现地区生产总值9876.5亿元,增长5.2%;规上工业增加值增长6.8%。",
         region="长沙", pub="2023-10-30"),
    case("group-subject-across-semicolon-cluster", "2023年,关中平原城市群经济平稳运行,固定资产投资增长4.1%;社会消费品零售总额增长6.3%。",
         region="西安", pub="2024-02-20"),
    case("group-subject-across-semicolon-belt", "一季度,粤东经济带农业生产平稳,第一产业增加值增长3.5%;工业增加值增长5.4%;进出口总额增长8.1%。",
         region="汕头", pub="2024-04-25"),
    # near misses: a place named after the group, or a group that only describes the place, gives the place's figures
    case("group-subject-near-miss-place-after", "上半年,南京都市圈经济稳中有进;全市地区生产总值8532.4亿元,增长4.6%。",
         F("gdp", 2024, "H1", 8532.4, "亿元", 4.6, region="南京"), region="南京", pub="2024-07-25"),
    case("group-subject-near-miss-described", "作为成渝地区双城经济圈的重要节点,全区上半年地区生产总值增长6.2%;规上工业增加值增长7.1%。",
         F("gdp", 2024, "H1", None, "", 6.2, region="永川"), F("industrial_value_added", 2024, "H1", None, "", 7.1, region="永川"),
         region="永川", pub="2024-07-25"),
    # a place named by a superlative of the rates (增速最慢的是…, 增长最慢的是…) with a bare percent, after a sentence of
    # places' rates with the metric left out, and before another place's clause that names the metric again: the
    # rate of the metric of the sentence before
    case("superlative-place-rate-after-list-gdp",
         "2023年,全市地区生产总值4120.6亿元,增长5.6%。其中,廉江市8.5%、遂溪县7.2%位居前列。增速最慢的是徐闻县2.1%,雷州市地区生产总值增长6.1%。",
         F("gdp", 2023, "FY", 4120.6, "亿元", 5.6, region="湛江"), F("gdp", 2023, "FY", None, "", 8.5, region="廉江"),
         F("gdp", 2023, "FY", None, "", 7.2, region="遂溪"), F("gdp", 2023, "FY", None, "", 2.1, region="徐闻"),
         F("gdp", 2023, "FY", None, "", 6.1, region="雷州"), region="湛江", pub="2024-02-20"),
    case("superlative-place-rate-after-list-industry",
         "上半年,全州规上工业增加值增长9.3%。分县看,福贡县11.2%、贡山县10.4%。增长最慢的是泸水市1.2%,兰坪县规上工业增加值增长4.5%。",
         F("industrial_value_added", 2024, "H1", None, "", 9.3, region="怒江"),
         F("industrial_value_added", 2024, "H1", None, "", 11.2, region="福贡"),
         F("industrial_value_added", 2024, "H1", None, "", 10.4, region="贡山"),
         F("industrial_value_added", 2024, "H1", None, "", 1.2, region="泸水"),
         F("industrial_value_added", 2024, "H1", None, "", 4.5, region="兰坪"), region="怒江", pub="2024-07-25"),
    case("superlative-place-rate-after-list-investment",
         "前三季度,全市固定资产投资增长4.2%。其中,东兴市9.6%、上思县8.1%居前两位。增速最低的是防城区0.5%,港口区固定资产投资增长1.3%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 4.2, region="防城港"),
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 9.6, region="东兴"),
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 8.1, region="上思"),
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 0.5, region="防城区"),
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 1.3, region="港口"), region="防城港", pub="2024-10-25"),
    # near misses: a superlative of a share is no rate; a metric named before the superlative is the ranked one
    case("superlative-near-miss-share", "上半年,全市规上工业增加值增长7.5%。占比最高的是平阳县32.4%,瑞安市规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "H1", None, "", 7.5, region="温州"),
         F("industrial_value_added", 2024, "H1", None, "", 9.1, region="瑞安"), region="温州", pub="2024-07-25"),
    case("superlative-near-miss-metric-before", "一季度,全市规上工业增加值增长7.5%。各县中,固定资产投资增速最快的是平阳县12.4%,瑞安市增长9.1%。",
         F("industrial_value_added", 2024, "Q1", None, "", 7.5, region="温州"),
         F("fixed_asset_investment", 2024, "Q1", None, "", 12.4, region="平阳"),
         F("fixed_asset_investment", 2024, "Q1", None, "", 9.1, region="瑞安"), region="温州", pub="2024-04-25"),
    # a place (or a region word) right before 经济 and a rate right after it (全省经济增长…, 南宁经济同比增长…, 全市经济
    # 增速为…): the place's GDP growth
    case("economy-rate-province-two-periods", "一季度,全省经济增长6.2%,上半年全省经济增长6.5%,增速有所加快。",
         F("gdp", 2024, "Q1", None, "", 6.2, region="云南"), F("gdp", 2024, "H1", None, "", 6.5, region="云南"),
         region="云南", pub="2024-07-28"),
    case("economy-rate-named-city", "前三季度,南宁经济同比增长4.9%,高于全区平均水平。",
         F("gdp", 2024, "Q1-Q3", None, "", 4.9, region="南宁"), region="广西", pub="2024-10-28"),
    case("economy-rate-speed-word", "据初步核算,一季度全县经济增速为7.3%。",
         F("gdp", 2024, "Q1", None, "", 7.3, region="仁怀"), region="仁怀", pub="2024-04-26"),
    # near misses: a kind of economy (民营经济, 数字经济), a contribution to the growth, a target: no GDP rate
    case("economy-rate-near-miss-private", "上半年,全市民营经济增长7.1%。", region="遵义", pub="2024-07-28"),
    case("economy-rate-near-miss-digital", "上半年,全市数字经济增长15.2%。", region="遵义", pub="2024-07-28"),
    case("economy-rate-near-miss-contribution", "2023年,第三产业对全市经济增长的贡献率为45.3%。", region="遵义", pub="2024-02-28"),
    case("economy-rate-near-miss-target", "今年全市经济增长目标为6%左右。", region="遵义", pub="2024-02-28"),
    case("economy-rate-near-miss-since", "今年以来,全市经济增长5.5%,运行总体平稳。", region="遵义", pub="2024-08-28"),
    # a table's row of an area named after a place (儋州地区) above the place's own row (儋州市) and its neighbours':
    # the area is no place; the place's row is the place's figure
    case("area-row-above-place-row-gdp",
         "上半年各市县地区生产总值\n市县 | 绝对数(亿元) | 增长(%)\n海口市 | 1010.3 | 5.2\n儋州地区 | 301.2 | 4.1\n儋州市 | 180.5 | 4.6\n洋浦 | 120.7 | 3.4\n",
         F("gdp", 2024, "H1", 1010.3, "亿元", 5.2, region="海口"), F("gdp", 2024, "H1", 180.5, "亿元", 4.6, region="儋州"),
         F("gdp", 2024, "H1", 120.7, "亿元", 3.4, region="洋浦"), region="海南", pub="2024-07-20"),
    case("area-row-above-indented-rows-retail",
         "上半年各市县社会消费品零售总额\n市县 | 亿元 | 增长(%)\n三亚市 | 350.2 | 6.1\n儋州地区 | 95.4 | 3.2\n  儋州市 | 70.1 | 3.9\n  洋浦 | 25.3 | 1.1\n",
         F("retail_sales", 2024, "H1", 350.2, "亿元", 6.1, region="三亚"), F("retail_sales", 2024, "H1", 70.1, "亿元", 3.9, region="儋州"),
         F("retail_sales", 2024, "H1", 25.3, "亿元", 1.1, region="洋浦"), region="海南", pub="2024-07-20"),
    case("area-row-above-district-row",
         "2023年各区县地区生产总值\n区县 | 亿元 | 增长(%)\n黔江地区 | 120.4 | 5.1\n黔江区 | 60.2 | 5.6\n彭水县 | 30.1 | 4.2\n酉阳县 | 30.1 | 4.9\n",
         F("gdp", 2023, "FY", 60.2, "亿元", 5.6, region="黔江"), F("gdp", 2023, "FY", 30.1, "亿元", 4.2, region="彭水"),
         F("gdp", 2023, "FY", 30.1, "亿元", 4.9, region="酉阳"), region="重庆", pub="2024-03-20"),
    # near miss: a prefecture called 地区 (喀什地区) is a place of its own, beside the city named like it
    case("area-row-near-miss-prefecture",
         "2023年各地州市地区生产总值\n地区 | 亿元 | 增长(%)\n喀什地区 | 1200.5 | 6.1\n喀什市 | 420.3 | 5.8\n",
         F("gdp", 2023, "FY", 1200.5, "亿元", 6.1, region="喀什地区"), F("gdp", 2023, "FY", 420.3, "亿元", 5.8, region="喀什市"),
         region="新疆", pub="2024-03-20"),
    # an article whose title opens with a group of places (都市圈, 城市群, 经济圈) is the group's story: its sentences
    # with no subject of their own give the group's figures, no member's
    case("group-story-metro-subjectless",
         "长株潭都市圈一季度经济运行情况\n一季度,长株潭都市圈实现地区生产总值4210.5亿元,增长5.3%。规上工业增加值增长6.9%,社会消费品零售总额增长5.1%。",
         region="长沙", pub="2024-04-28"),
    case("group-story-cluster-subjectless",
         "关中平原城市群前三季度发展报告\n前三季度,城市群固定资产投资增长3.2%。社会消费品零售总额增长4.8%。",
         region="西安", pub="2024-10-28"),
    case("group-story-circle-subjectless",
         "成渝地区双城经济圈上半年经济数据发布\n上半年,双城经济圈第一产业增加值增长3.1%。工业增加值增长6.2%。进出口总额增长8.4%。",
         region="成都", pub="2024-07-28"),
    # near misses: the region named in the group's story (全市) gives its own figures; a region's title keeps its story
    case("group-story-near-miss-region-named",
         "长株潭都市圈一季度经济运行情况\n一季度,都市圈地区生产总值增长5.3%。其中,全市地区生产总值2510.3亿元,增长5.6%。",
         F("gdp", 2024, "Q1", 2510.3, "亿元", 5.6, region="长沙"), region="长沙", pub="2024-04-28"),
    case("group-story-near-miss-region-title",
         "长沙市一季度经济运行情况\n一季度,全市规上工业增加值增长6.9%。长株潭都市圈建设加快推进。社会消费品零售总额增长5.1%。",
         F("industrial_value_added", 2024, "Q1", None, "", 6.9, region="长沙"),
         F("retail_sales", 2024, "Q1", None, "", 5.1, region="长沙"), region="长沙", pub="2024-04-28"),
]


REAL59_CASES = [
    # a rundown of places (各县区…) whose numbered headings name one place each (一、长兴县 / (二)安吉县。…): each
    # section's subject-less figures, and its 全县/全区, are that place's; a heading that names no place ends it
    case("place-headings-same-line",
         "上半年各县区经济运行情况\n(一)长兴县。地区生产总值412.6亿元,增长6.8%。\n(二)安吉县。地区生产总值298.4亿元,增长7.2%。",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8, region="长兴"), F("gdp", 2024, "H1", 298.4, "亿元", 7.2, region="安吉"),
         region="湖州", pub="2024-07-30"),
    case("place-headings-own-line",
         "1-9月各区县主要指标\n一、江北区\n规上工业增加值增长7.4%。\n二、渝北区\n规上工业增加值增长9.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.4, region="江北区"),
         F("industrial_value_added", 2024, "Q1-Q3", yoy=9.2, region="渝北"), region="重庆", pub="2024-10-25"),
    case("place-headings-whole-word",
         "上半年各县区经济运行情况\n(一)长兴县\n全县地区生产总值412.6亿元,增长6.8%。\n(二)吴兴区\n全区地区生产总值298.4亿元,增长7.2%。",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8, region="长兴"), F("gdp", 2024, "H1", 298.4, "亿元", 7.2, region="吴兴"),
         region="湖州", pub="2024-07-30"),
    # near miss: a heading that names no place ends the place's section (全市: the city's)
    case("place-heading-then-topic-heading",
         "上半年各县区经济运行情况\n一、长兴县\n地区生产总值412.6亿元,增长6.8%。\n二、全市工业\n全市规上工业增加值增长8.1%。",
         F("gdp", 2024, "H1", 412.6, "亿元", 6.8, region="长兴"), F("industrial_value_added", 2024, "H1", yoy=8.1, region="湖州"),
         region="湖州", pub="2024-07-30"),
    # a title line that ends a brief's or a monthly report's name (…经济运行简况, …主要经济指标完成情况, …统计月报,
    # …经济运行概况) stands apart from the line after it: the figures after it are the region's, no sector's
    case("title-brief-then-bullet",
         "1-5月全县经济运行简况\n◆规模以上工业增加值增长10.2%,列全市第2位。\n◆社会消费品零售总额23.6亿元,增长6.1%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=10.2, region="安吉"),
         F("retail_sales", 2024, "M1-M5", 23.6, "亿元", 6.1, region="安吉"), region="安吉", pub="2024-06-20"),
    case("title-indicators-completed", "2024年1-8月全区主要经济指标完成情况\n规模以上工业增加值增长8.3%。",
         F("industrial_value_added", 2024, "M1-M8", yoy=8.3, region="柯桥"), region="柯桥", pub="2024-09-20"),
    case("title-monthly-report", "2024年5月份统计月报\n规上工业增加值增长6.6%。",
         F("industrial_value_added", 2024, "M5", yoy=6.6, region="德清"), region="德清", pub="2024-06-20"),
    # near miss: a heading that is no title (its line goes on to the figure in one sentence) is unchanged
    case("title-word-inside-sentence", "1-5月,全县经济运行概况良好,规上工业增加值增长9.1%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=9.1, region="安吉"), region="安吉", pub="2024-06-20"),
    # a ranking's title right after a metric named with no figure (GDP增速排名:, …排名如下:), then each place after
    # its ordinal between commas with its own figure (第一,宿迁,增长7.2%;第二,…): each place's figure
    case("ranking-title-ordinal-places-rates", "2023年,各市GDP增速排名:第一,宿迁,增长7.2%;第二,盐城,增长6.8%。",
         F("gdp", 2023, "FY", yoy=7.2, region="宿迁"), F("gdp", 2023, "FY", yoy=6.8, region="盐城"), region="江苏", pub="2024-02-20"),
    case("ranking-title-as-follows", "2024年上半年,各县规上工业增加值增速排名如下:第一,长兴,增长9.1%;第二,安吉,增长8.5%。",
         F("industrial_value_added", 2024, "H1", yoy=9.1, region="长兴"), F("industrial_value_added", 2024, "H1", yoy=8.5, region="安吉"),
         region="湖州", pub="2024-07-20"),
    case("ranking-title-ordinal-places-levels", "前三季度,各区社会消费品零售总额排名:第一,鼓楼区,312.5亿元;第二,秦淮区,286.1亿元。",
         F("retail_sales", 2024, "Q1-Q3", 312.5, "亿元", region="鼓楼区"), F("retail_sales", 2024, "Q1-Q3", 286.1, "亿元", region="秦淮"),
         region="南京", pub="2024-10-25"),
    case("ranking-title-ordinal-for-place", "2024年前三季度,各县固定资产投资增速排名:第一位为长兴,增长12.1%;第二位为德清,增长9.6%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=12.1, region="长兴"),
         F("fixed_asset_investment", 2024, "Q1-Q3", yoy=9.6, region="德清"), region="湖州", pub="2024-10-25"),
    case("ranking-title-ordinal-is-place", "2023年,各市GDP增速排名:第一位是宿迁,增长7.2%;第二位是盐城,增长6.8%。",
         F("gdp", 2023, "FY", yoy=7.2, region="宿迁"), F("gdp", 2023, "FY", yoy=6.8, region="盐城"), region="江苏", pub="2024-02-20"),
    # near miss: the region's own rank then its own rate
    case("own-rank-then-rate", "2023年,全市GDP增速排名全省第一,增长7.2%。", F("gdp", 2023, "FY", yoy=7.2, region="宿迁"),
         region="宿迁", pub="2024-02-20"),
    # a table column of the change in amount (增减额, 增加额, 增量) is no rate: the rate is the column of 增长%
    case("table-change-amount-before-rate",
         "2024年1-11月各市一般公共预算收入情况表\n单位:亿元\n| 地区 | 1-11月 | 增减额 | 增长% |\n"
         "| 杭州市 | 2301.5 | 44.7 | 2.0 |\n| 宁波市 | 1612.3 | 31.4 | 2.0 |",
         F("fiscal_revenue_general", 2024, "M1-M11", 2301.5, "亿元", 2.0, region="杭州"),
         F("fiscal_revenue_general", 2024, "M1-M11", 1612.3, "亿元", 2.0, region="宁波"), region="浙江", pub="2024-12-20"),
    case("table-increase-amount-column",
         "2023年各县社会消费品零售总额\n| 县 | 总额(亿元) | 比上年增减额(亿元) | 比上年增长(%) |\n| 长兴县 | 412.6 | 21.3 | 5.4 |\n| 安吉县 | 298.1 | 15.2 | 5.4 |",
         F("retail_sales", 2023, "FY", 412.6, "亿元", 5.4, region="长兴"), F("retail_sales", 2023, "FY", 298.1, "亿元", 5.4, region="安吉"),
         region="湖州", pub="2024-02-20"),
    case("table-change-quantity-column",
         "2024年1-6月各区固定资产投资\n单位:万元\n| 区 | 本年累计 | 增减量 | 增长% |\n| 吴兴区 | 2563100 | 120300 | 4.9 |\n| 南浔区 | 1845200 | -35100 | -1.9 |",
         F("fixed_asset_investment", 2024, "H1", 2563100, "万元", 4.9, region="吴兴"),
         F("fixed_asset_investment", 2024, "H1", 1845200, "万元", -1.9, region="南浔"), region="湖州", pub="2024-07-20"),
    # near miss: 增减(%) is the rate itself
    case("table-change-rate-column",
         "2023年各县社会消费品零售总额\n| 县 | 总额(亿元) | 增减(%) |\n| 长兴县 | 412.6 | 5.4 |\n| 安吉县 | 298.1 | -1.2 |",
         F("retail_sales", 2023, "FY", 412.6, "亿元", 5.4, region="长兴"), F("retail_sales", 2023, "FY", 298.1, "亿元", -1.2, region="安吉"),
         region="湖州", pub="2024-02-20"),
    # a table's header of two lines with a unit line (单位：亿元、%): a rank column (位次, 排位, 名次) under a metric's
    # group holds ranks, no levels in the unit line's unit
    case("table-rank-under-growth-group",
         "2024年上半年各县区固定资产投资\n单位：亿元、%\n| 县区 | 固定资产投资 | |\n| | 增速(%) | 排位 |\n"
         "| 丰南区 | 7.1 | 4 |\n| 丰润区 | 8.6 | 2 |",
         F("fixed_asset_investment", 2024, "H1", yoy=7.1, region="丰南"), F("fixed_asset_investment", 2024, "H1", yoy=8.6, region="丰润"),
         region="唐山", pub="2024-07-25"),
    case("table-rank-after-level-and-growth",
         "2024年1-6月各县(市、区)主要经济指标\n单位：亿元、%\n| 地区 | 地区生产总值 | | 规上工业增加值 | |\n"
         "| | 累计 | 同比% | 同比% | 位次 |\n| 海宁市 | 612.3 | 6.1 | 8.0 | 1 |\n| 桐乡市 | 580.4 | 5.6 | 6.9 | 2 |",
         F("gdp", 2024, "H1", 612.3, "亿元", 6.1, region="海宁"), F("industrial_value_added", 2024, "H1", yoy=8.0, region="海宁"),
         F("gdp", 2024, "H1", 580.4, "亿元", 5.6, region="桐乡"), F("industrial_value_added", 2024, "H1", yoy=6.9, region="桐乡"),
         region="嘉兴", pub="2024-07-25"),
    case("table-ranks-in-two-groups",
         "2024年1-5月各县主要经济指标\n单位：万元、%\n| 县 | 规上工业增加值 | | 一般公共预算收入 | | |\n"
         "| | 增速 | 名次 | 累计 | 增速 | 名次 |\n| 长兴县 | 8.1 | 1 | 452310 | 6.2 | 2 |\n| 安吉县 | 7.4 | 2 | 401220 | 7.5 | 1 |",
         F("industrial_value_added", 2024, "M1-M5", yoy=8.1, region="长兴"), F("industrial_value_added", 2024, "M1-M5", yoy=7.4, region="安吉"),
         F("fiscal_revenue_general", 2024, "M1-M5", 452310, "万元", 6.2, region="长兴"),
         F("fiscal_revenue_general", 2024, "M1-M5", 401220, "万元", 7.5, region="安吉"), region="湖州", pub="2024-06-25"),
    # near miss: a ranking's own column (GDP排名) beside the levels is no level
    case("table-metric-rank-column",
         "2023年各区GDP\n| 地区 | GDP(亿元) | GDP排名 | 增速(%) |\n| 鼓楼区 | 2012.5 | 1 | 6.1 |\n| 秦淮区 | 1356.2 | 2 | 5.4 |",
         F("gdp", 2023, "FY", 2012.5, "亿元", 6.1, region="鼓楼区"), F("gdp", 2023, "FY", 1356.2, "亿元", 5.4, region="秦淮"),
         region="南京", pub="2024-02-25"),
    # a metric, then the places a ranking puts first (位居前三, 排名前两位, 位列全市前三位), then their figures in turn
    # (分别/增速分别为): each place's own figure of the metric named before them
    case("top-ranked-places-rates", "在规上工业增加值增速排名中,滦州市、迁安市、遵化市位居前三,增速分别为7.7%、7.6%、7.5%。",
         F("industrial_value_added", 2021, "FY", yoy=7.7, region="滦州"), F("industrial_value_added", 2021, "FY", yoy=7.6, region="迁安"),
         F("industrial_value_added", 2021, "FY", yoy=7.5, region="遵化"), region="唐山", pub="2022-02-05"),
    case("top-ranked-places-levels", "从一般公共预算收入看,海宁市、桐乡市排名前两位,分别完成85.2亿元和80.1亿元。",
         F("fiscal_revenue_general", 2023, "FY", 85.2, "亿元", region="海宁"),
         F("fiscal_revenue_general", 2023, "FY", 80.1, "亿元", region="桐乡"), region="嘉兴", pub="2024-01-25"),
    case("top-ranked-districts-in-city", "上半年社会消费品零售总额方面,鼓楼区、秦淮区、玄武区位列全市前三位,分别增长6.1%、5.8%和5.2%。",
         F("retail_sales", 2024, "H1", yoy=6.1, region="鼓楼区"), F("retail_sales", 2024, "H1", yoy=5.8, region="秦淮"),
         F("retail_sales", 2024, "H1", yoy=5.2, region="玄武"), region="南京", pub="2024-07-25"),
    # near misses: the top places named with no figures of their own; the city's own rate before them stays its own
    case("top-ranked-places-no-figures", "在固定资产投资增速排名中,滦州市、迁安市、遵化市位居前三。", region="唐山", pub="2022-02-05"),
    case("top-ranked-after-city-rate", "2021年全市固定资产投资增长7.0%,滦州市、迁安市位居前两位,分别增长7.7%、7.6%。",
         F("fixed_asset_investment", 2021, "FY", yoy=7.0, region="唐山"), F("fixed_asset_investment", 2021, "FY", yoy=7.7, region="滦州"),
         F("fixed_asset_investment", 2021, "FY", yoy=7.6, region="迁安"), region="唐山", pub="2022-02-05"),
    # a zone whose name the gazetteer does not hold (芦台开发区, 钱江新区), listed among districts: a place of the list
    case("unknown-zone-in-ranked-list", "在固定资产投资增速排名中,曹妃甸区、芦台开发区、海港开发区位居前三甲,增速分别为7.7%、7.6%、7.5%。",
         F("fixed_asset_investment", 2021, "FY", yoy=7.7, region="曹妃甸"), F("fixed_asset_investment", 2021, "FY", yoy=7.6, region="芦台开发区"),
         F("fixed_asset_investment", 2021, "FY", yoy=7.5, region="海港开发区"), region="唐山", pub="2022-02-05"),
    case("unknown-new-area-in-list", "2023年,萧山区、钱江新区、余杭区规上工业增加值分别增长6.1%、5.8%、5.2%。",
         F("industrial_value_added", 2023, "FY", yoy=6.1, region="萧山"), F("industrial_value_added", 2023, "FY", yoy=5.8, region="钱江新区"),
         F("industrial_value_added", 2023, "FY", yoy=5.2, region="余杭"), region="杭州", pub="2024-02-05"),
    case("unknown-zone-second-of-two", "2021年,丰南区、芦台开发区固定资产投资分别增长7.1%、7.6%。",
         F("fixed_asset_investment", 2021, "FY", yoy=7.1, region="丰南"), F("fixed_asset_investment", 2021, "FY", yoy=7.6, region="芦台开发区"),
         region="唐山", pub="2022-02-05"),
    # near miss: a class of zones (国家级开发区) after a place is no place of its own
    case("zone-class-after-place", "2023年,南湖区、国家级开发区规上工业增加值分别增长6.1%、5.8%。", region="嘉兴", pub="2024-02-05"),
    # the bound a set of places passed, right after the metric (超过1500亿元，分别为…; 突破500亿元的有…), then
    # the places with their levels in brackets: each place's level, the bound none
    case("bound-then-bracket-levels", "前三季度,另有两个市规上工业增加值突破800亿元,分别为绍兴(865.2亿元)、台州(812.4亿元)。",
         F("industrial_value_added", 2024, "Q1-Q3", 865.2, "亿元", region="绍兴"),
         F("industrial_value_added", 2024, "Q1-Q3", 812.4, "亿元", region="台州"), region="浙江", pub="2024-10-30"),
    case("bound-of-set-then-places", "2023年,一般公共预算收入超过60亿元的有慈溪(88.6亿元)、余姚(72.3亿元)。",
         F("fiscal_revenue_general", 2023, "FY", 88.6, "亿元", region="慈溪"),
         F("fiscal_revenue_general", 2023, "FY", 72.3, "亿元", region="余姚"), region="宁波", pub="2024-02-10"),
    case("counted-counties-bound-then-levels", "2023年,三个县地区生产总值突破500亿元,分别为海宁(598.3亿元)、桐乡(560.1亿元)、平湖(520.6亿元)。",
         F("gdp", 2023, "FY", 598.3, "亿元", region="海宁"), F("gdp", 2023, "FY", 560.1, "亿元", region="桐乡"),
         F("gdp", 2023, "FY", 520.6, "亿元", region="平湖"), region="嘉兴", pub="2024-02-10"),
    case("listed-places-all-bound-then-levels", "2023年,萧山、余杭规上工业增加值也都是突破千亿元,分别完成1120.5亿元和1034.2亿元。",
         F("industrial_value_added", 2023, "FY", 1120.5, "亿元", region="萧山"),
         F("industrial_value_added", 2023, "FY", 1034.2, "亿元", region="余杭"), region="杭州", pub="2024-02-10"),
    case("listed-places-all-passed-then-levels", "2023年,鄞州、慈溪地区生产总值也都是超过2000亿元,分别达到2786.4亿元和2532.1亿元。",
         F("gdp", 2023, "FY", 2786.4, "亿元", region="鄞州"), F("gdp", 2023, "FY", 2532.1, "亿元", region="慈溪"),
         region="宁波", pub="2024-02-10"),
    # near miss: the region's own level after a bound it passed
    case("bound-then-own-level", "2023年,全市地区生产总值突破500亿元,达到512.3亿元。",
         F("gdp", 2023, "FY", 512.3, "亿元", region="嘉兴"), region="嘉兴", pub="2024-02-10"),
    # near misses: a band a set of places falls in (在X至Y之间的) is no figure; a level then a band it lies in
    case("band-of-set-no-figure", "全市GDP在500亿元到1000亿元之间的县有3个。", region="嘉兴", pub="2024-02-10"),
    case("level-then-band-it-lies-in", "2023年,全市GDP达到812亿元,介于700亿元至900亿元之间。",
         F("gdp", 2023, "FY", 812, "亿元", region="嘉兴"), region="嘉兴", pub="2024-02-10"),
    # the generic 财政收入 shortly after a fiscal revenue named in full (地方财政收入, 一般公共预算收入): its short name
    case("generic-fiscal-after-full-same-sentence",
         "2023年地方财政收入在800亿元至1000亿元之间的共有3个城市,财政收入由高到低依次为温州(912.5亿元)、绍兴(876.1亿元)、嘉兴(842.3亿元)。",
         F("fiscal_revenue_general", 2023, "FY", 912.5, "亿元", region="温州"),
         F("fiscal_revenue_general", 2023, "FY", 876.1, "亿元", region="绍兴"),
         F("fiscal_revenue_general", 2023, "FY", 842.3, "亿元", region="嘉兴"), region="浙江", pub="2024-02-10"),
    case("generic-fiscal-after-full-next-sentence", "上半年,全县地方财政收入完成12.6亿元。财政收入增幅为9.5%,居全市第二。",
         F("fiscal_revenue_general", 2024, "H1", 12.6, "亿元", 9.5, region="德清"), region="德清", pub="2024-07-20"),
    case("generic-fiscal-after-budget-revenue", "1-4月,全区一般公共预算收入同比增长8.2%,财政收入总量达到26.4亿元。",
         F("fiscal_revenue_general", 2024, "M1-M4", 26.4, "亿元", 8.2, region="余杭"), region="余杭", pub="2024-05-20"),
    # near miss: with no full name before it, 财政收入 is the total fiscal revenue
    case("generic-fiscal-alone", "全县财政收入完成25.3亿元,增长6.1%。",
         F("fiscal_revenue_total", 2023, "FY", 25.3, "亿元", 6.1, region="德清"), region="德清", pub="2024-01-20"),
    # a place the level is a multiple of (是第二名无锡(…)的两倍多, 相当于嘉兴(…)的1.7倍), or one it passed named
    # after its rank (远超第二名无锡(…)), with its own level in brackets: that place's level of the same metric
    case("multiple-of-ranked-place-level", "2021年苏州地方财政收入2251亿元,是第二名无锡(1009.8亿元)的两倍多。",
         F("fiscal_revenue_general", 2021, "FY", 2251, "亿元", region="苏州"),
         F("fiscal_revenue_general", 2021, "FY", 1009.8, "亿元", region="无锡"), region="江苏", pub="2022-02-05"),
    case("multiple-of-place-level", "2023年,杭州规上工业增加值5210亿元,相当于嘉兴(3120亿元)的1.7倍。",
         F("industrial_value_added", 2023, "FY", 5210, "亿元", region="杭州"),
         F("industrial_value_added", 2023, "FY", 3120, "亿元", region="嘉兴"), region="浙江", pub="2024-02-05"),
    case("passes-ranked-place-level", "2021年苏州地方财政收入2251亿元,远超第二名无锡(1009.8亿元)。",
         F("fiscal_revenue_general", 2021, "FY", 2251, "亿元", region="苏州"),
         F("fiscal_revenue_general", 2021, "FY", 1009.8, "亿元", region="无锡"), region="江苏", pub="2022-02-05"),
    # near miss: a multiple of a set of places' rough level (其他城市(600亿元上下)) is no place's fact
    case("multiple-of-other-cities", "2021年苏州地方财政收入2251亿元,是其他城市(600亿元上下)的三倍多。",
         F("fiscal_revenue_general", 2021, "FY", 2251, "亿元", region="苏州"), region="江苏", pub="2022-02-05"),
    # places after 领先于 are compared with: the figure after them is the subject's own
    case("leads-over-listed-places", "广州经济实力远远领先于杭州、苏州和天津,但前11个月地方财政收入仅完成1800亿元。",
         F("fiscal_revenue_general", 2023, "M1-M11", 1800, "亿元", region="广州"), region="全国", pub="2023-12-20"),
    case("leads-over-one-place", "2023年,宁波GDP领先于无锡,地方财政收入完成1720亿元。",
         F("fiscal_revenue_general", 2023, "FY", 1720, "亿元", region="宁波"), region="全国", pub="2024-02-10"),
]


REAL62_CASES = [
    # a broad name (制造业投资) after 其中 and a whole (工业投资) printed with no figure of its own: the broad figure
    # stands for the whole, a region fact (was: a subset of a whole that has no figure)
    case("broad-part-of-figureless-whole-h1", "上半年,全县工业投资稳中有升,其中制造业投资增长12.3%。",
         F("industrial_investment", 2024, "H1", None, "", 12.3, region="郏县"), region="郏县", pub="2024-07-20"),
    case("broad-part-of-figureless-whole-months", "1-8月,全区工业投资持续回暖,其中制造业投资同比增长9.6%,高于全部投资3.1个百分点。",
         F("industrial_investment", 2024, "M1-M8", None, "", 9.6, region="鄞州"), region="鄞州", pub="2024-09-20"),
    case("broad-part-of-figureless-whole-comma", "前三季度,全市工业投资较快增长,其中,制造业投资增长21.4%。",
         F("industrial_investment", 2024, "Q1-Q3", None, "", 21.4, region="周口"), region="周口", pub="2024-10-20"),
    # near misses: the whole has its own rate or level; the broad part stays a subset
    case("broad-part-of-whole-with-rate", "一季度,全市工业投资增长15.2%,其中制造业投资增长18.7%。",
         F("industrial_investment", 2024, "Q1", None, "", 15.2, region="周口"), region="周口", pub="2024-04-20"),
    case("broad-part-of-whole-with-level", "2023年,全区工业投资完成86.5亿元,其中制造业投资完成70.2亿元。",
         F("industrial_investment", 2023, "FY", 86.5, "亿元", region="鄞州"), region="鄞州", pub="2024-02-20"),
    # a progress table's header over two lines: 本月 | 1-n月累计 | 累计 over a lone rate word (增长%, 同比增长(%))
    # standing above the third column; the rows print —— for a month they lack. The rate word is the header's second
    # line (no row), and 累计增长 is the rate of the 1-n月 column (was: 累计 read as a value column, the rates lost)
    case("stacked-rate-word-gdp", "本月 | 1-6月累计 | 累计 | |\n增长% | |||\n地区生产总值(亿元) | —— | 812.36 | 6.2 |\n"
         "第二产业 | —— | 402.11 | 7.4 |",
         F("gdp", 2023, "H1", 812.36, "亿元", 6.2, region="江门"), F("gdp_secondary", 2023, "H1", 402.11, "亿元", 7.4, region="江门"),
         region="江门", pub="2023-07-25"),
    case("stacked-rate-word-two-metrics", "5月 | 1-5月累计 | 累计 | |\n同比增长(%) | |||\n"
         "规模以上工业增加值(亿元) | 88.20 | 401.55 | 8.3 |\n社会消费品零售总额(亿元) | 61.40 | 298.70 | 5.1 |",
         F("industrial_value_added", 2024, "M5", 88.2, "亿元", region="肇庆"),
         F("industrial_value_added", 2024, "M1-M5", 401.55, "亿元", 8.3, region="肇庆"),
         F("retail_sales", 2024, "M5", 61.4, "亿元", region="肇庆"),
         F("retail_sales", 2024, "M1-M5", 298.7, "亿元", 5.1, region="肇庆"), region="肇庆", pub="2024-06-20"),
    # 本地生产总值 (the Guangdong and Hong Kong name of GDP) as a row label, its parts under it in its unit
    case("stacked-rate-word-local-gdp", "3月 | 1-3月累计 | 累计 | |\n增长% | |||\n本地生产总值(亿元) | —— | 1020.50 | 4.8 |\n"
         "第三产业 | —— | 560.20 | 5.6 |",
         F("gdp", 2022, "Q1", 1020.5, "亿元", 4.8, region="东莞"), F("gdp_tertiary", 2022, "Q1", 560.2, "亿元", 5.6, region="东莞"),
         region="东莞", pub="2022-04-25"),
    # near miss: the same header over rows of products: no facts
    case("stacked-rate-word-products", "本月 | 1-5月累计 | 累计 | |\n增长% | |||\n水泥(万吨) | 12.1 | 98.4 | 3.2 |\n"
         "钢材(万吨) | 8.6 | 40.2 | -1.5 |", region="肇庆", pub="2024-06-20"),
    # a clause where (重大/一批)大项目 pull (拉动) the economy, then a metric with no subject of its own: the
    # projects are the cause, not the metric's scope (拉动 a cause word like 带动, 推动); was: a subset
    case("pull-cause-clause-fai", "上半年,大项目拉动明显,固定资产投资增长9.2%。",
         F("fixed_asset_investment", 2024, "H1", None, "", 9.2, region="周口"), region="周口", pub="2024-07-20"),
    case("pull-cause-clause-industrial", "前三季度,一批重大项目拉动作用突出,工业投资同比增长22.6%。",
         F("industrial_investment", 2024, "Q1-Q3", None, "", 22.6, region="周口"), region="周口", pub="2024-10-24"),
    case("pull-cause-clause-ongoing", "一季度,重大项目持续拉动,固定资产投资增长7.1%。",
         F("fixed_asset_investment", 2024, "Q1", None, "", 7.1, region="郏县"), region="郏县", pub="2024-04-24"),
    # near misses: the big projects' own investment (完成投资, 重大项目投资) is no region fact
    case("big-projects-own-investment", "一季度,大项目完成投资56.3亿元,增长12.1%。", region="周口", pub="2024-04-24"),
    case("big-projects-investment-rate", "一季度,重大项目投资增长15.2%。", region="周口", pub="2024-04-24"),
    # a growth verb, then 分别为 and the rates of the places or metrics listed before it (同比增长分别为5.1%和4.6%)
    # (was: the rates read as bare percents, held by no phrase)
    case("verb-then-respectively-places", "一季度,江苏省、苏州市GDP同比增长分别为5.1%和4.6%。",
         F("gdp", 2024, "Q1", None, "", 5.1, region="江苏"), F("gdp", 2024, "Q1", None, "", 4.6, region="苏州"),
         region="昆山", pub="2024-04-25"),
    case("verb-then-respectively-metrics", "上半年,全区规上工业增加值和固定资产投资同比增长分别为6.1%、3.4%。",
         F("industrial_value_added", 2023, "H1", None, "", 6.1, region="南海"),
         F("fixed_asset_investment", 2023, "H1", None, "", 3.4, region="南海"), region="南海", pub="2023-07-28"),
    case("verb-then-respectively-income", "2023年,全县城镇和农村居民人均可支配收入增长分别为4.8%和6.9%。",
         F("income_urban_pc", 2023, "FY", None, "", 4.8, region="浠水"),
         F("income_rural_pc", 2023, "FY", None, "", 6.9, region="浠水"), region="浠水", pub="2024-02-01"),
    case("verb-then-respectively-decline", "1-5月,出口、进口同比下降分别为3.2%和8.7%。",
         F("exports", 2023, "M1-M5", None, "", -3.2, region="顺德"), F("imports", 2023, "M1-M5", None, "", -8.7, region="顺德"),
         region="顺德", pub="2023-06-20"),
    # near miss: shares listed after 占比分别为 stay out
    case("shares-respectively", "一季度,三次产业增加值占比分别为8.1%、40.2%和51.7%。", region="顺德", pub="2024-04-25"),
    # 实际吸收利用外资: a name of the actual foreign investment (vocab/aliases.csv); near miss: the contracted one
    case("fdi-absorbed-alias", "上半年,全市实际吸收利用外资2.36亿美元,同比增长12.5%。",
         F("fdi_actual", 2019, "H1", 2.36, "亿美元", 12.5, region="珠海"), region="珠海", pub="2019-07-25"),
    case("fdi-absorbed-contracted", "1-9月,全区合同吸收利用外资5.6亿美元。", region="香洲", pub="2019-10-25"),
    # a bulletin's table that restates the sentences' figures (same place, metric, months, level and rate) under a
    # title naming another year (表1 2022年… in a 2023 bulletin, a misprint): the sentences' year only (was: a second
    # year's facts)
    case("restated-table-misprinted-year-gdp",
         "2023年,全县实现地区生产总值305.6亿元,增长6.1%。其中,第一产业增加值40.2亿元,增长3.5%。\n"
         "表1 2022年全县生产总值及其增长速度\n单位:亿元\n指标 | 绝对数 | 比上年增长(%)\n生产总值 | 305.6 | 6.1\n第一产业 | 40.2 | 3.5",
         F("gdp", 2023, "FY", 305.6, "亿元", 6.1, region="涡阳"), F("gdp_primary", 2023, "FY", 40.2, "亿元", 3.5, region="涡阳"),
         region="涡阳", pub="2024-03-20"),
    case("restated-table-misprinted-year-fiscal",
         "2022年,全市一般公共预算收入86.4亿元,增长5.2%;财政总收入152.3亿元,增长4.1%。\n表3 2021年全市财政收入\n"
         "指标 | 金额(亿元) | 增长(%)\n财政总收入 | 152.3 | 4.1\n一般公共预算收入 | 86.4 | 5.2",
         F("fiscal_revenue_general", 2022, "FY", 86.4, "亿元", 5.2, region="亳州"),
         F("fiscal_revenue_total", 2022, "FY", 152.3, "亿元", 4.1, region="亳州"), region="亳州", pub="2023-03-15"),
    case("restated-table-misprinted-year-retail",
         "2021年,全区社会消费品零售总额212.7亿元,比上年增长11.3%;固定资产投资完成180.5亿元,增长9.8%。\n表5 2020年主要指标\n"
         "指标 | 数值(亿元) | 增速(%)\n社会消费品零售总额 | 212.7 | 11.3\n固定资产投资 | 180.5 | 9.8",
         F("retail_sales", 2021, "FY", 212.7, "亿元", 11.3, region="信州"),
         F("fixed_asset_investment", 2021, "FY", 180.5, "亿元", 9.8, region="信州"), region="信州", pub="2022-04-01"),
    # near misses: the table's own figures for the year before (other levels; the same level with another rate) stay
    case("table-of-year-before-other-levels",
         "2023年,全县实现地区生产总值305.6亿元,增长6.1%。\n表1 2022年全县生产总值及其增长速度\n单位:亿元\n"
         "指标 | 绝对数 | 比上年增长(%)\n生产总值 | 288.1 | 4.9\n第一产业 | 39.0 | 3.1",
         F("gdp", 2023, "FY", 305.6, "亿元", 6.1, region="涡阳"), F("gdp", 2022, "FY", 288.1, "亿元", 4.9, region="涡阳"),
         F("gdp_primary", 2022, "FY", 39.0, "亿元", 3.1, region="涡阳"), region="涡阳", pub="2024-03-20"),
    case("table-of-year-before-same-level-other-rate",
         "2023年,全县实现地区生产总值305.6亿元,增长6.1%。\n表1 2022年全县生产总值及其增长速度\n单位:亿元\n"
         "指标 | 绝对数 | 比上年增长(%)\n生产总值 | 305.6 | 5.0\n第一产业 | 39.0 | 3.1",
         F("gdp", 2023, "FY", 305.6, "亿元", 6.1, region="涡阳"), F("gdp", 2022, "FY", 305.6, "亿元", 5.0, region="涡阳"),
         F("gdp_primary", 2022, "FY", 39.0, "亿元", 3.1, region="涡阳"), region="涡阳", pub="2024-03-20"),
]


REAL63_CASES = [
    # a place, 的, then 经济 and its rate (龙泉市的经济增速高达8.1%): the place's GDP growth, as with no 的
    case("economy-of-place-de-rate", "2022年，龙泉市的经济增速高达8.1%，位居丽水第一。",
         F("gdp", 2022, "FY", None, "", 8.1, region="龙泉"), region="丽水", pub="2023-02-10"),
    case("economy-of-place-de-yoy", "上半年，岱山县的经济同比增长9.3%，领跑舟山各县区。",
         F("gdp", 2023, "H1", None, "", 9.3, region="岱山"), region="舟山", pub="2023-07-30"),
    case("economy-of-place-de-growth", "前三季度，余杭区的经济增长7.6%，快于杭州平均水平。",
         F("gdp", 2023, "Q1-Q3", None, "", 7.6, region="余杭"), region="杭州", pub="2023-10-28"),
    case("economy-de-of-place-rate", "上半年，衢州经济的增速为6.1%，居全省第一。",
         F("gdp", 2024, "H1", None, "", 6.1, region="衢州"), region="浙江", pub="2024-07-28"),
    # near misses: a part of the economy after 的 (数字经济), a target's rate, a span up to now (今年以来)
    case("economy-de-of-place-near-miss-part", "上半年，衢州数字经济的增速为15.3%。", region="衢州", pub="2024-07-28"),
    case("economy-of-place-de-near-miss-part", "上半年，长兴县的数字经济增速达15.2%。", region="长兴", pub="2023-07-30"),
    case("economy-of-place-de-near-miss-target", "乐清市的经济增长目标为7%左右。", region="乐清", pub="2023-02-10"),
    case("economy-of-place-de-near-miss-since", "今年以来，温岭市的经济增长6.2%。", region="温岭", pub="2023-08-01"),
    # 去年同期 (no 比/较 before it), a place's 的, then its 增速/增幅: last year's rate, no rate of the period in force
    case("prior-period-place-rate", "一季度，乐清市GDP增长21.9%。去年同期乐清的增速是-10.1%。",
         F("gdp", 2021, "Q1", None, "", 21.9, region="乐清"), region="温州", pub="2021-05-01"),
    case("prior-period-place-rate-shang", "一季度，东阳市GDP增长8.1%。上年同期东阳的增速为-2.3%。",
         F("gdp", 2021, "Q1", None, "", 8.1, region="东阳"), region="金华", pub="2021-04-28"),
    case("prior-period-place-rate-only", "上半年，永康市规上工业增加值增长12.3%。去年同期永康的增速仅为1.5%。",
         F("industrial_value_added", 2021, "H1", None, "", 12.3, region="永康"), region="金华", pub="2021-08-01"),
    # near misses: a place's 增速 with no year-before time is its own; 比去年同期 with points is a comparison
    case("prior-period-near-miss-own-rate", "一季度，全市GDP增长6.0%。东阳的增速为8.1%，居首位。",
         F("gdp", 2021, "Q1", None, "", 6.0, region="金华"), F("gdp", 2021, "Q1", None, "", 8.1, region="东阳"),
         region="金华", pub="2021-04-28"),
    case("prior-period-near-miss-compared", "一季度，东阳市GDP增长8.1%，增速比去年同期提高3.1个百分点。",
         F("gdp", 2021, "Q1", None, "", 8.1, region="东阳"), region="金华", pub="2021-04-28"),
    # a metric's bound, 的, then (还)有 and a colon: the bound opens a list of the places past it, no figure of the
    # home region (which keeps its own rate); the places listed with their levels are facts
    case("bound-opens-list-also", "一季度，全市GDP增长6.1%。一季度GDP超过百亿元的还有：龙湾区120.5亿元、瓯海区110.3亿元。",
         F("gdp", 2021, "Q1", None, "", 6.1, region="温州"), F("gdp", 2021, "Q1", 120.5, "亿元", region="龙湾"),
         F("gdp", 2021, "Q1", 110.3, "亿元", region="瓯海"), region="温州", pub="2021-04-28"),
    case("bound-opens-list-have", "上半年，全市出口增长9.1%。出口超过100亿元的有：乐清185.2亿元、瑞安150.6亿元。",
         F("exports", 2021, "H1", None, "", 9.1, region="温州"), F("exports", 2021, "H1", 185.2, "亿元", region="乐清"),
         F("exports", 2021, "H1", 150.6, "亿元", region="瑞安"), region="温州", pub="2021-07-30"),
    case("bound-opens-list-break", "前三季度，全市一般公共预算收入增长5.2%。一般公共预算收入突破30亿元的还有：乐清市35.6亿元、瑞安市32.1亿元。",
         F("fiscal_revenue_general", 2021, "Q1-Q3", None, "", 5.2, region="温州"),
         F("fiscal_revenue_general", 2021, "Q1-Q3", 35.6, "亿元", region="乐清"),
         F("fiscal_revenue_general", 2021, "Q1-Q3", 32.1, "亿元", region="瑞安"), region="温州", pub="2021-10-28"),
    # near misses: with no colon the places after 还有 are the bound's subjects (as before); a level reached is a fact
    case("bound-opens-list-near-miss-subjects", "上半年，全市GDP增长6.1%。上半年GDP超过200亿元的还有龙湾、瓯海两区。",
         F("gdp", 2021, "H1", None, "", 6.1, region="温州"), F("gdp", 2021, "H1", 200, "亿元", qualifier="over", region="龙湾"),
         F("gdp", 2021, "H1", 200, "亿元", qualifier="over", region="瓯海"), region="温州", pub="2021-07-30"),
    case("bound-opens-list-near-miss-level", "上半年，全市GDP突破1000亿元，达到1012.6亿元，增长6.1%。",
         F("gdp", 2021, "H1", 1012.6, "亿元", 6.1, region="温州"), region="温州", pub="2021-07-30"),
    # a metric as the topic (从…看, …方面), then the set of places it ranks (在台州各县(市、区)中), then a place and
    # its figure: the place's level
    case("topic-among-set-place-level", "从GDP总量看，在台州各县（市、区）中，温岭市位居第一，达到1332.5亿元。",
         F("gdp", 2023, "FY", 1332.5, "亿元", region="温岭"), region="浙江", pub="2024-02-01"),
    case("topic-among-set-retail", "从社会消费品零售总额看，在金华各县市中，义乌市居首，为1012.3亿元。",
         F("retail_sales", 2023, "FY", 1012.3, "亿元", region="义乌"), region="浙江", pub="2024-02-01"),
    case("topic-among-set-aspect", "一般公共预算收入方面，在宁波各区县（市）中，鄞州区最高，达到312.6亿元。",
         F("fiscal_revenue_general", 2023, "FY", 312.6, "亿元", region="鄞州"), region="浙江", pub="2024-02-01"),
    # near miss: the place ranked with no figure of its own
    case("topic-among-set-near-miss-no-figure", "从GDP总量看，在台州各县（市、区）中，温岭市位居第一。",
         region="浙江", pub="2024-02-01"),
]


REAL64_CASES = [
    # a sentence that opens by pointing at this one occasion (此次/本次/这次) and then names the place: the
    # signings and their investment are the event's, not the place's period total
    case("event-this-place-cici", "今年以来,海宁市共签约项目32个。此次海宁市签约项目12个,总投资88.6亿元。",
         F("signed_projects_count", 2024, "M1-M4", 32, "个", region="海宁"), region="海宁", pub="2024-05-10"),
    case("event-this-place-benci", "1-5月,平湖市完成固定资产投资210.5亿元,增长8.2%。本次平湖市共签约项目9个,协议总投资45亿元。",
         F("fixed_asset_investment", 2024, "M1-M5", 210.5, "亿元", 8.2, region="平湖"), region="平湖", pub="2024-06-12"),
    case("event-this-place-zheci", "上半年,嘉善县实现地区生产总值420亿元,增长6.1%;这次嘉善县签约项目15个,计划总投资120亿元。",
         F("gdp", 2024, "H1", 420, "亿元", 6.1, region="嘉善"), region="嘉善", pub="2024-07-25"),
    # near miss: the place's own signings over a period, with no occasion pointed at
    case("event-this-near-period-total", "1-9月,海宁市共签约项目32个,总投资210亿元。",
         F("signed_projects_count", 2024, "Q1-Q3", 32, "个", region="海宁"),
         F("signed_projects_investment", 2024, "Q1-Q3", 210, "亿元", region="海宁"), region="海宁", pub="2024-10-20"),
    # a class of firms by ownership named among the above-size firms (规上工业中国有企业…), in a figure-less
    # clause, then a bare verb with the output: the class's part (also after a source lead: 记者从…获悉)
    case("class-in-population-state", "今年上半年,我市规模以上工业中国有企业在重点项目带动下较快增长,实现工业总产值52.3亿元,增长12.1%。",
         region="湖州", pub="2024-07-20"),
    case("class-in-population-foreign", "1-8月,全县规上工业中外商投资企业受订单回升带动,完成工业总产值36.8亿元,同比增长15.2%。",
         region="德清", pub="2024-09-20"),
    case("class-in-population-private-lead", "记者从县统计局获悉,一季度全县规模以上工业中私营企业生产平稳,实现工业总产值88亿元,增长7.5%。",
         region="长兴", pub="2024-04-22"),
    # near miss: the above-size firms themselves as the subject
    case("class-in-population-near-whole", "今年上半年,我市规模以上工业在重点项目带动下较快增长,实现工业总产值520.3亿元,增长9.1%。",
         F("industrial_output", 2024, "H1", 520.3, "亿元", 9.1, region="湖州"), region="湖州", pub="2024-07-20"),
    # a class of firms named by the sales they pass (亿元企业, 超亿元企业), counted, right before a bare verb:
    # the output is the class's
    case("sized-firms-counted-shu", "1-6月,全县亿元企业数达86家,实现工业总产值412.6亿元,增长10.3%。",
         region="安吉", pub="2024-07-20"),
    case("sized-firms-counted-chao", "前三季度,全市超亿元企业共152家,完成工业总产值980亿元,同比增长8.8%。",
         region="绍兴", pub="2024-10-20"),
    case("sized-firms-counted-guo", "1-4月,全区过亿元企业达到63家,实现工业总产值288.5亿元,增长6.6%。",
         region="柯桥", pub="2024-05-20"),
    # (already a subset before: an amount with 以上 counts a class)
    case("sized-firms-counted-yishang", "今年1-5月,我区5亿元以上企业数为40家,完成工业总产值356.2亿元,增长11.4%。",
         region="柯桥", pub="2024-06-20"),
    # near miss: the above-size firms counted are the region's own
    case("sized-firms-near-above-size", "1-6月,全县规上工业企业达286家,实现工业总产值912.6亿元,增长9.3%。",
         F("industrial_output", 2024, "H1", 912.6, "亿元", 9.3, region="安吉"), region="安吉", pub="2024-07-20"),
]


REAL65_CASES = [
    # a run from a year to a month of a later year (从2021年起到今年9月底, 2020年至今年6月, 自2019年以来到2024年3月末):
    # a span of years, its sums labelled multi_year, no figure of that month's period
    case("span-from-year-to-this-years-month", "今年前三季度,全县规上工业总产值增长7.2%。从2021年起到今年9月底,全县累计实际使用外资18.6亿美元。",
         F("industrial_output", 2025, "Q1-Q3", yoy=7.2, region="沭阳"), region="沭阳", pub="2025-10-25",
         labels={18.6: "multi_year"}),
    case("span-year-to-this-year-month", "今年上半年,全市出口增长4.3%。2020年至今年6月,全市累计完成固定资产投资3250亿元。",
         F("exports", 2024, "H1", yoy=4.3, region="常熟"), region="常熟", pub="2024-07-25", labels={3250: "multi_year"}),
    case("span-since-year-to-named-month", "2024年一季度,全县GDP增长5.6%。自2019年以来到2024年3月末,全县共实现进出口总额1820亿元。",
         F("gdp", 2024, "Q1", yoy=5.6, region="太仓"), region="太仓", pub="2024-04-28", labels={1820: "multi_year"}),
    # near misses: months of one year (2023年1至6月), and a year then a later year's months in another clause
    case("months-of-one-year-no-span", "2023年1至6月,全市实现地区生产总值1520亿元。",
         F("gdp", 2023, "H1", 1520, "亿元", region="江阴"), region="江阴", pub="2023-07-20"),
    case("year-then-next-years-months-no-span", "2023年,全市GDP增长5%,2024年1至5月,全市出口增长3%。",
         F("gdp", 2023, "FY", yoy=5, region="宜兴"), F("exports", 2024, "M1-M5", yoy=3, region="宜兴"),
         region="宜兴", pub="2024-06-20"),
    # a trade metric's name with 量 after it (进口量, 出口量) counts goods, not the metric's value: no fact, and it
    # closes the metric open before it (其中大豆进口量增长…: no rate of the region's imports)
    case("volume-after-unknown-value-item", "2023年,太仓原油采购额和进口量分别同比增长31.2%和18.4%。",
         region="太仓", pub="2024-01-25"),
    case("volume-then-value", "今年一季度,全市进口量增长12%,进口额增长3.4%。",
         F("imports", 2024, "Q1", yoy=3.4, region="张家港"), region="张家港", pub="2024-04-20"),
    # (a guard: the product word before it labels it on main already)
    case("volume-after-open-metric", "2022年,全县外贸进口增长9.3%,其中大豆进口量增长21.4%。",
         F("imports", 2022, "FY", yoy=9.3, region="如皋"), region="如皋", pub="2023-01-30"),
    # near miss: 到 a later month of the publication year is still a plan's date (到2024年9月底 in April 2024)
    case("plan-to-later-month-stays-target", "到2024年9月底,全县固定资产投资将达到120亿元。", region="太仓",
         pub="2024-04-28", labels={120: "target"}),
    # near misses: the names that end in 量 themselves stay metrics (用电量, GDP总量)
    case("volume-aliases-kept", "2023年,全市全社会用电量增长6.1%,工业用电量增长5.4%,GDP总量达到1250亿元。",
         F("electricity_consumption", 2023, "FY", yoy=6.1, region="溧阳"),
         F("industrial_electricity", 2023, "FY", yoy=5.4, region="溧阳"), F("gdp", 2023, "FY", 1250, "亿元", region="溧阳"),
         region="溧阳", pub="2024-02-10"),
]

REAL67_CASES = [
    # a connective that is also a county's short name (比如, 平安) leading a clause: a word, the figure stays the page's own place
    case("connective-biru-half-year", "比如，上半年规模以上工业增加值增长7.2%，高于全省1.1个百分点。",
         F("industrial_value_added", 2023, "H1", yoy=7.2, region="湖州"), region="湖州", pub="2023-07-25"),
    case("connective-biru-month", "比如，3月份社会消费品零售总额同比增长4.5%，增速比2月份加快2.1个百分点。",
         F("retail_sales", 2022, "M3", yoy=4.5, region="长沙"), region="长沙", pub="2022-04-20"),
    case("common-word-pingan-lead", "建设更高水平平安，全年财政总收入完成88.6亿元，比上年增长9.1%。",
         F("fiscal_revenue_total", 2023, "FY", 88.6, "亿元", 9.1, region="嘉兴"), region="嘉兴", pub="2024-01-30"),
    # near misses: the county and the district named with their unit stay places
    case("biru-county-with-unit", "比如县一季度地区生产总值增长6.8%，居那曲第一。",
         F("gdp", 2024, "Q1", yoy=6.8, region="比如"), region="那曲", pub="2024-04-20"),
    case("pingan-district-with-unit", "平安区上半年固定资产投资增长12.4%。",
         F("fixed_asset_investment", 2024, "H1", yoy=12.4, region="平安"), region="海东", pub="2024-07-20"),
]


REAL66_CASES = [
    # 单 glued before a month (单4月, 单2月, 单10月) after a cumulative figure: that month's own figure of the
    # region, no sector (the 单 belongs to the time, not to the words that scope the metric)
    case("single-month-dan-trade", "前4个月,全市实现外贸进出口总额800亿元,同比增长10%;单4月实现进出口220亿元,增长12%。",
         F("trade_total", 2024, "M1-M4", 800, "亿元", 10, region="海宁"), F("trade_total", 2024, "M4", 220, "亿元", 12, region="海宁"),
         region="海宁", pub="2024-05-20"),
    case("single-month-dan-investment", "今年1-2月,全区完成固定资产投资45.3亿元,同比增长6.7%,其中单2月完成投资21.8亿元,增长8.0%。",
         F("fixed_asset_investment", 2024, "M1-M2", 45.3, "亿元", 6.7, region="柯桥"), F("fixed_asset_investment", 2024, "M2", 21.8, "亿元", 8.0, region="柯桥"),
         region="柯桥", pub="2024-03-20"),
    case("single-month-dan-retail", "1-10月,全市社会消费品零售总额612.4亿元,增长4.2%;单10月实现社会消费品零售总额66.5亿元,增长3.1%。",
         F("retail_sales", 2024, "M1-M10", 612.4, "亿元", 4.2, region="昆山"), F("retail_sales", 2024, "M10", 66.5, "亿元", 3.1, region="昆山"),
         region="昆山", pub="2024-11-20"),
    # near miss: a partner's single month stays a part of the region's trade (only the cumulative total is a fact)
    case("single-month-dan-partner-stays-part", "1-5月,全市出口500亿元,增长5%;其中对美国单5月出口30亿元,下降4%。",
         F("exports", 2024, "M1-M5", 500, "亿元", 5, region="义乌"), region="义乌", pub="2024-06-20"),
]


REAL68_CASES = [
    # a leader a superlative names with no figure of its own (增幅最大的是A，其次是B、C…), then the figures:
    # they are the runner-ups' (one for each when 均/都 shares it), not the leader's
    case("runner-ups-share-bound-after-bare-leader", "2023年,全市GDP增速最快的是海宁市,其次是桐乡市和平湖市,增速均达到8%以上。",
         F("gdp", 2023, "FY", yoy=8, region="桐乡"), F("gdp", 2023, "FY", yoy=8, region="平湖"), region="嘉兴", pub="2024-02-20"),
    case("runner-ups-dou-zai-bound", "上半年,出口增幅最大的是嘉善县,其次是海盐县、平湖市,增幅都在15%以上。",
         F("exports", 2024, "H1", yoy=15, region="海盐"), F("exports", 2024, "H1", yoy=15, region="平湖"),
         region="嘉兴", pub="2024-07-25"),
    case("runner-up-own-rate-after-bare-leader", "一季度,规上工业增加值增速最高的是长兴县,其次是德清县,增长12.5%。",
         F("industrial_value_added", 2024, "Q1", yoy=12.5, region="德清"), region="湖州", pub="2024-04-25"),
    case("runner-ups-three-bound-province", "2022年,全省固定资产投资增幅最大的是阜新市,其次是朝阳市、铁岭市和盘锦市,增幅都达到20%以上。",
         F("fixed_asset_investment", 2022, "FY", yoy=20, region="朝阳"), F("fixed_asset_investment", 2022, "FY", yoy=20, region="铁岭"),
         F("fixed_asset_investment", 2022, "FY", yoy=20, region="盘锦"), region="辽宁", pub="2023-02-10"),
    # near misses: a leader with its own rate keeps it (the runner-up its own); a bound the runner-ups passed
    # (均超过8%) is a compared rate, no figure
    case("runner-up-after-leader-with-rate", "上半年,GDP增速最快的是海宁市,达到9.1%,其次是桐乡市,增长8.2%。",
         F("gdp", 2024, "H1", yoy=9.1, region="海宁"), F("gdp", 2024, "H1", yoy=8.2, region="桐乡"), region="嘉兴", pub="2024-07-25"),
    case("runner-ups-passed-bound-no-fact", "上半年,GDP增速最快的是海宁市,其次是桐乡市,两地增速均超过8%。", region="嘉兴", pub="2024-07-25"),
    # the same with 分别 pairing as many figures as the leader and its runner-ups: one each, the leader's first;
    # fewer figures (as many as the runner-ups): the runner-ups' only
    case("runner-ups-paired-with-leader-rates", "上半年,GDP增速最快的是海宁市,其次是桐乡市和平湖市,分别增长9.1%、8.2%和7.5%。",
         F("gdp", 2024, "H1", yoy=9.1, region="海宁"), F("gdp", 2024, "H1", yoy=8.2, region="桐乡"),
         F("gdp", 2024, "H1", yoy=7.5, region="平湖"), region="嘉兴", pub="2024-07-25"),
    case("runner-ups-paired-with-leader-levels", "2023年,GDP总量最大的是义乌市,其次是慈溪市和诸暨市,分别为2039.7亿元、1931.2亿元和1659.5亿元。",
         F("gdp", 2023, "FY", 2039.7, "亿元", region="义乌"), F("gdp", 2023, "FY", 1931.2, "亿元", region="慈溪"),
         F("gdp", 2023, "FY", 1659.5, "亿元", region="诸暨"), region="浙江", pub="2024-02-20"),
    case("runner-up-own-level-after-bare-leader", "2023年,GDP总量最大的是义乌市,其次是慈溪市,为1931.2亿元。",
         F("gdp", 2023, "FY", 1931.2, "亿元", region="慈溪"), region="浙江", pub="2024-02-20"),
    case("runner-ups-paired-without-leader", "上半年,GDP增速最快的是海宁市,其次是桐乡市和平湖市,分别增长8.2%和7.5%。",
         F("gdp", 2024, "H1", yoy=8.2, region="桐乡"), F("gdp", 2024, "H1", yoy=7.5, region="平湖"), region="嘉兴", pub="2024-07-25"),
    # runner-ups listed (其次是B、C) after a leader given with its own figure, then one figure they share (都/均):
    # each runner-up's, as a list opening its clause after a comma is
    case("runner-ups-listed-after-leader-rate", "2023年,地区生产总值增幅最大的是富锦市,达到15%,其次是克东县、林甸县,增幅都在10%以上。",
         F("gdp", 2023, "FY", yoy=15, region="富锦"), F("gdp", 2023, "FY", yoy=10, region="克东"),
         F("gdp", 2023, "FY", yoy=10, region="林甸"), region="黑龙江", pub="2024-02-20"),
    case("runner-ups-listed-equal-rate", "2023年,出口增速最快的是绥芬河市,达到25.1%,其次是东宁市和抚远市,增速均为18%。",
         F("exports", 2023, "FY", yoy=25.1, region="绥芬河"), F("exports", 2023, "FY", yoy=18, region="东宁"),
         F("exports", 2023, "FY", yoy=18, region="抚远"), region="黑龙江", pub="2024-02-20"),
    case("runner-ups-listed-quarter", "一季度,社会消费品零售总额增速最快的是长春市,为9.1%,其次是吉林市、四平市,增速都达到7%以上。",
         F("retail_sales", 2024, "Q1", yoy=9.1, region="长春"), F("retail_sales", 2024, "Q1", yoy=7, region="吉林市"),
         F("retail_sales", 2024, "Q1", yoy=7, region="四平"), region="吉林", pub="2024-04-20"),
    # near misses: the runner-ups passed a bound (均超过10%): a compared rate; runner-ups with no figure
    case("runner-ups-listed-passed-bound", "2023年,地区生产总值增幅最大的是富锦市,达到15%,其次是克东县、林甸县,增幅均超过10%。",
         F("gdp", 2023, "FY", yoy=15, region="富锦"), region="黑龙江", pub="2024-02-20"),
    case("runner-ups-listed-no-figure", "2023年,地区生产总值增幅最大的是富锦市,达到15%,其次是克东县、林甸县。",
         F("gdp", 2023, "FY", yoy=15, region="富锦"), region="黑龙江", pub="2024-02-20"),
    # a counted set of places among a larger one (14个市中有9个市, 7个县(市、区)中有5个县, 12个盟市中有8个盟市)
    # before the metric, then 其中 a named place with its own figure: the place's whole-region figure, no sector's
    case("among-counted-places-then-named", "1-5月,全省14市中有9个市规上工业增加值实现增长,其中盘锦市增长12.3%。",
         F("industrial_value_added", 2024, "M1-M5", yoy=12.3, region="盘锦"), region="辽宁", pub="2024-06-25"),
    case("among-counted-counties-bracket", "上半年,全市7个县(市、区)中有5个县出口实现增长,其中嘉善县增长18.2%。",
         F("exports", 2024, "H1", yoy=18.2, region="嘉善"), region="嘉兴", pub="2024-07-25"),
    case("among-counted-leagues", "2023年,全区12个盟市中有8个盟市地区生产总值增速高于全国,其中乌兰察布市增长8.2%。",
         F("gdp", 2023, "FY", yoy=8.2, region="乌兰察布"), region="内蒙古", pub="2024-02-20"),
    # near misses: no place named after the count (no figure); a count of firms among the above-size ones, then
    # a company: the company's
    case("among-counted-places-no-figure", "2023年,全市14个县(市、区)中有10个地区生产总值增速高于全市平均水平。",
         region="嘉兴", pub="2024-02-20"),
    case("among-counted-firms-company", "上半年,全市规上工业企业中有312家产值实现增长,其中某某纺织有限公司增长18.2%。",
         region="嘉兴", pub="2024-07-25"),
    # 该市/该县 after a county renamed since the gazetteer was drawn (嫩江市, once 嫩江县; 邵东市; 海门区): the
    # place as the article writes it, with its new unit, is the one 该市/该区 refers to
    case("renamed-county-gaishi", "邵东市一季度粮食产量增长2%。该市规上工业增加值增长8.5%。",
         F("industrial_value_added", 2024, "Q1", yoy=8.5, region="邵东"), region="湖南", pub="2024-04-20"),
    case("renamed-district-gaiqu", "2022年,海门区积极推进产业升级。该区地区生产总值增长6.1%。",
         F("gdp", 2022, "FY", yoy=6.1, region="海门"), region="江苏", pub="2023-02-01"),
    case("renamed-county-city-primary", "嫩江市2021年粮食产量居全省首位。该市一产增加值同比增长7%。",
         F("gdp_primary", 2021, "FY", yoy=7, region="嫩江"), region="黑龙江", pub="2022-04-04"),
    # the near miss: 该县 after a renamed county-level city and a county: the county
    case("renamed-city-then-county-gaixian", "2021年,嫩江市粮食产量居全省首位,克山县也增产明显。该县一产增加值增长5%。",
         F("gdp_primary", 2021, "FY", yoy=5, region="克山"), region="黑龙江", pub="2022-04-04"),
]


REAL70_CASES = [
    # the older word order of the total fiscal revenue (一般预算财政总收入, 一般公共预算财政总收入): the region's
    # total revenue, not a sector's; its 其中 part stays the general budget revenue
    case("budget-fiscal-total-half-year", "1-6月,该市一般预算财政总收入12.5亿元,同比增长9.1%,其中地方财政一般预算收入7.8亿元。",
         F("fiscal_revenue_total", 2011, "H1", 12.5, "亿元", 9.1, region="临汾"),
         F("fiscal_revenue_general", 2011, "H1", 7.8, "亿元", region="临汾"), region="临汾", pub="2011-07-22"),
    case("budget-fiscal-total-three-quarters", "今年前三季度,我区实现一般预算财政总收入58600万元,增长21.3%。",
         F("fiscal_revenue_total", 2010, "Q1-Q3", 58600, "万元", 21.3, region="尧都"), region="尧都", pub="2010-10-25"),
    case("public-budget-fiscal-total-year", "2013年全县一般公共预算财政总收入完成6.02亿元,比上年增长15.6%。",
         F("fiscal_revenue_total", 2013, "FY", 6.02, "亿元", 15.6, region="洪洞"), region="洪洞", pub="2014-02-20"),
    # near miss: without 总 the same words are the general budget revenue
    case("budget-fiscal-without-total-general", "2010年,全市一般预算财政收入4.2亿元,增长10%。",
         F("fiscal_revenue_general", 2010, "FY", 4.2, "亿元", 10, region="侯马"), region="侯马", pub="2011-02-10"),
    # 市区 before a metric (市区居民人均可支配收入, 市区实现地区生产总值): the city's urban districts, a part of the
    # city, no figure of the whole (and no all-residents income)
    case("urban-districts-income-year", "2012年,全年市区居民人均可支配收入37902元,同比增长11.3%。",
         region="宁波", pub="2013-01-24", labels={37902: "subset"}),
    case("urban-districts-income-part", "去年全市城镇居民人均可支配收入31200元,增长10.2%,其中市区居民人均可支配收入35800元,增长10.6%。",
         F("income_urban_pc", 2011, "FY", 31200, "元", 10.2, region="湖州"), region="湖州", pub="2012-07-20",
         labels={35800: "subset"}),
    case("urban-districts-gdp-then-city", "今年上半年,市区实现地区生产总值420.5亿元,增长8.1%;全市地区生产总值1005亿元,增长8.6%。",
         F("gdp", 2012, "H1", 1005, "亿元", 8.6, region="绍兴"), region="绍兴", pub="2012-07-20", labels={420.5: "subset"}),
    # near misses: a district whose name holds 市区 (沙市区) after 各县市区, and the older 城市居民 (urban) income
    case("shashi-district-stays-place", "一季度,各县市区生产总值均实现增长,其中沙市区地区生产总值85.2亿元,增长7.1%。",
         F("gdp", 2012, "Q1", 85.2, "亿元", 7.1, region="沙市"), region="荆州", pub="2012-04-20"),
    case("city-residents-income-stays-urban", "上半年,全市城市居民人均可支配收入15820元,增长12.4%。",
         F("income_urban_pc", 2012, "H1", 15820, "元", 12.4, region="嘉兴"), region="嘉兴", pub="2012-07-20"),
    # the loose rural income words (农民人均收入, 农村居民收入) of a year before 2013: the survey then measured
    # net or cash income (纯收入, 现金收入), no disposable income; no fact (vocab/aliases.csv: since=2013)
    case("farmer-income-before-2013-rate", "上半年全县农民人均收入同比增长23.91%。", region="房县", pub="2011-07-28"),
    case("farmer-income-before-2013-level", "2009年,全县农民人均收入达到3860元,比上年增长12.6%。", region="竹山", pub="2010-01-25"),
    case("rural-income-before-2013-level", "2010年,全县农村居民收入达到6820元,增长11.2%。", region="郧西", pub="2011-02-20"),
    # the urban and rural pair (城乡居民收入, 城乡居民人均收入, 城镇居民和农民人均收入) of a year before 2013: the urban
    # figure is the disposable income, the rural one the older net income (since=income_rural_pc:2013)
    case("town-country-income-before-2013-urban-only", "2010年,城乡居民收入分别达到15620元和6350元,分别增长10.2%和12.5%。",
         F("income_urban_pc", 2010, "FY", 15620, "元", 10.2, region="宜丰"), region="宜丰", pub="2011-01-20"),
    case("town-country-per-capita-before-2013-urban-only", "去年,全县城乡居民人均收入分别为13280元和5410元。",
         F("income_urban_pc", 2009, "FY", 13280, "元", region="上高"), region="上高", pub="2010-02-02"),
    case("townsfolk-and-farmer-income-before-2013", "2010年,城镇居民和农民人均收入分别为15620元、6350元。",
         F("income_urban_pc", 2010, "FY", 15620, "元", region="万载"), region="万载", pub="2011-01-20"),
    case("town-country-per-capita-2018-both", "2018年,城乡居民人均收入分别达到35620元和16350元,分别增长8.2%和9.5%。",
         F("income_urban_pc", 2018, "FY", 35620, "元", 8.2, region="靖安"),
         F("income_rural_pc", 2018, "FY", 16350, "元", 9.5, region="靖安"), region="靖安", pub="2019-01-20"),
    # near misses: the same words from 2013 on are the rural disposable income; the urban figure beside an old one stays
    case("town-country-income-2013-both", "2013年,城乡居民收入分别达到25620元和10350元,分别增长9.2%和11.5%。",
         F("income_urban_pc", 2013, "FY", 25620, "元", 9.2, region="奉新"),
         F("income_rural_pc", 2013, "FY", 10350, "元", 11.5, region="奉新"), region="奉新", pub="2014-01-20"),
    case("farmer-income-from-2013-stays", "2013年,全县农民人均收入6120元,增长13.5%。",
         F("income_rural_pc", 2013, "FY", 6120, "元", 13.5, region="郧西"), region="郧西", pub="2014-01-25"),
    case("urban-income-beside-old-farmer-income", "2010年,城镇居民人均可支配收入14250元,增长10.1%;农民人均收入5120元,增长12.3%。",
         F("income_urban_pc", 2010, "FY", 14250, "元", 10.1, region="竹溪"), region="竹溪", pub="2011-01-25"),
    # 计划投资总额 right after a count of signed projects: the signed projects' total investment
    # (as 总投资, 计划总投资 are)
    case("signed-projects-planned-investment-total", "2008年,全县共签约15个项目,计划投资总额187.25亿元,已完成投资4.03亿元。",
         F("signed_projects_count", 2008, "FY", 15, "个", region="陵水"),
         F("signed_projects_investment", 2008, "FY", 187.25, "亿元", region="陵水"), region="陵水", pub="2009-02-25"),
    case("signed-projects-investment-total-last-year", "去年全市共签约招商项目32个,计划投资总额86.5亿元。",
         F("signed_projects_count", 2010, "FY", 32, "个", region="万宁"),
         F("signed_projects_investment", 2010, "FY", 86.5, "亿元", region="万宁"), region="万宁", pub="2011-01-20"),
    case("signed-projects-planned-total-quarter", "一季度,全县签约项目18个,计划投资总额42.3亿元,同比增长15.2%。",
         F("signed_projects_count", 2013, "Q1", 18, "个", region="屯昌"),
         F("signed_projects_investment", 2013, "Q1", 42.3, "亿元", 15.2, region="屯昌"), region="屯昌", pub="2013-04-20"),
    # near misses: 投资总额 after 固定资产 or 工业 stays that metric; after projects started (no signing) it is none
    case("fixed-investment-total-stays", "上半年,全市全社会固定资产投资总额38.6亿元,同比增长31.5%,其中工业投资总额9.2亿元。",
         F("fixed_asset_investment", 2012, "H1", 38.6, "亿元", 31.5, region="琼海"),
         F("industrial_investment", 2012, "H1", 9.2, "亿元", region="琼海"), region="琼海", pub="2012-07-20"),
    case("started-projects-investment-total-none", "上半年,全市新开工项目45个,投资总额28.6亿元。", region="琼海", pub="2012-07-20"),
    # 创汇 (the older 出口创汇, 自营出口创汇, 出口创汇额) between the export word and its amount: the measure of
    # the exports (vocab/fillers.csv, as 总额 and 额 are)
    case("export-forex-earned-last-year", "去年,全市外贸出口创汇2.16亿美元,增长18.5%,实际利用外资4800万美元,增长12.3%。",
         F("exports", 2009, "FY", 2.16, "亿美元", 18.5, region="丰城"), F("fdi_actual", 2009, "FY", 4800, "万美元", 12.3, region="丰城"),
         region="丰城", pub="2010-01-22"),
    case("export-forex-own-half-year", "上半年,全县自营出口创汇3860万美元,同比增长26.4%。",
         F("exports", 2008, "H1", 3860, "万美元", 26.4, region="高安"), region="高安", pub="2008-07-20"),
    case("export-forex-amount-three-quarters", "1-9月,全市完成出口创汇额1.25亿美元,比上年同期增长9.8%。",
         F("exports", 2012, "Q1-Q3", 1.25, "亿美元", 9.8, region="樟树"), region="樟树", pub="2012-10-22"),
    # near misses: tourism's forex earnings and an export-earning farm base are no exports
    case("tourism-forex-not-exports", "2010年,全市旅游创汇1560万美元,增长12%。", region="樟树", pub="2011-01-20"),
    case("export-base-area-not-exports", "2010年,全市出口创汇农产品基地面积达12万亩,增长12%。", region="樟树", pub="2011-01-20"),
]


REAL71_CASES = [
    # a rate alone opening the sentence after a level goes on with that level, also when the sentence names the
    # metric only for a rank among places whose level passed a bound (在…GDP超两千亿元的大区中排名第一): that
    # bound is no figure, and a metric named with no figure keeps no rate
    case("rank-group-bound-next-rate-gdp",
         "上半年,全区实现地区生产总值1865.3亿元,总量居全市第二。同比增长7.2%,在全市五个GDP超千亿元的城区中排名第一。",
         F("gdp", 2024, "H1", 1865.3, "亿元", 7.2, region="龙岗"), region="龙岗", pub="2024-07-30"),
    case("rank-group-bound-next-rate-revenue",
         "2022年,全县一般公共预算收入完成58.6亿元。比上年增长9.4%,在全省财政收入超50亿元的县市中位居第三。",
         F("fiscal_revenue_general", 2022, "FY", 58.6, "亿元", 9.4, region="长兴"), region="长兴", pub="2023-02-10"),
    case("rank-group-bound-next-rate-retail",
         "前三季度,全区社会消费品零售总额达到912.4亿元。按可比口径计算,增长5.6%,在全市四个社零超800亿元的大区中排名第二。",
         F("retail_sales", 2024, "Q1-Q3", 912.4, "亿元", 5.6, region="渝北"), region="渝北", pub="2024-10-28"),
    # near miss: the rate of another metric named with it stays that metric's; the level keeps no rate
    case("rank-group-bound-other-metric-rate",
         "上半年,全区地区生产总值1865.3亿元。规上工业增加值增长8.2%,在全市工业增加值超500亿元的区中排名第一。",
         F("gdp", 2024, "H1", 1865.3, "亿元", region="龙岗"), F("industrial_value_added", 2024, "H1", yoy=8.2, region="龙岗"),
         region="龙岗", pub="2024-07-30"),
    # a span counted in digits or in a numeral the span table lacks (25年来, 二十五年来, 成立30年以来): as many
    # years to last year; after a founding word the founding year is its first; a qualifier on the level it
    # started from (由不到…, 从近…) keeps that level the span's start
    case("counted-span-digits-founding", "海沧区成立30年以来,全区地区生产总值由12亿元增加到860亿元。",
         F("gdp", 1989, "FY", 12, "亿元", region="海沧"), F("gdp", 2018, "FY", 860, "亿元", region="海沧"),
         region="海沧", pub="2019-05-20"),
    case("counted-span-digits-bare", "25年来,全区财政总收入由0.5亿元增长到71亿元。",
         F("fiscal_revenue_total", 1988, "FY", 0.5, "亿元", region="海沧"),
         F("fiscal_revenue_total", 2013, "FY", 71, "亿元", region="海沧"), region="海沧", pub="2014-05-13"),
    case("counted-span-numeral-qualified-start", "二十五年来,全区规上工业总产值从不足20亿元增长到1020亿元。",
         F("industrial_output", 1988, "FY", 20, "亿元", qualifier="under", region="海沧"),
         F("industrial_output", 2013, "FY", 1020, "亿元", region="海沧"), region="海沧", pub="2014-05-13"),
    case("span-start-approx", "十年来,全县一般公共预算收入从近8亿元增加到35.6亿元。",
         F("fiscal_revenue_general", 2012, "FY", 8, "亿元", qualifier="approx", region="长兴"),
         F("fiscal_revenue_general", 2022, "FY", 35.6, "亿元", region="长兴"), region="长兴", pub="2023-03-01"),
    # a bare span after a founding the article named with the same count (今年是建区25周年。25年来,…): the
    # founding's span, whose first year is the founding's
    case("founding-named-before-digits", "今年是滨江建区25周年。25年来,全区财政总收入由0.3亿元增长到420亿元。",
         F("fiscal_revenue_total", 1996, "FY", 0.3, "亿元", region="滨江"), F("fiscal_revenue_total", 2020, "FY", 420, "亿元", region="滨江"),
         region="滨江", pub="2021-06-01"),
    case("founding-named-before-numeral", "今年适逢建区四十周年。四十年来,全区地区生产总值从16亿元增长到859亿元。",
         F("gdp", 1983, "FY", 16, "亿元", region="秀洲"), F("gdp", 2022, "FY", 859, "亿元", region="秀洲"),
         region="秀洲", pub="2023-05-29"),
    case("founding-named-before-paragraph", "海沧台商投资区成立30年以来成绩显著。\n30年来,全区地区生产总值由8亿元升至920亿元。",
         F("gdp", 1989, "FY", 8, "亿元", region="海沧"), F("gdp", 2018, "FY", 920, "亿元", region="海沧"),
         region="海沧", pub="2019-05-20"),
    # near miss: a span of another count keeps its own first year
    case("founding-other-count-span", "今年是建区30周年。近十年来,全区地区生产总值从300亿元增长到860亿元。",
         F("gdp", 2012, "FY", 300, "亿元", region="秀洲"), F("gdp", 2022, "FY", 860, "亿元", region="秀洲"),
         region="秀洲", pub="2023-05-29"),
    # near miss: a two-digit year then 以来 with no founding word is the run since that year (2018), no span
    case("short-year-since-no-span", "18年以来,全区地区生产总值年均增长8%。", region="海沧", pub="2023-03-01"),
    # places listed after 占 with their parts (占全市一半、全省三分之一; 占全市的40%、全省的12%) are all the
    # wholes of the share, not the subject of the next clause's figure
    case("share-list-places-fraction", "去年,全区港口货物吞吐量占全市一半、全省三分之一,财政总收入达到71.3亿元。",
         F("fiscal_revenue_total", 2013, "FY", 71.3, "亿元", region="海沧"), region="海沧", pub="2014-05-13"),
    case("share-list-places-percent", "2023年,全区出口额占全市的40%、全省的12%,一般公共预算收入完成95.2亿元。",
         F("fiscal_revenue_general", 2023, "FY", 95.2, "亿元", region="江宁"), region="江宁", pub="2024-02-10"),
    case("share-list-places-tenths", "上半年,该区实际利用外资占全市的四成、全省的一成,规上工业增加值增长9.1%。",
         F("industrial_value_added", 2023, "H1", yoy=9.1, region="黄埔"), region="黄埔", pub="2023-07-25"),
    # near miss: a place after a comma opens its own clause: the province's figure
    case("share-then-province-subject", "去年,海沧港口吞吐量占全市一半,全省财政总收入达到3000亿元。",
         F("fiscal_revenue_total", 2013, "FY", 3000, "亿元", region="福建"), region="海沧", pub="2014-05-13"),
    # 工业产值 with no size class: the whole industry's output (as 工业总产值), which a 规上 figure replaces
    case("industrial-output-bare-chanzhi", "2023年,全区完成工业产值1020亿元,增长6.1%。",
         F("industrial_output", 2023, "FY", 1020, "亿元", 6.1, region="海沧"), region="海沧", pub="2024-02-01"),
    case("industrial-output-chanzhi-span", "五年来,全县工业产值由480亿元增加到720亿元。",
         F("industrial_output", 2017, "FY", 480, "亿元", region="长兴"), F("industrial_output", 2022, "FY", 720, "亿元", region="长兴"),
         region="长兴", pub="2023-02-01"),
    # near miss: an industry's output is a sector's
    case("industrial-output-chanzhi-sector", "2023年,全区汽车产业实现工业产值280亿元,增长12%。", region="海沧", pub="2024-02-01"),
    # a metric ranked with no figure (总量位居全市第一), or with its share (占全市的18.0%), then a month's rate
    # across a semicolon: that metric's rate for the month
    case("ranked-metric-month-rate", "上半年,全区固定资产投资总量位居全市第一;6月同比增长26.3%。",
         F("fixed_asset_investment", 2023, "M6", yoy=26.3, region="宝安"), region="宝安", pub="2023-07-28"),
    case("ranked-metric-share-month-rate", "1-5月,该区社会消费品零售总额规模居全市第二,占全市的15.2%;5月当月增长8.4%。",
         F("retail_sales", 2024, "M5", yoy=8.4, region="天河"), region="天河", pub="2024-06-20"),
    case("rate-share-month-rate", "前三季度,全县规上工业增加值增长7.5%,占全市的21%;9月份增长9.2%。",
         F("industrial_value_added", 2024, "Q1-Q3", yoy=7.5, region="慈溪"), F("industrial_value_added", 2024, "M9", yoy=9.2, region="慈溪"),
         region="慈溪", pub="2024-10-25"),
    # a zone's own article names itself in full (两江新区实现…, 天府新区…) where the gazetteer holds no such
    # zone: the zone word with the words before it is the article's own region, a whole region's figure
    case("home-zone-named-in-full-gdp", "2020年,两江新区实现地区生产总值3104.4亿元,同比增长4.5%。",
         F("gdp", 2020, "FY", 3104.4, "亿元", 4.5, region="两江新区"), region="两江新区", pub="2021-02-20"),
    case("home-zone-named-in-full-retail", "前三季度,天府新区社会消费品零售总额同比增长6.2%。",
         F("retail_sales", 2023, "Q1-Q3", yoy=6.2, region="天府新区"), region="天府新区", pub="2023-10-30"),
    case("home-zone-named-in-full-industry", "一季度,西咸新区规上工业增加值增长12.1%。",
         F("industrial_value_added", 2024, "Q1", yoy=12.1, region="西咸新区"), region="西咸新区", pub="2024-04-25"),
    # near miss: another zone named in the article stays a part
    case("other-zone-stays-part", "上半年,天府新区地区生产总值增长7.2%。", region="两江新区", pub="2021-07-20"),
    # a communiqué's footnote mark in lenticular brackets after a word (地区生产总值【1】(GDP), 产业【3】产值) goes,
    # as [1] does: the metric reads whole, and a sector's name stays a sector's
    case("footnote-mark-lenticular-gdp", "2023年全区实现地区生产总值【1】(GDP)865.2亿元,比上年增长6.1%。",
         F("gdp", 2023, "FY", 865.2, "亿元", 6.1, region="巴南"), region="巴南", pub="2024-03-20"),
    case("footnote-mark-lenticular-retail", "全年全区社会消费品零售总额【2】412.6亿元,比上年增长5.3%。",
         F("retail_sales", 2023, "FY", 412.6, "亿元", 5.3, region="綦江"), region="綦江", pub="2024-03-20"),
    case("footnote-mark-lenticular-income", "2023年,全区居民人均可支配收入【5】41230元,比上年增长5.6%。",
         F("income_pc", 2023, "FY", 41230, "元", 5.6, region="涪陵"), region="涪陵", pub="2024-03-28"),
    # near miss: an industry's output with its mark stays the sector's
    case("footnote-mark-lenticular-sector-stays", "全年规模以上工业高技术产业【4】产值实现111.05亿元,下降37.8%。",
         region="涪陵", pub="2023-03-28"),
    # a rate alone that goes on with the level of the sentence before, compared with places' own rates
    # (高于全市5.1%的平均增速; 快于全省6.1%、全市7.0%的增幅): those places' rates of the same metric and period
    case("next-sentence-rate-compared-city", "一季度,全区实现地区生产总值815.6亿元。同比增长6.8%,高于全市5.1%的平均增速。",
         F("gdp", 2024, "Q1", 815.6, "亿元", 6.8, region="江宁"), F("gdp", 2024, "Q1", yoy=5.1, region="南京"),
         region="江宁", pub="2024-04-25"),
    case("next-sentence-rate-compared-two", "上半年,全区规上工业增加值完成402.3亿元。按可比价计算,增长9.6%,快于全省6.1%、全市7.0%的增幅。",
         F("industrial_value_added", 2024, "H1", 402.3, "亿元", 9.6, region="黄埔"),
         F("industrial_value_added", 2024, "H1", yoy=6.1, region="广东"),
         F("industrial_value_added", 2024, "H1", yoy=7.0, region="广州"), region="黄埔", pub="2024-07-25"),
    case("next-sentence-rate-compared-after-rank",
         "2023年,全区一般公共预算收入完成46.2亿元,总量居全市第一。比上年增长8.8%,高于全市6.2%的平均水平。",
         F("fiscal_revenue_general", 2023, "FY", 46.2, "亿元", 8.8, region="鄞州"),
         F("fiscal_revenue_general", 2023, "FY", yoy=6.2, region="宁波"), region="鄞州", pub="2024-02-10"),
    # near miss: a gap in points names no rate of the city's
    case("next-sentence-rate-points-gap", "上半年,全区地区生产总值815.6亿元。同比增长6.8%,高于全市1.2个百分点。",
         F("gdp", 2024, "H1", 815.6, "亿元", 6.8, region="江宁"), region="江宁", pub="2024-07-25"),
    # the same with the rate of the slot's own period opening the clause group after the semicolon
    case("ranked-metric-rate-after-semicolon", "上半年,全区固定资产投资总量位居全市第一;同比增长6.3%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.3, region="宝安"), region="宝安", pub="2023-07-28"),
    case("ranked-metric-share-rate-after-semicolon", "上半年,全区固定资产投资总量位居全市第一,占全市的18.0%;同比增长6.3%。",
         F("fixed_asset_investment", 2023, "H1", yoy=6.3, region="宝安"), region="宝安", pub="2023-07-28"),
    case("ranked-retail-rate-after-semicolon", "2023年,全县社会消费品零售总额规模居全省第五;比上年增长7.2%。",
         F("retail_sales", 2023, "FY", yoy=7.2, region="长兴"), region="长兴", pub="2024-02-20"),
    # near miss: a part named before the rate keeps it (民间投资 is a subset, no fact)
    case("ranked-metric-part-rate-after-semicolon", "上半年,全区固定资产投资总量位居全市第一;民间投资同比增长6.3%。",
         region="宝安", pub="2023-07-28"),
    # near miss: the month's rate of another metric named after the semicolon
    case("ranked-metric-other-month-rate", "上半年,全区固定资产投资总量位居全市第一;6月规上工业增加值增长5.1%。",
         F("industrial_value_added", 2023, "M6", yoy=5.1, region="宝安"), region="宝安", pub="2023-07-28"),
]


REAL69_CASES = [
    # an earlier period's own rate after a word of comparison (高于, 快于, 低于) right after the slot's rate, with no
    # gap in points after it, and each further period of its list: facts of those periods; a place's rate or a
    # plan's after the same words is none
    case("above-period-rate-list", "上半年,全市规上工业增加值增长7.2%,高于1-4月的6.1%,1-5月的6.8%。",
         F("industrial_value_added", 2023, "H1", yoy=7.2, region="天水"),
         F("industrial_value_added", 2023, "M1-M4", yoy=6.1, region="天水"),
         F("industrial_value_added", 2023, "M1-M5", yoy=6.8, region="天水"), region="天水", pub="2023-07-25"),
    case("faster-than-period-rate", "前三季度,全县地区生产总值增长5.6%,快于上半年的4.9%。",
         F("gdp", 2021, "Q1-Q3", yoy=5.6, region="威宁"), F("gdp", 2021, "H1", yoy=4.9, region="威宁"),
         region="威宁", pub="2021-10-30"),
    case("below-period-rate-one-month-less", "1-10月,全州社会消费品零售总额增长4.3%,低于1-9月的4.8%。",
         F("retail_sales", 2019, "M1-M10", yoy=4.3, region="大理"), F("retail_sales", 2019, "M1-M9", yoy=4.8, region="大理"),
         region="大理", pub="2019-11-20"),
    case("above-place-rate-no-fact", "上半年,全市地区生产总值增长6.5%,高于全省的5.5%。",  # (the province's own rate, no
         # earlier period's: real72:compared-of-province)
         F("gdp", 2024, "H1", yoy=6.5, region="榆林"), F("gdp", 2024, "H1", yoy=5.5, region="陕西"), region="榆林",
         pub="2024-07-30"),
    case("above-plan-rate-no-fact", "上半年,全市固定资产投资增长8%,高于全年的7%目标。",
         F("fixed_asset_investment", 2024, "H1", yoy=8, region="石嘴山"), region="石嘴山", pub="2024-07-30"),
    # a sentence with no metric whose words before its period hold a tail word (投资, 用电量) the metric of the
    # sentence before does not end with is about another thing: its period's rates are not that metric's
    case("tail-topic-investment-after-retail", "上半年,全市社会消费品零售总额增长6.2%。全市的投资也有所回暖,一季度增速为2.1%。",
         F("retail_sales", 2023, "H1", yoy=6.2, region="安顺"), region="安顺", pub="2023-07-28"),
    case("tail-topic-power-after-industry", "上半年,全县规上工业增加值增长6.2%。用电量也在回升,二季度增长4.1%。",
         F("industrial_value_added", 2022, "H1", yoy=6.2, region="彬州"), region="彬州", pub="2022-07-28"),
    case("tail-topic-own-metric-kept", "上半年,全市固定资产投资增长8.2%。投资方面,一季度增长5.1%。",
         F("fixed_asset_investment", 2022, "H1", yoy=8.2, region="玉溪"), F("fixed_asset_investment", 2022, "Q1", yoy=5.1, region="玉溪"),
         region="玉溪", pub="2022-07-28"),
    # a place opening a clause with 以 an amount (的成绩) and 遥遥领先 (a rank word: vocab/rank_words.csv), after a
    # ranking of a metric (…排名变化不大。…; …排名中，…): that place's figure of the ranked metric
    case("far-ahead-after-ranking-sentence", "上半年,各市州地区生产总值排名基本稳定。昆明以3856.2亿元遥遥领先。",
         F("gdp", 2025, "H1", 3856.2, "亿元", region="昆明"), region="云南", pub="2025-07-28"),
    case("far-ahead-chengji-in-ranking", "前三季度,各县一般公共预算收入排名中,神木以98.3亿元的成绩遥遥领先。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 98.3, "亿元", region="神木"), region="榆林", pub="2024-10-30"),
    case("far-ahead-after-total-ranking", "2023年,全省各市社会消费品零售总额排名变化不大。西宁以612.4亿元的成绩遥遥领先。",
         F("retail_sales", 2023, "FY", 612.4, "亿元", region="西宁"), region="青海", pub="2024-02-20"),
    # a list of metrics each with its rate, then an earlier period of the same year with as many rates (比一季度的…、…、…,
    # 相比一季度…、…、…): that period's rates of the metrics, in order; a place's list, or one of another count, is none
    case("compared-period-list-three-industries",
         "上半年,全市第一、二、三产业增加值分别增长3.1%、6.2%、5.5%,比一季度的2.8%、5.9%、5.0%均有所加快。",
         F("gdp_primary", 2023, "H1", yoy=3.1, region="固原"), F("gdp_secondary", 2023, "H1", yoy=6.2, region="固原"),
         F("gdp_tertiary", 2023, "H1", yoy=5.5, region="固原"), F("gdp_primary", 2023, "Q1", yoy=2.8, region="固原"),
         F("gdp_secondary", 2023, "Q1", yoy=5.9, region="固原"), F("gdp_tertiary", 2023, "Q1", yoy=5.0, region="固原"),
         region="固原", pub="2023-07-30"),
    case("compared-period-list-two-metrics",
         "前三季度,全县规上工业增加值、固定资产投资分别增长8.1%、10.2%,较上半年的7.5%、9.6%均有提高。",
         F("industrial_value_added", 2022, "Q1-Q3", yoy=8.1, region="岐山"),
         F("fixed_asset_investment", 2022, "Q1-Q3", yoy=10.2, region="岐山"),
         F("industrial_value_added", 2022, "H1", yoy=7.5, region="岐山"),
         F("fixed_asset_investment", 2022, "H1", yoy=9.6, region="岐山"), region="岐山", pub="2022-10-30"),
    case("compared-period-list-xiangbi-no-de",
         "上半年,全州第一、二、三产业增加值分别增长4.2%、8.8%、5.1%,相比一季度3.9%、7.6%、4.4%,均有所提升。",
         F("gdp_primary", 2021, "H1", yoy=4.2, region="甘孜"), F("gdp_secondary", 2021, "H1", yoy=8.8, region="甘孜"),
         F("gdp_tertiary", 2021, "H1", yoy=5.1, region="甘孜"), F("gdp_primary", 2021, "Q1", yoy=3.9, region="甘孜"),
         F("gdp_secondary", 2021, "Q1", yoy=7.6, region="甘孜"), F("gdp_tertiary", 2021, "Q1", yoy=4.4, region="甘孜"),
         region="甘孜", pub="2021-07-30"),
    case("compared-place-list-no-fact",
         "上半年,全市第一、二、三产业增加值分别增长3.1%、6.2%、5.5%,比全省的2.8%、5.9%、5.0%均要快。",
         F("gdp_primary", 2023, "H1", yoy=3.1, region="固原"), F("gdp_secondary", 2023, "H1", yoy=6.2, region="固原"),
         F("gdp_tertiary", 2023, "H1", yoy=5.5, region="固原"), region="固原", pub="2023-07-30"),
    case("compared-period-list-count-differs",
         "上半年,全市第一、二、三产业增加值分别增长3.1%、6.2%、5.5%,比一季度的2.8%、5.9%均有所加快。",
         F("gdp_primary", 2023, "H1", yoy=3.1, region="固原"), F("gdp_secondary", 2023, "H1", yoy=6.2, region="固原"),
         F("gdp_tertiary", 2023, "H1", yoy=5.5, region="固原"), region="固原", pub="2023-07-30"),
    case("far-ahead-no-figure", "上半年,各市州地区生产总值排名基本稳定,昆明以绝对优势遥遥领先。", region="云南", pub="2025-07-28"),
    case("far-ahead-rate-own", "上半年,全市地区生产总值增长6.1%,增速在全省遥遥领先。",
         F("gdp", 2025, "H1", yoy=6.1, region="银川"), region="银川", pub="2025-07-28"),
]


REAL72_CASES = [
    # a round figure the article gives elsewhere only as an estimate (预计…) of the same fact is that
    # estimate's round form, not an actual value; an exact actual value or a target leaves it actual
    case("round-milestone-of-estimate",
         "2013年300亿元,2023年3000亿元。这组数字记录了海宁市规上工业总产值十年来的变化。"
         "据初步统计,2023年海宁市预计完成规上工业总产值3015亿元,增长约6%。",
         F("industrial_output", 2013, "FY", 300, "亿元", region="海宁"), region="海宁", pub="2024-01-10",
         labels={3000: "forecast", 3015: "forecast"}),
    case("over-bound-of-estimate",
         "今年全县地区生产总值突破800亿元。据县统计局初步测算,预计全年实现地区生产总值805亿元,增长6.5%。",
         region="嘉善", pub="2023-12-28", labels={805: "forecast"}),
    case("title-bound-of-estimate",
         "平湖财政总收入站上200亿元\n2022年,平湖市财政总收入预计完成201.3亿元,比上年增长4.1%。",
         region="平湖", pub="2023-01-05", labels={201.3: "forecast"}),
    case("over-bound-with-exact-actual",
         "去年全县地区生产总值突破800亿元,达到812.3亿元。今年预计全县地区生产总值增长6%。",
         F("gdp", 2023, "FY", 812.3, "亿元", region="嘉善"), region="嘉善", pub="2024-02-01"),
    case("over-bound-with-next-year-target",
         "今年全县规上工业总产值突破1000亿元,完成了年初确定的目标。明年力争规上工业总产值达到1100亿元。",
         F("industrial_output", 2023, "FY", 1000, "亿元", qualifier="over", region="海盐"), region="海盐", pub="2023-12-28"),
    case("round-level-with-estimate-of-rate-only",
         "今年全县地区生产总值突破800亿元。预计全年地区生产总值增长6.5%左右。",
         F("gdp", 2023, "FY", 800, "亿元", qualifier="over", region="嘉善"), region="嘉善", pub="2023-12-28"),
    case("round-level-far-from-estimate",
         "2022年桐乡市一般公共预算收入100亿元。预计2023年一般公共预算收入达到110亿元。",
         F("fiscal_revenue_general", 2022, "FY", 100, "亿元", region="桐乡"), region="桐乡", pub="2023-01-20"),
    # a headline's items set apart by a space (dropped by repair, so one item's amount runs into the next
    # metric): the item before is no scope of the metric after it, as with 和 between them
    case("spaced-items-fiscal", "桐乡上半年财政总收入103.5亿元 一般公共预算收入62.3亿元",
         F("fiscal_revenue_total", 2024, "H1", 103.5, "亿元", region="桐乡"),
         F("fiscal_revenue_general", 2024, "H1", 62.3, "亿元", region="桐乡"), region="桐乡", pub="2024-07-10"),
    case("spaced-items-output-then-rate", "海宁前三季度规上工业总产值1834.2亿元 规上工业增加值增长9.1%",
         F("industrial_output", 2024, "Q1-Q3", 1834.2, "亿元", region="海宁"),
         F("industrial_value_added", 2024, "Q1-Q3", None, "", 9.1, region="海宁"), region="海宁", pub="2024-10-20"),
    case("spaced-items-trade", "平湖市去年出口额812.5亿元 进口额203.4亿元",
         F("exports", 2023, "FY", 812.5, "亿元", region="平湖"), F("imports", 2023, "FY", 203.4, "亿元", region="平湖"),
         region="平湖", pub="2024-01-20"),
    case("spaced-items-town-stays-town", "独山港镇上半年规上工业产值312.6亿元 一般公共预算收入5.1亿元",
         region="平湖", pub="2024-07-20"),
    case("spaced-items-sector-stays-sector", "海宁上半年规上工业总产值1234.5亿元 装备制造业增加值增长9%",
         F("industrial_output", 2024, "H1", 1234.5, "亿元", region="海宁"), region="海宁", pub="2024-07-20"),
    # an official's quoted words, 我们的 / 咱们的 before a metric: the speaker's region's whole (vocab/fillers.csv,
    # role subject), not a sector; 我们公司的, 我们镇的 stay a firm's and a town's
    case("quoted-women-de-gdp", "“今年前三季度,我们的地区生产总值增长了7.2%,规上工业增加值增长了9.1%。”县长在接受采访时说。",
         F("gdp", 2024, "Q1-Q3", None, "", 7.2, region="嘉善"),
         F("industrial_value_added", 2024, "Q1-Q3", None, "", 9.1, region="嘉善"), region="嘉善", pub="2024-10-30"),
    case("quoted-women-de-fiscal", "“上半年我们的一般公共预算收入完成了38.6亿元,增长6.3%。”区长介绍。",
         F("fiscal_revenue_general", 2024, "H1", 38.6, "亿元", 6.3, region="南湖"), region="南湖", pub="2024-07-30"),
    case("quoted-zanmen-de-investment", "“去年咱们的固定资产投资增长了11.5%,”市长说,“今年还要加把劲。”",
         F("fixed_asset_investment", 2023, "FY", None, "", 11.5, region="海宁"), region="海宁", pub="2024-02-10"),
    case("quoted-women-company", "“去年我们公司的产值增长了21.5%。”企业负责人说。", region="海宁", pub="2024-02-10"),
    case("quoted-women-town", "“我们镇的规上工业产值今年上半年增长了15.2%。”镇长说。", region="平湖", pub="2024-07-30"),
    # the metric's rate word, a short verdict on how it moved (it may count months: 连续5个月), then a period
    # (1-5月, with digits) and 达/为 before a bare percent: the metric's rate of that period
    case("rate-verdict-months-counted", "今年以来,嘉善县规上工业增加值增速连续5个月保持两位数,1-5月达12.1%。",
         F("industrial_value_added", 2024, "M1-M5", None, "", 12.1, region="嘉善"), region="嘉善", pub="2024-06-20"),
    case("rate-verdict-month-range", "平湖市一般公共预算收入增长速度持续加快,1-8月达到15.2%。",
         F("fiscal_revenue_general", 2024, "M1-M8", None, "", 15.2, region="平湖"), region="平湖", pub="2024-09-20"),
    case("rate-verdict-trade", "秀洲区进出口总额增幅持续扩大,1-7月达到18.3%。",
         F("trade_total", 2024, "M1-M7", None, "", 18.3, region="秀洲"), region="秀洲", pub="2024-08-20"),
    case("rate-verdict-retail-quarters", "南湖区社会消费品零售总额增速已连续3个月回升,1-9月为6.4%。",
         F("retail_sales", 2024, "Q1-Q3", None, "", 6.4, region="南湖"), region="南湖", pub="2024-10-20"),
    case("rate-verdict-then-share", "今年以来,海宁市规上工业增加值增速回升,上半年占全市比重达18.5%。",
         region="海宁", pub="2024-07-20"),
    case("rate-verdict-then-plan-share", "海宁市规上工业增加值增速回升,上半年达到预期目标的52%。", region="海宁", pub="2024-07-20"),
    case("rate-verdict-then-sector", "今年以来,海宁市规上工业增加值增速较快,其中上半年装备制造业达15.1%。",
         region="海宁", pub="2024-07-20"),
    # a comparison word, then places each with 的 and its own rate, ending the clause (略低于湖州的6.5%和绍兴的6.7%):
    # those places' rates of the metric compared (as 高于全省(5.6%) is); not after a share (占全省的8.1%，高于…)
    case("compared-of-two-cities", "上半年,嘉兴GDP增长6.2%,略低于湖州的6.5%和绍兴的6.7%。",
         F("gdp", 2024, "H1", None, "", 6.2, region="嘉兴"), F("gdp", 2024, "H1", None, "", 6.5, region="湖州"),
         F("gdp", 2024, "H1", None, "", 6.7, region="绍兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-of-province", "1-9月,平湖市固定资产投资增长9.3%,高于全省的4.1%。",
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 9.3, region="平湖"),
         F("fixed_asset_investment", 2024, "Q1-Q3", None, "", 4.1, region="浙江"), region="平湖", pub="2024-10-20"),
    case("compared-of-parent-city", "去年,吴江区规上工业总产值增长5.4%,快于苏州市的3.9%。",
         F("industrial_output", 2023, "FY", None, "", 5.4, region="吴江"),
         F("industrial_output", 2023, "FY", None, "", 3.9, region="苏州"), region="吴江", pub="2024-02-10"),
    case("compared-of-after-share", "上半年,嘉兴GDP增长6.2%,占全省的8.1%,高于湖州的5.2%。",
         F("gdp", 2024, "H1", None, "", 6.2, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-of-no-rate", "上半年,嘉兴GDP增长6.2%,高于全省的平均水平。",
         F("gdp", 2024, "H1", None, "", 6.2, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    # a county-level city's rate compared with 全市 where 全市 would name that city itself: 全市 is the city it lies
    # in (嘉兴), no second rate of the county-level city (a place is not compared with itself); 全省 stays the province
    case("compared-self-bracket", "上半年,海宁市规上工业增加值增长14.1%,高于全市(8.4%),居各县(市、区)首位。",
         F("industrial_value_added", 2024, "H1", None, "", 14.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", None, "", 8.4, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-self-of", "上半年,海宁市规上工业增加值增长14.1%,高于全市的8.4%。",
         F("industrial_value_added", 2024, "H1", None, "", 14.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", None, "", 8.4, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-self-average", "上半年,海宁市规上工业增加值增长14.1%,高于全市8.4%的平均水平。",
         F("industrial_value_added", 2024, "H1", None, "", 14.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", None, "", 8.4, region="嘉兴"), region="嘉兴", pub="2024-07-30"),
    case("compared-province-stays", "上半年,海宁市规上工业增加值增长14.1%,高于全省(8.0%)。",
         F("industrial_value_added", 2024, "H1", None, "", 14.1, region="海宁"),
         F("industrial_value_added", 2024, "H1", None, "", 8.0, region="浙江"), region="嘉兴", pub="2024-07-30"),
]


REAL73_CASES = [
    # a count of the above-size enterprises with its date (2019年末, 年末) before the place, then the bare 产值 /
    # 总产值 / 增加值 of them in the next clause (全年 before its verb): the region's above-size industry figure
    case("counted-population-year-end", "2019年末全县规模以上工业企业87家，全年实现总产值123.4亿元，比上年增长7.7%。",
         F("industrial_output", 2019, "FY", 123.4, "亿元", 7.7, region="洪洞"), region="洪洞", pub="2020-04-01"),
    case("counted-population-year-end-has", "年末全市有规模以上工业企业215户，全年完成产值356.2亿元，增长9.4%。",
         F("industrial_output", 2022, "FY", 356.2, "亿元", 9.4, region="绍兴"), region="绍兴", pub="2023-04-01"),
    case("counted-population-year-value-added", "2022年全区规上工业企业达到143家，全年实现增加值41.7亿元，同比增长5.2%。",
         F("industrial_value_added", 2022, "FY", 41.7, "亿元", 5.2, region="柯桥"), region="柯桥", pub="2023-04-01"),
    # near misses: newly added enterprises are a subset; losses of loss-making firms are no metric
    case("counted-population-new-subset", "2019年全县新增规模以上工业企业12家，实现产值8.3亿元。", region="洪洞", pub="2020-04-01"),
    case("counted-population-losses", "2019年末全县规模以上工业企业87家，其中亏损企业9家，亏损额0.8亿元。", region="洪洞", pub="2020-04-01"),
    # the threshold a metric counts from in brackets after it ((500万元以上项目), (计划总投资500万元及以上项目)):
    # no figure of its own; the rate or the level after the note is the metric's
    case("threshold-note-rate", "2019年全县固定资产投资（500万元以上项目）比上年增长9.8%。",
         F("fixed_asset_investment", 2019, "FY", None, "", 9.8, region="洪洞"), region="洪洞", pub="2020-04-01"),
    case("threshold-note-caliber-fall", "2021年全市固定资产投资(500万元及以上口径)比上年下降3.2%。",
         F("fixed_asset_investment", 2021, "FY", None, "", -3.2, region="瑞安"), region="瑞安", pub="2022-04-01"),
    case("threshold-note-then-level", "2020年,全区完成固定资产投资(计划总投资500万元及以上项目)56.7亿元,增长4.4%。",
         F("fixed_asset_investment", 2020, "FY", 56.7, "亿元", 4.4, region="瑞安"), region="瑞安", pub="2022-04-01"),
    # near miss: a class of projects named before the metric is a subset
    case("threshold-class-subset", "2019年全县亿元以上项目固定资产投资比上年增长9.8%。", region="洪洞", pub="2020-04-01"),
    # 招商引资 between the place and 签约项目 names the work the count belongs to, no sector: the region's own count
    case("investment-drive-signed", "2019年全县招商引资签约项目45个，总投资123.4亿元。",
         F("signed_projects_count", 2019, "FY", 45, "个", region="洪洞"),
         F("signed_projects_investment", 2019, "FY", 123.4, "亿元", region="洪洞"), region="洪洞", pub="2020-04-01"),
    case("investment-drive-signed-total", "2021年全市招商引资共签约项目128个，协议总投资356.7亿元。",
         F("signed_projects_count", 2021, "FY", 128, "个", region="宿迁"),
         F("signed_projects_investment", 2021, "FY", 356.7, "亿元", region="宿迁"), region="宿迁", pub="2022-03-01"),
    case("investment-drive-signed-half", "2023年上半年，全区招商引资新签约项目36个，总投资89.5亿元。",
         F("signed_projects_count", 2023, "H1", 36, "个", region="柯桥"),
         F("signed_projects_investment", 2023, "H1", 89.5, "亿元", region="柯桥"), region="柯桥", pub="2023-08-01"),
    # near misses: a sector's drive (工业招商引资) is the sector's; one fair's signings are an event's
    case("investment-drive-sector", "2019年全县工业招商引资签约项目12个，总投资23亿元。", region="洪洞", pub="2020-04-01"),
    case("investment-drive-event", "2023年5月，在该县举办的招商推介会上签约项目12个，总投资23亿元。", region="洪洞", pub="2023-08-01"),
    # 增长(下降) / 增长(减少): a growth word that leaves the sign to the printed rate (a fall is printed with its minus)
    case("growth-or-fall-negative", "2019年全县社会消费品零售总额比上年增长（下降）-2.5%。",
         F("retail_sales", 2019, "FY", None, "", -2.5, region="洪洞"), region="洪洞", pub="2020-04-01"),
    case("growth-or-decrease-negative", "2020年全区规模以上工业增加值比上年增长(减少)-1.8%。",
         F("industrial_value_added", 2020, "FY", None, "", -1.8, region="柯桥"), region="柯桥", pub="2021-04-01"),
    case("growth-or-fall-positive-level", "2019年全县地区生产总值85.6亿元，比上年增长（下降）6.3%。",
         F("gdp", 2019, "FY", 85.6, "亿元", 6.3, region="洪洞"), region="洪洞", pub="2020-04-01"),
    # near miss: a change in points after the same words is no rate
    case("growth-or-fall-points", "2019年全县一般公共预算收入增速比上年增长（下降）5.1个百分点。", region="洪洞", pub="2020-04-01"),
]


REAL75_CASES = [
    # a bound before a counted set of cities (还有三城, 还有两城): the class the places passed, no figure of theirs
    case("class-bound-cities-three", "2024年前三季度,财政收入超过200亿元的还有三城,分别是株洲、湘潭和衡阳。",
         region="湖南", pub="2024-10-30"),
    case("class-bound-cities-two", "上半年GDP突破千亿的还有两城,即洛阳和南阳。", region="河南", pub="2024-07-30"),
    case("class-bound-cities-four", "去年进出口总额超过500亿元的还有四城,分别为九江、赣州、上饶和吉安。",
         region="江西", pub="2024-02-01"),
    # near miss: one city named right after the bound keeps it as its level
    case("class-bound-one-city-named", "一季度GDP超过1000亿元的城市还有襄阳市。",
         F("gdp", 2024, "Q1", 1000, "亿元", qualifier="over", region="襄阳"), region="湖北", pub="2024-04-30"),
    # 其 after a sentence whose subject holds a rank in a larger place (芜湖的安徽第二城): the first place, not the larger
    case("qi-after-rank-in-province-fiscal",
         "2023年全市财政收入增长较快。从各项指标来看,芜湖的安徽第二城地位更加稳固。其财政收入达到604.9亿元,增长2.2%。",
         F("fiscal_revenue_total", 2023, "FY", 604.9, "亿元", 2.2, region="芜湖"), region="安徽", pub="2024-02-01"),
    case("qi-after-rank-in-province-gdp-rate",
         "2023年,全省经济稳步增长。从增速看,宜昌的湖北第三城地位有所动摇。其地区生产总值增长3.1%。",
         F("gdp", 2023, "FY", None, None, 3.1, region="宜昌"), region="湖北", pub="2024-02-01"),
    case("qi-after-rank-in-province-gdp-level",
         "2023年,全省经济稳步增长。从总量看,赣州的江西第二城位置没有变化。其GDP达到4606.2亿元,增长4.9%。",
         F("gdp", 2023, "FY", 4606.2, "亿元", 4.9, region="赣州"), region="江西", pub="2024-02-01"),
    # near miss: 来自A的B县 still means the county
    case("qi-after-place-of-place-county",
         "2023年,全省经济稳步增长。从县域看,来自襄阳的谷城县表现亮眼。其GDP增长6.2%。",
         F("gdp", 2023, "FY", None, None, 6.2, region="谷城"), region="湖北", pub="2024-02-01"),
    # a generic 财政收入 read as the short name of the general revenue named in full before it keeps that reading
    # further on (past a long passage or list), until 财政总收入 is named in full
    case("short-name-kept-far-month",
         "1-9月,全县地方财政收入完成12.36亿元,增长6.8%,财政收入增幅居全市第二位。"
         "全县上下坚持稳中求进工作总基调,认真落实各项减税降费政策,持续加强收入征收管理,不断优化财政支出结构,全力保障基本民生、工资发放和机构运转等重点支出,推动财政经济运行总体平稳、稳中有进,为完成全年目标任务打下了坚实基础。9月当月,全县财政收入完成1.42亿元,增长9.5%。",
         F("fiscal_revenue_general", 2024, "Q1-Q3", 12.36, "亿元", 6.8, region="进贤"),
         F("fiscal_revenue_general", 2024, "M9", 1.42, "亿元", 9.5, region="进贤"), region="进贤", pub="2024-10-20"),
    case("short-name-kept-far-county-list",
         "2023年,全市地方一般公共预算收入完成256.8亿元,增长7.2%,财政收入增速居全省第二。"
         "全县上下坚持稳中求进工作总基调,认真落实各项减税降费政策,持续加强收入征收管理,不断优化财政支出结构,全力保障基本民生、工资发放和机构运转等重点支出,推动财政经济运行总体平稳、稳中有进,为完成全年目标任务打下了坚实基础。分县区看,财政收入居前三位的是邓州(31.5亿元)、唐河(22.4亿元)和宛城(21.1亿元)。",
         F("fiscal_revenue_general", 2023, "FY", 256.8, "亿元", 7.2, region="南阳"),
         F("fiscal_revenue_general", 2023, "FY", 31.5, "亿元", region="邓州"),
         F("fiscal_revenue_general", 2023, "FY", 22.4, "亿元", region="唐河"),
         F("fiscal_revenue_general", 2023, "FY", 21.1, "亿元", region="宛城"), region="南阳", pub="2024-02-10"),
    case("short-name-kept-far-city-list",
         "上半年,全省一般公共预算收入完成1730.5亿元,同比增长3.1%,各市州财政收入均实现增长。"
         "全县上下坚持稳中求进工作总基调,认真落实各项减税降费政策,持续加强收入征收管理,不断优化财政支出结构,全力保障基本民生、工资发放和机构运转等重点支出,推动财政经济运行总体平稳、稳中有进,为完成全年目标任务打下了坚实基础。从各市州看,上半年财政收入分别为长沙620.3亿元、株洲120.4亿元、岳阳118.2亿元。",
         F("fiscal_revenue_general", 2024, "H1", 1730.5, "亿元", 3.1, region="湖南"),
         F("fiscal_revenue_general", 2024, "H1", 620.3, "亿元", region="长沙"),
         F("fiscal_revenue_general", 2024, "H1", 120.4, "亿元", region="株洲"),
         F("fiscal_revenue_general", 2024, "H1", 118.2, "亿元", region="岳阳"), region="湖南", pub="2024-07-30"),
    # near misses: a part named after the generic (其中一般公共预算收入…: the generic is the whole, the total);
    # 财政总收入 named in full since (the generic is the total again); no full name at all
    case("short-name-whole-before-its-part",
         "上半年,全县一般公共预算收入完成10.2亿元,增长4.3%,财政收入质量稳步提升。"
         "全县上下坚持稳中求进工作总基调,认真落实各项减税降费政策,持续加强收入征收管理,不断优化财政支出结构,全力保障基本民生、工资发放和机构运转等重点支出,推动财政经济运行总体平稳、稳中有进,为完成全年目标任务打下了坚实基础。1-7月,全县财政收入完成21.3亿元,增长5.6%,其中一般公共预算收入11.9亿元,增长4.1%。",
         F("fiscal_revenue_general", 2024, "H1", 10.2, "亿元", 4.3, region="沅陵"),
         F("fiscal_revenue_total", 2024, "M1-M7", 21.3, "亿元", 5.6, region="沅陵"),
         F("fiscal_revenue_general", 2024, "M1-M7", 11.9, "亿元", 4.1, region="沅陵"), region="沅陵", pub="2024-08-20"),
    case("short-name-dropped-after-total-named",
         "上半年,全县一般公共预算收入完成10.2亿元,增长4.3%,财政收入质量稳步提升;财政总收入完成18.6亿元,增长3.9%。"
         "全县上下坚持稳中求进工作总基调,认真落实各项减税降费政策,持续加强收入征收管理,不断优化财政支出结构,全力保障基本民生、工资发放和机构运转等重点支出,推动财政经济运行总体平稳、稳中有进,为完成全年目标任务打下了坚实基础。6月当月,全县财政收入完成3.1亿元,增长5.2%。",
         F("fiscal_revenue_general", 2024, "H1", 10.2, "亿元", 4.3, region="沅陵"),
         F("fiscal_revenue_total", 2024, "H1", 18.6, "亿元", 3.9, region="沅陵"),
         F("fiscal_revenue_total", 2024, "M6", 3.1, "亿元", 5.2, region="沅陵"), region="沅陵", pub="2024-07-20"),
    case("generic-no-full-name", "前三季度,全市财政收入完成168.3亿元,增长2.7%。",
         F("fiscal_revenue_total", 2024, "Q1-Q3", 168.3, "亿元", 2.7, region="常德"), region="常德", pub="2024-10-25"),
    # a figure-less sentence whose subject place follows a circumstance or viewpoint it opens with (在…带动下, 受…影响,
    # 从各市看): that place's, for the place-less figure sentence after it
    case("said-place-after-circumstance-fiscal",
         "2024年1-10月,全省财政收入稳步增长。在强省会战略带动下,合肥的首位度稳步提升。1-10月份财政收入达到827.6亿元,增长0.9%。",
         F("fiscal_revenue_total", 2024, "M1-M10", 827.6, "亿元", 0.9, region="合肥"), region="安徽", pub="2024-11-20"),
    case("said-place-after-circumstance-gdp",
         "2023年,全省经济稳中有进。在政策红利带动下,岳阳的发展势头强劲。全年地区生产总值增长6.1%。",
         F("gdp", 2023, "FY", None, None, 6.1, region="岳阳"), region="湖南", pub="2024-02-01"),
    case("said-place-after-influence-fai",
         "2023年,全省经济稳中有进。受房地产市场调整影响,信阳的投资增速有所回落。全年固定资产投资下降3.2%。",
         F("fixed_asset_investment", 2023, "FY", None, None, -3.2, region="信阳"), region="河南", pub="2024-02-01"),
    case("said-place-after-viewpoint-industry",
         "2023年,全省经济稳中有进。从各市看,九江的表现可圈可点。全年规模以上工业增加值增长7.1%。",
         F("industrial_value_added", 2023, "FY", None, None, 7.1, region="九江"), region="江西", pub="2024-02-01"),
    # near miss: the subject after the circumstance is the province itself (全省…): the home region's
    case("said-place-after-circumstance-whole-province",
         "2023年,全省经济稳中有进。在各方共同努力下,全省消费市场持续回暖。全年社会消费品零售总额增长5.5%。",
         F("retail_sales", 2023, "FY", None, None, 5.5, region="湖北"), region="湖北", pub="2024-02-01"),
]


REAL76_CASES = [
    # a viewpoint line (从…来看：) joined to the next line that opens with a place: that place is the subject of
    # the next sentence, which names none
    case("view-lead-then-place-subject",
         "全市上半年经济运行总体平稳。\n从各区GDP总量来看:\n城关区作为省会的中心城区,优势十分明显。上半年地区生产总值完成420.5亿元,增长5.2%,继续领跑全市。",
         F("gdp", 2024, "H1", 420.5, "亿元", 5.2, region="城关"), region="兰州", pub="2024-07-30"),
    case("view-lead-er-yan-place-subject",
         "全市财政运行平稳。\n就财政收入而言,\n江阴市继续保持领先地位。1-6月一般公共预算收入完成152.3亿元,增长6.1%,总量居全市第一。",
         F("fiscal_revenue_general", 2024, "H1", 152.3, "亿元", 6.1, region="江阴"), region="无锡", pub="2024-07-30"),
    case("view-lead-an-place-subject",
         "全市经济稳中有进。\n按总量看:\n晋江市依然一骑绝尘,稳居榜首。2024年地区生产总值3207.4亿元,增长5.2%,在全省县域中排名第一。",
         F("gdp", 2024, "FY", 3207.4, "亿元", 5.2, region="晋江"), region="泉州", pub="2025-02-20"),
    case("view-lead-whole-region-near-miss",
         "全市经济稳中有进。\n从全市来看:\n经济运行总体平稳。2024年地区生产总值3207.4亿元,增长5.2%,居全省第一。",
         F("gdp", 2024, "FY", 3207.4, "亿元", 5.2, region="泉州"), region="泉州", pub="2025-02-20"),
    # words of attention before a metric (颇受关注的GDP增速, 外界普遍关心的社零总额) describe it: no sector's part
    case("attention-words-gdp-rate", "一季度,最受关注的地区生产总值增速方面,泉州同比增长5.9%。",
         F("gdp", 2024, "Q1", None, "", 5.9, region="泉州"), region="福建", pub="2024-04-28"),
    case("attention-words-retail", "上半年,外界普遍关心的社会消费品零售总额,南通增长8.2%。",
         F("retail_sales", 2024, "H1", None, "", 8.2, region="南通"), region="江苏", pub="2024-07-28"),
    case("attention-words-industry", "前三季度,备受瞩目的规上工业增加值,常州同比增长9.1%。",
         F("industrial_value_added", 2024, "Q1-Q3", None, "", 9.1, region="常州"), region="江苏", pub="2024-10-28"),
    case("attention-words-sector-near-miss", "一季度,备受关注的新能源汽车产业增加值增长30.2%。", region="江苏", pub="2024-04-28"),
    # a place described by words holding 去年 (去年…突破3000亿元的宜宾，一季度…): the period after it, over by the
    # publication, is this year's; the description's year holds in the description only
    case("described-last-year-then-quarter", "去年经济总量突破3000亿元的宜宾,一季度地区生产总值增长6.7%。",
         F("gdp", 2021, "FY", 3000, "亿元", qualifier="over", region="宜宾"),
         F("gdp", 2022, "Q1", None, "", 6.7, region="宜宾"), region="四川", pub="2022-04-25"),
    case("described-prior-year-then-ytd", "上年地区生产总值首次跨过千亿元的江阴,前三季度规上工业增加值增长9.2%。",
         F("gdp", 2022, "FY", 1000, "亿元", qualifier="over", region="江阴"),
         F("industrial_value_added", 2023, "Q1-Q3", None, "", 9.2, region="江阴"), region="无锡", pub="2023-10-28"),
    case("described-rank-then-half", "去年一般公共预算收入排名全省第二的晋江市,上半年一般公共预算收入完成85.6亿元。",
         F("fiscal_revenue_general", 2024, "H1", 85.6, "亿元", region="晋江"), region="泉州", pub="2024-07-30"),
    case("described-last-year-period-not-over", "去年经济总量突破千亿元的上杭县,四季度地区生产总值同比增长5.0%。",
         F("gdp", 2023, "FY", 1000, "亿元", qualifier="over", region="上杭"),
         F("gdp", 2023, "Q4", None, "", 5.0, region="上杭"), region="龙岩", pub="2024-03-10"),
    # a runner-up (紧随其后的是, 其次是, 其后是, 排在第二位的是) opening the sentence after a named leader's figure and
    # rank, then its own figure: the leader's metric for the runner-up
    case("runner-up-next-sentence-rate", "一季度,凉山地区生产总值增长8.1%,居全省首位。紧随其后的是甘孜州,增速6.9%。",
         F("gdp", 2024, "Q1", None, "", 8.1, region="凉山"), F("gdp", 2024, "Q1", None, "", 6.9, region="甘孜州"),
         region="四川", pub="2024-04-28"),
    case("runner-up-next-sentence-industry", "上半年,昆山规上工业增加值增长9.5%,排名第一。其次是江阴,同比增长8.7%。",
         F("industrial_value_added", 2024, "H1", None, "", 9.5, region="昆山"),
         F("industrial_value_added", 2024, "H1", None, "", 8.7, region="江阴"), region="江苏", pub="2024-07-28"),
    case("runner-up-next-sentence-level", "前三季度,晋江社会消费品零售总额完成512.3亿元,总量居首。排在第二位的是南安,为301.2亿元。",
         F("retail_sales", 2024, "Q1-Q3", 512.3, "亿元", region="晋江"),
         F("retail_sales", 2024, "Q1-Q3", 301.2, "亿元", region="南安"), region="泉州", pub="2024-10-28"),
    case("runner-up-next-sentence-qihou", "去年,江宁区一般公共预算收入增长8.2%,领跑全市。其后是浦口区,增长7.5%。",
         F("fiscal_revenue_general", 2023, "FY", None, "", 8.2, region="江宁"),
         F("fiscal_revenue_general", 2023, "FY", None, "", 7.5, region="浦口"), region="南京", pub="2024-03-10"),
    # …or after a named place's figure in a paragraph that ranked places before it (从增速看，…位居第一。…)
    case("runner-up-in-ranking-paragraph-industry",
         "从增速看,常熟以9.9%的增速位居第一。昆山上半年规上工业增加值增长9.5%。其次是江阴,同比增长8.7%。",
         F("industrial_value_added", 2024, "H1", None, "", 9.5, region="昆山"),
         F("industrial_value_added", 2024, "H1", None, "", 8.7, region="江阴"), region="苏州", pub="2024-07-28"),
    case("runner-up-in-ranking-paragraph-fiscal",
         "江宁区总量领跑全市。秦淮区去年一般公共预算收入完成70.1亿元。其后是建邺区,增长6.3%。",
         F("fiscal_revenue_general", 2023, "FY", 70.1, "亿元", region="秦淮"),
         F("fiscal_revenue_general", 2023, "FY", None, "", 6.3, region="建邺"), region="南京", pub="2024-03-10"),
    case("runner-up-in-ranking-paragraph-gdp",
         "前三季度,晋江GDP总量稳居首位。南安地区生产总值完成812.6亿元,增长5.0%。其次是惠安县,增长4.8%。",
         F("gdp", 2024, "Q1-Q3", 812.6, "亿元", 5.0, region="南安"),
         F("gdp", 2024, "Q1-Q3", None, "", 4.8, region="惠安"), region="泉州", pub="2024-10-28"),
    case("runner-up-after-whole-region-near-miss", "一季度,全市地区生产总值增长5.1%,居全省第一。其次是江阴,增长6%。",
         F("gdp", 2024, "Q1", None, "", 5.1, region="无锡"), region="无锡", pub="2024-04-28"),
    case("runner-up-after-average-near-miss", "一季度,江阴地区生产总值增长5.1%,高于全市平均。其次是宜兴,增长6%。",
         F("gdp", 2024, "Q1", None, "", 5.1, region="江阴"), region="无锡", pub="2024-04-28"),
    case("last-year-then-its-quarter-near-miss", "上杭县去年地区生产总值增长6.1%,其中一季度增长7.1%。",
         F("gdp", 2023, "FY", None, "", 6.1, region="上杭"), F("gdp", 2023, "Q1", None, "", 7.1, region="上杭"),
         region="龙岩", pub="2024-04-28"),
]


REAL74_CASES = [
    # a spam page's stray symbols inside a metric's name (规上工♀业, 固定资◆产投资, 社会消费品零≡售总额): a run
    # of math or other symbols between two ideographs goes, so the name reads whole
    case("stray-symbol-in-industry-name", "4月份,全县规模以上工♀业增加值8.6亿元,同比增长9.4%。",
         F("industrial_value_added", 2022, "M4", 8.6, "亿元", 9.4, region="德清"), region="德清", pub="2022-05-20"),
    case("stray-symbols-in-investment-name", "1-7月,全区固定资◆▲产投资同比增长12.3%,高于全市2.1个百分点。",
         F("fixed_asset_investment", 2023, "M1-M7", None, "", 12.3, region="江北"), region="江北", pub="2023-08-18"),
    case("stray-symbol-in-retail-name", "前三季度,全市实现社会消费品零≡售总额356.2亿元,增长6.8%,两年平均增长4.1%。",
         F("retail_sales", 2021, "Q1-Q3", 356.2, "亿元", 6.8, region="衢州"), region="衢州", pub="2021-10-25"),
    case("stray-symbol-then-space-in-retail-name", "1-6月,全县社会消费品零◆ 售总额42.3亿元,增长5.6%。",
         F("retail_sales", 2024, "H1", 42.3, "亿元", 5.6, region="平湖"), region="平湖", pub="2024-07-20"),
    # near misses: an arrow between words, a table's rule and a square unit stay (and a rate after an arrow is
    # no level of its own)
    case("stray-symbol-arrow-kept", "一季度,全县规上工业增加值增速由负→正,为全市唯一正增长县。", region="德清", pub="2022-04-20"),
    case("stray-symbol-in-sector-name", "1-5月,全县电子信息产△业增加值同比增长21.5%。", region="德清", pub="2022-06-20"),
    # an earlier rate of the period just before (上月, 上季度) that the rate moved from or is compared with: a
    # fact of that period of the same year (1-7月's 上月 is 1-6月, 7月's is 6月, 前三季度's 上季度 is 上半年)
    case("prior-previous-month-shift", "1-8月,全市固定资产投资增速从上月的4.3%提高到5.0%。",
         F("fixed_asset_investment", 2023, "M1-M7", None, "", 4.3, region="绍兴"),
         F("fixed_asset_investment", 2023, "M1-M8", None, "", 5.0, region="绍兴"), region="绍兴", pub="2023-09-20"),
    case("compared-previous-month-cumulative", "1-5月,全区规上工业增加值增长7.4%,增幅较上月的6.9%加快0.5个百分点。",
         F("industrial_value_added", 2024, "M1-M5", None, "", 7.4, region="柯桥"),
         F("industrial_value_added", 2024, "M1-M4", None, "", 6.9, region="柯桥"), region="柯桥", pub="2024-06-18"),
    case("compared-previous-single-month-bracket", "9月份,全县规上工业增加值增长12.1%,比上月(8.7%)加快3.4个百分点。",
         F("industrial_value_added", 2022, "M9", None, "", 12.1, region="新昌"),
         F("industrial_value_added", 2022, "M8", None, "", 8.7, region="新昌"), region="新昌", pub="2022-10-15"),
    case("compared-previous-quarter", "上半年,全县地区生产总值增长5.6%,比上季度的4.9%加快0.7个百分点。",
         F("gdp", 2021, "H1", None, "", 5.6, region="嵊州"), F("gdp", 2021, "Q1", None, "", 4.9, region="嵊州"),
         region="嵊州", pub="2021-07-25"),
    # 上一季度 is the quarter before, not the first quarter (一季度 inside it names no period)
    case("prior-previous-quarter-shift", "四季度,全县规上工业增加值增速由上一季度的2.6%回升至5.9%。",
         F("industrial_value_added", 2022, "Q3", None, "", 2.6, region="新昌"),
         F("industrial_value_added", 2022, "Q4", None, "", 5.9, region="新昌"), region="新昌", pub="2023-01-20"),
    case("compared-previous-quarter-cumulative", "前三季度,全县固定资产投资增长7.7%,较上一季度的6.1%加快1.6个百分点。",
         F("fixed_asset_investment", 2023, "Q1-Q3", None, "", 7.7, region="新昌"),
         F("fixed_asset_investment", 2023, "H1", None, "", 6.1, region="新昌"), region="新昌", pub="2023-10-25"),
    # the same period's rate a year before, in a clause of its own right after the rate (上年同期为下降1.5%,
    # 去年同期增长3.2%): a fact of last year's period
    case("last-year-clause-after-rate", "1-9月,全县规上工业增加值同比增长8.2%,上年同期为下降1.5%。",
         F("industrial_value_added", 2023, "Q1-Q3", None, "", 8.2, region="新昌"),
         F("industrial_value_added", 2022, "Q1-Q3", None, "", -1.5, region="新昌"), region="新昌", pub="2023-10-20"),
    case("last-year-clause-verb", "上半年,全区社会消费品零售总额增长6.4%,去年同期增长2.7%。",
         F("retail_sales", 2024, "H1", None, "", 6.4, region="柯桥"), F("retail_sales", 2023, "H1", None, "", 2.7, region="柯桥"),
         region="柯桥", pub="2024-07-22"),
    case("last-year-clause-signed", "1-4月,全市一般公共预算收入同比增长3.9%,而上年同期是-6.2%。",
         F("fiscal_revenue_general", 2022, "M1-M4", None, "", 3.9, region="绍兴"),
         F("fiscal_revenue_general", 2021, "M1-M4", None, "", -6.2, region="绍兴"), region="绍兴", pub="2022-05-20"),
    case("last-year-bracket-after-rate", "1-5月,全区固定资产投资增长6.6%(去年同期为下降3.4%)。",
         F("fixed_asset_investment", 2024, "M1-M5", None, "", 6.6, region="柯桥"),
         F("fixed_asset_investment", 2023, "M1-M5", None, "", -3.4, region="柯桥"), region="柯桥", pub="2024-06-18"),
    case("last-year-bracket-after-share", "1-5月,全区工业投资增长9.3%,占比为40.7%(去年同期为37.5%)。",
         F("industrial_investment", 2024, "M1-M5", None, "", 9.3, region="柯桥"), region="柯桥", pub="2024-06-18"),
    case("last-year-clause-after-share", "1-9月,全县工业投资增长11.4%,占全部投资的42.6%,上年同期为38.9%。",
         F("industrial_investment", 2023, "Q1-Q3", None, "", 11.4, region="新昌"), region="新昌", pub="2023-10-20"),
    # a place's average rate with no 的 before it, that the rate is compared with by a gap in points (比全市平均
    # 6.9%高1.3个百分点, 较全省平均水平3.1%快…): that place's rate
    case("compared-average-bare-gap", "1-7月,全县规上工业增加值增长8.2%,比全市平均6.9%高1.3个百分点。",
         F("industrial_value_added", 2023, "M1-M7", None, "", 8.2, region="德清"),
         F("industrial_value_added", 2023, "M1-M7", None, "", 6.9, region="湖州"), region="德清", pub="2023-08-20"),
    case("compared-average-level-bare", "上半年,全区固定资产投资增长4.4%,较全省平均水平3.1%快1.3个百分点。",
         F("fixed_asset_investment", 2023, "H1", None, "", 4.4, region="柯桥"),
         F("fixed_asset_investment", 2023, "H1", None, "", 3.1, region="浙江"), region="柯桥", pub="2023-07-25"),
    case("compared-average-lower", "一季度,全县社会消费品零售总额增长3.2%,比全市平均4.0%低0.8个百分点。",
         F("retail_sales", 2023, "Q1", None, "", 3.2, region="新昌"), F("retail_sales", 2023, "Q1", None, "", 4.0, region="绍兴"),
         region="新昌", pub="2023-04-25"),
    case("compared-average-bare-clause-end", "前三季度,全区一般公共预算收入增长5.8%,高于全市平均水平4.6%。",
         F("fiscal_revenue_general", 2023, "Q1-Q3", None, "", 5.8, region="柯桥"),
         F("fiscal_revenue_general", 2023, "Q1-Q3", None, "", 4.6, region="绍兴"), region="柯桥", pub="2023-10-25"),
    case("compared-average-bare-share-end", "1-7月,全县工业投资占比41.2%,高于全市平均35.6%。", region="德清", pub="2023-08-20"),
    case("compared-average-share-no-rate", "1-7月,全县工业投资增长12.1%,占比较全市平均35.2%高4.1个百分点。",
         F("industrial_investment", 2023, "M1-M7", None, "", 12.1, region="德清"), region="德清", pub="2023-08-20"),
    # near misses: a gap in points alone; a quarter before a single month, a month before January: no period
    case("compared-previous-month-points-only", "1-5月,全区规上工业增加值增长7.4%,比上月加快0.5个百分点。",
         F("industrial_value_added", 2024, "M1-M5", None, "", 7.4, region="柯桥"), region="柯桥", pub="2024-06-18"),
    case("previous-quarter-of-single-month-none", "7月份,全县规上工业增加值增长10.5%,较上季度(9.1%)加快1.4个百分点。",
         F("industrial_value_added", 2022, "M7", None, "", 10.5, region="新昌"), region="新昌", pub="2022-08-15"),
    case("previous-month-of-january-none", "1月份,全县工业用电量增速从上月的5.3%提高到6.1%。",
         F("industrial_electricity", 2022, "M1", None, "", 6.1, region="新昌"), region="新昌", pub="2022-02-15"),
]


REAL78_CASES = [
    # a headline's figure printed to fewer digits than the body's exact one for the same key is that
    # exact figure rounded, not a second value (2.9万亿元 … 29129.03亿元): only the exact one stays
    case("rounded-headline-wanyi", "2023年苏州GDP达2.5万亿元 增长4.6%\n2023年,苏州市实现地区生产总值24653.4亿元,比上年增长4.6%。",
         F("gdp", 2023, "FY", 24653.4, "亿元", 4.6, region="苏州"), region="苏州", pub="2024-02-01", conflict=False),
    case("rounded-lead-retail-county", "上半年,宁海县社会消费品零售总额46亿元。据县统计局介绍,上半年全县实现社会消费品零售总额456023万元,同比增长5.2%。",
         F("retail_sales", 2024, "H1", 456023, "万元", 5.2, region="宁海"), region="宁海", pub="2024-07-25", conflict=False),
    case("rounded-rate-moves-to-exact", "1-5月,全区固定资产投资86亿元,增长9.1%。记者从区统计局获悉,1-5月全区完成固定资产投资85.62亿元。",
         F("fixed_asset_investment", 2024, "M1-M5", 85.62, "亿元", 9.1, region="江宁"), region="江宁", pub="2024-06-20", conflict=False),
    # near misses: a figure the exact one does not round to, or with another rate, or one printed to
    # more than two digits (a second source's figure), is a second value
    case("rounded-three-digits-kept", "据介绍,前三季度全市生产总值1204.6亿元。另据省统计局数据,前三季度全市生产总值1204.57亿元。",
         F("gdp", 2019, "Q1-Q3", 1204.6, "亿元", region="清远"), F("gdp", 2019, "Q1-Q3", 1204.57, "亿元", region="清远"),
         region="清远", pub="2019-11-05", conflict=True),
    case("rounded-other-value-kept", "2023年全市GDP达2.5万亿元\n2023年,全市实现地区生产总值23653.4亿元,比上年增长4.6%。",
         F("gdp", 2023, "FY", 2.5, "万亿元", region="苏州"), F("gdp", 2023, "FY", 23653.4, "亿元", 4.6, region="苏州"),
         region="苏州", pub="2024-02-01", conflict=True),
    case("rounded-other-rate-kept", "一季度,全市规上工业总产值1.2万亿元,增长8.0%。一季度,全市规模以上工业总产值11983.6亿元,增长6.1%。",
         F("industrial_output", 2024, "Q1", 1.2, "万亿元", 8.0, region="宁波"), F("industrial_output", 2024, "Q1", 11983.6, "亿元", 6.1, region="宁波"),
         region="宁波", pub="2024-04-25", conflict=True),
]


CASE_LISTS: dict[str, list] = {
    "real78": REAL78_CASES,
    "real73": REAL73_CASES,
    "real75": REAL75_CASES,
    "real76": REAL76_CASES,
    "real74": REAL74_CASES,
    "real68": REAL68_CASES,
    "real70": REAL70_CASES,
    "real71": REAL71_CASES,
    "real69": REAL69_CASES,
    "real72": REAL72_CASES,
    "real66": REAL66_CASES,
    "real67": REAL67_CASES,
    "real64": REAL64_CASES,
    "real65": REAL65_CASES,
    "real62": REAL62_CASES,
    "real63": REAL63_CASES,
    "s22": S22_CASES,
    "s23": S23_CASES,
    "real61": REAL61_CASES,
    "real60": REAL60_CASES,
    "real59": REAL59_CASES,
    "real58": REAL58_CASES,
    "real54": REAL54_CASES,
    "real55": REAL55_CASES,
    "real56": REAL56_CASES,
    "real57": REAL57_CASES,
    "s21": S21_CASES,
    "real51": REAL51_CASES,
    "real52": REAL52_CASES,
    "real53": REAL53_CASES,
    "real50": REAL50_CASES,
    "s20": S20_CASES,
    "real49": REAL49_CASES,
    "real47": REAL47_CASES,
    "real46": REAL46_CASES,
    "real48": REAL48_CASES,
    "real45": REAL45_CASES,
    "real43": REAL43_CASES,
    "real44": REAL44_CASES,
    "real42": REAL42_CASES,
    "seed": SEED_SENTENCES, "page": SEED_FILES, "amount": AMOUNTS, "growth": GROWTH,
    "trap": METRIC_TRAPS, "pair": PAIRED_LISTS, "regions": REGION_LISTS, "table": TABLES,
    "period": PERIODS, "relyear": RELATIVE_YEARS, "carry": CARRY_OVER, "scope": SCOPE,
    "plan": PLAN_WORDS, "conflict": CONFLICTS, "repair": LINE_BREAKS, "traditional": TRADITIONAL,
    "probe2": PROBE2, "lead11": LEAD11, "real1": REAL1, "real2": REAL2, "real3": REAL3, "real4": REAL4, "real5": REAL5, "real6": REAL6,
    "real8": REAL8,
    "real9": REAL9,
    "real7": REAL7,
    "real10": REAL10,
    "real12": REAL12,
    "real11": REAL11,
    "real13": REAL13,
    "real14": REAL14,
    "real15": REAL15,
    "real22": REAL22,
    "real19": REAL19_CASES,
    "real20": REAL20,
    "real21": REAL21,
    "real25": REAL25_CASES,
    "real24": REAL24,
    "real23": REAL23_CASES,
    "spelling": SPELLINGS,
    "real28": REAL28_CASES,
    "real29": REAL29_CASES,
    "real27": REAL27,
    "real30": REAL30_CASES,
    "real26": REAL26_CASES,
    "real32": REAL32_CASES,
    "s15": S15_CASES,
    "s16": S16_CASES,
    "s17": S17_CASES,
    "s18": S18_CASES,
    "s19": S19_CASES,
    "real31": REAL31_CASES,
    "real33": REAL33_CASES,
    "real34": REAL34_CASES,
    "real36": REAL36_CASES,
    "real35": REAL35_CASES,
    "real38": REAL38_CASES,
    "real39": REAL39_CASES,
    "real37": REAL37_CASES,
    "real40": REAL40_CASES,
    "real41": REAL41_CASES,
}
ALL_CASES = [pytest.param(*p.values, id=f"{prefix}:{p.id}", marks=p.marks)
             for prefix, params in CASE_LISTS.items() for p in params]


def _show(rows: Counter) -> str:
    return "\n".join(f"    {r}" + (f" x{n}" if n > 1 else "") for r, n in sorted(rows.items(), key=str)) or "    (none)"


@pytest.mark.parametrize("c", ALL_CASES)
def test_extract_case(c: Case) -> None:
    df = extract_text(c.text, pub_date=c.pub_date, region=c.region)
    validate_facts(df)
    facts = scored(df)
    got = Counter(row_key(r) for _, r in facts.iterrows())
    want = Counter(c.facts)
    assert got == want, (f"\n  missing:\n{_show(want - got)}\n  unexpected:\n{_show(got - want)}")
    if c.conflict is not None:
        assert facts["conflict"].fillna(False).astype(bool).eq(c.conflict).all(), facts[["metric", "value", "conflict"]]
    for number, allowed in c.labels:
        hits = df[(df["value"].astype("float64").round(4) == number)
                  | (df["yoy_pct"].astype("float64").abs().round(4) == number)]
        for _, r in hits.iterrows():
            label = {str(r["scope"]), str(r["kind"])}
            assert label & allowed, f"{number} kept as scope={r['scope']} kind={r['kind']}, expected {sorted(allowed)}"


def test_case_table_size_and_ids() -> None:
    ids = [p.id for p in ALL_CASES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert len(ids) >= 170


def test_wrap_columns_only_adds_newlines() -> None:
    wrapped = wrap_columns(S000_ECON_FLAT, 13, seed=7, blank_rate=0.4)
    assert wrapped.replace("\n", "") == S000_ECON_FLAT
    assert "\n\n" in wrapped
    assert max(len(line) for line in wrapped.split("\n")) == 13


ONE_PARAGRAPH = [p for p in ALL_CASES if "\n" not in p.values[0].text and "|" not in p.values[0].text]


@pytest.mark.parametrize("width", [9, 13])
def test_case_table_survives_column_rewrap(width: int) -> None:
    """Every one-paragraph case gives the same facts when re-wrapped into narrow newspaper
    columns with blank lines, breaking words, numbers, units and punctuation anywhere."""
    cols = ["region", "metric", "year", "period", "value", "unit", "yoy_pct", "qualifier", "scope", "kind"]
    changed = []
    for p in ONE_PARAGRAPH:
        c = p.values[0]
        flat = extract_text(c.text, pub_date=c.pub_date, region=c.region)[cols]
        want = sorted(map(str, flat.values.tolist()))
        for seed in (3, 11):
            wrapped = wrap_columns(c.text, width, seed=seed, blank_rate=0.3)
            got = extract_text(wrapped, pub_date=c.pub_date, region=c.region)[cols]
            if sorted(map(str, got.values.tolist())) != want:
                changed.append((p.id, wrapped))
    assert not changed, changed[:3]


def test_a_plan_for_a_named_year_is_for_that_full_year() -> None:
    df = extract_text("2025年主要目标：全市生产总值增长6%以上，固定资产投资增长10%。", pub_date="2025-02-18", region=HOME)
    assert df[["metric", "year", "period", "kind"]].values.tolist() == [
        ["gdp", 2025, "FY", "target"], ["fixed_asset_investment", 2025, "FY", "target"]]


@pytest.mark.parametrize("text", [
    "过去一年，预计全年实现地区生产总值1056亿元，增长6.5%。",
    "2023年，全市预计实现地区生产总值1056亿元，增长6.5%。",
    "初步预计，2023年全年地区生产总值达到1056亿元，增长6.5%。",
])
def test_a_plan_word_before_the_metric_says_the_kind_not_the_scope(text: str) -> None:
    df = extract_text(text, pub_date="2024-01-15", region=HOME)
    (row,) = df[df["value"] == 1056].itertuples()
    assert (row.metric, row.scope, row.kind, row.year, row.period) == ("gdp", "region", "forecast", 2023, "FY")

"""Dashboard data shaping (indicators.app.views) and downloads (indicators.app.exports)."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from indicators import Fact, facts_frame
from indicators.app import exports, views
from indicators.ingest.report import REPORT_COLUMNS

# Hand-written articles: every fact below points at its printed number in these texts.
TEXTS = {
    "a.txt": ("本报讯 上半年，全市实现生产总值385.12亿元，同比增长5.7%。其中，第一产业增加值6.53亿元，"
              "第二产业增加值213.37亿元，第三产业增加值165.22亿元。一季度，全市生产总值180亿元。"
              "城镇居民人均可支配收入39700元，增长5.4%；一季度为21000元。"),
    "b.txt": "去年上半年，全市生产总值364.4亿元，增长6%。出口170亿元；另据海关统计，出口171亿元。",
    "c.txt": "=HYPERLINK(\"http://x\")嘉善县2021年地区生产总值700亿元，增长8%。1-5月社会消费品零售总额50亿元。",
}
PUB = {"a.txt": "2024-07-26", "b.txt": "2023-07-20", "c.txt": "2022-02-01"}
REGION = {"a.txt": "平湖", "b.txt": "平湖", "c.txt": "嘉善"}
ZH = {"gdp": "地区生产总值", "gdp_primary": "第一产业增加值", "gdp_secondary": "第二产业增加值",
      "gdp_tertiary": "第三产业增加值", "exports": "出口", "income_urban_pc": "城镇居民人均可支配收入",
      "retail_sales": "社会消费品零售总额"}


def fact(doc: str, metric: str, year: int, period: str, printed: str, value: float, unit: str,
         yoy: float | None = None, *, conflict: bool = False, nth: int = 0) -> Fact:
    """A fact whose span is the ``nth`` occurrence of ``printed`` in the document."""
    text = TEXTS[doc]
    start = -1
    for _ in range(nth + 1):
        start = text.index(printed, start + 1)
    end = start + len(printed)
    sent_start = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
    sent_end = text.find("。", end) + 1 or len(text)
    base = value * {"亿元": 1e8, "元": 1.0}[unit]
    return Fact(doc, PUB[doc], REGION[doc], metric, ZH[metric], year, period, value, printed, unit,
                base, "CNY", yoy, "", "region", "actual", conflict, text[sent_start:sent_end],
                start, end, sent_start, sent_end, "test")


FACTS = [
    fact("a.txt", "gdp", 2024, "H1", "385.12亿元", 385.12, "亿元", 5.7),
    fact("a.txt", "gdp_primary", 2024, "H1", "6.53亿元", 6.53, "亿元"),
    fact("a.txt", "gdp_secondary", 2024, "H1", "213.37亿元", 213.37, "亿元"),
    fact("a.txt", "gdp_tertiary", 2024, "H1", "165.22亿元", 165.22, "亿元"),
    fact("a.txt", "gdp", 2024, "Q1", "180亿元", 180.0, "亿元"),
    fact("a.txt", "income_urban_pc", 2024, "H1", "39700元", 39700.0, "元", 5.4),
    fact("a.txt", "income_urban_pc", 2024, "Q1", "21000元", 21000.0, "元"),
    fact("b.txt", "gdp", 2023, "H1", "364.4亿元", 364.4, "亿元", 6.0),
    fact("b.txt", "exports", 2023, "H1", "170亿元", 170.0, "亿元", conflict=True),
    fact("b.txt", "exports", 2023, "H1", "171亿元", 171.0, "亿元", conflict=True),
    fact("c.txt", "gdp", 2021, "FY", "700亿元", 700.0, "亿元", 8.0),
    fact("c.txt", "retail_sales", 2021, "M1-M5", "50亿元", 50.0, "亿元"),
]


def sample_report() -> pd.DataFrame:
    """An ingest report for the three articles (c.txt's date was inferred)."""
    rows = [{"doc": d, "format": "txt", "encoding": "utf-8", "pub_date": PUB[d],
             "pub_date_source": "inferred" if d == "c.txt" else "manifest", "region": REGION[d],
             "region_source": "manifest", "chars": len(TEXTS[d]),
             "facts": sum(f.doc == d for f in FACTS), "status": "ok",
             "problems": "c.txt: not in the manifest" if d == "c.txt" else ""} for d in TEXTS]
    return pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


def sample_corpus() -> views.Corpus:
    """The hand-written corpus, shaped as the dashboard loads it."""
    return views.build_corpus(facts_frame(FACTS), sample_report(), TEXTS)


@pytest.fixture(scope="module")
def corpus() -> views.Corpus:
    return sample_corpus()


def test_every_sample_span_is_the_printed_number(corpus: views.Corpus) -> None:
    printed = corpus.facts[corpus.facts["kind"] == "actual"]
    for _, row in printed.iterrows():
        assert TEXTS[row["doc"]][row["start"]:row["end"]] == row["value_text"]


@pytest.mark.parametrize(("year", "code", "lang", "label"), [
    (2024, "H1", "en", "2024 H1"), (2024, "H1", "zh", "2024 上半年"), (2021, "FY", "en", "2021 FY"),
    (2023, "Q1-Q3", "zh", "2023 前三季度"), (2022, "M1-M5", "en", "2022 Jan-May"), (2022, "M7", "zh", "2022 7月"),
])
def test_period_labels_are_text(year: int, code: str, lang: str, label: str) -> None:
    assert views.period_label(year, code, lang) == label


def test_prior_year_is_derived_from_level_and_growth(corpus: views.Corpus) -> None:
    d = corpus.facts[(corpus.facts["kind"] == "derived") & (corpus.facts["metric"] == "gdp")]
    prior = d[(d["year"] == 2022) & (d["period"] == "H1")].iloc[0]
    assert prior["value"] == pytest.approx(364.4 / 1.06, abs=0.01)
    assert "364.4 ÷ (1 + 6%)" in prior["derivation_zh"] and "b.txt" in prior["derivation_en"]
    # 2023 H1 was printed, so the 2024 growth does not replace it
    assert d[(d["year"] == 2023) & (d["period"] == "H1")].empty
    # the derived row points back at the printed number it came from
    assert TEXTS["b.txt"][prior["start"]:prior["end"]] == "364.4亿元"


def test_q2_is_h1_minus_q1_but_not_for_per_capita(corpus: views.Corpus) -> None:
    d = corpus.facts[corpus.facts["kind"] == "derived"]
    q2 = d[(d["metric"] == "gdp") & (d["period"] == "Q2")].iloc[0]
    assert q2["year"] == 2024 and q2["value"] == pytest.approx(205.12)
    assert "2024 H1 385.12 亿元 − 2024 Q1 180 亿元 = 205.12 亿元" in q2["derivation_en"]
    assert d[(d["metric"] == "income_urban_pc") & (d["period"] == "Q2")].empty


def test_conflicting_values_derive_nothing(corpus: views.Corpus) -> None:
    d = corpus.facts[corpus.facts["kind"] == "derived"]
    assert d[d["metric"] == "exports"].empty


def test_compare_cells_mark_conflict_and_derived(corpus: views.Corpus) -> None:
    cells = views.compare_cells(corpus.facts, "平湖", "H1", "en")
    gdp = cells[cells["metric"] == "gdp"].set_index("year")
    assert gdp.loc[2024, "value"] == 385.12 and gdp.loc[2024, "yoy_pct"] == 5.7
    assert gdp.loc[2022, "kind"] == "derived" and gdp.loc[2022, "derivation"]
    exports_ = cells[cells["metric"] == "exports"].iloc[0]
    assert exports_["conflict"] and exports_["alternatives"] == "171"
    wide = views.compare_table(cells, "en")
    assert wide.loc["GDP", "2024"] == "385.12 亿元 · +5.7%"
    assert "◇derived" in wide.loc["GDP", "2022"]
    assert wide.loc["Exports", "2023"] == "170 亿元 ⚠conflict (171)"
    assert wide.loc[views.text("sum_check", "en"), "2024"] == "✓ 385.12 (diff 0)"


def test_sum_check_flags_a_mismatch() -> None:
    cells = pd.DataFrame({"metric": ["gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary"],
                          "year": [2024] * 4, "value": [400.0, 6.53, 213.37, 165.22]})
    check = views.sum_check(cells).iloc[0]
    assert not check["ok"] and check["difference"] == pytest.approx(14.88)


def test_headline_is_each_metrics_latest_figure(corpus: views.Corpus) -> None:
    cards = views.headline(corpus.facts, "平湖").set_index("metric")
    assert cards.index.tolist() == ["gdp", "gdp_primary", "gdp_secondary", "gdp_tertiary", "exports",
                                    "income_urban_pc"]
    assert (cards.loc["gdp", "year"], cards.loc["gdp", "period"], cards.loc["gdp", "value"]) == (2024, "H1", 385.12)
    # exports were last printed a year earlier: still shown, with their own period
    assert (cards.loc["exports", "year"], cards.loc["exports", "period"]) == (2023, "H1")
    assert views.headline(corpus.facts, "嘉善")["period"].tolist() == ["FY", "M1-M5"]


def test_trend_frame_labels_and_hover(corpus: views.Corpus) -> None:
    points = views.trend_frame(corpus.facts, "平湖", ["gdp"], "H1", "en")
    assert points["label"].tolist() == ["2022 H1", "2023 H1", "2024 H1"]
    assert points["derived"].tolist() == [True, False, False]
    assert points["hover"].iloc[0].startswith("derived: Implied by 2023 H1 364.4 亿元")


def test_filter_and_options(corpus: views.Corpus) -> None:
    f = corpus.facts
    assert views.options(f, "period") == ["Q1", "M1-M5", "H1", "Q2", "FY"]
    rows = views.filter_facts(f, region=["嘉善"], kind=["actual"])
    assert rows["metric"].tolist() == ["gdp", "retail_sales"]
    assert len(views.filter_facts(f, year=[2024], period="Q2")) == 1


def test_sources_table_says_when_the_date_was_inferred(corpus: views.Corpus) -> None:
    table = views.sources_table(corpus.report, "en").set_index("document")
    assert bool(table.loc["c.txt", "date inferred"]) and not bool(table.loc["a.txt", "date inferred"])
    assert table.loc["a.txt", "facts"] == 7


def test_highlight_wraps_the_exact_span(corpus: views.Corpus) -> None:
    row = corpus.facts.iloc[0]
    out = views.highlight_html(TEXTS["a.txt"], row["start"], row["end"])
    assert '<mark id="hit">385.12亿元</mark>' in out


def test_add_uploads_keeps_good_files_when_one_is_bad(corpus: views.Corpus) -> None:
    good = "上半年，全市实现生产总值385.12亿元，增长5.7%。".encode("gb18030")
    new, errors = views.add_uploads(corpus, [
        views.Upload("new.txt", good, "2024-07-26", "平湖"),
        views.Upload("bad.docx", b"PK\x03\x04"),
        views.Upload("a.txt", good, "2024-07-26", "平湖"),
    ])
    assert set(errors) == {"bad.docx", "a.txt"}
    added = new.facts[new.facts["doc"] == "new.txt"]
    assert added[["region", "metric", "year", "period", "value"]].iloc[0].tolist() == ["平湖", "gdp", 2024, "H1", 385.12]
    assert new.texts["new.txt"].startswith("上半年") and "new.txt" in set(new.report["doc"])
    assert len(new.facts[new.facts["kind"] == "actual"]) == len(FACTS) + len(added[added["kind"] == "actual"])


def test_load_corpus_reads_a_saved_fact_table(tmp_path) -> None:
    path = tmp_path / "facts.parquet"
    facts_frame(FACTS).to_parquet(path)
    loaded = views.load_corpus(path)
    assert len(loaded.facts[loaded.facts["kind"] == "actual"]) == len(FACTS) and loaded.texts == {}


def test_keep_uploads_saves_readable_files_with_manifest_rows(tmp_path) -> None:
    good = "上半年，全市实现生产总值385.12亿元，增长5.7%。".encode("gb18030")
    kept, errors, messages = views.keep_uploads(tmp_path, [
        views.Upload("../../平湖 日报.txt", good, "2024-07-26", "平湖"),
        views.Upload("junk.txt", bytes(range(256)) * 40),
        views.Upload("bad-date.txt", good, "2024-13-45"),
    ])
    assert [u.name for u in kept] == ["平湖 日报.txt"] and set(errors) == {"junk.txt", "bad-date.txt"}
    assert "bad pub_date" in errors["bad-date.txt"] and messages[0].startswith("平湖 日报.txt: saved to")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manifest.csv", "平湖 日报.txt"]
    assert (tmp_path / "manifest.csv").read_text(encoding="utf-8").splitlines() == [
        "doc,pub_date,region,source", "平湖 日报.txt,2024-07-26,平湖,upload"]
    again, errors, messages = views.keep_uploads(tmp_path, [views.Upload("copy.txt", good)])
    assert [u.name for u in again] == ["平湖 日报.txt"] and "not saved again" in messages[0]


# ---------------------------------------------------------------- data views (memory and store)

def write_corpus(folder) -> None:  # noqa: ANN001
    """The hand-written articles as a corpus folder with a manifest (c.txt is not listed)."""
    folder.mkdir(exist_ok=True)
    for doc, text in TEXTS.items():
        (folder / doc).write_text(text, encoding="utf-8")
    rows = [f"{d},{PUB[d]},{REGION[d]},test" for d in ("a.txt", "b.txt")]
    (folder / "manifest.csv").write_text("doc,pub_date,region,source\n" + "\n".join(rows) + "\n",
                                         encoding="utf-8")


@pytest.fixture(scope="module")
def both_views(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The same folder as a :class:`FrameView` (extracted in memory) and a :class:`StoreView` (CLI store)."""
    from indicators.app import dataview
    from indicators.run import engine

    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder)
    store, _ = engine.extract_folder_to_store(folder, jobs=1, progress=False)
    store.close()
    frame = dataview.FrameView(views.load_corpus(folder))
    stored = dataview.StoreView.open(folder / ".indicators.duckdb")
    yield frame, stored
    stored.store.close()


def _comparable(df: pd.DataFrame) -> pd.DataFrame:
    cols = ["region", "metric", "year", "period", "value", "yoy_pct", "kind", "doc", "start", "derivation_en"]
    return df[cols].astype({"year": "Int64"}).sort_values(cols[:4] + ["kind", "doc", "start"]).reset_index(drop=True)


def test_store_view_answers_as_the_frame_view(both_views) -> None:  # noqa: ANN001
    frame, stored = both_views
    for column in ("region", "metric", "doc"):
        assert stored.options(column) == frame.options(column), column
    # the store lists the periods a subtraction could give without reading every series: 6月 would be
    # 上半年 (平湖 2024) − 1-5月 (嘉善 2021), which no one series holds
    assert [p for p in stored.options("period") if p != "M6"] == frame.options("period")
    # the store's fact table holds what was printed; derived values are added per region slice
    assert stored.options("kind") == [k for k in frame.options("kind") if k != "derived"]
    assert stored.options("metric", region_level=True) == frame.options("metric", region_level=True)
    assert stored.default_region() == frame.default_region() == "平湖"
    mine, theirs = frame.region_slice("平湖"), stored.region_slice("平湖")
    assert (theirs["kind"] == "derived").any()
    pd.testing.assert_frame_equal(_comparable(theirs), _comparable(mine), check_dtype=False)
    assert stored.count(region="平湖", kind="actual") == frame.count(region="平湖", kind="actual")
    assert stored.count(metric=["gdp"]) == len(stored.facts(metric=["gdp"])) > 0
    assert len(stored.facts(limit=2)) == 2


def test_store_view_opens_stored_and_derived_facts_with_their_text(both_views) -> None:  # noqa: ANN001
    _, stored = both_views
    table = stored.region_slice("平湖")
    printed = table[(table["metric"] == "gdp") & (table["period"] == "H1") & (table["year"] == 2024)].iloc[0]
    row = stored.fact(int(printed["fid"]))
    assert row is not None and row["value"] == 385.12 and row["doc"] == "a.txt"
    text = stored.text("a.txt")
    assert text == TEXTS["a.txt"] and "385.12" in text[int(row["start"]):int(row["end"])]
    derived = table[table["kind"] == "derived"].iloc[0]
    assert int(derived["fid"]) < 0 and stored.fact(int(derived["fid"]))["derivation_en"] == derived["derivation_en"]
    assert stored.fact(10**9) is None and stored.text("missing.txt") is None


@pytest.mark.parametrize(("params", "good", "rejected"), [
    ({"page": "compare", "region": "平湖", "period": "H1"}, {"page": "compare", "region": "平湖", "period": "H1"}, []),
    ({"page": "../etc", "period": "H7", "metric": "gdp,<script>"}, {"metric": "gdp"}, ["page", "period", "metric"]),
])
def test_url_parameters_are_validated(params: dict, good: dict, rejected: list) -> None:
    choices = {"page": ["overview", "compare"], "region": ["平湖"], "period": ["H1", "FY"], "metric": ["gdp"]}
    assert views.clean_params(params, choices) == (good, rejected)


# ---------------------------------------------------------------- exports

def test_csv_has_bom_escapes_text_and_round_trips(corpus: views.Corpus) -> None:
    table = exports.facts_export(corpus.facts, "zh")
    data = exports.csv_bytes(table)
    assert data.startswith(exports.BOM)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    injected = back[back["doc"] == "c.txt"]["evidence"].iloc[0]
    assert injected.startswith("'=HYPERLINK")
    pd.testing.assert_series_equal(back["value"], table["value"].astype("float64"), check_names=False)
    pd.testing.assert_series_equal(back["yoy_pct"], table["yoy_pct"].astype("float64"), check_names=False)
    assert back["metric_zh"].tolist() == table["metric_zh"].tolist()


def test_numbers_are_never_escaped() -> None:
    df = pd.DataFrame({"value": [-3.2, 5.0], "note": ["-3.2%", "+1"], "n": [-1, 2]})
    out = exports.neutralise(df)
    assert out["value"].tolist() == [-3.2, 5.0] and out["n"].tolist() == [-1, 2]
    assert out["note"].tolist() == ["'-3.2%", "'+1"]


def test_xlsx_has_units_sources_and_no_formulas(corpus: views.Corpus) -> None:
    import openpyxl

    data = exports.facts_xlsx(corpus.facts, corpus.report, "en")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["facts", "sources"]
    cells = [c.value for row in book["facts"].iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    facts = pd.read_excel(io.BytesIO(data), sheet_name="facts")
    table = exports.facts_export(corpus.facts, "en")
    assert facts["unit"].tolist() == table["unit"].tolist()
    pd.testing.assert_series_equal(facts["value"], table["value"].astype("float64"), check_names=False)
    sources = pd.read_excel(io.BytesIO(data), sheet_name="sources")
    assert sources["doc"].tolist() == ["a.txt", "b.txt", "c.txt"]


# ---------------------------------------------------------------- monthly figures of several regions

# Our own bulletins (20 articles): cumulative months of 嘉兴's counties in 2022 and 2023 (平湖 also prints
# July alone), 嘉兴 itself, two provinces, and two full-year GDPs.  Extracted by the real extractor.
MONTHLY = {  # doc: (pub_date, region, text)
    "pinghu_2023_05.txt": ("2023-06-16", "平湖", "1-5月，全市规上工业增加值完成210.2亿元，同比增长5.1%。"),
    "pinghu_2023_06.txt": ("2023-07-18", "平湖", "今年1-6月，全市规上工业增加值完成258.4亿元，同比增长5.9%。"),
    "pinghu_2023_07.txt": ("2023-08-15", "平湖", "1-7月，全市规上工业增加值完成305.6亿元，同比增长6.2%。"
                                               "7月当月，全市规上工业增加值46.1亿元，同比增长6.8%。"),
    "pinghu_2022_07.txt": ("2022-08-12", "平湖", "2022年1-7月，平湖市规上工业增加值完成287.9亿元，同比增长4.0%。"),
    "pinghu_2023_fy.txt": ("2024-01-30", "平湖", "2023年，全市实现地区生产总值1010.5亿元，按可比价计算，同比增长6.1%。"),
    "jiashan_2023_06.txt": ("2023-07-20", "嘉善", "上半年，嘉善县规上工业增加值完成240.0亿元，同比增长7.0%。"),
    "jiashan_2023_07.txt": ("2023-08-16", "嘉善", "1-7月，全县规上工业增加值完成280.3亿元，同比增长7.4%。"),
    "haining_2023_07.txt": ("2023-08-17", "海宁", "1-7月，全市实现规上工业增加值350.8亿元，同比增长4.8%。"),
    "tongxiang_2023_07.txt": ("2023-08-14", "桐乡", "今年1-7月，桐乡市规上工业增加值完成330.1亿元，同比增长8.1%。"),
    "haiyan_2023_07.txt": ("2023-08-18", "海盐", "1-7月，全县规上工业增加值完成190.5亿元，增长3.2%。"),
    "jiaxing_2023_07.txt": ("2023-08-20", "嘉兴", "1-7月，全市规上工业增加值完成2100.4亿元，同比增长6.0%。"),
    "zhejiang_2023_07.txt": ("2023-08-22", "浙江", "1-7月，全省规上工业增加值完成12000.5亿元，同比增长4.2%。"),
    "jiangsu_2023_07.txt": ("2023-08-23", "江苏", "1-7月，全省规上工业增加值完成14500.2亿元，同比增长6.6%。"),
    "nanhu_2023_07.txt": ("2023-08-19", "南湖", "1-7月，南湖区规上工业增加值完成160.3亿元，同比增长9.2%。"),
    "xiuzhou_2023_07.txt": ("2023-08-19", "秀洲", "1-7月，全区规上工业增加值完成170.8亿元，同比增长5.5%。"),
    "jiashan_2022_07.txt": ("2022-08-15", "嘉善", "2022年1-7月，嘉善县规上工业增加值完成262.0亿元，同比增长3.1%。"),
    "haining_2022_07.txt": ("2022-08-16", "海宁", "2022年1-7月，海宁市规上工业增加值完成330.0亿元，同比增长2.5%。"),
    "tongxiang_2022_07.txt": ("2022-08-14", "桐乡", "1-7月，全市规上工业增加值完成301.2亿元，同比增长5.0%。"),
    "haiyan_2022_07.txt": ("2022-08-17", "海盐", "1-7月，全县规上工业增加值完成181.0亿元，同比增长1.9%。"),
    "haining_2023_fy.txt": ("2024-01-28", "海宁", "2023年，海宁市实现地区生产总值1350.6亿元，同比增长5.8%。"),
}


def write_monthly(folder) -> None:  # noqa: ANN001
    """The monthly bulletins as a corpus folder with a manifest."""
    folder.mkdir(exist_ok=True)
    for doc, (_, _, text) in MONTHLY.items():
        (folder / doc).write_text(text, encoding="utf-8")
    rows = [f"{doc},{pub},{region},test" for doc, (pub, region, _) in MONTHLY.items()]
    (folder / "manifest.csv").write_text("doc,pub_date,region,source\n" + "\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> views.Corpus:
    folder = tmp_path_factory.mktemp("monthly")
    write_monthly(folder)
    return views.load_corpus(folder)


def _one(facts: pd.DataFrame, region: str, year: int, period: str) -> pd.Series:
    rows = facts[(facts["region"] == region) & (facts["year"] == year) & (facts["period"] == period)
                 & (facts["metric"] == "industrial_value_added")]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_single_months_from_two_cumulative_figures(monthly: views.Corpus) -> None:
    facts = monthly.facts
    june = _one(facts, "平湖", 2023, "M6")  # 1-6月 (上半年) − 1-5月
    assert june["kind"] == "derived" and june["value"] == pytest.approx(48.2)
    assert june["derivation_zh"].startswith("2023 6月 = 2023 上半年 258.4 亿元 − 2023 1-5月 210.2 亿元 = 48.2 亿元")
    july = _one(facts, "嘉善", 2023, "M7")  # 1-7月 − 上半年
    assert july["kind"] == "derived" and july["value"] == pytest.approx(40.3)
    assert "2023 Jul = 2023 Jan-Jul 280.3 亿元 − 2023 H1 240 亿元" in july["derivation_en"]
    # 平湖 printed July alone: the printed figure stands, nothing is derived beside it
    printed = _one(facts, "平湖", 2023, "M7")
    assert printed["kind"] == "actual" and printed["value"] == 46.1


def test_cumulative_months_are_one_series(monthly: views.Corpus) -> None:
    points = views.trend_frame(monthly.facts, "平湖", ["industrial_value_added"], views.CUMULATIVE, "zh")
    printed = points[~points["derived"]]
    assert printed["label"].tolist() == ["2022 1-7月", "2023 1-5月", "2023 1-6月", "2023 1-7月"]
    assert printed["value"].tolist() == [287.9, 210.2, 258.4, 305.6]
    months = views.trend_frame(monthly.facts, "平湖", ["industrial_value_added"], views.SINGLE_MONTH, "en")
    # 2022 Jul from 2023 Jul and its growth; 2023 Jun from two cumulative figures; 2023 Jul printed
    assert months["label"].tolist() == ["2022 Jul", "2023 Jun", "2023 Jul"]
    assert months["derived"].tolist() == [True, True, False]
    assert months["hover"].iloc[1].startswith("derived: 2023 Jun = 2023 H1 258.4 亿元 − 2023 Jan-May 210.2 亿元")


def test_compare_cells_of_a_month_type_have_a_column_per_month(monthly: views.Corpus) -> None:
    cells = views.compare_cells(monthly.facts, "平湖", views.CUMULATIVE, "zh")
    wide = views.compare_table(cells, "zh")
    row = wide.loc["规上工业增加值"]
    assert [c for c in wide.columns if row[c] and "◇" not in row[c]] == ["2022 1-7月", "2023 1-5月", "2023 1-6月",
                                                                       "2023 1-7月"]
    assert wide.loc["地区生产总值", "2023 1-12月"] == "1010.5 亿元 · +6.1%"  # 全年 is the 1-12 month point
    assert wide.loc["规上工业增加值", "2023 1-7月"] == "305.6 亿元 · +6.2%"


def test_first_view_is_the_busiest(monthly: views.Corpus) -> None:
    assert views.default_region(monthly.facts) == "平湖"
    assert views.busiest_view(views.region_facts(monthly.facts, "平湖")) == (views.CUMULATIVE, ["industrial_value_added"])
    assert views.busiest_view(views.region_facts(monthly.facts, "嘉兴")) == (views.CUMULATIVE, ["industrial_value_added"])
    everywhere = views.region_facts(monthly.facts, None)
    # 2023 printed and 2022 derived from its growth: both are drawn, so both count
    assert views.figure_counts(everywhere, "region", ["gdp"], "FY") == [("平湖", 2), ("海宁", 2)]
    assert views.figure_counts(views.region_facts(monthly.facts, "平湖"), "period", ["gdp"]) == [("FY", 2)]
    assert views.figure_counts(everywhere, "region", ["industrial_value_added"], "Mn") == [("平湖", 3), ("嘉善", 1)]


def test_regions_side_by_side_ranks_within_gazetteer_groups(monthly: views.Corpus) -> None:
    rows = views.filter_facts(views.region_facts(monthly.facts, None), metric="industrial_value_added")
    assert views.busiest_period(rows, "平湖") == (2023, "M1-M7")
    assert views.region_periods(rows)[:2] == [(2023, "M1-M7", 10), (2023, "M7", 2)]
    table = views.side_by_side(rows, 2023, "M1-M7", home="平湖", lang="zh")
    assert table["group"].tolist() == ["嘉兴"] * 7 + ["浙江", "(provinces)", "(provinces)"]
    assert table["region"].tolist() == ["海宁", "桐乡", "平湖", "嘉善", "海盐", "秀洲", "南湖", "嘉兴", "江苏", "浙江"]
    assert table["rank"].tolist() == [1, 2, 3, 4, 5, 6, 7, 1, 1, 2]
    assert table["home"].tolist() == [False, False, True] + [False] * 7
    assert table["group_label"].tolist()[-1] == "省级"
    growth = views.side_by_side(rows, 2023, "M1-M7", home="平湖", measure="yoy", lang="en")
    assert growth["region"].tolist()[:7] == ["南湖", "桐乡", "嘉善", "平湖", "秀洲", "海宁", "海盐"]
    assert growth["group_label"].tolist()[-1] == "Provinces"
    # July alone: 平湖 printed it, 嘉善's is derived (and says how)
    july = views.side_by_side(rows, 2023, "M7", home="平湖", lang="en").set_index("region")
    assert july.loc["平湖", "kind"] == "actual" and july.loc["嘉善", "derived"]
    assert july.loc["嘉善", "derivation"].startswith("2023 Jul = 2023 Jan-Jul 280.3")


def test_side_by_side_converts_other_units_before_ranking() -> None:
    rows = facts_frame([
        Fact("a", "2023-08-01", region, "exports", "出口", 2023, "M1-M7", value, f"{value}{unit}", unit,
             value * scale, "CNY", None, "", "region", "actual", False, "…", 0, 1, 0, 1, "test")
        for region, value, unit, scale in (("平湖", 120.0, "亿元", 1e8), ("嘉善", 1500000.0, "万元", 1e4),
                                           ("海宁", 90.0, "亿元", 1e8))])
    rows = views.with_derived_facts(rows)
    rows.insert(0, "fid", range(len(rows)))
    table = views.side_by_side(rows, 2023, "M1-M7", home="平湖")
    assert table["region"].tolist() == ["嘉善", "平湖", "海宁"] and table["level"].tolist() == [150.0, 120.0, 90.0]
    assert set(table["level_unit"]) == {"亿元"}
    assert table.set_index("region").loc["嘉善", "unit"] == "万元"


def test_region_groups_come_from_the_gazetteer() -> None:
    assert [views.region_group(r) for r in ("海宁", "嘉兴", "杭州", "江苏", "火星")] == [
        "嘉兴", "浙江", "浙江", views.PROVINCES, views.OTHER_PLACES]


@pytest.mark.parametrize("column", ["kind", "scope", "status", "source"])
def test_every_value_word_has_both_names(column: str) -> None:
    from indicators.base.schema import KINDS, SCOPES

    words = {"kind": KINDS, "scope": SCOPES, "status": ("ok", "warning", "error"),
             "source": ("manifest", "given", "metadata", "inferred", "default", "unknown")}[column]
    for word in words:
        zh, en = views.value_name(column, word, "zh"), views.value_name(column, word, "en")
        assert zh != word and not zh.isascii() and en.isascii(), (column, word, zh, en)


def test_shown_tables_translate_kinds_scopes_and_statuses(corpus: views.Corpus) -> None:
    zh = views.facts_display(corpus.facts, "zh")
    assert set(zh["类型"]) == {"实际", "推算"} and set(zh["范围"]) == {"全地区"}
    en = views.facts_display(corpus.facts, "en")
    assert set(en["kind"]) == {"actual", "derived"} and set(en["scope"]) == {"region"}
    assert set(views.sources_table(corpus.report, "zh")["状态"]) == {"正常"}
    assert views.sources_table(corpus.report, "zh")["日期来源"].tolist() == ["清单", "清单", "推断"]

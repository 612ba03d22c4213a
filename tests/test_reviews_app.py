"""Reviews in the dashboard (AppTest): mark a fact wrong, correct a value, and what every page shows.

The corpus is three short articles written for these tests (海盐, three half-years), extracted by
the app itself; the reviews go to the folder's store file, as they would for a user.
"""
from __future__ import annotations

import base64
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from indicators.app import dataview
from indicators.cli import main
from test_dashboard_app import _source, app, chart_spec, download, media  # noqa: F401  (fixtures)

ARTICLES = {
    "r1.txt": "本报讯 今年上半年，海盐县实现地区生产总值312.45亿元，同比增长6.2%。"
              "其中，第二产业增加值178.30亿元，增长7.4%。",
    "r2.txt": "2023年上半年，海盐县实现地区生产总值290.10亿元，同比增长5.1%；全县规上工业增加值98.7亿元。",
    "r3.txt": "据县统计局消息，2022年上半年海盐县地区生产总值达到275.60亿元。",
}
PUB = {"r1.txt": "2024-07-20", "r2.txt": "2023-07-18", "r3.txt": "2022-07-15"}


def write_articles(folder: Path) -> Path:
    """The three articles and their manifest in ``folder``."""
    folder.mkdir(exist_ok=True)
    for doc, text in ARTICLES.items():
        (folder / doc).write_text(text, encoding="utf-8")
    rows = "".join(f"{doc},{PUB[doc]},海盐,test\n" for doc in ARTICLES)
    (folder / "manifest.csv").write_text("doc,pub_date,region,source\n" + rows, encoding="utf-8")
    return folder


def fid_of(at: AppTest, doc: str, metric: str) -> int:
    facts = at.session_state["view"].facts(None)
    hit = facts[(facts["doc"] == doc) & (facts["metric"] == metric) & (facts["kind"] != "derived")]
    return int(hit["fid"].iloc[0])


def open_source(at: AppTest, fid: int) -> None:
    at.selectbox(key="fact_pick").set_value(fid).run()
    assert not at.exception, [e.value for e in at.exception]


def values(y: list | dict) -> list[float]:
    """A trace's y values (plotly writes numbers as a base64 typed array)."""
    if isinstance(y, dict):
        return np.frombuffer(base64.b64decode(y["bdata"]), dtype=np.dtype(y["dtype"])).round(4).tolist()
    return y


def printed_points(at: AppTest) -> dict[str, float]:
    """The level chart's printed (not derived) points: label -> value."""
    traces = chart_spec(at, "level_chart")["data"]
    return {x: y for tr in traces if "推算" not in tr["name"] and "derived" not in tr["name"]
            for x, y in zip(tr["x"], values(tr["y"]), strict=True)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "corpus")


def test_a_fact_marked_wrong_leaves_the_chart_stays_in_the_table_and_survives(
        folder: Path, tmp_path: Path, media: dict[str, bytes]) -> None:  # noqa: F811
    at = app("trends", sample=False, source=folder, region="海盐", period="H1", metric="gdp", lang="en")
    assert printed_points(at) == {"2022 H1": 275.6, "2023 H1": 290.1, "2024 H1": 312.45}
    at = app("facts", sample=False, source=folder)
    fid = fid_of(at, "r2.txt", "gdp")
    open_source(at, fid)
    at.text_input(key="reviewer").set_value("张审").run()
    at.text_input(key=f"rv_note_{fid}").set_value("是另一个县的数").run()
    at.button(key="rv_wrong").click().run()
    assert not at.exception and not at.get("error")
    table = at.dataframe[0].value
    row = table[(table["文档"] == "r2.txt") & (table["指标"] == "地区生产总值")].iloc[0]
    assert row["审核"] == "错误" and row["数值"] == 290.1 and row["审核备注"] == "是另一个县的数"
    at.multiselect(key="f_review").set_value(["wrong"]).run()
    assert at.dataframe[0].value["文档"].tolist() == ["r2.txt"]
    csv = pd.read_csv(io.BytesIO(download(at, media, "dl_facts_csv")), encoding="utf-8-sig")
    assert csv[["doc", "metric", "value", "review", "reviewer"]].values.tolist() == [
        ["r2.txt", "gdp", 290.1, "wrong", "张审"]]

    at = app("trends", sample=False, source=folder, region="海盐", period="H1", metric="gdp", lang="en")  # a new session
    assert printed_points(at) == {"2022 H1": 275.6, "2024 H1": 312.45}
    derived = [tr for tr in chart_spec(at, "level_chart")["data"] if "derived" in tr["name"]]
    assert derived and derived[0]["x"] == ["2023 H1"] and values(derived[0]["y"]) == [294.21]  # 312.45 ÷ 1.062 instead

    out = tmp_path / "facts.csv"  # the CLI, run on the same folder, applies the review too
    assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    facts = pd.read_csv(out, keep_default_na=False)
    assert facts.set_index(["doc", "metric"])["review"].to_dict() == {
        ("r1.txt", "gdp"): "", ("r1.txt", "gdp_secondary"): "", ("r2.txt", "gdp"): "wrong",
        ("r2.txt", "industrial_value_added"): "", ("r3.txt", "gdp"): ""}


def test_a_corrected_value_shows_with_the_original_kept(folder: Path, media: dict[str, bytes]) -> None:  # noqa: F811
    at = app("facts", sample=False, source=folder, lang="en")
    fid = fid_of(at, "r1.txt", "gdp")
    open_source(at, fid)
    at.number_input(key=f"rv_value_{fid}").set_value(312.54).run()
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.get("error")
    table = at.dataframe[0].value
    row = table[(table["document"] == "r1.txt") & (table["metric"] == "GDP")].iloc[0]
    assert (row["value"], row["review"], row["extracted as"]) == (312.54, "corrected", "value 312.45")
    assert any(m.value.startswith("**Review: corrected** · extracted as value 312.45") for m in at.markdown)
    csv = pd.read_csv(io.BytesIO(download(at, media, "dl_facts_csv")), encoding="utf-8-sig", keep_default_na=False)
    gdp = csv[(csv["doc"] == "r1.txt") & (csv["metric"] == "gdp") & (csv["kind"] == "actual")].iloc[0]
    assert (float(gdp["value"]), float(gdp["value_original"]), gdp["review"]) == (312.54, 312.45, "corrected")

    at = app("trends", sample=False, source=folder, region="海盐", period="H1", metric="gdp", lang="en")
    assert printed_points(at)["2024 H1"] == 312.54
    hover = [h for tr in chart_spec(at, "level_chart")["data"] for _, h, _ in tr["customdata"]]
    assert any("corrected (value 312.45)" in h for h in hover)

    at = app("facts", sample=False, source=folder, lang="en")  # clearing the review restores the extraction
    open_source(at, fid)
    at.button(key="rv_clear").click().run()
    row = at.dataframe[0].value.set_index(["document", "metric"]).loc[("r1.txt", "GDP")]
    assert (row["value"], row["review"]) == (312.45, "unreviewed")


def test_a_bad_correction_is_refused_with_a_message(folder: Path) -> None:
    at = app("facts", sample=False, source=folder)
    fid = fid_of(at, "r3.txt", "gdp")
    open_source(at, fid)
    at.button(key="rv_save").click().run()  # nothing changed
    assert "a corrected review needs" in at.error[0].value
    assert at.dataframe[0].value.set_index("文档").loc["r3.txt", "审核"] == "未审核"


def test_reviews_on_a_store_queried_in_place(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["extract", str(folder), "-o", str(folder.parent / "f.csv"), "--jobs", "1"]) == 0
    monkeypatch.setattr(dataview, "LARGE_STORE_FACTS", 0)  # every store is "large": queried in place
    store = folder / ".indicators.duckdb"
    at = app("facts", sample=False, source=store)
    assert at.session_state["view"].large
    wrong, corrected = fid_of(at, "r2.txt", "gdp"), fid_of(at, "r3.txt", "gdp")
    open_source(at, wrong)
    at.button(key="table_rv_wrong").click().run()
    open_source(at, corrected)
    at.selectbox(key=f"rv_period_{corrected}").set_value("FY").run()
    at.button(key="rv_save").click().run()
    assert not at.exception and not at.get("error")
    table = at.dataframe[0].value.set_index(["文档", "指标"])
    assert table.loc[("r2.txt", "地区生产总值"), "审核"] == "错误"
    assert table.loc[("r3.txt", "地区生产总值"), "期间"] == "2022 全年"
    assert table.loc[("r3.txt", "地区生产总值"), "原提取值"] == "期间 H1"
    assert at.caption[0].value.startswith("5 条事实")
    at.multiselect(key="f_review").set_value(["corrected", "wrong"]).run()
    assert sorted(at.dataframe[0].value["文档"]) == ["r2.txt", "r3.txt"]
    at.multiselect(key="f_period").set_value(["FY"]).run()
    assert at.dataframe[0].value["文档"].tolist() == ["r3.txt"]
    view = at.session_state["view"]
    assert set(view.region_slice("海盐")["period"]) >= {"FY"} and 290.1 not in set(view.region_slice("海盐")["value"])


def test_a_verdict_in_the_trends_drawer_redraws_the_chart_under_it(folder: Path) -> None:
    """The drawer on the Trends page is drawn inside the charts' fragment: a verdict reruns that
    part (the drawer stays open and says so), or the whole page when the sidebar's choices change."""
    at = app("trends", sample=False, source=folder, region="海盐", period="H1", metric="gdp", lang="en")
    fid = fid_of(at, "r2.txt", "gdp")
    at.session_state["open_fact"] = fid  # as a click on the 2023 point does
    at.run()
    at.button(key="rv_wrong").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert printed_points(at) == {"2022 H1": 275.6, "2024 H1": 312.45}
    assert any(m.value.startswith("**Review: wrong**") for m in at.markdown)
    at.button(key="rv_clear").click().run()
    assert printed_points(at) == {"2022 H1": 275.6, "2023 H1": 290.1, "2024 H1": 312.45}
    at.text_input(key=f"rv_region_{fid}").set_value("海宁").run()  # a correction to a region the sidebar lacks
    at.button(key="rv_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "海宁" in at.selectbox(key="region").options
    assert printed_points(at) == {"2022 H1": 275.6, "2024 H1": 312.45}

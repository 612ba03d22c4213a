"""Headless tests of every dashboard page with Streamlit's AppTest.

Most tests load the hand-written sample corpus (tests/test_views.py) into the
session; the seed tests run the real extractor on seeds/.
"""
from __future__ import annotations

import base64
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from indicators import RULES_VERSION
from indicators.app import dataview, exports, views
from indicators.ingest import documents
from test_views import TEXTS, sample_corpus, write_corpus, write_monthly

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "dashboard.py")


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes | Callable[[], bytes]]:
    """Every file the app hands to the media store (download buttons) by file id: its bytes, or
    the function that makes them on click (a deferred download)."""
    stored: dict[str, bytes | Callable[[], bytes]] = {}
    original = MemoryMediaFileStorage.load_and_get_id
    original_deferred = MediaFileManager.add_deferred

    def spy(self, path_or_data, mimetype, kind, filename=None):  # noqa: ANN001
        file_id = original(self, path_or_data, mimetype, kind, filename)
        stored[file_id] = path_or_data
        return file_id

    def spy_deferred(self, data_callable, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        file_id = original_deferred(self, data_callable, *args, **kwargs)
        stored[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    monkeypatch.setattr(MediaFileManager, "add_deferred", spy_deferred)
    return stored


@pytest.fixture(autouse=True)
def _source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test opens the seeds unless it sets ``INDICATORS_SOURCE``; a private disk cache (HOME).
    ``__main__`` is put back afterwards: AppTest leaves the dashboard script there, and a process
    pool started later (tests/test_engine.py) would run it in every worker."""
    monkeypatch.delenv("INDICATORS_SOURCE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> views.Corpus:
    """Monthly bulletins of 嘉兴's counties, 嘉兴 and two provinces (tests/test_views.py), extracted."""
    folder = tmp_path_factory.mktemp("monthly")
    write_monthly(folder)
    return views.load_corpus(folder)


def app(page: str | None = "overview", sample: bool = True, source: Path | None = None,
        corpus: views.Corpus | None = None, **params: str) -> AppTest:
    """The dashboard opened at ``page`` (through the URL; ``None``: no URL at all), on the sample
    corpus, on ``corpus`` or on ``source`` (default: the seeds)."""
    if source is not None:
        os.environ["INDICATORS_SOURCE"] = str(source)  # restored by the _source fixture
    at = AppTest.from_file(APP, default_timeout=120)
    if sample:
        at.session_state["corpus"] = corpus or sample_corpus()
        at.session_state["_rules"] = (str(source or ROOT / "seeds"), RULES_VERSION)
    if page is not None:
        at.query_params["page"] = page
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def download(at: AppTest, media: dict[str, bytes | Callable[[], bytes]], key: str) -> bytes:
    """The bytes behind the download button with ``key`` (made now for a deferred download)."""
    for button in at.get("download_button"):
        if button.proto.id.endswith(f"-{key}"):
            file_id = button.proto.deferred_file_id or Path(button.proto.url).stem
            data = media[file_id]
            return data() if callable(data) else data
    raise AssertionError(f"no download button {key}")


def html_bodies(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def ys(trace: dict) -> list[float]:
    """A chart trace's y values (plotly sends numbers as base64 typed arrays)."""
    y = trace["y"]
    if isinstance(y, dict):
        return np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"]).tolist()
    return list(y)


def dialogs(at: AppTest) -> list:
    """The dialogs (drawers) open on the page."""
    return [node for node in at.get("dialog")]


def chart_spec(at: AppTest, key: str) -> dict:
    """The plotly figure the chart element with ``key`` (dashboard_chart.py, a custom component that
    AppTest shows as a ``bidi_component`` element) was given to draw."""
    for chart in at.get("bidi_component"):
        if chart.proto.id.endswith(f"-{key}"):
            assert chart.proto.component_name == "indicators.chart" and chart.proto.js_source_path == "chart.js"
            return json.loads(chart.proto.bytes)
    raise AssertionError(f"no chart {key}")


def test_the_chart_element_is_served_from_the_package_with_plotly_js_basic_bundle() -> None:
    """Streamlit finds the chart component (dashboard_chart.py) through the installed project's
    pyproject.toml and serves its script from indicators/app/chart/, where plotly.js's basic bundle
    is the plotly.js that plotly.py writes its figures for."""
    from plotly.offline import get_plotlyjs_version
    from streamlit.components.v2.component_manager import BidiComponentManager

    manager = BidiComponentManager()
    manager.discover_and_register_components(start_file_watching=False)
    folder = Path(manager.get_component_path("indicators.chart") or "")
    assert folder == ROOT / "indicators" / "app" / "chart"
    assert 'import "./plotly-basic.min.js";' in (folder / "chart.js").read_text(encoding="utf-8")
    with (folder / "plotly-basic.min.js").open(encoding="utf-8") as bundle:
        assert f"plotly.js (basic - minified) v{get_plotlyjs_version()}\n" in bundle.read(200)
    assert (folder / "LICENSE.plotly-basic").read_text(encoding="utf-8").startswith("MIT License")


def test_the_chart_prefetch_is_gone_by_the_end_of_a_first_run() -> None:
    """The element a session's first run sends so that the browser loads the chart bundle early
    (the browser benchmark times it) leaves no trace on a page without charts."""
    at = app("overview")
    assert at.session_state["_plotly_ready"] and not at.get("bidi_component")


# ---------------------------------------------------------------- overview

def test_overview_cards_on_the_seeds_open_their_source() -> None:
    at = app(sample=False)
    assert at.title[0].value == "概览"
    assert at.subheader[0].value == "平湖 · 各指标最新数据"
    cards = {m.label: (m.value, m.delta) for m in at.metric}
    assert cards["地区生产总值"] == ("385.12 亿元", "同比 +5.7%")
    assert cards["第二产业增加值"] == ("213.37 亿元", "同比 +6.8%")
    assert "2024 上半年 · 000_0105e60a5c96b0e6.txt" in [c.value for c in at.caption]
    corpus = at.session_state["corpus"]
    gdp = corpus.facts[(corpus.facts["metric"] == "gdp") & (corpus.facts["kind"] == "actual")].iloc[0]
    at.button(key=f"card_{int(gdp['fid'])}").click().run()
    printed = corpus.texts[gdp["doc"]][gdp["start"]:gdp["end"]]
    assert "385.12" in printed
    assert any(f'<mark id="hit">{printed}</mark>' in body for body in html_bodies(at))


def test_english_toggle_renames_metrics_and_periods() -> None:
    at = app()
    at.toggle(key="en").set_value(True).run()
    assert at.title[0].value == "Overview"
    assert at.subheader[0].value == "平湖 · latest figure of each metric"
    cards = {m.label: (m.value, m.delta) for m in at.metric}
    assert cards["GDP"] == ("385.12 亿元", "YoY +5.7%")
    assert at.query_params["lang"] == "en"


# ---------------------------------------------------------------- trends

def test_trends_draws_levels_with_text_labels_and_derived_points() -> None:
    at = app("trends", lang="en")
    at.multiselect(key="metrics").set_value(["gdp"]).run()
    at.selectbox(key="period").set_value("H1").run()
    spec = chart_spec(at, "level_chart")
    assert spec["layout"]["xaxis"]["type"] == "category"
    assert spec["layout"]["xaxis"]["categoryarray"] == ["2022 H1", "2023 H1", "2024 H1"]
    printed, derived = spec["data"]
    assert printed["x"] == ["2023 H1", "2024 H1"] and printed["name"] == "GDP"
    assert derived["name"] == "GDP (derived)" and derived["text"] == ["derived"]
    assert derived["marker"]["symbol"] == "diamond-open"
    assert "364.4 / (1 + 6%) = 343.77" in derived["customdata"][0][1]
    growth = chart_spec(at, "yoy_chart")
    assert growth["data"][0]["x"] == ["2023 H1", "2024 H1"] and growth["data"][0]["text"] == ["+6%", "+5.7%"]
    assert at.query_params["metric"] == "gdp" and at.query_params["period"] == "H1"


def test_trends_month_range_and_quarter_from_subtraction() -> None:
    at = app("trends", lang="en", region="嘉善", period="M1-M5", metric="retail_sales")  # an older link
    assert at.selectbox(key="period").value == "M1-Mn"
    assert chart_spec(at, "level_chart")["data"][0]["x"] == ["2021 Jan-May"]
    at.selectbox(key="region").set_value("平湖").run()
    at.selectbox(key="period").set_value("Q2").run()
    at.multiselect(key="metrics").set_value(["gdp"]).run()
    derived = chart_spec(at, "level_chart")["data"][0]
    assert derived["x"] == ["2024 Q2"] and "H1 385.12 亿元 − 2024 Q1 180 亿元" in derived["customdata"][0][1]


def test_chart_points_open_their_source() -> None:
    at = app("trends", lang="en", period="H1", metric="gdp")
    printed, derived = chart_spec(at, "level_chart")["data"]
    fid = derived["customdata"][0][0]
    at.session_state["level_chart"] = {"selection": {"points": [{"customdata": [fid]}], "point_indices": [0],
                                                     "box": [], "lasso": []}}
    at.run()
    assert not at.exception
    assert "364.4 / (1 + 6%) = 343.77" in at.info[0].value  # how the value was derived
    assert any('<mark id="hit">364.4亿元</mark>' in body for body in html_bodies(at))  # from what
    growth = chart_spec(at, "yoy_chart")["data"][0]
    assert growth["x"][1] == "2024 H1"
    at.session_state["yoy_chart"] = {"selection": {"points": [{"customdata": [growth["customdata"][1][0]]}],
                                                   "point_indices": [1], "box": [], "lasso": []}}
    at.run()
    assert any('<mark id="hit">385.12亿元</mark>' in body for body in html_bodies(at))
    assert not any("364.4亿元</mark>" in body for body in html_bodies(at))


# ---------------------------------------------------------------- compare

def test_compare_table_marks_and_downloads(media: dict[str, bytes]) -> None:
    at = app("compare", lang="en", period="H1")
    table = at.dataframe[0].value
    assert table.loc["GDP", "2024"] == "385.12 亿元 · +5.7%"
    assert "◇derived" in table.loc["GDP", "2022"]
    assert table.loc["Exports", "2023"] == "170 亿元 ⚠conflict (171)"
    assert table.loc["Sum check (primary + secondary + tertiary)", "2024"].startswith("✓ 385.12")
    data = download(at, media, "dl_compare_csv")
    assert data.startswith(exports.BOM)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    expected = exports.compare_export(views.compare_cells(sample_corpus().facts, "平湖", "H1", "en"))
    assert back["value"].round(4).tolist() == expected["value"].round(4).tolist()
    assert back["unit"].tolist() == expected["unit"].tolist()
    book = pd.read_excel(io.BytesIO(download(at, media, "dl_compare_xlsx")), sheet_name=None)
    assert set(book) == {"comparison", "values", "sources"}
    assert book["values"]["value"].round(4).tolist() == expected["value"].round(4).tolist()
    assert book["comparison"].set_index("metric").loc["GDP", "2024"] == "385.12 亿元 · +5.7%"


def test_compare_on_the_seeds_checks_gdp_against_its_industries() -> None:
    at = app("compare", sample=False)
    table = at.dataframe[0].value
    assert table.loc["地区生产总值", "2024"] == "385.12 亿元 · +5.7%"
    assert table.loc["三次产业合计核对", "2024"].startswith("✓ 385.12")


# ---------------------------------------------------------------- facts

def test_facts_filters_evidence_source_and_escaped_download(media: dict[str, bytes]) -> None:
    at = app("facts")
    assert len(at.dataframe[0].value) == len(sample_corpus().facts)
    at.multiselect(key="f_region").set_value(["嘉善"]).run()
    at.multiselect(key="f_kind").set_value(["actual"]).run()
    shown = at.dataframe[0].value
    assert shown["指标"].tolist() == ["地区生产总值", "社会消费品零售总额"]
    assert shown["期间"].tolist() == ["2021 全年", "2021 1-5月"]
    assert shown["原文"].iloc[0].startswith("=HYPERLINK")
    data = download(at, media, "dl_facts_csv")
    assert data.startswith(exports.BOM)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["evidence"].iloc[0].startswith("'=HYPERLINK")
    assert back["value"].tolist() == [700.0, 50.0] and back["unit"].tolist() == ["亿元", "亿元"]
    book = openpyxl.load_workbook(io.BytesIO(download(at, media, "dl_facts_xlsx")))
    sheet = book["facts"]
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert first["evidence"].startswith("'=HYPERLINK") and first["value"] == 700 and first["unit"] == "亿元"
    fid = int(shown["fid"].iloc[1])
    at.selectbox(key="fact_pick").set_value(fid).run()
    assert any('<mark id="hit">50亿元</mark>' in body for body in html_bodies(at))


def test_facts_row_selection_opens_its_source() -> None:
    at = app("facts")
    at.multiselect(key="f_region").set_value(["嘉善"]).run()
    at.multiselect(key="f_kind").set_value(["actual"]).run()
    assert not html_bodies(at)
    at.session_state["facts_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    bodies = html_bodies(at)
    assert any('<mark id="hit">50亿元</mark>' in body for body in bodies)
    assert any(c.value.startswith("高亮位置：原文第 ") for c in at.caption)
    at.session_state["facts_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert any('<mark id="hit">700亿元</mark>' in body for body in html_bodies(at))


# ---------------------------------------------------------------- sources

def test_sources_one_row_per_document() -> None:
    at = app("sources", lang="en")
    table = at.dataframe[0].value.set_index("document")
    assert table.index.tolist() == ["a.txt", "b.txt", "c.txt"]
    assert table.loc["c.txt", "date inferred"] and table.loc["c.txt", "problems"] == "c.txt: not in the manifest"
    assert table.loc["a.txt", "facts"] == 7


def test_sources_on_the_seeds() -> None:
    at = app("sources", sample=False)
    table = at.dataframe[0].value
    assert len(table) == 5 and table["发布日期"].tolist()[0] == "2024-07-26"
    assert not table["日期推断"].any()


def test_sources_show_message_and_duplicate_of(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    (folder / "copy of a.txt").write_bytes((folder / "a.txt").read_bytes())
    at = app("sources", sample=False, source=folder, lang="en")
    table = at.dataframe[0].value.set_index("document")
    assert table.index.tolist() == ["a.txt", "b.txt", "c.txt", "copy of a.txt"]
    copy = table.loc["copy of a.txt"]
    assert copy["duplicate of"] == "a.txt" and copy["facts"] == 0 and copy["status"] == "warning"
    assert copy["message"].startswith("same text as a.txt")
    assert (copy["format"], copy["encoding"], copy["chars"]) == ("txt", "utf-8", len(TEXTS["a.txt"]))
    assert table.loc["a.txt", "message"] == f"read {len(TEXTS['a.txt'])} characters"
    assert table.loc["a.txt", "date source"] == "manifest" and table.loc["a.txt", "facts"] > 0


# ---------------------------------------------------------------- add documents

def test_add_documents_extracts_good_files_and_reports_bad_ones() -> None:
    at = app("add", lang="en")
    text = "上半年，全市实现生产总值385.12亿元，增长5.7%。"
    at.file_uploader(key="uploads").set_value([
        ("new.txt", text.encode("gb18030"), "text/plain"),
        ("a.txt", text.encode("utf-8"), "text/plain"),
    ]).run()
    at.text_input(key="up_date_0").set_value("2024-07-26").run()
    at.text_input(key="up_region_0").set_value("平湖").run()
    at.button(key="extract").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["new.txt: added, 1 facts extracted"]
    assert len(at.error) == 1 and "already loaded" in at.error[0].value
    corpus = at.session_state["corpus"]
    new = corpus.facts[corpus.facts["doc"] == "new.txt"].iloc[0]
    assert (new["region"], new["metric"], new["value"], new["pub_date"]) == ("平湖", "gdp", 385.12, "2024-07-26")
    assert corpus.texts["new.txt"] == text


def test_kept_uploads_go_into_the_corpus_folder(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    at = app("add", source=folder, lang="en")
    text = "上半年，全市实现生产总值385.12亿元，增长5.7%。"
    at.file_uploader(key="uploads").set_value([
        ("../../平湖/new.txt", text.encode("gb18030"), "text/plain"),
        ("junk.txt", bytes(range(256)) * 40, "text/plain"),
        ("huge.txt", b"x" * (documents.MAX_UPLOAD_BYTES + 1), "text/plain"),
    ]).run()
    assert len(at.error) == 2  # junk and huge, before anything is extracted
    at.text_input(key="up_date_0").set_value("2024-07-26").run()
    at.text_input(key="up_region_0").set_value("平湖").run()
    at.checkbox(key="keep_uploads").check().run()
    at.button(key="extract").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["new.txt: added, 1 facts extracted"]
    assert [i.value for i in at.info] == [f"new.txt: saved to {folder}"]
    errors = {e.value.split("：")[0]: e.value for e in at.error if "：" in e.value}  # per file, after extraction
    assert set(errors) == {"junk.txt", "huge.txt"} and "limited to 20.0 MB" in errors["huge.txt"]
    assert "binary file?" in errors["junk.txt"]
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.txt", "c.txt", "manifest.csv", "new.txt"]
    assert (folder / "new.txt").read_bytes() == text.encode("gb18030")
    assert (folder / "manifest.csv").read_text(encoding="utf-8").splitlines()[-1] == "new.txt,2024-07-26,平湖,upload"
    assert "new.txt" in set(at.session_state["corpus"].report["doc"])
    # next launch: the folder changed, so the corpus is extracted again with the kept file
    again = app("sources", sample=False, source=folder, lang="en")
    table = again.dataframe[0].value.set_index("document")
    assert table.loc["new.txt", "date source"] == "manifest" and table.loc["new.txt", "facts"] == 1


def test_uploads_are_not_kept_unless_asked(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    at = app("add", source=folder, lang="en")
    text = "2024年上半年，全市实现生产总值385.12亿元，增长5.7%。"
    at.file_uploader(key="uploads").set_value([("new.txt", text.encode(), "text/plain")]).run()
    at.button(key="extract").click().run()
    assert [s.value for s in at.success] == ["new.txt: added, 1 facts extracted"]
    assert not (folder / "new.txt").exists() and not at.checkbox(key="keep_uploads").disabled
    table = tmp_path / "facts.csv"
    sample_corpus().facts.to_csv(table, index=False)
    at = app("add", source=table, lang="en")  # a fact table is no folder to keep files in
    assert at.checkbox(key="keep_uploads").disabled


# ---------------------------------------------------------------- a large store

def large_store(folder: Path, write: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch) -> Path:
    """``write`` a corpus into ``folder``, extract it into its store as the CLI does, and make the
    dashboard query that store in place; the store's path."""
    from indicators.run import engine

    write(folder)
    store, _ = engine.extract_folder_to_store(folder, jobs=1, progress=False)
    store.close()
    monkeypatch.setattr(dataview, "LARGE_STORE_FACTS", 0)
    return folder / ".indicators.duckdb"


def test_large_store_is_queried_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    large_store(folder, write_corpus, monkeypatch)
    at = app("overview", sample=False, source=folder / ".indicators.duckdb", lang="en")
    assert isinstance(at.session_state["view"], dataview.StoreView)
    assert {m.label: m.value for m in at.metric}["GDP"] == "385.12 亿元"
    at = app("trends", sample=False, source=folder / ".indicators.duckdb", lang="en", period="H1",
             metric="gdp")
    printed, derived = chart_spec(at, "level_chart")["data"]
    assert printed["x"] == ["2022 H1", "2024 H1"] and derived["x"] == ["2021 H1", "2023 H1"]
    assert "385.12 / (1 + 5.7%) = 364.35" in derived["customdata"][1][1] and derived["customdata"][1][0] < 0
    at.session_state["level_chart"] = {"selection": {"points": [{"customdata": [derived["customdata"][1][0]]}],
                                                     "point_indices": [1], "box": [], "lasso": []}}
    at.run()
    assert "= 364.35" in at.info[0].value
    at.session_state["level_chart"] = {"selection": {"points": [{"customdata": [printed["customdata"][1][0]]}],
                                                     "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    assert any('<mark id="hit">385.12亿元</mark>' in body for body in html_bodies(at))
    at = app("facts", sample=False, source=folder / ".indicators.duckdb", lang="en")
    at.text_input(key="f_doc_name").set_value("b.txt").run()
    assert set(at.dataframe[0].value["document"]) == {"b.txt"}
    at = app("add", sample=False, source=folder / ".indicators.duckdb", lang="en")
    assert "read-only" in at.info[0].value


def test_regions_and_nearby_choices_on_a_large_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = large_store(tmp_path / "monthly", write_monthly, monkeypatch)
    at = app("regions", sample=False, source=source, region="嘉善", rmetric="industrial_value_added",
             when="2023:M7")
    assert isinstance(at.session_state["view"], dataview.StoreView)
    table = at.dataframe[0].value.set_index("地区")
    assert table.index.tolist() == ["平湖", "嘉善 ★"] and table.loc["嘉善 ★", "类型"] == "推算"
    at.selectbox(key="r_when").set_value("2023:M1-M7").run()
    assert at.dataframe[0].value["排名"].tolist() == [1, 2, 3, 4, 5, 6, 7]
    at = app("trends", sample=False, source=source, region="嘉善", period="FY", metric="gdp")
    at.button(key="near_region_平湖").click().run()
    assert chart_spec(at, "level_chart")["data"][0]["x"] == ["2023 全年"]


# ---------------------------------------------------------------- shareable view

def test_url_parameters_are_validated_and_kept() -> None:
    at = app("compare", region="火星", period="H9", metric="gdp,evil")
    assert at.title[0].value == "半年对比"
    assert any("region" in c.value and "period" in c.value for c in at.sidebar.caption)
    assert at.query_params["region"] == "平湖" and at.query_params["metric"] == "gdp"
    at = app("../../etc/passwd")
    assert at.title[0].value == "概览" and at.query_params["page"] == "overview"


def test_texts_fixture_matches_sample() -> None:
    assert set(sample_corpus().texts) == set(TEXTS)


# ---------------------------------------------------------------- defaults from the data

def test_first_open_shows_the_busiest_view(monthly: views.Corpus) -> None:
    at = app(None, corpus=monthly)  # no URL state at all
    assert at.title[0].value == "概览"
    assert (at.selectbox(key="region").value, at.selectbox(key="period").value) == ("平湖", "M1-Mn")
    assert at.query_params["metric"] == "industrial_value_added"
    cards = {m.label: m.value for m in at.metric}
    # each metric's latest figure with its own period (of July and 1-7月, the longer)
    assert cards == {"地区生产总值": "1010.5 亿元", "规上工业增加值": "305.6 亿元"}
    assert [c.value for c in at.caption][:2] == ["2023 全年 · pinghu_2023_fy.txt", "2023 1-7月 · pinghu_2023_07.txt"]
    # a link with a period type but no metric: the metric the region has most figures of in that type
    assert app("trends", corpus=monthly, period="FY").query_params["metric"] == "gdp"
    at = app("trends", corpus=monthly)  # a first visit on Trends: a chart, not "no data"
    assert not at.info and at.multiselect(key="metrics").value == ["industrial_value_added"]
    printed = chart_spec(at, "level_chart")["data"][0]
    assert printed["x"][-3:] == ["2023 1-5月", "2023 1-6月", "2023 1-7月"] and ys(printed)[-1] == 305.6
    assert chart_spec(at, "level_chart")["layout"]["xaxis"]["categoryarray"] == [  # by year, then month
        "2021 1-7月", "2022 1-5月", "2022 1-6月", "2022 1-7月", "2023 1-5月", "2023 1-6月", "2023 1-7月"]


def test_a_choice_without_data_offers_nearby_ones(monthly: views.Corpus) -> None:
    at = app("trends", corpus=monthly, region="海盐", period="FY", metric="industrial_value_added")
    assert at.info[0].value == "所选指标在此期间类型下没有数据。"
    offer = at.button(key="near_period_M1-Mn")
    assert offer.label == "1-n月累计 (3)"  # 2022 and 2023 printed, 2021 derived from 2022's growth
    offer.click().run()
    assert at.selectbox(key="period").value == "M1-Mn" and at.query_params["period"] == "M1-Mn"
    assert chart_spec(at, "level_chart")["data"][0]["x"] == ["2022 1-7月", "2023 1-7月"]
    # another region has it: one click there
    at = app("trends", corpus=monthly, region="嘉善", period="FY", metric="gdp")
    assert not [b for b in at.button if b.key and b.key.startswith("near_period_")]
    at.button(key="near_region_平湖").click().run()
    assert at.selectbox(key="region").value == "平湖" and at.query_params["region"] == "平湖"
    assert chart_spec(at, "level_chart")["data"][0]["x"] == ["2023 全年"]


# ---------------------------------------------------------------- regions side by side

def test_regions_page_ranks_the_counties_and_highlights_home(monthly: views.Corpus, media: dict[str, bytes]) -> None:
    at = app("regions", corpus=monthly, region="平湖")
    assert at.title[0].value == "地区对比"
    assert at.selectbox(key="r_metric").value == "industrial_value_added"
    assert at.selectbox(key="r_when").value == "2023:M1-M7" and at.selectbox(key="r_group").value == "嘉兴"
    table = at.dataframe[0].value
    assert table["地区"].tolist() == ["海宁", "桐乡", "平湖 ★", "嘉善", "海盐", "秀洲", "南湖"]
    assert table["排名"].tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert table["数值"].tolist() == [350.8, 330.1, 305.6, 280.3, 190.5, 170.8, 160.3]
    assert set(table["类型"]) == {"实际"} and table["来源"].tolist()[2] == "pinghu_2023_07.txt"
    bars = chart_spec(at, "regions_chart")["data"][0]
    assert bars["x"] == ["海宁", "桐乡", "平湖", "嘉善", "海盐", "秀洲", "南湖"]
    assert [c == "#d62728" for c in bars["marker"]["color"]] == [False, False, True, False, False, False, False]
    assert {k: at.query_params[k] for k in ("rmetric", "when", "measure", "group")} == {
        "rmetric": "industrial_value_added", "when": "2023:M1-M7", "measure": "value", "group": "嘉兴"}
    at.radio(key="r_measure").set_value("yoy").run()
    assert at.dataframe[0].value["地区"].tolist() == ["南湖", "桐乡", "嘉善", "平湖 ★", "秀洲", "海宁", "海盐"]
    assert chart_spec(at, "regions_chart")["data"][0]["text"][:2] == ["+9.2%", "+8.1%"]
    at.selectbox(key="r_group").set_value("").run()  # every group: 嘉兴's counties, 浙江's cities, provinces
    assert at.query_params["group"] == "all"
    table = at.dataframe[0].value
    assert table["分组"].tolist() == ["嘉兴"] * 7 + ["浙江", "省级", "省级"]
    assert table["排名"].tolist() == [1, 2, 3, 4, 5, 6, 7, 1, 1, 2]
    # built on click, not on every change of choice
    assert all(b.proto.deferred_file_id for b in at.get("download_button") if "dl_regions" in b.proto.id)
    back = pd.read_csv(io.BytesIO(download(at, media, "dl_regions_csv")), encoding="utf-8-sig")
    assert back["region"].tolist()[:4] == ["南湖", "桐乡", "嘉善", "平湖"] and back["rank"].tolist()[:4] == [1, 2, 3, 4]
    assert back["period"].iloc[0] == "M1-M7" and back["unit"].iloc[0] == "亿元" and back["home"].tolist()[3]
    assert "pinghu_2023_07.txt" in set(pd.read_excel(io.BytesIO(download(at, media, "dl_regions_xlsx")),
                                                     sheet_name="sources")["doc"])
    # a click on a bar opens its source
    fid = chart_spec(at, "regions_chart")["data"][0]["customdata"][0][0]
    at.session_state["regions_chart"] = {"selection": {"points": [{"customdata": [fid]}], "point_indices": [0],
                                                       "box": [], "lasso": []}}
    at.run()
    assert any('<mark id="hit">160.3亿元</mark>' in body for body in html_bodies(at))


def test_regions_page_from_a_link_with_a_derived_month(monthly: views.Corpus) -> None:
    at = app("regions", corpus=monthly, region="嘉善", lang="en", rmetric="industrial_value_added",
             when="2023:M7", measure="value", group="嘉兴")
    table = at.dataframe[0].value.set_index("region")
    assert table.index.tolist() == ["平湖", "嘉善 ★"]
    assert (table.loc["平湖", "value"], table.loc["平湖", "kind"]) == (46.1, "actual")
    assert table.loc["嘉善 ★", "kind"] == "derived" and table.loc["嘉善 ★", "value"] == pytest.approx(40.3)
    assert table.loc["嘉善 ★", "derivation"].startswith("2023 Jul = 2023 Jan-Jul 280.3 亿元 − 2023 H1 240 亿元")
    bars = chart_spec(at, "regions_chart")["data"][0]
    assert bars["marker"]["pattern"]["shape"] == ["", "/"] and "derived: 2023 Jul" in bars["customdata"][1][1]
    at = app("regions", corpus=monthly, region="嘉善", rmetric="industrial_value_added", when="1999:Q9",
             group="all", measure="yoy")
    assert at.selectbox(key="r_when").value == "2023:M1-M7"  # a stale link falls back to the busiest
    assert at.selectbox(key="r_group").value == "" and len(at.dataframe[0].value) == 10
    assert at.dataframe[0].value["地区"].tolist()[:2] == ["南湖", "桐乡"]


# ---------------------------------------------------------------- monthly series

def test_single_months_on_trends_are_derived_from_cumulative_ones(monthly: views.Corpus) -> None:
    at = app("trends", corpus=monthly, lang="en", region="平湖", period="Mn", metric="industrial_value_added")
    printed, derived = chart_spec(at, "level_chart")["data"]
    assert printed["x"] == ["2023 Jul"] and ys(printed) == [46.1]  # printed: no derived value beside it
    assert derived["x"] == ["2022 Jul", "2023 Jun"] and derived["text"] == ["derived", "derived"]
    assert ys(derived)[1] == pytest.approx(48.2)
    assert "2023 Jun = 2023 H1 258.4 亿元 − 2023 Jan-May 210.2 亿元 = 48.2 亿元" in derived["customdata"][1][1]
    assert chart_spec(at, "level_chart")["layout"]["xaxis"]["categoryarray"] == ["2022 Jul", "2023 Jun", "2023 Jul"]


def test_compare_has_a_column_per_cumulative_month(monthly: views.Corpus) -> None:
    at = app("compare", corpus=monthly, region="平湖", period="M1-Mn")
    table = at.dataframe[0].value
    assert table.loc["规上工业增加值", "2023 1-7月"] == "305.6 亿元 · +6.2%"
    assert table.loc["规上工业增加值", "2023 1-5月"] == "210.2 亿元 · +5.1%"
    assert list(table.columns).index("2023 1-5月") < list(table.columns).index("2023 1-7月")


# ---------------------------------------------------------------- source drawer and languages

def test_the_source_opens_in_a_drawer_beside_the_page() -> None:
    at = app("facts")
    assert not dialogs(at)
    at.session_state["facts_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    (drawer,) = dialogs(at)
    assert drawer.proto.dialog.position == drawer.proto.dialog.DialogPosition.RIGHT and drawer.proto.dialog.is_open
    assert any('<mark id="hit">' in h.proto.body for h in drawer.get("html"))
    at.button(key="close_source").click().run()
    assert not dialogs(at) and "open_fact" not in at.session_state


@pytest.mark.parametrize(("lang", "words"), [
    ("zh", {"choose": "请选择", "kind": {"实际", "推算"}, "status": {"正常"},
            "review": ("审核", {"未审核"}, ["未审核", "正确", "错误", "已更正"])}),
    ("en", {"choose": "Choose options", "kind": {"actual", "derived"}, "status": {"ok"},
            "review": ("review", {"unreviewed"}, ["unreviewed", "correct", "wrong", "corrected"])}),
])
def test_widgets_and_tables_speak_the_chosen_language(lang: str, words: dict) -> None:
    extra = {"lang": "en"} if lang == "en" else {}
    at = app("facts", **extra)
    assert at.multiselect(key="f_region").proto.placeholder == words["choose"]
    table = at.dataframe[0]
    assert table.proto.placeholder == "—"  # empty cells: a dash, not "None"
    assert set(table.value["类型" if lang == "zh" else "kind"]) == words["kind"]
    assert at.multiselect(key="f_kind").format_func("actual") == ("实际" if lang == "zh" else "actual")
    column, unreviewed, statuses = words["review"]  # the review column, its filter and the status words
    assert set(table.value[column]) == unreviewed
    review = at.multiselect(key="f_review")
    assert review.proto.placeholder == words["choose"]
    assert review.options == statuses and review.format_func("wrong") == statuses[2]  # options as shown
    at = app("trends", **extra)
    assert at.multiselect(key="metrics").proto.placeholder == words["choose"]
    at = app("sources", **extra)
    assert set(at.dataframe[0].value["状态" if lang == "zh" else "status"]) == words["status"]
    assert at.dataframe[0].proto.placeholder == "—"


def test_regions_page_says_when_no_region_has_the_measure() -> None:
    at = app("regions", rmetric="exports", measure="yoy", lang="en")  # 170 and 171 亿元 printed, no growth
    assert at.info[0].value.startswith("None of these regions has this figure")
    table = at.dataframe[0].value
    assert table["region"].tolist() == ["平湖 ★"] and bool(table["conflict"].iloc[0])
    at.radio(key="r_measure").set_value("value").run()
    assert chart_spec(at, "regions_chart")["data"][0]["text"] == ["170"] and not at.info

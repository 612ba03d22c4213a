"""Reviews: the records, laying them over facts, the store's reviews table, and the reviewed views."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from indicators.app import reviewing, views
from indicators.base.schema import Fact
from indicators.facts import reviews
from indicators.run import engine
from indicators.run.store import DocResult, FactStore
from test_reviews_app import write_articles

FACT = {"doc": "r1.txt", "start": 21, "end": 29, "metric": "gdp", "value": 312.45, "yoy_pct": 6.2,
        "year": 2024, "period": "H1", "region": "海盐"}


def review(status: str = "wrong", at: str = "2026-01-01T00:00:00Z", **changes: object) -> dict[str, object]:
    return reviews.make_review(FACT, "h1", status, text="312.45亿元", at=at, **changes)


@pytest.mark.parametrize(("record", "problem"), [
    pytest.param({"status": "maybe"}, "status 'maybe' is not one of correct, wrong, corrected", id="status"),
    pytest.param({"status": "corrected"}, "a corrected review needs", id="nothing-corrected"),
    pytest.param({"status": "wrong", "set_value": 1.0}, "a review marked wrong corrects nothing", id="wrong-sets"),
    pytest.param({"status": "corrected", "set_period": "H3"}, "unknown period code 'H3'", id="period"),
    pytest.param({"status": "corrected", "set_metric": "gdpp"}, "unknown metric 'gdpp'", id="metric"),
    pytest.param({"status": "wrong", "sha256": ""}, "no sha256", id="no-hash"),
    pytest.param({"status": "wrong", "start": None}, "no start", id="no-span"),
])
def test_bad_review_records_are_refused_with_the_reason(record: dict[str, object], problem: str) -> None:
    row = {"sha256": "h1", "start": 21, "end": 29, "metric": "gdp", **record}
    with pytest.raises(ValueError, match=f"review 1: {problem}"):
        reviews.validate(pd.DataFrame([row]))


def test_a_correction_keeps_only_the_fields_that_differ() -> None:
    r = review("corrected", value=312.54, year=2024, period="Q1-Q3", region="海盐")
    assert (r["set_value"], r["set_year"], r["set_period"], r["set_region"]) == (312.54, None, "Q1-Q3", None)
    with pytest.raises(ValueError, match="cannot correct"):
        review("corrected", unit="万元")


def _facts() -> pd.DataFrame:
    rows = [(0, "h1", 21, 29, "gdp", "地区生产总值", 312.45, 312.45e8, 2024, "H1", "海盐"),
            (1, "h1", 21, 29, "gdp_secondary", "第二产业增加值", 312.45, 312.45e8, 2024, "H1", "海盐"),
            (2, "h2", 21, 29, "gdp", "地区生产总值", 290.10, 290.10e8, 2023, "H1", "海盐")]
    df = pd.DataFrame(rows, columns=["fid", "sha256", "start", "end", "metric", "metric_zh", "value",
                                     "value_base", "year", "period", "region"]).assign(yoy_pct=None)
    return df.astype({"yoy_pct": "Float64", "start": "Int64", "end": "Int64", "value": "Float64", "value_base": "Float64",
                      "year": "Int64", "metric": "string", "sha256": "string", "period": "string",
                      "region": "string", "metric_zh": "string"})


def test_a_review_finds_its_fact_by_hash_span_and_metric_only() -> None:
    found = reviews.reviews_frame([review("corrected", value=312.54, metric="gdp_tertiary")])
    matched = reviews.match(_facts(), found)
    assert matched["fid"].tolist() == [0]  # not the other metric at the same span, nor the other document
    out = reviews.apply(_facts(), matched)
    first = out.iloc[0]
    assert (first["value"], first["value_original"], first["review"]) == (312.54, 312.45, "corrected")
    assert first["value_base"] == pytest.approx(312.54e8)  # the same amount in the base unit
    assert (first["metric"], first["metric_original"], first["metric_zh"]) == ("gdp_tertiary", "gdp", "第三产业增加值")
    assert out["review"].tolist() == ["corrected", "", ""] and out["value"].tolist()[1:] == [312.45, 290.1]
    assert reviews.as_extracted(out)[["value", "metric"]].values.tolist() == _facts()[["value", "metric"]].values.tolist()


def test_merge_keeps_the_later_review_of_each_key() -> None:
    old = reviews.reviews_frame([review("wrong", at="2026-01-01T00:00:00Z")])
    new = reviews.reviews_frame([review("correct", at="2026-02-01T00:00:00Z")])
    assert reviews.merge(old, new)[0]["status"].tolist() == ["correct"]
    merged, taken = reviews.merge(new, old)  # an older incoming review is not taken
    assert (merged["status"].tolist(), taken) == (["correct"], 0)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_review_files_round_trip(tmp_path: Path, suffix: str) -> None:
    found = reviews.reviews_frame([review("corrected", value=312.54, note="笔误, 见原文"), review("correct")])
    path = reviews.write_file(found, tmp_path / f"r{suffix}")
    back = reviews.read_file(path)
    pd.testing.assert_frame_equal(back, reviews.validate(found))


def test_a_bad_review_file_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('[{"sha256": "h", "start": 1, "end": 2, "metric": "gdp", "status": "wrongly"}]', encoding="utf-8")
    with pytest.raises(ValueError, match="r.json: review 1: status 'wrongly'"):
        reviews.read_file(path)
    (tmp_path / "r.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="read from .csv or .json"):
        reviews.read_file(tmp_path / "r.txt")


# ---------------------------------------------------------------- the store

def _extract(folder: Path, store: Path) -> FactStore:
    fs, _ = engine.extract_folder_to_store(folder, store=store, jobs=1, progress=False)
    return fs


def _review_in(store: FactStore, doc: str, metric: str, status: str = "wrong", **changes: object) -> None:
    facts = store.query()
    fact = facts[(facts["doc"] == doc) & (facts["metric"] == metric)].iloc[0]
    report = store.report().set_index("doc")
    store.save_reviews(reviews.reviews_frame([reviews.make_review(fact, report.loc[doc, "sha256"], status,
                                                                  **changes)]))


def test_a_review_survives_a_rebuilt_store_and_a_changed_document_orphans_it(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "corpus")
    path = tmp_path / "s.duckdb"
    with _extract(folder, path) as store:
        _review_in(store, "r2.txt", "gdp", "corrected", value=290.2)
        store.con.execute("UPDATE store_info SET value = 'older schema' WHERE key = 'schema'")
    with FactStore(path) as store:  # a store under another schema is rebuilt: facts go, reviews stay
        assert store.count() == 0 and len(store.reviews()) == 1
    with _extract(folder, path) as store:
        found = store.reviewed_facts()
        assert found[["doc", "metric", "value"]].values.tolist() == [["r2.txt", "gdp", 290.1]]
        assert reviews.orphans(store.reviews(), found).empty
    # the same span now prints another number: another text, so the review must not follow it
    (folder / "r2.txt").write_text((folder / "r2.txt").read_text(encoding="utf-8").replace("290.10", "291.30"),
                                   encoding="utf-8")
    with _extract(folder, path) as store:
        facts = store.query()
        moved = facts[(facts["doc"] == "r2.txt") & (facts["metric"] == "gdp")].iloc[0]
        assert (moved["start"], moved["end"], moved["value"]) == (20, 28, 291.3)
        assert store.reviewed_facts().empty
        orphaned = reviews.orphans(store.reviews(), store.reviewed_facts())
        assert orphaned[["doc", "text", "status"]].values.tolist() == [["r2.txt", "", "corrected"]]


def test_an_old_store_gets_the_reviews_table_and_its_new_columns(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "corpus")
    path = tmp_path / "old.duckdb"
    with _extract(folder, path) as store:
        store.con.execute("DROP TABLE reviews")
    with FactStore(path, read_only=True) as store:  # read-only: nothing to migrate, no reviews
        assert store.reviews().empty and store.reviewed_facts().empty and store.count() == 5
    with FactStore(path) as store:
        assert store.reviews().empty and store.count() == 5  # the facts are kept
        store.con.execute("DROP TABLE reviews")
        store.con.execute('CREATE TABLE reviews (sha256 VARCHAR, start BIGINT, "end" BIGINT, metric VARCHAR, '
                          "status VARCHAR)")
        store.con.execute("INSERT INTO reviews VALUES ('h', 1, 2, 'gdp', 'wrong')")
    with FactStore(path) as store:
        assert store.reviews()[["status", "note", "reviewer"]].values.tolist() == [["wrong", "", ""]]


def test_saving_a_review_again_replaces_it_and_two_metrics_of_one_span_stay_apart(tmp_path: Path) -> None:
    base = Fact("x.txt", "2024-07-20", "海盐", "gdp", "地区生产总值", 2024, "H1", 312.45, "312.45亿元", "亿元",
                312.45e8, "CNY", None, "", "region", "actual", False, "…", 21, 29, 0, 40, "t")
    twin = base._replace(metric="gdp_secondary", metric_zh="第二产业增加值")
    report = {"doc": "x.txt", "status": "ok", "sha256": "hx", "chars": 40, "facts": 2}
    with FactStore() as store:
        store.write([DocResult({"doc": "x.txt", "sha256": "b", "meta": "", "rules_version": "v", "bytes": 1},
                               report, [tuple(base), tuple(twin)])])
        store.save_reviews(reviews.reviews_frame([reviews.make_review(base._asdict(), "hx", "wrong")]))
        store.save_reviews(reviews.reviews_frame([reviews.make_review(base._asdict(), "hx", "correct")]))
        assert store.reviews()["status"].tolist() == ["correct"]
        assert store.reviewed_facts()["metric"].tolist() == ["gdp"]
        assert store.delete_reviews(pd.DataFrame([{"sha256": "hx", "start": 21, "end": 29, "metric": "gdp"}])) == 1
        assert store.reviews().empty


# ---------------------------------------------------------------- the reviewed views

@pytest.fixture
def both(tmp_path: Path):  # noqa: ANN201
    """One folder as a corpus in memory (reviews in its store file) and as a store queried in place."""
    yield from _both_views(write_articles(tmp_path / "corpus"), tmp_path)


def _both_views(folder: Path, tmp_path: Path):  # noqa: ANN202
    """``folder`` extracted, as a corpus in memory (reviews in its store file) and as a copy of its
    store queried in place."""
    _extract(folder, folder / ".indicators.duckdb").close()
    frame = reviewing.ReviewedFrameView(views.load_corpus(folder), reviewing.review_store_path(folder))
    copy = tmp_path / "copy.duckdb"
    shutil.copy(folder / ".indicators.duckdb", copy)
    stored = reviewing.ReviewedStoreView.open(copy)
    yield frame, stored
    stored.store.close()


def _fid(view, doc: str, metric: str) -> int:  # noqa: ANN001
    facts = view.facts(None)
    return int(facts[(facts["doc"] == doc) & (facts["metric"] == metric) & (facts["kind"] != "derived")]["fid"].iloc[0])


def _sorted(table: pd.DataFrame) -> list[list]:
    cells = table[["fid", "metric", "year", "period", "value", "kind", "review"]].astype(object)
    return sorted(cells.where(cells.notna(), None).values.tolist(), key=str)


def test_both_views_lay_the_same_reviews_over_every_answer(both) -> None:  # noqa: ANN001
    for view in both:
        view.region_slice("海盐")  # built before the reviews: mended by each review, not built again
        view.metric_slice("gdp")  # (every region's GDP: the regions page)
        view.review(_fid(view, "r2.txt", "gdp"), "wrong", note="另一县", reviewer="王")
        view.review(_fid(view, "r3.txt", "gdp"), "corrected", value=275.9, region="海宁")
        view.review(_fid(view, "r1.txt", "gdp"), "correct")
    frame, stored = both
    cols = ["doc", "metric", "region", "year", "period", "value", "review", "value_original", "region_original"]
    for choices in ({}, {"review": ["wrong", "corrected"]}, {"review": [""]}, {"region": "海宁"},
                    {"region": ["海盐"], "review": ["", "correct"]}):
        mine = frame.facts(None, **choices)
        mine = mine[mine["kind"] != "derived"][cols].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, stored.facts(None, **choices)[cols], check_dtype=False)
        assert stored.count(**choices) == len(mine), choices
    assert frame.facts(None, review="wrong")["review_note"].tolist() == ["另一县"]
    for view in both:
        haiyan = view.region_slice("海盐")
        printed = haiyan[haiyan["kind"] == "actual"]
        assert sorted(printed["value"].tolist()) == [98.7, 178.3, 312.45]  # r2's GDP is marked wrong
        assert view.region_slice("海宁")["value"].tolist()[:1] == [275.9]  # moved by its correction
        assert "海宁" in view.options("region", region_level=True)
    fresh = reviewing.ReviewedStoreView(stored.store)  # the same store, every slice built from scratch
    for region in ("海盐", "海宁"):
        assert _sorted(stored.region_slice(region)) == _sorted(fresh.region_slice(region))
    assert _sorted(stored.metric_slice("gdp")) == _sorted(fresh.metric_slice("gdp"))
    assert sorted(stored.metric_slice("gdp")["region"].unique()) == ["海宁", "海盐"]
    stored.unreview(_fid(stored, "r2.txt", "gdp"))
    assert 290.1 in stored.region_slice("海盐")["value"].tolist()
    assert _sorted(stored.region_slice("海盐")) == _sorted(reviewing.ReviewedStoreView(stored.store).region_slice("海盐"))
    assert _sorted(stored.metric_slice("gdp")) == _sorted(reviewing.ReviewedStoreView(stored.store).metric_slice("gdp"))
    assert frame.fact(_fid(frame, "r2.txt", "gdp"))["review"] == "wrong"
    assert stored.fact(_fid(stored, "r3.txt", "gdp"))["review"] == "corrected"


def test_a_fact_table_source_cannot_be_reviewed(tmp_path: Path) -> None:
    assert reviewing.review_store_path(tmp_path / "facts.csv") is None
    view = reviewing.ReviewedFrameView(views.load_corpus(write_articles(tmp_path / "c")), None)
    with pytest.raises(ValueError, match="no store for reviews"):
        view.review(0, "wrong")


# ---------------------------------------------------------------- reviews on the monthly series and the regions page

@pytest.fixture
def monthly_both(tmp_path: Path):  # noqa: ANN201
    """The 20 monthly bulletins of test_views as a corpus in memory and as a store queried in place."""
    from test_views import write_monthly

    folder = tmp_path / "monthly"
    write_monthly(folder)
    yield from _both_views(folder, tmp_path)


def _month(view, region: str, period: str) -> list[tuple[str, float]]:  # noqa: ANN001
    rows = view.region_slice(region)
    rows = rows[(rows["metric"] == "industrial_value_added") & (rows["year"] == 2023) & (rows["period"] == period)]
    return [(str(k), round(float(v), 4)) for k, v in zip(rows["kind"], rows["value"], strict=True)]


def _fid_at(view, doc: str, period: str) -> int:  # noqa: ANN001
    facts = view.facts(None, doc=[doc])
    return int(facts[(facts["period"] == period) & (facts["kind"] == "actual")]["fid"].iloc[0])


def test_a_single_month_is_derived_from_the_reviewed_cumulative_figures(monthly_both) -> None:  # noqa: ANN001
    for view in monthly_both:
        assert _month(view, "平湖", "M6") == [("derived", 48.2)]  # 1-6月 258.4 − 1-5月 210.2
        view.metric_slice("industrial_value_added")  # built before the review: mended by it
        may = _fid_at(view, "pinghu_2023_05.txt", "M1-M5")
        view.review(may, "corrected", value=200.2)  # a corrected value is the one subtracted
        assert _month(view, "平湖", "M6") == [("derived", 58.2)]
        view.review(may, "wrong")  # a figure marked wrong feeds no derived value
        assert _month(view, "平湖", "M6") == [] and _month(view, "平湖", "M1-M5") == []
        by_metric = view.metric_slice("industrial_value_added")
        pinghu = by_metric[(by_metric["region"] == "平湖") & (by_metric["year"] == 2023)]
        assert set(pinghu["period"]) == {"H1", "M1-M7", "M7"}
        view.unreview(may)
        assert _month(view, "平湖", "M6") == [("derived", 48.2)]


def test_the_regions_table_and_its_download_carry_the_review(monthly_both) -> None:  # noqa: ANN001
    from indicators.app import exports

    for view in monthly_both:
        view.review(_fid_at(view, "haining_2023_07.txt", "M1-M7"), "wrong", note="口径不同")
        view.review(_fid_at(view, "tongxiang_2023_07.txt", "M1-M7"), "corrected", value=331.1)
        view.review(_fid_at(view, "haiyan_2023_07.txt", "M1-M7"), "correct")
        table = views.side_by_side(view.metric_slice("industrial_value_added"), 2023, "M1-M7", "平湖", "value", "en")
        counties = table[table["group"] == "嘉兴"]
        assert counties["region"].tolist() == ["桐乡", "平湖", "嘉善", "海盐", "秀洲", "南湖"]  # 海宁 is gone
        shown = views.side_by_side_display(counties, "zh").set_index("地区")
        assert shown.loc["桐乡", "审核"] == "已更正" and shown.loc["桐乡", "原提取值"] == "原值 330.1"
        assert shown.loc["海盐", "审核"] == "正确" and shown.loc["平湖 ★", "审核"] == "未审核"
        assert "corrected (value 330.1)" in counties.set_index("region").loc["桐乡", "hover"]
        out = exports.regions_export(counties, "industrial_value_added", 2023, "M1-M7").set_index("region")
        assert (out.loc["桐乡", "value"], out.loc["桐乡", "review"], out.loc["桐乡", "value_original"]) == (
            331.1, "corrected", 330.1)
        assert out.loc["嘉善", "review"] == ""


def test_the_nearby_region_counts_of_a_store_follow_the_reviews(monthly_both) -> None:  # noqa: ANN001
    stored = monthly_both[1]

    def counts() -> dict[str, int]:
        return dict(stored.region_counts(["industrial_value_added"], views.CUMULATIVE))

    before = counts()
    assert (before["海宁"], before["桐乡"], before["海盐"]) == (2, 2, 2)
    stored.review(_fid_at(stored, "haining_2023_07.txt", "M1-M7"), "wrong")
    stored.review(_fid_at(stored, "tongxiang_2023_07.txt", "M1-M7"), "corrected", region="海盐")
    assert counts() == {**before, "海宁": 1, "桐乡": 1, "海盐": 3}
    assert [r for r, _ in stored.region_counts(["industrial_value_added"], views.CUMULATIVE)][:1] == ["平湖"]

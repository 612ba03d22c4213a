"""The fact store: round-trip of every fact, and incremental re-runs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from indicators.base.schema import FACT_COLUMNS, Fact, facts_frame
from indicators.run import engine
from indicators.run.store import MEMORY, STORE_NAME, DocResult, FactStore, default_store_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BASE = Fact("a.txt", "2024-07-26", "平湖", "gdp", "地区生产总值", 2024, "H1", 385.12, "385.12亿元", "亿元",
            385.12e8, "CNY", 5.7, "", "region", "actual", False, "上半年，全市实现生产总值385.12亿元，增长5.7%。",
            10, 20, 0, 30, "amount")
FACTS = [
    BASE,
    BASE._replace(value=None, value_text="", unit="", value_base=None, base_unit="", yoy_pct=-3.4),
    BASE._replace(year=None, yoy_pct=None, conflict=True, qualifier="over", kind="target"),
    BASE._replace(doc="b.txt", period="M1-M5", value=0.1 + 0.2, value_base=1e-7, start=0, end=0),
    BASE._replace(doc="b.txt", region="海宁", metric="income_urban_pc", value=39700.0,
                        value_text="39 700元", unit="元", value_base=39700.0, evidence="含\n换行，\"引号\"、逗号,"),
]


def _row(f: Fact) -> tuple:
    return tuple(getattr(f, c) for c in FACT_COLUMNS)


def _result(doc: str, facts: list[Fact]) -> DocResult:
    document = {"doc": doc, "path": doc, "sha256": "h-" + doc, "meta": "m", "rules_version": "v", "bytes": 1}
    report = {"doc": doc, "format": "txt", "encoding": "utf-8", "pub_date": "2024-07-26",
              "pub_date_source": "manifest", "region": "平湖", "region_source": "manifest", "chars": 1,
              "facts": len(facts), "status": "ok", "problems": ""}
    return DocResult(document, report, [_row(f) for f in facts])


def test_round_trip_every_fact_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with FactStore(path) as store:
        assert store.write([_result("a.txt", FACTS[:3]), _result("b.txt", FACTS[3:])]) == len(FACTS)
    with FactStore(path, read_only=True) as store:
        back = store.facts()
        assert back.equals(facts_frame(FACTS))
        assert [Fact(**{k: (None if v is None or v != v else v) for k, v in r.items()})
                for r in back.astype(object).to_dict("records")] == FACTS
        assert store.count(region="平湖") == 4
        assert store.count(metric=["gdp", "income_urban_pc"], year=2024) == 4
        assert store.distinct("region") == ["平湖", "海宁"]
        assert store.distinct("period", doc="b.txt") == ["H1", "M1-M5"]
        assert store.query(["metric", "value"], kind="target")["value"].tolist() == [385.12]
        assert store.report()["facts"].tolist() == [3, 2]


def test_a_fact_id_from_a_query_opens_that_fact() -> None:
    with FactStore(MEMORY) as store:
        store.write([_result("a.txt", FACTS[:3]), _result("b.txt", FACTS[3:])])
        rows = store.query(with_id=True, present=["year"], scope="region", kind="actual")
        assert rows.columns[0] == "fid" and rows["fid"].dtype == "int64"
        assert rows["yoy_pct"].tolist()[:2] == [5.7, -3.4] and rows["year"].notna().all()
        assert len(rows) == 4  # the target and the fact without a year are left out
        for k, fid in enumerate(rows["fid"]):
            fact = store.fact(fid)
            assert fact is not None
            pd.testing.assert_series_equal(fact, rows.iloc[k], check_names=False)
        assert store.fact(10_000) is None
        assert store.counts("region") == [("平湖", 4), ("海宁", 1)]
        assert store.counts("doc", limit=1, present=["year"], kind="actual") == [("a.txt", 2)]


def test_compact_keeps_every_fact() -> None:
    with FactStore(MEMORY) as store:
        store.write([_result("b.txt", FACTS[3:]), _result("a.txt", FACTS[:3])])
        store.compact()
        assert store.facts().equals(facts_frame(FACTS))


def test_write_replaces_a_documents_rows_and_remove_forgets_it() -> None:
    with FactStore(MEMORY) as store:
        store.write([_result("a.txt", FACTS[:3]), _result("b.txt", FACTS[3:])])
        store.write([_result("a.txt", FACTS[:1])])
        assert store.count(doc="a.txt") == 1 and store.count(doc="b.txt") == 2
        assert len(store.report()) == 2
        assert store.remove(["a.txt", "zzz.txt"]) == 1
        assert store.distinct("doc") == ["b.txt"] and len(store.documents()) == 1


def test_filters_reject_unknown_columns() -> None:
    with FactStore(MEMORY) as store, pytest.raises(ValueError):
        store.count(evidence="x")


def test_export_csv_and_parquet_match_the_table(tmp_path: Path) -> None:
    import pandas as pd

    with FactStore(MEMORY) as store:
        store.write([_result("a.txt", FACTS[:3]), _result("b.txt", FACTS[3:])])
        store.export(tmp_path / "f.parquet")
        store.export(tmp_path / "f.csv")
    assert pd.read_parquet(tmp_path / "f.parquet").astype(facts_frame().dtypes.to_dict()).equals(facts_frame(FACTS))
    assert (tmp_path / "f.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc,")
    assert len(pd.read_csv(tmp_path / "f.csv", encoding="utf-8-sig")) == len(FACTS)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(".indicators.duckdb*"))
    return folder


def test_incremental_runs_extract_only_new_or_changed(corpus: Path) -> None:
    with FactStore(default_store_path(corpus)) as store:
        first = engine.run(corpus, store, jobs=1, progress=False)
        assert (first.extracted, first.skipped) == (5, 0)
        before = store.facts()
        again = engine.run(corpus, store, jobs=1, progress=False)
        assert (again.extracted, again.skipped, again.removed) == (0, 5, 0)
        assert store.facts().equals(before)
        # a new file, a changed file, a touched (same bytes) file and a deleted file
        (corpus / "new.txt").write_text("上半年，全市实现生产总值385.12亿元，增长5.7%。", encoding="utf-8")
        changed = sorted(corpus.glob("00*.txt"))
        changed[0].write_bytes(changed[0].read_bytes() + "\n".encode())
        changed[1].write_bytes(changed[1].read_bytes())
        changed[2].unlink()
        third = engine.run(corpus, store, jobs=1, progress=False)
        # the deleted file is still in the manifest: it is reported missing, like load_folder does
        assert (third.extracted, third.skipped, third.removed) == (3, 3, 0)
        report = store.report().set_index("doc")
        assert report.loc[changed[2].name, "status"] == "error" and store.count(doc=changed[2].name) == 0
        (corpus / "new.txt").unlink()
        fourth = engine.run(corpus, store, jobs=1, progress=False)
        assert (fourth.extracted, fourth.removed) == (0, 1)
        assert "new.txt" not in set(store.report()["doc"])
    assert (corpus / STORE_NAME).exists()


def test_rules_or_manifest_change_extracts_again(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FactStore(MEMORY) as store:
        engine.run(corpus, store, jobs=1, progress=False)
        manifest = corpus / "manifest.csv"
        manifest.write_text(manifest.read_text(encoding="utf-8").replace("2022-07-31", "2022-08-01"),
                            encoding="utf-8")
        assert engine.run(corpus, store, jobs=1, progress=False).extracted == 1
        monkeypatch.setattr(engine, "RULES_VERSION", "changed-rules")
        assert engine.run(corpus, store, jobs=1, progress=False).extracted == 5
        assert set(store.documents()["rules_version"]) == {"changed-rules"}


def test_read_only_folder_falls_back_to_memory(corpus: Path) -> None:
    corpus.chmod(0o555)
    try:
        store, notes = engine.open_store(corpus)
        with store:
            assert store.path == MEMORY and "read-only" in notes[0]
    finally:
        corpus.chmod(0o755)


def test_store_file_has_a_memory_limit(tmp_path: Path) -> None:
    """A store file keeps DuckDB's buffer bounded; an in-memory store cannot spill, so it keeps the default."""
    import duckdb

    setting = "SELECT current_setting('memory_limit')"
    with duckdb.connect() as con:
        default = con.execute(setting).fetchall()[0][0]
    with FactStore(tmp_path / "s.duckdb") as store:
        assert store.con.execute(setting).fetchall()[0][0] != default
    with FactStore(MEMORY) as store:
        assert store.con.execute(setting).fetchall()[0][0] == default

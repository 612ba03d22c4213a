"""The CLI and reviews: the review columns of ``extract -o``, and ``reviews export|import``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from indicators import cli
from indicators.cli import main
from indicators.facts import reviews
from indicators.run.store import FactStore
from test_reviews_app import write_articles

MODES = [pytest.param(["--jobs", "1"], id="store"), pytest.param(["--no-store", "--jobs", "1"], id="in-memory")]


def _review(folder: Path, doc: str, metric: str, status: str, **changes: object) -> None:
    """A review saved in the folder's store, as the dashboard saves it."""
    with FactStore(folder / ".indicators.duckdb") as store:
        facts = store.query()
        fact = facts[(facts["doc"] == doc) & (facts["metric"] == metric)].iloc[0]
        sha256 = store.report().set_index("doc").loc[doc, "sha256"]
        store.save_reviews(reviews.reviews_frame([reviews.make_review(fact, sha256, status, reviewer="李",
                                                                      **changes)]))


def _table(path: Path) -> pd.DataFrame:
    read = {".csv": lambda p: pd.read_csv(p, keep_default_na=False), ".parquet": pd.read_parquet}
    return read[path.suffix](path).set_index(["doc", "metric"])


@pytest.mark.parametrize("mode", MODES)
def test_extract_output_has_an_empty_review_column_until_a_fact_is_reviewed(
        tmp_path: Path, mode: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_articles(tmp_path / "corpus")
    out = tmp_path / "facts.csv"
    assert main(["extract", str(folder), "-o", str(out), *mode]) == 0
    table = _table(out)
    assert set(table["review"]) == {""} and {"value_original", "review_note", "reviewer", "reviewed_at"} <= set(table)
    if "--no-store" in mode:  # reviews live in a store: make one, as the dashboard would
        assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    _review(folder, "r1.txt", "gdp", "corrected", value=312.54, period="Q1-Q3")
    _review(folder, "r3.txt", "gdp", "wrong")
    assert main(["extract", str(folder), "-o", str(out), *mode]) == 0
    table = _table(out)
    assert table["review"].to_dict() == {("r1.txt", "gdp"): "corrected", ("r1.txt", "gdp_secondary"): "",
                                         ("r2.txt", "gdp"): "", ("r2.txt", "industrial_value_added"): "",
                                         ("r3.txt", "gdp"): "wrong"}
    gdp = table.loc[("r1.txt", "gdp")]
    assert (gdp["value"], float(gdp["value_original"]), gdp["period"], gdp["period_original"], gdp["reviewer"]) == (
        312.54, 312.45, "Q1-Q3", "H1", "李")
    assert table.loc[("r3.txt", "gdp"), "value"] == 275.6  # a fact marked wrong stays, with its status
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_large_output_streamed_from_the_store_carries_the_same_reviews(
        tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_articles(tmp_path / "corpus")
    small = tmp_path / f"small{suffix}"
    assert main(["extract", str(folder), "-o", str(small), "--jobs", "1"]) == 0
    _review(folder, "r1.txt", "gdp", "corrected", value=312.54)
    _review(folder, "r2.txt", "gdp", "wrong")
    assert main(["extract", str(folder), "-o", str(small), "--jobs", "1"]) == 0
    monkeypatch.setattr(cli, "LARGE", 0)  # every output is streamed by DuckDB
    big = tmp_path / f"big{suffix}"
    assert main(["extract", str(folder), "-o", str(big), "--jobs", "1"]) == 0
    def plain(df: pd.DataFrame) -> list[list]:  # parquet from pandas keeps its nullable dtypes, DuckDB's does not
        cells = df.reset_index().astype(object)
        return cells.where(cells.notna(), None).values.tolist()

    assert plain(_table(big)) == plain(_table(small))
    assert _table(big)["review"].tolist().count("") == 3


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_reviews_move_to_another_machine(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    here, there = write_articles(tmp_path / "here"), tmp_path / "there"
    shutil.copytree(here, there)
    assert main(["extract", str(here), "-o", str(tmp_path / "a.csv"), "--jobs", "1"]) == 0
    _review(here, "r2.txt", "gdp", "corrected", value=290.2, region="海宁")
    _review(here, "r3.txt", "gdp", "wrong")
    file = tmp_path / f"reviews{suffix}"
    assert main(["reviews", "export", str(file), "--folder", str(here)]) == 0
    assert "2 reviews ->" in capsys.readouterr().out
    # the other machine: import into its store (made by the import), then extract
    assert main(["reviews", "import", str(file), "--store", str(there / ".indicators.duckdb")]) == 0
    assert "2 taken" in capsys.readouterr().out
    out = tmp_path / "b.parquet"
    assert main(["extract", str(there), "-o", str(out), "--jobs", "1"]) == 0
    table = _table(out)
    assert table.loc[("r2.txt", "gdp"), ["region", "region_original", "review"]].tolist() == ["海宁", "海盐", "corrected"]
    assert table.loc[("r3.txt", "gdp"), "review"] == "wrong"
    # importing the same file again takes nothing newer
    assert main(["reviews", "import", str(file), "--folder", str(there)]) == 0
    assert "0 taken, 2 not newer than the one in the store" in capsys.readouterr().out


def test_a_changed_document_orphans_its_review_with_a_warning(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_articles(tmp_path / "corpus")
    out = tmp_path / "facts.csv"
    assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    _review(folder, "r3.txt", "gdp", "wrong")
    (folder / "r3.txt").write_text("据县统计局消息，2022年上半年海盐县地区生产总值达到275.90亿元。", encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 review(s) match no fact" in err and "r3.txt [27:35] gdp" in err
    assert _table(out).loc[("r3.txt", "gdp"), "review"] == ""  # not laid over the new figure
    assert main(["reviews", "export", str(tmp_path / "r.csv"), "--folder", str(folder)]) == 0
    assert "1 reviews -> " in capsys.readouterr().out and len(reviews.read_file(tmp_path / "r.csv")) == 1


def test_reviews_command_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reviews", "export", str(tmp_path / "r.csv"), "--folder", str(tmp_path)]) == 2
    assert "no fact store here" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("sha256,start,end,metric,status\nh,1,2,gdp,maybe\n", encoding="utf-8")
    assert main(["reviews", "import", str(bad), "--folder", str(tmp_path)]) == 2
    assert "bad.csv: review 1: status 'maybe'" in capsys.readouterr().err

"""CLI over fixture folders: outputs, the printed report and summary, exit codes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from fixtures_gen import SEEDS, gdp_excerpt, html_page, pdf_bytes, unwrap
from indicators.cli import main

MODES = [pytest.param(["--no-store", "--jobs", "1"], id="in-memory"),
         pytest.param(["--jobs", "1"], id="store")]


def _corpus(tmp_path: Path, *, broken: bool) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "page.pdf").write_bytes(pdf_bytes([], columns=3, lines=gdp_excerpt().split("\n")))
    (folder / "page.html").write_bytes(html_page("平湖", unwrap(gdp_excerpt()), date="2024-07-26"))
    if broken:
        (folder / "junk.txt").write_bytes(bytes(range(256)) * 16)
        (folder / "empty.pdf").write_bytes(b"")
    return folder


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_clean_folder_exits_0_and_writes_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   suffix: str, mode: list[str]) -> None:
    folder = _corpus(tmp_path, broken=False)
    out = tmp_path / f"facts{suffix}"
    code = main(["extract", str(folder), "-o", str(out), "--report", str(tmp_path / "r.csv"), *mode])
    printed = capsys.readouterr().out
    assert code == 0
    assert "7 documents:" in printed and "0 error" in printed
    assert "page.pdf" in printed and "page.html" in printed
    facts = {".csv": pd.read_csv, ".xlsx": pd.read_excel, ".parquet": pd.read_parquet}[suffix](out)
    report = pd.read_csv(tmp_path / "r.csv")
    assert len(report) == 7 and {"message", "status", "encoding", "pub_date_source"} <= set(report.columns)
    if len(facts):
        by_doc = facts.groupby("doc")["metric"].agg(set)
        assert "gdp" in by_doc["page.pdf"] and "gdp" in by_doc["page.html"]


@pytest.mark.parametrize("mode", MODES)
def test_errors_exit_1_unless_keep_going(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         mode: list[str]) -> None:
    folder = _corpus(tmp_path, broken=True)
    out = tmp_path / "facts.csv"
    assert main(["extract", str(folder), "-o", str(out), *mode]) == 1
    captured = capsys.readouterr()
    assert "2 error" in captured.out and "could not be read" in captured.err
    assert "junk.txt" in captured.out and "not text" in captured.out
    assert "empty file (0 bytes)" in captured.out
    assert out.exists()  # the readable files were still extracted and written
    assert main(["extract", str(folder), "-o", str(out), "--keep-going", *mode]) == 0
    assert "2 error" in capsys.readouterr().out


def test_nothing_readable_exits_1_even_with_keep_going(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "f.csv"), "--keep-going",
                 "--no-store", "--jobs", "1"]) == 1
    assert "nothing could be read" in capsys.readouterr().err


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "f.csv")]) == 2
    assert "not a folder" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("全市实现生产总值385.12亿元。", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "f.json"), "--no-store", "--jobs", "1"]) == 2
    assert "unknown output format" in capsys.readouterr().err

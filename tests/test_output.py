"""Files written by the CLI: .xlsx text cells never run as formulas; CSV stays raw unless --excel-safe."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from indicators.app.output import write_table
from indicators.cli import main

# Our own article whose first sentence, the evidence of its facts, starts like a formula.
ARTICLE = '=HYPERLINK("http://example.invalid")嘉善县2021年地区生产总值700亿元，增长8%。'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "manifest.csv").write_text("doc,pub_date,region,source\na.txt,2022-02-01,嘉善,test\n", encoding="utf-8")
    return corpus


def _extract(folder: Path, out: Path, *flags: str) -> None:
    assert main(["extract", str(folder), "-o", str(out), "--no-store", "--jobs", "1", *flags]) == 0


def test_xlsx_from_the_cli_escapes_formula_text(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.xlsx"
    _extract(folder, out)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c for c in sheet[2]], strict=True))
    assert row["evidence"].value.startswith("'=HYPERLINK") and row["evidence"].data_type == "s"
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)
    assert row["value"].value == 700 and row["region"].value == "嘉善"


@pytest.mark.parametrize(("flags", "start"), [((), "=HYPERLINK"), (("--excel-safe",), "'=HYPERLINK")])
def test_csv_is_raw_unless_excel_safe(folder: Path, tmp_path: Path, flags: tuple[str, ...], start: str) -> None:
    out = tmp_path / "facts.csv"
    _extract(folder, out, *flags)
    facts = pd.read_csv(out, encoding="utf-8-sig")
    assert facts["evidence"].iloc[0].startswith(start)
    assert facts["value"].iloc[0] == 700.0 and facts["yoy_pct"].iloc[0] == 8.0


def test_write_table_escapes_text_not_numbers(tmp_path: Path) -> None:
    df = pd.DataFrame({"note": ["-3.2%", "+1", "平湖"], "value": [-3.2, 1.0, 2.0]})
    back = pd.read_csv(write_table(df, tmp_path / "t.csv", excel_safe=True), encoding="utf-8-sig")
    assert back["note"].tolist() == ["'-3.2%", "'+1", "平湖"] and back["value"].tolist() == [-3.2, 1.0, 2.0]
    raw = pd.read_csv(write_table(df, tmp_path / "raw.csv"), encoding="utf-8-sig")
    assert raw["note"].tolist() == ["-3.2%", "+1", "平湖"]
    parquet = pd.read_parquet(write_table(df, tmp_path / "t.parquet"))
    assert parquet["note"].tolist() == ["-3.2%", "+1", "平湖"]

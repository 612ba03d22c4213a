"""Download files for the dashboard: CSV (UTF-8 with BOM) and XLSX with units and sources.

Text cells that a spreadsheet would run as a formula (leading ``=``, ``+``,
``-``, ``@``, tab or carriage return) get a leading apostrophe.  Only text
columns are touched; numbers stay numbers.
"""
from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

from ..facts.reviews import FACT_REVIEW_COLUMNS

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = b"\xef\xbb\xbf"


def neutralise_cell(value: object) -> object:
    """Escape a text cell that would start a formula; leave everything else alone.

    >>> neutralise_cell("=1+1"), neutralise_cell("-3.2%"), neutralise_cell("平湖"), neutralise_cell(-3.2)
    ("'=1+1", "'-3.2%", '平湖', -3.2)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def is_text_column(series: pd.Series) -> bool:
    """True for string/object columns (the only ones escaped).

    >>> is_text_column(pd.Series(["a"])), is_text_column(pd.Series([1.5]))
    (True, False)
    """
    return pd.api.types.is_string_dtype(series.dtype) or series.dtype == object


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text columns are safe to open in a spreadsheet."""
    out = df.copy()
    for column in out.columns:
        if is_text_column(out[column]):
            out[column] = out[column].map(neutralise_cell, na_action="ignore").astype(out[column].dtype)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a BOM, so Excel opens the Chinese correctly.

    >>> csv_bytes(pd.DataFrame({"指标": ["=cmd"], "value": [-1.5]}))[:3] == BOM
    True
    """
    return BOM + neutralise(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def xlsx_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """An XLSX workbook with one sheet per frame (text cells neutralised)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, df in sheets.items():
            neutralise(df).to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for col in sheet.columns:
                width = max((len(str(c.value)) for c in col[:200] if c.value is not None), default=8)
                sheet.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    return buffer.getvalue()


EXPORT_COLUMNS = ("region", "metric", "metric_zh", "year", "period", "value", "unit", "value_text",
                  "value_base", "base_unit", "yoy_pct", "qualifier", "scope", "kind", "conflict",
                  "derivation", "doc", "pub_date", "evidence", "start", "end", "rule")


def facts_export(facts: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The fact table as downloaded: every number with its unit, period and source."""
    out = facts.assign(derivation=facts["derivation_" + lang])
    reviewed = [c for c in FACT_REVIEW_COLUMNS if c in out.columns]  # the review, and what was extracted
    return out[[*EXPORT_COLUMNS, *reviewed]].reset_index(drop=True)


def sources_export(report: pd.DataFrame, docs: pd.Series) -> pd.DataFrame:
    """The ingest-report rows of the documents behind an export."""
    wanted = set(docs.dropna().astype(str))
    return report[report["doc"].astype(str).isin(wanted)].reset_index(drop=True)


def facts_xlsx(facts: pd.DataFrame, report: pd.DataFrame, lang: str = "zh") -> bytes:
    """Workbook with the facts (units, evidence, spans) and a sheet of their source documents."""
    table = facts_export(facts, lang)
    return xlsx_bytes({"facts": table, "sources": sources_export(report, table["doc"])})


COMPARE_COLUMNS = ("metric", "metric_label", "year", "period", "label", "value", "unit", "yoy_pct",
                   "kind", "conflict", "alternatives", "derivation", "doc", "evidence")


def compare_export(cells: pd.DataFrame) -> pd.DataFrame:
    """The half-year comparison in long form (one row per metric and year) for download."""
    return cells[list(COMPARE_COLUMNS)].reset_index(drop=True)


def compare_xlsx(cells: pd.DataFrame, wide: pd.DataFrame, report: pd.DataFrame) -> bytes:
    """Workbook with the comparison as shown, its long form (units, sources) and the documents."""
    long = compare_export(cells)
    docs = long["doc"].str.split("; ").explode() if len(long) else long["doc"]
    return xlsx_bytes({"comparison": wide.reset_index(), "values": long,
                       "sources": sources_export(report, docs)})


REGIONS_COLUMNS = ("metric", "year", "period", "group", "rank", "region", "home", "level", "level_unit", "value",
                   "unit", "yoy_pct", "kind", "conflict", "alternatives", "derivation", "doc", "evidence")


def regions_export(table: pd.DataFrame, metric: str, year: int, period: str) -> pd.DataFrame:
    """Regions side by side for download: one row per region with its group, rank, value, unit,
    growth and source (``level`` is the value in ``level_unit``, the unit the regions are compared in)."""
    out = table.assign(metric=metric, year=year, period=period)
    reviewed = [c for c in FACT_REVIEW_COLUMNS if c in out.columns]  # the review, and what was extracted
    return out[[*REGIONS_COLUMNS, *reviewed]].reset_index(drop=True)


def regions_xlsx(table: pd.DataFrame, metric: str, year: int, period: str, report: pd.DataFrame) -> bytes:
    """Workbook with the regions side by side and a sheet of their source documents."""
    long = regions_export(table, metric, year, period)
    docs = long["doc"].str.split("; ").explode() if len(long) else long["doc"]
    return xlsx_bytes({"regions": long, "sources": sources_export(report, docs)})

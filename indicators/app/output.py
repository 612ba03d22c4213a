"""Write the fact table as CSV, XLSX or Parquet, chosen by the file extension.

A spreadsheet runs a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
as a formula, and evidence sentences are text from the web.  XLSX is made for spreadsheets, so its
text cells are always escaped (:func:`indicators.app.exports.neutralise`: a leading apostrophe).  CSV
and Parquet are read by programs too, where the apostrophe would change the text, so they keep it
raw unless ``excel_safe`` asks for the same escaping in a CSV.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..base.needs import need
from .exports import neutralise

FORMATS = (".csv", ".xlsx", ".parquet")


def write_table(df: pd.DataFrame, path: str | Path, *, excel_safe: bool = False) -> Path:
    """Write ``df`` to ``path``; CSV is UTF-8 with BOM so Excel reads the Chinese.

    XLSX text cells are escaped against formulas; CSV ones only with ``excel_safe``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown output format {suffix!r}; use one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        (neutralise(df) if excel_safe else df).to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix == ".xlsx":
        need("openpyxl")
        neutralise(df).to_excel(path, index=False)
    else:
        need("pyarrow")
        df.to_parquet(path, index=False)
    return path

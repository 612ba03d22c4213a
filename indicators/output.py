"""Write the fact table as CSV, XLSX or Parquet, chosen by the file extension."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .needs import need

FORMATS = (".csv", ".xlsx", ".parquet")


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` to ``path``; CSV is UTF-8 with BOM so Excel reads the Chinese."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown output format {suffix!r}; use one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix == ".xlsx":
        need("openpyxl")
        df.to_excel(path, index=False)
    else:
        need("pyarrow")
        df.to_parquet(path, index=False)
    return path

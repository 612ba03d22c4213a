"""Optional packages: import one by name, or fail with the package a user should install.

The readers and writers import their heavy packages when first needed.  When one
is missing or broken, the error names the package to install and what needed it,
not an internal ``ImportError`` (``lxml.html.clean module is now a separate
project…``), so the ingest report and the CLI say what to do.
"""
from __future__ import annotations

import importlib
from types import ModuleType

#: module -> (what needs it, the pip requirement that provides it)
PACKAGES: dict[str, tuple[str, str]] = {
    "trafilatura": ("reading HTML pages", "trafilatura lxml_html_clean"),
    "pdfplumber": ("reading PDF files", "pdfplumber"),
    "openpyxl": ("writing .xlsx tables", "openpyxl"),
    "pyarrow": ("writing .parquet tables and the fact store", "pyarrow"),
    "duckdb": ("the fact store", "duckdb"),
    "distributed": ("the dask engine", "'indicators[cluster]'"),
}


class MissingPackage(ImportError):
    """An optional package cannot be imported; the message says which to install."""


def need(module: str) -> ModuleType:
    """Import ``module`` (a key of :data:`PACKAGES`) or raise :class:`MissingPackage`.

    >>> need("duckdb").__name__
    'duckdb'
    >>> need("nonesuch")
    Traceback (most recent call last):
    KeyError: 'nonesuch'
    """
    purpose, requirement = PACKAGES[module]
    try:
        return importlib.import_module(module)
    except ImportError as e:  # missing, or installed but broken (a dependency moved out)
        raise MissingPackage(f"{purpose} needs the package {requirement.split()[0]}, which cannot be "
                             f"imported ({type(e).__name__}: {e}); install it with: "
                             f"pip install {requirement}") from e

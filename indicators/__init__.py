"""Rule-based extraction of economic indicator facts from Chinese newspaper text.

The public names below are imported on first use (PEP 562), so ``import indicators``
stays cheap: the compiled vocabulary patterns load only when extraction is asked for.

>>> from indicators import extract_text
>>> df = extract_text("上半年，全市实现生产总值385.12亿元，增长5.7%。", pub_date="2024-07-26", region="平湖")
>>> r = df.iloc[0]
>>> print(r.region, r.metric, r.year, r.period, r.value, r.unit, r.yoy_pct)
平湖 gdp 2024 H1 385.12 亿元 5.7
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .compiled import check as _check_compiled

_check_compiled()  # a compiled build (tools/compile.py) older than its modules' source is refused

#: Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "FACT_COLUMNS": "base.schema", "Fact": "base.schema", "facts_frame": "base.schema", "validate_facts": "base.schema",
    "REPORT_COLUMNS": "ingest.report",
    "extract_corpus": "run.corpus", "extract_documents": "run.corpus",
    "Document": "ingest.documents", "make_document": "ingest.documents",
    "load_folder": "ingest.folder",
    "extract_document": "facts.extract", "extract_text": "facts.extract",
    "RULES_VERSION": "rules.version",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .base.schema import FACT_COLUMNS, Fact, facts_frame, validate_facts
    from .facts.extract import extract_document, extract_text
    from .ingest.documents import Document, make_document
    from .ingest.folder import load_folder
    from .ingest.report import REPORT_COLUMNS
    from .rules.version import RULES_VERSION
    from .run.corpus import extract_corpus, extract_documents


def __getattr__(name: str) -> Any:
    """Import the submodule behind a public name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'indicators' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

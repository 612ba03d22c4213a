"""Rule-based extraction of economic indicator facts from Chinese newspaper text.

>>> df = extract_text("上半年，全市实现生产总值385.12亿元，增长5.7%。", pub_date="2024-07-26", region="平湖")
>>> r = df.iloc[0]
>>> print(r.region, r.metric, r.year, r.period, r.value, r.unit, r.yoy_pct)
平湖 gdp 2024 H1 385.12 亿元 5.7
"""
from __future__ import annotations

from .corpus import REPORT_COLUMNS, extract_corpus, extract_documents
from .documents import Document, load_folder, make_document
from .extract import extract_document, extract_text
from .schema import FACT_COLUMNS, Fact, facts_frame, validate_facts
from .version import RULES_VERSION

__all__ = [
    "FACT_COLUMNS", "REPORT_COLUMNS", "RULES_VERSION", "Document", "Fact", "extract_corpus",
    "extract_document", "extract_documents", "extract_text", "facts_frame", "load_folder",
    "make_document", "validate_facts",
]

"""Placeholder: the rule engine lands in the next commit."""
from __future__ import annotations

import pandas as pd

from .documents import Document, make_document
from .schema import Fact, facts_frame


def extract_document(doc: Document) -> list[Fact]:
    """Extract the facts of one document."""
    return []


def extract_text(text: str, pub_date: str | None = None, region: str | None = None,
                 doc: str = "text") -> pd.DataFrame:
    """Extract facts from one article's text."""
    return facts_frame(extract_document(make_document(doc, text, region=region, pub_date=pub_date)))

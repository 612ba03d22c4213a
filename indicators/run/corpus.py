"""Extract a whole folder and account for every document in the ingest report.

The report's columns and its row for one document are in :mod:`indicators.ingest.report`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..base.schema import facts_frame
from ..ingest.report import REPORT_COLUMNS, report_row

if TYPE_CHECKING:
    from ..ingest.documents import Document


def mark_duplicates(docs: list[Document]) -> int:
    """Set ``duplicate_of`` on every document whose text an earlier one already has; return how many.

    >>> from indicators.ingest.documents import make_document
    >>> docs = [make_document(n, "同一篇文章") for n in ("a.txt", "b.txt")]
    >>> mark_duplicates(docs), docs[1].duplicate_of
    (1, 'a.txt')
    """
    first: dict[str, str] = {}
    n = 0
    for doc in docs:
        if not doc.text.strip() or not doc.sha256:
            continue
        if doc.sha256 in first:
            doc.duplicate_of = first[doc.sha256]
            n += 1
        else:
            first[doc.sha256] = doc.doc
    return n


def extract_documents(docs: list[Document]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extract facts from documents; return ``(facts, report)``.

    A document with the same text as an earlier one is reported as its
    duplicate and not extracted, so its facts are not counted twice.
    """
    from ..facts.extract import extract_document  # compiles the vocabulary patterns on first use

    mark_duplicates(docs)
    facts = []
    rows = []
    for doc in docs:
        found = extract_document(doc) if doc.text and not doc.duplicate_of else []
        facts.extend(found)
        rows.append(report_row(doc, len(found)))
    return facts_frame(facts), pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


def extract_corpus(folder: str | Path, region: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read ``folder`` (articles plus ``manifest.csv``) and extract every document.

    Returns ``(facts, report)``: the tidy fact table and one report row per
    file.  Folder-level problems (manifest header, subfolders) are listed in
    ``report.attrs["problems"]``.
    """
    from ..ingest.folder import load_folder

    docs, problems = load_folder(Path(folder), region=region)
    facts, report = extract_documents(docs)
    report.attrs["problems"] = problems
    return facts, report

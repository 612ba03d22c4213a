"""Extract a whole folder and account for every document in a report."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .documents import Document, load_folder
from .extract import extract_document
from .schema import facts_frame

REPORT_COLUMNS: tuple[str, ...] = (
    "doc", "format", "encoding", "pub_date", "pub_date_source", "region", "region_source",
    "chars", "facts", "status", "problems",
)


def report_row(doc: Document, n_facts: int) -> dict[str, object]:
    """One report row: status is error when nothing could be read, warning on any problem."""
    if not doc.text and doc.problems:
        status = "error"
    elif doc.problems or doc.pub_date is None:
        status = "warning"
    else:
        status = "ok"
    problems = list(doc.problems)
    if doc.pub_date is None:
        problems.append(f"{doc.doc}: no publication date; relative periods cannot be resolved")
    return {
        "doc": doc.doc, "format": doc.format, "encoding": doc.encoding,
        "pub_date": str(doc.pub_date) if doc.pub_date else "",
        "pub_date_source": doc.pub_date_source, "region": doc.region,
        "region_source": doc.region_source, "chars": len(doc.text), "facts": n_facts,
        "status": status, "problems": "; ".join(problems),
    }


def extract_documents(docs: list[Document]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extract facts from documents; return ``(facts, report)``."""
    facts = []
    rows = []
    for doc in docs:
        found = extract_document(doc) if doc.text else []
        facts.extend(found)
        rows.append(report_row(doc, len(found)))
    return facts_frame(facts), pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


def extract_corpus(folder: str | Path, region: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read ``folder`` (articles plus ``manifest.csv``) and extract every document.

    Returns ``(facts, report)``: the tidy fact table and one report row per
    document.  Folder-level problems (manifest) are listed in ``report.attrs``.
    """
    docs, problems = load_folder(Path(folder), region=region)
    facts, report = extract_documents(docs)
    report.attrs["problems"] = problems
    return facts, report

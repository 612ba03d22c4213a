"""The ingest report: one row per input file (and per manifest row whose file is missing).

Column names are stable; new columns are only ever added.

- ``status``: ``error`` when nothing could be read, ``warning`` when the text
  was read but something needs a look (repaired bytes, a date that had to be
  inferred, a duplicate, a skipped file), else ``ok``;
- ``message``: one line for a person; ``problems``: every problem found;
- ``duplicate_of``: the document with the same text whose facts were counted.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .documents import Document


REPORT_COLUMNS: tuple[str, ...] = (
    "doc", "format", "encoding", "pub_date", "pub_date_source", "region", "region_source",
    "chars", "facts", "status", "problems", "message", "sha256", "duplicate_of", "path",
)
STATUSES = ("ok", "warning", "error")


def _strip_name(doc: str, problem: str) -> str:
    return problem[len(doc) + 2:] if problem.startswith(f"{doc}: ") else problem


def report_row(doc: Document, n_facts: int) -> dict[str, object]:
    """One report row: status is error when nothing could be read, warning on any problem.

    >>> from indicators.ingest.documents import Document
    >>> r = report_row(Document("a.txt", "", None, problems=["a.txt: empty file"]), 0)
    >>> r["status"], r["message"]
    ('error', 'empty file')
    """
    duplicate_of = doc.duplicate_of
    problems = list(doc.problems)
    if doc.error or (not doc.text.strip() and not doc.skipped):
        status = "error"
    elif problems or doc.pub_date is None or duplicate_of:
        status = "warning"
    else:
        status = "ok"
    if status != "error" and doc.pub_date is None and not doc.skipped:
        problems.append(f"{doc.doc}: no publication date; relative periods cannot be resolved")
    if duplicate_of:
        problems.insert(0, f"{doc.doc}: same text as {duplicate_of}; its facts are counted once, "
                           f"under {duplicate_of}")
    if problems:
        first = _strip_name(doc.doc, problems[0])
        message = first + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
    elif doc.page_starts:
        message = f"read {len(doc.page_starts)} page(s), {len(doc.text)} characters"
    else:
        message = f"read {len(doc.text)} characters"
    return {
        "doc": doc.doc, "format": doc.format, "encoding": doc.encoding,
        "pub_date": str(doc.pub_date) if doc.pub_date else "",
        "pub_date_source": doc.pub_date_source, "region": doc.region,
        "region_source": doc.region_source, "chars": len(doc.text), "facts": n_facts,
        "status": status, "problems": "; ".join(problems), "message": message,
        "sha256": doc.sha256 if doc.text else "", "duplicate_of": duplicate_of,
        "path": doc.path,
    }

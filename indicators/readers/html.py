"""Saved HTML article pages: the article body via trafilatura, the date from ``<meta>``.

trafilatura is a maintained main-content extractor: it drops navigation,
footers and link lists, keeps paragraphs, and reads the page's metadata
(``article:published_time``, ``publishdate``, ``<time>`` …).  We ask it for
the date with its extensive search off, so a date printed in a side bar is
never taken for the publication date; a page without a metadata date gets
one inferred from the article text (``pub_date_source`` says which).

``Read.text`` is the page title, a blank line, then the extracted body:
fact offsets point into that text.
"""
from __future__ import annotations

import regex

from ..needs import MissingPackage, need
from . import Read, ReadError
from .text import DecodeError, decode_text

_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_LEGACY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a page, honouring a declared GB charset; otherwise as any text file."""
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else ""
    if declared in _LEGACY:
        try:
            return data.decode("gb18030"), "gb18030", []
        except UnicodeDecodeError:
            pass  # declared charset is wrong; fall through to detection and say so
    d = decode_text(data)
    problems = list(d.problems)
    if declared in _LEGACY:
        problems.insert(0, f"page declares charset {declared} but is not; decoded as {d.encoding}")
    return d.text, d.encoding, problems


def read_html(data: bytes) -> Read:
    """Read a saved article page; raise ``ReadError`` when it has no text."""
    try:  # slow to import: only when a page is read
        trafilatura = need("trafilatura")
    except MissingPackage as e:
        raise ReadError(str(e)) from e

    if not data.strip():
        raise ReadError("empty file, no HTML")
    try:
        page, encoding, problems = _decode(data)
    except DecodeError as e:
        raise ReadError(str(e)) from e
    body = trafilatura.extract(page, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    meta = trafilatura.extract_metadata(page, extensive=False)
    if not body:
        body = trafilatura.html2txt(page) or ""
        if body.strip():
            problems.append("no article body found; using all the page's text")
    if not body.strip():
        raise ReadError("no text in the page")
    title = (meta.title or "").strip() if meta else ""
    text = f"{title}\n\n{body}" if title and title not in body else body
    date = meta.date if meta and meta.date else None
    return Read(text, "html", encoding, (), date, problems)

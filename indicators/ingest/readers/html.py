"""Saved HTML article pages: the article body via trafilatura, the date from ``<meta>``.

trafilatura is a maintained main-content extractor: it drops navigation,
footers and link lists, keeps paragraphs, and reads the page's metadata
(``article:published_time``, ``publishdate``, ``<time>`` …).  We ask it for
the date with its extensive search off, so a date printed in a side bar is
never taken for the publication date; a page without a metadata date gets
one inferred from the article text (``pub_date_source`` says which).

``Read.text`` is the page title, a blank line, then the extracted body:
fact offsets point into that text.  A data ``<table>`` becomes one line per
``<tr>``, its cells joined by `` | `` (a cell spanning rows or columns is
repeated in each), so the table reader (:mod:`indicators.rules.grids`) sees its grid.
"""
from __future__ import annotations

import regex

from ...base.needs import MissingPackage, need
from .formats import Read, ReadError
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


_TABLE_TAG = regex.compile(r"<table\b", regex.I)
_SPACES = regex.compile(r"\s+")
MAX_CELL = 300  # characters: a table with a longer cell lays out the page (it holds the article)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "nav", "section", "article", "table")
CELL_SEP = " | "


def _span(cell: object, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1") or 1), 100))  # type: ignore[attr-defined]
    except ValueError:
        return 1


def _text(element: object, br: str) -> str:
    """An element's text with each ``<br>`` read as ``br``."""
    for el in element.iter("br"):  # type: ignore[attr-defined]
        el.tail = br + (el.tail or "")
    return element.text_content()  # type: ignore[attr-defined, no-any-return]


def table_rows(table: object) -> list[list[str]] | None:
    """A data table's rows as cell texts, spans repeated into every row and column they cover;
    ``None`` for a layout table (a cell holds a long text or several blocks: paragraphs, lists)."""
    grid: dict[tuple[int, int], str] = {}
    trs = [tr for tr in table.iter("tr")]  # type: ignore[attr-defined]
    for r, tr in enumerate(trs):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            text = _SPACES.sub(" ", _text(td, " ")).strip()
            if len(text) > MAX_CELL or sum(1 for _ in td.iter(*_BLOCKS)) > 1:
                return None  # a block of the page, not a cell
            while (r, c) in grid:
                c += 1
            for i in range(_span(td, "rowspan")):
                for j in range(_span(td, "colspan")):
                    grid.setdefault((r + i, c + j), text)
            c += _span(td, "colspan")
    rows = []
    for r in range(len(trs)):
        cells = [grid.get((r, c), "") for c in range(max((c for rr, c in grid if rr == r), default=-1) + 1)]
        while cells and not cells[-1]:
            cells.pop()
        if len(set(cells)) == 1:  # a title or a note across the whole table
            cells = cells[:1]
        rows.append(cells)
    return rows


def _tables_as_lines(page: str) -> str:
    """The page with each data ``<table>`` replaced by one paragraph per row, ``| a | b |``
    (a line ending in a pipe ends its paragraph): the text keeps the table's grid, which
    :mod:`indicators.rules.grids` reads."""
    import lxml.html  # installed with trafilatura

    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return page
    changed = False
    for table in reversed(list(tree.iter("table"))):  # inner tables first
        if table.getparent() is None:
            continue
        rows = table_rows(table) if table.find(".//table") is None else None
        if rows is None:  # a layout table: its cells are blocks of the page
            for el in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"):
                el.tag = "div"
            changed = True
            continue
        if len(rows) < 2:
            continue
        block = lxml.html.Element("div")
        caption = table.find("caption")
        for line in _text(caption, "\n").split("\n") if caption is not None else ():
            if line.strip():
                p = lxml.html.Element("p")
                p.text = _SPACES.sub(" ", line).strip()
                block.append(p)
        for cells in rows:
            if any(cells):
                p = lxml.html.Element("p")
                p.text = "| " + CELL_SEP.join(cells) + " |"
                block.append(p)
        block.tail = table.tail
        table.getparent().replace(table, block)
        changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else page


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
    if _TABLE_TAG.search(page):
        page = _tables_as_lines(page)
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

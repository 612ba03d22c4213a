"""Text-layer PDFs (e-paper pages) in newspaper column reading order.

Why pdfplumber: it is pure Python on top of pdfminer.six, maintained, and
gives every character with its box (``x0, x1, top, bottom, size``), which is
what rebuilding reading order needs; it also reports encryption and broken
files as exceptions we can turn into messages.  (pypdfium2 is faster but its
text API is line-oriented and gives fewer hooks for column analysis.)

Reading order.  A newspaper page's text layer is often in drawing order, and
a plain top-to-bottom sort interleaves the lines of neighbouring columns.  We
group characters into line fragments, then cut the page recursively: at a
vertical gutter (a gap at least ``GUTTER_EM`` characters wide that no line
crosses) into columns, left to right; where a headline spans the columns,
into horizontal bands, top to bottom, keeping consecutive bands that share a
gutter together so each column is read whole.  Lines inside a column are
joined with ``\\n``, columns and pages with a blank line, as in the seeds.

Offsets.  ``Read.text`` is the pages' texts joined by ``\\n\\n``;
``Read.page_starts`` holds where each page starts, so a fact's ``start``
gives its page and its offset in that page's text.
"""
from __future__ import annotations

import bisect
import io
import logging
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ...base.needs import MissingPackage, need
from ...base.tables import MEDIA_ENDS
from .formats import Read, ReadError

#: A gap this many character widths wide, crossed by no line, separates columns.
GUTTER_EM = 0.8
#: A line this many character heights high (or higher) is set larger than the text: a headline.
HEADLINE_EM = 1.3
#: A gap this many character widths wide inside a line becomes a space.
SPACE_EM = 0.3
PAGE_SEPARATOR = "\n\n"
_CID = regex.compile(r"\(cid:\d+\)")
# pdfminer logs a warning for every glyph of a font whose descriptor has no FontBBox (browsers'
# PDFs): thousands of lines about the font, none about the text, which reads fine
logging.getLogger("pdfminer").setLevel(logging.ERROR)
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(slots=True)
class Frag:
    """A run of characters on one line with no gutter-wide gap inside."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _lines(chars: list[dict], em: float, grow: bool = True) -> list[list[dict]]:
    """Group characters into rows by their vertical position: a character joins the row while it
    starts above the row's bottom (``grow``: the lowest bottom so far, so a large character's row
    takes the small ones set on its line).  A row whose characters stand on each other (lines of
    columns set a little lower each, chained into one row) is grouped again by its first line's
    bottom alone."""
    rows: list[list[dict]] = []
    bottom = -1e9
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and ch["top"] < bottom - 0.5 * min(em, ch["bottom"] - ch["top"] or em):
            rows[-1].append(ch)
            bottom = max(bottom, ch["bottom"]) if grow else bottom
        else:
            rows.append([ch])
            bottom = ch["bottom"]
    return [line for row in rows for line in (_lines(row, em, False) if grow and _stacked(row) else [row])]


def _stacked(row: list[dict]) -> bool:
    """Whether two characters of a row cover the same place across (two lines in one row).

    >>> _stacked([{"x0": 0, "x1": 10}, {"x0": 10, "x1": 20}])
    False
    >>> _stacked([{"x0": 0, "x1": 10}, {"x0": 2, "x1": 12}, {"x0": 12, "x1": 22}])
    True
    """
    xs = sorted((c["x0"], c["x1"]) for c in row)
    return any(b0 < a1 - 0.5 * (a1 - a0) for (a0, a1), (b0, _) in zip(xs, xs[1:]))


def _fragments(chars: list[dict], em: float) -> list[Frag]:
    """Split each row into fragments at gaps wider than a gutter; a table's row (and its header
    rows) is one fragment, its cells parted by two spaces, so its gaps cut no columns."""
    rows: list[list[Frag]] = []
    for row in _lines(chars, em):
        row.sort(key=lambda c: c["x0"])
        frags: list[Frag] = []
        cur: list[dict] = []
        for ch in row:
            if cur and ch["x0"] - cur[-1]["x1"] >= GUTTER_EM * em:
                frags.append(_frag(cur, em))
                cur = []
            cur.append(ch)
        if cur:
            frags.append(_frag(cur, em))
        rows.append(frags)
    cells = [_table_row(frags) for frags in rows]  # a table's rows come two or more together (a row of
    # labels may stand between) or are mostly numbers: a row alone, half words, is prose lines side by
    # side whose ends happen to be numbers (贡献率为 / 66.0% next to a column's subheading 6)
    table = [c and (any(cells[max(0, i - 2):i] + cells[i + 1:i + 3]) or 2 * _numbers(frags) > len(frags))
             for i, (c, frags) in enumerate(zip(cells, rows))]
    _columns_side_by_side(rows, table, em)
    for i in range(len(rows) - 2, -1, -1):  # a header: rows of three cells or more right above a table
        table[i] = table[i] or (table[i + 1] and len(rows[i]) >= 3)
    out = [f for frags, t in zip(rows, table) for f in ([_row_frag(frags)] if t else frags)]
    return _spaced_rows(out, em)


#: A row's piece stands in a column when it starts this many character widths or fewer from where
#: one of the column's pieces starts (a first line's indent apart).
SLOT_EM = 2.5


def _columns_side_by_side(rows: list[list[Frag]], table: list[bool], em: float) -> None:
    """Unmark (in ``table``) each run of rows marked as a table's whose pieces stand in columns that
    go on, right above or below it, with more rows that are no table's, three pieces or more of each
    where the run's stand: the lines of a page's columns side by side (pieces of a wide table's
    rows wrapped through narrow columns, cells set one to a line), not a table."""
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and table[j]:
            j += 1
        if j == i:
            i += 1
            continue
        starts = sorted({f.x0 for r in rows[i:j] for f in r})

        def in_slots(row: list[Frag]) -> bool:  # three pieces or more where the run's stand
            return sum(1 for f in row if any(abs(f.x0 - x) <= SLOT_EM * em for x in starts)) >= 3

        above = next((k for k in range(i - 1, -1, -1) if table[k] or not in_slots(rows[k])), -1)
        below = next((k for k in range(j, len(rows)) if table[k] or not in_slots(rows[k])), len(rows))
        if (i - 1 - above) + (below - j) > j - i:
            table[i:j] = [False] * (j - i)
        i = j


def _spaced_rows(frags: list[Frag], em: float) -> list[Frag]:
    """Mark as a table's rows the lines of a column that are each a row of cells parted by single
    spaces (``3 某某 2710 2788.9 -2.83%``: a ranking printed as lines of text, not as a table), two or
    more of them one under the other, neither it nor the line above reaching the column's right
    edge (such a line is one of a paragraph's, or a table's row broken over lines): each stays a
    line of its own, where a column's lines would be joined into its paragraph."""
    spaced = [i for i, f in enumerate(frags) if not f.text.startswith(ROW_MARK) and _spaced_row(f.text)]
    if not spaced:
        return frags
    near: dict[int, list[Frag]] = {}  # the fragments by where they start, in steps of a character
    for f in frags:
        near.setdefault(int(f.x0 // em), []).append(f)
    candidates = {id(frags[i]) for i in spaced}
    edges = {k: max((f.x1 for f in group if not (_spaced_row(f.text) or _spaced_header(f.text))),
                     default=-math.inf) for k, group in near.items()}

    def column(f: Frag) -> list[int]:  # the steps of the lines that start where ``f`` does (an indent apart)
        k = int(f.x0 // em)
        return [c for c in range(k - 3, k + 4) if c in near]

    def full(f: Frag) -> bool:  # the line reaches its column's right edge (the prose lines' widest end)
        edge = max((edges[c] for c in column(f)), default=-math.inf)
        return f.x1 >= (edge if edge > -math.inf else math.inf) - em

    for i in spaced:
        f = frags[i]
        height = f.bottom - f.top
        above = max((g for c in column(f) for g in near[c] if f.top - 2.5 * height < g.top < f.top - height / 2),
                    key=lambda g: g.top, default=None)
        if not full(f) and (above is None or not full(above)) and any(
                g is not f and id(g) in candidates and abs(g.x0 - f.x0) < em and abs(g.top - f.top) < 3 * height
                for c in column(f) for g in near[c]):
            frags[i] = Frag(f.x0, f.x1, f.top, f.bottom, ROW_MARK + f.text)
            if above is not None and not above.text.startswith(ROW_MARK) and _spaced_header(above.text):
                j = next(k for k, g in enumerate(frags) if g is above)  # the ranking's header: its own line too
                frags[j] = Frag(above.x0, above.x1, above.top, above.bottom, ROW_MARK + above.text)
    return frags


def _spaced_header(text: str) -> bool:
    """Whether a line is the header of a ranking printed as lines: three cells or more parted by
    spaces, words in each, no mark of prose.

    >>> _spaced_header("排名 县区 总量 增幅"), _spaced_header("全市 经济运行平稳，增长较快")
    (True, False)
    """
    cells = text.split()
    return len(cells) >= 3 and all(_LABEL.search(c) for c in cells) and not _PROSE_MARK.search(text)


def _spaced_row(text: str) -> bool:
    """Whether a line is a row of three cells or more parted by spaces: a label first (its first or
    second cell has words: a rank may stand before it), two numbers alone, the last cell one of
    them, and no mark of prose in it.

    >>> _spaced_row("3 某某 2710 2788.9 -78.9 -2.83%"), _spaced_row("长 5.7%，其中第一产业 6.53 亿元")
    (True, False)

    The pieces of a wide table's row broken over a column's lines have no label:

    >>> _spaced_row("3  663.03  4697")
    False
    """
    cells = text.split()
    return len(cells) >= 3 and _NUMBER.fullmatch(cells[-1]) is not None \
        and any(_LABEL.search(c) for c in cells[:2]) \
        and sum(1 for c in cells if _NUMBER.fullmatch(c)) >= 2 and not _PROSE_MARK.search(text)


_LABEL = regex.compile(r"\p{L}")


_PROSE_MARK = regex.compile(r"[，。；、：,;:！？!?]")
# a piece of a prose line, not a table's cell: a clause's mark (a cell may hold 其中:男性, 电力、热力),
# or two pieces with a run of words as long as a column's line
_CLAUSE_MARK = regex.compile(r"[，。；,;！？!?]")
_LONG_WORDS = regex.compile(r"\p{Han}{7}")


_NUMBER = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_MARKS = regex.compile(r"[、,，;；。:：]+")  # a mark alone: a justified line's gap around it


def _table_row(frags: list[Frag]) -> bool:
    """Whether a row of fragments is a table's: three cells or more, two of them numbers alone
    (lines of prose side by side in columns are never numbers alone).

    >>> _table_row([Frag(0, 9, 0, 1, "海宁市"), Frag(20, 29, 0, 1, "1321.5"), Frag(40, 49, 0, 1, "-1.5")])
    True

    A mark alone between numbers is justified prose (``133.5%  、  114.1%`` in a narrow column):

    >>> _table_row([Frag(0, 9, 0, 1, "133.5%"), Frag(20, 29, 0, 1, "、"), Frag(40, 49, 0, 1, "114.1%")])
    False

    Nor is a row with a piece of punctuated prose: columns of text beside a list of numbers set
    one to a line:

    >>> _table_row([Frag(0, 9, 0, 1, "人口115.8万人,"), Frag(20, 29, 0, 1, "485977"), Frag(40, 49, 0, 1, "总值12"),
    ...             Frag(60, 69, 0, 1, "49.93"), Frag(80, 89, 0, 1, "8.51亿元,按可比")])
    False
    """
    return (len(frags) >= 3 and _numbers(frags) >= 2
            and not any(_MARKS.fullmatch(f.text.strip()) for f in frags)
            and not any(_CLAUSE_MARK.search(f.text) for f in frags)
            and sum(1 for f in frags if _LONG_WORDS.search(f.text)) < 2)


def _numbers(frags: list[Frag]) -> int:
    """How many fragments are a number alone."""
    return sum(1 for f in frags if _NUMBER.fullmatch(f.text.strip()))


def _row_frag(frags: list[Frag]) -> Frag:
    """A table's row as one fragment: its cells parted by two spaces, marked as a row."""
    return Frag(frags[0].x0, max(f.x1 for f in frags), min(f.top for f in frags), max(f.bottom for f in frags),
                ROW_MARK + "  ".join(f.text.strip() for f in frags))


def _frag(chars: list[dict], em: float) -> Frag:
    parts: list[str] = []
    prev = None
    for ch in chars:
        if (prev is not None and ch["x0"] - prev["x1"] > SPACE_EM * em
                and ch["text"] != " " and prev["text"] != " "):
            parts.append(" ")
        parts.append(ch["text"])
        prev = ch
    return Frag(min(c["x0"] for c in chars), max(c["x1"] for c in chars),
                min(c["top"] for c in chars), max(c["bottom"] for c in chars), "".join(parts))


def _gaps(spans: list[tuple[float, float]], min_width: float) -> list[tuple[float, float]]:
    """Uncovered intervals at least ``min_width`` wide between the spans' overall extent.

    >>> _gaps([(0, 10), (5, 12), (20, 30)], 3)
    [(12, 20)]
    """
    out: list[tuple[float, float]] = []
    spans = sorted(spans)
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= min_width:
            out.append((reach, a))
        reach = max(reach, b)
    return out


def _bands(frags: list[Frag]) -> list[list[Frag]]:
    """Split fragments into horizontal bands at vertical gaps no fragment crosses."""
    bands: list[list[Frag]] = []
    bottom = -1e9
    for f in sorted(frags, key=lambda f: (f.top, f.x0)):
        if bands and f.top < bottom:
            bands[-1].append(f)
            bottom = max(bottom, f.bottom)
        else:
            bands.append([f])
            bottom = f.bottom
    return bands


def _overlap(gaps: list[tuple[float, float]], other: list[tuple[float, float]],
             min_width: float) -> list[tuple[float, float]]:
    """Intersections of two interval lists that are at least ``min_width`` wide.

    >>> _overlap([(10, 20), (40, 50)], [(15, 45)], 3)
    [(15, 20), (40, 45)]
    """
    out = []
    for a0, a1 in gaps:
        for b0, b1 in other:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= min_width:
                out.append((lo, hi))
    return out


def _free(frags: list[Frag]) -> list[tuple[float, float]]:
    """The horizontal intervals no fragment covers, the open ends included.

    >>> _free([Frag(10, 20, 0, 1, "甲"), Frag(30, 40, 0, 1, "乙")])
    [(-inf, 10), (20, 30), (40, inf)]
    """
    spans = sorted((f.x0, f.x1) for f in frags)
    return [(-math.inf, spans[0][0]), *_gaps(spans, 0), (max(b for _, b in spans), math.inf)]


def _group(bands: list[list[Frag]], gutter: float, em: float) -> list[list[Frag]]:
    """Merge consecutive bands that share column gutters no fragment of theirs crosses.

    A band of one line that stays inside a column (the tail of a longer
    column) joins; so does a line that reaches into a gutter another line
    left wider than it is (the gutter narrows to what both leave free); a
    headline (set larger than the text) or a line across the gutters starts
    a new group.
    """
    groups: list[tuple[list[Frag], list[tuple[float, float]] | None]] = []
    for band in bands:
        gaps = _gaps([(f.x0, f.x1) for f in band], gutter) if len(band) > 1 else []
        if groups:
            members, cuts = groups[-1]
            if cuts is None:  # lines of text (not a headline) above the first band of columns
                text = all(f.bottom - f.top <= HEADLINE_EM * em for f in members)
                new = _overlap(gaps, _free(members), gutter) if gaps and text else None
            else:
                new = _overlap(cuts, _free(band), gutter)
            if new:
                groups[-1] = (members + band, new)
                continue
        groups.append((list(band), gaps or None))
    return [members for members, _ in groups]


#: A page's masthead or foot (东海日报 … 2024年4月20日 … 第3版; 责任编辑 …): up to this many bands at its
#: top or bottom, set this many character heights apart from the rest, of two pieces or more, none
#: longer than this many characters nor a table's cell (a number alone, a piped cell), one of them
#: set this many characters away from where any other line starts (centred, flush right); or of
#: pieces all set smaller than the text (no more than this many character heights high: a running
#: head, a folio ``- 3 -``, even alone over or under one column); they are read on their own, not as
#: the first or last line of the columns they sit over (whose full lines they would misjudge).
EDGE_BANDS = 2
EDGE_GAP_EM = 1.2
#: A piece that says what the page is (a date, a page's number, a paper's name: 2024年7月26日
#: 星期五, 2018-11-16, 第3版 经济, A3版, 嘉兴日报) marks its band as the masthead or foot at any gap, even set at the
#: columns' own leading with no space apart (a browser's print: a rule under the masthead, no blank line).
_DATE_PIECE = regex.compile(r"(?:\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|([-./])\d{1,2}\1\d{1,2})|第?\s*[A-Z]?\d{1,3}\s*版|"
                            r"(?:星期|周)[一二三四五六日天])(?:\s*\S{0,6})?")
EDGE_CHARS = 24
EDGE_OFF_EM = 2.5
EDGE_SMALL_EM = 0.9


def _edges(bands: list[list[Frag]], em: float) -> tuple[int, int]:
    """How many bands at the top and at the bottom are the page's masthead and foot."""
    body = bands[EDGE_BANDS:len(bands) - EDGE_BANDS]
    starts = sorted(f.x0 for b in body for f in b)

    def off_grid(f: Frag) -> bool:  # no line of the body starts near it
        lo = bisect.bisect_left(starts, f.x0 - EDGE_OFF_EM * em)
        return bisect.bisect_right(starts, f.x0 + EDGE_OFF_EM * em) == lo

    small = [all(f.bottom - f.top <= EDGE_SMALL_EM * em for f in b) for b in bands]
    edge = [(small[i] or len(b) > 1 and any(off_grid(f) for f in b))
            and all(len(f.text.strip()) <= EDGE_CHARS and "|" not in f.text
                    and (small[i] or not _NUMBER.fullmatch(f.text.strip())) for f in b) for i, b in enumerate(bands)]
    gap = [min(f.top for f in bands[i + 1]) - max(f.bottom for f in bands[i]) for i in range(len(bands) - 1)]
    said = [_says_page(b) for b in bands]
    head = max((k for k in range(1, EDGE_BANDS + 1) if k < len(bands) and all(edge[:k])
                and (gap[k - 1] >= EDGE_GAP_EM * em or said[k - 1])), default=0)
    foot = max((k for k in range(1, EDGE_BANDS + 1) if len(bands) - k > head and all(edge[-k:])
                and (gap[-k] >= EDGE_GAP_EM * em or said[-k])), default=0)
    # what is left must hold a line of text: a short article's few lines under its headline, set in
    # columns side by side, are its body, not the page's foot
    text = [all(f.bottom - f.top <= HEADLINE_EM * em for f in b) for b in bands]
    if foot and not any(text[head:len(bands) - foot]):
        foot = 0
    return head, foot


def _says_page(band: list[Frag]) -> bool:
    """Whether a band of two pieces or more holds one that says what the page is: a date (not a year
    alone, a table's heading), a page's number (第3版, A3版) or a paper's name (vocab/media_words.csv: 日报, 晚报 …).

    >>> _says_page([Frag(0, 40, 0, 9, "某某日报"), Frag(300, 340, 0, 9, "2018-11-16")])
    True
    >>> _says_page([Frag(0, 40, 0, 9, "一、综合"), Frag(300, 340, 0, 9, "二、工业")])
    False
    """
    return len(band) > 1 and any(_DATE_PIECE.fullmatch(f.text.strip()) or f.text.strip().endswith(MEDIA_ENDS)
                                 for f in band)


def _regions(frags: list[Frag], em: float) -> list[tuple[list[Frag], bool]]:
    """The page cut across its width, top to bottom, where what is printed across the columns is
    no column's: at each band of headline lines alone (set larger than the text, nothing beside
    them: a headline centred over two of four columns crosses no gutter), and below the page's
    masthead and above its foot (their pieces spread over the columns).  Each region comes with
    whether it is the masthead or the foot (no sentence runs on from or into them)."""
    bands = _bands(frags)
    if len(bands) < 2:
        return [(frags, False)]
    head, foot = _edges(bands, em)
    regions: list[tuple[list[Frag], bool]] = [([], False)]
    for i, band in enumerate(bands):
        edge = i < head or i >= len(bands) - foot
        if edge or all(f.bottom - f.top > HEADLINE_EM * em for f in band):
            regions += [(band, edge), ([], False)]
        else:
            regions[-1][0].extend(band)
    return [r for r in regions if r[0]]


#: A column no wider than this many characters, set within this many of where the next one starts,
#: is a sliver of that column.
SLIVER_EM = 1.5
SLIVER_REACH_EM = 3


def _without_slivers(gutters: list[tuple[float, float]], left: float, em: float) -> list[tuple[float, float]]:
    """The gutters (between columns starting at ``left``) but the one right of a sliver: a column a
    character or so wide that starts within an indent of the next one's lines (a cell's last
    character wrapped alone at a column's left, where its other lines, each a cell, are all
    indented) is that column's.

    >>> _without_slivers([(130, 148), (158, 168), (250, 270)], 30, 10)
    [(130, 148), (250, 270)]
    """
    starts = [left] + [b for _, b in gutters]
    return [(a, b) for (a, b), start in zip(gutters, starts)
            if a - start > SLIVER_EM * em or b - start > SLIVER_REACH_EM * em]


def _layout(frags: list[Frag], em: float, full: Full | None = None,
            span: tuple[float, float] | None = None) -> list[list[str]]:
    """Blocks of lines in reading order (a block is a column or a run of full-width lines); ``full``
    is what a full line of the page's columns spans (see ``_full_lines``), ``span`` where the
    highest of them starts and where those that start there end (see ``_column_span``)."""
    gutter = GUTTER_EM * em
    gutters = _gaps([(f.x0, f.x1) for f in frags], gutter)
    if gutters:
        gutters = _without_slivers(gutters, min(f.x0 for f in frags), em)
    if gutters:
        cuts = [(a + b) / 2 for a, b in gutters]
        cols: list[list[Frag]] = [[] for _ in range(len(cuts) + 1)]
        for f in frags:
            cols[sum(1 for c in cuts if f.x0 >= c)].append(f)
        span = _column_span(cols, em)
        return [block for col, full in zip(cols, _full_lines(cols, gutters, em))
                for block in _layout(col, em, full, span)]
    bands = _bands(frags)
    if len(bands) == 1:
        return [[" ".join(f.text for f in sorted(bands[0], key=lambda f: f.x0))]]
    groups = _group(bands, gutter, em)
    if len(groups) == 1:  # no shared structure: read the bands as lines
        return [[line for band in bands for block in _layout(band, em) for line in block]]
    starts = _paragraph_starts(groups, em)
    short = _short_lines(groups, em, full)
    blocks: list[list[str]] = []
    flowing = False  # is the last block a run of full-width lines?
    for i, members in enumerate(groups):
        sub = _layout(members, em)
        if len(sub) == 1 and len(_bands(members)) == 1:
            line = sub[0][0]
            if i in starts:
                line = PARAGRAPH_MARK + line
            elif i and short[i - 1] and not line.startswith(ROW_MARK):
                line = BREAK_MARK + line
            if flowing:
                blocks[-1].append(line)
            else:
                blocks.append([line])
            flowing = True
        else:
            blocks.extend(sub)
            flowing = False
    at_top = span is not None and min(f.top for f in groups[0]) - span[0] < PARAGRAPH_GAP_EM * em
    at_foot = span is None or span[1] - max(f.bottom for f in groups[-1]) < PARAGRAPH_GAP_EM * em
    first, last = _column_ends(groups, em, starts, short[-1], at_top, at_foot)
    if first and not blocks[0][0].startswith((PARAGRAPH_MARK, ROW_MARK)):
        blocks[0][0] = first + blocks[0][0]
    if last and not blocks[-1][-1].startswith(ROW_MARK):
        blocks[-1][-1] += last
    return blocks


def _column_span(cols: list[list[Frag]], em: float) -> tuple[float, float]:
    """Where the highest of a page's columns starts, and where the lowest of those that start there
    (within a blank line's space) ends: a column set lower (under a picture) is not measured.

    >>> _column_span([[Frag(0, 9, 0, 9, "甲")], [Frag(20, 29, 30, 39, "乙")], [Frag(40, 49, 5, 19, "丙")]], 10)
    (0, 19)
    """
    top = min(f.top for col in cols for f in col)
    return top, max(max(f.bottom for f in col) for col in cols
                    if min(f.top for f in col) - top < PARAGRAPH_GAP_EM * em)


def _column_ends(groups: list[list[Frag]], em: float, starts: set[int], short: bool = False,
                 at_top: bool = False, at_foot: bool = True) -> tuple[str, str]:
    """The marks of a column's first and last lines. The first goes on with a paragraph
    (``RUNS_ON_MARK``) when the column shows its paragraphs by indents and it has none; it may
    (``MAY_RUN_ON_MARK``) when no line of the column starts a paragraph (``starts``: the lines that
    do, from ``_paragraph_starts``), or when it shows them by blank lines only and its first line is
    ``at_top`` of the page's columns (a paragraph ended at the column before's foot leaves its
    blank line over this one). On such a page, a column's last line set a blank line's space above
    the foot of the columns that start at its top ends its paragraph (not ``at_foot``). The last
    ends no sentence
    (``OPEN_MARK``), and fills the column too (``FULL_MARK``: it reaches near the right edge, digits
    being narrower, or holds as many characters as the longest line; not a ``short`` one, which
    stops short of the page's columns' full lines): its paragraph goes on in the next column, if
    that column's first line does."""
    lefts = [min(f.x0 for f in g) for g in groups]
    rights = [max(f.x1 for f in g) for g in groups]
    left, indent = min(lefts), PARAGRAPH_INDENT_EM * em
    first = "" if lefts[0] - left >= indent else RUNS_ON_MARK if any(
        x - left >= indent for x in lefts[1:]) else MAY_RUN_ON_MARK if not starts or at_top else ""
    texts = ["".join(f.text for f in sorted(g, key=lambda f: f.x0)).strip() for g in groups]
    full = not short and (rights[-1] >= max(rights) - 3 * em or len(texts[-1]) >= max(map(len, texts)) - 1)
    gapped = at_top and not at_foot and not any(x - left >= indent for x in lefts)
    last = "" if texts[-1].endswith(_ENDS) or gapped else FULL_MARK if full else OPEN_MARK
    return first, last


_ENDS = ("。", "!", "?", "！", "？", ":", "：")  # a line ending a sentence or a lead-in ends a paragraph


#: A line set this many character heights below the one above (a blank line's space) starts a
#: paragraph; so does a line indented this many characters.
PARAGRAPH_GAP_EM = 0.9
PARAGRAPH_INDENT_EM = 1.5


def _paragraph_starts(groups: list[list[Frag]], em: float) -> set[int]:
    """Which groups (lines of one column, top to bottom) start a paragraph: those set a blank
    line's space below the line above, or indented."""
    tops = [min(f.top for f in g) for g in groups]
    bottoms = [max(f.bottom for f in g) for g in groups]
    lefts = [min(f.x0 for f in g) for g in groups]
    left = min(lefts)
    return {i for i in range(1, len(groups))
            if tops[i] - bottoms[i - 1] >= PARAGRAPH_GAP_EM * em or lefts[i] - left >= PARAGRAPH_INDENT_EM * em}


class Full(NamedTuple):
    """Where a full line of a column ends, and how many characters it holds (an indent counted)."""

    right: float
    chars: int


def _full_lines(cols: list[list[Frag]], gutters: list[tuple[float, float]], em: float) -> list[Full]:
    """What a full line of each of a page's columns (left to right, ``gutters`` between them)
    spans: as many characters as a tenth of the lines of the page's columns hold or more, as wide
    as the widest of those, from the column's left, but not up to a gutter's width from the next column, nor past
    its own widest line if it is the last, unless that line is less than two thirds of a full one.  A column
    holding only a table's cells set one to a line has its full lines from the page's other columns.

    >>> prose = [Frag(0, 100, 10 * k, 10 * k + 9, "十个字的一行文字呀,") for k in range(3)]
    >>> cells = [Frag(120, 150, 0, 9, "12.3"), Frag(120, 140, 10, 19, "5.2")]
    >>> _full_lines([prose, cells, prose], [(100, 120), (150, 200)], 10)
    [Full(right=100, chars=10), Full(right=192.0, chars=10), Full(right=100, chars=10)]
    >>> _full_lines([prose, cells], [(100, 120)], 10)
    [Full(right=100, chars=10), Full(right=220, chars=10)]
    """
    lefts = [min(f.x0 for f in col) for col in cols]
    lines = [(f.x1 - left, round(len(f.text) + (f.x0 - left) / em)) for col, left in zip(cols, lefts) for f in col]
    most = sorted(n for _, n in lines)[(len(lines) - 1) * 9 // 10]  # (a page of more cells than lines of prose)
    width = max(w for w, n in lines if n >= most)  # (the lines of the most characters: a line of digits is narrower)
    caps = [b - GUTTER_EM * em for _, b in gutters] + [-math.inf]
    rights = [max(f.x1 for f in col) for col in cols]
    if rights[-1] - lefts[-1] < width * 2 / 3:  # the last column holds cells only: as wide as the others
        caps[-1] = math.inf
    return [Full(max(right, min(left + width, cap)), most) for right, left, cap in zip(rights, lefts, caps)]


#: A line this many characters narrower than a full line of its column, and holding at least two
#: characters fewer, stops short of the column's edge.
SHORT_EM = 2


def _short_lines(groups: list[list[Frag]], em: float, full: Full | None) -> list[bool]:
    """Which lines of a column (``groups``, top to bottom) stop short of a full line of the column
    (``full``, else its own widest and longest), in width and in characters (a line of digits is
    narrower; a first line's indent counts as characters).  A justified column breaks a paragraph's
    lines only at its right edge, so such a line ends its paragraph, or its table's cell: what
    follows is not joined to it.  With no ``full`` (a page of one column), none."""
    if full is None:
        return [False] * len(groups)
    boxes = [(g[0].x0, g[0].x1, len(g[0].text)) if len(g) == 1 else
             (min(f.x0 for f in g), max(f.x1 for f in g), sum(len(f.text) for f in g)) for g in groups]
    left = min(x0 for x0, _, _ in boxes)
    chars = [n + (x0 - left) / em for x0, _, n in boxes]
    right, most = max(full.right, max(x1 for _, x1, _ in boxes)) - SHORT_EM * em, max(full.chars, max(chars)) - 1
    return [x1 < right and c < most for (_, x1, _), c in zip(boxes, chars)]


def page_text(chars: list[dict]) -> str:
    """A page's text in reading order from pdfplumber character dicts."""
    return page_layout(chars)[0]


def page_layout(chars: list[dict]) -> tuple[str, bool]:
    """A page's text in reading order, and whether its paragraphs could be told (each is a line)."""
    chars = [c for c in chars if c.get("text") and not c["text"].isspace() or c.get("text") == " "]
    if not chars:
        return "", False
    em = statistics.median(float(c.get("size") or (c["x1"] - c["x0"]) or 10.0) for c in chars)
    frags = _fragments(chars, em)
    regions = [(_layout(region, em), edge) for region, edge in _regions(frags, em)]
    unwrap = any(line.startswith(PARAGRAPH_MARK) for blocks, _ in regions for block in blocks for line in block)
    # a page whose paragraphs can be told has each on a line: a column's end is no blank line (a
    # paragraph that runs on into the next column is one line broken, which repair joins); the
    # masthead and the foot are set apart by one
    sep = "\n" if unwrap else "\n\n"
    parts = []
    for k, (blocks, edge) in enumerate(regions):
        if k:
            parts.append("\n\n" if edge or regions[k - 1][1] else sep)
        for j, block in enumerate(blocks):
            if j:  # a paragraph broken by a column's end, its next line not indented: one line (a
                # space the line broke at stays one: 29214.69 | 1144.27, two cells of a table's row)
                last, first = blocks[j - 1][-1].strip(_END_MARKS), block[0].strip(_END_MARKS)
                parts.append((" " if last.endswith(" ") or first.startswith(" ") else "")
                             if unwrap and _runs_on(blocks[j - 1][-1], block[0]) else sep)
            parts.append(_block_text(block, unwrap))
    return _CONTROL.sub(" ", "".join(parts).strip()), unwrap


#: Put before a line that starts a paragraph, and before a table's row, while a page is laid out;
#: before a column's first line that goes on with a paragraph, and after a column's last line that
#: ends no sentence.
PARAGRAPH_MARK = "\x1e"
ROW_MARK = "\x1d"
RUNS_ON_MARK = "\x1f"
MAY_RUN_ON_MARK = "\x1a"
OPEN_MARK = "\x1c"
FULL_MARK = "\x1b"
#: Put before a line below one that stops short of its column's edge (``_short_lines``): on a page
#: whose paragraphs are lines, it starts one (a table's cell set one to a line is a line of its own).
BREAK_MARK = "\x19"
_END_MARKS = RUNS_ON_MARK + MAY_RUN_ON_MARK + OPEN_MARK + FULL_MARK


def _runs_on(last: str, first: str) -> bool:
    """Whether a column's first line goes on with the paragraph the last line of the column before
    ends in (see ``_column_ends``); a piped row that ends at its bar goes on only with the space
    it broke at (``| 累计 |``), no next row.

    >>> _runs_on("2 | 德清县 | 718.94 | 6.1 |\x1b", "\x1a3 | 长兴县 | 86")
    False
    >>> _runs_on("9月 | 1-9月 |\x1b", "\x1a 累计 |")
    True
    """
    if last.rstrip(_END_MARKS).endswith("|") and not first.lstrip(_END_MARKS).startswith(" "):
        return False
    return last.endswith((OPEN_MARK, FULL_MARK)) and first.startswith(RUNS_ON_MARK) \
        or last.endswith(FULL_MARK) and first.startswith(MAY_RUN_ON_MARK)


_DECIMAL_END = regex.compile(r"\.\d+$")
_DECIMAL_START = regex.compile(r"\d+\.\d")


def _decimals_apart(above: str, line: str) -> bool:
    """Whether a line ending in a number with a decimal point goes on with another: two numbers (a
    table's row wrapped through a column), not one broken (a number has one point).

    >>> _decimals_apart("4098.22", "3620.71 3632.86"), _decimals_apart("总值385.", "12亿元")
    (True, False)
    """
    return _DECIMAL_END.search(above.rstrip()) is not None and _DECIMAL_START.match(line.strip()) is not None


def _block_text(lines: list[str], unwrap: bool) -> str:
    """A block's lines joined by line breaks; or, on a page whose paragraphs can be told
    (``unwrap``), each paragraph on a line of its own, as a web page's text has them, its
    column lines joined where the typesetter broke them (mid-word, mid-number).

    >>> _block_text(["全市实现生产", "总值385.1", "2亿元。", "\x1e二、工业"], True)
    '全市实现生产总值385.12亿元。\\n二、工业'
    >>> _block_text(["\x1e零售额 亿元 480.40 4.6 ", "3748.20 15.2"], True)
    '零售额 亿元 480.40 4.6 3748.20 15.2'
    >>> _block_text(["\x1e海宁市", "\x191321.5", "\x19-1.5"], True)
    '海宁市\\n1321.5\\n-1.5'
    >>> _block_text(["全市实现生产", "总值385.12亿元。"], False)
    '全市实现生产\\n总值385.12亿元。'
    """
    if not unwrap:
        return "\n".join(line.removeprefix(BREAK_MARK).removeprefix(ROW_MARK).strip(_END_MARKS).rstrip()
                         for line in lines)
    paragraphs: list[str] = []
    above = ""
    for line in lines:
        line = line.strip(_END_MARKS)
        starts = line.startswith((PARAGRAPH_MARK, ROW_MARK, BREAK_MARK))
        if starts or above.startswith(ROW_MARK) or not paragraphs:
            paragraphs.append(line[1:].strip() if starts else line.strip())
        else:  # a space the line broke at stays one (480.40 4.6 | 3748.20: two cells of a table)
            apart = above.endswith(" ") or line.startswith(" ") or _decimals_apart(above, line)
            paragraphs[-1] += (" " if apart else "") + line.strip()
        above = line
    return "\n".join(paragraphs)


# a page number alone on its line: 3, - 3 -, 第3版, 第 3 页
_FOLIO = regex.compile(r"[-—–·\s]*(?:第\s*)?\d{1,3}\s*(?:页|版)?[-—–·\s]*")


_WORDS = regex.compile(r"[\p{Han}A-Za-z]{2}")


def _without_furniture(pages: list[str]) -> list[str]:
    r"""The pages without their furniture, which would cut a sentence running on to the next page:
    a page number alone on the first or last line, and a running head or foot (the same line,
    but for its numbers, first or last on two pages or more) after the first page, whose own head
    stays (it may date the paper).

    >>> _without_furniture(["东南日报 第1版\n全市生产总值385.1\n- 1 -", "东南日报 第2版\n2亿元。\n- 2 -"])
    ['东南日报 第1版\n全市生产总值385.1', '2亿元。']
    >>> _without_furniture(["地区 |\n48.6 |", "5.2 |\n31.2 |"])
    ['地区 |\n48.6 |', '5.2 |\n31.2 |']
    """
    def key(line: str) -> str:  # a head or foot has words (a paper's name, a title): 2.2 | is a table's cell
        return regex.sub(r"\d+", "#", line.strip()) if _WORDS.search(line) else line

    lines = [page.split("\n") for page in pages]
    heads = Counter(key(ls[0]) for ls in lines if ls[0].strip())
    feet = Counter(key(ls[-1]) for ls in lines if ls[-1].strip())
    out = []
    for i, ls in enumerate(lines):
        if ls and (_FOLIO.fullmatch(ls[0]) or (i > 0 and heads[key(ls[0])] > 1)):
            ls = ls[1:]
        if ls and (_FOLIO.fullmatch(ls[-1]) or feet[key(ls[-1])] > 1):
            ls = ls[:-1]
        out.append("\n".join(ls).strip("\n"))
    return out


def _damage_hint(data: bytes) -> str:
    return " (the file looks truncated: no %%EOF at its end)" if b"%%EOF" not in data[-2048:] else ""


def _read_pages(pdf_pages: list) -> tuple[list[str], list[bool], list[int], list[str]]:
    """Each page's text, whether its paragraphs could be told, the pages with no text and the
    problems met (a damaged page is reported and read as empty)."""
    problems: list[str] = []
    pages: list[str] = []
    paragraphed: list[bool] = []
    no_text: list[int] = []
    for number, page in enumerate(pdf_pages, start=1):
        try:
            chars = page.dedupe_chars().chars
            unmapped = sum(1 for c in chars if _CID.fullmatch(c.get("text", "")))
            chars = [c for c in chars if not _CID.fullmatch(c.get("text", ""))]
            text, unwrapped = page_layout(chars)
            images = len(page.images)
        except Exception as e:  # pdfminer raises many types on a damaged page; report it
            problems.append(f"page {number}: cannot read ({type(e).__name__}: {e})")
            pages.append("")
            paragraphed.append(False)
            continue
        if unmapped:
            problems.append(f"page {number}: {unmapped} characters have no Unicode mapping "
                            "in the font and were left out")
        if not text.strip():
            no_text.append(number)
            if not unmapped:
                what = "an image but no text layer" if images else "no text"
                problems.append(f"page {number}: {what} (scanned?)")
        pages.append(text)
        paragraphed.append(unwrapped)
    return pages, paragraphed, no_text, problems


def read_pdf(data: bytes) -> Read:
    """Read a text-layer PDF; raise ``ReadError`` when nothing can be read."""
    try:  # slow to import: only when a PDF is read
        pdfplumber = need("pdfplumber")
    except MissingPackage as e:
        raise ReadError(str(e)) from e
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not data:
        raise ReadError("empty file (0 bytes), not a PDF")
    if b"%PDF-" not in data[:1024]:
        raise ReadError("not a PDF: no %PDF- header at the start of the file")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages, paragraphed, no_text, problems = _read_pages(pdf.pages)
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise ReadError("encrypted PDF: needs a password to open") from e
        raise ReadError(f"damaged PDF, cannot open it ({type(cause).__name__}: {cause})"
                        f"{_damage_hint(data)}") from e
    except Exception as e:  # pdfminer raises many types on damaged files; report it
        raise ReadError(f"damaged PDF, cannot open it ({type(e).__name__}: {e}){_damage_hint(data)}") from e
    if not pages:
        raise ReadError("PDF has no pages")
    if len(no_text) == len(pages):
        if any("no Unicode mapping" in p for p in problems):
            raise ReadError("no readable text: the fonts have no Unicode mapping (cid:… glyphs only)")
        raise ReadError("no text layer (scanned?); OCR is not supported")
    pages = _without_furniture(pages)
    # between two pages whose paragraphs are lines, a page's end is no blank line either (as a
    # column's is not): a paragraph or a table that runs on to the next page reads on
    seps = ["\n" if a and b else PAGE_SEPARATOR for a, b in zip(paragraphed, paragraphed[1:])] + [""]
    starts: list[int] = []
    pos = 0
    for text, sep in zip(pages, seps):
        starts.append(pos)
        pos += len(text) + len(sep)
    return Read("".join(text + sep for text, sep in zip(pages, seps)), "pdf", "", tuple(starts), None, problems)

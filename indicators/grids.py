"""Plain-text statistical tables: a header naming metric, unit and period, one row per region.

A table printed from a yearbook or a bulletin PDF comes out as a title with
the year and period (``2024年1-6月各县（市、区）实际利用外资``), maybe a unit
line (``单位：万美元``), header lines broken mid-word (``地方财\\n政收入\\n(亿元)``)
and rows: a region label followed by its numbers, on the same line or on the
next.  Columns are the header cells; a cell's unit is in its brackets or on
the unit line.  A growth cell (``增长(%)``) gives the year-on-year rate of the
column before it.  A generic amount cell (``金额``) takes its metric from the
title.  Cells without a unit at the end of the header are sub-columns of the
column whose metric is their parent (第一产业/第二产业/第三产业 under 生产总值).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from .documents import Document
from .lexicon import METRIC, alias_of
from .numbers import parse_number
from .periods import TIME, canonical_period, time_expr
from .regions import display, lookup
from .repair import Repaired
from .schema import Fact
from .tables import ALIASES, FILLERS, METRICS, UNITS, read_table, trie_pattern

TABLE_WORDS: dict[str, str] = {r["word"]: r["role"] for r in read_table("table_words.csv")}

_N = r"-?\d[\d,]*(?:\.\d+)?"
_NUMS = regex.compile(rf"^\s*(?:{_N}[ \t]+)*{_N}\s*$")
_INLINE = regex.compile(rf"^\s*(?P<label>[\u4e00-\u9fff]{{2,12}})[ \t]+(?P<nums>(?:{_N}[ \t]+)*{_N})\s*$")
# a line that looks like a table row: the standard library's re finds one faster than regex does
_ROW_LINE = rf"[ \t]*+(?:[\u4e00-\u9fff]{{2,12}}+[ \t]+)?(?:{_N}[ \t]+)*{_N}[ \t]*(?=\n|\Z)"  # *+: no backtracking
# re jumps from line break to line break; the lookahead (a label and a space, or a number) lets a
# line of prose fail before the whole row is tried
_FIRST_ROW = re.compile(_ROW_LINE)
_ANY_ROW = re.compile("\n" + r"(?=[ \t]*+(?:[\u4e00-\u9fff]{2,12}+[ \t]|-?\d))" + _ROW_LINE)
_LABEL = regex.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,12})\s*$")
_NUM = regex.compile(_N)
_CELL = regex.compile(r"[^|()]+\([^()]*\)|[^|()]+")
_YEAR = regex.compile(r"(?:19|20)\d{2}\s*年")
_UNIT_LINE = regex.compile(
    r"^\s*(?:" + "|".join(w for w, r in TABLE_WORDS.items() if r == "unit_line") + r")\s*[:：]\s*(?P<unit>\S+)\s*$")
_LEVELS = regex.compile(r"[省市县区镇乡街道、,]+")
_BASIS = re.compile("^" + trie_pattern([w for w, role in FILLERS.items() if role == "basis"]))
_MAX_HEADER_LINES = 80


@dataclass(frozen=True, slots=True)
class Column:
    """One value column: what its numbers are."""

    name: str
    kind: str  # metric | growth | other
    metric: str | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    """A region label and the line holding its numbers."""

    label: str
    label_line: int
    nums_line: int
    nums: tuple[regex.Match[str], ...]


def _metric_of(cell: str) -> str | None:
    name = regex.sub(r"\s", "", cell)
    if not METRIC.fullmatch(name):
        return None
    alias = ALIASES[alias_of(name)]
    return alias.metrics[0] if len(alias.metrics) == 1 else None


def _row_like_lines(folded: str) -> list[int]:
    """The numbers of the lines that look like table rows (numbers, maybe after a label).

    >>> _row_like_lines("标题\\n平湖 385.12 5.7\\n海宁\\n412.3 6.1")
    [1, 3]
    """
    found = [0] if _FIRST_ROW.match(folded) else []
    line, pos = 0, 0
    for m in _ANY_ROW.finditer(folded):
        line += folded.count("\n", pos, m.start() + 1)
        pos = m.start() + 1
        found.append(line)
    return found


def _row_at(lines: list[str], i: int) -> Row | None:
    if not (lines[i].rstrip()[-1:].isdigit() or i + 1 < len(lines) and lines[i + 1].rstrip()[-1:].isdigit()):
        return None  # a row's numbers end its line
    m = _INLINE.match(lines[i])
    if m:
        return Row(m.group("label"), i, i, tuple(_NUM.finditer(lines[i], m.start("nums"))))
    m = _LABEL.match(lines[i])
    if m and i + 1 < len(lines) and _NUMS.match(lines[i + 1]):
        return Row(m.group("label"), i, i + 1, tuple(_NUM.finditer(lines[i + 1])))
    return None


def _cells(header_lines: list[str]) -> list[tuple[str, str | None]]:
    """Header cells as (name, bracketed text): whitespace inside a line separates cells,
    a line break does not (headers break mid-word).

    >>> _cells(["县(市) 出口总额", "(亿元)", "财政总", "收入(亿元)"])
    [('县', '市'), ('出口总额', '亿元'), ('财政总收入', '亿元')]
    """
    joined = "".join(regex.sub(r"[ \t]+", "|", ln.strip()) for ln in header_lines)
    out = []
    for c in _CELL.findall(joined):
        m = regex.fullmatch(r"(.+?)\((.*)\)", c)
        out.append((m.group(1), m.group(2)) if m else (c, None))
    return out


def _columns(cells: list[tuple[str, str | None]], unit_line: str, title_metric: str | None) -> list[Column]:
    cols: list[Column] = []
    subs: list[str] = []
    for name, bracket in cells:
        unit = bracket if bracket in UNITS else (unit_line if bracket is None and unit_line in UNITS else "")
        role = TABLE_WORDS.get(_BASIS.sub("", name))  # 较去年同期增长: the basis words of prose come first
        if role == "growth" and bracket in ("%", None):
            cols.append(Column(name, "growth", unit="%"))
        elif (metric := _metric_of(name)) and unit:
            cols.append(Column(name, "metric", metric, unit))
        elif role == "amount" and unit and title_metric:
            cols.append(Column(name, "metric", title_metric, unit))
        elif bracket is not None and not cols and _LEVELS.fullmatch(bracket):
            continue  # 县(市、区): the row-label header
        elif bracket is not None:
            if subs:
                return []
            cols.append(Column(name, "other"))
        elif cols:
            subs.append(name)
        # a bare cell before any value column is the row-label header (地区, 城市)
    if subs:
        sub_metrics = [_metric_of(s) for s in subs]
        parents = {METRICS[m].parent for m in sub_metrics if m}
        idx = next((i for i, c in enumerate(cols) if c.metric in parents), None)
        if idx is None:
            return []
        unit = cols[idx].unit
        cols[idx + 1:idx + 1] = [Column(s, "metric", m, unit) if m else Column(s, "other")
                                 for s, m in zip(subs, sub_metrics)]
    if cols and cols[0].kind == "growth" and title_metric:
        cols[0] = Column(cols[0].name, "growth", title_metric, "%")
    return cols


def _title_time(title: str) -> tuple[int | None, str]:
    year, period = None, "FY"
    for m in TIME.finditer(title):
        t = time_expr(m)
        if t is None or t.kind != "time":
            continue
        if t.year is not None:
            year = t.year
        if t.period is not None:
            period = canonical_period(t.period)
    return year, period


def grid_facts(doc: Document, rep: Repaired, home: str) -> list[Fact]:
    """Facts from plain-text tables of regions × indicators in a document."""
    folded = rep.folded
    rowish = _row_like_lines(folded)
    if not any(b - a <= 2 for a, b in zip(rowish, rowish[1:])):
        return []  # a table has two rows or more, one after the other (a label line may sit between)
    tried = sorted({k for r in rowish for k in (r - 1, r) if k >= 0})  # a row starts at its numbers' line or the one before
    lines = folded.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    facts: list[Fact] = []
    i, at = tried[0], 0
    while i < len(lines):
        first = _row_at(lines, i)
        if first is None:
            at = bisect_right(tried, i, at)
            if at == len(tried):
                break
            i = tried[at]
            continue
        rows = [first]
        j = first.nums_line + 1
        while j < len(lines) and (r := _row_at(lines, j)) is not None:
            rows.append(r)
            j = r.nums_line + 1
        i = j
        if len(rows) < 2 or not any(lookup(r.label, home) for r in rows):
            continue
        facts.extend(_table_facts(doc, lines, starts, rows, home))
    return facts


def _table_facts(doc: Document, lines: list[str], starts: list[int], rows: list[Row], home: str) -> list[Fact]:
    first = rows[0].label_line
    top = first
    while top > 0 and first - top < _MAX_HEADER_LINES and not _NUMS.match(lines[top - 1]) \
            and not lines[top - 1].rstrip().endswith("。"):
        top -= 1
    title_idx = next((k for k in range(first - 1, top - 1, -1) if _YEAR.search(lines[k])), None)
    if title_idx is None:
        return []
    title = lines[title_idx].strip()
    year, period = _title_time(title)
    header, unit_line = [], ""
    for ln in lines[title_idx + 1:first]:
        um = _UNIT_LINE.match(ln)
        if um:
            unit_line = um.group("unit").strip("()")
        elif ln.strip():
            header.append(ln)
    tm = METRIC.search(title, _YEAR.search(title).end())  # type: ignore[union-attr]
    title_metric = _metric_of(tm.group()) if tm else None
    cols = _columns(_cells(header), unit_line, title_metric)
    if not cols:
        return []
    facts: list[Fact] = []
    for row in rows:
        region = lookup(row.label, home)
        if region is None or len(row.nums) != len(cols):
            continue
        row_start, row_end = starts[row.label_line], starts[row.nums_line] + len(lines[row.nums_line])
        row_facts: list[Fact | None] = []
        for col, m in zip(cols, row.nums):
            value = parse_number(m.group())
            fact = None
            if col.kind == "growth" and value is not None:
                prev = row_facts[-1] if row_facts else None
                if prev is not None and prev.yoy_pct is None:
                    row_facts[-1] = prev._replace(yoy_pct=float(value))
                elif col.metric and not row_facts:  # growth first: merged with the row's amount after it
                    fact = _fact(doc, title, row, col, col.metric, year, period, None, m, starts, row_start, row_end,
                                 display(region), yoy=float(value))
                row_facts.append(fact)
                continue
            if col.kind == "metric" and col.metric and value is not None:
                spec = UNITS[col.unit]
                if spec.base in METRICS[col.metric].dimensions:
                    fact = _fact(doc, title, row, col, col.metric, year, period, value, m, starts, row_start,
                                 row_end, display(region))
            row_facts.append(fact)
        facts.extend(f for f in row_facts if f is not None)
    return facts


def _fact(doc: Document, title: str, row: Row, col: Column, metric: str, year: int | None, period: str,
          value: float | None, m: regex.Match[str], starts: list[int], row_start: int, row_end: int,
          region: str, yoy: float | None = None) -> Fact:
    s = starts[row.nums_line] + m.start()
    spec = UNITS[col.unit] if value is not None else None
    return Fact(
        doc=doc.doc, pub_date=str(doc.pub_date or ""), region=region,
        metric=metric, metric_zh=METRICS[metric].label_zh, year=year, period=period,
        value=float(value) if value is not None else None, value_text=m.group() if value is not None else "",
        unit=spec.canonical if spec else "", value_base=float(value) * spec.magnitude if spec else None,
        base_unit=spec.base if spec else "", yoy_pct=yoy,
        qualifier="", scope="region", kind="actual", conflict=False,
        evidence=f"{title} | {row.label} {col.name}({col.unit}) {m.group()}", start=s, end=s + len(m.group()),
        sent_start=row_start, sent_end=row_end, rule="table")

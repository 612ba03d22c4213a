"""Plain-text statistical tables: a header naming metric and unit, one row per region.

A table printed from a yearbook PDF comes out as header lines broken
mid-word (``地方财\\n政收入\\n(亿元)``) followed by rows: a region label and a
line of numbers.  Columns are the header cells with a unit in brackets; cells
without a unit at the end of the header are sub-columns of the column whose
metric is their parent (第一产业/第二产业/第三产业 under 生产总值).
"""
from __future__ import annotations

import regex

from .documents import Document
from .lexicon import METRIC, alias_of
from .numbers import parse_number
from .regions import display, lookup
from .repair import FOLD_TABLE, Repaired
from .schema import Fact
from .tables import ALIASES, METRICS, UNITS

_DATA = regex.compile(r"^\s*(?P<nums>(?:-?\d[\d,]*(?:\.\d+)?[ \t]+){2,}-?\d[\d,]*(?:\.\d+)?)\s*$")
_LABEL = regex.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,12})\s*$")
_NUM = regex.compile(r"-?\d[\d,]*(?:\.\d+)?")
_CELL = regex.compile(r"[^\s()]+?\([^()]+\)|[^\s()]+")
_TITLE_YEAR = regex.compile(r"\(?((?:19|20)\d{2})年\)?")


def _metric_of(cell: str) -> str | None:
    name = regex.sub(r"\s", "", cell)
    if not METRIC.fullmatch(name):
        return None
    alias = ALIASES[alias_of(name)]
    return alias.metrics[0] if len(alias.metrics) == 1 else None


def _columns(header: str) -> list[tuple[str, str]] | None:
    cells = _CELL.findall(header)
    cols: list[tuple[str, str]] = []
    subs: list[str] = []
    for c in cells:
        m = regex.fullmatch(r"(.+?)\((.+)\)", c)
        if m:
            if subs:
                return None
            cols.append((m.group(1), m.group(2)))
        elif cols:
            subs.append(c)
    if not cols:
        return None
    if subs:
        sub_metrics = [_metric_of(s) for s in subs]
        parents = {METRICS[m].parent for m in sub_metrics if m}
        idx = next((i for i, (name, _) in enumerate(cols) if _metric_of(name) in parents), None)
        if idx is None:
            return None
        unit = cols[idx][1]
        cols[idx + 1:idx + 1] = [(s, unit) for s in subs]
    return cols


def grid_facts(doc: Document, rep: Repaired, home: str) -> list[Fact]:
    """Facts from plain-text tables of regions × indicators in a document."""
    folded = doc.text.translate(FOLD_TABLE)
    lines = folded.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    facts: list[Fact] = []
    i = 0
    while i < len(lines):
        if not (_LABEL.match(lines[i]) and i + 1 < len(lines) and _DATA.match(lines[i + 1])):
            i += 1
            continue
        first = i
        top = first
        while top > 0 and first - top < 80 and not _DATA.match(lines[top - 1]) \
                and not lines[top - 1].rstrip().endswith("。"):
            top -= 1
        title_idx = next((j for j in range(top, first) if _TITLE_YEAR.search(lines[j])), None)
        if title_idx is None:
            i += 2
            continue
        year = int(_TITLE_YEAR.search(lines[title_idx]).group(1))  # type: ignore[union-attr]
        header_lines = [ln.strip() for ln in lines[title_idx + 1:first]]
        header = "".join(header_lines)
        cols = _columns(header.strip())
        j = first
        while cols and j + 1 < len(lines) and _LABEL.match(lines[j]) and _DATA.match(lines[j + 1]):
            label = lines[j].strip()
            region = lookup(label, home)
            nums = list(_NUM.finditer(lines[j + 1]))
            if region is not None and len(nums) == len(cols):
                for (name, unit), m in zip(cols, nums):
                    metric = _metric_of(name)
                    if metric is None or unit not in UNITS:
                        continue
                    spec = UNITS[unit]
                    value = parse_number(m.group())
                    if value is None or spec.base not in METRICS[metric].dimensions:
                        continue
                    s = starts[j + 1] + m.start()
                    facts.append(Fact(
                        doc=doc.doc, pub_date=str(doc.pub_date or ""), region=display(region),
                        metric=metric, metric_zh=METRICS[metric].label_zh, year=year, period="FY",
                        value=float(value), value_text=m.group(), unit=spec.canonical,
                        value_base=float(value) * spec.magnitude, base_unit=spec.base, yoy_pct=None,
                        qualifier="", scope="region", kind="actual", conflict=False,
                        evidence=f"{label} {name}({unit}) {m.group()}", start=s, end=s + len(m.group()),
                        sent_start=starts[j], sent_end=starts[j + 1] + len(lines[j + 1]), rule="table"))
            j += 2
        i = max(j, first + 2)
    return facts

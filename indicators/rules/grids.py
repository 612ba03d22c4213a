"""Statistical tables printed as text: one grid mechanism for every orientation.

A table is found as a run of *rows*: a label cell, maybe a unit cell (``万元``) and
value cells.  Cells are split by pipes (``|``, full-width and box-drawing bars too),
tabs, runs of spaces, or one space next to a number; a rank in front (``1``, ``1.``) is
dropped, and ``上海：30956.65亿`` is a label and a value.  A label alone on a line
followed by lines of numbers is one row too (PDF columns, and pages that print a cell
per line).

Above the rows lie the header lines, then a unit line (``单位：亿元、%``) and the
title (``表2 2024年1-9月各县（市、区）主要经济指标``, or the sentence just above).  The
header is read in whichever of several ways gives one header per value column and
names most columns with a metric or a place: its cells as printed, the lines joined
where a word was broken across them, columns stacked over lines, or column groups over
sub-columns (``地区生产总值 | 一般公共预算收入`` over ``累计 | 同比±%``) aligned by pipes
or by count.

Every row label, column header and the title is *described* with the vocabulary
(:func:`describe`): a metric alias, a place, a time, a unit, and the table words of
``vocab/table_words.csv`` (growth, amount, cumulative, month, share, prior year, rank,
label, total).  A cell's fact takes each dimension from whichever of row, column and
title names it, so region rows × metric columns, metric rows × region columns and
metric rows × period columns of one region (the one the title names, else the
article's) are the same rule.  A growth column (or row) gives the year-on-year rate of
the value column (row) of its metric, place and period (``累计增长`` of ``1-8月累计``):
the one before it, else the one after.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..base.regions import ancestor, display, lookup, names_in, zone_name
from ..base.schema import Fact
from ..base.tables import (ALIASES, FILLERS, GROWTH_WORDS, METRICS, PLAN_WORDS, QUALIFIERS, REGION_WORDS, UNITS, ZONES, read_table,
                           trie_pattern)
from ..ingest.documents import Document
from .lexicon import EVERY_REGION, INCLUSION_REST, METRIC, PLAN, REAL_GROWTH, SECTOR_WHOLES, alias_of
from .numbers import AMOUNT, parse_amount, parse_number
from .periods import TIME, canonical_period, may_hold_time, month_range, time_expr
from .repair import Repaired, _unglossed, title_tail
from .timeline import DocState, compared_time, resolve_time

_ALL_TABLE_WORDS: dict[str, str] = {r["word"]: r["role"] for r in read_table("table_words.csv")}
TABLE_WORDS = {w: r for w, r in _ALL_TABLE_WORDS.items() if r != "footnote"}
_WORD_ROLES = {**{w: "basis" for w, role in FILLERS.items() if role == "basis"}, **TABLE_WORDS}
# 注:…, 备注：…: a footnote line ends the table above it; it is no title of the table below
_FOOTNOTE = re.compile("(?:" + "|".join(sorted((re.escape(w) for w, r in _ALL_TABLE_WORDS.items() if r == "footnote"),
                                               key=len, reverse=True)) + r")\s*[:：]")
_WORDS = re.compile(trie_pattern(list(_WORD_ROLES)))
_REMARKS = frozenset(w for w, r in _ALL_TABLE_WORDS.items() if r == "footnote")  # 备注, 说明: a remark column's header
_NOTES = tuple(w for w, r in TABLE_WORDS.items() if r == "note")  # (不含农户): what a figure leaves out
_UNIT_WORDS = "|".join(sorted((re.escape(w) for w, r in TABLE_WORDS.items() if r == "unit_line"), key=len, reverse=True))
_UNIT_LINE = re.compile(r"(?:" + _UNIT_WORDS + r")\s*[:：]\s*(?P<unit>[^\s()（）]+)")
_NUM_CELL = re.compile(r"(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|‰|[^\d\s.,%‰]{1,5})?")
_BLANK = re.compile(r"[-—/…. ·xX×*]*")
_AFTER_QUALIFIERS = tuple(sorted((w for w, (_, where) in QUALIFIERS.items() if where == "after"), key=len, reverse=True))
_RANK_LABEL = re.compile(r"(?P<rank>\d{1,3})[.、](?=[^\d\s])")
# a rank as printed before a name: 1. 1、 (1) 第1名 第一位 TOP1 No.1
_RANK_MARK = (r"(?:第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]?|top\s*\d{1,3}|no\.?\s*\d{1,3}"
              r"|\(\d{1,3}\)|\d{1,3}[.、)]|\d{1,3}(?=\s|-))")
_RANK_CELL = re.compile(_RANK_MARK + r"[:.、]?", re.I)
_SIGNED = r"[-+]?\d[\d,]*(?:\.\d+)?"
_BASIS = trie_pattern([w for w, r in FILLERS.items() if r == "basis"])
_GROWTH_WORD = trie_pattern(list(GROWTH_WORDS))
# a figure as a list prints it: an amount or a rate, maybe its growth after a comma or in brackets
# (5120.3亿, 4633.8 亿元(同比增长6.6%), 9.1%); or a growth after its verb (同比下降0.4%)
_FIGURE = re.compile(r"(?P<value>" + _SIGNED + r"(?:\s?[^\x00-\x7f\s\d]{1,4}?|%|‰)?)(?:\s*(?:,\s*|\(\s*)(?P<growth>(?:"
                     + _BASIS + r")?\s*(?P<verb>" + _GROWTH_WORD + r")?\s*" + _SIGNED + r"\s*%)\s*\)?)?", re.I)
# a rate cell printed after its growth word or arrow (增长8.5%, ↑8.5%, 同比下降2.1%): the signed rate
_WORDED_RATE = re.compile(r"(?:" + _BASIS + r")?\s*(?P<verb>" + _GROWTH_WORD + r")\s*(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)\s*%")
# a bare number after an arrow (↑7.4, ↓2.1 under 增幅(%)): a signed rate whose unit the column names
_ARROW_NUM = re.compile(r"(?P<verb>" + trie_pattern([w for w in GROWTH_WORDS if len(w) == 1 and not "\u4e00" <= w <= "\u9fff"])
                        + r")\s*(?P<num>\d[\d,]*(?:\.\d+)?)")
_LONE_GROWTH = re.compile(r"(?P<growth>(?:" + _BASIS + r")?\s*(?P<verb>" + _GROWTH_WORD + r")\s*" + _SIGNED + r"\s*%)")
# A keyed list line: a rank, a name, a separator and a figure.
#   1.绍兴:5120.3亿;  第2名：台州，4633.8亿元(同比增长6.6%)  TOP3 金华 4420.6 亿元  1——绍兴——9.1%  (4)丽水,增长5.1%
# A single dash separates only before an amount (绍兴—5120.3亿元); before a rate it is its sign.
_KEYED = re.compile(
    r"\s*(?:(?P<rank>" + _RANK_MARK + r")\s*[:.、-]*\s*)?"
    r"(?P<label>[^\W\d_](?:[^\d:;,|\t%-]{0,14}[^\W\d_\s])?)"
    r"(?:\s*[:,]\s*|\s*-{2,}\s*|-(?=[\d,.]+\s?(?:万亿|亿|万|千)?(?:元|美元)?(?<=[亿万千元]))|\s+|(?=[-+]\d))"
    r"(?=[-+]?\d|(?:" + _BASIS + r")?\s*(?:" + _GROWTH_WORD + r"))(?P<figure>.+?)"
    r"\s*[;,.。]?\s*", re.I)
# a run-in list: its title ends with a colon before the first rank; a later rank follows a ; or a gap
_RUN_IN_LEAD = re.compile(r"[^:;]{2,60}?:(?=\s*" + _RANK_MARK + ")", re.I)
_RUN_IN_HINT = re.compile(r"(?:;|\t|\s{2})\s*" + _RANK_MARK + r"\s*[:.、-]*\s*[^\W\d_]", re.I)
_COLON_VALUE = re.compile(r"[:：](?=\s*[-+]?\d)")
_TRAIL = ";；,，。"
_RULE_CHARS = re.compile(r"[\s|:\-—─━┄┈═│┃┼┬┴├┤┌┐└┘╋=+]")  # a ruled line between rows holds only these
_BARS = str.maketrans("│┃", "||")  # box-drawing bars separate cells like pipes (same length)
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.])")
_BRACKET = re.compile(r"\(([^()]*)\)")
_SECTION = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?=[^\W\d])")  # 一、综合发展, (二)创新
# a title that ends in a growth word, maybe with (%) after it: every figure of its table is a rate
# (各县规上工业增加值和固定资产投资增速(%))
_RATES_TITLE = re.compile("(?:" + "|".join(sorted((re.escape(w) for w, r in TABLE_WORDS.items() if r == "growth"),
                                                   key=len, reverse=True)) + r")\s*(?:\((?:%|‰)\))?\s*$")
_LEVELS = re.compile(r"(?:特区|林区|[省市县区旗镇乡街道、,])+")  # (市、区), (市、区、特区), (市、旗): the levels of a label
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE = re.compile(r"[。!?]")
_ROW = re.compile(r"b*(?P<rank>n(?=t))?(?P<label>t)(?P<unit>u)?(?P<values>[nb]*n[nb]*|(?<=[tu])b+)")  # 地区生产总值 亿元 — —: a row with no figure
_VALUES = re.compile(r"[nbu]*n[nbu]*")
_MAX_HEADER_LINES = 80
_MAX_TITLE_LINES = 3
_MAX_LINE = 400  # a longer line is prose or junk, never a table line


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as printed: its text, where it stands in the document, and its number."""

    text: str
    start: int
    end: int
    kind: str  # n: number, b: blank, t: text, u: a unit (万元)
    value: Decimal | None = None
    unit: str = ""  # a unit printed with the number (30956.65亿)
    num_end: int = 0  # end of the number itself
    rate: Cell | None = None  # the growth printed in the same cell (5120.3亿元(+5.8%))
    qualifier: str = ""  # a qualifier word printed after the figure (增长6.5%左右: approx)


@dataclass(frozen=True, slots=True)
class Axis:
    """What a row label, a column header or a title says about the numbers it heads."""

    text: str
    role: str = "label"  # value | growth | skip | label | unit | rank
    metric: str | None = None
    region: str | None = None
    year: int | None = None
    period: str | None = None  # a code, or "cum"/"month" until the table's month is known
    unit: str = ""
    total: bool = False
    prior: bool = False  # a column of the year before (上年同期 | 去年): its figures are that year's
    remark: bool = False  # a remark column (备注): only an amount printed with its unit there is a row's figure
    broad: bool = False  # a sector's whole (工业 among GDP's rows): gives way to the headline figure (规上)


@dataclass(slots=True)
class Row:
    """A row label (its axis) and its value cells."""

    label: Cell
    unit: Cell | None
    values: list[Cell]
    first_line: int
    last_line: int
    lead: str = ""  # the title before a run-in list on the row's line (2023年各市GDP排名:1.绍兴…)


# ---------------------------------------------------------------------------
# cells
# ---------------------------------------------------------------------------

def _cell(text: str, start: int) -> Cell:
    """A cell of ``text`` printed at ``start`` (its stripped text, offsets and kind).

    >>> c = _cell(" 30956.65亿;", 10); (c.text, c.kind, c.value, c.unit, c.start, c.num_end)
    ('30956.65亿', 'n', Decimal('30956.65'), '亿元', 11, 19)
    >>> [_cell(t, 0).kind for t in ("-", "万元", "(亿元)", "海宁市", "12.5%")]
    ['b', 'u', 'u', 't', 'n']
    >>> [(_cell(t, 0).value, _cell(t, 0).unit) for t in ("↑8.5%", "同比下降2.1%", "↓2.1")]
    [(Decimal('8.5'), '%'), (Decimal('-2.1'), '%'), (Decimal('-2.1'), '')]
    """
    stripped = text.strip().rstrip(_TRAIL).strip()
    lead = len(text) - len(text.lstrip())
    start += lead
    end = start + len(stripped)
    if _BLANK.fullmatch(stripped):
        return Cell(stripped, start, end, "b")
    if stripped.endswith(_AFTER_QUALIFIERS):  # 增长6.5%左右, 1200亿元以上: a figure and its qualifier word
        word = next(w for w in _AFTER_QUALIFIERS if stripped.endswith(w))
        body = stripped[:-len(word)]
        if body and body[-1] != " " and (inner := _cell(body, start)).kind == "n":
            return replace(inner, text=stripped, end=end, qualifier=QUALIFIERS[word][0])
    if _RANK_CELL.fullmatch(stripped):  # 1. 2、 第2名 TOP3 (4): a rank column's cell
        return Cell(stripped, start, end, "n", parse_number(re.sub(r"[^\d一二三四五六七八九十]", "", stripped)))
    if (worded := _WORDED_RATE.fullmatch(stripped)) and (value := parse_number(worded.group("num"))) is not None:
        sign = -1 if GROWTH_WORDS.get(worded.group("verb"), 1) < 0 and value > 0 else 1
        return Cell(stripped, start, end, "n", sign * value, "%", start + worded.end("num"))  # 增长8.5%, ↓2.1%
    if (arrow := _ARROW_NUM.fullmatch(stripped)) and (value := parse_number(arrow.group("num"))) is not None:
        sign = -1 if GROWTH_WORDS.get(arrow.group("verb"), 1) < 0 else 1
        return Cell(stripped, start, end, "n", sign * value, "", start + arrow.end("num"))  # ↑7.4, ↓2.1
    m = _NUM_CELL.fullmatch(stripped)
    if m:
        unit = m.group("unit") or ""
        if unit and unit not in "%‰":
            amount = parse_amount(stripped.replace(" ", ""))  # 5120.3 亿元
            unit = amount.unit if amount is not None else ""
            if not unit and "/" in (m.group("unit") or ""):
                unit = m.group("unit")  # 20.5万元/人: a figure per head, in a unit no metric here takes
            elif not unit:
                return Cell(stripped, start, end, "t")
        value = parse_number(m.group("num"))
        if value is not None:
            return Cell(stripped, start, end, "n", value, unit, start + m.end("num"))
    bare = stripped.strip("()")
    return Cell(stripped, start, end, "u" if bare in UNITS or bare in ("%", "‰") else "t")


def _split_spaced(line: str, base: int) -> list[Cell]:
    """Cells of a line without pipes: runs of spaces separate cells, one space does where a
    number stands next to it; single characters spaced out (``粮 食``) are one word, and so is a word ending in a
    comma with the word after it.

    >>> [c.text for c in _split_spaced("地区生产总值 增长6% 512.3亿元, 增长6.4%", 0)]
    ['地区生产总值', '增长6%', '512.3亿元']
    """
    cells: list[Cell] = []
    for chunk in re.finditer(r"\S+(?: \S+)*", line):
        words = list(re.finditer(r"\S+", chunk.group()))
        i = 0
        while i < len(words):
            j = i + 1
            if len(words[i].group()) == 1 and _CJK.match(words[i].group()):
                while j < len(words) and len(words[j].group()) == 1 and _CJK.match(words[j].group()):
                    j += 1
            if j == i + 1:  # CJK words separated by one space stay together unless a number is near
                while (j < len(words) and not _has_digit(words[j].group()) and (_CJK.match(words[j].group())
                       or words[j].group().startswith("(")) and _is_phrase(words[j - 1].group(), words[j].group())):
                    j += 1
            while j < len(words) and words[j - 1].group().endswith(","):
                j += 1  # 85.1亿元, 增长2.6%: an amount and its growth after a comma and a space are one cell
            s, e = chunk.start() + words[i].start(), chunk.start() + words[j - 1].end()
            cells.extend(_pieces(line[s:e], base + s))
            i = j
    return _join_spread(line, base, cells)


# two single characters a short run of spaces apart: a two-character name spread to the width of
# the three-character ones (全  市, 洋   浦)
_SPREAD_GAP = re.compile(r" {2,3}")


def _join_spread(line: str, base: int, cells: list[Cell]) -> list[Cell]:
    """``cells`` with each two-character name spread over a run of spaces (``全  市``) joined
    into one cell, as a label printed so reads.

    >>> [c.text for c in _split_spaced("全  市  12.5", 0)]
    ['全  市', '12.5']
    """
    out: list[Cell] = []
    for cell in cells:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "t" and cell.kind == "t" and len(prev.text) == 1
                and len(cell.text) == 1 and _CJK.match(prev.text) and _CJK.match(cell.text)
                and _SPREAD_GAP.fullmatch(line[prev.end - base:cell.start - base])):
            out[-1] = _cell(line[prev.start - base:cell.end - base], prev.start)
        else:
            out.append(cell)
    return out


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _is_phrase(left: str, right: str) -> bool:
    """Whether two words with one space between are one header (``1-3月 累计``, ``计算 单位``,
    ``生产总值 (亿元)``), not two cells (``海宁市 桐乡市``)."""
    return (left.endswith("月") and right in TABLE_WORDS) or right.startswith("(") or (
        not _has_digit(left) and TABLE_WORDS.get(right) == "unit_line")


def _pieces(text: str, start: int) -> list[Cell]:
    """One printed cell, or a rank, a label and a value run together (``1.上海:30956.65亿``)."""
    out: list[Cell] = []
    m = _RANK_LABEL.match(text.lstrip())
    if m:
        lead = len(text) - len(text.lstrip())
        out.append(_cell(m.group("rank"), start + lead))
        text, start = text[lead + m.end():], start + lead + m.end()
    colon = _COLON_VALUE.search(text)
    if colon and (value := _cell(text[colon.end():], start + colon.end())).kind == "n":
        out.extend((_cell(text[:colon.start()], start), value))
    elif (cell := _cell(text, start)).kind == "t" and (figure := _figure(cell.text, cell.start)):
        out.append(figure)  # 5120.3亿元(+5.8%): a figure and its growth in one cell
    else:
        out.append(cell)
    return out


def _figure(text: str, start: int) -> Cell | None:
    """The cell of a figure printed as ``text`` at ``start``: a value (with the growth printed
    after it as its rate) or a growth alone (signed by its verb); None when it is no figure.

    >>> c = _figure("4633.8亿元(同比下降0.4%)", 0); (c.text, c.value, c.rate.value, c.rate.start)
    ('4633.8亿元', Decimal('4633.8'), Decimal('-0.4'), 13)
    >>> c = _figure("增长5.8%", 7); (c.text, c.value, c.start), _figure("5.8万户", 0), _figure("增长较快", 0)
    (('5.8%', Decimal('5.8'), 9), None, None)
    """
    m = _FIGURE.fullmatch(text) or _LONE_GROWTH.fullmatch(text)
    if m is None:
        return None
    rate = None
    if m.group("growth"):
        num = re.search(_SIGNED + r"\s*%", m.group("growth"))
        assert num is not None
        rate = _cell(num.group(), start + m.start("growth") + num.start())
        if rate.value is None:
            return None
        if GROWTH_WORDS.get(m.group("verb") or "", 1) < 0:
            rate = replace(rate, value=-rate.value)
    if "value" not in m.groupdict():
        return rate
    cell = _cell(m.group("value"), start + m.start("value"))
    return replace(cell, rate=rate) if cell.kind == "n" else None


def _keyed(line: str, base: int) -> list[Cell] | None:
    """The cells of a keyed list line (rank, name, figure, growth), or None for another line
    (the line as folded: full-width punctuation and dashes are ASCII).

    >>> [(c.text, c.kind, c.value) for c in _keyed("第2名:台州,4633.8亿元(同比下降0.4%)", 0)]
    [('第2名', 'n', Decimal('2')), ('台州', 't', None), ('4633.8亿元', 'n', Decimal('4633.8'))]
    >>> [c.text for c in _keyed("1--绍兴--9.1%", 0)], _keyed("全市实现生产总值5120.3亿元", 0)
    (['1', '绍兴', '9.1%'], None)
    """
    m = _KEYED.fullmatch(line)
    if m is None:
        return None
    cells = [_cell(m.group(g), base + m.start(g)) for g in ("rank", "label") if m.group(g)]
    figure = _figure(m.group("figure"), base + m.start("figure"))
    if figure is None or (m.group("rank") and cells[0].kind != "n"):
        return None
    return [*cells, figure]


def line_cells(line: str, base: int = 0) -> list[Cell]:
    """The cells of one printed line, split by pipes, tabs or spaces.

    >>> [c.text for c in line_cells("| 1 | 秀洲区 | 612.4 |  | 3.5 |")]
    ['1', '秀洲区', '612.4', '', '3.5']
    >>> [c.text for c in line_cells("水 产 品   12.5   -3.1")]
    ['水 产 品', '12.5', '-3.1']
    >>> [c.text for c in line_cells("海宁市 1321.5 5.8")]
    ['海宁市', '1321.5', '5.8']
    >>> [c.kind for c in line_cells("12.昆山：3721.5亿；")]
    ['n', 't', 'n']
    """
    if len(line) > _MAX_LINE:
        return []
    line = line.translate(_BARS)
    if "|" not in line:
        if "\t" not in line:
            keyed = _keyed(line, base)
            return keyed if keyed is not None else _split_spaced(line, base)
        return [c for m in re.finditer(r"[^\t]+", line) for c in _split_spaced(m.group(), base + m.start())]
    parts, pos = [], 0
    for piece in line.split("|"):
        parts.append((piece, base + pos))
        pos += len(piece) + 1
    if parts and not parts[0][0].strip():
        parts = parts[1:]
    if parts and not parts[-1][0].strip():
        parts = parts[:-1]
    out: list[Cell] = []
    for piece, s in parts:
        out.extend(_pieces(piece, s) if piece.strip() else [_cell(piece, s)])
    return out


def _kinds(cells: list[Cell]) -> str:
    return "".join(c.kind for c in cells)


# ---------------------------------------------------------------------------
# describing a label, a header or a title
# ---------------------------------------------------------------------------

def _clean(text: str) -> str:
    name = re.sub(r"\s", "", _unglossed(text) if "(" in text else text)  # 消费(fèi)品: pinyin glosses go
    name = _NUMBERING.sub("", name)
    return re.sub(r"^(?:其中|#|\*)+[:：]?", "", name).rstrip(":：")


def _region(name: str, home: str) -> str | None:
    """The region a table's cell or title names: the article's own spelling of its home (嘉善县 in the
    manifest, 嘉善 in the title: 嘉善县, as the prose's facts say), else the gazetteer's display name."""
    r = lookup(name, home)
    if r is not None:
        return home if home and (h := lookup(home)) is not None and h.name == r.name else display(r)
    if name in ZONES:
        return zone_name(name, home)
    if len(name) >= 2 and name + "区" in ZONES:
        return zone_name(name + "区", home)  # a table's row 经开 or 高新: the zone, its 区 left out
    zone = next((z for z in ZONES if name.endswith(z) and len(name) > len(z)), None)
    if zone is not None and lookup(name[:-len(zone)], home) is not None:
        return name  # 嘉兴港区, 平湖经济技术开发区
    return None


def _unit_of(name: str) -> tuple[str, str]:
    """A header's name without its unit, and the unit (in brackets or a trailing %).

    >>> _unit_of("地区生产总值(亿元)"), _unit_of("增长%"), _unit_of("县(市、区)")
    (('地区生产总值', '亿元'), ('增长', '%'), ('县', ''))
    >>> _unit_of("固定资产投资(不含农户)"), _unit_of("规模以上工业增加值(亿元、%、%)")
    (('固定资产投资', ''), ('规模以上工业增加值', ''))
    >>> _unit_of("第三产业(含农服和工服)")[0], _unit_of("固定资产投资(包括农户)")[0]
    ('第三产业', '固定资产投资')
    >>> _unit_of("县(市、区、特区)名称")[0], _unit_of("旗县(市、区)")[0]
    ('县名称', '旗县')
    """
    unit = ""
    for m in _BRACKET.finditer(name):
        inner = m.group(1).strip()
        if inner in UNITS or inner in ("%", "‰"):
            unit = inner
    name = _BRACKET.sub(lambda m: "" if m.group(1) in UNITS or m.group(1) in ("%", "‰") or _unit_list(m.group(1))
                        or _LEVELS.fullmatch(m.group(1)) or _note(m.group(1)) else m.group(), name)
    if name.endswith(("%", "‰")):
        name, unit = name[:-1], name[-1]
    return name, unit


def _note(inner: str) -> bool:
    """Whether brackets note what a figure leaves out or covers: (不含农户), (按现价), (含农服和工服)."""
    return inner.startswith(_NOTES) or INCLUSION_REST.fullmatch(inner + ")") is not None


def _unit_list(inner: str) -> bool:
    """Whether brackets hold the units of several columns (亿元、%、%)."""
    parts = [u.strip() for u in re.split(r"[、,/]", inner)]
    return len(parts) > 1 and all(u in UNITS or u in ("%", "‰") for u in parts)


_RATE_CHANGE = re.compile(r"(?:增速|增幅|增长率|增长)(?:%|\(%\))?(?:比|较|与)")  # 增速比1-6月: a rate's change


_BARE_MONTHS = re.compile(r"1\s*[-—–~至]\s*(1[0-2]|[2-9])(?![\d.月])")
_BARE_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")  # a header cell that is a year alone


_CHANGE_AMOUNT = re.compile(r"(?:增减|增加|增长|减少)(?:额|量)|增量|增收额")  # 增减额, 增量: a change in amount, no rate


def _heads_no_figure(text: str, roles: set[str], unit: str) -> bool:
    """Whether a header heads no figure of its own: a share (占全市比重), a rate's change in points (增速比1-6月,
    增速与去年同期比较, a piece of it: 同期比较), a change in amount (增减额, 增量) or a rate of the year before
    (上年同期(%))."""
    prior_rate = "prior" in roles and "growth" not in roles and (unit in ("%", "‰") or "比" in text or "较" in text)
    return "share" in roles or prior_rate or _RATE_CHANGE.search(_clean(text)) is not None \
        or _CHANGE_AMOUNT.search(text) is not None


def describe(text: str, home: str = "") -> Axis:
    """What a header cell or a row label names: metric, place, time, unit and role.

    >>> a = describe("地区生产总值(亿元)"); (a.role, a.metric, a.unit)
    ('value', 'gdp', '亿元')
    >>> a = describe("累计比上年同期增长(%)"); (a.role, a.period, a.unit)
    ('growth', 'cum', '%')
    >>> describe("平湖市").region, describe("1-3月 累计").period, describe("结构(%)").role
    ('平湖', 'M1-M3', 'skip')
    >>> describe("县(市、区)").role, describe("装备制造业").role, describe("1-8 数值").period
    ('label', 'skip', 'M1-M8')
    >>> describe("单位(亿元)").role, describe("增速比1-6月").role, describe("比上年增长(%)").role, describe("全省位次").role
    ('value', 'skip', 'growth', 'rank')
    """
    name, unit = _unit_of(_clean(text))
    if not name or name in _REMARKS:  # 备注 beside 实际完成 (增长4.8% | 1347.1亿元): a rate's level printed as a remark
        return Axis(text, "value", remark=True) if name else Axis(text, "unit" if unit else "label", unit=unit)
    region = _region(name, home) or _region(_BRACKET.sub("", name), home)
    if region is not None:
        return Axis(text, "value", region=region, unit=unit)
    metric = None
    m = METRIC.search(name)
    if m and ALIASES[alias_of(m.group())].context and m.group() != name.strip():
        m = None  # 业增加值: a word that names a metric only in context, inside a broken label
    if m:
        alias = ALIASES[alias_of(m.group())]
        metric = alias.metrics[0] if len(alias.metrics) == 1 else None
        name = name[:m.start()] + " " + name[m.end():]
    roles = {_WORD_ROLES[wm.group()] for wm in _WORDS.finditer(name)}
    year = period = None
    name = name + "年" if _BARE_YEAR.fullmatch(name) else name  # 1990 2000 2008: a yearbook's columns of years
    for tm in TIME.finditer(name):
        t = time_expr(tm)
        if t is not None and t.kind == "time":
            year = t.year if t.year is not None else year
            period = t.period or period
    if period is None and (bare := _BARE_MONTHS.match(name)):  # 8月 | 1-8: a header's months without 月
        period = f"M1-M{int(bare.group(1))}"
    rest = re.sub(r"[\s、,:：=#*\d.()/\\]", "", TIME.sub(" ", _WORDS.sub(" ", name))).strip("比与较的各")
    if rest in UNITS:  # 地区生产总值 亿元: a unit printed under the name, without brackets
        rest, unit = "", unit or rest
    if len(rest) > 1:
        rest_region = _region(rest, home)
        if rest_region is None or metric is not None:
            return Axis(text, "skip")
        region = rest_region
    if "cumulative" in roles:
        period = period if period and (month_range(period) or (0,))[0] == 1 else "cum"
    elif "month" in roles and period is None:
        period = "month"
    if "unit_line" in roles and not (metric or region):  # 计量单位; but 单位(亿元) heads amounts in 亿元
        return Axis(text, "value", unit=unit) if unit in UNITS else Axis(text, "unit")
    if _heads_no_figure(text, roles, unit):
        return Axis(text, "skip")
    if "rank" in roles and not (region or period) and not roles & _FIGURE_ROLES:
        return Axis(text, "rank")  # 位次 under 固定资产投资 (a header of two lines), GDP排名: the metric's ranks
    if "growth" in roles or (unit in ("%", "‰") and not metric):
        return Axis(text, "growth", metric, region, year, period, "%", "total" in roles)
    informative = metric or region or year or period or unit or roles & {"amount", "total", "prior"}  # (上年同期: last year's)
    return Axis(text, "value" if informative else "label", metric, region, year, period, unit, "total" in roles, "prior" in roles)


# a figure's words, beside a rank word (not a total's: 全市排位, 全省位次 rank within the whole it names)
_FIGURE_ROLES = frozenset({"growth", "amount", "cumulative", "month", "prior"})


# ---------------------------------------------------------------------------
# finding tables
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class Lines:
    """The folded document's lines, their offsets and (lazily) their cells."""

    text: list[str]
    starts: list[int]
    _cells: dict[int, list[Cell]]

    @classmethod
    def of(cls, lines: list[str]) -> Lines:
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        return cls(lines, starts, {})

    def cells(self, i: int) -> list[Cell]:
        if i not in self._cells:
            self._cells[i] = line_cells(self.text[i], self.starts[i])
        return self._cells[i]

    def blank(self, i: int) -> bool:
        return not self.text[i].strip() or not _RULE_CHARS.sub("", self.text[i])


def _run_in(line: str, base: int) -> tuple[str, list[list[Cell]]] | None:
    """The title and the items of a ranked list run into one line (items parted by ``;`` or wide
    gaps, ranks counting up by one), or None.

    >>> lead, items = _run_in("2023年各市GDP排名:1.绍兴:5120.3亿;2.台州:4633.8亿;", 0)
    >>> lead, [[c.text for c in item] for item in items]
    ('2023年各市GDP排名', [['1.', '绍兴', '5120.3亿'], ['2.', '台州', '4633.8亿']])
    >>> _run_in("1.绍兴:5120.3亿;3.台州:4633.8亿", 0) is None  # 1, 3: no count
    True
    """
    m = _RUN_IN_LEAD.match(line)
    for body in ([m.end()] if m else []) + [0]:  # 1.绍兴:12.5亿;…: a title only if the items parse after it
        items = _items(line[body:], base + body)
        if items is not None:
            return line[:body].strip().rstrip(":"), items
    return None


def _items(text: str, base: int) -> list[list[Cell]] | None:
    """Two or more keyed items with ranks counting up by one, parted by ``;``, tabs or gaps."""
    items = []
    for part in re.finditer(r"[^;\t]+?(?=;|\t|\s{2,}|$)", text):
        if part.group().strip():
            cells = _keyed(part.group(), base + part.start())
            if cells is None or len(cells) < 3 or cells[0].kind != "n" or cells[1].kind != "t":
                return None
            items.append(cells)
    ranks = [item[0].value for item in items]
    if len(items) < 2 or any(a is None or b != a + 1 for a, b in zip(ranks, ranks[1:])):
        return None
    return items


def _rows_at(lines: Lines, i: int) -> list[Row]:
    """The rows that start on line ``i``: one, or the items of a run-in list."""
    row = _row_at(lines, i)
    if row is not None:
        return [row]
    if len(lines.text[i]) > _MAX_LINE or not _RUN_IN_HINT.search(lines.text[i]):
        return []
    run = _run_in(lines.text[i], lines.starts[i])
    if run is None:
        return []
    return [Row(item[1], None, item[2:], i, i, run[0]) for item in run[1]]


def _rate_word(text: str) -> bool:
    """Whether a cell only names a rate column (增长%, 同比增长(%), 累计增长): no metric, place or time.

    >>> _rate_word("增长%"), _rate_word("同比增长(%)"), _rate_word("生产总值增长"), _rate_word("第一产业")
    (True, True, False, False)
    """
    a = describe(text)
    return a.role == "growth" and not (a.metric or a.region or a.year)


def _row_at(lines: Lines, i: int) -> Row | None:
    """The row that starts on line ``i``: label and values on the line, or a label alone
    followed by lines of values only."""
    cells = lines.cells(i)
    if len(cells) > 1 and cells[0].text in ("#", "*") and cells[1].kind == "t":
        cells = cells[1:]  # #  批发零售业: the mark of a part printed apart from its label
    kinds = _kinds(cells)
    m = _ROW.fullmatch(kinds)
    if m:
        unit = cells[m.start("unit")] if m.group("unit") else None
        if _years_line([c for c in cells[m.start("values"):] if c.text]) or _numbering(cells):
            return None  # 指标 | 2019 | 2020: the header of the years, no row; 甲 | 1 | 2 | 3: the columns' numbers
        if not any(c.kind == "n" for c in cells[m.start("values"):]) and _rate_word(cells[m.start("label")].text):
            return None  # 累计 | 本月 / 增长% | | |: a header's second line (a rate word over empty cells), no row
        return Row(cells[m.start("label")], unit, cells[m.start("values"):], i, i)
    m = re.fullmatch(r"b*(n(?=t))?(t)(u)?b*", kinds)
    if not m or i + 1 >= len(lines.text):
        return None
    values: list[Cell] = []
    j = i + 1
    while j < len(lines.text) and _VALUES.fullmatch(_kinds(lines.cells(j))) and lines.cells(j)[0].kind != "u":
        values.extend(lines.cells(j))
        j += 1
    if not values or _years_line([c for c in values if c.text]):
        return None
    unit = cells[m.start(3)] if m.group(3) else None
    return Row(cells[m.start(2)], unit, values, i, j - 1)


# the end of a line that may be a table row: a number after a cell break (or alone on its line),
# maybe with a short unit and its growth in brackets, then only pipes, spaces or a list mark; a rate
# cell may print its growth word or arrow first (| 增长8.5%, | ↑8.5%)
_ROW_END = re.compile(r"(?:^|(?<=[ \t|:：│┃])|(?<=[\t|│┃])\s?(?:" + _BASIS + ")?(?:" + _GROWTH_WORD + r"))[-+]?\d[\d,]*(?:\.\d+)?(?:%|‰|[^\x00-\x7f\s|│┃\d]{1,3})?"
                      r"(?:\([^()\d]{0,8}[-+]?\d[\d.]*%\))?$")  # its growth may follow in brackets
_TRAILER = " \t|;；,，│┃"
# a digit, at most three characters, then only trailers to the line's end: what every row's last line
# has. Matched on the reversed text, where it follows a line break: re jumps from one line break (a
# literal) to the next instead of testing every character for a digit.
_DIGIT_NEAR_END_REVERSED = re.compile(r"\n[" + re.escape(_TRAILER) + r"]*[^\n]{0,3}?\d")


def _digit_near_end(lines: list[str]) -> list[int]:
    """The lines that end in a digit, at most three characters and trailers (in order).

    >>> _digit_near_end(["增长5.7%", "标题", "385 |", "12345 甲乙丙丁", "第1"])
    [0, 2, 4]
    """
    reversed_text = "\n" + "\n".join(lines)[::-1]  # the line break before each line
    found, j, pos = [], -1, 0
    for m in _DIGIT_NEAR_END_REVERSED.finditer(reversed_text):
        j, pos = j + reversed_text.count("\n", pos, m.start() + 1), m.start() + 1  # the j-th line from the end
        found.append(len(lines) - 1 - j)
    return found[::-1]


_PROSE_MARK = re.compile(r"[,;][\u4e00-\u9fff]|。")  # a clause break inside a line: prose
# the next line goes on with the number: .29亿元, %, 42亿元, 元 (not a rank or a row's first cell)
_NUMBER_GOES_ON = re.compile(r"\.\d|[%‰]|\d*(?:\.\d+)?(?:[万亿千百]?[元美]|亿|万|%)|[万亿千百]?[元美]")


def _prose_line(lines: list[str], i: int) -> bool:
    """A newspaper column's line, not a table row: it breaks a clause (增长5.4%，其中…), its
    number goes on at the start of the next line (预算收入 67 / .29亿元), or it starts with the
    end of a metric's name that the line above broke (城乡居民 / 人均可支配收入 68000元).

    >>> _prose_line(["收入 67", ".29亿元，增长13.6%。"], 0), _prose_line(["平湖 385.12 5.7"], 0)
    (True, False)
    >>> _prose_line(["同比增长8.3%。城乡居民", "", "人均可支配收入 68000元"], 2)
    True
    """
    line = lines[i]
    if "|" not in line and "\t" not in line and "│" not in line and _PROSE_MARK.search(line):
        return True
    return _number_goes_on(lines, i) or _name_goes_on(lines, i)


def _name_goes_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` starts with the rest of a metric's name that the line above (a blank
    line may stand between: a column break) began: 外贸进 / 出口总额 417.56亿元."""
    above = next((lines[j] for j in (i - 1, i - 2) if j >= 0 and lines[j].strip()), "")
    tail = above.rstrip()[-6:]
    if not tail or not "\u4e00" <= tail[-1] <= "\u9fff":
        return False
    joined = tail + lines[i].lstrip()[:12]
    return any(m.start() < len(tail) < m.end() for m in METRIC.finditer(joined))


def _number_goes_on(lines: list[str], i: int) -> bool:
    """Whether the number that ends line ``i`` goes on at the start of the next line; not when that line
    opens with a place's name (万宁市 under 琼海市 201.35 5.6: a unit's character begins it, no unit).

    >>> _number_goes_on(["收入 67", "万元,增长3.1%"], 0), _number_goes_on(["琼海市\t201.35\t5.6", "万宁市\t162.08"], 0)
    (True, False)
    """
    nxt = next((n for n in lines[i + 1:i + 3] if n.strip()), "").lstrip()  # a blank line may stand between (PDF)
    if _NUMBER_GOES_ON.match(nxt) is None or lines[i].rstrip().endswith(("|", "│")):
        return False
    return nxt[:1].isdigit() or nxt[:1] in ".%‰" or next(names_in(nxt[:8]), (1, ""))[0] != 0


_CLAUSE_GOES_ON = re.compile(r"[,;][\u4e00-\u9fff]{1,4}$")  # …,其: a clause running on to the next line


def _listed(line: str) -> bool:
    """A keyed list line or a run-in list.  A column of prose may look like a keyed line: one
    that ends a sentence (。), starts with the end of a number (元,同比增长7.3%,其), runs a
    clause on to the next line (…,其) or ends with a comma (中出口 275.5亿元,) is prose.

    >>> _listed("2.台州:4633.8亿元"), _listed("中出口 275.5亿元,"), _listed("元,同比增长7.3%,其")
    (True, False, False)
    """
    line = line[:_MAX_LINE]
    keyed = _KEYED.fullmatch(line) and "。" not in line and not _CLAUSE_GOES_ON.search(line) \
        and not _NUMBER_GOES_ON.match(line) and not line.rstrip().endswith(",")
    return bool(keyed or _RUN_IN_HINT.search(line))


def _unranked(tail: str) -> str:
    """A line's end without a rank printed after its figures (``4633.8亿元  第2位``)."""
    head, _, last = tail.rstrip(_TRAILER).rpartition(" ")
    return head.rstrip(_TRAILER) if head and _RANK_CELL.fullmatch(last) else tail


def _candidate_lines(lines: list[str]) -> list[int]:
    """Lines that may start a row (those ending in a value cell, and the line before each),
    when two such lines lie close together: a table has two rows or more.

    >>> _candidate_lines(["标题", "平湖 385.12 5.7", "海宁", "412.3 6.1", "增长5.7"])
    [0, 1, 2, 3]
    """
    ends: list[int] = []
    near = _digit_near_end(lines)  # one scan finds the few lines that may end in a value
    for k, i in enumerate(near):
        if (k == 0 or near[k - 1] < i - 3) and (k + 1 == len(near) or near[k + 1] > i + 3) \
                and not _RUN_IN_HINT.search(lines[i][:_MAX_LINE]):
            continue  # no other such line within three: no pair of rows, and no run-in list (a page's prose)
        tail = lines[i].rstrip(_TRAILER)[-48:]  # a digit among the last four characters, else no row
        if (tail[-1:].isdigit() or tail[-2:-1].isdigit() or tail[-3:-2].isdigit() or tail[-4:-3].isdigit()) \
                and (not ends or ends[-1] != i) and (_ROW_END.search(_unranked(tail)) and not _prose_line(lines, i)
                                                     or _listed(lines[i]) and not _number_goes_on(lines, i)
                                                     and not _name_goes_on(lines, i)):
            ends.append(i)
    close = {k for a, b in zip(ends, ends[1:]) if b - a <= 3 for k in (a, b)}
    close |= {k for k in ends if _RUN_IN_HINT.search(lines[k][:_MAX_LINE])}  # a run-in list is a table alone
    return sorted({k for e in close for k in (e - 1, e) if k >= 0})


def _aside(lines: Lines, i: int) -> bool:
    """A short line between rows that does not end the table (其中:, 在总额中:): one text cell,
    no sentence, no time (a title or a header starts another table)."""
    cells = [c for c in lines.cells(i) if c.text]
    return (len(cells) == 1 and cells[0].kind == "t" and len(cells[0].text) <= 20
            and not _PROSE.search(cells[0].text) and not _is_title(cells))


def _section_lines(lines: Lines, i: int, above: Row) -> int:
    r"""The lines of a section row (按产业分, 其中:) between the rows of a table printed one cell a line: its
    label, then an empty line for each of its empty cells, at most as many as the row above has values
    (so they count as one line between rows); 0 when line ``i`` starts none, or the row above stands on one line.

    >>> ls = Lines.of(["甲县", "30", "5.1", "按产业分", "", "", "二产", "12", "6.2"])
    >>> _section_lines(ls, 3, Row(Cell("甲县", 0, 2, "t"), None, [Cell("30", 3, 5, "n"), Cell("5.1", 6, 9, "n")], 0, 2))
    3
    """
    if above.first_line == above.last_line or not _aside(lines, i):
        return 0
    k = i + 1
    while k < len(lines.text) and k - i <= len(above.values) and lines.blank(k):
        k += 1
    return k - i


def _tables(lines: Lines, cand: list[int]) -> list[list[Row]]:
    """Runs of two rows or more (a short line without values, e.g. 其中:, may sit between)."""
    found: list[list[Row]] = []
    done = -1
    for i in cand:
        if i <= done:
            continue
        rows = _rows_at(lines, i)
        if not rows:
            continue
        j = rows[-1].last_line + 1
        gap = 0
        while j < len(lines.text) and gap <= 2:
            nxt = _rows_at(lines, j)
            if nxt:
                rows.extend(nxt)
                j, gap = nxt[-1].last_line + 1, 0
            elif section := _section_lines(lines, j, rows[-1]):
                j, gap = j + section, gap + 1
            elif lines.blank(j) or _aside(lines, j):
                j, gap = j + 1, gap + 1
            else:
                break
        done = rows[-1].last_line
        rows = _blank_units(_cut_short(lines, rows))
        if len(rows) >= 2:
            found.append(rows)
    return found


def _blank_units(rows: list[Row]) -> list[Row]:
    """固定资产投资 | — | — | 6.2 in a table whose other rows print a unit: the blank after the label is
    the row's unit cell (no unit printed), not a value, so the values keep their columns."""
    units = [r for r in rows if r.unit is not None]
    if len(units) < 2 or len(units) * 2 < len(rows) or len({len(r.values) for r in units}) != 1:
        return rows
    k = len(units[0].values)
    return [replace(r, unit=r.values[0], values=r.values[1:])
            if r.unit is None and len(r.values) == k + 1 and r.values[0].kind == "b" else r for r in rows]


def _cut_short(lines: Lines, rows: list[Row]) -> list[Row]:
    """A page excerpt cut inside a piped table's last row (… | 2020年 | 55): when the row before ends with a
    pipe and this one, the text's last line, does not and has fewer cells, its last cell is cut short and
    no figure (a last row with all its cells is whole, its closing pipe left out)."""
    last = rows[-1]
    if len(rows) < 2 or last.first_line != last.last_line or not last.values \
            or len(last.values) >= len(rows[-2].values):
        return rows
    text, before = lines.text[last.last_line].rstrip(), lines.text[rows[-2].last_line].rstrip()
    if not before.endswith(("|", "｜")) or text.endswith(("|", "｜")) \
            or any(not lines.blank(k) for k in range(last.last_line + 1, len(lines.text))):
        return rows
    cut = replace(last, values=last.values[:-1])
    return rows[:-1] + ([cut] if any(c.kind == "n" for c in cut.values) else [])


# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class Heading:
    """The lines above a table's rows: title lines, a unit, and header lines."""

    title: list[str]
    unit: str
    header: list[list[Cell]]
    piped: bool


def _heading(lines: Lines, first: int) -> Heading:
    header: list[list[Cell]] = []
    title: list[str] = []
    unit = ""
    mode = "header"
    piped_rows = "|" in lines.text[first].translate(_BARS)
    k = first - 1
    if piped_rows and (broken := _rejoined_header(lines, first)):
        k, cells = broken
        header.append(cells)
        k -= 1
    while k >= 0 and first - k <= _MAX_HEADER_LINES:
        text = lines.text[k]
        if lines.blank(k):
            if header or title:
                mode = "title"
            k -= 1
            continue
        if _FOOTNOTE.match(text.lstrip()):
            k -= 1
            continue
        if _PROSE.search(text) or len(text) > _MAX_LINE:
            sentences = [s for s in _PROSE.split(text[:_MAX_LINE * 2]) if s.strip()]
            if not title and sentences:  # 1-9月各县（市、区）主要指标如下表。: the last sentence is the title
                title.insert(0, sentences[-1])
                if not _names_time(sentences[-1]):  # 2023年,全市…。各县主要指标见下表。: the time named before it
                    title[:0] = _time_before(lines, k, sentences[:-1])
            break
        cells = [c for c in lines.cells(k) if c.text]
        if _numbering(cells) or not header and not title and len(cells) == 1 and _SECTION.match(cells[0].text):
            k -= 1  # 甲 | 1 | 2 | 3: a yearbook's column numbers under the header; 一、综合发展 over 1.地区生产总值 | …:
            continue  # a section's name over its rows, no header
        if _years_line(cells):  # 1990 1995 2000: the columns' years; a section's name below is no header
            header = [lines.cells(k), *(h for h in header if sum(1 for c in h if c.text) > 1)]
            mode = "title"
            k -= 1
            continue
        if _rows_at(lines, k) and any(c.kind == "n" for c in lines.cells(k)):
            break  # another table's row (a label over empty cells may be the title)
        um = _UNIT_LINE.search(text)
        if um and header == [] and len(cells) == 2 and cells[1].kind == "u" and _UNIT_LINE.match(cells[0].text):
            header.insert(0, lines.cells(k))  # 单位:亿元 | %: the unit of each column below its header
        elif um and len(cells) <= 2:
            unit = unit or um.group("unit")
            mode = "title"
            if len(text.strip()) > um.end() - um.start() + 4:
                title.insert(0, text)
        elif (mode == "title" or _is_title(cells) or _spans_header(lines.cells(k), header)
              or (piped_rows and header and "|" not in text.translate(_BARS))):  # a masthead over a piped table
            title.insert(0, cells[0].text if _spans_header(lines.cells(k), header) else text)
            mode = "title"
            if len(title) >= _MAX_TITLE_LINES:
                break
        else:
            header.insert(0, lines.cells(k))
        k -= 1
    piped = any("|" in lines.text[i].translate(_BARS) for i in range(max(first - len(header), 0), first + 1))
    return Heading(title, unit, header, piped)


_BROKEN_CELL = re.compile(r"[^|,;:。]{1,16}\|?")  # 比上年增长, (亿元) |: the rest of a header's cell, and its pipe


def _rejoined_header(lines: Lines, first: int) -> tuple[int, list[Cell]] | None:
    """A piped header whose cells a page broke across lines (| 指标 | 绝对数 / (亿元) | / 比上年增长 / (%) |):
    the line that opens it with a pipe and no closing one, and the short lines after it up to the first
    row, joined into one line of as many cells as that row has; with the line it opens at.

    >>> ls = Lines.of(["| 指标 | 绝对数", "(亿元) |", "比上年增长", "(%) |", "| 生产总值 | 613.5 | 4.7 |"])
    >>> k, cells = _rejoined_header(ls, 4); k, [c.text for c in cells]
    (0, ['指标', '绝对数(亿元)', '比上年增长(%)'])
    >>> _rejoined_header(Lines.of(["| 指标 | 绝对数 |", "| 生产总值 | 613.5 |"]), 1) is None
    True
    """
    k = first - 1
    while k >= 0 and first - k <= 6 and _BROKEN_CELL.fullmatch(lines.text[k].strip().translate(_BARS)) \
            and not lines.text[k].lstrip().translate(_BARS).startswith("|"):
        k -= 1
    opening = lines.text[k].strip().translate(_BARS) if 0 <= k < first - 1 else ""
    if not opening.startswith("|") or opening.endswith("|"):
        return None
    joined = "".join(lines.text[i].strip().translate(_BARS) for i in range(k, first))
    cells = line_cells(joined, lines.starts[k])
    return (k, cells) if len(cells) == len(lines.cells(first)) and all(c.text for c in cells) else None


def _names_time(text: str) -> bool:
    """Whether ``text`` names a time (2023年, 1-8月), not only a date or a span.

    A time compared with (分别比上半年、前三季度收窄) names none.

    >>> _names_time("2023年各县主要指标"), _names_time("各县主要指标")
    (True, False)
    >>> _names_time("零售总额7702亿元,分别比上半年、前三季度收窄7.8个、3.0个百分点")
    False
    """
    return may_hold_time(text) and any((t := time_expr(m)) is not None and t.kind == "time"
                                       and not compared_time(text, m.start(), m.end()) for m in TIME.finditer(text))


def _time_before(lines: Lines, k: int, sentences: list[str]) -> list[str]:
    """The nearest sentence before a table's title sentence that names a time: earlier in its
    line (``sentences``), else on the three lines above; none when none does."""
    earlier = [*sentences[::-1], *(lines.text[j] for j in range(k - 1, max(k - 4, -1), -1))]
    return next(([s] for s in earlier if _names_time(s)), [])


def _is_title(cells: list[Cell]) -> bool:
    """A table's title: numbered (表2, 图1) or one cell naming a time."""
    if cells and re.match(r"(?:附?表|图)\s*[\d一二三四五六七八九十]", cells[0].text):
        return True
    if len(cells) == 2 and re.fullmatch(r"\d{1,2}-\d{1,2}", cells[0].text) and _CJK.search(cells[1].text):
        return True  # 17-2 各市主要经济指标(2015年): a yearbook's table number
    if len(cells) == 2 and re.fullmatch(r"\d{1,2}", cells[0].text) and len(cells[1].text) >= 6 \
            and _CJK.search(cells[1].text) and _names_time(cells[1].text):
        return True  # 1  2021年全市生产总值: a table's number whose 表 the page lost, then its title
    if len(cells) == 1 and cells[0].text.rstrip().endswith(":") and not _has_digit(cells[0].text):
        return True  # 按GDP规模: a line that introduces what follows is no header
    if len(cells) == 1 and METRIC.search(cells[0].text) and (EVERY_REGION.search(cells[0].text) or any(
            TABLE_WORDS.get(w.group()) == "rank" for w in _WORDS.finditer(cells[0].text))):
        return True  # 各市GDP排名, 万亿城市GDP排行榜: a metric of a set of places
    if len(cells) == 1 and METRIC.search(cells[0].text) and (m := re.search(r"\(([^()]+)\)\s*$", cells[0].text)) \
            and _unit_list(m.group(1)):
        return True  # 规模以上工业增加值 (亿元、%、%): the table's metric with its columns' units
    if len(cells) == 1 and title_tail(cells[0].text):
        return True  # 历年GDP对比表, 主要指标完成情况表, 主要经济指标: a line of one cell ending as a title does
    return len(cells) == 1 and _names_time(cells[0].text)


def _years_line(cells: list[Cell]) -> bool:
    """A header line of years alone, counting up (``1990 1995 2000 2008``).

    >>> _years_line(line_cells("  1990 1995 2000")), _years_line(line_cells("2008 1995 12.5"))
    (True, False)
    >>> _years_line([c for c in line_cells("| 地 区 | 2008 | 2009 | |") if c.text])
    True
    """
    years = [c.text for c in cells]
    if years and not _has_digit(years[0]):
        years = years[1:]  # 地区 | 2008 | 2009: the label column's header first
    return len(years) >= 2 and all(_BARE_YEAR.fullmatch(y) for y in years) and years == sorted(set(years))


def _numbering(cells: list[Cell]) -> bool:
    """A line of column numbers under a yearbook's header: 甲 (or 乙, 栏次) then 1, 2, 3 …

    >>> _numbering(line_cells("甲 | 1 | 2 | 3 |")), _numbering(line_cells("海宁 | 1 | 2 | 3 |"))
    (True, False)
    """
    texts = [c.text for c in cells if c.text]
    return len(texts) >= 3 and texts[0] in ("甲", "乙", "栏次", "序号") and texts[1:] == [
        str(k) for k in range(1, len(texts))]


def _spans_header(line: list[Cell], header: list[list[Cell]]) -> bool:
    """One text cell, then empty cells, over a header line of three cells or more: a title printed
    as the table's first row (``指标:工业增加值_同比增长(%) | | | |`` over ``地区 | 11月 | 10月``)."""
    return (len(line) >= 3 and line[0].kind == "t" and not any(c.text for c in line[1:])
            and any(sum(1 for c in h if c.text) >= 3 for h in header))


def _label_like(axis: Axis) -> bool:
    """A header cell over the row labels: 地区, 指标名称, 计量单位, 位次, a time alone (2024年上半年)
    or the table's metric alone (工业总产值 over the county names)."""
    return axis.role in ("label", "unit", "rank") or (axis.role == "value" and not (
        axis.region or axis.unit or axis.total) and bool(axis.metric) != (axis.year is not None or axis.period is not None))


def _fit(names: list[str], n: int, home: str) -> list[Axis] | None:
    """The value columns' axes when ``names`` (leading label headers allowed) make ``n`` columns."""
    axes = [describe(s, home) for s in names]
    while len(axes) > n and _label_like(axes[0]):
        axes.pop(0)
    return axes if len(axes) == n else None


def _flat(head: Heading) -> list[str]:
    return [c.text for line in head.header for c in line if c.text]


def _joined(head: Heading) -> list[str]:
    """Header cells when lines break inside words: whitespace separates, a line break does not.

    >>> _joined(Heading([], "", [line_cells("县(市) 出口总额"), line_cells("(亿元)"), line_cells("财政总"),
    ...                          line_cells("收入(亿元)")], False))
    ['县(市)', '出口总额(亿元)', '财政总收入(亿元)']
    """
    joined = "".join("|".join(c.text for c in line) for line in head.header)
    return [c for c in re.findall(r"[^|()]+\([^()]*\)|[^|()]+", joined) if c.strip()]


def _aligned(head: Heading, width: int) -> list[str] | None:
    """Pipe headers whose lines have as many cells as the rows: a group cell covers the empty
    cells after it; each column's header is its cells from top to bottom."""
    if not head.header or any(len(line) != width for line in head.header):
        return None
    cols = [""] * width
    for k, line in enumerate(head.header):
        last = ""
        for i, c in enumerate(line):
            last = c.text or (last if i and k < len(head.header) - 1 else "")
            cols[i] += " " + last if last else ""
    return [c.strip() for c in cols]


def _shifted(head: Heading, rows: list[Row]) -> bool:
    """Whether the last header line lacks the label column's cell (its cells shifted left: 本月 | 1-本月 |
    … | 累计 | (empty)) while the rows fill their last column."""
    last = head.header[-1] if head.header else []
    filled = sum(1 for r in rows if r.values and r.values[-1].kind == "n")
    return len(last) > 1 and not last[-1].text and bool(last[0].text) and filled * 2 > len(rows)


def _subs_and_groups(head: Heading, n: int, home: str, joined: bool = False) -> tuple[list[str], list[str]]:
    """A two-line header's sub-column names (its last line; labels before them dropped while they are more than
    ``n``) and the group names above them (地区, 指标 单位 or a title line, 国民经济主要指标, before them dropped;
    ``joined``: one group's name broken over its lines, 社会消费品 / 零售总额, is one name)."""
    subs = [c.text for c in head.header[-1] if c.text]
    groups = [c.text for line in head.header[:-1] for c in line if c.text]
    while len(subs) > n and _label_like(describe(subs[0], home)):
        subs.pop(0)
    if joined and len(groups) > 1 and len(groups) == len(head.header) - 1 \
            and not any(describe(g, home).metric for g in groups) and describe("".join(groups), home).metric:
        groups = ["".join(groups)]
    while groups and describe(groups[0], home).role in ("label", "unit", "rank", "skip"):
        groups.pop(0)
    return subs, groups


def _grouped(head: Heading, n: int, home: str) -> list[str] | None:
    """Column groups over sub-columns matched by count: 2 groups over 4 sub-columns."""
    if len(head.header) < 2:
        return None
    subs, groups = _subs_and_groups(head, n, home, joined=True)
    if len(subs) != n or not groups or n % len(groups):
        return None
    per = n // len(groups)
    return [f"{groups[i // per]} {s}" for i, s in enumerate(subs)]


def _uneven_groups(head: Heading, n: int, home: str) -> list[str] | None:
    """Metric groups over sub-columns of uneven count (规上工业增加值 | 固定资产投资 | 社会消费品零售总额 over
    增速 | 增速 | 总量 | 增速): each group's sub-columns run up to its growth column, one after another.

    >>> h = Heading([], "", [line_cells("地区  规上工业增加值  社会消费品零售总额"), line_cells("  增速(%)  总量(亿元)  增速(%)")], False)
    >>> _uneven_groups(h, 3, "湖州")
    ['规上工业增加值 增速(%)', '社会消费品零售总额 总量(亿元)', '社会消费品零售总额 增速(%)']
    """
    if len(head.header) < 2:
        return None
    subs, groups = _subs_and_groups(head, n, home)
    if len(subs) != n or not groups or len(groups) >= n or not all(describe(g, home).metric for g in groups):
        return None
    runs: list[list[str]] = [[]]
    for sub in subs:
        runs[-1].append(sub)
        if describe(sub, home).role == "growth":
            runs.append([])
    if runs[-1] or len(runs) - 1 != len(groups):
        return None
    return [f"{g} {sub}" for g, run in zip(groups, runs) for sub in run]


def _stacked(head: Heading, n: int, home: str) -> list[str] | None:
    """Headers stacked over lines column by column (社会消费品 / 零售总额 / (亿元)): each line's
    cells stand over the last columns, and a column's header is its pieces joined."""
    if len(head.header) < 2:
        return None
    cols = [""] * n
    for line in head.header:
        texts = [c.text for c in line if c.text]
        while len(texts) > n and _label_like(describe(texts[0], home)):
            texts.pop(0)
        if len(texts) > n:
            return None
        for i, t in enumerate(texts):
            cols[n - len(texts) + i] += t
    return cols


def _year_groups(head: Heading, n: int, home: str) -> list[str] | None:
    """A line of years over the sub-columns each year covers (2008 | 2009 over 零售总额(亿元) |
    增长(%) | 零售总额(亿元) | 增长(%)): the years are column groups, the other lines stack."""
    at = next((i for i, line in enumerate(head.header) if _years_line([c for c in line if c.text])), None)
    if at is None or len(head.header) < 2:
        return None
    years = [c.text for c in head.header[at] if _BARE_YEAR.fullmatch(c.text)]
    if n % len(years):
        return None
    subs = [""] * n
    for line in head.header[:at] + head.header[at + 1:]:
        texts = [c.text for c in line if c.text]
        while len(texts) > n and _label_like(describe(texts[0], home)):
            texts.pop(0)
        if len(texts) != n:
            return None
        subs = [f"{a} {t}".strip() for a, t in zip(subs, texts)]
    per = n // len(years)
    return [f"{years[i // per]}年 {sub}" for i, sub in enumerate(subs)]


_SPAN_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d年?")  # 2015年: a year under a group's cell


def _spanned_years(head: Heading, n: int, home: str) -> list[str] | None:
    """A group over a line of years beside groups with no line under them (现价(亿元) over 2015年 | 2016年, then
    增速(%) | 构成(%)): the years split the first group, one of levels; each other group is one column.

    >>> h = Heading([], "", [line_cells("项目 | 现价(亿元) | 增速(%) | 构成(%) |"), line_cells("2015年 | 2016年 |")], True)
    >>> _spanned_years(h, 4, "榕江")
    ['2015年 现价(亿元)', '2016年 现价(亿元)', '增速(%)', '构成(%)']
    """
    if len(head.header) != 2:
        return None
    years = [c.text for c in head.header[1] if c.text]
    if len(years) < 2 or not all(_SPAN_YEAR.fullmatch(y) for y in years) or years != sorted(set(years)):
        return None
    groups = [c.text for c in head.header[0] if c.text]
    while groups and len(groups) - 1 + len(years) > n and _label_like(describe(groups[0], home)):
        groups.pop(0)
    if len(groups) - 1 + len(years) != n:
        return None
    if not groups or describe(groups[0], home).role != "value":
        return None  # (增速(%) over the years: which group they split is not sure)
    return [f"{y} {groups[0]}" for y in years] + groups[1:]


def _rejoined(head: Heading) -> list[list[str]]:
    """Header cells printed one a line, with one cell broken over two lines (增速与去年 / 同期比较):
    each reading that joins two neighbours back."""
    if len(head.header) < 3 or any(sum(1 for c in line if c.text) != 1 for line in head.header):
        return []
    names = _flat(head)
    return [names[:i] + [names[i] + names[i + 1]] + names[i + 2:] for i in range(len(names) - 1)]


def _nest_subs(axes: list[Axis]) -> list[Axis]:
    """Bare cells at the end of a header (第一产业 第二产业, no unit) are sub-columns printed
    after the column of their parent metric (生产总值)."""
    k = len(axes)
    while k > 0 and axes[k - 1].role in ("value", "skip") and not axes[k - 1].unit:
        k -= 1
    subs = axes[k:]
    if not subs or k == 0:
        return axes
    parents = {METRICS[a.metric].parent for a in subs if a.metric}
    idx = next((i for i, a in enumerate(axes[:k]) if a.metric in parents), None)
    if idx is None:
        return axes
    unit = axes[idx].unit
    return axes[:idx + 1] + [replace(a, unit=unit) for a in subs] + axes[idx + 1:k]


def _columns(head: Heading, rows: list[Row], width: int | None, home: str) -> list[Axis] | None:
    """The value columns' axes, from the reading of the header that names most of them."""
    n = Counter(len(r.values) for r in rows).most_common(1)[0][0]
    if not head.header:  # a column of rates is the growth of the figures before it
        return [Axis("", "growth", unit="%") if _rates(rows, k) else Axis("", "rank") if _ranks(rows, k)
                else Axis("", "value") for k in range(n)]
    tries: list[list[Axis] | None] = []
    aligned = _aligned(head, width) if head.piped and width and not _shifted(head, rows) else None
    if aligned:
        tries.append([describe(s, home) for s in aligned[-n:]])
    tries.append(_fit(_flat(head), n, home))
    for names in (_grouped(head, n, home), _uneven_groups(head, n, home), _stacked(head, n, home),
                  _year_groups(head, n, home), _spanned_years(head, n, home), *_rejoined(head)):
        if names:
            tries.append(_fit(names, n, home))
    axes = [describe(s, home) for s in _joined(head)]
    while axes and _label_like(axes[0]) and len(axes) > n:
        axes.pop(0)
    tries.append(_nest_subs(axes) if len(axes) == n else None)
    scored = [(sum(1 + bool(c.metric or c.region) + bool(c.period or c.year) for c in cols
                   if c.role in ("value", "growth")), -k)
              for k, cols in enumerate(tries) if cols is not None]
    if not scored or max(scored)[0] == 0:
        return None
    return tries[-max(scored)[1]]


# ---------------------------------------------------------------------------
# facts
# ---------------------------------------------------------------------------

def _ranks(rows: list[Row], k: int) -> bool:
    """Whether the cells of value column ``k`` are all ranks (第2位, (2))."""
    return all(len(r.values) > k and _RANK_CELL.fullmatch(r.values[k].text) for r in rows)


def _rates(rows: list[Row], k: int) -> bool:
    """Whether the numbers of value column ``k`` are all rates (5.8%)."""
    cells = [r.values[k] for r in rows if len(r.values) > k and r.values[k].kind == "n"]
    return bool(cells) and all(c.unit in ("%", "‰") for c in cells)


def _same_period(growth: str | None, value: str | None) -> bool:
    """Whether a growth header's period (累计增长: cumulative) fits a value header's (1-8月累计)."""
    if growth is None or growth == value:
        return True
    span = month_range(value) if value and value not in ("cum", "month") else None
    if growth == "cum":
        return span is not None and span[0] == 1 and span[1] > 1
    return growth == "month" and span is not None and span[0] == span[1]


def _link(axes: list[Axis]) -> list[int | None]:
    """For each growth axis, the value axis it is the rate of: among those of its metric, place
    and period (when it names them), the one before it, else the one after (the one after first
    when the table prints a bare growth before any value); None for a value axis.

    >>> g, v = Axis("增长", "growth"), Axis("生产总值", "value", "gdp")
    >>> _link([v, g, v, g]), _link([g, v, g, v])
    ([None, 0, None, 2], [1, None, 3, None])
    """
    roles = [a.role for a in axes if a.role == "value" or a.role == "growth" and not a.metric]  # a named rate
    # (GDP增速) stands anywhere
    growth_first = bool(roles) and roles[0] == "growth"
    out: list[int | None] = []
    for i, a in enumerate(axes):
        if a.role != "growth":
            out.append(None)
            continue
        same = [j for j, b in enumerate(axes) if b.role == "value" and a.metric in (None, b.metric)
                and a.region in (None, b.region) and _same_period(a.period, b.period)]
        before = [j for j in same if j < i]
        after = [j for j in same if j > i]
        years = [j for j in same if axes[j].year]
        if a.year is None and len(years) > 1 and len({axes[j].year for j in years}) == len(years):
            out.append(max(years, key=lambda j: axes[j].year))  # 2023 | 2022 | 增速: the later year's rate
        elif growth_first and after:
            out.append(after[0])
        else:
            out.append(before[-1] if before else after[0] if after else None)
    return out


def _inherit(axes: list[Axis], links: list[int | None]) -> list[Axis]:
    """A growth axis takes the metric, place and time of the value axis it belongs to."""
    out = []
    for a, j in zip(axes, links):
        if j is not None:
            b = axes[j]
            a = replace(a, metric=a.metric or b.metric, region=a.region or b.region, year=a.year or b.year,
                        period=a.period or b.period)
        out.append(a)
    return out


@dataclass(frozen=True, slots=True)
class Frame:
    """What the whole table shares: time, unit, metric and place of its title."""

    title: str
    year: int | None
    period: str | None
    month: int | None
    unit: str
    metric: str | None
    region: str | None
    home: str
    rates: bool = False  # the title or the unit line says every figure is a rate (…增速(%), 单位：%)
    # the unit the article's sentences give each metric's amounts: a table printed without units
    # counts in it (江西省地区生产总值32200.1亿元 … 南昌市 | 7324.46 |)
    prose_units: Mapping[str, str] = field(default_factory=dict)
    # the metrics its columns name only by a word that needs a context (增加值(亿元)): a row's metric overrides them
    bare: frozenset[str] = frozenset()


def _title_metric(head: Heading) -> tuple[str | None, str]:
    """The metric the title (else the label header) names, and its name as printed."""
    label_cells = [c.text for line in head.header for c in line[:1]]
    broken = ["".join(head.title[-2:])] if len(head.title) > 1 else []  # 一般公共预算 / 收入: a name broken over lines
    for text in [*reversed(head.title), *broken, *label_cells[:1]]:
        m = METRIC.search(re.sub(r"\s", "", text))
        if m:
            alias = ALIASES[alias_of(m.group())]
            return (alias.metrics[0] if len(alias.metrics) == 1 else None), m.group()
    return None, ""


def _headwords(axes: list[Axis], head: Heading, home: str) -> list[Axis]:
    """A column headed by the last word of the title's metric (用电量 under 各月工业用电量, 增加值
    under 规上工业增加值) is that metric's column."""
    metric, name = _title_metric(head)
    if metric is None:
        return axes
    out = []
    for a in axes:
        core = _BRACKET.sub("", _clean(a.text))
        if a.role == "skip" and 2 <= len(core) < len(name) and name.endswith(core):
            a = describe(_clean(a.text).replace(core, name, 1), home)
        out.append(a)
    return out


# a title's amounts in money give a table its unit; a count (13个县) does not, nor a total in 万亿
# (全省超1.5万亿: a table's rows are never printed in it)
_MONEY = ("CNY", "USD")


_DATA_ROW = re.compile(r"\|\s*-?\d+(?:\.\d+)?\s*(?=\||$)")  # a piped line with a cell that is a figure: a row


def _times_blanked(text: str) -> str:
    """``text`` with its times blanked out, so a place is not read across a time's last character.

    >>> _times_blanked("2023年1-9月湖州市主要指标")
    '         湖州市主要指标'
    """
    return TIME.sub(lambda m: " " * len(m.group()), text)


def _frame(head: Heading, cols: list[Axis], home: str) -> Frame:
    year = period = None
    title = " ".join(t.strip() for t in head.title)
    label_cells = [c.text for line in head.header for c in line[:1]]
    for text in [*head.title, *label_cells]:
        for m in TIME.finditer(text):
            t = time_expr(m)
            if t is None or t.kind != "time" or compared_time(text, m.start(), m.end()):
                continue  # (分别比上半年、前三季度回落: a time compared with is not the table's)
            year = t.year if t.year is not None else year
            period = canonical_period(t.period) if t.period else period
    months = [r[1] for c in cols if c.period and (r := month_range(c.period))]
    month = month_range(period)[1] if period and month_range(period) else (max(months) if months else None)
    metric = _title_metric(head)[0]
    region = next((r for text in head.title if not _DATA_ROW.search(text)  # (岱山县 | 万吨 | 6.94: a row)
                   for _, name in names_in(_times_blanked(text)) if (r := _region(name, home))), None)
    um = _UNIT_LINE.search(title)
    unit = head.unit or (um.group("unit") if um else "")
    rates = unit.strip("()") in ("%", "‰") or bool(head.title and _RATES_TITLE.search(_clean(head.title[-1])))
    units = [u for u in re.split(r"[、,/]", unit.strip("()")) if u in UNITS]
    if not units and (bm := re.search(r"\(([^()]+)\)\s*[:：]?\s*$", title)) and bm.group(1) in UNITS:
        units = [bm.group(1)]  # 各区县生产总值如下(亿元):
    if not units and not rates:  # 金水区超过3500亿，…，各区县具体如下: the one unit the title counts in
        title_units = {a.unit for m in AMOUNT.finditer(title)
                       if (a := parse_amount(m.group())) and a.base_unit in _MONEY and not a.unit.startswith("万亿")}
        units = list(title_units) if len(title_units) == 1 else []
    return Frame(title, year, period, month, units[0] if len(units) == 1 else "", metric, region, home, rates)


def _period(code: str | None, frame: Frame) -> str | None:
    if code == "cum":
        return canonical_period(f"M1-M{frame.month}") if frame.month and frame.month > 1 else (
            "M1" if frame.month == 1 else frame.period)
    if code == "month":
        return f"M{frame.month}" if frame.month else None
    return canonical_period(code) if code else None


def _table_facts(doc: Document, ds: DocState, lines: Lines, rows: list[Row], home: str,
                 units: Mapping[str, str], before: str | None = None) -> list[Fact]:
    """A table's facts; ``before`` is the metric of the table just before it, which a table of
    rates that names none (增速方面，各区县如下:) gives the rates of."""
    head = _heading(lines, rows[0].first_line)
    if rows[0].lead:
        head.title.append(rows[0].lead)
    first = rows[0]
    width = len(lines.cells(first.first_line)) if first.first_line == first.last_line else None
    found = _columns(head, rows, width, home)
    if found is None:
        return []
    found = _headwords(found, head, home)
    cols = _inherit(found, _link(found))
    named = {c.metric for c in found if c.metric and not _bare_context(c.text)}
    bare = frozenset(c.metric for c in found if c.metric and c.metric not in named and _bare_context(c.text))
    frame = replace(_frame(head, cols, home), prose_units=units, bare=bare)
    rates = frame.rates or all(c.role == "growth" for c in cols if c.role in ("value", "growth"))
    if before and frame.metric is None and rates and not any(c.metric for c in cols) \
            and not any(METRIC.search(r.label.text) for r in rows):
        frame = replace(frame, metric=before)  # 金水区 3548.97 … 增速方面,各区县如下: 金水区 5.04%
    if frame.year is None and frame.period is None and not any(c.year or c.period for c in cols):
        year, period = _lead_time(lines, first.first_line)  # 1-7月,西部地区…: the article's time
        frame = replace(frame, year=year, period=period,
                        month=month_range(period)[1] if period and month_range(period) else frame.month)
    row_axes = [describe(r.label.text + (f"({r.unit.text.strip('()')})" if r.unit else ""), home) for r in rows]
    row_axes = _part_units(_with_totals(_inherit(_category_parts(rows, row_axes), _link(row_axes)), home))
    cols = _with_totals(cols, home)
    if frame.rates and any(a.role == "growth" for a in [*cols, *row_axes]):
        frame = replace(frame, rates=False)  # a table that prints its rates in columns of their own
    row_axes = _places_of_whole(rows, _sector_rows(rows, _out_of_context(head, rows, row_axes)))
    listed = {ra.region for row, ra in zip(rows, row_axes) if ra.region and not row.label.text.lstrip().startswith("#")}
    own = {ra.region for row, ra in zip(rows, row_axes) if ra.region and not _clean(row.label.text).endswith(_AREA)}
    facts: list[Fact] = []
    for row, ra in zip(rows, row_axes):
        if ra.role in ("skip", "label", "unit") or not (ra.metric or ra.region or ra.year or ra.period):
            continue  # a product, an industry, a town: not a place, a metric or a time
        if ra.region in listed and row.label.text.lstrip().startswith("#"):
            continue  # 金水区 3548.97 / #金水区 2272.28: a part of a place listed in a row of its own
        if ra.region in own and _clean(row.label.text).endswith(_AREA):
            continue  # 儋州地区 255.48 / 儋州市 143.16 / 洋浦 112.33: the area around a place listed in a row of its own
        if not head.piped and len(row.values) < len(cols):
            continue  # spaces do not tell which column a missing cell is (13.49 32.92 under five years)
        facts.extend(_row_facts(doc, ds, lines, frame, row, ra, cols))
    return facts


_VALUE_ADDED = "增加值"  # a table of value added is the context of the industries' rows
_AREA = "地区"  # 儋州地区: the area named after a place (the place and its neighbours), when the place has a row


def _places_of_whole(rows: list[Row], axes: list[Axis]) -> list[Axis]:
    """社会消费品零售总额 | -21.6 / 其中:定海 | -21.5 / 普陀 | -23.3: the places listed under a
    metric's row from a 其中 on are that metric's (the run ends at the first row that is no place)."""
    out: list[Axis] = []
    whole: str | None = None
    for row, a in zip(rows, axes):
        if (by := _by_place_metric(row)) is not None:
            whole = by  # 分县(区)工业总产值 | | |: the places below are its
            a = replace(a, role="skip", metric=None)
        elif a.metric and not a.region:
            whole = a.metric
        elif a.region and not a.metric and whole is not None:
            if out and out[-1].metric == whole and not out[-1].region and not out[-1].role == "skip" \
                    and not re.match(r"\s*(?:其中|#)", row.label.text):
                whole = None  # 工业总产值 / 定海: a place row not opened by 其中 is no part of the whole
            else:
                a = replace(a, metric=whole)
        else:
            whole = None
        out.append(a)
    return out


def _category_parts(rows: list[Row], axes: list[Axis]) -> list[Axis]:
    """1、城镇 | 18216063.5 | … / 其中:城区 | 16063996.7 | …: a row opened by 其中 under a row of figures
    that names neither a metric nor a place (a category: 城镇, 批发业) is a part of that category; a
    place's name it holds (城区 is a district of 阳泉 and 晋城 too) names no place here."""
    out = list(axes)
    for k in range(1, len(rows)):
        above, a = axes[k - 1], axes[k]
        m = METRIC.fullmatch(_unit_of(_clean(rows[k - 1].label.text))[0].strip()) if above.metric else None
        category = not above.region and not above.total \
            and (not above.metric or m is not None and bool(ALIASES[alias_of(m.group())].context))
        if a.region and not a.metric and category and re.match(r"\s*(?:其中|#)", rows[k].label.text) \
                and any(c.kind == "n" for c in rows[k - 1].values):
            out[k] = replace(a, role="skip", region=None)  # (城镇 names a metric only beside 居民收入)
    return out


_BY_PLACE = re.compile(r"\s*(?:分|各)(?:县|区|市|地区)?(?:\([县市区、]+\)|[县市区]+)")  # 分县(区), 各县市区


def _by_place_metric(row: Row) -> str | None:
    """The metric a figure-less row names for the places listed below it (分县(区)工业总产值)."""
    if any(c.text.strip() for c in row.values) or not (m := _BY_PLACE.match(row.label.text)):
        return None
    found = METRIC.fullmatch(_clean(row.label.text[m.end():]))
    metrics = ALIASES[alias_of(found.group())].metrics if found else ()
    return metrics[0] if len(metrics) == 1 else None


def _out_of_context(head: Heading, rows: list[Row], axes: list[Axis]) -> list[Axis]:
    """Rows named by a word that is a metric only in its context (第一产业: GDP's component) stay
    rows of the measure the table is about when it names another one (总产出, 固定资产投资, a
    measure's own row of figures above them) and not the context (地区生产总值, 增加值)."""
    texts = [*head.title, *(c.text for line in head.header for c in line), *(r.label.text for r in rows)]
    named: set[str] = set()
    for text in texts:
        for m in METRIC.finditer(text):
            alias = ALIASES[alias_of(m.group())]
            if not alias.context:
                named.update(alias.metrics)
    value_added = any(_VALUE_ADDED in t for t in texts)
    out, other = [], False
    for row, ra in zip(rows, axes):
        m = METRIC.fullmatch(_unit_of(_clean(row.label.text))[0].strip())
        contexts = ALIASES[alias_of(m.group())].context if m else ()
        if contexts and not (value_added or named & set(contexts)) and (other or named - set(contexts)):
            ra = replace(ra, role="skip", metric=None)  # 总产出 … 第一产业: the output's part
        elif ra.role == "skip" and any(c.kind == "n" for c in row.values):
            other = True  # a measure of its own (总产出(亿元) | 9870.58): the rows under it are its parts
        out.append(ra)
    return out


def _sector_rows(rows: list[Row], axes: list[Axis]) -> list[Axis]:
    """地区生产总值 | 4 / 农、林、牧、渔业 | 5.5 / 工业 | 7.7: a row named by a sector's whole (工业) among the
    rows of GDP and its parts is that sector's value added (vocab/sector_wholes.csv); under another
    measure (固定资产投资 / 其中:工业) it stays none."""
    out: list[Axis] = []
    above: str | None = None  # the metric of the nearest row above that names one
    for row, a in zip(rows, axes):
        word = _unit_of(_clean(row.label.text))[0].strip()
        added = [m for m in SECTOR_WHOLES.get(word, ()) if METRICS[m].label_zh.endswith(_VALUE_ADDED)]
        if a.role == "skip" and len(added) == 1 and above is not None and "gdp" in (above, METRICS[above].parent) \
                and any(c.kind == "n" for c in row.values):
            a = replace(a, role="value", metric=added[0], broad=True)  # (all industry: 规上 prose wins)
        above = a.metric or above
        out.append(a)
    return out


def _part_units(axes: list[Axis]) -> list[Axis]:
    """A row of a part without its unit (第一产业, #地方财政收入) under the row of its whole
    (地区生产总值(亿元), 财政总收入(亿元)) is in the whole's unit."""
    out: list[Axis] = []
    whole: Axis | None = None
    for a in axes:
        if a.unit:
            whole = a
        elif whole is not None and a.role == "value" and a.metric and METRICS[a.metric].parent == whole.metric:
            a = replace(a, unit=whole.unit)
        out.append(a)
    return out


def _lead_time(lines: Lines, first: int) -> tuple[int | None, str | None]:
    """The time the article leads with before a table that names none: the first time named
    above it (not one compared with), else none."""
    for k in range(first):
        text = lines.text[k]
        if not _names_time(text):
            continue
        for m in TIME.finditer(text):
            t = time_expr(m)
            if t is not None and t.kind == "time" and not compared_time(text, m.start(), m.end()):
                return t.year, canonical_period(t.period) if t.period else None
        return None, None
    return None, None


def _with_totals(axes: list[Axis], home: str) -> list[Axis]:
    """The place of a 全市/合计 row or column: the parent all listed places share; with no place
    listed, the article's own (全市 resolved like prose resolves it); else it is skipped."""
    if not any(a.total and not a.region for a in axes):
        return axes
    listed = [r for a in axes if a.region and (r := lookup(a.region, home)) is not None]
    parents = {r.parent for r in listed}
    parent = lookup(parents.pop(), home) if len(parents) == 1 and "" not in parents else None
    out = []
    for a in axes:
        if a.total and not a.region:
            word = next((w for w in REGION_WORDS if w in _clean(a.text)), None)
            if listed:
                place = display(parent) if parent else None
            else:
                place = ancestor(home, REGION_WORDS[word], word=word) if word and home else home or None
            a = replace(a, region=place) if place else replace(a, role="skip")
        out.append(a)
    return out


_NOMINAL = "名义"


def _row_facts(doc: Document, ds: DocState, lines: Lines, frame: Frame, row: Row, ra: Axis,
               cols: list[Axis]) -> list[Fact]:
    """One fact per (metric, place, time) of a row: its value cell with its growth cell."""
    cells: dict[tuple, list] = {}
    for cell, ca in zip(row.values, cols):
        if ca.role not in ("value", "growth") or cell.kind != "n" or ca.remark and cell.unit in ("", "%", "‰"):
            continue  # (a remark's figure: an amount with its unit only)
        dims = _dims(ra, ca, frame)
        if dims is None or ca.role == "growth" and _NOMINAL in ca.text and dims.metric in REAL_GROWTH:
            continue  # 名义增速 of GDP: a nominal rate, no year-on-year growth (GDP's grows in real terms)
        slot = cells.setdefault((dims.metric, dims.region, dims.year, dims.period, dims.prior), [None, None, dims])
        i = 1 if "growth" in (ra.role, ca.role) or frame.rates and not dims.unit and cell.unit in ("", "%", "‰") \
            or _WORDED_RATE.fullmatch(cell.text) else 0  # 实际完成 | 增长4.8%: a rate said with its verb is a rate
        if i == 1 and cell.unit not in ("", "%", "‰"):
            continue  # 规上工业增加值增速 / 440.9亿元: an amount is no rate (a figure of the label after it)
        if slot[i] is None:
            slot[i] = cell
            if i == 0:
                slot[2] = dims  # the unit is the value column's, wherever its growth column stands
                slot[1] = slot[1] or cell.rate
    facts = [_fact(doc, ds, lines, frame, row, dims, v, g) for v, g, dims in cells.values()]
    return [f for f in facts if f is not None]


def _dims(ra: Axis, ca: Axis, frame: Frame) -> Axis | None:
    """A cell's metric, place, time and unit from its row, its column and the title."""
    if ra.metric and ca.metric and ra.metric != ca.metric and ca.metric in frame.bare:
        ca = replace(ca, metric=None)  # 增加值(亿元) over 第一产业, 工业 (and its growth column): each row's
    if ra.metric and ca.metric and ra.metric != ca.metric or ra.region and ca.region and ra.region != ca.region:
        return None
    metric = ra.metric or ca.metric or frame.metric
    region = ra.region or ca.region or frame.region or frame.home
    if metric is None or not region:
        return None
    period = _period(ca.period or ra.period, frame) or frame.period
    year = ca.year or ra.year or frame.year
    unit = ra.unit if ra.unit and ra.unit != "%" else ca.unit if ca.unit != "%" else ""
    return Axis(f"{ra.text} {ca.text}".strip(), "value", metric, region, year, period, unit or frame.unit,
                prior=ra.prior or ca.prior, broad=ra.broad or ca.broad)


def _bare_context(text: str) -> bool:
    """Whether a header names its metric only by a word that needs a context (增加值(亿元)): its rows' metrics.

    >>> _bare_context("增加值(亿元)"), _bare_context("规上工业增加值(亿元)")
    (True, False)
    """
    m = METRIC.fullmatch(_unit_of(_clean(text))[0].strip())
    return m is not None and bool(ALIASES[alias_of(m.group())].context)


def _fact(doc: Document, ds: DocState, lines: Lines, frame: Frame, row: Row, dims: Axis,
          value_cell: Cell | None, growth_cell: Cell | None) -> Fact | None:
    assert dims.metric is not None and dims.region is not None
    year, period, _ = resolve_time((dims.year, dims.period, False), ds)
    if dims.period is None and dims.year is not None and frame.year is not None and dims.year < frame.year:
        period = resolve_time((frame.year, None, False), ds)[1] or period  # 2018 | 2017 under 前三季度: 2017's too
    if not period and dims.year is not None:
        period = "FY"  # 2024年各县（市、区）主要指标: a year's table is of the full year
    if not period:
        return None
    if dims.prior and year is not None:
        year -= 1  # 上年同期: the same months of the year before
    value = spec = None
    if value_cell is not None:
        unit = value_cell.unit or dims.unit or frame.prose_units.get(dims.metric, "")
        spec = UNITS.get(unit)
        if spec is not None and spec.base in METRICS[dims.metric].dimensions:
            value = value_cell.value
        else:
            value_cell = None
    if value_cell is None and growth_cell is None:
        return None
    yoy = float(growth_cell.value) if growth_cell is not None and growth_cell.value is not None else None
    printed = value_cell or growth_cell
    assert printed is not None
    start, end = printed.start, printed.num_end or printed.end
    row_start = lines.starts[row.first_line]
    row_end = lines.starts[row.last_line] + len(lines.text[row.last_line])
    text = printed.text[:end - start]
    return Fact(
        doc=doc.doc, pub_date=str(doc.pub_date or ""), region=dims.region, metric=dims.metric,
        metric_zh=METRICS[dims.metric].label_zh, year=year, period=period,
        value=float(value) if value is not None else None, value_text=text if value is not None else "",
        unit=spec.canonical if spec and value is not None else "",
        value_base=float(value) * spec.magnitude if spec and value is not None else None,
        base_unit=spec.base if spec and value is not None else "", yoy_pct=yoy,
        qualifier=printed.qualifier, scope="region", kind="actual", conflict=False,
        evidence=f"{frame.title} | {dims.text} {printed.text}".strip(" |"), start=start, end=end,
        sent_start=row_start, sent_end=row_end,
        rule=("table+reference-level" if dims.prior else "table") + ("+broad" if dims.broad else ""))


def _with_tabs(folded: str, original: str) -> str:
    """The folded text with the original's tabs back (folding makes them spaces): a tab
    always separates two cells, a single space not always."""
    if "\t" not in original or len(original) != len(folded):
        return folded
    out, pos = [], 0
    for m in re.finditer("\t", original):
        out.append(folded[pos:m.start()])
        pos = m.end()
    out.append(folded[pos:])
    return "\t".join(out)


# a page that prints a table one cell a line, each cell closed by a pipe (序号 |\n县(市区) |\n…), or bare (a web page
# saved as text: 县名称\n城镇居民人均可支配收入(元)\n…; no sentence's punctuation in a cell)
_CELL_LINE = re.compile(r"[ \t]*[^|\n]{1,30}?[ \t]*\|[ \t]*")
_CELL_RUN = re.compile(r"(?:^" + _CELL_LINE.pattern + r"\n){4,}(?:" + _CELL_LINE.pattern + r"$)?", re.M)
_NUMERIC = re.compile(r"[ \t]*[-+]?\d[\d,.]*[%‰]?[ \t]*\|[ \t]*")
# (or an amount and its growth after a comma, 456.2亿元,增长9.1%: :func:`_figure`'s, the one comma a bare cell holds)
_AMOUNT_GROWTH_CELL = _SIGNED + r"[^\x00-\x7f\s\d]{1,4}?, ?(?:" + _BASIS + r")?(?:" + _GROWTH_WORD + r")" + _SIGNED + r"%"
_BARE_CELL_LINE = re.compile(r" *(?:" + _AMOUNT_GROWTH_CELL + r"|[^\s|,;:。!?][^\n\t|,;:。!?]{0,29}?)")
_BARE_CELL_RUN = re.compile(r"(?:^" + _BARE_CELL_LINE.pattern + r"\n){6,}(?:" + _BARE_CELL_LINE.pattern + r"$)?", re.M)
# in a double-spaced page (every line followed by a blank one, folded away) a line left empty is an empty cell
_SPACED_CELL_RUN = re.compile(r"(?:^" + _BARE_CELL_LINE.pattern + r"\n)(?:^(?:" + _BARE_CELL_LINE.pattern + r")?\n){5,}(?:"
                              + _BARE_CELL_LINE.pattern + r"$)?", re.M)
_BARE_NUMERIC = re.compile(r" *[-+]?\d[\d.]*[%‰]?")
_NUMBER_LINE = re.compile(r"\n *[-+]?\d[\d.]*[%‰]?(?=\n|$)")  # a line that is a number alone (_BARE_NUMERIC's)
# (a spaced page's) a line that is a figure alone: a number, a rate with its verb, an amount with its unit (1347.1亿元),
# an amount and its growth (456.2亿元,增长9.1%)
_FIGURE_LINE = re.compile(r"\n *(?:[^\W\d]{0,3}[-+]?\d[\d.]*(?:[%‰]|[^\W\d]{1,3})?|" + _AMOUNT_GROWTH_CELL + r")(?=\n|$)")


_ROW_NUMBER_HEAD = "序号"  # the first header cell of a numbered table printed one cell a line


def plan_cells(text: str) -> list[tuple[int, int, str]]:
    r"""The cells (start, end, kind) of a plan column (主要工作任务, 目标) in a numbered table printed one cell a
    line, each row led by its number (序号 / 主要工作任务 / 完成情况 / 1 / 生产总值增长6%。 / 前三季度…): a
    government report's tasks beside their progress, the tasks' figures targets.  Blank lines between the
    cells are no cells; a line out of the rows' shape ends the table.

    >>> t = "序号\n\n主要工作任务\n\n完成情况\n\n1\n\n生产总值增长6%。\n\n1-8月增长5%。\n\n2\n投资增长7%。\n增长8%。\n说明"
    >>> [t[a:b] + ":" + k for a, b, k in plan_cells(t)]
    ['生产总值增长6%。:target', '投资增长7%。:target']
    """
    if _ROW_NUMBER_HEAD not in text:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    out: list[tuple[int, int, str]] = []
    for k, (_, _, first) in enumerate(lines):
        if first != _ROW_NUMBER_HEAD:
            continue
        width = next((n for n in range(2, 8) if k + n < len(lines) and lines[k + n][2] == "1"), 0)
        head = [c for _, _, c in lines[k:k + width]]
        if not width or any(len(c) > 12 or any(ch.isdigit() for ch in c) for c in head):
            continue
        kinds = [PLAN_WORDS.get(m.group(), "target") if (m := PLAN.search(c)) else "" for c in head]
        if any(kinds):
            out.extend(_plan_rows(lines[k + width:], width, kinds))
    return out


def _plan_rows(lines: list[tuple[int, int, str]], width: int, kinds: list[str]) -> list[tuple[int, int, str]]:
    """The plan cells of the rows of a numbered one-cell-a-line table (see :func:`plan_cells`)."""
    out, row, col = [], 0, 0
    for start, end, cell in lines:
        if cell == str(row + 1):
            row, col = row + 1, 0
            continue
        col += 1
        if col >= width:
            break  # (a line after a row's last cell that numbers no row: the table has ended)
        if kinds[col]:
            out.append((start, end, kinds[col]))
    return out


def _cell_lines(text: str, spaced: bool = False) -> str:
    r"""Rows printed one cell a line, joined back into one line each (a space for the line break of
    a piped cell, a tab for a bare one, so every offset stays): the smallest width whose header is all
    words and whose every later group of lines has the same numbers and words in the same places.  A
    header of one group of columns printed twice (two halves of a table side by side: 县 | GDP | 县 |
    GDP) gives rows of one group each, its second copy blanked.

    >>> _cell_lines("序号 |\n县 |\nGDP |\n1 |\n甲县 |\n30 |\n2 |\n乙县 |\n20 |\n")
    '序号 | 县 | GDP |\n1 | 甲县 | 30 |\n2 | 乙县 | 20 |\n'
    >>> _cell_lines("县\nGDP\n甲县\n30\n乙县\n20\n")
    '县\tGDP\n甲县\t30\n乙县\t20\n'
    >>> _cell_lines("县\nGDP\n县\nGDP\n甲县\n30\n乙县\n20\n丙县\n10\n")
    '县\tGDP\n     \n甲县\t30\n乙县\t20\n丙县\t10\n'
    >>> _cell_lines("指标\n目标\n实际完成\n甲\n增长5%\n\n乙\n增长6%左右\n下降1.5%\n丙\n增长4%\n12亿元\n", True)
    '指标\t目标\t实际完成\n甲\t增长5%\t\n乙\t增长6%左右\t下降1.5%\n丙\t增长4%\t12亿元\n'
    """
    out: list[str] = []  # the text's characters, listed once a run's rows are found (most texts none)
    if "|\n" in text:  # (" |\n" holds it)
        for m in _CELL_RUN.finditer(text):
            _join_cells(text, m, _piped_figure, " ", out)
    if len((_FIGURE_LINE if spaced else _NUMBER_LINE).findall(text)) >= 2:  # (a bare table's rows hold figure-only
        for m in (_SPACED_CELL_RUN if spaced else _BARE_CELL_RUN).finditer(text):  # lines: most texts none)
            _join_cells(text, m, _bare_figure if spaced else _bare_number, "\t", out)
    return "".join(out) if out else text


def _piped_figure(cell: str) -> bool:
    return _NUMERIC.fullmatch(cell) is not None


def _bare_number(cell: str) -> bool:
    return _BARE_NUMERIC.fullmatch(cell) is not None


def _bare_figure(cell: str) -> bool:
    """Whether a bare cell of a spaced page is a figure: a number, or a rate with its verb or an amount with its
    unit (增长4.8%, 1347.1亿元, 增长6.5%左右; a table's cells, :func:`_cell`), or an amount and its growth
    (456.2亿元,增长9.1%: a plan table's 实际完成 cell, :func:`_figure`).

    >>> [_bare_figure(c) for c in ("增长4.8%", "456.2亿元,增长9.1%", "85.1亿元,同比下降3.4%", "增长较快")]
    [True, True, True, False]
    """
    if _bare_number(cell) or not cell.strip():
        return _bare_number(cell)
    return _cell(cell, 0).kind == "n" or _figure(cell.strip(), 0) is not None


def _join_cells(text: str, m: re.Match[str], numeric: Callable[[str], bool], sep: str, out: list[str]) -> None:
    """Join the cells of the run ``m`` into rows in ``out`` (see :func:`_cell_lines`); a title of a line or
    two may open the run, before the header."""
    starts = [m.start()] + [i + 1 for i in range(m.start(), m.end() - 1) if text[i] == "\n"]
    cells = [text[a:text.find("\n", a) if text.find("\n", a, m.end()) >= 0 else m.end()] for a in starts]
    shapes = ["n" if numeric(c) else "t" if c.strip() else "b" for c in cells]  # (b: a spaced page's empty cell)
    for skip in range(3) if sep == "\t" else range(1):  # (a bare run: its title is no cell of the table)
        if (rows := _cell_rows(shapes[skip:], [c.strip() for c in cells[skip:]], sep == "\t")) is not None:
            n, head, twice = rows
            at = starts[skip:]
            if not out:
                out.extend(text)
            for k in [0] + list(range(head, len(at) - n + 1, n)):  # the line breaks inside each row go
                for a in at[k + 1:k + n]:
                    out[a - 1] = sep
            if twice:  # (the header's second copy: blank, so the rows follow the first)
                out[at[n]:at[2 * n] - 1] = " " * (at[2 * n] - 1 - at[n])
            return


def _cell_rows(shapes: list[str], cells: list[str], bare: bool) -> tuple[int, int, bool] | None:
    """The width of the rows of a run of cells (``shapes``: n for a number, t for a word), the header's
    length and whether the header is one group of columns printed twice; None when no width fits.  Bare
    cells (no pipe) make a table only under a label header (地区, 县(市、区)) with rows of a label and numbers:
    a header broken over lines (绝对数 / (亿元)) is the table reader's to join, and so is a title's line."""
    for n in range(2, 7):
        twice = shapes[:2 * n] == ["t"] * 2 * n and cells[:n] == cells[n:2 * n]
        head = 2 * n if twice else n
        groups = [shapes[k:k + n] for k in range(head, len(shapes) - n + 1, n)]
        if len(groups) >= 2 and "n" not in shapes[:n] and _same_shape(groups, bare) \
                and (not bare or describe(cells[0]).role == "label"):
            return n, head, twice
    return None


def _same_shape(groups: list[list[str]], bare: bool) -> bool:
    """Whether groups of cells are rows of one table: each the same numbers and words in the same places, or
    (bare cells) a label and figures, some of them empty in a spaced page (一、综合发展 / (empty) / …)."""
    if not bare:
        return all(g == groups[0] for g in groups) and "n" in groups[0] and "t" in groups[0]
    return all(g[0] == "t" and "t" not in g[1:] for g in groups) and sum("n" in g for g in groups) >= 2


_SPACED = re.compile(r"\n([ \t]*\n)(?=[ \t]*\S)")  # a blank line before a line (re jumps to \n)


def _single_spaced(text: str, spaced: bool) -> str:
    r"""A text whose every line is followed by a blank line (as pages saved from the web often are),
    with those blank lines folded into the next line's start (a space, so every offset stays): rows
    and cells one a line stand together as in a single-spaced text.  ``spaced``: whether the text is
    so (:func:`repair.double_spaced`); other texts are kept as they are.

    >>> _single_spaced("表1 甲\n\n地区 | GDP |\n\n甲县 | 30 |\n\n乙县 | 20 |", True)
    '表1 甲\n 地区 | GDP |\n 甲县 | 30 |\n 乙县 | 20 |'
    >>> _single_spaced("标题\n\n地区 | GDP |\n甲县 | 30 |\n乙县 | 20 |", False)
    '标题\n\n地区 | GDP |\n甲县 | 30 |\n乙县 | 20 |'
    """
    if not spaced:
        return text
    # the line's own break stays; the blank line (its spaces and its break) becomes spaces
    return _SPACED.sub(lambda m: "\n" + " " * len(m.group(1)), text)


def grid_facts(doc: Document, rep: Repaired, home: str, units: Mapping[str, str] | None = None) -> list[Fact]:
    """Facts from the statistical tables printed in a document (any orientation); ``units`` maps a
    metric to the unit the document's sentences give its amounts, for a table that prints none."""
    text = _cell_lines(_single_spaced(_with_tabs(rep.folded, doc.text), rep.double_spaced), rep.double_spaced).split("\n")
    cand = _candidate_lines(text)
    if not cand:
        return []
    lines = Lines.of(text)
    ds = DocState(doc, doc.pub_date, home)
    ds.text = rep.text
    facts: list[Fact] = []
    before = None
    for rows in _tables(lines, cand):
        found = _table_facts(doc, ds, lines, rows, home, units or {}, before)
        metrics = {f.metric for f in found}
        before = metrics.pop() if len(metrics) == 1 else None
        facts.extend(found)
    return facts

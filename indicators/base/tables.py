"""Vocabulary tables: read once from ``indicators/vocab/*.csv`` at import.

Logic modules read these names and never hold vocabulary of their own.  A
broken table is a programming error and raises at import time.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import regex

_VOCAB = resources.files("indicators") / "vocab"


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of the vocabulary table ``vocab/<name>``, stripped; a row with more fields than the
    header names is an error that says where (a comma left unquoted in a note).

    >>> read_table("region_words.csv")[0]
    {'word': '全市', 'level': 'city'}
    """
    with (_VOCAB / name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = []
        for row in reader:
            if None in row:
                raise ValueError(f"vocab/{name}, line {reader.line_num}: more fields than the header's "
                                 f"{reader.fieldnames} (quote a field that holds a comma)")
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows


def _mapping(name: str, key: str, value: str) -> dict[str, str]:
    rows = read_table(name)
    out: dict[str, str] = {}
    for row in rows:
        if row[key] in out and out[row[key]] != row[value]:
            raise ValueError(f"vocab/{name}: {row[key]!r} maps to two values")
        out[row[key]] = row[value]
    return out


def trie_pattern(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast to fail, longest first).

    >>> trie_pattern(["出口", "出口额", "进出口"])
    '(?:(?:出口额?|进出口))'
    >>> bool(regex.fullmatch(trie_pattern(["a.b"]), "a.b"))
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [regex.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return "(?:" + build(trie) + ")"


def scanner(pattern: str, first: Iterable[str], digits: bool = False,
            second: Iterable[str] = ()) -> re.Pattern[str]:
    """Compile ``pattern`` for scanning long text: on the standard library's ``re``, behind a
    lookahead on the characters a match can begin with (``first``, and ``\\d`` with ``digits``)
    and, when given, on those its second character can be (``second``, and ``\\d`` with ``digits``).

    ``re`` then jumps from one such character to the next in C instead of trying every
    alternative at every position: two to three times faster on big alternations than
    ``regex``, with the same matches.  ``first`` must hold every character a match can
    begin with (and ``second`` every second one); :func:`first_chars` gives those of a word list.

    >>> words = ["出口", "进口"]
    >>> scanner(trie_pattern(words), first_chars(words), second=[w[1] for w in words]).findall("出口和进口")
    ['出口', '进口']
    """
    lookahead = "[" + char_class(first) + (r"\d" if digits else "") + "]"
    if second:
        lookahead += "[" + char_class(second) + (r"\d" if digits else "") + "]"
    return re.compile("(?=" + lookahead + ")(?:" + pattern + ")")


def presence(scanned: re.Pattern[str], first: Iterable[str], second: Iterable[str] = ()) -> re.Pattern[str]:
    """A pattern that finds something in a text exactly where :func:`scanner` ``scanned`` finds a
    match (``first``: the characters it may begin with, as given to it, and ``second`` those of its
    second), for a yes/no test of a long text: a class of characters begins it, which ``re`` reaches
    by a fast scan of its own, and from each such character (followed by a second one) it looks at the
    whole pattern (its match is those characters).

    >>> words = ["出口", "进口"]
    >>> test = presence(scanner(trie_pattern(words), first_chars(words)), first_chars(words))
    >>> test.search("全年进口和出口").start(), test.search("全年出行") is None
    (2, True)
    >>> presence(scanner(trie_pattern(words), first_chars(words)), first_chars(words), "口").search("出行出口").start()
    2
    """
    one = "[" + char_class(first) + "]" + ("[" + char_class(second) + "]" if second else "")
    return re.compile(one + "(?<=(?=" + scanned.pattern + ")" + one + ")")


def char_class(chars: Iterable[str]) -> str:
    """The inside of a regex character class holding ``chars``.

    >>> char_class("月-年")
    '\\\\-年月'
    """
    return re.sub(r"([\\\]\[^-])", r"\\\1", "".join(sorted(set(chars))))


def first_chars(words: Iterable[str]) -> set[str]:
    """The first characters of ``words``.

    >>> sorted(first_chars(["出口", "出口额", "进出口"]))
    ['出', '进']
    """
    return {w[0] for w in words if w}


@dataclass(frozen=True, slots=True)
class Metric:
    """A catalog entry."""

    id: str
    label_zh: str
    label_en: str
    dimensions: tuple[str, ...]
    parent: str
    over_span: str = "level"  # a figure over a span of years with no year of its own: the end year's level, or a sum


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of one or more metrics (城乡居民收入 names two)."""

    text: str
    metrics: tuple[str, ...]
    broad: bool
    generic: bool
    context: tuple[str, ...]  # the metrics one of which must be in context for it to count (产值 after 增加值)
    rate_only: bool = False  # 规上工业增长7%: a metric only where a growth word follows it
    national: bool = False  # 国内生产总值: the nation's figure by its name
    whole: tuple[str, ...] = ()  # 全区实现增加值: the metric a context alias names right after a whole region
    bare: bool = False  # 城镇、农村分别为…: a place kind standing for its residents' metric only as a list item
    # 农民人均收入 (since=2013), 城乡居民收入 (since=income_rural_pc:2013): a metric it names only for figures of
    # that year on (before it the survey measured another income): (metric, year) pairs
    since: tuple[tuple[str, int], ...] = ()
    # 全省服务业增长10.9% (whole_only): a metric only with nothing but a whole region or a time before it in its
    # clause (not 租赁和商务服务业增长18.6%: an industry whose name ends in the alias)
    whole_only: bool = False
    # 全部工业增加值 (outright): a broad name that says it is the whole's in its own words, never the above-size
    # firms' by a size class carried from the clause before
    outright: bool = False

    def named_since(self, metric: str) -> int:
        """The first year the alias names ``metric`` (0: always)."""
        return next((year for m, year in self.since if m == metric), 0)


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as printed, with its base unit and magnitude."""

    text: str
    base: str
    magnitude: float
    canonical: str


@dataclass(frozen=True, slots=True)
class Region:
    """A gazetteer entry: 平湖市 (short 平湖), a county of 嘉兴市."""

    name: str
    short: str
    level: str
    parent: str
    province: str


METRICS: dict[str, Metric] = {
    r["metric"]: Metric(r["metric"], r["label_zh"], r["label_en"],
                        tuple(r["dimension"].split("|")), r["parent"], r["over_span"])
    for r in read_table("metrics.csv")
}


def _since(value: str, metrics: tuple[str, ...]) -> tuple[str, int]:
    """A since flag's (metric, year): ``income_rural_pc:2013``, or a bare year for the alias's one metric."""
    metric, _, year = value.rpartition(":")
    if not metric and len(metrics) != 1 or metric and metric not in metrics:
        raise ValueError(f"vocab/aliases.csv: since={value!r} names no one metric of the alias")
    return (metric or metrics[0], int(year))


def _alias(row: dict[str, str]) -> Alias:
    flags = [f for f in row["flags"].split(";") if f]
    context = next((f.split("=", 1)[1] for f in flags if f.startswith("context=")), "")
    whole = tuple(next((f.split("=", 1)[1] for f in flags if f.startswith("whole=")), "").split("|"))
    metrics = tuple(row["metric"].split("|"))
    for m in metrics:
        if m not in METRICS:
            raise ValueError(f"vocab/aliases.csv: {row['alias']!r} names unknown metric {m!r}")
    contexts = tuple(context.split("|")) if context else ()  # one metric, or several joined by |
    if not set(contexts) <= set(METRICS):
        raise ValueError(f"vocab/aliases.csv: {row['alias']!r} has unknown context {context!r}")
    whole = whole if whole != ("",) else ()
    since = tuple(_since(f.split("=", 1)[1], metrics) for f in flags if f.startswith("since="))
    if not set(whole) <= set(METRICS):
        raise ValueError(f"vocab/aliases.csv: {row['alias']!r} has unknown whole-region metric {whole!r}")
    return Alias(row["alias"], metrics, "broad" in flags, "generic" in flags, contexts, "rate_only" in flags,
                 "national" in flags, whole, "bare" in flags, since, "whole_only" in flags,
                 "outright" in flags)


ALIASES: dict[str, Alias] = {}
for _row in read_table("aliases.csv"):
    if _row["alias"] in ALIASES:
        raise ValueError(f"vocab/aliases.csv: alias {_row['alias']!r} is listed twice")
    ALIASES[_row["alias"]] = _alias(_row)

UNITS: dict[str, Unit] = {
    r["unit"]: Unit(r["unit"], r["base_unit"], float(r["magnitude"]), r["canonical"])
    for r in read_table("units.csv")
}
MAGNITUDES: dict[str, float] = {k: float(v) for k, v in _mapping("magnitudes.csv", "word", "magnitude").items()}
PERIOD_WORDS: dict[str, str] = _mapping("periods.csv", "word", "code")
RELATIVE_YEARS: dict[str, int] = {k: int(v) for k, v in _mapping("relative_years.csv", "word", "offset").items()
                                  if v != "none"}
# 今年以来, 年初至今, 开年以来: this year's words that run from January to the time of writing (a year to date)
YEAR_TO_DATE: tuple[str, ...] = tuple(w for w, off in RELATIVE_YEARS.items()
                                      if off == 0 and w.endswith(("以来", "至今")))
# 目前年…, 此前年均…: a word ending in 前 before 年 holds no 前年 (offset none)
NOT_RELATIVE_YEARS = frozenset(k for k, v in _mapping("relative_years.csv", "word", "offset").items() if v == "none")
# sign 1/-1: the word says the direction (增长, 下降); 0: a rate word whose percent carries its own sign (增速)
GROWTH_WORDS: dict[str, int] = {k: int(v) for k, v in _mapping("growth_words.csv", "word", "sign").items()}
GROWTH_ROLES: dict[str, str] = _mapping("growth_words.csv", "word", "role")
QUALIFIERS: dict[str, tuple[str, str]] = {
    r["word"]: (r["qualifier"], r["position"]) for r in read_table("qualifiers.csv")
}
PLAN_WORDS: dict[str, str] = _mapping("plan_words.csv", "word", "kind")
SCOPE_WORDS: dict[str, str] = _mapping("scope_words.csv", "word", "scope")
REGION_WORDS: dict[str, str] = _mapping("region_words.csv", "word", "level")
ZONES: dict[str, str] = _mapping("zones.csv", "word", "kind")
# 经济技术开发区 → 经开区: the short form a zone's name is given in (北京经济技术开发区 is 北京经开区)
ZONE_SHORT: dict[str, str] = {k: v for k, v in _mapping("zones.csv", "word", "short").items() if v}
# 日报, 融媒体中心: after a place they make a paper's or broadcaster's name (嘉兴日报), not the place
MEDIA_ENDS: tuple[str, ...] = tuple(r["word"] for r in read_table("media_words.csv"))
# 吨, 辆, 标箱: after a bare magnitude (120万吨, 95.4万辆) a measure of things, not money (only words that open
# nothing else after a number: 台 opens 台阶, 名 名单, 条 条件 — 迈上5万亿台阶, 4700亿名单 are money)
MEASURE_WORDS: tuple[str, ...] = tuple(r["word"] for r in read_table("measure_words.csv"))
# 表现, 增势: after a place's name, the judgement of a clause the place is the subject of
SUBJECT_WORDS: tuple[str, ...] = tuple(r["word"] for r in read_table("subject_words.csv"))
OWN_MEASURES: tuple[str, ...] = tuple(r["word"] for r in read_table("own_measures.csv"))
# 名义, 按现价计算: the nominal basis of a rate, which gives way to a real one named with it
NOMINAL_BASES: tuple[str, ...] = tuple(r["word"] for r in read_table("nominal_bases.csv"))
# 成立, 撤县设市: after a year some way back, the founding or approval a history names, not figures' time
EVENT_WORDS: tuple[str, ...] = tuple(r["word"] for r in read_table("event_words.csv"))
ANNIVERSARIES: dict[str, int] = {k: int(v) for k, v in _mapping("anniversaries.csv", "word", "base_year").items()}
FILLERS: dict[str, str] = _mapping("fillers.csv", "word", "role")
# 古城, 新城, 中原: short names that are common words: a place only with its unit (古城区)
# 科右前旗, 扎旗, 乌市: the short forms print gives some places, each with the gazetteer entry it may name
# (a form several share is the one nearest the article's home), and the characters it is not read after
INFORMAL_NAMES: list[tuple[str, str, str]] = [(r["name"], r["full"], r["not_after"])
                                              for r in read_table("informal_names.csv")]
COMMON_SHORT_NAMES: frozenset[str] = frozenset(r["short"] for r in read_table("common_short_names.csv"))
_UPDATES = read_table("region_updates.csv")  # counties renamed or created since regions.csv was drawn
REGIONS: tuple[Region, ...] = tuple(
    Region(r["name"], r["short"], r["level"], r["parent"], r["province"]) for r in read_table("regions.csv")
) + tuple(Region(r["name"], r["short"], "county", r["parent"], r["province"]) for r in _UPDATES if not r["gazetteer"])
# a county's present name → the gazetteer entry it is (邵东市 → 邵东县, 海门区 → 海门市)
RENAMED_REGIONS: dict[str, str] = {r["name"]: r["gazetteer"] for r in _UPDATES if r["gazetteer"]}


_FUNCTION_WORDS = read_table("function_words.csv")


def function_words(role: str) -> tuple[str, ...]:
    """The words of one closed class in ``vocab/function_words.csv``, in the table's order; a role the
    table lacks is an error.

    >>> function_words("since_from")
    ('从', '自')
    """
    words = tuple(r["word"] for r in _FUNCTION_WORDS if r["role"] == role)
    if not words:
        raise KeyError(f"vocab/function_words.csv has no role {role!r}")
    return words


def vocab_digest() -> str:
    """A hash of every vocabulary table: part of the rules version."""
    h = hashlib.sha256()
    for entry in sorted(_VOCAB.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".csv"):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:12]

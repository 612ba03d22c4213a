"""Sentences composed from tables of surface forms, each with the facts it states.

The tables in ``tests/variants/`` list the ways a local paper prints the same thing: the
subject (全市, 我县, a named county), the metric, the verb (实现, 完成, 为, 录得 …), the
value (385.12亿元, 近410亿元, 4.36万元 …), the basis (同比, 比上年, 按可比价格计算 …),
the growth phrase (增长, 下降, 增速为 …), the period (上半年, 1-6月, 元至7月, 截至7月底 …),
the sentence shape, list forms (A、B分别为x、y; A、B均增长x%; 甲市(x%)、乙县(y%) …),
punctuation (full-width or ASCII) and breaks inside words and numbers (as newspaper PDF
columns leave them).  Every row says what it means, so each composed sentence comes with
its expected facts.

Composition is deterministic: one table (an *axis*) is varied at a time, each of its forms
in ``per_form`` sentences, and the other axes are filled by stepping through their rows
with fixed strides among the rows that fit (a verb that stands after the metric, a value
whose unit fits the metric, a basis that fits a rate word …).

>>> v = next(iter(single_fact_variants(per_form=1)))
>>> v.id, v.pub_date, v.home
('shape:verb-before-metric:00', '2024-08-20', '海盐')
>>> v.text
'元—7月，我县累计完成地区生产总值（GDP）近410亿元，按可比价计算，增速达5.7%。'
>>> v.facts
(Fact(region='海盐', metric='gdp', year=2024, period='M1-M7', value=410.0, unit='亿元', yoy=5.7, qualifier='approx'),)
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

TABLES = Path(__file__).resolve().parent / "variants"

Row = dict[str, str]

# The order in which the axes of a one-fact sentence are filled (the varied axis goes first).
AXES = ("shape", "metric", "value", "verb", "growth", "basis", "period", "subject", "punctuation", "break")
# Strides through each axis's fitting rows: distinct primes, so that the forms of one axis meet
# many different forms of the others.
_STRIDES = dict(zip(AXES, (1, 3, 5, 7, 11, 13, 17, 19, 23, 29)))
# The template slot a row of an axis fills (punctuation and breaks act on the whole text).
_SLOT = {"shape": "", "metric": "M", "value": "A", "verb": "V", "growth": "G", "basis": "B",
         "period": "P", "subject": "S", "punctuation": "", "break": ""}
# The template slot that holds a role a break can target.
_ROLE_SLOT = {"gword": "G", "rate": "G", "pct": "G", "num": "A", "unit": "A", "qual": "A",
              "M": "M", "P": "P", "S": "S", "V": "V"}
# Axes that stay plain (no break, punctuation as written) unless they are the varied one, so
# that a failing sentence points at its varied form.
_PLAIN = {"break": "none", "punctuation": "as-written"}
# Sentences per form, by axis (a break or punctuation form acts on any sentence: more of them).
PER_FORM = {"break": 30, "punctuation": 24}
_INSERTS = {"newline": "\n", "blank": "\n\n", "space": " ", "indent": "\n\u3000\u3000"}
RATES = ("5.7", "8.1", "12.4", "0.6", "3", "10.0", "21.35", "4.2", "6.8", "15")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_VALUE_PARTS = re.compile(r"(?P<qual>[^\d]*)(?P<num>[\d,.]+)(?P<unit>.*)")


class Fact(NamedTuple):
    """One expected fact: what a sentence states, in the extractor's terms."""

    region: str
    metric: str
    year: int
    period: str
    value: float | None
    unit: str
    yoy: float | None
    qualifier: str


class Variant(NamedTuple):
    """One composed sentence: its id (``axis:form:k``), text, context and expected facts."""

    id: str
    text: str
    pub_date: str
    home: str
    facts: tuple[Fact, ...]

    @property
    def form(self) -> str:
        """The varied form, ``axis:form``."""
        return self.id.rsplit(":", 1)[0]


@cache
def table(name: str) -> tuple[Row, ...]:
    """The rows of ``tests/variants/NAME.csv``.

    >>> [r["form"] for r in table("verbs")][:3]
    ['实现', '完成', '达到']
    """
    with open(TABLES / f"{name}.csv", encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def axis_table(axis: str) -> tuple[Row, ...]:
    """The rows of one axis (its table is named in the plural, but growth, basis, punctuation)."""
    return table(axis if axis in ("growth", "basis", "punctuation") else axis + "s")


# --------------------------------------------------------------------------
# Which forms fit together
# --------------------------------------------------------------------------

def _slots(shape: Row) -> set[str]:
    return set(_PLACEHOLDER.findall(shape["template"]))


def compatible(a: str, ra: Row, b: str, rb: Row) -> bool:
    """Whether row ``ra`` of axis ``a`` and row ``rb`` of axis ``b`` fit in one sentence: a
    verb where the shape puts it, a unit the metric is counted in, a basis a rate word takes,
    a break where the sentence has the part it breaks.

    >>> verb = {"form": "为", "position": "after"}
    >>> compatible("verb", verb, "shape", {"template": "{S}{V}{M}{A}", "verb": "before"})
    False
    """
    if a > b:
        a, ra, b, rb = b, rb, a, ra
    pair = (a, b)
    if pair == ("shape", "verb"):
        need = ra["verb"]
        if need in ("none", "fixed"):
            return not rb["form"]
        return need not in ("before", "after") or rb["position"] in (need, "both")
    if pair == ("shape", "value"):
        return not (rb["verb"] == "none" and ra["verb"] == "fixed")
    if pair == ("break", "shape"):
        return ra["role"] not in _ROLE_SLOT or _ROLE_SLOT[ra["role"]] in _slots(rb)
    if pair == ("metric", "value"):
        return ra["family"] == rb["family"]
    if pair == ("value", "verb"):
        return not (ra["verb"] == "none" and rb["form"])
    if pair == ("basis", "growth"):
        return rb["kind"] != "rate" or ra["takes"] == "any"
    if pair == ("break", "verb"):
        return ra["role"] != "V" or bool(rb["form"])
    if pair == ("break", "subject"):
        return ra["role"] != "S" or bool(rb["form"])
    return True


@cache
def _fitting(axis: str, other: str, name: str) -> frozenset[str]:
    """Names of the rows of ``axis`` that fit row ``name`` of axis ``other``."""
    row = next(r for r in axis_table(other) if r["name"] == name)
    return frozenset(r["name"] for r in axis_table(axis) if compatible(axis, r, other, row))


def choose(varied: str, row: Row, i: int, k: int, avoid: frozenset[str] = frozenset()) -> dict[str, Row] | None:
    """The rows of one sentence: ``row`` of the varied axis, the others stepped through.

    The shape must hold the varied form's slot; the axes in ``_PLAIN`` stay plain; rows named
    in ``avoid`` (``axis:name``) are not used to fill the other axes.
    """
    c = {varied: row}
    for j, axis in enumerate(AXES):
        if axis == varied:
            continue
        names = frozenset.intersection(*(_fitting(axis, b, r["name"]) for b, r in c.items()))
        fitting = [r for r in axis_table(axis)
                   if r["name"] in names and f"{axis}:{r['name']}" not in avoid
                   and r["name"] == _PLAIN.get(axis, r["name"])
                   and (axis != "shape" or not _SLOT[varied] or _SLOT[varied] in _slots(r))]
        if not fitting:
            return None
        c[axis] = fitting[(k * _STRIDES[axis] + i * 5 + j * 3) % len(fitting)]
    return c


# --------------------------------------------------------------------------
# Composing text
# --------------------------------------------------------------------------

Segment = tuple[str, str]  # (role, text)


def value_segments(text: str) -> list[Segment]:
    """A printed value as its qualifier, number and unit (with any word after it).

    >>> value_segments("近410亿元"), value_segments("410亿元左右")
    ([('qual', '近'), ('num', '410'), ('unit', '亿元')], [('qual', ''), ('num', '410'), ('unit', '亿元左右')])
    """
    m = _VALUE_PARTS.fullmatch(text)
    if m is None:
        raise ValueError(f"not a value: {text!r}")
    return [("qual", m["qual"]), ("num", m["num"]), ("unit", m["unit"])]


def growth_segments(form: str, rate: str) -> list[Segment]:
    """A growth phrase as its word, rate and percent sign.

    >>> growth_segments("增速为-{r}%", "0.8")
    [('gword', '增速为-'), ('rate', '0.8'), ('pct', '%')]
    """
    word, after = form.split("{r}")
    return [("gword", word), ("rate", rate), ("pct", after)]


def fill(template: str, slots: dict[str, list[Segment]]) -> list[Segment]:
    """The template's literal text and its slots' segments, in order.

    >>> fill("{P}，{S}增长", {"P": [("P", "上半年")], "S": [("S", "全市")]})
    [('P', '上半年'), ('lit', '，'), ('S', '全市'), ('lit', '增长')]
    """
    out: list[Segment] = []
    for n, part in enumerate(_PLACEHOLDER.split(template)):
        if n % 2:
            out.extend(slots[part])
        elif part:
            out.append(("lit", part))
    return out


def insert_break(segments: list[Segment], role: str, at: str, insert: str) -> list[Segment]:
    """Insert ``insert`` inside the first segment of ``role``: after ``at`` characters
    (negative: from its end), or after its decimal point when ``at`` is ``.``.

    >>> insert_break([("num", "385.12"), ("unit", "亿元")], "num", ".", "\\n")
    [('num', '385.\\n12'), ('unit', '亿元')]
    >>> insert_break([("unit", "亿美元")], "unit", "-1", "\\n\\n")
    [('unit', '亿美\\n\\n元')]
    """
    out = list(segments)
    for n, (r, text) in enumerate(out):
        if r == role and text:
            if at == ".":
                pos = text.find(".") + 1 or len(text) // 2
            else:
                pos = max(0, min(len(text), int(at) if int(at) >= 0 else len(text) + int(at)))
            out[n] = (r, text[:pos] + insert + text[pos:])
            return out
    raise ValueError(f"no {role} segment to break")


def wrap(text: str, width: int, insert: str) -> str:
    r"""Break a text into lines of ``width`` characters, as a newspaper column does.

    >>> wrap("上半年全市生产总值385.12亿元", 5, "\n")
    '上半年全市\n生产总值3\n85.12\n亿元'
    """
    return insert.join(text[n:n + width] for n in range(0, len(text), width))


def punctuate(text: str, row: Row) -> str:
    """Swap characters as the punctuation row says (full-width for ASCII or back).

    >>> punctuate("增长5.7%，", {"from": "%，", "to": "％,"})
    '增长5.7％,'
    """
    return text.translate(str.maketrans(row["from"], row["to"])) if row["from"] else text


# --------------------------------------------------------------------------
# One-fact sentences
# --------------------------------------------------------------------------

def single_fact(c: dict[str, Row], rate: str) -> tuple[str, Fact]:
    """Compose one sentence from chosen rows; return its text and the fact it states."""
    shape, metric, value, growth = c["shape"], c["metric"], c["value"], c["growth"]
    slots = {"P": [("P", c["period"]["form"])], "S": [("S", c["subject"]["form"])],
             "V": [("V", c["verb"]["form"])], "M": [("M", metric["form"])],
             "A": value_segments(value["text"]), "B": [("B", c["basis"]["form"])],
             "G": growth_segments(growth["form"], rate)}
    segments = fill(shape["template"], slots)
    brk = c["break"]
    if brk["role"] in _ROLE_SLOT:
        segments = insert_break(segments, brk["role"], brk["at"], _INSERTS[brk["insert"]])
    text = "".join(t for _, t in segments)
    if brk["role"] == "columns":
        text = wrap(text, int(brk["at"]), _INSERTS[brk["insert"]])
    text = punctuate(text, c["punctuation"])
    used = _slots(shape)
    has_value, has_growth = "A" in used, "G" in used
    period = c["period"]["period"]
    if "累计" in c["verb"]["form"] and re.fullmatch(r"M(?:[2-9]|1[0-2])", period):
        period = f"M1-{period}"  # 7月份…累计完成…: a running sum from January to the month named alone
    fact = Fact(c["subject"]["region"], metric["metric"], int(c["period"]["year"]), period,
                float(value["value"]) if has_value else None, value["unit"] if has_value else "",
                int(growth["sign"]) * float(rate) if has_growth else None,
                value["qualifier"] if has_value else "")
    return text, fact


def single_fact_variants(per_form: int = 12, avoid: frozenset[str] = frozenset()) -> Iterator[Variant]:
    """``per_form`` one-fact sentences for every form of every axis (more for the axes in
    ``PER_FORM``), with distinct texts."""
    seen: set[tuple[str, str, str]] = set()
    for varied in AXES:
        wanted = PER_FORM.get(varied, per_form)
        for i, row in enumerate(axis_table(varied)):
            made = 0
            for k in range(wanted * 4):
                if made == wanted:
                    break
                c = choose(varied, row, i, k, avoid)
                if c is None:
                    continue
                text, fact = single_fact(c, RATES[(i + k) % len(RATES)])
                key = (text, c["period"]["pub_date"], c["subject"]["home"])
                if key in seen:
                    continue
                seen.add(key)
                yield Variant(f"{varied}:{row['name']}:{made:02d}", text, c["period"]["pub_date"],
                              c["subject"]["home"], (fact,))
                made += 1


# --------------------------------------------------------------------------
# List sentences: several facts, paired with their figures
# --------------------------------------------------------------------------

_ITEMS = "ABC"
_URBAN_RURAL = ("income_urban_pc", "income_rural_pc")


def _pick(rows: list[Row], n: int, start: int, key: str) -> list[Row]:
    """``n`` rows from ``start`` on (cyclically) with distinct ``key``."""
    out: list[Row] = []
    for r in rows[start % len(rows):] + rows[:start % len(rows)]:
        if r[key] not in {o[key] for o in out}:
            out.append(r)
        if len(out) == n:
            return out
    raise ValueError(f"fewer than {n} distinct {key} rows")


def list_sentence(row: Row, k: int, avoid: frozenset[str] = frozenset()) -> Variant:
    """The ``k``-th sentence of one list form, with one fact per item."""
    template = row["template"]
    used = set(_PLACEHOLDER.findall(template))
    n = max(i for i, x in enumerate(_ITEMS, 1) if used & {x, f"R{x}", x.lower(), f"r{x.lower()}"})
    periods = [r for r in table("periods") if f"period:{r['name']}" not in avoid]
    period = periods[(k * 7 + 3) % len(periods)]
    plain = [v for v in table("values") if not v["qualifier"] and f"value:{v['name']}" not in avoid]
    rates = [RATES[(k * 3 + j) % len(RATES)] for j in range(n)]
    metrics = [m for m in table("metrics") if f"metric:{m['name']}" not in avoid]
    if row["vary"] == "region":
        homes = sorted({p["home"] for p in table("places")})
        home = homes[k % len(homes)]
        places = _pick([p for p in table("places") if p["home"] == home], n, k * 5, "region")
        metric = metrics[(k * 11) % len(metrics)]
        slots = {"M": metric["form"]} | {f"R{x}": p["form"] for x, p in zip(_ITEMS, places)}
        items = [(p["region"], metric["metric"], metric["family"]) for p in places]
    else:
        subjects = [s for s in table("subjects") if f"subject:{s['name']}" not in avoid]
        subject = subjects[(k * 5) % len(subjects)]
        home = subject["home"]
        if row["vary"] == "urban-rural":
            chosen = [{"form": "", "metric": m, "family": "income"} for m in _URBAN_RURAL]
        else:
            families = sorted({m["family"] for m in metrics
                               if len({x["metric"] for x in metrics if x["family"] == m["family"]}) >= n})
            family = families[k % len(families)]
            chosen = _pick([m for m in metrics if m["family"] == family], n, k * 7, "metric")
        slots = {"S": subject["form"]} | {x: m["form"] for x, m in zip(_ITEMS, chosen)}
        items = [(subject["region"], m["metric"], m["family"]) for m in chosen]
    values = _pick([v for v in plain if v["family"] == items[0][2]], n, k * 3, "text")
    slots |= {"P": period["form"], "r": rates[0]}
    slots |= {x.lower(): v["text"] for x, v in zip(_ITEMS, values)}
    slots |= {f"r{x.lower()}": r for x, r in zip(_ITEMS, rates)}
    punct = table("punctuation")[k % len(table("punctuation"))]
    text = punctuate(_PLACEHOLDER.sub(lambda m: slots[m[1]], template), punct)
    facts = []
    for x, (region, metric_id, _), v, r in zip(_ITEMS, items, values, rates):
        has_value = x.lower() in used
        sign = -1 if f"-{{r{x.lower()}}}" in template else 1
        yoy = float(rates[0]) if "r" in used else sign * float(r) if f"r{x.lower()}" in used else None
        facts.append(Fact(region, metric_id, int(period["year"]), period["period"],
                          float(v["value"]) if has_value else None, v["unit"] if has_value else "", yoy, ""))
    return Variant(f"list:{row['name']}:{k:02d}", text, period["pub_date"], home, tuple(facts))


def list_variants(per_form: int = 20, avoid: frozenset[str] = frozenset()) -> Iterator[Variant]:
    """``per_form`` sentences of every list form."""
    for row in table("lists"):
        for k in range(per_form):
            yield list_sentence(row, k, avoid)


def all_variants(per_form: int = 12, per_list: int = 20, avoid: frozenset[str] = frozenset()) -> list[Variant]:
    """Every generated sentence: one-fact sentences per form, then list sentences."""
    return [*single_fact_variants(per_form, avoid), *list_variants(per_list, avoid)]

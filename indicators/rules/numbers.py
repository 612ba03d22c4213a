"""Numbers, amounts and percents as printed in Chinese economic prose.

``parse_amount("385.12亿元")`` keeps the value as written and the canonical
unit, plus the value in base units (CNY, USD, kWh, count).
"""
from __future__ import annotations

import re
import sys
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from ..base.tables import MAGNITUDES, MEASURE_WORDS, UNITS, first_chars, scanner, trie_pattern

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "[零〇一二两三四五六七八九十百千]"

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAG = trie_pattern(list(MAGNITUDES))
_UNIT = trie_pattern([u for u in UNITS if u[0] not in "千万亿" or u.startswith("千瓦")] + ["美\u5143"])

# number (or 万 before 亿: 突破万亿大关, one 万亿 as 千亿 is one 千亿), optional 多/余, magnitude, optional 多/余, currency/count unit; needs a magnitude or a unit.
# (a Chinese numeral run opens no number right after another numeral or a word's first character: 唯一一个, 第一个,
# 统一, 逐一, 一一对应 are words)
# a sum in 万 and units before 元 or 亿 (6万4183元, 3万9,218元, 五万四千三百零五元: 64183 and 54305 元; as spoken,
# 5万3230.99亿元, 1万零86亿元: 53230.99 and 10086 亿元) is one number, and so is a sum in 亿 and 万 before 万
# (3亿2600万元: 32600 万元)
_WAN_AND_UNITS = (rf"\d+万零?(?:\d{{1,3}},\d{{3}}|\d{{1,4}})(?:\.\d+)?(?=元|美元|亿)|\d+亿零?\d{{1,4}}(?:\.\d+)?(?=万)"
                  rf"|(?<![零〇一二两三四五六七八九十百千唯统同单逐第]){CN_NUMERAL}+万{CN_NUMERAL}+(?:点[零〇一二三四五六七八九]+)?(?=元|美元|亿)")
# a number of thousands before 万 or 亿 (3千亿元, 1.5千万美元: 3000 亿元, 1500 万美元) is one number
_THOUSANDS_OF = r"\d+(?:\.\d+)?千(?=[万亿])"
AMOUNT_PATTERN = (rf"(?P<num>{_WAN_AND_UNITS}|{_THOUSANDS_OF}|{NUMBER}|(?<![零〇一二两三四五六七八九十百千唯统同单逐第]){CN_NUMERAL}+(?:点[零〇一二三四五六七八九]+)?|万(?=亿))"
                  rf"(?P<q1>多|余)?(?P<mag>(?!千瓦){_MAG})?(?P<q2>多|余)?(?P<unit>{_UNIT})?")
# an amount begins with a numeral; after it comes another, a separator, 多/余, a magnitude or a unit
# (a lone numeral followed by anything else is no amount, and re passes over it)
AMOUNT = scanner(AMOUNT_PATTERN, first=CN_NUMERAL.strip("[]") + "万", digits=True,
                 second=set(CN_NUMERAL.strip("[]") + ",.点多余") | first_chars([*MAGNITUDES, *UNITS, "美\u5143"]))
# the two characters AMOUNT's lookahead asks for, as a class that begins a pattern: re reaches them
# by its fast scan of a character set (a pattern that begins with a lookahead is tried at every position)
_AMOUNT_START = re.compile(AMOUNT.pattern[len("(?="):AMOUNT.pattern.index(")(?:")])


def amounts_in(text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
    """The ``AMOUNT`` matches of ``text`` (from ``pos`` to ``endpos``), as ``AMOUNT.finditer`` finds
    them, tried only where its lookahead holds (found by :data:`_AMOUNT_START`): half the time.

    >>> t = "二〇二三年,GDP 1,234.5亿元,增长5.7%;千亿,3项"
    >>> [m.span() for m in amounts_in(t)] == [m.span() for m in AMOUNT.finditer(t)]
    True
    """
    out: list[re.Match[str]] = []
    start, match = _AMOUNT_START.search, AMOUNT.match
    while (c := start(text, pos, endpos)) is not None:
        m = match(text, c.start(), endpos)
        if m is None:
            pos = c.start() + 1
        else:
            out.append(m)
            pos = m.end()  # (a match holds its number: never empty)
    return out


PERCENT_PATTERN = rf"(?P<sign>[-+])?(?P<num>{NUMBER})(?:%|‰)|(?P<times>{NUMBER})倍"
# The lookahead is the shape every match has (digits, then %, ‰ or 倍): re checks it in C and skips
# the numbers that are not rates, twice as fast as regex without it; the matches are the same.
PERCENT = re.compile(rf"(?=[-+]?[\d,.]+(?:%|‰|倍))(?:{PERCENT_PATTERN})")
RATE_MARKS = ("%", "‰", "倍")  # a rate holds one of these: without any, a PERCENT scan is skipped
_RUN_CHARS = "0123456789,.+-"  # what a rate may hold before its mark (its sign, digits and separators)


def percents_in(text: str) -> list[re.Match[str]]:
    """The ``PERCENT`` matches of ``text``, as ``PERCENT.finditer`` finds them, found from the marks.

    Every match ends right after a mark (%, ‰, 倍) and holds none before it, so it lies inside the
    run of signs, digits and separators before its mark: only that run is scanned (PERCENT's
    lookahead costs re a try at every character of a text).  A non-ASCII digit before the run
    (which the run's characters leave out) sends the scan back to the mark before, as a full scan.

    >>> t = "增长5.7%,出口下降-1.2%,是2倍;1,234.5‰和6%"
    >>> [m.span() for m in percents_in(t)] == [m.span() for m in PERCENT.finditer(t)]
    True
    """
    marks = sorted(i for mark in RATE_MARKS if mark in text for i in _positions(text, mark))
    out, lo = [], 0
    for j in marks:
        start = lo + len(text[lo:j].rstrip(_RUN_CHARS))
        if start > lo and text[start - 1].isdecimal():
            start = lo
        if start < j and (m := PERCENT.search(text, start, j + 1)) is not None:
            out.append(m)
        lo = j + 1
    return out


def _positions(text: str, char: str) -> list[int]:
    """Where ``char`` stands in ``text``."""
    out, i = [], text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def parse_number(text: str) -> Decimal | None:
    """Parse Arabic (with thousands separators) or Chinese numerals.

    >>> parse_number("1,234.5")
    Decimal('1234.5')
    >>> parse_number("三千五百")
    Decimal('3500')
    >>> parse_number("十二")
    Decimal('12')
    >>> parse_number("千")
    Decimal('1000')
    >>> parse_number("万")
    Decimal('10000')
    >>> parse_number("6万4183"), parse_number("三万两百九十五点八"), parse_number("2万158")
    (Decimal('64183'), Decimal('30295.8'), Decimal('20158'))
    >>> parse_number("5万3230.99"), parse_number("1万零86"), parse_number("3亿2600"), parse_number("一万零五百")
    (Decimal('53230.99'), Decimal('10086'), Decimal('32600'), Decimal('10500'))
    >>> parse_number("abc") is None
    True
    """
    text = text.replace(",", "")
    if text == "万":
        return Decimal(10000)  # 万亿: ten thousand 亿
    if text[-1:] == "千" and text[:1].isdigit():  # 3千 (亿元), 1.5千 (万美元): thousands
        if (n := parse_number(text[:-1])) is None:
            return None
        return (n * 1000).quantize(Decimal(1)) if n * 1000 == (n * 1000).to_integral_value() else n * 1000
    head, wan, rest = text.partition("万") if "万" in text else text.partition("亿")
    if wan and head and rest:  # 6万4183, 五万四千三百零五, 1万零86: 万 and the units after it; 3亿2600: 亿 and the 万 after it
        high, low = parse_number(head), parse_number(rest.lstrip("零") if rest[-1:].isdigit() else rest)
        return None if high is None or low is None else high * 10000 + low
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_SMALL and ch != "点" for ch in text):
        return None
    whole, _, frac = text.partition("点")
    total, digit = 0, None
    for ch in whole:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
    total += digit or 0
    if frac:
        return Decimal(f"{total}." + "".join(str(_CN_DIGITS[c]) for c in frac if c in _CN_DIGITS))
    return Decimal(total)


class Amount(NamedTuple):
    """An amount as printed: value and unit as written, plus base units."""

    value: Decimal
    unit: str
    base_unit: str
    value_base: float
    text: str


_COUNT_UNITS = frozenset(u for u, spec in UNITS.items() if spec.base == "count")  # 个, 家, 项, 户


def amount_from_match(m: re.Match[str], money_default: bool = True) -> Amount | None:
    """Build an :class:`Amount` from an ``AMOUNT`` match; ``None`` without a unit, or with a bare
    magnitude before a measure of things (``vocab/measure_words.csv``).

    >>> [str(a and a.unit) for t in ("18.9万,增长", "95.4万辆,", "120万吨", "30万千瓦", "3.5万千瓦时")
    ...  for a in [amount_from_match(AMOUNT.match(t))]]
    ['万元', 'None', 'None', 'None', '万千瓦时']
    """
    num, mag, unit = m.group("num", "mag", "unit")
    if not (mag or unit):
        return None
    mag, unit = mag or "", unit or ""
    value = parse_number(num)
    if value is None:
        return None
    if not num[0].isdigit() and not mag and unit not in ("元", "美元"):
        return None  # 十项, 三个: counting words, not amounts
    if unit in _COUNT_UNITS:
        if mag and (mag != "万" or unit == "户"):
            return None  # (5.8万户: households or market entities, no count of ours)
        factor = MAGNITUDES.get(mag, 1.0)
        return Amount(value * Decimal(factor).normalize() if mag else value, unit, "count",
                      float(value) * factor, m.group())
    if not unit:
        if not money_default or m.string.startswith(MEASURE_WORDS, m.end()):
            return None  # (95.4万辆, 120万吨: things counted or weighed, no money)
        unit = "元"
    spec = UNITS.get(mag + unit)  # 亿元 is a unit of its own; 亿 + 美元 is a magnitude of one
    factor = 1.0
    if spec is None:
        spec, factor = UNITS.get(unit), MAGNITUDES.get(mag, 1.0)
        if spec is None:
            return None
        if mag and (whole := UNITS.get(mag + spec.canonical)) is not None:
            spec, factor = whole, 1.0  # 2.5万亿元人民币: 万亿 + 元人民币 is 万亿元, its magnitude kept in the unit
    return Amount(value, spec.canonical, spec.base, float(value) * factor * spec.magnitude, m.group())


def parse_amount(text: str) -> Amount | None:
    """Parse one amount such as ``385.12亿元``.

    >>> a = parse_amount("385.12亿元"); (a.value, a.unit, a.base_unit, a.value_base)
    (Decimal('385.12'), '亿元', 'CNY', 38512000000.0)
    >>> parse_amount("3.18亿美元").unit
    '亿美元'
    >>> parse_amount("18.9亿").unit
    '亿元'
    >>> parse_amount("千亿元").value, parse_amount("3千亿元").value, parse_amount("1.5千万美元").unit
    (Decimal('1000'), Decimal('3000'), '万美元')
    >>> parse_amount("1.5千万美元").value, parse_amount("1.25千亿元").value
    (Decimal('1500'), Decimal('1250'))
    >>> parse_amount("万亿").value_base, parse_amount("万元") is None
    (1000000000000.0, True)
    >>> parse_amount("20.2亿千瓦时").value_base
    2020000000.0
    >>> parse_amount("600千瓦时").unit
    '千瓦时'
    >>> parse_amount("2.61亿千瓦小时").unit, parse_amount("3.5亿kWh").value_base
    ('亿千瓦时', 350000000.0)
    >>> parse_amount("6万4183元").value, parse_amount("3万9,218元").unit, parse_amount("五万两千五百三十元").value
    (Decimal('64183'), '元', Decimal('52530'))
    >>> [(a.value, a.unit) for t in ("5万3230.99亿元", "1万零86亿元", "3亿2600万元", "五万三千亿元") for a in [parse_amount(t)]]
    [(Decimal('53230.99'), '亿元'), (Decimal('10086'), '亿元'), (Decimal('32600'), '万元'), (Decimal('53000'), '亿元')]
    >>> a = parse_amount("2.5万亿元人民币"); (a.value, a.unit, a.value_base)
    (Decimal('2.5'), '万亿元', 2500000000000.0)
    >>> parse_amount("125个").base_unit
    'count'
    >>> parse_amount("5.7%") is None
    True
    """
    m = AMOUNT.fullmatch(text.strip())
    return amount_from_match(m) if m else None


def percent_value(m: re.Match[str], sign: int) -> float:
    """The signed percent of a ``PERCENT`` match under a growth verb of ``sign``."""
    if m.group("times"):
        return round(sign * float(m.group("times").replace(",", "")) * 100, 6)
    v = float(m.group("num").replace(",", ""))
    if m.group("sign") == "-":
        v = -v
    return v if sign > 0 else -abs(v)

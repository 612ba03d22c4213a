"""Publication dates: parse the manifest's forms and infer one from the text.

A date may be ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.  Relative words in an
article (今年, 上半年, 去年) are resolved against it, never against "now".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..base.tables import ANNIVERSARIES


@dataclass(frozen=True, slots=True)
class PubDate:
    """A publication date with optional month and day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")  # re: a call costs half of regex's


def parse_pub_date(text: str | None) -> PubDate | None:
    """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` when it is not one.

    >>> parse_pub_date("2024-07-26")
    PubDate(year=2024, month=7, day=26)
    >>> str(parse_pub_date("2021-07"))
    '2021-07'
    >>> parse_pub_date("2021-13-01") is None
    True
    >>> parse_pub_date("yesterday") is None
    True
    """
    m = _ISO.fullmatch((text or "").strip())
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if not 1900 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return PubDate(year, month, day)


_FULL_DATE = regex.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?!\d)")
_YEAR_MONTH = regex.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?!\d)")
_YEAR_REPORT = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:度|工作|政府工作报告)")
_ANNIV = regex.compile(r"(" + "|".join(map(regex.escape, ANNIVERSARIES)) + r")(\d{1,3})周年")


def infer_pub_date(text: str) -> PubDate | None:
    """Guess a publication date from an article's own text.

    Takes the latest full date printed in the text, else a ``YYYY年M月``,
    else a report year (``2021年度`` is published the next year), else an
    anniversary (建军95周年 → 2022).

    >>> str(infer_pub_date("本报讯 2024年7月25日下午，会议召开。"))
    '2024-07-25'
    >>> str(infer_pub_date("关于2021年度先进集体的通报"))
    '2022'
    >>> str(infer_pub_date("庆祝中国人民解放军建军95周年"))
    '2022'
    >>> infer_pub_date("没有日期") is None
    True
    """
    dates = []
    for m in _FULL_DATE.finditer(text):
        d = parse_pub_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
        if d:
            dates.append(d)
    if dates:
        return max(dates, key=lambda d: (d.year, d.month or 0, d.day or 0))
    months = [parse_pub_date(f"{m.group(1)}-{m.group(2)}") for m in _YEAR_MONTH.finditer(text)]
    months = [d for d in months if d]
    if months:
        return max(months, key=lambda d: (d.year, d.month or 0))
    reports = [int(m.group(1)) for m in _YEAR_REPORT.finditer(text)]
    if reports:
        return PubDate(max(reports) + 1)
    m = _ANNIV.search(text)
    if m:
        return PubDate(ANNIVERSARIES[m.group(1)] + int(m.group(2)))
    return None

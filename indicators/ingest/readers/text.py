"""Plain-text decoding: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030.

GBK and GB2312 are subsets of GB18030, so files from Chinese Windows tools
decode with it.  The encoding used is recorded.  Bytes that are not text are
reported, never decoded into mojibake: a UTF-8 file with a few damaged bytes
stays UTF-8 (each damaged run becomes U+FFFD and is counted), and a file
that is mostly control characters is refused as binary.

Control characters other than tab, line feed, carriage return and form feed
(NUL above all) are replaced by spaces *of the same length*, so offsets into
the decoded text stay offsets into ``Document.text``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .formats import Read

#: Share of undecodable bytes above which a file is "not text" rather than damaged text.
MAX_BAD_SHARE = 0.02
#: Share of control or unassigned characters above which decoded text is binary junk.
MAX_JUNK_SHARE = 0.05

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(slots=True)
class Decoded:
    """Decoded text, the encoding used and what had to be repaired."""

    text: str
    encoding: str
    problems: list[str] = field(default_factory=list)


_REPLACED = regex.compile("\ufffd+")


def _bad_runs(data: bytes, encoding: str) -> tuple[str, list[int]]:
    """Decode with U+FFFD for bad bytes; return the text and the character offsets of bad runs.

    >>> _bad_runs(b"ab\\xff\\xfecd", "utf-8")
    ('ab\ufffd\ufffdcd', [2])
    """
    text = data.decode(encoding, errors="replace")
    if "\ufffd" not in text:
        return text, []
    return text, [m.start() for m in _REPLACED.finditer(text)]


def _where(offsets: list[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:5])
    return shown + (f" and {len(offsets) - 5} more" if len(offsets) > 5 else "")


def _junk_share(text: str) -> float:
    """Share of characters that do not occur in real text (controls, unassigned, private use).

    NUL is not counted: NUL padding after real text is common in broken downloads.
    """
    if not text:
        return 0.0
    sample = text[:200_000]
    odd = len(_odd_below_astral().findall(sample)) + sum(1 for ch in _ASTRAL.findall(sample) if _odd(ch))
    return odd / len(sample)


_ODD_CATEGORIES = ("Cc", "Cn", "Co", "Cs")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _odd(ch: str) -> bool:
    return ch not in "\t\n\r\f\x00" and unicodedata.category(ch) in _ODD_CATEGORIES


@lru_cache(maxsize=1)
def _odd_below_astral() -> re.Pattern[str]:
    """The odd characters below U+10000 as one character class, built on first use: a scan in C
    instead of a category lookup per character (characters above are judged one by one)."""
    ranges, start = [], None
    for cp in range(0x10001):
        if cp < 0x10000 and _odd(chr(cp)):
            start = cp if start is None else start
        elif start is not None:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(cp - 1)) if cp - 1 > start else ""))
            start = None
    return re.compile("[" + "".join(ranges) + "]")


def decode_text(data: bytes) -> Decoded:
    """Decode article bytes, repairing what can be repaired and saying so.

    Raises ``DecodeError`` with a plain message when the bytes are not text.

    >>> decode_text("增长5.7%".encode("gb18030")).encoding
    'gb18030'
    >>> d = decode_text("增长5.7%".encode("utf-8") + b"\\xff" + "亿元".encode("utf-8"))
    >>> d.text, d.encoding, d.problems
    ('增长5.7%\\ufffd亿元', 'utf-8', ['1 undecodable byte run(s) at character 6 replaced by U+FFFD'])
    >>> decode_text("生产总值\\x00\\x00385.12亿元".encode()).text
    '生产总值  385.12亿元'
    """
    if data.startswith(codecs.BOM_UTF8):
        text, bad = _bad_runs(data[3:], "utf-8")
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        order = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text, bad = _bad_runs(data[2:], order)
        encoding = "utf-16"
    else:
        text, bad = _bad_runs(data, "utf-8")
        encoding = "utf-8"
        if bad:
            # Decide between damaged UTF-8 and a legacy Chinese encoding.
            non_ascii = sum(1 for ch in text if ord(ch) > 127)
            utf8_share = len(bad) / max(non_ascii, 1)
            gb_text, gb_bad = _bad_runs(data, "gb18030")
            if utf8_share > 0.1 and len(gb_bad) < len(bad):
                text, bad, encoding = gb_text, gb_bad, "gb18030"
    problems: list[str] = []
    if bad:
        if len(bad) > max(3, MAX_BAD_SHARE * len(data)):
            raise DecodeError(f"not text: {len(bad)} undecodable byte runs as UTF-8, UTF-16 or "
                              f"GB18030 (first at character {bad[0]}); binary file or unknown encoding?")
        problems.append(f"{len(bad)} undecodable byte run(s) at character {_where(bad)} replaced by U+FFFD")
    nul = text.count("\x00")
    if nul > len(text) / 2 and len(text) - nul - len(_CONTROL.findall(text)) < 256:
        raise DecodeError(f"not text: {nul} of its {len(text)} characters are NUL bytes (binary file?)")
    if _junk_share(text) > MAX_JUNK_SHARE:
        raise DecodeError(f"not text: decodes as {encoding} but is mostly control or unassigned "
                          "characters (binary file?)")
    controls = _CONTROL.findall(text)
    if controls:
        nul = sum(1 for c in controls if c == "\x00")
        what = f"{nul} NUL byte(s)" if nul == len(controls) else f"{len(controls)} control character(s)"
        problems.append(f"{what} replaced by spaces")
        text = _CONTROL.sub(" ", text)
    return Decoded(text, encoding, problems)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)`` (repairs are not reported).

    >>> decode_bytes("增长5.7%".encode("gb18030"))
    ('增长5.7%', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf385.12")
    ('385.12', 'utf-8-sig')
    """
    d = decode_text(data)
    return d.text, d.encoding


def read_text(data: bytes) -> Read:
    """Read a plain-text article file.

    >>> r = read_text("增长5.7%".encode("utf-16"))
    >>> r.text, r.encoding
    ('增长5.7%', 'utf-16')
    """
    from .formats import Read, ReadError

    if not data:
        raise ReadError("empty file (0 bytes): nothing to read")
    try:
        d = decode_text(data)
    except DecodeError as e:
        raise ReadError(str(e)) from e
    return Read(d.text, "txt", d.encoding, problems=d.problems)

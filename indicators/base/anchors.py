"""Scanning a text only where a pattern's matches can be: near the characters every match holds.

``re`` scans a pattern that begins with a lookahead or with named groups of alternatives by trying
its match at every character (a few hundred instructions each).  When every match holds one of a
few characters (its *anchors*: 年, 月, 季, 期 for a time expression), a match begins in the run of
characters that can stand in a match (before its first anchor) right before an anchor: finding the
anchors (str's search for one character costs almost nothing) and trying the match only in those
runs finds the same matches, in the same order.  Both the anchors and the characters a match can
hold are read from the compiled pattern's own parse, so a new table word cannot slip past them.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _constants as C  # the parse of a pattern (the standard library's own compiler reads it)
from re import _parser

_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# the characters of a class category a match may hold, as a run of them is stripped (a character of the
# category outside these is caught by the class test, which sends the scan back to the anchor before)
_CATEGORY_CHARS = {C.CATEGORY_DIGIT: ("0123456789", r"\d"), C.CATEGORY_SPACE: (" \t\n\r\f\v\u3000\xa0", r"\s")}


def _class_chars(items: list) -> tuple[set[str], set] | None:
    """The characters and categories of a class's items; None for a negated class or another category."""
    chars: set[str] = set()
    cats: set = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is C.CATEGORY and av in _CATEGORY_CHARS:
            cats.add(av)
        else:
            return None
    return chars, cats


def _parts(op: object, av: object) -> list | None:
    """The sub-sequences an item of a parse is made of (None for a single character or zero width)."""
    if op is C.SUBPATTERN:
        return [av[3]]  # type: ignore[index]
    if op is C.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in _REPEATS:
        return [av[2]]  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return [av]
    return None


def consumed(seq: Iterable) -> tuple[set[str], set] | None:
    """The characters (and class categories) a match of a parsed pattern can consume (what its
    lookarounds read is not consumed); None when it can consume any character (., [^…], a back-reference)."""
    chars: set[str] = set()
    cats: set = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        got = (({chr(av)}, set()) if op is C.LITERAL else _class_chars(av) if op is C.IN
               else _merge([consumed(p) for p in parts]) if (parts := _parts(op, av)) is not None else None)
        if got is None:
            return None
        chars |= got[0]
        cats |= got[1]
    return chars, cats


def _merge(found: list[tuple[set[str], set] | None]) -> tuple[set[str], set] | None:
    if any(f is None for f in found):
        return None
    return set().union(*(f[0] for f in found)), set().union(*(f[1] for f in found))  # type: ignore[index]


def required(seq: Iterable, prefer: frozenset[str]) -> frozenset[str] | None:
    """Characters one of which every match of a parsed sequence consumes (None when none is sure):
    of the items it must consume, the one whose set lies within ``prefer``, else the smallest set
    (the last of equal ones: a word's last character is often rarer than its first)."""
    best: frozenset[str] | None = None
    for op, av in seq:
        if op is C.LITERAL:
            got: frozenset[str] | None = frozenset(chr(av))
        elif op is C.IN:
            cls = _class_chars(av)
            got = frozenset(cls[0]) if cls is not None and not cls[1] else None
        elif op is C.BRANCH:
            alts = [required(p, prefer) for p in av[1]]
            got = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN or op is C.ATOMIC_GROUP or (op in _REPEATS and av[0] >= 1):
            got = required(_parts(op, av)[0], prefer)  # type: ignore[index]
        else:
            got = None
        if got is not None and (best is None or _rank(got, prefer) <= _rank(best, prefer)):
            best = got
    return best


def _rank(chars: frozenset[str], prefer: frozenset[str]) -> tuple[bool, int]:
    return not chars <= prefer, len(chars)


class Anchored:
    """A compiled pattern whose scans (``finditer``, ``search``) try a match only in the run of
    characters before each of its anchors; its other methods are the pattern's own.

    >>> p = Anchored(re.compile(r"(?:19|20)\\d{2}年|[上下]半年|\\d+月"), "年月")
    >>> p.anchors, [m.group() for m in p.finditer("2023年上半年,3月和12月")]
    ('年月', ['2023年', '上半年', '3月', '12月'])
    >>> p.search("今年3月").span(), p.search("今天") is None
    ((2, 4), True)
    """

    __slots__ = ("re", "pattern", "anchors", "match", "fullmatch", "sub", "_run", "_in_run")

    def __init__(self, compiled: re.Pattern[str], prefer: Iterable[str] = ()) -> None:
        tree = _parser.parse(compiled.pattern, compiled.flags)
        anchors = required(tree, frozenset(prefer))
        chars = consumed(tree)
        if anchors is None or chars is None or tree.getwidth()[0] == 0 or compiled.flags & re.IGNORECASE:
            raise ValueError(f"no anchors every match holds: {compiled.pattern[:60]!r}")
        self.re, self.pattern = compiled, compiled.pattern
        self.match, self.fullmatch, self.sub = compiled.match, compiled.fullmatch, compiled.sub
        self.anchors = "".join(sorted(anchors))
        run = chars[0] - anchors  # what may stand in a match before its first anchor
        self._run = "".join(sorted(run)) + "".join(_CATEGORY_CHARS[c][0] for c in chars[1])
        inside = re.sub(r"([\\\]\[^-])", r"\\\1", "".join(sorted(run))) + "".join(_CATEGORY_CHARS[c][1] for c in chars[1])
        self._in_run = re.compile("[" + inside + "]" if inside else "(?!)")

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The matches ``self.re.finditer`` finds.  Every match holds an anchor; the characters
        before its first one are of the run characters, so it begins in the run before that anchor
        (no earlier than the anchor before): only there is a match tried, anchor by anchor."""
        pos, end = max(pos, 0), max(min(endpos, len(string)), 0)  # as re reads them (str.find counts from the end)
        marks = [i for a in self.anchors if a in string for i in _positions(string, a, pos, end)]
        if len(self.anchors) > 1:
            marks.sort()
        match, run, in_run = self.re.match, self._run, self._in_run.match
        after = pos  # where the run before the next anchor may begin at the earliest
        for j in marks:
            if j >= pos:
                lo = pos if pos > after else after
                start = lo + len(string[lo:j].rstrip(run))
                if start > lo and in_run(string, start - 1):  # a run character the strip missed (a digit of another script)
                    start = lo
                for i in range(start, j + 1):
                    if (m := match(string, i, endpos)) is not None:
                        yield m
                        pos = m.end()  # (after j: the match holds its anchor)
                        break
            after = j + 1

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The match ``self.re.search`` finds: the first of :meth:`finditer`'s."""
        return next(self.finditer(string, pos, endpos), None)


def _positions(text: str, char: str, pos: int, end: int) -> list[int]:
    """Where ``char`` stands in ``text[pos:end]``."""
    out, i = [], text.find(char, pos, end)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1, end)
    return out

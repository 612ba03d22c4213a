"""Skipping a pattern where it cannot match, by what its parse says every match holds.

A call of ``re`` costs far more than a look at one character or a plain ``in`` test of a word,
and most places a pattern is tried hold no match.  The functions here read a compiled pattern's
parse (the one the standard library's own compiler reads) once and say what every match of it
must hold, so a gate built from them stays right when the vocabulary a pattern is built from
changes:

- :func:`edge_chars`: the characters a match may begin (or end) with, for a pattern run at a known
  place (``match(text, e)`` right after a token, a ``…$`` pattern searched right before one);
- :func:`needed_words`: words one of which every match contains, for a pattern searched over a
  whole text (a plain ``in`` test of each is a fast scan of its own);
- :class:`Anchored`: a pattern whose scans try a match only at the characters a match may begin
  with: those that may stand before the characters every match holds (its *anchors*: 年, 月, 季, 期
  for a time expression) and the anchors.  ``re`` scans a pattern that begins with a lookahead or
  with named groups of alternatives by trying its match at every character (a few hundred
  instructions each); a scan that begins with a class of those characters is reached by re's fast
  scan of a character set, and from each it looks at the whole pattern in C: the same matches, in
  the same order.

>>> needed_words("(?:较|比)(?:上年|去年)同期\\\\(")
('同期(',)
>>> needed_words("当月|本月|^其中[,]?\\\\d{1,2}月")
('其中', '当月', '本月')
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _constants as C  # type: ignore[attr-defined]  # (the parse re compiles from)
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any

DIGIT = "\\d"  # in an edge set: any decimal digit (what \d matches in a str pattern)
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# the characters of a class category a match may hold, as a run of them is stripped (a character of the
# category outside these is caught by the class test, which sends the scan back to the anchor before)
_CATEGORY_CHARS = {C.CATEGORY_DIGIT: ("0123456789", r"\d"), C.CATEGORY_SPACE: (" \t\n\r\f\v\u3000\xa0", r"\s")}


def _class_items(items: list[Any], widest: int = sys.maxunicode + 1) -> tuple[set[str], set[Any]] | None:
    """The characters and categories (digits, spaces) of a parsed class's items; None for a negated
    class, another category, or a range wider than ``widest``."""
    chars: set[str] = set()
    cats: set[Any] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < widest:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is C.CATEGORY and av in _CATEGORY_CHARS:
            cats.add(av)
        else:
            return None
    return chars, cats


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a parsed class, when it is a small set of them (and digits, as :data:`DIGIT`)."""
    got = _class_items(items, widest=256)
    if got is None or got[1] - {C.CATEGORY_DIGIT}:
        return None
    return got[0] | ({DIGIT} if got[1] else set())


def edge_chars(pattern: str, last: bool = False) -> frozenset[str] | None:
    """The characters a match of ``pattern`` may begin with (``last``: end with) (:data:`DIGIT`
    stands for any digit; a ``$`` adds the line break it may stand before); None when no such
    small set is known: a class by another category, a negated class, any character, a
    lookaround, or a pattern that may match nothing.

    >>> sorted(edge_chars("(?:延续|保持)了?$", last=True)), sorted(edge_chars("(?:同期)?的?[水第]"))
    (['\\n', '了', '持', '续'], ['同', '水', '的', '第'])
    >>> sorted(edge_chars(r"\\d+倍")), edge_chars("[^a]b"), edge_chars("a?")
    (['\\\\d'], None, None)
    """
    parsed = _sre.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    chars = _edge(list(parsed), last)
    return None if chars is None or "" in chars else frozenset(chars)


def at_edge(c: str, chars: frozenset[str]) -> bool:
    """Whether character ``c`` ("" past the text's end) is one of ``chars`` (see :func:`edge_chars`).

    >>> at_edge("7", frozenset({DIGIT})), at_edge("", frozenset({DIGIT})), at_edge("倍", frozenset("倍"))
    (True, False, True)
    """
    return c in chars or (DIGIT in chars and c.isdecimal() and c != "")


def _edge(items: list[Any], last: bool) -> set[str] | None:
    """The edge characters of a parsed sequence ("" in them: the whole sequence may match nothing)."""
    found: set[str] = set()
    for op, arg in reversed(items) if last else items:
        if op is C.LITERAL:
            here: set[str] | None = {chr(arg)}
        elif op is C.IN:
            here = _class_chars(arg)
        elif op is C.BRANCH:
            alts = [_edge(list(alt), last) for alt in arg[1]]
            here = None if None in alts else set().union(*alts)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN:
            here = _edge(list(arg[3]), last) if not arg[1] and not arg[2] else None
        elif op in _REPEATS:
            here = _edge(list(arg[2]), last)
            if here is not None and arg[0] == 0:
                here.add("")
        elif op is C.AT:
            here = {"", "\n"} if arg is C.AT_END and last else {""}  # ($ may stand before a final \n)
        else:
            return None  # any character, a negated literal, a lookaround, a back reference
        if here is None:
            return None
        found |= here - {""}
        if "" not in here:
            return found
    return found | {""}


def needed_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` contains (the longest such set found: a run
    of literal characters every match holds, or one per alternative); None when none is known.

    >>> needed_words("(?:增速|降幅)(?:比|较)\\\\d+%"), needed_words("a?b*"), needed_words("(?i)ab")
    (('增速', '降幅'), None, None)
    """
    parsed = _sre.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    words = _needed(list(parsed))
    return tuple(sorted(words)) if words else None


def _needed(items: list[Any]) -> set[str] | None:
    """The best set of needed words of a parsed sequence: its shortest word longest, then fewest words."""
    options: list[set[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is C.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append({run})
            run = ""
        inner = None
        if op is C.BRANCH:
            alts = [_needed(list(alt)) for alt in arg[1]]
            inner = None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN and not arg[1] and not arg[2]:
            inner = _needed(list(arg[3]))
        elif op in _REPEATS and arg[0] >= 1:
            inner = _needed(list(arg[2]))
        if inner:
            options.append(inner)
    return max(options, key=lambda ws: (min(map(len, ws)), -len(ws)), default=None)


def edges(pattern: re.Pattern[str], last: bool = False) -> frozenset[str]:
    """:func:`edge_chars` of a compiled pattern that has them (a gate is built from them)."""
    chars = edge_chars(pattern.pattern, last)
    if chars is None:
        raise ValueError(f"no edge characters to gate {pattern.pattern[:40]!r} with")
    return chars


def needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """:func:`needed_words` of a compiled pattern that has them (a gate is built from them)."""
    words = needed_words(pattern.pattern)
    if words is None:
        raise ValueError(f"no needed words to gate {pattern.pattern[:40]!r} with")
    return words


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (see :func:`needed_words`).  A word of two or more
    characters is looked for only in a text that holds its first: str's test for one character is a
    fast scan, for two a scan several times slower through Chinese text, and most texts hold none.

    >>> holds_any("当月增长5%", ("其中", "当月")), holds_any("其余增长5%", ("其中", "月"))
    (True, False)
    """
    for word in words:
        if word[0] in text and (len(word) == 1 or word in text):
            return True
    return False


def found_from(pattern: re.Pattern[str], text: str, firsts: frozenset[str]) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``, tried only where one of ``firsts`` stands
    (every character a match may begin with: :func:`edges`), found by str's fast scan for one
    character: over a whole article, re's scan of a pattern of words tries every character.

    >>> town = re.compile("我镇|本镇")
    >>> found_from(town, "本报讯 我镇今年…", frozenset("我本")), found_from(town, "本报讯 我市今年…", frozenset("我本"))
    (True, False)
    """
    for c in firsts:
        i = text.find(c)
        while i >= 0:
            if pattern.match(text, i) is not None:
                return True
            i = text.find(c, i + 1)
    return False


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
        got = (({chr(av)}, set()) if op is C.LITERAL else _class_items(av) if op is C.IN
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
            cls = _class_items(av)
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


def guarded(pattern: str) -> str:
    r"""``pattern`` with each of its top-level alternatives led by a lookahead of the characters a match
    of that alternative may begin with: the same matches.  ``re`` skips an alternative by its first
    character only when it opens with a literal or a class; one that opens with a named group or a
    lookbehind is entered and tried at every place the pattern is (a few hundred instructions for a
    long one), where the guard fails at once.  An alternative whose first character is not known (or
    that may match nothing), or that opens with a literal or a class (re's own skip), gets no guard.

    >>> guarded(r"(?P<y>(?<!\d)\d+年)|(?P<w>上半年|下半年)|全年|.")
    '(?=[\\d])(?P<y>(?<!\\d)\\d+年)|(?=[上下])(?P<w>上半年|下半年)|全年|.'
    """
    alternatives = _top_alternatives(pattern)
    try:
        if len(alternatives) < 2 or _sre.parse(pattern).state.flags & (re.IGNORECASE | re.VERBOSE):
            return pattern
    except re.error:
        return pattern
    out = []
    for alt in alternatives:
        try:
            items = list(_sre.parse(alt))
        except re.error:  # (a reference to a group of another alternative)
            items = []
        first = _leading(items) if items and items[0][0] not in (C.LITERAL, C.IN) else None  # (re skips those)
        out.append(alt if first is None or "" in first[0]
                   else "(?=" + _class_pattern(first[0], first[1]) + ")" + alt)
    return "|".join(out)


def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not one in a group, a class or escaped)."""
    out, depth, in_class, i, last = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern.startswith("^]", i + 1) else 1 if pattern[i + 1:i + 2] in ("^", "]") else 0
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[last:i])
            last = i + 1
        i += 1
    out.append(pattern[last:])
    return out


def _leading(items: list[Any]) -> tuple[set[str], set[Any]] | None:
    """The characters and class categories a match of a parsed sequence may begin with (its
    lookarounds consume nothing: passed over); "" among the characters: it may match nothing.
    None when not known (a negated class, any character, a back reference)."""
    chars: set[str] = set()
    cats: set[Any] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            here: tuple[set[str], set[Any]] | None = ({chr(av)}, set())
        elif op is C.IN:
            here = _class_items(av, widest=256)  # (a wide range: no guard, not a class of thousands)
        elif op is C.BRANCH:
            here = _merge([_leading(list(alt)) for alt in av[1]])
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            here = _leading(list(av[3]))
        elif op in _REPEATS:
            here = _leading(list(av[2]))
            if here is not None and av[0] == 0:
                here = (here[0] | {""}, here[1])
        else:
            return None
        if here is None:
            return None
        chars |= here[0] - {""}
        cats |= here[1]
        if "" not in here[0]:
            return chars, cats
    return chars | {""}, cats


class Anchored:
    """A compiled pattern whose scans (``finditer``, ``search``) try a match only at the characters
    that may stand before its first anchor or are one; its other methods are the pattern's own.

    >>> p = Anchored(re.compile(r"(?:19|20)\\d{2}年|[上下]半年|\\d+月"), "年月")
    >>> p.anchors, [m.group() for m in p.finditer("2023年上半年,3月和12月")]
    ('年月', ['2023年', '上半年', '3月', '12月'])
    >>> p.search("今年3月").span(), p.search("今天") is None
    ((2, 4), True)
    """

    __slots__ = ("re", "pattern", "anchors", "match", "fullmatch", "sub", "_run", "_start")

    def __init__(self, compiled: re.Pattern[str], prefer: Iterable[str] = (), second: str = "") -> None:
        tree = _sre.parse(compiled.pattern, compiled.flags)
        anchors = required(tree, frozenset(prefer))
        chars = consumed(tree)
        if anchors is None or chars is None or tree.getwidth()[0] == 0 or compiled.flags & re.IGNORECASE:
            raise ValueError(f"no anchors every match holds: {compiled.pattern[:60]!r}")
        if second and tree.getwidth()[0] < 2:
            raise ValueError(f"a match of one character has no second: {compiled.pattern[:60]!r}")
        self.re, self.pattern = compiled, compiled.pattern
        self.match, self.fullmatch, self.sub = compiled.match, compiled.fullmatch, compiled.sub
        self.anchors = "".join(sorted(anchors))
        run = chars[0] - anchors  # what may stand in a match before its first anchor
        self._run = "".join(sorted(run)) + "".join(_CATEGORY_CHARS[c][0] for c in chars[1])
        # a match begins with a run character or an anchor (or, narrower, with one of the class a leading
        # lookahead asks for): that character, then the whole pattern looked at from it (presence's form,
        # in base.tables)
        # (``second``: a class every match's second character is in, which the caller vouches for, tested
        # with the first: the pattern is then looked at from fewer places, inside a number's digits or a
        # run of common words that may open a match)
        first = (_leading_class(tree) or _class_pattern(run | anchors, chars[1])) + second
        self._start = re.compile(first + "(?<=(?=" + compiled.pattern + ")" + first + ")", compiled.flags)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """The matches ``self.re.finditer`` finds.  Every match holds an anchor, and the characters
        before its first one are run characters, so it begins with one of those or with the anchor:
        ``_start`` finds the first such character where the pattern matches (a scan in C, which
        re reaches by its fast scan of a class), and the match is taken there."""
        find, match = self._start.search, self.re.match
        while (at := find(string, pos, endpos)) is not None:
            m: re.Match[str] = match(string, at.start(), endpos)  # type: ignore[assignment]  # (its test held)
            yield m
            pos = m.end()  # (never empty: __init__ refuses a pattern that may match nothing)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The match ``self.re.search`` finds: the first of :meth:`finditer`'s."""
        return next(self.finditer(string, pos, endpos), None)


def _class_pattern(chars: Iterable[str], cats: Iterable[Any]) -> str:
    """A regex class of ``chars`` and the categories ``cats`` (digits, spaces)."""
    return "[" + re.sub(r"([\\\]\[^-])", r"\\\1", "".join(sorted(chars))) + "".join(_CATEGORY_CHARS[c][1] for c in cats) + "]"


def _leading_class(tree: Any) -> str | None:
    """The class a pattern's leading lookahead asks its first character to be in (``(?=[…])``, as
    :func:`indicators.base.tables.scanner` writes it), as a regex class; None when it has none.

    >>> _leading_class(_sre.parse(r"(?=[\\d上])(?:\\d+年|上半年)")), _leading_class(_sre.parse("年"))
    ('[上\\\\d]', None)
    """
    items = list(tree)
    if not items or items[0][0] is not C.ASSERT or items[0][1][0] != 1:
        return None
    inner = list(items[0][1][1])
    got = _class_items(inner[0][1]) if inner and inner[0][0] is C.IN else None
    return _class_pattern(*got) if got is not None else None

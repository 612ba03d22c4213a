"""Cheap tests that let a pattern be skipped where it cannot match, read from the pattern itself.

A call of ``re`` costs far more than a look at one character or a plain ``in`` test of a word,
and most places a pattern is tried hold no match.  These helpers read a compiled pattern's parse
once and say what every match of it must hold:

- :func:`edge_chars`: the characters a match may begin (or end) with, for a pattern run at a known
  place (``match(text, e)`` right after a token, a ``…$`` pattern searched right before one);
- :func:`needed_words`: words one of which every match contains, for a pattern searched over a
  whole text (a plain ``in`` test of each is a fast scan of its own).

A gate built from them stays right when the vocabulary a pattern is built from changes.

>>> needed_words("(?:较|比)(?:上年|去年)同期\\\\(")
('同期(',)
>>> needed_words("当月|本月|^其中[,]?\\\\d{1,2}月")
('其中', '当月', '本月')
"""
from __future__ import annotations

import re
from re import _parser as _sre  # type: ignore[attr-defined]  # (the parse re compiles from)
from typing import Any

DIGIT = "\\d"  # in an edge set: any decimal digit (what \d matches in a str pattern)


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
        name = str(op)
        if name == "LITERAL":
            here: set[str] | None = {chr(arg)}
        elif name == "IN":
            here = _class_chars(arg)
        elif name == "BRANCH":
            alts = [_edge(list(alt), last) for alt in arg[1]]
            here = None if None in alts else set().union(*alts)  # type: ignore[arg-type]
        elif name == "SUBPATTERN":
            here = _edge(list(arg[3]), last) if not arg[1] and not arg[2] else None
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            here = _edge(list(arg[2]), last)
            if here is not None and arg[0] == 0:
                here.add("")
        elif name == "AT":
            here = {"", "\n"} if str(arg) == "AT_END" and last else {""}  # ($ may stand before a final \n)
        else:
            return None  # any character, a negated literal, a lookaround, a back reference
        if here is None:
            return None
        found |= here - {""}
        if "" not in here:
            return found
    return found | {""}


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a parsed class, when it is a small set of them (and digits)."""
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE" and arg[1] - arg[0] < 256:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif name == "CATEGORY" and str(arg) == "CATEGORY_DIGIT":
            chars.add(DIGIT)
        else:
            return None
    return chars


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
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        if run:
            options.append({run})
            run = ""
        inner = None
        if name == "BRANCH":
            alts = [_needed(list(alt)) for alt in arg[1]]
            inner = None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif name == "SUBPATTERN" and not arg[1] and not arg[2]:
            inner = _needed(list(arg[3]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
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
    """Whether ``text`` holds one of ``words`` (see :func:`needed_words`)."""
    return any(map(text.__contains__, words))

"""The loop that applies the grammar: it knows no Chinese and no metric.

A sentence's tokens are one letter each (:func:`indicators.rules.tokens.letters`).  A rule is
a small record: a name, a pattern (a regular expression over those letters) and a build step.
:func:`apply` reads the letters left to right; at each token it tries the phase's rules in
order, and the first whose pattern matches there and whose build step takes the tokens wins.
The build step returns how many tokens it took (0: it declines, and the next rule is tried).
Tokens a phase took are hidden from the phases after it.

>>> seen = []
>>> pair = Rule("pair", "AB", lambda ctx, i, j: seen.append(("pair", i, j)) or j - i)
>>> one = Rule("one", ".", lambda ctx, i, j: seen.append(("one", i, j)) or 1)
>>> apply((Phase("p", (pair, one)),), "AABX", None)
[('one', 0, 1), ('pair', 1, 2), ('one', 3, 1)]
>>> seen
[('one', 0, 1), ('pair', 1, 3), ('one', 3, 4)]
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

TAKEN = "-"  # the letter of a token a phase took


@dataclass(frozen=True)
class Rule:
    """A named rule: the letters it reads and the step that builds from them.

    ``build(ctx, i, j)`` gets the sentence's context and the matched tokens' indexes
    (``i`` … ``j - 1``) and returns how many tokens it took from ``i`` (0: none, it declines)."""

    name: str
    pattern: str
    build: Callable[[Any, int, int], int]
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    single: bool = field(init=False, repr=False, compare=False)  # the pattern is one letter

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))
        object.__setattr__(self, "single", len(self.pattern) == 1 and self.pattern.isalpha())

    def may_start(self, letter: str) -> bool:
        """Whether a match of the pattern may start with ``letter``.

        >>> r = Rule("list", "R[GPA]?(?:R[GPA]?)+", lambda ctx, i, j: 0)
        >>> r.may_start("R"), r.may_start("M")
        (True, False)
        """
        return regex.match(self.pattern, letter, partial=True) is not None


_Step = tuple[str, str, Callable[..., Any], Callable[[Any, int, int], int]]


def _unpack(rule: Rule) -> _Step:
    """A rule as the loop calls it: (name, its one letter or "", its pattern's match, its build step)."""
    return rule.name, rule.pattern if rule.single else "", rule.regex.match, rule.build


@dataclass(frozen=True)
class Phase:
    """Rules applied together in one left-to-right reading, in order of precedence."""

    name: str
    rules: Sequence[Rule]
    whole: bool = False  # its rules read the whole sentence, once each, in order (their patterns are "")
    alphabet: str = ""  # the token letters: with it, each letter tries only the rules that may start with it
    by_letter: dict[str, tuple[Rule, ...]] = field(init=False, repr=False, compare=False)
    # what the loop calls, unpacked once: (name, its one letter or "", its pattern's match, its build step)
    _steps: dict[str, tuple[_Step, ...]] = field(init=False, repr=False, compare=False)  # per letter
    _all: tuple[_Step, ...] = field(init=False, repr=False, compare=False)  # every rule, for a letter of no table

    def __post_init__(self) -> None:
        table = {c: tuple(r for r in self.rules if r.may_start(c)) for c in self.alphabet}
        object.__setattr__(self, "by_letter", table)
        object.__setattr__(self, "_steps", {c: tuple(map(_unpack, rules)) for c, rules in table.items()})
        object.__setattr__(self, "_all", tuple(map(_unpack, self.rules)))


def apply(phases: Sequence[Phase], code: str, ctx: Any) -> list[tuple[str, int, int]]:
    """Apply each phase's rules over ``code`` (one letter per token); returns the rules that
    took tokens, in order: (name, first token, how many); a whole-sentence rule that built
    something: (name, -1, what its step returned)."""
    marks, fired = list(code), []
    for phase in phases:
        if phase.whole:
            for rule in phase.rules:
                if n := rule.build(ctx, 0, len(code)):
                    fired.append((rule.name, -1, n))
            continue
        current, i, size = "".join(marks), 0, len(marks)
        table, every = phase._steps, phase._all
        while i < size:
            n, letter = 0, current[i]
            for name, single, match, build in (table.get(letter, every) if table else every) if letter != TAKEN else ():
                if single:  # a one-letter pattern: no regular expression to run
                    n = build(ctx, i, i + 1) if single == letter else 0
                elif (m := match(current, i)) is not None:
                    n = build(ctx, i, m.end())
                if n:
                    marks[i:i + n] = TAKEN * n
                    fired.append((name, i, n))
                    break
            i += n or 1
    return fired

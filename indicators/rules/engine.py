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

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))


@dataclass(frozen=True)
class Phase:
    """Rules applied together in one left-to-right reading, in order of precedence."""

    name: str
    rules: Sequence[Rule]
    whole: bool = False  # its rules read the whole sentence, once each, in order (their patterns are "")


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
        current, i = "".join(marks), 0
        while i < len(current):
            n = 0
            if current[i] != TAKEN:
                for rule in phase.rules:
                    m = rule.regex.match(current, i)
                    if m is not None and (n := rule.build(ctx, i, m.end())):
                        marks[i:i + n] = TAKEN * n
                        fired.append((rule.name, i, n))
                        break
            i += max(n, 1)
    return fired

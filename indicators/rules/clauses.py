"""Where a sentence's clauses and clause groups start, and its brackets.

A clause ends at ，；：（ or 、 (the comma, semicolon and colon are folded to ASCII by repair),
or at a dash between words (公布外贸数据——全县…, folded to --); a clause group ends at ；.
Rules read these bounds to decide what belongs together.

>>> t = SentenceText("全市生产总值385亿元,增长5.7%;出口120亿元")
>>> t.clause_start(13), t.group_start(20), t.group_start(5)
(12, 19, 0)
>>> SentenceText("海关公布数据--吴江区出口").clause_start(12), SentenceText("1--3月出口").clause_start(5), SentenceText("答卷--GDP增长").clause_start(6)
(8, 0, 4)
"""
from __future__ import annotations

import re
from bisect import bisect_left

_PAREN = re.compile(r"\([^()]*\)")
# 数据——全县…, 答卷——GDP…: a lead's dash (the second of two between words, the one after may be a Latin
# name); the class first, which re scans for fast
_CLAUSE_MARK = re.compile(r"[,;:(、\-](?:(?<=-)(?<=[\u4e00-\u9fff]--)(?=[\u4e00-\u9fffA-Za-z])|(?<!-))")


class SentenceText:
    """One sentence's text with its clause marks and brackets, found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._clause_marks: list[int] | None = None  # positions of the clause separators, on first use
        self.parens = [m.span() for m in _PAREN.finditer(text)] if "(" in text else []

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last ，；：（ or 、 before it."""
        if self._clause_marks is None:
            self._clause_marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text)]
        k = bisect_left(self._clause_marks, pos)
        return self._clause_marks[k - 1] + 1 if k else 0

    def clause_start_list(self, pos: int) -> int:
        """Start of the clause, ignoring 、 (which joins list items)."""
        return max(self.text.rfind(c, 0, pos) for c in ",;:(") + 1

    def group_start(self, pos: int) -> int:
        """Where the clause group (ended by ；) holding ``pos`` starts."""
        return self.text.rfind(";", 0, pos) + 1

    def past_bracket(self, cs: int, pos: int) -> int:
        """``cs``, a clause start before ``pos``, reached back to the clause before the bracket it opened in
        when that bracket closes right at ``pos``, or before it after a 、 inside (各县(市、区)规上工业增加值,
        市级(市本级、三区)…: the 、 starts no clause of its own; not (记者 …)根据…: the clause opened at the
        bracket, which closed earlier)."""
        ps, pe = self.brackets_at(cs) if self.parens else (None, None)
        if ps is None or pe is None or not (pe == pos or pe < pos and self.text[cs - 1] != "("):
            return cs
        return self.clause_start(ps)

    def brackets_at(self, pos: int) -> tuple[int, int] | tuple[None, None]:
        """The start and end of the brackets ``pos`` stands inside, or ``(None, None)``."""
        return next(((ps, pe) for ps, pe in self.parens if ps < pos < pe), (None, None))

    def bracket_end(self, pos: int) -> int | None:
        """The end of the brackets ``pos`` stands inside, or ``None``."""
        return self.brackets_at(pos)[1]

"""Text repair with an offset map back into the original file text.

PDF text layers break lines mid-word and mid-number ("增\\n长 5.7%",
"3.18亿美\\n\\n元").  Repair folds full-width characters to ASCII, traditional characters to simplified ones
and radicals to the ideographs they stand for (⽣产 → 生产), joins lines
inside paragraphs and drops spaces between words and numbers.  Every character
kept remembers its position in the original, so a span found in the repaired
text maps back to the original exactly.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..base.tables import ALIASES, YEAR_TO_DATE, function_words, read_table, trie_pattern
from .numbers import parse_number
from .periods import TIME

# Full-width ASCII block, ideographic space and dashes fold to ASCII (same length; the two- and three-em
# dashes ⸺ ⸻, which a browser's PDF prints for —— and ———, to one); ℅ (care of), typed for a per cent
# sign in some papers (增长15℅), folds to %.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2014: 0x2D, 0x2013: 0x2D, 0x2015: 0x2D, 0x2212: 0x2D, 0x2E3A: 0x2D, 0x2E3B: 0x2D,
              0xFE6A: 0x25, 0x2105: 0x25, 0x301C: 0x7E, 0x0D: 0x0A, 0x09: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})
# Corner brackets, the quotation marks of some pages (「十四五」时期), fold to the curly ones (“十四五”时期).
_FOLD.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x201C, 0x300F: 0x201D})
# The small form variants (﹔﹐﹕﹙﹚, U+FE50-FE6B: some pages' punctuation) fold as NFKC does (﹔ → ;).
_FOLD.update({cp: _FOLD.get(ord(n), ord(n)) for cp in range(0xFE50, 0xFE6C)
              if len(n := unicodedata.normalize("NFKC", chr(cp))) == 1 and n != chr(cp)})
# Traditional characters fold to simplified ones, one for one (億元 → 亿元): vocab/traditional.csv.
_FOLD.update({ord(r["traditional"]): ord(r["simplified"]) for r in read_table("traditional.csv")})
# …and a variant character OpenCC's tables leave out folds to the standard one (陜 → 陕): vocab/variant_chars.csv
_FOLD.update({ord(r["variant"]): ord(r["standard"]) for r in read_table("variant_chars.csv")})
# A radical or compatibility code point for an ideograph folds to it (⽣产总值 → 生产总值, ⻓ → 长): PDFs
# printed by browsers map a glyph that a CJK font shares between the two to the radical.
# vocab/radicals.csv; a traditional ideograph folds on (⻑ → 長 → 长).
_FOLD.update({ord(r["radical"]): _FOLD.get(ord(r["ideograph"]), ord(r["ideograph"])) for r in read_table("radicals.csv")})
_FOLD_BMP = np.arange(0x10000, dtype=np.uint32)  # by code point below 0x10000 (no fold lies above)
_FOLD_BMP[list(_FOLD)] = list(_FOLD.values())

# A symbol a spam page sprinkles inside words (规上工№业增加值, 增长面◣达): a mark of the math or the other-symbol
# class above U+2000, not an arrow (由负→正), a box-drawing line (a table's rule), a square unit (㎡) or ○
# (a zero in 二○二三); a run of up to three goes when an ideograph stands on both sides of it (_drop_symbols)
_STRAY_SYMBOL_BMP = np.zeros(0x10000, dtype=bool)
_STRAY_SYMBOL_BMP[[cp for cp in range(0x2000, 0x10000) if unicodedata.category(chr(cp)) in ("So", "Sm")
                   and not 0x2190 <= cp < 0x2200 and not 0x2500 <= cp < 0x2580 and not 0x3300 <= cp < 0x3400
                   and cp != 0x25CB]] = True
_STRAY_SYMBOLS = frozenset(map(chr, np.flatnonzero(_STRAY_SYMBOL_BMP).tolist()))  # the same, as characters
_MAX_STRAY_RUN = 3

_WS_CHARS = " \n\x0b\x0c\x85\u2028\u2029"
_WS = re.compile(f"[{_WS_CHARS}]+")
_WS_LIMIT = max(map(ord, _WS_CHARS)) + 1
_IS_WS = np.zeros(_WS_LIMIT + 1, dtype=bool)  # by code point; the last slot stands for every larger one
_IS_WS[[ord(c) for c in _WS_CHARS]] = True
_KEPT_BMP = np.ones(0x10000, dtype=bool)  # by code point below 0x10000: not whitespace
_KEPT_BMP[[ord(c) for c in _WS_CHARS]] = False
# A line that ends one of these ends its sentence: the line break is a paragraph break.
_TERMINATORS = frozenset("。!?|…")
_CLOSERS = frozenset("”’\")）】」』")
_CLOSER_CHARS = "".join(_CLOSERS)
# Runs that may stay: a line break after a terminator (closing quotes between them), a heading
# line's end, a gap between two ASCII words (not before %).
# A paragraph end is found backwards, in the reversed text, from the last line break of its run:
# re jumps from one line break (a literal) to the next instead of testing every character for a
# terminator; "run" is the rest of the run before that line break.
_PARAGRAPH_END_REV = re.compile(f"\n(?P<run>[{_WS_CHARS}]*)[" + re.escape("".join(sorted(_CLOSERS))) + "]*["
                                + re.escape("".join(sorted(_TERMINATORS))) + "]")
_GAP_CHARS = " \x0b\x0c\x85\u2028\u2029"  # the whitespace that may part two ASCII words (not \n)


def _gap_pattern(chars: str) -> re.Pattern[str]:
    """A gap of ``chars`` between two ASCII words or numbers (not before %), matched from its first
    character, which re jumps to; not one between a number's digits and its decimal point (是2011年的2 .7倍:
    a line wrapped inside the number, its break turned into a space).

    >>> [m.start() for m in _gap_pattern(" ").finditer("GDP 5.2 和 2 .7倍 2 . 3 .5")]
    [3, 17, 19]
    """
    ws = "[" + re.escape(chars) + "]"
    return re.compile(ws + r"(?:(?<=[A-Za-z.%]" + ws + r")" + ws + r"*(?=[0-9A-Za-z.])"
                      r"|(?<=[0-9]" + ws + r")" + ws + r"*(?=[0-9A-Za-z]|\.(?!\d)))")


_ASCII_GAP = _gap_pattern(_GAP_CHARS)
# the same in a text whose only such whitespace is the space (nearly every text): one character,
# which re reaches by its literal scan instead of testing each character against the class (the
# seed pages: 37 -> 5 us a page)
_SPACE_GAP = _gap_pattern(" ")


@dataclass(frozen=True, slots=True)
class Repaired:
    """Repaired text and the map from its positions to the original's.

    ``text`` contains ``"\\n"`` only at paragraph breaks: one after a line that ends a sentence,
    two (a blank line) where the original had a blank line there too.
    """

    text: str
    _positions: np.ndarray  # _positions[i]: where text[i] stands in the original
    folded: str = ""  # the original with full-width characters folded (same length, same lines)
    double_spaced: bool = False  # a blank line after nearly every line of the original: see double_spaced

    def to_original(self, pos: int) -> int:
        """Map a position in ``text`` to the original text."""
        n = len(self._positions)
        if pos < n:
            return int(self._positions[pos]) if pos >= 0 else 0
        return int(self._positions[-1]) + 1 + (pos - n) if n else pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the original (covers every kept character)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def _ends_paragraph(folded: str, pos: int) -> bool:
    """Whether the text before ``pos`` ends with a sentence terminator (closing quotes skipped)."""
    i = pos - 1
    while i >= 0 and folded[i] in _CLOSERS:
        i -= 1
    return i >= 0 and folded[i] in _TERMINATORS


NUMBERING = r"(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|\d{1,2}[、.])"  # 二、 (二) (2) 2.
# 二、工业, 二、工业生产符合预期,新兴产业保持活力: a short title, or two parts of 4 characters or more
# (一、2023年经济运行情况, (二)1-7月工业生产: the time the section covers may open it, its only digits)
_HEADING_TIME = r"(?:(?:19|20)\d{2}年度?|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月份?|\d{1,2}月份?)*"
_HEADING = re.compile(r"\s*" + NUMBERING + _HEADING_TIME
                      + r"(?:[^。!?,;:\d]{1,14}|[^。!?,;:\d\s]{4,14},[^。!?,;:\d\s]{4,14})\s*")
NUMBERING_FIRST = frozenset("一二三四五六七八九十(")  # what a numbering begins with, or a digit


def is_heading(line: str) -> bool:
    """Whether a line is a numbered section heading.

    >>> is_heading("六、居民收入平稳增长"), is_heading("(二)工业"), is_heading("二、三产业增加值分别为28.4亿元")
    (True, True, False)
    >>> is_heading("二、工业生产稳中有进,新兴产业增势较好"), is_heading("二、加快项目建设,全力")
    (True, False)
    """
    return may_be_numbered(line) and _HEADING.fullmatch(line) is not None


def may_be_numbered(line: str) -> bool:
    """Whether a line may begin with a numbering (二、, (二), (2), 2.) after its spaces: a quick test
    of its first character before a pattern that begins with one.

    >>> may_be_numbered(" (二)工业"), may_be_numbered("12.工业"), may_be_numbered("全年")
    (True, True, False)
    """
    first = line[:1]
    if first.isspace():
        first = line.lstrip()[:1]
    return first in NUMBERING_FIRST or first.isdigit()


# 平湖市2023年国民经济和社会发展统计公报 / 各县GDP排行榜出炉: a title line (vocab/title_ends.csv)
_TITLE_CLOSE_MARKS = "”\"》)"  # the marks that may close a title after its word
_TITLE_CLOSERS = "[" + re.escape(_TITLE_CLOSE_MARKS) + "]*"
# …统计公报(2), …工作报告(摘要): a part's number or a note on the text in brackets after the title's word
_NOTES = function_words("title_note")
_TITLE_NOTE = r"(?:\((?:\d{1,2}|[一二三四五六七八九十]|" + "|".join(_NOTES) + r")\))?"
_TITLE_NOTE_REV = r"(?:\)(?:\d{1,2}|[一二三四五六七八九十]|" + "|".join(w[::-1] for w in _NOTES) + r")\()?"
_TITLE_WORDS = "(?:" + "|".join(sorted((re.escape(r["word"]) for r in read_table("title_ends.csv")), key=len, reverse=True)) \
    + ")" + _TITLE_CLOSERS + _TITLE_NOTE
# a title word (and closing marks) that ends its line: found backwards from each line end, in the
# reversed text (re jumps from \n to \n instead of trying the words at every character)
# (a line break whose line ends in no closing mark (a note's bracket is one) or word's last character
# fails at the lookahead, which costs a third of trying the words)
_TITLE_END_REV = re.compile(r"\n(?=[ \t]*[" + re.escape("".join(sorted({*_TITLE_CLOSE_MARKS} | {
    r["word"][-1] for r in read_table("title_ends.csv")}))) + r"])([ \t]*)" + _TITLE_NOTE_REV + _TITLE_CLOSERS + "(?:"
    + "|".join(sorted((re.escape(r["word"][::-1]) for r in read_table("title_ends.csv")), key=len, reverse=True)) + ")")
_TITLE_TAIL = re.compile(_TITLE_WORDS + "$")  # a line that ends as a title does
_TITLE_HEAD = re.compile(_TITLE_WORDS)  # 各县GDP排行榜\n出炉: the next line goes on with the title


def title_tail(line: str) -> bool:
    """Whether a line ends as a title does (…统计公报, …排行榜, 历年GDP对比表).

    >>> title_tail("遵义市历年GDP对比表"), title_tail("年份")
    (True, False)
    """
    return _TITLE_TAIL.search(line.strip()) is not None
_MAX_TITLE = 40  # characters: a longer line ending so is a column of prose
_CLAUSE_BREAK = re.compile(r"[,;:。]")  # a title has none (a column line of prose may)
_HEADING_CANDIDATE = re.compile(r"\n[ ]*" + NUMBERING)  # a line that may be a heading;
_FIRST_HEADING = re.compile(r"[ ]*" + NUMBERING)  # the leading \n lets re jump to it


# 地區(qū)生產(chǎn)總值, 億(yi)元(yuan): a page that glosses characters with their pinyin in brackets
# (tone marks or none); the gloss is dropped, the character it glosses stays
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONELESS = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüü")
_SYLLABLE = re.compile(r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:[iu]?ang|i?ong|ueng|[iu]?an|u?ai|iao|ao|ou|iu|ei|ui|en|in|un"
                       r"|eng|ing|er|i[ae]|u[aoe]|[vü]e|[aoeiuüv])")
_W = f"[{_WS_CHARS}]"  # a line break may fall anywhere inside (a column of print)
# the bracket alone (re jumps to its first character); _drop_marks checks what stands before it
_GLOSS = re.compile(rf"\((?P<gloss>(?:[a-zü{_TONED}]|{_W}){{1,16}})\)"
                    # 地区生产总值[2]24627亿元, 地區生產總值【1】(GDP): a communiqué's footnote mark after a word goes too
                    rf"|\[{_W}*\d{_W}*\d?{_W}*\]|【{_W}*\d{_W}*\d?{_W}*】")


def _dropped(m: re.Match[str]) -> bool:
    """Whether a bracket after a character is a footnote mark or a pinyin syllable (not 吨(t)).

    >>> [_dropped(_GLOSS.search(s)) for s in ("億(yì)", "億(yi)", "值(zhi)", "量(kwh)", "值[2]", "值【1】", "(GDP)(gdp)")]
    [True, True, True, False, True, True, False]
    """
    gloss = m.group("gloss")
    return gloss is None or _SYLLABLE.fullmatch(re.sub(r"\s", "", gloss).translate(_TONELESS)) is not None


# 规模以上(年主营业务收入2000万元及以上)工业产值: a note defining the size class, printed inside the metric's
# name; it goes, so the name reads whole (its threshold is no figure of the text)
_SIZE_NOTE = re.compile(r"\((?:年|全年|年度)?(?:主营业务|产品销售|营业|销售)收入\s*(?:在|达)?\s*\d[\d.]*\s*[万亿]?元"
                        r"(?:人民币)?(?:及|和|或)?以上(?:的)?(?:工业)?(?:企业|法人单位)?\)")
_STRAY_COMMA = re.compile(r",(?=[,、。;])")
_STRAY_COMMA_HINT = re.compile(r",[,、。]")  # where a text holds one (,; alone is no sign): re's literal scan
# 142.95.亿元, 31.07.万元: a stray point after a decimal number, before its magnitude or unit (the number
# then reads whole); found from the number's own point (re's literal scan), a digit checked before it
_STRAY_POINT = re.compile(r"\.(?:\s*\d){1,3}\s*(?P<point>\.)\s*(?=[万亿元])")  # (a column may break it: 208\n.46.亿元)
# 3,037.4亿元, 33,188元: a number grouped in thousands before its unit (its commas would end a clause
# for the rules); found from its comma (re's literal scan), then checked whole
_GROUP_COMMA = re.compile(r",(?<=\d,)(?=\d{3})")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?(?=\s*(?:[万亿千]|元|美元|%))")

# 发布时间:2023-07-28 来源:市统计局 浏览次数:1203: a page's metadata line (vocab/meta_words.csv) ends its
# line, so a number it ends with is not joined to one the next line starts with (…1203\n1-6月)
_META_WORDS = tuple(r["word"] for r in read_table("meta_words.csv"))
# the words by a character they are looked for by (the table's anchor), each with where it stands in
# the words: str.find reaches one character by memchr, ten times faster than re's scan for a class,
# and an anchor rare in prose leaves few places to check (a code point whose low byte is no common
# ideograph's high byte, outside 4E-9F, spares memchr false hits too)
_META_ANCHORS: dict[tuple[str, int], tuple[str, ...]] = {}
for _row in read_table("meta_words.csv"):
    _at = (_row["anchor"], _row["word"].index(_row["anchor"]))
    _META_ANCHORS[_at] = _META_ANCHORS.get(_at, ()) + (_row["word"],)
_META_LINE = re.compile("(?:" + "|".join(map(re.escape, _META_WORDS)) + r")[^\n]{0,80}?(?=[ \t]*\n)")
# 东南日报 2024年10月8日 星期三 第1版: a paper's dateline (a day and its weekday) ends its line too
_WEEKDAYS = frozenset("一二三四五六日天")  # after 星期 or 周; the date before it is checked
_DATE_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日[ ]*\Z")
_LINE_REST = re.compile(r"[^\n。,;]{0,30}?(?=[ \t]*\n)")
# 第3版 经济, 第A02版: a page's label (and its section) ends its line, wherever the masthead puts it
_PAGE_LABEL = re.compile(r"第[A-Z]?\d{1,2}版(?:[ ]*[\u4e00-\u9fff]{1,6})?(?=[ \t]*\n)")
# 图1 2019-2023年地区生产总值及其增长速度 / 表2:…: a caption line (not a sentence of the text)
# (图22009-2013年…: the caption's number printed against the years of its span; 图一 2019-2023年…, 表三:…: its
# number in Chinese numerals, before a space, a colon or the years; 附图2：…, 附表1 …: an appendix's)
_CAPTION = re.compile(r"\n(?P<caption>[ ]*附?[图表][ ]*(?:\d{1,2}(?![\d.%])|\d{1,2}(?=(?:19|20)\d{2}[-—~至年])"
                      r"|[一二三四五六七八九十]{1,3}(?=[ :、]|(?:19|20)\d{2}))"
                      r"[^\n。,;]{0,40}?)(?=[ ]*\n)")  # re jumps to \n
# (记者 某某 摄), (新华社发 某某 摄): a photo's credit ends its caption's line (the caption is no
# sentence of the text)
_PHOTO_CREDIT = re.compile(r"摄\)(?=[ \t]*\n)")
# 同比增长5.7% / 128.6亿元 / 规上工业增加值…: a line that ends with a rate before one that opens with a number
# ends its item (a box of figures, one per line, with no stops); in running text a rate that ends a
# sentence or clause is followed by its stop or comma (re jumps to the %)
# (…完成年初预算的57.1% / 税收收入增长66.4%: so does one before a short line of words and a growth rate that
# ends its line with no stop or comma, a box's next item; not 增长5% / 以上,…: a clause run on; nor a numbered
# list's next line, 1、义乌市增长12.3% / 2、东阳市…: its items run on, one list)
_RATE_LINE_END = re.compile(r"%(?=[ \t]*\n[ \t\n]*(?:[-+]?\d(?!\d?[、.][\u4e00-\u9fff])|(?![的和及与等以左])[\u4e00-\u9fff]"
                            r"[^\n\d,;:。!?()]{0,16}(?:增长|下降)\d{1,3}(?:\.\d{1,2})?%[ \t]*(?:\n(?![ \t]*[,;:。!?、)])|\Z)))")
# where a text holds %\n or % \n: re's scan for the one character % and a look at the next two is a
# twentieth of the cost of str's search for the two-character words in a Chinese text (its in test)
_RATE_LINE_HINT = re.compile(r"%[ ]?\n")

# 图片 / [图片] / 【图片】: the mark a page saved from a phone article leaves where an image stood, a line of its
# own between two boxes of an infographic's figures (…同比增长5.5% / 图片 / 其中,汽车制造业…): it ends the line
# above and its own line (re jumps to the \n it opens with)
_IMAGE_MARK_LINE = re.compile(r"\n[ ]*(?P<mark>[\[【(]?图片[\]】)]?)[ ]*(?=\n)")
# 2023年1-11月 / 今年前三季度 / 1-9月: a line that is a period alone opens a box of an infographic's figures (the
# period over the metric's line: …推动重大项目建设 / 2023年1-11月 / 全省工业投资增长9.3%); re jumps to the \n
_LINE_PERIOD = r"(?:\d{1,2}[-~至到]\d{1,2}月份?|\d{1,2}月份?|前\d{1,2}个?月|前三季度|[上下]半年|[一二三四1-4]季度|全年)"
_PERIOD_LINE = re.compile(r"\n[ ]*(?P<time>(?:19|20)\d{2}年(?:" + _LINE_PERIOD + r")?(?:以来)?|(?:今年|去年)?"
                          + _LINE_PERIOD + r"(?:以来)?|" + trie_pattern(YEAR_TO_DATE) + r")[ ]*(?=\n)")


def _box_line_breaks(folded: str) -> list[int]:
    r"""Where the line breaks that part the boxes of an infographic saved as short lines start: around an
    image's mark (图片) and before a line that is a period alone, unless the line above is as long as
    that line (a newspaper column's lines, all as wide, may wrap a sentence right around its period).

    >>> t = "同比增长5.5%\n图片\n其中,汽车制造业\n推动重大项目建设\n2023年1-11月\n全省工业投资增长9.3%"
    >>> [t[:b].rsplit("\n", 1)[-1] for b in _box_line_breaks(t)]
    ['同比增长5.5%', '图片', '推动重大项目建设']
    >>> _box_line_breaks("全县上下一心\n1-9月全县\n规上工业"), _box_line_breaks("规上工业增加值同比\n2024年1-9月\n增长")
    ([], [])
    """
    out = []
    if "图片" in folded:
        for m in _IMAGE_MARK_LINE.finditer(folded):
            out += [_space_before(folded, m.start("mark")), m.end("mark")]
    for m in _PERIOD_LINE.finditer(folded):
        brk = _space_before(folded, m.start("time"))
        if brk > 0 and brk - (folded.rfind("\n", 0, brk) + 1) != len(m.group("time")):
            out.append(brk)
    return out


# 二〇二三年: a year printed in Chinese numerals (a 〇 among them); folded to digits one for one
_CN_DIGIT = dict(zip("〇○零一二三四五六七八九", "000123456789"))
# (matched at its 年, which re finds by a fast literal search, then checked behind: the year's
# four numerals are the four characters before the match)
# a full stop typed for a decimal point between digits (38。02亿元, 增长9。5%; a line may break on
# either side): before at most four digits and a money unit, %, or ‰ (a sentence ending in a number
# before a date, 达到120。3月末, stays)
_IDEO_POINT = re.compile(r"。(?=\s*\d(?:\s*\d){0,3}\s*[%‰亿万元])")


def _fold_points(folded: str, codes: np.ndarray) -> str:
    """``folded`` with each full stop typed for a decimal point folded to one (in ``codes`` too).

    >>> repair("全年实现GDP38。02亿元，增长14%。达到120。3月末").text
    '全年实现GDP38.02亿元,增长14%。达到120。3月末'
    >>> repair("完成8216\\n。5万元,增长21。\\n06%").text
    '完成8216.5万元,增长21.06%'
    """
    points = [m.start() for m in _IDEO_POINT.finditer(folded) if folded[max(0, m.start() - 8):m.start()].rstrip()[-1:].isdigit()]
    return _replaced(folded, codes, points, ".")


def _replaced(folded: str, codes: np.ndarray, at: list[int], char: str) -> str:
    """``folded`` with the characters at ``at`` replaced by ``char``, one for one (in ``codes`` too)."""
    if not at:
        return folded
    codes[at] = ord(char)
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


_CN_YEAR = re.compile(r"年(?<=(?<![一二三四五六七八九十〇○零])[一二][〇○零一二三四五六七八九]{3}年)")


def _unglossed(line: str) -> str:
    """A line without its pinyin glosses.

    >>> _unglossed("一、主要經(jīng)濟指標完成情況")
    '一、主要經濟指標完成情況'
    """
    return _GLOSS.sub(lambda m: "" if _dropped(m) else m.group(), line)


# 入。1-6月份…, 售总额。…, 入:1-6月份…: a line that opens with a word's last characters and a full stop
# or a colon goes on the line above (a heading broken at a column's end), for no paragraph opens with
# a sentence or a lead-in that short
_WORD_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}[。:]")


def _word_tail_after(folded: str, end: int) -> bool:
    """Whether the line after the line break at ``end`` opens with a word's tail and a full stop.

    >>> _word_tail_after("(三)全部财政收\\n入。1-6月份完成", 8), _word_tail_after("(三)财政\\n全年完成", 5)
    (True, False)
    """
    gap = _WS.match(folded, end)
    return _WORD_TAIL.match(folded, gap.end() if gap else end) is not None


# (一)全县规模以上工业增加|值同比增长…, (四)全县一般公共预算收入|完成4.61亿元: a numbered line broken at a
# column's end whose next line goes on with its metric's name, a verb with its figure or a figure
_RUN_ON = re.compile(r"(?:同比|比上年)?(?:实现|完成|达到|达|为|增长|下降)?\d+(?:\.\d+)?(?:%|万|亿|元|个|家)")  # (not 1-6月, 2023年)


def _alias_splits() -> dict[str, tuple[str, ...]]:
    """Every tail of a metric's name (值 of 工业增加值), with the parts of names that go before it."""
    splits: dict[str, tuple[str, ...]] = {}
    for name in (a for a in ALIASES if "*" not in a):
        for j in range(1, len(name)):
            splits[name[j:]] = (*splits.get(name[j:], ()), name[:j])
    return splits


_ALIAS_SPLITS = _alias_splits()  # a metric name's tail: the names' parts before it
_TAIL_LONGEST = max(map(len, _ALIAS_SPLITS))


def _runs_on(folded: str, start: int, end: int) -> bool:
    r"""Whether the next line goes on with the sentence of the numbered line from ``start`` to the line
    break at ``end``: it opens with a figure (after a verb: 完成4.61亿元) or with the rest of a metric's
    name that the line ends with the start of (工业增加|值).

    >>> t = "(一)全县规模以上工业增加\n值同比增长7.5%"
    >>> _runs_on(t, 0, 13), _runs_on("(四)全县一般公共预算收入\n完成4.61亿元", 0, 13), _runs_on("(二)工业\n全年规上工业", 0, 5)
    (True, True, False)
    >>> _runs_on("(二)工业生产\n1-6月,全县规上工业", 0, 7), _runs_on("(三)全县社会消费\n品零售总额24.2", 0, 9)
    (False, True)
    """
    gap = _WS.match(folded, end)
    nxt = gap.end() if gap else end
    if _RUN_ON.match(folded, nxt):
        return True
    line = folded[start:end].rstrip(_WS_CHARS)
    return any(line.endswith(_ALIAS_SPLITS.get(folded[nxt:nxt + k], ())) for k in range(1, _TAIL_LONGEST + 1))


_PAGE_LINE = 50  # characters: a line this long is a web page's paragraph (a wide column holds about 40)


_LONG_LINE = re.compile(r"[^\n]{%d,}\n" % _PAGE_LINE)  # a line as long as a page's paragraph, with its break (at a line's start)
# …and one after a line break, up to its own (re jumps from one \n to the next instead of trying ^ at every position)
_LONG_LINE_AFTER = re.compile(r"\n([^\n]{%d,})(?=\n)" % _PAGE_LINE)


def _long_lines(folded: str) -> list[tuple[int, int]]:
    r"""Where the lines as long as a page's paragraph start and end (after their line break), in order.

    >>> t = "短行\n" + "长" * 50 + "\n" + "长" * 60 + "\n短\n" + "长" * 70
    >>> _long_lines(t), _long_lines("长" * 50 + "\n")
    ([(3, 54), (54, 115)], [(0, 51)])
    """
    first = _LONG_LINE.match(folded)
    return ([first.span()] if first else []) + [(m.start(1), m.end(1) + 1) for m in _LONG_LINE_AFTER.finditer(folded)]


# how a clause that ends on a figure ends: a digit, %, a unit's last character, 百分点, 第5位, 1.2倍
_FIGURE_END = frozenset("0123456789%点位倍") | {r["unit"][-1] for r in read_table("units.csv")}


def _lost_stop_breaks(folded: str, kept: dict[int, str]) -> list[tuple[int, int]]:
    """Where a line as long as a web page's paragraph (no newspaper column's) ends on a figure with no
    full stop, and where the line after it starts: a page's paragraph that lost its full stop, before
    which a subheading may stand on a line of its own (not a sentence cut off by a pull quote:
    …城乡居民收入同比 / 民生为要,优享幸福品质 / 分别增长9.1%…).

    >>> t = "全县投资增长8.1%," * 5 + "高于全市1.2个百分点\\n工业生产稳中有进\\n全县规上工业增加值增长10.3%。"
    >>> [t[b - 3:n + 2] for b, n in _lost_stop_breaks(t, {})], _lost_stop_breaks(t.replace("1.2个百分点", "同比"), {})
    (['百分点\\n工业'], [])
    """
    out = []
    for start, end in _long_lines(folded):  # (most lines, a column's, are too short, whatever they end with)
        at = end - 1
        brk = _space_before(folded, at)
        if brk > start and brk not in kept and brk - start >= _PAGE_LINE \
                and folded[brk - 1] in _FIGURE_END:  # (brk at the line's start: a line of spaces, no paragraph)
            out.append((brk, _WS.match(folded, at).end()))  # type: ignore[union-attr]
    return out


def _heading_line(folded: str, end: int) -> bool:
    """Whether the line ending at ``end`` is a numbered section heading (二、工业) that starts
    its own paragraph: a heading line after a sentence end, a colon (现通报如下:) or a line longer
    than a column's (a page's paragraph that lost its full stop) is not the middle of a sentence
    broken into columns (a blank line is no sign: a column's break may leave one)."""
    start = folded.rfind("\n", 0, end) + 1
    if _word_tail_after(folded, end) or _runs_on(folded, start, end):
        return False  # (三)全部财政收|入。…: the heading goes on in the next line
    if not _HEADING.fullmatch(folded, start, end) and not (
            "(" in folded[start:end] and _HEADING.fullmatch(_unglossed(folded[start:end]))):
        return False  # (一、主要經(jīng)濟指標完成情況: a heading once its pinyin glosses are dropped)
    before = start
    while before > 0 and folded[before - 1] in _WS_CHARS:  # the text before the heading's line
        before -= 1
    above = folded.rfind("\n", 0, before) + 1  # the line above: a title (…统计公报) or a heading (三、工业)
    if before == 0 or _ends_paragraph(folded, before) or folded[before - 1] == ":" or before - above >= _PAGE_LINE:
        return True  # 通报如下: / a page's paragraph (…迈出坚实步伐) that lost its full stop
    line = folded[above:before].strip(_WS_CHARS)
    return _HEADING.fullmatch(line) is not None or (
        len(line) <= _MAX_TITLE and not _CLAUSE_BREAK.search(line) and _TITLE_TAIL.search(line) is not None)


def _folded_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A text's code points folded (= str.translate(_FOLD)), and which of them are no whitespace."""
    if np.maximum.reduce(codes) < 0x10000:  # then whitespace by a lookup too
        codes = _FOLD_BMP.take(codes)  # (take: a third of the time of indexing by an array)
        if np.maximum.reduce(codes) < 0x10000:  # (a compatibility ideograph, U+FA6C, folds beyond the BMP)
            return codes, _KEPT_BMP.take(codes)
    else:
        codes = np.where(codes < 0x10000, _FOLD_BMP[np.minimum(codes, 0xFFFF)], codes)
    return codes, ~_IS_WS[np.minimum(codes, _WS_LIMIT)]


def repair(original: str) -> Repaired:
    """Repair newspaper text; see the module docstring.

    >>> r = repair("全市实现\\n\\n生产总值（GDP）385.12亿元，增\\n长 5.7%。\\n下一段")
    >>> r.text
    '全市实现生产总值(GDP)385.12亿元,增长5.7%。\\n下一段'
    >>> s = r.text.index("5.7%"); original = "全市实现\\n\\n生产总值（GDP）385.12亿元，增\\n长 5.7%。\\n下一段"
    >>> original[slice(*r.span(s, s + 4))]
    '5.7%'
    >>> repair("3.18亿美\\n\\n元").text
    '3.18亿美元'
    >>> repair("723.55  10050.21").text
    '723.55 10050.21'
    >>> repair("增长 9.2 % 。").text
    '增长9.2%。'
    >>> repair("增长5%。\\n二、工业\\n全年规上工业增加值").text
    '增长5%。\\n二、工业\\n全年规上工业增加值'
    >>> repair("某县2023年统计公报\\n(一)财政\\n全年一般公共预算收入").text
    '某县2023年统计公报\\n(一)财政\\n全年一般公共预算收入'
    >>> repair("三、工业\\n(一)工业生产\\n全年规上工业增加值").text
    '三、工业\\n(一)工业生产\\n全年规上工业增加值'
    >>> repair("排名如下:\\n- 甲县:780亿元\\n- 乙县:650亿元").text, repair("增长\\n-2.3%").text
    ('排名如下:\\n-甲县:780亿元\\n-乙县:650亿元', '增长-2.3%')
    >>> repair("第一、\\n二、三产业").text
    '第一、二、三产业'
    >>> repair("二〇二三年，全市").text
    '2023年,全市'
    >>> repair("全縣實(shí)現(xiàn)生產(chǎn)總值(GDP)").text
    '全县实现生产总值(GDP)'
    >>> repair("地區(qū)生產(chǎn)總值(GDP)").text
    '地区生产总值(GDP)'
    >>> repair("比重为3:4:3\\n图1 2019-2023年生产总值\\n全年居民消费价格上涨2.2%。").text
    '比重为3:4:3\\n图1 2019-2023年生产总值\\n全年居民消费价格上涨2.2%。'
    >>> repair("地区生产总值\\n同比增长5.7%\\n128.6亿元\\n规上工业增加值").text
    '地区生产总值同比增长5.7%\\n128.6亿元规上工业增加值'
    >>> repair("完成预算的57.1%\\n税收增长6.4%\\n占比为80.5%").text, repair("增长5%\\n以上,达到12亿元。").text
    ('完成预算的57.1%\\n税收增长6.4%占比为80.5%', '增长5%以上,达到12亿元。')
    >>> repair("\ufa6c增长 5.7%").text == "\U000242ee增长5.7%"  # a compatibility ideograph folds beyond the BMP
    True
    """
    if not original:
        return Repaired("", np.zeros(0, dtype=np.int64), original)
    codes, keep = _folded_codes(np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    folded = _fold_points(_fold_cn_years(_fold_cn_zeros(_fold_misprints(codes), codes), codes), codes)
    folded = _fold_lost_spaces(_fold_cn_percents(folded, codes, keep), codes, keep)
    _drop_marks(folded, keep)
    _drop_symbols(codes, keep, folded)
    runs = _kept_runs(folded, spaced := double_spaced(folded))  # every whitespace character goes, but these
    if runs:  # each kept run is written in place: its first character, and a second \n for a blank line
        at = np.fromiter(runs, dtype=np.int64, count=len(runs))
        codes[at] = [ord(r[0]) for r in runs.values()]
        second = [s + 1 for s, r in runs.items() if len(r) == 2]
        codes[second] = 0x0A
        keep[at] = keep[second] = True
    positions = np.flatnonzero(keep)
    text = codes.take(positions).tobytes().decode("utf-32-le", "surrogatepass")
    if commas := _grouping_commas(text):  # (found in the joined text: a line may break 1,|234.5)
        positions = np.delete(positions, commas)
        text = codes.take(positions).tobytes().decode("utf-32-le", "surrogatepass")
    return Repaired(text, positions, folded, spaced)


def _drop_symbols(codes: np.ndarray, keep: np.ndarray, folded: str) -> None:
    """A run of stray symbols between two ideographs goes (a spam page's noise inside a word).
    ``folded``: the text of ``codes`` (its characters are read there: a str's, not an array's).

    >>> repair("规上工№业增加值19.7亿元,增长面◣达57.2%").text
    '规上工业增加值19.7亿元,增长面达57.2%'
    >>> repair("固定资产投▲△资增长8.1%,由负→正,面积5万㎡左右,二○二三年").text
    '固定资产投资增长8.1%,由负→正,面积5万㎡左右,2023年'
    >>> repair("增长5%→6%,地区│总值,占全⌒ 县的62.5%").text
    '增长5%→6%,地区│总值,占全县的62.5%'
    """
    if np.maximum.reduce(codes) < 0x10000:  # (nearly every text: no clipping to the table's size)
        found = np.flatnonzero(_STRAY_SYMBOL_BMP.take(codes))
    else:
        found = np.flatnonzero(_STRAY_SYMBOL_BMP.take(np.minimum(codes, 0xFFFF)) & (codes < 0x10000))
    if not found.size:
        return
    n = len(folded)
    for at in found.tolist():
        before = at - 1
        while before > 0 and folded[before] in _WS_CHARS:
            before -= 1  # (a column may break the line before it, or after: 零\n◆ 售总额)
        if before < 0 or not keep[at] or not "\u3400" <= folded[before] <= "\u9fff":
            continue  # (the run's first symbol only: one after a symbol was kept or dropped with it)
        end = at
        while end < n and end - at < _MAX_STRAY_RUN and folded[end] in _STRAY_SYMBOLS:
            end += 1
        after = end
        while after < n - 1 and folded[after] in _WS_CHARS:
            after += 1
        if after < n and "\u3400" <= folded[after] <= "\u9fff":
            keep[at:end] = False


# 九百○四点五七亿元, 一千○五十: a white circle typed for the zero 〇 inside a number in Chinese numerals
# (a numeral on each side of it, a line may break between); folded to 〇, one for one, so the number reads whole
_CIRCLE_ZERO = re.compile(r"[〇零一二两三四五六七八九十百千万](?:\s*○)+(?=\s*[〇零一二两三四五六七八九十百千万亿点])")


def _fold_cn_zeros(folded: str, codes: np.ndarray) -> str:
    """``folded`` with each ○ typed for 〇 among Chinese numerals folded to 〇 (in ``codes`` too).

    >>> repair("第三产业增加值为九百○四点五七亿元,一千○○五亿元;○工业,○○公司").text
    '第三产业增加值为九百〇四点五七亿元,一千〇〇五亿元;○工业,○○公司'
    >>> repair("生产总值一千\\n○五十六亿元").text
    '生产总值一千〇五十六亿元'
    """
    if "○" not in folded:
        return folded
    zeros = [m.start() + i for m in _CIRCLE_ZERO.finditer(folded) for i, c in enumerate(m.group()) if c == "○"]
    return _replaced(folded, codes, zeros, "〇")


# 一般公共预算收人, 人均可支配收人: a metric's word with one character misprinted (人 for 入), folded to the word
# (vocab/misprints.csv, each the length of its word so no offset moves); a misprint that stands in other
# words (吸收人才) is never listed alone
_MISPRINTS = {r["misprint"]: r["word"] for r in read_table("misprints.csv")}
_MISPRINT = re.compile("|".join(r"\s*".join(map(re.escape, k)) for k in sorted(_MISPRINTS, key=len, reverse=True)))
if any(len(k) != len(v) for k, v in _MISPRINTS.items()):
    raise ValueError("vocab/misprints.csv: a misprint and its word differ in length")


def _fold_misprints(codes: np.ndarray) -> str:
    """The text of ``codes``, with 收人 → 收入 in a metric's word (a line may break inside it), one character for
    one, in ``codes`` and the text.

    >>> repair("一般公共预算收\\n人完成26.7亿元,吸收人才").text
    '一般公共预算收入完成26.7亿元,吸收人才'
    """
    folded = codes.tobytes().decode("utf-32-le", "surrogatepass")
    found = list(_MISPRINT.finditer(folded))
    for m in found:
        at = [m.start() + i for i, c in enumerate(m.group()) if not c.isspace()]
        codes[at] = [ord(c) for c in _MISPRINTS[_WS.sub("", m.group())]]
    return codes.tobytes().decode("utf-32-le", "surrogatepass") if found else folded


def _fold_cn_years(folded: str, codes: np.ndarray) -> str:
    """二〇二三年 → 2023年, one digit for one numeral, in ``codes`` and the text returned."""
    if "〇" not in folded and "○" not in folded and "零" not in folded:
        return folded
    years = [m.start() - 4 for m in _CN_YEAR.finditer(folded)]
    for y in years:
        codes[y:y + 4] = [ord(_CN_DIGIT[c]) for c in folded[y:y + 4]]
    return codes.tobytes().decode("utf-32-le", "surrogatepass") if years else folded  # (零售 holds a 零 but no year)


# 增长百分之七点二, 下降百分之三: a per cent written in Chinese numerals (a speech's or a report's style)
# (a line may break anywhere inside, as in a column of print)
_CN_PERCENT = re.compile(r"百\s*分\s*之(?P<n>(?:\s*[零〇一二两三四五六七八九十百])+(?:\s*点(?:\s*[零〇一二三四五六七八九])+)?)")


def _fold_cn_percents(folded: str, codes: np.ndarray, keep: np.ndarray) -> str:
    """百分之七点二 → 7.2%: the figure in digits, right-aligned in the words' place (its last numeral
    holds the %, the words' first characters go), in ``codes`` and ``keep`` and the text returned.

    >>> repair("上半年增长百分之七点二，全年下降百分之十五。").text
    '上半年增长7.2%,全年下降15%。'
    >>> r = repair("增长百分之十二点五"); r.text, r.to_original(0), r.to_original(len(r.text) - 1)
    ('增长12.5%', 0, 8)
    >>> repair("增长百分之七\\n点二,下降百\\n分之三").text
    '增长7.2%,下降3%'
    >>> repair("增长百分\\n之九点二。").text
    '增长9.2%。'

    """
    if "百分之" not in folded and ("百" not in folded or "之" not in folded):
        return folded  # (a line may break inside 百分之 too)
    found = False
    for m in _CN_PERCENT.finditer(folded):
        value = parse_number(_WS.sub("", m.group("n")))
        figure = f"{value:f}%" if value is not None else ""
        at = [i for i in range(m.start(), m.end()) if not folded[i].isspace()]  # (a line break stays one)
        if not figure or len(figure) > len(at):
            continue
        codes[at[-len(figure):]] = [ord(c) for c in figure]
        keep[at[:-len(figure)]] = False
        found = True
    return codes.tobytes().decode("utf-32-le", "surrogatepass") if found else folded


def _grouping_commas(text: str) -> list[int]:
    """Where the commas stand that group a number's thousands before its unit (3,037.4亿元,
    33,188元): they go, for a comma there would end a clause for the rules.

    >>> t = "青岛以3,037.4亿元居首,人均33,188元,共1,2,3项,2,000"
    >>> "".join(c for i, c in enumerate(t) if i not in _grouping_commas(t))
    '青岛以3037.4亿元居首,人均33188元,共1,2,3项,2,000'
    >>> repair("全市社零1,\\n234.5亿元").text
    '全市社零1234.5亿元'
    """
    commas, at = [], 0
    while (comma := _GROUP_COMMA.search(text, at)) is not None:  # (re's literal scan for the comma)
        grouped = _GROUPED.search(text, max(0, comma.start() - 3), comma.start() + 1 + 4 * 8)
        if grouped is not None and grouped.start() < comma.start():
            commas += [i for i in range(grouped.start(), grouped.end()) if text[i] == ","]
            at = grouped.end()
        else:
            at = comma.end()
    return commas


_MAX_SUBHEADING = 24  # characters
_SUBHEADING_BREAK = re.compile(r"[,;:。!?]")
# 宁乡县 / 浏阳市: a county's or city's name alone on its line, a section's label (shorter than a
# subheading's four characters; not 全县, 本市, a place word of the text)
_PLACE_LABEL = re.compile(r"(?![全本我该各])[\u4e00-\u9fff]{1,2}[县市区旗]")


def _label_sized(line: str) -> bool:
    """Whether a line is as long as a subheading or a section's label may be (a place's name alone).

    >>> _label_sized("工业经济稳进提质"), _label_sized("宁乡县"), _label_sized("全县"), _label_sized("增长")
    (True, True, False, False)
    """
    return 4 <= len(line) <= _MAX_SUBHEADING or _PLACE_LABEL.fullmatch(line) is not None


# 温岭稳居首位,玉环紧追临海, 看总量,1-6月4个城市进入“千亿俱乐部”: a subheading of two short parts parted by one
# comma (not a sentence's lead-in cut by a line break, 据统计,今年一季度 / 从县市区看,: its second part ends on a
# time or a lead-in word)
_TWO_PART_HEAD = re.compile(r"[^,;:。!?]{2,12},[^,;:。!?]{2,18}(?<![月年度来看示中上外])")


def _subheading_ends(folded: str, starts: list[int]) -> list[int]:
    """Where the short lines that open a paragraph end when they are subheadings: 工业经济稳进提质
    between two paragraphs of prose, one line each (of a page's text, not a newspaper column, whose
    lines are all short and a paragraph's first line as long as the next). ``starts``: where
    paragraphs start.

    >>> text = "全县经济稳中向好。\\n工业经济稳进提质\\n规模以上工业增加值同比增长10.3%，增速居全市第二位。"
    >>> _subheading_ends(text, [0, 10])
    [18]
    >>> _subheading_ends("全县经济稳中向好。\\n工业经济稳进\\n提质规模以上工业\\n增加值增长10.3%。", [0, 10])
    []
    >>> _subheading_ends("全县经济稳中向好。\\n工业经济稳进提质\\n规模以上工业增加值同比增长10.3%,增速居全市", [0, 10])
    [18]
    >>> text = "全市收入增长2.9%。\\n温岭稳居首位,玉环紧追临海\\n温岭市是收入最高的区县,全年累计金额达到了90.86亿元。"
    >>> _subheading_ends(text, [0, 12]), _subheading_ends(text.replace("温岭稳居首位,玉环紧追临海", "据统计,今年一季度"), [0, 12])
    ([25], [])
    """
    ends, words_end = [], -1  # words_end: where the text's last word ends (found on first use)
    for start in starts:
        end = folded.find("\n", start)
        if end < 4 + start:
            continue  # (no line break, or a line too short)
        line = folded[start:end].strip()
        if not _label_sized(line) or not ("\u4e00" <= line[-1] <= "\u9fff" or line[-1] in _CLOSERS):
            continue  # words, not a number cut
        nxt = _WS.match(folded, end).end()  # type: ignore[union-attr]
        after = folded.find("\n", nxt)
        after = len(folded) if after < 0 else after
        body = folded[nxt:after].rstrip()  # the next line: a whole paragraph, much longer than the line
        if words_end < 0:
            words_end = _words_end(folded)
        cut = after >= words_end  # (the text's last line: an excerpt may end mid-sentence)
        if len(body) < max(2 * len(line), 16) or body.rstrip(_CLOSER_CHARS)[-1:] not in _TERMINATORS and not cut \
                or _SUBHEADING_BREAK.search(line) and not _TWO_PART_HEAD.fullmatch(line) \
                or _WORD_TAIL.match(folded, nxt) or _runs_on(folded, start, end):  # (= _word_tail_after: nxt is where the line after starts)
            continue
        ends.append(end - (len(folded[start:end]) - len(folded[start:end].rstrip())))
    return ends


# the page's foot under its columns: after a blank line, up to three short lines that hold no sentence
# (责任编辑:王某 / 某某日报社, 扫一扫在手机打开当前页)
_BLANK_LINE = re.compile(r"\n[ \u3000]*\n")
_FOOT_LINE = rf"[^,;。!?\n]{{1,{_MAX_SUBHEADING}}}"
_FOOT = re.compile(rf"{_W}*(?:{_FOOT_LINE}\n{_W}*){{0,2}}{_FOOT_LINE}")


def _words_end(folded: str) -> int:
    """Where the text's last paragraph of words ends: before the page's foot, when short lines
    that hold no sentence close the text after a blank line, else at the text's last word.

    >>> t = "龙泉市以236.15亿元居首,庆元和遂昌两县则分别以198.02亿元和176.33亿元,"
    >>> _words_end(t + "\\n\\n责任编辑:王某\\n丽水日报") == len(t) == _words_end(t + "\\n")
    True
    >>> _words_end(t + "\\n\\n同比分别增长5.1%和4.8%。") > len(t), _words_end(t + "\\n\\n" + "很长" * 30) > len(t)
    (True, True)
    """
    end = len(folded.rstrip())
    for m in _BLANK_LINE.finditer(folded, max(0, end - 4 * _MAX_SUBHEADING), end):
        if _FOOT.fullmatch(folded, m.end(), end):
            return len(folded[:m.start()].rstrip())
    return end


# 地区生产总值:125.6亿元, 社零总额:…, GDP:82.6亿元: a line that opens with a label and a colon (an
# infographic's text; no word's tail a column broke off, 别为:, 收入:, nor a verb before the colon, …分别为:)
_LABEL_LINE = re.compile(r"(?![\u4e00-\u9fff]{1,3}:)[^\d,;:。!?\s]{2,16}(?<![为是达有]):")


def _opening_heading_ends(folded: str, starts: list[int] | None = None, blank: int = 2) -> list[int]:
    r"""Where a title or section label and the subheading under it end, when both open the text or a
    paragraph, each a short line of words, before the paragraph they head (过去五年发展成绩 / 经济综合实力迈上新台阶 /
    地区生产总值由…。; …。 / 经济总量 / 前三排名不变,四五六竞争激烈 / 从GDP总量来看,…。): the subheading is one by
    ``_subheading_ends``; the line above it, with no paragraph before it or after a paragraph's end, is
    a line of its own too (one short line alone may be a sentence the excerpt cut, and a newspaper
    column's lines are all short, so the line under its first is no subheading). The text's first line
    alone is a headline when whitespace sets it apart from a whole paragraph under it (``_set_apart``)
    and it ends on no word that waits for more (实现, 的). ``starts``: where paragraphs start (the text's
    start when not given); ``blank``: the line breaks that make a blank line.

    >>> t = "过去五年发展成绩\n经济实力明显增强\n地区生产总值由2011年的1.24万亿元提高到2016年的1.95万亿元。"
    >>> _opening_heading_ends(t), _opening_heading_ends(t.replace("经济实力明显增强\n", ""))
    ([8, 17], [])
    >>> _opening_heading_ends("数说上半年经济运行\n地区生产总值:125.6亿元,增长6.2%\n规上工业增加值:增长8.1%")
    [9]
    >>> u = "各区均已恢复。\n经济总量\n前三排名不变,后三竞争激烈\n从地区生产总值看,甲区以4386.15亿元居首,乙区次之。"
    >>> _opening_heading_ends(u, [8])
    [12, 26]
    >>> body = "\n\n上半年,全县实现地区生产总值136.8亿元,同比增长6.4%。"
    >>> _opening_heading_ends("冲刺全年目标任务" + body), _opening_heading_ends("上半年全县实现" + body)
    ([8], [])
    """
    out: list[int] = []
    for at in [m.end() if (m := _WS.match(folded)) else 0] if starts is None else starts:
        end = folded.find("\n", at)
        line = folded[at:end].strip() if end > at else ""
        if not _label_sized(line) or _SUBHEADING_BREAK.search(line) \
                or not ("\u4e00" <= line[-1] <= "\u9fff" or line[-1] in _CLOSERS):
            continue  # (words, no sentence's part)
        nxt = _WS.match(folded, end).end()  # type: ignore[union-attr]
        title_end = end - (len(folded[at:end]) - len(folded[at:end].rstrip()))
        if starts is None and _LABEL_LINE.match(folded, nxt) and not _runs_on(folded, at, end):
            out.append(title_end)  # 数说上半年经济 / 地区生产总值:125.6亿元…: a title over lines of a label and its figures
            continue
        under = _subheading_ends(folded, [nxt])
        if under and starts is not None and any(c.isdigit() for c in folded[nxt:under[0]]):
            continue  # 上半年农村居民 / 人均可支配收入5164元: a headline wrapped over two lines, no label over a subheading
        if not under and starts is None and (_set_apart(folded, end, nxt, blank) or _paragraph_line(folded, nxt)) \
                and not (line.endswith(_AWAITING) and not _done(line, folded, nxt)):
            under = _subheading_ends(folded, [at])  # 冲刺全年目标任务 / (blank line) / 上半年,全县…。: a headline set
            out += under  # apart from its article's first paragraph, no words of that paragraph's first clause
            continue
        out += [title_end] + under if under else []
    return out


_AWAITING = function_words("awaiting_end")  # 全县规上工业实现 / 增加值…: a line that waits for the next, no headline
# 圆满完成, 全面完成, 顺利实现: a verb of getting a thing done, after a word of how it was done (function_words.csv
# done_manner), may end a headline; a time and a comma opening the next line (1-10月,全县…) are no object it waits for
_DONE_END = re.compile("(?:" + "|".join(function_words("done_manner")) + ")(?:" + "|".join(_AWAITING) + ")$")
_AFTER_TIME = re.compile(r"(?:以来|累计|份)?[,，]")  # 1-10月, 今年以来, 1-8月累计,: the time ends its clause's lead


def _done(line: str, folded: str, nxt: int) -> bool:
    r"""Whether a line that ends on a word waiting for more (``_AWAITING``) is a headline all the same: it says
    a thing got done (力争全年目标任务圆满完成), and the line at ``nxt`` opens a clause with a time and a comma.

    >>> _done("力争全年目标任务圆满完成", "\n\n1-10月,全县…", 2), _done("上半年全县实现", "\n\n1-10月,全县…", 2)
    (True, False)
    >>> _done("确保全年目标全面完成", "\n\n全县规上工业…", 2)
    False
    """
    return _DONE_END.search(line) is not None and (time := TIME.match(folded, nxt)) is not None \
        and _AFTER_TIME.match(folded, time.end()) is not None


_PARAGRAPH_LINE = 50  # a line this long that ends a sentence is a whole paragraph, no column's line


def _paragraph_line(folded: str, at: int) -> bool:
    r"""Whether the line at ``at`` is a whole paragraph: long, on one line, ending a sentence (text set one
    paragraph a line, where a title's line break sets it apart as a blank line would; a column's lines
    are short).

    >>> _paragraph_line("上半年,全县实现地区生产总值136.8亿元,同比增长6.4%,增速比一季度提高0.5个百分点,高于全市0.3个百分点。\n", 0)
    True
    >>> _paragraph_line("上半年,全县实现地区生产总值136.8亿元,同比\n增长6.4%。", 0)
    False
    """
    end = folded.find("\n", at)
    line = folded[at:end if end >= 0 else len(folded)].rstrip()
    return len(line) >= _PARAGRAPH_LINE and line.endswith(("。", "！", "？", "!", "?"))


def _set_apart(folded: str, end: int, nxt: int, blank: int) -> bool:
    """Whether the whitespace from a line's break at ``end`` to the next line's first word at ``nxt``
    sets the line apart: a blank line (``blank`` line breaks) or the next line's indent (two spaces).

    >>> _set_apart("标题\\n\\n正文", 2, 4, 2), _set_apart("标题\\n  正文", 2, 5, 2), _set_apart("标题\\n正文", 2, 3, 2)
    (True, True, False)
    """
    return folded.count("\n", end, nxt) >= blank or folded.endswith("  ", end, nxt)


# (下转第2版), (上接第1版), (转A3版): a newspaper's jump line, where an article goes on on another page
_JUMP = re.compile(r"\((?:下转|上接|转|接)(?:第)?[ ]*[A-Z]?[0-9一二三四五六七八九十]{1,3}[ ]*版\)")


# a note that a year holds for the figures below it (由2012年(下同)的…增加到2021年(下同)的…): the bracket
# (a column may break it anywhere); _drop_marks checks the year before it
_SAME_BELOW = re.compile(rf"\({_W}*(?:以{_W}*)?下{_W}*同{_W}*\)")


# 01…05 numbering a page's summary items, glued to a year that opens the item (042023年,云和县…)
_ITEM_NUMBER = re.compile(r"0[1-9](?=(?:19|20)\d\d年)")  # (at a line's start: checked apart, a scan of
# every position for a line start costs ten times as much)


# ?? where a page's encoding lost the spaces that indented a cell or parted a word (| ????工??业 | 325.68 |)
_LOST_SPACES = re.compile(r"\?+")
_CELL_OPENERS = frozenset("|\n")


def _fold_lost_spaces(folded: str, codes: np.ndarray, keep: np.ndarray) -> str:
    r"""A run of question marks that stands for spaces a page's encoding lost becomes spaces in ``codes`` and
    the text returned (a table's cells are read there), dropped from the text as spaces are: one that opens a
    line or a table's cell before a word, or one between two ideographs of a table's cell (a question mark
    of prose ends a clause).

    >>> repair("| 指??标 | 绝对数 |\n| ????工??业 | 325.68 |\n| ??其中:建筑业 | 12.1 |").folded
    '| 指  标 | 绝对数 |\n|     工  业 | 325.68 |\n|   其中:建筑业 | 12.1 |'
    >>> repair("是多少?是301.5亿元吗??对。\n?? 2023年").text
    '是多少?是301.5亿元吗??对。\n2023年'
    """
    if "?" not in folded:  # (nearly every text)
        return folded
    n = len(folded)
    lost: list[int] = []
    for m in _LOST_SPACES.finditer(folded):
        before = m.start() - 1
        while before >= 0 and folded[before] == " ":
            before -= 1
        after = m.end()
        while after < n and folded[after] == " ":
            after += 1
        word_after = after < n and ("\u3400" <= folded[after] <= "\u9fff" or folded[after].isdigit())
        if before < 0 or folded[before] in _CELL_OPENERS:
            if word_after or after >= n or folded[after] == "\n":
                lost.extend(range(m.start(), m.end()))
        elif word_after and "\u3400" <= folded[before] <= "\u9fff" \
                and folded.rfind("|", folded.rfind("\n", 0, before) + 1, before) >= 0:
            lost.extend(range(m.start(), m.end()))
    if not lost:
        return folded
    codes[lost] = 0x20
    keep[lost] = False
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _drop_marks(folded: str, keep: np.ndarray) -> None:
    """Marks a page adds to the text go: a stray comma before another mark (烟台,、济南), a stray
    point before a unit (142.95.亿元), a pinyin gloss (區(qū)), a footnote mark (总值[2]) and a jump line (下转第2版).

    >>> repair("烟台,、济南则分别以3242.69亿元,,摘得亚军,。").text
    '烟台、济南则分别以3242.69亿元,摘得亚军。'
    >>> repair("生产总值(GDP)[2]91.3亿元").text
    '生产总值(GDP)91.3亿元'
    >>> repair("生产总值142.95.亿元,收入3.1.万元,2023.亿元").text
    '生产总值142.95亿元,收入3.1万元,2023.亿元'
    >>> repair("规模以上(年主营业务收入2000万元及以上)工业增加值").text
    '规模以上工业增加值'
    >>> repair("规上工业增加值完成\\n(下转第2版)\\n\\n(上接第1版)\\n152.3亿元。").text
    '规上工业增加值完成152.3亿元。'
    >>> repair("由2012\\n年(下同)的182.5亿元增加到2021年\\n(以\\n下同)的406.3亿元,比上年(下同)增长8%").text
    '由2012年的182.5亿元增加到2021年的406.3亿元,比上年(下同)增长8%'
    """
    for m in _ITEM_NUMBER.finditer(folded):  # 042023年,…: a list item's number glued to the year it opens with
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if not folded[line_start:m.start()].strip(" \t"):
            keep[m.start():m.end()] = False
    if "下" in folded and "同" in folded and "(" in folded:  # 2012年(下同)的182.5亿元: the note goes, the
        for m in _brackets(folded, _SAME_BELOW):  # year and its level meet (not 比上年(下同): no year's)
            s = _space_before(folded, m.start())
            if folded.endswith("年", 0, s) and folded[max(0, _space_before(folded, s - 1) - 1)].isdigit():
                keep[s:m.end()] = False
    if "版" in folded and "版)" in folded:  # (str finds one Chinese character far faster than two)
        for m in _brackets(folded, _JUMP):
            keep[m.start():m.end()] = False
    if _STRAY_COMMA_HINT.search(folded):  # ( = ",," in folded or ",、" in folded or ",。" in folded)
        for m in _STRAY_COMMA.finditer(folded):
            keep[m.start()] = False
    if "." in folded:
        for m in _STRAY_POINT.finditer(folded):
            if folded[max(0, m.start() - 8):m.start()].rstrip()[-1:].isdigit():
                keep[m.start("point")] = False
    if "收" in folded and "(" in folded:  # (one character each: a column may break a word)
        for s, e in _size_notes(folded):
            keep[s:e] = False
    if "(" in folded or "[" in folded or "【" in folded:
        for m in _brackets(folded, _GLOSS):
            s = _space_before(folded, m.start())  # a column may break the text before it
            if s > 0 and ("\u3400" <= folded[s - 1] <= "\u9fff" or folded[s - 1] == ")") and _dropped(m):
                keep[s:m.end()] = False  # after a character (or another gloss)


def _size_notes(folded: str) -> Iterator[tuple[int, int]]:
    r"""The spans of the size-class notes in brackets (规模以上(年主营业务收入2000万元及以上)工业…), found
    from each bracket with the line breaks a column puts inside them left out.

    >>> [folded[s:e] for folded in ["规上工业(年主营业务收\n入500万元以上)增加值"] for s, e in _size_notes(folded)]
    ['(年主营业务收\n入500万元以上)']
    """
    i = folded.find("(")
    while i >= 0:
        if folded.find("收", i, i + 24) < 0:  # (the note's 收入 comes within its first words: most brackets hold none)
            i = folded.find("(", i + 1)
            continue
        window = folded[i:i + 60]
        at = [k for k, c in enumerate(window) if c not in _WS_CHARS]  # the window's characters, no whitespace
        m = _SIZE_NOTE.match("".join(window[k] for k in at))
        if m:
            yield i, i + at[m.end() - 1] + 1
        i = folded.find("(", i + (at[m.end() - 1] + 1 if m else 1))


def _brackets(folded: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` finds of ``pattern`` (each begins with a bracket, ``(``, ``[`` or ``【``,
    and holds no other one), those of ``(`` first, found from the brackets: ``str.find`` reaches
    them ten times faster than re's scan through Chinese text.

    >>> [m.group() for m in _brackets("億(yì)元[2] (x)(", _GLOSS)]
    ['(yì)', '(x)', '[2]']
    """
    for bracket in "([【":
        i = folded.find(bracket)
        while i >= 0:
            m = pattern.match(folded, i)
            i = folded.find(bracket, m.end() if m else i + 1)
            if m:
                yield m


def _kept_runs(folded: str, spaced: bool) -> dict[int, str]:
    """The whitespace runs that stay, by start: a paragraph end (``\\n``, or ``\\n\\n`` where the
    original has a blank line), and one space between two ASCII words or numbers."""
    kept: dict[int, str] = {}
    blank = 3 if spaced else 2  # line breaks in a run that make a blank line
    backwards, n = folded[::-1], len(folded)  # line ends are found from their \n in the reversed text
    for m in reversed(list(_PARAGRAPH_END_REV.finditer(backwards))):  # (in the text's order)
        kept[n - m.end("run")] = "\n\n" if m.group("run").count("\n") + 1 >= blank else "\n"  # = _break_at's
    if "、" in folded and " " in folded:
        for s in _inline_heading_runs(folded):  # 。 八、财政和金融 全年财政总收入…: a page's lines run together
            kept.setdefault(s, "\n")
    first = _FIRST_HEADING.match(folded)
    for m in ([first] if first else []) + list(_HEADING_CANDIDATE.finditer(folded)):
        end = folded.find("\n", m.end())
        s = _space_before(folded, end)
        if end >= 0 and s > 0 and s not in kept and _heading_line(folded, s):
            kept[s] = _break_at(folded, s, blank)
    for m in _TITLE_END_REV.finditer(backwards):  # a title line keeps its line break
        s, end = n - m.end(1), n - 1 - m.start()
        start = folded.rfind("\n", 0, n - m.end()) + 1
        before = folded[:start].rstrip(_WS_CHARS)
        e = _WS.match(folded, end).end()  # type: ignore[union-attr]
        if s not in kept and s - start <= _MAX_TITLE and not _CLAUSE_BREAK.search(folded, start, s) \
                and not _TITLE_HEAD.match(folded, e) \
                and (not before or _ends_paragraph(before, len(before)) or folded.count("\n", len(before), start) > 1):
            kept[s] = _break_at(folded, s, blank)
    captions = list(_CAPTION.finditer(folded))  # 图1 …: a figure's or table's caption
    lines = [_space_before(folded, m.start("caption")) for m in captions] + [m.end("caption") for m in captions]
    if _holds_meta_word(folded):
        lines += [m.end() for m in _META_LINE.finditer(folded)]
    lines += _dateline_ends(folded) + _byline_ends(folded) + _box_line_breaks(folded) + _item_mark_breaks(folded)
    if "-" in folded:
        lines += _iso_date_line_ends(folded)
    if "版" in folded:
        lines += [m.end() for m in _PAGE_LABEL.finditer(folded)]
    if "摄" in folded and "摄)" in folded:  # (one Chinese character first: str finds it far faster than two)
        lines += [m.end() for m in _PHOTO_CREDIT.finditer(folded)]
    if _RATE_LINE_HINT.search(folded):  # ( = "%\n" in folded or "% \n" in folded)
        lines += [m.end() for m in _RATE_LINE_END.finditer(folded)]
    if _BULLET_HINT.search(folded):  # (a bullet's line break: the line before ends, - 南浔区:…)
        lines += [_space_before(folded, m.start() + 1) for m in _BULLET_LINE.finditer(folded)]
    if _INLINE_BULLET_HINT.search(folded):  # ( = " - " in folded or " • " in folded or " -\n" in folded or " •\n" in folded)
        lines += [m.start() for m in _INLINE_BULLET.finditer(folded)]
    for s in lines:  # a caption is a line of its own; a metadata line ends its line
        if s > 0 and s not in kept:
            kept[s] = _break_at(folded, s, blank)
    starts = [_WS.match(folded, k).end() for k in kept]  # type: ignore[union-attr]
    for s in _subheading_ends(folded, starts) + _opening_heading_ends(folded, None, blank) + _opening_heading_ends(folded, starts):
        kept[s] = _break_at(folded, s, blank)
    for brk, nxt in _lost_stop_breaks(folded, kept):  # …低于全市平均1.9个百分点 / 固定资产投资增速趋缓 / 1-5月份,…
        for s in _subheading_ends(folded, [nxt]):
            kept[brk], kept[s] = _break_at(folded, brk, blank), _break_at(folded, s, blank)
    if "\n" in folded and "." in folded:
        for m in _DECIMALS_APART.finditer(folded):  # 4098.22\n3620.71: two numbers, not one broken (it has one point)
            kept.setdefault(m.start("gap"), " ")
    for m in (_ASCII_GAP if any(c in folded for c in _GAP_CHARS[1:]) else _SPACE_GAP).finditer(folded):
        if folded[m.start() - 1] != "." or not _split_decimal(folded, m.start(), m.end()):
            kept[m.start()] = " "
    kept.pop(0, None)  # whitespace before the first word is dropped
    return kept


# a line break between two numbers with a decimal point each (a table's row wrapped through a column):
# they stay two numbers (one number has one point), parted by a space (matched from the first number's
# point, a literal re jumps to: a pattern opening with a lookbehind is tried at every character)
_DECIMALS_APART = re.compile(r"\.\d+(?P<gap>[ \t]*\n\s*)(?=\d+\.\d)")
# 6835. 27亿元, 6. 2‰: a space a page put after a decimal point, before at most four digits and a money
# unit, % or ‰ (a list's number opening an item, 。\n2. 5亿元以上项目, keeps it)
_DECIMAL_TAIL = re.compile(r"\d{1,4}\s*[%‰亿万元]")
_ITEM_OPENERS = "。;:!?"  # what a list's number follows (or the text's start)


def _split_decimal(folded: str, s: int, e: int) -> bool:
    """Whether the gap from ``s`` to ``e`` splits a number after its decimal point (``folded[s-1]`` is the point).

    >>> repair("实现生产总值6835. 27亿元,人口自然增长率6. 2‰").text, repair("如下:\\n2. 5亿元以上项目").text
    ('实现生产总值6835.27亿元,人口自然增长率6.2‰', '如下:2. 5亿元以上项目')
    """
    i = s - 1
    while i > 0 and folded[i - 1].isdigit():
        i -= 1
    j = i - 1
    while j >= 0 and folded[j].isspace():  # (a space or a line break may stand before the number: 增长 9. 5%)
        j -= 1
    return i < s - 1 and j >= 0 and folded[j] not in _ITEM_OPENERS and _DECIMAL_TAIL.match(folded, e) is not None


# 。 八、财政和金融 全年…: a numbered section heading (a Chinese numeral, 、 and words) after a sentence's
# end, set off by spaces: the line breaks of a page that ran its lines together (found from the
# spaces' first, a literal re jumps to, then read behind: repair folds tabs and ideographic spaces)
# - 南浔区:GDP总量…, • 吴兴区:…: a bulleted item opens its own line (not a rate's sign carried over a
# line break, 增长\n-2.3%: a digit follows that mark)
_BULLETS = "-•●▪"
_BULLET_LINE = re.compile(r"\n[" + re.escape(_BULLETS) + r"][ \t]*(?=[^\s\d.%" + re.escape(_BULLETS) + "])")
_BULLET_HINT = re.compile(r"\n[" + re.escape(_BULLETS) + "]")  # where a text holds a line break and a bullet
# …现代化产业体系 [1] - 广东省博罗县:…: a bulleted list a page ran into one line, each bullet set off by spaces
# and followed by a word (not a range of numbers, 1 - 6月): each item opens its own line
_INLINE_BULLET = re.compile(r"(?<=[^\s" + re.escape(_BULLETS) + r"])[ \n]*[ ][" + re.escape(_BULLETS)
                            + r"][ \n]*[ \n](?=[\u4e00-\u9fff])")  # (a column's line break may fall beside it)
# where a text may hold one: re's scan for the space and a look at the next two characters (four in tests
# of " - ", " • ", " -\n", " •\n" scan the whole text four times)
_INLINE_BULLET_HINT = re.compile(r" [-•][ \n]")
# • 856.3亿元 / 地区生产总值 / • 98.6亿元 / 一般公共预算收入, 👉 12.5% / …: a data post's list, each item opening with a
# mark of vocab/function_words.csv (item_mark: no sign, so a figure may follow it, as - may not) on a line of its own
# after its figure's or its label's line, the same mark opening two lines or more: the line before ends, so each item
# is a clause of its own (its amount first, its label after: the metric's level, as a box's first figure is)
_ITEM_MARKS = re.escape("".join(function_words("item_mark")))
_ITEM_MARK_LINE = re.compile(r"\n[ \t]*(?P<mark>[" + _ITEM_MARKS + r"])\ufe0f?[ \t]*(?=\S)")
_ITEM_MARK_HINT = re.compile(r"\n[ \t]*[" + _ITEM_MARKS + "]")


def _item_mark_breaks(folded: str) -> list[int]:
    """Where the lines before a list's marked items end: a mark that opens two lines or more (a list's; one
    alone may be a stray symbol a column break put at a line's start, 社会消费品零 / ◆ 售总额).  (…第1版; 文/记者 王某;
    图片: the other lines _kept_runs ends with it.)"""
    if not _ITEM_MARK_HINT.search(folded):
        return []
    found = list(_ITEM_MARK_LINE.finditer(folded))
    marks = Counter(m.group("mark") for m in found)
    return [_space_before(folded, m.start() + 1) for m in found if marks[m.group("mark")] >= 2]
# (re's scan for \n and a look at the next character: a twentieth of the cost of four in tests of "\n-" …)
_INLINE_HEADING = re.compile(r" (?<=[。!?] ) *(?=[一二三四五六七八九十]{1,3}、[^一二三四五六七八九十\d\s])")
_HEADING_WORDS = 16  # characters: the words of a heading, with the spaces a spaced label holds (一、综 合)


def _inline_heading_runs(folded: str) -> list[int]:
    """Where the whitespace runs before and after a numbered heading run into the text start: the
    heading's words end at the last space before the next mark of a clause (一、综 合 综合实力显著增强。).
    ``folded``: a text whose only spaces are " " (as repair folds them).

    >>> text = "增长5%。 八、财政和金融 全年财政总收入6.6亿元。 一、综 合 综合实力显著增强。"
    >>> [text[s - 1:s] for s in _inline_heading_runs(text)]
    ['。', '融', '。', '合']
    >>> _inline_heading_runs("增长5%。 二、三产业增加值分别增长6%和7%。")
    []
    """
    runs = []
    for m in _INLINE_HEADING.finditer(folded):
        head = m.end()
        stop = _CLAUSE_MARK_OR_LINE.search(folded, head, head + _HEADING_WORDS + 1)
        window = folded[head:stop.start() if stop else head + _HEADING_WORDS]
        last = window.rfind(" ")
        words = window[:last].rstrip(" ") if last > 0 else ""
        if sum("\u4e00" <= c <= "\u9fff" for c in words) >= 3:
            runs += [m.start(), head + len(words)]
    return runs


_CLAUSE_MARK_OR_LINE = re.compile(r"[,;:。!?\n]")


def _holds_meta_word(folded: str) -> bool:
    """Whether a text holds a metadata word (来源:, 发布时间 …): most pages hold none.  The words are
    looked for only where their anchor stands, a rare character (str's search for a word of two or
    more Chinese characters costs as much as re's scan of every character).

    >>> _holds_meta_word("发布时间:2023-07-28"), _holds_meta_word("发布会召开"), _holds_meta_word("点击量")
    (True, False, True)
    """
    for (anchor, k), words in _META_ANCHORS.items():
        i = folded.find(anchor, k)  # (a word starts k characters before its anchor)
        while i >= 0:
            if folded.startswith(words, i - k):
                return True
            i = folded.find(anchor, i + 1)
    return False


def _dateline_ends(folded: str) -> list[int]:
    """Where a paper's dateline (…2024年10月8日 星期二 第1版) ends its line.

    >>> text = "东南日报 2024年10月8日 星期二 第1版\\n实现地区生产总值744.9亿元"
    >>> text[:_dateline_ends(text)[0]]
    '东南日报 2024年10月8日 星期二 第1版'
    """
    ends = []
    for word in ("星期", "周"):  # str.find reaches them faster than re's scan, and its first character
        i = folded.find(word[0])  # faster than the word (a search for two Chinese characters is slow)
        while i >= 0:
            if not folded.startswith(word, i):
                i = folded.find(word[0], i + 1)
                continue
            j = i + len(word)
            rest = _LINE_REST.match(folded, j + 1) if folded[j:j + 1] in _WEEKDAYS else None
            if rest is not None and _DATE_BEFORE.search(folded, max(0, i - 8), i):
                ends.append(rest.end())
            i = folded.find(word[0], j)
    return sorted(ends)


# 2020-11-30 中共江苏省委新闻网 / 公文搜 2021-07-27 17:14:09 政府报告: a web page's line that dates the page
# (a date written with hyphens, as prose never writes one) and names its source ends its line
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]?\d-[0-3]?\d(?![\d-])(?:[ ]*[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?")
_ISO_LINE = 40  # characters: a longer line is prose


def _iso_date_line_ends(folded: str) -> list[int]:
    r"""Where a short line holding a hyphenated date (a page's date and source) ends.

    >>> text = "某某作政府工作报告(摘要)\n2020-11-30 某某新闻网\n2019年经济稳中有进\n预计实现地区生产总值"
    >>> [text[:e].rsplit("\n", 1)[1] for e in _iso_date_line_ends(text)]
    ['2020-11-30 某某新闻网']
    >>> text = "公文搜 2021-07-27 17:14:09 政府报告\n政府工作报告"
    >>> text[:_iso_date_line_ends(text)[0]]
    '公文搜 2021-07-27 17:14:09 政府报告'
    >>> _iso_date_line_ends("1-6月,全县实现生产总值12.3亿元,\n增长5%。")
    []
    """
    ends, i = [], folded.find("-")  # (from each hyphen: str.find reaches them faster than re's scan)
    while i >= 0:
        m = _ISO_DATE.match(folded, i - 4) if i >= 4 else None
        i = folded.find("-", m.end() if m else i + 1)
        if m is None:
            continue
        start = folded.rfind("\n", 0, m.start()) + 1
        end = folded.find("\n", m.end())
        end = len(folded) if end < 0 else end
        line = folded[start:end].rstrip(_WS_CHARS)  # (the time after the date holds a colon)
        if len(line) <= _ISO_LINE and not _CLAUSE_BREAK.search(line.replace(m.group(), "")) and end < len(folded):
            ends.append(start + len(line))
    return ends


# ■文/某某日报记者 王某 通讯员 李某 图/通讯员 张某: a byline on a line of its own, only roles and the
# short names after them (parted by spaces or slashes), ends its line (no sentence runs on from it)
_BYLINE_MARK = re.compile(r"^[ ]*[■●◆▲★]?[ ]*")
_BYLINE_CHUNK = re.compile(r"[/／ ]+")
_BYLINE_ROLE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:记者|通讯员|实习生|摄影|编辑)|[文图]")
_BYLINE_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}")


_BYLINE_WORDS = function_words("byline_role")  # the role words a byline holds


def _role_words(folded: str) -> list[tuple[int, int]]:
    """Where each role word of a byline stands (start, end), in order: what a scan of
    ``记者|通讯员`` finds (neither word overlaps itself or the other), found from each one's first
    character (str finds one character far faster than re tries two words at every place).

    >>> _role_words("记者王某 通讯员李某 记录 通讯")
    [(0, 2), (5, 8)]
    """
    found = []
    for word in _BYLINE_WORDS:
        i = folded.find(word[0])
        while i >= 0:
            if folded.startswith(word, i):
                found.append((i, i + len(word)))
            i = folded.find(word[0], i + 1)
    return sorted(found)


def _byline_ends(folded: str) -> list[int]:
    r"""Where a line that is a byline alone (roles and names, no clause) ends.

    >>> t = "文/某某日报记者 王某 通讯员 李某\n地区生产总值增长5.9%"
    >>> t[:_byline_ends(t)[0]], _byline_ends("记者从县统计局获悉\n地区生产总值增长5.9%")
    ('文/某某日报记者 王某 通讯员 李某', [])
    """
    ends: list[int] = []
    if "记者" not in folded and "通讯员" not in folded:
        return ends  # (most texts: no byline)
    last = -1
    for at, after in _role_words(folded):  # only the lines that hold a role word
        start = folded.rfind("\n", 0, at) + 1
        end = folded.find("\n", after)
        if start == last or end < 0:
            continue  # (a line read already; the text's last line has no line end to keep)
        last, line = start, folded[start:end].rstrip(_WS_CHARS)
        if len(line) <= 60:
            chunks = [c for c in _BYLINE_CHUNK.split(line[_BYLINE_MARK.match(line).end():]) if c]  # type: ignore[union-attr]
            roles = [c for c in chunks if _BYLINE_ROLE.fullmatch(c)]
            if len(chunks) >= 2 and roles and all(_BYLINE_ROLE.fullmatch(c) or _BYLINE_NAME.fullmatch(c) for c in chunks):
                ends.append(start + len(line))
    return ends


def _break_at(folded: str, s: int, blank: int = 2) -> str:
    """The line break a kept whitespace run at ``s`` becomes: a blank line where it holds one
    (``blank`` line breaks or more)."""
    run = _WS.match(folded, s)
    return "\n\n" if run is not None and folded.count("\n", s, run.end()) >= blank else "\n"


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_DOUBLE_SPACED = 0.8  # of a text's lines followed by one blank line, then a line: its blank lines mean nothing


def double_spaced(text: str) -> bool:
    r"""Whether nearly every line of ``text`` is followed by one blank line, as pages saved from the
    web often are: a blank line there is a line break, not a break in the article.

    >>> double_spaced("2023年,全区经济平稳。\n\n一、综合\n\n全区生产总值71.9亿元。\n\n二、农业")
    True
    >>> double_spaced("2023年,全区经济平稳。\n \n一、综合\n \n全区生产总值71.9亿元。\n \n二、农业")
    True
    >>> double_spaced("2023年,全区经济平稳。\n一、综合\n全区生产总值71.9亿元。\n\n二、农业")
    False
    """
    # (cheap: every text; where it holds no tab, the blank lines of spaces are the "\n\n" left when
    # its spaces go, which str counts in a tenth of the time)
    blank = text.replace(" ", "").count("\n\n") if "\t" not in text else len(_BLANK_LINE.findall(text))
    if blank < 0.4 * _DOUBLE_SPACED * text.count("\n"):
        return False  # a double-spaced text has about as many blank lines as lines
    full = bytes(map(bool, map(str.strip, text.split("\n"))))  # 1 for a line with words, 0 for a blank one
    lines = full.count(1)
    # a blank line between two lines with words (each line's byte doubled: str.count counts apart
    # the two of 1 0 1 0 1, which share the middle line)
    spaced = full.replace(b"\1", b"\1\1").count(b"\1\0\1")
    return lines >= 4 and spaced >= _DOUBLE_SPACED * (lines - 1)


def _space_before(folded: str, s: int) -> int:
    """Where the whitespace right before ``s`` starts (``s`` itself when there is none)."""
    while s > 0 and folded[s - 1] in _WS_CHARS:
        s -= 1
    return s

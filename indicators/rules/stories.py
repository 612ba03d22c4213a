"""A story's subject: an article whose lead names a town, a company, a zone or a set of places before the region.

A county's paper runs stories about one of its towns (新仓镇上半年经济运行情况), firms (记者从某某股份有限公司
了解到), development zones (独山港经济开发区：…) or a set of its places (上半年东部十县发展提速): their figures
with no subject of their own are the town's, the firm's, the zone's (its 全区 too) or the set's, not the county's
that the manifest names, until a sentence names the region
(全市…, or the home by name).  The lead decides whether an article is such a story; after each sentence the
subject it named last holds for the next (:meth:`indicators.rules.timeline.DocState.note_subject`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..base.regions import names_overlapped, zone_name
from ..base.tables import ZONES, function_words, trie_pattern
from . import lexicon as L

LEAD_CHARS = 150  # the lead of an article: its title and first lines


def _firm_pattern(ends: list[str], pronoun: bool) -> re.Pattern[str]:
    """A company named by a name and one of ``ends``, or (``pronoun``) by 该公司, 这家企业."""
    named = r"[\u4e00-\u9fff]{2,20}?(?:" + trie_pattern(ends) + ")"
    return re.compile(r"(?:该|这家)(?:公司|企业|集团)|" + named if pronoun else named)


# 某某股份有限公司, 该公司, 这家企业: a company named (firm_ends.csv, but 厂; 该公司 and a name before a bare 公司
# only as a story's subject later on: a lead names its company in full); a utility or a source is none
# (see _firm_mentions)
_FIRM_MENTION = _firm_pattern([w for w in L.FIRM_ENDS if w != "厂"], pronoun=True)
_FIRM_NAMED = _firm_pattern([w for w in L.FIRM_ENDS if w not in ("厂", "公司")], pronoun=False)

# 独山港经济开发区, 平湖经济技术开发区, 开发区: a zone named (zones.csv); in a zone's story its 全区 is the zone
_ZONE_MENTION = re.compile(r"[\u4e00-\u9fff]{0,10}?(?P<zone>" + trie_pattern(list(ZONES)) + ")")
# 成渝地区双城经济圈, 长株潭都市圈: a group of places named (exclusions.csv, whole_at places); a title line that opens
# with one makes a zone's story (its figures the group's, no member's)
_GROUP_WORDS = [w for w, at in L.EXCLUSION_WHOLE_AT.items() if at == "places"]
_GROUP_MENTION = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:" + trie_pattern(_GROUP_WORDS) + ")")
# 山区26县, 我市东部五县, 沿海三县(市): a counted set of the region's places named by where it lies (a story's
# subject when its lead opens a clause with it: 上半年东部十县发展提速; its figures the set's, no whole region's)
_SET_MENTION = re.compile(r"(?:全[省市]|我[省市])?" + L.SET_AREA + r"[\d一二两三四五六七八九十]{1,2}个?(?:"
                          + L.REGION_SET_NOUN + ")")
_SET_OPENS = re.compile(r"(?:关于|今年|[\d一二三四五六七八九十上下半全前季度月份年至-])*")  # what may stand before it
_OFFICE_AFTER = re.compile(r"[省市县区]?(?:" + L.OFFICE + ")")  # 邯郸市人民政府
_SCOPES = {"town": "town", "firm": "enterprise", "zone": "subset", "set": "subset"}  # what each story's subject is, as a scope
_TOWN_CHARS = {w[0] for w, scope in L.SCOPE_WORDS.items() if scope == "town"}  # 镇, 乡, 街: what a town word begins with
_FIRM_WORDS = function_words("firm_word")  # every firm mention holds one


def story_lead(text: str, home: str = "") -> str:
    """town, enterprise or subset (a zone) when an article's lead names a town or a company (or a title line opens
    with a zone) before it names the region (a region word as a subject, or the home's name not glued to the
    town's: 石狮市锦尚镇 is the town); else "".

    >>> story_lead("独山港镇上半年经济运行情况\\n今年以来"), story_lead("平湖市乍浦镇召开会议", "平湖")
    ('town', 'town')
    >>> story_lead("记者从某某纸业股份有限公司了解到,上半年"), story_lead("全市城镇居民收入")
    ('enterprise', '')
    >>> story_lead("独山港经济开发区:项目建设跑出加速度", "平湖"), story_lead("乍浦镇,港区各部门", "嘉兴港区")
    ('subset', '')
    >>> story_lead("德清县德清县历史沿革…,县治位于武康街道", "德清"), story_lead("据国网平湖市供电公司统计", "平湖")
    ('', '')
    >>> story_lead("全市经济运行平稳。其中,独山港镇增长12%"), story_lead("桐乡市经济"), story_lead("政府驻地:东港街道")
    ('', '', '')
    """
    lead = text[:LEAD_CHARS]  # (each scan only where its words' characters stand: most leads name none)
    zone = next(_zones(lead, home), None) if "区" in lead else None  # (every zone word ends in 区)
    if zone is None or zone.start() and lead[zone.start() - 1] != "\n":
        zone = _group_title(lead) or zone  # 双城经济圈上半年GDP实现…: a group of places opens the title
    found = {"town": next(town_mentions(lead), None) if any(c in lead for c in _TOWN_CHARS) else None,
             "firm": next(_firm_mentions(_FIRM_NAMED, lead), None) if any(w in lead for w in _FIRM_WORDS) else None,
             # (a zone opens a title line: 平湖经济技术开发区上半年…, not 省级经济开发区挂牌)
             "zone": zone if zone is not None and lead[zone.start() - 1:zone.start()] in ("", "\n") else None,
             "set": _set_subject(lead)}
    kind, first = min(((k, m) for k, m in found.items() if m is not None), key=lambda km: km[1].start(),
                      default=("", None))
    if first is None:
        return ""
    named = _home_named(lead, home, first.start()) if home else -1
    if named >= 0 and (lead.find(home, named + 1, first.start()) >= 0 or kind == "firm"
                       or first.end() - named - len(home) > 10):
        return ""  # (德清县…县治位于武康街道: the county named first; 石狮市锦尚镇: the town of the home)
    if L.REGION_SUBJECT.search(lead, 0, first.start()) is not None \
            or ":" in lead[lead.rfind("\n", 0, first.start()) + 1:first.start()] \
            or lead[first.end():first.end() + 1] in (",", "、") or lead.endswith("据", 0, first.start()):
        return ""  # (政府驻地:东港街道: an infobox; 乍浦镇,港区各部门: addressees; 据…: a source)
    if kind == "zone" and home and _zone_is_home(lead, home):
        return ""  # (无锡高新区(新吴区)…: the zone and the home district are one, its 全区 the home's)
    return _SCOPES[kind]


_ZONE_WORDS_PATTERN = trie_pattern(list(ZONES))


def _zone_is_home(lead: str, home: str) -> bool:
    """``lead`` names a zone with the home district in brackets, or the home with a zone in brackets (one
    administration under two names): the zone's story is the home's.

    >>> _zone_is_home("高新区经济\\n无锡高新区(新吴区)统计局发布", "新吴"), _zone_is_home("虎丘区（苏州高新区）", "虎丘")
    (True, True)
    >>> _zone_is_home("苏州高新区(虎丘区)统计局", "吴中"), _zone_is_home("独山港经济开发区上半年", "平湖")
    (False, False)
    """
    if home not in lead or not ("(" in lead or "（" in lead):
        return False  # (most leads: no bracket, or no home's name)
    name = re.escape(home) + "[区县市]?"
    return re.search("(?:" + _ZONE_WORDS_PATTERN + ")[(（]" + name + "[)）]|" + name + "[(（][^()（）]{0,12}?(?:"
                     + _ZONE_WORDS_PATTERN + ")[)）]", lead) is not None


def _home_named(lead: str, home: str, end: int) -> int:
    """Where ``lead`` first names ``home`` before ``end`` as a place, not as an office's (邯郸市人民政府办公厅关于…);
    -1 if nowhere.

    >>> _home_named("邯郸市人民政府关于东部十县…", "邯郸", 12), _home_named("邯郸市统计局:邯郸东部十县…", "邯郸", 20)
    (-1, 7)
    """
    at = lead.find(home, 0, end)
    while at >= 0 and _OFFICE_AFTER.match(lead, at + len(home)):
        at = lead.find(home, at + 1, end)
    return at


def _set_subject(lead: str) -> re.Match[str] | None:
    """A counted set of places that opens a clause of ``lead`` (after its times): the story's subject.

    >>> _set_subject("上半年东部十县发展进一步提速").group(), _set_subject("我市山区五县上半年经济运行情况").group()
    ('东部十县', '我市山区五县')
    >>> _set_subject("全市GDP增长6.5%,其中山区五县增速高于全市"), _set_subject("山区经济运行良好")
    (None, None)
    """
    if not any(c in lead for c in "县区市"):
        return None
    for m in _SET_MENTION.finditer(lead):
        opening = max(lead.rfind(c, 0, m.start()) for c in "\n,。;:") + 1
        if _SET_OPENS.fullmatch(lead, opening, m.start()):
            return m
    return None


def _group_title(lead: str) -> re.Match[str] | None:
    """A group of places (经济圈, 城市群 …) that opens a line of ``lead``.

    >>> _group_title("双城经济圈上半年GDP实现4万亿元").group(), _group_title("全市经济圈内…"), _group_title("平湖市上半年…")
    ('双城经济圈', None, None)
    >>> _group_title("作为成渝地区双城经济圈的节点,全区…增长6.2%。")  # the group describes the place
    """
    if not any(w in lead for w in _GROUP_WORDS):
        return None
    return next((m for m in _GROUP_MENTION.finditer(lead) if (not m.start() or lead[m.start() - 1] == "\n")
                 and not L.REGION_SUBJECT.match(lead, m.start()) and not L.GROUP_DESCRIBES.search(m.group())), None)


def _group_mentions(text: str) -> Iterator[re.Match[str]]:
    """The groups of places ``text`` names (成渝地区双城经济圈, 长株潭都市圈)."""
    return _GROUP_MENTION.finditer(text) if any(w in text for w in _GROUP_WORDS) else iter(())


def _zones(text: str, home: str) -> Iterator[re.Match[str]]:
    """The zones ``text`` names, not the home itself (嘉兴港区's 港区, 杨凌's 示范区: regions.zone_name)."""
    for m in _ZONE_MENTION.finditer(text):
        if not home.endswith(zone := m.group("zone")) and zone_name(zone, home) != home:
            yield m


def town_mentions(text: str) -> Iterator[re.Match[str]]:
    """The towns ``text`` names (独山港镇, 该镇), not a county or city whose name ends in a town word (桐乡, 东乡).

    >>> [m.group()[-3:] for m in town_mentions("桐乡调查队;记者从七圩镇了解到,该镇")]
    ['七圩镇', '该镇']
    """
    for m in L.TOWN_MENTION.finditer(text):
        if not any(i + len(name) == len(m.group()) for i, name in names_overlapped(m.group())):
            yield m


def _firm_mentions(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The companies ``text`` names, not a utility (国网平湖市供电公司: utility_words.csv) nor one followed by a
    word that publishes or counts (…公司发布, …公司统计): the source of the region's figures."""
    for m in pattern.finditer(text):
        if not L.is_utility(m.group()) and not text.startswith(L.FIRM_AS_SOURCE, m.end()):
            yield m


def subject_after(text: str, home: str, current: str, story: str = "") -> str:
    """The subject a story speaks of after ``text``: the one it named last, a town (该镇, 乍浦镇), a company
    (该公司, 某某有限公司: in a company's story; a town's or zone's names firms in passing), a zone (in a zone's story, its 全区 too) or the region (全市…, not 占全市的, 居全市第一;
    or the home's name: ""); ``current`` when it names none.

    >>> subject_after("该镇实现…。全市实现…", "平湖", "town"), subject_after("全市…,其中该公司", "平湖", "", "enterprise")
    ('', 'enterprise')
    >>> subject_after("上半年实现产值12亿元", "平湖", "town"), subject_after("全区实现…", "平湖", "subset", "subset")
    ('town', 'subset')
    """
    town = max((m.end() for m in town_mentions(text)), default=-1)
    firm = max((m.end() for m in _firm_mentions(_FIRM_MENTION, text)), default=-1) \
        if story == "enterprise" and any(w in text for w in _FIRM_WORDS) else -1  # (a firm's story only)
    zone = max((m.end() for m in _zones(text, home)), default=-1) if story == "subset" and "区" in text else -1
    zone = max([zone, *(m.end() for m in _group_mentions(text)), *(m.end() for m in _SET_MENTION.finditer(text))]) \
        if story == "subset" else zone  # (a group's story, a set's)
    region = -1
    for m in L.REGION_SUBJECT.finditer(text):
        if story == "subset" and m.group() == "全区":
            zone = max(zone, m.end())  # (a zone's story: its 全区 is the zone)
        else:
            region = m.end()
    if home and (at := text.rfind(home)) >= 0:
        region = max(region, at + len(home))  # (平湖市上半年…: the home by its name)
    last = max(town, firm, zone, region)
    if last < 0:
        return current
    return "" if last == region else "town" if last == town else "enterprise" if last == firm else "subset"

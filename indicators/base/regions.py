"""Regions: the gazetteer, names in text, and the document's own region.

``全市``/``我县`` name the document's region, or its ancestor at that level
(a county article's 全市 is its prefecture).  Generic zone names (经开区,
港区) are qualified with the document's region by its short name: 嘉兴经开区 (for 嘉兴 or 嘉兴市).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .tables import (COMMON_SHORT_NAMES, INFORMAL_NAMES, MEDIA_ENDS, RENAMED_REGIONS, REGION_WORDS, REGIONS, ZONE_SHORT, ZONES, Region,
                     function_words, trie_pattern)

_BY_NAME: dict[str, list[Region]] = {}
for _r in REGIONS:
    for _key in {_r.name, _r.short}:
        if len(_key) >= 2 and (_key == _r.name or _key[0] not in "市县区" and _key not in COMMON_SHORT_NAMES):
            # (市中 alone is no name: 13市中4市; nor is a common word: 古城风貌, 中原地区)
            _BY_NAME.setdefault(_key, []).append(_r)
_BY_FULL: dict[str, Region] = {r.name: r for r in REGIONS}
for _new, _old in RENAMED_REGIONS.items():  # 邵东市 is the entry 邵东县 (a county that became a city)
    _BY_FULL[_new] = _BY_FULL[_old]
    _BY_NAME[_new] = [_BY_FULL[_old]]
# 长阳县, 管城区, 昌吉州: an autonomous county, district, banner or prefecture is named in print by its
# short name and its unit, without the people it is named for (长阳土家族自治县, 管城回族区, 昌吉回族自治州)
_INFORMAL_UNITS = {"自治县": "县", "族区": "区", "自治旗": "旗", "自治州": "州"}


def _informal(region: Region) -> list[str]:
    """The names print gives an autonomous place: its short name and its unit (昌吉州), and its short
    name and the whole unit but the people (湘西自治州, 石柱自治县); none for another place.

    >>> _informal(_BY_FULL["湘西土家族苗族自治州"]), _informal(_BY_FULL["管城回族区"]), _informal(_BY_FULL["吉首市"])
    (['湘西州', '湘西自治州'], ['管城区'], [])
    """
    tail, unit = next(((t, u) for t, u in _INFORMAL_UNITS.items() if region.name.endswith(t)), ("", ""))
    if not unit or region.short.endswith("族"):
        return []
    return [region.short + unit] + ([region.short + tail] if tail.startswith("自治") else [])


_INFORMAL: dict[str, str] = {}
for _r in REGIONS:
    for _name in _informal(_r):
        if _name not in _BY_FULL and _r not in _BY_NAME.get(_name, []):
            _BY_NAME.setdefault(_name, []).append(_r)
            _INFORMAL.setdefault(_r.name, _name)

# 普兰店市, 富阳市, 江都市, 临桂县, 长清县: a district that was a county-level city or a county is named in
# older print by its short name and 市 or 县 (the whole name, so the unit is not left over between the
# place and its figure)
for _r in REGIONS:
    if _r.name.endswith("区") and _r.level == "county" and _r.short != _r.name \
            and len(_r.short) >= 2 and _r.short[0] not in "市县区" and _r.short not in COMMON_SHORT_NAMES:
        for _former in (_r.short + "市", _r.short + "县"):
            if _former not in _BY_NAME:
                _BY_NAME[_former] = [_r]

# 科右前旗, 扎旗, 乌市: a place's short form in print (vocab/informal_names.csv); 目前旗下 holds no 前旗
_NOT_AFTER: dict[str, str] = {}
for _name, _full, _not_after in INFORMAL_NAMES:
    if _BY_FULL[_full] not in _BY_NAME.get(_name, []):
        _BY_NAME.setdefault(_name, []).append(_BY_FULL[_full])
    if _not_after:
        _NOT_AFTER[_name] = _not_after

_NAMES = frozenset(list(_BY_NAME) + list(ZONES))  # place names and zone words, 2 characters or more
_NAME_LENGTHS = sorted({len(n) for n in _NAMES}, reverse=True)
_NAME_HEADS = frozenset(name[:2] for name in _NAMES)
# the lengths of the names that begin with each two characters, longest first: where a name may
# start, only those lengths are looked up
_HEAD_LENGTHS: dict[str, tuple[int, ...]] = {}
for _n in sorted(_NAMES, key=len, reverse=True):
    if len(_n) not in _HEAD_LENGTHS.get(_n[:2], ()):
        _HEAD_LENGTHS[_n[:2]] = _HEAD_LENGTHS.get(_n[:2], ()) + (len(_n),)
# where a name may start: one of the names' first characters, before one of their second ones
_NAME_START = re.compile("[" + re.escape("".join(sorted({h[0] for h in _NAME_HEADS}))) + "](?=["
                         + re.escape("".join(sorted({h[1] for h in _NAME_HEADS}))) + "])")
# …and the two characters there, for findall: a list of strings costs re far less than a Match each
_NAME_START_HEADS = re.compile(_NAME_START.pattern + "(?<=(?=(..)).)")
# The 6,000 names as a pattern's source; a name alone is found by names_in, which looks names up in
# a set (compiling this to scan with costs 47 ms).
NAME_PATTERN = trie_pattern(_NAMES)
# Patterns that hold a place name among other words (lexicon's PREFIX, COMPARED_ITEM …) read it as
# NAME_SLOT in a text where mask_names has put a mark over each name, of the name's length: the
# offsets stay, and no pattern embeds the 6,000 names (50 ms to compile each time).
NAME_MARK, NAME_FILL = "\ue000", "\ue001"
NAME_SLOT = NAME_MARK + NAME_FILL + "*"


def ends_with_name(text: str, end: int) -> bool:
    """Whether a place name ends at position ``end`` of ``text`` (嘉兴|全市).

    >>> ends_with_name("嘉兴全市", 2), ends_with_name("今年全市", 2)
    (True, False)
    """
    return any(text[end - k:end] in _NAMES for k in _NAME_LENGTHS if k <= end)


def mask_names(text: str, overlapped: bool = False) -> str:
    """``text`` with a mark over each name that :func:`names_in` finds, as long as the name; with
    ``overlapped``, one mark over each run of characters that names cover, overlapping ones too
    (嘉善和平湖: 和平 would hide 平湖 from a left-to-right scan), for a test of a whole text.

    >>> mask_names("高于嘉兴市(6.1%)") == "高于" + NAME_MARK + NAME_FILL * 2 + "(6.1%)"
    True
    >>> mask_names("嘉善和平湖", overlapped=True) == (NAME_MARK + NAME_FILL) * 2 + NAME_FILL
    True
    """
    found = list(names_overlapped(text) if overlapped else names_in(text))
    if not found:
        return text
    parts, last = [], 0
    for i, name in found:
        end = i + len(name)
        if i < last:  # overlaps the run before: the run grows
            parts.append(NAME_FILL * max(0, end - last))
        else:
            parts += [text[last:i], NAME_MARK, NAME_FILL * (len(name) - 1)]
        last = max(last, end)
    parts.append(text[last:])
    return "".join(parts)


def names_overlapped(text: str) -> Iterator[tuple[int, str]]:
    """Every place name in ``text`` as (start, name), the longest at each start (overlapping ones too).

    Only positions whose two characters begin some name are tried (re jumps to where a name's
    first and second characters may stand, then a set lookup of the two), and there the name is
    looked up by length in a set: far cheaper than the 6,000-name alternation, which ``re`` tries branch after branch.

    >>> list(names_overlapped("嘉兴平湖市"))
    [(0, '嘉兴'), (1, '兴平'), (2, '平湖市')]
    """
    return _names(text, overlapped=True)


def names_in(text: str) -> Iterator[tuple[int, str]]:
    """The place names in ``text`` as a scan with ``NAME_PATTERN`` finds them (left to right, the
    longest at each place, not overlapping), found the way :func:`names_overlapped` finds them.

    >>> list(names_in("嘉兴平湖市"))
    [(0, '嘉兴'), (2, '平湖市')]

    A place that names a paper or a broadcaster (``vocab/media_words.csv``) is none:

    >>> list(names_in("据嘉兴日报报道,平湖"))
    [(8, '平湖')]
    """
    return _names(text, overlapped=False)


def _names(text: str, overlapped: bool) -> Iterator[tuple[int, str]]:
    lengths_of, names, after, at = _HEAD_LENGTHS, _NAMES, 0, 0
    for head in _NAME_START_HEADS.findall(text):
        if (lengths := lengths_of.get(head)) is None:
            continue
        # every place of a head is a candidate, and they come in order: the first at or after
        # the one before is this one
        i = text.find(head, at)
        at = i + 1
        if i >= after:
            for k in lengths:  # longest first, as the trie pattern matches
                name = text[i:i + k]
                if name in names:
                    if not text.startswith(MEDIA_ENDS, i + k) \
                            and not (name in _NOT_AFTER and i and text[i - 1] in _NOT_AFTER[name]):
                        yield i, name
                        after = i if overlapped else i + len(name)
                    break


WORD_PATTERN = re.compile(trie_pattern(list(REGION_WORDS)))
_LEVEL_SUFFIX = {"city": "市", "county": "县", "district": "区", "province": "省"}
_PREFECTURE_ENDS = "州盟"  # 全州, 全盟: a prefecture's whole, never a county-level city's


def lookup(name: str, home: str = "") -> Region | None:
    """The gazetteer entry for a name, preferring one near the ``home`` region.

    >>> lookup("象山", home="宁波").name
    '象山县'
    >>> lookup("海宁", home="嘉兴").parent
    '嘉兴市'
    >>> lookup("火星") is None
    True
    >>> lookup("南昌", home="南昌").name, lookup("长沙", home="长沙县").name, lookup("长沙县", home="长沙").name
    ('南昌市', '长沙市', '长沙县')
    """
    cands = _BY_NAME.get(name)
    if not cands:
        return None
    if len(cands) > 1:  # 南昌 is 南昌市: a county sharing its city's short name is printed with its unit (南昌县)
        cands = [r for r in cands if not any(r.parent == c.name for c in cands)] or cands
    if len(cands) == 1 or not home:
        return cands[0]
    h = home_entry(home)
    if h is None:
        return cands[0]

    def closeness(r: Region) -> int:
        return (3 * (r.parent == h.name or h.parent == r.parent or r.name == h.parent)
                + 2 * (r.province == h.province) + (r.level == "county"))

    return max(cands, key=closeness)


_ABOVE_CITY = ("province", "nation")  # the levels of the region words (全省, 全国) that name no city's whole
_DATELINE_ENDS = function_words("dateline_end")  # 本报嘉兴讯 海宁…: the home in a dateline leaves the lead to the county


def focus_place(lead: str, home: str) -> str | None:
    """The one county of ``home`` (a prefecture) that an article's lead (its title and first
    sentence) is about, named before any whole-region word (全市, 我县 …) and alone: then the article's 全市/全县
    are that place (一季度东阳经济开局良好。全市实现…, in an article filed under 金华).  None
    when the lead names none, several, names a whole-region word first, or names the home itself
    first (嘉兴打造…品牌。…桐乡某鞋业成立: the city's article, a county in passing).

    >>> focus_place("一季度东阳经济开局良好", "金华"), focus_place("我市各县GDP排名：海宁第一", "嘉兴")
    ('东阳', None)
    >>> focus_place("海宁、桐乡经济稳中有进", "嘉兴") is None, focus_place("平湖经济稳中有进", "平湖") is None
    (True, True)
    >>> focus_place("新乡日报讯 今年新乡经济", "新乡") is None
    True
    >>> focus_place("嘉兴打造引资品牌 1985年,嘉兴第一家合资企业——桐乡某鞋业成立", "嘉兴") is None
    True
    >>> focus_place("作为全省经济第一区,深圳市南山区实现首季开门红", "深圳"), focus_place("全市经济平稳,南山区…", "深圳")
    ('南山', None)
    """
    h = lookup(home) if home else None
    if h is None or h.level != "city":  # a province's lead names its capital in datelines (新华社成都电)
        return None
    cut = next((w.start() for w in WORD_PATTERN.finditer(lead) if REGION_WORDS[w.group()] not in _ABOVE_CITY),
               len(lead))  # (作为全省经济第一区,…: the province's word describes the county, as its name would)
    names = list(names_in(lead[:cut]))
    own = [i + len(name) for i, name in names if name in (home, h.name, h.short)]
    found = {display(r) for i, name in names if name not in (home, h.name, h.short)
             and (r := lookup(name, home)) is not None and r.parent == h.name
             and not any(e < i and lead[e:e + 1] not in _DATELINE_ENDS for e in own)}  # (深圳市南山区: the district)
    return found.pop() if len(found) == 1 else None


_KEEP_UNIT = function_words("kept_unit")


def display(region: Region) -> str:
    """The short display name, or the full one when the short one is ambiguous.

    >>> display(lookup("平湖")), display(lookup("长沙县")), display(lookup("扎赉特旗")), display(lookup("兴安盟"))
    ('平湖', '长沙县', '扎赉特旗', '兴安盟')
    >>> display(lookup("昌吉回族自治州")), display(lookup("延边朝鲜族自治州"))
    ('昌吉州', '延边')
    """
    if region.name.endswith(_KEEP_UNIT):
        return region.name  # 扎赉特旗, 锡林郭勒盟: a banner or league is not named without its unit
    if len(_BY_NAME.get(region.short, ())) > 1 and region.name != region.short:
        same = [r for r in _BY_NAME[region.short] if r.province == region.province]
        if len(same) > 1:
            return _INFORMAL.get(region.name, region.name)  # 昌吉州 (昌吉市 is its county-level city)
    return region.short


_LEVEL_RANK = {"province": 2, "city": 1}


def home_entry(home: str, near: str = "") -> Region | None:
    """The gazetteer entry of an article's own region: of the places so named, the one of the highest
    level (an article filed under 河北 is the province's, not Tianjin's 河北区; 朝阳 is the city of
    Liaoning rather than Beijing's district, which an article would file under 北京); of several of
    that level, the one nearest ``near`` (the region the article was filed under, when its lead
    made one of its districts the home: 南山 of 深圳, not of 鹤岗).

    >>> home_entry("河北").level, home_entry("朝阳").name, home_entry("海宁").name
    ('province', '朝阳市', '海宁市')
    >>> home_entry("南山", "深圳").parent, home_entry("南山", "鹤岗").parent
    ('深圳市', '鹤岗市')
    """
    cands = _BY_NAME.get(home)
    if not cands:
        return None
    top = max(cands, key=lambda r: _LEVEL_RANK.get(r.level, 0))
    if near and near != home and sum(r.level == top.level for r in cands) > 1 \
            and (r := lookup(home, near)) is not None and r.level == top.level:
        return r
    return top


def own_common_place(name: str, home: str) -> bool:
    """Whether a place whose whole name is a common word (城区, 郊区, 矿区: vocab/common_short_names.csv)
    is that place in an article of ``home``: in its own city's articles (or a place's in that city) only;
    elsewhere the word (a city's urban districts, its suburbs). Any other name is a place.

    >>> own_common_place("城区", "阳泉"), own_common_place("城区", "锦州"), own_common_place("郊区", "佳木斯")
    (True, False, True)
    >>> own_common_place("海宁", "锦州"), own_common_place("城区", "")
    (True, True)
    """
    if name not in COMMON_SHORT_NAMES or not home or (h := home_entry(home)) is None:
        return True
    return any(r.parent in (h.name, h.parent) if h.level == "county" else r.parent == h.name
               for r in _BY_NAME.get(name, []))


def city_among_cities(name: str, neighbours: list[str]) -> str:
    """吉林 listed with cities of its province (长春、吉林、延边): the city (吉林市), not the province whose
    short name it shares; ``name`` itself otherwise (吉林 alone, or listed with other provinces).

    >>> city_among_cities("吉林", ["长春", "延边"]), city_among_cities("吉林", ["辽宁"]), city_among_cities("长春", ["吉林"])
    ('吉林市', '吉林', '长春')
    """
    cands = _BY_NAME.get(name, [])
    prov = next((r for r in cands if r.level == "province"), None)
    city = next((r for r in cands if prov is not None and r.level == "city" and r.parent == prov.name), None)
    if prov is None or city is None:
        return name
    return city.name if any((r := lookup(n, prov.name)) is not None and r.level == "city" and r.parent == prov.name
                            and r.name != city.name for n in neighbours) else name


def parent_city(name: str, near: str = "") -> str | None:
    """The city a county-level place lies in (the 全市 a county's figure is compared with); None
    for any other place.

    >>> parent_city("海宁"), parent_city("南湖"), parent_city("嘉兴"), parent_city("浦东新区")
    ('嘉兴', '嘉兴', None, None)
    """
    r = home_entry(name, near)  # (near: the region an article was filed under)
    p = _BY_FULL.get(r.parent) if r is not None and r.level == "county" else None
    return display(p) if p is not None and p.level == "city" else None


@lru_cache(maxsize=4096)
def ancestor(home: str, word_level: str, near: str = "", word: str = "") -> str:
    """Resolve 全市/全县/全省 in an article about ``home`` (``near``: the region the article was filed
    under, see home_entry; ``word`` the word itself: a county-level city's 全州 or 全盟 is its
    prefecture's, as its 全市 is itself).

    >>> ancestor("象山", "city")
    '宁波'
    >>> ancestor("平湖", "city")
    '平湖'
    >>> ancestor("平湖", "province")
    '浙江'
    >>> ancestor("内蒙古", "district")
    '内蒙古'
    >>> ancestor("河北", "province")  # the province, not 天津's 河北区
    '河北'
    >>> ancestor("西昌", "city", word="全州"), ancestor("西昌", "city", word="全市")
    ('凉山', '西昌')
    >>> ancestor("嘉兴经开区", "city"), ancestor("嘉兴经开区", "district")  # a zone's 全市: its city's
    ('嘉兴', '嘉兴经开区')
    >>> ancestor("绍兴滨海新区", "city"), ancestor("绍兴滨海新区", "province")  # (named like Tianjin's district)
    ('绍兴', '浙江')
    """
    r = home_entry(home, near)  # (near: the region an article was filed under, see home_entry)
    if r is None:
        zone = (zone_of(home) or _named_tail(home)) if word_level in ("city", "province") else ""  # 嘉兴经开区,
        return ancestor(home[:-len(zone)], word_level, near, word) if zone else home  # 嘉兴滨海新区: its 全市 is 嘉兴's
    suffix = word[-1] if word and word[-1] in _PREFECTURE_ENDS else _LEVEL_SUFFIX.get(word_level, "")
    if word_level == "district" or r.name.endswith(suffix) or (
            word_level == "city" and r.level == "city"):
        return home
    if word_level == "province":
        p = _BY_FULL.get(r.province)
        return display(p) if p else home
    if word_level == "city" and r.level == "county":
        p = _BY_FULL.get(r.parent)
        return display(p) if p else home
    return home


def glued_name(parent: str, child: str) -> str:
    """The one place a city's (or a province's) name glued to the name after it names: 青岛黄岛区 is
    黄岛区 (a district of it), 济南高新区 is the zone 济南高新区; '' when the second is no place
    inside the first (嘉兴滨海新区, 上海苏州).

    >>> glued_name("青岛", "黄岛区"), glued_name("济南", "高新区"), glued_name("北京", "西城区"), glued_name("上海", "苏州")
    ('黄岛区', '济南高新区', '西城区', '')
    """
    p = lookup(parent)
    if p is None or p.level not in ("city", "province") or parent in REGION_WORDS or child in REGION_WORDS:
        return ""
    if child in ZONES:
        return parent + child
    return child if any(c.parent == p.name for c in _BY_NAME.get(child, ())) else ""


def home_tail(name: str, home: str) -> bool:
    """Whether a place word is the article's home zone without the city glued before it, where the gazetteer
    holds another place of that name: 滨海新区 in an article about 绍兴滨海新区 is the home (a zone of 绍兴
    named like Tianjin's district), not Tianjin's; in an article about 天津 or 天津滨海新区 it is the district.

    >>> home_tail("滨海新区", "绍兴滨海新区"), home_tail("滨海新区", "天津"), home_tail("滨海新区", "天津滨海新区")
    (True, False, False)
    """
    host = home[:-len(name)] if len(home) > len(name) and home.endswith(name) else ""
    outer, inner = (lookup(host), lookup(name, host)) if host else (None, None)
    return outer is not None and inner is not None and outer.level in ("city", "county") \
        and outer.name not in (inner.parent, inner.province) and home_entry(home) is None


def _named_tail(home: str) -> str:
    """The other place's name a home zone's name ends with after its city's (绍兴滨海新区: 滨海新区), or ''."""
    return next((home[i:] for i in range(2, len(home) - 1) if home_tail(home[i:], home)), "")


def glued_start(text: str, i: int, name: str) -> int:
    """Where a place's name at ``i`` starts with the name of its city (or province) glued before it
    (济南章丘区, 北京西城区: at 济南, 北京); ``i`` when none is.

    >>> glued_start("前三名为济南章丘区", 6, "章丘区"), glued_start("位于南京章丘区", 4, "章丘区")
    (4, 4)
    """
    for c in _BY_NAME.get(name, ()):
        p = _BY_FULL.get(c.parent)
        for word in (p.name, p.short) if p is not None else ():
            if len(word) >= 2 and text.endswith(word, 0, i):
                return i - len(word)
    return i


def zone_of(name: str) -> str:
    """The zone word a glued zone's name ends with (济南高新区: 高新区), or ''.

    >>> zone_of("济南高新区"), zone_of("高新区"), zone_of("浦东新区")
    ('高新区', '', '')
    """
    if lookup(name) is not None:
        return ""  # 滨海新区: a district's own name
    for i in range(2, len(name) - 1):
        if name[i:] in ZONES and lookup(name[:i]) is not None:
            return name[i:]
    return ""


def zone_spelling(name: str) -> str:
    """A glued zone's name in the short form of its zone word (合肥经济技术开发区: 合肥经开区, the same zone),
    ``name`` itself otherwise (a gazetteer zone keeps its name: 北京经济技术开发区 is 北京经开区 by informal_names.csv).

    >>> zone_spelling("合肥经济技术开发区"), zone_spelling("合肥经开区"), zone_spelling("大亚湾经济技术开发区")
    ('合肥经开区', '合肥经开区', '大亚湾经济技术开发区')
    """
    zone = zone_of(name)
    return name[:-len(zone)] + ZONE_SHORT[zone] if zone in ZONE_SHORT else name


_PRESENT_NAMES: dict[str, list[str]] = {}  # a gazetteer entry -> the present names it is (平潭县: 平潭综合实验区)
for _present, _entry in RENAMED_REGIONS.items():
    _PRESENT_NAMES.setdefault(_entry, []).append(_present)


def zone_name(zone: str, home: str) -> str:
    """Qualify a generic zone with the home region: 经开区 → 嘉兴经开区; the home itself when it is
    that zone (港区 in an article about 嘉兴港区), or the district named with it (zones.csv kind district:
    新区 in an article about 浦东新区; not 港区 in one about 泉港区, the port of that district).

    The home itself, too, when its gazetteer name ends with the zone word though its short form does not (示范区 in
    an article about 杨凌, the 杨凌…示范区; 实验区 in one about 平潭, the 平潭综合实验区).

    >>> zone_name("经开区", "嘉兴"), zone_name("港区", "嘉兴港区"), zone_name("新区", "浦东新区"), zone_name("港区", "泉港区")
    ('嘉兴经开区', '嘉兴港区', '浦东新区', '泉港港区')
    >>> zone_name("经开区", "嘉兴市"), zone_name("高新区", "海盐县")
    ('嘉兴经开区', '海盐高新区')
    >>> zone_name("示范区", "杨凌"), zone_name("实验区", "平潭"), zone_name("合作区", "深汕特别合作区"), zone_name("示范区", "吴江")
    ('杨凌', '平潭', '深汕特别合作区', '吴江示范区')
    >>> zone_name("经济技术开发区", "温州经开区"), zone_name("经济技术开发区", "嘉兴")
    ('温州经开区', '嘉兴经开区')
    """
    if home.endswith(zone) and (lookup(home) is None or ZONES[zone] == "district" or len(zone) > 2):
        return home  # (not 港区 of 泉港区: a two-character zone word a county's name may end with)
    if home and len(zone) > 2 and (own := home_entry(home)) is not None \
            and any(n.endswith(zone) for n in (own.name, *_PRESENT_NAMES.get(own.name, ()))):
        return home
    if (own_zone := zone_of(home)) and zone_spelling(home[:-len(own_zone)] + zone) == home:
        return home  # 经济技术开发区 in an article about 温州经开区: the zone itself in its long form
    return zone_spelling(f"{_zone_qualifier(home)}{zone}") if home and not zone.startswith(home) else zone


def _zone_qualifier(home: str) -> str:
    """The name a generic zone takes from its home region: the home's display name when the home is
    given by its full gazetteer name (嘉兴市: 嘉兴经开区, as print names the zone and as a home given
    as 嘉兴 names it), the home as given otherwise.

    >>> _zone_qualifier("嘉兴市"), _zone_qualifier("海盐县"), _zone_qualifier("嘉兴"), _zone_qualifier("长沙县")
    ('嘉兴', '海盐', '嘉兴', '长沙县')
    """
    entry = _BY_FULL.get(home)
    return display(entry) if entry is not None and entry.name == home else home


_FULL_END = re.compile("[" + "".join(sorted({n[-1] for n in _BY_FULL})) + "]")
_FULL_TAILS: dict[str, list[int]] = {}  # a full name's last two characters -> the lengths of the names ending so
for _n in _BY_FULL:
    _FULL_TAILS.setdefault(_n[-2:], []).append(len(_n))
for _lengths in _FULL_TAILS.values():
    _lengths.sort(reverse=True)


def _full_names(text: str) -> Iterator[str]:
    """The full place names (平湖市, 长沙县) in ``text``: found from their last character, which
    few characters of a text are, the longest name ending there first.

    >>> list(_full_names("平湖市召开会议，长沙县和嘉兴"))
    ['平湖市', '长沙县']
    """
    for m in _FULL_END.finditer(text):
        end = m.end()
        for k in _FULL_TAILS.get(text[end - 2:end], ()):
            if k <= end and text[end - k:end] in _BY_FULL:
                yield text[end - k:end]
                break


def infer_region(text: str) -> str:
    """The region an article is about: among the places it names in full (平湖市), the one
    it mentions most, counting the short name too (平湖).

    >>> infer_region("平湖市召开会议。平湖上半年……平湖……嘉兴市……嘉兴市")
    '平湖'
    >>> infer_region("no place")
    ''
    """
    named = {r.name: r for name in _full_names(text) if (r := _BY_FULL[name]).level != "province"}
    if not named:
        return ""
    counts = Counter({display(r): text.count(r.short if len(r.short) >= 2 else r.name) for r in named.values()})
    return counts.most_common(1)[0][0]

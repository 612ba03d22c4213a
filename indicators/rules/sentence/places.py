"""A sentence's rules about the places of a sentence: whose figure it is, places listed with their own figures,
places compared with or ranked."""
from __future__ import annotations

import re

from ...base.gates import holds_any
from ...base.regions import display, lookup, mask_names, names_in, zone_of, zone_spelling
from ...base.tables import ALIASES, FILLERS, METRICS, REGION_WORDS, Region, ZONES
from .. import lexicon as L
from ..numbers import AMOUNT, PERCENT, percent_value
from ..periods import TIME, may_hold_time
from ..repair import NUMBERING
from ..timeline import COMPARISON_LAST, DocState, compared_time
from ..tokens import GrowthTok, Rate, Token
from .common import RegionItem, SentenceBase, Slot, _COUNTED_SET, _YOY_OPENING, _region_name, remark_on_counted
from .scope import Scope

_FIRM_AFTER = re.compile(r"[^,;:。\d%、和与及]{0,16}?(?:" + L.FIRM_END + ")")  # a place inside a company's name
# 郑州比亚迪、超聚变等重大项目投产, 洛阳一拖等重点企业满负荷生产: a place before a named firm or project of a list
# that 等…项目/企业 closes (the firm's seat, not the subject of the clauses after it)
_NAMED_FIRMS_AFTER = re.compile(r"[^,;:。\d%、和与及等]{1,8}(?:、[^,;:。\d%、和与及等]{1,10}){0,4}等"
                                r"(?:一批|重大|重点|龙头|骨干|链主)?(?:产业)?(?:项目|企业)")
_OWN_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|‰|[万亿]?元|[万亿]?美元)")  # a figure, not a count (8个省份)
_NO_DATA = re.compile(r"\((?:数据)?(?:暂缺|暂无|未公布|待公布|缺失)(?:数据)?\)")  # 包头(数据暂缺): no figure given
_PAIRED_AFTER = re.compile(r"(?:则|也|还|又)?(?:累计|同比|当月)?(?:依次|分别)")  # 华阴市、华州区依次为…, 柳州和桂林则分别以…,
# 甲区、乙县累计分别增长…: the list's figures follow in order
# 海宁、桐乡增长较快，分别增长…; 甲县、乙县增速居前，依次为…: a short verdict on the listed places' rates, then the same
_VERDICT_PAIRED = re.compile(L.RATE_VERDICT + r"\s*" + _PAIRED_AFTER.pattern)
_ASIDE = re.compile(r"\([^()]{1,20}\)")
_ZONE_WORDS = tuple(ZONES)  # 开发区, 新区, 高新区 …: a named zone ends with one
_GROUP_END = re.compile(r"[;。]")  # where a clause group ends
_PLACE_JOIN = re.compile(r"\s*[、,和与及]\s*")  # between the places of a list opening a clause
# 也突破了, 均超过, 双双迈上: the verb of a bound the places listed before it passed
_PASSED_BOUND = re.compile(r"\s*(?:也|均|都|也都|亦)?(?:成功|双双|先后|相继)?(?:突破|超过|超|迈上|跨过|跨越|站上)了?\s*")
_PLACES_TO_RATES = re.compile(r"\s*(?:分别|依次|均|都)?\s*" + _YOY_OPENING + r"\s*(?:分别|依次|均|都)?\s*")
# 其中，A、B分别增长a、b; A、B较上年分别增长a、b
# 宿迁(6.9%)紧随其后, 新沂(7.6%)次之, 大丰(8.3%)位列第二: a rank right after a place's rate in brackets
_RANK_AFTER_BRACKET = re.compile(r"[^,;。\d%]{0,4}?(?:" + L.RANKED_ZONE_GAP.pattern + r")")
# 温岭增速最快,为11.2%,玉环次之,为10.6%; …,临海紧随其后,达9.8%: a place's rank after the one before, then its bare rate
_RANKED_RATE_GAP = re.compile(_RANK_AFTER_BRACKET.pattern + "位?" + L.PLACE_RATE_GAP.pattern)
_CLAUSE_CLOSE = re.compile(r"[,;。]|$")  # (其次是常熟(6.1%)。: the runner-up's rate in brackets closing its clause)
_OWN_FIGURE_NEXT = re.compile(r"[-+]?\d")  # a place printed right before a figure of its own
_OWN_FIGURE_BRACKET = re.compile(r"\([-+]?\d")  # 最慢的是叶县(-3.1%): a figure of its own in brackets
_LATE_OWN_FIGURE = re.compile(r",(?:仅为?|只有|为|达到?|高达|增长|下降)[-+]?\d")  # 增速最慢的是五指山市，仅3.0%


_LEAD_WORDS = frozenset(["", *(w for w, role in FILLERS.items() if role in ("connector", "adverb"))])  # 另外, 此外, 而 …


def _foreign_after(prev: str, word: str) -> bool:
    """Whether a place word right after a place names no place in it (嘉兴滨海新区: Tianjin has the
    district; 上海普陀, 浙江嘉兴: places in the one before).

    >>> _foreign_after("嘉兴", "滨海新区"), _foreign_after("上海", "普陀"), _foreign_after("浙江", "嘉兴")
    (True, False, False)
    """
    outer, inner = lookup(prev), lookup(word, prev)
    return outer is not None and inner is not None and outer.level in ("city", "province") \
        and outer.name not in (inner.parent, inner.province) and inner.name != outer.name


_UNIT_ENDS = frozenset("市县区旗")  # the unit a place's written name ends with (a renamed county's new one)


def name_place(ds: DocState, name: str) -> None:
    """Remember a named place as the one a later 该县/该区/该市 refers to (not one of another province
    than the article's: 工业兴县 is a slogan, not Shanxi's 兴县)."""
    place = lookup(name, ds.home)
    home = ds.home_place
    if place is not None and place.level != "province" and (home is None or home.province == place.province
                                                             or _full_city_name(name, place.level)):
        unit = name[-1] if name[-1] in _UNIT_ENDS else place.name[-1]  # 嫩江市 (the gazetteer's 嫩江县): 该市's
        ds.named[unit] = ds.home if home is not None and place.name == home.name else display(place)
        # (株洲市统计局…该市: the article's own spelling of itself, 株洲 in the manifest)


def name_places_before(ds: DocState, before: str) -> None:
    """Remember the places (and zones) named in ``before`` as the ones a 该县/该区/该市 after them refers to."""
    for at, named in names_in(before):
        name_place(ds, named)
        name_zone(ds, before, named, _ZONE_AFTER.match(before, at + len(named)))


def _glued_before(span: str, val: str) -> str:
    """The name of a city glued before a place token's own (天津滨海新区: 天津), '' when none is (or a zone word's).

    >>> _glued_before("天津滨海新区", "滨海新区"), _glued_before("滨海新区", "滨海新区"), _glued_before("嘉兴经开区", "经开区")
    ('天津', '', '')
    """
    return span[:-len(val)] if val not in ZONES and len(span) > len(val) and span.endswith(val) else ""


_ZONE_AFTER = re.compile("|".join(sorted(ZONES, key=len, reverse=True)))  # 高新区, 经开区 …: a zone word after a name


def name_zone(ds: DocState, text: str, name: str, zone: re.Match[str] | None) -> None:
    """Remember a zone named by its place's name and a zone word (威海高新区) as the one a later 该区 refers to:
    威海高新区前三季度…。…该区地区生产总值增长9.2%: the zone's, not the article's home region's; a whole region
    when its sentence ranks it among places (主要指标增速居威海市前列), a part of its city otherwise."""
    if zone is None or zone_of(glued := name + zone.group()) != zone.group():
        return
    region = ds.named["区"] = zone_spelling(glued)
    end = text.find("。", zone.end())
    if L.RANKED_BY_VERB.search(text, zone.end(), end if end >= 0 else len(text)) is not None:
        ds.ranked_zones.add(region)


def _full_city_name(name: str, level: str) -> bool:
    """A city of another province written in full (苏州市…。…该市出口额…: the city, no slogan's word).

    >>> _full_city_name("苏州市", "city"), _full_city_name("苏州", "city"), _full_city_name("兴县", "county")
    (True, False, False)
    """
    return level == "city" and len(name) >= 3 and name.endswith("市")


def _opens_clause(text: str, s: int) -> bool:
    """Whether the place at ``s`` opens its clause (after a comma, or after 而/但/尤其是 right after one).

    >>> _opens_clause("…,宿迁高达5.8%", 2), _opens_clause("…,而宿迁高达5.8%", 3), _opens_clause("…的宿迁", 2)
    (True, True, False)
    >>> _opens_clause("…,尤其是宿迁达到28亿元", 5), _opens_clause("…尤其是宿迁", 4)
    (True, False)
    >>> _opens_clause("…;第二名盐城", 5), _opens_clause("…居第二名盐城", 5)
    (True, False)
    >>> _opens_clause("…;“新晋成员”泰州", 8), _opens_clause("…的“新晋成员”泰州", 8)
    (True, False)
    >>> _opens_clause("…,同期广东省增长1.3%", 4), _opens_clause("…比上年同期广东省", 6)
    (True, False)
    """
    if not s or text[s - 1] in ",;:":
        return True
    if text[s - 1] == "”" and (quoted := _EPITHET_BEFORE.search(text, max(0, s - 16), s)) is not None:
        return _opens_clause(text, quoted.start())  # …;“新晋成员”泰州以…: a quoted epithet, then its place
    if (rank := _ORDINAL_OPEN.search(text, max(0, s - 6), s)) is not None:
        return not rank.start() or text[rank.start() - 1] in ",;:"  # …;第二名盐城,增长…: the place after its ordinal
    lead = next((w for w in (*L.PLACE_OPEN_LEADS, *L.PLACE_TIME_LEADS) if text.endswith(w, 0, s)), "")
    return bool(lead) and text[s - len(lead) - 1:s - len(lead)] in ",;"


_EPITHET_BEFORE = re.compile(r"“[^“”,;。]{1,14}”$")  # “新晋7000亿成员”泰州, “领头羊”苏州: a quoted epithet before a place
_ORDINAL_OPEN = re.compile(r"第[一二三四五六七八九十\d]{1,2}[名位](?:是|为)?$")  # 第二名, 第三位是: a ranking's ordinal
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十]{1,2}个?(?:县市区|县市|区县|市|县|区|省|地)$")  # 三县(…)
_LISTED = re.compile(r"\s*[、和及]\s*")
# …的还有徐州、无锡、苏州,镇江以5.7%的增速…: a place after a comma that closes a list joined by 、, opening its own
# clause with 以 and its figure, is a new subject (not the list's last item)
_OWN_CLAUSE_LEAD = re.compile(r"(?:则|也)?以-?\d")
# 占全市一半、全省三分之一, 占全市的21.1%、全省的5.2%: a share's part after a place it is of, then the next such place
_SHARE_PART = re.compile(r"的?(?:一半|近半|[一二两三四五六七八九]成|[一二两三四五六七八九十百]+分之[一二两三四五六七八九十]+"
                         r"|\d+(?:\.\d+)?%)")
_COUNT_BACK = re.compile(r"\s*(?:这|此)?(?P<n>[二两三四五])个?(?:县市区|县市|区县|县区|市|县|区|地|省)(?:的|在)?\s*")  # 两县, 这两个市
_COUNTS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
# ，两地分别 / ，这两个县依次: a count of places, given one figure each, right after a place compared with
_COUNT_AFTER_COMPARED = re.compile(r"\s*,\s*" + _COUNT_BACK.pattern + r"(?:分别|依次)")
_DISTRIBUTIVE_NEXT = re.compile(r"[^,;。\d%]{0,10}?(?:分别|依次)")  # …GDP总量分别为: one figure per place  # places listed after one another (not by a comma)
_INDUSTRY = {"industrial_output", "industrial_value_added"}  # (their names without 规上 are the whole industry's)
_PUBLISHER_LEVELS = frozenset({"city", "county", "district"})  # 全市, 全县, 全区 (not 全省, 全国)
_NAMED_LEVELS = frozenset({"city", "county"})  # 全市, 全县 in a province's article: the city or county named last
_LABEL_OPENING = re.compile(r"\s*(?:" + NUMBERING + r")?\s*[【\[(]?\s*")  # 二、 【 [ ( before a place labelling its paragraph
_LABEL_GAP = re.compile(r"\s*[】\])]?\s*[:,]?\s*(?:今年|今年以来)?\s*[,:]?\s*")  # between the label and 全市: times and marks


class Places(Scope):
    """The steps of a sentence about the places of a sentence: whose figure it is, places listed with their
    own figures, places compared with or ranked."""

    def compared_after_place(self, i: int) -> bool:
        """Whether the time at token ``i`` follows a place that a comparison word opens (也比湖北省2019年
        一季度的…高, 较全省2020年同期…): the comparison's time, which moves nothing."""
        if i == 0 or self.toks[i - 1].kind != "region" or self.toks[i - 1].end != self.toks[i].start:
            return False
        ps = self.toks[i - 1].start
        m = L.COMPARISON_END.search(self.text, max(0, ps - 3), ps)
        if m is not None and m.group() in L.LIST_JOIN_WORDS and i >= 2 and self.toks[i - 2].kind == "region" \
                and self.toks[i - 2].end == m.start():
            return False  # 相城区和姑苏区2023年GDP总量…: a list of places, no comparison
        return m is not None

    def on_region(self, i: int, j: int) -> int:
        """A place: the subject of what follows (a list of places when joined), unless it is compared
        with (高于全省, 全市第二)."""
        text, ds, sub = self.text, self.ds, self.subject
        s, e, _, val = self.toks[i]
        in_list = bool(sub.regions) and bool(L.LIST_JOIN.fullmatch(text[sub.end:s])) and not self.list_closed(s, e)
        if val in L.BOUND_WORDS and (any(b == s for b in self.figure_ends) or text[s - 1:s] in L.BOUND_UNIT_END):
            return 1  # 突破千亿元大关, 突破亿元大关: a bound after its figure or unit, not the county 大关
        if _FIRM_AFTER.match(text, e) or L.DATELINE_AFTER.match(text, e) or _NAMED_FIRMS_AFTER.match(text, e):
            return 1  # 浙江某某新材料股份有限公司, 中新网乌鲁木齐4月23日电: a place in a company's name, or the place a
            # report was filed from, is no subject
        ranked = self.ranked_field(s, e, val)  # type: ignore[arg-type]
        b = s - 2 if text.endswith(L.NATION_BEFORE, 0, s) else s  # 对我国台湾地区: the comparison word before the nation
        if not in_list and (text[b - 1:b] in COMPARISON_LAST and L.COMPARISON_END.search(text[max(0, b - 3):b]) or ranked
                            or L.CENSUS_AFTER.match(text, e)
                            or L.COMPARED_RANKED.search(text, max(0, s - 16), s)) or self.listed_compared(i):
            if val not in REGION_WORDS and not ranked:
                self.places_named.append((s, self.place_word(val, s)))  # type: ignore[arg-type]  # (超过象山: compared)
                self.compared_counted_back(e)
            return 1
        if sub.regions and (text[sub.end:s] == "是" or text[s - 2:s] in (",是", "，是")) and L.RANKED_WITHIN.match(text, e):
            return 1  # 温岭市是台州…最为接近百亿的区县; 宁波…亿元,是浙江省…的城市之一: the place is ranked within, no subject
        if sub.regions and text[sub.end:s] in L.APPOSITION_WORDS \
                and (text[e:e + 1] == "的" or L.APPOSITION_EPITHET.match(text, e) is not None):
            return 1  # 高要区作为肇庆市的工业重镇, 天津市是我国四大直辖市之一: the place of an apposition, no subject
        if val.startswith("该"):  # type: ignore[attr-defined]
            name_places_before(ds, ds.text[max(0, ds.pos - 1000):ds.pos] + text[:s])  # 德清县招商成效明显，…该县
        prev = sub.regions[-1] if sub.regions and s == sub.end else ""
        if prev and val in REGION_WORDS:
            sub.end = e  # 嘉兴全市: the name says which 全市
            return 1
        if prev and val not in ZONES and _foreign_after(prev, val):  # type: ignore[arg-type]
            sub.regions[-1] = prev + val  # 嘉兴滨海新区: a zone of 嘉兴 named like Tianjin's district
            sub.end = sub.last_end = e
            self.zone_only.add(prev + val)  # (a region only when listed among districts)
            return 1
        prev = prev or _glued_before(text[s:e], val)  # type: ignore[arg-type]  # 天津滨海新区: the city glued before it
        name = self.place_word(val, s, prev)  # type: ignore[arg-type]
        if val in ZONES and prev:
            sub.regions[-1] = name
        elif in_list:
            sub.regions.append(name)
        else:
            sub.regions, sub.start = [name], s
        sub.end = sub.last_end = e
        ps, sub.until = self.brackets_at(s)
        if ps is not None and _COUNTED_BEFORE.search(text, 0, ps):
            sub.until = None  # 台州三县(仙居、天台和三门)…: the places the count names are the subject, no aside
        if text.endswith("同期", 0, s) and (group_end := _GROUP_END.search(text, e)) is not None:
            sub.until = group_end.start()  # 同期全国整体出口增长24%；进口总值…: the compared place's group only
        if val not in REGION_WORDS:
            self.region_mentions.append(name)
            self.places_named.append((s, name))
        self.subject_after(s, e, name, val)  # type: ignore[arg-type]
        self.framed_subject(s, e, name, val)  # type: ignore[arg-type]
        if val in ZONES or zone_of(val) or str(val).startswith("该") and zone_of(name) and name not in ds.ranked_zones:
            self.zone_only.add(name)  # a zone is a region only when listed among districts (该区 for one, too)
        return 1

    def list_closed(self, s: int, e: int) -> bool:
        """Whether the place at ``s``..``e`` opens a clause of its own after a comma that closes a list of places
        joined by 、 (…的还有徐州、无锡,镇江以5.7%的增速…: 镇江's own figure, not the list's last item)."""
        sub, text = self.subject, self.text
        return len(sub.regions) > 1 and text[sub.end:s].strip() in (",", "，") and "、" in text[sub.start:sub.end] \
            and _OWN_CLAUSE_LEAD.match(text, e) is not None

    def above_size_carried(self, s: int, metrics: tuple[str, ...], outright: bool = False) -> bool:
        """规模以上工业企业实现工业总产值1980亿元…；实现工业增加值604亿元: a whole-industry name opening
        its clause with a bare verb, or opening it outright once that figure is given (规模以上工业总产值
        117.9亿元，工业增加值增长15.6%; not a list's next item: 规上工业总产值、工业总产值分别…), right after the
        sentence's above-size (not broad) figure of industry, is the above-size one (the same firms' second
        figure); not a name that says it is the whole's (全部工业增加值), nor when the sentence named the
        whole industry's first (全县工业总产值…；规模以上工业完成产值…；实现工业增加值…)."""
        prev = self.slots[-1] if self.slots else None
        cs = self.clause_start(s)
        return prev is not None and not prev.broad and not outright and set(metrics) <= _INDUSTRY \
            and bool(set(prev.metrics) & _INDUSTRY) \
            and (L.VERB_OPENING.fullmatch(self.text, cs, s) is not None
                 or not self.text[cs:s].strip() and bool(prev.amounts or prev.growths)) \
            and not any(sl.broad and set(sl.metrics) & _INDUSTRY for sl in self.slots)  # (not after the whole's own)

    def listed_compared(self, i: int) -> bool:
        """高于全国、全省1个、0.2个百分点: a place listed after a place compared with is compared too
        (joined by 、/和, not a comma: 低于全省，德清县… names a new subject)."""
        s, k, text = self.toks[i].start, i - 1, self.text
        while k > 0 and self.toks[k].kind == "pct" and text[self.toks[k - 1].end:self.toks[k].start] in ("", "的"):
            k -= 1  # (占全市的21.1%、全省的5.2%: the share's percent is a token of its own)
        while k >= 0 and self.toks[k].kind == "region" and (
                _LISTED.fullmatch(text[self.toks[k].end:s]) or self.share_part_between(self.toks[k].end, s)):
            s, k = self.toks[k].start, k - 1
            m = L.COMPARISON_END.search(text, max(0, s - 3), s)
            if m is not None and not (m.group() in L.LIST_JOIN_WORDS and k >= 0 and self.toks[k].kind == "region"
                                      and self.toks[k].end == m.start()):
                return True  # (宝鸡和铜川、咸阳…: 和 between two places joins the list, compares nothing)
        return False

    def share_part_between(self, e: int, s: int) -> bool:
        """占全市一半、全省三分之一: the part of the share a place ending at ``e`` is of, then a list join
        before the place at ``s`` (a place listed only when the first is one a share is of)."""
        part = _SHARE_PART.match(self.text, e)
        return part is not None and L.SHARE_WORD in self.text[max(0, e - 8):e] \
            and _LISTED.fullmatch(self.text, part.end(), s) is not None

    def framed_subject(self, s: int, e: int, name: str, word: str) -> None:
        """在规模以上工业增加值指标上，原阳县同比增长13.8%: after a metric framed as the topic
        (在…指标上, 在…方面), a place opening the next clause is the subject of the figures after it."""
        slot, text = self.open.slot, self.text
        if slot is None or slot.amounts or slot.growths or len(slot.metrics) != 1 \
                or slot.explicit_region and slot.explicit_region not in REGION_WORDS:
            return  # (全国城市…收入100强区县中，排名最高的北京西城区…: a whole's ranking, its place named after)
        framed = L.METRIC_FRAME_END.fullmatch(text, slot.end, s) and L.METRIC_FRAME_OPEN.search(
            text, self.clause_start(slot.start), slot.start)
        ranked = L.RANKED_PLACE_BEFORE.search(text, max(0, s - 10), s) and self.group_start(slot.end) == self.group_start(s) \
            and not any(slot.end <= f < s for f in self.figure_starts)  # 排在第一名的长垣市增速…
        if framed or ranked or self.topic_clause(slot, s):
            slot.regions, slot.explicit_region, slot.scope = [name], word, "region"
            self.open.chain_end = e  # its figures follow the place (桐乡市完成58.2亿元)

    def topic_clause(self, slot: Slot, s: int) -> bool:
        """工业用电量，我市1至8月实现…; 作为“晴雨表”的工业用电量，全市…: a metric that is its clause
        alone (maybe with a time or words that describe it), then a place opening the next clause."""
        text, gap = self.text, self.text[slot.end:s]
        if not L.TOPIC_GAP.fullmatch(TIME.sub("", gap) if may_hold_time(gap) else gap):
            return False
        lead = text[self.past_bracket(self.clause_start(slot.start), slot.start):slot.start]
        if may_hold_time(lead):  # 上半年的地区生产总值，缙云县…: a time with its 的 before the metric goes too
            lead = TIME.sub("\0", lead).replace("\0的", "").replace("\0", "")
        return L.TOPIC_LEAD.fullmatch(lead) is not None or L.DESCRIBED.fullmatch(lead) is not None

    def ranked_field(self, s: int, e: int, val: str) -> bool:
        """Whether the place at ``s``..``e`` is the field a rank is in (全省第5, 全市排第三, 宜春一类县第2: a
        set of its places), not a place that ranks itself."""
        text = self.text
        if val in REGION_WORDS and text[e:e + 1] in "、和及与" and (joined := L.FIELD_LIST_TAIL.match(text, e)):
            e = joined.end()  # 全省、全州第1位: the rank after the list is each one's
        rank = L.RANK_AFTER.match(text, e)
        return rank is not None and (val in REGION_WORDS or not self.ranks_itself(s, rank.end())) or (
            val in REGION_WORDS and (L.FIELD_RANKED.match(text, e) or L.FIELD_AMONG.match(text, e)) is not None) \
            or L.RANK_IN_SET.match(text, e) is not None

    def ranks_itself(self, s: int, rank_end: int) -> bool:
        """海宁市居首，地区生产总值…: a place opening its clause with its own rank, a clause of its
        own, is the subject of the figures after it (not 增速嘉兴第一, a field named after a figure;
        the caller keeps 全省第5 a field)."""
        lead = self.text[self.clause_start(s):s]
        lead = TIME.sub("", lead) if may_hold_time(lead) else lead
        if tail := L.RANK_TAIL.match(self.text, rank_end):
            rank_end = tail.end()  # 佛山排名第三，GDP总量…: the ordinal after 排名 is the rank's too
        return self.text.startswith((",", ";"), rank_end) and not lead.strip()

    def place_word(self, word: str, s: int, prev: str = "") -> str:
        """The region a place word at ``s`` names; 全市 in an article filed under a province is
        the city of that province named last before it (据青岛市…通报。…全市生产总值…)."""
        ds = self.ds
        if REGION_WORDS.get(word) in _PUBLISHER_LEVELS and holds_any(self.text, L.PUBLISH_WORDS) \
                and (publisher := self.publisher_before(word, s)) is not None:
            return publisher  # 连云港公布上半年经济数据,全市…: the place that published them
        if ds.source_place and REGION_WORDS.get(word) in _PUBLISHER_LEVELS and not word.startswith("该") \
                and (source := self.source_fits(word)) is not None:
            return source  # 另据宿迁市统计局消息,前三季度全市…: the place whose office the paragraph's source is
        if (label := self.place_label_before(word, s)) is not None:
            return label  # 桐乡市(heading run into its paragraph)上半年，全市实现…: the place the label names
        if REGION_WORDS.get(word) in _NAMED_LEVELS and ds.home_place is not None and ds.home_place.level == "province" \
                and not (word.startswith("该") and word[-1] in ds.named):  # (该市: the 市 named last, 昆山市 too)
            return self.place_named_before(s, word) or _region_name(word, ds, prev)
        return _region_name(word, ds, prev)

    def source_fits(self, word: str) -> str | None:
        """The place whose office a paragraph's source lead named (另据宿迁市统计局消息,…), when the whole-region
        word ``word`` fits its kind (全市: a city or a county-level city, 全县: a county); None otherwise."""
        place = lookup(self.ds.source_place, self.ds.home)
        if place is None or place.level in ("province", "nation"):
            return None
        fits = place.name.endswith(word[-1]) or word.endswith("市") and place.level == "city"
        return self.ds.source_place if fits else None

    def place_label_before(self, word: str, s: int) -> str | None:
        """The place that opens the sentence as its label, only times and marks between it and the
        whole-region word at ``s`` (桐乡市上半年,全市…: a heading run into its paragraph; 嘉善县:全县…;
        【海盐】今年以来,全县…), when the word fits its kind (全市 and 市, 全县 and 县, 全区 and 区); None
        otherwise (海宁市GDP增长6.2%,全市…: a figure between, 全市 is the city around it)."""
        if REGION_WORDS.get(word) not in _PUBLISHER_LEVELS or word.startswith("该"):
            return None
        opening = _LABEL_OPENING.match(self.text).end()  # type: ignore[union-attr]
        at, name = next(names_in(self.text[opening:s]), (-1, ""))  # (【海盐】: a bracketed name is no token)
        if at != 0 or name in REGION_WORDS:
            return None
        between = self.text[opening + len(name):s]
        if not _LABEL_GAP.fullmatch(TIME.sub("", between) if may_hold_time(between) else between):
            return None
        place = lookup(name, self.ds.home)
        if place is None or not place.name.endswith(word[-1]) or place.level == "province":
            return None
        return _region_name(name, self.ds)

    def publisher_before(self, word: str, s: int) -> str | None:
        """The place that published the figures of its clause just before ``s`` (连云港公布上半年经济
        数据,全市…; 昆山市统计局发布…指标:全市…), when the place word ``word`` fits its kind (全市: a
        city or a county-level city, 全县: a county, 全区: a district); None otherwise."""
        masked = mask_names(self.text[:s])
        m = next((m for m in L.PUBLISHED_BY.finditer(masked) if m.end() == s), None)
        if m is None:
            return None
        place = lookup(self.text[m.start("place"):m.end("place")], self.ds.home)
        if place is None or place.level in ("province", "nation"):
            return None
        fits = place.name.endswith(word[-1]) or word.endswith("市") and place.level == "city"  # (全市: 北京, 昆山市)
        return display(place) if fits else None

    def place_named_before(self, s: int, word: str) -> str | None:
        """The place of the home province of the kind ``word`` names (全市: a city, or a county-level 市 such as
        琼海市; 全县: a county) named last before ``s`` (this sentence and the text before it); None when none is named."""
        ds = self.ds
        levels = ("city", "county") if REGION_WORDS[word] == "city" else ("county",)
        before = ds.text[max(0, ds.pos - 600):ds.pos] + self.text[:s]
        for _, name in reversed(list(names_in(before))):
            place = lookup(name, ds.home)
            if place is not None and place.level in levels and place.province == ds.home_place.name \
                    and (place.level == "city" or place.name.endswith(word[-1])):  # type: ignore[union-attr]
                return display(place)
        return None

    def metric_glued_after(self, j: int) -> bool:
        """Whether a metric's name follows the amount at token ``j`` with nothing between (江华县的150.2亿元地区生产总值…):
        the amount is the level of that metric, named in the place's own clause."""
        after = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return after is not None and after.kind == "metric" and after.start == self.toks[j].end

    def place_figure(self, i: int, j: int) -> int:
        """全市规上工业增加值增长7.2%，其中海宁市增长9.1%: a place opening a clause with its own figure after another
        place's figure of one metric, the metric left out: that metric's slot for it (place-figure), open after."""
        (s, e, _, name), text = self.toks[i], self.text
        j, taken = self.figure_after_verdict(i, j)
        if not taken:
            return self.places_past_bound(i)
        zone, e = self.second_token(i, e) if taken == 2 else ("", e)
        place = self.named_place(name)  # type: ignore[arg-type]
        counted = not self.slots and (self.counted_lead(s) or self.breakdown_lead(s, e))  # 8省均增长,较快的江西、湖南分别…
        ranked, led = self.ranked_lead(s)
        listed = (self.toks[j].kind == "growth" or self.toks[j].kind == "amount" and "分别" in text[e:self.toks[j].start]) \
            and self.listed_opening(s)  # …增长7.4%；池州、芜湖增速分别为7.2%、7%
        if place is None or place.level not in ("county", "city", "province") or not _opens_clause(text, s) \
                and not (text.endswith("其中", 0, s) or counted or ranked or listed or led or self.pair_after_level(i)):
            return 0
        base = self.past_reference(self.slots[-1]) if self.slots else (
            self.prev if s <= self.body + 4 or counted or listed or ranked or L.ASIDE_LEAD.fullmatch(text, self.body, s)
            or L.RATE_VIEW.fullmatch(text, self.body, s) or self.remark_leads(s)
            or L.SUPERLATIVE_RATE_LEAD.search(text, self.body, s) and s - self.body <= 12 else None)
        if base is None and self.prev is None and text.endswith("其中", 0, s - 1):
            base = self.unparsed_base(s)  # 各地社会消费品零售总额均实现增长。其中,南昌市为349亿元…
        named_only = base is not None and not (base.amounts or base.growths)  # 有6个GDP增速…，其中宿松县增速最快
        if named_only and self.stressed_member(base, s, e, name):  # type: ignore[arg-type]
            return taken
        grouped = self.grouped_lead(base, s, named_only and listed) or named_only and self.singled_out(s, e, base)  # type: ignore[arg-type]
        viewed = named_only and ((v := L.RATE_VIEW.search(text, max(0, s - 12), s)) is not None and v.end() == s
                                 or L.RANKING_TITLE_LEAD.fullmatch(text, base.end, s) is not None)  # type: ignore[union-attr]
        # (…GDP总量前五；从增速上看，北碚区负增长0.9%; GDP增速排名:第一,宿迁…: the metric named with no figure)
        if base is None or len(base.metrics) != 1 or (named_only and not self.part_lead(s, base) and not grouped
                                                      and not (counted and self.counted_set_before()) and not viewed) \
                or base.rule.startswith("region"):
            return 0
        nxt = self.toks[j]
        if nxt.kind == "pct":
            return self.place_rate(base, s, e, name, nxt)  # type: ignore[arg-type]
        e, gap = self.figure_gap(j, e, listed)
        if not (L.GAP.fullmatch(gap) or L.RANK_GAP.fullmatch(gap) or L.VERDICT_GAP.fullmatch(gap)
                or nxt.kind == "growth" and (L.RATE_VERDICT_GAP.fullmatch(gap) or L.RATE_NAMED_GAP.fullmatch(gap))) \
                or (nxt.kind == "amount" and text.startswith("的", nxt.end) and not self.level_by_rank(nxt)) \
                or nxt.kind == "amount" and self.metric_glued_after(j):
            return 0  # 其中海宁市增长…; 德清县次之，为612.0亿元; 江华县的150.2亿元地区生产总值…: its own metric
        if nxt.kind == "amount" and L.CLASS_AFTER.match(text, nxt.end):
            return 0  # 大理州跻身千亿行列: a class the place entered, no figure of its own
        if nxt.kind == "amount" and text[e:nxt.start].endswith(L.QUAL_BEFORE_WORDS) and any(
                t.kind == "metric" and self.group_start(t.start) == self.group_start(s) for t in self.toks[j + 1:]):
            return 0  # 其中海宁市超千亿元，GDP总量为…: a bound, then the place's own metric and figure
        region = _region_name(zone, self.ds, name) if zone else _region_name(name, self.ds)  # type: ignore[arg-type]
        if not self.split_from_list(base, region, name, zone, nxt.kind, text.endswith("其中", 0, s)):  # type: ignore[arg-type]
            return 0
        regions, start, sub = [region], s, self.subject
        if (counted or listed) and sub.regions and L.LIST_JOIN.fullmatch(text[sub.end:s]):
            regions, start = [*sub.regions, region], sub.start  # 江西、湖南分别增长…: the whole list
        self.place_slot(base, start, e, regions, name)  # type: ignore[arg-type]
        if listed and len(regions) > 1 and nxt.kind == "growth" and len(nxt.value.values) == 1:  # type: ignore[union-attr]
            self.slots[-1].each = True  # 阜阳、宣城增速同为5.6%: one rate for every place listed
        if named_only and base.scope == "subset" or counted or self.counted_set_figure(base):  # 三区一县累计完成…，其中
            self.slots[-1].scope = "region"  # 当涂县完成…: the set of places counted before it is no subset of this one
        self.region_mentions.append(region)
        return taken

    def part_lead(self, s: int, base: Slot) -> bool:
        """Whether the place at ``s`` follows 其中, or a stress word (尤其是, 特别是) opening its clause after a
        figure-less statement of the whole or a set of its places (全市9个县区规上工业增加值实现增长，尤其是柳城增长…):
        one of the places it covers; not after places named (海宁和桐乡两地增速均…，尤其是嘉善县: another place)."""
        text = self.text
        if text.endswith("其中", 0, s):
            return True
        lead = next((w for w in L.STRESS_LEADS if text.endswith(w, 0, s)), "")
        return bool(lead) and text[s - len(lead) - 1:s - len(lead)] in ",;" \
            and not any(r in self.region_mentions for r in base.regions)

    def singled_out(self, s: int, e: int, base: Slot) -> bool:
        """全市6个区县市地区生产总值增速均高于全省，诸暨市居首，达7.9%: a place opening the clause right after a
        figure-less statement of a set of places (a subset's slot), with only its rank before its figure (居首,
        增速最快, 最低): the member of the set the rank singles out (its figure, as after 其中)."""
        text = self.text
        return (base.scope == "subset" or L.EVERY_REGION.search(text, self.body, base.start) is not None) \
            and text[s - 1:s] in ",;" and L.SINGLED_RANK.match(text, e) is not None \
            and not any(t.kind in ("amount", "growth", "pct") and base.end <= t.start < s for t in self.toks)

    def level_by_rank(self, amount: Token) -> bool:
        """柯桥区以2150亿元的成绩位居首位, 海宁市以210.4亿元的规模排名第一: a place's level after 以, then 的, a word
        and its rank (or a noun that names the level: 以7020.95亿元的成绩迈入…), is the place's figure of ``base``'s metric (not when the words name a metric: 以820亿元的出口
        总额位居首位, 以803.1亿元的GDP总量位居第十: the figure of the metric named after it, read as such)."""
        text = self.text
        if not text.endswith("以", 0, amount.start):
            return False
        rank = L.RANK_IN_CLAUSE.match(text, amount.end) or L.LEVEL_NOUN_AFTER.match(text, amount.end)
        # (泰州以7020.95亿元的成绩迈入…: a noun that names the level, no rank needed)
        if rank is None:
            return False
        return L.METRIC.search(text, amount.end, rank.end()) is None

    def remark_leads(self, s: int) -> bool:
        """三城虽然总量相近,但表现各异:泰州增长…: the sentence opens with a remark on the places the sentence
        before counted back (三城, 两县), with no figure of its own, before the place at ``s``."""
        lead = self.text[self.body:s]
        return remark_on_counted(lead) \
            and not any(t.kind in ("metric", "amount", "growth", "pct") and t.start < s for t in self.toks)

    def figure_gap(self, j: int, e: int, listed: bool) -> tuple[int, str]:
        """Where a place's words end before its figure at ``j`` (past its own period: 南京市9月增长…), and the
        words between them and that figure, less a bound the listed places share (甲、乙也都在50亿出头，分别为…;
        两县总量较低，均不足200亿元，分别只有…) and 唯一 before the rate word (…是唯一一个增速…的地区)."""
        e = self.toks[j - 1].end if self.toks[j - 1].kind == "time" else e
        e = c.end() if (c := L.COUNTED_PLACES.match(self.text, e)) else e  # 路桥、黄岩、椒江三区分别为…: their count
        e = c.end() + 1 if (c := L.APPOSITION_CLAUSE.match(self.text, e)) else e  # 甲市作为全州的支撑,分别增长…
        gap = self.text[e:self.toks[j].start]
        if self.toks[j].kind == "growth" and (sole := L.SOLE_LEAD.match(self.text, e)) and sole.end() == self.toks[j].start:
            return e, ""  # 路桥区是唯一一个增速在全市平均之上的地区，达到…: the only one, then its rate
        if listed and (b := L.LIST_BOUND.search(gap)):
            return e + b.end(), gap[:b.start()] + gap[b.end():]  # (the place's slot goes on past the bound)
        return e, gap

    def own_period_figure(self, j: int) -> int:
        """The growth token right after the time token at ``j`` that names a place's own period (本月,
        9月当月, 1-9月), or 0: a compared time (比上年同期) or anything but a growth after it."""
        t = self.toks[j]
        if j + 1 >= len(self.toks) or self.toks[j + 1].kind != "growth" or compared_time(self.text, t.start, t.end) \
                or (t.start, t.end) in self.basis_spans:
            return 0
        return j + 1

    def stressed_member(self, base: Slot, s: int, e: int, name: str) -> bool:
        """南湖和秀洲两区增速均为负，尤其是南湖区下降6.3%: a place led by a stress word (尤其是, 特别是) that is one of
        the places of a figure-less slot opened for a list of them: the figure after it is that place's alone, so
        the slot narrows to it (place-figure); not a place outside the list (尤其是海宁市, after 南湖和秀洲)."""
        text = self.text
        lead = next((w for w in L.STRESS_LEADS if text.endswith(w, 0, s)), "")
        region = _region_name(name, self.ds)
        if not lead or base.rule != "place-figure" or len(base.regions) < 2 or region not in base.regions \
                or text[s - len(lead) - 1:s - len(lead)] not in ",;":
            return False
        base.regions, base.each, base.explicit_region = [region], False, name
        self.open.slot, self.open.chain_end = base, e
        return True

    def past_reference(self, base: Slot | None) -> Slot | None:
        """…排名最高的西城区达99276元，是全国居民人均可支配收入均线的2.69倍；排名末尾的鼓楼区为…: a
        figure-less slot of the same metric for a whole (全国, 全省) that a named place's figure is compared
        with is no base; the named place's slot before it is."""
        if base is None or base.amounts or base.growths or base.explicit_region not in REGION_WORDS \
                and not (not base.explicit_region and "metric-anaphor" in base.rule):
            return base  # (…泰州增长28.1%,增速为全省最高;…徐州…: a rate word that ranks the figure before, no base)
        return next((sl for sl in reversed(self.slots[:-1]) if sl.metrics == base.metrics and (sl.amounts or sl.growths)
                     and sl.explicit_region and sl.explicit_region not in REGION_WORDS), base)

    def pair_after_level(self, i: int) -> bool:
        """海宁地区生产总值598.3亿元、桐乡560.1亿元: a place after 、 that follows a named place's level, the
        next pair of a list of places with their levels, the metric said once."""
        s = self.toks[i].start
        last = self.slots[-1] if self.slots else None
        if i == 0 or self.text[s - 1:s] != "、" or last is None or not last.explicit_region or not last.amounts:
            return False
        prev = self.toks[i - 1]  # (安远县地区生产总值158.3亿元(增长6.0%)、寻乌县…: the level's rate in brackets)
        level = last.amounts[-1]
        return level.end == prev.end if prev.kind == "amount" else prev.kind == "growth" and level.has_growth \
            and self.text.startswith("(", level.end) and self.text[prev.end:s] == ")、"

    def places_past_bound(self, i: int) -> int:
        """…GDP超过3000亿元,达到3125.34亿元。常州和徐州也突破了2000亿元的关口: places listed opening a
        sentence, then a bound they passed (也/均 突破, 超过), the metric left out: the bound is each place's,
        of the one metric of the phrase before (place-figure).  (A clause after ；that does so, …；余姚、海曙超过
        800亿元, stays a class the places share.)  The places' tokens taken, or 0."""
        text, toks = self.text, self.toks
        k = i + 1
        while k < len(toks) and toks[k].kind == "region" and _PLACE_JOIN.fullmatch(text, toks[k - 1].end, toks[k].start):
            k += 1
        if k - i < 2 or k >= len(toks) or toks[k].kind != "amount" or toks[i].start > self.body + 1 \
                or not _PASSED_BOUND.fullmatch(text, toks[k - 1].end, toks[k].start):
            return 0
        base = self.slots[-1] if self.slots else self.prev
        if base is None or len(base.metrics) != 1 or base.scope != "region" or base.rule.startswith("region"):
            return 0
        names = [_region_name(t.value, self.ds) for t in toks[i:k]]  # type: ignore[arg-type]
        if any(n in base.regions for n in names):
            return 0
        self.place_slot(base, toks[i].start, toks[k - 1].end, names, toks[i].value)  # type: ignore[arg-type]
        self.region_mentions.extend(names)
        return k - i

    def split_from_list(self, base: Slot, region: str, name: str, zone: str, kind: str, among: bool = False) -> bool:
        """Whether a place opening its clause with a figure of ``kind`` may have a slot apart from ``base``:
        one that is not among base's places; one of them with a figure of the kind base's places have none of
        (its rate after their levels); one of them after 其中 when they have no figure yet; or one of them when
        they share a bound (甲、乙、丙三县…均在
        30亿元以上，其中甲县达到52.6亿元).  Such a member with a figure of the bound's kind leaves base's
        places here (the bound stays the others')."""
        if not (region in base.regions or self.same_place(name, base.regions) and not zone):
            return True
        if kind == "growth" and base.amounts and not base.growths or kind == "amount" and base.growths and not base.amounts:
            return True  # 泰州、盐城分别达到495.8亿元、447.8亿元。…泰州增长28.1%: the member's other figure, its own slot
        if among and base.scope == "subset" and not base.explicit_region and all(q.qualifier for q in base.amounts) \
                and not base.growths:  # 各县(市、区)规上工业增加值均…(均超过100亿元)，其中海盐县…: a member of the set
            return True  # no place word named (the set's bound stays the set's)
        if among and len(base.regions) > 1 and not (base.amounts or base.growths):
            base.regions = [r for r in base.regions if r != region and not self.same_place(r, [region])]
            return True  # 甲、乙、丙三地…均增长较快,其中甲增长15.2%: the member's figure, none the others'
        if len(base.regions) < 2 or not (base.amounts or base.growths) or not all(q.qualifier for q in base.amounts) \
                or not all(L.QUAL_AFTER_RE.match(self.text, r.end) for r in base.growths):  # 增速均在8%以上
            return False
        if base.amounts if kind == "amount" else base.growths:
            base.regions = [r for r in base.regions if r != region and not self.same_place(r, [region])]
        return True

    def second_token(self, i: int, e: int) -> tuple[str, int]:
        """The zone a place at ``i`` takes with the token after it (苏州工业园区), and where the place ends:
        past that token when it is a zone or a whole-region word glued to it (苏州全市)."""
        nxt = self.toks[i + 1]
        if nxt.value in ZONES:
            return nxt.value, nxt.end  # type: ignore[return-value]
        return "", nxt.end if nxt.start == e else e

    def figure_after_verdict(self, i: int, j: int) -> tuple[int, int]:
        """The token of the figure the place at ``i`` opens its clause with, and how many tokens the
        place takes: the next token (1), or the growth phrase past a region word inside a short verdict
        on the rate (海安市增速高于全市平均，同比增长…: 2); (j, 0) when a place that is no such word
        follows (a list of places)."""
        nxt = self.toks[j]
        if nxt.kind == "time":  # 南京市本月增长0.2%, 南京市9月增长…: the place's rate for its own period
            return (j + 1, 1) if self.own_period_figure(j) else (j, 0)
        if nxt.kind != "region":
            return j, 1
        if nxt.value in ZONES and nxt.start == self.toks[i].end and j + 1 < len(self.toks) \
                and self.toks[j + 1].kind in ("amount", "growth", "pct") \
                and L.RANKED_ZONE_GAP.search(self.text, nxt.end, self.toks[j + 1].start):
            return j + 1, 2  # 苏州工业园区紧跟其后，达到…: a zone ranked among the places
        if nxt.value in REGION_WORDS and nxt.value.startswith("全") and nxt.start == self.toks[i].end \
                and j + 1 < len(self.toks) and self.toks[j + 1].kind in ("amount", "growth"):
            return j + 1, 2  # 苏州全市为4856.2亿元: the place's whole, named by a place word right after it
        if nxt.value not in REGION_WORDS or j + 1 >= len(self.toks) or self.toks[j + 1].kind != "growth" \
                or not L.RATE_VERDICT_GAP.fullmatch(self.text, self.toks[i].end, self.toks[j + 1].start):
            return j, 0
        return j + 1, 2

    def unparsed_base(self, s: int) -> Slot | None:
        """各地社会消费品零售总额均实现了快速增长。其中,南昌市为349亿元…: the sentence before, left
        unparsed (no figure), names one metric of a set of places; the places after 其中 give its
        figures (a slot of no width, for place-figure)."""
        said = self.ds.unparsed
        if not said or L.EVERY_REGION.search(said) is None:
            return None
        named = {ALIASES[L.alias_of(m.group())].metrics for m in L.METRIC.finditer(said)}
        if len(named) != 1:
            return None
        metrics = named.pop()
        return Slot(metrics, s, s, METRICS[metrics[0]].label_zh, False, [self.ds.home], "region",
                    self.plan_kind(s) or "actual", self.state.snapshot(), rule="elided-metric")

    def place_rate(self, base: Slot, s: int, e: int, name: str, pct: Token) -> int:
        """…六安增速达到6.2%，位居第四；安庆为5.8%: a place opening its clause with 为 and a bare percent (or the
        percent in brackets before its rank: 宿迁(6.9%)紧随其后), after another place's rate of one metric: that
        metric's rate for this place."""
        m = PERCENT.match(self.text, pct.start)
        region = _region_name(name, self.ds)
        ranked_bracket = self.text[e:pct.start] == "(" and self.text.startswith(")", pct.end) \
            and (_RANK_AFTER_BRACKET.match(self.text, pct.end + 1) is not None  # …领跑全省,宿迁(6.9%)紧随其后
                 or _CLAUSE_CLOSE.match(self.text, pct.end + 1) is not None
                 and L.RUNNER_UP_LEAD.search(self.text, max(0, s - 10), s) is not None)  # …,其次是常熟(6.1%)。
        if not base.growths or base.amounts or m is None or m.end() != pct.end \
                or not (L.PLACE_RATE_GAP.fullmatch(self.text, e, pct.start) or ranked_bracket
                        or _RANKED_RATE_GAP.fullmatch(self.text, e, pct.start)
                        or (r := L.SINGLED_RANK.match(self.text, e)) and L.PLACE_RATE_GAP.fullmatch(self.text, r.end(), pct.start)) \
                or region in base.regions or self.same_place(name, base.regions):
            return 0
        self.place_slot(base, s, e, [region], name)
        self.slots[-1].growths = [Rate(percent_value(m, 1), pct.start, pct.end)]
        self.region_mentions.append(region)
        return 2

    def named_place(self, name: str) -> Region | None:
        """The gazetteer entry of a place token (a glued zone's, 无锡经开区: its city's); None for 全市."""
        glued = zone_of(name)
        return lookup(name[:len(name) - len(glued)] if glued else name, self.ds.home) if name not in REGION_WORDS else None

    def ranked_lead(self, s: int) -> tuple[bool, bool]:
        """Whether the place at ``s`` opens its clause ranked (…增长6.2%，位居第一位的海宁市增长9.8%; after a
        leader a superlative named, its runner-up: …最高的是深圳，达…；其次是广州的28839亿元), and whether a
        superlative or 以 leads to it (…，以南京的增速最快，为5.2%; 增速最快的是临高县，增长12.2%)."""
        text = self.text
        led_by = (L.RANKED_PLACE_BEFORE, L.RUNNER_UP_LEAD) if self.slots and (
            "subject-after" in self.slots[-1].rule or self.leader_ranked(self.slots[-1], s)) \
            or self.leader_before() and self.clause_start(s) == self.body else (L.RANKED_PLACE_BEFORE,)
        ranked = any((rm := p.search(text, max(0, s - 10), s)) is not None and rm.start() == self.clause_start(s)
                     for p in led_by)
        led = text.endswith("以", 0, s) and not TIME.sub("", text[self.clause_start(s):s - 1]).strip(" ,;:") \
            or L.SUPERLATIVE_RATE_LEAD.search(text, max(self.clause_start(s), s - 12), s) is not None \
            or bool(self.slots) and "subject-after" in self.slots[-1].rule \
            and L.SUPERLATIVE_ELIDED.fullmatch(text, self.clause_start(s), s) is not None  # …；最慢的是南湖区，仅…
        return ranked, led

    def leader_before(self) -> bool:
        """Whether this sentence gives no figure yet and the one before it ended with a named place's figures
        of one metric and its rank (凉山增长8.1%，居全省首位。紧随其后的是甘孜州，…), or gave them right after a
        sentence that ranks places (从增速看，凉山…领跑…。…宜宾增长6.7%。其后是绵阳，…): its runner-up may open this one."""
        prev = self.prev
        if self.slots or prev is None or len(prev.metrics) != 1 or prev.explicit_region in REGION_WORDS \
                or not (prev.explicit_region or len(prev.regions) == 1 and prev.regions != [self.ds.home]) \
                or not (prev.amounts or prev.growths):
            return False  # (…的宜宾，一季度…增长6.7%: the place a description named)
        last = self.sentence_before()
        tail = last[max((k for k, c in enumerate(last) if c.isdigit()), default=len(last)):]  # after its last figure
        said = [x for x in self.ds.text[max(0, self.ds.pos - 300):self.ds.pos].replace("\n", "").split("。") if x.strip()]
        earlier = said[-2] if len(said) > 1 else ""  # the sentence before the sentence before (its lines joined)
        return any(m.group() != "平均" for m in (*L.RANK_WORD.finditer(tail), *L.RANK_WORD.finditer(earlier)))
        # (居全省首位, 领跑全市; not 高于平均)

    def leader_ranked(self, slot: Slot, s: int) -> bool:
        """Whether a rank a verb gives follows the figures of ``slot``, a named place's, before ``s``
        (义乌市…增长18.2%，居首位；其次是永康市…), or a first rank comes between its metric and its figures
        (平湖市出口增速最高，为15.2%，其次是…): the leader whose runner-up comes next."""
        figures = [q.end for q in slot.amounts] + [r.end for r in slot.growths]
        if not figures or not slot.explicit_region or any(max(figures) < f < s for f in self.figure_starts):
            return False
        first = min([q.start for q in slot.amounts] + [r.start for r in slot.growths])
        return L.RANKED_BY_VERB.search(self.text, max(figures), s) is not None \
            or L.LEADER_BEFORE_FIGURE.search(self.text, slot.end, first) is not None  # …增速最高，为15.2%，其次是…

    def listed_opening(self, s: int) -> bool:
        """Whether the place at ``s`` ends a list of places joined by 、 that opens its clause (；池州、
        芜湖分列二三位，增速分别为…; ，阜阳、宣城增速同为5.6%; ；而黄岩、椒江增速…), or its sentence after one with figures
        (。另外大渡口区、云阳县增速最快，同比增长4.7%)."""
        sub, text = self.subject, self.text
        return len(sub.regions) > 0 and text[s - 1:s] in ("、", "和", "与") and L.LIST_JOIN.fullmatch(text[sub.end:s]) is not None \
            and (sub.start > 0 and _opens_clause(text, sub.start) or self.runner_ups_after_figures(sub.start)
                 or sub.start >= self.body and self.prev is not None
                 and text[self.body:sub.start].strip(" ,") in _LEAD_WORDS and self.one_metric_before())
        # (另外大渡口区、云阳县增速最快，…)

    def runner_ups_after_figures(self, s: int) -> bool:
        """Whether the list of places at ``s`` is led as the runner-ups (其次是…) of a leader given with its
        own figures just before (增幅最大的是富锦市，达到15%，其次是克东县、林甸县，增幅都在10%以上)."""
        return bool(self.slots) and bool(self.slots[-1].amounts or self.slots[-1].growths) \
            and L.RUNNER_UP_LEAD.search(self.text, max(0, s - 10), s) is not None

    def counted_lead(self, s: int) -> bool:
        """Whether the sentence opens, before ``s``, with a counted set of places and a rate word and
        no figure of its own (10个省份同比增长，增速较快的…): the places after it are of that set."""
        lead = self.text[self.body:s]
        return L.EVERY_REGION.search(lead) is not None and L.GROWTH_WORD.search(lead) is not None \
            and _OWN_FIGURE.search(lead) is None

    def breakdown_lead(self, s: int, e: int) -> bool:
        """Whether the sentence opens, before the list of places that ends at ``s``, with the words of
        a breakdown by place and no figure of its own (分县市看，海宁、桐乡分别增长…; 其中，海宁、桐乡…),
        or with the list itself, its figures given by 依次/分别 (华阴市、华州区依次为…): the places'
        figures are of the metric the sentence before gave."""
        lead = self.text[self.body:self.subject.start if self.subject.regions else s]
        if not lead.strip(", ") and self.subject.regions and L.LIST_JOIN.fullmatch(self.text[self.subject.end:s]):
            return (_PAIRED_AFTER.match(self.text, e) is not None or _VERDICT_PAIRED.match(self.text, e) is not None) \
                and self.one_metric_before()
        return (L.BY_REGION.search(lead) is not None or lead.lstrip(", ").startswith("其中")) \
            and _OWN_FIGURE.search(lead) is None

    def counted_set_before(self) -> bool:
        """Whether the sentence before names a counted set of places and no figure of its own
        (全市9个县(市)区GDP增速“四升五降”。古塔区、凌河区分别增长…; 工业增加值正增长的市州达到5个。遵义市、
        贵阳市…累计分别增长…): the places listed are that set."""
        last = self.sentence_before()
        return (L.EVERY_REGION.search(last) is not None or L.COUNTED_SET_AFTER.search(last) is not None) \
            and _OWN_FIGURE.search(last) is None

    def grouped_lead(self, base: Slot | None, s: int, listed: bool) -> bool:
        """Whether the place at ``s`` follows a counted group's bound (超过500亿元的3个县市中，…), or opens a
        ``listed`` run of places that the clause before counts (…增长的县区共有3个，兴宁区、青秀区…)."""
        text = self.text
        if any(m.end() < s and not text[m.end():s].strip(",; ") for m in L.GROUP_BOUND.finditer(text)):
            return True
        return listed and base is not None and self.counted_right_before(base, self.subject.start)

    def counted_right_before(self, base: Slot, s: int) -> bool:
        """上半年，社会消费品零售总额增长的县区共有3个，兴宁区、青秀区…分别增长…: the words between ``base``'s metric
        and the list of places at ``s`` count the places after their noun, with no figure of their own."""
        gap = self.text[base.end:s]
        m = L.COUNTED_SET_AFTER.search(gap)
        return m is not None and not gap[m.end():].strip(" ,:") and _OWN_FIGURE.search(gap) is None

    def sentence_before(self) -> str:
        """The text of the sentence before this one (up to 300 characters)."""
        before = self.ds.text[max(0, self.ds.pos - 300):self.ds.pos].rstrip("。;!? \n")
        return before[max(before.rfind("。"), before.rfind("\n")) + 1:]

    def counted_back(self, s: int, e: int) -> list[str]:
        """宁海…和象山拉开了距离，两县GDP总量分别为…; 海宁超过桐乡，两市…分别增长…: a count of places (两县,
        两市, 三地) opening the clause of the metric at ``s``…``e``, its figures given 分别 or 依次, counts back
        the places the sentence named before that clause, the compared ones too, when it names as many
        (each its figure, in the order named); [] otherwise."""
        cs = self.clause_start(s)
        prefix = self.text[cs:s]
        count = _COUNT_BACK.fullmatch(TIME.sub("", prefix) if may_hold_time(prefix) else prefix)
        if count is None or _DISTRIBUTIVE_NEXT.match(self.text, e) is None:
            return []
        named = list(dict.fromkeys(name for at, name in self.places_named if at < cs))
        return named if len(named) == _COUNTS[count.group("n")] and len(named) > len(self.subject.regions) else []

    def compared_counted_back(self, e: int) -> None:
        """海宁GDP增速高于桐乡，两地分别增长6.2%和5.4%: a count of places given 分别/依次 right after the place
        the open slot's place is compared with counts both back (each a whole region, in the order named),
        when the slot has no figure yet and the sentence named as many places."""
        slot, m = self.open.slot, _COUNT_AFTER_COMPARED.match(self.text, e)
        if m is None or slot is None or slot.amounts or slot.growths:
            return
        named = list(dict.fromkeys(name for _, name in self.places_named))
        if len(named) == _COUNTS[m.group("n")] and slot.regions == named[:1]:
            slot.regions, slot.scope = named, "region"
            slot.add_rule("counted-back")
            self.open.chain_end = m.end()

    def place_slot(self, base: Slot, s: int, e: int, regions: list[str], word: str) -> None:
        """A slot of ``base``'s metric for other places (place-figure), open for the figures after.  A zone
        whose figure a district's or county's follows (开发区完成投资…；阳城县完成投资…) is listed among them:
        a whole region, as they are."""
        if base.scope == "subset" and base.regions and all(r in self.zone_only for r in base.regions) \
                and not any(r in self.zone_only for r in regions):
            base.scope = "region"
        scope = "region" if self.parts_whole(base) or self.counted_set_figure(base) else base.scope  # 成都都市圈…，
        # 其中成都市、德阳市分别增长…; 全市7个县(市、区)GDP合计增长…，其中北流、容县分别…: the set's places, each whole
        slot = Slot(base.metrics, s, e, base.alias, base.broad, regions, scope, base.kind,
                    self.state.snapshot(), explicit_region=word, rule="place-figure")
        self.slots.append(slot)
        self.receivers.append(slot)
        self.open.slot, self.open.chain_end = slot, e

    def subject_after(self, s: int, e: int, name: str, word: str) -> None:
        """A place after the open slot's figures that names their subject: a list of places that
        a back reference follows (两县分别…), or GDP增速全省第一的是亳州市 (subject-after)."""
        slot, text = self.open.slot, self.text
        if slot is not None and self.runner_up_of_bare_leader(slot, s):
            # 增幅最大的是泰来县，其次是饶河县、密山市，增幅都达到40%以上: the leader has no figure of its
            # own here, the runner-ups (listed) have the figures after them
            first = s == self.subject.start  # (the leader stays when 分别 pairs its figures with it too)
            slot.regions = (slot.regions + [name] if self.leader_paired(slot, s) else [name]) if first \
                else slot.regions + [name]
            slot.explicit_region = word
            slot.each = len(slot.regions) > 1 and L.EACH_AFTER.match(text, e) is not None  # …，增幅都达到…
            self.open.chain_end = e
            return
        back = L.LIST_BACKREF.match(text, e)
        late = slot is not None and not slot.amounts and not slot.growths and (
            back is not None or L.LIST_BACKREF_LATE.match(text, e) is not None) \
            and L.EVERY_REGION.search(text, self.group_start(slot.start), slot.start) is not None
        # 17个区县工业投资…，开化、青田增速领跑…，分别达…; 9个县区规上工业增加值实现增长，尤其是柳城和鹿寨，分别
        # 增长…: some of the counted places, each with its rate
        if slot is not None and len(self.subject.regions) > 1 and (back or late):
            if late or self.parts_named(slot):
                slot.scope = "region"  # the places of the counted set, named: each a whole region
            start = self.subject.start
            if (slot.amounts or slot.growths) and (not L.SUBJECT_AFTER.search(text, max(0, start - 8), start)
                                                    or back is not None and self.superlative_lead(start)):
                # …增长7.1%，其中海宁、桐乡分别增长9.1%和8.3%: their own figures (not …的还有南湖和海盐); so are
                # those a rate's superlative or comparative leads to (…，增速较快的有海宁、桐乡，分别为…)
                self.place_slot(slot, self.subject.start, e, list(self.subject.regions), "")
                self.slots[-1].each = back is not None and back.group().endswith("均")  # …,均增长7.1%: each's
            else:
                slot.regions = list(self.subject.regions)
                if not slot.amounts and not slot.growths:
                    self.open.chain_end = back.end("top") if back and back.group("top") else e
                    # GDP前三位分别是慈溪、义乌和诸暨，分别为…: their figures follow them (after 位居前三, when named)
        elif slot is not None and (_OWN_FIGURE_NEXT.match(text, e) or (slot.amounts or slot.growths) and (
                _LATE_OWN_FIGURE.match(text, e) or _OWN_FIGURE_BRACKET.match(text, e)) and self.superlative_lead(s)):
            if (slot.amounts or slot.growths) and self.superlative_lead(s):
                self.place_slot(slot, s, e, [name], word)  # …增长5.3%，增速最慢的是洞头区1.2%: its own rate
                # (…最快的是郏县(7.3%)，最慢的是叶县(-3.1%): each its own, in brackets too)
        elif slot is not None and "subject-after" in slot.rule and (slot.amounts or slot.growths) \
                and len(self.subject.regions) > 1 and slot.regions == self.subject.regions[:-1]:
            slot.regions.append(name)  # GDP超过800亿元的有昆山、江阴和常熟: the figure is every listed place's
            slot.each = True
        elif slot is not None and not L.RUNNER_UP_LEAD.search(text, max(0, s - 10), s) and not (
                "subject-after" in slot.rule and (slot.amounts or slot.growths)) and (  # (排名第二的是广州, 最慢的是
                # 南湖区 after 最快的是嘉善县，达9.1%: not the subject of the figures of the place named before it)
                L.SUBJECT_AFTER.search(text, max(0, s - 8), s) or slot.amounts and (
                s == slot.amounts[-1].end + 1 and text[s - 1] == "的")) and (  # 总量达412.6亿元的海宁市: 海宁's
                not slot.amounts and not slot.growths or text.rfind("的", 0, s) >= max(
                    [q.end for q in slot.amounts] + [r.end for r in slot.growths] + [slot.end])
                and not (bool(slot.explicit_region) and "," in text[slot.end:s])):
            # (全市GDP增长5.2%，增长最快的是瑞安: the figure is 全市's own, the place a clause on has none)
            # (长春市…增长5%，增速高于全市平均水平的有朝阳区…: so is a place named before the metric)
            slot.regions, slot.explicit_region = [name], word
            slot.add_rule("subject-after")
            if self.parts_named(slot):
                slot.scope = "region"  # 全市8个县区中GDP增速最快的是海盐县: one of the parts, a whole region
            if not slot.amounts and not slot.growths:
                self.open.chain_end = e  # GDP总量最大的是义乌市，为1452.1亿元: its figures follow the place

    def parts_named(self, slot: Slot) -> bool:
        """Whether ``slot`` is a figure of some of the region's parts that a frame before its metric names (全省
        各县市中GDP超千亿的有…), or a counted set of them its subject (全市7个县(市、区)GDP实现正增长，增速最快的是北流市…):
        the places named after it are those parts, each a whole region."""
        if slot.scope != "subset":
            return False
        if self.parts_frame(self.subject_start(slot.start), slot.start):
            return True
        words = self.text[self.group_start(slot.start):slot.start]  # (its brackets' 、 opens no clause: 县(市、区))
        words = (TIME.sub("", words) if may_hold_time(words) else words).lstrip(" ,").removeprefix("有")  # 有20个…县
        return not slot.amounts and not slot.growths and _COUNTED_SET.match(words) is not None

    def runner_up_of_bare_leader(self, slot: Slot, s: int) -> bool:
        """Whether the place at ``s`` is a runner-up (其次是…, listed after it too) of a leader that a
        superlative named as the subject of ``slot`` with no figure between them (…增幅最大的是泰来县，其次是
        饶河县、密山市): the figures after the runner-ups are theirs."""
        if "subject-after" not in slot.rule or slot.amounts or slot.growths:
            return False
        first = self.subject.start
        return L.RUNNER_UP_LEAD.search(self.text, max(0, first - 10), first) is not None

    def leader_paired(self, slot: Slot, s: int) -> bool:
        """Whether the figures after the runner-ups that start at ``s`` are paired one by one (分别) with the
        leader of ``slot`` and them (增速最快的是海宁市，其次是桐乡市和平湖市，分别增长9.1%、8.2%和7.5%;
        总量最大的是义乌市，其次是慈溪市，分别为…亿元和…亿元)."""
        after = [t for t in self.toks if t.start >= s]
        runners = next((i for i, t in enumerate(after) if t.kind != "region"), len(after))
        if runners == len(after) or after[runners].kind not in ("growth", "amount") \
                or L.DISTRIBUTIVE_WORD.search(self.text, after[runners - 1].end, after[runners].end) is None:
            return False
        if after[runners].kind == "growth":
            figures = self.text.count("%", after[runners].start, after[runners].end)
        else:
            figures = next((i for i, t in enumerate(after[runners:]) if t.kind != "amount"), len(after) - runners)
        return figures == runners + len(slot.regions)

    def superlative_lead(self, s: int) -> bool:
        """Whether a superlative of a rate leads to the place at ``s`` (增速最慢的是洞头区), or opens its clause
        with the rate word left out after one (…最快的是郏县(7.3%)，最慢的是叶县)."""
        return L.SUPERLATIVE_RATE_LEAD.search(self.text, max(0, s - 12), s) is not None \
            or L.SUPERLATIVE_ELIDED.fullmatch(self.text, self.clause_start(s), s) is not None

    def place_items(self, i: int, j: int) -> int:
        """平湖市(6.8%)、秀洲区(6.2%): a run of two or more places, each with its own figure,
        starting at token ``i``; it takes the tokens the run covers."""
        run = self.region_run(i)
        if len(run) < 2:
            return 0
        self.run_rates(run)
        self.item_runs.append(run)
        return self.covered(i, run[-1].end)

    def run_rates(self, run: list[RegionItem]) -> None:
        """海宁708亿元、桐乡607亿元,分别增长5.4%、3.2%: the rates listed after a run of places' levels,
        one for each place in its order (as many rates as places, or none is taken)."""
        text = self.text
        if any(it.kind != "amount" or it.rate is not None for it in run) \
                or (lead := L.RUN_RATES.match(text, run[-1].end)) is None:
            return
        rates, at = [], lead.end()
        while (pct := PERCENT.match(text, at)) is not None and not pct.group("times"):
            rates.append(pct)
            if (join := L.SHARED_JOIN.match(text, pct.end())) is None:
                break
            at = join.end()
        if len(rates) == len(run):
            for it, pct in zip(run, rates):
                it.rate, it.rate_verb = pct, lead.group("verb")
            run[-1].end = rates[-1].end()

    def region_run(self, i: int) -> list[RegionItem]:
        """The places from token ``i`` on, each with its own figure, that separators join."""
        text, run, pending, last = self.text, [], [], 0  # type: ignore[var-annotated]
        for s, name_end, kind, name in self.toks[i:]:
            if kind != "region" or name in REGION_WORDS:
                if not run:
                    return run  # the run starts at token i
                continue
            item = self.region_item(s, name_end, name)  # type: ignore[arg-type]
            if item is None and run and (gone := _NO_DATA.match(text, name_end)) \
                    and L.ITEM_SEP.fullmatch(text, last or run[-1].end, s):
                last = gone.end()  # 3.包头(数据暂缺)、4.锡林郭勒(…): a place whose figure is missing, passed over
                continue
            if item is None:
                if L.SHARED_JOIN.match(text, name_end) and (
                        pending and L.SHARED_JOIN.fullmatch(text, pending[-1][1], s)
                        or not pending and (not run or L.ITEM_SEP.fullmatch(text, run[-1].end, s))):
                    pending.append((s, name_end, name))  # 海宁、桐乡均增长8.1%: a place sharing the next one's figure
                    continue
                if not run:
                    return run
                continue
            if pending:
                if not (item.shared and L.SHARED_JOIN.fullmatch(text, pending[-1][1], s)):
                    break
                run.extend(RegionItem(n, a, b, item.kind, item.fig, item.verb) for a, b, n in pending)
                pending = []
            elif run and not (run[-1].kind == item.kind and L.ITEM_SEP.fullmatch(text, last or run[-1].end, s)):
                break
            run.append(item)
            last = 0
        return run

    def region_item(self, start: int, name_end: int, name: str) -> RegionItem | None:
        """平湖市(6.8%), 海盐县下降2.2%, 嘉善县1100亿元: a place with its own figure, or None."""
        text = self.text
        if name not in ZONES and lookup(name) is None and not zone_of(name) and not name.endswith(_ZONE_WORDS):
            return None  # (赣江新区, 芦台开发区: a zone the gazetteer does not hold, named in a list: tokens._listed_zones)
        lead = L.ITEM_LEAD.match(text, name_end)
        pos, verb = lead.end(), lead.group("verb") or ""  # type: ignore[union-attr]
        if lead.group("open") and not verb and (inside := L.ITEM_VERB_INSIDE.match(text, pos)):  # type: ignore[union-attr]
            pos, verb = inside.end(), inside.group("verb")  # 兴宁(增长12.4%): the verb inside the bracket
        if pos == name_end and (flat := L.FLAT.match(text, pos)):
            return RegionItem(name, start, flat.end(), "pct", flat)  # 淳安县持平: a rate of zero
        fig, kind = PERCENT.match(text, pos), "pct"
        if fig is None or fig.group("times"):
            fig, kind = AMOUNT.match(text, pos), "amount"
            if fig is not None and not (fig.group("mag") or fig.group("unit")):
                fig = None
        end = fig.end() if fig is not None else -1
        inner = inner_lead = None
        if fig is not None and kind == "amount" and lead.group("open"):  # type: ignore[union-attr]
            inner_lead = L.ITEM_RATE_INSIDE.match(text, end)  # 新罗区(607.87亿元 同比增长5.4%下同)
            inner = PERCENT.match(text, inner_lead.end()) if inner_lead is not None else None
            if inner is not None and not inner.group("times"):
                end = (same.end() if (same := L.SAME_BELOW.match(text, inner.end())) else inner.end())
            else:
                inner = None
        if fig is not None and lead.group("open"):  # type: ignore[union-attr]
            note = L.BRACKET_NOTE.match(text, end)  # (1073亿,含经济功能区数据): the figure's note closes its bracket
            end = note.end() if note is not None else end + 1 if text.startswith(")", end) else -1
        if fig is None or end < 0 or (kind == "amount" and verb):
            return None  # 增长2亿元: a change, not the region's level
        rate, rate_verb = inner, (inner_lead.group("verb") or "") if inner is not None and inner_lead else ""
        if inner is None and kind == "amount" and (br := L.ITEM_RATE.match(text, end)) \
                and (pct := PERCENT.match(text, br.end())) and text.startswith(")", pct.end()):  # 海盐398.2亿元(+6.1%)
            rate, rate_verb, end = pct, br.group("verb") or "", pct.end() + 1
        elif inner is None and kind == "amount" and (aside := _ASIDE.match(text, end)):
            end = aside.end()  # 海盐398.2亿元(占全市12.1%): an aside, no rate
        elif inner is None and kind == "amount" and (after := L.ITEM_RATE_AFTER.match(text, end)) \
                and (pct := PERCENT.match(text, after.end())) and not pct.group("times"):
            rate, rate_verb, end = pct, after.group("verb"), pct.end()  # 桐乡607.87亿元,同比增长5.4%;海宁…
        return RegionItem(name, start, end, kind, fig, verb, rate,
                          rate_verb, inner is not None, bool(lead.group("all")))  # type: ignore[union-attr]

    def ranked_here(self, end: int) -> bool:
        """Whether a rank a verb gives (排名第二, 位居全市第二) follows the metric ending at ``end`` in its
        clause group with no other metric before it (…，6项指标位居苏北第一: those metrics' rank)."""
        m = L.RANKED_BY_VERB.search(self.text, end)
        return m is not None and self.group_start(m.start()) == self.group_start(end) \
            and L.METRIC.search(self.text, end, m.start()) is None

    def ranked_before(self, s: int) -> bool:
        """Whether a rank a verb gives (经开区位居第三，GDP总量…) comes before the metric at ``s`` in its
        clause group, with no metric before it there: the rank of the place that opens the group."""
        start = self.group_start(s)
        m = L.RANKED_BY_VERB.search(self.text, start, s)
        return m is not None and L.METRIC.search(self.text, start, s) is None

    def qizhong_places(self, g: GrowthTok) -> bool:
        """…有9个市规模以上工业增加值实现增长。其中，衢州、丽水、湖州市分别增长a、b、c: places a 其中
        sentence names before their rates, with no metric of its own, are places of the metric the
        sentence before named (the list's metric elided); one rate each, or one for all after 均.
        So are places ranked in a clause before their rates (吉林、黑龙江、天津位列最后三名，增速分别为…),
        and places a sentence turning to the rates lists (从增速来看，…，盐城、泰州较上年分别增长…)."""
        sub, ds, text = self.subject, self.ds, self.text
        n, k = len(sub.regions), len(g.rates)
        opened = (L.QIZHONG_START.match(text) or self.rate_view_lead(sub.start)) \
            and _PLACES_TO_RATES.fullmatch(text, sub.end, g.start)
        if len(ds.last_metric) != 1 or n < 2 or any(t.kind == "metric" for t in self.toks) \
                or not (k == n or k == 1 and "均" in text[sub.end:g.start]) \
                or not (opened or L.RANKED_GAP.fullmatch(text, sub.end, g.start)):
            return False
        metric = ds.last_metric[0]
        for name, rate in zip(sub.regions, g.rates * n if k == 1 else g.rates):
            slot = Slot(ds.last_metric, g.start, g.start, METRICS[metric].label_zh, False, [name], "region",
                        self.plan_kind(g.start) or "actual", self.state.snapshot(), explicit_region=name,
                        rule="region-list+elided-metric")
            slot.growths = [rate]
            self.slots.append(slot)
        return True

    def rate_view_lead(self, start: int) -> bool:
        """从增速来看,苏北城市较快,盐城、泰州…分别增长…: a sentence that opens by turning to the rates, its
        places opening a clause (the rates of the metric the sentence before named)."""
        return self.text[start - 1:start] in (",", "，") and L.RATE_VIEW.match(self.text, self.body) is not None

    def same_place(self, name: str, regions: list[str]) -> bool:
        """Whether a place name (松江区) names one of ``regions`` (松江)."""
        place = lookup(name, self.ds.home)
        return place is not None and any((r := lookup(x, self.ds.home)) is not None and r.name == place.name
                                         for x in regions)

"""Generate a synthetic newspaper archive with the facts it plants.

    python benchmarks/make_archive.py N_PAGES OUT_DIR [--seed 7] [--start K]

Writes ``OUT_DIR/NNNNNN_YYYYMMDD.txt`` pages in the county-paper style
(13-character columns that break mid-word and mid-number, column gaps, stray
spaces before numbers), ``manifest.csv`` (``doc,pub_date,region,source``) and
``gold.csv`` in the format of ``../shared/eval/seeds_gold.csv``.

Each page is a mix of non-economic filler, economic paragraphs that state
regional facts for a period relative to the publication date (the planted
gold facts), and distractors that are not regional facts: company and
project figures, targets and forecasts (力争, 预计), shares (占…%) and
percentage-point changes.  Page ``i`` depends only on ``(seed, i)``, so
``--start K`` writes only pages ``K..N-1`` (the manifest and gold still cover
all N pages): that is how the benchmark "adds ten pages" to an archive.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOLD_COLUMNS = ("doc", "region", "metric", "year", "period", "value", "unit", "yoy_pct",
                "qualifier", "evidence")
# (region as in the manifest, the word the paper uses for it)
REGIONS = (("平湖", "市"), ("海宁", "市"), ("桐乡", "市"), ("嘉善", "县"), ("海盐", "县"))
FIRST_DAY = dt.date(2014, 1, 1)
DAYS = (dt.date(2024, 12, 31) - FIRST_DAY).days


@dataclass(frozen=True, slots=True)
class Planted:
    """One gold fact and the text that states it."""

    metric: str
    value: str
    unit: str
    yoy: str
    evidence: str


# --- small helpers ---------------------------------------------------------------------------

def _num(rng: random.Random, lo: float, hi: float, digits: int = 2) -> str:
    """A number as printed: ``digits`` decimals, trailing zeros dropped."""
    text = f"{rng.uniform(lo, hi):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _pct(rng: random.Random, lo: float = 0.5, hi: float = 25.0) -> str:
    return _num(rng, lo, hi, 1)


def _grow(rng: random.Random, pct: str, down: bool = False, same: str = "同比") -> tuple[str, str]:
    """A growth phrase and its signed yoy_pct."""
    prefix = rng.choice((same, "", same)) if same else ""
    if down:
        return f"{prefix}{rng.choice(('下降', '下降', '回落'))}{pct}%", f"-{pct}"
    return f"{prefix}{rng.choice(('增长', '增长', '增长', '增加'))}{pct}%", pct


# --- periods relative to the publication date --------------------------------------------------

_SAME_MONTHS = {"Q1": "M1-M3", "H1": "M1-M6", "Q1-Q3": "M1-M9", "FY": "M1-M12"}


def months(code: str) -> str:
    """The month range a period code covers (前三季度 and 1-9月 are one period).

    >>> months("Q1-Q3"), months("M1-M9"), months("M1-M5")
    ('M1-M9', 'M1-M9', 'M1-M5')
    """
    return _SAME_MONTHS.get(code, code)


def periods_for(pub: dt.date) -> list[tuple[str, int, str]]:
    """Period phrases valid for a page published on ``pub``: ``(phrase, year, code)``."""
    y, m = pub.year, pub.month
    out: list[tuple[str, int, str]] = [(f"{y - 1}年", y - 1, "FY")]
    if m <= 3:
        out += [("去年", y - 1, "FY"), ("去年全年", y - 1, "FY")]
    if 4 <= m <= 6:
        out += [("今年一季度", y, "Q1"), ("一季度", y, "Q1")]
    if 7 <= m <= 9:
        out += [("上半年", y, "H1"), ("今年上半年", y, "H1")]
    if m >= 10:
        out += [("前三季度", y, "Q1-Q3"), ("今年前三季度", y, "Q1-Q3")]
    if m >= 3:
        k = m - 1
        dash = "-"
        out += [(f"1{dash}{k}月", y, f"M1-M{k}"), (f"今年1{dash}{k}月", y, f"M1-M{k}"),
                (f"1至{k}月", y, f"M1-M{k}")]
    return out


# --- economic sentences (the planted facts) ----------------------------------------------------

Clause = Callable[[random.Random], tuple[str, list[Planted]]]


def _money(rng: random.Random, metric: str, aliases: tuple[str, ...], lo: float, hi: float,
           unit: str = "亿元", growth_only: float = 0.25) -> tuple[str, list[Planted]]:
    alias = rng.choice(aliases)
    pct = _pct(rng)
    grow, yoy = _grow(rng, pct, down=rng.random() < 0.2)
    if rng.random() < growth_only:
        text = f"{alias}{grow}"
        return text, [Planted(metric, "", "", yoy, text)]
    value = _num(rng, lo, hi)
    verb = rng.choice(("", "", "实现", "完成"))
    text = f"{verb}{alias}{value}{unit}，{grow}"
    if rng.random() < 0.15:
        text = f"{verb}{alias}{value}{unit}"
        yoy = ""
    return text, [Planted(metric, value, unit, yoy, text)]


def _gdp(rng: random.Random) -> tuple[str, list[Planted]]:
    alias = rng.choice(("生产总值（GDP）", "地区生产总值", "生产总值"))
    total = _num(rng, 120, 900)
    pct = _pct(rng, 2, 9)
    grow, yoy = _grow(rng, pct)
    head = f"实现{alias}{total}亿元，{grow}"
    facts = [Planted("gdp", total, "亿元", yoy, head)]
    if rng.random() < 0.6:
        parts = []
        for metric, name, lo, hi in (("gdp_primary", "第一产业", 3, 25), ("gdp_secondary", "第二产业", 60, 450),
                                     ("gdp_tertiary", "第三产业", 50, 420)):
            v, p = _num(rng, lo, hi), _pct(rng, 0.5, 12)
            g, y = _grow(rng, p, same="")
            piece = f"{name}增加值{v}亿元，{g}"
            parts.append(piece)
            facts.append(Planted(metric, v, "亿元", y, piece))
        head += "，其中，" + "；".join(parts)
    return head, facts


def _income(rng: random.Random) -> tuple[str, list[Planted]]:
    urban, rural = str(rng.randint(28000, 78000)), str(rng.randint(18000, 48000))
    a, b = _pct(rng, 3, 10), _pct(rng, 3, 11)
    text = f"城乡居民人均可支配收入{urban}元、{rural}元，分别增长{a}%、{b}%"
    return text, [Planted("income_urban_pc", urban, "元", a, text),
                  Planted("income_rural_pc", rural, "元", b, text)]


def _trade(rng: random.Random) -> tuple[str, list[Planted]]:
    total = _num(rng, 200, 900)
    exp = _num(rng, 120, float(total) * 0.8)
    p1, p2 = _pct(rng, 1, 20), _pct(rng, 1, 20)
    g1, y1 = _grow(rng, p1)
    g2, y2 = _grow(rng, p2, down=rng.random() < 0.3, same="")
    text = (f"实现{rng.choice(('进出口总额', '外贸进出口总额'))}{total}亿元，{g1}，"
            f"其中出口{exp}亿元，{g2}")
    return text, [Planted("trade_total", total, "亿元", y1, text),
                  Planted("exports", exp, "亿元", y2, text)]


def _fdi(rng: random.Random) -> tuple[str, list[Planted]]:
    alias = rng.choice(("实际利用外资", "实际使用外资", "实到外资"))
    if rng.random() < 0.5:
        value, unit = _num(rng, 0.5, 6.5), "亿美元"
    else:
        value, unit = str(rng.randint(2000, 48000)), "万美元"
    pct = _pct(rng, 1, 30)
    grow, yoy = _grow(rng, pct, down=rng.random() < 0.3)
    text = f"{alias}{value}{unit}，{grow}"
    return text, [Planted("fdi_actual", value, unit, yoy, text)]


def _fiscal(rng: random.Random) -> tuple[str, list[Planted]]:
    total = _num(rng, 40, 180)
    general = _num(rng, 20, float(total) * 0.7)
    a, b = _pct(rng, 1, 15), _pct(rng, 1, 15)
    text = f"财政总收入{total}亿元，增长{a}%，其中一般公共预算收入{general}亿元，增长{b}%"
    return text, [Planted("fiscal_revenue_total", total, "亿元", a, text),
                  Planted("fiscal_revenue_general", general, "亿元", b, text)]


def _signed(rng: random.Random) -> tuple[str, list[Planted]]:
    n, inv = str(rng.randint(20, 180)), str(rng.randint(80, 900))
    text = f"签约{rng.choice(('项目', '产业链优质项目'))}{n}个，总投资{inv}亿元"
    return text, [Planted("signed_projects_count", n, "个", "", text),
                  Planted("signed_projects_investment", inv, "亿元", "", text)]


CLAUSES: dict[str, Clause] = {
    "gdp": _gdp,
    "industrial_output": lambda r: _money(r, "industrial_output", ("规上工业总产值", "规模以上工业总产值"), 300, 2500),
    "industrial_value_added": lambda r: _money(r, "industrial_value_added", ("规上工业增加值", "规模以上工业增加值"), 60, 500),
    "fixed_asset_investment": lambda r: _money(r, "fixed_asset_investment", ("固定资产投资",), 80, 600),
    "industrial_investment": lambda r: _money(r, "industrial_investment", ("工业投资",), 30, 260),
    "retail_sales": lambda r: _money(r, "retail_sales", ("社会消费品零售总额", "社会消费品零售额"), 60, 520),
    "electricity_consumption": lambda r: _money(r, "electricity_consumption", ("全社会用电量",), 20, 160, "亿千瓦时"),
    "income": _income,
    "trade": _trade,
    "fdi_actual": _fdi,
    "fiscal": _fiscal,
    "signed": _signed,
}


def econ_paragraph(rng: random.Random, period: str, city: str, used: set[str]
                   ) -> tuple[str, list[Planted]]:
    """One paragraph of regional facts for one period; ``used`` keeps clause kinds unique per period."""
    free = [k for k in CLAUSES if k not in used]
    kinds = rng.sample(free, min(len(free), rng.randint(1, 4)))
    used.update(kinds)
    subject = rng.choice((f"全{city}", f"我{city}"))
    sentences: list[str] = []
    facts: list[Planted] = []
    for i, kind in enumerate(kinds):
        clause, planted = CLAUSES[kind](rng)
        facts += planted
        if i == 0:
            sentences.append(f"{period}，{subject}{clause}。")
        else:
            sentences.append(f"{clause}。")
    if rng.random() < 0.35:
        sentences.append(rng.choice(TARGETS).format(city=city, pct=_pct(rng, 5, 9),
                                                     pp=_num(rng, 0.2, 3, 1)))
    return "".join(sentences), facts


# --- distractors and filler ---------------------------------------------------------------------

COMPANIES = ("景兴纸业", "嘉吉食品", "欧普照明", "日善电脑配件", "海利得新材料", "卫星化学",
             "巨石集团", "双箭橡胶", "振石控股", "晶科能源", "闻泰科技", "浙江精工")
PROJECTS = ("智能装备产业园", "新材料生产基地", "高端医疗器械", "数字物流园", "半导体封装测试",
            "新能源汽车零部件", "生物医药研发中心", "光伏组件制造")
TARGETS = (
    "下半年，我{city}将抓牢项目建设，力争全年生产总值增长{pct}%以上。",
    "按照计划，到2027年，全{city}规上工业增加值力争年均增长{pct}%。",
    "预计全年全{city}社会消费品零售总额将增长{pct}%左右。",
    "增速比全省平均高{pp}个百分点，居嘉兴各县（市、区）前列。",
    "其中，高新技术产业增加值占规上工业增加值的比重提高{pp}个百分点。",
)


def distractor(rng: random.Random, city: str, period: str) -> str:
    """A sentence full of numbers that are not regional facts."""
    company = rng.choice(COMPANIES)
    project = rng.choice(PROJECTS)
    choices = (
        f"{period}，{company}股份有限公司实现产值{_num(rng, 2, 60)}亿元，同比增长{_pct(rng)}%，"
        f"企业负责人表示，订单已经排到年底。",
        f"总投资{_num(rng, 5, 80)}亿元的{project}项目近日开工，项目达产后预计可实现年产值"
        f"{rng.randint(20, 120)}亿元。",
        f"在{company}的生产车间里，工人们正在赶制一批出口订单，该公司{period}出口额"
        f"{_num(rng, 1, 20)}亿元，增长{_pct(rng)}%。",
        f"数字经济核心产业增加值占全{city}生产总值的{_pct(rng, 8, 30)}%，比重较上年提高"
        f"{_num(rng, 0.2, 3, 1)}个百分点。",
        f"力争到2027年，全{city}规上工业总产值突破{rng.randint(3, 6)}000亿元，"
        f"固定资产投资年均增长{_pct(rng, 5, 12)}%。",
        f"预计今年全{city}实际利用外资将达到{_num(rng, 3, 9)}亿美元。",
        f"该项目总投资{rng.randint(3, 60)}亿元，占地{rng.randint(50, 400)}亩，"
        f"建成后可新增就业岗位{rng.randint(200, 3000)}个。",
    )
    return rng.choice(choices)


_FILLER_SUBJECTS = ("社区志愿者", "市民", "辖区居民", "老党员", "学生们", "文化馆工作人员",
                    "医护人员", "交警", "环卫工人", "非遗传承人", "退役军人", "网格员")
_FILLER_ACTS = (
    "走进老旧小区，为居民免费理发、测量血压", "在公园里开展垃圾分类宣传活动",
    "冒雨清理道路积水，保障市民出行安全", "来到敬老院，陪老人们聊天、包饺子",
    "在图书馆参加了一场别开生面的读书分享会", "围绕移风易俗开展主题宣讲",
    "参加了消防安全演练，学习灭火器的正确使用方法", "走上街头劝导文明骑行",
    "在广场上表演了精彩的文艺节目", "为困难家庭送去米、油等生活物资",
    "开展防溺水安全教育，提醒孩子们远离危险水域", "学习西瓜灯雕刻技艺，感受传统文化魅力",
    "在稻田里体验插秧的乐趣", "参观了红色教育基地，重温入党誓词",
)
_FILLER_TAILS = (
    "现场气氛热烈，不少人纷纷拿出手机拍照留念", "大家表示，这样的活动很有意义，希望以后多多举办",
    "据了解，此类活动今年已开展{n}场", "活动吸引了{n}余名群众参与", "前来咨询的人络绎不绝",
    "工作人员耐心讲解，赢得了群众的一致好评", "天气虽然炎热，但大家的热情丝毫不减",
    "下一步，相关部门将继续做好服务保障工作", "孩子们听得认真，不时举手提问",
)
_FILLER_OPEN = ("近日", "昨天上午", "日前", "前不久", "本周末", "昨天下午", "连日来", "当天")
_HEADLINES = ("文明新风润万家", "守护一方平安", "传承非遗技艺", "志愿服务暖人心",
              "乡村振兴绘新景", "防汛防台不松懈", "书香浸润童年", "垃圾分类成新风尚")


def filler(rng: random.Random) -> str:
    """A non-economic paragraph (people, events, counts of people and activities)."""
    out = []
    for _ in range(rng.randint(2, 5)):
        tail = rng.choice(_FILLER_TAILS).format(n=rng.randint(3, 300))
        out.append(f"{rng.choice(_FILLER_OPEN)}，{rng.choice(_FILLER_SUBJECTS)}"
                   f"{rng.choice(_FILLER_ACTS)}，{tail}。")
    return "".join(out)


# --- layout ------------------------------------------------------------------------------------

def _spaces(rng: random.Random, text: str) -> str:
    """Put a stray space before some numbers, as PDF text layers do (增长 3%)."""
    out = []
    prev = ""
    for ch in text:
        if ch.isdigit() and not (prev.isdigit() or prev in ".-至") and rng.random() < 0.15:
            out.append(" ")
        out.append(ch)
        prev = ch
    return "".join(out)


_NUMBER_CHARS = frozenset("0123456789.%")


def wrap(rng: random.Random, paragraph: str, width: int, gaps: bool, split_numbers: bool = True) -> str:
    """Break a paragraph into ``width``-character column lines, anywhere (mid-word, mid-number).

    With ``gaps`` a column gap (blank line) may fall inside a sentence; with
    ``split_numbers=False`` a line never ends inside a number (``38\n5.12``).
    """
    lines = []
    i = 0
    while i < len(paragraph):
        cut = min(i + width, len(paragraph))
        if not split_numbers:
            while (cut - i > width // 2 and cut < len(paragraph)
                   and paragraph[cut - 1] in _NUMBER_CHARS and paragraph[cut] in _NUMBER_CHARS):
                cut -= 1
        lines.append(paragraph[i:cut])
        i = cut
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if gaps and 0 < i < len(lines) - 1 and rng.random() < 0.04 and not line.endswith("。"):
            out.append("")
    return "\n".join(out)


def make_page(seed: int, index: int, split_numbers: bool = True
              ) -> tuple[str, dict[str, str], list[dict[str, str]]]:
    """Page ``index``: its name, manifest row fields and gold rows (deterministic)."""
    rng = random.Random(f"{seed}:{index}")
    pub = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    region, city = rng.choice(REGIONS)
    name = f"{index:06d}_{pub:%Y%m%d}.txt"
    options = periods_for(pub)
    paragraphs: list[str] = []
    gold: list[dict[str, str]] = []
    used_periods: dict[tuple[int, str], set[str]] = {}
    n_econ = rng.choice((0, 1, 1, 2, 2, 3))
    blocks = ["filler"] * rng.randint(10, 22) + ["econ"] * n_econ + ["distractor"] * rng.randint(1, 4)
    rng.shuffle(blocks)
    explicit = pub.year  # the year the page last named explicitly (a bare "1-5月" means this year)
    for block in blocks:
        if block == "filler":
            paragraphs.append(filler(rng))
            continue
        phrase, year, code = rng.choice(options)
        if ("年" in phrase and phrase[0].isdigit()) or phrase.startswith("去年"):
            explicit = year
        elif year == pub.year and explicit != pub.year and not phrase.startswith("今年"):
            phrase = "今年" + phrase
        if block == "distractor":
            paragraphs.append(distractor(rng, city, phrase))
            explicit = 2027 if "2027" in paragraphs[-1] else explicit
        else:
            used = used_periods.setdefault((year, months(code)), set())  # one metric once per period
            if len(used) >= len(CLAUSES) - 1:
                continue
            text, facts = econ_paragraph(rng, phrase, city, used)
            paragraphs.append(text)
            explicit = 2027 if "2027" in text else explicit
            for f in facts:
                gold.append({"doc": name, "region": region, "metric": f.metric, "year": str(year),
                             "period": code, "value": f.value, "unit": f.unit, "yoy_pct": f.yoy,
                             "qualifier": "", "evidence": f.evidence})
    width = rng.choice((12, 13, 13, 13, 14))
    head = f"{rng.choice(_HEADLINES)}\n\n本报讯 （记者 {rng.choice('王李张陈沈顾')}{rng.choice('晓丹欣立平')}）"
    body = "\n\n".join(wrap(rng, _spaces(rng, p), width, gaps=True, split_numbers=split_numbers) for p in paragraphs)
    text = head + "\n" + body + "\n"
    row = {"doc": name, "pub_date": pub.isoformat(), "region": region,
           "source": f"嘉兴日报·{region}版", "_text": text}
    return name, row, gold


def main(argv: list[str] | None = None) -> int:
    """Write the archive; print pages, bytes and planted facts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n_pages", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", type=int, default=0, help="write only pages START..N-1")
    ap.add_argument("--no-number-breaks", action="store_true",
                    help="never break a line inside a number (38\\n5.12)")
    args = ap.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    n_bytes = n_gold = 0
    with open(args.out_dir / "manifest.csv", "w", newline="", encoding="utf-8") as mf, \
            open(args.out_dir / "gold.csv", "w", newline="", encoding="utf-8") as gf:
        manifest = csv.DictWriter(mf, fieldnames=["doc", "pub_date", "region", "source"])
        gold = csv.DictWriter(gf, fieldnames=list(GOLD_COLUMNS))
        manifest.writeheader()
        gold.writeheader()
        for i in range(args.n_pages):
            name, row, facts = make_page(args.seed, i, split_numbers=not args.no_number_breaks)
            text = row.pop("_text")
            if i >= args.start:
                data = text.encode("utf-8")
                (args.out_dir / name).write_bytes(data)
                n_bytes += len(data)
            manifest.writerow(row)
            gold.writerows(facts)
            n_gold += len(facts)
    print(f"{args.n_pages} pages ({args.n_pages - args.start} written, {n_bytes / 1e6:.1f} MB), "
          f"{n_gold} planted facts -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

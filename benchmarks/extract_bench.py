"""Throughput of ``extract_text`` on a ≥5 MB corpus built from the seed pages.

    python benchmarks/extract_bench.py [--mb 5]

Repeats the seed pages (each with its own publication date and region) until
the corpus reaches the size asked for, then times extraction on one core.
"""
from __future__ import annotations

import argparse
import csv
import os
import time
from pathlib import Path

from indicators import extract_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of UTF-8 text")
    args = ap.parse_args()
    with open(SEEDS / "manifest.csv", encoding="utf-8") as f:
        manifest = {r["doc"]: r for r in csv.DictReader(f)}
    pages = [(p.read_text(encoding="utf-8"), manifest[p.name]) for p in sorted(SEEDS.glob("*.txt"))]
    corpus, size = [], 0
    while size < args.mb * 1e6:
        for text, row in pages:
            corpus.append((text, row))
            size += len(text.encode("utf-8"))
    chars = sum(len(t) for t, _ in corpus)
    extract_text("上半年，全市出口1亿元。", pub_date="2024-07-26")  # compile the patterns first
    load = os.getloadavg()[0]
    start, cpu = time.perf_counter(), time.process_time()
    facts = 0
    for text, row in corpus:
        facts += len(extract_text(text, pub_date=row["pub_date"], region=row["region"]))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{len(corpus)} pages, {size / 1e6:.1f} MB, {chars:,} characters, {facts} facts")
    print(f"{elapsed:.2f} s -> {chars / elapsed:,.0f} characters per second (one core)")
    print(f"CPU {cpu:.2f} s -> {chars / cpu:,.0f} characters per CPU second; load average before: {load:.2f}")


if __name__ == "__main__":
    main()

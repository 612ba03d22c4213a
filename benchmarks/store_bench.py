"""Dashboard on a large store: 1,000,000 facts, time to re-render after a filter change.

    .venv/bin/python benchmarks/store_bench.py [--facts 1000000] [--store out/store_bench.duckdb]

Fills a store with synthetic facts (200 regions, the metric catalog, 20 years,
the period codes), then times what the dashboard does when the user changes
the region, metric or period:

1. the store query for the chosen filter (``FactStore.query``: DuckDB filters,
   pandas only gets the matching rows);
2. the view's work on those rows (``views.build_corpus`` with derived facts,
   ``views.headline`` and ``views.trend_frame``).

Also times the widget options (``FactStore.distinct``), done once per load.
Target (issue 5): a filter change re-renders in < 500 ms.  Reports the median
and the worst of the filter changes.  Then times review clicks on the dashboard's store view
(issue 12: < 300 ms on 1,000,000 facts): see :func:`review_clicks`.
"""
from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators.app import views  # noqa: E402
from indicators.base.schema import FACT_COLUMNS  # noqa: E402
from indicators.run.store import FACT_SCHEMA, FactStore  # noqa: E402

PERIODS = ("FY", "H1", "Q1", "Q1-Q3", "M1-M5", "M1-M8", "Q2", "M7")


def fill(store: FactStore, n: int, seed: int = 1) -> list[str]:
    """Insert ``n`` synthetic region facts; return the regions used."""
    rng = random.Random(seed)
    with open(ROOT / "indicators" / "vocab" / "metrics.csv", encoding="utf-8") as f:
        metrics = [(r["metric"], r["label_zh"], r["typical_units"].split("|")[0]) for r in csv.DictReader(f)]
    with open(ROOT / "indicators" / "vocab" / "regions.csv", encoding="utf-8") as f:
        regions = sorted({r["short"] for r in csv.DictReader(f) if r["short"]})[:200]
    chunk = 100_000
    for lo in range(0, n, chunk):
        cols: dict[str, list] = {c: [] for c in FACT_COLUMNS}
        for i in range(lo, min(n, lo + chunk)):
            metric, zh, unit = rng.choice(metrics)
            value = round(rng.uniform(1, 900), 2)
            row = (f"{i // 12:07d}.txt", "2024-07-26", rng.choice(regions), metric, zh,
                   rng.randint(2005, 2024), rng.choice(PERIODS), value, f"{value}{unit}", unit,
                   value * 1e8, "CNY", round(rng.uniform(-10, 20), 1), "", "region",
                   "actual" if rng.random() < 0.9 else "target", False,
                   f"全市{zh}{value}{unit}。", 10, 20, 0, 30, "bench", None)
            for c, v in zip(FACT_COLUMNS, row):
                cols[c].append(v)
        table = pa.Table.from_pydict(cols, schema=FACT_SCHEMA)
        store.con.register("_bench", table)
        store.con.execute("INSERT INTO facts SELECT * FROM _bench")
        store.con.unregister("_bench")
    return regions


def render(store: FactStore, region: str, metrics: list[str], period: str) -> int:
    """What one filter change costs: the store query plus the view's frames."""
    rows = store.query(region=region, metric=metrics, period=period, scope="region",
                       kind=["actual", "derived"], order=False)
    corpus = views.build_corpus(rows, views.empty_report(), {})
    views.headline(corpus.facts, region)
    trend = views.trend_frame(corpus.facts, region, metrics, period)
    return len(trend)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--store", type=Path, default=ROOT / "out" / "store_bench.duckdb")
    ap.add_argument("--changes", type=int, default=30)
    ap.add_argument("--reviews", type=int, default=20, help="review clicks to time")
    args = ap.parse_args()
    args.store.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with FactStore(args.store) as store:
        regions = fill(store, args.facts)
        t_compact = time.perf_counter()
        store.compact()  # what engine.run does after a large extraction
        print(f"compact (sort by region, metric, period, year): {time.perf_counter() - t_compact:.1f}s")
        print(f"filled {store.count():,} facts in {time.perf_counter() - t0:.1f}s -> {args.store}")
        t1 = time.perf_counter()
        opts = {c: store.distinct(c, scope="region", kind="actual") for c in ("region", "metric", "period")}
        print(f"widget options (3 distinct queries): {1000 * (time.perf_counter() - t1):.0f} ms")
        rng = random.Random(2)
        times, sizes = [], []
        for _ in range(args.changes):
            region = rng.choice(regions)
            metrics = rng.sample(opts["metric"], 3)
            period = rng.choice(opts["period"])
            t = time.perf_counter()
            sizes.append(render(store, region, metrics, period))
            times.append(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        everything = store.query(["region", "metric", "year", "period", "value"], region=regions[0])
        all_region_ms = 1000 * (time.perf_counter() - t)
    print(f"filter change (store query + views): median {statistics.median(times):.0f} ms, "
          f"max {max(times):.0f} ms over {args.changes} changes "
          f"({statistics.median(sizes):.0f} points per chart); target < 500 ms")
    print(f"one region's whole history ({len(everything):,} rows): {all_region_ms:.0f} ms")
    clicks = review_clicks(args.store, regions, args.reviews)
    print(f"review click (save, reviews laid over again, the region's charts and the Facts page "
          f"rebuilt): median {statistics.median(clicks):.0f} ms, max {max(clicks):.0f} ms over "
          f"{len(clicks)} clicks, with up to {len(clicks)} reviews stored; target < 300 ms")
    return 0


def review_clicks(path: Path, regions: list[str], n: int, seed: int = 3) -> list[float]:
    """Milliseconds per review click on the dashboard's store view of ``path``: marking a fact of
    the shown region wrong or correcting it (saved in the store, the reviewed facts read again),
    then what the page rebuilds (the region slice with derived values, the trend and headline
    shapes, the first page of the Facts table)."""
    from indicators.app.reviewing import ReviewedStoreView

    with FactStore(path) as store:  # the documents' hashes (the synthetic facts have no report)
        if not len(store.report()):
            store.con.execute("INSERT INTO report (doc, status, sha256, chars, facts) "
                              "SELECT DISTINCT doc, 'ok', md5(doc), 0, 0 FROM facts")
    view = ReviewedStoreView.open(path)
    rng = random.Random(seed)
    times = []
    try:
        for i in range(n):
            region = rng.choice(regions)
            metrics = view.options("metric", region_level=True)[:3]
            shown = view.region_slice(region)
            fid = int(rng.choice(shown[shown["kind"] == "actual"]["fid"].tolist()))
            t = time.perf_counter()
            if i % 2:
                view.review(fid, "wrong", note="bench")
            else:
                view.review(fid, "corrected", value=float(view.fact(fid)["value"]) + 1)
            facts = view.region_slice(region)
            views.headline(facts, region)
            views.trend_frame(facts, region, metrics, "H1")
            view.facts(region=[region], metric=metrics)
            times.append(1000 * (time.perf_counter() - t))
    finally:
        view.store.close()
    return times


if __name__ == "__main__":
    sys.exit(main())

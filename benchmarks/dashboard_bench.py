"""Dashboard timings in a real browser (Debian's /usr/bin/chromium via Playwright).

1. Cold start on the seeds: from launching ``streamlit run dashboard.py`` to the
   first chart drawn in the browser (the browser is already open, on /trends).
   Target < 3 s.
2. Metric change with 100,000 synthetic facts loaded: from choosing another
   metric in the Trends multiselect to the chart redrawn with it.  Target < 300 ms.

    .venv/bin/python benchmarks/dashboard_bench.py [--runs 3] [--facts 100000]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_browser import CHROMIUM, CHROMIUM_ARGS, IDLE, free_port, start_streamlit, wait_healthy  # noqa: E402

from indicators import facts_frame  # noqa: E402
from indicators.tables import METRICS  # noqa: E402

CHART = '[data-testid="stPlotlyChart"] .main-svg'


def synthetic_facts(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` region-level facts over 20 regions, the whole catalog, 2005-2024 and eight period types."""
    rng = np.random.default_rng(seed)
    regions = np.array([f"县{i:02d}" for i in range(20)])
    metrics = np.array(list(METRICS))
    periods = np.array(["FY", "H1", "Q1", "Q1-Q3", "M1-M5", "M1-M2", "Q2", "M7"])
    metric = metrics[rng.integers(0, len(metrics), n)]
    value = np.round(rng.uniform(1, 2000, n), 2)
    docs = np.array([f"doc{i:05d}.txt" for i in range(5000)])
    df = pd.DataFrame({
        "doc": docs[rng.integers(0, len(docs), n)], "pub_date": "2024-07-26",
        "region": regions[rng.integers(0, len(regions), n)], "metric": metric,
        "metric_zh": [METRICS[m].label_zh for m in metric],
        "year": rng.integers(2005, 2025, n), "period": periods[rng.integers(0, len(periods), n)],
        "value": value, "value_text": [f"{v}亿元" for v in value], "unit": "亿元",
        "value_base": value * 1e8, "base_unit": "CNY",
        "yoy_pct": np.where(rng.random(n) < 0.7, np.round(rng.normal(6, 4, n), 1), np.nan),
        "qualifier": "", "scope": "region", "kind": "actual", "conflict": False,
        "evidence": [f"全市{METRICS[m].label_zh}{v}亿元，同比增长。" for m, v in zip(metric, value, strict=True)],
        "start": 10, "end": 20, "sent_start": 0, "sent_end": 30, "rule": "synthetic",
    })
    return df.astype(facts_frame().dtypes.to_dict())


def cold_start(runs: int) -> list[float]:
    """Seconds from launching streamlit to the first chart on /trends, one fresh server per run."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page()
                port = free_port()
                t0 = time.perf_counter()
                proc = start_streamlit(port)
                try:
                    wait_healthy(port, proc)
                    page.goto(f"http://127.0.0.1:{port}/trends", wait_until="commit")
                    page.wait_for_selector(CHART, timeout=30_000)
                    times.append(time.perf_counter() - t0)
                finally:
                    proc.terminate()
                    proc.wait(timeout=10)
                    proc.stderr.close()
                    page.close()
        finally:
            browser.close()
    return times


def metric_changes(n_facts: int, changes: int = 8) -> tuple[list[float], float]:
    """Seconds per metric change on /trends with ``n_facts`` synthetic facts; also the first load."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.parquet"
        synthetic_facts(n_facts).to_parquet(path)
        port = free_port()
        proc = start_streamlit(port, env={"INDICATORS_SOURCE": str(path)})
        times = []
        try:
            wait_healthy(port, proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page(viewport={"width": 1400, "height": 1000})
                    t0 = time.perf_counter()
                    page.goto(f"http://127.0.0.1:{port}/trends?region=县00&period=H1&metric=gdp")
                    page.wait_for_selector(CHART, timeout=120_000)
                    page.wait_for_selector(IDLE)
                    first_load = time.perf_counter() - t0
                    box = page.get_by_test_id("stMultiSelect").first.locator("input")
                    chart = page.get_by_test_id("stPlotlyChart").first
                    for metric in list(METRICS)[1:changes + 1]:
                        label = METRICS[metric].label_zh
                        box.click()
                        page.keyboard.type(label)
                        legend = chart.locator(".legendtext", has_text=label).first
                        t0 = time.perf_counter()
                        page.keyboard.press("Enter")
                        legend.wait_for(state="attached", timeout=30_000)
                        page.wait_for_selector(IDLE)
                        times.append(time.perf_counter() - t0)
                        page.keyboard.press("Escape")
                finally:
                    browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            proc.stderr.close()
    return times, first_load


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--facts", type=int, default=100_000)
    args = ap.parse_args(argv)
    cold = cold_start(args.runs)
    print(f"cold start, launch -> first chart (seeds): median {statistics.median(cold):.2f} s, "
          f"runs {', '.join(f'{t:.2f}' for t in cold)} (target < 3 s)")
    changes, first = metric_changes(args.facts)
    print(f"first load with {args.facts:,} synthetic facts: {first:.2f} s")
    print(f"metric change re-render ({args.facts:,} facts): median {statistics.median(changes) * 1000:.0f} ms, "
          f"max {max(changes) * 1000:.0f} ms over {len(changes)} changes (target < 300 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

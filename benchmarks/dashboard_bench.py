"""Dashboard timings in a real browser (Debian's /usr/bin/chromium via Playwright).

1. Cold start on the seeds: from launching the README's command (``.venv/bin/streamlit run
   dashboard_app.py``, with only a free ``--server.port`` added: everything else comes from
   ``.streamlit/config.toml``, as for a user) to the level chart drawn in the browser (the
   browser is already open; a new page, with nothing cached, opens /trends once the server
   answers).  Target < 3 s.  Measured twice: a restart (the extracted seeds are in the disk
   cache from an earlier launch) and a first launch (empty cache, so the seeds are
   extracted).  Each server gets its own temporary HOME, where Streamlit keeps that cache.
   Also printed: where the time goes (medians): server healthy, the app mounted in the page,
   the first script run started, plotly.js run (``window.Plotly`` defined: the chart element's
   basic bundle, 1.2 MB, preloaded with the frontend (dashboard_app.py names it in the page) and
   run when the first run's placeholder element imports it), the end of the page's longest task,
   the level chart's element in the page (the first run got that far) and the chart drawn.
   The server (dashboard_app.py) imports what the first run needs while the frontend loads.
   The project's modules are compiled to bytecode once before the runs (``compileall``), as the
   README's command does before it launches (and any launch does for the next); without it, a machine with
   ``PYTHONDONTWRITEBYTECODE=1`` (like the one these figures come from) would compile them from
   source at every launch (about 0.4 s more).
2. Metric change with 100,000 synthetic facts loaded (a .parquet fact table, held in
   memory): from choosing another metric in the Trends multiselect to the chart
   redrawn with it.  Target < 300 ms.
3. Filter change on a 1,000,000-fact DuckDB store (``--store-facts``; the dashboard
   queries it in place): from choosing another region in the sidebar to the Trends
   chart redrawn with that region's data.  Target (issue 5) < 500 ms.
4. Regions side by side with the same 100,000 synthetic facts in memory, over 20 real
   counties of three prefectures: from choosing another metric on the regions page to
   the bar chart redrawn (each metric is a slice the page has not seen yet).  Target
   (issue 12) < 300 ms.
5. Review click on the same kind of store as 3: a point of the Trends chart is clicked (its
   source opens in the drawer), then "✗ 错误" (mark wrong): from that click to the end of the
   script run that redrew the chart without the point (the drawer's click runs the whole page).
   Target (issue 12) < 300 ms.

    .venv/bin/python benchmarks/dashboard_bench.py [--runs 3] [--facts 100000] [--store-facts 1000000]
        [--only cold|metric|regions|store|review]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from test_browser import CHROMIUM, CHROMIUM_ARGS, IDLE, free_port, start_streamlit, wait_healthy  # noqa: E402

from indicators import facts_frame  # noqa: E402
from indicators.base.tables import METRICS  # noqa: E402

CHART = ".st-key-level_chart .main-svg"
# Timestamps taken inside the page, so the figures do not include Playwright's polling delay:
# when the level chart was first drawn, the app mounted and its first script run started (epoch
# ms), the last Enter keydown and every time a script run ended (performance.now() ms), and the
# page's long tasks (duration and end, epoch ms).
MARKS = """window._marks = {idle: [], tasks: []};
new PerformanceObserver(l => { for (const e of l.getEntries())
  window._marks.tasks.push([e.duration, performance.timeOrigin + e.startTime + e.duration]); })
  .observe({type: 'longtask', buffered: true});
new MutationObserver(() => {
  if (!window._marks.chart && document.querySelector('.st-key-level_chart .main-svg')) window._marks.chart = Date.now();
  if (!window._marks.element && document.querySelector('.st-key-level_chart')) window._marks.element = Date.now();
  if (!window._marks.plotly && window.Plotly) window._marks.plotly = Date.now();
  const app = document.querySelector('[data-testid="stApp"]');
  if (app && !app._watched) {
    app._watched = true;
    window._marks.app = Date.now();
    const seen = () => {
      const state = app.getAttribute('data-test-script-state');
      if (state === 'running' && !window._marks.running) window._marks.running = Date.now();
      if (state === 'notRunning') window._marks.idle.push(performance.now());
    };
    seen();
    new MutationObserver(seen).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  }
}).observe(document, {subtree: true, childList: true});
document.addEventListener('keydown', e => { if (e.key === 'Enter') window._marks.enter = performance.now(); }, true);
document.addEventListener('click', () => { window._marks.click = performance.now(); }, true);"""
# A chart's data (by its key), to see when it was redrawn with other rows.
CHART_DATA = """(key) => { const g = document.querySelector('.st-key-' + key + ' .js-plotly-plot');
  return g && g.data ? JSON.stringify(g.data.map(t => [t.name, t.x, t.y])) : ''; }"""


def real_counties(n: int = 20) -> list[str]:
    """The short names of ``n`` counties of 嘉兴, 湖州 and 绍兴 in the gazetteer."""
    from indicators.base.tables import REGIONS

    return [r.short for r in REGIONS if r.parent in ("嘉兴市", "湖州市", "绍兴市")][:n]


def synthetic_facts(n: int, seed: int = 0, regions: list[str] | None = None) -> pd.DataFrame:
    """``n`` region-level facts over 20 regions, the whole catalog, 2005-2024 and eight period types."""
    rng = np.random.default_rng(seed)
    regions = np.array(regions or [f"县{i:02d}" for i in range(20)])
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
        "start": 10, "end": 20, "sent_start": 0, "sent_end": 30, "rule": "synthetic", "page": None,
    })
    return df.astype(facts_frame().dtypes.to_dict())


def readme_streamlit(port: int, home: str) -> subprocess.Popen:
    """The README's ``.venv/bin/streamlit run dashboard_app.py`` on ``port``, with ``home`` as HOME."""
    cmd = [str(Path(sys.executable).with_name("streamlit")), "run", "dashboard_app.py", "--server.port", str(port)]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "HOME": home},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


COLD_STEPS = ("healthy", "app", "running", "plotly.js", "longest task", "element", "chart")


def cold_start(runs: int, fresh: bool) -> list[dict[str, float]]:
    """Seconds from launching streamlit to each of ``COLD_STEPS`` on /trends, one fresh server per run
    (``plotly.js``: the chart bundle has run; ``longest task``: the end of the page's longest task;
    ``element``: the level chart's element is in the page; ``chart``: the level chart drawn).

    ``fresh``: every server starts with an empty disk cache; otherwise one launch
    (not counted) fills the cache first, as an earlier session would have.
    """
    import compileall

    from playwright.sync_api import sync_playwright

    compileall.compile_dir(ROOT / "indicators", quiet=1)
    for script in ROOT.glob("*.py"):
        compileall.compile_file(script, quiet=1)
    times = []
    with tempfile.TemporaryDirectory() as warm_home, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for i in range(runs + (0 if fresh else 1)):
                home = tempfile.mkdtemp(dir=warm_home) if fresh else warm_home
                page = browser.new_page()
                page.add_init_script(MARKS)
                port = free_port()
                t0 = time.time()
                proc = readme_streamlit(port, home)
                try:
                    wait_healthy(port, proc)
                    healthy = time.time() - t0
                    page.goto(f"http://127.0.0.1:{port}/trends", wait_until="commit")
                    page.wait_for_selector(CHART, timeout=30_000)
                    marks = page.evaluate("window._marks")
                    if fresh or i > 0:
                        longest = max(marks["tasks"], default=[0, t0 * 1000])
                        times.append({"healthy": healthy, "longest task": longest[1] / 1000 - t0,
                                      "plotly.js": marks["plotly"] / 1000 - t0,
                                      **{k: marks[k] / 1000 - t0 for k in ("app", "running", "element", "chart")}})
                    page.wait_for_selector(IDLE)  # let the cache be written before the next launch
                finally:
                    proc.terminate()
                    proc.wait(timeout=10)
                    proc.stderr.close()
                    page.close()
        finally:
            browser.close()
    return times


def _pick(page, widget: str, label: str) -> None:  # noqa: ANN001
    """Type ``label`` into the first select widget matching ``widget`` (a test id, or a CSS selector
    starting with ".") without confirming it."""
    found = page.locator(widget) if widget.startswith(".") else page.get_by_test_id(widget)
    found.first.locator("input").click()
    page.keyboard.type(label)


@contextmanager
def served_page(source: Path, url_path: str, home: str, height: int = 1000,
                chart: str = "level_chart") -> Iterator[tuple[Any, float]]:
    """A browser page on a dashboard server for ``source``, opened at ``url_path`` with the chart
    of key ``chart`` drawn, and the seconds that took."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    proc = start_streamlit(port, env={"INDICATORS_SOURCE": str(source), "HOME": home})
    try:
        wait_healthy(port, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": height})
                page.add_init_script(MARKS)
                t0 = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}{url_path}")
                page.wait_for_selector(f".st-key-{chart} .main-svg", timeout=300_000)
                page.wait_for_selector(IDLE, timeout=300_000)
                yield page, time.perf_counter() - t0
            finally:
                browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stderr.close()


def rerenders(source: Path, url_path: str, changes: list[tuple[str, str]], home: str,
              chart: str = "level_chart") -> tuple[list[float], float]:
    """Seconds per widget change until the chart with key ``chart`` shows other data; also the first load.

    ``changes`` are ``(widget, option label)`` pairs (see :func:`_pick`): each is typed into
    the widget, and the clock runs from the Enter keydown to the end of the script run that
    redrew the chart, both as the page saw them.
    """
    times = []
    with served_page(source, url_path, home, chart=chart) as (page, first_load):
        for test_id, label in changes:
            before = page.evaluate(CHART_DATA, chart)
            _pick(page, test_id, label)
            page.keyboard.press("Enter")
            page.wait_for_function(f"([key, old]) => ({CHART_DATA})(key) !== old", arg=[chart, before],
                                   timeout=30_000)
            page.wait_for_selector(IDLE)
            enter, idle = page.evaluate("[window._marks.enter, window._marks.idle.at(-1)]")
            times.append((idle - enter) / 1000)
            page.keyboard.press("Escape")
    return times, first_load


def metric_changes(n_facts: int, changes: int = 8) -> tuple[list[float], float]:
    """Metric changes on /trends with ``n_facts`` synthetic facts held in memory."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.parquet"
        synthetic_facts(n_facts).to_parquet(path)
        picks = [("stMultiSelect", METRICS[m].label_zh) for m in list(METRICS)[1:changes + 1]]
        return rerenders(path, "/trends?region=县00&period=H1&metric=gdp", picks, tmp)


def store_filter_changes(n_facts: int, changes: int = 8) -> tuple[list[float], float, float]:
    """Region changes on /trends over a store of ``n_facts`` synthetic facts; also the fill time."""
    from store_bench import fill

    from indicators.run.store import FactStore

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.duckdb"
        t0 = time.perf_counter()
        with FactStore(path) as store:
            regions = fill(store, n_facts)
            store.compact()
        built = time.perf_counter() - t0
        picks = [("stSelectbox", r) for r in regions[1:changes + 1]]
        times, first = rerenders(path, f"/trends?region={regions[0]}&period=H1&metric=gdp", picks, tmp)
        return times, first, built


def _bench_store(path: Path, n_facts: int) -> tuple[list[str], float]:
    """A store of ``n_facts`` synthetic facts with an ingest report (the documents' hashes)."""
    from store_bench import fill

    from indicators.run.store import FactStore

    t0 = time.perf_counter()
    with FactStore(path) as store:
        regions = fill(store, n_facts)
        store.compact()
        store.con.execute("INSERT INTO report (doc, status, sha256, chars, facts) "
                          "SELECT DISTINCT doc, 'ok', md5(doc), 0, 0 FROM facts")
    return regions, time.perf_counter() - t0


def review_clicks(n_facts: int, clicks: int = 8) -> tuple[list[float], float]:
    """Seconds per review click (mark a charted fact wrong) on /trends over a store of ``n_facts``."""
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.duckdb"
        regions, built = _bench_store(path, n_facts)
        url = f"/trends?region={regions[1]}&period=FY&metric=gdp"
        with served_page(path, url, tmp, height=1400) as (page, _):
            for _ in range(clicks):  # the last printed point, then the one before it (the chart keeps
                # a selection by point index: another index is a new selection)
                point = page.locator(".st-key-level_chart .scatterlayer .trace:first-child .point").last
                box = point.bounding_box()
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                # the drawer's buttons say the click's run has drawn it (a run that quick may end
                # before the page ever shows it running: no end-of-run mark to wait for)
                page.wait_for_selector(".st-key-rv_wrong button", timeout=30_000)
                page.wait_for_selector(IDLE)
                before = page.evaluate(CHART_DATA, "level_chart")
                page.locator(".st-key-rv_wrong button").click()
                page.wait_for_function(f"(old) => ({CHART_DATA})('level_chart') !== old", arg=before,
                                       timeout=30_000)
                page.wait_for_selector(IDLE)
                click, idle = page.evaluate("[window._marks.click, window._marks.idle.at(-1)]")
                if idle is None or idle < click:
                    raise RuntimeError("the run that redrew the chart left no end-of-run mark")
                times.append((idle - click) / 1000)
                page.keyboard.press("Escape")  # the drawer lies over the chart's right end: close it
                page.wait_for_function("() => !document.querySelector('.st-key-source_panel')", timeout=30_000)
                page.wait_for_selector(IDLE)
    return times, built


def region_page_changes(n_facts: int, changes: int = 8) -> tuple[list[float], float]:
    """Metric changes on the regions page with ``n_facts`` synthetic facts of 20 real counties in memory."""
    counties = real_counties()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.parquet"
        synthetic_facts(n_facts, regions=counties).to_parquet(path)
        picks = [(".st-key-r_metric", METRICS[m].label_zh) for m in list(METRICS)[1:changes + 1]]
        return rerenders(path, f"/regions?region={counties[0]}&rmetric=gdp", picks, tmp, chart="regions_chart")



def _timings(what: str, seconds: list[float], target_ms: int) -> str:
    """One line of timings: median and worst in ms, how many, the target and the load."""
    return (f"{what}: median {statistics.median(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms "
            f"over {len(seconds)} (target < {target_ms} ms)  [{_load()}]")


def _load() -> str:
    return "load average %.2f, %.2f, %.2f" % os.getloadavg()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--store-facts", type=int, default=1_000_000)
    ap.add_argument("--only", choices=("cold", "metric", "regions", "store", "review"))
    args = ap.parse_args(argv)
    print(_load())
    if args.only in (None, "cold"):
        for fresh, what in ((False, "restart, disk cache warm"), (True, "first launch, empty cache")):
            runs = cold_start(args.runs, fresh)
            cold = [r["chart"] for r in runs]
            print(f"cold start, launch -> first chart (seeds; {what}): median {statistics.median(cold):.2f} s, "
                  f"runs {', '.join(f'{t:.2f}' for t in cold)} (target < 3 s)  [{_load()}]")
            print("    medians, s after launch: " + ", ".join(
                f"{step} {statistics.median(r[step] for r in runs):.2f}" for step in COLD_STEPS))
    if args.only in (None, "metric"):
        changes, first = metric_changes(args.facts)
        print(f"first load with {args.facts:,} synthetic facts: {first:.2f} s")
        print(_timings(f"metric change re-render ({args.facts:,} facts in memory)", changes, 300))
    if args.only in (None, "regions"):
        changes, first = region_page_changes(args.facts)
        print(f"first load of the regions page with {args.facts:,} synthetic facts: {first:.2f} s")
        print(_timings(f"regions page metric change re-render ({args.facts:,} facts in memory)", changes, 300))
    if args.only in (None, "store"):
        changes, first, built = store_filter_changes(args.store_facts)
        print(f"store of {args.store_facts:,} facts built in {built:.0f} s; first load {first:.2f} s")
        print(_timings(f"filter (region) change re-render ({args.store_facts:,} facts in the store)", changes, 500))
    if args.only in (None, "review"):
        clicks, built = review_clicks(args.store_facts)
        print(f"store of {args.store_facts:,} facts built in {built:.0f} s")
        print(_timings(f"review click (mark a charted fact wrong -> chart redrawn; {args.store_facts:,} facts "
                       "in the store)", clicks, 300))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

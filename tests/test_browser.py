"""The dashboard in a real browser: Streamlit on a free loopback port, Debian's Chromium via Playwright.

Saves a screenshot of each page under tests/artifacts/ (git-ignored): on the seeds, and on a folder of
20 monthly bulletins of several regions that the test writes (tests/test_views.py). On those bulletins,
issue 12's acceptance: a fact marked wrong in the source drawer leaves the chart and stays wrong after
a restart of the app and a re-run of the CLI (``review_*.png``).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_streamlit(port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Launch ``streamlit run dashboard_app.py`` (the README's command) on 127.0.0.1:port."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard_app.py"),
           "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Poll /_stcore/health until the server answers ok."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # a HOME of its own: Streamlit's disk cache starts empty, so the seeds are really extracted
    yield from _serve({"HOME": str(tmp_path_factory.mktemp("home"))})


@pytest.fixture(scope="module")
def monthly_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from test_views import write_monthly

    folder = tmp_path_factory.mktemp("monthly")
    write_monthly(folder)
    yield from _serve({"HOME": str(tmp_path_factory.mktemp("home")), "INDICATORS_SOURCE": str(folder)})


def _serve(env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    proc = start_streamlit(port, env=env)
    try:
        wait_healthy(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def settle(page) -> None:  # noqa: ANN001
    page.wait_for_selector(IDLE, timeout=30_000)


def test_dashboard_in_chromium(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright
    from plotly.offline import get_plotlyjs_version

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            scripts: list[str] = []
            page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
            page.goto(server + "/", wait_until="domcontentloaded")
            settle(page)

            # Overview: a headline card opens its source with the number highlighted
            expect(page.get_by_text("385.12 亿元").first).to_be_visible(timeout=30_000)
            settle(page)
            card = page.locator("[data-testid='stVerticalBlock']").filter(has_text="385.12 亿元").last
            card.get_by_role("button", name="查看来源").click()  # the GDP card's own button
            mark = page.locator("mark#hit").first
            expect(mark).to_be_visible(timeout=15_000)
            assert "385.12" in mark.inner_text()
            # the source opens in a drawer beside the card, not at the bottom of the page
            expect(page.get_by_test_id("stDialog").locator(".st-key-source_panel")).to_be_visible()
            shot(page, "overview")
            page.get_by_role("button", name="关闭").click()
            settle(page)
            expect(page.locator("mark#hit")).to_have_count(0)

            # Trends: choose a second metric, see both in the chart (derived points labelled)
            page.get_by_role("link", name="趋势").click()
            settle(page)
            chart = page.locator(".st-key-level_chart")
            expect(chart).to_be_visible(timeout=30_000)
            page.get_by_test_id("stMultiSelect").first.locator("input").click()
            page.keyboard.type("第二产业")
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
            settle(page)
            expect(chart.locator(".legendtext", has_text="第二产业增加值").first).to_be_attached(timeout=15_000)
            expect(chart.locator(".xtick", has_text="2024 上半年").first).to_be_attached()
            expect(chart.locator("text", has_text="推算").first).to_be_attached()
            assert "metric=gdp%2Cgdp_secondary" in page.url or "metric=gdp,gdp_secondary" in page.url
            shot(page, "trends")
            # both charts drawn by plotly.js's basic bundle, loaded once (dashboard_chart.py), and
            # never Streamlit's own plotly chart with its full plotly.js
            expect(page.locator(".st-key-yoy_chart .main-svg").first).to_be_attached()
            assert [u.rsplit("/", 1)[1] for u in scripts if "plotly" in u.lower()] == ["plotly-basic.min.js"]
            assert page.evaluate("window.Plotly.version") == get_plotlyjs_version()

            # a click on the latest printed GDP point opens its source with the number highlighted
            expect(page.locator("mark#hit")).to_have_count(0)
            point = chart.locator(".scatterlayer .trace").first.locator(".point").last
            point.click(force=True)
            settle(page)
            mark = page.locator(".st-key-source_panel mark#hit").first
            expect(mark).to_be_visible(timeout=15_000)
            assert "385.12" in mark.inner_text()
            shot(page, "trends_source")
            page.keyboard.press("Escape")  # dismissed like any drawer
            settle(page)
            expect(page.locator("mark#hit")).to_have_count(0)

            # Compare half-years
            page.get_by_role("link", name="半年对比").click()
            settle(page)
            expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
            shot(page, "compare")

            # Facts: download the current table as CSV
            page.get_by_role("link", name="事实表").click()
            settle(page)
            expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
            with page.expect_download(timeout=30_000) as info:
                page.get_by_role("button", name="下载 CSV").click()
            path = tmp_path / "facts.csv"
            info.value.save_as(path)
            data = path.read_bytes()
            assert data.startswith(b"\xef\xbb\xbf") and "385.12".encode() in data
            assert "地区生产总值".encode() in data
            shot(page, "facts")

            for title, name in (("来源文档", "sources"), ("添加文档", "add")):
                page.get_by_role("link", name=title).click()
                settle(page)
                page.wait_for_timeout(300)
                shot(page, name)
        finally:
            browser.close()


def test_charts_follow_a_dark_theme(server: str) -> None:
    """With the system's dark colour scheme Streamlit's theme is dark, and so are the charts: the
    page's background, light text, the theme's chart colours (dashboard_chart.py reads them)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, color_scheme="dark")
            page.goto(server + "/trends?region=平湖&period=H1&metric=gdp", wait_until="domcontentloaded")
            page.wait_for_selector(".st-key-level_chart .main-svg", timeout=30_000)
            settle(page)
            look = page.evaluate("""() => {
              const g = document.querySelector('.st-key-level_chart .js-plotly-plot'), L = g._fullLayout;
              const css = getComputedStyle(g);
              return {paper: L.paper_bgcolor, font: L.font.color, line: g._fullData[0].line.color,
                      page: getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor,
                      bg: css.getPropertyValue('--st-background-color').trim(),
                      first: css.getPropertyValue('--st-chart-categorical-colors').split(',')[0].trim()}; }""")
            shot(page, "trends_dark")
        finally:
            browser.close()

    def rgb(colour: str) -> tuple[int, ...]:
        if colour.startswith("#"):
            return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return tuple(int(float(v)) for v in colour[colour.index("(") + 1:-1].split(",")[:3])

    assert rgb(look["paper"]) == rgb(look["bg"]) == rgb(look["page"]) and sum(rgb(look["page"])) < 3 * 64
    assert sum(rgb(look["font"])) > 3 * 160  # light axis text on the dark page
    assert rgb(look["line"]) == rgb(look["first"])  # the first series in the theme's first chart colour


def test_regions_and_monthly_series_in_chromium(monthly_server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page.goto(monthly_server + "/trends", wait_until="domcontentloaded")  # no other URL state
            settle(page)
            # the first view is the busiest one: 平湖's cumulative months, drawn
            chart = page.locator(".st-key-level_chart")
            expect(chart.locator(".xtick", has_text="2023 1-7月").first).to_be_attached(timeout=30_000)
            assert "period=M1-Mn" in page.url and "region=%E5%B9%B3%E6%B9%96" in page.url
            page.wait_for_timeout(300)
            shot(page, "trends_monthly")

            # regions side by side: 嘉兴's seven counties ranked by level, 平湖 highlighted
            page.get_by_role("link", name="地区对比").click()
            settle(page)
            bars = page.locator(".st-key-regions_chart")
            expect(bars.locator(".xtick").first).to_be_attached(timeout=30_000)
            settle(page)
            ticks = bars.locator(".xtick text").all_text_contents()
            assert ticks == ["海宁", "桐乡", "平湖", "嘉善", "海盐", "秀洲", "南湖"]
            assert "when=2023%3AM1-M7" in page.url or "when=2023:M1-M7" in page.url
            expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
            expect(page.get_by_role("button", name="下载 CSV")).to_be_visible()
            page.wait_for_timeout(500)  # the table's canvas draws after it is attached
            shot(page, "regions")
            with page.expect_download(timeout=30_000) as info:
                page.get_by_role("button", name="下载 CSV").click()
            path = tmp_path / "regions.csv"
            info.value.save_as(path)
            rows = path.read_text(encoding="utf-8-sig").splitlines()
            assert rows[0].startswith("metric,year,period,group,rank,region") and ",1,海宁," in rows[1]

            # single months: July of 平湖 printed, June derived from 1-6月 − 1-5月
            page.goto(monthly_server + "/trends?region=平湖&period=Mn&metric=industrial_value_added",
                      wait_until="domcontentloaded")
            settle(page)
            chart = page.locator(".st-key-level_chart")
            expect(chart.locator(".xtick", has_text="2023 6月").first).to_be_attached(timeout=30_000)
            expect(chart.locator("text", has_text="推算").first).to_be_attached()
            shot(page, "trends_single_months")

            # a choice without data offers nearby ones: one click (from inside the Trends fragment)
            # changes the sidebar's period type and draws the chart
            page.goto(monthly_server + "/trends?region=海盐&period=FY&metric=industrial_value_added",
                      wait_until="domcontentloaded")
            settle(page)
            expect(page.get_by_text("所选指标在此期间类型下没有数据。")).to_be_visible(timeout=30_000)
            shot(page, "trends_nearby")
            page.get_by_role("button", name="1-n月累计 (3)").click()
            settle(page)
            chart = page.locator(".st-key-level_chart")
            expect(chart.locator(".xtick", has_text="2023 1-7月").first).to_be_attached(timeout=30_000)
            expect(page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").nth(1).locator("input")).to_have_value(
                "1-n月累计")
            assert "period=M1-Mn" in page.url

            for title, name in (("半年对比", "compare_monthly"), ("事实表", "facts_monthly")):
                page.get_by_role("link", name=title).click()
                settle(page)
                expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
                shot(page, name)
        finally:
            browser.close()


# ---------------------------------------------------------------- issue 12's acceptance: a review end to end

# The level chart's traces as [name, x labels, y values] (y as plotly drew it: _fullData holds the
# numbers, data may hold them as a base64 typed array).
CHART_POINTS = """() => { const g = document.querySelector('.st-key-level_chart .js-plotly-plot');
  return g && g._fullData ? g._fullData.map(t => [t.name, Array.from(t.x), Array.from(t.y)]) : null; }"""
PINGHU_MONTHS = "/trends?region=平湖&period=M1-Mn&metric=industrial_value_added"


def printed_points(page) -> dict[str, float]:  # noqa: ANN001
    """The level chart's printed (not derived) points, label -> value, once the chart is drawn."""
    page.wait_for_function(f"() => ({CHART_POINTS})() !== null", timeout=30_000)
    return {x: round(y, 4) for name, xs, ys in page.evaluate(CHART_POINTS) if "推算" not in name
            for x, y in zip(xs, ys, strict=True)}


def open_pinghu_months(page, url: str) -> dict[str, float]:  # noqa: ANN001
    page.goto(url + PINGHU_MONTHS, wait_until="domcontentloaded")
    settle(page)
    return printed_points(page)


def test_a_review_in_chromium_survives_a_restart_and_the_cli(tmp_path_factory: pytest.TempPathFactory) -> None:
    """On the 20 bulletins: the default view, the regions ranking, then 平湖's 2023 1-7月 figure marked
    wrong in the source drawer: gone from the chart at once, after a restart of the app and after a
    re-run of the CLI extraction, and marked in the CLI's table and the downloaded CSV."""
    from contextlib import contextmanager

    import pandas as pd
    from playwright.sync_api import expect, sync_playwright

    from test_views import write_monthly

    folder, tmp = tmp_path_factory.mktemp("bulletins"), tmp_path_factory.mktemp("review")
    write_monthly(folder)
    env = {"HOME": str(tmp_path_factory.mktemp("home")), "INDICATORS_SOURCE": str(folder)}
    served = contextmanager(_serve)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            with served(env) as url:
                page.goto(url + "/trends", wait_until="domcontentloaded")  # no URL state: the busiest view
                settle(page)
                expect(page.locator(".st-key-level_chart .xtick").first).to_be_attached(timeout=30_000)
                assert printed_points(page)["2023 1-7月"] == 305.6

                page.get_by_role("link", name="地区对比").click()
                settle(page)
                bars = page.locator(".st-key-regions_chart")
                expect(bars.locator(".xtick").first).to_be_attached(timeout=30_000)
                settle(page)
                assert bars.locator(".xtick text").all_text_contents() == [
                    "海宁", "桐乡", "平湖", "嘉善", "海盐", "秀洲", "南湖"]

                # mark 平湖's 2023 1-7月 wrong from its point on the chart, in the source drawer
                assert open_pinghu_months(page, url) == {
                    "2022 1-7月": 287.9, "2023 1-5月": 210.2, "2023 1-6月": 258.4, "2023 1-7月": 305.6}
                page.locator(".st-key-reviewer input").fill("测试员")  # the sidebar's reviewer name
                page.keyboard.press("Enter")
                page.wait_for_timeout(300)  # the run the name starts, then nothing left stale
                settle(page)
                page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=30_000)
                assert printed_points(page)["2023 1-7月"] == 305.6  # drawn again after the name was typed
                box = page.locator(".st-key-level_chart .scatterlayer .trace").first.locator(".point").last.bounding_box()
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                settle(page)
                drawer = page.get_by_test_id("stDialog")
                expect(drawer.locator(".st-key-source_panel mark#hit").first).to_have_text("305.6亿元", timeout=15_000)
                expect(drawer.get_by_text("审核：未审核")).to_be_visible()
                drawer.get_by_role("button", name="✗ 错误").click()
                settle(page)
                expect(drawer.get_by_text("审核：错误")).to_be_visible(timeout=15_000)
                page.wait_for_function(f"() => !JSON.stringify(({CHART_POINTS})()).includes('305.6')",
                                       timeout=15_000)  # the chart under the drawer, redrawn at once
                assert "2023 1-7月" not in printed_points(page)
                shot(page, "review_marked_wrong")
                page.keyboard.press("Escape")
                settle(page)

            with served(env) as url:  # a restart: the review is read back from the folder's store
                assert open_pinghu_months(page, url) == {"2022 1-7月": 287.9, "2023 1-5月": 210.2,
                                                         "2023 1-6月": 258.4}

            out = tmp / "out.csv"
            run = subprocess.run([sys.executable, "-m", "indicators", "extract", str(folder), "-o", str(out)],
                                 cwd=ROOT, capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, run.stderr
            facts = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
            reviewed = facts[facts["review"] != ""]
            assert reviewed[["doc", "period", "value", "review", "reviewer"]].values.tolist() == [
                ["pinghu_2023_07.txt", "M1-M7", 305.6, "wrong", "测试员"]]

            with served(env) as url:  # and after the CLI re-ran the extraction into that store
                assert "2023 1-7月" not in open_pinghu_months(page, url)
                shot(page, "review_trends")
                for title, name in (("概览", "overview"), ("地区对比", "regions"), ("半年对比", "compare"),
                                    ("事实表", "facts"), ("来源文档", "sources"), ("添加文档", "add")):
                    page.get_by_role("link", name=title).click()
                    settle(page)
                    if name in ("regions", "compare", "facts", "sources"):
                        expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
                    page.wait_for_timeout(500)  # a table's canvas draws after it is attached
                    shot(page, f"review_{name}")
                    if name == "facts":
                        with page.expect_download(timeout=30_000) as info:
                            page.get_by_role("button", name="下载 CSV").click()
                        path = tmp / "facts.csv"
                        info.value.save_as(path)
            download = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
            marked = download[download["review"] != ""]
            assert marked[["doc", "period", "value", "review"]].values.tolist() == [
                ["pinghu_2023_07.txt", "M1-M7", 305.6, "wrong"]]
            assert len(download) > 20 and set(download["review"]) == {"", "wrong"}
        finally:
            browser.close()

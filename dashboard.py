"""Streamlit dashboard: compare half-years, follow growth, download tables, trace every number.

Run with ``streamlit run dashboard_app.py`` (which serves this script, see there).  All data shaping lives in
``indicators.app.views``, ``indicators.app.dataview`` and ``indicators.app.exports``; this script
loads, filters and renders.  Set ``INDICATORS_SOURCE`` to a folder of articles, a saved
fact table (.parquet/.csv) or a fact store (.duckdb) to open something other than ``seeds/``.
A store with more than ``dataview.LARGE_STORE_FACTS`` facts is queried in place.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

import dashboard_chart

st.set_page_config(page_title="indicators", layout="wide")
# Fetch and run plotly.js (the chart element's 1.2 MB bundle) while the data loads: an element with
# nothing to draw on a session's first run, removed once the data is ready.
_PREFETCH = st.empty() if "_plotly_ready" not in st.session_state else None
if _PREFETCH is not None:
    with _PREFETCH:
        dashboard_chart.prefetch("plotly_prefetch")

import pandas as pd  # noqa: E402  (after the prefetch)

from indicators import RULES_VERSION  # noqa: E402
from indicators.app import dataview, exports, reviewing, views  # noqa: E402
from indicators.facts import reviews  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCE = os.environ.get("INDICATORS_SOURCE", str(HERE / "seeds"))
EAGER_ROWS = 5000  # above this, downloads are built only when clicked
PAGES = ("overview", "trends", "regions", "compare", "facts", "sources", "add")
TITLES = {
    "overview": ("概览", "Overview"), "trends": ("趋势", "Trends"),
    "regions": ("地区对比", "Regions side by side"), "compare": ("半年对比", "Compare half-years"), "facts": ("事实表", "Facts"),
    "sources": ("来源文档", "Sources"), "add": ("添加文档", "Add documents"),
}
DERIVED_COLOR, PRINTED_SYMBOL, DERIVED_SYMBOL = "#888888", "circle", "diamond-open"
HOME_COLOR = "#d62728"
PLACEHOLDER = "—"  # what an empty table cell shows, in either language
# Fixed margins: plotly's automatic ones lay a chart out twice, and a chart is drawn again
# whenever its data changes (a quarter less browser time per re-render without them).
CHART_MARGIN = {"t": 60, "b": 90, "l": 70, "r": 20}


@st.cache_data(show_spinner="正在提取 / extracting…", max_entries=4, persist="disk")
def load(source: str, rules_version: str, fingerprint: str) -> views.Corpus:
    """Extract the corpus at ``source``, kept on disk between launches.

    A new rules version, or a ``fingerprint`` that changed with the files or the code, is a new entry.
    """
    del rules_version, fingerprint  # the cache key only
    return views.load_corpus(source)


@st.cache_resource(show_spinner="正在打开数据库 / opening the store…", max_entries=2)
def open_store(path: str, rules_version: str) -> dataview.StoreView:
    """A large fact store, opened once and shared by every session (reviews are written to it)."""
    del rules_version
    return reviewing.ReviewedStoreView.open(path)


def t(zh: str, en: str) -> str:
    """UI text in the chosen language."""
    return en if LANG == "en" else zh


# ---------------------------------------------------------------- session data and URL

state = st.session_state
state.pop("_rerun_app", None)  # set by a click that changes the sidebar from inside a fragment
if state.get("_rules") != (SOURCE, RULES_VERSION):
    STORE = views.store_path(SOURCE)
    if STORE is not None and dataview.store_size(STORE) > dataview.LARGE_STORE_FACTS:
        state.view = open_store(str(STORE), RULES_VERSION)
        state.pop("corpus", None)
    else:
        state.corpus = load(SOURCE, RULES_VERSION, dataview.source_fingerprint(SOURCE))
    state._rules = (SOURCE, RULES_VERSION)
if "corpus" in state and getattr(state.get("view"), "source", None) is not state.corpus:
    state.view = reviewing.ReviewedFrameView(state.corpus, reviewing.review_store_path(SOURCE))
VIEW: dataview.FactView = state.view


def sidebar_choices() -> tuple[list, list, list]:
    """The regions, periods and metrics the sidebar and the pages offer (a review may change them)."""
    return (VIEW.options("region", region_level=True) or VIEW.options("region"), VIEW.options("period"),
            VIEW.options("metric", region_level=True))


REGIONS, PERIODS, METRICS = sidebar_choices()
PERIOD_TYPES = views.period_types(PERIODS)
if _PREFETCH is not None:
    _PREFETCH.empty()
    state._plotly_ready = True

REGION_PARAMS = ("rmetric", "when", "measure", "group")
ALL_GROUPS = "all"  # the regions page's group in a link when every group is shown


def busiest(region: str | None, ptype: str | None = None) -> tuple[str | None, list[str]]:
    """The period type (unless given) and metrics the region has most figures for (a first visit's view)."""
    return views.busiest_view(VIEW.region_slice(region), ptype) if region else (None, [])


if "_url_read" not in state:
    state._url_read = True
    params = st.query_params.to_dict()
    if "period" in params:  # a link to one month range (period=M1-M5) opens its period type
        params["period"] = views.period_type(params["period"])
    wanted, rejected = views.clean_params(params, {
        "page": PAGES, "region": REGIONS, "period": PERIOD_TYPES, "metric": METRICS, "lang": views.LANGS,
        "rmetric": METRICS})
    state._rejected = rejected
    state._entry = wanted.get("page", "overview")
    if "region" in wanted:
        state.region = wanted["region"]
    if "period" in wanted:
        state.period = wanted["period"]
    if "metric" in wanted:
        state._metrics = wanted["metric"].split(",")
    if "rmetric" in wanted:
        state.r_metric = wanted["rmetric"]
    for name in REGION_PARAMS[1:]:  # checked on the regions page, against the chosen metric's choices
        if name in params:
            state[f"_url_{name}"] = "" if (name, params[name]) == ("group", ALL_GROUPS) else params[name]
    state.en = wanted.get("lang") == "en"

with st.sidebar:
    st.toggle("English", key="en", help="指标与期间名称用英文 / English metric and period names")
    LANG = "en" if state.en else "zh"
    if REGIONS:
        if state.get("region") not in REGIONS:
            state.region = VIEW.default_region() or REGIONS[0]
        st.selectbox(t("地区", "Region"), REGIONS, key="region")
    if PERIOD_TYPES:
        if state.get("period") not in PERIOD_TYPES:
            state.period = busiest(state.get("region"))[0] or PERIOD_TYPES[0]
        st.selectbox(t("期间类型", "Period type"), PERIOD_TYPES, key="period",
                     format_func=lambda c: views.period_name(c, LANG))
    st.text_input(t("审核人（可选）", "Reviewer (optional)"), key="reviewer",
                  help=t("记入你保存的审核", "kept with the reviews you save"))
    if state.get("_rejected"):
        st.caption(t("已忽略链接中无效的参数：", "Ignored invalid link parameters: ")
                   + ", ".join(state._rejected))
    st.caption(f"rules {RULES_VERSION}")

REGION: str | None = state.get("region")
PERIOD: str | None = state.get("period")
if "_metrics" not in state or not set(state._metrics) <= set(METRICS):
    state._metrics = [m for m in busiest(REGION, PERIOD)[1] if m in METRICS] or METRICS[:1]


# ---------------------------------------------------------------- shared pieces

def open_fact(fid: int) -> None:
    """Remember which fact's source to show."""
    state.open_fact = int(fid)


def show_source(host: str | None = None) -> None:
    """The chosen fact's source in a drawer on the right, over the page where the user clicked
    (``host``: the key of the fragment it is drawn in, which a review in it reruns)."""
    state._drawer_host = host
    if state.get("open_fact") is not None:
        st.dialog(t("来源", "Source"), width=640, position="right",
                  on_dismiss=lambda: state.pop("open_fact", None))(source_panel)()


def source_panel() -> None:
    """The chosen fact's source document with its number highlighted at the exact span."""
    fid = state.get("open_fact")
    row = None if fid is None else VIEW.fact(fid)
    if row is None:
        return
    with st.container(border=True, key="source_panel"):
        label = views.metric_label(row["metric"], LANG, row["metric_zh"])
        period = views.period_label(row["year"], row["period"], LANG)
        st.markdown(f"**{t('来源', 'Source')}：{row['doc']}** · {label} · {period} · "
                    f"{views.fmt_value(row['value'], row['unit'])} {views.fmt_yoy(row['yoy_pct'])}")
        if row["kind"] == "derived":
            st.info(f"{views.text('derived', LANG)}：{row['derivation_' + LANG]}")
        else:
            review_panel(int(fid), row)
        original = VIEW.text(str(row["doc"]))
        if original is None:
            st.caption(t("原文不可用，仅有证据句：", "Original text not available; evidence only:"))
            st.write(row["evidence"])
            return
        start, end = int(row["start"]), int(row["end"])
        on_page = views.page_number(row.get("page"))
        st.caption(t(f"高亮位置：{f'第 {on_page} 页，' if on_page else ''}原文第 {start}–{end} 字符",
                     f"Highlighted: {f'page {on_page}, ' if on_page else ''}characters {start}–{end} of the text"))
        lo, hi = max(0, start - 160), min(len(original), end + 160)
        st.html(f'<div class="excerpt" style="white-space:pre-wrap;line-height:1.7">'
                f'{"…" if lo else ""}{views.highlight_html(original[lo:hi], start - lo, end - lo)}'
                f'{"…" if hi < len(original) else ""}</div>')
        with st.expander(t("全文", "Full document")):
            st.html(f'<div style="white-space:pre-wrap;line-height:1.7">'
                    f"{views.highlight_html(original, start, end)}</div>")
        if st.button(t("关闭", "Close"), key="close_source"):
            state.pop("open_fact", None)
            st.rerun()  # a full run, which no longer opens the drawer


def _review(fid: int, status: str) -> None:
    """Save a review of fact ``fid`` (a button's callback); a correction reads the form's fields."""
    corrections = {}
    if status == "corrected":
        corrections = {field: state.get(f"rv_{field}_{fid}") for field in reviews.CORRECTABLE}
        corrections = {k: (v.strip() if isinstance(v, str) else v) for k, v in corrections.items() if v not in (None, "")}
    try:
        VIEW.review(fid, status, note=state.get(f"rv_note_{fid}") or "", reviewer=state.get("reviewer") or "",
                    **corrections)
        state.pop("_review_error", None)
    except (ValueError, OSError) as e:
        state._review_error = str(e)
        return
    _redraw_reviewed()


def _unreview(fid: int) -> None:
    try:
        VIEW.unreview(fid)
        state.pop("_review_error", None)
    except (ValueError, OSError) as e:
        state._review_error = str(e)
        return
    _redraw_reviewed()


def _redraw_reviewed() -> None:
    """After a review (a button's callback), run what shows it: the fragment that draws both the
    drawer and the charts under it (Trends, Regions), else the whole page (the drawer is a fragment
    of its own: a verdict clicked there would otherwise redraw only the drawer).  The whole page
    also when the review changed the sidebar's choices (a correction to a new region …)."""
    host = state.get("_drawer_host")
    if host and state.get("open_fact") is not None and sidebar_choices() == (REGIONS, PERIODS, METRICS):
        st.rerun(host)
    st.rerun()


def review_buttons(fid: int, where: str) -> None:
    """Mark a fact correct or wrong, or forget its review, in one click."""
    c1, c2, c3 = st.columns(3)
    c1.button(t("✓ 正确", "✓ Correct"), key=f"{where}_correct", on_click=_review, args=(fid, "correct"))
    c2.button(t("✗ 错误", "✗ Wrong"), key=f"{where}_wrong", on_click=_review, args=(fid, "wrong"))
    c3.button(t("撤销审核", "Clear review"), key=f"{where}_clear", on_click=_unreview, args=(fid,))


def review_panel(fid: int, row) -> None:  # noqa: ANN001  (a fact row)
    """The open fact's review: its status, one-click verdicts, and a correction of its value,
    growth, year, period, region or metric with a note (kept in the store, see indicators.app.reviewing)."""
    with st.container(border=True, key="review_panel"):
        status = row.get("review") or ""
        was = reviews.original_text(row, LANG)
        by = " · ".join(str(x) for x in (row.get("reviewer"), row.get("reviewed_at")) if isinstance(x, str) and x)
        st.markdown(f"**{t('审核：', 'Review: ')}{reviews.status_name(status, LANG)}**"
                    + (f" · {t('原提取', 'extracted as')} {was}" if was else "") + (f" · {by}" if by else "")
                    + (f" · {row['review_note']}" if row.get("review_note") else ""))
        problem = getattr(VIEW, "review_problem", "")
        if problem:
            st.caption(t("无法审核：", "Cannot review: ") + problem)
            return
        st.text_input(t("备注（可选）", "Note (optional)"), key=f"rv_note_{fid}")
        review_buttons(fid, "rv")
        with st.expander(t("更正数值、期间、地区或指标", "Correct the value, period, region or metric")):
            c1, c2, c3 = st.columns(3)
            c1.number_input(t("数值", "Value"), value=_number(row["value"]), key=f"rv_value_{fid}", format="%g")
            c2.number_input(t("同比%", "YoY %"), value=_number(row["yoy_pct"]), key=f"rv_yoy_pct_{fid}", format="%g")
            c3.number_input(t("年份", "Year"), value=None if pd.isna(row["year"]) else int(row["year"]),
                            min_value=1900, max_value=2100, step=1, key=f"rv_year_{fid}")
            periods = sorted({*views.PERIOD_NAMES_ZH, *PERIODS, str(row["period"])}, key=views.period_sort_key)
            c1.selectbox(t("期间", "Period"), periods, index=periods.index(str(row["period"])),
                         key=f"rv_period_{fid}", format_func=lambda c: views.period_name(c, LANG))
            c2.text_input(t("地区", "Region"), value=str(row["region"]), key=f"rv_region_{fid}")
            metrics = list(dict.fromkeys([*views.METRICS, str(row["metric"])]))
            c3.selectbox(t("指标", "Metric"), metrics, index=metrics.index(str(row["metric"])),
                         key=f"rv_metric_{fid}", format_func=lambda m: views.metric_label(m, LANG))
            st.button(t("保存更正", "Save correction"), key="rv_save", on_click=_review, args=(fid, "corrected"))
        if state.get("_review_error"):
            st.error(state._review_error)


def _number(value: object) -> float | None:
    return None if pd.isna(value) else float(value)  # type: ignore[arg-type]


def downloads(name: str, table_csv, table_xlsx, rows: int, key: str, made_from: object, *,
              lazy: bool = False) -> None:
    """CSV and XLSX download buttons (no rerun); large tables (and all with ``lazy``, for a page
    whose choices change often) are built on click, the others once for what they are made from
    (``made_from``, with the view), not again on every rerun."""
    if lazy or rows > EAGER_ROWS:
        csv_data, xlsx_data = table_csv, table_xlsx
    else:
        made_from = (made_from, getattr(VIEW, "reviews_version", 0))  # a review changes every table
        memo = state.get(f"_{key}_files")
        if memo is None or memo[0] is not VIEW or memo[1] != made_from:
            memo = state[f"_{key}_files"] = (VIEW, made_from, table_csv(), table_xlsx())
        csv_data, xlsx_data = memo[2], memo[3]
    c1, c2 = st.columns(2)
    c1.download_button(t("下载 CSV", "Download CSV"), csv_data, file_name=f"{name}.csv",
                       mime="text/csv", on_click="ignore", key=f"{key}_csv")
    c2.download_button(t("下载 XLSX", "Download XLSX"), xlsx_data, file_name=f"{name}.xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       on_click="ignore", key=f"{key}_xlsx")


# ---------------------------------------------------------------- pages

def page_overview() -> None:
    """Headline cards: each metric's latest figure for the region, labelled with its period."""
    cards = views.headline(VIEW.region_slice(REGION), REGION)
    if cards.empty:
        st.info(t("没有可显示的地区指标。", "No region-level figures to show."))
        return
    st.subheader(f"{REGION} · {t('各指标最新数据', 'latest figure of each metric')}")
    columns = st.columns(4)
    for i, (_, row) in enumerate(cards.iterrows()):
        with columns[i % 4].container(border=True):
            st.metric(views.metric_label(row["metric"], LANG, row["metric_zh"]),
                      views.fmt_value(row["value"], row["unit"]),
                      delta=(t("同比 ", "YoY ") + views.fmt_yoy(row["yoy_pct"])) if views.fmt_yoy(row["yoy_pct"]) else None,
                      delta_color="normal")
            st.caption(f"{views.period_label(row['year'], row['period'], LANG)} · {row['doc']}")
            st.button(t("查看来源", "Open source"), key=f"card_{int(row['fid'])}",
                      on_click=open_fact, args=(int(row["fid"]),))
    show_source()


def _figure(traces: list, height: int, y_title: str, categories: list | None = None, **layout: object) -> go.Figure:
    """A chart of ``traces`` over a category axis (in the order of ``categories`` when given), with
    the fixed margins and the legend above.  The layout is given whole to the constructor: plotly's
    ``update_*`` calls parse and check every key path again (a third of a page's rerun)."""
    xaxis = {"type": "category", "automargin": False}
    if categories is not None:
        xaxis.update(categoryorder="array", categoryarray=categories)
    return go.Figure(traces, layout={"height": height, "margin": CHART_MARGIN, "xaxis": xaxis,
                                     "yaxis": {"automargin": False, "title": {"text": y_title}},
                                     "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02}, **layout})


def _level_figure(points, unit_text: str) -> go.Figure:
    traces = []
    for series, group in points.groupby("series", sort=False):
        printed, derived = group[~group["derived"]], group[group["derived"]]
        if len(printed):
            traces.append(go.Scatter(
                x=printed["label"], y=printed["value"], mode="lines+markers", name=series,
                customdata=printed[["fid", "hover", "unit"]].to_numpy(),
                marker={"symbol": [("x" if c else PRINTED_SYMBOL) for c in printed["conflict"]], "size": 10},
                hovertemplate="%{x}: %{y} %{customdata[2]}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
        if len(derived):
            traces.append(go.Scatter(
                x=derived["label"], y=derived["value"], mode="markers+text",
                name=f"{series} ({views.text('derived', LANG)})",
                text=[views.text("derived", LANG)] * len(derived), textposition="top center",
                customdata=derived[["fid", "hover", "unit"]].to_numpy(),
                marker={"symbol": DERIVED_SYMBOL, "size": 12, "color": DERIVED_COLOR},
                hovertemplate="%{x}: %{y} %{customdata[2]}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
    order = list(dict.fromkeys(points["label"]))  # trend_frame sorts by year, then month
    return _figure(traces, 400, unit_text, order, clickmode="event+select")


def _yoy_figure(points) -> go.Figure:
    traces = [go.Bar(x=group["label"], y=group["yoy_pct"], name=series,
                     customdata=group[["fid", "hover"]].to_numpy(),
                     text=[views.fmt_yoy(v) for v in group["yoy_pct"]],
                     hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra>%{fullData.name}</extra>")
              for series, group in points.groupby("series", sort=False)]
    order = list(dict.fromkeys(points["label"]))  # trend_frame sorts by year, then month
    return _figure(traces, 320, t("同比增长 %", "YoY growth %"), order, barmode="group")


def _chart_pick(event, key: str) -> None:
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    picked = points[0].get("customdata", [None])[0] if points else None
    if picked is not None and state.get(f"_{key}_seen") != picked:
        state[f"_{key}_seen"] = picked
        open_fact(int(picked))


def page_trends() -> None:
    """Level over years and published YoY growth for the chosen metrics and period type."""
    if "metrics" not in state:
        state.metrics = [m for m in state._metrics if m in METRICS]
    _trends()


@st.fragment(key="trends")
def _trends() -> None:
    """The metric choice and both charts: a new metric or a click on a point reruns only this part."""
    if state.pop("_rerun_app", False):  # a nearby choice changed the sidebar: run the whole page
        st.rerun()
    chosen = st.multiselect(t("指标", "Metrics"), METRICS, key="metrics", placeholder=t("请选择", "Choose options"),
                            format_func=lambda m: views.metric_label(m, LANG))
    if chosen != state._metrics:  # a fragment rerun skips the URL update at the end of the script
        state._metrics = chosen
        st.query_params["metric"] = ",".join(chosen)
    st.caption(t("期间类型：", "Period type: ") + views.period_name(PERIOD or "", LANG)
               + t("（在侧栏更改）", " (change it in the sidebar)"))
    points = views.trend_frame(VIEW.region_slice(REGION), REGION, chosen, PERIOD or "", LANG)
    if points.empty:
        st.info(t("所选指标在此期间类型下没有数据。", "No figures for these metrics and this period type."))
        offer_nearby(chosen)
        show_source("trends")
        return
    units = " / ".join(dict.fromkeys(points["unit"]))
    st.markdown(f"#### {t('水平', 'Level')}")
    event = dashboard_chart.plotly_chart(_level_figure(points, units), key="level_chart")
    _chart_pick(event, "level_chart")
    st.caption(t("◇ 空心菱形为推算值（未见报），悬停查看推算方法；× 为冲突值。点击数据点查看来源。",
                 "◇ open diamonds are derived values (not printed); hover for how. × marks a conflict. "
                 "Click a point to open its source."))
    growth = points[points["yoy_pct"].notna() & ~points["derived"]]
    st.markdown(f"#### {t('同比增长（见报）', 'Published YoY growth')}")
    if growth.empty:
        st.caption(t("没有见报的同比增速。", "No published growth rates."))
    else:
        event = dashboard_chart.plotly_chart(_yoy_figure(growth), key="yoy_chart")
        _chart_pick(event, "yoy_chart")
    show_source("trends")


def _choose(key: str, value: str) -> None:
    """A one-click choice for the sidebar (from a fragment, the whole page must run again)."""
    state[key] = value
    state._rerun_app = True


def offer_nearby(metrics: list[str]) -> None:
    """Which other period types (for this region) and regions (for this period type) have figures
    for ``metrics`` (every metric when empty), each one click away."""
    types = [(p, n) for p, n in views.figure_counts(VIEW.region_slice(REGION), "period", metrics)
             if p != PERIOD and p in PERIOD_TYPES][:8]
    places = [(r, n) for r, n in VIEW.region_counts(metrics or METRICS, PERIOD or "")
              if r != REGION and r in REGIONS][:8]
    if not types and not places:
        st.caption(t("这些指标在任何期间类型和地区都没有数据，请换一个指标。",
                     "These metrics have no figures for any period type or region: choose another metric."))
        return
    for key, label, choices, name in (
            ("period", t("有数据的其他期间类型（本地区）：", "Other period types with figures (this region):"),
             types, lambda p: views.period_name(p, LANG)),
            ("region", t("有数据的其他地区（此期间类型）：", "Other regions with figures (this period type):"),
             places, str)):
        if not choices:
            continue
        st.caption(label)
        for col, (value, n) in zip(st.columns(len(choices)), choices, strict=True):
            col.button(f"{name(value)} ({n})", key=f"near_{key}_{value}", on_click=_choose, args=(key, value),
                       help=t(f"{n} 个数据", f"{n} figures"))


def page_regions() -> None:
    """One metric, one year and period, every region that has it: ranked within its gazetteer group."""
    if not METRICS:
        st.info(t("没有可显示的地区指标。", "No region-level figures to show."))
        return
    _regions()


def regions_params() -> dict[str, str]:
    """The regions page's choices, as URL parameters."""
    group = state.get("r_group")
    return {"rmetric": state.get("r_metric"), "when": state.get("r_when"), "measure": state.get("r_measure"),
            "group": ALL_GROUPS if group == "" else group}


def _pick_default(key: str, options: list, default: Callable[[], object]) -> None:
    """Keep a valid choice; else take the one in the link, else ``default()``."""
    if state.get(key) not in options:
        linked = state.pop(f"_url_{key[2:]}", None)
        state[key] = linked if linked in options else default()


@st.fragment(key="regions")
def _regions() -> None:
    """The regions page's choices, chart, table and downloads: a change reruns only this part."""
    _pick_default("r_metric", METRICS, lambda: next((m for m in state._metrics if m in METRICS), METRICS[0]))
    c1, c2, c3, c4 = st.columns([3, 3, 2, 2])
    metric = c1.selectbox(t("指标", "Metric"), METRICS, key="r_metric",
                          format_func=lambda m: views.metric_label(m, LANG))
    rows = VIEW.metric_slice(metric)
    whens = {f"{y}:{p}": (y, p, n) for y, p, n in views.region_periods(rows)}
    if not whens:
        st.info(t("此指标没有地区数据。", "No regional figures for this metric."))
        return
    _pick_default("r_when", list(whens), lambda: ":".join(map(str, views.busiest_period(rows, REGION) or ())))
    when = c2.selectbox(t("年份与期间", "Year and period"), list(whens), key="r_when",
                        format_func=lambda w: f"{views.period_label(whens[w][0], whens[w][1], LANG)} · "
                                              f"{whens[w][2]} {t('个地区', 'regions')}")
    _pick_default("r_measure", list(views.MEASURES), lambda: "value")
    measure = c3.radio(t("比较", "Compare"), views.MEASURES, key="r_measure", horizontal=True,
                       format_func=lambda m: t("水平", "Level") if m == "value" else t("同比增速", "YoY growth"))
    year, period = whens[when][0], whens[when][1]
    table = views.side_by_side(rows, year, period, REGION, measure, LANG)
    groups = list(dict.fromkeys(table["group"]))
    home = table.loc[table["home"], "group"]
    _pick_default("r_group", ["", *groups], lambda: home.iloc[0] if len(home) else "")
    group = c4.selectbox(t("分组", "Group"), ["", *groups], key="r_group",
                         format_func=lambda g: views.group_label(g, LANG) if g else t("全部分组", "All groups"))
    st.query_params.update({k: v for k, v in regions_params().items() if v})  # a fragment run skips the end
    shown = table[table["group"] == group] if group else table
    label = views.metric_label(metric, LANG)
    unit = str(table["level_unit"].iloc[0]) if len(table) else ""
    st.markdown(f"#### {label} · {views.period_label(year, period, LANG)}")
    if shown["level" if measure == "value" else "yoy_pct"].isna().all():
        st.info(t("这些地区没有见报此项数据，请换一个比较方式。",
                  "None of these regions has this figure: compare the other one."))
    else:
        event = dashboard_chart.plotly_chart(_regions_figure(shown, measure, unit), key="regions_chart")
        _chart_pick(event, "regions_chart")
    by_zh = "水平" if measure == "value" else "同比增速"
    st.caption(t(f"★ {REGION or ''} 为侧栏所选地区（红色）；排名在各分组内按{by_zh}从高到低；斜线柱为推算值。"
                 "点击柱子查看来源。",
                 f"★ {REGION or ''} is the region chosen in the sidebar (red); ranks are within each group, by "
                 f"{'level' if measure == 'value' else 'YoY growth'}, highest first; hatched bars are derived. "
                 "Click a bar to open its source."))
    display = views.side_by_side_display(shown, LANG)  # ★ marks the home region
    st.dataframe(display, key="regions_table", hide_index=True, width="stretch", placeholder=PLACEHOLDER,
                 # as printed (350.8), not as the float's shortest repr of "plain" (350.79999999999995)
                 column_config={t("数值", "value"): st.column_config.NumberColumn(format="%.10g"),
                                t("同比%", "YoY %"): st.column_config.NumberColumn(format="%.10g")})
    downloads(f"regions_{metric}_{year}_{period}",
              lambda: exports.csv_bytes(exports.regions_export(shown, metric, year, period)),
              lambda: exports.regions_xlsx(shown, metric, year, period, VIEW.report), len(shown), "dl_regions",
              made_from=None, lazy=True)
    show_source("regions")


def _regions_figure(table, measure: str, unit: str) -> go.Figure:  # noqa: ANN001
    """Bars of every region, group by group, each group sorted; the home region in red, derived hatched."""
    from plotly.colors import qualitative

    column = "level" if measure == "value" else "yoy_pct"
    traces = []
    for i, (group, rows) in enumerate(table.groupby("group", sort=False)):
        bars = rows[rows[column].notna()].sort_values(column, ascending=False)
        if bars.empty:
            continue
        colour = qualitative.Plotly[i % len(qualitative.Plotly)]
        traces.append(go.Bar(
            x=bars["region"], y=bars[column], name=str(bars["group_label"].iloc[0]),
            marker={"color": [HOME_COLOR if h else colour for h in bars["home"]],
                    "pattern": {"shape": ["/" if d else "" for d in bars["derived"]]}},
            text=[views.fmt_number(v) if measure == "value" else views.fmt_yoy(v) for v in bars[column]],
            customdata=bars[["fid", "hover"]].to_numpy(),
            hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
    return _figure(traces, 420, unit if measure == "value" else t("同比增长 %", "YoY growth %"),
                   clickmode="event+select")


def page_compare() -> None:
    """Metrics × years for the chosen period type, with conflict/derived marks and the sum check."""
    cells = views.compare_cells(VIEW.region_slice(REGION), REGION, PERIOD or "", LANG)
    st.subheader(f"{REGION} · {views.period_name(PERIOD or '', LANG)}")
    if cells.empty:
        st.info(t("此期间类型没有数据。", "No figures for this period type."))
        offer_nearby([])
        return
    wide = views.compare_table(cells, LANG)
    st.dataframe(wide, key="compare_table", width="stretch", height=min(36 * (len(wide) + 1) + 3, 800),
                 placeholder=PLACEHOLDER)
    st.caption(t("◇推算 = 由见报数推算；⚠冲突 = 同一期间见报了不同数值（括号内为其他值）；"
                 "✓/✗ = 生产总值与三次产业之和是否一致。",
                 "◇derived = implied by printed figures; ⚠conflict = the same period was printed "
                 "with different values (others in brackets); ✓/✗ = GDP against the sum of its three industries."))
    downloads(f"compare_{PERIOD}", lambda: exports.csv_bytes(exports.compare_export(cells)),
              lambda: exports.compare_xlsx(cells, wide, VIEW.report), len(cells), "dl_compare",
              made_from=(REGION, PERIOD, LANG))


def page_facts() -> None:
    """The full fact table with filters; a chosen row opens its source."""
    cols = st.columns(6)
    filters: dict[str, object] = {}
    for col, (column, zh, en) in zip(cols, (
            ("region", "地区", "Region"), ("metric", "指标", "Metric"), ("year", "年份", "Year"),
            ("period", "期间", "Period"), ("doc", "文档", "Document"), ("kind", "类型", "Kind")), strict=True):
        if column == "doc" and VIEW.large:  # too many documents for a list: type the name
            filters[column] = col.text_input(t(zh, en), key="f_doc_name").strip() or None
            continue
        fmt = {"metric": lambda m: views.metric_label(m, LANG), "period": lambda p: views.period_name(p, LANG),
               "kind": lambda k: views.value_name("kind", k, LANG)}.get(column, str)
        filters[column] = col.multiselect(t(zh, en), VIEW.options(column), key=f"f_{column}",
                                          format_func=fmt, placeholder=t("请选择", "Choose options"))
    filters["review"] = review_filter()
    rows = VIEW.facts(**filters)
    total = VIEW.count(**filters) if VIEW.large else len(rows)
    st.caption(t(f"{total} 条事实", f"{total} facts") + (
        t(f"（显示前 {len(rows)} 条；下载包含全部）", f" (showing the first {len(rows)}; downloads have all)")
        if total > len(rows) else ""))
    shown = views.facts_display(rows, LANG)
    event = st.dataframe(shown, key="facts_table", on_select="rerun", selection_mode="single-row",
                         hide_index=True, width="stretch", column_config={"fid": None}, placeholder=PLACEHOLDER)
    picked = event.selection.rows if event else []
    selected = None
    if picked:
        selected = fid = int(shown["fid"].iloc[picked[0]])
        if state.get("_facts_seen") != fid:
            state._facts_seen = fid
            open_fact(fid)
    table_review(next((f for f in (selected, state.get("open_fact"), state.get("fact_pick")) if f is not None), None))
    names = views.fact_names(rows.head(1000), LANG)
    st.selectbox(t("查看来源（或在表中选中一行）", "Open source (or select a row in the table)"),
                 [None, *names], key="fact_pick",
                 format_func=lambda f: "—" if f is None else names.get(f, f"#{f}"),
                 on_change=lambda: open_fact(state.fact_pick) if state.fact_pick is not None else None)

    def everything():  # noqa: ANN202  (the full filtered table; only a store view limits ``rows``)
        return VIEW.facts(None, **filters) if total > len(rows) else rows

    downloads("facts", lambda: exports.csv_bytes(exports.facts_export(everything(), LANG)),
              lambda: exports.facts_xlsx(everything(), VIEW.report, LANG), total, "dl_facts",
              made_from=(repr(filters), LANG))
    show_source()


def table_review(fid: int | None) -> None:
    """Under the fact table, the verdicts on the fact selected in it (or last opened), in one click:
    they stay at hand when the source drawer is closed."""
    fact = None if fid is None else VIEW.fact(fid)
    if fact is None or fact["kind"] == "derived" or getattr(VIEW, "review_problem", ""):
        return
    st.caption(t("所选事实：", "Selected fact: ") + views.fact_names(fact.to_frame().T, LANG)[int(fid)]
               + f" · {t('审核：', 'review: ')}{reviews.status_name(fact.get('review') or '', LANG)}")
    review_buttons(int(fid), "table_rv")


def review_filter() -> list[str]:
    """The review-status filter of the Facts page, and a warning for reviews that match no fact."""
    orphaned = getattr(VIEW, "orphaned", None)
    if orphaned is not None and len(orphaned):
        st.warning(t(f"{len(orphaned)} 条审核已对应不上任何事实（文档已改动或已删除），未应用：",
                     f"{len(orphaned)} review(s) match no fact (the document changed or is gone) and are not applied: ")
                   + "; ".join(f"{r.doc} {r.text} ({reviews.status_name(r.status, LANG)})"
                               for r in orphaned.head(5).itertuples()))
    return st.columns(6)[0].multiselect(t("审核", "Review"), list(reviews.STATUS_NAMES), key="f_review",
                                        format_func=lambda s: reviews.status_name(s, LANG),
                                        placeholder=t("请选择", "Choose options"))


def page_sources() -> None:
    """One row per document, from the ingest report."""
    st.dataframe(views.sources_table(VIEW.report, LANG), key="sources_table", hide_index=True,
                 width="stretch", placeholder=PLACEHOLDER)
    for problem in VIEW.problems:
        st.warning(problem)


def page_add() -> None:
    """Upload articles, confirm date and region, extract into this session (and keep them if asked)."""
    if VIEW.large:
        st.info(t("大型数据库为只读；请把文件放入语料文件夹后运行 `python -m indicators extract`。",
                  "A large store is read-only here: put the files in the corpus folder and run "
                  "`python -m indicators extract`."))
        return
    files = st.file_uploader(t("上传文章：.txt（UTF-8 或 GB18030）、.pdf、.html",
                               "Upload articles: .txt (UTF-8 or GB18030), .pdf, .html"),
                             type=list(views.UPLOAD_TYPES), accept_multiple_files=True, key="uploads")
    uploads: list[views.Upload] = []
    for i, f in enumerate(files or []):
        data = f.getvalue()
        date, region, error = views.preview_upload(f.name, data)
        with st.container(border=True):
            st.markdown(f"**{f.name}** ({len(data)} bytes)")
            if error:
                st.error(error)
                uploads.append(views.Upload(f.name, data))
                continue
            c1, c2 = st.columns(2)
            date = c1.text_input(t("发布日期 (YYYY-MM-DD)", "Publication date (YYYY-MM-DD)"), date or "",
                                 key=f"up_date_{i}")
            region = c2.text_input(t("地区", "Region"), region or (REGION or ""), key=f"up_region_{i}")
            uploads.append(views.Upload(f.name, data, date.strip() or None, region.strip() or None))
    folder = Path(SOURCE) if Path(SOURCE).is_dir() else None
    keep = st.checkbox(t("保留文件：存入语料文件夹并写入 manifest.csv", "Keep the files: save them in the corpus "
                         "folder with manifest.csv rows"), key="keep_uploads", disabled=folder is None,
                       help=str(folder) if folder else t("数据来源不是文件夹", "the data source is not a folder"))
    if st.button(t("提取并加入本次会话", "Extract into this session"), key="extract", disabled=not uploads):
        errors: dict[str, str] = {}
        saved: list[str] = []
        if keep and folder is not None:
            uploads, errors, saved = views.keep_uploads(folder, uploads)
        corpus: views.Corpus = state.corpus
        new, add_errors = views.add_uploads(corpus, uploads)
        state.corpus = new
        before = set(corpus.report["doc"].astype(str))
        state._upload_result = ({**errors, **add_errors}, [d for d in new.report["doc"].astype(str)
                                                          if d not in before], saved)
        st.rerun()
    if "_upload_result" in state:
        errors, added, saved = state._upload_result
        report = VIEW.report
        for name in added:
            n = int(report.loc[report["doc"] == name, "facts"].sum())
            st.success(t(f"{name}：已加入，提取 {n} 条事实", f"{name}: added, {n} facts extracted"))
            for problem in report.loc[report["doc"] == name, "problems"]:
                if problem:
                    st.warning(problem)
        for message in saved:
            st.info(message)
        for name, message in errors.items():
            st.error(f"{name}：{message}")


FUNCS = {"overview": page_overview, "trends": page_trends, "regions": page_regions, "compare": page_compare,
         "facts": page_facts, "sources": page_sources, "add": page_add}
pages = {key: st.Page(FUNCS[key], title=TITLES[key][LANG == "en"], url_path=key,
                      default=key == state._entry) for key in PAGES}
current = st.navigation(list(pages.values()))
PAGE = next(k for k, p in pages.items() if p.url_path == current.url_path)
st.title(TITLES[PAGE][LANG == "en"])
current.run()
st.query_params.from_dict({k: v for k, v in {
    "page": PAGE, "region": REGION, "period": PERIOD, "metric": ",".join(state._metrics),
    "lang": LANG if LANG == "en" else None, **(regions_params() if PAGE == "regions" else {})}.items() if v})

"""Streamlit dashboard: compare half-years, follow growth, download tables, trace every number.

Run with ``streamlit run dashboard.py``.  All data shaping lives in
``indicators.views``, ``indicators.dataview`` and ``indicators.exports``; this script
loads, filters and renders.  Set ``INDICATORS_SOURCE`` to a folder of articles, a saved
fact table (.parquet/.csv) or a fact store (.duckdb) to open something other than ``seeds/``.
A store with more than ``dataview.LARGE_STORE_FACTS`` facts is queried in place.
"""
from __future__ import annotations

import os
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="indicators", layout="wide")
# Fetch plotly.js (a 4.7 MB script the browser loads with the first chart) while the data
# loads: a placeholder chart on a session's first run, removed once the data is ready.
_PREFETCH = st.empty() if "_plotly_ready" not in st.session_state else None
if _PREFETCH is not None:
    _PREFETCH.plotly_chart(go.Figure(layout={"height": 10, "margin": {"t": 0, "b": 0, "l": 0, "r": 0}}),
                           key="plotly_prefetch", config={"staticPlot": True})

import pandas as pd  # noqa: E402  (after the prefetch)

from indicators import RULES_VERSION, dataview, exports, reviewing, reviews, views  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCE = os.environ.get("INDICATORS_SOURCE", str(HERE / "seeds"))
EAGER_ROWS = 5000  # above this, downloads are built only when clicked
PAGES = ("overview", "trends", "compare", "facts", "sources", "add")
TITLES = {
    "overview": ("概览", "Overview"), "trends": ("趋势", "Trends"),
    "compare": ("半年对比", "Compare half-years"), "facts": ("事实表", "Facts"),
    "sources": ("来源文档", "Sources"), "add": ("添加文档", "Add documents"),
}
DERIVED_COLOR, PRINTED_SYMBOL, DERIVED_SYMBOL = "#888888", "circle", "diamond-open"
# Fixed margins: plotly's automatic ones lay a chart out twice, and Streamlit draws a chart anew
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
if state.get("_rules") != (SOURCE, RULES_VERSION):
    STORE = dataview.store_path(SOURCE)
    if STORE is not None and dataview.store_size(STORE) > dataview.LARGE_STORE_FACTS:
        state.view = open_store(str(STORE), RULES_VERSION)
        state.pop("corpus", None)
    else:
        state.corpus = load(SOURCE, RULES_VERSION, dataview.source_fingerprint(SOURCE))
    state._rules = (SOURCE, RULES_VERSION)
if "corpus" in state and getattr(state.get("view"), "source", None) is not state.corpus:
    state.view = reviewing.ReviewedFrameView(state.corpus, reviewing.review_store_path(SOURCE))
VIEW: dataview.FactView = state.view
REGIONS = VIEW.options("region", region_level=True) or VIEW.options("region")
PERIODS = VIEW.options("period")
METRICS = VIEW.options("metric", region_level=True)
if _PREFETCH is not None:
    _PREFETCH.empty()
    state._plotly_ready = True

if "_url_read" not in state:
    state._url_read = True
    wanted, rejected = views.clean_params(
        st.query_params.to_dict(),
        {"page": PAGES, "region": REGIONS, "period": PERIODS, "metric": METRICS, "lang": views.LANGS})
    state._rejected = rejected
    state._entry = wanted.get("page", "overview")
    if "region" in wanted:
        state.region = wanted["region"]
    if "period" in wanted:
        state.period = wanted["period"]
    if "metric" in wanted:
        state._metrics = wanted["metric"].split(",")
    state.en = wanted.get("lang") == "en"

with st.sidebar:
    st.toggle("English", key="en", help="指标与期间名称用英文 / English metric and period names")
    LANG = "en" if state.en else "zh"
    if REGIONS:
        if state.get("region") not in REGIONS:
            state.region = VIEW.default_region() or REGIONS[0]
        st.selectbox(t("地区", "Region"), REGIONS, key="region")
    if PERIODS:
        if state.get("period") not in PERIODS:
            state.period = "H1" if "H1" in PERIODS else PERIODS[0]
        st.selectbox(t("期间类型", "Period type"), PERIODS, key="period",
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
    state._metrics = [m for m in ("gdp",) if m in METRICS] or METRICS[:1]


# ---------------------------------------------------------------- shared pieces

def open_fact(fid: int) -> None:
    """Remember which fact's source to show."""
    state.open_fact = int(fid)


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
        st.button(t("关闭", "Close"), key="close_source", on_click=state.pop, args=("open_fact", None))


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


def _unreview(fid: int) -> None:
    try:
        VIEW.unreview(fid)
        state.pop("_review_error", None)
    except (ValueError, OSError) as e:
        state._review_error = str(e)


def review_buttons(fid: int, where: str) -> None:
    """Mark a fact correct or wrong, or forget its review, in one click."""
    c1, c2, c3 = st.columns(3)
    c1.button(t("✓ 正确", "✓ Correct"), key=f"{where}_correct", on_click=_review, args=(fid, "correct"))
    c2.button(t("✗ 错误", "✗ Wrong"), key=f"{where}_wrong", on_click=_review, args=(fid, "wrong"))
    c3.button(t("撤销审核", "Clear review"), key=f"{where}_clear", on_click=_unreview, args=(fid,))


def review_panel(fid: int, row) -> None:  # noqa: ANN001  (a fact row)
    """The open fact's review: its status, one-click verdicts, and a correction of its value,
    growth, year, period, region or metric with a note (kept in the store, see indicators.reviewing)."""
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


def downloads(name: str, table_csv, table_xlsx, rows: int, key: str, made_from: object) -> None:
    """CSV and XLSX download buttons (no rerun); large tables are built on click, the others once
    for what they are made from (``made_from``, with the view), not again on every rerun."""
    if rows > EAGER_ROWS:
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
    """Headline cards for the region's latest period."""
    cards = views.headline(VIEW.region_slice(REGION), REGION)
    if cards.empty:
        st.info(t("没有可显示的地区指标。", "No region-level figures to show."))
        return
    year, period = int(cards["year"].iloc[0]), str(cards["period"].iloc[0])
    st.subheader(f"{REGION} · {views.period_label(year, period, LANG)}")
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
    source_panel()


def _level_figure(points, unit_text: str) -> go.Figure:
    fig = go.Figure()
    order = list(dict.fromkeys(points.sort_values(["year"])["label"]))
    for series, group in points.groupby("series", sort=False):
        printed, derived = group[~group["derived"]], group[group["derived"]]
        if len(printed):
            fig.add_trace(go.Scatter(
                x=printed["label"], y=printed["value"], mode="lines+markers", name=series,
                customdata=printed[["fid", "hover", "unit"]].to_numpy(),
                marker={"symbol": [("x" if c else PRINTED_SYMBOL) for c in printed["conflict"]], "size": 10},
                hovertemplate="%{x}: %{y} %{customdata[2]}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
        if len(derived):
            fig.add_trace(go.Scatter(
                x=derived["label"], y=derived["value"], mode="markers+text",
                name=f"{series} ({views.text('derived', LANG)})",
                text=[views.text("derived", LANG)] * len(derived), textposition="top center",
                customdata=derived[["fid", "hover", "unit"]].to_numpy(),
                marker={"symbol": DERIVED_SYMBOL, "size": 12, "color": DERIVED_COLOR},
                hovertemplate="%{x}: %{y} %{customdata[2]}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order, automargin=False)
    fig.update_yaxes(automargin=False)
    fig.update_layout(height=400, margin=CHART_MARGIN, yaxis_title=unit_text,
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.02}, clickmode="event+select")
    return fig


def _yoy_figure(points) -> go.Figure:
    fig = go.Figure()
    order = list(dict.fromkeys(points.sort_values(["year"])["label"]))
    for series, group in points.groupby("series", sort=False):
        fig.add_trace(go.Bar(x=group["label"], y=group["yoy_pct"], name=series,
                             customdata=group[["fid", "hover"]].to_numpy(),
                             text=[views.fmt_yoy(v) for v in group["yoy_pct"]],
                             hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra>%{fullData.name}</extra>"))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order, automargin=False)
    fig.update_yaxes(automargin=False)
    fig.update_layout(height=320, margin=CHART_MARGIN, yaxis_title=t("同比增长 %", "YoY growth %"),
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.02}, barmode="group")
    return fig


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


@st.fragment
def _trends() -> None:
    """The metric choice and both charts: a new metric or a click on a point reruns only this part."""
    chosen = st.multiselect(t("指标", "Metrics"), METRICS, key="metrics",
                            format_func=lambda m: views.metric_label(m, LANG))
    if chosen != state._metrics:  # a fragment rerun skips the URL update at the end of the script
        state._metrics = chosen
        st.query_params["metric"] = ",".join(chosen)
    st.caption(t("期间类型：", "Period type: ") + views.period_name(PERIOD or "", LANG)
               + t("（在侧栏更改）", " (change it in the sidebar)"))
    points = views.trend_frame(VIEW.region_slice(REGION), REGION, chosen, PERIOD or "", LANG)
    if points.empty:
        st.info(t("所选指标在此期间类型下没有数据。", "No figures for these metrics and this period type."))
        source_panel()
        return
    units = " / ".join(dict.fromkeys(points["unit"]))
    st.markdown(f"#### {t('水平', 'Level')}")
    event = st.plotly_chart(_level_figure(points, units), key="level_chart", on_select="rerun",
                            selection_mode="points", width="stretch")
    _chart_pick(event, "level_chart")
    st.caption(t("◇ 空心菱形为推算值（未见报），悬停查看推算方法；× 为冲突值。点击数据点查看来源。",
                 "◇ open diamonds are derived values (not printed); hover for how. × marks a conflict. "
                 "Click a point to open its source."))
    growth = points[points["yoy_pct"].notna() & ~points["derived"]]
    st.markdown(f"#### {t('同比增长（见报）', 'Published YoY growth')}")
    if growth.empty:
        st.caption(t("没有见报的同比增速。", "No published growth rates."))
    else:
        event = st.plotly_chart(_yoy_figure(growth), key="yoy_chart", on_select="rerun",
                                selection_mode="points", width="stretch")
        _chart_pick(event, "yoy_chart")
    source_panel()


def page_compare() -> None:
    """Metrics × years for the chosen period type, with conflict/derived marks and the sum check."""
    cells = views.compare_cells(VIEW.region_slice(REGION), REGION, PERIOD or "", LANG)
    st.subheader(f"{REGION} · {views.period_name(PERIOD or '', LANG)}")
    if cells.empty:
        st.info(t("此期间类型没有数据。", "No figures for this period type."))
        return
    wide = views.compare_table(cells, LANG)
    st.dataframe(wide, key="compare_table", width="stretch", height=min(36 * (len(wide) + 1) + 3, 800))
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
        fmt = {"metric": lambda m: views.metric_label(m, LANG),
               "period": lambda p: views.period_name(p, LANG)}.get(column, str)
        filters[column] = col.multiselect(t(zh, en), VIEW.options(column), key=f"f_{column}",
                                          format_func=fmt)
    filters["review"] = review_filter()
    rows = VIEW.facts(**filters)
    total = VIEW.count(**filters) if VIEW.large else len(rows)
    st.caption(t(f"{total} 条事实", f"{total} facts") + (
        t(f"（显示前 {len(rows)} 条；下载包含全部）", f" (showing the first {len(rows)}; downloads have all)")
        if total > len(rows) else ""))
    shown = views.facts_display(rows, LANG)
    event = st.dataframe(shown, key="facts_table", on_select="rerun", selection_mode="single-row",
                         hide_index=True, width="stretch", column_config={"fid": None})
    picked = event.selection.rows if event else []
    if picked:
        fid = int(shown["fid"].iloc[picked[0]])
        if state.get("_facts_seen") != fid:
            state._facts_seen = fid
            open_fact(fid)
    picked_fact = VIEW.fact(state.open_fact) if state.get("open_fact") is not None else None
    if picked_fact is not None and picked_fact["kind"] != "derived" and not getattr(VIEW, "review_problem", ""):
        st.caption(t("所选事实：", "Selected fact: ") + views.fact_names(picked_fact.to_frame().T, LANG)[int(state.open_fact)])
        review_buttons(int(state.open_fact), "table_rv")
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
    source_panel()


def review_filter() -> list[str]:
    """The review-status filter of the Facts page, and a warning for reviews that match no fact."""
    orphaned = getattr(VIEW, "orphaned", None)
    if orphaned is not None and len(orphaned):
        st.warning(t(f"{len(orphaned)} 条审核已对应不上任何事实（文档已改动或已删除），未应用：",
                     f"{len(orphaned)} review(s) match no fact (the document changed or is gone) and are not applied: ")
                   + "; ".join(f"{r.doc} {r.text} ({reviews.status_name(r.status, LANG)})"
                               for r in orphaned.head(5).itertuples()))
    return st.columns(6)[0].multiselect(t("审核", "Review"), list(reviews.STATUS_NAMES), key="f_review",
                                        format_func=lambda s: reviews.status_name(s, LANG))


def page_sources() -> None:
    """One row per document, from the ingest report."""
    st.dataframe(views.sources_table(VIEW.report, LANG), key="sources_table", hide_index=True,
                 width="stretch")
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


FUNCS = {"overview": page_overview, "trends": page_trends, "compare": page_compare,
         "facts": page_facts, "sources": page_sources, "add": page_add}
pages = {key: st.Page(FUNCS[key], title=TITLES[key][LANG == "en"], url_path=key,
                      default=key == state._entry) for key in PAGES}
current = st.navigation(list(pages.values()))
PAGE = next(k for k, p in pages.items() if p.url_path == current.url_path)
st.title(TITLES[PAGE][LANG == "en"])
current.run()
st.query_params.from_dict({k: v for k, v in {
    "page": PAGE, "region": REGION, "period": PERIOD, "metric": ",".join(state._metrics),
    "lang": LANG if LANG == "en" else None}.items() if v})

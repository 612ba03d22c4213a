"""Data shaping for the dashboard: loading, labels, derived values, comparison tables.

Everything the Streamlit app shows is computed here, so the app itself only
filters and renders.  This module never imports streamlit.

A *derived* value is one the newspaper implied but did not print: last year's
level from this year's level and growth, or Q2 as H1 minus Q1.  Derived rows
carry ``kind="derived"`` and a human explanation in ``derivation_zh`` /
``derivation_en``; their span points at the printed number they came from.
"""
from __future__ import annotations

import html
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import reviews
from .corpus import REPORT_COLUMNS, extract_documents
from .periods import MONTH_CODE, month_range
from .schema import FACT_COLUMNS, FACT_DTYPES, facts_frame
from .tables import METRICS

if TYPE_CHECKING:
    from .documents import Document

LANGS = ("zh", "en")
PERIOD_NAMES_ZH = {
    "FY": "全年", "H1": "上半年", "H2": "下半年", "Q1": "一季度", "Q2": "二季度",
    "Q3": "三季度", "Q4": "四季度", "Q1-Q3": "前三季度",
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# total − part = rest, for additive metrics within one year
_DIFFERENCES = (("H1", "Q1", "Q2"), ("Q1-Q3", "H1", "Q3"), ("FY", "Q1-Q3", "Q4"), ("FY", "H1", "H2"))
SUM_PARTS = {"gdp": ("gdp_primary", "gdp_secondary", "gdp_tertiary")}
_PAGE_TEXT = {
    "derived": {"zh": "推算", "en": "derived"},
    "conflict": {"zh": "冲突", "en": "conflict"},
    "sum_check": {"zh": "三次产业合计核对", "en": "Sum check (primary + secondary + tertiary)"},
}


# ---------------------------------------------------------------- labels

def period_name(code: str, lang: str = "zh") -> str:
    """The period's name: Chinese by default, the code (or month names) in English.

    >>> period_name("H1"), period_name("H1", "en"), period_name("M1-M5"), period_name("M1-M5", "en")
    ('上半年', 'H1', '1-5月', 'Jan-May')
    >>> period_name("M7"), period_name("odd")
    ('7月', 'odd')
    """
    if code in PERIOD_NAMES_ZH:
        return PERIOD_NAMES_ZH[code] if lang == "zh" else code
    months = month_range(code)
    if months is None:
        return code
    first, last = months
    if lang == "zh":
        return f"{first}月" if first == last else f"{first}-{last}月"
    return _MONTHS_EN[first - 1] if first == last else f"{_MONTHS_EN[first - 1]}-{_MONTHS_EN[last - 1]}"


def period_label(year: int | None, code: str, lang: str = "zh") -> str:
    """A text label for a year and period, used on chart axes and cards.

    >>> period_label(2024, "H1", "en"), period_label(2021, "FY"), period_label(None, "Q1", "en")
    ('2024 H1', '2021 全年', 'Q1')
    """
    name = period_name(code, lang)
    return name if year is None or pd.isna(year) else f"{int(year)} {name}"


def period_sort_key(code: str) -> tuple[int, int, str]:
    """Order period types: by last month, then longest first.

    >>> sorted(["Q1", "FY", "H1", "M1-M5", "Q1-Q3"], key=period_sort_key)
    ['Q1', 'M1-M5', 'H1', 'Q1-Q3', 'FY']
    """
    first, last = month_range(code) or (13, 13)
    return (last, first, code)


def metric_label(metric: str, lang: str = "zh", fallback: str = "") -> str:
    """The catalog name of a metric in the chosen language.

    >>> metric_label("gdp"), metric_label("gdp", "en"), metric_label("new_thing", fallback="新指标")
    ('地区生产总值', 'GDP', '新指标')
    """
    entry = METRICS.get(metric)
    if entry is None:
        return fallback or metric
    return entry.label_zh if lang == "zh" else entry.label_en


def text(key: str, lang: str = "zh") -> str:
    """A short UI word (derived, conflict …) in the chosen language.

    >>> text("derived", "en")
    'derived'
    """
    return _PAGE_TEXT[key][lang]


def fmt_number(value: float | None) -> str:
    """A number as a reader expects it: no trailing zeros, at most two decimals.

    >>> fmt_number(385.12), fmt_number(39700.0), fmt_number(364.35172), fmt_number(None)
    ('385.12', '39700', '364.35', '')
    """
    if value is None or pd.isna(value):
        return ""
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def fmt_value(value: float | None, unit: str | None) -> str:
    """Value with its unit.

    >>> fmt_value(385.12, "亿元"), fmt_value(None, "亿元")
    ('385.12 亿元', '')
    """
    number = fmt_number(value)
    return f"{number} {unit}".strip() if number and isinstance(unit, str) else number


def fmt_yoy(yoy: float | None) -> str:
    """Year-on-year growth with its sign.

    >>> fmt_yoy(5.7), fmt_yoy(-3.2), fmt_yoy(None)
    ('+5.7%', '-3.2%', '')
    """
    if yoy is None or pd.isna(yoy):
        return ""
    return f"{float(yoy):+.2f}".rstrip("0").rstrip(".") + "%"


# ---------------------------------------------------------------- the corpus

@dataclass(frozen=True)
class Corpus:
    """Facts (extracted plus derived), the ingest report and each document's original text."""

    facts: pd.DataFrame
    report: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def empty_report() -> pd.DataFrame:
    """An ingest report with no rows."""
    return pd.DataFrame(columns=list(REPORT_COLUMNS))


def build_corpus(facts: pd.DataFrame, report: pd.DataFrame, texts: Mapping[str, str],
                 problems: Iterable[str] = ()) -> Corpus:
    """Number the extracted facts (``fid``) and add the derived ones."""
    extracted = facts[facts["kind"] != "derived"] if "derivation_zh" in facts.columns else facts
    table = with_derived_facts(extracted)
    table.insert(0, "fid", pd.RangeIndex(len(table)))
    return Corpus(table, report.reset_index(drop=True), dict(texts), tuple(problems))


def with_derived_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Printed facts (the schema's columns) and after them the values they imply, with the
    derivation columns (empty for a printed fact)."""
    base = facts[list(FACT_COLUMNS)].reset_index(drop=True)
    base["derivation_zh"] = ""
    base["derivation_en"] = ""
    derived = derive_facts(base)
    table = pd.concat([base, derived], ignore_index=True) if len(derived) else base
    return table.astype({c: "string" for c in ("derivation_zh", "derivation_en")})


def load_corpus(source: str | Path) -> Corpus:
    """Read and extract a folder of articles, or read a saved fact table (.csv/.parquet) or store (.duckdb)."""
    from .dataview import corpus_from_store, store_path

    path = Path(source)
    if store_path(path):
        return corpus_from_store(path)
    if path.is_file():
        facts = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
        facts = facts.reindex(columns=list(FACT_COLUMNS)).astype(FACT_DTYPES)  # older files lack page
        return build_corpus(facts, empty_report(), {}, ())
    from .documents import load_folder

    docs, problems = load_folder(path)
    facts, report = extract_documents(docs)
    return build_corpus(facts, report, {d.doc: d.text for d in docs}, problems)


UPLOAD_TYPES = ("txt", "pdf", "html", "htm")


@dataclass(frozen=True)
class Upload:
    """One uploaded file with the publication date and region the user confirmed."""

    name: str
    data: bytes
    pub_date: str | None = None
    region: str | None = None


def document_from_upload(upload: Upload) -> Document:
    """Decode an upload into a document; raise ``ValueError`` when it cannot be read."""
    from .documents import document_from_bytes

    doc = document_from_bytes(upload.name, upload.data, pub_date=upload.pub_date, region=upload.region)
    if doc.error:
        raise ValueError(doc.error)
    if not doc.text:
        raise ValueError("; ".join(doc.problems) or f"{upload.name}: no text found")
    return doc


def preview_upload(name: str, data: bytes) -> tuple[str, str, str]:
    """The publication date and region we would use for an upload, or the error reading it.

    Returns ``(pub_date, region, error)``; the user confirms or overrides the first two.

    >>> preview_upload("a.doc", b"x")[2] != "", preview_upload("b.txt", "增长5.7%".encode())
    (True, ('', '', ''))
    """
    try:
        doc = document_from_upload(Upload(name, data))
    except (ValueError, OSError) as e:
        return "", "", str(e)
    return (str(doc.pub_date) if doc.pub_date else "", doc.region, "")


def add_uploads(corpus: Corpus, uploads: Iterable[Upload]) -> tuple[Corpus, dict[str, str]]:
    """Extract uploaded files into a copy of ``corpus``; return it and per-file errors.

    A file that cannot be read (or whose name is already loaded) is reported
    in the errors and skipped; the other files still go in.
    """
    errors: dict[str, str] = {}
    docs: list[Document] = []
    for up in uploads:
        try:
            doc = document_from_upload(up)
        except (ValueError, OSError) as e:
            errors[up.name] = str(e)
            continue
        if doc.doc in corpus.texts or any(d.doc == doc.doc for d in docs):
            errors[up.name] = f"{doc.doc}: a document with this name is already loaded"
        else:
            docs.append(doc)
    if not docs:
        return corpus, errors
    facts, report = extract_documents(docs)
    old = corpus.facts[corpus.facts["kind"] != "derived"][list(FACT_COLUMNS)]
    all_facts = pd.concat([old, facts], ignore_index=True) if len(old) else facts
    all_report = pd.concat([corpus.report, report], ignore_index=True) if len(corpus.report) else report
    texts = {**corpus.texts, **{d.doc: d.text for d in docs}}
    return build_corpus(all_facts, all_report, texts, corpus.problems), errors


def keep_uploads(folder: str | Path, uploads: Iterable[Upload]
                 ) -> tuple[list[Upload], dict[str, str], list[str]]:
    """Save uploads into the corpus folder with manifest rows (:func:`documents.save_upload`).

    Only files that can be read are saved.  Returns the uploads to extract
    under the names they were saved as, the per-file errors (those files are
    neither saved nor extracted) and one message per saved file.
    """
    from .documents import save_upload

    kept: list[Upload] = []
    errors: dict[str, str] = {}
    messages: list[str] = []
    for up in uploads:
        try:
            document_from_upload(up)
            name, message = save_upload(folder, up.name, up.data, pub_date=up.pub_date, region=up.region)
        except (ValueError, OSError) as e:
            errors[up.name] = str(e)
            continue
        kept.append(Upload(name, up.data, up.pub_date, up.region))
        messages.append(message)
    return kept, errors, messages


# ---------------------------------------------------------------- derived values

def _printed(facts: pd.DataFrame) -> pd.DataFrame:
    """Region-level actual facts with a year: the ones derivations may start from."""
    ok = (facts["kind"] == "actual") & (facts["scope"] == "region") & facts["year"].notna()
    return facts[ok.fillna(False)]


def _derived_row(src: Mapping[str, object], **changes: object) -> dict[str, object]:
    row = {c: src[c] for c in FACT_COLUMNS}
    row.update(kind="derived", conflict=False, qualifier="", yoy_pct=None, value_text="",
               rule="derived")
    row.update(changes)
    return row


_KEY = ["region", "metric", "year", "period"]


def _unique_values(printed: pd.DataFrame) -> dict[tuple, dict]:
    """One source record per series key, leaving out keys printed with two different values."""
    rows = printed[printed["value"].notna()]
    distinct = rows.groupby(_KEY, sort=False)["value"].transform("nunique")
    rows = rows[distinct == 1].drop_duplicates(_KEY)
    names = list(rows.columns)
    records = (dict(zip(names, values, strict=True))  # column lists: far faster than to_dict("records")
               for values in zip(*(rows[c].tolist() for c in names), strict=True))
    return {(r["region"], r["metric"], int(r["year"]), r["period"]): r for r in records}


def derive_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Values implied by printed ones, as ``kind="derived"`` rows with an explanation.

    * last year's level = this year's level ÷ (1 + growth), when last year's
      value for the same period was not printed;
    * Q2 = H1 − Q1, Q3 = Q1-Q3 − H1, Q4 = FY − Q1-Q3, H2 = FY − H1 and a single
      month = a month range minus the one before it, for additive metrics.
    """
    printed = _printed(facts)
    values = _unique_values(printed)
    known = set(zip(printed["region"].tolist(), printed["metric"].tolist(),
                    printed["year"].astype(int).tolist(), printed["period"].tolist(), strict=True))
    rows: list[dict[str, object]] = []
    for (region, metric, year, period), src in values.items():
        yoy = src["yoy_pct"]
        prior = (region, metric, year - 1, period)
        if pd.notna(yoy) and prior not in known and float(yoy) > -100:
            factor = 1 + float(yoy) / 100
            value = round(float(src["value"]) / factor, 2)
            base = None if pd.isna(src["value_base"]) else float(src["value_base"]) / factor
            here = fmt_value(src["value"], src["unit"])
            zh = (f"由{period_label(year, period)} {here}、同比{fmt_yoy(yoy)}推算："
                  f"{fmt_number(src['value'])} ÷ (1 {fmt_yoy(yoy)[0]} {fmt_yoy(yoy)[1:]}) = {fmt_number(value)}（来源 {src['doc']}）")
            en = (f"Implied by {period_label(year, period, 'en')} {here} growing {fmt_yoy(yoy)}: "
                  f"{fmt_number(src['value'])} / (1 {fmt_yoy(yoy)[0]} {fmt_yoy(yoy)[1:]}) = {fmt_number(value)} (source {src['doc']})")
            rows.append(_derived_row(src, year=year - 1, value=value, value_base=base,
                                     derivation_zh=zh, derivation_en=en))
            known.add(prior)
    for (region, metric, year, period), src in values.items():
        if metric.endswith("_pc"):
            continue  # per-capita figures are averages, not sums
        for total, part, rest in _differences(period):
            part_src = values.get((region, metric, year, part))
            if part_src is None or part_src["unit"] != src["unit"] or (region, metric, year, rest) in known:
                continue
            value = round(float(src["value"]) - float(part_src["value"]), 4)
            base = (None if pd.isna(src["value_base"]) or pd.isna(part_src["value_base"])
                    else float(src["value_base"]) - float(part_src["value_base"]))
            unit = src["unit"]
            zh = (f"{period_label(year, rest)} = {period_label(year, total)} {fmt_value(src['value'], unit)}"
                  f" − {period_label(year, part)} {fmt_value(part_src['value'], unit)}"
                  f" = {fmt_value(value, unit)}（来源 {src['doc']}、{part_src['doc']}）")
            en = (f"{period_label(year, rest, 'en')} = {period_label(year, total, 'en')} "
                  f"{fmt_value(src['value'], unit)} − {period_label(year, part, 'en')} "
                  f"{fmt_value(part_src['value'], unit)} = {fmt_value(value, unit)} "
                  f"(sources {src['doc']}, {part_src['doc']})")
            rows.append(_derived_row(src, period=rest, value=value, value_base=base,
                                     derivation_zh=zh, derivation_en=en))
            known.add((region, metric, year, rest))
    out = facts_frame()
    out["derivation_zh"] = pd.Series(dtype="string")
    out["derivation_en"] = pd.Series(dtype="string")
    if not rows:
        return out
    return pd.DataFrame(rows, columns=list(out.columns)).astype(out.dtypes.to_dict())


def derivable_periods(periods: Iterable[str]) -> list[str]:
    """``periods`` plus those a subtraction between two of them can give, in calendar order.

    >>> derivable_periods(["H1", "Q1", "FY"])
    ['Q1', 'H1', 'Q2', 'FY', 'H2']
    """
    have = set(periods)
    rest = {r for total in have for _, part, r in _differences(total) if part in have}
    return sorted(have | rest, key=period_sort_key)


def _differences(total: str) -> list[tuple[str, str, str]]:
    """The (total, part, rest) subtractions that start from ``total``.

    >>> _differences("H1"), _differences("M1-M5")
    ([('H1', 'Q1', 'Q2')], [('M1-M5', 'M1-M4', 'M5')])
    """
    out = [d for d in _DIFFERENCES if d[0] == total]
    m = MONTH_CODE.fullmatch(total)
    if m and m.group(2) and int(m.group(1)) == 1 and int(m.group(2)) >= 2:
        last = int(m.group(2))
        part = "M1" if last == 2 else f"M1-M{last - 1}"
        out.append((total, part, f"M{last}"))
    return out


# ---------------------------------------------------------------- filtering

def options(facts: pd.DataFrame, column: str) -> list:
    """Sorted distinct values of a column (period codes in calendar order)."""
    values = facts[column].dropna().unique().tolist()
    if column == "period":
        return sorted(values, key=period_sort_key)
    if column == "year":
        return sorted(int(v) for v in values)
    return sorted(values)


def filter_facts(facts: pd.DataFrame, **choices: Collection | str | int | None) -> pd.DataFrame:
    """Rows matching every given choice (a value or a collection); empty/None means all.

    >>> df = pd.DataFrame({"region": ["平湖", "嘉善"], "year": [2024, 2023]})
    >>> filter_facts(df, region="平湖")["year"].tolist(), len(filter_facts(df, region=[], year=None))
    ([2024], 2)
    """
    mask = pd.Series(True, index=facts.index)
    for column, chosen in choices.items():
        if chosen is None or (not isinstance(chosen, (str, int)) and len(chosen) == 0):
            continue
        wanted = [chosen] if isinstance(chosen, (str, int)) else list(chosen)
        mask &= facts[column].isin(wanted).fillna(False)
    return facts[mask]


def region_facts(facts: pd.DataFrame, region: str | None) -> pd.DataFrame:
    """Region-level actual and derived facts with a year: what charts and tables compare."""
    ok = facts["kind"].isin(["actual", "derived"]) & (facts["scope"] == "region") & facts["year"].notna()
    if "review" in facts.columns:  # a fact a reviewer marked wrong leaves every chart and comparison
        ok &= facts["review"] != "wrong"
    if region:
        ok &= facts["region"] == region
    return facts[ok.fillna(False)]


# ---------------------------------------------------------------- page shapes

def default_region(facts: pd.DataFrame) -> str | None:
    """The region with the most region-level facts (the one the corpus is about).

    >>> default_region(pd.DataFrame({"region": ["嘉善", "平湖", "平湖"], "kind": ["actual"] * 3,
    ...                              "scope": ["region"] * 3, "year": [2024] * 3}))
    '平湖'
    """
    counts = region_facts(facts, None)["region"].value_counts()
    return str(counts.index[0]) if len(counts) else None


def latest_period(facts: pd.DataFrame) -> tuple[int, str] | None:
    """The most recent (year, period) among the facts: latest last month, then longest.

    >>> df = pd.DataFrame({"year": [2021, 2024, 2024], "period": ["FY", "Q1", "H1"]})
    >>> latest_period(df)
    (2024, 'H1')
    """
    if facts.empty:
        return None
    pairs = {(int(y), p) for y, p in zip(facts["year"], facts["period"], strict=True) if pd.notna(y)}
    if not pairs:
        return None

    def key(pair: tuple[int, str]) -> tuple[int, int, int]:
        first, last = month_range(pair[1]) or (12, 0)
        return (pair[0], last, -first)

    return max(pairs, key=key)


def headline(facts: pd.DataFrame, region: str | None) -> pd.DataFrame:
    """One printed fact per metric for the region's latest period (catalog order)."""
    printed = region_facts(facts, region)
    printed = printed[printed["kind"] == "actual"]
    latest = latest_period(printed)
    if latest is None:
        return printed.iloc[0:0]
    rows = printed[(printed["year"] == latest[0]) & (printed["period"] == latest[1])]
    rows = rows[rows["value"].notna()].drop_duplicates("metric")
    order = {m: i for i, m in enumerate(METRICS)}
    return rows.sort_values("metric", key=lambda s: s.map(lambda m: order.get(m, len(order))))


def trend_frame(facts: pd.DataFrame, region: str | None, metrics: Collection[str], period: str,
                lang: str = "zh") -> pd.DataFrame:
    """Points for the level and growth charts: one row per fact, sorted by year.

    Columns: ``fid, metric, series, year, label, value, unit, yoy_pct, kind,
    derived, conflict, doc, hover``.  ``label`` is the text axis label.
    """
    rows = filter_facts(region_facts(facts, region), metric=list(metrics), period=period)
    rows = rows.sort_values(["year", "fid"])
    derivation = rows["derivation_" + lang]
    out = pd.DataFrame({
        "fid": rows["fid"].astype(int),
        "metric": rows["metric"].astype(str),
        "series": [metric_label(m, lang, z) for m, z in zip(rows["metric"], rows["metric_zh"], strict=True)],
        "year": rows["year"].astype(int),
        "label": [period_label(y, p, lang) for y, p in zip(rows["year"], rows["period"], strict=True)],
        "value": rows["value"].astype("float64"),
        "unit": rows["unit"].astype(str),
        "yoy_pct": rows["yoy_pct"].astype("float64"),
        "kind": rows["kind"].astype(str),
        "derived": (rows["kind"] == "derived").astype(bool),
        "conflict": rows["conflict"].fillna(False).astype(bool),
        "doc": rows["doc"].astype(str),
    })
    src = "来源" if lang == "zh" else "source"
    out["hover"] = [
        (f"{text('derived', lang)}: {d}" if k == "derived" else f"{src}: {doc}<br>{_short(e)}")
        for k, d, doc, e in zip(out["kind"], derivation, out["doc"], rows["evidence"], strict=True)
    ]
    if "review" in rows.columns:  # a corrected fact shows what was extracted
        out["hover"] += [_review_hover(r, lang) for r in reviews.records(rows)]
    return out.reset_index(drop=True)


def _review_hover(row: Mapping[str, object], lang: str) -> str:
    """``<br>`` and the review of a reviewed fact (with what was extracted), else ``""``."""
    if not row.get("review"):
        return ""
    was = reviews.original_text(row, lang)
    return f"<br>{reviews.status_name(str(row['review']), lang)}" + (f" ({html.escape(was)})" if was else "")


def _short(s: object, n: int = 40) -> str:
    s = "" if s is None or pd.isna(s) else str(s)
    return html.escape(s if len(s) <= n else s[:n] + "…")


def compare_cells(facts: pd.DataFrame, region: str | None, period: str,
                  lang: str = "zh") -> pd.DataFrame:
    """One row per (metric, year) for the chosen period type: the comparison, long form.

    The printed value wins over a derived one; when a cell was printed with
    different values, ``conflict`` is set and ``alternatives`` lists the others.
    """
    rows = filter_facts(region_facts(facts, region), period=period)
    rows = rows[rows["value"].notna() | rows["yoy_pct"].notna()]
    order = {m: i for i, m in enumerate(METRICS)}
    records = []
    for (metric, year), group in rows.groupby(["metric", "year"], sort=False):
        printed = group[group["kind"] == "actual"]
        pick = printed if len(printed) else group
        first = pick.iloc[0]
        values = [v for v in pick["value"].dropna().unique().tolist()]
        yoy = pick["yoy_pct"].dropna()
        records.append({
            "metric": metric,
            "metric_label": metric_label(metric, lang, str(first["metric_zh"])),
            "year": int(year),
            "period": period,
            "label": period_label(int(year), period, lang),
            "value": first["value"] if pd.notna(first["value"]) else (values[0] if values else None),
            "unit": first["unit"],
            "yoy_pct": yoy.iloc[0] if len(yoy) else None,
            "kind": "actual" if len(printed) else "derived",
            "conflict": bool(len(values) > 1 or pick["conflict"].fillna(False).any()),
            "alternatives": " / ".join(fmt_number(v) for v in values[1:]),
            "derivation": "" if len(printed) else str(first["derivation_" + lang]),
            "doc": "; ".join(dict.fromkeys(pick["doc"].astype(str))),
            "evidence": str(first["evidence"]),
            "fid": int(first["fid"]),
            "_order": order.get(metric, len(order)),
        })
    cols = ["metric", "metric_label", "year", "period", "label", "value", "unit", "yoy_pct", "kind",
            "conflict", "alternatives", "derivation", "doc", "evidence", "fid"]
    if not records:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(records).sort_values(["_order", "year"])
    out["value"] = out["value"].astype("float64")
    out["yoy_pct"] = out["yoy_pct"].astype("float64")
    return out[cols].reset_index(drop=True)


def sum_check(cells: pd.DataFrame, tolerance: float = 0.001) -> pd.DataFrame:
    """Per year, GDP against the sum of its three industries (where all four exist).

    ``ok`` when they differ by at most ``tolerance`` of GDP (printed figures are rounded).
    """
    out = []
    for total, parts in SUM_PARTS.items():
        for year, group in cells.groupby("year"):
            by_metric = {m: v for m, v in zip(group["metric"], group["value"], strict=True) if pd.notna(v)}
            if total not in by_metric or not all(p in by_metric for p in parts):
                continue
            parts_sum = round(sum(by_metric[p] for p in parts), 4)
            diff = round(by_metric[total] - parts_sum, 4)
            out.append({"metric": total, "year": int(year), "total": by_metric[total],
                        "parts_sum": parts_sum, "difference": diff,
                        "ok": abs(diff) <= tolerance * abs(by_metric[total]) + 1e-9})
    return pd.DataFrame(out, columns=["metric", "year", "total", "parts_sum", "difference", "ok"])


def compare_table(cells: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """Metrics as rows, years as columns; each cell "value unit · YoY" with marks.

    ``⚠`` marks a conflict (other printed values follow), ``◇`` a derived value;
    a last row holds the GDP sum check where all three industries are present.
    """
    if cells.empty:
        return pd.DataFrame()

    def cell(r: pd.Series) -> str:
        parts = [fmt_value(r["value"], r["unit"]), fmt_yoy(r["yoy_pct"])]
        s = " · ".join(p for p in parts if p)
        if r["kind"] == "derived":
            s += f" ◇{text('derived', lang)}"
        if r["conflict"]:
            s += f" ⚠{text('conflict', lang)}" + (f" ({r['alternatives']})" if r["alternatives"] else "")
        return s

    shown = cells.assign(cell=cells.apply(cell, axis=1), year=cells["year"].astype(str))
    wide = shown.pivot_table(index="metric_label", columns="year", values="cell", aggfunc="first", sort=False)
    wide = wide.reindex(columns=sorted(wide.columns)).fillna("")
    checks = sum_check(cells)
    if len(checks):
        row = {str(y): (f"{'✓' if ok else '✗'} {fmt_number(s)} ({'差' if lang == 'zh' else 'diff'} "
                        f"{fmt_number(d)})")
               for y, s, d, ok in zip(checks["year"], checks["parts_sum"], checks["difference"],
                                      checks["ok"], strict=True)}
        wide.loc[text("sum_check", lang)] = [row.get(c, "") for c in wide.columns]
    wide.index.name = "指标" if lang == "zh" else "metric"
    wide.columns.name = None
    return wide


def facts_display(facts: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The fact table as shown: labels in the chosen language, evidence always visible."""
    zh = lang == "zh"
    return pd.DataFrame({
        "fid": facts["fid"].astype(int),
        "地区" if zh else "region": facts["region"],
        "指标" if zh else "metric": _each_once(lambda m, z: metric_label(m, lang, z), facts["metric"], facts["metric_zh"]),
        "期间" if zh else "period": _each_once(lambda y, p: period_label(y, p, lang), _or_none(facts["year"]),
                                             facts["period"]),
        "数值" if zh else "value": facts["value"],
        "单位" if zh else "unit": facts["unit"],
        "同比%" if zh else "YoY %": facts["yoy_pct"],
        "类型" if zh else "kind": facts["kind"],
        "冲突" if zh else "conflict": facts["conflict"],
        "原文" if zh else "evidence": facts["evidence"],
        "推算说明" if zh else "derivation": facts["derivation_" + lang],
        "文档" if zh else "document": facts["doc"],
        **reviews.display_columns(facts, lang),
    }).reset_index(drop=True)


def _each_once(label: Callable[..., str], *columns: pd.Series) -> list[str]:
    """``label(*row)`` for each row, computed once per distinct row (a table repeats them).

    >>> _each_once(period_label, pd.Series([2024, 2024, None]), pd.Series(["H1", "H1", "Q1"]))
    ['2024 上半年', '2024 上半年', '一季度']
    """
    done: dict[tuple, str] = {}
    out = []
    for row in zip(*columns, strict=True):
        if row not in done:
            done[row] = label(*row)
        out.append(done[row])
    return out


def _or_none(column: pd.Series) -> pd.Series:
    """The column with None for missing values (pd.NA cannot be compared as a key)."""
    return column.astype(object).where(column.notna(), None)


def fact_names(facts: pd.DataFrame, lang: str = "zh") -> dict[int, str]:
    """``fid -> "#fid metric period value yoy · doc"``, for a pick list of facts."""
    return {int(f): (f"#{int(f)} {metric_label(m, lang, z)} {period_label(y, p, lang)} {fmt_value(v, u)}"
                     f" {fmt_yoy(g)} · {d}")
            for f, m, z, y, p, v, u, g, d in zip(
                facts["fid"], facts["metric"], facts["metric_zh"], facts["year"], facts["period"],
                facts["value"], facts["unit"], facts["yoy_pct"], facts["doc"], strict=True)}


def sources_table(report: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """One row per document from the ingest report: status and its message, format, encoding,
    publication date (and where it came from, and whether it was inferred), region, characters
    read, facts found, the document it duplicates, and every problem."""
    zh = lang == "zh"
    inferred = ~report["pub_date_source"].isin(["manifest", "metadata", "given"])

    def text_col(name: str) -> pd.Series:
        if name not in report.columns:
            return pd.Series("", index=report.index, dtype="string")
        return report[name].astype("string").fillna("")

    return pd.DataFrame({
        "文档" if zh else "document": report["doc"],
        "状态" if zh else "status": report["status"],
        "说明" if zh else "message": text_col("message"),
        "格式" if zh else "format": text_col("format"),
        "编码" if zh else "encoding": text_col("encoding"),
        "发布日期" if zh else "pub_date": report["pub_date"],
        "日期来源" if zh else "date source": report["pub_date_source"],
        "日期推断" if zh else "date inferred": inferred.astype(bool),
        "地区" if zh else "region": report["region"],
        "地区来源" if zh else "region source": report["region_source"],
        "字符数" if zh else "chars": report["chars"],
        "事实数" if zh else "facts": report["facts"],
        "重复于" if zh else "duplicate of": text_col("duplicate_of"),
        "问题" if zh else "problems": report["problems"],
    }).reset_index(drop=True)


def page_number(page: object) -> int | None:
    """The PDF page of a fact, or None (text and HTML documents have no pages).

    >>> page_number(3), page_number(pd.NA), page_number(None)
    (3, None, None)
    """
    return None if page is None or pd.isna(page) else int(page)  # type: ignore[arg-type]


def highlight_html(original: str, start: int, end: int) -> str:
    """The document as HTML with ``original[start:end]`` wrapped in ``<mark>``.

    >>> highlight_html("增长<5.7%>。", 3, 7)
    '增长&lt;<mark id="hit">5.7%</mark>&gt;。'
    """
    start, end = max(0, int(start)), min(len(original), int(end))
    return (html.escape(original[:start]) + '<mark id="hit">' + html.escape(original[start:end])
            + "</mark>" + html.escape(original[end:]))


# ---------------------------------------------------------------- shareable view

def clean_params(params: Mapping[str, str], choices: Mapping[str, Collection[str]]) -> tuple[dict[str, str], list[str]]:
    """Keep the URL parameters whose value is one of the allowed choices.

    ``metric`` may list several metrics separated by commas; unknown ones are dropped.
    Returns the accepted values and the names of rejected parameters.

    >>> clean_params({"page": "trends", "region": "火星", "x": "1"},
    ...              {"page": ["trends"], "region": ["平湖"]})
    ({'page': 'trends'}, ['region'])
    >>> clean_params({"metric": "gdp,bogus"}, {"metric": ["gdp", "exports"]})
    ({'metric': 'gdp'}, ['metric'])
    """
    good: dict[str, str] = {}
    rejected: list[str] = []
    for name, allowed in choices.items():
        raw = params.get(name)
        if raw is None:
            continue
        if name == "metric":
            wanted = [m for m in str(raw).split(",") if m]
            kept = [m for m in wanted if m in allowed]
            if kept:
                good[name] = ",".join(kept)
            if len(kept) != len(wanted):
                rejected.append(name)
        elif raw in allowed:
            good[name] = raw
        else:
            rejected.append(name)
    return good, rejected


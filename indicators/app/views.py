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
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..base.schema import FACT_COLUMNS, FACT_DTYPES, facts_frame
from ..base.tables import METRICS
from ..facts import reviews
from ..ingest.report import REPORT_COLUMNS
from ..rules.periods import canonical_period, month_range
from ..run.corpus import extract_documents

if TYPE_CHECKING:
    from ..ingest.documents import Document

LANGS = ("zh", "en")
PERIOD_NAMES_ZH = {
    "FY": "全年", "H1": "上半年", "H2": "下半年", "Q1": "一季度", "Q2": "二季度",
    "Q3": "三季度", "Q4": "四季度", "Q1-Q3": "前三季度",
}
# Period types that gather month codes: every cumulative figure (1-2月 … 1-11月, with 一季度, 上半年,
# 前三季度 and 全年 as the 1-3, 1-6, 1-9 and 1-12 month points) is one series; single months another.
CUMULATIVE, SINGLE_MONTH = "M1-Mn", "Mn"
_TYPE_NAMES = {CUMULATIVE: ("1-n月累计", "Jan-n (cumulative)"), SINGLE_MONTH: ("单月", "Single months")}
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
    >>> period_name("M7"), period_name("odd"), period_name("M1-Mn"), period_name("Mn", "en")
    ('7月', 'odd', '1-n月累计', 'Single months')
    """
    if code in _TYPE_NAMES:
        return _TYPE_NAMES[code][lang == "en"]
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


def period_type(code: str) -> str:
    """The period type a period code is shown under: a single month, a cumulative month range
    (from January), or the code itself (一季度, 上半年, 全年 … and other ranges).

    >>> period_type("M7"), period_type("M1-M7"), period_type("H1"), period_type("M3-M5")
    ('Mn', 'M1-Mn', 'H1', 'M3-M5')
    """
    months = month_range(code)
    if code in PERIOD_NAMES_ZH or months is None:
        return code
    if months[0] == months[1]:
        return SINGLE_MONTH
    return CUMULATIVE if months[0] == 1 else code


def in_period_type(code: str, ptype: str) -> bool:
    """Whether a fact of period ``code`` belongs on a chart of period type ``ptype``: a cumulative
    series also takes the named periods that run from January (一季度 = 1-3月, 全年 = 1-12月).

    >>> in_period_type("H1", "M1-Mn"), in_period_type("M1-M7", "M1-Mn"), in_period_type("Q2", "M1-Mn")
    (True, True, False)
    >>> in_period_type("H1", "H1"), in_period_type("M7", "Mn"), in_period_type("M7", "M7")
    (True, True, False)
    """
    if ptype == CUMULATIVE:
        months = month_range(code)
        return months is not None and months[0] == 1 and months[1] > 1
    return period_type(code) == ptype


def period_types(codes: Iterable[str]) -> list[str]:
    """The period types the codes fall under, in calendar order (the two month types last).

    >>> period_types(["M1-M7", "H1", "M1-M5", "M7", "FY"])
    ['H1', 'FY', 'M1-Mn', 'Mn']
    """
    types = {period_type(c) for c in codes}
    months = [t for t in (CUMULATIVE, SINGLE_MONTH) if t in types]
    return sorted(types - set(months), key=period_sort_key) + months


def series_label(year: int | None, code: str, ptype: str, lang: str = "zh") -> str:
    """The axis label of a point: a cumulative series names its months (2024 1-6月, not 上半年).

    >>> series_label(2024, "H1", "M1-Mn"), series_label(2024, "H1", "H1"), series_label(2024, "Q1", "M1-Mn", "en")
    ('2024 1-6月', '2024 上半年', '2024 Jan-Mar')
    """
    months = month_range(code)
    if ptype == CUMULATIVE and months is not None:
        code = f"M{months[0]}-M{months[1]}"
    return period_label(year, code, lang)


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


STORE_SUFFIXES = (".duckdb", ".db")


def store_path(source: str | Path) -> Path | None:
    """``source`` as a store file, or ``None`` when it is a folder or a fact table.

    >>> store_path("archive/.indicators.duckdb").name, store_path("seeds")
    ('.indicators.duckdb', None)
    """
    path = Path(source)
    return path if path.suffix.lower() in STORE_SUFFIXES else None


def corpus_from_store(path: str | Path) -> Corpus:
    """A small store loaded into memory (texts are read from the files when a source is opened)."""
    from ..run.store import FactStore

    with FactStore.reader(path) as store:
        return build_corpus(store.facts(), store.report(), {}, ())


def load_corpus(source: str | Path) -> Corpus:
    """Read and extract a folder of articles, or read a saved fact table (.csv/.parquet) or store (.duckdb)."""
    path = Path(source)
    if store_path(path):
        return corpus_from_store(path)
    if path.is_file():
        facts = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)
        facts = facts.reindex(columns=list(FACT_COLUMNS)).astype(FACT_DTYPES)  # older files lack page
        return build_corpus(facts, empty_report(), {}, ())
    from ..ingest.folder import load_folder

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
    from ..ingest.documents import document_from_bytes

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
    from ..ingest.documents import save_upload

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

_SOURCE = ("region", "metric", "year", "period", "value", "value_base", "unit", "yoy_pct", "doc")


def _sources(facts: pd.DataFrame) -> tuple[list[int], dict[str, list], dict[tuple, int], set[tuple]]:
    """The printed region-level facts with a year that derivations start from: their positions in
    ``facts``, their :data:`_SOURCE` columns as lists, the one source (a place in those lists) per
    series key that has a value (keys printed with two different values left out), and every key."""
    ok = ((facts["kind"] == "actual") & (facts["scope"] == "region") & facts["year"].notna())
    pos = ok.fillna(False).to_numpy(dtype=bool).nonzero()[0].tolist()
    rows = facts.iloc[pos]
    cols = {c: rows[c].tolist() for c in _SOURCE}
    keys = list(zip(cols["region"], cols["metric"], [int(y) for y in cols["year"]], cols["period"], strict=True))
    first: dict[tuple, int] = {}
    clash: set[tuple] = set()
    for i, (key, value) in enumerate(zip(keys, cols["value"], strict=True)):
        if value is pd.NA or value is None or any(k is pd.NA or k is None for k in key):
            continue  # no value, or a key a grouping would leave out
        j = first.setdefault(key, i)
        if j != i and cols["value"][j] != value:
            clash.add(key)
    values = {k: i for k, i in first.items() if k not in clash}
    return pos, cols, values, set(keys)


def derive_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Values implied by printed ones, as ``kind="derived"`` rows with an explanation.

    * last year's level = this year's level ÷ (1 + growth), when last year's
      value for the same period was not printed;
    * Q2 = H1 − Q1, Q3 = Q1-Q3 − H1, Q4 = FY − Q1-Q3, H2 = FY − H1 and a single
      month = a month range minus the one before it, for additive metrics.

    Each derived row is its source fact's row with the derived year or period, value, and
    explanation (``derivation_zh``, ``derivation_en``); a series key printed with two different
    values is no source.
    """
    pos, cols, values, known = _sources(facts)
    made: list[tuple[int, int, str, float, float | None, str, str]] = []  # source, year, period, value, base, zh, en
    for (region, metric, year, period), i in values.items():
        yoy = cols["yoy_pct"][i]
        prior = (region, metric, year - 1, period)
        if pd.notna(yoy) and prior not in known and float(yoy) > -100:
            src_value, unit, doc = cols["value"][i], cols["unit"][i], cols["doc"][i]
            factor = 1 + float(yoy) / 100
            value = round(float(src_value) / factor, 2)
            base = None if pd.isna(cols["value_base"][i]) else float(cols["value_base"][i]) / factor
            here = fmt_value(src_value, unit)
            sign, size = fmt_yoy(yoy)[0], fmt_yoy(yoy)[1:]
            zh = (f"由{period_label(year, period)} {here}、同比{fmt_yoy(yoy)}推算："
                  f"{fmt_number(src_value)} ÷ (1 {sign} {size}) = {fmt_number(value)}（来源 {doc}）")
            en = (f"Implied by {period_label(year, period, 'en')} {here} growing {fmt_yoy(yoy)}: "
                  f"{fmt_number(src_value)} / (1 {sign} {size}) = {fmt_number(value)} (source {doc})")
            made.append((i, year - 1, period, value, base, zh, en))
            known.add(prior)
    differences: dict[str, list[tuple[str, str, str]]] = {}
    for (region, metric, year, period), i in values.items():
        if metric.endswith("_pc"):
            continue  # per-capita figures are averages, not sums
        if period not in differences:
            differences[period] = _differences(period)
        for total, part, rest in differences[period]:
            j = values.get((region, metric, year, part))
            unit = cols["unit"][i]
            if j is None or cols["unit"][j] != unit or (region, metric, year, rest) in known:
                continue
            whole, piece = cols["value"][i], cols["value"][j]
            value = round(float(whole) - float(piece), 4)
            base = (None if pd.isna(cols["value_base"][i]) or pd.isna(cols["value_base"][j])
                    else float(cols["value_base"][i]) - float(cols["value_base"][j]))
            docs = (cols["doc"][i], cols["doc"][j])
            zh = (f"{period_label(year, rest)} = {period_label(year, total)} {fmt_value(whole, unit)}"
                  f" − {period_label(year, part)} {fmt_value(piece, unit)}"
                  f" = {fmt_value(value, unit)}（来源 {docs[0]}、{docs[1]}）")
            en = (f"{period_label(year, rest, 'en')} = {period_label(year, total, 'en')} "
                  f"{fmt_value(whole, unit)} − {period_label(year, part, 'en')} "
                  f"{fmt_value(piece, unit)} = {fmt_value(value, unit)} "
                  f"(sources {docs[0]}, {docs[1]})")
            made.append((i, year, rest, value, base, zh, en))
            known.add((region, metric, year, rest))
    return _derived_rows(facts, [pos[m[0]] for m in made], made)


_DERIVED_SAME = {"kind": "derived", "conflict": False, "qualifier": "", "yoy_pct": None, "value_text": "",
                 "rule": "derived"}


def _derived_rows(facts: pd.DataFrame, sources: list[int], made: list[tuple]) -> pd.DataFrame:
    """The derived rows: the schema's columns of the source facts (rows ``sources`` of ``facts``)
    with what every derived row says (:data:`_DERIVED_SAME`) and what each says (``made``)."""
    out = facts_frame()
    dtypes = {**out.dtypes.to_dict(), "derivation_zh": "string", "derivation_en": "string"}
    if not made:
        return out.assign(derivation_zh=pd.Series(dtype="string"), derivation_en=pd.Series(dtype="string"))
    rows = facts.iloc[sources][list(FACT_COLUMNS)].reset_index(drop=True)
    year, period, value, base, zh, en = (list(c) for c in zip(*(m[1:] for m in made), strict=True))
    changes = {**{c: [v] * len(made) for c, v in _DERIVED_SAME.items()}, "year": year, "period": period,
               "value": value, "value_base": base, "derivation_zh": zh, "derivation_en": en}
    for column, cells in changes.items():
        rows[column] = pd.array(cells, dtype=dtypes[column])
    return rows.astype({c: t for c, t in dtypes.items() if rows[c].dtype != t})  # columns stored otherwise


def derivable_periods(periods: Iterable[str]) -> list[str]:
    """``periods`` plus those a subtraction between two of them can give, in calendar order.

    >>> derivable_periods(["H1", "Q1", "FY"])
    ['Q1', 'H1', 'Q2', 'FY', 'H2']
    """
    have = set(periods)
    rest = {r for total in have for _, part, r in _differences(total) if part in have}
    return sorted(have | rest, key=period_sort_key)


def _differences(total: str) -> list[tuple[str, str, str]]:
    """The (total, part, rest) subtractions that start from ``total``: quarters and halves, and
    a single month from two cumulative figures (the months before it under their named code:
    1-7月 − 上半年 = 7月).

    >>> _differences("M1-M5"), _differences("M1-M7"), _differences("M1-M2")
    ([('M1-M5', 'M1-M4', 'M5')], [('M1-M7', 'H1', 'M7')], [('M1-M2', 'M1', 'M2')])
    >>> _differences("H1")
    [('H1', 'Q1', 'Q2'), ('H1', 'M1-M5', 'M6')]
    """
    out = [d for d in _DIFFERENCES if d[0] == total]
    months = month_range(total)
    if months is not None and months[0] == 1 and months[1] >= 2:
        last = months[1]
        out.append((total, canonical_period("M1" if last == 2 else f"M1-M{last - 1}"), f"M{last}"))
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


def _calendar(code: str) -> tuple[int, int]:
    """A period's place in its year: (last month, − first month), so the latest and longest sort last.

    >>> sorted(["FY", "Q1", "H1", "M7", "M1-M7"], key=_calendar)
    ['Q1', 'H1', 'M7', 'M1-M7', 'FY']
    """
    first, last = month_range(code) or (12, 0)
    return (last, -first)


def latest_period(facts: pd.DataFrame) -> tuple[int, str] | None:
    """The most recent (year, period) among the facts: latest last month, then longest.

    >>> df = pd.DataFrame({"year": [2021, 2024, 2024], "period": ["FY", "Q1", "H1"]})
    >>> latest_period(df)
    (2024, 'H1')
    """
    pairs = {(int(y), p) for y, p in zip(facts["year"], facts["period"], strict=True) if pd.notna(y)}
    return max(pairs, key=lambda pair: (pair[0], *_calendar(pair[1]))) if pairs else None


def _catalog_order(metrics: pd.Series) -> pd.Series:
    order = {m: i for i, m in enumerate(METRICS)}
    return metrics.map(lambda m: order.get(m, len(order)))


def headline(facts: pd.DataFrame, region: str | None) -> pd.DataFrame:
    """Each metric's latest printed figure for the region, whatever its period type (catalog order):
    the latest year, then the period ending latest, then the longest."""
    printed = region_facts(facts, region)
    printed = printed[(printed["kind"] == "actual") & printed["value"].notna()]
    calendar = {p: _calendar(p) for p in printed["period"].unique()}
    when = pd.DataFrame({"year": printed["year"].astype("int64"),
                         "last": printed["period"].map(lambda p: calendar[p][0]),
                         "first": printed["period"].map(lambda p: calendar[p][1])}, index=printed.index)
    latest = printed.loc[when.sort_values(["year", "last", "first"], ascending=False, kind="stable").index]
    rows = latest.drop_duplicates("metric")
    return rows.sort_values("metric", key=_catalog_order, kind="stable")


def figure_counts(rows: pd.DataFrame, column: str, metrics: Collection[str] = (),
                  ptype: str | None = None) -> list[tuple[str, int]]:
    """How many figures (a value or a growth rate) each value of ``column`` has among ``rows``,
    most first (ties in calendar, catalog or name order); ``column="period"`` counts period types.
    Only rows of ``metrics`` (all when empty) and of period type ``ptype`` (all when None) count.

    >>> rows = pd.DataFrame({"region": ["甲", "乙", "乙"], "metric": ["gdp", "gdp", "exports"],
    ...                      "period": ["M1-M7", "H1", "M1-M5"], "value": [1.0, None, 2.0],
    ...                      "yoy_pct": [None, 5.0, None]})
    >>> figure_counts(rows, "period"), figure_counts(rows, "region", ["gdp"], "M1-Mn")
    ([('M1-Mn', 2), ('H1', 1)], [('乙', 1), ('甲', 1)])
    """
    mask = rows["value"].notna() | rows["yoy_pct"].notna()
    if metrics:
        mask &= rows["metric"].isin(list(metrics))
    if ptype is not None:
        fits = {p: in_period_type(p, ptype) for p in rows["period"].unique()}
        mask &= rows["period"].map(fits).astype(bool)
    values = rows.loc[mask, column]
    if column == "period":
        values = values.map({p: period_type(p) for p in values.unique()})
    counts = values.value_counts()
    if column == "period":
        tie = {t: i for i, t in enumerate(period_types(counts.index))}
    elif column == "metric":
        tie = {m: i for i, m in enumerate(sorted(counts.index, key=lambda m: list(METRICS).index(m)
                                                 if m in METRICS else len(METRICS)))}
    else:
        tie = {v: i for i, v in enumerate(sorted(counts.index))}
    return sorted(((str(v), int(n)) for v, n in counts.items()), key=lambda vn: (-vn[1], tie[vn[0]]))


def busiest_view(rows: pd.DataFrame, ptype: str | None = None) -> tuple[str | None, list[str]]:
    """The period type (unless ``ptype`` is given) and then the metric that a region's facts hold
    the most printed figures for: the view a first visit opens on, so that it is never empty.

    >>> rows = pd.DataFrame({"metric": ["gdp", "exports", "exports", "exports"], "kind": ["actual"] * 4,
    ...                      "period": ["H1", "M1-M7", "M1-M6", "M1-M5"], "value": [1.0, 2.0, 3.0, 4.0],
    ...                      "yoy_pct": [None] * 4})
    >>> busiest_view(rows), busiest_view(rows, "H1"), busiest_view(rows, "FY")
    (('M1-Mn', ['exports']), ('H1', ['gdp']), ('FY', []))
    """
    printed = rows[rows["kind"] == "actual"]
    if ptype is None:
        types = figure_counts(printed, "period")
        if not types:
            return None, []
        ptype = types[0][0]
    return ptype, [m for m, _ in figure_counts(printed, "metric", ptype=ptype)[:1]]


def trend_frame(facts: pd.DataFrame, region: str | None, metrics: Collection[str], period: str,
                lang: str = "zh") -> pd.DataFrame:
    """Points for the level and growth charts: one row per fact of period type ``period``, in
    calendar order (year, then the period's last month).

    Columns: ``fid, metric, series, year, label, value, unit, yoy_pct, kind,
    derived, conflict, doc, hover``.  ``label`` is the text axis label.
    """
    rows = filter_facts(region_facts(facts, region), metric=list(metrics))
    fits = {p: in_period_type(p, period) for p in rows["period"].unique()}
    rows = rows[rows["period"].map(fits).astype(bool)] if len(rows) else rows
    calendar = rows["period"].map(lambda p: _calendar(p)[0])
    rows = rows.assign(_month=calendar).sort_values(["year", "_month", "fid"])
    derivation = rows["derivation_" + lang]
    out = pd.DataFrame({
        "fid": rows["fid"].astype(int),
        "metric": rows["metric"].astype(str),
        "series": [metric_label(m, lang, z) for m, z in zip(rows["metric"], rows["metric_zh"], strict=True)],
        "year": rows["year"].astype(int),
        "label": _each_once(lambda y, p: series_label(y, p, period, lang), rows["year"], rows["period"]),
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
        out["hover"] += _review_hovers(rows, lang)
    return out.reset_index(drop=True)


def _review_hovers(rows: pd.DataFrame, lang: str) -> list[str]:
    """:func:`_review_hover` of each row (worked out for the few reviewed ones only)."""
    out = [""] * len(rows)
    reviewed = (rows["review"].fillna("") != "").to_numpy(dtype=bool)
    if reviewed.any():
        for i, row in zip(reviewed.nonzero()[0], reviews.records(rows[reviewed]), strict=True):
            out[i] = _review_hover(row, lang)
    return out


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
    """One row per (metric, year, period) of period type ``period``: the comparison, long form.

    The printed value wins over a derived one; when a cell was printed with
    different values, ``conflict`` is set and ``alternatives`` lists the others.
    ``column`` is the cell's column in the wide table: the year, or for a month
    type the year and the months (2024 1-7月).
    """
    rows = region_facts(facts, region)
    fits = {p: in_period_type(p, period) for p in rows["period"].unique()}
    rows = rows[rows["period"].map(fits).astype(bool)] if len(rows) else rows
    rows = rows[rows["value"].notna() | rows["yoy_pct"].notna()]
    order = {m: i for i, m in enumerate(METRICS)}
    by_year = period not in (CUMULATIVE, SINGLE_MONTH)
    records = []
    for (metric, year, code), group in rows.groupby(["metric", "year", "period"], sort=False):
        printed = group[group["kind"] == "actual"]
        pick = printed if len(printed) else group
        first = pick.iloc[0]
        values = [v for v in pick["value"].dropna().unique().tolist()]
        yoy = pick["yoy_pct"].dropna()
        label = series_label(int(year), code, period, lang)
        records.append({
            "metric": metric,
            "metric_label": metric_label(metric, lang, str(first["metric_zh"])),
            "year": int(year),
            "period": code,
            "label": label,
            "column": str(int(year)) if by_year else label,
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
            "_month": _calendar(code)[0],
        })
    cols = ["metric", "metric_label", "year", "period", "label", "column", "value", "unit", "yoy_pct", "kind",
            "conflict", "alternatives", "derivation", "doc", "evidence", "fid"]
    if not records:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(records).sort_values(["_order", "year", "_month"])
    out["value"] = out["value"].astype("float64")
    out["yoy_pct"] = out["yoy_pct"].astype("float64")
    return out[cols].reset_index(drop=True)


def sum_check(cells: pd.DataFrame, tolerance: float = 0.001) -> pd.DataFrame:
    """Per year (and period, when the cells have several), GDP against the sum of its three
    industries (where all four exist).

    ``ok`` when they differ by at most ``tolerance`` of GDP (printed figures are rounded).
    """
    keys = ["year", "period"] if "period" in cells.columns else ["year"]
    out = []
    for total, parts in SUM_PARTS.items():
        for key, group in cells.groupby(keys):
            by_metric = {m: v for m, v in zip(group["metric"], group["value"], strict=True) if pd.notna(v)}
            if total not in by_metric or not all(p in by_metric for p in parts):
                continue
            parts_sum = round(sum(by_metric[p] for p in parts), 4)
            diff = round(by_metric[total] - parts_sum, 4)
            column = group["column"].iloc[0] if "column" in group.columns else str(int(key[0]))
            out.append({"metric": total, "year": int(key[0]), "column": column, "total": by_metric[total],
                        "parts_sum": parts_sum, "difference": diff,
                        "ok": abs(diff) <= tolerance * abs(by_metric[total]) + 1e-9})
    return pd.DataFrame(out, columns=["metric", "year", "column", "total", "parts_sum", "difference", "ok"])


def compare_table(cells: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """Metrics as rows, years (or months) as columns; each cell "value unit · YoY" with marks.

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

    shown = cells.assign(cell=cells.apply(cell, axis=1))
    columns = list(dict.fromkeys(shown.assign(_month=shown["period"].map(lambda p: _calendar(p)[0]))
                                 .sort_values(["year", "_month"])["column"]))
    wide = shown.pivot_table(index="metric_label", columns="column", values="cell", aggfunc="first", sort=False)
    wide = wide.reindex(columns=columns).fillna("")
    checks = sum_check(cells)
    if len(checks):
        row = {c: (f"{'✓' if ok else '✗'} {fmt_number(s)} ({'差' if lang == 'zh' else 'diff'} "
                   f"{fmt_number(d)})")
               for c, s, d, ok in zip(checks["column"], checks["parts_sum"], checks["difference"],
                                      checks["ok"], strict=True)}
        wide.loc[text("sum_check", lang)] = [row.get(c, "") for c in wide.columns]
    wide.index.name = "指标" if lang == "zh" else "metric"
    wide.columns.name = None
    return wide


# ---------------------------------------------------------------- regions side by side

PROVINCES, OTHER_PLACES = "(provinces)", "(other)"
_GROUP_NAMES = {PROVINCES: ("省级", "Provinces"), OTHER_PLACES: ("其他地区", "Other places")}
MEASURES = ("value", "yoy")


@lru_cache(maxsize=4096)
def region_group(name: str, home: str = "") -> str:
    """The gazetteer parent a region is ranked among: a county's city, a city's province; provinces
    form a group of their own, and places the gazetteer does not know another.

    >>> region_group("平湖"), region_group("南湖", "平湖"), region_group("杭州"), region_group("浙江")
    ('嘉兴', '嘉兴', '浙江', '(provinces)')
    >>> region_group("火星")
    '(other)'
    """
    from ..base.regions import display, lookup

    entry = lookup(name, home=home)
    if entry is None:
        return OTHER_PLACES
    if entry.level == "province":
        return PROVINCES
    parent = lookup(entry.parent)
    return display(parent) if parent is not None else entry.parent


def group_label(group: str, lang: str = "zh") -> str:
    """A group's name on the page.

    >>> group_label("嘉兴"), group_label("(provinces)", "en")
    ('嘉兴', 'Provinces')
    """
    names = _GROUP_NAMES.get(group)
    return group if names is None else names[lang == "en"]


def region_periods(rows: pd.DataFrame) -> list[tuple[int, str, int]]:
    """(year, period, number of regions with a figure) of one metric's region-level facts, latest first.

    >>> rows = pd.DataFrame({"region": ["甲", "乙", "甲"], "year": [2023, 2023, 2024], "value": [1.0, 2.0, 3.0],
    ...                      "period": ["M1-M7", "M1-M7", "H1"], "yoy_pct": [None] * 3})
    >>> region_periods(rows)
    [(2024, 'H1', 1), (2023, 'M1-M7', 2)]
    """
    shown = rows[(rows["value"].notna() | rows["yoy_pct"].notna()).to_numpy()]
    counts = shown.groupby(["year", "period"], observed=True)["region"].nunique()
    pairs = [(int(y), str(p), int(n)) for (y, p), n in counts.items()]
    return sorted(pairs, key=lambda ypn: (ypn[0], *_calendar(ypn[1])), reverse=True)


def busiest_period(rows: pd.DataFrame, home: str | None = None) -> tuple[int, str] | None:
    """The (year, period) of one metric with the most regions, the home region among them if it
    can be; the latest on a tie.

    >>> rows = pd.DataFrame({"region": ["甲", "乙", "甲"], "year": [2023, 2023, 2024], "value": [1.0, 2.0, 3.0],
    ...                      "period": ["M1-M7", "M1-M7", "H1"], "yoy_pct": [None] * 3})
    >>> busiest_period(rows, "甲"), busiest_period(rows, "乙"), busiest_period(rows.iloc[0:0])
    ((2023, 'M1-M7'), (2023, 'M1-M7'), None)
    """
    pairs = region_periods(rows)
    if home:
        mine = {(y, p) for y, p, _ in region_periods(rows[(rows["region"] == home).to_numpy()])}
        pairs = [ypn for ypn in pairs if (ypn[0], ypn[1]) in mine] or pairs
    if not pairs:
        return None
    year, period, _ = max(pairs, key=lambda ypn: ypn[2])  # max keeps the first (latest) of a tie
    return year, period


def side_by_side(rows: pd.DataFrame, year: int, period: str, home: str | None = None,
                 measure: str = "value", lang: str = "zh") -> pd.DataFrame:
    """Every region's figure for one metric, year and period, ranked within its gazetteer group.

    ``rows`` are one metric's region-level facts (every region, derived ones too).  A printed
    figure wins over a derived one; a region printed with two values is marked ``conflict``.
    ``level`` is the value in the unit most regions were printed in (converted through the base
    unit when another was printed); ``rank`` orders the regions of a group by ``measure`` (the level,
    or ``yoy`` growth), 1 the highest.  Rows come group by group (the home region's first), by rank.
    """
    at = rows[((rows["year"] == year) & (rows["period"] == period)).fillna(False).to_numpy()]
    reviewed = [c for c in reviews.FACT_REVIEW_COLUMNS if c in at.columns]  # the chosen fact's review
    names = ["region", "kind", "value", "unit", "value_base", "base_unit", "yoy_pct", "conflict", "doc",
             "evidence", "fid", "derivation_" + lang, *reviewed]
    facts = sorted((dict(zip(names, values, strict=True)) for values in  # column lists: far faster than rows
                    zip(*(at[c].astype(object).where(at[c].notna(), None).tolist() for c in names), strict=True)),
                   key=lambda f: f["fid"])
    by_region: dict[str, list[dict]] = {}
    for f in facts:
        if f["value"] is not None or f["yoy_pct"] is not None:
            by_region.setdefault(f["region"], []).append(f)
    records = []
    for region, found in sorted(by_region.items()):
        pick = [f for f in found if f["kind"] == "actual"] or found  # printed rows win over derived ones
        first = next((f for f in pick if f["value"] is not None), pick[0])
        values = list(dict.fromkeys(f["value"] for f in pick if f["value"] is not None))
        derived = first["kind"] == "derived"
        records.append({
            **{k: first[k] for k in ("region", "value", "unit", "value_base", "base_unit", "kind", "evidence", "fid")},
            "yoy_pct": next((f["yoy_pct"] for f in pick if f["yoy_pct"] is not None), None),
            "derived": derived, "conflict": len(values) > 1 or any(bool(f["conflict"]) for f in pick),
            "alternatives": " / ".join(fmt_number(v) for v in values[1:]),
            "derivation": str(first["derivation_" + lang] or "") if derived else "",
            "doc": "; ".join(dict.fromkeys(str(f["doc"]) for f in pick)),
            "home": region == home, "group": region_group(str(region), home or ""),
            **{c: first[c] for c in reviewed},
        })
    cols = ["region", "group", "group_label", "home", "rank", "level", "level_unit", "value", "unit", "yoy_pct",
            "kind", "derived", "conflict", "alternatives", "derivation", "doc", "evidence", "fid", "hover",
            *reviewed]
    if not records:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(records).astype({"value": "float64", "value_base": "float64", "yoy_pct": "float64"})
    out["level"], out["level_unit"] = _in_common_unit(out)
    ranked = out["level" if measure == "value" else "yoy_pct"]
    out["rank"] = ranked.groupby(out["group"]).rank(ascending=False, method="min").astype("Int64")
    sizes = out["group"].value_counts()
    home_group = out.loc[out["home"], "group"].iloc[0] if out["home"].any() else None
    out["_group_order"] = [(g != home_group, g in (PROVINCES, OTHER_PLACES), -sizes[g], g) for g in out["group"]]
    out = out.sort_values(["_group_order", "rank", "region"], na_position="last", kind="stable")
    out["group_label"] = [group_label(g, lang) for g in out["group"]]
    src = "来源" if lang == "zh" else "source"
    out["hover"] = [f"{text('derived', lang)}: {d}" if k else f"{src}: {doc}<br>{_short(e)}"
                    for k, d, doc, e in zip(out["derived"], out["derivation"], out["doc"], out["evidence"],
                                            strict=True)]
    if reviewed:  # a reviewed figure says so (and what was extracted) in its tooltip
        out = out.astype({c: dtype for c, dtype in reviews.FACT_REVIEW_DTYPES.items() if c in reviewed})
        out["hover"] += _review_hovers(out, lang)
    return out[cols].reset_index(drop=True)


def _in_common_unit(table: pd.DataFrame) -> tuple[pd.Series, str]:
    """Values in the unit most rows were printed in, and that unit; another unit of the same base
    unit is converted (万元 → 亿元), one that cannot be is left out (NaN).

    >>> level, unit = _in_common_unit(pd.DataFrame({
    ...     "value": [120.0, 90.0, 1500000.0, 3.0], "unit": ["亿元", "亿元", "万元", "亿美元"],
    ...     "value_base": [1.2e10, 9e9, 1.5e10, 3e8], "base_unit": ["CNY", "CNY", "CNY", "USD"]}))
    >>> level.tolist(), unit
    ([120.0, 90.0, 150.0, nan], '亿元')
    """
    unit = table["unit"].dropna().mode()
    if unit.empty:
        return pd.Series(float("nan"), index=table.index), ""
    same = table[(table["unit"] == unit.iloc[0]) & table["value"].notna() & table["value_base"].notna()
                 & (table["value"] != 0)]
    level = table["value"].where(table["unit"] == unit.iloc[0]).astype("float64")
    if len(same):
        per_unit = float((same["value_base"] / same["value"]).median())
        convert = level.isna() & (table["base_unit"] == same["base_unit"].mode().iloc[0]) & table["value_base"].notna()
        level[convert] = (table.loc[convert, "value_base"] / per_unit).round(4)
    return level, str(unit.iloc[0])


def side_by_side_display(table: pd.DataFrame, lang: str = "zh") -> pd.DataFrame:
    """The regions table as shown: rank, region (★ the home region), group, value, YoY, kind, source."""
    zh = lang == "zh"
    return pd.DataFrame({
        "排名" if zh else "rank": table["rank"],
        "地区" if zh else "region": [f"{r} ★" if h else r
                                     for r, h in zip(table["region"], table["home"], strict=True)],
        "分组" if zh else "group": table["group_label"],
        "数值" if zh else "value": table["value"],
        "单位" if zh else "unit": table["unit"],
        "同比%" if zh else "YoY %": table["yoy_pct"],
        "类型" if zh else "kind": [value_name("kind", k, lang) for k in table["kind"]],
        "冲突" if zh else "conflict": table["conflict"],
        "来源" if zh else "source": table["doc"],
        "原文" if zh else "evidence": table["evidence"],
        "推算说明" if zh else "derivation": table["derivation"],
        **reviews.display_columns(table, lang),
    })


# ---------------------------------------------------------------- words of the data, translated

_VALUE_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {"actual": ("实际", "actual"), "target": ("目标", "target"), "forecast": ("预计", "forecast"),
             "derived": ("推算", "derived"), "multi_year": ("多年合计", "multi-year")},
    "scope": {"region": ("全地区", "region"), "enterprise": ("企业", "enterprise"), "project": ("项目", "project"),
              "sector": ("行业", "sector"), "town": ("镇街", "town"), "event": ("活动", "event"),
              "subset": ("部分", "subset"), "national": ("全国", "national")},
    "status": {"ok": ("正常", "ok"), "warning": ("警告", "warning"), "error": ("错误", "error")},
    "source": {"manifest": ("清单", "manifest"), "metadata": ("网页元数据", "metadata"), "given": ("指定", "given"),
               "inferred": ("推断", "inferred"), "default": ("默认", "default"), "unknown": ("未知", "unknown")},
}


def value_name(column: str, value: object, lang: str = "zh") -> str:
    """A kind, scope, status or date/region source in the chosen language (unknown words as they are).

    >>> value_name("kind", "actual"), value_name("kind", "actual", "en"), value_name("status", "warning")
    ('实际', 'actual', '警告')
    >>> value_name("scope", "elsewhere"), value_name("kind", None)
    ('elsewhere', '')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    names = _VALUE_NAMES[column].get(str(value))
    return str(value) if names is None else names[lang == "en"]


def _names(column: str, values: pd.Series, lang: str) -> list[str]:
    return _each_once(lambda v: value_name(column, v, lang), _or_none(values))


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
        "类型" if zh else "kind": _names("kind", facts["kind"], lang),
        "范围" if zh else "scope": _names("scope", facts["scope"], lang),
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
        "状态" if zh else "status": _names("status", report["status"], lang),
        "说明" if zh else "message": text_col("message"),
        "格式" if zh else "format": text_col("format"),
        "编码" if zh else "encoding": text_col("encoding"),
        "发布日期" if zh else "pub_date": report["pub_date"],
        "日期来源" if zh else "date source": _names("source", report["pub_date_source"], lang),
        "日期推断" if zh else "date inferred": inferred.astype(bool),
        "地区" if zh else "region": report["region"],
        "地区来源" if zh else "region source": _names("source", report["region_source"], lang),
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

"""Each optional reader or writer imports its package and reads or writes a tiny input.

A broken dependency fails here in one test whose name says what broke, and the
lock that installs them agrees with ``pyproject.toml``.
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from fixtures_gen import html_page, pdf_bytes
from indicators.app.output import write_table
from indicators.base.needs import PACKAGES, MissingPackage, need
from indicators.ingest.readers import read_bytes
from indicators.ingest.readers.formats import ReadError
from indicators.run.store import FactStore

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "上半年，全市实现生产总值385.12亿元，增长5.7%。"


def test_html_reader_reads_a_page() -> None:
    page = html_page("平湖经济", [SENTENCE], date="2024-07-20")
    read = read_bytes("p.html", page)
    assert "385.12亿元" in read.text and read.pub_date == "2024-07-20"


def test_pdf_reader_reads_a_page() -> None:
    read = read_bytes("p.pdf", pdf_bytes([SENTENCE], columns=1, width=40))
    assert "385.12" in read.text


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet"])
def test_table_writer_round_trips(tmp_path: Path, suffix: str) -> None:
    df = pd.DataFrame({"metric": ["gdp"], "value": [385.12]})
    path = write_table(df, tmp_path / f"t{suffix}")
    back = pd.read_excel(path) if suffix == ".xlsx" else pd.read_parquet(path)
    assert back.to_dict("records") == [{"metric": "gdp", "value": 385.12}]


def test_duckdb_store_opens_and_counts(tmp_path: Path) -> None:
    with FactStore(tmp_path / "s.duckdb") as store:
        assert store.count() == 0


def test_dask_cluster_extra_imports() -> None:
    distributed = need("distributed")
    assert callable(distributed.LocalCluster)


def test_a_missing_reader_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    with pytest.raises(ReadError, match=r"reading HTML pages needs the package trafilatura.*"
                                        r"pip install trafilatura lxml_html_clean"):
        read_bytes("p.html", b"<html><body><p>x</p></body></html>")
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingPackage, match=r"the dask engine needs .*pip install 'indicators\[cluster\]'"):
        need("distributed")


# --- the lock -------------------------------------------------------------------------------

def _locked() -> dict[str, Version]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return {p["name"]: Version(p["version"]) for p in lock["package"] if "version" in p}


def _exported(name: str) -> dict[str, Version]:
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    return {m[1]: Version(m[2]) for m in re.finditer(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("exported", ["app.txt", "all.txt"])
def test_exported_requirements_match_the_lock(exported: str) -> None:
    locked = {_norm(k): v for k, v in _locked().items()}
    pins = {_norm(k): v for k, v in _exported(exported).items()}
    assert pins, f"requirements/{exported} pins nothing"
    assert {k: v for k, v in pins.items() if locked.get(k) != v} == {}


def test_pyproject_lower_bounds_hold_in_the_lock() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + [r for extra in project["optional-dependencies"].values()
                                              for r in extra]
    locked = {_norm(k): v for k, v in _locked().items()}
    app = {_norm(k) for k in _exported("app.txt")}
    everything = {_norm(k) for k in _exported("all.txt")}
    for line in wanted:
        req = Requirement(line)
        name = _norm(req.name)
        assert name in locked, f"{req.name} is not in uv.lock"
        assert locked[name] in req.specifier, f"uv.lock has {req.name} {locked[name]}, pyproject wants {req}"
        assert name in everything, f"{req.name} is missing from requirements/all.txt"
        if line in project["dependencies"]:
            assert name in app, f"{req.name} is missing from requirements/app.txt"


def test_pip_is_pinned_and_installed_first() -> None:
    """A fresh venv's bundled pip cannot install the exports (an extra of a pinned package reads
    as unpinned): the README's commands and CI install the hash-pinned pip of requirements/pip.txt first."""
    pinned = (ROOT / "requirements" / "pip.txt").read_text(encoding="utf-8")
    assert re.search(r"^pip==\d+(\.\d+)+ \\\n\s+--hash=sha256:[0-9a-f]{64}", pinned, re.M)
    for text in ((ROOT / "README.md").read_text(encoding="utf-8"), (ROOT / ".ci" / "run").read_text(encoding="utf-8")):
        first = text.index("-r requirements/pip.txt")
        assert all(first < text.index(f"-r requirements/{f}") for f in ("app.txt", "all.txt") if f"-r requirements/{f}" in text)

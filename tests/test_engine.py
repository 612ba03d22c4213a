"""Parallel and Dask extraction give exactly the serial result."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from indicators import extract_corpus
from indicators.run import engine
from indicators.run.store import MEMORY, FactStore

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _run(folder: Path, **kw: object) -> tuple[pd.DataFrame, pd.DataFrame]:
    with FactStore(MEMORY) as store:
        stats = engine.run(folder, store, progress=False, **kw)
        assert stats.extracted == stats.docs
        return store.facts(), store.report()


@pytest.fixture(scope="module")
def serial() -> tuple[pd.DataFrame, pd.DataFrame]:
    return _run(SEEDS, jobs=1)


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(list(df.columns)).reset_index(drop=True)


def test_serial_engine_equals_extract_corpus(serial: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    facts, report = extract_corpus(SEEDS)
    assert _sorted(serial[0]).equals(_sorted(facts))
    assert serial[1]["facts"].tolist() == report["facts"].tolist()
    assert serial[1]["status"].tolist() == report["status"].tolist()


def test_parallel_equals_serial(serial: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    facts, report = _run(SEEDS, jobs=2, batch_docs=1)
    assert _sorted(facts).equals(_sorted(serial[0]))
    assert report.equals(serial[1])


def test_dask_local_cluster_equals_local(serial: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster:  # (any free port: two runs never clash)
        facts, report = _run(SEEDS, engine="dask", scheduler=cluster.scheduler_address, batch_docs=2)
    assert _sorted(facts).equals(_sorted(serial[0]))
    assert report.equals(serial[1])


def test_cli_store_then_unchanged_rerun(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from indicators.cli import main

    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(".indicators.duckdb*"))
    out = tmp_path / "facts.csv"
    assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    assert "5 extracted, 0 unchanged" in capsys.readouterr().err
    assert main(["extract", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    assert "0 extracted, 5 unchanged" in capsys.readouterr().err
    assert (folder / ".indicators.duckdb").exists()
    assert pd.read_csv(out, encoding="utf-8-sig").shape[0] == extract_corpus(SEEDS)[0].shape[0]


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError):
        list(engine.extract_stream(iter([]), engine="spark"))


def test_cli_leaves_the_vocabulary_unloaded() -> None:
    """A re-run with nothing to extract does not pay for compiling the vocabulary patterns."""
    code = "import sys, indicators.cli; print('indicators.facts.extract' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plan_lists_like_load_folder(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(".indicators.duckdb*"))
    (folder / "notes.docx").write_bytes(b"x")
    (folder / "sub").mkdir()
    planned = engine.plan(folder, {}, None)
    by_doc = {e.doc: e for e in planned.todo}
    assert by_doc["notes.docx"].status == "skipped"
    assert any(p.startswith("sub/") for p in planned.problems)
    assert planned.n_docs == len(planned.todo) and planned.manifest
    known = {e.doc: (e.sha256, e.meta, engine.RULES_VERSION) for e in planned.todo}
    again = engine.plan(folder, known, None)
    assert again.todo == [] and again.removed == []


def test_writes_in_chunks_behind_the_pool(monkeypatch: pytest.MonkeyPatch,
                                          serial: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    """With a chunk of one fact, every batch goes through the writer thread; nothing is lost."""
    monkeypatch.setattr(engine, "WRITE_FACTS", 1)
    facts, report = _run(SEEDS, jobs=1, batch_docs=1)
    assert _sorted(facts).equals(_sorted(serial[0]))
    assert report.equals(serial[1])


def test_a_failed_write_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: FactStore, results: list, *, replace: bool = True) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(engine, "WRITE_FACTS", 1)
    monkeypatch.setattr(FactStore, "write", broken)
    with FactStore(MEMORY) as store, pytest.raises(OSError, match="disk full"):
        engine.run(SEEDS, store, progress=False, jobs=1, batch_docs=1)


def test_a_task_sent_without_its_bytes_reads_the_file(tmp_path: Path) -> None:
    """A local worker reads the file itself: the same result as a task that carries the bytes,
    and a file removed since it was hashed is reported as unreadable."""
    from indicators.ingest.folder import _task, listing, scan

    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    ls = listing(folder)
    pairs = [(entry, data) for entry, data in scan(ls, None) if entry.status == "read"]
    for entry, data in pairs:
        full, bare = _task(entry, data, ls.manifest, None), _task(entry, b"", ls.manifest, None)
        assert not bare.data and engine.extract_task(bare) == engine.extract_task(full)
    entry = pairs[0][0]
    Path(entry.path).unlink()
    gone = engine.extract_task(_task(entry, b"", ls.manifest, None))
    assert gone.report["status"] == "error" and "cannot read the file" in gone.report["problems"]
    assert gone.facts == []

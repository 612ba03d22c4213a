"""Incremental, parallel extraction of a folder into the fact store.

The folder is scanned once: each file is read and hashed, and only documents
whose content hash, manifest metadata or rules version differ from the store
are extracted again.  Documents go out in small batches and facts come back
per batch, with a bounded number of batches in flight, so memory does not
grow with the archive.  Two engines run the same batch function:

- ``local``: a process pool (``jobs`` processes; ``jobs=1`` runs in-process);
- ``dask``: a ``dask.distributed`` cluster (``scheduler`` address, or a
  ``LocalCluster`` with ``jobs`` workers).  Workers get the file bytes, so
  they need no shared file system, only the same ``indicators`` version.
"""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import multiprocessing as mp
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

from ..base.needs import need
from ..ingest.documents import ManifestRow
from ..ingest.folder import Entry, Task, _read_document, _task, listing, scan
from ..ingest.report import report_row
from ..rules.version import RULES_VERSION
from .store import MEMORY, DocResult, FactStore, default_store_path, folder_writable

ENGINES = ("local", "dask")
BATCH_DOCS = 48
WRITE_FACTS = 25_000  # facts per store write: one chunk waits while one is written (see _WriteBehind)
COMPACT_MIN = 20_000  # facts written in a run above which the store is re-sorted for queries


@dataclass(slots=True)
class RunStats:
    """What one run did."""

    store: str
    docs: int = 0
    extracted: int = 0
    skipped: int = 0
    removed: int = 0
    facts_written: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def extract_task(task: Task) -> DocResult:
    """Extract one document into the rows the store keeps for it."""
    from ..facts.extract import extract_document  # compiled vocabulary: loaded only where documents are extracted

    task = _load(task)
    doc = _read_document(task)
    found = extract_document(doc) if doc.text and not doc.duplicate_of else []
    rows = [tuple(f) for f in found]  # a Fact is a tuple in schema order
    document = {"doc": task.doc, "path": task.path, "sha256": task.sha256, "meta": task.meta,
                "rules_version": RULES_VERSION, "bytes": len(task.data)}
    return DocResult(document, report_row(doc, len(found)), rows)


_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _load(task: Task) -> Task:
    """The task with its file's bytes: a local pool is sent tasks without them (a worker reads the
    file itself, so 300 MB of pages do not go through the pipes) and reads them here; a file gone
    since it was hashed is reported as unreadable."""
    if task.data or task.status != "read" or not task.path or task.sha256 == _EMPTY_SHA256:
        return task
    entry = Entry(task.doc, task.path, task.sha256, task.meta, task.status, task.note, task.duplicate_of)
    loaded = _task(entry, None, {task.doc: task.manifest} if task.manifest else {}, task.region)
    return dataclasses.replace(loaded, has_manifest=task.has_manifest)


def extract_batch(tasks: Sequence[Task]) -> list[DocResult]:
    """Extract a batch of documents (the unit of work sent to a process or a Dask worker)."""
    return [extract_task(t) for t in tasks]


def rules_version() -> str:
    """The rules version of the process that runs this (checked on Dask workers)."""
    return RULES_VERSION


# --- planning ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Plan:
    """What a run has to do: documents to extract, documents gone, and the folder's manifest."""

    todo: list[Entry]
    removed: list[str]
    problems: list[str]
    n_docs: int
    manifest: dict[str, ManifestRow]


def plan(folder: Path, known: dict[str, tuple[str, str, str]], region: str | None) -> Plan:
    """Hash every file and compare with ``known``; see :class:`Plan`.

    ``todo`` holds the documents that are new or changed, or were extracted
    under other rules or metadata.
    """
    ls = listing(folder)
    planned = [entry for entry, _ in scan(ls, region)]
    todo = [p for p in planned if known.get(p.doc) != (p.sha256, p.meta, RULES_VERSION)
            or p.status == "unreadable"]
    removed = sorted(set(known) - {p.doc for p in planned})
    return Plan(todo, removed, ls.problems, len(planned), ls.manifest)


def _batches(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for t in tasks:
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- engines -----------------------------------------------------------------------------------

def _run_bounded(submit: Callable[[list[Task]], Any], wait_any: Callable[[set], tuple[set, set]],
                 batches: Iterator[list[Task]], in_flight: int) -> Iterator[list[DocResult]]:
    """Submit batches with at most ``in_flight`` pending; yield results as they complete."""
    pending: set = set()
    for batch in batches:
        pending.add(submit(batch))
        if len(pending) >= in_flight:
            done, pending = wait_any(pending)
            for fut in done:
                yield fut.result()
    while pending:
        done, pending = wait_any(pending)
        for fut in done:
            yield fut.result()


def _forkserver() -> mp.context.BaseContext:
    """The pool's context: workers forked from a server that has imported the extractor once."""
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["indicators.run.engine", "indicators.facts.extract"])
    return ctx


def start_workers_early(folder: Path, jobs: int | None, engine: str, batch_docs: int) -> None:
    """Start the fork server (which imports the extractor, ~1 s) while the folder is listed and
    hashed, when a local pool will be needed: more files than one batch and more than one job."""
    if engine != "local" or (jobs or os.cpu_count() or 1) <= 1 or not folder.is_dir():
        return
    with os.scandir(folder) as it:
        if sum(1 for _ in itertools.islice(it, batch_docs + 2)) <= batch_docs + 1:  # + manifest.csv
            return
    _forkserver()
    forkserver.ensure_running()


def _local(batches: Iterator[list[Task]], jobs: int) -> Iterator[list[DocResult]]:
    if jobs <= 1:
        for batch in batches:
            yield extract_batch(batch)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_forkserver()) as pool:
        def wait_any(pending: set[Future]) -> tuple[set, set]:
            done, rest = wait(pending, return_when=FIRST_COMPLETED)
            return set(done), set(rest)
        yield from _run_bounded(lambda b: pool.submit(extract_batch, b), wait_any, batches, jobs * 3)


def _dask(batches: Iterator[list[Task]], jobs: int, scheduler: str | None
          ) -> Iterator[list[DocResult]]:
    need("distributed")
    from distributed import Client, LocalCluster
    from distributed import wait as dwait
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # (any free port: two runs on one machine never clash)
        client = Client(cluster)
    try:
        versions = set(client.run(rules_version).values())
        if versions - {RULES_VERSION}:
            raise RuntimeError(f"Dask workers run rules {sorted(versions)}, this client {RULES_VERSION}; "
                               "install the same indicators version on the workers")
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)

        def wait_any(pending: set) -> tuple[set, set]:
            done, rest = dwait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        yield from _run_bounded(lambda b: client.submit(extract_batch, b, pure=False),
                                wait_any, batches, n_workers * 3)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_stream(tasks: Iterator[Task], *, jobs: int | None = None, engine: str = "local",
                   scheduler: str | None = None, batch_docs: int = BATCH_DOCS
                   ) -> Iterator[list[DocResult]]:
    """Extract tasks on an engine; yield per-batch results in completion order."""
    jobs = jobs or os.cpu_count() or 1
    batches = _batches(tasks, batch_docs)
    if engine == "local":
        return _local(batches, jobs)
    if engine == "dask":
        return _dask(batches, jobs, scheduler)
    raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")


class _WriteBehind:
    """Writes results to the store on a thread of its own, ``WRITE_FACTS`` facts at a time.

    DuckDB releases the GIL while it inserts, so the pool keeps receiving results and sending
    work during a write (written inline, a 50,000-fact write left both workers idle for up to
    2 s on a busy machine).  At most one chunk waits while another is written, so memory stays
    bounded; an error of the writer is raised in the caller, at the next ``add`` or at exit.
    """

    def __init__(self, store: FactStore, *, replace: bool) -> None:
        self.store, self.replace = store, replace
        self.written = 0
        self.pending: list[DocResult] = []
        self.n_pending = 0
        self.chunks: queue.Queue[list[DocResult] | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._write_chunks, name="store-writer", daemon=True)

    def __enter__(self) -> _WriteBehind:
        self.thread.start()
        return self

    def add(self, results: list[DocResult]) -> None:
        """Queue a batch's results; hand them to the writer once ``WRITE_FACTS`` facts wait."""
        self._raise()
        self.pending.extend(results)
        self.n_pending += sum(len(r.facts) for r in results)
        if self.n_pending >= WRITE_FACTS:
            self.chunks.put(self.pending)
            self.pending, self.n_pending = [], 0

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        """Write what is left and wait for the writer (on an error, drop what is left)."""
        if exc_type is None:
            self.chunks.put(self.pending)
        self.chunks.put(None)
        self.thread.join()
        if exc_type is None:
            self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def _write_chunks(self) -> None:
        while (chunk := self.chunks.get()) is not None:
            if self.error is None:  # after an error, only drain the queue so no put() blocks
                try:
                    self.written += self.store.write(chunk, replace=self.replace)
                except BaseException as e:  # noqa: BLE001 - raised again in the caller's thread
                    self.error = e


def open_store(folder: str | Path, store: str | Path | None = None) -> tuple[FactStore, list[str]]:
    """Open the given store, or the default one next to the corpus.

    Falls back to an in-memory store (with a problem noted) when the folder is
    read-only or the store file is locked by another process.
    """
    if store is not None:
        return FactStore(store), []
    path = default_store_path(folder)
    if not folder_writable(folder) and not path.exists():
        return FactStore(MEMORY), [f"{folder}: read-only folder; the store is kept in memory only"]
    try:
        return FactStore(path), []
    except Exception as e:  # noqa: BLE001 - duckdb raises IOException on a locked file
        if "lock" not in str(e).lower():
            raise
        return FactStore(MEMORY), [f"{path}: in use by another process; the store is kept in memory only"]


def run(folder: str | Path, store: FactStore, *, region: str | None = None,
        jobs: int | None = None, engine: str = "local", scheduler: str | None = None,
        progress: bool | None = True, batch_docs: int = BATCH_DOCS) -> RunStats:
    """Bring ``store`` up to date with ``folder``; return what was done.

    ``progress``: show a tqdm bar (documents done, rate, ETA) on stderr;
    ``None`` shows it only on a terminal.
    """
    from tqdm import tqdm

    t0 = time.perf_counter()
    folder = Path(folder)
    stats = RunStats(store=store.path)
    known = store.known()
    fresh = not known
    send_bytes = engine != "local"  # Dask workers get the bytes (no shared file system); local ones read the files
    if fresh:  # everything is new: hash and extract in one stream
        start_workers_early(folder, jobs, engine, batch_docs)
        ls = listing(folder)
        manifest, n_todo = ls.manifest, ls.n_docs
        stats.docs, stats.problems = n_todo, ls.problems
        tasks: Iterator[Task] = (_task(p, data if send_bytes else b"", manifest, region)
                                 for p, data in scan(ls, region))
    else:
        planned = plan(folder, known, region)
        manifest, n_todo = planned.manifest, len(planned.todo)
        stats.docs, stats.problems = planned.n_docs, planned.problems
        stats.removed = store.remove(planned.removed)
        tasks = (_task(p, None if send_bytes else b"", manifest, region) for p in planned.todo)
    stats.skipped = stats.docs - n_todo
    disable = None if progress is None else not progress
    with tqdm(total=n_todo, unit="doc", disable=True if not n_todo else disable, smoothing=0.1,
              desc="extract", dynamic_ncols=True) as bar, _WriteBehind(store, replace=not fresh) as writer:
        if engine == "local":  # a pool costs ~1 s to start: not worth it for a batch or two
            jobs = min(jobs or os.cpu_count() or 1, -(-n_todo // batch_docs))
        for results in extract_stream(tasks, jobs=jobs, engine=engine,
                                      scheduler=scheduler, batch_docs=batch_docs):
            writer.add(results)
            bar.update(len(results))
    stats.facts_written = writer.written
    if stats.facts_written >= COMPACT_MIN and stats.facts_written * 10 >= store.count():
        store.compact()
    stats.extracted = n_todo
    stats.seconds = time.perf_counter() - t0
    return stats


def extract_folder_to_store(folder: str | Path, *, store: str | Path | None = None,
                            no_store: bool = False, region: str | None = None,
                            jobs: int | None = None, engine: str = "local",
                            scheduler: str | None = None, progress: bool | None = None
                            ) -> tuple[FactStore, RunStats]:
    """Open the store for ``folder`` (in memory with ``no_store``) and bring it up to date.

    The caller closes the returned store.  ``progress=None`` shows the bar on a terminal only.
    """
    if no_store:
        fs, notes = FactStore(MEMORY), []
    else:
        fs, notes = open_store(folder, store)
    try:
        stats = run(folder, fs, region=region, jobs=jobs, engine=engine, scheduler=scheduler,
                    progress=progress)
    except BaseException:
        fs.close()
        raise
    stats.problems = notes + stats.problems
    return fs, stats

"""A folder of articles: list it with its manifest, read and hash each file once, make each a document.

One listing and one scan serve :func:`load_folder` and the extraction engine's plan, so the skip, size,
unreadable and missing rules exist once.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from . import documents
from .documents import MANIFEST, Document, ManifestRow, read_manifest


@dataclass(frozen=True, slots=True)
class Task:
    """One document to extract: its bytes and the metadata it is read with.

    ``status`` is ``read`` for an article file, ``skipped`` for a file of
    another format, ``missing`` for a manifest row without a file, and
    ``too_large`` or ``unreadable`` for a file that is not read.
    """

    doc: str
    path: str
    data: bytes
    sha256: str
    meta: str
    manifest: ManifestRow | None
    region: str | None
    has_manifest: bool = True
    status: str = "read"
    note: str = ""
    duplicate_of: str = ""


def _meta(row: ManifestRow | None, region: str | None, status: str, duplicate_of: str) -> str:
    fields = ("", "", "", "") if row is None else (row.pub_date or "", row.region, row.source,
                                                   "|".join(row.notes))
    return "|".join(map(str, fields)) + f"|default={region or ''}|{status}|dup={duplicate_of}"


def _read_document(task: Task) -> Document:
    """The document of one task, read exactly as :func:`folder.load_folder` reads a file."""
    name, row = task.doc, task.manifest
    if task.status != "read":
        doc = documents._failed(name, task.note, path=task.path, skipped=task.status == "skipped")
        if task.status == "missing" and row is not None:
            doc.problems.extend(row.notes)
        return doc
    doc = documents.read_document(name, task.data, manifest=row, region=task.region, path=task.path)
    if row is None and not doc.error and task.has_manifest:
        doc.problems.append(f"{name}: not in {MANIFEST}; pub_date {doc.pub_date_source}, "
                            f"region {doc.region_source}")
    elif row is None and not doc.error:
        doc.problems.append(f"{name}: no {MANIFEST} in the folder; pub_date "
                            f"{doc.pub_date_source}, region {doc.region_source}")
    doc.duplicate_of = task.duplicate_of
    return doc


@dataclass(frozen=True, slots=True)
class Entry:
    """A planned document: where it is (``""`` if missing) and why it will or will not be read."""

    doc: str
    path: str
    sha256: str
    meta: str
    status: str
    note: str = ""
    duplicate_of: str = ""


@dataclass(slots=True)
class Listing:
    """The folder's manifest, its files in name order (no hidden files) and listing problems."""

    folder: Path
    manifest: dict[str, ManifestRow]
    files: list[os.DirEntry]
    problems: list[str]

    @property
    def n_docs(self) -> int:
        """Files plus manifest rows whose file is missing (each gets a report row)."""
        names = {e.name for e in self.files}
        return len(self.files) + sum(name not in names for name in self.manifest)


def listing(folder: Path) -> Listing:
    """List the folder as :func:`folder.load_folder` does.

    Hidden files and ``manifest.csv`` are not articles; subfolders are reported.
    """
    manifest: dict[str, ManifestRow] = {}
    problems: list[str] = []
    manifest_path = os.path.join(folder, MANIFEST)
    if os.path.exists(manifest_path):
        manifest, problems = read_manifest(Path(manifest_path))
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    files = [e for e in entries if e.is_file() and not e.name.startswith(".") and e.name != MANIFEST]
    problems += [f"{e.name}/: subfolders are not read; run on {e.path} separately"
                 for e in entries if e.is_dir() and not e.name.startswith(".")]
    return Listing(Path(folder), manifest, files, problems)


def scan(ls: Listing, region: str | None) -> Iterator[tuple[Entry, bytes]]:
    """Read and hash each file in name order; yield its entry and its bytes (``b""`` if not read).

    Plain ``os`` calls, not ``pathlib``: on 38,000 files the path objects
    alone cost more than reading and hashing.  Manifest rows whose file is
    missing come last.
    """
    manifest = ls.manifest
    first_of: dict[str, str] = {}
    formats: dict[str, str | None] = {}  # by suffix
    has_manifest = f"|{bool(manifest)}"
    for e in ls.files:
        row = manifest.get(e.name)
        status, note, digest, dup, data = "read", "", "", "", b""
        suffix = os.path.splitext(e.name)[1].lower()
        if suffix not in formats:
            formats[suffix] = documents.format_of(e.name)
        if formats[suffix] is None:
            status = "skipped"
            note = (f"skipped: {PurePath(e.name).suffix or 'files without a suffix'} is not an "
                    f"article format ({', '.join(documents.SUFFIXES)})")
        else:
            try:
                size = e.stat().st_size
                if size > documents.MAX_FILE_BYTES:
                    status = "too_large"
                    note = f"file is {documents._mb(size)}; the limit is {documents._mb(documents.MAX_FILE_BYTES)}"
                else:
                    with open(e.path, "rb") as f:
                        data = f.read()
                    digest = hashlib.sha256(data).hexdigest()
            except OSError as err:
                status, note = "unreadable", f"cannot read the file: {err.strerror or err}"
        if digest:
            dup = first_of.setdefault(digest, e.name)
            dup = "" if dup == e.name else dup
        meta = _meta(row, region, status, dup) + has_manifest
        yield Entry(e.name, e.path, digest or status, meta, status, note, dup), data
    names = {e.name for e in ls.files}
    for name, row in manifest.items():
        if name not in names:
            note = f"listed in {MANIFEST} (line {row.line}) but the file is not in {ls.folder}"
            yield Entry(name, "", "missing", _meta(row, region, "missing", "") + note, "missing", note), b""


def read_folder(folder: Path, region: str | None) -> tuple[list[Document], list[str]]:
    """Every document of the folder, read (see :func:`folder.load_folder`), and its problems."""
    ls = listing(folder)
    return [_read_document(_task(entry, data, ls.manifest, region)) for entry, data in scan(ls, region)], ls.problems


def _task(p: Entry, data: bytes | None, manifest: dict[str, ManifestRow], region: str | None) -> Task:
    """The task of a planned entry; ``data=None`` reads the file again."""
    status, note = p.status, p.note
    if data is None:
        data = b""
        if status == "read" and p.path:
            try:
                with open(p.path, "rb") as f:
                    data = f.read()
            except OSError as err:
                status, note = "unreadable", f"cannot read the file: {err.strerror or err}"
    return Task(p.doc, p.path, data, p.sha256, p.meta, manifest.get(p.doc), region,
                bool(manifest), status, note, p.duplicate_of)


def load_folder(folder: Path, region: str | None = None) -> tuple[list[Document], list[str]]:
    """Read every article file in ``folder`` with its manifest row; return documents and problems.

    Every file gets a document (with ``error`` when it could not be read, or
    ``skipped`` when it is not an article format), and so does every manifest
    row whose file is missing.  The returned problems are the folder-level
    ones that belong to no document.  Hidden files and ``manifest.csv`` are
    not articles; subfolders are not read and are reported.  The folder is
    listed and read as the extraction engine does (:func:`indicators.ingest.folder.read_folder`).
    """
    return read_folder(Path(folder), region)

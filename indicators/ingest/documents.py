"""Documents: read a folder of articles (.txt, .pdf, .html) plus its ``manifest.csv``.

Each document keeps its text exactly as read (fact offsets point into it),
the format and encoding, and where its publication date and region came
from.  For a PDF, ``page_starts`` gives where each page's text starts, so an
offset names a page (:meth:`Document.locate`).  Problems with a file or the
manifest are collected on the document they concern, never raised, so one
bad file does not stop the others; a file that could not be read at all has
``error`` set and no text.

Uploads from the dashboard go through :func:`document_from_bytes` (file
names sanitised, size limited) and :func:`save_upload` (kept in the corpus
folder with a manifest row).
"""
from __future__ import annotations

import bisect
import csv
import hashlib
import io
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from ..base.regions import infer_region
from .pubdate import PubDate, infer_pub_date, parse_pub_date
from .readers import read_bytes
from .readers.formats import FORMATS, ReadError, format_of
from .readers.text import DecodeError, decode_bytes

__all__ = [
    "MANIFEST", "MAX_FILE_BYTES", "MAX_UPLOAD_BYTES", "SUFFIXES", "DecodeError", "Document", "ManifestRow",
    "decode_bytes", "document_from_bytes", "make_document", "read_document", "read_manifest", "sanitize_name",
    "save_upload",
]

#: Every suffix a folder is read for.
SUFFIXES: tuple[str, ...] = tuple(FORMATS)
MANIFEST = "manifest.csv"
MANIFEST_FIELDS = ("doc", "pub_date", "region", "source")
#: Files larger than this in a corpus folder are reported, not read.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Upper limit for one file uploaded through the dashboard.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class Document:
    """One article ready for extraction."""

    doc: str
    text: str
    pub_date: PubDate | None
    pub_date_source: str = "unknown"  # manifest | given | metadata | inferred | unknown
    region: str = ""
    region_source: str = "unknown"  # manifest | default | inferred | unknown
    source: str = ""
    path: str = ""
    format: str = "txt"
    encoding: str = ""
    sha256: str = ""
    problems: list[str] = field(default_factory=list)
    page_starts: tuple[int, ...] = ()
    error: str = ""  # why nothing could be read; empty when the text was read
    skipped: bool = False  # not an article format: listed in the report, not read
    duplicate_of: str = ""  # the document with the same text that was counted

    def locate(self, offset: int) -> tuple[int, int] | None:
        """``(page, offset in that page's text)`` for an offset into ``text``; ``None`` without pages.

        >>> d = Document("a.pdf", "第一页\\n\\n第二页", None, page_starts=(0, 5))
        >>> d.locate(6), d.locate(1), Document("a.txt", "x", None).locate(0)
        ((2, 1), (1, 1), None)
        """
        if not self.page_starts:
            return None
        i = bisect.bisect_right(self.page_starts, offset) - 1
        i = max(i, 0)
        return i + 1, offset - self.page_starts[i]


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One manifest line; ``notes`` are the problems found on it (bad date, repeated row)."""

    doc: str
    pub_date: PubDate | None
    region: str
    source: str
    line: int = 0
    notes: tuple[str, ...] = ()


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_manifest(path: Path) -> tuple[dict[str, ManifestRow], list[str]]:
    """Read ``manifest.csv`` (``doc,pub_date,region,source``); return rows and the problems of the
    file as a whole (an unreadable file, a row without a name, broken CSV).

    A row with a bad date is kept without a date; of repeated rows for one
    file the first is kept.  Such a problem is in that row's ``notes``, reported with its document.
    """
    problems: list[str] = []
    rows: dict[str, ManifestRow] = {}
    try:
        text, _ = decode_bytes(path.read_bytes())
    except (OSError, DecodeError) as e:
        return rows, [f"{path.name}: cannot read the manifest: {e}"]
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
        if "doc" not in header:
            return rows, [f"{path.name}: no 'doc' column in the header (expected {','.join(MANIFEST_FIELDS)})"]
        reader.fieldnames = header
        for raw in reader:
            line = reader.line_num
            name = (raw.get("doc") or "").strip()
            if not name:
                problems.append(f"{path.name} line {line}: empty doc name; row ignored")
                continue
            notes: list[str] = []
            date_text = (raw.get("pub_date") or "").strip()
            date = parse_pub_date(date_text)
            if date_text and date is None:
                notes.append(f"{path.name} line {line}: bad pub_date {date_text!r} for {name} "
                             "(use YYYY-MM-DD, YYYY-MM or YYYY)")
            if name in rows:
                first = rows[name]
                note = f"{path.name} line {line}: {name} is listed again; line {first.line} is used"
                rows[name] = replace(first, notes=first.notes + (note,))
                continue
            rows[name] = ManifestRow(name, date, (raw.get("region") or "").strip(),
                                     (raw.get("source") or "").strip(), line, tuple(notes))
    except csv.Error as e:
        problems.append(f"{path.name} line {reader.line_num}: not valid CSV ({e}); rows after it ignored")
    return rows, problems


def make_document(name: str, text: str, *, manifest: ManifestRow | None = None,
                  region: str | None = None, pub_date: str | PubDate | None = None,
                  meta_date: str | PubDate | None = None, digest: bool = True) -> Document:
    """Build a document, filling pub_date and region from the manifest, defaults, metadata or the text.

    The date comes from the manifest, else ``pub_date`` (given), else the
    file's metadata (``meta_date``), else the text (inferred).  ``digest=False`` leaves
    ``sha256`` empty: for a document that is extracted and dropped (``extract_text``), never
    stored nor reviewed, whose hash would cost as much as its frame.

    >>> d = make_document("a.txt", "本报讯 2024年7月25日下午，会议召开。")
    >>> str(d.pub_date), d.pub_date_source
    ('2024-07-25', 'inferred')
    >>> len(make_document("a.txt", "全市").sha256), make_document("a.txt", "全市", digest=False).sha256
    (64, '')
    """
    doc = Document(doc=name, text=text, pub_date=None,
                   sha256=hashlib.sha256(text.encode()).hexdigest() if digest else "")
    if isinstance(pub_date, str):
        pub_date = parse_pub_date(pub_date)
    if isinstance(meta_date, str):
        meta_date = parse_pub_date(meta_date[:10])
    if manifest is not None and manifest.pub_date is not None:
        doc.pub_date, doc.pub_date_source = manifest.pub_date, "manifest"
    elif pub_date is not None:
        doc.pub_date, doc.pub_date_source = pub_date, "given"
    elif meta_date is not None:
        doc.pub_date, doc.pub_date_source = meta_date, "metadata"
    else:
        inferred = infer_pub_date(text)
        if inferred is not None:
            doc.pub_date, doc.pub_date_source = inferred, "inferred"
    if manifest is not None and manifest.region:
        doc.region, doc.region_source = manifest.region, "manifest"
    elif region:
        doc.region, doc.region_source = region, "default"
    else:
        guess = infer_region(text)
        if guess:
            doc.region, doc.region_source = guess, "inferred"
    if manifest is not None:
        doc.source = manifest.source
        doc.problems.extend(manifest.notes)
    return doc


def _failed(name: str, message: str, *, path: str = "", skipped: bool = False) -> Document:
    """A document that could not be read, carrying the reason."""
    doc = Document(doc=name, text="", pub_date=None, path=path, format=format_of(name) or "",
                   error="" if skipped else message, skipped=skipped)
    doc.problems.append(f"{name}: {message}")
    return doc


def read_document(name: str, data: bytes, *, manifest: ManifestRow | None = None,
                  region: str | None = None, pub_date: str | PubDate | None = None,
                  path: str = "") -> Document:
    """Read one file's bytes into a document; never raises on bad content.

    >>> d = read_document("a.txt", "全市实现生产总值385.12亿元".encode("gb18030"), region="平湖")
    >>> d.format, d.encoding, d.region_source, d.error
    ('txt', 'gb18030', 'default', '')
    >>> read_document("b.pdf", b"").error
    'empty file (0 bytes), not a PDF'
    """
    try:
        read = read_bytes(name, data)
    except ReadError as e:
        doc = _failed(name, str(e), path=path)
    except RecursionError as e:  # deeply nested hostile HTML or PDF objects
        doc = _failed(name, f"cannot read the file: structure nested too deeply ({e})", path=path)
    except Exception as e:  # a reader library failed on a hostile file: report it, read the others
        doc = _failed(name, f"cannot read the file ({type(e).__name__}: {e})", path=path)
    else:
        doc = make_document(name, read.text, manifest=manifest, region=region, pub_date=pub_date,
                            meta_date=read.pub_date)
        doc.format, doc.encoding, doc.page_starts = read.format, read.encoding, read.page_starts
        doc.path = path
        doc.problems[:0] = [f"{name}: {p}" for p in read.problems]
        if not read.text.strip():  # (an empty file is the readers' ReadError)
            doc.error = "no text in the file"
            doc.problems.insert(0, f"{name}: {doc.error}")
        return doc
    if manifest is not None:
        doc.problems.extend(manifest.notes)
        doc.source = manifest.source
    return doc


# --------------------------------------------------------------------------- uploads

_UNSAFE = regex.compile(r'[\x00-\x1f\x7f<>:"|?*\\/]+')
_RESERVED = regex.compile(r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\.|$)")


def sanitize_name(name: str, max_len: int = 120) -> str:
    """A safe file name for an upload: no folders, no ``..``, no control characters.

    >>> sanitize_name("../../etc/passwd.txt"), sanitize_name("C:\\\\Users\\\\x\\\\平湖 日报.PDF")
    ('passwd.txt', '平湖 日报.PDF')
    >>> sanitize_name("..."), sanitize_name(".hidden.html"), sanitize_name("nul.txt")
    ('upload', 'hidden.html', '_nul.txt')
    """
    base = regex.split(r"[/\\]", unicodedata.normalize("NFC", name or ""))[-1]
    base = _UNSAFE.sub("_", base).strip().lstrip(".").strip()
    base = regex.sub(r"\s+", " ", base)
    if _RESERVED.match(base):
        base = "_" + base
    stem, suffix = os.path.splitext(base)
    if not stem.strip("._ "):
        return "upload" + suffix if suffix.strip(".") else "upload"
    if len(base) > max_len:
        base = stem[: max_len - len(suffix)] + suffix
    return base


def document_from_bytes(name: str, data: bytes, pub_date: str | None = None,
                        region: str | None = None, *, max_bytes: int = MAX_UPLOAD_BYTES) -> Document:
    """Read an uploaded file into a document; never raises on bad content.

    The name is sanitised (the document is called by its safe name); a file
    over ``max_bytes`` or of another type than .txt, .pdf or .html comes back
    with ``error`` set and no text.

    >>> d = document_from_bytes("../a.txt", "增长5.7%".encode(), pub_date="2024-07-26")
    >>> d.doc, d.pub_date_source, d.error
    ('a.txt', 'given', '')
    >>> document_from_bytes("big.txt", b"x" * 11, max_bytes=10).error
    'file is 0.0 MB; uploads are limited to 0.0 MB'
    """
    safe = sanitize_name(name)
    if len(data) > max_bytes:
        doc = _failed(safe, f"file is {_mb(len(data))}; uploads are limited to {_mb(max_bytes)}",
)
    elif format_of(safe) is None:
        doc = _failed(safe, f"only {', '.join(SUFFIXES)} files can be added")
    else:
        date = (pub_date or "").strip() or None
        doc = read_document(safe, data, region=(region or "").strip() or None, pub_date=date)
        if date and parse_pub_date(date) is None:
            doc.problems.append(f"{safe}: bad pub_date {date!r} (use YYYY-MM-DD, YYYY-MM or YYYY); "
                                f"pub_date {doc.pub_date_source}")
    if safe != name:
        doc.problems.append(f"{safe}: uploaded as {name!r}; saved under a safe name")
    return doc


def _unique_name(folder: Path, name: str) -> str:
    stem, suffix = os.path.splitext(name)
    n = 2
    while (folder / name).exists():
        name = f"{stem}-{n}{suffix}"
        n += 1
    return name


def _same_content(folder: Path, data: bytes) -> str | None:
    """The name of a file in ``folder`` with exactly these bytes, if any."""
    digest = hashlib.sha256(data).hexdigest()
    for p in folder.iterdir():
        if p.is_file() and p.name != MANIFEST and p.stat().st_size == len(data):
            if hashlib.sha256(p.read_bytes()).hexdigest() == digest:
                return p.name
    return None


def _append_manifest(folder: Path, row: dict[str, str]) -> None:
    """Append one row to ``folder/manifest.csv``, creating it with a header if needed."""
    path = folder / MANIFEST
    if path.exists() and path.stat().st_size:
        text, _ = decode_bytes(path.read_bytes())
        header = next(csv.reader(io.StringIO(text)), [])
        fields = [h.strip().lower() for h in header] or list(MANIFEST_FIELDS)
        prefix = "" if text.endswith("\n") else "\n"
    else:
        text, fields, prefix = "", list(MANIFEST_FIELDS), ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    if not text:
        writer.writeheader()
    writer.writerow({f: row.get(f, "") for f in fields})
    with path.open("a", encoding="utf-8", newline="") as fh:
        fh.write(prefix + out.getvalue())


def save_upload(folder: str | Path, name: str, data: bytes, pub_date: str | None = None,
                region: str | None = None, source: str = "upload",
                max_bytes: int = MAX_UPLOAD_BYTES) -> tuple[str, str]:
    """Keep an uploaded file in a corpus folder with a manifest row; return ``(doc, message)``.

    The name is sanitised; a name already taken by other content gets a
    ``-2`` suffix; the same bytes already in the folder are not saved twice.
    Raises ``ValueError`` (with a message for the user) for a file that may
    not be saved: too large, unsupported type, bad date.
    """
    folder = Path(folder)
    safe = sanitize_name(name)
    if len(data) > max_bytes:
        raise ValueError(f"{safe}: file is {_mb(len(data))}; uploads are limited to {_mb(max_bytes)}")
    if format_of(safe) is None:
        raise ValueError(f"{safe}: only {', '.join(SUFFIXES)} files can be added")
    date = (pub_date or "").strip()
    if date and parse_pub_date(date) is None:
        raise ValueError(f"{safe}: bad pub_date {date!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    folder.mkdir(parents=True, exist_ok=True)
    existing = _same_content(folder, data)
    if existing is not None:
        return existing, f"{safe}: the same file is already in the corpus as {existing}; not saved again"
    final = _unique_name(folder, safe)
    fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / final)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _append_manifest(folder, {"doc": final, "pub_date": date, "region": (region or "").strip(),
                              "source": source})
    renamed = f" (as {final}: {safe} is taken)" if final != safe else ""
    return final, f"{final}: saved to {folder}{renamed}"

"""Documents: read a folder of articles plus its ``manifest.csv``.

Each document keeps its decoded text exactly as read (fact offsets point into
it), the encoding used, and where its publication date and region came from.
Problems with a file or the manifest are collected, never raised, so one bad
file does not stop the others.
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from .pubdate import PubDate, infer_pub_date, parse_pub_date
from .regions import infer_region

TEXT_SUFFIXES = (".txt",)
MANIFEST = "manifest.csv"


@dataclass(slots=True)
class Document:
    """One article ready for extraction."""

    doc: str
    text: str
    pub_date: PubDate | None
    pub_date_source: str = "unknown"  # manifest | metadata | inferred | unknown
    region: str = ""
    region_source: str = "unknown"  # manifest | default | inferred | unknown
    source: str = ""
    path: str = ""
    format: str = "txt"
    encoding: str = ""
    sha256: str = ""
    problems: list[str] = field(default_factory=list)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    Tries UTF-8 with BOM, UTF-16 with BOM, UTF-8, then GB18030.

    >>> decode_bytes("增长5.7%".encode("gb18030"))
    ('增长5.7%', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf385.12")
    ('385.12', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as e:
        raise DecodeError(f"not UTF-8 or GB18030 text (bad byte at {e.start})") from e


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One manifest line."""

    doc: str
    pub_date: PubDate | None
    region: str
    source: str


def read_manifest(path: Path) -> tuple[dict[str, ManifestRow], list[str]]:
    """Read ``manifest.csv`` (``doc,pub_date,region,source``); return rows and problems."""
    problems: list[str] = []
    rows: dict[str, ManifestRow] = {}
    try:
        text, _ = decode_bytes(path.read_bytes())
    except (OSError, DecodeError) as e:
        return rows, [f"{path.name}: cannot read manifest: {e}"]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "doc" not in reader.fieldnames:
        return rows, [f"{path.name}: no 'doc' column in the header"]
    for line, raw in enumerate(reader, start=2):
        name = (raw.get("doc") or "").strip()
        if not name:
            problems.append(f"{path.name} line {line}: empty doc name")
            continue
        date_text = (raw.get("pub_date") or "").strip()
        date = parse_pub_date(date_text)
        if date_text and date is None:
            problems.append(f"{path.name} line {line}: bad pub_date {date_text!r} for {name}")
        if name in rows:
            problems.append(f"{path.name} line {line}: duplicate row for {name}; the first is kept")
            continue
        rows[name] = ManifestRow(name, date, (raw.get("region") or "").strip(),
                                 (raw.get("source") or "").strip())
    return rows, problems


def make_document(name: str, text: str, *, manifest: ManifestRow | None = None,
                  region: str | None = None, pub_date: str | PubDate | None = None) -> Document:
    """Build a document, filling pub_date and region from the manifest, defaults or the text."""
    doc = Document(doc=name, text=text, pub_date=None, sha256=hashlib.sha256(text.encode()).hexdigest())
    if isinstance(pub_date, str):
        pub_date = parse_pub_date(pub_date)
    if manifest is not None and manifest.pub_date is not None:
        doc.pub_date, doc.pub_date_source = manifest.pub_date, "manifest"
    elif pub_date is not None:
        doc.pub_date, doc.pub_date_source = pub_date, "given"
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
    return doc


def load_folder(folder: Path, region: str | None = None) -> tuple[list[Document], list[str]]:
    """Read every ``.txt`` in ``folder`` with its manifest row; return documents and problems."""
    folder = Path(folder)
    problems: list[str] = []
    manifest: dict[str, ManifestRow] = {}
    if (folder / MANIFEST).exists():
        manifest, problems = read_manifest(folder / MANIFEST)
    docs: list[Document] = []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    names = {p.name for p in files}
    for name in manifest:
        if name not in names:
            problems.append(f"{MANIFEST}: lists {name}, which is not in {folder}")
    for path in files:
        try:
            text, encoding = decode_bytes(path.read_bytes())
        except (OSError, DecodeError) as e:
            d = Document(doc=path.name, text="", pub_date=None, path=str(path))
            d.problems.append(f"{path.name}: {e}")
            docs.append(d)
            continue
        doc = make_document(path.name, text, manifest=manifest.get(path.name), region=region)
        doc.path, doc.encoding = str(path), encoding
        if path.name not in manifest:
            doc.problems.append(f"{path.name}: not in the manifest; pub_date {doc.pub_date_source}, "
                                f"region {doc.region_source}")
        docs.append(doc)
    return docs, problems

"""Readers turn one file's bytes into article text: plain text, PDF, HTML.

Every reader returns a :class:`Read` or raises :class:`ReadError` with a
message a person understands ("encrypted PDF: needs a password").  Repairs
that still let the text through are listed in ``Read.problems``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

#: File suffix -> format name.
FORMATS: dict[str, str] = {".txt": "txt", ".text": "txt", ".pdf": "pdf", ".html": "html", ".htm": "html"}


class ReadError(ValueError):
    """The file cannot be read as an article; the message says why."""


@dataclass(slots=True)
class Read:
    """What a reader got out of a file.

    ``text`` is the document text fact offsets point into.  For a PDF it is
    the pages' texts joined by blank lines, ``page_starts[i]`` being the
    offset where page ``i + 1`` starts.  ``pub_date`` is a date taken from
    the file's own metadata (an HTML ``<meta>``), as ``YYYY-MM-DD``.
    """

    text: str
    format: str
    encoding: str = ""
    page_starts: tuple[int, ...] = ()
    pub_date: str | None = None
    problems: list[str] = field(default_factory=list)


def format_of(name: str) -> str | None:
    """The format of a file name, or ``None`` when it is not one we read.

    >>> format_of("a/b/0105.PDF"), format_of("page.htm"), format_of("x.docx")
    ('pdf', 'html', None)
    """
    return FORMATS.get(PurePath(name).suffix.lower())


def read_bytes(name: str, data: bytes) -> Read:
    """Read one file's bytes with the reader its name (or its content) calls for.

    Each reader is imported when first needed (pdfplumber and trafilatura are slow to import).
    """
    fmt = format_of(name)
    if fmt is None:
        raise ReadError(f"unsupported file type {PurePath(name).suffix or '(no suffix)'!r}; "
                        f"use one of {', '.join(sorted(FORMATS))}")
    head = data[:1024].lstrip()
    if fmt != "pdf" and head.startswith(b"%PDF-"):
        from .pdf import read_pdf

        read = read_pdf(data)
        read.problems.insert(0, f"named .{fmt} but the content is a PDF; read as PDF")
        return read
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if fmt == "html":
        from .html import read_html

        return read_html(data)
    from .text import read_text

    return read_text(data)

"""Readers turn one file's bytes into article text: plain text, PDF, HTML.

Every reader returns a :class:`Read` or raises :class:`ReadError` with a
message a person understands ("encrypted PDF: needs a password").  Repairs
that still let the text through are listed in ``Read.problems``.
"""
from __future__ import annotations

from pathlib import PurePath

from .formats import FORMATS, Read, ReadError, format_of


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

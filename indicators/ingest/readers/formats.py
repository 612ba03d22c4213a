"""What every reader returns (:class:`Read`) or raises (:class:`ReadError`), and the formats read."""
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

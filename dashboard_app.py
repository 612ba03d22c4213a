"""The dashboard's server: ``streamlit run dashboard_app.py`` serves the page script ``dashboard.py``.

Between the server's start and the first script run, the browser loads Streamlit's frontend
(about a second in which the server has nothing to do).  In that time a thread imports what the
first run needs: the modules ``dashboard.py`` imports (pandas and the app's modules, 0.5 s of CPU),
then the extraction's (their regular expressions are compiled on import, 0.2-0.4 s), which the
first launch on a folder needs, and DuckDB's (0.1 s), which reading a folder's reviews needs.  Right
after the page's own imports it fills the module cache of ``inspect`` (0.05-0.2 s): the first
element a run writes has Streamlit look at the call stack once (``inspect.stack()``, to tell a
REPL), which maps every loaded module to its file.  The first run then finds all this done, in the
order it needs it: the page's modules, the stack, DuckDB, then the extraction (a restart reads the
extracted corpus from Streamlit's disk cache and needs none of it).  And the HTML page names
the chart element's script and plotly.js's bundle (1.2 MB) as modules to preload, so the browser
fetches and compiles them with the frontend, not only once the first run has sent a chart element.
``streamlit run dashboard.py`` serves the same pages without these.
"""
from __future__ import annotations

import ast
import inspect
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st
from starlette.middleware import Middleware

import dashboard_chart

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE = Path(__file__).with_name("dashboard.py")
# What indicators.app.views.load_corpus imports to extract a folder (not on a restart, which reads
# the extracted corpus from Streamlit's disk cache).
EXTRACTION = ("indicators.ingest.folder", "indicators.run.corpus", "indicators.facts.extract")
# What reading the reviews kept for a folder imports (indicators.run.store opens DuckDB lazily).
REVIEWS = ("duckdb",)


def page_imports(path: Path = PAGE) -> str:
    """The import statements at the top level of the script at ``path``, as source."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return "\n".join(ast.unparse(node) for node in tree.body
                     if isinstance(node, ast.Import)
                     or isinstance(node, ast.ImportFrom) and node.module != "__future__")


def warm_up(path: Path = PAGE, modules: tuple[str, ...] = REVIEWS + EXTRACTION) -> None:
    """Run the imports of the script at ``path``, have ``inspect`` map the loaded modules to their
    files (what the first run's first element does with ``inspect.stack()``), then import the other
    ``modules``, in the order a run needs them."""
    exec(compile(page_imports(path), str(path), "exec"), {})  # noqa: S102  (the page's own import lines)
    inspect.stack()
    for name in modules:
        __import__(name)


@asynccontextmanager
async def lifespan(_app: st.App) -> AsyncIterator[None]:
    """At the server's start: warm up in a thread, which the server does not wait for."""
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    yield


def preload_links(files: tuple[str, ...] = ("chart.js", "plotly-basic.min.js")) -> bytes:
    """``<link rel="modulepreload">`` tags for the chart element's ``files``, at the URLs Streamlit serves them from.

    >>> preload_links(("chart.js",))
    b'<link rel="modulepreload" crossorigin href="./_stcore/bidi-components/indicators.chart/chart.js">'
    """
    return b"".join(b'<link rel="modulepreload" crossorigin href="./_stcore/bidi-components/%s/%s">'
                    % (dashboard_chart.NAME.encode(), name.encode()) for name in files)


SERVED_FILES = ("/_stcore/", "/static/", "/media/", "/component/")  # the paths of what is not a page


class PreloadChart:
    """ASGI middleware: Streamlit's HTML page names the chart element's script and plotly.js's bundle
    as modules to fetch and compile at once, alongside the frontend's own, not after the first run's
    first element has asked for them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or any(p in scope["path"] for p in SERVED_FILES):
            await self.app(scope, receive, send)
            return
        # the page uncompressed (8 kB, on a path Streamlit would gzip), to be edited
        scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]}
        start: Message | None = None
        body = b""

        async def edit(message: Message) -> None:
            nonlocal start, body
            if message["type"] == "http.response.start":
                headers = dict(message["headers"])
                if headers.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in headers:
                    start = message  # held until the whole page is read
                    return
            elif start is not None and message["type"] == "http.response.body":
                body += message.get("body", b"")
                if message.get("more_body"):
                    return
                body = body.replace(b"</head>", preload_links() + b"</head>", 1)
                headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
                await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
                message = {"type": "http.response.body", "body": body}
            await send(message)

        await self.app(scope, receive, edit)


app = st.App(PAGE.name, lifespan=lifespan, middleware=[Middleware(PreloadChart)])

"""The dashboard's server: ``streamlit run dashboard_app.py`` serves the page script ``dashboard.py``.

Between the server's start and the first script run, the browser loads Streamlit's frontend
(about a second in which the server has nothing to do).  In that time a thread imports what the
first run needs: the modules ``dashboard.py`` imports (pandas and the app's modules, 0.5 s of CPU),
then the extraction's (their regular expressions are compiled on import, 0.2-0.4 s), which the
first launch on a folder needs.  The first run then finds them imported.  ``streamlit run
dashboard.py`` serves the same pages without this.
"""
from __future__ import annotations

import ast
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st

PAGE = Path(__file__).with_name("dashboard.py")
# What indicators.app.views.load_corpus imports to extract a folder (not on a restart, which reads
# the extracted corpus from Streamlit's disk cache).
EXTRACTION = ("indicators.ingest.folder", "indicators.run.corpus", "indicators.facts.extract")


def page_imports(path: Path = PAGE) -> str:
    """The import statements at the top level of the script at ``path``, as source."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return "\n".join(ast.unparse(node) for node in tree.body
                     if isinstance(node, ast.Import)
                     or isinstance(node, ast.ImportFrom) and node.module != "__future__")


def warm_up(path: Path = PAGE, extraction: tuple[str, ...] = EXTRACTION) -> None:
    """Run the imports of the script at ``path``, then import the ``extraction`` modules."""
    exec(compile(page_imports(path), str(path), "exec"), {})  # noqa: S102  (the page's own import lines)
    for name in extraction:
        __import__(name)


@asynccontextmanager
async def lifespan(_app: st.App) -> AsyncIterator[None]:
    """At the server's start: warm up in a thread, which the server does not wait for."""
    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    yield


app = st.App(PAGE.name, lifespan=lifespan)

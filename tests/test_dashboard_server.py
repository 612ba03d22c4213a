"""The dashboard's server (dashboard_app.py): the page script served through ``st.App``, with the
first run's imports made in a thread while the browser loads Streamlit's frontend."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import dashboard_app

ROOT = Path(__file__).resolve().parents[1]


def test_the_warm_up_runs_the_page_scripts_own_import_lines(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text(textwrap.dedent('''\
        """A page."""
        from __future__ import annotations

        import json
        from collections import OrderedDict as OD

        import streamlit as st

        st.title("x")


        def later() -> None:
            import csv
        '''), encoding="utf-8")
    assert dashboard_app.page_imports(page).splitlines() == [
        "import json", "from collections import OrderedDict as OD", "import streamlit as st"]


def test_the_warm_up_imports_what_the_dashboards_first_run_and_a_first_extraction_need() -> None:
    lines = dashboard_app.page_imports().splitlines()
    assert "import pandas as pd" in lines and "from indicators.app import dataview, exports, reviewing, views" in lines
    # in a fresh process: none of them before, all of them after
    code = textwrap.dedent(f"""\
        import sys
        import dashboard_app
        import inspect
        wanted = ("pandas", "indicators.app.views", "indicators.app.reviewing", "indicators.facts.reviews",
                  "duckdb", *dashboard_app.EXTRACTION)
        print(sorted(set(wanted) & set(sys.modules)))
        dashboard_app.warm_up()
        print(sorted(set(wanted) - set(sys.modules)))
        # inspect knows the file of each module loaded (pandas' among them) without looking again
        print(inspect.modulesbyfile.get(inspect.getabsfile(sys.modules["pandas"])))
        """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "[]", "pandas"]



def _served(path: str, body: bytes, content_type: bytes, accept_gzip: bool = True) -> tuple[dict, bytes, list]:
    """What :class:`dashboard_app.PreloadChart` sends for a GET of ``path``, in front of an app that
    answers ``body`` (the request headers the app saw are returned too)."""
    seen: list = []

    async def page(scope, receive, send) -> None:  # noqa: ANN001  (an ASGI app)
        seen.extend(scope["headers"])
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body[:10], "more_body": True})
        await send({"type": "http.response.body", "body": body[10:]})

    sent: list = []

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request"}

    headers = [(b"accept-encoding", b"gzip")] if accept_gzip else []
    scope = {"type": "http", "method": "GET", "path": path, "headers": headers}
    asyncio.run(dashboard_app.PreloadChart(page)(scope, receive, send))
    start = sent[0]
    return dict(start["headers"]), b"".join(m.get("body", b"") for m in sent[1:]), seen


def test_the_page_names_the_chart_script_and_plotly_js_to_preload() -> None:
    page = b"<html><head><title>Streamlit</title></head><body></body></html>"
    headers, body, seen = _served("/trends", page, b"text/html; charset=utf-8")
    links = dashboard_app.preload_links()
    assert body == page.replace(b"</head>", links + b"</head>")
    assert b"indicators.chart/plotly-basic.min.js" in links and b"indicators.chart/chart.js" in links
    assert headers[b"content-length"] == str(len(body)).encode()
    assert (b"accept-encoding", b"gzip") not in seen  # asked uncompressed, to be edited


def test_other_responses_pass_unchanged() -> None:
    script = b"window.x = 1;" * 20
    assert _served("/_stcore/bidi-components/indicators.chart/chart.js", script, b"text/javascript")[1:] == (
        script, [(b"accept-encoding", b"gzip")])
    headers, body, _ = _served("/favicon.png", b"\x89PNG" * 10, b"image/png")
    assert body == b"\x89PNG" * 10 and headers[b"content-length"] == b"40"

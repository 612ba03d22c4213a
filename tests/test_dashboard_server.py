"""The dashboard's server (dashboard_app.py): the page script served through ``st.App``, with the
first run's imports made in a thread while the browser loads Streamlit's frontend."""
from __future__ import annotations

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
        wanted = ("pandas", "indicators.app.views", "indicators.app.reviewing", "indicators.facts.reviews",
                  "dashboard_chart", *dashboard_app.EXTRACTION)
        print(sorted(set(wanted) & set(sys.modules)))
        dashboard_app.warm_up()
        print(sorted(set(wanted) - set(sys.modules)))
        """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "[]"]


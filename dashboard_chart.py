"""The dashboard's charts: a plotly figure drawn in the page by plotly.js's basic bundle.

``st.plotly_chart`` always loads Streamlit's full plotly.js (4.7 MB, about a second of the browser's
main thread on a cold start); the dashboard draws only scatter and bar traces, which plotly.js's
basic bundle (1.2 MB, ``plotly.js-basic-dist-min`` 4.1.1, the plotly.js plotly.py 7.1 writes for) draws
alike.  The element is a Streamlit custom component (v2, mounted in the app's DOM, no iframe), declared
in ``pyproject.toml`` as ``indicators.chart``; its script and the bundle are served from
``indicators/app/chart/`` (Streamlit serves a component's files only from inside the installed
package), and the browser loads the bundle once per page for every chart.

It keeps what ``st.plotly_chart(fig, on_select="rerun", selection_mode="points", width="stretch")``
gave: the figure as built (sent as plotly.py's JSON), the layout's height, the full width, Streamlit's
theme (light or dark: its chart colours, font, text and background colours, read from the CSS
variables Streamlit sets around a component), a click on a point that selects it and reruns with
``{"selection": {"points": [{"customdata": …, …}], "point_indices": […], …}}``, and a redraw with
``Plotly.react`` when the figure changes, and the toolbar's fullscreen button (here the browser's
full screen, where Streamlit enlarges the element inside the page).
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import plotly.io as pio
import streamlit as st
from streamlit import runtime

if TYPE_CHECKING:
    import plotly.graph_objects as go
    from streamlit.components.v2.types import ComponentRenderer

NAME = "indicators.chart"  # the project's name, then the component's in pyproject.toml
EMPTY_SELECTION: dict[str, list] = {"points": [], "point_indices": [], "box": [], "lasso": []}


@cache
def _component() -> ComponentRenderer:
    """The component, registered on first use: its script is found through the running app's
    registry of installed components (importing this module needs no running app)."""
    return st.components.v2.component(NAME, js="chart.js", isolate_styles=False)


def _mount(**options: Any) -> dict[str, Any]:  # noqa: ANN401  (the component's options)
    """The element in the page; nothing without a running app (the script run by plain ``python``,
    where Streamlit's commands draw nothing and the component's files cannot be found)."""
    return _component()(**options) if runtime.exists() else {}


def _selected() -> None:
    """A click changed the selection: the rerun that follows reads it (st.plotly_chart's ``on_select="rerun"``)."""


def plotly_chart(figure: go.Figure, key: str) -> dict[str, Any]:
    """Draw ``figure`` across the column, ``figure.layout.height`` high; return the points a click
    selected, as ``{"selection": {"points": [...], ...}}`` (empty before any click).

    The element gets plotly.py's JSON of the figure (numbers as typed arrays) as bytes, which
    tests/test_dashboard_app.py reads back."""
    height = figure.layout.height
    data = pio.to_json(figure, validate=False).encode()
    result = _mount(key=key, data=data, width="stretch", height=int(height) if height else "content",
                    default={"selection": EMPTY_SELECTION}, on_selection_change=_selected)
    return {"selection": result.get("selection") or EMPTY_SELECTION}


def prefetch(key: str) -> None:
    """An element with nothing to draw, whose script makes the browser fetch and run the bundle (to
    send while the script goes on with slow work, in a placeholder it then empties)."""
    _mount(key=key, height="content")

"""With the compiled build in place (``python tools/compile.py``), the compiled modules are extensions:
their doctests are not collected (pytest would import the extension for the ``.py`` it collects and stop
on the mismatch). The tests under ``tests/`` run on the compiled code; the doctests run in the
pure-Python suite (``.ci/run`` runs both)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent / "indicators"


def _compiled_sources() -> set[Path]:
    spec = importlib.util.spec_from_file_location("_indicators_compiled", _PACKAGE / "compiled.py")
    assert spec is not None and spec.loader is not None
    compiled = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiled)
    return {_PACKAGE / name for name in compiled.MODULES} if compiled.built(str(_PACKAGE)) else set()


_COMPILED = _compiled_sources()


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    return True if collection_path.resolve() in _COMPILED else None

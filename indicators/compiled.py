"""The optional compiled build of the hot modules (``python tools/compile.py``, mypyc).

The build puts an extension next to each module of :data:`MODULES` (``tokens.cpython-311-….so``
beside ``tokens.py``: Python imports the extension first), their shared library
``hot__mypyc….so`` in this package, and :data:`STAMP`, the hash of the sources it compiled.
Without the build nothing changes: the pure-Python modules run, with the same outputs.
A module edited after the build is not what would run, so :func:`check` (called on
``import indicators``) refuses a build older than the source: rebuild it or remove it
(``python tools/compile.py --clean``).
"""
from __future__ import annotations

import hashlib
import os

#: The modules compiled (paths in the package): where extraction spends its CPU time, and the
#: modules they call most (their calls into each other then skip the interpreter).
MODULES = (
    "rules/tokens.py", "rules/engine.py", "rules/grammar.py", "rules/numbers.py", "rules/repair.py",
    "rules/timeline.py", "rules/periods.py", "rules/clauses.py", "rules/lexicon.py",
    "rules/sentence/__init__.py", "rules/sentence/common.py", "rules/sentence/core.py",
    "rules/sentence/figures.py", "rules/sentence/kinds.py", "rules/sentence/lists.py",
    "rules/sentence/places.py", "rules/sentence/scope.py", "rules/sentence/times.py",
    "facts/extract.py", "base/regions.py", "base/gates.py",
)  # (in this order: mypy then reads the import cycle between lexicon and timeline as mypyc needs)
LIBRARY = "hot__mypyc"  # the shared library's module name in this package (mypyc's group "indicators.hot")
STAMP = "compiled.sha256"  # in this package, written by the build: source_digest() of what it compiled
_HERE = os.path.dirname(os.path.abspath(__file__))


def source_digest(root: str = _HERE) -> str:
    """A hash of the compiled modules' source."""
    h = hashlib.sha256()
    for name in MODULES:
        h.update(name.encode())
        with open(os.path.join(root, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def built(root: str = _HERE) -> bool:
    """Whether the compiled build is in place."""
    return any(n.startswith(LIBRARY + ".") for n in os.listdir(root))


def check(root: str = _HERE) -> None:
    """Refuse a compiled build whose modules' source changed since it was built."""
    if not built(root):
        return
    try:
        with open(os.path.join(root, STAMP), encoding="ascii") as f:
            stamp = f.read().strip()
    except FileNotFoundError:
        stamp = ""
    if stamp != source_digest(root):
        raise ImportError("indicators: the compiled build (tools/compile.py) is older than the source of its "
                          "modules: rebuild it (python tools/compile.py) or remove it (python tools/compile.py --clean)")

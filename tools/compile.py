"""Compile the hot modules of extraction with mypyc: an optional speed-up, the same outputs.

    .venv/bin/python tools/compile.py            # build in place (needs a C compiler and Python's headers)
    .venv/bin/python tools/compile.py --clean    # remove the build: the pure-Python modules run again

The modules are listed in ``indicators/compiled.py``; mypy's settings for them are in
``tools/mypyc.ini``. mypyc (part of mypy, in the ``dev`` extra and the lock) turns each into C;
one shared library ``indicators/hot__mypyc….so`` holds them all and a small extension next to each
``.py`` loads its part. Generated files (``build/``, the ``.so`` files, the stamp) are git-ignored.
Rebuild after editing a compiled module: ``import indicators`` refuses a build older than its source.
One compile takes 3 CPU-minutes, serially.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "indicators"
SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(ext_modules=mypycify({args!r}, group_name="indicators.hot"))
"""


def _compiled():
    """``indicators/compiled.py`` loaded on its own (importing the package would check the build)."""
    spec = importlib.util.spec_from_file_location("_indicators_compiled", PACKAGE / "compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean(c) -> None:
    """Remove the build: the stamp, the extensions and the shared library, and ``build/``."""
    (PACKAGE / c.STAMP).unlink(missing_ok=True)
    for name in c.MODULES:
        stem = PACKAGE / name[:-len(".py")]
        for so in stem.parent.glob(stem.name + ".*.so"):
            so.unlink()
    for so in PACKAGE.glob(c.LIBRARY + ".*.so"):
        so.unlink()
    shutil.rmtree(ROOT / "build", ignore_errors=True)


def build(c) -> None:
    """Compile the modules in place, then stamp what was compiled."""
    clean(c)
    (ROOT / "build").mkdir()
    setup = ROOT / "build" / "setup.py"
    args = ["--config-file", "tools/mypyc.ini", *(f"indicators/{name}" for name in c.MODULES)]
    setup.write_text(SETUP.format(args=args), encoding="utf-8")
    done = subprocess.run([sys.executable, str(setup), "build_ext", "--inplace"], cwd=ROOT,
                          stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:  # mypy's type errors (mypyc refuses code it cannot type-check) are on stdout
        sys.exit(done.stdout[-4000:] + f"\ncompile failed (exit {done.returncode})")
    (PACKAGE / c.STAMP).write_text(c.source_digest(str(PACKAGE)) + "\n", encoding="ascii")
    print(f"compiled {len(c.MODULES)} modules into {os.path.relpath(next(PACKAGE.glob(c.LIBRARY + '.*.so')), ROOT)}")


def main() -> int:
    c = _compiled()
    if sys.argv[1:] == ["--clean"]:
        clean(c)
        print("removed the compiled build")
    elif not sys.argv[1:]:
        build(c)
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main())

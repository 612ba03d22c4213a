"""The optional compiled build's guard (indicators/compiled.py): a build older than its modules' source is refused."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import indicators
from indicators import compiled

PACKAGE = Path(indicators.__file__).parent


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    for name in compiled.MODULES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE / name, tmp_path / name)
    return tmp_path


def test_no_build_is_no_check(package_copy: Path) -> None:
    assert not compiled.built(str(package_copy))
    compiled.check(str(package_copy))  # the pure-Python modules: nothing to refuse


def test_a_build_with_its_stamp_passes_and_a_stale_one_is_refused(package_copy: Path) -> None:
    (package_copy / f"{compiled.LIBRARY}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    with pytest.raises(ImportError, match="older than the source"):
        compiled.check(str(package_copy))  # no stamp: built by hand, or a build that stopped half-way
    (package_copy / compiled.STAMP).write_text(compiled.source_digest(str(package_copy)) + "\n", encoding="ascii")
    compiled.check(str(package_copy))
    with (package_copy / "rules" / "tokens.py").open("a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    with pytest.raises(ImportError, match="tools/compile.py --clean"):
        compiled.check(str(package_copy))

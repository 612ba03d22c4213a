"""The rules version follows the rule modules and the vocabulary tables."""
from __future__ import annotations

from pathlib import Path

import indicators
from indicators.rules import version


def test_rule_modules_exist_and_cover_the_engine() -> None:
    package = Path(indicators.__file__).parent
    assert all((package / name).is_file() for name in version.RULE_MODULES)
    engine = {"facts/extract.py", "facts/merge.py"} | {
        f"rules/{p.name}" for p in (package / "rules").glob("*.py") if p.name not in ("__init__.py", "version.py")} | {
        f"rules/sentence/{p.name}" for p in (package / "rules" / "sentence").glob("*.py")}
    assert {"rules/sentence/core.py", "rules/sentence/places.py", "rules/tokens.py", "rules/grammar.py",
            "rules/engine.py"} <= engine
    assert engine <= set(version.RULE_MODULES)


def test_version_has_level_vocabulary_and_code_parts() -> None:
    level, vocab, code = version.RULES_VERSION.split("-")
    assert level == version.RULES_LEVEL and len(vocab) == 12 and len(code) == 8
    assert code == version.code_digest()

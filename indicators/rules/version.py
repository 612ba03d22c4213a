"""The rules version: changes whenever a vocabulary table or the code of a rule module changes.

Stores and caches are keyed by it, so a rule change re-extracts without anyone remembering to
bump a number. ``RULES_LEVEL`` stays for changes outside those files that alter the output.
"""
from __future__ import annotations

import hashlib
from importlib import resources

from ..base.tables import vocab_digest

RULES_LEVEL = "4"
# The modules whose code decides which facts come out of a text: every module of this stage, and these.
RULE_MODULES = ("facts/extract.py", "facts/merge.py", "ingest/pubdate.py", "base/regions.py", "base/tables.py",
                "base/schema.py") + tuple(
    f"rules/{f.name}" for f in sorted(resources.files("indicators").joinpath("rules").iterdir(), key=lambda f: f.name)
    if f.name.endswith(".py") and f.name not in ("__init__.py", "version.py")) + tuple(
    f"rules/sentence/{f.name}" for f in sorted(resources.files("indicators").joinpath("rules", "sentence").iterdir(),
                                              key=lambda f: f.name) if f.name.endswith(".py"))


def code_digest() -> str:
    """A hash of the rule modules' source."""
    h = hashlib.sha256()
    package = resources.files("indicators")
    for name in RULE_MODULES:
        h.update(name.encode())
        h.update((package / name).read_bytes())
    return h.hexdigest()[:8]


RULES_VERSION = f"{RULES_LEVEL}-{vocab_digest()}-{code_digest()}"

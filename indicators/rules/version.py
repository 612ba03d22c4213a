"""The rules version: changes whenever a vocabulary table or the code of a rule module changes.

Stores and caches are keyed by it, so a rule change re-extracts without anyone remembering to
bump a number. ``RULES_LEVEL`` stays for changes outside those files that alter the output.
"""
from __future__ import annotations

import hashlib
from importlib import resources

from ..base.tables import vocab_digest

RULES_LEVEL = "4"
# The modules whose code decides which facts come out of a text.
RULE_MODULES = ("facts/extract.py", "rules/sentence.py", "rules/timeline.py", "rules/repair.py", "rules/grids.py",
                "facts/merge.py", "rules/numbers.py", "rules/periods.py", "ingest/pubdate.py", "base/regions.py",
                "rules/lexicon.py", "base/tables.py", "base/schema.py")


def code_digest() -> str:
    """A hash of the rule modules' source."""
    h = hashlib.sha256()
    package = resources.files("indicators")
    for name in RULE_MODULES:
        h.update(name.encode())
        h.update((package / name).read_bytes())
    return h.hexdigest()[:8]


RULES_VERSION = f"{RULES_LEVEL}-{vocab_digest()}-{code_digest()}"

"""The rules version: changes whenever the code's rule level or any vocabulary table changes."""
from __future__ import annotations

from .tables import vocab_digest

RULES_LEVEL = "4"
RULES_VERSION = f"{RULES_LEVEL}-{vocab_digest()}"

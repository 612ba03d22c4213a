"""``python -m indicators``."""
from .cli import main

raise SystemExit(main())

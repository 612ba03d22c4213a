"""Full extraction against ``jionlp.ner.extract_money`` alone, on the same text, in one run.

jionlp is not a project dependency: it lives only in the benchmark's own
environment, next to an editable install of this project::

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install jionlp==1.5.29 -e .
    .venv-bench/bin/python benchmarks/jionlp_bench.py [--pages 300] [--repeat 3]

The text is a generated archive (``make_archive.py``: newspaper columns,
many metrics, distractors, filler).  Both run single-threaded in this process
over the same page texts: ``indicators.extract_text`` (metrics, periods,
growth, scope, spans: the full extraction) and ``jionlp.ner.extract_money``
(money amounts only).  Reports characters per second of each, best of
``--repeat`` rounds, and the ratio (target >= 2x).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    try:
        import jionlp
    except ImportError:
        sys.exit("jionlp is not installed here; see this script's docstring (.venv-bench)")
    from make_archive import make_page

    from indicators import extract_text
    from indicators.version import RULES_VERSION

    pages = [make_page(args.seed, i)[1] for i in range(args.pages)]
    texts = [(p["_text"], p["pub_date"], p["region"]) for p in pages]
    chars = sum(len(t) for t, _, _ in texts)
    extract_text(*texts[0][:1], pub_date=texts[0][1], region=texts[0][2])  # warm up both
    jionlp.ner.extract_money(texts[0][0])

    def ours() -> int:
        return sum(len(extract_text(t, pub_date=d, region=r)) for t, d, r in texts)

    def theirs() -> int:
        return sum(len(jionlp.ner.extract_money(t)) for t, _, _ in texts)

    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.repeat):
        for name, fn in (("indicators", ours), ("jionlp", theirs)):
            t0 = time.perf_counter()
            found = fn()
            dt = time.perf_counter() - t0
            if name not in best or dt < best[name][0]:
                best[name] = (dt, found)
    for name, (dt, found) in best.items():
        print(f"{name:11} {chars / dt:>12,.0f} chars/s  ({dt:.2f}s for {chars:,} chars, {found} items)")
    ratio = best["jionlp"][0] / best["indicators"][0]
    print(f"ratio: full extraction is {ratio:.2f}x the speed of jionlp.ner.extract_money "
          f"(target >= 2x); jionlp {jionlp.__version__}, rules {RULES_VERSION}, "
          f"{args.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())

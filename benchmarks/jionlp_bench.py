"""Full extraction against ``jionlp.ner.extract_money`` alone, on the same text, in one run.

jionlp is not a project dependency: it lives only in the benchmark's own
environment, next to an editable install of this project::

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install jionlp==1.5.29 -e .
    .venv-bench/bin/python benchmarks/jionlp_bench.py [--pages 300] [--repeat 5]

Both sides run single-threaded in this process over the same texts, after one warm-up
call each.  Each figure is the best CPU time (``time.process_time``) of ``--repeat`` rounds,
and the rounds interleave the two sides, so the noise of a shared machine falls on both:

- ``indicators``: ``extract_document`` on each text (metrics, periods, growth,
  scope, spans: the full extraction), returning ``Fact`` records, as jionlp
  returns a list of dicts; the line ``indicators+frame`` adds the pandas
  frame that ``extract_text`` builds per text;
- ``jionlp``: ``jionlp.ner.extract_money`` (money amounts only, parsed).

Three texts, because the ratio depends on how dense the numbers are:
``pages`` (the generated archive pages of ``make_archive.py``: newspaper
columns, filler, economic paragraphs, distractors),
``numbers`` (only the paragraphs of those pages that hold an amount or a
percentage) and ``seeds`` (the real pages in ``seeds/``).

The headline figure (issue 11) is the last block, ``seeds x40``: the real pages of ``seeds/``
repeated ``--copies`` times (40), with ``extract_text`` (the public call: document, extraction
and the pandas frame, per text) against ``extract_money`` on the same texts.  The target is
>= 2x.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

Text = tuple[str, "str | None", "str | None"]


def _rounds(fns: dict[str, Callable[[], int]], repeat: int) -> dict[str, tuple[float, int]]:
    """Best CPU time of each function over ``repeat`` rounds; the rounds interleave the
    functions, so a busy spell of the machine falls on all of them alike."""
    best = {who: (float("inf"), 0) for who in fns}
    for _ in range(repeat):
        for who, fn in fns.items():
            t0 = time.process_time()
            found = fn()
            best[who] = (min(best[who][0], time.process_time() - t0), found)
    return best


def _against_jionlp(name: str, texts: list[Text], ours: dict[str, Callable[[], int]],
                    repeat: int) -> dict[str, float]:
    """Time ``ours`` and ``extract_money`` on ``texts`` (after one warm-up call each), print the
    rates and return each side's best CPU time."""
    import jionlp

    for fn in ours.values():
        fn()
    runs = _rounds({**ours, "jionlp": lambda: sum(len(jionlp.ner.extract_money(t)) for t, _, _ in texts)}, repeat)
    chars = sum(len(t) for t, _, _ in texts)
    for who, (dt, found) in runs.items():
        print(f"  {name:8} {who:16} {chars / dt:>11,.0f} chars/s  ({dt:.3f} CPU-s for {chars:,} chars, {found} items)")
    return {who: dt for who, (dt, _) in runs.items()}


def compare(name: str, texts: list[Text], repeat: int) -> float:
    """Print both rates on ``texts``; return jionlp's time over ours (records)."""
    from indicators.base.schema import facts_frame
    from indicators.facts.extract import extract_document
    from indicators.ingest.documents import make_document

    docs = [make_document(f"t{i}", t, region=r, pub_date=d) for i, (t, d, r) in enumerate(texts)]
    best = _against_jionlp(name, texts, {
        "indicators": lambda: sum(len(extract_document(d)) for d in docs),
        "indicators+frame": lambda: sum(len(facts_frame(extract_document(d))) for d in docs),
    }, repeat)
    ratio = best["jionlp"] / best["indicators"]
    print(f"  {name:8} ratio {ratio:.2f}x (with the frame {best['jionlp'] / best['indicators+frame']:.2f}x)")
    return ratio


def compare_text(name: str, texts: list[Text], repeat: int) -> float:
    """``extract_text`` (frame included) against ``extract_money``; return jionlp's time over ours."""
    from indicators.facts.extract import extract_text

    best = _against_jionlp(name, texts, {
        "extract_text": lambda: sum(len(extract_text(t, d, r)) for t, d, r in texts),
    }, repeat)
    ratio = best["jionlp"] / best["extract_text"]
    print(f"  {name:8} ratio {ratio:.2f}x (extract_text, frame included)")
    return ratio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--copies", type=int, default=40, help="copies of seeds/ for the headline figure")
    args = ap.parse_args()
    try:
        import jionlp
    except ImportError:
        sys.exit("jionlp is not installed here; see this script's docstring (.venv-bench)")
    from make_archive import make_page

    from indicators.ingest.folder import load_folder
    from indicators.rules.version import RULES_VERSION

    pages = [make_page(args.seed, i)[1] for i in range(args.pages)]
    texts = [(p["_text"], p["pub_date"], p["region"]) for p in pages]
    numbers = [("\n\n".join(ps), d, r) for t, d, r in texts
               if (ps := [p for p in t.split("\n\n") if re.search(r"[0-9][\s.]*[0-9]*\s*(亿|万|%|元)", p)])]
    seeds = [(d.text, str(d.pub_date) if d.pub_date else None, d.region)
             for d in load_folder(ROOT / "seeds")[0] if d.text]
    pages = compare("pages", texts, args.repeat)
    compare("numbers", numbers, args.repeat)
    compare("seeds", seeds, args.repeat)
    ratio = compare_text(f"seeds x{args.copies}", seeds * args.copies, args.repeat)
    print(f"ratio: extract_text (frame included) is {ratio:.2f}x the speed of jionlp.ner.extract_money on "
          f"seeds/ x{args.copies} (target >= 2x); {pages:.2f}x on the generated pages without the frame; "
          f"jionlp {jionlp.__version__}, rules {RULES_VERSION}, {args.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())

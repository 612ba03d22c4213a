"""Command line: ``python -m indicators extract FOLDER -o facts.csv``,
``python -m indicators reviews export|import FILE`` and ``python -m indicators explain TEXT``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import pandas as pd

from .app.output import write_table
from .base.needs import MissingPackage
from .facts import reviews
from .rules.version import RULES_VERSION
from .run.engine import ENGINES, extract_folder_to_store
from .run.store import FactStore, default_store_path

LARGE = 200_000  # facts above which csv/parquet output streams from the store
LARGE_REPORT = 1_000  # documents above which only the rows that are not ok are printed
REPORT_SHOWN = ("doc", "format", "encoding", "pub_date", "pub_date_source", "region", "chars", "facts",
                "status", "message")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m indicators",
                                description="Extract economic indicator facts from newspaper text.")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract a folder of articles")
    ex.add_argument("folder", type=Path)
    ex.add_argument("-o", "--output", type=Path, required=True,
                    help="output table (.csv, .xlsx or .parquet)")
    ex.add_argument("--region", help="region for documents the manifest does not name")
    ex.add_argument("--report", type=Path, help="also write the ingest report here")
    ex.add_argument("--excel-safe", action="store_true",
                    help="escape CSV text cells that a spreadsheet would run as a formula (=, +, -, @) with a "
                         "leading apostrophe, as .xlsx output always is")
    ex.add_argument("--keep-going", action="store_true",
                    help="exit 0 when some files could not be read (non-zero only if none could)")
    # scale (issue 5): incremental fact store and parallel / cluster extraction
    ex.add_argument("--jobs", type=int, default=None,
                    help="extraction processes (default: the number of cores)")
    ex.add_argument("--engine", choices=ENGINES, default="local",
                    help="local process pool, or dask.distributed")
    ex.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); "
                    "without it --engine dask starts a local cluster")
    ex.add_argument("--store", type=Path, help="fact store file (default: FOLDER/.indicators.duckdb)")
    ex.add_argument("--no-store", action="store_true",
                    help="keep no store: extract everything, in memory (reviews are still read "
                    "from the store file, when there is one)")
    rv = sub.add_parser("reviews", help="move reviews of facts between stores (CSV or JSON files)")
    rv.add_argument("action", choices=("export", "import"))
    rv.add_argument("file", type=Path, help="reviews file (.csv or .json)")
    rv.add_argument("--folder", type=Path, default=Path("."),
                    help="the corpus folder whose store holds the reviews (default: the current folder)")
    rv.add_argument("--store", type=Path, help="fact store file (default: FOLDER/.indicators.duckdb)")
    xp = sub.add_parser("explain", help="show how a text becomes facts: tokens, phrases, every figure's fate")
    xp.add_argument("text", help="the text (or - to read it from standard input)")
    xp.add_argument("--pub-date", help="publication date, YYYY-MM-DD (anchors 今年, 上半年 …)")
    xp.add_argument("--region", help="the article's home region (全市, 全县 …)")
    return p


def _explain(args: argparse.Namespace) -> int:
    from .facts.explain import explain, format_explanation  # the extractor's tables load only when asked

    raw = sys.stdin.buffer.read() if args.text == "-" else args.text.encode("utf-8", "surrogateescape")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:  # (a character cut in half: head -c, a pasted fragment)
        text = raw.decode("utf-8", "replace")
        where = "standard input" if args.text == "-" else "the text"
        print(f"explain: {where} is not UTF-8 at byte {e.start}: its broken bytes are read as U+FFFD", file=sys.stderr)
    print(format_explanation(explain(text, pub_date=args.pub_date, region=args.region)))
    return 0


def _extract(args: argparse.Namespace) -> tuple[pd.DataFrame | None, pd.DataFrame, int, list[str]]:
    """Facts (``None`` when they were streamed straight to the output), report, the number of
    facts and the run's problems, through the store (in memory with --no-store)."""
    store, stats = extract_folder_to_store(
        args.folder, store=args.store, no_store=args.no_store, region=args.region, jobs=args.jobs,
        engine=args.engine, scheduler=args.scheduler)
    with store:
        if args.no_store:
            _copy_reviews(args.store or default_store_path(args.folder), store, stats.problems)
        n_facts = store.count()
        found, raw = store.reviews(), store.reviewed_facts()
        matched = reviews.match(raw, found)
        facts: pd.DataFrame | None = None
        if n_facts > LARGE and args.output.suffix.lower() in (".csv", ".parquet") and not args.excel_safe:
            store.export(args.output, overlay=reviews.apply(raw.drop(columns="sha256"), matched),
                         blanks=reviews.BLANKS)
        else:
            facts = reviews.apply(store.query(with_id=True), matched).drop(columns="fid")
        report = store.report()
    stats.problems.extend(_orphan_lines(reviews.orphans(found, raw)))
    print(f"store {stats.store}: {stats.extracted} extracted, {stats.skipped} unchanged, "
          f"{stats.removed} removed in {stats.seconds:.1f}s", file=sys.stderr)
    return facts, report, n_facts, stats.problems


def _copy_reviews(path: Path, store: FactStore, problems: list[str]) -> None:
    """Reviews from the store file at ``path`` (when there is one) into ``store``."""
    if not path.exists():
        return
    try:
        with FactStore.reader(path) as source:
            found = source.reviews()
    except duckdb.Error as e:
        problems.append(f"{path}: reviews not read ({str(e).splitlines()[0]})")
        return
    if len(found):
        store.save_reviews(found)


def _orphan_lines(orphaned: pd.DataFrame, shown: int = 5) -> list[str]:
    """Warnings for reviews that match no fact."""
    if orphaned.empty:
        return []
    lines = [f"{len(orphaned)} review(s) match no fact: the document changed or is gone; "
             "they are kept but not applied"]
    lines += [f"  {r.doc} [{r.start}:{r.end}] {r.metric} {r.text!r}: {r.status}"
              for r in orphaned.head(shown).itertuples()]
    return lines


def reviews_main(args: argparse.Namespace) -> int:
    """``reviews export FILE`` / ``reviews import FILE``: exit 0, or 2 on a bad file or store."""
    path = args.store or default_store_path(args.folder)
    try:
        if args.action == "export":
            if not path.exists():
                raise ValueError(f"{path}: no fact store here (use --folder or --store)")
            with FactStore.reader(path) as store:
                found = store.reviews()
                orphaned = reviews.orphans(found, store.reviewed_facts())
            reviews.write_file(found, args.file)
            print(f"{len(found)} reviews -> {args.file} ({len(orphaned)} match no fact in {path})")
        else:
            incoming = reviews.read_file(args.file)
            with FactStore(path, reviews_only=True) as store:
                merged, taken = reviews.merge(store.reviews(), incoming)
                store.save_reviews(merged)
                orphaned = reviews.orphans(merged, store.reviewed_facts())
            print(f"{len(incoming)} reviews read from {args.file}: {taken} taken, {len(incoming) - taken} "
                  f"not newer than the one in the store; the store has {len(merged)} "
                  f"({len(orphaned)} match no fact in it)")
    except (OSError, ValueError, duckdb.Error) as e:
        print(f"error: {str(e).splitlines()[0]}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code (see :func:`exit_code`)."""
    args = _parser().parse_args(argv)
    if args.command == "reviews":
        return reviews_main(args)
    if args.command == "explain":
        return _explain(args)
    if not args.folder.is_dir():
        print(f"error: {args.folder}: not a folder", file=sys.stderr)
        return 2
    try:
        facts, report, n_facts, problems = _extract(args)
        if facts is not None:
            write_table(facts, args.output, excel_safe=args.excel_safe)
        if args.report:
            write_table(report, args.report, excel_safe=args.excel_safe)
    except (OSError, ValueError, MissingPackage) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    shown = report if len(report) <= LARGE_REPORT else report[report["status"] != "ok"]
    print(shown[list(REPORT_SHOWN)].to_string(index=False))
    counts = report["status"].value_counts()
    dups = int((report["duplicate_of"].fillna("") != "").sum())
    print(f"{len(report)} documents: {counts.get('ok', 0)} ok, {counts.get('warning', 0)} warning, "
          f"{counts.get('error', 0)} error, {dups} duplicate; "
          f"{n_facts} facts -> {args.output} (rules {RULES_VERSION})")
    return exit_code(report, keep_going=args.keep_going)


def exit_code(report: pd.DataFrame, *, keep_going: bool = False) -> int:
    """1 when a file errored (with ``keep_going``: only when nothing could be read), else 0."""
    errors = int((report["status"] == "error").sum())
    readable = len(report) - errors
    if errors and not keep_going:
        print(f"error: {errors} file(s) could not be read (see the report); "
              "--keep-going exits 0 when the rest was read", file=sys.stderr)
        return 1
    if not readable:
        print("error: nothing could be read", file=sys.stderr)
        return 1
    return 0

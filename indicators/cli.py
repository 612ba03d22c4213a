"""Command line: ``python -m indicators extract FOLDER -o facts.csv``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import extract_corpus
from .output import write_table
from .version import RULES_VERSION


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
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code (non-zero only when nothing could be read)."""
    args = _parser().parse_args(argv)
    if not args.folder.is_dir():
        print(f"error: {args.folder}: not a folder", file=sys.stderr)
        return 2
    facts, report = extract_corpus(args.folder, region=args.region)
    try:
        write_table(facts, args.output)
        if args.report:
            write_table(report, args.report)
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for problem in report.attrs.get("problems", []):
        print(f"warning: {problem}", file=sys.stderr)
    cols = ["doc", "pub_date", "pub_date_source", "region", "chars", "facts", "status", "problems"]
    print(report[cols].to_string(index=False))
    counts = report["status"].value_counts()
    print(f"{len(report)} documents: {counts.get('ok', 0)} ok, {counts.get('warning', 0)} warning, "
          f"{counts.get('error', 0)} error; {len(facts)} facts -> {args.output} (rules {RULES_VERSION})")
    readable = int((report["status"] != "error").sum())
    return 0 if readable else 1

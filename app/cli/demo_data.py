"""`rapport demo-data [--contacts N] [--seed S]`: fill the data folder with realistic fictional data."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, CliError, open_data
from app.core import demo_data


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "demo-data",
        help="fill the data folder with realistic fictional people, follow-ups and pitches",
        description="Add fictional contacts (with companies, circles, interactions, follow-ups, pitches and "
        "rehearsals) to the data folder. The same seed gives the same data.",
    )
    p.add_argument("--contacts", type=int, default=200, metavar="N", help="number of contacts (default 200)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.contacts < 0 or args.contacts > 1_000_000:
        raise CliError("--contacts must be between 0 and 1000000")
    paths = open_data(args)
    summary = demo_data.generate(contacts=args.contacts, seed=args.seed)
    print(
        f"added {summary.contacts} contacts, {summary.companies} companies, {summary.interactions} interactions, "
        f"{summary.followups} follow-ups, {summary.pitches} pitches, {summary.rehearsals} rehearsals "
        f"to {paths.data_dir}"
    )
    return EXIT_OK

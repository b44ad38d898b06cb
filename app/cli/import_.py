"""`rapport import FILE [--format auto|linkedin|google|outlook|thunderbird|vcard|csv|json] [--dry-run]` (DESIGN §6).

Prints ``imported N, merged M, skipped K`` on stdout (``would import N, merge M, skip K`` for a dry run), then
``N possible duplicates to review in Contacts → Duplicates`` when some people only share a name with someone, and
``FILE:LINE: reason`` on stderr for each skipped row, each value kept as a note and each possible duplicate. A file
that cannot be read or recognised, or from which nobody can be imported, exits 2 and writes nothing; the import is
one transaction.

Rapport's own JSON export (recognised from its content) restores everything into an empty data folder and merges
into one with data; a second line says what else was restored or added (or that nothing was new), and its
messages on stderr name the place in the file: ``FILE: contacts[12].emails[0].value: reason``.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, open_data
from app.core.formats.importers import FORMATS, ImportRejected, load_source, run_import
from app.core.formats.importers.json_backup import looks_like_json, read_backup


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "import",
        help="import contacts from LinkedIn, Google, Outlook, Thunderbird, any CSV with names or e-mails, vCard, "
        "or Rapport's own JSON export",
        description="Import contacts. The format is recognised from the content; people already present (same "
        "UID, email or LinkedIn profile) are merged, never doubled. Rapport's own JSON export restores "
        "everything into an empty data folder and merges into one with data.",
    )
    p.add_argument("file", metavar="FILE", help="the file to import (.csv, .vcf or Rapport's .json export)")
    p.add_argument("--format", default="auto", choices=("auto", *FORMATS, "json"), help="file format (default: auto)")
    p.add_argument("--dry-run", action="store_true", help="report what would happen without writing anything")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "json" or (args.format == "auto" and looks_like_json(args.file)):
        return _run_json(args)
    try:
        source = load_source(args.file, args.format)
    except ImportRejected as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    open_data(args)
    try:
        summary = run_import(source, dry_run=args.dry_run)
    except ImportRejected as exc:  # nobody in the file could be imported: nothing was written
        raise CliError(str(exc), EXIT_REJECTED) from exc
    for line in summary.report_lines():
        print(line, file=sys.stderr)
    print(summary.line())
    if review := summary.review_line():
        print(review)
    return EXIT_OK


def _run_json(args: argparse.Namespace) -> int:
    from app.core.formats.importers.json_import import run_json_import

    try:
        backup = read_backup(args.file)  # read and recognised before the data folder is even opened
    except ImportRejected as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    open_data(args)
    try:
        summary = run_json_import(backup, dry_run=args.dry_run)
    except ImportRejected as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    for line in summary.report_lines():
        print(line, file=sys.stderr)
    print(summary.line())
    if details := summary.details_line():
        print(details)
    if review := summary.review_line():
        print(review)
    return EXIT_OK

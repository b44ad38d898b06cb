"""`rapport export --format json [-o FILE]`: write the data out (stdout when no file is given)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, CliError, open_data
from app.core.formats.exporters import csv_export, ics, json_export
from app.core.formats.exporters import vcard_writer as vcard
from app.core.formats.exporters.files import write_atomically

FORMATS = {"json": (json_export.export_json, "contacts")}

FORMATS["ics"] = (ics.export_ics, "follow-ups and meetings")  # --ics-todo: follow-ups only, as VTODOs
FORMATS["vcard"] = (vcard.export_vcard, "contacts")  # 3.0; --vcard-version 4.0 for RFC 6350
FORMATS["csv"] = (csv_export.export_csv, "contacts")  # Google Contacts header


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="export contacts, follow-ups and everything else",
        description="Export the data folder. JSON holds everything (DESIGN §6).",
    )
    p.add_argument("--format", required=True, choices=sorted(FORMATS), help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--ics-todo", action="store_true", help="ics: write VTODO tasks instead of VEVENT events")
    p.add_argument("--vcard-version", choices=vcard.VERSIONS, default="3.0", help="vcard: 3.0 (default) or 4.0")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    open_data(args)
    writer, noun = FORMATS[args.format]
    writer = ics.export_ics_todo if args.format == "ics" and args.ics_todo else writer
    writer = vcard.export_vcard4 if args.format == "vcard" and args.vcard_version == "4.0" else writer
    if not args.output or args.output == "-":
        writer(sys.stdout)
        sys.stdout.flush()
        return EXIT_OK
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise CliError(f"{target}: folder {target.parent} does not exist")
    count = write_atomically(target, writer)  # an interrupted export never leaves half a file
    print(f"exported {count} {noun} to {target}", file=sys.stderr)
    return EXIT_OK

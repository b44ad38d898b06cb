"""`rapport demo-data [--contacts N] [--seed S]`: fill an empty data folder with realistic fictional data.

It refuses a folder that holds anything of the user's (exit 2, nothing written: fictional people must never mix
with real ones) and a folder a Rapport window has open (exit 3, as `restore` does); while it writes it holds the
folder's lock, so a window cannot open on half-written data. It prints what it wrote, counted in the database, so
the numbers are those an export of the folder lists.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from app.cli.common import EXIT_DATA, EXIT_OK, EXIT_REJECTED, CliError, open_data, paths_from_args
from app.core.demo import contacts as demo_data


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "demo-data",
        help="fill an empty data folder with realistic fictional people, follow-ups and pitches",
        description="Fill an empty data folder with fictional contacts (with companies, circles, interactions, "
        "follow-ups, pitches and rehearsals). The same seed gives the same data. A folder that already holds data "
        "is refused (exit 2), and so is a folder open in a Rapport window (exit 3).",
    )
    p.add_argument("--contacts", type=int, default=200, metavar="N", help="number of contacts (default 200)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(handler=run)


def holds_data(db_path: Path) -> bool:
    """Whether the database file holds anything of the user's, read without opening it for writing (a folder that
    is refused must not be migrated or touched)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    # Without a WAL file the database file is complete: read it as immutable, which creates no -shm/-wal beside it.
    wal = db_path.with_name(db_path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?{query}", uri=True)
    except sqlite3.Error:
        return True  # unreadable: certainly not an empty folder to fill
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for model in demo_data.USER_DATA:
            table = model._meta.table_name
            if table in tables and conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
                return True
        if "profile" in tables:
            return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM profile WHERE name != '')").fetchone()[0])
        return False
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def run(args: argparse.Namespace) -> int:
    if args.contacts < 0 or args.contacts > 1_000_000:
        raise CliError("--contacts must be between 0 and 1000000")
    from app.instance_lock import InstanceLock

    paths = paths_from_args(args)
    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        holder = lock.holder()
        who = f" (process {holder.pid})" if holder and holder.pid else ""
        raise CliError(f"Rapport is open on {paths.data_dir}{who}; close it before adding demo data", EXIT_DATA)
    try:
        if holds_data(paths.db_path):
            raise CliError(
                f"{paths.data_dir} already holds data; demo data goes into an empty folder only, so that fictional "
                "people never mix with real ones (try: rapport --data-dir /tmp/rapport-demo demo-data)",
                EXIT_REJECTED,
            )
        open_data(args)
        summary = demo_data.generate(contacts=args.contacts, seed=args.seed)
    finally:
        lock.release()
    print(f"added {summary.sentence()} to {paths.data_dir}")
    return EXIT_OK

"""`rapport sync …`: two-way sync with a CardDAV/CalDAV server (issue 20, DESIGN §6).

- ``rapport sync setup URL --username USER (--password-stdin | --password-command CMD) [--addressbook NAME]
  [--calendar NAME]``: checks the login, finds the address book and calendar called NAME (default "Rapport") or
  creates them, and stores the account with the data. ``--password-stdin`` reads the password from standard input
  and keeps it in the system keyring; on a machine without one the message says to use ``--password-command``,
  whose command is run at each sync and prints the password (only the command is stored).
- ``rapport sync [--json]``: one two-way sync; prints per kind how many items went up, came down, were deleted
  here or there, and conflicts (``--json``: ``{"contacts": {"uploaded": n, "downloaded": n, "deleted_here": n,
  "deleted_there": n, "conflicts": n}, "followups": {…}}``).
- ``rapport sync status [--json]``: the account, the last sync, changes waiting and conflicts to review.

Exit 4 when the server cannot be reached or refuses the login (nothing was changed); 1 for usage (no account yet,
no keyring without --password-command); 3 for a data problem.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import EXIT_DATA, EXIT_OK, EXIT_USAGE, CliError, open_data

EXIT_SERVER = 4


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sync",
        help="two-way sync of contacts and follow-ups with a CardDAV/CalDAV server",
        description="Without a sub-command: run one two-way sync with the account set up by 'rapport sync setup'. "
        "Exit 4 when the server cannot be reached or refuses the login (nothing changed).",
    )
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(handler=run_sync)
    sub = p.add_subparsers(dest="sync_command", metavar="{setup,status}")
    setup = sub.add_parser(
        "setup",
        help="set up the server account",
        description="Check the login, choose (or create) the address book and calendar, and store the account. "
        "The password goes to the system keyring; where there is none, use --password-command.",
    )
    setup.add_argument("url", metavar="URL", help="the server (https://dav.example.com/), discovery finds the rest")
    setup.add_argument("--username", required=True, metavar="USER")
    source = setup.add_mutually_exclusive_group(required=True)
    source.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    source.add_argument(
        "--password-command",
        metavar="CMD",
        help="a command that prints the password (run at each sync; e.g. 'pass show dav')",
    )
    setup.add_argument("--addressbook", metavar="NAME", default="Rapport", help="address book (default: Rapport)")
    setup.add_argument("--calendar", metavar="NAME", default="Rapport", help="calendar (default: Rapport)")
    setup.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    setup.set_defaults(handler=run_setup)
    status = sub.add_parser("status", help="the account, the last sync and what is waiting")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(handler=run_status)


def _server_error(exc: Exception) -> CliError:
    from app.core.sync.dav import SyncInterrupted

    if isinstance(exc, SyncInterrupted):
        return CliError(f"sync: {exc}", EXIT_SERVER)
    return CliError(f"sync: {exc}; nothing was changed", EXIT_SERVER)


def run_setup(args: argparse.Namespace) -> int:
    from app.core.sync import account as accounts
    from app.core.sync.dav import LoginRefused, ServerRefused, ServerUnreachable
    from app.core.sync.service import SetupError, setup

    command = args.password_command or ""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("sync setup: no password on standard input", EXIT_USAGE)
        if not accounts.has_keyring():
            raise CliError(f"sync setup: {accounts.NoKeyring()}", EXIT_USAGE)
    else:
        try:
            password = accounts.run_password_command(command)
        except accounts.PasswordUnavailable as exc:
            raise CliError(f"sync setup: {exc}", EXIT_USAGE) from exc
    from app.core.sync.dav import DavSession

    try:
        with DavSession(args.url, args.username, password) as session:
            session.check_login()  # before the data folder is opened or created: a refusal changes nothing
            open_data(args)
            account = setup(
                args.url,
                args.username,
                password,
                addressbook=args.addressbook,
                calendar=args.calendar,
                password_command=command,
                session=session,
            )
    except (ServerUnreachable, LoginRefused) as exc:
        raise _server_error(exc) from exc
    except accounts.NoKeyring as exc:
        raise CliError(f"sync setup: {exc}", EXIT_USAGE) from exc
    except (SetupError, ServerRefused) as exc:
        raise CliError(f"sync setup: {exc}", EXIT_SERVER) from exc
    where = "the system keyring" if not command else "the password command"
    print(f"sync set up for {account.username} at {account.url}")
    print(f"address book: {account.addressbook_name or '-'} ({account.addressbook_url or 'not synced'})")
    print(f"tasks: {account.tasks_name or '-'}; events: {account.events_name or '-'}")
    print(f"password: from {where}")
    return EXIT_OK


def run_sync(args: argparse.Namespace) -> int:
    from app.core.sync import account as accounts
    from app.core.sync.dav import LoginRefused, ServerRefused, ServerUnreachable, SyncError
    from app.core.sync.service import run

    open_data(args)
    account = accounts.load()
    if account is None:
        raise CliError(
            "sync: no account yet; set one up with: rapport sync setup URL --username USER --password-stdin",
            EXIT_USAGE,
        )
    try:
        report = run(account)
    except (ServerUnreachable, LoginRefused) as exc:
        raise _server_error(exc) from exc
    except (accounts.NoKeyring, accounts.PasswordUnavailable) as exc:
        raise CliError(f"sync: {exc}", EXIT_USAGE) from exc
    except ServerRefused as exc:
        raise CliError(f"sync: {exc}", EXIT_SERVER) from exc
    except SyncError as exc:
        raise CliError(f"sync: {exc}", EXIT_DATA) from exc
    if args.json:
        json.dump(report.as_json(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for line in report.lines():
            print(line)
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    from app.core.sync.service import status

    open_data(args)
    info = status()
    if args.json:
        json.dump(info, sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
        return EXIT_OK
    if not info["configured"]:
        print("sync is not set up (rapport sync setup URL --username USER --password-stdin)")
        return EXIT_OK
    print(f"account: {info['username']} at {info['url']}")
    print(f"address book: {info['addressbook'] or '-'} (vCard {info['vcard_version']})")
    print(f"calendar: tasks in {info['tasks_calendar'] or '-'}, events in {info['events_calendar'] or '-'}")
    print(f"password: from the {info['password']}")
    print(f"last sync: {info['last_sync'] or 'never'}")
    print(f"changes waiting: {info['pending_changes']}")
    print(f"conflicts to review: {info['open_conflicts']}")
    return EXIT_OK

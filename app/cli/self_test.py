"""`rapport self-test`: start the GUI offscreen, open every page, check the database, exit 0 or 1.

Used by the installed-package smoke test: it proves the bundle has every Qt plugin and module it needs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from app.cli.common import EXIT_DATA, EXIT_OK, CliError, paths_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "self-test",
        help="open the window offscreen, visit every page, check the database",
        description="Start the GUI without showing it, visit every page and run PRAGMA quick_check. "
        "Prints one line and exits 0 when everything works.",
    )
    p.set_defaults(handler=run)


# What the offscreen platform (chosen above) says about window-system features it does not have, such as
# "This plugin does not support propagateSizeHints()": true of every offscreen run, nothing the user can act on.
OFFSCREEN_NOTES = ("This plugin does not support ",)


def _quiet_offscreen_notes() -> None:
    """Keep the offscreen platform's notes off stderr; every other Qt message still goes there."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOTES):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _quiet_offscreen_notes()
    started = time.monotonic()
    paths = paths_from_args(args)
    from app.db import close_database, database
    from app.ui.application import build_window, ensure_application

    app = ensure_application()
    try:
        window = build_window(paths)
    except Exception as exc:
        raise CliError(f"self-test failed: cannot open the main window: {exc}", EXIT_DATA) from exc
    problems: list[str] = []
    try:
        window.show()
        app.processEvents()
        visited = []
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            app.processEvents()
            page = window.stack.currentWidget()
            if not page.isVisible():
                problems.append(f"page {page.objectName()} not visible")
            visited.append(page.objectName())
        check = database.execute_sql("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            problems.append(f"quick_check: {check}")
        window.close()
        app.processEvents()
    finally:
        close_database()
    elapsed = time.monotonic() - started
    if problems:
        print(f"self-test FAILED: {'; '.join(problems)}")
        return 1
    print(f"self-test ok: pages {', '.join(visited)}; database quick_check ok; {elapsed:.1f} s")
    return EXIT_OK

"""Command-line entry point (DESIGN §6): the GUI by default, sub-commands for scripts.

Exit codes: 0 ok; 1 usage error; 2 input rejected (nothing written); 3 data problem (integrity, locked); 4 server
unreachable or login refused (``sync``: nothing changed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from app import APP_NAME, __version__

# Sub-command name -> module in app.cli (imported only when the command line names a command, so that opening the
# window does not pay for every command's imports).
COMMANDS = {
    "agenda": "agenda",
    "backup": "backup",
    "demo-data": "demo_data",
    "export": "export",
    "import": "import_",
    "log": "log",
    "opportunity": "opportunity",
    "restore": "restore",
    "search": "search",
    "self-test": "self_test",
    "sync": "sync",
}
EXIT_OK, EXIT_USAGE, EXIT_DATA = 0, 1, 3
# With this set to 1, the window prints ``painted SECONDS RSS_KIB`` at its first paint and quits with 0 (issue 21):
# the launch path measured from outside, by the benchmarks and by anyone.
STARTUP_PROBE = "RAPPORT_STARTUP_PROBE"
_IMPORTED_AT = time.monotonic()  # the fallback start where /proc is missing


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit with 1 as DESIGN §6 says (argparse's own default is 2)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``with_commands=False`` gives only the options of the window (a faster start)."""
    parser = _Parser(
        prog="rapport",
        description=f"{APP_NAME}: your network, your pitch and your follow-ups. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the database, backups and logs (default: RAPPORT_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the system tray without opening the window (how Rapport starts at login); "
        "opens the window where the desktop has no tray",
    )
    if with_commands:
        import importlib

        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
        for module in COMMANDS.values():
            importlib.import_module(f"app.cli.{module}").register(subparsers)
    return parser


def _names_a_command(argv: list[str]) -> bool:
    """Whether the command line asks for a sub-command (or for help, which lists them)."""
    return any(arg in COMMANDS or arg in ("-h", "--help") or not arg.startswith("-") for arg in argv if arg)


def main(argv: list[str] | None = None) -> int:
    from app.deferred_imports import defer_modules

    defer_modules()  # before peewee: the standard-library modules it imports but the start does not use (issue 21)
    from app.cli.common import CliError

    argv = sys.argv[1:] if argv is None else list(argv)
    words = [a for i, a in enumerate(argv) if not (i > 0 and argv[i - 1] == "--data-dir")]
    parser = build_parser(with_commands=_names_a_command([w for w in words if not w.startswith("--data-dir=")]))
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from app.paths import resolve_paths
            from app.ui.application import run_gui

            if os.environ.get(STARTUP_PROBE) == "1":
                install_startup_probe()

            return run_gui(resolve_paths(args.data_dir), background=args.background)
        return handler(args)
    except CliError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `rapport export --format json | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        from app.errors import classify

        known = classify(exc)
        if known is None:
            raise
        print(f"rapport: {known.title.lower()}: {known.full_message}", file=sys.stderr)
        return EXIT_DATA


def seconds_since_start() -> float:
    """Seconds since this process started: its start time in /proc/self/stat (clock ticks since boot) against the
    boot-time clock, so that the interpreter's own start and every import are counted; elsewhere, since this module
    was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5); fields[0] is field 3
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def peak_rss_kib() -> int:
    """This process's peak resident memory in KiB: VmHWM where /proc has it (getrusage's ru_maxrss on Linux also
    carries the peak of the process that forked us over exec, which a large parent inflates), else getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


_probe = None


def install_startup_probe() -> None:
    """At the first paint of the main window, print ``painted SECONDS RSS_KIB`` and leave the event loop with 0."""
    global _probe
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.ui.application import ensure_application

    class StartupProbe(QObject):
        """Watches the application until a main window appears, then that window only: it is painted first when it
        shows (its children after it, in the same pass), and a filter on every widget of it would add a Python call
        per event to what is measured."""

        window = None

        def eventFilter(self, obj, event) -> bool:
            if self.window is None:
                if not isinstance(obj, QMainWindow):
                    return False
                self.window = obj  # (seen while it is made: a wrapper of its own, so no `is` test below)
                QApplication.instance().removeEventFilter(self)
                obj.installEventFilter(self)
            if event.type() == QEvent.Type.Paint:  # from here on only the window's own events come here
                seconds = seconds_since_start()
                print(f"painted {seconds:.3f} {peak_rss_kib()}", flush=True)
                app = QApplication.instance()
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: app.exit(0))  # once this paint is on screen
            return False

    app = ensure_application()
    _probe = StartupProbe(app)
    app.installEventFilter(_probe)


def create_window(data_dir: Path):
    """Open (creating or migrating) the database in ``data_dir`` and return the ready, not-yet-shown main window.

    The automation hook of DESIGN §11, used by `self-test`, the test fixtures and the benchmarks.
    """
    from app.paths import resolve_paths
    from app.ui.application import build_window

    return build_window(resolve_paths(data_dir))


if __name__ == "__main__":
    sys.exit(main())

"""Command-line entry point (DESIGN §6): the GUI by default, sub-commands for scripts.

Exit codes: 0 ok; 1 usage error; 2 input rejected (nothing written); 3 data problem (integrity, locked); 4 server
unreachable or login refused (``sync``: nothing changed).
"""

from __future__ import annotations

import argparse
import sys
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
        print(f"rapport: {known.title.lower()}: {known.message}", file=sys.stderr)
        return EXIT_DATA


def create_window(data_dir: Path):
    """Open (creating or migrating) the database in ``data_dir`` and return the ready, not-yet-shown main window.

    The automation hook of DESIGN §11, used by `self-test`, the test fixtures and the benchmarks.
    """
    from app.paths import resolve_paths
    from app.ui.application import build_window

    return build_window(resolve_paths(data_dir))


if __name__ == "__main__":
    sys.exit(main())

"""Write the rapport(1) manual page from the command-line parser, so it lists every command there is.

    python packaging/linux/make_manpage.py OUT_FILE     (any Python with the app's dependencies)

The parser of app/main.py is the single source: each sub-command's description and options come from it, so a
command added by `app/cli/` appears here without editing this file.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import APP_NAME, __version__  # noqa: E402
from app.main import build_parser  # noqa: E402


def roff(text: str) -> str:
    """Escape text for roff: backslashes, minus signs, and lines that would start with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.splitlines())


def option_lines(parser: argparse.ArgumentParser, *, with_help: bool = True) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        if isinstance(action, argparse._HelpAction) and not with_help:
            continue
        if action.option_strings:
            names = ", ".join(f"\\fB{roff(o)}\\fR" for o in action.option_strings)
            if action.nargs != 0:
                metavar = action.metavar or (
                    action.dest.upper() if not action.choices else "{" + ",".join(map(str, action.choices)) + "}"
                )
                names += f" \\fI{roff(str(metavar))}\\fR"
        else:
            names = f"\\fI{roff(str(action.metavar or action.dest))}\\fR"
        lines += [".TP", names, roff((action.help or "").replace("%(default)s", str(action.default)))]
    return lines


def manpage() -> str:
    os.environ["COLUMNS"] = "1000"  # one usage line per command; man wraps it for the reader's terminal
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help for choice in sub._choices_actions}
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))  # reproducible builds set it
    date = datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y-%m-%d")
    out = [
        f'.TH RAPPORT 1 "{date}" "{APP_NAME} {__version__}" "User Commands"',
        ".SH NAME",
        "rapport \\- your network, your elevator pitch and your follow\\-ups for a job search",
        ".SH SYNOPSIS",
        ".B rapport",
        "[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] [\\fICOMMAND\\fR [\\fIOPTIONS\\fR]]",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        "Everything is stored on this computer, in one folder; nothing is ever sent anywhere.",
        "Every command accepts \\fB\\-h\\fR for its own help.",
        ".SH OPTIONS",
        *option_lines(parser),
        ".SH COMMANDS",
    ]
    for name, command in sub.choices.items():
        usage = command.format_usage().removeprefix("usage: ").strip()
        out += [".SS " + roff(name), roff(usage), ".PP", roff(command.description or helps.get(name) or "")]
        out += option_lines(command, with_help=False)
    out += [
        ".SH EXIT STATUS",
        ".TP",
        "0",
        "Success.",
        ".TP",
        "1",
        "Usage error.",
        ".TP",
        "2",
        "Input rejected; nothing was written.",
        ".TP",
        "3",
        "Data problem: the database is locked, damaged or from a newer Rapport.",
        ".SH ENVIRONMENT",
        ".TP",
        ".B RAPPORT_DATA_DIR",
        "The data folder, when \\fB\\-\\-data\\-dir\\fR is not given.",
        ".SH FILES",
        ".TP",
        ".I ~/.local/share/Rapport/rapport.sqlite3",
        "The database (SQLite). Backups are kept in \\fI~/.local/share/Rapport/backups/\\fR.",
        ".TP",
        ".I ~/.local/state/Rapport/log/rapport.log",
        "The log file.",
        ".TP",
        ".I ~/.config/Rapport/rapport\\-ui.ini",
        "Window sizes and other display settings.",
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 1
    Path(argv[1]).write_text(manpage(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Every menu path the README names ("File → Back Up Now…", "Edit → Preferences… → General", "Preferences → Weekly
goals") exists in the real window, spelled the same way (issue 17: the README said "Settings →" and listed File
menu items the menu did not have)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from app.ui.settings.dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
ARROW = "→"
# "Menu → Item → …": a capitalised first word, then segments up to punctuation that cannot be part of a name.
_NAME = r"[^,.;:()\"*<>|`→\s](?:[^,.;:()\"*<>|`→]*[^,.;:()\"*<>|`→\s])?"  # no space at either end
PATH = re.compile(rf"\b([A-Z][A-Za-z]*)((?:\s→\s{_NAME})+)")
# Paths in the README that are not Rapport's: Windows' own Settings app.
NOT_RAPPORT = {("Settings", "Apps")}


def menu_paths(text: str) -> list[list[str]]:
    """The "A → B → C" paths of ``text`` (line breaks read as spaces), each as its list of segments."""
    flat = re.sub(r"\s*\n\s*", " ", text)
    return [[match.group(1)] + [s.strip() for s in match.group(2).split(ARROW)[1:]] for match in PATH.finditer(flat)]


def plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def starts_with_name(segment: str, names: list[str]) -> str | None:
    """The longest of ``names`` that ``segment`` begins with, as a whole word ("Preferences lets you…")."""
    segment = segment.rstrip("…").strip()
    for name in sorted(names, key=len, reverse=True):
        if segment == name or segment.startswith(name + " ") or segment.startswith(name + "…"):
            return name
    return None


def window_menus(window) -> dict[str, dict[str, object]]:
    menus = {}
    for bar_action in window.menuBar().actions():
        if bar_action.menu() is not None:
            menus[plain(bar_action.text())] = {
                plain(a.text()): a for a in bar_action.menu().actions() if not a.isSeparator() and a.isVisible()
            }
    return menus


def preference_tabs(window) -> dict[str, list[str]]:
    """Each Preferences tab's title → the texts shown in it (headings, check boxes, group titles)."""
    dialog = SettingsDialog(window.ctx, window)
    try:
        tabs = {}
        for i in range(dialog.tabs.count()):
            page = dialog.tabs.widget(i)
            texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
            texts += [box.title() for box in page.findChildren(QGroupBox)]
            tabs[dialog.tabs.tabText(i)] = [plain(t) for t in texts if t]
        return tabs
    finally:
        dialog.deleteLater()


def check_paths(window, paths: list[list[str]]) -> list[str]:
    """What is wrong with ``paths`` against the real menus and Preferences tabs (empty when all is right)."""
    menus = window_menus(window)
    tabs = preference_tabs(window)
    problems = []
    for path in paths:
        shown = f" {ARROW} ".join(path)
        first, rest = path[0], path[1:]
        if (first, rest[0]) in NOT_RAPPORT:
            continue
        if first in menus:
            item = starts_with_name(rest[0], list(menus[first]))
            if item is None:
                problems.append(f"{shown}: the {first} menu has no such item ({', '.join(menus[first])})")
                continue
            if item != "Preferences" or len(rest) == 1:
                continue
            rest = rest[1:]
        elif first != "Preferences":
            problems.append(f"{shown}: the window has no menu {first!r} (menus: {', '.join(menus)})")
            continue
        tab = starts_with_name(rest[0], list(tabs))
        if tab is None:
            problems.append(f"{shown}: Preferences has no tab like {rest[0]!r} ({', '.join(tabs)})")
        elif len(rest) > 1 and starts_with_name(rest[1], tabs[tab]) is None:
            problems.append(f"{shown}: the {tab} tab of Preferences shows nothing called {rest[1]!r}")
    return problems


def test_the_parser_reads_paths_in_prose():
    text = "Use File → Back Up\nNow… (Ctrl+Alt+B), then Edit → Preferences… → General: done. Settings → Data."
    assert menu_paths(text) == [
        ["File", "Back Up Now…"],
        ["Edit", "Preferences…", "General"],
        ["Settings", "Data"],
    ]


def test_a_wrong_path_is_reported(window):
    problems = check_paths(
        window,
        [["Settings", "Follow-up rules"], ["File", "Backup"], ["Preferences", "Colours"], ["Help", "About Rapport"]],
    )
    assert len(problems) == 3
    assert "no menu 'Settings'" in problems[0] and "File menu has no such item" in problems[1]
    assert "no tab like 'Colours'" in problems[2]


@pytest.mark.parametrize("document", ["README.md"])
def test_every_menu_path_of_the_readme_exists(window, document):
    paths = menu_paths((ROOT / document).read_text(encoding="utf-8"))
    assert len(paths) >= 10, paths
    assert check_paths(window, paths) == []

"""The Help menu (issue 17): Getting Started, Keyboard Shortcuts generated from the actions, Open Log Folder, About
with the licence — and File → Show Backups, all through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from app import __version__
from app.ui.help import shortcuts as shortcuts_module
from app.ui.help.guide import guide_path
from tests.helpers.qt import find


def menu(window, title: str):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def items(menu_) -> list[str]:
    return [a.text().replace("&", "") if not a.isSeparator() else "—" for a in menu_.actions()]


@pytest.fixture
def opened(monkeypatch):
    """Dialogs the window opens, kept instead of run (QDialog.exec would block the test)."""
    dialogs: list[QDialog] = []

    def keep(dialog):
        dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", keep)
    return dialogs


@pytest.fixture
def urls(monkeypatch):
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    return opened_urls


def test_help_menu_items(window):
    assert items(menu(window, "Help")) == [
        "Getting Started",
        "Get Started Checklist",
        "Keyboard Shortcuts",
        "—",
        "Open Log Folder",
        "—",
        "About Rapport",
    ]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.shortcuts_action.shortcut().toString() == "Ctrl+?"


def test_file_menu_has_backup_restore_and_show_backups(window, urls):
    file_items = items(menu(window, "File"))
    start = file_items.index("Back Up Now…")
    assert file_items[start : start + 3] == ["Back Up Now…", "Restore Backup…", "Show Backups"]
    menu_action = next(a for a in menu(window, "File").actions() if a.objectName() == "showBackupsAction")
    menu_action.trigger()
    assert urls == [QUrl.fromLocalFile(str(window.ctx.paths.backup_dir))]
    assert window.ctx.paths.backup_dir.is_dir()


# --- Keyboard Shortcuts ------------------------------------------------------------------------------------------
def menu_shortcuts(window) -> set[tuple[str, str]]:
    """(action, keys) of every menu action with a shortcut, walked independently of the dialog's code."""
    found = set()
    for bar_action in window.menuBar().actions():
        stack = [bar_action.menu()]
        while stack:
            for action in stack.pop().actions():
                if action.menu() is not None:
                    stack.append(action.menu())
                elif not action.shortcut().isEmpty():
                    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    found.add((action.text().replace("&", "").rstrip("…"), keys))
    return found


def dialog_rows(dialog) -> list[tuple[str, str, str]]:
    """(section, action, shortcut) of every row the list shows."""
    model = find(dialog, "shortcutsList").model()
    rows = []
    for i in range(model.rowCount()):
        section = model.index(i, 0)
        for j in range(model.rowCount(section)):
            rows.append((section.data(), model.index(j, 0, section).data(), model.index(j, 1, section).data()))
    return rows


def test_shortcuts_dialog_lists_every_menu_shortcut_and_the_pages_own(window, opened, qtmodeltester):
    window.shortcuts_action.trigger()
    (dialog,) = opened
    assert dialog.objectName() == "shortcutsDialog" and dialog.windowTitle() == "Keyboard Shortcuts"
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(find(dialog, "shortcutsList").model())
    rows = dialog_rows(dialog)
    assert {(what, keys) for _section, what, keys in rows} >= menu_shortcuts(window)
    assert ("File", "Back Up Now", "Ctrl+Alt+B") in rows
    assert ("Edit", "Preferences", "Ctrl+,") in rows
    assert ("Help", "Keyboard Shortcuts", "Ctrl+?") in rows
    assert ("Pitches page", "Start or stop the rehearsal timer", "Space") in rows
    assert ("Calendar page", "Month", "Alt+M") in rows
    sections = list(dict.fromkeys(section for section, _what, _keys in rows))
    assert sections[:3] == ["File", "Edit", "Contacts"]


def test_shortcuts_dialog_never_goes_stale(window, opened):
    added = QAction("Frobnicate", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+F"))
    menu(window, "Tools").addAction(added)
    window.shortcuts_action.trigger()
    assert ("Tools", "Frobnicate", "Ctrl+Alt+F") in dialog_rows(opened[0])


def test_shortcuts_filter(window, opened):
    window.shortcuts_action.trigger()
    dialog = opened[0]
    find(dialog, "shortcutsFilter").setText("backup")  # spaces in the name do not matter
    assert [row[1] for row in dialog_rows(dialog)] == ["Back Up Now", "Restore Backup"]
    find(dialog, "shortcutsFilter").setText("edit undo")  # every word, the menu's name too
    assert dialog_rows(dialog) == [("Edit", "Undo", "Ctrl+Z")]
    find(dialog, "shortcutsFilter").setText("ctrl+shift+m")
    assert [row[1] for row in dialog_rows(dialog)] == ["My Profile"]
    find(dialog, "shortcutsFilter").setText("no such thing")
    assert dialog_rows(dialog) == [] and not find(dialog, "shortcutsEmpty").isHidden()


def test_lazily_built_pages_are_built_for_the_list(qtbot, paths, migrated_template, opened):
    import shutil

    from app import db as app_db
    from app.ui.application import build_window

    shutil.copyfile(migrated_template, paths.db_path)
    window = build_window(paths, lazy_pages=True)
    qtbot.addWidget(window)
    try:
        assert "pitchesPage" not in window.pages
        entries = shortcuts_module.collect(window)
        assert any(e.section == "Pitches page" and e.keys == "Space" for e in entries)
    finally:
        window.close()
        app_db.close_database()


# --- Getting Started -----------------------------------------------------------------------------------------------
def test_getting_started_shows_the_bundled_guide(window, opened, urls):
    window.guide_action.trigger()
    (dialog,) = opened
    assert dialog.objectName() == "guideDialog"
    text = find(dialog, "guideText").toPlainText()
    assert text.startswith("Getting started with Rapport")
    for words in ("List the people you know", "Write your pitch", "File → Back Up Now…", "system tray"):
        assert words in text
    find(dialog, "guideOpenInBrowser", QPushButton).click()
    assert urls == [QUrl.fromLocalFile(str(guide_path()))]
    assert guide_path().is_file()


def test_the_guide_names_menus_that_exist(window):
    """Every "Menu → Item" of the guide is a real menu item (the README has the same check)."""
    from tests.ui.test_readme_menus import check_paths, menu_paths

    text = guide_path().read_text(encoding="utf-8").replace("<b>", "").replace("</b>", "")
    paths = menu_paths(text)
    assert len(paths) >= 8
    assert check_paths(window, paths) == []


# --- Open Log Folder, About ----------------------------------------------------------------------------------------
def test_open_log_folder(window, urls):
    window.open_log_action.trigger()
    assert urls == [QUrl.fromLocalFile(str(window.ctx.paths.log_dir))]


def test_about_shows_the_version_and_the_licence(window, opened):
    window.about_action.trigger()
    (dialog,) = opened
    assert dialog.objectName() == "aboutDialog"
    about = find(dialog, "aboutText", QLabel).text()
    assert __version__ in about and str(window.ctx.paths.data_dir) in about
    assert "MIT licence" in about and "Rapport developers" in about
    assert "github.com/rapport/rapport/releases" in about
    licence = find(dialog, "aboutLicence")
    assert licence.isHidden()
    find(dialog, "aboutLicenceButton", QPushButton).click()
    assert not licence.isHidden()
    text = licence.toPlainText()
    assert text.startswith("MIT License") and "Permission is hereby granted, free of charge" in text

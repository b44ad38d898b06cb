"""No English left (issue 23, "a test compares against the .ts files"): every text a page, menu or dialog shows
comes through a translation.

The test builds a pseudo-translation from the ``.ts`` files — every message translated as ``[[source]]`` — installs
it as French (so Qt's own texts and the QLocale dates are French too), opens the main window over demo data, walks
every page (and each tab of a contact's details), the menus, Preferences and the main dialogs, and collects the
visible texts (labels, buttons, tabs, group titles, placeholders, tooltips, combo box items, headers and the first
rows of every item view). A text without ``[[`` that still holds an English word — a word of the ``.ts`` sources
that is not in the demo data (names, companies, notes: user data stays as written) nor a product name — was never
marked, or is built in code around a translation: it is reported with the object it was found on.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app import db as app_db
from app.ui import i18n
from tests.helpers.data import fill_with_demo_data

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
MARK = "[["
# Names that read the same in every language.
PRODUCT_WORDS = {
    "rapport", "linkedin", "google", "outlook", "vcard", "csv", "json", "ics", "carddav", "caldav", "pdf", "url",
    "html", "sqlite", "ctrl", "shift", "alt", "esc", "tab", "ok", "qr", "ocr", "e-mail", "email", "www",
    "https", "http", "com", "org", "net", "example",
}  # fmt: skip
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]")  # letters of any script: "Début" is one word, not "but"
TAG = re.compile(r"<[^<>]*>")
ROWS_PER_VIEW = 40
PATH_OR_URL = re.compile(r"^(/|[A-Za-z]:\\|https?://)\S*$")


def pseudo_translation(folder: Path) -> Path:
    """rapport_fr.qm where every message reads "[[source]]" (numerus forms too), beside the English plurals."""
    folder.mkdir(parents=True, exist_ok=True)
    tree = ET.parse(TS_DIR / "rapport_fr.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = MARK + source + "]]"
        else:
            translation.text = MARK + source + "]]"
    ts = folder / "rapport_fr.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "rapport_fr.qm")], check=True)
    shutil.copy(ROOT / "app" / "ui" / "translations" / "rapport_en.qm", folder)
    return folder


def english_words() -> set[str]:
    """Every word of the English sources the .ts files hold."""
    words: set[str] = set()
    for message in ET.parse(TS_DIR / "rapport_fr.ts").getroot().iter("message"):
        source = TAG.sub(" ", message.findtext("source") or "")
        source = re.sub(r"\{[^{}]*\}|%L?n|%\d|&(?=\w)", " ", source)
        words.update(w.lower() for w in WORD.findall(source))
    return words


def user_words(db_path: Path) -> set[str]:
    """Every word of every text the demo data holds (names, companies, notes, titles written in English)."""
    words: set[str] = set()
    connection = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("sqlite_") or "fts" in table:
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.lower() for w in WORD.findall(value))
    finally:
        connection.close()
    return words


def _model_texts(model: QAbstractItemModel, parent=None, depth: int = 0) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    flat = isinstance(model, QAbstractListModel)
    columns = 1 if flat else model.columnCount(parent)
    texts = []
    if depth == 0 and not flat:
        texts += [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]
    for row in range(min(model.rowCount(parent), ROWS_PER_VIEW)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
        if depth < 2 and not flat:
            texts += _model_texts(model, model.index(row, 0, parent), depth + 1)
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what ``root`` shows: its visible widgets' texts and its item views' first rows."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        add(widget, widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in _model_texts(widget.model()):
                add(widget, text)
    return found


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        found.append((f"QAction#{action.objectName()}", action.text().split("\t")[0]))
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return found


def without_translations(text: str) -> str:
    """``text`` with every "[[…]]" taken out, innermost first (a translation may hold another); an elided one
    ("[[Name parts, nickn…") runs to the end."""
    while (start := text.rfind(MARK)) >= 0:
        end = text.find("]]", start + len(MARK))
        text = text[:start] + " " + ("" if end < 0 else text[end + 2 :])
    return text


def untranslated(found: list[tuple[str, str]], english: set[str], allowed: set[str]) -> list[tuple[str, str]]:
    """The texts of ``found`` that hold an English word outside a translation."""
    left = []
    for where, text in found:
        if PATH_OR_URL.match(text.strip()):  # the data folder, a server's address: the user's, in no language
            continue
        plain = html.unescape(TAG.sub(" ", text)).replace("&", "")
        if MARK in plain:  # a translation; what is built around it is checked by the words outside it
            plain = without_translations(plain)
        words = {w.lower() for w in WORD.findall(plain)}
        if words & english - allowed:
            left.append((where, text))
    return sorted(set(left))


def contact_detail_texts(page, window, qtbot) -> list[tuple[str, str]]:
    view = page.view
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(0, 0), flags)
    tabs = page.detail.panel.tabs
    qtbot.waitUntil(tabs.isVisible)
    found = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        found += [(f"contact tab {i} {where}", text) for where, text in visible_texts(window)]
    return found


def main_dialogs(window) -> list[tuple[str, QWidget]]:
    """The dialogs people open most: log an interaction, add a follow-up, scripts, export."""
    from app.ui.dialogs.log_interaction import LogInteractionDialog
    from app.ui.followups.add_dialog import AddFollowUpDialog
    from app.ui.import_export.export_dialog import ExportDialog
    from app.ui.scripts.dialog import ScriptsDialog

    ctx = window.ctx
    return [
        ("Log interaction", LogInteractionDialog(ctx, None, window)),
        ("Add follow-up", AddFollowUpDialog(ctx, parent=window)),
        ("Scripts", ScriptsDialog(ctx, window)),
        ("Export", ExportDialog(ctx, window)),
    ]


@pytest.fixture
def pseudo_french(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", pseudo_translation(tmp_path / "qm"))
    i18n.remove_translators()
    i18n.install_translators("fr")
    yield
    i18n.remove_translators()
    monkeypatch.undo()
    i18n.install_translators("en")


def test_every_page_menu_and_dialog_shows_only_translated_text(qtbot, paths, migrated_template, pseudo_french):
    from app.main import create_window
    from app.ui.settings.dialog import SettingsDialog

    fill_with_demo_data(paths, migrated_template, contacts=40, seed=3)
    i18n.save_language(QSettings(str(paths.settings_file), QSettings.Format.IniFormat), "fr")  # what the window reads
    allowed = user_words(paths.db_path) | PRODUCT_WORDS | {name.lower() for name in i18n.LANGUAGES.values()}
    english = english_words()
    window = create_window(paths.data_dir)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    found: list[tuple[str, str]] = []
    try:
        for name in list(window.page_names):
            page = window.show_page(name)
            qtbot.waitUntil(page.isVisible)
            found += [(f"{name} {where}", text) for where, text in visible_texts(window)]
            if name == "contactsPage":  # a contact's details, each tab
                found += contact_detail_texts(page, window, qtbot)
        for action in window.menuBar().actions():
            found.append(("menu bar", action.text()))
            if action.menu() is not None:
                found += menu_texts(action.menu())
        settings = SettingsDialog(window.ctx, window)
        qtbot.addWidget(settings)
        settings.show()
        tabs = settings.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found += [(f"Preferences {where}", text) for where, text in visible_texts(settings)]
        settings.close()
        for title, dialog in main_dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            found += [(f"{title} {where}", text) for where, text in visible_texts(dialog)]
            dialog.close()
        left = untranslated(found, english, allowed)
        print(f"\n{len(found)} texts seen, {len(left)} with English outside a translation")
        for where, text in left:
            print(f"  {where}: {text!r}")
        assert not left, f"{len(left)} texts still English (see the list above)"
    finally:
        window.close()
        app_db.close_database()


def test_the_check_tells_english_from_translated_text_and_user_data():
    english = {"stage", "funnel", "overdue"}
    found = [
        ("a", "[[Stage funnel]]"),  # translated
        ("b", "Stage funnel"),  # never marked
        ("c", "Ada Okafor · [[overdue]]"),  # user data around a translation
        ("d", "3 [[overdue]] · Stage"),  # English built around a translation
        ("f", "[[Reading ease 68 — [[plain English]] (aim for 60+)]]"),  # a translation inside another
        ("g", "[[Name parts, nickname, birth…"),  # elided
        ("h", "Sales Manager · [[Met]] · [[[[Acquaintance]] tie]]"),  # nested at the start
        ("e", "/home/ada/Rapport"),  # a path
    ]
    assert untranslated(found, english, allowed={"ada", "okafor"}) == [
        ("b", "Stage funnel"),
        ("d", "3 [[overdue]] · Stage"),
    ]


# Every dialog reachable from the menus and toolbars of every page (tests/reliability/every_dialog.py opens and
# escapes them) in a fresh process, the texts of each read as it opens. Qt's own file dialog is Qt's to translate.
EVERY_DIALOG = """
import json, os, sys
from pathlib import Path
data, qm = sys.argv[1], sys.argv[2]
sys.argv = ["every_dialog.py", data]
import tests.reliability.every_dialog as ed
from PySide6.QtWidgets import QApplication, QFileDialog
from app.ui import i18n
import tests.ui.test_no_english_left as t
i18n.TRANSLATIONS_DIR = Path(qm)
found = []
escape = ed.close_what_is_open
def collect(main):
    for top in QApplication.topLevelWidgets():
        if top is not main and top.isVisible() and not isinstance(top, QFileDialog):
            found.extend((f"{type(top).__name__} {where}", text) for where, text in t.visible_texts(top))
    escape(main)
ed.close_what_is_open = collect
from app.main import create_window
window = create_window(Path(data))
window.resize(1200, 800)
window.show()
ed.app.processEvents()
assert i18n.current_language() == "fr", i18n.current_language()
ed.every_dialog(window)
print(json.dumps(found))
sys.stdout.flush()
os._exit(0)
"""


def test_every_dialog_shows_only_translated_text(paths, migrated_template, tmp_path):
    fill_with_demo_data(paths, migrated_template, contacts=40, seed=3)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    i18n.save_language(settings, "fr")
    settings.sync()  # on disk, for the other process
    qm = pseudo_translation(tmp_path / "qm")
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    environment.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", EVERY_DIALOG, str(paths.data_dir), str(qm)],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    found = [tuple(pair) for pair in json.loads(result.stdout.strip().splitlines()[-1])]
    allowed = user_words(paths.db_path) | PRODUCT_WORDS | {name.lower() for name in i18n.LANGUAGES.values()}
    left = untranslated(found, english_words(), allowed)
    print(f"\n{len(found)} texts seen in the dialogs, {len(left)} with English outside a translation")
    for where, text in left:
        print(f"  {where}: {text!r}")
    assert len(found) > 1000 and not left, f"{len(left)} texts still English (see the list above)"

"""The pitches page's actions: New, Duplicate, Delete, Rehearse, Teleprompter, Save version, Revisions, Print card
and Link contacts, with their shortcuts, the More menu and the buttons that trigger them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.pitches.page import PitchesPage


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


def _action(page: PitchesPage, text: str, shortcut, tip: str, slot, name: str) -> QAction:
    action = QAction(text, page)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
    action.triggered.connect(slot)
    page.addAction(action)
    return action


def build_actions(page: PitchesPage) -> None:
    """The page's actions (each with its shortcut in its tooltip), the More menu, the buttons that trigger them,
    the list's Delete key, and rehearsal mode's Space and Escape."""
    page.new_action = _action(
        page, tr("New pitch"), "Ctrl+Shift+N", tr("Write a new pitch"), page.new_pitch, "pitchNewAction"
    )
    page.duplicate_action = _action(
        page,
        tr("Duplicate"),
        "Ctrl+D",
        tr("Copy this pitch, e.g. to make a 15 or 60 s version"),
        page.duplicate_pitch,
        "pitchDuplicateAction",
    )
    page.delete_action = _action(
        page,
        tr("Delete"),
        "Ctrl+Shift+Del",
        tr("Delete this pitch (undo with Ctrl+Z)"),
        page.delete_pitch,
        "pitchDeleteAction",
    )
    page.rehearse_action = _action(
        page, tr("Rehearse"), "Ctrl+R", tr("Rehearse this pitch with the timer"), page.start_or_stop, "rehearseAction"
    )
    page.teleprompter_action = _action(
        page,
        tr("Teleprompter"),
        "Ctrl+T",
        tr("Scroll the text full screen at your pace"),
        page.open_teleprompter,
        "teleprompterAction",
    )
    page.save_version_action = _action(
        page,
        tr("Save version"),
        "Ctrl+S",
        tr("Keep this text as a version you can go back to"),
        page.save_version,
        "pitchSaveVersionAction",
    )
    page.revisions_action = _action(
        page,
        tr("Revisions…"),
        "Ctrl+Shift+H",
        tr("Browse and restore earlier versions"),
        page.show_revisions,
        "pitchRevisionsAction",
    )
    page.card_action = _action(
        page,
        tr("Print card…"),
        "Ctrl+P",
        tr("Print or save a pocket card of this pitch"),
        page.print_card,
        "pitchCardAction",
    )
    page.contacts_action = _action(
        page,
        tr("Link contacts…"),
        "Ctrl+Shift+L",
        tr("Link this pitch to the people it suits"),
        page.link_contacts,
        "pitchContactsAction",
    )
    page.new_button.clicked.connect(page.new_action.trigger)
    page.new_button.setToolTip(page.new_action.toolTip())
    more = QMenu(page.more_button)
    more.setToolTipsVisible(True)
    for action in (
        page.duplicate_action,
        page.delete_action,
        None,
        page.contacts_action,
        page.save_version_action,
        page.revisions_action,
        page.card_action,
    ):
        more.addSeparator() if action is None else more.addAction(action)
    page.more_button.setMenu(more)
    for button, action in (
        (page.teleprompter_button, page.teleprompter_action),
        (page.revisions_button, page.revisions_action),
        (page.card_button, page.card_action),
    ):
        button.clicked.connect(action.trigger)
        button.setToolTip(action.toolTip())
    page.list.addActions([page.new_action, page.duplicate_action, page.delete_action])
    delete_key = QShortcut(QKeySequence.StandardKey.Delete, page.list, page.delete_pitch)
    delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.setWhatsThis(tr("Delete the pitch (in the list)"))  # Help → Keyboard Shortcuts lists it
    page.rehearsals.add_shortcuts()

"""Wiring the networking coach into the main window, kept out of main_window.py so that file stays small.

:func:`install` adds Contacts → Prepare for a Meeting… (Ctrl+Alt+P) and Introduce Two Contacts… (Ctrl+Shift+I),
connects the Insights page (a number opens the Contacts page filtered to the people behind it) and Today's coach
panel (Prepare, Set goals…, History) to the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.modal import run_modal


@dataclass
class CoachActions:
    prepare_action: QAction
    introduce_action: QAction


class PickContactDialog(QDialog):
    """Who is the meeting with? One contact picker."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pickPrepContact")
        self.setWindowTitle(self.tr("Prepare for a meeting"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who are you meeting?")))
        self.picker = ContactPicker(placeholder=self.tr("Type a name"))
        self.picker.setObjectName("prepContactPicker")
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.picker.accept_first():
            super().accept()
        else:
            self.picker.setFocus()


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _action(window: QMainWindow, text: str, shortcut: str, tip: str, slot, name: str, icon: str) -> QAction:
    action = QAction(ui_icon(icon), text, window)
    action.setShortcut(QKeySequence(shortcut))
    shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shown})")
    action.setStatusTip(tip)
    action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def open_settings(ctx: AppContext, window: QWidget, tab: str) -> None:
    from app.ui.settings.dialog import SettingsDialog

    run_modal(SettingsDialog(ctx, window, tab=tab))


def install(window) -> CoachActions:
    """Add the coach to ``window`` (a :class:`app.ui.main_window.MainWindow`). The windows it opens are imported
    when first used: they pull in the contact write path, which the first paint does not need."""

    def open_prep(*args, **kwargs):
        from app.ui.coach.prep_dialog import open_prep as open_window

        return open_window(*args, **kwargs)

    ctx: AppContext = window.ctx
    contacts = window.pages.get("contactsPage")

    def current_contact() -> int | None:
        if contacts is not None and window.current_page() is contacts:
            return contacts.detail.contact_id
        return None

    def prepare() -> None:
        contact_id = current_contact()
        if contact_id is None:
            dialog = PickContactDialog(window)
            if run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.picker.contact_id is None:
                return
            contact_id = dialog.picker.contact_id
        open_prep(ctx, contact_id, window)

    def introduce() -> None:
        from app.ui.coach.introduce_dialog import IntroduceDialog

        if contacts is not None and window.current_page() is contacts:
            contacts.introduce()
        else:
            run_modal(IntroduceDialog(ctx, window))

    prepare_action = _action(
        window,
        window.tr("&Prepare for a Meeting…"),
        "Ctrl+Alt+P",
        window.tr("What you know, your questions and your pitch, before you meet someone"),
        prepare,
        "prepareMeetingAction",
        "prep",
    )
    introduce_action = _action(
        window,
        window.tr("&Introduce Two Contacts…"),
        "Ctrl+Shift+I",
        window.tr("Introduce two people who should know each other — a give for both"),
        introduce,
        "introduceAction",
        "kind-introduction",
    )
    menu = _menu(window, "Contacts")
    if menu is not None:
        first = menu.actions()[1] if len(menu.actions()) > 1 else None
        menu.insertAction(first, prepare_action)
        menu.insertAction(first, introduce_action)

    def show_contacts(ids: list, label: str) -> None:
        page = window.show_page("contactsPage")
        show_only = getattr(page, "show_only", None)
        if callable(show_only):
            show_only(ids, label)

    def wire_insights(insights) -> None:
        insights.show_contacts.connect(show_contacts)
        insights.contact_requested.connect(window.open_contact)
        insights.goals_settings_requested.connect(lambda: open_settings(ctx, window, "Weekly goals"))

    if "insightsPage" in getattr(window, "page_names", ()):
        window.when_page_built("insightsPage", wire_insights)

    def show_goals_history() -> None:
        page = window.show_page("insightsPage")
        if hasattr(page, "goals_panel"):
            page.refresh_all_now()
            page.scroll_area.ensureWidgetVisible(page.goals_panel, 0, 0)

    today = window.pages.get("todayPage")
    coach = getattr(today, "coach", None)
    if coach is not None:
        coach.prep_requested.connect(
            lambda contact_id, followup_id, interaction_id: open_prep(
                ctx, contact_id, window, followup_id=followup_id or None, interaction_id=interaction_id or None
            )
        )
        coach.goals_settings_requested.connect(lambda: open_settings(ctx, window, "Weekly goals"))
        coach.history_requested.connect(show_goals_history)
    return CoachActions(prepare_action, introduce_action)

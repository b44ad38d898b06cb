"""Wiring the networking coach into the main window, kept out of main_window.py so that file stays small.

:func:`install` handles Contacts → Prepare for a Meeting… (Ctrl+Alt+P) and Introduce Two Contacts… (Ctrl+Shift+I)
(declared in app.ui.actions_catalog), connects the Insights page (a number opens the Contacts page filtered to the
people behind it) and Today's coach panel (Prepare, Set goals…, History) to the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.widgets.modal import run_modal
from app.ui.widgets.parts import describe_buttons


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
        from app.ui.widgets.contact_picker import ContactPicker  # with the dialog, not the window (issue 21)

        self.picker = ContactPicker(placeholder=self.tr("Type a name"))
        self.picker.setObjectName("prepContactPicker")
        self.picker.setAccessibleName(self.tr("Who are you meeting?"))
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.picker.accept_first():
            super().accept()
        else:
            self.picker.setFocus()


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

    def shown_contacts():
        """The Contacts page when it is the page shown (it may not be built yet: then it is not)."""
        contacts = window.pages.get("contactsPage")
        return contacts if contacts is not None and window.current_page() is contacts else None

    def current_contact() -> int | None:
        contacts = shown_contacts()
        return contacts.detail.contact_id if contacts is not None else None

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

        contacts = shown_contacts()
        if contacts is not None:
            contacts.introduce()
        else:
            run_modal(IntroduceDialog(ctx, window))

    registry = window.action_registry
    registry.handle("prepareMeetingAction", prepare)
    registry.handle("introduceAction", introduce)

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
    return CoachActions(registry.action("prepareMeetingAction"), registry.action("introduceAction"))

"""Preferences (Edit → Preferences…, Ctrl+,): a tabbed dialog; each tab edits one area and applies its own changes.

Other parts of the app add their tab with one line in :data:`TABS` (title, factory). A tab is a
:class:`SettingsTab`: ``apply()`` stores its values (raising :class:`SettingsError` with a message for the user when
a value is refused — nothing is stored then) and says whether anything changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from app.core.changes import Changes
from app.core.translated import QT_TRANSLATE_NOOP
from app.ui.context import AppContext
from app.ui.widgets.parts import describe_buttons


class SettingsError(ValueError):
    """A setting cannot be stored as entered; the message says which and why."""


class SettingsTab(QWidget):
    """One tab of the Preferences dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def apply(self) -> bool:
        """Store the tab's values; return True when something changed. Raise SettingsError to refuse."""
        return False


def _general_tab(ctx: AppContext) -> SettingsTab:
    from app.ui.settings.general_tab import GeneralTab

    return GeneralTab(ctx)


def _rules_tab(ctx: AppContext) -> SettingsTab:
    from app.ui.settings.rules_tab import RulesTab

    return RulesTab(ctx)


def _data_tab(ctx: AppContext) -> SettingsTab:
    from app.ui.settings.data_tab import DataTab

    return DataTab(ctx)


def _goals_tab(ctx: AppContext) -> SettingsTab:
    from app.ui.coach.goals_tab import GoalsTab

    return GoalsTab(ctx)


def _sync_tab(ctx: AppContext) -> SettingsTab:
    from app.ui.sync.settings_tab import SyncTab

    return SyncTab(ctx)


# (title, factory) in display order. Other issues add theirs here: My profile, pitch defaults, backups…
TABS: list[tuple[str, Callable[[AppContext], SettingsTab]]] = [
    (QT_TRANSLATE_NOOP("SettingsDialog", "General"), _general_tab),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Follow-up rules"), _rules_tab),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Data"), _data_tab),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Weekly goals"), _goals_tab),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Sync"), _sync_tab),
]


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, tab: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.pages: list[SettingsTab] = []
        for title, factory in TABS:
            page = factory(ctx)
            self.pages.append(page)
            self.tabs.addTab(page, self.tr(title))
            if tab == title:
                self.tabs.setCurrentWidget(page)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout.addWidget(buttons)

    def apply(self) -> bool:
        """Apply every tab; on a refusal show it, switch to that tab and return False."""
        changed = False
        for page in self.pages:
            try:
                changed = page.apply() or changed
            except SettingsError as exc:
                self.tabs.setCurrentWidget(page)
                QMessageBox.warning(self, self.tr("Preferences"), str(exc))
                return False
        if changed:
            self.ctx.publish(Changes.of("settings"))
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

"""The right-hand pane of the Contacts page: one contact, a summary with bulk actions when several are selected,
or a one-line hint when none is. The one-contact panel (:mod:`app.ui.contacts.detail`) is built on first use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.text import heading


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    label.setMargin(32)
    return label


class MultiPanel(QWidget):
    """Several contacts selected: what can be done to all of them at once."""

    action_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        self.title = heading("", level=2)
        self.title.setObjectName("selectionTitle")
        layout.addWidget(self.title)
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.names.setEnabled(False)
        layout.addWidget(self.names)
        layout.addSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for key, icon, text in (
            ("circle", "add", self.tr("Add to circle…")),
            ("uncircle", "close", self.tr("Remove from circle…")),
            ("stage", "tree", self.tr("Set stage…")),
            ("export", "export", self.tr("Export selection…")),
            ("merge", "merge", self.tr("Merge these two…")),
            ("trash", "trash", self.tr("Move to trash")),
            ("restore", "restore", self.tr("Restore")),
        ):
            button = QPushButton(ui_icon(icon), text)
            button.setObjectName(f"bulk_{key}")
            button.setStyleSheet("text-align: left; padding: 4px 12px;")
            button.clicked.connect(lambda _=False, k=key: self.action_requested.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)

    def show_selection(self, count: int, names: list[str], trash: bool) -> None:
        self.title.setText(self.tr("%Ln contact(s) selected", "", count))
        shown = ", ".join(names[:8]) + (self.tr(" and %Ln more", "", count - 8) if count > 8 else "")
        self.names.setText(shown)
        for key, button in self.buttons.items():
            if key == "restore":
                button.setVisible(trash)
            elif key == "merge":
                button.setVisible(count == 2 and not trash)
            elif key == "export":
                button.setVisible(True)
            else:
                button.setVisible(not trash)


class DetailPane(QStackedWidget):
    """Empty hint / several selected / one contact."""

    panel_created = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.ctx = ctx
        self.hint = _hint("")
        self.multi = MultiPanel()
        self._panel = None
        for widget in (self.hint, self.multi):
            self.addWidget(widget)
        self.set_hint(self.tr("Select a contact to see and edit their details."))

    @property
    def panel(self):
        """The one-contact panel, built the first time it is needed (it is the heaviest part of the page)."""
        if self._panel is None:
            from app.ui.contacts.detail import ContactPanel

            self._panel = ContactPanel(self.ctx)
            self.addWidget(self._panel)
            self.panel_created.emit(self._panel)
        return self._panel

    @property
    def contact_id(self) -> int | None:
        panel = self._panel
        return panel.contact_id if panel is not None and self.currentWidget() is panel else None

    def set_hint(self, text: str) -> None:
        self.flush()
        self.hint.setText(text)
        self.setCurrentWidget(self.hint)

    def show_contact(self, contact_id: int) -> None:
        if self.panel.show_contact(contact_id):
            self.setCurrentWidget(self.panel)
        else:
            self.set_hint(self.tr("This contact no longer exists."))

    def show_many(self, count: int, names: list[str], trash: bool) -> None:
        self.flush()
        self.multi.show_selection(count, names, trash)
        self.setCurrentWidget(self.multi)

    def refresh(self) -> None:
        if self._panel is not None and self.currentWidget() is self._panel and self._panel.contact_id is not None:
            self.show_contact(self._panel.contact_id)

    def flush(self) -> bool:
        return self._panel.editor.flush() if self._panel is not None else True

    def has_pending(self) -> bool:
        """Edits of the shown contact not written yet (waiting for a pause, or refused by the database)."""
        return self._panel is not None and self._panel.editor.has_pending()

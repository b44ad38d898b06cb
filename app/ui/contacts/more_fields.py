"""The editors behind "More fields" in the Details tab: websites, and chat and social handles, here; the birthday
and other yearly dates in :mod:`app.ui.contacts.date_editors` (exported from here too), the row lists they share in
:mod:`app.ui.contacts.row_editors`.

Each editor hands back the entries it was given *unchanged* unless the user edited that row, so a value imported in
a form these widgets would not write themselves (an IM address's kind, an odd service name, a label) survives a
save of some other field. ``edited`` fires while typing (the editor saves after a pause), ``committed`` when a
value is picked or a field is left (saved at once).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.core.contacts.contact_data import HandleEntry, WebsiteEntry
from app.ui.contacts.date_editors import BirthdayEditor, DateFields, DatesEditor, days_in
from app.ui.contacts.facts import SERVICE_NAMES, safe_url, service_name
from app.ui.contacts.field_labels import HANDLE_LABELS, WEBSITE_LABELS
from app.ui.contacts.row_editors import LABEL_WIDTH, EditorRow, RowList, field_label_box, remove_button
from app.ui.icons import ui_icon

__all__ = ["BirthdayEditor", "DateFields", "DatesEditor", "HandlesEditor", "WebsitesEditor", "days_in"]

IM_SERVICES = ("signal", "whatsapp", "telegram", "matrix", "xmpp", "skype", "teams", "slack", "discord", "sip")
SOCIAL_SERVICES = ("mastodon", "bluesky", "x", "github", "instagram", "facebook", "threads", "youtube", "tiktok")


class _WebsiteRow(EditorRow):
    """[label ▾] [address] [↗] [×]."""

    def __init__(self, entry: WebsiteEntry, parent=None):
        super().__init__(parent)
        self.label = field_label_box(WEBSITE_LABELS, entry.label, self.tr("label"))
        self.label.setAccessibleName(self.tr("Website label"))
        self.value = QLineEdit(entry.value)
        self.value.setCursorPosition(0)
        self.value.setPlaceholderText("example.com")
        self.value.setAccessibleName(self.tr("Web address"))
        self.open = QToolButton()
        self.open.setIcon(ui_icon("external"))
        self.open.setAutoRaise(True)
        self.open.setToolTip(self.tr("Open in your browser"))
        self.open.setAccessibleName(self.open.toolTip())
        self.open.clicked.connect(self._open)
        self.remove = remove_button(self.tr("Remove this website"))
        for column, widget in enumerate((self.label, self.value, self.open, self.remove)):
            self.grid.addWidget(widget, 0, column)
        self.grid.setColumnStretch(1, 1)
        self.watch_combo(self.label)
        self.watch_line(self.value)
        self.value.textChanged.connect(self._update_open)
        self._update_open()

    def _update_open(self) -> None:
        self.open.setEnabled(safe_url(self.value.text()) is not None)

    def _open(self) -> None:
        url = safe_url(self.value.text())
        if url is not None:
            QDesktopServices.openUrl(url)

    def texts(self) -> tuple:
        return (self.label.currentText(), self.value.text())

    def entry(self) -> WebsiteEntry | None:
        value = self.value.text().strip()
        return WebsiteEntry(value, self.label.label()) if value else None

    def first_field(self) -> QWidget:
        return self.value

    def set_read_only(self, read_only: bool) -> None:
        self.label.setEnabled(not read_only)
        self.value.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class WebsitesEditor(RowList):
    add_text = QT_TRANSLATE_NOOP("WebsitesEditor", "Add website")
    add_name = "add_website"

    def make_row(self, entry: WebsiteEntry) -> _WebsiteRow:
        return _WebsiteRow(entry)

    def blank(self) -> WebsiteEntry:
        return WebsiteEntry("", "")


# --- chat and social handles ---------------------------------------------------------------------------------------
class _HandleRow(EditorRow):
    """[service ▾] [label ▾] [×] over [handle]."""

    def __init__(self, entry: HandleEntry, parent=None):
        super().__init__(parent)
        self.kind = entry.kind
        self.service = QComboBox()
        self.service.setEditable(True)
        self.service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in (*IM_SERVICES, *SOCIAL_SERVICES):
            self.service.addItem(SERVICE_NAMES[key], key)
        self.service.setCurrentText(service_name(entry.service))
        self.service.lineEdit().setPlaceholderText(self.tr("service"))
        self.service.setMaximumWidth(LABEL_WIDTH + 24)
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setToolTip(self.tr("Signal, Matrix, Mastodon, GitHub… or type another"))
        self.value = QLineEdit(entry.value)
        self.value.setCursorPosition(0)
        self.value.setPlaceholderText(self.tr("@name or address"))
        self.value.setAccessibleName(self.tr("Handle"))
        self.label = field_label_box(HANDLE_LABELS, entry.label, self.tr("label"))
        self.label.setAccessibleName(self.tr("Handle label"))
        self.remove = remove_button(self.tr("Remove this handle"))
        self.grid.addWidget(self.service, 0, 0)
        self.grid.addWidget(self.label, 0, 1, Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(self.remove, 0, 2)
        self.grid.addWidget(self.value, 1, 0, 1, 2)  # the handle gets the full width: it is the long part
        self.grid.setColumnStretch(1, 1)
        self.watch_combo(self.service)
        self.watch_line(self.value)
        self.watch_combo(self.label)

    def texts(self) -> tuple:
        return (self.service.currentText(), self.value.text(), self.label.currentText())

    def service_key(self) -> str:
        text = self.service.currentText().strip()
        index = self.service.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.service.itemData(index) if index >= 0 else text.lower()

    def entry(self) -> HandleEntry | None:
        value = self.value.text().strip()
        if not value:
            return None
        original = self.original
        if original is not None and self.service.currentText() == self.snapshot[0]:
            service, kind = original.service, original.kind  # the service was not touched
        else:
            service = self.service_key()
            kind = "social" if service in SOCIAL_SERVICES else "im" if service in IM_SERVICES else self.kind
        return HandleEntry(value, service, self.label.label(), kind)

    def first_field(self) -> QWidget:
        return self.service

    def set_read_only(self, read_only: bool) -> None:
        self.service.setEnabled(not read_only)
        self.label.setEnabled(not read_only)
        self.value.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class HandlesEditor(RowList):
    add_text = QT_TRANSLATE_NOOP("HandlesEditor", "Add chat or social")
    add_name = "add_handle"

    def make_row(self, entry: HandleEntry) -> _HandleRow:
        return _HandleRow(entry)

    def blank(self) -> HandleEntry:
        return HandleEntry("", "", "", "im")

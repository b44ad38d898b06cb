"""File → Restore Backup…: pick one of the automatic backups, newest first, or another file.

Loaded when the dialog is first asked for (the backups' controller, app.ui.backup_ui, is made before the window's first
paint; PySide6 makes a Qt class, with its enums, when a module first names it: issue 21).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.data import backup
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import clock_time, short_day, weekday_name

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "automatic, daily"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "saved by you"),
    "pre-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
}


def _weekday_day(day: dt.date) -> str:
    return f"{weekday_name(day, short=True)} {short_day(day, year=True)}"


class RestoreDialog(QDialog):
    """Pick one of the automatic backups (newest first) or another file."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the backup to go back to. Your current data is kept as a backup.")))
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(
            self.tr("The automatic backups, newest first; double-click one to restore it")
        )
        now = dt.datetime.now()
        for item in backup.list_backups(folder):
            when = item.taken_at
            day = self.tr("today") if when.date() == now.date() else _weekday_day(when.date())
            kind = self.tr(KIND_LABELS[item.kind]) if item.kind in KIND_LABELS else item.kind
            row = QListWidgetItem(f"{day}, {clock_time(when)} — {kind}")
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
            row.setToolTip(str(item.path))
            self.list.addItem(row)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("No automatic backups yet: Rapport makes one each day you open it."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_current())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        other = QPushButton(self.tr("Other File…"))
        other.setAccessibleDescription(self.tr("Choose a backup file saved somewhere else and restore it"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._browse)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setAccessibleDescription(self.tr("Go back to the chosen backup; your current data is kept as a backup"))
        restore.setEnabled(self.list.currentItem() is not None and bool(self.list.currentItem().flags()))
        restore.clicked.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path.home()), self.tr("Rapport backups (*.sqlite3);;All files (*)")
        )
        if path:
            self.chosen = Path(path)
            self.accept()

"""The pieces the opportunity detail pane is built from: its flat lists, sized to their rows, its buttons, and the
dialog that corrects the day of a move in the history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QListWidget, QPushButton, QVBoxLayout

from app.ui.icons import ui_icon
from app.ui.opportunities.dialogs import _from_qdate, _to_qdate
from app.ui.opportunities.presentation import tr
from app.ui.widgets.date_entry import DateEdit, refuse_invalid
from app.ui.widgets.parts import describe_buttons


def list_widget(name: str, accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setWordWrap(False)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setUniformItemSizes(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def fit_rows(widget: QListWidget, most: int = 4) -> None:
    """As tall as its rows, up to ``most`` of them (then it scrolls)."""
    widget.doItemsLayout()
    rows = [widget.sizeHintForRow(r) for r in range(widget.count())]
    height = sum(rows[:most]) if rows else widget.fontMetrics().height()
    widget.setFixedHeight(height + 2 * widget.frameWidth() + 4)


def pane_button(text: str, name: str, tip: str, icon: str = "") -> QPushButton:
    button = QPushButton(ui_icon(icon), text) if icon else QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip("…"))
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class DayDialog(QDialog):
    """Pick the day a move happened."""

    def __init__(self, day: dt.date, latest: dt.date, parent=None):
        super().__init__(parent)
        self.setObjectName("historyDayDialog")
        self.setWindowTitle(tr("Change the day"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The day it happened:")))
        self.day = DateEdit()  # typed or picked (issue 17)
        self.day.setObjectName("historyDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        self.day.setMaximumDate(_to_qdate(latest))
        self.day.setDate(_to_qdate(day))
        layout.addWidget(self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> dt.date:
        return _from_qdate(self.day.date())

    def accept(self) -> None:
        if not refuse_invalid(self):  # else the field says in red what is wrong, and keeps the focus
            super().accept()

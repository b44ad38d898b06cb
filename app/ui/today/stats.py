"""A number people compare week to week, large, with its caption underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.followups.kinds import secondary_text
from app.ui.widgets.text import number


class StatTile(QFrame):
    """``value`` over ``caption``; the value may take a status colour (e.g. red when something is overdue)."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(104)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value = QLabel("0")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel(caption)
        palette = self.caption.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(self.palette()))
        self.caption.setPalette(palette)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self._caption = caption

    def set_value(self, value: int, colour: QColor | None = None) -> None:
        self.value.setText(number(value))
        palette = self.value.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour or self.palette().color(QPalette.ColorRole.WindowText))
        self.value.setPalette(palette)
        self.setAccessibleName(f"{value} {self._caption}")

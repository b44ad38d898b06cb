"""Buttons and labels that shrink by eliding their text ("Suits Ada Okafor, Ben…") instead of widening the page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton


class ElidingButton(QPushButton):
    """A flat-friendly push button whose text elides when narrow; the full text is the tooltip's first line."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._apply()

    def _chrome(self) -> int:
        """Width the style adds around the text (bevel, margins)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self._full), self.fontMetrics().height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
        return max(8, size.width() - text.width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + self._chrome() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(64, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply()

    def _apply(self) -> None:
        width = max(0, self.width() - self._chrome() - 2)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class ElidingLabel(QLabel):
    """A one-line label that elides instead of asking for more width."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._apply()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(24, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply()

    def _apply(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))

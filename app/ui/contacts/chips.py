"""Circles shown as chips (coloured dot + name + ×) in a flowing row, with "+ Circle" to add one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QInputDialog, QMenu, QSizePolicy, QToolButton, QWidget

from app.core.contacts import circle_names
from app.core.contacts.lookup import circle_colours, circles_in_order, stored_circle_name
from app.ui.contacts.filters import colour_swatch
from app.ui.icons import ui_icon
from app.ui.widgets.flow_layout import FlowLayout


class Chip(QWidget):
    """One circle: a pill with its colour dot and name (``name`` as stored, ``label`` as the reader sees it: a default
    circle in the interface's language); the × removes it."""

    removed = Signal(str)

    def __init__(self, name: str, colour: str, *, removable: bool = True, parent=None):
        super().__init__(parent)
        self.name, self.colour = name, colour
        self.label = circle_names.shown(name)
        self.setAccessibleName(self.label)
        self.setToolTip(self.label)
        self._removable = removable
        self._close = QToolButton(self)
        self._close.setIcon(ui_icon("close"))
        self._close.setIconSize(QSize(10, 10))
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Remove from {circle}").format(circle=self.label))
        self._close.setAccessibleName(self._close.toolTip())
        self._close.setVisible(removable)
        self._close.clicked.connect(lambda: self.removed.emit(self.name))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = 8 + 10 + 6 + metrics.horizontalAdvance(self.label) + (22 if self._removable else 10)
        return QSize(width, metrics.height() + 10)

    def resizeEvent(self, event) -> None:
        self._close.setGeometry(self.width() - 22, (self.height() - 18) // 2, 18, 18)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = QColor(self.colour)
        fill.setAlpha(40)
        painter.setPen(QColor(self.colour))
        painter.setBrush(fill)
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setBrush(QColor(self.colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRect(8, self.height() // 2 - 5, 10, 10))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_rect = QRect(24, 0, self.width() - 24 - (22 if self._removable else 8), self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.label)


class CircleChips(QWidget):
    """The circles of a contact. ``changed`` fires with the new list of names, as stored (the chips show them in the
    reader's language: :mod:`app.core.contacts.circle_names`)."""

    changed = Signal(list)

    def __init__(self, parent=None, *, editable: bool = True):
        super().__init__(parent)
        self.editable = editable
        self._names: list[str] = []
        self._layout = FlowLayout(self, spacing=6)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Circle"))
        self.add_button.setIcon(ui_icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("Add to a circle"))
        self.add_button.setAccessibleName(self.tr("Add to a circle"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.add_button.setMenu(QMenu(self.add_button))
        self.add_button.menu().aboutToShow.connect(self._fill_menu)

    def names(self) -> list[str]:
        return list(self._names)

    def set_names(self, names: list[str]) -> None:
        self._names = list(names)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.add_button:
                widget.deleteLater()
        colours = circle_colours()
        for name in self._names:
            chip = Chip(name, colours.get(name, "#888888"), removable=self.editable, parent=self)
            chip.removed.connect(self._remove)
            self._layout.addWidget(chip)
        if self.editable:
            self._layout.addWidget(self.add_button)
        self.add_button.setVisible(self.editable)
        self.updateGeometry()

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.editable = editable
            self.set_names(self._names)

    def _remove(self, name: str) -> None:
        self.set_names([n for n in self._names if n != name])
        self.changed.emit(self.names())

    def _add(self, name: str) -> None:
        if name and name not in self._names:
            self.set_names([*self._names, name])
            self.changed.emit(self.names())

    def _fill_menu(self) -> None:
        menu = self.add_button.menu()
        menu.clear()
        for circle in circles_in_order():
            if circle.name in self._names:
                continue
            action = menu.addAction(colour_swatch(circle.colour), circle.label)
            action.triggered.connect(lambda _=False, n=circle.name: self._add(n))
        menu.addSeparator()
        menu.addAction(self.tr("New circle…"), self._new_circle)

    def _new_circle(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New circle"), self.tr("Name of the circle:"))
        if ok and name.strip():
            self._add(stored_circle_name(name.strip()[:100]))

"""The filter bar above the contact list: circle, stage, and "More filters" (invitation, quiet for N days,
time to reconnect, target companies). It only describes the wanted :class:`ContactFilter`; the page applies it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QToolButton, QWidget

from app.core.contacts.list_query import NO_CIRCLE, ContactFilter
from app.core.contacts.lookup import circles_in_order
from app.core.contacts.vocabulary import INVITATION_STATUSES, STAGES
from app.ui.contacts.presentation import INVITATION_LABELS, STAGE_LABELS
from app.ui.icons import ui_icon

QUIET_CHOICES = (
    (None, QT_TRANSLATE_NOOP("FilterBar", "Any time")),
    (30, QT_TRANSLATE_NOOP("FilterBar", "30 days")),
    (90, QT_TRANSLATE_NOOP("FilterBar", "3 months")),
    (180, QT_TRANSLATE_NOOP("FilterBar", "6 months")),
    (365, QT_TRANSLATE_NOOP("FilterBar", "a year")),
)


def colour_swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(120))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class FilterBar(QWidget):
    """Circle and stage pickers plus the "More filters" menu. Emits ``changed`` when any of them changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.circle = QComboBox()
        self.circle.setObjectName("circleFilter")
        self.circle.setAccessibleName(self.tr("Circle filter"))
        self.circle.setToolTip(self.tr("Show one circle only"))
        self.circle.setIconSize(QSize(12, 12))
        self.circle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.circle.setMinimumContentsLength(12)
        self.stage = QComboBox()
        self.stage.setObjectName("stageFilter")
        self.stage.setAccessibleName(self.tr("Stage filter"))
        self.stage.setToolTip(self.tr("Show one stage only"))
        self.stage.addItem(self.tr("All stages"), None)
        for stage in STAGES:
            self.stage.addItem(self.tr(STAGE_LABELS[stage]), stage)
        self.more = QToolButton()
        self.more.setObjectName("moreFilters")
        self.more.setAccessibleName(self.tr("More filters"))
        self.more.setIcon(ui_icon("filter"))
        self.more.setToolButtonStyle(self.more.toolButtonStyle().ToolButtonTextBesideIcon)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolTip(self.tr("Invitation status, quiet contacts, time to reconnect, target companies"))
        self._build_menu()
        for widget in (self.circle, self.stage, self.more):
            layout.addWidget(widget)
        self.reload_circles()
        self.circle.currentIndexChanged.connect(self.changed)
        self.stage.currentIndexChanged.connect(self.changed)
        self._update_more_text()

    def _build_menu(self) -> None:
        menu = QMenu(self)
        invitation = menu.addMenu(self.tr("Invitation"))
        self.invitation_group = QActionGroup(self)
        for status in (None, *[s for s in INVITATION_STATUSES if s != "none"]):
            action = invitation.addAction(self.tr(INVITATION_LABELS[status]) if status else self.tr("Any"))
            action.setCheckable(True)
            action.setData(status)
            action.setChecked(status is None)
            self.invitation_group.addAction(action)
        quiet = menu.addMenu(self.tr("Not contacted in"))
        self.quiet_group = QActionGroup(self)
        for days, label in QUIET_CHOICES:
            action = quiet.addAction(self.tr(label))
            action.setCheckable(True)
            action.setData(days)
            action.setChecked(days is None)
            self.quiet_group.addAction(action)
        self.reconnect = menu.addAction(self.tr("Time to reconnect (due or overdue)"))
        self.reconnect.setCheckable(True)
        self.targets = menu.addAction(self.tr("At target companies"))
        self.targets.setCheckable(True)
        menu.addSeparator()
        self.clear_action = menu.addAction(self.tr("Clear all filters"))
        self.clear_action.triggered.connect(self.clear)
        for group in (self.invitation_group, self.quiet_group):
            group.triggered.connect(self._changed)
        for action in (self.reconnect, self.targets):
            action.toggled.connect(self._changed)
        self.more.setMenu(menu)

    def _changed(self, *_args) -> None:
        self._update_more_text()
        self.changed.emit()

    def _update_more_text(self) -> None:
        n = self.apply(ContactFilter()).restrictions() - sum(
            1 for v in (self.circle.currentData(), self.stage.currentData()) if v is not None
        )
        self.more.setText(self.tr("More filters ({n})").format(n=n) if n else self.tr("More filters"))

    def reload_circles(self) -> None:
        """Refill the circle picker (circles may have been added), keeping the choice."""
        current = self.circle.currentData()
        self.circle.blockSignals(True)
        self.circle.clear()
        self.circle.addItem(self.tr("All circles"), None)
        for circle in circles_in_order():
            self.circle.addItem(colour_swatch(circle.colour), circle.label, circle.id)
        self.circle.addItem(self.tr("In no circle"), NO_CIRCLE)
        index = self.circle.findData(current)
        self.circle.setCurrentIndex(max(0, index))
        self.circle.blockSignals(False)
        if index < 0 and current is not None:
            self.changed.emit()

    def apply(self, flt: ContactFilter) -> ContactFilter:
        """``flt`` with this bar's choices."""
        invitation = self.invitation_group.checkedAction()
        quiet = self.quiet_group.checkedAction()
        return dataclasses.replace(
            flt,
            circle_id=self.circle.currentData(),
            stage=self.stage.currentData(),
            invitation_status=invitation.data() if invitation else None,
            quiet_days=quiet.data() if quiet else None,
            reconnect=self.reconnect.isChecked(),
            targets_only=self.targets.isChecked(),
        )

    def clear(self) -> None:
        for widget in (self.circle, self.stage):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for group in (self.invitation_group, self.quiet_group):
            group.actions()[0].setChecked(True)
        for action in (self.reconnect, self.targets):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._changed()

    def set_circle(self, circle_id: int | None) -> None:
        self.circle.setCurrentIndex(max(0, self.circle.findData(circle_id)))

    def set_reconnect(self, on: bool) -> None:
        self.reconnect.setChecked(on)

    def quick_actions(self) -> list[QAction]:
        return [self.reconnect, self.targets]

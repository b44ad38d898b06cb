"""The pickers of the typed date and time fields (:mod:`app.ui.widgets.date_entry`): a month calendar under a date
field, a list of times every half hour under a time field. Each drops down under its field, and closes when
something is picked or the user clicks elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

if TYPE_CHECKING:
    from app.ui.widgets.date_entry import DateEdit, TimeEdit

POPUP_TIME_STEP_MINUTES = 30


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FieldPopup(QFrame):
    """A frame that drops down under a field and closes when something is picked or the user clicks elsewhere."""

    closed = Signal()

    def __init__(self, field: QLineEdit):
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(1, 1, 1, 1)

    def drop_down(self) -> None:
        self.adjustSize()
        where = self.field.mapToGlobal(QPoint(0, self.field.height()))
        screen = self.field.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            if where.y() + self.height() > room.bottom():
                where.setY(self.field.mapToGlobal(QPoint(0, 0)).y() - self.height())
            where.setX(max(room.left(), min(where.x(), room.right() - self.width())))
        self.move(where)
        self.show()

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)


class CalendarPopup(FieldPopup):
    """The month calendar of a :class:`DateEdit` (``<field>Calendar``): a click or Enter picks the day."""

    def __init__(self, field: DateEdit):
        super().__init__(field)
        self.setObjectName(f"{field.objectName()}Calendar" if field.objectName() else "dateCalendar")
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setAccessibleName(self.tr("Choose a day"))
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.calendar.setDateRange(qdate(field.minimum_day()), qdate(field.maximum_day()))
        self.calendar.setSelectedDate(qdate(field.day()))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.column.addWidget(self.calendar)

    def _picked(self, day: QDate) -> None:
        self.field.setDate(day)
        self.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class TimesPopup(FieldPopup):
    """The times of a :class:`TimeEdit` every half hour (``<field>Times``): a click or Enter picks one."""

    def __init__(self, field: TimeEdit):
        super().__init__(field)
        self.setObjectName(f"{field.objectName()}Times" if field.objectName() else "timeList")
        self.list = QListWidget()
        self.list.setObjectName("times")
        self.list.setAccessibleName(self.tr("Choose a time"))
        current = field.to_time()
        nearest = None
        for minutes in range(0, 24 * 60, POPUP_TIME_STEP_MINUTES):
            value = dt.time(minutes // 60, minutes % 60)
            item = QListWidgetItem(field.text_for(value))
            item.setData(Qt.ItemDataRole.UserRole, minutes)
            self.list.addItem(item)
            if nearest is None and minutes >= current.hour * 60 + current.minute:
                nearest = item
        self.list.setCurrentItem(nearest or self.list.item(self.list.count() - 1))
        self.list.itemClicked.connect(self._picked)
        self.list.itemActivated.connect(self._picked)
        width = self.list.sizeHintForColumn(0) + self.list.verticalScrollBar().sizeHint().width() + 24
        self.list.setFixedSize(QSize(max(width, field.width()), self.list.sizeHintForRow(0) * 8 + 4))
        self.column.addWidget(self.list)

    def _picked(self, item: QListWidgetItem) -> None:
        minutes = item.data(Qt.ItemDataRole.UserRole)
        self.field.setTime(dt.time(minutes // 60, minutes % 60))
        self.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.scrollToItem(self.list.currentItem(), QListWidget.ScrollHint.PositionAtCenter)
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)

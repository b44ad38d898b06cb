"""Drawing a follow-up row: a round "done" button, the kind's colour bar, the title, who and which kind (and how it
repeats), the day, and a Snooze button on the hovered or selected row. Clicking the circle or the Snooze button
emits a signal; the page decides what happens (the delegate never writes). The calendar's lists also hold planned
meetings and later occurrences of repeating follow-ups: they get their kind's icon instead of the circle, and no
Snooze (nothing can be done to them from the row)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.followups.service import AgendaItem
from app.ui.followups.item_models import COUNT_ROLE, IS_GROUP_ROLE, ITEM_ROLE, TODAY_ROLE
from app.ui.followups.kinds import (
    blend,
    kind_colour,
    kind_icon_name,
    kind_label,
    meeting_colour,
    meeting_label,
    overdue_colour,
    secondary_text,
)
from app.ui.icons import tinted_pixmap
from app.ui.widgets.text import relative_day

PAD = 8
CIRCLE = 18


class FollowUpDelegate(QStyledItemDelegate):
    complete_clicked = Signal(QModelIndex)
    snooze_clicked = Signal(QModelIndex, QPoint)

    def __init__(self, parent=None, *, show_snooze: bool = True, show_day: bool = True):
        super().__init__(parent)
        self.show_snooze = show_snooze
        self.show_day = show_day  # False in a list of one day's items: the time only, and room for the title

    # --- geometry ----------------------------------------------------------------------------------------------
    def _line(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = self._line(option)
        if index.data(IS_GROUP_ROLE):
            return QSize(200, line + 2 * PAD + 4)
        return QSize(200, 2 * line + 2 * PAD + 4)

    def circle_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left() + PAD, rect.center().y() - CIRCLE // 2, CIRCLE, CIRCLE)

    def snooze_rect(self, font: QFont, rect: QRect) -> QRect:
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(self.tr("Snooze ▾")) + 2 * PAD
        height = metrics.height() + 4
        return QRect(rect.right() - PAD - width, rect.bottom() - PAD - height + 2, width, height)

    # --- painting ----------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(IS_GROUP_ROLE):
            self._paint_group(painter, option, index)
            return
        item: AgendaItem | None = index.data(ITEM_ROLE)
        if item is None:
            super().paint(painter, option, index)
            return
        today: dt.date = index.data(TODAY_ROLE) or dt.date.today()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_colour if selected else secondary_text(palette)
        rect = option.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # done circle (a meeting or a later occurrence: its icon)
        circle = self.circle_rect(rect)
        done = item.status == "done"
        colour = meeting_colour() if item.meeting else kind_colour(item.kind)
        if item.meeting or item.projected:
            tint = text_colour if selected else colour
            ratio = opt.widget.devicePixelRatioF() if opt.widget else 1.0
            icon = kind_icon_name(item.kind, meeting=item.meeting)
            painter.drawPixmap(circle.adjusted(1, 1, -1, -1), tinted_pixmap(icon, tint, CIRCLE - 2, ratio))
        else:
            painter.setPen(QPen(colour if not selected else text_colour, 1.6))
            painter.setBrush(colour if done else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(circle).adjusted(1, 1, -1, -1))
        if not item.meeting and not item.projected and (done or hovered):
            tick = QColor("#ffffff") if done else quiet
            painter.setPen(QPen(tick, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            c = QRectF(circle)
            painter.drawPolyline(
                [
                    c.topLeft() + QPoint(5, 9),
                    c.topLeft() + QPoint(8, 12),
                    c.topLeft() + QPoint(13, 6),
                ]
            )

        # kind bar
        bar = QRect(circle.right() + PAD + 2, rect.top() + PAD - 2, 4, rect.height() - 2 * PAD + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if item.projected:
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 2, 2)

        # right column: day, snooze button
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        when = relative_day(item.due, today) if self.show_day or item.overdue else ""
        if item.due_time:
            when = f"{when} {item.due_time:%H:%M}".strip()
        when_width = metrics.horizontalAdvance(when)
        top = QRect(rect.left(), rect.top() + PAD, rect.width() - PAD, line)
        painter.setFont(option.font)
        painter.setPen(overdue_colour(palette) if item.overdue and not selected else quiet)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        actionable = item.status == "open" and not item.meeting and not item.projected
        show_button = self.show_snooze and (hovered or selected) and actionable
        button = self.snooze_rect(option.font, rect)
        if show_button:
            painter.setPen(QPen(quiet, 1))
            painter.setBrush(
                blend(palette.color(QPalette.ColorRole.Button), palette.color(QPalette.ColorRole.Base), 0.6)
            )
            painter.drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
            painter.drawText(button, Qt.AlignmentFlag.AlignCenter, self.tr("Snooze ▾"))

        # title and second line
        left = bar.right() + PAD + 2
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setStrikeOut(done or item.status == "dismissed")
        title_rect = QRect(left, rect.top() + PAD, max(0, rect.right() - PAD * 2 - when_width - left), line)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title_text(item, QFontMetrics(title_font), title_rect.width()),
        )
        parts = self.details(item, today)
        right_edge = (button.left() - PAD) if show_button else rect.right() - PAD
        second = QRect(left, rect.top() + PAD + line + 4, max(0, right_edge - left), line)
        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(parts, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()

    @staticmethod
    def title_text(item: AgendaItem, metrics: QFontMetrics, width: int) -> str:
        """The title as it fits; in a narrow list (the calendar's day panel) a title that does not fit gives way to
        the person's name — "Leila Larsen" over "Friendly reminder to Le…" — the kind is on the second line and the
        whole title in the tooltip."""
        if metrics.horizontalAdvance(item.title) <= width:
            return item.title
        name = item.contact_name
        if name and name in item.title and metrics.horizontalAdvance(name) <= width:
            return name
        return metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, width)

    def details(self, item: AgendaItem, today: dt.date) -> str:
        """The second line of a row: who, which kind (a meeting's time), how it repeats, where it was moved from."""
        parts = []
        if not item.contact_name:
            parts.append(self.tr("Everyone"))
        elif item.contact_name not in item.title:
            parts.append(item.contact_name)
        if item.meeting:
            start = dt.datetime.combine(item.due, item.due_time or dt.time())
            end = start + dt.timedelta(minutes=item.minutes)
            parts.append(f"{meeting_label(item.kind)} {start:%H:%M}–{end:%H:%M}")
        else:
            parts.append(kind_label(item.kind))
        if item.repeats:
            from app.core.followups import recurrence  # with the first repeating row drawn (issue 21)

            parts.append(self.tr("repeats {how}").format(how=recurrence.short(item.recurrence)))
        if item.projected:
            parts.append(self.tr("after the one before"))
        if item.snoozed_until and item.original_due and item.original_due != item.due:
            parts.append(self.tr("moved from {day}").format(day=relative_day(item.original_due, today)))
        return " · ".join(parts)

    def _paint_group(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette: QPalette = option.palette
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        count = index.data(COUNT_ROLE) or 0
        rect = option.rect.adjusted(PAD, PAD, -PAD, 0)
        colour = palette.color(QPalette.ColorRole.Text)
        if title == self.tr("Overdue"):
            colour = overdue_colour(palette)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        width = QFontMetrics(font).horizontalAdvance(title)
        painter.setFont(option.font)
        painter.setPen(secondary_text(palette))
        painter.drawText(
            rect.adjusted(width + PAD, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count)
        )
        painter.setPen(
            QPen(blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.15))
        )
        painter.drawLine(
            option.rect.left() + PAD, option.rect.bottom(), option.rect.right() - PAD, option.rect.bottom()
        )
        painter.restore()

    # --- clicks --------------------------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if index.data(IS_GROUP_ROLE) or event.type() != QEvent.Type.MouseButtonRelease:
            return super().editorEvent(event, model, option, index)
        assert isinstance(event, QMouseEvent)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().editorEvent(event, model, option, index)
        pos = event.position().toPoint()
        item: AgendaItem | None = index.data(ITEM_ROLE)
        if item is not None and item.status == "open" and not item.meeting and not item.projected:
            if self.circle_rect(option.rect).adjusted(-4, -4, 4, 4).contains(pos):
                self.complete_clicked.emit(index)
                return True
            if self.show_snooze and self.snooze_rect(option.font, option.rect).contains(pos):
                widget = option.widget
                viewport = widget.viewport() if hasattr(widget, "viewport") else widget
                point = viewport.mapToGlobal(pos) if viewport is not None else pos
                self.snooze_clicked.emit(index, point)
                return True
        return super().editorEvent(event, model, option, index)

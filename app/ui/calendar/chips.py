"""What the calendar views draw for one item: a chip (month, the all-day strip) or a block (the hour grid).

A chip says what it is before whom: the kind's line icon (a thank-you's envelope, a referral's phone, a meeting's
coffee cup…), the time for timed items, the name, and a repeat mark on repeating follow-ups. Names are shortened
only when they do not fit — first to "Astrid L.", then with an ellipsis — and every chip has a tooltip with the whole
story. Icons are rendered once per colour and size and kept (a month repaints thousands of times a minute while a
chip is dragged).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap

from app.ui.followups.kinds import blend, chip_fill, kind_colour, meeting_colour, overdue_colour, secondary_text
from app.ui.i18n import tr
from app.ui.icons import tinted_pixmap

ICON = 12  # px, the kind icon in a chip
REPEAT_ICON = "repeat"


@dataclass(slots=True)  # not frozen: a busy month makes ten thousand per refresh, and frozen init is 5x slower
class Chip:
    """One item as a chip: ``label`` (the contact's name, or a short title); ``tooltip`` may be left empty for the
    view's ``tooltip_provider`` to fill in on hover. ``time`` and ``minutes`` place timed items on the hour grid;
    ``meeting`` marks a planned conversation (``id`` is then the interaction's); ``projected`` a later occurrence of
    a repeating follow-up (not made yet: nothing can be done to it); ``icon`` names the kind's line icon."""

    id: int
    kind: str
    label: str
    tooltip: str
    overdue: bool = False
    done: bool = False
    detail: str = ""  # what it is in a word or two (the kind, "Coffee"): a second line where there is room
    time: dt.time | None = None
    minutes: int = 0
    meeting: bool = False
    repeats: bool = False
    projected: bool = False
    icon: str = ""
    named: bool = True  # the label is a person's name (shortened as names are); else a title (elided)

    @property
    def key(self) -> tuple[str, int]:
        """Unique among the chips of a view (a meeting's id is an interaction's, a follow-up's a follow-up's)."""
        return ("meeting" if self.meeting else "followup", self.id)

    @property
    def movable(self) -> bool:
        return not self.done and not self.projected

    def colour(self) -> QColor:
        return meeting_colour() if self.meeting else kind_colour(self.kind)


def icon_pixmap(name: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    """The line icon ``name`` in ``colour`` (cached by :func:`app.ui.icons.tinted_pixmap`)."""
    return tinted_pixmap(name, colour, size, ratio)


_FITTED: dict[tuple[str, int, int, int, bool], str] = {}


def fit_name(metrics: QFontMetrics, name: str, width: int, *, named: bool = True) -> str:
    """``name`` as it fits in ``width``: whole, else "Given F." (the family name's initial), else "Given", else
    elided. With ``named`` False (a title, not a name) it is only elided."""
    key = (name, width, metrics.height(), metrics.averageCharWidth(), named)
    found = _FITTED.get(key)
    if found is not None:
        return found
    if metrics.horizontalAdvance(name) <= width:
        fitted = name
    else:
        words = name.split()
        shorter = []
        if named and 1 < len(words) <= 4 and words[-1][:1].isalpha():
            shorter = [f"{' '.join(words[:-1])} {words[-1][0]}.", words[0]]
        fitted = next((s for s in shorter if metrics.horizontalAdvance(s) <= width), "")
        if not fitted:
            fitted = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, width))
    if len(_FITTED) > 20_000:
        _FITTED.clear()
    _FITTED[key] = fitted
    return fitted


def is_cut(metrics: QFontMetrics, text: str, width: int) -> bool:
    return metrics.horizontalAdvance(text) > width


def text_colour(chip: Chip, palette: QPalette) -> QColor:
    if chip.done or chip.projected:
        return secondary_text(palette)
    if chip.overdue:
        return overdue_colour(palette)
    return palette.color(QPalette.ColorRole.Text)


def paint_background(painter: QPainter, chip: Chip, rect: QRect, palette: QPalette) -> None:
    """The chip's tinted body and its kind bar; a projected occurrence is an outline only (dashed)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = chip.colour()
    if chip.projected:
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        if chip.meeting:
            base = palette.color(QPalette.ColorRole.Base)
            painter.setBrush(blend(colour, base, 0.38 if base.lightness() < 128 else 0.2))
        else:
            painter.setBrush(chip_fill(chip.kind, palette))
        painter.drawRoundedRect(QRectF(rect), 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


@dataclass(frozen=True)
class LineLayout:
    """Where the parts of a one-line chip go (x positions in the chip's coordinates; None: left out for room)."""

    icon_x: int | None
    stamp: str
    stamp_rect: QRect | None
    label: str  # the name as it fits
    label_rect: QRect
    repeat_x: int | None


def line_layout(chip: Chip, rect: QRect, metrics: QFontMetrics, *, with_time: bool = True) -> LineLayout:
    """Lay out a one-line chip: the kind icon, the time (timed items: "9:30"), the name as it fits, the repeat mark
    at the right. Parts that leave the name no room are dropped (the repeat mark first, then the time)."""
    x = rect.left() + 5
    right = rect.right() - 2
    icon_x = repeat_x = None
    if chip.icon and rect.width() >= ICON + 24:
        icon_x = x
        x += ICON + 3
    if chip.repeats and rect.width() >= 2 * ICON + 48:
        repeat_x = right - ICON
        right -= ICON + 2
    stamp, stamp_rect = "", None
    if with_time and chip.time is not None:
        text = f"{chip.time.hour}:{chip.time.minute:02d}"
        width = metrics.horizontalAdvance(text)
        if right - x > width + 24:
            stamp, stamp_rect = text, QRect(x, rect.top(), width, rect.height())
            x += width + metrics.horizontalAdvance(" ")
    label_rect = QRect(x, rect.top(), max(0, right - x), rect.height())
    return LineLayout(
        icon_x,
        stamp,
        stamp_rect,
        fit_name(metrics, chip.label, label_rect.width(), named=chip.named),
        label_rect,
        repeat_x,
    )


def paint_line(
    painter: QPainter,
    chip: Chip,
    rect: QRect,
    palette: QPalette,
    font: QFont,
    *,
    ratio: float,
    with_time: bool = True,
) -> None:
    """A one-line chip (:func:`line_layout`)."""
    if chip.done:
        painter.save()
        painter.setOpacity(painter.opacity() * 0.55)
    paint_background(painter, chip, rect, palette)
    metrics = QFontMetrics(font)
    colour = text_colour(chip, palette)
    layout = line_layout(chip, rect, metrics, with_time=with_time)
    icon_y = rect.top() + (rect.height() - ICON) // 2
    if layout.icon_x is not None:
        painter.drawPixmap(layout.icon_x, icon_y, icon_pixmap(chip.icon, colour, ICON, ratio))
    if layout.repeat_x is not None:
        painter.drawPixmap(layout.repeat_x, icon_y, icon_pixmap(REPEAT_ICON, secondary_text(palette), ICON, ratio))
    painter.setFont(font)
    painter.setPen(colour)
    if layout.stamp_rect is not None:
        painter.drawText(layout.stamp_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, layout.stamp)
    painter.drawText(layout.label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, layout.label)
    if chip.done:
        painter.restore()


def paint_block(painter: QPainter, chip: Chip, rect: QRect, palette: QPalette, font: QFont, *, ratio: float) -> None:
    """A timed item on the hour grid: first line icon, time and what it is ("09:30 Coffee"), then the name,
    wrapped over the lines the block's height allows; a block of one line is drawn as a chip."""
    metrics = QFontMetrics(font)
    line = metrics.height()
    if rect.height() < 2 * line + 2:
        paint_line(painter, chip, rect, palette, font, ratio=ratio)
        return
    if chip.done:
        painter.save()
        painter.setOpacity(painter.opacity() * 0.55)
    paint_background(painter, chip, rect, palette)
    colour = text_colour(chip, palette)
    x = rect.left() + 6
    right = rect.right() - 3
    top = rect.top() + 2
    if chip.icon:
        painter.drawPixmap(x, top + (line - ICON) // 2, icon_pixmap(chip.icon, colour, ICON, ratio))
        x += ICON + 4
    if chip.repeats:
        painter.drawPixmap(
            right - ICON, top + (line - ICON) // 2, icon_pixmap(REPEAT_ICON, secondary_text(palette), ICON, ratio)
        )
        right -= ICON + 3
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.92))
    painter.setFont(small)
    painter.setPen(secondary_text(palette) if not chip.overdue else colour)
    stamp = f"{chip.time:%H:%M}" if chip.time else ""
    head = " ".join(p for p in (stamp, chip.detail) if p)
    small_metrics = QFontMetrics(small)
    if small_metrics.horizontalAdvance(head) > right - x:
        head = stamp or head  # the icon already says what it is
    painter.drawText(
        QRect(x, top, max(0, right - x), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        small_metrics.elidedText(head, Qt.TextElideMode.ElideRight, max(0, right - x)),
    )
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    painter.setFont(bold)
    painter.setPen(colour)
    body = QRect(rect.left() + 6, top + line, rect.width() - 9, rect.bottom() - top - line - 1)
    lines = max(1, body.height() // line)
    bold_metrics = QFontMetrics(bold)
    text = chip.label
    too_long = any(bold_metrics.horizontalAdvance(word) > body.width() for word in text.split())
    if lines == 1 or too_long or bold_metrics.horizontalAdvance(text) <= body.width():
        text = fit_name(bold_metrics, text, body.width(), named=chip.named)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    else:
        painter.save()
        painter.setClipRect(body)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
        painter.restore()
    if chip.done:
        painter.restore()


def more_text(hidden: int, *, placed: bool) -> str:
    """What a day cell says of the items that do not fit: "+2 more" under the chips shown, "3 items" when none fits."""
    if placed:
        return tr("+%n more", "", hidden)
    return tr("%n item(s)", "", hidden)

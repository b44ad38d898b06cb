"""How contact data reads on screen: labels for stages and kinds, compact ages, status dots and their words.

Status colours (green / yellow / red) are used for keep-in-touch status only, and never alone: every dot comes with
a word ("in touch", "due", "overdue") in the row text, its tooltip and its accessible name (UI.md).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from app.core.contacts import keep_in_touch
from app.core.translated import QT_TRANSLATE_NOOP, Labels, shown
from app.ui.contrast import StatusColours
from app.ui.widgets.text import month_name, sentence, short_day

STATUS_COLOURS = StatusColours(  # readable in high contrast (app.ui.contrast)
    {
        keep_in_touch.GREEN: QColor("#2e9d4f"),
        keep_in_touch.YELLOW: QColor("#d4a017"),
        keep_in_touch.RED: QColor("#d64545"),
        keep_in_touch.NONE: QColor("#8a8f98"),
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


STAGE_LABELS = Labels(
    "Labels",
    {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
        "invited": QT_TRANSLATE_NOOP("Labels", "Invited"),
        "connected": QT_TRANSLATE_NOOP("Labels", "Connected"),
        "talked": QT_TRANSLATE_NOOP("Labels", "Talked"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met"),
        "ally": QT_TRANSLATE_NOOP("Labels", "Ally"),
    },
)
STAGE_HINTS = Labels(
    "Labels",
    {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Someone to reach out to"),
        "invited": QT_TRANSLATE_NOOP("Labels", "Invitation sent, no answer yet"),
        "connected": QT_TRANSLATE_NOOP("Labels", "Connected, not yet talked"),
        "talked": QT_TRANSLATE_NOOP("Labels", "Had a call or a chat"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met in person"),
        "ally": QT_TRANSLATE_NOOP("Labels", "Actively helping you"),
    },
)
INVITATION_LABELS = Labels(
    "Labels",
    {
        "none": QT_TRANSLATE_NOOP("Labels", "No invitation"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Invitation sent"),
        "received": QT_TRANSLATE_NOOP("Labels", "Invitation received"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "ignored": QT_TRANSLATE_NOOP("Labels", "Ignored"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
)
TIE_LABELS = Labels(
    "Labels",
    {
        "close": QT_TRANSLATE_NOOP("Labels", "Close"),
        "acquaintance": QT_TRANSLATE_NOOP("Labels", "Acquaintance"),
        "new": QT_TRANSLATE_NOOP("Labels", "New"),
    },
)
KIND_LABELS = Labels(
    "Labels",
    {
        "call": QT_TRANSLATE_NOOP("Labels", "Call"),
        "coffee": QT_TRANSLATE_NOOP("Labels", "Coffee"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
        "lunch": QT_TRANSLATE_NOOP("Labels", "Lunch"),
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
        "email": QT_TRANSLATE_NOOP("Labels", "Email"),
        "message": QT_TRANSLATE_NOOP("Labels", "Message"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent something"),
        "introduction": QT_TRANSLATE_NOOP("Labels", "Introduction"),
        "referral_given": QT_TRANSLATE_NOOP("Labels", "Gave me referrals"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
)
DIRECTION_LABELS = Labels(
    "Labels",
    {
        "gave": QT_TRANSLATE_NOOP("Labels", "I gave"),
        "asked": QT_TRANSLATE_NOOP("Labels", "I asked"),
        "received": QT_TRANSLATE_NOOP("Labels", "I received"),
    },
)
SOURCE_LABELS = Labels(
    "Labels",
    {
        "manual": QT_TRANSLATE_NOOP("Labels", "added by hand"),
        "linkedin": QT_TRANSLATE_NOOP("Labels", "imported from LinkedIn"),
        "vcard": QT_TRANSLATE_NOOP("Labels", "imported from a vCard"),
        "google": QT_TRANSLATE_NOOP("Labels", "imported from Google"),
        "outlook": QT_TRANSLATE_NOOP("Labels", "imported from Outlook"),
        "card": QT_TRANSLATE_NOOP("Labels", "scanned from a business card"),
    },
)
STATUS_LABELS = Labels(
    "Labels",
    {
        keep_in_touch.GREEN: QT_TRANSLATE_NOOP("Labels", "In touch"),
        keep_in_touch.YELLOW: QT_TRANSLATE_NOOP("Labels", "Due"),
        keep_in_touch.RED: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        keep_in_touch.NONE: QT_TRANSLATE_NOOP("Labels", "Not yet"),
    },
)
STATUS_WORDS = Labels(
    "Labels",
    {
        keep_in_touch.GREEN: QT_TRANSLATE_NOOP("Labels", "in touch"),
        keep_in_touch.YELLOW: QT_TRANSLATE_NOOP("Labels", "due"),
        keep_in_touch.RED: QT_TRANSLATE_NOOP("Labels", "overdue"),
        keep_in_touch.NONE: QT_TRANSLATE_NOOP("Labels", "not in touch yet"),
    },
)


def compact_age(when: dt.date, today: dt.date) -> str:
    """How long ago, in the list's few characters: "today", "3d", "5w", "4mo", "2y"."""
    days = (today - when).days
    if days <= 0:
        return tr("today")
    if days < 14:
        return tr("{n}d").format(n=days)
    if days < 60:
        return tr("{n}w").format(n=days // 7)
    if days < 730:
        return tr("{n}mo").format(n=days // 30)
    return tr("{n}y").format(n=days // 365)


def compact_due(day: dt.date, today: dt.date) -> str:
    """When something is due, in a few characters: "today", "tomorrow", "in 5d", "3d late"."""
    days = (day - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days < 0:
        return tr("{n}d late").format(n=-days)
    if days < 60:
        return tr("in {n}d").format(n=days)
    return short_day(day) if day.year == today.year else f"{month_name(day, short=True)} {day.year}"


def _dot(colour: QColor, status: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2.5, 2.5, size - 5, size - 5)
    if status == keep_in_touch.GREEN:  # filled disc
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
    elif status == keep_in_touch.NONE:  # thin empty ring: nothing to keep warm yet
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    elif status == keep_in_touch.YELLOW:  # half-filled disc
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawChord(rect, 90 * 16, 180 * 16)
    else:  # ring with an exclamation mark
        painter.setPen(QPen(colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        centre = rect.center()
        painter.drawLine(QPointF(centre.x(), centre.y() - size * 0.2), QPointF(centre.x(), centre.y() + size * 0.05))
        painter.drawPoint(QPointF(centre.x(), centre.y() + size * 0.2))
    painter.end()
    return pixmap


@cache
def status_icon(status: str, size: int = 14) -> QIcon:
    """A dot whose shape also tells the status: filled (in touch), half (due), ring with "!" (overdue)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    ratio = max(1.0, app.devicePixelRatio()) if app is not None else 1.0
    icon = QIcon()
    icon.addPixmap(_dot(STATUS_COLOURS[status], status, size, ratio))
    return icon


@cache
def circle_dots(colours: tuple[str, ...], size: int = 12) -> QIcon:
    """Up to three overlapping dots in the circles' colours (the Circles column's decoration)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    ratio = max(1.0, app.devicePixelRatio()) if app is not None else 1.0
    shown = colours[:3]
    width = size + (len(shown) - 1) * (size // 2) if shown else size
    pixmap = QPixmap(int(width * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, colour in enumerate(shown):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(i * (size // 2) + 1, 1, size - 2, size - 2))
    painter.end()
    icon = QIcon()
    icon.addPixmap(pixmap)
    return icon


def status_sentence(status: str, last: dt.datetime | None, reconnect_by: dt.date, today: dt.date) -> str:
    """The tooltip of a status dot: what the dot means for this person."""
    from app.ui.widgets.text import full_date, relative_day

    if last is None:
        spoken = tr("No conversation logged yet.")
    else:
        spoken = tr("Last contact {when} ({full}).").format(
            when=relative_day(last.date(), today), full=full_date(last.date())
        )
    if status == keep_in_touch.NONE:
        return tr("Not in touch yet: log a first conversation and Rapport will remind you to keep it warm.")
    if status == keep_in_touch.GREEN:
        return tr("In touch. {spoken} Reconnect by {day}.").format(spoken=spoken, day=relative_day(reconnect_by, today))
    if status == keep_in_touch.YELLOW:
        return tr("Time to reconnect. {spoken}").format(spoken=spoken)
    return tr("Overdue: going cold. {spoken}").format(spoken=spoken)


def error_label() -> QLabel:
    """The hidden red line under a form that says what is wrong with the input (shown with setText/setVisible)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), STATUS_COLOURS[keep_in_touch.RED])
    label.setPalette(palette)
    return label


def problem_text(problem) -> str:
    """Why a field was refused (a :class:`app.core.contacts.validation.FieldProblem`), in the interface's language,
    as a sentence: "Has no digits", "Gib mindestens …"."""
    return sentence(shown(problem.message))

"""How follow-up kinds look: one colour per kind (chips, bars) and their labels.

Colours identify the kind only; they avoid the green/yellow/red reserved for status (UI.md), and are drawn as a
tint over the palette's base colour with the palette's text on top, so they read in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from app.core.followups.service import FOLLOWUP_KINDS, KIND_LABELS
from app.ui.contrast import status_colour

KIND_COLOURS = {
    "thank_you": "#8e6cd1",
    "call_referral": "#2f80ed",
    "update_referrer": "#3d9fc4",
    "reminder": "#d9822b",
    "thank_connection": "#2ba39a",
    "review_invitation": "#8a8f98",
    "monthly_update": "#c05fa8",
    "keep_in_touch": "#5c6bc0",
    "introduction": "#b5835a",
    "birthday": "#d6699a",
    "application_check_in": "#4f8a8b",
    "interview_thank_you": "#a05fc7",
    "opportunity_update": "#3a7ca5",
    "interview_prep": "#b8860b",
    "opportunity_nudge": "#7f8c6d",
    "custom": "#9c755f",
}
OVERDUE_COLOUR = "#c0392b"  # a status colour: overdue
MEETING_COLOUR = "#00838f"  # planned conversations (one colour, not a status green: their icon tells the kind)
# The line icon (resources/icons/ui) that says what a follow-up is, on calendar chips; meetings use kind-<kind>.
KIND_ICONS = {
    "thank_you": "mail",
    "call_referral": "kind-call",
    "update_referrer": "kind-message",
    "reminder": "kind-sent",
    "thank_connection": "person-add",
    "review_invitation": "ask",
    "monthly_update": "contacts",
    "keep_in_touch": "person",
    "introduction": "kind-introduction",
    "birthday": "gift",
    "custom": "followup",
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["custom"]))


def meeting_colour() -> QColor:
    return QColor(MEETING_COLOUR)


def kind_icon_name(kind: str, *, meeting: bool = False) -> str:
    """The icon of a follow-up kind, or of a meeting's interaction kind (coffee, call, lunch…)."""
    return f"kind-{kind}" if meeting else KIND_ICONS.get(kind, "followup")


def meeting_label(kind: str) -> str:
    """A meeting's kind in a word: Coffee, Call, Lunch, Meeting, Event."""
    return QCoreApplication.translate("kinds", kind.replace("_", " ").capitalize())


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("kinds", KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()))


def all_kinds() -> tuple[str, ...]:
    return FOLLOWUP_KINDS


def blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    """``top`` laid over ``bottom`` at ``amount`` opacity (0–1)."""
    return QColor(
        round(top.red() * amount + bottom.red() * (1 - amount)),
        round(top.green() * amount + bottom.green() * (1 - amount)),
        round(top.blue() * amount + bottom.blue() * (1 - amount)),
    )


def chip_fill(kind: str, palette: QPalette) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    return blend(kind_colour(kind), base, 0.38 if dark else 0.2)


def overdue_colour(palette: QPalette) -> QColor:
    colour = QColor(OVERDUE_COLOUR)
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        colour = colour.lighter(150)
    return status_colour(colour)  # in high contrast: at least 4.5:1 on its background


def secondary_text(palette: QPalette) -> QColor:
    """Text a step quieter than the normal text (second lines, captions)."""
    return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.62)

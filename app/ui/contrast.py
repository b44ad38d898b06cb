"""High contrast (issue 23 item 4): the app follows the system's contrast preference, or RAPPORT_HIGH_CONTRAST.

Rapport uses the native style and the system palette (on Windows, Qt already takes a high-contrast theme's colours
from the system). When high contrast is asked for — ``RAPPORT_HIGH_CONTRAST`` (``1``/``dark``: white on black,
``light``: black on white; ``0`` turns it off), else a GTK high-contrast theme in ``GTK_THEME`` (``HighContrast``,
``HighContrastInverse``), else the desktop's preference as Qt ≥ 6.10 reports it
(``QStyleHints.accessibility().contrastPreference()``; PySide6 6.11 hands back an already deleted object there, so
that part waits for a fixed PySide) — Rapport switches to the Fusion style with a high-contrast palette: every text
against its background at least 7:1 (WCAG AAA), frames drawn in the text colour, a bright focus and selection
colour. ``1`` picks dark or light after the system's colour scheme (dark unless the system says light).

Status colours (overdue, errors, the pitch's traffic lights, the keep-in-touch dots, the import preview's outcomes…)
are chosen for the normal palettes; on the high-contrast background some fall short (the error red #c0392b is
3.9:1 on black). While high contrast is on, :func:`status_colour` — and a :class:`StatusColours` table, which
answers through it — gives each at least 4.5:1 against the background (WCAG AA for text), keeping its hue: lighter
on black, darker on white. Outside high contrast the colours are as chosen.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ENV = "RAPPORT_HIGH_CONTRAST"
STATUS_MINIMUM = 4.5
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text-like colours, background-like colours) for each variant: Windows' "Night sky" and "Desert" themes in spirit.
_DARK = {
    "background": "#000000",
    "alternate": "#141414",
    "text": "#ffffff",
    "frame": "#ffffff",
    "disabled": "#b0b0b0",
    "placeholder": "#c8c8c8",
    "highlight": "#ffff00",
    "highlighted_text": "#000000",
    "link": "#8cf0ff",
    "visited": "#e0b0ff",
}
_LIGHT = {
    "background": "#ffffff",
    "alternate": "#f0f0f0",
    "text": "#000000",
    "frame": "#000000",
    "disabled": "#4d4d4d",
    "placeholder": "#4d4d4d",
    "highlight": "#1a1aa6",
    "highlighted_text": "#ffffff",
    "link": "#0000c0",
    "visited": "#551a8b",
}


_status_background: QColor | None = None  # the high-contrast background while high contrast is on


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of ``colour``."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ratio(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor | str, background: QColor | str, minimum: float = STATUS_MINIMUM) -> QColor:
    """``colour`` with at least ``minimum`` contrast against ``background``: as it is when it has it, else the same
    hue made lighter (on a dark background) or darker (on a light one), step by step, until it does."""
    colour, background = QColor(colour), QColor(background)
    if ratio(colour, background) >= minimum:
        return colour
    dark = luminance(background) < 0.18
    hue, saturation, lightness, alpha = colour.getHslF()
    hue = max(hue, 0.0)  # -1: a grey
    for step in range(1, 101):
        shade = lightness + (1 - lightness) * step / 100 if dark else lightness * (1 - step / 100)
        candidate = QColor.fromHslF(hue, saturation, shade, alpha)
        if ratio(candidate, background) >= minimum:
            return candidate
    return QColor("#ffffff" if dark else "#000000")


def status_colour(colour: QColor | str) -> QColor:
    """A status colour as it is drawn: in high contrast made readable against the background (module doc)."""
    if _status_background is None:
        return QColor(colour)
    return readable(colour, _status_background)


def high_contrast_on() -> bool:
    return _status_background is not None


def use_status_background(variant: str | None) -> None:
    """Status colours for this high-contrast variant from now on (None: as chosen). :class:`_Follower` calls it."""
    global _status_background
    _status_background = None if variant is None else QColor((_DARK if variant == "dark" else _LIGHT)["background"])


class StatusColours(dict):
    """A table of status colours whose every lookup (``[key]``, ``get``) goes through :func:`status_colour`."""

    def __getitem__(self, key):
        return status_colour(super().__getitem__(key))

    def get(self, key, default=None):
        found = super().get(key)
        return default if found is None else status_colour(found)


def requested(environ=os.environ) -> str | None:
    """``"dark"``, ``"light"`` or None (no high contrast): the environment first, then the system's preference."""
    value = environ.get(ENV, "").strip().lower()
    if value in ("0", "no", "off", "false"):
        return None
    system_dark = QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Light
    if value in ("dark", "light"):
        return value
    if value in ("1", "yes", "on", "true"):
        return "dark" if system_dark else "light"
    gtk_theme = environ.get("GTK_THEME", "").lower()
    if "highcontrast" in gtk_theme:
        return "dark" if "inverse" in gtk_theme or ":dark" in gtk_theme else "light"
    if _system_contrast() == Qt.ContrastPreference.HighContrast:
        return "dark" if system_dark else "light"
    return None


def _system_contrast():
    try:
        return QGuiApplication.styleHints().accessibility().contrastPreference()
    except RuntimeError:  # PySide6 6.11: "Internal C++ object (QAccessibilityHints) already deleted"
        return None


def high_contrast_style_sheet(variant: str) -> str:
    """Borders Fusion would draw in a shade of the window colour (black on black): text fields, lists and progress
    bars get a frame in the text colour, and a thick one in the focus colour while they have the focus."""
    colours = _DARK if variant == "dark" else _LIGHT
    frame, focus = colours["frame"], colours["highlight"]
    fields = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView"
    focused = ", ".join(f"{kind}:focus" for kind in fields.split(", "))
    return (
        f"{fields} {{ border: 1px solid {frame}; }}\n"
        f"{focused} {{ border: 2px solid {focus}; }}\n"
        f"QProgressBar {{ border: 1px solid {frame}; text-align: center; }}\n"
        f"QProgressBar::chunk {{ background: {focus}; }}\n"
    )


def high_contrast_palette(variant: str) -> QPalette:
    colours = _DARK if variant == "dark" else _LIGHT
    palette = QPalette()
    background, text = QColor(colours["background"]), QColor(colours["text"])
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role in (Role.Window, Role.Base, Role.Button, Role.ToolTipBase):
            palette.setColor(group, role, background)
        palette.setColor(group, Role.AlternateBase, QColor(colours["alternate"]))
        shown = QColor(colours["disabled"]) if group == Group.Disabled else text
        for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText, Role.BrightText):
            palette.setColor(group, role, shown)
        # Fusion draws frames, bevels and separators with these: in the text colour they stay visible.
        frame = QColor(colours["frame"]) if group != Group.Disabled else QColor(colours["disabled"])
        for role in (Role.Light, Role.Midlight, Role.Mid, Role.Dark, Role.Shadow):
            palette.setColor(group, role, frame)
        palette.setColor(group, Role.Highlight, QColor(colours["highlight"]))
        palette.setColor(group, Role.HighlightedText, QColor(colours["highlighted_text"]))
        palette.setColor(group, Role.PlaceholderText, QColor(colours["placeholder"]))
        palette.setColor(group, Role.Link, QColor(colours["link"]))
        palette.setColor(group, Role.LinkVisited, QColor(colours["visited"]))
        palette.setColor(group, Role.Accent, QColor(colours["highlight"]))
    return palette


class _Follower:
    """Applies high contrast now and whenever the system's preference or colour scheme changes."""

    def __init__(self, app: QApplication):
        self.app = app
        self.style_name = app.style().name()
        self.palette = QPalette(app.palette())
        self.style_sheet = app.styleSheet()
        self.applied: str | None = None

    def apply(self, *_args) -> None:
        variant = requested()
        if variant == self.applied:
            return
        if variant is None:
            self.app.setStyleSheet(self.style_sheet)  # first: a style set under a style sheet is wrapped by it
            self.app.setStyle(self.style_name)
            self.app.setPalette(self.palette)
        else:
            self.app.setStyle("Fusion")  # the native styles draw with their own colours, not the palette's
            self.app.setPalette(high_contrast_palette(variant))
            self.app.setStyleSheet(self.style_sheet + high_contrast_style_sheet(variant))
        self.app.setProperty("highContrast", variant or "")
        use_status_background(variant)
        self.applied = variant


_follower: _Follower | None = None


def follow_contrast(app: QApplication) -> str | None:
    """Apply high contrast if asked for (see the module's doc) and keep following the system; returns the variant."""
    global _follower
    if _follower is None or _follower.app is not app:
        _follower = _Follower(app)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(_follower.apply)
        with contextlib.suppress(RuntimeError):  # see _system_contrast
            hints.accessibility().contrastPreferenceChanged.connect(_follower.apply)
    _follower.apply()
    return _follower.applied

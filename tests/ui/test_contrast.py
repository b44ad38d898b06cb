"""High contrast (issue 23 item 4): RAPPORT_HIGH_CONTRAST or the system's preference gives a palette whose texts
stand out from their backgrounds (WCAG: 7:1 for text, 4.5:1 for disabled text), and switching it off restores the
style and palette the app had."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import contrast

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Mid, Role.Window),  # frames and separators
]


ratio = contrast.ratio  # WCAG's formula, the one the status colours use; checked on known pairs below


@pytest.mark.parametrize("variant", ["dark", "light"])
def test_the_high_contrast_palettes_meet_wcag_aaa(variant):
    palette = contrast.high_contrast_palette(variant)
    for fore, back in PAIRS:
        assert ratio(palette.color(Group.Active, fore), palette.color(Group.Active, back)) >= 7, (fore, back)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        assert ratio(palette.color(Group.Disabled, role), palette.color(Group.Disabled, Role.Window)) >= 4.5, role


def test_the_ratio_fails_a_grey_on_grey():
    assert ratio(QColor("#777777"), QColor("#555555")) < 4.5
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)  # WCAG's known 4.5:1 grey
    assert ratio(QColor("#c0392b"), QColor("#000000")) == pytest.approx(3.86, abs=0.01)


def test_the_environment_decides_before_the_system(qapp):
    assert contrast.requested({"RAPPORT_HIGH_CONTRAST": "dark"}) == "dark"
    assert contrast.requested({"RAPPORT_HIGH_CONTRAST": "light"}) == "light"
    assert contrast.requested({"RAPPORT_HIGH_CONTRAST": "1"}) in ("dark", "light")
    assert contrast.requested({"RAPPORT_HIGH_CONTRAST": "0"}) is None
    assert contrast.requested({"RAPPORT_HIGH_CONTRAST": "0", "GTK_THEME": "HighContrast"}) is None
    assert contrast.requested({"GTK_THEME": "HighContrast"}) == "light"
    assert contrast.requested({"GTK_THEME": "HighContrastInverse"}) == "dark"
    assert contrast.requested({"GTK_THEME": "Adwaita:dark"}) is None
    assert contrast.requested({}) is None  # the test session's platform asks for no high contrast


def test_following_applies_high_contrast_and_switching_off_restores(qapp, monkeypatch):
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    monkeypatch.setattr(contrast, "_follower", None)
    monkeypatch.setenv("RAPPORT_HIGH_CONTRAST", "dark")
    try:
        assert contrast.follow_contrast(qapp) == "dark"
        assert QApplication.palette().color(Role.Window) == QColor("#000000")
        assert qapp.property("highContrast") == "dark"
        assert "QLineEdit:focus," in qapp.styleSheet() and "border: 2px solid #ffff00" in qapp.styleSheet()  # focus
        monkeypatch.setenv("RAPPORT_HIGH_CONTRAST", "0")
        contrast._follower.apply()
        assert QApplication.palette().color(Role.Window) == palette.color(Role.Window)
        assert qapp.style().name() == style
        assert qapp.styleSheet() == ""
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
        qapp.setStyleSheet("")
        contrast._follower = None


@pytest.mark.parametrize("variant", [None, "dark", "light"])
def test_the_focus_is_visible(qapp, qtbot, monkeypatch, variant):
    """A focused button, field and check box are drawn differently from unfocused ones, in the app's usual style and
    in high contrast (a style sheet that drew borders could hide the focus frame)."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    monkeypatch.setattr(contrast, "_follower", None)
    monkeypatch.setenv("RAPPORT_HIGH_CONTRAST", variant or "0")
    contrast.follow_contrast(qapp)
    try:
        root = QWidget()
        qtbot.addWidget(root)
        layout = QVBoxLayout(root)
        widgets = [QPushButton("Save"), QLineEdit("Ada"), QCheckBox("Remind me")]
        decoy = QPushButton("Other")
        for widget in [decoy, *widgets]:
            layout.addWidget(widget)
        root.show()
        qtbot.waitExposed(root)
        root.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
        decoy.setFocus()
        for widget in widgets:  # Tab from one to the next: styles frame the focus once it moved by keyboard
            plain = widget.grab().toImage()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.waitUntil(widget.hasFocus)
            focused = widget.grab().toImage()
            assert focused != plain, f"{type(widget).__name__}: no visible focus ({variant or 'usual style'})"
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        qapp.setPalette(palette)
        contrast._follower = None

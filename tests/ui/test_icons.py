"""Line icons (app.ui.icons): drawn when a size is first asked for, not up front (issue 21), and as before."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from app.ui import icons


def test_a_line_icon_is_rendered_when_painted_not_when_made(qapp, monkeypatch):
    renders = []
    render = icons._render
    monkeypatch.setattr(icons, "_render", lambda *args: renders.append(args[1:]) or render(*args))
    icon = icons.ui_icon("prep")
    assert renders == []
    assert not icon.isNull()
    assert icon.pixmap(QSize(24, 24)).size() == QSize(24, 24)
    assert icon.pixmap(QSize(24, 24)).size() == QSize(24, 24)
    assert renders == [(24, 1.0)]  # once per size: kept
    sharp = icon.pixmap(QSize(16, 16), 2.0)
    assert sharp.size() == QSize(32, 32) and sharp.devicePixelRatio() == 2.0
    assert icon.actualSize(QSize(256, 256)) == QSize(32, 32)  # no larger than the pixmaps it replaces
    assert icon.availableSizes() == [QSize(16, 16), QSize(24, 24), QSize(32, 32)]


def _colours(pixmap) -> set[str]:
    image = pixmap.toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_normal_selected_and_disabled_are_drawn_in_their_colours(qapp):
    icon = icons.ui_icon("prep", QColor("#ff0000"))
    assert _colours(icon.pixmap(QSize(32, 32))) == {"#ff0000"}
    selected = _colours(icon.pixmap(QSize(32, 32), QIcon.Mode.Selected))
    assert selected and "#ff0000" not in selected
    assert _colours(icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled)) != {"#ff0000"}
    assert icons.ui_icon("prep", QColor("#ff0000")).cacheKey() != icon.cacheKey()


def test_a_missing_icon_fails_when_made(qapp):
    with pytest.raises(OSError):
        icons.ui_icon("no-such-icon")

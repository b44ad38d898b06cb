"""Icons: the app icon and the line icons of resources/icons/ui, tinted to the current palette."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The application icon: PNG sizes when present (crisp at small sizes), else the SVG."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", f"rapport-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    svg = resource_path("icons", "app", "rapport.svg")
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def _render(svg: bytes, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


def ui_icon(name: str, color: QColor | None = None) -> QIcon:
    """A line icon drawn in ``color`` (default: the palette's text colour), sharp on high-DPI screens."""
    app = QApplication.instance()
    palette = app.palette() if app is not None else QPalette()
    normal = color or palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    ratio = app.devicePixelRatio() if app is not None else 1.0
    icon = QIcon()
    for size in (16, 24, 32):
        for mode, tint in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Selected, selected)):
            svg = _svg_text(name).replace("currentColor", tint.name()).encode()
            icon.addPixmap(_render(svg, size, max(1.0, ratio)), mode)
    return icon


_TINTED: dict[tuple[str, int, str, float], QPixmap] = {}


def tinted_pixmap(name: str, color: QColor, size: int, ratio: float) -> QPixmap:
    """The line icon ``name`` in ``color``, ``size`` px square at the pixel ratio ``ratio``, rendered once and kept:
    for views that paint many small icons (calendar chips) on every repaint."""
    key = (name, size, color.name(QColor.NameFormat.HexArgb), ratio)
    pixmap = _TINTED.get(key)
    if pixmap is None:
        try:
            svg = _svg_text(name).replace("currentColor", color.name()).encode()
        except OSError:
            svg = b""
        pixmap = _render(svg, size, max(1.0, ratio)) if svg else QPixmap()
        _TINTED[key] = pixmap
    return pixmap

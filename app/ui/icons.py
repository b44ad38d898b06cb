"""Icons: the app icon and the line icons of resources/icons/ui, tinted to the current palette."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from app.resources import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LINE_ICON_SIZES = (16, 24, 32)  # the sizes a line icon is drawn at in menus, toolbars and buttons
LARGEST_LINE_ICON = LINE_ICON_SIZES[-1]


@cache
def app_icon() -> QIcon:
    """The application icon: its PNG sizes (crisp at small sizes, up to 512 px), or the SVG where they are missing.
    Not the SVG beside them: adding it loads Qt's SVG icon plugin before the window's first paint (~0.7 ms, issue 21)
    for sizes above 512 px that no window or tray asks for. Made once (the window, the tray and About share it)."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", f"rapport-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        icon.addFile(str(resource_path("icons", "app", "rapport.svg")))
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
    _svg_text(name)  # a missing icon fails here, not later inside a paint
    return QIcon(_LineIconEngine(name, QColor(normal), QColor(selected)))


class _LineIconEngine(QIconEngine):
    """Renders a line icon at the size and pixel ratio asked for, when first asked for, and keeps it. Rendering
    every icon up front at 16, 24 and 32 px, normal and selected, was 246 SVG renders (~25 ms) before the first
    paint, for menus that are not open (issue 21). Normal and active are drawn in ``normal``, selected in
    ``selected``, disabled as the style greys the normal one; up to 32 px, as the pixmaps it replaces."""

    def __init__(self, name: str, normal: QColor, selected: QColor):
        super().__init__()
        self.name = name
        self.normal = normal
        self.selected = selected
        self._pixmaps: dict[tuple[int, QIcon.Mode, float], QPixmap] = {}

    def _pixmap(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        side = max(1, min(size.width(), size.height(), LARGEST_LINE_ICON))
        scale = max(1.0, scale)
        key = (side, mode, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            tint = self.selected if mode == QIcon.Mode.Selected else self.normal
            pixmap = _render(_svg_text(self.name).replace("currentColor", tint.name()).encode(), side, scale)
            app = QApplication.instance()
            if mode == QIcon.Mode.Disabled and app is not None:
                pixmap = app.style().generatedIconPixmap(QIcon.Mode.Disabled, pixmap, QStyleOption())
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._pixmap(size, mode, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self._pixmap(size, mode, scale)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        painter.drawPixmap(rect, self._pixmap(rect.size(), mode, device.devicePixelRatio() if device else 1.0))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height(), LARGEST_LINE_ICON)
        return QSize(side, side)

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in LINE_ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self.name, self.normal, self.selected)


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

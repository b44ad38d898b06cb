"""Render the app icon SVG to the PNG sizes the desktop and the installers use.

Run after changing resources/icons/app/rapport.svg:  .venv/bin/python scripts/render-icons.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (needed for painting)
    folder = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
    renderer = QSvgRenderer(str(folder / "rapport.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(folder / f"rapport-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

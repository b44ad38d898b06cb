"""Render the app icon SVG to the Windows .ico and macOS .icns the installers use.

    python packaging/make_icons.py OUT_DIR     (run by packaging/build.py with the build venv's Python)

Qt's SVG renderer draws the 1024 px master (the same renderer scripts/render-icons.py uses for the PNG sizes of
resources/icons/app/); Pillow writes the multi-size containers. Linux needs neither: the .deb ships the SVG and the
PNG sizes as hicolor theme icons.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "rapport.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(svg: Path, size: int, out: Path) -> Path:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 1
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(argv[:1])  # noqa: F841 (painting needs a GUI application)
    master = render(SVG, 1024, out_dir / "rapport-1024.png")
    with Image.open(master) as image:
        image.save(out_dir / "rapport.ico", sizes=ICO_SIZES)
        image.save(out_dir / "rapport.icns")
    print(f"icons written to {out_dir}: rapport.ico, rapport.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

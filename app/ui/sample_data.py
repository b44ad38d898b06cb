"""Explore with sample data: a separate folder of fictional people, opened in a second Rapport window that cannot be
mistaken for the user's own (issue 17).

The sample folder sits beside the user's (``DIR-demo``) and carries a marker file; a window over a marked folder
shows :class:`SampleBanner` ("Sample data — nothing here is yours") above its pages, stays out of the system tray
and announces nothing. The main window asks the sample window to open offset from itself (down and to the right, on
the same screen) through a one-time ``mainWindow/openAt`` rectangle in the sample folder's UI settings: the sample
window is another process, and its own saved geometry would otherwise put it exactly over the main one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core import demo_data
from app.paths import AppPaths, resolve_paths

MARKER = ".rapport-demo"
OPEN_AT_KEY = "mainWindow/openAt"
OFFSET = 48  # px down and right of the main window
SAMPLE_CONTACTS = 300
SAMPLE_SEED = 7
# A warning amber with its own dark text, the same in light and dark palettes (the banner must stand out in both).
BANNER_STYLE = (
    "#sampleBanner { background: #f5c542; border-bottom: 1px solid #c99a12; } #sampleBanner QLabel { color: #2b2100; }"
)


def is_sample(paths: AppPaths) -> bool:
    return (paths.data_dir / MARKER).exists()


def sample_dir(data_dir: Path) -> Path:
    """The sample folder that belongs to ``data_dir``: beside it, never inside it."""
    return data_dir.with_name(data_dir.name + "-demo")


def fill(folder: Path) -> AppPaths:
    """Create the sample data in its own database file once (the models bound to it for the duration)."""
    from peewee import SqliteDatabase

    from app.db import PRAGMAS, migration_runner
    from app.models import ALL_MODELS, ContactIndex
    from app.paths import create_private_file

    paths = resolve_paths(folder).ensure()
    if is_sample(paths):
        return paths
    create_private_file(paths.db_path)
    sample_db = SqliteDatabase(str(paths.db_path), pragmas=PRAGMAS)
    with sample_db.bind_ctx([*ALL_MODELS, ContactIndex]):
        migration_runner(sample_db).up()
        demo_data.generate(contacts=SAMPLE_CONTACTS, seed=SAMPLE_SEED)
    sample_db.close()
    (paths.data_dir / MARKER).write_text("sample data created by Rapport\n", encoding="utf-8")
    return paths


def placement(main: QRect, available: QRect, *, maximized: bool = False) -> QRect:
    """Where the sample window opens: ``OFFSET`` px down and right of the main window's normal geometry (of the
    screen's corner when the main window is maximised), no larger than what fits on the screen from there."""
    origin = available.topLeft() if maximized else main.topLeft()
    left = origin.x() + OFFSET
    top = origin.y() + OFFSET
    width = min(main.width(), available.right() + 1 - left)
    height = min(main.height(), available.bottom() + 1 - top)
    if width < 640 or height < 480:  # no room below-right: start from the screen's corner instead
        left, top = available.left() + OFFSET, available.top() + OFFSET
        width = min(main.width(), available.width() - OFFSET)
        height = min(main.height(), available.height() - OFFSET)
    return QRect(left, top, width, height)


def ask_to_open_at(paths: AppPaths, rect: QRect) -> None:
    """Tell the next window over ``paths`` where to open (read once by :func:`take_open_at`)."""
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue(OPEN_AT_KEY, rect)
    settings.sync()


def take_open_at(settings: QSettings) -> QRect | None:
    """The rectangle a main window asked this one to open at, if any (and forget it)."""
    rect = settings.value(OPEN_AT_KEY)
    if rect is None:
        return None
    settings.remove(OPEN_AT_KEY)
    settings.sync()
    return rect if isinstance(rect, QRect) and rect.isValid() else None


class SampleBanner(QWidget):
    """The coloured strip across the top of a sample-data window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        self.title = QLabel(self.tr("Sample data — nothing here is yours"))
        self.title.setObjectName("sampleBannerTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        detail = QLabel(
            self.tr(
                "These people and follow-ups are made up, to try Rapport out. Your own data is in your other window."
            )
        )
        detail.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(detail, 1)
        self.setAccessibleName(self.title.text())

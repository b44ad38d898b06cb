"""Explore with sample data: a separate folder of fictional people, opened in a second Rapport window that cannot be
mistaken for the user's own (issue 17).

The sample folder sits beside the user's (``DIR-demo``) and is filled by `rapport demo-data` in a child process — never
in the window's own process, whose database connection is the user's (the domain code writes through the one global
database) — then carries a marker file; a window over a marked folder
shows :class:`SampleBanner` ("Sample data — nothing here is yours") above its pages, stays out of the system tray
and announces nothing. The main window asks the sample window to open offset from itself (down and to the right, on
the same screen) through a one-time ``mainWindow/openAt`` rectangle in the sample folder's UI settings: the sample
window is another process, and its own saved geometry would otherwise put it exactly over the main one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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


class SampleDataError(RuntimeError):
    """The sample data could not be made; the message is `rapport demo-data`'s."""


def rapport_command(*args: str) -> tuple[str, list[str]]:
    """(program, arguments) that run this Rapport with ``args``: the bundle's executable, or ``python -m app``."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "app", *args]


def fill_arguments(folder: Path) -> list[str]:
    return ["--data-dir", str(folder), "demo-data", "--contacts", str(SAMPLE_CONTACTS), "--seed", str(SAMPLE_SEED)]


def mark(folder: Path) -> AppPaths:
    paths = resolve_paths(folder)
    (paths.data_dir / MARKER).write_text("sample data created by Rapport\n", encoding="utf-8")
    return paths


def fill(folder: Path) -> AppPaths:
    """Fill ``folder`` with the sample data once, waiting for it (tests; the window uses :class:`SampleFiller`)."""
    paths = resolve_paths(folder)
    if is_sample(paths):
        return paths
    program, args = rapport_command(*fill_arguments(folder))
    import subprocess  # only here (the window's start does not need it: issue 21)

    result = subprocess.run([program, *args], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SampleDataError(result.stderr.strip() or f"rapport demo-data exited with {result.returncode}")
    return mark(folder)


class SampleFiller(QObject):
    """Fills the sample folder in a child process without blocking the window; ``ready`` or ``failed`` follows."""

    ready = Signal(object)  # AppPaths of the filled, marked folder
    failed = Signal(str)  # what went wrong, for the user

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process: QtCore.QProcess | None = None
        self.folder: Path | None = None

    def running(self) -> bool:
        return self.process is not None

    def start(self, folder: Path) -> None:
        self.folder = folder
        paths = resolve_paths(folder)
        if is_sample(paths):
            QTimer.singleShot(0, self, lambda: self.ready.emit(paths))
            return
        program, args = rapport_command(*fill_arguments(folder))
        self.process = QtCore.QProcess(self)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.process.start(program, args)

    def _finished(self, code: int, status: QtCore.QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        error = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip()
        process.deleteLater()
        if status == QtCore.QProcess.ExitStatus.NormalExit and code == 0:
            self.ready.emit(mark(self.folder))
        else:
            self.failed.emit(error or f"rapport demo-data exited with {code}")

    def _error(self, error: QtCore.QProcess.ProcessError) -> None:
        if error == QtCore.QProcess.ProcessError.FailedToStart and self.process is not None:
            process, self.process = self.process, None
            process.deleteLater()
            self.failed.emit(process.errorString())


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

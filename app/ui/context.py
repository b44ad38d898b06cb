"""What every page needs: the data folder, the clock, the undo stack and the change bus."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.core.clock import SYSTEM_CLOCK, Clock
from app.paths import AppPaths


class DataBus(QObject):
    """Signals that data changed, so every page that shows it refreshes.

    Whoever writes through app.core emits the matching signal afterwards; pages connect to what they display.
    """

    contacts_changed = Signal()
    interactions_changed = Signal()
    followups_changed = Signal()
    pitches_changed = Signal()
    templates_changed = Signal()
    settings_changed = Signal()
    opportunities_changed = Signal()  # job applications (issue 22)
    # Everything may have changed (import, restore, demo data): refresh all.
    data_reset = Signal()
    # Another connection wrote to the database (a `rapport` command, sync's worker thread): open forms check what
    # they show (app.ui.data_watch polls SQLite's data_version; nothing else says so).
    external_change = Signal()

    def emit_all(self) -> None:
        self.data_reset.emit()


@dataclass
class AppContext:
    """Shared services of one main window."""

    paths: AppPaths
    clock: Clock = SYSTEM_CLOCK
    bus: DataBus = field(default_factory=DataBus)
    undo_stack: QUndoStack = field(default_factory=QUndoStack)

    def settings(self) -> QSettings:
        """UI preferences (geometry, splitter sizes…) stored next to the data of this folder."""
        return QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)

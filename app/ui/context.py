"""What every page needs: the data folder, the clock, the undo stack and the change bus."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.core.changes import KINDS, Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.paths import AppPaths


class DataBus(QObject):
    """Signals that data changed, so every page that shows it refreshes.

    Writes through app.core return a :class:`~app.core.changes.Changes`; :meth:`publish` (or
    ``AppContext.publish``) turns it into these signals. Pages connect to what they display.
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

    # Every change, as the value the write returned (pages that want detail, e.g. which contacts).
    changed = Signal(object)

    def emit_all(self) -> None:
        self.data_reset.emit()

    def publish(self, changes: Changes) -> None:
        """The one place a write's :class:`~app.core.changes.Changes` becomes the refresh of the pages that show
        what it touched (issue 18: no hand-placed emits after writes)."""
        if not changes:
            return
        self.changed.emit(changes)
        if changes.everything:
            self.data_reset.emit()
            return
        for kind in KINDS:
            if getattr(changes, kind):
                getattr(self, f"{kind}_changed").emit()


class AppContext:
    """Shared services of one main window: its data folder's ``paths``, the ``clock`` (replaced in tests), the change
    ``bus`` and the ``undo_stack``. (A plain class: made before the window's first paint, where a dataclass is
    compiled by exec at import, issue 21.)"""

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock = SYSTEM_CLOCK,
        bus: DataBus | None = None,
        undo_stack: QUndoStack | None = None,
    ):
        self.paths = paths
        self.clock = clock
        self.bus = DataBus() if bus is None else bus
        self.undo_stack = QUndoStack() if undo_stack is None else undo_stack

    def publish(self, changes: Changes) -> None:
        """Tell the pages what a write changed (see :meth:`DataBus.publish`)."""
        self.bus.publish(changes)

    def settings(self) -> QSettings:
        """UI preferences (geometry, splitter sizes…) stored next to the data of this folder."""
        return QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)

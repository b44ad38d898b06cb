"""The rehearsal history table: one row per run, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.pitches.rehearsal_history import Run, on_target
from app.core.pitches.timing import Thresholds, format_duration
from app.ui.widgets.text import full_date, relative_day

RUN_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("When", "Time", "Words", "Pace", "Rating", "Note", "Recording")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RehearsalTableModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self._runs: list[Run] = []
        self._thresholds = Thresholds.for_target(30)
        self.today = today

    def set_runs(self, runs: list[Run], thresholds: Thresholds, today: dt.date) -> None:
        self.beginResetModel()
        self._runs = sorted(runs, key=lambda r: (r.started_at, r.id), reverse=True)
        self._thresholds = thresholds
        self.today = today
        self.endResetModel()

    def run(self, row: int) -> Run | None:
        return self._runs[row] if 0 <= row < len(self._runs) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (1, 2, 3):
            return int(_RIGHT)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._runs):
            return None
        run = self._runs[index.row()]
        column = index.column()
        if role == RUN_ROLE:
            return run
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                day = relative_day(run.started_at.date(), self.today)
                return f"{day}, {run.started_at:%H:%M}"
            if column == 1:
                return format_duration(run.duration_seconds)
            if column == 2:
                return str(run.words)
            if column == 3:
                return self.tr("{n:.0f} wpm").format(n=run.wpm)
            if column == 4:
                return "★" * run.rating + "☆" * (5 - run.rating) if run.rating else "—"
            if column == 5:
                return run.notes.splitlines()[0] if run.notes else ""
            if column == 6:
                return self.tr("▶ Play") if run.audio_path else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{full_date(run.started_at.date())}, {run.started_at:%H:%M}"
            if column == 1:
                if on_target(run, self._thresholds):
                    return self.tr("On target: ended between the green light and the target")
                if run.duration_seconds > self._thresholds.red:
                    return self.tr("{s:.1f} s over the target").format(s=run.duration_seconds - self._thresholds.red)
                return self.tr("Ended before the green light")
            if column == 4 and run.rating:
                return self.tr("Rated {n} of 5").format(n=run.rating)
            if column == 5 and run.notes:
                return run.notes
            if column == 6 and run.audio_path:
                return self.tr("Play the recording of this run")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(_RIGHT)
        return None

"""The History tab: best / average / last, the on-target streak, the chart and the table of runs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.pitches import service as pitches
from app.core.pitches.queries import runs_of
from app.core.pitches.rehearsal_history import Run, summarize
from app.core.pitches.timing import Thresholds, format_duration
from app.ui.context import AppContext
from app.ui.pitches import recorder
from app.ui.pitches.history_chart import HistoryChart
from app.ui.pitches.history_table_model import RUN_ROLE, RehearsalTableModel

log = logging.getLogger(__name__)


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pitchHistory")
        self.pitch_id: int | None = None
        self._thresholds = Thresholds.for_target(30)
        self._stale = True
        self._player = None

        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(
            self.tr("No rehearsals yet. Press Rehearse (Ctrl+R), say your pitch out loud, and each run shows up here.")
        )
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.chart = HistoryChart()
        self.model = RehearsalTableModel(ctx.clock.today(), self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Rehearsals"))
        self.table.setAccessibleDescription(
            self.tr("Each time you rehearsed this pitch: how long it took, your pace, your rating and notes")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())
        self.table.setFont(self.font())
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.play_button = QPushButton(self.tr("▶  Play recording"))
        self.play_button.setObjectName("historyPlay")
        self.play_button.clicked.connect(self.play_selected)
        self.delete_action = QAction(self.tr("Delete run"), self)
        self.delete_action.setObjectName("historyDeleteAction")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setToolTip(self.tr("Delete the selected run and its recording (Del; undo with Ctrl+Z)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_button = QPushButton(self.tr("Delete run"))
        self.delete_button.setObjectName("historyDelete")
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self.delete_button.clicked.connect(self.delete_selected)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(8)
        lower_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.delete_button)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        splitter.setSizes([260, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def mark_stale(self, pitch_id: int | None, thresholds: Thresholds) -> None:
        self.pitch_id, self._thresholds, self._stale = pitch_id, thresholds, True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.show_pitch(self.pitch_id, self._thresholds)

    def show_pitch(self, pitch_id: int | None, thresholds: Thresholds) -> None:
        self.pitch_id, self._thresholds, self._stale = pitch_id, thresholds, False
        runs = runs_of(pitch_id) if pitch_id is not None else []
        self.model.set_runs(runs, thresholds, self.ctx.clock.today())
        self.chart.set_runs(runs, thresholds)
        self.empty.setVisible(not runs)
        self.table.setColumnHidden(6, not any(run.audio_path for run in runs))
        self.summary.setText(self.describe(runs, thresholds))
        self._update_buttons()

    def describe(self, runs: list[Run], thresholds: Thresholds) -> str:
        summary = summarize(runs, thresholds)
        if not summary.count:
            return ""
        parts = [
            self.tr("<b>Best</b> {t}").format(t=format_duration(summary.best.duration_seconds)),
            self.tr("<b>Average</b> {t}").format(t=format_duration(summary.average_seconds or 0)),
            self.tr("<b>Last</b> {t}").format(t=format_duration(summary.last.duration_seconds)),
            self.tr("<b>Pace</b> {w:.0f} wpm").format(w=summary.average_wpm or 0),
            self.tr("<b>On target</b> {n} of {total}").format(n=summary.on_target, total=summary.count),
        ]
        if summary.streak >= 2:
            parts.append(self.tr("🔥 {n} in a row").format(n=summary.streak))
        return " &nbsp;·&nbsp; ".join(parts)

    # --- actions -------------------------------------------------------------------------------------------------
    def selected_run(self) -> Run | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RUN_ROLE) if rows else None

    def _update_buttons(self) -> None:
        run = self.selected_run()
        status = recorder._status
        self.delete_button.setEnabled(run is not None)
        self.delete_action.setEnabled(run is not None)
        has_audio = run is not None and bool(run.audio_path)
        self.play_button.setVisible(any(self.model.run(i).audio_path for i in range(self.model.rowCount())))
        self.play_button.setEnabled(has_audio and (status is None or status.can_play))
        if status is not None and not status.can_play:
            self.play_button.setToolTip(status.reason)

    def _double_clicked(self, index) -> None:
        if index.column() == 6:
            self.play_selected()

    def play_selected(self) -> None:
        run = self.selected_run()
        if run is None or not run.audio_path:
            return
        self.play_file(pitches.recording_path(self.ctx.paths.data_dir, run.audio_path))

    def play_file(self, path: Path) -> None:
        status = recorder.probe()
        if not status.can_play:
            return
        try:
            if self._player is None:
                self._player = recorder.Player(self)
            self._player.play(path)
        except Exception:
            log.exception("playback failed for %s", path)

    def delete_selected(self) -> None:
        run = self.selected_run()
        if run is None or self.pitch_id is None:
            return
        from app.ui.pitches.commands import DeleteRehearsalCommand

        self.ctx.undo_stack.push(DeleteRehearsalCommand(self.ctx, run.id, self.pitch_id))

"""Rehearsal mode of the pitches page: the big timer replaces the studio, Space starts and stops a run, Escape leaves,
the countdown is remembered, and a finished run goes to :class:`~app.ui.pitches.run_session.RunSession` (recording,
rating, saving).

The page owns the widgets (the mode stack, the list column, the action bar); this controller switches between
writing and rehearsing and keeps the bar's buttons in step with the mode and the run.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from app.core.pitches.rehearsal import RunResult
from app.ui.pitches.rehearsal_view import RehearsalView
from app.ui.pitches.run_session import RunSession

if TYPE_CHECKING:
    from app.ui.pitches.page import PitchesPage

COUNTDOWN_SECONDS = 3


class RehearsalController(QObject):
    """Writing ↔ rehearsing for one :class:`PitchesPage`."""

    def __init__(self, page: PitchesPage):
        super().__init__(page)
        self.page = page
        ctx = page.ctx
        self.session = RunSession(ctx, page, page.record, page.show_status, lambda path: page.history.play_file(path))
        self.view = RehearsalView(ctx.clock)
        self.view.finished.connect(self._run_finished)
        self.view.state_changed.connect(lambda _active: self.update_bar())
        bar = page.bar
        bar.start_button.clicked.connect(self.start_or_stop)
        bar.countdown.setChecked(ctx.settings().value("pitches/countdown", False, type=bool))
        bar.countdown.toggled.connect(self._countdown_toggled)
        bar.leave_button.clicked.connect(self.leave)

    def add_shortcuts(self) -> None:
        """Space and Escape, active in rehearsal mode only (after the page's own actions, as before)."""
        page = self.page
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), page, self.toggle)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.setWhatsThis(self.tr("Start or stop the rehearsal timer"))
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), page, self.leave)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setWhatsThis(self.tr("Leave rehearsal mode"))

    @property
    def rehearsing(self) -> bool:
        return self.page.modes.currentWidget() is self.view

    def _can_start(self) -> bool:
        return self.page.pitch_id is not None and bool(self.page.editor.toPlainText().strip())

    def start_or_stop(self) -> None:
        """``rehearsalStart``: from writing, enter rehearsal mode and start; in rehearsal mode, start/stop."""
        if not self.rehearsing:
            if not self._can_start():
                self.page.editor.setFocus()
                return
            self.page.save_now()
            self.prepare()
            self.set_mode_rehearsal()
            self._start_run()
        else:
            self.toggle()

    def open_without_starting(self) -> None:
        """Rehearsal mode with the timer not running: the user starts it with Space when ready."""
        self.page.save_now()
        self.prepare()
        self.set_mode_rehearsal()
        self.view.setFocus()

    def toggle(self) -> None:
        if not self.rehearsing or self.session.rating_dialog is not None:
            return
        if self.view.active:
            self.view.stop()
        else:
            self._start_run()

    def _start_run(self) -> None:
        self.prepare()
        self.view.start()
        self.session.start_recording()
        self.view.setFocus()

    def leave(self) -> None:
        if not self.rehearsing:
            return
        if self.view.active:
            self.view.cancel()
            self.session.stop_recording(discard=True)
            self.page.show_status(self.tr("Run cancelled — not saved"))
        self.set_mode_writing()

    def cancel_for_closing(self) -> None:
        """The window closes: a run in progress is dropped with its recording."""
        if self.view.active:
            self.view.cancel()
        self.session.stop_recording(discard=True)

    def prepare(self) -> None:
        """Give the rehearsal view the current title, text, lights and countdown."""
        page = self.page
        details = page._details
        title = details.title if details else self.tr("Your pitch")
        target = details.target_seconds if details else 30
        self.view.set_pitch(
            self.tr("{title} · target {t} s").format(title=title, t=target),
            page.editor.toPlainText(),
            page._thresholds(),
            COUNTDOWN_SECONDS if page.bar.countdown.isChecked() else 0,
        )
        self.update_bar()

    def set_mode_rehearsal(self) -> None:
        self.page.modes.setCurrentWidget(self.view)
        self.page.list_column.hide()
        self.update_bar()
        self.session.probe_audio()

    def set_mode_writing(self) -> None:
        page = self.page
        page.modes.setCurrentWidget(page.studio)
        page.list_column.show()
        self.update_bar()
        if page.isVisible():
            page.editor.setFocus()

    def update_bar(self) -> None:
        rehearsing = self.rehearsing
        self.page.bar.show_mode(
            rehearsing=rehearsing,
            active=self.view.active,
            can_start=self._can_start(),
            can_record=self.session.audio_ok(),
        )
        if hasattr(self, "space"):
            self.space.setEnabled(rehearsing)
            self.escape.setEnabled(rehearsing)

    def _countdown_toggled(self, on: bool) -> None:
        self.page.ctx.settings().setValue("pitches/countdown", on)
        self.view.set_countdown(COUNTDOWN_SECONDS if on else 0)

    def _run_finished(self, result: RunResult, started_at: dt.datetime) -> None:
        pitch_id = self.page.pitch_id
        if pitch_id is None:
            self.session.stop_recording(discard=True)
            return
        self.session.finish(pitch_id, result, started_at, self.view.describe(result), self.view.setFocus)

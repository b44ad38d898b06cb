"""Around one rehearsal run: the optional microphone recording, "How did it go?", and saving the Rehearsal.

Kept apart from the page so the page only switches modes and wires widgets. The recording is named before the run
starts and belongs to the run: discarded with it (Esc, Discard) or saved as its ``audio_path``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton, QWidget

from app.core.pitches import service as pitches
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.service import PitchError
from app.core.pitches.timing import format_elapsed
from app.ui.context import AppContext
from app.ui.pitches import recorder
from app.ui.pitches.rating_dialog import RatingDialog

log = logging.getLogger(__name__)


class RunSession(QObject):
    """``record_button`` is the page's checkable Record button; ``status`` shows a message in the status bar;
    ``play`` plays a recording file (the history view's player)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        record_button: QToolButton,
        status: Callable[[str, int], None],
        play: Callable,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.record = record_button
        self._status = status
        self._play = play
        self._recorder = None
        self._recording_name: str | None = None
        self.rating_dialog: RatingDialog | None = None

    # --- recording -----------------------------------------------------------------------------------------------
    def probe_audio(self) -> None:
        """Enable Record only where recording can work; otherwise say why in its tooltip."""
        status = recorder.probe()
        self.record.setEnabled(status.can_record)
        self.record.setToolTip(
            self.tr("Record the run from your microphone to listen back") if status.can_record else status.reason
        )

    def audio_ok(self) -> bool:
        return recorder._status is not None and recorder._status.can_record

    def start_recording(self) -> None:
        if not (self.record.isChecked() and self.audio_ok()):
            return
        try:
            if self._recorder is None:
                self._recorder = recorder.Recorder(self)
                self._recorder.error.connect(self._recording_failed)
            self._recording_name = recorder.new_recording_name()
            self._recorder.start(pitches.recording_path(self.ctx.paths.data_dir, self._recording_name))
        except Exception as exc:  # a broken sound backend must not stop the rehearsal
            log.exception("recording could not start")
            self._recording_failed(str(exc))

    def _recording_failed(self, message: str) -> None:
        self._recording_name = None
        self.record.setChecked(False)
        self._status(self.tr("Recording stopped: {m}").format(m=message), 8000)

    def stop_recording(self, *, discard: bool) -> str | None:
        """Stop; returns the recording's relative path, or None (nothing recorded, or ``discard``)."""
        name, self._recording_name = self._recording_name, None
        if self._recorder is None or name is None:
            return None
        self._recorder.stop()
        if discard:
            pitches.remove_recording(self.ctx.paths.data_dir, name)
            return None
        return name

    # --- after the run -------------------------------------------------------------------------------------------
    def finish(
        self,
        pitch_id: int,
        result: RunResult,
        started_at: dt.datetime,
        summary: str,
        done: Callable[[], None],
    ) -> RatingDialog:
        """Ask for a rating (window-modal, non-blocking), then save or discard; ``done`` runs either way."""
        audio_name = self.stop_recording(discard=False)
        dialog = RatingDialog(summary, self._parent, extra=self._playback_button(audio_name))
        self.rating_dialog = dialog

        def closed(code: int) -> None:
            self.rating_dialog = None
            if code == RatingDialog.DialogCode.Accepted:
                self._save(pitch_id, started_at, result, dialog.rating(), dialog.notes(), audio_name)
            elif audio_name:
                pitches.remove_recording(self.ctx.paths.data_dir, audio_name)
            dialog.deleteLater()
            done()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def _save(self, pitch_id, started_at, result, rating, notes, audio_name) -> None:
        try:
            pitches.save_rehearsal(pitch_id, started_at, result, rating=rating, notes=notes, audio_path=audio_name)
        except PitchError as exc:
            QMessageBox.warning(self._parent, self.tr("Run not saved"), exc.reason)
            return
        except Exception:
            log.exception("saving a rehearsal of pitch %s failed", pitch_id)
            QMessageBox.warning(
                self._parent, self.tr("Run not saved"), self.tr("The database refused it; see the log.")
            )
            return
        if audio_name:
            self._make_private(audio_name)
        self._status(self.tr("Run saved: {time}").format(time=format_elapsed(result.duration_seconds)), 5000)
        self.ctx.publish(pitches.CHANGES)

    def _make_private(self, audio_name: str) -> None:
        """Recordings are personal data: 0600 like the database (the recorder creates them with the umask)."""
        try:
            pitches.recording_path(self.ctx.paths.data_dir, audio_name).chmod(0o600)
        except (OSError, PitchError) as exc:
            log.warning("could not restrict %s: %s", audio_name, exc)

    def _playback_button(self, audio_name: str | None) -> QPushButton | None:
        if not audio_name:
            return None
        button = QPushButton(self.tr("▶  Play back the recording"))
        button.setObjectName("ratingPlay")
        path = pitches.recording_path(self.ctx.paths.data_dir, audio_name)
        button.clicked.connect(lambda: self._play(path))
        return button

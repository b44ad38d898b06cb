"""Saving the pitch being typed (issue 19): after a pause (:data:`AUTOSAVE_MS`) and at least every
:data:`MAX_WAIT_MS` while typing on. A save the database refuses for now (another program writing, a full disk)
waits at most :data:`BUSY_WAIT_MS`, keeps the text, says so next to the title and is tried again with growing pauses
(:data:`RETRY_DELAYS_MS`); the text of a pitch left meanwhile is kept and written by the retries; a last try, waiting
as long as a command would, when Rapport quits.

The page keeps what it shows (the editor, the text as last loaded or saved, the merge of a change made elsewhere);
this saver owns the timers, the retries and the texts still to be written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor

from app.core.pitches import service as pitches
from app.core.pitches.queries import stored_body
from app.core.pitches.service import PitchError
from app.core.translated import shown
from app.errors import classify
from app.ui.contrast import status_colour

if TYPE_CHECKING:
    from app.ui.pitches.page import PitchesPage

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800  # a pause in typing saves
ERROR_COLOUR = QColor("#c0392b")  # a status colour: not saved
MAX_WAIT_MS = 1500  # and steady typing is saved at least this often
BUSY_WAIT_MS = 250  # how long a save waits for another program's write lock before trying again later
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)


class PitchSaver(QObject):
    """Autosave, retries and the last save of one :class:`PitchesPage`."""

    def __init__(self, page: PitchesPage):
        super().__init__(page)
        self.page = page
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._max_wait = QTimer(self)  # started by the first unsaved key, not restarted by the next ones
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.save_now)
        self._attempts = 0
        self.failing = False
        self._told = False  # "Not saved yet" was said
        self.unsaved: dict[int, str] = {}  # texts of pitches no longer shown that the database refused for now

    @property
    def save_state(self):
        return self.page.save_state

    def typed(self) -> None:
        """A key in the editor of a stored pitch: save after the pause, or by the max wait."""
        if self.failing:
            return  # the retry timer saves it, with everything typed by then
        self._autosave.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self.save_state.setText(self.tr("Editing…"))

    def stop_timers(self) -> None:
        self._autosave.stop()
        self._max_wait.stop()

    def has_pending(self) -> bool:
        return self._autosave.isActive() or self._max_wait.isActive() or self.failing

    def save_now(self) -> None:
        """Write the pending text now (autosave, switching pitch, leaving, closing)."""
        page = self.page
        self.stop_timers()
        if not self._save_unsaved():
            return
        if page.pitch_id is None:
            page._title_finished()  # a title typed on the empty page, not yet confirmed
            return
        stored = stored_body(page.pitch_id)
        if stored is not None and stored != page._loaded_body:
            page._take_stored(stored)  # what changed meanwhile first: never write over it unseen
        body = page.editor.toPlainText()
        if body == page._loaded_body:
            if self.failing:
                self._saved_again()
            self.save_state.setText(self.tr("Saved"))
            return
        try:
            pitches.save_body(page.pitch_id, body, clock=page.ctx.clock, wait_ms=BUSY_WAIT_MS)
        except PitchError as exc:
            self.save_state.setText(self.tr("Not saved: {reason}").format(reason=shown(exc.reason)))
            return
        except Exception as exc:
            self._save_failed(exc)
            return
        page._loaded_body = body
        if self.failing:
            self._saved_again()
        self.save_state.setText(self.tr("Saved"))
        self.save_state.setToolTip(self.tr("Saved automatically as you type; Ctrl+S keeps a version"))
        page.ctx.publish(pitches.CHANGES)

    def _save_failed(self, exc: Exception) -> None:
        """The database refused the text for now: keep it, say so, try again later (issue 19 item 7)."""
        known = classify(exc)
        if known is None:
            log.exception("saving pitch %s failed", self.page.pitch_id)
            self.save_state.setText(self.tr("Not saved — see the log"))
            return
        log.warning("could not save a pitch (%s); keeping it and retrying", known.title)
        delay = RETRY_DELAYS_MS[min(self._attempts, len(RETRY_DELAYS_MS) - 1)]
        self._attempts += 1
        self.failing = True
        self._retry.start(delay)
        if known.title == "Database busy" and self._attempts == 1:
            return  # a moment's lock (a sync's batch) goes unsaid: the retry in a second usually gets through
        if known.title == "Database busy":
            what = self.tr("the database is busy (another program or a sync is writing to it)")
        elif known.title in ("Disk full", "Disk quota exceeded"):
            what = self.tr("the disk is full")
        else:
            what = known.said()[0].lower()
        text = self.tr("Not saved yet: {what} — your text is kept; trying again in {n} s").format(
            what=what, n=max(1, round(delay / 1000))
        )
        self._told = True
        self.save_state.setText(text)
        self.save_state.setToolTip(text)
        self.save_state.setEnabled(True)  # not greyed: this one matters
        palette = self.save_state.palette()
        palette.setColor(self.save_state.foregroundRole(), status_colour(ERROR_COLOUR))
        self.save_state.setPalette(palette)
        self.page.show_status(text, 0)

    def _saved_again(self) -> None:
        self.failing = False
        self._attempts = 0
        self._retry.stop()
        self.save_state.setEnabled(False)
        self.save_state.setPalette(self.page.palette())
        if self._told:
            self.page.show_status(self.tr("Your pitch is saved."), 4000)
        self._told = False

    def _save_unsaved(self, wait_ms: int = BUSY_WAIT_MS) -> bool:
        """Write the texts of pitches no longer shown that were refused earlier; False when some still are."""
        for pitch_id, body in list(self.unsaved.items()):
            try:
                pitches.save_body(pitch_id, body, clock=self.page.ctx.clock, wait_ms=wait_ms)
            except Exception as exc:
                if classify(exc) is None:
                    log.exception("saving pitch %s failed", pitch_id)
                    self.unsaved.pop(pitch_id)
                    continue
                self._save_failed(exc)
                return False
            self.unsaved.pop(pitch_id)
        return True

    def keep_unsaved(self) -> None:
        """Leaving a pitch whose text the database refused: keep it to be written by the retries."""
        page = self.page
        if self.failing and page.pitch_id is not None and page.editor.toPlainText() != page._loaded_body:
            self.unsaved[page.pitch_id] = page.editor.toPlainText()

    def save_before_quitting(self) -> None:
        """Rapport is quitting: a last try, waiting as long as a command would."""
        page = self.page
        if self.unsaved or (page.pitch_id is not None and page.editor.toPlainText() != page._loaded_body):
            self._save_unsaved(pitches.LONG_WAIT_MS)
            if page.pitch_id is not None and page.editor.toPlainText() != page._loaded_body:
                try:
                    pitches.save_body(
                        page.pitch_id, page.editor.toPlainText(), clock=page.ctx.clock, wait_ms=pitches.LONG_WAIT_MS
                    )
                except Exception:
                    log.error("could not save a pitch before quitting", exc_info=True)

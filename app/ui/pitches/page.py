"""Pitches page (DESIGN §5): write, time and rehearse the elevator pitch.

Layout: the pitch list on the left; on the right the pitch header, then tabs Write (editor + plain-words panel +
live word count, estimate and timing bar) and History (chart + table). Rehearsal mode replaces the whole page with a
big timer and light. The action bar at the bottom stays in both modes, so ``rehearsalStart`` is always the same
visible button: in writing mode it enters rehearsal mode and starts at once; in rehearsal mode it starts and stops.

Typing into an empty database creates the first pitch, so the editor is usable from the first second.

The text saves after a pause (:data:`AUTOSAVE_MS`) and at least every :data:`MAX_WAIT_MS` while typing on, so a crash
loses at most the last moments (issue 19). A save the database refuses for now (another program writing, a full disk)
waits at most a quarter second, keeps the text, says so next to the title and is tried again with growing pauses. A
pitch changed elsewhere meanwhile (an import, Undo, another program) shows the change in place while the user is not
typing; typed text and the other change merge when they are in different places; otherwise the typed text is kept
and the other version stays in the pitch's revisions.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.field_changes import merge_text
from app.core.pitches import service as pitches
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.service import PitchDetails, PitchError
from app.core.pitches.timing import Thresholds
from app.db import BUSY_TIMEOUT_MS, busy_timeout
from app.errors import classify
from app.models import Pitch
from app.ui.pitches.action_bar import ActionBar
from app.ui.pitches.commands import CreatePitchCommand, DeletePitchCommand, EditDetailsCommand
from app.ui.pitches.header import PitchHeader, ThresholdsDialog
from app.ui.pitches.history_view import HistoryView
from app.ui.pitches.pitch_list_model import ID_ROLE, PitchItemDelegate, PitchListModel
from app.ui.pitches.rehearsal_view import RehearsalView
from app.ui.pitches.run_session import RunSession
from app.ui.pitches.write_tab import WriteTab
from app.ui.widgets.live_text import replace_in_place
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800  # a pause in typing saves
MAX_WAIT_MS = 1500  # and steady typing is saved at least this often
BUSY_WAIT_MS = 250  # how long a save waits for another program's write lock before trying again later
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)
ANALYSIS_MS = 150
COUNTDOWN_SECONDS = 3


class PitchesPage(Page):
    """The pitch studio."""

    title = "Pitches"
    icon_name = "pitches"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("pitchesPage")
        self.setAccessibleName("Pitches")
        self.pitch_id: int | None = None
        self._details: PitchDetails | None = None
        self._loaded_body = ""
        self._pending_select: int | None = None

        self._build_list()
        self._build_studio()
        self._build_bar()
        self.session = RunSession(ctx, self, self.record, self.show_status, lambda path: self.history.play_file(path))
        self.rehearsal = RehearsalView(ctx.clock)
        self.rehearsal.finished.connect(self._run_finished)
        self.rehearsal.state_changed.connect(self._run_state_changed)

        self.modes = QStackedWidget()
        self.modes.setObjectName("pitchModes")
        self.modes.addWidget(self.studio)
        self.modes.addWidget(self.rehearsal)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.modes, 1)
        right.addWidget(self.bar)
        root = QHBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 16)
        root.setSpacing(16)
        root.addWidget(self.list_column, 1)
        root.addLayout(right, 4)

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
        self._failing = False
        self._told = False  # "Not saved yet" was said
        self._unsaved: dict[int, str] = {}  # texts of pitches no longer shown that the database refused for now
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(ANALYSIS_MS)
        self._analysis_timer.timeout.connect(self._analyse)

        self._build_actions()
        ctx.bus.pitches_changed.connect(self.mark_dirty)
        ctx.bus.contacts_changed.connect(self.mark_dirty)
        ctx.bus.external_change.connect(self._external_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_before_quitting)
        self._set_mode_writing()

    # --- building ------------------------------------------------------------------------------------------------
    def _build_list(self) -> None:
        self.list_column = QWidget()
        self.list_column.setObjectName("pitchListColumn")
        self.list_column.setMinimumWidth(140)
        self.list_column.setMaximumWidth(260)
        column = QVBoxLayout(self.list_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Pitches")))
        self.model = PitchListModel(self)
        self.list = QListView()
        self.list.setObjectName("pitchList")
        self.list.setAccessibleName(self.tr("Pitches"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(PitchItemDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the delegate elides
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_empty = QLabel(
            self.tr("No pitch yet. Start typing on the right: your first 30-second pitch is created as you write.")
        )
        self.list_empty.setObjectName("pitchListEmpty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.list_empty)
        column.addWidget(self.list, 1)
        self.list_spacer = QWidget()
        column.addWidget(self.list_spacer, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.new_button = QPushButton(self.tr("New pitch"))
        self.new_button.setObjectName("pitchNew")
        self.more_button = QToolButton()
        self.more_button.setObjectName("pitchMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("Duplicate, delete, link contacts, print"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.more_button)
        column.addLayout(buttons)

    def _build_studio(self) -> None:
        self.studio = QWidget()
        self.studio.setObjectName("pitchStudio")
        self.header = PitchHeader()
        self.header.details_edited.connect(self._details_edited)
        self.header.title.editingFinished.connect(self._title_finished)
        self.header.thresholds_requested.connect(self.edit_thresholds)
        self.header.contacts_requested.connect(self.link_contacts)

        write = WriteTab()
        self.write = write
        self.editor = write.editor
        self.analysis = write.analysis
        self.word_count, self.estimate = write.word_count, write.estimate
        self.timing_bar, self.target_label = write.timing_bar, write.target_label
        self.save_state = self.header.save_state
        self.editor.textChanged.connect(self._text_changed)

        self.history = HistoryView(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pitchTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(write, self.tr("&Write"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_history())

        layout = QVBoxLayout(self.studio)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def _build_bar(self) -> None:
        self.bar = ActionBar()
        self.start_button, self.countdown, self.record = self.bar.start_button, self.bar.countdown, self.bar.record
        self.teleprompter_button = self.bar.teleprompter_button
        self.revisions_button, self.card_button = self.bar.revisions_button, self.bar.card_button
        self.leave_button = self.bar.leave_button
        self.start_button.clicked.connect(self.start_or_stop)
        self.countdown.setChecked(self.ctx.settings().value("pitches/countdown", False, type=bool))
        self.countdown.toggled.connect(self._countdown_toggled)
        self.leave_button.clicked.connect(self.leave_rehearsal)

    def _action(self, text: str, shortcut, tip: str, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(
            tr("New pitch"), "Ctrl+Shift+N", tr("Write a new pitch"), self.new_pitch, "pitchNewAction"
        )
        self.duplicate_action = self._action(
            tr("Duplicate"),
            "Ctrl+D",
            tr("Copy this pitch, e.g. to make a 15 or 60 s version"),
            self.duplicate_pitch,
            "pitchDuplicateAction",
        )
        self.delete_action = self._action(
            tr("Delete"),
            "Ctrl+Shift+Del",
            tr("Delete this pitch (undo with Ctrl+Z)"),
            self.delete_pitch,
            "pitchDeleteAction",
        )
        self.rehearse_action = self._action(
            tr("Rehearse"), "Ctrl+R", tr("Rehearse this pitch with the timer"), self.start_or_stop, "rehearseAction"
        )
        self.teleprompter_action = self._action(
            tr("Teleprompter"),
            "Ctrl+T",
            tr("Scroll the text full screen at your pace"),
            self.open_teleprompter,
            "teleprompterAction",
        )
        self.save_version_action = self._action(
            tr("Save version"),
            "Ctrl+S",
            tr("Keep this text as a version you can go back to"),
            self.save_version,
            "pitchSaveVersionAction",
        )
        self.revisions_action = self._action(
            tr("Revisions…"),
            "Ctrl+Shift+H",
            tr("Browse and restore earlier versions"),
            self.show_revisions,
            "pitchRevisionsAction",
        )
        self.card_action = self._action(
            tr("Print card…"),
            "Ctrl+P",
            tr("Print or save a pocket card of this pitch"),
            self.print_card,
            "pitchCardAction",
        )
        self.contacts_action = self._action(
            tr("Link contacts…"),
            "Ctrl+Shift+L",
            tr("Link this pitch to the people it suits"),
            self.link_contacts,
            "pitchContactsAction",
        )
        self.new_button.clicked.connect(self.new_action.trigger)
        self.new_button.setToolTip(self.new_action.toolTip())
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        for action in (
            self.duplicate_action,
            self.delete_action,
            None,
            self.contacts_action,
            self.save_version_action,
            self.revisions_action,
            self.card_action,
        ):
            more.addSeparator() if action is None else more.addAction(action)
        self.more_button.setMenu(more)
        for button, action in (
            (self.teleprompter_button, self.teleprompter_action),
            (self.revisions_button, self.revisions_action),
            (self.card_button, self.card_action),
        ):
            button.clicked.connect(action.trigger)
            button.setToolTip(action.toolTip())
        self.list.addActions([self.new_action, self.duplicate_action, self.delete_action])
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_pitch)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.setWhatsThis(self.tr("Delete the pitch (in the list)"))  # Help → Keyboard Shortcuts lists it
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.rehearsal_toggle)
        self.space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.space.setWhatsThis(self.tr("Start or stop the rehearsal timer"))
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave_rehearsal)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setWhatsThis(self.tr("Leave rehearsal mode"))

    # --- loading -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self._pending_select if self._pending_select is not None else self.pitch_id
        self._pending_select = None
        self.model.reload()
        row = self.model.row_for_id(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        empty = self.model.rowCount() == 0
        self.list_empty.setVisible(empty)
        self.list.setVisible(not empty)
        self.list_spacer.setVisible(empty)
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list.viewport().update()
        self.load_pitch(self.model.pitch_id(row) if row >= 0 else None)

    def select_pitch(self, pitch_id: int | None) -> None:
        """Show ``pitch_id`` after the next refresh (used by undo commands)."""
        self._pending_select = pitch_id

    def _current_changed(self, current, _previous) -> None:
        if self.rehearsal.active:
            return
        self.save_now()
        self._keep_unsaved()
        self.load_pitch(current.data(ID_ROLE) if current.isValid() else None)

    def load_pitch(self, pitch_id: int | None) -> None:
        pitch = Pitch.get_or_none(Pitch.id == pitch_id) if pitch_id is not None else None
        same = pitch is not None and pitch.id == self.pitch_id
        self.pitch_id = pitch.id if pitch else None
        self._details = PitchDetails.of(pitch) if pitch else None
        names = [c.display_name for c in pitches.linked_contacts(pitch.id)] if pitch else []
        self.header.set_details(self._details, names)
        body = pitch.body if pitch else ""
        if not same:
            self.editor.blockSignals(True)
            self.editor.setPlainText(self._unsaved.get(pitch.id, body) if pitch else body)
            self.editor.blockSignals(False)
            self._loaded_body = body
        elif body != self._loaded_body:
            self._take_stored(body)  # changed elsewhere (Undo, a revision restored, another program)
        if not self._failing:
            self.save_state.clear()
        for action in (
            self.duplicate_action,
            self.delete_action,
            self.revisions_action,
            self.card_action,
            self.contacts_action,
            self.save_version_action,
        ):
            action.setEnabled(pitch is not None)
        for button in (self.revisions_button, self.card_button):
            button.setEnabled(pitch is not None)
        self.teleprompter_action.setEnabled(bool(body.strip()))
        self.teleprompter_button.setEnabled(bool(body.strip()))
        self._update_counts()
        self._analyse()
        self._prepare_rehearsal()
        self._refresh_history()

    def _thresholds(self) -> Thresholds:
        details = self._details
        if details is None:
            return Thresholds.for_target(30)
        return Thresholds.for_target(details.target_seconds, details.green_at, details.yellow_at)

    def _prepare_rehearsal(self) -> None:
        title = self._details.title if self._details else self.tr("Your pitch")
        target = self._details.target_seconds if self._details else 30
        self.rehearsal.set_pitch(
            self.tr("{title} · target {t} s").format(title=title, t=target),
            self.editor.toPlainText(),
            self._thresholds(),
            COUNTDOWN_SECONDS if self.countdown.isChecked() else 0,
        )
        self._update_bar()

    def _refresh_history(self) -> None:
        if self.tabs.currentWidget() is self.history or self.history.isVisible():
            self.history.show_pitch(self.pitch_id, self._thresholds())
        else:
            self.history.mark_stale(self.pitch_id, self._thresholds())

    # --- writing -------------------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self.pitch_id is None and self.editor.toPlainText().strip():
            self._create_first_pitch(self.header.title.text())
        self._update_counts()
        has_text = bool(self.editor.toPlainText().strip())
        self.teleprompter_action.setEnabled(has_text)
        self.teleprompter_button.setEnabled(has_text)
        self.start_button.setEnabled(self.rehearsing or (self.pitch_id is not None and has_text))
        if self.write.analyse_now_is_cheap():
            self._analyse()  # about 1 ms for a pitch: keep the underlines in step with every keystroke
        else:
            self._analysis_timer.start()
        if self.pitch_id is not None:
            if self._failing:
                return  # the retry timer saves it, with everything typed by then
            self._autosave.start()
            if not self._max_wait.isActive():
                self._max_wait.start()
            self.save_state.setText(self.tr("Editing…"))

    def _title_finished(self) -> None:
        """A title typed on the empty page (before any text) makes the first pitch, under that title."""
        if self.pitch_id is None and self.header.title.text().strip():
            self._create_first_pitch(self.header.title.text())

    def _create_first_pitch(self, title: str = "") -> None:
        details = PitchDetails(title.strip()[:200] or self.tr("My pitch"), "", 30, 150)
        pitch = pitches.create_pitch(details, "", clock=self.ctx.clock)
        self.pitch_id = pitch.id
        self._details = details
        self._loaded_body = ""
        self._pending_select = pitch.id
        self.ctx.bus.pitches_changed.emit()

    def _update_counts(self) -> None:
        wpm = self._details.wpm if self._details else 150
        target = self._details.target_seconds if self._details else 30
        self.write.update_counts(wpm, target)

    def _analyse(self) -> None:
        self.write.analyse()

    def has_pending(self) -> bool:
        return self._autosave.isActive() or self._max_wait.isActive() or self._failing

    def has_unsaved_edits(self) -> bool:
        """Typing the database has not taken yet (it keeps being retried)."""
        return self.has_pending()

    def _take_stored(self, body: str) -> bool:
        """The stored text became ``body`` (changed elsewhere): show it in place when the user has nothing unsaved,
        or merge it into what they typed. False when both changed the same place (their typing is kept)."""
        mine = self.editor.toPlainText()
        merged = merge_text(self._loaded_body, mine, body)
        self._loaded_body = body
        if merged is None:
            self.save_state.setText(
                self.tr("Also changed elsewhere — your text is kept; the other version is in Revisions")
            )
            return False
        if merged != mine:
            replace_in_place(self.editor, merged)
            self._update_counts()
            self._analysis_timer.start()
        return True

    def _external_change(self) -> None:
        """Another program (or sync's worker) wrote: a pitch changed underneath the editor shows the change."""
        if self.pitch_id is None or self.rehearsal.active:
            return
        pitch = Pitch.get_or_none(Pitch.id == self.pitch_id)
        if pitch is not None and pitch.body != self._loaded_body:
            self._take_stored(pitch.body)

    def save_now(self) -> None:
        """Write the pending text now (autosave, switching pitch, leaving, closing)."""
        self._autosave.stop()
        self._max_wait.stop()
        if not self._save_unsaved():
            return
        if self.pitch_id is None:
            self._title_finished()  # a title typed on the empty page, not yet confirmed
            return
        pitch = Pitch.get_or_none(Pitch.id == self.pitch_id)
        if pitch is not None and pitch.body != self._loaded_body:
            self._take_stored(pitch.body)  # what changed meanwhile first: never write over it unseen
        body = self.editor.toPlainText()
        if body == self._loaded_body:
            if self._failing:
                self._saved_again()
            self.save_state.setText(self.tr("Saved"))
            return
        try:
            with busy_timeout(BUSY_WAIT_MS):
                pitches.save_body(self.pitch_id, body, clock=self.ctx.clock)
        except PitchError as exc:
            self.save_state.setText(self.tr("Not saved: {reason}").format(reason=exc.reason))
            return
        except Exception as exc:
            self._save_failed(exc)
            return
        self._loaded_body = body
        if self._failing:
            self._saved_again()
        self.save_state.setText(self.tr("Saved"))
        self.save_state.setToolTip(self.tr("Saved automatically as you type; Ctrl+S keeps a version"))
        self.ctx.bus.pitches_changed.emit()

    def _save_failed(self, exc: Exception) -> None:
        """The database refused the text for now: keep it, say so, try again later (issue 19 item 7)."""
        known = classify(exc)
        if known is None:
            log.exception("saving pitch %s failed", self.pitch_id)
            self.save_state.setText(self.tr("Not saved — see the log"))
            return
        log.warning("could not save a pitch (%s); keeping it and retrying", known.title)
        delay = RETRY_DELAYS_MS[min(self._attempts, len(RETRY_DELAYS_MS) - 1)]
        self._attempts += 1
        self._failing = True
        self._retry.start(delay)
        if known.title == "Database busy" and self._attempts == 1:
            return  # a moment's lock (a sync's batch) goes unsaid: the retry in a second usually gets through
        if known.title == "Database busy":
            what = self.tr("the database is busy (another program or a sync is writing to it)")
        elif known.title in ("Disk full", "Disk quota exceeded"):
            what = self.tr("the disk is full")
        else:
            what = known.title.lower()
        text = self.tr("Not saved yet: {what} — your text is kept; trying again in {n} s").format(
            what=what, n=max(1, round(delay / 1000))
        )
        self._told = True
        self.save_state.setText(text)
        self.save_state.setToolTip(text)
        self.save_state.setEnabled(True)  # not greyed: this one matters
        palette = self.save_state.palette()
        palette.setColor(self.save_state.foregroundRole(), QColor("#c0392b"))
        self.save_state.setPalette(palette)
        self.show_status(text, 0)

    def _saved_again(self) -> None:
        self._failing = False
        self._attempts = 0
        self._retry.stop()
        self.save_state.setEnabled(False)
        self.save_state.setPalette(self.palette())
        if self._told:
            self.show_status(self.tr("Your pitch is saved."), 4000)
        self._told = False

    def _save_unsaved(self, wait_ms: int = BUSY_WAIT_MS) -> bool:
        """Write the texts of pitches no longer shown that were refused earlier; False when some still are."""
        for pitch_id, body in list(self._unsaved.items()):
            try:
                with busy_timeout(wait_ms):
                    pitches.save_body(pitch_id, body, clock=self.ctx.clock)
            except Exception as exc:
                if classify(exc) is None:
                    log.exception("saving pitch %s failed", pitch_id)
                    self._unsaved.pop(pitch_id)
                    continue
                self._save_failed(exc)
                return False
            self._unsaved.pop(pitch_id)
        return True

    def _keep_unsaved(self) -> None:
        """Leaving a pitch whose text the database refused: keep it to be written by the retries."""
        if self._failing and self.pitch_id is not None and self.editor.toPlainText() != self._loaded_body:
            self._unsaved[self.pitch_id] = self.editor.toPlainText()

    def save_before_quitting(self) -> None:
        """Rapport is quitting: a last try, waiting as long as a command would."""
        if self._unsaved or (self.pitch_id is not None and self.editor.toPlainText() != self._loaded_body):
            self._save_unsaved(BUSY_TIMEOUT_MS)
            if self.pitch_id is not None and self.editor.toPlainText() != self._loaded_body:
                try:
                    with busy_timeout(BUSY_TIMEOUT_MS):
                        pitches.save_body(self.pitch_id, self.editor.toPlainText(), clock=self.ctx.clock)
                except Exception:
                    log.error("could not save a pitch before quitting", exc_info=True)

    def flush_pending_edits(self) -> None:
        """Called by the main window before it closes."""
        self.save_now()
        if self.rehearsal.active:
            self.rehearsal.cancel()
        self.session.stop_recording(discard=True)

    def save_version(self) -> None:
        if self.pitch_id is None:
            return
        self._autosave.stop()
        self._max_wait.stop()
        body = self.editor.toPlainText()
        try:
            pitches.save_body(self.pitch_id, body, clock=self.ctx.clock, new_revision=True)
        except PitchError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.reason)
            return
        self._loaded_body = body
        self.save_state.setText(self.tr("Version saved"))
        self.ctx.bus.pitches_changed.emit()

    # --- pitch list actions --------------------------------------------------------------------------------------
    def new_pitch(self) -> None:
        self.save_now()
        number = self.model.rowCount() + 1
        details = PitchDetails(self.tr("Pitch {n}").format(n=number) if number > 1 else self.tr("My pitch"))
        self.ctx.undo_stack.push(CreatePitchCommand(self.ctx, details, select=self.select_pitch))
        self.header.title.setFocus()
        self.header.title.selectAll()

    def duplicate_pitch(self) -> None:
        if self.pitch_id is None:
            return
        self.save_now()
        self.ctx.undo_stack.push(CreatePitchCommand(self.ctx, source_id=self.pitch_id, select=self.select_pitch))

    def delete_pitch(self) -> None:
        if self.pitch_id is None or self._details is None:
            return
        self.save_now()
        self.ctx.undo_stack.push(DeletePitchCommand(self.ctx, self.pitch_id, self._details.title, self.select_pitch))
        self.show_status(self.tr("Pitch deleted — Ctrl+Z brings it back"), 8000)

    def _details_edited(self, details: PitchDetails) -> None:
        if self.pitch_id is None or self._details is None:
            return
        try:
            pitches.validate_details(details)
        except PitchError as exc:
            QMessageBox.warning(self, self.tr("Pitch not changed"), exc.reason)
            self.header.set_details(self._details)
            return
        self.ctx.undo_stack.push(EditDetailsCommand(self.ctx, self.pitch_id, self._details, details, self.select_pitch))

    def edit_thresholds(self) -> None:
        if self._details is None or self.pitch_id is None:
            return
        dialog = ThresholdsDialog(self._details, self)
        if run_modal(dialog) != ThresholdsDialog.DialogCode.Accepted:
            return
        green, yellow = dialog.values()
        new = PitchDetails(**{**self._details.__dict__, "green_at": green, "yellow_at": yellow})
        self._details_edited(new)

    def link_contacts(self) -> None:
        if self.pitch_id is None:
            return
        from app.ui.pitches.commands import LinkContactsCommand
        from app.ui.pitches.contacts_dialog import LinkContactsDialog

        current = {c.id for c in pitches.linked_contacts(self.pitch_id)}
        dialog = LinkContactsDialog(current, self)
        if run_modal(dialog) == LinkContactsDialog.DialogCode.Accepted and dialog.selected() != current:
            self.ctx.undo_stack.push(
                LinkContactsCommand(self.ctx, self.pitch_id, current, dialog.selected(), self.select_pitch)
            )

    def show_revisions(self) -> None:
        if self.pitch_id is None:
            return
        from app.ui.pitches.commands import SetBodyCommand
        from app.ui.pitches.revisions_dialog import RevisionsDialog

        self.save_now()
        dialog = RevisionsDialog(self.pitch_id, self.editor.toPlainText(), self.ctx.clock, self)
        if run_modal(dialog) == RevisionsDialog.DialogCode.Accepted and dialog.chosen_body() is not None:
            old = self.editor.toPlainText()
            new = dialog.chosen_body()
            if new != old:
                self._loaded_body = old
                self.ctx.undo_stack.push(
                    SetBodyCommand(
                        self.ctx, self.pitch_id, old, new, self.tr("Restore pitch version"), self.select_pitch
                    )
                )

    def print_card(self) -> None:
        if self.pitch_id is None:
            return
        from app.ui.pitches.card import CardDialog

        self.save_now()
        run_modal(CardDialog(self.pitch_id, self))

    def open_teleprompter(self) -> None:
        from app.ui.pitches.teleprompter import Teleprompter

        text = self.editor.toPlainText()
        if not text.strip():
            return
        wpm = self._details.wpm if self._details else 150
        self._teleprompter = Teleprompter(text, wpm, self.ctx.clock, self._thresholds(), self)
        self._teleprompter.show_full_screen()

    def start_step(self, step: str) -> None:
        """A "Get started" step from Today: "pitch" puts the cursor in the editor, "rehearse" opens rehearsal mode
        (without starting the timer: the user starts it with Space when ready)."""
        if step == "rehearse" and self.pitch_id is not None and self.editor.toPlainText().strip():
            self.save_now()
            self._prepare_rehearsal()
            self._set_mode_rehearsal()
            self.rehearsal.setFocus()
        else:
            self.tabs.setCurrentIndex(0)
            self.editor.setFocus()

    # --- rehearsal -----------------------------------------------------------------------------------------------
    @property
    def rehearsing(self) -> bool:
        return self.modes.currentWidget() is self.rehearsal

    def start_or_stop(self) -> None:
        """``rehearsalStart``: from writing, enter rehearsal mode and start; in rehearsal mode, start/stop."""
        if not self.rehearsing:
            if self.pitch_id is None or not self.editor.toPlainText().strip():
                self.editor.setFocus()
                return
            self.save_now()
            self._prepare_rehearsal()
            self._set_mode_rehearsal()
            self._start_run()
        else:
            self.rehearsal_toggle()

    def rehearsal_toggle(self) -> None:
        if not self.rehearsing or self.session.rating_dialog is not None:
            return
        if self.rehearsal.active:
            self.rehearsal.stop()
        else:
            self._start_run()

    def _start_run(self) -> None:
        self._prepare_rehearsal()
        self.rehearsal.start()
        self.session.start_recording()
        self.rehearsal.setFocus()

    def leave_rehearsal(self) -> None:
        if not self.rehearsing:
            return
        if self.rehearsal.active:
            self.rehearsal.cancel()
            self.session.stop_recording(discard=True)
            self.show_status(self.tr("Run cancelled — not saved"))
        self._set_mode_writing()

    def _set_mode_rehearsal(self) -> None:
        self.modes.setCurrentWidget(self.rehearsal)
        self.list_column.hide()
        self._update_bar()
        self.session.probe_audio()

    def _set_mode_writing(self) -> None:
        self.modes.setCurrentWidget(self.studio)
        self.list_column.show()
        self._update_bar()
        if self.isVisible():
            self.editor.setFocus()

    def _update_bar(self) -> None:
        rehearsing = self.rehearsing
        self.bar.show_mode(
            rehearsing=rehearsing,
            active=self.rehearsal.active,
            can_start=self.pitch_id is not None and bool(self.editor.toPlainText().strip()),
            can_record=self.session.audio_ok(),
        )
        self.space.setEnabled(rehearsing)
        self.escape.setEnabled(rehearsing)

    def _countdown_toggled(self, on: bool) -> None:
        self.ctx.settings().setValue("pitches/countdown", on)
        self.rehearsal.set_countdown(COUNTDOWN_SECONDS if on else 0)

    def _run_state_changed(self, _active: bool) -> None:
        self._update_bar()

    def _run_finished(self, result: RunResult, started_at: dt.datetime) -> None:
        if self.pitch_id is None:
            self.session.stop_recording(discard=True)
            return
        self.session.finish(self.pitch_id, result, started_at, self.rehearsal.describe(result), self.rehearsal.setFocus)

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, timeout_ms)

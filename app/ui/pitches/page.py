"""Pitches page (DESIGN §5): write, time and rehearse the elevator pitch.

Layout: the pitch list on the left; on the right the pitch header, then tabs Write (editor + plain-words panel +
live word count, estimate and timing bar) and History (chart + table). Rehearsal mode replaces the whole page with a
big timer and light. The action bar at the bottom stays in both modes, so ``rehearsalStart`` is always the same
visible button: in writing mode it enters rehearsal mode and starts at once; in rehearsal mode it starts and stops.

Typing into an empty database creates the first pitch, so the editor is usable from the first second.

The text saves after a pause and at least every 1.5 s while typing on, so a crash loses at most the last moments
(issue 19; :mod:`app.ui.pitches.pitch_saver`, with the retries of a save the database refuses for now). A
pitch changed elsewhere meanwhile (an import, Undo, another program) shows the change in place while the user is not
typing; typed text and the other change merge when they are in different places; otherwise the typed text is kept
and the other version stays in the pitch's revisions.

Rehearsal mode lives in :mod:`app.ui.pitches.rehearsal_controller`, the actions in :mod:`app.ui.pitches.page_actions`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
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
from app.core.pitches.queries import stored_body, stored_pitch
from app.core.pitches.service import PitchDetails, PitchError
from app.core.pitches.timing import Thresholds
from app.core.translated import shown
from app.ui.pitches.action_bar import ActionBar
from app.ui.pitches.commands import CreatePitchCommand, DeletePitchCommand, EditDetailsCommand
from app.ui.pitches.header import PitchHeader, ThresholdsDialog
from app.ui.pitches.history_view import HistoryView
from app.ui.pitches.page_actions import build_actions
from app.ui.pitches.pitch_list_model import ID_ROLE, PitchItemDelegate, PitchListModel
from app.ui.pitches.pitch_saver import PitchSaver
from app.ui.pitches.rehearsal_controller import RehearsalController
from app.ui.pitches.write_tab import WriteTab
from app.ui.widgets.live_text import replace_in_place
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading, sentence

log = logging.getLogger(__name__)

ANALYSIS_MS = 150


class PitchesPage(Page):
    """The pitch studio."""

    title = "Pitches"
    icon_name = "pitches"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("pitchesPage")
        self.setAccessibleName(self.tr("Pitches"))
        self.pitch_id: int | None = None
        self._details: PitchDetails | None = None
        self._loaded_body = ""
        self._pending_select: int | None = None

        self._build_list()
        self._build_studio()
        self._build_bar()
        self.rehearsals = RehearsalController(self)
        self.rehearsal, self.session = self.rehearsals.view, self.rehearsals.session

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

        self.saver = PitchSaver(self)
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
        self.rehearsals.set_mode_writing()

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
        self.list.setAccessibleDescription(self.tr("Your pitches; choose one to write, rehearse or look back on it"))
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

    def _build_actions(self) -> None:
        build_actions(self)

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
        self.saver.keep_unsaved()
        self.load_pitch(current.data(ID_ROLE) if current.isValid() else None)

    def load_pitch(self, pitch_id: int | None) -> None:
        pitch = stored_pitch(pitch_id)
        same = pitch is not None and pitch.id == self.pitch_id
        self.pitch_id = pitch.id if pitch else None
        self._details = pitch.details if pitch else None
        names = [c.display_name for c in pitches.linked_contacts(pitch.id)] if pitch else []
        self.header.set_details(self._details, names)
        body = pitch.body if pitch else ""
        if not same:
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.saver.unsaved.get(pitch.id, body) if pitch else body)
            self.editor.blockSignals(False)
            self._loaded_body = body
        elif body != self._loaded_body:
            self._take_stored(body)  # changed elsewhere (Undo, a revision restored, another program)
        if not self.saver.failing:
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
        self.rehearsals.prepare()

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
            self.saver.typed()

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
        self.ctx.publish(pitches.CHANGES)

    def _update_counts(self) -> None:
        wpm = self._details.wpm if self._details else 150
        target = self._details.target_seconds if self._details else 30
        self.write.update_counts(wpm, target)

    def _analyse(self) -> None:
        self.write.analyse()

    def has_pending(self) -> bool:
        return self.saver.has_pending()

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
        body = stored_body(self.pitch_id)
        if body is not None and body != self._loaded_body:
            self._take_stored(body)

    def save_now(self) -> None:
        """Write the pending text now (autosave, switching pitch, leaving, closing)."""
        self.saver.save_now()

    def save_before_quitting(self) -> None:
        self.saver.save_before_quitting()

    def flush_pending_edits(self) -> None:
        """Called by the main window before it closes."""
        self.save_now()
        self.rehearsals.cancel_for_closing()

    def save_version(self) -> None:
        if self.pitch_id is None:
            return
        self.saver.stop_timers()
        body = self.editor.toPlainText()
        try:
            pitches.save_body(self.pitch_id, body, clock=self.ctx.clock, new_revision=True)
        except PitchError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), sentence(shown(exc.reason)))
            return
        self._loaded_body = body
        self.save_state.setText(self.tr("Version saved"))
        self.ctx.publish(pitches.CHANGES)

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
            QMessageBox.warning(self, self.tr("Pitch not changed"), sentence(shown(exc.reason)))
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
            self.rehearsals.open_without_starting()
        else:
            self.tabs.setCurrentIndex(0)
            self.editor.setFocus()

    # --- rehearsal (app.ui.pitches.rehearsal_controller) ------------------------------------------------------------
    @property
    def rehearsing(self) -> bool:
        return self.rehearsals.rehearsing

    def start_or_stop(self) -> None:
        self.rehearsals.start_or_stop()

    def rehearsal_toggle(self) -> None:
        self.rehearsals.toggle()

    def leave_rehearsal(self) -> None:
        self.rehearsals.leave()

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, timeout_ms)

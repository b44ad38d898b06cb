"""Meeting prep (``meetingPrep``): one window to read before a coffee, opened from a contact, a follow-up or a planned
meeting (Contacts → Prepare for a Meeting…, Ctrl+Alt+P).

Left: what we know (``prepKnown``), research notes (``prepResearch``, saved as you type — undoable) and the questions
to ask (``prepQuestions``, tick them off, add your own). Right: the pitch that suits them (``prepPitch``), the give/ask
balance with the one-click gives, and the meeting reminders (``prepReminders``). Below: Print…, Save PDF… and the one
click that logs the meeting afterwards (``prepLog``) — the follow-up rules then add the thank-you.

A window of its own (not modal) so it can stay open beside the rest of Rapport; one per contact. The panels are
widgets of their own (:mod:`app.ui.coach.prep_panels`, :mod:`app.ui.coach.prep_research`); this window loads the
prep sheet into them and does what their buttons ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QHBoxLayout, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from app.core.coach import meeting_prep
from app.core.coach.meeting_prep import PrepSheet
from app.core.followups import service as followups
from app.ui.coach import prep_print
from app.ui.coach.give_widgets import request_give
from app.ui.coach.prep_panels import AfterMeetingBar, GivePanel, KnownPanel, PitchPanel, PrepHeader, RemindersPanel
from app.ui.coach.prep_research import ResearchPanel
from app.ui.contacts.presentation import KIND_LABELS
from app.ui.context import AppContext
from app.ui.widgets.modal import run_modal


class MeetingPrepDialog(QDialog):
    """Prepare for a meeting with one contact (see the module docstring)."""

    rehearse_requested = Signal(int)
    open_contact = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        followup_id: int | None = None,
        interaction_id: int | None = None,
        opportunity_id: int | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.opportunity_id = opportunity_id
        self.followup_id = followup_id
        self.interaction_id = interaction_id
        self.sheet: PrepSheet | None = None
        self._closed = False
        self.setObjectName("meetingPrep")
        self.setAccessibleName(self.tr("Meeting prep"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 780)
        self._build()
        self._build_actions()
        self.load()
        self.research.notes.setFocus()
        for signal in (ctx.bus.interactions_changed, ctx.bus.contacts_changed, ctx.bus.pitches_changed):
            signal.connect(self._data_changed)
        ctx.bus.data_reset.connect(self._data_changed)

    # --- layout --------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PrepHeader()
        outer.addWidget(self.header)

        self.known = KnownPanel()
        self.known.link_activated.connect(self._link)
        self.research = ResearchPanel(self.ctx, self.contact_id, lambda: self.sheet.name if self.sheet else "")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.known)
        left.addWidget(self.research)
        left.addStretch(1)

        self.pitch = PitchPanel()
        self.pitch.rehearse_clicked.connect(self._rehearse)
        self.give = GivePanel()
        self.give.give_requested.connect(self._give)
        self.reminders = RemindersPanel()
        right = QVBoxLayout()
        right.setSpacing(8)
        for panel in (self.pitch, self.give, self.reminders):
            right.addWidget(panel)
        right.addStretch(1)

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(24, 0, 24, 16)
        columns.setSpacing(32)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        self.bar = AfterMeetingBar()
        self.bar.log_clicked.connect(self.log_meeting)
        self.bar.print_clicked.connect(self.print_sheet)
        self.bar.pdf_clicked.connect(lambda: self.save_pdf())
        self.bar.close_clicked.connect(self.close)
        outer.addWidget(self.bar)
        self.kind = self.bar.kind  # the kind of meeting Log it records

    def _build_actions(self) -> None:
        for text, shortcut, slot, tip in (
            (self.tr("Print…"), QKeySequence.StandardKey.Print, self.print_sheet, self.tr("Print the prep sheet")),
            (self.tr("Save PDF…"), "Ctrl+Shift+S", lambda: self.save_pdf(), self.tr("Save the prep sheet as a PDF")),
            (self.tr("Log it"), "Ctrl+Return", self.log_meeting, self.tr("Log the meeting (after it)")),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- loading -------------------------------------------------------------------------------------------------
    def load(self) -> bool:
        """Read everything again; False (and the window closes) when the contact is gone."""
        try:
            sheet = meeting_prep.prep_sheet(
                self.contact_id,
                followup_id=self.followup_id,
                interaction_id=self.interaction_id,
                clock=self.ctx.clock,
                opportunity_id=self.opportunity_id,
            )
        except meeting_prep.PrepError:
            if self.interaction_id is not None or self.followup_id is not None:
                self.interaction_id = self.followup_id = None
                return self.load()
            QTimer.singleShot(0, self.close)
            return False
        self.sheet = sheet
        today = self.ctx.clock.today()
        self.setWindowTitle(self.tr("Prepare: {name}").format(name=sheet.name))
        self.header.fill(sheet, today)
        self.bar.show_meeting(sheet.meeting, self.ctx.clock.now())
        self._fill_opportunity(sheet, today)
        self.known.fill_known(sheet, today)
        self.research.show_stored(sheet.research)
        self.pitch.fill(sheet, today)
        self.give.fill(sheet, today)
        self.reminders.fill(sheet)
        return True

    def _fill_opportunity(self, sheet: PrepSheet, today) -> None:
        """The interview's opportunity (issue 22), first on the left; hidden for an ordinary meeting."""
        from app.ui.opportunities.prep_section import interview_line

        self.known.fill_opportunity(sheet, today)
        brief = sheet.opportunity
        if brief is None:
            return
        self.setWindowTitle(self.tr("Prepare: {name}, {role}").format(name=sheet.name, role=brief.headline))
        line = interview_line(brief, today)
        if line and not sheet.meeting.planned:
            self.header.show_interview(line)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.research.fit_questions)

    def save_research(self) -> None:
        """Store the notes and questions now (pushes one undoable step per editing session)."""
        self.research.save_research()

    # --- actions -------------------------------------------------------------------------------------------------
    def _data_changed(self) -> None:
        if self.isVisible():
            QTimer.singleShot(0, self.load)

    def _link(self, href: str) -> None:
        if href.isdigit():
            self.open_contact.emit(int(href))
        elif href.startswith("opportunity:") and href[12:].isdigit():
            opener = getattr(self.parent(), "open_opportunity", None)
            if callable(opener):
                opener(int(href[12:]))
        elif href.startswith(("https://", "http://")):
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(href))

    def _rehearse(self) -> None:
        if self.sheet is not None and self.sheet.pitch is not None:
            self.rehearse_requested.emit(self.sheet.pitch.pitch_id)

    def _give(self, action: str) -> None:
        request_give(self.ctx, self.contact_id, action, self)

    def log_meeting(self) -> None:
        """After the meeting: one click logs it (the rules add the thank-you); from a follow-up, that follow-up is
        done too. A planned meeting still ahead moves to now; one already past opens for notes."""
        from app.ui.coach.commands import MarkMeetingHappened
        from app.ui.contacts.history_commands import LogInteraction

        if self.sheet is None:
            return
        self.save_research()
        meeting = self.sheet.meeting
        name = self.sheet.name
        now = self.ctx.clock.now()
        kind = self.kind.currentData() or "coffee"
        label = f"{self.tr(KIND_LABELS.get(kind, kind))} · {name}"
        if meeting.planned:
            if meeting.when is not None and meeting.when > now:
                self.ctx.undo_stack.push(MarkMeetingHappened(self.ctx, meeting.interaction_id, now, label))
                self._logged(kind)
            else:
                from app.ui.dialogs.log_interaction import LogInteractionDialog

                run_modal(LogInteractionDialog(self.ctx, parent=self, interaction_id=meeting.interaction_id))
            return
        first = name.split()[0] if name.split() else name
        summary = self.tr("{kind} with {name}").format(kind=self.tr(KIND_LABELS.get(kind, kind)), name=first)
        # One use case, one undo step: the interaction, and the meeting's follow-up done if still open after it.
        command = LogInteraction(
            self.ctx, self.contact_id, kind, now, summary, label=label, complete_followup_id=meeting.followup_id
        )
        self.ctx.undo_stack.push(command)
        self.interaction_id = command.interaction_id
        self.followup_id = None
        self._logged(kind)

    def _logged(self, kind: str) -> None:
        thanks = [
            f
            for f in followups.for_contact(self.contact_id, clock=self.ctx.clock)
            if f.kind == "thank_you" and f.due <= self.ctx.clock.today()
        ]
        text = self.tr("Logged the {kind}.").format(kind=self.tr(KIND_LABELS.get(kind, kind)).lower())
        if thanks:
            text += " " + self.tr("Send your thank-you today.")
        self.bar.logged.setText(text)
        self.load()

    def _html(self) -> str:
        self.save_research()
        questions = self.research.current_questions()
        return prep_print.sheet_html(self.sheet, questions, self.research.notes.toPlainText(), self.ctx.clock.today())

    def print_sheet(self) -> None:
        if self.sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prep_print.configure(printer)
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            prep_print.print_html(printer, self._html())

    def save_pdf(self, path: str | None = None) -> Path | None:
        if self.sheet is None:
            return None
        if path is None:
            from app.core.coach import outgoing

            suggested = self.ctx.paths.data_dir.parent / f"{outgoing.safe_filename('Prep — ' + self.sheet.name)}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the prep sheet"), str(suggested), "PDF (*.pdf)")
            if not path:
                return None
        try:
            saved = prep_print.save_pdf(Path(path), self._html())
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save PDF"), self.tr("Could not write {path}:\n{error}").format(path=path, error=exc)
            )
            return None
        self.bar.logged.setText(self.tr("Saved {name}").format(name=saved.name))
        return saved

    def closeEvent(self, event) -> None:
        self.save_research()
        if not self._closed:
            self._closed = True
            self.research.disconnect_bus()
        super().closeEvent(event)


def open_prep(
    ctx: AppContext,
    contact_id: int,
    parent: QWidget,
    *,
    followup_id: int | None = None,
    interaction_id: int | None = None,
    opportunity_id: int | None = None,
) -> MeetingPrepDialog:
    """Show the prep window for ``contact_id`` (the one already open for them, brought forward, if any);
    ``opportunity_id``: an interview for that opportunity (issue 22)."""
    window = parent.window()
    for existing in window.findChildren(MeetingPrepDialog):
        if existing.contact_id == contact_id and existing.isVisible():
            if followup_id is not None or interaction_id is not None or opportunity_id is not None:
                existing.followup_id, existing.interaction_id = followup_id, interaction_id
                existing.opportunity_id = opportunity_id
                existing.load()
            _bring_forward(existing)
            return existing
    dialog = MeetingPrepDialog(
        ctx,
        contact_id,
        window,
        followup_id=followup_id,
        interaction_id=interaction_id,
        opportunity_id=opportunity_id,
    )
    if hasattr(window, "open_contact"):
        dialog.open_contact.connect(window.open_contact)
    dialog.rehearse_requested.connect(lambda pitch_id: _rehearse(window, pitch_id))
    dialog.show()
    return dialog


def _rehearse(window, pitch_id: int) -> None:
    show = getattr(window, "show_page", None)
    if not callable(show):
        return
    page = show("pitchesPage")
    if hasattr(page, "select_pitch"):
        page.select_pitch(pitch_id)
        page.refresh_now()
    start = getattr(page, "start_step", None)
    if callable(start):
        start("rehearse")
    _bring_forward(window)


def _bring_forward(widget: QWidget) -> None:
    """Raise and focus a window (not possible, and warned about, on the offscreen platform of tests and self-test)."""
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()

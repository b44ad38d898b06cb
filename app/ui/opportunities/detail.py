"""One opportunity under the board or the table (``opportunityDetail``), in three columns:

- what it is (``opportunityTitle``, ``opportunitySubtitle``, ``opportunityStatus``, the posting link, salary notes)
  with Move to ▾ (``opportunityMoveButton``), Edit… (``opportunityEdit``) and the notes, saved as you type and
  undoable (``opportunityNotes``);
- the people, each one click from their contact (``opportunityPeople``; all of them at once with Show in Contacts,
  ``opportunityShowPeople``), and the interviews (``opportunityInterviews``: Schedule…, Prepare…);
- the stage history with each move's day (``opportunityHistory``; double-click to correct a day), the documents sent
  (``opportunityDocuments``) and the open follow-ups (``opportunityFollowups``).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.followups.service import KIND_LABELS
from app.core.opportunities import documents, queries
from app.core.opportunities.lookups import stored_notes
from app.core.opportunities.queries import OpportunityDetail
from app.ui.coach.labels import quiet, quieten
from app.ui.i18n import in_sentence
from app.ui.opportunities.commands import DeleteInterview, EditHistoryDay, SetNotes
from app.ui.opportunities.detail_widgets import DayDialog, fit_rows, list_widget, pane_button
from app.ui.opportunities.presentation import (
    days_text,
    format_text,
    role_text,
    source_text,
    stage_text,
    tr,
    when_text,
)
from app.ui.widgets.text import full_date, heading, labelled, relative_day

SAVE_DELAY_MS = 600
MAX_WAIT_MS = 1500  # steady typing is saved at least this often too (issue 19: a kill lost it all)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OpportunityDetailPane(QWidget):
    """See the module docstring. Signals name what the page or the window does."""

    open_contact = Signal(int)
    show_people = Signal(list, str)
    edit_requested = Signal(int)
    move_menu_requested = Signal(int, object)
    schedule_requested = Signal(int)
    edit_interview_requested = Signal(int, int)
    prepare_requested = Signal(int)
    send_requested = Signal(int)
    library_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("opportunityDetail")
        self.setAccessibleName(tr("Opportunity details"))
        self.opportunity_id: int | None = None
        self.detail: OpportunityDetail | None = None
        self._filling = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_notes)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_notes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.hint = QLabel(
            tr("Choose an opportunity to see its people, its history and what you sent — or add one (Ctrl+Shift+J).")
        )
        self.hint.setObjectName("opportunityDetailHint")
        self.hint.setAccessibleName(tr("No opportunity chosen"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        quieten(self.hint)
        self.stack.addWidget(self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(16, 8, 16, 4)
        columns.setSpacing(24)
        columns.addLayout(self._overview(), 4)
        columns.addLayout(self._people_column(), 3)
        columns.addLayout(self._history_column(), 3)

    # --- layout ---------------------------------------------------------------------------------------------------
    def _overview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title = heading("", level=2)
        self.title.setObjectName("opportunityTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("opportunitySubtitle")
        self.subtitle.setAccessibleName(tr("Company"))
        self.subtitle.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("opportunityStatus")
        self.status.setAccessibleName(tr("Stage"))
        self.status.setWordWrap(True)
        self.links = QLabel()
        self.links.setObjectName("opportunityLinks")
        self.links.setAccessibleName(tr("Links"))
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.links.linkActivated.connect(self._open_url)
        for widget in (self.title, self.subtitle, self.status, self.links):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.move_button = QToolButton()
        self.move_button.setObjectName("opportunityMoveButton")
        self.move_button.setText(tr("Move to…"))
        self.move_button.setToolTip(tr("Move to another stage (Ctrl+Shift+Right: the next one)"))
        self.move_button.setAccessibleName(tr("Move to another stage"))
        self.move_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.move_button.clicked.connect(
            lambda: self.move_menu_requested.emit(
                self.opportunity_id, self.move_button.mapToGlobal(self.move_button.rect().bottomLeft())
            )
        )
        self.edit_button = pane_button(
            tr("Edit…"), "opportunityEdit", tr("Edit the role, company, people… (Ctrl+E)"), "edit"
        )
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.opportunity_id))
        self.delete_button = pane_button(
            tr("Delete…"), "opportunityDelete", tr("Delete this opportunity (Delete)"), "trash"
        )
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.opportunity_id))
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        column.addSpacing(4)
        column.addLayout(buttons)
        column.addSpacing(4)
        column.addWidget(quiet(tr("Notes"), wrap=False))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("opportunityNotes")
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setAccessibleDescription(tr("Your notes on this opportunity, saved as you type; Tab moves on"))
        self.notes.setPlaceholderText(tr("What you know about the role, the team, the questions to ask…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(48)
        self.notes.textChanged.connect(self._notes_edited)
        column.addWidget(self.notes, 1)
        return column

    def _people_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(heading(tr("People"), level=3))
        self.people = QLabel()
        self.people.setObjectName("opportunityPeople")
        self.people.setAccessibleName(tr("People"))
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.people.linkActivated.connect(self._person_link)
        column.addWidget(self.people)
        row = QHBoxLayout()
        self.show_people_button = pane_button(
            tr("Show in Contacts"), "opportunityShowPeople", tr("List these people on the Contacts page"), "contacts"
        )
        self.show_people_button.clicked.connect(self._show_people)
        row.addWidget(self.show_people_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(8)
        column.addWidget(heading(tr("Interviews"), level=3))
        self.interviews = list_widget("opportunityInterviews", tr("Interviews"))
        self.interviews.setAccessibleDescription(
            tr("The interviews for this opportunity; Enter edits the chosen one, Delete removes it")
        )
        self.interviews.itemActivated.connect(
            lambda item: self.edit_interview_requested.emit(self.opportunity_id, item.data(ID_ROLE))
        )
        self.interviews.installEventFilter(self)
        column.addWidget(self.interviews)
        row = QHBoxLayout()
        self.schedule_button = pane_button(
            tr("Schedule…"), "opportunityScheduleInterview", tr("Add a round of interviews (Ctrl+I)"), "calendar"
        )
        self.schedule_button.clicked.connect(lambda: self.schedule_requested.emit(self.opportunity_id))
        self.prepare_button = pane_button(
            tr("Prepare…"), "opportunityPrepare", tr("The prep sheet for the next interview"), "prep"
        )
        self.prepare_button.clicked.connect(lambda: self.prepare_requested.emit(self.opportunity_id))
        row.addWidget(self.schedule_button)
        row.addWidget(self.prepare_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return column

    def _history_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(heading(tr("Stage history"), level=3))
        self.history = list_widget("opportunityHistory", tr("Stage history"))
        self.history.setToolTip(tr("Double-click a move to correct its day"))
        self.history.itemActivated.connect(self._edit_day)
        column.addWidget(self.history)
        column.addSpacing(8)
        column.addWidget(heading(tr("Documents sent"), level=3))
        self.documents = list_widget("opportunityDocuments", tr("Documents sent"))
        self.documents.setToolTip(tr("Double-click to open the file"))
        self.documents.itemActivated.connect(self._open_document)
        column.addWidget(self.documents)
        row = QHBoxLayout()
        self.send_button = pane_button(
            tr("Record sent…"), "opportunitySendDocument", tr("Record a résumé or cover letter you sent"), "kind-sent"
        )
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self.opportunity_id))
        self.library_button = pane_button(
            tr("Documents…"), "opportunityDocumentsLibrary", tr("Your résumés and cover letters, by version")
        )
        self.library_button.clicked.connect(self.library_requested)
        row.addWidget(self.send_button)
        row.addWidget(self.library_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addSpacing(8)
        self.followups = QLabel()
        self.followups.setObjectName("opportunityFollowups")
        self.followups.setAccessibleName(tr("Follow-ups coming up"))
        self.followups.setWordWrap(True)
        self.followups.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.followups)
        column.addStretch(1)
        return column

    # --- filling --------------------------------------------------------------------------------------------------
    def show_opportunity(self, opportunity_id: int | None) -> bool:
        """Show one opportunity (None, or one that is gone: the hint)."""
        if opportunity_id != self.opportunity_id:
            self.save_notes()
        detail = queries.detail(opportunity_id, clock=self.ctx.clock) if opportunity_id else None
        self.opportunity_id = detail.row.id if detail else None
        self.detail = detail
        if detail is None:
            self.stack.setCurrentWidget(self.hint)
            return False
        self.stack.setCurrentIndex(1)
        self._fill(detail)
        return True

    def _fill(self, detail: OpportunityDetail) -> None:
        row = detail.row
        today = self.ctx.clock.today()
        self.title.setText(row.role)
        company = row.company + ("\u00a0★" if row.is_target else "")
        self.subtitle.setText(" · ".join(p for p in (company, row.location) if p))
        self.subtitle.setToolTip(tr("{c} is on your target list").format(c=row.company) if row.is_target else "")
        status = [
            tr("{stage} for {days}").format(stage=stage_text(row.stage), days=days_text(row.days_in_stage(today))),
            source_text(row.source),
        ]
        if row.applied_on:
            status.append(tr("applied {when}").format(when=relative_day(row.applied_on, today)))
        self.status.setText(" · ".join(status))
        self.status.setToolTip(
            tr("At {stage} since {day}").format(stage=stage_text(row.stage), day=full_date(row.stage_since))
        )
        links = []
        if row.posting_url:
            posting = tr("Job posting ↗")  # not inside the f-string, where lupdate does not look
            links.append(f'<a href="{escape(row.posting_url)}">{escape(posting)}</a>')
        if detail.salary_notes:
            links.append(escape(tr("Salary: {notes}").format(notes=detail.salary_notes)))
        self.links.setText("<br>".join(links))
        self.links.setVisible(bool(links))
        if not self._save_timer.isActive() and not self.notes.hasFocus():
            self._filling = True
            if self.notes.toPlainText() != detail.notes:
                self.notes.setPlainText(detail.notes)
            self._filling = False
        self._fill_people(detail)
        self._fill_interviews(detail, today)
        self._fill_history(detail, today)
        self._fill_documents(detail, today)
        self._fill_followups(detail, today)

    def _fill_people(self, detail: OpportunityDetail) -> None:
        lines = []
        trashed = tr("in the trash")  # outside the f-string, where lupdate does not look
        for person in detail.row.people:
            name = escape(person.name)
            link = f'<a href="{person.contact_id}">{name}</a>' if not person.trashed else f"{name} ({trashed})"
            lines.append(f"{link} — {escape(in_sentence(role_text(person.role)))}")
        self.people.setText(
            "<br>".join(lines)
            if lines
            else escape(tr("Nobody yet. Who referred you, who is hiring, who can tell you about the team? (Edit…)"))
        )
        self.show_people_button.setEnabled(any(not p.trashed for p in detail.row.people))

    def _fill_interviews(self, detail: OpportunityDetail, today: dt.date) -> None:
        self.interviews.clear()
        now = self.ctx.clock.now()
        for interview in detail.interviews:
            who = ", ".join(p.name for p in interview.interviewers)
            parts = [
                tr("Round {n}").format(n=interview.round),
                when_text(interview.starts_at, today),
                format_text(interview.format),
            ]
            if who:
                parts.append(who)
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, interview.id)
            start = interview.starts_at
            tip = f"{full_date(start.date())}, {start:%H:%M}, {interview.duration_minutes} min"
            if interview.location:
                tip += f"\n{interview.location}"
            if interview.notes:
                tip += f"\n\n{interview.notes}"
            item.setToolTip(tip)
            if interview.starts_at < now:
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.interviews.addItem(item)
        if not detail.interviews:
            item = QListWidgetItem(tr("None yet — schedule one when it is set."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.interviews.addItem(item)
        fit_rows(self.interviews, 3)
        ahead = [i for i in detail.interviews if i.starts_at >= now]
        self.prepare_button.setEnabled(bool(ahead))
        self.prepare_button.setToolTip(
            tr("The prep sheet for the interview {when}").format(when=when_text(ahead[0].starts_at, today))
            if ahead
            else tr("Schedule an interview to prepare for it")
        )

    def _fill_history(self, detail: OpportunityDetail, today: dt.date) -> None:
        self.history.clear()
        for entry in reversed(detail.history):
            length = (
                days_text(entry.days)
                if entry.days is not None
                else tr("{d} so far").format(d=days_text((today - entry.day).days))
            )
            text = f"{stage_text(entry.stage)} · {relative_day(entry.day, today)} · {length}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(full_date(entry.day) + (f"\n{entry.note}" if entry.note else ""))
            self.history.addItem(item)
        fit_rows(self.history, 5)

    def _fill_documents(self, detail: OpportunityDetail, today: dt.date) -> None:
        self.documents.clear()
        for sent in detail.sent:
            to = tr(" to {name}").format(name=sent.contact_name) if sent.contact_name else ""
            item = QListWidgetItem(
                tr("{doc} v{n}{to} · {when}").format(
                    doc=sent.document, n=sent.version, to=to, when=relative_day(sent.sent_on, today)
                )
            )
            item.setData(ID_ROLE, sent.file_name)
            item.setToolTip(full_date(sent.sent_on) + (f"\n{sent.note}" if sent.note else ""))
            self.documents.addItem(item)
        if not detail.sent:
            item = QListWidgetItem(tr("Nothing recorded yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.documents.addItem(item)
        fit_rows(self.documents, 3)

    def _fill_followups(self, detail: OpportunityDetail, today: dt.date) -> None:
        if not detail.followups:
            self.followups.setText("")
            return
        overdue = escape(tr("overdue"))
        lines = [
            f"{escape(f.title)} — <i>{escape(relative_day(f.due, today))}</i>"
            if f.due >= today
            else f"{escape(f.title)} — <b>{overdue}</b>"
            for f in detail.followups[:2]
        ]
        if len(detail.followups) > 2:
            lines.append(escape(tr("… and {n} more on Today and the Calendar").format(n=len(detail.followups) - 2)))
        heading_text = escape(tr("Coming up"))
        self.followups.setText(f"<b>{heading_text}</b><br>" + "<br>".join(lines))
        coming = (labelled(KIND_LABELS.get(f.kind, f.kind), f.title) for f in detail.followups)
        self.followups.setToolTip("\n".join(coming))

    # --- actions --------------------------------------------------------------------------------------------------
    def _person_link(self, href: str) -> None:
        if href.isdigit():
            self.open_contact.emit(int(href))

    def _show_people(self) -> None:
        if self.detail is None:
            return
        ids = list(dict.fromkeys(p.contact_id for p in self.detail.row.people if not p.trashed))
        row = self.detail.row
        self.show_people.emit(ids, tr("People on {role} at {company}").format(role=row.role, company=row.company))

    def _open_url(self, href: str) -> None:
        url = QUrl(href)
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _open_document(self, item: QListWidgetItem) -> None:
        name = item.data(ID_ROLE)
        if not name:
            return
        try:
            path = documents.document_path(self.ctx.paths.data_dir, name)
        except documents.DocumentError:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _edit_day(self, item: QListWidgetItem) -> None:
        from app.core.opportunities.lookups import history_day
        from app.ui.widgets.modal import run_modal

        history_id = item.data(ID_ROLE)
        day = history_day(history_id)
        if day is None:
            return
        dialog = DayDialog(day, self.ctx.clock.today(), self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and dialog.value() != day:
            command = EditHistoryDay(self.ctx, history_id, dialog.value())
            self.ctx.undo_stack.push(command)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if (
            watched is self.interviews
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            item = self.interviews.currentItem()
            if item is not None and item.data(ID_ROLE):
                self.ctx.undo_stack.push(DeleteInterview(self.ctx, item.data(ID_ROLE)))
                return True
        return super().eventFilter(watched, event)

    def _notes_edited(self) -> None:
        if not self._filling and self.opportunity_id is not None:
            self._save_timer.start()
            if not self._max_wait.isActive():
                self._max_wait.start()

    def save_notes(self) -> None:
        """Store the notes now (one undoable step per editing session)."""
        self._save_timer.stop()
        self._max_wait.stop()
        if self.opportunity_id is None:
            return
        before = stored_notes(self.opportunity_id)
        after = self.notes.toPlainText()
        if before is None or before == after:
            return
        self.ctx.undo_stack.push(SetNotes(self.ctx, self.opportunity_id, before, after))

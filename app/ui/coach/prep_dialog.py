"""Meeting prep (``meetingPrep``): one window to read before a coffee, opened from a contact, a follow-up or a planned
meeting (Contacts → Prepare for a Meeting…, Ctrl+Alt+P).

Left: what we know (``prepKnown``), research notes (``prepResearch``, saved as you type — undoable) and the questions
to ask (``prepQuestions``, tick them off, add your own). Right: the pitch that suits them (``prepPitch``), the give/ask
balance with the one-click gives, and the meeting reminders (``prepReminders``). Below: Print…, Save PDF… and the one
click that logs the meeting afterwards (``prepLog``) — the follow-up rules then add the thank-you.

A window of its own (not modal) so it can stay open beside the rest of Rapport; one per contact.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.coach import giving, meeting_prep
from app.core.coach.meeting_prep import PrepSheet
from app.core.contacts import research
from app.core.followups import service as followups
from app.models import CONVERSATION_KINDS, FollowUp
from app.ui.coach import prep_print
from app.ui.coach.commands import SaveResearch, research_bus
from app.ui.coach.give_widgets import GiveButtons, request_give
from app.ui.coach.labels import quieten
from app.ui.contacts.presentation import KIND_LABELS, STAGE_LABELS, TIE_LABELS
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.modal import run_modal
from app.ui.widgets.text import full_date, heading, relative_day

SAVE_DELAY_MS = 700
MAX_WAIT_MS = 1500  # steady typing is saved at least this often too (issue 19: a kill lost it all)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
WORDS = {"who": "Who", "what": "What", "why": "Why", "where": "Where", "when": "When", "mine": "Mine"}


def _wrapping(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def _section(title: str) -> QLabel:
    label = heading(title, level=2)
    label.setContentsMargins(0, 8, 0, 0)
    return label


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
        self._research = research.Research()
        self._filling = False
        self._closed = False
        self.setObjectName("meetingPrep")
        self.setAccessibleName(self.tr("Meeting prep"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(980, 780)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_research)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_research)
        self._build()
        self._build_actions()
        self.load()
        self.notes.setFocus()
        research_bus(ctx).changed.connect(self._research_changed)
        for signal in (ctx.bus.interactions_changed, ctx.bus.contacts_changed, ctx.bus.pitches_changed):
            signal.connect(self._data_changed)
        ctx.bus.data_reset.connect(self._data_changed)

    # --- layout --------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget()
        top = QVBoxLayout(header)
        top.setContentsMargins(24, 16, 24, 8)
        top.setSpacing(4)
        self.title = heading("", level=1)
        self.title.setObjectName("prepTitle")
        self.title.setWordWrap(True)
        self.subtitle = quieten(_wrapping(name="prepSubtitle"))
        self.meeting_line = _wrapping(name="prepMeeting")
        strong = QFont(self.meeting_line.font())
        strong.setBold(True)
        self.meeting_line.setFont(strong)
        for widget in (self.title, self.subtitle, self.meeting_line):
            top.addWidget(widget)
        outer.addWidget(header)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(24, 0, 24, 16)
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(8)
        right = QVBoxLayout()
        right.setSpacing(8)

        self.opportunity_heading = _section(self.tr("The interview"))  # issue 22: an opportunity's brief
        left.addWidget(self.opportunity_heading)
        self.opportunity_box = _wrapping(name="prepOpportunity")
        self.opportunity_box.setTextFormat(Qt.TextFormat.RichText)
        self.opportunity_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.opportunity_box.linkActivated.connect(self._link)
        left.addWidget(self.opportunity_box)
        left.addWidget(_section(self.tr("What you know")))
        self.known = _wrapping(name="prepKnown")
        self.known.setTextFormat(Qt.TextFormat.RichText)
        self.known.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.known.linkActivated.connect(self._link)
        left.addWidget(self.known)

        left.addWidget(_section(self.tr("Research notes")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("prepResearch")
        self.notes.setAccessibleName(self.tr("Research notes"))
        self.notes.setPlaceholderText(
            self.tr(
                "What you found out before meeting them: their company's news, their role, a talk they gave, "
                "people you both know…"
            )
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        self.notes.setMaximumHeight(180)
        self.notes.textChanged.connect(self._notes_edited)
        left.addWidget(self.notes)

        left.addWidget(_section(self.tr("Questions to ask")))
        hint = quieten(
            _wrapping(self.tr("Asking good questions is a gift in itself: who, what, why, where, when. Tick them off."))
        )
        left.addWidget(hint)
        self.questions = QListWidget()
        self.questions.setObjectName("prepQuestions")
        self.questions.setAccessibleName(self.tr("Questions to ask"))
        self.questions.setWordWrap(True)
        self.questions.setUniformItemSizes(False)
        self.questions.setSpacing(2)
        self.questions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.itemChanged.connect(self._question_ticked)
        self.questions.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        left.addWidget(self.questions)
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        self.new_question = QLineEdit()
        self.new_question.setObjectName("prepNewQuestion")
        self.new_question.setAccessibleName(self.tr("Your own question"))
        self.new_question.setPlaceholderText(self.tr("Add a question of your own"))
        self.new_question.setMaxLength(research.MAX_QUESTION)
        self.new_question.returnPressed.connect(self.add_question)
        add = QPushButton(ui_icon("add"), self.tr("Add"))
        add.clicked.connect(self.add_question)
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(add)
        left.addLayout(add_row)
        left.addStretch(1)

        self.pitch_heading = _section(self.tr("Your pitch"))
        right.addWidget(self.pitch_heading)
        self.pitch_frame = QFrame()
        self.pitch_frame.setObjectName("prepPitch")
        self.pitch_frame.setAccessibleName(self.tr("Your pitch"))
        self.pitch_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.pitch_frame.setAutoFillBackground(True)
        self.pitch_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        pitch = QVBoxLayout(self.pitch_frame)
        pitch.setContentsMargins(12, 10, 12, 10)
        pitch.setSpacing(6)
        self.pitch_title = QLabel()
        self.pitch_title.setObjectName("prepPitchTitle")
        bold = QFont(self.pitch_title.font())
        bold.setBold(True)
        self.pitch_title.setFont(bold)
        self.pitch_body = _wrapping(name="prepPitchBody")
        body_font = QFont(self.pitch_body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.pitch_body.setFont(body_font)
        self.pitch_reason = quieten(_wrapping(name="prepPitchReason"))
        self.pitch_rehearsed = _wrapping(name="prepRehearsed")
        rehearse_row = QHBoxLayout()
        rehearse_row.addWidget(self.pitch_rehearsed, 1)
        self.rehearse_button = QPushButton(ui_icon("pitches"), self.tr("Rehearse…"))
        self.rehearse_button.setObjectName("prepRehearse")
        self.rehearse_button.setToolTip(self.tr("Open this pitch in rehearsal mode"))
        self.rehearse_button.clicked.connect(self._rehearse)
        rehearse_row.addWidget(self.rehearse_button, 0, Qt.AlignmentFlag.AlignTop)
        for widget in (self.pitch_title, self.pitch_body, self.pitch_reason):
            pitch.addWidget(widget)
        pitch.addLayout(rehearse_row)
        right.addWidget(self.pitch_frame)

        right.addWidget(_section(self.tr("Give before you ask")))
        self.balance = _wrapping(name="prepBalance")
        right.addWidget(self.balance)
        self.give_buttons = GiveButtons()
        self.give_buttons.give_requested.connect(self._give)
        right.addWidget(self.give_buttons)

        right.addWidget(_section(self.tr("During the meeting")))
        self.reminders = _wrapping(name="prepReminders")
        self.reminders.setTextFormat(Qt.TextFormat.RichText)
        right.addWidget(self.reminders)
        right.addStretch(1)

        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 12)
        bar.setSpacing(8)
        self.after = QLabel(self.tr("After the meeting:"))
        self.kind = QComboBox()
        self.kind.setObjectName("prepKind")
        self.kind.setAccessibleName(self.tr("What kind of meeting"))
        for kind in CONVERSATION_KINDS:
            self.kind.addItem(ui_icon(f"kind-{kind}"), self.tr(KIND_LABELS[kind]), kind)
        self.log_button = QPushButton(ui_icon("log"), self.tr("Log it"))
        self.log_button.setObjectName("prepLog")
        self.log_button.setDefault(False)
        self.log_button.setAutoDefault(False)
        self.log_button.clicked.connect(self.log_meeting)
        self.logged = quieten(QLabel())
        self.logged.setObjectName("prepLogged")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("prepPrint")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("prepPdf")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        for widget in (self.after, self.kind, self.log_button):
            bar.addWidget(widget)
        bar.addWidget(self.logged, 1)
        for widget in (self.print_button, self.pdf_button, self.close_button):
            bar.addWidget(widget)
        outer.addLayout(bar)

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
        self.delete_question_action = QAction(self.tr("Remove this question"), self.questions)
        self.delete_question_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_question_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_question_action.setToolTip(self.tr("Remove one of your own questions"))
        self.delete_question_action.triggered.connect(self.remove_question)
        self.questions.addAction(self.delete_question_action)

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
        self.title.setText(self.tr("Prepare for {name}").format(name=sheet.name))
        parts = [p for p in (sheet.title, sheet.company) if p]
        if sheet.company_is_target:
            parts[-1] += " ★"
        parts.append(self.tr(STAGE_LABELS.get(sheet.stage, sheet.stage)))
        parts.append(self.tr("{tie} tie").format(tie=self.tr(TIE_LABELS.get(sheet.tie, sheet.tie))))
        self.subtitle.setText(" · ".join(parts))
        self._fill_meeting(sheet, today)
        self._fill_opportunity(sheet, today)
        self._fill_known(sheet, today)
        if not self._save_timer.isActive() and not self.notes.hasFocus():
            self._set_research(sheet.research)
        self._fill_pitch(sheet, today)
        self.balance.setText(self._balance_text(sheet, today))
        self.reminders.setText(
            "<ol style='margin-left:-16px'>"
            + "".join(f"<li>{escape(self.tr(r))}</li>" for r in sheet.reminders)
            + "</ol>"
        )
        return True

    def _fill_meeting(self, sheet: PrepSheet, today: dt.date) -> None:
        meeting = sheet.meeting
        if meeting.planned:
            when = meeting.when
            self.meeting_line.setText(
                self.tr("{kind} {day}, {time}{summary}").format(
                    kind=self.tr(KIND_LABELS.get(meeting.kind, meeting.kind)),
                    day=relative_day(when.date(), today),
                    time=f"{when:%H:%M}",
                    summary=f" — {meeting.title}" if meeting.title else "",
                )
            )
            self.meeting_line.setToolTip(full_date(when.date()))
        elif meeting.followup_id is not None:
            due = self.tr(", due {day}").format(day=relative_day(meeting.when.date(), today)) if meeting.when else ""
            self.meeting_line.setText(self.tr("For: {title}{due}").format(title=meeting.title, due=due))
        else:
            self.meeting_line.setText("")
        self.meeting_line.setVisible(bool(self.meeting_line.text()))
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        self._update_log_button()

    def _fill_opportunity(self, sheet: PrepSheet, today: dt.date) -> None:
        """The interview's opportunity (issue 22), first on the left; hidden for an ordinary meeting."""
        from app.ui.opportunities.prep_section import brief_html, interview_line

        brief = sheet.opportunity
        self.opportunity_heading.setVisible(brief is not None)
        self.opportunity_box.setVisible(brief is not None)
        if brief is None:
            return
        self.opportunity_box.setText(brief_html(brief, today))
        self.setWindowTitle(self.tr("Prepare: {name}, {role}").format(name=sheet.name, role=brief.headline))
        line = interview_line(brief, today)
        if line and not sheet.meeting.planned:
            self.meeting_line.setText(line)
            self.meeting_line.setVisible(True)

    def _fill_known(self, sheet: PrepSheet, today: dt.date) -> None:
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str) -> None:
            if value:
                rows.append((self.tr(label), value))

        add("How you met", escape(sheet.how_met))
        add("Why connect", escape(sheet.why_connect))
        if sheet.company:
            text = escape(sheet.company)
            if sheet.company_is_target:
                text += " — " + self.tr("on your target list ★")
            if sheet.colleague_count:
                names = ", ".join(escape(n) for n in sheet.colleagues)
                more = sheet.colleague_count - len(sheet.colleagues)
                text += "<br>" + self.tr("You also know {names}{more} there").format(
                    names=names, more=self.tr(" and {n} more").format(n=more) if more > 0 else ""
                )
            add("Company", text)
        add("Circles", escape(", ".join(sheet.circles)))
        if sheet.trail:
            add("Referred by", " → ".join(escape(n) for n in sheet.trail))
        if sheet.referred_count:
            add(
                "They referred",
                self.tr("1 person to you")
                if sheet.referred_count == 1
                else self.tr("{n} people to you").format(n=sheet.referred_count),
            )
        if sheet.recent:
            lines = []
            for r in sheet.recent:
                summary = f" — {escape(r.summary)}" if r.summary else ""
                lines.append(
                    f"{self.tr(KIND_LABELS.get(r.kind, r.kind))}, {relative_day(r.when.date(), today)}{summary}"
                )
            more = sheet.interaction_count - len(sheet.recent)
            if more > 0:
                lines.append(self.tr("… and {n} earlier").format(n=more))
            add("Last in touch", "<br>".join(lines))
        else:
            add("Last in touch", self.tr("Nothing logged yet — this may be your first conversation."))
        add("You promised", "<br>".join(escape(x) for x in sheet.promised))
        add("They helped with", "<br>".join(escape(x) for x in sheet.they_gave))
        add("You asked", "<br>".join(escape(x) for x in sheet.open_asks))
        add("Notes", escape(sheet.notes).replace("\n", "<br>"))
        cells = "".join(
            f"<tr><td style='padding:2px 12px 6px 0; white-space:nowrap; vertical-align:top'><b>{k}</b></td>"
            f"<td style='padding:2px 0 6px 0; vertical-align:top'>{v}</td></tr>"
            for k, v in rows
        )
        self.known.setText(f"<table cellspacing='0'>{cells}</table>")

    def _fill_pitch(self, sheet: PrepSheet, today: dt.date) -> None:
        pitch = sheet.pitch
        self.rehearse_button.setEnabled(pitch is not None)
        if pitch is None:
            self.pitch_title.setText(self.tr("No pitch written yet"))
            self.pitch_body.setText(
                self.tr("Write a 30-second pitch in plain words on the Pitches page (Ctrl+3) and rehearse it.")
            )
            self.pitch_reason.setText("")
            self.pitch_rehearsed.setText("")
            return
        shown_audience = pitch.audience and pitch.audience.casefold() != pitch.title.casefold()
        audience = self.tr(" · for {a}").format(a=pitch.audience) if shown_audience else ""
        self.pitch_title.setText(f"{pitch.title}{audience} · {pitch.target_seconds} s")
        self.pitch_body.setText(pitch.body)
        self.pitch_reason.setText(self.tr("Why this one: {reason}.").format(reason=self.tr(pitch.reason)))
        if pitch.last_rehearsed is not None:
            self.pitch_rehearsed.setText(
                self.tr("Last rehearsed {when} · {n} runs").format(
                    when=relative_day(pitch.last_rehearsed.date(), today), n=pitch.rehearsals
                )
            )
            self.pitch_rehearsed.setToolTip(full_date(pitch.last_rehearsed.date()))
        else:
            self.pitch_rehearsed.setText(self.tr("Not rehearsed yet — a few runs make it sound natural."))

    def _balance_text(self, sheet: PrepSheet, today: dt.date) -> str:
        line = escape(self.tr(giving.balance_line(sheet.give, today)))
        first = sheet.name.split()[0] if sheet.name.split() else sheet.name
        if sheet.give.needs_warning():
            advice = self.tr("Nothing given yet and no conversation: lead with curiosity, and look for a way to help.")
        elif sheet.give.balance.gave == 0 and sheet.give.balance.received:
            advice = self.tr("{first} has helped you already — find a way to return the favour.").format(first=first)
        elif sheet.give.balance.gave == 0:
            advice = self.tr("You haven't given anything yet — look for a way to help before you ask.")
        elif sheet.give.balance.net < 0:
            advice = self.tr("You have asked more than you gave — find a way to help them this time.")
        else:
            advice = self.tr("A good footing. Keep giving: an introduction, an article, your experience.")
        return f"<b>{line}</b><br>{escape(advice)}"

    def _set_research(self, notes: research.Research) -> None:
        self._research = notes
        self._filling = True
        if self.notes.toPlainText() != notes.notes:
            self.notes.setPlainText(notes.notes)
        self._fill_questions()
        self._filling = False

    def _fill_questions(self) -> None:
        self._filling = True
        self.questions.clear()
        for q in research.questions(self.contact_id, self._research):
            item = QListWidgetItem(q.text)
            item.setData(KEY_ROLE, q.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if q.asked else Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("Your own question (Delete removes it)")
                if q.word == "mine"
                else self.tr("A “{word}” question").format(word=self.tr(WORDS[q.word]).lower())
            )
            self.questions.addItem(item)
        self._fit_questions()
        self._filling = False

    def _fit_questions(self) -> None:
        """The list is as tall as its rows (the window scrolls, not the list)."""
        self.questions.doItemsLayout()
        rows = self.questions.count()
        height = sum(self.questions.sizeHintForRow(r) for r in range(rows))
        height += 2 * self.questions.frameWidth() + 2 * self.questions.spacing() * rows + 6
        self.questions.setFixedHeight(max(height, 48))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_questions)

    # --- research ------------------------------------------------------------------------------------------------
    def _notes_edited(self) -> None:
        if not self._filling:
            self._save_timer.start()
            if not self._max_wait.isActive():
                self._max_wait.start()

    def _question_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(KEY_ROLE)
        asked = set(self._research.asked)
        if item.checkState() == Qt.CheckState.Checked:
            asked.add(key)
        else:
            asked.discard(key)
        self._research = research.Research(self._research.notes, frozenset(asked), self._research.custom)
        self.save_research()

    def add_question(self) -> None:
        text = " ".join(self.new_question.text().split())
        if not text or text in self._research.custom or len(self._research.custom) >= research.MAX_CUSTOM:
            return
        self._research = research.Research(self._research.notes, self._research.asked, (*self._research.custom, text))
        self.new_question.clear()
        self.save_research()
        self._fill_questions()

    def remove_question(self) -> None:
        item = self.questions.currentItem()
        key = item.data(KEY_ROLE) if item is not None else ""
        if not key or not key.startswith("custom:"):
            return
        text = key.removeprefix("custom:")
        self._research = research.Research(
            self._research.notes,
            self._research.asked - {key},
            tuple(c for c in self._research.custom if c != text),
        )
        self.save_research()
        self._fill_questions()

    def save_research(self) -> None:
        """Store the notes and questions now (pushes one undoable step per editing session)."""
        self._save_timer.stop()
        self._max_wait.stop()
        after = research.Research(self.notes.toPlainText(), self._research.asked, self._research.custom)
        before = research.load(self.contact_id)
        if after == before:
            return
        self._research = after
        name = self.sheet.name if self.sheet else ""
        self.ctx.undo_stack.push(SaveResearch(self.ctx, self.contact_id, before, after, name))

    def _research_changed(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            return
        stored = research.load(contact_id)
        if stored != research.Research(self.notes.toPlainText(), self._research.asked, self._research.custom):
            self._set_research(stored)  # an undo or redo from the main window

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

    def _update_log_button(self) -> None:
        meeting = self.sheet.meeting if self.sheet else None
        if meeting is not None and meeting.planned and meeting.when is not None:
            ahead = meeting.when > self.ctx.clock.now()
            self.kind.setEnabled(False)
            self.log_button.setText(self.tr("It happened — log it now") if ahead else self.tr("Add notes…"))
            self.log_button.setToolTip(
                self.tr("Move the planned {kind} to now; the thank-you follows").format(
                    kind=self.tr(KIND_LABELS.get(meeting.kind, meeting.kind)).lower()
                )
                if ahead
                else self.tr("The meeting is on your timeline already: add what you learned")
            )
        else:
            self.kind.setEnabled(True)
            self.log_button.setText(self.tr("Log it"))
            self.log_button.setToolTip(
                self.tr("Log the meeting now — Rapport adds the thank-you follow-up (Ctrl+Enter)")
            )

    def log_meeting(self) -> None:
        """After the meeting: one click logs it (the rules add the thank-you); from a follow-up, that follow-up is
        done too. A planned meeting still ahead moves to now; one already past opens for notes."""
        from app.ui.coach.commands import MarkMeetingHappened
        from app.ui.contacts.commands import LogInteraction, SetFollowUpStatus

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
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Log {what}").format(what=label))
        command = LogInteraction(self.ctx, self.contact_id, kind, now, summary, label=label)
        stack.push(command)
        followup = FollowUp.get_or_none(FollowUp.id == meeting.followup_id) if meeting.followup_id else None
        if followup is not None and followup.status == "open":
            stack.push(SetFollowUpStatus(self.ctx, followup.id, "done", followup.title))
        stack.endMacro()
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
        self.logged.setText(text)
        self.load()

    def _html(self) -> str:
        self.save_research()
        questions = research.questions(self.contact_id, self._research)
        return prep_print.sheet_html(self.sheet, questions, self.notes.toPlainText(), self.ctx.clock.today())

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
        self.logged.setText(self.tr("Saved {name}").format(name=saved.name))
        return saved

    def closeEvent(self, event) -> None:
        self.save_research()
        if not self._closed:
            self._closed = True
            research_bus(self.ctx).changed.disconnect(self._research_changed)
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

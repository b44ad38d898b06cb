"""The panels of the meeting prep window (:mod:`app.ui.coach.prep_dialog`), one widget class each.

Header (who, and which meeting), what you know (with an interview's brief, issue 22), your pitch, give before you
ask, the meeting reminders, and the bar below (log it, print, PDF, close). The research notes and questions are
:mod:`app.ui.coach.prep_research`. Each panel shows a :class:`~app.core.coach.meeting_prep.PrepSheet` and says
what was clicked through its signals; the dialog does the rest.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.coach import giving, meeting_prep
from app.core.coach.meeting_prep import PrepSheet
from app.core.contacts import circle_names
from app.ui.coach.give_widgets import GiveButtons
from app.ui.coach.labels import quieten
from app.ui.contacts.presentation import KIND_LABELS, STAGE_LABELS, TIE_LABELS
from app.ui.i18n import in_sentence
from app.ui.icons import ui_icon
from app.ui.widgets.text import full_date, heading, relative_day


def wrapping(text: str = "", name: str = "") -> QLabel:
    """A selectable, word-wrapped label (named for tests and screen readers when ``name`` is given)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def section(title: str) -> QLabel:
    label = heading(title, level=2)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def column(widget: QWidget) -> QVBoxLayout:
    """The panel's own layout: no margins, the column's spacing (the panels stack as one column)."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    return layout


class PrepHeader(QWidget):
    """ "Prepare for Ada Okafor", her role and stage, and the meeting this prep is for."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        top = QVBoxLayout(self)
        top.setContentsMargins(24, 16, 24, 8)
        top.setSpacing(4)
        self.title = heading("", level=1)
        self.title.setObjectName("prepTitle")
        self.title.setWordWrap(True)
        self.subtitle = quieten(wrapping(name="prepSubtitle"))
        self.meeting_line = wrapping(name="prepMeeting")
        strong = QFont(self.meeting_line.font())
        strong.setBold(True)
        self.meeting_line.setFont(strong)
        for widget in (self.title, self.subtitle, self.meeting_line):
            top.addWidget(widget)

    def fill(self, sheet: PrepSheet, today: dt.date) -> None:
        self.title.setText(self.tr("Prepare for {name}").format(name=sheet.name))
        parts = [p for p in (sheet.title, sheet.company) if p]
        if sheet.company_is_target:
            parts[-1] += " ★"
        parts.append(self.tr(STAGE_LABELS.get(sheet.stage, sheet.stage)))
        parts.append(self.tr("{tie} tie").format(tie=self.tr(TIE_LABELS.get(sheet.tie, sheet.tie))))
        self.subtitle.setText(" · ".join(parts))
        self._fill_meeting(sheet.meeting, today)

    def _fill_meeting(self, meeting: meeting_prep.Meeting, today: dt.date) -> None:
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

    def show_interview(self, line: str) -> None:
        """An interview's line (issue 22) where no planned meeting says when."""
        self.meeting_line.setText(line)
        self.meeting_line.setVisible(True)


class KnownPanel(QWidget):
    """The interview's brief (issue 22; hidden for an ordinary meeting) and "What you know" about the person."""

    link_activated = Signal(str)  # a contact id, "opportunity:<id>" or a web address

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = column(self)
        self.opportunity_heading = section(self.tr("The interview"))
        layout.addWidget(self.opportunity_heading)
        self.opportunity_box = self._rich(wrapping(name="prepOpportunity"))
        layout.addWidget(self.opportunity_box)
        layout.addWidget(section(self.tr("What you know")))
        self.known = self._rich(wrapping(name="prepKnown"))
        layout.addWidget(self.known)

    def _rich(self, label: QLabel) -> QLabel:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self.link_activated)
        return label

    def fill_opportunity(self, sheet: PrepSheet, today: dt.date) -> None:
        from app.ui.opportunities.prep_section import brief_html

        brief = sheet.opportunity
        self.opportunity_heading.setVisible(brief is not None)
        self.opportunity_box.setVisible(brief is not None)
        if brief is not None:
            self.opportunity_box.setText(brief_html(brief, today))

    def fill_known(self, sheet: PrepSheet, today: dt.date) -> None:
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str) -> None:
            if value:
                rows.append((label, value))

        add(self.tr("How you met"), escape(sheet.how_met))
        add(self.tr("Why connect"), escape(sheet.why_connect))
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
            add(self.tr("Company"), text)
        add(self.tr("Circles"), escape(", ".join(map(circle_names.shown, sheet.circles))))
        if sheet.trail:
            add(self.tr("Referred by"), " → ".join(escape(n) for n in sheet.trail))
        if sheet.referred_count:
            add(
                self.tr("They referred"),
                self.tr("%Ln person(s) to you", "", sheet.referred_count),
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
            add(self.tr("Last in touch"), "<br>".join(lines))
        else:
            add(self.tr("Last in touch"), self.tr("Nothing logged yet — this may be your first conversation."))
        add(self.tr("You promised"), "<br>".join(escape(x) for x in sheet.promised))
        add(self.tr("They helped with"), "<br>".join(escape(x) for x in sheet.they_gave))
        add(self.tr("You asked"), "<br>".join(escape(x) for x in sheet.open_asks))
        add(self.tr("Notes"), escape(sheet.notes).replace("\n", "<br>"))
        cells = "".join(
            f"<tr><td style='padding:2px 12px 6px 0; white-space:nowrap; vertical-align:top'><b>{k}</b></td>"
            f"<td style='padding:2px 0 6px 0; vertical-align:top'>{v}</td></tr>"
            for k, v in rows
        )
        self.known.setText(f"<table cellspacing='0'>{cells}</table>")


class PitchPanel(QWidget):
    """ "Your pitch": the one that suits them, why, and when it was last rehearsed (Rehearse… opens it)."""

    rehearse_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = column(self)
        self.pitch_heading = section(self.tr("Your pitch"))
        layout.addWidget(self.pitch_heading)
        self.frame = QFrame()
        self.frame.setObjectName("prepPitch")
        self.frame.setAccessibleName(self.tr("Your pitch"))
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setAutoFillBackground(True)
        self.frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        pitch = QVBoxLayout(self.frame)
        pitch.setContentsMargins(12, 10, 12, 10)
        pitch.setSpacing(6)
        self.pitch_title = QLabel()
        self.pitch_title.setObjectName("prepPitchTitle")
        bold = QFont(self.pitch_title.font())
        bold.setBold(True)
        self.pitch_title.setFont(bold)
        self.pitch_body = wrapping(name="prepPitchBody")
        body_font = QFont(self.pitch_body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.pitch_body.setFont(body_font)
        self.pitch_reason = quieten(wrapping(name="prepPitchReason"))
        self.pitch_rehearsed = wrapping(name="prepRehearsed")
        rehearse_row = QHBoxLayout()
        rehearse_row.addWidget(self.pitch_rehearsed, 1)
        self.rehearse_button = QPushButton(ui_icon("pitches"), self.tr("Rehearse…"))
        self.rehearse_button.setObjectName("prepRehearse")
        self.rehearse_button.setToolTip(self.tr("Open this pitch in rehearsal mode"))
        self.rehearse_button.clicked.connect(self.rehearse_clicked)
        rehearse_row.addWidget(self.rehearse_button, 0, Qt.AlignmentFlag.AlignTop)
        for widget in (self.pitch_title, self.pitch_body, self.pitch_reason):
            pitch.addWidget(widget)
        pitch.addLayout(rehearse_row)
        layout.addWidget(self.frame)

    def fill(self, sheet: PrepSheet, today: dt.date) -> None:
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
                self.tr("Last rehearsed {when} · %Ln run(s)", "", pitch.rehearsals).format(
                    when=relative_day(pitch.last_rehearsed.date(), today)
                )
            )
            self.pitch_rehearsed.setToolTip(full_date(pitch.last_rehearsed.date()))
        else:
            self.pitch_rehearsed.setText(self.tr("Not rehearsed yet — a few runs make it sound natural."))


class GivePanel(QWidget):
    """ "Give before you ask": the give/ask balance, advice, and the one-click gives."""

    give_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = column(self)
        layout.addWidget(section(self.tr("Give before you ask")))
        self.balance = wrapping(name="prepBalance")
        layout.addWidget(self.balance)
        self.give_buttons = GiveButtons()
        self.give_buttons.give_requested.connect(self.give_requested)
        layout.addWidget(self.give_buttons)

    def fill(self, sheet: PrepSheet, today: dt.date) -> None:
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
        self.balance.setText(f"<b>{line}</b><br>{escape(advice)}")


class RemindersPanel(QWidget):
    """ "During the meeting": the numbered reminders."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = column(self)
        layout.addWidget(section(self.tr("During the meeting")))
        self.reminders = wrapping(name="prepReminders")
        self.reminders.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.reminders)

    def fill(self, sheet: PrepSheet) -> None:
        self.reminders.setText(
            "<ol style='margin-left:-16px'>"
            + "".join(f"<li>{escape(self.tr(r))}</li>" for r in sheet.reminders)
            + "</ol>"
        )


class AfterMeetingBar(QWidget):
    """The bar below: "After the meeting: [kind] Log it", what was logged or saved, Print…, Save PDF…, Close."""

    log_clicked = Signal()
    print_clicked = Signal()
    pdf_clicked = Signal()
    close_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(24, 8, 24, 12)
        bar.setSpacing(8)
        self.after = QLabel(self.tr("After the meeting:"))
        self.kind = QComboBox()
        self.kind.setObjectName("prepKind")
        self.kind.setAccessibleName(self.tr("What kind of meeting"))
        self.kind.setAccessibleDescription(self.tr("How you met, for the entry that Log it adds to the timeline"))
        for kind in meeting_prep.CONVERSATION_KINDS:
            self.kind.addItem(ui_icon(f"kind-{kind}"), self.tr(KIND_LABELS[kind]), kind)
        self.log_button = self._button(self.tr("Log it"), "prepLog", self.log_clicked, ui_icon("log"))
        self.logged = quieten(QLabel())
        self.logged.setObjectName("prepLogged")
        self.print_button = self._button(self.tr("Print…"), "prepPrint", self.print_clicked)
        self.pdf_button = self._button(self.tr("Save PDF…"), "prepPdf", self.pdf_clicked)
        self.close_button = self._button(self.tr("Close"), "", self.close_clicked)
        self.print_button.setAccessibleDescription(self.tr("Print this prep sheet to take to the meeting"))
        self.pdf_button.setAccessibleDescription(self.tr("Save this prep sheet as a PDF file"))
        self.close_button.setAccessibleDescription(self.tr("Close this window; your notes are already saved"))
        for widget in (self.after, self.kind, self.log_button):
            bar.addWidget(widget)
        bar.addWidget(self.logged, 1)
        for widget in (self.print_button, self.pdf_button, self.close_button):
            bar.addWidget(widget)

    def _button(self, text: str, name: str, signal, icon=None) -> QPushButton:
        button = QPushButton(icon, text) if icon is not None else QPushButton(text)
        if name:
            button.setObjectName(name)
        button.setDefault(False)
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    def show_meeting(self, meeting: meeting_prep.Meeting | None, now: dt.datetime) -> None:
        """The kind of the meeting, and what Log it does for it (a planned one: move it to now, or add notes)."""
        if meeting is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        if meeting is not None and meeting.planned and meeting.when is not None:
            ahead = meeting.when > now
            self.kind.setEnabled(False)
            self.log_button.setText(self.tr("It happened — log it now") if ahead else self.tr("Add notes…"))
            self.log_button.setToolTip(
                self.tr("Move the planned {kind} to now; the thank-you follows").format(
                    kind=in_sentence(self.tr(KIND_LABELS.get(meeting.kind, meeting.kind)))
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

"""The opportunity form (``opportunityDialog``: new or edit, with its people) and the interview form
(``interviewDialog``). Both check their input with core before closing and say what to fix beside the form, never
losing what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.lookup import contact_exists
from app.core.opportunities import interviews, lookups, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.labels import INTERVIEW_FORMATS, OPPORTUNITY_ROLES, OPPORTUNITY_SOURCES, OPPORTUNITY_STAGES
from app.core.opportunities.service import OpportunityData, OpportunityError, Person
from app.core.translated import shown, shown_error
from app.ui.followups.kinds import overdue_colour
from app.ui.icons import ui_icon
from app.ui.opportunities.presentation import format_text, role_text, source_text, stage_text, tr
from app.ui.widgets.contact_picker import ContactPicker, describe
from app.ui.widgets.date_entry import DateEdit, DateTimeEdit, refuse_invalid
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import sentence

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), overdue_colour(palette))
    label.setPalette(palette)
    label.setVisible(False)
    return label


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PeopleEditor(QWidget):
    """A list of people with their roles, and a row to add one (a contact picker and a role)."""

    def __init__(self, roles: tuple[str, ...], *, name: str, parent=None):
        super().__init__(parent)
        self.roles = roles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(tr("People"))
        self.list.setAccessibleDescription(tr("The people who play a part here, with their role; Delete removes one"))
        self.list.setMaximumHeight(120)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.picker = ContactPicker(placeholder=tr("Add a person: type a name"))
        self.picker.setObjectName(f"{name}Picker")
        self.picker.setAccessibleName(tr("Person to add"))
        self.role = QComboBox()
        self.role.setObjectName(f"{name}Role")
        self.role.setAccessibleName(tr("Their role"))
        self.role.setAccessibleDescription(
            tr("How the person you add is involved, such as referring you or interviewing you")
        )
        for role in roles:
            self.role.addItem(role_text(role), role)
        self.role.setVisible(len(roles) > 1)
        self.add_button = QPushButton(ui_icon("add"), tr("Add"))
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.setAccessibleDescription(tr("Adds the person you typed to the list, with the chosen role"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_picked)
        self.picker.returnPressed.connect(self.add_picked)
        self.remove_button = QPushButton(ui_icon("close"), tr("Remove"))
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(tr("Remove the chosen person (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(self.picker, 1)
        row.addWidget(self.role)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.list.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def add(self, person: Person) -> None:
        for row in range(self.list.count()):
            existing: Person = self.list.item(row).data(PERSON_ROLE)
            if (existing.contact_id, existing.role) == (person.contact_id, person.role):
                return
        name = describe(person.contact_id) or tr("(gone)")
        label = f"{name} — {role_text(person.role)}" if len(self.roles) > 1 else name
        item = QListWidgetItem(label)
        item.setData(PERSON_ROLE, person)
        self.list.addItem(item)

    def add_picked(self) -> bool:
        if self.picker.contact_id is None and not self.picker.accept_first():
            return False
        contact_id = self.picker.contact_id
        if contact_id is None:
            return False
        self.add(Person(contact_id, self.role.currentData()))
        self.picker.set_contact(None)
        self.picker.clear()
        return True

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def people(self) -> list[Person]:
        return [self.list.item(row).data(PERSON_ROLE) for row in range(self.list.count())]


class OpportunityDialog(QDialog):
    """New opportunity (``opportunity_id`` None) or edit one."""

    def __init__(self, ctx, parent=None, *, opportunity_id: int | None = None, company: str = "", contact_id=None):
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.setObjectName("opportunityDialog")
        self.setWindowTitle(tr("New opportunity") if opportunity_id is None else tr("Edit opportunity"))
        self.setMinimumWidth(560)
        self._source_touched = False
        layout = QVBoxLayout(self)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = QLineEdit()
        self.role.setObjectName("opportunityRole")
        self.role.setPlaceholderText(tr("e.g. Operations lead"))
        self.role.setMaxLength(service.MAX_ROLE)
        add_row(form, tr("&Role:"), self.role)
        company_row = QHBoxLayout()
        self.company = QComboBox()
        self.company.setObjectName("opportunityCompany")
        self.company.setAccessibleName(tr("Company"))
        self.company.setAccessibleDescription(tr("The company that is hiring: choose one of yours or type a new one"))
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.lineEdit().setPlaceholderText(tr("Choose from your companies or type a new one"))
        for row in lookups.company_choices():
            self.company.addItem(row.name + (" ★" if row.is_target else ""), row.name)
        self.company.setCurrentIndex(-1)
        self.company.currentTextChanged.connect(self._company_changed)
        self.target = QCheckBox(tr("On my target list"))
        self.target.setObjectName("opportunityTarget")
        self.target.setAccessibleDescription(tr("Adds the company to the companies you would love to work for"))
        company_row.addWidget(self.company, 1)
        company_row.addWidget(self.target)
        add_row(form, tr("&Company:"), company_row, buddy=self.company)
        self.source = QComboBox()
        self.source.setObjectName("opportunitySource")
        self.source.setAccessibleDescription(
            tr("How you heard of the job: a referral, a recruiter, your own application…")
        )
        for source in OPPORTUNITY_SOURCES:
            self.source.addItem(source_text(source), source)
        self.source.setCurrentIndex(OPPORTUNITY_SOURCES.index("cold"))
        self.source.activated.connect(lambda _i: setattr(self, "_source_touched", True))
        add_row(form, tr("&Source:"), self.source)
        stage_row = QHBoxLayout()
        self.stage = QComboBox()
        self.stage.setObjectName("opportunityStage")
        self.stage.setAccessibleDescription(tr("How far the application has come; the date beside it says since when"))
        for stage in OPPORTUNITY_STAGES:
            self.stage.addItem(stage_text(stage), stage)
        self.day = DateEdit(today=ctx.clock.today)  # typed or picked; Tab goes on (issue 17)
        self.day.setObjectName("opportunityDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMM yyyy")
        today = ctx.clock.today()
        self.day.setMaximumDate(_to_qdate(today))
        self.day.setDate(_to_qdate(today))
        self.day.setAccessibleName(tr("Since"))
        stage_row.addWidget(self.stage, 1)
        stage_row.addWidget(QLabel(tr("since")))
        stage_row.addWidget(self.day)
        self.stage_label = add_row(form, tr("S&tage:"), stage_row, buddy=self.stage)
        self.url = QLineEdit()
        self.url.setObjectName("opportunityUrl")
        self.url.setPlaceholderText("https://")
        add_row(form, tr("Posting &link:"), self.url)
        self.location = QLineEdit()
        self.location.setObjectName("opportunityLocation")
        self.location.setAccessibleDescription(tr("Where the job is: a city, or remote"))
        add_row(form, tr("&Location:"), self.location)
        self.salary = QLineEdit()
        self.salary.setObjectName("opportunitySalary")
        self.salary.setPlaceholderText(tr("The range, what you asked for, the offer…"))
        add_row(form, tr("Sa&lary notes:"), self.salary)
        self.people = PeopleEditor(OPPORTUNITY_ROLES, name="opportunityPeople")
        self.people.list.model().rowsInserted.connect(self._people_changed)
        add_row(form, tr("&People:"), self.people)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("opportunityNotesEdit")
        self.notes.setAccessibleDescription(tr("Anything to remember about this opportunity; Tab moves on"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        add_row(form, tr("&Notes:"), self.notes)
        layout.addLayout(form)
        self.error = _error_label("opportunityError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add") if opportunity_id is None else tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if opportunity_id is not None:
            self._load(opportunity_id)
        else:
            if company:
                self.company.setEditText(company)
            if contact_id is not None:
                self.people.add(Person(contact_id, "referrer"))
        self.role.setFocus()

    def _load(self, opportunity_id: int) -> None:
        data = lookups.opportunity_data(opportunity_id)
        self.role.setText(data.role)
        index = self.company.findData(data.company)
        if index >= 0:
            self.company.setCurrentIndex(index)
        else:
            self.company.setEditText(data.company)
        self.source.setCurrentIndex(OPPORTUNITY_SOURCES.index(data.source))
        self._source_touched = True
        self.url.setText(data.posting_url)
        self.location.setText(data.location)
        self.salary.setText(data.salary_notes)
        self.notes.setPlainText(data.notes)
        for person in service.people_of(opportunity_id):
            self.people.add(person)
        # The stage moves on the board (logged with its day); the form does not change it.
        self.form.setRowVisible(self.stage_label, False)

    def company_name(self) -> str:
        text = self.company.currentText().removesuffix(" ★").strip()
        index = self.company.findText(self.company.currentText())
        if index >= 0 and self.company.itemData(index):
            return self.company.itemData(index)
        return text

    def _company_changed(self, _text: str) -> None:
        name = self.company_name()
        target = lookups.is_target_company(name)
        self.target.setChecked(target)
        self.target.setEnabled(not target)

    def _people_changed(self, *_args) -> None:
        """A referrer named for a cold opportunity: it is a referral (unless the source was chosen by hand)."""
        if self._source_touched:
            return
        roles = {p.role for p in self.people.people()}
        source = "referral" if "referrer" in roles else "recruiter" if "recruiter" in roles else None
        if source is not None:
            self.source.setCurrentIndex(OPPORTUNITY_SOURCES.index(source))

    def data(self) -> OpportunityData:
        return OpportunityData(
            company=self.company_name(),
            role=self.role.text(),
            posting_url=self.url.text(),
            location=self.location.text(),
            source=self.source.currentData(),
            salary_notes=self.salary.text(),
            notes=self.notes.toPlainText(),
        )

    def stage_value(self) -> str:
        return self.stage.currentData()

    def day_value(self) -> dt.date:
        return _from_qdate(self.day.date())

    def make_target(self) -> bool:
        return self.target.isChecked() and self.target.isEnabled()

    def accept(self) -> None:
        typed = refuse_invalid(self)
        if typed:
            self.error.setText(typed)
            self.error.setVisible(True)
            return
        if self.people.picker.text().strip() and self.people.picker.contact_id is not None:
            self.people.add_picked()  # a person chosen but not yet added counts
        try:
            service.validate(self.data())
        except OpportunityError as exc:
            self.show_error(exc)
            return
        super().accept()

    def show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", "")
        self.error.setText(sentence(shown(getattr(exc, "reason", str(exc)))) if field else shown_error(exc))
        self.error.setVisible(True)
        target = {
            "company": self.company,
            "role": self.role,
            "posting_url": self.url,
            "location": self.location,
            "salary_notes": self.salary,
            "notes": self.notes,
            "date": self.day,
        }.get(field)
        if target is not None:
            target.setFocus()


class InterviewDialog(QDialog):
    """Schedule a round of interviews (or edit one): when, how long, how, where, with whom."""

    def __init__(self, ctx, opportunity_id: int, parent=None, *, interview_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.interview_id = interview_id
        self.setObjectName("interviewDialog")
        self.setWindowTitle(tr("Schedule an interview") if interview_id is None else tr("Edit the interview"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.when = DateTimeEdit(today=ctx.clock.today)  # a day and a time, typed or picked (issue 17)
        self.when.setObjectName("interviewWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        tomorrow = ctx.clock.today() + dt.timedelta(days=1)
        self.when.setDateTime(QDateTime(_to_qdate(tomorrow), QTime(10, 0)))
        add_row(form, tr("&When:"), self.when)
        self.duration = QSpinBox()
        self.duration.setObjectName("interviewDuration")
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(tr(" min"))
        self.duration.setAlignment(Qt.AlignmentFlag.AlignRight)
        add_row(form, tr("&Duration:"), self.duration)
        self.format = QComboBox()
        self.format.setObjectName("interviewFormat")
        for kind in INTERVIEW_FORMATS:
            self.format.addItem(format_text(kind), kind)
        add_row(form, tr("&Format:"), self.format)
        self.location = QLineEdit()
        self.location.setObjectName("interviewLocation")
        self.location.setPlaceholderText(tr("An address, or the video link"))
        add_row(form, tr("&Location:"), self.location)
        self.round = QSpinBox()
        self.round.setObjectName("interviewRound")
        self.round.setRange(1, service.MAX_INTERVIEWS)
        self.round.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.round.setValue(lookups.interview_count(opportunity_id) + 1)
        add_row(form, tr("Ro&und:"), self.round)
        self.interviewers = PeopleEditor(("interviewer",), name="interviewers")
        add_row(form, tr("&Interviewers:"), self.interviewers)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("interviewNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.setPlaceholderText(tr("What to prepare, who to ask for at the desk…"))
        add_row(form, tr("&Notes:"), self.notes)
        layout.addLayout(form)
        hint = QLabel(tr("Rapport reminds you to prepare the day before and to thank each interviewer that day."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(hint)
        self.error = _error_label("interviewError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if interview_id is not None:
            data = interviews.interview_data(interview_id)
            self.when.setDateTime(
                QDateTime(_to_qdate(data.starts_at.date()), QTime(data.starts_at.hour, data.starts_at.minute))
            )
            self.duration.setValue(data.duration_minutes)
            self.format.setCurrentIndex(INTERVIEW_FORMATS.index(data.format))
            self.location.setText(data.location)
            self.round.setValue(data.round or 1)
            self.notes.setPlainText(data.notes)
            for contact_id in interviews.interviewers_of(interview_id):
                self.interviewers.add(Person(contact_id, "interviewer"))
        else:
            self._suggest_people()

    def _suggest_people(self) -> None:
        """The hiring manager usually interviews: listed already (remove them if not)."""
        for person in service.people_of(self.opportunity_id):
            if person.role == "hiring_manager" and contact_exists(person.contact_id):
                self.interviewers.add(Person(person.contact_id, "interviewer"))

    def data(self) -> InterviewData:
        value = self.when.dateTime()
        date, time = value.date(), value.time()
        starts = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        return InterviewData(
            starts_at=starts,
            round=self.round.value(),
            duration_minutes=self.duration.value(),
            format=self.format.currentData(),
            location=self.location.text(),
            notes=self.notes.toPlainText(),
        )

    def interviewer_ids(self) -> list[int]:
        return [p.contact_id for p in self.interviewers.people()]

    def accept(self) -> None:
        typed = refuse_invalid(self)
        if typed:
            self.error.setText(typed)
            self.error.setVisible(True)
            return
        if self.interviewers.picker.contact_id is not None:
            self.interviewers.add_picked()
        try:
            interviews.check_interview(self.data())
        except OpportunityError as exc:
            self.error.setText(sentence(shown(exc.reason)))
            self.error.setVisible(True)
            return
        super().accept()

"""The Details tab: every field of a contact, edited in place and saved as you go.

Saving: a field is written when the user leaves it (or picks a value), and after a short pause while typing
(:data:`SAVE_DELAY_MS`). Each save is one :class:`~app.ui.contacts.commands.EditContact` on the undo stack
(typing on in the same field merges into the same step). :meth:`ContactEditor.flush` writes anything pending at
once — the page calls it before switching contacts and the main window before closing, so nothing typed is lost.
Invalid input (a malformed email, a referral loop…) is shown in words next to its field and not saved; the rest
of the form stays usable.

The fields most contacts do without (name prefix, middle name and suffix, nickname, department, birthday and other
dates, websites, chat and social handles) sit behind "More fields", collapsed unless the contact has one of them.
Whatever the form does not show (kept vCard properties, an import's odd labels) is saved back exactly as loaded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import keep_in_touch
from app.core.contacts import ContactData, ContactValidationError, validate
from app.models import INVITATION_STATUSES, STAGES, TIES, Company, Contact, derive_display_name
from app.ui.contacts import commands
from app.ui.contacts.chips import CircleChips
from app.ui.contacts.facts import day_text
from app.ui.contacts.more_fields import BirthdayEditor, DatesEditor, HandlesEditor, WebsitesEditor
from app.ui.contacts.multi_value import AddressEditor, MultiValueEditor
from app.ui.contacts.presentation import (
    INVITATION_LABELS,
    STAGE_HINTS,
    STAGE_LABELS,
    STATUS_COLOURS,
    TIE_LABELS,
    error_label,
)
from app.ui.context import AppContext
from app.ui.followups.kinds import secondary_text
from app.ui.icons import ui_icon
from app.ui.pitches.eliding import ElidingLabel
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.text import heading

SAVE_DELAY_MS = 700
ERROR_FIELDS = (
    "name",
    "email",
    "phone",
    "linkedin_url",
    "referred_by",
    "keep_in_touch_days",
    "stage",
    "invitation_status",
    "tie",
    "birthday",
    "dates",
)
MORE_TEXT_FIELDS = ("name_prefix", "middle_name", "name_suffix", "nickname", "department")


class _FocusOut(QObject):
    """Calls ``callback`` when the watched widget loses the keyboard focus."""

    def __init__(self, callback, parent=None):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class ContactEditor(QScrollArea):
    """The form. ``saved`` fires after each successful save; ``open_contact(id)`` for the referrer link."""

    saved = Signal()
    open_contact = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contactEditor")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contact_id: int | None = None
        self._saved: ContactData | None = None
        self._loading = False
        self._read_only = False
        self._pending_field = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.commit(self._pending_field))
        self._errors: dict[str, QLabel] = {}
        self._build()

    # --- layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("contactEditorBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 8, 16, 16)
        outer.setSpacing(8)
        self.general_error = error_label()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(self.form)
        outer.addStretch(1)

        self._section(self.tr("Name"))
        self.given = self._line("given_name", self.tr("Given name"), self.tr("e.g. Ada"))
        self.family = self._line("family_name", self.tr("Family name"), self.tr("e.g. Okafor"))
        self.display = self._line("display_name", self.tr("Show as"), "")
        self.display.setToolTip(self.tr("Leave empty to use the given and family names"))
        self._error_row("name")

        self._section(self.tr("Work"))
        self.company = QLineEdit()
        self.company.setObjectName("field_company")
        self.company.setAccessibleName(self.tr("Company"))
        self.company.setPlaceholderText(self.tr("Where they work"))
        self._watch_line(self.company, "company")
        self.target = QToolButton()
        self.target.setObjectName("companyTarget")
        self.target.setCheckable(True)
        self.target.setAutoRaise(True)
        self.target.setToolTip(self.tr("On my list of target companies"))
        self.target.setAccessibleName(self.tr("Target company"))
        self.target.toggled.connect(self._target_toggled)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.form.addRow(self.tr("Company"), row)  # before its widgets: they then belong to the form (issue 16)
        row.addWidget(self.company, 1)
        row.addWidget(self.target)
        self.title = self._line("title", self.tr("Title"), self.tr("e.g. Operations lead"))
        self.linkedin = QLineEdit()
        self.linkedin.setObjectName("field_linkedin_url")
        self.linkedin.setAccessibleName(self.tr("LinkedIn profile"))
        self.linkedin.setPlaceholderText("linkedin.com/in/…")
        self._watch_line(self.linkedin, "linkedin_url")
        self.open_linkedin = QToolButton()
        self.open_linkedin.setIcon(ui_icon("external"))
        self.open_linkedin.setAutoRaise(True)
        self.open_linkedin.setToolTip(self.tr("Open the profile in your browser"))
        self.open_linkedin.setAccessibleName(self.open_linkedin.toolTip())
        self.open_linkedin.clicked.connect(self._open_linkedin)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.form.addRow(self.tr("LinkedIn"), row)  # before its widgets: they then belong to the form (issue 16)
        row.addWidget(self.linkedin, 1)
        row.addWidget(self.open_linkedin)
        self._error_row("linkedin_url")

        self._section(self.tr("Reach"))
        self.emails = MultiValueEditor("email")
        self.emails.setObjectName("field_emails")
        self.phones = MultiValueEditor("phone")
        self.phones.setObjectName("field_phones")
        for editor, key in ((self.emails, "emails"), (self.phones, "phones")):
            editor.edited.connect(lambda k=key: self.schedule(k))
            editor.committed.connect(lambda k=key: self.commit(k))
        self.form.addRow(self.tr("Email"), self.emails)
        self._error_row("email")
        self.form.addRow(self.tr("Phone"), self.phones)
        self._error_row("phone")
        self.addresses = AddressEditor()
        self.addresses.setObjectName("field_addresses")
        self.addresses.edited.connect(lambda: self.schedule("addresses"))
        self.addresses.committed.connect(lambda: self.commit("addresses"))
        self.form.addRow(self.tr("Address"), self.addresses)

        self._build_more()

        self._section(self.tr("Networking"))
        self.circles = CircleChips()
        self.circles.setObjectName("field_circles")
        self.circles.changed.connect(lambda _names: self.commit("circles"))
        self.form.addRow(self.tr("Circles"), self.circles)
        self.stage = self._combo("stage", self.tr("Stage"), [(s, STAGE_LABELS[s]) for s in STAGES])
        for i, stage in enumerate(STAGES):
            self.stage.setItemData(i, self.tr(STAGE_HINTS[stage]), Qt.ItemDataRole.ToolTipRole)
        self._error_row("stage")
        self.tie = self._combo("tie", self.tr("Tie"), [(t, TIE_LABELS[t]) for t in TIES])
        self.tie.setToolTip(self.tr("Weak ties (acquaintances, new people) often help the most"))
        self.invitation = QComboBox()
        self.invitation.setObjectName("field_invitation_status")
        self.invitation.setAccessibleName(self.tr("Invitation"))
        for status in INVITATION_STATUSES:
            self.invitation.addItem(self.tr(INVITATION_LABELS[status]), status)
        self.invitation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.invitation.setMinimumContentsLength(8)
        self.invitation.currentIndexChanged.connect(self._invitation_changed)
        self.invitation_date = QDateEdit()
        self.invitation_date.setObjectName("field_invitation_date")
        self.invitation_date.setAccessibleName(self.tr("Invitation date"))
        self.invitation_date.setCalendarPopup(True)
        self.invitation_date.setDisplayFormat("d MMM yyyy")
        self.invitation_date.dateChanged.connect(lambda _d: self.commit("invitation_date"))
        row = QHBoxLayout()
        row.setSpacing(8)
        self.form.addRow(self.tr("Invitation"), row)  # before its widgets: they then belong to the form (issue 16)
        row.addWidget(self.invitation, 1)
        row.addWidget(self.invitation_date)
        self.referrer = ContactPicker(placeholder=self.tr("Who referred them? Type a name"))
        self.referrer.setObjectName("field_referred_by")
        self.referrer.setAccessibleName(self.tr("Referred by"))
        self.referrer.contact_chosen.connect(lambda _id: self.commit("referred_by"))
        self.referrer.cleared.connect(lambda: self.commit("referred_by"))
        self.open_referrer = QToolButton()
        self.open_referrer.setIcon(ui_icon("external"))
        self.open_referrer.setAutoRaise(True)
        self.open_referrer.setToolTip(self.tr("Show the person who referred them"))
        self.open_referrer.setAccessibleName(self.open_referrer.toolTip())
        self.open_referrer.clicked.connect(
            lambda: self.referrer.contact_id is not None and self.open_contact.emit(self.referrer.contact_id)
        )
        row = QHBoxLayout()
        row.setSpacing(4)
        self.form.addRow(self.tr("Referred by"), row)  # before its widgets: they then belong to the form (issue 16)
        row.addWidget(self.referrer, 1)
        row.addWidget(self.open_referrer)
        self._error_row("referred_by")
        self.how_met = self._line("how_met", self.tr("How we met"), self.tr("e.g. Bowling league, Thursday team"))
        self.why = self._text(
            "why_connect", self.tr("Why connect"), self.tr("What you'd like to learn from them, or how you could help")
        )

        self._section(self.tr("Keep in touch"))
        self.cadence = QSpinBox()
        self.cadence.setObjectName("field_keep_in_touch_days")
        self.cadence.setAccessibleName(self.tr("Reconnect every"))
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setSingleStep(30)
        self.cadence.setToolTip(self.tr("How often to reconnect. 0 uses the cadence of their circles."))
        self.cadence.editingFinished.connect(lambda: self.commit("keep_in_touch_days"))
        self.cadence.valueChanged.connect(lambda _v: self.schedule("keep_in_touch_days"))
        self.form.addRow(self.tr("Reconnect every"), self.cadence)
        self._error_row("keep_in_touch_days")

        self._section(self.tr("Notes"))
        self.notes = self._text(
            "notes", "", self.tr("Anything worth remembering: family, interests, what you talked about")
        )
        self.notes.setMinimumHeight(120)
        self.source = QLabel()
        self.source.setObjectName("contactSource")
        self.source.setEnabled(False)
        self.form.addRow("", self.source)
        for key in ("tie", "invitation_status"):
            self._error_row(key)

    def _build_more(self) -> None:
        """The "More fields" toggle and the rows it shows and hides."""
        self.more_toggle = QToolButton()
        self.more_toggle.setObjectName("moreFieldsToggle")
        self.more_toggle.setAutoRaise(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_toggle.setText(self.tr("More fields"))
        self.more_toggle.setAccessibleName(self.tr("More fields"))
        self.more_toggle.setFont(heading("", level=3).font())
        self.more_toggle.clicked.connect(lambda: self.set_more_expanded(not self._more_open))
        self.more_hint = ElidingLabel(self.tr("Name parts, nickname, birthday, websites, chat"))  # never widens
        self.more_hint.setObjectName("moreFieldsHint")
        palette = self.more_hint.palette()
        palette.setColor(self.more_hint.foregroundRole(), secondary_text(self.palette()))
        self.more_hint.setPalette(palette)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(row)  # before its widgets: they then belong to the form (issue 16)
        row.addWidget(self.more_toggle)
        row.addWidget(self.more_hint, 1)
        self._more_fields: list[QWidget] = []
        self.name_prefix = self._line("name_prefix", self.tr("Name prefix"), self.tr("e.g. Dr."))
        self.middle_name = self._line("middle_name", self.tr("Middle name"), self.tr("e.g. Marie"))
        self.name_suffix = self._line("name_suffix", self.tr("Name suffix"), self.tr("e.g. Jr. or PhD"))
        self.nickname = self._line("nickname", self.tr("Nickname"), self.tr("What friends call them"))
        self.department = self._line("department", self.tr("Department"), self.tr("e.g. Logistics"))
        self._more_fields += [self.name_prefix, self.middle_name, self.name_suffix, self.nickname, self.department]
        self.birthday = BirthdayEditor()
        self.birthday.setObjectName("field_birthday")
        self.birthday.today = lambda: self.ctx.clock.today()
        self.dates = DatesEditor()
        self.dates.setObjectName("field_dates")
        self.dates.today = lambda: self.ctx.clock.today()
        self.websites = WebsitesEditor()
        self.websites.setObjectName("field_websites")
        self.handles = HandlesEditor()
        self.handles.setObjectName("field_handles")
        for editor, key, label in (
            (self.birthday, "birthday", self.tr("Birthday")),
            (self.dates, "dates", self.tr("Other dates")),
            (self.websites, "websites", self.tr("Websites")),
            (self.handles, "handles", self.tr("Chat and social")),
        ):
            editor.edited.connect(lambda k=key: self.schedule(k))
            editor.committed.connect(lambda k=key: self.commit(k))
            self.form.addRow(label, editor)
            self._more_fields.append(editor)
            if key in ("birthday", "dates"):
                self._error_row(key)
        self._more_errors = ("birthday", "dates")
        self._birthday_at = 0  # where the birthday sits among the dates (kept there on save)
        self.set_more_expanded(False)

    def set_more_expanded(self, on: bool) -> None:
        """Show or hide the rows behind "More fields" (the toggle says which: ▸ closed, ▾ open)."""
        self._more_open = on
        self.more_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.more_toggle.setToolTip(
            self.tr("Hide the fields most contacts do without") if on else self.tr("Show more fields")
        )
        self.more_toggle.setAccessibleDescription(self.tr("expanded") if on else self.tr("collapsed"))
        self.more_hint.setVisible(not on)
        for widget in self._more_fields:
            self.form.setRowVisible(widget, on)
        for key in self._more_errors:
            label = self._errors[key]
            self.form.setRowVisible(label, on and bool(label.text()))

    def more_expanded(self) -> bool:
        return self._more_open

    @staticmethod
    def _has_more(data: ContactData) -> bool:
        return any(getattr(data, name) for name in MORE_TEXT_FIELDS) or bool(
            data.dates or data.websites or data.handles
        )

    def _section(self, title: str) -> None:
        label = heading(title, level=3)
        label.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(label)

    def _error_row(self, key: str) -> None:
        label = error_label()
        label.setObjectName(f"error_{key}")
        self._errors[key] = label
        self.form.addRow("", label)
        self.form.setRowVisible(self.form.rowCount() - 1, False)

    def _watch_line(self, edit: QLineEdit, key: str) -> None:
        edit.textEdited.connect(lambda _t: self.schedule(key))
        edit.editingFinished.connect(lambda: self.commit(key))

    def _line(self, key: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        self._watch_line(edit, key)
        self.form.addRow(label, edit)
        return edit

    def _text(self, key: str, label: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"field_{key}")
        edit.setAccessibleName(label or key)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(96 if key != "notes" else 16777215)
        edit.textChanged.connect(lambda: self.schedule(key))
        edit.installEventFilter(_FocusOut(lambda: self.commit(key), edit))
        if label:
            self.form.addRow(label, edit)
        else:
            self.form.addRow(edit)
        return edit

    def _combo(self, key: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field_{key}")
        combo.setAccessibleName(label)
        for value, text in items:
            combo.addItem(self.tr(text), value)
        combo.currentIndexChanged.connect(lambda _i: self.commit(key))
        self.form.addRow(label, combo)
        return combo

    # --- loading -----------------------------------------------------------------------------------------------
    def load(self, contact_id: int, *, read_only: bool = False) -> None:
        """Show ``contact_id`` (writing pending edits of the previous contact first)."""
        if self.contact_id is not None and self.contact_id != contact_id:
            self.flush()
        self._timer.stop()
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            self.contact_id, self._saved = None, None
            return
        self.contact_id = contact_id
        self._read_only = read_only
        self._saved = ContactData.from_contact(contact)
        self._show(self._saved, created=contact.created_at)
        self._clear_errors()
        self.set_more_expanded(self._has_more(self._saved))

    def stored_data(self) -> ContactData | None:
        """The shown contact as last loaded or saved (a copy), or None when none is shown."""
        return self._saved.copy() if self._saved is not None else None

    def reload_if_changed(self) -> None:
        """After a write elsewhere (undo, merge, a bulk action): show the stored values if they differ."""
        if self.contact_id is None:
            return
        if self._timer.isActive():
            return  # the user is typing: their text wins, it is saved in a moment
        contact = Contact.get_or_none(Contact.id == self.contact_id)
        if contact is None:
            return
        stored = ContactData.from_contact(contact)
        if stored != self._saved:
            self._saved = stored
            self._show(stored, created=contact.created_at)
            self._clear_errors()
            if self._has_more(stored):
                self.set_more_expanded(True)
        else:
            self._update_target()

    def _show(self, data: ContactData, *, created: dt.datetime | None = None) -> None:
        self._loading = True
        try:
            derived = derive_display_name(
                data.given_name, data.family_name, data.company, data.emails[0].value if data.emails else ""
            )
            values = {
                self.given: data.given_name,
                self.family: data.family_name,
                self.display: "" if data.display_name == derived else data.display_name,
                self.company: data.company,
                self.title: data.title,
                self.linkedin: data.linkedin_url,
                self.how_met: data.how_met,
                **{getattr(self, name): getattr(data, name) for name in MORE_TEXT_FIELDS},
            }
            for edit, value in values.items():
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
                edit.setReadOnly(self._read_only)
            self.display.setPlaceholderText(derived)
            for edit, value in ((self.why, data.why_connect), (self.notes, data.notes)):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
                edit.setReadOnly(self._read_only)
            self.emails.set_entries(data.emails)
            self.phones.set_entries(data.phones)
            self.addresses.set_entries(data.addresses)
            self.emails.set_read_only(self._read_only)
            self.phones.set_read_only(self._read_only)
            self.addresses.set_read_only(self._read_only)
            birthday = data.birthday
            self._birthday_at = data.dates.index(birthday) if birthday is not None else 0
            self.birthday.set_entry(birthday)
            self.dates.set_entries([d for d in data.dates if d is not birthday])
            self.websites.set_entries(data.websites)
            self.handles.set_entries(data.handles)
            for editor in (self.birthday, self.dates, self.websites, self.handles):
                editor.set_read_only(self._read_only)
            self.circles.set_editable(not self._read_only)
            self.circles.set_names(data.circles)
            for combo, value in (
                (self.stage, data.stage),
                (self.tie, data.tie),
                (self.invitation, data.invitation_status),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.setEnabled(not self._read_only)
            day = data.invitation_date or self.ctx.clock.today()
            self.invitation_date.setDate(QDate(day.year, day.month, day.day))
            self.invitation_date.setEnabled(data.invitation_status != "none" and not self._read_only)
            self.referrer.exclude = {self.contact_id} if self.contact_id is not None else set()
            self.referrer.set_contact(data.referred_by_id)
            self.referrer.setReadOnly(self._read_only)
            self.open_referrer.setEnabled(data.referred_by_id is not None)
            self.cadence.setValue(data.keep_in_touch_days or 0)
            self.cadence.setEnabled(not self._read_only)
            if self.contact_id is not None:
                cadence = keep_in_touch.cadence_for(self.contact_id)
                self.cadence.setSpecialValueText(self.tr("Circle default ({n} days)").format(n=cadence.ideal_days))
            self.target.setEnabled(not self._read_only)
            self.open_linkedin.setEnabled(bool(data.linkedin_url))
            self._update_target()
            self._company_completer()
            source = {"manual": self.tr("Added by hand")}.get(
                data.source, self.tr("Imported ({source})").format(source=data.source)
            )
            if created is not None:
                source += self.tr(" on {day}").format(day=f"{created.day} {created:%b %Y}")
            self.source.setText(source)
        finally:
            self._loading = False

    def _company_completer(self) -> None:
        if self.company.completer() is None:
            names = [n for (n,) in Company.select(Company.name).order_by(Company.name).tuples()]
            completer = QCompleter(names, self.company)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.company.setCompleter(completer)

    def refresh_company_names(self) -> None:
        self.company.setCompleter(None)

    def _update_target(self) -> None:
        name = self.company.text().strip()
        company = Company.get_or_none(Company.name == name) if name else None
        self.target.blockSignals(True)
        self.target.setChecked(bool(company and company.is_target))
        self.target.blockSignals(False)
        self.target.setIcon(
            ui_icon("star-filled", STATUS_COLOURS["yellow"]) if self.target.isChecked() else ui_icon("star")
        )
        self.target.setEnabled(bool(name) and not self._read_only)

    # --- collecting and saving ---------------------------------------------------------------------------------
    def collect(self) -> ContactData:
        """The form's current values as ContactData (fields without a widget keep their stored value)."""
        base = self._saved.copy() if self._saved is not None else ContactData()
        base.given_name = self.given.text()
        base.family_name = self.family.text()
        base.display_name = self.display.text()
        base.company = self.company.text()
        base.title = self.title.text()
        base.linkedin_url = self.linkedin.text()
        base.how_met = self.how_met.text()
        base.why_connect = self.why.toPlainText()
        base.notes = self.notes.toPlainText()
        base.emails = self.emails.entries()
        base.phones = self.phones.entries()
        base.addresses = self.addresses.entries()
        for name in MORE_TEXT_FIELDS:
            setattr(base, name, getattr(self, name).text())
        dates = self.dates.entries()
        birthday = self.birthday.entry()
        if birthday is not None:
            dates.insert(min(self._birthday_at, len(dates)), birthday)  # where it was: nothing else moves
        base.dates = dates
        base.websites = self.websites.entries()
        base.handles = self.handles.entries()
        base.circles = self.circles.names()
        base.stage = self.stage.currentData()
        base.tie = self.tie.currentData()
        base.invitation_status = self.invitation.currentData()
        qdate = self.invitation_date.date()
        base.invitation_date = (
            dt.date(qdate.year(), qdate.month(), qdate.day()) if base.invitation_status != "none" else None
        )
        base.referred_by_id = self.referrer.contact_id
        base.keep_in_touch_days = self.cadence.value() or None
        if base.keep_in_touch_days is None:
            base.keep_in_touch_max_days = None
        return base

    def set_photo(self, photo: bytes | None) -> None:
        if self._saved is None or self._read_only:
            return
        data = self.collect()
        data.photo = photo
        self._save(data, "photo")

    def schedule(self, field: str) -> None:
        if self._loading or self._read_only or self.contact_id is None:
            return
        if self._pending_field and self._pending_field != field and self._timer.isActive():
            self.commit(self._pending_field)
        self._pending_field = field
        self._timer.start()

    def has_pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> bool:
        """Write pending edits now. Returns False when they are invalid (and were not written)."""
        if self._timer.isActive() or self.contact_id is not None:
            return self.commit(self._pending_field)
        return True

    def commit(self, field: str = "") -> bool:
        """Save the form if it differs from what is stored. False when validation refused it."""
        self._timer.stop()
        if self._loading or self._read_only or self.contact_id is None or self._saved is None:
            return True
        if field == "invitation_date" and self.invitation.currentData() == "none":
            return True
        problems = self._date_problems()
        if problems:
            self._display_errors(problems, [])
            return False
        return self._save(self.collect(), field)

    def _date_problems(self) -> dict[str, list[str]]:
        """A day the calendar does not have (29 February 2023) or a year that is not one, in words, per row."""
        problems: dict[str, list[str]] = {}
        entries = [("birthday", self.birthday.entry())] + [("dates", e) for e in self.dates.entries()]
        for key, entry in entries:
            if entry is None or key in problems:
                continue
            if entry.year is not None and not 1 <= entry.year <= 9999:
                problems[key] = [self.tr("Write the year with four digits, like 1985, or leave it empty.")]
            elif entry.as_date() is None and entry.year is not None:
                problems[key] = [
                    self.tr("There is no {day} in {year}.").format(
                        day=day_text(entry.month, entry.day), year=entry.year
                    )
                ]
        return problems

    def _save(self, data: ContactData, field: str) -> bool:
        try:
            clean = validate(data, contact_id=self.contact_id)
        except ContactValidationError as exc:
            self._show_errors(exc)
            return False
        try:
            before = validate(self._saved, contact_id=self.contact_id)
        except ContactValidationError:  # stored data that no longer passes (old import): any valid edit fixes it
            before = None
        self._clear_errors()
        if clean == before:
            return True
        if not Contact.select().where(Contact.id == self.contact_id).exists():
            return True
        self.ctx.undo_stack.push(commands.EditContact(self.ctx, self.contact_id, self._saved, data, field))
        contact = Contact.get_or_none(Contact.id == self.contact_id)
        if contact is not None:
            self._saved = ContactData.from_contact(contact)
        self.open_referrer.setEnabled(self.referrer.contact_id is not None)
        self.open_linkedin.setEnabled(bool(self.linkedin.text().strip()))
        self._update_target()
        self.saved.emit()
        return True

    # --- errors ------------------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self._errors.values():
            if label.isVisible() or label.text():
                label.clear()
                self.form.setRowVisible(label, False)
        self.general_error.setVisible(False)

    def _show_errors(self, exc: ContactValidationError) -> None:
        self._clear_errors()
        general = []
        by_field: dict[str, list[str]] = {}
        for problem in exc.problems:
            key = (
                problem.field
                if problem.field in self._errors
                else "keep_in_touch_days"
                if "keep_in_touch" in problem.field
                else None
            )
            if key is None:
                general.append(str(problem))
            else:
                by_field.setdefault(key, []).append(problem.message[:1].upper() + problem.message[1:])
        self._display_errors(by_field, general)

    def _display_errors(self, by_field: dict[str, list[str]], general: list[str]) -> None:
        self._clear_errors()
        if any(key in self._more_errors for key in by_field):
            self.set_more_expanded(True)
        for key, messages in by_field.items():
            label = self._errors[key]
            label.setText("\n".join(messages))
            self.form.setRowVisible(label, True)
            label.setVisible(True)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)
        first = next(iter(by_field), None)
        if first is not None:
            self.ensureWidgetVisible(self._errors[first])

    # --- small actions -----------------------------------------------------------------------------------------
    def _invitation_changed(self, _index: int) -> None:
        if self._loading:
            return
        status = self.invitation.currentData()
        self.invitation_date.setEnabled(status != "none")
        if status != "none" and (self._saved is None or self._saved.invitation_date is None):
            today = self.ctx.clock.today()
            self._loading = True
            self.invitation_date.setDate(QDate(today.year, today.month, today.day))
            self._loading = False
        self.commit("invitation_status")

    def _open_linkedin(self) -> None:
        url = self.linkedin.text().strip()
        if url:
            QDesktopServices.openUrl(QUrl.fromUserInput(url))

    def _target_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.commit("company")
        name = self.company.text().strip()
        company = Company.get_or_none(Company.name == name) if name else None
        if company is None:
            self._update_target()
            return
        self.ctx.undo_stack.push(commands.SetTarget(self.ctx, company.id, on, company.name))
        self._update_target()

"""The Details tab's widgets: the form's rows, "More fields", the error line under each field
(:class:`app.ui.contacts.editor.ContactEditor` builds itself with this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.contact_data import ContactData
from app.core.contacts.vocabulary import INVITATION_STATUSES, STAGES, TIES
from app.ui.contacts.chips import CircleChips
from app.ui.contacts.editor_fields import MORE_TEXT_FIELDS, FocusOut
from app.ui.contacts.more_fields import BirthdayEditor, DatesEditor, HandlesEditor, WebsitesEditor
from app.ui.contacts.multi_value import AddressEditor, MultiValueEditor
from app.ui.contacts.presentation import (
    INVITATION_LABELS,
    STAGE_HINTS,
    STAGE_LABELS,
    TIE_LABELS,
    error_label,
)
from app.ui.followups.kinds import secondary_text
from app.ui.icons import ui_icon
from app.ui.pitches.eliding import ElidingLabel
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.date_entry import DateEdit
from app.ui.widgets.text import heading


class EditorForm:
    """The layout half of :class:`~app.ui.contacts.editor.ContactEditor` (a mixin: it builds onto the editor)."""

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
        self.notice = QLabel()  # a save the database refused for now, or a field also changed elsewhere
        self.notice.setObjectName("contactEditorNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice_palette = self.notice.palette()
        self._problem_palette = error_label().palette()
        outer.addWidget(self.notice)
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
        # Typed or picked; Tab goes on to the next field (Qt's date edit walked through day, month and year).
        self.invitation_date = DateEdit(today=self.ctx.clock.today, weekday_direction="past")
        self.invitation_date.setObjectName("field_invitation_date")
        self.invitation_date.setAccessibleName(self.tr("Invitation date"))
        self.invitation_date.setDisplayFormat("d MMM yyyy")  # no weekday: the form is narrow
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
        self.source.setWordWrap(True)  # "Importado (linkedin) el 16 de feb de 2026" is wider than the field
        self.form.addRow("", self.source)
        for key in ("tie", "invitation_status"):
            self._error_row(key)
        self._wrap_long_labels()

    # A form label is at most this many average characters wide; a longer one wraps onto a second line. At 1200×800
    # the label column took the longest label's width ("Comment nous nous sommes rencontrés" 247 px, "Wie wir uns
    # kennengelernt haben" 202 px) and pushed the fields past the pane's right edge in French, German and Spanish.
    LABEL_CHARS = 20

    def _wrap_long_labels(self) -> None:
        cap = self.fontMetrics().averageCharWidth() * self.LABEL_CHARS
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.fontMetrics().horizontalAdvance(label.text()) > cap:
                label.setWordWrap(True)  # only the long ones: a wrapped label may break anywhere ("E-/Mail")
                label.setFixedWidth(cap)
                label.setAlignment(self.form.labelAlignment())  # its lines right-aligned as the other labels

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
        edit.installEventFilter(FocusOut(lambda: self.commit(key), edit))
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

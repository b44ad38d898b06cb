"""The Details tab: every field of a contact, edited in place and saved as you go.

Saving: a field is written when the user leaves it (or picks a value), after a short pause while typing
(:data:`SAVE_DELAY_MS`), and at least every :data:`MAX_WAIT_MS` while typing on (so a crash or a power cut loses at
most the last moments). Each save is one :class:`~app.ui.contacts.commands.EditContact` on the undo stack (typing on
in the same field merges into the same step). :meth:`ContactEditor.flush` writes anything pending at once — the page
calls it before switching contacts and the main window before closing, so nothing typed is lost. Invalid input (a
malformed email, a referral loop…) is shown in words next to its field and not saved; the rest of the form stays
usable.

A save writes only the fields the user changed, onto the contact as stored at that moment
(:mod:`app.core.contacts.field_changes`): an e-mail address an import merged in, a phone number a sync brought, a note
the command line added stay. The form also picks such changes up while it is open — on the app's data-changed signals,
when another program or sync's worker writes (``DataBus.external_change``) and before each save: untouched fields
show the new value in place (the cursor stays where it is), notes typed in while a line was added elsewhere keep
both, and a field changed on both sides keeps the user's text and says so (Undo brings the other version back).

A save the database refuses for now (another program holds its write lock, the disk is full) does not freeze the
window — it waits at most :data:`BUSY_WAIT_MS` — and is not lost: the form keeps the text, a notice (and the status
bar) says what happened, and it is tried again with growing pauses until it is stored; a last try when Rapport quits
waits as long as a command would.

The fields most contacts do without (name prefix, middle name and suffix, nickname, department, birthday and other
dates, websites, chat and social handles) sit behind "More fields", collapsed unless the contact has one of them.
Whatever the form does not show (kept vCard properties, an import's odd labels) is never written by it.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.connection import BUSY_TIMEOUT_MS, busy_timeout
from app.core.contacts import field_changes as contact_changes
from app.core.contacts import keep_in_touch, lookup
from app.core.contacts.contact_data import ContactData, derive_display_name
from app.core.contacts.service import ContactValidationError
from app.core.contacts.vocabulary import INVITATION_STATUSES, STAGES, TIES
from app.errors import classify
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
from app.ui.widgets.date_entry import DateEdit
from app.ui.widgets.live_text import replace_in_place
from app.ui.widgets.text import heading

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 700  # a pause in typing saves
MAX_WAIT_MS = 1500  # and steady typing is saved at least this often: a crash loses at most the last 1.5 s
BUSY_WAIT_MS = 250  # how long a save waits for another program's write lock before trying again later
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)  # a refused save is tried again after these (then every 15 s)
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
# The fields the form edits, in the order of a change (ContactData's other fields keep their stored value).
FORM_FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "company",
    "title",
    "linkedin_url",
    "emails",
    "phones",
    "addresses",
    *MORE_TEXT_FIELDS,
    "dates",
    "websites",
    "handles",
    "circles",
    "stage",
    "tie",
    "invitation_status",
    "invitation_date",
    "referred_by_id",
    "how_met",
    "why_connect",
    "keep_in_touch_days",
    "keep_in_touch_max_days",
    "notes",
)
MORE_FIELDS = frozenset({*MORE_TEXT_FIELDS, "dates", "websites", "handles"})
# List fields and the widgets holding their rows: rows someone is typing in are not rebuilt under them.
LIST_WIDGET_FIELDS = {
    "emails": ("emails",),
    "phones": ("phones",),
    "addresses": ("addresses",),
    "dates": ("birthday", "dates"),
    "websites": ("websites",),
    "handles": ("handles",),
}
FIELD_LABELS = {
    "given_name": "Given name",
    "family_name": "Family name",
    "display_name": "Show as",
    "company": "Company",
    "title": "Title",
    "linkedin_url": "LinkedIn",
    "name_prefix": "Name prefix",
    "middle_name": "Middle name",
    "name_suffix": "Name suffix",
    "nickname": "Nickname",
    "department": "Department",
    "how_met": "How we met",
    "why_connect": "Why connect",
    "notes": "Notes",
    "stage": "Stage",
    "tie": "Tie",
    "invitation_status": "Invitation",
    "invitation_date": "Invitation date",
    "referred_by_id": "Referred by",
    "keep_in_touch_days": "Reconnect every",
}


def _clean_text(text: str) -> str:
    """A long text as validation stores it (what the form sent, less the spaces at its ends)."""
    return (text or "").replace("\x00", "").strip()


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
    changed_underneath = Signal()  # the shown contact was changed by something else (the header may be stale)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contactEditor")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contact_id: int | None = None
        # The contact as last read (_stored); per field, the stored value the form's widget stands for (_base) and
        # what the widget gave back when it showed it (_shown): a field whose widget differs from _shown is one the
        # user changed, and a save writes only those, from their _base value to the form's (issue 19).
        self._stored: ContactData | None = None
        self._base: ContactData | None = None
        self._shown: ContactData | None = None
        self._loading = False
        self._read_only = False
        self._pending_field = ""
        self._merge_key = 0  # typing on in a field merges into one undo step while this stays the same
        self._idle = QTimer(self)  # restarts on every key: a pause saves
        self._idle.setSingleShot(True)
        self._idle.setInterval(SAVE_DELAY_MS)
        self._idle.timeout.connect(lambda: self.commit(self._pending_field))
        self._max_wait = QTimer(self)  # started by the first unsaved key, not restarted: steady typing saves too
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(lambda: self.commit(self._pending_field))
        self._failure = None  # why the last save was refused (a KnownError), while it is being retried
        self._attempts = 0
        self._told = False  # the notice said a save was refused
        self._queue: list[tuple[int, contact_changes.ContactChange, str]] = []  # refused edits of other contacts
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_now)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(lambda: self._set_notice(""))
        self._status_text = ""
        self._errors: dict[str, QLabel] = {}
        self._build()
        ctx.bus.external_change.connect(self._external_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_before_quitting)

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
        switching = self.contact_id is not None and self.contact_id != contact_id
        if switching and not self.flush() and self._failure is not None:
            self._queue_unsaved()  # the database refused it for now: kept and retried in the background
        self._stop_timers()
        contact = lookup.stored_contact(contact_id)
        if contact is None:
            self.contact_id, self._stored, self._base, self._shown = None, None, None, None
            return
        self.contact_id = contact_id
        self._read_only = read_only
        self._stored = contact.data
        self._base = self._stored.copy()
        self._show(self._stored, created=contact.created_at)
        self._shown = self.collect()
        self._merge_key += 1
        self._clear_errors()
        if self._failure is None:
            self._set_notice("")  # a refused save is still being retried: its notice stays
        self.set_more_expanded(self._has_more(self._stored))

    def stored_data(self) -> ContactData | None:
        """The shown contact as last read from the database (a copy), or None when none is shown."""
        return self._stored.copy() if self._stored is not None else None

    def reload_if_changed(self) -> None:
        """After a write elsewhere (undo, merge, a bulk action, an import, sync, the command line): show what changed
        in the fields the user is not editing, in place; merge or report what changed in a field they are editing."""
        if self.contact_id is None or self._base is None:
            return
        contact = lookup.stored_contact(self.contact_id)
        if contact is None:
            return
        self._absorb(contact.data)
        self._update_target()

    def _external_change(self) -> None:
        """The database was changed by another connection (a command, sync's worker): pick up what concerns us."""
        if self.contact_id is not None and not self._loading:
            before = self._stored
            self.reload_if_changed()
            if self._stored != before:
                self.changed_underneath.emit()

    def _touched(self) -> set[str]:
        """The form's fields the user changed since they last matched the database."""
        if self._shown is None:
            return set()
        return set(contact_changes.diff(self._shown, self.collect(), FORM_FIELDS).fields)

    def _absorb(self, stored: ContactData) -> list[str]:
        """Take ``stored`` (the contact as it is now) into the form. Returns the fields in conflict.

        A field the user has not touched shows the new value in place (cursor kept). A field they are editing and
        that changed underneath: a long text merges when the changes are in different places; a list keeps their
        rows (the save merges entry by entry); any other field keeps their value, and the notice says so."""
        assert self._base is not None and self._shown is not None
        self._stored = stored
        changed = contact_changes.diff(self._base, stored).fields
        if not changed:
            return []
        touched = self._touched()
        form = self.collect()
        refresh, conflicts = [], []
        for name in changed:
            if name not in FORM_FIELDS or name == "keep_in_touch_max_days":
                setattr(self._base, name, contact_changes._copy(getattr(stored, name)))
            elif name not in touched:
                refresh.append(name)
            elif name in contact_changes.TEXT_FIELDS:
                base, mine, theirs = getattr(self._base, name), getattr(form, name), getattr(stored, name)
                merged = contact_changes.merge_text(base, mine, theirs)
                if merged is None:
                    conflicts.append(name)
                else:
                    self._set_text_in_place(name, merged)
                setattr(self._base, name, getattr(stored, name))
            elif name in contact_changes.LIST_FIELDS:
                continue  # their rows stay as they are; the save merges entry by entry onto what is stored
            elif getattr(form, name) == getattr(stored, name):
                setattr(self._base, name, contact_changes._copy(getattr(stored, name)))
                setattr(self._shown, name, contact_changes._copy(getattr(form, name)))
            else:
                conflicts.append(name)  # their value stays; the save writes it over the other, which Undo brings back
                setattr(self._base, name, contact_changes._copy(getattr(stored, name)))
        if refresh:
            self._show_fields(stored, refresh)
            readback = self.collect()
            for name in refresh:
                if self._list_focused(name):
                    continue  # someone is in one of its rows: shown once they leave it
                setattr(self._base, name, contact_changes._copy(getattr(stored, name)))
                setattr(self._shown, name, contact_changes._copy(getattr(readback, name)))
        if conflicts:
            self._merge_key += 1  # the next save is its own undo step: undoing it brings the other value back
            self._tell_conflict(conflicts)
        return conflicts

    def _list_focused(self, name: str) -> bool:
        """Whether the keyboard is in one of the rows of list field ``name`` (they are not rebuilt under it)."""
        return any(self._has_focus(getattr(self, widget)) for widget in LIST_WIDGET_FIELDS.get(name, ()))

    def _has_focus(self, widget: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    def _set_text_in_place(self, name: str, text: str) -> None:
        widget = {"notes": self.notes, "why_connect": self.why}[name]
        self._loading = True
        try:
            replace_in_place(widget, text)
        finally:
            self._loading = False

    def _show(self, data: ContactData, *, created: dt.datetime | None = None) -> None:
        self._loading = True
        try:
            self._show_fields(data, FORM_FIELDS, in_place=False)
            self.circles.set_editable(not self._read_only)
            for edit in self._line_edits():
                edit.setReadOnly(self._read_only)
            for edit in (self.why, self.notes):
                edit.setReadOnly(self._read_only)
            for editor in (self.emails, self.phones, self.addresses, self.birthday, self.dates, self.websites):
                editor.set_read_only(self._read_only)
            self.handles.set_read_only(self._read_only)
            for combo in (self.stage, self.tie, self.invitation):
                combo.setEnabled(not self._read_only)
            self.referrer.exclude = {self.contact_id} if self.contact_id is not None else set()
            self.referrer.setReadOnly(self._read_only)
            self.cadence.setEnabled(not self._read_only)
            if self.contact_id is not None:
                cadence = keep_in_touch.cadence_for(self.contact_id)
                self.cadence.setSpecialValueText(self.tr("Circle default ({n} days)").format(n=cadence.ideal_days))
            self.target.setEnabled(not self._read_only)
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

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.given,
            self.family,
            self.display,
            self.company,
            self.title,
            self.linkedin,
            self.how_met,
            *(getattr(self, name) for name in MORE_TEXT_FIELDS),
        ]

    def _show_fields(self, data: ContactData, names, *, in_place: bool = True) -> None:
        """Put the values of ``names`` from ``data`` into their widgets. ``in_place``: change only what differs and
        keep the cursor where it is (the form is open and someone may be typing)."""
        names = set(names)
        was_loading, self._loading = self._loading, True
        try:
            derived = derive_display_name(
                data.given_name, data.family_name, data.company, data.emails[0].value if data.emails else ""
            )
            lines = {
                "given_name": (self.given, data.given_name),
                "family_name": (self.family, data.family_name),
                "display_name": (self.display, "" if data.display_name == derived else data.display_name),
                "company": (self.company, data.company),
                "title": (self.title, data.title),
                "linkedin_url": (self.linkedin, data.linkedin_url),
                "how_met": (self.how_met, data.how_met),
                "why_connect": (self.why, data.why_connect),
                "notes": (self.notes, data.notes),
                **{name: (getattr(self, name), getattr(data, name)) for name in MORE_TEXT_FIELDS},
            }
            for name, (edit, value) in lines.items():
                if name not in names:
                    continue
                if in_place:
                    replace_in_place(edit, value)
                elif isinstance(edit, QLineEdit):
                    if edit.text() != value:
                        edit.setText(value)
                        edit.setCursorPosition(0)
                elif edit.toPlainText() != value:
                    edit.setPlainText(value)
            self.display.setPlaceholderText(derived)
            for name, editor in (("emails", self.emails), ("phones", self.phones), ("addresses", self.addresses)):
                if name in names and not (in_place and self._has_focus(editor)):
                    editor.set_entries(getattr(data, name))
                    editor.set_read_only(self._read_only)
            if "dates" in names and not (in_place and (self._has_focus(self.birthday) or self._has_focus(self.dates))):
                birthday = data.birthday
                self._birthday_at = data.dates.index(birthday) if birthday is not None else 0
                self.birthday.set_entry(birthday)
                self.dates.set_entries([d for d in data.dates if d is not birthday])
                self.birthday.set_read_only(self._read_only)
                self.dates.set_read_only(self._read_only)
            for name, editor in (("websites", self.websites), ("handles", self.handles)):
                if name in names and not (in_place and self._has_focus(editor)):
                    editor.set_entries(getattr(data, name))
                    editor.set_read_only(self._read_only)
            if in_place and self._has_more(data) and not self._more_open and names & MORE_FIELDS:
                self.set_more_expanded(True)
            if "circles" in names:
                self.circles.set_names(data.circles)
            for name, combo in (("stage", self.stage), ("tie", self.tie), ("invitation_status", self.invitation)):
                if name in names:
                    combo.setCurrentIndex(max(0, combo.findData(getattr(data, name))))
            if names & {"invitation_status", "invitation_date"}:
                day = data.invitation_date or self.ctx.clock.today()
                self.invitation_date.setDate(QDate(day.year, day.month, day.day))
                self.invitation_date.setEnabled(data.invitation_status != "none" and not self._read_only)
            if "referred_by_id" in names:
                self.referrer.set_contact(data.referred_by_id)
                self.open_referrer.setEnabled(data.referred_by_id is not None)
            if "keep_in_touch_days" in names:
                self.cadence.setValue(data.keep_in_touch_days or 0)
            if "linkedin_url" in names:
                self.open_linkedin.setEnabled(bool(data.linkedin_url))
            if "company" in names:
                self._update_target()
        finally:
            self._loading = was_loading

    def _company_completer(self) -> None:
        if self.company.completer() is None:
            names = lookup.company_names()
            completer = QCompleter(names, self.company)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.company.setCompleter(completer)

    def refresh_company_names(self) -> None:
        self.company.setCompleter(None)

    def _update_target(self) -> None:
        name = self.company.text().strip()
        company = lookup.company_named(name)
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
        base = self._base.copy() if self._base is not None else ContactData()
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

    def pending_change(self) -> contact_changes.ContactChange:
        """What the user changed and has not saved yet: each touched field, from its stored value to the form's."""
        if self._base is None or self._shown is None:
            return contact_changes.ContactChange()
        form = self.collect()
        names = sorted(self._touched(), key=FORM_FIELDS.index)
        change = contact_changes.ContactChange()
        for name in names:
            change.old[name] = contact_changes._copy(getattr(self._base, name))
            change.new[name] = contact_changes._copy(getattr(form, name))
        if "keep_in_touch_days" in names and form.keep_in_touch_max_days != self._base.keep_in_touch_max_days:
            change.old["keep_in_touch_max_days"] = self._base.keep_in_touch_max_days
            change.new["keep_in_touch_max_days"] = form.keep_in_touch_max_days
        return change

    def set_photo(self, photo: bytes | None) -> None:
        if self._base is None or self._read_only or self.contact_id is None:
            return
        change = contact_changes.ContactChange({"photo": self._base.photo}, {"photo": photo})
        self._write(change, "photo", merge=False)

    def schedule(self, field: str) -> None:
        """The user typed in ``field``: save after a pause, and at least every :data:`MAX_WAIT_MS` while typing."""
        if self._loading or self._read_only or self.contact_id is None:
            return
        if self._pending_field and self._pending_field != field and self.has_pending():
            self.commit(self._pending_field)
        self._pending_field = field
        if self._failure is not None:
            return  # the retry timer saves it (with everything typed by then)
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._max_wait.stop()

    def has_pending(self) -> bool:
        return self._idle.isActive() or self._max_wait.isActive() or self._failure is not None

    def flush(self) -> bool:
        """Write pending edits now. Returns False when they were not written (invalid, or the database refused)."""
        if self.has_pending() or self.contact_id is not None:
            saved = self.commit(self._pending_field)
            return self._flush_queue() and saved
        return self._flush_queue()

    def commit(self, field: str = "") -> bool:
        """Save what the user changed (only that). False when validation refused it or the database could not
        take it now (then it is kept in the form and tried again)."""
        self._stop_timers()
        if self._loading or self._read_only or self.contact_id is None or self._base is None:
            return True
        if field == "invitation_date" and self.invitation.currentData() == "none":
            return True
        problems = self._date_problems()
        if problems:
            self._display_errors(problems, [])
            return False
        self.reload_if_changed()  # what changed underneath first: conflicts are told, untouched fields refreshed
        change = self.pending_change()
        if not change:
            self._clear_errors()
            if self._failure is not None and not self._queue:
                self._saved_again()
            return True
        return self._write(change, field)

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

    def _write(self, change: contact_changes.ContactChange, field: str, *, merge: bool = True) -> bool:
        contact_id = self.contact_id
        assert contact_id is not None
        try:
            applied = self._apply(contact_id, change)
        except ContactValidationError as exc:
            self._show_errors(exc)
            return False
        except contact_changes.ContactGone:
            return True
        except Exception as exc:
            return self._write_failed(exc)
        self._clear_errors()
        for name in applied.conflicts:  # changed meanwhile and not seen yet: Undo brings that value back
            change.old[name] = applied.theirs[name]
        self._took(change, applied.stored)  # before the undo step goes on the stack: its signals reload the form
        if applied.written:
            key = self._merge_key if merge else -1
            self.ctx.undo_stack.push(
                commands.EditContact(self.ctx, contact_id, change, field, applied.stored.display_name, key, done=True)
            )
        if applied.conflicts:
            self._tell_conflict(applied.conflicts)
        self.open_referrer.setEnabled(self.referrer.contact_id is not None)
        self.open_linkedin.setEnabled(bool(self.linkedin.text().strip()))
        self._update_target()
        if self._failure is not None and not self._queue:
            self._saved_again()
        if applied.written:
            self.saved.emit()
        return True

    def _took(self, change: contact_changes.ContactChange, stored: ContactData) -> None:
        """``change`` is stored (as ``stored``): the form matches the database again, except where the save merged
        in what came meanwhile, which is shown now (in place) or once the user leaves those rows."""
        assert self._base is not None and self._shown is not None
        form = self.collect()
        for name in change.new:
            there = getattr(stored, name)
            if name in LIST_WIDGET_FIELDS and contact_changes.diff(stored, form, [name]):
                setattr(self._base, name, contact_changes._copy(change.new[name]))  # the rows show what was sent
            elif name in contact_changes.TEXT_FIELDS and there != _clean_text(getattr(form, name)):
                merged = contact_changes.merge_text(_clean_text(getattr(form, name)), getattr(form, name), there)
                self._set_text_in_place(name, merged if merged is not None else there)
                form = self.collect()
                setattr(self._base, name, there)
            else:
                setattr(self._base, name, contact_changes._copy(there))
            if name in FORM_FIELDS:
                setattr(self._shown, name, contact_changes._copy(getattr(form, name)))
        self._absorb(stored)  # a derived display name, what the save merged in, what changed meanwhile

    def _apply(self, contact_id: int, change: contact_changes.ContactChange, *, wait_ms: int | None = None):
        """One write, waiting at most ``wait_ms`` (:data:`BUSY_WAIT_MS`) for another program's lock: the window
        must not freeze for the 5 s a command would wait. A refused write is tried again later (the retry timer)."""
        with busy_timeout(BUSY_WAIT_MS if wait_ms is None else wait_ms):
            return contact_changes.apply_change(contact_id, change, clock=self.ctx.clock)

    # --- when the database refuses a save (issue 19 item 7) ----------------------------------------------------
    def _write_failed(self, exc: Exception) -> bool:
        known = classify(exc)
        if known is None:
            raise exc
        log.warning("could not save a contact edit (%s); keeping it and retrying", known.title)
        self._failure = known
        delay = RETRY_DELAYS_MS[min(self._attempts, len(RETRY_DELAYS_MS) - 1)]
        self._attempts += 1
        self._retry.start(delay)
        if known.title != "Database busy" or self._attempts > 1:  # a moment's lock (a sync's batch) goes unsaid
            self._set_notice(self._failure_text(known, delay), problem=True)
            self._told = True
        return False

    def _failure_text(self, known, delay_ms: int) -> str:
        seconds = max(1, round(delay_ms / 1000))
        if known.title == "Database busy":
            what = self.tr("the database is busy (another program or a sync is writing to it)")
        elif known.title in ("Disk full", "Disk quota exceeded"):
            what = self.tr("the disk is full — free some space")
        elif known.title in ("Read-only data folder", "Read-only disk"):
            what = self.tr("the data folder cannot be written to")
        else:
            what = known.title.lower()
        return self.tr("Not saved yet: {what}. Your changes are kept; trying again in {n} s.").format(
            what=what, n=seconds
        )

    def _retry_now(self) -> None:
        if not self._flush_queue(from_retry=True):
            return
        if self.contact_id is not None and self._base is not None and not self._read_only:
            self.commit(self._pending_field)
        elif self._failure is not None:
            self._saved_again()

    def _queue_unsaved(self) -> None:
        change = self.pending_change()
        if change and self.contact_id is not None:
            self._queue.append((self.contact_id, change, self._pending_field))

    def _flush_queue(self, *, from_retry: bool = False) -> bool:
        """Write the edits of contacts no longer shown that the database refused earlier. False when some remain."""
        while self._queue:
            contact_id, change, field = self._queue[0]
            try:
                applied = self._apply(contact_id, change)
            except (ContactValidationError, contact_changes.ContactGone):
                self._queue.pop(0)
                continue
            except Exception as exc:
                if from_retry or self._failure is None:
                    self._write_failed(exc)
                return False
            self._queue.pop(0)
            if applied.written:
                name = applied.stored.display_name
                self.ctx.undo_stack.push(commands.EditContact(self.ctx, contact_id, change, field, name, -1, done=True))
        return True

    def _saved_again(self) -> None:
        self._failure = None
        self._attempts = 0
        self._retry.stop()
        if self._told:
            self._set_notice(self.tr("Saved: the database took your changes."), problem=False, timeout_ms=4000)
        self._told = False

    def save_before_quitting(self) -> bool:
        """The last chance (the app is quitting): write what is pending, waiting as long as a command would."""
        if not self._queue and (self.contact_id is None or not self.pending_change()):
            return True
        try:
            while self._queue:
                contact_id, change, _field = self._queue[0]
                self._apply(contact_id, change, wait_ms=BUSY_TIMEOUT_MS)
                self._queue.pop(0)
            if self.contact_id is not None and not self._read_only:
                change = self.pending_change()
                if change:
                    self._apply(self.contact_id, change, wait_ms=BUSY_TIMEOUT_MS)
        except (ContactValidationError, contact_changes.ContactGone):
            return True
        except Exception as exc:
            known = classify(exc)
            log.error("could not save a contact edit before quitting: %s", known.title if known else exc)
            return False
        return True

    # --- telling the user --------------------------------------------------------------------------------------
    def _tell_conflict(self, names: list[str]) -> None:
        labels = [self.tr(FIELD_LABELS.get(name, name)) for name in names]
        self._set_notice(
            self.tr(
                "{fields} also changed elsewhere (an import, a sync or a command) while you were editing. Your text "
                "is kept; Edit → Undo brings back the other version."
            ).format(fields=", ".join(labels)),
            problem=False,
        )

    def _set_notice(self, text: str, *, problem: bool = False, timeout_ms: int = 0) -> None:
        self._notice_timer.stop()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.notice.setPalette(self._problem_palette if problem else self._notice_palette)
        window = self.window()
        status = window.statusBar() if isinstance(window, QMainWindow) else None
        if status is not None:
            if text and (problem or timeout_ms):
                status.showMessage(text, timeout_ms)
            elif not text and self._status_text and status.currentMessage() == self._status_text:
                status.clearMessage()
            self._status_text = text
        if text and timeout_ms:
            self._notice_timer.start(timeout_ms)

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
        if status != "none" and (self._base is None or self._base.invitation_date is None):
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
        company = lookup.company_named(name)
        if company is None:
            self._update_target()
            return
        self.ctx.undo_stack.push(commands.SetTarget(self.ctx, company.id, on, company.name))
        self._update_target()

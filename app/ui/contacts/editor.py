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

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.core.contacts import field_changes as contact_changes
from app.core.contacts import keep_in_touch, lookup
from app.core.contacts.contact_data import ContactData, derive_display_name
from app.core.contacts.service import ContactValidationError
from app.ui.contacts import commands
from app.ui.contacts.editor_fields import (
    FORM_FIELDS,
    LIST_WIDGET_FIELDS,
    MAX_WAIT_MS,
    MORE_FIELDS,
    MORE_TEXT_FIELDS,
    SAVE_DELAY_MS,
)
from app.ui.contacts.editor_form import EditorForm
from app.ui.contacts.editor_saving import EditorSaving
from app.ui.contacts.presentation import (
    STATUS_COLOURS,
    problem_text,
)
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.live_text import replace_in_place
from app.ui.widgets.text import short_day


class ContactEditor(EditorForm, EditorSaving, QScrollArea):
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
                self.cadence.setSpecialValueText(self.tr("Circle default (%n day(s))", "", cadence.ideal_days))
            self.target.setEnabled(not self._read_only)
            self._update_target()
            self._company_completer()
            source = {"manual": self.tr("Added by hand")}.get(
                data.source, self.tr("Imported ({source})").format(source=data.source)
            )
            if created is not None:
                source += self.tr(" on {day}").format(day=short_day(created, year=True))
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
                general.append(problem_text(problem))
            else:
                by_field.setdefault(key, []).append(problem_text(problem))
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

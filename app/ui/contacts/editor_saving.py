"""Saving the contact form as you type (:class:`app.ui.contacts.editor.ContactEditor`): collecting the changed
fields, the pause and max-wait timers, one undo step per save, and saves the database refuses for now (kept, said,
retried; a last try at quit). See the editor's module docstring for the whole story."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import (
    QMainWindow,
)

from app.core.connection import BUSY_TIMEOUT_MS, busy_timeout
from app.core.contacts import field_changes as contact_changes
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import ContactValidationError
from app.core.contacts.validation import clean_text
from app.errors import classify
from app.ui.contacts import commands
from app.ui.contacts.editor_fields import (
    BUSY_WAIT_MS,
    FIELD_LABELS,
    FORM_FIELDS,
    LIST_WIDGET_FIELDS,
    MORE_TEXT_FIELDS,
    RETRY_DELAYS_MS,
)
from app.ui.contacts.facts import day_text

log = logging.getLogger("app.ui.contacts.editor")


class EditorSaving:
    """The saving half of :class:`~app.ui.contacts.editor.ContactEditor` (a mixin)."""

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
            elif name in contact_changes.TEXT_FIELDS and there != clean_text(getattr(form, name)):
                merged = contact_changes.merge_text(clean_text(getattr(form, name)), getattr(form, name), there)
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
            what = known.said()[0].lower()
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

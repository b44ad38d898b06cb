"""The contact form's fields: which ones it holds, what they are called in messages, and when it saves
(:mod:`app.ui.contacts.editor`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from app.core.contacts import validation

SAVE_DELAY_MS = 700  # a pause in typing saves
MAX_WAIT_MS = 1500  # and steady typing is saved at least this often: a crash loses at most the last 1.5 s
BUSY_WAIT_MS = 250  # how long a save waits for another program's write lock before trying again later
RETRY_DELAYS_MS = (1000, 2000, 4000, 8000, 15000)  # a refused save is tried again after these (then every 15 s)
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
# What the form calls its fields in messages: the core's labels, with the form's own words where they differ.
FIELD_LABELS = {
    **validation.FIELD_LABELS,
    "given_name": "Given name",
    "family_name": "Family name",
    "display_name": "Show as",
    "referred_by_id": "Referred by",
    "keep_in_touch_days": "Reconnect every",
}


class FocusOut(QObject):
    """Calls ``callback`` when the watched widget loses the keyboard focus."""

    def __init__(self, callback, parent=None):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False

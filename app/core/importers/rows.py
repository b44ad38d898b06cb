"""What every importer yields: one :class:`ImportRow` per person in the file, with the line it starts on.

A row either carries the contact it describes (``data``) or the reason it cannot become one (``problem``); the
import engine counts the latter as skipped and reports ``FILE:LINE: problem``. Helpers here are the checks and
small conversions all formats share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.contacts import MAX_NAME, MAX_TEXT, ContactData

_NAME_FIELDS = ("given_name", "family_name", "display_name", "company", "title", "linkedin_url")
_TEXT_FIELDS = ("how_met", "why_connect", "notes")
MAX_PHOTO_BYTES = 1024 * 1024
SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred", "other contacts", "imported"}


@dataclass
class ImportRow:
    """One person read from a file. ``uid`` is the source's own stable id (vCard UID), when it has one;
    ``referred_by_uid`` the UID of the person who referred them (Rapport's ``X-RAPPORT-REFERRED-BY``), resolved
    against the database and the rest of the file once every row is read."""

    line: int
    data: ContactData | None = None
    uid: str = ""
    referred_by_uid: str = ""
    problem: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.problem


def size_problem(data: ContactData) -> str:
    """Why ``data`` is too big or malformed to import as it is, or "" when it is fine.

    The contacts service would cut over-long text silently; an import must say so instead.
    """
    for name in _NAME_FIELDS:
        value = getattr(data, name)
        if len(value) > MAX_NAME:
            return f"{name.replace('_', ' ')} is longer than {MAX_NAME} characters"
        if "\n" in value.strip():
            return f"{name.replace('_', ' ')} contains a line break (an unclosed quote in the file?)"
    for name in _TEXT_FIELDS:
        if len(getattr(data, name)) > MAX_TEXT:
            return f"{name.replace('_', ' ')} is longer than {MAX_TEXT:,} characters"
    for entry in (*data.emails, *data.phones):
        if len(entry.value) > MAX_NAME:
            return f"{entry.value[:40]!r}… is too long for an email address or phone number"
    return ""


def split_multi(cell: str) -> list[str]:
    """Google's several-values-in-one-cell (``a ::: b``) as a list of non-empty values (plain string splitting: a
    regular expression allowing spaces around the separator takes quadratic time on a long run of spaces)."""
    return [part.strip() for part in (cell or "").split(":::") if part.strip()]


def circle_names(labels: list[str]) -> list[str]:
    """Group or label names that mean something to the person: Google's system groups (``* myContacts``,
    ``* starred``) are dropped, the ``* `` marker of other system groups is removed."""
    names = []
    for label in labels:
        name = label.strip()
        if name.startswith("*"):
            name = name.lstrip("* ").strip()
            if name.lower() in SYSTEM_GROUPS:
                continue
        if name and name.lower() not in SYSTEM_GROUPS and name not in names:
            names.append(name)
    return names


def add_note(data: ContactData, label: str, value: str) -> None:
    """Keep a value the contact model has no field for (a website, a birthday) in the notes, once."""
    value = (value or "").strip()
    if not value:
        return
    line = f"{label}: {value}"
    if line not in data.notes:
        data.notes = f"{data.notes.rstrip()}\n{line}".strip() if data.notes.strip() else line


def is_linkedin(url: str) -> bool:
    return "linkedin.com/" in (url or "").lower()

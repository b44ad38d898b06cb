"""What every importer yields: one :class:`ImportRow` per person in the file, with the line it starts on.

A row either carries the contact it describes (``data``) or the reason it cannot become one (``problem``); the
import engine counts the latter as skipped and reports ``FILE:LINE: problem``. Helpers here are the checks and
small conversions all formats share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.contacts.contact_data import ContactData

MAX_PHOTO_BYTES = 1024 * 1024
SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred", "other contacts", "imported"}


@dataclass
class ImportRow:
    """One person read from a file. ``uid`` is the source's own stable id (vCard UID), when it has one;
    ``referred_by_uid`` the UID of the person who referred them (Rapport's ``X-RAPPORT-REFERRED-BY``), resolved
    against the database and the rest of the file once every row is read. ``validated`` says ``data`` is already
    what :func:`app.core.contacts.service.validate` would make of it (a quick path's row: the engine skips it)."""

    line: int
    data: ContactData | None = None
    uid: str = ""
    referred_by_uid: str = ""
    problem: str = ""
    warnings: list[str] = field(default_factory=list)
    validated: bool = False

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.problem


def size_problem(data: ContactData) -> str:
    """Always "": over-long and malformed values no longer refuse a person. The engine validates every row
    leniently (:func:`app.core.contacts.service.validate` with ``lenient=True``), which cuts or keeps them with a
    warning. Kept until every importer has stopped calling it."""
    return ""


def split_multi(cell: str) -> list[str]:
    """Google's several-values-in-one-cell (``a ::: b``) as a list of non-empty values (plain string splitting: a
    regular expression allowing spaces around the separator takes quadratic time on a long run of spaces)."""
    return [part.strip() for part in (cell or "").split(":::") if part.strip()]


def circle_names(labels: list[str]) -> list[str]:
    """Group or label names that mean something to the person: Google's system groups (``* myContacts``,
    ``* starred``) are dropped, the ``* `` marker of other system groups is removed."""
    names: dict[str, None] = {}  # ordered and linear: a file may list a million labels
    for label in labels:
        name = label.strip()
        if name.startswith("*"):
            name = name.lstrip("* ").strip()
            if name.lower() in SYSTEM_GROUPS:
                continue
        if name and name.lower() not in SYSTEM_GROUPS:
            names[name] = None
    return list(names)


def add_note(data: ContactData, label: str, value: str) -> None:
    """Keep a value the contact model has no field for (a website, a birthday) in the notes, once."""
    value = (value or "").strip()
    if not value:
        return
    line = f"{label}: {value}"
    if line not in data.notes:
        data.notes = f"{data.notes.rstrip()}\n{line}".strip() if data.notes.strip() else line


def add_notes(data: ContactData, pairs: Iterable[tuple[str, str]]) -> None:
    """:func:`add_note` for many values at once, in linear time: a row with thousands of columns Rapport does not
    read checked each new line against the growing notes and copied them for each (quadratic)."""
    notes = data.notes
    known = set(notes.splitlines())
    lines = []
    for label, value in pairs:
        value = (value or "").strip()
        if not value:
            continue
        line = f"{label}: {value}"
        if line in known or ("\n" in line and line in notes):
            continue
        known.add(line)
        lines.append(line)
    if lines:
        head = notes.strip()
        data.notes = "\n".join([head, *lines]) if head else "\n".join(lines)


def is_linkedin(url: str) -> bool:
    return "linkedin.com/" in (url or "").lower()

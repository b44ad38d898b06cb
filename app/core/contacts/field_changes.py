"""Field-level edits of a contact: write only what the user changed, onto what is stored *now* (issue 19).

A form that saves every field it shows reverts whatever changed underneath it since it loaded: an import that
merged an e-mail address, a sync that brought a new phone number, the command line. A :class:`ContactChange` holds
only the fields the user edited, each with the value it had when the user started (``old``) and the value typed
(``new``). :func:`apply_change` applies it to the contact's current state in one transaction:

- a field only the user changed takes the user's value;
- a list field (e-mails, phones, addresses, dates, websites, handles, circles, kept vCard lines) merges entry by
  entry: entries the user added or removed are added or removed, entries added meanwhile stay, entries removed
  meanwhile stay removed;
- a long text both sides changed (notes, why connect) merges when the two changes touch different parts of the
  text (typing at the end while an import appended a line keeps both);
- any other field both sides changed to different values keeps the user's value and is reported in
  :attr:`AppliedChange.conflicts`, so the form can tell the user (undoing the edit brings the other value back).

A display name that was derived from the name parts follows them when another field changes it, as a full save did.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts.contact_data import ContactData, PhoneEntry
from app.core.contacts.service import update_contact
from app.db import database
from app.models import Contact, derive_display_name

LIST_FIELDS = frozenset(
    {"emails", "phones", "addresses", "dates", "websites", "handles", "circles", "vcard_properties"}
)
TEXT_FIELDS = frozenset({"notes", "why_connect"})  # long texts: two edits in different places both survive
FIELDS = tuple(f.name for f in dataclasses.fields(ContactData))


def _key(entry: Any) -> Any:
    """What identifies a list entry when merging: its values (a phone's e164 is derived, so not part of it)."""
    if isinstance(entry, PhoneEntry):
        return (entry.value, entry.label, entry.primary)
    if dataclasses.is_dataclass(entry):
        return dataclasses.astuple(entry)
    return entry


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return [dataclasses.replace(e) if dataclasses.is_dataclass(e) else e for e in value]
    return value


@dataclass
class ContactChange:
    """The fields a user edited: ``old[name]`` as it was when they started, ``new[name]`` as they left it."""

    old: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.new)

    @property
    def fields(self) -> list[str]:
        return list(self.new)

    def inverse(self) -> ContactChange:
        """The change that takes the edit back (what Undo applies)."""
        return ContactChange({k: _copy(v) for k, v in self.new.items()}, {k: _copy(v) for k, v in self.old.items()})

    def then(self, later: ContactChange) -> ContactChange:
        """This change followed by ``later`` as one (typing on in a field merges into one undo step)."""
        old = {k: _copy(v) for k, v in self.old.items()}
        new = {k: _copy(v) for k, v in self.new.items()}
        for name, value in later.new.items():
            old.setdefault(name, _copy(later.old.get(name)))
            new[name] = _copy(value)
        return ContactChange(old, new)


def diff(before: ContactData, after: ContactData, names: Iterable[str] | None = None) -> ContactChange:
    """The change from ``before`` to ``after`` (only the fields that differ; only ``names`` when given)."""
    change = ContactChange()
    for name in names if names is not None else FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if name in LIST_FIELDS:
            if [_key(e) for e in old] == [_key(e) for e in new]:
                continue
        elif old == new:
            continue
        change.old[name] = _copy(old)
        change.new[name] = _copy(new)
    return change


# --- merging ----------------------------------------------------------------------------------------------------
def merge_entries(old: list | None, new: list, current: list) -> list:
    """A list field after the user's edit ``old`` → ``new``, applied to ``current`` entry by entry.

    The user's entries (in their order) that were not removed meanwhile, then the entries added meanwhile that the
    user does not have. An entry both sides edited differently is there in both versions: nothing is lost."""
    if old is None:
        seen: set = set()
        result = []
        for entry in [*new, *current]:
            if _key(entry) not in seen:
                seen.add(_key(entry))
                result.append(entry)
        return result
    base = {_key(e) for e in old}
    kept_there = {_key(e) for e in current}
    mine = {_key(e) for e in new}
    removed_there = base - kept_there
    result, seen = [], set()
    for entry in new:
        key = _key(entry)
        if key in removed_there or key in seen:
            continue
        seen.add(key)
        result.append(entry)
    for entry in current:
        key = _key(entry)
        if key in base or key in mine or key in seen:
            continue
        seen.add(key)
        result.append(entry)
    return result


@dataclass(frozen=True)
class Edit:
    """One replaced span of the base text: ``base[start:end]`` became ``text``."""

    start: int
    end: int
    text: str


def text_edits(base: str, other: str) -> list[Edit]:
    """The spans of ``base`` that ``other`` replaced, in order (line by line where the change is large)."""
    if base == other:
        return []
    prefix = 0
    limit = min(len(base), len(other))
    while prefix < limit and base[prefix] == other[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and base[len(base) - 1 - suffix] == other[len(other) - 1 - suffix]:
        suffix += 1
    start, end = prefix, len(base) - suffix
    replaced = other[prefix : len(other) - suffix]
    if end - start < 2 or "\n" not in base[start:end]:
        return [Edit(start, end, replaced)]
    # Several places changed: find them line by line, within the span that differs (difflib on lines is fast).
    a_lines = base[start:end].splitlines(keepends=True)
    b_lines = replaced.splitlines(keepends=True)
    edits = []
    a_at, b_offsets = [start], [0]
    for line in a_lines:
        a_at.append(a_at[-1] + len(line))
    for line in b_lines:
        b_offsets.append(b_offsets[-1] + len(line))
    matcher = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append(Edit(a_at[i1], a_at[i2], replaced[b_offsets[j1] : b_offsets[j2]]))
    return edits


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:
        return False  # two insertions at one place: both go in, mine first
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def merge_text(base: str, mine: str, theirs: str) -> str | None:
    """``base`` with both the changes of ``mine`` and of ``theirs``, or None when they touch the same place."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    ours, others = text_edits(base, mine), text_edits(base, theirs)
    if any(_overlap(a, b) for a in ours for b in others):
        return None
    inserted_here = {a.start: a.text for a in ours if a.start == a.end}
    for i, edit in enumerate(others):
        here = inserted_here.get(edit.start) if edit.start == edit.end else None
        if here and edit.text and not here.endswith("\n") and not edit.text.startswith("\n"):
            others[i] = Edit(edit.start, edit.end, "\n" + edit.text)  # two additions at one place: two lines
    edits = sorted([(e.start, 0, e) for e in ours] + [(e.start, 1, e) for e in others], key=lambda t: t[:2])
    out, at = [], 0
    for _start, _side, edit in edits:
        out.append(base[at : edit.start])  # empty when an insertion follows a replacement starting there
        out.append(edit.text)
        at = max(at, edit.end)
    out.append(base[at:])
    return "".join(out)


# --- applying ---------------------------------------------------------------------------------------------------
@dataclass
class AppliedChange:
    """What :func:`apply_change` did: the contact as now stored, and the fields where the user's value replaced a
    different one written meanwhile (``theirs[name]`` is that other value)."""

    stored: ContactData
    conflicts: list[str] = field(default_factory=list)
    theirs: dict[str, Any] = field(default_factory=dict)
    written: bool = True


def _derived(data: ContactData) -> bool:
    first = data.emails[0].value if data.emails else ""
    return data.display_name == derive_display_name(data.given_name, data.family_name, data.company, first)


def merge_change(current: ContactData, change: ContactChange) -> tuple[ContactData, list[str], dict[str, Any]]:
    """``current`` with ``change`` applied field by field; the fields in conflict and their overwritten values."""
    merged = current.copy()
    conflicts: list[str] = []
    theirs: dict[str, Any] = {}
    for name, new in change.new.items():
        old = change.old.get(name)
        there = getattr(current, name)
        if name in LIST_FIELDS:
            setattr(merged, name, merge_entries(old, list(new), list(there)))
            continue
        value = new
        if there != old and there != new:
            text = merge_text(old, new, there) if name in TEXT_FIELDS and isinstance(old, str) else None
            if text is None:
                conflicts.append(name)
                theirs[name] = there
            else:
                value = text
        setattr(merged, name, _copy(value))
    if "display_name" not in change.new and _derived(current):
        merged.display_name = ""  # derived from the parts: follows them (validation derives it again)
    if "keep_in_touch_days" in change.new and merged.keep_in_touch_days is None:
        merged.keep_in_touch_max_days = None
    return merged, conflicts, theirs


class ContactGone(LookupError):
    """The contact no longer exists (deleted for good meanwhile): nothing was written."""


def apply_change(
    contact_id: int,
    change: ContactChange,
    *,
    clock: Clock = SYSTEM_CLOCK,
    rules: bool = True,
    before_write: Callable[[ContactData], None] | None = None,
) -> AppliedChange:
    """Apply ``change`` to the contact's current state in one transaction (module docstring); validation as
    :func:`app.core.contacts.service.update_contact` (raises ContactValidationError, nothing written). Raises
    :class:`ContactGone` when the contact was deleted for good."""
    with database.atomic():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise ContactGone(contact_id)
        current = ContactData.from_contact(contact)
        merged, conflicts, theirs = merge_change(current, change)
        if before_write is not None:
            before_write(merged)
        if not diff(current, merged, [n for n in FIELDS if n != "display_name" or merged.display_name]):
            return AppliedChange(current, conflicts, theirs, written=False)  # nothing to write
        update_contact(contact_id, merged, clock=clock, rules=rules)
        stored = ContactData.from_contact(Contact.get_by_id(contact_id))
    return AppliedChange(stored, conflicts, theirs, written=stored != current)

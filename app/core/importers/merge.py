"""Merging what a file says about a known person into what Rapport already has.

Rules (DESIGN §7: "merged, never doubled", and nothing overwritten silently):
- an empty field is filled; a field that already has a different value keeps it, and the file's value is kept
  in the notes as "Title (from import): …" so nothing is lost and nothing changes behind the person's back;
- emails, phones, addresses and circles are united (compared by address, by number, by all parts, by name);
- notes from the file are added when they are not already there;
- the stage and invitation move forward when the file says the invitation was accepted (a LinkedIn connection
  you had invited) — never backward;
- merging the same data twice changes nothing the second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.contacts import ContactData
from app.core.importers.matching import fold
from app.core.importers.rows import add_note

_FILLABLE = (
    ("given_name", "First name"),
    ("family_name", "Last name"),
    ("company", "Company"),
    ("title", "Title"),
    ("linkedin_url", "LinkedIn"),
    ("how_met", "How we met"),
    ("why_connect", "Why connect"),
)
_STAGE_ORDER = ("prospect", "invited", "connected", "talked", "met", "ally")


@dataclass
class MergeResult:
    filled: list[str] = field(default_factory=list)  # field names given a value
    added: list[str] = field(default_factory=list)  # "email a@b", "phone +1…", "circle X"
    kept: list[str] = field(default_factory=list)  # "Title: kept 'A', file has 'B'"

    @property
    def changed(self) -> bool:
        return bool(self.filled or self.added or self.kept)

    def describe(self) -> str:
        parts = []
        if self.filled:
            parts.append("fills " + ", ".join(self.filled))
        if self.added:
            parts.append("adds " + ", ".join(self.added))
        if self.kept:
            parts.append("; ".join(self.kept))
        return "; ".join(parts) or "nothing new to add"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def merge_into(target: ContactData, incoming: ContactData) -> MergeResult:
    """Fold ``incoming`` (validated) into ``target`` in place and say what changed."""
    result = MergeResult()
    for name, label in _FILLABLE:
        new = getattr(incoming, name)
        old = getattr(target, name)
        if not new:
            continue
        shown = label if label == "LinkedIn" else label.lower()
        if not old:
            setattr(target, name, new)
            result.filled.append(shown)
        elif old != new and fold(old) != fold(new) and (name != "linkedin_url" or old.rstrip("/") != new.rstrip("/")):
            before = target.notes
            add_note(target, f"{label} (from import)", new)
            if target.notes != before:
                result.kept.append(f"keeps {shown} “{old}” (the file's “{new}” goes to the notes)")
    if incoming.notes and incoming.notes.strip() not in target.notes:
        target.notes = f"{target.notes.rstrip()}\n\n{incoming.notes.strip()}".strip()
        result.filled.append("notes")
    if incoming.photo and not target.photo:
        target.photo = incoming.photo
        result.filled.append("photo")
    if incoming.invitation_status != "none" and (
        target.invitation_status == "none"
        or (incoming.invitation_status == "accepted" and target.invitation_status in ("sent", "received"))
    ):
        target.invitation_status = incoming.invitation_status
        target.invitation_date = incoming.invitation_date or target.invitation_date
        result.filled.append("invitation")
    elif (
        incoming.invitation_date
        and not target.invitation_date
        and target.invitation_status == incoming.invitation_status
    ):
        target.invitation_date = incoming.invitation_date
        result.filled.append("invitation date")
    if _STAGE_ORDER.index(incoming.stage) > _STAGE_ORDER.index(target.stage) and target.stage in (
        "prospect",
        "invited",
    ):
        target.stage = incoming.stage
        result.filled.append("stage")

    known_emails = {e.value.lower() for e in target.emails}
    for email in incoming.emails:
        if email.value.lower() not in known_emails:
            known_emails.add(email.value.lower())
            target.emails.append(type(email)(email.value, email.label, False))
            result.added.append(f"email {email.value}")
    known_phones = {p.e164 or _digits(p.value) for p in target.phones}
    for phone in incoming.phones:
        key = phone.e164 or _digits(phone.value)
        if key not in known_phones:
            known_phones.add(key)
            target.phones.append(type(phone)(phone.value, phone.label, False, phone.e164))
            result.added.append(f"phone {phone.value}")

    def address_key(a):
        return tuple(fold(x) for x in (a.street, a.locality, a.region, a.postal_code, a.country))

    known_addresses = {address_key(a) for a in target.addresses}
    for address in incoming.addresses:
        if address_key(address) not in known_addresses:
            known_addresses.add(address_key(address))
            address.primary = False
            target.addresses.append(address)
            result.added.append("address")
    known_circles = {c.casefold() for c in target.circles}
    for circle in incoming.circles:
        if circle.casefold() not in known_circles:
            known_circles.add(circle.casefold())
            target.circles.append(circle)
            result.added.append(f"circle {circle}")
    return result

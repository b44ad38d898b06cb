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

from app.core.contacts.contact_data import ContactData, DateEntry
from app.core.formats.importers.matching import fold
from app.core.formats.importers.rows import add_note

_FILLABLE = (
    ("given_name", "First name"),
    ("family_name", "Last name"),
    ("name_prefix", "Name prefix"),
    ("middle_name", "Middle name"),
    ("name_suffix", "Name suffix"),
    ("nickname", "Nickname"),
    ("company", "Company"),
    ("department", "Department"),
    ("title", "Title"),
    ("linkedin_url", "LinkedIn"),
    ("how_met", "How we met"),
    ("why_connect", "Why connect"),
)
_DATE_NAMES = {"birthday": "Birthday", "anniversary": "Anniversary", "other": "Date"}
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
    _merge_dates(target, incoming, result)
    known_sites = {w.value.rstrip("/").casefold() for w in target.websites}
    for site in incoming.websites:
        if site.value.rstrip("/").casefold() not in known_sites:
            known_sites.add(site.value.rstrip("/").casefold())
            target.websites.append(type(site)(site.value, site.label))
            result.added.append(f"website {site.value}")
    known_handles = {(h.kind, h.value.casefold()) for h in target.handles}
    for handle in incoming.handles:
        if (handle.kind, handle.value.casefold()) not in known_handles:
            known_handles.add((handle.kind, handle.value.casefold()))
            target.handles.append(type(handle)(handle.value, handle.service, handle.label, handle.kind))
            result.added.append(f"{handle.service or handle.kind} {handle.value}")
    target.vcard_properties, names = merge_vcard_lines(target.vcard_properties, incoming.vcard_properties)
    result.added += names
    for name in ("keep_in_touch_days", "keep_in_touch_max_days"):
        if getattr(incoming, name) is not None and getattr(target, name) is None:
            setattr(target, name, getattr(incoming, name))
            result.filled.append("keep in touch")
    known_circles = {c.casefold() for c in target.circles}
    for circle in incoming.circles:
        if circle.casefold() not in known_circles:
            known_circles.add(circle.casefold())
            target.circles.append(circle)
            result.added.append(f"circle {circle}")
    return result


def _merge_dates(target: ContactData, incoming: ContactData, result: MergeResult) -> None:
    """Dates are united; a second birthday that differs from the known one goes to the notes (one person has one
    birthday), and a year learnt for a known day fills it in. Known dates are indexed, so that thousands of dates
    on one card merge in linear time (issue 19)."""
    by_day: dict[tuple, list[DateEntry]] = {}  # (kind, month, day) → known dates, in order
    by_label: dict[tuple, DateEntry] = {}  # (kind, month, day, label) → the first known date
    unlabelled: dict[str, list[DateEntry]] = {}  # kind → known dates without a label, in order

    def index(known: DateEntry) -> None:
        by_day.setdefault((known.kind, known.month, known.day), []).append(known)
        by_label.setdefault((known.kind, known.month, known.day, known.label), known)
        if not known.label:
            unlabelled.setdefault(known.kind, []).append(known)

    for known in target.dates:
        index(known)
    for date in incoming.dates:
        same = by_day.get((date.kind, date.month, date.day), [])
        if date.kind != "other" and not same and not date.label:
            same = unlabelled.get(date.kind, [])
        exact = by_label.get((date.kind, date.month, date.day, date.label))
        if exact is not None:
            if exact.year is None and date.year is not None:
                exact.year = date.year
                result.filled.append(_DATE_NAMES[date.kind].lower() + " year")
            continue
        if same and date.kind == "birthday":
            before = target.notes
            add_note(target, "Birthday (from import)", date.iso())
            if target.notes != before:
                result.kept.append(f"keeps the birthday {same[0].iso()} (the file's {date.iso()} goes to the notes)")
            continue
        added = type(date)(date.month, date.day, date.year, date.kind, date.label)
        target.dates.append(added)
        index(added)
        result.added.append((date.label or _DATE_NAMES.get(date.kind, "date")).lower())


def _split_group(line: str) -> tuple[str, str]:
    """(group, the line without it): ``item3.X-ABLabel:Spouse`` → ("item3", "X-ABLabel:Spouse")."""
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    group, dot, _name = head.rpartition(".")
    return (group, line[len(group) + 1 :]) if dot else ("", line)


def merge_vcard_lines(known: list[str], incoming: list[str]) -> tuple[list[str], list[str]]:
    """Kept vCard lines of two records united without doubling, and the property names added.

    A group (``item1.X-ABRELATEDNAMES`` with its ``item1.X-ABLabel``) travels as a whole: it is added when no known
    group holds the same lines, under a group name the known lines do not use, so two cards' ``item1`` never end up
    labelling each other's values."""
    merged = list(known)
    groups: dict[str, set[str]] = {}
    plain = set()
    for line in known:
        group, rest = _split_group(line)
        if group:
            groups.setdefault(group.lower(), set()).add(rest)
        else:
            plain.add(line)
    incoming_groups: dict[str, list[str]] = {}
    known_groups = {frozenset(lines) for lines in groups.values()}  # a set of them: linear on thousands of groups
    added: list[str] = []
    for line in incoming:
        group, rest = _split_group(line)
        if group:
            incoming_groups.setdefault(group.lower(), []).append(rest)
        elif line not in plain:
            plain.add(line)
            merged.append(line)
            added.append(re.split(r"[;:]", line, maxsplit=1)[0])
    number = 0
    for lines in incoming_groups.values():
        if frozenset(lines) in known_groups:
            continue
        known_groups.add(frozenset(lines))
        number += 1
        while f"item{number}" in groups:
            number += 1
        groups[f"item{number}"] = set(lines)
        merged += [f"item{number}.{rest}" for rest in lines]
        added += [re.split(r"[;:]", rest, maxsplit=1)[0] for rest in lines if not rest.upper().startswith("X-ABLABEL")]
    return merged, added

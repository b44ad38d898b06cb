"""``rapport import FILE.json``: Rapport's own JSON export back into a data folder (issue 15, DESIGN §6).

Into an *empty* data folder (no contacts, interactions, follow-ups, pitches or ledger entries; the seeded circles
and templates do not count) it **restores** everything the export holds, as it was: contacts live and in the trash
with their UIDs, every field, their pictures and foreign UIDs, and the referral links between them; circles,
companies, interactions, the ledger, follow-ups (their UIDs, states, days, rule keys), pitches with their revisions,
contacts and rehearsals, templates (a built-in the user edited replaces the seeded one, never doubles it), research
notes, card images, settings and the profile. Timestamps come back as they were. Ids are the database's own: every
reference in the file (``contact_id``, ``referred_by``, rule keys such as ``thank_you:interaction:42``) is mapped to
the new rows.

Into a folder with data it **merges**: a contact is found by its UID or one of its foreign UIDs, then by the strong
identifiers of :mod:`.matching` (the same index and rules as every other import), and folded in by
:func:`.merge.merge_into`; the others are added. Their history is added without doubling: interactions and
follow-ups by UID (or a follow-up the rules here already made, by rule key), ledger entries, pitches, revisions,
rehearsals and images by what they are. Importing the same file twice changes nothing the second time.

One transaction: a cancel, a failure or a rejected file leaves the database as it was. A dry run is the very same
import, rolled back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import chunked

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach import templates
from app.core.contacts import email_index
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import _SCALARS, ContactValidationError
from app.core.formats.importers import json_opportunities
from app.core.formats.importers.engine import RowOutcome
from app.core.formats.importers.errors import ImportCancelled, ImportRejected
from app.core.formats.importers.json_backup import PROFILE_FIELDS, Backup, Checked, ContactRecord, Record, check_backup
from app.core.formats.importers.matching import Keys, MatchIndex, Target
from app.core.formats.importers.merge import merge_into
from app.db import MAX_SQL_PARAMETERS, database
from app.models import (
    Circle,
    Company,
    Contact,
    ContactAddress,
    ContactCircle,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactImage,
    ContactPhone,
    ContactResearch,
    ContactSourceUid,
    ContactVcardProperty,
    ContactWebsite,
    FollowUp,
    Interaction,
    LedgerEntry,
    Opportunity,
    Pitch,
    PitchContact,
    PitchRevision,
    Profile,
    Rehearsal,
    Setting,
    Template,
    new_uid,
)

CHECK_EVERY = 200  # records between progress reports / cancel checks
PREFETCH = MAX_SQL_PARAMETERS  # contacts whose matches are loaded in one batch
_BATCH = 400  # rows per multi-row INSERT (below SQLite's host-parameter limit)
IGNORED_DUPLICATES_SETTING = "duplicates_not_the_same"  # pairs of contact ids (app.ui.contacts.merge_dialog)

# What else an import restores, in the order the summary names it: (key, one, many).
NOUNS = (
    ("profile", "the profile", "the profile"),
    ("circles", "circle", "circles"),
    ("companies", "company", "companies"),
    ("interactions", "interaction", "interactions"),
    ("ledger", "ledger entry", "ledger entries"),
    ("followups", "follow-up", "follow-ups"),
    ("pitches", "pitch", "pitches"),
    ("pitch_revisions", "pitch revision", "pitch revisions"),
    ("rehearsals", "rehearsal", "rehearsals"),
    ("templates", "template", "templates"),
    ("research", "research note", "research notes"),
    ("contact_images", "card image", "card images"),
    ("settings", "setting", "settings"),
    ("opportunities", "opportunity", "opportunities"),  # issue 22 (app.core.formats.importers.json_opportunities)
    ("documents", "document version", "document versions"),
    ("documents_sent", "document sent", "documents sent"),
)


def counted(counts: Counter) -> str:
    """``the profile, 3 circles, 410 interactions`` for counts by kind (NOUNS' keys)."""
    parts = []
    for key, one, many in NOUNS:
        count = counts.get(key, 0)
        if count and key == "profile":
            parts.append(one)
        elif count:
            parts.append(f"{count:,} {one if count == 1 else many}")
    return ", ".join(parts)


@dataclass
class JsonImportSummary:
    """What a JSON import did (or, for a dry run, would do). The contact counts mean what they mean for every
    other import (:class:`~app.core.formats.importers.engine.ImportSummary`); ``added`` and ``present`` count the rest
    of
    the file by kind: restored or added, and already here. Messages are ``(where, text)`` with ``where`` the place
    in the file (``contacts[12].emails[0].value``)."""

    path: Path
    dry_run: bool
    restore: bool = False
    format: str = "json"
    encoding: str = "UTF-8"
    imported: int = 0
    merged: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    possible_duplicates: list[tuple[str, str]] = field(default_factory=list)
    added: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    created_ids: list[int] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    @property
    def changed_nothing(self) -> bool:
        return not (self.imported or self.updated or sum(self.added.values()))

    def line(self) -> str:
        """The one-line summary every import prints (DESIGN §6)."""
        if self.dry_run:
            return f"would import {self.imported}, merge {self.merged}, skip {self.skipped_count}"
        return f"imported {self.imported}, merged {self.merged}, skipped {self.skipped_count}"

    def details_line(self) -> str:
        """What else was restored or added (``restored 3 circles, 410 interactions…``), or that nothing was new."""
        if self.changed_nothing:
            return f"nothing new: everything in {self.path.name} is already here"
        added = counted(self.added)
        if not added:
            return ""
        if self.dry_run:
            text = f"would {'restore' if self.restore else 'add'} {added}"
        else:
            text = f"{'restored' if self.restore else 'added'} {added}"
        present = counted(self.present)
        return f"{text} (already here: {present})" if present else text

    def review_line(self) -> str:
        count = len(self.possible_duplicates)
        if not count:
            return ""
        noun = "possible duplicate" if count == 1 else "possible duplicates"
        return f"{count} {noun} to review in Contacts → Duplicates"

    def messages(self) -> list[tuple[str, str]]:
        """``(where, text)``: skipped contacts, then odd values kept or left out, then possible duplicates."""
        return [
            *((where, f"skipped: {text}") for where, text in self.skipped),
            *self.warnings,
            *self.possible_duplicates,
        ]

    def report_lines(self) -> list[str]:
        """``FILE: where: reason`` for everything the CLI reports on stderr."""
        return [f"{self.path}: {where}: {text}" for where, text in self.messages()]


class _Rollback(Exception):
    """Ends a dry run: everything it wrote is rolled back."""


def has_data() -> bool:
    """Whether the open data folder holds anything of the user's (seeded circles and templates do not count)."""
    return any(model.select().exists() for model in (Contact, Interaction, FollowUp, Pitch, LedgerEntry, Opportunity))


def run_json_import(
    backup: Backup,
    *,
    dry_run: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_row: Callable[[RowOutcome], None] | None = None,
    region: str | None = None,
) -> JsonImportSummary:
    """Restore or merge ``backup`` into the open database, in one transaction (``dry_run``: rolled back). Raises
    :class:`ImportRejected` when nothing in the file can be imported and :class:`ImportCancelled` when
    ``cancelled()`` turns true; the database is untouched then."""
    checked = check_backup(backup, cancelled)
    _stop_if(cancelled)
    if checked.is_empty():
        raise ImportRejected(backup.path, "this export holds nothing to import")
    summary = JsonImportSummary(backup.path, dry_run, encoding=backup.encoding)
    try:
        with database.atomic():
            summary.restore = not has_data()
            _Import(checked, summary, clock, progress, cancelled, on_row, region).run()
            _reject_if_nobody(summary)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    summary.warnings[:0] = checked.warnings
    if progress is not None:
        progress(1.0)
    return summary


def _reject_if_nobody(summary: JsonImportSummary) -> None:
    """Contacts in the file and none of them importable, and nothing else either: the file is rejected."""
    if summary.imported or summary.merged or sum(summary.added.values()) or sum(summary.present.values()):
        return
    if summary.skipped:
        where, reason = summary.skipped[0]
        more = f" (and {len(summary.skipped) - 1} more like it)" if len(summary.skipped) > 1 else ""
        raise ImportRejected(summary.path, f"nobody could be imported: {where}: {reason}{more}")


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _nocase(name: str) -> str:
    """SQLite's NOCASE folds ASCII letters only: the key names are unique by."""
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in name)


def _batches(rows: list, size: int = _BATCH) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class _Known:
    """Rows already stored, by what they are. Each matches one record of the file at most: two equal records are
    two rows (each finds its own stored row, or is added)."""

    def __init__(self) -> None:
        self._rows: dict[tuple, list[int]] = {}

    def add(self, key: tuple, row_id: int = 0) -> None:
        self._rows.setdefault(key, []).append(row_id)

    def take(self, key: tuple) -> int | None:
        """The id of a stored row like ``key`` not matched yet, or None."""
        rows = self._rows.get(key)
        return rows.pop() if rows else None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Import:
    """One run: the maps from the file's ids to the database's, and a method per kind of record."""

    def __init__(self, checked: Checked, summary: JsonImportSummary, clock, progress, cancelled, on_row, region):
        self.checked = checked
        self.summary = summary
        self.clock = clock
        self.now = clock.now().replace(microsecond=0)
        self.progress = progress
        self.cancelled = cancelled
        self.on_row = on_row
        self.region = region or contacts.default_region()
        self.restore = summary.restore
        self.contact_ids: dict[int, int] = {}  # file id → database id
        self.interaction_ids: dict[int, int] = {}
        self.pitch_ids: dict[int, int] = {}
        self.company_ids: dict[str, int] = {}
        self.circle_ids: dict[str, int] = {}
        self.updated_contacts: set[int] = set()
        self.skipped_ids: set[int] = set()  # file ids of contacts that could not be imported
        self._total = max(len(checked.contacts) + sum(len(t) for t in checked.tables.values()), 1)
        self._done = 0

    # --- bookkeeping -------------------------------------------------------------------------------------------
    def tick(self) -> None:
        self._done += 1
        if self._done % CHECK_EVERY == 0:
            _stop_if(self.cancelled)
            if self.progress is not None:
                self.progress(0.05 + 0.9 * min(self._done / self._total, 1.0))

    def warn(self, where: str, message: str) -> None:
        self.summary.warnings.append((where, message))

    def contact_of(self, record: Record, key: str, what: str) -> int | None:
        """The database id of the contact ``record`` names under ``key``; a dangling id is reported."""
        file_id = record.refs.get(key)
        if file_id is None:
            return None
        found = self.contact_ids.get(file_id)
        if found is None:
            self.warn(f"{record.where}.{key}", f"{self.missing(file_id)}; {what}")
        return found

    def missing(self, file_id: int) -> str:
        """Why the contact with ``file_id`` is not here."""
        if file_id in self.skipped_ids:
            return f"the contact with id {file_id} was skipped"
        return f"no contact with id {file_id} in the file"

    def run(self) -> None:
        if self.progress is not None:
            self.progress(0.05)
        self.companies()
        self.circles()
        self.contacts()
        self.referrals()
        self.interactions()
        self.ledger()
        self.followups()
        self.pitches()
        self.templates()
        self.research()
        self.images()
        self.profile()
        self.settings()
        json_opportunities.write(self)  # opportunities, documents and what was sent (issue 22)
        _stop_if(self.cancelled)

    # --- companies and circles ---------------------------------------------------------------------------------
    def companies(self) -> None:
        stored = {_nocase(c.name): c for c in Company.select()}
        self.company_ids = {key: c.id for key, c in stored.items()}
        for record in self.checked.table("companies"):
            self.tick()
            values = dict(record.values)
            key = _nocase(values["name"])
            company = stored.get(key)
            if company is None:
                values["created_at"] = values["created_at"] or self.now
                values["updated_at"] = values["updated_at"] or values["created_at"]
                self.company_ids[key] = Company.insert(**values).execute()
                stored[key] = Company(id=self.company_ids[key], **values)
                self.summary.added["companies"] += 1
                continue
            changes: dict[str, Any] = {}
            if self.restore:
                for name in ("is_target", "website", "notes", "created_at", "updated_at"):
                    if values[name] is not None and values[name] != getattr(company, name):
                        changes[name] = values[name]
            else:
                if values["is_target"] and not company.is_target:
                    changes["is_target"] = True
                for name in ("website", "notes"):
                    if values[name] and not getattr(company, name):
                        changes[name] = values[name]
                if changes:
                    changes["updated_at"] = self.now
            if changes:
                Company.update(**changes).where(Company.id == company.id).execute()
                for name, value in changes.items():
                    setattr(company, name, value)
                self.summary.added["companies"] += 1
            else:
                self.summary.present["companies"] += 1

    def company_id(self, name: str) -> int | None:
        if not name:
            return None
        key = _nocase(name)
        if key not in self.company_ids:
            self.company_ids[key] = Company.insert(name=name, created_at=self.now, updated_at=self.now).execute()
        return self.company_ids[key]

    def circles(self) -> None:
        stored = {_nocase(c.name): c for c in Circle.select()}
        self.circle_ids = {key: c.id for key, c in stored.items()}
        for record in self.checked.table("circles"):
            self.tick()
            values = {k: v for k, v in record.values.items() if v is not None or k.startswith("keep_in_touch")}
            key = _nocase(values["name"])
            circle = stored.get(key)
            if circle is None:
                self.circle_ids[key] = Circle.insert(**values).execute()
                stored[key] = Circle(id=self.circle_ids[key], **values)
                self.summary.added["circles"] += 1
                continue
            changes: dict[str, Any] = {}
            if self.restore:
                for name in ("colour", "position", "keep_in_touch_days", "keep_in_touch_max_days", "prompt"):
                    if name in values and values[name] != getattr(circle, name):
                        changes[name] = values[name]
            elif circle.keep_in_touch_days is None and values.get("keep_in_touch_days") is not None:
                changes["keep_in_touch_days"] = values["keep_in_touch_days"]
            if changes:
                Circle.update(**changes).where(Circle.id == circle.id).execute()
                self.summary.added["circles"] += 1
            else:
                self.summary.present["circles"] += 1

    def circle_id(self, name: str) -> int:
        key = _nocase(name)
        if key not in self.circle_ids:
            self.circle_ids[key] = contacts.circle_for_name(name).id
        return self.circle_ids[key]

    # --- contacts ----------------------------------------------------------------------------------------------
    def _clean(self, number: int, record: ContactRecord) -> ContactData | None:
        warnings: list[str] = []
        try:
            clean = contacts.validate(record.data, region=self.region, lenient=True, warnings=warnings)
        except ContactValidationError as exc:
            self.summary.skipped.append((record.where, str(exc)))
            if record.file_id is not None:
                self.skipped_ids.add(record.file_id)
            self._row(number, record, "skip", str(exc))
            return None
        self.summary.warnings += [(record.where, w) for w in warnings]
        for phone in clean.phones:  # the number as the exporting Rapport read it (its region may differ)
            if number := record.e164.get(phone.value):
                phone.e164 = number
        return clean

    def _row(self, number: int, record: ContactRecord, action: str, detail: str, clean=None) -> None:
        """Tell the preview what happens to the contact ``number`` (1-based, in file order: live, then trash)."""
        if self.on_row is None:
            return
        data = clean or record.data
        email = data.emails[0].value if data.emails else ""
        name = clean.display_name if clean is not None else record.name
        if record.trashed:
            detail = "; ".join(p for p in ("in the trash", detail) if p)
        self.on_row(RowOutcome(number, action, name, detail, data.company, email))

    def contacts(self) -> None:
        new: list[tuple[ContactRecord, ContactData]] = []
        changed: dict[int, Target] = {}
        index = None if self.restore else MatchIndex.from_database()
        records = self.checked.contacts
        for start in range(0, len(records), PREFETCH):
            chunk = []
            for number, record in enumerate(records[start : start + PREFETCH], start=start + 1):
                self.tick()
                clean = self._clean(number, record)
                if clean is not None:
                    chunk.append((number, record, clean, _keys(record, clean)))
            if index is not None:
                index.prefetch([k for *_, keys in chunk for k in keys])
            for number, record, clean, keys in chunk:
                if index is None:
                    new.append((record, clean))
                    self.summary.imported += 1
                    self._row(number, record, "create", "", clean)
                else:
                    self._plan(number, record, clean, keys, index, new, changed)
        self._insert_contacts(new)
        self._update_contacts(changed, index)

    def _plan(self, number, record, clean, keys: list[Keys], index: MatchIndex, new: list, changed: dict) -> None:
        """Find the contact a record of the file is (by UID, then strong identifiers) and merge it in, or plan
        it as new."""
        target, look_alike, kept_apart = None, None, ""
        uid_keys, strong_keys = keys[:-1], keys[-1]
        for keys in uid_keys:
            if (target := index.match(keys).target) is not None:
                break
        if target is None:
            match = index.match(strong_keys)
            target, look_alike, kept_apart = match.target, match.possible_duplicate, match.kept_apart
        if target is None:
            new.append((record, clean))
            self.summary.imported += 1
            detail = ""
            if look_alike is not None:
                detail = (
                    f"{clean.display_name} may be the same person as {look_alike.data.display_name} (same name); "
                    "kept apart to review"
                )
                self.summary.possible_duplicates.append((record.where, detail))
            elif kept_apart:
                detail = f"kept apart from a contact with the same e-mail or UID: {kept_apart}"
            self._row(number, record, "create", detail, clean)
            return
        result = merge_into(target.data, clean)
        self.summary.warnings += [(record.where, w) for w in contacts.bound_lists(target.data)]
        for uid in (record.uid, *record.source_uids):
            owner = index.by_uid.get(uid) if uid else None
            if uid and owner in (None, target, target.contact_id):
                target.add_uid(uid)
        if record.file_id is not None:
            self.contact_ids[record.file_id] = target.contact_id
        self.summary.merged += 1
        if target.new_uids:
            changed.setdefault(target.contact_id, target)
        if result.changed:
            target.data_changed = True
            changed[target.contact_id] = target
            if target.contact_id not in self.updated_contacts:
                self.updated_contacts.add(target.contact_id)
                self.summary.updated += 1
        self._row(number, record, "merge", f"matches {target.data.display_name}: {result.describe()}", clean)

    def _insert_contacts(self, new: list[tuple[ContactRecord, ContactData]]) -> None:
        taken = _taken_uids([r.uid for r, _ in new if r.uid] + [u for r, _ in new for u in r.source_uids])
        children: dict[str, list[dict[str, Any]]] = {name: [] for name in _CHILD_MODELS}
        for record, clean in new:
            self.tick()
            uid = record.uid if record.uid and record.uid not in taken else new_uid()
            taken.add(uid)
            created = record.created_at or self.now
            deleted = record.deleted_at if record.trashed else None
            if record.trashed and deleted is None:
                deleted = self.now
            contact_id = _insert_one(
                Contact,
                {
                    **{name: getattr(clean, name) for name in _SCALARS},
                    "uid": uid,
                    "company": self.company_id(clean.company),
                    "referred_by": None,
                    "created_at": created,
                    "updated_at": record.updated_at or created,
                    "deleted_at": deleted,
                },
            )
            self.summary.created_ids.append(contact_id)
            if record.file_id is not None:
                self.contact_ids[record.file_id] = contact_id
            self._children(contact_id, clean, children)
            for source_uid in record.source_uids:
                if source_uid not in taken:
                    taken.add(source_uid)
                    children["source_uids"].append({"contact": contact_id, "uid": source_uid})
            if sum(len(rows) for rows in children.values()) > 5_000:
                _flush(children)
        _flush(children)

    def _children(self, contact_id: int, clean: ContactData, out: dict[str, list[dict[str, Any]]]) -> None:
        out["emails"] += [
            {"contact": contact_id, "value": e.value, "label": e.label, "is_primary": e.primary, "position": i}
            for i, e in enumerate(clean.emails)
        ]
        out["phones"] += [
            {
                "contact": contact_id,
                "value": p.value,
                "e164": p.e164,
                "label": p.label,
                "is_primary": p.primary,
                "position": i,
            }
            for i, p in enumerate(clean.phones)
        ]
        out["addresses"] += [
            {
                "contact": contact_id,
                "label": a.label,
                "street": a.street,
                "locality": a.locality,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
                "is_primary": a.primary,
            }
            for a in clean.addresses
        ]
        out["circles"] += [{"contact": contact_id, "circle": self.circle_id(name)} for name in clean.circles]
        out["dates"] += [
            {
                "contact": contact_id,
                "kind": d.kind,
                "label": d.label,
                "year": d.year,
                "month": d.month,
                "day": d.day,
                "position": i,
            }
            for i, d in enumerate(clean.dates)
        ]
        out["websites"] += [
            {"contact": contact_id, "value": w.value, "label": w.label, "position": i}
            for i, w in enumerate(clean.websites)
        ]
        out["handles"] += [
            {
                "contact": contact_id,
                "kind": h.kind,
                "service": h.service,
                "value": h.value,
                "label": h.label,
                "position": i,
            }
            for i, h in enumerate(clean.handles)
        ]
        out["vcard_properties"] += [
            {"contact": contact_id, "line": line, "position": i} for i, line in enumerate(clean.vcard_properties)
        ]

    def _update_contacts(self, changed: dict[int, Target], index: MatchIndex | None) -> None:
        rows = []
        for target in changed.values():
            self.tick()
            if target.data_changed:
                try:
                    contacts.update_contact(target.contact_id, target.data, clock=self.clock)
                except ContactValidationError as exc:  # the stored contact itself no longer validates
                    self.warn(target.data.display_name, f"could not update this contact: {exc}")
            rows += [{"contact": target.contact_id, "uid": uid} for uid in target.new_uids]
        for batch in _batches(rows):
            ContactSourceUid.insert_many(batch).on_conflict_ignore().execute()

    def referrals(self) -> None:
        """Who referred whom, once everyone is stored (a referrer may come later in the file). A contact that
        already has a referrer keeps it; a link that would make a loop is left out."""
        parent = dict(
            Contact.select(Contact.id, Contact.referred_by).where(Contact.referred_by.is_null(False)).tuples()
        )
        created = set(self.summary.created_ids)
        for record in self.checked.contacts:
            if record.referred_by is None or record.file_id is None:
                continue
            me = self.contact_ids.get(record.file_id)
            if me is None or me in parent:
                continue
            where = f"{record.where}.referred_by"
            referrer = self.contact_ids.get(record.referred_by)
            if referrer is None:
                self.warn(where, f"{self.missing(record.referred_by)}; left out who referred them")
                continue
            if referrer == me:
                self.warn(where, "a contact cannot refer themselves; left out")
                continue
            if _reaches(parent, referrer, me):
                self.warn(where, "this would make a referral loop; left out")
                continue
            parent[me] = referrer
            changes: dict[str, Any] = {"referred_by": referrer}
            if me not in created:
                changes["updated_at"] = self.now
                if me not in self.updated_contacts:
                    self.updated_contacts.add(me)
                    self.summary.updated += 1
            Contact.update(**changes).where(Contact.id == me).execute()

    # --- history -----------------------------------------------------------------------------------------------
    def interactions(self) -> None:
        stored: dict[str, int] = {}
        by_content = _Known()  # for records without a UID (hand-made files): what happened, with whom, when
        if not self.restore:
            query = Interaction.select(
                Interaction.uid, Interaction.id, Interaction.contact, Interaction.kind, Interaction.occurred_at
            )
            for uid, row_id, contact, kind, when in query.tuples():
                stored[uid] = row_id
                by_content.add((contact, kind, when), row_id)
        for record in self.checked.table("interactions"):
            self.tick()
            values = dict(record.values)
            uid = values["uid"]
            if uid and uid in stored:
                if record.file_id is not None:
                    self.interaction_ids[record.file_id] = stored[uid]
                self.summary.present["interactions"] += 1
                continue
            contact = self.contact_of(record, "contact_id", "interaction left out")
            if contact is None:
                if record.refs.get("contact_id") is None:
                    self.warn(record.where, "no contact (contact_id); interaction left out")
                continue
            if not uid and (known := by_content.take((contact, values["kind"], values["occurred_at"]))) is not None:
                if record.file_id is not None:
                    self.interaction_ids[record.file_id] = known
                self.summary.present["interactions"] += 1
                continue
            other = self.contact_of(record, "other_contact_id", "left out the other person")
            values["uid"] = uid or new_uid()
            values["created_at"] = values["created_at"] or values["occurred_at"]
            values["updated_at"] = values["updated_at"] or values["created_at"]
            new_id = _insert_one(Interaction, {**values, "contact": contact, "other_contact": other})
            stored[values["uid"]] = new_id
            if record.file_id is not None:
                self.interaction_ids[record.file_id] = new_id
            self.summary.added["interactions"] += 1

    def ledger(self) -> None:
        stored, undated = _Known(), _Known()
        if not self.restore:
            query = LedgerEntry.select(
                LedgerEntry.contact, LedgerEntry.direction, LedgerEntry.what, LedgerEntry.occurred_at
            )
            for contact, direction, what, when in query.tuples():
                stored.add((contact, direction, what, when))
                undated.add((contact, direction, what))
        rows = []
        for record in self.checked.table("ledger"):
            self.tick()
            contact = self.contact_of(record, "contact_id", "ledger entry left out")
            if contact is None:
                if record.refs.get("contact_id") is None:
                    self.warn(record.where, "no contact (contact_id); ledger entry left out")
                continue
            values = dict(record.values)
            what = (contact, values["direction"], values["what"])
            known = stored.take((*what, values["occurred_at"])) if values["occurred_at"] else undated.take(what)
            if known is not None:
                self.summary.present["ledger"] += 1
                continue
            values["occurred_at"] = values["occurred_at"] or values["created_at"] or self.now
            values["created_at"] = values["created_at"] or values["occurred_at"]
            interaction = record.refs.get("interaction_id")
            rows.append({**values, "contact": contact, "interaction": self.interaction_ids.get(interaction)})
            self.summary.added["ledger"] += 1
        _insert_many(LedgerEntry, rows)

    def _rule_key(self, record: Record) -> str | None:
        """The follow-up's rule key with the ids in it (``thank_you:interaction:42``,
        ``call_referral:contact:7:3``) turned into this database's; None when one of them is not here."""
        key = record.values["rule_key"]
        if not key:
            return None
        parts = key.split(":")
        out = list(parts)
        spots = [(i + 1, parts[i]) for i in range(len(parts) - 1) if parts[i] in ("contact", "interaction")]
        if parts[0] == "call_referral" and len(parts) >= 4:
            spots.append((3, "contact"))  # call_referral:contact:<contact>:<referrer>
        for spot, kind in spots:
            text = parts[spot]
            if not text.isdigit() or len(text) > 18:
                continue
            mapping = self.contact_ids if kind == "contact" else self.interaction_ids
            found = mapping.get(int(text))
            if found is None:
                self.warn(f"{record.where}.rule_key", f"names a {kind} that is not in the file; left out")
                return None
            out[spot] = str(found)
        return ":".join(out)

    def followups(self) -> None:
        stored_uids = set() if self.restore else {u for (u,) in FollowUp.select(FollowUp.uid).tuples()}
        stored_keys = {
            k for (k,) in FollowUp.select(FollowUp.rule_key).where(FollowUp.rule_key.is_null(False)).tuples()
        }
        by_content = _Known()  # for records without a UID: for whom, what, which day
        if not self.restore:
            for contact, title, due in FollowUp.select(FollowUp.contact, FollowUp.title, FollowUp.due).tuples():
                by_content.add((contact, title, due))
        rows = []
        for record in self.checked.table("followups"):
            self.tick()
            values = dict(record.values)
            uid = values["uid"]
            if uid and uid in stored_uids:
                self.summary.present["followups"] += 1
                continue
            contact = None
            if record.refs.get("contact_id") is not None:
                contact = self.contact_of(record, "contact_id", "follow-up left out")
                if contact is None:
                    continue
            values["rule_key"] = self._rule_key(record)
            if values["rule_key"] is not None and values["rule_key"] in stored_keys:
                self.summary.present["followups"] += 1  # the rules here made the very same follow-up
                continue
            if not uid and by_content.take((contact, values["title"], values["due"])) is not None:
                self.summary.present["followups"] += 1
                continue
            interaction = record.refs.get("source_interaction_id")
            source = self.interaction_ids.get(interaction) if interaction is not None else None
            if interaction is not None and source is None:
                self.warn(f"{record.where}.source_interaction_id", f"no interaction with id {interaction}; left out")
            values["uid"] = uid or new_uid()
            values["created_at"] = values["created_at"] or self.now
            values["updated_at"] = values["updated_at"] or values["created_at"]
            stored_uids.add(values["uid"])
            if values["rule_key"] is not None:
                stored_keys.add(values["rule_key"])
            rows.append({**values, "contact": contact, "source_interaction": source})
            self.summary.added["followups"] += 1
        _insert_many(FollowUp, rows)

    def pitches(self) -> None:
        stored, undated = _Known(), _Known()  # a pitch is its title and the moment it was made (or its text)
        for pitch in Pitch.select(Pitch.id, Pitch.title, Pitch.body, Pitch.created_at).order_by(Pitch.id.desc()):
            stored.add((pitch.title, pitch.created_at), pitch.id)
            undated.add((pitch.title, pitch.body), pitch.id)
        for record in self.checked.table("pitches"):
            self.tick()
            values = dict(record.values)
            if values["created_at"]:
                pitch_id = stored.take((values["title"], values["created_at"]))
            else:
                pitch_id = undated.take((values["title"], values["body"]))
            values["created_at"] = values["created_at"] or self.now
            values["updated_at"] = values["updated_at"] or values["created_at"]
            if pitch_id is not None:
                self.summary.present["pitches"] += 1
            else:
                pitch_id = Pitch.insert(**values).execute()
                self.summary.added["pitches"] += 1
            if record.file_id is not None:
                self.pitch_ids[record.file_id] = pitch_id
            for file_id in record.extra["contact_ids"]:
                contact = self.contact_ids.get(file_id)
                if contact is None:
                    self.warn(f"{record.where}.contact_ids", f"{self.missing(file_id)}; left out")
                    continue
                PitchContact.insert(pitch=pitch_id, contact=contact).on_conflict_ignore().execute()
        self._pitch_children("pitch_revisions", PitchRevision, "saved_at", ("saved_at", "body"))
        self._pitch_children("rehearsals", Rehearsal, "started_at", ("started_at", "duration_ms"))

    def _pitch_children(self, key: str, model, stamp: str, fields: tuple[str, ...]) -> None:
        """Revisions or rehearsals: a row is its pitch and ``fields`` (without the moment when the file has
        none)."""
        pitch_ids = sorted(set(self.pitch_ids.values()))
        stored, undated = _Known(), _Known()
        for batch in _batches(pitch_ids):
            for row in model.select().where(model.pitch.in_(batch)):
                stored.add((row.pitch_id, *(getattr(row, f) for f in fields)))
                undated.add((row.pitch_id, *(getattr(row, f) for f in fields if f != stamp)))
        rows = []
        for record in self.checked.table(key):
            self.tick()
            file_id = record.refs.get("pitch_id")
            pitch = self.pitch_ids.get(file_id) if file_id is not None else None
            if pitch is None:
                self.warn(f"{record.where}.pitch_id", f"no pitch with id {file_id} in the file; left out")
                continue
            values = dict(record.values)
            if values[stamp]:
                known = stored.take((pitch, *(values[f] for f in fields)))
            else:
                known = undated.take((pitch, *(values[f] for f in fields if f != stamp)))
            if known is not None:
                self.summary.present[key] += 1
                continue
            values[stamp] = values[stamp] or self.now
            rows.append({**values, "pitch": pitch})
            self.summary.added[key] += 1
        _insert_many(model, rows)

    # --- the rest ----------------------------------------------------------------------------------------------
    def templates(self) -> None:
        rows = list(Template.select().order_by(Template.id))
        builtins = {(t.kind, t.name): t for t in rows if t.builtin}
        mine = {(t.name, t.kind, t.subject, t.body) for t in rows if not t.builtin}
        matched: set[int] = set()
        for record in self.checked.table("templates"):
            self.tick()
            values = dict(record.values)
            values["created_at"] = values["created_at"] or self.now
            values["updated_at"] = values["updated_at"] or values["created_at"]
            if values["builtin"]:
                row = builtins.get((values["kind"], values["name"]))
                if row is None or row.id in matched:
                    same_kind = [t for t in builtins.values() if t.kind == values["kind"] and t.id not in matched]
                    row = same_kind[0] if len(same_kind) == 1 else None
                if row is not None:
                    matched.add(row.id)
                    self._builtin(row, values)
                    continue
            elif (values["name"], values["kind"], values["subject"], values["body"]) in mine:
                self.summary.present["templates"] += 1
                continue
            Template.insert(**values).execute()
            mine.add((values["name"], values["kind"], values["subject"], values["body"]))
            self.summary.added["templates"] += 1

    def _builtin(self, row: Template, values: dict[str, Any]) -> None:
        """A built-in template of the file onto the seeded one: restored as it was, or (merging) the file's edit
        replaces a text the user here never changed."""
        changes: dict[str, Any] = {}
        if self.restore:
            for name in ("name", "subject", "body", "position", "created_at", "updated_at"):
                if values[name] != getattr(row, name):
                    changes[name] = values[name]
        elif (values["subject"], values["body"]) != (row.subject, row.body):
            shipped = templates.builtin_default(row.kind, row.name)
            if shipped is not None and (row.subject, row.body) == (shipped.subject, shipped.body):
                changes = {"subject": values["subject"], "body": values["body"], "updated_at": self.now}
            else:
                self.warn(f"template “{row.name}”", "edited both here and in the file; kept the text here")
        if changes:
            Template.update(**changes).where(Template.id == row.id).execute()
            self.summary.added["templates"] += 1
        else:
            self.summary.present["templates"] += 1

    def research(self) -> None:
        stored = {r.contact_id: r for r in ContactResearch.select()}
        for record in self.checked.table("research"):
            self.tick()
            contact = self.contact_of(record, "contact_id", "research left out")
            if contact is None:
                continue
            values = dict(record.values)
            row = stored.get(contact)
            if row is None:
                values["updated_at"] = values["updated_at"] or self.now
                row_id = ContactResearch.insert(**values, contact=contact).execute()
                stored[contact] = ContactResearch(id=row_id, contact=contact, **values)
                self.summary.added["research"] += 1
                continue
            changes: dict[str, Any] = {}
            notes = values["notes"].strip()
            if notes and notes not in row.notes:
                changes["notes"] = f"{row.notes.rstrip()}\n\n{notes}".strip()
            if values["questions"] and not row.questions.strip():
                changes["questions"] = values["questions"]
            if changes:
                changes["updated_at"] = self.now
                ContactResearch.update(**changes).where(ContactResearch.id == row.id).execute()
                for name, value in changes.items():
                    setattr(row, name, value)
                self.summary.added["research"] += 1
            else:
                self.summary.present["research"] += 1

    def images(self) -> None:
        records = self.checked.table("contact_images")
        wanted = sorted(
            {self.contact_ids[r.refs["contact_id"]] for r in records if r.refs.get("contact_id") in self.contact_ids}
        )
        stored = _Known()
        for batch in _batches(wanted):
            query = ContactImage.select(ContactImage.contact, ContactImage.kind, ContactImage.data)
            for contact, kind, data in query.where(ContactImage.contact.in_(batch)).tuples():
                stored.add((contact, kind, _digest(data)))
        for record in records:
            self.tick()
            contact = self.contact_of(record, "contact_id", "image left out")
            if contact is None:
                continue
            values = dict(record.values)
            if stored.take((contact, values["kind"], _digest(values["data"]))) is not None:
                self.summary.present["contact_images"] += 1
                continue
            values["created_at"] = values["created_at"] or self.now
            ContactImage.insert(**values, contact=contact).execute()
            self.summary.added["contact_images"] += 1

    def profile(self) -> None:
        values = self.checked.profile
        if not values or not (any(values.get(n) for n in PROFILE_FIELDS) or values.get("photo")):
            return
        me = Profile.select().order_by(Profile.id).first()
        if me is None:
            fields = {n: values[n] for n in PROFILE_FIELDS}
            Profile.insert(**fields, photo=values["photo"], updated_at=values["updated_at"] or self.now).execute()
            self.summary.added["profile"] += 1
            return
        changes: dict[str, Any] = {}
        for name in (*PROFILE_FIELDS, "photo"):
            value = values.get(name)
            if value and value != getattr(me, name) and (self.restore or not getattr(me, name)):
                changes[name] = value
        if changes:
            changes["updated_at"] = values["updated_at"] if self.restore and values["updated_at"] else self.now
            Profile.update(**changes).where(Profile.id == me.id).execute()
            self.summary.added["profile"] += 1
        else:
            self.summary.present["profile"] += 1

    def settings(self) -> None:
        for key, value in self.checked.settings.items():
            self.tick()
            if key == IGNORED_DUPLICATES_SETTING:
                value = self._ignored_pairs(value)
                if value is None:
                    continue
            row = Setting.get_or_none(Setting.key == key)
            current: Any = None
            if row is not None:
                try:
                    current = json.loads(row.value)
                except ValueError:
                    current = None
            if row is not None and (current == value or not self.restore):
                self.summary.present["settings"] += 1
                continue
            Setting.write(key, value)
            self.summary.added["settings"] += 1

    def _ignored_pairs(self, value: Any) -> list[list[int]] | None:
        """The pairs of contacts the user said are not the same person, in this database's ids, with those
        already noted here."""
        if not isinstance(value, list):
            return None
        pairs = set()
        for pair in value:
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(i, int) for i in pair):
                a, b = (self.contact_ids.get(i) for i in pair)
                if a is not None and b is not None and a != b:
                    pairs.add(tuple(sorted((a, b))))
        current = Setting.read(IGNORED_DUPLICATES_SETTING, [])
        if isinstance(current, list):
            pairs |= {tuple(sorted(p)) for p in current if isinstance(p, list) and len(p) == 2}
        return [list(p) for p in sorted(pairs)] if pairs else None


_CHILD_MODELS = {
    "emails": ContactEmail,
    "phones": ContactPhone,
    "addresses": ContactAddress,
    "circles": ContactCircle,
    "dates": ContactDate,
    "websites": ContactWebsite,
    "handles": ContactHandle,
    "vcard_properties": ContactVcardProperty,
    "source_uids": ContactSourceUid,
}


def _flush(children: dict[str, list[dict[str, Any]]]) -> None:
    per_contact = Counter(row["contact"] for row in children["emails"])
    held = email_index.hold(contact_id for contact_id, count in per_contact.items() if count > 1)
    for name, rows in children.items():
        model = _CHILD_MODELS[name]
        _insert_many(model, rows, ignore=model is ContactCircle)
        rows.clear()
    email_index.release(held)  # each contact's addresses reach the search index once


def _sql_value(value: Any) -> Any:
    """A Python value as the SQLite text peewee stores for it (the same as the sqlite3 adapters)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _statement(model, names: tuple[str, ...], ignore: bool = False) -> str:
    """``INSERT INTO table (columns) VALUES (?, …)`` for the fields ``names`` of ``model`` (a foreign key field
    ``contact`` is the column ``contact_id``). Built once per shape: peewee would build the SQL for every row,
    which is most of the time of a 50 000-contact restore."""
    key = (model, names, ignore)
    if key not in _STATEMENTS:
        columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        marks = ", ".join("?" * len(names))
        _STATEMENTS[key] = f'{verb} INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    return _STATEMENTS[key]


_STATEMENTS: dict[tuple, str] = {}


def _insert_one(model, row: dict[str, Any]) -> int:
    """Insert ``row`` (field name → value) and return its id."""
    names = tuple(row)
    cursor = database.execute_sql(_statement(model, names), [_sql_value(row[n]) for n in names])
    return cursor.lastrowid


def _insert_many(model, rows: list[dict[str, Any]], ignore: bool = False) -> None:
    """Insert ``rows`` (all with the same fields) with one prepared statement."""
    if not rows:
        return
    names = tuple(rows[0])
    cursor = database.cursor()
    cursor.executemany(_statement(model, names, ignore), ([_sql_value(r[n]) for n in names] for r in rows))


def _keys(record: ContactRecord, clean: ContactData) -> list[Keys]:
    """The keys a contact of the file is looked up by, in order: each of its UIDs alone, then its strong
    identifiers (the conflict check sees its first foreign UID, as an import of that source's card would)."""
    uids = [Keys(uid, (), "", "") for uid in (record.uid, *record.source_uids) if uid]
    return [*uids, Keys.of(clean, record.source_uids[0] if record.source_uids else "")]


def _taken_uids(uids: Iterable[str]) -> set[str]:
    uids = sorted(set(uids))
    taken: set[str] = set()
    for batch in chunked(uids, MAX_SQL_PARAMETERS):
        taken.update(u for (u,) in Contact.select(Contact.uid).where(Contact.uid.in_(batch)).tuples())
        query = ContactSourceUid.select(ContactSourceUid.uid).where(ContactSourceUid.uid.in_(batch))
        taken.update(u for (u,) in query.tuples())
    return taken


def _reaches(parent: dict[int, int], start: int, goal: int) -> bool:
    """Whether ``goal`` is ``start`` or up its referral chain."""
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == goal:
            return True
        seen.add(current)
        current = parent.get(current)
    return False

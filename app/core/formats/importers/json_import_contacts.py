"""The JSON import's contact steps: companies, circles, contacts and referrals (see :mod:`.json_import`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from peewee import chunked

from app.core.contacts import circle_names, email_index
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import _SCALARS, ContactValidationError
from app.core.formats.importers.engine import RowOutcome
from app.core.formats.importers.json_backup_values import ContactRecord
from app.core.formats.importers.json_import_rows import (
    batches,
    insert_many,
    insert_one,
    nocase,
)
from app.core.formats.importers.json_import_run import PREFETCH, ImportRun
from app.core.formats.importers.matching import Keys, MatchIndex, Target
from app.core.formats.importers.merge import merge_into
from app.db import MAX_SQL_PARAMETERS
from app.models import (
    Circle,
    Company,
    Contact,
    ContactAddress,
    ContactCircle,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactPhone,
    ContactSourceUid,
    ContactVcardProperty,
    ContactWebsite,
    new_uid,
)


class ContactSteps(ImportRun):
    """Companies, circles, contacts (restored, matched and merged) and the referral links between them."""

    # --- companies and circles ---------------------------------------------------------------------------------
    def companies(self) -> None:
        stored = {nocase(c.name): c for c in Company.select()}
        self.company_ids = {key: c.id for key, c in stored.items()}
        for record in self.checked.table("companies"):
            self.tick()
            values = dict(record.values)
            key = nocase(values["name"])
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
        key = nocase(name)
        if key not in self.company_ids:
            self.company_ids[key] = Company.insert(name=name, created_at=self.now, updated_at=self.now).execute()
        return self.company_ids[key]

    def circles(self) -> None:
        stored = {nocase(c.name): c for c in Circle.select()}
        self.circle_ids = {key: c.id for key, c in stored.items()}
        for record in self.checked.table("circles"):
            self.tick()
            values = {k: v for k, v in record.values.items() if v is not None or k.startswith("keep_in_touch")}
            key = nocase(values["name"])
            circle = stored.get(key)
            if circle is None and (default := circle_names.default_named(values["name"])) is not None:
                # a seeded circle named in another shipped language ("Familia"): the seeded one, while it has its name
                circle = stored.get(nocase(default))
                if circle is not None:
                    self.circle_ids[key] = circle.id
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
        key = nocase(name)
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
            if e164 := record.e164.get(phone.value):
                phone.e164 = e164
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
        for uid_key in uid_keys:
            if (target := index.match(uid_key).target) is not None:
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
            contact_id = insert_one(
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
        for batch in batches(rows):
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
        insert_many(model, rows, ignore=model is ContactCircle)
        rows.clear()
    email_index.release(held)  # each contact's addresses reach the search index once


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

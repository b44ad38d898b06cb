"""The JSON import's steps after the contacts: history, pitches, templates, research, images, profile and settings
(see :mod:`.json_import`)."""

from __future__ import annotations

import json
from typing import Any

from app.core.coach import templates
from app.core.formats.importers.json_backup_values import PROFILE_FIELDS, Record
from app.core.formats.importers.json_import_rows import (
    Known,
    batches,
    digest,
    insert_many,
    insert_one,
)
from app.core.formats.importers.json_import_run import ImportRun
from app.models import (
    ContactImage,
    ContactResearch,
    FollowUp,
    Interaction,
    LedgerEntry,
    Pitch,
    PitchContact,
    PitchRevision,
    Profile,
    Rehearsal,
    Setting,
    Template,
    new_uid,
)

IGNORED_DUPLICATES_SETTING = "duplicates_not_the_same"  # pairs of contact ids (app.ui.contacts.merge_dialog)


class RecordSteps(ImportRun):
    """Interactions, the ledger, follow-ups, pitches, templates, research notes, card images, the profile and
    the settings, each mapped onto the contacts the contact steps restored or found."""

    # --- history -----------------------------------------------------------------------------------------------
    def interactions(self) -> None:
        stored: dict[str, int] = {}
        by_content = Known()  # for records without a UID (hand-made files): what happened, with whom, when
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
            new_id = insert_one(Interaction, {**values, "contact": contact, "other_contact": other})
            stored[values["uid"]] = new_id
            if record.file_id is not None:
                self.interaction_ids[record.file_id] = new_id
            self.summary.added["interactions"] += 1

    def ledger(self) -> None:
        stored, undated = Known(), Known()
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
        insert_many(LedgerEntry, rows)

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
        by_content = Known()  # for records without a UID: for whom, what, which day
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
        insert_many(FollowUp, rows)

    def pitches(self) -> None:
        stored, undated = Known(), Known()  # a pitch is its title and the moment it was made (or its text)
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
        stored, undated = Known(), Known()
        for batch in batches(pitch_ids):
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
        insert_many(model, rows)

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
        stored = Known()
        for batch in batches(wanted):
            query = ContactImage.select(ContactImage.contact, ContactImage.kind, ContactImage.data)
            for contact, kind, data in query.where(ContactImage.contact.in_(batch)).tuples():
                stored.add((contact, kind, digest(data)))
        for record in records:
            self.tick()
            contact = self.contact_of(record, "contact_id", "image left out")
            if contact is None:
                continue
            values = dict(record.values)
            if stored.take((contact, values["kind"], digest(values["data"]))) is not None:
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

"""The job search part of Rapport's JSON export read back (issue 22): ``opportunities``, ``documents`` and
``documents_sent`` (written by :mod:`app.core.opportunities.transfer`).

:func:`check` turns them into typed records the way :mod:`.json_backup_check` does for everything else (lenient: an odd
value is reported by its place in the file and replaced by its default; a record that cannot be anything — an
opportunity without a role — is left out). :func:`write` stores them for :mod:`.json_import`, inside its transaction:

- restoring into an empty folder, everything comes back as it was (UIDs, stages and their days, interviews, people,
  document versions with their files, what was sent to whom);
- merging, an opportunity or a document already here (same UID) is not doubled: a document gains only the versions
  it lacks (same content = same version), and a record of sending is added once.

Document files are written into the data folder of the open database (``documents/``), never outside it; a dry run
writes none. The follow-ups of the opportunities come with the export's follow-ups (their keys name opportunities by
UID), and the rules pass at start-up tops them up.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from app.core.formats.importers.json_backup_values import MAX_LONG, MAX_SHORT, MAX_UID, Checked, Item, Record, top_items
from app.core.opportunities.documents import DOCUMENTS_DIR, MAX_FILE_BYTES, _file_name, _write_file
from app.core.opportunities.transfer import data_dir_of_database
from app.db import database
from app.models import (
    DOCUMENT_KINDS,
    INTERVIEW_FORMATS,
    OPPORTUNITY_ROLES,
    OPPORTUNITY_SOURCES,
    OPPORTUNITY_STAGES,
    Document,
    DocumentSent,
    DocumentVersion,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
    new_uid,
)

LISTS = ("opportunities", "documents", "documents_sent")
NOUNS = (
    ("opportunities", "opportunity", "opportunities"),
    ("documents", "document version", "document versions"),
    ("documents_sent", "document sent", "documents sent"),
)


# --- reading -------------------------------------------------------------------------------------------------------
def _opportunity(item: Item) -> Record | None:
    role = " ".join(item.text("role", 300).split())
    company = " ".join(item.text("company", 300).split())
    if not role or not company:
        item.checked.warn(item.where, "an opportunity needs a role and a company; left out")
        return None
    values = {
        "uid": item.text("uid", MAX_UID).strip(),
        "company": company,
        "role": role,
        "posting_url": item.text("posting_url", MAX_SHORT),
        "location": item.text("location", 300),
        "source": item.choice("source", OPPORTUNITY_SOURCES, "cold"),
        "stage": item.choice("stage", OPPORTUNITY_STAGES, "interested"),
        "stage_since": item.day("stage_since"),
        "salary_notes": item.text("salary_notes", MAX_SHORT),
        "notes": item.text("notes", MAX_LONG),
        "created_at": item.moment("created_at"),
        "updated_at": item.moment("updated_at"),
    }
    history = []
    for entry in item.objects("history"):
        day = entry.day("day")
        if day is None:
            entry.checked.warn(entry.where, "a stage move without its day; left out")
            continue
        history.append((entry.choice("stage", OPPORTUNITY_STAGES, values["stage"]), day, entry.text("note")))
    interviews = []
    for entry in item.objects("interviews"):
        starts = entry.moment("starts_at")
        if starts is None:
            entry.checked.warn(entry.where, "an interview without its date and time; left out")
            continue
        interviews.append(
            (
                entry.ref("id"),
                {
                    "uid": entry.text("uid", MAX_UID).strip(),
                    "round": entry.integer("round", 1, 1000, 1),
                    "starts_at": starts,
                    "duration_minutes": entry.integer("duration_minutes", 1, 24 * 60, 60),
                    "format": entry.choice("format", INTERVIEW_FORMATS, "other"),
                    "location": entry.text("location", MAX_SHORT),
                    "notes": entry.text("notes", MAX_LONG),
                },
            )
        )
    people = []
    for entry in item.objects("people"):
        contact = entry.ref("contact_id")
        if contact is None:
            entry.checked.warn(entry.where, "no contact (contact_id); left out")
            continue
        people.append(
            (
                entry.where,
                contact,
                entry.choice("role", OPPORTUNITY_ROLES, "contact"),
                entry.ref("interview_id"),
                entry.text("note"),
            )
        )
    extra = {"history": history, "interviews": interviews, "people": people}
    return Record(item.where, values, {}, item.ref("id"), extra)


def _document(item: Item) -> Record | None:
    name = " ".join(item.text("name", 200).split())
    if not name:
        item.checked.warn(item.where, "a document without a name; left out")
        return None
    versions = []
    for entry in item.objects("versions"):
        data = entry.blob("data", MAX_FILE_BYTES)
        if data is None:
            entry.checked.warn(entry.where, "no file data; this version left out")
            continue
        versions.append(
            (
                entry.ref("id"),
                {
                    "version": entry.integer("version", 1, 100_000),
                    "file_name": entry.text("file_name", 500),
                    "original_name": entry.text("original_name", 300),
                    "note": entry.text("note", MAX_SHORT),
                    "added_at": entry.moment("added_at"),
                },
                data,
            )
        )
    values = {
        "uid": item.text("uid", MAX_UID).strip(),
        "kind": item.choice("kind", DOCUMENT_KINDS, "other"),
        "name": name,
        "notes": item.text("notes", MAX_LONG),
        "created_at": item.moment("created_at"),
    }
    return Record(item.where, values, {}, item.ref("id"), {"versions": versions})


def _sent(item: Item) -> Record | None:
    day = item.day("sent_on")
    if day is None:
        item.checked.warn(item.where, "no day (sent_on); left out")
        return None
    refs = {
        "version_id": item.ref("version_id"),
        "opportunity_id": item.ref("opportunity_id"),
        "contact_id": item.ref("contact_id"),
    }
    values = {"sent_on": day, "note": item.text("note", MAX_SHORT), "created_at": item.moment("created_at")}
    return Record(item.where, values, refs, item.ref("id"))


READERS = {"opportunities": _opportunity, "documents": _document, "documents_sent": _sent}


def check(document: dict[str, Any], checked: Checked) -> None:
    """The three lists of ``document`` as typed records in ``checked.tables``."""
    for key, reader in READERS.items():
        records = []
        for item in top_items(document, key, checked):
            record = reader(item)
            if record is not None:
                records.append(record)
        checked.tables[key] = records


# --- writing -------------------------------------------------------------------------------------------------------
def write(run) -> None:
    """Store the records into the open database (``run`` is the JSON import's ``_Import``: its contact and company
    maps, summary, warnings and progress)."""
    opportunity_ids = _opportunities(run)
    version_ids = _documents(run)
    _sent_records(run, opportunity_ids, version_ids)


def _opportunities(run) -> dict[int, int]:
    mapped: dict[int, int] = {}
    for record in run.checked.table("opportunities"):
        run.tick()
        values = dict(record.values)
        existing = Opportunity.get_or_none(Opportunity.uid == values["uid"]) if values["uid"] else None
        if existing is not None:
            if record.file_id is not None:
                mapped[record.file_id] = existing.id
            run.summary.present["opportunities"] += 1
            continue
        history = record.extra["history"]
        created = values["created_at"] or run.now
        since = values["stage_since"] or (history[-1][1] if history else created.date())
        opp = Opportunity.create(
            uid=values["uid"] or new_uid(),
            company=run.company_id(values["company"]),
            role=values["role"],
            posting_url=values["posting_url"],
            location=values["location"],
            source=values["source"],
            stage=values["stage"],
            stage_since=since,
            salary_notes=values["salary_notes"],
            notes=values["notes"],
            created_at=created,
            updated_at=values["updated_at"] or created,
        )
        if record.file_id is not None:
            mapped[record.file_id] = opp.id
        moves = history or [(values["stage"], since, "")]
        OpportunityStage.insert_many(
            [
                {"opportunity": opp.id, "stage": stage, "day": day, "note": note, "created_at": created}
                for stage, day, note in moves
            ]
        ).execute()
        interviews: dict[int, int] = {}
        for file_id, data in record.extra["interviews"]:
            uid = data["uid"]
            if not uid or Interview.select().where(Interview.uid == uid).exists():
                uid = new_uid()
            row = Interview.create(**{**data, "uid": uid}, opportunity=opp.id, created_at=created)
            if file_id is not None:
                interviews[file_id] = row.id
        seen: set[tuple] = set()
        for where, contact_file_id, role, interview_file_id, note in record.extra["people"]:
            contact = run.contact_ids.get(contact_file_id)
            if contact is None:
                run.warn(f"{where}.contact_id", f"{run.missing(contact_file_id)}; left out")
                continue
            interview = interviews.get(interview_file_id) if interview_file_id is not None else None
            if (contact, role, interview) in seen:
                continue
            seen.add((contact, role, interview))
            OpportunityContact.create(
                opportunity=opp.id, contact=contact, role=role, interview=interview, note=note, created_at=created
            )
        run.summary.added["opportunities"] += 1
    return mapped


def _stored_name(data_dir, wanted: str, document_uid: str, number: int, original: str, data: bytes) -> str:
    """The file's own name when it is a safe, free place under documents/, else a new one."""
    parts = wanted.replace("\\", "/").split("/")
    safe = len(parts) == 2 and parts[0] == DOCUMENTS_DIR and parts[1] not in ("", ".", "..") and ":" not in wanted
    if safe and data_dir is not None:
        path = data_dir / wanted
        taken = DocumentVersion.select().where(DocumentVersion.file_name == wanted).exists()
        if not taken and (not path.exists() or path.read_bytes() == data):
            return wanted
    name = _file_name(document_uid, number, original or "document")
    suffix = 1
    while DocumentVersion.select().where(DocumentVersion.file_name == name).exists() or (
        data_dir is not None and (data_dir / name).exists()
    ):
        suffix += 1
        name = _file_name(document_uid, number, f"{suffix}-{original or 'document'}")
    return name


def _documents(run) -> dict[int, int]:
    data_dir = data_dir_of_database(database)
    mapped: dict[int, int] = {}
    for record in run.checked.table("documents"):
        run.tick()
        values = dict(record.values)
        document = Document.get_or_none(Document.uid == values["uid"]) if values["uid"] else None
        if document is None:
            document = Document.create(
                uid=values["uid"] or new_uid(),
                kind=values["kind"],
                name=values["name"],
                notes=values["notes"],
                created_at=values["created_at"] or run.now,
            )
        stored = {v.sha256: v.id for v in DocumentVersion.select().where(DocumentVersion.document == document.id)}
        numbers = Counter(
            v
            for (v,) in DocumentVersion.select(DocumentVersion.version)
            .where(DocumentVersion.document == document.id)
            .tuples()
        )
        for file_id, data, content in record.extra["versions"]:
            digest = hashlib.sha256(content).hexdigest()
            if digest in stored:
                if file_id is not None:
                    mapped[file_id] = stored[digest]
                run.summary.present["documents"] += 1
                continue
            number = data["version"]
            if number is None or numbers[number]:
                number = max(numbers, default=0) + 1
            numbers[number] += 1
            name = _stored_name(data_dir, data["file_name"], document.uid, number, data["original_name"], content)
            if not run.summary.dry_run and data_dir is not None:
                _write_file(data_dir, name, content)
            version = DocumentVersion.create(
                document=document.id,
                version=number,
                file_name=name,
                original_name=data["original_name"],
                size=len(content),
                sha256=digest,
                note=data["note"],
                added_at=data["added_at"] or run.now,
            )
            stored[digest] = version.id
            if file_id is not None:
                mapped[file_id] = version.id
            run.summary.added["documents"] += 1
    return mapped


def _sent_records(run, opportunity_ids: dict[int, int], version_ids: dict[int, int]) -> None:
    known = {
        (v, o, c, str(d)[:10])
        for v, o, c, d in DocumentSent.select(
            DocumentSent.version, DocumentSent.opportunity, DocumentSent.contact, DocumentSent.sent_on
        ).tuples()
    }
    for record in run.checked.table("documents_sent"):
        run.tick()
        version = version_ids.get(record.refs["version_id"])
        if version is None:
            run.warn(f"{record.where}.version_id", "no document version with that id in the file; left out")
            continue
        opportunity = None
        if record.refs["opportunity_id"] is not None:
            opportunity = opportunity_ids.get(record.refs["opportunity_id"])
            if opportunity is None:
                run.warn(f"{record.where}.opportunity_id", "no opportunity with that id in the file; left out")
        contact = None
        if record.refs["contact_id"] is not None:
            contact = run.contact_of(record, "contact_id", "left out the person")
        if opportunity is None and contact is None:
            continue
        values = record.values
        key = (version, opportunity, contact, values["sent_on"].isoformat())
        if key in known:
            run.summary.present["documents_sent"] += 1
            continue
        known.add(key)
        DocumentSent.create(
            version=version,
            opportunity=opportunity,
            contact=contact,
            sent_on=values["sent_on"],
            note=values["note"],
            created_at=values["created_at"] or run.now,
        )
        run.summary.added["documents_sent"] += 1

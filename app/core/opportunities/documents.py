"""Résumés and cover letters: each document kept in versions, each version a file in the data folder, and a record of
which version went to whom, for which opportunity, on which day.

Files live in ``DATA/documents/`` (private, 0600, like rehearsal recordings in ``DATA/recordings/``), named
``<document>-v<n>-<original name>``; the database stores the name relative to the data folder and refuses any path
that leaves that folder. The file is copied in before its row is written and removed if the row cannot be: a version
row always has its file. Deleting returns the bytes, so undo puts the file back as it was.

Recording that a version was sent to a contact can also log it on their timeline (an interaction of kind ``sent``):
the networking rules then add the friendly reminder a week later, as for anything else sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import fn

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach.outgoing import safe_filename
from app.core.opportunities import rules
from app.core.opportunities.labels import DOCUMENT_KIND_LABELS
from app.db import database
from app.errors import RapportError
from app.models import (
    DOCUMENT_KINDS,
    Contact,
    Document,
    DocumentSent,
    DocumentVersion,
    Interaction,
    Opportunity,
)

log = logging.getLogger(__name__)

DOCUMENTS_DIR = "documents"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_NAME = 200
# What recording a version as sent (or taking it back) changes: logged on a person's timeline, it is an interaction
# of a contact, and the rules may thank them; the UI publishes it.
SENT_CHANGES = Changes.of("opportunities", "followups", "interactions", "contacts")


class DocumentError(RapportError, ValueError):
    """A document change was refused (no such file, too large, a path outside the data folder…). Nothing written."""


@dataclass(frozen=True)
class VersionInfo:
    id: int
    version: int
    file_name: str
    original_name: str
    size: int
    added_at: dt.datetime
    note: str
    sent: int  # how many times it was sent


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    uid: str
    kind: str
    name: str
    notes: str
    versions: tuple[VersionInfo, ...]  # newest first

    @property
    def latest(self) -> VersionInfo | None:
        return self.versions[0] if self.versions else None

    def label(self) -> str:
        return f"{self.name} ({DOCUMENT_KIND_LABELS.get(self.kind, self.kind)})"


def document_path(data_dir: Path, file_name: str) -> Path:
    """Where the version file ``file_name`` (relative to the data folder) lives; refuses paths leaving
    ``documents/``."""
    root = (Path(data_dir) / DOCUMENTS_DIR).resolve()
    path = (Path(data_dir) / file_name).resolve()
    if root not in path.parents:
        raise DocumentError(f"{file_name!r} is not inside the documents folder")
    return path


def _write_file(data_dir: Path, file_name: str, data: bytes) -> None:
    path = document_path(data_dir, file_name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    if os.name == "posix":
        path.chmod(0o600)


def _remove_file(data_dir: Path, file_name: str) -> None:
    try:
        document_path(data_dir, file_name).unlink(missing_ok=True)
    except (OSError, DocumentError) as exc:
        log.warning("could not delete document file %s: %s", file_name, exc)


def read_file(data_dir: Path, file_name: str) -> bytes | None:
    try:
        return document_path(data_dir, file_name).read_bytes()
    except (OSError, DocumentError) as exc:
        log.warning("could not read document file %s: %s", file_name, exc)
        return None


def _read_source(source: Path) -> bytes:
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(f"{source.name} is {size // (1024 * 1024)} MB; documents up to 50 MB are kept")
        return source.read_bytes()
    except IsADirectoryError as exc:
        raise DocumentError(f"{source} is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise DocumentError(f"{source}: no such file") from exc
    except OSError as exc:
        raise DocumentError(f"cannot read {source}: {exc.strerror or exc}") from exc


def _file_name(document_uid: str, version: int, original: str) -> str:
    stem, dot, ext = original.rpartition(".")
    if not dot:
        stem, ext = original, ""
    safe = safe_filename(stem, "document")[:60]
    suffix = f".{safe_filename(ext, '')[:10]}" if ext else ""
    return f"{DOCUMENTS_DIR}/{document_uid[:8]}-v{version}-{safe}{suffix}"


def _name(name: str) -> str:
    name = " ".join((name or "").replace("\x00", "").split())
    if not name:
        raise DocumentError("give the document a name, such as “Résumé — operations”")
    if len(name) > MAX_NAME:
        raise DocumentError(f"a name of at most {MAX_NAME} characters")
    return name


def _add_version_row(
    data_dir: Path, document: Document, data: bytes, original: str, note: str, now: dt.datetime
) -> DocumentVersion:
    number = (
        DocumentVersion.select(fn.MAX(DocumentVersion.version)).where(DocumentVersion.document == document.id).scalar()
        or 0
    ) + 1
    file_name = _file_name(document.uid, number, original)
    _write_file(data_dir, file_name, data)
    try:
        return DocumentVersion.create(
            document=document.id,
            version=number,
            file_name=file_name,
            original_name=original[:300],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            note=(note or "").replace("\x00", "").strip()[:2000],
            added_at=now,
        )
    except Exception:
        _remove_file(data_dir, file_name)
        raise


def add_document(
    data_dir: Path,
    source: Path,
    *,
    name: str,
    kind: str = "resume",
    note: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> DocumentVersion:
    """A new document from the file ``source`` (copied into the data folder) as its version 1."""
    if kind not in DOCUMENT_KINDS:
        raise DocumentError(f"{kind!r} is not one of {', '.join(DOCUMENT_KINDS)}")
    name = _name(name)
    data = _read_source(source)
    now = clock.now()
    with database.atomic():
        document = Document.create(kind=kind, name=name, created_at=now)
        return _add_version_row(data_dir, document, data, Path(source).name, note, now)


def add_version(
    data_dir: Path, document_id: int, source: Path, *, note: str = "", clock: Clock = SYSTEM_CLOCK
) -> DocumentVersion:
    """The next version of a document, from the file ``source``."""
    data = _read_source(source)
    with database.atomic():
        document = Document.get_or_none(Document.id == document_id)
        if document is None:
            raise DocumentError(f"no document with id {document_id}")
        return _add_version_row(data_dir, document, data, Path(source).name, note, clock.now())


def add_bytes(
    data_dir: Path,
    data: bytes,
    original_name: str,
    *,
    name: str,
    kind: str = "resume",
    document_id: int | None = None,
    note: str = "",
    clock: Clock = SYSTEM_CLOCK,
    uid: str | None = None,
) -> DocumentVersion:
    """A version from bytes (demo data, an import): a new document (``uid``: its UID, default a new one), or the
    next version of ``document_id``."""
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError("documents up to 50 MB are kept")
    now = clock.now()
    with database.atomic():
        if document_id is None:
            if kind not in DOCUMENT_KINDS:
                raise DocumentError(f"{kind!r} is not one of {', '.join(DOCUMENT_KINDS)}")
            extra = {"uid": uid} if uid else {}
            document = Document.create(**extra, kind=kind, name=_name(name), created_at=now)
        else:
            document = Document.get_by_id(document_id)
        return _add_version_row(data_dir, document, data, original_name, note, now)


def documents() -> list[DocumentInfo]:
    """Every document with its versions (newest first) and how often each was sent; by kind, then name."""
    sent = dict(
        DocumentSent.select(DocumentSent.version, fn.COUNT(DocumentSent.id)).group_by(DocumentSent.version).tuples()
    )
    versions: dict[int, list[VersionInfo]] = {}
    for v in DocumentVersion.select().order_by(DocumentVersion.document, DocumentVersion.version.desc()):
        versions.setdefault(v.document_id, []).append(
            VersionInfo(v.id, v.version, v.file_name, v.original_name, v.size, v.added_at, v.note, sent.get(v.id, 0))
        )
    order = {kind: i for i, kind in enumerate(DOCUMENT_KINDS)}
    docs = [
        DocumentInfo(d.id, d.uid, d.kind, d.name, d.notes, tuple(versions.get(d.id, ())))
        for d in Document.select().order_by(Document.name)
    ]
    docs.sort(key=lambda d: (order.get(d.kind, 9), d.name.casefold()))
    return docs


# --- sending -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sent:
    """What :func:`record_sent` wrote: the record, and the interaction it logged (None if none)."""

    sent_id: int
    interaction_id: int | None


def record_sent(
    version_id: int,
    *,
    opportunity_id: int | None = None,
    contact_id: int | None = None,
    day: dt.date | None = None,
    note: str = "",
    log_on_timeline: bool = True,
    clock: Clock = SYSTEM_CLOCK,
) -> Sent:
    """Record that a version went to ``contact_id`` and/or for ``opportunity_id`` on ``day`` (default today). With a
    contact and ``log_on_timeline``, also log "Sent …" with them (the rules add the friendly reminder)."""
    if opportunity_id is None and contact_id is None:
        raise DocumentError("sent to whom? Choose an opportunity, a person, or both")
    today = clock.today()
    day = day or today
    if day > today:
        raise DocumentError(f"{day.isoformat()} is in the future")
    note = (note or "").replace("\x00", "").strip()[:2000]
    with database.atomic():
        version = DocumentVersion.get_or_none(DocumentVersion.id == version_id)
        if version is None:
            raise DocumentError(f"no document version with id {version_id}")
        if opportunity_id is not None and not Opportunity.select().where(Opportunity.id == opportunity_id).exists():
            raise DocumentError(f"no opportunity with id {opportunity_id}")
        if contact_id is not None and not Contact.select().where(Contact.id == contact_id).exists():
            raise DocumentError(f"no contact with id {contact_id}")
        row = DocumentSent.create(
            version=version_id,
            opportunity=opportunity_id,
            contact=contact_id,
            sent_on=day,
            note=note,
            created_at=clock.now(),
        )
        interaction_id = None
        if contact_id is not None and log_on_timeline:
            from app.core.contacts.interactions import log_interaction

            document = Document.get_by_id(version.document_id)
            when = (
                dt.datetime.combine(day, clock.now().time()) if day == today else dt.datetime.combine(day, dt.time(9))
            )
            summary = f"Sent {document.name} (v{version.version})"
            if opportunity_id is not None:
                opp = Opportunity.get_by_id(opportunity_id)
                summary += f" for {opp.role} at {opp.company.name}"
            interaction_id = log_interaction(contact_id, "sent", when=when, summary=summary, clock=clock).interaction.id
        if opportunity_id is not None:
            Opportunity.update(updated_at=clock.now()).where(Opportunity.id == opportunity_id).execute()
            rules.sync([opportunity_id], clock=clock)
    return Sent(row.id, interaction_id)


def delete_sent(sent: Sent, *, clock: Clock = SYSTEM_CLOCK) -> dict[str, Any]:
    """Take back a record of sending (and the interaction it logged); returns the row for :func:`restore_sent`."""
    with database.atomic():
        row = DocumentSent.get_or_none(DocumentSent.id == sent.sent_id)
        if row is None:
            raise DocumentError(f"no record with id {sent.sent_id}")
        data = dict(row.__data__)
        row.delete_instance()
        if (
            sent.interaction_id is not None
            and Interaction.select().where(Interaction.id == sent.interaction_id).exists()
        ):
            from app.core.contacts.interactions import delete_interaction

            delete_interaction(sent.interaction_id, clock=clock)
        if data.get("opportunity") is not None:
            rules.sync([data["opportunity"]], clock=clock)
    return data


def restore_sent(row: dict[str, Any], *, log_on_timeline: bool, clock: Clock = SYSTEM_CLOCK) -> Sent:
    """Put a record of sending back at its id (and log the interaction again)."""
    with database.atomic():
        DocumentSent.insert(row).execute()
        interaction_id = None
        if row.get("contact") is not None and log_on_timeline:
            from app.core.contacts.interactions import log_interaction

            version = DocumentVersion.get_by_id(row["version"])
            document = Document.get_by_id(version.document_id)
            when = dt.datetime.combine(row["sent_on"], dt.time(9))
            interaction_id = log_interaction(
                row["contact"], "sent", when=when, summary=f"Sent {document.name} (v{version.version})", clock=clock
            ).interaction.id
        if row.get("opportunity") is not None:
            rules.sync([row["opportunity"]], clock=clock)
    return Sent(row["id"], interaction_id)


# --- deleting versions and documents -------------------------------------------------------------------------------
@dataclass
class DocumentSnapshot:
    """A deleted document (or just some of its versions) with the files' bytes, to put back on undo."""

    document: dict[str, Any] | None
    versions: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes | None] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)


def delete_version(data_dir: Path, version_id: int) -> DocumentSnapshot:
    """Delete one version (its file and the records of sending it); the last version takes the document along."""
    with database.atomic():
        version = DocumentVersion.get_or_none(DocumentVersion.id == version_id)
        if version is None:
            raise DocumentError(f"no document version with id {version_id}")
        others = DocumentVersion.select().where(
            DocumentVersion.document == version.document_id, DocumentVersion.id != version_id
        )
        if not others.exists():
            return delete_document(data_dir, version.document_id)
        snapshot = DocumentSnapshot(
            None,
            [dict(version.__data__)],
            {version.file_name: read_file(data_dir, version.file_name)},
            [dict(s.__data__) for s in DocumentSent.select().where(DocumentSent.version == version_id)],
        )
        version.delete_instance()
    _remove_file(data_dir, snapshot.versions[0]["file_name"])
    return snapshot


def delete_document(data_dir: Path, document_id: int) -> DocumentSnapshot:
    with database.atomic():
        document = Document.get_or_none(Document.id == document_id)
        if document is None:
            raise DocumentError(f"no document with id {document_id}")
        versions = list(DocumentVersion.select().where(DocumentVersion.document == document_id))
        snapshot = DocumentSnapshot(
            dict(document.__data__),
            [dict(v.__data__) for v in versions],
            {v.file_name: read_file(data_dir, v.file_name) for v in versions},
            [
                dict(s.__data__)
                for s in DocumentSent.select().where(DocumentSent.version.in_([v.id for v in versions] or [0]))
            ],
        )
        document.delete_instance()
    for version in snapshot.versions:
        _remove_file(data_dir, version["file_name"])
    return snapshot


def restore_document(data_dir: Path, snapshot: DocumentSnapshot) -> None:
    for name, data in snapshot.files.items():
        if data is not None:
            _write_file(data_dir, name, data)
    with database.atomic():
        if snapshot.document is not None:
            Document.insert(snapshot.document).execute()
        if snapshot.versions:
            DocumentVersion.insert_many(snapshot.versions).execute()
        live_opps = {o for (o,) in Opportunity.select(Opportunity.id).tuples()}
        live_contacts = {c for (c,) in Contact.select(Contact.id).tuples()}
        rows = [
            {
                **s,
                "opportunity": s["opportunity"] if s["opportunity"] in live_opps else None,
                "contact": s["contact"] if s["contact"] in live_contacts else None,
            }
            for s in snapshot.sent
        ]
        rows = [r for r in rows if r["opportunity"] is not None or r["contact"] is not None]
        if rows:
            DocumentSent.insert_many(rows).execute()

"""Opportunities in Rapport's JSON export (DESIGN §6; read back by
:mod:`app.core.formats.importers.json_opportunities`).

Three top-level lists, each row with its database ``id`` so that the rows can name each other:

- ``opportunities``: ``{id, uid, company, role, posting_url, location, source, stage, stage_since, salary_notes,
  notes, created_at, updated_at, people: [{contact_id, role, interview_id, note}], history: [{stage, day, note}],
  interviews: [{id, uid, round, starts_at, duration_minutes, format, location, notes}]}`` — ``contact_id`` is the id
  of a contact of the export, ``interview_id`` the id of one of the opportunity's interviews (or null);
- ``documents``: ``{id, uid, kind, name, notes, created_at, versions: [{id, version, file_name, original_name,
  size, sha256, note, added_at, data}]}`` — ``data`` is the file's content in base64 (null when the file is missing
  from the data folder), so the export alone restores the documents;
- ``documents_sent``: ``{id, version_id, opportunity_id, contact_id, sent_on, note, created_at}``.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.core.opportunities.documents import read_file
from app.models import (
    Company,
    Document,
    DocumentSent,
    DocumentVersion,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _row(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _iso(data[name]) for name in names}


def export_lists(data_dir: Path | None) -> dict[str, list[dict[str, Any]]]:
    """The three lists (see the module docstring). ``data_dir``: where the document files are (None: no data)."""
    people: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for p in OpportunityContact.select().order_by(OpportunityContact.opportunity, OpportunityContact.id):
        people[p.opportunity_id].append(
            {"contact_id": p.contact_id, "role": p.role, "interview_id": p.interview_id, "note": p.note}
        )
    history: dict[int, list[dict[str, Any]]] = defaultdict(list)
    moves = OpportunityStage.select().order_by(OpportunityStage.opportunity, OpportunityStage.day, OpportunityStage.id)
    for h in moves:
        history[h.opportunity_id].append({"stage": h.stage, "day": _iso(h.day), "note": h.note})
    interviews: dict[int, list[dict[str, Any]]] = defaultdict(list)
    interview_fields = ("id", "uid", "round", "starts_at", "duration_minutes", "format", "location", "notes")
    for i in Interview.select().order_by(Interview.opportunity, Interview.starts_at, Interview.id):
        interviews[i.opportunity_id].append(_row(i.__data__, interview_fields))
    opportunities = []
    query = (
        Opportunity.select(Opportunity, Company.name.alias("company_name"))
        .join(Company, on=(Opportunity.company == Company.id))
        .order_by(Opportunity.id)
    )
    for o in query.objects():
        opportunities.append(
            {
                "id": o.id,
                "uid": o.uid,
                "company": o.company_name,
                "role": o.role,
                "posting_url": o.posting_url,
                "location": o.location,
                "source": o.source,
                "stage": o.stage,
                "stage_since": _iso(o.stage_since),
                "salary_notes": o.salary_notes,
                "notes": o.notes,
                "created_at": _iso(o.created_at),
                "updated_at": _iso(o.updated_at),
                "people": people.get(o.id, []),
                "history": history.get(o.id, []),
                "interviews": interviews.get(o.id, []),
            }
        )
    versions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    version_fields = ("id", "version", "file_name", "original_name", "size", "sha256", "note", "added_at")
    for v in DocumentVersion.select().order_by(DocumentVersion.document, DocumentVersion.version):
        item = _row(v.__data__, version_fields)
        data = read_file(data_dir, v.file_name) if data_dir is not None else None
        item["data"] = base64.b64encode(data).decode("ascii") if data is not None else None
        versions[v.document_id].append(item)
    documents = [
        {**_row(d.__data__, ("id", "uid", "kind", "name", "notes", "created_at")), "versions": versions.get(d.id, [])}
        for d in Document.select().order_by(Document.id)
    ]
    sent = [
        {
            "id": s.id,
            "version_id": s.version_id,
            "opportunity_id": s.opportunity_id,
            "contact_id": s.contact_id,
            "sent_on": _iso(s.sent_on),
            "note": s.note,
            "created_at": _iso(s.created_at),
        }
        for s in DocumentSent.select().order_by(DocumentSent.sent_on, DocumentSent.id)
    ]
    return {"opportunities": opportunities, "documents": documents, "documents_sent": sent}


def data_dir_of_database(database) -> Path | None:
    """The data folder of the open database file (None for an in-memory one)."""
    name = getattr(database, "database", None)
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return None
    return Path(name).resolve().parent

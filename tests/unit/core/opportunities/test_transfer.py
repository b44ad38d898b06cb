"""Opportunities, documents and what was sent, through the JSON export and back (restore and merge), and the
odd files the import must read without losing the rest."""

from __future__ import annotations

import base64
import io
import json
import shutil

import pytest

from app import db as app_db
from app.core.formats.exporters.json_export import build_export, write_json
from app.core.formats.importers.json_backup import read_backup
from app.core.formats.importers.json_import import has_data, run_json_import
from app.core.opportunities import documents, interviews, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import Person
from app.models import Document, DocumentSent, DocumentVersion, Interview, Opportunity, OpportunityStage
from tests.unit.core.opportunities.helpers import D, at, opportunity, person

PDF = b"%PDF-1.4 a small CV"


@pytest.fixture
def folders(tmp_path, migrated_template):
    def open_folder(name: str):
        path = tmp_path / name / "rapport.sqlite3"
        if not path.exists():
            path.parent.mkdir()
            shutil.copyfile(migrated_template, path)
        app_db.open_database(path)
        return path.parent

    yield open_folder
    app_db.close_database()


def export(tmp_path, name="all.json"):
    out = io.StringIO()
    write_json(build_export(), out)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def a_search(clock, data_dir):
    ada, joe = person(clock), person(clock, "Joe Park")
    opp = opportunity(
        clock, stage="applied", day=D(2026, 3, 2), people=[Person(joe.id, "referrer")], salary_notes="70k"
    )
    service.move(opp.id, "screening", day=D(2026, 3, 9), clock=clock)
    interviews.add_interview(opp.id, InterviewData(at("2026-03-18T14:00"), location="HQ"), [ada.id], clock=clock)
    version = documents.add_bytes(data_dir, PDF, "cv.pdf", name="Résumé", clock=clock)
    documents.record_sent(version.id, opportunity_id=opp.id, contact_id=joe.id, day=D(2026, 3, 2), clock=clock)
    return opp


def test_the_export_lists_the_job_search_with_the_files(folders, clock, tmp_path):
    data_dir = folders("source")
    opp = a_search(clock, data_dir)
    doc = build_export()
    [item] = doc["opportunities"]
    assert (item["uid"], item["company"], item["stage"], item["stage_since"]) == (
        opp.uid,
        "Northwind",
        "interviewing",
        "2026-03-16",
    )
    assert [h["stage"] for h in item["history"]] == ["applied", "screening", "interviewing"]
    assert item["interviews"][0]["starts_at"] == "2026-03-18T14:00:00"
    roles = {p["role"] for p in item["people"]}
    assert roles == {"referrer", "interviewer"}
    [document] = doc["documents"]
    assert base64.b64decode(document["versions"][0]["data"]) == PDF
    assert doc["documents_sent"][0]["opportunity_id"] == item["id"]


def test_restore_into_an_empty_folder_brings_everything_back_with_the_files(folders, clock, tmp_path):
    source = folders("source")
    opp = a_search(clock, source)
    path = export(tmp_path)
    target = folders("target")
    assert not has_data()
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.restore and summary.warnings == []
    assert "1 opportunity" in summary.details_line() and "1 document version" in summary.details_line()
    restored = Opportunity.get(Opportunity.uid == opp.uid)
    assert restored.salary_notes == "70k" and restored.stage == "interviewing"
    assert OpportunityStage.select().where(OpportunityStage.opportunity == restored.id).count() == 3
    assert Interview.get().location == "HQ"
    version = DocumentVersion.get()
    assert (target / version.file_name).read_bytes() == PDF
    assert DocumentSent.select().count() == 1
    second = json.loads(export(tmp_path, "again.json").read_text(encoding="utf-8"))
    first = json.loads(path.read_text(encoding="utf-8"))
    assert second["documents"][0]["versions"][0]["data"] == first["documents"][0]["versions"][0]["data"]


def test_importing_into_a_folder_with_data_adds_nothing_twice(folders, clock, tmp_path):
    source = folders("source")
    a_search(clock, source)
    path = export(tmp_path)
    folders("target")
    run_json_import(read_backup(path), clock=clock)
    again = run_json_import(read_backup(path), clock=clock)
    assert not again.restore and again.added["opportunities"] == 0 and again.added["documents"] == 0
    assert again.present["opportunities"] == 1 and again.present["documents_sent"] == 1
    assert Opportunity.select().count() == 1 and DocumentVersion.select().count() == 1
    assert DocumentSent.select().count() == 1


def test_a_new_version_in_the_file_joins_the_document_here(folders, clock, tmp_path):
    source = folders("source")
    a_search(clock, source)
    path = export(tmp_path)
    target = folders("target")
    run_json_import(read_backup(path), clock=clock)
    doc = json.loads(path.read_text(encoding="utf-8"))
    newer = dict(doc["documents"][0]["versions"][0], id=99, version=2, data=base64.b64encode(b"v2").decode())
    doc["documents"][0]["versions"].append(newer)
    path.write_text(json.dumps(doc), encoding="utf-8")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.added["documents"] == 1
    assert [v.version for v in DocumentVersion.select().order_by(DocumentVersion.version)] == [1, 2]
    assert (target / DocumentVersion.get(DocumentVersion.version == 2).file_name).read_bytes() == b"v2"


def test_a_dry_run_writes_no_file_and_no_row(folders, clock, tmp_path):
    source = folders("source")
    a_search(clock, source)
    path = export(tmp_path)
    target = folders("target")
    summary = run_json_import(read_backup(path), dry_run=True, clock=clock)
    assert summary.added["opportunities"] == 1
    assert Opportunity.select().count() == 0 and Document.select().count() == 0
    assert not (target / "documents").exists() or not any((target / "documents").iterdir())


def test_odd_records_are_reported_and_left_out_and_files_stay_inside_the_data_folder(folders, clock, tmp_path):
    target = folders("target")
    doc = {
        "format": "rapport-export",
        "version": 1,
        "opportunities": [
            {"id": 1, "company": "Northwind", "role": ""},
            {
                "id": 2,
                "company": "Fabrikam",
                "role": "Planner",
                "stage": "hired",
                "source": 7,
                "history": [{"stage": "applied"}],
                "people": [{"contact_id": 5, "role": "referrer"}],
                "interviews": [{"uid": "x"}],
            },
        ],
        "documents": [
            {
                "id": 1,
                "name": "CV",
                "kind": "resume",
                "versions": [
                    {"id": 1, "version": 1, "file_name": "../../escape.pdf", "data": base64.b64encode(PDF).decode()},
                    {"id": 2, "version": 2, "file_name": "documents/b.pdf", "data": "not base64!"},
                ],
            }
        ],
        "documents_sent": [{"id": 1, "version_id": 7, "sent_on": "2026-03-02"}],
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    summary = run_json_import(read_backup(path), clock=clock)
    places = {where for where, _message in summary.warnings}
    assert "opportunities[0]" in places
    assert "opportunities[1].stage" in places and "opportunities[1].source" in places
    assert "opportunities[1].history[0]" in places and "opportunities[1].interviews[0]" in places
    assert "opportunities[1].people[0].contact_id" in places
    assert "documents[0].versions[1].data" in places and "documents_sent[0].version_id" in places
    opp = Opportunity.get()
    assert (opp.role, opp.stage, opp.source) == ("Planner", "interested", "cold")
    version = DocumentVersion.get()
    assert version.file_name.startswith("documents/") and ".." not in version.file_name
    assert (target / version.file_name).read_bytes() == PDF
    assert not (tmp_path / "escape.pdf").exists()

"""Résumé and cover-letter versions kept as private files in the data folder, and what went to whom."""

import os

import pytest

from app.core.opportunities import documents, queries
from app.models import Document, DocumentSent, DocumentVersion, FollowUp, Interaction
from tests.unit.core.opportunities.helpers import D, opportunity, person


@pytest.fixture
def cv(tmp_path):
    path = tmp_path / "Sam Rivera CV.pdf"
    path.write_bytes(b"%PDF-1.4 version one")
    return path


def test_a_document_is_copied_into_the_data_folder_as_a_private_file(db, paths, clock, cv):
    version = documents.add_document(paths.data_dir, cv, name="Résumé — operations", clock=clock)
    assert version.version == 1 and version.original_name == "Sam Rivera CV.pdf" and version.size == 20
    stored = paths.data_dir / version.file_name
    assert version.file_name.startswith("documents/") and stored.read_bytes() == cv.read_bytes()
    if os.name == "posix":
        assert stored.stat().st_mode & 0o777 == 0o600
        assert (paths.data_dir / "documents").stat().st_mode & 0o777 == 0o700
    cv.write_bytes(b"%PDF-1.4 version two")
    second = documents.add_version(paths.data_dir, version.document_id, cv, note="shorter", clock=clock)
    assert second.version == 2 and second.file_name != version.file_name
    [doc] = documents.documents()
    assert [v.version for v in doc.versions] == [2, 1] and doc.latest.note == "shorter"


def test_a_missing_or_too_large_file_is_refused_and_nothing_is_written(db, paths, clock, tmp_path, monkeypatch):
    with pytest.raises(documents.DocumentError):
        documents.add_document(paths.data_dir, tmp_path / "nope.pdf", name="CV", clock=clock)
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 4)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"12345")
    with pytest.raises(documents.DocumentError):
        documents.add_document(paths.data_dir, big, name="CV", clock=clock)
    with pytest.raises(documents.DocumentError):
        documents.add_document(paths.data_dir, big, name="  ", clock=clock)
    assert Document.select().count() == 0
    folder = paths.data_dir / "documents"
    assert not folder.exists() or not any(folder.iterdir())


def test_a_stored_name_cannot_leave_the_documents_folder(paths):
    with pytest.raises(documents.DocumentError):
        documents.document_path(paths.data_dir, "documents/../rapport.sqlite3")
    with pytest.raises(documents.DocumentError):
        documents.document_path(paths.data_dir, "/etc/passwd")


def test_sending_a_version_to_a_person_logs_it_and_the_friendly_reminder_follows(db, paths, clock, cv):
    joe = person(clock, "Joe Park")
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 10))
    version = documents.add_document(paths.data_dir, cv, name="CV", clock=clock)
    sent = documents.record_sent(version.id, opportunity_id=opp.id, contact_id=joe.id, clock=clock)
    interaction = Interaction.get_by_id(sent.interaction_id)
    assert interaction.kind == "sent" and interaction.summary == "Sent CV (v1) for Operations lead at Northwind"
    reminder = FollowUp.get(FollowUp.kind == "reminder", FollowUp.status == "open")
    assert reminder.contact_id == joe.id and reminder.due == D(2026, 3, 23)
    [info] = queries.sent_for(opportunity_id=opp.id)
    assert (info.document, info.version, info.contact_name, info.sent_on) == ("CV", 1, "Joe Park", clock.today())
    assert queries.sent_for(contact_id=joe.id) == [info]
    row = documents.delete_sent(sent, clock=clock)
    assert DocumentSent.select().count() == 0 and Interaction.get_or_none(Interaction.id == sent.interaction_id) is None
    assert not FollowUp.select().where(FollowUp.kind == "reminder", FollowUp.status == "open").exists()
    again = documents.restore_sent(row, log_on_timeline=True, clock=clock)
    assert again.sent_id == sent.sent_id and DocumentSent.select().count() == 1


def test_sent_to_nobody_and_for_nothing_is_refused(db, paths, clock, cv):
    version = documents.add_document(paths.data_dir, cv, name="CV", clock=clock)
    with pytest.raises(documents.DocumentError):
        documents.record_sent(version.id, clock=clock)
    with pytest.raises(documents.DocumentError):
        documents.record_sent(version.id, contact_id=person(clock).id, day=D(2026, 3, 17), clock=clock)
    assert DocumentSent.select().count() == 0


def test_deleting_versions_and_documents_removes_their_files_and_undo_puts_them_back(db, paths, clock, cv):
    first = documents.add_document(paths.data_dir, cv, name="CV", clock=clock)
    cv.write_bytes(b"v2")
    second = documents.add_version(paths.data_dir, first.document_id, cv, clock=clock)
    opp = opportunity(clock)
    documents.record_sent(second.id, opportunity_id=opp.id, clock=clock)
    snapshot = documents.delete_version(paths.data_dir, second.id)
    assert not (paths.data_dir / second.file_name).exists() and DocumentSent.select().count() == 0
    documents.restore_document(paths.data_dir, snapshot)
    assert (paths.data_dir / second.file_name).read_bytes() == b"v2" and DocumentSent.select().count() == 1
    documents.delete_version(paths.data_dir, second.id)
    whole = documents.delete_version(paths.data_dir, first.id)  # the last version takes the document along
    assert Document.select().count() == 0 and whole.document is not None
    documents.restore_document(paths.data_dir, whole)
    assert DocumentVersion.select().count() == 1 and (paths.data_dir / first.file_name).exists()

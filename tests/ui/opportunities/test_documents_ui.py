"""Résumés and cover letters in the window: a file added to the library, a version recorded as sent for an
opportunity and to a person (logged on their timeline), both undoable."""

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities import service
from app.core.opportunities.service import OpportunityData, Person
from app.models import DocumentSent, DocumentVersion, Interaction
from app.ui.opportunities.documents_dialog import DocumentsDialog, SendDocumentDialog
from tests.helpers.qt import find


@pytest.fixture
def cv(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.4 cv")
    return path


def test_a_file_added_to_the_library_and_sent_for_an_opportunity(window, qtbot, cv, monkeypatch):
    ctx = window.ctx
    joe = create_contact(ContactData(given_name="Joe", family_name="Park"), clock=ctx.clock)
    opp = service.create_opportunity(
        OpportunityData("Northwind", "Lead"), stage="applied", people=[Person(joe.id, "referrer")], clock=ctx.clock
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(cv), "")))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Résumé", True)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Résumé — operations", True)))
    library = DocumentsDialog(ctx, window)
    qtbot.addWidget(library)
    find(library, "documentAdd").click()
    version = DocumentVersion.get()
    assert (ctx.paths.data_dir / version.file_name).read_bytes() == cv.read_bytes()
    tree = find(library, "documentList")
    assert tree.topLevelItemCount() == 1 and "Résumé — operations" in tree.topLevelItem(0).text(0)
    assert library.current_version() == version.id

    send = SendDocumentDialog(ctx, opp.id, window)
    qtbot.addWidget(send)
    person = find(send, "sendDocumentPerson")
    person.setCurrentIndex(person.findData(joe.id))
    assert find(send, "sendDocumentLog").isChecked()
    send.accept()
    record = DocumentSent.get()
    assert (record.version_id, record.opportunity_id, record.contact_id) == (version.id, opp.id, joe.id)
    assert Interaction.get(Interaction.contact == joe.id).kind == "sent"
    window.page("opportunitiesPage").select(opp.id)
    assert "Résumé — operations v1 to Joe Park" in find(window, "opportunityDocuments").item(0).text()
    window.undo_action.trigger()
    assert DocumentSent.select().count() == 0 and not Interaction.select().where(Interaction.contact == joe.id).exists()
    window.undo_action.trigger()  # the file goes too
    assert DocumentVersion.select().count() == 0 and not (ctx.paths.data_dir / version.file_name).exists()
    window.redo_action.trigger()
    assert (ctx.paths.data_dir / version.file_name).exists()


def test_recording_without_a_file_says_to_add_one(window, qtbot):
    opp = service.create_opportunity(OpportunityData("Northwind", "Lead"), clock=window.ctx.clock)
    send = SendDocumentDialog(window.ctx, opp.id, window)
    qtbot.addWidget(send)
    send.accept()
    error = find(send, "sendDocumentError")
    assert not error.isHidden() and "Add the file" in error.text()
    assert DocumentSent.select().count() == 0

"""File → Import…: the wizard from file to summary, cancel rolling back, drag and drop, the first-run step."""

import json
import threading

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWizard

from app.core.formats.importers import RowOutcome
from app.models import Contact, Interaction
from app.ui.import_export import import_pages, import_wizard
from app.ui.import_export.preview_table_model import ImportPreviewModel
from tests.helpers.imports import db_content, sample
from tests.helpers.qt import find


def drag_and_drop(window, path) -> bool:
    """A drag entering the window with ``path``, then the drop; returns whether the window took the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted()


def open_wizard(window, qtbot, path=None):
    wizard = window.import_export.open_import(path)
    qtbot.waitExposed(wizard)
    return wizard


def go_to_preview(wizard, qtbot, path):
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)


def test_import_action_is_enabled_and_opens_the_wizard(window, qtbot):
    window.show()
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    wizard = find(window, "importWizard", QWizard)
    qtbot.waitExposed(wizard)
    assert wizard.currentPage().objectName() == "importFilePage"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.reject()


def test_wizard_previews_imports_and_summarises(window, qtbot):
    window.show()
    wizard = open_wizard(window, qtbot)
    go_to_preview(wizard, qtbot, sample("linkedin_connections.csv"))
    page = wizard.preview_page
    assert "LinkedIn connections" in find(page, "importDetected").text()
    assert find(page, "importCounts").text() == "5 new · 0 already here (merged) · 1 skipped"
    model = page.model
    assert model.rowCount() == 6
    assert [model.outcome(r).action for r in range(6)] == ["create"] * 4 + ["skip", "create"]
    assert Contact.select().count() == 0  # the preview wrote nothing
    with qtbot.waitSignal(window.ctx.bus.data_reset, timeout=10_000):
        wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert find(wizard, "importResult").text().startswith("Added 5 new contacts.")
    problems = find(wizard, "importProblems")
    assert problems.count() == 1 and "Line 9" in problems.item(0).text()
    assert Contact.select().count() == 5
    assert window.statusBar().currentMessage().endswith(": 5 new · 0 already here (merged) · 1 skipped")
    wizard.accept()


def test_an_unrecognised_file_stays_on_the_first_page_with_the_reason(window, qtbot, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("Colour,Size\nred,2\n")  # no column names a person (a plain Name,Email CSV is read)
    window.show()
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    error = find(wizard, "importError")
    assert error.isVisible() and "Cannot tell what kind of file" in error.text()
    wizard.reject()


def test_dropping_a_vcard_on_the_window_starts_the_wizard(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert drag_and_drop(window, sample("apple_30.vcf"))
    wizard = find(window, "importWizard", QWizard)
    qtbot.waitExposed(wizard)
    assert wizard.file_page.path_edit.text() == str(sample("apple_30.vcf"))
    wizard.reject()


def test_dropping_other_files_is_ignored(window, qtbot, tmp_path):
    window.show()
    document = tmp_path / "notes.pdf"  # pictures are business cards to scan (tests/ui/test_business_cards.py)
    document.write_bytes(b"%PDF-1.4")
    assert not drag_and_drop(window, document)
    assert window.import_export.wizard is None


def test_get_started_import_step_opens_the_wizard(window, qtbot):
    window.show()
    window.run_first_step("import")
    wizard = find(window, "importWizard", QWizard)
    qtbot.waitExposed(wizard)
    wizard.reject()


def test_preview_model_passes_the_model_tester(qtmodeltester):
    model = ImportPreviewModel()
    model.set_rows(
        [
            RowOutcome(2, "create", "Ada Okafor", "", "Example Freight", "ada@example.com"),
            RowOutcome(3, "merge", "Ben Ito", "matches Ben Ito: fills title"),
            RowOutcome(4, "skip", "", "name: give at least a name"),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "Merge"
    assert model.data(model.index(2, 2)) == "—"


# --- Rapport's own JSON export ---------------------------------------------------------------------------------
def rapport_export(tmp_path):
    """A small export as Rapport writes it: three people (one in the trash), their history, a pitch."""
    people = [
        {
            "id": 11,
            "uid": "uid-ada",
            "given_name": "Ada",
            "family_name": "Okafor",
            "company": "Example Freight",
            "emails": [{"value": "ada@example.com", "label": "work", "primary": True}],
            "circles": ["Friends"],
            "created_at": "2025-05-01T09:00:00",
            "updated_at": "2025-05-02T09:00:00",
        },
        {
            "id": 12,
            "uid": "uid-ben",
            "given_name": "Ben",
            "family_name": "Ito",
            "referred_by": 11,
            "emails": [{"value": 7}],
            "created_at": "2025-05-03T09:00:00",
            "updated_at": "2025-05-03T09:00:00",
        },
    ]
    trash = [{"id": 13, "uid": "uid-cy", "given_name": "Cy", "deleted_at": "2025-06-01T09:00:00"}]
    doc = {
        "format": "rapport-export",
        "version": 1,
        "exported_at": "2026-03-01T10:00:00",
        "profile": {"name": "Sam Rivera", "headline": "Operations"},
        "contacts": people,
        "trash": trash,
        "circles": [{"id": 1, "name": "Friends", "colour": "#f28e2b", "position": 1, "keep_in_touch_days": 90}],
        "companies": [{"id": 4, "name": "Example Freight", "is_target": True, "website": "", "notes": ""}],
        "interactions": [
            {
                "id": 21,
                "uid": "int-1",
                "contact_id": 11,
                "kind": "coffee",
                "occurred_at": "2026-02-20T08:30:00",
                "summary": "Coffee at the station",
            }
        ],
        "ledger": [
            {"id": 1, "contact_id": 11, "direction": "gave", "what": "A link", "occurred_at": "2026-02-21T08:00:00"}
        ],
        "followups": [
            {
                "id": 5,
                "uid": "fu-1",
                "contact_id": 11,
                "title": "Send thank-you to Ada",
                "kind": "thank_you",
                "due": "2026-02-20",
                "status": "done",
                "rule": "thank_you",
                "rule_key": "thank_you:interaction:21",
                "source_interaction_id": 21,
            }
        ],
        "pitches": [{"id": 2, "title": "Recruiter", "body": "I keep warehouses running.", "contact_ids": [11]}],
        "pitch_revisions": [{"id": 1, "pitch_id": 2, "body": "I run warehouses.", "saved_at": "2026-01-01T10:00:00"}],
        "rehearsals": [
            {
                "id": 1,
                "pitch_id": 2,
                "started_at": "2026-01-02T10:00:00",
                "duration_ms": 28000,
                "words": 70,
                "wpm": 150.0,
            }
        ],
        "templates": [],
    }
    path = tmp_path / "rapport-export.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_wizard_restores_a_json_export_and_a_second_import_changes_nothing(window, qtbot, tmp_path):
    path = rapport_export(tmp_path)
    window.show()
    wizard = open_wizard(window, qtbot)
    go_to_preview(wizard, qtbot, path)
    page = wizard.preview_page
    assert "Rapport export (JSON)" in find(page, "importDetected").text()
    assert find(page, "importCounts").text() == "3 new · 0 already here (merged) · 0 skipped"
    history = find(page, "importHistory")
    assert history.isVisible()
    assert history.text().startswith("Also restores the profile, ") and "1 interaction" in history.text()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "#"
    assert [page.model.outcome(r).name for r in range(3)] == ["Ada Okafor", "Ben Ito", "Cy"]
    assert "in the trash" in page.model.outcome(2).detail
    assert Contact.select().count() == 0  # the preview wrote nothing
    with qtbot.waitSignal(window.ctx.bus.data_reset, timeout=10_000):
        wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    result = find(wizard, "importResult").text()
    assert result.startswith("Added 3 new contacts.") and "Also restored the profile" in result
    problems = find(wizard, "importProblems")
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert 'contacts[1].emails[0].value: expected text, found a number; kept as "7"' in texts
    assert Contact.select().count() == 3 and Interaction.select().count() == 1
    ben = Contact.get(Contact.uid == "uid-ben")
    assert ben.referred_by.uid == "uid-ada"
    assert ": 3 new · 0 already here (merged) · 0 skipped" in window.statusBar().currentMessage()
    wizard.accept()

    wizard = open_wizard(window, qtbot)
    go_to_preview(wizard, qtbot, path)
    page = wizard.preview_page
    assert find(page, "importCounts").text() == "0 new · 3 already here (merged) · 0 skipped"
    assert find(page, "importHistory").text() == "Nothing new: everything in this file is already here."
    before = db_content()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert db_content() == before
    wizard.accept()


def test_a_json_file_that_is_not_an_export_this_rapport_reads_stays_on_the_first_page(window, qtbot, tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "rapport-export", "version": 3}', encoding="utf-8")
    window.show()
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(newer))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    error = find(wizard, "importError")
    assert error.isVisible() and "newer Rapport (export version 3)" in error.text()
    wizard.reject()


def many_linkedin_connections(tmp_path):
    """A LinkedIn export of 1,500 people: long enough to cancel while it is written."""
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Company,Position,Connected On\n"
        + "\n".join(f"P{i},F{i},Company {i % 9},Role,1 Jan 2024" for i in range(1500))
    )
    return path


@pytest.mark.parametrize(
    ("make_file", "runner"),
    [(many_linkedin_connections, "run_import"), (rapport_export, "run_json_import")],
    ids=["csv", "json"],
)
def test_cancel_during_the_import_rolls_everything_back(window, qtbot, tmp_path, monkeypatch, make_file, runner):
    path = make_file(tmp_path)
    gate = threading.Event()
    real = getattr(import_pages, runner)

    def gated(source, **kwargs):
        if not kwargs.get("dry_run"):
            progress = kwargs["progress"]

            def wait_then_report(fraction):
                gate.wait(10)
                progress(fraction)

            kwargs["progress"] = wait_then_report
        return real(source, **kwargs)

    monkeypatch.setattr(import_pages, runner, gated)
    before = db_content()
    window.show()
    wizard = open_wizard(window, qtbot)
    go_to_preview(wizard, qtbot, path)
    wizard.next()
    assert wizard.currentPage() is wizard.progress_page
    with qtbot.waitSignal(wizard.cancelled_import, timeout=10_000):
        wizard.reject()
        assert wizard.isVisible()  # waits for the rollback
        gate.set()
    assert not wizard.isVisible()
    assert db_content() == before
    assert "nothing was changed" in window.statusBar().currentMessage()


def test_the_wizard_preview_model_passes_the_model_tester(qtmodeltester):
    model = import_wizard.PreviewModel()
    model.set_rows(
        [
            RowOutcome(1, "create", "Ada Okafor", "", "Example Freight", "ada@example.com"),
            RowOutcome(2, "merge", "Ben Ito", "matches Ben Ito: nothing new to add"),
            RowOutcome(3, "skip", "", "name: give at least a name"),
        ]
    )
    model.set_first_column("#")
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "#"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Action"
    model.set_first_column("Line")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Line"


def test_dropping_a_json_export_starts_the_wizard(window, qtbot, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "all.json"
    path.write_text('{"format": "rapport-export", "version": 1, "contacts": []}', encoding="utf-8")
    assert drag_and_drop(window, path)
    wizard = find(window, "importWizard", QWizard)
    qtbot.waitExposed(wizard)
    assert wizard.file_page.path_edit.text() == str(path)
    wizard.reject()


def test_possible_duplicates_are_counted_and_open_the_duplicate_finder(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact

    create_contact(ContactData(given_name="John", family_name="Smith", company="IBM"))
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "John,Smith,,,IBM,Architect,12 Oct 2023\n"
        "Ada,Okafor,,,Example Freight,,12 Oct 2023\n",
        encoding="utf-8",
    )
    window.show()
    wizard = open_wizard(window, qtbot)
    go_to_preview(wizard, qtbot, path)
    assert "1 possible duplicate (kept apart)" in wizard.preview_page.counts.text()  # its plural form (issue 23)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage().objectName() == "importSummaryPage", timeout=10_000)
    page = wizard.currentPage()
    assert "look like someone already here" in page.result.text()
    review = find(page, "reviewDuplicates", QPushButton)
    assert review.isVisible()
    opened = []
    monkeypatch.setattr(window.contacts_page, "find_duplicates", lambda contact_id=None: opened.append(contact_id))
    review.click()
    assert opened == [None]
    assert window.current_page() is window.contacts_page
    assert not wizard.isVisible()

"""Issue 19: LinkedIn's data export arrives as a .zip — the import wizard offers it in its file dialog, takes it by
drag and drop, and imports the Connections.csv inside."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QFileDialog, QWizard

from app.models import Contact
from tests.helpers.qt import find
from tests.ui.import_export.test_import_wizard import drag_and_drop, open_wizard

CONNECTIONS = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Okafor,https://www.linkedin.com/in/ada-okafor,,Acme,CTO,12 Oct 2023\n"
    "Ben,Ito,https://www.linkedin.com/in/ben-ito,ben@example.org,Beta,CFO,3 Jan 2024\n"
)


def linkedin_zip(tmp_path):
    path = tmp_path / "Basic_LinkedInDataExport_12-04-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nMe,Myself,Looking\n")
        archive.writestr("Invitations.csv", "From,To,Sent At\nA,B,1/1/24\n")
    return path


def test_the_file_dialog_offers_the_zip_and_the_wizard_imports_its_connections(window, qtbot, tmp_path, monkeypatch):
    path = linkedin_zip(tmp_path)
    asked = []

    def choose(parent, caption, start, filters):
        asked.append(filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window.show()
    wizard = open_wizard(window, qtbot)
    wizard.file_page.choose_file()
    assert "*.zip" in asked[0].split(";;")[0]  # the default "Contacts" filter shows it
    assert "LinkedIn data export (*.zip)" in asked[0]
    assert wizard.file_page.path_edit.text() == str(path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    detected = find(wizard.preview_page, "importDetected").text()
    assert "LinkedIn connections" in detected and "Connections.csv" in detected
    with qtbot.waitSignal(window.ctx.bus.data_reset, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    assert sorted(c.display_name for c in Contact.select()) == ["Ada Okafor", "Ben Ito"]
    wizard.accept()


def test_dropping_the_zip_on_the_window_starts_the_wizard(window, qtbot, tmp_path):
    path = linkedin_zip(tmp_path)
    window.show()
    qtbot.waitExposed(window)
    assert drag_and_drop(window, path)
    wizard = find(window, "importWizard", QWizard)
    qtbot.waitExposed(wizard)
    assert wizard.file_page.path_edit.text() == str(path)
    wizard.reject()

"""File → Export…: a format choice, then the file, written in the background."""

import json

import pytest
from PySide6.QtWidgets import QDialog, QRadioButton

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.ui.import_export import export_dialog
from tests.helpers.qt import find


@pytest.fixture
def with_people(window, clock):
    contacts.create_contact(
        ContactData(
            given_name="Ada", family_name="Okafor", company="Example Freight", emails=[EmailEntry("ada@example.com")]
        ),
        clock=clock,
    )
    return window


def open_dialog(window, qtbot):
    window.show()
    window.export_action.trigger()
    dialog = find(window, "exportDialog", QDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog, key):
    find(dialog, f"exportFormat_{key}", QRadioButton).click()


@pytest.mark.parametrize(
    ("key", "name", "check"),
    [
        ("vcard", "people.vcf", lambda text: "VERSION:3.0" in text and "FN:Ada Okafor" in text),
        ("vcard4", "people.vcf", lambda text: "VERSION:4.0" in text),
        ("csv", "people.csv", lambda text: text.startswith("First Name,") and "ada@example.com" in text),
        ("json", "all.json", lambda text: json.loads(text)["contacts"][0]["given_name"] == "Ada"),
    ],
)
def test_each_format_is_written_to_the_chosen_file(with_people, qtbot, tmp_path, key, name, check):
    dialog = open_dialog(with_people, qtbot)
    choose(dialog, key)
    target = tmp_path / name
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.export(str(target))
    assert check(target.read_text(encoding="utf-8"))
    assert blocker.args[0] == f"Exported 1 contacts to {target}"
    assert not dialog.isVisible()
    assert str(target) in with_people.statusBar().currentMessage()


def test_the_last_choice_is_remembered(with_people, qtbot, tmp_path):
    dialog = open_dialog(with_people, qtbot)
    choose(dialog, "csv")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export(str(tmp_path / "a.csv"))
    again = open_dialog(with_people, qtbot)
    assert again.choice().key == "csv"
    again.reject()


def test_a_failed_export_says_why_and_leaves_the_dialog_open(with_people, qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(export_dialog.QMessageBox, "warning", lambda *args: warnings.append(args))
    dialog = open_dialog(with_people, qtbot)
    dialog.export(str(tmp_path / "missing-folder" / "x.vcf"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "missing-folder" in warnings[0][2]
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not (tmp_path / "missing-folder").exists()
    dialog.reject()


def test_export_action_describes_the_formats(window):
    assert "vCard" in window.export_action.toolTip() and "JSON" in window.export_action.toolTip()
    assert not window.export_action.shortcut().isEmpty()

"""Accessibility (issue 23 item 4): every interactive widget a person can reach has a human accessible name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.ui.widgets.form_rows import add_row, spoken
from tests.helpers.data import fill_with_demo_data
from tests.ui.accessibility_audit import audit, label_punctuation, looks_like_object_name, undescribed

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("accessibility_walk.py")
# Pages and dialogs the walk must check, so that a walk that opens nothing cannot pass (objectNames).
MUST_REACH = {
    "todayPage", "contactsPage", "pitchesPage", "rehearsalMode", "calendarPage", "insightsPage", "opportunitiesPage",
    "newContactDialog", "logInteractionDialog", "settingsDialog", "targetsDialog", "restoreDialog",
    "pitchRevisionsDialog", "monthlyUpdateDialog", "profileDialog", "addFollowUpDialog",
}  # fmt: skip


def test_names_that_are_identifiers_are_caught():
    assert looks_like_object_name("contactSearch")
    assert looks_like_object_name("field_notes")
    assert looks_like_object_name("")
    assert looks_like_object_name("Search", "Search")
    assert not looks_like_object_name("Search contacts")
    assert not looks_like_object_name("Notes")


def test_the_audit_fails_on_a_widget_without_a_human_name(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    named = QLineEdit(objectName="city")
    form.addRow("City", named)  # named by its form label
    buddy = QLineEdit(objectName="street")
    label = QLabel("&Street")
    label.setBuddy(buddy)
    form.addRow(label)
    form.addRow(buddy)
    form.addRow(QPushButton("Save"))
    icon_only = QToolButton(objectName="contactSearchClear")
    form.addRow(icon_only)
    raw = QLineEdit(objectName="contactSearch")
    raw.setAccessibleName("contactSearch")
    form.addRow(raw)
    root.show()
    assert sorted(audit(root)) == [
        "QLineEdit#contactSearch: name 'contactSearch'",
        "QToolButton#contactSearchClear: name ''",
    ]


def test_a_name_read_with_a_form_labels_colon_or_shortcut_is_caught(qtbot):
    assert label_punctuation("Location:") == label_punctuation("Lieu :") == "a trailing colon"
    assert label_punctuation("&Name") == "a shortcut's '&'"
    assert label_punctuation("Location") == label_punctuation("Salt & pepper") == label_punctuation("R&&D") == ""
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    form.addRow("&Location:", QLineEdit(objectName="location"))  # Qt drops the "&", not the colon
    notes = QPlainTextEdit(objectName="notes")
    notes.setAccessibleName("&Notes")
    form.addRow(notes)
    root.show()
    assert sorted(audit(root)) == [
        "QLineEdit#location: name 'Location:' read with a trailing colon",
        "QPlainTextEdit#notes: name '&Notes' read with a shortcut's '&'",
    ]


def test_add_row_names_the_field_from_its_label_without_the_colon_or_the_shortcut(qtbot):
    assert spoken("&Location:") == "Location" and spoken("Lieu\u00a0:") == "Lieu" and spoken("R&&D:") == "R&D"
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    location = QLineEdit(objectName="location")
    own = QLineEdit(objectName="own")
    own.setAccessibleName("Where the job is")
    row = QHBoxLayout()
    company = QComboBox(objectName="company")
    row.addWidget(company)
    add_row(form, "&Location:", location)
    add_row(form, "&Own:", own)
    label = add_row(form, "&Company:", row, buddy=company)
    root.show()
    assert audit(root) == []
    assert (location.accessibleName(), own.accessibleName(), company.accessibleName()) == (
        "Location",
        "Where the job is",
        "Company",
    )
    assert label is form.labelForField(row) and label.buddy() is company and label.text() == "&Company:"


def test_the_audit_lists_a_widget_without_a_description(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    plain = QPushButton("Done", objectName="done")
    tipped = QPushButton("Print…", objectName="print")
    tipped.setToolTip("Print the list")  # Qt reports a tooltip as the description
    described_button = QPushButton("Save", objectName="save")
    described_button.setAccessibleDescription("Save the changes")
    for button in (plain, tipped, described_button):
        form.addRow(button)
    root.show()
    assert undescribed(root) == ["QPushButton#done: no description ('Done')"]


@pytest.mark.slow
def test_every_page_and_dialog_names_its_interactive_widgets(paths, migrated_template):
    fill_with_demo_data(paths, migrated_template, contacts=40, seed=3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("QT_LOGGING_RULES", None)
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(paths.data_dir)], capture_output=True, text=True, env=env, timeout=900
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    with_description, total = report["described"]
    print(f"\n{len(report['seen'])} windows and pages, {total} interactive widgets, {with_description} described")
    for line in report["problems"]:
        print("  " + line)
    print(f"{len(report['undescribed'])} interactive widgets without an accessible description")
    for line in report["undescribed"]:
        print("  " + line)
    assert len(report["seen"]) > 20, "the walk reached too little to mean anything"
    reached = {entry.split(":")[-1] for entry in report["seen"]} | {entry.split(" ")[0] for entry in report["seen"]}
    assert MUST_REACH - reached == set(), "dialogs the walk should have checked"
    assert report["problems"] == [], f"{len(report['problems'])} widgets without a human accessible name"
    assert report["undescribed"] == [], "interactive widgets without an accessible description"


def test_the_rehearsal_light_says_its_state_and_announces_each_change(qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from app.core.pitches.timing import Light
    from app.ui.pitches import light as light_module

    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event):  # what Qt hands to the platform's screen reader bridge
        text = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else event.object().accessibleName()
        sent.append((event.type(), text))

    monkeypatch.setattr(light_module.QAccessible, "updateAccessibility", staticmethod(record))
    lamp = light_module.LightWidget()
    qtbot.addWidget(lamp)
    assert lamp.accessibleName() == "Rehearsal light: Grey — keep going"
    assert not looks_like_object_name(lamp.accessibleName(), lamp.objectName())
    assert lamp.accessibleDescription()
    lamp.set_light(Light.GREEN)
    lamp.set_light(Light.GREEN)  # no change, nothing said
    lamp.set_light(Light.YELLOW)
    assert lamp.accessibleName() == "Rehearsal light: Yellow — wrap up"
    assert sent == [
        (QAccessible.Event.NameChanged, "Rehearsal light: Green — you can finish"),
        (QAccessible.Event.Announcement, "Green — you can finish"),
        (QAccessible.Event.NameChanged, "Rehearsal light: Yellow — wrap up"),
        (QAccessible.Event.Announcement, "Yellow — wrap up"),
    ]

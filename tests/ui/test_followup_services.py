"""The rule scheduler (start-up, midnight), the due notifier, Settings, Scripts and the monthly update composer."""

import datetime as dt
import email
from email import policy

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups import rule_settings
from app.models import Circle, FollowUp, Profile, Template
from app.ui.context import AppContext
from app.ui.followups.notifier import DueNotifier, message_for
from app.ui.followups.scheduler import FollowUpScheduler, msecs_to_next_midnight
from tests.helpers.qt import find


@pytest.fixture
def ctx(db, paths, clock):
    return AppContext(paths=paths, clock=clock)


@pytest.fixture
def ada(db, clock):
    profile = Profile.get_me()
    profile.name, profile.email, profile.target_role = "Sam Rivera", "sam@example.net", "an operations role"
    profile.save()
    return create_contact(
        ContactData(
            given_name="Ada", family_name="Okafor", stage="talked", emails=[EmailEntry("ada@example.com", primary=True)]
        ),
        clock=clock,
    )


# --- scheduler ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("now", "expected_s"),
    [
        (dt.datetime(2026, 3, 16, 23, 59, 0), 62),
        (dt.datetime(2026, 3, 16, 0, 0, 0), 24 * 3600 + 2),
        (dt.datetime(2028, 2, 28, 12, 0, 0), 12 * 3600 + 2),  # to leap day
        (dt.datetime(2026, 3, 28, 23, 0, 0), 3600 + 2),  # wall-clock hours: DST is not our business here
    ],
)
def test_msecs_to_next_midnight(now, expected_s):
    assert msecs_to_next_midnight(now) == expected_s * 1000


def test_midnight_runs_the_rules_and_refreshes_pages(qtbot, ctx, ada, clock):
    scheduler = FollowUpScheduler(ctx, threaded=False)
    scheduler.check_day()  # same day: nothing happens
    assert not FollowUp.select().where(FollowUp.kind == "monthly_update").exists()
    clock.advance(days=1)
    with qtbot.waitSignals([scheduler.day_changed, ctx.bus.followups_changed]):
        scheduler.check_day()
    assert FollowUp.select().where(FollowUp.kind == "monthly_update").count() == 3


def test_startup_run_on_a_worker_thread(qtbot, ctx, ada):
    scheduler = FollowUpScheduler(ctx)
    with qtbot.waitSignal(scheduler.rules_ran, timeout=10_000) as blocker:
        scheduler.start(delay_ms=0)
    assert blocker.args[0].created == 3  # this month's update and the next two
    scheduler.shutdown()
    assert FollowUp.select().where(FollowUp.kind == "monthly_update").count() == 3


# --- notifier ------------------------------------------------------------------------------------------------
def test_notifier_announces_what_becomes_due_not_what_was_due(qtbot, ctx, ada, clock):
    FollowUp.create(title="Already due", due=clock.today(), contact=ada.id, kind="custom")
    tomorrow = FollowUp.create(title="Call Ada", due=clock.today() + dt.timedelta(days=1), contact=ada.id)
    notifier = DueNotifier(ctx, _window(qtbot), tray=False)
    assert notifier.check() == []
    log_interaction(ada.id, "coffee", clock=clock)  # a thank-you due today, made by the user's own action
    ctx.bus.followups_changed.emit()
    assert notifier.check() == []
    clock.advance(days=1)
    with qtbot.waitSignal(notifier.notified) as blocker:
        announced = notifier.check()
    assert [i.id for i in announced] == [tomorrow.id] == [i.id for i in blocker.args[0]]
    assert notifier.check() == []  # said once
    assert notifier.tray is None  # no tray where the platform has none


def test_notifier_reads_what_is_due_after_the_first_paint(qtbot, ctx, ada, clock, monkeypatch):
    """Issue 21: nothing is read while the window is built; what was due at start is still not news."""
    from app.ui.followups import notifier as notifier_module

    FollowUp.create(title="Already due", due=clock.today(), contact=ada.id, kind="custom")
    reads = []
    due_now = notifier_module.followups.due_now
    monkeypatch.setattr(notifier_module.followups, "due_now", lambda **kw: reads.append(1) or due_now(**kw))
    notifier = DueNotifier(ctx, _window(qtbot), tray=False)
    assert reads == []
    notifier.summarise_today()  # what the window runs after its first paint (app.ui.application.present)
    assert len(reads) == 1
    assert notifier.check() == []
    assert len(reads) == 2  # the check's own look; what was due at start was read once


def _window(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_notification_text(qapp):  # Rapport's English plural forms come with the app
    from app.core.followups.service import AgendaItem

    def item(i):
        return AgendaItem(
            i, "", "custom", f"Task {i}", dt.date.today(), None, None, "", "open", None, None, None, "", 0
        )

    assert message_for([item(1)]) == ("Follow-up due", "Task 1")
    title, body = message_for([item(i) for i in range(5)])
    assert title == "5 follow-ups due" and body.endswith("and 2 more")


# --- settings ----------------------------------------------------------------------------------------------------
def test_settings_change_a_cadence_and_move_open_follow_ups(qtbot, ctx, ada, clock):
    from app.ui.settings.dialog import SettingsDialog

    log_interaction(ada.id, "sent", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][:3] == ["General", "Follow-up rules", "Data"]
    find(dialog, "rule_reminder_days").setValue(10)
    find(dialog, "rule_thank_you_on").setChecked(False)
    family = Circle.get(Circle.name == "Family")
    find(dialog, f"circle_{family.id}_days").setValue(60)
    with qtbot.waitSignal(ctx.bus.settings_changed):
        assert dialog.apply()
    settings = rule_settings.load()
    assert settings.offset("reminder") == 10 and not settings.is_on("thank_you")
    assert FollowUp.get(FollowUp.kind == "reminder").due == dt.date(2026, 3, 26)
    assert Circle.get_by_id(family.id).keep_in_touch_days == 60
    assert str(ctx.paths.data_dir) in find(dialog, "dataFolder").text()


def test_settings_refuse_a_maximum_below_the_ideal(qtbot, ctx, monkeypatch):
    from app.ui.settings.dialog import SettingsDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    family = Circle.get(Circle.name == "Family")
    find(dialog, f"circle_{family.id}_days").setValue(100)
    find(dialog, f"circle_{family.id}_max").setValue(50)
    assert not dialog.apply()
    assert warnings and "Family" in warnings[0]
    assert Circle.get_by_id(family.id).keep_in_touch_days == 90


# --- scripts ------------------------------------------------------------------------------------------------------
def test_scripts_preview_edit_undo_and_output(qtbot, ctx, ada, tmp_path, monkeypatch):
    from app.ui.scripts.dialog import ScriptsDialog

    dialog = ScriptsDialog(ctx, kind="thank_you", contact_id=ada.id)
    qtbot.addWidget(dialog)
    assert find(dialog, "scriptName").text() == "Thank you after a conversation"
    preview = find(dialog, "scriptPreview").toPlainText()
    assert preview.startswith("Hi Ada,") and "an operations role" in preview
    assert find(dialog, "scriptPreviewSubject").text() == "Subject: Thank you, Ada"
    body = find(dialog, "scriptBody")
    body.setPlainText("Hi {first_name}, thanks! {oops}")
    assert find(dialog, "scriptPreview").toPlainText() == "Hi Ada, thanks! {oops}"
    assert "{oops}" in find(dialog, "scriptWarning").text()
    template_id = dialog._current_id
    assert dialog.save()
    assert Template.get_by_id(template_id).body == "Hi {first_name}, thanks! {oops}"
    ctx.undo_stack.undo()
    assert Template.get_by_id(template_id).body.startswith("Hi {first_name},\n\nThank you for taking the time")

    find(dialog, "scriptCopy").click()
    assert QApplication.clipboard().text().startswith("Hi Ada,")
    target = tmp_path / "draft.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    find(dialog, "scriptEml").click()
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"] == "ada@example.com" and message["Subject"] == "Thank you, Ada"


def test_monthly_update_composer_writes_a_draft_per_person(qtbot, ctx, ada, clock, tmp_path, monkeypatch):
    from app.ui.scripts.monthly_update_dialog import MonthlyUpdateDialog

    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 3, 10, 9), clock=clock)
    dialog = MonthlyUpdateDialog(ctx)
    qtbot.addWidget(dialog)
    assert find(dialog, "updateMonth").currentText() == "March 2026"
    assert find(dialog, "updateRecipients").item(0).text() == "Ada Okafor <ada@example.com>"
    assert "Talked with 1 person (1 coffee)" in find(dialog, "updateSummary").toPlainText()
    assert find(dialog, "updatePreview").toPlainText().startswith("Hi Ada,")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    find(dialog, "updateSaveEml").click()
    (draft,) = tmp_path.glob("*.eml")
    assert "Talked with 1 person" in draft.read_text(encoding="utf-8")


# --- the main window -----------------------------------------------------------------------------------------
def test_window_has_preferences_and_tools(window, monkeypatch):
    names = {a.objectName(): a for a in window.actions()}
    assert names["preferencesAction"].shortcut().toString() == "Ctrl+,"
    assert names["scriptsAction"].shortcut().toString() == "Ctrl+Shift+T"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus.index("Tools") == menus.index("Help") - 1
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    names["preferencesAction"].trigger()
    assert opened == ["settingsDialog"]


def test_closing_the_window_stops_the_scheduler(window, qtbot):
    services = window.followups
    window.show()
    window.close()
    assert not services.scheduler.tick.isActive() and not services.notifier.timer.isActive()

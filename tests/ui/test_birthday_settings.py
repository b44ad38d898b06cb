"""Preferences → Follow-up rules → Birthdays: the switch and how many days ahead, applied to the open wishes."""

import datetime as dt

import pytest

from app.core.contacts.contact_data import ContactData, DateEntry
from app.core.contacts.service import create_contact
from app.core.followups import rule_settings
from app.models import FollowUp
from app.ui.context import AppContext
from tests.helpers.qt import find


@pytest.fixture
def ctx(db, paths, clock):
    return AppContext(paths=paths, clock=clock)


def wish_dues() -> list[dt.date]:
    return [f.due for f in FollowUp.select().where(FollowUp.rule == "birthday", FollowUp.status == "open")]


def test_birthday_wish_days_ahead_and_switch(qtbot, ctx, clock):
    from app.ui.settings.dialog import SettingsDialog

    create_contact(ContactData(given_name="Ada", dates=[DateEntry(4, 12, 1985)]), clock=clock)
    assert wish_dues() == [dt.date(2026, 4, 12)]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    switch, days = find(dialog, "rule_birthday_on"), find(dialog, "rule_birthday_days")
    assert switch.isChecked() and days.value() == 0 and days.text() == "on the day"
    assert days.accessibleName()
    days.setValue(3)
    assert days.text() == "3 days before"
    with qtbot.waitSignal(ctx.bus.settings_changed):
        assert dialog.apply()
    assert rule_settings.load().birthday_days_ahead == 3
    assert wish_dues() == [dt.date(2026, 4, 9)]
    switch.setChecked(False)
    assert not days.isEnabled()
    assert dialog.apply()
    assert not rule_settings.load().is_on("birthday") and wish_dues() == []


def test_typing_a_number_of_days_before(qtbot, ctx):
    from app.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    days = find(dialog, "rule_birthday_days")
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "7")
    days.interpretText()
    assert days.value() == 7

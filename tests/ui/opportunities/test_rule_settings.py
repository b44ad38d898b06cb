"""Preferences → Follow-up rules → Job applications: each rule's switch and days, applied to the open follow-ups."""

import datetime as dt

import pytest

from app.core.opportunities import rule_settings, service
from app.core.opportunities.service import OpportunityData
from app.models import FollowUp
from app.ui.context import AppContext
from tests.helpers.qt import find


@pytest.fixture
def ctx(db, paths, clock):
    return AppContext(paths=paths, clock=clock)


def dues(kind: str) -> list[dt.date]:
    return [f.due for f in FollowUp.select().where(FollowUp.kind == kind, FollowUp.status == "open")]


def test_the_job_application_rules_are_set_in_the_follow_up_rules_tab(qtbot, ctx, clock):
    from app.ui.settings.dialog import SettingsDialog

    service.create_opportunity(
        OpportunityData("Northwind", "Lead"), stage="applied", day=dt.date(2026, 3, 12), clock=clock
    )
    assert dues("application_check_in") == [dt.date(2026, 3, 19)]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    check_in = find(dialog, "rule_application_check_in_days")
    prep = find(dialog, "rule_interview_prep_days")
    assert check_in.value() == 7 and check_in.text() == "7 days" and check_in.accessibleName()
    assert prep.text() == "1 day before"
    check_in.setValue(10)
    with qtbot.waitSignal(ctx.bus.followups_changed):
        assert dialog.apply()
    assert rule_settings.load().offset("application_check_in") == 10
    assert dues("application_check_in") == [dt.date(2026, 3, 22)]
    find(dialog, "rule_opportunity_nudge_on").setChecked(False)
    assert not find(dialog, "rule_opportunity_nudge_days").isEnabled()
    assert dialog.apply()
    assert dues("opportunity_nudge") == []
    assert not find(dialog, "jobApplicationRules").apply()  # nothing changed since

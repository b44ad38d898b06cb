"""Today: groups, one-click done (and logging what did it), snooze, snooze all overdue, quick log (pytest-qt)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.models import FollowUp, Interaction
from app.ui.context import AppContext
from app.ui.followups.item_models import AgendaTreeModel, FollowUpListModel
from app.ui.today.page import TodayPage
from tests.helpers.qt import find

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def ctx(db, paths, clock):
    return AppContext(paths=paths, clock=clock)


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)


@pytest.fixture
def page(qtbot, ctx, ada, clock):
    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 3, 16, 9), clock=clock)  # thank-you today
    log_interaction(ada.id, "sent", when=dt.datetime(2026, 3, 12, 9), summary="Sent my CV", clock=clock)  # +7
    followup_writes.create("Call Ada back", TODAY, contact_id=ada.id, clock=clock)
    late = FollowUp.create(title="Old promise", due=dt.date(2026, 3, 10), contact=ada.id, kind="custom")
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.late_id = late.id
    return page


def rows(page):
    model = page.model
    out = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out[group.data()] = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    return out


def item_rect(page, title):
    model = page.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if index.data() == title:
                page.view.scrollTo(index)
                return index, page.view.visualRect(index)
    raise AssertionError(f"{title!r} not listed")


def test_groups_overdue_today_and_next_days(page):
    listed = rows(page)
    assert list(listed) == ["Overdue", "Today", "Next 7 days"]
    assert listed["Overdue"] == ["Old promise"]
    # the coffee with Ada also started the monthly update (due today: its first Monday had passed)
    assert sorted(listed["Today"]) == [
        "Call Ada back",
        "Monthly update email to your network (March)",
        "Send thank-you to Ada Okafor",
    ]
    assert listed["Next 7 days"] == ["Friendly reminder to Ada Okafor about my CV"]
    assert find(page, "stat_overdue").value.text() == "1"
    assert find(page, "stat_today").value.text() == "3"


def test_one_click_done_then_log_the_email_and_undo(page, qtbot, ada):
    assert page.findChild(QWidget, "doneBar") is None  # made when first needed, not before the first paint
    index, rect = item_rect(page, "Send thank-you to Ada Okafor")
    circle = page.delegate.circle_rect(rect).center()
    thank_you = page.model.item_at(index).id
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=circle)
    assert FollowUp.get_by_id(thank_you).status == "done"
    qtbot.waitUntil(lambda: "Send thank-you to Ada Okafor" not in rows(page).get("Today", []))
    bar = find(page, "doneBar")
    assert bar.isVisible()
    assert "Done: Send thank-you to Ada Okafor" in find(bar, "doneBarText").text()
    log_button = find(bar, "doneBarLog")
    assert log_button.isVisible() and log_button.text() == "Log email"
    assert find(bar, "doneBarScript").isVisible()  # the thank-you script is one click away
    qtbot.mouseClick(log_button, Qt.MouseButton.LeftButton)
    email = Interaction.get(Interaction.kind == "email")
    assert email.contact_id == ada.id
    page.ctx.undo_stack.undo()  # the e-mail logged is one undo step of its own…
    assert not Interaction.select().where(Interaction.kind == "email").exists()
    assert FollowUp.get_by_id(thank_you).status == "done"
    page.ctx.undo_stack.undo()  # …and the done the one before it
    assert FollowUp.get_by_id(thank_you).status == "open"
    page.ctx.undo_stack.redo()
    page.ctx.undo_stack.redo()  # logged again where it was
    assert Interaction.get(Interaction.kind == "email").id == email.id


def test_done_button_completes_the_selection(page, qtbot):
    index, _ = item_rect(page, "Call Ada back")
    page.view.setCurrentIndex(index)
    find(page, "todayDone").click()
    assert FollowUp.get(FollowUp.title == "Call Ada back").status == "done"


def test_snooze_from_the_row_button(page, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    index, rect = item_rect(page, "Old promise")
    page.view.setCurrentIndex(index)
    button = page.delegate.snooze_rect(page.view.font(), rect)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    assert len(shown) == 1
    choice = next(a for a in shown[0].actions() if a.objectName() == "snooze_in_3_days")
    choice.trigger()
    row = FollowUp.get_by_id(page.late_id)
    assert (row.due, row.snoozed_until, row.original_due) == (dt.date(2026, 3, 19), dt.date(2026, 3, 19), None)
    assert "Overdue" not in rows(page)


def test_snoozing_a_follow_up_due_later_never_brings_it_forward(page, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    index, rect = item_rect(page, "Friendly reminder to Ada Okafor about my CV")  # due Thursday 19 March
    reminder = page.model.item_at(index).id
    page.view.setCurrentIndex(index)
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.delegate.snooze_rect(page.view.font(), rect).center()
    )
    choice = next(a for a in shown[0].actions() if a.objectName() == "snooze_in_3_days")
    shown[0].aboutToShow.emit()
    assert choice.text().endswith("22 Mar")
    choice.trigger()
    assert FollowUp.get_by_id(reminder).due == dt.date(2026, 3, 22)


def test_the_snooze_menus_name_their_days_when_they_open_not_when_built(qtbot, ctx, ada, monkeypatch):
    """Today's toolbar builds its snooze menus before the window's first paint; the days in their labels are worked
    out as a menu opens (issue 21), and are then the right ones."""
    followup_writes.create("Call Ada back", TODAY, contact_id=ada.id, clock=ctx.clock)
    FollowUp.create(title="Old promise", due=dt.date(2026, 3, 10), contact=ada.id, kind="custom")
    worked_out = []
    snooze_days = followup_writes.snooze_days
    monkeypatch.setattr(followup_writes, "snooze_days", lambda *a, **k: worked_out.append(a) or snooze_days(*a, **k))
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    assert worked_out == []
    menu = find(page, "snoozeAllOverdue").menu()
    menu.aboutToShow.emit()
    assert len(worked_out) == 3
    texts = {a.objectName(): a.text() for a in menu.actions() if a.objectName().startswith("snooze_")}
    assert texts["snooze_tomorrow"].endswith("\t17 Mar") and texts["snooze_next_week"].endswith("\t23 Mar")


def test_snooze_all_overdue(page, qtbot):
    button = find(page, "snoozeAllOverdue")
    assert button.isEnabled()
    tomorrow = next(a for a in button.menu().actions() if a.objectName() == "snooze_tomorrow")
    tomorrow.trigger()
    assert FollowUp.get_by_id(page.late_id).due == dt.date(2026, 3, 17)
    assert "Overdue" not in rows(page)
    assert not page.snooze_all_action.isEnabled()
    page.ctx.undo_stack.undo()
    assert FollowUp.get_by_id(page.late_id).due == dt.date(2026, 3, 10)


def test_next_week_snooze_from_the_toolbar_menu(page):
    index, _ = item_rect(page, "Call Ada back")
    page.view.setCurrentIndex(index)
    menu = find(page, "todaySnooze").menu()
    next(a for a in menu.actions() if a.objectName() == "snooze_next_week").trigger()
    assert FollowUp.get(FollowUp.title == "Call Ada back").due == dt.date(2026, 3, 23)


def test_quick_log_offers_remind_me_in_n_days(page, qtbot, ada, monkeypatch):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    dialog = LogInteractionDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    picker = find(dialog, "logContact")
    picker.set_contact(ada.id)
    picker.contact_chosen.emit(ada.id)
    assert picker.contact_id == ada.id
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    assert "a thank-you, due today" in find(dialog, "logRulesPreview").text()
    find(dialog, "logRemind").setChecked(True)
    find(dialog, "logRemindDays").setValue(5)
    find(dialog, "logSummary").setText("Warm call")
    dialog.accept()
    assert dialog.result() == LogInteractionDialog.DialogCode.Accepted
    call = Interaction.get(Interaction.kind == "call")
    assert call.summary == "Warm call"
    mine = FollowUp.get(FollowUp.kind == "custom", FollowUp.title == "Follow up with Ada Okafor")
    assert mine.due == dt.date(2026, 3, 21)
    qtbot.waitUntil(lambda: "Follow up with Ada Okafor" in rows(page).get("Next 7 days", []))
    page.ctx.undo_stack.undo()
    assert not Interaction.select().where(Interaction.kind == "call").exists()
    assert not FollowUp.select().where(FollowUp.id == mine.id).exists()


def test_log_dialog_refuses_an_unknown_contact(page, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    before = Interaction.select().count()
    dialog = LogInteractionDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    find(dialog, "logContact").setText("Nobody at all")
    dialog.accept()
    assert "Choose who it was with" in dialog.error.text()
    assert dialog.result() != LogInteractionDialog.DialogCode.Accepted
    assert Interaction.select().count() == before


def test_get_started_log_step_opens_the_log_dialog(db, qtbot, paths, clock, monkeypatch):
    from app.ui.dialogs import log_interaction

    opened = []
    monkeypatch.setattr(log_interaction.LogInteractionDialog, "exec", lambda self: opened.append(self) or 0)
    page = TodayPage(AppContext(paths=paths, clock=clock))
    qtbot.addWidget(page)
    page.show()
    find(page, "getStarted_log").click()
    assert len(opened) == 1


def test_empty_today_says_what_will_appear(db, qtbot, paths, clock):
    page = TodayPage(AppContext(paths=paths, clock=clock))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert find(page, "todayEmpty").isVisible()
    assert "Log interaction" in find(page, "todayEmpty").text()
    assert not find(page, "todayList").isVisible()


def test_item_models_pass_the_model_tester(qtmodeltester, db, ada, clock):
    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    log_interaction(ada.id, "sent", when=dt.datetime(2026, 3, 1, 9), clock=clock)
    items = followups.all_open(clock=clock)
    tree = AgendaTreeModel()
    tree.set_groups(followups.group_agenda(items, TODAY), TODAY)
    assert tree.rowCount() >= 2
    qtmodeltester.check(tree)
    flat = FollowUpListModel()
    flat.set_items(items, TODAY)
    qtmodeltester.check(flat)
    empty = AgendaTreeModel()
    qtmodeltester.check(empty)

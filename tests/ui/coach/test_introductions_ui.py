"""Introducing two contacts: drafted double-opt-in emails, logged for both, a check-in follow-up with each."""

import datetime as dt

from app.models import FollowUp, Interaction, LedgerEntry
from tests.helpers.qt import find


def test_an_introduction_logs_for_both_and_creates_both_follow_ups(net_window, qtbot):
    from app.ui.coach.introduce_dialog import IntroduceDialog

    win, net = net_window
    dialog = IntroduceDialog(win.ctx, win, first_id=net.ada, second_id=net.ben)
    qtbot.addWidget(dialog)
    find(dialog, "introWhy").setText("both of you love logistics")
    dialog.update_drafts()
    assert "Ada" in dialog.tabs.tabText(0) and "Ben" in dialog.tabs.tabText(1)
    ask = find(dialog, "introAskFirstBody").toPlainText()
    assert ask.startswith("Hi Ada,") and "Ben Ito" in ask and "Both of you love logistics." in ask
    assert dialog.intro.to.text() == "ada@example.com, ben@example.org"
    find(dialog, "introLog").click()
    assert dialog.result() == IntroduceDialog.DialogCode.Accepted
    logged = {i.contact_id: i for i in Interaction.select().where(Interaction.kind == "introduction")}
    assert set(logged) == {net.ada, net.ben}
    assert logged[net.ada].other_contact_id == net.ben and logged[net.ben].other_contact_id == net.ada
    check_ins = FollowUp.select().where(FollowUp.rule == "introduction").order_by(FollowUp.contact)
    week = dt.date.today() + dt.timedelta(days=7)
    assert [(f.contact_id, f.due, f.status) for f in check_ins] == [(net.ada, week, "open"), (net.ben, week, "open")]
    gives = LedgerEntry.select().where(LedgerEntry.direction == "gave")
    assert {g.contact_id for g in gives} == {net.ada, net.ben}
    win.ctx.undo_stack.undo()
    assert not Interaction.select().where(Interaction.kind == "introduction").exists()
    assert not FollowUp.select().where(FollowUp.rule == "introduction").exists()
    win.ctx.undo_stack.redo()
    assert FollowUp.select().where(FollowUp.rule == "introduction").count() == 2


def test_the_same_person_twice_is_refused(net_window, qtbot):
    from app.ui.coach.introduce_dialog import IntroduceDialog

    win, net = net_window
    dialog = IntroduceDialog(win.ctx, win, first_id=net.ada, second_id=net.ada)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert find(dialog, "introError").isVisibleTo(dialog)
    assert not Interaction.select().where(Interaction.kind == "introduction").exists()


def test_logging_an_introduction_by_hand_logs_it_for_both(net_window, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    win, net = net_window
    dialog = LogInteractionDialog(win.ctx, net.ada, win, kind="introduction")
    qtbot.addWidget(dialog)
    assert "both timelines" in dialog.preview.text() and "check-in with each" in dialog.preview.text()
    dialog.other.set_contact(net.ben)
    dialog.summary.setText("Introduced Ada to Ben at the meet-up")
    dialog.accept()
    rows = list(Interaction.select().where(Interaction.kind == "introduction").order_by(Interaction.contact))
    assert [(r.contact_id, r.summary) for r in rows] == [
        (net.ada, "Introduced Ada to Ben at the meet-up."),
        (net.ben, "Introduced Ada to Ben at the meet-up."),
    ]
    assert dialog.logged_interaction_id == next(r.id for r in rows if r.contact_id == net.ada)
    assert FollowUp.select().where(FollowUp.rule == "introduction").count() == 2


def test_introduce_action_from_the_contacts_menu(net_window, qtbot, monkeypatch):
    from app.ui.coach.introduce_dialog import IntroduceDialog

    win, net = net_window
    shown = []
    monkeypatch.setattr(IntroduceDialog, "exec", lambda d: shown.append(d) or 0)
    action = win.coach.introduce_action
    assert action.shortcut().toString() == "Ctrl+Shift+I" and action.toolTip()
    win.show_page("contactsPage")
    win.open_contact(net.ada)
    qtbot.waitUntil(lambda: win.contacts_page.detail.contact_id == net.ada)
    action.trigger()
    assert shown and shown[0].first.contact_id == net.ada


def test_an_introduction_logged_with_a_reminder_is_one_undo_step(net_window, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    win, net = net_window
    stack = win.ctx.undo_stack
    before = stack.count()
    dialog = LogInteractionDialog(win.ctx, net.ada, win, kind="introduction")
    qtbot.addWidget(dialog)
    dialog.other.set_contact(net.ben)
    dialog.remind.setChecked(True)
    dialog.remind_days.setValue(5)
    dialog.accept()
    reminder = FollowUp.get(FollowUp.kind == "custom")
    assert (reminder.contact_id, reminder.due) == (net.ada, dt.date.today() + dt.timedelta(days=5))
    assert stack.count() == before + 1 and stack.command(before).childCount() == 0  # one command, no macro
    stack.undo()
    assert not FollowUp.select().where(FollowUp.kind == "custom").exists()
    assert not Interaction.select().where(Interaction.kind == "introduction").exists()
    stack.redo()
    assert FollowUp.get(FollowUp.kind == "custom").uid == reminder.uid
    assert Interaction.select().where(Interaction.kind == "introduction").count() == 2

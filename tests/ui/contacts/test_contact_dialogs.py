"""Log interaction, merge, brainstorm, referrals, bulk actions, target companies, duplicates."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.core.contacts import duplicates
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import create_contact
from app.models import Circle, Company, Contact, ContactCircle, FollowUp, Interaction, LedgerEntry
from tests.helpers.qt import find


def test_log_interaction_with_a_reminder_and_undo(contacts_window, page, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    cid = page.model.contact_id(0)
    dialog = LogInteractionDialog(page.ctx, cid, page, kind="sent")
    qtbot.addWidget(dialog)
    # sent: the reminder rule adds the friendly reminder itself, so the dialog says so instead of ticking its own
    assert not dialog.remind.isChecked()
    assert "a friendly reminder" in dialog.preview.text()
    dialog.summary.setText("My target company list")
    dialog.remind_days.setValue(10)  # asking for one more, ten days out, ticks the box
    assert dialog.remind.isChecked()
    dialog.accept()
    interaction = Interaction.get_by_id(dialog.logged_interaction_id)
    assert (interaction.contact_id, interaction.kind, interaction.summary) == (cid, "sent", "My target company list")
    reminder = FollowUp.get(FollowUp.source_interaction == interaction.id, FollowUp.kind == "custom")
    assert reminder.due == dt.date.today() + dt.timedelta(days=10)
    assert FollowUp.get(FollowUp.source_interaction == interaction.id, FollowUp.kind == "reminder")
    contacts_window.undo_action.trigger()
    assert Interaction.get_or_none(Interaction.id == interaction.id) is None
    assert FollowUp.get_or_none(FollowUp.id == reminder.id) is None
    contacts_window.redo_action.trigger()
    assert Interaction.get_by_id(interaction.id).uid == interaction.uid


def test_logging_a_coffee_moves_a_prospect_to_met_and_undo_moves_them_back(contacts_window, page, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    cid = Contact.select(Contact.id).where(Contact.stage == "prospect").order_by(Contact.id).scalar()
    dialog = LogInteractionDialog(page.ctx, cid, page, kind="coffee")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert Contact.get_by_id(cid).stage == "met"
    contacts_window.undo_action.trigger()
    assert Contact.get_by_id(cid).stage == "prospect"
    contacts_window.redo_action.trigger()
    assert Contact.get_by_id(cid).stage == "met"


def test_log_interaction_without_a_contact_picks_one_by_name(page, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    target = Contact.get_by_id(page.model.contact_id(5))
    dialog = LogInteractionDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.accept()  # nobody chosen yet
    assert dialog.error.isVisibleTo(dialog) and dialog.logged_interaction_id is None
    dialog.picker.setText(target.display_name)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.remind.setChecked(False)
    dialog.accept()
    logged = Interaction.get_by_id(dialog.logged_interaction_id)
    assert logged.kind == "call"
    assert target.display_name.lower() in Contact.get_by_id(logged.contact_id).display_name.lower()


def test_edit_an_interaction_from_the_timeline(contacts_window, page, qtbot):
    from app.ui.dialogs.log_interaction import LogInteractionDialog

    item = Interaction.select().first()
    dialog = LogInteractionDialog(page.ctx, parent=page, interaction_id=item.id)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == item.summary
    dialog.summary.setText("Rewritten summary")
    dialog.accept()
    assert Interaction.get_by_id(item.id).summary == "Rewritten summary"
    contacts_window.undo_action.trigger()
    assert Interaction.get_by_id(item.id).summary == item.summary


def test_ctrl_l_and_the_sidebar_button(contacts_window):
    action = contacts_window.log_action
    assert action.shortcut().toString() == "Ctrl+L"
    assert action.toolTip()
    button = find(contacts_window, "sidebarLog", QToolButton)
    assert "Ctrl+L" in button.text() or "Ctrl+L" in button.toolTip()
    names = {a.objectName() for a in contacts_window.contacts_page.actions()}
    assert {"newContactAction", "brainstormAction", "targetsAction", "duplicatesAction", "trashAction"} <= names
    for act in contacts_window.contacts_page.actions():
        assert act.toolTip()


def test_merge_two_contacts_from_the_dialog_and_undo(contacts_window, page, qtbot):
    from app.ui.contacts.merge_dialog import MergeDialog

    keep = Contact.select().join(Interaction, on=(Interaction.contact == Contact.id)).first()
    data = ContactData.from_contact(keep)
    data.display_name = ""
    data.title = "Another title"
    data.emails = [EmailEntry("second.address@example.net")]
    other = create_contact(data)
    Interaction.create(contact=other, kind="call", occurred_at=dt.datetime(2026, 1, 2, 9))
    LedgerEntry.create(contact=other, direction="gave", what="A lead")
    keep_interactions = Interaction.select().where(Interaction.contact == keep).count()
    dialog = MergeDialog(page.ctx, keep.id, other.id, page)
    qtbot.addWidget(dialog)
    assert "title" in dialog.choices
    dialog.choices["title"].button(1).setChecked(True)  # take the other's title
    dialog.accept()
    assert dialog.merged
    merged = Contact.get_by_id(keep.id)
    assert merged.title == "Another title"
    assert Interaction.select().where(Interaction.contact == keep).count() == keep_interactions + 1
    assert LedgerEntry.select().where(LedgerEntry.contact == keep).count() >= 1
    assert "second.address@example.net" in [e.value for e in merged.emails]
    assert Contact.get_by_id(other.id).deleted_at is not None
    contacts_window.undo_action.trigger()
    assert Contact.get_by_id(other.id).deleted_at is None
    assert Interaction.select().where(Interaction.contact == keep).count() == keep_interactions
    assert Contact.get_by_id(keep.id).title == keep.title


def test_duplicates_dialog_finds_pairs_in_a_worker(page, qtbot):
    from app.ui.contacts.merge_dialog import DuplicatesDialog

    a = create_contact(ContactData(given_name="Twin", family_name="Person", emails=[EmailEntry("twin@example.org")]))
    b = create_contact(ContactData(given_name="Twin", family_name="Persson", emails=[EmailEntry("TWIN@example.org")]))
    dialog = DuplicatesDialog(page.ctx, page, only=a.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.worker.isRunning(), timeout=20000)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    assert {dialog.pairs[0].keep_id, dialog.pairs[0].other_id} == {a.id, b.id}
    dialog._ignore()
    assert dialog.tree.topLevelItemCount() == 0
    assert [p for p in duplicates.find_duplicates() if {p.keep_id, p.other_id} == {a.id, b.id}]  # still a pair in core
    again = DuplicatesDialog(page.ctx, page, only=a.id)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.worker.isRunning(), timeout=20000)
    qtbot.wait(1)
    assert again.pairs == []  # "not the same person" is remembered


def test_brainstorm_enter_adds_to_the_circle(contacts_window, page, qtbot):
    from app.ui.contacts.people_dialogs import BrainstormWizard

    wizard = BrainstormWizard(page.ctx, page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.circles.setCurrentRow(2)
    circle = wizard.circles.currentItem().text()
    entry = wizard.entry
    entry.name.setFocus()
    qtbot.keyClicks(entry.name, "Gus Fairweather")
    qtbot.keyClick(entry.name, Qt.Key.Key_Tab)
    qtbot.waitUntil(entry.company.hasFocus)
    qtbot.keyClicks(entry.company, "Fairweather Cleaners")
    qtbot.keyClick(entry.company, Qt.Key.Key_Return)
    added = Contact.get(Contact.family_name == "Fairweather")
    assert added.given_name == "Gus" and added.company.name == "Fairweather Cleaners"
    assert [c.circle.name for c in ContactCircle.select().where(ContactCircle.contact == added)] == [circle]
    assert entry.name.text() == "" and entry.name.hasFocus()
    assert wizard.added == [added.id]
    wizard._next()
    assert wizard.circles.currentRow() == 3
    wizard.close()
    contacts_window.undo_action.trigger()
    assert Contact.get_or_none(Contact.id == added.id) is None


def test_ask_for_referrals_adds_referred_contacts_in_one_undo_step(contacts_window, page, qtbot):
    from app.ui.contacts.people_dialogs import AskReferralsDialog

    referrer = page.model.contact_id(0)
    before = Contact.select().count()
    dialog = AskReferralsDialog(page.ctx, referrer, page)
    qtbot.addWidget(dialog)
    for name in ("Hana Referred", "Omar Referred"):
        dialog.entry.name.setText(name)
        dialog.entry.submit()
    dialog.entry.name.setText("Third Referred")  # typed but not yet added: OK adds it too
    dialog.accept()
    created = [Contact.get_by_id(i) for i in dialog.created]
    assert [c.referred_by_id for c in created] == [referrer] * 3
    assert Interaction.select().where(Interaction.contact == referrer, Interaction.kind == "referral_given").exists()
    contacts_window.undo_action.trigger()
    assert Contact.select().count() == before
    assert (
        not Interaction.select().where(Interaction.contact == referrer, Interaction.kind == "referral_given").exists()
    )


def test_bulk_add_to_circle_set_stage_and_undo(contacts_window, page, qtbot):
    from app.ui.contacts import commands

    ids = [page.model.contact_id(r) for r in range(4)]
    stages = [Contact.get_by_id(i).stage for i in ids]
    page.ctx.undo_stack.push(commands.AddToCircle(page.ctx, ids, "Bowling league"))
    circle = Circle.get(Circle.name == "Bowling league")
    assert ContactCircle.select().where(ContactCircle.circle == circle).count() == 4
    page.ctx.undo_stack.push(commands.SetStage(page.ctx, ids, "ally", "Ally"))
    assert {Contact.get_by_id(i).stage for i in ids} == {"ally"}
    contacts_window.undo_action.trigger()
    contacts_window.undo_action.trigger()
    assert ContactCircle.select().where(ContactCircle.circle == circle).count() == 0
    assert [Contact.get_by_id(i).stage for i in ids] == stages


def test_multi_selection_shows_bulk_actions(page, qtbot):
    page.view.selectAll()
    qtbot.waitUntil(lambda: page.detail.currentWidget() is page.detail.multi)
    assert "selected" in page.detail.multi.title.text()
    assert page.detail.multi.buttons["trash"].isVisibleTo(page.detail.multi)


def test_target_companies_dialog_toggles_and_lists_people(contacts_window, page, qtbot):
    from app.ui.contacts.targets_dialog import TargetCompaniesDialog

    dialog = TargetCompaniesDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Brand New Co")
    dialog._add()
    company = Company.get(Company.name == "Brand New Co")
    assert company.is_target
    contacts_window.undo_action.trigger()
    assert not Company.get_by_id(company.id).is_target
    first = dialog.companies.topLevelItem(0)
    dialog.companies.setCurrentItem(first)
    assert dialog.people.topLevelItemCount() >= 1

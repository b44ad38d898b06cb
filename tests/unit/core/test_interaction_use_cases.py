"""The interaction use cases the undo commands call (one transaction each, no Qt)."""

import datetime as dt

import pytest

from app.core.contacts import interactions
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import InteractionError, get_interaction, log_with_reminder, undo_log
from app.core.contacts.service import create_contacts
from app.core.followups import reminders
from app.models import Contact, FollowUp, Interaction


@pytest.fixture
def ada(db):
    return Contact.create(given_name="Ada", display_name="Ada Okafor")


def test_log_with_reminder_and_undo(ada, clock):
    when = clock.now() - dt.timedelta(hours=1)
    done = log_with_reminder(
        ada.id,
        "coffee",
        when,
        "Coffee",
        remind_on=clock.today() + dt.timedelta(days=7),
        remind_title="Follow up",
        clock=clock,
    )
    assert done.changes.interactions and done.changes.followups and done.changes.contact_ids == {ada.id}
    reminder = FollowUp.get(FollowUp.title == "Follow up")
    assert reminder.source_interaction_id == done.interaction_id and reminder.id in done.followup_ids
    assert Contact.get_by_id(ada.id).stage == "met"
    undo_log(done, clock=clock)
    assert Interaction.select().count() == 0 and FollowUp.select().count() == 0
    assert Contact.get_by_id(ada.id).stage == "prospect"
    again = log_with_reminder(
        ada.id, "coffee", when, "Coffee", clock=clock, interaction_id=done.interaction_id, uid=done.uid
    )
    assert (again.interaction_id, again.uid) == (done.interaction_id, done.uid)


def test_a_refused_reminder_logs_nothing(ada, clock):
    with pytest.raises(reminders.ReminderError):
        log_with_reminder(ada.id, "call", clock.now(), remind_on=clock.today(), remind_title="  ", clock=clock)
    assert Interaction.select().count() == 0


def test_logging_the_meeting_a_follow_up_planned_marks_it_done_and_undo_reopens_it(ada, clock):
    item = reminders.add_reminder(ada.id, clock.today(), "Coffee with Ada", clock=clock)
    done = log_with_reminder(ada.id, "coffee", clock.now(), clock=clock, complete_followup_id=item.id)
    assert FollowUp.get_by_id(item.id).status == "done" and done.completed == (item.id, ("open", None))
    undo_log(done, clock=clock)
    assert FollowUp.get_by_id(item.id).status == "open" and Interaction.select().count() == 0
    reminders.set_status(item.id, "dismissed", clock=clock)
    again = log_with_reminder(ada.id, "coffee", clock.now(), clock=clock, complete_followup_id=item.id)
    assert again.completed is None and FollowUp.get_by_id(item.id).status == "dismissed"  # only an open one


def test_snapshot_restore_and_revert_update(ada, clock):
    bo = Contact.create(display_name="Bo")
    logged = interactions.log_interaction(
        ada.id, "introduction", summary="Meet Bo", other_contact_id=bo.id, clock=clock
    )
    saved = get_interaction(logged.interaction.id)
    assert saved.other_contact_id == bo.id and saved.values()["summary"] == "Meet Bo"
    assert get_interaction(999) is None and get_interaction(None) is None
    entry = interactions.timeline(ada.id)[0]
    assert entry.other_name == "Bo" and entry.id == saved.interaction_id

    moved = interactions.update_interaction(saved.interaction_id, kind="call", when=saved.when, clock=clock)
    assert Contact.get_by_id(ada.id).stage == "talked"
    interactions.revert_update(saved, moved.stage_change, clock=clock)
    assert Interaction.get_by_id(saved.interaction_id).kind == "introduction"
    assert Contact.get_by_id(ada.id).stage == "prospect"

    interactions.delete_interaction(saved.interaction_id)
    Contact.delete_by_id(bo.id)
    back = interactions.restore_interaction(saved, clock=clock)
    assert back.interaction.id == saved.interaction_id and back.interaction.uid == saved.uid
    assert back.interaction.other_contact_id is None  # Bo is gone


def test_reminder_keeps_its_uid_and_counts(ada, clock):
    first = reminders.add_reminder(ada.id, clock.today(), "Call", clock=clock)
    uid = first.uid
    reminders.delete_followups([first.id])
    again = reminders.add_reminder(ada.id, clock.today(), "Call", clock=clock, uid=uid)
    assert again.uid == uid
    assert reminders.open_followup_count(ada.id) == 1


def test_create_contacts_all_or_none_and_again_in_place(db, clock):
    ids, uids = create_contacts([ContactData(given_name="Ada"), ContactData(given_name="Bo")], clock=clock)
    assert [Contact.get_by_id(i).uid for i in ids] == uids
    Contact.delete().execute()
    assert create_contacts(
        [ContactData(given_name="Ada"), ContactData(given_name="Bo")], clock=clock, ids=ids, uids=uids
    ) == (ids, uids)
    with pytest.raises(InteractionError):  # a failure inside rolls back every contact of the batch

        def make(batch):
            create_contacts(batch, clock=clock)
            raise InteractionError("boom")

        create_contacts([ContactData(given_name="Cy")], clock=clock, create=make)
    assert Contact.select().count() == 2


def test_log_many_is_all_or_none_and_undo_and_redo_keep_the_rows(ada, clock):
    ben = Contact.create(given_name="Ben", display_name="Ben Ito")
    done = interactions.log_many([(ada.id, "Thanks, Ada"), (ben.id, "Thanks, Ben")], "email", clock=clock)
    assert [i.summary for i in Interaction.select().order_by(Interaction.id)] == ["Thanks, Ada", "Thanks, Ben"]
    assert done.changes.interactions and done.changes.contact_ids == {ada.id, ben.id}
    interactions.undo_many(done, clock=clock)
    assert Interaction.select().count() == 0
    again = interactions.log_many([(ada.id, "Thanks, Ada"), (ben.id, "Thanks, Ben")], "email", clock=clock, again=done)
    assert [(d.interaction_id, d.uid) for d in again.logged] == [(d.interaction_id, d.uid) for d in done.logged]
    with pytest.raises(InteractionError):  # a person gone meanwhile: nobody is logged
        interactions.log_many([(ada.id, "Once more"), (999_999, "Nobody")], "email", clock=clock)
    assert Interaction.select().where(Interaction.summary == "Once more").count() == 0

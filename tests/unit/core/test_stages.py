"""A logged conversation moves the contact's stage forward, and the monthly update goes to everyone you have had a
conversation with (issue 16: a user who only logs conversations kept everyone at "prospect" and never got the
monthly update)."""

import datetime as dt

import pytest

from app.core.coach import monthly_update
from app.core.contacts import stages
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.interactions import delete_interaction, log_interaction, update_interaction
from app.core.contacts.service import create_contact, update_contact
from app.core.followups import rules as followup_rules
from app.models import CONVERSATION_KINDS, STAGES, Contact, FollowUp, Interaction


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def person(clock, name="Ada Okafor", **fields) -> Contact:
    given, _, family = name.partition(" ")
    return create_contact(ContactData(given_name=given, family_name=family, **fields), clock=clock)


def stage_of(contact: Contact) -> str:
    return Contact.get_by_id(contact.id).stage


@pytest.mark.parametrize(
    ("kind", "stage"), [("call", "talked"), ("coffee", "met"), ("lunch", "met"), ("meeting", "met"), ("event", "met")]
)
def test_a_conversation_moves_a_prospect_forward(db, clock, kind, stage):
    ada = person(clock)
    logged = log_interaction(ada.id, kind, when=at("2026-03-16T08:00"), clock=clock)
    assert stage_of(ada) == stage
    assert logged.stage_change == stages.StageChange(ada.id, "prospect", stage)


@pytest.mark.parametrize("kind", ["email", "message", "sent", "introduction", "referral_given", "other"])
def test_what_is_not_a_conversation_leaves_the_stage(db, clock, kind):
    ada = person(clock)
    logged = log_interaction(ada.id, kind, when=at("2026-03-16T08:00"), clock=clock)
    assert stage_of(ada) == "prospect" and logged.stage_change is None


def test_the_stage_never_moves_backwards(db, clock):
    ada = person(clock, stage="ally")
    ben = person(clock, "Ben Ito", stage="met")
    log_interaction(ada.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    log_interaction(ben.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    assert (stage_of(ada), stage_of(ben)) == ("ally", "met")
    cid = person(clock, "Cy Li", stage="talked")
    log_interaction(cid.id, "coffee", when=at("2026-03-16T08:00"), clock=clock)
    assert stage_of(cid) == "met"


def test_a_stage_set_by_hand_stays_as_set(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-10T08:00"), clock=clock)
    assert stage_of(ada) == "met"
    data = ContactData.from_contact(Contact.get_by_id(ada.id))
    data.stage = "connected"
    update_contact(ada.id, data, clock=clock)  # the user knows better
    followup_rules.run_all(clock)
    log_interaction(ada.id, "email", when=at("2026-03-16T08:00"), clock=clock)
    assert stage_of(ada) == "connected"


def test_a_planned_meeting_moves_nobody_until_it_happened(db, clock):
    ada = person(clock)
    planned = log_interaction(ada.id, "coffee", when=at("2026-03-18T09:30"), clock=clock)  # in two days
    assert stage_of(ada) == "prospect"
    moved = update_interaction(planned.interaction.id, kind="coffee", when=clock.now(), clock=clock)
    assert stage_of(ada) == "met" and moved.stage_change is not None


def test_editing_an_email_into_a_call_moves_the_stage(db, clock):
    ada = person(clock)
    logged = log_interaction(ada.id, "email", when=at("2026-03-16T08:00"), clock=clock)
    update_interaction(logged.interaction.id, kind="call", when=at("2026-03-16T08:00"), clock=clock)
    assert stage_of(ada) == "talked"


def test_undo_puts_the_stage_back_unless_it_was_changed_since(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    first = log_interaction(ada.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    delete_interaction(first.interaction.id, clock=clock)
    assert stage_of(ada) == "talked"  # deleting a conversation does not move anyone back…
    stages.undo(first.stage_change, clock.now())
    assert stage_of(ada) == "prospect"  # …undoing the log does
    second = log_interaction(ben.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    Contact.update(stage="ally").where(Contact.id == ben.id).execute()
    stages.undo(second.stage_change, clock.now())
    assert stage_of(ben) == "ally"


def test_the_first_conversation_starts_the_monthly_update(db, clock):
    ada = person(clock, emails=[EmailEntry("ada@example.com")])
    person(clock, "Ben Ito", emails=[EmailEntry("ben@example.com")])
    assert FollowUp.select().where(FollowUp.rule == "monthly_update").count() == 0
    logged = log_interaction(ada.id, "coffee", when=at("2026-03-16T08:00"), clock=clock)
    updates = FollowUp.select().where(FollowUp.rule == "monthly_update", FollowUp.status == "open")
    assert [f.rule_key for f in updates.order_by(FollowUp.due)] == [
        "monthly_update:2026-03",
        "monthly_update:2026-04",
        "monthly_update:2026-05",
    ]
    assert {f.id for f in updates} <= {f.id for f in logged.followups}  # undo takes them back with the coffee
    people, without = monthly_update.recipients(clock=clock)
    assert [r.email for r in people] == ["ada@example.com"] and without == []


def test_the_monthly_update_goes_to_everyone_you_have_had_a_conversation_with(db, clock):
    talked = person(clock, "Ada Okafor", emails=[EmailEntry("ada@example.com")])
    log_interaction(talked.id, "call", when=at("2026-01-05T10:00"), clock=clock)
    Contact.update(stage="connected").where(Contact.id == talked.id).execute()  # set back by hand: still talked
    by_hand = person(clock, "Ben Ito", stage="ally", emails=[EmailEntry("ben@example.com")])
    person(clock, "Cy Li", emails=[EmailEntry("cy@example.com")])  # only emailed
    log_interaction(Contact.get(Contact.given_name == "Cy").id, "email", when=at("2026-03-01T10:00"), clock=clock)
    planned = person(clock, "Dee Roy", emails=[EmailEntry("dee@example.com")])
    log_interaction(planned.id, "lunch", when=at("2026-03-20T12:00"), clock=clock)  # not yet
    people, _without = monthly_update.recipients(clock=clock)
    assert sorted(r.email for r in people) == ["ada@example.com", "ben@example.com"]
    assert by_hand.id in {r.contact_id for r in people}


def test_every_conversation_kind_has_a_stage_and_every_stage_is_known():
    assert set(stages.STAGE_OF_KIND) == set(CONVERSATION_KINDS)
    assert set(stages.STAGE_OF_KIND.values()) <= set(STAGES)


def test_demo_data_has_nobody_past_connected_without_a_conversation(demo_db, clock):
    """And nobody below the stage their conversations show (a call: talked; in person: met)."""
    shown: dict[int, int] = {}
    for cid, kind in (
        Interaction.select(Interaction.contact, Interaction.kind)
        .where(Interaction.kind.in_(CONVERSATION_KINDS), Interaction.occurred_at <= clock.now())
        .tuples()
    ):
        shown[cid] = max(shown.get(cid, 0), stages.rank(stages.STAGE_OF_KIND[kind]))
    counts = dict.fromkeys(STAGES, 0)
    for cid, name, stage in Contact.select(Contact.id, Contact.display_name, Contact.stage).tuples():
        counts[stage] += 1
        if stage in ("talked", "met", "ally"):
            assert cid in shown, f"{name} is at {stage} without a conversation"
        assert stages.rank(stage) >= shown.get(cid, 0), f"{name} is at {stage} after a conversation that shows more"
    assert all(counts[s] for s in ("prospect", "connected", "talked", "met", "ally")), counts

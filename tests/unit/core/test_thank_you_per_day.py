"""One open thank-you per person per day (issue 16: three conversations on one day made three identical
"Send thank-you" follow-ups, all exported to the calendar file)."""

import datetime as dt
import io

from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import delete_interaction, log_interaction, update_interaction
from app.core.contacts.service import create_contact
from app.core.followups import rules as followup_rules
from app.core.formats.exporters.ics import export_ics
from app.models import Contact, FollowUp


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def person(clock, name="Ada Okafor") -> Contact:
    given, _, family = name.partition(" ")
    return create_contact(ContactData(given_name=given, family_name=family), clock=clock)


def thanks(contact: Contact, status: str = "open") -> list[FollowUp]:
    return list(
        FollowUp.select()
        .where(FollowUp.rule == "thank_you", FollowUp.contact == contact.id, FollowUp.status == status)
        .order_by(FollowUp.due, FollowUp.id)
    )


def test_three_conversations_on_one_day_make_one_thank_you_and_one_calendar_event(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    first = log_interaction(ada.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    second = log_interaction(ada.id, "coffee", when=at("2026-03-16T10:00"), clock=clock)
    log_interaction(ada.id, "lunch", when=at("2026-03-16T12:30"), clock=clock)
    log_interaction(ben.id, "coffee", when=at("2026-03-16T10:00"), clock=clock)
    [thank_ada] = thanks(ada)
    assert (thank_ada.due, thank_ada.source_interaction_id) == (dt.date(2026, 3, 16), first.interaction.id)
    assert thank_ada.rule_key == f"thank_you:contact:{ada.id}:2026-03-16"
    assert [f.kind for f in second.followups if f.contact_id == ada.id] == []  # nothing new for the coffee
    assert len(thanks(ben)) == 1
    out = io.StringIO()
    export_ics(out, clock=clock)
    assert out.getvalue().count("SUMMARY:Send thank-you to Ada Okafor") == 1


def test_another_day_gets_its_own_thank_you(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-15T18:00"), clock=clock)
    log_interaction(ada.id, "call", when=at("2026-03-16T09:00"), clock=clock)
    assert [f.due for f in thanks(ada)] == [dt.date(2026, 3, 15), dt.date(2026, 3, 16)]


def test_deleting_the_first_conversation_leaves_the_thank_you_to_the_next(db, clock):
    ada = person(clock)
    first = log_interaction(ada.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    second = log_interaction(ada.id, "coffee", when=at("2026-03-16T10:00"), clock=clock)
    delete_interaction(first.interaction.id, clock=clock)
    [thank] = thanks(ada)
    assert thank.source_interaction_id == second.interaction.id
    delete_interaction(second.interaction.id, clock=clock)
    assert thanks(ada) == []


def test_moving_a_conversation_to_another_day_splits_them(db, clock):
    ada = person(clock)
    first = log_interaction(ada.id, "call", when=at("2026-03-16T08:00"), clock=clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-16T10:00"), clock=clock)
    update_interaction(first.interaction.id, kind="call", when=at("2026-03-14T08:00"), clock=clock)
    assert [(f.due, f.source_interaction_id is not None) for f in thanks(ada)] == [
        (dt.date(2026, 3, 14), True),
        (dt.date(2026, 3, 16), True),
    ]
    update_interaction(first.interaction.id, kind="email", when=at("2026-03-14T08:00"), clock=clock)
    assert [f.due for f in thanks(ada)] == [dt.date(2026, 3, 16)]


def test_once_thanked_a_later_conversation_that_day_asks_for_no_second_thank_you(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-16T08:00"), clock=clock)
    [thank] = thanks(ada)
    FollowUp.update(status="done", completed_at=clock.now()).where(FollowUp.id == thank.id).execute()
    log_interaction(ada.id, "lunch", when=at("2026-03-16T12:00"), clock=clock)
    assert thanks(ada) == [] and len(thanks(ada, "done")) == 1


def test_duplicates_made_before_the_rule_collapse_into_one(db, clock):
    ada = person(clock)
    logged = [
        log_interaction(ada.id, "coffee", when=at(f"2026-03-16T0{hour}:00"), clock=clock).interaction for hour in (8, 9)
    ]
    FollowUp.delete().where(FollowUp.rule == "thank_you").execute()
    for item in logged:  # what the interaction-keyed rule left in existing databases
        FollowUp.create(
            title="Send thank-you to Ada Okafor",
            kind="thank_you",
            rule="thank_you",
            rule_key=f"thank_you:interaction:{item.id}",
            contact=ada.id,
            due=dt.date(2026, 3, 16),
            original_due=dt.date(2026, 3, 16),
            source_interaction=item.id,
            created_at=clock.now(),
            updated_at=clock.now(),
        )
    log_interaction(ada.id, "lunch", when=at("2026-03-16T12:00"), clock=clock)
    [thank] = thanks(ada)
    assert thank.source_interaction_id == logged[0].id
    assert thank.rule_key == f"thank_you:contact:{ada.id}:2026-03-16"


def test_the_demo_data_has_one_thank_you_per_person_and_day(demo_db, clock):
    seen: set[tuple[int, dt.date]] = set()
    for contact_id, due in (
        FollowUp.select(FollowUp.contact, FollowUp.original_due).where(FollowUp.rule == "thank_you").tuples()
    ):
        assert (contact_id, due) not in seen
        seen.add((contact_id, due))
    assert seen
    assert followup_rules.run_all(clock).changed is False

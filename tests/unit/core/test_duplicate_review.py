"""What the merge dialog shows besides the two records (app.core.contacts.duplicate_review)."""

from app.core.contacts import duplicate_review
from app.core.contacts.interactions import log_interaction
from app.core.followups import reminders
from app.models import Contact, ContactEmail, Setting


def test_facts_history_and_data(db, clock):
    ada = Contact.create(display_name="Ada", given_name="Ada", source="linkedin", created_at=clock.now())
    for address in ("a@x.org", "b@x.org", "c@x.org"):
        ContactEmail.create(contact=ada, value=address)
    log_interaction(ada.id, "call", clock=clock)
    reminders.add_reminder(ada.id, clock.today(), "Call back", clock=clock)
    Contact.create(display_name="Bo", referred_by=ada)
    facts = duplicate_review.record_facts(ada.id)
    assert facts.emails == ["a@x.org", "b@x.org"] and facts.interactions == 1 and facts.source == "linkedin"
    carried = duplicate_review.history(ada.id)
    assert (carried.interactions, carried.referrals, carried.ledger_entries) == (1, 1, 0)
    assert carried.followups >= 1
    assert duplicate_review.contact_data(ada.id).given_name == "Ada"


def test_not_the_same_pairs_are_remembered_once(db):
    assert duplicate_review.not_the_same() == set()
    duplicate_review.mark_not_the_same(7, 3)
    duplicate_review.mark_not_the_same(3, 7)
    duplicate_review.mark_not_the_same(4, 5)
    assert duplicate_review.not_the_same() == {(3, 7), (4, 5)}
    Setting.write(duplicate_review.IGNORED_SETTING, [[1, 2], "junk", [1]])
    assert duplicate_review.not_the_same() == {(1, 2)}

"""Nothing an import creates is due before the day of the import (issue 16: a LinkedIn connection from 6 days ago
arrived with "Thank … for connecting" overdue by 5 days)."""

import datetime as dt

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact, update_contact
from app.core.followups import rules as followup_rules
from app.models import Contact, FollowUp
from tests.helpers.imports import import_file, sample

TODAY = dt.date(2026, 3, 16)  # the fixture clock


def linkedin_csv(tmp_path, *rows: str):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def open_followups(kind: str | None = None) -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.status == "open")
    if kind is not None:
        query = query.where(FollowUp.kind == kind)
    return list(query.order_by(FollowUp.id))


def test_a_connection_from_last_week_is_thanked_from_the_day_of_the_import(db, clock, tmp_path):
    path = linkedin_csv(tmp_path, "Kofi,Boateng,https://www.linkedin.com/in/kofi-boateng,,Contoso,Buyer,10 Mar 2026")
    import_file(path, clock=clock)
    [thanks] = open_followups("thank_connection")
    assert thanks.due == TODAY and thanks.original_due == TODAY
    assert "Kofi Boateng" in thanks.title


def test_no_follow_up_from_an_import_is_overdue_on_arrival(db, clock):
    import_file(sample("linkedin_connections.csv"), clock=clock)
    made = open_followups()
    assert made, "the recent connection should still be thanked"
    assert [f.title for f in made if f.due < TODAY] == []
    followup_rules.run_all(clock)  # nor after the rules run again
    assert [f.title for f in open_followups() if f.due < TODAY] == []


def test_old_connections_are_still_not_thanked_at_all(db, clock, tmp_path):
    path = linkedin_csv(tmp_path, "Ama,Owusu,https://www.linkedin.com/in/ama-owusu,,Contoso,Buyer,12 Oct 2023")
    import_file(path, clock=clock)
    assert open_followups("thank_connection") == []


def test_an_invitation_sent_long_ago_is_reviewed_from_the_day_rapport_learns_of_it(db, clock):
    sent = dt.date(2025, 12, 1)  # 60 days later is 30 January: long past
    new = Contact(id=None, given_name="Imported", family_name="Person", display_name="Imported Person", stage="invited")
    new.invitation_status, new.invitation_date = "sent", sent
    new.created_at = new.updated_at = clock.now()
    new.save()
    followup_rules.contacts_created([new], clock=clock)
    [review] = open_followups("review_invitation")
    assert review.due == TODAY
    clock.advance(days=1)
    followup_rules.run_all(clock)  # the next start does not move it back into the past
    assert FollowUp.get_by_id(review.id).due == TODAY


def test_an_edit_that_brings_in_an_old_pending_invitation_is_not_overdue_either(db, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    data = ContactData.from_contact(Contact.get_by_id(ada.id))
    data.invitation_status, data.invitation_date = "sent", dt.date(2025, 11, 2)
    update_contact(ada.id, data, clock=clock)  # e.g. an import merging into a stored contact
    [review] = open_followups("review_invitation")
    assert review.due == TODAY


def test_a_recent_invitation_keeps_its_sixty_days(db, clock):
    create_contact(
        ContactData(given_name="Ben", family_name="Ito", invitation_status="sent", invitation_date=TODAY),
        clock=clock,
    )
    assert open_followups("review_invitation")[0].due == TODAY + dt.timedelta(days=60)


def test_demo_data_keeps_its_overdue_invitation_reviews(demo_db, clock):
    """Demo follow-ups were made back when their rule fired, so the rules running again leave their days alone."""
    overdue = FollowUp.select().where(
        FollowUp.kind.in_(["review_invitation", "keep_in_touch"]), FollowUp.status == "open", FollowUp.due < TODAY
    )
    assert overdue.count() > 0
    before = {f.id: f.due for f in overdue}
    followup_rules.run_all(clock)
    assert {f.id: FollowUp.get_by_id(f.id).due for f in overdue} == before


def _followups() -> list[tuple]:
    return [
        (f.contact_id, f.kind, f.rule, f.rule_key, f.title, f.title_key, f.due, f.original_due, f.status)
        for f in FollowUp.select().order_by(FollowUp.contact, FollowUp.rule_key)
    ]


def _mixed_people(referrer_id: int) -> list:
    from app.core.contacts.contact_data import DateEntry

    people = []
    for n in range(12):
        data = ContactData(given_name=f"Person{n}", family_name="Mixed")
        kind = n % 6
        if kind == 0:  # a LinkedIn connection: recent, old, or without a day
            data.invitation_status = "accepted"
            data.invitation_date = [TODAY - dt.timedelta(days=3), dt.date(2021, 5, 1)][n % 2] if n < 6 else None
        elif kind == 1:
            data.referred_by_id = referrer_id
        elif kind == 2:
            data.invitation_status, data.invitation_date = "sent", [dt.date(2025, 12, 1), TODAY][n % 2]
        elif kind == 3:
            data.keep_in_touch_days = 30
        elif kind == 4:
            data.dates = [DateEntry(month=4, day=2, kind="birthday")]
        people.append(data)
    # the edges of "recent enough to thank": both sides of the stale day
    for days in range(30, 50):
        data = ContactData(given_name=f"Edge{days}", family_name="Mixed", invitation_status="accepted")
        data.invitation_date = TODAY - dt.timedelta(days=days)
        people.append(data)
    return people


def test_a_bulk_import_makes_the_follow_ups_saving_each_contact_makes(db, clock):
    """The batch hook asks each rule only about the new contacts that can make it fire (plain rows, no Contact
    instances): the follow-ups are the ones ``contact_saved`` makes for each contact, one by one."""
    from app.core.contacts import bulk_create
    from app.core.contacts.service import validate

    referrer = create_contact(ContactData(given_name="Rita", family_name="Referrer"), clock=clock)
    FollowUp.delete().execute()
    people = [validate(p) for p in _mixed_people(referrer.id)]
    ids = bulk_create.create_contacts([(p, "") for p in people], clock=clock)
    in_bulk = _followups()
    assert {row[1] for row in in_bulk} >= {"thank_connection", "call_referral", "review_invitation", "birthday"}
    FollowUp.delete().execute()
    for contact_id in ids:
        followup_rules.contact_saved(Contact.get_by_id(contact_id), None, clock=clock)
    assert _followups() == in_bulk

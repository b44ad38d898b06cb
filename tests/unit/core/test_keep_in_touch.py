import datetime as dt

from app.core.contacts.keep_in_touch import Cadence, cadence_for, cadences_for, due_day, status
from app.models import Circle, Contact, ContactCircle, Setting

TODAY = dt.date(2026, 3, 16)


def test_status_turns_yellow_at_ideal_and_red_past_maximum():
    cadence = Cadence.of(30)
    assert cadence.max_days == 45
    created = dt.date(2025, 1, 1)
    assert status(dt.datetime(2026, 2, 15, 9), created, cadence, TODAY) == "green"  # 29 days
    assert status(dt.datetime(2026, 2, 14, 9), created, cadence, TODAY) == "yellow"  # 30 days
    assert status(dt.date(2026, 1, 30), created, cadence, TODAY) == "yellow"  # 45 days
    assert status(dt.date(2026, 1, 29), created, cadence, TODAY) == "red"  # 46 days


def test_never_contacted_counts_from_creation():
    assert status(None, dt.datetime(2026, 3, 1, 8), Cadence.of(30), TODAY) == "green"
    assert due_day(None, dt.date(2026, 3, 1), Cadence.of(30)) == dt.date(2026, 3, 31)


def test_contact_cadence_beats_circles_and_shortest_circle_beats_default(db):
    family = Circle.get(Circle.name == "Family")  # 90 days
    neighbours = Circle.get(Circle.name == "Neighbours")  # 365 days
    own = Contact.create(given_name="Own", keep_in_touch_days=14)
    both = Contact.create(given_name="Both")
    ContactCircle.create(contact=both, circle=family)
    ContactCircle.create(contact=both, circle=neighbours)
    plain = Contact.create(given_name="Plain")
    got = cadences_for([own.id, both.id, plain.id])
    assert got[own.id] == Cadence(14, 21)
    assert got[both.id] == Cadence(90, 135)
    assert got[plain.id] == Cadence(365, 548)


def test_default_follows_the_setting(db):
    Setting.write("keep_in_touch_default_days", 200)
    person = Contact.create(given_name="P")
    assert cadence_for(person.id) == Cadence(200, 300)


def test_a_contact_never_talked_to_is_not_in_touch_yet_unless_it_has_its_own_cadence(db, clock):
    import datetime as dt

    from app.core.contacts.interactions import log_interaction
    from app.core.contacts.keep_in_touch import is_tracked
    from app.core.contacts.list_query import ContactFilter, query
    from app.core.contacts.list_rows import rows_for

    old = dt.datetime(2024, 1, 1, 9)
    never = Contact.create(given_name="Never", created_at=old)
    watched = Contact.create(given_name="Watched", keep_in_touch_days=30, created_at=old)
    talked = Contact.create(given_name="Talked", created_at=old)
    log_interaction(talked.id, "call", when=dt.datetime(2024, 2, 1, 9), clock=clock)
    assert not is_tracked(None, None) and is_tracked(None, 30) and is_tracked(old, None)
    rows = rows_for([never.id, watched.id, talked.id], clock.today())
    assert rows[never.id].status == "none"
    assert rows[watched.id].status == "red"
    assert rows[talked.id].status == "red"
    due = list(query(ContactFilter(reconnect=True), today=clock.today()).ids)
    assert sorted(due) == sorted([watched.id, talked.id])

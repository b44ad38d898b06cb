"""Issue 21: a search's match count is kept until the next write (going back to a search typed a moment ago does
not count again), and any write — this connection's or another's — counts afresh."""

import datetime as dt
import sqlite3

from app.core.contacts import list_query as contact_list
from app.core.contacts import search
from app.core.contacts.contact_data import ContactData
from app.core.contacts.list_query import ContactFilter
from app.core.contacts.service import create_contact
from app.db import database

TODAY = dt.date(2026, 3, 16)


def _counting(monkeypatch):
    calls = []
    real = search.count_live_matches

    def count(expression):
        calls.append(expression)
        return real(expression)

    monkeypatch.setattr(search, "count_live_matches", count)
    return calls


def test_a_search_is_counted_once_until_a_write(db, clock, monkeypatch):
    for given in ("Erin", "Eve", "Bob"):
        create_contact(ContactData(given_name=given, family_name="Example"), clock=clock)
    calls = _counting(monkeypatch)
    first = contact_list.query(ContactFilter(text="e"), today=TODAY)
    again = contact_list.query(ContactFilter(text="E"), today=TODAY)  # the same words: the same count
    assert first.count == again.count == 3
    assert len(calls) == 1
    create_contact(ContactData(given_name="Emma", family_name="Stone"), clock=clock)
    after = contact_list.query(ContactFilter(text="e"), today=TODAY)
    assert after.count == 4 and len(calls) == 2


def test_a_write_by_another_connection_counts_afresh(db, clock, monkeypatch):
    create_contact(ContactData(given_name="Erin", family_name="Example"), clock=clock)
    calls = _counting(monkeypatch)
    assert contact_list.query(ContactFilter(text="erin"), today=TODAY).count == 1
    other = sqlite3.connect(database.database)
    with other:
        other.execute("DELETE FROM contact_fts")  # what the index says is what is counted
    other.close()
    assert contact_list.query(ContactFilter(text="erin"), today=TODAY).count == 0
    assert len(calls) == 2


def test_the_stamp_changes_with_every_write(db, clock):
    before = contact_list.data_stamp()
    assert contact_list.data_stamp() == before
    create_contact(ContactData(given_name="Erin", family_name="Example"), clock=clock)
    assert contact_list.data_stamp() != before


def test_a_search_matching_many_can_come_uncounted_with_the_same_rows(db, clock, monkeypatch):
    """Issue 21: the rows of a one-letter search come before its count (counted after the paint); the plan is
    chosen on an estimate, the rows are the same."""
    from app.core.demo import contacts as demo_data

    demo_data.generate(contacts=150, seed=4, clock=clock)
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 10)
    calls = _counting(monkeypatch)
    quick = contact_list.query(ContactFilter(text="e"), today=TODAY, head=20, count_later=True)
    assert not quick.counted and not quick.complete and quick.count == len(quick.ids) == 20
    assert calls == []  # not counted
    total = contact_list.count(ContactFilter(text="e"), today=TODAY)
    exact = contact_list.query(ContactFilter(text="e"), today=TODAY, head=20, count_later=True)
    assert exact.counted and exact.count == total > 20  # counted once: then known
    assert list(quick.ids) == list(exact.ids) and quick.sort == exact.sort
    few = contact_list.query(ContactFilter(text="zzqx"), today=TODAY, count_later=True)
    assert few.counted and few.count == 0  # few match: counted at once (cheap)

"""Issue 21: a search's number of matches counted on a read-only connection of its own (what the contact list's
worker thread uses), kept for the window's connection only when nothing was written since it was asked."""

import datetime as dt
import sqlite3
import threading

import pytest

from app.core.contacts import list_query as contact_list
from app.core.contacts import search
from app.core.contacts.contact_data import ContactData
from app.core.contacts.list_query import ContactFilter
from app.core.contacts.match_count import ReadOnlyCounter
from app.core.contacts.service import create_contact

TODAY = dt.date(2026, 3, 16)


def test_a_count_on_its_own_connection_matches_and_is_kept_until_a_write(demo_db, clock, monkeypatch):
    flt = ContactFilter(text="e")
    request = contact_list.count_request(flt, today=TODAY)
    assert request is not None
    counter = ReadOnlyCounter.for_database()
    assert counter is not None and counter.is_for_open_database()
    expected = search.count_live_matches(request.expression)
    total = {}
    worker = threading.Thread(target=lambda: total.setdefault("n", counter.count(request.expression)))
    worker.start()
    worker.join()
    assert total["n"] == expected > 0  # another thread, its own connection
    calls = []
    monkeypatch.setattr(search, "count_live_matches", lambda e: calls.append(e) or -1)
    assert contact_list.remember_count(request, total["n"])
    assert contact_list.count(flt, today=TODAY) == expected and calls == []  # kept: not counted again
    counter.close()
    assert counter.count(request.expression) is None  # closed: no answer


def test_a_number_asked_before_a_write_is_not_kept(demo_db, clock):
    flt = ContactFilter(text="e")
    request = contact_list.count_request(flt, today=TODAY)
    create_contact(ContactData(given_name="Eve", family_name="Newcomer"), clock=clock)
    assert not contact_list.remember_count(request, 1)  # the write came between: the number may be wrong
    assert contact_list.count(flt, today=TODAY) > 1


def test_the_connection_cannot_write_and_an_interrupt_stops_only_a_running_count(demo_db):
    counter = ReadOnlyCounter.for_database()
    expression = contact_list.count_request(ContactFilter(text="a"), today=TODAY).expression
    counter.interrupt()  # nothing running: the next count is not affected
    assert counter.count(expression) == search.count_live_matches(expression)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        counter._conn.execute("DELETE FROM contact")
    counter.close()


def test_only_a_search_by_text_alone_is_counted_elsewhere(demo_db):
    assert contact_list.count_request(ContactFilter(), today=TODAY) is None
    assert contact_list.count_request(ContactFilter(text="e", stage="met"), today=TODAY) is None
    assert contact_list.count_request(ContactFilter(text="e", trash=True), today=TODAY) is None

"""The search index written once after many new contacts (issue 21) holds exactly what the per-row triggers write,
and the triggers come back as they were — also when the insert fails half way."""

import pytest

from app.core.clock import FixedClock
from app.core.contacts import bulk_create, search_index_bulk
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.db import database

CLOCK = FixedClock("2026-03-16T10:30:00")


def people(n: int, start: int = 0) -> list[tuple[ContactData, str]]:
    items = []
    for i in range(start, start + n):
        data = ContactData(given_name=f"Zoë{i}", family_name="Müller", company=f"Exämple {i % 7}", title="Ops")
        data.display_name = f"Zoë{i} Müller"
        data.notes = "met at the fair" if i % 3 == 0 else ""
        data.emails = [EmailEntry(value=f"z{i}@example.org")] + ([EmailEntry(value=f"z{i}@b.net")] if i % 2 else [])
        items.append((data, ""))
    return items


def index_rows(ids) -> list[tuple]:
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT rowid, name, company, title, notes, emails FROM contact_fts WHERE rowid IN ({marks}) ORDER BY rowid"
    return [tuple(row[1:]) for row in database.execute_sql(sql, list(ids))]


def triggers() -> dict[str, str]:
    return dict(database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def test_bulk_index_rows_equal_the_triggers_rows(db):
    before = triggers()
    with database.atomic():
        small = bulk_create.create_contacts(people(3), clock=CLOCK)  # below the threshold: the triggers write
    assert len(small) < bulk_create.BULK_INDEX_FROM
    with database.atomic():
        bulk = bulk_create.create_contacts(people(bulk_create.BULK_INDEX_FROM), clock=CLOCK)
    assert triggers() == before
    assert index_rows(bulk[:3]) == index_rows(small)
    assert len(index_rows(bulk)) == len(bulk)
    count = database.execute_sql("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH '\"z1\"*'").fetchone()[0]
    assert count == 1 + 1 + 10 + 100  # z1, z1x…, z1xx…, z1xxx… among 0…202


def test_a_failure_half_way_leaves_the_index_and_the_triggers_as_they_were(db):
    before = triggers()
    rows_before = database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0]

    def stop(done: int) -> None:
        if done >= 200:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError), database.atomic():
        bulk_create.create_contacts(people(bulk_create.BULK_INDEX_FROM + 300), clock=CLOCK, progress=stop)
    assert triggers() == before
    assert database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == rows_before


def test_outside_a_transaction_nothing_is_suspended(db):
    with search_index_bulk.suspended() as suspension:
        assert suspension is None
        assert set(triggers()) >= {search_index_bulk.CONTACT_TRIGGER, search_index_bulk.EMAIL_TRIGGER}


def test_the_triggers_are_recognised(db):
    """When a migration reshapes contact_fts_ai, the bulk path must be taught its new shape (else imports slow down
    to the per-row triggers again, silently)."""
    with database.atomic():
        assert search_index_bulk._plan() is not None


def test_many_new_contacts_leave_the_index_in_one_segment(db, monkeypatch):
    """Issue 21: the list walks the name index testing each row in the search index, a seek in every segment."""
    with database.atomic():
        bulk_create.create_contacts(people(30), clock=CLOCK)  # the triggers: a segment per transaction, at least
    with database.atomic():
        bulk_create.create_contacts(people(40, start=30), clock=CLOCK)
    assert search_index_bulk.segments() > 1
    monkeypatch.setattr(search_index_bulk, "MERGE_AFTER", bulk_create.BULK_INDEX_FROM)
    with database.atomic():
        bulk_create.create_contacts(people(bulk_create.BULK_INDEX_FROM, start=70), clock=CLOCK)
    assert search_index_bulk.segments() == 1

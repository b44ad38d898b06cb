"""A bulk insert of many contacts builds the contact and e-mail indexes after the rows (issue 21) and leaves the
schema exactly as it was: same indexes, same SQL, the UNIQUE one still enforced, also when the insert fails."""

from __future__ import annotations

import pytest

from app.core.contacts import bulk_create
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.db import database
from app.models import Contact


def _indexes() -> list[tuple[str, str]]:
    return database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('contact', 'contact_email') "
        "AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def _people(count: int, prefix: str = "p") -> list[tuple[ContactData, str]]:
    return [
        (ContactData(given_name=f"{prefix}{n}", emails=[EmailEntry(f"{prefix}{n}@example.com", "", True)]), "")
        for n in range(count)
    ]


def _dropped_during_insert(monkeypatch) -> list[int]:
    seen: list[int] = []
    real = bulk_create._insert

    def insert(*args, **kwargs):
        seen.append(len(_indexes()))
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk_create, "_insert", insert)
    return seen


def test_many_new_contacts_build_the_indexes_after_the_rows(db, clock, monkeypatch):
    before = _indexes()
    assert any("UNIQUE" in sql for _, sql in before)
    seen = _dropped_during_insert(monkeypatch)
    with database.atomic():
        ids = bulk_create.create_contacts(_people(300), clock=clock)
    assert seen == [0]
    assert _indexes() == before
    assert len(ids) == Contact.select().count() == 300
    plan = " ".join(
        str(row)
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE display_name = ?", ("p7",)
        ).fetchall()
    )
    assert "contact_display_name" in plan or "contact_deleted_at_display_name" in plan


def test_a_duplicate_uid_still_fails_and_leaves_the_indexes(db, clock):
    before = _indexes()
    people = _people(300)
    people[5] = (people[5][0], "same-uid")
    people[250] = (people[250][0], "same-uid")
    with pytest.raises(Exception, match="UNIQUE"), database.atomic():
        bulk_create.create_contacts(people, clock=clock)
    assert _indexes() == before
    assert Contact.select().count() == 0


def test_a_few_new_contacts_beside_many_stored_keep_the_indexes(db, clock, monkeypatch):
    with database.atomic():
        bulk_create.create_contacts(_people(300, "a"), clock=clock)
    seen = _dropped_during_insert(monkeypatch)
    with database.atomic():
        bulk_create.create_contacts(_people(250, "b"), clock=clock)
    assert seen == [len(_indexes())] and seen[0] > 0
    assert Contact.select().count() == 550


def test_outside_a_transaction_nothing_is_dropped(db, clock, monkeypatch):
    seen = _dropped_during_insert(monkeypatch)
    bulk_create.create_contacts(_people(300), clock=clock)
    assert seen == [len(_indexes())] and seen[0] > 0

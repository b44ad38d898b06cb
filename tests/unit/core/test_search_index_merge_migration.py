"""Migration 0150 merges a search index left in many segments into one (issue 21 item 3), with the same answers."""

from __future__ import annotations

import datetime as dt

from app import db as app_db
from app.core.contacts import bulk_create, list_query, search, search_index_bulk
from app.core.contacts.list_query import ContactFilter
from app.db import database
from tests.unit.core.test_search_index_bulk import CLOCK, people

MIGRATION = "0150_merge_search_index"
# it and the migrations after it, which going down to it undoes first and going up applies again
FROM_IT = [name for name in app_db.known_migrations() if name >= MIGRATION]
TEXTS = ["z", "Zoë1", "Müller", "exämple 3", "fair", "example.org", "b.net", "ops zoë2"]


def answers() -> dict[str, tuple]:
    today = dt.date(2026, 3, 16)
    found = {}
    for text in TEXTS:
        listed = list_query.query(ContactFilter(text=text), today=today, head=1000)
        found[text] = (search.search_ids(text), listed.count, list(listed.ids))
    return found


def test_the_migration_merges_an_index_in_many_segments_and_answers_the_same(db):
    runner = app_db.migration_runner()
    assert runner.down(target=MIGRATION) == FROM_IT[::-1]
    database.execute_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES('automerge', 0)")  # FTS5 merges none
    for batch in range(5):  # a segment per transaction, as the per-row triggers leave it
        with database.atomic():
            bulk_create.create_contacts(people(12, start=12 * batch), clock=CLOCK)
    assert search_index_bulk.segments() >= 5
    before = answers()
    assert all(before[text][0] for text in TEXTS)

    assert runner.up() == FROM_IT

    assert search_index_bulk.segments() == 1
    assert answers() == before


def test_the_migration_leaves_an_empty_or_merged_index_as_it_is(db):
    runner = app_db.migration_runner()
    runner.down(target=MIGRATION)
    runner.up()
    assert search_index_bulk.segments() == 0

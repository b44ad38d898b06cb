"""A sync pass loads its items' state as plain rows into peewee models (app.core.sync.engine.loaded_items, issue 21's
follow-up on the no-change sync): the same values as peewee's own loading, the server text read when asked for, and
saving such an item leaves the columns it did not load as they were."""

from __future__ import annotations

import datetime as dt

from app.core.sync import engine
from app.models import SyncCollection, SyncItem


def _items(db):
    when = dt.datetime(2026, 12, 1, 9, 30)
    book = SyncCollection.create(url="https://dav.example/book/", kind="contacts", sync_token="t1")
    other = SyncCollection.create(url="https://dav.example/tasks/", kind="calendar")
    for n, (local_id, etag, deleted) in enumerate([(7, '"e1"', False), (None, None, True), (9, "", False)]):
        SyncItem.create(
            collection=book, kind="contact", local_id=local_id, uid=f"u{n}", href=f"/book/{n}.vcf", etag=etag,
            base=f"BEGIN:VCARD\nUID:u{n}\nEND:VCARD\n", local_stamp="synced" if n else "", local_hash=f"h{n}",
            remote_deleted=deleted, synced_at=when,
        )  # fmt: skip
    SyncItem.create(collection=other, kind="followup", local_id=1, uid="x", href="/tasks/x.ics", base="B")
    return book


def test_the_items_load_with_the_values_peewee_gives_them(db):
    book = _items(db)
    expected = {
        item.href: {k: v for k, v in item.__data__.items() if k not in engine._NOT_LOADED}
        for item in SyncItem.select().where(SyncItem.collection == book)
    }
    got = {item.href: item.__data__ for item in engine.loaded_items(book.id)}
    assert got == expected
    for href, data in got.items():  # same types too: a flag is a bool, not SQLite's 0/1
        assert {k: type(v) for k, v in data.items()} == {k: type(v) for k, v in expected[href].items()}, href
    assert [i.href for i in engine.loaded_items(book.id)] == ["/book/0.vcf", "/book/1.vcf", "/book/2.vcf"]


def test_the_server_text_is_read_when_asked_for_and_a_save_keeps_what_was_not_loaded(db):
    book = _items(db)
    item = next(engine.loaded_items(book.id))
    assert "base" not in item.__data__ and "synced_at" not in item.__data__
    pass_ = engine._Pass(session=None, collection=book, adapters={}, report={}, clock=None)  # type: ignore[arg-type]
    item.etag = '"e2"'
    item.save()
    stored = SyncItem.get_by_id(item.id)
    assert (stored.etag, stored.base, stored.synced_at) == ('"e2"', "BEGIN:VCARD\nUID:u0\nEND:VCARD\n",
                                                           dt.datetime(2026, 12, 1, 9, 30))  # fmt: skip
    assert pass_.base_of(item) == "BEGIN:VCARD\nUID:u0\nEND:VCARD\n"
    assert item.base == stored.base

"""One two-way sync of a collection (an address book or a calendar) — the part every kind of item shares.

Each kind of item (contacts, follow-ups, planned meetings) is an :class:`Adapter`: how to render a local row as the
server's text, read the server's text back into a record (a dict of fields), write a record locally, trash or
restore locally. This module decides what moves, in an order that keeps both sides consistent if the process is
killed at any moment:

1. the server's changes since the stored sync-token (or the whole ETag listing) are read; nothing is written yet;
2. each new or changed server item is fetched and handled: an unknown href whose UID a local row already has is
   *adopted* (never a second copy: a sync killed between a PUT and recording it, or a second data folder, or a
   person imported from a file before); a local row unchanged since the last sync takes the server's version; a
   row changed on both sides is merged field by field against the base (:mod:`app.core.sync.merge`) and the result
   uploaded; the local write and the new sync state go in one transaction;
3. server deletions move the local row to the trash (a row changed here since is uploaded again instead);
4. local changes go up: new rows with If-None-Match (a 412 means it is already there: adopt), changed rows with
   If-Match on the stored ETag (a 412 means it changed there meanwhile: merge), trashed rows are deleted on the
   server (If-Match; changed there meanwhile: the server's version comes back), rows restored from a trash the
   server caused are uploaded again;
5. the sync-token read in step 1 is stored last. A sync that stops earlier leaves the old token, so the next one
   sees the same changes again — and finds each already handled (same ETag) or adopts it.

The server is written before the local state records it; the local write and its state are one transaction.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from peewee import ForeignKeyField, IntegerField, TextField

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.sync.adapter import Adapter, KindReport, Parsed, RenderedTexts, SkipItem, fingerprint, shown
from app.core.sync.dav import DavSession, PreconditionFailed, ServerChanges, href_key, item_name
from app.core.sync.merge import Conflict, merge
from app.db import database
from app.models import SyncCollection, SyncConflict, SyncItem

log = logging.getLogger(__name__)
_WRITE_BATCH = 100
# Left out when a pass loads its items: each one's server text (``base``, read when an item needs it:
# :meth:`_Pass.base_of`) and when it was last synced (only ever written here). A no-change sync of 10,000 contacts
# and 20,000 follow-ups read and parsed all 30,000 of each: 0.27 s of its 0.5 s of own CPU (benchmarks/bench_sync).
_NOT_LOADED = ("base", "synced_at")


def loaded_items(collection_id: int) -> Iterator[SyncItem]:
    """The collection's items as peewee loads them with every column but :data:`_NOT_LOADED`, in row order (the
    table's pages one after another, not the href index's order). Read as plain rows and put into each model's
    ``__data__`` as peewee's own loading does: building 30,000 instances field by field through peewee's
    converters was most of a no-change sync's own time. Text, integer and key columns come from SQLite as Python
    has them; the others (the flag) go through their field's converter (tests/sync/test_sync_state_load.py
    compares with peewee's loading)."""
    meta = SyncItem._meta
    fields = [f for f in meta.sorted_fields if f.name not in _NOT_LOADED]
    names = [f.name for f in fields]
    converted = [
        (f.name, f.python_value) for f in fields if not isinstance(f, (TextField, IntegerField, ForeignKeyField))
    ]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'SELECT {columns} FROM "{meta.table_name}" WHERE "{SyncItem.collection.column_name}" = ? ORDER BY "id"'
    for row in database.execute_sql(sql, (collection_id,)):
        data = dict(zip(names, row, strict=True))
        for name, convert in converted:
            data[name] = convert(data[name])
        item = SyncItem(__no_default__=1)
        item.__data__ = data
        yield item


@dataclass
class _Pass:
    session: DavSession
    collection: SyncCollection
    adapters: dict[str, Adapter]
    report: dict[str, KindReport]
    clock: Clock
    progress: Callable[[str], None] | None = None
    items: dict[str, SyncItem] = field(default_factory=dict)  # href key → item
    by_local: dict[tuple[str, int], SyncItem] = field(default_factory=dict)
    handled: set[tuple[str, int]] = field(default_factory=set)
    stop: Callable[[], bool] | None = None

    # --- state ------------------------------------------------------------------------------------------------
    def load(self) -> None:
        for item in loaded_items(self.collection.id):
            self.items[item.href] = item
            if item.local_id is not None:
                self.by_local[(item.kind, item.local_id)] = item

    def base_of(self, item: SyncItem) -> str:
        """The server's text ``item`` was last synced from ("" when none), read now if :meth:`load` left it out."""
        if "base" not in item.__data__:  # saving such an item leaves the stored text as it is (peewee writes the
            # columns it holds); read it before anything decides on it
            item.__data__["base"] = SyncItem.select(SyncItem.base).where(SyncItem.id == item.id).scalar() or ""
        return item.base

    def _record_state(
        self,
        adapter: Adapter,
        local_id: int,
        uid: str,
        href: str,
        etag: str | None,
        base: str,
        local_text: str | None,
        *,
        remote_deleted: bool = False,
        uploaded: bool = False,
    ) -> None:
        item = self.items.get(href)
        if item is None:
            item = SyncItem(collection=self.collection, kind=adapter.kind, href=href)
        edited_meanwhile = (
            uploaded
            and item.id is not None
            and SyncItem.select(SyncItem.local_stamp).where(SyncItem.id == item.id).scalar() == ""
        )
        item.local_id, item.uid, item.etag, item.base = local_id, uid, etag, base
        item.local_hash = fingerprint(local_text) if local_text is not None else ""
        # an edit here while the upload was in flight (the trigger emptied the stamp) goes up next time
        item.local_stamp = "" if edited_meanwhile else "synced"
        item.remote_deleted = remote_deleted
        item.synced_at = self.clock.now()
        item.save()
        self.items[href] = item
        self.by_local[(adapter.kind, local_id)] = item
        self.handled.add((adapter.kind, local_id))

    def _forget(self, item: SyncItem) -> None:
        SyncItem.delete().where(SyncItem.id == item.id).execute()
        self.items.pop(item.href, None)
        if item.local_id is not None:
            self.by_local.pop((item.kind, item.local_id), None)

    def _conflicts(self, adapter: Adapter, local_id: int, uid: str, name: str, conflicts: list[Conflict]) -> None:
        for conflict in conflicts:
            SyncConflict.create(
                kind=adapter.kind,
                local_id=local_id,
                uid=uid,
                name=name,
                field=conflict.field,
                ours=shown(conflict.ours),
                theirs=shown(conflict.theirs),
                created_at=self.clock.now(),
            )
        self.report[adapter.kind].conflicts += len(conflicts)

    def _say(self, text: str) -> None:
        if self.progress is not None:
            self.progress(text)

    def _stopped(self) -> bool:
        return self.stop is not None and self.stop()

    # --- the pass ---------------------------------------------------------------------------------------------
    def run(self) -> None:
        self.load()
        changes = self.session.changes(self.collection.url, self.collection.sync_token)
        self._say(f"{len(changes.changed)} changed on the server")
        self._server_changes(changes)
        if self._stopped():
            return  # the token stays the old one: the next sync sees these changes again
        self._server_deletions(changes)
        self._after_writes()
        if self._stopped():
            return
        self._local_changes()
        self._after_writes()
        if self._stopped():
            return
        self.collection.sync_token = changes.token
        self.collection.synced_at = self.clock.now()
        self.collection.save()

    def _after_writes(self) -> None:
        """Rows an adapter changed after writing them (a referrer linked): when the row now says what the server
        has, its state says so too; otherwise it stays marked as changed here and goes up."""
        for adapter in self.adapters.values():
            touched = adapter.after_writes()
            if not touched:
                continue
            rendered = adapter.render(touched)
            with database.atomic():
                for local_id in touched:
                    item = self.by_local.get((adapter.kind, local_id))
                    if item is None or local_id not in rendered or not self.base_of(item):
                        continue
                    text = rendered[local_id][1]
                    mine, server = adapter.parse(text), adapter.parse(self.base_of(item))
                    if mine is not None and server is not None and adapter.same(mine.record, server.record):
                        item.local_hash = fingerprint(text)
                        item.local_stamp = "synced"
                        item.save()

    def _server_changes(self, changes: ServerChanges) -> None:
        wanted = [
            href
            for href, etag in changes.changed.items()
            if href not in self.items or etag is None or self.items[href].etag != etag
        ]
        fetched = self.session.fetch(self.collection.url, wanted, self._collection_kind())
        while True:
            # a batch of server items per transaction: each item's row and state still commit together
            batch = list(itertools.islice(fetched, _WRITE_BATCH))
            if not batch:
                return
            with database.atomic():
                for href, etag, text in batch:
                    if self._stopped():
                        return
                    try:
                        with database.atomic():  # a savepoint: an item refused here leaves nothing half-written
                            self._server_item(href, etag, text)
                    except SkipItem as exc:
                        log.info("sync: left %s on the server: %s", href, exc)

    def _collection_kind(self) -> str:
        return "contacts" if "contact" in self.adapters else "calendar"

    def _adapter_for(self, parsed: Parsed) -> Adapter | None:
        return self.adapters.get(parsed.kind)

    def _server_item(self, href: str, etag: str | None, text: str) -> None:
        item = self.items.get(href)
        adapter = self.adapters.get(item.kind) if item is not None else None
        parsed = (adapter or next(iter(self.adapters.values()))).parse(text)
        if parsed is None or parsed.record is None:
            return
        if adapter is None:
            adapter = self._adapter_for(parsed)
            if adapter is None:
                return
        if item is None or item.local_id is None:
            local_id = adapter.find_uid(parsed.uid) if parsed.uid else None
            if local_id is not None and (adapter.kind, local_id) in self.by_local:
                other = self.by_local[(adapter.kind, local_id)]
                if other.href != href:
                    local_id = None  # the same UID twice on the server: keep the second as its own row
            if local_id is None:
                self._download_new(adapter, href, etag, text, parsed)
            else:
                self._adopt(adapter, local_id, href, etag, text, parsed)
            return
        row = adapter.rows([item.local_id]).get(item.local_id)
        if row is None or row.state == "missing":
            # deleted here for good, changed there: the server's version comes back as a new row
            self._forget(item)
            self._download_new(adapter, href, etag, text, parsed)
            return
        base_text = self.base_of(item)
        base = adapter.parse(base_text) if base_text else None
        base_record = base.record if base is not None else None
        if base_record is not None and adapter.same(parsed.record, base_record):
            # only the server's copy of the same content (re-serialised, or our own upload coming back)
            with database.atomic():
                item.etag = etag
                item.save()
            return
        if row.state == "trashed" and not item.remote_deleted:
            # deleted here, changed there: the change wins, the row comes back
            with database.atomic():
                adapter.restore(row.local_id)
                self._write_remote(adapter, row.local_id, href, etag, text, parsed)
            return
        if item.remote_deleted:
            with database.atomic():
                adapter.restore(row.local_id)
                self._write_remote(adapter, row.local_id, href, etag, text, parsed)
            return
        local_text = adapter.render([row.local_id]).get(row.local_id, ("", ""))[1]
        changed_here = item.local_stamp != "synced" and fingerprint(local_text) != item.local_hash
        if not changed_here:
            with database.atomic():
                self._write_remote(adapter, row.local_id, href, etag, text, parsed)
            return
        self._merge(adapter, row.local_id, href, etag, text, parsed, base_record, local_text)

    def _download_new(self, adapter: Adapter, href: str, etag: str | None, text: str, parsed: Parsed) -> None:
        try:
            with database.atomic():
                local_id = adapter.write(None, parsed.uid, parsed.record, self.clock)
                # the local version's fingerprint is left unknown (""): rendering each new row again would double
                # the cost of a first sync, and an unknown fingerprint only means a later edit here is merged
                self._record_state(adapter, local_id, parsed.uid, href, etag, text, None)
        except SkipItem as exc:
            log.info("sync: left %s on the server: %s", href, exc)
            return
        self.report[adapter.kind].downloaded += 1

    def _write_remote(self, adapter: Adapter, local_id: int, href: str, etag: str | None, text: str, parsed: Parsed):
        adapter.write(local_id, parsed.uid, parsed.record, self.clock)
        local_text = adapter.render([local_id]).get(local_id, ("", text))[1]
        self._record_state(adapter, local_id, parsed.uid, href, etag, text, local_text)
        self.report[adapter.kind].downloaded += 1

    def _adopt(self, adapter: Adapter, local_id: int, href: str, etag: str | None, text: str, parsed: Parsed) -> None:
        """The server has an item with the UID of a local row nobody linked yet: link them, merging without base."""
        row = adapter.rows([local_id]).get(local_id)
        if row is not None and row.state == "trashed":
            with database.atomic():
                adapter.restore(local_id)
        local_text = adapter.render([local_id]).get(local_id, ("", ""))[1]
        self._merge(adapter, local_id, href, etag, text, parsed, None, local_text)

    def _merge(
        self,
        adapter: Adapter,
        local_id: int,
        href: str,
        etag: str | None,
        text: str,
        parsed: Parsed,
        base_record: dict[str, Any] | None,
        local_text: str,
    ) -> None:
        local = adapter.parse(local_text)
        ours = local.record if local is not None and local.record is not None else {}
        merged, conflicts = merge(base_record, ours, parsed.record, adapter.list_fields)
        if conflicts:
            merged = adapter.note_conflicts(merged, conflicts, self.clock)
        uid = parsed.uid or (local.uid if local else "")
        with database.atomic():
            if not adapter.same(merged, ours):
                adapter.write(local_id, uid, merged, self.clock)
                self.report[adapter.kind].downloaded += 1
            self._conflicts(adapter, local_id, uid, adapter.display(merged), conflicts)
            new_local = adapter.render([local_id]).get(local_id, ("", text))[1]
            self._record_state(adapter, local_id, uid, href, etag, text, new_local)
        if not adapter.same(merged, parsed.record):
            self._upload_changed(adapter, self.items[href], new_local)

    def _server_deletions(self, changes: ServerChanges) -> None:
        if changes.complete_listing:
            gone = [h for h, item in self.items.items() if h not in changes.changed and not item.remote_deleted]
        else:
            gone = [h for h in changes.deleted if h in self.items and not self.items[h].remote_deleted]
        for href in gone:
            if self._stopped():
                return
            item = self.items[href]
            adapter = self.adapters.get(item.kind)
            if adapter is None:
                continue
            row = adapter.rows([item.local_id]).get(item.local_id) if item.local_id is not None else None
            if row is None or row.state != "live":
                with database.atomic():
                    self._forget(item)  # gone on both sides (e.g. our DELETE went through before a stop)
                continue
            local_text = adapter.render([row.local_id]).get(row.local_id, ("", ""))[1]
            if item.local_stamp != "synced" and fingerprint(local_text) != item.local_hash:
                # changed here, deleted there: the change wins and goes up again
                with database.atomic():
                    self._forget(item)
                continue
            with database.atomic():
                adapter.trash(row.local_id, self.clock)
                item.etag = None
                item.remote_deleted = True
                item.local_stamp = "synced"
                item.save()
            self.handled.add((adapter.kind, row.local_id))
            self.report[adapter.kind].deleted_here += 1

    # --- local changes ----------------------------------------------------------------------------------------
    def _local_changes(self) -> None:
        for adapter in self.adapters.values():
            mine = {i.local_id: i for i in self.items.values() if i.kind == adapter.kind and i.local_id is not None}
            dirty = [lid for lid, item in mine.items() if item.local_stamp != "synced" or item.remote_deleted]
            rows = adapter.rows(list(mine))
            for local_id, item in mine.items():
                gone = rows.get(local_id) is None or rows[local_id].state != "live"
                if gone and not item.remote_deleted and local_id not in dirty:
                    dirty.append(local_id)
            live_dirty = [i for i in dirty if rows.get(i) is not None and rows[i].state == "live"]
            texts = RenderedTexts(adapter, live_dirty)
            for local_id in dirty:
                if self._stopped():
                    return
                if (adapter.kind, local_id) in self.handled:
                    continue
                item = self.by_local.get((adapter.kind, local_id))
                if item is None:
                    continue
                row = rows.get(local_id)
                if row is None or row.state != "live":
                    if not item.remote_deleted:
                        self._delete_there(adapter, item)
                    continue
                if item.remote_deleted:
                    self._upload_new(adapter, local_id, item.href, texts.get(local_id))
                    continue
                text = (texts.get(local_id) or ("", ""))[1]
                if text and fingerprint(text) != item.local_hash:
                    self._upload_changed(adapter, item, text)
                else:
                    with database.atomic():
                        item.local_stamp = "synced"
                        item.save()
            new_ids = [i for i in adapter.candidates(self.collection) if (adapter.kind, i) not in self.by_local]
            texts = RenderedTexts(adapter, new_ids)
            for local_id in new_ids:
                if self._stopped():
                    return
                if (adapter.kind, local_id) in self.by_local:
                    continue
                self._upload_new(adapter, local_id, None, texts.get(local_id))

    def _upload_new(
        self, adapter: Adapter, local_id: int, href: str | None, rendered: tuple[str, str] | None = None
    ) -> None:
        if rendered is None:
            rendered = adapter.render([local_id]).get(local_id)
        if rendered is None:
            return
        uid, text = rendered
        if href is None:
            href = href_key(self.collection.url.rstrip("/") + "/" + item_name(uid, adapter.extension))
        self._mark_uploading(self.items.get(href))
        try:
            etag = self.session.put(href, text, adapter.content_type, create=True)
        except PreconditionFailed:
            # already there (a sync stopped after this PUT, or the same UID uploaded by another folder): adopt it
            for got_href, got_etag, got_text in self.session.fetch(
                self.collection.url, [href], self._collection_kind()
            ):
                parsed = adapter.parse(got_text)
                if parsed is not None and parsed.record is not None and parsed.uid == uid:
                    old = self.items.get(got_href)
                    if old is not None and old.local_id != local_id:
                        with database.atomic():
                            self._forget(old)
                    self._adopt(adapter, local_id, got_href, got_etag, got_text, parsed)
                    return
            # a different item sits at that name: use a fresh one
            fresh = href_key(self.collection.url.rstrip("/") + "/" + item_name("", adapter.extension))
            self._upload_new(adapter, local_id, fresh)
            return
        with database.atomic():
            old = self.by_local.get((adapter.kind, local_id))
            if old is not None and old.href != href:
                self._forget(old)
            self._record_state(adapter, local_id, uid, href, etag, text, text, uploaded=True)
        self.report[adapter.kind].uploaded += 1

    def _mark_uploading(self, item: SyncItem | None) -> None:
        """An edit while the upload is in flight empties this mark (the triggers), so it is not lost."""
        if item is not None and item.id is not None:
            with database.atomic():
                SyncItem.update(local_stamp="uploading").where(SyncItem.id == item.id).execute()

    def _upload_changed(self, adapter: Adapter, item: SyncItem, text: str) -> None:
        self._mark_uploading(item)
        try:
            etag = self.session.put(item.href, text, adapter.content_type, etag=item.etag)
        except PreconditionFailed:
            # changed on the server since we read it: read it again and merge
            fetched = list(self.session.fetch(self.collection.url, [item.href], self._collection_kind()))
            if not fetched:  # deleted there meanwhile: upload as new
                with database.atomic():
                    item.remote_deleted = True
                    item.save()
                self._upload_new(adapter, item.local_id, item.href)
                return
            href, etag, server_text = fetched[0]
            parsed = adapter.parse(server_text)
            if parsed is None or parsed.record is None:
                return
            base_text = self.base_of(item)
            base = adapter.parse(base_text) if base_text else None
            self._merge(adapter, item.local_id, href, etag, server_text, parsed, base.record if base else None, text)
            return
        with database.atomic():
            self._record_state(adapter, item.local_id, item.uid, item.href, etag, text, text, uploaded=True)
        self.report[adapter.kind].uploaded += 1

    def _delete_there(self, adapter: Adapter, item: SyncItem) -> None:
        try:
            self.session.delete(item.href, item.etag)
        except PreconditionFailed:
            # changed there since: the server's version comes back here (restored from the trash)
            fetched = list(self.session.fetch(self.collection.url, [item.href], self._collection_kind()))
            if fetched:
                href, etag, text = fetched[0]
                parsed = adapter.parse(text)
                if parsed is not None and parsed.record is not None:
                    row = adapter.rows([item.local_id]).get(item.local_id)
                    with database.atomic():
                        if row is not None and row.state == "trashed":
                            adapter.restore(item.local_id)
                            self._write_remote(adapter, item.local_id, href, etag, text, parsed)
                        else:
                            self._forget(item)
                            self._download_new(adapter, href, etag, text, parsed)
                    return
        with database.atomic():
            self._forget(item)
        self.report[adapter.kind].deleted_there += 1


def sync_collection(
    session: DavSession,
    url: str,
    kind: str,
    adapters: list[Adapter],
    report: dict[str, KindReport],
    *,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[str], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> None:
    """One pass over one collection with the adapters of the kinds it holds."""
    collection = SyncCollection.get_or_none(SyncCollection.url == url)
    if collection is None:
        collection = SyncCollection.create(url=url, kind=kind)
    for adapter in adapters:
        report.setdefault(adapter.kind, KindReport())
    _Pass(session, collection, {a.kind: a for a in adapters}, report, clock, progress=progress, stop=stop).run()

"""Sync state (issue 20, DESIGN §3 "Sync state"): what Rapport last agreed with a CardDAV/CalDAV server.

- :class:`SyncCollection`: one address book or calendar on the server, with its RFC 6578 sync-token (null when the
  server offers none: then every sync lists the ETags).
- :class:`SyncItem`: one synced thing — a contact (``kind`` "contact"), a follow-up ("followup") or a planned
  meeting ("meeting") — with its href and ETag on the server, ``base`` (the last synced version, the vCard or
  iCalendar text both sides agreed on: the base of three-way merges), ``local_stamp`` (the local row's
  ``updated_at`` then: a cheap "changed here since" test) and ``local_hash`` (a fingerprint of the local version
  then, so that a save that changed nothing uploads nothing). ``remote_deleted`` marks an item the server deleted
  and Rapport moved to its trash: restoring it uploads it again.
- :class:`SyncConflict`: a field both sides changed differently; the local value was kept, the server's went into
  a labelled note, and the pair is listed for review until dismissed.

The password is never stored here (nor in settings or logs): it lives in the system keyring.
"""

from __future__ import annotations

from peewee import BooleanField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, now

SYNC_KINDS = ("contact", "followup", "meeting")
COLLECTION_KINDS = ("contacts", "tasks", "events")


class SyncCollection(BaseModel):
    kind = TextField()
    url = TextField(unique=True)
    sync_token = TextField(null=True)
    synced_at = DateTimeField(null=True)


class SyncItem(BaseModel):
    collection = ForeignKeyField(SyncCollection, on_delete="CASCADE", backref="items")
    kind = TextField()
    local_id = IntegerField(null=True)
    uid = TextField()
    href = TextField()
    etag = TextField(null=True)
    base = TextField(default="")
    local_stamp = TextField(default="")
    local_hash = TextField(default="")
    remote_deleted = BooleanField(default=False)
    synced_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            (("collection", "href"), True),
            (("kind", "local_id"), False),
            (("kind", "uid"), False),
        )


class SyncConflict(BaseModel):
    kind = TextField()
    local_id = IntegerField(null=True)
    uid = TextField()
    name = TextField(default="")
    field = TextField()
    ours = TextField(default="")
    theirs = TextField(default="")
    created_at = DateTimeField(default=now)
    resolved_at = DateTimeField(null=True, index=True)

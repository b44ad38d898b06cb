"""Sync state (issue 20): ``sync_collection`` (an address book or calendar on a CardDAV/CalDAV server and its
sync-token), ``sync_item`` (per synced contact, follow-up or planned meeting: href, ETag, the last synced version and
a fingerprint of the local one) and ``sync_conflict`` (fields both sides changed, listed for review). Frozen copies of
app.models.sync as of this migration: later changes go in a new migration.

Triggers mark a synced item as changed here (``local_stamp`` emptied) whenever its row is written — a contact's own
columns (not the two trigger-maintained ones), its circles, a follow-up — whatever wrote it and whatever the clock
said, so that the next sync looks at exactly those items. Rows nobody synced cost one index probe.
"""

from peewee import *

_CONTACT_COLUMNS = (
    "uid, name_prefix, given_name, middle_name, family_name, name_suffix, nickname, display_name, company_id, "
    "department, title, linkedin_url, photo, how_met, why_connect, notes, stage, invitation_status, invitation_date, "
    "referred_by_id, source, tie, keep_in_touch_days, keep_in_touch_max_days, updated_at, deleted_at"
)
_FOLLOWUP_COLUMNS = "contact_id, title, kind, due, due_time, status, completed_at, recurrence, notes, updated_at"


def _mark(kind: str, row: str) -> str:
    return f"UPDATE sync_item SET local_stamp = '' WHERE kind = '{kind}' AND local_id = {row} AND local_stamp != ''; "


TRIGGERS = {
    "sync_contact_au": f"AFTER UPDATE OF {_CONTACT_COLUMNS} ON contact BEGIN {_mark('contact', 'new.id')}END",
    "sync_contact_circle_ai": f"AFTER INSERT ON contact_circle BEGIN {_mark('contact', 'new.contact_id')}END",
    "sync_contact_circle_ad": f"AFTER DELETE ON contact_circle BEGIN {_mark('contact', 'old.contact_id')}END",
    "sync_follow_up_au": f"AFTER UPDATE OF {_FOLLOWUP_COLUMNS} ON follow_up BEGIN {_mark('followup', 'new.id')}END",
    "sync_interaction_au": (
        "AFTER UPDATE OF contact_id, kind, occurred_at, summary, notes ON interaction BEGIN "
        f"{_mark('meeting', 'new.id')}END"
    ),
}


def up(migrator, db):
    class SyncCollection(Model):
        kind = TextField()
        url = TextField(unique=True)
        sync_token = TextField(null=True)
        synced_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "sync_collection"

    class SyncItem(Model):
        collection = ForeignKeyField(SyncCollection, on_delete="CASCADE")
        kind = TextField()
        local_id = IntegerField(null=True)
        uid = TextField()
        href = TextField()
        etag = TextField(null=True)
        base = TextField(default="")
        local_stamp = TextField(default="")
        local_hash = TextField(default="")
        remote_deleted = BooleanField(default=False)
        synced_at = DateTimeField()

        class Meta:
            database = db
            table_name = "sync_item"
            indexes = (
                (("collection", "href"), True),
                (("kind", "local_id"), False),
                (("kind", "uid"), False),
            )

    class SyncConflict(Model):
        kind = TextField()
        local_id = IntegerField(null=True)
        uid = TextField()
        name = TextField(default="")
        field = TextField()
        ours = TextField(default="")
        theirs = TextField(default="")
        created_at = DateTimeField()
        resolved_at = DateTimeField(null=True, index=True)

        class Meta:
            database = db
            table_name = "sync_conflict"

    db.create_tables([SyncCollection, SyncItem, SyncConflict])
    for name, body in TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body}")


def down(migrator, db):
    for name in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("sync_conflict", "sync_item", "sync_collection"):
        migrator.migrate(migrator.drop_table(table))

"""Index follow-ups by (contact, status, due) and by (status, completed_at).

The triggers of 0001 keep ``contact.next_followup_due`` as ``min(due)`` of a contact's open follow-ups. Without this
index SQLite answers that sub-query through the (status, due) index and walks every open follow-up until it meets
the contact, so inserting many follow-ups became quadratic (25 000 rule follow-ups over 50 000 contacts took four
minutes). With it the lookup is a single index probe, and the rule engine's per-contact queries use it too.
(status, completed_at) answers "done this week" on Today without reading every done follow-up.
"""


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "followup_contact_id_status_due" ON "follow_up" ("contact_id", "status", "due")'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "followup_status_completed_at" ON "follow_up" ("status", "completed_at")'
    )


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "followup_status_completed_at"')
    db.execute_sql('DROP INDEX IF EXISTS "followup_contact_id_status_due"')

"""A covering index for Today's counts and the status bar's (issue 21 item 2).

``follow_up (status, due, contact_id)``: this week's counts (:func:`app.core.followups.service.week_counts`) and the
sizes of Today's groups (:func:`app.core.followups.agenda_window.counts`) count the open follow-ups up to a day and
join each to its contact (a trashed contact's follow-ups are not counted). Through ``(status, due)`` every overdue
follow-up's row was read for its ``contact_id`` (3,000+ rows at 50k contacts, the first queries of a cold
connection, before the first paint); from this index alone they are not. Declared in the model's Meta
(app.models.followup) with the name peewee gives it.
"""

INDEXES = {
    "followup_status_due_contact_id": ("follow_up", '"status", "due", "contact_id"'),
}


def up(migrator, db):
    for name, (table, columns) in INDEXES.items():
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')


def down(migrator, db):
    for name in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')

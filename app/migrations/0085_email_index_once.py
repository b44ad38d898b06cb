"""E-mails reach the search index once per contact, not once per address (issue 19).

The ``contact_email_fts_*`` triggers of migration 0001 rebuilt a contact's whole joined e-mail list, and FTS5
re-tokenised the whole row, on every e-mail written: a card with 8,000 EMAIL lines took minutes while holding the
write lock (quadratic). Now a writer that stores many addresses for a contact first *holds* the contact:

- ``contact_fts_hold (contact_id)``: contacts whose e-mails are being written; the e-mail triggers skip them;
- releasing a hold (deleting its row) refreshes that contact's ``emails`` in the index once
  (trigger ``contact_fts_hold_ad``).

A hold lives only inside the writer's transaction (see :mod:`app.core.contacts.email_index`), so other connections never see
one and a crash rolls it back with the writes. Everything that does not hold — the GUI's single edits, raw SQL —
keeps the per-row triggers and stays correct. An e-mail deleted together with its contact (ON DELETE CASCADE) no
longer rewrites the index row of a contact that is gone.

Frozen: later changes go in a new migration.
"""

_EMAILS_OF = "coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')"
_NOT_HELD = "NOT EXISTS (SELECT 1 FROM contact_fts_hold WHERE contact_id = {id})"
_STILL_THERE = "EXISTS (SELECT 1 FROM contact WHERE id = {id})"

TRIGGERS = ("contact_email_fts_ai", "contact_email_fts_au", "contact_email_fts_ad")


def _drop(db) -> None:
    for name in (*TRIGGERS, "contact_fts_hold_ad"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def up(migrator, db):
    db.execute_sql("CREATE TABLE IF NOT EXISTS contact_fts_hold (contact_id INTEGER NOT NULL PRIMARY KEY)")
    _drop(db)
    new, old = "new.contact_id", "old.contact_id"
    db.execute_sql(
        f"CREATE TRIGGER contact_email_fts_ai AFTER INSERT ON contact_email WHEN {_NOT_HELD.format(id=new)} BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=new)} WHERE rowid = {new}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_email_fts_au AFTER UPDATE OF value, contact_id ON contact_email BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=old)} "
        f"WHERE rowid = {old} AND {_NOT_HELD.format(id=old)}; "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=new)} "
        f"WHERE rowid = {new} AND {_NOT_HELD.format(id=new)}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_email_fts_ad AFTER DELETE ON contact_email "
        f"WHEN {_NOT_HELD.format(id=old)} AND {_STILL_THERE.format(id=old)} BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=old)} WHERE rowid = {old}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_fts_hold_ad AFTER DELETE ON contact_fts_hold BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=old)} WHERE rowid = {old}; END"
    )


def down(migrator, db):
    _drop(db)
    db.execute_sql("DROP TABLE IF EXISTS contact_fts_hold")
    new, old = "new.contact_id", "old.contact_id"
    # As migration 0001 made them.
    db.execute_sql(
        "CREATE TRIGGER contact_email_fts_ai AFTER INSERT ON contact_email BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=new)} WHERE rowid = {new}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_email_fts_au AFTER UPDATE OF value, contact_id ON contact_email BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=old)} WHERE rowid = {old}; "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=new)} WHERE rowid = {new}; END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_email_fts_ad AFTER DELETE ON contact_email BEGIN "
        f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id=old)} WHERE rowid = {old}; END"
    )

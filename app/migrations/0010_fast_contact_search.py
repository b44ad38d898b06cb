"""Search-as-you-type over 50 000 contacts (DESIGN §8): a one-letter prefix index, live contacts only, and a
covering index for the contact list's default order.

- ``contact_fts`` is rebuilt with ``prefix = '1 2 3'``: the first keystroke ("c") becomes one index lookup instead
  of merging every term that starts with "c".
- Trashed contacts leave the index (and come back on restore), so the number of matches is the FTS count itself —
  no join with ``contact`` to drop the trash. Searching the trash uses a plain LIKE scan (the trash is small).
- ``contact (deleted_at, display_name)``: "live contacts by name" walks one index in order, without reading rows.

Frozen: later changes go in a new migration.
"""

_FTS_ROW = """
    {id},
    {c}.given_name || ' ' || {c}.family_name || ' ' || {c}.display_name,
    coalesce((SELECT name FROM company WHERE id = {c}.company_id), ''),
    {c}.title,
    {c}.notes || ' ' || {c}.how_met || ' ' || {c}.why_connect,
    coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')
"""


def _create_index_table(db, prefix: str, where: str) -> None:
    db.execute_sql("DROP TABLE IF EXISTS contact_fts")
    db.execute_sql(
        "CREATE VIRTUAL TABLE contact_fts USING fts5("
        f"name, company, title, notes, emails, tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')"
    )
    db.execute_sql(
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) SELECT "
        + _FTS_ROW.format(id="c.id", c="c")
        + f" FROM contact AS c {where}"
    )


def up(migrator, db):
    _create_index_table(db, "1 2 3", "WHERE c.deleted_at IS NULL")
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_ai")
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_au")
    db.execute_sql(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact WHEN new.deleted_at IS NULL BEGIN "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
        + _FTS_ROW.format(id="new.id", c="new")
        + "); END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF given_name, family_name, display_name, company_id, title, "
        "notes, how_met, why_connect, deleted_at ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.id; "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) SELECT "
        + _FTS_ROW.format(id="new.id", c="new")
        + " WHERE new.deleted_at IS NULL; END"
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "contact_deleted_at_display_name" ON "contact" ("deleted_at", "display_name")'
    )


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "contact_deleted_at_display_name"')
    _create_index_table(db, "2 3", "")
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_ai")
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_au")
    db.execute_sql(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
        + _FTS_ROW.format(id="new.id", c="new")
        + "); END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF given_name, family_name, display_name, company_id, title, "
        "notes, how_met, why_connect ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.id; "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
        + _FTS_ROW.format(id="new.id", c="new")
        + "); END"
    )

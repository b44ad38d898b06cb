"""Contact fidelity (issue 15): every value an address book brings in has a place.

- ``contact``: name parts (``name_prefix``, ``middle_name``, ``name_suffix``), ``nickname`` and ``department``
  (added with ``ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT ''``: no table rebuild, the triggers stay).
- New tables (frozen copies of app.models.contact as of this migration): ``contact_date`` (birthday, anniversary,
  labelled days; the year optional), ``contact_website``, ``contact_handle`` (IM addresses and social profiles),
  ``contact_vcard_property`` (vCard properties Rapport does not map, kept verbatim) and ``contact_source_uid``
  (UIDs other programs gave a person: the strong identifier imports and sync match by).
- The search index's name column also holds the middle name and the nickname.

Frozen: later changes go in a new migration.
"""

from peewee import *

COLUMNS = ("name_prefix", "middle_name", "name_suffix", "nickname", "department")

_FTS_ROW = """
    {id},
    {c}.given_name || ' ' || {c}.middle_name || ' ' || {c}.family_name || ' ' || {c}.display_name || ' ' ||
        {c}.nickname,
    coalesce((SELECT name FROM company WHERE id = {c}.company_id), ''),
    {c}.title,
    {c}.notes || ' ' || {c}.how_met || ' ' || {c}.why_connect,
    coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')
"""

# As migration 0010 left them (the down migration puts them back).
_OLD_FTS_ROW = """
    {id},
    {c}.given_name || ' ' || {c}.family_name || ' ' || {c}.display_name,
    coalesce((SELECT name FROM company WHERE id = {c}.company_id), ''),
    {c}.title,
    {c}.notes || ' ' || {c}.how_met || ' ' || {c}.why_connect,
    coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')
"""


def _triggers(db, row: str, extra_columns: str) -> None:
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_ai")
    db.execute_sql("DROP TRIGGER IF EXISTS contact_fts_au")
    db.execute_sql(
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact WHEN new.deleted_at IS NULL BEGIN "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
        + row.format(id="new.id", c="new")
        + "); END"
    )
    db.execute_sql(
        "CREATE TRIGGER contact_fts_au AFTER UPDATE OF given_name, family_name, display_name, company_id, title, "
        f"notes, how_met, why_connect, deleted_at{extra_columns} ON contact BEGIN "
        "DELETE FROM contact_fts WHERE rowid = old.id; "
        "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) SELECT "
        + row.format(id="new.id", c="new")
        + " WHERE new.deleted_at IS NULL; END"
    )


def up(migrator, db):
    for column in COLUMNS:
        db.execute_sql(f'ALTER TABLE "contact" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')

    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class ContactDate(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        kind = TextField(default="birthday")
        label = TextField(default="")
        year = IntegerField(null=True)
        month = IntegerField()
        day = IntegerField()
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_date"
            indexes = ((("kind", "month", "day"), False),)

    class ContactWebsite(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        value = TextField()
        label = TextField(default="")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_website"

    class ContactHandle(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        kind = TextField(default="im")
        service = TextField(default="")
        value = TextField()
        label = TextField(default="")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_handle"

    class ContactVcardProperty(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        line = TextField()
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_vcard_property"

    class ContactSourceUid(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        uid = TextField(unique=True)

        class Meta:
            database = db
            table_name = "contact_source_uid"

    db.create_tables([ContactDate, ContactWebsite, ContactHandle, ContactVcardProperty, ContactSourceUid])
    _triggers(db, _FTS_ROW, ", middle_name, nickname")


def down(migrator, db):
    _triggers(db, _OLD_FTS_ROW, "")
    for table in (
        "contact_source_uid",
        "contact_vcard_property",
        "contact_handle",
        "contact_website",
        "contact_date",
    ):
        migrator.migrate(migrator.drop_table(table))
    for column in COLUMNS:
        db.execute_sql(f'ALTER TABLE "contact" DROP COLUMN "{column}"')

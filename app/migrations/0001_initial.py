"""Initial schema: every table of DESIGN §3, the FTS5 contact index and the triggers that keep it and the
contact list's derived columns in sync.

Generated from the models with `python -m playhouse.migrations DB initial app.models:ALL_MODELS`, then frozen:
the model classes below are deliberately independent copies, so later edits to app/models never change what this
migration does. Column defaults that are Python callables (timestamps, UUIDs) live in the application models.
"""

from peewee import *


def up(migrator, db):
    class Circle(Model):
        name = TextField(unique=True, collation="NOCASE")
        colour = TextField(default="#4e79a7")
        position = IntegerField(default=0)
        keep_in_touch_days = IntegerField(null=True)
        keep_in_touch_max_days = IntegerField(null=True)
        prompt = TextField(default="")

        class Meta:
            database = db
            table_name = "circle"

    db.create_tables([Circle])

    class Company(Model):
        name = TextField(unique=True, collation="NOCASE")
        is_target = BooleanField(index=True, default=False)
        website = TextField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "company"

    db.create_tables([Company])

    class Contact(Model):
        uid = TextField(unique=True)
        given_name = TextField(default="")
        family_name = TextField(default="")
        display_name = TextField(index=True, default="", collation="NOCASE")
        company = ForeignKeyField(Company, null=True, on_delete="SET NULL")
        title = TextField(default="")
        linkedin_url = TextField(index=True, default="")
        photo = BlobField(null=True)
        how_met = TextField(default="")
        why_connect = TextField(default="")
        notes = TextField(default="")
        stage = TextField(index=True, default="prospect")
        invitation_status = TextField(index=True, default="none")
        invitation_date = DateField(null=True)
        referred_by = ForeignKeyField("self", null=True, on_delete="SET NULL")
        source = TextField(default="manual")
        tie = TextField(default="acquaintance")
        keep_in_touch_days = IntegerField(null=True)
        keep_in_touch_max_days = IntegerField(null=True)
        last_interaction_at = DateTimeField(index=True, null=True)
        next_followup_due = DateField(index=True, null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        deleted_at = DateTimeField(index=True, null=True)

        class Meta:
            database = db
            table_name = "contact"

    db.create_tables([Contact])

    class ContactAddress(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        label = TextField(default="")
        street = TextField(default="")
        locality = TextField(default="")
        region = TextField(default="")
        postal_code = TextField(default="")
        country = TextField(default="")
        is_primary = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "contact_address"

    db.create_tables([ContactAddress])

    class ContactCircle(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        circle = ForeignKeyField(Circle, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "contact_circle"
            indexes = ((("contact", "circle"), True),)

    db.create_tables([ContactCircle])

    class ContactEmail(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        value = TextField(index=True, collation="NOCASE")
        label = TextField(default="")
        is_primary = BooleanField(default=False)
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_email"

    db.create_tables([ContactEmail])

    class ContactPhone(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        value = TextField()
        e164 = TextField(index=True, default="")
        label = TextField(default="")
        is_primary = BooleanField(default=False)
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_phone"

    db.create_tables([ContactPhone])

    class Interaction(Model):
        uid = TextField(unique=True)
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        kind = TextField(index=True)
        occurred_at = DateTimeField(index=True)
        summary = TextField(default="")
        notes = TextField(default="")
        other_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "interaction"
            indexes = ((("contact", "occurred_at"), False),)

    db.create_tables([Interaction])

    class FollowUp(Model):
        uid = TextField(unique=True)
        contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
        title = TextField()
        kind = TextField(index=True, default="custom")
        due = DateField(index=True)
        due_time = TimeField(null=True)
        original_due = DateField(null=True)
        status = TextField(index=True, default="open")
        snoozed_until = DateField(null=True)
        completed_at = DateTimeField(null=True)
        rule = TextField(null=True)
        rule_key = TextField(unique=True, null=True)
        source_interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
        recurrence = TextField(null=True)
        notes = TextField(default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "follow_up"
            indexes = ((("status", "due"), False),)

    db.create_tables([FollowUp])

    class LedgerEntry(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        direction = TextField(index=True)
        what = TextField()
        occurred_at = DateTimeField()
        done = BooleanField(default=False)
        interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "ledger_entry"

    db.create_tables([LedgerEntry])

    class Pitch(Model):
        title = TextField()
        audience = TextField(default="")
        body = TextField(default="")
        target_seconds = IntegerField(default=30)
        wpm = IntegerField(default=150)
        green_at = FloatField(null=True)
        yellow_at = FloatField(null=True)
        position = IntegerField(default=0)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "pitch"

    db.create_tables([Pitch])

    class PitchContact(Model):
        pitch = ForeignKeyField(Pitch, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "pitch_contact"
            indexes = ((("pitch", "contact"), True),)

    db.create_tables([PitchContact])

    class PitchRevision(Model):
        pitch = ForeignKeyField(Pitch, on_delete="CASCADE")
        body = TextField()
        saved_at = DateTimeField(index=True)

        class Meta:
            database = db
            table_name = "pitch_revision"

    db.create_tables([PitchRevision])

    class Profile(Model):
        name = TextField(default="")
        headline = TextField(default="")
        target_role = TextField(default="")
        email = TextField(default="")
        phone = TextField(default="")
        linkedin_url = TextField(default="")
        website = TextField(default="")
        city = TextField(default="")
        photo = BlobField(null=True)
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "profile"

    db.create_tables([Profile])

    class Rehearsal(Model):
        pitch = ForeignKeyField(Pitch, on_delete="CASCADE")
        started_at = DateTimeField(index=True)
        duration_ms = IntegerField()
        words = IntegerField()
        wpm = FloatField()
        self_rating = IntegerField(null=True)
        notes = TextField(default="")
        audio_path = TextField(null=True)

        class Meta:
            database = db
            table_name = "rehearsal"

    db.create_tables([Rehearsal])

    class Setting(Model):
        key = TextField(primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([Setting])

    class Template(Model):
        name = TextField()
        kind = TextField(index=True)
        subject = TextField(default="")
        body = TextField()
        builtin = BooleanField(default=False)
        position = IntegerField(default=0)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "template"

    db.create_tables([Template])

    for statement in SEARCH_AND_DERIVED_COLUMNS_SQL:
        db.execute_sql(statement)


def down(migrator, db):
    for trigger in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute_sql("DROP TABLE IF EXISTS contact_fts")
    migrator.migrate(migrator.drop_table("template"))
    migrator.migrate(migrator.drop_table("setting"))
    migrator.migrate(migrator.drop_table("rehearsal"))
    migrator.migrate(migrator.drop_table("profile"))
    migrator.migrate(migrator.drop_table("pitch_revision"))
    migrator.migrate(migrator.drop_table("pitch_contact"))
    migrator.migrate(migrator.drop_table("pitch"))
    migrator.migrate(migrator.drop_table("ledger_entry"))
    migrator.migrate(migrator.drop_table("follow_up"))
    migrator.migrate(migrator.drop_table("interaction"))
    migrator.migrate(migrator.drop_table("contact_phone"))
    migrator.migrate(migrator.drop_table("contact_email"))
    migrator.migrate(migrator.drop_table("contact_circle"))
    migrator.migrate(migrator.drop_table("contact_address"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("company"))
    migrator.migrate(migrator.drop_table("circle"))


# --- FTS5 index over contacts, kept in sync by triggers (same transaction as the write) ----------------------------
_FTS_ROW = """
    {id},
    {c}.given_name || ' ' || {c}.family_name || ' ' || {c}.display_name,
    coalesce((SELECT name FROM company WHERE id = {c}.company_id), ''),
    {c}.title,
    {c}.notes || ' ' || {c}.how_met || ' ' || {c}.why_connect,
    coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')
"""
_EMAILS_OF = "coalesce((SELECT group_concat(value, ' ') FROM contact_email WHERE contact_id = {id}), '')"
_LAST_INTERACTION = (
    "UPDATE contact SET last_interaction_at = "
    "(SELECT max(occurred_at) FROM interaction WHERE contact_id = {id}) WHERE id = {id};"
)
_NEXT_FOLLOWUP = (
    "UPDATE contact SET next_followup_due = "
    "(SELECT min(due) FROM follow_up WHERE contact_id = {id} AND status = 'open') WHERE id = {id};"
)

TRIGGERS = [
    "contact_fts_ai",
    "contact_fts_au",
    "contact_fts_ad",
    "contact_email_fts_ai",
    "contact_email_fts_au",
    "contact_email_fts_ad",
    "company_fts_au",
    "interaction_last_ai",
    "interaction_last_au",
    "interaction_last_ad",
    "follow_up_next_ai",
    "follow_up_next_au",
    "follow_up_next_ad",
]

SEARCH_AND_DERIVED_COLUMNS_SQL = [
    "CREATE VIRTUAL TABLE contact_fts USING fts5("
    "name, company, title, notes, emails, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
    "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
    + _FTS_ROW.format(id="new.id", c="new")
    + "); END",
    "CREATE TRIGGER contact_fts_au AFTER UPDATE OF given_name, family_name, display_name, company_id, title, "
    "notes, how_met, why_connect ON contact BEGIN "
    "DELETE FROM contact_fts WHERE rowid = old.id; "
    "INSERT INTO contact_fts(rowid, name, company, title, notes, emails) VALUES ("
    + _FTS_ROW.format(id="new.id", c="new")
    + "); END",
    "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN DELETE FROM contact_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER contact_email_fts_ai AFTER INSERT ON contact_email BEGIN "
    f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id='new.contact_id')} WHERE rowid = new.contact_id; END",
    "CREATE TRIGGER contact_email_fts_au AFTER UPDATE OF value, contact_id ON contact_email BEGIN "
    f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id='old.contact_id')} WHERE rowid = old.contact_id; "
    f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id='new.contact_id')} WHERE rowid = new.contact_id; END",
    "CREATE TRIGGER contact_email_fts_ad AFTER DELETE ON contact_email BEGIN "
    f"UPDATE contact_fts SET emails = {_EMAILS_OF.format(id='old.contact_id')} WHERE rowid = old.contact_id; END",
    "CREATE TRIGGER company_fts_au AFTER UPDATE OF name ON company BEGIN "
    "UPDATE contact_fts SET company = new.name WHERE rowid IN (SELECT id FROM contact WHERE company_id = new.id); "
    "END",
    # Derived columns of the contact list: last interaction and next open follow-up.
    f"CREATE TRIGGER interaction_last_ai AFTER INSERT ON interaction BEGIN "
    f"{_LAST_INTERACTION.format(id='new.contact_id')} END",
    f"CREATE TRIGGER interaction_last_au AFTER UPDATE OF occurred_at, contact_id ON interaction BEGIN "
    f"{_LAST_INTERACTION.format(id='old.contact_id')} {_LAST_INTERACTION.format(id='new.contact_id')} END",
    f"CREATE TRIGGER interaction_last_ad AFTER DELETE ON interaction BEGIN "
    f"{_LAST_INTERACTION.format(id='old.contact_id')} END",
    f"CREATE TRIGGER follow_up_next_ai AFTER INSERT ON follow_up WHEN new.contact_id IS NOT NULL BEGIN "
    f"{_NEXT_FOLLOWUP.format(id='new.contact_id')} END",
    f"CREATE TRIGGER follow_up_next_au AFTER UPDATE OF due, status, contact_id ON follow_up BEGIN "
    f"{_NEXT_FOLLOWUP.format(id='old.contact_id')} {_NEXT_FOLLOWUP.format(id='new.contact_id')} END",
    f"CREATE TRIGGER follow_up_next_ad AFTER DELETE ON follow_up WHEN old.contact_id IS NOT NULL BEGIN "
    f"{_NEXT_FOLLOWUP.format(id='old.contact_id')} END",
]

"""Job applications (issue 22): opportunities, the people each involves, their stage history, interviews, and the
documents sent (résumé and cover-letter versions kept as files in the data folder).

New tables only (frozen copies of app.models.opportunity as of this migration): ``opportunity``, ``interview``,
``opportunity_contact``, ``opportunity_stage``, ``document``, ``document_version``, ``document_sent``. The
follow-ups the opportunity rules make are ordinary ``follow_up`` rows (new values of its ``kind``, which has no CHECK),
so nothing else changes. Independent of the migrations numbered before it except 0001 (company, contact).

Frozen: later changes go in a new migration.
"""

from peewee import *

TABLES = (
    "document_sent",
    "document_version",
    "document",
    "opportunity_stage",
    "opportunity_contact",
    "interview",
    "opportunity",
)


def up(migrator, db):
    class Company(Model):
        class Meta:
            database = db
            table_name = "company"

    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class Opportunity(Model):
        uid = TextField(unique=True)
        company = ForeignKeyField(Company, on_delete="RESTRICT", index=True)
        role = TextField()
        posting_url = TextField(default="")
        location = TextField(default="")
        source = TextField(default="cold", index=True)
        stage = TextField(default="interested")
        stage_since = DateField()
        salary_notes = TextField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "opportunity"
            indexes = ((("stage", "stage_since"), False),)

    class Interview(Model):
        uid = TextField(unique=True)
        opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE")
        round = IntegerField(default=1)
        starts_at = DateTimeField()
        duration_minutes = IntegerField(default=60)
        format = TextField(default="video")
        location = TextField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "interview"
            indexes = ((("opportunity", "starts_at"), False), (("starts_at",), False))

    class OpportunityContact(Model):
        opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        role = TextField(default="contact")
        interview = ForeignKeyField(Interview, null=True, on_delete="SET NULL", index=True)
        note = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "opportunity_contact"
            indexes = ((("opportunity", "role"), False),)

    class OpportunityStage(Model):
        opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE")
        stage = TextField()
        day = DateField()
        note = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "opportunity_stage"
            indexes = ((("opportunity", "day"), False), (("stage", "opportunity"), False))

    class Document(Model):
        uid = TextField(unique=True)
        kind = TextField(default="resume")
        name = TextField()
        notes = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "document"

    class DocumentVersion(Model):
        document = ForeignKeyField(Document, on_delete="CASCADE")
        version = IntegerField()
        file_name = TextField()
        original_name = TextField(default="")
        size = IntegerField(default=0)
        sha256 = TextField(default="")
        note = TextField(default="")
        added_at = DateTimeField()

        class Meta:
            database = db
            table_name = "document_version"
            indexes = ((("document", "version"), True),)

    class DocumentSent(Model):
        version = ForeignKeyField(DocumentVersion, on_delete="CASCADE")
        opportunity = ForeignKeyField(Opportunity, null=True, on_delete="CASCADE", index=True)
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", index=True)
        sent_on = DateField()
        note = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "document_sent"

    db.create_tables(
        [Opportunity, Interview, OpportunityContact, OpportunityStage, Document, DocumentVersion, DocumentSent]
    )


def down(migrator, db):
    for table in TABLES:
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')

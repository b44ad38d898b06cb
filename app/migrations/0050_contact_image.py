"""Images kept with a contact that are not their portrait (the scanned business card): table ``contact_image``.

Frozen copy of app.models.contact_image.ContactImage as of this migration.
"""

from peewee import *


def up(migrator, db):
    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class ContactImage(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", index=True)
        kind = TextField(default="card_front")
        mime = TextField(default="image/jpeg")
        data = BlobField()
        width = IntegerField(default=0)
        height = IntegerField(default=0)
        original_name = TextField(default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "contact_image"

    db.create_tables([ContactImage])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("contact_image"))

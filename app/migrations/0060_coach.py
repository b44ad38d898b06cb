"""The networking coach (issue 10): research notes per contact, and the introduction scripts.

- Table ``contact_research`` (frozen copy of app.models.research.ContactResearch as of this migration).
- A built-in "ask first" template (kind ``intro_ask``): the first step of a double-opt-in introduction, sent to each
  person separately before the introduction itself.
- The built-in introduction template gets a fuller text using ``{why_meet}``, unless the user already edited it.
"""

import datetime

from peewee import *

OLD_INTRODUCTION_BODY = """Hi {first_name} and {other_name},

I think you two should know each other. {first_name}, … {other_name}, … I'll let you take it from here.

{my_name}"""

# (name, kind, subject, body): the texts Rapport ships (app.core.coach.templates.builtin_default reads them from here).
TEMPLATES = [
    (
        "Ask before introducing (double opt-in)",
        "intro_ask",
        "Would you like to meet {other_name}?",
        """Hi {first_name},

I've been thinking you would enjoy meeting {other_name}. {why_meet}

Would you be open to an introduction? If you are, I'll send a short email to you both. If the timing isn't \
right, no problem at all — just say so.

{my_name}""",
    ),
    (
        "Introduce two people",
        "introduction",
        "Introduction: {first_name}, meet {other_name}",
        """Hi {first_name} and {other_name},

As promised, here is the introduction — you both said you'd be glad to meet. {why_meet}

I'll let you take it from here; I'd love to hear how it goes.

{my_name}""",
    ),
]


def up(migrator, db):
    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class ContactResearch(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE", unique=True)
        notes = TextField(default="")
        questions = TextField(default="")
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "contact_research"

    db.create_tables([ContactResearch])

    created = datetime.datetime.now().replace(microsecond=0)
    name, kind, subject, body = TEMPLATES[0]
    position = db.execute_sql("SELECT COALESCE(MAX(position), 0) FROM template").fetchone()[0]
    intro_position = db.execute_sql(
        "SELECT position FROM template WHERE kind = 'introduction' AND builtin = 1 ORDER BY id LIMIT 1"
    ).fetchone()
    db.execute_sql(
        "INSERT INTO template (name, kind, subject, body, builtin, position, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        (name, kind, subject, body, (intro_position[0] if intro_position else position + 1), created, created),
    )
    _name, _kind, subject, body = TEMPLATES[1]
    db.execute_sql(
        "UPDATE template SET body = ?, updated_at = ? WHERE kind = 'introduction' AND builtin = 1 AND body = ?",
        (body, created, OLD_INTRODUCTION_BODY),
    )


def down(migrator, db):
    db.execute_sql("DELETE FROM template WHERE kind = 'intro_ask' AND builtin = 1")
    db.execute_sql(
        "UPDATE template SET body = ? WHERE kind = 'introduction' AND builtin = 1 AND body = ?",
        (OLD_INTRODUCTION_BODY, TEMPLATES[1][3]),
    )
    migrator.migrate(migrator.drop_table("contact_research"))

"""Covering indexes for the daily rules pass and the Insights panels at 200 000 contacts (issue 21 items 5, 6).

- ``follow_up (rule, status, contact_id, completed_at)``: the rules pass's set-based queries
  (:mod:`app.core.followups.rules_pass`) count each contact's open follow-ups of a rule and read the day its last
  one was closed from the index alone; before, they went through the status index and read every open row.
- ``contact (referred_by_id, deleted_at, company_id, tie)``: the referrals (who opens doors, circles, ties, the
  trail's depth) read the referred contacts from the index, not their rows.
- ``contact (deleted_at, tie, last_interaction_at)``: strong and weak ties counted from the index (was a scan of
  the contact table).
- ``interaction (kind, occurred_at, contact_id)``: the conversations per circle from the index.
Declared in the models' Meta (app.models.followup, contact, interaction) with the names peewee gives them.
"""

INDEXES = {
    "followup_rule_status_contact_id_completed_at": ("follow_up", '"rule", "status", "contact_id", "completed_at"'),
    "contact_referred_by_id_deleted_at_company_id_tie": (
        "contact",
        '"referred_by_id", "deleted_at", "company_id", "tie"',
    ),
    "contact_deleted_at_tie_last_interaction_at": ("contact", '"deleted_at", "tie", "last_interaction_at"'),
    "interaction_kind_occurred_at_contact_id": ("interaction", '"kind", "occurred_at", "contact_id"'),
}


def up(migrator, db):
    for name, (table, columns) in INDEXES.items():
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')


def down(migrator, db):
    for name in INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')

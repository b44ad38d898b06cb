"""Strong and weak ties: each referral's referrer read from a narrow index instead of its table row (issue 21 item
6, nothing worse than linear).

- ``contact (id, tie, deleted_at)``: the ties panel counts the referrals by their referrer's tie, one referrer
  lookup per referred contact. Through the table (its rows are wide) those lookups touched a new page nearly every
  time once the network outgrew the CPU's caches: 0.54 / 6.2 / 28.1 ms at 10k / 50k / 200k contacts, 6× per 4×
  data from 10k to 50k. From this index (a few bytes an entry): 0.55 / 3.2 / 16.2 ms.
- ``contact (referred_by_id)`` is dropped: every search by referrer is served by 0130's
  ``contact (referred_by_id, deleted_at, company_id, tie)``, whose first column it is (the foreign key's ON DELETE
  SET NULL included), so the table keeps its number of indexes — what a bulk import builds after its rows.
Declared in the model's Meta (app.models.contact) with the name peewee gives it.
"""


def up(migrator, db):
    db.execute_sql('CREATE INDEX IF NOT EXISTS "contact_id_tie_deleted_at" ON "contact" ("id", "tie", "deleted_at")')
    db.execute_sql('DROP INDEX IF EXISTS "contact_referred_by_id"')


def down(migrator, db):
    db.execute_sql('CREATE INDEX IF NOT EXISTS "contact_referred_by_id" ON "contact" ("referred_by_id")')
    db.execute_sql('DROP INDEX IF EXISTS "contact_id_tie_deleted_at"')

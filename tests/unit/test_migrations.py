"""The schema exists only through the migration runner, and it matches what the models declare."""

from peewee import SqliteDatabase
from playhouse.schema_diff import diff_models

from app import db as app_db
from app.models import ALL_MODELS, Circle, Template


def _migrated(tmp_path) -> SqliteDatabase:
    database = SqliteDatabase(str(tmp_path / "fresh.sqlite3"), pragmas={"foreign_keys": 1})
    app_db.migration_runner(database).up()
    return database


def test_all_migrations_on_an_empty_database_give_the_models_schema(tmp_path):
    database = _migrated(tmp_path)
    diff = diff_models(database, ALL_MODELS)
    assert not diff, f"schema drift between migrations and models:\n{diff}"


def test_nocase_columns_keep_their_collation(tmp_path):
    database = _migrated(tmp_path)
    sql = dict(database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
    assert '"name" TEXT NOT NULL COLLATE NOCASE' in sql["company"]
    assert '"display_name" TEXT NOT NULL COLLATE NOCASE' in sql["contact"]
    assert '"value" TEXT NOT NULL COLLATE NOCASE' in sql["contact_email"]


def test_every_model_table_and_the_search_index_exist(tmp_path):
    database = _migrated(tmp_path)
    tables = set(database.get_tables())
    for model in ALL_MODELS:
        assert model._meta.table_name in tables
    assert "contact_fts" in tables
    triggers = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {
        "contact_fts_ai",
        "contact_fts_au",
        "contact_fts_ad",
        "interaction_last_ai",
        "follow_up_next_au",
    } <= triggers


def test_filtering_columns_are_indexed(tmp_path):
    database = _migrated(tmp_path)
    indexed = set()
    for table in ("contact", "follow_up", "interaction", "contact_email"):
        for index in database.get_indexes(table):
            indexed.update((table, column) for column in index.columns)
    for wanted in [
        ("contact", "display_name"),
        ("contact", "stage"),
        ("contact", "invitation_status"),
        ("contact", "referred_by_id"),
        ("contact", "deleted_at"),
        ("contact", "last_interaction_at"),
        ("follow_up", "status"),
        ("follow_up", "due"),
        ("interaction", "contact_id"),
        ("contact_email", "value"),
    ]:
        assert wanted in indexed, wanted


def test_the_referrers_children_are_found_through_an_index(tmp_path):
    """Migration 0160 dropped the single-column referred_by_id index: trashing or deleting a contact still finds the
    people they referred (ON DELETE SET NULL, the trail) through 0130's composite index, not a scan of the table."""
    database = _migrated(tmp_path)
    steps = [
        row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM contact WHERE referred_by_id = 1")
    ]
    assert steps == [
        "SEARCH contact USING COVERING INDEX contact_referred_by_id_deleted_at_company_id_tie (referred_by_id=?)"
    ]
    names = {row[1] for row in database.execute_sql("PRAGMA index_list(contact)")}
    assert "contact_referred_by_id" not in names and "contact_id_tie_deleted_at" in names


def test_migrations_can_be_reverted_and_reapplied(tmp_path):
    database = _migrated(tmp_path)
    runner = app_db.migration_runner(database)
    names = [m.name for m in runner.migrations()]
    assert runner.down(target=names[0]) == list(reversed(names))
    assert "contact" not in database.get_tables()
    assert runner.up() == names
    assert not diff_models(database, ALL_MODELS)


def test_defaults_are_seeded_once(db):
    circles = [c.name for c in Circle.select().order_by(Circle.position)]
    assert "Former co-workers" in circles and "Neighbours" in circles and "People who serve me" in circles
    kinds = {t.kind for t in Template.select()}
    assert {
        "warm_call",
        "thank_you",
        "monthly_update",
        "connection_note",
        "reminder",
        "referral_ask",
    } <= kinds
    assert all(t.builtin for t in Template.select())
    assert app_db.migration_runner().up() == []
    assert Circle.select().count() == len(circles)


def test_templates_use_only_known_merge_fields(db):
    import re

    known = {
        "first_name",
        "full_name",
        "company",
        "referrer",
        "why_connect",
        "my_name",
        "my_target",
        "my_pitch",
        "target_companies",
        "my_contact_block",
        "what_i_sent",
        "month",
        "month_summary",
        "other_name",
        "why_meet",
    }
    for template in Template.select():
        used = set(re.findall(r"\{(\w+)\}", template.subject + template.body))
        assert used <= known, (template.name, used - known)

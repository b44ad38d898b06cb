import pytest

from app.core.clock import FixedClock
from app.core.demo import contacts as demo_data
from app.core.formats.exporters.json_export import build_export
from app.models import Circle, Contact, ContactCircle, FollowUp, Interaction, Pitch, Rehearsal

# Columns that come from the wall clock of the machine rather than the injected clock.
VOLATILE = {"exported_at", "generator"}


def snapshot() -> dict:
    data = build_export()
    for key in VOLATILE:
        data.pop(key)
    data.pop("profile")
    data.pop("templates")  # seeded by the migration at real time
    return data


def generate_into(db_fixture_paths, seed, count=120):
    from app import db as app_db

    app_db.open_database(db_fixture_paths)
    demo_data.generate(contacts=count, seed=seed, clock=FixedClock("2026-03-16T10:30"))
    data = snapshot()
    app_db.close_database()
    return data


def test_same_seed_and_clock_give_identical_data(tmp_path, migrated_template):
    import shutil

    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    shutil.copyfile(migrated_template, first)
    shutil.copyfile(migrated_template, second)
    assert generate_into(first, seed=42) == generate_into(second, seed=42)


def test_different_seeds_give_different_people(tmp_path, migrated_template):
    import shutil

    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    shutil.copyfile(migrated_template, first)
    shutil.copyfile(migrated_template, second)
    names_a = [c["display_name"] for c in generate_into(first, seed=1)["contacts"]]
    names_b = [c["display_name"] for c in generate_into(second, seed=2)["contacts"]]
    assert names_a != names_b


def test_demo_data_covers_every_part_of_the_app(demo_db, clock):
    assert Contact.select().count() == 200
    assert Interaction.select().count() > 50
    assert FollowUp.select().where(FollowUp.status == "open", FollowUp.due < clock.today()).exists()
    assert FollowUp.select().where(FollowUp.due > clock.today()).exists()
    assert Pitch.select().count() == 3
    assert Rehearsal.select().count() >= 10
    assert ContactCircle.select().count() >= 200
    assert Contact.select().where(Contact.referred_by.is_null(False)).exists()
    assert Circle.select().count() >= 8


def test_referrals_point_to_earlier_contacts(demo_db):
    for contact in Contact.select().where(Contact.referred_by.is_null(False)):
        assert contact.referred_by_id < contact.id


def test_people_are_fictional(demo_db):
    from app.models import ContactEmail, ContactPhone

    assert all(
        e.value.split("@")[1].endswith((".example.com", ".example.org", "example.com")) for e in ContactEmail.select()
    )
    assert all("555-01" in p.value for p in ContactPhone.select())


def test_demo_data_adds_to_existing_data(demo_db, clock):
    demo_data.generate(contacts=10, seed=9, clock=clock)
    assert Contact.select().count() == 210


def test_negative_count_is_refused(db):
    with pytest.raises(ValueError):
        demo_data.generate(contacts=-1)


def test_demo_follow_ups_are_what_the_rules_would_make(demo_db, clock):
    from app.core.followups import rules as followup_rules

    keys = [k for (k,) in FollowUp.select(FollowUp.rule_key).tuples()]
    assert all(keys) and len(set(keys)) == len(keys)
    assert not followup_rules.run_all(clock).changed
    kinds = {k for (k,) in FollowUp.select(FollowUp.kind).where(FollowUp.status == "open").distinct().tuples()}
    assert {"keep_in_touch", "monthly_update"} <= kinds
    done = FollowUp.select().where(FollowUp.status == "done")
    assert done.exists() and all(f.completed_at <= clock.now() for f in done)


def test_demo_data_leaves_the_search_index_in_one_segment(demo_db, clock):
    """Issue 21 item 3: the list walks names testing each in the search index, a seek per segment."""
    from app.core.contacts import search_index_bulk

    assert search_index_bulk.segments() == 1
    demo_data.generate(contacts=10, seed=9, clock=clock)  # a second transaction: a second segment, merged
    assert search_index_bulk.segments() == 1

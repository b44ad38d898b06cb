"""The set-based daily rules pass (issue 21; app.core.followups.rules_pass): it makes exactly the follow-ups the pass
before it made — every per-contact rule evaluated for everyone in Python — on a seeded database full of the cases
the SQL must get right (circles' and own cadences, closed reconnects, snoozes, renames, duplicates, the trash,
invitations, birthdays on 29 February and belated ones, rules turned off), day after day; and its queries read the
indexes (plans checked, not timed)."""

import dataclasses
import datetime as dt
import random

import pytest

from app.core.clock import FixedClock
from app.core.followups import birthdays, rule_settings, rules_pass
from app.core.followups import rules as followup_rules
from app.core.followups.time_rules import keep_in_touch_rule, monthly_update, review_invitation
from app.core.opportunities import rules as opportunity_rules
from app.db import database
from app.models import Circle, Contact, ContactCircle, ContactDate, FollowUp, new_uid

COLUMNS = (
    "contact_id, title, title_key, title_params, kind, due, original_due, status, snoozed_until, completed_at, rule, "
    "rule_key, source_interaction_id, recurrence, notes, created_at, updated_at"
)


def old_run_all(clock) -> followup_rules.RuleRun:
    """The rules pass as it was before issue 21: each per-contact time rule over everyone (ids None)."""
    settings = rule_settings.load()
    today, now = clock.today(), clock.now()
    result = monthly_update(settings, today, now)
    result += review_invitation(None, settings, today, now)[1]
    result += keep_in_touch_rule(None, settings, today, now)[1]
    result += birthdays.birthday_rule(None, settings, today, now)[1]
    result += opportunity_rules.run_all(clock)
    return result


def snapshot() -> list[tuple]:
    """Every follow-up but its id and uid (new ones get new ones), in a stable order."""
    rows = database.execute_sql(f"SELECT {COLUMNS} FROM follow_up").fetchall()
    return sorted(rows, key=repr)


def both(clock) -> tuple:
    """Run the old pass and roll it back, then the new one (kept): what each made, and their counts."""
    with database.atomic() as txn:
        old = old_run_all(clock)
        old_rows = snapshot()
        txn.rollback()
    with database.atomic():
        new = followup_rules.run_all(clock)
    return old, old_rows, new, snapshot()


def seed(rng: random.Random, start: dt.datetime, count: int = 160) -> None:
    """Contacts in every state the rules look at, written directly (no hooks): the pass has work to do."""
    circles = [
        Circle.create(name="Weekly", keep_in_touch_days=7, keep_in_touch_max_days=9).id,
        Circle.create(name="Quarterly", keep_in_touch_days=90).id,
        Circle.create(name="No cadence").id,
    ]
    for n in range(count):
        created = start - dt.timedelta(days=rng.randrange(0, 900), hours=rng.randrange(24))
        last = (
            None if rng.random() < 0.3 else start - dt.timedelta(days=rng.randrange(0, 700), minutes=rng.randrange(999))
        )
        contact = Contact.create(
            given_name=f"P{n}",
            family_name="O'Brien" if n % 7 == 0 else "Okafor",
            display_name=f"P{n} {'O' + chr(39) + 'Brien' if n % 7 == 0 else 'Okafor'}",
            keep_in_touch_days=rng.choice([None, None, None, 0, 14, 30, 365]),
            keep_in_touch_max_days=rng.choice([None, 40]),
            last_interaction_at=last,
            invitation_status=rng.choice(["none", "sent", "sent", "accepted"]),
            invitation_date=rng.choice([None, (start - dt.timedelta(days=rng.randrange(0, 200))).date()]),
            created_at=created,
            updated_at=created,
            deleted_at=start if rng.random() < 0.05 else None,
        )
        for circle in rng.sample(circles, rng.randrange(0, 3)):
            ContactCircle.create(contact=contact.id, circle=circle)
        for position in range(rng.choice([0, 0, 1, 1, 2])):
            month, day = rng.choice([(2, 29), (3, 16), (3, 20), (3, 10), (12, 31), (1, 1), (4, 31), (13, 1), (6, 15)])
            ContactDate.create(contact=contact.id, kind="birthday", label="", month=month, day=day, position=position)
    with database.atomic():
        followup_rules.run_all(FixedClock(start - dt.timedelta(days=40)))  # follow-ups made a while ago


def disturb(rng: random.Random, now: dt.datetime) -> None:
    """What happens between two passes without the hooks: renames, cadences, closed and snoozed follow-ups, a
    duplicate, the trash, interactions, invitations, birthdays."""
    ids = [cid for (cid,) in Contact.select(Contact.id).tuples()]
    opens = [fid for (fid,) in FollowUp.select(FollowUp.id).where(FollowUp.status == "open").tuples()]
    for cid in rng.sample(ids, 6):
        Contact.update(display_name=f"Renamed {cid}").where(Contact.id == cid).execute()
    for cid in rng.sample(ids, 6):
        Contact.update(keep_in_touch_days=rng.choice([None, 0, 10, 60])).where(Contact.id == cid).execute()
    for cid in rng.sample(ids, 6):
        Contact.update(last_interaction_at=now - dt.timedelta(days=rng.randrange(0, 30))).where(
            Contact.id == cid
        ).execute()
    for cid in rng.sample(ids, 4):
        Contact.update(invitation_status=rng.choice(["sent", "accepted"])).where(Contact.id == cid).execute()
    for cid in rng.sample(ids, 3):
        Contact.update(deleted_at=rng.choice([None, now])).where(Contact.id == cid).execute()
    for fid in rng.sample(opens, min(8, len(opens))):
        status = rng.choice(["done", "dismissed"])
        FollowUp.update(status=status, completed_at=now - dt.timedelta(hours=rng.randrange(0, 72))).where(
            FollowUp.id == fid
        ).execute()
    for fid in rng.sample(opens, min(5, len(opens))):
        FollowUp.update(
            snoozed_until=(now + dt.timedelta(days=3)).date(), due=(now + dt.timedelta(days=3)).date()
        ).where(FollowUp.id == fid).execute()
    for fid in rng.sample(opens, min(3, len(opens))):  # a stray duplicate of an open rule follow-up
        row = FollowUp.get_by_id(fid)
        if row.status == "open" and row.contact_id is not None:
            FollowUp.create(
                **{**row.__data__, "id": None, "uid": new_uid(), "rule_key": f"{row.rule_key}:copy{rng.random()}"}
            )
    for cid in rng.sample(ids, 4):
        ContactDate.delete().where(ContactDate.contact == cid, ContactDate.kind == "birthday").execute()
        if rng.random() < 0.7:
            month, day = rng.choice([(2, 29), (3, 18), (now.month, now.day)])
            ContactDate.create(contact=cid, kind="birthday", label="", month=month, day=day, position=0)


@pytest.mark.parametrize("seed_value", [1, 2])
def test_the_same_follow_ups_as_the_pass_over_everyone_day_after_day(db, seed_value):
    rng = random.Random(seed_value)
    start = dt.datetime(2028, 2, 20, 9, 30)  # across 29 February of a leap year, and its belated week
    seed(rng, start)
    changed = 0
    for day in range(0, 40, 3):
        clock = FixedClock(start + dt.timedelta(days=day))
        if day % 2:
            disturb(rng, clock.now())
        if day == 21:  # the offsets and the birthday's days ahead change
            settings = rule_settings.load()
            rule_settings.save(
                dataclasses.replace(settings, birthday_days_ahead=3, days={**settings.days, "review_invitation": 30})
            )
        if day == 30:
            rule_settings.save(
                rule_settings.load().with_enabled("keep_in_touch", False).with_enabled("birthday", False)
            )
        if day == 36:
            rule_settings.save(rule_settings.load().with_enabled("keep_in_touch", True).with_enabled("birthday", True))
        old, old_rows, new, new_rows = both(clock)
        assert new_rows == old_rows, f"day {day}"
        assert new == old, f"day {day}"
        changed += new.changed
        again = FixedClock(clock.now() + dt.timedelta(minutes=5))
        assert not followup_rules.run_all(again).changed, f"day {day}: not idempotent"
        settings = rule_settings.load()  # and with nothing to do, the queries find no one to look at
        assert rules_pass.keep_in_touch_candidates(settings) == [], f"day {day}"
        assert rules_pass.review_invitation_candidates(settings, clock.today()) == [], f"day {day}"
        assert rules_pass.birthday_candidates(settings, clock.today()) == [], f"day {day}"
    assert changed >= 5  # the pass had work to do on most days


def _plan(sql: str) -> str:
    return " | ".join(row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize(
    "make_sql",
    [
        lambda s, today: rules_pass.keep_in_touch_sql(),
        lambda s, today: rules_pass.review_invitation_sql(s, today),
        lambda s, today: rules_pass.birthday_sql(s, today),
    ],
    ids=["keep_in_touch", "review_invitation", "birthday"],
)
def test_the_candidate_queries_read_indexes_not_every_follow_up(db, make_sql):
    plan = _plan(make_sql(rule_settings.load(), dt.date(2026, 3, 16)))
    assert "followup_rule_status_contact_id_completed_at" in plan, plan  # migration 0130
    assert "SCAN follow_up" not in plan and "SCAN f" not in plan, plan
    assert "SCAN c " not in plan and not plan.endswith("SCAN c"), plan  # never every contact's row without an index
    assert "SCAN o LEFT-JOIN" not in plan, plan  # no nested loop over the open follow-ups per contact


def test_the_birthday_query_reads_the_birthdays_once(db):
    plan = _plan(rules_pass.birthday_sql(rule_settings.load(), dt.date(2026, 3, 16)))
    assert "SEARCH d USING INDEX contactdate_kind_month_day (kind=?" in plan, plan  # one pass, each first by window
    assert "CORRELATED SCALAR SUBQUERY" not in plan.split("MATERIALIZE base")[0], plan  # no lookup per birthday


def test_the_titles_in_sql_are_the_rules_titles(db):
    from app.core.followups import titles

    for key, name in (("keep_in_touch", "Ada O'Brien"), ("review_invitation", "Kai"), ("birthday", "Zoë")):
        sql = rules_pass.title_sql(key, name="?")
        assert database.execute_sql(f"SELECT {sql}", (name,)).fetchone()[0] == titles.title(key, name=name)
    with pytest.raises(ValueError):
        rules_pass.title_sql("monthly_update", month="3")  # a formatted field has no SQL


def test_a_closed_key_now_on_another_contact_is_not_made_again(db, clock):
    """The rule looks a closed key up by key (it is unique), not by the contact it now belongs to."""
    ada = Contact.create(
        given_name="Ada",
        family_name="",
        display_name="Ada",
        created_at=clock.now(),
        updated_at=clock.now(),
        last_interaction_at=clock.now() - dt.timedelta(days=3),
    )
    kai = Contact.create(
        given_name="Kai", family_name="", display_name="Kai", created_at=clock.now(), updated_at=clock.now()
    )
    settings = rule_settings.load()
    keep_in_touch_rule([ada.id], settings, clock.today(), clock.now())
    made = FollowUp.get(FollowUp.contact == ada.id, FollowUp.rule == "keep_in_touch")
    FollowUp.update(status="done", completed_at=made.created_at - dt.timedelta(days=4), contact=kai.id).where(
        FollowUp.id == made.id
    ).execute()
    keep_in_touch_rule([ada.id], settings, clock.today(), clock.now())  # was an IntegrityError (the unique key)
    assert not FollowUp.select().where(FollowUp.contact == ada.id, FollowUp.status == "open").exists()


def test_whether_anyone_gets_the_monthly_update_is_the_audience_query_s_answer(db, clock):
    from app.core.followups.time_rules import has_update_audience, update_audience
    from app.models import Interaction

    now = clock.now()

    def person(**fields):
        return Contact.create(
            given_name="P", family_name="", display_name="P", created_at=now, updated_at=now, **fields
        )

    def same() -> bool:
        assert has_update_audience(now) == update_audience(now).exists()
        return has_update_audience(now)

    assert not same()  # nobody
    person(stage="talked", deleted_at=now)
    later = person()
    Interaction.create(contact=later.id, kind="call", occurred_at=now + dt.timedelta(days=2), summary="")
    trashed = person(deleted_at=now)
    Interaction.create(contact=trashed.id, kind="coffee", occurred_at=now - dt.timedelta(days=2), summary="")
    Interaction.create(contact=later.id, kind="email", occurred_at=now - dt.timedelta(days=2), summary="")
    assert not same()  # trashed, still ahead, or not a conversation
    Interaction.create(contact=later.id, kind="lunch", occurred_at=now - dt.timedelta(days=1), summary="")
    assert same()
    Interaction.delete().execute()
    assert not same()
    person(stage="met")
    assert same()


def test_without_the_materialized_hint_the_queries_still_run(db, clock, monkeypatch):
    """SQLite before 3.35 does not know ``AS MATERIALIZED``: the queries drop it there and give the same answer."""
    import sqlite3

    Contact.create(
        given_name="Ada",
        family_name="",
        display_name="Ada",
        created_at=clock.now(),
        updated_at=clock.now(),
        last_interaction_at=clock.now() - dt.timedelta(days=3),
        invitation_status="sent",
    )
    settings = rule_settings.load()
    before = (rules_pass.keep_in_touch_candidates(settings), rules_pass.birthday_candidates(settings, clock.today()))
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    assert "MATERIALIZED" not in rules_pass.candidates_sql("x AS MATERIALIZED (SELECT 1)", "1", "keep_in_touch")
    after = (rules_pass.keep_in_touch_candidates(settings), rules_pass.birthday_candidates(settings, clock.today()))
    assert after == before and before[0]
    from app.core.coach import insights

    assert insights.door_openers(clock=clock).meetings_via_referrals == 0

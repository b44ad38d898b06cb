"""Insights' "going cold" panel (issue 21 item 5): counted by (day, cadence) from the covering index of migration
0120, the coldest people read back only for their days — and the same answers as asking person by person."""

import datetime as dt

import pytest

from app.core.coach import going_cold, insights
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.db import database
from app.models import Circle


def _plan(sql: str) -> str:
    return " | ".join(row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize("weekly_max", [9, None], ids=["a circle with a maximum", "no circle with a maximum"])
def test_the_counting_query_reads_only_the_covering_index(db, weekly_max):
    Circle.create(name="Weekly", keep_in_touch_days=7, keep_in_touch_max_days=weekly_max)
    for sql in (going_cold._GROUPED_SQL, going_cold._IDS_SQL):
        plan = _plan(sql.format(circles=going_cold._circles_sql()))
        assert (
            "USING COVERING INDEX contact_deleted_at_last_interaction_at_keep_in_touch_days_keep_in_touch_max_days"
            in plan
        ), plan
        assert "SCAN c" not in plan, plan
        # a person's circles from the (contact, circle) index alone: the circles' cadences are written into the
        # statement, so no search of the circle table per person
        assert "SEARCH cc USING COVERING INDEX contactcircle_contact_id_circle_id (contact_id=?)" in plan, plan
        assert "ci " not in plan and "circle " not in plan.replace("contact_circle", ""), plan


def test_without_a_circle_cadence_no_circle_is_read_per_person(db):
    Circle.update(keep_in_touch_days=None, keep_in_touch_max_days=None).execute()  # the seeded circles have one
    Circle.create(name="Someday")
    sql = going_cold._GROUPED_SQL.format(circles=going_cold._circles_sql())
    assert "contactcircle" not in _plan(sql), _plan(sql)


@pytest.mark.parametrize("weekly_max", [9, None], ids=["a circle with a maximum", "no circle with a maximum"])
def test_counts_and_coldest_match_the_person_by_person_statuses(db, clock, weekly_max):
    Circle.create(name="Weekly", keep_in_touch_days=7, keep_in_touch_max_days=weekly_max)
    Circle.create(name="Monthly", keep_in_touch_days=30)
    plans = [
        {},
        {"keep_in_touch_days": 5},
        {"keep_in_touch_days": 5, "keep_in_touch_max_days": 20},
        {"circles": ["Weekly"]},
        {"circles": ["Monthly"]},
        {"circles": ["Weekly", "Monthly"], "keep_in_touch_days": 60},
    ]
    for n in range(60):
        contact = create_contact(ContactData(given_name=f"P{n}", **plans[n % len(plans)]), clock=clock)
        when = dt.datetime(2026, 3, 15, 9) - dt.timedelta(days=(n * 7) % 400)
        log_interaction(contact.id, "email", when=when, clock=clock)
    everyone = list(going_cold.statuses(clock.today()))
    red = sorted((past, -cid, cid) for cid, _n, _d, status, past in everyone if status == "red")
    for shown in (0, 1, 3, 6, 100):
        cold = insights.going_cold(clock=clock, shown=shown)
        assert cold.in_touch == len(everyone) == 60
        assert cold.due == sum(1 for row in everyone if row[3] == "yellow")
        assert cold.cold == len(red) > 6
        assert [p.contact_id for p in cold.coldest] == [cid for _p, _m, cid in red[:shown]]
        assert [p.days_past_max for p in cold.coldest] == [p for p, _m, _c in red[:shown]]
    for status in ("red", "yellow", "green"):  # the people behind a number: the same ids, in id order
        assert going_cold.ids_with_status(clock.today(), status) == [row[0] for row in everyone if row[3] == status]

"""Issue 21 item 6: the Insights rewrites that keep each panel's cost linear in the network — the referrers grouped
in index order with the trashed ones held aside, the referral trail from one pass, the circles' cadences written
into the going-cold count, the weekly counts grouped by the index's own order. Same answers on the cases a rewrite
could change (trashed referrers and roots, empty circles, loops, equal moments); the plans that made them cheap."""

import datetime as dt
import re

from app.core.coach import goals, insights
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, trash_contacts
from app.db import database
from app.models import Company, Contact, FollowUp
from tests.unit.core.test_insights_plans import plan, statements


def add(clock, given, **fields) -> int:
    return create_contact(ContactData(given_name=given, **fields), clock=clock).id


def test_a_trashed_referrer_gives_its_circle_no_referrals_or_leads(db, clock):
    Company.create(name="Northwind", is_target=True)
    kim = add(clock, "Kim", circles=["Family"])
    lou = add(clock, "Lou", circles=["Family", "Friends"])
    add(clock, "Max", referred_by_id=kim, company="Northwind")
    add(clock, "Ned", referred_by_id=kim)  # no company: no lead, and no NULL in the sums
    add(clock, "Ola", referred_by_id=lou)
    before = {c.name: (c.members, c.referrals, c.leads) for c in insights.circle_scores(clock=clock)}
    assert before["Family"] == (2, 3, 1) and before["Friends"] == (1, 1, 0)
    assert "Colleagues" not in before  # an empty circle is not listed
    trash_contacts([kim], clock=clock)
    after = {c.name: (c.members, c.referrals, c.leads) for c in insights.circle_scores(clock=clock)}
    assert after["Family"] == (1, 1, 0) and after["Friends"] == (1, 1, 0)
    openers = insights.door_openers(clock=clock)
    assert [(p.name, p.referrals, p.leads) for p in openers.people] == [("Lou", 1, 0)]
    assert (openers.pareto.referrers, openers.pareto.referrals, openers.leads) == (1, 1, 0)


def test_a_trashed_referred_contact_counts_for_no_one(db, clock):
    kim = add(clock, "Kim", circles=["Family"])
    max_ = add(clock, "Max", referred_by_id=kim)
    add(clock, "Ned", referred_by_id=kim)
    trash_contacts([max_], clock=clock)
    assert [(p.name, p.referrals) for p in insights.door_openers(clock=clock).people] == [("Kim", 1)]
    assert {c.name: c.referrals for c in insights.circle_scores(clock=clock)}["Family"] == 1
    assert insights.referral_depth().referred == 1


def test_starters_are_the_live_roots_of_the_trails(db, clock):
    roots = [add(clock, f"Root{n}") for n in range(4)]
    for n, root in enumerate(roots):
        add(clock, f"Child{n}", referred_by_id=root)
    middle = add(clock, "Middle", referred_by_id=roots[0])
    add(clock, "Grandchild", referred_by_id=middle)
    trash_contacts([roots[1], middle], clock=clock)  # a trashed root, and a trashed link inside a trail
    depth = insights.referral_depth()
    assert depth.starters == 3
    assert depth.levels == {1: 4, 2: 1}  # the grandchild stays two introductions away through the trashed link
    assert depth.referred == 5
    assert insights.contacts_for(insights.Selection("depth", 2)) == [Contact.get(given_name="Grandchild").id]


def test_a_loop_through_the_whole_trail_has_no_starter(db, clock):
    a = add(clock, "A")
    b = add(clock, "B", referred_by_id=a)
    c = add(clock, "C", referred_by_id=b)
    Contact.update(referred_by=c).where(Contact.id == a).execute()  # A ← C: every one referred, no root
    depth = insights.referral_depth()
    assert depth.starters == 0 and depth.referred == 3 and sum(depth.levels.values()) == 3


def test_conversations_and_follow_ups_at_the_same_moment_all_count(db, clock):
    ada, bob = add(clock, "Ada"), add(clock, "Bob")
    same = dt.datetime(2026, 3, 10, 9)
    for contact in (ada, bob, bob):
        log_interaction(contact, "call", when=same, clock=clock)
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 10, 23, 59), clock=clock)  # same day, last minute
    log_interaction(ada, "meeting", when=dt.datetime(2026, 3, 11, 0, 0), clock=clock)  # the next day
    for contact in (ada, bob):
        FollowUp.create(
            contact=contact, title="t", kind="thank_you", due=dt.date(2026, 3, 10), status="done", completed_at=same
        )
    FollowUp.create(
        contact=ada, title="t", kind="thank_you", due=dt.date(2026, 3, 9), status="done", completed_at=same
    )  # late, at the same moment
    last = goals.history(2, clock=clock)[0]
    assert last.counts["conversations"] == 5
    assert (last.counts["thank_yous"], last.on_time, last.late) == (2, 2, 1)
    trash_contacts([bob], clock=clock)
    last = goals.history(2, clock=clock)[0]
    assert last.counts["conversations"] == 3  # a trashed contact's conversations are left out


def _steps(fn) -> list[tuple[str, str]]:
    return [(sql, " | ".join(plan(sql))) for sql in statements(fn)]


def test_no_referred_contact_costs_a_search_of_its_referrer_or_company(demo_db):
    """The referrers come grouped from the covering index: no correlated search of the referrer (or the company
    row) per referred contact, the trashed contacts and target companies held in small temporary tables."""
    for fn in (insights.door_openers, insights.circle_scores):
        referrers = [(sql, steps) for sql, steps in _steps(fn) if "company" in sql and "referred_by_id" in sql]
        assert referrers, fn.__name__
        for _sql, steps in referrers:
            assert "CORRELATED" not in steps, (fn.__name__, steps)
            assert "SEARCH co " not in steps and "SEARCH p " not in steps, (fn.__name__, steps)
            assert "contact_referred_by_id_deleted_at_company_id_tie (referred_by_id>?)" in steps, steps
            assert "LIST SUBQUERY" in steps and "contact_deleted_at (deleted_at>?)" in steps, steps
            head = steps.split(" | LIST SUBQUERY")[0]
            assert "TEMP B-TREE" not in head, steps  # grouped in the index's referrer order


def test_the_referral_trail_reads_the_referred_once_and_no_list_of_roots(demo_db):
    sqls = statements(insights.referral_depth)
    referred = [sql for sql in sqls if "referred_by_id IS NOT NULL" in sql]
    assert len(referred) == 1, referred
    for sql in sqls:
        listed = re.search(r"IN \(([\d,]*)\)", sql)
        assert not listed or listed.group(1).count(",") < 50, sql[:200]  # only the longest trail's names


def test_the_weekly_counts_read_no_contact_row_and_group_in_index_order(demo_db):
    conversations, *_ = [sql for sql in statements(goals.progress) if "FROM interaction" in sql]
    steps = " | ".join(plan(conversations))
    assert "SEARCH i USING COVERING INDEX interaction_occurred_at_kind_contact_id" in steps, steps
    assert "INTEGER PRIMARY KEY" not in steps and "LIST SUBQUERY" in steps, steps
    assert steps.count("TEMP B-TREE") == 1, steps  # only the few moments regrouped by day
    (done,) = [sql for sql in statements(goals.progress) if "FROM follow_up" in sql]
    steps = " | ".join(plan(done))
    assert "COVERING INDEX followup_status_completed_at_due_kind" in steps, steps
    assert steps.count("TEMP B-TREE") == 1, steps
    assert database.execute_sql("SELECT COUNT(*) FROM follow_up WHERE status = 'done'").fetchone()[0] > 0

"""The query plans behind the Insights panels (issue 21 item 5, at 200 000 contacts): every statement a panel runs
reads an index, never the contact, interaction or follow-up table row by row, and the referrals and ties read
migration 0130's covering indexes. Plans, not timings (benchmarks/bench_insights.py and bench_scaling.py time them)."""

import re

import pytest

from app.core.coach import goals, insights
from app.db import database

PANELS = {
    "door_openers": insights.door_openers,
    "circle_scores": insights.circle_scores,
    "referral_depth": insights.referral_depth,
    "stage_funnel": insights.stage_funnel,
    "ties": insights.ties,
    "going_cold": insights.going_cold,
    "weekly_goals": goals.progress,
}
# A full scan of one of these tables (not of a covering index) grows with the data at the cost of reading every row.
BIG = ("contact", "interaction", "follow_up")


def statements(fn) -> list[str]:
    """The SELECTs ``fn`` runs (SQLite's trace hook on this connection)."""
    seen: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        connection.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def plan(sql: str) -> list[str]:
    return [row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql)]


def aliases(sql: str) -> dict[str, str]:
    """alias -> table of the big tables in ``sql`` ("contact AS c" → c: contact; a bare "FROM contact" → contact)."""
    found = {table: table for table in BIG if re.search(rf"\b{table}\b", sql)}
    for table, alias in re.findall(r'"?(\w+)"?\s+AS\s+"?(\w+)"?', sql):
        if table in BIG:
            found[alias] = table
    return found


@pytest.mark.parametrize("name", list(PANELS))
def test_no_panel_reads_a_big_table_row_by_row(demo_db, name):
    sqls = statements(PANELS[name])
    assert sqls, name
    for sql in sqls:
        big = aliases(sql)
        for step in plan(sql):
            match = re.match(r"SCAN (\w+)", step)
            if match and match.group(1) in big:
                assert "COVERING INDEX" in step, f"{name}: {step}\n{sql}"


def test_the_referrals_and_ties_read_migration_0130s_covering_indexes(demo_db):
    everything = " | ".join(step for fn in PANELS.values() for sql in statements(fn) for step in plan(sql))
    referred = "USING COVERING INDEX contact_referred_by_id_deleted_at_company_id_tie"
    for fn in (insights.door_openers, insights.circle_scores, insights.referral_depth, insights.ties):
        steps = " | ".join(step for sql in statements(fn) for step in plan(sql))
        assert referred in steps, (fn.__name__, steps)
    ties = " | ".join(plan(statements(insights.ties)[0]))
    assert "COVERING INDEX contact_deleted_at_tie_last_interaction_at (deleted_at=?)" in ties, ties
    assert "TEMP B-TREE" not in ties, ties  # already in tie order
    by_referrer = " | ".join(plan(statements(insights.ties)[1]))  # each referral's referrer: migration 0160's index
    assert "SEARCH p USING COVERING INDEX contact_id_tie_deleted_at (id=?)" in by_referrer, by_referrer
    assert "COVERING INDEX interaction_kind_occurred_at_contact_id" in everything  # conversations per circle


def test_the_meetings_through_each_referrer_come_from_the_conversations_index(demo_db):
    """The conversations are read from the (kind, day, contact) covering index and counted per referrer in Python
    through the referred contacts read from migration 0130's covering index: no join through an automatic index and
    no GROUP BY B-tree (they grew 5.2-5.4x per 4x data at 50k -> 200k)."""
    sqls = statements(insights.door_openers)
    conversations = [sql for sql in sqls if sql.startswith("SELECT contact_id FROM interaction")]
    referred = [sql for sql in sqls if sql == insights._REFERRED]
    assert len(conversations) == 1 and len(referred) == 1, sqls
    steps = " | ".join(plan(conversations[0].replace("?", "'2026-01-01'")))
    assert "SEARCH interaction USING COVERING INDEX interaction_kind_occurred_at_contact_id" in steps, steps
    steps = " | ".join(plan(referred[0]))
    assert "USING COVERING INDEX contact_referred_by_id_deleted_at_company_id_tie" in steps, steps
    assert not any("AUTOMATIC" in step or "TEMP B-TREE" in step for sql in sqls for step in plan(sql)), sqls

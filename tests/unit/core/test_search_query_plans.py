"""What made a search keystroke fast stays so (issue 21), checked on the query plans, not on the clock: a count
reads the search index alone, a one-letter search over most of the network walks the covering name index and tests
each row with a rowid lookup in the index (its one-letter prefix index), and a small match is ranked from the index
without reading contact rows or sorting the network."""

import datetime as dt

import pytest

from app.core.contacts import list_counts
from app.core.contacts import list_query as contact_list
from app.core.contacts.list_query import ContactFilter, SortKey
from app.db import database

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def network(db, clock):
    from app.core.demo import contacts as demo_data

    demo_data.generate(contacts=150, seed=4, clock=clock)


@pytest.fixture
def statements(monkeypatch):
    """The SQL (and parameters) the list query runs."""
    ran: list[tuple[str, list]] = []
    real = database.execute_sql

    def execute_sql(sql, params=None, *args, **kwargs):
        ran.append((sql, list(params or [])))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", execute_sql)
    return ran


def plan(sql: str, params: list) -> str:
    rows = database.connection().execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(row[-1] for row in rows)


def test_the_index_has_one_to_three_letter_prefix_indexes(db):
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'").fetchone()[0]
    assert "prefix = '1 2 3'" in sql.replace('"', "'") or "prefix='1 2 3'" in sql.replace('"', "'")


def test_a_one_letter_search_counts_in_the_index_and_walks_the_name_index(network, statements, monkeypatch):
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 10)
    result = contact_list.query(ContactFilter(text="e"), today=TODAY, head=20)
    assert result.sort.key is SortKey.NAME and not result.complete
    counts = [s for s in statements if "count(*)" in s[0] and "contact_fts" in s[0]]
    ids = [s for s in statements if s[0].startswith("SELECT c.id")]
    assert counts and ids
    count_plan = plan(*counts[0])
    assert "contact_fts VIRTUAL TABLE" in count_plan and " c " not in count_plan  # no contact row read to count
    walk = plan(*ids[0])
    assert "COVERING INDEX contact_deleted_at_display_name" in walk  # the first rows by name, from the index
    assert "VIRTUAL TABLE INDEX 0:=M" in walk  # each row tested by rowid in the search index
    assert "TEMP B-TREE" not in walk  # nothing sorted: the walk stops after the head


def test_a_small_match_is_ranked_from_the_index_alone(network, statements):
    result = contact_list.query(ContactFilter(text="zzqx nothing"), today=TODAY)
    assert result.count == 0
    statements.clear()
    name = database.execute_sql("SELECT given_name FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
    statements.clear()
    result = contact_list.query(ContactFilter(text=name), today=TODAY)
    assert result.sort.key is SortKey.RELEVANCE and result.count >= 1
    ranked = [s for s in statements if s[0].startswith("SELECT rowid FROM contact_fts")]
    assert ranked
    ranking = plan(*ranked[0])
    assert "SCAN contact_fts VIRTUAL TABLE" in ranking
    assert "contact " not in ranking.replace("contact_fts", "")  # no contact row read to rank


@pytest.mark.parametrize("steps", [0, 10**9])
def test_few_matches_are_walked_to_for_a_while_then_sorted(network, statements, monkeypatch, steps):
    """A typed given name gathers its matches in one stretch of the alphabet: walking the name index until they
    turn up may read most of it. The walk is tried for a bounded number of SQLite steps, then the matches are
    sorted; either way the list starts with the same rows."""
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 1)  # listed by name although few match
    monkeypatch.setattr(contact_list, "WALK_STEPS_PER_MATCH", steps)
    monkeypatch.setattr(contact_list, "PROGRESS_EVERY", 1)
    name = database.execute_sql("SELECT given_name FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
    live = database.execute_sql("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    statements.clear()
    result = contact_list.query(ContactFilter(text=name), today=TODAY, head=2)
    assert result.sort.key is SortKey.NAME and result.count > 2 and result.count * contact_list.SORT_SHARE < live
    ids = [s for s in statements if s[0].startswith("SELECT c.id")]
    walked = plan(*ids[0])
    assert "COVERING INDEX contact_deleted_at_display_name" in walked and "TEMP B-TREE" not in walked
    if steps == 0:  # stopped at once: sorted
        assert len(ids) == 2
        sorted_plan = plan(*ids[1])
        assert "TEMP B-TREE FOR ORDER BY" in sorted_plan and "contact_deleted_at_display_name" not in sorted_plan
    else:
        assert len(ids) == 1
    everyone = contact_list.all_ids(ContactFilter(text=name), result.sort, today=TODAY)
    assert list(result.ids) == list(everyone[:2])
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # the connection works on (no handler left)
    assert database.connection().in_transaction is False


def test_a_large_network_walks_for_a_quarter_of_it(network, monkeypatch):
    """At 200k a two-letter search matching ~40% walks the names (5 ms) rather than collect 76k matches (12 ms)."""
    q = contact_list._Query(ContactFilter(text="e"), TODAY)
    q.count()
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 1)
    monkeypatch.setattr(contact_list, "live_count", lambda: q.matches * 3)  # a third of the network matches
    for ratio in ("WALK_COST_RATIO", "WALK_COST_RATIO_MERGED"):  # demo data leaves the index merged (one segment)
        monkeypatch.setattr(contact_list, ratio, q.matches // 3)
    assert q.walk_by_name(contact_list.Sort(), 60)
    for ratio in ("WALK_COST_RATIO", "WALK_COST_RATIO_MERGED"):
        monkeypatch.setattr(contact_list, ratio, q.matches)
    assert not q.walk_by_name(contact_list.Sort(), 60)


def test_a_merged_index_gives_the_same_rows_in_the_same_order(network, monkeypatch):
    """Issue 21: merging the search index into one segment (after many new contacts) makes each row tested in the
    walk cheaper and changes no answer: the walk's rows, the sorted rows, the counts."""
    from app.core.contacts import search_index_bulk

    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 10)
    texts = ["me", "ha", "ma", "in", "e", "a", "an", "example", "jo"]

    def answers():
        list_counts.forget()
        return [
            (
                contact_list.count(ContactFilter(text=t), today=TODAY),
                list(contact_list.query(ContactFilter(text=t), today=TODAY, head=20).ids),
                list(contact_list.query(ContactFilter(text=t), today=TODAY, head=20, count_later=True).ids),
                list(contact_list.all_ids(ContactFilter(text=t), contact_list.Sort(SortKey.NAME), today=TODAY)),
            )
            for t in texts
        ]

    for _ in range(3):  # a few more segments: each write of the triggers is one
        with database.atomic():
            database.execute_sql("UPDATE contact SET title = title || '' WHERE id IN (SELECT id FROM contact LIMIT 5)")
    before = answers()
    assert search_index_bulk.segments() > 1
    with database.atomic():
        search_index_bulk.merge_segments()
    assert search_index_bulk.segments() == 1
    assert answers() == before
    assert any(len(ids) == 20 for _count, ids, _quick, _all in before)  # a walk was there to compare


def test_a_merged_index_is_walked_from_fewer_matches(network, monkeypatch):
    """A row tested in the walk costs a seek in each segment of the index: with one, the walk pays off sooner."""
    from app.core.contacts import search_index_bulk

    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 1)
    monkeypatch.setattr(contact_list, "WALK_COST_RATIO", 10**9)
    monkeypatch.setattr(contact_list, "WALK_COST_RATIO_MERGED", 1)
    with database.atomic():
        database.execute_sql("UPDATE contact SET title = title || '' WHERE id IN (SELECT id FROM contact LIMIT 5)")
    q = contact_list._Query(ContactFilter(text="e"), TODAY)
    q.count()
    monkeypatch.setattr(contact_list, "live_count", lambda: q.matches * 3)  # a third of the network matches
    assert contact_list.index_segments() > 1
    assert not q.walk_by_name(contact_list.Sort(SortKey.NAME), 20)
    with database.atomic():
        search_index_bulk.merge_segments()
    assert contact_list.index_segments() == 1  # read again after the write
    assert q.walk_by_name(contact_list.Sort(SortKey.NAME), 20)

"""Today's agenda a block at a time (app.core.followups.agenda_window): the blocks put together are the agenda, the
counts are its groups' sizes, and the first block reads the (status, due) index up to its limit."""

import datetime as dt

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact, trash_contacts
from app.core.followups import agenda_window
from app.core.followups import service as followups
from app.db import database
from app.models import FollowUp


def _fill(clock):
    today = clock.today()
    ada = create_contact(ContactData(given_name="Ada"), clock=clock)
    gone = create_contact(ContactData(given_name="Gone"), clock=clock)
    for days in (-30, -9, -9, -2, 0, 0, 1, 3, 7, 8, 40):
        FollowUp.create(title=f"in {days}", due=today + dt.timedelta(days=days), contact=ada.id, kind="custom")
    FollowUp.create(title="timed", due=today, due_time=dt.time(9), contact=ada.id, kind="custom")
    FollowUp.create(title="done", due=today, contact=ada.id, kind="custom", status="done")
    FollowUp.create(title="no one", due=today - dt.timedelta(days=1), kind="custom")
    FollowUp.create(title="trashed", due=today, contact=gone.id, kind="custom")
    trash_contacts([gone.id], clock=clock)


def test_blocks_put_together_are_the_agenda(db, clock):
    _fill(clock)
    whole = followups.agenda(7, clock=clock)
    assert len(whole) == 11  # -30 -9 -9 -2, no one (-1), 0 0 timed, 1 3 7; not +8, +40, done or trashed
    for size in (1, 2, 3, 5, 50):
        pieces, offset = [], 0
        while block := agenda_window.block(7, offset=offset, limit=size, clock=clock):
            pieces += block
            offset += len(block)
        assert [i.id for i in pieces] == [i.id for i in whole], size


def test_counts_are_the_groups_sizes_with_or_without_the_week_counts(db, clock):
    _fill(clock)
    today = clock.today()
    whole = followups.agenda(7, clock=clock)
    expected = agenda_window.AgendaCounts(
        overdue=sum(i.due < today for i in whole),
        today=sum(i.due == today for i in whole),
        later=sum(i.due > today for i in whole),
    )
    assert expected == agenda_window.AgendaCounts(5, 3, 3)
    assert agenda_window.counts(7, clock=clock) == expected
    assert agenda_window.counts(7, clock=clock, known=followups.week_counts(clock=clock)) == expected
    assert agenda_window.counts(7, clock=clock).total == len(whole)


def test_the_first_block_reads_open_follow_ups_by_status_and_day(db, clock, monkeypatch):
    seen = []
    original = type(database).execute_sql

    def recording(self, sql, params=None, *args, **kwargs):
        seen.append((sql, tuple(params or ())))
        return original(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(type(database), "execute_sql", recording)
    agenda_window.block(7, limit=120, clock=clock)
    agenda_window.counts(7, clock=clock, known=followups.week_counts(clock=clock))
    chosen = [(sql, params) for sql, params in seen if 'FROM "follow_up"' in sql]
    assert len(chosen) == 4  # the block, the week's sums and its done count, the next days' count
    assert "LIMIT" in chosen[0][0]
    for sql, params in chosen:
        plan = " | ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        assert plan.split(" | ")[0].startswith("SEARCH t1 USING "), plan
        assert "INDEX followup_status" in plan.split(" | ")[0], plan
        assert "SCAN" not in plan.replace("SCAN CONSTANT ROW", ""), plan


def test_the_agenda_window_reads_through_the_public_read_api_of_the_service():
    """agenda_window (and Today's first frame) use service.py's read API by its public names, none of its private
    helpers: those can change without notice."""
    import ast
    import inspect

    from app.core.followups import agenda_window, service

    tree = ast.parse(inspect.getsource(agenda_window))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "app.core.followups.service"
        for alias in node.names
    ]
    used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert imported and not [name for name in imported if name.startswith("_")]
    assert not [name for name in used if name.startswith("_") and hasattr(service, name)]
    for name in ("followup_query", "open_to_count", "read_items", "in_agenda_order"):
        assert callable(getattr(service, name)) and getattr(service, name).__doc__

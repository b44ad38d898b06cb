"""The time-based rules' run at start-up and each midnight, as one transaction (the window's scheduler calls it,
on a worker thread with its own connection)."""

from __future__ import annotations

from contextlib import nullcontext

from app.core.changes import NOTHING, Changes
from app.core.clock import Clock
from app.core.connection import worker_connection
from app.core.followups import rules
from app.core.followups.rule_store import RuleRun
from app.db import database


def run_time_rules(clock: Clock, *, own_connection: bool = False) -> RuleRun:
    """:func:`app.core.followups.rules.run_all` in one transaction; ``own_connection``: on a worker thread's own
    connection, closed afterwards."""
    with worker_connection() if own_connection else nullcontext(), database.atomic():
        return rules.run_all(clock)


def changes_of(run: RuleRun) -> Changes:
    """What a run changed, for the pages."""
    return Changes.of("followups") if run.changed else NOTHING

"""The start-up/midnight run of the time-based rules (app.core.followups.daily_run) and the worker connection."""

import threading

from app.core import connection
from app.core.followups.daily_run import changes_of, run_time_rules
from app.core.followups.rule_store import RuleRun


def test_changes_of_a_run():
    assert not changes_of(RuleRun())
    assert changes_of(RuleRun(created=1)).followups and not changes_of(RuleRun(created=1)).contacts


def test_runs_in_this_thread_and_on_a_worker_connection(db, clock):
    run_time_rules(clock)
    assert not run_time_rules(clock).changed  # idempotent
    results = []

    def worker():
        results.append(run_time_rules(clock, own_connection=True))
        results.append(connection.is_open())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert isinstance(results[0], RuleRun) and results[1] is False  # the worker's connection is closed after
    assert connection.is_open()  # this thread's is untouched

"""No per-row queries during an import (issue 21 item 4): the statements an import of LinkedIn rows prepares and
runs, counted with SQLite's trace hook, grow by batches, not by rows — twice the rows cost a few more batches'
statements, never one more SELECT per person. Counted, not timed: the figure is the same on a busy machine."""

from __future__ import annotations

import collections
import csv

import pytest

from app.core.formats.importers import load_source, run_import
from app.db import database

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def _write(path, rows: int, offset: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Notes:\n\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for n in range(offset, offset + rows):
            email = f"person{n}@example.com" if n % 5 == 0 else ""
            writer.writerow(
                [
                    "Ada",
                    f"Okafor{n % 7}",
                    f"https://www.linkedin.com/in/p-{n}",
                    email,
                    f"Co {n % 40}",
                    "CFO",
                    "01 Jan 2024",
                ]
            )


def _statements(path, clock) -> collections.Counter:
    """SELECT / INSERT / … statements started, by their first word (each row of an executemany counts once: SQLite
    reports every run of a prepared statement), triggers' own statements left out."""
    counts: collections.Counter = collections.Counter()

    def trace(sql: str) -> None:
        if not sql.startswith("--"):
            counts[sql.lstrip().split(None, 1)[0].upper()] += 1

    connection = database.connection()
    connection.set_trace_callback(trace)
    try:
        summary = run_import(load_source(path), clock=clock, region="US")
    finally:
        connection.set_trace_callback(None)
    assert summary.imported > 0
    return counts


def test_an_import_runs_no_query_per_row(db, clock, tmp_path):
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    _write(small, 1000, 0)
    _write(large, 2000, 10_000)
    one = _statements(small, clock)
    two = _statements(large, clock)
    # Batches of a few hundred rows: 1,000 more rows may add a few statements per batch, not one per row.
    assert two["SELECT"] - one["SELECT"] < 100, (one, two)
    assert two["UPDATE"] - one["UPDATE"] < 100, (one, two)
    assert two["DELETE"] - one["DELETE"] < 100, (one, two)
    assert one["SELECT"] < 500, one


def test_the_cycle_collector_is_paused_during_an_import_and_runs_again_after(db, clock, tmp_path, monkeypatch):
    import gc

    from app.core.formats.importers import engine

    path = tmp_path / "few.csv"
    _write(path, 3, 0)
    seen = []
    plan = engine._plan
    monkeypatch.setattr(engine, "_plan", lambda *a, **k: (seen.append(gc.isenabled()), plan(*a, **k))[1])
    assert gc.isenabled()
    run_import(load_source(path), clock=clock, region="US")
    run_import(load_source(path), clock=clock, region="US", dry_run=True)
    assert seen == [False, False]
    assert gc.isenabled()
    monkeypatch.setattr(engine, "_plan", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run_import(load_source(path), clock=clock, region="US")
    assert gc.isenabled()

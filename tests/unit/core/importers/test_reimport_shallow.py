"""Importing a file again reads the people it matches without their lists first (issue 21): the merge result is
exactly what loading each of them in full gives.

A first file is imported once; a second file (the same people again, some unchanged, some with a new title or a new
e-mail address, someone unchanged and met again changed in a later chunk, new people, a look-alike by name) is then
imported into two copies of that database: as shipped, and with the shallow read turned off (every
matched contact loaded in full, as before). The summary with its ``FILE:LINE: reason`` lines, every row's outcome,
every contact with all its lists, the source UIDs and the follow-ups must be the same.
"""

from __future__ import annotations

import csv
import dataclasses
import shutil

import pytest

from app import db as app_db
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers import engine, load_source, matching, run_import
from app.models import Contact

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def _person(n: int, title: str = "Engineer", email: str = "") -> list[str]:
    return [f"Given{n}", "Family", f"https://www.linkedin.com/in/p{n}", email, f"Company {n % 3}", title, "3 Mar 2021"]


def _write(path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Notes:\n\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


def _state(summary, outcomes) -> dict:
    ids = [i for (i,) in Contact.select(Contact.id).order_by(Contact.id).tuples()]
    follow_ups = app_db.database.execute_sql("SELECT * FROM follow_up ORDER BY id").fetchall()
    uids = app_db.database.execute_sql("SELECT contact_id, uid FROM contact_source_uid ORDER BY id").fetchall()
    return {
        "summary": (summary.line(), summary.updated, summary.report_lines(), summary.created_ids),
        "outcomes": [dataclasses.astuple(o) for o in outcomes],
        "people": [{k: v for k, v in c.items() if k != "uid"} for c in contacts_as_dicts(ids)],  # new: random
        "follow_ups": follow_ups,
        "uids": uids,
    }


@pytest.mark.parametrize("report", [False, True], ids=["no-listener", "row-by-row"])
def test_a_file_imported_again_merges_as_loading_everyone_in_full_does(
    tmp_path, migrated_template, monkeypatch, clock, report
):
    first = tmp_path / "first.csv"
    _write(first, [_person(n, email=f"p{n}@example.com" if n % 4 == 0 else "") for n in range(40)])
    base = tmp_path / "base.sqlite3"
    shutil.copyfile(migrated_template, base)
    app_db.open_database(base)
    run_import(load_source(first), clock=clock, region="US")
    app_db.close_database()

    again = [_person(n, email=f"p{n}@example.com" if n % 4 == 0 else "") for n in range(40)]
    again[3][5] = "Director"  # a title that differs: kept in the notes
    again[5][3] = "new5@example.com"  # a new e-mail address
    again[9][4] = ""  # nothing new (an empty cell fills nothing)
    again += [_person(7, title="Chief")]  # someone unchanged above, changed further down (a later chunk)
    again += [_person(8)]  # someone unchanged twice
    again += [_person(n) for n in range(100, 105)]  # new people
    again += [["Given11", "Family", "", "", "Company 2", "Engineer", "3 Mar 2021"]]  # a look-alike by name
    second = tmp_path / "second.csv"
    _write(second, again)

    results = []
    for shallow in (True, False):
        path = tmp_path / f"shallow-{shallow}.sqlite3"
        shutil.copyfile(base, path)
        app_db.open_database(path)
        try:
            with monkeypatch.context() as patch:
                patch.setattr(engine, "PREFETCH", 7)  # several chunks: a contact met again in a later one
                if not shallow:
                    patch.setattr(matching, "_shallow_targets", lambda ids: {})
                outcomes: list = []
                summary = run_import(
                    load_source(second), clock=clock, region="US", on_row=outcomes.append if report else None
                )
                results.append(_state(summary, outcomes))
        finally:
            app_db.close_database()
    fast, full = results
    assert fast == full
    assert fast["summary"][0] == "imported 5, merged 43, skipped 0"  # the look-alike is new, to be reviewed
    assert fast["summary"][1] == 3  # the title, the e-mail and Given7's later title
    assert any("Director" in p["notes"] for p in fast["people"])


def test_an_unchanged_contact_is_not_read_in_full(tmp_path, migrated_template, monkeypatch, clock):
    path = tmp_path / "people.csv"
    _write(path, [_person(n) for n in range(30)])
    db_path = tmp_path / "db.sqlite3"
    shutil.copyfile(migrated_template, db_path)
    app_db.open_database(db_path)
    try:
        run_import(load_source(path), clock=clock, region="US")
        loaded: list[int] = []
        real = matching.MatchIndex._load

        def counting(self, ids):
            loaded.extend(ids)
            real(self, ids)

        monkeypatch.setattr(matching.MatchIndex, "_load", counting)
        rows = [_person(n) for n in range(30)]
        rows[4][5] = "Chief"
        _write(path, rows)
        summary = run_import(load_source(path), clock=clock, region="US")
        assert summary.line() == "imported 0, merged 30, skipped 0"
        assert len(loaded) == 1  # only the one whose title changed
        assert Contact.get_by_id(loaded[0]).title == "Engineer"
    finally:
        app_db.close_database()

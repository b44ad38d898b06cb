"""The column-wise path for plain LinkedIn rows gives exactly what the per-row path gives (issue 21).

The same file is imported twice into two fresh databases: once as shipped (plain rows read column-wise, the search
index written once at the end), once with the quick path off and the per-row search-index triggers on. Every
contact's fields, e-mails and circles, every follow-up, the search index and the hits of a few searches, and the
summary with its ``FILE:LINE: reason`` lines must be the same. The file mixes plain rows with every kind of odd
value the quick path must leave to the per-row one.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil

import pytest

from app import db as app_db
from app.core.contacts import bulk_create
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers import linkedin_csv, linkedin_quick, load_source, run_import
from app.core.formats.importers.csv_table import find_header
from app.core.formats.importers.formats import classify_header
from app.models import Contact

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
SEARCHES = ["ada", "okafor", "contoso", "example", "engineer", "zoë", "mensah", "carla", "cfo"]


def _rows(today: dt.date) -> list[list[str]]:
    recent = (today - dt.timedelta(days=2)).strftime("%d %b %Y")
    odd = [
        ["Ada", "Okafor", "https://www.linkedin.com/in/ada-okafor", "ada@example.com", "Contoso", "Engineer", recent],
        ["Zoë", "Nováková", "https://www.linkedin.com/in/zoe", "zoë@exämple.com", "Fabrikam", "CFO", "3 Mar 2021"],
        ["Ben", "Ito", "https://www.linkedin.com/in/ben-ito", "not-an-email", "Contoso", "Recruiter", "1 Jan 2020"],
        ["Carla\nMaria", "Ruiz", "https://www.linkedin.com/in/carla", "", "Northwind", "Designer", "2 Feb 2019"],
        ["Dan", "O'Brien", "https://www.linkedin.com/in/dan", "", "C" * 400, "Engineer", "4 Apr 2018"],
        ["Eva", "Osei", "https://www.linkedin.com/in/eva", "Eva@Example.COM", "", "Analyst", "32 Foo 2023"],
        ["Frank", "Hopper", "https://www.linkedin.com/in/frank", "", "Acme", "CEO", "01 Jan 1850"],
        ["Grace", "Tanaka", "linkedin.com/in/grace/", "", "Acme", "CTO", "12 Oct 2023"],
        ["Hiro", "García", "grace profile", "", "Acme", "Intern", "12 Oct 2023"],
        ["", "", "", "only-mail@example.com", "", "", ""],
        ["", "", "", "", "", "CFO", ""],
        ["", "", "", "", "", "", ""],
        ["Ada", "Okafor", "https://www.linkedin.com/in/ada-okafor/", "", "Contoso", "Lead Engineer", recent],
        ["Ada", "Okafor", "https://www.linkedin.com/in/another-ada", "", "Contoso", "Engineer", recent],
        ["Ada", "Okafor", "", "", "Contoso", "", ""],
        ["Ines", "Müller", "https://www.linkedin.com/in/ines", "ines@example.com", "Globex", "PM", recent, "extra"],
        ["  Kwame  ", " Mensah ", " https://www.linkedin.com/in/kwame ", " kwame@example.com ", " Initech ", "", ""],
        ["Li", "Wei\x00", "https://www.linkedin.com/in/li", "", "Umbrella", "Engineer", "5 May 2022"],
        ["Maya", "Patel", "https://www.linkedin.com/in/maya", "dan@example.com", "Hooli", "Engineer", "6 Jun 2022"],
        ["Noor", "Haddad", "http://linkedin.com/in/noor", "NOOR@example.com", "Hooli", "Engineer", "2022-07-07"],
        ["Olu", "Adeyemi", "https://www.linkedin.com/in/olu", "", "Hooli", "Engineer", "7/8/22"],
        ["Priya", "Raman", "https://www.linkedin.com/", "", "Hooli", "Engineer", "8 Aug 2022"],
        ["Quinn", "Lindqvist", "https://www.linkedin.com/in/quinn//", "", "Hooli", "", "9 Sep 2022"],
        ["Rosa", "Becker", "https://www.linkedin.com/in/rosa becker", "", "Hooli", "", "10 Oct 2022"],
        ["Sven", "Dubois", "HTTPS://WWW.LINKEDIN.COM/in/Sven", "", "Hooli", "", "11 Nov 2022"],
    ]
    plain = [
        [
            f"Person{n}",
            f"Family{n % 7}",
            f"https://www.linkedin.com/in/person-{n}",
            f"person{n}@example.com" if n % 3 == 0 else "",
            f"Company {n % 11}" if n % 5 else "",
            "Engineer" if n % 2 else "Recruiter",
            f"{n % 28 + 1:02d} Oct 2023",
        ]
        for n in range(240)
    ]
    return odd + plain + [list(row) for row in odd[:3]]  # the first rows again: merged into themselves


def _write(path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('Notes:\n"Some of the email addresses are missing."\n\n')
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _snapshot(path, clock) -> dict:
    """Import ``path`` into the open database and read back everything the import wrote (UIDs aside: random)."""
    contacts.create_contact(
        ContactData(given_name="Dan", family_name="Stored", emails=[EmailEntry("dan@example.com", "", True)]),
        clock=clock,
    )
    summary = run_import(load_source(path), clock=clock, region="US")
    ids = [i for (i,) in Contact.select(Contact.id).order_by(Contact.id).tuples()]
    people = [{k: v for k, v in c.items() if k != "uid"} for c in contacts_as_dicts(ids)]
    cursor = app_db.database.execute_sql("SELECT * FROM follow_up ORDER BY id")
    columns = [d[0] for d in cursor.description]
    followups = [{k: v for k, v in zip(columns, row, strict=True) if k != "uid"} for row in cursor.fetchall()]
    index = app_db.database.execute_sql("SELECT rowid, * FROM contact_fts ORDER BY rowid").fetchall()
    hits = {
        word: app_db.database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid", (f'"{word}"*',)
        ).fetchall()
        for word in SEARCHES
    }
    return {
        "summary": (summary.line(), summary.updated, summary.report_lines(), summary.created_ids),
        "people": people,
        "followups": followups,
        "index": index,
        "hits": hits,
    }


def _import_both_ways(tmp_path, migrated_template, monkeypatch, clock, path) -> tuple[dict, dict]:
    results = []
    for quick in (True, False):
        db_path = tmp_path / f"quick-{quick}.sqlite3"
        shutil.copyfile(migrated_template, db_path)
        app_db.open_database(db_path)
        try:
            with monkeypatch.context() as patch:
                patch.setattr(linkedin_csv, "QUICK", quick)
                if not quick:
                    patch.setattr(bulk_create, "BULK_INDEX_FROM", 10**9)  # the per-row search-index triggers
                results.append(_snapshot(path, clock))
        finally:
            app_db.close_database()
    return results[0], results[1]


@pytest.mark.parametrize(
    "columns",
    [HEADER, ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"]],
    ids=["today", "no-url"],
)
def test_quick_path_imports_exactly_what_the_per_row_path_does(
    tmp_path, migrated_template, monkeypatch, clock, columns
):
    rows = [
        [cell for name, cell in zip(HEADER, row, strict=False) if name in columns] + row[7:]
        for row in _rows(clock.today())
    ]
    path = tmp_path / "Connections.csv"
    _write(path, columns, rows)
    quick, slow = _import_both_ways(tmp_path, migrated_template, monkeypatch, clock, path)
    assert quick["summary"] == slow["summary"]
    assert quick["people"] == slow["people"]
    assert quick["followups"] == slow["followups"]
    assert quick["index"] == slow["index"]
    assert quick["hits"] == slow["hits"]
    assert quick["followups"], "the recent connections get a thank-you"
    assert any(hits for hits in quick["hits"].values())
    assert len(quick["people"]) > 250


def test_plain_rows_take_the_quick_path_and_odd_ones_do_not(tmp_path, clock):
    path = tmp_path / "Connections.csv"
    _write(path, HEADER, _rows(clock.today()))
    text = path.read_text(encoding="utf-8")
    header = find_header(text, classify_header)
    assert header is not None and header.kind == "linkedin"
    quick = linkedin_quick.quick_reader(header)
    assert quick is not None
    plain = quick(10, ["Ada", "Okafor", "https://www.linkedin.com/in/ada", "ada@Example.com", "Contoso", "CEO", ""])
    assert plain is not None and plain.validated
    assert (plain.data.display_name, plain.data.emails[0].value) == ("Ada Okafor", "ada@example.com")
    for odd in (
        ["Ada\nB", "", "", "", "", "", ""],
        ["Ada", "", "no address", "", "", "", ""],
        ["Ada", "", "", "not-an-email", "", "", ""],
        ["Ada", "", "", "", "X" * 301, "", ""],
        ["Ada", "", "", "", "", "", "13 Foo 2020"],
        ["Ada", "", "", "", "", "", "1 Jan 1850"],
        ["", "", "", "", "", "CFO", ""],
    ):
        assert quick(10, odd) is None, odd


def test_a_column_linkedin_does_not_write_turns_the_quick_path_off(tmp_path):
    path = tmp_path / "Connections.csv"
    _write(path, [*HEADER, "Tags"], [["Ada", "Okafor", "", "", "", "", "", "vip"]])
    header = find_header(path.read_text(encoding="utf-8"), classify_header)
    assert header is not None and header.kind == "linkedin"
    assert linkedin_quick.quick_reader(header) is None


def test_a_bulk_import_puts_the_page_cache_back(db, tmp_path, clock, monkeypatch):
    path = tmp_path / "Connections.csv"
    _write(path, HEADER, _rows(clock.today()))
    before = app_db.database.execute_sql("PRAGMA cache_size").fetchone()[0]
    assert before != -bulk_create.BULK_CACHE_KIB
    sizes = []
    real = bulk_create._insert

    def failing(*args, **kwargs):
        sizes.append(app_db.database.execute_sql("PRAGMA cache_size").fetchone()[0])
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bulk_create, "_insert", failing)
    with pytest.raises(RuntimeError):
        run_import(load_source(path), clock=clock, region="US")
    assert app_db.database.execute_sql("PRAGMA cache_size").fetchone()[0] == before

    def insert(*args, **kwargs):
        sizes.append(app_db.database.execute_sql("PRAGMA cache_size").fetchone()[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk_create, "_insert", insert)
    assert run_import(load_source(path), clock=clock, region="US").imported > 250
    assert sizes == [-bulk_create.BULK_CACHE_KIB] * 2
    assert app_db.database.execute_sql("PRAGMA cache_size").fetchone()[0] == before

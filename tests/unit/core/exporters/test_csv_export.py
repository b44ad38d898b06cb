"""CSV export with Google's header: readable by the csv module, re-importable, formula-safe."""

import csv
import io

from app.core.exporters import csv_export
from app.core.importers import load_source
from app.models import Contact
from tests.helpers.imports import contacts_by_name, import_file


def export() -> str:
    out = io.StringIO()
    csv_export.export_csv(out)
    return out.getvalue()


def test_header_is_google_current_layout(people_db):
    rows = list(csv.reader(io.StringIO(export())))
    header = rows[0]
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for column in (
        "Organization Name",
        "Organization Title",
        "Labels",
        "E-mail 2 - Value",
        "Phone 2 - Label",
        "Address 1 - City",
        "Website 1 - Value",
    ):
        assert column in header
    assert all(len(r) == len(header) for r in rows)
    assert len(rows) == 6


def test_our_csv_is_recognised_as_google(people_db, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(export(), encoding="utf-8", newline="")
    assert load_source(path).format == "google"


def test_formula_like_cells_are_guarded_but_phone_numbers_are_not(people_db):
    text = export()
    assert "'=HYPERLINK" in text and "'-Minus" in text and "'@Acme" in text and "'+Plus title" in text
    assert ",+33 6 12 34 56 78," in text
    assert csv_export.guard("-5 degrees") == "-5 degrees"
    assert csv_export.guard("+(0) 1") == "+(0) 1"


def test_round_trip_through_csv(people_db, second_db, clock, tmp_path):
    before = contacts_by_name()
    path = tmp_path / "contacts.csv"
    path.write_text(export(), encoding="utf-8", newline="")
    second_db()
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 5, merged 0, skipped 0"
    after = contacts_by_name()
    assert after.keys() == before.keys()
    for name, old in before.items():
        new = after[name]
        for field in (
            "given_name",
            "family_name",
            "company",
            "title",
            "linkedin_url",
            "circles",
            "how_met",
            "why_connect",
        ):
            assert new[field] == old[field], (name, field)
        assert [e["value"] for e in new["emails"]] == [e["value"] for e in old["emails"]]
        assert [p["value"] for p in new["phones"]] == [p["value"] for p in old["phones"]]
        assert new["notes"].startswith(old["notes"])


def test_empty_database_gives_a_header_only(db):
    rows = list(csv.reader(io.StringIO(export())))
    assert len(rows) == 1 and "E-mail 1 - Value" in rows[0]
    assert Contact.select().count() == 0

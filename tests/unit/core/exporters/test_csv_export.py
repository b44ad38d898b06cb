"""CSV export with Google's header: readable by the csv module, re-importable field for field, formula-safe."""

import csv
import datetime as dt
import io

import pytest

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.demo import contacts as demo_data
from app.core.formats.exporters import csv_export
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers import load_source
from app.models import Contact
from tests.helpers.export_compare import differences
from tests.helpers.imports import contacts_by_name, import_file


def export() -> str:
    out = io.StringIO()
    csv_export.export_csv(out)
    return out.getvalue()


def exported_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export())))


def test_header_is_google_current_layout(people_db):
    rows = list(csv.reader(io.StringIO(export())))
    header = rows[0]
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for column in (
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "Organization Name",
        "Organization Title",
        "Organization Department",
        "Birthday",
        "Labels",
        "E-mail 2 - Value",
        "Phone 2 - Label",
        "Address 1 - City",
        "Website 1 - Value",
        "Custom Field 1 - Label",
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
    assert csv_export.guard("+(0) 1") == "+(0) 1"


@pytest.mark.parametrize(
    "value",
    [
        "+1+cmd|' /C calc'!A0",  # issue 19: a signed formula starting with digits got through
        "-2+3",
        "-1+1|cmd",
        "+SUM(A1:A9)",
        '-HYPERLINK("http://x")',
        "- note",
        "-5 degrees",  # a spreadsheet reads it as a formula (an error), so it is text now
        "=1+1",
        "@SUM(A1)",
        "\t=1",
    ],
)
def test_signed_formulas_are_neutralised(value):
    assert csv_export.guard(value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["+1 555 0100", "+44 (0)20 7946-0958 ext. 12", "+1.555.0100", "+49 30 1234567 x12", "-5", "--04-12", "+33 6 12"],
)
def test_phone_numbers_and_plain_numbers_are_left_alone(value):
    assert csv_export.guard(value) == value


RICH = ContactData(
    name_prefix="Dr.",
    given_name="Grace",
    middle_name="Brewster",
    family_name="Hopper",
    name_suffix="PhD",
    nickname="Amazing Grace",
    display_name="Grace Hopper (Navy)",
    company="Navy Example Labs",
    department="Computing",
    title="Rear Admiral",
    linkedin_url="https://www.linkedin.com/in/grace-hopper-example",
    how_met="Keynote at the COBOL anniversary",
    why_connect="Mentor for language design",
    notes="First line\nSecond line, with a comma; and a semicolon",
    stage="talked",
    tie="close",
    invitation_status="accepted",
    invitation_date=dt.date(2024, 3, 1),
    source="vcard",
    keep_in_touch_days=30,
    keep_in_touch_max_days=90,
    emails=[EmailEntry("grace@navy.example", "work", True), EmailEntry("grace@home.example", "home")],
    phones=[PhoneEntry("+1 202 555 0100", "mobile", True)],
    addresses=[AddressEntry("work", "3801 Nebraska Ave NW", "Washington", "DC", "20016", "USA", True)],
    circles=["Mentors"],
    dates=[
        DateEntry(12, 9, 1906, "birthday"),
        DateEntry(6, 15, 1930, "anniversary"),
        DateEntry(8, 14, None, "other", "Retirement"),
        DateEntry(2, 29, None, "anniversary", "First commit"),
    ],
    websites=[WebsiteEntry("https://grace.example.net", "Blog"), WebsiteEntry("https://cobol.example.org", "")],
    handles=[
        HandleEntry("xmpp:grace@chat.example.org", "xmpp", "work", "im"),
        HandleEntry("https://mastodon.example/@grace", "mastodon", "", "social"),
        HandleEntry("@gracehopper", "twitter", "old account", "social"),
    ],
    vcard_properties=["X-ABRELATEDNAMES;TYPE=spouse:Vincent", "item3.X-ABLABEL:Fleet"],
)


def test_new_fields_are_written_in_googles_columns(db, clock):
    contacts.create_contact(RICH, clock=clock)
    [grace] = exported_rows()
    assert (grace["Name Prefix"], grace["Middle Name"], grace["Name Suffix"]) == ("Dr.", "Brewster", "PhD")
    assert (grace["Nickname"], grace["Organization Department"]) == ("Amazing Grace", "Computing")
    assert grace["File As"] == "Grace Hopper (Navy)"
    assert grace["Birthday"] == "1906-12-09"
    assert (grace["Event 1 - Label"], grace["Event 1 - Value"]) == ("Anniversary", "1930-06-15")
    assert (grace["Event 2 - Label"], grace["Event 2 - Value"]) == ("Retirement", "--08-14")
    assert (grace["Event 3 - Label"], grace["Event 3 - Value"]) == ("Anniversary: First commit", "--02-29")
    assert (grace["Website 1 - Label"], grace["Website 1 - Value"]) == ("LinkedIn", RICH.linkedin_url)
    assert (grace["Website 2 - Label"], grace["Website 2 - Value"]) == ("Blog", "https://grace.example.net")
    assert (grace["IM 1 - Label"], grace["IM 1 - Service"], grace["IM 1 - Value"]) == (
        "work",
        "xmpp",
        "xmpp:grace@chat.example.org",
    )
    assert grace["IM 3 - Label"] == "Social: old account"
    custom = {grace[f"Custom Field {n} - Label"]: grace[f"Custom Field {n} - Value"] for n in range(1, 12)}
    assert custom["How we met"] == "Keynote at the COBOL anniversary"
    assert (custom["Stage"], custom["Tie"], custom["Invitation"]) == ("talked", "close", "accepted")
    assert (custom["Invitation date"], custom["Keep in touch"], custom["Source"]) == ("2024-03-01", "30-90", "vcard")
    assert custom["UID"] == Contact.get().uid


def test_a_birthday_without_a_year_is_written_as_google_does(db, clock):
    contacts.create_contact(ContactData(given_name="Kenji", dates=[DateEntry(4, 12)]), clock=clock)
    assert exported_rows()[0]["Birthday"] == "--04-12"


IGNORED = {"id", "created_at", "updated_at", "last_interaction_at", "next_followup_due", "source_uids", "has_photo"}


def snapshot() -> dict[str, dict]:
    """Every live contact by UID as the JSON export shows it, ids and timestamps aside, the referrer by UID."""
    ids = [i for (i,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).tuples()]
    people = contacts_as_dicts(ids)
    uids = {c["id"]: c["uid"] for c in people}
    out = {}
    for person in people:
        item = {k: v for k, v in person.items() if k not in IGNORED}
        item["referred_by"] = uids.get(person["referred_by"]) if person["referred_by"] else None
        out[person["uid"]] = item
    return out


def test_round_trip_over_demo_data_gives_every_field_back(db, second_db, clock, tmp_path):
    demo_data.generate(contacts=60, seed=7, clock=clock)
    contacts.create_contact(RICH, clock=clock)
    referrer = Contact.select().order_by(Contact.id).first()
    referred = contacts.create_contact(
        ContactData(given_name="Lin", family_name="Ng", referred_by_id=referrer.id, dates=[DateEntry(1, 31)]),
        clock=clock,
    )
    before = snapshot()
    assert before[referred.uid]["referred_by"] == referrer.uid
    path = tmp_path / "contacts.csv"
    path.write_text(export(), encoding="utf-8", newline="")
    second_db()
    summary = import_file(path, clock=clock)
    assert summary.line() == f"imported {len(before)}, merged 0, skipped 0"
    after = snapshot()
    assert after.keys() == before.keys()
    problems = [f"{uid}{line}" for uid in before for line in differences(before[uid], after[uid])]
    assert problems == []


def test_reimporting_our_csv_into_the_same_folder_changes_nothing(people_db, clock, tmp_path):
    before = snapshot()
    path = tmp_path / "contacts.csv"
    path.write_text(export(), encoding="utf-8", newline="")
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.skipped_count) == (0, 0)
    assert snapshot() == before


def test_round_trip_through_csv_keeps_the_tricky_people(people_db, second_db, clock, tmp_path):
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
        for field in ("given_name", "family_name", "company", "title", "linkedin_url", "circles", "notes"):
            assert new[field] == old[field], (name, field)
        assert new["emails"] == old["emails"]
        assert new["phones"] == old["phones"]
        assert new["addresses"] == old["addresses"]


def test_empty_database_gives_a_header_only(db):
    rows = list(csv.reader(io.StringIO(export())))
    assert len(rows) == 1 and "E-mail 1 - Value" in rows[0]
    assert Contact.select().count() == 0

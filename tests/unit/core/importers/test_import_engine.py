"""Importing into the database: one transaction, duplicates merged never doubled, re-import changes nothing."""

import datetime as dt

import pytest

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.formats.importers import ImportCancelled, ImportRejected, load_source, run_import
from app.models import Circle, Company, Contact, ContactEmail
from tests.helpers.imports import contacts_by_name, db_content, import_file, sample

ALL_SAMPLES = [
    "linkedin_connections.csv",
    "linkedin_no_url.csv",
    "linkedin_no_email.csv",
    "google_current.csv",
    "google_legacy.csv",
    "outlook_contacts.csv",
    "android_21.vcf",
    "outlook_21_cp1252.vcf",
    "apple_30.vcf",
    "google_30.vcf",
    "nextcloud_40.vcf",
]


def test_linkedin_import_creates_accepted_connections(db, clock):
    summary = import_file(sample("linkedin_connections.csv"), clock=clock)
    assert summary.line() == "imported 5, merged 0, skipped 1"
    assert summary.skipped == [(9, "name: give at least a name, a company or an email address")]
    people = contacts_by_name()
    ada = people["Ada Okafor"]
    assert (ada["source"], ada["invitation_status"], ada["stage"]) == ("linkedin", "accepted", "connected")
    assert ada["invitation_date"] == "2023-10-12"
    assert ada["created_at"] == clock.now().isoformat()
    assert people["Zoë Lefèvre-Ñúñez"]["company"] == "Fabrikam, Inc."


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_reimporting_the_same_file_changes_nothing(db, clock, name):
    first = import_file(sample(name), clock=clock)
    assert first.imported > 0
    before = db_content()
    clock.advance(days=3)
    again = import_file(sample(name), clock=clock)
    assert again.imported == 0
    assert again.merged == first.imported + first.merged
    assert again.updated == 0
    assert db_content() == before


def test_every_sample_imports_without_skipping_real_people(db, clock):
    for name in ALL_SAMPLES:
        summary = import_file(sample(name), clock=clock)
        assert all("give at least a name" in reason for _, reason in summary.skipped), (name, summary.skipped)
    people = contacts_by_name()
    assert len(people) == Contact.select().count()
    assert Contact.select().count() == len({c["uid"] for c in people.values()})


def test_same_email_merges_and_fills_empty_fields(db, clock):
    existing = contacts.create_contact(
        ContactData(given_name="Ben", family_name="Ito", emails=[EmailEntry("Ben.Ito@northwind.example.com")]),
        clock=clock,
    )
    summary = import_file(sample("google_30.vcf"), clock=clock)
    assert (summary.imported, summary.merged, summary.updated) == (1, 1, 1)
    ben = contacts_by_name()["Ben Ito"]
    assert ben["id"] == existing.id
    assert (ben["company"], ben["title"]) == ("Northwind Traders", "Senior Technical Recruiter")
    assert ben["linkedin_url"] == "https://www.linkedin.com/in/benito-recruits"
    assert [e["value"] for e in ben["emails"]] == ["Ben.Ito@northwind.example.com"]  # not doubled
    assert ben["circles"] == ["Recruiters"]
    assert ben["source"] == "manual"  # where the person first came from


def test_same_linkedin_url_merges_and_moves_a_sent_invitation_to_accepted(db, clock):
    contacts.create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            linkedin_url="linkedin.com/in/ada-okafor-3b1a2c/",
            invitation_status="sent",
            stage="invited",
            title="Ops",
        ),
        clock=clock,
    )
    import_file(sample("linkedin_connections.csv"), clock=clock)
    ada = contacts_by_name()["Ada Okafor"]
    assert Contact.select().where(Contact.family_name == "Okafor").count() == 1
    assert (ada["invitation_status"], ada["stage"], ada["invitation_date"]) == ("accepted", "connected", "2023-10-12")
    assert ada["title"] == "Ops"  # never overwritten…
    assert "Title (from import): Operations Lead" in ada["notes"]  # …and never silently dropped


def test_same_name_and_company_is_a_possible_duplicate_not_a_merge(db, clock):
    """Names are compared ignoring case and accents, but a name (+ company) alone never merges (DESIGN §3)."""
    contacts.create_contact(ContactData(given_name="zoe", family_name="LEFEVRE NUNEZ", company="fabrikam inc"))
    summary = import_file(sample("linkedin_connections.csv"), clock=clock)
    assert summary.merged == 0
    assert Contact.select().where(Contact.family_name.contains("LEF")).count() == 2
    [(line, note)] = summary.possible_duplicates
    assert line == 7 and "may be the same person as zoe LEFEVRE NUNEZ" in note
    assert summary.review_line() == "1 possible duplicate to review in Contacts → Duplicates"
    assert any("may be the same person" in line for line in summary.report_lines())


def test_same_name_at_another_company_is_another_person(db, clock):
    contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor", company="Other Corp"))
    import_file(sample("linkedin_connections.csv"), clock=clock)
    assert Contact.select().where(Contact.family_name == "Okafor").count() == 2


def test_duplicates_inside_one_file_become_one_contact(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme,CTO,1 Jan 2024\n"
        "Anna,Berg,http://linkedin.com/in/anna-berg/,anna@example.com,Acme,CTO,1 Jan 2024\n"
    )
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 1, merged 1, skipped 0"
    [anna] = contacts_by_name().values()
    assert [e["value"] for e in anna["emails"]] == ["anna@example.com"]


def test_one_file_merging_into_people_from_another(db, clock):
    import_file(sample("apple_30.vcf"), clock=clock)  # Ada, with her LinkedIn URL
    summary = import_file(sample("linkedin_connections.csv"), clock=clock)
    assert summary.merged == 1
    ada = contacts_by_name()["Ada Okafor"]
    assert ada["company"] == "Example Freight, Ltd."
    assert "Company (from import): Example Freight" in ada["notes"]
    assert ada["invitation_status"] == "accepted"


def test_vcard_uid_becomes_the_contact_uid_and_matches_later(db, clock):
    import_file(sample("nextcloud_40.vcf"), clock=clock)
    carla = Contact.get(Contact.family_name == "Ruiz")
    assert carla.uid == "6f1c7d9e-3b2a-4c5d-8e9f-0a1b2c3d4e5f"
    Contact.update(given_name="Carlita").where(Contact.id == carla.id).execute()
    ContactEmail.delete().execute()
    assert import_file(sample("nextcloud_40.vcf"), clock=clock).merged == 1


def test_trashed_contacts_are_matched_not_resurrected(db, clock):
    import_file(sample("google_30.vcf"), clock=clock)
    contacts.trash_contacts([c.id for c in Contact.select()], clock=clock)
    summary = import_file(sample("google_30.vcf"), clock=clock)
    assert (summary.imported, summary.merged) == (0, 2)
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 0


def test_dry_run_writes_nothing_but_reports_the_same(db, clock):
    contacts.create_contact(ContactData(given_name="Ben", emails=[EmailEntry("ben.ito@northwind.example.com")]))
    before = db_content()
    seen = []
    dry = import_file(sample("linkedin_connections.csv"), dry_run=True, clock=clock, on_row=seen.append)
    assert db_content() == before
    assert [o.action for o in seen] == ["create", "merge", "create", "create", "skip", "create"]
    assert "matches Ben" in seen[1].detail
    real = import_file(sample("linkedin_connections.csv"), clock=clock)
    assert (dry.imported, dry.merged, dry.skipped) == (real.imported, real.merged, real.skipped)
    assert real.line() == "imported 4, merged 1, skipped 1"
    assert dry.line() == "would import 4, merge 1, skip 1"


def test_rejected_files_leave_the_database_unchanged(db, clock, tmp_path):
    import_file(sample("google_current.csv"), clock=clock)
    before = db_content()
    bad = tmp_path / "bad.csv"
    for content in (b"", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"Product,Price\nWidget,1\n"):
        bad.write_bytes(content)
        with pytest.raises(ImportRejected):
            import_file(bad, clock=clock)
    assert db_content() == before


def test_cancel_rolls_everything_back(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    lines = ["First Name,Last Name,Company,Position,Connected On"]
    lines += [f"Person{i},Family{i},Company{i % 7},Role,1 Jan 2024" for i in range(2000)]
    path.write_text("\n".join(lines))
    before = db_content()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 9  # after the plan, during the writes

    with pytest.raises(ImportCancelled):
        run_import(load_source(path), clock=clock, cancelled=cancelled)
    assert db_content() == before
    assert Contact.select().count() == 0 and Company.select().count() == 0


def test_an_error_midway_rolls_everything_back(db, clock, monkeypatch):
    from app.core.contacts import bulk_create as contacts_bulk

    before = db_content()

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(contacts_bulk, "_flush_children", explode)
    with pytest.raises(RuntimeError):
        import_file(sample("google_current.csv"), clock=clock)
    assert db_content() == before


def test_progress_goes_from_start_to_end(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Company,Position,Connected On\n"
        + "\n".join(f"P{i},F{i},C,R,1 Jan 2024" for i in range(1200))
    )
    seen = []
    import_file(path, clock=clock, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3


def test_hostile_text_is_stored_literally(db, clock, tmp_path):
    nasty = [
        "Robert'); DROP TABLE contact;--",
        '=HYPERLINK("http://evil.example")',
        "<script>alert(1)</script>",
        'NEAR(a b) OR * "quoted"',
        "%s %d {0} {name}",
    ]
    path = tmp_path / "Connections.csv"
    body = "\n".join(
        f'"{n.replace(chr(34), chr(34) * 2)}",X{i},Acme,"{n.replace(chr(34), chr(34) * 2)}",1 Jan 2024'
        for i, n in enumerate(nasty)
    )
    path.write_text("First Name,Last Name,Company,Position,Connected On\n" + body + "\n")
    summary = import_file(path, clock=clock)
    assert summary.imported == len(nasty)
    stored = {c.given_name: c.title for c in Contact.select()}
    assert stored == {n: n for n in nasty}


def test_new_circles_and_companies_are_created_once(db, clock):
    import_file(sample("google_current.csv"), clock=clock)
    import_file(sample("nextcloud_40.vcf"), clock=clock)  # same Carla, same circles, same company
    assert Circle.select().where(Circle.name == "Madrid meetup").count() == 1
    assert Company.select().where(Company.name == "Fabrikam").count() == 1


def test_an_invalid_email_is_kept_as_a_note_and_its_person_imported(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Anna,Berg,anna at example dot com,Acme,CTO,1 Jan 2024\n"
        "Bob,Ray,bob@example.com,Acme,CTO,1 Jan 2024\n"
    )
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 2, merged 0, skipped 0"
    [(line, warning)] = summary.warnings
    assert line == 2 and warning.startswith('kept "anna at example dot com" as a note: not an email address')
    assert summary.report_lines() == [f"{path}:2: {warning}"]
    anna = Contact.get(Contact.given_name == "Anna")
    assert "Email: anna at example dot com" in anna.notes and anna.company.name == "Acme"


def test_created_contacts_have_search_index_rows(db, clock):
    import_file(sample("linkedin_connections.csv"), clock=clock)
    from app.models import ContactIndex

    rows = ContactIndex.select().where(ContactIndex.match("okafor")).count()
    assert rows == 1


def test_imported_dates_and_timestamps_read_back_as_python_values(db, clock):
    import_file(sample("linkedin_connections.csv"), clock=clock)
    ada = Contact.get(Contact.family_name == "Okafor")
    assert ada.invitation_date == dt.date(2023, 10, 12)
    assert ada.created_at == clock.now()


def test_follow_up_rules_see_each_new_contact_as_stored(db, clock, monkeypatch):
    from app.core.followups import rules as followup_rules

    seen = []

    def record(contacts_, clock):
        seen.extend(
            (c.id, c.uid, c.display_name, c.invitation_status, c.invitation_date, c.company_id, c.deleted_at)
            for c in contacts_
        )
        return []

    monkeypatch.setattr(followup_rules, "contacts_created", record)
    import_file(sample("linkedin_connections.csv"), clock=clock)
    stored = [
        (c.id, c.uid, c.display_name, c.invitation_status, c.invitation_date, c.company_id, None)
        for c in Contact.select().order_by(Contact.id)
    ]
    assert seen == stored


def test_batch_loaded_contacts_equal_what_the_contacts_service_reads(demo_db):
    from app.core.contacts.contact_data import ContactData as Data
    from app.core.formats.exporters.json_export import contacts_as_dicts
    from app.core.formats.importers.matching import data_from_dict

    contacts.create_contact(Data(given_name="Photo", photo=b"\x89PNG...", invitation_date=dt.date(2024, 1, 2)))
    ids = [c.id for c in Contact.select()]
    photos = {c.id: c.photo for c in Contact.select() if c.photo}
    for item in contacts_as_dicts(ids):
        expected = Data.from_contact(Contact.get_by_id(item["id"]))
        assert data_from_dict(item, photos.get(item["id"])) == expected


def test_row_warnings_show_in_the_preview_details(db, clock, tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nPHOTO;VALUE=uri:https://example.com/a.jpg\nEND:VCARD\n")
    seen = []
    summary = import_file(path, clock=clock, dry_run=True, on_row=seen.append)
    assert "did not download" in seen[0].detail
    assert summary.warnings == [(1, seen[0].detail)]

"""Rapport's own JSON export back in (issue 15, item 6): restore into an empty folder, merge into one with data,
and hostile files that must never crash the import nor write half of it."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import shutil

import pytest

from app import db as app_db
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.demo import contacts as demo_data
from app.core.followups import rules as followup_rules
from app.core.formats.exporters.json_export import build_export, write_json
from app.core.formats.importers.errors import ImportCancelled, ImportRejected
from app.core.formats.importers.json_backup import looks_like_json, read_backup
from app.core.formats.importers.json_import import has_data, run_json_import
from app.models import (
    Circle,
    Company,
    Contact,
    ContactAddress,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactImage,
    ContactResearch,
    ContactSourceUid,
    ContactVcardProperty,
    ContactWebsite,
    FollowUp,
    Interaction,
    LedgerEntry,
    Pitch,
    PitchRevision,
    Profile,
    Rehearsal,
    Setting,
    Template,
)
from tests.helpers.export_compare import canonical, differences
from tests.helpers.imports import db_content

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 40
PNG_B64 = base64.b64encode(PNG).decode("ascii")


@pytest.fixture
def folders(tmp_path, migrated_template):
    """Open one migrated data folder after the other by name (``folders("source")``); the last one stays open."""

    def open_folder(name: str):
        path = tmp_path / name / "rapport.sqlite3"
        if not path.exists():
            path.parent.mkdir()
            shutil.copyfile(migrated_template, path)
        return app_db.open_database(path)

    yield open_folder
    app_db.close_database()


def enrich(clock) -> None:
    """Everything demo data leaves out: name parts, dates, websites, handles, kept vCard lines, foreign UIDs,
    pictures, addresses, the trash, a snoozed recurring follow-up, edited and own templates and circles, company
    notes, research, card images, settings and a profile picture."""
    a, b, c, d, e = [i for (i,) in Contact.select(Contact.id).order_by(Contact.id).limit(5).tuples()]
    Contact.update(
        name_prefix="Dr.",
        middle_name="Quinn",
        name_suffix="Jr.",
        nickname="Ace",
        department="Logistics",
        photo=PNG,
        keep_in_touch_days=30,
        keep_in_touch_max_days=45,
    ).where(Contact.id == a).execute()
    ContactDate.create(contact=a, kind="birthday", month=4, day=12)
    ContactDate.create(contact=a, kind="other", label="Graduation", year=2010, month=6, day=30, position=1)
    ContactWebsite.create(contact=a, value="https://ada.example.org", label="blog")
    ContactHandle.create(contact=a, kind="social", service="mastodon", value="@ada@example.social")
    ContactHandle.create(contact=a, kind="im", service="xmpp", value="xmpp:ada@example.org", position=1)
    ContactVcardProperty.create(contact=a, line="item3.X-ABRELATEDNAMES:Jane")
    ContactSourceUid.create(contact=a, uid="phone-card-1")
    ContactAddress.create(contact=b, label="home", street="1 Main St", locality="Springfield", is_primary=True)
    ContactImage.create(contact=b, kind="card_front", mime="image/png", data=PNG, width=1, height=1)
    Contact.update(referred_by=c).where(Contact.id == d).execute()
    contacts.trash_contacts([c, d], clock=clock)
    FollowUp.create(
        contact=e,
        title="Call back about the list",
        due=dt.date(2026, 3, 20),
        due_time=dt.time(9, 30),
        original_due=dt.date(2026, 3, 18),
        snoozed_until=dt.date(2026, 3, 20),
        recurrence="FREQ=WEEKLY",
        notes="bring the list",
    )
    Template.update(body="My own thank-you words").where(Template.builtin, Template.kind == "thank_you").execute()
    Template.create(name="Coffee ask", kind="warm_call", subject="Coffee?", body="Hi {first_name}", position=50)
    Circle.update(colour="#123456", keep_in_touch_days=45).where(Circle.name == "Friends").execute()
    Circle.create(name="Book club", colour="#abcdef", position=20, keep_in_touch_days=60)
    Company.update(notes="Hiring in spring", is_target=True).where(Company.id == Company.select(Company.id)).execute()
    ContactResearch.create(contact=e, notes="Ships on time", questions='{"asked": ["who"], "custom": ["Why?"]}')
    Setting.write("weekly_goals", {"gives": 3, "conversations": 2})
    Setting.write("duplicates_not_the_same", [[a, b]])
    Profile.update(photo=PNG).execute()
    followup_rules.run_all(clock=clock)  # the rules are settled: a restore must leave them nothing to do


def export_text() -> str:
    out = io.StringIO()
    write_json(build_export(), out)
    return out.getvalue()


def source_export(folders, clock, tmp_path, contacts_count=60, seed=5):
    folders("source")
    demo_data.generate(contacts=contacts_count, seed=seed, clock=clock)
    enrich(clock)
    path = tmp_path / "all.json"
    path.write_text(export_text(), encoding="utf-8")
    return path


def write_doc(tmp_path, doc, name="doc.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def minimal(**lists):
    return {"format": "rapport-export", "version": 1, **lists}


# --- restore ---------------------------------------------------------------------------------------------------
def test_restore_into_an_empty_folder_gives_back_the_same_export(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path)
    first = json.loads(path.read_text(encoding="utf-8"))
    assert first["trash"] and first["contact_images"] and first["pitch_revisions"] and first["settings"]
    assert first["contact_photos"] and first["profile"]["photo"]
    folders("target")
    assert not has_data()
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.restore and not summary.dry_run
    assert summary.line() == "imported 60, merged 0, skipped 0"
    assert summary.skipped == [] and summary.warnings == []
    assert summary.details_line().startswith("restored the profile, ")
    second = json.loads(export_text())
    assert differences(canonical(first), canonical(second)) == []


def test_the_comparison_notices_a_changed_field(folders, clock, tmp_path):
    """The round-trip test can fail: one changed value (or one lost row) shows up."""
    path = source_export(folders, clock, tmp_path, contacts_count=20)
    first = canonical(json.loads(path.read_text(encoding="utf-8")))
    folders("target")
    run_json_import(read_backup(path), clock=clock)
    Interaction.update(summary="changed").where(Interaction.id == Interaction.select(Interaction.id)).execute()
    ContactWebsite.delete().execute()
    found = differences(first, canonical(json.loads(export_text())))
    assert any(".summary:" in d for d in found)
    assert any(".websites" in d for d in found)


def shifted(doc: dict, by: int) -> dict:
    """``doc`` with every contact and interaction id (and every reference to one, rule keys included) moved by
    ``by``: the ids of a file are its own, never the new database's."""
    doc = json.loads(json.dumps(doc))

    def move(value):
        return None if value is None else value + by

    def key(rule_key):
        if not rule_key:
            return rule_key
        parts = rule_key.split(":")
        for i in range(len(parts) - 1):
            if parts[i] in ("contact", "interaction") and parts[i + 1].isdigit():
                parts[i + 1] = str(int(parts[i + 1]) + by)
        if parts[0] == "call_referral" and len(parts) >= 4:
            parts[3] = str(int(parts[3]) + by)
        return ":".join(parts)

    for c in doc["contacts"] + doc["trash"]:
        c["id"], c["referred_by"] = move(c["id"]), move(c["referred_by"])
    for i in doc["interactions"]:
        i["id"], i["contact_id"], i["other_contact_id"] = (
            move(i["id"]),
            move(i["contact_id"]),
            move(i["other_contact_id"]),
        )
    for row in doc["ledger"]:
        row["contact_id"], row["interaction_id"] = move(row["contact_id"]), move(row["interaction_id"])
    for row in doc["followups"]:
        row["contact_id"], row["source_interaction_id"] = move(row["contact_id"]), move(row["source_interaction_id"])
        row["rule_key"] = key(row["rule_key"])
    for pitch in doc["pitches"]:
        pitch["contact_ids"] = [move(c) for c in pitch["contact_ids"]]
    for row in doc["research"] + doc["contact_images"] + doc["contact_photos"]:
        row["contact_id"] = move(row["contact_id"])
    doc["settings"]["duplicates_not_the_same"] = [
        [move(a), move(b)] for a, b in doc["settings"]["duplicates_not_the_same"]
    ]
    for opp in doc["opportunities"]:
        opp["id"] = move(opp["id"])
        for interview in opp["interviews"]:
            interview["id"] = move(interview["id"])
        for row in opp["people"]:
            row["contact_id"], row["interview_id"] = move(row["contact_id"]), move(row["interview_id"])
    for document in doc["documents"]:
        document["id"] = move(document["id"])
        for version in document["versions"]:
            version["id"] = move(version["id"])
    for row in doc["documents_sent"]:
        row["version_id"], row["opportunity_id"] = move(row["version_id"]), move(row["opportunity_id"])
        row["contact_id"] = move(row["contact_id"])
    return doc


def test_restore_maps_every_reference_and_keeps_timestamps(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path, contacts_count=30)
    doc = json.loads(path.read_text(encoding="utf-8"))
    moved = write_doc(tmp_path, shifted(doc, 1000), "moved.json")
    folders("target")
    summary = run_json_import(read_backup(moved), clock=clock)
    assert summary.warnings == []
    assert differences(canonical(doc), canonical(json.loads(export_text()))) == []
    by_uid = {c.uid: c for c in Contact.select()}
    assert max(by_uid[item["uid"]].id for item in doc["contacts"]) < 1000
    for item in doc["contacts"] + doc["trash"]:
        contact = by_uid[item["uid"]]
        assert contact.created_at.isoformat() == item["created_at"]
        assert contact.updated_at.isoformat() == item["updated_at"]
        assert (contact.deleted_at is not None) == (item in doc["trash"])
    assert by_uid[doc["contacts"][0]["uid"]].photo == PNG
    assert [s.uid for s in ContactSourceUid.select()] == ["phone-card-1"]
    # rule keys name the new rows: the rules, run again, find every follow-up they made and make none twice
    before = FollowUp.select().count()
    followup_rules.run_all(clock=clock)
    assert FollowUp.select().count() == before


def test_restore_does_not_double_the_seeded_templates_or_circles(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path, contacts_count=10)
    seeded_templates, seeded_circles = Template.select().count() - 1, Circle.select().count() - 1
    folders("target")
    assert (Template.select().count(), Circle.select().count()) == (seeded_templates, seeded_circles)
    run_json_import(read_backup(path), clock=clock)
    assert Template.select().count() == seeded_templates + 1  # the user's own
    assert Circle.select().count() == seeded_circles + 1
    thank_you = Template.get(Template.builtin, Template.kind == "thank_you")
    assert thank_you.body == "My own thank-you words"
    assert Circle.get(Circle.name == "Friends").colour == "#123456"


def test_importing_the_same_file_again_changes_nothing_and_says_so(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path, contacts_count=40)
    folders("target")
    run_json_import(read_backup(path), clock=clock)
    before = db_content()
    again = run_json_import(read_backup(path), clock=clock)
    assert not again.restore
    assert again.line() == "imported 0, merged 40, skipped 0"
    assert again.updated == 0 and again.changed_nothing
    assert again.details_line() == "nothing new: everything in all.json is already here"
    assert db_content() == before


def test_a_dry_run_reports_the_same_and_writes_nothing(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path, contacts_count=25)
    folders("target")
    before = db_content()
    seen = []
    dry = run_json_import(read_backup(path), dry_run=True, clock=clock, on_row=seen.append)
    assert db_content() == before
    assert dry.line() == "would import 25, merge 0, skip 0"
    assert dry.details_line().startswith("would restore the profile, ")
    assert [o.action for o in seen] == ["create"] * 25
    assert [o.line for o in seen] == list(range(1, 26))
    assert "in the trash" in seen[-1].detail
    real = run_json_import(read_backup(path), clock=clock)
    assert (real.imported, real.added) == (dry.imported, dry.added)


def test_a_failure_or_a_cancel_leaves_the_folder_untouched(folders, clock, tmp_path, monkeypatch):
    from app.core.formats.importers import json_import

    path = source_export(folders, clock, tmp_path, contacts_count=30)
    folders("target")
    before = db_content()

    def broken(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(json_import._Import, "templates", broken)
    with pytest.raises(RuntimeError):
        run_json_import(read_backup(path), clock=clock)
    assert db_content() == before
    monkeypatch.undo()
    calls = []

    def cancel_later() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ImportCancelled):
        run_json_import(read_backup(path), clock=clock, cancelled=cancel_later)
    assert db_content() == before


# --- merge -----------------------------------------------------------------------------------------------------
def test_merge_into_a_folder_with_data_adds_history_without_doubling(folders, clock, tmp_path):
    path = source_export(folders, clock, tmp_path, contacts_count=30, seed=5)
    doc = json.loads(path.read_text(encoding="utf-8"))
    with_email = next(c for c in doc["contacts"] if c["emails"] and not c["source_uids"])
    folders("target")
    demo_data.generate(contacts=20, seed=11, clock=clock)
    known = contacts.create_contact(
        ContactData(given_name="Known", family_name="Here", emails=[EmailEntry(with_email["emails"][0]["value"])]),
        clock=clock,
    )
    counts = {m: m.select().count() for m in (Contact, Interaction, LedgerEntry, Pitch, Rehearsal, PitchRevision)}
    keys_before = {f.rule_key for f in FollowUp.select() if f.rule_key}
    summary = run_json_import(read_backup(path), clock=clock)
    assert not summary.restore
    assert summary.line() == "imported 29, merged 1, skipped 0"
    assert Contact.select().count() == counts[Contact] + 29
    assert Interaction.select().count() == counts[Interaction] + len(doc["interactions"])
    assert LedgerEntry.select().count() == counts[LedgerEntry] + len(doc["ledger"])
    assert Rehearsal.select().count() == counts[Rehearsal] + len(doc["rehearsals"])
    # demo data made the very same pitches and revisions in both folders (same titles, same moments)
    assert Pitch.select().count() == counts[Pitch]
    assert summary.present["pitches"] == len(doc["pitches"])
    assert PitchRevision.select().count() == counts[PitchRevision]
    # the merged contact keeps its name, gains the file's UID, its history and its values
    merged = Contact.get_by_id(known.id)
    assert merged.given_name == "Known"
    assert with_email["uid"] in {s.uid for s in ContactSourceUid.select().where(ContactSourceUid.contact == known)}
    theirs = [i for i in doc["interactions"] if i["contact_id"] == with_email["id"]]
    assert Interaction.select().where(Interaction.contact == known).count() == len(theirs)
    # follow-ups: each of the file's is here once; the rules' monthly updates were already here
    uids = [f.uid for f in FollowUp.select()]
    assert len(uids) == len(set(uids))
    monthly = [f for f in doc["followups"] if (f["rule_key"] or "").startswith("monthly_update:")]
    clash = [f for f in monthly if f["rule_key"] in keys_before]
    assert summary.present["followups"] == len(clash)
    # a second import changes nothing
    before = db_content()
    again = run_json_import(read_backup(path), clock=clock)
    assert again.line() == "imported 0, merged 30, skipped 0"
    assert again.changed_nothing
    assert db_content() == before


def test_a_contact_is_found_by_a_foreign_uid_of_the_file(folders, clock, tmp_path):
    doc = minimal(
        contacts=[
            {"id": 7, "uid": "rapport-uid-7", "given_name": "Ada", "source_uids": ["phone-card-1"], "notes": "met at X"}
        ],
        interactions=[{"id": 1, "uid": "i-1", "contact_id": 7, "kind": "call", "occurred_at": "2026-01-02T10:00:00"}],
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    ada = contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    ContactSourceUid.create(contact=ada, uid="phone-card-1")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.line() == "imported 0, merged 1, skipped 0"
    assert Contact.select().count() == 1
    assert Contact.get_by_id(ada.id).notes == "met at X"
    assert Interaction.get().contact_id == ada.id


# --- hostile files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "rapport-export", "version": 2, "contacts": []}', "newer Rapport (export version 2)"),
        (b'{"format": "rapport-export", "version": "1"}', "unknown Rapport export version 1"),
        (b'{"format": "rapport-export", "version": 0}', "unknown Rapport export version 0"),
        (b'{"format": "rapport-export"}', "unknown Rapport export version null"),
        (b'{"format": "vcard-export", "version": 1}', 'its format is "vcard-export"'),
        (b'{"contacts": []}', "its format is none"),
        (b"[1, 2, 3]", "not a Rapport export (it holds a list"),
        (b'"rapport-export"', "it holds text"),
        (b'{"format": "rapport-export", "version": 1, "contacts": {"a": 1}}', "contacts: expected a list"),
        (b'{"format": "rapport-export", "version": 1,', "not valid JSON"),
        (b'{"format": "rapport-export", "version": NaN}', "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"\xff\xfe\x00\xd8", "not UTF-8"),
        (b"   \n", "empty"),
        (b'{"format": "rapport-export", "version": 1, "contacts": []}', "holds nothing to import"),
        (
            b'{"format": "rapport-export", "version": 1, "contacts": [{"id": 1}, {"notes": "x"}]}',
            "nobody could be imported: contacts[0]: name",
        ),
    ],
)
def test_a_file_that_is_not_an_export_this_rapport_reads_is_rejected_and_writes_nothing(
    folders, clock, tmp_path, content, message
):
    folders("target")
    demo_data.generate(contacts=5, seed=2, clock=clock)
    before = db_content()
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        run_json_import(read_backup(path), clock=clock)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}: ")
    assert db_content() == before


def test_odd_values_keep_their_person_and_are_reported_by_place(folders, clock, tmp_path):
    doc = minimal(
        contacts=[
            {
                "id": 1,
                "uid": "u-1",
                "given_name": 42,
                "family_name": ["not", "a", "name"],
                "emails": [{"value": ["x"]}, {"value": "ada@example.invalid", "primary": "yes"}, "bare@example.org"],
                "phones": [{"value": "BusinessPhone"}, {"value": "+1 202 555 0143", "e164": "not-e164"}],
                "keep_in_touch_days": "often",
                "stage": "best friend",
                "dates": [{"month": "April", "day": 12}, {"month": 2, "day": 30}, 7],
                "invitation_date": "yesterday",
                "photo": "%%% not base64",
                "circles": ["Friends", 3, None],
                "created_at": "2024-01-02T03:04:05+02:00",
                "display_name": "D" * 5_000,
            },
            {"id": 3, "uid": "u-3", "given_name": "Long", "notes": "n" * 1_200_000, "photo": PNG_B64},
            {"id": 2, "given_name": "Lone \ud800 surrogate", "company": "Acme", "referred_by": 999},
            "not an object",
        ],
        contact_photos=[{"contact_id": 2, "data": PNG_B64}, {"contact_id": 5, "data": PNG_B64}, {"contact_id": 3}],
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.line() == "imported 3, merged 0, skipped 0"
    places = [where for where, _ in summary.warnings]
    messages = dict(summary.warnings)
    assert messages["contacts[0].given_name"] == 'expected text, found a number; kept as "42"'
    assert messages["contacts[0].family_name"] == "expected text, found a list; left out"
    assert messages["contacts[0].emails[0].value"] == "expected text, found a list; left out"
    assert "contacts[0].emails[1].primary" in places
    assert messages["contacts[0].keep_in_touch_days"] == "expected a whole number, found text; left out"
    assert messages["contacts[0].invitation_date"] == '"yesterday" is not a date; left out'
    assert messages["contacts[0].photo"] == "not base64 data; left out"
    assert "contacts[0].circles[1]" in places
    assert "contacts[0].dates[2]" in places
    assert messages["contacts[3]"] == "expected an object, found text; left out"
    assert messages["contact_photos[1].contact_id"] == "no contact with id 5 in the file; picture left out"
    assert "contact_photos[2]" not in places  # no data: no picture, nothing odd
    assert messages["contacts[1]"] == "notes is 1,200,000 characters long; kept the first 1,000,000"
    assert messages["contacts[2].referred_by"].startswith("no contact with id 999 in the file")
    assert any("BusinessPhone" in text for where, text in summary.warnings if where == "contacts[0]")
    ada = Contact.get(Contact.uid == "u-1")
    assert ada.given_name == "42"
    assert [
        e.value for e in ContactEmail.select().where(ContactEmail.contact == ada).order_by(ContactEmail.position)
    ] == [
        "ada@example.invalid",
        "bare@example.org",
    ]
    assert "Phone: BusinessPhone" in ada.notes and "Stage: best friend" in ada.notes
    assert "April" in ada.notes
    assert len(Contact.get(Contact.uid == "u-3").notes) == 1_000_000
    assert len(ada.display_name) == 300
    assert ada.created_at == dt.datetime.fromisoformat("2024-01-02T03:04:05+02:00").astimezone().replace(tzinfo=None)
    assert ContactDate.select().count() == 0
    lone = Contact.get(Contact.company == Company.get(Company.name == "Acme"))
    assert lone.given_name == "Lone \ufffd surrogate" and lone.referred_by is None
    assert lone.photo == PNG and Contact.get(Contact.uid == "u-3").photo == PNG


def test_history_with_dangling_ids_is_left_out_with_a_reason(folders, clock, tmp_path):
    doc = minimal(
        contacts=[{"id": 1, "uid": "u-1", "given_name": "Ada"}, {"id": 2, "uid": "u-2", "title": ""}],
        interactions=[
            {"id": 5, "uid": "i-5", "contact_id": 1, "kind": "zoom", "occurred_at": "2026-01-05T09:00:00"},
            {"id": 6, "uid": "i-6", "contact_id": 99, "kind": "call", "occurred_at": "2026-01-05T09:00:00"},
            {"id": 7, "uid": "i-7", "contact_id": 1, "kind": "call"},
            {
                "id": 8,
                "uid": "i-8",
                "contact_id": 1,
                "other_contact_id": 42,
                "kind": "introduction",
                "occurred_at": "2026-01-06T09:00:00",
            },
            {"id": 9, "uid": "i-9", "contact_id": 2, "kind": "call", "occurred_at": "2026-01-06T09:00:00"},
        ],
        ledger=[
            {
                "contact_id": 1,
                "direction": "gave",
                "what": "a link",
                "interaction_id": 77,
                "occurred_at": "2026-01-05T09:00:00",
            },
            {"contact_id": 1, "direction": "stole", "what": "a pen"},
        ],
        followups=[
            {
                "uid": "f-1",
                "contact_id": 1,
                "title": "Thank Ada",
                "kind": "thank_you",
                "due": "2026-01-05",
                "rule_key": "thank_you:interaction:5",
                "source_interaction_id": 5,
            },
            {
                "uid": "f-2",
                "contact_id": 1,
                "title": "Odd",
                "kind": "party",
                "status": "maybe",
                "due": "2026-01-07",
                "rule_key": "thank_you:interaction:404",
            },
            {"uid": "f-3", "contact_id": 3, "title": "Nobody", "due": "2026-01-07"},
            {"uid": "f-4", "contact_id": 1, "title": "No day"},
        ],
        pitches=[{"id": 1, "title": "Recruiter", "body": "Hello", "contact_ids": [1, 2, "x"], "wpm": 10**30}],
        rehearsals=[
            {
                "pitch_id": 1,
                "started_at": "2026-01-05T08:00:00",
                "duration_ms": 29000,
                "words": 70,
                "wpm": 145.0,
                "audio_path": "../../etc/passwd",
            },
            {"pitch_id": 9, "started_at": "2026-01-05T08:00:00"},
        ],
        research=[{"contact_id": 12, "notes": "?"}],
        templates=[{"name": "Odd", "kind": "sonnet", "body": "x"}],
        circles=[{"name": "Gym", "colour": "red"}, {"colour": "#000000"}],
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    summary = run_json_import(read_backup(path), clock=clock)
    messages = dict(summary.warnings)
    assert messages["interactions[0].kind"].startswith('"zoom" is not a kind of interaction')
    assert messages["interactions[1].contact_id"] == "no contact with id 99 in the file; interaction left out"
    assert messages["interactions[2]"] == "no date and time (occurred_at); interaction left out"
    assert messages["interactions[3].other_contact_id"].startswith("no contact with id 42")
    assert messages["interactions[4].contact_id"] == "the contact with id 2 was skipped; interaction left out"
    assert summary.skipped == [("contacts[1]", "name: give at least a name, a company or an email address")]
    assert messages["ledger[1].direction"].endswith("entry left out")
    assert messages["followups[1].kind"].startswith('"party" is not one of')
    assert messages["followups[1].status"].startswith('"maybe" is not one of')
    assert messages["followups[1].rule_key"] == "names a interaction that is not in the file; left out"
    assert messages["followups[2].contact_id"].startswith("no contact with id 3")
    assert messages["followups[3]"] == "no due date; follow-up left out"
    assert messages["pitches[0].wpm"].startswith("1000000000000000000000000000000 is outside")
    assert messages["rehearsals[0].audio_path"] == "a recording outside the data folder; left out"
    assert messages["rehearsals[1].pitch_id"].startswith("no pitch with id 9")
    assert messages["research[0].contact_id"].startswith("no contact with id 12")
    assert messages["templates[0].kind"].endswith("template left out")
    assert messages["circles[0].colour"].startswith('"red" is not a colour')
    assert messages["circles[1]"] == "a circle without a name; left out"
    ada = Contact.get(Contact.uid == "u-1")
    zoom = Interaction.get(Interaction.uid == "i-5")
    assert (zoom.kind, zoom.notes) == ("other", "Kind: zoom")
    assert Interaction.select().count() == 2
    thank = FollowUp.get(FollowUp.uid == "f-1")
    assert thank.rule_key == f"thank_you:interaction:{zoom.id}" and thank.source_interaction_id == zoom.id
    odd = FollowUp.get(FollowUp.uid == "f-2")
    assert (odd.kind, odd.status, odd.rule_key) == ("custom", "open", None)
    assert LedgerEntry.get().interaction is None
    assert [link.contact_id for link in Pitch.get().contact_links] == [ada.id]
    assert Pitch.get().wpm == 150
    assert Rehearsal.get().audio_path is None
    assert Circle.get(Circle.name == "Gym").colour == "#4e79a7"


def test_referral_loops_and_duplicates_in_the_file_are_broken(folders, clock, tmp_path):
    doc = minimal(
        contacts=[
            {"id": 1, "uid": "a", "given_name": "A", "referred_by": 2},
            {"id": 2, "uid": "b", "given_name": "B", "referred_by": 3},
            {"id": 3, "uid": "c", "given_name": "C", "referred_by": 1},
            {"id": 4, "uid": "d", "given_name": "D", "referred_by": 4},
            {"id": 4, "uid": "a", "given_name": "E", "source_uids": ["a", "s-1"]},
            {"id": 10**30, "uid": "f", "given_name": "F", "source_uids": ["s-1"]},
        ]
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.imported == 6
    messages = dict(summary.warnings)
    assert messages["contacts[2].referred_by"] == "this would make a referral loop; left out"
    assert messages["contacts[3].referred_by"] == "a contact cannot refer themselves; left out"
    assert messages["contacts[4].id"].startswith("the same id as contacts[3]")
    assert messages["contacts[4].uid"] == "the same UID as contacts[0]; given a new one"
    assert messages["contacts[5].id"].startswith("1000000000000000000000000000000 is outside")
    assert messages["contacts[5].source_uids"].startswith("s-1 is also contacts[4]'s")
    names = {c.id: c.given_name for c in Contact.select()}
    links = {names[c.id]: names.get(c.referred_by_id) for c in Contact.select()}
    assert links == {"A": "B", "B": "C", "C": None, "D": None, "E": None, "F": None}
    assert len({c.uid for c in Contact.select()}) == 6
    assert [s.uid for s in ContactSourceUid.select()] == ["s-1"]


def test_an_old_export_without_the_newer_keys_still_imports(folders, clock, tmp_path):
    doc = minimal(
        exported_at="2025-01-01T00:00:00",
        profile={"name": "Sam", "has_photo": False},
        contacts=[
            {
                "id": 3,
                "given_name": "Ada",
                "family_name": "Okafor",
                "display_name": "Ada Okafor",
                "emails": [{"value": "ada@example.com", "label": "home", "primary": True}],
                "phones": [],
                "company": "Example Freight",
                "title": "Manager",
                "linkedin_url": "",
                "circles": ["Friends"],
                "how_met": "",
                "why_connect": "",
                "referred_by": None,
                "stage": "met",
                "invitation_status": "none",
                "notes": "",
                "source": "manual",
                "created_at": "2025-01-01T09:00:00",
                "updated_at": "2025-01-01T09:00:00",
                "has_photo": False,
            }
        ],
        circles=[],
        companies=[],
        interactions=[],
        ledger=[],
        followups=[],
        pitches=[],
        rehearsals=[],
        templates=[],
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.line() == "imported 1, merged 0, skipped 0" and summary.warnings == []
    ada = Contact.get()
    assert (ada.display_name, ada.company.name, ada.stage) == ("Ada Okafor", "Example Freight", "met")
    assert Profile.get().name == "Sam"


def test_json_files_are_told_apart_from_address_books(tmp_path):
    for name, content, expected in (
        ("a.json", b'\xef\xbb\xbf  {"format": "rapport-export"}', True),
        ("b.json", '[{"x": 1}]'.encode("utf-16"), True),
        ("c.csv", b"Name,Email\n", False),
        ("d.vcf", b"BEGIN:VCARD\n", False),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        assert looks_like_json(path) is expected, name
    assert looks_like_json(tmp_path / "missing.json") is False


def test_a_hand_made_file_without_uids_or_times_imports_twice_without_doubling(folders, clock, tmp_path):
    doc = minimal(
        contacts=[{"id": 1, "given_name": "Ada", "emails": ["ada@example.com"]}],
        interactions=[{"contact_id": 1, "kind": "call", "occurred_at": "2026-01-05T09:00:00", "summary": "Hi"}],
        ledger=[{"contact_id": 1, "direction": "gave", "what": "a link"}],
        followups=[
            {"contact_id": 1, "title": "Call Ada", "due": "2026-01-09"},
            {"title": "Monthly", "due": "2026-02-02"},
        ],
        pitches=[{"id": 1, "title": "Neighbour", "body": "I help warehouses ship on time."}],
        pitch_revisions=[{"pitch_id": 1, "body": "I help warehouses."}],
        rehearsals=[{"pitch_id": 1, "started_at": "2026-01-05T08:00:00", "duration_ms": 20000}],
        research=[{"contact_id": 1, "notes": "Likes trains"}],
    )
    path = write_doc(tmp_path, doc)
    folders("target")
    first = run_json_import(read_backup(path), clock=clock)
    assert first.imported == 1 and sum(first.added.values()) == 8
    before = db_content()
    later = type(clock)("2026-03-20T08:00:00")  # another day: "now" is not what tells rows apart
    again = run_json_import(read_backup(path), clock=later)
    assert again.line() == "imported 0, merged 1, skipped 0"
    assert again.changed_nothing, again.added
    assert db_content() == before

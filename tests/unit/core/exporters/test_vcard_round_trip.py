"""Issue 15: Rapport's vCard 3.0 and 4.0 exports, imported into an empty data folder, give back every contact field
the JSON export shows — over demo data plus people who use every field (name parts, nickname, dates with and without
a year, anniversaries, labelled dates, websites, IM, social, kept unknown properties, odd labels, referrer chains,
every stage, tie and invitation status). Ids, timestamps and the two trigger-maintained columns aside; referred_by is
compared by the referrer's uid."""

import datetime as dt
import io
import itertools

import pytest

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.demo import contacts as demo_data
from app.core.formats.exporters import vcard_writer as vcard
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers import load_source, run_import
from app.models import INVITATION_STATUSES, STAGES, TIES, Contact
from tests.helpers.rich_people import ADA, EDGE_PEOPLE

IGNORED = {"id", "created_at", "updated_at", "last_interaction_at", "next_followup_due", "referred_by"}


def _referral_chain() -> None:
    """Zed (top) referred Yara, who referred Abe: the referrer sorts after the person referred."""
    zed = contacts.create_contact(ContactData(given_name="Zed", family_name="Root"))
    yara = contacts.create_contact(ContactData(given_name="Yara", family_name="Mid", referred_by_id=zed.id))
    contacts.create_contact(ContactData(given_name="Abe", family_name="Leaf", referred_by_id=yara.id))


def _every_choice() -> None:
    combos = zip(itertools.cycle(STAGES), itertools.cycle(TIES), INVITATION_STATUSES, strict=False)
    for number, (stage, tie, invitation) in enumerate(combos):
        contacts.create_contact(
            ContactData(
                given_name=f"Choice{number}",
                family_name="Tester",
                stage=stage,
                tie=tie,
                invitation_status=invitation,
                invitation_date=dt.date(2026, 1, number + 1) if invitation != "none" else None,
            )
        )


@pytest.fixture
def rich_db(db, clock):
    demo_data.generate(contacts=60, seed=11, clock=clock)
    contacts.create_contact(ADA, clock=clock)
    for person in EDGE_PEOPLE:
        contacts.create_contact(person, clock=clock)
    _referral_chain()
    _every_choice()
    return db


def _snapshot() -> dict[str, dict]:
    """Every contact by uid, as the JSON export shows it, with the referrer named by uid."""
    ids = [i for (i,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).tuples()]
    uids = dict(Contact.select(Contact.id, Contact.uid).tuples())
    people = {}
    for item in contacts_as_dicts(ids):
        item["referred_by_uid"] = uids.get(item["referred_by"]) if item["referred_by"] is not None else None
        people[item["uid"]] = item
    return people


def _round_trip(version, second_db, tmp_path, clock):
    before = _snapshot()
    out = io.StringIO()
    vcard.export_vcard(out, version)
    path = tmp_path / f"all-{version}.vcf"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    region = contacts.default_region()
    second_db()
    assert Contact.select().count() == 0
    summary = run_import(load_source(path), clock=clock, region=region)
    assert summary.line() == f"imported {len(before)}, merged 0, skipped 0", summary.skipped_lines()
    return before, _snapshot(), summary


def _differences(before: dict, after: dict, ignored=IGNORED) -> list[str]:
    problems = []
    assert before.keys() == after.keys()
    for uid, old in before.items():
        new = after[uid]
        for key in old.keys() - ignored - {"referred_by_uid"}:
            if new[key] != old[key]:
                problems.append(f"{old['display_name']}: {key}: {old[key]!r} became {new[key]!r}")
    return problems


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_every_field_comes_back_from_an_empty_data_folder(rich_db, second_db, tmp_path, clock, version):
    before, after, summary = _round_trip(version, second_db, tmp_path, clock)
    assert not _differences(before, after)
    assert not [w for w in summary.warnings if "referred" not in w[1]], summary.warnings
    ada = next(p for p in after.values() if p["family_name"] == "King-Lovelace")
    assert ada["phones"][0]["e164"] == "+14155550199"  # the extension is kept in the text, e164 as before
    assert ada["has_photo"]


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_referrers_come_back_by_uid(rich_db, second_db, tmp_path, clock, version):
    before, after, _summary = _round_trip(version, second_db, tmp_path, clock)
    referred = {uid: p["referred_by_uid"] for uid, p in before.items() if p["referred_by_uid"]}
    assert len(referred) >= 3
    assert {uid: after[uid]["referred_by_uid"] for uid in referred} == referred
    assert {uid for uid, p in after.items() if p["referred_by_uid"]} == set(referred)


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_the_export_of_the_import_is_the_same_text(rich_db, second_db, tmp_path, clock, version):
    """A second round gives the very same cards (REV aside): nothing drifts, labels and groups included."""
    first = io.StringIO()
    vcard.export_vcard(first, version)
    _round_trip(version, second_db, tmp_path, clock)
    second = io.StringIO()
    vcard.export_vcard(second, version)

    def cards(text):
        unfolded = text.replace("\r\n ", "")
        lines = [ln for ln in unfolded.split("\r\n") if not ln.startswith(("REV:", "X-RAPPORT-REFERRED-BY:"))]
        return sorted("\n".join(lines).split("END:VCARD"))

    assert cards(second.getvalue()) == cards(first.getvalue())


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_reimporting_the_export_into_the_same_folder_changes_nothing(rich_db, tmp_path, clock, version):
    from tests.helpers.imports import db_content

    out = io.StringIO()
    vcard.export_vcard(out, version)
    path = tmp_path / "again.vcf"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    before = db_content()
    summary = run_import(load_source(path), clock=clock, region=contacts.default_region())
    assert (summary.imported, summary.updated) == (0, 0), summary.warnings
    assert summary.merged == Contact.select().count()
    assert db_content() == before

"""Issue 15: Rapport's vCard 3.0 and 4.0 exports, imported into an empty data folder, give back every contact field
the JSON export shows — over demo data plus people who use every field (name parts, nickname, dates with and without
a year, anniversaries, labelled dates, websites, IM, social, kept unknown properties, odd labels, referrer chains,
every stage, tie and invitation status). Ids, timestamps and the two trigger-maintained columns aside; referred_by is
compared by the referrer's uid."""

import datetime as dt
import io
import itertools

import pytest

from app.core import contacts, demo_data
from app.core.contacts import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.exporters import vcard
from app.core.exporters.json_export import contacts_as_dicts
from app.core.importers import load_source, run_import
from app.models import INVITATION_STATUSES, STAGES, TIES, Contact

from .conftest import PNG

IGNORED = {"id", "created_at", "updated_at", "last_interaction_at", "next_followup_due", "referred_by"}

ADA = ContactData(
    name_prefix="Dr.",
    given_name="Ada",
    middle_name="Augusta Maria",
    family_name="King-Lovelace",
    name_suffix="PhD, FRS",
    nickname="Addie, The Enchantress",
    display_name="Dr. Ada King-Lovelace",
    company="Analytical Engines, Ltd.",
    department="Research; Lab 2",
    title="Programmer; first of her kind",
    linkedin_url="https://www.linkedin.com/in/ada-lovelace",
    how_met="Babbage's salon;\nintroduced by Mary",
    why_connect="Knows everyone, at the Royal Society",
    notes="Line one\nbackslash \\ comma, semicolon; colon: done",
    stage="ally",
    tie="close",
    invitation_status="withdrawn",
    invitation_date=dt.date(2025, 11, 3),
    source="card",
    keep_in_touch_days=30,
    keep_in_touch_max_days=90,
    photo=PNG,
    emails=[
        EmailEntry("ada@example.invalid", "Work", True),
        EmailEntry("addie@example.org", "personal"),
        EmailEntry("ada.king@example.com", "Other"),
    ],
    phones=[
        PhoneEntry("+1 415 555 0199 ext. 102", "work", True),
        PhoneEntry("+14155550100 ext. 7", "assistant"),
        PhoneEntry("+14155550123", "cell"),
        PhoneEntry("(415) 555-0142", "home fax"),
        PhoneEntry("020 7946 0958", "main"),
        PhoneEntry("+44 20 7946 0000", "voice"),
    ],
    addresses=[
        AddressEntry("work", "12 Rue de la Paix\nBâtiment B", "Paris", "IdF", "75002", "France", True),
        AddressEntry("Summer house", "1 Beach Rd", "Brighton", "", "BN1 1AA", "UK"),
    ],
    circles=["Former co-workers", "Royal; Society, Friends"],
    dates=[
        DateEntry(12, 10, 1815, "birthday"),
        DateEntry(7, 8, None, "anniversary"),
        DateEntry(5, 6, 2010, "other", "Graduation"),
        DateEntry(2, 29, None, "other", ""),
        DateEntry(3, 1, 1999, "anniversary", "Company founded"),
        DateEntry(1, 2, None, "other", "Anniversary"),
    ],
    websites=[
        WebsiteEntry("https://ada.example", "HomePage"),
        WebsiteEntry("https://blog.ada.example/a,b;c?d=e", "Work"),
        WebsiteEntry("https://plain.example/", ""),
        WebsiteEntry("https://www.linkedin.com/in/ada-old-profile", "old profile"),
        WebsiteEntry("https://home.example", "home"),
    ],
    handles=[
        HandleEntry("ada.k", "skype", "", "im"),
        HandleEntry("https://twitter.com/ada", "twitter", "", "social"),
        HandleEntry("ada@example.org", "jabber", "work", "im"),
        HandleEntry("+1 555 0100", "signal", "Phone app", "im"),
        HandleEntry("https://m.example/@ada", "mastodon", "Fediverse", "social"),
        HandleEntry("sip:ada@example.org", "", "", "im"),
        HandleEntry("ada_qq", "", "", "im"),
        HandleEntry("https://www.linkedin.com/in/ada-third", "linkedin", "", "social"),
    ],
    vcard_properties=[
        "item1.X-ABRELATEDNAMES:Charles Babbage",
        "item1.X-ABLabel:_$!<Friend>!$_",
        "X-PHONETIC-FIRST-NAME:Ay-da",
        "GEO:geo:51.5\\,-0.12",
        "TZ:Europe/London",
        "KIND:individual",
        "GENDER:F",
        "item2.X-ABADR:gb",
        'X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards"/>',
        "PHOTO;VALUE=uri:https://example.com/ada.jpg",
        "ROLE:Countess",
        "X-EVOLUTION-FILE-AS:King-Lovelace\\, Ada",
    ],
)

EDGE_PEOPLE = [
    ContactData(nickname="Bobby", family_name="Tables", dates=[DateEntry(4, 12, None, "birthday")]),
    ContactData(
        given_name="長谷川",
        family_name="陽子",
        company="株式会社サンプル",
        department="営業部",
        notes="日本語のメモ。" * 20,
        dates=[DateEntry(2, 29, 2000, "birthday")],
        handles=[HandleEntry("yoko", "qq", "", "im")],
    ),
    ContactData(display_name="Only Department", department="Purchasing", emails=[EmailEntry("p@example.net")]),
]


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

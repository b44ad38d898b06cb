import io
import json

from app.core.formats.exporters.json_export import build_export, contacts_as_dicts, export_json
from app.models import Circle, Company, Contact, ContactCircle, ContactEmail, ContactPhone, now

REQUIRED_CONTACT = [
    "id",
    "given_name",
    "family_name",
    "display_name",
    "emails",
    "phones",
    "company",
    "title",
    "linkedin_url",
    "circles",
    "how_met",
    "why_connect",
    "referred_by",
    "stage",
    "invitation_status",
    "notes",
    "source",
    "created_at",
    "updated_at",
]
REQUIRED_TOP = [
    "contacts",
    "circles",
    "companies",
    "interactions",
    "ledger",
    "followups",
    "pitches",
    "rehearsals",
    "templates",
]


def test_export_has_the_documented_shape(demo_db):
    out = io.StringIO()
    count = export_json(out)
    data = json.loads(out.getvalue())
    assert data["format"] == "rapport-export" and data["version"] == 1
    assert count == len(data["contacts"]) == 200
    for key in REQUIRED_TOP:
        assert isinstance(data[key], list) and data[key], key
    assert isinstance(data["profile"], dict) and data["profile"]["name"]
    for contact in data["contacts"]:
        assert all(key in contact for key in REQUIRED_CONTACT)
        assert contact["display_name"].strip()


def test_primary_email_comes_first_and_unicode_is_kept(db):
    acme = Company.create(name="Société Générale d'Exemple")
    person = Contact.create(given_name="Zoë", family_name="Ní Bhriain", company=acme, notes='Said "hi" 👋')
    ContactEmail.create(contact=person, value="work@example.org", label="work", position=0)
    ContactEmail.create(contact=person, value="zoe@example.com", label="home", is_primary=True, position=1)
    ContactPhone.create(contact=person, value="+1 (202) 555-0101", e164="+12025550101", label="mobile")
    circle = Circle.get(Circle.name == "Friends")
    ContactCircle.create(contact=person, circle=circle)
    out = io.StringIO()
    export_json(out)
    text = out.getvalue()
    assert "Zoë" in text and "\\u" not in text
    [item] = json.loads(text)["contacts"]
    assert [e["value"] for e in item["emails"]] == ["zoe@example.com", "work@example.org"]
    assert item["emails"][0] == {"value": "zoe@example.com", "label": "home", "primary": True}
    assert item["phones"][0]["value"] == "+1 (202) 555-0101"
    assert item["company"] == "Société Générale d'Exemple"
    assert item["circles"] == ["Friends"]
    assert item["notes"] == 'Said "hi" 👋'


def test_display_name_is_derived_when_empty(db):
    acme = Company.create(name="Acme")
    only_company = Contact.create(company=acme)
    assert only_company.display_name == "Acme"
    named = Contact.create(given_name=" Ada ", family_name="Okafor")
    assert named.display_name == "Ada Okafor"


def test_trashed_contacts_are_kept_apart(db):
    live = Contact.create(given_name="Live")
    Contact.create(given_name="Gone", deleted_at=now())
    data = build_export()
    assert [c["id"] for c in data["contacts"]] == [live.id]
    assert [c["given_name"] for c in data["trash"]] == ["Gone"]


def test_contacts_as_dicts_keeps_the_requested_order_and_skips_missing(db):
    a = Contact.create(given_name="A")
    b = Contact.create(given_name="B")
    assert [c["id"] for c in contacts_as_dicts([b.id, 999, a.id])] == [b.id, a.id]


def test_referred_by_is_an_id(db):
    joe = Contact.create(given_name="Joe")
    ada = Contact.create(given_name="Ada", referred_by=joe)
    [item] = [c for c in build_export()["contacts"] if c["id"] == ada.id]
    assert item["referred_by"] == joe.id

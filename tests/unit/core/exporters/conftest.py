"""Fixtures for exporter tests: a database with tricky people, and an empty second data folder to import into."""

import shutil

import pytest

from app import db as app_db
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63646060f85f0f0002870180eb47ba920000000049454e44ae426082"
)

PEOPLE = [
    ContactData(
        given_name="Zoë",
        family_name="Lefèvre-Ñúñez",
        company="Fabrikam, Inc.; Europe",
        title="Engineer, Platform & Tools",
        linkedin_url="https://www.linkedin.com/in/zoe-lefevre",
        how_met="Coffee at the fair, 2024",
        why_connect="Knows the Lyon scene;\nhiring soon",
        notes="Line one\nLine two with a backslash \\ and a comma, and semi;colon",
        emails=[EmailEntry("zoe@example.com", "work", True), EmailEntry("zoe.home@example.org", "home")],
        phones=[PhoneEntry("+33 6 12 34 56 78", "mobile", True), PhoneEntry("+33 4 72 00 00 00", "Studio")],
        addresses=[AddressEntry("work", "12 Rue de la Paix\nBâtiment B", "Paris", "IdF", "75002", "France", True)],
        circles=["Former co-workers", "Professional groups & events"],
        photo=PNG,
    ),
    ContactData(
        given_name="Kwame",
        family_name="Mensah 🚀",
        company="Contoso",
        title='Head of "Growth"',
        emails=[EmailEntry("kwame@example.com")],
        phones=[PhoneEntry("(415) 555-0199", "work")],
    ),
    ContactData(given_name='=HYPERLINK("x")', family_name="-Minus", company="@Acme", title="+Plus title"),
    ContactData(display_name="Only A Display Name", emails=[EmailEntry("display@example.net", "Other")]),
    ContactData(given_name="長谷川", family_name="陽子" * 30, company="株式会社サンプル", notes="日本語のメモ。" * 20),
]


@pytest.fixture
def people_db(db, clock):
    for person in PEOPLE:
        contacts.create_contact(person, clock=clock)
    return db


@pytest.fixture
def second_db(tmp_path, migrated_template):
    """Switch the app's database to a fresh, empty one (the "empty data dir" of a round trip)."""

    def switch():
        target = tmp_path / "second" / "rapport.sqlite3"
        target.parent.mkdir()
        shutil.copyfile(migrated_template, target)
        return app_db.open_database(target)

    return switch

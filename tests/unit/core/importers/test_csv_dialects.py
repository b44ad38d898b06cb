"""LinkedIn, Google (legacy and current) and Outlook CSV, read exactly as those programs write them."""

import datetime as dt

import pytest

from app.core.importers import load_source
from app.core.importers.linkedin_csv import parse_date
from tests.helpers.imports import sample


def rows_of(name):
    return list(load_source(sample(name)).rows())


def test_linkedin_rows_are_accepted_connections_with_their_date():
    rows = rows_of("linkedin_connections.csv")
    ada = rows[0]
    assert ada.line == 5
    assert (ada.data.given_name, ada.data.family_name) == ("Ada", "Okafor")
    assert ada.data.company == "Example Freight"
    assert ada.data.title == "Operations Lead"
    assert ada.data.linkedin_url == "https://www.linkedin.com/in/ada-okafor-3b1a2c"
    assert ada.data.invitation_status == "accepted"
    assert ada.data.invitation_date == dt.date(2023, 10, 12)
    assert (ada.data.source, ada.data.stage) == ("linkedin", "connected")
    assert ada.data.emails == []


def test_linkedin_keeps_quotes_commas_accents_and_emoji_literally():
    rows = {r.line: r for r in rows_of("linkedin_connections.csv")}
    zoe, kwame = rows[7].data, rows[8].data
    assert (zoe.given_name, zoe.family_name) == ("Zoë", "Lefèvre-Ñúñez")
    assert (zoe.company, zoe.title) == ("Fabrikam, Inc.", "Engineer, Platform & Tools")
    assert kwame.family_name == "Mensah 🚀"
    assert kwame.title == 'Head of "Growth"'
    assert kwame.emails[0].value == "kwame@contoso.example.com"


def test_linkedin_exports_without_url_or_email_columns():
    no_url = rows_of("linkedin_no_url.csv")
    assert [r.data.linkedin_url for r in no_url] == ["", ""]
    assert no_url[0].data.emails[0].value == "priya.raman@example.com"
    no_email = rows_of("linkedin_no_email.csv")
    assert no_email[0].data.linkedin_url.endswith("/sara-lindqvist")
    assert no_email[0].data.emails == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Oct 2023", dt.date(2023, 10, 12)),
        ("1 Mar 2026", dt.date(2026, 3, 1)),
        ("07 Sept 2019", dt.date(2019, 9, 7)),
        ("12 October 2023", dt.date(2023, 10, 12)),
        ("2023-10-12", dt.date(2023, 10, 12)),
        ("10/12/23", dt.date(2023, 10, 12)),
        ("31 Feb 2023", None),
        ("yesterday", None),
        ("12 Foo 2023", None),
    ],
)
def test_linkedin_dates(text, expected):
    assert parse_date(text) == expected


def test_unreadable_linkedin_date_keeps_the_person_and_warns(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,Company,Position,Connected On\nAnna,Berg,Acme,CTO,someday\n")
    [row] = load_source(path).rows()
    assert row.ok and row.data.invitation_date is None
    assert "someday" in row.warnings[0]


def test_google_current_layout_splits_multi_values_and_turns_labels_into_circles():
    carla, dan = (r.data for r in rows_of("google_current.csv"))
    assert (carla.given_name, carla.family_name, carla.company, carla.title) == (
        "Carla",
        "Ruiz",
        "Fabrikam",
        "Engineering Manager",
    )
    assert [(e.value, e.label, e.primary) for e in carla.emails] == [
        ("carla.ruiz@fabrikam.example.com", "Work", True),
        ("carla@example.org", "Home", False),
    ]
    assert [(p.value, p.label) for p in carla.phones] == [("+34 600 123 456", "Mobile"), ("+34 91 555 0100", "Work")]
    assert carla.circles == ["Coworkers", "Madrid meetup"]  # "* myContacts" is not a circle
    assert carla.linkedin_url == "https://www.linkedin.com/in/carla-ruiz-eng"
    assert carla.notes.startswith("Met at the Madrid meetup.\nAsked about platform roles.")
    assert "Birthday: 1985-04-12" in carla.notes
    assert carla.addresses[0].locality == "Madrid" and carla.addresses[0].postal_code == "28013"
    assert dan.family_name == "O'Brien"
    assert dan.circles == []  # only system groups
    assert "Website: https://danobrien.example.net" in dan.notes


def test_google_legacy_layout_in_utf16():
    source = load_source(sample("google_legacy.csv"))
    assert source.encoding == "UTF-16"
    eva, frank = (r.data for r in source.rows())
    assert (eva.display_name, eva.given_name, eva.family_name) == ("Eva Nováková", "Eva", "Nováková")
    assert (eva.company, eva.title) == ("Acme Logistics", "HR Business Partner")
    assert eva.circles == ["Neighbours"]
    assert frank.given_name == "Frank K."
    assert [e.value for e in frank.emails] == ["frank.osei@example.com", "frank@bowling.example"]
    assert [p.value for p in frank.phones] == ["+1 212 555 0147", "+1 212 555 0148", "+1 212 555 0190"]
    assert frank.circles == ["Church", "Bowling league"]
    assert frank.linkedin_url == "http://www.linkedin.com/in/frank-osei/"


def test_outlook_desktop_export_in_windows_1252():
    source = load_source(sample("outlook_contacts.csv"))
    assert source.encoding == "Windows-1252"
    helene, greg = source.rows()
    h = helene.data
    assert (h.given_name, h.family_name, h.company, h.title) == ("Hélène", "Dubois", "Contoso Ltd.", "Account Director")
    assert h.emails[0].value == "helene.dubois@contoso.example.com"
    assert {(p.value, p.label) for p in h.phones} == {("+33 1 42 68 53 00", "work"), ("+33 6 12 34 56 78", "mobile")}
    assert h.circles == ["Business", "Golf club"]
    assert h.linkedin_url == "https://www.linkedin.com/in/helene-dubois"
    assert "Birthday" not in h.notes  # Outlook's 0/0/00 means none
    assert h.addresses[0].street == "12 Rue de la Paix" and h.addresses[0].country == "France"
    g = greg.data
    assert [e.value for e in g.emails] == ["greg.novak@fabrikam.example.com"]  # the Exchange path is left out
    assert "Exchange" in greg.warnings[0]
    assert g.family_name == "Novak Jr."


def test_bad_csv_rows_carry_a_reason_and_their_line(tmp_path):
    path = tmp_path / "Connections.csv"
    long_name = "x" * 400
    path.write_text(
        "First Name,Last Name,Company,Position,Connected On\n"
        "Anna,Berg,Acme,CTO,1 Jan 2024\n"
        "\n"
        f"{long_name},Long,Acme,CTO,1 Jan 2024\n"
        "Too,Many,Cells,Here,1 Jan 2024,extra,more\n"
        '"Broken,quote,Acme,CTO,1 Jan 2024\n'
        "Bob,Ray,Acme,CTO,1 Jan 2024\n"
    )
    rows = list(load_source(path).rows())
    assert [(r.line, r.ok) for r in rows[:3]] == [(2, True), (4, False), (5, False)]
    assert "longer than 300" in rows[1].problem
    assert "7 columns but the header has 5" in rows[2].problem
    assert not rows[3].ok and rows[3].line == 6  # an unclosed quote swallows the rest, never silently


def test_a_field_over_the_csv_limit_is_one_skipped_row(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Company,Position,Connected On\n"
        f'Anna,"{"y" * 200_000}",Acme,CTO,1 Jan 2024\n'
        "Bob,Ray,Acme,CTO,1 Jan 2024\n"
    )
    rows = list(load_source(path).rows())
    assert not rows[0].ok and rows[0].line == 2
    assert rows[-1].ok and rows[-1].data.given_name == "Bob"

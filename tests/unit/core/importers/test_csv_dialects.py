"""LinkedIn, Google (legacy and current), Outlook, Thunderbird and any other CSV, read as those programs write them:
every column mapped or kept as a note line, every delimiter, every locale's encoding."""

import csv
import datetime as dt
import io

import pytest

from app.core.contacts.contact_data import AddressEntry, DateEntry, EmailEntry, HandleEntry, PhoneEntry, WebsiteEntry
from app.core.formats.importers import load_source
from app.core.formats.importers.csv_table import FIELD_LIMIT, parse_day
from app.core.formats.importers.linkedin_csv import parse_date
from tests.helpers.imports import import_file, sample


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
    assert carla.notes == "Met at the Madrid meetup.\nAsked about platform roles."
    assert carla.dates == [DateEntry(4, 12, 1985, "birthday")]
    assert carla.department == "Platform"
    assert carla.addresses[0].locality == "Madrid" and carla.addresses[0].postal_code == "28013"
    assert dan.family_name == "O'Brien"
    assert dan.nickname == "Danny"
    assert dan.circles == []  # only system groups
    assert dan.websites == [WebsiteEntry("https://danobrien.example.net", "Blog")]
    assert dan.notes == ""


def test_google_legacy_layout_in_utf16():
    source = load_source(sample("google_legacy.csv"))
    assert source.encoding == "UTF-16"
    eva, frank = (r.data for r in source.rows())
    assert (eva.display_name, eva.given_name, eva.family_name) == ("Eva Nováková", "Eva", "Nováková")
    assert (eva.company, eva.title) == ("Acme Logistics", "HR Business Partner")
    assert eva.circles == ["Neighbours"]
    assert (frank.given_name, frank.middle_name, frank.department) == ("Frank", "K.", "Finance")
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
    assert (g.family_name, g.name_suffix) == ("Novak", "Jr.")
    assert (h.name_prefix, h.department) == ("Ms.", "Sales")
    assert h.notes == "Knows the retail buyers at Galeries Lafayette."  # Outlook's defaults are not notes
    assert g.notes == ""  # nor a display name that only repeats the name


def test_rows_with_odd_values_keep_their_person(tmp_path):
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
    assert [(r.line, r.ok) for r in rows[:3]] == [(2, True), (4, True), (5, True)]
    assert rows[1].data.given_name == long_name  # validation keeps it (cut, and the whole value as a note)
    too_many = rows[2]
    assert (too_many.data.given_name, too_many.data.title) == ("Too", "Here")
    assert too_many.data.notes == "Extra cell 1: extra\nExtra cell 2: more"
    assert "2 more cell(s) than the header" in too_many.warnings[0]
    # An unclosed quote would swallow the rest: its line is read as written (the person kept, with a warning)
    assert rows[3].ok and rows[3].line == 6
    assert (rows[3].data.given_name, rows[3].data.family_name, rows[3].data.company) == ("Broken", "quote", "Acme")
    assert rows[3].warnings[0].startswith("unclosed quote on line 6")
    assert (rows[4].line, rows[4].data.given_name) == (7, "Bob")  # and the lines after it are read all the same


def test_a_row_with_more_cells_imports_with_a_warning(db, clock, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Email\nAda Lovelace,ada@example.org,Analytical Engine\n")
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 1, merged 0, skipped 0"
    assert "more cell(s) than the header" in summary.warnings[0][1]


def test_a_five_megabyte_note_keeps_its_person_and_a_field_over_the_limit_is_one_skipped_row(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Name,Email,Notes\n"
        f'Anna Berg,anna@example.com,"{"y" * 5_000_000}"\n'
        f'Huge Note,huge@example.com,"{"z" * (FIELD_LIMIT + 10)}"\n'
        "Bob Ray,bob@example.com,\n"
    )
    rows = list(load_source(path).rows())
    assert rows[0].ok and len(rows[0].data.notes) == 5_000_000
    assert not rows[1].ok and rows[1].line == 3
    assert rows[-1].ok and rows[-1].data.display_name == "Bob Ray"


# --- Thunderbird ---------------------------------------------------------------------------------------------------


def test_thunderbird_maps_every_column():
    ingrid, tomas, desk = (r.data for r in rows_of("thunderbird_115.csv"))
    assert (ingrid.given_name, ingrid.family_name, ingrid.nickname) == ("Ingrid", "Solberg", "Inga")
    assert ingrid.display_name == "Ingrid Solberg (Fjord Analytics)"
    assert (ingrid.company, ingrid.department, ingrid.title) == ("Fjord Analytics AS", "Analytics", "Head of Data")
    assert ingrid.emails == [
        EmailEntry("ingrid.solberg@fjord.example.no", "", True),
        EmailEntry("inga@example.org", "", False),
    ]
    assert [(p.value, p.label) for p in ingrid.phones] == [
        ("+47 22 55 01 10", "work"),
        ("+47 22 55 01 11", "home"),
        ("+47 955 01 234", "mobile"),
        ("+47 22 55 01 19", "fax"),
        ("+47 22 55 01 18", "pager"),
    ]
    assert ingrid.addresses == [
        AddressEntry("home", "Storgata 5\nLeil. 3", "Oslo", "", "0155", "Norway"),
        AddressEntry("work", "Dronningens gate 12", "Oslo", "Oslo", "0152", "Norway"),
    ]
    assert ingrid.websites == [WebsiteEntry("https://fjord.example.no", "work")]
    assert ingrid.linkedin_url == "https://www.linkedin.com/in/ingrid-solberg"
    assert ingrid.handles == [HandleEntry("ingasol", "aim", "Screen Name", "im")]
    assert ingrid.dates == [DateEntry(3, 9, 1984, "birthday")]
    assert ingrid.notes == (
        "Knows everyone in the Oslo data scene.\nAsk about the meetup.\n"
        "Custom 1: Met at NDC Oslo 2023\nCustom 2: Prefers Signal"
    )
    assert ingrid.source == "thunderbird"
    assert tomas.dates == [DateEntry(11, 30, None, "birthday")]  # no Birth Year: a birthday all the same
    assert tomas.emails[0].value == "tomas@example.invalid"
    assert tomas.notes == "Custom 4: Second cousin of Aoife"
    assert (desk.display_name, desk.emails[0].value) == ("Support desk", "support@helpdesk.example.com")


def test_old_thunderbird_with_trailing_commas_in_windows_1252():
    source = load_source(sample("thunderbird_78_cp1252.csv"))
    assert (source.format, source.encoding) == ("thunderbird", "Windows-1252")
    renee, jurgen = (r.data for r in source.rows())
    assert (renee.given_name, renee.family_name, renee.company) == ("Renée", "Lefèvre", "Café Crème SARL")
    assert renee.dates == [DateEntry(12, 24, 1979, "birthday")]
    assert renee.notes == "Rencontrée au salon « Vivatech »"
    assert jurgen.addresses == [AddressEntry("work", "", "München", "", "", "Deutschland")]


def test_a_thunderbird_birthday_part_that_is_no_number_is_kept_as_a_note(tmp_path):
    path = tmp_path / "tb.csv"
    path.write_text(f"{TB_HEADER}\nAnn,Lee,,,ann@example.com{',' * 25}1990,May,3,,,,,\n")
    [row] = load_source(path).rows()
    assert row.data.dates == [] and row.data.notes == "Birthday: 1990-May-3"
    assert "not a whole birthday" in row.warnings[0]


TB_HEADER = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
    "Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,"
    "Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,"
    "Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes"
)


# --- Google, every column ----------------------------------------------------------------------------------------


def test_google_current_layout_maps_every_field():
    grace, kenji = (r.data for r in rows_of("google_current_full.csv"))
    assert (grace.name_prefix, grace.given_name, grace.middle_name, grace.family_name, grace.name_suffix) == (
        "Dr.",
        "Grace",
        "Brewster",
        "Hopper",
        "PhD",
    )
    assert (grace.nickname, grace.display_name) == ("Amazing Grace", "Hopper, Grace")
    assert (grace.company, grace.title, grace.department) == ("Navy Example Labs", "Rear Admiral", "Computing")
    assert grace.dates == [
        DateEntry(12, 9, 1906, "birthday"),
        DateEntry(6, 15, 1930, "anniversary"),
        DateEntry(8, 14, None, "other", "Retirement"),
    ]
    assert grace.linkedin_url == "https://www.linkedin.com/in/grace-hopper-example"
    assert grace.websites == [
        WebsiteEntry("https://grace.example.net", "Blog"),
        WebsiteEntry("https://cobol.example.org", "Blog"),
    ]
    assert grace.handles == [HandleEntry("grace@chat.example.org", "Jabber", "Work", "im")]
    assert grace.notes == "COBOL pioneer\nSpouse: Vincent Hopper\nShoe size: 38"
    assert kenji.dates == [DateEntry(4, 12, None, "birthday")]  # Google's --04-12
    assert kenji.notes == "Phonetic First Name: けんじ"  # a column Rapport has no field for is a note line


def test_google_legacy_layout_maps_every_field():
    [amara] = (r.data for r in rows_of("google_legacy_full.csv"))
    assert (amara.display_name, amara.name_prefix, amara.middle_name) == ("Dr. Amara Nwosu", "Dr.", "Chioma")
    assert (amara.nickname, amara.department, amara.title) == ("Ama", "Engineering", "CTO")
    assert amara.dates == [DateEntry(11, 3, 1979, "birthday"), DateEntry(9, 20, 2008, "anniversary")]
    assert amara.handles == [HandleEntry("amara.nwosu", "Skype", "Other", "im")]
    assert amara.websites == [WebsiteEntry("https://amara.example.ng", "Home Page")]
    assert amara.circles == ["Mentors"]
    assert amara.notes == (
        "Runs the Lagos product meetup.\nAssistant: Bola Adeyemi\nMaiden Name: Eze\nHobby: Chess\n"
        "Organization 1 - Location: Lagos"
    )


# --- Outlook, every column ---------------------------------------------------------------------------------------


def test_outlook_desktop_maps_every_field_and_skips_its_defaults():
    margaret, rafael = (r.data for r in rows_of("outlook_full.csv"))
    assert (margaret.name_prefix, margaret.given_name, margaret.middle_name) == ("Dr.", "Margaret", "Ann")
    assert (margaret.family_name, margaret.name_suffix, margaret.department) == ("O'Neill", "III", "Purchasing")
    assert margaret.dates == [DateEntry(4, 12, 1975, "birthday"), DateEntry(6, 20, 2010, "anniversary")]
    assert margaret.linkedin_url == "https://www.linkedin.com/in/margaret-oneill-example"
    assert margaret.addresses[0].street == "1 Market St\nSuite 400"
    assert margaret.notes == (
        "Prefers calls before 10am.\nAssistant's Name: Paul Chen\nGender: Female\nSpouse: Liam\n"
        "User 1: Met at Expo West 2022"
    )
    assert rafael.dates == []  # 0/0/00
    assert rafael.websites == [WebsiteEntry("http://cafe-bogota.example.co", "")]
    assert rafael.notes == ""  # Sensitivity=Normal, Gender=Unspecified, initials and display name are noise


def test_outlook_com_export_with_nickname_and_im_address():
    [priya] = (r.data for r in rows_of("outlook_com.csv"))
    assert (priya.nickname, priya.department, priya.title) == ("Pri", "Payments", "Product Lead")
    assert priya.handles == [HandleEntry("sip:priya.raman@chat.example.com", "sip", "", "im")]
    assert priya.websites == [WebsiteEntry("https://priya.example.in", "home")]
    assert priya.dates == [DateEntry(7, 23, 1990, "birthday")]
    assert priya.notes == "Intro via Kwame.\nSchools: IIT Madras"


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("1985-04-12", "mdy", (1985, 4, 12)),
        ("--04-12", "mdy", (None, 4, 12)),
        ("--0412", "mdy", (None, 4, 12)),
        ("19850412", "mdy", (1985, 4, 12)),
        ("4/12/1985", "mdy", (1985, 4, 12)),
        ("4/12/1985", "dmy", (1985, 12, 4)),
        ("13/04/1985", "mdy", (1985, 4, 13)),  # a day over 12 settles it
        ("12.04.1985", "mdy", (1985, 4, 12)),
        ("3.2.80", "dmy", (1980, 2, 3)),
        ("1985/04/12", "dmy", (1985, 4, 12)),
        ("4/12/1985 0:00:00", "mdy", (1985, 4, 12)),
        ("12 Oct 1985", "mdy", (1985, 10, 12)),
        ("October 12, 1985", "mdy", (1985, 10, 12)),
        ("12 octobre", "dmy", (None, 10, 12)),
        ("0/0/00", "mdy", None),
        ("0.0.00", "dmy", None),
        ("someday", "mdy", None),
    ],
)
def test_dates_as_address_books_write_them(text, order, expected):
    assert parse_day(text, order) == expected


def test_an_unreadable_birthday_is_a_note_with_a_warning(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Name,Email,Birthday\nAnn Lee,ann@example.com,the day after Christmas\n")
    [row] = load_source(path).rows()
    assert row.data.dates == [] and row.data.notes == "Birthday: the day after Christmas"
    assert "not a date" in row.warnings[0]


# --- Generic CSV --------------------------------------------------------------------------------------------------


def test_a_name_and_email_sheet_is_imported(db, clock):
    source = load_source(sample("signup_sheet.csv"))
    assert (source.format, source.label) == ("csv", "Other CSV with name or e-mail columns")
    people = [r.data for r in source.rows()]
    assert [(p.display_name, [e.value for e in p.emails]) for p in people] == [
        ("Ada Lovelace", ["ada@example.org"]),
        ("Alan Turing", ["alan@example.org"]),
        ("Grace Hopper", []),
        ("", ["anonymous@example.net"]),
    ]
    assert {p.source for p in people} == {"csv"}
    assert import_file(sample("signup_sheet.csv"), clock=clock).line() == "imported 4, merged 0, skipped 0"


def test_a_german_excel_sheet_with_semicolons():
    source = load_source(sample("excel_de_semicolon.csv"))
    assert (source.format, source.header.delimiter, source.encoding) == ("csv", ";", "Windows-1252")
    jurgen, aenne = (r.data for r in source.rows())
    assert (jurgen.given_name, jurgen.family_name) == ("Jürgen", "Groß")
    assert (jurgen.company, jurgen.title) == ("Müller & Söhne GmbH", "Geschäftsführer")
    assert jurgen.emails == [EmailEntry("juergen.gross@example.de", "", True)]
    assert jurgen.phones == [PhoneEntry("089 5550 123", "work", True), PhoneEntry("0151 5550123", "mobile")]
    assert jurgen.dates == [DateEntry(4, 12, 1968, "birthday")]  # 12.04.1968, day first
    assert jurgen.notes == "Kennt die Münchner Gründerszene.\nLieblingsfarbe: Grün"  # an unknown column is a note
    assert (aenne.given_name, aenne.family_name, aenne.emails[0].value) == ("Änne", "Köhler", "aenne@example.de")


def test_french_and_spanish_headings():
    helene, francois = (r.data for r in rows_of("courriel_fr.csv"))
    assert (helene.display_name, helene.emails[0].value) == ("Hélène Dubois", "helene.dubois@example.fr")
    assert francois.display_name == "François Martin"
    [maria] = (r.data for r in rows_of("excel_es_semicolon.csv"))
    assert (maria.given_name, maria.family_name) == ("María José", "García Núñez")
    assert (maria.company, maria.title) == ("Telefónica Ejemplo", "Directora de Ventas")
    assert maria.phones == [PhoneEntry("+34 600 555 012", "mobile", True)]
    assert maria.dates == [DateEntry(7, 23, 1982, "birthday")]


def test_a_german_outlook_export_is_read_as_a_generic_csv():
    source = load_source(sample("outlook_de.csv"))
    assert source.format == "csv"
    [sabine] = (r.data for r in source.rows())
    assert (sabine.name_prefix, sabine.given_name, sabine.middle_name, sabine.family_name) == (
        "Frau",
        "Sabine",
        "Maria",
        "Schäfer",
    )
    assert (sabine.company, sabine.department, sabine.title) == ("Beispiel AG", "Einkauf", "Leiterin Einkauf")
    assert [e.value for e in sabine.emails] == ["sabine.schaefer@beispiel.example", "sabine@privat.example"]
    assert sabine.phones == [PhoneEntry("+49 221 5550 100", "work", True), PhoneEntry("+49 170 5550 101", "mobile")]
    assert sabine.addresses == [AddressEntry("work", "Hauptstraße 1\n3. OG", "Köln", "", "50667", "Deutschland")]
    assert sabine.dates == [DateEntry(2, 3, 1980, "birthday")]  # Jahrestag 0.0.00 is none
    assert sabine.circles == ["Lieferanten", "Köln"]
    assert sabine.websites == [WebsiteEntry("https://beispiel.example", "")]
    assert sabine.notes == (  # Outlook's defaults (Priorität Normal, Privat Aus, E-Mail-Typ SMTP) are left out
        "E-Mail 2: Angezeigter Name: Sabine privat\nTrifft sich gern mittags.\nGeschlecht: Weiblich\nPartner: Thomas"
    )


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        ("Full name;E-mail;Phone\nAda Lovelace;ada@example.org;+44 20 7946 0000", "display_name", "Ada Lovelace"),
        ("Nom;Prénom;Courriel\nLovelace;Ada;ada@example.org", "family_name", "Lovelace"),
        ("nom,courriel\nAda Lovelace,ada@example.org", "display_name", "Ada Lovelace"),
        ("Vorname;Name;E-Mail\nAda;Lovelace;ada@example.org", "family_name", "Lovelace"),
        ("Nombre;Apellidos;Correo\nAda;Lovelace;ada@example.org", "given_name", "Ada"),
        ("Contact;Mail privat\nAda Lovelace;ada@example.org", "display_name", "Ada Lovelace"),
        ("Email\nada@example.org", "emails", "ada@example.org"),
        ("Name,Phone\nAda,123", "phones", "123"),
    ],
)
def test_recognisable_headings(tmp_path, lines, field, value):
    path = tmp_path / "list.csv"
    path.write_text(lines + "\n")
    [row] = load_source(path).rows()
    got = getattr(row.data, field)
    assert (got[0].value if field in ("emails", "phones") else got) == value


# --- Delimiters ---------------------------------------------------------------------------------------------------


def _redelimited(name: str, delimiter: str, tmp_path):
    source = load_source(sample(name))
    rows = list(csv.reader(io.StringIO(source.text), delimiter=source.header.delimiter))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / f"{'semicolon' if delimiter == ';' else 'tab'}-{name}"
    path.write_text(out.getvalue(), encoding="utf-8")
    return source, load_source(path)


@pytest.mark.parametrize("delimiter", [";", "\t"])
@pytest.mark.parametrize(
    "name",
    [
        "google_current_full.csv",
        "outlook_full.csv",
        "thunderbird_115.csv",
        "excel_de_semicolon.csv",
        "signup_sheet.csv",
    ],
)
def test_every_dialect_reads_the_same_with_semicolons_or_tabs(name, delimiter, tmp_path):
    original, redelimited = _redelimited(name, delimiter, tmp_path)
    assert (redelimited.format, redelimited.header.delimiter) == (original.format, delimiter)
    assert [r.data for r in redelimited.rows()] == [r.data for r in original.rows()]


def test_excel_sep_line_and_a_heading_with_a_comma(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text('sep=;\nLast name, first name;Email\n"Lovelace, Ada";ada@example.org\n')
    source = load_source(path)
    assert (source.header.line, source.header.delimiter) == (2, ";")
    path.write_text('Last name, first name;Email\n"Lovelace, Ada";ada@example.org\n"Hopper, Grace";grace@x.org\n')
    source = load_source(path)
    assert source.header.delimiter == ";"  # both read as a header: the next rows agree with ";"
    assert [r.data.emails[0].value for r in source.rows()] == ["ada@example.org", "grace@x.org"]


def test_quoted_fields_with_line_breaks_under_semicolons(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b'Name;E-mail;Notes\r\n"Ada Lovelace";ada@example.org;"line one\r\nline; two"\r\n')
    [row] = load_source(path).rows()
    assert row.data.notes == "line one\nline; two"


# --- Encodings, as each locale's Outlook, Excel or Thunderbird writes them ---------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "first"),
    [
        ("outlook_ja_cp932.csv", "outlook", "Shift-JIS", ("太郎", "山田", "株式会社サンプル商事")),
        ("excel_zh_gb18030.csv", "csv", "GB18030", ("", "", "北京示例科技有限公司")),
        ("excel_zh_tw_big5.csv", "csv", "Big5", ("", "", "台北範例股份有限公司")),
        ("excel_ko_euckr.csv", "csv", "EUC-KR", ("민준", "김", "서울예시주식회사")),
        ("thunderbird_koi8r.csv", "thunderbird", "KOI8-R", ("Иван", "Петров", "ООО Пример")),
        ("excel_ru_cp1251.csv", "csv", "Windows-1251", ("Сергей", "Кузнецов", "АО «Пример»")),
        ("outlook_cp1250.csv", "outlook", "Windows-1250", ("Łukasz", "Wójcik", "Przykład Sp. z o.o.")),
        ("contacts_latin2.csv", "csv", "ISO-8859-2", ("", "", "Žlutý kůň s.r.o.")),
        ("contacts_latin1.csv", "csv", "Windows-1252", ("", "", "Bäckerei Köhler")),
        ("contacts_greek_iso8859_7.csv", "csv", "Windows-1253", ("", "", "")),
        ("outlook_contacts.csv", "outlook", "Windows-1252", ("Hélène", "Dubois", "Contoso Ltd.")),
        ("excel_mac_roman.csv", "outlook", "Mac Roman", ("Hélène", "Dubois", "Société Générale")),
    ],
)
def test_each_locale_encoding_comes_out_right(name, fmt, encoding, first):
    source = load_source(sample(name))
    assert (source.format, source.encoding) == (fmt, encoding)
    rows = [r.data for r in source.rows()]
    assert (rows[0].given_name, rows[0].family_name, rows[0].company) == first
    text = source.text
    assert "\ufffd" not in text and not any("\x80" <= c <= "\x9f" for c in text)


def test_legacy_encoded_names_in_full():
    assert [r.data.display_name for r in rows_of("excel_zh_gb18030.csv")] == ["王小明", "李娜", "𠮷田"]
    assert [r.data.display_name for r in rows_of("contacts_latin2.csv")] == ["Zdeněk Šťastný", "Małgorzata Wąsik"]
    assert [r.data.display_name for r in rows_of("contacts_greek_iso8859_7.csv")] == [
        "Γιώργος Παπαδόπουλος",
        "Ελένη Οικονόμου",
    ]
    japanese = [r.data for r in rows_of("outlook_ja_cp932.csv")]
    assert japanese[0].notes == "ﾔﾏﾀﾞ ﾀﾛｳ。ゴルフ仲間①"  # half-width katakana and NEC's circled digit (cp932)
    czech = [r.data for r in rows_of("outlook_cp1250.csv")][1]
    assert (czech.name_prefix, czech.given_name, czech.family_name, czech.title) == (
        "Ing.",
        "Jiří",
        "Dvořák",
        "Ředitel",
    )
    russian = next(r.data for r in rows_of("excel_ru_cp1251.csv"))
    assert (russian.middle_name, russian.title) == ("Иванович", "Директор")


def test_yahoo_mail_export_keeps_its_unnamed_phone_columns():
    [ana] = (r.data for r in rows_of("yahoo_mail.csv"))
    assert [e.value for e in ana.emails] == ["ana.lima@example.com", "ana@work.example.com"]
    assert [(p.value, p.label) for p in ana.phones] == [
        ("+55 11 5555-0101", "home"),  # the column is only called "Home"
        ("+55 11 5555-0102", "work"),
        ("+55 11 95555-0103", "mobile"),
    ]
    assert ana.addresses == [AddressEntry("work", "Rua A 1", "São Paulo", "SP", "01000-000", "Brasil")]
    assert ana.dates == [DateEntry(5, 6, 1990, "birthday")]
    assert ana.notes == "Met at a design meetup\nMessenger ID: ana_l"


def test_an_email_or_phone_column_a_dialect_does_not_read_still_fills_the_field(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text(
        "First Name,Last Name,Mobile Phone,Email,Direct line,Lead Source\n"
        "Ben,Okoro,+234 803 555 0199,ben.okoro@example.com,+234 1 555 0100,Trade show\n"
    )
    source = load_source(path)
    assert source.format == "outlook"
    [ben] = (r.data for r in source.rows())
    assert [e.value for e in ben.emails] == ["ben.okoro@example.com"]
    assert [p.value for p in ben.phones] == ["+234 803 555 0199"]
    assert ben.notes == "Direct line: +234 1 555 0100\nLead Source: Trade show"  # not a phone by its name: a note


def test_a_title_column_without_job_title_holding_a_job_is_the_job_title(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text(
        "First Name,Last Name,Title,E-mail Address\nBen,Okoro,Head of Buying,ben@example.com\nAl,Ray,Dr.,al@x.org\n"
    )
    ben, al = (r.data for r in load_source(path).rows())
    assert (ben.title, ben.name_prefix) == ("Head of Buying", "")
    assert (al.title, al.name_prefix) == ("", "Dr.")

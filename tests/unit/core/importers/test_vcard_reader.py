"""vCard 2.1, 3.0 and 4.0 as phones, Apple, Google, Outlook and Nextcloud write them, and the gaps of vobject."""

import base64

import pytest

from app.core.formats.importers import load_source
from app.core.formats.importers.vcard_lines import ContentLineError, logical_lines, parse_content_line, read_cards
from app.core.formats.importers.vcard_reader import card_to_row, rows
from tests.helpers.imports import sample

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def rows_of(name):
    return list(load_source(sample(name)).rows())


def card(*lines, version="3.0"):
    text = "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])
    [row] = rows(text.replace("\r\n", "\n"))
    return row


def test_android_21_quoted_printable_with_soft_line_breaks():
    joerg, aiko = rows_of("android_21.vcf")
    d = joerg.data
    assert (d.given_name, d.family_name, d.display_name) == ("Jörg", "Müller", "Jörg Müller")
    assert d.addresses[0].street == "Hauptstraße 5" and d.addresses[0].locality == "Berlin"
    assert d.notes == (
        "Met at the logistics fair in Hamburg — knows the warehouse team at the port and the people who buy the "
        "forklifts.\nSecond line: ask about Lübeck."
    )
    assert [(p.value, p.label, p.primary) for p in d.phones] == [
        ("+49 170 1234567", "mobile", True),
        ("030 1234567", "home", False),
    ]
    assert d.emails[0].label == "home"
    assert aiko.line == 16 and aiko.data.emails[0].value == "aiko@example.jp"


def test_21_org_is_not_split_at_commas():
    [joerg, _] = rows_of("android_21.vcf")
    assert joerg.data.company == "Smith, Jones & Partner GmbH"
    [amelie] = rows_of("outlook_21_cp1252.vcf")
    assert amelie.data.company == "Dupont, Durand et Fils"
    assert amelie.data.department == "Ventes"


def test_21_in_windows_1252_with_charset_and_a_quoted_printable_note():
    [amelie] = rows_of("outlook_21_cp1252.vcf")
    d = amelie.data
    assert (d.given_name, d.family_name, d.title) == ("Amélie", "Lefèvre", "Responsable réseau")
    assert d.notes.startswith("Café le 3 mars à Lyon\nRappeler en avril.")
    assert d.emails[0].primary


def test_apple_30_groups_labels_escapes_and_photo():
    [ada] = rows_of("apple_30.vcf")
    d = ada.data
    assert (d.company, d.department) == ("Example Freight, Ltd.", "Operations")
    assert d.notes == (
        "Met at the freight forum, asked about warehouse automation.\n"
        "She offered to introduce me to their CTO; follow up in May."
    )
    assert [(e.value, e.label, e.primary) for e in d.emails] == [
        ("ada@example-freight.example.com", "work", True),
        ("ada.okafor@example.org", "Other", False),
    ]
    assert [(p.value, p.label) for p in d.phones] == [("+31 6 12345678", "mobile"), ("+31 10 555 0100", "Office")]
    assert d.addresses[0].street == "Havenstraat 12\nUnit 4"
    assert d.linkedin_url == "https://www.linkedin.com/in/ada-okafor-3b1a2c"
    assert d.circles == ["Former co-workers", "Professional groups & events"]
    assert d.photo == PNG
    assert ada.uid == "8F6B1A4E-2C3D-4E5F-9A0B-1C2D3E4F5A6B"
    # Apple's own properties Rapport has no field for are kept for the export (X-ABADR's group renumbered)
    assert d.vcard_properties == ["item1.X-ABADR:nl", "X-ABUID:8F6B1A4E-2C3D-4E5F-9A0B-1C2D3E4F5A6B:ABPerson"]


def test_google_30_unescapes_urls_and_drops_system_groups():
    ben, mei = rows_of("google_30.vcf")
    assert ben.data.linkedin_url == "https://www.linkedin.com/in/benito-recruits"
    assert [(w.value, w.label) for w in ben.data.websites] == [("https://careers.northwind.example.com", "Work")]
    assert ben.data.notes == "Recruiter for data roles. Prefers a short email first."
    assert ben.data.circles == ["Recruiters"]
    assert mei.data.circles == []


def test_nextcloud_40_tel_uris_quoted_types_data_uri_photo_and_urn_uid():
    [carla] = rows_of("nextcloud_40.vcf")
    d = carla.data
    assert [(p.value, p.label, p.primary) for p in d.phones] == [
        ("+34-600-123-456", "mobile", True),
        ("+34-91-555-0100 ext. 204", "work", False),
    ]
    assert [(e.value, e.primary) for e in d.emails] == [
        ("carla.ruiz@fabrikam.example.com", True),
        ("carla@example.org", False),
    ]
    assert d.photo == PNG
    assert carla.uid == "6f1c7d9e-3b2a-4c5d-8e9f-0a1b2c3d4e5f"
    assert d.circles == ["Coworkers", "Madrid meetup"]
    assert d.linkedin_url.endswith("/carla-ruiz-eng")


def test_folded_lines_are_joined():
    row = card("N:Doe;Jane;;;", "FN:Jane", "  Doe", "NOTE:a long", "\tnote")
    assert row.data.display_name == "Jane Doe"
    assert row.data.notes == "a longnote"


def test_rapport_fields_round_trip():
    row = card("FN:Ann", "X-RAPPORT-HOW-MET:Coffee at the fair\\, 2024", "X-RAPPORT-WHY-CONNECT:Knows\\nlogistics")
    assert row.data.how_met == "Coffee at the fair, 2024"
    assert row.data.why_connect == "Knows\nlogistics"


def test_web_photo_is_not_downloaded_but_kept_and_a_bad_photo_is_kept_as_written():
    web = card("FN:Ann", "PHOTO;VALUE=uri:https://example.com/ann.jpg")
    assert web.data.photo is None and "did not download" in web.warnings[0]
    assert web.data.vcard_properties == ["PHOTO;VALUE=uri:https://example.com/ann.jpg"]
    broken = card("FN:Ann", "PHOTO;ENCODING=b;TYPE=JPEG:***not base64***")
    assert broken.data.photo is None and "could not be decoded" in broken.warnings[0]
    assert broken.data.vcard_properties == ["PHOTO;ENCODING=b;TYPE=JPEG:***not base64***"]
    assert broken.ok


def test_unreadable_property_lines_are_warnings_not_failures():
    row = card("FN:Ann", "this is not a property", 'NOTE;X="unclosed:text', "EMAIL:ann@example.com")
    assert row.ok and row.data.emails[0].value == "ann@example.com"
    assert len(row.warnings) == 2


def test_a_card_cut_short_is_a_problem_with_its_line():
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bob\n"
    ann, bob = rows(text)
    assert ann.ok
    assert not bob.ok and bob.line == 5 and "END:VCARD" in bob.problem


def test_embedded_agent_card_is_skipped():
    text = "BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\nEND:VCARD\nEND:VCARD\n"
    [boss] = rows(text)
    assert boss.data.display_name == "Boss"


def test_many_empty_parameters_are_read_in_linear_time():
    # vobject 0.9.9's regular expression never finishes on this line (exponential backtracking).
    prop = parse_content_line("X-FOO" + ";" * 50_000 + ":value", 1)
    assert prop.value == "value"
    with pytest.raises(ContentLineError):
        parse_content_line("X-FOO" + ";A" * 50_000, 1)


def test_parameters_quoted_lists_and_21_bare_types():
    prop = parse_content_line('item3.TEL;VALUE=uri;TYPE="voice,cell";type=pref:tel:+1', 1)
    assert (prop.group, prop.name, prop.types) == ("item3", "TEL", ["voice", "cell", "pref"])
    bare = parse_content_line("TEL;WORK;VOICE;ENCODING=QUOTED-PRINTABLE:1", 1)
    assert bare.types == ["work", "voice"] and bare.params["ENCODING"] == ["QUOTED-PRINTABLE"]


def test_soft_break_before_end_vcard_does_not_swallow_the_end():
    text = "BEGIN:VCARD\nVERSION:2.1\nFN:Ann\nNOTE;ENCODING=QUOTED-PRINTABLE:abc=\nEND:VCARD\n"
    [card_] = list(read_cards(text))
    assert not card_.problem
    assert [line for _, line in logical_lines(text)][-1] == "END:VCARD"


def test_unknown_charset_falls_back_to_utf8():
    row = card("FN;CHARSET=KLINGON;ENCODING=QUOTED-PRINTABLE:Bj=C3=B6rn", version="2.1")
    assert row.data.display_name == "Björn"


def test_card_without_any_name_is_skipped_by_validation_not_the_reader():
    row = card_to_row(next(read_cards("BEGIN:VCARD\nVERSION:3.0\nTEL:123\nEND:VCARD\n")))
    assert row.ok  # the reader accepts it; the contacts service says no name (see the engine tests)


def test_an_absurdly_long_line_skips_its_card_only():
    huge = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * (17 * 1024 * 1024)
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:Huge\n{huge}\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\n"
    huge_row, fine = rows(text)
    assert not huge_row.ok and "16 MB" in huge_row.problem
    assert fine.ok and fine.data.display_name == "Fine"


def test_a_photo_over_the_size_limit_is_left_out_with_a_warning():
    big = base64.b64encode(b"\xff\xd8" + b"\x00" * (2 * 1024 * 1024)).decode()
    row = card("FN:Ann", f"PHOTO;ENCODING=b;TYPE=JPEG:{big}")
    assert row.ok and row.data.photo is None and "larger than" in row.warnings[0]

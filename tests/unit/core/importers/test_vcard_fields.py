"""Issue 15: every vCard property lands in its field (or is kept verbatim), each odd value keeps its person.

Samples (tests/data/import) are fictional people in the dialect each program writes: Apple Contacts (macOS 14),
GNOME Evolution, Thunderbird 115 (vCard 4.0), Google Contacts, an old Japanese phone (2.1 quoted-printable Shift-JIS
without CHARSET), Outlook 2003 (2.1 quoted-printable Windows-1252 without CHARSET), and RFC 2426 groups on BEGIN/END.
"""

import pytest

from app.core.contacts.contact_data import DateEntry, HandleEntry, WebsiteEntry
from app.core.formats.importers import load_source
from app.core.formats.importers.vcard_lines import begin_or_end, parse_content_line, read_cards
from app.core.formats.importers.vcard_reader import read_date, rows
from app.models import Contact
from tests.helpers.imports import contacts_by_name, import_file, sample


def rows_of(name):
    return list(load_source(sample(name)).rows())


def card(*lines, version="3.0"):
    [row] = rows("\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""]))
    return row


def handles(row):
    return [(h.kind, h.service, h.value, h.label) for h in row.data.handles]


# --- the programs' own files ------------------------------------------------------------------------------------
def test_apple_contacts_every_field():
    ada, lukas, port = rows_of("apple_30_full.vcf")
    d = ada.data
    assert (d.name_prefix, d.given_name, d.middle_name, d.family_name, d.name_suffix) == (
        "Dr.",
        "Ada",
        "Ngozi Ife",
        "Okafor",
        "MBA",
    )
    assert d.nickname == "Nneka"
    assert (d.company, d.department) == ("Example Freight, Ltd.", "Operations; Northern Europe")
    assert d.dates == [
        DateEntry(4, 12, None, "birthday"),  # BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12
        DateEntry(6, 9, 2012, "anniversary"),  # X-ABDATE labelled _$!<Anniversary>!$_
        DateEntry(9, 1, 2009, "other", "Started at Example Freight"),
    ]
    assert d.linkedin_url == "https://www.linkedin.com/in/ada-okafor-3b1a2c"  # URL and X-SOCIALPROFILE: once
    assert d.websites == [
        WebsiteEntry("https://ada.example.org", "HomePage"),
        WebsiteEntry("https://example-freight.example.com/team/ada", "work"),
    ]
    assert handles(ada) == [
        ("im", "skype", "ada.okafor", "home"),
        ("im", "jabber", "ada@chat.example-freight.example.com", "work"),
        ("im", "signal", "+31612345678", "Signal"),
        ("social", "twitter", "https://twitter.com/adaokafor", ""),
    ]
    assert [(p.value, p.label) for p in d.phones][-1] == ("+31 10 555 0000", "main")
    assert d.vcard_properties == [
        "X-PHONETIC-FIRST-NAME:AH-dah",
        "X-PHONETIC-LAST-NAME:oh-KAH-for",
        "item1.X-ABADR:nl",  # its ADR is mapped, so its group (item3) no longer holds a label: renumbered alone
        "item2.X-ABRELATEDNAMES;type=pref:Kofi Okafor",  # a kept group keeps its label
        "item2.X-ABLabel:_$!<Spouse>!$_",
        "X-ABUID:0A6C5E4B-7D1F-4C2B-9E3A-5F6B7C8D9E01:ABPerson",
    ]
    assert lukas.data.dates == [DateEntry(11, 30, 1979, "birthday"), DateEntry(2, 29, None, "other", "Name day")]
    assert (lukas.data.company, lukas.data.department) == ("Nordhafen Logistik", "")
    assert port.data.display_name == port.data.company == "Havenbedrijf Rotterdam"
    assert port.data.vcard_properties == ["X-ABShowAs:COMPANY"]
    assert not (ada.warnings or lukas.warnings or port.warnings)


def test_evolution_old_im_properties_anniversary_and_its_own_properties():
    [haruto] = rows_of("evolution_30.vcf")
    d = haruto.data
    assert d.dates == [DateEntry(7, 21, 1983, "birthday"), DateEntry(10, 10, 2011, "anniversary")]
    assert handles(haruto) == [
        ("im", "jabber", "haruto@jabber.example.jp", "home"),
        ("im", "skype", "haruto.kaiun", "work"),
        ("im", "icq", "123456789", "home"),
        ("im", "gadugadu", "4242", "home"),
    ]
    assert [p.label for p in d.phones] == ["work", "mobile", "assistant"]  # TYPE=X-EVOLUTION-ASSISTANT
    assert d.title == "Chartering Manager"
    assert "ROLE:Broker liaison" in d.vcard_properties  # ROLE beside a TITLE is kept, not lost
    assert "X-EVOLUTION-FILE-AS:Nakamura\\, Haruto" in d.vcard_properties
    assert "LABEL;TYPE=WORK:1-1 Marunouchi\\nChiyoda-ku\\, Tokyo 100-0005\\nJapan" in d.vcard_properties
    assert "CALURI:https://haruto.example.jp/calendar.ics" in d.vcard_properties


def test_thunderbird_40_dates_impp_and_custom_fields():
    [sofia] = rows_of("thunderbird_40.vcf")
    d = sofia.data
    assert (d.given_name, d.middle_name, d.family_name, d.nickname) == ("Sofia", "Giulia", "Marchetti", "Sofi")
    assert d.dates == [DateEntry(5, 23, 1988, "birthday"), DateEntry(9, 14, None, "anniversary")]
    assert handles(sofia) == [("im", "jabber", "sofia@chat.example.it", "")]
    assert d.websites == [WebsiteEntry("https://sofia.example.it", "")]
    assert d.department == "Ufficio commerciale"
    assert d.vcard_properties == ["X-CUSTOM1;VALUE=TEXT:met at Shipping Week", "X-CUSTOM2;VALUE=TEXT:prefers Italian"]
    assert sofia.uid == "2c3f9b0e-6c1d-4f5e-9a7b-8d0e1f2a3b4c"


def test_google_birthday_without_year_anniversary_and_related_names():
    [priya] = rows_of("google_30_dates.vcf")
    d = priya.data
    assert d.dates == [DateEntry(3, 8, None, "birthday"), DateEntry(12, 2, 2015, "anniversary")]
    assert d.websites == [WebsiteEntry("https://priya.example.in", "Blog")]
    assert d.vcard_properties == ["item1.X-ABRELATEDNAMES:Arjun Raman", "item1.X-ABLabel:_$!<Brother>!$_"]
    assert d.circles == ["Recruiters"]


def test_begin_and_end_with_a_group_are_read():
    oskar, maja = rows_of("grouped_begin_30.vcf")
    assert (oskar.data.display_name, oskar.data.emails[0].value) == ("Oskar Lind", "oskar.lind@example.se")
    assert (maja.line, maja.data.display_name, maja.data.phones[0].value) == (7, "Maja Berg", "+46 70 555 01 02")
    assert load_source(sample("grouped_begin_30.vcf")).format == "vcard"


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("BEGIN:VCARD", "BEGIN"),
        ("home.begin:vcard", "BEGIN"),
        ("item1.END:VCARD", "END"),
        ("  END : VCARD ", "END"),
        ("BEGIN:VCALENDAR", ""),
        ("NOTE:BEGIN:VCARD", ""),
        ("a.b c.BEGIN:VCARD", ""),
        ("X-BEGIN:VCARD", ""),
    ],
)
def test_begin_or_end(line, marker):
    assert begin_or_end(line) == marker


def test_old_phone_quoted_printable_shift_jis_without_charset_is_not_mojibake():
    taro, hanako, ichiro = rows_of("phone_21_sjis_qp.vcf")
    assert (taro.data.family_name, taro.data.given_name, taro.data.display_name) == ("山田", "太郎", "山田太郎")
    assert taro.data.company == "株式会社サンプル商事"
    assert taro.data.addresses[0].street == "東京都千代田区丸の内一丁目"
    assert taro.data.notes == "来月の展示会で紹介してもらう。"
    assert (hanako.data.display_name, ichiro.data.company) == ("佐藤花子", "日本海運株式会社")


def test_outlook_quoted_printable_windows_1252_without_charset():
    [amelie] = rows_of("outlook_21_qp_nocharset.vcf")
    d = amelie.data
    assert (d.given_name, d.family_name, d.title) == ("Amélie", "Lefèvre", "Responsable réseau")
    assert d.addresses[0].street == "12 rue de la République"
    assert d.dates == [DateEntry(3, 15, 1980, "birthday")]
    # kept quoted-printable properties are stored decoded, as 3.0/4.0 text (line breaks escaped)
    assert d.vcard_properties == [
        "LABEL;TYPE=work:12 rue de la République\\nLyon 69002\\nFrance",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
        "X-MS-IMADDRESS:amelie@im.example.fr",
    ]


def test_a_single_short_utf8_qp_value_and_an_unknown_charset_name():
    assert card("FN;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg", version="2.1").data.display_name == "Jörg"
    sjis = "=8E=52=93=63=91=BE=98=59"  # 山田太郎, CHARSET named the way some phones do (not a Python codec)
    row = card(f"FN;CHARSET=x-sjis;ENCODING=QUOTED-PRINTABLE:{sjis} =8A=94=8E=AE=89=EF=8E=D0", version="2.1")
    assert row.data.display_name == "山田太郎 株式会社"


# --- names, organisation, nickname ------------------------------------------------------------------------------
def test_n_has_five_parts_and_3_0_comma_lists():
    d = card("N:Doe;John,Paul;Peter,Pan;Dr.,Prof.;Jr.", "FN:John Doe").data
    assert (d.family_name, d.given_name, d.middle_name, d.name_prefix, d.name_suffix) == (
        "Doe",
        "John Paul",
        "Peter Pan",
        "Dr. Prof.",
        "Jr.",
    )
    assert card("N:Smith\\, Jr.;John;;;").data.family_name == "Smith, Jr."
    assert card("N:Smith, Jr.;John", version="2.1").data.family_name == "Smith, Jr."  # 2.1 has no comma lists
    short = card("N:Doe").data
    assert (short.family_name, short.given_name, short.middle_name) == ("Doe", "", "")


def test_nickname_lists_and_several_nicknames():
    assert card("FN:Bob", "NICKNAME:Bob,Bobby").data.nickname == "Bob, Bobby"
    assert card("FN:Bob", "NICKNAME:Bob", "NICKNAME:Rob\\, the builder").data.nickname == "Bob, Rob, the builder"


def test_org_department_units_and_a_second_org_is_kept():
    d = card("FN:A", "ORG:Acme;Research;Lab 2", "ORG:Other Corp").data
    assert (d.company, d.department) == ("Acme", "Research; Lab 2")
    assert d.vcard_properties == ["ORG:Other Corp"]
    only = card("FN:A", "ORG:;Purchasing").data
    assert (only.company, only.department) == ("", "Purchasing")


def test_role_is_the_title_only_when_there_is_no_title():
    assert card("FN:A", "ROLE:Broker").data.title == "Broker"
    both = card("FN:A", "ROLE:Broker", "TITLE:Manager").data
    assert (both.title, both.vcard_properties) == ("Manager", ["ROLE:Broker"])


# --- dates ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BDAY:1985-04-12", (1985, 4, 12)),
        ("BDAY:19850412", (1985, 4, 12)),
        ("BDAY:--0412", (None, 4, 12)),
        ("BDAY:--04-12", (None, 4, 12)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", (None, 4, 12)),
        ('BDAY;X-APPLE-OMIT-YEAR="1604";VALUE=date:1604-02-29', (None, 2, 29)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1990-03-15", (1990, 3, 15)),  # a real year beside the marker stays
        ("BDAY:1604-03-15", (None, 3, 15)),  # Apple's placeholder year without its marker
        ("BDAY:0000-04-12", (None, 4, 12)),
        ("BDAY:1985-04-12T10:00:00Z", (1985, 4, 12)),
        ("BDAY:19850412T000000", (1985, 4, 12)),
        ("BDAY;VALUE=date-and-or-time:1985-04-12T10:00:00.000+02:00", (1985, 4, 12)),
        ("BDAY:1985-4-2", (1985, 4, 2)),
        ("BDAY:--0229", (None, 2, 29)),
        ("BDAY:circa 1800", None),
        ("BDAY:1985", None),
        ("BDAY:1985-04", None),
        ("BDAY:---12", None),
        ("BDAY:1985-13-01", None),
        ("BDAY:1985-02-30", None),
        ("BDAY:1987-02-29", None),
        ("BDAY:--1399", None),
        ("BDAY:", None),
    ],
)
def test_date_forms(line, expected):
    assert read_date(parse_content_line(line, 1), "4.0") == expected


def test_every_date_property_and_label():
    row = card(
        "FN:A",
        "BDAY:1985-04-12",
        "ANNIVERSARY:--0601",
        "X-ANNIVERSARY:2001-06-01",
        "X-EVOLUTION-ANNIVERSARY:2001-06-01",  # the same day again: once
        "item1.X-ABDATE:2010-05-06",
        "item1.X-ABLabel:Graduation",
        "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-07-14",
        "item2.X-ABLabel:_$!<Anniversary>!$_",
        "item3.X-ABDATE:2020-01-01",
        "item3.X-ABLabel:_$!<Other>!$_",
        "X-ABDATE:2021-02-03",
        "item4.X-ANNIVERSARY:1999-03-01",
        "item4.X-ABLabel:Company founded",
    )
    assert row.data.dates == [
        DateEntry(4, 12, 1985, "birthday"),
        DateEntry(6, 1, None, "anniversary"),
        DateEntry(6, 1, 2001, "anniversary"),
        DateEntry(5, 6, 2010, "other", "Graduation"),
        DateEntry(7, 14, None, "anniversary"),
        DateEntry(1, 1, 2020, "other", "Other"),
        DateEntry(2, 3, 2021, "other", ""),
        DateEntry(3, 1, 1999, "anniversary", "Company founded"),
    ]
    assert not row.warnings and not row.data.vcard_properties


def test_a_bad_birthday_keeps_the_person_as_a_note_and_a_warning():
    row = card("FN:Ann Lee", "EMAIL:ann@example.com", "BDAY:circa 1800", "NOTE:Likes tea")
    assert row.ok and row.data.emails[0].value == "ann@example.com"
    assert row.data.dates == []
    assert row.data.notes == "Likes tea\nBirthday: circa 1800"
    assert row.warnings == ['kept "circa 1800" as a note: not a date']
    labelled = card("FN:Ann", "item1.X-ABDATE:someday", "item1.X-ABLabel:Graduation")
    assert labelled.data.notes == "Graduation: someday"


def test_bad_dates_through_the_engine_keep_every_person(db, clock, tmp_path):
    path = tmp_path / "dates.vcf"
    cards = [
        ("Ann Lee", "BDAY:1985-02-30"),
        ("Bob Roe", "BDAY;VALUE=text:circa 1800"),
        ("Cy Poe", "ANNIVERSARY:--1399"),
        ("Di Doe", "X-RAPPORT-INVITATION-DATE:last spring"),
    ]
    path.write_text("".join(f"BEGIN:VCARD\nVERSION:4.0\nFN:{n}\n{p}\nEND:VCARD\n" for n, p in cards))
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 4, merged 0, skipped 0"
    people = contacts_by_name()
    assert people["Ann Lee"]["notes"] == "Birthday: 1985-02-30"
    assert people["Bob Roe"]["notes"] == "Birthday: circa 1800"
    assert people["Cy Poe"]["notes"] == "Anniversary: --1399"
    assert people["Di Doe"]["notes"] == "Invitation date: last spring"
    assert all(p["dates"] == [] for p in people.values())
    assert [line for line, _ in summary.warnings] == [1, 6, 11, 16]
    assert all("as a note" in w for _, w in summary.warnings)


# --- websites, IM, social ---------------------------------------------------------------------------------------
def test_urls_with_labels_and_linkedin():
    row = card(
        "FN:A",
        "URL:https://a.example",
        "URL;TYPE=work:https://work.example",
        "item1.URL:https\\://www.linkedin.com/in/a-one",
        "item1.X-ABLabel:Profile",
        "item2.URL:https://www.linkedin.com/in/a-two",
        "item2.X-ABLabel:old profile",
        "item3.URL:https://blog.example",
        "item3.X-ABLabel:_$!<HomePage>!$_",
    )
    assert row.data.linkedin_url == "https://www.linkedin.com/in/a-one"
    assert row.data.websites == [
        WebsiteEntry("https://a.example", ""),
        WebsiteEntry("https://work.example", "work"),
        WebsiteEntry("https://www.linkedin.com/in/a-two", "old profile"),  # a second profile is not lost
        WebsiteEntry("https://blog.example", "HomePage"),
    ]


def test_impp_and_the_old_im_properties():
    row = card(
        "FN:A",
        "IMPP;X-SERVICE-TYPE=Skype:skype:ada",
        "IMPP:xmpp:ada@example.org",
        "IMPP;TYPE=work:sip:ada@voip.example.org",
        "IMPP:msnim:chat?contact=ada@example.com",
        "IMPP;X-SERVICE-TYPE=Signal:x-apple:+15550100",
        "X-JABBER:ada@jabber.example",
        "X-SKYPE:ada.s",
        "X-AIM:adaaim",
        "X-ICQ:12345",
        "X-MSN:ada@msn.example",
        "X-YAHOO:ada_y",
        "X-GOOGLE-TALK:ada@gtalk.example",
        "X-GADUGADU:4242",
        "X-QQ:10001",
    )
    assert handles(row) == [
        ("im", "skype", "ada", ""),
        ("im", "jabber", "ada@example.org", ""),
        ("im", "", "sip:ada@voip.example.org", "work"),
        ("im", "msn", "ada@example.com", ""),
        ("im", "signal", "+15550100", ""),
        ("im", "jabber", "ada@jabber.example", ""),
        ("im", "skype", "ada.s", ""),
        ("im", "aim", "adaaim", ""),
        ("im", "icq", "12345", ""),
        ("im", "msn", "ada@msn.example", ""),
        ("im", "yahoo", "ada_y", ""),
        ("im", "googletalk", "ada@gtalk.example", ""),
        ("im", "gadugadu", "4242", ""),
        ("im", "qq", "10001", ""),
    ]


def test_social_profiles_and_linkedin():
    row = card(
        "FN:A",
        "X-SOCIALPROFILE;type=linkedin;x-user=a:https://www.linkedin.com/in/a",
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/a",
        "item1.X-SOCIALPROFILE;type=mastodon:https://m.example/@a",
        "item1.X-ABLabel:Fediverse",
        "SOCIALPROFILE;SERVICE-TYPE=GitHub:https://github.com/a",
        "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/a-second",
    )
    assert row.data.linkedin_url == "https://www.linkedin.com/in/a"
    assert row.data.handles == [
        HandleEntry("https://twitter.com/a", "twitter", "", "social"),
        HandleEntry("https://m.example/@a", "mastodon", "Fediverse", "social"),
        HandleEntry("https://github.com/a", "github", "", "social"),
        HandleEntry("https://www.linkedin.com/in/a-second", "linkedin", "", "social"),
    ]


# --- Rapport's own properties -----------------------------------------------------------------------------------
def test_rapport_networking_fields():
    row = card(
        "FN:Ann",
        "X-RAPPORT-STAGE:met",
        "X-RAPPORT-TIE:close",
        "X-RAPPORT-INVITATION:accepted",
        "X-RAPPORT-INVITATION-DATE:2025-11-03",
        "X-RAPPORT-HOW-MET:Coffee at the fair\\, 2024",
        "X-RAPPORT-WHY-CONNECT:Knows\\nlogistics",
        "X-RAPPORT-KEEP-IN-TOUCH:30",
        "X-RAPPORT-KEEP-IN-TOUCH-MAX:90",
        "X-RAPPORT-SOURCE:linkedin",
        "X-RAPPORT-REFERRED-BY:urn:uuid:0b0e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4",
        "X-RAPPORT-FUTURE-FIELD:kept for a newer Rapport",
    )
    d = row.data
    assert (d.stage, d.tie, d.invitation_status, str(d.invitation_date)) == ("met", "close", "accepted", "2025-11-03")
    assert (d.how_met, d.why_connect) == ("Coffee at the fair, 2024", "Knows\nlogistics")
    assert (d.keep_in_touch_days, d.keep_in_touch_max_days, d.source) == (30, 90, "linkedin")
    assert row.referred_by_uid == "0b0e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4"
    assert d.vcard_properties == ["X-RAPPORT-FUTURE-FIELD:kept for a newer Rapport"]


def test_odd_rapport_values_keep_the_person(db, clock, tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nX-RAPPORT-STAGE:best friends\nX-RAPPORT-KEEP-IN-TOUCH:soon\n"
        "X-RAPPORT-SOURCE:fax machine\nEND:VCARD\n"
    )
    summary = import_file(path, clock=clock)
    assert summary.imported == 1
    ann = contacts_by_name()["Ann Lee"]
    assert (ann["stage"], ann["keep_in_touch_days"], ann["source"]) == ("prospect", None, "vcard")
    for kept in ("best friends", "soon", "fax machine"):
        assert kept in ann["notes"]
    assert len(summary.warnings) == 3


# --- kept properties --------------------------------------------------------------------------------------------
def test_unknown_properties_are_kept_verbatim_and_regenerated_ones_are_not():
    row = card(
        "PRODID:-//Someone//EN",
        "UID:abc-1",
        "REV:2024-01-01T00:00:00Z",
        "FN:Ann",
        "N:Lee;Ann;;;",
        "GEO:geo:51.5\\,-0.12",
        "TZ;VALUE=text:Europe/London",
        "GENDER:F",
        "KIND:individual",
        "KEY;ENCODING=b;TYPE=PGP:bWFkZSB1cA==",
        "SOUND;VALUE=uri:https://example.com/ann.ogg",
        "LOGO;VALUE=uri:https://example.com/logo.png",
        "X-MS-OL-DESIGN:<card/>",  # CHARSET dropped: the text is Unicode now
        'work.X-CUSTOM;X-PARAM="a;b":value',
        "item7.TEL:+1 555 0100",
        "item7.X-ABLabel:Boat",
        "item7.X-ABSOMETHING:kept beside a mapped property",
        "item9.X-ABRELATEDNAMES:Jane",
        "item9.X-ABLabel:_$!<Friend>!$_",
        "item4.X-ABLabel:orphan label",
    )
    assert row.data.phones[0].label == "Boat"
    assert row.data.vcard_properties == [
        "GEO:geo:51.5\\,-0.12",
        "TZ;VALUE=text:Europe/London",
        "GENDER:F",
        "KIND:individual",
        "KEY;ENCODING=b;TYPE=PGP:bWFkZSB1cA==",
        "SOUND;VALUE=uri:https://example.com/ann.ogg",
        "LOGO;VALUE=uri:https://example.com/logo.png",
        "X-MS-OL-DESIGN:<card/>",  # CHARSET dropped: the text is Unicode now
        'work.X-CUSTOM;X-PARAM="a;b":value',
        "item1.X-ABSOMETHING:kept beside a mapped property",
        "item2.X-ABRELATEDNAMES:Jane",
        "item2.X-ABLabel:_$!<Friend>!$_",
    ]
    assert row.uid == "abc-1"


def test_kept_lines_do_not_depend_on_the_group_numbers_of_the_file():
    first = card("FN:A", "item12.X-ABRELATEDNAMES:Jane", "item12.X-ABLabel:Friend", "ITEM3.X-FOO:x")
    second = card("FN:A", "item1.X-ABRELATEDNAMES:Jane", "item1.X-ABLabel:Friend", "item2.X-FOO:x")
    assert (
        first.data.vcard_properties
        == second.data.vcard_properties
        == [
            "item1.X-ABRELATEDNAMES:Jane",
            "item1.X-ABLabel:Friend",
            "item2.X-FOO:x",
        ]
    )


def test_kept_quoted_printable_is_stored_decoded():
    row = card(
        "FN:A",
        "X-NOTE2;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9=0D=0Aback\\slash=",
        " and more",
        version="2.1",
    )
    assert row.data.vcard_properties == ["X-NOTE2:café\\nback\\\\slash and more"]


def test_a_kept_property_with_a_huge_value_keeps_the_person(db, clock, tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nX-BLOB:{'A' * (2 * 1024 * 1024)}\nEND:VCARD\n")
    summary = import_file(path, clock=clock)
    assert summary.imported == 1 and Contact.select().count() == 1
    assert any("X-BLOB" in w for _, w in summary.warnings)


def test_reading_a_card_does_not_stop_at_a_line_that_is_not_a_property():
    [card_] = list(read_cards("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n.bad.group:x\nEMAIL:a@example.com\nEND:VCARD\n"))
    assert [p.name for p in card_.properties] == ["FN", "EMAIL"]
    assert card_.warnings


def test_a_web_photo_beside_an_embedded_one_is_kept_without_a_warning():
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    row = card("FN:Ann", "PHOTO;VALUE=uri:https://example.com/ann.jpg", f"PHOTO;ENCODING=b;TYPE=PNG:{png}")
    assert row.data.photo and row.data.photo.startswith(b"\x89PNG")
    assert row.data.vcard_properties == ["PHOTO;VALUE=uri:https://example.com/ann.jpg"]
    assert not row.warnings


@pytest.mark.parametrize(
    ("names", "codec"),
    [
        (["Иванов Иван", "ООО Ромашка, Москва"], "cp1251"),
        (["Łódź Wrocław", "Zespół sprzedaży, ulica Świętokrzyska"], "cp1250"),
        (["Jörg Müller", "Großhandel Süd"], "cp1252"),
    ],
)
def test_quoted_printable_without_charset_in_other_code_pages(names, codec):
    import quopri

    def qp(text):
        return quopri.encodestring(text.encode(codec)).decode("ascii")

    text = "".join(f"BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:{qp(name)}\nEND:VCARD\n" for name in names)
    assert [row.data.display_name for row in rows(text)] == names


def test_old_phone_raw_shift_jis_and_its_kept_properties():
    source = load_source(sample("phone_21_sjis_raw.vcf"))
    taro, misaki = source.rows()
    assert source.encoding == "Shift-JIS"
    assert (taro.data.family_name, taro.data.given_name, taro.data.company) == ("山田", "太郎", "株式会社サンプル商事")
    assert (misaki.data.family_name, misaki.data.emails[0].value) == ("高橋", "misaki@example.ne.jp")
    # the kana reading is kept; its CHARSET is dropped: the text is Unicode now and the export writes UTF-8
    assert taro.data.vcard_properties[0] == "SOUND;X-IRMC-N:ﾔﾏﾀﾞ;ﾀﾛｳ;;;"
    assert card('X-A;CHARSET="utf-8";TYPE=x:v', "FN:A").data.vcard_properties == ["X-A;TYPE=x:v"]


def test_a_card_of_many_repeated_properties_is_read_in_linear_time():
    """30,000 nicknames, birthdays, odd dates, categories, roles and kept lines in one card (a quadratic reader
    takes a minute here; no timing asserted: a regression shows as a test that hangs)."""
    count = 30_000
    lines = ["FN:Many", "TITLE:t"]
    for n in range(count):
        lines += [
            f"NICKNAME:n{n}",
            f"BDAY:--{1 + n % 12:02d}{1 + n % 28:02d}",
            f"X-ABDATE:odd {n}",
            f"CATEGORIES:c{n}",
            f"ROLE:r{n}",
            f"item{n}.X-FOO:{n}",
        ]
    row = card(*lines)
    assert row.ok and len(row.data.nickname.split(", ")) == count
    assert 0 < len(row.data.dates) <= 12 * 28  # the same day once
    assert len(row.data.circles) == count and len(row.warnings) == count
    assert len(row.data.vcard_properties) == 2 * count


def test_a_second_fn_in_another_language_is_kept():
    row = card("FN;LANGUAGE=ja:山田太郎", "FN;LANGUAGE=en:Taro Yamada", "N:山田;太郎;;;", version="4.0")
    assert row.data.display_name == "山田太郎"
    assert row.data.vcard_properties == ["FN;LANGUAGE=en:Taro Yamada"]

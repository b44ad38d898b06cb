"""People who use every contact field a vCard can carry (issue 15): the vCard export and round-trip tests share them."""

import datetime as dt

from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63646060f85f0f0002870180eb47ba920000000049454e44ae426082"
)

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
        "FN;LANGUAGE=fr:Dr Ada King-Lovelace",
        "GEO:geo:51.5\\,-0.12",
        "TZ:Europe/London",
        "KIND:individual",
        "GENDER:F",
        "item2.X-ABADR:gb",
        'X-MS-OL-DESIGN:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards"/>',
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

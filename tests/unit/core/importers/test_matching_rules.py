"""The matching rule of DESIGN §3, pair by pair: merge, keep apart, or keep apart as a possible duplicate.

Each case stores one contact (or nothing), imports one record, and states what must happen. The same rules hold
inside one file (the second half).
"""

from __future__ import annotations

import pytest

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.models import Contact, ContactSourceUid
from tests.helpers.imports import db_content, import_file

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def linkedin(tmp_path, *rows: str):
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def vcards(tmp_path, *cards: tuple[str, str, str]):
    """(uid, name, email) → a vCard 3.0 file; an empty uid or email leaves the property out."""
    lines = []
    for uid, name, email in cards:
        given, _, family = name.partition(" ")
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"N:{family};{given};;;"]
        lines += [f"UID:{uid}"] * bool(uid) + [f"EMAIL;TYPE=INTERNET:{email}"] * bool(email)
        lines.append("END:VCARD")
    path = tmp_path / "cards.vcf"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def stored(**fields) -> Contact:
    emails = [EmailEntry(e) for e in fields.pop("emails", [])]
    return contacts.create_contact(ContactData(emails=emails, **fields))


# (description, stored contact or None, file maker, outcome): outcome is "merge", "apart" or "possible duplicate".
CASES = [
    (
        "same e-mail",
        dict(given_name="Ada", family_name="Okafor", emails=["ada@example.com"]),
        lambda p: linkedin(p, "Ada,Okafor,,ADA@example.com,,,"),
        "merge",
    ),
    (
        "same LinkedIn profile written differently",
        dict(given_name="Ada", family_name="Okafor", linkedin_url="https://www.linkedin.com/in/ada-okafor"),
        lambda p: linkedin(p, "A.,Okafor,http://linkedin.com/in/ada-okafor/,,,,"),
        "merge",
    ),
    (
        "same e-mail, new LinkedIn profile fills the empty one",
        dict(given_name="Ada", family_name="Okafor", emails=["ada@example.com"]),
        lambda p: linkedin(p, "Ada,Okafor,https://www.linkedin.com/in/ada,ada@example.com,,,"),
        "merge",
    ),
    (
        "same name and company, nothing else",
        dict(given_name="John", family_name="Smith", company="IBM"),
        lambda p: linkedin(p, "John,Smith,,,IBM,Engineer,"),
        "possible duplicate",
    ),
    (
        "same name and company, different LinkedIn profiles",
        dict(given_name="John", family_name="Smith", company="IBM", linkedin_url="https://www.linkedin.com/in/js-1"),
        lambda p: linkedin(p, "John,Smith,https://www.linkedin.com/in/js-2,,IBM,Engineer,"),
        "apart",
    ),
    (
        "same e-mail but different LinkedIn profiles",
        dict(
            given_name="Sam", family_name="Lee", emails=["team@example.com"], linkedin_url="https://linkedin.com/in/a"
        ),
        lambda p: linkedin(p, "Sam,Lee,https://www.linkedin.com/in/b,team@example.com,,,"),
        "apart",
    ),
    (
        "same name at another company",
        dict(given_name="Ada", family_name="Okafor", company="Other Corp"),
        lambda p: linkedin(p, "Ada,Okafor,,,Example Freight,,"),
        "apart",
    ),
    (
        "a vCard with the UID of a stored contact",
        dict(given_name="Ada", family_name="Okafor", uid="0b7e-ada"),
        lambda p: vcards(p, ("0b7e-ada", "Ada Okafor-Mensah", "")),
        "merge",
    ),
    (
        "a card with a UID and the e-mail of a contact Rapport made (no UID from a file)",
        dict(given_name="Ada", family_name="Okafor", emails=["ada@example.com"]),
        lambda p: vcards(p, ("phone-uid-1", "Ada Okafor", "ada@example.com")),
        "merge",
    ),
    (
        "same name and same e-mail, different UIDs from files (a shared family address)",
        dict(given_name="Kim", family_name="Park", emails=["home@example.com"], source="vcard", uid="card-a"),
        lambda p: vcards(p, ("card-b", "Kim Park", "home@example.com")),
        "possible duplicate",
    ),
    (
        "different UIDs and the same name only",
        dict(given_name="Kim", family_name="Park", source="vcard", uid="card-a"),
        lambda p: vcards(p, ("card-b", "Kim Park", "")),
        "possible duplicate",
    ),
]


@pytest.mark.parametrize(("description", "existing", "make_file", "outcome"), CASES, ids=[c[0] for c in CASES])
def test_pair(db, clock, tmp_path, description, existing, make_file, outcome):
    uid = existing.pop("uid", None)
    contact = stored(**existing)
    if uid:
        Contact.update(uid=uid).where(Contact.id == contact.id).execute()
    summary = import_file(make_file(tmp_path), clock=clock)
    count = Contact.select().count()
    if outcome == "merge":
        assert (summary.merged, summary.imported, count) == (1, 0, 1), description
    else:
        assert (summary.merged, summary.imported, count) == (0, 1, 2), description
        flagged = [note for _, note in summary.possible_duplicates]
        assert bool(flagged) == (outcome == "possible duplicate"), (description, flagged)


def test_a_merged_card_uid_is_remembered_and_found_again(db, clock, tmp_path):
    ada = stored(given_name="Ada", family_name="Okafor", emails=["ada@example.com"])
    import_file(vcards(tmp_path, ("phone-uid-1", "Ada Okafor", "ada@example.com")), clock=clock)
    assert [u.uid for u in ContactSourceUid.select()] == ["phone-uid-1"]
    before = db_content()
    # The phone changed her e-mail; the UID still says who she is.
    again = import_file(vcards(tmp_path, ("phone-uid-1", "Ada Okafor", "ada@new.example.org")), clock=clock)
    assert (again.merged, again.imported) == (1, 0)
    assert db_content() != before
    assert Contact.select().count() == 1 and Contact.get_by_id(ada.id).emails.count() == 2


def test_in_one_file_two_john_smiths_with_their_own_profiles_stay_two(db, clock, tmp_path):
    path = linkedin(
        tmp_path,
        "John,Smith,https://www.linkedin.com/in/john-smith-1,,IBM,Engineer,12 Oct 2023",
        "John,Smith,https://www.linkedin.com/in/john-smith-2,,IBM,Engineer,12 Oct 2023",
    )
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.merged, summary.possible_duplicates) == (2, 0, [])
    urls = sorted(c.linkedin_url for c in Contact.select())
    assert urls == ["https://www.linkedin.com/in/john-smith-1", "https://www.linkedin.com/in/john-smith-2"]
    assert all("LinkedIn (from import)" not in c.notes for c in Contact.select())
    again = import_file(path, clock=clock)
    assert (again.imported, again.merged) == (0, 2)


def test_in_one_file_cards_with_different_uids_are_different_people(db, clock, tmp_path):
    path = vcards(
        tmp_path,
        ("uid-1", "Maria Garcia", ""),
        ("uid-2", "Maria Garcia", ""),
        ("uid-3", "Li Wei", "family@example.com"),
        ("uid-4", "Li Wei", "family@example.com"),
        ("uid-1", "Maria Garcia", "maria@example.com"),  # the first Maria again: same UID merges
    )
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.merged) == (4, 1)
    # Kept apart, but shown for review: a phone may hold one person twice under two UIDs.
    assert [line for line, _ in summary.possible_duplicates] == [7, 20]
    assert Contact.select().count() == 4
    again = import_file(path, clock=clock)
    assert (again.imported, again.merged) == (0, 5)


def test_in_one_file_the_same_email_merges_rows_without_conflicting_ids(db, clock, tmp_path):
    path = linkedin(
        tmp_path,
        "Ada,Okafor,,ada@example.com,Example Freight,,",
        "Ada,Okafor,https://www.linkedin.com/in/ada,ada@example.com,,,",
    )
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.merged) == (1, 1)
    [ada] = Contact.select()
    assert ada.linkedin_url == "https://www.linkedin.com/in/ada" and ada.company.name == "Example Freight"


def test_reimporting_rows_without_any_strong_identifier_changes_nothing(db, clock, tmp_path):
    path = linkedin(tmp_path, "John,Smith,,,IBM,Engineer,12 Oct 2023", "John,Smith,,,IBM,Engineer,12 Oct 2023")
    first = import_file(path, clock=clock)
    assert (first.imported, len(first.possible_duplicates)) == (2, 1)  # two rows, two people: flagged, not merged
    before = db_content()
    clock.advance(days=2)
    again = import_file(path, clock=clock)
    assert (again.imported, again.merged) == (0, 2)
    assert db_content() == before


def test_a_name_look_alike_that_would_add_something_is_not_merged(db, clock, tmp_path):
    stored(given_name="John", family_name="Smith", company="IBM")
    summary = import_file(linkedin(tmp_path, "John,Smith,,,IBM,Architect,"), clock=clock)
    assert (summary.imported, summary.merged) == (1, 0)
    assert summary.review_line() == "1 possible duplicate to review in Contacts → Duplicates"


def test_kept_vcard_groups_of_two_records_never_label_each_other():
    from app.core.formats.importers.merge import merge_vcard_lines

    known = ["item1.X-ABRELATEDNAMES:Ben", "item1.X-ABLabel:_$!<Spouse>!$_", "GEO:52.1;4.3"]
    incoming = [
        "item1.X-ABRELATEDNAMES:Carl",
        "item1.X-ABLabel:_$!<Brother>!$_",
        "item2.X-ABRELATEDNAMES:Ben",
        "item2.X-ABLabel:_$!<Spouse>!$_",
        "GEO:52.1;4.3",
        "X-GENDER:F",
    ]
    merged, added = merge_vcard_lines(known, incoming)
    assert merged == [
        *known,
        "X-GENDER:F",
        "item2.X-ABRELATEDNAMES:Carl",
        "item2.X-ABLabel:_$!<Brother>!$_",
    ]
    assert added == ["X-GENDER", "X-ABRELATEDNAMES"]
    assert merge_vcard_lines(merged, incoming)[0] == merged  # merging again adds nothing

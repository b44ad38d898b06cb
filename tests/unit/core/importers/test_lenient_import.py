"""Lenient import (issue 15): one value the validator dislikes never drops its person.

Each case is a card with a good name, e-mail and phone plus one odd value. The person must be imported with the
good values, the odd one kept (in its field, or as a labelled note line), and a warning naming the line.
"""

from __future__ import annotations

import pytest

from app.core.formats.exporters.json_export import contacts_as_dicts
from app.models import Contact
from tests.helpers.imports import import_file

GOOD = ["FN:Ada Okafor", "N:Okafor;Ada;;;", "EMAIL;TYPE=INTERNET:ada@example.org", "TEL;TYPE=CELL:+1 415 555 0199"]

# (description, odd lines, where the value must be found afterwards, warning text or "" when none is due)
CASES = [
    ("Outlook 2003 placeholder in a phone field", ["TEL;WORK;VOICE:BusinessPhone"], "BusinessPhone", "not a phone"),
    ("a reserved .invalid domain is a valid address", ["EMAIL:ada@example.invalid"], "ada@example.invalid", ""),
    ("an address without an @", ["EMAIL;TYPE=WORK:ada at example dot org"], "ada at example dot org", "not an email"),
    ("CJK text in a TEL field", ["TEL;TYPE=HOME:自宅の電話"], "自宅の電話", "not a phone"),
    ("full-width digits in a TEL field", ["TEL;TYPE=HOME:０９０－１２３４－５６７８"], "０９０－１２３４", ""),
    ("a birthday that is no date", ["BDAY:circa 1800"], "circa 1800", "not a date"),
    ("29 February in a year without it", ["BDAY:1979-02-29"], "1979-02-29", "not a date"),
    ("a LinkedIn field that is not a web address", ["X-SOCIALPROFILE;TYPE=linkedin:ada-okafor"], "ada-okafor", ""),
    ("a name over 300 characters", ["NICKNAME:" + "A" * 400], "A" * 400, "longer than 300"),
    ("an unknown stage of Rapport's own", ["X-RAPPORT-STAGE:best friend"], "best friend", "must be one of"),
    ("a keep-in-touch that is no number", ["X-RAPPORT-KEEP-IN-TOUCH:often"], "often", ""),
]


def card(lines: list[str]) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *GOOD, *lines, "END:VCARD"]) + "\r\n"


@pytest.mark.parametrize(("description", "odd", "kept", "warning"), CASES, ids=[c[0] for c in CASES])
def test_an_odd_value_keeps_its_person(db, clock, tmp_path, description, odd, kept, warning):
    path = tmp_path / "odd.vcf"
    path.write_text(card(odd), encoding="utf-8")
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.skipped) == (1, []), description
    [ada] = contacts_as_dicts([c.id for c in Contact.select()])
    assert ada["given_name"] == "Ada" and ada["family_name"] == "Okafor"
    assert "ada@example.org" in [e["value"] for e in ada["emails"]]
    assert "+1 415 555 0199" in [p["value"] for p in ada["phones"]]
    assert kept in str(ada), f"{description}: value lost"
    if warning:
        assert any(warning in note for _, note in summary.warnings), (description, summary.warnings)
        assert all(line == 1 for line, _ in summary.warnings)


def test_a_5_mb_note_keeps_its_person_cut_with_a_warning(db, clock, tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text(card(["NOTE:" + "x" * 5_000_000]), encoding="utf-8")
    summary = import_file(path, clock=clock)
    assert summary.imported == 1
    [ada] = Contact.select()
    assert ada.given_name == "Ada" and 900_000 < len(ada.notes) <= 1_000_000
    assert any("characters long; kept the first" in note for _, note in summary.warnings)


def test_a_card_with_nothing_but_a_phone_number_is_a_person(db, clock, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nTEL;CELL:+44 7700 900123\r\nEND:VCARD\r\n")
    summary = import_file(path, clock=clock)
    assert summary.imported == 1
    assert Contact.get().display_name == "+44 7700 900123"

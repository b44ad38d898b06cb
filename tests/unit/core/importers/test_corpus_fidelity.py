"""Every sample address book, checked the way the held-out corpus of issue 15 is: nobody dropped, no e-mail address
or phone number lost, no mojibake — whatever program wrote the file and in whichever encoding.

The checks read the *decoded file text* independently of the importers (a regular expression for e-mail addresses,
digit runs for phone numbers), so an importer that silently loses a value fails here even if its own tests pass.
"""

from __future__ import annotations

import re

import pytest

from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers.decoding import read_text
from app.models import Contact
from tests.helpers.imports import DATA, import_file

SAMPLES = sorted(p.name for p in DATA.iterdir() if p.suffix in (".csv", ".vcf"))
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Characters that only appear when text was decoded with the wrong code page.
MOJIBAKE = re.compile("\ufffd|Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|Ð[\u0080-\u00bf]{2}|ï»¿")
# Digit runs that are dates (birthdays are stored as dates, REV is regenerated), not phone numbers.
DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\S*)?|(?:19|20)\d{6}(?:T\d+Z?)?")
# Rows a sample holds on purpose with nobody in them (they are skipped and reported).
EMPTY_ROWS = {"linkedin_connections.csv": 1}


def everything_stored() -> str:
    """All text Rapport holds about everyone, as one string (values, notes, kept properties)."""
    ids = [i for (i,) in Contact.select(Contact.id).tuples()]
    parts = []
    for contact in contacts_as_dicts(ids):
        parts.append(repr(contact))
    return "\n".join(parts)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def people_in(name: str, text: str) -> int:
    if name.endswith(".vcf"):
        return len(re.findall(r"^\s*(?:[\w-]+\.)?BEGIN:VCARD\s*$", text, re.IGNORECASE | re.MULTILINE))
    return -1  # CSV: counted from the import summary (quoted line breaks make line counting wrong)


@pytest.mark.parametrize("name", SAMPLES)
def test_nobody_dropped_no_value_lost_no_mojibake(db, clock, name):
    path = DATA / name
    text = read_text(path).text
    summary = import_file(path, clock=clock)
    rows = summary.imported + summary.merged
    assert summary.skipped_count == EMPTY_ROWS.get(name, 0), summary.skipped
    expected = people_in(name, text)
    if expected >= 0:
        assert rows == expected, f"{name}: {expected} cards, {rows} imported or merged"
    assert Contact.select().count() == summary.imported
    stored = everything_stored()
    lost = [e for e in set(EMAIL.findall(text)) if e.lower() not in stored.lower()]
    lost = [e for e in lost if not e.lower().startswith(("http", "www."))]
    assert not lost, f"{name}: e-mail addresses lost: {lost}"
    stored_digits = digits(stored)
    phones = [p for p in re.findall(r"\+?\d[\d ().\-/]{6,}\d", text) if len(digits(p)) >= 7 and not DATE.fullmatch(p)]
    missing = [p for p in phones if digits(p) not in stored_digits]
    assert not missing, f"{name}: numbers lost: {missing[:5]}"
    assert not MOJIBAKE.search(stored), f"{name}: mojibake: {MOJIBAKE.search(stored).group()!r}"

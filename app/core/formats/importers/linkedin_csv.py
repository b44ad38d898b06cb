"""LinkedIn's data export ``Connections.csv``.

The file starts with a few "Notes:" lines before the header ``First Name,Last Name,URL,Email Address,Company,
Position,Connected On``; older and newer exports drop the URL or the email column, so columns are found by name.
Every row is a first-degree connection: invitation accepted on the ``Connected On`` day (``12 Oct 2023``), stage
"connected", source "linkedin". A column LinkedIn may add one day is kept as a note line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.formats.importers.csv_table import CsvHeader, CsvRecord, dialect_rows
from app.core.formats.importers.linkedin_quick import quick_reader as _quick_reader
from app.core.formats.importers.rows import ImportRow

FORMAT = "linkedin"
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{2,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")


def matches(columns: set[str]) -> bool:
    """A LinkedIn connections header: names plus "Connected On" or "Position", and none of Google's/Outlook's."""
    if not {"first name", "last name"} <= columns:
        return False
    if columns & {"labels", "job title", "organization name", "e-mail address", "given name"}:
        return False
    return "connected on" in columns or "position" in columns


@functools.lru_cache(maxsize=8192)  # a network's connections share their days: 100k rows, a few thousand dates
def parse_date(text: str) -> dt.date | None:
    """``12 Oct 2023`` (LinkedIn today), ``2023-10-12``, or US ``10/12/23`` (older exports); None if unreadable."""
    text = text.strip()
    try:
        if m := _DAY_MONTH_YEAR.match(text):
            month = MONTHS.get(m.group(2).lower())
            year = int(m.group(3))
            if month is None:
                return None
            return dt.date(year + 2000 if year < 100 else year, month, int(m.group(1)))
        if m := _ISO.match(text):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _US.match(text):
            year = int(m.group(3))
            return dt.date(year + 2000 if year < 100 else year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None
    return None


# Whether plain rows take the column-wise path (:func:`_quick_reader`); tests turn it off to compare the two paths.
QUICK = True


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    return dialect_rows(text, header, _row, quick=_quick_reader(header) if QUICK else None)


def _row(record: CsvRecord) -> ImportRow:
    data = ContactData(
        given_name=record.get("first name"),
        family_name=record.get("last name"),
        company=record.get("company"),
        title=record.get("position"),
        linkedin_url=record.get("url", "profile url"),
        invitation_status="accepted",
        stage="connected",
        source="linkedin",
    )
    email = record.get("email address", "e-mail address", "email")
    if email:
        data.emails.append(EmailEntry(email, "", True))
    row = ImportRow(record.line, data)
    connected = record.get("connected on")
    if connected:
        data.invitation_date = parse_date(connected)
        if data.invitation_date is None:
            row.warnings.append(f"could not read the date {connected[:40]!r}; imported without it")
    return row

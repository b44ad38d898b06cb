"""The column-wise path for plain LinkedIn rows (issue 21): most rows of ``Connections.csv`` hold nothing odd, and
for those the checks :func:`app.core.contacts.service.validate` makes come down to a few string tests.

:func:`quick_reader` returns, for a header of LinkedIn's own columns only, a function that turns a record's cells
straight into the validated :class:`ContactData` (``ImportRow.validated``): names and work cut of spaces, the profile
address and the e-mail address normalised by the very functions validation uses, the ``Connected On`` day read, the
display name derived. A row with anything a check would change, report or refuse — a line break, a NUL, an
over-long value, a date it cannot read or out of range, an address that is not one, no name at all — returns None
and goes the whole per-row way (:func:`app.core.formats.importers.linkedin_csv._row`, then validation), so its
warnings are the same. tests/unit/core/importers/test_linkedin_quick.py imports files both ways and compares every
contact, e-mail, follow-up and search hit.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.contacts.contact_data import ContactData, EmailEntry, derive_display_name
from app.core.contacts.normalize import InvalidEmail, normalize_email, normalize_linkedin_url
from app.core.contacts.validation import _WEB_ADDRESS, EARLIEST_DAY, LATEST_DAY, MAX_NAME
from app.core.formats.importers.csv_table import CsvHeader, normalise_column
from app.core.formats.importers.rows import ImportRow

# ContactData field ← the LinkedIn columns that may hold it (the header must name at most one of each group).
_FIELDS = {
    "given_name": ("first name",),
    "family_name": ("last name",),
    "linkedin_url": ("url", "profile url"),
    "email": ("email address", "e-mail address", "email"),
    "company": ("company",),
    "title": ("position",),
    "connected": ("connected on",),
}
_PROFILE = "https://www.linkedin.com/"
_KNOWN = {name: field for field, names in _FIELDS.items() for name in names}


def quick_reader(header: CsvHeader) -> Callable[[int, list[str]], ImportRow | None] | None:
    """The quick path for ``header``, or None when it has a column LinkedIn does not write (kept as a note by the
    per-row path), an unnamed or repeated column, or two columns for the same field."""
    from app.core.formats.importers.linkedin_csv import parse_date

    columns = [normalise_column(c) for c in header.columns]
    fields = [_KNOWN.get(c) for c in columns]
    if None in fields or len(set(fields)) != len(fields):
        return None
    where = {field: index for index, field in enumerate(fields)}
    absent = len(columns)  # a field without a column reads the "" put after the last cell
    given_at, family_at = where.get("given_name", absent), where.get("family_name", absent)
    company_at, title_at = where.get("company", absent), where.get("title", absent)
    url_at, email_at, day_at = where.get("linkedin_url", absent), where.get("email", absent), where.get("connected")
    emails: dict[str, str | None] = {}  # address as written → as stored (None: not an address)

    def quick(line: int, cells: list[str]) -> ImportRow | None:
        cells.append("")  # harmless for the per-row path: an empty cell past the header's last column is dropped
        given, family = cells[given_at].strip(), cells[family_at].strip()
        company, title = cells[company_at].strip(), cells[title_at].strip()
        url, email = cells[url_at].strip(), cells[email_at].strip()
        if max(len(given), len(family), len(company), len(title), len(url), len(email)) > MAX_NAME:
            return None
        joined = given + family + company + title + url + email
        if "\n" in joined or "\r" in joined or "\x00" in joined:
            return None
        if url.startswith(_PROFILE) and len(url) > len(_PROFILE):  # what normalize_linkedin_url makes of it
            url = _PROFILE + url[len(_PROFILE) :].rstrip("/")
            if not _WEB_ADDRESS.match(url):
                return None
        elif url:
            url = normalize_linkedin_url(url)
            if not _WEB_ADDRESS.match(url):
                return None
        if email:
            if email not in emails:
                try:
                    emails[email] = normalize_email(email)
                except InvalidEmail:
                    emails[email] = None
            normalised = emails[email]
            if normalised is None:
                return None
            email = normalised
        elif not (given or family or company):
            return None  # nobody to call them by: the per-row path decides
        day = None
        if day_at is not None and (connected := cells[day_at].strip()):
            day = parse_date(connected)
            if day is None or not EARLIEST_DAY <= day <= LATEST_DAY:
                return None
        data = ContactData(
            given_name=given,
            family_name=family,
            display_name=derive_display_name(given, family, company, email),
            company=company,
            title=title,
            linkedin_url=url,
            invitation_status="accepted",
            invitation_date=day,
            stage="connected",
            source="linkedin",
        )
        if email:
            data.emails.append(EmailEntry(email, "", True))
        return ImportRow(line, data, validated=True)

    return quick

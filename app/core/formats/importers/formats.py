"""The file formats Rapport imports, and recognising them from their content (never from the file name alone)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.formats.importers import generic_csv, google_csv, linkedin_csv, outlook_csv, thunderbird_csv
from app.core.formats.importers import vcard_reader as vcard
from app.core.formats.importers.csv_table import CsvHeader, find_header
from app.core.formats.importers.decoding import read_text
from app.core.formats.importers.errors import ImportRejected
from app.core.formats.importers.rows import ImportRow
from app.core.translated import QT_TRANSLATE_NOOP

FORMATS = ("linkedin", "google", "outlook", "thunderbird", "vcard", "csv")
FORMAT_LABELS = {
    "linkedin": QT_TRANSLATE_NOOP("FilePage", "LinkedIn connections (CSV)"),  # shown by the import wizard
    "google": QT_TRANSLATE_NOOP("FilePage", "Google Contacts (CSV)"),
    "outlook": QT_TRANSLATE_NOOP("FilePage", "Outlook contacts (CSV)"),
    "thunderbird": QT_TRANSLATE_NOOP("FilePage", "Thunderbird address book (CSV)"),
    "vcard": "vCard",
    "csv": QT_TRANSLATE_NOOP("FilePage", "Other CSV with name or e-mail columns"),
}
_EXPECTED = (
    "expected a LinkedIn Connections.csv, a Google, Outlook or Thunderbird contacts CSV, a CSV with a name or "
    "e-mail column, or a vCard (.vcf) file"
)
# The CSV dialects, most specific first: a Thunderbird header has Outlook's "Job Title" and "Home Phone" too, and
# any header with a name or e-mail column is a generic CSV.
CSV_DIALECTS = {
    "linkedin": (linkedin_csv.matches, linkedin_csv.rows),
    "google": (google_csv.matches, google_csv.rows),
    "thunderbird": (thunderbird_csv.matches, thunderbird_csv.rows),
    "outlook": (outlook_csv.matches, outlook_csv.rows),
    "csv": (generic_csv.matches, generic_csv.rows),
}


def classify_header(columns: set[str]) -> str | None:
    """Which CSV dialect a header row (lower-case column names) belongs to."""
    for kind, (matches, _) in CSV_DIALECTS.items():
        if matches(columns):
            return kind
    return None


@dataclass
class Source:
    """A decoded, recognised file, ready to be read row by row (reading does not touch the database)."""

    path: Path
    text: str
    format: str
    encoding: str
    header: CsvHeader | None = None

    @property
    def label(self) -> str:
        return FORMAT_LABELS[self.format]

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + 1

    def rows(self) -> Iterator[ImportRow]:
        if self.format == "vcard":
            yield from vcard.rows(self.text)
        else:
            yield from CSV_DIALECTS[self.format][1](self.text, self.header)


def detect(text: str, path: Path | str = "<input>", wanted: str = "auto") -> tuple[str, CsvHeader | None]:
    """(format, CSV header) of ``text``; ``wanted`` forces a format but the content must still fit it."""
    if wanted not in ("auto", *FORMATS):
        raise ImportRejected(path, f"unknown format {wanted!r}; use one of auto, {', '.join(FORMATS)}")
    is_vcard = vcard.looks_like_vcard(text)
    if wanted == "vcard" or (wanted == "auto" and is_vcard):
        if not is_vcard:
            raise ImportRejected(path, "no BEGIN:VCARD line: this is not a vCard file")
        return "vcard", None
    if wanted == "auto":
        header = find_header(text, classify_header)
        if header is None:
            raise ImportRejected(path, f"cannot tell what kind of file this is; {_EXPECTED}")
        return header.kind, header
    matches = CSV_DIALECTS[wanted][0]
    header = find_header(text, lambda columns: wanted if matches(columns) else None)
    if header is None:
        raise ImportRejected(path, f"no {FORMAT_LABELS[wanted]} header row found in the first lines")
    return wanted, header


def load_source(path: Path | str, wanted: str = "auto") -> Source:
    """Read, decode and recognise the file at ``path``; raises :class:`ImportRejected`. Writes nothing."""
    path = Path(path)
    decoded = read_text(path)
    fmt, header = detect(decoded.text, path, wanted)
    return Source(path, decoded.text, fmt, decoded.encoding, header)

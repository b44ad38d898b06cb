"""The file formats Rapport imports, and recognising them from their content (never from the file name alone)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.importers import google_csv, linkedin_csv, outlook_csv, vcard
from app.core.importers.csv_table import CsvHeader, find_header
from app.core.importers.decoding import read_text
from app.core.importers.errors import ImportRejected
from app.core.importers.rows import ImportRow

FORMATS = ("linkedin", "google", "outlook", "vcard")
FORMAT_LABELS = {
    "linkedin": "LinkedIn connections (CSV)",
    "google": "Google Contacts (CSV)",
    "outlook": "Outlook contacts (CSV)",
    "vcard": "vCard",
}
_EXPECTED = "expected a LinkedIn Connections.csv, a Google or Outlook contacts CSV, or a vCard (.vcf) file"


def classify_header(columns: set[str]) -> str | None:
    """Which CSV dialect a header row (lower-case column names) belongs to."""
    if linkedin_csv.matches(columns):
        return "linkedin"
    if google_csv.matches(columns):
        return "google"
    if outlook_csv.matches(columns):
        return "outlook"
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
        elif self.format == "linkedin":
            yield from linkedin_csv.rows(self.text, self.header)
        elif self.format == "google":
            yield from google_csv.rows(self.text, self.header)
        else:
            yield from outlook_csv.rows(self.text, self.header)


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
    checks = {"linkedin": linkedin_csv.matches, "google": google_csv.matches, "outlook": outlook_csv.matches}
    header = find_header(text, lambda columns: wanted if checks[wanted](columns) else None)
    if header is None:
        raise ImportRejected(path, f"no {FORMAT_LABELS[wanted]} header row found in the first lines")
    return wanted, header


def load_source(path: Path | str, wanted: str = "auto") -> Source:
    """Read, decode and recognise the file at ``path``; raises :class:`ImportRejected`. Writes nothing."""
    path = Path(path)
    decoded = read_text(path)
    fmt, header = detect(decoded.text, path, wanted)
    return Source(path, decoded.text, fmt, decoded.encoding, header)

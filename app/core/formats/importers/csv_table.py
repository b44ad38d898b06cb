"""Reading address-book CSV files: find the header line (it is not always line 1) and its delimiter, then yield each
record as a ``{column: value}`` dictionary with the line it starts on; and what every CSV dialect shares: reading
dates, sorting websites, keeping every column a dialect does not map as a labelled note line.

LinkedIn puts a few "Notes:" lines before its header; Outlook and Excel in many regions separate with ``;``, "Unicode
text" and some exports with a tab; Excel may start the file with ``sep=;``. Any file may have blank lines, short rows,
rows with more cells than the header, or a field so long that the csv module refuses it. Column names are matched
without regard to case or surrounding spaces.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from app.core.contacts.contact_data import ContactData, DateEntry, WebsiteEntry
from app.core.formats.importers.rows import ImportRow, add_note, add_notes, is_linkedin

HEADER_SEARCH_LINES = 40
DELIMITERS = (",", ";", "\t")
_MAX_HEADER_CHARS = 20_000
_CONSISTENCY_ROWS = 5
# A note of several megabytes is kept (cut at the contact model's limit, with a warning), not refused by the csv
# module's default limit of 128 KiB; past this the row is reported as unreadable.
FIELD_LIMIT = 16 * 1024 * 1024

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janvier", "januar", "enero", "gennaio", "jänner", "janeiro"),
            ("feb", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fev", "fevereiro"),
            ("mar", "march", "mars", "märz", "marz", "marzo", "mär", "março"),
            ("apr", "april", "avril", "abril", "aprile", "avr"),
            ("may", "mai", "mayo", "maggio", "maio"),
            ("jun", "june", "juin", "juni", "junio", "giugno", "junho"),
            ("jul", "july", "juillet", "juli", "julio", "luglio", "juil", "julho"),
            ("aug", "august", "août", "aout", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set"),
            ("oct", "october", "octobre", "oktober", "octubre", "ottobre", "okt", "outubro", "out"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dez", "dic", "dezembro"),
        ),
        start=1,
    )
    for name in names
}
# Outlook writes 0/0/00 for "no date"; 1/1/1601 is Windows' zero time.
NO_DATE = frozenset({"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "1/1/1601", "01/01/1601", "0.0.00", "00.00.00"})
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")  # vCard 4.0 / Google: --04-12
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$", re.I)
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s*(?:de\s+)?([^\W\d_]+)\.?,?\s*(?:de\s+)?(\d{2,4})?$")
_MONTH_DAY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{2,4})?$")


def normalise_column(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().strip('"').split()).lower()


@dataclass(frozen=True)
class CsvHeader:
    line: int  # 1-based line of the header
    offset: int  # character offset where the first record starts
    delimiter: str
    columns: list[str]  # as written (stripped)
    kind: str  # what the classifier said the header is


@dataclass
class CsvRecord:
    """One record. ``get`` remembers which columns the dialect read, so that :func:`keep_the_rest` can keep every
    other non-empty column as a note line; ``extra`` holds the cells past the header's last column."""

    line: int
    values: dict[str, str]  # lower-case column name → cell
    problem: str = ""
    extra: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # lower-case column name → as written in the header
    used: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)  # about how the record was read (a stray quote)

    def get(self, *names: str) -> str:
        """The first non-empty cell among the columns ``names`` (lower-case), stripped; all of them count as read."""
        self.used.update(names)
        for name in names:
            value = self.values.get(name)
            if value and value.strip():
                return value.strip()
        return ""

    def mark(self, *names: str) -> None:
        """Count the columns ``names`` as read (what they hold is noise or already in another field)."""
        self.used.update(names)

    def unread(self) -> Iterator[tuple[str, str]]:
        """(column as written, value) of every non-empty column no ``get`` asked for, in header order."""
        if not self.values.keys() - self.used:
            return
        for name, value in self.values.items():
            if name not in self.used and value and value.strip():
                yield self.names.get(name, name), value.strip()


def _cells(line: str, delimiter: str) -> list[str] | None:
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None


def _consistency(text: str, offset: int, delimiter: str, width: int) -> int:
    """How many of the next few records have ``width`` cells (or one more: a trailing delimiter) with ``delimiter``."""
    reader = csv.reader(io.StringIO(text[offset : offset + 64 * 1024]), delimiter=delimiter)
    fitting = 0
    try:
        for _, cells in zip(range(_CONSISTENCY_ROWS), reader, strict=False):
            fitting += len(cells) in (width, width + 1)
    except csv.Error:
        pass
    return fitting


def find_header(text: str, classify: Callable[[set[str]], str | None]) -> CsvHeader | None:
    """The first of the early lines that ``classify`` recognises as a header (it gets the lower-case column names
    and returns a kind or None). The delimiter is the one of comma, semicolon and tab that makes a recognised header
    with the most columns (ties: the one the next rows agree with); Excel's ``sep=;`` first line decides it."""
    position = 0
    delimiters: tuple[str, ...] = DELIMITERS
    for number in range(1, HEADER_SEARCH_LINES + 1):
        if position >= len(text):
            break
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        position = end + 1
        if number == 1 and re.fullmatch(r'"?sep=([,;\t|])"?\s*', line, re.I):
            delimiters = (line.strip().strip('"')[4],)
            continue
        if not line.strip() or len(line) > _MAX_HEADER_CHARS:
            continue
        found: list[tuple[int, int, int, CsvHeader]] = []
        present = [d for d in delimiters if d in line] or list(delimiters[:1])  # no delimiter: one column
        for order, delimiter in enumerate(present):
            cells = _cells(line, delimiter)
            if cells is None:
                continue
            columns = [normalise_column(c) for c in cells]
            kind = classify({c for c in columns if c})
            if kind:
                width = len([c for c in columns if c])
                header = CsvHeader(number, position, delimiter, [c.strip() for c in cells], kind)
                found.append((width, 0, -order, header))
        if not found:
            continue
        top = max(width for width, *_ in found)
        tied = [item for item in found if item[0] == top]
        if len(tied) > 1:
            tied = [
                (width, _consistency(text, position, header.delimiter, len(header.columns)), order, header)
                for width, _, order, header in tied
            ]
        return max(tied, key=lambda item: item[:3])[3]
    return None


def _stray_quote(record_text: str, delimiter: str) -> bool:
    """True when a record that spans several lines does so because of a quote out of place: read strictly, the
    quote it opens is never closed, or "closes" on the next row's opening quote (a real multi-line cell, a note
    with line breaks, reads strictly without a complaint)."""
    try:
        for _ in csv.reader(io.StringIO(record_text), delimiter=delimiter, strict=True):
            return False
    except csv.Error:
        return True
    return False


def _literal_cells(line: str, delimiter: str) -> list[str]:
    """The cells of one line read with its quotes taken literally (the line of a stray quote), the quote marks of
    a cell that starts with one removed."""
    cells = next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
    tidy = []
    for cell in cells:
        if cell.startswith('"'):
            cell = cell[1:-1] if len(cell) > 1 and cell.endswith('"') else cell[1:]
            cell = cell.replace('""', '"')
        tidy.append(cell)
    return tidy


class _Lines:
    """Character offsets of physical lines, found forwards only (each record's offset costs only the lines since the
    last one asked for: linear over the file)."""

    def __init__(self, text: str, offset: int):
        self.text = text
        self.line = 0  # lines after the start
        self.offset = offset

    def at(self, line: int) -> int:
        while self.line < line:
            found = self.text.find("\n", self.offset)
            self.offset = len(self.text) if found < 0 else found + 1
            self.line += 1
        return self.offset


def _lines_from(text: str, offset: int) -> Iterator[str]:
    """The lines of ``text`` from ``offset`` on, each with its ``\n`` (what a ``StringIO`` of it yields), cut one
    at a time: a ``StringIO`` holds a copy of the whole text, four bytes a character (40 MB for 100k LinkedIn
    rows); restarting at another offset copies nothing either."""
    find = text.find
    end = len(text)
    while offset < end:
        stop = find("\n", offset)
        stop = end if stop < 0 else stop + 1
        yield text[offset:stop]
        offset = stop


def _raw_records(text: str, offset: int, first_line: int, delimiter: str) -> Iterator[tuple[int, list[str] | str, str]]:
    """(line, cells, warning) of every record from ``offset`` on, or (line, problem, ""). A record that spans
    several lines because of a quote out of place (it would swallow the next rows, or the rest of the file) is
    read instead as its first line alone, with the quotes taken literally and the warning "unclosed quote on line
    N"; reading goes on with the next line, so the people after it are imported too."""
    while True:
        reader = csv.reader(_lines_from(text, offset), delimiter=delimiter)
        lines = _Lines(text, offset)
        done = 0  # physical lines consumed after ``offset``
        restart = None
        while True:
            start = first_line + done
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                done = reader.line_num
                yield start, f"cannot read this line as CSV ({exc})", ""
                continue
            span = reader.line_num - done
            if span > 1:
                begin = lines.at(done)
                record_text = text[begin : lines.at(done + span)]
                if _stray_quote(record_text, delimiter):
                    end = text.find("\n", begin)
                    end = len(text) if end < 0 else end
                    warning = (
                        f"unclosed quote on line {start}: read the line as it is written, and the lines after it "
                        "on their own"
                    )
                    yield start, _literal_cells(text[begin:end].rstrip("\r"), delimiter), warning
                    restart = (end + 1, start + 1)
                    break
            done = reader.line_num
            yield start, cells, ""
        if restart is None or restart[0] >= len(text):
            return
        offset, first_line = restart


def _layout(header: CsvHeader) -> tuple[list[str], dict[str, str]]:
    """(lower-case column names in header order, lower-case name → name as written)."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    columns = [normalise_column(c) for c in header.columns]
    names = {}
    for name, written in zip(columns, header.columns, strict=True):
        if name and name not in names:
            names[name] = written.strip().strip('"').strip()
    return columns, names


def _record(line: int, cells: list[str] | str, warning: str, columns: list[str], names: dict) -> CsvRecord | None:
    """The record of one raw record's cells (None for a blank one); ``cells`` is a problem when it is a string."""
    if isinstance(cells, str):
        return CsvRecord(line, {}, cells)
    if not any(cell.strip() for cell in cells):
        return None
    values: dict[str, str] = {}
    for index, (name, cell) in enumerate(zip(columns, cells, strict=False)):
        if name and name not in values:
            values[name] = cell
        elif not name and cell.strip():  # a cell under an unnamed column: keep it all the same
            values[f"column {index + 1}"] = cell
    width = len(columns)
    extra = [cell for cell in cells[width:] if cell.strip()] if len(cells) > width else []
    record = CsvRecord(line, values, extra=extra, names=names)
    if warning:
        record.warnings.append(warning)
    return record


def records(text: str, header: CsvHeader) -> Iterator[CsvRecord]:
    """Every non-blank record after ``header``; a record the csv module cannot read carries a ``problem``."""
    columns, names = _layout(header)
    for line, cells, warning in _raw_records(text, header.offset, header.line + 1, header.delimiter):
        record = _record(line, cells, warning, columns, names)
        if record is not None:
            yield record


QuickRow = Callable[[int, list[str]], ImportRow | None]


def dialect_rows(
    text: str,
    header: CsvHeader,
    build: Callable[[CsvRecord], ImportRow],
    noise: Mapping[str, Iterable[str]] | None = None,
    quick: QuickRow | None = None,
) -> Iterator[ImportRow]:
    """The rows of a CSV dialect: ``build`` maps a record to its row, then every column it did not read is kept
    (:func:`keep_the_rest`, minus ``noise``); a record the csv module cannot read is a row with a problem.

    ``quick(line, cells)``, when given, is asked first about every record with exactly the header's cells and no
    reading warning: it returns the row already validated (the common case, read column-wise without a
    :class:`CsvRecord`), or None to have the record go the way above."""
    columns, names = _layout(header)
    width = len(columns)
    for line, cells, warning in _raw_records(text, header.offset, header.line + 1, header.delimiter):
        if quick is not None and not warning and cells.__class__ is list and len(cells) == width:
            row = quick(line, cells)
            if row is not None:
                yield row
                continue
        record = _record(line, cells, warning, columns, names)
        if record is None:
            continue
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        row = build(record)
        keep_the_rest(record, row, noise)
        yield row


def keep_the_rest(record: CsvRecord, row: ImportRow, noise: Mapping[str, Iterable[str]] | None = None) -> None:
    """Every non-empty column the dialect did not read becomes the note line ``Column: value`` (except the default
    values in ``noise``, e.g. Outlook's Sensitivity "Normal"), and cells past the header's last column become
    ``Extra cell N: value`` lines with a warning: nothing in the file is lost. An unread column that holds an e-mail
    address or a phone number under a name that says so ("Email" in a CRM's Outlook-like export) fills that field."""
    data = row.data
    if record.warnings:
        row.warnings += record.warnings
    if data is None:
        return
    unread = list(record.unread())
    if not unread and not record.extra:  # most rows of most files: nothing left over
        return
    from app.core.formats.importers.generic_csv import rescue  # generic_csv builds on this module

    noise = {column.lower(): {v.lower() for v in values} for column, values in (noise or {}).items()}
    kept = [
        (column, value)
        for column, value in unread
        if value.lower() not in noise.get(column.lower(), ()) and not rescue(column, value, data)
    ]
    kept += [(f"Extra cell {number}", cell) for number, cell in enumerate(record.extra, start=1)]
    add_notes(data, kept)  # all at once: linear in the number of columns
    if record.extra:
        row.warnings.append(
            f"the row has {len(record.extra)} more cell(s) than the header has columns (a comma or quote out of "
            "place?); kept them in the notes"
        )


_LINKEDIN_PAGE = re.compile(r"linkedin\.com/(company|school|showcase|groups|feed|jobs)\b")


def is_linkedin_profile(url: str) -> bool:
    """A LinkedIn address of a person (``/in/…``, ``/pub/…``), not of a company, school or group page."""
    lowered = (url or "").lower()
    return is_linkedin(lowered) and not _LINKEDIN_PAGE.search(lowered)


def add_website(data: ContactData, url: str, label: str = "") -> None:
    """A website cell: the first LinkedIn profile fills the LinkedIn field, anything else is a website."""
    url = (url or "").strip()
    if not url:
        return
    if not data.linkedin_url and is_linkedin_profile(url):
        data.linkedin_url = url
    elif url != data.linkedin_url and all(url != w.value for w in data.websites):
        data.websites.append(WebsiteEntry(url, label.strip()))


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:  # 85 → 1985, 07 → 2007: a two-digit year is in the last hundred years
        this_year = dt.date.today().year
        year += 2000 if 2000 + year <= this_year else 1900
    return year


def parse_day(text: str, order: str = "mdy") -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date cell as address books write it, or None when it is no date at all.

    ISO ``1985-04-12`` and ``--04-12`` (no year), ``19850412``, numeric dates in the writer's ``order`` ("mdy" for
    Outlook in the US, "dmy" elsewhere; a day over 12 settles it either way), ``12.04.1985``, ``12 Oct 1985``,
    ``October 12, 1985``. The day is not checked against the month here: validation keeps an impossible one as a
    note."""
    text = (text or "").strip()
    if not text or text in NO_DATE:
        return None
    try:
        if m := _ISO.match(text):
            return int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m := _NO_YEAR.match(text):
            return None, int(m.group(1)), int(m.group(2))
        if m := _COMPACT.match(text):
            return int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m := _NUMERIC.match(text):
            a, b, c = m.group(1), m.group(2), m.group(3)
            if len(a) == 4:  # 1985/04/12
                return int(a), int(b), int(c)
            first, second = int(a), int(b)
            if "." in text or order == "dmy":
                day, month = first, second
            else:
                month, day = first, second
            if month > 12 >= day:
                day, month = month, day
            if month == 0 and day == 0:
                return None
            return _year(c), month, day
        if m := _DAY_MONTH.match(text):
            named = MONTHS.get(m.group(2).lower())
            if named:
                return (_year(m.group(3)) if m.group(3) else None), named, int(m.group(1))
        if m := _MONTH_DAY.match(text):
            named = MONTHS.get(m.group(1).lower())
            if named:
                return (_year(m.group(3)) if m.group(3) else None), named, int(m.group(2))
    except ValueError:
        return None
    return None


def add_date(
    data: ContactData, row: ImportRow, text: str, kind: str = "birthday", label: str = "", order: str = "mdy"
) -> None:
    """A date cell as a dated event of ``data``; one that cannot be read is kept as a note line with a warning."""
    text = (text or "").strip()
    if not text or text in NO_DATE:
        return
    day = parse_day(text, order)
    shown = label or {"birthday": "Birthday", "anniversary": "Anniversary"}.get(kind, "Date")
    if day is None:
        add_note(data, shown, text)
        row.warnings.append(f'kept "{text[:40]}" as a note: not a date Rapport can read')
        return
    year, month, number = day
    data.dates.append(DateEntry(month, number, year, kind, label))

"""Reading address-book CSV files: find the header line (it is not always line 1), then yield each record as a
``{column: value}`` dictionary with the line it starts on.

LinkedIn puts a few "Notes:" lines before its header; Outlook in some regions separates with ``;``; any file may have
blank lines, short rows or a field so long that the csv module refuses it. Column names are matched without regard
to case or surrounding spaces.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

HEADER_SEARCH_LINES = 40
DELIMITERS = (",", ";", "\t")
_MAX_HEADER_CHARS = 20_000


@dataclass(frozen=True)
class CsvHeader:
    line: int  # 1-based line of the header
    offset: int  # character offset where the first record starts
    delimiter: str
    columns: list[str]  # as written (stripped)
    kind: str  # what the classifier said the header is


@dataclass
class CsvRecord:
    line: int
    values: dict[str, str]  # lower-case column name → cell
    problem: str = ""

    def get(self, *names: str) -> str:
        """The first non-empty cell among the columns ``names`` (lower-case), stripped."""
        for name in names:
            value = self.values.get(name)
            if value and value.strip():
                return value.strip()
        return ""


def normalise_column(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().strip('"').split()).lower()


def find_header(text: str, classify: Callable[[set[str]], str | None]) -> CsvHeader | None:
    """The first of the early lines that ``classify`` recognises as a header (it gets the lower-case column names
    and returns a kind or None), trying the usual delimiters."""
    position = 0
    for number in range(1, HEADER_SEARCH_LINES + 1):
        if position >= len(text):
            break
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        position = end + 1
        if not line.strip() or len(line) > _MAX_HEADER_CHARS:
            continue
        for delimiter in DELIMITERS:
            if delimiter not in line:
                continue
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            columns = [normalise_column(c) for c in cells]
            kind = classify({c for c in columns if c})
            if kind:
                return CsvHeader(number, position, delimiter, [c.strip() for c in cells], kind)
    return None


def records(text: str, header: CsvHeader) -> Iterator[CsvRecord]:
    """Every non-blank record after ``header``; a record the csv module cannot read carries a ``problem``."""
    columns = [normalise_column(c) for c in header.columns]
    reader = csv.reader(io.StringIO(text[header.offset :]), delimiter=header.delimiter)
    done = 0  # physical lines consumed so far after the header
    while True:
        start = header.line + done + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            done = reader.line_num
            yield CsvRecord(start, {}, f"cannot read this line as CSV ({exc})")
            continue
        done = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
            yield CsvRecord(
                start,
                {},
                f"the row has {len(cells)} columns but the header has {len(columns)} (a comma or quote out of place?)",
            )
            continue
        values: dict[str, str] = {}
        for name, cell in zip(columns, cells, strict=False):
            if name and name not in values:
                values[name] = cell
        yield CsvRecord(start, values)

"""Running an import: read the rows, match each person, then write everything in one transaction.

The plan (created / merged / skipped per row) is worked out in memory against an index of the database, so a dry
run or the wizard's preview is the very same code as the import minus the writes. A real import holds one
transaction from the first read to the last write: a cancel, a crash or a bug leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core import contacts, contacts_bulk
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import ContactData, ContactValidationError
from app.core.importers.errors import ImportCancelled
from app.core.importers.formats import Source
from app.core.importers.matching import Keys, MatchIndex, Target
from app.core.importers.merge import merge_into
from app.core.importers.rows import ImportRow
from app.db import database

CHECK_EVERY = 250  # rows between progress reports / cancel checks
PREFETCH = 900  # rows whose matches are loaded from the database in one batch
PLAN_SHARE = 0.6  # of the progress bar: reading and matching; the rest is writing


@dataclass(frozen=True)
class RowOutcome:
    """What happens to one row: ``action`` is "create", "merge" or "skip"."""

    line: int
    action: str
    name: str
    detail: str = ""
    company: str = ""
    email: str = ""


@dataclass
class ImportSummary:
    """What an import did (or, for a dry run, would do). ``merged`` counts the rows that matched someone already
    present — in the database or earlier in the file — whether or not they added anything (``updated`` counts
    those that did), so re-importing a file reports every row as merged and changes nothing."""

    path: Path
    format: str
    encoding: str
    dry_run: bool
    imported: int = 0
    merged: int = 0
    updated: int = 0  # merged rows that added something
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    def line(self) -> str:
        """The one-line summary of DESIGN §6."""
        return f"imported {self.imported}, merged {self.merged}, skipped {self.skipped_count}"

    def skipped_lines(self) -> list[str]:
        """``FILE:LINE: reason`` for every skipped row."""
        return [f"{self.path}:{line}: {reason}" for line, reason in self.skipped]


def _row_name(row: ImportRow) -> str:
    data = row.data
    if data is None:
        return ""
    name = data.display_name or " ".join(p for p in (data.given_name, data.family_name) if p)
    return name or data.company or (data.emails[0].value if data.emails else "")


def run_import(
    source: Source,
    *,
    dry_run: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_row: Callable[[RowOutcome], None] | None = None,
    region: str | None = None,
) -> ImportSummary:
    """Import ``source`` (or, with ``dry_run``, only work out what would happen). Raises :class:`ImportCancelled`
    when ``cancelled()`` turns true; nothing is written then. ``progress(fraction)`` goes from 0 to 1."""
    if dry_run:
        return _plan(source, clock, progress, cancelled, on_row, region, dry_run=True)[0]
    with database.atomic():
        summary, new, changed = _plan(source, clock, progress, cancelled, on_row, region, dry_run=False)
        _write(summary, new, changed, clock, progress, cancelled)
    return summary


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


@dataclass
class _Prepared:
    row: ImportRow
    clean: ContactData | None = None
    keys: Keys | None = None
    problem: str = ""


def _prepare(row: ImportRow, region: str) -> _Prepared:
    """Validate a row (outside any matching, so that a chunk's matches can be loaded in one go)."""
    if not row.ok:
        return _Prepared(row, problem=row.problem or "nothing to import on this line")
    try:
        clean = contacts.validate(row.data, region=region)
    except ContactValidationError as exc:
        return _Prepared(row, problem=str(exc))
    return _Prepared(row, clean, Keys.of(clean, row.uid))


def _plan(source, clock, progress, cancelled, on_row, region, *, dry_run):
    region = region or contacts.default_region()
    summary = ImportSummary(source.path, source.format, source.encoding, dry_run)
    index = MatchIndex.from_database()
    new: list[Target] = []
    changed: dict[int, Target] = {}
    total_lines = max(source.line_count, 1)
    share = 1.0 if dry_run else PLAN_SHARE  # a dry run has no writing phase
    chunk: list[_Prepared] = []

    def flush() -> None:
        index.prefetch([p.keys for p in chunk if p.keys is not None])
        for prepared in chunk:
            outcome = _plan_row(prepared, index, new, changed, summary)
            if on_row is not None:
                on_row(outcome)
        chunk.clear()

    for count, row in enumerate(source.rows(), start=1):
        if count % CHECK_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(share * min(row.line / total_lines, 1.0))
        summary.warnings += [(row.line, w) for w in row.warnings]
        chunk.append(_prepare(row, region))
        if len(chunk) >= PREFETCH:
            flush()
    flush()
    _check(cancelled)
    if progress is not None:
        progress(share)
    return summary, new, changed


def _plan_row(prepared: _Prepared, index: MatchIndex, new: list[Target], changed: dict, summary) -> RowOutcome:
    row, clean, keys = prepared.row, prepared.clean, prepared.keys
    if clean is None or keys is None:
        summary.skipped.append((row.line, prepared.problem))
        return RowOutcome(row.line, "skip", _row_name(row), prepared.problem)
    email = clean.emails[0].value if clean.emails else ""
    target = index.find(keys)
    if target is None:
        target = Target(clean, uid=row.uid, lines=[row.line])
        new.append(target)
        index.add(target, keys)
        summary.imported += 1
        return RowOutcome(row.line, "create", clean.display_name, "; ".join(row.warnings), clean.company, email)
    result = merge_into(target.data, clean)
    target.lines.append(row.line)
    index.add(target)
    summary.merged += 1
    if result.changed:
        summary.updated += 1
        if not target.is_new:
            changed[target.contact_id] = target
    into = target.data.display_name
    detail = "; ".join([f"matches {into}: {result.describe()}", *row.warnings])
    return RowOutcome(row.line, "merge", clean.display_name, detail, clean.company, email)


def _write(summary: ImportSummary, new: list[Target], changed: dict[int, Target], clock, progress, cancelled) -> None:
    total = max(len(new) + len(changed), 1)

    def report(done: int) -> None:
        _check(cancelled)
        if progress is not None:
            progress(PLAN_SHARE + (1 - PLAN_SHARE) * done / total)

    items = [(t.data, t.uid) for t in new]
    summary.created_ids = contacts_bulk.create_contacts(items, clock=clock, progress=report)
    for done, target in enumerate(changed.values(), start=len(new) + 1):
        try:
            contacts.update_contact(target.contact_id, target.data, clock=clock)
        except ContactValidationError as exc:  # the stored contact itself no longer validates: leave it alone
            line = target.lines[-1] if target.lines else 0
            summary.warnings.append((line, f"could not update {target.data.display_name}: {exc}"))
        if done % CHECK_EVERY == 0:
            report(done)
    if progress is not None:
        progress(1.0)

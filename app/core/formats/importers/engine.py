"""Running an import: read the rows, match each person, then write everything in one transaction.

The plan (created / merged / skipped per row) is worked out in memory against an index of the database, so a dry
run or the wizard's preview is the very same code as the import minus the writes. A real import holds one
transaction from the first read to the last write: a cancel, a crash or a bug leaves the database as it was.

Validation is lenient (:func:`app.core.contacts.service.validate` with ``lenient=True``): a value that fails its check
never drops its person; it is kept as a note line and reported as ``FILE:LINE: kept "…" as a note: not a phone
number``. A row is skipped only when there is no person in it at all, and a file from which nobody can be imported
is rejected (:class:`ImportRejected`, nothing written). Matching follows DESIGN §3 (see :mod:`.matching`): strong
identifiers merge, a name alone is only reported as a possible duplicate.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import bulk_create as contacts_bulk
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import ContactValidationError
from app.core.formats.importers.errors import ImportCancelled, ImportRejected
from app.core.formats.importers.formats import Source
from app.core.formats.importers.matching import Keys, MatchIndex, Target
from app.core.formats.importers.merge import MergeResult, merge_into
from app.core.formats.importers.rows import ImportRow
from app.db import database
from app.models import Contact, ContactSourceUid

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
    possible_duplicates: list[tuple[int, str]] = field(default_factory=list)  # (line, "X looks like Y …")
    created_ids: list[int] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    def line(self) -> str:
        """The one-line summary of DESIGN §6 (a dry run says what it would do)."""
        if self.dry_run:
            return f"would import {self.imported}, merge {self.merged}, skip {self.skipped_count}"
        return f"imported {self.imported}, merged {self.merged}, skipped {self.skipped_count}"

    def review_line(self) -> str:
        """ "4 possible duplicates to review in Contacts → Duplicates", or "" when there are none."""
        count = len(self.possible_duplicates)
        if not count:
            return ""
        noun = "possible duplicate" if count == 1 else "possible duplicates"
        return f"{count} {noun} to review in Contacts → Duplicates"

    def skipped_lines(self) -> list[str]:
        """``FILE:LINE: reason`` for every skipped row."""
        return [f"{self.path}:{line}: {reason}" for line, reason in self.skipped]

    def report_lines(self) -> list[str]:
        """``FILE:LINE: reason`` for every skipped row, every value kept-but-odd and every possible duplicate, in
        file order (what the CLI prints on stderr and the wizard lists)."""
        items = [
            *((line, 0, reason) for line, reason in self.skipped),
            *((line, 1, note) for line, note in self.warnings),
            *((line, 2, note) for line, note in self.possible_duplicates),
        ]
        return [f"{self.path}:{line}: {text}" for line, _, text in sorted(items, key=lambda item: item[:2])]


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
        with _no_cycle_collection():
            summary = _plan(source, clock, progress, cancelled, on_row, region, dry_run=True)[0]
        _reject_if_empty(summary)
        return summary
    with _no_cycle_collection(), database.atomic():
        summary, new, changed = _plan(source, clock, progress, cancelled, on_row, region, dry_run=False)
        _reject_if_empty(summary)
        _write(summary, new, changed, clock, progress, cancelled)
    return summary


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while an import runs: the rows it holds (100k people, their entries and
    match keys) are long-lived, and each full collection walked them all again — a third of the CPU time of an
    import of 100k LinkedIn rows (17.7 → 11.7 s). Reference counting still frees everything; the collector runs
    again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _reject_if_empty(summary: ImportSummary) -> None:
    """A file from which nobody can be imported is rejected as a whole (DESIGN §6: exit 2, nothing written)."""
    if summary.imported or summary.merged:
        return
    if summary.skipped:
        line, reason = summary.skipped[0]
        more = f" (and {len(summary.skipped) - 1} more rows like it)" if len(summary.skipped) > 1 else ""
        raise ImportRejected(summary.path, f"nobody could be imported: line {line}: {reason}{more}")
    raise ImportRejected(summary.path, "the file holds no contacts")


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
    """Validate a row (outside any matching, so that a chunk's matches can be loaded in one go). Lenient: odd
    values are kept and become warnings of the row; only a row without anyone in it is skipped."""
    if not row.ok:
        return _Prepared(row, problem=row.problem or "nothing to import on this line")
    if row.validated:
        return _Prepared(row, row.data, Keys.of(row.data, row.uid))
    try:
        clean = contacts.validate(row.data, region=region, lenient=True, warnings=row.warnings)
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
        ready = [p for p in chunk if p.keys is not None and p.clean is not None]
        index.prefetch([p.keys for p in ready], [p.clean for p in ready])
        for prepared in chunk:
            outcome = _plan_row(prepared, index, new, changed, summary, report=on_row is not None)
            if on_row is not None:
                on_row(outcome)
        chunk.clear()

    for count, row in enumerate(source.rows(), start=1):
        if count % CHECK_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(share * min(row.line / total_lines, 1.0))
        prepared = _prepare(row, region)
        if row.warnings:
            summary.warnings += [(row.line, w) for w in row.warnings]
        chunk.append(prepared)
        if len(chunk) >= PREFETCH:
            flush()
    flush()
    _check(cancelled)
    if progress is not None:
        progress(share)
    return summary, new, changed


def _plan_row(
    prepared: _Prepared, index: MatchIndex, new: list[Target], changed: dict, summary, *, report: bool = True
) -> RowOutcome | None:
    """Plan one row into ``new``/``changed`` and ``summary``; its :class:`RowOutcome` only when ``report`` (an
    import without a listener builds none: 100k rows)."""
    row, clean, keys = prepared.row, prepared.clean, prepared.keys
    if clean is None or keys is None:
        summary.skipped.append((row.line, prepared.problem))
        return RowOutcome(row.line, "skip", _row_name(row), prepared.problem)
    email = clean.emails[0].value if clean.emails else ""
    match = index.match(keys)
    target = match.target
    look_alike = match.possible_duplicate
    already_held = (
        target is None
        and look_alike is not None
        and not look_alike.is_new
        and not look_alike.conflict(keys)
        and not merge_into(look_alike.data.copy(), clean).changed
    )
    if already_held:
        target = look_alike  # a stored contact already holding all of it: the same record imported again
    if target is None:
        target = Target(clean, uid=row.uid, lines=[row.line], referred_by_uid=row.referred_by_uid)
        if row.uid:
            target.file_uids = {row.uid}
        new.append(target)
        index.add(target, keys)
        summary.imported += 1
        note = ""
        if match.possible_duplicate is not None:
            other = match.possible_duplicate.data.display_name
            note = f"{clean.display_name} may be the same person as {other} (same name); kept apart to review"
            summary.possible_duplicates.append((row.line, note))
        if not report:
            return None
        notes = list(row.warnings)
        if note:
            notes.append(note)
        elif match.kept_apart:
            notes.append(f"kept apart from a contact with the same e-mail or UID: {match.kept_apart}")
        return RowOutcome(row.line, "create", clean.display_name, "; ".join(notes), clean.company, email)
    if index.is_shallow(target):  # read without its lists (MatchIndex.prefetch): fit only if nothing is merged
        nothing_new = index.merges_nothing(target, clean)  # found by the prefetch, or else found out here
        result = MergeResult() if nothing_new else merge_into(target.data, clean)
        if result.changed or row.referred_by_uid:
            target = index.in_full(target)
        else:
            target.lines.append(row.line)
            summary.merged += 1
            if not report:
                return None
            detail = "; ".join([f"matches {target.data.display_name}: {result.describe()}", *row.warnings])
            return RowOutcome(row.line, "merge", clean.display_name, detail, clean.company, email)
    result = merge_into(target.data, clean)
    bounded = contacts.bound_lists(target.data)  # rows merged into one person stay within what a person holds
    summary.warnings += [(row.line, w) for w in bounded]
    target.lines.append(row.line)
    uid_added = bool(row.uid) and row.uid != target.uid and row.uid not in target.file_uids
    target.add_uid(row.uid)
    if row.referred_by_uid and not target.referred_by_uid and target.data.referred_by_id is None:
        target.referred_by_uid = row.referred_by_uid
    index.add(target)
    summary.merged += 1
    if uid_added and not target.is_new:
        changed.setdefault(target.contact_id, target)
    if result.changed:
        summary.updated += 1
        if not target.is_new:
            target.data_changed = True
            changed[target.contact_id] = target
    if not report:
        return None
    into = target.data.display_name
    detail = "; ".join([f"matches {into}: {result.describe()}", *row.warnings])
    return RowOutcome(row.line, "merge", clean.display_name, detail, clean.company, email)


def _write(summary: ImportSummary, new: list[Target], changed: dict[int, Target], clock, progress, cancelled) -> None:
    total = max(len(new) + len(changed), 1)

    def report(done: int) -> None:
        _check(cancelled)
        if progress is not None:
            progress(PLAN_SHARE + (1 - PLAN_SHARE) * done / total)

    taken = _taken_uids([t.uid for t in new if t.uid])
    items = []
    for target in new:
        if target.uid in taken:  # a UID another contact already has (only possible for a trashed or odd one)
            target.uid = ""
        items.append((target.data, target.uid))
    summary.created_ids = contacts_bulk.create_contacts(items, clock=clock, progress=report)
    for target, contact_id in zip(new, summary.created_ids, strict=True):
        target.contact_id = contact_id
    for done, target in enumerate(changed.values(), start=len(new) + 1):
        if target.data_changed:
            try:
                contacts.update_contact(target.contact_id, target.data, clock=clock)
            except ContactValidationError as exc:  # the stored contact itself no longer validates: leave it alone
                line = target.lines[-1] if target.lines else 0
                summary.warnings.append((line, f"could not update {target.data.display_name}: {exc}"))
        if done % CHECK_EVERY == 0:
            report(done)
    _record_uids([*new, *changed.values()])
    _link_referrers(summary, [*new, *changed.values()], clock)
    if progress is not None:
        progress(1.0)


def _taken_uids(uids: list[str]) -> set[str]:
    taken: set[str] = set()
    for start in range(0, len(uids), 900):
        chunk = uids[start : start + 900]
        taken.update(u for (u,) in Contact.select(Contact.uid).where(Contact.uid.in_(chunk)).tuples())
    return taken


def _record_uids(targets: list[Target]) -> None:
    """Remember the foreign UIDs merged into a contact, so the next import or sync finds the person by them."""
    rows = [(t.contact_id, uid) for t in targets for uid in t.new_uids]
    for start in range(0, len(rows), 400):
        chunk = rows[start : start + 400]
        ContactSourceUid.insert_many(chunk, fields=["contact", "uid"]).on_conflict_ignore().execute()


def _link_referrers(summary: ImportSummary, targets: list[Target], clock: Clock) -> None:
    """Who referred whom, by the referrer's UID (Rapport's X-RAPPORT-REFERRED-BY), once everyone is stored: the
    referrer may come later in the file. A contact that already has a referrer keeps it."""
    pending = [t for t in targets if t.referred_by_uid]
    if not pending:
        return
    index = MatchIndex.from_database()
    for target in pending:
        referrer = index.by_uid.get(target.referred_by_uid)
        referrer_id = referrer.contact_id if isinstance(referrer, Target) else referrer
        line = target.lines[0] if target.lines else 0
        if referrer_id is None:
            summary.warnings.append((line, f"the referrer (UID {target.referred_by_uid[:60]}) is not in Rapport"))
            continue
        current = Contact.select(Contact.referred_by).where(Contact.id == target.contact_id).scalar()
        if current is not None or referrer_id == target.contact_id:
            continue
        data = ContactData.from_contact(Contact.get_by_id(target.contact_id))
        data.referred_by_id = referrer_id
        try:
            contacts.update_contact(target.contact_id, data, clock=clock)
        except ContactValidationError as exc:
            summary.warnings.append((line, f"left out who referred {data.display_name}: {exc}"))

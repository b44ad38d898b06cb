"""``rapport import FILE.json``: Rapport's own JSON export back into a data folder (issue 15, DESIGN §6).

Into an *empty* data folder (no contacts, interactions, follow-ups, pitches or ledger entries; the seeded circles
and templates do not count) it **restores** everything the export holds, as it was: contacts live and in the trash
with their UIDs, every field, their pictures and foreign UIDs, and the referral links between them; circles,
companies, interactions, the ledger, follow-ups (their UIDs, states, days, rule keys), pitches with their revisions,
contacts and rehearsals, templates (a built-in the user edited replaces the seeded one, never doubles it), research
notes, card images, settings and the profile. Timestamps come back as they were. Ids are the database's own: every
reference in the file (``contact_id``, ``referred_by``, rule keys such as ``thank_you:interaction:42``) is mapped to
the new rows.

Into a folder with data it **merges**: a contact is found by its UID or one of its foreign UIDs, then by the strong
identifiers of :mod:`.matching` (the same index and rules as every other import), and folded in by
:func:`.merge.merge_into`; the others are added. Their history is added without doubling: interactions and
follow-ups by UID (or a follow-up the rules here already made, by rule key), ledger entries, pitches, revisions,
rehearsals and images by what they are. Importing the same file twice changes nothing the second time.

One transaction: a cancel, a failure or a rejected file leaves the database as it was. A dry run is the very same
import, rolled back.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.formats.importers import json_opportunities
from app.core.formats.importers.engine import RowOutcome
from app.core.formats.importers.errors import ImportRejected
from app.core.formats.importers.json_backup import Backup
from app.core.formats.importers.json_backup_check import check_backup
from app.core.formats.importers.json_import_contacts import ContactSteps
from app.core.formats.importers.json_import_records import RecordSteps
from app.core.formats.importers.json_import_rows import stop_if
from app.core.formats.importers.json_import_summary import JsonImportSummary
from app.db import database
from app.models import (
    Contact,
    FollowUp,
    Interaction,
    LedgerEntry,
    Opportunity,
    Pitch,
)


class _Rollback(Exception):
    """Ends a dry run: everything it wrote is rolled back."""


def has_data() -> bool:
    """Whether the open data folder holds anything of the user's (seeded circles and templates do not count)."""
    return any(model.select().exists() for model in (Contact, Interaction, FollowUp, Pitch, LedgerEntry, Opportunity))


def run_json_import(
    backup: Backup,
    *,
    dry_run: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_row: Callable[[RowOutcome], None] | None = None,
    region: str | None = None,
) -> JsonImportSummary:
    """Restore or merge ``backup`` into the open database, in one transaction (``dry_run``: rolled back). Raises
    :class:`ImportRejected` when nothing in the file can be imported and :class:`ImportCancelled` when
    ``cancelled()`` turns true; the database is untouched then."""
    checked = check_backup(backup, cancelled)
    stop_if(cancelled)
    if checked.is_empty():
        raise ImportRejected(backup.path, "this export holds nothing to import")
    summary = JsonImportSummary(backup.path, dry_run, encoding=backup.encoding)
    try:
        with database.atomic():
            summary.restore = not has_data()
            _Import(checked, summary, clock, progress, cancelled, on_row, region).run()
            _reject_if_nobody(summary)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    summary.warnings[:0] = checked.warnings
    if progress is not None:
        progress(1.0)
    return summary


def _reject_if_nobody(summary: JsonImportSummary) -> None:
    """Contacts in the file and none of them importable, and nothing else either: the file is rejected."""
    if summary.imported or summary.merged or sum(summary.added.values()) or sum(summary.present.values()):
        return
    if summary.skipped:
        where, reason = summary.skipped[0]
        more = f" (and {len(summary.skipped) - 1} more like it)" if len(summary.skipped) > 1 else ""
        raise ImportRejected(summary.path, f"nobody could be imported: {where}: {reason}{more}")


class _Import(ContactSteps, RecordSteps):
    """One run: the steps in order."""

    def run(self) -> None:
        if self.progress is not None:
            self.progress(0.05)
        self.companies()
        self.circles()
        self.contacts()
        self.referrals()
        self.interactions()
        self.ledger()
        self.followups()
        self.pitches()
        self.templates()
        self.research()
        self.images()
        self.profile()
        self.settings()
        json_opportunities.write(self)  # opportunities, documents and what was sent (issue 22)
        stop_if(self.cancelled)

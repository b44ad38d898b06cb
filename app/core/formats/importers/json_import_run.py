"""The state one JSON import run carries from step to step (see :mod:`.json_import`)."""

from __future__ import annotations

from app.core.contacts import service as contacts
from app.core.formats.importers.json_backup_values import Checked, Record
from app.core.formats.importers.json_import_rows import stop_if
from app.core.formats.importers.json_import_summary import JsonImportSummary
from app.db import MAX_SQL_PARAMETERS

CHECK_EVERY = 200  # records between progress reports / cancel checks
PREFETCH = MAX_SQL_PARAMETERS  # contacts whose matches are loaded in one batch


class ImportRun:
    """One run's state: the maps from the file's ids to the database's, progress and the warnings. The steps
    (:mod:`.json_import_contacts`, :mod:`.json_import_records`, :mod:`.json_opportunities`) work on it."""

    def __init__(self, checked: Checked, summary: JsonImportSummary, clock, progress, cancelled, on_row, region):
        self.checked = checked
        self.summary = summary
        self.clock = clock
        self.now = clock.now().replace(microsecond=0)
        self.progress = progress
        self.cancelled = cancelled
        self.on_row = on_row
        self.region = region or contacts.default_region()
        self.restore = summary.restore
        self.contact_ids: dict[int, int] = {}  # file id → database id
        self.interaction_ids: dict[int, int] = {}
        self.pitch_ids: dict[int, int] = {}
        self.company_ids: dict[str, int] = {}
        self.circle_ids: dict[str, int] = {}
        self.updated_contacts: set[int] = set()
        self.skipped_ids: set[int] = set()  # file ids of contacts that could not be imported
        self._total = max(len(checked.contacts) + sum(len(t) for t in checked.tables.values()), 1)
        self._done = 0

    # --- bookkeeping -------------------------------------------------------------------------------------------
    def tick(self) -> None:
        self._done += 1
        if self._done % CHECK_EVERY == 0:
            stop_if(self.cancelled)
            if self.progress is not None:
                self.progress(0.05 + 0.9 * min(self._done / self._total, 1.0))

    def warn(self, where: str, message: str) -> None:
        self.summary.warnings.append((where, message))

    def contact_of(self, record: Record, key: str, what: str) -> int | None:
        """The database id of the contact ``record`` names under ``key``; a dangling id is reported."""
        file_id = record.refs.get(key)
        if file_id is None:
            return None
        found = self.contact_ids.get(file_id)
        if found is None:
            self.warn(f"{record.where}.{key}", f"{self.missing(file_id)}; {what}")
        return found

    def missing(self, file_id: int) -> str:
        """Why the contact with ``file_id`` is not here."""
        if file_id in self.skipped_ids:
            return f"the contact with id {file_id} was skipped"
        return f"no contact with id {file_id} in the file"

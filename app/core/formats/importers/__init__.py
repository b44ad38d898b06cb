"""Importers: LinkedIn, Google, Outlook and Thunderbird CSV, any CSV with a name or e-mail column, vCard
2.1/3.0/4.0 (DESIGN §7), in whatever encoding the writing program used; Rapport's own JSON export has its own path
(:mod:`app.core.formats.importers.json_backup`).

Use :func:`load_source` (read, decode, recognise — raises :class:`ImportRejected`, writes nothing) and then
:func:`run_import` (one transaction; ``dry_run`` for a preview). Each format module turns text into
:class:`~app.core.formats.importers.rows.ImportRow` objects; lenient validation, matching (strong identifiers, DESIGN
§3) and
merging are shared by all formats, so no person is dropped for an odd value and none is merged on a name alone.
"""

from app.core.formats.importers.engine import ImportSummary, RowOutcome, run_import
from app.core.formats.importers.errors import ImportCancelled, ImportRejected
from app.core.formats.importers.formats import FORMAT_LABELS, FORMATS, Source, detect, load_source

__all__ = [
    "FORMATS",
    "FORMAT_LABELS",
    "ImportCancelled",
    "ImportRejected",
    "ImportSummary",
    "RowOutcome",
    "Source",
    "detect",
    "load_source",
    "run_import",
]

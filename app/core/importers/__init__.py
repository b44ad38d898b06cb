"""Importers: LinkedIn, Google and Outlook CSV, vCard 2.1/3.0/4.0 (DESIGN §7).

Use :func:`load_source` (read, decode, recognise — raises :class:`ImportRejected`, writes nothing) and then
:func:`run_import` (one transaction; ``dry_run`` for a preview). Each format module turns text into
:class:`~app.core.importers.rows.ImportRow` objects; matching and merging are shared by all formats.
"""

from app.core.importers.engine import ImportSummary, RowOutcome, run_import
from app.core.importers.errors import ImportCancelled, ImportRejected
from app.core.importers.formats import FORMAT_LABELS, FORMATS, Source, detect, load_source

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

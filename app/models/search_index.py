"""The full-text index over contacts (FTS5).

The table and the triggers that keep it in sync with ``contact``, ``contact_email`` and ``company`` live in
migration 0001, so every write — GUI, import, CLI, raw SQL — updates the index in the same transaction.
Its rowid is the contact id. Only live contacts are indexed (migration 0010): trashing a contact removes its row,
restoring puts it back. Tokenizer ``unicode61 remove_diacritics 2``: "jose" finds "José".
"""

from playhouse.sqlite_ext import FTS5Model, SearchField

from app.db import database


class ContactIndex(FTS5Model):
    """Read-only from Python: query it with ``ContactIndex.match(...)``; the triggers write it."""

    name = SearchField()
    company = SearchField()
    title = SearchField()
    notes = SearchField()
    emails = SearchField()

    class Meta:
        database = database
        table_name = "contact_fts"
        options = {"tokenize": "unicode61 remove_diacritics 2", "prefix": "1 2 3"}

"""The search index merged into one segment, once, for databases made before imports merged it (issue 21 item 3).

``contact_fts`` grows a segment per batch of writes, and FTS5 merges them only now and then: the demo sets and
databases filled before bulk imports merged the index (:func:`app.core.contacts.search_index_bulk.merge_segments`)
hold many (17 at 200k contacts). The contact list tests each name it walks against the index, a seek in every
segment, and picks its plan from the segment count (``WALK_COST_RATIO_MERGED``), so those databases kept the slower
plan. FTS5's ``'optimize'`` merges every segment into one: the same rows, the same answers to every query.

Frozen: later changes go in a new migration. Nothing to undo: going down leaves the index merged (it is the same
index).
"""


def up(migrator, db):
    segments = db.execute_sql("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]
    if segments > 1:
        db.execute_sql("INSERT INTO contact_fts(contact_fts) VALUES('optimize')")


def down(migrator, db):
    pass

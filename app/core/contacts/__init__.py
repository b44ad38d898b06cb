"""Contacts (DESIGN §3): the people, their details and history, finding, listing and merging them.

- :mod:`.service`: the one write path (create, update, trash, restore) and the validation every caller shares;
  :mod:`.bulk_create` is its twin for imports, :mod:`.bulk_edit` the list's multi-selection changes,
  :mod:`.field_changes` the editor's field-level edits, :mod:`.email_index` holds the search index during bulk
  writes of e-mail addresses;
- :mod:`.list_query` (which contacts the list shows, in what order) and :mod:`.list_rows` (what one row shows),
  :mod:`.search` (the search box and ``rapport search``), :mod:`.duplicates` (finding and merging);
- :mod:`.interactions` (what happened with someone), :mod:`.stages` (where a relationship stands),
  :mod:`.keep_in_touch` (cadence and status), :mod:`.referrals` (who referred whom), :mod:`.research`
  (notes and questions before a meeting), :mod:`.targets` (target companies), :mod:`.quick_add` (a typed name
  becomes a contact).
"""

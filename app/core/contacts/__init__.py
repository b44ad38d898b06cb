"""Contacts (DESIGN §3): the people, their details and history, finding, listing and merging them.

- :mod:`.service`: the one write path (create, update, trash, restore); :mod:`.validation` the checks every caller
  shares before writing, :mod:`.normalize` phone numbers, e-mail addresses and LinkedIn URLs in one form;
  :mod:`.bulk_create` is its twin for imports, :mod:`.bulk_edit` the list's multi-selection changes,
  :mod:`.field_changes` the editor's field-level edits, :mod:`.email_index` holds the search index during bulk
  writes of e-mail addresses;
- :mod:`.list_query` (which contacts the list shows, in what order) and :mod:`.list_rows` (what one row shows),
  :mod:`.search` (the search box and ``rapport search``), :mod:`.duplicates` (finding and merging) and
  :mod:`.duplicate_review` (what the merge dialog shows beside the two records);
- :mod:`.lookup`: the small reads every screen repeats (a name by id, "Name — Company", the circles in order, a
  contact's header), and :mod:`.vocabulary` the fixed lists (stages, ties, kinds) — the UI asks these, never the
  models;
- :mod:`.interactions` (what happened with someone; logging one with its reminder, and undoing it, as one use
  case), :mod:`.stages` (where a relationship stands), :mod:`.keep_in_touch` (cadence and status),
  :mod:`.referrals` (who referred whom), :mod:`.research` (notes and questions before a meeting), :mod:`.targets`
  (target companies), :mod:`.quick_add` (a typed name becomes a contact).
"""

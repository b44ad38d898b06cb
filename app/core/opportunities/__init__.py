"""Job applications (issue 22): from a conversation to an offer, and which contacts opened which door.

Qt-free, like the rest of ``app.core``. One module per idea:

- :mod:`.labels` — the words for stages, sources and roles (English; the UI translates them);
- :mod:`.service` — every write of an opportunity (create, edit, notes, people, move to a stage): one transaction
  each, the clock passed in, and whatever the UI needs to undo it returned; ``CHANGES`` says what they change;
- :mod:`.interviews` — scheduling, changing, deleting and restoring interviews, the same way;
- :mod:`.deletion` — deleting an opportunity with all that belonged to it, and putting it back;
- :mod:`.queries` — what the board, the table, the detail pane and a contact's pane show;
- :mod:`.lookups` — the small reads the forms need (companies to choose from, an opportunity's fields, its notes…);
- :mod:`.documents` — résumé and cover-letter versions kept as files in the data folder, and what went to whom;
- :mod:`.rules` — the follow-up rules of job applications (check in after applying, thank each interviewer, tell the
  referrer, prepare the day before, nudge a quiet opportunity), on the engine of :mod:`app.core.followups.rules`;
- :mod:`.rule_settings` — their switches and days (Preferences → Follow-up rules → Job applications);
- :mod:`.stats` — the Insights panels: the funnel by source, time in each stage, who and which circles produced
  interviews;
- :mod:`.transfer` — the ``opportunities`` part of the JSON export and its import;
- :mod:`.demo` — a realistic pipeline for demo data.
"""

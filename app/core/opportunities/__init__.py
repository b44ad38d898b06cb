"""Job applications (issue 22): from a conversation to an offer, and which contacts opened which door.

Qt-free, like the rest of ``app.core``. One module per idea:

- :mod:`.labels` — the words for stages, sources and roles (English; the UI translates them);
- :mod:`.service` — every write (create, edit, move to a stage, people, interviews, delete/restore): one transaction
  each, the clock passed in, and whatever the UI needs to undo it returned;
- :mod:`.queries` — what the board, the table, the detail pane and a contact's pane show;
- :mod:`.documents` — résumé and cover-letter versions kept as files in the data folder, and what went to whom;
- :mod:`.rules` — the follow-up rules of job applications (check in after applying, thank each interviewer, tell the
  referrer, prepare the day before, nudge a quiet opportunity), on the engine of :mod:`app.core.followups.rules`;
- :mod:`.rule_settings` — their switches and days (Preferences → Follow-up rules → Job applications);
- :mod:`.stats` — the Insights panels: the funnel by source, time in each stage, who and which circles produced
  interviews;
- :mod:`.transfer` — the ``opportunities`` part of the JSON export and its import;
- :mod:`.demo` — a realistic pipeline for demo data.
"""

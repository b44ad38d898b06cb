"""Two-way sync with CardDAV/CalDAV servers (issue 20; docs/sync.md). Qt-free.

- :mod:`dav`: the server, through caldav's DAVClient (discovery, sync-token / ETag listing, multiget, PUT/DELETE);
- :mod:`account`: URL, user, collections; the password in the system keyring or from a command;
- :mod:`engine`: one kill-safe two-way pass over a collection; :mod:`merge`: the three-way field merge;
- :mod:`contacts_sync`: contacts ⇄ vCards; :mod:`calendar_sync`: follow-ups ⇄ VTODO, planned meetings ⇄ VEVENT;
- :mod:`service`: setup, one sync, status — what the CLI and the window call.
"""

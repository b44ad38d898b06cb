"""Follow-ups (DESIGN §4): what to do when, made by hand or by the networking rules, and the meetings ahead.

- :mod:`.service`: the agenda queries (today, a week, a day, a contact's) and every change of a follow-up (create,
  done, snooze, dismiss, reschedule, delete), one transaction each;
- :mod:`.series` and :mod:`.recurrence`: repeating follow-ups (RFC 5545 RRULE), one open occurrence at a time;
- :mod:`.reminders`: the ones asked for by hand ("remind me in N days");
- :mod:`.rules`: the networking rules' hooks, called inside the writes of contacts and interactions, and
  :func:`~.rules.run_all` for the time-based ones (:mod:`.time_rules`: keep in touch, pending invitations, the
  monthly update; :mod:`.birthdays`), run at start-up and each midnight by :mod:`.daily_run`; :mod:`.rule_store`
  keeps their follow-ups by rule key and
  :mod:`.rule_settings` which rules are on and how many days each waits;
- :mod:`.planned_meetings`: conversations logged for a time still ahead, for Today and the calendar.
"""

"""Sample data for a first look and for benchmarks: people (:mod:`.contacts`, names from :mod:`.names`), their
follow-ups (:mod:`.followups`) and the coach's records (:mod:`.coach`). Marked as sample data so it can be removed."""

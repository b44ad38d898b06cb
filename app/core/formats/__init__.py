"""Files in and out (DESIGN §7): :mod:`.importers` (vCard, the CSV dialects, Rapport's JSON) and :mod:`.exporters`
(vCard, CSV, JSON, ICS)."""

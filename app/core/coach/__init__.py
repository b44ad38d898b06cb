"""The coach (DESIGN §6): meeting prep (:mod:`.meeting_prep`), give before you ask (:mod:`.giving`,
:mod:`.ledger`), introductions (:mod:`.introductions`), weekly goals (:mod:`.goals`), insights (:mod:`.insights`),
scripts and templates (:mod:`.templates`), the monthly update (:mod:`.monthly_update`) and handing a message to the
mail program (:mod:`.outgoing`)."""

"""The data folder as a whole: opening and checking the store (:mod:`.storage`), backups and restore
(:mod:`.backup`)."""

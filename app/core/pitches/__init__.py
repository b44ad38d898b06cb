"""The pitch studio's core (DESIGN §5): pitches and their revisions (:mod:`.service`), the plain-words check
(:mod:`.plain_words` with its :mod:`.word_lists` and :mod:`.syllables`), timing (:mod:`.timing`), rehearsals and
their recordings (:mod:`.rehearsal`, :mod:`.rehearsal_history`) and which pitch suits whom (:mod:`.match`)."""

"""The pitch studio's core (DESIGN §5): pitches and their revisions (:mod:`.service`), the plain-words check
(:mod:`.plain_words`; per language in :mod:`.languages`, with the word lists :mod:`.word_lists` (English),
:mod:`.word_lists_de`, :mod:`.word_lists_fr`, :mod:`.word_lists_es` and the syllable counters :mod:`.syllables`,
:mod:`.syllables_intl`), timing (:mod:`.timing`), rehearsals and
their recordings (:mod:`.rehearsal`, :mod:`.rehearsal_history`) and which pitch suits whom (:mod:`.match`)."""

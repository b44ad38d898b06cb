"""Counting syllables in German, French and Spanish words by their vowel groups, for the reading-ease scores.

English needs its many corrections (:mod:`app.core.pitches.syllables`); these three languages are spelled closer to
how they are said, so one vowel group is one syllable, with each language's known exceptions to that:

- German: a group of vowels is cut into its diphthongs and long vowels (ei, ai, au, eu, äu, ie, aa, ee, oo) and
  single vowels, each one syllable — "neu-e", "Bau-er", "The-o-rie", "ak-tu-ell"; a "y" is a vowel; "ie" before a
  final "n" or before "nt" is two ("Syn-er-gi-en", "Kli-ent"); "team" and "coach" inside a word are one. Weak
  spots: a final "ie" spoken as two ("Fa-mi-li-e") and other English loan words.
- French: the "e" at the end of a word ("-e", "-es") after a consonant is silent ("é-quipe", "pro-jets") unless the
  word has no other vowel ("le", "que"); the "u" of "qu" and of "gu" before e/i is silent; "y" between vowels is a
  consonant ("pa-yer"); "é" before a vowel, and a vowel with a diaeresis (ë, ï, ü), start a syllable of their own
  ("ré-a-li-té", "na-ïf"). Counted as read aloud in careful speech: "-ent" of a verb ("ils parlent") counts, as in
  "souvent". Groups such as "ion" count once ("re-la-tion").
- Spanish: a, e, o and the accented vowels (á, é, í, ó, ú) are each a syllable; an unaccented i, u or ü next to one
  of them forms a diphthong with it ("puer-to", "ciu-dad"), two strong vowels are two ("a-e-ro-puer-to",
  "le-er"); the "u" of "qu", "gue", "gui" is silent; a final "y" after a vowel is part of its diphthong ("hoy").

tests/unit/core/test_syllables_intl.py pins sample words of each language.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DE_VOWELS = "aeiouyäöü"
_DE_GROUP = re.compile(f"[{_DE_VOWELS}]+")
# One syllable each, tried longest first inside a vowel group; any other vowel is a syllable of its own.
_DE_NUCLEUS = re.compile(r"äu|ai|au|ei|eu|ey|ay|ie|aa|ee|oo|[aeiouyäöü]")


@lru_cache(maxsize=8192)
def count_de(word: str) -> int:
    """Syllables in one German ``word`` (at least 1 for any word with a letter, 0 for none)."""
    lowered = word.lower().replace("’", "'")
    letters = "".join(ch for ch in lowered if ch.isalpha())
    if not letters:
        return 0
    if word.isupper() and 2 <= len(letters) <= 5:  # "EU", "KI": spelled letter by letter
        return len(letters)
    total = 0
    for loan in ("team", "coach"):  # English loan words inside compounds: "Teamleiter", "Teamplayer"
        if loan in letters:
            total += letters.count(loan)
            letters = letters.replace(loan, "-")
    letters = letters.replace("player", "pleier")  # "Teamplayer": play-er
    letters = re.sub(r"ie(?=nt|n$|ns$)", "i-e", letters)  # "Synergi-en", "Kli-ent", "ori-entiert"
    for group in _DE_GROUP.findall(letters):
        total += len(_DE_NUCLEUS.findall(group))
    return max(1, total)


_FR_VOWELS = "aeiouyàâäéèêëîïôöûùüœæ"
_FR_GROUP = re.compile(f"[{_FR_VOWELS}]+")
_FR_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'")


@lru_cache(maxsize=8192)
def count_fr(word: str) -> int:
    """Syllables in one French ``word`` (at least 1 for any word with a letter, 0 for none)."""
    lowered = word.lower().replace("’", "'")
    lowered = _FR_ELISION.sub("", lowered)  # "l'équipe", "d'abord", "qu'on": the elided word adds no syllable
    letters = "".join(ch for ch in lowered if ch.isalpha())
    if not letters:
        return 0
    if word.isupper() and 2 <= len(letters) <= 5:  # "RH", "PME": spelled letter by letter
        return len(letters)
    stem = letters.replace("qu", "q")
    stem = re.sub(r"gu(?=[eéèêiîy])", "g", stem)
    stem = re.sub(f"(?<=[{_FR_VOWELS}])y(?=[{_FR_VOWELS}])", "j", stem)
    # A vowel after "é" or with a diaeresis starts a new group: "réalité", "naïf", "Noël".
    stem = re.sub(f"(?<=é)(?=[{_FR_VOWELS}])|(?=[ëïü])", "-", stem)
    total = len(_FR_GROUP.findall(stem))
    if total > 1 and re.search(f"[^{_FR_VOWELS}]es?$", stem):  # the silent final "e": "é-quipe", "pro-jets"
        total -= 1
    return max(1, total)


_ES_GROUP = re.compile(r"[aeiouáéíóúü]+")
_ES_STRONG = re.compile(r"[aeoáéíóú]")


@lru_cache(maxsize=8192)
def count_es(word: str) -> int:
    """Syllables in one Spanish ``word`` (at least 1 for any word with a letter, 0 for none)."""
    lowered = word.lower()
    letters = "".join(ch for ch in lowered if ch.isalpha())
    if not letters:
        return 0
    if word.isupper() and 2 <= len(letters) <= 5 and not _ES_GROUP.search(letters):  # "CV", "RRHH"
        return len(letters)
    stem = letters.replace("qu", "q")
    stem = re.sub(r"gu(?=[eéií])", "g", stem)
    stem = re.sub(r"(?<=[aeiouáéíóú])y$", "i", stem)  # "hoy", "muy": the y closes a diphthong
    total = 0
    for group in _ES_GROUP.findall(stem):
        strong = len(_ES_STRONG.findall(group))
        total += strong if strong else 1  # i, u, ü alone or together ("ciu-dad") are one
    return max(1, total)

"""Syllable counting: the cases hyphenation-based counters (pyphen, old textstat) get wrong, and the rules."""

from __future__ import annotations

import pytest

from app.core.pitches.syllables import count


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        # pyphen counts each of these one short: hyphenation never splits a letter off a word's edge.
        ("area", 3),
        ("idea", 3),
        ("video", 3),
        ("create", 2),
        ("every", 2),
        ("many", 2),
        ("open", 2),
        ("about", 2),
        ("again", 2),
        ("above", 2),
        ("recruiter", 3),
        ("rehearsal", 3),
        ("teleprompter", 4),
        ("rarely", 2),
        ("haven't", 2),
        # Silent endings and the usual English rules.
        ("the", 1),
        ("make", 1),
        ("people", 2),
        ("table", 2),
        ("talked", 1),
        ("created", 3),
        ("wanted", 2),
        ("doubled", 2),
        ("filled", 1),
        ("boxes", 2),
        ("names", 1),
        ("doing", 2),
        ("pursuing", 3),
        ("colleagues", 2),
        ("unique", 2),
        ("quoted", 2),
        ("layer", 2),
        ("yes", 1),
        ("media", 3),
        ("social", 2),
        ("appreciation", 5),
        ("curious", 3),
        ("delicious", 3),
        ("experience", 4),
        ("client", 2),
        ("warehouse", 2),
        ("timeline", 2),
        ("gracefully", 3),
        ("isn't", 2),
        ("business", 2),
        # Acronyms in capitals are spelled out.
        ("HR", 2),
        ("CSV", 3),
        ("WWW", 9),
        # No letters, no syllables; any word has at least one.
        ("", 0),
        ("42", 0),
        ("hmm", 1),
    ],
)
def test_syllable_count(word, syllables):
    assert count(word) == syllables


def test_case_and_punctuation_do_not_matter():
    assert count("People,") == count("people") == 2
    assert count("“Warehouse”") == 2

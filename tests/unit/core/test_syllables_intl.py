"""Syllable counting in German, French and Spanish: sample words of each language, and the rules behind them."""

from __future__ import annotations

import pytest

from app.core.pitches.syllables_intl import count_de, count_es, count_fr


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("ich", 1),
        ("Lager", 2),
        ("neue", 2),  # neu-e: a diphthong, then a vowel of its own
        ("Bauer", 2),
        ("Theorie", 3),  # The-o-rie
        ("aktuell", 3),  # ak-tu-ell
        ("Erfahrung", 3),
        ("Verantwortung", 4),
        ("Zusammenarbeit", 5),
        ("Synergien", 4),  # Syn-er-gi-en
        ("Klient", 2),
        ("ergebnisorientiert", 7),
        ("Kundenzufriedenheit", 6),
        ("Teamplayer", 3),  # English inside a German compound
        ("Häuser", 2),
        ("KI", 2),  # spelled letter by letter
        ("", 0),
    ],
)
def test_german(word, syllables):
    assert count_de(word) == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("le", 1),
        ("que", 1),
        ("équipe", 2),  # é-quipe: the final e is silent, the u of qu too
        ("projets", 2),
        ("guerre", 1),
        ("réalité", 4),  # ré-a-li-té: é before a vowel
        ("naïf", 2),
        ("Noël", 2),
        ("payer", 2),  # pa-yer: y between vowels
        ("relation", 3),
        ("quotidien", 3),
        ("dynamique", 3),
        ("responsabilité", 6),
        ("l’équipe", 2),  # the elided article adds nothing
        ("aujourd’hui", 3),  # but aujourd'hui is one word
        ("RH", 2),
    ],
)
def test_french(word, syllables):
    assert count_fr(word) == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("muy", 1),
        ("hoy", 1),
        ("ciudad", 2),  # ciu-dad: two weak vowels are one
        ("leer", 2),  # le-er: two strong vowels are two
        ("país", 2),  # pa-ís: an accent breaks the diphthong
        ("aeropuerto", 5),
        ("guerra", 2),  # the u of gue is silent
        ("quiero", 2),
        ("pingüino", 3),
        ("ahora", 3),
        ("proactivo", 4),
        ("oportunidad", 5),
        ("responsabilidad", 6),
        ("CV", 2),
    ],
)
def test_spanish(word, syllables):
    assert count_es(word) == syllables

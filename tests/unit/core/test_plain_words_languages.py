"""The plain-words check in German, French and Spanish: each language's buzzwords, simpler twins, fillers, asks and
reading-ease formula, with hints in that language; English unchanged; which language a text is in."""

from __future__ import annotations

import pytest

from app.core.pitches import languages, word_lists
from app.core.pitches.plain_words import IssueKind, Verdict, analyse, find_issues, reading_ease, sentence_spans

GERMAN = (
    "Ich bin ergebnisorientierter Teamplayer mit Synergien und arbeite proaktiv. Eigentlich habe ich zehn Jahre "
    "Erfahrung bezüglich Kundenzufriedenheit. Kennen Sie jemanden bei der Bahn?"
)
FRENCH = (
    "Je suis force de proposition, dynamique et polyvalente. En fait, j’ai optimisé les délais afin de livrer plus "
    "vite. Connaissez-vous quelqu'un chez Decathlon ?"
)
SPANISH = (
    "Soy una persona proactiva, orientada a resultados y con sinergias. O sea, llevé a cabo la mejora de los "
    "pedidos. ¿Conoces a alguien en Mercadona?"
)


def _found(text, language):
    return {(issue.kind, issue.text): issue for issue in find_issues(text, language)}


def test_a_german_pitch_gets_german_hints():
    found = _found(GERMAN, "de")
    for word in ("ergebnisorientierter", "Teamplayer", "Synergien", "proaktiv"):
        assert (IssueKind.JARGON, word) in found, word
    assert found[(IssueKind.JARGON, "ergebnisorientierter")].hint == "stattdessen ein Ergebnis nennen"
    assert found[(IssueKind.JARGON, "Teamplayer")].message.startswith("„Teamplayer“ ist ein Modewort: ")
    assert (IssueKind.FILLER, "Eigentlich") in found
    assert found[(IssueKind.LONG_WORD, "bezüglich")].hint == "zu, über"
    assert "6 Silben" in found[(IssueKind.LONG_WORD, "Kundenzufriedenheit")].message
    analysis = analyse(GERMAN, "de")
    assert analysis.language == "de" and analysis.ends_with_ask


def test_a_french_pitch_gets_french_hints():
    found = _found(FRENCH, "fr")
    for word in ("force de proposition", "dynamique", "polyvalente", "optimisé"):
        assert (IssueKind.JARGON, word) in found, word
    assert found[(IssueKind.JARGON, "polyvalente")].hint == "citer deux métiers que vous avez tenus"
    assert (IssueKind.FILLER, "En fait") in found
    assert found[(IssueKind.LONG_WORD, "afin de")].hint == "pour"
    assert analyse(FRENCH, "fr").ends_with_ask


def test_a_spanish_pitch_gets_spanish_hints():
    found = _found(SPANISH, "es")
    for word in ("proactiva", "orientada a resultados", "sinergias"):
        assert (IssueKind.JARGON, word) in found, word
    assert found[(IssueKind.JARGON, "sinergias")].message.startswith("«sinergias» es una palabra de moda: ")
    assert (IssueKind.FILLER, "O sea") in found
    assert found[(IssueKind.LONG_WORD, "llevé a cabo")].hint == "hice"
    assert analyse(SPANISH, "es").ends_with_ask


def test_an_english_check_of_a_german_pitch_finds_no_german_buzzwords():
    assert not [i for i in find_issues(GERMAN) if i.kind == IssueKind.JARGON]


def test_set_off_fillers_only_between_commas():
    assert not _found("Das ist halt so. Also gut.", "de").get((IssueKind.FILLER, "Also"))
    assert (IssueKind.FILLER, "also") in _found("Ich habe, also, drei Teams geleitet.", "de")
    assert not _found("Este año busco trabajo.", "es")
    assert (IssueKind.FILLER, "este") in _found("Soy, este, cocinero.", "es")
    assert not _found("Y tal vez abra un bar.", "es")  # no filler inside an ordinary phrase
    assert not _found("Und so habe ich drei Teams geführt.", "de")


def test_a_plain_pitch_in_each_language_is_fine():
    plain = {
        "de": "Ich repariere Fahrräder. Mein Laden ist in der Gartenstraße. Wen kennen Sie, der Rad fährt?",
        "fr": "Je répare des vélos. Mon atelier est rue des Lilas. Qui connaissez-vous qui fait du vélo ?",
        "es": "Arreglo bicicletas. Mi taller está en la calle Mayor. ¿A quién conoces que monte en bici?",
    }
    for language, text in plain.items():
        analysis = analyse(text, language)
        assert analysis.verdict == Verdict.YES, (language, analysis.reasons, analysis.issues)


def test_english_hints_and_messages_stay_as_they_are():
    issues = {i.text: i for i in find_issues("We leverage synergy, basically. I facilitate workshops.")}
    assert issues["leverage"].hint == word_lists.JARGON["leverage"] == "use"
    assert issues["leverage"].message == "“leverage” is jargon: use."
    assert issues["basically"].message == "“basically” is a filler: cut it."
    assert issues["facilitate"].message == "“facilitate” has a shorter twin: help, run."
    assert analyse("I fix bikes.", "en") == analyse("I fix bikes.")  # English is the default
    assert analyse("I fix bikes.", "pt").language == "en"  # a language the check does not know: English


def test_reading_ease_formulas_per_language():
    # 100 words, 5 sentences, 150 syllables: 20 words a sentence, 1.5 syllables a word.
    assert reading_ease(100, 5, 150, "en") == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert reading_ease(100, 5, 150, "de") == pytest.approx(180 - 20 - 58.5 * 1.5)  # Amstad
    assert reading_ease(100, 5, 150, "fr") == pytest.approx(207 - 1.015 * 20 - 73.6 * 1.5)  # Kandel & Moles
    assert reading_ease(100, 5, 150, "es") == pytest.approx(206.835 - 62.3 * 1.5 - 20)  # Szigriszt-Pazos
    with pytest.raises(ValueError):
        reading_ease(0, 1, 0, "de")


def test_abbreviations_per_language_do_not_end_a_sentence():
    assert len(sentence_spans("Ich kann z.B. Lager führen. Gut?", "de")) == 2
    assert len(sentence_spans("Sé cocinar, p.ej. paella. ¿Sí?", "es")) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        ("I run a bike shop and I am looking for a new job.", "en"),
        # Spanish shares "en", "un", "de", "que" with French: only each language's own stop words count.
        (
            "Me llamo Lucía y trabajo desde hace ocho años en logística. En mi último almacén reduje en un tercio los "
            "pedidos mal preparados. Ahora busco un puesto de jefa de turno en Valencia. ¿A quién conoces que trabaje "
            "en un almacén?",
            "es",
        ),
    ],
)
def test_detect_the_language_of_a_pitch(text, language):
    assert languages.detect(text, default="en") == language
    assert languages.detect(text, default="de") == language


def test_detect_falls_back_to_the_interface_language_when_unsure():
    assert languages.detect("", default="fr") == "fr"
    assert languages.detect("Synergien!", default="de") == "de"
    assert languages.detect("Logistik, Lager, Excel.", default="es") == "es"
    assert languages.detect("Hola", default="de_DE") == "de"


def test_everyday_long_words_are_not_flagged_also_after_an_elided_article():
    long_words = [i.text for i in find_issues("Je connais l'administration et l’université.", "fr")]
    assert long_words == []
    assert [i.text for i in find_issues("Je connais la collectivité.", "fr")] == ["collectivité"]

"""The days around today typed in the interface's language (issue 23): "morgen", "demain", "pasado mañana" — each
language's translation supplies the words, and English is always understood too."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui import i18n
from app.ui.widgets.date_entry import DateEdit
from app.ui.widgets.date_words import locale_words
from app.ui.widgets.typed_dates import DateWords, parse_day, plain_word

TODAY = dt.date(2026, 12, 4)
DAY = dt.timedelta(days=1)

WORDS = {
    "de": {"heute": 0, "Morgen": 1, "übermorgen": 2, "ubermorgen": 2, "gestern": -1, "vorgestern": -2},
    "fr": {
        "aujourd’hui": 0,
        "aujourd'hui": 0,
        "demain": 1,
        "Après-demain": 2,
        "apres demain": 2,
        "hier": -1,
        "avant-hier": -2,
    },
    "es": {"hoy": 0, "mañana": 1, "manana": 1, "pasado mañana": 2, "ayer": -1, "anteayer": -2},
}


def test_plain_word_drops_accents_apostrophes_and_hyphens():
    assert plain_word(" Après-Demain ") == "apres demain"
    assert plain_word("aujourd’hui") == "aujourd'hui"
    assert plain_word("Pasado  mañana") == "pasado manana"


def test_near_words_are_read_beside_the_english_ones():
    words = DateWords(near={"morgen": 1, "ubermorgen": 2})
    assert parse_day("Übermorgen", TODAY, words) == TODAY + 2 * DAY
    assert parse_day("morgen", TODAY, words) == TODAY + DAY
    assert parse_day("tomorrow", TODAY, words) == TODAY + DAY
    assert parse_day("morgen", TODAY) is None  # not without the language's words


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_language_understands_its_words_and_english(qapp, language):
    i18n.install_translators(language)
    words = locale_words()
    for typed, offset in WORDS[language].items():
        assert parse_day(typed, TODAY, words) == TODAY + offset * DAY, typed
    for typed, offset in {"today": 0, "tomorrow": 1, "yesterday": -1}.items():
        assert parse_day(typed, TODAY, words) == TODAY + offset * DAY, typed
    # a month or a weekday of the language still reads as before
    assert parse_day("12.3.2027", TODAY, words) == dt.date(2027, 3, 12)


def test_english_has_no_foreign_words(qapp):
    i18n.install_translators("en")
    words = locale_words()
    assert parse_day("morgen", TODAY, words) is None
    assert parse_day("day after tomorrow", TODAY, words) == TODAY + 2 * DAY


def test_a_german_date_field_takes_uebermorgen(qtbot, qapp):
    i18n.install_translators("de")
    field = DateEdit(TODAY, today=lambda: TODAY)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged):
        field.setText("übermorgen")
        field.textEdited.emit("übermorgen")
    assert field.day() == TODAY + 2 * DAY

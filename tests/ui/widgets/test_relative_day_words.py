"""Days counted from today in the interface's language (issue 23 leftovers): "in 2 Wochen", "dans 2 semaines", "en 2
semanas", days, months and years, "vor 3 Tagen", "nächste Woche", "la semaine prochaine", "el próximo viernes" — the
forms English already reads ("in 2 weeks", "3 days ago", "next week", "next fri"), English still read beside them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from app.ui import i18n
from app.ui.widgets.date_entry import DateEdit
from app.ui.widgets.date_words import locale_words
from app.ui.widgets.typed_dates import DateWords, parse_day

TODAY = dt.date(2026, 12, 4)  # a Friday
DAY, WEEK = dt.timedelta(days=1), dt.timedelta(days=7)
LOCALES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}

EXPECTED = {
    "de": {
        "in 2 Wochen": TODAY + 2 * WEEK,
        "In 2 wochen": TODAY + 2 * WEEK,
        "in einer Woche": TODAY + WEEK,
        "in 3 Tagen": TODAY + 3 * DAY,
        "in einem Tag": TODAY + DAY,
        "in 2 Monaten": dt.date(2027, 2, 4),
        "in einem Monat": dt.date(2027, 1, 4),
        "in einem Jahr": dt.date(2027, 12, 4),
        "vor 3 Tagen": TODAY - 3 * DAY,
        "vor 2 Wochen": TODAY - 2 * WEEK,
        "+2 Wochen": TODAY + 2 * WEEK,
        "-1 Woche": TODAY - WEEK,
        "nächste Woche": TODAY + WEEK,
        "naechste woche": None,  # not a spelling the table knows: left to the other rules, which refuse it
        "kommende Woche": TODAY + WEEK,
        "nächsten Monat": dt.date(2027, 1, 4),
        "nächstes Jahr": dt.date(2027, 12, 4),
        "letzte Woche": TODAY - WEEK,
        "letzten Monat": dt.date(2026, 11, 4),
        "diese Woche": TODAY,
        "nächsten Freitag": TODAY + WEEK,
        "nächsten Montag": TODAY + 3 * DAY,
        "letzten Montag": TODAY - 4 * DAY,
    },
    "fr": {
        "dans 2 semaines": TODAY + 2 * WEEK,
        "dans une semaine": TODAY + WEEK,
        "dans 3 jours": TODAY + 3 * DAY,
        "dans 2 mois": dt.date(2027, 2, 4),
        "dans un an": dt.date(2027, 12, 4),
        "dans 2 ans": dt.date(2028, 12, 4),
        "il y a 3 jours": TODAY - 3 * DAY,
        "+2 semaines": TODAY + 2 * WEEK,
        "la semaine prochaine": TODAY + WEEK,
        "semaine prochaine": TODAY + WEEK,
        "le mois prochain": dt.date(2027, 1, 4),
        "l’année prochaine": dt.date(2027, 12, 4),
        "l'annee prochaine": dt.date(2027, 12, 4),
        "la semaine dernière": TODAY - WEEK,
        "le mois dernier": dt.date(2026, 11, 4),
        "cette semaine": TODAY,
        "vendredi prochain": TODAY + WEEK,
        "lundi prochain": TODAY + 3 * DAY,
        "lundi dernier": TODAY - 4 * DAY,
    },
    "es": {
        "en 2 semanas": TODAY + 2 * WEEK,
        "dentro de 2 semanas": TODAY + 2 * WEEK,
        "en una semana": TODAY + WEEK,
        "en 3 días": TODAY + 3 * DAY,
        "en 3 dias": TODAY + 3 * DAY,
        "en 2 meses": dt.date(2027, 2, 4),
        "en un año": dt.date(2027, 12, 4),
        "hace 3 días": TODAY - 3 * DAY,
        "+2 semanas": TODAY + 2 * WEEK,
        "la próxima semana": TODAY + WEEK,
        "la semana que viene": TODAY + WEEK,
        "el próximo mes": dt.date(2027, 1, 4),
        "el año que viene": dt.date(2027, 12, 4),
        "la semana pasada": TODAY - WEEK,
        "el mes pasado": dt.date(2026, 11, 4),
        "esta semana": TODAY,
        "el próximo viernes": TODAY + WEEK,
        "el lunes que viene": TODAY + 3 * DAY,
        "el lunes pasado": TODAY - 4 * DAY,
    },
}

ENGLISH = {
    "in 2 weeks": TODAY + 2 * WEEK,
    "3 days ago": TODAY - 3 * DAY,
    "next week": TODAY + WEEK,
    "next month": dt.date(2027, 1, 4),
    "next fri": TODAY + WEEK,
    "+3": TODAY + 3 * DAY,
}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_language_reads_days_counted_from_today_and_english_too(qapp, language):
    i18n.install_translators(language)
    words = locale_words(QLocale(LOCALES[language]))
    for typed, expected in {**EXPECTED[language], **ENGLISH}.items():
        assert parse_day(typed, TODAY, words) == expected, typed
    # dates still read as before, month names of the language included
    assert parse_day("12.3.2027", TODAY, words) == dt.date(2027, 3, 12)
    march = {"de": "12. März 2027", "fr": "12 mars 2027", "es": "12 de marzo de 2027"}[language]
    assert parse_day(march, TODAY, words) == dt.date(2027, 3, 12)


def test_english_reads_no_foreign_counts(qapp):
    i18n.install_translators("en")
    words = locale_words(QLocale("en_GB"))
    assert words.relative is None
    for typed in ("in 2 Wochen", "dans 2 semaines", "en 2 semanas", "nächste Woche"):
        assert parse_day(typed, TODAY, words) is None, typed
    for typed, expected in ENGLISH.items():
        assert parse_day(typed, TODAY, words) == expected, typed
    assert parse_day("in 2 weeks", TODAY, DateWords()) == TODAY + 2 * WEEK


@pytest.mark.parametrize(
    ("language", "typed", "days"), [("de", "in 2 Wochen", 14), ("fr", "dans 2 semaines", 14), ("es", "en 3 días", 3)]
)
def test_a_date_field_takes_the_count_and_its_hint_shows_the_day(qtbot, qapp, language, typed, days):
    i18n.install_translators(language)
    field = DateEdit(TODAY, today=lambda: TODAY)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.dateChanged):
        field.setText(typed)
        field.textEdited.emit(typed)
    assert field.day() == TODAY + days * DAY
    assert field.text_for(field.day()) in field.accessibleDescription()  # the hint names the day it read

"""Dates follow the interface's language (issue 23): with only LANGUAGE=fr set in the C locale the default QLocale
becomes French, so the weekdays and months the pages write are French too; English in the C locale stays C."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from app.ui import i18n
from app.ui.widgets import text


@pytest.fixture
def c_locale(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


def test_a_system_language_the_locale_does_not_speak_gives_its_dates(c_locale, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.install_translators("") == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert text.full_date(dt.date(2026, 12, 4)) == "vendredi 4 décembre 2026"
    assert text.month_year(dt.date(2026, 12, 4)) == "décembre 2026"
    i18n.remove_translators()
    assert QLocale().language() == QLocale.Language.C


def test_english_in_the_c_locale_keeps_rapports_english_dates(c_locale, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    i18n.install_translators("")
    assert QLocale().language() == QLocale.Language.C
    assert text.full_date(dt.date(2026, 12, 4)) == "Friday 4 December 2026"

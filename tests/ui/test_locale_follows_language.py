"""Dates follow the interface's language (issue 23): with only LANGUAGE=fr set in the C locale the default QLocale
becomes French, so the weekdays and months the pages write are French too; English in the C locale stays C."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

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


def test_the_language_chosen_in_preferences_is_read_back_at_the_next_start(tmp_path):
    """Another process reads the file (the one that wrote it reads its own cache): "general/language" came back as
    "General/language" from an ini file, so the choice was lost at the next start."""
    from PySide6.QtCore import QSettings

    settings_file = tmp_path / "rapport-ui.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    i18n.save_language(settings, "fr")
    settings.sync()
    read = subprocess.run(
        [sys.executable, "-c", f"from app.ui import i18n; print(i18n.chosen_language({str(settings_file)!r}))"],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=60,
    )  # fmt: skip
    assert read.stdout.strip() == "fr", read.stderr


def test_a_choice_saved_by_an_earlier_rapport_still_counts(tmp_path):
    settings_file = tmp_path / "rapport-ui.ini"
    settings_file.write_text("[%General]\nlanguage=de\n", encoding="utf-8")  # as "general/language" was written
    assert i18n.chosen_language(settings_file) == "de"


def test_language_fr_in_a_c_utf8_system_gives_french_words(tmp_path):
    """LANGUAGE=fr with LANG=C.UTF-8 (a fresh Debian, a container): Qt calls the system locale fr_FR but takes its
    day and month names from LC_TIME, which is C — so "Saturday 5 December" stood beside French labels."""
    import os

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "import datetime as dt\n"
        "app = QCoreApplication([])\n"
        "from app.ui import i18n\n"
        "from app.ui.widgets import text\n"
        "i18n.install_translators('')\n"
        "print(text.weekday_name(dt.date(2026, 12, 5)), text.day_month(dt.date(2026, 12, 5)))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", LANGUAGE="fr", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env,
        cwd=Path(__file__).resolve().parents[2], timeout=60,
    )  # fmt: skip
    assert out.stdout.strip() == "samedi 5 décembre", out.stderr

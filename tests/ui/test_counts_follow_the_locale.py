"""Counts are written with the locale's grouping (German "2.000", French "2 000"), as the status bar already wrote
them: the Insights page, Today's tiles, the contact list's count and the import and export summaries wrote Python's
"2,000", which reads as two in German."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

ROOT = Path(__file__).resolve().parents[2]


def window_lines_matching(pattern: str, allowed: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """``FILE:LINE`` of each line of app/ui (but the ``allowed`` files) that ``pattern`` finds."""
    return [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "app" / "ui").rglob("*.py"))
        if str(path.relative_to(ROOT)) not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(pattern, line)
    ]


@pytest.fixture
def german(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_todays_tiles_write_counts_in_the_locale(german, qtbot):
    from app.ui.today.stats import StatTile

    tile = StatTile("Conversations")
    qtbot.addWidget(tile)
    tile.set_value(12345)
    assert tile.value.text() == "12.345"


def test_the_insights_links_write_counts_in_the_locale(german):
    from app.core.coach.insights import Selection
    from app.ui.coach.insights_network_panels import SelectionLinks

    assert ">2.000</a>" in SelectionLinks().number(2000, Selection("everyone"))


def test_no_window_code_groups_a_number_the_english_way():
    """The window formats counts with app.ui.widgets.text.number; Python's ``{n:,}`` is English whatever the
    language (the command line, which speaks English, may use it)."""
    assert window_lines_matching(r"\{[^{}]*:,\}") == []


def test_what_a_json_import_brings_besides_contacts_is_said_in_the_language(qapp, tmp_path):
    """The JSON import's "Also restores …" line named the kinds in English from the command line's wording ("3
    circles, 1,200 follow-ups") inside a translated sentence."""
    from collections import Counter

    from app.core.formats.importers.json_import_summary import JsonImportSummary
    from app.ui import i18n
    from app.ui.import_export.import_pages import history_text

    summary = JsonImportSummary(
        path=tmp_path / "rapport.json",
        dry_run=True,
        restore=True,
        added=Counter(profile=1, circles=3, companies=2, followups=1200, templates=1),
    )
    wanted = {
        "de": "Stellt auch das Profil, 3 Kreise, 2 Firmen, 1.200 Wiedervorlagen, 1 Leitfaden wieder her.",
        "en": "Also restores the profile, 3 circles, 2 companies, 1,200 follow-ups, 1 template.",  # from rapport_en.qm
    }
    before = QLocale()
    for language, text in wanted.items():
        try:
            assert i18n.install_translators(language) == language
            QLocale.setDefault(QLocale(language))
            assert history_text(summary) == text
        finally:
            i18n.remove_translators()
            QLocale.setDefault(before)


def test_percentages_are_written_as_the_language_writes_them(qapp):
    """Python's ``{:.0%}`` wrote "35%" in every language; German and Spanish put a no-break space before the sign,
    French a narrow one (the sign on the number's line either way)."""
    from app.ui import i18n
    from app.ui.widgets.text import percent

    wanted = {"en": "35%", "de": "35\u00a0%", "es": "35\u00a0%", "fr": "35\u202f%"}
    before = QLocale()
    for language, text in wanted.items():
        try:
            assert i18n.install_translators(language) == language
            QLocale.setDefault(QLocale(language))
            assert percent(0.35) == text
            assert percent(0.125) == f"{0.125:.0%}".replace("%", text[2:])  # rounded as Python rounds: "12%"
        finally:
            i18n.remove_translators()
            QLocale.setDefault(before)
    assert percent(12.5) == "1,250%"  # the count's grouping too


def test_no_window_code_writes_a_percentage_the_english_way():
    """The window writes percentages with app.ui.widgets.text.percent; ``{:.0%}`` is English whatever the language
    (a translator could not move the sign either, when the format spec sat inside the translated text)."""
    assert window_lines_matching(r"\{[^{}]*:[^{}]*%\}") == []


def test_a_label_and_its_text_are_joined_as_the_language_joins_them(qapp):
    """The status bar's notifications, chart descriptions and date-field errors joined "label: text" in code, which
    French writes "label : text" (a no-break space before the colon)."""
    from app.ui import i18n
    from app.ui.widgets.text import labelled

    before = QLocale()
    for language, text in {"en": "Overdue: 3", "fr": "Overdue\u00a0: 3", "de": "Overdue: 3"}.items():
        try:
            assert i18n.install_translators(language) == language
            assert labelled("Overdue", "3") == text
        finally:
            i18n.remove_translators()
            QLocale.setDefault(before)


def test_no_window_code_joins_a_label_and_its_text_the_english_way():
    """``f"{label}: {text}"`` in window code is English punctuation whatever the language: use ``labelled``. The
    JSON import's "where: what" lines are locations (file, record, field), kept as the command line writes them."""
    allowed = {"app/ui/import_export/import_pages.py"}
    assert window_lines_matching(r'f"\{[^{}]+\}: \{[^{}]+\}"', allowed) == []

"""The Getting Started guide in each translated language (issue 23): Help → Getting Started shows
``getting-started.LANG.html`` when the interface speaks LANG, and every "Menu → Item" it names is a real item of that
language's menus ("Menü → Eintrag", "Menu → Élément", "Menú → Elemento")."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from app import db as app_db
from tests.ui.test_readme_menus import check_paths, menu_paths


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("de", "Erste Schritte mit Rapport"),
        ("fr", "Bien démarrer avec Rapport"),
        ("es", "Primeros pasos con Rapport"),
    ],
)
def test_the_interface_shows_its_languages_guide_naming_real_menus(qtbot, paths, migrated_template, language, title):
    from app.main import create_window
    from app.ui import i18n
    from app.ui.help.guide import GuideDialog, guide_path

    shutil.copyfile(migrated_template, paths.db_path)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    i18n.save_language(settings, language)
    settings.sync()
    try:
        window = create_window(paths.data_dir)
        qtbot.addWidget(window)
        assert i18n.current_language() == language
        assert guide_path().name == f"getting-started.{language}.html"
        text = guide_path().read_text(encoding="utf-8").replace("<b>", "").replace("</b>", "")
        named = menu_paths(text)
        assert len(named) >= 8, named
        assert check_paths(window, named) == []
        dialog = GuideDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.browser.toPlainText().startswith(title)
        window.close()
    finally:
        i18n.remove_translators()
        app_db.close_database()
    assert guide_path().name == "getting-started.html"  # English again, and for any language without a guide
    assert guide_path("it").name == "getting-started.html"

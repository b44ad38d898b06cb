"""The Getting Started guide in German (issue 23): Help → Getting Started shows ``getting-started.de.html`` when the
interface is German, and every "Menü → Eintrag" it names is a real item of the German menus."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings

from app import db as app_db
from tests.ui.test_readme_menus import check_paths, menu_paths


def test_the_german_interface_shows_the_german_guide_naming_real_menus(qtbot, paths, migrated_template):
    from app.main import create_window
    from app.ui import i18n
    from app.ui.help.guide import GuideDialog, guide_path

    shutil.copyfile(migrated_template, paths.db_path)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    i18n.save_language(settings, "de")
    settings.sync()
    try:
        window = create_window(paths.data_dir)
        qtbot.addWidget(window)
        assert i18n.current_language() == "de"
        assert guide_path().name == "getting-started.de.html"
        text = guide_path().read_text(encoding="utf-8").replace("<b>", "").replace("</b>", "")
        named = menu_paths(text)
        assert len(named) >= 8, named
        assert check_paths(window, named) == []
        dialog = GuideDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.browser.toPlainText().startswith("Erste Schritte mit Rapport")
        window.close()
    finally:
        i18n.remove_translators()
        app_db.close_database()
    assert guide_path().name == "getting-started.html"  # English again, and for any language without a guide
    assert guide_path("it").name == "getting-started.html"

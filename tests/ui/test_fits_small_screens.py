"""At 200 % scaling a 1920×1080 screen is 960×540 to Qt: the main window, with every page built, must fit it (its
minimum size is the largest page's minimum plus the menu and status bars), in English and in the longer German."""

from __future__ import annotations

import shutil

import pytest

from app import db as app_db
from app.ui import i18n

SCREEN_AT_200 = (960, 540)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_with_every_page_fits_a_1080p_screen_at_200_percent(qtbot, paths, migrated_template, language):
    from app.main import create_window

    i18n.install_translators(language)
    shutil.copyfile(migrated_template, paths.db_path)
    window = create_window(paths.data_dir)
    qtbot.addWidget(window)
    try:
        for name in window.page_names:
            window.show_page(name)
        window.show()
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_AT_200[0] and hint.height() <= SCREEN_AT_200[1], (
            f"{language}: the window needs at least {hint.width()}×{hint.height()}"
        )
    finally:
        window.close()
        app_db.close_database()

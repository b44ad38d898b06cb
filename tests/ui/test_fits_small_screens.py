"""At 200 % scaling a 1920×1080 screen is 960×540 to Qt: the main window, with every page built, must fit it (its
minimum size is the largest page's minimum plus the menu and status bars), in English and in the longer German."""

from __future__ import annotations

import contextlib
import shutil

import pytest

from app import db as app_db
from app.ui import i18n

SCREEN_AT_200 = (960, 540)


@contextlib.contextmanager
def _window_in(language: str, qtbot, paths, migrated_template):
    """The window over a fresh database with ``language`` chosen in the folder's settings, which the window reads
    when it is made (it installs its translators from there: a language installed by the test alone would be
    replaced by the system's, English); it is checked to speak it, and closed after."""
    from PySide6.QtCore import QSettings

    from app.main import create_window

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    i18n.save_language(settings, language)
    settings.sync()
    shutil.copyfile(migrated_template, paths.db_path)
    window = create_window(paths.data_dir)
    qtbot.addWidget(window)
    try:
        file_menu = window.menuBar().actions()[0].text()
        assert (file_menu == "&File") == (language == "en"), f"the window is not in {language}: {file_menu!r}"
        yield window
    finally:
        window.close()
        app_db.close_database()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_with_every_page_fits_a_1080p_screen_at_200_percent(qtbot, paths, migrated_template, language):
    with _window_in(language, qtbot, paths, migrated_template) as window:
        for name in window.page_names:
            window.show_page(name)
        window.show()
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_AT_200[0] and hint.height() <= SCREEN_AT_200[1], (
            f"{language}: the window needs at least {hint.width()}×{hint.height()}"
        )


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_contact_editor_keeps_to_its_pane_at_1200_by_800(qtbot, paths, migrated_template, language):
    """Every field of the contact editor stays in view at 1200×800 in each language: a long form label ("Comment nous
    nous sommes rencontrés", 247 px) made the label column so wide that the fields ran past the pane's right edge
    (the pane has no horizontal scroll bar), cut by 64 px in French, 24 in German, 6 in Spanish."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact

    with _window_in(language, qtbot, paths, migrated_template) as window:
        person = create_contact(
            ContactData(given_name="Aiko", family_name="Takahashi", how_met="Gym", why_connect="Same move")
        )
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.open_contact(person.id)
        editor = window.findChild(QScrollArea, "contactEditor")
        body = window.findChild(QWidget, "contactEditorBody")
        qtbot.waitUntil(lambda: editor.isVisible() and editor.viewport().width() > 0)
        needed, room = body.minimumSizeHint().width(), editor.viewport().width()
        assert needed <= room, f"{language}: the contact editor needs {needed} px, its pane gives {room}"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_insights_keeps_to_the_page_at_1200_by_800(qtbot, paths, migrated_template, language):
    """The Insights page never scrolls sideways at 1200×800: a circle's long name ("Groupes et événements
    professionnels") and the French numbers' headers pushed it 58 px past the window's edge, the Pistes column out
    of view. A name now wraps where the page has less room than it asks for, and the page's two columns share the
    room by what their panels ask for instead of in equal halves."""
    from PySide6.QtWidgets import QScrollArea

    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact
    from app.models import Circle

    with _window_in(language, qtbot, paths, migrated_template) as window:
        circles = [c.name for c in Circle.select()]
        assert len(circles) >= 8
        referrer = create_contact(ContactData(given_name="Alejandro", family_name="Dupont-Lindqvist", circles=circles))
        for number, circle in enumerate(circles):
            create_contact(
                ContactData(
                    given_name=f"Person {number}", family_name="Example", circles=[circle], referred_by_id=referrer.id
                )
            )
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("insightsPage")
        page = window.current_page()
        grid = page.circles_panel.circles
        qtbot.waitUntil(lambda: grid.count() >= 5 * 9)  # the header and 8 circles or more…
        qtbot.waitUntil(lambda: grid.itemAt(grid.count() - 1).widget().isVisible())  # …on screen (shown queued)
        scroll = page.findChild(QScrollArea, "insightsScroll")
        needed, room = scroll.widget().minimumSizeHint().width(), scroll.viewport().width()
        assert needed <= room, f"{language}: Insights needs {needed} px, its page gives {room}"
        assert scroll.horizontalScrollBar().maximum() == 0

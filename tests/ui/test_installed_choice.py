"""i18n.installed_choice: which choice the translators were installed for, None when none are (the test fixture that
puts English back after each test asks it)."""

from __future__ import annotations


def test_installed_choice_follows_install_and_remove(qapp):
    from app.ui import i18n

    i18n.install_translators("de")
    assert i18n.installed_choice() == "de" and i18n.current_language() == "de"
    i18n.install_translators("")  # the system's languages
    assert i18n.installed_choice() == ""
    i18n.remove_translators()
    assert i18n.installed_choice() is None and i18n.current_language() == "en"
    i18n.install_translators("en")
    assert i18n.installed_choice() == "en"

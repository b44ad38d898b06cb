"""The default circles in the interface's language (issue 23 item 3): the filter and the chips show "Familie" while
the contact keeps the stored "Family", and a circle the user renamed reads as written."""

from __future__ import annotations

import pytest

from app.core.contacts import circle_names
from app.ui import i18n
from app.ui.contacts.chips import Chip, CircleChips
from app.ui.contacts.filters import FilterBar

FAMILY = {"de": "Familie", "fr": "Famille", "es": "Familia"}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_default_circle_has_its_name_and_prompt_in_each_language(qapp, language):
    i18n.install_translators(language)
    assert circle_names.shown("Family") == FAMILY[language]
    for name, prompt in circle_names.DEFAULTS.items():
        if name != "Online":  # "Online" is German too
            assert circle_names.shown(name) != name, name
        assert circle_names.shown_prompt(name, prompt) != prompt, prompt


def test_filter_and_chips_show_the_translation_and_keep_the_stored_name(qtbot, qapp, db):
    i18n.install_translators("de")
    bar = FilterBar()
    qtbot.addWidget(bar)
    texts = [bar.circle.itemText(i) for i in range(bar.circle.count())]
    assert "Familie" in texts and "Family" not in texts
    chips = CircleChips()
    qtbot.addWidget(chips)
    chips.set_names(["Family", "My choir"])
    shown = [chip.label for chip in chips.findChildren(Chip)]
    assert sorted(shown) == ["Familie", "My choir"]
    assert chips.names() == ["Family", "My choir"]


@pytest.mark.parametrize("language", circle_names.SHIPPED_LANGUAGES)
def test_the_names_imports_read_back_are_the_shipped_translations(qapp, language):
    """circle_names.SHIPPED_NAMES (read by imports, which load no translator) says what the .qm files say."""
    i18n.install_translators(language)
    index = circle_names.SHIPPED_LANGUAGES.index(language)
    for name, shipped in circle_names.SHIPPED_NAMES.items():
        assert circle_names.shown(name) == shipped[index], name
        # an English name is a stored name already (German "Online"); any other reads back as the seeded name
        assert circle_names.default_named(shipped[index]) == (None if shipped[index] == name else name)

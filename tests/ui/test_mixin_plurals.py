"""The contacts page's mixins write their counts in the interface's language: PySide's self.tr finds a mixin's
plain strings through the class hierarchy but not its plural forms, which app.ui.contacts.page_tr looks up."""

from __future__ import annotations

import pytest

from app.ui import i18n
from app.ui.contacts.page_tr import page_tr


@pytest.fixture
def french(qapp):
    i18n.remove_translators()
    i18n.install_translators("fr")
    yield
    i18n.remove_translators()
    i18n.install_translators("en")


def test_the_mixins_counts_read_english_with_their_plural_forms(qapp):
    assert page_tr("Deleted %Ln contact(s) for good", "", 1) == "Deleted 1 contact for good"
    assert page_tr("Exported %Ln contact(s) to {path}", "", 2) == "Exported 2 contacts to {path}"


def test_the_mixins_counts_are_translated(french):
    for text in ("Deleted %Ln contact(s) for good", "Exported %Ln contact(s) to {path}", "%Ln contact(s)"):
        french_text = page_tr(text, "", 2)
        assert "2" in french_text and "contact(s)" not in french_text and not french_text.startswith(text[:6])

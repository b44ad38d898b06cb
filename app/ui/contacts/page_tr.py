"""Plural forms of the contacts page's mixins (ContactTrash, ContactBulkMenus, ContactPageActions).

PySide's ``self.tr`` finds a mixin's strings by walking the class hierarchy, but not a plural form (``%Ln``, with a
count): those are written ``self._tr("…", "", n)`` — lupdate files them in the mixin's context, as it does
``self.tr`` — and looked up here in each mixin's context (the page combines the mixins, so any of them may be the
one whose ``_tr`` runs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXTS = ("ContactTrash", "ContactBulkMenus", "ContactPageActions")


def page_tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    untranslated = QCoreApplication.translate("\x01", text, disambiguation, n)
    for context in CONTEXTS:
        found = QCoreApplication.translate(context, text, disambiguation, n)
        if found != untranslated:
            return found
    return untranslated

"""The labels of e-mails, phones, addresses, websites and handles ("home", "work", "mobile"…) in the interface's
language (issue 23 item 3), while the database, the exports and sync keep the key.

A known label is stored as its key, whatever the language it was picked or typed in: choosing "Arbeit" in a German
interface, or typing "arbeit" or "Work", saves "work". A label a user or an import wrote that is not one of the keys
("Zweitwohnung", "assistant") is kept and shown as written. A stored label that differs from a key only in case
("Mobile" from a Google CSV) reads as the key's word in German, French or Spanish, and as written in English.
:class:`LabelBox` is the editable combo of the editors; :func:`shown` and :func:`stored` the two directions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.core.translated import QT_TRANSLATE_NOOP, Labels

# The English word of each key is the key itself: English reads as it always did.
FIELD_LABELS = Labels(
    "FieldLabels",
    {
        "home": QT_TRANSLATE_NOOP("FieldLabels", "home"),
        "work": QT_TRANSLATE_NOOP("FieldLabels", "work"),
        "mobile": QT_TRANSLATE_NOOP("FieldLabels", "mobile"),
        "other": QT_TRANSLATE_NOOP("FieldLabels", "other"),
        "fax": QT_TRANSLATE_NOOP("FieldLabels", "fax"),
        "main": QT_TRANSLATE_NOOP("FieldLabels", "main"),
        "pager": QT_TRANSLATE_NOOP("FieldLabels", "pager"),
        "blog": QT_TRANSLATE_NOOP("FieldLabels", "blog"),
        "portfolio": QT_TRANSLATE_NOOP("FieldLabels", "portfolio"),
    },
)
EMAIL_LABELS = ("home", "work", "other")
PHONE_LABELS = ("mobile", "work", "home", "other")
ADDRESS_LABELS = ("home", "work", "other")
WEBSITE_LABELS = ("home", "work", "blog", "portfolio", "other")
HANDLE_LABELS = ("home", "work", "other")


def shown(label: str) -> str:
    """A stored label as the interface shows it: a known key (any case) in the interface's language, anything else
    (and a key in English) as written."""
    key = label.strip().casefold()
    if key not in FIELD_LABELS:
        return label
    word = FIELD_LABELS[key]
    return label if word == FIELD_LABELS.english(key) else word


def stored(text: str) -> str:
    """What a label picked or typed is saved as: the key when the text is a known label's word in the interface's
    language or the key itself (any case), else the text as typed (trimmed)."""
    text = text.strip()
    folded = text.casefold()
    for key in FIELD_LABELS:
        if folded == key or folded == FIELD_LABELS[key].casefold():
            return key
    return text


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


class LabelBox(QComboBox):
    """An editable combo of label choices: each shown in the interface's language with its key as the item's data;
    :meth:`set_label` shows a stored label, :meth:`label` gives back what to store (the stored label itself while
    the text shown for it is unchanged, so a label in an unusual case survives a save of another field)."""

    def __init__(self, keys: tuple[str, ...], label: str = "", parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in keys:
            self.addItem(shown(key), key)
        self._stored = ""
        self._shown = ""
        self.set_label(label)

    def set_label(self, label: str) -> None:
        self._stored = label or ""
        self._shown = shown(self._stored)
        index = self.findText(self._shown)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setCurrentText(self._shown)

    def label(self) -> str:
        text = self.currentText()
        if text.strip() == self._shown.strip():
            return self._stored.strip()
        return stored(text)

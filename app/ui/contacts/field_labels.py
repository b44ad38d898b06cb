"""The labels of e-mails, phones, addresses, websites and handles ("home", "work", "mobile"…) in the interface's
language (issue 23 item 3), while the database, the exports and sync keep the key.

A known label is stored as its key, whatever the language it was picked or typed in: choosing "Arbeit" in a German
interface, or typing "arbeit" or "Work", saves "work". A label a user or an import wrote that is not one of the keys
("Zweitwohnung", "assistant") is kept and shown as written. A stored label that differs from a key only in case
("Mobile" from a Google CSV) reads as the key's word in German, French or Spanish, and as written in English; a key
as stored reads with a capital in English too ("Home", "Work", "SMS").
:class:`LabelBox` is the editable combo of the editors; :func:`shown` and :func:`stored` the two directions.

Besides the choices the combos offer, the labels the importers write ("home fax" from a vCard or Outlook, "assistant",
"car", Google's "Work Mobile" and "Home Page", Thunderbird's "Screen Name") are keys too: shown in the interface's
language, stored as they came. The yearly dates have their own set, :data:`DATE_LABELS` (birthday, anniversary).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

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
        # Written by the importers, never offered: vCard TYPEs (vcard_reader.label_of_types), Outlook's and the
        # generic CSV's phone columns, Evolution's X-EVOLUTION-* types, Google's and Thunderbird's labels.
        "home fax": QT_TRANSLATE_NOOP("FieldLabels", "home fax"),
        "work fax": QT_TRANSLATE_NOOP("FieldLabels", "work fax"),
        "other fax": QT_TRANSLATE_NOOP("FieldLabels", "other fax"),
        "work mobile": QT_TRANSLATE_NOOP("FieldLabels", "work mobile"),
        "work pager": QT_TRANSLATE_NOOP("FieldLabels", "work pager"),
        "assistant": QT_TRANSLATE_NOOP("FieldLabels", "assistant"),
        "callback": QT_TRANSLATE_NOOP("FieldLabels", "callback"),
        "car": QT_TRANSLATE_NOOP("FieldLabels", "car"),
        "company": QT_TRANSLATE_NOOP("FieldLabels", "company"),
        "radio": QT_TRANSLATE_NOOP("FieldLabels", "radio"),
        "isdn": QT_TRANSLATE_NOOP("FieldLabels", "ISDN"),
        "tty": QT_TRANSLATE_NOOP("FieldLabels", "TTY"),
        "telex": QT_TRANSLATE_NOOP("FieldLabels", "telex"),
        "home page": QT_TRANSLATE_NOOP("FieldLabels", "home page"),
        "profile": QT_TRANSLATE_NOOP("FieldLabels", "profile"),
        "screen name": QT_TRANSLATE_NOOP("FieldLabels", "screen name"),
        "sms": QT_TRANSLATE_NOOP("FieldLabels", "SMS"),  # vCard TEL;TYPE=SMS (text messages)
        "pcs": QT_TRANSLATE_NOOP("FieldLabels", "PCS"),  # vCard TEL;TYPE=PCS (a personal communication service)
    },
)
# The yearly dates' labels: a birthday or anniversary is stored as its kind, "Other" comes from Apple's X-ABDATE.
DATE_LABELS = Labels(
    "FieldLabels",
    {
        "birthday": QT_TRANSLATE_NOOP("FieldLabels", "birthday"),
        "anniversary": QT_TRANSLATE_NOOP("FieldLabels", "anniversary"),
        "other": QT_TRANSLATE_NOOP("FieldLabels", "other"),
    },
)
# Other spellings of a key the importers keep as written: Apple's X-ABLabel _$!<HomePage>!$_.
_ALIASES = {"homepage": "home page"}
EMAIL_LABELS = ("home", "work", "other")
PHONE_LABELS = ("mobile", "work", "home", "other")
ADDRESS_LABELS = ("home", "work", "other")
WEBSITE_LABELS = ("home", "work", "blog", "portfolio", "other")
HANDLE_LABELS = ("home", "work", "other")


def _key(label: str, labels: Labels) -> str | None:
    """The key ``label`` is written as (any case, spaces as they come), or None."""
    folded = " ".join(label.split()).casefold()
    folded = _ALIASES.get(folded, folded)
    return folded if folded in labels else None


def shown(label: str, labels: Labels = FIELD_LABELS) -> str:
    """A stored label as the interface shows it: a known key (any case) in the interface's language with a capital
    ("Home", "SMS" in English, "Privat" in German), anything else as written. In English a key stored in another case
    ("Mobile", "Home Fax" from Google) reads as written too."""
    key = _key(label, labels)
    if key is None:
        return label
    word = labels[key]
    if word == labels.english(key) == key and label != key:
        return label
    return first_upper(word)  # "ISDN" for "isdn" whatever the language


def stored(text: str, labels: Labels = FIELD_LABELS) -> str:
    """What a label picked or typed is saved as: the key when the text is a known label's word in the interface's
    language or the key itself (any case), else the text as typed (trimmed)."""
    text = text.strip()
    folded = " ".join(text.split()).casefold()
    for key in labels:
        if folded == key or folded == labels[key].casefold():
            return key
    return text


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


class LabelBox(QComboBox):
    """An editable combo of label choices: each shown in the interface's language with its key as the item's data;
    :meth:`set_label` shows a stored label, :meth:`label` gives back what to store (the stored label itself while
    the text shown for it is unchanged, so a label in an unusual case survives a save of another field)."""

    def __init__(self, keys: tuple[str, ...], label: str = "", parent=None, *, labels: Labels = FIELD_LABELS):
        super().__init__(parent)
        self.labels = labels
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in keys:
            self.addItem(shown(key, labels), key)
        self._stored = ""
        self._shown = ""
        self._widths: tuple[int, int] | None = None
        self.set_label(label)

    def set_label(self, label: str) -> None:
        self._stored = label or ""
        self._shown = shown(self._stored, self.labels)
        index = self.findText(self._shown)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setCurrentText(self._shown)
        self.lineEdit().setCursorPosition(0)  # a label longer than the box shows its start
        if self._widths is not None:
            self.fit(*self._widths)

    def fitting_width(self) -> int:
        """The width that shows the longest choice and the label shown whole, in the interface's language ("Haupt-
        nummer", "Buscapersonas del trabajo"): the text, the line edit's margins, the frame and the arrow."""
        metrics = self.fontMetrics()
        texts = [self.itemText(i) for i in range(self.count())] + [self.currentText()]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + metrics.averageCharWidth()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        size = QSize(widest, metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, self).width()

    def fit(self, usual: int, most: int) -> None:
        """Never narrower than :meth:`fitting_width` (up to ``most`` pixels), and up to ``usual`` pixels wide or as
        wide as that (again with each :meth:`set_label`): a label too long even for ``most`` (one the user wrote) is
        cut and whole in the tooltip."""
        self._widths = (usual, most)
        wanted = self.fitting_width()
        self.setMinimumWidth(min(wanted, most))
        self.setMaximumWidth(max(usual, min(wanted, most)))
        self.setToolTip(self.currentText() if wanted > most else "")

    def label(self) -> str:
        text = self.currentText()
        if text.strip() == self._shown.strip():
            return self._stored.strip()
        return stored(text, self.labels)

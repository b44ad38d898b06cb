"""The review form of File → Scan Business Card… (:mod:`app.ui.cards.scan_dialog`): every field the card gave,
pre-filled and editable, "how we met", notes, and below them the offer to add to a person already known and the
error of a refused save. ``fill`` puts a recognised card in; ``reviewed`` reads what the user settled on.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.cards import scan
from app.core.cards.classify import CardFields
from app.core.contacts.contact_data import AddressEntry
from app.ui.contacts.field_labels import first_upper, shown
from app.ui.contrast import status_colour

# The phone labels a card's words give (app.core.cards.card_words), as stored; "" (none) reads as "Other".
PHONE_LABELS = ("work", "mobile", "home", "fax", "")
PHONE_ROWS = 3
ERROR_COLOUR = QColor("#c0392b")


class CardReviewForm(QWidget):
    """The fields of one card (object names ``scan_<field>``), ``how_met`` with its hint, the merge offer
    (``match_box``) and ``error_label``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_row = QHBoxLayout()
        name_row.setSpacing(8)
        for key, placeholder in (
            ("given_name", QT_TRANSLATE_NOOP("CardReviewForm", "First name")),
            ("family_name", QT_TRANSLATE_NOOP("CardReviewForm", "Last name")),
        ):
            name_row.addWidget(self._edit(key, placeholder))
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Title"), self._edit("title", QT_TRANSLATE_NOOP("CardReviewForm", "Job title")))
        form.addRow(
            self.tr("Company"), self._edit("company", QT_TRANSLATE_NOOP("CardReviewForm", "Company or organisation"))
        )
        form.addRow(self.tr("Email"), self._edit("email", QT_TRANSLATE_NOOP("CardReviewForm", "name@company.com")))
        form.addRow(self.tr("Other email"), self._edit("email2", ""))
        self.phone_rows: list[tuple[QLineEdit, QComboBox]] = []
        self._phone_layouts: list[QHBoxLayout] = []
        for i in range(PHONE_ROWS):
            row = QHBoxLayout()
            row.setSpacing(8)
            edit = self._edit(f"phone{i}", QT_TRANSLATE_NOOP("CardReviewForm", "Phone number") if i == 0 else "")
            combo = QComboBox()
            combo.setObjectName(f"scan_phone{i}_label")
            combo.setAccessibleName(self.tr("Kind of phone {n}").format(n=i + 1))
            for key in PHONE_LABELS:
                combo.addItem(first_upper(shown(key or "other")), key)
            combo.setCurrentIndex(0 if i == 0 else 1)
            row.addWidget(edit, 1)
            row.addWidget(combo)
            self.phone_rows.append((edit, combo))
            self._phone_layouts.append(row)
            form.addRow(self.tr("Phone") if i == 0 else "", row)
        self._phone_form = form
        form.addRow(self.tr("Website"), self._edit("website", QT_TRANSLATE_NOOP("CardReviewForm", "www.company.com")))
        form.addRow(
            self.tr("LinkedIn"), self._edit("linkedin_url", QT_TRANSLATE_NOOP("CardReviewForm", "linkedin.com/in/…"))
        )
        address = QGridLayout()
        address.setHorizontalSpacing(8)
        address.setVerticalSpacing(8)
        address.addWidget(self._edit("street", QT_TRANSLATE_NOOP("CardReviewForm", "Street and number")), 0, 0, 1, 3)
        address.addWidget(self._edit("postal_code", QT_TRANSLATE_NOOP("CardReviewForm", "Postcode")), 1, 0)
        address.addWidget(self._edit("locality", QT_TRANSLATE_NOOP("CardReviewForm", "Town")), 1, 1, 1, 2)
        address.addWidget(self._edit("region", QT_TRANSLATE_NOOP("CardReviewForm", "State / region")), 2, 0, 1, 2)
        address.addWidget(self._edit("country", QT_TRANSLATE_NOOP("CardReviewForm", "Country")), 2, 2)
        address.setColumnStretch(1, 1)
        address.setColumnStretch(2, 1)
        form.addRow(self.tr("Address"), address)

        self.how_met = self._edit(
            "how_met", QT_TRANSLATE_NOOP("CardReviewForm", "e.g. Logistics meetup at the Chamber of Commerce, 12 March")
        )
        self.how_met.setToolTip(self.tr("Where and when you met: it is the first thing to mention when you follow up"))
        self.how_met_hint = QLabel(
            self.tr("Where did you meet? One line now makes the follow-up easy — or press Save again to skip.")
        )
        self.how_met_hint.setObjectName("scanHowMetHint")
        self.how_met_hint.setWordWrap(True)
        hint_palette = self.how_met_hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, status_colour(ERROR_COLOUR))
        self.how_met_hint.setPalette(hint_palette)
        self.how_met_hint.hide()
        how_met_box = QVBoxLayout()
        how_met_box.setSpacing(2)
        how_met_box.addWidget(self.how_met)
        how_met_box.addWidget(self.how_met_hint)
        form.addRow(self.tr("How we met"), how_met_box)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("scan_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Anything else on the card, or to remember about them"))
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)

        self.match_box = QCheckBox()
        self.match_box.setObjectName("scanMergeIntoMatch")
        self.match_box.setChecked(True)
        self.match_box.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("scanError")
        self.error_label.setWordWrap(True)
        error_palette = self.error_label.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, status_colour(ERROR_COLOUR))
        self.error_label.setPalette(error_palette)
        self.error_label.hide()

        form_layout = QVBoxLayout(self)
        form_layout.setContentsMargins(0, 0, 8, 0)
        form_layout.setSpacing(8)
        form_layout.addLayout(form)
        form_layout.addWidget(self.match_box)
        form_layout.addWidget(self.error_label)
        form_layout.addStretch(1)
        self.set_phone_rows(2)  # a third row appears when a card has three numbers

    def _edit(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"scan_{key}")
        edit.setAccessibleName(self.tr(placeholder) if placeholder else key.replace("_", " "))
        edit.setPlaceholderText(self.tr(placeholder))
        edit.setClearButtonEnabled(True)
        self.edits[key] = edit
        return edit

    def set_phone_rows(self, count: int) -> None:
        for i, row in enumerate(self._phone_layouts):
            self._phone_form.setRowVisible(row, i < count)

    def fill(self, fields: CardFields) -> None:
        """Put the classifier's reading into the form."""
        card = scan.ReviewedCard.from_fields(fields)
        values = {
            "given_name": card.given_name,
            "family_name": card.family_name,
            "title": card.title,
            "company": card.company,
            "email": card.emails[0] if card.emails else "",
            "email2": card.emails[1] if len(card.emails) > 1 else "",
            "website": card.website,
            "linkedin_url": card.linkedin_url,
            "street": card.address.street,
            "postal_code": card.address.postal_code,
            "locality": card.address.locality,
            "region": card.address.region,
            "country": card.address.country,
        }
        for key, value in values.items():
            self.edits[key].setText(value)
        self.set_phone_rows(max(2, min(len(card.phones), PHONE_ROWS)))
        for (edit, combo), (value, label) in zip(self.phone_rows, card.phones, strict=False):
            edit.setText(value)
            combo.setCurrentIndex(max(0, combo.findData(label or "work")))
        extra = card.phones[PHONE_ROWS:]
        notes = card.notes
        if extra:
            notes = "\n".join([notes, *(f"Phone: {v}" for v, _ in extra)]).strip()
        self.notes.setPlainText(notes)

    def reviewed(self) -> scan.ReviewedCard:
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        return scan.ReviewedCard(
            given_name=text["given_name"],
            family_name=text["family_name"],
            title=text["title"],
            company=text["company"],
            emails=[e for e in (text["email"], text["email2"]) if e],
            phones=[
                (edit.text().strip(), combo.currentData()) for edit, combo in self.phone_rows if edit.text().strip()
            ],
            website=text["website"],
            linkedin_url=text["linkedin_url"],
            address=AddressEntry(
                "work", text["street"], text["locality"], text["region"], text["postal_code"], text["country"]
            ),
            how_met=text["how_met"],
            notes=self.notes.toPlainText().strip(),
        )

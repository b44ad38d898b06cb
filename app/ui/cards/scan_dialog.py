"""File → Scan Business Card…: the picture, its text read offline, and a review form that saves a contact.

The form is the point: recognition is a first draft. Every field is pre-filled and editable, the recognised text
stays visible beside the picture, "how we met" is asked (a card is only the start of a relationship), and when
the email or phone belongs to someone I already know, saving adds to that person instead of doubling them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.cards import scan
from app.core.cards.classify import CardFields, RecognizedLine
from app.core.cards.ocr import OcrEngine
from app.core.contacts.contact_data import AddressEntry
from app.core.contacts.service import ContactValidationError, default_region, validate
from app.ui.cards.scan_worker import ScanJob
from app.ui.context import AppContext
from app.ui.widgets.text import heading

log = logging.getLogger(__name__)
PHONE_LABELS = (("work", "Work"), ("mobile", "Mobile"), ("home", "Home"), ("fax", "Fax"), ("", "Other"))
PHONE_ROWS = 3
ERROR_COLOUR = QColor("#c0392b")


class SaveCardCommand(QUndoCommand):
    """Undo removes the new contact again (or restores the merged one); redo saves the card again."""

    def __init__(self, ctx: AppContext, card: scan.ReviewedCard, image: scan.CardImage | None, merge_into: int | None):
        name = " ".join(p for p in (card.given_name, card.family_name) if p) or card.company or "contact"
        super().__init__(f"Save card of {name}")
        self.ctx, self.card, self.image, self.merge_into = ctx, card, image, merge_into
        self.outcome: scan.SaveOutcome | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.outcome = scan.save_card(self.card, self.image, merge_into=self.merge_into, clock=self.ctx.clock)
        except Exception as exc:  # reported by the dialog; the command is dropped from the stack
            log.exception("saving the scanned card failed")
            self.error = exc
            self.setObsolete(True)
            return
        self.ctx.publish(self.outcome.changes)

    def undo(self) -> None:
        if self.outcome is not None:
            self.ctx.publish(scan.undo_save(self.outcome, clock=self.ctx.clock))


class CardPictureView(QLabel):
    """The card picture, scaled to fit, never upscaled past its real size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanPicture")
        self.setAccessibleName("Card picture")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(360, 220))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.image = QImage()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._rescale()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.image.isNull():
            self.setText(self.tr("No picture"))
            return
        ratio = self.devicePixelRatioF()
        room = self.contentsRect().size() * ratio
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)


class ScanDialog(QDialog):
    """Review a scanned card. Build it with the loaded picture and an engine (None: type the fields yourself)."""

    recognition_done = Signal()
    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        image: QImage,
        card_image: scan.CardImage,
        engine: OcrEngine | None,
        engine_hint: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.ctx, self.card_image, self.engine = ctx, card_image, engine
        self.region = default_region()
        self.job: ScanJob | None = None
        self.fields = CardFields()
        self.match: scan.Match | None = None
        self.saved_contact_id: int | None = None
        self._how_met_asked = False
        self.setObjectName("scanDialog")
        self.setAccessibleName("Scan a business card")
        self.setWindowTitle(self.tr("Scan Business Card"))

        # --- banner: progress, "no text", "no engine", errors ---
        self.banner = QFrame()
        self.banner.setObjectName("scanBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.banner.setPalette(palette)
        self.status = QLabel()
        self.status.setObjectName("scanStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("scanStop")
        self.stop_button.setToolTip(self.tr("Stop reading and type the details yourself (Esc)"))
        self.stop_button.clicked.connect(self.stop_recognition)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.setSpacing(8)
        banner_layout.addWidget(self.status, 1)
        banner_layout.addWidget(self.progress)
        banner_layout.addWidget(self.stop_button)

        # --- left: picture and recognised text ---
        self.picture = CardPictureView()
        self.picture.set_image(image)
        self.recognised = QPlainTextEdit()
        self.recognised.setObjectName("scanRecognisedText")
        self.recognised.setAccessibleName("Recognised text")
        self.recognised.setReadOnly(True)
        self.recognised.setPlaceholderText(self.tr("The text found on the card appears here."))
        self.recognised.setMaximumHeight(150)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.picture, 1)
        self.recognised_heading = heading(self.tr("Text found on the card"), level=3)
        left.addWidget(self.recognised_heading)
        left.addWidget(self.recognised)

        # --- right: the review form ---
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_row = QHBoxLayout()
        name_row.setSpacing(8)
        for key, placeholder in (("given_name", "First name"), ("family_name", "Last name")):
            name_row.addWidget(self._edit(key, placeholder))
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Title"), self._edit("title", "Job title"))
        form.addRow(self.tr("Company"), self._edit("company", "Company or organisation"))
        form.addRow(self.tr("Email"), self._edit("email", "name@company.com"))
        form.addRow(self.tr("Other email"), self._edit("email2", ""))
        self.phone_rows: list[tuple[QLineEdit, QComboBox]] = []
        self._phone_layouts: list[QHBoxLayout] = []
        for i in range(PHONE_ROWS):
            row = QHBoxLayout()
            row.setSpacing(8)
            edit = self._edit(f"phone{i}", "Phone number" if i == 0 else "")
            combo = QComboBox()
            combo.setObjectName(f"scan_phone{i}_label")
            combo.setAccessibleName(self.tr("Kind of phone {n}").format(n=i + 1))
            for value, text in PHONE_LABELS:
                combo.addItem(self.tr(text), value)
            combo.setCurrentIndex(0 if i == 0 else 1)
            row.addWidget(edit, 1)
            row.addWidget(combo)
            self.phone_rows.append((edit, combo))
            self._phone_layouts.append(row)
            form.addRow(self.tr("Phone") if i == 0 else "", row)
        self._phone_form = form
        form.addRow(self.tr("Website"), self._edit("website", "www.company.com"))
        form.addRow(self.tr("LinkedIn"), self._edit("linkedin_url", "linkedin.com/in/…"))
        address = QGridLayout()
        address.setHorizontalSpacing(8)
        address.setVerticalSpacing(8)
        address.addWidget(self._edit("street", "Street and number"), 0, 0, 1, 3)
        address.addWidget(self._edit("postal_code", "Postcode"), 1, 0)
        address.addWidget(self._edit("locality", "Town"), 1, 1, 1, 2)
        address.addWidget(self._edit("region", "State / region"), 2, 0, 1, 2)
        address.addWidget(self._edit("country", "Country"), 2, 2)
        address.setColumnStretch(1, 1)
        address.setColumnStretch(2, 1)
        form.addRow(self.tr("Address"), address)

        self.how_met = self._edit("how_met", "e.g. Logistics meetup at the Chamber of Commerce, 12 March")
        self.how_met.setToolTip(self.tr("Where and when you met: it is the first thing to mention when you follow up"))
        self.how_met_hint = QLabel(
            self.tr("Where did you meet? One line now makes the follow-up easy — or press Save again to skip.")
        )
        self.how_met_hint.setObjectName("scanHowMetHint")
        self.how_met_hint.setWordWrap(True)
        hint_palette = self.how_met_hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
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
        self.match_box.toggled.connect(self._match_toggled)
        self.error_label = QLabel()
        self.error_label.setObjectName("scanError")
        self.error_label.setWordWrap(True)
        error_palette = self.error_label.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.error_label.setPalette(error_palette)
        self.error_label.hide()

        self.form_widget = QWidget()
        form_layout = QVBoxLayout(self.form_widget)
        form_layout.setContentsMargins(0, 0, 8, 0)
        form_layout.setSpacing(8)
        form_layout.addLayout(form)
        form_layout.addWidget(self.match_box)
        form_layout.addWidget(self.error_label)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_widget)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 5)
        body.addWidget(scroll, 6)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("scanSave")
        self.save_button.setText(self.tr("Save Contact"))
        self.save_button.setToolTip(self.tr("Save as a new contact, or add to the person it matches (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(16)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(1100, 720)

        for key in ("email", "email2", "phone0", "phone1", "phone2"):
            self.edits[key].editingFinished.connect(self.update_match)
        self._set_phone_rows(2)  # a third row appears when a card has three numbers
        if engine is None:
            self.recognised_heading.hide()
            self.recognised.hide()
            self._show_status(engine_hint or self.tr("Text recognition is not available."), busy=False)
            self.edits["given_name"].setFocus()
            self.recognition_done.emit()
        else:
            self._start(engine)

    # --- widgets ---------------------------------------------------------------------------------------------------
    def _edit(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"scan_{key}")
        edit.setAccessibleName(self.tr(placeholder) if placeholder else key.replace("_", " "))
        edit.setPlaceholderText(self.tr(placeholder))
        edit.setClearButtonEnabled(True)
        self.edits[key] = edit
        return edit

    def _set_phone_rows(self, count: int) -> None:
        for i, row in enumerate(self._phone_layouts):
            self._phone_form.setRowVisible(row, i < count)

    def _show_status(self, text: str, *, busy: bool) -> None:
        self.status.setText(text)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.form_widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    # --- recognition -----------------------------------------------------------------------------------------------
    def _start(self, engine: OcrEngine) -> None:
        self._show_status(self.tr("Reading the card with {engine}…").format(engine=engine.name), busy=True)
        self.job = ScanJob(engine, self.card_image.data, self.region)
        self.job.signals.progress.connect(lambda text: self.status.setText(self.tr(text)))
        self.job.signals.finished.connect(self._recognised)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def is_busy(self) -> bool:
        return self.job is not None and not self.progress.isHidden()

    def stop_recognition(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._show_status(self.tr("Stopped. Type the details from the picture yourself."), busy=False)
        self.edits["given_name"].setFocus()
        self.recognition_done.emit()

    def _failed(self, message: str) -> None:
        self._show_status(
            self.tr("{message} You can still type the details yourself.").format(message=message), busy=False
        )
        self.recognition_done.emit()

    def _recognised(self, lines: list[RecognizedLine], fields: CardFields) -> None:
        self.fields = fields
        self.recognised.setPlainText("\n".join(line.text for line in lines))
        if not lines:
            self._show_status(
                self.tr(
                    "No text was found on this picture. Check that it shows the front of the card, sharp and well "
                    "lit — or type the details yourself; the picture is kept with the contact."
                ),
                busy=False,
            )
        else:
            self.fill(fields)
            engine = self.engine.name if self.engine else ""
            self._show_status(
                self.tr("Read {n} lines with {engine}. Check each field, then add how you met.").format(
                    n=len(lines), engine=engine
                ),
                busy=False,
            )
            self.how_met.setFocus()
        self.update_match()
        self.recognition_done.emit()

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
        self._set_phone_rows(max(2, min(len(card.phones), PHONE_ROWS)))
        for (edit, combo), (value, label) in zip(self.phone_rows, card.phones, strict=False):
            edit.setText(value)
            combo.setCurrentIndex(max(0, combo.findData(label or "work")))
        extra = card.phones[PHONE_ROWS:]
        notes = card.notes
        if extra:
            notes = "\n".join([notes, *(f"Phone: {v}" for v, _ in extra)]).strip()
        self.notes.setPlainText(notes)

    # --- matching and saving ---------------------------------------------------------------------------------------
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

    def update_match(self) -> None:
        card = self.reviewed()
        self.match = scan.find_match(card.emails, [v for v, _ in card.phones], region=self.region)
        if self.match is None:
            self.match_box.hide()
            self.save_button.setText(self.tr("Save Contact"))
            return
        self.match_box.setText(
            self.tr("Add to {name}, already in your contacts ({reason}); uncheck to save a separate contact").format(
                name=self.match.display_name, reason=self.tr(self.match.reason)
            )
        )
        self.match_box.show()
        self._match_toggled()

    def _match_toggled(self, *_args) -> None:
        merging = self.match is not None and self.match_box.isChecked()
        self.save_button.setText(self.tr("Add to Contact") if merging else self.tr("Save Contact"))

    def save(self) -> bool:
        """Validate, then save (one undoable step). Returns True when the contact was written."""
        if self.is_busy():
            return False
        self.error_label.hide()
        card = self.reviewed()
        if not card.how_met and not self._how_met_asked:
            self._how_met_asked = True
            self.how_met_hint.show()
            self.how_met.setFocus()
            return False
        self.update_match()
        merge_into = self.match.contact_id if self.match is not None and self.match_box.isChecked() else None
        data = card.as_contact_data()
        if merge_into is not None:
            data = scan.merged_into_contact(merge_into, data)
        try:
            validate(data, contact_id=merge_into, region=self.region)
        except ContactValidationError as exc:
            self._show_error(
                "\n".join(
                    self.tr("{field}: {message}").format(
                        field=p.field.replace("_", " ").capitalize(), message=p.message
                    )
                    for p in exc.problems
                )
            )
            return False
        command = SaveCardCommand(self.ctx, card, self.card_image, merge_into)
        self.ctx.undo_stack.push(command)
        if command.error is not None or command.outcome is None:
            self._show_error(self.tr("The contact could not be saved: {error}").format(error=command.error))
            return False
        self.saved_contact_id = command.outcome.contact_id
        self.saved.emit(command.outcome.contact_id)
        window = self.parent()
        if window is not None and hasattr(window, "statusBar"):
            name = " ".join(p for p in (card.given_name, card.family_name) if p) or card.company
            message = self.tr("Added the card to {name}") if merge_into else self.tr("Saved {name} from their card")
            window.statusBar().showMessage(message.format(name=name), 8000)
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

"""File → Scan Business Card…: the picture, its text read offline, and a review form that saves a contact.

The form is the point: recognition is a first draft. Every field is pre-filled and editable, the recognised text
stays visible beside the picture, "how we met" is asked (a card is only the start of a relationship), and when
the email or phone belongs to someone I already know, saving adds to that person instead of doubling them.
The form itself is :mod:`app.ui.cards.scan_form`, the undoable save :mod:`app.ui.cards.commands`; this dialog runs
the recognition and the save around them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from app.core.cards import scan
from app.core.cards.classify import CardFields, RecognizedLine
from app.core.cards.ocr import OcrEngine
from app.core.contacts.service import ContactValidationError, default_region, validate
from app.core.translated import shown
from app.ui.cards.commands import SaveCardCommand
from app.ui.cards.scan_form import CardReviewForm
from app.ui.cards.scan_worker import ScanJob
from app.ui.context import AppContext
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import heading, labelled

log = logging.getLogger(__name__)


class CardPictureView(QLabel):
    """The card picture, scaled to fit, never upscaled past its real size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanPicture")
        self.setAccessibleName(self.tr("Card picture"))
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
        self.setAccessibleName(self.tr("Scan a business card"))
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
        self.recognised.setAccessibleName(self.tr("Recognised text"))
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
        self.form_widget = CardReviewForm()
        form = self.form_widget
        self.edits, self.phone_rows, self.notes = form.edits, form.phone_rows, form.notes
        self.how_met, self.how_met_hint = form.how_met, form.how_met_hint
        self.match_box, self.error_label = form.match_box, form.error_label
        self.match_box.toggled.connect(self._match_toggled)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_widget)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 5)
        body.addWidget(scroll, 6)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(self.buttons)
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
        if engine is None:
            self.recognised_heading.hide()
            self.recognised.hide()
            self._show_status(engine_hint or self.tr("Text recognition is not available."), busy=False)
            self.edits["given_name"].setFocus()
            self.recognition_done.emit()
        else:
            self._start(engine)

    # --- widgets ---------------------------------------------------------------------------------------------------
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
                self.tr(
                    "Read %Ln line(s) with {engine}. Check each field, then add how you met.", "", len(lines)
                ).format(engine=engine),
                busy=False,
            )
            self.how_met.setFocus()
        self.update_match()
        self.recognition_done.emit()

    def fill(self, fields: CardFields) -> None:
        """Put the classifier's reading into the form."""
        self.form_widget.fill(fields)

    # --- matching and saving ---------------------------------------------------------------------------------------
    def reviewed(self) -> scan.ReviewedCard:
        return self.form_widget.reviewed()

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
                "\n".join(labelled(p.field.replace("_", " ").capitalize(), shown(p.message)) for p in exc.problems)
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

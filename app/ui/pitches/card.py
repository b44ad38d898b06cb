"""The pitch card: print or save as PDF, as a pocket card (5 × 3 in index card) or a full page.

One drawing function serves the preview, the printer and the PDF, so what you see is what prints. The text shrinks
to fit the card (down to a readable minimum), and the card reminds you of the lights and of the ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPixmap, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.pitches.queries import CardContent
from app.core.pitches.timing import estimated_seconds, word_count
from app.ui.i18n import tr
from app.ui.widgets.modal import run_modal
from app.ui.widgets.parts import describe_buttons

POCKET_SIZE_MM = QSizeF(127.0, 76.2)  # a 5 × 3 inch index card, landscape


def _seconds(value: float) -> str:
    """Seconds with at most one decimal, in the locale's digits: "25", "22.5", "22,5"."""
    value = round(float(value), 1)
    return QLocale().toString(int(value)) if value == int(value) else QLocale().toString(value, "f", 1)


def card_texts(card: CardContent) -> tuple[str, str]:
    """The card's line beside the title and its footer, in the interface's language."""
    words = word_count(card.body)
    meta = tr("{target} s · %Ln word(s) ≈ {spoken} s at {wpm} wpm", "", words).format(
        target=card.target_seconds, spoken=round(estimated_seconds(words, card.wpm)), wpm=card.wpm
    )
    if card.audience:
        meta = tr("for {audience} · {details}").format(audience=card.audience, details=meta)
    t = card.thresholds
    footer = (
        tr("Lights: green {green} s · yellow {yellow} s · red {red} s").format(
            green=_seconds(t.green), yellow=_seconds(t.yellow), red=_seconds(t.red)
        )
        + "\n"
        + tr("Smile, slow down, end with your ask — then: “How can I help you?”")
    )
    return meta, footer


def page_size(pocket: bool) -> QPageSize:
    if pocket:
        return QPageSize(POCKET_SIZE_MM, QPageSize.Unit.Millimeter, "Index card 5 x 3 in")
    letter = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def configure_printer(printer: QPrinter, pocket: bool) -> None:
    margin = 6.0 if pocket else 18.0
    orientation = QPageLayout.Orientation.Landscape if pocket else QPageLayout.Orientation.Portrait
    size = page_size(pocket)
    if pocket:
        # A custom size is given landscape already (wider than tall).
        orientation = QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    )


def render_card(painter: QPainter, rect: QRectF, card: CardContent, pocket: bool, dpi: float) -> None:
    """Draw the card into ``rect`` (device pixels at ``dpi``) with black text on the paper's white."""
    pt = dpi / 72.0  # device pixels per point
    ink = QColor("#111111")
    quiet = QColor("#555555")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont()
    title_font.setPixelSize(int((12 if pocket else 20) * pt))
    title_font.setBold(True)
    small = QFont()
    small.setPixelSize(int((6.5 if pocket else 10) * pt))
    painter.setFont(title_font)
    painter.setPen(ink)
    title_h = painter.fontMetrics().height()
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, card.title)
    meta, footer = card_texts(card)
    painter.setFont(small)
    painter.setPen(quiet)
    small_h = painter.fontMetrics().height()
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_h),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        meta,
    )
    rule_y = rect.top() + title_h + 2 * pt
    painter.setPen(quiet)
    painter.drawLine(int(rect.left()), int(rule_y), int(rect.right()), int(rule_y))

    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    footer_h = painter.fontMetrics().boundingRect(0, 0, int(rect.width()), 10_000, flags, footer).height()
    footer_top = rect.bottom() - footer_h
    painter.drawText(QRectF(rect.left(), footer_top, rect.width(), footer_h), flags, footer)
    if card.owner and not pocket:
        painter.drawText(
            QRectF(rect.left(), footer_top - small_h, rect.width(), small_h), Qt.AlignmentFlag.AlignRight, card.owner
        )

    body_rect = QRectF(rect.left(), rule_y + 6 * pt, rect.width(), footer_top - rule_y - 12 * pt)
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setPlainText(card.body)
    document.setDocumentMargin(0)
    document.setTextWidth(body_rect.width())
    size = 13.0 if pocket else 26.0
    minimum = 6.0 if pocket else 9.0
    while True:
        font = QFont()
        font.setPixelSize(max(1, int(size * pt)))
        document.setDefaultFont(font)
        if document.size().height() <= body_rect.height() or size <= minimum:
            break
        size -= 0.5
    painter.translate(body_rect.topLeft())
    painter.setClipRect(QRectF(0, 0, body_rect.width(), body_rect.height()))
    document.drawContents(painter)
    painter.restore()


def print_to(printer: QPrinter, card: CardContent, pocket: bool) -> bool:
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        rect = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        render_card(painter, QRectF(0, 0, rect.width(), rect.height()), card, pocket, printer.resolution())
    finally:
        painter.end()
    return True


def export_pdf(path: Path, card: CardContent, pocket: bool) -> None:
    """Write the card as a one-page PDF; raises OSError when the file cannot be written."""
    with open(path, "ab"):  # fail here, with the system's reason, rather than inside Qt's PDF writer
        pass
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(card.title)
    configure_printer(printer, pocket)
    if not print_to(printer, card, pocket) or not path.exists():
        raise OSError(tr("cannot write {path}").format(path=path))


def preview_image(card: CardContent, pocket: bool, width_px: int) -> QImage:
    size = page_size(pocket).size(QPageSize.Unit.Millimeter)
    margin = 6.0 if pocket else 18.0
    scale = width_px / size.width()  # pixels per mm
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    rect = QRectF(
        margin * scale, margin * scale, (size.width() - 2 * margin) * scale, (size.height() - 2 * margin) * scale
    )
    render_card(painter, rect, card, pocket, scale * 25.4)
    painter.setPen(QColor("#bbbbbb"))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    return image


class CardDialog(QDialog):
    """Choose pocket card or full page, see it, then Print… or Save PDF…."""

    def __init__(self, pitch_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchCardDialog")
        self.setWindowTitle(self.tr("Pitch card"))
        self.card = CardContent.for_pitch(pitch_id)
        self.pocket = QRadioButton(self.tr("Pocket card (5 × 3 in)"))
        self.pocket.setObjectName("cardPocket")
        self.pocket.setAccessibleDescription(self.tr("A small index card to keep in a pocket and glance at"))
        self.full = QRadioButton(self.tr("Full page"))
        self.full.setObjectName("cardFullPage")
        self.full.setAccessibleDescription(self.tr("The pitch in large print on a whole sheet of paper"))
        self.pocket.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pocket)
        group.addButton(self.full)
        group.buttonToggled.connect(lambda *_: self._preview())
        self.preview = QLabel()
        self.preview.setObjectName("cardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(520, 340)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.setObjectName("cardPrint")
        print_button.setToolTip(self.tr("Print this pitch card"))
        print_button.clicked.connect(self.print_card)
        pdf_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        pdf_button.setObjectName("cardPdf")
        pdf_button.setToolTip(self.tr("Save this pitch card as a PDF file"))
        pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.pocket)
        choice.addWidget(self.full)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self._preview()

    def _is_pocket(self) -> bool:
        return self.pocket.isChecked()

    def _preview(self) -> None:
        pocket = self._is_pocket()
        image = preview_image(self.card, pocket, 500 if pocket else 360)
        self.preview.setPixmap(QPixmap.fromImage(image))

    def print_card(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self._is_pocket())
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and not print_to(printer, self.card, self._is_pocket()):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer could not be started."))

    def save_pdf(self) -> None:
        suggested = f"{self.card.title or 'pitch'} card.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save pitch card"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            export_pdf(Path(path), self.card, self._is_pocket())
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("Could not write {path}:\n{error}").format(path=path, error=exc)
            )
            return
        self.accept()

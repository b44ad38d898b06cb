"""File → Print Business Cards…: choose a design, see the card live, save a PDF or print (DESIGN §5)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.cards.designs import (
    ACCENTS,
    CARD_SIZES,
    DESIGNS,
    CardLayout,
    CardOptions,
    layout_card,
    load_options,
    save_options,
)
from app.core.cards.sheet import PAGE_SIZES, sheet_layout
from app.core.contacts.service import default_region
from app.core.profile import load_profile
from app.ui.cards import printing
from app.ui.cards.painter import paint_card
from app.ui.context import AppContext
from app.ui.widgets.modal import run_modal
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import heading

log = logging.getLogger(__name__)


class CardPreview(QWidget):
    """The card drawn at screen size, on a soft shadow, scaled to the space available."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cardPreview")
        self.setAccessibleName(self.tr("Business card preview"))
        self.layout_data: CardLayout | None = None
        self.setMinimumSize(QSize(430, 290))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_layout(self, layout: CardLayout) -> None:
        self.layout_data = layout
        self.update()

    def card_rect(self) -> QRectF:
        if self.layout_data is None:
            return QRectF()
        size = self.layout_data.size
        margin = 24.0
        k = min((self.width() - 2 * margin) / size.width_mm, (self.height() - 2 * margin) / size.height_mm)
        w, h = size.width_mm * k, size.height_mm * k
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event) -> None:
        if self.layout_data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.card_rect()
        shadow = QColor(0, 0, 0, 40)
        for grow, alpha in ((6, 12), (4, 18), (2, 28)):
            shadow.setAlpha(alpha)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shadow)
            painter.drawRoundedRect(rect.adjusted(-grow + 2, -grow + 4, grow + 2, grow + 4), grow, grow)
        paint_card(painter, self.layout_data, rect.topLeft(), rect.width() / self.layout_data.size.width_mm)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.end()


def default_options() -> CardOptions:
    """US size and Letter paper where people measure in inches, else 85 × 55 mm on A4."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return CardOptions(size="us" if us else "eu")


class CardDesigner(QDialog):
    """The designer: options on the left, the live card on the right, PDF and Print at the bottom."""

    edit_profile_requested = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("cardDesigner")
        self.setAccessibleName(self.tr("Business card designer"))
        self.setWindowTitle(self.tr("Print Business Cards"))
        self.profile = load_profile()
        self.region = default_region()
        self.options = load_options(default_options())

        self.preview = CardPreview()
        self.design_hint = QLabel()
        self.design_hint.setObjectName("cardDesignHint")
        self.design_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.design_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary = QLabel()
        self.summary.setObjectName("cardSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning = QLabel()
        self.warning.setObjectName("cardWarning")
        self.warning.setWordWrap(True)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignCenter)

        controls = QWidget()
        controls.setMaximumWidth(300)
        form = QVBoxLayout(controls)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        form.addWidget(heading(self.tr("Design"), level=3))
        self.design_group = QButtonGroup(self)
        for key, design in DESIGNS.items():
            button = QRadioButton(self.tr(design.label))
            button.setObjectName(f"design_{key}")
            button.setToolTip(self.tr(design.description))
            button.setChecked(key == self.options.design)
            self.design_group.addButton(button)
            button.toggled.connect(lambda on, k=key: on and self._change(design=k))
            form.addWidget(button)

        form.addSpacing(8)
        form.addWidget(heading(self.tr("Card"), level=3))
        grid = QFormLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("cardSize")
        self.size_combo.setAccessibleDescription(self.tr("The card's size: the European or the American standard"))
        for key, size in CARD_SIZES.items():
            self.size_combo.addItem(self.tr(size.label), key)
        self.size_combo.setCurrentIndex(self.size_combo.findData(self.options.size))
        self.size_combo.currentIndexChanged.connect(lambda: self._change(size=self.size_combo.currentData()))
        grid.addRow(self.tr("Size"), self.size_combo)
        self.font_combo = QComboBox()
        self.font_combo.setObjectName("cardFont")
        self.font_combo.setAccessibleDescription(self.tr("The typeface of the card's text"))
        self.font_combo.addItem(self.tr("Sans serif"), "sans")
        self.font_combo.addItem(self.tr("Serif"), "serif")
        self.font_combo.setCurrentIndex(self.font_combo.findData(self.options.font))
        self.font_combo.currentIndexChanged.connect(lambda: self._change(font=self.font_combo.currentData()))
        grid.addRow(self.tr("Font"), self.font_combo)
        swatches = QHBoxLayout()
        swatches.setSpacing(4)
        self.accent_group = QButtonGroup(self)
        for colour, name in ACCENTS.items():
            swatch = QToolButton()
            swatch.setObjectName(f"accent_{name.lower()}")
            swatch.setCheckable(True)
            swatch.setChecked(colour == self.options.accent)
            swatch.setToolTip(self.tr(name))
            swatch.setAccessibleName(self.tr("Accent colour {name}").format(name=self.tr(name)))
            swatch.setIcon(self._swatch_icon(colour))
            swatch.setIconSize(QSize(20, 20))
            swatch.setAutoRaise(True)
            swatch.toggled.connect(lambda on, c=colour: on and self._change(accent=c))
            self.accent_group.addButton(swatch)
            swatches.addWidget(swatch)
        swatches.addStretch(1)
        grid.addRow(self.tr("Colour"), swatches)
        form.addLayout(grid)

        form.addSpacing(8)
        form.addWidget(heading(self.tr("On the card"), level=3))
        self.qr_box = QCheckBox(self.tr("QR code with my contact details"))
        self.qr_box.setObjectName("cardShowQr")
        self.qr_box.setToolTip(self.tr("A phone camera turns it into a new contact (vCard) in one tap."))
        self.target_box = QCheckBox(self.tr("What I'm looking for"))
        self.target_box.setObjectName("cardShowTarget")
        self.target_box.setAccessibleDescription(
            self.tr("Print the kind of job you want, from your profile, on the card")
        )
        self.photo_box = QCheckBox(self.tr("My photo"))
        self.photo_box.setObjectName("cardShowPhoto")
        for box, name in ((self.qr_box, "show_qr"), (self.target_box, "show_target"), (self.photo_box, "show_photo")):
            box.setChecked(getattr(self.options, name))
            box.toggled.connect(lambda on, n=name: self._change(**{n: on}))
            form.addWidget(box)

        form.addSpacing(8)
        form.addWidget(heading(self.tr("Printing"), level=3))
        print_form = QFormLayout()
        print_form.setHorizontalSpacing(8)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("cardPaper")
        self.paper_combo.setAccessibleDescription(self.tr("The paper size your printer uses"))
        for key, page in PAGE_SIZES.items():
            self.paper_combo.addItem(self.tr(page.label), key)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData("letter" if self.options.size == "us" else "a4"))
        self.paper_combo.currentIndexChanged.connect(self._refresh)
        print_form.addRow(self.tr("Paper"), self.paper_combo)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("cardPrintMode")
        self.mode_combo.setAccessibleDescription(
            self.tr("Many cards on one sheet to cut yourself, or one card per page for a print shop")
        )
        self.mode_combo.addItem(self.tr("A sheet to cut, with cut marks"), "sheet")
        self.mode_combo.addItem(self.tr("One card per page (print shop)"), "single")
        self.mode_combo.currentIndexChanged.connect(self._refresh)
        print_form.addRow(self.tr("Layout"), self.mode_combo)
        form.addLayout(print_form)
        form.addStretch(1)
        self.profile_button = QPushButton(self.tr("Edit My Profile…"))
        self.profile_button.setObjectName("cardEditProfile")
        self.profile_button.setToolTip(self.tr("Change the name and details printed on the card"))
        self.profile_button.clicked.connect(self.edit_profile_requested)
        form.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.preview, 1)
        right.addWidget(self.design_hint)
        right.addWidget(self.summary)
        right.addWidget(self.warning)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(controls)
        body.addLayout(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(self.buttons)
        self.pdf_button = self.buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("cardSavePdf")
        self.pdf_button.setShortcut("Ctrl+S")
        self.pdf_button.setToolTip(self.tr("Save the cards as a PDF file (Ctrl+S)"))
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("cardPrint")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(self.tr("Print the cards (Ctrl+P)"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_cards)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(16)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(980, 640)
        ctx.bus.settings_changed.connect(self.reload_profile)  # My Profile saved, undone or redone
        self._refresh()

    # --- state ---------------------------------------------------------------------------------------------------
    @staticmethod
    def _swatch_icon(colour: str) -> QIcon:
        pixmap = QPixmap(40, 40)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(4, 4, 32, 32)
        painter.end()
        return QIcon(pixmap)

    def _change(self, **changes) -> None:
        from dataclasses import replace

        self.options = replace(self.options, **changes)
        save_options(self.options)
        self._refresh()

    def reload_profile(self) -> None:
        """Call after My Profile changed: the card shows the new details at once."""
        self.profile = load_profile()
        self._refresh()

    def card_layout(self) -> CardLayout:
        return layout_card(self.profile, self.options, region=self.region)

    def paper(self):
        return PAGE_SIZES[self.paper_combo.currentData()]

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def _refresh(self) -> None:
        layout = self.card_layout()
        self.preview.set_layout(layout)
        self.photo_box.setEnabled(self.profile.photo is not None)
        self.photo_box.setToolTip("" if self.profile.photo else self.tr("Add a photo in My Profile first"))
        self.target_box.setEnabled(bool(self.profile.target_role))
        if self.mode() == "sheet":
            sheet = sheet_layout(self.paper(), layout.size)
            text = self.tr("{size} · %Ln card(s) per {paper} sheet, with cut marks", "", sheet.count).format(
                size=self.tr(layout.size.label), paper=self.tr(self.paper().label)
            )
        else:
            text = self.tr("{size} · one card per page, at its exact size").format(size=self.tr(layout.size.label))
        self.summary.setText(text)
        self.design_hint.setText(self.tr(DESIGNS[self.options.design].description))
        self.warning.setText("\n".join(layout.warnings))
        self.warning.setVisible(bool(layout.warnings))
        has_name = bool(self.profile.name.strip())
        self.pdf_button.setEnabled(has_name)
        self.print_button.setEnabled(has_name)

    # --- output --------------------------------------------------------------------------------------------------
    def save_pdf(self, path: str | None = None) -> Path | None:
        """Ask where (unless ``path`` is given) and write the PDF; returns the path written."""
        if not path:
            suggested = str(Path.home() / "Business cards.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save business cards"), suggested, "PDF (*.pdf)")
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            count = printing.write_pdf(Path(path), self.card_layout(), self.mode(), self.paper())
        except (printing.PrintError, OSError) as exc:
            log.warning("business card PDF failed: %s", exc)
            QMessageBox.warning(
                self, self.tr("PDF not saved"), self.tr("Could not write {path}:\n{error}").format(path=path, error=exc)
            )
            return None
        status = getattr(self.parent(), "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Saved %Ln business card(s) to {path}", "", count).format(path=path), 8000)
        return Path(path)

    def print_cards(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.configure(printer, self.card_layout(), self.mode(), self.paper())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print business cards"))
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        # the dialog may have changed the paper: keep our layout (full page, no margins)
        printing.configure(printer, self.card_layout(), self.mode(), self.paper())
        try:
            printing.render(printer, self.card_layout(), self.mode(), self.paper())
        except printing.PrintError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))

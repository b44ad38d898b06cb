"""Business cards on paper or in a PDF, through QPrinter: a sheet with cut marks, or one card per page.

A sheet (8–10 cards on A4 or US Letter) is for cutting at home; one card per page at the card's exact size is
what print shops ask for. Both go through the same QPrinter set-up, whether the output is a file or a printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.core.cards.designs import CardLayout
from app.core.cards.sheet import PageSize, sheet_layout
from app.ui.cards.painter import paint_card, paint_sheet
from app.ui.i18n import tr

MODES = ("sheet", "single")


class PrintError(RuntimeError):
    """The PDF or print job could not be written (disk full, no permission, printer gone)."""


def _page_size(width_mm: float, height_mm: float, name: str) -> QPageSize:
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, name, QPageSize.SizeMatchPolicy.ExactMatch)


def configure(printer: QPrinter, layout: CardLayout, mode: str, page: PageSize) -> None:
    """Page size, portrait, no margins (the sheet keeps its own), full-page coordinates."""
    standard = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if mode == "single":
        size = _page_size(layout.size.width_mm, layout.size.height_mm, layout.size.label)
    elif page.key in standard:
        size = QPageSize(standard[page.key])
    else:
        size = _page_size(page.width_mm, page.height_mm, page.label)
    orientation = QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setDocName("Business cards")
    printer.setCreator("Rapport")


def render(printer: QPrinter, layout: CardLayout, mode: str, page: PageSize) -> int:
    """Paint onto an already configured ``printer``; returns the number of cards drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(tr("the printer or file could not be opened for writing"))
    try:
        k = printer.resolution() / 25.4
        if mode == "single":
            paint_card(painter, layout, QPointF(0, 0), k)
            return 1
        sheet = sheet_layout(page, layout.size)
        paint_sheet(painter, sheet, layout, k)
        return sheet.count
    finally:
        painter.end()


def write_pdf(path: Path, layout: CardLayout, mode: str, page: PageSize) -> int:
    """Write the cards to a PDF file at ``path``; returns the number of cards. Raises :class:`PrintError`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    configure(printer, layout, mode, page)
    count = render(printer, layout, mode, page)
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise PrintError(tr("{path} could not be written").format(path=path))
    return count

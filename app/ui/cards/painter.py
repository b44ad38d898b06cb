"""Drawing a card layout (app.core.cards.designs) with QPainter: the same code for the preview, PDF and paper.

Coordinates stay in device pixels (mm × pixels-per-mm), and font sizes are converted from printer's points for
the device at hand, so text is laid out at the size it is really drawn: crisp on screen, exact on paper.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from app.core.cards.designs import PAPER, Box, CardLayout, FillItem, PhotoItem, QrItem, TextItem
from app.core.cards.qr import QUIET_ZONE
from app.core.cards.sheet import SheetLayout

MM_PER_PT = 25.4 / 72
FONT_FAMILIES = {"sans": ("DejaVu Sans", QFont.StyleHint.SansSerif), "serif": ("DejaVu Serif", QFont.StyleHint.Serif)}
CUT_MARK_MM = 0.15


class _Mapper:
    """mm on the card → device pixels."""

    def __init__(self, origin: QPointF, px_per_mm: float):
        self.origin, self.k = origin, px_per_mm

    def rect(self, box: Box) -> QRectF:
        return QRectF(
            self.origin.x() + box.x * self.k, self.origin.y() + box.y * self.k, box.w * self.k, box.h * self.k
        )


def card_font(family: str, size_pt: float, painter: QPainter, px_per_mm: float, *, bold=False, italic=False) -> QFont:
    """A font that renders ``size_pt`` printer's points tall on the card, whatever the device's resolution."""
    name, hint = FONT_FAMILIES.get(family, FONT_FAMILIES["sans"])
    font = QFont(name)
    font.setStyleHint(hint, QFont.StyleStrategy.PreferOutline)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    dpi = painter.device().logicalDpiY() or 96
    font.setPointSizeF(max(0.5, size_pt * MM_PER_PT * px_per_mm * 72 / dpi))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fit(item: TextItem, family: str, painter: QPainter, rect: QRectF, k: float) -> tuple[QFont, list[str]]:
    """The largest size from ``size_pt`` down to ``min_pt`` at which the text fits its box; else elide."""
    size = item.size_pt
    while True:
        font = card_font(family, size, painter, k, bold=item.bold, italic=item.italic)
        metrics = QFontMetricsF(font, painter.device())
        lines = _wrap(item.text, metrics, rect.width()) if item.max_lines > 1 else [item.text]
        fits_width = all(metrics.horizontalAdvance(line) <= rect.width() + 0.5 for line in lines)
        fits_height = metrics.height() * item.line_spacing * min(len(lines), item.max_lines) <= rect.height() + 1
        if (len(lines) <= item.max_lines and fits_width and fits_height) or size <= item.min_pt:
            break
        size = max(item.min_pt, size - 0.25)
    if len(lines) > item.max_lines:
        lines = [*lines[: item.max_lines - 1], " ".join(lines[item.max_lines - 1 :])]
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()) for line in lines]
    return font, lines


def _draw_text(painter: QPainter, item: TextItem, family: str, rect: QRectF, k: float) -> None:
    if not item.text.strip():
        return
    font, lines = _fit(item, family, painter, rect, k)
    metrics = QFontMetricsF(font, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(item.colour))
    step = metrics.height() * item.line_spacing
    block = metrics.height() + step * (len(lines) - 1)
    top = rect.top()
    if item.valign == "bottom":
        top = rect.bottom() - block
    elif item.valign == "middle":
        top = rect.top() + (rect.height() - block) / 2
    for i, line in enumerate(lines):
        width = metrics.horizontalAdvance(line)
        x = rect.left()
        if item.align == "center":
            x = rect.left() + (rect.width() - width) / 2
        elif item.align == "right":
            x = rect.right() - width
        painter.drawText(QPointF(x, top + i * step + metrics.ascent()), line)


def _draw_qr(painter: QPainter, item: QrItem, rect: QRectF) -> None:
    painter.fillRect(rect, QColor(PAPER))
    matrix = item.matrix
    module = rect.width() / matrix.size_with_quiet_zone()
    left, top = rect.left() + QUIET_ZONE * module, rect.top() + QUIET_ZONE * module
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, row in enumerate(matrix.rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            path.addRect(QRectF(left + start * module, top + y * module, (x - start) * module, module))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(path, QColor("#000000"))
    painter.restore()


def _draw_photo(painter: QPainter, item: PhotoItem, rect: QRectF) -> None:
    image = QImage.fromData(item.data)
    if image.isNull():
        return
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    painter.save()
    if item.round:
        clip = QPainterPath()
        clip.addEllipse(rect)
        painter.setClipPath(clip)
    painter.drawImage(rect, square)
    painter.restore()


def paint_card(painter: QPainter, layout: CardLayout, origin: QPointF, px_per_mm: float) -> None:
    """Draw the card with its top-left corner at ``origin`` (device pixels), ``px_per_mm`` pixels per millimetre."""
    mapper = _Mapper(origin, px_per_mm)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    card = mapper.rect(Box(0, 0, layout.size.width_mm, layout.size.height_mm))
    painter.setClipRect(card)
    painter.fillRect(card, QColor(PAPER))
    for item in layout.items:
        rect = mapper.rect(item.box)
        if isinstance(item, FillItem):
            painter.fillRect(rect, QColor(item.colour))
        elif isinstance(item, TextItem):
            _draw_text(painter, item, layout.font, rect, px_per_mm)
        elif isinstance(item, QrItem):
            _draw_qr(painter, item, rect)
        elif isinstance(item, PhotoItem):
            _draw_photo(painter, item, rect)
    painter.restore()


def paint_sheet(painter: QPainter, sheet: SheetLayout, layout: CardLayout, px_per_mm: float) -> None:
    """A full page: every card of the sheet, then the cut marks in the margins."""
    for box in sheet.cards:
        paint_card(painter, layout, QPointF(box.x * px_per_mm, box.y * px_per_mm), px_per_mm)
    painter.save()
    pen = QPen(QColor("#000000"))
    pen.setWidthF(CUT_MARK_MM * px_per_mm)
    painter.setPen(pen)
    for mark in sheet.marks:
        painter.drawLine(
            QPointF(mark.x1 * px_per_mm, mark.y1 * px_per_mm), QPointF(mark.x2 * px_per_mm, mark.y2 * px_per_mm)
        )
    painter.restore()


def render_card_image(layout: CardLayout, dpi: float = 300.0) -> QImage:
    """The card as an image at ``dpi`` (tests decode its QR code; the designer copies it)."""
    k = dpi / 25.4
    image = QImage(round(layout.size.width_mm * k), round(layout.size.height_mm * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(k * 1000))
    image.setDotsPerMeterY(round(k * 1000))
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    paint_card(painter, layout, QPointF(0, 0), k)
    painter.end()
    return image

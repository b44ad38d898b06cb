"""A printed sheet of business cards: how many fit on A4 or US Letter, where each goes, and the cut marks.

Cards touch each other (one cut between two cards instead of two), in a grid centred on the page, at most ten
(2 × 5), leaving at least ``MIN_MARGIN_MM`` for the printer's unprintable edge and the cut marks. Cut marks are
short lines in the margin that extend every cutting line of the grid, never drawn over a card.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.cards.designs import Box, CardSize
from app.errors import RapportError

MIN_MARGIN_MM = 10.0
MARK_GAP_MM = 1.5
MARK_LENGTH_MM = 5.0
MAX_COLUMNS, MAX_ROWS = 2, 5


@dataclass(frozen=True)
class PageSize:
    key: str
    label: str
    width_mm: float
    height_mm: float


PAGE_SIZES = {
    "a4": PageSize("a4", "A4", 210.0, 297.0),
    "letter": PageSize("letter", "US Letter", 215.9, 279.4),
}


@dataclass(frozen=True)
class CutMark:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class SheetLayout:
    page: PageSize
    card: CardSize
    columns: int
    rows: int
    cards: tuple[Box, ...]
    marks: tuple[CutMark, ...]

    @property
    def count(self) -> int:
        return len(self.cards)


class SheetTooSmallError(RapportError, ValueError):
    """Not even one card fits on the page with the margins."""


def sheet_layout(page: PageSize, card: CardSize) -> SheetLayout:
    """The grid of ``card`` on ``page`` (portrait), centred, with cut marks in the margins."""
    usable_w = page.width_mm - 2 * MIN_MARGIN_MM
    usable_h = page.height_mm - 2 * MIN_MARGIN_MM
    columns = min(MAX_COLUMNS, int(usable_w // card.width_mm))
    rows = min(MAX_ROWS, int(usable_h // card.height_mm))
    if columns < 1 or rows < 1:
        raise SheetTooSmallError(f"a {card.label} card does not fit on {page.label} with margins")
    grid_w, grid_h = columns * card.width_mm, rows * card.height_mm
    x0, y0 = (page.width_mm - grid_w) / 2, (page.height_mm - grid_h) / 2
    cards = tuple(
        Box(x0 + c * card.width_mm, y0 + r * card.height_mm, card.width_mm, card.height_mm)
        for r in range(rows)
        for c in range(columns)
    )
    length = min(MARK_LENGTH_MM, min(x0, y0) - MARK_GAP_MM - 2.0)
    marks: list[CutMark] = []
    for c in range(columns + 1):
        x = x0 + c * card.width_mm
        marks.append(CutMark(x, y0 - MARK_GAP_MM - length, x, y0 - MARK_GAP_MM))
        marks.append(CutMark(x, y0 + grid_h + MARK_GAP_MM, x, y0 + grid_h + MARK_GAP_MM + length))
    for r in range(rows + 1):
        y = y0 + r * card.height_mm
        marks.append(CutMark(x0 - MARK_GAP_MM - length, y, x0 - MARK_GAP_MM, y))
        marks.append(CutMark(x0 + grid_w + MARK_GAP_MM, y, x0 + grid_w + MARK_GAP_MM + length, y))
    return SheetLayout(page, card, columns, rows, cards, tuple(marks))

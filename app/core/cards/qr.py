"""QR codes as plain module matrices (segno), drawn by whoever needs them: Qt on a card, Pillow in tests.

A matrix instead of a picture keeps the QR code vector-sharp in a PDF at any size, and keeps Qt out of core.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno

from app.errors import RapportError

QUIET_ZONE = 4  # modules of white around the symbol that scanners need (ISO/IEC 18004)


@dataclass(frozen=True)
class QrMatrix:
    """Dark (True) and light modules, row by row, without the quiet zone; ``version`` 1–40."""

    rows: tuple[tuple[bool, ...], ...]
    version: int
    error: str

    @property
    def size(self) -> int:
        return len(self.rows)

    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE


class QrTooLargeError(RapportError, ValueError):
    """The text does not fit in a QR code small enough for a business card."""


def make_qr(text: str, *, max_version: int = 15) -> QrMatrix:
    """The QR code for ``text`` in the smallest symbol (error level L), with a stronger level when it costs no size.

    The smallest symbol gives the largest modules at a fixed printed size, which is what a phone camera needs
    from a 2 cm code on a card; a printed card is rarely damaged enough to need more correction.

    Raises :class:`QrTooLargeError` beyond ``max_version`` (77 modules: too dense to scan at business-card size).
    """
    try:
        qr = segno.make_qr(text, error="l", boost_error=True, encoding="utf-8")
    except segno.DataOverflowError as exc:
        raise QrTooLargeError("too much text for a QR code") from exc
    if qr.version > max_version:
        raise QrTooLargeError(f"needs QR version {qr.version}; at most {max_version} scans well on a card")
    rows = tuple(tuple(bool(module) for module in row) for row in qr.matrix_iter(border=0))
    return QrMatrix(rows=rows, version=qr.version, error=qr.error)

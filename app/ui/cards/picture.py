"""Turning a card picture file into the image we keep and read: upright, at most 1600 px, JPEG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from app.core.cards.images import ImageRejected, read_card_picture
from app.core.cards.scan import CardImage
from app.ui.i18n import tr

MAX_SIDE_PX = 1600  # enough for recognition (the engines work below 2000 px) and a sharp look later
JPEG_QUALITY = 85


def load_card_picture(path: Path | str) -> tuple[QImage, CardImage]:
    """Read, turn upright (EXIF orientation), scale down and re-encode the picture; raises ImageRejected."""
    picture = read_card_picture(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise ImageRejected(path, tr("the picture could not be decoded ({reason})").format(reason=reader.errorString()))
    if max(image.width(), image.height()) > MAX_SIDE_PX:
        image = image.scaled(
            MAX_SIDE_PX, MAX_SIDE_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    out = QBuffer(data)
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "JPEG", JPEG_QUALITY)
    out.close()
    return image, CardImage(bytes(data.data()), "image/jpeg", image.width(), image.height(), picture.name)

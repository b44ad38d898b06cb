"""A contact's photo, or their initials on a soft accent circle when there is none. Click to change or remove."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

MAX_PHOTO_PX = 256


def photo_bytes(path: str) -> bytes | None:
    """A small JPEG of the image at ``path`` (at most 256 px a side), or None when it is not a readable image."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_PHOTO_PX:
        image = image.scaled(
            MAX_PHOTO_PX, MAX_PHOTO_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


def initials(name: str) -> str:
    words = [w for w in (name or "").replace("(", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


class Avatar(QWidget):
    """Round photo or initials. ``photo_chosen(bytes|None)`` when the user picks or removes a photo."""

    photo_chosen = Signal(object)

    def __init__(self, size: int = 64, parent=None):
        super().__init__(parent)
        self._size = size
        self._name = ""
        self._pixmap: QPixmap | None = None
        self.editable = True
        self.setFixedSize(size, size)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Photo: click to choose or remove"))
        self.setAccessibleName(self.tr("Photo"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_contact(self, name: str, photo: bytes | None) -> None:
        self._name = name
        self._pixmap = None
        if photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(photo):
                self._pixmap = pixmap
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        path = QPainterPath()
        path.addEllipse(rect)
        if self._pixmap is not None:
            painter.setClipPath(path)
            scaled = self._pixmap.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawPixmap((self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2, scaled)
            return
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPath(path)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(self._size * 0.36))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(self._name))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.editable:
            self.show_menu()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.editable:
            self.show_menu()
            return
        super().keyPressEvent(event)

    def show_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Choose photo…"), self.choose)
        remove = menu.addAction(self.tr("Remove photo"), lambda: self.photo_chosen.emit(None))
        remove.setEnabled(self._pixmap is not None)
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
        )
        if not path:
            return
        data = photo_bytes(path)
        if data is None:
            QMessageBox.warning(
                self, self.tr("Photo"), self.tr("{path} is not an image Rapport can read.").format(path=path)
            )
            return
        self.photo_chosen.emit(data)

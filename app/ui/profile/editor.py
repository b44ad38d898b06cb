"""The "My profile" form: a QWidget so that the Preferences dialog can host it as a tab; ProfileDialog wraps it.

Saving goes through app.core.profile (validation shared with contacts) as one undoable step on Edit → Undo.
Each refused field shows its reason right under it.

Only the fields changed in the form are written, onto the profile as stored when saving; while the form is open, a
field not edited yet follows a change made elsewhere (a JSON import from the command line): nothing written
meanwhile is reverted by Save (issue 19).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.cards.designs import initials
from app.core.changes import Changes
from app.core.profile import (
    ProfileData,
    ProfileValidationError,
    load_profile,
    save_profile_changes,
    validate_profile,
)
from app.ui.context import AppContext
from app.ui.contrast import status_colour
from app.ui.undo import ContextCommand
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import heading

ERROR_COLOUR = QColor("#c0392b")
PHOTO_PX = 400
FIELDS = (
    # name, label, placeholder, tooltip
    (
        "name",
        QT_TRANSLATE_NOOP("ProfileEditor", "Name"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. Sam Rivera"),
        QT_TRANSLATE_NOOP("ProfileEditor", "Your name as you introduce yourself"),
    ),
    (
        "headline",
        QT_TRANSLATE_NOOP("ProfileEditor", "Headline"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. Operations manager · warehouses that ship on time"),
        QT_TRANSLATE_NOOP("ProfileEditor", "One line saying what you do; it goes under your name on your card"),
    ),
    (
        "target_role",
        QT_TRANSLATE_NOOP("ProfileEditor", "Looking for"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. an operations manager role at a logistics company"),
        QT_TRANSLATE_NOOP(
            "ProfileEditor", "What you are looking for, in words a neighbour understands (used in your emails)"
        ),
    ),
    (
        "email",
        QT_TRANSLATE_NOOP("ProfileEditor", "Email"),
        "you@example.com",
        QT_TRANSLATE_NOOP("ProfileEditor", "The address people should write to"),
    ),
    (
        "phone",
        QT_TRANSLATE_NOOP("ProfileEditor", "Phone"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. (202) 555-0147"),
        QT_TRANSLATE_NOOP("ProfileEditor", "As you would write it for people to dial"),
    ),
    (
        "linkedin_url",
        "LinkedIn",
        "linkedin.com/in/your-name",
        QT_TRANSLATE_NOOP("ProfileEditor", "Your LinkedIn profile address"),
    ),
    (
        "website",
        QT_TRANSLATE_NOOP("ProfileEditor", "Website"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. yourname.com"),
        QT_TRANSLATE_NOOP("ProfileEditor", "A personal site or portfolio, if you have one"),
    ),
    (
        "city",
        QT_TRANSLATE_NOOP("ProfileEditor", "City"),
        QT_TRANSLATE_NOOP("ProfileEditor", "e.g. Springfield"),
        QT_TRANSLATE_NOOP("ProfileEditor", "Where you live or want to work"),
    ),
)


def square_photo(image: QImage, size: int = PHOTO_PX) -> bytes:
    """The centre square of ``image``, ``size`` pixels wide, as JPEG bytes (small enough to keep in the database)."""
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    scaled = square.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
    buffer.close()
    return bytes(data.data())


def round_pixmap(
    data: bytes | None, size: int, placeholder: QColor, text: str = "", ink: QColor | None = None
) -> QPixmap:
    """The photo in a circle, or ``text`` (initials) on a ``placeholder`` disc when there is no photo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        painter.fillPath(path, placeholder)
        if text:
            font = painter.font()
            font.setPixelSize(int(size * 0.36))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(ink or QColor("#ffffff"))
            painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    else:
        painter.setClipPath(path)
        painter.drawImage(QRectF(0, 0, size, size), image)
    painter.end()
    return pixmap


class SaveProfileCommand(ContextCommand):
    """Edit → Undo puts the previous profile back; redo stores the new one again."""

    def __init__(self, ctx: AppContext, before: ProfileData, after: ProfileData):
        super().__init__(ctx, "Edit My Profile")
        self.before, self.after = before, after

    def redo(self) -> None:
        save_profile_changes(self.before, self.after, clock=self.ctx.clock)
        self.ctx.publish(Changes.of("settings"))

    def undo(self) -> None:
        save_profile_changes(self.after, self.before, clock=self.ctx.clock)
        self.ctx.publish(Changes.of("settings"))


class ProfileEditor(QWidget):
    """Name, headline, what I'm looking for, email, phone, LinkedIn, website, city and photo."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("profileEditor")
        self.setAccessibleName(self.tr("My profile"))
        self.stored = load_profile()
        self.photo: bytes | None = self.stored.photo
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        intro = QLabel(
            self.tr(
                "This is you: it goes on your business card, under your emails and into your monthly update. "
                "It stays on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("profileIntro")

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, label, placeholder, tip in FIELDS:
            edit = QLineEdit(getattr(self.stored, name))
            edit.setCursorPosition(0)
            edit.setObjectName(f"profile_{name}")
            edit.setAccessibleName(self.tr(label))
            edit.setPlaceholderText(self.tr(placeholder))
            edit.setToolTip(self.tr(tip))
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(lambda _text, n=name: self._clear_error(n))
            self.edits[name] = edit
            error = QLabel()
            error.setObjectName(f"profileError_{name}")
            error.setWordWrap(True)
            palette = error.palette()
            palette.setColor(QPalette.ColorRole.WindowText, status_colour(ERROR_COLOUR))
            error.setPalette(palette)
            error.hide()
            self.errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(self.tr(label), column)
            if name == "target_role":
                section = heading(self.tr("How people reach you"), level=3)
                section.setContentsMargins(0, 8, 0, 0)
                form.addRow(section)

        self.photo_label = QLabel()
        self.photo_label.setObjectName("profilePhoto")
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_label.setFixedSize(QSize(96, 96))
        self.photo_button = QPushButton(self.tr("Choose Photo…"))
        self.photo_button.setObjectName("profileChoosePhoto")
        self.photo_button.setToolTip(self.tr("A friendly head-and-shoulders picture (JPEG or PNG)"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove"))
        self.remove_photo_button.setObjectName("profileRemovePhoto")
        self.remove_photo_button.setToolTip(self.tr("Remove your photo"))
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        self.errors["photo"] = QLabel()
        self.errors["photo"].setWordWrap(True)
        self.errors["photo"].hide()
        photo_column = QVBoxLayout()
        photo_column.setSpacing(8)
        photo_column.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_column.addWidget(self.photo_button)
        photo_column.addWidget(self.remove_photo_button)
        photo_column.addWidget(self.errors["photo"])
        photo_column.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(form, 1)
        body.addLayout(photo_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(body)
        self.edits["name"].textChanged.connect(self._show_photo)
        self._show_photo()
        ctx.bus.external_change.connect(self.follow_stored)
        ctx.bus.settings_changed.connect(self.follow_stored)

    def follow_stored(self) -> None:
        """The profile may have changed elsewhere: fields not edited here show the stored value (the edited ones
        keep the typing, and Save writes only those)."""
        if not self.window().isVisible():
            return  # a closed dialog: it reads the profile again when it opens
        current = load_profile()
        for name, edit in self.edits.items():
            stored, was = getattr(current, name), getattr(self.stored, name)
            if stored != was and edit.text() == was:
                edit.setText(stored)
                edit.setCursorPosition(0)
                setattr(self.stored, name, stored)
        if current.photo != self.stored.photo and self.photo == self.stored.photo:
            self.stored.photo = self.photo = current.photo
            self._show_photo()

    # --- photo ---------------------------------------------------------------------------------------------------
    def _show_photo(self) -> None:
        palette = self.palette()
        name = self.edits["name"].text() if "name" in self.edits else ""
        self.photo_label.setPixmap(
            round_pixmap(
                self.photo,
                96,
                palette.color(QPalette.ColorRole.Mid),
                initials(name),
                palette.color(QPalette.ColorRole.Base),
            )
        )
        self.remove_photo_button.setEnabled(self.photo is not None)

    def set_photo(self, data: bytes | None) -> None:
        self.photo = data
        self._clear_error("photo")
        self._show_photo()

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose your photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> bool:
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self._show_error(
                "photo",
                self.tr("{file} is not a picture Rapport can read ({reason})").format(
                    file=path.rsplit("/", 1)[-1], reason=reader.errorString()
                ),
            )
            return False
        self.set_photo(square_photo(image))
        return True

    # --- editing ---------------------------------------------------------------------------------------------------
    def data(self) -> ProfileData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return ProfileData(**values, photo=self.photo)

    def is_modified(self) -> bool:
        return self.data() != self.stored

    def _show_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.show()
        if name in self.edits:
            self.edits[name].setFocus()

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()

    def save(self) -> bool:
        """Validate and store (one undoable step); show each refused field's reason and return False if any."""
        for name in self.errors:
            self._clear_error(name)
        data = self.data()
        try:
            clean = validate_profile(data)
        except ProfileValidationError as exc:
            for problem in reversed(exc.problems):
                self._show_error(problem.field if problem.field in self.errors else "name", problem.message)
            return False
        if clean != self.stored:
            before, after = dataclasses.replace(self.stored), dataclasses.replace(clean)
            self.ctx.undo_stack.push(SaveProfileCommand(self.ctx, before, after))
        self.stored = clean
        for name, edit in self.edits.items():
            edit.setText(getattr(clean, name))
        self.saved.emit()
        return True


class ProfileDialog(QDialog):
    """Edit → My Profile…: the editor with Save and Cancel."""

    def __init__(self, ctx: AppContext, parent=None, *, first_run: bool = False):
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setAccessibleName(self.tr("My profile"))
        self.setWindowTitle(self.tr("Tell Rapport about you") if first_run else self.tr("My Profile"))
        self.editor = ProfileEditor(ctx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("profileSave")
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(16)
        if first_run:
            layout.addWidget(heading(self.tr("Tell Rapport about you"), level=2))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(720, 0)
        self.editor.edits["name"].setFocus()

    def _save(self) -> None:
        if self.editor.save():
            self.accept()

    def reject(self) -> None:
        if self.editor.is_modified() and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes to your profile?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

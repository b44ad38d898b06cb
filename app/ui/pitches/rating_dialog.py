"""After a run: how did it feel? A 1–5 self-rating and a note, then Save (default) or Discard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

RATING_WORDS = {1: "Rough", 2: "Shaky", 3: "OK", 4: "Good", 5: "Natural"}


class RatingDialog(QDialog):
    """``rating()`` is None until a button is chosen; ``notes()`` is the note as typed."""

    def __init__(self, summary: str, parent: QWidget | None = None, *, extra: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rehearsalRatingDialog")
        self.setWindowTitle(self.tr("How did it go?"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        headline = QLabel(summary)
        headline.setObjectName("ratingSummary")
        headline.setWordWrap(True)
        font = QFont(headline.font())
        font.setBold(True)
        headline.setFont(font)
        layout.addWidget(headline)
        layout.addWidget(QLabel(self.tr("How natural did it feel?")))
        row = QHBoxLayout()
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value, word in RATING_WORDS.items():
            button = QPushButton(f"{value}\n{self.tr(word)}")
            button.setObjectName(f"rating{value}")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter saves the run (the default button), even with the focus here
            button.setMinimumSize(72, 48)
            button.setToolTip(self.tr("Rate this run {n} of 5 (key {n})").format(n=value))
            button.setShortcut(str(value))
            self.group.addButton(button, value)
            row.addWidget(button)
        layout.addLayout(row)
        self.note = QPlainTextEdit()
        self.note.setObjectName("ratingNotes")
        self.note.setPlaceholderText(self.tr("A note for next time (optional): e.g. “slow down at the numbers”"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        layout.addWidget(self.note)
        if extra is not None:
            layout.addWidget(extra)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save run"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("ratingSave")
        save.setDefault(True)
        discard = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole)
        discard.setObjectName("ratingDiscard")
        discard.setToolTip(self.tr("Forget this run (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def rating(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None

    def notes(self) -> str:
        return self.note.toPlainText()

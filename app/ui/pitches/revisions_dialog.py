"""Browse a pitch's earlier versions, see what changed against the current text, and restore one."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import Clock
from app.core.pitches import service as pitches
from app.core.pitches.timing import word_count
from app.ui.contrast import status_colour
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import clock_time, date_and_time, relative_day

BODY_ROLE = Qt.ItemDataRole.UserRole + 1


REMOVED, ADDED = "#b91c1c", "#15803d"  # status colours: words struck out, words added


def diff_html(old: str, new: str) -> str:
    """``new`` as HTML, words added since ``old`` underlined and words removed struck through."""
    a, b = old.split(), new.split()
    out: list[str] = []
    removed, added = status_colour(REMOVED).name(), status_colour(ADDED).name()  # readable in high contrast
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(f"<s style='color:{removed}'>{html.escape(' '.join(a[i1:i2]))}</s>")
        if op in ("insert", "replace"):
            out.append(f"<u style='color:{added}'>{html.escape(' '.join(b[j1:j2]))}</u>")
    return " ".join(out)


class RevisionsDialog(QDialog):
    """Lists revisions newest first; the preview shows the version with changes *to reach* the current text."""

    def __init__(self, pitch_id: int, current: str, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchRevisionsDialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(820, 520)
        self._current = current
        self._chosen: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.list.setAccessibleDescription(self.tr("Earlier versions of the pitch, newest first, with their length"))
        self.list.setFixedWidth(240)
        today = clock.today()
        for revision in pitches.revisions(pitch_id):
            when = revision.saved_at
            words = self.tr("%n word(s)", "", word_count(revision.body))
            label = f"{relative_day(when.date(), today)}, {clock_time(when)}\n{words}"
            item = QListWidgetItem(label)
            item.setToolTip(date_and_time(when))
            item.setData(BODY_ROLE, revision.body)
            self.list.addItem(item)
        self.preview = QTextBrowser()
        self.preview.setObjectName("revisionPreview")
        self.preview.setAccessibleName(self.tr("The chosen version"))
        self.preview.setAccessibleDescription(
            self.tr("The text of the version chosen in the list, compared with the current text")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No earlier versions yet. Versions are kept as you write (one per pause of five minutes or "
                "more), and Ctrl+S keeps one on demand."
            )
        )
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        self.restore = buttons.addButton(self.tr("Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore.setObjectName("revisionRestore")
        self.restore.setToolTip(self.tr("Replace the text with this version (undo with Ctrl+Z)"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.restore.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        body = item.data(BODY_ROLE)
        if body == self._current:
            self.note.setText(self.tr("Same as the current text."))
            self.preview.setPlainText(body)
        else:
            self.note.setText(
                self.tr(
                    "Restoring this version removes the <s>struck</s> words and brings back the <u>underlined</u> ones."
                )
            )
            self.preview.setHtml(diff_html(self._current, body))

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._chosen = item.data(BODY_ROLE)
            self.accept()

    def chosen_body(self) -> str | None:
        return self._chosen

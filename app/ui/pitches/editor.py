"""The pitch editor (objectName ``pitchEditor``): plain text with the plain-words issues underlined.

Underline styles (legend in the analysis panel): buzzwords and acronyms wavy, long words dotted, fillers dashed and
dimmed, long sentences shaded. Hovering an underlined word explains it.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from app.core.pitches.plain_words import Issue, IssueKind
from app.ui.contrast import StatusColours

ISSUE_COLOURS = StatusColours(
    {
        IssueKind.JARGON: QColor("#c2410c"),
        IssueKind.ACRONYM: QColor("#c2410c"),
        IssueKind.LONG_WORD: QColor("#2563eb"),
        IssueKind.FILLER: QColor("#7c3aed"),
        IssueKind.LONG_SENTENCE: QColor("#2563eb"),
    }
)  # readable in high contrast (app.ui.contrast)


def issue_format(kind: IssueKind, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = ISSUE_COLOURS[kind]
    if kind in (IssueKind.JARGON, IssueKind.ACRONYM):
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colour)
    elif kind == IssueKind.LONG_WORD:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colour)
    elif kind == IssueKind.FILLER:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
        fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    else:
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlpha(45)
        fmt.setBackground(shade)
    return fmt


class IssueHighlighter(QSyntaxHighlighter):
    """Paints the issues of the last analysis; offsets are absolute positions in the document."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor.document())
        self._editor = editor
        self._issues: list[Issue] = []

    def set_issues(self, issues: list[Issue]) -> None:
        self._issues = sorted(issues, key=lambda i: (i.kind != IssueKind.LONG_SENTENCE, i.start))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        palette = self._editor.palette()
        for issue in self._issues:
            start, end = max(issue.start, block_start), min(issue.end, block_end)
            if start >= end:
                continue
            fmt = issue_format(issue.kind, palette)
            if issue.kind != IssueKind.LONG_SENTENCE:
                # Keep a sentence shade underneath the word's own underline.
                merged = QTextCharFormat(self.format(start - block_start))
                merged.merge(fmt)
                fmt = merged
            self.setFormat(start - block_start, end - start, fmt)


class PitchEditor(QPlainTextEdit):
    """Plain text, a comfortable reading size, tooltips explaining underlined words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchEditor")
        self.setAccessibleName(self.tr("Pitch text"))
        self.setAccessibleDescription(
            self.tr("What you say about yourself in thirty seconds; hard words and long sentences are underlined")
        )
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.35))
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.highlighter = IssueHighlighter(self)
        self._issues: list[Issue] = []
        self._starts: list[int] = []

    def set_issues(self, issues: list[Issue]) -> None:
        self._issues = sorted(issues, key=lambda i: i.start)
        self._starts = [i.start for i in self._issues]
        # Re-highlighting marks the document dirty, which QPlainTextEdit reports as textChanged: not a user edit.
        blocked = self.blockSignals(True)
        try:
            self.highlighter.set_issues(issues)
        finally:
            self.blockSignals(blocked)

    def issues_at(self, position: int) -> list[Issue]:
        """Issues covering the character at ``position`` (word issues first)."""
        last = bisect.bisect_right(self._starts, position)
        found = [i for i in self._issues[:last] if i.start <= position < i.end]
        return sorted(found, key=lambda i: i.kind == IssueKind.LONG_SENTENCE)

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        length = len(self.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            found = self.issues_at(cursor.position())
            if found:
                QToolTip.showText(event.globalPos(), "\n".join(i.message for i in found), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

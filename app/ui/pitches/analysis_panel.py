"""The plain-words panel next to the editor: the neighbour verdict, reading ease and each issue, clickable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.pitches.plain_words import AIM_READING_EASE, Analysis, IssueKind, Verdict
from app.core.pitches.timing import Light
from app.ui.contrast import StatusColours
from app.ui.pitches.editor import ISSUE_COLOURS
from app.ui.pitches.light import LIGHT_COLOURS

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1

# Marked for lupdate (which cannot read ``self.tr(title)``), translated where shown.
_SECTIONS = (
    (IssueKind.JARGON, QT_TRANSLATE_NOOP("AnalysisPanel", "Buzzwords")),
    (IssueKind.ACRONYM, QT_TRANSLATE_NOOP("AnalysisPanel", "Acronyms")),
    (IssueKind.LONG_SENTENCE, QT_TRANSLATE_NOOP("AnalysisPanel", "Long sentences")),
    (IssueKind.LONG_WORD, QT_TRANSLATE_NOOP("AnalysisPanel", "Long words")),
    (IssueKind.FILLER, QT_TRANSLATE_NOOP("AnalysisPanel", "Filler words")),
)
_VERDICT_COLOURS = StatusColours(
    {
        Verdict.YES: LIGHT_COLOURS[Light.GREEN],
        Verdict.ALMOST: LIGHT_COLOURS[Light.YELLOW],
        Verdict.NOT_YET: LIGHT_COLOURS[Light.RED],
    }
)


def _swatch(kind: IssueKind) -> QIcon:
    """A little sample of how the editor marks this kind of issue."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = QColor(ISSUE_COLOURS[kind])
    if kind == IssueKind.LONG_SENTENCE:
        colour.setAlpha(90)
        painter.fillRect(1, 3, 14, 10, colour)
    else:
        style = {
            IssueKind.LONG_WORD: Qt.PenStyle.DotLine,
            IssueKind.FILLER: Qt.PenStyle.DashLine,
        }.get(kind, Qt.PenStyle.SolidLine)
        painter.setPen(QPen(colour, 2, style))
        painter.drawLine(1, 12, 15, 12)
        if kind in (IssueKind.JARGON, IssueKind.ACRONYM):
            painter.drawLine(1, 9, 15, 9)
    painter.end()
    return QIcon(pixmap)


def _dot(colour: QColor) -> str:
    return f'<span style="color:{colour.name()}">●</span>'


class AnalysisPanel(QWidget):
    """Shows an :class:`Analysis`; ``issue_activated(start, end)`` when the user picks an issue."""

    issue_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchAnalysis")
        self.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        self.question = QLabel(self.tr("Would your neighbour understand it?"))
        font = QFont(self.question.font())
        font.setBold(True)
        self.question.setFont(font)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.verdict = QLabel()
        self.verdict.setObjectName("pitchVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.verdict)
        self.reading_ease = QLabel()
        self.reading_ease.setObjectName("pitchReadingEase")
        self.reading_ease.setWordWrap(True)
        self.reading_ease.setToolTip(
            self.tr(
                "Flesch reading ease: 0–100, higher is easier. Short words and short sentences raise it.\n"
                "Aim for {aim} or more: plain English that a listener follows the first time."
            ).format(aim=AIM_READING_EASE)
        )
        layout.addWidget(self.reading_ease)
        self.tree = QTreeWidget()
        self.tree.setObjectName("pitchIssues")
        self.tree.setAccessibleName(self.tr("Plain-words issues"))
        self.tree.setAccessibleDescription(
            self.tr("Words and sentences a listener may stumble on; Enter selects the place in the text")
        )
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.tips = QLabel(
            self.tr(
                "<b>A pitch that works</b><ul style='margin-left:-20px'>"
                "<li>Thirty seconds or less: about 75 words.</li>"
                "<li>Who you are and what you do, in words a neighbour uses.</li>"
                "<li>One example with a number: “cut late deliveries by a third”.</li>"
                "<li>What you are looking for next, and where.</li>"
                "<li>End with an ask: “Who do you know who…?”</li>"
                "<li>Upbeat, in your own voice — never bitter about the last job.</li></ul>"
            )
        )
        self.tips.setObjectName("pitchTips")
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        self.tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tips.hide()
        layout.addWidget(self.tips, 1)

    def _headline(self, analysis: Analysis) -> str:
        """The verdict in the user's language (the core words it in English)."""
        if analysis.verdict == Verdict.EMPTY:
            return self.tr("Write your pitch to see whether a neighbour would understand it.")
        if analysis.verdict == Verdict.YES:
            return self.tr("Yes — a neighbour would follow this.")
        if analysis.verdict == Verdict.ALMOST:  # one or two things, in words
            return (
                self.tr("Almost — one thing to fix.")
                if len(analysis.reasons) == 1
                else self.tr("Almost — two things to fix.")
            )
        return self.tr("Not yet — a neighbour would get lost.")

    def _reason(self, key: str, number: float) -> str:
        """One reason of the verdict in the user's language, with its count's plural form."""
        n = int(number)
        if key == "reading_ease":
            return self.tr("Reading ease {score} is below {aim}: use shorter words and sentences.").format(
                score=f"{number:.0f}", aim=AIM_READING_EASE
            )
        words = {
            "jargon": lambda: self.tr("Swap %n buzzword(s) for everyday words.", "", n),
            "acronym": lambda: self.tr("Spell out %n acronym(s).", "", n),
            "long_sentence": lambda: self.tr("Split %n long sentence(s).", "", n),
            "long_word": lambda: self.tr("Shorten some of the %n long word(s).", "", n),
            "filler": lambda: self.tr("Cut %n filler word(s).", "", n),
            "ask": lambda: self.tr("End with a question or an ask, such as “Who do you know at…?”"),
        }
        return words[key]() if key in words else key

    def _band(self, analysis: Analysis) -> str:
        """Where the score sits, in the user's language (the core names it in English); a pitch in another language
        than English is in "plain language" at 60–70, not "plain English"."""
        band = analysis.band
        if band is None:
            return ""
        words = {
            "very easy": lambda: self.tr("very easy"),
            "easy": lambda: self.tr("easy"),
            "fairly easy": lambda: self.tr("fairly easy"),
            "plain English": lambda: (
                self.tr("plain English") if analysis.language == "en" else self.tr("plain language")
            ),
            "fairly hard": lambda: self.tr("fairly hard"),
            "hard": lambda: self.tr("hard"),
            "very hard": lambda: self.tr("very hard"),
        }
        return words[band.label]() if band.label in words else band.label

    def show_analysis(self, analysis: Analysis) -> None:
        empty = analysis.verdict == Verdict.EMPTY
        self.tree.setVisible(not empty)
        self.tips.setVisible(empty)
        if empty:
            self.verdict.setText(self._headline(analysis))
            self.reading_ease.setText("")
        else:
            colour = _VERDICT_COLOURS[analysis.verdict]
            reasons = "".join(f"<li>{self._reason(key, number)}</li>" for key, number in analysis.reason_keys)
            self.verdict.setText(
                f"{_dot(colour)} <b>{self._headline(analysis)}</b>"
                + (f"<ul style='margin-left:-20px'>{reasons}</ul>" if reasons else "")
            )
            shown = max(0, min(100, round(analysis.reading_ease or 0)))
            self.reading_ease.setText(
                self.tr("Reading ease <b>{score}</b> — {band} (aim for {aim}+)").format(
                    score=shown, band=self._band(analysis), aim=AIM_READING_EASE
                )
            )
        self.tree.clear()
        for kind, title in _SECTIONS:
            found = analysis.of_kind(kind)
            if not found:
                continue
            header = QTreeWidgetItem([self.tr("{title} ({n})").format(title=self.tr(title), n=len(found))])
            header.setIcon(0, _swatch(kind))
            font = QFont(header.font(0))
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(header)
            for issue in found:
                label = issue.text if kind != IssueKind.LONG_SENTENCE else _shorten(issue.text)
                text = f"{label} → {issue.hint}" if issue.hint else label
                child = QTreeWidgetItem([text])
                child.setToolTip(0, issue.message)
                child.setData(0, SPAN_ROLE, (issue.start, issue.end))
                header.addChild(child)
            header.setExpanded(True)
        if self.tree.topLevelItemCount() == 0 and analysis.verdict != Verdict.EMPTY:
            item = QTreeWidgetItem([self.tr("No buzzwords, acronyms, long sentences or fillers.")])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        span = item.data(0, SPAN_ROLE)
        if span:
            self.issue_activated.emit(int(span[0]), int(span[1]))


def _shorten(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")

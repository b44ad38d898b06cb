"""The Write tab: the editor, the plain-words panel beside it, and the live count / estimate / timing bar below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.core.pitches import languages, plain_words
from app.core.pitches.timing import estimated_seconds, word_count
from app.ui.i18n import current_language
from app.ui.pitches.analysis_panel import AnalysisPanel
from app.ui.pitches.editor import PitchEditor
from app.ui.pitches.timing_bar import TimingBar

# Analysing a pitch takes about 1 ms; past this length, wait for a pause in typing instead.
SYNC_ANALYSIS_CHARS = 4000


class WriteTab(QWidget):
    """Shows a text's numbers and issues; the page decides when (``update_counts`` / ``analyse``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchWriteTab")
        self.editor = PitchEditor()
        self.editor.setPlaceholderText(
            self.tr(
                "Who you are, what you do best (one example with a number), what you are looking for — "
                "then ask: “Who do you know who…?” Plain words, about 75 for 30 seconds."
            )
        )
        self.analysis = AnalysisPanel()
        self.analysis.issue_activated.connect(self.editor.select_span)

        self.word_count = QLabel()
        self.word_count.setObjectName("pitchWordCount")
        self.estimate = QLabel()
        self.estimate.setObjectName("pitchEstimate")
        self.timing_bar = TimingBar()
        self.target_label = QLabel()
        self.target_label.setObjectName("pitchTargetLabel")
        stats = QHBoxLayout()
        stats.setSpacing(8)
        stats.addWidget(self.word_count)
        stats.addWidget(QLabel("·"))
        stats.addWidget(self.estimate)
        stats.addSpacing(8)
        stats.addWidget(self.timing_bar, 1)
        stats.addWidget(self.target_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("pitchSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.analysis)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(splitter, 1)
        layout.addLayout(stats)

    def update_counts(self, wpm: int, target: int) -> None:
        """Word count, estimated seconds at ``wpm`` and the bar against ``target`` seconds."""
        words = word_count(self.editor.toPlainText())
        seconds = estimated_seconds(words, wpm)
        self.word_count.setText(self.tr("%Ln word(s)", "", words))
        self.estimate.setText(self.tr("≈ {s} s at {wpm} wpm").format(s=round(seconds), wpm=wpm))
        self.timing_bar.set_values(seconds, target)
        over = seconds - target
        self.target_label.setText(
            self.tr("of {t} s — {o} s over").format(t=target, o=round(over))
            if over >= 0.5
            else self.tr("of {t} s").format(t=target)
        )

    def analyse(self) -> None:
        """The plain-words check in the pitch's language: the one its words are in when that is clear (a pitch in
        English for a job abroad gets English hints in a German interface), else the interface's language."""
        text = self.editor.toPlainText()
        analysis = plain_words.analyse(text, languages.detect(text, default=current_language()))
        self.editor.set_issues(list(analysis.issues))
        self.analysis.show_analysis(analysis)

    def analyse_now_is_cheap(self) -> bool:
        return len(self.editor.toPlainText()) < SYNC_ANALYSIS_CHARS

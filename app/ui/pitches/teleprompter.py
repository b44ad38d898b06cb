"""Teleprompter: the pitch in large type, full screen, scrolling at the chosen pace.

The scroll position is computed from the monotonic clock (words said = elapsed × wpm / 60), not from counted
frames, and changing the pace mid-run keeps the current word in place. Keys: Space pause/resume, ↑/↓ (or +/−)
change the pace by 5 wpm, ←/→ jump back/forward a few words, Home restart, Esc leave.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QLinearGradient, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QWidget

from app.core.clock import Clock
from app.core.pitches.timing import MAX_WPM, MIN_WPM, WORD_PATTERN, Light, Thresholds, format_elapsed
from app.ui.pitches.light import LIGHT_COLOURS

FRAME_MS = 16
WPM_STEP = 5
JUMP_WORDS = 5


class PromptClock:
    """Words read so far on a monotonic clock, with pause and live pace changes (Qt-free logic)."""

    def __init__(self, clock: Clock, wpm: float):
        self.clock = clock
        self.wpm = float(wpm)
        self._base_words = 0.0
        self._base_time = clock.monotonic()
        self._elapsed_base = 0.0
        self.paused = True

    def words(self) -> float:
        if self.paused:
            return self._base_words
        return self._base_words + (self.clock.monotonic() - self._base_time) * self.wpm / 60.0

    def elapsed(self) -> float:
        if self.paused:
            return self._elapsed_base
        return self._elapsed_base + self.clock.monotonic() - self._base_time

    def _rebase(self) -> None:
        now = self.clock.monotonic()
        self._base_words = self.words()
        self._elapsed_base = self.elapsed()
        self._base_time = now

    def set_wpm(self, wpm: float) -> None:
        self._rebase()
        self.wpm = max(MIN_WPM, min(MAX_WPM, float(wpm)))

    def toggle(self) -> None:
        self._rebase()
        self.paused = not self.paused

    def jump(self, words: float) -> None:
        self._rebase()
        self._base_words = max(0.0, self._base_words + words)

    def restart(self) -> None:
        self._base_words, self._elapsed_base = 0.0, 0.0
        self._base_time = self.clock.monotonic()


class Teleprompter(QWidget):
    closed = Signal()

    def __init__(self, text: str, wpm: int, clock: Clock, thresholds: Thresholds, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("teleprompter")
        self.setAccessibleName(self.tr("Teleprompter"))
        self.setWindowTitle(self.tr("Teleprompter"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.thresholds = thresholds
        self.prompt = PromptClock(clock, wpm)
        self._text = text
        self._spans = [(m.start(), m.end()) for m in WORD_PATTERN.finditer(text)]
        self._doc = QTextDocument(self)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self._doc.setDefaultTextOption(option)
        self._doc.setDocumentMargin(0)
        self._doc.setPlainText(text)
        self._line_of_word: list[tuple[float, float, int, int]] = []  # top, height, first word, last word
        self._word_line: list[int] = []
        self._layout_width = -1
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.update)

    # --- opening and closing --------------------------------------------------------------------------------------
    def show_full_screen(self) -> None:
        screen = self.parentWidget().screen() if self.parentWidget() else self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())  # also right where no window manager handles full screen
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self._frame.start()

    def closeEvent(self, event) -> None:
        self._frame.stop()
        self.closed.emit()
        super().closeEvent(event)

    # --- keys ---------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Space:
            self.prompt.toggle()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.prompt.set_wpm(self.prompt.wpm + WPM_STEP)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.prompt.set_wpm(self.prompt.wpm - WPM_STEP)
        elif key == Qt.Key.Key_Left:
            self.prompt.jump(-JUMP_WORDS)
        elif key == Qt.Key.Key_Right:
            self.prompt.jump(JUMP_WORDS)
        elif key == Qt.Key.Key_Home:
            self.prompt.restart()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    # --- layout ------------------------------------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(28, int(min(self.height() / 13, self.width() / 24))))
        return font

    def _relayout(self) -> None:
        width = int(self.width() * 0.8)
        if width == self._layout_width:
            return
        self._layout_width = width
        self._doc.setDefaultFont(self._font())
        self._doc.setTextWidth(width)
        self._doc.documentLayout().documentSize()  # force layout
        lines: list[tuple[float, float, int, int]] = []
        self._word_line = []
        block = self._doc.begin()
        word = 0
        while block.isValid():
            layout = block.layout()
            top = self._doc.documentLayout().blockBoundingRect(block).top()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                start = block.position() + line.textStart()
                end = start + line.textLength()
                first = word
                while word < len(self._spans) and self._spans[word][0] < end:
                    self._word_line.append(len(lines))
                    word += 1
                lines.append((top + line.y(), line.height(), first, word - 1))
            block = block.next()
        self._line_of_word = lines

    def scroll_offset(self, words: float) -> float:
        """Document y that belongs at the reading guide after ``words`` words (smooth within a line)."""
        if not self._word_line:
            return 0.0
        index = min(int(words), len(self._word_line) - 1)
        top, height, first, last = self._line_of_word[self._word_line[index]]
        through = (min(words, len(self._word_line)) - first) / max(1, last - first + 1)
        return top + height * max(0.0, min(1.0, through))

    def resizeEvent(self, event) -> None:
        self._layout_width = -1
        super().resizeEvent(event)

    # --- painting ----------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self._relayout()
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        foreground = palette.color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), background)
        guide = self.height() / 3
        words = self.prompt.words()
        left = (self.width() - self._layout_width) / 2
        painter.save()
        painter.translate(QPointF(left, guide - self.scroll_offset(words)))
        self._doc.drawContents(painter)
        painter.restore()
        line_height = self._line_of_word[0][1] if self._line_of_word else 40
        # Dim what has been read: fade the area above the current line into the background.
        top_clear = max(0.0, guide - line_height)
        fade = QLinearGradient(0, 0, 0, top_clear)
        faded = QColor(background)
        faded.setAlpha(235)
        clear = QColor(background)
        clear.setAlpha(120)
        fade.setColorAt(0.0, faded)
        fade.setColorAt(1.0, clear)
        painter.fillRect(QRectF(0, 0, self.width(), top_clear), fade)
        # Reading guide: small arrows at both edges.
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        mid = guide  # the current line is centred here half-way through it
        for x, direction in ((left - 40, 1), (left + self._layout_width + 40, -1)):
            painter.drawPolygon([QPointF(x, mid - 12), QPointF(x + 18 * direction, mid), QPointF(x, mid + 12)])
        self._paint_status(painter, foreground, words)
        painter.end()

    def _paint_status(self, painter: QPainter, foreground: QColor, words: float) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(14, self.height() // 45))
        painter.setFont(font)
        elapsed = self.prompt.elapsed()
        light = self.thresholds.light_at(elapsed)
        done = words >= len(self._spans)
        state = self.tr("the end") if done else (self.tr("paused — Space to go") if self.prompt.paused else "")
        text = self.tr("{wpm:.0f} wpm   {time}   {state}").format(
            wpm=self.prompt.wpm, time=format_elapsed(elapsed), state=state
        )
        keys = self.tr("Space pause · ↑ ↓ pace · ← → jump · Home restart · Esc leave")
        height = painter.fontMetrics().height()
        y = self.height() - height * 2 - 16
        band = self.palette().color(QPalette.ColorRole.Window)
        painter.fillRect(QRectF(0, y - 12, self.width(), self.height() - y + 12), band)
        dot = LIGHT_COLOURS.get(light)
        x = 24.0
        if dot is not None and light != Light.NONE:
            painter.setBrush(dot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(x, y + 2, height - 4, height - 4))
        x += height + 4
        painter.setPen(foreground)
        painter.drawText(QPointF(x, y + painter.fontMetrics().ascent()), text)
        quiet = QColor(foreground)
        quiet.setAlpha(150)
        painter.setPen(quiet)
        painter.drawText(QPointF(24, y + height + 6 + painter.fontMetrics().ascent()), keys)

"""The bar under the pitch studio, present in both modes so ``rehearsalStart`` is always the same visible button.

Writing: ▶ Rehearse · Teleprompter · Revisions… · Print card…
Rehearsing: ■ Stop / ▶ Start (Space) · Back to writing · 3-2-1 countdown · Record · Teleprompter
The secondary buttons sit in a tool bar, which folds what does not fit into its » menu on narrow windows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchActionBar")
        self.start_button = QPushButton()
        self.start_button.setObjectName("rehearsalStart")
        # No accessible name of its own: its text ("Rehearse", "Stop (Space)") is what a screen reader says.
        self.start_button.setMinimumWidth(140)
        self.start_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not take Space from the view
        self.countdown = QCheckBox(self.tr("3-2-1 countdown"))
        self.countdown.setObjectName("rehearsalCountdown")
        self.countdown.setToolTip(self.tr("Count down from 3 before the timer starts"))
        self.countdown.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.record = QToolButton()
        self.record.setObjectName("rehearsalRecord")
        self.record.setText(self.tr("Record"))
        self.record.setCheckable(True)
        self.record.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.record.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.record.setEnabled(False)
        self.record.setToolTip(self.tr("Record the run from your microphone to listen back"))
        self.teleprompter_button = QPushButton(self.tr("Teleprompter"))
        self.teleprompter_button.setObjectName("teleprompterOpen")
        self.revisions_button = QPushButton(self.tr("Revisions…"))
        self.revisions_button.setObjectName("pitchRevisions")
        self.card_button = QPushButton(self.tr("Print card…"))
        self.card_button.setObjectName("pitchCard")
        self.leave_button = QPushButton(self.tr("Back to writing"))
        self.leave_button.setObjectName("rehearsalLeave")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.setToolTip(self.tr("Leave rehearsal mode (Esc)"))

        self.tools = QToolBar()
        self.tools.setObjectName("pitchTools")
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tools.setFloatable(False)
        self.tools.setMovable(False)
        self._slots = {}
        for widget in (self.leave_button, self.countdown, self.record):
            self._slots[widget] = self.tools.addWidget(widget)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.tools.addWidget(spacer)
        for widget in (self.teleprompter_button, self.revisions_button, self.card_button):
            self._slots[widget] = self.tools.addWidget(widget)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.start_button)
        layout.addWidget(self.tools, 1)

    def show_mode(self, *, rehearsing: bool, active: bool, can_start: bool, can_record: bool) -> None:
        if not rehearsing:
            self.start_button.setText(self.tr("▶  Rehearse"))
            self.start_button.setToolTip(self.tr("Rehearse this pitch with the timer and lights (Ctrl+R)"))
        elif active:
            self.start_button.setText(self.tr("■  Stop  (Space)"))
            self.start_button.setToolTip(self.tr("Stop the timer and rate the run (Space)"))
        else:
            self.start_button.setText(self.tr("▶  Start  (Space)"))
            self.start_button.setToolTip(self.tr("Start the timer (Space)"))
        self.start_button.setEnabled(rehearsing or can_start)
        for widget in (self.countdown, self.record, self.leave_button):
            self._slots[widget].setVisible(rehearsing)
        for widget in (self.revisions_button, self.card_button):
            self._slots[widget].setVisible(not rehearsing)
        self.countdown.setEnabled(not active)
        if can_record:
            self.record.setEnabled(not active)

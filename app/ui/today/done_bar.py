"""Today's bar after "done" (``doneBar``): what was done, and the next step — log the interaction, open the script,
or undo. The page fills it and wires its buttons (:meth:`app.ui.today.page.TodayPage._offer_next_step`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.ui.icons import ui_icon


class DoneBar(QFrame):
    """After "done": what was done, and the next step — log the interaction, open the script, or undo."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("doneBar")
        self.setAccessibleName(self.tr("Done"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.icon.setPixmap(ui_icon("check").pixmap(18, 18))
        self.label = QLabel()
        self.label.setObjectName("doneBarText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_button = QPushButton()
        self.log_button.setObjectName("doneBarLog")
        self.script_button = QPushButton(self.tr("Open script"))
        self.script_button.setObjectName("doneBarScript")
        self.script_button.setIcon(ui_icon("script"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("doneBarUndo")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        for widget in (self.log_button, self.script_button, self.undo_button, self.close_button):
            layout.addWidget(widget)

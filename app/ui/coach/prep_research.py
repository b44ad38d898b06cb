"""The meeting prep window's research panel: the notes (``prepResearch``, saved as you type — undoable) and the
questions to ask (``prepQuestions``: tick them off, add your own, Delete removes one of yours).

Typing is saved after a pause and at least every :data:`MAX_WAIT_MS` while it goes on (issue 19); consecutive saves
merge into one undo step (:class:`~app.ui.coach.commands.SaveResearch`). An undo or redo from the main window, or
another window's save, shows here through the research bus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QWidget

from app.core.contacts import research
from app.ui.coach.commands import SaveResearch, research_bus
from app.ui.coach.labels import quieten
from app.ui.coach.prep_panels import column, section, wrapping
from app.ui.context import AppContext
from app.ui.icons import ui_icon

SAVE_DELAY_MS = 700
MAX_WAIT_MS = 1500  # steady typing is saved at least this often too (issue 19: a kill lost it all)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
WORDS = {"who": "Who", "what": "What", "why": "Why", "where": "Where", "when": "When", "mine": "Mine"}


class ResearchPanel(QWidget):
    """Research notes and questions of one contact; ``name`` gives the contact's name for the undo step."""

    def __init__(self, ctx: AppContext, contact_id: int, name: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self._name = name
        self._research = research.Research()
        self._filling = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_research)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_research)
        self._build()
        research_bus(ctx).changed.connect(self._research_changed)

    def _build(self) -> None:
        layout = column(self)
        layout.addWidget(section(self.tr("Research notes")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("prepResearch")
        self.notes.setAccessibleName(self.tr("Research notes"))
        self.notes.setAccessibleDescription(
            self.tr("What you found out about this person before meeting them; saved as you type")
        )
        self.notes.setPlaceholderText(
            self.tr(
                "What you found out before meeting them: their company's news, their role, a talk they gave, "
                "people you both know…"
            )
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        self.notes.setMaximumHeight(180)
        self.notes.textChanged.connect(self._notes_edited)
        layout.addWidget(self.notes)

        layout.addWidget(section(self.tr("Questions to ask")))
        hint = quieten(
            wrapping(self.tr("Asking good questions is a gift in itself: who, what, why, where, when. Tick them off."))
        )
        layout.addWidget(hint)
        self.questions = QListWidget()
        self.questions.setObjectName("prepQuestions")
        self.questions.setAccessibleName(self.tr("Questions to ask"))
        self.questions.setAccessibleDescription(
            self.tr("Tick each question once you have asked it; Delete removes one of your own")
        )
        self.questions.setWordWrap(True)
        self.questions.setUniformItemSizes(False)
        self.questions.setSpacing(2)
        self.questions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.itemChanged.connect(self._question_ticked)
        self.questions.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.questions)
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        self.new_question = QLineEdit()
        self.new_question.setObjectName("prepNewQuestion")
        self.new_question.setAccessibleName(self.tr("Your own question"))
        self.new_question.setPlaceholderText(self.tr("Add a question of your own"))
        self.new_question.setMaxLength(research.MAX_QUESTION)
        self.new_question.returnPressed.connect(self.add_question)
        add = QPushButton(ui_icon("add"), self.tr("Add"))
        add.clicked.connect(self.add_question)
        add.setAccessibleDescription(self.tr("Add the question typed beside it to the list"))
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)

        self.delete_question_action = QAction(self.tr("Remove this question"), self.questions)
        self.delete_question_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_question_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_question_action.setToolTip(self.tr("Remove one of your own questions"))
        self.delete_question_action.triggered.connect(self.remove_question)
        self.questions.addAction(self.delete_question_action)

    # --- showing ---------------------------------------------------------------------------------------------------
    def show_stored(self, notes: research.Research) -> None:
        """What a reload read, unless typing is under way (a pending save, or the notes have the focus)."""
        if not self._save_timer.isActive() and not self.notes.hasFocus():
            self._set_research(notes)

    def _set_research(self, notes: research.Research) -> None:
        self._research = notes
        self._filling = True
        if self.notes.toPlainText() != notes.notes:
            self.notes.setPlainText(notes.notes)
        self._fill_questions()
        self._filling = False

    def _fill_questions(self) -> None:
        self._filling = True
        self.questions.clear()
        for q in research.questions(self.contact_id, self._research):
            item = QListWidgetItem(q.text)
            item.setData(KEY_ROLE, q.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if q.asked else Qt.CheckState.Unchecked)
            item.setToolTip(
                self.tr("Your own question (Delete removes it)")
                if q.word == "mine"
                else self.tr("A “{word}” question").format(word=self.tr(WORDS[q.word]).lower())
            )
            self.questions.addItem(item)
        self.fit_questions()
        self._filling = False

    def fit_questions(self) -> None:
        """The list is as tall as its rows (the window scrolls, not the list)."""
        self.questions.doItemsLayout()
        rows = self.questions.count()
        height = sum(self.questions.sizeHintForRow(r) for r in range(rows))
        height += 2 * self.questions.frameWidth() + 2 * self.questions.spacing() * rows + 6
        self.questions.setFixedHeight(max(height, 48))

    def current_questions(self) -> list[research.Question]:
        """The questions as shown (for the printed sheet)."""
        return research.questions(self.contact_id, self._research)

    # --- editing ---------------------------------------------------------------------------------------------------
    def _notes_edited(self) -> None:
        if not self._filling:
            self._save_timer.start()
            if not self._max_wait.isActive():
                self._max_wait.start()

    def _question_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(KEY_ROLE)
        asked = set(self._research.asked)
        if item.checkState() == Qt.CheckState.Checked:
            asked.add(key)
        else:
            asked.discard(key)
        self._research = research.Research(self._research.notes, frozenset(asked), self._research.custom)
        self.save_research()

    def add_question(self) -> None:
        text = " ".join(self.new_question.text().split())
        if not text or text in self._research.custom or len(self._research.custom) >= research.MAX_CUSTOM:
            return
        self._research = research.Research(self._research.notes, self._research.asked, (*self._research.custom, text))
        self.new_question.clear()
        self.save_research()
        self._fill_questions()

    def remove_question(self) -> None:
        item = self.questions.currentItem()
        key = item.data(KEY_ROLE) if item is not None else ""
        if not key or not key.startswith("custom:"):
            return
        text = key.removeprefix("custom:")
        self._research = research.Research(
            self._research.notes,
            self._research.asked - {key},
            tuple(c for c in self._research.custom if c != text),
        )
        self.save_research()
        self._fill_questions()

    def save_research(self) -> None:
        """Store the notes and questions now (pushes one undoable step per editing session)."""
        self._save_timer.stop()
        self._max_wait.stop()
        after = research.Research(self.notes.toPlainText(), self._research.asked, self._research.custom)
        before = research.load(self.contact_id)
        if after == before:
            return
        self._research = after
        self.ctx.undo_stack.push(SaveResearch(self.ctx, self.contact_id, before, after, self._name()))

    def _research_changed(self, contact_id: int) -> None:
        if contact_id != self.contact_id:
            return
        stored = research.load(contact_id)
        if stored != research.Research(self.notes.toPlainText(), self._research.asked, self._research.custom):
            self._set_research(stored)  # an undo or redo from the main window

    def disconnect_bus(self) -> None:
        """Stop following the research bus (the window closes; the bus outlives it)."""
        research_bus(self.ctx).changed.disconnect(self._research_changed)

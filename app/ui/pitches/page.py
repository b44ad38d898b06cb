"""Pitches page: the elevator pitches and how their rehearsals went."""

from __future__ import annotations

from peewee import JOIN, fn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout

from app.models import Pitch, Rehearsal
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading


class PitchesPage(Page):
    """The list of pitches with each one's text, length and rehearsal count."""

    title = "Pitches"
    icon_name = "pitches"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("pitchesPage")
        self.setAccessibleName("Pitches")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Pitches")))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("pitchList")
        self.list.setFixedWidth(240)
        self.list.currentItemChanged.connect(self._show)
        row.addWidget(self.list)
        right = QVBoxLayout()
        self.info = QLabel()
        self.info.setObjectName("pitchInfo")
        right.addWidget(self.info)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        right.addWidget(self.body, 1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        ctx.bus.pitches_changed.connect(self.mark_dirty)

    def refresh(self) -> None:
        runs = fn.COUNT(Rehearsal.id)
        query = (
            Pitch.select(Pitch, runs.alias("runs"))
            .join(Rehearsal, join_type=JOIN.LEFT_OUTER)
            .group_by(Pitch.id)
            .order_by(Pitch.position, Pitch.id)
        )
        self.list.clear()
        for pitch in query:
            item = QListWidgetItem(f"{pitch.title}  ·  {pitch.target_seconds} s")
            item.setData(Qt.ItemDataRole.UserRole, (pitch.body, pitch.wpm, pitch.runs))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.info.setText(self.tr("No pitch yet: a 30-second introduction in plain words is the place to start."))
            self.body.clear()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        body, wpm, runs = item.data(Qt.ItemDataRole.UserRole)
        words = len(body.split())
        seconds = words * 60 / wpm if wpm else 0
        self.info.setText(
            self.tr("{w} words · about {s:.0f} s at {wpm} words a minute · rehearsed {r} times").format(
                w=words, s=seconds, wpm=wpm, r=runs
            )
        )
        self.body.setPlainText(body)

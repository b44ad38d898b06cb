"""Contacts page: the people in the network, circle by circle."""

from __future__ import annotations

from peewee import JOIN, fn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.models import Circle, Contact, ContactCircle
from app.ui.widgets.page import Page
from app.ui.widgets.text import heading


class ContactsPage(Page):
    """How many people are in the network and how they spread over the circles."""

    title = "Contacts"
    icon_name = "contacts"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("contactsPage")
        self.setAccessibleName("Contacts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Contacts")))
        self.summary = QLabel()
        self.summary.setObjectName("contactsSummary")
        layout.addWidget(self.summary)
        self.circles = QTableWidget(0, 2)
        self.circles.setObjectName("circleTable")
        self.circles.setHorizontalHeaderLabels([self.tr("Circle"), self.tr("People")])
        self.circles.verticalHeader().setVisible(False)
        self.circles.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.circles.horizontalHeader().setStretchLastSection(False)
        self.circles.setColumnWidth(0, 320)
        layout.addWidget(self.circles, 1)
        ctx.bus.contacts_changed.connect(self.mark_dirty)

    def refresh(self) -> None:
        live = Contact.select().where(Contact.deleted_at.is_null())
        total = live.count()
        self.summary.setText(
            self.tr("{n} people in your network.").format(n=f"{total:,}")
            if total
            else self.tr("No contacts yet. Import your address book or add the people you know, circle by circle.")
        )
        members = fn.COUNT(Contact.id)
        rows = (
            Circle.select(Circle.name, members.alias("n"))
            .join(ContactCircle, JOIN.LEFT_OUTER)
            .join(
                Contact,
                JOIN.LEFT_OUTER,
                on=((ContactCircle.contact == Contact.id) & Contact.deleted_at.is_null()),
            )
            .group_by(Circle.id)
            .order_by(Circle.position, Circle.name)
            .tuples()
        )
        rows = list(rows)
        self.circles.setRowCount(len(rows))
        for r, (name, count) in enumerate(rows):
            self.circles.setItem(r, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.circles.setItem(r, 1, number)

"""Target companies: the list of companies to work for, who I know at each, and who I sent the list to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts import targets
from app.ui.contacts import commands
from app.ui.contacts.presentation import STAGE_LABELS, STATUS_COLOURS
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.modal import run_modal
from app.ui.widgets.text import full_date, heading, number, relative_day

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tree(headers: list[str], name: str, spoken: str, description: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(spoken)
    tree.setAccessibleDescription(description)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setStretchLastSection(False)
    return tree


class TargetCompaniesDialog(QDialog):
    """Tick the companies you want to work for; see who can open a door there and who has your list."""

    open_contact = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Target companies"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Companies you want to work for"), level=2))
        intro = QLabel(
            self.tr(
                "Tick a company to put it on your list. At the end of a coffee, offer to send the list and ask "
                "for suggestions — then log it as “Sent something”."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter()
        layout.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("targetName")
        self.new_name.setPlaceholderText(self.tr("Add a target company (Enter)"))
        self.new_name.setAccessibleName(self.tr("New target company"))
        self.new_name.returnPressed.connect(self._add)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setAccessibleName(self.tr("Filter target companies"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.filter, 1)
        left_layout.addLayout(add_row)
        self.companies = _tree(
            [self.tr("Company"), self.tr("People")],
            "targetCompanies",
            self.tr("Target companies"),
            self.tr("Your companies and how many people you know at each; tick the ones you would love to work for"),
        )
        self.companies.setColumnWidth(1, 70)
        self.companies.itemChanged.connect(self._toggled)
        self.companies.currentItemChanged.connect(self._show_company)
        left_layout.addWidget(self.companies, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.company_title = heading("", level=3)
        right_layout.addWidget(self.company_title)
        self.people = _tree(
            [self.tr("Who you know there"), self.tr("Stage"), self.tr("Has your list")],
            "targetPeople",
            self.tr("Who you know there"),
            self.tr("Your contacts at the chosen company, their stage and whether they have your list"),
        )
        self.people.setColumnWidth(1, 80)
        self.people.setColumnWidth(2, 110)
        self.people.itemDoubleClicked.connect(lambda item, _c: self._open(item))
        right_layout.addWidget(self.people, 2)
        buttons = QHBoxLayout()
        self.sent_button = QPushButton(ui_icon("kind-sent"), self.tr("Log: sent them the list…"))
        self.sent_button.setObjectName("logSentList")
        self.sent_button.setAccessibleDescription(self.tr("Record that you sent your target list to the chosen person"))
        self.sent_button.clicked.connect(self._log_sent)
        self.open_button = QPushButton(self.tr("Show contact"))
        self.open_button.setAccessibleDescription(self.tr("Closes this window and opens the chosen person's details"))
        self.open_button.clicked.connect(lambda: self._open(self.people.currentItem()))
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(heading(self.tr("Who has your list"), level=3))
        self.recipients = _tree(
            [self.tr("Person"), self.tr("Sent"), self.tr("What")],
            "listRecipients",
            self.tr("Who has your list"),
            self.tr("The people you sent your list to, when and what; double-click one to open their details"),
        )
        self.recipients.setColumnWidth(1, 90)
        self.recipients.setColumnWidth(2, 200)
        self.recipients.itemDoubleClicked.connect(lambda item, _c: self._open(item))
        right_layout.addWidget(self.recipients, 1)
        splitter.addWidget(right)
        splitter.setSizes([380, 580])
        self._filling = False
        self.people.currentItemChanged.connect(self._update_buttons)
        ctx.bus.contacts_changed.connect(self.reload)
        ctx.bus.interactions_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.companies.currentItem().data(0, ID_ROLE) if self.companies.currentItem() else None
        self._filling = True
        self.companies.clear()
        for info in targets.companies():
            item = QTreeWidgetItem([info.name, number(info.contacts) if info.contacts else ""])
            item.setData(0, ID_ROLE, info.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if info.is_target else Qt.CheckState.Unchecked)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.is_target:
                item.setIcon(0, ui_icon("star-filled", STATUS_COLOURS["yellow"]))
            self.companies.addTopLevelItem(item)
            if info.id == current:
                self.companies.setCurrentItem(item)
        self._filling = False
        self._apply_filter(self.filter.text())
        if self.companies.currentItem() is None and self.companies.topLevelItemCount():
            self.companies.setCurrentItem(self.companies.topLevelItem(0))
        self._fill_recipients()

    def _apply_filter(self, text: str) -> None:
        text = text.strip().lower()
        for i in range(self.companies.topLevelItemCount()):
            item = self.companies.topLevelItem(i)
            item.setHidden(bool(text) and text not in item.text(0).lower())

    def _fill_recipients(self) -> None:
        self.recipients.clear()
        today = self.ctx.clock.today()
        for r in targets.list_recipients():
            item = QTreeWidgetItem(
                [f"{r.name} — {r.company}" if r.company else r.name, relative_day(r.sent_at.date(), today), r.summary]
            )
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(1, full_date(r.sent_at.date()))
            self.recipients.addTopLevelItem(item)
        if not self.recipients.topLevelItemCount():
            item = QTreeWidgetItem([self.tr("Nobody yet. Log a “Sent something” interaction when you send your list.")])
            item.setDisabled(True)
            self.recipients.addTopLevelItem(item)

    def _show_company(self, item, _previous=None) -> None:
        self.people.clear()
        if item is None:
            self.company_title.setText("")
            return
        self.company_title.setText(item.text(0))
        today = self.ctx.clock.today()
        for person in targets.contacts_at(item.data(0, ID_ROLE)):
            name = f"{person.name} — {person.title}" if person.title else person.name
            sent = relative_day(person.sent_at.date(), today) if person.sent_at else self.tr("not yet")
            row = QTreeWidgetItem([name, self.tr(STAGE_LABELS.get(person.stage, person.stage)), sent])
            row.setData(0, ID_ROLE, person.id)
            self.people.addTopLevelItem(row)
        if not self.people.topLevelItemCount():
            row = QTreeWidgetItem([self.tr("Nobody you know works here yet. Ask your contacts who does.")])
            row.setDisabled(True)
            self.people.addTopLevelItem(row)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.people.currentItem()
        has = item is not None and item.data(0, ID_ROLE) is not None
        self.sent_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        on = item.checkState(0) == Qt.CheckState.Checked
        self.ctx.undo_stack.push(commands.SetTarget(self.ctx, item.data(0, ID_ROLE), on, item.text(0)))

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        try:
            company_id, was_target = targets.company_named(name)
        except ValueError:
            return
        if not was_target:  # one undoable step, so Ctrl+Z takes it off the list again
            self.ctx.undo_stack.push(commands.SetTarget(self.ctx, company_id, True, name))
        self.new_name.clear()
        self.reload()
        for i in range(self.companies.topLevelItemCount()):
            if self.companies.topLevelItem(i).data(0, ID_ROLE) == company_id:
                self.companies.setCurrentItem(self.companies.topLevelItem(i))

    def _open(self, item) -> None:
        if item is not None and item.data(0, ID_ROLE) is not None:
            self.open_contact.emit(item.data(0, ID_ROLE))
            self.accept()

    def _log_sent(self) -> None:
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        item = self.people.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        dialog = LogInteractionDialog(self.ctx, item.data(0, ID_ROLE), self, kind="sent")
        dialog.summary.setText(self.tr("My target company list"))
        run_modal(dialog)

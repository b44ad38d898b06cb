"""The Referrals tab: who referred this contact (up to the root of the chain) and everyone they referred."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from app.core.contacts import referrals
from app.ui.contacts.history_views import ID_ROLE, _Tab
from app.ui.context import AppContext
from app.ui.icons import ui_icon


class ReferralTab(_Tab):
    """A tree: the chain of referrers from the root down to this contact (bold), then the people they referred."""

    ask_requested = Signal()
    open_contact = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            ctx,
            self.tr(
                "No referrals yet. After each conversation, ask “Who else would you recommend I talk to?” and "
                "add the names with “Ask for referrals…”."
            ),
            parent,
        )
        self.ask_button = QPushButton(ui_icon("person-add"), self.tr("Ask for referrals…"))
        self.ask_button.setObjectName("askReferrals")
        self.ask_button.setToolTip(self.tr("Add the people this contact recommends, referred by them"))
        self.ask_button.clicked.connect(self.ask_requested)
        self.summary = QLabel()
        self.summary.setObjectName("referralSummary")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        self.buttons.addWidget(self.ask_button)
        self.buttons.addStretch(1)
        self.layout_.insertLayout(1, row)
        self.tree = QTreeWidget()
        self.tree.setObjectName("referralTree")
        self.tree.setAccessibleName(self.tr("Referral tree"))
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Company")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setUniformRowHeights(True)
        self.tree.setAnimated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr("Double-click a person to open them"))
        self.tree.itemActivated.connect(self._activated)
        self._set_list(self.tree)

    def show_contact(self, contact_id: int, *, read_only: bool = False) -> int:
        self.contact_id, self.read_only = contact_id, read_only
        self.ask_button.setEnabled(not read_only)
        self.tree.clear()
        tree = referrals.referral_tree(contact_id)
        if tree is None:
            self._show_empty(True)
            return 0
        referred = tree.node.size() - 1
        if not tree.ancestors and not tree.node.children:
            self.summary.setText("")
            self._show_empty(True)
            return 0
        parent = None
        for person in tree.ancestors:
            item = self._item(person, parent)
            item.setToolTip(0, self.tr("Referred {next}").format(next=self.tr("the person below")))
            parent = item
        me = self._item(tree.node.person, parent)
        font = QFont(me.font(0))
        font.setBold(True)
        me.setFont(0, font)
        me.setFont(1, font)
        self._add_children(me, tree.node)
        self.tree.expandAll()
        self.tree.setCurrentItem(me)
        self.tree.scrollToItem(me)
        parts = []
        if tree.ancestors:
            parts.append(self.tr("Referred by {name}").format(name=tree.ancestors[-1].name))
            if len(tree.ancestors) > 1:
                parts.append(self.tr("chain started with {root}").format(root=tree.root.name))
        if referred:
            direct = len(tree.node.children)
            parts.append(
                self.tr("referred {direct} directly, {total} in all").format(direct=direct, total=referred)
                if referred != direct
                else self.tr("referred {n}").format(n=direct)
            )
        text = " · ".join(parts)
        self.summary.setText(text[:1].upper() + text[1:])
        self._show_empty(False)
        return referred

    def _item(self, person: referrals.PersonRef, parent) -> QTreeWidgetItem:
        name = person.name + (self.tr(" (in the trash)") if person.trashed else "")
        item = QTreeWidgetItem([name, person.company])
        item.setData(0, ID_ROLE, person.id)
        item.setIcon(0, ui_icon("contacts"))
        if person.trashed:
            item.setDisabled(True)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _add_children(self, item: QTreeWidgetItem, node: referrals.ReferralNode) -> None:
        for child in node.children:
            child_item = self._item(child.person, item)
            self._add_children(child_item, child)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(0, ID_ROLE)
        if cid is not None and cid != self.contact_id:
            self.open_contact.emit(cid)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tree.currentItem() is not None:
            self._activated(self.tree.currentItem(), 0)
            return
        super().keyPressEvent(event)

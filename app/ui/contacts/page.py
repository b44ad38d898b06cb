"""Contacts page: search-as-you-type list of the network on the left, the selected contact on the right.

The list (``contactList``) is a lazy table model over core queries; the search box (``contactSearch``) re-queries on
every keystroke, coalesced so that a burst of typing runs one query. The detail pane follows the selection after a
short pause, so fast typing never waits for it. Writes go through undo commands; the page listens to the bus and
reloads what changed, keeping the selected contact selected.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts import lookup
from app.core.contacts.list_query import SortKey
from app.ui.actions_catalog import CONTACT_TOOLS
from app.ui.contacts.contacts_table_model import SORT_KEYS, ContactsTableModel
from app.ui.contacts.detail_pane import DetailPane
from app.ui.contacts.filters import FilterBar
from app.ui.contacts.list_view import ContactListView
from app.ui.contacts.page_actions import ContactPageActions
from app.ui.contacts.page_bulk import ContactBulkMenus
from app.ui.contacts.page_search import ContactSearch
from app.ui.contacts.page_trash import ContactTrash
from app.ui.icons import ui_icon
from app.ui.widgets.page import Page
from app.ui.widgets.text import number

log = logging.getLogger(__name__)
DETAIL_DELAY_MS = 200
DETAIL_WIDTH = 490  # the contact pane's default width at least (px)


class ContactsPage(ContactSearch, ContactPageActions, ContactTrash, ContactBulkMenus, Page):
    """The people in the network: find, filter, edit, log, refer, merge, trash."""

    title = "Contacts"
    icon_name = "contacts"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("contactsPage")
        self.setAccessibleName(self.tr("Contacts"))
        self.model = ContactsTableModel(ctx.clock, self)
        self.model.count_later = True  # a search matching many: its rows at once, its number after the paint
        self.model.counted.connect(self._update_summary)
        self._waits_for_counts = False  # the window's closing waits for a count on the worker (see showEvent)
        self._restore_id: int | None = None
        self._only: tuple[frozenset[int], str] | None = None  # show_only(): the contacts behind an Insights number
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_filter)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_selection)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_dirty)
        self._build()
        for signal in (
            ctx.bus.contacts_changed,
            ctx.bus.interactions_changed,
            ctx.bus.followups_changed,
            ctx.bus.settings_changed,
        ):
            signal.connect(self.mark_dirty)

    def mark_dirty(self) -> None:
        """Data changed: refresh once on the next turn of the event loop (one write often emits three signals)."""
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh_now()

    # --- layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setAccessibleDescription(self.tr("Search contacts by name, company, title, notes or email"))
        self.search.setPlaceholderText(self.tr("Search name, company, title, notes, email (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        icon = self.search.addAction(ui_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        icon.setText(self.tr("Search"))  # its button's name for a screen reader
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.installEventFilter(self)
        bar.addWidget(self.search, 1)
        self.trash_button = QToolButton()
        self.trash_button.setObjectName("showTrash")
        self.trash_button.setCheckable(True)
        self.trash_button.setIcon(ui_icon("trash"))
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trash_button.setToolTip(self.tr("Show the contacts in the trash"))
        self.trash_button.setAccessibleName(self.tr("Show trash"))
        self.trash_button.toggled.connect(self._trash_toggled)
        bar.addWidget(self.trash_button)
        self.tools_button = QToolButton()
        self.tools_button.setObjectName("contactTools")
        self.tools_button.setIcon(ui_icon("more"))
        self.tools_button.setToolTip(self.tr("Brainstorm, target companies, duplicates"))
        self.tools_button.setAccessibleName(self.tr("More contact tools"))
        self.tools_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        bar.addWidget(self.tools_button)
        self.new_button = QPushButton(ui_icon("add"), self.tr("New"))
        self.new_button.setObjectName("newContact")
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contact)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        status = QHBoxLayout()
        status.setSpacing(8)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        status.addWidget(self.filters)
        status.addSpacing(8)
        self.summary = QLabel()
        self.summary.setObjectName("contactsSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.linkActivated.connect(self._summary_link)
        status.addWidget(self.summary, 1)
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"))
        self.empty_trash_button.setObjectName("emptyTrash")
        self.empty_trash_button.clicked.connect(self.empty_trash)
        self.empty_trash_button.setVisible(False)
        status.addWidget(self.empty_trash_button)
        layout.addLayout(status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.view = ContactListView(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._detail_timer.start())
        self.view.activated_contact.connect(self._focus_detail)
        self.view.delete_requested.connect(self.trash_selected)
        self.view.type_ahead.connect(self._type_into_search)
        self.view.escape_pressed.connect(self.clear_search)
        self.view.context_menu_requested.connect(self._list_menu)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        left_layout.addWidget(self.view)
        self.empty = QLabel()
        self.empty.setObjectName("contactsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.empty.setVisible(False)
        left_layout.addWidget(self.empty)
        self.detail = DetailPane(self.ctx)
        self.detail.panel_created.connect(self._connect_panel)
        self.detail.multi.action_requested.connect(self._bulk)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._restore_layout()

    def _connect_panel(self, panel) -> None:
        panel.log_requested.connect(lambda: self.log_interaction(self.detail.contact_id))
        panel.ask_referrals_requested.connect(self.ask_referrals)
        panel.open_contact.connect(self.open_contact)
        panel.trash_requested.connect(self.trash_selected)
        panel.restore_requested.connect(self.restore_selected)
        panel.delete_forever_requested.connect(self.delete_forever)
        panel.duplicates_requested.connect(lambda: self.find_duplicates(self.detail.contact_id))
        panel.merge_requested.connect(self.merge_with)
        panel.timeline.edit_requested.connect(self.edit_interaction)
        panel.prep_requested.connect(lambda: self.prepare_meeting(self.detail.contact_id))
        panel.give_requested.connect(lambda action: self.give(self.detail.contact_id, action))

    def register_actions(self, registry) -> None:
        """Handle the Contacts menu's actions (declared in app.ui.actions_catalog; the window calls this when the page
        is built, and triggering one before builds the page first) and fill the "more tools" button from them."""
        for key, handler in (
            ("newContactAction", self.new_contact),
            ("brainstormAction", self.brainstorm),
            ("askReferralsAction", self.ask_referrals),
            ("targetsAction", self.show_targets),
            ("duplicatesAction", lambda: self.find_duplicates()),
            ("exportSelectionAction", self.export_selection),
            ("trashAction", self.trash_selected),
            ("showTrashAction", self.trash_button.toggle),
        ):
            registry.handle(key, handler)
        self.tools_button.setMenu(registry.fill(QMenu(self.tools_button), CONTACT_TOOLS))

    def _restore_layout(self) -> None:
        settings = self.ctx.settings()
        state = settings.value("contacts/splitter")
        self._split_pending = not (isinstance(state, QByteArray) and self.splitter.restoreState(state))
        self.view.restore_columns(settings)

    def save_layout(self) -> None:
        settings = self.ctx.settings()
        settings.setValue("contacts/splitter", self.splitter.saveState())
        self.view.save_columns(settings)

    # --- refresh and filtering ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload after writes (bus) or when shown: same filter, same selection."""
        self.filters.reload_circles()
        current = self.detail.contact_id or self.view.current_id()
        selected = self.view.selected_ids() if len(self.view.selectionModel().selectedRows()) > 1 else []
        self.model.reload_circles()
        self.model.reload()
        self._after_reload(current, selected)
        self.view.fit_columns(measure=True)  # not while searching: the columns hold still as you type
        if self.detail._panel is not None:
            self.detail.panel.editor.refresh_company_names()

    def _after_reload(self, current: int | None, selected: list[int]) -> None:
        self._update_sort_indicator()
        self._update_summary()
        if selected:
            selection = self.view.selectionModel()
            for cid in selected:
                row = self.model.row_of(cid)
                if row is not None:
                    selection.select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            return
        if current is not None and self.view.select_contact(current, scroll=False):
            self.detail.refresh()
            return
        if self.model.rowCount():
            self._select_row(0)
        else:
            self.view.selectionModel().clearSelection()
            self._show_selection()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _update_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        sort = self.model.sort_order
        header.blockSignals(True)
        if sort.key is SortKey.RELEVANCE:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            column = next((c for c, k in SORT_KEYS.items() if k is sort.key), 0)
            header.setSortIndicator(
                column, Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
            )
        header.blockSignals(False)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        current = self.detail.contact_id
        self.model.sort(column, order)
        self._after_reload(current, [])

    def _update_summary(self) -> None:
        if not self.model.is_counted:  # many match; the number follows in a moment (ContactsTableModel.counted)
            self.empty.setVisible(False)
            self.view.setVisible(True)
            return
        flt = self.model.filter
        n = self.model.total
        count = number(n)
        trash = flt.trash
        searching = bool(flt.text.strip())
        narrowed = searching or flt.restrictions()
        if trash:
            text = self.tr(
                "Trash: %Ln contact(s). Select one to restore it; emptying the trash deletes them for good.", "", n
            )
        elif flt.only_ids is not None and not searching and flt.restrictions() == 1:
            text = self.tr("{label}: {n}").format(label=flt.only_label, n=count)
            text += ' · <a href="clear">' + self.tr("Show all") + "</a>"
        elif narrowed:
            text = self.tr("%Ln of your contacts match", "", n)  # English: "1 contact matches"
            if self.model.sort_order.key is SortKey.RELEVANCE:
                text += self.tr(", best match first")
            text += ' · <a href="clear">' + self.tr("Show all") + "</a>"
        else:
            text = self.tr("%Ln contact(s)", "", n)
        self.summary.setText(text)
        self.empty_trash_button.setVisible(trash and n > 0)
        empty = n == 0
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty:
            if trash:
                self.empty.setText(self.tr("The trash is empty. Contacts you delete wait here until you empty it."))
            elif narrowed:
                self.empty.setText(self.tr("No contact matches. Try fewer letters, or clear the filters (Esc)."))
            else:
                self.empty.setText(
                    self.tr(
                        "No contacts yet. Press Ctrl+N to add someone, brainstorm your network circle by circle "
                        "(Ctrl+Shift+B), or import your address book (File → Import)."
                    )
                )

    # --- selection and the detail pane -------------------------------------------------------------------------
    def _show_selection(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) > 1:
            ids = self.view.selected_ids()
            found = lookup.display_names(ids[:8])
            names = [found[i] for i in ids[:8] if i in found]
            self.detail.show_many(len(ids), names, self.model.filter.trash)
            return
        cid = self.view.current_id() if rows else None
        if cid is None:
            if self.model.rowCount() == 0:
                self.detail.set_hint(self.tr("Nothing to show here."))
            else:
                self.detail.set_hint(self.tr("Select a contact to see and edit their details."))
            return
        self.detail.show_contact(cid)

    def _focus_detail(self, contact_id: int) -> None:
        self._detail_timer.stop()
        self.detail.show_contact(contact_id)
        self.detail.panel.tabs.setCurrentIndex(0)
        self.detail.panel.editor.given.setFocus()

    def open_contact(self, contact_id: int) -> None:
        """Show ``contact_id`` (clearing the search if it hides them)."""
        trashed = lookup.is_trashed(contact_id)
        if trashed != self.trash_button.isChecked():
            self.trash_button.setChecked(trashed)
        if not self.view.select_contact(contact_id):
            self.clear_search()
            self.view.select_contact(contact_id)
        self._detail_timer.stop()
        self.detail.show_contact(contact_id)

    def flush_pending_edits(self) -> None:
        """Write any edit still waiting for its pause (the window is closing, or undo is about to run)."""
        self.detail.flush()
        self.save_layout()

    def has_unsaved_edits(self) -> bool:
        """Typing the database has not taken yet (it keeps being retried)."""
        return self.detail.has_pending()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_default_split()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_default_split()
        closed = getattr(self.window(), "closed", None)  # the main window's "closed for good"
        if closed is not None and not self._waits_for_counts:
            self._waits_for_counts = True
            closed.connect(self.model.shutdown)

    def _apply_default_split(self) -> None:
        """The first time the page is shown: 60 % list, 40 % details at the real width, but the details at least
        :data:`DETAIL_WIDTH` (up to half): an address or an e-mail needs that much to show whole."""
        total = self.splitter.width()
        if self._split_pending and self.isVisible() and total > 400:
            self._split_pending = False
            detail = max(round(total * 0.4), min(DETAIL_WIDTH, total // 2))
            self.splitter.setSizes([total - detail, detail])

    def hideEvent(self, event) -> None:
        if self.window().isVisible():
            self.detail.flush()  # switching pages; a closing window has flushed in its closeEvent already
        super().hideEvent(event)

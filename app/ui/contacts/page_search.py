"""The Contacts page's search box and filters: the query for what is typed (coalesced: a burst of keystrokes runs
one query), Ctrl+F, typing in the list, the arrow keys, Enter and Esc in the box, and "show only" the people behind an
Insights number (a part of :class:`app.ui.contacts.page.ContactsPage`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer

from app.core.contacts import list_query as contact_list
from app.core.contacts.list_query import ContactFilter


class ContactSearch:
    """Uses the page's ``search``, ``filters``, ``trash_button``, ``model``, ``view``, ``detail`` and timers."""

    def current_filter(self) -> ContactFilter:
        flt = ContactFilter(text=self.search.text(), trash=self.trash_button.isChecked())
        if self._only is not None and not flt.trash:
            flt = dataclasses.replace(flt, only_ids=self._only[0], only_label=self._only[1])
        return self.filters.apply(flt)

    def show_only(self, ids, label: str) -> None:
        """List just ``ids`` (the people behind a number on the Insights page), named ``label`` above the list;
        "Show all" (or Esc) lists everyone again."""
        self._only = (frozenset(ids), label)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear()  # applies the filter
        if self.trash_button.isChecked():
            self.trash_button.setChecked(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Re-query for the search text and filters (one query per burst of keystrokes).

        This runs on every keystroke, so it does only what the list needs: the query, the reset, the first row
        selected. Restoring a selection that lies past the loaded head (it may load every id) waits for the next
        turn of the event loop, after the list has painted; the detail pane follows after a pause.
        """
        flt = self.current_filter()
        if flt == self.model.filter:
            return
        current = self.detail.contact_id
        self.model.set_filter(flt)
        self._update_sort_indicator()
        self._update_summary()
        if not self.model.rowCount():
            self.view.selectionModel().clearSelection()
            self._detail_timer.start()
            return
        if flt.text.strip() or current is None:
            self._select_row(0)
            return
        row = contact_list.position_of(current, self.model._result.ids)
        if row is not None:
            self._select_row(row)
        else:
            self._select_row(0)
            QTimer.singleShot(0, lambda: self.view.select_contact(current))

    def _summary_link(self, href: str) -> None:
        if href == "clear":
            self.clear_search()

    def clear_search(self) -> None:
        self._only = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear()
        self.apply_filter()

    def _type_into_search(self, text: str) -> None:
        """Typing while the list has the focus searches (as in native address books)."""
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.setText(self.search.text() + text)

    def focus_search(self) -> None:
        """Edit → Find (Ctrl+F): put the cursor in the search box, text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self._select_row(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self._search_timer.stop()
                self.apply_filter()
                cid = self.view.current_id()
                if cid is not None:
                    self._focus_detail(cid)
                return True
            if key == Qt.Key.Key_Escape:
                self.clear_search()
                return True
        return super().eventFilter(watched, event)

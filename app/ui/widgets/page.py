"""Base class of the pages in the main window's stack."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext


class Page(QWidget):
    """A page refreshes itself when shown, and only when its data changed since it last did.

    Subclasses implement :meth:`refresh`; connect bus signals to :meth:`mark_dirty`, never to ``refresh`` itself,
    so hidden pages do no work.
    """

    title = ""
    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        ctx.bus.data_reset.connect(self.mark_dirty)

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._dirty = False
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh_now()

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

"""A contact's opportunities in their pane (``contactOpportunities``; issue 22): "Referred you to: Operations lead at
Northwind (interviewing)" and the others they are part of, each a link to the opportunity — and, in the pane's
More menu, "Referred me to a job…" (a new opportunity with them as the referrer)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.opportunities import queries
from app.ui.i18n import in_sentence
from app.ui.opportunities.presentation import role_text, stage_text, tr

SHOWN = 4


class ContactOpportunities(QLabel):
    """Rich text with one link per opportunity; hidden when the contact has none."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.setObjectName("contactOpportunities")
        self.setAccessibleName(tr("Opportunities"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._open)
        self.setVisible(False)
        ctx.bus.opportunities_changed.connect(self.refresh)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        items = queries.for_contact(self.contact_id) if self.contact_id is not None else []
        if not items:
            self.setText("")
            self.setVisible(False)
            return

        def link(item) -> str:
            stage = escape(in_sentence(stage_text(item.stage)))
            return f'<a href="{item.opportunity_id}">{escape(item.role_text)}</a> ({stage})'

        referred = [i for i in items if i.referred]
        others = [i for i in items if not i.referred]
        lines = []
        if referred:
            shown = ", ".join(link(i) for i in referred[:SHOWN])
            more = tr(" and {n} more").format(n=len(referred) - SHOWN) if len(referred) > SHOWN else ""
            lines.append(tr("Referred you to {jobs}{more}").format(jobs=shown, more=more))
        for item in others[:SHOWN]:
            roles = ", ".join(in_sentence(role_text(r)) for r in item.roles)
            lines.append(tr("{roles} on {job}").format(roles=escape(roles.capitalize()), job=link(item)))
        if len(others) > SHOWN:
            lines.append(tr("… and %Ln more opportunit(y/ies)", "", len(others) - SHOWN))
        self.setText("<br>".join(lines))
        self.setToolTip(tr("Click an opportunity to open it on the Opportunities page"))
        self.setVisible(True)

    def _open(self, href: str) -> None:
        opener = getattr(self.window(), "open_opportunity", None)
        if href.isdigit() and callable(opener):
            opener(int(href))


def new_referred(window, contact_id: int | None) -> None:
    """ "Referred me to a job…": a new opportunity with ``contact_id`` as the person who referred me."""
    if contact_id is None or not hasattr(window, "show_page"):
        return
    page = window.show_page("opportunitiesPage")
    page.new_opportunity(contact_id=contact_id)

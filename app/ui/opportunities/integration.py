"""Wiring the Opportunities page into the main window (kept out of main_window.py, like the coach's).

:func:`install` handles the window-wide New Opportunity… action (Ctrl+Shift+J, in the Contacts menu; declared in
app.ui.actions_catalog), gives the
window ``open_opportunity(id)`` (a contact's pane and the prep sheet link to opportunities through it), connects the
page once it is built (a person opens their contact, Show in Contacts lists the people, Prepare… opens the meeting
prep sheet for the interview), and makes a job-application follow-up without a person (Today, double-click or
Enter) open its opportunity. The page itself is imported only when first shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

PAGE = "opportunitiesPage"
RULE_KINDS = (
    "application_check_in",
    "interview_thank_you",
    "opportunity_update",
    "interview_prep",
    "opportunity_nudge",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


@dataclass
class OpportunityActions:
    new_action: QAction


def install(window) -> OpportunityActions:
    ctx = window.ctx

    def page():
        return window.show_page(PAGE)

    def new_opportunity() -> None:
        page().new_opportunity()

    def open_opportunity(opportunity_id: int) -> None:
        page().select(opportunity_id)

    def show_contacts(ids: list, label: str) -> None:
        contacts = window.show_page("contactsPage")
        show_only = getattr(contacts, "show_only", None)
        if callable(show_only):
            show_only(ids, label)

    def prepare(opportunity_id: int) -> None:
        from app.core.opportunities.prep import prep_contact
        from app.ui.coach.prep_dialog import open_prep

        contact_id = prep_contact(opportunity_id, clock=ctx.clock)
        if contact_id is None:
            QMessageBox.information(
                window,
                tr("Prepare for the interview"),
                tr(
                    "The prep sheet is about the people you will meet. Add them first: the interviewers in the "
                    "interview (double-click it), or the hiring manager or recruiter with Edit…"
                ),
            )
            return
        open_prep(ctx, contact_id, window, opportunity_id=opportunity_id)

    def wire(built) -> None:
        built.contact_requested.connect(window.open_contact)
        built.show_contacts.connect(show_contacts)
        built.prepare_requested.connect(prepare)

    if PAGE in getattr(window, "page_names", ()):
        window.when_page_built(PAGE, wire)

    def wire_insights(insights) -> None:
        jobs = getattr(insights, "job_search", None)
        if jobs is not None:
            jobs.show_opportunities.connect(lambda ids, label: page().show_only(ids, label))

    if "insightsPage" in getattr(window, "page_names", ()):
        window.when_page_built("insightsPage", wire_insights)
    window.open_opportunity = open_opportunity

    window.action_registry.handle("newOpportunityAction", new_opportunity)

    today = window.pages.get("todayPage")
    view = getattr(today, "view", None)
    model = getattr(today, "model", None)
    if view is not None and hasattr(model, "item_at"):

        def activated(index) -> None:
            item = model.item_at(index)
            if item is None or item.contact_id is not None or item.kind not in RULE_KINDS:
                return
            from app.core.opportunities.rules import opportunity_of_followup

            opportunity_id = opportunity_of_followup(item.id)
            if opportunity_id is not None:
                open_opportunity(opportunity_id)

        view.activated.connect(activated)
    return OpportunityActions(window.action_registry.action("newOpportunityAction"))

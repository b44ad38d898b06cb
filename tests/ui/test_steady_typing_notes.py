"""The other notes saved as you type — an opportunity's notes, a meeting's research notes — are saved while the
typing goes on, not only after a pause (issue 19 item 2: a kill lost everything typed without a pause)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from app.core.contacts import research
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities import service
from app.core.opportunities.service import OpportunityData
from app.models import Opportunity
from tests.helpers.qt import find

TEXT = "Ask about the night shifts and who runs the depot tours on Thursdays"


def type_steadily(qtbot, edit, stored) -> list[tuple[float, int, str]]:
    """Type TEXT one key every 60 ms (never a pause); note what was stored after each key."""
    edit.setFocus()
    seen: list[tuple[float, int, str]] = []

    def key():
        count = len(seen)
        if count < len(TEXT):
            qtbot.keyClicks(edit, TEXT[count])
            seen.append((time.monotonic(), count + 1, stored()))

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(60)
    qtbot.waitUntil(lambda: len(seen) >= len(TEXT), timeout=20_000)
    timer.stop()
    return seen


def never_two_seconds_behind(seen) -> None:
    for when, _count, stored in seen:
        behind = [count for moment, count, _s in seen if moment <= when - 2.0]
        if behind:
            assert stored.startswith(TEXT[: behind[-1]].strip()), f"more than 2 s of typing unsaved: {stored!r}"
    assert any(stored for _w, _c, stored in seen), "nothing was saved while typing"


def test_opportunity_notes_are_saved_while_typing(window, qtbot):
    lead = service.create_opportunity(OpportunityData("Northwind", "Operations lead"), clock=window.ctx.clock)
    window.show()
    page = window.show_page("opportunitiesPage")
    page.refresh_now()
    page.select(lead.id)
    notes = find(page, "opportunityNotes")
    never_two_seconds_behind(type_steadily(qtbot, notes, lambda: Opportunity.get_by_id(lead.id).notes))


def test_meeting_research_notes_are_saved_while_typing(window, qtbot):
    from app.ui.coach.prep_dialog import open_prep

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=window.ctx.clock)
    window.show()
    dialog = open_prep(window.ctx, ada.id, window)
    qtbot.waitExposed(dialog)
    notes = find(dialog, "prepResearch")
    never_two_seconds_behind(type_steadily(qtbot, notes, lambda: research.load(ada.id).notes))
    dialog.close()

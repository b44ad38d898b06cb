"""Fixtures for the pitch studio UI tests: the main window showing the Pitches page."""

from __future__ import annotations

import pytest

from app.core.pitches import service as pitches
from app.core.pitches.service import PitchDetails


@pytest.fixture
def page(window, qtbot):
    """The Pitches page of a window over an empty database, shown."""
    window.show()
    page = window.show_page("pitchesPage")
    qtbot.waitUntil(page.isVisible)
    return page


@pytest.fixture
def pitch_page(window, qtbot):
    """The Pitches page with two pitches (Recruiter 30 s, Neighbour 15 s)."""
    recruiter = pitches.create_pitch(PitchDetails("Recruiter", "recruiter", 30, 150), "I keep warehouses running.")
    pitches.create_pitch(PitchDetails("Neighbour", "neighbour", 15, 150), "I ship parcels on time.")
    window.ctx.bus.data_reset.emit()
    window.show()
    page = window.show_page("pitchesPage")
    qtbot.waitUntil(lambda: page.pitch_id == recruiter.id)
    return page

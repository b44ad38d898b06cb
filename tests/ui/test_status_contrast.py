"""Status colours in high contrast (issue 23 item 4): every colour that says overdue, error, not saved, done, a
traffic light, a keep-in-touch status, an import outcome or a pitch's issue is at least 4.5:1 against the
high-contrast background (the error red #c0392b alone is 3.9:1 on black), and as chosen outside high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from app.ui import contrast
from app.ui.cards import scan_form
from app.ui.contacts.presentation import STATUS_COLOURS
from app.ui.followups.kinds import OVERDUE_COLOUR, overdue_colour
from app.ui.import_export.preview_table_model import ACTION_COLOUR
from app.ui.pitches import analysis_panel, pitch_saver, revisions_dialog
from app.ui.pitches.editor import ISSUE_COLOURS
from app.ui.pitches.light import LIGHT_COLOURS
from app.ui.profile import editor as profile_editor
from app.ui.today import get_started

TABLES = {
    "keep in touch": STATUS_COLOURS,
    "import outcome": ACTION_COLOUR,
    "traffic light": LIGHT_COLOURS,
    "pitch issue": ISSUE_COLOURS,
    "pitch verdict": analysis_panel._VERDICT_COLOURS,
}
SINGLE = {
    "profile error": profile_editor.ERROR_COLOUR,
    "card scan error": scan_form.ERROR_COLOUR,
    "pitch not saved": pitch_saver.ERROR_COLOUR,
    "words removed": revisions_dialog.REMOVED,
    "words added": revisions_dialog.ADDED,
    "step done": get_started.DONE_COLOUR,
}


def _status_colours(palette: QPalette) -> dict[str, QColor]:
    found = {f"{name}: {key}": table[key] for name, table in TABLES.items() for key in dict.keys(table)}
    found |= {name: contrast.status_colour(colour) for name, colour in SINGLE.items()}
    found["overdue"] = overdue_colour(palette)
    return found


@pytest.fixture(params=["dark", "light"])
def high_contrast(request, qapp):
    contrast.use_status_background(request.param)
    yield contrast.high_contrast_palette(request.param)
    contrast.use_status_background(None)


def test_every_status_colour_reads_on_the_high_contrast_background(high_contrast):
    background = high_contrast.color(QPalette.ColorRole.Base)
    low = {
        name: round(contrast.ratio(colour, background), 2)
        for name, colour in _status_colours(high_contrast).items()
        if contrast.ratio(colour, background) < contrast.STATUS_MINIMUM
    }
    assert not low
    assert len(_status_colours(high_contrast)) >= 20


def test_the_chosen_colours_fall_short_there_and_keep_their_hue():
    black = QColor("#000000")
    assert contrast.ratio(QColor(OVERDUE_COLOUR), black) < 4.5  # what the test above guards against
    assert contrast.ratio(QColor("#2563eb"), black) < 4.5
    made = contrast.readable("#c0392b", black)
    assert contrast.ratio(made, black) >= 4.5
    assert abs(made.hslHueF() - QColor("#c0392b").hslHueF()) < 0.02
    assert contrast.readable("#8cf0ff", black) == QColor("#8cf0ff")  # already readable: as it is


def test_outside_high_contrast_the_colours_are_as_chosen(qapp):
    contrast.use_status_background(None)
    assert STATUS_COLOURS["red"] == QColor("#d64545")
    assert contrast.status_colour(profile_editor.ERROR_COLOUR) == QColor("#c0392b")
    assert LIGHT_COLOURS.get("nothing", QColor("#123456")) == QColor("#123456")

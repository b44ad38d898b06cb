"""Today reads its follow-ups a block at a time (issue 21): the first block before the window paints, the next ones
as the list is scrolled to its end; each group's header counts all of its rows from the start."""

import datetime as dt

import pytest

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.followups import service as followups
from app.models import FollowUp
from app.ui.context import AppContext
from app.ui.followups.item_models import COUNT_ROLE
from app.ui.today import agenda_model
from app.ui.today.page import TodayPage


@pytest.fixture
def page(qtbot, db, paths, clock, monkeypatch):
    monkeypatch.setattr(agenda_model, "BLOCK", 20)  # more than the list shows
    today = clock.today()
    ada = create_contact(ContactData(given_name="Ada"), clock=clock)
    for n in range(50):
        FollowUp.create(title=f"late {n}", due=today - dt.timedelta(days=60 - n), contact=ada.id, kind="custom")
    for n in range(3):
        FollowUp.create(title=f"soon {n}", due=today + dt.timedelta(days=n + 1), contact=ada.id, kind="custom")
    page = TodayPage(AppContext(paths=paths, clock=clock))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page):
    model = page.model
    groups = [model.index(g, 0) for g in range(model.rowCount())]
    return [(g.data(), g.data(COUNT_ROLE), model.rowCount(g)) for g in groups]


def scroll_to_end(qtbot, page):
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.minimum())
    bar.setValue(bar.maximum())


def test_the_first_block_only_and_every_group_counted(page, qtmodeltester):
    assert shown(page) == [("Overdue", 50, 20)]  # 20 of the 50 overdue read; the header says 50
    assert page.model.total() == 53
    assert page.snooze_all_action.isEnabled()
    assert page.view.isVisible()
    qtmodeltester.check(page.model)


def test_scrolling_to_the_end_reads_the_next_blocks_and_opens_new_groups(qtbot, page, qtmodeltester):
    for _ in range(20):
        if page.model.loaded() >= page.model.total():
            break
        scroll_to_end(qtbot, page)
    assert shown(page) == [("Overdue", 50, 50), ("Next 7 days", 3, 3)]
    assert page.view.isExpanded(page.model.index(1, 0))
    titles = [i.title for i in page.model.items()]
    assert titles == [i.title for i in followups.agenda(7, clock=page.ctx.clock)]
    qtmodeltester.check(page.model)


def test_a_refresh_keeps_what_was_read_and_the_selection(qtbot, page):
    scroll_to_end(qtbot, page)
    loaded = page.model.loaded()
    assert loaded > 20
    last = page.model.items()[-1]
    page.view.selectionModel().select(
        page.model.index_of(last.id), page.view.selectionModel().SelectionFlag.ClearAndSelect
    )
    page.refresh()
    assert page.model.loaded() >= loaded  # nothing read is dropped (the view may ask for more as it lays out)
    assert page.selected_ids() == [last.id]


def test_the_first_read_is_what_a_screen_can_show(qtbot, db, paths, clock):
    """Before the first paint Today reads the rows its tallest screen can show (two-line rows, never under 20 px),
    not a whole block: ~50 on a 1080-pixel screen rather than 120 (issue 21)."""
    from PySide6.QtGui import QGuiApplication

    today = clock.today()
    ada = create_contact(ContactData(given_name="Ada"), clock=clock)
    for n in range(agenda_model.BLOCK + 10):
        FollowUp.create(title=f"late {n}", due=today - dt.timedelta(days=200 - n), contact=ada.id, kind="custom")
    tallest = max(screen.availableGeometry().height() for screen in QGuiApplication.screens())
    expected = -(-tallest // agenda_model.MIN_ROW_PX)
    assert 0 < expected < agenda_model.BLOCK  # the check below can fail: a screen shows less than a block
    page = TodayPage(AppContext(paths=paths, clock=clock))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.loaded() == expected
    assert shown(page) == [("Overdue", agenda_model.BLOCK + 10, expected)]

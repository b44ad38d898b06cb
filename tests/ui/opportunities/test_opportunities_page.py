"""The Opportunities page (issue 22) driven through the real window: the board by stage with drag and drop (each
move logged with its day, undoable), keys, the table with its filters, the detail pane one click from the people,
the dialogs, and every item model checked by qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities import service
from app.core.opportunities.service import OpportunityData, Person
from app.models import FollowUp, Interview, Opportunity, OpportunityStage
from app.ui.opportunities.lane_model import MIME, mime_for
from tests.helpers.qt import find
from tests.helpers.shortcuts import assert_shortcuts_unique


@pytest.fixture
def people(window):
    joe = create_contact(ContactData(given_name="Joe", family_name="Park"), clock=window.ctx.clock)
    ada = create_contact(
        ContactData(given_name="Ada", family_name="Okafor", company="Northwind"), clock=window.ctx.clock
    )
    return joe, ada


@pytest.fixture
def page(window, qtbot, people):
    joe, ada = people
    today = window.ctx.clock.today()
    service.create_opportunity(
        OpportunityData("Northwind", "Operations lead", source="referral"),
        stage="applied",
        day=today - dt.timedelta(days=5),
        people=[Person(joe.id, "referrer"), Person(ada.id, "hiring_manager")],
        clock=window.ctx.clock,
    )
    service.create_opportunity(OpportunityData("Fabrikam", "Planner", source="job_board"), clock=window.ctx.clock)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("opportunitiesPage")
    page.refresh_now()
    return page


def opp(role: str) -> Opportunity:
    return Opportunity.get(Opportunity.role == role)


def lane_roles(page, stage: str) -> list[str]:
    return [r.role for r in page.board.models[stage].rows()]


def drop(lane, ids: list[int]) -> None:
    """A real drag arriving on ``lane``: enter, move, drop with the board's own MIME data."""
    data = mime_for(ids)
    viewport = lane.viewport()
    pos = viewport.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, data, buttons, mods))


def test_the_page_is_in_the_sidebar_with_ctrl_6_and_has_its_named_parts(window, page, qtbot):
    assert window.navigation.page_names()[-1] == "opportunitiesPage"
    window.show_page("todayPage")
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page() is page)
    for name in (
        "opportunityBoard",
        "opportunityTable",
        "opportunityDetail",
        "opportunitySearch",
        "opportunityStageFilter",
        "opportunitySourceFilter",
        "opportunityNew",
        "lane_applied",
        "lane_rejected",
    ):
        assert find(page, name).accessibleName(), name
    assert lane_roles(page, "applied") == ["Operations lead"] and lane_roles(page, "interested") == ["Planner"]
    assert "Applied  1" in find(page, "laneHeader_applied").text()
    assert_shortcuts_unique(window)


def test_every_item_model_passes_qtmodeltester(page, qtmodeltester):
    for model in page.board.models.values():
        qtmodeltester.check(model)
    qtmodeltester.check(page.table_model)
    page.table_model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.table_model)


def test_dropping_a_card_on_a_lane_moves_it_logs_the_day_and_undoes(window, page, qtbot):
    lead = opp("Operations lead")
    today = window.ctx.clock.today()
    drop(page.board.lanes["screening"], [lead.id])
    assert Opportunity.get_by_id(lead.id).stage == "screening"
    assert lane_roles(page, "screening") == ["Operations lead"] and lane_roles(page, "applied") == []
    history = list(
        OpportunityStage.select().where(OpportunityStage.opportunity == lead.id).order_by(OpportunityStage.id)
    )
    assert [(h.stage, h.day) for h in history][-1] == ("screening", today)
    assert window.undo_action.isEnabled() and "Screening" in window.undo_action.text()
    window.undo_action.trigger()
    assert Opportunity.get_by_id(lead.id).stage == "applied"
    assert lane_roles(page, "applied") == ["Operations lead"]
    assert OpportunityStage.select().where(OpportunityStage.opportunity == lead.id).count() == 1
    window.redo_action.trigger()
    assert Opportunity.get_by_id(lead.id).stage == "screening"
    assert OpportunityStage.select().where(OpportunityStage.opportunity == lead.id).count() == 2


def test_a_drop_on_the_lane_it_came_from_changes_nothing(window, page):
    lead = opp("Operations lead")
    model = page.board.models["applied"]
    assert not model.canDropMimeData(mime_for([lead.id]), Qt.DropAction.MoveAction, -1, -1, model.index(-1))
    assert OpportunityStage.select().where(OpportunityStage.opportunity == lead.id).count() == 1
    assert not window.undo_action.isEnabled()


def test_dropping_on_a_closed_lane_closes_it_and_the_referrer_is_told(window, page):
    lead = opp("Operations lead")
    drop(page.board.lanes["rejected"], [lead.id])
    assert Opportunity.get_by_id(lead.id).stage == "rejected"
    update = FollowUp.get(FollowUp.kind == "opportunity_update", FollowUp.status == "open")
    assert update.title.endswith("it did not work out")


def test_the_keyboard_moves_a_card_to_the_next_stage_and_back(window, page, qtbot):
    lead = opp("Operations lead")
    assert page.board.select(lead.id, focus=True)
    lane = page.board.lanes["applied"]
    qtbot.waitUntil(lane.hasFocus)
    QTest.keyClick(lane, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Opportunity.get_by_id(lead.id).stage == "screening"
    screening = page.board.lanes["screening"]
    qtbot.waitUntil(screening.hasFocus)
    QTest.keyClick(screening, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert Opportunity.get_by_id(lead.id).stage == "applied"
    QTest.keyClick(page.board.lanes["applied"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.board.lanes["screening"].hasFocus()  # Ctrl+Right walks from lane to lane


def test_the_table_lists_every_opportunity_and_the_filters_narrow_both_views(window, page, qtbot):
    find(page, "opportunityTableButton").click()
    assert page.views.currentWidget() is page.table
    assert page.sort_model.rowCount() == 2
    qtbot.keyClicks(find(page, "opportunitySearch"), "joe")
    qtbot.waitUntil(lambda: page.sort_model.rowCount() == 1)
    assert page.sort_model.index(0, 0).data() == "Operations lead"
    find(page, "opportunitySearch").clear()
    stage = find(page, "opportunityStageFilter")
    stage.setCurrentIndex(stage.findData("interested"))
    assert [page.sort_model.index(r, 0).data() for r in range(page.sort_model.rowCount())] == ["Planner"]
    assert lane_roles(page, "applied") == []
    source = find(page, "opportunitySourceFilter")
    source.setCurrentIndex(1)  # through people
    assert page.sort_model.rowCount() == 0
    assert "showing 0 of 2" in find(page, "opportunityCounts").text()
    page.clear_filters()
    assert page.sort_model.rowCount() == 2


def test_one_click_from_an_opportunity_to_its_people(window, page, people, qtbot):
    joe, _ada = people
    page.select(opp("Operations lead").id)
    label = find(page, "opportunityPeople")
    assert "Joe Park" in label.text() and "referred me" in label.text()
    label.linkActivated.emit(str(joe.id))
    assert window.current_page() is window.contacts_page
    assert window.contacts_page.detail.contact_id == joe.id
    window.show_page("opportunitiesPage")
    find(page, "opportunityShowPeople").click()
    assert window.current_page() is window.contacts_page
    assert "People on Operations lead at Northwind" in find(window, "contactsSummary").text()


def _when_dialog(qtbot, fill) -> list:
    """Run ``fill(dialog)`` on the next modal dialog as soon as it is open."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog.objectName())
            fill(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_ctrl_shift_j_adds_an_opportunity_from_anywhere_with_its_people(window, page, people, qtbot):
    joe, _ada = people
    window.show_page("todayPage")

    def fill(dialog):
        find(dialog, "opportunityRole").setText("Warehouse manager")
        find(dialog, "opportunityCompany").setEditText("Contoso")
        stage = find(dialog, "opportunityStage")
        stage.setCurrentIndex(stage.findData("applied"))
        dialog.people.add(Person(joe.id, "referrer"))
        assert find(dialog, "opportunitySource").currentData() == "referral"  # a referrer makes it a referral
        dialog.accept()

    seen = _when_dialog(qtbot, fill)
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["opportunityDialog"]
    made = opp("Warehouse manager")
    assert (made.company.name, made.stage, made.source) == ("Contoso", "applied", "referral")
    assert window.current_page() is page and page.current_id == made.id
    assert lane_roles(page, "applied") == ["Warehouse manager", "Operations lead"] or "Warehouse manager" in lane_roles(
        page, "applied"
    )
    window.undo_action.trigger()
    assert Opportunity.get_or_none(Opportunity.role == "Warehouse manager") is None


def test_a_form_with_no_role_says_what_to_fix_and_keeps_what_was_typed(window, page, qtbot):
    from app.ui.opportunities.dialogs import OpportunityDialog

    dialog = OpportunityDialog(window.ctx, page)
    qtbot.addWidget(dialog)
    find(dialog, "opportunityCompany").setEditText("Contoso")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = find(dialog, "opportunityError")
    assert not error.isHidden() and "role" in error.text().lower()
    assert find(dialog, "opportunityCompany").currentText() == "Contoso"


def test_scheduling_an_interview_moves_the_card_and_the_prep_sheet_shows_the_opportunity(window, page, people, qtbot):
    from app.ui.coach.prep_dialog import MeetingPrepDialog

    _joe, ada = people
    lead = opp("Operations lead")
    page.select(lead.id)

    def fill(dialog):
        assert find(dialog, "interviewersList").count() == 1  # the hiring manager, suggested
        dialog.accept()

    seen = _when_dialog(qtbot, fill)
    page.schedule_action.trigger()
    assert seen == ["interviewDialog"]
    assert Opportunity.get_by_id(lead.id).stage == "interviewing"
    assert lane_roles(page, "interviewing") == ["Operations lead"]
    assert Interview.select().count() == 1 and "Round 1" in find(page, "opportunityInterviews").item(0).text()
    find(page, "opportunityPrepare").click()
    prep = next(w for w in window.findChildren(MeetingPrepDialog) if w.isVisible())
    assert prep.contact_id == ada.id
    brief = find(prep, "prepOpportunity")
    assert brief.isVisible() and "Operations lead at Northwind" in brief.text() and "Interview, round 1" in brief.text()
    prep.close()
    window.undo_action.trigger()  # the interview and the move it made go together
    assert Interview.select().count() == 0 and Opportunity.get_by_id(lead.id).stage == "applied"


def test_deleting_an_opportunity_is_undoable(window, page):
    planner = opp("Planner")
    page.select(planner.id)
    page.delete_action.trigger()
    assert Opportunity.get_or_none(Opportunity.id == planner.id) is None
    assert lane_roles(page, "interested") == []
    window.undo_action.trigger()
    assert Opportunity.get_by_id(planner.id).role == "Planner" and lane_roles(page, "interested") == ["Planner"]


def test_notes_typed_in_the_detail_are_saved_and_undone_in_one_step(window, page, qtbot):
    lead = opp("Operations lead")
    page.select(lead.id)
    notes = find(page, "opportunityNotes")
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask about shifts")
    page.flush_pending_edits()
    assert Opportunity.get_by_id(lead.id).notes == "Ask about shifts"
    window.undo_action.trigger()
    assert Opportunity.get_by_id(lead.id).notes == ""


def test_an_empty_search_says_how_to_start(window, qtbot):
    window.show()
    page = window.show_page("opportunitiesPage")
    page.refresh_now()
    empty = find(page, "opportunityEmpty")
    assert page.views.currentWidget() is empty and "New opportunity" in empty.text()
    assert find(page, "opportunityDetailHint").isVisible()


def test_the_mime_data_is_the_boards_own(page):
    data = mime_for([3, 3, 4])
    assert data.hasFormat(MIME) and bytes(data.data(MIME)) == b"[3, 4]"
    assert QKeySequence("Ctrl+Shift+J") == window_action_key(page)


def window_action_key(page):
    return page.window().opportunities.new_action.shortcut()


def test_a_contacts_pane_lists_the_jobs_they_referred_me_to_each_one_click_away(window, page, people, qtbot):
    joe, ada = people
    lead = opp("Operations lead")
    window.open_contact(joe.id)
    links = find(window.contacts_page, "contactOpportunities")
    assert links.isVisible()
    assert "Referred you to" in links.text() and "Operations lead at Northwind" in links.text()
    window.open_contact(ada.id)
    assert "Hiring manager on" in links.text()
    links.linkActivated.emit(str(lead.id))
    assert window.current_page() is page and page.current_id == lead.id
    window.open_contact(joe.id)
    drop(page.board.lanes["screening"], [lead.id])  # the pane follows the change
    assert "(screening)" in links.text()


def test_referred_me_to_a_job_starts_a_referral_with_that_person(window, page, people, qtbot):
    joe, _ada = people
    window.open_contact(joe.id)
    panel = window.contacts_page.detail
    more = find(window.contacts_page, "contactMore")
    action = next(a for a in more.menu().actions() if a.text() == "Referred me to a job…")

    def fill(dialog):
        assert [p.contact_id for p in dialog.people.people()] == [joe.id]
        assert find(dialog, "opportunitySource").currentData() == "referral"
        find(dialog, "opportunityRole").setText("Dispatcher")
        find(dialog, "opportunityCompany").setEditText("Tailspin")
        dialog.accept()

    seen = _when_dialog(qtbot, fill)
    action.trigger()
    assert seen == ["opportunityDialog"] and panel is not None
    assert opp("Dispatcher").source == "referral"


def test_a_job_follow_up_without_a_person_opens_its_opportunity_from_today(window, qtbot):
    today = window.ctx.clock.today()
    made = service.create_opportunity(
        OpportunityData("Contoso", "Buyer", source="job_board"),
        stage="applied",
        day=today - dt.timedelta(days=9),
        clock=window.ctx.clock,
    )
    window.show()
    page = window.show_page("todayPage")
    page.refresh_now()
    model, view = page.model, page.view

    def find_index(parent=None):
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            item = model.item_at(index)
            if item is not None and item.kind == "application_check_in":
                return index
            found = find_index(index)
            if found is not None:
                return found
        return None

    index = find_index()
    assert index is not None and model.item_at(index).contact_id is None
    view.activated.emit(index)
    opportunities = window.current_page()
    assert opportunities.objectName() == "opportunitiesPage" and opportunities.current_id == made.id

"""The meeting prep window: what we know, research notes, questions, the suited pitch, PDF, logging the meeting."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core.contacts import research
from app.models import FollowUp, Interaction
from app.ui.coach.prep_dialog import MeetingPrepDialog
from tests.helpers.qt import find


def open_for(win, qtbot, contact_id, **kwargs):
    from app.ui.coach.prep_dialog import open_prep

    dialog = open_prep(win.ctx, contact_id, win, **kwargs)
    qtbot.waitExposed(dialog)
    return dialog


def test_prep_for_a_contact_shows_their_data_and_the_suited_pitch(net_window, qtbot):
    win, net = net_window
    win.show_page("contactsPage")
    win.open_contact(net.ada)
    qtbot.waitUntil(lambda: win.contacts_page.detail.contact_id == net.ada)
    find(win.contacts_page, "contactPrep").click()
    [dialog] = [d for d in win.findChildren(MeetingPrepDialog) if d.isVisible()]
    assert dialog.objectName() == "meetingPrep" and dialog.contact_id == net.ada
    assert open_for(win, qtbot, net.ada) is dialog  # asking again brings the same window forward
    known = find(dialog, "prepKnown").text()
    for text in ("Gym, early morning class", "Hires for operations roles", "Northwind", "Joe Park", "Coffee near"):
        assert text in known
    assert "target list" in known
    assert find(dialog, "prepPitchTitle").text().startswith("Recruiter")
    assert "Talent Acquisition Lead" in find(dialog, "prepPitchReason").text()
    assert find(dialog, "prepPitchBody").text() == "I keep warehouses running smoothly."
    assert "Not rehearsed yet" in find(dialog, "prepRehearsed").text()
    reminders = find(dialog, "prepReminders").text()
    assert "How can I help you?" in reminders and "résumé" in reminders and "target companies (1)" in reminders
    questions = find(dialog, "prepQuestions")
    texts = [questions.item(i).text() for i in range(questions.count())]
    assert "How do you know Joe Park?" in texts and "Who else would you recommend I talk to?" in texts


def test_research_notes_and_questions_are_saved_and_undoable(net_window, qtbot):
    win, net = net_window
    dialog = open_for(win, qtbot, net.ada)
    notes = find(dialog, "prepResearch")
    qtbot.keyClicks(notes, "Northwind opens a new hub")
    qtbot.waitUntil(lambda: research.load(net.ada).notes == "Northwind opens a new hub", timeout=3000)
    questions = find(dialog, "prepQuestions")
    questions.item(0).setCheckState(Qt.CheckState.Checked)
    assert research.load(net.ada).asked == {questions.item(0).data(Qt.ItemDataRole.UserRole + 1)}
    new = find(dialog, "prepNewQuestion")
    new.setText("Ask about the spring hiring plan?")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert research.load(net.ada).custom == ("Ask about the spring hiring plan?",)
    assert questions.item(questions.count() - 1).text() == "Ask about the spring hiring plan?"
    win.ctx.undo_stack.undo()  # the whole editing session of this contact is one step
    qtbot.waitUntil(lambda: research.load(net.ada).empty)
    assert notes.toPlainText() == ""
    win.ctx.undo_stack.redo()
    assert notes.toPlainText() == "Northwind opens a new hub"


def test_one_click_logs_the_meeting_and_the_rules_add_the_thank_you(net_window, qtbot):
    win, net = net_window
    dialog = open_for(win, qtbot, net.ben)
    dialog.kind.setCurrentIndex(dialog.kind.findData("lunch"))
    find(dialog, "prepLog").click()
    lunch = Interaction.get(Interaction.contact == net.ben, Interaction.kind == "lunch")
    assert lunch.summary == "Lunch with Ben"
    thanks = FollowUp.get(FollowUp.source_interaction == lunch.id, FollowUp.kind == "thank_you")
    assert thanks.due == dt.date.today() and thanks.status == "open"
    assert "thank-you" in find(dialog, "prepLogged").text()
    win.ctx.undo_stack.undo()
    assert Interaction.get_or_none(Interaction.id == lunch.id) is None


def test_prep_from_a_follow_up_completes_it_when_logged(net_window, qtbot):
    win, net = net_window
    item = FollowUp.create(contact=net.ben, title="Coffee with Ben", kind="custom", due=dt.date.today(), status="open")
    dialog = open_for(win, qtbot, net.ben, followup_id=item.id)
    assert "Coffee with Ben" in find(dialog, "prepMeeting").text()
    find(dialog, "prepLog").click()
    assert FollowUp.get_by_id(item.id).status == "done"
    assert Interaction.get(Interaction.contact == net.ben).kind == "coffee"
    win.ctx.undo_stack.undo()  # one step takes back both
    assert FollowUp.get_by_id(item.id).status == "open"
    assert not Interaction.select().where(Interaction.contact == net.ben).exists()


def test_a_planned_meeting_moves_to_now_when_it_happened(net_window, qtbot):
    from app.core.contacts.interactions import log_interaction

    win, net = net_window
    later = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=5)
    planned = log_interaction(net.ben, "meeting", when=later, summary="At their office").interaction
    dialog = open_for(win, qtbot, net.ben)
    assert dialog.sheet.meeting.interaction_id == planned.id
    assert "At their office" in find(dialog, "prepMeeting").text()
    button = find(dialog, "prepLog")
    assert "now" in button.text()
    button.click()
    assert Interaction.get_by_id(planned.id).occurred_at <= dt.datetime.now()


def test_the_prep_sheet_prints_to_pdf(net_window, qtbot, tmp_path):
    win, net = net_window
    dialog = open_for(win, qtbot, net.ada)
    find(dialog, "prepResearch").setPlainText("Read their blog")
    path = dialog.save_pdf(str(tmp_path / "prep.pdf"))
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    from app.ui.coach.prep_print import sheet_html

    html = sheet_html(dialog.sheet, [], "Read their blog", dt.date.today())
    assert "Ada Okafor" in html and "Read their blog" in html and "How can I help you?" in html


def test_rehearse_opens_the_pitch_in_rehearsal_mode(net_window, qtbot):
    win, net = net_window
    dialog = open_for(win, qtbot, net.ada)
    find(dialog, "prepRehearse").click()
    qtbot.waitUntil(lambda: win.current_page().objectName() == "pitchesPage")
    assert win.pitches_page.pitch_id == net.recruiter_pitch
    assert win.pitches_page.rehearsing


def test_today_lists_planned_meetings_with_a_prepare_button(net_window, qtbot):
    from app.core.contacts.interactions import log_interaction

    win, net = net_window
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9, 30))
    planned = log_interaction(net.ada, "coffee", when=tomorrow).interaction
    win.ctx.bus.interactions_changed.emit()
    today = win.show_page("todayPage")
    qtbot.waitUntil(lambda: today.findChild(QPushButton, f"prepare_{planned.id}") is not None)
    button = find(today, f"prepare_{planned.id}")
    qtbot.waitUntil(button.isVisible)
    button.click()
    dialog = next(d for d in win.findChildren(MeetingPrepDialog) if d.isVisible())
    assert dialog.sheet.meeting.interaction_id == planned.id


def test_prepare_action_asks_who_when_no_contact_is_shown(net_window, qtbot, monkeypatch):
    from app.ui.coach.integration import PickContactDialog

    win, net = net_window
    action = win.coach.prepare_action
    assert action.shortcut().toString() == "Ctrl+Alt+P" and "Ctrl+Alt+P" in action.toolTip()

    def pick(dialog):
        dialog.picker.setText("Okafor")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PickContactDialog, "exec", pick)
    win.show_page("todayPage")
    action.trigger()
    [dialog] = [d for d in win.findChildren(MeetingPrepDialog) if d.isVisible()]
    assert dialog.contact_id == net.ada


def test_the_calendar_offers_prep_for_a_follow_up(net_window, qtbot):
    win, net = net_window
    item = FollowUp.create(contact=net.ada, title="Call Ada", kind="custom", due=dt.date.today(), status="open")
    from app.core.followups import service as followups

    win.calendar_page._prepare(followups.get(item.id))
    [dialog] = [d for d in win.findChildren(MeetingPrepDialog) if d.isVisible()]
    assert dialog.sheet.meeting.followup_id == item.id


def test_coming_up_keeps_a_german_nouns_capital(net_window, qtbot, monkeypatch):
    """'Ada · coffee, tomorrow 09:30' lower-cases the kind inside the sentence; German keeps its nouns' capital
    ('Kaffeetreffen'), French and Spanish lower-case theirs as English does."""
    from PySide6.QtWidgets import QLabel

    from app.core.contacts.interactions import log_interaction
    from app.ui import i18n
    from app.ui.coach.today_panel import UpcomingMeetings

    win, net = net_window
    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9, 30))
    log_interaction(net.ada, "coffee", when=tomorrow)
    panel = UpcomingMeetings(win.ctx)
    qtbot.addWidget(panel)
    texts = lambda: " ".join(label.text() for label in panel.findChildren(QLabel))  # noqa: E731
    panel.refresh()
    assert "· coffee," in texts()
    monkeypatch.setattr(i18n, "current_language", lambda: "de")
    panel.refresh()
    assert "· Coffee," in texts()

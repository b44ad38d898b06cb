"""The shared undo base (app/ui/undo.py): the follow-up, log-many and move-meeting commands publish what they changed,
keep a refusal for the caller to explain and refresh everything after an unexpected failure."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.changes import Changes
from app.models import Contact, Interaction


@pytest.fixture
def ctx(qapp, db, paths, clock):
    from app.ui.context import AppContext

    return AppContext(paths=paths, clock=clock)


@pytest.fixture
def seen(ctx):
    published: list[Changes] = []
    ctx.bus.changed.connect(published.append)
    return published


def test_a_refusal_is_kept_for_the_caller_publishes_nothing_and_drops_the_command(ctx, seen, caplog):
    from app.core.followups.service import FollowUpError
    from app.ui.followups.actions import FollowUpCommand

    def refuse(_clock):
        raise FollowUpError("that follow-up is gone")

    command = FollowUpCommand(ctx, "Snooze", refuse)
    ctx.undo_stack.push(command)
    assert isinstance(command.error, FollowUpError) and str(command.error) == "that follow-up is gone"
    assert seen == [] and ctx.undo_stack.count() == 0
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # explained to the user, not a failure


def test_an_unexpected_failure_is_logged_and_refreshes_everything(ctx, seen, caplog):
    from app.ui.followups.actions import FollowUpCommand

    def broken(_clock):
        raise RuntimeError("the disk is full")

    command = FollowUpCommand(ctx, "Snooze", broken)
    ctx.undo_stack.push(command)
    assert command.error is None and seen == [Changes.all()] and ctx.undo_stack.count() == 0
    assert "cannot Snooze" in caplog.text


def test_logging_with_several_people_is_one_step_and_publishes_what_the_core_says(ctx, seen, clock):
    from app.ui.followups.actions import LogManyCommand

    ada, bo = Contact.create(display_name="Ada"), Contact.create(display_name="Bo")
    command = LogManyCommand(ctx, "Log 2 interactions", [(ada.id, "Thanks"), (bo.id, "Thanks")], "email")
    ctx.undo_stack.push(command)
    assert command.error is None and Interaction.select().count() == 2
    assert seen[-1] == command.done.changes and seen[-1].interactions
    ctx.undo_stack.undo()
    assert Interaction.select().count() == 0 and seen[-1].interactions
    ctx.undo_stack.redo()
    assert Interaction.select().count() == 2


def test_logging_for_someone_gone_is_a_refusal(ctx, seen):
    from app.ui.followups.actions import LogManyCommand

    command = LogManyCommand(ctx, "Log 1 interaction", [(999, "Thanks")], "email")
    ctx.undo_stack.push(command)
    assert command.error is not None and seen == [] and ctx.undo_stack.count() == 0
    assert Interaction.select().count() == 0


def test_moving_a_meeting_publishes_the_calendar_changes_and_undo_puts_it_back(ctx, seen, clock):
    from app.core.contacts.interactions import log_interaction
    from app.core.followups import planned_meetings
    from app.ui.calendar.commands import MoveMeeting

    ada = Contact.create(display_name="Ada")
    soon = (clock.now() + dt.timedelta(days=2)).replace(microsecond=0)
    meeting = log_interaction(ada.id, "coffee", when=soon, clock=clock).interaction
    later = soon + dt.timedelta(days=1)
    ctx.undo_stack.push(MoveMeeting(ctx, meeting.id, later))
    assert Interaction.get_by_id(meeting.id).occurred_at == later and seen == [planned_meetings.CHANGES]
    ctx.undo_stack.undo()
    assert Interaction.get_by_id(meeting.id).occurred_at == soon and seen[-1] == planned_meetings.CHANGES


def test_moving_a_meeting_into_the_past_is_a_refusal(ctx, seen, clock):
    from app.core.contacts.interactions import log_interaction
    from app.core.followups.planned_meetings import MeetingError
    from app.ui.calendar.commands import MoveMeeting

    ada = Contact.create(display_name="Ada")
    soon = (clock.now() + dt.timedelta(days=2)).replace(microsecond=0)
    meeting = log_interaction(ada.id, "coffee", when=soon, clock=clock).interaction
    command = MoveMeeting(ctx, meeting.id, clock.now() - dt.timedelta(days=1))
    ctx.undo_stack.push(command)
    assert isinstance(command.error, MeetingError) and seen == [] and ctx.undo_stack.count() == 0
    assert Interaction.get_by_id(meeting.id).occurred_at == soon


def test_a_context_goes_with_its_last_reference_even_with_commands_on_its_stack(qapp, db, paths, clock):
    """Commands refer back to their context weakly: a strong reference closed a cycle (context → its stack → the
    commands → context) that only the garbage collector freed, tearing the QUndoStack down after the commands it
    still listed (a segmentation fault in a later test)."""
    import weakref

    from app.ui.context import AppContext
    from app.ui.followups.actions import FollowUpCommand

    context = AppContext(paths=paths, clock=clock)
    context.undo_stack.push(FollowUpCommand(context, "Snooze", lambda _clock: []))
    assert context.undo_stack.count() == 1
    gone = weakref.ref(context)
    del context
    assert gone() is None  # freed at once, no cycle left for the garbage collector


class _Page:
    """Stands for a page: it holds the context strongly, as pages do, and hands a command its own method."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.selected: list[int | None] = []

    def select(self, pitch_id: int | None) -> None:
        self.selected.append(pitch_id)


def _opportunity_notes(ctx, page):
    from app.ui.opportunities.commands import SetNotes

    return SetNotes(ctx, 1, "before", "after")


def _research(ctx, page):
    from app.ui.coach.commands import SaveResearch

    return SaveResearch(ctx, 1, None, None, "Ada")


def _profile(ctx, page):
    from app.ui.profile.editor import SaveProfileCommand

    return SaveProfileCommand(ctx, None, None)


def _template(ctx, page):
    from app.ui.scripts.dialog import SaveTemplateCommand

    return SaveTemplateCommand(ctx, "Save template", None, None, None)


def _card(ctx, page):
    from types import SimpleNamespace

    from app.ui.cards.commands import SaveCardCommand

    return SaveCardCommand(ctx, SimpleNamespace(given_name="Ada", family_name="", company=""), None, None)


def _followup(ctx, page):
    from app.ui.followups.add_dialog import AddFollowUpCommand

    return AddFollowUpCommand(ctx, {"title": "Call Ada"})


def _pitch(ctx, page):
    from app.ui.pitches.commands import EditDetailsCommand

    return EditDetailsCommand(ctx, 1, None, None, page.select)


@pytest.mark.parametrize(
    "make", [_opportunity_notes, _research, _profile, _template, _card, _followup, _pitch], ids=lambda f: f.__name__
)
def test_every_undo_command_lets_its_context_go(qapp, db, paths, clock, monkeypatch, make):
    """Each undo command outside app/ui/undo.py refers to its context (and a page's callback) weakly too: with one on
    the stack, dropping the page and the context frees the context at once, and a collection afterwards is quiet
    (a strong reference closed the cycle whose collection crashed Python, see the test above)."""
    import gc
    import weakref

    from app.ui.context import AppContext

    context = AppContext(paths=paths, clock=clock)
    page = _Page(context)
    command = make(context, page)
    monkeypatch.setattr(type(command), "redo", lambda self: None)  # only the references matter here
    monkeypatch.setattr(type(command), "undo", lambda self: None)
    context.undo_stack.push(command)
    assert context.undo_stack.count() == 1
    assert command.ctx is context
    gone, page_gone = weakref.ref(context), weakref.ref(page)
    del command
    gc.disable()  # no collection may hide a cycle: the context must go with its last reference
    try:
        del context, page
        assert gone() is None and page_gone() is None
    finally:
        gc.enable()
    gc.collect()


def test_a_pitch_command_still_selects_on_its_page_and_not_once_the_page_is_gone(qapp, paths, clock, monkeypatch):
    from app.core.pitches import service as pitches
    from app.ui.context import AppContext
    from app.ui.pitches.commands import EditDetailsCommand

    monkeypatch.setattr(pitches, "update_details", lambda *args, **kwargs: None)
    context = AppContext(paths=paths, clock=clock)
    page = _Page(context)
    command = EditDetailsCommand(context, 7, None, None, page.select)
    context.undo_stack.push(command)
    assert page.selected == [7]
    del page
    context.undo_stack.undo()  # the page is gone: nothing to select, no error
    assert context.undo_stack.index() == 0


def test_the_follow_up_actions_of_a_page_let_the_context_go(qapp, db, paths, clock):
    """The follow-up actions' commands get the clock when they run instead of closing over the actions (which hold
    the context and the page): a snooze on the stack leaves nothing that keeps the context alive."""
    import datetime as dt
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    from app.core.followups import writes as followup_writes
    from app.models import FollowUp
    from app.ui.context import AppContext
    from app.ui.followups.actions import FollowUpActions

    row = followup_writes.create("Call Ada", clock.today(), clock=clock)
    context = AppContext(paths=paths, clock=clock)
    widget = QWidget()
    actions = FollowUpActions(context, widget)
    later = clock.today() + dt.timedelta(days=3)
    assert actions.snooze([row.id], later)
    assert FollowUp.get_by_id(row.id).due == later and context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert FollowUp.get_by_id(row.id).due == clock.today()
    context.undo_stack.redo()
    assert FollowUp.get_by_id(row.id).due == later
    # The page and its actions go (PySide's own cycles among a QObject's signals need a collection); the stack,
    # with the snooze on it, must not keep them: they hold the context.
    actions_gone = weakref.ref(actions)
    del actions, widget
    gc.collect()
    assert actions_gone() is None and context.undo_stack.count() == 1
    gone = weakref.ref(context)
    gc.disable()
    try:
        del context
        assert gone() is None
    finally:
        gc.enable()
    gc.collect()

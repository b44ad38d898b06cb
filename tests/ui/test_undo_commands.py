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

    def refuse():
        raise FollowUpError("that follow-up is gone")

    command = FollowUpCommand(ctx, "Snooze", refuse)
    ctx.undo_stack.push(command)
    assert isinstance(command.error, FollowUpError) and str(command.error) == "that follow-up is gone"
    assert seen == [] and ctx.undo_stack.count() == 0
    assert not [r for r in caplog.records if r.levelname == "ERROR"]  # explained to the user, not a failure


def test_an_unexpected_failure_is_logged_and_refreshes_everything(ctx, seen, caplog):
    from app.ui.followups.actions import FollowUpCommand

    def broken():
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
    context.undo_stack.push(FollowUpCommand(context, "Snooze", list))
    assert context.undo_stack.count() == 1
    gone = weakref.ref(context)
    del context
    assert gone() is None  # freed at once, no cycle left for the garbage collector

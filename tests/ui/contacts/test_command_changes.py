"""Undo commands publish what they changed (issue 18): a Changes per run, everything after a failure."""

from __future__ import annotations

import datetime as dt

from app.core.changes import Changes
from app.core.contacts.contact_data import ContactData
from app.models import Contact, Interaction


def _ctx(paths, clock):
    from app.ui.context import AppContext

    return AppContext(paths=paths, clock=clock)


def test_create_log_and_undo_publish_their_changes(qapp, db, paths, clock):
    from app.ui.contacts.commands import CreateContacts
    from app.ui.contacts.history_commands import LogInteraction

    ctx = _ctx(paths, clock)
    seen: list[Changes] = []
    resets: list[bool] = []
    ctx.bus.changed.connect(seen.append)
    ctx.bus.data_reset.connect(lambda: resets.append(True))
    ctx.undo_stack.push(CreateContacts(ctx, [ContactData(given_name="Ada")]))
    assert seen[-1] == Changes.of("contacts", "followups")
    ada = Contact.get(Contact.given_name == "Ada")
    when = clock.now() - dt.timedelta(hours=1)
    remind = clock.today() + dt.timedelta(days=3)
    command = LogInteraction(ctx, ada.id, "coffee", when, "Coffee", remind_on=remind, remind_title="Follow up")
    ctx.undo_stack.push(command)
    assert seen[-1].interactions and seen[-1].followups and seen[-1].contacts
    assert Interaction.select().count() == 1
    ctx.undo_stack.undo()
    assert Interaction.select().count() == 0 and seen[-1].interactions
    ctx.undo_stack.redo()
    assert Interaction.get().id == command.interaction_id  # logged again where it was
    assert resets == []


def test_a_command_that_fails_refreshes_everything_and_goes_obsolete(qapp, db, paths, clock):
    from app.ui.contacts.commands import TrashContacts

    ctx = _ctx(paths, clock)
    seen: list[Changes] = []
    ctx.bus.changed.connect(seen.append)

    class Broken(TrashContacts):
        def do(self):
            raise RuntimeError("the disk is full")

    ctx.undo_stack.push(Broken(ctx, [1]))
    assert seen == [Changes.all()]
    assert ctx.undo_stack.count() == 0  # obsolete: the stack dropped it


def test_old_subclasses_naming_signals_still_publish(qapp, db, paths, clock):
    from app.ui.contacts.commands import _Command

    class Old(_Command):
        signals = ("interactions_changed", "contacts_changed")

        def do(self):
            return None

    ctx = _ctx(paths, clock)
    seen: list[Changes] = []
    ctx.bus.changed.connect(seen.append)
    ctx.undo_stack.push(Old(ctx, "old"))
    assert seen == [Changes.of("interactions", "contacts")]


def test_referrals_and_their_log_are_one_undo_step(qapp, db, paths, clock):
    from app.ui.contacts.commands import AddReferrals

    ctx = _ctx(paths, clock)
    seen: list[Changes] = []
    ctx.bus.changed.connect(seen.append)
    rita = Contact.create(display_name="Rita")
    command = AddReferrals(ctx, rita.id, [ContactData(given_name="Hana")], "Add 1 referral from Rita", "Suggested Hana")
    ctx.undo_stack.push(command)
    assert ctx.undo_stack.count() == 1 and seen[-1].interactions and seen[-1].contacts
    hana = command.ids[0]
    ctx.undo_stack.undo()
    assert not Contact.select().where(Contact.id == hana).exists() and Interaction.select().count() == 0
    ctx.undo_stack.redo()
    assert Contact.get_by_id(hana).referred_by_id == rita.id and Interaction.select().count() == 1

"""Give before you ask on the contact's Ledger tab: the warning before an ask, and the one-click gives."""

from PySide6.QtCore import Qt

from app.models import FollowUp, Interaction, LedgerEntry
from tests.helpers.qt import find


def ledger_tab(win, qtbot, contact_id):
    win.show_page("contactsPage")
    win.open_contact(contact_id)
    qtbot.waitUntil(lambda: win.contacts_page.detail.contact_id == contact_id)
    panel = win.contacts_page.detail.panel
    panel.tabs.setCurrentWidget(panel.ledger)
    return panel.ledger


def ask(tab, qtbot, what):
    tab.direction.setCurrentIndex(tab.direction.findData("asked"))
    tab.what.setText(what)
    qtbot.mouseClick(find(tab, "ledgerAdd"), Qt.MouseButton.LeftButton)


def test_an_ask_to_a_never_given_contact_shows_the_warning(net_window, qtbot):
    win, net = net_window
    tab = ledger_tab(win, qtbot, net.ben)
    ask(tab, qtbot, "An introduction to his manager")
    banner = find(tab, "askWarning")
    assert banner.isVisible()
    assert "Ben" in find(banner, "askWarningText").text()
    assert {"give_introduce", "give_share", "give_advice"} <= {b.objectName() for b in banner.gives.buttons.values()}
    assert not LedgerEntry.select().where(LedgerEntry.contact == net.ben).exists()  # nothing written yet
    find(banner, "askAnyway").click()
    assert not banner.isVisible()
    entry = LedgerEntry.get(LedgerEntry.contact == net.ben)
    assert (entry.direction, entry.what) == ("asked", "An introduction to his manager")


def test_no_warning_once_there_is_a_conversation(net_window, qtbot):
    win, net = net_window
    tab = ledger_tab(win, qtbot, net.ada)  # coffee last week
    ask(tab, qtbot, "Feedback on my target list")
    assert not find(tab, "askWarning").isVisible()
    assert LedgerEntry.get(LedgerEntry.contact == net.ada).direction == "asked"


def test_giving_first_from_the_warning(net_window, qtbot, monkeypatch):
    from app.ui.coach.give_widgets import GiveDialog

    win, net = net_window
    tab = ledger_tab(win, qtbot, net.ben)
    ask(tab, qtbot, "A favour")
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        find(dialog, "giveWhat").setText("The warehouse robotics report")
        find(dialog, "giveLink").setText("https://example.com/report")
        dialog.accept()
        return GiveDialog.DialogCode.Accepted

    monkeypatch.setattr(GiveDialog, "exec", fake_exec)
    find(tab, "askWarning").gives.buttons["share"].click()
    assert opened and opened[0].objectName() == "giveDialog"
    give = LedgerEntry.get(LedgerEntry.contact == net.ben)
    assert (give.direction, give.what, give.done) == ("gave", "Shared: The warehouse robotics report", True)
    assert give.notes == "https://example.com/report"
    assert Interaction.get(Interaction.contact == net.ben).kind == "email"
    qtbot.waitUntil(lambda: "last gave today" in find(tab, "ledgerBalance").text())
    ask(tab, qtbot, "A favour")  # now that something was given, no warning
    assert not find(tab, "askWarning").isVisible()
    assert LedgerEntry.select().where(LedgerEntry.contact == net.ben, LedgerEntry.direction == "asked").count() == 1


def test_offering_advice_is_an_open_give_and_undoable(net_window, qtbot):
    from app.ui.coach.give_widgets import GiveDialog

    win, net = net_window
    dialog = GiveDialog(win.ctx, net.ada, "advice", win)
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing said yet
    assert dialog.error.isVisibleTo(dialog) and dialog.given is None
    find(dialog, "giveWhat").setText("A mock interview")
    assert not find(dialog, "giveLog").isChecked()
    dialog.accept()
    entry = LedgerEntry.get(LedgerEntry.contact == net.ada)
    assert (entry.what, entry.done) == ("Offered advice: A mock interview", False)
    assert not FollowUp.select().where(FollowUp.contact == net.ada, FollowUp.kind == "reminder").exists()
    win.ctx.undo_stack.undo()
    assert not LedgerEntry.select().exists()


def test_a_referral_request_script_to_a_stranger_shows_the_warning(net_window, qtbot):
    from app.ui.scripts.dialog import ScriptsDialog

    win, net = net_window
    dialog = ScriptsDialog(win.ctx, win, kind="referral_ask", contact_id=net.ben)
    qtbot.addWidget(dialog)
    dialog.show()
    banner = find(dialog, "askWarning")
    qtbot.waitUntil(banner.isVisible)
    assert "Ben" in find(banner, "askWarningText").text()
    dialog.contact.set_contact(net.ada)  # had coffee with Ada last week
    dialog.update_preview()
    assert not banner.isVisible()
    dialog.select_kind("thank_you")
    dialog.contact.set_contact(net.ben)
    dialog.update_preview()
    assert not banner.isVisible()  # only an ask calls for it
    dialog.close()

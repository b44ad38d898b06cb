"""Full keyboard operation (issue 23 item 4): the main flows done with key events only — no mouse, no method of the
window called — each checked in the database: add a contact, log a coffee with them (with a reminder), write and
rehearse a pitch (Space starts and stops the run), complete the follow-up. Keys go where the keyboard would send
them: to the widget that has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.models import Contact, FollowUp, Interaction, Pitch, Rehearsal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers=NONE) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def in_modal(qtbot, name: str, steps: Callable[[QDialog], None], open_keys: Callable[[], None]) -> None:
    """Press ``open_keys`` (which opens the modal dialog ``name`` and waits in its event loop); once the dialog is
    up, ``steps`` drives it with keys. A failure inside closes the dialog and fails the test here."""
    errors: list[BaseException] = []
    reached: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, attempt)
            return
        reached.append(name)
        try:
            steps(dialog)
        except BaseException as exc:  # re-raised below, outside the dialog's loop
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, attempt)
    open_keys()
    if errors:
        raise errors[0]
    assert reached == [name], f"{name} did not open"
    back_to_the_window(qtbot)


def back_to_the_window(qtbot) -> None:
    """What a desktop's window manager does when a dialog closes: the main window is active again, and Qt gives
    the focus back to the widget that had it (the offscreen platform has no window manager to do the first)."""
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def tab_to(predicate: Callable[[QWidget], bool], backwards: bool = False, limit: int = 60) -> QWidget:
    """Tab (or Shift+Tab) until the focus is on a widget ``predicate`` accepts; fails on a trap or a dead end."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if predicate(widget):
            return widget
        seen.append(f"{type(widget).__name__}#{widget.objectName()}")
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, SHIFT if backwards else NONE)
    raise AssertionError("Tab never reached it; the focus went " + " → ".join(seen[-15:]))


def test_main_flows_with_the_keyboard_only(window, qtbot):
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # 1. Add a contact: Ctrl+2, Ctrl+N, type the name, Tab, the company, Enter.
    press(Qt.Key.Key_2, CTRL)

    def new_contact(dialog: QDialog) -> None:
        assert focused().objectName() == "newName"
        type_text("Kim Park")
        press(Qt.Key.Key_Tab)
        assert focused().objectName() == "newCompany"
        type_text("Northwind")
        press(Qt.Key.Key_Return)

    in_modal(qtbot, "newContactDialog", new_contact, lambda: press(Qt.Key.Key_N, CTRL))
    kim = Contact.get(Contact.given_name == "Kim", Contact.family_name == "Park")
    assert kim.company.name == "Northwind"

    # 2. Log a coffee with Kim (shown after creating), with a reminder in 2 days: Ctrl+L, the summary, Tab to the
    # notes, Tab to "Remind me in", Space, Tab to the days, 2, Enter.
    def log_coffee(dialog: QDialog) -> None:
        assert focused().objectName() == "logSummary"
        type_text("Coffee at the harbour")
        tab_to(lambda w: w.objectName() == "logRemind")
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Tab)
        assert focused().objectName() == "logRemindDays"
        press(Qt.Key.Key_A, CTRL)
        type_text("2")
        press(Qt.Key.Key_Return)

    in_modal(qtbot, "logInteractionDialog", log_coffee, lambda: press(Qt.Key.Key_L, CTRL))
    coffee = Interaction.get(Interaction.contact == kim.id)
    assert (coffee.kind, coffee.summary) == ("coffee", "Coffee at the harbour")
    reminder = FollowUp.get(FollowUp.contact == kim.id, FollowUp.completed_at.is_null())

    # 3. Write a pitch and rehearse it: Ctrl+3, Ctrl+Shift+N (the title has the focus), Tab to the text, type,
    # Ctrl+R (rehearsal mode: the run starts), Space stops, Enter keeps the run; Space starts a second run, Space
    # stops it, Escape discards it; Escape leaves.
    press(Qt.Key.Key_3, CTRL)
    page = window.current_page()
    press(Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: Pitch.select().count() == 1)
    type_text("Recruiter")
    tab_to(lambda w: w.objectName() == "pitchEditor")
    type_text("I help freight companies move goods faster. Who do you know in logistics?")
    qtbot.waitUntil(lambda: "logistics" in Pitch.get().body)
    press(Qt.Key.Key_R, CTRL)  # rehearsal mode, and the run starts
    qtbot.waitUntil(lambda: page.rehearsing and page.rehearsal.active)
    qtbot.waitUntil(lambda: page.rehearsal.stopwatch.elapsed() > 0.2)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.session.rating_dialog is not None and page.session.rating_dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.session.rating_dialog)
    press(Qt.Key.Key_4)  # "Good"
    qtbot.waitUntil(lambda: page.session.rating_dialog.rating() == 4)  # a shortcut's click shows for 100 ms
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Rehearsal.select().count() == 1 and page.session.rating_dialog is None)
    back_to_the_window(qtbot)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.rehearsal.active)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.rehearsal.active and page.session.rating_dialog is not None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.session.rating_dialog)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.session.rating_dialog is None)
    back_to_the_window(qtbot)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.rehearsing)
    assert Pitch.get().title == "Recruiter"
    run = Rehearsal.get()
    assert (run.pitch_id, run.self_rating) == (Pitch.get().id, 4)

    # 4. Complete the follow-up: Ctrl+1, Tab to the list, Down to the reminder, Ctrl+D.
    press(Qt.Key.Key_1, CTRL)
    today = window.current_page()
    view = tab_to(lambda w: w is today.view)
    for _ in range(10):
        if reminder.id in today.selected_ids():
            break
        press(Qt.Key.Key_Down)
    assert today.selected_ids() == [reminder.id]
    press(Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: FollowUp.get_by_id(reminder.id).completed_at is not None)
    assert view is today.view


def test_tab_goes_round_every_page_without_a_trap(qtbot, paths, migrated_template):
    """On every page (demo data), Tab from the sidebar visits the page's controls and comes back to the sidebar:
    no widget keeps the Tab key (a text box must pass it on; a label with links lets Tab walk its links), and the
    focus never gets lost."""
    from app import db as app_db
    from app.main import create_window
    from tests.helpers.data import fill_with_demo_data

    fill_with_demo_data(paths, migrated_template, contacts=40, seed=3)
    window = create_window(paths.data_dir)
    qtbot.addWidget(window)
    try:
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        for number, name in enumerate(window.page_names, start=1):
            if number <= 9:
                press(getattr(Qt.Key, f"Key_{number}"), CTRL)
            else:
                window.show_page(name)
            page = window.current_page()
            assert page.objectName() == name
            window.navigation.setFocus()
            visited = []
            for _ in range(200):
                press(Qt.Key.Key_Tab)
                widget = focused()
                # A label's links take Tab one by one; a widget keeping it for ever is a trap.
                assert visited[-8:].count(widget) < 8, f"{name}: Tab stays on {widget.objectName()!r}"
                if widget is window.navigation:
                    break
                visited.append(widget)
            else:
                raise AssertionError(f"{name}: Tab never came back to the sidebar")
            on_page = [w for w in visited if page.isAncestorOf(w)]
            assert on_page, f"{name}: Tab never reaches the page"
    finally:
        window.close()
        app_db.close_database()

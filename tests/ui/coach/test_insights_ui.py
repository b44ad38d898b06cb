"""The Insights page (Ctrl+5): numbers from the network, each opening the Contacts page filtered to its people."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.core.coach.insights import Selection
from tests.helpers.qt import find


def insights(win, qtbot):
    page = win.show_page("insightsPage")
    page.refresh_all_now()
    return page


def test_the_page_is_the_fifth_with_ctrl_5(net_window, qtbot):
    win, _net = net_window
    assert win.navigation.page_names()[:5] == [
        "todayPage",
        "contactsPage",
        "pitchesPage",
        "calendarPage",
        "insightsPage",
    ]
    qtbot.keyClick(win, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.current_page().objectName() == "insightsPage")
    page = find(win, "insightsPage")
    assert page.accessibleName() == "Insights"
    view_actions = [
        a for a in win.findChildren(type(win.coach.prepare_action)) if a.shortcut() == QKeySequence("Ctrl+5")
    ]
    assert [a.text() for a in view_actions] == ["Insights"]


def test_numbers_reflect_the_network_and_open_the_people_behind_them(net_window, qtbot):
    win, net = net_window
    page = insights(win, qtbot)
    assert "1" in find(page, "insight_referrals").value.text()
    assert "Joe Park" in find(page, "doorOpeners").findChildren(QLabel)[-4].text()
    shown = []
    page.show_contacts.connect(lambda ids, label: shown.append((ids, label)))
    page._open_selection(Selection("referred_by", net.joe, "Referred by Joe Park"))
    assert shown == [([net.ada], "Referred by Joe Park")]


def test_a_click_opens_the_contacts_page_filtered(net_window, qtbot):
    win, net = net_window
    page = insights(win, qtbot)
    funnel = find(page, "stageFunnel")
    bars = funnel.bars()
    assert [b.label for b in bars] == ["Prospect", "Invited", "Connected", "Talked", "Met", "Ally"]
    # everyone reached Prospect; two are still there (the coffee took Ada to Met)
    assert bars[0].value == 3 and bars[0].part == 2 and bars[4].value == 1
    funnel.activate(0)
    qtbot.waitUntil(lambda: win.current_page().objectName() == "contactsPage")
    contacts = win.contacts_page
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3)
    assert "Reached “Prospect” or beyond" in find(contacts, "contactsSummary").text()
    page = insights(win, qtbot)
    page._open_selection(Selection("referred_by", net.joe, "Referred by Joe Park"))
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)
    assert contacts.model.contact_id(0) == net.ada
    contacts.clear_search()  # "Show all"
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3)


def test_the_charts_answer_the_keyboard(net_window, qtbot):
    win, _net = net_window
    page = insights(win, qtbot)
    ties = find(page, "tiesChart")
    opened = []
    ties.activated.connect(opened.append)
    ties.setFocus()
    qtbot.keyClick(ties, Qt.Key.Key_Down)
    qtbot.keyClick(ties, Qt.Key.Key_Return)
    assert opened and opened[0].kind == "tie_reached" and opened[0].value == "acquaintance"


def test_a_chart_says_what_it_shows_before_its_bars(qtbot):
    from app.ui.coach.charts import Bar, BarList

    chart = BarList(description="How many relationships reached each stage")
    qtbot.addWidget(chart)
    assert chart.accessibleDescription() == "How many relationships reached each stage"  # before any bars
    chart.set_bars([Bar("Prospect", 5, "5"), Bar("Met", 2, "2  (40%)")])
    assert chart.accessibleDescription() == "How many relationships reached each stage. Prospect: 5; Met: 2  (40%)"
    chart.set_bars([])
    assert chart.accessibleDescription() == "How many relationships reached each stage"
    assert BarList().accessibleDescription() == ""


def test_an_empty_network_says_what_will_appear(window, qtbot):
    page = window.show_page("insightsPage")
    page.refresh_all_now()
    assert "No referrals yet" in find(page, "doorOpeners").findChildren(QLabel)[1].text()
    assert find(page, "stageFunnel").bars()[0].value == 0
    assert "Once you log conversations" in find(page, "goingColdPanel").findChildren(QLabel)[1].text()


@pytest.mark.parametrize("contacts", [120, 300])
def test_the_door_openers_table_lists_the_people_the_sentence_counts(qtbot, paths, migrated_template, contacts):
    """Issue 16: "7 people — the top fifth…" stood above a table of 8. The table lists the top fifth; a long one
    shows the first eight and says how many more."""
    import re

    from app import db as app_db
    from app.core.coach import insights as core
    from app.main import create_window
    from tests.helpers.data import fill_with_demo_data

    fill_with_demo_data(paths, migrated_template, contacts=contacts, seed=5)
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    try:
        page = insights(win, qtbot)
        pareto = core.door_openers(clock=page.ctx.clock).pareto
        assert (pareto.top < core.TOP_PEOPLE) == (contacts == 120), pareto
        sentence = page.pareto.text()
        assert re.search(rf">{pareto.top} people<", sentence), sentence
        names = [
            page.people.itemAtPosition(row, 0).widget().text()
            for row in range(1, page.people.rowCount())
            if page.people.itemAtPosition(row, 0) is not None
        ]
        if pareto.top <= core.TOP_PEOPLE:
            assert len(names) == pareto.top
        else:
            assert len(names) == core.TOP_PEOPLE + 1
            assert f"and {pareto.top - core.TOP_PEOPLE} more" in names[-1]
    finally:
        win.close()
        app_db.close_database()

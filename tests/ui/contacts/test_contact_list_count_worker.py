"""Issue 21: the contact list counts a search matching many on a worker thread with its own read-only connection,
after its rows; an older search's number never shows, and closing the window while counting is clean."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from app.core.contacts import list_query as contact_list
from app.core.contacts import search
from app.core.contacts.list_query import ContactFilter
from app.core.contacts.match_count import ReadOnlyCounter
from app.ui.contacts.contacts_table_model import ContactsTableModel


@pytest.fixture
def many(monkeypatch):
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)  # 200 demo contacts: a one-letter search matches "many"


class HeldCounts:
    """ReadOnlyCounter.count, held for the expressions in ``hold`` until released (or interrupted)."""

    def __init__(self, monkeypatch, hold=()):
        self.hold = set(hold)
        self.threads: list[str] = []
        self.started = threading.Event()
        self.release = threading.Event()
        self.interrupted = threading.Event()
        real_count, real_interrupt = ReadOnlyCounter.count, ReadOnlyCounter.interrupt

        def count(counter, expression):
            self.threads.append(threading.current_thread().name)
            if expression in self.hold:
                self.started.set()
                while not self.release.wait(0.005):  # a worker thread waiting, not the test
                    if self.interrupted.is_set():
                        return None
            return real_count(counter, expression)

        def interrupt(counter):
            self.interrupted.set()
            real_interrupt(counter)

        monkeypatch.setattr(ReadOnlyCounter, "count", count)
        monkeypatch.setattr(ReadOnlyCounter, "interrupt", interrupt)


def _expression(text, clock):
    return contact_list.count_request(ContactFilter(text=text), today=clock.today()).expression


def test_the_count_arrives_from_the_worker_and_matches(demo_db, clock, qtbot, qtmodeltester, many, monkeypatch):
    held = HeldCounts(monkeypatch)
    here = []
    real = search.count_live_matches
    monkeypatch.setattr(search, "count_live_matches", lambda e: here.append(e) or real(e))
    model = ContactsTableModel(clock)
    model.count_later = True
    model.reload()
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.set_filter(ContactFilter(text="e"))
        assert not model.is_counted
    assert held.threads and held.threads[0] != threading.current_thread().name  # counted on the worker
    assert here == []  # not on this thread's connection
    total = contact_list.count(ContactFilter(text="e"), today=clock.today())
    assert model.is_counted and model.rowCount() == model.total == total > contact_list.HEAD
    model.shutdown()


def test_a_newer_keystroke_discards_the_older_count(demo_db, clock, qtbot, many, monkeypatch):
    held = HeldCounts(monkeypatch, hold={_expression("a", clock)})
    model = ContactsTableModel(clock)
    model.count_later = True
    model.reload()
    delivered = []
    model._counter.counted.connect(lambda _generation, request, _total: delivered.append(request.expression))
    model.set_filter(ContactFilter(text="a"))
    qtbot.waitUntil(held.started.is_set)  # "a" is being counted on the worker
    model.set_filter(ContactFilter(text="an"))  # typed on: "a"'s count is interrupted, its number dropped
    assert held.interrupted.is_set()
    with qtbot.waitSignal(model.counted, timeout=5000):
        held.release.set()
    assert delivered == [_expression("an", clock)]
    assert model.rowCount() == contact_list.count(ContactFilter(text="an"), today=clock.today())
    model.shutdown()


def test_closing_the_window_during_a_count_is_clean(page, qtbot, many, monkeypatch):
    held = HeldCounts(monkeypatch, hold={_expression("e", page.ctx.clock)})
    emitted = []
    page.model.counted.connect(lambda: emitted.append(True))
    page.search.setText("e")
    qtbot.waitUntil(held.started.is_set)  # the count is running on the worker
    window = page.window()
    window.close()  # waits for the worker (interrupted), closes its connection; qt_log_level_fail catches warnings
    assert held.interrupted.is_set() and page.model._counter.pool.activeThreadCount() == 0
    assert page.model._counter._counter is None  # its connection closed
    QCoreApplication.processEvents()  # the worker's answer, queued before it ended: delivered (and dropped) now
    assert emitted == []
    page.model.set_filter(ContactFilter(text="ei"))  # after closing: counted here, nothing starts on the worker
    assert page.model._counter.busy is False

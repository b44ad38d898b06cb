"""Types real names into contactSearch over DATA_DIR (argv[1]); prints the keystroke timings as one JSON line.

Run by benchmarks/bench_search.py in its own process (a clean QApplication, offscreen). argv[2] == "1": quick run.
One sample per keystroke: from the key event until the model holds the typed text *and* the list's viewport has
been painted with it, the event loop running exactly as in the application. Between keys the loop idles 120 ms,
like a person typing ~8 keys a second, so the detail pane catches up outside the measurement, as it does for users.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.contacts import list_query as contact_list
from app.core.contacts.list_query import ContactFilter
from app.main import create_window
from app.models import Contact
from app.ui.application import ensure_application


class PaintWatch(QObject):
    """Notes that the list's viewport got a paint event (it is painted before processEvents returns) — or, when no
    contact matches and the page shows its empty state instead of rows, that a widget of the page was painted."""

    painted = False

    def __init__(self, page, view):
        super().__init__()
        self.page, self.viewport, self.model = page, view.viewport(), view.model()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and (
            obj is self.viewport
            or (self.model.rowCount() == 0 and isinstance(obj, QWidget) and self.page.isAncestorOf(obj))
        ):
            self.painted = True
        return False


def type_char(widget, ch: str) -> None:
    """One key press as the keyboard would send it; QTest only knows ASCII keys, so others go as text events."""
    if ch.isascii():
        QTest.keyClick(widget, ch)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def repaint_floor(view, app) -> dict[str, float]:
    """The paint part of a keystroke, and its floor: the list's viewport repainted as it stands, and a bare
    QTableView over a QStandardItemModel holding the same visible texts, same size and font, repainted the same way
    (the least a table of that many cells costs to draw here)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    def timed(widget) -> list[float]:
        times = []
        for _ in range(60):
            start = time.perf_counter()
            widget.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        return times

    model = view.model()
    rows = [r for r in range(model.rowCount()) if view.visualRect(model.index(r, 0)).intersects(view.viewport().rect())]
    bare_model = QStandardItemModel(len(rows), model.columnCount())
    for i, r in enumerate(rows):
        for c in range(model.columnCount()):
            bare_model.setItem(i, c, QStandardItem(str(model.index(r, c).data() or "")))
    bare = QTableView()
    bare.setModel(bare_model)
    bare.setFont(view.font())
    bare.verticalHeader().setVisible(False)
    bare.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
    bare.setAlternatingRowColors(True)
    bare.setShowGrid(False)
    for c in range(model.columnCount()):
        bare.setColumnWidth(c, view.columnWidth(c))
        bare.setColumnHidden(c, view.isColumnHidden(c))
    bare.resize(view.size())
    bare.show()
    app.processEvents()
    ours, floor = timed(view), timed(bare)
    bare.close()
    return {
        "repaint_median": statistics.median(ours),
        "repaint_p99": p99(ours),
        "floor_repaint_median": statistics.median(floor),
        "floor_repaint_p99": p99(floor),
        "visible_cells": len(rows) * sum(not view.isColumnHidden(c) for c in range(model.columnCount())),
    }


def main() -> None:
    folder, quick = Path(sys.argv[1]), sys.argv[2] == "1"
    app = ensure_application()
    window = create_window(folder)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("contactsPage")
    app.processEvents()

    # Real names from the data (family names, given names), two-word prefixes, a title word and an email domain.
    families = [r[0] for r in Contact.select(Contact.family_name).distinct().order_by(Contact.family_name).tuples()]
    givens = [r[0] for r in Contact.select(Contact.given_name).distinct().order_by(Contact.given_name).tuples()]
    words = families[:: max(1, len(families) // 12)][:12] + givens[:: max(1, len(givens) // 8)][:8]
    # One-letter prefixes start every word; "a", "e" and the e-mail domains are the largest matches (issue 21).
    words += ["jose mull", "ana chen", "warehouse", "example.com", "gmail", "maria", "a", "e"]
    if quick:
        words = words[::3]
    search, view, model = page.search, page.view, page.model
    watch = PaintWatch(page, view)
    # On the application: when nothing matches, the page paints its empty state instead of the list's rows. (An
    # application filter costs a Python call per event, a fraction of a millisecond per key, counted in the figure.)
    app.installEventFilter(watch)

    def idle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    def settle(text: str) -> None:
        deadline = time.perf_counter() + 10
        while model.filter.text != text:
            watch.painted = False
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the list never showed {text!r} (search box holds {search.text()!r})")
        while not watch.painted:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the list never painted after {text!r}")

    samples: list[float] = []
    cpu: list[float] = []
    query_ms: list[float] = []

    typed_texts: list[str] = []

    def measure(action, text: str) -> None:
        start, cpu_start = time.perf_counter(), time.process_time()
        action()
        settle(text)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
        typed_texts.append(text)

    search.setFocus()
    idle(0.3)
    for word in words:
        typed = ""
        for ch in word:
            typed += ch
            measure(lambda ch=ch: type_char(search, ch), typed)
            idle(0.12)
        start = time.perf_counter()
        contact_list.query(ContactFilter(text=word), today=window.ctx.clock.today())
        query_ms.append((time.perf_counter() - start) * 1000)
        search.selectAll()
        measure(lambda: QTest.keyClick(search, Qt.Key.Key_Backspace), "")
        idle(0.12)
    floor = repaint_floor(view, app)
    figures = {
        **floor,
        "keystrokes": len(samples),
        "median": statistics.median(samples),
        "p99": p99(samples),
        "max": max(samples),
        "cpu_median": statistics.median(cpu),
        "cpu_p99": p99(cpu),
        "load": os.getloadavg()[0],
        "query_median": statistics.median(query_ms),
        "slowest": sorted(zip(samples, typed_texts, strict=True), reverse=True)[:6],
    }
    print(json.dumps(figures))
    window.close()


if __name__ == "__main__":
    main()

"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns None, until the process
dies with "Fatal Python error: none_dealloc". We pin <6.12; this test proves the installed version is sound."""

import sys

from PySide6.QtCore import QModelIndex, QObject


def test_ten_thousand_none_returning_qt_calls_keep_none_refcount():
    index = QModelIndex()
    holder = QObject()
    for _ in range(100):  # warm up caches that may legitimately hold None once
        index.data()
        holder.property("missing")
    before = sys.getrefcount(None)
    for _ in range(10_000):
        index.data()
        holder.property("missing")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over 20,000 calls"

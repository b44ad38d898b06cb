"""Explore with sample data (issue 17): the sample window opens beside the main one, not over it, and a coloured
banner says the data is not yours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QProcess, QRect
from PySide6.QtWidgets import QApplication, QLabel

from app import db as app_db
from app.paths import resolve_paths
from app.ui import sample_data
from app.ui.application import build_window
from tests.helpers.qt import find


def test_explore_opens_the_sample_window_offset_with_a_banner(window, qtbot, monkeypatch):
    started = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda _program, args: started.append(args) or (True, 1))
    )
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(20, 30, 700, 500)
    assert window.findChild(QLabel, "sampleBannerTitle") is None  # the user's own window has no banner

    find(window, "exploreDemo").click()  # the Today page's "Explore with sample data"
    qtbot.waitUntil(lambda: bool(started), timeout=120_000)  # `rapport demo-data` fills the folder in a child process
    ((*_program, data_flag, folder),) = started
    assert data_flag == "--data-dir"
    sample_dir = Path(folder)
    assert sample_dir == window.ctx.paths.data_dir.with_name("data-demo")
    main = window.geometry()
    screen = window.screen().availableGeometry()
    window.close()
    app_db.close_database()

    sample = build_window(resolve_paths(sample_dir))  # what the second process builds
    qtbot.addWidget(sample)
    try:
        expected = sample_data.placement(main, screen)
        assert sample.geometry() == expected
        assert expected.topLeft() != main.topLeft() and screen.contains(expected)
        sample.show()
        banner = find(sample, "sampleBanner")
        qtbot.waitUntil(banner.isVisible)
        assert find(banner, "sampleBannerTitle", QLabel).text() == "Sample data — nothing here is yours"
        assert banner.accessibleName() == "Sample data — nothing here is yours"
        assert banner.geometry().top() == 0 and banner.width() == sample.centralWidget().width()  # across the top
        assert sample.windowTitle() == "Rapport — sample data"
        assert "#f5c542" in banner.styleSheet()
    finally:
        sample.close()
        app_db.close_database()

    reopened = build_window(resolve_paths(sample_dir))  # the request is used once; then its own geometry
    qtbot.addWidget(reopened)
    try:
        assert sample_data.take_open_at(reopened.ctx.settings()) is None
    finally:
        reopened.close()
        app_db.close_database()


def test_placement_is_down_and_right_and_stays_on_the_screen():
    screen = QRect(0, 0, 1920, 1080)
    main = QRect(300, 200, 1200, 800)
    assert sample_data.placement(main, screen) == QRect(348, 248, 1200, 800)
    near_edge = QRect(1400, 700, 1000, 560)  # no room below-right: from the screen's corner instead
    assert sample_data.placement(near_edge, screen) == QRect(48, 48, 1000, 560)
    maximized_normal = QRect(0, 0, 1200, 800)
    assert sample_data.placement(maximized_normal, screen, maximized=True) == QRect(48, 48, 1200, 800)
    small = QRect(0, 0, 1366, 768)
    placed = sample_data.placement(QRect(0, 0, 1366, 768), small, maximized=True)
    assert small.contains(placed) and (placed.x(), placed.y()) == (48, 48)


def test_the_sample_folder_is_filled_once_by_a_child_process(window, tmp_path):
    from app.models import Contact

    user_contacts = Contact.select().count()
    paths = sample_data.fill(tmp_path / "data-demo")  # while the window has the user's database open
    assert sample_data.is_sample(paths)
    assert Contact.select().count() == user_contacts  # nothing of the sample reached the user's database
    stamp = paths.db_path.stat().st_mtime_ns
    sample_data.fill(tmp_path / "data-demo")
    assert paths.db_path.stat().st_mtime_ns == stamp


def test_a_folder_that_holds_other_data_is_not_made_a_sample(tmp_path, qtbot, monkeypatch):
    import pytest

    folder = tmp_path / "data-demo"
    sample_data.fill(folder)
    (folder / sample_data.MARKER).unlink()  # someone's own data now, as far as Rapport can tell
    with pytest.raises(sample_data.SampleDataError, match="already holds data"):
        sample_data.fill(folder)
    assert not sample_data.is_sample(resolve_paths(folder))
    filler = sample_data.SampleFiller()
    with qtbot.waitSignal(filler.failed, timeout=120_000) as blocker:
        filler.start(folder)
    assert "already holds data" in blocker.args[0]
    assert QApplication.instance() is not None

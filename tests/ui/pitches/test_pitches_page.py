"""The pitch studio as a user drives it: typing, counting, rehearsing, history, undo (DESIGN §5, §11)."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

from app.core.clock import FixedClock
from app.models import Pitch, PitchRevision, Rehearsal
from app.ui.pitches.rating_dialog import RatingDialog
from tests.helpers.qt import find
from tests.ui.accessibility_audit import accessible_text, looks_like_object_name


def _seconds(text: str) -> float:
    minutes, seconds = re.fullmatch(r"(\d+):(\d\d\.\d)", text).groups()
    return int(minutes) * 60 + float(seconds)


def test_contract_widgets_are_children_of_the_main_window(window):
    for name, cls in (
        ("pitchEditor", QPlainTextEdit),
        ("pitchWordCount", QLabel),
        ("pitchEstimate", QLabel),
        ("rehearsalStart", QPushButton),
        ("rehearsalTimer", QLabel),
        ("rehearsalLight", QWidget),
    ):
        widget = find(window, name, cls)
        # What a screen reader says: a name or the text shown (a label may be empty), never the objectName (issue 23)
        spoken = accessible_text(widget)
        assert not looks_like_object_name(spoken, name) if spoken else isinstance(widget, QLabel), (name, spoken)
    assert find(window, "rehearsalLight").property("light") == "none"


def test_typing_into_an_empty_database_creates_the_first_pitch(page, qtbot):
    editor = find(page, "pitchEditor", QPlainTextEdit)
    assert editor.isEnabled()
    editor.setFocus()
    qtbot.keyClicks(editor, "I fix bikes. Who do you know who rides?")
    qtbot.waitUntil(lambda: Pitch.select().count() == 1)
    assert find(page, "pitchWordCount", QLabel).text() == "9 words"
    assert find(page, "pitchEstimate", QLabel).text() == "≈ 4 s at 150 wpm"  # 9 words at 150 a minute: 3.6 s
    qtbot.waitUntil(lambda: Pitch.get().body == "I fix bikes. Who do you know who rides?")
    assert page.model.rowCount() == 1
    assert not page.list_empty.isVisible()


def test_seventy_five_words_show_seventy_five_and_thirty_seconds(pitch_page, qtbot):
    editor = find(pitch_page, "pitchEditor", QPlainTextEdit)
    editor.setPlainText(" ".join(["people"] * 75))
    assert find(pitch_page, "pitchWordCount", QLabel).text() == "75 words"
    assert find(pitch_page, "pitchEstimate", QLabel).text() == "≈ 30 s at 150 wpm"
    editor.setPlainText("one two three")
    assert find(pitch_page, "pitchWordCount", QLabel).text() == "3 words"
    assert "1 s" in find(pitch_page, "pitchEstimate", QLabel).text()


def test_typed_text_is_autosaved_and_analysed(pitch_page, qtbot):
    editor = find(pitch_page, "pitchEditor", QPlainTextEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "We leverage synergy. Who do you know?")
    qtbot.waitUntil(lambda: Pitch.get_by_id(pitch_page.pitch_id).body == "We leverage synergy. Who do you know?")
    assert PitchRevision.select().where(PitchRevision.pitch == pitch_page.pitch_id).count() >= 1
    issues = [
        pitch_page.analysis.tree.topLevelItem(i).text(0) for i in range(pitch_page.analysis.tree.topLevelItemCount())
    ]
    assert issues == ["Buzzwords (2)"]
    assert "Reading ease" in pitch_page.analysis.reading_ease.text()
    assert [i.text for i in editor.issues_at(editor.toPlainText().index("synergy"))] == ["synergy"]


def test_clicking_an_issue_selects_it_in_the_editor(pitch_page):
    editor = pitch_page.editor
    editor.setPlainText("I basically fix bikes.")
    tree = pitch_page.analysis.tree
    child = tree.topLevelItem(0).child(0)
    tree.itemClicked.emit(child, 0)
    assert editor.textCursor().selectedText() == "basically"


def _accept_rating(page, qtbot, rating=None):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    dialog = QApplication.activeModalWidget()
    if rating:
        dialog.group.button(rating).click()
        dialog.note.setPlainText("steady")
    dialog.accept()


def test_rehearsal_with_an_injected_clock_lights_up_at_each_threshold(pitch_page, qtbot):
    clock = FixedClock("2026-03-16T10:30:00")
    pitch_page.rehearsal.clock = clock
    pitch_page.rehearsal.stopwatch.clock = clock
    start = find(pitch_page.window(), "rehearsalStart", QPushButton)
    light = find(pitch_page.window(), "rehearsalLight")
    timer = find(pitch_page.window(), "rehearsalTimer", QLabel)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert pitch_page.rehearsing and pitch_page.rehearsal.active
    seen = []
    for at in (0.0, 19.9, 20.0, 25.0, 30.0):
        clock.advance(at - (_seconds(timer.text()) if seen else 0.0))
        pitch_page.rehearsal.refresh_display()
        seen.append((timer.text(), light.property("light")))
    assert seen == [
        ("0:00.0", "none"),
        ("0:19.9", "none"),
        ("0:20.0", "green"),
        ("0:25.0", "yellow"),
        ("0:30.0", "red"),
    ]
    assert "time's up" in pitch_page.rehearsal.light_text.text()
    clock.advance(1.5)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    _accept_rating(pitch_page, qtbot, rating=4)
    qtbot.waitUntil(lambda: Rehearsal.select().count() == 1)
    run = Rehearsal.get()
    assert (run.duration_ms, run.words, run.self_rating, run.notes) == (31500, 4, 4, "steady")


def test_displayed_time_tracks_the_monotonic_clock(pitch_page, qtbot):
    start = find(pitch_page.window(), "rehearsalStart", QPushButton)
    timer = find(pitch_page.window(), "rehearsalTimer", QLabel)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    began = time.monotonic()
    qtbot.waitUntil(lambda: _seconds(timer.text()) >= 0.5, timeout=5000)
    shown = _seconds(timer.text())
    actual = time.monotonic() - began
    # Never ahead of the clock; behind by at most a repaint or two (truncation to tenths + 40 ms ticks).
    assert shown <= actual + 0.01
    assert actual - shown < 0.5
    pitch_page.leave_rehearsal()


def test_start_stop_saves_a_run_that_the_history_shows(pitch_page, qtbot):
    start = find(pitch_page.window(), "rehearsalStart", QPushButton)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    timer = find(pitch_page.window(), "rehearsalTimer", QLabel)
    qtbot.waitUntil(lambda: timer.text() != "0:00.0")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    _accept_rating(pitch_page, qtbot)
    qtbot.waitUntil(lambda: Rehearsal.select().count() == 1)
    qtbot.keyClick(pitch_page.rehearsal, Qt.Key.Key_Escape)
    assert not pitch_page.rehearsing
    pitch_page.tabs.setCurrentWidget(pitch_page.history)
    table = find(pitch_page, "historyTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 2).data() == "4"
    assert "Best" in pitch_page.history.summary.text()


def test_discarding_the_rating_saves_nothing(pitch_page, qtbot):
    start = pitch_page.start_button
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pitch_page.rehearsal.stopwatch.elapsed() > 0.05)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    QApplication.activeModalWidget().reject()
    qtbot.waitUntil(lambda: pitch_page.session.rating_dialog is None)
    assert Rehearsal.select().count() == 0


def test_space_starts_and_stops_in_rehearsal_mode_and_escape_leaves(pitch_page, qtbot):
    pitch_page.start_or_stop()
    assert pitch_page.rehearsal.active
    pitch_page.rehearsal.setFocus()
    qtbot.keyClick(pitch_page.rehearsal, Qt.Key.Key_Escape)
    assert not pitch_page.rehearsing and not pitch_page.rehearsal.active
    assert Rehearsal.select().count() == 0
    pitch_page.start_or_stop()
    pitch_page.rehearsal.cancel()
    qtbot.keyClick(pitch_page.rehearsal, Qt.Key.Key_Space)
    assert pitch_page.rehearsal.active
    assert "Stop" in pitch_page.start_button.text()
    pitch_page.leave_rehearsal()


def test_the_light_thresholds_scale_with_the_selected_pitch(pitch_page, qtbot):
    neighbour = pitch_page.model.index(1)
    pitch_page.list.setCurrentIndex(neighbour)
    qtbot.waitUntil(lambda: pitch_page._details.title == "Neighbour")
    thresholds = pitch_page.rehearsal.stopwatch.thresholds
    assert (thresholds.green, thresholds.yellow, thresholds.red) == (10, 12.5, 15)


def test_editing_the_target_is_undoable(pitch_page, qtbot):
    pitch_page.header.target.setValue(60)
    qtbot.waitUntil(lambda: Pitch.get_by_id(pitch_page.pitch_id).target_seconds == 60)
    assert pitch_page.rehearsal.stopwatch.thresholds.red == 60
    pitch_page.ctx.undo_stack.undo()
    assert Pitch.get_by_id(pitch_page.pitch_id).target_seconds == 30
    assert pitch_page.header.target.value() == 30


def test_duplicate_and_delete_are_undoable(pitch_page, qtbot):
    original = pitch_page.pitch_id
    pitch_page.duplicate_pitch()
    assert Pitch.select().count() == 3
    copy = Pitch.get(Pitch.title == "Recruiter (copy)")
    assert pitch_page.pitch_id == copy.id
    pitch_page.delete_pitch()
    assert Pitch.select().count() == 2
    pitch_page.ctx.undo_stack.undo()
    assert Pitch.get_by_id(copy.id).body == "I keep warehouses running."
    pitch_page.ctx.undo_stack.undo()
    pitch_page.ctx.undo_stack.undo()
    assert Pitch.select().count() == 2
    assert Pitch.get_or_none(Pitch.id == original) is not None


def test_record_button_is_disabled_with_a_reason_without_a_microphone(pitch_page, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    from app.ui.pitches import recorder

    recorder.probe()  # QtMultimedia loaded (its start-up chatter goes to the log)
    monkeypatch.setattr(QMediaDevices, "audioInputs", staticmethod(lambda: []))  # the test session has one
    monkeypatch.setattr(recorder, "_status", None)
    pitch_page.start_or_stop()
    status = recorder.probe()
    assert not status.can_record
    assert not pitch_page.record.isEnabled()
    assert pitch_page.record.toolTip() == status.reason
    assert status.reason
    pitch_page.leave_rehearsal()


def test_models_pass_the_model_tester(pitch_page, qtmodeltester):
    qtmodeltester.check(pitch_page.model)
    qtmodeltester.check(pitch_page.history.model)


class _FakeRecorder(QObject):
    """Stands in for QtMultimedia: 'records' by writing a few bytes where the real one would write audio."""

    error = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path = None

    def start(self, path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"fake audio")
        self.path = path

    def stop(self):
        return self.path


def test_a_recorded_run_keeps_its_audio_and_deleting_the_run_deletes_it(pitch_page, qtbot, monkeypatch):
    from app.ui.pitches import recorder

    monkeypatch.setattr(recorder, "_status", recorder.AudioStatus(True, True, ""))
    monkeypatch.setattr(recorder, "Recorder", _FakeRecorder)
    pitch_page.start_or_stop()
    assert not pitch_page.record.isEnabled()  # not switchable during a run
    pitch_page.rehearsal.cancel()
    assert pitch_page.record.isEnabled()
    pitch_page.record.setChecked(True)
    pitch_page.rehearsal_toggle()
    qtbot.waitUntil(lambda: pitch_page.rehearsal.stopwatch.elapsed() > 0.05)
    pitch_page.rehearsal_toggle()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    assert QApplication.activeModalWidget().findChild(QPushButton, "ratingPlay") is not None
    QApplication.activeModalWidget().accept()
    qtbot.waitUntil(lambda: Rehearsal.select().count() == 1)
    run = Rehearsal.get()
    audio = pitch_page.ctx.paths.data_dir / run.audio_path
    assert run.audio_path.startswith("recordings/") and audio.read_bytes() == b"fake audio"
    assert audio.stat().st_mode & 0o777 == 0o600
    pitch_page.leave_rehearsal()
    pitch_page.tabs.setCurrentWidget(pitch_page.history)
    qtbot.waitUntil(lambda: pitch_page.history.model.rowCount() == 1)
    pitch_page.history.table.selectRow(0)
    pitch_page.history.delete_selected()
    assert Rehearsal.select().count() == 0 and not audio.exists()
    pitch_page.ctx.undo_stack.undo()
    assert Rehearsal.select().count() == 1 and audio.read_bytes() == b"fake audio"


def test_a_discarded_recorded_run_leaves_no_file(pitch_page, qtbot, monkeypatch):
    from app.ui.pitches import recorder

    monkeypatch.setattr(recorder, "_status", recorder.AudioStatus(True, True, ""))
    monkeypatch.setattr(recorder, "Recorder", _FakeRecorder)
    pitch_page.start_or_stop()
    pitch_page.rehearsal.cancel()
    pitch_page.record.setChecked(True)
    pitch_page.rehearsal_toggle()
    qtbot.waitUntil(lambda: pitch_page.rehearsal.stopwatch.elapsed() > 0.05)
    pitch_page.rehearsal_toggle()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    QApplication.activeModalWidget().reject()
    qtbot.waitUntil(lambda: pitch_page.session.rating_dialog is None)
    folder = pitch_page.ctx.paths.data_dir / "recordings"
    assert not any(folder.glob("*")) if folder.exists() else True
    assert Rehearsal.select().count() == 0


def test_get_started_steps_open_the_editor_or_rehearsal_mode(pitch_page, window):
    window.run_first_step("rehearse")
    assert pitch_page.rehearsing and not pitch_page.rehearsal.active
    pitch_page.leave_rehearsal()
    window.run_first_step("pitch")
    assert not pitch_page.rehearsing
    assert window.current_page() is pitch_page


def test_ctrl_r_from_the_editor_starts_a_rehearsal(pitch_page, qtbot, window):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pitch_page.editor.setFocus()
    qtbot.keyClick(pitch_page.editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert pitch_page.rehearsing and pitch_page.rehearsal.active
    qtbot.keyClick(pitch_page.rehearsal, Qt.Key.Key_Escape)
    assert not pitch_page.rehearsing


def test_a_title_typed_first_on_the_empty_page_names_the_first_pitch(page, qtbot):
    """Issue 16: the title field of an empty Pitches page was lost (it could not even be typed into)."""
    from app.models import Pitch

    title = page.header.title
    assert title.isEnabled() and page.pitch_id is None
    title.setFocus()
    qtbot.keyClicks(title, "Recruiter")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert [p.title for p in Pitch.select()] == ["Recruiter"]
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "I keep warehouses running.")
    page.save_now()
    assert [(p.title, p.body) for p in Pitch.select()] == [("Recruiter", "I keep warehouses running.")]
    assert title.text() == "Recruiter"


def test_a_title_typed_on_the_empty_page_survives_closing_the_window(page, window, qtbot):
    from app.models import Pitch

    page.header.title.setFocus()
    qtbot.keyClicks(page.header.title, "Neighbour")
    window.flush_pending_edits()  # what closing the window does first
    assert [p.title for p in Pitch.select()] == ["Neighbour"]

"""Recording a rehearsal for real: the session's PulseAudio null source is the microphone (tests/helpers/pulse.py),
QAudioSource writes plain WAV (no FFmpeg backend), and the history's Play button plays it back.

Issue 16: Recorder.start compared a QtAudio.Error with QAudio.Error.NoError, so every start "failed"; the test of
that day accepted the error path as success and could not notice."""

import wave

from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from app.models import Rehearsal
from app.ui.pitches import recorder
from app.ui.pitches.rating_dialog import RatingDialog
from tests.helpers.qt import find

RUN_SECONDS = 2.5


def test_recording_names_are_wav_files_in_the_recordings_folder():
    name = recorder.new_recording_name()
    assert name.startswith("recordings/rehearsal-") and name.endswith(".wav")


def wav_seconds(path) -> float:
    with wave.open(str(path)) as audio:
        assert audio.getsampwidth() == 2 and audio.getnchannels() >= 1
        return audio.getnframes() / audio.getframerate()


def test_the_microphone_records_a_wav_file(microphone, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(recorder, "_status", None)
    assert recorder.probe().can_record, recorder.probe().reason
    rec = recorder.Recorder()
    errors = []
    rec.error.connect(errors.append)
    target = tmp_path / "recordings" / "take.wav"
    rec.start(target)
    assert errors == []
    qtbot.waitUntil(lambda: target.stat().st_size > 44 + 32_000, timeout=10_000)  # past the header: audio came in
    assert rec.stop() == target
    assert wav_seconds(target) > 0.1


def test_a_microphone_that_cannot_be_opened_reports_an_error_and_leaves_no_file(qtbot, tmp_path):
    from PySide6.QtMultimedia import QAudioDevice

    recorder.probe()  # loads QtMultimedia with its start-up chatter captured
    rec = recorder.Recorder(device=QAudioDevice())  # a null device: nothing to open
    errors = []
    rec.error.connect(errors.append)
    target = tmp_path / "recordings" / "take.wav"
    rec.start(target)
    assert errors == ["the microphone could not be opened"]
    assert not target.exists()
    assert rec.stop() == target  # stopping after a failed start is harmless


def test_a_rehearsal_recorded_through_the_window_is_saved_with_its_wav_and_plays(
    microphone, pitch_page, qtbot, monkeypatch
):
    monkeypatch.setattr(recorder, "_status", None)  # probe this session's sound devices afresh
    start = find(pitch_page, "rehearsalStart", QPushButton)
    record = find(pitch_page, "rehearsalRecord", QToolButton)
    qtbot.mouseClick(start, qtbot_left())  # rehearsal mode, and a first run without recording
    assert pitch_page.rehearsing and pitch_page.rehearsal.active
    qtbot.mouseClick(start, qtbot_left())  # stop it…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    QApplication.activeModalWidget().reject()  # …and discard it
    qtbot.waitUntil(lambda: pitch_page.session.rating_dialog is None)
    assert record.isEnabled(), record.toolTip()

    record.click()  # Record on: the next run is recorded
    assert record.isChecked()
    qtbot.mouseClick(start, qtbot_left())
    assert pitch_page.rehearsal.active
    qtbot.waitUntil(lambda: pitch_page.rehearsal.stopwatch.elapsed() >= RUN_SECONDS, timeout=15_000)
    qtbot.mouseClick(start, qtbot_left())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RatingDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.findChild(QPushButton, "ratingPlay") is not None
    dialog.accept()
    qtbot.waitUntil(lambda: Rehearsal.select().count() == 1)

    run = Rehearsal.get()
    assert run.audio_path and run.audio_path.startswith("recordings/")
    audio = pitch_page.ctx.paths.data_dir / run.audio_path
    assert wav_seconds(audio) >= 1.5
    assert audio.stat().st_mode & 0o777 == 0o600

    pitch_page.leave_rehearsal()
    pitch_page.tabs.setCurrentWidget(pitch_page.history)
    qtbot.waitUntil(lambda: pitch_page.history.model.rowCount() == 1)
    pitch_page.history.table.selectRow(0)
    play = find(pitch_page.history, "historyPlay", QPushButton)
    assert play.isEnabled(), play.toolTip()
    play.click()
    player = pitch_page.history._player
    qtbot.waitUntil(lambda: player is not None and player.is_playing(), timeout=10_000)
    player.stop()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

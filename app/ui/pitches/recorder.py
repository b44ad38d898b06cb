"""Optional microphone recording and playback of a rehearsal, through QtMultimedia (PySide6-Addons).

QtMultimedia is imported lazily, on the first :func:`probe`: a missing module (an installation without it), a
missing sound library (libpulse) or a machine without a microphone all give an :class:`AudioStatus` whose
``reason`` the Record button shows as its tooltip — never an exception. The probe's own chatter (FFmpeg banner,
"cannot connect to the sound server") goes to our log instead of the terminal.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, QUrl, Signal, qInstallMessageHandler

from app.core.pitches import RECORDINGS_DIR

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AudioStatus:
    can_record: bool
    can_play: bool
    reason: str = ""


_status: AudioStatus | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recorder", text)


def probe(force: bool = False) -> AudioStatus:
    """Whether recording and playback can work here (cached; ``force`` asks again, e.g. after plugging a mic)."""
    global _status
    if _status is not None and not force:
        return _status
    messages: list[str] = []

    def capture(_kind: QtMsgType, _context, message: str) -> None:
        messages.append(message)

    previous = qInstallMessageHandler(capture)
    try:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:
            _status = AudioStatus(
                False,
                False,
                _tr("Recording is not available: the sound module could not be loaded ({error}).").format(error=exc),
            )
        else:
            inputs = QMediaDevices.audioInputs()
            outputs = QMediaDevices.audioOutputs()
            if not inputs:
                _status = AudioStatus(False, bool(outputs), _tr("Recording needs a microphone: none was found."))
            else:
                _status = AudioStatus(True, bool(outputs), "")
    finally:
        qInstallMessageHandler(previous)
    for message in messages:
        log.info("audio probe: %s", message)
    log.info("audio: record=%s play=%s %s", _status.can_record, _status.can_play, _status.reason)
    return _status


def new_recording_name() -> str:
    """A fresh relative path under the recordings folder (what Rehearsal.audio_path stores)."""
    return f"{RECORDINGS_DIR}/rehearsal-{uuid.uuid4().hex[:12]}.m4a"


class Recorder(QObject):
    """Records the default microphone to a file. Only create it when :func:`probe` says ``can_record``."""

    error = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioInput, QMediaCaptureSession, QMediaFormat, QMediaRecorder

        self._session = QMediaCaptureSession(self)
        self._input = QAudioInput(self)
        self._session.setAudioInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        self._recorder.setMediaFormat(media_format)
        self._recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self._recorder.errorOccurred.connect(lambda _e, text: self.error.emit(text))
        self.path: Path | None = None

    def start(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = path
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self._recorder.record()

    def stop(self) -> Path | None:
        self._recorder.stop()
        return self.path


class Player(QObject):
    """Plays one recording at a time through the default output."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)

    def play(self, path: Path) -> None:
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

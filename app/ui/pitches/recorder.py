"""Optional microphone recording and playback of a rehearsal, through QtMultimedia (PySide6-Addons).

QtMultimedia is imported lazily, on the first :func:`probe`: a missing module (an installation without it), a
missing sound library (libpulse) or a machine without a microphone all give an :class:`AudioStatus` whose
``reason`` the Record button shows as its tooltip — never an exception. The probe's own chatter (backend notices,
"cannot connect to the sound server") goes to our log instead of the terminal.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, QUrl, Signal, qInstallMessageHandler

from app.core.pitches.service import RECORDINGS_DIR

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AudioStatus:
    can_record: bool
    can_play: bool
    reason: str = ""


_status: AudioStatus | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


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
    return f"{RECORDINGS_DIR}/rehearsal-{uuid.uuid4().hex[:12]}.wav"


def _pcm_format(device):
    """16-bit PCM at the device's preferred rate and channels (the format a WAV file stores as is)."""
    from PySide6.QtMultimedia import QAudioFormat

    preferred = device.preferredFormat()
    fmt = QAudioFormat()
    fmt.setSampleRate(preferred.sampleRate() or 44100)
    fmt.setChannelCount(min(2, preferred.channelCount() or 1))
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if not device.isFormatSupported(fmt):
        fmt = preferred
    return fmt


class Recorder(QObject):
    """Records the default microphone to a WAV file. Only create it when :func:`probe` says ``can_record``.

    QAudioSource delivers raw PCM which the standard library's :mod:`wave` writes with its header: no media backend
    (FFmpeg) is needed, which keeps ~14 MB of codec libraries out of the installer. A 30-second take is ~2.6 MB.
    """

    error = Signal(str)

    def __init__(self, parent: QObject | None = None, device=None):
        """``device``: the QAudioDevice to record from (default: the system's default input)."""
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices

        self._device = QMediaDevices.defaultAudioInput() if device is None else device
        self._format = _pcm_format(self._device)
        self._source = None
        self._stream = None
        self._wave = None
        self.path: Path | None = None

    def start(self, path: Path) -> None:
        import wave

        from PySide6.QtMultimedia import QAudioSource, QtAudio

        self.path = path
        if self._device.isNull() or self._format.channelCount() < 1 or self._format.bytesPerSample() < 1:
            self.error.emit(_tr("the microphone could not be opened"))
            return
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._wave = wave.open(str(path), "wb")  # noqa: SIM115 (closed in stop())
        self._wave.setnchannels(self._format.channelCount())
        self._wave.setsampwidth(self._format.bytesPerSample())
        self._wave.setframerate(self._format.sampleRate())
        path.chmod(0o600)
        self._source = QAudioSource(self._device, self._format, self)
        self._stream = self._source.start()
        # QAudioSource.error() is a QtAudio.Error (Qt 6.7+): never equal to the older QAudio.Error.NoError, which
        # made every start look failed (issue 16).
        if self._source.error() != QtAudio.Error.NoError or self._stream is None:
            self._close_file()
            path.unlink(missing_ok=True)
            self._source = None
            self.error.emit(_tr("the microphone could not be opened"))
            return
        self._stream.readyRead.connect(self._drain)

    def _drain(self) -> None:
        if self._stream is not None and self._wave is not None:
            data = self._stream.readAll()
            if data.size():
                self._wave.writeframesraw(data.data())

    def _close_file(self) -> None:
        if self._wave is not None:
            self._wave.close()  # writes the final sizes into the header
            self._wave = None

    def stop(self) -> Path | None:
        if self._source is not None:
            self._drain()
            self._source.stop()
            self._source.deleteLater()
            self._source = None
            self._stream = None
        self._close_file()
        return self.path


class Player(QObject):
    """Plays one WAV recording at a time through the default output (QSoundEffect: no media backend needed)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QSoundEffect

        self._effect = QSoundEffect(self)

    def play(self, path: Path) -> None:
        self._effect.stop()
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.play()

    def stop(self) -> None:
        self._effect.stop()

    def is_playing(self) -> bool:
        return self._effect.isPlaying()

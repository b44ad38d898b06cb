"""A private PulseAudio server as the test session's sound hardware: a null source ("Null Input") as the default
microphone and a null sink as the speaker, so that recording and playback run for real on a headless machine.

The server listens on a socket in a private 0700 folder and accepts this user's clients without a cookie; clients
find it through PULSE_SERVER and never autospawn a server of their own (PULSE_CLIENTCONFIG). Debian's `pulseaudio`
package provides it (scripts/system-deps.sh test installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SOURCE = "mic"
SINK = "speaker"


class SoundServerError(RuntimeError):
    pass


def is_debian_like() -> bool:
    """Debian and Ubuntu, where scripts/system-deps.sh installs PulseAudio: a server that does not start is a
    failure there, not a reason to skip."""
    return Path("/etc/debian_version").exists()


@dataclass
class SoundServer:
    folder: Path
    process: subprocess.Popen
    env: dict[str, str]  # what a client needs to use this server (set in os.environ for the session)

    @property
    def log(self) -> str:
        path = self.folder / "pulseaudio.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def pactl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["pactl", *args], env={**os.environ, **self.env}, capture_output=True, text=True, timeout=10
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def _die_with_parent():
    """What the server's process runs before it starts (Linux): end it when the test session that started it ends,
    even when that session is killed and its fixtures never tear down. None elsewhere. libc is looked up here, in
    the parent: the forked child only makes the call."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG


def start(timeout: float = 20.0) -> SoundServer:
    """Start the server and wait until it answers with the null source as its default; raises SoundServerError."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        raise SoundServerError("pulseaudio/pactl not installed (scripts/system-deps.sh test installs them)")
    folder = Path(tempfile.mkdtemp(prefix="rapport-pulse-"))
    folder.chmod(0o700)
    socket = folder / "native"
    client_conf = folder / "client.conf"
    client_conf.write_text("autospawn = no\n", encoding="utf-8")
    env = {"PULSE_SERVER": f"unix:{socket}", "PULSE_CLIENTCONFIG": str(client_conf)}
    server_env = {**os.environ, "XDG_RUNTIME_DIR": str(folder), "HOME": str(folder), **env}
    log = open(folder / "pulseaudio.log", "wb")  # noqa: SIM115 (the server writes it until stopped)
    process = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disable-shm=yes",
            "-n",
            "--log-target=stderr",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
            f"--load=module-null-source source_name={SOURCE}",
            f"--load=module-null-sink sink_name={SINK}",
        ],
        env=server_env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=_die_with_parent(),
    )
    log.close()
    server = SoundServer(folder, process, env)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            text = server.log
            server.stop()
            raise SoundServerError(f"pulseaudio exited with {process.returncode}:\n{text[-2000:]}")
        if socket.exists() and server.pactl("info").returncode == 0:
            break
        if time.monotonic() > deadline:
            text = server.log
            server.stop()
            raise SoundServerError(f"pulseaudio did not answer within {timeout:.0f} s:\n{text[-2000:]}")
        time.sleep(0.05)  # waiting for another process, not for Qt
    for args in (("set-default-source", SOURCE), ("set-default-sink", SINK)):
        result = server.pactl(*args)
        if result.returncode != 0:
            server.stop()
            raise SoundServerError(f"pactl {' '.join(args)}: {result.stderr.strip()}")
    return server

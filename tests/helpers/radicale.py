"""A real CardDAV/CalDAV server for tests and benchmarks: Radicale (pure Python, from the dev extra) on a random
loopback port with htpasswd authentication and its own storage folder. ``stop()`` and ``start()`` take it away and
bring it back on the same port with the same data (the "server gone mid-sync" tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

USER, PASSWORD = "ada", "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RadicaleServer:
    def __init__(self, folder: Path, users: dict[str, str] | None = None, tls: tuple[Path, Path] | None = None):
        """``tls``: (certificate, key) PEM files to serve HTTPS with instead of plain HTTP."""
        self.folder = folder
        self.tls = tls
        self.folder.mkdir(parents=True, exist_ok=True)
        self.users = users or {USER: PASSWORD}
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.htpasswd = folder / "users"
        self.htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in self.users.items()))
        self.log = folder / "radicale.log"

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    def start(self, timeout: float = 30) -> None:
        command = [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{self.port}",
            "--storage-filesystem-folder",
            str(self.folder / "collections"),
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(self.htpasswd),
            "--auth-htpasswd-encryption",
            "plain",
            "--logging-level",
            "warning",
            "--rights-type",
            "owner_only",
        ]
        if self.tls:
            command += ["--server-ssl", "--server-certificate", str(self.tls[0]), "--server-key", str(self.tls[1])]
        env = {k: v for k, v in os.environ.items() if not k.startswith("RADICALE")}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited: {self.log.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and its key) that the client is told to trust through REQUESTS_CA_BUNDLE."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key

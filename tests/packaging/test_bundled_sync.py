"""The bundle `make dist` built (dist/rapport/) syncs: its own `rapport sync` against a real Radicale on loopback,
over HTTP and over TLS (Basic auth, HTTP/1.1), with the modules bundle_policy leaves out absent from it; and its
keyring reaches a real Secret Service (gnome-keyring on a private D-Bus session: keyring -> SecretStorage -> jeepney,
cryptography for the session's AES). Skipped when there is no bundle (make test runs without one; make dist-check
and the benchmark build it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.radicale import PASSWORD, USER, RadicaleServer
from tests.packaging.conftest import ROOT

BUNDLE = ROOT / "dist" / "rapport"
EXECUTABLE = BUNDLE / "rapport"
REPORT = ROOT / "dist" / "rapport-bundle-report.json"

# .ci/run sets this after make dist-check: there a missing bundle or Secret Service is a failure, not a skip.
REQUIRED = os.environ.get("RAPPORT_REQUIRE_BUNDLE") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not REQUIRED and not (EXECUTABLE.exists() and REPORT.exists()), reason="no bundle: run make dist"
    ),
]


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(REPORT.read_text(encoding="utf-8"))


def _bundled(data: Path, *args: str, ca: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAPPORT_", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if ca is not None:
        env["REQUESTS_CA_BUNDLE"] = str(ca)
    command = [str(EXECUTABLE), "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_the_bundle_lists_what_it_left_out_and_keeps_the_sync_chain(report, policy):
    assert set(policy.SYNC_UNUSED_MODULES) <= set(report["dropped_python_modules"])
    modules = set(report["python_modules"])
    for left_out in policy.SYNC_UNUSED_MODULES:
        assert not {m for m in modules if m == left_out or m.startswith(left_out + ".")}, left_out
    assert not (BUNDLE / "_internal" / "qh3").exists() and not (BUNDLE / "_internal" / "jh2").exists()
    assert not list((BUNDLE / "_internal" / "lxml").glob("objectify*"))
    for needed in (
        "caldav.davclient",
        "niquests",
        "urllib3_future.connectionpool",
        "keyring.backends.SecretService",
        "secretstorage.dhcrypto",
        "jeepney.io.blocking",
        "cryptography.hazmat.primitives.ciphers",
        "ssl",
    ):
        assert needed in modules, needed
    assert list((BUNDLE / "_internal" / "cryptography" / "hazmat" / "bindings").glob("_rust*"))
    assert list((BUNDLE / "_internal" / "lxml").glob("etree*"))


def test_the_bundled_rapport_syncs(tmp_path, radicale):
    data, password = tmp_path / "data", tmp_path / "password"
    password.write_text(PASSWORD + "\n")
    ca = radicale.tls[0] if radicale.tls else None
    book = f"bundle-{os.getpid()}"
    assert _bundled(data, "demo-data", "--contacts", "6", "--seed", "5").returncode == 0
    setup = _bundled(
        data, "sync", "setup", radicale.url, "--username", USER, "--password-command", f"cat {password}",
        "--addressbook", book, "--calendar", book, ca=ca,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    done = _bundled(data, "sync", "--json", ca=ca)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["contacts"]["uploaded"] == 6 and counts["contacts"]["conflicts"] == 0
    again = json.loads(_bundled(data, "sync", "--json", ca=ca).stdout)
    assert all(value == 0 for kind in again.values() for value in kind.values()), again


# In a private D-Bus session: an unlocked gnome-keyring, then the bundle's setup with the password on standard input
# (it goes to the Secret Service), its status, and a sync that reads the password back from there.
KEYRING_SESSION = """
set -e
export XDG_RUNTIME_DIR="$HOME/run"; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
eval "$(printf unlock | gnome-keyring-daemon --unlock --components=secrets)"
printf '%s\\n' "$3" | "$1" --data-dir "$HOME/data" sync setup "$2" --username "$4" --password-stdin \\
    --addressbook keyring --calendar keyring >/dev/null
"$1" --data-dir "$HOME/data" demo-data --contacts 3 --seed 2 >/dev/null
"$1" --data-dir "$HOME/data" sync status --json
"$1" --data-dir "$HOME/data" sync --json
"""


@pytest.mark.skipif(
    not REQUIRED and not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (a Secret Service)",
)
def test_the_bundled_keyring_reaches_the_secret_service(tmp_path):
    radicale = RadicaleServer(tmp_path / "radicale")
    radicale.start()
    try:
        done = _in_keyring_session(tmp_path, radicale.url)
    finally:
        radicale.stop()
    assert done.returncode == 0, done.stderr
    status, counts = (json.loads(part) for part in done.stdout.replace("}\n{", "}\0{").split("\0"))
    assert status["password"] == "system keyring"
    assert counts["contacts"]["uploaded"] == 3
    for path in (tmp_path / "data").rglob("*"):  # the password is in the Secret Service, not in the data folder
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def _in_keyring_session(home: Path, url: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAPPORT_", "PYTHON", "DBUS", "GNOME_KEYRING"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    command = ["dbus-run-session", "--", "sh", "-c", KEYRING_SESSION, "session", str(EXECUTABLE), url, PASSWORD, USER]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
